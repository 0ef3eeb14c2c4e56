//! The compare table: one row per question, one column per side, each cell that side's claims
//! on the question (at most [`CELL_CAP`], then a link to all of them in the Claims view).

use super::{row_anchor, side_headers};
use crate::widgets::claim_card::{claim_card, stance_label, Detail};
use claimscope_core::corpus::Corpus;
use claimscope_core::index::{parse_query, Query};
use claimscope_core::state;
use claimscope_core::state::ViewState;
use claimscope_core::text::{and_list, count};
use claimscope_core::views::compare::{disagreement, CellSummary, Grid, Row};
use leptos::prelude::*;

/// Claims shown in one cell; the rest are a link away.
pub const CELL_CAP: usize = 5;

/// The cell's claims in a few words: "3 claims · No", "4 claims · Split".
fn cell_summary(s: CellSummary) -> String {
    match s {
        CellSummary::Empty => String::new(),
        CellSummary::One { stance, count: n } => {
            format!("{} · {}", count(n, "claim"), stance_label(stance))
        }
        CellSummary::Split { count: n } => format!("{} · Split: yes and no", count(n, "claim")),
        CellSummary::Unstanced { count: n } => format!("{} · No stance", count(n, "claim")),
    }
}

/// The Claims view filtered to one side and question, keeping the other filters.
fn all_claims_href(state: &ViewState, side: &str, question: &str) -> String {
    state::href(&state.focus_cell(side, question))
}

fn cell(
    corpus: &Corpus,
    g: &Grid,
    row: &Row,
    side: usize,
    state: &ViewState,
    query: Option<&Query>,
) -> AnyView {
    let s = &corpus.sides[side];
    let q = &corpus.questions[row.question];
    let c = &row.cells[side];
    let label =
        view! { <span class="cell-side side-badge" data-side=s.id.clone()>{s.name.clone()}</span> };
    if c.claims.is_empty() {
        return view! {
            <td class="side-cell" data-side=s.id.clone() data-question=q.id.clone() data-empty="">
                {label}
                <p class="no-claim">"No claim in these articles"</p>
            </td>
        }
        .into_any();
    }
    let items = c
        .claims
        .iter()
        .take(CELL_CAP)
        .map(|&ci| {
            let claim = &corpus.claims[ci];
            let against = claim
                .stance
                .get(&q.id)
                .map(|&st| g.opposing(corpus, row, side, st))
                .unwrap_or_default();
            view! {
                <li>
                    {(!against.is_empty()).then(|| view! {
                        <p class="contradicted-by">
                            <span class="contra-icon" aria-hidden="true">"≠ "</span>
                            {format!("Contradicted by {}", and_list(&against))}
                        </p>
                    })}
                    {claim_card(corpus, claim, Detail::OnQuestion(row.question), query)}
                </li>
            }
        })
        .collect_view();
    let n = c.claims.len();
    let more = (n > CELL_CAP).then(|| {
        view! {
            <a class="show-all" href=all_claims_href(state, &s.id, &q.id)>
                {format!("Show all {}", count(n, "claim"))}
                <span class="vh">{format!(" from {} on this question", s.name)}</span>
            </a>
        }
    });
    view! {
        <td class="side-cell" data-side=s.id.clone() data-question=q.id.clone() class:contradicted=c.contradicted>
            {label}
            <p class="cell-summary">{cell_summary(c.summary())}</p>
            <ul class="cell-claims">{items}</ul>
            {more}
        </td>
    }
    .into_any()
}

pub(super) fn compare_table(corpus: &Corpus, g: &Grid, state: &ViewState) -> AnyView {
    let query = parse_query(&state.q);
    let query = (!query.is_empty()).then_some(query);
    let head = side_headers(corpus, g);
    let rows = g
        .rows
        .iter()
        .map(|&qi| {
            let q = &corpus.questions[qi];
            let row = &g.cmp.rows[qi];
            let disagree = row.contradiction_count > 0;
            let cells = g
                .columns
                .iter()
                .map(|&s| cell(corpus, g, row, s, state, query.as_ref()))
                .collect_view();
            view! {
                <tr class="q-row" data-question=q.id.clone() class:disagree=disagree>
                    <th scope="row" class="q-head" id=row_anchor(&q.id) tabindex="-1">
                        <span class="q-text">{q.text.clone()}</span>
                        {disagree.then(|| view! {
                            <span class="disagree-mark">"Sides disagree"</span>
                            <span class="disagree-detail">{disagreement(corpus, g, row)}</span>
                        })}
                    </th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="side-by-side" aria-labelledby="table-heading">
            <h3 id="table-heading">"Side by side"</h3>
            <table class="compare-table" data-columns=g.columns.len()>
                <caption>
                    "Each side’s claims on each question, with the speaker, the outlet and the date. "
                    "“Contradicted by” marks a claim another side answers the opposite way."
                </caption>
                <thead>
                    <tr>
                        <th scope="col">"Question"</th>
                        {head}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
    .into_any()
}
