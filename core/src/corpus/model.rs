//! The corpus model, schema version 1.
//!
//! These types are the JSON format of `data/corpus.json` and of every corpus a person imports.
//! Field names are fixed: links, tests and imported corpora depend on them.
//!
//! Offsets (`start`, `end`) count Unicode scalar values (Rust `char`s) from the start of the
//! paragraph's `text`; `end` is exclusive. `quote` must equal that span exactly.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The schema version this build reads and writes.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Corpus {
    pub schema: u32,
    /// A short id naming this corpus in links (`bundled` for the shipped one).
    #[serde(default = "default_corpus_id")]
    pub id: String,
    /// A human title for the corpus.
    #[serde(default)]
    pub title: String,
    pub articles: Vec<Article>,
    pub sides: Vec<Side>,
    pub speakers: Vec<Speaker>,
    pub questions: Vec<Question>,
    pub claims: Vec<Claim>,
    #[serde(default)]
    pub events: Vec<Event>,
    /// Facts that two or more outlets describe differently, set side by side.
    #[serde(default)]
    pub facts: Vec<Fact>,
}

fn default_corpus_id() -> String {
    "corpus".to_owned()
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    pub id: String,
    pub outlet: String,
    pub title: String,
    /// ISO 8601 date: `YYYY-MM-DD`, or `YYYY-MM` where the day is unknown.
    pub published: String,
    pub url: String,
    pub paragraphs: Vec<Paragraph>,
    /// Names of the metadata fields (`outlet`, `published`, `url`, ...) whose value does not come
    /// from the article's own text but from outside it (for example a public listing).
    #[serde(default)]
    pub external: Vec<String>,
    /// Where the metadata from outside the text came from, in plain words.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub external_source: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ParagraphKind {
    /// Running text of the article.
    Body,
    /// A subheading inside the body.
    Subheading,
    /// A photo caption.
    Caption,
    /// The wire-service credit line ("With reporting by ...").
    Credit,
    /// Page chrome: navigation, image placeholders, the outlet's footer.
    Chrome,
}

impl ParagraphKind {
    pub const ALL: [ParagraphKind; 5] = [
        ParagraphKind::Body,
        ParagraphKind::Subheading,
        ParagraphKind::Caption,
        ParagraphKind::Credit,
        ParagraphKind::Chrome,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ParagraphKind::Body => "body",
            ParagraphKind::Subheading => "subheading",
            ParagraphKind::Caption => "caption",
            ParagraphKind::Credit => "credit",
            ParagraphKind::Chrome => "chrome",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    pub id: String,
    pub kind: ParagraphKind,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Side {
    pub id: String,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    pub id: String,
    pub name: String,
    pub role: String,
    /// The id of the side this speaker speaks for.
    pub side: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    pub id: String,
    /// The point in dispute, phrased as a yes/no question.
    pub text: String,
    /// A few words naming the question in compact views.
    #[serde(default)]
    pub short: String,
}

/// A claim's answer to one question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    Yes,
    No,
    /// A conditional or qualified answer.
    Mixed,
}

impl Stance {
    pub const ALL: [Stance; 3] = [Stance::Yes, Stance::No, Stance::Mixed];

    pub fn as_str(self) -> &'static str {
        match self {
            Stance::Yes => "yes",
            Stance::No => "no",
            Stance::Mixed => "mixed",
        }
    }

    /// Two stances contradict each other when one says yes and the other no.
    pub fn contradicts(self, other: Stance) -> bool {
        matches!(
            (self, other),
            (Stance::Yes, Stance::No) | (Stance::No, Stance::Yes)
        )
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ClaimKind {
    Accusation,
    Denial,
    Warning,
    Threat,
    Offer,
    Prediction,
    Assessment,
    Position,
}

impl ClaimKind {
    pub const ALL: [ClaimKind; 8] = [
        ClaimKind::Accusation,
        ClaimKind::Denial,
        ClaimKind::Warning,
        ClaimKind::Threat,
        ClaimKind::Offer,
        ClaimKind::Prediction,
        ClaimKind::Assessment,
        ClaimKind::Position,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Accusation => "accusation",
            ClaimKind::Denial => "denial",
            ClaimKind::Warning => "warning",
            ClaimKind::Threat => "threat",
            ClaimKind::Offer => "offer",
            ClaimKind::Prediction => "prediction",
            ClaimKind::Assessment => "assessment",
            ClaimKind::Position => "position",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Attribution {
    /// A direct quote of the speaker, in quotation marks in the article.
    Direct,
    /// The article restates what the speaker said.
    Paraphrase,
    /// The article reports a position without a particular utterance.
    Reported,
}

impl Attribution {
    pub const ALL: [Attribution; 3] = [
        Attribution::Direct,
        Attribution::Paraphrase,
        Attribution::Reported,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Attribution::Direct => "direct",
            Attribution::Paraphrase => "paraphrase",
            Attribution::Reported => "reported",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// A verbatim span of one paragraph.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub article: String,
    pub paragraph: String,
    pub quote: String,
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claim {
    pub id: String,
    pub article: String,
    pub paragraph: String,
    pub speaker: String,
    pub side: String,
    /// Ids of the questions this claim speaks to.
    pub questions: Vec<String>,
    /// The claim's answer to each question where one applies (question id to stance).
    #[serde(default)]
    pub stance: BTreeMap<String, Stance>,
    pub kind: ClaimKind,
    pub attribution: Attribution,
    /// A short restatement of the claim in plain words.
    #[serde(default)]
    pub summary: String,
    pub quote: String,
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    pub id: String,
    /// ISO 8601 date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub date: String,
    pub label: String,
    /// The sentence that states the event.
    pub article: String,
    pub paragraph: String,
    pub quote: String,
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fact {
    pub id: String,
    /// What is described, in plain words ("What the INF Treaty bans").
    pub topic: String,
    /// Each outlet's description, verbatim.
    pub accounts: Vec<Span>,
}

impl Corpus {
    pub fn article(&self, id: &str) -> Option<&Article> {
        self.articles.iter().find(|a| a.id == id)
    }

    pub fn side(&self, id: &str) -> Option<&Side> {
        self.sides.iter().find(|s| s.id == id)
    }

    pub fn speaker(&self, id: &str) -> Option<&Speaker> {
        self.speakers.iter().find(|s| s.id == id)
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    pub fn claim(&self, id: &str) -> Option<&Claim> {
        self.claims.iter().find(|c| c.id == id)
    }
}

impl Article {
    pub fn paragraph(&self, id: &str) -> Option<&Paragraph> {
        self.paragraphs.iter().find(|p| p.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stances_contradict_only_yes_against_no() {
        assert!(Stance::Yes.contradicts(Stance::No));
        assert!(Stance::No.contradicts(Stance::Yes));
        assert!(!Stance::Yes.contradicts(Stance::Mixed));
        assert!(!Stance::No.contradicts(Stance::No));
    }
}
