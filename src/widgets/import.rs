//! Importing a corpus file: a file picker and a drop zone. The file is checked by the build's
//! own rules ([`claimscope_core::library::check_import`]); one that fails is refused whole with
//! its first problems, and nothing already loaded or kept changes. One that passes is kept in the
//! browser and opened.

use crate::load::Handoff;
use crate::store;
use claimscope_core::library::{self, Entry};
use claimscope_core::url;
use claimscope_core::validate::{self, Problem};
use claimscope_core::view_state::ViewState;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// What the import is doing or did.
#[derive(Clone, Debug, PartialEq)]
enum Status {
    Idle,
    Reading(String),
    Refused {
        file: String,
        problems: Vec<Problem>,
    },
    /// The file was fine but the browser would not keep it.
    NotKept {
        file: String,
        why: String,
    },
}

#[component]
pub fn Import() -> impl IntoView {
    let status = RwSignal::new(Status::Idle);
    let over = RwSignal::new(false);
    let handoff = use_context::<Handoff>();
    let navigate = use_navigate();
    let location = use_location();
    let pathname = location.pathname;
    let search = location.search;
    catch_stray_drops();

    let take = move |file: web_sys::File| {
        let navigate = navigate.clone();
        let name = file.name();
        status.set(Status::Reading(name.clone()));
        leptos::task::spawn_local(async move {
            match import(&file).await {
                Err(problems) => status.set(Status::Refused {
                    file: name,
                    problems,
                }),
                Ok((corpus, text)) => {
                    let entry = Entry::of(&corpus, text.len(), now());
                    if let Err(e) = store::save(&entry, &text).await {
                        status.set(Status::NotKept {
                            file: name,
                            why: e.to_string(),
                        });
                        return;
                    }
                    status.set(Status::Idle);
                    let id = corpus.id.clone();
                    if let Some(h) = handoff {
                        h.give(Arc::new(corpus));
                    }
                    let already_named = search.with_untracked(|q| {
                        library::names(url::parse_query(q).0.corpus.as_deref(), &id)
                    });
                    let query = url::to_query(&ViewState::in_corpus(&id));
                    let href = format!("{}?{query}", pathname.get_untracked());
                    navigate(
                        &href,
                        NavigateOptions {
                            resolve: false,
                            ..Default::default()
                        },
                    );
                    if let (true, Some(h)) = (already_named, handoff) {
                        h.reload();
                    }
                }
            }
        });
    };

    let on_change = {
        let take = take.clone();
        move |ev: leptos::ev::Event| {
            let Some(input) = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            else {
                return;
            };
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                take(file);
            }
            // Choosing the same file again must fire `change` again.
            input.set_value("");
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        over.set(false);
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            take(file);
        }
    };

    view! {
        <div
            class="drop-zone"
            class:over=move || over.get()
            on:dragover=move |ev: leptos::ev::DragEvent| {
                ev.prevent_default();
                over.set(true);
            }
            on:dragleave=move |_| over.set(false)
            on:drop=on_drop
        >
            <label class="button" for="import-file">"Choose a corpus file…"</label>
            <input
                id="import-file"
                class="visually-hidden"
                type="file"
                accept=".json,application/json"
                on:change=on_change
            />
            <p class="hint">
                {format!(
                    "or drop it here. A Claimscope corpus, schema 1, in JSON, up to {} MB.",
                    validate::MAX_BYTES / (1024 * 1024)
                )}
            </p>
        </div>
        {move || match status.get() {
            Status::Idle => ().into_any(),
            Status::Reading(file) => view! {
                <p class="import-status" role="status">{format!("Checking {file}…")}</p>
            }
            .into_any(),
            Status::Refused { file, problems } => view! {
                <div class="import-error" role="alert">
                    <p>
                        <strong>{format!("{file} was not imported")}</strong>
                        {format!(
                            ": it has {}. Nothing you had has changed.",
                            if problems.len() >= validate::MAX_PROBLEMS {
                                format!("at least {} problems; the first are", problems.len())
                            } else if problems.len() == 1 {
                                "this problem".to_owned()
                            } else {
                                format!("{} problems", problems.len())
                            }
                        )}
                    </p>
                    <ul class="problems">
                        {problems
                            .into_iter()
                            .map(|p| view! { <li><code>{p.path}</code>": "{p.message}</li> })
                            .collect_view()}
                    </ul>
                </div>
            }
            .into_any(),
            Status::NotKept { file, why } => view! {
                <div class="import-error" role="alert">
                    <p><strong>{format!("{file} was not imported")}</strong>": "{why}</p>
                </div>
            }
            .into_any(),
        }}
    }
}

/// Size first (before reading a byte), then the text, then the build's checks.
async fn import(
    file: &web_sys::File,
) -> Result<(claimscope_core::model::Corpus, String), Vec<Problem>> {
    validate::check_size(file.size() as usize).map_err(|p| vec![p])?;
    let text = JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|v| v.as_string())
        .ok_or_else(|| {
            vec![Problem {
                path: "$".into(),
                message: "The file could not be read (it may have been moved or deleted).".into(),
            }]
        })?;
    let corpus = library::check_import(&text)?;
    Ok((corpus, text))
}

/// The browser's clock as an ISO 8601 timestamp.
fn now() -> String {
    js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .unwrap_or_default()
}

/// A file dropped beside the drop zone would make the browser open it in place of the app and
/// lose the person's view; while the import is on the page, such drops are caught and ignored.
fn catch_stray_drops() {
    let over = window_event_listener(leptos::ev::dragover, |ev| ev.prevent_default());
    let drop = window_event_listener(leptos::ev::drop, |ev| ev.prevent_default());
    on_cleanup(move || {
        over.remove();
        drop.remove();
    });
}
