//! The compare view.

use crate::explorer::Ctx;
use leptos::prelude::*;

#[component]
pub fn CompareView(ctx: Ctx) -> impl IntoView {
    let n = ctx.corpus.articles.len();
    view! { <section><h2>"compare"</h2><p>{n}" articles"</p></section> }
}
