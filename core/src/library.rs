//! The corpora a person keeps: the bundled one and the ones they imported. What an import must
//! pass, and what the list of corpora shows about each. Storage itself is the app's (IndexedDB).

use crate::corpus::{Corpus, BUNDLED_ID};
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
            plural(self.articles, "article"),
            plural(self.claims, "claim"),
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

fn plural(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
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
