//! Which values a facet list shows. A short facet (sides, kinds) shows every value in corpus
//! order. A long one (thousands of articles, hundreds of speakers) shows its selected values and
//! the values with the most claims, up to a limit, and says how many it hides; expanded, it shows
//! values in corpus order, a page at a time. So no facet ever means thousands of rows on screen.

use crate::corpus::Facet;
use crate::index::{FacetCounts, FacetEntry};
use crate::state::ViewState;

/// A facet with at most this many values (that have claims) shows them all.
pub const SHORT: usize = 12;
/// A long facet, collapsed, shows this many values besides its selected ones.
pub const TOP: usize = 8;
/// An expanded long facet grows by this many values at a time.
pub const PAGE: usize = 100;

/// How a facet list is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Extent {
    /// Selected values and the top [`TOP`] by count.
    #[default]
    Collapsed,
    /// The first `n` values in corpus order (plus selected values beyond them).
    Expanded(usize),
}

/// The rows to show, and how many values with claims are not shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shown<'a> {
    pub rows: Vec<FacetEntry<'a>>,
    pub hidden: usize,
    /// True when the facet is long enough to collapse.
    pub long: bool,
}

/// The rows of `facet` for `state` and `extent`. Values without any claim in the corpus are
/// never shown. Selected values are always shown, even at count 0.
pub fn shown<'a>(
    counts: &'a FacetCounts,
    facet: Facet,
    state: &ViewState,
    extent: Extent,
) -> Shown<'a> {
    let all: Vec<FacetEntry<'a>> = counts.values(facet).filter(|e| e.total > 0).collect();
    let total = all.len();
    if total <= SHORT {
        return Shown {
            rows: all,
            hidden: 0,
            long: false,
        };
    }
    let selected = |e: &FacetEntry| state.is_selected(facet, e.id);
    let rows: Vec<FacetEntry<'a>> = match extent {
        Extent::Collapsed => {
            let mut rows: Vec<FacetEntry<'a>> = all.iter().copied().filter(selected).collect();
            let mut rest: Vec<FacetEntry<'a>> = all
                .iter()
                .copied()
                .filter(|e| !selected(e) && e.count > 0)
                .collect();
            // Most claims first; equal counts keep corpus order (the sort is stable).
            rest.sort_by_key(|e| std::cmp::Reverse(e.count));
            rows.extend(rest.into_iter().take(TOP));
            rows.sort_by_key(|e| e.value);
            rows
        }
        Extent::Expanded(n) => all
            .iter()
            .enumerate()
            .filter(|(i, e)| *i < n || selected(e))
            .map(|(_, e)| *e)
            .collect(),
    };
    Shown {
        hidden: total - rows.len(),
        rows,
        long: true,
    }
}
