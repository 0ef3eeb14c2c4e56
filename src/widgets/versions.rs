//! The versions of the open corpus: every saved change, newest first, with its time and what it
//! did; Undo and Redo; and for any kept version, Restore (as a new version) and Export (its JSON).

use crate::curate::Curator;
use crate::download;
use claimscope_core::corpus::Corpus;
use claimscope_core::edit::{History, MAX_VERSIONS};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn Versions(corpus: Arc<Corpus>) -> impl IntoView {
    let curator = Curator::new();
    let error = RwSignal::new(None::<String>);
    let status = RwSignal::new(String::new());
    let history = {
        let id = corpus.id.clone();
        LocalResource::new(move || {
            let id = id.clone();
            async move { Curator::history(&id).await }
        })
    };
    let act = {
        let corpus = corpus.clone();
        move |what: Act| {
            let corpus = corpus.clone();
            leptos::task::spawn_local(async move {
                let done = match what {
                    Act::Undo => curator.undo(&corpus).await,
                    Act::Redo => curator.redo(&corpus).await,
                    Act::Restore(n) => curator.restore(&corpus, n).await,
                };
                if let Err(e) = done {
                    error.set(Some(e));
                }
            });
        }
    };
    let export = {
        let corpus = corpus.clone();
        move |h: &History, n: usize| {
            let file = format!("claimscope-{}-version-{n}.json", corpus.id);
            let text = h
                .corpus_at(&corpus, n)
                .map_err(|e| format!("Version {n} could not be made again: {}.", e.0))
                .and_then(|c| serde_json::to_string_pretty(&c).map_err(|e| e.to_string()));
            let said = text.and_then(|t| {
                download::offer(&file, "application/json", &t).map(|()| format!("Saved {file}."))
            });
            match said {
                Ok(s) => status.set(s),
                Err(e) => error.set(Some(e)),
            }
        }
    };
    let list = move || {
        let act = act.clone();
        let export = export.clone();
        match history.get() {
            None => view! { <p class="status">"Reading the versions…"</p> }.into_any(),
            Some(Err(e)) => view! { <p class="status" role="alert">{e}</p> }.into_any(),
            Some(Ok(h)) => {
                let h = Arc::new(h);
                let items = (h.oldest()..=h.newest())
                    .rev()
                    .map(|n| {
                        let current = n == h.current();
                        let (label, at) = match h.version(n) {
                            Some(v) => (v.label.clone(), when(&v.at)),
                            None if n == 0 => ("As first kept".to_owned(), String::new()),
                            None => ("Older changes, folded into one version".to_owned(), String::new()),
                        };
                        let restore = {
                            let act = act.clone();
                            move |_| act(Act::Restore(n))
                        };
                        let export = {
                            let export = export.clone();
                            let h = h.clone();
                            move |_| export(&h, n)
                        };
                        view! {
                            <li class="version" class:current=current data-version=n>
                                <span class="version-number">{format!("Version {n}")}</span>
                                {(!at.is_empty()).then(|| view! { <span class="version-time">{at}</span> })}
                                <span class="version-label">{label}</span>
                                {current.then(|| view! { <span class="corpus-current">"Current"</span> })}
                                {(!current).then(|| view! { <button type="button" class="restore" on:click=restore>"Restore"</button> })}
                                <button type="button" class="export-version" on:click=export>"Export"</button>
                            </li>
                        }
                    })
                    .collect_view();
                let (undo, redo) = (h.can_undo(), h.can_redo());
                let act2 = act.clone();
                view! {
                    <div class="version-actions">
                        <button type="button" class="undo" disabled=!undo on:click=move |_| act(Act::Undo)>"Undo"</button>
                        <button type="button" class="redo" disabled=!redo on:click=move |_| act2(Act::Redo)>"Redo"</button>
                    </div>
                    <ol class="version-list">{items}</ol>
                }
                .into_any()
            }
        }
    };
    view! {
        <section class="versions" aria-labelledby="versions-heading">
            <h2 id="versions-heading">"Versions of this corpus"</h2>
            <p class="hint">
                {format!("Every saved change is a version, kept in this browser. The last {MAX_VERSIONS} are kept; older ones are folded into the corpus as it then was. Restoring a version makes it current as a new version, so a restore can be undone too.")}
            </p>
            {list}
            {move || error.get().map(|e| view! { <p class="edit-error" role="alert">{e}</p> })}
            <p class="export-status" role="status" aria-live="polite">{move || status.get()}</p>
        </section>
    }
}

#[derive(Clone, Copy)]
enum Act {
    Undo,
    Redo,
    Restore(usize),
}

/// "2026-12-01 18:04" from an ISO 8601 timestamp (the browser's clock, in UTC).
fn when(iso: &str) -> String {
    match (iso.get(..10), iso.get(11..16)) {
        (Some(day), Some(time)) => format!("{day} {time} UTC"),
        _ => iso.to_owned(),
    }
}
