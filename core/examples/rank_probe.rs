//! How the Claims view orders a search's results on a large corpus, and what it costs natively:
//! `cargo run --release -p claimscope-core --example rank_probe -- target/bench/corpus-100000.json`
//! (the corpus `cargo xtask bench` generates; any corpus file works). For each query: the number
//! of results, the median time of the search alone and of the search with the list's order (7
//! runs), and the first result's quote.

use claimscope_core::index::{filter, parse_query, CorpusIndex};
use claimscope_core::state::{View, ViewState};
use std::time::Instant;

const QUERIES: [&str; 7] = [
    "missile defense",
    "treaty",
    "putin",
    "hysterics",
    "\"arms race\"",
    "russia violat",
    "nuclear weapons europe",
];

fn median(mut ms: Vec<f64>) -> f64 {
    ms.sort_by(f64::total_cmp);
    ms[ms.len() / 2]
}

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: rank_probe <corpus.json>");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(&path).expect("a readable corpus file");
    let corpus =
        claimscope_core::validate::parse_within(&text, usize::MAX).expect("a valid corpus");
    let index = CorpusIndex::new(&corpus);
    println!("{path}: {} claims", corpus.claims.len());
    for q in QUERIES {
        let state = ViewState {
            view: View::Claims,
            q: q.into(),
            ..ViewState::default()
        };
        let query = parse_query(q);
        let (mut alone, mut ordered) = (Vec::new(), Vec::new());
        let mut shown = Vec::new();
        for _ in 0..7 {
            let t = Instant::now();
            let _ = index.search_bits(&query);
            alone.push(t.elapsed().as_secs_f64() * 1e3);
            let t = Instant::now();
            shown = filter(&index, &state).claims;
            ordered.push(t.elapsed().as_secs_f64() * 1e3);
        }
        let first = shown
            .first()
            .map(|&c| corpus.claims[c as usize].quote.as_str())
            .unwrap_or("");
        println!(
            "{q:?}: {} results; search alone {:.2} ms, with the order {:.2} ms (medians); first: {first}",
            shown.len(),
            median(alone),
            median(ordered),
        );
    }
}
