//! Property tests of the corpus checks (`claimscope_core::validate`).
//!
//! Test names start with `validate_` so that `cargo test -p claimscope-core validate` runs them.

use claimscope_core::corpus::*;
use claimscope_core::testing::{claim, event, CorpusBuilder};
use claimscope_core::validate::{parse, validate, Problem, MAX_PROBLEMS};
use proptest::prelude::*;
use proptest::sample::select;
use std::collections::BTreeMap;

/// Pieces of paragraph text: ASCII, curly quotes, accents (precomposed and combining), emoji.
const WORDS: &[&str] = &[
    "Putin",
    "said",
    "the",
    "treaty",
    "is",
    "dead",
    "“in kind”",
    "Ukraine’s",
    "Київ",
    "naïve",
    "Cafe\u{301}",
    "😀",
    ",",
    ".",
    "  ",
    "\u{a0}",
];

/// Pieces spliced into a valid file to break it.
const JUNK: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "\\",
    "\\u",
    "\\ud800",
    "0",
    "-1",
    "1e999",
    "1.5",
    "null",
    "true",
    "\"x\"",
    "’",
    "\u{feff}",
    "\"schema\": 2,",
    "\"start\": 99,",
    "\n",
];

/// A valid corpus: one paragraph per text, one claim, event and fact account per span.
fn corpus(texts: &[String], spans: &[(usize, usize, usize)]) -> Corpus {
    let span = |&(p, s, e): &(usize, usize, usize)| Span {
        article: "a".into(),
        paragraph: format!("p{p}"),
        quote: char_slice(&texts[p], s, e).unwrap().to_owned(),
        start: s,
        end: e,
    };
    let mut b = CorpusBuilder::new("test")
        .title("")
        .article("a", "VOA", "2018-10-24")
        .with_article(|a| {
            a.title = "T".into();
            a.url = "https://www.voanews.com/a/x.html".into();
        })
        .side("russia", "Russia")
        .speaker_with_role("putin", "Vladimir Putin", "President", "russia")
        .question("q", "Will Russia respond?", "");
    for (i, text) in texts.iter().enumerate() {
        b = b.paragraph("a", &format!("p{i}"), text);
    }
    for (i, sp) in spans.iter().enumerate() {
        let s = span(sp);
        b = b.claim(Claim {
            questions: vec!["q".into()],
            stance: BTreeMap::from([("q".to_owned(), Stance::Yes)]),
            kind: ClaimKind::Warning,
            quote: s.quote,
            start: s.start,
            end: s.end,
            ..claim(&format!("c{i}"), "a", &s.paragraph, "putin", "russia")
        });
    }
    for (i, sp) in spans.iter().enumerate() {
        b = b.event(event(&format!("e{i}"), "2018-10", "L", span(sp)));
    }
    b.fact("f", "T", spans.iter().map(span).collect()).build()
}

/// Paragraph texts and non-empty spans inside them.
fn texts_and_spans() -> impl Strategy<Value = (Vec<String>, Vec<(usize, usize, usize)>)> {
    prop::collection::vec(
        prop::collection::vec(select(WORDS), 1..30).prop_map(|w| w.join(" ")),
        1..5,
    )
    .prop_flat_map(|texts| {
        let lens: Vec<usize> = texts.iter().map(|t| t.chars().count()).collect();
        let span = (0..texts.len()).prop_flat_map(move |p| {
            let n = lens[p];
            (Just(p), 0..n).prop_flat_map(move |(p, s)| (Just(p), Just(s), s + 1..=n))
        });
        (Just(texts), prop::collection::vec(span, 1..8))
    })
}

/// Every problem names a place and a reason, and there are never too many.
fn well_formed(problems: &[Problem]) -> Result<(), TestCaseError> {
    prop_assert!(!problems.is_empty() && problems.len() <= MAX_PROBLEMS);
    for p in problems {
        prop_assert!(!p.path.is_empty() && !p.message.is_empty(), "{:?}", p);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn validate_valid_corpora_have_no_problems((texts, spans) in texts_and_spans()) {
        let c = corpus(&texts, &spans);
        prop_assert_eq!(validate(&c), vec![]);
        let json = serde_json::to_string_pretty(&c).unwrap();
        prop_assert_eq!(parse(&json), Ok(c));
    }

    #[test]
    fn validate_parse_never_panics_on_arbitrary_strings(s in ".*") {
        if let Err(p) = parse(&s) {
            well_formed(&p)?;
        }
    }

    #[test]
    fn validate_parse_never_panics_on_json_like_soup(
        parts in prop::collection::vec(select(JUNK), 0..40),
    ) {
        let s = format!("{{\"schema\": 1, {}", parts.concat());
        if let Err(p) = parse(&s) {
            well_formed(&p)?;
        }
    }

    #[test]
    fn validate_parse_never_panics_on_mutated_files(
        (texts, spans) in texts_and_spans(),
        edits in prop::collection::vec((any::<prop::sample::Index>(), 0..3u8, select(JUNK)), 1..6),
    ) {
        let mut json: Vec<char> = serde_json::to_string(&corpus(&texts, &spans)).unwrap().chars().collect();
        for (at, what, junk) in edits {
            let i = at.index(json.len() + 1);
            match what {
                0 => { json.splice(i..i, junk.chars()); }
                1 if i < json.len() => { json.remove(i); }
                _ if i < json.len() => { json.splice(i..i + 1, junk.chars()); }
                _ => {}
            }
        }
        let json: String = json.into_iter().collect();
        match parse(&json) {
            Ok(c) => prop_assert!(validate(&c).is_empty()),
            Err(p) => well_formed(&p)?,
        }
    }

    /// The oracle: a span passes exactly when its quote is non-empty and is `char_slice` of its
    /// offsets; otherwise the one problem is on that span's quote.
    #[test]
    fn validate_a_span_passes_exactly_when_its_quote_is_at_its_offsets(
        (texts, spans) in texts_and_spans(),
        which in 0..3usize,
        start in 0usize..200,
        len in 0usize..12,
        quote_from_text in any::<bool>(),
        other in "[a-z’😀 ]{0,6}",
    ) {
        let mut c = corpus(&texts, &spans);
        let text = texts[0].clone();
        let end = start + len;
        // Either a real piece of the text (maybe at the wrong offsets) or something else.
        let quote = if quote_from_text {
            let n = text.chars().count();
            let s = start % (n + 1);
            char_slice(&text, s, (s + len).min(n)).unwrap().to_owned()
        } else {
            other
        };
        let (path, slots) = match which {
            0 => {
                let k = &mut c.claims[0];
                ("claims[0]", (&mut k.paragraph, &mut k.start, &mut k.end, &mut k.quote))
            }
            1 => {
                let k = &mut c.events[0];
                ("events[0]", (&mut k.paragraph, &mut k.start, &mut k.end, &mut k.quote))
            }
            _ => {
                let k = &mut c.facts[0].accounts[0];
                ("facts[0].accounts[0]", (&mut k.paragraph, &mut k.start, &mut k.end, &mut k.quote))
            }
        };
        *slots.0 = "p0".into();
        *slots.1 = start;
        *slots.2 = end;
        *slots.3 = quote.clone();
        let expect_ok = !quote.is_empty() && char_slice(&text, start, end) == Some(quote.as_str());
        let problems = validate(&c);
        prop_assert_eq!(problems.is_empty(), expect_ok, "{:?}", problems);
        if !expect_ok {
            prop_assert_eq!(problems.len(), 1);
            prop_assert_eq!(&problems[0].path, &format!("{path}.quote"));
            prop_assert!(problems[0].message.starts_with("the quote is"), "{}", problems[0]);
            if !quote.is_empty() && text.contains(&quote) {
                prop_assert!(problems[0].message.contains("it is found at characters"), "{}", problems[0]);
            }
        }
        // The same verdict through the file.
        let json = serde_json::to_string(&c).unwrap();
        prop_assert_eq!(parse(&json).err().unwrap_or_default(), problems);
    }

    /// A reference to an id that does not exist is reported at that reference.
    #[test]
    fn validate_dangling_references_are_reported_where_they_are(
        (texts, spans) in texts_and_spans(),
        field in 0..4usize,
        id in "[a-z]{1,8}",
    ) {
        let mut c = corpus(&texts, &spans);
        let id = format!("missing-{id}");
        let k = &mut c.claims[0];
        let (name, slot) = match field {
            0 => ("article", &mut k.article),
            1 => ("paragraph", &mut k.paragraph),
            2 => ("speaker", &mut k.speaker),
            _ => ("side", &mut k.side),
        };
        *slot = id.clone();
        let problems = validate(&c);
        let path = format!("claims[0].{name}");
        let p = problems.iter().find(|p| p.path == path);
        prop_assert!(p.is_some(), "{:?}", problems);
        prop_assert!(p.unwrap().message.contains(&format!("“{id}”")), "{}", p.unwrap());
    }

    /// However broken, a corpus gets at most MAX_PROBLEMS problems.
    #[test]
    fn validate_problems_are_capped((texts, spans) in texts_and_spans(), copies in 0..60usize) {
        let mut c = corpus(&texts, &spans);
        let claim = c.claims[0].clone();
        c.claims.extend(std::iter::repeat_n(claim, copies));
        let problems = validate(&c);
        prop_assert_eq!(problems.len(), copies.min(MAX_PROBLEMS));
    }
}
