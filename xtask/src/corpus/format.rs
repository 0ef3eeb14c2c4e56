//! The hand-written annotation file, `data/annotations.toml` (documented in `data/README.md`).
//!
//! Unknown fields are errors, so a misspelt field name fails the build instead of being ignored.

use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Annotations {
    pub corpus: CorpusMeta,
    pub articles: Vec<ArticleAnn>,
    pub sides: Vec<SideAnn>,
    pub speakers: Vec<SpeakerAnn>,
    pub questions: Vec<QuestionAnn>,
    #[serde(default)]
    pub claims: Vec<ClaimAnn>,
    /// Sentences with a word of attribution that carry no claim, with the reason.
    #[serde(default)]
    pub background: Vec<BackgroundAnn>,
    #[serde(default)]
    pub events: Vec<EventAnn>,
    #[serde(default)]
    pub facts: Vec<FactAnn>,
}

impl Annotations {
    /// Parses the TOML text; the error names the line and the field.
    pub fn parse(text: &str) -> Result<Self, String> {
        toml::from_str(text).map_err(|e| e.to_string())
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CorpusMeta {
    pub id: String,
    pub title: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleAnn {
    /// The short id claims use to name the article.
    pub id: String,
    /// The raw text's file name in `data/sources/`.
    pub file: String,
    pub outlet: String,
    pub published: String,
    pub url: String,
    /// Overrides the headline found by segmentation (normally absent).
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub external: Vec<String>,
    #[serde(default)]
    pub external_source: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SideAnn {
    pub id: String,
    pub name: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpeakerAnn {
    pub id: String,
    pub name: String,
    pub role: String,
    pub side: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionAnn {
    pub id: String,
    pub text: String,
    pub short: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimAnn {
    pub id: String,
    pub article: String,
    pub speaker: String,
    /// Defaults to the speaker's side.
    #[serde(default)]
    pub side: Option<String>,
    pub questions: Vec<String>,
    /// Question id to `yes`, `no` or `mixed`.
    #[serde(default)]
    pub stance: BTreeMap<String, String>,
    pub kind: String,
    pub attribution: String,
    pub summary: String,
    pub quote: String,
    /// The paragraph's local id (`p3`, `c1`, ...) when the quote is not unique in the article.
    #[serde(default)]
    pub paragraph: Option<String>,
    /// Which occurrence (1-based) when the quote occurs more than once in `paragraph`.
    #[serde(default)]
    pub occurrence: Option<usize>,
    /// A note for annotators; not copied into the corpus.
    #[serde(default, rename = "note")]
    pub _note: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BackgroundAnn {
    pub article: String,
    /// The sentence, or a fragment of it found in exactly one sentence of the article's body.
    pub sentence: String,
    pub reason: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventAnn {
    pub id: String,
    pub date: String,
    pub label: String,
    pub article: String,
    pub quote: String,
    #[serde(default)]
    pub paragraph: Option<String>,
    #[serde(default)]
    pub occurrence: Option<usize>,
    /// A note for annotators; not copied into the corpus.
    #[serde(default, rename = "note")]
    pub _note: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FactAnn {
    pub id: String,
    pub topic: String,
    pub accounts: Vec<AccountAnn>,
    /// A note for annotators; not copied into the corpus.
    #[serde(default, rename = "note")]
    pub _note: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AccountAnn {
    pub article: String,
    pub quote: String,
    #[serde(default)]
    pub paragraph: Option<String>,
    #[serde(default)]
    pub occurrence: Option<usize>,
}
