//! Merging a second corpus file into the open one: the file is read and checked like an import,
//! then a preview says what will be added, matched and renamed, item by item; nothing changes
//! until the person confirms, and the merge is one version (undone like any edit).

use crate::curate::Curator;
use crate::widgets::import::{chosen_file, read_text};
use claimscope_core::corpus::Corpus;
use claimscope_core::edit::{plan_merge, How, Item, Merge};
use claimscope_core::library;
use claimscope_core::text::{count, quoted};
use claimscope_core::validate::{self, Problem};
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone)]
enum Status {
    Idle,
    Reading(String),
    Refused(String, Vec<Problem>),
    Preview(String, Arc<Merge>),
    Failed(String),
}

/// The words of one item of the preview.
fn item_words(item: &Item) -> String {
    let what = format!("{} {}", capitalised(item.kind), quoted(&item.name));
    match &item.how {
        How::Added => format!("{what}: added"),
        How::Renamed { from, to } => {
            format!("{what}: added as “{to}” (its id “{from}” names something else here)")
        }
        How::Matched { with, by } => format!("{what}: already here as “{with}” (same {by})"),
    }
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

#[component]
pub fn MergeCorpus(corpus: Arc<Corpus>) -> impl IntoView {
    let status = RwSignal::new(Status::Idle);
    let curator = Curator::new();
    let open = corpus.clone();
    let on_change = move |ev: leptos::ev::Event| {
        let Some(file) = chosen_file(&ev) else {
            return;
        };
        let name = file.name();
        status.set(Status::Reading(name.clone()));
        let open = open.clone();
        leptos::task::spawn_local(async move {
            let other = match read_text(&file).await.and_then(|t| validate::parse(&t)) {
                Ok(c) => c,
                Err(problems) => return status.set(Status::Refused(name, problems)),
            };
            status.set(Status::Preview(name, Arc::new(plan_merge(&open, &other))));
        });
    };
    let confirm = {
        let corpus = corpus.clone();
        move |merge: Arc<Merge>| {
            let corpus = corpus.clone();
            leptos::task::spawn_local(async move {
                let outcome = Arc::unwrap_or_clone(merge).apply(&corpus);
                match curator.keep(outcome).await {
                    Ok(()) => status.set(Status::Idle),
                    Err(e) => status.set(Status::Failed(e)),
                }
            });
        }
    };
    let shown = move || {
        match status.get() {
        Status::Idle => ().into_any(),
        Status::Reading(file) => view! { <p class="status" role="status">{format!("Reading {file}…")}</p> }.into_any(),
        Status::Failed(why) => view! { <p class="edit-error" role="alert">{why}</p> }.into_any(),
        Status::Refused(file, problems) => view! {
            <div class="import-error" role="alert">
                <p>
                    <strong>{format!("{file} cannot be merged")}</strong>
                    {format!(": it has {}. Nothing has changed.", library::problems_in_words(problems.len()))}
                </p>
                <ul class="problems">
                    {problems.into_iter().map(|p| view! { <li><code>{p.path}</code>": "{p.message}</li> }).collect_view()}
                </ul>
            </div>
        }
        .into_any(),
        Status::Preview(file, merge) => {
            let confirm = confirm.clone();
            let m = merge.clone();
            view! {
                <div class="merge-preview" role="region" aria-label="What the merge will do">
                    <p class="merge-summary">{format!("Merging {file}: {}", merge.summary())}</p>
                    <ul class="merge-items">
                        {merge.items.iter().map(|i| view! {
                            <li data-kind=i.kind data-how=match i.how { How::Added => "added", How::Renamed { .. } => "renamed", How::Matched { .. } => "matched" }>
                                {item_words(i)}
                            </li>
                        }).collect_view()}
                    </ul>
                    {(merge.claims_unplaced > 0).then(|| view! {
                        <p class="hint">{format!("{} of articles already here are left out: their paragraph reads differently here.", count(merge.claims_unplaced, "claim"))}</p>
                    })}
                    {(merge.left_out > 0).then(|| view! {
                        <p class="hint">{format!("Its {} are not merged.", count(merge.left_out, "event or fact"))}</p>
                    })}
                    <p class="actions">
                        <button type="button" class="primary merge-confirm" on:click=move |_| confirm(m.clone())>"Merge"</button>
                        <button type="button" on:click=move |_| status.set(Status::Idle)>"Cancel"</button>
                    </p>
                </div>
            }
            .into_any()
        }
    }
    };
    view! {
        <section class="merge" aria-labelledby="merge-heading">
            <h2 id="merge-heading">"Merge a corpus file into this one"</h2>
            <p>
                "Articles are matched by address or by text, speakers by name, sides and questions by id or name: what is already here is not added twice. "
                "You see what will change before anything does, and the merge can be undone."
            </p>
            <label for="merge-file">"Corpus file to merge"</label>
            <input id="merge-file" type="file" accept=".json,application/json" on:change=on_change />
            {shown}
        </section>
    }
}
