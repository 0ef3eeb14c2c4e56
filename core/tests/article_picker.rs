//! The Read view's picker: all of a few articles; of many, the matches of what was typed, a page
//! at most, and always the open article.

use claimscope_core::corpus::Corpus;
use claimscope_core::views::article_picker::{needs_filter, pick, ALL_UP_TO, LIMIT};

mod common;
use common::bundled;

/// The bundled corpus with `n` articles: copies of the first, retitled "Copy i" (outlet "Outlet i").
fn many(n: usize) -> Corpus {
    let mut c = bundled();
    let first = c.articles[0].clone();
    for i in c.articles.len()..n {
        let mut a = first.clone();
        a.id = format!("copy-{i}");
        a.title = format!("Copy {i} of the Čapek report");
        a.outlet = format!("Outlet {i}");
        for p in &mut a.paragraphs {
            p.id = format!("{}-copy-{i}", p.id);
        }
        c.articles.push(a);
    }
    c
}

#[test]
fn a_few_articles_are_all_listed() {
    let c = bundled();
    assert!(!needs_filter(&c));
    let p = pick(&c, "nothing matches this", None);
    assert_eq!(p.articles, (0..c.articles.len()).collect::<Vec<_>>());
}

#[test]
fn many_articles_list_a_page_of_matches() {
    let c = many(500);
    assert!(needs_filter(&c));
    let p = pick(&c, "", None);
    assert_eq!(p.matching, 500);
    assert_eq!(p.articles, (0..LIMIT).collect::<Vec<_>>());
}

#[test]
fn every_word_must_match_case_and_accents_ignored() {
    let c = many(500);
    let p = pick(&c, "capek OUTLET 42", None);
    let titles: Vec<&str> = p
        .articles
        .iter()
        .map(|&i| c.articles[i].title.as_str())
        .collect();
    // Words match inside words: 42, 142, 242, 342, 442 and 420 to 429.
    assert_eq!(p.matching, 15);
    assert_eq!(titles[0], "Copy 42 of the Čapek report");
}

#[test]
fn the_open_article_is_always_listed() {
    let c = many(ALL_UP_TO + 300);
    let p = pick(&c, "", Some(250));
    assert_eq!(p.articles.len(), LIMIT + 1);
    assert!(p.articles.contains(&250));
    assert!(p.articles.windows(2).all(|w| w[0] < w[1]));
}
