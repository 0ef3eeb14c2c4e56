//! The order of a search's results: relevance, best first.
//!
//! # Scoring
//!
//! A claim's fields, as the search reads them (see [`crate::index::Query`]), are weighted: its
//! quote ×[`W_QUOTE`], its summary ×[`W_SUMMARY`], the rest of its paragraph (outside the quote)
//! ×[`W_PARAGRAPH`], its speaker's name ×[`W_SPEAKER`]. The score is BM25F (BM25 over weighted
//! fields, `k1` = [`K1`], `b` = [`B`]): for each term `t` of the query,
//!
//! ```text
//! tf(t) = Σ over fields f of  weight(f) × count(t, f) / (1 − b + b × len(f) / avglen(f))
//! score = Σ over terms t of   idf(t) × tf(t) × (k1 + 1) / (k1 + tf(t))
//! idf(t) = ln(1 + (N − df(t) + 0.5) / (df(t) + 0.5))
//! ```
//!
//! where a word counts the tokens it is a prefix of, a phrase its occurrences in a row (one
//! partly inside the quote counts for the rest of the paragraph), lengths are in tokens, `N` is
//! the number of claims and `df(t)` how many claims hold the term: for a word the sum of its
//! tokens' claim counts (an upper bound, read off the postings' sizes without a pass over
//! claims), for a phrase the least of its words'.
//!
//! Before the score comes the *whole phrase*: a claim with all the words of the query in a row
//! and in order in one field (each word as it matches alone: a prefix), when the query has two
//! words or more, ranks above every claim that has them apart. Equal ranks keep corpus order.
//!
//! # Cost
//!
//! Each claim's quote is a token range of its paragraph's token sequence, found once at build
//! (8 bytes a claim), and the fields' summed lengths are kept at build too. Ranking walks the
//! token ids (never the text) of each distinct paragraph, summary and name among the results
//! once, and of each result's quote once: measured natively (release build) at 100,000 claims
//! of about 70 tokens, about 0.4 µs a result for a word and 0.8 µs for two, so 10,000 results
//! take about 4 ms; the browser's WebAssembly is slower by a small factor. A search with more
//! results than [`RANK_LIMIT`] is not scored: the results whose quote holds every term come
//! first, the others after, each in corpus order (one walk over each result's quote tokens:
//! 5.8 ms natively for the 22,764 results of `missile defense` at 100,000 claims). Past
//! [`QUOTES_FIRST_LIMIT`] results (a first keystroke, or one common word, at 100,000 claims) the
//! results keep corpus order: that walk would cost 10 ms and more, and the next keystroke narrows
//! them. Meeting both the order and a keystroke's budget at any size needs the quotes' tokens in
//! the index (postings of their own), not a walk per keystroke.

use super::search::{TextIndex, NO_UNIT, SPARSE};
use crate::index::csr::FxBuild;
use crate::index::{Query, Term};
use std::collections::HashMap;
use std::ops::Range;

/// BM25's term-frequency saturation.
pub const K1: f32 = 1.2;
/// BM25's length normalisation.
pub const B: f32 = 0.75;
/// The weight of a match in the quote.
pub const W_QUOTE: f32 = 3.0;
/// The weight of a match in the summary.
pub const W_SUMMARY: f32 = 2.0;
/// The weight of a match in the paragraph, outside the quote.
pub const W_PARAGRAPH: f32 = 1.0;
/// The weight of a match in the speaker's name.
pub const W_SPEAKER: f32 = 1.0;
/// The most results ranked; more keep corpus order (see the module docs).
pub const RANK_LIMIT: usize = 10_000;

/// The most results put quotes-first when there are too many to rank; more keep corpus order
/// (see the module docs).
pub const QUOTES_FIRST_LIMIT: usize = 30_000;

/// A claim's fields, in the order of the weights.
const WEIGHTS: [f32; 4] = [W_QUOTE, W_SUMMARY, W_PARAGRAPH, W_SPEAKER];

/// Whether the consecutive token ranges `pattern` occur in `seq` (at least once): [`count`]
/// that stops at the first place. Both keep the plain walk for one word, the common case; a
/// version of the two over one iterator of windows measured slower with `rank_probe`, on a
/// machine too noisy that hour to say by how much.
fn occurs(seq: &[u32], pattern: &[Range<u32>]) -> bool {
    match pattern {
        [] => false,
        [r] => seq.iter().any(|t| r.contains(t)),
        _ if seq.len() < pattern.len() => false,
        _ => seq
            .windows(pattern.len())
            .any(|w| pattern.iter().zip(w).all(|(r, t)| r.contains(t))),
    }
}

/// How many times the consecutive token ranges `pattern` occur in `seq`.
fn count(seq: &[u32], pattern: &[Range<u32>]) -> u32 {
    match pattern {
        [] => 0,
        [r] => seq.iter().filter(|t| r.contains(t)).count() as u32,
        _ if seq.len() < pattern.len() => 0,
        _ => seq
            .windows(pattern.len())
            .filter(|w| pattern.iter().zip(*w).all(|(r, t)| r.contains(t)))
            .count() as u32,
    }
}

impl TextIndex {
    /// The token ranges a term matches, in a row: one for a word; `None` when the vocabulary
    /// cannot match it.
    fn pattern(&self, term: &Term) -> Option<Vec<Range<u32>>> {
        let ranges: Vec<Range<u32>> = match term {
            Term::Word(w) if w.is_empty() => return None,
            Term::Word(w) => vec![self.prefix_range(w)],
            Term::Phrase(words) => {
                let (last, init) = words.split_last()?;
                if last.is_empty() {
                    return None;
                }
                init.iter()
                    .map(|w| self.exact_range(w))
                    .chain(std::iter::once(self.prefix_range(last)))
                    .collect()
            }
        };
        (!ranges.iter().any(Range::is_empty)).then_some(ranges)
    }

    /// How many claims hold a token of `range`, counted per token (an upper bound).
    fn claims_with_any(&self, range: Range<u32>) -> usize {
        let words = self.claim_count.div_ceil(64);
        let n: usize = range
            .map(|t| match self.dense_slot[t as usize] {
                SPARSE => self.postings.row(t as usize).len(),
                slot => {
                    let slot = slot as usize;
                    self.dense[slot * words..(slot + 1) * words]
                        .iter()
                        .map(|w| w.count_ones() as usize)
                        .sum()
                }
            })
            .sum();
        n.min(self.claim_count)
    }

    /// A unit's tokens (empty for `NO_UNIT`).
    fn unit(&self, u: u32) -> &[u32] {
        if u == NO_UNIT {
            &[]
        } else {
            self.sequences.row(u as usize)
        }
    }

    /// Claim `c`'s quote as a token range of its text unit.
    fn quote_range(&self, c: usize) -> Range<usize> {
        let len = self.unit(self.claim_units[c][0]).len();
        match self.quote_tokens.get(c) {
            Some(&[s, e]) => (s as usize).min(len)..(e as usize).min(len),
            None => 0..len,
        }
    }

    /// Claim `c`'s field lengths, in tokens, in the order of [`WEIGHTS`].
    fn lengths(&self, c: usize) -> [usize; 4] {
        let [text, summary, speaker] = self.claim_units[c];
        let quote = self.quote_range(c).len();
        [
            quote,
            self.unit(summary).len(),
            self.unit(text).len() - quote,
            self.unit(speaker).len(),
        ]
    }

    /// Every claim's field lengths, summed (kept at build: `field_tokens`).
    pub(super) fn sum_field_lengths(&self) -> [u64; 4] {
        let mut sum = [0u64; 4];
        for c in 0..self.claim_units.len() {
            for (s, l) in sum.iter_mut().zip(self.lengths(c)) {
                *s += l as u64;
            }
        }
        sum
    }

    /// Of more than [`RANK_LIMIT`] results, those whose quote holds every term come first; each
    /// group keeps corpus order (a stable partition: one walk over each result's quote tokens).
    fn quotes_first(&self, patterns: &[Vec<Range<u32>>], claims: &mut [u32]) {
        let (mut first, rest): (Vec<u32>, Vec<u32>) = claims.iter().partition(|&&c| {
            let ci = c as usize;
            let quote = &self.unit(self.claim_units[ci][0])[self.quote_range(ci)];
            patterns.iter().all(|p| occurs(quote, p))
        });
        first.extend(rest);
        claims.copy_from_slice(&first);
    }

    /// Reorders `claims` by relevance to `query`, best first, equal ranks in their order (see
    /// the module docs). Leaves them as they are for an empty query or more than
    /// [`RANK_LIMIT`] claims.
    pub(in crate::index) fn rank(&self, query: &Query, claims: &mut [u32]) {
        if query.is_empty() || claims.len() < 2 {
            return;
        }
        let patterns: Vec<Vec<Range<u32>>> =
            query.terms.iter().filter_map(|t| self.pattern(t)).collect();
        if patterns.is_empty() {
            return;
        }
        if claims.len() > RANK_LIMIT {
            if claims.len() <= QUOTES_FIRST_LIMIT {
                self.quotes_first(&patterns, claims);
            }
            return;
        }
        let n = self.claim_count as f32;
        let idf: Vec<f32> = patterns
            .iter()
            .map(|p| {
                let df = p
                    .iter()
                    .map(|r| self.claims_with_any(r.clone()))
                    .min()
                    .unwrap_or(0) as f32;
                (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
            })
            .collect();
        // The whole query in a row, when it has two words or more.
        let whole: Vec<Range<u32>> = patterns.iter().flatten().cloned().collect();
        let whole = (whole.len() >= 2 && patterns.len() >= 2).then_some(whole);
        let avg = self.field_tokens.map(|s| s as f32 / n.max(1.0));
        // Per unit seen: its slot; per slot, each term's count, then whether the whole query is
        // in a row. Slot 0 is no unit.
        let terms = patterns.len();
        let mut slots: HashMap<u32, usize, FxBuild> = HashMap::default();
        let mut counts: Vec<u32> = vec![0; terms];
        let mut in_a_row: Vec<bool> = vec![false];
        let mut keys: Vec<(u32, bool, f32)> = Vec::with_capacity(claims.len());
        for &c in claims.iter() {
            let ci = c as usize;
            let [text, summary, speaker] = self.claim_units[ci];
            let mut units = [0usize; 3];
            for (slot, u) in units.iter_mut().zip([text, summary, speaker]) {
                if u != NO_UNIT {
                    *slot = *slots.entry(u).or_insert_with(|| {
                        let seq = self.unit(u);
                        counts.extend(patterns.iter().map(|p| count(seq, p)));
                        in_a_row.push(whole.as_ref().is_some_and(|w| count(seq, w) > 0));
                        in_a_row.len() - 1
                    });
                }
            }
            let quote_seq = &self.unit(text)[self.quote_range(ci)];
            let lengths = self.lengths(ci);
            let norm: [f32; 4] = std::array::from_fn(|f| {
                if avg[f] > 0.0 {
                    1.0 - B + B * lengths[f] as f32 / avg[f]
                } else {
                    1.0
                }
            });
            let mut score = 0f32;
            for (t, p) in patterns.iter().enumerate() {
                let quote = count(quote_seq, p);
                let [text, summary, speaker] = units.map(|s| counts[s * terms + t]);
                let fields = [quote, summary, text.saturating_sub(quote), speaker];
                let tf: f32 = (0..4)
                    .map(|f| WEIGHTS[f] * fields[f] as f32 / norm[f])
                    .sum();
                score += idf[t] * tf * (K1 + 1.0) / (K1 + tf);
            }
            let row = units.iter().any(|&s| in_a_row[s]);
            keys.push((c, row, score));
        }
        keys.sort_by(|a, b| b.1.cmp(&a.1).then(b.2.total_cmp(&a.2)));
        for (slot, (c, _, _)) in claims.iter_mut().zip(keys) {
            *slot = c;
        }
    }
}
