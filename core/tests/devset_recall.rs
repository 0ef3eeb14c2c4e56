//! Recall, right speaker and precision of [`propose`] on the development set: thirteen news
//! articles written for the project (`devset/*.txt`, as a person pastes them, with navigation,
//! datelines, bylines and one paragraph a line), each claim marked by hand before the proposer
//! ran on it (`devset/claims.json`: speaker, the key word a right speaker holds, side, and the
//! verbatim span). The articles are in the styles real ones come in, on the INF Treaty and on
//! other disputes (trade, an election, a court case, a strike, fishing and sea rights, a
//! pollution row, a council contract).
//!
//! The held-out set (`heldout/`) is read the same way.
//!
//! Run with `cargo test -p claimscope-core --test devset_recall -- --nocapture` to see the
//! figures per article, the claims missed, those given to the wrong speaker, and the noise.

use claimscope_core::corpus::{char_at, char_len, ParagraphKind};
use claimscope_core::paste::{article, propose, ArticleMeta};
use serde::Deserialize;
use std::time::Instant;

mod recall;
use recall::{measure, Figures, Marked};

#[derive(Deserialize)]
struct Entry {
    file: String,
    /// What the person typed as the title ("" for none).
    title: String,
    style: String,
    claims: Vec<MarkedClaim>,
}

#[derive(Deserialize)]
struct MarkedClaim {
    speaker: String,
    key: String,
    #[allow(dead_code)]
    side: String,
    quote: String,
}

fn raw(set: &str, file: &str) -> String {
    let path = format!("{}/tests/{set}/{file}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The figures of the set in folder `set`, printing each article's.
fn measure_set(set: &str) -> Figures {
    let entries: Vec<Entry> =
        serde_json::from_str(&raw(set, "claims.json")).expect("claims.json of the set");
    let mut total = Figures::default();
    let mut lost = 0;
    for e in &entries {
        let meta = ArticleMeta {
            title: e.title.clone(),
            ..ArticleMeta::default()
        };
        let pasted = article("dev", &meta, &raw(set, &e.file));
        let started = Instant::now();
        let candidates = propose(&pasted);
        let took = started.elapsed();
        println!("\n== {} ({}; proposed in {took:.1?})", e.file, e.style);
        let mut marked = Vec::new();
        for (n, c) in e.claims.iter().enumerate() {
            let id = format!("{}#{} ({})", e.file, n + 1, c.speaker);
            // The claim's paragraph in the pasted article: a claim whose words the paste set
            // aside (as chrome, a caption, a headline) is missed.
            let found = pasted.paragraphs.iter().find_map(|p| {
                let at = p.text.find(&c.quote)?;
                (p.kind == ParagraphKind::Body).then_some((p, at))
            });
            let Some((p, at)) = found else {
                println!("  LOST   {id}: «{}» is in no body paragraph", c.quote);
                lost += 1;
                continue;
            };
            let start = char_at(&p.text, at);
            marked.push(Marked {
                id,
                text: &p.text,
                start,
                end: start + char_len(&c.quote),
                quote: c.quote.clone(),
                key: c.key.clone(),
            });
        }
        let mut f = measure(&pasted, &candidates, &marked);
        f.claims += e.claims.len() - marked.len();
        total.add(&f);
    }
    println!(
        "\n== {set}, all {} articles: {}",
        entries.len(),
        total.line()
    );
    println!("   claims in no body paragraph: {lost}");
    total
}

#[test]
fn the_development_set_is_proposed_as_a_careful_reader_marked_it() {
    let total = measure_set("devset");
    // Floors a little under the figures measured (see the note on issue 17): a change that
    // loses claims here fails.
    assert!(100 * total.covered >= 95 * total.claims, "{}", total.line());
    assert!(100 * total.speaker >= 90 * total.claims, "{}", total.line());
    assert!(
        100 * total.useful >= 95 * total.candidates,
        "{}",
        total.line()
    );
}

/// The held-out set (`heldout/`): six more articles written and marked by hand for the project
/// by someone who saw neither the proposer nor the development set. Its first, blind measure
/// (recall 59/67, right speaker 48/67, precision 58/65) was taken before any change made for it;
/// the classes of miss it showed were then fixed, so it is a development set now too (see the
/// note on issue 17).
#[test]
fn the_held_out_set_is_proposed_as_a_careful_reader_marked_it() {
    let total = measure_set("heldout");
    assert!(total.claims >= 60);
    assert!(100 * total.covered >= 60 * total.claims, "{}", total.line());
    assert!(
        100 * total.useful >= 60 * total.candidates,
        "{}",
        total.line()
    );
}
