//! The comparison of the chosen claims: who answers each question how.
//!
//! [`compare`] builds a grid with one row per corpus question and one column per side, both in
//! corpus order (rows and columns are never dropped: a side without a claim on a question gets
//! an empty cell, which the UI reads as "no claim in these articles"; [`Row::is_empty`] tells the
//! UI which rows hold nothing at all). A claim sits in one cell for each question it speaks to,
//! with its stance on that question when it has one.
//!
//! Two claims *contradict* on a question when they come from different sides and their stances
//! on it do ([`Stance::contradicts`]: yes against no).
//!
//! Cost: one pass over the chosen claims with hash maps from ids to indices, so linear in the
//! claims (plus their questions). The number of contradicting pairs can grow with the square of
//! the claims, so [`Row::contradiction_count`] gives it exactly, by arithmetic, while
//! [`Row::contradictions`] lists at most [`MAX_LISTED_CONTRADICTIONS`] of them (the first ones).
//! [`contradicting`] answers for one claim by looking at its rows only.
//!
//! Claims naming a side or question the corpus lacks are left out (validation reports them);
//! claim indices out of range, repeated indices and repeated question ids are ignored.

use crate::corpus::{Corpus, Stance};
use rustc_hash::FxHashMap;

/// How many contradicting pairs a [`Row`] lists at most.
pub const MAX_LISTED_CONTRADICTIONS: usize = 1_000;

/// What one side says on one question.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cell {
    /// Indices into `corpus.claims`, in corpus order.
    pub claims: Vec<usize>,
    /// Each stance present with its number of claims, in the order yes, no, mixed.
    pub stances: Vec<(Stance, usize)>,
    /// Some claim of this cell contradicts a claim of another side on this question.
    pub contradicted: bool,
}

/// A cell at a glance, with the number of its claims.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CellSummary {
    /// No claim.
    Empty,
    /// The stanced claims all give this answer; or, when their answers are one of yes and no
    /// plus mixed, the answer is [`Stance::Mixed`] (qualified, but not split).
    One { stance: Stance, count: usize },
    /// Both yes and no.
    Split { count: usize },
    /// Claims, none with a stance on this question.
    Unstanced { count: usize },
}

impl CellSummary {
    /// The number of claims in the cell (stanced or not).
    pub fn count(self) -> usize {
        match self {
            CellSummary::Empty => 0,
            CellSummary::One { count, .. }
            | CellSummary::Split { count }
            | CellSummary::Unstanced { count } => count,
        }
    }
}

impl Cell {
    /// The number of claims in the cell with stance `stance`.
    pub fn stance_count(&self, stance: Stance) -> usize {
        self.stances
            .iter()
            .find(|(s, _)| *s == stance)
            .map_or(0, |&(_, n)| n)
    }

    pub fn summary(&self) -> CellSummary {
        let count = self.claims.len();
        if count == 0 {
            return CellSummary::Empty;
        }
        let has = |s| self.stance_count(s) > 0;
        match (has(Stance::Yes), has(Stance::No), has(Stance::Mixed)) {
            (true, true, _) => CellSummary::Split { count },
            (false, false, false) => CellSummary::Unstanced { count },
            (true, false, false) => CellSummary::One {
                stance: Stance::Yes,
                count,
            },
            (false, true, false) => CellSummary::One {
                stance: Stance::No,
                count,
            },
            (_, _, true) => CellSummary::One {
                stance: Stance::Mixed,
                count,
            },
        }
    }
}

/// One question across the sides.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Row {
    /// Index into `corpus.questions`.
    pub question: usize,
    /// One cell per side, in the order of [`Comparison::sides`].
    pub cells: Vec<Cell>,
    /// Pairs of claims of different sides whose stances on this question contradict, each pair
    /// once with the lower index first, sorted; at most [`MAX_LISTED_CONTRADICTIONS`].
    pub contradictions: Vec<(usize, usize)>,
    /// The number of such pairs, listed or not.
    pub contradiction_count: usize,
}

impl Row {
    /// No side has a claim on this question (among the chosen claims).
    pub fn is_empty(&self) -> bool {
        self.cells.iter().all(|c| c.claims.is_empty())
    }
}

/// The Compare grid.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Comparison {
    /// The columns: indices into `corpus.sides`, corpus order.
    pub sides: Vec<usize>,
    /// The rows: one per corpus question, corpus order (`rows[q].question == q`).
    pub rows: Vec<Row>,
}

/// Indices of `ids` by id; the first of repeated ids wins. (A few sides or questions, looked up
/// once or more per claim: a fast hash, where a keyed one cost most of the grid's time.)
fn index_of<'a>(ids: impl Iterator<Item = &'a str>) -> FxHashMap<&'a str, usize> {
    let mut map = FxHashMap::default();
    for (i, id) in ids.enumerate() {
        map.entry(id).or_insert(i);
    }
    map
}

fn stance_slot(s: Stance) -> usize {
    match s {
        Stance::Yes => 0,
        Stance::No => 1,
        Stance::Mixed => 2,
    }
}

/// The Compare grid of `claims` (indices into `corpus.claims`, for example the filtered ones).
pub fn compare(corpus: &Corpus, claims: &[usize]) -> Comparison {
    let sides = index_of(corpus.sides.iter().map(|s| s.id.as_str()));
    let questions = index_of(corpus.questions.iter().map(|q| q.id.as_str()));
    let (ns, nq) = (corpus.sides.len(), corpus.questions.len());

    let mut chosen: Vec<usize> = claims
        .iter()
        .copied()
        .filter(|&c| c < corpus.claims.len())
        .collect();
    chosen.sort_unstable();
    chosen.dedup();

    let mut rows: Vec<Row> = (0..nq)
        .map(|q| Row {
            question: q,
            cells: vec![Cell::default(); ns],
            ..Row::default()
        })
        .collect();
    // Per row and side, the counts by stance slot and the yes and no claims (ascending).
    let mut counts = vec![[0usize; 3]; nq * ns];
    let mut yes: Vec<Vec<usize>> = vec![Vec::new(); nq * ns];
    let mut no: Vec<Vec<usize>> = vec![Vec::new(); nq * ns];
    // Per row, its yes and no claims with their side, ascending.
    let mut stanced: Vec<Vec<(usize, usize, Stance)>> = vec![Vec::new(); nq];

    let mut qs: Vec<(usize, &str)> = Vec::new();
    for &c in &chosen {
        let claim = &corpus.claims[c];
        let Some(&s) = sides.get(claim.side.as_str()) else {
            continue;
        };
        qs.clear();
        qs.extend(
            claim
                .questions
                .iter()
                .filter_map(|id| questions.get(id.as_str()).map(|&q| (q, id.as_str()))),
        );
        qs.sort_unstable();
        qs.dedup_by_key(|&mut (q, _)| q);
        for &(q, id) in &qs {
            rows[q].cells[s].claims.push(c);
            let Some(&stance) = claim.stance.get(id) else {
                continue;
            };
            counts[q * ns + s][stance_slot(stance)] += 1;
            match stance {
                Stance::Yes => yes[q * ns + s].push(c),
                Stance::No => no[q * ns + s].push(c),
                Stance::Mixed => continue,
            }
            stanced[q].push((c, s, stance));
        }
    }

    for (q, row) in rows.iter_mut().enumerate() {
        let counts = &counts[q * ns..(q + 1) * ns];
        let total_yes: usize = counts.iter().map(|c| c[0]).sum();
        let total_no: usize = counts.iter().map(|c| c[1]).sum();
        let mut pairs = 0usize;
        for (cell, c) in row.cells.iter_mut().zip(counts) {
            cell.stances = Stance::ALL
                .into_iter()
                .filter(|&s| c[stance_slot(s)] > 0)
                .map(|s| (s, c[stance_slot(s)]))
                .collect();
            let (other_yes, other_no) = (total_yes - c[0], total_no - c[1]);
            cell.contradicted = (c[0] > 0 && other_no > 0) || (c[1] > 0 && other_yes > 0);
            pairs = pairs.saturating_add(c[0].saturating_mul(other_no));
        }
        row.contradiction_count = pairs;
        if pairs > 0 {
            row.contradictions = list_pairs(
                &stanced[q],
                &yes[q * ns..(q + 1) * ns],
                &no[q * ns..(q + 1) * ns],
            );
        }
    }

    Comparison {
        sides: (0..ns).collect(),
        rows,
    }
}

/// The first [`MAX_LISTED_CONTRADICTIONS`] contradicting pairs of a row, in order: for each
/// stanced claim (ascending), its later partners merged from the other sides' opposite lists.
fn list_pairs(
    stanced: &[(usize, usize, Stance)],
    yes: &[Vec<usize>],
    no: &[Vec<usize>],
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut cursors: Vec<(&[usize], usize)> = Vec::with_capacity(yes.len());
    for &(c, side, stance) in stanced {
        let opposite = if stance == Stance::Yes { no } else { yes };
        cursors.clear();
        cursors.extend(
            opposite
                .iter()
                .enumerate()
                .filter(|&(t, list)| t != side && !list.is_empty())
                .map(|(_, list)| (list.as_slice(), list.partition_point(|&x| x <= c))),
        );
        loop {
            let next = cursors
                .iter_mut()
                .filter(|(list, at)| *at < list.len())
                .min_by_key(|(list, at)| list[*at]);
            let Some((list, at)) = next else { break };
            out.push((c, list[*at]));
            *at += 1;
            if out.len() == MAX_LISTED_CONTRADICTIONS {
                return out;
            }
        }
    }
    out
}

/// The claims of `comparison` that contradict claim `claim` (an index into `corpus.claims`)
/// on some question: from another side, with the opposite stance. Ascending, each once; empty
/// when the claim's side is not a column (like [`compare`], which leaves such claims out).
pub fn contradicting(corpus: &Corpus, comparison: &Comparison, claim: usize) -> Vec<usize> {
    let Some(c) = corpus.claims.get(claim) else {
        return Vec::new();
    };
    let side = corpus.sides.iter().position(|s| s.id == c.side);
    let Some(column) = side.and_then(|s| comparison.sides.iter().position(|&t| t == s)) else {
        return Vec::new();
    };
    let questions = index_of(corpus.questions.iter().map(|q| q.id.as_str()));
    let mut out = Vec::new();
    for (id, &stance) in c
        .questions
        .iter()
        .filter_map(|id| Some((id, c.stance.get(id)?)))
    {
        if stance == Stance::Mixed {
            continue;
        }
        let Some(&q) = questions.get(id.as_str()) else {
            continue;
        };
        let row = match comparison.rows.get(q) {
            Some(r) if r.question == q => Some(r),
            _ => comparison.rows.iter().find(|r| r.question == q),
        };
        let Some(row) = row else { continue };
        for (col, cell) in row.cells.iter().enumerate() {
            if col == column {
                continue;
            }
            out.extend(cell.claims.iter().copied().filter(|&o| {
                corpus.claims[o]
                    .stance
                    .get(id)
                    .is_some_and(|&s| s.contradicts(stance))
            }));
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Claim;
    use crate::testing::{self, CorpusBuilder};
    use proptest::prelude::*;

    fn claim(id: &str, side: &str, stances: &[(&str, Option<Stance>)]) -> Claim {
        Claim {
            questions: stances.iter().map(|(q, _)| q.to_string()).collect(),
            stance: stances
                .iter()
                .filter_map(|(q, s)| Some((q.to_string(), (*s)?)))
                .collect(),
            ..testing::claim(id, "a", "p", "s", side)
        }
    }

    fn corpus(sides: &[&str], questions: &[&str], claims: Vec<Claim>) -> Corpus {
        let builder = sides
            .iter()
            .fold(CorpusBuilder::new("t"), |b, s| b.side(s, s));
        questions
            .iter()
            .fold(builder, |b, q| b.question(q, q, ""))
            .claims(claims)
            .build()
    }

    use Stance::{Mixed, No, Yes};

    fn sample() -> Corpus {
        corpus(
            &["us", "ru", "eu"],
            &["violated", "withdraw", "unused"],
            vec![
                claim(
                    "c0",
                    "us",
                    &[("violated", Some(Yes)), ("withdraw", Some(Yes))],
                ),
                claim("c1", "ru", &[("violated", Some(No))]),
                claim("c2", "us", &[("violated", Some(Yes))]),
                claim("c3", "ru", &[("violated", Some(Yes)), ("withdraw", None)]),
                claim("c4", "eu", &[("withdraw", Some(Mixed))]),
                claim("c5", "nobody", &[("violated", Some(No))]),
                claim(
                    "c6",
                    "ru",
                    &[("withdraw", Some(No)), ("withdraw", Some(No))],
                ),
                claim("c7", "eu", &[("violated", None), ("nowhere", Some(Yes))]),
            ],
        )
    }

    #[test]
    fn builds_the_grid() {
        let corpus = sample();
        let all: Vec<usize> = (0..corpus.claims.len()).rev().chain([3, 99]).collect();
        let cmp = compare(&corpus, &all);
        assert_eq!(cmp.sides, [0, 1, 2]);
        assert_eq!(cmp.rows.len(), 3);
        let violated = &cmp.rows[0];
        assert_eq!(violated.cells[0].claims, [0, 2]);
        assert_eq!(violated.cells[0].stances, [(Yes, 2)]);
        assert!(violated.cells[0].contradicted);
        assert_eq!(violated.cells[1].claims, [1, 3]);
        assert_eq!(violated.cells[1].stances, [(Yes, 1), (No, 1)]);
        assert!(violated.cells[1].contradicted);
        assert_eq!(violated.cells[2].claims, [7]);
        assert!(!violated.cells[2].contradicted);
        // c1 (ru, no) against c0 and c2 (us, yes); c3 is ru's own yes: not across sides.
        assert_eq!(violated.contradictions, [(0, 1), (1, 2)]);
        assert_eq!(violated.contradiction_count, 2);

        let withdraw = &cmp.rows[1];
        assert_eq!(withdraw.cells[1].claims, [3, 6]);
        assert_eq!(withdraw.cells[1].stances, [(No, 1)]);
        assert_eq!(withdraw.cells[2].stances, [(Mixed, 1)]);
        assert_eq!(withdraw.contradictions, [(0, 6)]);
        assert!(cmp.rows[2].is_empty());
        assert!(!withdraw.is_empty());
    }

    #[test]
    fn summaries() {
        let corpus = sample();
        let cmp = compare(&corpus, &(0..8).collect::<Vec<_>>());
        let s = |q: usize, side: usize| cmp.rows[q].cells[side].summary();
        assert_eq!(
            s(0, 0),
            CellSummary::One {
                stance: Yes,
                count: 2
            }
        );
        assert_eq!(s(0, 1), CellSummary::Split { count: 2 });
        assert_eq!(s(0, 2), CellSummary::Unstanced { count: 1 });
        assert_eq!(
            s(1, 1),
            CellSummary::One {
                stance: No,
                count: 2
            }
        );
        assert_eq!(
            s(1, 2),
            CellSummary::One {
                stance: Mixed,
                count: 1
            }
        );
        assert_eq!(s(2, 0), CellSummary::Empty);
        assert_eq!(s(0, 1).count(), 2);
        let qualified = Cell {
            claims: vec![1, 2],
            stances: vec![(Yes, 1), (Mixed, 1)],
            contradicted: false,
        };
        assert_eq!(
            qualified.summary(),
            CellSummary::One {
                stance: Mixed,
                count: 2
            }
        );
    }

    #[test]
    fn only_chosen_claims_count() {
        let corpus = sample();
        let cmp = compare(&corpus, &[0, 3]);
        assert_eq!(cmp.rows[0].cells[0].claims, [0]);
        assert!(!cmp.rows[0].cells[0].contradicted);
        assert!(cmp.rows[0].contradictions.is_empty());
        assert!(cmp.rows[1].cells[2].claims.is_empty());
    }

    #[test]
    fn lists_contradicting_claims() {
        let corpus = sample();
        let cmp = compare(&corpus, &(0..8).collect::<Vec<_>>());
        assert_eq!(contradicting(&corpus, &cmp, 0), [1, 6]);
        assert_eq!(contradicting(&corpus, &cmp, 1), [0, 2]);
        assert_eq!(contradicting(&corpus, &cmp, 3), Vec::<usize>::new());
        assert_eq!(contradicting(&corpus, &cmp, 4), Vec::<usize>::new());
        assert_eq!(contradicting(&corpus, &cmp, 42), Vec::<usize>::new());
        let some = compare(&corpus, &[0, 2]);
        assert!(contradicting(&corpus, &some, 0).is_empty());
    }

    #[test]
    fn many_claims_stay_fast_and_capped() {
        let n = 100_000;
        let claims = (0..n)
            .map(|k| {
                let side = ["us", "ru"][k % 2];
                let stance = if k % 3 == 0 { No } else { Yes };
                claim(&format!("c{k}"), side, &[("q", Some(stance)), ("r", None)])
            })
            .collect();
        let corpus = corpus(&["us", "ru"], &["q", "r"], claims);
        let t = std::time::Instant::now();
        let cmp = compare(&corpus, &(0..n).collect::<Vec<_>>());
        assert!(t.elapsed().as_secs_f64() < 5.0);
        let row = &cmp.rows[0];
        assert_eq!(row.contradictions.len(), MAX_LISTED_CONTRADICTIONS);
        assert!(row.contradictions.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(row.contradictions[0], (0, 1));
        // Brute-force count: yes claims times no claims of the other side.
        let count = |side: usize, s: Stance| {
            (0..n)
                .filter(|k| k % 2 == side && ((k % 3 == 0) == (s == No)))
                .count()
        };
        assert_eq!(
            row.contradiction_count,
            count(0, Yes) * count(1, No) + count(1, Yes) * count(0, No)
        );
        assert_eq!(
            cmp.rows[1].cells[0].summary(),
            CellSummary::Unstanced { count: n / 2 }
        );
    }

    fn arb_corpus() -> impl Strategy<Value = Corpus> {
        let stance = prop::option::of(prop::sample::select(Stance::ALL.to_vec()));
        let c = (
            prop::sample::select(vec!["a", "b", "c", "x"]),
            prop::collection::vec(
                (prop::sample::select(vec!["p", "q", "r", "z"]), stance),
                0..3,
            ),
        );
        prop::collection::vec(c, 0..30).prop_map(|cs| {
            let claims = cs
                .iter()
                .enumerate()
                .map(|(k, (side, st))| claim(&format!("c{k}"), side, st))
                .collect();
            corpus(&["a", "b", "c"], &["p", "q", "r"], claims)
        })
    }

    proptest! {
        #[test]
        fn matches_brute_force(corpus in arb_corpus(), pick in prop::collection::vec(0usize..40, 0..40)) {
            let cmp = compare(&corpus, &pick);
            let chosen: Vec<usize> = {
                let mut v: Vec<usize> = pick.iter().copied().filter(|&c| c < corpus.claims.len()).collect();
                v.sort_unstable();
                v.dedup();
                v
            };
            let side_of = |c: usize| corpus.sides.iter().position(|s| s.id == corpus.claims[c].side);
            let stance_of = |c: usize, q: usize| {
                let id = &corpus.questions[q].id;
                if corpus.claims[c].questions.contains(id) { corpus.claims[c].stance.get(id).copied() } else { None }
            };
            for (q, row) in cmp.rows.iter().enumerate() {
                let qid = &corpus.questions[q].id;
                let mut pairs = Vec::new();
                for (i, &x) in chosen.iter().enumerate() {
                    for &y in &chosen[i + 1..] {
                        let (Some(sx), Some(sy)) = (side_of(x), side_of(y)) else { continue };
                        if sx == sy { continue; }
                        if let (Some(a), Some(b)) = (stance_of(x, q), stance_of(y, q)) {
                            if a.contradicts(b) { pairs.push((x, y)); }
                        }
                    }
                }
                prop_assert_eq!(&row.contradictions, &pairs);
                prop_assert_eq!(row.contradiction_count, pairs.len());
                for (s, cell) in row.cells.iter().enumerate() {
                    let expect: Vec<usize> = chosen.iter().copied()
                        .filter(|&c| side_of(c) == Some(s) && corpus.claims[c].questions.contains(qid))
                        .collect();
                    prop_assert_eq!(&cell.claims, &expect);
                    let contradicted = pairs.iter().any(|&(x, y)| cell.claims.contains(&x) || cell.claims.contains(&y));
                    prop_assert_eq!(cell.contradicted, contradicted);
                }
            }
            for &c in &chosen {
                let mut expect: Vec<usize> = cmp.rows.iter()
                    .flat_map(|r| r.contradictions.iter().copied())
                    .filter_map(|(x, y)| if x == c { Some(y) } else if y == c { Some(x) } else { None })
                    .collect();
                expect.sort_unstable();
                expect.dedup();
                prop_assert_eq!(contradicting(&corpus, &cmp, c), expect);
            }
        }
    }
}
