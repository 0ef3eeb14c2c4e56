//! The landing rendered at build time: the Compare view of the bundled corpus, as HTML, by the
//! same components the browser runs (leptos's `ssr` feature). `cargo xtask prerender` writes it
//! into `index.html`'s landing, so the page is readable before (and without) the program; the
//! program then takes it over (`crate::takeover`).
//!
//! Rendering here runs no effect and touches no browser API: the components read the link from
//! the router's request URL (`/`), and what only the browser can know (the window's width, the
//! connection) takes its default.

use crate::app::{provide_shell_context, Frame, Opened};
use crate::load::Source;
use claimscope_core::corpus::Corpus;
use hydration_context::SsrSharedContext;
use leptos::prelude::*;
use leptos_router::components::Router;
use leptos_router::location::RequestUrl;
use std::sync::Arc;

/// The landing page's body for `corpus`: what the program renders at `/`, as HTML.
pub fn landing(corpus: Arc<Corpus>) -> String {
    // A server's shared context: leptos's own browser glue (window listeners and the like)
    // knows then that there is no browser.
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    owner.with(|| {
        provide_context(RequestUrl::new("/"));
        provide_shell_context();
        view! {
            <Router>
                <Frame>
                    <Opened corpus=corpus source=Source::Bundled />
                </Frame>
            </Router>
        }
        .to_html()
    })
}
