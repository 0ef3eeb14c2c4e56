//! Facet filtering and facet counts.
//!
//! Within a facet the selected values are OR-ed, across facets (and the search) AND-ed. The
//! count shown next to a value of facet F is the number of claims the list would show with that
//! value selected *instead of* F's current selection: all other facets and the search apply,
//! F's own selection does not (disjunctive faceting). So with side `nato` selected, the count
//! next to `russia` under Side is still Russia's number of claims given the other filters.
//!
//! Selected values whose id the corpus does not know are ignored here (the URL layer reports
//! them); a facet whose selection is all unknown does not narrow the list.
//!
//! The Claims view lists the claims in its order (`sort=`): relevance while searching unless a
//! person chose otherwise ([`CorpusIndex::rank`]), by article date, by article; corpus order
//! without a search. Other views get corpus order.
//!
//! Everything works on bitsets over claim ids: per facet the OR of its selected values'
//! claims, then ANDs. For the counts of facet F, the claims that pass all filters but F's are
//! walked once and added up per value, or, when they are more than half the corpus, the
//! claims that do not pass are subtracted from the corpus totals; with no other filter the
//! counts are the totals. Per update that is at most six walks over half the claims.

use super::corpus_index::slot;
use crate::corpus::Facet;
use crate::index::parse_query;
use crate::index::{Bitset, CorpusIndex, FacetTables};
use crate::state::{Sort, View, ViewState};
use std::sync::Arc;

/// What the claims list shows for a [`ViewState`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FilterResult {
    /// The claims that pass every filter and the search: indices into `corpus.claims`, in
    /// corpus order, or for the Claims view in its order (see the module docs).
    pub claims: Vec<u32>,
    /// The count next to every facet value.
    pub counts: FacetCounts,
}

/// For each facet and value, how many claims the list would show were that value the facet's
/// only selection (see the module docs).
#[derive(Clone, Debug)]
pub struct FacetCounts {
    tables: Arc<FacetTables>,
    counts: [Vec<u32>; 6],
}

impl PartialEq for FacetCounts {
    fn eq(&self, other: &FacetCounts) -> bool {
        self.counts == other.counts
            && (Arc::ptr_eq(&self.tables, &other.tables) || self.tables == other.tables)
    }
}

impl Eq for FacetCounts {}

/// One row of a facet list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FacetEntry<'a> {
    /// The value's dense id in the index.
    pub value: u32,
    /// Its id in links and view states.
    pub id: &'a str,
    /// The name to show.
    pub label: &'a str,
    /// A second line (speaker role, question text, article date), maybe empty.
    pub detail: &'a str,
    /// Claims it would leave given all other filters.
    pub count: usize,
    /// Claims it has in the whole corpus.
    pub total: usize,
}

impl FacetCounts {
    /// The count of a value given by its id (`nato`, `warning`); 0 for an unknown id.
    pub fn get(&self, facet: Facet, value: &str) -> usize {
        self.tables
            .get(facet)
            .id(value)
            .map_or(0, |v| self.get_by_index(facet, v))
    }

    /// The count of a value given by its dense id.
    pub fn get_by_index(&self, facet: Facet, value: u32) -> usize {
        self.counts[slot(facet)]
            .get(value as usize)
            .map_or(0, |&c| c as usize)
    }

    /// The values of a facet in corpus order, with labels and counts.
    pub fn values(&self, facet: Facet) -> impl Iterator<Item = FacetEntry<'_>> + '_ {
        let table = self.tables.get(facet);
        let counts = &self.counts[slot(facet)];
        table
            .values()
            .iter()
            .zip(counts)
            .enumerate()
            .map(|(i, (v, &count))| FacetEntry {
                value: i as u32,
                id: &v.id,
                label: &v.label,
                detail: &v.detail,
                count: count as usize,
                total: table.total(i as u32),
            })
    }
}

/// The claims of a facet's known selected values, or `None` when it selects nothing known.
fn selection(index: &CorpusIndex, state: &ViewState, facet: Facet) -> Option<Bitset> {
    let mut bits: Option<Bitset> = None;
    for value in state.selected(facet) {
        if let Some(v) = index.value_id(facet, &value) {
            let b = bits.get_or_insert_with(|| Bitset::new(index.claim_count()));
            for &c in index.claims_with(facet, v) {
                b.insert(c);
            }
        }
    }
    bits
}

/// The intersection of the given sets; `None` when there are none (no constraint).
fn and_all<'a>(sets: impl Iterator<Item = &'a Bitset>) -> Option<Bitset> {
    let mut out: Option<Bitset> = None;
    for s in sets {
        match &mut out {
            Some(o) => o.and_with(s),
            None => out = Some(s.clone()),
        }
    }
    out
}

/// Puts `claims` (ascending) in the order the Claims view lists them; other views keep corpus
/// order. Sorts are stable: ties keep corpus order.
fn order(index: &CorpusIndex, state: &ViewState, claims: &mut [u32]) {
    if state.view != View::Claims {
        return;
    }
    let query = parse_query(&state.q);
    let article = |c: u32| index.claim_values(Facet::Article, c)[0];
    match state.sort {
        None if query.is_empty() => {}
        None | Some(Sort::Relevance) => index.rank(&query, claims),
        Some(Sort::Date) => {
            // ISO dates order as text; undated articles last.
            let values = index.values(Facet::Article);
            claims.sort_by_key(|&c| {
                let date = values[article(c) as usize].detail.as_str();
                (date.is_empty(), date)
            });
        }
        Some(Sort::Article) => claims.sort_by_key(|&c| article(c)),
    }
}

/// The part of `state` that [`filter`] reads, everything else at its default: the filters, the
/// search, the order, and the view only where it changes the order (the Claims view, searching
/// or sorted). Two states with equal keys have equal results, so a person switching views, or
/// zooming the Timeline, does not cost a filtering of the corpus.
pub fn filter_key(state: &ViewState) -> ViewState {
    let ordered = state.view == View::Claims && (state.sort.is_some() || !state.q.is_empty());
    ViewState {
        view: if ordered {
            View::Claims
        } else {
            View::default()
        },
        sides: state.sides.clone(),
        speakers: state.speakers.clone(),
        questions: state.questions.clone(),
        kinds: state.kinds.clone(),
        attributions: state.attributions.clone(),
        articles: state.articles.clone(),
        q: state.q.clone(),
        sort: state.sort,
        ..ViewState::default()
    }
}

/// The claims list and facet counts for `state`, searching `state.q`.
pub fn filter(index: &CorpusIndex, state: &ViewState) -> FilterResult {
    let text = index.search_bits(&parse_query(&state.q));
    filter_with(index, state, text.as_ref())
}

/// [`filter`] with the search already done: `text` is the result of
/// [`CorpusIndex::search_bits`] for `state.q` (`None`: no search). Lets the app keep the search
/// result while facets change.
pub fn filter_with(index: &CorpusIndex, state: &ViewState, text: Option<&Bitset>) -> FilterResult {
    let n = index.claim_count();
    let masks: [Option<Bitset>; 6] = Facet::ALL.map(|f| selection(index, state, f));
    let all = and_all(text.into_iter().chain(masks.iter().flatten()));
    let mut claims = match &all {
        Some(b) => b.to_vec(),
        None => (0..n as u32).collect(),
    };
    order(index, state, &mut claims);
    let tables = index.tables().clone();
    let counts: [Vec<u32>; 6] = std::array::from_fn(|fi| {
        let facet = Facet::ALL[fi];
        let table = tables.get(facet);
        let others = and_all(
            text.into_iter().chain(
                masks
                    .iter()
                    .enumerate()
                    .filter(|&(g, _)| g != fi)
                    .filter_map(|(_, m)| m.as_ref()),
            ),
        );
        let Some(others) = others else {
            return (0..table.values().len() as u32)
                .map(|v| table.total(v) as u32)
                .collect();
        };
        // Walk the smaller side: the claims that pass, or those that do not (from the totals).
        let passing = others.count();
        if passing * 2 <= n {
            let mut c = vec![0u32; table.values().len()];
            index.tally(facet, &others, false, &mut c);
            c
        } else {
            let mut c: Vec<u32> = (0..table.values().len() as u32)
                .map(|v| table.total(v) as u32)
                .collect();
            index.tally(facet, &others, true, &mut c);
            c
        }
    });
    FilterResult {
        claims,
        counts: FacetCounts { tables, counts },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{Attribution, ClaimKind};
    use crate::index::corpus_index::tests::sample;

    fn run(state: &ViewState) -> FilterResult {
        filter(&CorpusIndex::new(&sample()), state)
    }

    #[test]
    fn the_filter_key_gives_the_same_result_and_ignores_what_filter_does_not_read() {
        let index = CorpusIndex::new(&sample());
        let mut states = Vec::new();
        for view in crate::state::View::ALL {
            for (q, sort) in [
                ("", None),
                ("missiles", None),
                ("", Some(Sort::Date)),
                ("treaty", Some(Sort::Article)),
            ] {
                let mut s = ViewState {
                    view,
                    q: q.into(),
                    sort,
                    claim: Some("c1".into()),
                    period: crate::corpus::PartialDate::parse("2018-10"),
                    ..ViewState::default()
                };
                s.toggle(Facet::Side, "nato");
                states.push(s);
            }
        }
        for s in &states {
            assert_eq!(filter(&index, &filter_key(s)), filter(&index, s), "{s:?}");
        }
        // Switching between views that list in corpus order, focusing a claim or zooming the
        // Timeline leave the key as it was.
        let key = |f: fn(&mut ViewState)| {
            let mut s = states[0].clone();
            f(&mut s);
            filter_key(&s)
        };
        assert_eq!(
            key(|s| s.view = View::Timeline),
            key(|s| s.view = View::Compare)
        );
        assert_eq!(key(|s| s.view = View::Claims), key(|s| s.view = View::Read));
        assert_eq!(key(|s| s.claim = None), key(|s| s.period = None));
    }

    #[test]
    fn empty_state_shows_everything_with_totals() {
        let r = run(&ViewState::default());
        assert_eq!(r.claims, [0, 1, 2, 3, 4]);
        assert_eq!(r.counts.get(Facet::Side, "russia"), 2);
        assert_eq!(r.counts.get(Facet::Side, "nato"), 2);
        assert_eq!(r.counts.get(Facet::Side, "ukraine"), 1);
        assert_eq!(r.counts.get(Facet::Question, "q1"), 3);
        assert_eq!(r.counts.get(Facet::Kind, "warning"), 2);
        assert_eq!(r.counts.get(Facet::Kind, "threat"), 0);
        assert_eq!(r.counts.get(Facet::Side, "mars"), 0);
    }

    #[test]
    fn a_side_narrows_the_list_but_not_its_own_counts() {
        let mut s = ViewState::default();
        s.toggle(Facet::Side, "nato");
        let r = run(&s);
        assert_eq!(r.claims, [1, 2]);
        // Side counts ignore the side selection.
        assert_eq!(r.counts.get(Facet::Side, "russia"), 2);
        assert_eq!(r.counts.get(Facet::Side, "nato"), 2);
        // Other facets count within NATO's claims.
        assert_eq!(r.counts.get(Facet::Speaker, "putin"), 0);
        assert_eq!(r.counts.get(Facet::Speaker, "stoltenberg"), 1);
        assert_eq!(r.counts.get(Facet::Question, "q1"), 2);
        assert_eq!(r.counts.get(Facet::Question, "q2"), 1);

        s.toggle(Facet::Side, "ukraine");
        assert_eq!(run(&s).claims, [1, 2, 3]);
    }

    #[test]
    fn facets_and_search_combine() {
        let mut s = ViewState::default();
        s.kinds.insert(ClaimKind::Denial);
        s.attributions.insert(Attribution::Direct);
        let r = run(&s);
        assert_eq!(r.claims, [2, 4]);
        assert_eq!(r.counts.get(Facet::Side, "russia"), 1);
        assert_eq!(r.counts.get(Facet::Side, "nato"), 1);
        assert_eq!(r.counts.get(Facet::Side, "ukraine"), 0);
        // Kind counts: direct claims by kind.
        assert_eq!(r.counts.get(Facet::Kind, "warning"), 1);
        assert_eq!(r.counts.get(Facet::Kind, "denial"), 2);
        // Attribution counts: denials by attribution.
        assert_eq!(r.counts.get(Facet::Attribution, "paraphrase"), 0);

        s.q = "treaty".into();
        let r = run(&s);
        assert_eq!(r.claims, [4]);
        assert_eq!(r.counts.get(Facet::Side, "nato"), 0);
        assert_eq!(r.counts.get(Facet::Side, "russia"), 1);
    }

    #[test]
    fn unknown_selected_values_are_ignored() {
        let mut s = ViewState::default();
        s.sides.insert("mars".into());
        assert_eq!(run(&s).claims, [0, 1, 2, 3, 4]);
        s.sides.insert("ukraine".into());
        assert_eq!(run(&s).claims, [3]);
    }

    #[test]
    fn values_list_labels_and_counts_in_corpus_order() {
        let s = ViewState {
            q: "treaty".into(),
            ..Default::default()
        };
        let r = run(&s);
        assert_eq!(r.claims, [1, 4]);
        let rows: Vec<(&str, &str, usize, usize)> = r
            .counts
            .values(Facet::Side)
            .map(|e| (e.id, e.label, e.count, e.total))
            .collect();
        assert_eq!(
            rows,
            [
                ("russia", "Russia", 1, 2),
                ("nato", "NATO", 1, 2),
                ("ukraine", "Ukraine", 0, 1)
            ]
        );
        let speakers: Vec<(&str, &str)> = r
            .counts
            .values(Facet::Speaker)
            .map(|e| (e.label, e.detail))
            .collect();
        assert_eq!(speakers[0], ("Vladimir Putin", "role of Vladimir Putin"));
        let article = r.counts.values(Facet::Article).next().unwrap();
        assert_eq!(
            (article.label, article.detail),
            ("Wire — Treaty ends", "2019-08-02")
        );
    }

    #[test]
    fn filter_with_reuses_a_search() {
        let ix = CorpusIndex::new(&sample());
        let mut s = ViewState {
            q: "arms".into(),
            ..Default::default()
        };
        let text = ix.search_bits(&parse_query(&s.q));
        s.toggle(Facet::Side, "russia");
        assert_eq!(filter_with(&ix, &s, text.as_ref()), filter(&ix, &s));
        assert_eq!(filter(&ix, &s).claims, [0]);
    }
}
