//! The corpora a person imported, kept in the browser's IndexedDB: they survive reloads, app
//! updates and offline use. Three object stores: `entries` (what the list shows, small), `texts`
//! (each corpus's JSON text as kept, read only when that corpus is opened) and `versions` (the
//! history of its edits, JSON; the corpus opens as its text with the applied edits).

use claimscope_core::edit::History;
use claimscope_core::library::{self, Entry};
use idb::{Database, DatabaseEvent, Factory, KeyPath, ObjectStoreParams, TransactionMode};
use std::fmt;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

const DB_NAME: &str = "claimscope";
const DB_VERSION: u32 = 2;
const ENTRIES: &str = "entries";
const TEXTS: &str = "texts";
const VERSIONS: &str = "versions";

/// Why the browser's storage could not do what was asked, in plain words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// No IndexedDB (some private modes, or storage blocked by settings).
    Unavailable,
    /// The browser refused to store more: what the change needed, and what the browser said it
    /// uses and allows this site (`navigator.storage.estimate()`), when it says.
    Full {
        needed: usize,
        usage: Option<u64>,
        quota: Option<u64>,
    },
    /// Anything else, with the browser's words.
    Failed(String),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Unavailable => write!(
                f,
                "This browser does not let Claimscope keep files (storage is blocked or this is a \
                 private window)."
            ),
            StoreError::Full {
                needed,
                usage,
                quota,
            } => f.write_str(&library::storage_full(*needed, *usage, *quota)),
            StoreError::Failed(why) => write!(f, "The browser's storage failed: {why}"),
        }
    }
}

impl StoreError {
    /// Full, before the sizes are known (see [`save`]).
    const FULL: StoreError = StoreError::Full {
        needed: 0,
        usage: None,
        quota: None,
    };
}

fn is_quota(e: &web_sys::DomException) -> bool {
    e.name() == "QuotaExceededError"
}

impl From<idb::Error> for StoreError {
    fn from(e: idb::Error) -> Self {
        match &e {
            idb::Error::DomException(d) if is_quota(d) => StoreError::FULL,
            _ if e.to_string().contains("QuotaExceeded") => StoreError::FULL,
            // Chromium's cap on one stored value ("The serialized keys and/or value are too
            // large"), whatever room is free.
            _ if e.to_string().contains("too large") => StoreError::Failed(
                "the corpus is too large for this browser to keep in one piece (about 127 MB \
                 at most)."
                    .into(),
            ),
            _ => StoreError::Failed(e.to_string()),
        }
    }
}

/// An open connection, closed when dropped (a transaction under way still finishes): a later
/// version of the app, opening a newer schema in another tab, is not kept waiting by this one.
struct Conn(Database);

impl Drop for Conn {
    fn drop(&mut self) {
        self.0.close();
    }
}

impl std::ops::Deref for Conn {
    type Target = Database;
    fn deref(&self) -> &Database {
        &self.0
    }
}

async fn open() -> Result<Conn, StoreError> {
    let factory = Factory::new().map_err(|_| StoreError::Unavailable)?;
    let mut request = factory
        .open(DB_NAME, Some(DB_VERSION))
        .map_err(|_| StoreError::Unavailable)?;
    request.on_upgrade_needed(|event| {
        let Ok(db) = event.database() else { return };
        let names = db.store_names();
        if !names.iter().any(|n| n == ENTRIES) {
            let mut params = ObjectStoreParams::new();
            params.key_path(Some(KeyPath::new_single("id")));
            let _ = db.create_object_store(ENTRIES, params);
        }
        for name in [TEXTS, VERSIONS] {
            if !names.iter().any(|n| n == name) {
                let _ = db.create_object_store(name, ObjectStoreParams::new());
            }
        }
    });
    Ok(Conn(request.await?))
}

/// Every stored corpus's entry, by title.
pub async fn list() -> Result<Vec<Entry>, StoreError> {
    let db = open().await?;
    let tx = db.transaction(&[ENTRIES], TransactionMode::ReadOnly)?;
    let values = tx.object_store(ENTRIES)?.get_all(None, None)?.await?;
    let mut entries: Vec<Entry> = values
        .into_iter()
        .filter_map(|v| serde_wasm_bindgen::from_value(v).ok())
        .collect();
    entries.sort_by(|a, b| a.title.cmp(&b.title).then_with(|| a.id.cmp(&b.id)));
    Ok(entries)
}

/// The JSON text of the corpus `id`, or `None` when this browser does not hold it.
pub async fn load(id: &str) -> Result<Option<String>, StoreError> {
    let db = open().await?;
    let tx = db.transaction(&[TEXTS], TransactionMode::ReadOnly)?;
    let value = tx.object_store(TEXTS)?.get(JsValue::from_str(id))?.await?;
    let Some(value) = value else {
        return Ok(None);
    };
    // Kept as a string by earlier versions of the app, as UTF-8 bytes since.
    if let Some(text) = value.as_string() {
        return Ok(Some(text));
    }
    let bytes: js_sys::Uint8Array = value.dyn_into().map_err(|_| {
        StoreError::Failed("a kept corpus is in a form this app cannot read".into())
    })?;
    String::from_utf8(bytes.to_vec())
        .map(Some)
        .map_err(|_| StoreError::Failed("a kept corpus is no longer valid UTF-8 text".into()))
}

/// The history of the corpus `id`'s edits; empty when it has none. A history this build cannot
/// read is an empty one (the corpus opens as kept).
pub async fn history(id: &str) -> Result<History, StoreError> {
    let db = open().await?;
    let tx = db.transaction(&[VERSIONS], TransactionMode::ReadOnly)?;
    let value = tx
        .object_store(VERSIONS)?
        .get(JsValue::from_str(id))?
        .await?;
    Ok(value
        .and_then(|v| v.as_string())
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default())
}

/// Keeps a corpus (replacing one with the same id, and starting its history afresh): entry and
/// text in one transaction, so the list never names a corpus whose text is missing. When
/// storage is full, nothing is changed and the error says how much was needed and how much is
/// free.
pub async fn save(entry: &Entry, json: &str) -> Result<(), StoreError> {
    full_says(json.len(), write(entry, Some(json), &History::default())).await
}

/// Keeps an edit: the corpus's entry and its history, and its text when the history's oldest
/// versions were folded into it, all in one transaction. A closed tab or a crash mid-save
/// leaves the corpus as it was before this edit, never half-changed.
pub async fn save_edit(
    entry: &Entry,
    history: &History,
    base: Option<&str>,
) -> Result<(), StoreError> {
    let needed = base.map_or(0, str::len);
    full_says(needed, write(entry, base, history)).await
}

async fn full_says(
    needed: usize,
    write: impl std::future::Future<Output = Result<(), StoreError>>,
) -> Result<(), StoreError> {
    match write.await {
        Err(StoreError::Full { .. }) => {
            let (usage, quota) = estimate().await;
            Err(StoreError::Full {
                needed,
                usage,
                quota,
            })
        }
        other => other,
    }
}

async fn write(entry: &Entry, json: Option<&str>, history: &History) -> Result<(), StoreError> {
    let value =
        serde_wasm_bindgen::to_value(entry).map_err(|e| StoreError::Failed(e.to_string()))?;
    let versions = serde_json::to_string(history).map_err(|e| StoreError::Failed(e.to_string()))?;
    let key = JsValue::from_str(&entry.id);
    let db = open().await?;
    let tx = db.transaction(&[ENTRIES, TEXTS, VERSIONS], TransactionMode::ReadWrite)?;
    tx.object_store(ENTRIES)?.put(&value, None)?.await?;
    if let Some(json) = json {
        tx.object_store(TEXTS)?
            .put(&as_bytes(json), Some(&key))?
            .await?;
    }
    tx.object_store(VERSIONS)?
        .put(&JsValue::from_str(&versions), Some(&key))?
        .await?;
    finish(tx).await?;
    ask_to_persist();
    Ok(())
}

/// The corpus's text as UTF-8 bytes: half the room of a JavaScript string of text outside
/// Latin-1 (stored as UTF-16), so that a corpus of up to about 127 MB fits in one stored value,
/// Chromium's limit (a string of 64 million such characters already does not).
fn as_bytes(json: &str) -> JsValue {
    js_sys::Uint8Array::from(json.as_bytes()).into()
}

/// Forgets the corpus `id`.
pub async fn delete(id: &str) -> Result<(), StoreError> {
    let db = open().await?;
    let tx = db.transaction(&[ENTRIES, TEXTS, VERSIONS], TransactionMode::ReadWrite)?;
    for name in [ENTRIES, TEXTS, VERSIONS] {
        tx.object_store(name)?
            .delete(JsValue::from_str(id))?
            .await?;
    }
    finish(tx).await
}

/// Waits for `tx` to commit. A transaction the browser aborts says why in its `error` (a full
/// storage aborts the commit itself, after every request succeeded).
async fn finish(tx: idb::Transaction) -> Result<(), StoreError> {
    let raw = web_sys::IdbTransaction::from(tx);
    let result = idb::Transaction::from(raw.clone()).await?;
    if result.is_committed() {
        return Ok(());
    }
    match raw.error() {
        Some(e) if is_quota(&e) => Err(StoreError::FULL),
        Some(e) => Err(StoreError::Failed(format!(
            "the change was cancelled ({}).",
            e.message()
        ))),
        None => Err(StoreError::Failed("the change was cancelled.".into())),
    }
}

/// What this site uses and may use of the browser's storage, in bytes, when the browser says.
async fn estimate() -> (Option<u64>, Option<u64>) {
    let Some(storage) = crate::window().map(|w| w.navigator().storage()) else {
        return (None, None);
    };
    let Ok(promise) = storage.estimate() else {
        return (None, None);
    };
    let Ok(answer) = JsFuture::from(promise).await else {
        return (None, None);
    };
    let number = |key: &str| {
        js_sys::Reflect::get(&answer, &JsValue::from_str(key))
            .ok()
            .and_then(|v| v.as_f64())
            .map(|n| n as u64)
    };
    (number("usage"), number("quota"))
}

/// Asks the browser not to evict stored corpora under storage pressure. The answer does not
/// change what works now, so it is not awaited.
fn ask_to_persist() {
    if let Some(storage) = crate::window().map(|w| w.navigator().storage()) {
        if let Ok(asked) = storage.persist() {
            crate::settle::settle(asked);
        }
    }
}
