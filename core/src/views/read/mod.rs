//! The Read screen: one article as the outlet published it, each claim's words highlighted in
//! its side's colour and named by a side label, the search matches marked, and page chrome and
//! the credit line set aside.
//!
//! The app recomputes each part on its own signal, so the model comes in parts:
//!
//! - [`open_article`]: which article opens: the first in the `article` filter, else the focused
//!   claim's, else the first of the corpus.
//! - [`Header`]: which of the headline, outlet, date and address come from outside the text,
//!   and whether the address may become a link.
//! - [`Key`]: the article's claims counted by side.
//! - [`Search`]: how many search matches the text holds.
//! - [`Text`]: the paragraphs, each cut into [`Part`]s (plain text, a claim's highlighted
//!   stretch, a side label of its own), with events and search matches inside; the paragraphs
//!   set aside; the claims whose words could not be placed.
//! - [`picker_hint`]: what the article picker's filter found.
//!
//! One file a part: `header.rs`, `key.rs` (the key and the search count), `text.rs` (with
//! `spans.rs`, where overlapping stretches are laid out). Claims count their offsets in chars;
//! the text is cut in bytes, and every conversion goes through `corpus::CharIndex`.

mod header;
mod key;
mod spans;
mod text;

pub use header::{Address, Header};
pub use key::{Key, Search, SideCount};
pub use text::{in_text, ClaimSpan, EventMark, Para, Part, Piece, Text};

use crate::corpus::Corpus;
use crate::state::ViewState;
use crate::text::count;
use crate::views::article_picker::{Picked, LIMIT};

/// The article to open (an index into `corpus.articles`; see the module docs); `None` when the
/// corpus has none.
pub fn open_article(corpus: &Corpus, state: &ViewState) -> Option<usize> {
    let pos = |id: &str| corpus.articles.iter().position(|a| a.id == id);
    state
        .articles
        .iter()
        .find_map(|id| pos(id))
        .or_else(|| {
            state
                .claim
                .as_deref()
                .and_then(|c| corpus.claim(c))
                .and_then(|c| pos(&c.article))
        })
        .or((!corpus.articles.is_empty()).then_some(0))
}

/// What the picker's hint says of the articles matching its filter.
pub fn picker_hint(picked: &Picked) -> String {
    match picked.matching {
        0 => "No article matches.".to_owned(),
        n if n > LIMIT => format!("The first {LIMIT} of {n} matching articles."),
        n => format!("{}.", count(n, "matching article")),
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::testing::{claim, sample_corpus, CorpusBuilder};

    fn state() -> ViewState {
        ViewState::default()
    }

    #[test]
    fn the_article_filter_then_the_claim_then_the_first_opens() {
        let corpus = sample_corpus();
        assert_eq!(open_article(&corpus, &state()), Some(0));
        let s = ViewState {
            claim: Some("c1".into()),
            ..state()
        };
        assert_eq!(open_article(&corpus, &s), Some(0));
        let s = ViewState {
            articles: ["nope".to_owned(), "a3".to_owned()].into(),
            claim: Some("c1".into()),
            ..state()
        };
        assert_eq!(open_article(&corpus, &s), Some(2));
        let mut moved = corpus.clone();
        moved.claims[0].article = "a2".into();
        let s = ViewState {
            articles: ["nope".to_owned()].into(),
            claim: Some("c1".into()),
            ..state()
        };
        assert_eq!(open_article(&moved, &s), Some(1));
        let s = ViewState {
            claim: Some("gone".into()),
            ..state()
        };
        assert_eq!(open_article(&corpus, &s), Some(0));
        assert_eq!(open_article(&CorpusBuilder::new("e").build(), &s), None);
    }

    #[test]
    fn the_picker_hint_counts_matches() {
        let hint = |matching| {
            picker_hint(&Picked {
                articles: vec![],
                matching,
            })
        };
        assert_eq!(hint(0), "No article matches.");
        assert_eq!(hint(1), "1 matching article.");
        assert_eq!(hint(LIMIT), format!("{LIMIT} matching articles."));
        assert_eq!(
            hint(LIMIT + 1),
            format!("The first {LIMIT} of {} matching articles.", LIMIT + 1)
        );
    }

    /// Two sides, a third side with no claim in a1, and a claim of a side the corpus lacks.
    pub(in crate::views::read) fn two_sided() -> Corpus {
        CorpusBuilder::new("t")
            .side("nato", "NATO")
            .side("russia", "Russia")
            .side("eu", "EU")
            .speaker("putin", "Vladimir Putin", "russia")
            .article("a1", "TASS", "2019-02-01")
            .paragraph("a1", "p1", "Russia would respond, NATO said, and so on.")
            .article("a2", "TASS", "2019-02-02")
            .paragraph("a2", "p1", "Elsewhere.")
            .quote(claim("c1", "a1", "p1", "putin", "russia"), "Russia")
            .quote(claim("c2", "a1", "p1", "putin", "nato"), "NATO")
            .quote(claim("c3", "a1", "p1", "putin", "russia"), "respond")
            .quote(claim("c4", "a1", "p1", "putin", "ghosts"), "so on")
            .quote(claim("c5", "a2", "p1", "putin", "eu"), "Elsewhere")
            .build()
    }
}
