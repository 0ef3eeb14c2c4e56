//! The timeline view.

use crate::explorer::Ctx;
use leptos::prelude::*;

#[component]
pub fn TimelineView(ctx: Ctx) -> impl IntoView {
    let n = ctx.corpus.articles.len();
    view! { <section><h2>"timeline"</h2><p>{n}" articles"</p></section> }
}
