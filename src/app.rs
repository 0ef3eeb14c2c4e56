//! The top component: loads the corpus, shows a plain-words error if that fails, then the explorer.

use crate::explorer::Explorer;
use crate::load::{self, LoadError};
use crate::offline::AppStatus;
use leptos::prelude::*;
use leptos_router::components::Router;
use std::sync::Arc;

#[component]
pub fn App() -> impl IntoView {
    let corpus = LocalResource::new(|| async {
        load::fetch_corpus(load::BUNDLED_CORPUS_URL)
            .await
            .map(Arc::new)
    });
    view! {
        <Router>
            <a class="skip-link" href="#main">"Skip to content"</a>
            <header class="site-header">
                <h1 class="brand">"Claimscope"</h1>
                <p class="tagline">"Who claims what, on which point, and where exactly they said it."</p>
            </header>
            <AppStatus />
            <main id="main" tabindex="-1">
                {move || match corpus.get() {
                    None => view! { <p class="status" role="status">"Loading the articles…"</p> }.into_any(),
                    Some(Err(e)) => view! { <LoadFailed error=e /> }.into_any(),
                    Some(Ok(c)) => view! { <Explorer corpus=c /> }.into_any(),
                }}
            </main>
        </Router>
    }
}

#[component]
fn LoadFailed(error: LoadError) -> impl IntoView {
    let problems = match &error {
        LoadError::Invalid(p) => p.clone(),
        _ => Vec::new(),
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
            <p><a class="button" href="">"Try again"</a></p>
        </section>
    }
}
