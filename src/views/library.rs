//! The Library view: the corpora kept in this browser (open, delete), importing a corpus file.

use crate::explorer::Ctx;
use crate::state::Step;
use crate::store;
use crate::widgets::import::Import;
use claimscope_core::library::{self, Entry, BUNDLED_ID};
use claimscope_core::url;
use claimscope_core::view_state::{View, ViewState};
use leptos::prelude::*;

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
    let open_href = |id: &str| {
        let state = ViewState {
            view: View::Compare,
            ..ViewState::in_corpus(id)
        };
        let q = url::to_query(&state);
        if q.is_empty() {
            // The bundled corpus's Compare view is the page without a query.
            ctx_path()
        } else {
            format!("?{q}")
        }
    };

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
                        let href = open_href(&e.id);
                        view! { <StoredCorpus ctx=ctx.clone() entry=e current=is_current version=version href=href /> }
                    })
                    .collect_view()
                    .into_any(),
            }
        }
    };

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
                            view! { <a class="button" href=open_href(BUNDLED_ID)>"Open"</a> }.into_any()
                        }}
                    </li>
                    {stored}
                </ul>
            </section>
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
    web_sys::window()
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
                {(!saved.is_empty()).then(|| format!(" · imported {}", claimscope_core::dates::long_date(&saved)))}
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
