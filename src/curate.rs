//! Keeping the edits a person makes to a kept corpus: each checked edit is recorded in the
//! corpus's history and saved in one transaction, then the edited corpus is opened in place.
//! Undo, redo and restore step through the same history. What was done last is said in a
//! notice that outlives the explorer's re-render ([`Said`]).

use crate::keep::now;
use crate::load::Handoff;
use crate::store::{self, StoreError};
use claimscope_core::corpus::Corpus;
use claimscope_core::edit::{Edit, History, Refused, Stale};
use claimscope_core::library::Entry;
use leptos::prelude::*;
use std::cell::Cell;
use std::sync::Arc;

/// What was last done to a corpus (its id, and the words), shown above the views until
/// dismissed or the next change; and whether the notice should take the focus (once, when the
/// edited corpus opens).
#[derive(Clone, Copy)]
pub struct Said(pub RwSignal<Option<(String, String)>>, StoredValue<bool>);

impl Said {
    pub fn new() -> Self {
        Said(RwSignal::new(None), StoredValue::new(false))
    }

    /// Whether the notice should take the focus now; true once after each change.
    pub fn take_focus(&self) -> bool {
        let pending = self.1.get_value();
        self.1.set_value(false);
        pending
    }
}

impl Default for Said {
    fn default() -> Self {
        Self::new()
    }
}

thread_local! {
    /// A save is under way: the next waits for nothing, it is refused (a double click).
    static SAVING: Cell<bool> = const { Cell::new(false) };
}

/// Whether the open corpus is kept in this browser (imported, pasted into, copied, or opened
/// from a link), and so can be edited in place; given by the page's top. The corpus served with
/// the app is not: it offers an editable copy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Kept(pub bool);

/// Whether the person can edit the open corpus in place.
pub fn editable() -> bool {
    use_context::<Kept>().is_some_and(|k| k.0)
}

/// Keeps edits and steps through the history; made inside a component.
#[derive(Clone, Copy)]
pub struct Curator {
    handoff: Option<Handoff>,
    said: Option<Said>,
}

impl Curator {
    pub fn new() -> Self {
        Curator {
            handoff: use_context::<Handoff>(),
            said: use_context::<Said>(),
        }
    }

    /// The history of the corpus `id`, as kept.
    pub async fn history(id: &str) -> Result<History, String> {
        store::history(id).await.map_err(|e| e.to_string())
    }

    /// Keeps a checked edit of the open corpus (or says why it was refused): recorded as the
    /// newest version and saved, then opened. On any failure nothing is kept and the words say
    /// why.
    pub async fn keep(&self, outcome: Result<(Corpus, Edit), Refused>) -> Result<(), String> {
        let (corpus, edit) = outcome.map_err(|r| r.to_string())?;
        let words = format!("Saved: {}.", edit.label);
        self.step(&corpus.id.clone(), move |history| {
            let over = history.record(edit, now());
            let base = if over { history.fold(&corpus) } else { None };
            Ok((corpus, base, words))
        })
        .await
    }

    /// Undoes the last change to `current`.
    pub async fn undo(&self, current: &Corpus) -> Result<(), String> {
        self.step(&current.id, |h| {
            h.undo(current)
                .map(|(c, said)| (c, None, format!("{said}.")))
        })
        .await
    }

    /// Redoes the last change undone.
    pub async fn redo(&self, current: &Corpus) -> Result<(), String> {
        self.step(&current.id, |h| {
            h.redo(current)
                .map(|(c, said)| (c, None, format!("{said}.")))
        })
        .await
    }

    /// Makes version `number` current again, as a new version.
    pub async fn restore(&self, current: &Corpus, number: usize) -> Result<(), String> {
        self.step(&current.id, |h| {
            let (c, label) = h.restore(current, number, now())?;
            let base = h.fold(&c);
            Ok((c, base, format!("{label}.")))
        })
        .await
    }

    /// Reads the history of corpus `id`, lets `f` change it (giving the new corpus, a new base
    /// when versions were folded, and the words to say), saves both in one transaction, then
    /// opens the new corpus.
    async fn step(
        &self,
        id: &str,
        f: impl FnOnce(&mut History) -> Result<(Corpus, Option<Corpus>, String), Stale>,
    ) -> Result<(), String> {
        if SAVING.with(|s| s.replace(true)) {
            return Err("The last change is still being saved; try again in a moment.".into());
        }
        let result = self.step_now(id, f).await;
        SAVING.with(|s| s.set(false));
        result
    }

    async fn step_now(
        &self,
        id: &str,
        f: impl FnOnce(&mut History) -> Result<(Corpus, Option<Corpus>, String), Stale>,
    ) -> Result<(), String> {
        let failed = |e: StoreError| format!("Nothing was saved: {e}");
        let mut history = store::history(id).await.map_err(failed)?;
        let entry = store::list()
            .await
            .map_err(failed)?
            .into_iter()
            .find(|e| e.id == id);
        let Some(entry) = entry else {
            return Err("This corpus is no longer kept in this browser; nothing was saved.".into());
        };
        let (corpus, base, words) = f(&mut history).map_err(|Stale(why)| {
            format!(
                "Nothing was changed: {why}. The corpus may have been changed in another tab; \
                 reload to see its latest version."
            )
        })?;
        let base_json = match base {
            Some(b) => Some(serde_json::to_string(&b).map_err(|e| e.to_string())?),
            None => None,
        };
        let entry = Entry {
            bytes: base_json.as_ref().map_or(entry.bytes, String::len),
            src: entry.src.clone(),
            ..Entry::of(&corpus, 0, now())
        };
        store::save_edit(&entry, &history, base_json.as_deref())
            .await
            .map_err(failed)?;
        self.open(corpus, words);
        Ok(())
    }

    /// Opens the edited corpus in place (the link does not change) and says what was done.
    fn open(&self, corpus: Corpus, words: String) {
        if let Some(said) = self.said {
            said.0.set(Some((corpus.id.clone(), words)));
            said.1.set_value(true);
        }
        if let Some(h) = self.handoff {
            h.give(Arc::new(corpus));
            h.reload();
        }
    }
}

impl Default for Curator {
    fn default() -> Self {
        Self::new()
    }
}
