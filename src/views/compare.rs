//! The Compare view, the landing view: where the sides collide at a glance, then each side's
//! claims on each question side by side, then how the outlets word the same facts.
//!
//! The grid follows the filters: its claims are `ctx.result`'s; a `side` selection keeps only
//! those columns, a `question` selection only those rows; with any other filter, questions no
//! matching claim speaks to are hidden (and counted).

mod facts;
mod glance;
mod table;

use crate::ctx::{Ctx, Step};
use crate::hooks::scroll_to_hash_after_render;
use claimscope_core::corpus::{Corpus, Stance};
use claimscope_core::state::ViewState;
use claimscope_core::views::compare::{compare, Comparison, Row};
use leptos::prelude::*;

/// The comparison of the filtered claims and the part of it on screen.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Grid {
    pub cmp: Comparison,
    /// The columns shown: indices into `corpus.sides`, corpus order.
    pub columns: Vec<usize>,
    /// The rows shown: indices into `corpus.questions` (and `cmp.rows`), corpus order.
    pub rows: Vec<usize>,
    /// Rows left out, and why.
    pub hidden: usize,
    pub hidden_by_question_filter: bool,
}

impl Grid {
    fn new(corpus: &Corpus, state: &ViewState, claims: &[u32]) -> Self {
        let claims: Vec<usize> = claims.iter().map(|&c| c as usize).collect();
        let cmp = compare(corpus, &claims);
        let columns = cmp
            .sides
            .iter()
            .copied()
            .filter(|&s| state.sides.is_empty() || state.sides.contains(&corpus.sides[s].id))
            .collect();
        let by_question = !state.questions.is_empty();
        let filtered = state.has_filters();
        let rows: Vec<usize> = cmp
            .rows
            .iter()
            .filter(|r| {
                if by_question {
                    state.questions.contains(&corpus.questions[r.question].id)
                } else {
                    !filtered || !r.is_empty()
                }
            })
            .map(|r| r.question)
            .collect();
        let hidden = cmp.rows.len() - rows.len();
        Grid {
            cmp,
            columns,
            rows,
            hidden,
            hidden_by_question_filter: by_question,
        }
    }
}

/// "1 claim", "3 claims".
pub(crate) fn claims_n(n: usize) -> String {
    format!("{n} claim{}", if n == 1 { "" } else { "s" })
}

/// Names joined for reading: "Russia", "Russia and NATO", "Russia, NATO and the EU".
pub(crate) fn join_names(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// The shown sides of `row` with at least one claim of `stance`, by name.
pub(crate) fn sides_with<'a>(
    corpus: &'a Corpus,
    grid: &Grid,
    row: &Row,
    stance: Stance,
) -> Vec<&'a str> {
    grid.columns
        .iter()
        .filter(|&&s| row.cells[s].stance_count(stance) > 0)
        .map(|&s| corpus.sides[s].name.as_str())
        .collect()
}

/// "Yes: United States, NATO · No: Russia": who stands where on a disputed question.
pub(crate) fn disagreement(corpus: &Corpus, grid: &Grid, row: &Row) -> String {
    let yes = sides_with(corpus, grid, row, Stance::Yes);
    let no = sides_with(corpus, grid, row, Stance::No);
    format!("Yes: {} · No: {}", join_names(&yes), join_names(&no))
}

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
    let grid = {
        let corpus = corpus.clone();
        Memo::new(move |_| {
            let state = nav.state();
            result.with(|r| Grid::new(&corpus, &state, &r.claims))
        })
    };
    let matching = move || result.with(|r| r.claims.len());
    let filtered = move || nav.with(ViewState::has_filters);

    let status = move || {
        let n = matching();
        let mut s = if n == total {
            format!("All {} in the articles.", claims_n(total))
        } else {
            format!("{n} of {total} claims match the filters.")
        };
        grid.with(|g| match g.hidden {
            0 => {}
            h if g.hidden_by_question_filter => s.push_str(&format!(
                " Showing the {} chosen question{} ({h} hidden).",
                g.rows.len(),
                if g.rows.len() == 1 { "" } else { "s" }
            )),
            1 => s.push_str(" 1 question without a matching claim is hidden."),
            h => s.push_str(&format!(
                " {h} questions without a matching claim are hidden."
            )),
        });
        s
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
