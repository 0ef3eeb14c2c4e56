//! What the Read screen says above the text: the key of sides with claims in the article, and
//! how many search matches the text holds.

use super::in_text;
use crate::corpus::{Article, Corpus};
use crate::index::{highlight, parse_query};
use crate::text::count;
use std::collections::HashMap;

/// The article's claims of one side.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SideCount<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub claims: usize,
}

/// The key above the text: the sides with claims in the article (corpus order) and how many.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Key<'a> {
    /// The sides with at least one claim in the article.
    pub sides: Vec<SideCount<'a>>,
    /// All the article's claims, whatever their side.
    pub total: usize,
}

impl<'a> Key<'a> {
    pub fn new(corpus: &'a Corpus, a: &Article) -> Key<'a> {
        let mut by_side: HashMap<&str, usize> = HashMap::new();
        let mut total = 0;
        for c in corpus.claims.iter().filter(|c| c.article == a.id) {
            *by_side.entry(c.side.as_str()).or_default() += 1;
            total += 1;
        }
        let sides = corpus
            .sides
            .iter()
            .map(|s| SideCount {
                id: &s.id,
                name: &s.name,
                claims: by_side.get(s.id.as_str()).copied().unwrap_or(0),
            })
            .filter(|s| s.claims > 0)
            .collect();
        Key { sides, total }
    }

    /// "3 claims highlighted, each labelled with its side: "; `None` when there is none.
    pub fn summary(&self) -> Option<String> {
        (self.total > 0).then(|| {
            format!(
                "{} highlighted, each labelled with its side: ",
                count(self.total, "claim")
            )
        })
    }
}

/// The search matches in the text as read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Search {
    /// The search as typed, trimmed.
    pub q: String,
    pub matches: usize,
}

impl Search {
    /// The matches of the search `q` in the article's text; `None` when `q` searches nothing.
    pub fn new(a: &Article, q: &str) -> Option<Search> {
        let query = parse_query(q);
        if query.is_empty() {
            return None;
        }
        let matches = a
            .paragraphs
            .iter()
            .filter(|p| in_text(p.kind))
            .map(|p| highlight(&p.text, &query).len())
            .sum();
        Some(Search {
            q: q.trim().to_owned(),
            matches,
        })
    }

    /// " for “q”: 3 in the text. "
    pub fn summary(&self) -> String {
        format!(" for “{}”: {} in the text. ", self.q, self.matches)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::ParagraphKind;
    use crate::testing::CorpusBuilder;
    use crate::views::read::tests::two_sided;

    #[test]
    fn the_key_counts_claims_by_side_in_corpus_order() {
        let corpus = two_sided();
        let key = Key::new(&corpus, &corpus.articles[0]);
        let sides: Vec<_> = key.sides.iter().map(|s| (s.id, s.name, s.claims)).collect();
        assert_eq!(sides, vec![("nato", "NATO", 1), ("russia", "Russia", 2)]);
        assert_eq!(key.total, 4);
        assert_eq!(
            key.summary().as_deref(),
            Some("4 claims highlighted, each labelled with its side: ")
        );
        let key = Key::new(&corpus, &corpus.articles[1]);
        assert_eq!(
            key.summary().as_deref(),
            Some("1 claim highlighted, each labelled with its side: ")
        );
        let empty = CorpusBuilder::new("e")
            .article("a1", "TASS", "2019")
            .build();
        let key = Key::new(&empty, &empty.articles[0]);
        assert_eq!((key.sides.len(), key.total, key.summary()), (0, 0, None));
    }

    #[test]
    fn search_counts_matches_in_the_text_only() {
        let corpus = CorpusBuilder::new("t")
            .article("a1", "TASS", "2019")
            .paragraph("a1", "p1", "The treaty, the Treaty.")
            .paragraph_of_kind("a1", "p2", "Treaty news", ParagraphKind::Chrome)
            .paragraph_of_kind("a1", "p3", "A treaty photo", ParagraphKind::Caption)
            .build();
        let a = &corpus.articles[0];
        let s = Search::new(a, "  treat ").unwrap();
        assert_eq!(s.q, "treat");
        assert_eq!(s.matches, 3);
        assert_eq!(s.summary(), " for “treat”: 3 in the text. ");
        assert_eq!(Search::new(a, "   "), None);
        assert_eq!(Search::new(a, "missile").map(|s| s.matches), Some(0));
    }
}
