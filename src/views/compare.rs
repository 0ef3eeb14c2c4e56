//! The Compare view, the landing view: where the sides collide at a glance, then each side's
//! claims on each question side by side, then how the outlets word the same facts.
//!
//! It renders the [`Grid`] of `ctx.result`'s claims (which columns and rows the filters leave,
//! and why rows are hidden: see `claimscope_core::views::compare`).

mod facts;
mod glance;
mod table;

use crate::ctx::{Ctx, Step};
use crate::hooks::scroll_to_hash_after_render;
use claimscope_core::corpus::Corpus;
use claimscope_core::state::ViewState;
use claimscope_core::views::compare::{self, Grid};
use leptos::prelude::*;

/// The column headers of a grid: one per side shown, named with its badge.
pub(crate) fn side_headers(corpus: &Corpus, g: &Grid) -> AnyView {
    g.columns
        .iter()
        .map(|&s| {
            let side = &corpus.sides[s];
            view! {
                <th scope="col" data-side=side.id.clone()>
                    <span class="side-badge" data-side=side.id.clone()>{side.name.clone()}</span>
                </th>
            }
        })
        .collect_view()
        .into_any()
}

/// The id of a question's row in the table, the target of the glance links.
pub(crate) fn row_anchor(question_id: &str) -> String {
    format!("q-{question_id}")
}

#[component]
pub fn CompareView(ctx: Ctx) -> impl IntoView {
    let nav = ctx.nav;
    let result = ctx.result;
    let corpus = ctx.corpus.clone();
    let total = corpus.claims.len();
    let grid = ctx.grid;
    let matching = move || result.with(|r| r.claims.len());
    let filtered = move || nav.with(ViewState::has_filters);
    let status = move || {
        let n = matching();
        grid.with(|g| compare::status(total, n, g))
    };

    // A link with `#q-…` opens on that row once the grid is on the page.
    Effect::new(move |_| scroll_to_hash_after_render("q-"));

    let body = {
        let corpus = corpus.clone();
        move || {
            let state = nav.state();
            let none = result.with(|r| r.claims.is_empty());
            grid.with(|g| {
                if none || g.rows.is_empty() {
                    return view! {
                        <div class="empty compare-empty" role="note">
                            <p><strong>"No claim matches all of these filters."</strong></p>
                            <p>"Clear the filters, or change them in the Claims view."</p>
                        </div>
                    }
                    .into_any();
                }
                view! {
                    {glance::glance(&corpus, g)}
                    {table::compare_table(&corpus, g, &state)}
                }
                .into_any()
            })
        }
    };

    view! {
        <div class="compare-view">
            <div class="compare-head">
                <h2 id="compare-heading">"Who claims what, question by question"</h2>
                <p class="compare-status" role="status" aria-live="polite">{status}</p>
                <Show when=filtered>
                    <button type="button" class="clear-all" on:click=move |_| nav.update(Step::Push, ViewState::clear_filters)>
                        "Clear all filters"
                    </button>
                </Show>
            </div>
            {body}
            {facts::facts(&corpus)}
        </div>
    }
}
