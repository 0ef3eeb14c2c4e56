//! Where a search matched a claim when not in its quote: the search finds a claim by its
//! paragraph, its summary and its speaker's name too (see [`crate::index::Query`]), so a card
//! whose quote shows no match says where the match was, with a short excerpt around it.
//!
//! [`match_elsewhere`] looks at the fields in the order the search indexes them: the paragraph
//! (the whole paragraph, which holds the quote), the summary, the speaker's name. The first
//! field with a match gives the excerpt: at most [`MAX_CHARS`] chars of it around its first
//! match, cut between words, with "…" where it was cut, and the byte ranges of the matches that
//! lie wholly inside the excerpt, to mark. Every char↔byte conversion goes through
//! [`crate::corpus::CharIndex`].

use crate::corpus::{CharIndex, Claim, Corpus};
use crate::index::{highlight, Query};
use crate::text::{is_combining_mark, is_token_char};

/// The longest excerpt, in chars, before the "…" marks (unless the first match alone is longer:
/// then the excerpt is that match, whole).
pub const MAX_CHARS: usize = 160;

/// The mark of a cut.
const CUT: &str = "…";

/// A field of a claim that the search reads besides its quote.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// The paragraph the claim was said in (outside the quote, since the quote did not match).
    Paragraph,
    /// The claim's summary.
    Summary,
    /// The speaker's name.
    Speaker,
}

impl Field {
    /// Where the match was, in words: "In the same paragraph".
    pub fn label(self) -> &'static str {
        match self {
            Field::Paragraph => "In the same paragraph",
            Field::Summary => "In the summary",
            Field::Speaker => "In the speaker's name",
        }
    }
}

/// A match outside the quote: the field it is in, an excerpt of that field, and the byte ranges
/// of `text` to mark (sorted, disjoint, non-empty, on char boundaries; never empty).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Excerpt {
    pub field: Field,
    pub text: String,
    pub ranges: Vec<(usize, usize)>,
}

/// Where `query` matched `claim` when its quote has no match: `None` when the query is empty,
/// when the quote itself has a match, or when no field has one (see the module docs).
pub fn match_elsewhere(corpus: &Corpus, claim: &Claim, query: &Query) -> Option<Excerpt> {
    if query.is_empty() || !highlight(&claim.quote, query).is_empty() {
        return None;
    }
    let paragraph = corpus
        .article(&claim.article)
        .and_then(|a| a.paragraph(&claim.paragraph))
        .map(|p| p.text.as_str());
    let speaker = corpus.speaker(&claim.speaker).map(|s| s.name.as_str());
    [
        (Field::Paragraph, paragraph),
        (Field::Summary, Some(claim.summary.as_str())),
        (Field::Speaker, speaker),
    ]
    .into_iter()
    .find_map(|(field, text)| {
        let (text, ranges) = excerpt(text?, query)?;
        Some(Excerpt {
            field,
            text,
            ranges,
        })
    })
}

/// The excerpt of `text` around the first match of `query`, with the ranges to mark in it;
/// `None` when nothing in `text` matches.
pub fn excerpt(text: &str, query: &Query) -> Option<(String, Vec<(usize, usize)>)> {
    let ranges = highlight(text, query);
    let &(first_start, first_end) = ranges.first()?;
    let idx = CharIndex::new(text);
    let total = idx.len();
    let (ms, me) = (idx.char_at(first_start), idx.char_at(first_end));
    let (start, end) = window(&idx, ms, me);
    let (b0, b1) = (idx.byte(start)?, idx.byte(end)?);
    let lead = if start > 0 { CUT } else { "" };
    let tail = if end < total { CUT } else { "" };
    let out = format!("{lead}{}{tail}", &text[b0..b1]);
    let shift = lead.len();
    let marks = ranges
        .into_iter()
        .filter(|&(s, e)| s >= b0 && e <= b1)
        .map(|(s, e)| (s - b0 + shift, e - b0 + shift))
        .collect();
    Some((out, marks))
}

/// Whether `c` belongs to a word, for cutting: a token char or an accent on one.
fn in_word(c: char) -> bool {
    is_token_char(c) || is_combining_mark(c)
}

/// The char span of the excerpt around the match `ms..me` (chars) of the text `idx` indexes:
/// about as much text before the match as after, at most [`MAX_CHARS`], a cut never inside a
/// word nor next to a space, and the match always whole.
fn window(idx: &CharIndex, ms: usize, me: usize) -> (usize, usize) {
    let total = idx.len();
    if total <= MAX_CHARS {
        return (0, total);
    }
    let at = |n: usize| -> Option<char> {
        let b = idx.byte(n)?;
        idx.text()[b..].chars().next()
    };
    let room = MAX_CHARS.saturating_sub(me - ms);
    let mut start = ms - (room / 2).min(ms);
    let mut end = (start + MAX_CHARS).max(me).min(total);
    if end - start < MAX_CHARS {
        start = end.saturating_sub(MAX_CHARS).min(ms);
    }
    if start > 0 {
        // The rest of a word cut in two goes, then the spaces after it.
        while start < ms && at(start - 1).is_some_and(in_word) && at(start).is_some_and(in_word) {
            start += 1;
        }
        while start < ms && at(start).is_some_and(char::is_whitespace) {
            start += 1;
        }
    }
    if end < total {
        while end > me && at(end - 1).is_some_and(in_word) && at(end).is_some_and(in_word) {
            end -= 1;
        }
        while end > me && at(end - 1).is_some_and(char::is_whitespace) {
            end -= 1;
        }
    }
    (start, end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::char_len;
    use crate::index::parse_query;
    use crate::testing::{claim, CorpusBuilder};
    use proptest::prelude::*;

    /// The excerpt with its marks in brackets: "…without any [hysterics]…".
    fn shown(text: &str, q: &str) -> Option<String> {
        let (t, ranges) = excerpt(text, &parse_query(q))?;
        let mut out = String::new();
        let mut at = 0;
        for (s, e) in ranges {
            out.push_str(&t[at..s]);
            out.push('[');
            out.push_str(&t[s..e]);
            out.push(']');
            at = e;
        }
        out.push_str(&t[at..]);
        Some(out)
    }

    #[test]
    fn a_short_text_is_shown_whole() {
        assert_eq!(
            shown("He spoke without any hysterics, calmly.", "hyster").as_deref(),
            Some("He spoke without any [hyster]ics, calmly.")
        );
        assert_eq!(shown("Nothing to see.", "hysterics"), None);
        assert_eq!(shown("Anything", ""), None);
    }

    #[test]
    fn a_long_text_is_cut_between_words_around_the_first_match() {
        let before = "word ".repeat(60);
        let after = " more".repeat(60);
        let text = format!("{before}without any hysterics at all{after} hysterics");
        let out = shown(&text, "hysterics").unwrap();
        assert!(out.starts_with("…word "), "{out}");
        assert!(out.ends_with(" more…"), "{out}");
        assert!(out.contains("without any [hysterics] at all"), "{out}");
        // The second match is past the cut: it is not marked.
        assert_eq!(out.matches('[').count(), 1);
        // Two "…", two brackets.
        assert!(char_len(&out) <= MAX_CHARS + 2 + 2, "{out}");
        // No word is cut in two: every word shown is whole.
        let plain = out.replace(['[', ']'], "");
        for w in plain.trim_matches('…').split(' ') {
            assert!(
                ["word", "more", "without", "any", "hysterics", "at", "all"].contains(&w),
                "{w:?} in {out}"
            );
        }
    }

    #[test]
    fn a_match_at_either_end_keeps_its_side_uncut() {
        let text = format!("Hysterics first, {}", "then words ".repeat(30));
        let out = shown(&text, "hysterics").unwrap();
        assert!(out.starts_with("[Hysterics] first"), "{out}");
        assert!(out.ends_with('…'));
        // One "…", two brackets.
        assert!(char_len(&out) <= MAX_CHARS + 1 + 2);
        let text = format!("{}and hysterics last.", "some words ".repeat(30));
        let out = shown(&text, "hysterics").unwrap();
        assert!(
            out.starts_with('…') && out.ends_with("and [hysterics] last."),
            "{out}"
        );
        assert!(char_len(&out) <= MAX_CHARS + 1 + 2);
    }

    #[test]
    fn non_ascii_text_is_cut_on_chars() {
        let text = format!(
            "{}“Sans hystérie”, a-t-il dit 😀 {}",
            "été déjà ".repeat(20),
            "😀 “là” ".repeat(40)
        );
        let out = shown(&text, "hysterie").unwrap();
        assert!(out.contains("“Sans [hystérie]”"), "{out}");
        assert!(out.starts_with('…') && out.ends_with('…'), "{out}");
        let out = shown("naïve “quotes” 😀 naïve", "naive").unwrap();
        assert_eq!(out, "[naïve] “quotes” 😀 [naïve]");
    }

    #[test]
    fn a_first_match_longer_than_the_limit_is_shown_whole() {
        let long = "alpha ".repeat(40);
        let text = format!("intro {long}end {}", "x ".repeat(100));
        let phrase = format!("\"{}\"", long.trim());
        let (t, ranges) = excerpt(&text, &parse_query(&phrase)).unwrap();
        assert_eq!(ranges.len(), 1);
        assert_eq!(&t[ranges[0].0..ranges[0].1], long.trim());
    }

    /// Putin's claim matched "hysterics" in its paragraph; the other claim in its quote; a
    /// third by its summary, a fourth by its speaker's name.
    fn corpus() -> Corpus {
        let p = "We will respond without any hysterics. Russia would deploy missiles in kind.";
        CorpusBuilder::new("t")
            .side("russia", "Russia")
            .speaker("putin", "Vladimir Putin", "russia")
            .article("a1", "TASS", "2019-02-01")
            .paragraph("a1", "p1", p)
            .quote(
                claim("c1", "a1", "p1", "putin", "russia"),
                "Russia would deploy missiles",
            )
            .quote(
                claim("c2", "a1", "p1", "putin", "russia"),
                "without any hysterics",
            )
            .quote(
                Claim {
                    summary: "Russia answers the deployment in kind.".into(),
                    ..claim("c3", "a1", "p1", "putin", "russia")
                },
                "in kind",
            )
            .build()
    }

    #[test]
    fn says_which_field_matched_when_the_quote_did_not() {
        let c = corpus();
        let q = parse_query("hysterics");
        let e = match_elsewhere(&c, &c.claims[0], &q).unwrap();
        assert_eq!(e.field, Field::Paragraph);
        assert_eq!(e.field.label(), "In the same paragraph");
        assert_eq!(e.text, c.articles[0].paragraphs[0].text);
        assert_eq!(
            e.ranges
                .iter()
                .map(|&(s, e2)| &e.text[s..e2])
                .collect::<Vec<_>>(),
            ["hysterics"]
        );
        // The quote holds the match: nothing to explain.
        assert_eq!(match_elsewhere(&c, &c.claims[1], &q), None);
        // The summary.
        let e = match_elsewhere(&c, &c.claims[2], &parse_query("deployment")).unwrap();
        assert_eq!(
            (e.field, e.field.label()),
            (Field::Summary, "In the summary")
        );
        assert_eq!(e.text, "Russia answers the deployment in kind.");
        // The speaker's name.
        let e = match_elsewhere(&c, &c.claims[0], &parse_query("vladimir")).unwrap();
        assert_eq!(
            (e.field, e.text.as_str(), e.ranges.as_slice()),
            (Field::Speaker, "Vladimir Putin", &[(0, 8)][..])
        );
        assert_eq!(e.field.label(), "In the speaker's name");
        // No query, or no match anywhere: nothing.
        assert_eq!(match_elsewhere(&c, &c.claims[0], &parse_query("")), None);
        assert_eq!(match_elsewhere(&c, &c.claims[0], &parse_query("zzz")), None);
    }

    proptest! {
        /// Whatever the text and query, the excerpt is short, its ranges are sorted, disjoint and
        /// on char boundaries inside it, each marked slice matches the query, and the first match
        /// is always marked.
        #[test]
        fn ranges_lie_on_chars_and_match(
            words in prop::collection::vec("[a-zé’“”😀\u{301}ﬁ]{1,9}", 0..80),
            seps in prop::collection::vec("[ ,.\n…—]{1,2}", 80),
            q in "[a-zé ]{1,8}|\"[a-z]{1,4} [a-z]{1,3}\"",
        ) {
            let text: String = words.iter().zip(&seps).flat_map(|(w, s)| [w.as_str(), s.as_str()]).collect();
            let query = parse_query(&q);
            let found = excerpt(&text, &query);
            prop_assert_eq!(found.is_some(), !highlight(&text, &query).is_empty());
            if let Some((t, ranges)) = found {
                prop_assert!(!ranges.is_empty());
                let mut at = 0;
                for &(s, e) in &ranges {
                    prop_assert!(at <= s && s < e && e <= t.len());
                    prop_assert!(t.is_char_boundary(s) && t.is_char_boundary(e));
                    prop_assert!(!highlight(&t[s..e], &query).is_empty(), "{:?}", &t[s..e]);
                    at = e;
                }
                let first = highlight(&text, &query)[0];
                let first_len = char_len(&text[first.0..first.1]);
                prop_assert!(char_len(&t) <= MAX_CHARS.max(first_len) + 2, "{}", t);
                prop_assert_eq!(&t[ranges[0].0..ranges[0].1], &text[first.0..first.1]);
            }
        }
    }
}
