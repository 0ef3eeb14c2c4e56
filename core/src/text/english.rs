//! The shared English of counts and lists, for every message and label the core writes:
//! "1 claim", "3 claims", "Russia, NATO and the EU", “quoted”, and long values cut short.

use crate::corpus::byte_at;

/// `n` and the noun, in the plural unless `n` is 1: "1 claim", "0 claims", "3 claims". For
/// nouns whose plural adds "s".
pub fn count(n: usize, noun: &str) -> String {
    format!("{n} {noun}{}", plural_s(n))
}

/// `n` with its thousands grouped by commas: 1234567 as "1,234,567".
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(d);
    }
    out
}

/// "s" unless `n` is 1: for a plural inside a longer phrase ("claim{} highlighted").
pub fn plural_s(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Items joined for reading: "a", "a and b", "a, b and c"; empty for none.
pub fn and_list<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_owned(),
        [init @ .., last] => {
            let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            format!("{} and {}", init.join(", "), last.as_ref())
        }
    }
}

/// `s` in typographic double quotes: “s”.
pub fn quoted(s: &str) -> String {
    format!("“{s}”")
}

/// `s` cut to at most `max` characters, with "…" when it was cut.
pub fn shorten(s: &str, max: usize) -> String {
    match byte_at(s, max).filter(|&b| b < s.len()) {
        Some(b) => format!("{}…", s[..b].trim_end()),
        None => s.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_lists_read_as_english() {
        assert_eq!(count(0, "claim"), "0 claims");
        assert_eq!(count(1, "claim"), "1 claim");
        assert_eq!(count(2, "article"), "2 articles");
        for (n, text) in [
            (0, "0"),
            (999, "999"),
            (1000, "1,000"),
            (100_000, "100,000"),
        ] {
            assert_eq!(thousands(n), text);
        }
        assert_eq!(thousands(1_234_567), "1,234,567");
        assert_eq!(and_list::<&str>(&[]), "");
        assert_eq!(and_list(&["Russia"]), "Russia");
        assert_eq!(and_list(&["Russia", "NATO"]), "Russia and NATO");
        assert_eq!(
            and_list(&["Russia", "NATO", "the EU"]),
            "Russia, NATO and the EU"
        );
        assert_eq!(and_list(&["a".to_owned(), "b".to_owned()]), "a and b");
    }

    #[test]
    fn shorten_cuts_at_a_char_and_marks_it() {
        assert_eq!(shorten("abc", 3), "abc");
        assert_eq!(shorten("abcd", 3), "abc…");
        assert_eq!(shorten("ab cd", 3), "ab…");
        assert_eq!(shorten("’’’’", 2), "’’…");
        assert_eq!(quoted("x"), "“x”");
    }
}
