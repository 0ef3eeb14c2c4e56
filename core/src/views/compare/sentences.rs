//! What the Compare view says in words about its grid: the status line (how many claims match,
//! which questions are hidden) and who stands where on a disputed question.

use super::comparison::Row;
use super::grid::Grid;
use crate::corpus::{Corpus, Stance};
use crate::text::{and_list, count, plural_s};

/// The status line: "All 12 claims in the articles." or "3 of 12 claims match the filters.",
/// then why rows are hidden, if any are. `matching` is the number of filtered claims (those
/// `grid` was built from), `total` the corpus's.
pub fn status(total: usize, matching: usize, grid: &Grid) -> String {
    let mut s = if matching == total {
        format!("All {} in the articles.", count(total, "claim"))
    } else {
        format!("{matching} of {total} claims match the filters.")
    };
    match grid.hidden {
        0 => {}
        h if grid.hidden_by_question_filter => s.push_str(&format!(
            " Showing the {} chosen question{} ({h} hidden).",
            grid.rows.len(),
            plural_s(grid.rows.len())
        )),
        1 => s.push_str(" 1 question without a matching claim is hidden."),
        h => s.push_str(&format!(
            " {h} questions without a matching claim are hidden."
        )),
    }
    s
}

/// "Yes: United States, NATO and the EU · No: Russia": who, among the sides shown, stands where
/// on a disputed question.
pub fn disagreement(corpus: &Corpus, grid: &Grid, row: &Row) -> String {
    let yes = grid.sides_with(corpus, row, Stance::Yes);
    let no = grid.sides_with(corpus, row, Stance::No);
    format!("Yes: {} · No: {}", and_list(&yes), and_list(&no))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::ViewState;
    use crate::views::compare::grid::tests::sample;

    fn grid(hidden: usize, by_question: bool, rows: usize) -> Grid {
        Grid {
            rows: (0..rows).collect(),
            hidden,
            hidden_by_question_filter: by_question,
            ..Grid::default()
        }
    }

    #[test]
    fn status_counts_claims_and_hidden_questions() {
        let s = |total, matching, g: &Grid| status(total, matching, g);
        assert_eq!(
            s(12, 12, &grid(0, false, 3)),
            "All 12 claims in the articles."
        );
        assert_eq!(s(1, 1, &grid(0, false, 3)), "All 1 claim in the articles.");
        assert_eq!(s(0, 0, &grid(0, false, 0)), "All 0 claims in the articles.");
        assert_eq!(
            s(12, 1, &grid(0, false, 3)),
            "1 of 12 claims match the filters."
        );
        assert_eq!(
            s(12, 3, &grid(1, false, 2)),
            "3 of 12 claims match the filters. 1 question without a matching claim is hidden."
        );
        assert_eq!(
            s(12, 3, &grid(4, false, 2)),
            "3 of 12 claims match the filters. 4 questions without a matching claim are hidden."
        );
        assert_eq!(
            s(12, 3, &grid(4, true, 1)),
            "3 of 12 claims match the filters. Showing the 1 chosen question (4 hidden)."
        );
        assert_eq!(
            s(12, 12, &grid(1, true, 2)),
            "All 12 claims in the articles. Showing the 2 chosen questions (1 hidden)."
        );
    }

    #[test]
    fn disagreement_names_the_sides_shown() {
        let corpus = sample();
        let g = Grid::new(&corpus, &ViewState::default(), &[0, 1, 2, 3]);
        assert_eq!(
            disagreement(&corpus, &g, &g.cmp.rows[0]),
            "Yes: US · No: Russia"
        );
        assert_eq!(
            disagreement(&corpus, &g, &g.cmp.rows[1]),
            "Yes: US and Russia · No: "
        );
        let only_ru = ViewState {
            sides: ["ru".to_owned()].into(),
            ..ViewState::default()
        };
        let g = Grid::new(&corpus, &only_ru, &[0, 1, 2, 3]);
        assert_eq!(
            disagreement(&corpus, &g, &g.cmp.rows[0]),
            "Yes:  · No: Russia"
        );
    }
}
