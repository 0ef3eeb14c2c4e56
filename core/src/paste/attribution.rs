//! Words that attribute speech or a position: one list, shared by the build's coverage check
//! (`cargo xtask corpus`) and by [`crate::paste::propose`], which reads the words' roles.
//!
//! Words are compared case-insensitively as whole words (a word is a run of letters; "Russia's"
//! is the words "russia" and "s"). "state" and "states" are left out on purpose: they would match
//! "United States".

use crate::corpus::ClaimKind;

/// What a word of attribution does in a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// A verb of saying or thinking whose complement is what was said:
    /// "Putin **said** Russia would respond", "he **believes** treaties may not apply".
    Say,
    /// A verb of a speech act that takes an object; the act itself is the claim:
    /// "Russia **denies** violating the pact", "Stoltenberg **blamed** Russia for ...".
    Act,
    /// A noun naming what was said: "U.S. **threats** to pull out", "his **intention** to ...".
    Noun,
    /// A word that signals attribution but does not carry it alone ("according", "spokesman",
    /// "ready"): the coverage check counts it, [`crate::paste::propose`] anchors nothing on it (except
    /// "according to", which it reads as a pattern of its own).
    Cue,
}

/// Verbs of saying and thinking ([`Role::Say`]).
#[rustfmt::skip]
pub const SAY: &[&str] = &[
    "say", "says", "said", "saying", "tell", "tells", "told", "telling", "stated", "added",
    "adding", "adds", "wrote", "tweeted", "asserted", "asserts", "stressed", "emphasized", "reiterated", "noted",
    "explained", "replied", "remarked", "commented", "insist", "insists", "insisted", "argue",
    "argues", "argued", "contend", "contends", "contended", "maintain", "maintains", "maintained",
    "claim", "claims", "claimed", "claiming", "allege", "alleges", "alleged", "alleging",
    "believe", "believes", "believed", "imply", "implies", "implied", "implying", "suggest",
    "suggests", "suggested", "think", "thinks", "thought", "expect", "expects", "expected",
    "predict", "predicts", "predicted", "foresee", "foresees", "foresaw", "fear", "fears", "feared",
    "hope", "hopes", "hoped", "doubt", "doubts", "doubted", "acknowledge", "acknowledged", "admit",
    "admitted", "admits", "agree", "agreed", "agrees", "disagree", "disagreed", "confirm",
    "confirms", "confirmed", "confirming", "acknowledges", "acknowledging", "concede", "concedes",
    "conceded", "conceding", "estimated", "estimates", "ruled", "tweets", "writes", "insisting", "arguing",
    "noting", "stressing", "testified", "countered", "retorted", "signaled", "signalled",
    "indicated", "hinted", "concluded", "emphasised", "recalled", "reported",
];

/// Verbs of speech acts ([`Role::Act`]).
#[rustfmt::skip]
pub const ACT: &[&str] = &[
    "warn", "warns", "warned", "warning", "caution", "cautions", "cautioned", "cautioning",
    "threaten", "threatens", "threatened", "threatening", "vow", "vows", "vowed", "pledge",
    "pledged", "pledges", "promise", "promised", "promises", "deny", "denies", "denied", "denying",
    "reject", "rejects", "rejected", "dismiss", "dismissed", "dismisses", "accuse", "accuses",
    "accused", "accusing", "blame", "blames", "blamed", "blaming", "charge", "charged", "charges",
    "criticize", "criticized", "criticizes", "condemn", "condemned", "condemns", "call", "calls",
    "called", "calling", "describe", "described", "dubbed", "labeled", "branded", "cite", "cites",
    "cited", "citing", "offer", "offers", "offered", "propose", "proposes", "proposed", "demand",
    "demands", "demanded", "urge", "urges", "urged", "respond", "responds", "responded",
    "announced", "announces", "declared", "declares", "declaring", "announce", "announcing",
    "vowing", "pledging", "promising", "rejecting", "dismissing", "demanding", "urging",
    "criticised", "criticises", "criticising", "condemning", "denounced", "denounces", "slammed",
    "slams", "welcomed", "welcomes", "defended", "defends", "disputed", "questioned", "praised",
    "hailed", "refuted", "rebuffed", "decried", "lambasted",
];

/// Verbs of two words, a verb and its particle, with the role of the pair: `ruled out`.
#[rustfmt::skip]
pub const PHRASAL: &[(&str, &str, Role)] = &[
    ("rule", "out", Role::Act), ("rules", "out", Role::Act), ("ruled", "out", Role::Act),
    ("ruling", "out", Role::Act), ("pointed", "out", Role::Say), ("points", "out", Role::Say),
    ("lashed", "out", Role::Act), ("hit", "back", Role::Act), ("hits", "back", Role::Act),
];

/// The role of the verb `word` followed by `next` (both lower-case) as one verb of two words,
/// if they are one (`ruled out`).
pub fn phrasal_role(word: &str, next: &str) -> Option<Role> {
    PHRASAL
        .iter()
        .find(|(w, n, _)| *w == word && *n == next)
        .map(|(_, _, r)| *r)
}

/// Nouns naming what was said ([`Role::Noun`]).
#[rustfmt::skip]
pub const NOUN: &[&str] = &[
    "statement", "statements", "announcement", "declaration", "warnings", "threat", "threats",
    "denial", "denials", "accusation", "accusations", "allegation", "allegations", "criticism",
    "belief", "position", "positions", "stance", "readiness", "proposal", "intention", "response",
    "answer", "retaliation",
];

/// Other signals of attribution ([`Role::Cue`]).
#[rustfmt::skip]
pub const CUE: &[&str] = &[
    "spokesman", "spokeswoman", "spokesperson", "quoted", "quote", "according", "allegedly",
    "view", "views", "consider", "considers", "considered", "ready", "willing", "want", "wants",
    "wanted", "intend", "intends", "intended", "retaliate",
];

/// The role of `word` (lower-case), if it is a word of attribution.
pub fn role(word: &str) -> Option<Role> {
    [
        (SAY, Role::Say),
        (ACT, Role::Act),
        (NOUN, Role::Noun),
        (CUE, Role::Cue),
    ]
    .into_iter()
    .find(|(list, _)| list.contains(&word))
    .map(|(_, r)| r)
}

/// All words of attribution, in the order of the lists above.
pub fn words() -> impl Iterator<Item = &'static str> {
    SAY.iter().chain(ACT).chain(NOUN).chain(CUE).copied()
}

/// The first word of attribution in `sentence`, if any.
pub fn attribution_word(sentence: &str) -> Option<&'static str> {
    sentence
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .find_map(|w| {
            let lower = w.to_lowercase();
            words().find(|a| *a == lower)
        })
}

/// The kind of claim a word of attribution suggests; a person confirms or changes it.
pub fn suggested_kind(word: &str) -> ClaimKind {
    let w = word.to_lowercase();
    let starts = |stems: &[&str]| stems.iter().any(|s| w.starts_with(s));
    if starts(&["warn", "caution"]) {
        ClaimKind::Warning
    } else if starts(&["threat", "vow", "retaliat"]) {
        ClaimKind::Threat
    } else if starts(&[
        "den",
        "reject",
        "dismiss",
        "refut",
        "rebuff",
        "disput",
        "ruled out",
    ]) {
        ClaimKind::Denial
    } else if starts(&[
        "accus", "blam", "alleg", "charge", "critici", "condemn", "cite", "citing", "slam",
        "denounc", "decr", "lambast",
    ]) {
        ClaimKind::Accusation
    } else if starts(&["offer", "propos", "pledg", "promis", "ready", "readiness"]) {
        ClaimKind::Offer
    } else if starts(&["predict", "expect", "forese", "fear", "hope", "doubt"]) {
        ClaimKind::Prediction
    } else if starts(&[
        "believ", "belief", "think", "thought", "call", "describ", "dubbed", "label", "brand",
        "impl", "suggest",
    ]) {
        ClaimKind::Assessment
    } else {
        ClaimKind::Position
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_lowercase_and_listed_once() {
        let mut seen = std::collections::BTreeSet::new();
        for w in words() {
            assert_eq!(w, w.to_lowercase());
            assert!(seen.insert(w), "{w} twice");
        }
    }

    #[test]
    fn attribution_words_match_whole_words_case_insensitively() {
        assert_eq!(attribution_word("Putin SAID it."), Some("said"));
        assert_eq!(
            attribution_word("Russia's position is clear."),
            Some("position")
        );
        assert_eq!(
            attribution_word("In 2002, the United States withdrew from the ABM."),
            None
        );
        assert_eq!(attribution_word("Unsaid things."), None);
    }

    #[test]
    fn roles_and_kinds() {
        assert_eq!(role("said"), Some(Role::Say));
        assert_eq!(role("denies"), Some(Role::Act));
        assert_eq!(role("threats"), Some(Role::Noun));
        assert_eq!(role("according"), Some(Role::Cue));
        assert_eq!(role("states"), None);
        assert_eq!(suggested_kind("warned"), ClaimKind::Warning);
        assert_eq!(suggested_kind("denies"), ClaimKind::Denial);
        assert_eq!(suggested_kind("accused"), ClaimKind::Accusation);
        assert_eq!(suggested_kind("said"), ClaimKind::Position);
        assert_eq!(suggested_kind("ruled out"), ClaimKind::Denial);
        assert_eq!(phrasal_role("ruled", "out"), Some(Role::Act));
        assert_eq!(phrasal_role("ruled", "that"), None);
    }
}
