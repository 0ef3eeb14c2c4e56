//! The versions of a kept corpus: every saved change in order, how many are applied (the rest
//! can be redone), and the bound. The corpus as first kept (or as last folded) is the base; the
//! current corpus is the base with the applied changes. Past [`MAX_VERSIONS`], the oldest
//! [`FOLD`] are folded into the base, so the history stays small however long the work.
//!
//! Version numbers count from the corpus as first kept (version 0): version `n` is the corpus
//! after `n` changes, so they stay the same when the oldest are folded.

use super::change::{Change, Stale};
use super::checked::Edit;
use crate::corpus::Corpus;
use serde::{Deserialize, Serialize};

/// At most this many versions are kept, besides the base.
pub const MAX_VERSIONS: usize = 200;
/// How many of the oldest versions are folded into the base at once, past the bound.
pub const FOLD: usize = 50;

/// One saved change with the words and time the history shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Version {
    pub label: String,
    /// When it was saved, as an ISO 8601 timestamp from the browser's clock.
    pub at: String,
    pub change: Change,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct History {
    pub versions: Vec<Version>,
    /// How many of `versions` are applied; the rest can be redone.
    pub applied: usize,
    /// The number of the base version: how many changes were folded into it.
    #[serde(default)]
    pub folded: usize,
}

impl History {
    /// The number of the current version.
    pub fn current(&self) -> usize {
        self.folded + self.applied
    }

    /// The number of the newest version kept (redo reaches it).
    pub fn newest(&self) -> usize {
        self.folded + self.versions.len()
    }

    /// The oldest version that can be restored (the base).
    pub fn oldest(&self) -> usize {
        self.folded
    }

    /// The version a number names, when it is kept and not the base.
    pub fn version(&self, number: usize) -> Option<&Version> {
        number
            .checked_sub(self.folded + 1)
            .and_then(|i| self.versions.get(i))
    }

    /// Records a saved edit as the newest version; what could be redone is dropped. Returns the
    /// versions to fold into the base (see [`History::fold`]) when the bound is passed.
    pub fn record(&mut self, edit: Edit, at: String) -> bool {
        self.versions.truncate(self.applied);
        self.versions.push(Version {
            label: edit.label,
            at,
            change: edit.change,
        });
        self.applied = self.versions.len();
        self.versions.len() > MAX_VERSIONS
    }

    pub fn can_undo(&self) -> bool {
        self.applied > 0
    }

    pub fn can_redo(&self) -> bool {
        self.applied < self.versions.len()
    }

    /// The corpus before the last applied change, and what was undone, in words ("Undid: …").
    pub fn undo(&mut self, current: &Corpus) -> Result<(Corpus, String), Stale> {
        let Some(v) = self.applied.checked_sub(1).map(|i| &self.versions[i]) else {
            return Err(Stale("there is nothing to undo".into()));
        };
        let mut out = current.clone();
        v.change.inverse().apply(&mut out)?;
        let said = format!("Undid: {}", v.label);
        self.applied -= 1;
        Ok((out, said))
    }

    /// The corpus with the next undone change again, and what was redone.
    pub fn redo(&mut self, current: &Corpus) -> Result<(Corpus, String), Stale> {
        let Some(v) = self.versions.get(self.applied) else {
            return Err(Stale("there is nothing to redo".into()));
        };
        let mut out = current.clone();
        v.change.apply(&mut out)?;
        let said = format!("Redid: {}", v.label);
        self.applied += 1;
        Ok((out, said))
    }

    /// The changes that lead from the current version to version `number`.
    fn path_to(&self, number: usize) -> Result<Vec<Change>, Stale> {
        if number < self.oldest() || number > self.newest() {
            return Err(Stale(format!("version {number} is no longer kept")));
        }
        let target = number - self.folded;
        Ok(if target <= self.applied {
            self.versions[target..self.applied]
                .iter()
                .rev()
                .map(|v| v.change.inverse())
                .collect()
        } else {
            self.versions[self.applied..target]
                .iter()
                .map(|v| v.change.clone())
                .collect()
        })
    }

    /// The corpus as it was at version `number`, from the `current` one (for export).
    pub fn corpus_at(&self, current: &Corpus, number: usize) -> Result<Corpus, Stale> {
        let mut out = current.clone();
        Change::Many {
            changes: self.path_to(number)?,
        }
        .apply(&mut out)?;
        Ok(out)
    }

    /// Makes version `number` the current one again, as a new version: the history keeps what
    /// came after it, so a restore is itself undone like any change.
    pub fn restore(
        &mut self,
        current: &Corpus,
        number: usize,
        at: String,
    ) -> Result<(Corpus, String), Stale> {
        let changes = self.path_to(number)?;
        if changes.is_empty() {
            return Err(Stale(format!("version {number} is the current one")));
        }
        let change = Change::Many { changes };
        let mut out = current.clone();
        change.apply(&mut out)?;
        let label = match self.version(number) {
            Some(v) => format!("Restored version {number} ({})", v.label),
            None if number == 0 => "Restored the corpus as first kept".to_owned(),
            None => format!("Restored version {number}"),
        };
        // Recorded like any edit: after the applied versions (what could be redone is dropped).
        self.record(
            Edit {
                change,
                label: label.clone(),
            },
            at,
        );
        Ok((out, label))
    }

    /// Folds the oldest [`FOLD`] versions into the base: returns the new base, made from the
    /// `current` corpus, and forgets those versions. `None` while within the bound.
    pub fn fold(&mut self, current: &Corpus) -> Option<Corpus> {
        if self.versions.len() <= MAX_VERSIONS || self.applied < FOLD {
            return None;
        }
        let base = self.corpus_at(current, self.folded + FOLD).ok()?;
        self.versions.drain(..FOLD);
        self.applied -= FOLD;
        self.folded += FOLD;
        Some(base)
    }

    /// The current corpus from the `base`: every applied version in order. A version that no
    /// longer applies (a history from another copy of the corpus) ends the replay there, and
    /// the history is cut to what applied, so the corpus opens as it last was whole.
    pub fn replay(&mut self, mut base: Corpus) -> Corpus {
        for i in 0..self.applied {
            if self.versions[i].change.apply(&mut base).is_err() {
                self.versions.truncate(i);
                self.applied = i;
                break;
            }
        }
        base
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::{add_side, edit_claim, rename_side};
    use crate::testing::valid_corpus as corpus;

    fn side_edit(c: &Corpus, n: usize) -> (Corpus, Edit) {
        rename_side(c, "nato", &format!("NATO {n}")).unwrap()
    }

    #[test]
    fn undo_redo_and_a_new_edit_after_undo() {
        let base = corpus();
        let mut h = History::default();
        let (c1, e) = add_side(&base, "EU").unwrap();
        h.record(e, "t1".into());
        let claim = c1.claim("c3").unwrap().clone();
        let (c2, e) = edit_claim(
            &c1,
            crate::corpus::Claim {
                summary: "Bolton accuses Russia.".into(),
                ..claim
            },
        )
        .unwrap();
        h.record(e, "t2".into());
        assert_eq!(h.current(), 2);

        let (u, said) = h.undo(&c2).unwrap();
        assert_eq!(u, c1);
        assert!(said.starts_with("Undid: Changed the summary of John Bolton's claim"));
        let (u, _) = h.undo(&u).unwrap();
        assert_eq!(u, base);
        assert!(!h.can_undo());
        let (r, said) = h.redo(&u).unwrap();
        assert_eq!(r, c1);
        assert_eq!(said, "Redid: Added the side “EU”");
        assert!(h.can_redo());

        // A new edit drops what could be redone.
        let (c3, e) = side_edit(&r, 1);
        h.record(e, "t3".into());
        assert!(!h.can_redo());
        assert_eq!(h.versions.len(), 2);
        assert_eq!(h.replay(base.clone()), c3);
    }

    #[test]
    fn restore_is_a_new_version_and_export_sees_any_version() {
        let base = corpus();
        let mut h = History::default();
        let mut c = base.clone();
        let mut seen = vec![base.clone()];
        for n in 1..=4 {
            let (next, e) = side_edit(&c, n);
            h.record(e, format!("t{n}"));
            c = next;
            seen.push(c.clone());
        }
        for (n, want) in seen.iter().enumerate() {
            assert_eq!(&h.corpus_at(&c, n).unwrap(), want);
        }
        let (restored, label) = h.restore(&c, 1, "t5".into()).unwrap();
        assert_eq!(restored, seen[1]);
        assert_eq!(
            label,
            "Restored version 1 (Renamed the side “NATO” to “NATO 1”)"
        );
        assert_eq!(h.current(), 5);
        // Undoing the restore brings back what came after it.
        let (back, _) = h.undo(&restored).unwrap();
        assert_eq!(back, seen[4]);
        let (first, label) = h.restore(&back, 0, "t6".into()).unwrap();
        assert_eq!(first, base);
        assert_eq!(label, "Restored the corpus as first kept");
    }

    #[test]
    fn the_history_is_bounded_and_folds_its_oldest_into_the_base() {
        let mut base = corpus();
        let mut h = History::default();
        let mut c = base.clone();
        for n in 1..=MAX_VERSIONS + 1 {
            let (next, e) = side_edit(&c, n);
            let over = h.record(e, String::new());
            assert_eq!(over, n > MAX_VERSIONS);
            c = next;
            if over {
                base = h.fold(&c).unwrap();
            }
        }
        assert_eq!(h.versions.len(), MAX_VERSIONS + 1 - FOLD);
        assert_eq!(h.oldest(), FOLD);
        assert_eq!(h.current(), MAX_VERSIONS + 1);
        assert_eq!(base.side("nato").unwrap().name, format!("NATO {FOLD}"));
        assert_eq!(h.clone().replay(base.clone()), c);
        assert!(
            h.corpus_at(&c, FOLD - 1).is_err(),
            "folded versions are gone"
        );
        assert_eq!(
            h.version(FOLD + 1).unwrap().label,
            format!("Renamed the side “NATO {FOLD}” to “NATO {}”", FOLD + 1)
        );
        // The history survives its JSON.
        let json = serde_json::to_string(&h).unwrap();
        assert_eq!(serde_json::from_str::<History>(&json).unwrap(), h);
    }

    #[test]
    fn a_history_that_does_not_fit_its_base_opens_what_applied() {
        let base = corpus();
        let mut h = History::default();
        let (c1, e) = side_edit(&base, 1);
        h.record(e, String::new());
        let (_, e) = side_edit(&c1, 2);
        h.record(e, String::new());
        // Replayed on a base that already has the first change: nothing applies.
        let got = h.replay(c1.clone());
        assert_eq!(got, c1);
        assert_eq!(h.applied, 0);
        assert!(h.versions.is_empty());
    }
}
