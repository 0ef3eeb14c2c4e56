//! The corpora a person keeps: the bundled one and the ones they imported. What an import must
//! pass, and what the list of corpora shows about each. Storage itself is the app's (IndexedDB).

use crate::corpus::{Corpus, BUNDLED_ID};
use crate::text::count;
use crate::validate::{self, Problem};

/// Checks a file a person imports, by the same rules as the build's corpus ([`validate::parse`]:
/// size, JSON syntax, schema, fields, ids, references, verbatim quotes), plus [`import_rule`].
/// Returns the corpus or the first problems.
pub fn check_import(json: &str) -> Result<Corpus, Vec<Problem>> {
    let corpus = validate::parse(json)?;
    import_rule(&corpus)?;
    Ok(corpus)
}

/// The one rule an import adds to the build's checks: the bundled corpus's id is taken.
pub fn import_rule(corpus: &Corpus) -> Result<(), Vec<Problem>> {
    if corpus.id == BUNDLED_ID {
        return Err(vec![Problem {
            path: "id".into(),
            message: format!(
                "the id “{BUNDLED_ID}” belongs to the articles that come with Claimscope; \
                 give this corpus another id"
            ),
        }]);
    }
    Ok(())
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
    /// Where it was downloaded from, for a corpus opened from a link's `src`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub src: Option<String>,
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
            src: None,
        }
    }

    /// "3 articles · 41 claims · 120 KB".
    pub fn summary(&self) -> String {
        let published = self
            .src
            .as_deref()
            .map(|src| format!(" · published at {}", src_host(src)))
            .unwrap_or_default();
        format!(
            "{} · {} · {}{published}",
            count(self.articles, "article"),
            count(self.claims, "claim"),
            size(self.bytes as u64)
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

/// Bytes in words: "812 bytes", "120 KB", "3.4 MB", "12.5 GB" (1 KB = 1,024 bytes). In `u64`,
/// as browsers count storage: a quota of many GB overflows a wasm32 `usize`.
pub fn size(bytes: u64) -> String {
    const KB: u64 = 1024;
    const MB: u64 = 1024 * KB;
    const GB: u64 = 1024 * MB;
    let tenths = |unit: u64| (u128::from(bytes) * 10).div_ceil(u128::from(unit));
    if bytes < KB {
        format!("{bytes} bytes")
    } else if bytes < MB {
        format!("{} KB", bytes.div_ceil(KB))
    } else if bytes < GB {
        let t = tenths(MB);
        format!("{}.{} MB", t / 10, t % 10)
    } else {
        let t = tenths(GB);
        format!("{}.{} GB", t / 10, t % 10)
    }
}

/// What a person reads when the browser's storage for this site is full: how much the corpus
/// needs, how much is free (from `navigator.storage.estimate()`, when the browser says), that
/// nothing kept changed, and how to make room.
pub fn storage_full(needed: usize, usage: Option<u64>, quota: Option<u64>) -> String {
    let needed = needed as u64;
    let room = match (usage, quota) {
        (Some(used), Some(quota)) if quota.saturating_sub(used) < needed => {
            let free = quota.saturating_sub(used);
            format!(
                " It needs about {}, and only {} {} free (this site uses {} of the {} the \
                 browser allows it).",
                size(needed),
                size(free),
                if free == 1 { "is" } else { "are" },
                size(used),
                size(quota)
            )
        }
        // The browser's estimate leaves room, and yet it refused: the limit is elsewhere.
        (Some(used), Some(quota)) => format!(
            " It needs about {}; the browser reports {} free for this site, but the device \
             itself may be short of space, or the browser's settings may limit this site.",
            size(needed),
            size(quota.saturating_sub(used))
        ),
        _ => format!(" It needs about {}.", size(needed)),
    };
    format!(
        "The browser's storage for this site is full, so the corpus was not kept.{room} Nothing \
         you had has changed. To make room, delete a corpus you no longer need in the Library \
         (download it first, from its Claims view, to keep a copy), then import again."
    )
}

/// The longest address a link's `src` may hold.
pub const MAX_SRC_CHARS: usize = 2000;

/// Why `url` cannot be where a linked corpus is published, if it cannot: it must be an
/// `https://` address (a corpus from a plain `http://` address could be changed on its way by
/// anyone on the network), at most [`MAX_SRC_CHARS`] characters.
pub fn src_problem(url: &str) -> Option<String> {
    if url.chars().count() > MAX_SRC_CHARS {
        return Some(format!("longer than {MAX_SRC_CHARS} characters"));
    }
    let https = url
        .get(..8)
        .is_some_and(|s| s.eq_ignore_ascii_case("https://"));
    if !https || !validate::is_web_address(url) {
        return Some("not an https:// address".to_owned());
    }
    None
}

/// The host of an address, to name it to a person: "example.org" for
/// "https://example.org/corpus.json"; the address itself when it has none.
pub fn src_host(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    if host.is_empty() {
        url
    } else {
        host
    }
}

/// The question asked before a link's corpus is downloaded.
pub fn src_question(url: &str) -> String {
    format!(
        "This link opens a corpus published at {}. Open it? It is downloaded from there once and \
         kept in this browser; nothing is sent there but the request for the file.",
        src_host(url)
    )
}

/// True when a link's `corpus` parameter names the corpus with this id (no parameter names the
/// bundled one).
pub fn names(param: Option<&str>, corpus_id: &str) -> bool {
    param.unwrap_or(BUNDLED_ID) == corpus_id
}

/// The id of the first editable copy of the bundled corpus.
pub const COPY_ID: &str = "my-copy";

/// An editable copy of `corpus` (the bundled one is read-only): the same articles and claims
/// under a new id, `my-copy` or the first of `my-copy-2`, `my-copy-3`, … that `taken` does not
/// hold, titled as a copy.
pub fn editable_copy(corpus: &Corpus, taken: &[String]) -> Corpus {
    let id = (1..)
        .map(|n| match n {
            1 => COPY_ID.to_owned(),
            n => format!("{COPY_ID}-{n}"),
        })
        .find(|id| !taken.contains(id))
        .unwrap_or_default();
    Corpus {
        id,
        title: format!("{} (your copy)", display_title(corpus)),
        ..corpus.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_editable_copy_takes_a_free_id() {
        let bundled = crate::testing::sample_corpus();
        let copy = editable_copy(&bundled, &[]);
        assert_eq!(
            (copy.id.as_str(), copy.title.as_str()),
            ("my-copy", "INF Treaty (your copy)")
        );
        assert_eq!(copy.claims, bundled.claims);
        let taken = ["my-copy".to_owned(), "my-copy-2".to_owned()];
        assert_eq!(editable_copy(&bundled, &taken).id, "my-copy-3");
    }
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
        let linked = Entry {
            src: Some("https://example.org:8443/d/inf.json".into()),
            ..e
        };
        assert_eq!(
            linked.summary(),
            "1 article · 0 claims · 2 KB · published at example.org:8443"
        );
        assert_eq!(src_host("https://user@example.org/x"), "example.org");
        assert_eq!(src_host("nothing"), "nothing");
        assert_eq!(src_problem("https://example.org/c.json"), None);
        assert!(src_problem("http://example.org/c.json").is_some());
        assert!(src_problem(&format!(
            "https://example.org/{}",
            "a".repeat(MAX_SRC_CHARS)
        ))
        .is_some());
        assert_eq!(size(812), "812 bytes");
        assert_eq!(size(3_565_158), "3.4 MB");
        assert_eq!(size(3_565_159), "3.5 MB");
        assert_eq!(size(12u64 << 30), "12.0 GB");
        assert_eq!(size(u64::MAX), "17179869184.0 GB");
    }

    #[test]
    fn full_storage_says_what_is_needed_what_is_free_and_what_to_do() {
        let m = storage_full(
            5 * 1024 * 1024,
            Some(9 * 1024 * 1024),
            Some(10 * 1024 * 1024),
        );
        assert!(
            m.starts_with("The browser's storage for this site is full"),
            "{m}"
        );
        assert!(
            m.contains(
                "It needs about 5.0 MB, and only 1.0 MB are free (this site uses 9.0 MB of the 10.0 MB"
            ),
            "{m}"
        );
        assert!(m.contains("Nothing you had has changed."), "{m}");
        assert!(
            m.contains("delete a corpus you no longer need in the Library"),
            "{m}"
        );
        // More used than allowed (the estimate is rough): nothing is free, never a negative.
        let m = storage_full(2048, Some(11), Some(10));
        assert!(m.contains("and only 0 bytes are free"), "{m}");
        // An estimate with room to spare does not explain the refusal: said so.
        let m = storage_full(2048, Some(1024), Some(10 << 30));
        assert!(
            m.contains("It needs about 2 KB; the browser reports 10.0 GB free for this site, but"),
            "{m}"
        );
        let m = storage_full(2048, None, None);
        assert!(m.contains("It needs about 2 KB. Nothing you had"), "{m}");
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
