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
//! Memory is about 8 bytes per token of indexed text plus 4 bytes per distinct (token, claim)
//! pair; a keystroke allocates a few bitsets of `claim_count / 8` bytes.

use super::csr::{Csr, FxBuild};
use super::Bitset;
use crate::corpus::{byte_at, Corpus};
use crate::index::Term;
use crate::text::{fold_into, tokens};
use std::collections::HashMap;
use std::ops::Range;

/// No unit.
const NO_UNIT: u32 = u32::MAX;

/// How many times more claims a part of the counting and filling passes takes than a part of
/// adding claims (which tokenizes their text: the passes only read token ids).
const PASS_CLAIMS_PER_ADDED: usize = 16;

/// A token whose postings are a list, not a bitset.
const SPARSE: u32 = u32::MAX;

/// The token index (see the module docs).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct TextIndex {
    claim_count: usize,
    /// The sorted vocabulary, concatenated; token `t` is `vocab[ends[t - 1]..ends[t]]`.
    vocab: String,
    vocab_ends: Vec<u32>,
    /// Token → the claims it occurs in, ascending (empty for a token kept as a bitset).
    postings: Csr,
    /// Token → its slot in `dense`, or `SPARSE`.
    dense_slot: Vec<u32>,
    /// Claim bitsets of the frequent tokens, `claim_count.div_ceil(64)` words each.
    dense: Vec<u64>,
    /// Unit → its token ids, in text order.
    sequences: Csr,
    /// Token → its occurrences, as indices into `sequences.data`.
    positions: Csr,
    /// Claim → its units (paragraph or quote, summary, speaker name), `NO_UNIT` when absent.
    claim_units: Vec<[u32; 3]>,
    /// Token id ranges of short, costly prefixes (`a`, `co`, `pre`), sorted, whose claim
    /// bitsets are kept in `cached` (same layout as `dense`).
    pub(super) cached_ranges: Vec<(u32, u32)>,
    pub(super) cached: Vec<u64>,
}

impl TextIndex {
    pub(super) fn vocab_len(&self) -> u32 {
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
    fn prefix_range(&self, prefix: &str) -> Range<u32> {
        let n = self.vocab_len();
        let lo = self.partition(0, n, |t| t < prefix);
        let hi = self.partition(lo, n, |t| t.starts_with(prefix));
        lo..hi
    }

    /// The id of the token equal to `word`, as a range of zero or one ids.
    fn exact_range(&self, word: &str) -> Range<u32> {
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
    fn cache_prefixes(&mut self) {
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
    pub(super) fn term_claims(&self, term: &Term) -> Bitset {
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

/// What the text index needs of the facet index: each claim's speaker, whose name is a unit of
/// its own. The facet index provides it, so the text index does not depend on it.
pub(super) trait SpeakerSource {
    /// How many speakers there are (their ids are `0..speaker_count()`).
    fn speaker_count(&self) -> usize;
    /// The speaker of claim `claim`.
    fn speaker_of(&self, claim: usize) -> usize;
    /// The name of speaker `speaker`, as a person reads it.
    fn speaker_name(&self, speaker: usize) -> &str;
}

/// What a part of the build left.
pub(super) enum Part {
    Going,
    Done(Box<TextIndex>),
    /// A stage broke off (a panic while it ran): the build must start again.
    Broken,
}

/// A text index being built: the claims before `next_claim` are added, then it is finished
/// a stage at a time.
/// Text units: each paragraph once, each summary, each speaker's name once.
#[derive(Debug)]
pub(super) struct PendingText {
    /// `Adding` until every claim is added; `None` only while a stage runs.
    stage: Option<Finishing>,
    next_claim: usize,
    /// Article id → its position in the corpus (the first article with the id).
    articles: HashMap<Box<str>, usize, FxBuild>,
    /// (article position, paragraph position) → the paragraph's unit.
    paragraph_units: HashMap<(usize, usize), u32, FxBuild>,
    /// Speaker value → the unit of its name.
    speaker_units: Vec<u32>,
    claim_units: Vec<[u32; 3]>,
}

impl PendingText {
    pub(super) fn new(corpus: &Corpus) -> PendingText {
        let mut articles =
            HashMap::with_capacity_and_hasher(corpus.articles.len(), FxBuild::default());
        for (i, a) in corpus.articles.iter().enumerate() {
            articles.entry(a.id.as_str().into()).or_insert(i);
        }
        PendingText {
            stage: Some(Finishing::Adding(TextBuilder::new())),
            next_claim: 0,
            articles,
            paragraph_units: HashMap::default(),
            speaker_units: Vec::new(),
            claim_units: Vec::with_capacity(corpus.claims.len()),
        }
    }

    /// Adds the units of up to `count` more claims.
    fn add_claims(&mut self, speakers: &impl SpeakerSource, corpus: &Corpus, count: usize) {
        self.speaker_units.resize(speakers.speaker_count(), NO_UNIT);
        let Some(Finishing::Adding(builder)) = &mut self.stage else {
            return;
        };
        let end = self
            .next_claim
            .saturating_add(count)
            .min(corpus.claims.len());
        for i in self.next_claim..end {
            let c = &corpus.claims[i];
            let place = self.articles.get(c.article.as_str()).and_then(|&a| {
                let p = corpus.articles[a]
                    .paragraphs
                    .iter()
                    .position(|p| p.id == c.paragraph)?;
                Some((a, p))
            });
            let text_unit = match place {
                Some(key) => match self.paragraph_units.get(&key) {
                    Some(&u) => u,
                    None => {
                        let u = builder.unit(&corpus.articles[key.0].paragraphs[key.1].text);
                        self.paragraph_units.insert(key, u);
                        u
                    }
                },
                None => builder.unit(&c.quote),
            };
            let summary_unit = if c.summary.trim().is_empty() {
                NO_UNIT
            } else {
                builder.unit(&c.summary)
            };
            let sp = speakers.speaker_of(i);
            if self.speaker_units[sp] == NO_UNIT {
                self.speaker_units[sp] = builder.unit(speakers.speaker_name(sp));
            }
            self.claim_units
                .push([text_unit, summary_unit, self.speaker_units[sp]]);
        }
        self.next_claim = end;
    }

    /// Adds `claims` more claims or, once all are added, runs one stage of finishing.
    pub(super) fn part(
        &mut self,
        speakers: &impl SpeakerSource,
        corpus: &Corpus,
        claims: usize,
    ) -> Part {
        if self.next_claim < corpus.claims.len() {
            self.add_claims(speakers, corpus, claims.max(1));
            return Part::Going;
        }
        match self.finish_stage(claims.max(1).saturating_mul(PASS_CLAIMS_PER_ADDED)) {
            Some(text) => Part::Done(Box::new(text)),
            None if self.stage.is_none() => Part::Broken,
            None => Part::Going,
        }
    }

    /// Runs the next step of finishing (a pass over at most `claims` claims); the text index
    /// after the last.
    fn finish_stage(&mut self, claims: usize) -> Option<TextIndex> {
        let stage = self.stage.take()?;
        match stage.next(&mut self.claim_units, claims) {
            Ok(next) => {
                self.stage = Some(next);
                None
            }
            Err(text) => Some(*text),
        }
    }

    /// Adds the remaining claims and finishes.
    pub(super) fn finish(mut self, speakers: &impl SpeakerSource, corpus: &Corpus) -> TextIndex {
        self.add_claims(speakers, corpus, usize::MAX);
        loop {
            if let Some(text) = self.finish_stage(usize::MAX) {
                return text;
            }
            if self.stage.is_none() {
                return TextBuilder::new().finish(Vec::new());
            }
        }
    }
}

/// Builds the token index over the units of `corpus`.
#[derive(Debug)]
pub(super) struct TextBuilder {
    temp_ids: HashMap<Box<str>, u32, FxBuild>,
    temp_tokens: Vec<Box<str>>,
    seq_offsets: Vec<u32>,
    seq_tokens: Vec<u32>,
    buf: String,
}

impl TextBuilder {
    pub(super) fn new() -> TextBuilder {
        TextBuilder {
            temp_ids: HashMap::default(),
            temp_tokens: Vec::new(),
            seq_offsets: vec![0],
            seq_tokens: Vec::new(),
            buf: String::new(),
        }
    }

    /// Adds a unit of text and returns its id.
    fn unit(&mut self, text: &str) -> u32 {
        self.buf.clear();
        fold_into(text, &mut self.buf);
        for (_, tok) in tokens(&self.buf) {
            let id = match self.temp_ids.get(tok) {
                Some(&id) => id,
                None => {
                    let id = self.temp_tokens.len() as u32;
                    self.temp_tokens.push(tok.into());
                    self.temp_ids.insert(tok.into(), id);
                    id
                }
            };
            self.seq_tokens.push(id);
        }
        self.seq_offsets.push(self.seq_tokens.len() as u32);
        (self.seq_offsets.len() - 2) as u32
    }

    /// The text index of the units added, for claims with these units.
    pub(super) fn finish(self, claim_units: Vec<[u32; 3]>) -> TextIndex {
        let mut claim_units = claim_units;
        let mut stage = Finishing::Adding(self);
        loop {
            match stage.next(&mut claim_units, usize::MAX) {
                Ok(next) => stage = next,
                Err(text) => return *text,
            }
        }
    }

    /// The vocabulary sorted; a token's id becomes its rank.
    fn sorted(self) -> Sorted {
        let TextBuilder {
            temp_tokens,
            seq_offsets,
            mut seq_tokens,
            ..
        } = self;
        let mut order: Vec<u32> = (0..temp_tokens.len() as u32).collect();
        order.sort_unstable_by(|&a, &b| temp_tokens[a as usize].cmp(&temp_tokens[b as usize]));
        let mut rank = vec![0u32; temp_tokens.len()];
        let mut vocab = String::with_capacity(temp_tokens.iter().map(|t| t.len()).sum());
        let mut vocab_ends = Vec::with_capacity(temp_tokens.len());
        for (r, &t) in order.iter().enumerate() {
            rank[t as usize] = r as u32;
            vocab.push_str(&temp_tokens[t as usize]);
            vocab_ends.push(vocab.len() as u32);
        }
        drop(temp_tokens);
        for t in &mut seq_tokens {
            *t = rank[*t as usize];
        }
        Sorted {
            vocab,
            vocab_ends,
            sequences: Csr {
                offsets: seq_offsets,
                data: seq_tokens,
            },
        }
    }
}

/// The stages of finishing a text index, each a pass over the text or a part of one: a caller
/// may let the page work between two (see [`CorpusIndex::prepare_text_part`]).
#[derive(Debug)]
enum Finishing {
    Adding(TextBuilder),
    Sorted(Sorted),
    /// Counting how many claims hold each token.
    Counting(Sorted, Vec<u32>, Pass),
    /// Filling the postings.
    Filling(Box<Filling>),
    /// Postings made; the tokens' positions not yet.
    Filled(Box<TextIndex>),
    /// Positions made; the costly prefixes not yet cached.
    Placed(Box<TextIndex>),
}

/// The vocabulary sorted and the units' token sequences in its ids.
#[derive(Debug)]
struct Sorted {
    vocab: String,
    vocab_ends: Vec<u32>,
    sequences: Csr,
}

/// A pass over the tokens of every claim's units, each token once per claim, claims in order,
/// a range of claims at a time.
#[derive(Debug)]
struct Pass {
    /// Token → the last claim seen holding it.
    last: Vec<u32>,
    /// The claims before this one are done.
    next: usize,
}

impl Pass {
    fn new(tokens: usize) -> Pass {
        Pass {
            last: vec![u32::MAX; tokens],
            next: 0,
        }
    }

    /// Calls `f(claim, token)` for up to `count` more claims; whether every claim is done.
    fn run(
        &mut self,
        sequences: &Csr,
        claim_units: &[[u32; 3]],
        count: usize,
        mut f: impl FnMut(u32, u32),
    ) -> bool {
        let end = self.next.saturating_add(count).min(claim_units.len());
        for (c, units) in claim_units.iter().enumerate().take(end).skip(self.next) {
            for &u in units.iter().filter(|&&u| u != NO_UNIT) {
                for &t in sequences.row(u as usize) {
                    if self.last[t as usize] != c as u32 {
                        self.last[t as usize] = c as u32;
                        f(c as u32, t);
                    }
                }
            }
        }
        self.next = end;
        end == claim_units.len()
    }
}

/// Postings being filled: over claims, each claim once per token. A token in more than 1/32 of
/// the claims is kept as a bitset, which is then no larger than its list.
#[derive(Debug)]
struct Filling {
    sorted: Sorted,
    dense_slot: Vec<u32>,
    dense: Vec<u64>,
    offsets: Vec<u32>,
    /// Token → where its next claim goes in `data`.
    fill: Vec<u32>,
    data: Vec<u32>,
    pass: Pass,
}

impl Filling {
    /// Room for the postings of `n_claims` claims whose tokens are held by `counts` claims each.
    fn new(sorted: Sorted, counts: &[u32], n_claims: usize) -> Filling {
        let n_tokens = sorted.vocab_ends.len();
        let mut dense_slot = vec![SPARSE; n_tokens];
        let mut n_dense = 0usize;
        let mut offsets = Vec::with_capacity(n_tokens + 1);
        offsets.push(0u32);
        let mut total = 0u32;
        for (t, &k) in counts.iter().enumerate() {
            if k as usize * 32 > n_claims {
                dense_slot[t] = n_dense as u32;
                n_dense += 1;
            } else {
                total += k;
            }
            offsets.push(total);
        }
        Filling {
            sorted,
            dense_slot,
            dense: vec![0u64; n_dense * n_claims.div_ceil(64)],
            fill: offsets[..n_tokens].to_vec(),
            offsets,
            data: vec![0u32; total as usize],
            pass: Pass::new(n_tokens),
        }
    }

    /// Fills in up to `count` more claims; whether every claim is in.
    fn step(&mut self, claim_units: &[[u32; 3]], count: usize) -> bool {
        let words = claim_units.len().div_ceil(64);
        let Filling {
            sorted,
            dense_slot,
            dense,
            fill,
            data,
            pass,
            ..
        } = self;
        pass.run(&sorted.sequences, claim_units, count, |c, t| {
            let slot = dense_slot[t as usize];
            if slot == SPARSE {
                data[fill[t as usize] as usize] = c;
                fill[t as usize] += 1;
            } else {
                dense[slot as usize * words + (c / 64) as usize] |= 1 << (c % 64);
            }
        })
    }

    /// The text index, its postings filled (see [`Filling::step`]).
    fn finished(self, claim_units: Vec<[u32; 3]>) -> TextIndex {
        TextIndex {
            claim_count: claim_units.len(),
            vocab: self.sorted.vocab,
            vocab_ends: self.sorted.vocab_ends,
            postings: Csr {
                offsets: self.offsets,
                data: self.data,
            },
            dense_slot: self.dense_slot,
            dense: self.dense,
            sequences: self.sorted.sequences,
            positions: Csr::default(),
            claim_units,
            cached_ranges: Vec::new(),
            cached: Vec::new(),
        }
    }
}

impl Finishing {
    /// The next stage, having done one step of this one (a pass over at most `claims` claims),
    /// or the finished index. `claim_units`: every claim's units.
    fn next(
        self,
        claim_units: &mut Vec<[u32; 3]>,
        claims: usize,
    ) -> Result<Finishing, Box<TextIndex>> {
        match self {
            Finishing::Adding(builder) => Ok(Finishing::Sorted(builder.sorted())),
            Finishing::Sorted(sorted) => {
                let n = sorted.vocab_ends.len();
                Ok(Finishing::Counting(sorted, vec![0; n], Pass::new(n)))
            }
            Finishing::Counting(sorted, mut counts, mut pass) => {
                let done = pass.run(&sorted.sequences, claim_units, claims, |_, t| {
                    counts[t as usize] += 1
                });
                Ok(if done {
                    let filling = Filling::new(sorted, &counts, claim_units.len());
                    Finishing::Filling(Box::new(filling))
                } else {
                    Finishing::Counting(sorted, counts, pass)
                })
            }
            Finishing::Filling(mut filling) => Ok(if filling.step(claim_units, claims) {
                let text = filling.finished(std::mem::take(claim_units));
                Finishing::Filled(Box::new(text))
            } else {
                Finishing::Filling(filling)
            }),
            Finishing::Filled(mut text) => {
                text.positions = text.sequences.positions(text.vocab_ends.len());
                Ok(Finishing::Placed(text))
            }
            Finishing::Placed(mut text) => {
                text.cache_prefixes();
                Err(text)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::corpus_index::tests::sample;
    use super::super::CorpusIndex;
    use crate::corpus::{Claim, Corpus, Paragraph, ParagraphKind};
    use crate::index::parse_query;

    fn search(ix: &CorpusIndex, q: &str) -> Option<Vec<u32>> {
        ix.search(&parse_query(q))
    }

    /// The sample corpus with its first article's paragraphs replaced by `texts` (ids `p0`,
    /// `p1`, …) and `n` claims like its first: claim `i` (id `c{i}`) in paragraph `of(i).0`, with
    /// summary `of(i).1`.
    fn spread(texts: Vec<String>, n: usize, of: impl Fn(usize) -> (usize, String)) -> Corpus {
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
    fn built_in_many_small_parts_it_is_the_same_index() {
        // 300 claims: with one claim a part, counting and filling take several parts each.
        let texts = (0..300)
            .map(|i| format!("w{} shared w{} word{i} tail", i % 7, i % 40))
            .collect();
        let c = spread(texts, 300, |i| (i % 250, format!("summary w{}", i % 3)));
        let c = std::sync::Arc::new(c);
        let eager = CorpusIndex::new(&c);
        let stepped = CorpusIndex::deferred(c.clone());
        let mut parts = 0;
        while !stepped.prepare_text_part(1) {
            parts += 1;
        }
        // 300 adding parts, then sorting, counting and filling (16 claims a part: 19 each),
        // positions and prefixes.
        assert_eq!(parts, 300 + 1 + 1 + 19 + 19 + 1);
        assert!(eager.text() == stepped.text(), "the indexes differ");
        assert!(!eager.text().dense.is_empty() && !eager.text().postings.data.is_empty());
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
