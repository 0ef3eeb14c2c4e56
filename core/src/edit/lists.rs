//! Edits to the corpus's sides and questions: add, rename, move in the order, and delete, where
//! deleting one still in use must say where its speakers or claims go (which is how two are
//! merged).

use super::change::{Change, Slot};
use super::checked::{checked, Edit, Refused};
use crate::corpus::{Claim, Corpus, Question, Side};
use crate::paste::{slug, unique_id};
use crate::text::{count, quoted};

fn name_of(name: &str, what: &str) -> Result<String, Refused> {
    let name = name.trim();
    if name.is_empty() {
        return Err(Refused::because(format!("A {what} needs a name.")));
    }
    Ok(name.to_owned())
}

fn side_at(corpus: &Corpus, id: &str) -> Result<usize, Refused> {
    corpus
        .sides
        .iter()
        .position(|s| s.id == id)
        .ok_or_else(|| Refused::because(format!("There is no side “{id}” any more.")))
}

fn question_at(corpus: &Corpus, id: &str) -> Result<usize, Refused> {
    corpus
        .questions
        .iter()
        .position(|q| q.id == id)
        .ok_or_else(|| Refused::because(format!("There is no question “{id}” any more.")))
}

/// A new side named `name`, last in the order.
pub fn add_side(corpus: &Corpus, name: &str) -> Result<(Corpus, Edit), Refused> {
    let name = name_of(name, "side")?;
    let id = unique_id(&slug(&name), |x| corpus.side(x).is_some());
    let label = format!("Added the side {}", quoted(&name));
    let change = Change::Side(Slot {
        at: corpus.sides.len(),
        before: None,
        after: Some(Side { id, name }),
    });
    checked(corpus, change, label)
}

/// The side `id` named `name` (its id, and so every link to it, stays).
pub fn rename_side(corpus: &Corpus, id: &str, name: &str) -> Result<(Corpus, Edit), Refused> {
    let at = side_at(corpus, id)?;
    let name = name_of(name, "side")?;
    let before = corpus.sides[at].clone();
    let label = format!(
        "Renamed the side {} to {}",
        quoted(&before.name),
        quoted(&name)
    );
    let change = Change::Side(Slot {
        at,
        before: Some(before.clone()),
        after: Some(Side { name, ..before }),
    });
    checked(corpus, change, label)
}

/// The side `id` moved `by` places in the order (negative: earlier).
pub fn move_side(corpus: &Corpus, id: &str, by: isize) -> Result<(Corpus, Edit), Refused> {
    let (side, change) = moved(&corpus.sides, side_at(corpus, id)?, by, Change::Side)?;
    let label = format!("Moved the side {} {}", quoted(&side.name), direction(by));
    checked(corpus, change, label)
}

fn direction(by: isize) -> &'static str {
    if by < 0 {
        "up"
    } else {
        "down"
    }
}

/// The item at `at` of `items`, and the change that moves it `by` places (within the list);
/// refused when it would not move.
fn moved<T: Clone>(
    items: &[T],
    at: usize,
    by: isize,
    wrap: fn(Slot<T>) -> Change,
) -> Result<(T, Change), Refused> {
    let to = at.saturating_add_signed(by).min(items.len() - 1);
    if to == at {
        return Err(Refused::because("It is already there."));
    }
    let item = items[at].clone();
    let change = Change::Many {
        changes: vec![
            wrap(Slot {
                at,
                before: Some(item.clone()),
                after: None,
            }),
            wrap(Slot {
                at: to,
                before: None,
                after: Some(item.clone()),
            }),
        ],
    };
    Ok((item, change))
}

/// Deletes the side `id`. When speakers still speak for it, `move_to` must name the side they
/// (and their claims) go to; this merges the two sides.
pub fn delete_side(
    corpus: &Corpus,
    id: &str,
    move_to: Option<&str>,
) -> Result<(Corpus, Edit), Refused> {
    let at = side_at(corpus, id)?;
    let side = corpus.sides[at].clone();
    let speakers: Vec<&str> = corpus
        .speakers
        .iter()
        .filter(|s| s.side == id)
        .map(|s| s.id.as_str())
        .collect();
    let claims = corpus.claims.iter().filter(|c| c.side == id).count();
    let mut changes = Vec::new();
    let label = match move_to.filter(|_| !speakers.is_empty()) {
        None if !speakers.is_empty() => {
            return Err(Refused::because(format!(
                "The side {} still has {} with {}. Choose the side they move to before \
                 deleting it.",
                quoted(&side.name),
                count(speakers.len(), "speaker"),
                count(claims, "claim")
            )))
        }
        None => format!("Deleted the side {}", quoted(&side.name)),
        Some(to) => {
            let Some(target) = corpus.side(to).filter(|t| t.id != id) else {
                return Err(Refused::because("Choose another side for its speakers."));
            };
            for s in &speakers {
                changes.push(Change::SpeakerSide {
                    speaker: (*s).to_owned(),
                    before: id.to_owned(),
                    after: to.to_owned(),
                });
            }
            format!(
                "Merged the side {} into {} ({} moved)",
                quoted(&side.name),
                quoted(&target.name),
                count(claims, "claim")
            )
        }
    };
    changes.push(Change::Side(Slot {
        at,
        before: Some(side),
        after: None,
    }));
    checked(corpus, Change::Many { changes }, label)
}

/// A new question, last in the order; `short` names it in compact views and may be empty.
pub fn add_question(corpus: &Corpus, text: &str, short: &str) -> Result<(Corpus, Edit), Refused> {
    let text = name_of(text, "question")?;
    let base = format!(
        "q-{}",
        slug(if short.trim().is_empty() {
            &text
        } else {
            short
        })
    );
    let id = unique_id(&base, |x| corpus.question(x).is_some());
    let label = format!("Added the question {}", quoted(&text));
    let change = Change::Question(Slot {
        at: corpus.questions.len(),
        before: None,
        after: Some(Question {
            id,
            text,
            short: short.trim().to_owned(),
        }),
    });
    checked(corpus, change, label)
}

/// The question `id` worded `text` (and `short`); its id stays.
pub fn rename_question(
    corpus: &Corpus,
    id: &str,
    text: &str,
    short: &str,
) -> Result<(Corpus, Edit), Refused> {
    let at = question_at(corpus, id)?;
    let text = name_of(text, "question")?;
    let before = corpus.questions[at].clone();
    let label = format!("Reworded the question {}", quoted(&before.text));
    let change = Change::Question(Slot {
        at,
        before: Some(before.clone()),
        after: Some(Question {
            text,
            short: short.trim().to_owned(),
            ..before
        }),
    });
    checked(corpus, change, label)
}

/// The question `id` moved `by` places in the order (negative: earlier).
pub fn move_question(corpus: &Corpus, id: &str, by: isize) -> Result<(Corpus, Edit), Refused> {
    let (q, change) = moved(
        &corpus.questions,
        question_at(corpus, id)?,
        by,
        Change::Question,
    )?;
    let label = format!("Moved the question {} {}", quoted(&q.text), direction(by));
    checked(corpus, change, label)
}

/// Deletes the question `id`. When claims still speak to it, `move_to` must name the question
/// they speak to instead (with their stance, unless they already have one there): this merges
/// the two questions.
pub fn delete_question(
    corpus: &Corpus,
    id: &str,
    move_to: Option<&str>,
) -> Result<(Corpus, Edit), Refused> {
    let at = question_at(corpus, id)?;
    let question = corpus.questions[at].clone();
    let using: Vec<(usize, &Claim)> = corpus
        .claims
        .iter()
        .enumerate()
        .filter(|(_, c)| c.questions.iter().any(|q| q == id))
        .collect();
    let mut changes = Vec::new();
    let label = match move_to.filter(|_| !using.is_empty()) {
        None if !using.is_empty() => {
            return Err(Refused::because(format!(
                "{} still speak to the question {}. Choose the question they speak to instead \
                 before deleting it.",
                count(using.len(), "claim"),
                quoted(&question.text)
            )))
        }
        None => format!("Deleted the question {}", quoted(&question.text)),
        Some(to) => {
            let Some(target) = corpus.question(to).filter(|t| t.id != id) else {
                return Err(Refused::because("Choose another question for its claims."));
            };
            for (i, c) in &using {
                let mut after = (*c).clone();
                after.questions.retain(|q| q != id);
                if !after.questions.iter().any(|q| q == to) {
                    after.questions.push(to.to_owned());
                }
                if let Some(s) = after.stance.remove(id) {
                    after.stance.entry(to.to_owned()).or_insert(s);
                }
                changes.push(Change::claim(Slot {
                    at: *i,
                    before: Some((*c).clone()),
                    after: Some(after),
                }));
            }
            format!(
                "Merged the question {} into {} ({} moved)",
                quoted(&question.text),
                quoted(&target.text),
                count(using.len(), "claim")
            )
        }
    };
    changes.push(Change::Question(Slot {
        at,
        before: Some(question),
        after: None,
    }));
    checked(corpus, Change::Many { changes }, label)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::valid_corpus as corpus;

    #[test]
    fn sides_are_added_renamed_and_moved_by_name() {
        let c = corpus();
        let (c, e) = add_side(&c, " European Union ").unwrap();
        assert_eq!(c.sides[2].id, "european-union");
        assert_eq!(e.label, "Added the side “European Union”");
        let (c, e) = rename_side(&c, "european-union", "EU").unwrap();
        assert_eq!(c.side("european-union").unwrap().name, "EU");
        assert_eq!(e.label, "Renamed the side “European Union” to “EU”");
        let (c, _) = move_side(&c, "european-union", -2).unwrap();
        assert_eq!(c.sides[0].id, "european-union");
        assert_eq!(
            rename_side(&c, "nato", "  ").unwrap_err().0,
            ["A side needs a name."]
        );
    }

    #[test]
    fn a_side_in_use_is_deleted_only_with_somewhere_to_go() {
        let c = corpus();
        let refused = delete_side(&c, "russia", None).unwrap_err();
        assert_eq!(
            refused.0,
            ["The side “Russia” still has 1 speaker with 2 claims. Choose the side they move to \
              before deleting it."]
        );
        let (out, e) = delete_side(&c, "russia", Some("nato")).unwrap();
        assert!(out.side("russia").is_none());
        assert!(out.claims.iter().all(|c| c.side == "nato"));
        assert_eq!(
            e.label,
            "Merged the side “Russia” into “NATO” (2 claims moved)"
        );
        let mut back = out;
        e.change.inverse().apply(&mut back).unwrap();
        assert_eq!(back, c);
    }

    #[test]
    fn a_question_in_use_is_merged_into_another() {
        let c = corpus();
        let (c, _) = add_question(&c, "Is the treaty dead?", "Dead").unwrap();
        assert_eq!(c.questions[2].id, "q-dead");
        let (up, e) = move_question(&c, "q-dead", -1).unwrap();
        assert_eq!(up.questions[1].id, "q-dead");
        assert_eq!(e.label, "Moved the question “Is the treaty dead?” up");
        assert_eq!(
            move_question(&c, "q-violation", -1).unwrap_err().0,
            ["It is already there."]
        );
        assert!(delete_question(&c, "q-violation", None).is_err());
        let (out, e) = delete_question(&c, "q-violation", Some("q-dead")).unwrap();
        assert_eq!(out.claim("c1").unwrap().questions, ["q-dead"]);
        assert_eq!(
            e.label,
            "Merged the question “Did Russia violate the treaty?” into “Is the treaty dead?” (1 \
             claim moved)"
        );
        let (out, _) = delete_question(&out, "q-race", None).unwrap();
        assert_eq!(out.questions.len(), 1);
    }
}
