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

pub(super) const PRONOUNS: &[&str] = &["he", "she", "they", "his", "her", "their"];

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
        assert!(!is_pronoun("Putin") && !is_pronoun("it"));
        assert!(is_article("the") && is_article("an") && !is_article("The"));
        assert!(is_stop_first("it") && is_stop_first("your") && !is_stop_first("putin"));
    }
}
