//! "Download CSV" and "Download JSON" of the claims shown (the current filters and search).

use crate::ctx::Ctx;
use crate::download;
use claimscope_core::export;
use leptos::prelude::*;

#[derive(Clone, Copy)]
enum Format {
    Csv,
    Json,
}

#[component]
pub fn ExportButtons(ctx: Ctx) -> impl IntoView {
    let status = RwSignal::new(String::new());
    let run = StoredValue::new_local(move |format: Format| {
        let corpus = ctx.corpus.clone();
        let ids = ctx.result.with_untracked(|r| r.claims.clone());
        let (name, mime, text) = match format {
            // A byte-order mark, so spreadsheet programs read the UTF-8 (curly quotes, names).
            Format::Csv => (
                "csv",
                "text/csv;charset=utf-8",
                format!("\u{feff}{}", export::to_csv(&corpus, &ids)),
            ),
            Format::Json => (
                "json",
                "application/json",
                serde_json::to_string_pretty(&export::subset(&corpus, &ids)).unwrap_or_default(),
            ),
        };
        let file = format!("claimscope-{}-{}-claims.{name}", corpus.id, ids.len());
        status.set(match download::offer(&file, mime, &text) {
            Ok(()) => format!("Saved {file}."),
            Err(why) => why,
        });
    });
    let none = move || ctx.result.with(|r| r.claims.is_empty());
    view! {
        <div class="export" role="group" aria-label="Export the claims shown">
            <button type="button" disabled=none on:click=move |_| run.with_value(|f| f(Format::Csv))>"Download CSV"</button>
            <button type="button" disabled=none on:click=move |_| run.with_value(|f| f(Format::Json))>"Download JSON"</button>
            <span class="export-status" role="status" aria-live="polite">{move || status.get()}</span>
        </div>
    }
}
