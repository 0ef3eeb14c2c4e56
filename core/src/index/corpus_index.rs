//! A corpus indexed once, with integer ids, for fast filtering and search.
//!
//! [`CorpusIndex::new`] runs once per corpus; afterwards a facet click or a search keystroke
//! works on integers and bitsets only and never looks at the raw text again.
//! [`CorpusIndex::deferred`] indexes the facets at once and the text at the first search, or
//! a part at a time when asked ([`CorpusIndex::prepare_text_part`]): the app draws a large
//! corpus's first view before indexing its text, and answers input while it does.
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
//! The search index over the claims' text is in `index/text/` (how it is laid out and
//! searched, and built in parts); the sets of claims that filters and searches keep are
//! [`Bitset`]s (`index/bitset.rs`).

use crate::corpus::Facet;
use crate::corpus::{Attribution, ClaimKind, Corpus};
use crate::index::Query;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use super::bitset::Bitset;
use super::csr::{Csr, FxBuild};
use super::text::{Part, PendingText, SpeakerSource, TextBuilder, TextIndex};

/// One value of a facet, as a person reads it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacetValue {
    /// The id in links and in [`crate::state::ViewState`] (kinds and attributions: their
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
    pub(super) values: Vec<FacetValue>,
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
    pub(super) tables: [FacetTable; 6],
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

/// Per facet: claim → values, value → claims.
#[derive(Clone, Debug, Default)]
pub(super) struct FacetData {
    pub(super) of_claim: Csr,
    claims_of: Csr,
    /// Claim → its one value, for the facets where a claim has exactly one.
    single: Option<Vec<u32>>,
}

/// A corpus indexed for filtering and search. Claims are numbered by their position in
/// `corpus.claims`; the app keeps the [`Corpus`] alongside.
#[derive(Debug)]
pub struct CorpusIndex {
    claim_count: usize,
    claim_ids: HashMap<String, u32, FxBuild>,
    pub(super) tables: Arc<FacetTables>,
    pub(super) facets: [FacetData; 6],
    /// Built with the index by [`CorpusIndex::new`]; by [`CorpusIndex::deferred`], at the first
    /// search or [`CorpusIndex::prepare_text`], from `source`.
    text: OnceLock<TextIndex>,
    source: Option<Arc<Corpus>>,
    /// The text index part-built by [`CorpusIndex::prepare_text_part`].
    pending: Mutex<Option<PendingText>>,
}

/// Capitalises the first letter of an ASCII word.
fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
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

    pub(super) fn text(&self) -> &TextIndex {
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

    /// Builds the next part of the text index (`claims` more claims, or once all are added, a
    /// step of the passes that finish it), so a caller can build it between other work (the
    /// page's input and painting) instead of in one long stretch. Returns whether the text
    /// index is ready. A search before then builds the rest at once; the result is the same as
    /// [`CorpusIndex::new`]'s either way.
    pub fn prepare_text_part(&self, claims: usize) -> bool {
        if self.text_ready() {
            return true;
        }
        let Some(corpus) = &self.source else {
            return self.text_ready_now();
        };
        let mut slot = self.pending.lock().unwrap_or_else(|e| e.into_inner());
        let pending = slot.get_or_insert_with(|| PendingText::new(corpus));
        match pending.part(self, corpus, claims) {
            Part::Going => false,
            Part::Done(text) => {
                *slot = None;
                let _ = self.text.set(*text);
                true
            }
            Part::Broken => {
                // A stage broke off: start again.
                *slot = None;
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

    /// The value tables of all facets (shared with [`crate::index::FacetCounts`]).
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
        self.text().vocab_len() as usize
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

    /// Reorders `claims` by relevance to `query`, best first, equal ranks keeping their order:
    /// BM25F (`k1` = [`crate::index::K1`], `b` = [`crate::index::B`]) over the quote ×3, the
    /// summary ×2, the rest of the paragraph ×1 and the speaker's name ×1, after the whole
    /// query in a row. More than [`crate::index::RANK_LIMIT`] claims, or an empty query, leave
    /// them as they are. The scoring and its cost are documented in `index/text/rank.rs`.
    pub fn rank(&self, query: &Query, claims: &mut [u32]) {
        self.text().rank(query, claims);
    }

    /// The claims matching `query`, ascending (in corpus order); `None` when the query is empty
    /// (no text filter: every claim). See [`crate::index::Query`] for what matches.
    pub fn search(&self, query: &Query) -> Option<Vec<u32>> {
        self.search_bits(query).map(|b| b.to_vec())
    }
}

impl SpeakerSource for CorpusIndex {
    fn speaker_count(&self) -> usize {
        self.tables.tables[slot(Facet::Speaker)].values.len()
    }

    fn speaker_of(&self, claim: usize) -> usize {
        self.facets[slot(Facet::Speaker)].of_claim.row(claim)[0] as usize
    }

    fn speaker_name(&self, speaker: usize) -> &str {
        &self.tables.tables[slot(Facet::Speaker)].values[speaker].label
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::corpus::*;
    use crate::index::parse_query;
    use crate::testing::{claim, CorpusBuilder};

    /// A small corpus: three sides, two articles, five claims.
    pub(crate) fn sample() -> Corpus {
        CorpusBuilder::new("test")
            .title("Test")
            .article("a1", "Wire", "2019-08-02")
            .with_article(|a| {
                a.title = "Treaty ends".into();
                a.url = String::new();
            })
            .paragraph("a1", "p1", "Putin warned of a new arms race in Europe.")
            .paragraph("a1", "p2", "NATO said Russia’s missile breaks the treaty.")
            .paragraph("a1", "p3", "Stoltenberg: the race is not about arms.")
            .article("a2", "Kyiv Post", "2019-08")
            .with_article(|a| {
                a.title = "Київ reacts".into();
                a.url = String::new();
            })
            .paragraph("a2", "p1", "Київ called it escalation; Niè disagreed.")
            .side("russia", "Russia")
            .side("nato", "NATO")
            .side("ukraine", "Ukraine")
            .speaker_with_role(
                "putin",
                "Vladimir Putin",
                "role of Vladimir Putin",
                "russia",
            )
            .speaker_with_role(
                "stoltenberg",
                "Jens Stoltenberg",
                "role of Jens Stoltenberg",
                "nato",
            )
            .speaker_with_role(
                "nato-spox",
                "NATO spokesperson",
                "role of NATO spokesperson",
                "nato",
            )
            .speaker_with_role(
                "zelensky",
                "Volodymyr Zelensky",
                "role of Volodymyr Zelensky",
                "ukraine",
            )
            .question("q1", "Did Russia break the treaty?", "Treaty breach")
            .question("q2", "Is there an arms race?", "")
            .claim(Claim {
                questions: vec!["q2".into()],
                kind: ClaimKind::Warning,
                summary: "A new arms race looms".into(),
                ..claim("c1", "a1", "p1", "putin", "russia")
            })
            .claim(Claim {
                questions: vec!["q1".into()],
                kind: ClaimKind::Accusation,
                attribution: Attribution::Paraphrase,
                ..claim("c2", "a1", "p2", "nato-spox", "nato")
            })
            .claim(Claim {
                questions: vec!["q1".into(), "q2".into()],
                kind: ClaimKind::Denial,
                summary: "No race".into(),
                ..claim("c3", "a1", "p3", "stoltenberg", "nato")
            })
            .claim(Claim {
                kind: ClaimKind::Warning,
                attribution: Attribution::Reported,
                summary: "Escalation".into(),
                ..claim("c4", "a2", "p1", "zelensky", "ukraine")
            })
            .claim(Claim {
                questions: vec!["q1".into()],
                kind: ClaimKind::Denial,
                summary: "Russia keeps the treaty".into(),
                ..claim("c5", "a1", "p2", "putin", "russia")
            })
            .build()
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
}
