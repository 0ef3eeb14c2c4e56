//! A corpus indexed once, with integer ids, for fast filtering and search.
//!
//! [`CorpusIndex::new`] runs once per corpus; afterwards a facet click or a search keystroke
//! works on integers and bitsets only and never looks at the raw text again.
//! [`CorpusIndex::deferred`] indexes the facets at once and the text at the first search (or
//! when asked): the app draws a large corpus's first view before indexing its text.
//!
//! # Facets
//!
//! Every facet value gets a dense id (`u32`) in corpus order (see [`CorpusIndex::values`]). For
//! each facet the index keeps, per claim, the ids of its values (a claim has one side, speaker,
//! kind, attribution and article, and any number of questions) and, per value, the sorted ids
//! of its claims.
//!
//! # Text
//!
//! The searchable text is split into *units*: each paragraph that claims were said in (once,
//! however many claims it holds), each claim's summary, each speaker's name (and a claim's
//! quote when its paragraph cannot be found). Units are folded and tokenized (see
//! [`crate::search`]); per unit the index keeps its token ids in order, for phrases.
//!
//! The vocabulary of distinct tokens is sorted, so a token's id is its rank and the tokens a
//! prefix matches form one contiguous id range, found by binary search. Per token the index
//! keeps the claims whose units hold it: a sorted list, or a bitset for a token in more than
//! 1/32 of the claims (where the bitset is the smaller). A word becomes the union of the
//! postings of its id range; the short prefixes whose union would be costly (`a`, `co`,
//! `pre`: a person's first keystrokes) have their union kept ready. A phrase becomes the
//! claims holding all its tokens, kept when one of their units has them in a row (each unit
//! checked once). The terms' claim sets are intersected.
//!
//! Memory is about 4 bytes per token of indexed text plus 4 bytes per distinct (token, claim)
//! pair; a keystroke allocates a few bitsets of `claim_count / 8` bytes.

use crate::model::{Attribution, ClaimKind, Corpus};
use crate::search::{fold_into, tokens, Query, Term};
use crate::view_state::Facet;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::{Arc, Mutex, OnceLock};

/// A set of ids `0..size()`, one bit each.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Bitset {
    words: Vec<u64>,
    size: usize,
}

impl Bitset {
    /// The empty set over `0..size`.
    pub fn new(size: usize) -> Bitset {
        Bitset {
            words: vec![0; size.div_ceil(64)],
            size,
        }
    }

    /// The set of all of `0..size`.
    pub fn full(size: usize) -> Bitset {
        let mut words = vec![u64::MAX; size.div_ceil(64)];
        let tail = size % 64;
        if tail != 0 {
            if let Some(last) = words.last_mut() {
                *last = (1u64 << tail) - 1;
            }
        }
        Bitset { words, size }
    }

    /// The set of the given ids (each below `size`).
    pub fn from_ids(size: usize, ids: impl IntoIterator<Item = u32>) -> Bitset {
        let mut b = Bitset::new(size);
        for i in ids {
            b.insert(i);
        }
        b
    }

    /// The size of the universe, not the number of members (see [`Bitset::count`]).
    pub fn size(&self) -> usize {
        self.size
    }

    #[inline]
    pub fn insert(&mut self, i: u32) {
        self.words[(i / 64) as usize] |= 1 << (i % 64);
    }

    #[inline]
    pub fn remove(&mut self, i: u32) {
        self.words[(i / 64) as usize] &= !(1 << (i % 64));
    }

    /// Whether `i` is a member; ids outside the universe never are.
    #[inline]
    pub fn contains(&self, i: u32) -> bool {
        self.words
            .get((i / 64) as usize)
            .is_some_and(|w| w & (1 << (i % 64)) != 0)
    }

    /// The number of members.
    pub fn count(&self) -> usize {
        self.words.iter().map(|w| w.count_ones() as usize).sum()
    }

    /// True when there are no members.
    pub fn is_clear(&self) -> bool {
        self.words.iter().all(|&w| w == 0)
    }

    /// Keeps only the members also in `other` (of the same size).
    pub fn and_with(&mut self, other: &Bitset) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a &= b;
        }
    }

    /// Adds the members of `other` (of the same size).
    pub fn or_with(&mut self, other: &Bitset) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a |= b;
        }
    }

    /// The members, ascending.
    pub fn ones(&self) -> impl Iterator<Item = u32> + '_ {
        self.words.iter().enumerate().flat_map(|(wi, &w)| {
            let base = (wi * 64) as u32;
            let mut w = w;
            std::iter::from_fn(move || {
                if w == 0 {
                    return None;
                }
                let bit = w.trailing_zeros();
                w &= w - 1;
                Some(base + bit)
            })
        })
    }

    /// Calls `f` with each member, ascending (faster than [`Bitset::ones`]).
    #[inline]
    pub fn for_each_one(&self, mut f: impl FnMut(u32)) {
        for (wi, &w) in self.words.iter().enumerate() {
            let mut w = w;
            while w != 0 {
                f((wi * 64) as u32 + w.trailing_zeros());
                w &= w - 1;
            }
        }
    }

    /// Calls `f` with each id of `0..size()` that is not a member, ascending.
    #[inline]
    pub fn for_each_zero(&self, mut f: impl FnMut(u32)) {
        let tail = self.size % 64;
        let last = self.words.len().wrapping_sub(1);
        for (wi, &w) in self.words.iter().enumerate() {
            let mut w = !w;
            if wi == last && tail != 0 {
                w &= (1u64 << tail) - 1;
            }
            while w != 0 {
                f((wi * 64) as u32 + w.trailing_zeros());
                w &= w - 1;
            }
        }
    }

    /// The members, ascending.
    pub fn to_vec(&self) -> Vec<u32> {
        let mut v = Vec::with_capacity(self.count());
        self.for_each_one(|i| v.push(i));
        v
    }
}

/// One value of a facet, as a person reads it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacetValue {
    /// The id in links and in [`crate::view_state::ViewState`] (kinds and attributions: their
    /// lowercase name).
    pub id: String,
    /// The name to show: side name, speaker name, question short form (its text when it has
    /// none), kind or attribution capitalised, article "outlet — title".
    pub label: String,
    /// A second line: speaker role, question text, article publication date; otherwise empty.
    pub detail: String,
}

/// The values of one facet.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FacetTable {
    values: Vec<FacetValue>,
    /// How many claims have each value, in the whole corpus.
    totals: Vec<u32>,
    by_id: HashMap<String, u32, FxBuild>,
}

impl FacetTable {
    /// Adds a value, or returns the id of the value with the same id (a duplicate is dropped).
    fn add(&mut self, id: &str, label: String, detail: String) -> u32 {
        if let Some(&v) = self.by_id.get(id) {
            return v;
        }
        let v = self.values.len() as u32;
        self.values.push(FacetValue {
            id: id.to_owned(),
            label,
            detail,
        });
        self.by_id.insert(id.to_owned(), v);
        v
    }

    /// The id of `id`, adding it (labelled with its id) when the corpus did not declare it.
    fn id_or_add(&mut self, id: &str) -> u32 {
        match self.by_id.get(id) {
            Some(&v) => v,
            None => self.add(id, id.to_owned(), String::new()),
        }
    }

    /// The values, in corpus order.
    pub fn values(&self) -> &[FacetValue] {
        &self.values
    }

    /// The dense id of a value.
    pub fn id(&self, value: &str) -> Option<u32> {
        self.by_id.get(value).copied()
    }

    /// How many claims of the whole corpus have value `v`.
    pub fn total(&self, v: u32) -> usize {
        self.totals.get(v as usize).map_or(0, |&t| t as usize)
    }
}

/// The value tables of all facets, shared (cheaply, by [`Arc`]) with facet counts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FacetTables {
    tables: [FacetTable; 6],
}

impl FacetTables {
    pub fn get(&self, facet: Facet) -> &FacetTable {
        &self.tables[slot(facet)]
    }
}

/// The position of a facet in [`Facet::ALL`].
#[inline]
pub(crate) fn slot(facet: Facet) -> usize {
    match facet {
        Facet::Side => 0,
        Facet::Speaker => 1,
        Facet::Question => 2,
        Facet::Kind => 3,
        Facet::Attribution => 4,
        Facet::Article => 5,
    }
}

/// Compressed rows: row `r` is `data[offsets[r]..offsets[r + 1]]`.
#[derive(Clone, Debug, Default)]
struct Csr {
    offsets: Vec<u32>,
    data: Vec<u32>,
}

impl Csr {
    /// The rows of the transpose: for each value `0..values`, the rows holding it, ascending.
    fn transpose(&self, values: usize) -> Csr {
        let mut offsets = vec![0u32; values + 1];
        for &v in &self.data {
            offsets[v as usize + 1] += 1;
        }
        for i in 1..offsets.len() {
            offsets[i] += offsets[i - 1];
        }
        let mut fill = offsets[..values].to_vec();
        let mut data = vec![0u32; self.data.len()];
        for r in 0..self.offsets.len().saturating_sub(1) {
            for &v in self.row(r) {
                data[fill[v as usize] as usize] = r as u32;
                fill[v as usize] += 1;
            }
        }
        Csr { offsets, data }
    }

    #[inline]
    fn row(&self, r: usize) -> &[u32] {
        match (self.offsets.get(r), self.offsets.get(r + 1)) {
            (Some(&a), Some(&b)) => &self.data[a as usize..b as usize],
            _ => &[],
        }
    }
}

/// Per facet: claim → values, value → claims.
#[derive(Clone, Debug, Default)]
struct FacetData {
    of_claim: Csr,
    claims_of: Csr,
    /// Claim → its one value, for the facets where a claim has exactly one.
    single: Option<Vec<u32>>,
}

/// No unit.
const NO_UNIT: u32 = u32::MAX;

/// A token whose postings are a list, not a bitset.
const SPARSE: u32 = u32::MAX;

/// The token index (see the module docs).
#[derive(Clone, Debug, Default)]
struct TextIndex {
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
    /// Claim → its units (paragraph or quote, summary, speaker name), `NO_UNIT` when absent.
    claim_units: Vec<[u32; 3]>,
    /// Token id ranges of short, costly prefixes (`a`, `co`, `pre`), sorted, whose claim
    /// bitsets are kept in `cached` (same layout as `dense`).
    cached_ranges: Vec<(u32, u32)>,
    cached: Vec<u64>,
}

impl TextIndex {
    fn vocab_len(&self) -> u32 {
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
                let Some((cut, _)) = tok.char_indices().nth(len - 1) else {
                    t += 1;
                    continue;
                };
                let cut = cut + tok[cut..].chars().next().map_or(0, char::len_utf8);
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

    /// Whether unit `u` holds consecutive tokens in `ranges`, one range each.
    fn unit_has(&self, u: u32, ranges: &[Range<u32>]) -> bool {
        let Some((first, rest)) = ranges.split_first() else {
            return false;
        };
        let seq = self.sequences.row(u as usize);
        let n = ranges.len();
        if seq.len() < n {
            return false;
        }
        (0..=seq.len() - n).any(|i| {
            first.contains(&seq[i]) && rest.iter().zip(&seq[i + 1..]).all(|(r, t)| r.contains(t))
        })
    }

    /// The claims where `term` matches.
    fn term_claims(&self, term: &Term) -> Bitset {
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
                // Claims holding every token, rarest first, then checked for adjacency (each
                // unit once, though several claims share a paragraph).
                let mut order: Vec<&Range<u32>> = ranges.iter().collect();
                order.sort_by_key(|r| self.cost((*r).clone()));
                let mut cand = self.claims_of(order[0].clone());
                for r in &order[1..] {
                    if cand.is_clear() {
                        return cand;
                    }
                    cand.and_with(&self.claims_of((*r).clone()));
                }
                let units = self.sequences.offsets.len().saturating_sub(1);
                let (mut checked, mut found) = (Bitset::new(units), Bitset::new(units));
                let mut out = none();
                cand.for_each_one(|c| {
                    let hit = self.claim_units[c as usize].iter().any(|&u| {
                        if u == NO_UNIT {
                            return false;
                        }
                        if !checked.contains(u) {
                            checked.insert(u);
                            if self.unit_has(u, &ranges) {
                                found.insert(u);
                            }
                        }
                        found.contains(u)
                    });
                    if hit {
                        out.insert(c);
                    }
                });
                out
            }
        }
    }
}

/// A corpus indexed for filtering and search. Claims are numbered by their position in
/// `corpus.claims`; the app keeps the [`Corpus`] alongside.
#[derive(Debug)]
pub struct CorpusIndex {
    claim_count: usize,
    claim_ids: HashMap<String, u32, FxBuild>,
    tables: Arc<FacetTables>,
    facets: [FacetData; 6],
    /// Built with the index by [`CorpusIndex::new`]; by [`CorpusIndex::deferred`], at the first
    /// search or [`CorpusIndex::prepare_text`], from `source`.
    text: OnceLock<TextIndex>,
    source: Option<Arc<Corpus>>,
    /// The text index part-built by [`CorpusIndex::prepare_text_part`].
    pending: Mutex<Option<PendingText>>,
}

/// A text index being built: the claims before `next_claim` are added, then it is finished
/// a stage at a time.
/// Text units: each paragraph once, each summary, each speaker's name once.
#[derive(Debug)]
struct PendingText {
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
    fn new(corpus: &Corpus) -> PendingText {
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
    fn add_claims(&mut self, index: &CorpusIndex, corpus: &Corpus, count: usize) {
        let speakers = &index.tables.tables[slot(Facet::Speaker)];
        let speaker_of = &index.facets[slot(Facet::Speaker)].of_claim;
        self.speaker_units.resize(speakers.values.len(), NO_UNIT);
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
            let sp = speaker_of.row(i)[0] as usize;
            if self.speaker_units[sp] == NO_UNIT {
                self.speaker_units[sp] = builder.unit(&speakers.values[sp].label);
            }
            self.claim_units
                .push([text_unit, summary_unit, self.speaker_units[sp]]);
        }
        self.next_claim = end;
    }

    /// Runs the next stage of finishing; the text index after the last.
    fn finish_stage(&mut self) -> Option<TextIndex> {
        let stage = self.stage.take()?;
        match stage.next(&mut self.claim_units) {
            Ok(next) => {
                self.stage = Some(next);
                None
            }
            Err(text) => Some(*text),
        }
    }

    /// Adds the remaining claims and finishes.
    fn finish(mut self, index: &CorpusIndex, corpus: &Corpus) -> TextIndex {
        self.add_claims(index, corpus, usize::MAX);
        loop {
            if let Some(text) = self.finish_stage() {
                return text;
            }
            if self.stage.is_none() {
                return TextBuilder::new().finish(Vec::new());
            }
        }
    }
}

/// Capitalises the first letter of an ASCII word.
fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// The Fx hash for the maps of the build: the keys are the corpus's own words and ids, and
/// SipHash would dominate the build time.
type FxBuild = rustc_hash::FxBuildHasher;

/// Builds the token index over the units of `corpus`.
#[derive(Debug)]
struct TextBuilder {
    temp_ids: HashMap<Box<str>, u32, FxBuild>,
    temp_tokens: Vec<Box<str>>,
    seq_offsets: Vec<u32>,
    seq_tokens: Vec<u32>,
    buf: String,
}

impl TextBuilder {
    fn new() -> TextBuilder {
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
    fn finish(self, claim_units: Vec<[u32; 3]>) -> TextIndex {
        let mut claim_units = claim_units;
        let mut stage = Finishing::Adding(self);
        loop {
            match stage.next(&mut claim_units) {
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

/// The stages of finishing a text index, each a pass over the text: a caller may let the page
/// work between two (see [`CorpusIndex::prepare_text_part`]).
#[derive(Debug)]
enum Finishing {
    Adding(TextBuilder),
    Sorted(Sorted),
    /// Sorted, and how many claims hold each token.
    Counted(Sorted, Vec<u32>),
    /// Postings made; the costly prefixes not yet cached.
    Filled(Box<TextIndex>),
}

/// The vocabulary sorted and the units' token sequences in its ids.
#[derive(Debug)]
struct Sorted {
    vocab: String,
    vocab_ends: Vec<u32>,
    sequences: Csr,
}

impl Sorted {
    /// Calls `f(claim, token)` for each token of each claim's units, once per claim.
    fn each_claim_token(&self, claim_units: &[[u32; 3]], mut f: impl FnMut(u32, u32)) {
        let mut last = vec![u32::MAX; self.vocab_ends.len()];
        for (c, units) in claim_units.iter().enumerate() {
            for &u in units.iter().filter(|&&u| u != NO_UNIT) {
                for &t in self.sequences.row(u as usize) {
                    if last[t as usize] != c as u32 {
                        last[t as usize] = c as u32;
                        f(c as u32, t);
                    }
                }
            }
        }
    }

    /// How many claims hold each token.
    fn counts(&self, claim_units: &[[u32; 3]]) -> Vec<u32> {
        let mut counts = vec![0u32; self.vocab_ends.len()];
        self.each_claim_token(claim_units, |_, t| counts[t as usize] += 1);
        counts
    }

    /// Postings over claims, each claim once per token. A token in more than 1/32 of the claims
    /// is kept as a bitset, which is then no larger than its list.
    fn filled(self, claim_units: Vec<[u32; 3]>, counts: &[u32]) -> TextIndex {
        let n_claims = claim_units.len();
        let n_tokens = self.vocab_ends.len();
        let words = n_claims.div_ceil(64);
        let mut dense_slot = vec![SPARSE; n_tokens];
        let mut n_dense = 0u32;
        let mut offsets = Vec::with_capacity(n_tokens + 1);
        offsets.push(0u32);
        let mut total = 0u32;
        for (t, &k) in counts.iter().enumerate() {
            if k as usize * 32 > n_claims {
                dense_slot[t] = n_dense;
                n_dense += 1;
            } else {
                total += k;
            }
            offsets.push(total);
        }
        let mut dense = vec![0u64; n_dense as usize * words];
        let mut fill: Vec<u32> = offsets[..n_tokens].to_vec();
        let mut data = vec![0u32; total as usize];
        self.each_claim_token(&claim_units, |c, t| {
            let slot = dense_slot[t as usize];
            if slot == SPARSE {
                data[fill[t as usize] as usize] = c;
                fill[t as usize] += 1;
            } else {
                dense[slot as usize * words + (c / 64) as usize] |= 1 << (c % 64);
            }
        });
        TextIndex {
            claim_count: n_claims,
            vocab: self.vocab,
            vocab_ends: self.vocab_ends,
            postings: Csr { offsets, data },
            dense_slot,
            dense,
            sequences: self.sequences,
            claim_units,
            cached_ranges: Vec::new(),
            cached: Vec::new(),
        }
    }
}

impl Finishing {
    /// The next stage, or the finished index (`claim_units`: every claim's units).
    fn next(self, claim_units: &mut Vec<[u32; 3]>) -> Result<Finishing, Box<TextIndex>> {
        match self {
            Finishing::Adding(builder) => Ok(Finishing::Sorted(builder.sorted())),
            Finishing::Sorted(sorted) => {
                let counts = sorted.counts(claim_units);
                Ok(Finishing::Counted(sorted, counts))
            }
            Finishing::Counted(sorted, counts) => Ok(Finishing::Filled(Box::new(
                sorted.filled(std::mem::take(claim_units), &counts),
            ))),
            Finishing::Filled(mut text) => {
                text.cache_prefixes();
                Err(text)
            }
        }
    }
}

impl CorpusIndex {
    /// Indexes `corpus`. Runs once per corpus, in time linear in its text. Never panics, even on
    /// a corpus that fails validation: a claim that refers to an undeclared side, speaker,
    /// question or article gets a value labelled with that id.
    pub fn new(corpus: &Corpus) -> CorpusIndex {
        CorpusIndex::new_facets(corpus).with_text(corpus)
    }

    fn with_text(self, corpus: &Corpus) -> CorpusIndex {
        let text = self.build_text(corpus);
        let _ = self.text.set(text);
        self
    }

    /// The facet part of the index, without text.
    fn new_facets(corpus: &Corpus) -> CorpusIndex {
        let n = corpus.claims.len();
        let mut tables: [FacetTable; 6] = Default::default();

        let t = &mut tables[slot(Facet::Side)];
        for s in &corpus.sides {
            t.add(&s.id, s.name.clone(), String::new());
        }
        let t = &mut tables[slot(Facet::Speaker)];
        for s in &corpus.speakers {
            t.add(&s.id, s.name.clone(), s.role.clone());
        }
        let t = &mut tables[slot(Facet::Question)];
        for q in &corpus.questions {
            let label = if q.short.trim().is_empty() {
                q.text.clone()
            } else {
                q.short.clone()
            };
            t.add(&q.id, label, q.text.clone());
        }
        let t = &mut tables[slot(Facet::Kind)];
        for k in ClaimKind::ALL {
            t.add(k.as_str(), capitalised(k.as_str()), String::new());
        }
        let t = &mut tables[slot(Facet::Attribution)];
        for a in Attribution::ALL {
            t.add(a.as_str(), capitalised(a.as_str()), String::new());
        }
        let t = &mut tables[slot(Facet::Article)];
        for a in &corpus.articles {
            let label = match (a.outlet.is_empty(), a.title.is_empty()) {
                (false, false) => format!("{} — {}", a.outlet, a.title),
                (true, _) => a.title.clone(),
                (false, true) => a.outlet.clone(),
            };
            t.add(&a.id, label, a.published.clone());
        }

        // Claim → values, per facet.
        let mut of_claim: [Csr; 6] = std::array::from_fn(|_| Csr {
            offsets: Vec::with_capacity(n + 1),
            data: Vec::with_capacity(n),
        });
        for csr in &mut of_claim {
            csr.offsets.push(0);
        }
        let mut claim_ids = HashMap::with_capacity_and_hasher(n, FxBuild::default());
        let mut qs: Vec<u32> = Vec::new();
        for (i, c) in corpus.claims.iter().enumerate() {
            claim_ids.entry(c.id.clone()).or_insert(i as u32);
            qs.clear();
            let questions = &mut tables[slot(Facet::Question)];
            qs.extend(c.questions.iter().map(|q| questions.id_or_add(q)));
            qs.sort_unstable();
            qs.dedup();
            for f in Facet::ALL {
                let table = &mut tables[slot(f)];
                let csr = &mut of_claim[slot(f)];
                match f {
                    Facet::Side => csr.data.push(table.id_or_add(&c.side)),
                    Facet::Speaker => csr.data.push(table.id_or_add(&c.speaker)),
                    Facet::Question => csr.data.extend_from_slice(&qs),
                    Facet::Kind => csr.data.push(table.id_or_add(c.kind.as_str())),
                    Facet::Attribution => csr.data.push(table.id_or_add(c.attribution.as_str())),
                    Facet::Article => csr.data.push(table.id_or_add(&c.article)),
                }
                csr.offsets.push(csr.data.len() as u32);
            }
        }
        let mut of_claim = of_claim.into_iter();
        let facets: [FacetData; 6] = std::array::from_fn(|f| {
            let of_claim = of_claim.next().unwrap_or_default();
            let claims_of = of_claim.transpose(tables[f].values.len());
            tables[f].totals = (0..tables[f].values.len())
                .map(|v| claims_of.row(v).len() as u32)
                .collect();
            let single = (f != slot(Facet::Question)).then(|| of_claim.data.clone());
            FacetData {
                of_claim,
                claims_of,
                single,
            }
        });

        CorpusIndex {
            claim_count: n,
            claim_ids,
            tables: Arc::new(FacetTables { tables }),
            facets,
            text: OnceLock::new(),
            source: None,
            pending: Mutex::new(None),
        }
    }

    /// Indexes the facets of `corpus` now and its text only when first searched (or at
    /// [`CorpusIndex::prepare_text`]): the first view of a large corpus does not wait for the
    /// text, which it does not need. Results are the same as [`CorpusIndex::new`]'s.
    pub fn deferred(corpus: Arc<Corpus>) -> CorpusIndex {
        let mut index = CorpusIndex::new_facets(&corpus);
        index.source = Some(corpus);
        index
    }

    /// Builds the text index now if it is not built yet.
    pub fn prepare_text(&self) {
        self.text();
    }

    /// Whether the text index is built.
    pub fn text_ready(&self) -> bool {
        self.text.get().is_some()
    }

    fn text(&self) -> &TextIndex {
        self.text.get_or_init(|| match &self.source {
            Some(corpus) => {
                let pending = self
                    .pending
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .take();
                match pending {
                    Some(pending) => pending.finish(self, corpus),
                    None => self.build_text(corpus),
                }
            }
            None => TextBuilder::new().finish(Vec::new()),
        })
    }

    /// The whole text index of `corpus`, in one go.
    fn build_text(&self, corpus: &Corpus) -> TextIndex {
        PendingText::new(corpus).finish(self, corpus)
    }

    /// Builds the next part of the text index (`claims` more claims, or once all are added, one
    /// of the four passes that finish it), so a caller can build it between other work (the
    /// page's input and painting) instead of in one long stretch. Returns whether the text index is ready. A search before then builds the rest
    /// at once; the result is the same as [`CorpusIndex::new`]'s either way.
    pub fn prepare_text_part(&self, claims: usize) -> bool {
        if self.text_ready() {
            return true;
        }
        let Some(corpus) = &self.source else {
            return self.text_ready_now();
        };
        let mut slot = self.pending.lock().unwrap_or_else(|e| e.into_inner());
        let pending = slot.get_or_insert_with(|| PendingText::new(corpus));
        if pending.next_claim < corpus.claims.len() {
            pending.add_claims(self, corpus, claims.max(1));
            return false;
        }
        // Then one stage of finishing a call.
        match pending.finish_stage() {
            Some(text) => {
                *slot = None;
                let _ = self.text.set(text);
                true
            }
            None => {
                if pending.stage.is_none() {
                    // A stage broke off: start again.
                    *slot = None;
                }
                false
            }
        }
    }

    /// Makes the text index ready now; true.
    fn text_ready_now(&self) -> bool {
        self.text();
        true
    }

    /// How many claims the corpus has; claim ids are `0..claim_count()`.
    pub fn claim_count(&self) -> usize {
        self.claim_count
    }

    /// The position in `corpus.claims` of the claim with this id (the first, if repeated).
    pub fn claim_index(&self, id: &str) -> Option<u32> {
        self.claim_ids.get(id).copied()
    }

    /// The value tables of all facets (shared with [`crate::filter::FacetCounts`]).
    pub fn tables(&self) -> &Arc<FacetTables> {
        &self.tables
    }

    /// The values of a facet, in corpus order: declared order (kinds and attributions: all of
    /// them, in their enum order), then any undeclared ids that claims use. Values without
    /// claims are listed too (a total of 0), so a selected one can still be shown and cleared.
    pub fn values(&self, facet: Facet) -> &[FacetValue] {
        self.tables.get(facet).values()
    }

    /// The dense id of a facet value given its string id.
    pub fn value_id(&self, facet: Facet, value: &str) -> Option<u32> {
        self.tables.get(facet).id(value)
    }

    /// The value ids a claim has in a facet (exactly one, except for questions: zero or more,
    /// ascending).
    pub fn claim_values(&self, facet: Facet, claim: u32) -> &[u32] {
        self.facets[slot(facet)].of_claim.row(claim as usize)
    }

    /// Counts, per value of `facet`, the claims of `claims` (the claims *not* in it when
    /// `complement`) that have it: added to `counts`, or subtracted when `complement`.
    pub(crate) fn tally(
        &self,
        facet: Facet,
        claims: &Bitset,
        complement: bool,
        counts: &mut [u32],
    ) {
        let d = &self.facets[slot(facet)];
        match (&d.single, complement) {
            (Some(single), false) => {
                claims.for_each_one(|c| counts[single[c as usize] as usize] += 1)
            }
            (Some(single), true) => {
                claims.for_each_zero(|c| counts[single[c as usize] as usize] -= 1)
            }
            (None, false) => claims.for_each_one(|c| {
                for &v in d.of_claim.row(c as usize) {
                    counts[v as usize] += 1;
                }
            }),
            (None, true) => claims.for_each_zero(|c| {
                for &v in d.of_claim.row(c as usize) {
                    counts[v as usize] -= 1;
                }
            }),
        }
    }

    /// The claims, ascending, that have value `value` of `facet`.
    pub fn claims_with(&self, facet: Facet, value: u32) -> &[u32] {
        self.facets[slot(facet)].claims_of.row(value as usize)
    }

    /// How many claims of the whole corpus have value `value` of `facet`.
    pub fn total(&self, facet: Facet, value: u32) -> usize {
        self.tables.get(facet).total(value)
    }

    /// The number of distinct tokens in the searchable text.
    pub fn vocabulary_len(&self) -> usize {
        self.text().vocab_ends.len()
    }

    /// The claims matching `query`, as a bitset over `0..claim_count()`; `None` when the query
    /// is empty (no text filter: every claim).
    pub fn search_bits(&self, query: &Query) -> Option<Bitset> {
        if query.terms.is_empty() {
            return None;
        }
        let mut result: Option<Bitset> = None;
        for term in &query.terms {
            let claims = self.text().term_claims(term);
            match &mut result {
                Some(r) => r.and_with(&claims),
                None => result = Some(claims),
            }
            if result.as_ref().is_some_and(Bitset::is_clear) {
                break;
            }
        }
        result
    }

    /// The claims matching `query`, ascending (in corpus order); `None` when the query is empty
    /// (no text filter: every claim). See [`crate::search`] for what matches.
    pub fn search(&self, query: &Query) -> Option<Vec<u32>> {
        self.search_bits(query).map(|b| b.to_vec())
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::*;
    use crate::search::parse_query;
    use std::collections::BTreeMap;

    /// A small corpus: three sides, two articles, six claims.
    pub(crate) fn sample() -> Corpus {
        let para = |id: &str, text: &str| Paragraph {
            id: id.into(),
            kind: ParagraphKind::Body,
            text: text.into(),
        };
        let side = |id: &str, name: &str| Side {
            id: id.into(),
            name: name.into(),
        };
        let speaker = |id: &str, name: &str, side: &str| Speaker {
            id: id.into(),
            name: name.into(),
            role: format!("role of {name}"),
            side: side.into(),
        };
        #[allow(clippy::too_many_arguments)]
        let claim = |id: &str,
                     article: &str,
                     paragraph: &str,
                     speaker: &str,
                     side: &str,
                     questions: &[&str],
                     kind: ClaimKind,
                     attribution: Attribution,
                     summary: &str| Claim {
            id: id.into(),
            article: article.into(),
            paragraph: paragraph.into(),
            speaker: speaker.into(),
            side: side.into(),
            questions: questions.iter().map(|q| (*q).to_owned()).collect(),
            stance: BTreeMap::new(),
            kind,
            attribution,
            summary: summary.into(),
            quote: String::new(),
            start: 0,
            end: 0,
        };
        Corpus {
            schema: 1,
            id: "test".into(),
            title: "Test".into(),
            articles: vec![
                Article {
                    id: "a1".into(),
                    outlet: "Wire".into(),
                    title: "Treaty ends".into(),
                    published: "2019-08-02".into(),
                    url: String::new(),
                    paragraphs: vec![
                        para("p1", "Putin warned of a new arms race in Europe."),
                        para("p2", "NATO said Russia’s missile breaks the treaty."),
                        para("p3", "Stoltenberg: the race is not about arms."),
                    ],
                    external: vec![],
                    external_source: String::new(),
                },
                Article {
                    id: "a2".into(),
                    outlet: "Kyiv Post".into(),
                    title: "Київ reacts".into(),
                    published: "2019-08".into(),
                    url: String::new(),
                    paragraphs: vec![para("p1", "Київ called it escalation; Niè disagreed.")],
                    external: vec![],
                    external_source: String::new(),
                },
            ],
            sides: vec![
                side("russia", "Russia"),
                side("nato", "NATO"),
                side("ukraine", "Ukraine"),
            ],
            speakers: vec![
                speaker("putin", "Vladimir Putin", "russia"),
                speaker("stoltenberg", "Jens Stoltenberg", "nato"),
                speaker("nato-spox", "NATO spokesperson", "nato"),
                speaker("zelensky", "Volodymyr Zelensky", "ukraine"),
            ],
            questions: vec![
                Question {
                    id: "q1".into(),
                    text: "Did Russia break the treaty?".into(),
                    short: "Treaty breach".into(),
                },
                Question {
                    id: "q2".into(),
                    text: "Is there an arms race?".into(),
                    short: String::new(),
                },
            ],
            claims: vec![
                claim(
                    "c1",
                    "a1",
                    "p1",
                    "putin",
                    "russia",
                    &["q2"],
                    ClaimKind::Warning,
                    Attribution::Direct,
                    "A new arms race looms",
                ),
                claim(
                    "c2",
                    "a1",
                    "p2",
                    "nato-spox",
                    "nato",
                    &["q1"],
                    ClaimKind::Accusation,
                    Attribution::Paraphrase,
                    "",
                ),
                claim(
                    "c3",
                    "a1",
                    "p3",
                    "stoltenberg",
                    "nato",
                    &["q1", "q2"],
                    ClaimKind::Denial,
                    Attribution::Direct,
                    "No race",
                ),
                claim(
                    "c4",
                    "a2",
                    "p1",
                    "zelensky",
                    "ukraine",
                    &[],
                    ClaimKind::Warning,
                    Attribution::Reported,
                    "Escalation",
                ),
                claim(
                    "c5",
                    "a1",
                    "p2",
                    "putin",
                    "russia",
                    &["q1"],
                    ClaimKind::Denial,
                    Attribution::Direct,
                    "Russia keeps the treaty",
                ),
            ],
            events: vec![],
            facts: vec![],
        }
    }

    fn search(ix: &CorpusIndex, q: &str) -> Option<Vec<u32>> {
        ix.search(&parse_query(q))
    }

    #[test]
    fn facet_ids_follow_corpus_order() {
        let ix = CorpusIndex::new(&sample());
        assert_eq!(ix.claim_count(), 5);
        let ids = |f| {
            ix.values(f)
                .iter()
                .map(|v| v.id.as_str())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(Facet::Side), ["russia", "nato", "ukraine"]);
        assert_eq!(ids(Facet::Kind), ClaimKind::ALL.map(|k| k.as_str()));
        assert_eq!(ix.total(Facet::Kind, 3), 0); // threat
        assert_eq!(
            ids(Facet::Attribution),
            ["direct", "paraphrase", "reported"]
        );
        assert_eq!(ix.values(Facet::Question)[0].label, "Treaty breach");
        assert_eq!(
            ix.values(Facet::Question)[1].label,
            "Is there an arms race?"
        );
        assert_eq!(ix.values(Facet::Article)[0].label, "Wire — Treaty ends");
        assert_eq!(ix.values(Facet::Kind)[0].label, "Accusation");
        let nato = ix.value_id(Facet::Side, "nato").unwrap();
        assert_eq!(ix.claims_with(Facet::Side, nato), [1, 2]);
        assert_eq!(ix.total(Facet::Side, nato), 2);
        assert_eq!(ix.claim_values(Facet::Question, 2), [0, 1]);
        assert_eq!(ix.claim_values(Facet::Question, 3), [] as [u32; 0]);
        assert_eq!(ix.claim_index("c4"), Some(3));
        assert_eq!(ix.claim_index("nope"), None);
    }

    #[test]
    fn undeclared_ids_become_values() {
        let mut c = sample();
        c.claims[0].side = "mars".into();
        c.claims[0].speaker = "ghost".into();
        c.claims[0].article = "gone".into();
        let ix = CorpusIndex::new(&c);
        let mars = ix.value_id(Facet::Side, "mars").unwrap();
        assert_eq!(ix.claims_with(Facet::Side, mars), [0]);
        assert_eq!(ix.values(Facet::Side).last().unwrap().label, "mars");
        // The quote stands in for the missing paragraph; the speaker id for the name.
        assert_eq!(search(&ix, "ghost"), Some(vec![0]));
    }

    #[test]
    fn search_ignores_case_and_accents() {
        let ix = CorpusIndex::new(&sample());
        assert_eq!(search(&ix, ""), None);
        assert_eq!(search(&ix, "  \"\" "), None);
        assert_eq!(search(&ix, "PUTIN"), Some(vec![0, 4]));
        assert_eq!(search(&ix, "nie"), Some(vec![3]));
        assert_eq!(search(&ix, "NIÈ"), Some(vec![3]));
        assert_eq!(search(&ix, "київ"), Some(vec![3]));
        assert_eq!(search(&ix, "russia's"), Some(vec![1, 4]));
    }

    #[test]
    fn search_matches_prefixes_and_requires_all_words() {
        let ix = CorpusIndex::new(&sample());
        assert_eq!(search(&ix, "escal"), Some(vec![3]));
        assert_eq!(search(&ix, "arms"), Some(vec![0, 2]));
        assert_eq!(search(&ix, "arms europe"), Some(vec![0]));
        assert_eq!(search(&ix, "arms zzz"), Some(vec![]));
        assert_eq!(search(&ix, "rmsrace"), Some(vec![]));
        // Words may come from different fields: summary "No race" + speaker name.
        assert_eq!(search(&ix, "jens race"), Some(vec![2]));
        // The speaker's name is searched.
        assert_eq!(search(&ix, "vladimir"), Some(vec![0, 4]));
    }

    #[test]
    fn search_keeps_phrases_together() {
        let ix = CorpusIndex::new(&sample());
        // c1 says "arms race"; c3 has both words in the other order.
        assert_eq!(search(&ix, "arms race"), Some(vec![0, 2]));
        assert_eq!(search(&ix, "\"arms race\""), Some(vec![0]));
        assert_eq!(search(&ix, "\"race arms\""), Some(vec![]));
        assert_eq!(search(&ix, "\"new arms r"), Some(vec![0]));
        assert_eq!(search(&ix, "\"ne arms race\""), Some(vec![]));
        // Phrases do not run from one field into another.
        assert_eq!(search(&ix, "\"looms vladimir\""), Some(vec![]));
    }

    #[test]
    fn costly_short_prefixes_are_cached_and_agree_with_postings() {
        let mut c = sample();
        c.articles[0].paragraphs = (0..200)
            .map(|i| Paragraph {
                id: format!("p{i}"),
                kind: ParagraphKind::Body,
                text: format!("alpha{i} alto{i} amber{} zed", i % 50),
            })
            .collect();
        let proto = c.claims[0].clone();
        c.claims = (0..200)
            .map(|i| Claim {
                id: format!("c{i}"),
                paragraph: format!("p{i}"),
                summary: String::new(),
                ..proto.clone()
            })
            .collect();
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

    #[test]
    fn bitset_basics() {
        let mut b = Bitset::new(130);
        assert!(b.is_clear());
        for i in [0, 63, 64, 129] {
            b.insert(i);
        }
        assert_eq!(b.to_vec(), [0, 63, 64, 129]);
        assert_eq!(b.count(), 4);
        b.remove(63);
        assert!(!b.contains(63) && b.contains(64) && !b.contains(500));
        let f = Bitset::full(130);
        assert_eq!(f.count(), 130);
        let mut g = f.clone();
        g.and_with(&b);
        assert_eq!(g, b);
        assert_eq!(Bitset::full(128).count(), 128);
        assert_eq!(Bitset::full(0).count(), 0);
    }
}
