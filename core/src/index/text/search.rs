//! The token index over the claims' text and its search: words as prefixes, phrases in a row,
//! the short costly prefixes kept ready (see the module docs of `index::text`).

use crate::corpus::byte_at;
use crate::index::csr::Csr;
use crate::index::{Bitset, Term};
use std::ops::Range;

/// No unit.
pub(in crate::index) const NO_UNIT: u32 = u32::MAX;

/// A token whose postings are a list, not a bitset.
pub(in crate::index) const SPARSE: u32 = u32::MAX;

/// The token index (see the module docs).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(in crate::index) struct TextIndex {
    pub(in crate::index) claim_count: usize,
    /// The sorted vocabulary, concatenated; token `t` is `vocab[ends[t - 1]..ends[t]]`.
    pub(in crate::index) vocab: String,
    pub(in crate::index) vocab_ends: Vec<u32>,
    /// Token → the claims it occurs in, ascending (empty for a token kept as a bitset).
    pub(in crate::index) postings: Csr,
    /// Token → its slot in `dense`, or `SPARSE`.
    pub(in crate::index) dense_slot: Vec<u32>,
    /// Claim bitsets of the frequent tokens, `claim_count.div_ceil(64)` words each.
    pub(in crate::index) dense: Vec<u64>,
    /// Unit → its token ids, in text order.
    pub(in crate::index) sequences: Csr,
    /// Token → its occurrences, as indices into `sequences.data`.
    pub(in crate::index) positions: Csr,
    /// Claim → its units (paragraph or quote, summary, speaker name), `NO_UNIT` when absent.
    pub(in crate::index) claim_units: Vec<[u32; 3]>,
    /// Claim → its quote as a range of token positions in its first unit's sequence (all of
    /// it when the unit is the quote itself), for ranking.
    pub(in crate::index) quote_tokens: Vec<[u32; 2]>,
    /// The tokens of every claim's fields, summed (quote, summary, paragraph outside the
    /// quote, speaker's name), for the fields' average lengths in ranking.
    pub(in crate::index) field_tokens: [u64; 4],
    /// Token id ranges of short, costly prefixes (`a`, `co`, `pre`), sorted, whose claim
    /// bitsets are kept in `cached` (same layout as `dense`).
    pub(in crate::index) cached_ranges: Vec<(u32, u32)>,
    pub(in crate::index) cached: Vec<u64>,
}

impl TextIndex {
    pub(in crate::index) fn vocab_len(&self) -> u32 {
        self.vocab_ends.len() as u32
    }

    #[inline]
    fn token(&self, t: u32) -> &str {
        let start = if t == 0 {
            0
        } else {
            self.vocab_ends[t as usize - 1] as usize
        };
        &self.vocab[start..self.vocab_ends[t as usize] as usize]
    }

    /// The first token id in `lo..hi` for which `pred` is false (`pred` true then false).
    fn partition(&self, mut lo: u32, mut hi: u32, pred: impl Fn(&str) -> bool) -> u32 {
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if pred(self.token(mid)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }

    /// The ids of the tokens that start with `prefix`.
    pub(super) fn prefix_range(&self, prefix: &str) -> Range<u32> {
        let n = self.vocab_len();
        let lo = self.partition(0, n, |t| t < prefix);
        let hi = self.partition(lo, n, |t| t.starts_with(prefix));
        lo..hi
    }

    /// The id of the token equal to `word`, as a range of zero or one ids.
    pub(super) fn exact_range(&self, word: &str) -> Range<u32> {
        let n = self.vocab_len();
        let lo = self.partition(0, n, |t| t < word);
        if lo < n && self.token(lo) == word {
            lo..lo + 1
        } else {
            lo..lo
        }
    }

    /// About how many word operations the union of the postings of `range` takes.
    fn cost(&self, range: Range<u32>) -> usize {
        let words = self.claim_count.div_ceil(64);
        range
            .map(|t| {
                if self.dense_slot[t as usize] == SPARSE {
                    self.postings.row(t as usize).len()
                } else {
                    words
                }
            })
            .sum()
    }

    /// Keeps the claim bitsets of the prefixes of 1 to 3 chars whose union would cost more
    /// than a pass over all claims. Per prefix length, at most (postings / claims) of them.
    pub(super) fn cache_prefixes(&mut self) {
        let n = self.vocab_len();
        let mut ranges = Vec::new();
        for len in 1..=3 {
            let mut t = 0;
            while t < n {
                let tok = self.token(t);
                let Some(cut) = byte_at(tok, len) else {
                    t += 1;
                    continue;
                };
                let prefix = &tok[..cut];
                let end = self.partition(t, n, |x| x.starts_with(prefix));
                if self.cost(t..end) > self.claim_count.max(64) {
                    ranges.push((t, end));
                }
                t = end;
            }
        }
        ranges.sort_unstable();
        ranges.dedup();
        let mut cached = Vec::with_capacity(ranges.len() * self.claim_count.div_ceil(64));
        for &(lo, hi) in &ranges {
            cached.extend_from_slice(&self.union(lo..hi).words);
        }
        self.cached_ranges = ranges;
        self.cached = cached;
    }

    /// The claims holding any token of `range`.
    fn claims_of(&self, range: Range<u32>) -> Bitset {
        if let Ok(i) = self.cached_ranges.binary_search(&(range.start, range.end)) {
            let words = self.claim_count.div_ceil(64);
            return Bitset {
                words: self.cached[i * words..(i + 1) * words].to_vec(),
                size: self.claim_count,
            };
        }
        self.union(range)
    }

    /// The claims holding any token of `range`, from the postings.
    fn union(&self, range: Range<u32>) -> Bitset {
        let mut b = Bitset::new(self.claim_count);
        let words = b.words.len();
        for t in range {
            let slot = self.dense_slot[t as usize];
            if slot == SPARSE {
                for &c in self.postings.row(t as usize) {
                    b.insert(c);
                }
            } else {
                let d = &self.dense[slot as usize * words..(slot as usize + 1) * words];
                for (a, &x) in b.words.iter_mut().zip(d) {
                    *a |= x;
                }
            }
        }
        b
    }

    /// The units holding consecutive tokens in `ranges`, one range each (not empty). Found
    /// from the occurrences of the range with the fewest: a range's tokens have consecutive
    /// ids, so its occurrences are one slice of `positions`.
    fn units_with(&self, ranges: &[Range<u32>]) -> Bitset {
        let seq = &self.sequences;
        let mut found = Bitset::new(seq.offsets.len().saturating_sub(1));
        let occurrences = |r: &Range<u32>| {
            let o = &self.positions.offsets;
            o[r.start as usize] as usize..o[r.end as usize] as usize
        };
        let Some((k, anchor)) = ranges
            .iter()
            .enumerate()
            .min_by_key(|(_, r)| occurrences(r).len())
        else {
            return found;
        };
        let n = ranges.len() as u32;
        for &p in &self.positions.data[occurrences(anchor)] {
            let Some(start) = p.checked_sub(k as u32) else {
                continue;
            };
            let u = seq.row_at(p);
            if start < seq.offsets[u] || start + n > seq.offsets[u + 1] || found.contains(u as u32)
            {
                continue;
            }
            let words = &seq.data[start as usize..(start + n) as usize];
            if ranges.iter().zip(words).all(|(r, t)| r.contains(t)) {
                found.insert(u as u32);
            }
        }
        found
    }

    /// The claims where `term` matches.
    pub(in crate::index) fn term_claims(&self, term: &Term) -> Bitset {
        let none = || Bitset::new(self.claim_count);
        match term {
            Term::Word(w) if w.is_empty() => none(),
            Term::Word(w) => self.claims_of(self.prefix_range(w)),
            Term::Phrase(words) => {
                let Some((last, init)) = words.split_last() else {
                    return none();
                };
                if last.is_empty() {
                    return none();
                }
                let mut ranges: Vec<Range<u32>> =
                    init.iter().map(|w| self.exact_range(w)).collect();
                ranges.push(self.prefix_range(last));
                if ranges.iter().any(|r| r.is_empty()) {
                    return none();
                }
                // Claims holding every token, rarest first; then those with a unit that has
                // the tokens in a row.
                let mut order: Vec<&Range<u32>> = ranges.iter().collect();
                order.sort_by_key(|r| self.cost((*r).clone()));
                let mut cand = self.claims_of(order[0].clone());
                for r in &order[1..] {
                    if cand.is_clear() {
                        return cand;
                    }
                    cand.and_with(&self.claims_of((*r).clone()));
                }
                let found = self.units_with(&ranges);
                let mut out = none();
                cand.for_each_one(|c| {
                    let units = &self.claim_units[c as usize];
                    if units.iter().any(|&u| u != NO_UNIT && found.contains(u)) {
                        out.insert(c);
                    }
                });
                out
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{search, spread};
    use crate::index::CorpusIndex;

    #[test]
    fn a_phrase_stays_within_one_text() {
        // A claim's paragraph, summary and speaker are units one after another in the index:
        // a phrase must not run from the end of one into the start of the next. The phrase's
        // rarer word is where its search starts: `alpha` here, then `beta`.
        let index = |paragraph: &str, summary: &str| {
            CorpusIndex::new(&spread(vec![paragraph.into()], 1, |_| (0, summary.into())))
        };
        let ix = index(
            "they spoke of the treaty alpha",
            "beta gamma on the treaty beta",
        );
        assert_eq!(search(&ix, "\"alpha beta\""), Some(vec![]));
        assert_eq!(search(&ix, "\"treaty alpha\""), Some(vec![0]));
        assert_eq!(search(&ix, "\"beta gamma\""), Some(vec![0]));
        let ix = index(
            "alpha spoke of the treaty alpha",
            "beta gamma on the treaty",
        );
        assert_eq!(search(&ix, "\"alpha beta\""), Some(vec![]));
        assert_eq!(search(&ix, "\"alpha b\""), Some(vec![]));
        assert_eq!(search(&ix, "\"the treaty\""), Some(vec![0]));
        assert_eq!(search(&ix, "\"treaty beta\""), Some(vec![]));
    }

    #[test]
    fn costly_short_prefixes_are_cached_and_agree_with_postings() {
        let texts = (0..200)
            .map(|i| format!("alpha{i} alto{i} amber{} zed", i % 50))
            .collect();
        let c = spread(texts, 200, |i| (i, String::new()));
        let ix = CorpusIndex::new(&c);
        let t = ix.text();
        assert!(!t.cached_ranges.is_empty());
        let words = 200usize.div_ceil(64);
        for (i, &(lo, hi)) in t.cached_ranges.iter().enumerate() {
            assert_eq!(t.cached[i * words..(i + 1) * words], t.union(lo..hi).words);
        }
        for p in ["a", "al", "am", "alp", "amber1", "z", "x"] {
            let r = t.prefix_range(p);
            assert_eq!(t.claims_of(r.clone()), t.union(r), "{p}");
        }
        let all: Vec<u32> = (0..200).collect();
        assert_eq!(search(&ix, "a"), Some(all.clone()));
        assert_eq!(search(&ix, "al"), Some(all));
        let amber1: Vec<u32> = (0..200)
            .filter(|i| [1, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19].contains(&(i % 50)))
            .collect();
        assert_eq!(search(&ix, "amber1"), Some(amber1));
        assert_eq!(search(&ix, "\"alto7 am\""), Some(vec![7]));
        assert_eq!(search(&ix, "a alpha150"), Some(vec![150]));
    }
}
