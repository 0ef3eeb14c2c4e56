//! The corpora a person imported, kept in the browser's IndexedDB: they survive reloads, app
//! updates and offline use. Two object stores: `entries` (what the list shows, small) and
//! `texts` (each corpus's JSON text, read only when that corpus is opened).

use claimscope_core::library::Entry;
use idb::{Database, DatabaseEvent, Factory, KeyPath, ObjectStoreParams, TransactionMode};
use std::fmt;
use wasm_bindgen::JsValue;

const DB_NAME: &str = "claimscope";
const DB_VERSION: u32 = 1;
const ENTRIES: &str = "entries";
const TEXTS: &str = "texts";

/// Why the browser's storage could not do what was asked, in plain words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// No IndexedDB (some private modes, or storage blocked by settings).
    Unavailable,
    /// The browser refused to store more.
    Full,
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
            StoreError::Full => write!(
                f,
                "The browser refused to keep the file: its storage for this site is full. Delete \
                 a corpus you no longer need, then try again."
            ),
            StoreError::Failed(why) => write!(f, "The browser's storage failed: {why}"),
        }
    }
}

impl From<idb::Error> for StoreError {
    fn from(e: idb::Error) -> Self {
        let text = e.to_string();
        if text.contains("QuotaExceeded") {
            StoreError::Full
        } else {
            StoreError::Failed(text)
        }
    }
}

async fn open() -> Result<Database, StoreError> {
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
        if !names.iter().any(|n| n == TEXTS) {
            let _ = db.create_object_store(TEXTS, ObjectStoreParams::new());
        }
    });
    Ok(request.await?)
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
    Ok(value.and_then(|v| v.as_string()))
}

/// Keeps a corpus (replacing one with the same id): entry and text in one transaction, so the
/// list never names a corpus whose text is missing.
pub async fn save(entry: &Entry, json: &str) -> Result<(), StoreError> {
    let value =
        serde_wasm_bindgen::to_value(entry).map_err(|e| StoreError::Failed(e.to_string()))?;
    let db = open().await?;
    let tx = db.transaction(&[ENTRIES, TEXTS], TransactionMode::ReadWrite)?;
    tx.object_store(ENTRIES)?.put(&value, None)?.await?;
    tx.object_store(TEXTS)?
        .put(
            &JsValue::from_str(json),
            Some(&JsValue::from_str(&entry.id)),
        )?
        .await?;
    finish(tx).await?;
    ask_to_persist();
    Ok(())
}

/// Forgets the corpus `id`.
pub async fn delete(id: &str) -> Result<(), StoreError> {
    let db = open().await?;
    let tx = db.transaction(&[ENTRIES, TEXTS], TransactionMode::ReadWrite)?;
    tx.object_store(ENTRIES)?
        .delete(JsValue::from_str(id))?
        .await?;
    tx.object_store(TEXTS)?
        .delete(JsValue::from_str(id))?
        .await?;
    finish(tx).await
}

async fn finish(tx: idb::Transaction) -> Result<(), StoreError> {
    let result = tx.await?;
    if result.is_committed() {
        Ok(())
    } else {
        Err(StoreError::Failed("the change was cancelled.".into()))
    }
}

/// Asks the browser not to evict stored corpora under storage pressure. The answer does not
/// change what works now, so it is not awaited.
fn ask_to_persist() {
    if let Some(storage) = web_sys::window().map(|w| w.navigator().storage()) {
        let _ = storage.persist();
    }
}
