//! Edits to one claim: its fields (speaker, side, questions and stances, kind, attribution,
//! summary, quote), deleting it, splitting it in two, and a new quote from a selection of its
//! article's text. Each returns the checked corpus and the history's words for it.

use super::change::{Change, Slot};
use super::checked::{checked, Edit, Refused};
use crate::corpus::{char_len, char_slice, Claim, Corpus};
use crate::paste::unique_id;
use crate::text::{and_list, count, quoted, shorten};

/// "Vladimir Putin's claim “Russia would respond”", as the history names a claim.
pub fn claim_name(corpus: &Corpus, claim: &Claim) -> String {
    let who = corpus
        .speaker(&claim.speaker)
        .map_or(claim.speaker.as_str(), |s| s.name.as_str());
    format!("{who}'s claim {}", quoted(&shorten(&claim.quote, 40)))
}

fn position(corpus: &Corpus, id: &str) -> Result<usize, Refused> {
    corpus
        .claims
        .iter()
        .position(|c| c.id == id)
        .ok_or_else(|| Refused::because(format!("There is no claim “{id}” any more.")))
}

/// Replaces the claim with `after`'s id by `after`. A claim's side is its speaker's: a new side
/// moves the speaker, with all of their claims, to that side (the history says how many).
/// Stances on questions the claim no longer speaks to are dropped.
pub fn edit_claim(corpus: &Corpus, mut after: Claim) -> Result<(Corpus, Edit), Refused> {
    let at = position(corpus, &after.id)?;
    let before = &corpus.claims[at];
    after.summary = after.summary.trim().to_owned();
    after.stance.retain(|q, _| after.questions.contains(q));
    let Some(speaker) = corpus.speaker(&after.speaker) else {
        return Err(Refused::because("Choose who makes this claim."));
    };
    if corpus.side(&after.side).is_none() {
        return Err(Refused::because("Choose the side this claim is on."));
    }
    if after == *before {
        return Err(Refused::because("Nothing was changed."));
    }
    let mut changes = Vec::new();
    let mut moved = before.clone();
    if speaker.side != after.side {
        changes.push(Change::SpeakerSide {
            speaker: speaker.id.clone(),
            before: speaker.side.clone(),
            after: after.side.clone(),
        });
        if moved.speaker == speaker.id {
            moved.side = after.side.clone();
        }
    }
    let label = claim_label(corpus, before, &after);
    if moved != after {
        changes.push(Change::claim(Slot {
            at,
            before: Some(moved),
            after: Some(after),
        }));
    }
    let change = match changes.len() {
        1 => changes.remove(0),
        _ => Change::Many { changes },
    };
    checked(corpus, change, label)
}

/// "Changed the side of Vladimir Putin's claim “…” to NATO (and of their 2 other claims)", or
/// "Changed the questions and summary of …".
fn claim_label(corpus: &Corpus, before: &Claim, after: &Claim) -> String {
    let mut fields = Vec::new();
    let differs = [
        ("speaker", before.speaker != after.speaker),
        ("side", before.side != after.side),
        ("questions", before.questions != after.questions),
        ("stances", before.stance != after.stance),
        ("kind", before.kind != after.kind),
        ("attribution", before.attribution != after.attribution),
        ("summary", before.summary != after.summary),
        (
            "quote",
            (before.paragraph.as_str(), before.start, before.end)
                != (after.paragraph.as_str(), after.start, after.end),
        ),
    ];
    fields.extend(differs.iter().filter(|(_, d)| *d).map(|(f, _)| *f));
    let name = claim_name(corpus, before);
    let mut label = format!("Changed the {} of {name}", and_list(&fields));
    if fields == ["side"] {
        let side = corpus
            .side(&after.side)
            .map_or(after.side.as_str(), |s| s.name.as_str());
        label.push_str(&format!(" to {side}"));
    }
    if before.side != after.side {
        let others = corpus
            .claims
            .iter()
            .filter(|c| c.speaker == after.speaker && c.id != after.id)
            .count();
        if others > 0 {
            label.push_str(&format!(" (and of their {})", count(others, "other claim")));
        }
    }
    label
}

/// The claim `id` quoting chars `start..end` of paragraph `paragraph` instead, as a person
/// selected them in the article: the quote is the text there, verbatim. Refused when the
/// selection is empty, leaves the paragraph, or is in another article.
pub fn requote(
    corpus: &Corpus,
    id: &str,
    paragraph: &str,
    start: usize,
    end: usize,
) -> Result<Claim, Refused> {
    let claim = &corpus.claims[position(corpus, id)?];
    let Some(p) = corpus
        .article(&claim.article)
        .and_then(|a| a.paragraph(paragraph))
    else {
        return Err(Refused::because(
            "The selection must lie in one paragraph of the claim's own article.",
        ));
    };
    let Some(quote) = char_slice(&p.text, start, end) else {
        return Err(Refused::because(format!(
            "The selection goes beyond its paragraph, which has {}. Select words within one \
             paragraph.",
            count(char_len(&p.text), "character")
        )));
    };
    // The quote is the words selected, without the spaces around them.
    let lead = char_len(quote) - char_len(quote.trim_start());
    let trail = char_len(quote) - char_len(quote.trim_end());
    let (start, end) = (start + lead, end.saturating_sub(trail).max(start + lead));
    if start >= end {
        return Err(Refused::because("Select the words of the quote first."));
    }
    Ok(Claim {
        paragraph: p.id.clone(),
        quote: char_slice(&p.text, start, end)
            .unwrap_or_default()
            .to_owned(),
        start,
        end,
        ..claim.clone()
    })
}

/// Where a person's selection of the article's text begins and ends: each end's paragraph
/// (`None` when it is outside the article's paragraphs) and its char offset in that paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Selection {
    pub start: Option<(String, usize)>,
    pub end: Option<(String, usize)>,
}

/// The claim `id` quoting the words a person selected (`None`: nothing is selected), or why
/// the selection cannot be its quote.
pub fn requote_selection(
    corpus: &Corpus,
    id: &str,
    selection: Option<&Selection>,
) -> Result<Claim, Refused> {
    let Some(sel) = selection else {
        return Err(Refused::because(
            "Select the words of the quote in the article first (in the Read view).",
        ));
    };
    match (&sel.start, &sel.end) {
        (Some((p, a)), Some((q, b))) if p == q => requote(corpus, id, p, *a.min(b), *a.max(b)),
        (Some(_), Some(_)) => Err(Refused::because(
            "The selection spans two paragraphs; a quote lies within one. Select words within \
             one paragraph.",
        )),
        _ => Err(Refused::because(
            "The selection must lie in one paragraph of the claim's own article.",
        )),
    }
}

/// The claim `id` split where the person's selection ends: the words up to there stay the
/// claim, the rest become a second one. Refused unless the selection ends inside the quote.
pub fn split_at_selection(
    corpus: &Corpus,
    id: &str,
    selection: Option<&Selection>,
) -> Result<(Corpus, Edit), Refused> {
    let claim = &corpus.claims[position(corpus, id)?];
    let end = selection.and_then(|s| match (&s.start, &s.end) {
        (Some((p, a)), Some((q, b))) if p == q && *p == claim.paragraph => Some(*a.max(b)),
        _ => None,
    });
    match end {
        Some(end) if end > claim.start && end < claim.end => {
            split_claim(corpus, id, end - claim.start)
        }
        _ => Err(Refused::because(
            "Select the words of the first part in the article, ending inside the quote: they \
             stay this claim, and the rest becomes a new one.",
        )),
    }
}

/// The corpus without the claim `id`.
pub fn delete_claim(corpus: &Corpus, id: &str) -> Result<(Corpus, Edit), Refused> {
    let at = position(corpus, id)?;
    let before = corpus.claims[at].clone();
    let label = format!("Deleted {}", claim_name(corpus, &before));
    let change = Change::claim(Slot {
        at,
        before: Some(before),
        after: None,
    });
    checked(corpus, change, label)
}

/// The claim `id` as two claims, its quote cut at char `at` of the quote: the first keeps the
/// id, the second gets a new one and the same speaker, questions and stances.
pub fn split_claim(corpus: &Corpus, id: &str, at: usize) -> Result<(Corpus, Edit), Refused> {
    let i = position(corpus, id)?;
    let claim = &corpus.claims[i];
    let paragraph = claim.paragraph.clone();
    let cut = claim.start + at;
    let first = requote(corpus, id, &paragraph, claim.start, cut);
    let second = requote(corpus, id, &paragraph, cut, claim.end);
    let (Ok(first), Ok(mut second)) = (first, second) else {
        return Err(Refused::because(
            "Choose where to split the quote: both parts need words.",
        ));
    };
    second.id = unique_id(&format!("{id}-2"), |x| corpus.claim(x).is_some());
    let label = format!("Split {} in two", claim_name(corpus, claim));
    let change = Change::Many {
        changes: vec![
            Change::claim(Slot {
                at: i,
                before: Some(claim.clone()),
                after: Some(first),
            }),
            Change::claim(Slot {
                at: i + 1,
                before: None,
                after: Some(second),
            }),
        ],
    };
    checked(corpus, change, label)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Stance;
    use crate::testing::valid_corpus as corpus;

    #[test]
    fn a_new_side_moves_the_speaker_with_all_their_claims() {
        let c = corpus();
        let claim = c.claim("c1").unwrap().clone();
        let (out, edit) = edit_claim(
            &c,
            Claim {
                side: "nato".into(),
                ..claim
            },
        )
        .unwrap();
        assert_eq!(out.speaker("putin").unwrap().side, "nato");
        assert!(out
            .claims
            .iter()
            .filter(|c| c.speaker == "putin")
            .all(|c| c.side == "nato"));
        assert_eq!(
            edit.label,
            "Changed the side of Vladimir Putin's claim “Russia would respond” to NATO (and of \
             their 1 other claim)"
        );
        let mut back = out.clone();
        edit.change.inverse().apply(&mut back).unwrap();
        assert_eq!(back, c);
    }

    #[test]
    fn questions_and_stances_are_kept_and_stances_follow_the_questions() {
        let c = corpus();
        let claim = c.claim("c1").unwrap().clone();
        let mut after = claim.clone();
        after.questions = vec!["q-race".into()];
        after.stance = [
            ("q-race".to_owned(), Stance::Yes),
            ("q-violation".to_owned(), Stance::No),
        ]
        .into();
        let (out, edit) = edit_claim(&c, after).unwrap();
        let kept = out.claim("c1").unwrap();
        assert_eq!(kept.questions, ["q-race"]);
        assert_eq!(
            kept.stance.len(),
            1,
            "the stance on a dropped question goes"
        );
        assert_eq!(
            edit.label,
            "Changed the questions and stances of Vladimir Putin's claim “Russia would respond”"
        );
    }

    #[test]
    fn refused_edits_say_why_and_change_nothing() {
        let c = corpus();
        let claim = c.claim("c1").unwrap().clone();
        let nothing = edit_claim(&c, claim.clone()).unwrap_err();
        assert_eq!(nothing.0, ["Nothing was changed."]);
        let nobody = edit_claim(
            &c,
            Claim {
                speaker: "nobody".into(),
                ..claim.clone()
            },
        )
        .unwrap_err();
        assert_eq!(nobody.0, ["Choose who makes this claim."]);
        // A quote that is not the text at its offsets breaks validate's rule.
        let forged = edit_claim(
            &c,
            Claim {
                quote: "Russia would not respond".into(),
                ..claim
            },
        )
        .unwrap_err();
        assert!(
            forged.0[0].starts_with("The corpus would break a rule:"),
            "{forged}"
        );
    }

    #[test]
    fn a_selection_becomes_a_verbatim_quote_or_is_refused() {
        let c = corpus();
        let p = &c.article("a1").unwrap().paragraphs[0].text;
        let from = p.find("Russia").unwrap();
        let got = requote(&c, "c1", "a1-p1", from - 1, from + 6).unwrap();
        assert_eq!(
            got.quote, "Russia",
            "the space before is not part of the quote"
        );
        assert_eq!(got.start, from);
        let long = requote(&c, "c1", "a1-p1", 0, 10_000).unwrap_err();
        assert!(long.0[0].starts_with("The selection goes beyond its paragraph"));
        let elsewhere = requote(&c, "c1", "a2-p1", 0, 3).unwrap_err();
        assert_eq!(
            elsewhere.0,
            ["The selection must lie in one paragraph of the claim's own article."]
        );
        let (out, edit) = edit_claim(&c, got).unwrap();
        assert_eq!(out.claim("c1").unwrap().quote, "Russia");
        assert!(
            edit.label.starts_with("Changed the quote of"),
            "{}",
            edit.label
        );
    }

    #[test]
    fn a_selection_across_paragraphs_or_outside_is_refused() {
        let c = corpus();
        let at = |p: &str, n| Some((p.to_owned(), n));
        let across = Selection {
            start: at("a1-p1", 0),
            end: at("a1-p2", 3),
        };
        assert!(requote_selection(&c, "c1", Some(&across)).unwrap_err().0[0]
            .starts_with("The selection spans two paragraphs"));
        let outside = Selection {
            start: None,
            end: at("a1-p2", 3),
        };
        assert_eq!(
            requote_selection(&c, "c1", Some(&outside)).unwrap_err().0,
            ["The selection must lie in one paragraph of the claim's own article."]
        );
        assert!(requote_selection(&c, "c1", None).is_err());
        // Selected backwards: the same words.
        let back = Selection {
            start: at("a1-p1", 17),
            end: at("a1-p1", 11),
        };
        assert_eq!(
            requote_selection(&c, "c1", Some(&back)).unwrap().quote,
            "Russia"
        );
    }

    #[test]
    fn delete_and_split() {
        let c = corpus();
        let (out, edit) = delete_claim(&c, "c1").unwrap();
        assert!(out.claim("c1").is_none());
        assert_eq!(
            edit.label,
            "Deleted Vladimir Putin's claim “Russia would respond”"
        );
        let (out, _) = split_claim(&c, "c1", 6).unwrap();
        assert_eq!(out.claim("c1").unwrap().quote, "Russia");
        assert_eq!(out.claim("c1-2").unwrap().quote, "would respond");
        assert!(split_claim(&c, "c1", 0).is_err());
        // From a selection ending after "Russia" (chars 11..17 of a1-p1).
        let sel = |end| Selection {
            start: Some(("a1-p1".into(), 11)),
            end: Some(("a1-p1".into(), end)),
        };
        let (out, e) = split_at_selection(&c, "c1", Some(&sel(17))).unwrap();
        assert_eq!(out.claim("c1-2").unwrap().quote, "would respond");
        assert_eq!(
            e.label,
            "Split Vladimir Putin's claim “Russia would respond” in two"
        );
        assert!(
            split_at_selection(&c, "c1", Some(&sel(31))).is_err(),
            "ends after the quote"
        );
        assert!(split_at_selection(&c, "c1", None).is_err());
    }
}
