//! The classes of sentence the proposer missed on articles it was not written on (issue 17),
//! one test a class: each sentence gave no candidate, or the wrong span or speaker, before.

use claimscope_core::corpus::{Article, Paragraph, ParagraphKind};
use claimscope_core::paste::{propose, Pattern};

fn article(paragraphs: &[&str]) -> Article {
    Article {
        id: "a".into(),
        outlet: String::new(),
        title: String::new(),
        published: String::new(),
        url: String::new(),
        paragraphs: paragraphs
            .iter()
            .enumerate()
            .map(|(i, t)| Paragraph {
                id: format!("a-p{}", i + 1),
                kind: ParagraphKind::Body,
                text: (*t).into(),
            })
            .collect(),
        external: vec![],
        external_source: String::new(),
    }
}

/// (quote, speaker name) of each candidate.
fn found(paragraphs: &[&str]) -> Vec<(String, String)> {
    propose(&article(paragraphs))
        .into_iter()
        .map(|c| (c.quote.clone(), c.speaker_name().to_owned()))
        .collect()
}

fn rows(r: &[(&str, &str)]) -> Vec<(String, String)> {
    r.iter().map(|(q, s)| ((*q).into(), (*s).into())).collect()
}

#[test]
fn an_abbreviation_that_is_also_a_word_opens_a_name() {
    assert_eq!(
        found(&["US Trade Representative Jane Roe said on Monday that tariffs would rise."]),
        rows(&[("tariffs would rise.", "US Trade Representative Jane Roe")])
    );
    assert_eq!(
        found(&["UK Foreign Secretary Tom Hale warned that the deal was at risk."]),
        rows(&[("the deal was at risk.", "UK Foreign Secretary Tom Hale")])
    );
    assert_eq!(
        found(&["EU trade chief Anna Berg said the measures were illegal."]),
        rows(&[("the measures were illegal.", "EU trade chief Anna Berg")])
    );
    assert_eq!(
        found(&["“Talks must resume,” said UN envoy Lia Moss."]),
        rows(&[("Talks must resume", "UN envoy Lia Moss")])
    );
    // The pronoun is still not a speaker.
    assert!(found(&["It is up to us to say what happens next."]).is_empty());
}

#[test]
fn a_lowercase_role_after_a_quote_is_the_speaker() {
    assert_eq!(
        found(&["“We will respond in kind,” foreign ministry spokeswoman Ana Perez told reporters."]),
        rows(&[("We will respond in kind", "foreign ministry spokeswoman Ana Perez")])
    );
    assert_eq!(
        found(&["The offer is an insult, union leader Tom Baird said."]),
        rows(&[("The offer is an insult", "union leader Tom Baird")])
    );
    assert_eq!(
        found(&["\"My client is innocent,\" said defence lawyer Mia Cho."]),
        rows(&[("My client is innocent", "defence lawyer Mia Cho")])
    );
}

#[test]
fn more_verbs_of_saying() {
    let cases: &[(&str, &str, &str)] = &[
        ("The ministry confirmed that talks would resume.", "talks would resume.", "The ministry"),
        ("Roe ruled out any delay to the tariffs.", "Roe ruled out any delay to the tariffs.", "Roe"),
        ("Berg insists the vote was fair.", "the vote was fair.", "Berg"),
        ("The union vowed to stay out until March.", "vowed to stay out until March.", "The union"),
        ("Hale acknowledges that mistakes were made.", "mistakes were made.", "Hale"),
        ("The company announced that it would close the plant.", "it would close the plant.", "The company"),
        ("Moss tweets that the count was rigged.", "the count was rigged.", "Moss"),
        ("Cho wrote that the ruling ignored the evidence.", "the ruling ignored the evidence.", "Cho"),
        ("Baird conceded that the strike had hurt families.", "the strike had hurt families.", "Baird"),
        ("The court ruled that the contract was void.", "the contract was void.", "The court"),
        ("Perez estimated that 40 percent had voted.", "40 percent had voted.", "Perez"),
        ("Roe is urging Congress to act on steel.", "Roe is urging Congress to act on steel.", "Roe"),
    ];
    for (sentence, quote, speaker) in cases {
        assert_eq!(found(&[sentence]), rows(&[(quote, speaker)]), "{sentence}");
    }
}

#[test]
fn words_between_the_speaker_and_the_verb() {
    assert_eq!(
        found(&["The minister, speaking after talks with his counterparts in Geneva, said that the deal was dead."]),
        rows(&[("the deal was dead.", "The minister")])
    );
    assert_eq!(
        found(&["Jane Roe, the chief negotiator, said the offer stood."]),
        rows(&[("the offer stood.", "Jane Roe")])
    );
    assert_eq!(
        found(&["Roe, in a statement late on Tuesday, said the offer stood."]),
        rows(&[("the offer stood.", "Roe")])
    );
    assert_eq!(
        found(&["Roe late on Tuesday said the offer stood."]),
        rows(&[("the offer stood.", "Roe")])
    );
}

#[test]
fn two_speakers_in_one_sentence() {
    assert_eq!(
        found(&["The ministry denied any role, and its spokesman called the report “a fabrication”."]),
        rows(&[
            ("denied any role", "The ministry"),
            ("called the report “a fabrication”.", "its spokesman"),
        ])
    );
    assert_eq!(
        found(&["Smith rejected the findings of the auditor, who claimed that the contract was rigged."]),
        rows(&[
            ("Smith rejected the findings of the auditor", "Smith"),
            ("the contract was rigged.", "the auditor"),
        ])
    );
    // A verb inside what is reported is still not a speaker of its own.
    assert_eq!(
        found(&["Putin said Russia developed weapons that he said were capable."]),
        rows(&[("Russia developed weapons that he said were capable.", "Putin")])
    );
}

#[test]
fn the_patterns_are_unchanged_for_a_direct_quote() {
    let c = propose(&article(&["“We will respond in kind,” foreign ministry spokeswoman Ana Perez told reporters."]));
    assert_eq!(c.len(), 1);
    assert_eq!(c[0].pattern, Pattern::DirectQuote);
    assert_eq!(c[0].verb, "told");
}
