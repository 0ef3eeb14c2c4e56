//! One body paragraph read for the patterns of [`propose`](super::propose): its sentences,
//! words and quotation marks, where a byte falls among them, and the run of every pattern over
//! it (quotations first, then each sentence). Offsets here are bytes; [`propose`](super::propose)
//! turns them into char offsets.

use super::pattern::Pattern;
use super::quotes::{quotes, Quote};
use super::tokens::{tokens, Tok};
use crate::corpus::CharIndex;
use crate::text::sentences;

/// A verb token used as the attribution of a quotation, and its speaker (byte range).
pub(super) type Used = (usize, Option<(usize, usize)>);

/// A candidate before pronouns are resolved; offsets in bytes.
pub(super) struct Found {
    pub(super) start: usize,
    pub(super) end: usize,
    /// The speaker's byte range in the paragraph; `None` for a quotation that continues the last
    /// speaker.
    pub(super) speaker: Option<(usize, usize)>,
    pub(super) verb: String,
    pub(super) pattern: Pattern,
}

/// A paragraph's text, read once into sentences, words and quotations.
pub(super) struct Paragraph<'a> {
    pub(super) text: &'a str,
    pub(super) toks: Vec<Tok>,
    /// Sentence byte ranges.
    pub(super) sents: Vec<(usize, usize)>,
    pub(super) quotes: Vec<Quote>,
    /// Quotations proposed as direct quotes: the words inside them start no other candidate.
    pub(super) full: Vec<(usize, usize)>,
}

impl<'a> Paragraph<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        let chars = CharIndex::new(text);
        let byte = |n: usize| chars.byte(n).unwrap_or(text.len());
        let sents: Vec<(usize, usize)> = sentences(text)
            .into_iter()
            .map(|(a, b)| (byte(a), byte(b)))
            .collect();
        let toks = tokens(text, &sents);
        Paragraph {
            text,
            toks,
            sents,
            quotes: quotes(text),
            full: Vec::new(),
        }
    }

    pub(super) fn sentence_of(&self, byte: usize) -> Option<usize> {
        self.sents.iter().position(|&(a, b)| a <= byte && byte < b)
    }

    /// Whether only white space lies between the start of the sentence holding `byte` and it.
    pub(super) fn opens_sentence(&self, byte: usize) -> bool {
        self.sentence_of(byte)
            .is_some_and(|s| self.text[self.sents[s].0..byte].trim().is_empty())
    }

    pub(super) fn in_full_quote(&self, byte: usize) -> bool {
        self.full.iter().any(|&(a, b)| a <= byte && byte < b)
    }

    pub(super) fn candidates(mut self) -> Vec<Found> {
        let mut out = Vec::new();
        // Verb tokens already used as the attribution of a quotation, with their speaker.
        let mut used: Vec<Used> = Vec::new();
        let quotes = std::mem::take(&mut self.quotes);
        for q in &quotes {
            self.quote_candidates(q, &mut out, &mut used);
        }
        for s in 0..self.sents.len() {
            self.reported(s, &used, &mut out);
        }
        out
    }

    pub(super) fn first_of(&self, sent: usize) -> usize {
        self.toks
            .iter()
            .position(|t| t.sent == sent)
            .unwrap_or(self.toks.len())
    }
}

/// The span `a..b` without white space, commas, semicolons, colons or ellipses at its ends;
/// `None` when nothing is left.
pub(super) fn piece(text: &str, a: usize, b: usize) -> Option<(usize, usize)> {
    if a >= b || b > text.len() {
        return None;
    }
    let (x, y) = trim_piece(&text[a..b], 0, b - a);
    (x < y).then_some((a + x, a + y))
}

pub(super) fn trim_piece(text: &str, mut a: usize, mut b: usize) -> (usize, usize) {
    let junk = |c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '…' | '-' | '—' | '–');
    while let Some(c) = text[a..b].chars().next().filter(|&c| junk(c)) {
        a += c.len_utf8();
    }
    while let Some(c) = text[a..b].chars().next_back().filter(|&c| junk(c)) {
        b -= c.len_utf8();
    }
    (a, b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_piece_drops_white_space_and_punctuation_at_its_ends() {
        let text = " , Russia will respond — ";
        let (a, b) = piece(text, 0, text.len()).unwrap();
        assert_eq!(&text[a..b], "Russia will respond");
        assert_eq!(piece(text, 0, 3), None);
        assert_eq!(piece(text, 5, 5), None);
        assert_eq!(piece(text, 0, text.len() + 1), None);
    }

    #[test]
    fn sentences_are_byte_ranges_and_bytes_find_their_sentence() {
        // “ is three bytes: sentence ranges are bytes, not chars.
        let text = "“Yes.” Then yes. Done";
        let p = Paragraph::new(text);
        assert_eq!(p.sents.len(), 3, "{:?}", p.sents);
        assert_eq!(&text[p.sents[1].0..p.sents[1].1].trim(), &"Then yes.");
        assert_eq!(p.sentence_of(text.find("yes.").unwrap()), Some(1));
        assert!(p.opens_sentence(text.find("Then").unwrap()));
        assert!(!p.opens_sentence(text.find("yes.").unwrap()));
        assert_eq!(p.first_of(2), 3);
    }
}
