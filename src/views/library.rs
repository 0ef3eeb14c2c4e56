//! The Library view: the corpora kept in this browser (open, delete), importing a corpus file.

use crate::ctx::Ctx;
use crate::ctx::Step;
use crate::curate::{editable, Curator};
use crate::keep::Keeper;
use crate::store;
use crate::views::add_article::AddArticle;
use crate::widgets::claim_editor::CopyOffer;
use crate::widgets::import::Import;
use crate::widgets::lists_editor::ListsEditor;
use crate::widgets::merge::MergeCorpus;
use crate::widgets::versions::Versions;
use claimscope_core::corpus::Corpus;
use claimscope_core::edit;
use claimscope_core::state;
use claimscope_core::state::{View, ViewState};
use claimscope_core::{
    corpus::BUNDLED_ID,
    library::{self, Entry},
};
use leptos::prelude::*;
use std::sync::Arc;

/// The id of the corpus made when a person adds an article to the bundled one.
const MY_ARTICLES_ID: &str = "my-articles";

#[component]
pub fn LibraryView(ctx: Ctx) -> impl IntoView {
    // Bumped after a deletion, to read the list again.
    let version = RwSignal::new(0u32);
    let entries = LocalResource::new(move || {
        version.track();
        store::list()
    });
    let current = ctx.corpus.id.clone();
    let bundled_current = current == BUNDLED_ID;
    let bundled_title = if bundled_current {
        library::display_title(&ctx.corpus)
    } else {
        "The articles that come with Claimscope".to_owned()
    };
    let open_href = |id: &str, src: Option<&str>| {
        let state = ViewState {
            view: View::Compare,
            src: src.map(str::to_owned),
            ..ViewState::in_corpus(id)
        };
        // The bundled corpus's Compare view is the page without a query.
        match state::href(&state).as_str() {
            "?" => ctx_path(),
            h => h.to_owned(),
        }
    };

    let corpus = ctx.corpus.clone();
    let open_corpus = ctx.corpus.clone();
    let stored = {
        let current = current.clone();
        move || {
            let current = current.clone();
            match entries.get() {
                None => view! { <li class="status">"Reading the corpora kept in this browser…"</li> }.into_any(),
                Some(Err(e)) => view! { <li class="status" role="alert">{e.to_string()}</li> }.into_any(),
                Some(Ok(list)) => list
                    .into_iter()
                    .map(|e| {
                        let is_current = e.id == current;
                        let href = open_href(&e.id, e.src.as_deref());
                        view! { <StoredCorpus ctx=ctx.clone() entry=e current=is_current version=version href=href /> }
                    })
                    .collect_view()
                    .into_any(),
            }
        }
    };

    // A pasted article is saved into the open corpus, as a new version of it; into a copy when
    // that is the bundled one.
    let keeper = StoredValue::new_local(Keeper::new());
    let curator = Curator::new();
    let saving_error = RwSignal::new(None::<String>);
    let editable = editable();
    let save_article = Callback::new(move |mut corpus: Corpus| {
        let keeper = keeper.get_value();
        let before = open_corpus.clone();
        leptos::task::spawn_local(async move {
            if editable {
                let kept = curator.keep(edit::added_article(&before, &corpus)).await;
                return saving_error.set(
                    kept.err()
                        .map(|e| format!("The article was not saved: {e}")),
                );
            }
            if corpus.id == BUNDLED_ID {
                // A new corpus, never replacing one kept earlier.
                let taken: Vec<String> = match store::list().await {
                    Ok(list) => list.into_iter().map(|e| e.id).collect(),
                    Err(e) => {
                        return saving_error.set(Some(format!("The article was not saved: {e}")))
                    }
                };
                corpus.id = (1..)
                    .map(|n| match n {
                        1 => MY_ARTICLES_ID.to_owned(),
                        n => format!("{MY_ARTICLES_ID}-{n}"),
                    })
                    .find(|id| !taken.contains(id))
                    .unwrap_or_default();
                corpus.title = format!("{} and your articles", library::display_title(&corpus));
            }
            let json = match serde_json::to_string(&corpus) {
                Ok(j) => j,
                Err(e) => return saving_error.set(Some(e.to_string())),
            };
            match keeper.keep_and_open(Arc::new(corpus), &json).await {
                Ok(()) => saving_error.set(None),
                Err(e) => saving_error.set(Some(format!("The article was not saved: {e}"))),
            }
        });
    });

    view! {
        <div class="library-view">
            <section class="corpora" aria-labelledby="corpora-heading">
                <h2 id="corpora-heading">"Corpora in this browser"</h2>
                <ul class="corpus-list">
                    <li class="corpus" data-corpus-id=BUNDLED_ID>
                        <span class="corpus-title">{bundled_title}</span>
                        <span class="corpus-meta">"Comes with Claimscope"</span>
                        {if bundled_current {
                            view! { <span class="corpus-current">"Open now"</span> }.into_any()
                        } else {
                            view! { <a class="button" href=open_href(BUNDLED_ID, None)>"Open"</a> }.into_any()
                        }}
                    </li>
                    {stored}
                </ul>
            </section>
            {if !editable {
                view! {
                    <section class="curate" aria-labelledby="curate-heading">
                        <h2 id="curate-heading">"Edit these articles"</h2>
                        <CopyOffer corpus=corpus.clone() />
                    </section>
                }
                .into_any()
            } else {
                view! {
                    <div class="curate">
                        <Versions corpus=corpus.clone() />
                        <ListsEditor corpus=corpus.clone() />
                        <MergeCorpus corpus=corpus.clone() />
                    </div>
                }
                .into_any()
            }}
            <div class="add-article-wrap">
                <AddArticle corpus=corpus.clone() on_save=save_article />
                <p class="hint">
                    {if bundled_current {
                        "Saved with the articles that come with Claimscope, as a new corpus kept in this browser."
                    } else {
                        "Saved into this corpus as a new version, kept in this browser (Undo takes it out again)."
                    }}
                </p>
                {move || saving_error.get().map(|e| view! { <p class="import-error" role="alert">{e}</p> })}
            </div>
            <section class="import" aria-labelledby="import-heading">
                <h2 id="import-heading">"Import a corpus file"</h2>
                <p>
                    "An imported corpus is kept in this browser only: it survives reloads and works offline. "
                    "A file with problems is refused whole, and nothing here changes."
                </p>
                <Import />
            </section>
        </div>
    }
}

/// The page's path: the bundled Compare view.
fn ctx_path() -> String {
    crate::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_else(|| "./".into())
}

/// One stored corpus: title, size, when saved; Open; Delete after a confirmation.
#[component]
fn StoredCorpus(
    ctx: Ctx,
    entry: Entry,
    current: bool,
    version: RwSignal<u32>,
    href: String,
) -> impl IntoView {
    let confirming = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let id = entry.id.clone();
    let title = entry.title.clone();
    let delete = move |_| {
        let id = id.clone();
        let nav = ctx.nav;
        leptos::task::spawn_local(async move {
            match store::delete(&id).await {
                Ok(()) => {
                    if current {
                        // The open corpus is gone: back to the bundled one, still in the library.
                        nav.set(
                            &ViewState {
                                view: View::Library,
                                ..ViewState::default()
                            },
                            Step::Push,
                        );
                    }
                    version.update(|v| *v += 1);
                }
                Err(e) => error.set(Some(e.to_string())),
            }
        });
    };
    let saved = entry.saved.get(..10).unwrap_or_default().to_owned();
    view! {
        <li class="corpus" data-corpus-id=entry.id.clone()>
            <span class="corpus-title">{entry.title.clone()}</span>
            <span class="corpus-meta">
                {entry.summary()}
                {(!saved.is_empty()).then(|| format!(" · last saved {}", claimscope_core::corpus::long_date(&saved)))}
            </span>
            {if current {
                view! { <span class="corpus-current">"Open now"</span> }.into_any()
            } else {
                view! { <a class="button" href=href>"Open"</a> }.into_any()
            }}
            <Show
                when=move || confirming.get()
                fallback=move || view! {
                    <button type="button" class="danger" on:click=move |_| confirming.set(true)>"Delete…"</button>
                }
            >
                <span class="confirm" role="group" aria-label="Confirm deletion">
                    {format!("Delete “{title}” from this browser? Links to it will stop working here. ")}
                    <button type="button" class="danger" on:click=delete.clone()>"Delete"</button>
                    <button type="button" on:click=move |_| confirming.set(false)>"Keep it"</button>
                </span>
            </Show>
            {move || error.get().map(|e| view! { <p class="status" role="alert">{e}</p> })}
        </li>
    }
}
