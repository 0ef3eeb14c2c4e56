//! The classes of sentence the proposer missed on articles it was not written on (issue 17),
//! one test a class: each sentence gave no candidate, or the wrong span or speaker, before.

use claimscope_core::paste::{propose, Pattern};
use claimscope_core::testing::body_article as article;

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
        found(&[
            "“We will respond in kind,” foreign ministry spokeswoman Ana Perez told reporters."
        ]),
        rows(&[(
            "We will respond in kind",
            "foreign ministry spokeswoman Ana Perez"
        )])
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
        (
            "The ministry confirmed that talks would resume.",
            "talks would resume.",
            "The ministry",
        ),
        (
            "Roe ruled out any delay to the tariffs.",
            "Roe ruled out any delay to the tariffs.",
            "Roe",
        ),
        (
            "Berg insists the vote was fair.",
            "the vote was fair.",
            "Berg",
        ),
        (
            "The union vowed to stay out until March.",
            "vowed to stay out until March.",
            "The union",
        ),
        (
            "Hale acknowledges that mistakes were made.",
            "mistakes were made.",
            "Hale",
        ),
        (
            "The company announced that it would close the plant.",
            "it would close the plant.",
            "The company",
        ),
        (
            "Moss tweets that the count was rigged.",
            "the count was rigged.",
            "Moss",
        ),
        (
            "Cho wrote that the ruling ignored the evidence.",
            "the ruling ignored the evidence.",
            "Cho",
        ),
        (
            "Baird conceded that the strike had hurt families.",
            "the strike had hurt families.",
            "Baird",
        ),
        (
            "The court ruled that the contract was void.",
            "the contract was void.",
            "The court",
        ),
        (
            "Perez estimated that 40 percent had voted.",
            "40 percent had voted.",
            "Perez",
        ),
        (
            "Roe is urging Congress to act on steel.",
            "Roe is urging Congress to act on steel.",
            "Roe",
        ),
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
        found(&[
            "The ministry denied any role, and its spokesman called the report “a fabrication”."
        ]),
        rows(&[
            ("denied any role", "The ministry"),
            ("called the report “a fabrication”.", "its spokesman"),
        ])
    );
    assert_eq!(
        found(&[
            "Smith rejected the findings of the auditor, who claimed that the contract was rigged."
        ]),
        rows(&[
            ("Smith rejected the findings of the auditor", "Smith"),
            ("the contract was rigged.", "the auditor"),
        ])
    );
    // A verb inside what is reported is still not a speaker of its own.
    assert_eq!(
        found(&["Putin said Russia developed weapons that he said were capable."]),
        rows(&[(
            "Russia developed weapons that he said were capable.",
            "Putin"
        )])
    );
}

#[test]
fn the_patterns_are_unchanged_for_a_direct_quote() {
    let c = propose(&article(&[
        "“We will respond in kind,” foreign ministry spokeswoman Ana Perez told reporters.",
    ]));
    assert_eq!(c.len(), 1);
    assert_eq!(c[0].pattern, Pattern::DirectQuote);
    assert_eq!(c[0].verb, "told");
}

#[test]
fn a_name_between_commas_is_the_speakers_and_a_passive_subject_is_not() {
    assert_eq!(
        found(&["The head of the electoral commission, Dana Ilescu, said the count was fair."]),
        rows(&[(
            "the count was fair.",
            "The head of the electoral commission, Dana Ilescu"
        )])
    );
    assert_eq!(
        found(&["The main opposition party, the Civic Alliance, on Sunday rejected the results."]),
        rows(&[(
            "rejected the results.",
            "The main opposition party, the Civic Alliance"
        )])
    );
    assert!(found(&["The trial is expected to last three weeks."]).is_empty());
    assert!(found(&["Russia was accused of breaking the treaty."]).is_empty());
}

#[test]
fn that_after_an_act_is_a_clause_only_when_one_follows() {
    assert_eq!(
        found(&["Varnikov rejected that account and accused Washington of lying."]),
        rows(&[
            ("Varnikov rejected that account", "Varnikov"),
            ("accused Washington of lying.", "Varnikov"),
        ])
    );
    assert_eq!(
        found(&["The union rejected that, and its general secretary, Dev Anand, called the offer an insult."]),
        rows(&[
            ("rejected that", "The union"),
            ("called the offer an insult.", "its general secretary, Dev Anand"),
        ])
    );
    assert_eq!(
        found(&["Moscow denied that it had tested the missile."]),
        rows(&[("it had tested the missile.", "Moscow")])
    );
}

#[test]
fn an_announcement_after_the_words_and_a_participle_after_it() {
    assert_eq!(
        found(&["Russia will suspend the treaty, Foreign Minister Arkady Belov announced on Saturday, calling the move \"a gift.\""]),
        rows(&[
            ("Russia will suspend the treaty", "Foreign Minister Arkady Belov"),
            ("calling the move \"a gift.\"", "Foreign Minister Arkady Belov"),
        ])
    );
}

#[test]
fn people_named_by_what_they_are_and_it_for_a_body() {
    assert_eq!(
        found(&["Fish died this week, and campaigners blamed a chemical plant for the die-off."]),
        rows(&[(
            "campaigners blamed a chemical plant for the die-off.",
            "campaigners"
        )])
    );
    assert_eq!(
        found(&["The Transport Workers' Alliance estimates that pay has fallen, and it is demanding a rise."]),
        rows(&[
            ("pay has fallen", "The Transport Workers' Alliance"),
            ("it is demanding a rise.", "The Transport Workers' Alliance"),
        ])
    );
    // `it` as the subject of a passive, or of no saying, is no speaker.
    assert!(found(&["It was alleged that the count was rigged."]).is_empty());
}

#[test]
fn the_role_of_a_speaker_named_before_refers_to_them() {
    let c = propose(&article(&[
        "Deputy Foreign Minister Oleg Varnikov said the talks had failed.",
        "The minister, speaking after a meeting, said that Russia had shown the launcher.",
    ]));
    let last = c.last().expect("a candidate");
    assert_eq!(last.speaker, "The minister");
    assert_eq!(last.speaker_name(), "Deputy Foreign Minister Oleg Varnikov");
    // With no one of that role named before, the description stands alone.
    let c = propose(&article(&[
        "The minister said that Russia had shown the launcher.",
    ]));
    assert_eq!(c[0].speaker_name(), "The minister");
}

#[test]
fn names_with_and_inside_and_a_long_role_before_a_name_between_commas() {
    assert_eq!(
        found(&["The Ministry of Trade and Industry said its figures were correct."]),
        rows(&[(
            "its figures were correct.",
            "The Ministry of Trade and Industry"
        )])
    );
    assert_eq!(
        found(&["A spokesman for the Office of the High Commissioner for Fisheries in the North Sea, Piet Vos, said the quota stood."]),
        rows(&[("the quota stood.", "Piet Vos")])
    );
    assert_eq!(
        found(&["According to her lawyer, Tom Reed, the ruling was wrong."]),
        rows(&[("the ruling was wrong.", "her lawyer, Tom Reed")])
    );
    assert_eq!(
        found(&["Its editor, Ann Cole, said the story was true."]),
        rows(&[("the story was true.", "Its editor, Ann Cole")])
    );
}

#[test]
fn that_after_a_noun_is_the_nouns_and_where_it_was_said_is_no_claim() {
    assert_eq!(
        found(&["The league rejected the suggestion that the fine was unfair."]),
        rows(&[(
            "rejected the suggestion that the fine was unfair.",
            "The league"
        )])
    );
    // `said in a statement` after a quotation: the statement is the quotation.
    assert_eq!(
        found(&["“We will appeal,” the club said in a statement."]),
        rows(&[("We will appeal", "the club")])
    );
    assert!(found(&["The firm did not respond to a request for comment."]).is_empty());
}

#[test]
fn a_participle_after_a_clause_without_saying_and_an_attribution_inside_a_sentence() {
    assert_eq!(
        found(&["The trade minister Ana Ruiz went further, accusing the firm of bad faith."]),
        rows(&[(
            "accusing the firm of bad faith.",
            "The trade minister Ana Ruiz"
        )])
    );
    assert_eq!(
        found(&[
            "The quota was fair, he told reporters in Oslo on Monday, and it would not change."
        ]),
        rows(&[("The quota was fair", "he")])
    );
    assert_eq!(
        found(&["The Gazette reported in May that the mayor had lied."]),
        rows(&[("the mayor had lied.", "The Gazette")])
    );
}

#[test]
fn a_name_between_commas_after_a_quote() {
    assert_eq!(
        found(&["“We will not lower the price,” the firm’s chief executive, Dan Ross, said in a statement."]),
        rows(&[("We will not lower the price", "the firm’s chief executive, Dan Ross")])
    );
}
