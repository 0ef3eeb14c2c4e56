//! How long the paste takes natively on a long article: the development set's articles
//! (`core/tests/devset/`) pasted one after another until the text holds at least 3,000 words,
//! then segmented and proposed, many times; the median and 95th percentile, and the figures.
//!
//! `cargo run --release -p claimscope-core --example propose_probe [words]`

use claimscope_core::paste::{article, propose, ArticleMeta};
use std::time::Instant;

fn main() {
    let want: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(3000);
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/devset");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("core/tests/devset")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut raw = String::new();
    let mut i = 0;
    while raw.split_whitespace().count() < want {
        let text = std::fs::read_to_string(&files[i % files.len()]).expect("an article");
        raw.push_str(&text);
        raw.push_str("\n\n");
        i += 1;
    }
    let words = raw.split_whitespace().count();
    let meta = ArticleMeta::default();
    let runs = 200;
    let mut times = Vec::with_capacity(runs);
    let mut found = 0;
    for _ in 0..runs {
        let t = Instant::now();
        let a = article("probe", &meta, &raw);
        found = propose(&a).len();
        times.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    let at = |q: f64| times[((runs as f64 - 1.0) * q).round() as usize];
    println!(
        "{words} words ({i} articles, {} lines): {found} candidates; segment + propose, {runs} runs: median {:.2} ms, p95 {:.2} ms, max {:.2} ms",
        raw.lines().count(),
        at(0.5),
        at(0.95),
        at(1.0)
    );
}
