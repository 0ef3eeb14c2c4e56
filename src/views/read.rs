//! The read view.

use crate::explorer::Ctx;
use leptos::prelude::*;

#[component]
pub fn ReadView(ctx: Ctx) -> impl IntoView {
    let n = ctx.corpus.articles.len();
    view! { <section><h2>"read"</h2><p>{n}" articles"</p></section> }
}
