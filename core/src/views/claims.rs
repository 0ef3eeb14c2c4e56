//! The Claims view's model: how many claims the list holds, in words, and, when no claim
//! matches, which filter to drop and how many claims that would bring back.

use crate::corpus::Facet;
use crate::index::{filter, CorpusIndex};
use crate::state::ViewState;
use crate::text::{plural_s, quoted, thousands};

/// The result count above the list: "All 12 claims", "1 claim of 12", "3 claims of 12".
pub fn result_count(matching: usize, total: usize) -> String {
    if matching == total {
        format!("All {} claims", thousands(total))
    } else {
        format!(
            "{} claim{} of {}",
            thousands(matching),
            plural_s(matching),
            thousands(total)
        )
    }
}

/// One way out of an empty result: drop one filter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    /// The filter dropped, in words: "the side filter", "the search “inf”".
    pub what: String,
    /// The number of claims that would match without it.
    pub count: usize,
    /// The state without it.
    pub without: ViewState,
}

/// One suggestion per filter in use (each facet with a selection, in [`Facet::ALL`] order,
/// then a search that is not blank), the ones bringing back the most claims first (equal counts
/// keep that order).
pub fn suggestions(index: &CorpusIndex, state: &ViewState) -> Vec<Suggestion> {
    let mut out = Vec::new();
    for f in Facet::ALL {
        if state.selected(f).is_empty() {
            continue;
        }
        let mut without = state.clone();
        without.clear_facet(f);
        out.push(Suggestion {
            what: format!("the {} filter", f.label().to_ascii_lowercase()),
            count: filter(index, &without).claims.len(),
            without,
        });
    }
    if !state.q.trim().is_empty() {
        let mut without = state.clone();
        without.q.clear();
        out.push(Suggestion {
            what: format!("the search {}", quoted(state.q.trim())),
            count: filter(index, &without).claims.len(),
            without,
        });
    }
    out.sort_by_key(|s| std::cmp::Reverse(s.count));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{Claim, ClaimKind};
    use crate::testing::{claim, CorpusBuilder};

    #[test]
    fn result_count_reads_as_english() {
        assert_eq!(result_count(12, 12), "All 12 claims");
        assert_eq!(result_count(1234, 100_000), "1,234 claims of 100,000");
        assert_eq!(result_count(1, 100_000), "1 claim of 100,000");
        assert_eq!(result_count(1, 1), "All 1 claims");
        assert_eq!(result_count(0, 12), "0 claims of 12");
        assert_eq!(result_count(1, 12), "1 claim of 12");
        assert_eq!(result_count(3, 12), "3 claims of 12");
    }

    /// NATO's Stoltenberg speaks of the treaty twice; Russia's Putin of the treaty once, and
    /// denies something about a missile. Each claim has a paragraph of its own.
    fn index() -> CorpusIndex {
        let claims = [
            ("jens", "nato", ClaimKind::Position, "The treaty."),
            ("jens", "nato", ClaimKind::Position, "The treaty again."),
            (
                "putin",
                "russia",
                ClaimKind::Position,
                "The treaty, says Russia.",
            ),
            ("putin", "russia", ClaimKind::Denial, "No missile."),
        ];
        let builder = CorpusBuilder::new("t")
            .side("nato", "NATO")
            .side("russia", "Russia")
            .speaker("jens", "Jens Stoltenberg", "nato")
            .speaker("putin", "Vladimir Putin", "russia")
            .article("a1", "TASS", "2019-02-01");
        let corpus = claims
            .iter()
            .enumerate()
            .fold(builder, |b, (k, &(speaker, side, kind, text))| {
                let p = format!("p{k}");
                b.paragraph("a1", &p, text).claim(Claim {
                    kind,
                    ..claim(&format!("c{k}"), "a1", &p, speaker, side)
                })
            })
            .build();
        CorpusIndex::new(&corpus)
    }

    fn state(f: impl FnOnce(&mut ViewState)) -> ViewState {
        let mut s = ViewState::default();
        f(&mut s);
        s
    }

    #[test]
    fn no_filter_no_suggestion() {
        assert!(suggestions(&index(), &ViewState::default()).is_empty());
        let blank = state(|s| s.q = "   ".into());
        assert!(suggestions(&index(), &blank).is_empty());
    }

    #[test]
    fn each_filter_in_use_with_what_dropping_it_brings_back() {
        let ix = index();
        // Russia's denials about treaties: nothing matches.
        let s = state(|s| {
            s.toggle(Facet::Side, "russia");
            s.toggle(Facet::Kind, "denial");
            s.q = " treaty ".into();
        });
        assert!(filter(&ix, &s).claims.is_empty());
        let out = suggestions(&ix, &s);
        let got: Vec<(&str, usize)> = out.iter().map(|x| (x.what.as_str(), x.count)).collect();
        // Without the side: none (no one denies anything about treaties); without the kind:
        // Putin's one treaty claim; without the search: Putin's denial.
        assert_eq!(
            got,
            [
                ("the kind filter", 1),
                ("the search “treaty”", 1),
                ("the side filter", 0),
            ]
        );
        assert_eq!(
            out[0].without,
            state(|t| {
                t.toggle(Facet::Side, "russia");
                t.q = " treaty ".into();
            })
        );
        assert_eq!(out[1].without.q, "");
        assert_eq!(out[1].without.kinds, s.kinds);
        for x in &out {
            assert_eq!(filter(&ix, &x.without).claims.len(), x.count);
        }
    }

    #[test]
    fn the_biggest_way_out_comes_first() {
        let ix = index();
        let s = state(|s| {
            s.toggle(Facet::Speaker, "jens");
            s.toggle(Facet::Side, "russia");
        });
        let out = suggestions(&ix, &s);
        let got: Vec<(&str, usize)> = out.iter().map(|x| (x.what.as_str(), x.count)).collect();
        assert_eq!(got, [("the side filter", 2), ("the speaker filter", 2)]);
        let s = state(|s| {
            s.toggle(Facet::Speaker, "putin");
            s.toggle(Facet::Side, "nato");
            s.q = "missile".into();
        });
        let got: Vec<(String, usize)> = suggestions(&ix, &s)
            .into_iter()
            .map(|x| (x.what, x.count))
            .collect();
        assert_eq!(
            got,
            [
                ("the side filter".to_owned(), 1),
                ("the speaker filter".to_owned(), 0),
                ("the search “missile”".to_owned(), 0),
            ]
        );
    }
}
