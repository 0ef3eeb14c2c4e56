//! Property tests of the view state's URL form (`claimscope_core::url`).
//!
//! Test names start with `url_` so that `cargo test -p claimscope-core url` runs them.

use claimscope_core::corpus::{Attribution, ClaimKind, PartialDate};
use claimscope_core::state::{parse_query, to_query, MAX_Q_CHARS};
use claimscope_core::state::{Sort, View, ViewState};
use proptest::prelude::*;
use proptest::sample::subsequence;

/// Pieces that make up nasty queries: separators, escapes, broken escapes, names and values.
const TOKENS: &[&str] = &[
    "%",
    "&",
    "=",
    ",",
    "+",
    "?",
    "0",
    "9",
    "a",
    "F",
    "f",
    "z",
    "%2",
    "%2C",
    "%20",
    "%E2",
    "%82",
    "%AC",
    "%FF",
    "%C3",
    "%zz",
    "%%",
    "side",
    "speaker",
    "question",
    "kind",
    "attribution",
    "article",
    "view",
    "q",
    "claim",
    "corpus",
    "src",
    "https://",
    "https%3A%2F%2Fexample.org%2Fc.json",
    "http://x",
    "sort",
    "relevance",
    "date",
    "claims",
    "read",
    "denial",
    "direct",
    "nato",
    "ж",
    "’",
    "\u{0}",
    "\u{FFFD}",
    " ",
];

fn token_query() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TOKENS), 0..60).prop_map(|t| t.concat())
}

fn separator_query() -> impl Strategy<Value = String> {
    "[%&=,+?0-9a-fA-F]{0,80}"
}

/// Arbitrary bytes, each taken as the `char` of the same number (Latin-1).
fn byte_query() -> impl Strategy<Value = String> {
    prop::collection::vec(any::<u8>(), 0..200).prop_map(|b| b.into_iter().map(char::from).collect())
}

fn id() -> impl Strategy<Value = String> {
    "[A-Za-z0-9_.-]{1,100}"
}

fn ids() -> impl Strategy<Value = std::collections::BTreeSet<String>> {
    prop::collection::btree_set(id(), 0..4)
}

/// Any search text up to the limit: arbitrary Unicode, whitespace included (q is not trimmed).
fn search() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[ a-z’+&=,%]{0,20}",
        prop::collection::vec(any::<char>(), 0..=MAX_Q_CHARS).prop_map(String::from_iter),
    ]
}

/// Where a corpus may be published: https addresses with a path and a query.
fn src() -> impl Strategy<Value = String> {
    "https://[a-z0-9]{1,12}\\.(org|net)(/[A-Za-z0-9_.~-]{1,12}){0,3}(\\?[a-z]=[a-z0-9%]{0,6})?"
}

/// A period of the Timeline: a year, a month or a day, real dates only.
fn period() -> impl Strategy<Value = PartialDate> {
    (
        1000i32..=2999,
        prop::option::of((1u8..=12, prop::option::of(1u8..=28))),
    )
        .prop_map(|(year, md)| PartialDate {
            year,
            month: md.map(|(m, _)| m),
            day: md.and_then(|(_, d)| d),
        })
}

fn valid_state() -> impl Strategy<Value = ViewState> {
    (
        (prop::option::of(id()), prop::option::of(src())),
        prop::sample::select(View::ALL.to_vec()),
        (ids(), ids(), ids(), ids()),
        subsequence(ClaimKind::ALL.to_vec(), 0..=ClaimKind::ALL.len()),
        subsequence(Attribution::ALL.to_vec(), 0..=Attribution::ALL.len()),
        search(),
        prop::option::of(id()),
        (
            prop::option::of(prop::sample::select(Sort::ALL.to_vec())),
            prop::option::of(period()),
        ),
    )
        .prop_map(
            |(
                (corpus, src),
                view,
                (sides, speakers, questions, articles),
                kinds,
                attributions,
                q,
                claim,
                (sort, period),
            )| {
                ViewState {
                    corpus,
                    src,
                    view,
                    sides,
                    speakers,
                    questions,
                    kinds: kinds.into_iter().collect(),
                    attributions: attributions.into_iter().collect(),
                    articles,
                    q,
                    claim,
                    sort,
                    period,
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn url_parse_never_panics_on_any_string(s in any::<String>()) {
        let _ = parse_query(&s);
    }

    #[test]
    fn url_parse_never_panics_on_tokens(s in token_query()) {
        let (state, _) = parse_query(&s);
        // Whatever it applied, it can write and read back without complaint.
        let (again, ignored) = parse_query(&to_query(&state));
        prop_assert!(ignored.is_empty(), "{:?}", ignored);
        prop_assert_eq!(again, state);
    }

    #[test]
    fn url_parse_never_panics_on_separators(s in separator_query()) {
        let _ = parse_query(&s);
        let _ = parse_query(&format!("q={s}"));
        let _ = parse_query(&format!("side={s}"));
    }

    #[test]
    fn url_parse_never_panics_on_bytes(s in byte_query()) {
        let _ = parse_query(&s);
        let _ = parse_query(&format!("kind={s}"));
    }

    #[test]
    fn url_round_trips_valid_states(s in valid_state()) {
        let query = to_query(&s);
        let (parsed, ignored) = parse_query(&query);
        prop_assert!(ignored.is_empty(), "{:?} from {:?}", ignored, query);
        prop_assert_eq!(parsed, s);
        // With a leading '?', as `location.search` has it.
        let with_mark = format!("?{}", query);
        prop_assert!(parse_query(&with_mark).1.is_empty());
    }

    #[test]
    fn url_to_query_is_idempotent_through_parse(s in valid_state()) {
        let query = to_query(&s);
        prop_assert_eq!(to_query(&parse_query(&query).0), query.clone());
        // Written links hold only unreserved characters, '%', '&', '=' and ','.
        prop_assert!(query.bytes().all(|b| b.is_ascii_alphanumeric()
            || b"-._~%&=,".contains(&b)), "{}", query);
    }
}
