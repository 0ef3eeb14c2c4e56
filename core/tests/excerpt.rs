//! On the bundled corpus, every claim a search finds shows a match: in its quote, or in the
//! excerpt that says where it matched.

use claimscope_core::index::{filter, highlight, parse_query, CorpusIndex};
use claimscope_core::state::ViewState;
use claimscope_core::views::excerpt::{match_elsewhere, Field};

mod common;
use common::bundled;

#[test]
fn hysterics_is_marked_in_every_claim_found() {
    let c = bundled();
    let ix = CorpusIndex::new(&c);
    let state = ViewState {
        q: "hysterics".into(),
        ..ViewState::default()
    };
    let found = filter(&ix, &state).claims;
    assert_eq!(found.len(), 2);
    let q = parse_query(&state.q);
    let mut elsewhere = 0;
    for &i in &found {
        let claim = &c.claims[i as usize];
        let in_quote = highlight(&claim.quote, &q);
        match match_elsewhere(&c, claim, &q) {
            Some(e) => {
                assert!(in_quote.is_empty());
                elsewhere += 1;
                assert_eq!(e.field, Field::Paragraph, "{}", claim.id);
                assert!(e.text.contains("without any hysterics"), "{}", e.text);
                let marks: Vec<&str> = e.ranges.iter().map(|&(s, x)| &e.text[s..x]).collect();
                assert_eq!(marks, ["hysterics"]);
            }
            None => assert!(!in_quote.is_empty(), "{}", claim.id),
        }
    }
    assert_eq!(elsewhere, 1);
}

#[test]
fn every_claim_found_by_any_word_shows_a_match() {
    let c = bundled();
    let ix = CorpusIndex::new(&c);
    for q in [
        "putin",
        "missile defense",
        "\"arms race\"",
        "russia treaty",
        "nato",
        "said",
    ] {
        let state = ViewState {
            q: q.into(),
            ..ViewState::default()
        };
        let query = parse_query(q);
        for &i in &filter(&ix, &state).claims {
            let claim = &c.claims[i as usize];
            let shown = !highlight(&claim.quote, &query).is_empty()
                || match_elsewhere(&c, claim, &query).is_some();
            assert!(shown, "{q}: {} shows no match", claim.id);
        }
    }
}
