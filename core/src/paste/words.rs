//! Word classes the patterns read: auxiliaries and time words between a speaker and its verb,
//! words that break or cannot open a speaker's phrase, articles, possessives and pronouns.

/// Words between a subject and its verb: `Russia has repeatedly denied`.
pub(super) const AUX: &[&str] = &[
    "has",
    "have",
    "had",
    "is",
    "are",
    "was",
    "were",
    "will",
    "would",
    "also",
    "repeatedly",
    "previously",
    "again",
    "later",
    "then",
    "not",
    "already",
    "still",
    "now",
    "once",
    "just",
    "recently",
    "earlier",
    "reportedly",
    "did",
    "does",
    "do",
    "been",
    "publicly",
    "openly",
    "formally",
    "has",
    "never",
    "often",
    "first",
    "further",
];

pub(super) const DAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tonight",
];

pub(super) const TIME_NOUNS: &[&str] = &[
    "week", "month", "year", "weekend", "morning", "evening", "night",
];

pub(super) const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Words that end the phrase before a subject.
pub(super) const BREAKERS: &[&str] = &[
    "that", "but", "while", "because", "if", "when", "although", "as", "after", "before", "since",
    "whereas", "though", "where", "and", "or",
];

pub(super) const POSSESSIVES: &[&str] = &["his", "her", "their"];

/// Words of where and when something was said, between a verb of saying and its `that`:
/// `said in a statement late on Monday that`.
#[rustfmt::skip]
const ADVERBIAL: &[&str] = &[
    "on", "in", "at", "during", "after", "before", "a", "an", "the", "his", "her", "its", "their",
    "last", "this", "earlier", "late", "early", "again", "also", "repeatedly", "publicly",
    "statement", "interview", "letter", "post", "speech", "briefing", "news", "conference",
    "press", "television", "radio", "broadcast", "televised", "written", "social", "media",
    "reporters", "journalists", "parliament", "congress", "court", "hearing", "meeting",
    "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend",
];

/// Whether `w` (lower-case) can stand between a verb of saying and its `that` ([`ADVERBIAL`],
/// days, months and numbers).
pub(super) fn adverbial(w: &str) -> bool {
    ADVERBIAL.contains(&w)
        || DAYS.contains(&w)
        || MONTHS.contains(&w)
        || (!w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()))
}

/// Determiners that may open a speaker's phrase before a role: `its spokesman`, `his lawyer`.
pub(super) const OWNERS: &[&str] = &["its", "his", "her", "their"];

/// Nouns of roles and bodies that speak, which let a phrase open in lower case: `foreign ministry
/// spokeswoman Ana Perez`, `union leader Tom Baird`, `its spokesman`.
#[rustfmt::skip]
pub(super) const ROLES: &[&str] = &[
    "spokesman", "spokeswoman", "spokesperson", "minister", "ministry", "secretary", "official",
    "officials", "adviser", "advisor", "ambassador", "envoy", "president", "leader", "leaders",
    "chief", "head", "director", "lawyer", "lawyers", "attorney", "prosecutor", "prosecutors",
    "judge", "negotiator", "representative", "chairman", "chairwoman", "chair", "commander",
    "governor", "mayor", "senator", "analyst", "economist", "expert", "scientist", "researcher",
    "organiser", "organizer", "executive", "manager", "candidate", "campaigner", "activist",
    "counsel", "inspector", "auditor", "regulator", "commissioner", "delegate", "diplomat",
    "deputy", "lawmaker", "legislator", "chancellor", "officer", "union", "government",
    "company", "party", "campaign", "office", "department", "embassy", "court", "council",
    "committee", "agency", "board", "steward", "boss", "premier", "speaker", "aide", "aides",
    "editor", "publisher", "solicitor", "barrister", "owner", "founder", "superintendent",
    "principal", "coach", "secretary-general", "mp", "senator", "councillor", "councilor",
];

/// Nouns whose own `that` clause follows them: `rejected the suggestion that ...` is the act on
/// the suggestion, not a report of it.
#[rustfmt::skip]
pub(super) const NOUNS_WITH_THAT: &[&str] = &[
    "suggestion", "suggestions", "claim", "claims", "idea", "notion", "allegation",
    "allegations", "report", "reports", "charge", "charges", "accusation", "accusations", "view",
    "assertion", "argument", "fact", "possibility", "prospect", "fears", "fear", "demand",
    "demands", "assurance", "assurances", "warning", "warnings", "rumours", "rumors", "proposal",
];

/// Prepositions: a speaker's noun phrase does not reach back past one (`the findings of the
/// auditor, who claimed`: the speaker is `the auditor`).
pub(super) const PREPOSITIONS: &[&str] = &[
    "of", "to", "in", "on", "at", "for", "with", "by", "from", "against", "about", "over", "into",
    "under", "between", "among",
];

pub(super) const PRONOUNS: &[&str] = &["he", "she", "they", "it", "his", "her", "their"];

/// Whether the word `n` can open a clause after `that`: a capital, a number, an article, a
/// pronoun or a quantifier (`denied that it had`, `warned that the plan`), not a noun (`rejected
/// that account`).
pub(super) fn opens_clause(n: &super::tokens::Tok) -> bool {
    n.cap
        || n.lower.starts_with(|c: char| c.is_ascii_digit())
        || is_article(&n.lower)
        || [
            "it", "he", "she", "they", "we", "i", "you", "there", "this", "these", "those", "its",
            "his", "her", "their", "our", "no", "some", "all", "any", "such", "more", "most",
            "none", "nothing", "only", "both", "neither", "each", "every", "if",
        ]
        .contains(&n.lower.as_str())
}

/// People named by what they are, in the plural, who may speak without a name: `campaigners
/// blamed`, `senior officials said`.
#[rustfmt::skip]
pub(super) const PEOPLE: &[&str] = &[
    "campaigners", "officials", "critics", "residents", "protesters", "workers", "analysts",
    "experts", "diplomats", "lawmakers", "prosecutors", "investigators", "scientists",
    "activists", "lawyers", "economists", "observers", "opponents", "supporters", "farmers",
    "fishermen", "unions", "teachers", "doctors", "nurses", "drivers", "members", "leaders",
    "negotiators", "ministers", "sources", "environmentalists", "researchers", "witnesses",
    "organisers", "organizers", "strikers", "voters", "authorities", "regulators", "inspectors",
];

pub(super) fn is_pronoun(w: &str) -> bool {
    PRONOUNS.contains(&w.to_lowercase().as_str())
}

pub(super) fn is_article(w: &str) -> bool {
    matches!(w, "the" | "a" | "an")
}

/// Words that cannot open a speaker's name.
pub(super) fn is_stop_first(w: &str) -> bool {
    [
        "it", "this", "that", "these", "those", "there", "here", "what", "which", "who", "in",
        "on", "at", "after", "before", "if", "when", "while", "as", "since", "although", "for",
        "with", "by", "from", "to", "i", "we", "you", "us", "me", "so", "but", "and", "or", "both",
        "all", "some", "many", "its", "our", "my", "your",
    ]
    .contains(&w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pronouns_articles_and_first_words() {
        assert!(is_pronoun("He") && is_pronoun("their"));
        // `it` refers to a body named before: "The union ... it is demanding".
        assert!(!is_pronoun("Putin") && is_pronoun("it") && !is_pronoun("its"));
        assert!(is_article("the") && is_article("an") && !is_article("The"));
        assert!(is_stop_first("it") && is_stop_first("your") && !is_stop_first("putin"));
    }
}
