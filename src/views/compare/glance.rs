//! At a glance: per question and side, how many claims and which answer, as text; each cell
//! jumps to the question's row of the table below.

use super::{row_anchor, side_headers};
use crate::hooks::focus_after_render;
use crate::widgets::claim_card::stance_label;
use claimscope_core::corpus::Corpus;
use claimscope_core::views::compare::{CellSummary, Grid};
use leptos::prelude::*;

/// The short text of a cell ("2 · Yes", "4 · Split", "—") and its kind, for styling.
fn summary_text(s: CellSummary) -> (String, &'static str) {
    match s {
        CellSummary::Empty => ("—".to_owned(), "empty"),
        CellSummary::One { stance, count } => (
            format!("{count} · {}", stance_label(stance)),
            stance.as_str(),
        ),
        CellSummary::Split { count } => (format!("{count} · Split"), "split"),
        CellSummary::Unstanced { count } => (format!("{count} · No stance"), "unstanced"),
    }
}

/// Moves the keyboard focus to the row a glance link points at, once the router has scrolled.
fn focus_target(ev: &leptos::ev::MouseEvent, target: &str) {
    if ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
        return;
    }
    focus_after_render(target);
}

pub(super) fn glance(corpus: &Corpus, g: &Grid) -> AnyView {
    let head = side_headers(corpus, g);
    let rows = g
        .rows
        .iter()
        .map(|&qi| {
            let q = &corpus.questions[qi];
            let row = &g.cmp.rows[qi];
            let anchor = row_anchor(&q.id);
            let name = if q.short.is_empty() { q.text.clone() } else { q.short.clone() };
            let disagree = row.contradiction_count > 0;
            let cells = g
                .columns
                .iter()
                .map(|&s| {
                    let side = &corpus.sides[s];
                    let cell = &row.cells[s];
                    let summary = cell.summary();
                    let (text, kind) = summary_text(summary);
                    let content = if summary == CellSummary::Empty {
                        view! {
                            <span aria-hidden="true">{text}</span>
                            <span class="vh">{format!("{}: no claim", side.name)}</span>
                        }
                        .into_any()
                    } else {
                        let target = anchor.clone();
                        view! {
                            <a class="glance-link" href=format!("#{anchor}") on:click=move |ev| focus_target(&ev, &target)>
                                <span class="vh">{format!("{}, {name}: ", side.name)}</span>
                                <span class="glance-value">{text}</span>
                            </a>
                        }
                        .into_any()
                    };
                    view! {
                        <td
                            data-side=side.id.clone()
                            data-question=q.id.clone()
                            data-summary=kind
                            class:contradicted=cell.contradicted
                        >
                            {content}
                        </td>
                    }
                })
                .collect_view();
            let target = anchor.clone();
            view! {
                <tr data-question=q.id.clone() class:disagree=disagree>
                    <th scope="row">
                        <a href=format!("#{anchor}") title=q.text.clone() on:click=move |ev| focus_target(&ev, &target)>
                            {name.clone()}
                        </a>
                        {disagree.then(|| view! {
                            <span class="disagree-mark">"Sides disagree"</span>
                        })}
                    </th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="glance" aria-labelledby="glance-heading">
            <h3 id="glance-heading">"At a glance"</h3>
            <p class="glance-key" id="glance-key">
                "Each cell: the number of claims · their answer. “Qualified”: a conditional answer; "
                "“Split”: that side’s claims say both yes and no; “—”: no claim. "
                "Select a cell to see the claims."
            </p>
            <div class="glance-scroll">
                <table class="glance-table" aria-describedby="glance-key">
                    <caption>"Claims per question and side"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Question"</th>
                            {head}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
    .into_any()
}
