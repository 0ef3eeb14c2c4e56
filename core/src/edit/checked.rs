//! An edit a person asked for, checked before it is kept: applied to a copy of the corpus and
//! checked by the same [`validate`] as the build and an import. A refused edit says why in
//! plain words and changes nothing.

use super::change::Change;
use crate::corpus::Corpus;
use crate::validate::validate;
use std::fmt;

/// A change with the words the history shows for it ("Changed the side of …").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edit {
    pub change: Change,
    pub label: String,
}

/// Why an edit was not kept, in plain words, one reason a line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refused(pub Vec<String>);

impl Refused {
    pub fn because(why: impl Into<String>) -> Refused {
        Refused(vec![why.into()])
    }
}

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.join(" "))
    }
}

/// `corpus` with `change` applied, when the result passes every check; else why not.
pub fn checked(corpus: &Corpus, change: Change, label: String) -> Result<(Corpus, Edit), Refused> {
    let mut out = corpus.clone();
    change
        .apply(&mut out)
        .map_err(|stale| Refused::because(format!("This was changed meanwhile: {}.", stale.0)))?;
    let problems = validate(&out);
    if !problems.is_empty() {
        return Err(Refused(
            problems
                .into_iter()
                .map(|p| format!("The corpus would break a rule: {}.", p.message))
                .collect(),
        ));
    }
    Ok((out, Edit { change, label }))
}
