//! Tests of the corpus build against the real sources and annotations, and against broken copies.

use super::*;
use claimscope_core::corpus::{char_slice, ParagraphKind};

fn paths() -> Paths {
    Paths::under(&crate::shell::root())
}

fn annotations() -> Annotations {
    let text = std::fs::read_to_string(paths().annotations).expect("data/annotations.toml");
    Annotations::parse(&text).expect("the annotations parse")
}

fn sources() -> BTreeMap<String, String> {
    read_sources(&paths().sources).expect("data/sources")
}

fn build_err(ann: &Annotations) -> String {
    match build_checked(ann, &sources()) {
        Ok(_) => panic!("the broken annotations built"),
        Err(e) => e,
    }
}

fn claim_index(ann: &Annotations, id: &str) -> usize {
    ann.claims
        .iter()
        .position(|c| c.id == id)
        .unwrap_or_else(|| panic!("no claim {id}"))
}

#[test]
fn rebuild_is_byte_identical_to_data_corpus_json() {
    let corpus = build_from(&paths()).unwrap_or_else(|e| panic!("{e}"));
    let built = to_json(&corpus).unwrap();
    let on_disk = std::fs::read_to_string(paths().corpus).expect("data/corpus.json exists");
    assert!(
        on_disk == built,
        "data/corpus.json is stale: {}",
        first_difference(&on_disk, &built).unwrap_or_default()
    );
    assert!(built.ends_with("}\n"));
    assert!(built.contains("\n  \"schema\": 1,\n"), "two-space indent");
}

#[test]
fn the_build_is_deterministic() {
    let a = to_json(&build_checked(&annotations(), &sources()).unwrap()).unwrap();
    let b = to_json(&build_checked(&annotations(), &sources()).unwrap()).unwrap();
    assert_eq!(a, b);
}

#[test]
fn every_quote_is_verbatim_at_its_offsets() {
    let corpus = build_from(&paths()).unwrap_or_else(|e| panic!("{e}"));
    let problems = validate(&corpus);
    assert!(problems.is_empty(), "{problems:?}");
    let text = |article: &str, paragraph: &str| {
        corpus
            .article(article)
            .and_then(|a| a.paragraph(paragraph))
            .map(|p| p.text.as_str())
            .unwrap_or_else(|| panic!("{article}/{paragraph}"))
    };
    for c in &corpus.claims {
        let span = char_slice(text(&c.article, &c.paragraph), c.start, c.end);
        assert_eq!(span, Some(c.quote.as_str()), "claim {}", c.id);
    }
    for e in &corpus.events {
        let span = char_slice(text(&e.article, &e.paragraph), e.start, e.end);
        assert_eq!(span, Some(e.quote.as_str()), "event {}", e.id);
    }
    for f in &corpus.facts {
        assert!(f.accounts.len() >= 2, "fact {} has one account", f.id);
        for a in &f.accounts {
            let span = char_slice(text(&a.article, &a.paragraph), a.start, a.end);
            assert_eq!(span, Some(a.quote.as_str()), "fact {}", f.id);
        }
    }
}

#[test]
fn paragraph_ids_follow_the_documented_scheme() {
    let corpus = build_checked(&annotations(), &sources()).unwrap();
    let rferl = corpus.article("rferl-2018-11-19-inf").unwrap();
    let ids: Vec<&str> = rferl.paragraphs.iter().map(|p| p.id.as_str()).collect();
    let expected: Vec<String> = ["x1", "x2", "c1", "p1", "p2", "p3", "p4", "p5", "p6", "p7"]
        .iter()
        .chain(&["p8", "r1", "x3", "x4"])
        .map(|l| format!("rferl-2018-11-19-inf-{l}"))
        .collect();
    assert_eq!(ids, expected);
    assert_eq!(
        rferl.title,
        "Putin Mulls Russia Retaliation If U.S. Quits INF Treaty"
    );
    let voa = corpus.article("voa-2018-10-24-inf").unwrap();
    let heading = voa.paragraph("voa-2018-10-24-inf-s1").unwrap();
    assert_eq!(
        (heading.kind, heading.text.as_str()),
        (ParagraphKind::Subheading, "Meeting in November?")
    );
    let body = voa
        .paragraphs
        .iter()
        .filter(|p| p.kind == ParagraphKind::Body)
        .count();
    assert_eq!(body, 13);
    assert_eq!(voa.external, ["outlet", "published", "url"]);
}

#[test]
fn a_quote_not_in_the_text_names_the_claim() {
    let mut ann = annotations();
    let i = claim_index(&ann, "voa-bolton-long-and-deep");
    ann.claims[i].quote = "called Russian violations of the treaty \"wide and deep.\"".into();
    let e = build_err(&ann);
    assert!(
        e.contains("claim voa-bolton-long-and-deep: quote not found"),
        "{e}"
    );
    assert!(e.contains("wide and deep"), "{e}");
}

#[test]
fn an_unknown_speaker_side_or_question_names_the_claim() {
    let mut ann = annotations();
    let i = claim_index(&ann, "rferl-putin-answer");
    ann.claims[i].speaker = "medvedev".into();
    let e = build_err(&ann);
    assert!(
        e.contains("claim rferl-putin-answer: unknown speaker `medvedev`"),
        "{e}"
    );

    let mut ann = annotations();
    ann.claims[i].side = Some("china".into());
    ann.claims[i].questions.push("sanctions".into());
    ann.claims[i].kind = "boast".into();
    let e = build_err(&ann);
    for part in [
        "claim rferl-putin-answer: unknown side `china`",
        "claim rferl-putin-answer: unknown question `sanctions`",
        "claim rferl-putin-answer: unknown kind `boast`",
    ] {
        assert!(e.contains(part), "{part} missing in: {e}");
    }
}

#[test]
fn an_ambiguous_quote_fails_unless_paragraph_and_occurrence_pick_one() {
    let mut ann = annotations();
    let i = claim_index(&ann, "voa-putin-ready-to-work");
    ann.claims[i].quote = "Putin said".into();
    let e = build_err(&ann);
    assert!(
        e.contains("claim voa-putin-ready-to-work: quote is ambiguous"),
        "{e}"
    );
    // Named paragraph, one occurrence there: the claim builds (coverage still holds).
    ann.claims[i].paragraph = Some("p6".into());
    let corpus = build_checked(&ann, &sources()).unwrap_or_else(|e| panic!("{e}"));
    let c = corpus.claim("voa-putin-ready-to-work").unwrap();
    assert_eq!(c.paragraph, "voa-2018-10-24-inf-p6");
    // An occurrence that is not there.
    ann.claims[i].occurrence = Some(2);
    let e = build_err(&ann);
    assert!(e.contains("occurrence 2 asked"), "{e}");
    // A paragraph that is not there.
    ann.claims[i].paragraph = Some("p99".into());
    let e = build_err(&ann);
    assert!(e.contains("no paragraph `voa-2018-10-24-inf-p99`"), "{e}");
}

#[test]
fn an_uncovered_attribution_sentence_fails_coverage() {
    let mut ann = annotations();
    let i = claim_index(&ann, "rferl-us-denies-missile-defense");
    ann.claims.remove(i);
    let e = build_err(&ann);
    assert!(e.contains("coverage"), "{e}");
    assert!(
        e.contains("article rferl-2018-11-19-inf, paragraph rferl-2018-11-19-inf-p4"),
        "{e}"
    );
    assert!(e.contains("«Washington denies that.»"), "{e}");
}

#[test]
fn background_entries_are_checked() {
    // Without its background entry, the sentence is uncovered.
    let mut ann = annotations();
    let removed = ann.background.remove(0);
    let e = build_err(&ann);
    assert!(e.contains(&removed.sentence), "{e}");

    // An entry for a sentence a claim already covers is refused.
    let mut ann = annotations();
    ann.background.push(format::BackgroundAnn {
        article: "voa-2018-10-24-inf".into(),
        sentence: "Russia denies violating the INF pact".into(),
        reason: "test".into(),
    });
    let e = build_err(&ann);
    assert!(
        e.contains("covered by claim voa-russia-denies; remove the entry"),
        "{e}"
    );

    // An entry matching no sentence is refused.
    let mut ann = annotations();
    ann.background[0].sentence = "not in any sentence".into();
    let e = build_err(&ann);
    assert!(e.contains("matches no sentence"), "{e}");
}

#[test]
fn a_source_without_an_article_fails() {
    let mut sources = sources();
    sources.insert("999_extra.txt".into(), "Headline\n\nBody.\n".into());
    let e = build_checked(&annotations(), &sources).unwrap_err();
    assert!(e.contains("source 999_extra.txt: no article"), "{e}");
}

#[test]
fn the_summary_counts_every_claim_once_per_side() {
    let corpus = build_checked(&annotations(), &sources()).unwrap();
    let s = summary(&corpus);
    let per_side: usize = corpus
        .sides
        .iter()
        .map(|side| corpus.claims.iter().filter(|c| c.side == side.id).count())
        .sum();
    assert_eq!(per_side, corpus.claims.len());
    assert!(s.contains("claims per side:") && s.contains("claims per question"));
    assert!((25..=40).contains(&corpus.claims.len()), "{s}");
}

#[test]
fn first_difference_names_the_line() {
    assert_eq!(first_difference("a\nb\n", "a\nb\n"), None);
    let d = first_difference("a\nb\n", "a\nc\n").unwrap();
    assert!(
        d.contains("line 2") && d.contains("\"b\"") && d.contains("\"c\""),
        "{d}"
    );
    let d = first_difference("a\n", "a\nb\n").unwrap();
    assert!(d.contains("(end of file)"), "{d}");
}
