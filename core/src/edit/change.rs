//! One saved change to a corpus, as data: what was there before and what is there after, so
//! the same value applies the change, undoes it ([`Change::inverse`]) and is kept in the
//! history. Applying checks that the corpus still holds the "before" (a change made on another
//! version is refused, never half-applied).

use crate::corpus::{Article, Claim, Corpus, Question, Side, Speaker};
use serde::{Deserialize, Serialize};

/// An item of one of the corpus's lists at a position: `before` `None` inserts `after` at `at`,
/// `after` `None` removes `before` from `at`, both replace it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slot<T> {
    pub at: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<T>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<T>,
}

impl<T: Clone> Slot<T> {
    fn inverse(&self) -> Slot<T> {
        Slot {
            at: self.at,
            before: self.after.clone(),
            after: self.before.clone(),
        }
    }
}

/// An article's details that are not its text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleMeta {
    pub outlet: String,
    pub title: String,
    pub published: String,
    pub url: String,
}

/// A change to a corpus.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    Claim(Box<Slot<Claim>>),
    /// A whole article, text included (added by a paste or a merge).
    Article(Box<Slot<Article>>),
    Speaker(Slot<Speaker>),
    Side(Slot<Side>),
    Question(Slot<Question>),
    /// A speaker now speaks for another side, and so do all of their claims (a claim's side is
    /// its speaker's).
    SpeakerSide {
        speaker: String,
        before: String,
        after: String,
    },
    ArticleMeta {
        article: String,
        before: ArticleMeta,
        after: ArticleMeta,
    },
    /// Several changes, applied in order, kept as one version.
    Many {
        changes: Vec<Change>,
    },
}

/// Why a change could not be applied: the corpus does not hold what it changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stale(pub String);

impl Change {
    /// A change to one claim.
    pub fn claim(slot: Slot<Claim>) -> Change {
        Change::Claim(Box::new(slot))
    }

    /// The items `after` holds past the end of each of `before`'s lists (articles, sides,
    /// speakers, questions, claims), as insertions; `None` when `after` is not `before` with
    /// items appended.
    pub fn appended(before: &Corpus, after: &Corpus) -> Option<Change> {
        fn tail<T: Clone + PartialEq>(
            a: &[T],
            b: &[T],
            wrap: impl Fn(Slot<T>) -> Change,
            out: &mut Vec<Change>,
        ) -> Option<()> {
            (b.len() >= a.len() && b[..a.len()] == *a).then_some(())?;
            out.extend(b[a.len()..].iter().enumerate().map(|(i, x)| {
                wrap(Slot {
                    at: a.len() + i,
                    before: None,
                    after: Some(x.clone()),
                })
            }));
            Some(())
        }
        let same = Corpus {
            articles: vec![],
            sides: vec![],
            speakers: vec![],
            questions: vec![],
            claims: vec![],
            ..before.clone()
        } == Corpus {
            articles: vec![],
            sides: vec![],
            speakers: vec![],
            questions: vec![],
            claims: vec![],
            ..after.clone()
        };
        if !same {
            return None;
        }
        let mut out = Vec::new();
        tail(&before.sides, &after.sides, Change::Side, &mut out)?;
        tail(&before.speakers, &after.speakers, Change::Speaker, &mut out)?;
        tail(
            &before.questions,
            &after.questions,
            Change::Question,
            &mut out,
        )?;
        let article = |s| Change::Article(Box::new(s));
        tail(&before.articles, &after.articles, article, &mut out)?;
        tail(&before.claims, &after.claims, Change::claim, &mut out)?;
        Some(Change::Many { changes: out })
    }

    /// The change that undoes this one.
    pub fn inverse(&self) -> Change {
        match self {
            Change::Claim(s) => Change::claim(s.inverse()),
            Change::Article(s) => Change::Article(Box::new(s.inverse())),
            Change::Speaker(s) => Change::Speaker(s.inverse()),
            Change::Side(s) => Change::Side(s.inverse()),
            Change::Question(s) => Change::Question(s.inverse()),
            Change::SpeakerSide {
                speaker,
                before,
                after,
            } => Change::SpeakerSide {
                speaker: speaker.clone(),
                before: after.clone(),
                after: before.clone(),
            },
            Change::ArticleMeta {
                article,
                before,
                after,
            } => Change::ArticleMeta {
                article: article.clone(),
                before: after.clone(),
                after: before.clone(),
            },
            Change::Many { changes } => Change::Many {
                changes: changes.iter().rev().map(Change::inverse).collect(),
            },
        }
    }

    /// Applies the change to `corpus`. When the corpus does not hold what the change expects,
    /// nothing is changed (a [`Change::Many`] is rolled back) and the error says what differed.
    pub fn apply(&self, corpus: &mut Corpus) -> Result<(), Stale> {
        match self {
            Change::Claim(s) => slot(&mut corpus.claims, s, "claim"),
            Change::Article(s) => slot(&mut corpus.articles, s, "article"),
            Change::Speaker(s) => slot(&mut corpus.speakers, s, "speaker"),
            Change::Side(s) => slot(&mut corpus.sides, s, "side"),
            Change::Question(s) => slot(&mut corpus.questions, s, "question"),
            Change::SpeakerSide {
                speaker,
                before,
                after,
            } => {
                let Some(s) = corpus.speakers.iter_mut().find(|s| s.id == *speaker) else {
                    return Err(Stale(format!("there is no speaker “{speaker}”")));
                };
                if s.side != *before {
                    return Err(Stale(format!(
                        "speaker “{speaker}” speaks for “{}”, not “{before}”",
                        s.side
                    )));
                }
                s.side = after.clone();
                for c in corpus.claims.iter_mut().filter(|c| c.speaker == *speaker) {
                    c.side = after.clone();
                }
                Ok(())
            }
            Change::ArticleMeta {
                article,
                before,
                after,
            } => {
                let Some(a) = corpus.articles.iter_mut().find(|a| a.id == *article) else {
                    return Err(Stale(format!("there is no article “{article}”")));
                };
                let now = ArticleMeta {
                    outlet: a.outlet.clone(),
                    title: a.title.clone(),
                    published: a.published.clone(),
                    url: a.url.clone(),
                };
                if now != *before {
                    return Err(Stale(format!("article “{article}” has changed since")));
                }
                a.outlet = after.outlet.clone();
                a.title = after.title.clone();
                a.published = after.published.clone();
                a.url = after.url.clone();
                Ok(())
            }
            Change::Many { changes } => {
                for (i, c) in changes.iter().enumerate() {
                    if let Err(e) = c.apply(corpus) {
                        for done in changes[..i].iter().rev() {
                            // Undoing what was just applied cannot find anything else there.
                            let _ = done.inverse().apply(corpus);
                        }
                        return Err(e);
                    }
                }
                Ok(())
            }
        }
    }
}

fn slot<T: Clone + PartialEq>(list: &mut Vec<T>, s: &Slot<T>, what: &str) -> Result<(), Stale> {
    let stale = || {
        Stale(format!(
            "the {what} at position {} has changed since",
            s.at + 1
        ))
    };
    match (&s.before, &s.after) {
        (Some(before), after) => {
            if list.get(s.at) != Some(before) {
                return Err(stale());
            }
            match after {
                Some(after) => list[s.at] = after.clone(),
                None => {
                    list.remove(s.at);
                }
            }
        }
        (None, Some(after)) => {
            if s.at > list.len() {
                return Err(stale());
            }
            list.insert(s.at, after.clone());
        }
        (None, None) => {}
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::sample_corpus;

    #[test]
    fn every_change_is_undone_by_its_inverse() {
        let corpus = sample_corpus();
        let claim = corpus.claims[0].clone();
        let speaker = corpus.speakers[0].clone();
        let other = corpus
            .sides
            .iter()
            .find(|s| s.id != speaker.side)
            .unwrap()
            .id
            .clone();
        let a = &corpus.articles[0];
        let meta = ArticleMeta {
            outlet: a.outlet.clone(),
            title: a.title.clone(),
            published: a.published.clone(),
            url: a.url.clone(),
        };
        let changes = [
            Change::claim(Slot {
                at: 0,
                before: Some(claim.clone()),
                after: Some(Claim {
                    summary: "changed".into(),
                    ..claim.clone()
                }),
            }),
            Change::claim(Slot {
                at: 0,
                before: Some(claim.clone()),
                after: None,
            }),
            Change::Side(Slot {
                at: corpus.sides.len(),
                before: None,
                after: Some(Side {
                    id: "new".into(),
                    name: "New".into(),
                }),
            }),
            Change::SpeakerSide {
                speaker: speaker.id.clone(),
                before: speaker.side.clone(),
                after: other,
            },
            Change::ArticleMeta {
                article: a.id.clone(),
                before: meta.clone(),
                after: ArticleMeta {
                    title: "Another title".into(),
                    ..meta
                },
            },
        ];
        for change in changes.iter().cloned().chain([Change::Many {
            changes: changes[..1].to_vec(),
        }]) {
            let mut c = corpus.clone();
            change.apply(&mut c).unwrap();
            assert_ne!(c, corpus, "{change:?} changed nothing");
            change.inverse().apply(&mut c).unwrap();
            assert_eq!(c, corpus, "{change:?} was not undone");
        }
    }

    #[test]
    fn a_change_made_on_another_version_is_refused_and_changes_nothing() {
        let corpus = sample_corpus();
        let claim = corpus.claims[0].clone();
        let edit = Change::claim(Slot {
            at: 0,
            before: Some(Claim {
                summary: "not what it says".into(),
                ..claim.clone()
            }),
            after: Some(claim.clone()),
        });
        let mut c = corpus.clone();
        assert!(edit.apply(&mut c).is_err());
        assert_eq!(c, corpus);
        // The first part of a Many applies, the second is stale: both are rolled back.
        let many = Change::Many {
            changes: vec![
                Change::claim(Slot {
                    at: 0,
                    before: Some(claim.clone()),
                    after: None,
                }),
                edit,
            ],
        };
        assert!(many.apply(&mut c).is_err());
        assert_eq!(c, corpus);
    }

    #[test]
    fn what_was_appended_is_one_change() {
        let before = crate::testing::valid_corpus();
        let mut after = before.clone();
        after.sides.push(Side {
            id: "eu".into(),
            name: "EU".into(),
        });
        after.articles.push(after.articles[0].clone());
        after.articles[2].id = "a3".into();
        after.claims.push(after.claims[0].clone());
        let change = Change::appended(&before, &after).unwrap();
        let mut c = before.clone();
        change.apply(&mut c).unwrap();
        assert_eq!(c, after);
        after.claims.remove(0);
        assert_eq!(
            Change::appended(&before, &after),
            None,
            "a claim went: not appended"
        );
    }

    #[test]
    fn changes_survive_their_json() {
        let corpus = sample_corpus();
        let change = Change::Many {
            changes: vec![Change::claim(Slot {
                at: 1,
                before: Some(corpus.claims[0].clone()),
                after: None,
            })],
        };
        let json = serde_json::to_string(&change).unwrap();
        assert_eq!(serde_json::from_str::<Change>(&json).unwrap(), change);
    }
}
