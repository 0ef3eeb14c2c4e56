//! What every view is given: [`Ctx`], the loaded corpus with its index and the filtered claims,
//! and [`Nav`], the view state. The view state lives in the URL: [`Nav`] reads it from the
//! router's location and writes intents back as navigations (a push for a discrete choice, a
//! replace while typing).

use claimscope_core::corpus::Corpus;
use claimscope_core::index::{filter, filter_key, CorpusIndex, FilterResult};
use claimscope_core::library;
use claimscope_core::state::ViewState;
use claimscope_core::state::{self, Ignored};
use claimscope_core::views::compare::Grid;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;
use std::sync::Arc;

/// What every view gets: the corpus, its index, the view state, and the filtered claims.
///
/// The models that cost a pass over the corpus live here, not in the views: they depend on
/// the filters only ([`filter_key`]), are computed when a view first reads them, and are
/// kept while the filters stay, so switching views does not recompute them.
#[derive(Clone)]
pub struct Ctx {
    pub corpus: Arc<Corpus>,
    pub index: Arc<CorpusIndex>,
    pub nav: Nav,
    /// The claims and facet counts for the current filters.
    pub result: Memo<FilterResult>,
    /// The Compare view's grid for the current filters.
    pub grid: Memo<Grid>,
}

impl Ctx {
    pub fn new(corpus: Arc<Corpus>, index: Arc<CorpusIndex>, nav: Nav) -> Self {
        let key = Memo::new(move |_| nav.with(filter_key));
        let result = {
            let index = index.clone();
            Memo::new(move |_| {
                key.with(|s| crate::timing::measure(crate::timing::FILTER, || filter(&index, s)))
            })
        };
        let grid = {
            let corpus = corpus.clone();
            Memo::new(move |_| key.with(|s| result.with(|r| Grid::new(&corpus, s, &r.claims))))
        };
        Ctx {
            corpus,
            index,
            nav,
            result,
            grid,
        }
    }
}

/// The router's navigate function.
pub type Navigate = Arc<dyn Fn(&str, NavigateOptions)>;

/// How a change enters the browser's history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// A discrete choice: Back returns to the view before it.
    Push,
    /// Typing: the entry is replaced, so Back skips the keystrokes.
    Replace,
}

/// The page's view state and the way to change it. Cheap to copy into every component.
#[derive(Clone, Copy)]
pub struct Nav {
    parsed: Memo<(ViewState, Vec<Ignored>)>,
    navigate: StoredValue<Navigate, LocalStorage>,
    pathname: Memo<String>,
}

impl Nav {
    /// Reads the state from the current location; ids the corpus does not know are reported.
    pub fn new(corpus: Arc<Corpus>) -> Self {
        let location = use_location();
        let search = location.search;
        let parsed = Memo::new(move |_| {
            let (mut state, mut ignored) = search.with(|s| state::parse_query(s));
            // While another corpus is being loaded, its ids are not this corpus's to judge.
            if library::names(state.corpus.as_deref(), &corpus.id) {
                ignored.extend(state::retain_known(&mut state, &corpus));
            }
            (state, ignored)
        });
        let navigate = use_navigate();
        Nav {
            parsed,
            navigate: StoredValue::new_local(Arc::new(navigate)),
            pathname: location.pathname,
        }
    }

    /// The current state (tracked).
    pub fn state(&self) -> ViewState {
        self.parsed.with(|(s, _)| s.clone())
    }

    /// Reads part of the state (tracked) without cloning all of it.
    pub fn with<T>(&self, f: impl FnOnce(&ViewState) -> T) -> T {
        self.parsed.with(|(s, _)| f(s))
    }

    /// Reads part of the state without tracking it.
    pub fn with_untracked<T>(&self, f: impl FnOnce(&ViewState) -> T) -> T {
        self.parsed.with_untracked(|(s, _)| f(s))
    }

    /// What the link held that could not be applied (tracked).
    pub fn ignored(&self) -> Vec<Ignored> {
        self.parsed.with(|(_, i)| i.clone())
    }

    /// Moves to `next`, writing it to the URL in its canonical form.
    pub fn set(&self, next: &ViewState, step: Step) {
        let href = state::href_at(&self.pathname.get_untracked(), next);
        let options = NavigateOptions {
            resolve: false,
            replace: step == Step::Replace,
            scroll: false,
            ..Default::default()
        };
        self.navigate.with_value(|n| n(&href, options));
    }

    /// Changes the current state with `f` and navigates to the result.
    pub fn update(&self, step: Step, f: impl FnOnce(&mut ViewState)) {
        let mut next = self.parsed.with_untracked(|(s, _)| s.clone());
        f(&mut next);
        self.set(&next, step);
    }
}

/// Where the open corpus is published, for a corpus opened from a link's `src` (given by the
/// page's top, read by every link to the reader so that links made from it carry `src`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LinkedSrc(pub Option<String>);

/// The link to the reader at one article (and a claim's sentence) of the open corpus:
/// [`state::read_href`] with the open corpus's `src`, if it has one.
pub fn read_href(corpus_id: &str, article: &str, claim: Option<&str>) -> String {
    let src = use_context::<LinkedSrc>().and_then(|s| s.0);
    claimscope_core::state::read_href(corpus_id, src.as_deref(), article, claim)
}
