//! Long facets collapse to their selected values and the values with most claims; short ones
//! show everything; nothing with claims is lost, it is counted as hidden.

use claimscope_core::corpus::{Corpus, Speaker};
use claimscope_core::index::filter;
use claimscope_core::index::CorpusIndex;
use claimscope_core::validate::validate;
use claimscope_core::views::facet_list::{shown, Extent, PAGE, SHORT, TOP};
use claimscope_core::{corpus::Facet, state::ViewState};

mod common;
use common::bundled;

/// The bundled corpus with one speaker per claim, except that the first six Russian claims share
/// one speaker: 28 speakers, one of them with 6 claims.
fn many_speakers() -> Corpus {
    let mut c = bundled();
    c.speakers.clear();
    let mut big_used = 0;
    for i in 0..c.claims.len() {
        let side = c.claims[i].side.clone();
        let id = if side == "russia" && big_used < 6 {
            big_used += 1;
            "big".to_owned()
        } else {
            format!("s{i:02}")
        };
        if c.speaker(&id).is_none() {
            c.speakers.push(Speaker {
                id: id.clone(),
                name: format!("Speaker {id}"),
                role: String::new(),
                side,
            });
        }
        c.claims[i].speaker = id;
    }
    assert_eq!(validate(&c), vec![]);
    c
}

#[test]
fn a_short_facet_shows_every_value_in_corpus_order() {
    let c = bundled();
    let index = CorpusIndex::new(&c);
    let state = ViewState::default();
    let r = filter(&index, &state);
    let s = shown(&r.counts, Facet::Side, &state, Extent::Collapsed);
    assert!(!s.long);
    assert_eq!(s.hidden, 0);
    let ids: Vec<&str> = s.rows.iter().map(|e| e.id).collect();
    let want: Vec<&str> = c.sides.iter().map(|x| x.id.as_str()).collect();
    assert_eq!(ids, want);
}

#[test]
fn a_long_facet_collapses_to_the_top_values_and_counts_the_rest() {
    let c = many_speakers();
    let index = CorpusIndex::new(&c);
    let state = ViewState::default();
    let r = filter(&index, &state);
    let s = shown(&r.counts, Facet::Speaker, &state, Extent::Collapsed);
    assert!(c.speakers.len() > SHORT);
    assert!(s.long);
    assert_eq!(s.rows.len(), TOP);
    assert_eq!(s.rows.len() + s.hidden, c.speakers.len());
    assert!(
        s.rows.iter().any(|e| e.id == "big"),
        "the speaker with most claims is shown"
    );
    // Rows keep corpus order.
    assert!(s.rows.windows(2).all(|w| w[0].value < w[1].value));
}

#[test]
fn selected_values_are_always_shown_even_with_no_claims_left() {
    let c = many_speakers();
    let index = CorpusIndex::new(&c);
    let last = c.speakers.last().unwrap().id.clone();
    let mut state = ViewState::default();
    state.speakers.insert(last.clone());
    // A side that excludes the selected speaker's claims.
    let other_side = c
        .sides
        .iter()
        .find(|s| s.id != c.speakers.last().unwrap().side)
        .unwrap()
        .id
        .clone();
    state.sides.insert(other_side);
    let r = filter(&index, &state);
    let s = shown(&r.counts, Facet::Speaker, &state, Extent::Collapsed);
    let row = s
        .rows
        .iter()
        .find(|e| e.id == last)
        .expect("selected is shown");
    assert_eq!(row.count, 0);
    assert!(s.rows.len() <= TOP + 1);
}

#[test]
fn expanded_shows_pages_in_corpus_order_plus_selected() {
    let c = many_speakers();
    let index = CorpusIndex::new(&c);
    let mut state = ViewState::default();
    let last = c.speakers.last().unwrap().id.clone();
    state.speakers.insert(last.clone());
    let r = filter(&index, &state);
    let s = shown(&r.counts, Facet::Speaker, &state, Extent::Expanded(5));
    let ids: Vec<&str> = s.rows.iter().map(|e| e.id).collect();
    let mut want: Vec<&str> = c.speakers.iter().take(5).map(|x| x.id.as_str()).collect();
    want.push(&last);
    assert_eq!(ids, want);
    assert_eq!(s.hidden, c.speakers.len() - 6);
    let all = shown(&r.counts, Facet::Speaker, &state, Extent::Expanded(PAGE));
    assert_eq!(all.rows.len(), c.speakers.len());
    assert_eq!(all.hidden, 0);
}
