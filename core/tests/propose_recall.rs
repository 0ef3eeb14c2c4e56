//! Recall of [`propose`] on the seed articles: each raw text in `data/sources/` is pasted
//! (segmented and numbered by [`compose::article`]) and proposed; every curated claim of
//! `data/corpus.json` for that article is looked up among the candidates.
//!
//! Matching is by paragraph **text** and char offsets, not by paragraph ids; what covers,
//! tightly, and what is useful are `recall/mod.rs`'s.
//!
//! Run with `cargo test -p claimscope-core --test propose_recall -- --nocapture` to see the
//! figures per article, the claims missed and the candidates matching none.

use claimscope_core::corpus::{Article, Corpus, ParagraphKind};
use claimscope_core::paste::propose;
use claimscope_core::paste::{article, ArticleMeta};
use claimscope_core::text::segment;
use claimscope_core::validate::parse;

mod recall;
use recall::{measure, Figures, Marked};

const CORPUS: &str = include_str!("../../data/corpus.json");
const SOURCES: &[(&str, &str)] = &[
    (
        "000_dde0e0d8df300b2c.txt",
        include_str!("../../data/sources/000_dde0e0d8df300b2c.txt"),
    ),
    (
        "002_a74754775b1aab61.txt",
        include_str!("../../data/sources/002_a74754775b1aab61.txt"),
    ),
];

/// The seed source whose body paragraphs hold the article's first body paragraph.
fn source_of(a: &Article) -> &'static str {
    let first = a
        .paragraphs
        .iter()
        .find(|p| p.kind == ParagraphKind::Body)
        .expect("a body paragraph");
    let hits: Vec<&(&str, &str)> = SOURCES
        .iter()
        .filter(|(_, raw)| segment(raw).body().contains(&first.text.as_str()))
        .collect();
    assert_eq!(hits.len(), 1, "article {}: one source", a.id);
    hits[0].1
}

fn measure_article(corpus: &Corpus, a: &Article) -> Figures {
    let meta = ArticleMeta {
        title: String::new(),
        outlet: a.outlet.clone(),
        published: a.published.clone(),
        url: a.url.clone(),
    };
    let pasted = article("pasted", &meta, source_of(a));
    let candidates = propose(&pasted);
    let marked: Vec<Marked> = corpus
        .claims
        .iter()
        .filter(|c| c.article == a.id)
        .map(|c| Marked {
            id: c.id.clone(),
            text: &a.paragraph(&c.paragraph).expect("claim paragraph").text,
            start: c.start,
            end: c.end,
            quote: c.quote.clone(),
            key: String::new(),
        })
        .collect();
    println!("\n== {} ({})", a.id, a.outlet);
    measure(&pasted, &candidates, &marked)
}

#[test]
fn pasted_seed_articles_propose_most_curated_claims() {
    let corpus = parse(CORPUS).expect("data/corpus.json parses");
    assert_eq!(corpus.articles.len(), SOURCES.len());
    let mut total = Figures::default();
    for a in &corpus.articles {
        let f = measure_article(&corpus, a);
        assert!(f.claims > 0, "article {} has curated claims", a.id);
        // Floor per article: at least 9 claims in 10 covered.
        assert!(
            10 * f.covered >= 9 * f.claims,
            "article {}: only {}/{} claims covered",
            a.id,
            f.covered,
            f.claims
        );
        total.add(&f);
    }
    println!("\n== all: {}", total.line());
    // Every curated claim is found, and at least 95 candidates in 100 match one: a change to
    // the proposer that loses a seed claim or adds noise fails here.
    assert_eq!(total.covered, total.claims, "every curated claim covered");
    assert!(100 * total.useful >= 95 * total.candidates);
    assert!(10 * total.tight >= 6 * total.claims);
}

#[test]
fn pasted_paragraphs_are_the_corpus_paragraphs() {
    // The build and the paste number paragraphs the same way: same texts, same local ids.
    let corpus = parse(CORPUS).expect("data/corpus.json parses");
    for a in &corpus.articles {
        let pasted = article(&a.id, &ArticleMeta::default(), source_of(a));
        let ids = |x: &Article| -> Vec<(String, String)> {
            x.paragraphs
                .iter()
                .map(|p| (p.id.clone(), p.text.clone()))
                .collect()
        };
        assert_eq!(ids(&pasted), ids(a), "article {}", a.id);
    }
}
