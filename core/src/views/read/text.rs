//! The Read screen's text: each paragraph cut into parts (plain text, a claim's highlighted
//! stretch, a side label of its own) with events and search matches inside; the paragraphs set
//! aside; the claims whose words could not be placed. Claims count their offsets in chars; the
//! text is cut in bytes, and every conversion goes through [`CharIndex`].

use super::spans;
use crate::corpus::{Article, CharIndex, Claim, Corpus, Event, Paragraph, ParagraphKind};
use crate::index::{highlight, Query};
use crate::text::count;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

/// Whether a paragraph of this kind is part of the text as read (not set aside).
pub fn in_text(kind: ParagraphKind) -> bool {
    matches!(
        kind,
        ParagraphKind::Body | ParagraphKind::Subheading | ParagraphKind::Caption
    )
}

/// An event around a piece of text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventMark<'a> {
    pub event: &'a Event,
    /// The piece is the first of the event's words: it carries the event's id and date.
    pub first: bool,
    /// The first piece of an event outside any claim: the address's `#event-<id>` may focus it
    /// (inside a claim's button nothing else may take the focus).
    pub focusable: bool,
}

/// A stretch of text inside the same events and search matches.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece<'a> {
    pub text: &'a str,
    /// It lies in a search match.
    pub hit: bool,
    /// The events around it, outermost (earliest start) first.
    pub events: Vec<EventMark<'a>>,
}

/// One element of a paragraph as drawn, in text order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Part<'a> {
    /// Text in no claim.
    Plain(Piece<'a>),
    /// A stretch of text highlighted for its innermost claim.
    Claim {
        claim: &'a Claim,
        /// The name of the claim's side (its id when the corpus has no such side).
        side: &'a str,
        /// The first stretch of the claim: it carries the side label and the focus.
        head: bool,
        /// How many claims cover this stretch, when more than one.
        overlap: Option<usize>,
        pieces: Vec<Piece<'a>>,
    },
    /// The side label of a claim whose words another claim covers exactly (it has no stretch
    /// of its own): it takes the claim's focus, just before the words.
    Label { claim: &'a Claim, side: &'a str },
}

/// One of the paragraph's claims and where its words are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClaimSpan<'a> {
    pub claim: &'a Claim,
    /// The byte range of its words in the paragraph's text; `None` when its offsets are empty,
    /// reversed or past the end (it is not drawn).
    pub range: Option<Range<usize>>,
}

/// A paragraph cut up for drawing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Para<'a> {
    pub paragraph: &'a Paragraph,
    /// Its claims, corpus order.
    pub claims: Vec<ClaimSpan<'a>>,
    pub parts: Vec<Part<'a>>,
}

impl Para<'_> {
    /// What a paragraph set aside is: "Credit" or "Page chrome".
    pub fn aside_label(&self) -> &'static str {
        match self.paragraph.kind {
            ParagraphKind::Credit => "Credit",
            _ => "Page chrome",
        }
    }
}

/// The article's text, cut up for drawing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text<'a> {
    /// The paragraphs read as the text (see [`in_text`]), in order.
    pub paragraphs: Vec<Para<'a>>,
    /// Page chrome and credit lines, in order.
    pub set_aside: Vec<Para<'a>>,
    /// The article's claims (corpus order) whose words could not be found where the corpus
    /// says: no such paragraph, or offsets that do not fit it.
    pub unplaced: Vec<&'a Claim>,
}

impl<'a> Text<'a> {
    /// The text of `a` (an article of `corpus`) with its claims and events, and the matches of
    /// `query` marked.
    pub fn new(corpus: &'a Corpus, a: &'a Article, query: &Query) -> Text<'a> {
        // One pass over the corpus groups this article's claims and events by paragraph.
        let mut claims_of: HashMap<&str, Vec<&Claim>> = HashMap::new();
        for c in corpus.claims.iter().filter(|c| c.article == a.id) {
            claims_of.entry(c.paragraph.as_str()).or_default().push(c);
        }
        let mut events_of: HashMap<&str, Vec<&Event>> = HashMap::new();
        for e in corpus.events.iter().filter(|e| e.article == a.id) {
            events_of.entry(e.paragraph.as_str()).or_default().push(e);
        }
        let side =
            |c: &'a Claim| -> &'a str { corpus.side(&c.side).map_or(c.side.as_str(), |s| &s.name) };
        let mut placed: HashSet<&str> = HashSet::new();
        let mut paragraphs = Vec::new();
        let mut set_aside = Vec::new();
        for p in &a.paragraphs {
            let claims = claims_of.remove(p.id.as_str()).unwrap_or_default();
            let events = events_of.remove(p.id.as_str()).unwrap_or_default();
            let para = cut(p, claims, &events, query, side);
            placed.extend(
                para.claims
                    .iter()
                    .filter(|c| c.range.is_some())
                    .map(|c| c.claim.id.as_str()),
            );
            if in_text(p.kind) {
                paragraphs.push(para);
            } else {
                set_aside.push(para);
            }
        }
        let unplaced = corpus
            .claims
            .iter()
            .filter(|c| c.article == a.id && !placed.contains(c.id.as_str()))
            .collect();
        Text {
            paragraphs,
            set_aside,
            unplaced,
        }
    }

    /// "Page chrome and credit set aside (2 lines)".
    pub fn set_aside_summary(&self) -> String {
        format!(
            "Page chrome and credit set aside ({})",
            count(self.set_aside.len(), "line")
        )
    }

    /// The note above the claims that could not be placed.
    pub fn unplaced_summary(&self) -> String {
        format!(
            "{} of this article could not be placed in the text (the paragraph or the offsets do not match):",
            count(self.unplaced.len(), "claim")
        )
    }
}

/// The byte range of the char range `start..end` of the indexed text; `None` when it is empty,
/// reversed or reaches past the end.
fn byte_range(idx: &CharIndex, start: usize, end: usize) -> Option<Range<usize>> {
    if start >= end {
        return None;
    }
    Some(idx.byte(start)?..idx.byte(end)?)
}

/// Paragraph `p` cut at its claims, events and the matches of `query`.
fn cut<'a>(
    p: &'a Paragraph,
    claims: Vec<&'a Claim>,
    events: &[&'a Event],
    query: &Query,
    side: impl Fn(&'a Claim) -> &'a str,
) -> Para<'a> {
    let text = p.text.as_str();
    // Most paragraphs hold no claim and no event: they need no index.
    let idx = (!claims.is_empty() || !events.is_empty()).then(|| CharIndex::new(text));
    let range = |start, end| idx.as_ref().and_then(|idx| byte_range(idx, start, end));
    let claim_ranges: Vec<Option<Range<usize>>> =
        claims.iter().map(|c| range(c.start, c.end)).collect();
    let event_ranges: Vec<Option<Range<usize>>> =
        events.iter().map(|e| range(e.start, e.end)).collect();
    let hits: Vec<Range<usize>> = if query.is_empty() {
        Vec::new()
    } else {
        highlight(text, query)
            .into_iter()
            .map(|(s, e)| s..e)
            .collect()
    };
    let layout = spans::layout(text.len(), &claim_ranges, &event_ranges, &hits, |i| {
        text.is_char_boundary(i)
    });

    let piece = |p: &spans::Piece, in_claim: bool| -> Piece<'a> {
        let events = p
            .events
            .iter()
            .map(|&ei| {
                let first = event_ranges[ei]
                    .as_ref()
                    .is_some_and(|r| r.start == p.range.start);
                EventMark {
                    event: events[ei],
                    first,
                    focusable: first && !in_claim,
                }
            })
            .collect();
        Piece {
            text: text.get(p.range.clone()).unwrap_or_default(),
            hit: p.hit,
            events,
        }
    };
    let mut parts = Vec::with_capacity(layout.groups.len());
    for (gi, g) in layout.groups.iter().enumerate() {
        // Claims covering exactly the text of another get a label of their own.
        for (ci, &c) in claims.iter().enumerate() {
            if layout.starts[ci] == Some(gi) && layout.heads[ci].is_none() {
                parts.push(Part::Label {
                    claim: c,
                    side: side(c),
                });
            }
        }
        let in_claim = g.inner.is_some();
        let pieces = g.pieces.iter().map(|p| piece(p, in_claim));
        match g.inner {
            None => parts.extend(pieces.map(Part::Plain)),
            Some(ci) => parts.push(Part::Claim {
                claim: claims[ci],
                side: side(claims[ci]),
                head: layout.heads[ci] == Some(gi),
                overlap: (g.claims.len() > 1).then_some(g.claims.len()),
                pieces: pieces.collect(),
            }),
        }
    }
    // A claim is placed when the layout draws it (it starts a group).
    let claims = claims
        .iter()
        .zip(claim_ranges)
        .zip(&layout.starts)
        .map(|((&claim, range), start)| ClaimSpan {
            claim,
            range: start.and(range),
        })
        .collect();
    Para {
        paragraph: p,
        claims,
        parts,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{char_slice, Event};
    use crate::index::parse_query;
    use crate::testing::{claim, CorpusBuilder};
    use crate::views::read::tests::two_sided;
    use proptest::prelude::*;

    fn part_texts<'a>(p: &Para<'a>) -> Vec<(Option<&'a str>, String)> {
        p.parts
            .iter()
            .map(|part| match part {
                Part::Plain(piece) => (None, piece.text.to_owned()),
                Part::Claim { claim, pieces, .. } => (
                    Some(claim.id.as_str()),
                    pieces.iter().map(|p| p.text).collect(),
                ),
                Part::Label { claim, side } => (Some(claim.id.as_str()), format!("[{side}]")),
            })
            .collect()
    }

    #[test]
    fn claims_are_highlighted_in_their_paragraph_with_side_names() {
        let corpus = two_sided();
        let text = Text::new(&corpus, &corpus.articles[0], &parse_query(""));
        assert_eq!(text.paragraphs.len(), 1);
        assert!(text.set_aside.is_empty() && text.unplaced.is_empty());
        let p = &text.paragraphs[0];
        assert_eq!(
            part_texts(p),
            vec![
                (Some("c1"), "Russia".to_owned()),
                (None, " would ".to_owned()),
                (Some("c3"), "respond".to_owned()),
                (None, ", ".to_owned()),
                (Some("c2"), "NATO".to_owned()),
                (None, " said, and ".to_owned()),
                (Some("c4"), "so on".to_owned()),
                (None, ".".to_owned()),
            ]
        );
        let sides: Vec<(&str, bool, Option<usize>)> = p
            .parts
            .iter()
            .filter_map(|part| match part {
                Part::Claim {
                    side,
                    head,
                    overlap,
                    ..
                } => Some((*side, *head, *overlap)),
                _ => None,
            })
            .collect();
        assert_eq!(
            sides,
            vec![
                ("Russia", true, None),
                ("Russia", true, None),
                ("NATO", true, None),
                ("ghosts", true, None),
            ]
        );
        let ranges: Vec<_> = p.claims.iter().map(|c| c.range.clone()).collect();
        assert_eq!(
            ranges,
            vec![Some(0..6), Some(22..26), Some(13..20), Some(37..42)]
        );
    }

    #[test]
    fn overlaps_split_the_highlight_and_identical_claims_get_a_label() {
        let corpus = CorpusBuilder::new("t")
            .side("russia", "Russia")
            .side("nato", "NATO")
            .article("a1", "TASS", "2019")
            .paragraph("a1", "p1", "aaaa bbbb cccc")
            .quote(claim("outer", "a1", "p1", "s", "russia"), "aaaa bbbb")
            .quote(claim("same", "a1", "p1", "s", "nato"), "bbbb")
            .quote(claim("twin", "a1", "p1", "s", "russia"), "bbbb")
            .build();
        let text = Text::new(&corpus, &corpus.articles[0], &parse_query(""));
        let p = &text.paragraphs[0];
        assert_eq!(
            part_texts(p),
            vec![
                (Some("outer"), "aaaa ".to_owned()),
                (Some("same"), "[NATO]".to_owned()),
                (Some("twin"), "bbbb".to_owned()),
                (None, " cccc".to_owned()),
            ]
        );
        let overlaps: Vec<_> = p
            .parts
            .iter()
            .filter_map(|part| match part {
                Part::Claim { head, overlap, .. } => Some((*head, *overlap)),
                _ => None,
            })
            .collect();
        assert_eq!(overlaps, vec![(true, None), (true, Some(3))]);
        assert!(text.unplaced.is_empty());
    }

    #[test]
    fn events_and_hits_mark_pieces_and_events_focus_outside_claims_only() {
        let mut corpus = CorpusBuilder::new("t")
            .side("russia", "Russia")
            .article("a1", "TASS", "2019")
            .paragraph("a1", "p1", "On 2 Feb Russia left the treaty.")
            .quote(claim("c1", "a1", "p1", "s", "russia"), "Russia left")
            .build();
        let event = |id: &str, start, end| Event {
            id: id.into(),
            date: "2019-02-02".into(),
            label: String::new(),
            article: "a1".into(),
            paragraph: "p1".into(),
            quote: String::new(),
            start,
            end,
        };
        // "On 2 Feb" (outside the claim), "left the treaty" (starting inside it).
        corpus.events = vec![event("e1", 0, 8), event("e2", 16, 31)];
        let text = Text::new(&corpus, &corpus.articles[0], &parse_query("treaty"));
        let p = &text.paragraphs[0];
        // A piece's text, whether it is a search match, and its events (id, first, focusable).
        type Seen<'a> = (&'a str, bool, Vec<(&'a str, bool, bool)>);
        let pieces: Vec<Seen> = p
            .parts
            .iter()
            .flat_map(|part| match part {
                Part::Plain(piece) => vec![piece],
                Part::Claim { pieces, .. } => pieces.iter().collect(),
                Part::Label { .. } => vec![],
            })
            .map(|piece| {
                let events = piece
                    .events
                    .iter()
                    .map(|e| (e.event.id.as_str(), e.first, e.focusable))
                    .collect();
                (piece.text, piece.hit, events)
            })
            .collect();
        assert_eq!(
            pieces,
            vec![
                ("On 2 Feb", false, vec![("e1", true, true)]),
                (" ", false, vec![]),
                ("Russia ", false, vec![]),
                ("left", false, vec![("e2", true, false)]),
                (" the ", false, vec![("e2", false, false)]),
                ("treaty", true, vec![("e2", false, false)]),
                (".", false, vec![]),
            ]
        );
    }

    #[test]
    fn chrome_and_credit_are_set_aside_and_misplaced_claims_listed() {
        let corpus = CorpusBuilder::new("t")
            .side("russia", "Russia")
            .article("a1", "TASS", "2019")
            .paragraph_of_kind("a1", "h", "A heading", ParagraphKind::Subheading)
            .paragraph("a1", "p1", "Body text.")
            .paragraph_of_kind("a1", "nav", "Home | World", ParagraphKind::Chrome)
            .paragraph_of_kind("a1", "cr", "With reporting by X", ParagraphKind::Credit)
            .quote(claim("ok", "a1", "nav", "s", "russia"), "World")
            .claim(Claim {
                start: 5,
                end: 99,
                ..claim("past", "a1", "p1", "s", "russia")
            })
            .claim(Claim {
                start: 3,
                end: 3,
                ..claim("empty", "a1", "p1", "s", "russia")
            })
            .claim(claim("nowhere", "a1", "p9", "s", "russia"))
            .claim(Claim {
                end: 4,
                ..claim("other", "a2", "p1", "s", "russia")
            })
            .build();
        let text = Text::new(&corpus, &corpus.articles[0], &parse_query(""));
        let ids =
            |ps: &[Para]| -> Vec<String> { ps.iter().map(|p| p.paragraph.id.clone()).collect() };
        assert_eq!(ids(&text.paragraphs), vec!["h", "p1"]);
        assert_eq!(ids(&text.set_aside), vec!["nav", "cr"]);
        let labels: Vec<_> = text.set_aside.iter().map(Para::aside_label).collect();
        assert_eq!(labels, vec!["Page chrome", "Credit"]);
        assert_eq!(
            text.set_aside_summary(),
            "Page chrome and credit set aside (2 lines)"
        );
        let unplaced: Vec<&str> = text.unplaced.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(unplaced, vec!["past", "empty", "nowhere"]);
        assert_eq!(
            text.unplaced_summary(),
            "3 claims of this article could not be placed in the text (the paragraph or the offsets do not match):"
        );
        assert_eq!(text.set_aside[0].claims[0].range, Some(7..12));
        assert_eq!(text.paragraphs[1].claims[0].range, None);
        // The body paragraph is drawn as plain text.
        assert_eq!(
            part_texts(&text.paragraphs[1]),
            vec![(None, "Body text.".to_owned())]
        );
    }

    #[test]
    fn offsets_count_chars_not_bytes() {
        let corpus = CorpusBuilder::new("t")
            .side("ua", "Ukraine")
            .article("a1", "Kyiv Post", "2014")
            .paragraph("a1", "p1", "Ukraine’s Crimea")
            .quote(claim("c1", "a1", "p1", "s", "ua"), "’")
            .quote(claim("c2", "a1", "p1", "s", "ua"), "Crimea")
            .build();
        let text = Text::new(&corpus, &corpus.articles[0], &parse_query(""));
        let ranges: Vec<_> = text.paragraphs[0]
            .claims
            .iter()
            .map(|c| c.range.clone())
            .collect();
        assert_eq!(ranges, vec![Some(7..10), Some(12..18)]);
        assert_eq!(
            text.unplaced_summary(),
            "0 claims of this article could not be placed in the text (the paragraph or the offsets do not match):"
        );
    }

    proptest! {
        /// For any text (non-ASCII included) and any claims quoting it at char offsets, every
        /// claim is placed, its byte range slices back to its quote, the parts give back the
        /// text, and each claim gets exactly one head or label.
        #[test]
        fn spans_slice_back_to_their_quotes(
            text in "[a-z ’éü😀Ж]{1,40}",
            cuts in proptest::collection::vec((0usize..40, 1usize..12), 1..5),
        ) {
            let len = crate::corpus::char_len(&text);
            let mut b = CorpusBuilder::new("t")
                .side("s", "Side")
                .article("a1", "TASS", "2019")
                .paragraph("a1", "p1", &text);
            for (i, &(start, n)) in cuts.iter().enumerate() {
                let start = start % len;
                let end = (start + n).min(len);
                prop_assume!(start < end);
                let quote = char_slice(&text, start, end).unwrap().to_owned();
                b = b.claim(Claim {
                    quote,
                    start,
                    end,
                    ..claim(&format!("c{i}"), "a1", "p1", "s", "s")
                });
            }
            let corpus = b.build();
            let t = Text::new(&corpus, &corpus.articles[0], &parse_query(""));
            prop_assert!(t.unplaced.is_empty());
            let p = &t.paragraphs[0];
            for c in &p.claims {
                let r = c.range.clone().unwrap();
                prop_assert_eq!(&text[r], c.claim.quote.as_str());
            }
            let mut whole = String::new();
            for part in &p.parts {
                match part {
                    Part::Plain(piece) => whole.push_str(piece.text),
                    Part::Claim { pieces, .. } => pieces.iter().for_each(|p| whole.push_str(p.text)),
                    Part::Label { .. } => {}
                }
            }
            prop_assert_eq!(&whole, &text);
            for c in &p.claims {
                let focus = p.parts.iter().filter(|part| match part {
                    Part::Claim { claim, head, .. } => *head && claim.id == c.claim.id,
                    Part::Label { claim, .. } => claim.id == c.claim.id,
                    Part::Plain(_) => false,
                }).count();
                prop_assert_eq!(focus, 1);
            }
        }
    }
}
