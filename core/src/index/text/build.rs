//! Building the token index: the claims' units added (a part at a time if asked), the
//! vocabulary sorted, the postings counted and filled in passes, each a part of its own.

use super::search::{TextIndex, NO_UNIT, SPARSE};
use crate::corpus::{CharIndex, Corpus};
use crate::index::csr::{Csr, FxBuild};
use crate::text::{fold_into, fold_with_map, tokens};
use std::collections::HashMap;

/// How many times more claims a part of the counting and filling passes takes than a part of
/// adding claims (which tokenizes their text: the passes only read token ids).
const PASS_CLAIMS_PER_ADDED: usize = 16;

/// What the text index needs of the facet index: each claim's speaker, whose name is a unit of
/// its own. The facet index provides it, so the text index does not depend on it.
pub(in crate::index) trait SpeakerSource {
    /// How many speakers there are (their ids are `0..speaker_count()`).
    fn speaker_count(&self) -> usize;
    /// The speaker of claim `claim`.
    fn speaker_of(&self, claim: usize) -> usize;
    /// The name of speaker `speaker`, as a person reads it.
    fn speaker_name(&self, speaker: usize) -> &str;
}

/// What a part of the build left.
pub(in crate::index) enum Part {
    Going,
    Done(Box<TextIndex>),
    /// A stage broke off (a panic while it ran): the build must start again.
    Broken,
}

/// A text index being built: the claims before `next_claim` are added, then it is finished
/// a stage at a time.
/// Text units: each paragraph once, each summary, each speaker's name once.
#[derive(Debug)]
pub(in crate::index) struct PendingText {
    /// `Adding` until every claim is added; `None` only while a stage runs.
    stage: Option<Finishing>,
    next_claim: usize,
    /// Article id → its position in the corpus (the first article with the id).
    articles: HashMap<Box<str>, usize, FxBuild>,
    /// (article position, paragraph position) → the paragraph's unit and the char offset of
    /// each of its tokens (kept while claims are added).
    paragraph_units: HashMap<(usize, usize), (u32, Vec<u32>), FxBuild>,
    /// Claim → its quote's token range in its text unit.
    quote_tokens: Vec<[u32; 2]>,
    /// Speaker value → the unit of its name.
    speaker_units: Vec<u32>,
    claim_units: Vec<[u32; 3]>,
}

impl PendingText {
    pub(in crate::index) fn new(corpus: &Corpus) -> PendingText {
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
            quote_tokens: Vec::with_capacity(corpus.claims.len()),
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
            let (text_unit, quote) = match place {
                Some(key) => {
                    let (u, starts) = self.paragraph_units.entry(key).or_insert_with(|| {
                        builder.unit_with_starts(&corpus.articles[key.0].paragraphs[key.1].text)
                    });
                    // The tokens that start inside the quote's chars.
                    let at = |char: usize| starts.partition_point(|&s| (s as usize) < char) as u32;
                    let (s, e) = (at(c.start), at(c.end));
                    (*u, [s, e.max(s)])
                }
                None => {
                    let u = builder.unit(&c.quote);
                    (u, [0, builder.unit_len(u)])
                }
            };
            self.quote_tokens.push(quote);
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
        if end == corpus.claims.len() {
            // The tokens' offsets were for the quotes; they are all placed.
            self.paragraph_units = HashMap::default();
        }
    }

    /// Adds `claims` more claims or, once all are added, runs one stage of finishing.
    pub(in crate::index) fn part(
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
            Err(mut text) => {
                text.quote_tokens = std::mem::take(&mut self.quote_tokens);
                text.field_tokens = text.sum_field_lengths();
                Some(*text)
            }
        }
    }

    /// Adds the remaining claims and finishes.
    pub(in crate::index) fn finish(
        mut self,
        speakers: &impl SpeakerSource,
        corpus: &Corpus,
    ) -> TextIndex {
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
pub(in crate::index) struct TextBuilder {
    temp_ids: HashMap<Box<str>, u32, FxBuild>,
    temp_tokens: Vec<Box<str>>,
    seq_offsets: Vec<u32>,
    seq_tokens: Vec<u32>,
    buf: String,
}

impl TextBuilder {
    pub(in crate::index) fn new() -> TextBuilder {
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

    /// Adds a unit of text and returns its id, with the char offset in `text` of each of its
    /// tokens.
    fn unit_with_starts(&mut self, text: &str) -> (u32, Vec<u32>) {
        let mut starts = Vec::new();
        if text.is_ascii() {
            // Folding ASCII keeps every char in its place: a token's byte offset in the folded
            // text is its char offset in `text` (nearly every paragraph; no map to build).
            let mut folded = std::mem::take(&mut self.buf);
            folded.clear();
            fold_into(text, &mut folded);
            for (at, tok) in tokens(&folded) {
                let id = self.token_id(tok);
                self.seq_tokens.push(id);
                starts.push(at as u32);
            }
            self.buf = folded;
        } else {
            let (folded, map) = fold_with_map(text);
            let chars = CharIndex::new(text);
            for (at, tok) in tokens(&folded) {
                let id = self.token_id(tok);
                self.seq_tokens.push(id);
                starts.push(chars.char_at(map[at]) as u32);
            }
        }
        self.seq_offsets.push(self.seq_tokens.len() as u32);
        ((self.seq_offsets.len() - 2) as u32, starts)
    }

    /// The number of tokens of unit `u`.
    fn unit_len(&self, u: u32) -> u32 {
        self.seq_offsets[u as usize + 1] - self.seq_offsets[u as usize]
    }

    /// The temporary id of `tok`, added when new.
    fn token_id(&mut self, tok: &str) -> u32 {
        match self.temp_ids.get(tok) {
            Some(&id) => id,
            None => {
                let id = self.temp_tokens.len() as u32;
                self.temp_tokens.push(tok.into());
                self.temp_ids.insert(tok.into(), id);
                id
            }
        }
    }

    /// The text index of the units added, for claims with these units.
    pub(in crate::index) fn finish(self, claim_units: Vec<[u32; 3]>) -> TextIndex {
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
            quote_tokens: Vec::new(),
            field_tokens: [0; 4],
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
    use super::super::tests::spread;
    use crate::index::CorpusIndex;

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
}
