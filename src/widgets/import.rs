//! Importing a corpus file: a file picker and a drop zone. The file is checked by the build's
//! own rules and the import's one more (`crate::load::checked`, its claims a part at a time with
//! the page free and told how far; `library::import_rule`); one that fails is refused whole with
//! its first problems, and nothing already loaded or kept changes. One that passes is kept in the
//! browser and opened.

use crate::hooks::use_stray_drops;
use crate::keep::Keeper;
use crate::load;
use crate::store;
use claimscope_core::corpus::long_date;
use claimscope_core::corpus::Corpus;
use claimscope_core::library::{self, Entry};
use claimscope_core::text::thousands;
use claimscope_core::validate::{self, Problem};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// What the import is doing or did.
#[derive(Clone)]
enum Status {
    Idle,
    /// The file, and how far the checks of its claims got (checked, of how many).
    Reading(String, Option<(usize, usize)>),
    Refused {
        file: String,
        problems: Vec<Problem>,
    },
    /// The file is fine, and a corpus with its id is already kept: replace it?
    Replace {
        file: String,
        corpus: Arc<Corpus>,
        json: Arc<String>,
        existing: Entry,
    },
    /// The file was fine but the browser would not keep it.
    NotKept {
        file: String,
        why: String,
        /// The storage is full: offer the list of kept corpora, to make room.
        full: bool,
    },
}

#[component]
pub fn Import() -> impl IntoView {
    let status = RwSignal::new(Status::Idle);
    let over = RwSignal::new(false);
    let keeper = StoredValue::new_local(Keeper::new());
    use_stray_drops();

    // Keeps the checked corpus and opens it, or says why the browser would not keep it.
    let keep = move |file: String, corpus: Arc<Corpus>, json: Arc<String>| {
        let keeper = keeper.get_value();
        leptos::task::spawn_local(async move {
            match keeper.keep_and_open(corpus, &json).await {
                Ok(()) => status.set(Status::Idle),
                Err(e) => status.set(Status::NotKept {
                    file,
                    why: e.to_string(),
                    full: matches!(e, store::StoreError::Full { .. }),
                }),
            }
        });
    };

    let take = move |file: web_sys::File| {
        let name = file.name();
        status.set(Status::Reading(name.clone(), None));
        leptos::task::spawn_local(async move {
            let told = |checked, total| {
                status.try_update(|s| {
                    if let Status::Reading(_, p) = s {
                        *p = Some((checked, total));
                    }
                });
            };
            let (corpus, json) = match import(&file, &told).await {
                Ok((c, j)) => (Arc::new(c), Arc::new(j)),
                Err(problems) => {
                    status.set(Status::Refused {
                        file: name,
                        problems,
                    });
                    return;
                }
            };
            // A corpus with the same id is replaced only when the person says so.
            match store::list().await {
                Ok(list) => match list.into_iter().find(|e| e.id == corpus.id) {
                    Some(existing) => status.set(Status::Replace {
                        file: name,
                        corpus,
                        json,
                        existing,
                    }),
                    None => keep(name, corpus, json),
                },
                Err(e) => status.set(Status::NotKept {
                    file: name,
                    why: e.to_string(),
                    full: false,
                }),
            }
        });
    };

    let on_change = move |ev: leptos::ev::Event| {
        if let Some(file) = chosen_file(&ev) {
            take(file);
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
            Status::Reading(file, how_far) => {
                let words = match how_far {
                    Some((checked, total)) => format!(
                        "Checking {file}: {} of {} claims…",
                        thousands(checked),
                        thousands(total)
                    ),
                    None => format!("Checking {file}…"),
                };
                view! { <p class="import-status" role="status">{words}</p> }.into_any()
            }
            Status::Refused { file, problems } => view! {
                <div class="import-error" role="alert">
                    <p>
                        <strong>{format!("{file} was not imported")}</strong>
                        {format!(
                            ": it has {}. Nothing you had has changed.",
                            library::problems_in_words(problems.len())
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
            Status::Replace { file, corpus, json, existing } => {
                let title = existing.title.clone();
                let saved = existing.saved.get(..10).map(long_date).unwrap_or_default();
                view! {
                    <div class="import-confirm" role="alert">
                        <p>
                            {format!(
                                "{file} holds a corpus with the id “{}”, and this browser already keeps \
                                 one with that id: “{title}” ({}, last saved {saved}). Replace it? Its versions \
                                 go with it: the file becomes its first version.",
                                existing.id,
                                existing.summary(),
                            )}
                        </p>
                        <p class="actions">
                            <button type="button" class="danger" on:click=move |_| keep(file.clone(), corpus.clone(), json.clone())>
                                "Replace it"
                            </button>
                            <button type="button" on:click=move |_| status.set(Status::Idle)>"Cancel"</button>
                        </p>
                    </div>
                }
                .into_any()
            }
            Status::NotKept { file, why, full } => view! {
                <div class="import-error" role="alert">
                    <p><strong>{format!("{file} was not imported")}</strong>": "{why}</p>
                    {full.then(|| view! {
                        <p class="actions">
                            <a class="button" href="?view=library#corpora-heading">"See the corpora kept in this browser"</a>
                        </p>
                    })}
                </div>
            }
            .into_any(),
        }}
    }
}

/// Size first (before reading a byte), then the bytes as strict UTF-8 text (never a silent
/// replacement character), then the build's checks.
async fn import(
    file: &web_sys::File,
    progress: load::Progress<'_>,
) -> Result<(claimscope_core::corpus::Corpus, String), Vec<Problem>> {
    let text = read_text(file).await?;
    let corpus = load::checked(&text, validate::MAX_BYTES, progress).await?;
    library::import_rule(&corpus)?;
    Ok((corpus, text))
}

/// The file a file picker's `change` event chose, if any. The picker is emptied, so choosing
/// the same file again fires `change` again.
pub fn chosen_file(ev: &leptos::ev::Event) -> Option<web_sys::File> {
    let input = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())?;
    let file = input.files().and_then(|f| f.get(0));
    input.set_value("");
    file
}

/// A corpus file's text: its size checked before reading a byte, its bytes as strict UTF-8.
pub async fn read_text(file: &web_sys::File) -> Result<String, Vec<Problem>> {
    validate::check_size(file.size() as usize).map_err(|p| vec![p])?;
    let buffer = JsFuture::from(file.array_buffer()).await.map_err(|_| {
        vec![Problem {
            path: "$".into(),
            message: "The file could not be read (it may have been moved or deleted).".into(),
        }]
    })?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    validate::utf8_text(bytes).map_err(|p| vec![p])
}
