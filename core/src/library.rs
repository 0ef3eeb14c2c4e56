//! The corpora a person keeps: the bundled one and the ones they imported. What an import must
//! pass, and what the list of corpora shows about each. Storage itself is the app's (IndexedDB).

use crate::corpus::{Corpus, BUNDLED_ID};
use crate::text::count;
use crate::validate::{self, Problem};

/// Checks a file a person imports, by the same rules as the build's corpus ([`validate::parse`]:
/// size, JSON syntax, schema, fields, ids, references, verbatim quotes), plus one: the bundled
/// corpus's id is taken. Returns the corpus or the first problems.
pub fn check_import(json: &str) -> Result<Corpus, Vec<Problem>> {
    let corpus = validate::parse(json)?;
    if corpus.id == BUNDLED_ID {
        return Err(vec![Problem {
            path: "id".into(),
            message: format!(
                "the id “{BUNDLED_ID}” belongs to the articles that come with Claimscope; \
                 give this corpus another id"
            ),
        }]);
    }
    Ok(corpus)
}

/// What the list of corpora shows about one, without loading it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Entry {
    pub id: String,
    pub title: String,
    pub articles: usize,
    pub claims: usize,
    /// Size of the stored JSON text, in bytes.
    pub bytes: usize,
    /// When it was saved, as an ISO 8601 timestamp from the browser's clock.
    pub saved: String,
}

impl Entry {
    pub fn of(corpus: &Corpus, bytes: usize, saved: String) -> Entry {
        Entry {
            id: corpus.id.clone(),
            title: display_title(corpus),
            articles: corpus.articles.len(),
            claims: corpus.claims.len(),
            bytes,
            saved,
        }
    }

    /// "3 articles · 41 claims · 120 KB".
    pub fn summary(&self) -> String {
        format!(
            "{} · {} · {}",
            count(self.articles, "article"),
            count(self.claims, "claim"),
            size(self.bytes)
        )
    }
}

/// The corpus's title, or its id when it has none.
pub fn display_title(corpus: &Corpus) -> String {
    if corpus.title.trim().is_empty() {
        corpus.id.clone()
    } else {
        corpus.title.clone()
    }
}

/// The problems of a refused import, for "it has …": "this problem", "3 problems", or, when
/// the check stopped at [`validate::MAX_PROBLEMS`], "at least 20 problems; the first are".
pub fn problems_in_words(n: usize) -> String {
    if n >= validate::MAX_PROBLEMS {
        format!("at least {n} problems; the first are")
    } else if n == 1 {
        "this problem".to_owned()
    } else {
        count(n, "problem")
    }
}

/// Bytes in words: "812 bytes", "120 KB", "3.4 MB" (1 KB = 1,024 bytes).
pub fn size(bytes: usize) -> String {
    const KB: usize = 1024;
    const MB: usize = 1024 * KB;
    if bytes < KB {
        format!("{bytes} bytes")
    } else if bytes < MB {
        format!("{} KB", bytes.div_ceil(KB))
    } else {
        let tenths = (bytes * 10).div_ceil(MB);
        format!("{}.{} MB", tenths / 10, tenths % 10)
    }
}

/// True when a link's `corpus` parameter names the corpus with this id (no parameter names the
/// bundled one).
pub fn names(param: Option<&str>, corpus_id: &str) -> bool {
    param.unwrap_or(BUNDLED_ID) == corpus_id
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::CorpusBuilder;

    #[test]
    fn an_entry_sums_up_in_words() {
        let c = CorpusBuilder::new("mine")
            .title("  ")
            .article("a1", "TASS", "2019-02-01")
            .build();
        let e = Entry::of(&c, 2048, "2026-12-01T10:00:00Z".into());
        assert_eq!(e.title, "mine");
        assert_eq!(e.summary(), "1 article · 0 claims · 2 KB");
        assert_eq!(size(812), "812 bytes");
        assert_eq!(size(3_565_158), "3.4 MB");
        assert_eq!(size(3_565_159), "3.5 MB");
    }

    #[test]
    fn a_refusal_counts_its_problems() {
        assert_eq!(problems_in_words(1), "this problem");
        assert_eq!(problems_in_words(3), "3 problems");
        assert_eq!(
            problems_in_words(validate::MAX_PROBLEMS),
            "at least 20 problems; the first are"
        );
    }

    #[test]
    fn the_bundled_id_is_taken_and_named_by_default() {
        let json = serde_json::to_string(&CorpusBuilder::new(BUNDLED_ID).build()).unwrap();
        let problems = check_import(&json).unwrap_err();
        assert!(problems[0]
            .message
            .contains("belongs to the articles that come with"));
        assert!(names(None, BUNDLED_ID) && names(Some("x"), "x") && !names(None, "x"));
    }
}
