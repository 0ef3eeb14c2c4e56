//! The part of the comparison on screen: the grid follows the filters. Its claims are the
//! filtered ones; a `side` selection keeps only those columns, a `question` selection only those
//! rows; with any other filter, questions no matching claim speaks to are hidden (and counted).
//! Also who, among the sides shown, stands where on a row.

use super::comparison::{compare, Comparison, Row};
use crate::corpus::{Corpus, Stance};
use crate::state::ViewState;

/// The comparison of the filtered claims and the part of it on screen.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Grid {
    pub cmp: Comparison,
    /// The columns shown: indices into `corpus.sides`, corpus order.
    pub columns: Vec<usize>,
    /// The rows shown: indices into `corpus.questions` (and `cmp.rows`), corpus order.
    pub rows: Vec<usize>,
    /// Rows left out, and why.
    pub hidden: usize,
    pub hidden_by_question_filter: bool,
}

impl Grid {
    /// The grid of `claims` (the filtered ones: indices into `corpus.claims`) under `state`.
    pub fn new(corpus: &Corpus, state: &ViewState, claims: &[u32]) -> Self {
        let claims: Vec<usize> = claims.iter().map(|&c| c as usize).collect();
        let cmp = compare(corpus, &claims);
        let columns = cmp
            .sides
            .iter()
            .copied()
            .filter(|&s| state.sides.is_empty() || state.sides.contains(&corpus.sides[s].id))
            .collect();
        let by_question = !state.questions.is_empty();
        let filtered = state.has_filters();
        let rows: Vec<usize> = cmp
            .rows
            .iter()
            .filter(|r| {
                if by_question {
                    state.questions.contains(&corpus.questions[r.question].id)
                } else {
                    !filtered || !r.is_empty()
                }
            })
            .map(|r| r.question)
            .collect();
        let hidden = cmp.rows.len() - rows.len();
        Grid {
            cmp,
            columns,
            rows,
            hidden,
            hidden_by_question_filter: by_question,
        }
    }

    /// The shown sides of `row` with at least one claim of `stance`, by name, in column order.
    pub fn sides_with<'a>(&self, corpus: &'a Corpus, row: &Row, stance: Stance) -> Vec<&'a str> {
        self.columns
            .iter()
            .filter(|&&s| row.cells[s].stance_count(stance) > 0)
            .map(|&s| corpus.sides[s].name.as_str())
            .collect()
    }

    /// The shown sides other than `side` whose claims on `row` answer against `stance` (yes
    /// against no and no against yes; nothing is against a qualified answer), by name.
    pub fn opposing<'a>(
        &self,
        corpus: &'a Corpus,
        row: &Row,
        side: usize,
        stance: Stance,
    ) -> Vec<&'a str> {
        let against = match stance {
            Stance::Yes => Stance::No,
            Stance::No => Stance::Yes,
            Stance::Mixed => return Vec::new(),
        };
        self.columns
            .iter()
            .filter(|&&t| t != side && row.cells[t].stance_count(against) > 0)
            .map(|&t| corpus.sides[t].name.as_str())
            .collect()
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::corpus::Claim;
    use crate::corpus::Stance::{Mixed, No, Yes};
    use crate::testing::{claim, CorpusBuilder};

    fn on(id: &str, side: &str, stances: &[(&str, Stance)]) -> Claim {
        Claim {
            questions: stances.iter().map(|(q, _)| q.to_string()).collect(),
            stance: stances.iter().map(|(q, s)| (q.to_string(), *s)).collect(),
            ..claim(id, "a", "p", "s", side)
        }
    }

    /// Sides US, Russia and EU; questions `violated`, `withdraw` and `unused` (nobody speaks to
    /// it). On `violated`: US yes (c0), Russia no (c1); on `withdraw`: US yes (c0), Russia yes
    /// (c2), EU qualified (c3).
    pub(in super::super) fn sample() -> Corpus {
        CorpusBuilder::new("t")
            .side("us", "US")
            .side("ru", "Russia")
            .side("eu", "EU")
            .question("violated", "Violated?", "")
            .question("withdraw", "Withdraw?", "")
            .question("unused", "Unused?", "")
            .claim(on("c0", "us", &[("violated", Yes), ("withdraw", Yes)]))
            .claim(on("c1", "ru", &[("violated", No)]))
            .claim(on("c2", "ru", &[("withdraw", Yes)]))
            .claim(on("c3", "eu", &[("withdraw", Mixed)]))
            .build()
    }

    const ALL: [u32; 4] = [0, 1, 2, 3];

    #[test]
    fn without_filters_every_side_and_question_shows() {
        let corpus = sample();
        let g = Grid::new(&corpus, &ViewState::default(), &ALL);
        assert_eq!(g.columns, [0, 1, 2]);
        assert_eq!(g.rows, [0, 1, 2]);
        assert_eq!(g.hidden, 0);
        assert!(!g.hidden_by_question_filter);
        assert_eq!(g.cmp, compare(&corpus, &[0, 1, 2, 3]));
    }

    #[test]
    fn a_side_filter_keeps_its_columns_and_hides_empty_rows() {
        let corpus = sample();
        let state = ViewState {
            sides: ["ru".to_owned(), "eu".to_owned()].into(),
            ..ViewState::default()
        };
        // The filtered claims: Russia's and the EU's.
        let g = Grid::new(&corpus, &state, &[1, 2, 3]);
        assert_eq!(g.columns, [1, 2]);
        assert_eq!(g.rows, [0, 1]);
        assert_eq!(g.hidden, 1);
        assert!(!g.hidden_by_question_filter);
        assert_eq!(g.cmp.rows[0].cells[0].claims, Vec::<usize>::new());
    }

    #[test]
    fn a_search_hides_questions_without_a_matching_claim() {
        let corpus = sample();
        let state = ViewState {
            q: "anything".into(),
            ..ViewState::default()
        };
        let g = Grid::new(&corpus, &state, &[1]);
        assert_eq!(g.columns, [0, 1, 2]);
        assert_eq!(g.rows, [0]);
        assert_eq!(g.hidden, 2);
        // A blank search is no filter: nothing hidden.
        let blank = ViewState {
            q: "  ".into(),
            ..ViewState::default()
        };
        assert_eq!(Grid::new(&corpus, &blank, &[1]).hidden, 0);
    }

    #[test]
    fn a_question_filter_keeps_its_rows_even_when_empty() {
        let corpus = sample();
        let state = ViewState {
            questions: ["unused".to_owned(), "violated".to_owned()].into(),
            ..ViewState::default()
        };
        let g = Grid::new(&corpus, &state, &[0, 1]);
        assert_eq!(g.rows, [0, 2]);
        assert_eq!(g.hidden, 1);
        assert!(g.hidden_by_question_filter);
    }

    #[test]
    fn who_stands_where_among_the_sides_shown() {
        let corpus = sample();
        let g = Grid::new(&corpus, &ViewState::default(), &ALL);
        let (violated, withdraw) = (&g.cmp.rows[0], &g.cmp.rows[1]);
        assert_eq!(g.sides_with(&corpus, violated, Yes), ["US"]);
        assert_eq!(g.sides_with(&corpus, violated, No), ["Russia"]);
        assert_eq!(g.sides_with(&corpus, withdraw, Yes), ["US", "Russia"]);
        assert_eq!(g.sides_with(&corpus, withdraw, Mixed), ["EU"]);
        assert_eq!(g.opposing(&corpus, violated, 0, Yes), ["Russia"]);
        assert_eq!(g.opposing(&corpus, violated, 1, No), ["US"]);
        assert!(g.opposing(&corpus, withdraw, 0, Yes).is_empty());
        assert!(g.opposing(&corpus, withdraw, 2, Mixed).is_empty());

        // A side not shown is never named.
        let only_us = ViewState {
            sides: ["us".to_owned()].into(),
            ..ViewState::default()
        };
        let g = Grid::new(&corpus, &only_us, &[0]);
        assert!(g.sides_with(&corpus, &g.cmp.rows[0], No).is_empty());
        let full = compare(&corpus, &[0, 1, 2, 3]);
        assert!(g.opposing(&corpus, &full.rows[0], 0, Yes).is_empty());
    }
}
