//! What a person chose to see: the view and its filters. Its URL form lives in `url.rs`.

use crate::corpus::{Attribution, ClaimKind, Facet, PartialDate, BUNDLED_ID};
use std::collections::BTreeSet;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum View {
    /// Sides side by side on each question (the landing view).
    #[default]
    Compare,
    /// The filtered list of claims with facets and search.
    Claims,
    /// One article as published, claims highlighted.
    Read,
    /// Dated events on a time axis.
    Timeline,
    /// The corpora kept in this browser: switch, import, export, add an article, delete.
    Library,
}

impl View {
    pub const ALL: [View; 5] = [
        View::Compare,
        View::Claims,
        View::Read,
        View::Timeline,
        View::Library,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            View::Compare => "compare",
            View::Claims => "claims",
            View::Read => "read",
            View::Timeline => "timeline",
            View::Library => "library",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }

    /// The name a person reads (tabs, document title).
    pub fn label(self) -> &'static str {
        match self {
            View::Compare => "Compare",
            View::Claims => "Claims",
            View::Read => "Read",
            View::Timeline => "Timeline",
            View::Library => "Library",
        }
    }
}

/// The order of the claims list, when a person chose one (`sort=` in a link).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Sort {
    /// Best match of the search first (without a search: corpus order).
    Relevance,
    /// By the article's publication date, oldest first.
    Date,
    /// By article, in corpus order.
    Article,
}

impl Sort {
    pub const ALL: [Sort; 3] = [Sort::Relevance, Sort::Date, Sort::Article];

    pub fn as_str(self) -> &'static str {
        match self {
            Sort::Relevance => "relevance",
            Sort::Date => "date",
            Sort::Article => "article",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }

    /// The name a person reads (a sort control).
    pub fn label(self) -> &'static str {
        match self {
            Sort::Relevance => "Relevance",
            Sort::Date => "Date",
            Sort::Article => "Article",
        }
    }
}

/// Everything a person chose. Sets keep a canonical (sorted) order, so equal choices give equal
/// states and equal links.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    /// Which corpus the view refers to; `None` is the bundled corpus.
    pub corpus: Option<String>,
    /// Where the corpus is published (an `https://` address), for a corpus opened from a link:
    /// a browser that does not hold it yet asks the person, then downloads it from there.
    pub src: Option<String>,
    pub view: View,
    pub sides: BTreeSet<String>,
    pub speakers: BTreeSet<String>,
    pub questions: BTreeSet<String>,
    pub kinds: BTreeSet<ClaimKind>,
    pub attributions: BTreeSet<Attribution>,
    pub articles: BTreeSet<String>,
    /// The search text, as typed.
    pub q: String,
    /// A claim to focus.
    pub claim: Option<String>,
    /// The order of the claims list; `None`: the default, relevance while searching and corpus
    /// order otherwise.
    pub sort: Option<Sort>,
    /// The period the Timeline is zoomed into (a year, a month or a day); `None`: every date.
    pub period: Option<PartialDate>,
}

impl ViewState {
    /// The default view of the corpus with this id: links built from it keep naming the corpus
    /// (the bundled one goes unnamed, as in every link without `corpus=`).
    pub fn in_corpus(corpus_id: &str) -> ViewState {
        ViewState {
            corpus: (corpus_id != BUNDLED_ID).then(|| corpus_id.to_owned()),
            ..ViewState::default()
        }
    }

    /// The same choices in another view (a tab).
    pub fn with_view(&self, view: View) -> ViewState {
        ViewState {
            view,
            ..self.clone()
        }
    }

    /// The reader at one article, keeping the other filters; no claim is focused.
    pub fn open_article(&self, article: &str) -> ViewState {
        ViewState {
            view: View::Read,
            articles: [article.to_owned()].into(),
            claim: None,
            ..self.clone()
        }
    }

    /// The claims of one side on one question (a Compare cell's "all claims"), keeping the
    /// other filters; no claim is focused.
    pub fn focus_cell(&self, side: &str, question: &str) -> ViewState {
        ViewState {
            view: View::Claims,
            sides: [side.to_owned()].into(),
            questions: [question.to_owned()].into(),
            claim: None,
            ..self.clone()
        }
    }

    /// The selected values of a facet, as strings (ids, or kind/attribution names).
    pub fn selected(&self, facet: Facet) -> Vec<String> {
        match facet {
            Facet::Side => self.sides.iter().cloned().collect(),
            Facet::Speaker => self.speakers.iter().cloned().collect(),
            Facet::Question => self.questions.iter().cloned().collect(),
            Facet::Kind => self.kinds.iter().map(|k| k.as_str().to_owned()).collect(),
            Facet::Attribution => self
                .attributions
                .iter()
                .map(|a| a.as_str().to_owned())
                .collect(),
            Facet::Article => self.articles.iter().cloned().collect(),
        }
    }

    pub fn is_selected(&self, facet: Facet, value: &str) -> bool {
        match facet {
            Facet::Side => self.sides.contains(value),
            Facet::Speaker => self.speakers.contains(value),
            Facet::Question => self.questions.contains(value),
            Facet::Kind => ClaimKind::parse(value).is_some_and(|k| self.kinds.contains(&k)),
            Facet::Attribution => {
                Attribution::parse(value).is_some_and(|a| self.attributions.contains(&a))
            }
            Facet::Article => self.articles.contains(value),
        }
    }

    /// Adds `value` to the facet, or removes it when it is there. Returns false when `value` is
    /// not a valid value of a closed facet (kind, attribution).
    pub fn toggle(&mut self, facet: Facet, value: &str) -> bool {
        fn flip<T: Ord>(set: &mut BTreeSet<T>, v: T) {
            if !set.remove(&v) {
                set.insert(v);
            }
        }
        match facet {
            Facet::Side => flip(&mut self.sides, value.to_owned()),
            Facet::Speaker => flip(&mut self.speakers, value.to_owned()),
            Facet::Question => flip(&mut self.questions, value.to_owned()),
            Facet::Article => flip(&mut self.articles, value.to_owned()),
            Facet::Kind => match ClaimKind::parse(value) {
                Some(k) => flip(&mut self.kinds, k),
                None => return false,
            },
            Facet::Attribution => match Attribution::parse(value) {
                Some(a) => flip(&mut self.attributions, a),
                None => return false,
            },
        }
        true
    }

    /// Empties one facet.
    pub fn clear_facet(&mut self, facet: Facet) {
        match facet {
            Facet::Side => self.sides.clear(),
            Facet::Speaker => self.speakers.clear(),
            Facet::Question => self.questions.clear(),
            Facet::Kind => self.kinds.clear(),
            Facet::Attribution => self.attributions.clear(),
            Facet::Article => self.articles.clear(),
        }
    }

    /// How many facet values are selected, over every facet (the search aside): the number on
    /// a "Filters" button.
    pub fn selections(&self) -> usize {
        Facet::ALL.iter().map(|f| self.selected(*f).len()).sum()
    }

    /// True when any facet or the search narrows the claims.
    pub fn has_filters(&self) -> bool {
        Facet::ALL.iter().any(|f| !self.selected(*f).is_empty()) || !self.q.trim().is_empty()
    }

    /// Drops every filter and the search, keeping the view and the corpus.
    pub fn clear_filters(&mut self) {
        for f in Facet::ALL {
            self.clear_facet(f);
        }
        self.q.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toggle_adds_then_removes() {
        let mut s = ViewState::default();
        assert!(s.toggle(Facet::Side, "nato"));
        assert!(s.is_selected(Facet::Side, "nato"));
        assert!(s.toggle(Facet::Side, "nato"));
        assert!(!s.is_selected(Facet::Side, "nato"));
    }

    #[test]
    fn selections_count_facet_values_not_the_search() {
        let mut s = ViewState::default();
        assert_eq!(s.selections(), 0);
        s.toggle(Facet::Side, "nato");
        s.toggle(Facet::Side, "us");
        s.toggle(Facet::Kind, "warning");
        s.q = "missile".into();
        assert_eq!(s.selections(), 3);
    }

    #[test]
    fn toggle_refuses_unknown_kind() {
        let mut s = ViewState::default();
        assert!(!s.toggle(Facet::Kind, "rumour"));
        assert!(s.kinds.is_empty());
        assert!(s.toggle(Facet::Kind, "warning"));
        assert_eq!(s.selected(Facet::Kind), vec!["warning".to_owned()]);
    }

    #[test]
    fn transitions_keep_the_other_choices() {
        let mut s = ViewState {
            q: "arms".into(),
            claim: Some("c1".into()),
            ..ViewState::in_corpus("mine")
        };
        s.toggle(Facet::Kind, "denial");
        let read = s.open_article("a2");
        assert_eq!((read.view, read.claim.as_deref()), (View::Read, None));
        assert_eq!(read.articles, ["a2".to_owned()].into());
        assert_eq!(
            (read.q.as_str(), read.corpus.as_deref()),
            ("arms", Some("mine"))
        );
        assert_eq!(read.kinds, s.kinds);
        let cell = read.focus_cell("nato", "q1");
        assert_eq!(cell.view, View::Claims);
        assert_eq!(cell.sides, ["nato".to_owned()].into());
        assert_eq!(cell.questions, ["q1".to_owned()].into());
        assert_eq!(cell.articles, read.articles);
        assert_eq!(
            cell.with_view(View::Timeline),
            ViewState {
                view: View::Timeline,
                ..cell.clone()
            }
        );
    }

    #[test]
    fn clear_filters_keeps_view() {
        let mut s = ViewState {
            view: View::Claims,
            q: "arms race".into(),
            ..Default::default()
        };
        s.toggle(Facet::Attribution, "direct");
        assert!(s.has_filters());
        s.clear_filters();
        assert!(!s.has_filters());
        assert_eq!(s.view, View::Claims);
    }
}
