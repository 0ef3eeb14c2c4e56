//! The top component: loads the corpus the link names, shows a plain-words error if that fails
//! (with a way to import or go back to the bundled articles), then the explorer.

use crate::ctx::LinkedSrc;
use crate::curate::Kept;
use crate::explorer::Explorer;
use crate::load::{self, Handoff, LoadError, Source};
use crate::offline::AppStatus;
use crate::widgets::import::Import;
use crate::widgets::linked_corpus::LinkedCorpus;
use claimscope_core::corpus::Corpus;
use claimscope_core::state;
use claimscope_core::text::thousands;
use leptos::prelude::*;
use leptos_router::components::Router;
use leptos_router::hooks::use_location;
use std::sync::Arc;

#[component]
pub fn App() -> impl IntoView {
    view! {
        <Router>
            <Frame>
                <Shell />
            </Frame>
        </Router>
    }
}

/// The page around whatever the link opens: the skip link, the header, the app's status and the
/// main landmark. The build's prerendered landing (`crate::prerender`) has the same frame.
#[component]
pub fn Frame(children: Children) -> impl IntoView {
    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <header class="site-header">
            <h1 class="brand">"Claimscope"</h1>
            <p class="tagline">"Who claims what, on which point, and where exactly they said it."</p>
        </header>
        <AppStatus />
        <main id="main" tabindex="-1">
            {children()}
        </main>
    }
}

/// What the views below the shell expect to find: the hand-off of a corpus already in memory
/// and the words of the last edit.
pub fn provide_shell_context() -> Handoff {
    let handoff = Handoff::new();
    provide_context(handoff);
    provide_context(crate::curate::Said::new());
    handoff
}

/// Loads the corpus named by the link's `corpus` parameter; a new one when it changes.
#[component]
fn Shell() -> impl IntoView {
    let handoff = provide_shell_context();
    let search = use_location().search;
    let source = Memo::new(move |_| {
        search.with(|q| {
            let (s, _) = state::parse_query(q);
            Source::of(s.corpus.as_deref(), s.src.as_deref())
        })
    });
    // How far the checks of a large corpus got, for the words while it loads.
    let checking = RwSignal::new(None::<(usize, usize)>);
    let corpus = LocalResource::new(move || {
        handoff.track();
        let source = source.get();
        async move {
            checking.try_set(None);
            let handed = match &source {
                Source::Stored(id) | Source::Linked { id: Some(id), .. } => handoff.take(id),
                _ => None,
            };
            if let Some(c) = handed {
                return Ok(c);
            }
            let told = |checked, total| {
                checking.try_set(Some((checked, total)));
            };
            let loaded = load::load(&source, &told).await.map(Arc::new);
            // Reading and checking the corpus is one task; rendering it is the next, so that
            // neither blocks the page for the length of both.
            crate::hooks::next_task().await;
            loaded
        }
    });
    move || {
        let loaded = corpus.get();
        // Whatever the link opens, once it is on the page, it takes the prerendered landing's
        // place (if the page has one): the explorer, or a plain-words error.
        #[cfg(feature = "csr")]
        if loaded.is_some() {
            crate::takeover::take_over_soon();
        }
        match loaded {
            None => {
                let words = move || match checking.get() {
                    Some((checked, total)) => format!(
                        "Checking {} of {} claims…",
                        thousands(checked),
                        thousands(total)
                    ),
                    None => "Loading the articles…".to_owned(),
                };
                view! { <p class="status" role="status">{words}</p> }.into_any()
            }
            Some(Err(LoadError::Ask(src))) => {
                let bundled_href = use_location().pathname.get_untracked();
                view! { <LinkedCorpus src bundled_href /> }.into_any()
            }
            Some(Err(e)) => {
                view! { <LoadFailed error=e source=source.get_untracked() /> }.into_any()
            }
            Some(Ok(c)) => view! { <Opened corpus=c source=source.get_untracked() /> }.into_any(),
        }
    }
}

/// A loaded corpus, explored: what the link's source says of it (kept in this browser, published
/// at an address) given to the explorer.
#[component]
pub fn Opened(corpus: Arc<Corpus>, source: Source) -> impl IntoView {
    let kept = Kept(!matches!(source, Source::Bundled));
    let src = match source {
        Source::Linked { src, .. } => Some(src),
        _ => None,
    };
    view! {
        <leptos::context::Provider value=LinkedSrc(src)>
            <leptos::context::Provider value=kept>
                <Explorer corpus=corpus />
            </leptos::context::Provider>
        </leptos::context::Provider>
    }
}

#[component]
fn LoadFailed(error: LoadError, source: Source) -> impl IntoView {
    let problems = match &error {
        LoadError::Invalid(p) => p.clone(),
        _ => Vec::new(),
    };
    let stored = matches!(source, Source::Stored(_) | Source::Linked { .. });
    let bundled_href = use_location().pathname.get_untracked();
    // Loads again in place: the link, and what it holds, stay as they are.
    let handoff = expect_context::<Handoff>();
    let trying = RwSignal::new(false);
    let try_again = move |_| {
        trying.set(true);
        handoff.reload();
    };
    view! {
        <section class="load-error" role="alert">
            <h2>"The articles could not be loaded"</h2>
            <p>{error.to_string()}</p>
            <Show when={
                let n = problems.len();
                move || n > 1
            }>
                <ul class="problems">
                    {problems.iter().map(|p| view! { <li><code>{p.path.clone()}</code>": "{p.message.clone()}</li> }).collect_view()}
                </ul>
            </Show>
            <p class="actions">
                <button type="button" on:click=try_again disabled=move || trying.get()>
                    {move || if trying.get() { "Trying again…" } else { "Try again" }}
                </button>
                {stored.then(|| view! {
                    <a class="button" href=bundled_href>"Open the articles that come with Claimscope"</a>
                })}
            </p>
        </section>
        {stored.then(|| view! {
            <section class="import" aria-labelledby="import-heading">
                <h2 id="import-heading">"Import a corpus file"</h2>
                <Import />
            </section>
        })}
    }
}
