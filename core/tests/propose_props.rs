//! Properties of [`propose`] and [`add_article`] on arbitrary and article-like pasted text: no
//! panic, every candidate a verbatim span of its paragraph at its char offsets, and every
//! candidate, once confirmed, a claim the corpus checks accept.

use claimscope_core::corpus::*;
use claimscope_core::paste::propose;
use claimscope_core::paste::{add_article, article, new_article, ArticleMeta, Confirmed};
use claimscope_core::paste::{SideChoice, SpeakerChoice};
use claimscope_core::testing::CorpusBuilder;
use claimscope_core::validate::validate;
use proptest::prelude::*;
use std::collections::BTreeMap;

/// Words that fire the patterns: speakers, verbs of attribution, pronouns, quotation marks,
/// commas and full stops, multi-byte letters.
const POOL: &[&str] = &[
    "Putin",
    "Russian President Vladimir Putin",
    "NATO",
    "U.S.",
    "he",
    "He",
    "his",
    "they",
    "said",
    "says",
    "told",
    "warned",
    "denies",
    "accused",
    "threats",
    "adding",
    "citing",
    "and",
    "also",
    "that",
    "who",
    "according to",
    "According to",
    "on Wednesday",
    "last month",
    "the",
    "Київ’s",
    "naïve",
    "\"",
    "“",
    "”",
    "«",
    "»",
    ",",
    ".",
    ":",
    "…",
    "—",
    "?",
    "'s",
    "\n",
    "\n\n",
];

fn texty() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            4 => prop::sample::select(POOL).prop_map(str::to_owned),
            2 => "[a-zA-Zéï’“”\"'«» .,:;\n-]{0,8}",
            1 => any::<String>(),
        ],
        0..60,
    )
    .prop_map(|v| v.join(" "))
}

/// The paragraphs as the body of an article with its metadata filled in.
fn body_article(paragraphs: &[String]) -> Article {
    let texts: Vec<&str> = paragraphs.iter().map(String::as_str).collect();
    Article {
        outlet: "O".into(),
        title: "T".into(),
        published: "2018-10".into(),
        url: "https://example.org/a".into(),
        ..claimscope_core::testing::body_article(&texts)
    }
}

/// Every candidate is a non-empty verbatim span of a body paragraph, in document order.
fn check(a: &Article) {
    let candidates = propose(a);
    assert_eq!(candidates, propose(a), "deterministic");
    let mut last: Option<(usize, usize, usize)> = None;
    for c in &candidates {
        let (pi, p) = a
            .paragraphs
            .iter()
            .enumerate()
            .find(|(_, p)| p.id == c.paragraph)
            .expect("the candidate's paragraph is in the article");
        assert_eq!(p.kind, ParagraphKind::Body);
        assert!(c.start < c.end, "{c:?}");
        assert!(c.end <= char_len(&p.text), "{c:?}");
        assert_eq!(char_slice(&p.text, c.start, c.end), Some(c.quote.as_str()));
        assert_eq!(c.quote.trim(), c.quote, "no white space at the ends");
        assert!(!c.speaker.trim().is_empty(), "{c:?}");
        assert!(c.confidence <= 100);
        let key = (pi, c.start, c.end);
        assert!(last.is_none_or(|l| l <= key), "document order");
        last = Some(key);
    }
}

fn corpus() -> Corpus {
    CorpusBuilder::new("t")
        .title("T")
        .side("s", "Side")
        .speaker("x", "X", "s")
        .question("q", "Q?", "")
        .build()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn candidates_are_verbatim_spans_of_arbitrary_text(raw in any::<String>()) {
        check(&body_article(std::slice::from_ref(&raw)));
        check(&article("a", &ArticleMeta::default(), &raw));
    }

    #[test]
    fn candidates_are_verbatim_spans_of_article_like_text(
        paragraphs in prop::collection::vec(texty(), 0..4),
    ) {
        check(&body_article(&paragraphs));
        check(&article("a", &ArticleMeta::default(), &paragraphs.join("\n\n")));
    }

    #[test]
    fn every_candidate_confirmed_is_a_valid_claim(raw in texty()) {
        let c = corpus();
        let meta = ArticleMeta {
            title: String::new(),
            outlet: "Outlet".into(),
            published: "2018-10-24".into(),
            url: "https://example.org/a".into(),
        };
        let a = new_article(&c, &meta, &raw);
        let has_body = a.paragraphs.iter().any(|p| p.kind == ParagraphKind::Body);
        let confirmed: Vec<Confirmed> = propose(&a)
            .into_iter()
            .enumerate()
            .map(|(i, cand)| Confirmed {
                paragraph: cand.paragraph.clone(),
                start: cand.start,
                end: cand.end,
                speaker: if i % 2 == 0 {
                    SpeakerChoice::Existing("x".into())
                } else {
                    SpeakerChoice::New {
                        id: cand.speaker_name().into(),
                        name: cand.speaker_name().into(),
                        role: String::new(),
                        side: SideChoice::New(cand.speaker.clone()),
                    }
                },
                questions: vec!["q".into()],
                stance: BTreeMap::new(),
                kind: cand.kind(),
                attribution: cand.attribution(),
                summary: "s".into(),
            })
            .collect();
        let n = confirmed.len();
        match add_article(&c, a, &confirmed) {
            Ok(out) => {
                prop_assert!(has_body);
                prop_assert_eq!(out.claims.len(), n);
                prop_assert!(validate(&out).is_empty());
            }
            Err(problems) => {
                prop_assert!(!has_body, "{:?}", problems);
            }
        }
    }
}
