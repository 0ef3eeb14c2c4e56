//! The view state's URL form: the link is the state.
//!
//! Everything a person chose lives in the query string of the one page. [`to_query`] writes it in
//! one canonical order, defaults omitted:
//!
//! | parameter     | value                                               | default (omitted) |
//! |---------------|-----------------------------------------------------|-------------------|
//! | `corpus`      | a corpus id                                         | the bundled one   |
//! | `src`         | where the corpus is published, an `https://` address | none             |
//! | `view`        | `compare`, `claims`, `read` or `timeline`           | `compare`         |
//! | `side`        | comma-separated side ids                            | none              |
//! | `speaker`     | comma-separated speaker ids                         | none              |
//! | `question`    | comma-separated question ids                        | none              |
//! | `kind`        | comma-separated claim kinds (`accusation`, ...)     | none              |
//! | `attribution` | comma-separated attributions (`direct`, ...)        | none              |
//! | `article`     | comma-separated article ids                         | none              |
//! | `q`           | the search text                                     | empty             |
//! | `sort`        | `relevance`, `date` or `article`                    | none: relevance while searching, corpus order otherwise |
//! | `period`      | the Timeline's zoom: a year, month or day (`2018-10`) | none: every date |
//! | `claim`       | a claim id to focus                                 | none              |
//!
//! Lists are written in the order of their `BTreeSet`. Values are percent-encoded except for the
//! unreserved characters (`A-Z a-z 0-9 - . _ ~`); the `,` between list items stays literal and a
//! space is written `%20`, never `+`, so links survive chat apps.
//!
//! [`parse_query`] reads `application/x-www-form-urlencoded` (`+` is a space, `%XX` a byte), never
//! panics, applies what it understands and returns an [`Ignored`] for everything else, in plain
//! words for a notice. Its rules:
//!
//! - Empty values and empty list items are dropped silently (`side=`, `side=a,,b`).
//! - Unknown parameter names, values that are not a view / kind / attribution, and ids outside
//!   the safe charset `[A-Za-z0-9_.-]` (at most [`crate::corpus::MAX_ID_LEN`] characters) are ignored and reported.
//! - Malformed percent-encoding (`%zz`, a truncated UTF-8 sequence such as `%E2%82`) is never
//!   applied: the parameter, or for lists the one item, is skipped and reported with a lossy
//!   decoding ("malformed percent-encoding"). List items are split on the literal `,` before
//!   decoding, so one bad item does not spoil the others; an encoded `%2C` (as `URLSearchParams`
//!   writes it) also separates items.
//! - Repeated list parameters merge (`side=a&side=b` is `side=a,b`). For the single-valued
//!   parameters (`corpus`, `src`, `view`, `q`, `sort`, `period`, `claim`) the last valid value wins, and each earlier value
//!   that it overrides, when different, is reported ("repeated; a later value applies").
//! - `q` is kept exactly as typed: it is neither trimmed nor normalised, so a link written while a
//!   person is still typing ("arms ") reads back the same. Only its length is limited, to
//!   [`MAX_Q_CHARS`] characters; a longer search is cut and the dropped end reported.
//! - `corpus` is only checked as an id; which corpora exist is for the app to say.
//! - `src` must be an `https://` address a link may hold ([`crate::library::src_problem`]);
//!   nothing is fetched from it without the person's yes, which is for the app to ask.
//!
//! With these rules `parse_query(&to_query(&s))` gives back `s`, and reports nothing, for every
//! state made of valid values.

use super::encoding::{decode, encode_into};
use super::ignored::Ignored;
use crate::corpus::{byte_at, invalid_id_reason, is_valid_id, Attribution, ClaimKind, PartialDate};
use crate::library;
use crate::state::{Sort, View, ViewState};
use std::collections::BTreeSet;

/// The longest search text a link may carry, in characters (Unicode scalar values).
pub const MAX_Q_CHARS: usize = 500;

/// The parameters, in canonical order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Param {
    Corpus,
    Src,
    View,
    Side,
    Speaker,
    Question,
    Kind,
    Attribution,
    Article,
    Q,
    Sort,
    Period,
    Claim,
}

impl Param {
    const ALL: [Param; 13] = [
        Param::Corpus,
        Param::Src,
        Param::View,
        Param::Side,
        Param::Speaker,
        Param::Question,
        Param::Kind,
        Param::Attribution,
        Param::Article,
        Param::Q,
        Param::Sort,
        Param::Period,
        Param::Claim,
    ];

    fn name(self) -> &'static str {
        match self {
            Param::Corpus => "corpus",
            Param::Src => "src",
            Param::View => "view",
            Param::Side => "side",
            Param::Speaker => "speaker",
            Param::Question => "question",
            Param::Kind => "kind",
            Param::Attribution => "attribution",
            Param::Article => "article",
            Param::Q => "q",
            Param::Sort => "sort",
            Param::Period => "period",
            Param::Claim => "claim",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.name() == s)
    }

    fn is_list(self) -> bool {
        matches!(
            self,
            Param::Side
                | Param::Speaker
                | Param::Question
                | Param::Kind
                | Param::Attribution
                | Param::Article
        )
    }
}

const MALFORMED: &str = "malformed percent-encoding";
const REPEATED: &str = "repeated; a later value applies";

/// Every name, comma-separated: "compare, claims, read, timeline" (not [`crate::text::and_list`]:
/// the list reads as a set of choices).
fn comma_separated_names<T>(all: &[T], name: impl Fn(&T) -> &'static str) -> String {
    all.iter().map(name).collect::<Vec<_>>().join(", ")
}

/// Parses a query string (with or without the leading '?'). Never panics, on any input. Applies
/// what it understands and reports the rest.
pub fn parse_query(query: &str) -> (ViewState, Vec<Ignored>) {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut state = ViewState::default();
    let mut ignored = Vec::new();
    // The view given so far, to tell a repeat from the default.
    let mut view: Option<View> = None;

    for pair in query.split('&') {
        if pair.is_empty() {
            continue;
        }
        let (raw_name, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let (name, name_ok) = decode(raw_name);
        let param = match Param::parse(&name) {
            Some(p) if name_ok => p,
            _ => {
                let (value, _) = decode(raw_value);
                if name.is_empty() && value.is_empty() {
                    continue; // a stray "="
                }
                let reason = if name_ok {
                    "unknown parameter"
                } else {
                    MALFORMED
                };
                ignored.push(Ignored::new(&name, &value, reason));
                continue;
            }
        };
        let pname = param.name();

        if param.is_list() {
            for raw_item in raw_value.split(',') {
                let (decoded, ok) = decode(raw_item);
                if !ok {
                    ignored.push(Ignored::new(pname, &decoded, MALFORMED));
                    continue;
                }
                for item in decoded.split(',').filter(|i| !i.is_empty()) {
                    if let Err(reason) = apply_item(&mut state, param, item) {
                        ignored.push(Ignored::new(pname, item, reason));
                    }
                }
            }
            continue;
        }

        let (value, ok) = decode(raw_value);
        if !ok {
            ignored.push(Ignored::new(pname, &value, MALFORMED));
            continue;
        }
        if value.is_empty() {
            continue;
        }
        match param {
            Param::View => match View::parse(&value) {
                Some(v) => {
                    if let Some(prev) = view.replace(v) {
                        if prev != v {
                            ignored.push(Ignored::new(pname, prev.as_str(), REPEATED));
                        }
                    }
                    state.view = v;
                }
                None => ignored.push(Ignored::new(
                    pname,
                    &value,
                    format!(
                        "not a view ({})",
                        comma_separated_names(&View::ALL, |v| View::as_str(*v))
                    ),
                )),
            },
            Param::Q => {
                let (kept, dropped) =
                    value.split_at(byte_at(&value, MAX_Q_CHARS).unwrap_or(value.len()));
                if !state.q.is_empty() && state.q != kept {
                    ignored.push(Ignored::new(pname, &state.q, REPEATED));
                }
                state.q = kept.to_owned();
                if !dropped.is_empty() {
                    ignored.push(Ignored::new(
                        pname,
                        dropped,
                        format!(
                            "the search is limited to {MAX_Q_CHARS} characters; this end was dropped"
                        ),
                    ));
                }
            }
            Param::Sort => match Sort::parse(&value) {
                Some(s) => {
                    if let Some(prev) = state.sort.replace(s) {
                        if prev != s {
                            ignored.push(Ignored::new(pname, prev.as_str(), REPEATED));
                        }
                    }
                }
                None => ignored.push(Ignored::new(
                    pname,
                    &value,
                    format!(
                        "not an order ({})",
                        comma_separated_names(&Sort::ALL, |s| Sort::as_str(*s))
                    ),
                )),
            },
            Param::Period => match PartialDate::parse(&value) {
                Some(p) => {
                    if let Some(prev) = state.period.replace(p) {
                        if prev != p {
                            ignored.push(Ignored::new(pname, &prev.iso(), REPEATED));
                        }
                    }
                }
                None => ignored.push(Ignored::new(
                    pname,
                    &value,
                    "not a period (a year, month or day: 2018, 2018-10, 2018-10-24)",
                )),
            },
            Param::Src => match library::src_problem(&value) {
                Some(why) => ignored.push(Ignored::new(pname, &value, why)),
                None => {
                    if let Some(prev) = state.src.replace(value.clone()) {
                        if prev != value {
                            ignored.push(Ignored::new(pname, &prev, REPEATED));
                        }
                    }
                }
            },
            Param::Corpus | Param::Claim => {
                if !is_valid_id(&value) {
                    ignored.push(Ignored::new(pname, &value, invalid_id_reason()));
                    continue;
                }
                let slot = if param == Param::Corpus {
                    &mut state.corpus
                } else {
                    &mut state.claim
                };
                if let Some(prev) = slot.replace(value.clone()) {
                    if prev != value {
                        ignored.push(Ignored::new(pname, &prev, REPEATED));
                    }
                }
            }
            _ => {} // lists are handled above
        }
    }
    (state, ignored)
}

/// Adds one list item to the state, or says why not.
fn apply_item(state: &mut ViewState, param: Param, item: &str) -> Result<(), String> {
    let set = match param {
        Param::Kind => {
            return match ClaimKind::parse(item) {
                Some(k) => {
                    state.kinds.insert(k);
                    Ok(())
                }
                None => Err(format!(
                    "not a kind ({})",
                    comma_separated_names(&ClaimKind::ALL, |k| ClaimKind::as_str(*k))
                )),
            }
        }
        Param::Attribution => {
            return match Attribution::parse(item) {
                Some(a) => {
                    state.attributions.insert(a);
                    Ok(())
                }
                None => Err(format!(
                    "not an attribution ({})",
                    comma_separated_names(&Attribution::ALL, |a| Attribution::as_str(*a))
                )),
            }
        }
        Param::Side => &mut state.sides,
        Param::Speaker => &mut state.speakers,
        Param::Question => &mut state.questions,
        Param::Article => &mut state.articles,
        _ => return Err("not a list parameter".to_owned()), // not reached: callers pass lists
    };
    if !is_valid_id(item) {
        return Err(invalid_id_reason());
    }
    set.insert(item.to_owned());
    Ok(())
}

/// The canonical query string for a state, without the leading '?'; empty for the default state.
pub fn to_query(state: &ViewState) -> String {
    let mut out = String::new();
    let start = |out: &mut String, param: Param| {
        if !out.is_empty() {
            out.push('&');
        }
        out.push_str(param.name());
        out.push('=');
    };
    let list = |out: &mut String, items: &mut dyn Iterator<Item = &str>| {
        for (i, item) in items.enumerate() {
            if i > 0 {
                out.push(',');
            }
            encode_into(out, item);
        }
    };

    if let Some(corpus) = state.corpus.as_deref().filter(|c| !c.is_empty()) {
        start(&mut out, Param::Corpus);
        encode_into(&mut out, corpus);
    }
    if let Some(src) = state.src.as_deref().filter(|c| !c.is_empty()) {
        start(&mut out, Param::Src);
        encode_into(&mut out, src);
    }
    if state.view != View::default() {
        start(&mut out, Param::View);
        out.push_str(state.view.as_str());
    }
    let id_lists: [(Param, &BTreeSet<String>); 3] = [
        (Param::Side, &state.sides),
        (Param::Speaker, &state.speakers),
        (Param::Question, &state.questions),
    ];
    for (param, set) in id_lists {
        if set.iter().any(|s| !s.is_empty()) {
            start(&mut out, param);
            list(
                &mut out,
                &mut set.iter().map(String::as_str).filter(|s| !s.is_empty()),
            );
        }
    }
    if !state.kinds.is_empty() {
        start(&mut out, Param::Kind);
        list(&mut out, &mut state.kinds.iter().map(|k| k.as_str()));
    }
    if !state.attributions.is_empty() {
        start(&mut out, Param::Attribution);
        list(&mut out, &mut state.attributions.iter().map(|a| a.as_str()));
    }
    if state.articles.iter().any(|s| !s.is_empty()) {
        start(&mut out, Param::Article);
        list(
            &mut out,
            &mut state
                .articles
                .iter()
                .map(String::as_str)
                .filter(|s| !s.is_empty()),
        );
    }
    if !state.q.is_empty() {
        start(&mut out, Param::Q);
        encode_into(&mut out, &state.q);
    }
    if let Some(sort) = state.sort {
        start(&mut out, Param::Sort);
        out.push_str(sort.as_str());
    }
    if let Some(period) = state.period {
        start(&mut out, Param::Period);
        out.push_str(&period.iso());
    }
    if let Some(claim) = state.claim.as_deref().filter(|c| !c.is_empty()) {
        start(&mut out, Param::Claim);
        encode_into(&mut out, claim);
    }
    out
}

/// The link to a state, relative to the page: `?` and its query (just `?` for the default view
/// of the bundled corpus). Every link the app builds to a state goes through here.
pub fn href(state: &ViewState) -> String {
    format!("?{}", to_query(state))
}

/// The address of a state on the page at `path`: the path alone for the default view of the
/// bundled corpus, `path?query` otherwise. For navigations, which need the whole address.
pub fn href_at(path: &str, state: &ViewState) -> String {
    let query = to_query(state);
    if query.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{query}")
    }
}

/// The link to the reader at one article (and one claim's sentence in it) of the corpus with
/// this id: `?corpus=…&view=read&article=…&claim=…`, the corpus left out for the bundled one,
/// and where it is published (`src`) for a corpus opened from a link.
pub fn read_href(corpus_id: &str, src: Option<&str>, article: &str, claim: Option<&str>) -> String {
    let state = ViewState {
        claim: claim.map(str::to_owned),
        src: src.map(str::to_owned),
        ..ViewState::in_corpus(corpus_id).open_article(article)
    };
    href(&state)
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::corpus::{BUNDLED_ID, MAX_ID_LEN};

    /// The state a link gives, which must apply in full.
    pub(in crate::state) fn parse(q: &str) -> ViewState {
        let (state, ignored) = parse_query(q);
        assert!(ignored.is_empty(), "{q:?} ignored {ignored:?}");
        state
    }

    pub(in crate::state) fn set(items: &[&str]) -> BTreeSet<String> {
        items.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn a_corpus_link_names_where_the_corpus_is_published_in_https_only() {
        let (s, ignored) =
            parse_query("src=https%3A%2F%2Fexample.org%2Fd%2Fcorpus.json&view=claims");
        assert_eq!(s.src.as_deref(), Some("https://example.org/d/corpus.json"));
        assert!(ignored.is_empty());
        assert_eq!(
            to_query(&s),
            "src=https%3A%2F%2Fexample.org%2Fd%2Fcorpus.json&view=claims"
        );
        let (s, ignored) = parse_query("src=http://example.org/c.json");
        assert_eq!(s.src, None);
        assert_eq!(ignored.len(), 1);
        assert_eq!(ignored[0].reason, "not an https:// address");
        for bad in [
            "src=javascript:alert(1)",
            "src=https://",
            "src=ftp://x/y",
            "src=%2Fc.json",
        ] {
            assert_eq!(parse_query(bad).0.src, None, "{bad}");
        }
        // With a corpus id: the kept copy is named too, so the link opens offline.
        let s = ViewState {
            corpus: Some("inf".into()),
            src: Some("https://example.org/c.json?v=2".into()),
            ..ViewState::default()
        };
        assert_eq!(
            to_query(&s),
            "corpus=inf&src=https%3A%2F%2Fexample.org%2Fc.json%3Fv%3D2"
        );
        assert_eq!(parse_query(&to_query(&s)).0, s);
    }

    #[test]
    fn empty_and_default() {
        assert_eq!(parse(""), ViewState::default());
        assert_eq!(parse("?"), ViewState::default());
        assert_eq!(parse("&&="), ViewState::default());
        assert_eq!(to_query(&ViewState::default()), "");
    }

    #[test]
    fn leading_question_mark_is_optional() {
        assert_eq!(parse("?view=claims"), parse("view=claims"));
        assert_eq!(parse("view=claims").view, View::Claims);
    }

    #[test]
    fn unknown_parameter_is_reported() {
        let (state, ignored) = parse_query("view=read&foo=bar&side=nato&flag");
        assert_eq!(state.view, View::Read);
        assert_eq!(state.sides, set(&["nato"]));
        assert_eq!(
            ignored,
            vec![
                Ignored::new("foo", "bar", "unknown parameter"),
                Ignored::new("flag", "", "unknown parameter"),
            ]
        );
        assert_eq!(ignored[0].describe(), "foo=“bar”: unknown parameter");
        assert_eq!(ignored[1].describe(), "flag: unknown parameter");
        // Names are case-sensitive.
        assert_eq!(parse_query("View=claims").1.len(), 1);
    }

    #[test]
    fn bad_view_is_reported() {
        let (state, ignored) = parse_query("view=map");
        assert_eq!(state.view, View::Compare);
        assert_eq!(ignored.len(), 1);
        assert_eq!(
            ignored[0].describe(),
            "view=“map”: not a view (compare, claims, read, timeline, library)"
        );
    }

    #[test]
    fn bad_kind_and_attribution_are_reported() {
        let (state, ignored) = parse_query("kind=denial,rumour,threat&attribution=hearsay,direct");
        assert_eq!(
            state.kinds,
            [ClaimKind::Denial, ClaimKind::Threat].into_iter().collect()
        );
        assert_eq!(
            state.attributions,
            [Attribution::Direct].into_iter().collect()
        );
        assert_eq!(ignored.len(), 2);
        assert_eq!(
            ignored[0].describe(),
            "kind=“rumour”: not a kind (accusation, denial, warning, threat, offer, prediction, \
             assessment, position)"
        );
        assert_eq!(
            ignored[1].describe(),
            "attribution=“hearsay”: not an attribution (direct, paraphrase, reported)"
        );
    }

    #[test]
    fn invalid_ids_are_reported() {
        let long = "x".repeat(MAX_ID_LEN + 1);
        let ok = "x".repeat(MAX_ID_LEN);
        let (state, ignored) = parse_query(&format!(
            "side=nato,ru%20ssia,{long},{ok}&claim=c%2F1&corpus=%3Cscript%3E"
        ));
        assert_eq!(state.sides, set(&["nato", &ok]));
        assert_eq!(state.claim, None);
        assert_eq!(state.corpus, None);
        let values: Vec<&str> = ignored.iter().map(|i| i.value.as_str()).collect();
        assert_eq!(values, vec!["ru ssia", long.as_str(), "c/1", "<script>"]);
        assert!(ignored
            .iter()
            .all(|i| i.reason.starts_with("not a valid id")));
        assert!(is_valid_id("a-b_c.D9"));
        assert!(!is_valid_id("") && !is_valid_id("a,b") && !is_valid_id("é"));
    }

    #[test]
    fn malformed_percent_encoding_is_skipped_and_reported() {
        for (query, value) in [
            ("q=%zz", "%zz"),
            ("q=50%", "50%"),
            ("q=%E2%82", "\u{FFFD}"),
            ("q=a%E2%82%ACb%E2%82", "a€b\u{FFFD}"),
            ("q=%F", "%F"),
        ] {
            let (state, ignored) = parse_query(query);
            assert_eq!(state.q, "", "{query}");
            assert_eq!(
                ignored,
                vec![Ignored::new("q", value, MALFORMED)],
                "{query}"
            );
        }
        // In a list only the bad item is skipped.
        let (state, ignored) = parse_query("side=nato,%zz,russia&view=claims");
        assert_eq!(state.sides, set(&["nato", "russia"]));
        assert_eq!(state.view, View::Claims);
        assert_eq!(ignored, vec![Ignored::new("side", "%zz", MALFORMED)]);
        // A malformed name.
        let (state, ignored) = parse_query("vi%ew=claims");
        assert_eq!(state, ViewState::default());
        assert_eq!(ignored, vec![Ignored::new("vi%ew", "claims", MALFORMED)]);
        assert_eq!(
            ignored[0].describe(),
            "vi%ew=“claims”: malformed percent-encoding"
        );
    }

    #[test]
    fn plus_is_a_space_and_encoded_plus_is_a_plus() {
        assert_eq!(parse("q=arms+race").q, "arms race");
        assert_eq!(parse("q=1%2B1").q, "1+1");
        assert_eq!(parse("q=a%20b").q, "a b");
        let s = ViewState {
            q: "1+1 = 2".into(),
            ..Default::default()
        };
        assert_eq!(to_query(&s), "q=1%2B1%20%3D%202");
        assert_eq!(parse(&to_query(&s)), s);
    }

    #[test]
    fn unicode_search_round_trips() {
        let s = ViewState {
            q: "Ukraine’s".into(),
            ..Default::default()
        };
        assert_eq!(to_query(&s), "q=Ukraine%E2%80%99s");
        assert_eq!(parse(&to_query(&s)), s);

        let s = ViewState {
            q: "Kiev/Київ".into(),
            ..Default::default()
        };
        assert_eq!(to_query(&s), "q=Kiev%2F%D0%9A%D0%B8%D1%97%D0%B2");
        assert_eq!(parse(&to_query(&s)), s);
        // Browsers and people also paste the characters unencoded.
        assert_eq!(parse("q=Kiev/Київ").q, "Kiev/Київ");
        assert_eq!(parse("q=Ukraine’s").q, "Ukraine’s");
    }

    #[test]
    fn q_is_kept_as_typed() {
        assert_eq!(parse("q=%20arms%20").q, " arms ");
        assert_eq!(parse("q=a%3Db").q, "a=b");
        assert_eq!(parse_query("q=a=b").0.q, "a=b");
        let s = ViewState {
            q: "arms ".into(),
            ..Default::default()
        };
        assert_eq!(to_query(&s), "q=arms%20");
        assert_eq!(parse(&to_query(&s)), s);
    }

    #[test]
    fn long_q_is_cut_and_reported() {
        let q = format!("{}{}", "ж".repeat(MAX_Q_CHARS), "tail");
        let (state, ignored) = parse_query(&format!("q={q}"));
        assert_eq!(state.q.chars().count(), MAX_Q_CHARS);
        assert_eq!(ignored.len(), 1);
        assert_eq!(ignored[0].value, "tail");
        assert!(ignored[0].reason.contains("500 characters"));
        // Exactly the limit is fine.
        assert_eq!(
            parse(&format!("q={}", "ж".repeat(MAX_Q_CHARS)))
                .q
                .chars()
                .count(),
            MAX_Q_CHARS
        );
    }

    #[test]
    fn empty_values_and_items_are_dropped_silently() {
        let s = parse("side=&speaker=,,&question=,q1,,q2,&q=&claim=&corpus=&view=&kind=,");
        assert_eq!(s.questions, set(&["q1", "q2"]));
        assert_eq!(
            s,
            ViewState {
                questions: set(&["q1", "q2"]),
                ..Default::default()
            }
        );
    }

    #[test]
    fn repeated_lists_merge() {
        let s = parse("side=russia&view=claims&side=nato,russia&kind=threat&kind=denial");
        assert_eq!(s.sides, set(&["nato", "russia"]));
        assert_eq!(
            s.kinds,
            [ClaimKind::Denial, ClaimKind::Threat].into_iter().collect()
        );
        // An encoded comma (as URLSearchParams writes it) separates items too.
        assert_eq!(parse("side=nato%2Crussia").sides, set(&["nato", "russia"]));
    }

    #[test]
    fn repeated_single_values_last_wins_and_is_noted() {
        let (s, ignored) = parse_query("view=claims&q=a&view=read&q=b&claim=c1&claim=c2");
        assert_eq!(s.view, View::Read);
        assert_eq!(s.q, "b");
        assert_eq!(s.claim.as_deref(), Some("c2"));
        assert_eq!(
            ignored,
            vec![
                Ignored::new("view", "claims", REPEATED),
                Ignored::new("q", "a", REPEATED),
                Ignored::new("claim", "c1", REPEATED),
            ]
        );
        // The same value twice is no conflict.
        assert_eq!(
            parse("view=read&view=read&corpus=x&corpus=x").view,
            View::Read
        );
        // An invalid later value does not displace a valid earlier one.
        let (s, ignored) = parse_query("view=claims&view=map");
        assert_eq!(s.view, View::Claims);
        assert_eq!(ignored.len(), 1);
        assert_eq!(ignored[0].value, "map");
    }

    #[test]
    fn sort_round_trips_and_bad_or_repeated_orders_are_reported() {
        for sort in Sort::ALL {
            let s = ViewState {
                view: View::Claims,
                q: "arms".into(),
                sort: Some(sort),
                ..Default::default()
            };
            let query = to_query(&s);
            assert_eq!(query, format!("view=claims&q=arms&sort={}", sort.as_str()));
            assert_eq!(parse(&query), s);
        }
        // No sort: the default, not written.
        assert_eq!(parse("view=claims&q=arms").sort, None);
        assert_eq!(parse("sort=").sort, None);
        let (s, ignored) = parse_query("sort=best&view=claims");
        assert_eq!((s.sort, s.view), (None, View::Claims));
        assert_eq!(
            ignored.iter().map(Ignored::describe).collect::<Vec<_>>(),
            ["sort=“best”: not an order (relevance, date, article)"]
        );
        let (s, ignored) = parse_query("sort=date&sort=article&sort=nonsense");
        assert_eq!(s.sort, Some(Sort::Article));
        assert_eq!(
            ignored,
            vec![
                Ignored::new("sort", "date", REPEATED),
                Ignored::new(
                    "sort",
                    "nonsense",
                    "not an order (relevance, date, article)"
                ),
            ]
        );
        // Names and values are case-sensitive, like the others.
        assert_eq!(parse_query("sort=Date").1.len(), 1);
    }

    #[test]
    fn a_period_round_trips_and_a_bad_one_is_reported() {
        for p in ["2018", "2018-10", "2018-10-24"] {
            let s = ViewState {
                view: View::Timeline,
                period: PartialDate::parse(p),
                ..Default::default()
            };
            let query = to_query(&s);
            assert_eq!(query, format!("view=timeline&period={p}"));
            assert_eq!(parse(&query), s);
        }
        let (s, ignored) = parse_query("view=timeline&period=2018-13&period=18");
        assert_eq!(s.period, None);
        assert_eq!(ignored.len(), 2);
        assert_eq!(
            ignored[0].describe(),
            "period=“2018-13”: not a period (a year, month or day: 2018, 2018-10, 2018-10-24)"
        );
        let (s, ignored) = parse_query("period=2017&period=2018-10");
        assert_eq!(s.period, PartialDate::parse("2018-10"));
        assert_eq!(ignored, vec![Ignored::new("period", "2017", REPEATED)]);
    }

    #[test]
    fn links_are_relative_and_addresses_whole() {
        let bundled = ViewState::default();
        assert_eq!(href(&bundled), "?");
        assert_eq!(href_at("/app/", &bundled), "/app/");
        let mine = ViewState::in_corpus("mine").with_view(View::Claims);
        assert_eq!(href(&mine), "?corpus=mine&view=claims");
        assert_eq!(href_at("/app/", &mine), "/app/?corpus=mine&view=claims");
        assert_eq!(
            read_href("mine", None, "a1", Some("c1")),
            "?corpus=mine&view=read&article=a1&claim=c1"
        );
        assert_eq!(
            read_href(BUNDLED_ID, None, "a1", None),
            "?view=read&article=a1"
        );
        assert_eq!(
            read_href("mine", Some("https://example.org/c.json"), "a1", None),
            "?corpus=mine&src=https%3A%2F%2Fexample.org%2Fc.json&view=read&article=a1"
        );
    }

    #[test]
    fn canonical_order_and_defaults_omitted() {
        let mut s = ViewState {
            corpus: Some("inf-2019".into()),
            view: View::Claims,
            sides: set(&["russia", "nato"]),
            speakers: set(&["putin"]),
            questions: set(&["q2", "q1"]),
            articles: set(&["a2", "a1"]),
            q: "arms race".into(),
            claim: Some("c1".into()),
            sort: Some(Sort::Date),
            ..Default::default()
        };
        s.kinds.insert(ClaimKind::Threat);
        s.kinds.insert(ClaimKind::Accusation);
        s.attributions.insert(Attribution::Reported);
        s.attributions.insert(Attribution::Direct);
        let query = to_query(&s);
        assert_eq!(
            query,
            "corpus=inf-2019&view=claims&side=nato,russia&speaker=putin&question=q1,q2\
             &kind=accusation,threat&attribution=direct,reported&article=a1,a2\
             &q=arms%20race&sort=date&claim=c1"
        );
        assert_eq!(parse(&query), s);
        // Parameters in any order read the same and write canonically.
        let shuffled = "sort=date&claim=c1&q=arms+race&article=a2,a1&attribution=reported,direct\
                        &kind=threat,accusation&question=q2,q1&speaker=putin&side=russia,nato\
                        &view=claims&corpus=inf-2019";
        assert_eq!(to_query(&parse(shuffled)), query);

        // Defaults are omitted.
        let s = ViewState {
            view: View::Compare,
            sides: set(&["nato"]),
            ..Default::default()
        };
        assert_eq!(to_query(&s), "side=nato");
        assert_eq!(parse("view=compare"), ViewState::default());
        assert_eq!(to_query(&parse("view=compare")), "");
        let s = ViewState {
            view: View::Timeline,
            ..Default::default()
        };
        assert_eq!(to_query(&s), "view=timeline");
    }
}
