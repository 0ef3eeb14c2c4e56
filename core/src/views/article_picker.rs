//! Which articles the Read view's picker lists: all of a few; of thousands, the ones matching
//! what the person typed (every word, in the headline, outlet or date, case and accents
//! ignored), at most a page of them, and always the open one.

use crate::corpus::long_date;
use crate::corpus::Corpus;
use crate::text::fold;

/// Up to this many articles are listed without a filter box.
pub const ALL_UP_TO: usize = 12;
/// At most this many matches are listed at once.
pub const LIMIT: usize = 20;

/// The articles to list (indices into `corpus.articles`, corpus order) and how many match in all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Picked {
    pub articles: Vec<usize>,
    pub matching: usize,
}

/// True when the corpus has too many articles to list them all.
pub fn needs_filter(corpus: &Corpus) -> bool {
    corpus.articles.len() > ALL_UP_TO
}

/// The articles matching `query`, at most [`LIMIT`], plus `open` (the open article) wherever it is.
pub fn pick(corpus: &Corpus, query: &str, open: Option<usize>) -> Picked {
    if !needs_filter(corpus) {
        return Picked {
            articles: (0..corpus.articles.len()).collect(),
            matching: corpus.articles.len(),
        };
    }
    let words: Vec<String> = fold(query).split_whitespace().map(str::to_owned).collect();
    let mut articles = Vec::new();
    let mut matching = 0;
    for (i, a) in corpus.articles.iter().enumerate() {
        let hay = fold(&format!(
            "{} {} {} {}",
            a.title,
            a.outlet,
            a.published,
            long_date(&a.published)
        ));
        if words.iter().all(|w| hay.contains(w.as_str())) {
            matching += 1;
            if articles.len() < LIMIT {
                articles.push(i);
            }
        }
    }
    if let Some(o) = open.filter(|&o| o < corpus.articles.len()) {
        if !articles.contains(&o) {
            articles.push(o);
            articles.sort_unstable();
        }
    }
    Picked { articles, matching }
}
