//! Search queries (parsed from what a person typed) and highlight ranges. Text is compared
//! folded ([`crate::text::fold`]).
//!
//! # Queries
//!
//! [`parse_query`] folds the input and splits it into terms, all of which are required:
//! - a [`Term::Word`] matches any token it is a *prefix* of (search as you type: `escal` finds
//!   `escalation`);
//! - a [`Term::Phrase`] (text in double quotes, straight `"`, curly `“ ”`, `„` or guillemets
//!   `« »`; an unclosed quote runs to the end of the input) matches consecutive tokens, every
//!   one equal except the last, which may be a prefix. A quoted single word is a plain word.
//!
//! An empty query (no tokens at all) matches every claim.
//!
//! # What is searched
//!
//! A claim matches a term when the term occurs in any of its *fields*: the text of the paragraph
//! the claim was said in (which contains its quote; the quote itself when the paragraph cannot
//! be found), its summary, and its speaker's name. So the search covers quotes and the article
//! text around them, and `putin` finds Putin's claims even where the paragraph says "the
//! president". Different words of a query may be found in different fields; a phrase must lie
//! inside one field. See [`crate::index::CorpusIndex::search`].
//!
//! [`highlight`] marks, in any original text, every place a term matches, with byte ranges of
//! that original text (never of the folded one).

use crate::text::{fold, fold_with_map, tokens};

/// A parsed search: every term is required.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Query {
    pub terms: Vec<Term>,
}

/// One required part of a [`Query`]. Words are folded tokens, never empty.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Term {
    /// Matches any token it is a prefix of.
    Word(String),
    /// Two or more words that match consecutive tokens; the last may be a prefix.
    Phrase(Vec<String>),
}

impl Query {
    /// True when the query has no terms: it matches everything.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
}

/// Parses what a person typed into a [`Query`] (see the module docs).
pub fn parse_query(input: &str) -> Query {
    let folded = fold(input);
    let mut terms = Vec::new();
    // Folding turned every kind of double quote into `"`: odd segments are quoted.
    for (i, segment) in folded.split('"').enumerate() {
        let mut words = tokens(segment).map(|(_, t)| t.to_owned());
        if i % 2 == 0 {
            terms.extend(words.map(Term::Word));
        } else {
            let mut phrase: Vec<String> = words.by_ref().collect();
            match phrase.len() {
                0 => {}
                1 => terms.push(Term::Word(phrase.pop().unwrap_or_default())),
                _ => terms.push(Term::Phrase(phrase)),
            }
        }
    }
    let mut seen = std::collections::HashSet::new();
    terms.retain(|t| seen.insert(t.clone()));
    Query { terms }
}

/// Whether the token sequence `toks` (folded) matches `words` starting at its first token.
fn phrase_at<'a>(mut toks: impl Iterator<Item = &'a str>, words: &[String]) -> bool {
    let Some((last, init)) = words.split_last() else {
        return false;
    };
    for w in init {
        if toks.next() != Some(w.as_str()) {
            return false;
        }
    }
    toks.next().is_some_and(|t| t.starts_with(last.as_str()))
}

/// The byte ranges of `text` (the original, not folded) where a term of `query` matches: for a
/// word, the matching prefix of the token; for a phrase, from its first token to the matching
/// prefix of its last. Ranges are sorted, merged when they overlap or touch, non-empty, and
/// always start and end on char boundaries of `text`.
pub fn highlight(text: &str, query: &Query) -> Vec<(usize, usize)> {
    if query.terms.is_empty() || text.is_empty() {
        return Vec::new();
    }
    let (folded, map) = fold_with_map(text);
    let toks: Vec<(usize, &str)> = tokens(&folded).collect();
    // Maps an exclusive end in `folded` to an exclusive end in `text`, rounding up to the end
    // of the original char when `e` falls inside the expansion of one char (`ﬁ` → `fi`).
    let orig_end = |e: usize| -> usize {
        let prev = map[e - 1];
        map[e..]
            .iter()
            .copied()
            .find(|&o| o != prev)
            .unwrap_or(text.len())
    };
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    for term in &query.terms {
        match term {
            Term::Word(w) if w.is_empty() => {}
            Term::Word(w) => {
                for &(s, t) in &toks {
                    if t.starts_with(w.as_str()) {
                        ranges.push((map[s], orig_end(s + w.len())));
                    }
                }
            }
            Term::Phrase(words) => {
                let n = words.len();
                if n == 0 || toks.len() < n || words.iter().any(String::is_empty) {
                    continue;
                }
                for i in 0..=toks.len() - n {
                    if phrase_at(toks[i..].iter().map(|&(_, t)| t), words) {
                        let (last_start, _) = toks[i + n - 1];
                        let end = last_start + words[n - 1].len();
                        ranges.push((map[toks[i].0], orig_end(end)));
                    }
                }
            }
        }
    }
    ranges.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
    for (s, e) in ranges {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(ws: &[&str]) -> Vec<Term> {
        ws.iter().map(|w| Term::Word((*w).to_owned())).collect()
    }

    fn marked<'a>(text: &'a str, q: &str) -> Vec<&'a str> {
        highlight(text, &parse_query(q))
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect()
    }

    #[test]
    fn parse_words_are_folded_and_split() {
        assert_eq!(parse_query("").terms, vec![]);
        assert_eq!(parse_query("  ,. ").terms, vec![]);
        assert_eq!(
            parse_query("PUTIN, Niè  escal").terms,
            words(&["putin", "nie", "escal"])
        );
        assert_eq!(parse_query("Ukraine’s").terms, words(&["ukraine", "s"]));
        // Repeated terms are kept once.
        assert_eq!(parse_query("war War").terms, words(&["war"]));
    }

    #[test]
    fn parse_phrases_in_straight_or_curly_quotes() {
        let phrase = |ws: &[&str]| Term::Phrase(ws.iter().map(|w| (*w).to_owned()).collect());
        assert_eq!(
            parse_query("nato \"Arms Race\" treaty").terms,
            vec![
                Term::Word("nato".into()),
                phrase(&["arms", "race"]),
                Term::Word("treaty".into())
            ]
        );
        assert_eq!(
            parse_query("“arms race” inf").terms,
            vec![phrase(&["arms", "race"]), Term::Word("inf".into())]
        );
        assert_eq!(
            parse_query("inf «arms race»").terms,
            vec![Term::Word("inf".into()), phrase(&["arms", "race"])]
        );
        // An unclosed quote runs to the end.
        assert_eq!(
            parse_query("inf \"arms ra").terms,
            vec![Term::Word("inf".into()), phrase(&["arms", "ra"])]
        );
        // A quoted single word is a word; empty quotes vanish.
        assert_eq!(parse_query("\"arms\" \"\"").terms, words(&["arms"]));
    }

    #[test]
    fn highlight_marks_prefixes_in_original_text() {
        assert_eq!(
            marked("Putin warned of escalation.", "putin ESCAL"),
            ["Putin", "escal"]
        );
        assert_eq!(marked("Ukraine’s position", "ukraine"), ["Ukraine"]);
        // Punctuation splits words: both parts are marked, the apostrophe is not.
        assert_eq!(marked("Ukraine’s position", "ukraine's"), ["Ukraine", "s"]);
        assert_eq!(marked("Місто Київ", "київ"), ["Київ"]);
        assert_eq!(marked("Місто Київ", "киі"), ["Киї"]);
        assert_eq!(marked("a naïve view", "naive"), ["naïve"]);
        assert_eq!(marked("a naïve view", "nai"), ["naï"]);
        assert_eq!(marked("Niè said", "nie"), ["Niè"]);
        // Decomposed accents stay with their letter.
        assert_eq!(marked("nai\u{308}ve", "nai"), ["nai\u{308}"]);
        // A prefix ending inside a ligature marks the whole ligature.
        assert_eq!(marked("ﬁnal", "f"), ["ﬁ"]);
        assert_eq!(marked("nothing here", "absent"), Vec::<&str>::new());
        assert_eq!(marked("anything", ""), Vec::<&str>::new());
    }

    #[test]
    fn highlight_phrases_and_merges() {
        let t = "An arms race, the race for arms.";
        assert_eq!(marked(t, "\"arms race\""), ["arms race"]);
        assert_eq!(marked(t, "\"race arms\""), Vec::<&str>::new());
        assert_eq!(marked(t, "\"the race f\""), ["the race f"]);
        // Overlapping and touching ranges merge.
        assert_eq!(
            marked(t, "\"arms race\" race arm"),
            ["arms race", "race", "arm"]
        );
        assert_eq!(highlight("abc", &parse_query("a ab abc")), vec![(0, 3)]);
        // Hand-built queries with empty words mark nothing (and do not panic).
        let odd = Query {
            terms: vec![Term::Word(String::new()), Term::Phrase(vec![String::new()])],
        };
        assert_eq!(highlight("abc", &odd), vec![]);
    }
}
