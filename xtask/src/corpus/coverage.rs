//! The coverage check: every sentence of a body paragraph that attributes speech or a position
//! must overlap at least one claim, or be listed as background with a reason.

use super::format::BackgroundAnn;
use claimscope_core::model::{char_slice, Corpus, ParagraphKind};
use claimscope_core::segment::sentences;

/// Words that attribute speech or a position, compared case-insensitively as whole words
/// (a word is a run of letters; "Russia's" is the words "russia" and "s").
///
/// "state" and "states" are left out on purpose: they would match "United States".
#[rustfmt::skip]
pub const ATTRIBUTION_WORDS: &[&str] = &[
    // saying and telling
    "say", "says", "said", "saying", "tell", "tells", "told", "telling", "stated", "statement",
    "statements", "spokesman", "spokeswoman", "spokesperson", "quoted", "quote", "according",
    "added", "adding", "adds", "wrote", "tweeted", "announced", "announces", "announcement",
    "declared", "declares", "declaring", "declaration", "asserted", "asserts", "stressed",
    "emphasized", "reiterated", "noted", "explained", "replied", "responded", "remarked",
    "commented",
    // warning and threatening
    "warn", "warns", "warned", "warning", "warnings", "caution", "cautions", "cautioned",
    "cautioning", "threat", "threats", "threaten", "threatens", "threatened", "threatening", "vow",
    "vows", "vowed", "pledge", "pledged", "pledges", "promise", "promised", "promises",
    // denying and accusing
    "deny", "denies", "denied", "denying", "denial", "denials", "reject", "rejects", "rejected",
    "dismiss", "dismissed", "dismisses", "accuse", "accuses", "accused", "accusing", "accusation",
    "accusations", "blame", "blames", "blamed", "blaming", "allege", "alleges", "alleged",
    "alleging", "allegedly", "allegation", "allegations", "charge", "charged", "charges",
    "criticize", "criticized", "criticizes", "criticism", "condemn", "condemned", "condemns",
    "claim", "claims", "claimed", "claiming", "insist", "insists", "insisted", "argue", "argues",
    "argued", "contend", "contends", "contended", "maintain", "maintains", "maintained", "call",
    "calls", "called", "calling", "describe", "described", "dubbed", "labeled", "branded",
    // believing and implying
    "believe", "believes", "believed", "belief", "imply", "implies", "implied", "implying",
    "suggest", "suggests", "suggested", "think", "thinks", "thought", "view", "views", "consider",
    "considers", "considered", "expect", "expects", "expected", "predict", "predicts", "predicted",
    "foresee", "foresees", "foresaw", "fear", "fears", "feared", "hope", "hopes", "hoped", "doubt",
    "doubts", "doubted", "acknowledge", "acknowledged", "admit", "admitted", "admits", "agree",
    "agreed", "agrees", "disagree", "disagreed",
    // positions, offers, demands
    "cite", "cites", "cited", "citing", "position", "positions", "stance", "ready", "readiness",
    "willing", "offer", "offers", "offered", "propose", "proposes", "proposed", "proposal",
    "demand", "demands", "demanded", "urge", "urges", "urged", "want", "wants", "wanted", "intend",
    "intends", "intended", "intention", "respond", "responds", "response", "answer", "retaliate",
    "retaliation",
];

/// The first attribution word in `sentence`, if any.
pub fn attribution_word(sentence: &str) -> Option<&'static str> {
    sentence
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .find_map(|w| {
            let lower = w.to_lowercase();
            ATTRIBUTION_WORDS.iter().copied().find(|a| *a == lower)
        })
}

struct Sentence<'a> {
    article: &'a str,
    paragraph: &'a str,
    start: usize,
    end: usize,
    text: &'a str,
}

/// All problems of coverage: uncovered attribution sentences and background entries that match
/// no sentence, several sentences, a sentence without attribution, or a sentence a claim covers.
pub fn check(corpus: &Corpus, background: &[BackgroundAnn]) -> Vec<String> {
    let mut all: Vec<Sentence> = Vec::new();
    for a in &corpus.articles {
        for p in a
            .paragraphs
            .iter()
            .filter(|p| p.kind == ParagraphKind::Body)
        {
            for (start, end) in sentences(&p.text) {
                all.push(Sentence {
                    article: &a.id,
                    paragraph: &p.id,
                    start,
                    end,
                    text: char_slice(&p.text, start, end).unwrap_or_default(),
                });
            }
        }
    }
    let covering = |s: &Sentence| {
        corpus
            .claims
            .iter()
            .find(|c| {
                c.article == s.article
                    && c.paragraph == s.paragraph
                    && c.start < s.end
                    && s.start < c.end
            })
            .map(|c| c.id.as_str())
    };

    let mut problems = Vec::new();
    let mut listed = vec![false; all.len()];
    for (i, b) in background.iter().enumerate() {
        let name = format!("background {} ({})", i + 1, b.article);
        if corpus.article(&b.article).is_none() {
            problems.push(format!("{name}: unknown article `{}`", b.article));
            continue;
        }
        if b.reason.trim().is_empty() {
            problems.push(format!("{name}: gives no reason"));
        }
        let hits: Vec<usize> = (0..all.len())
            .filter(|&k| all[k].article == b.article && all[k].text.contains(&b.sentence))
            .collect();
        match hits.as_slice() {
            [] => problems.push(format!(
                "{name}: matches no sentence of the article's body: «{}»",
                b.sentence
            )),
            [k] => {
                let s = &all[*k];
                if attribution_word(s.text).is_none() {
                    problems.push(format!(
                        "{name}: the sentence has no word of attribution and needs no entry: «{}»",
                        s.text
                    ));
                } else if let Some(c) = covering(s) {
                    problems.push(format!(
                        "{name}: the sentence is covered by claim {c}; remove the entry: «{}»",
                        s.text
                    ));
                }
                listed[*k] = true;
            }
            many => problems.push(format!(
                "{name}: matches {} sentences; give more of the sentence: «{}»",
                many.len(),
                b.sentence
            )),
        }
    }

    for (k, s) in all.iter().enumerate() {
        if listed[k] {
            continue;
        }
        if let Some(word) = attribution_word(s.text) {
            if covering(s).is_none() {
                problems.push(format!(
                    "coverage: article {}, paragraph {}, chars {}..{}: the sentence attributes \
                     (\"{word}\") but no claim covers it and it is not listed as background: «{}»",
                    s.article, s.paragraph, s.start, s.end, s.text
                ));
            }
        }
    }
    problems
}
