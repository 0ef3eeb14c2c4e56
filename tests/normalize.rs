//! The browser's Unicode normalisation (claimscope_core::text in wasm32) against the
//! `unicode-normalization` crate the native build uses, in headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use claimscope_core::text::{decompose_compatible, is_combining_mark, nfc, to_lowercase};
use claimscope_core::{
    index::{highlight, parse_query},
    text::{fold, fold_with_map},
};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn browser_assigned(c: char) -> bool {
    thread_local! {
        static ASSIGNED: js_sys::RegExp = js_sys::RegExp::new("^\\p{Assigned}$", "u");
    }
    ASSIGNED.with(|re| re.test(c.encode_utf8(&mut [0; 4])))
}

/// Every char the browser assigns decomposes, classifies and lowercases as the crate and the
/// standard library do.
#[wasm_bindgen_test]
fn every_assigned_char_matches_the_crate() {
    let mut compared = 0;
    let mut differ = Vec::new();
    for c in (0..=char::MAX as u32).filter_map(char::from_u32) {
        if !browser_assigned(c) {
            continue;
        }
        compared += 1;
        let mut ours = String::new();
        decompose_compatible(c, |d| ours.push(d));
        let mut theirs = String::new();
        unicode_normalization::char::decompose_compatible(c, |d| theirs.push(d));
        let mark = unicode_normalization::char::is_combining_mark(c);
        let mut lower = String::new();
        to_lowercase(c, |l| lower.push(l));
        let std_lower: String = c.to_lowercase().collect();
        if ours != theirs || is_combining_mark(c) != mark || lower != std_lower {
            differ.push(format!(
                "U+{:04X} {ours:?} {theirs:?} {lower:?} {std_lower:?}",
                c as u32
            ));
        }
    }
    assert!(compared > 150_000, "only {compared} chars compared");
    assert!(
        differ.is_empty(),
        "{} differ: {:?}",
        differ.len(),
        &differ[..differ.len().min(20)]
    );
}

#[wasm_bindgen_test]
fn nfc_matches_the_crate() {
    use unicode_normalization::UnicodeNormalization;
    for s in [
        "",
        "plain",
        "e\u{301}te\u{301}",
        "ﬁ Ａ",
        "Ki\u{308}v",
        "\u{1100}\u{1161}\u{11A8}",
        "a\u{328}\u{301}",
    ] {
        assert_eq!(nfc(s), s.nfc().collect::<String>(), "{s:?}");
    }
}

#[wasm_bindgen_test]
fn fold_folds_like_the_native_build() {
    assert_eq!(fold("Čapek"), "capek");
    assert_eq!(fold("PUTIN Niè naïve Café"), "putin nie naive cafe");
    assert_eq!(fold("Ukraine’s “war”"), "ukraine's \"war\"");
    assert_eq!(fold("Київ"), "киів");
    assert_eq!(fold("Straße ﬁnal ＮＡＴＯ"), "strasse final nato");
    assert_eq!(fold("esca\u{AD}lation"), "escalation");
    assert_eq!(fold("nai\u{308}ve"), "naive");
    assert_eq!(fold("Łódź Øresund"), "lodz oresund");
    let (f, map) = fold_with_map("ﬁx");
    assert_eq!(f, "fix");
    assert_eq!(map, vec![0, 0, 3, 4]);
    let text = "Karel Čapek’s ﬁnal word";
    let marked: Vec<&str> = highlight(text, &parse_query("capek fin"))
        .into_iter()
        .map(|(s, e)| &text[s..e])
        .collect();
    assert_eq!(marked, ["Čapek", "ﬁn"]);
}
