//! The search index over the claims' text.
//!
//! The searchable text is split into *units*: each paragraph that claims were said in (once,
//! however many claims it holds), each claim's summary, each speaker's name (and a claim's
//! quote when its paragraph cannot be found). Units are folded and tokenized (see
//! [`crate::index::Query`]); per unit the index keeps its token ids in order, for phrases.
//!
//! The vocabulary of distinct tokens is sorted, so a token's id is its rank and the tokens a
//! prefix matches form one contiguous id range, found by binary search. Per token the index
//! keeps the claims whose units hold it: a sorted list, or a bitset for a token in more than
//! 1/32 of the claims (where the bitset is the smaller), and where in the units' sequences it
//! occurs. A word becomes the union of the postings of its id range; the short prefixes whose
//! union would be costly (`a`, `co`, `pre`: a person's first keystrokes) have their union kept
//! ready. A phrase becomes the claims holding all its tokens, kept when one of their units has
//! them in a row: the units are found from the occurrences of the phrase's rarest word, each
//! checked against its neighbours in the sequence. The terms' claim sets are intersected.
//!
//! Per claim, the index keeps where its quote lies in its paragraph's token sequence (found at
//! build from the tokens' char offsets), so a search's results can be ranked on token ids
//! alone, the quote weighted above the rest of its paragraph: see `rank.rs`.
//!
//! Memory is about 8 bytes per token of indexed text plus 4 bytes per distinct (token, claim)
//! pair and 8 bytes per claim (4 bytes per paragraph token more while claims are added); a
//! keystroke allocates a few bitsets of `claim_count / 8` bytes.
//!
//! `search.rs` holds the index and its search, `build.rs` its build, at once or a part at a
//! time, `rank.rs` the relevance order of results.

mod build;
mod rank;
mod search;

pub(super) use build::{Part, PendingText, SpeakerSource, TextBuilder};
pub use rank::{B, K1, QUOTES_FIRST_LIMIT, RANK_LIMIT, W_PARAGRAPH, W_QUOTE, W_SPEAKER, W_SUMMARY};
pub(super) use search::TextIndex;

#[cfg(test)]
pub(super) mod tests {
    use super::super::corpus_index::tests::sample;
    use super::super::CorpusIndex;
    use crate::corpus::{Claim, Corpus, Paragraph, ParagraphKind};
    use crate::index::parse_query;

    pub(super) fn search(ix: &CorpusIndex, q: &str) -> Option<Vec<u32>> {
        ix.search(&parse_query(q))
    }

    /// The sample corpus with its first article's paragraphs replaced by `texts` (ids `p0`,
    /// `p1`, …) and `n` claims like its first: claim `i` (id `c{i}`) in paragraph `of(i).0`, with
    /// summary `of(i).1`.
    pub(super) fn spread(
        texts: Vec<String>,
        n: usize,
        of: impl Fn(usize) -> (usize, String),
    ) -> Corpus {
        let mut c = sample();
        c.articles[0].paragraphs = texts
            .into_iter()
            .enumerate()
            .map(|(i, text)| Paragraph {
                id: format!("p{i}"),
                kind: ParagraphKind::Body,
                text,
            })
            .collect();
        let proto = c.claims[0].clone();
        c.claims = (0..n)
            .map(|i| {
                let (paragraph, summary) = of(i);
                Claim {
                    id: format!("c{i}"),
                    paragraph: format!("p{paragraph}"),
                    summary,
                    ..proto.clone()
                }
            })
            .collect();
        c
    }
}
