//! How the outlets word the same fact: each account's words, with those that differ marked.

use crate::corpus::Fact;
use crate::text::{word_diff, Part};

/// The parts of each account of `fact`, in order: the first against the second, every other
/// against the first (a single account is all [`Part::Same`]).
pub fn account_parts(fact: &Fact) -> Vec<Vec<Part>> {
    let quotes: Vec<&str> = fact.accounts.iter().map(|a| a.quote.as_str()).collect();
    match quotes.as_slice() {
        [] => Vec::new(),
        [only] => vec![vec![Part::Same((*only).to_owned())]],
        [first, second, rest @ ..] => {
            let (a, b) = word_diff(first, second);
            let mut out = vec![a, b];
            out.extend(rest.iter().map(|r| word_diff(first, r).1));
            out
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Span;

    fn fact(quotes: &[&str]) -> Fact {
        Fact {
            id: "f".into(),
            topic: "t".into(),
            accounts: quotes
                .iter()
                .map(|q| Span {
                    article: "a".into(),
                    paragraph: "p".into(),
                    quote: q.to_string(),
                    start: 0,
                    end: 0,
                })
                .collect(),
        }
    }

    fn changed(parts: &[Part]) -> Vec<&str> {
        parts
            .iter()
            .filter(|p| p.is_changed())
            .map(Part::text)
            .collect()
    }

    #[test]
    fn accounts_are_diffed_against_the_first() {
        assert!(account_parts(&fact(&[])).is_empty());
        assert_eq!(
            account_parts(&fact(&["The treaty bans missiles."])),
            [vec![Part::Same("The treaty bans missiles.".into())]]
        );
        let first = "The treaty bans missiles";
        let second = "The treaty bans rockets";
        let third = "The pact bans missiles";
        let parts = account_parts(&fact(&[first, second, third]));
        assert_eq!(parts.len(), 3);
        let (a, b) = word_diff(first, second);
        assert_eq!(parts[0], a);
        assert_eq!(parts[1], b);
        assert_eq!(parts[2], word_diff(first, third).1);
        for (p, quote) in parts.iter().zip([first, second, third]) {
            assert_eq!(p.iter().map(Part::text).collect::<String>(), quote);
        }
        assert_eq!(changed(&parts[1]), ["rockets"]);
        assert_eq!(changed(&parts[2]), ["pact"]);
    }
}
