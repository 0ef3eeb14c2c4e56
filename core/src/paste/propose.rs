//! Candidate claims in an article's body paragraphs, found from patterns of attribution; a person
//! confirms, edits or drops each one.
//!
//! [`propose`] reads each body paragraph (subheadings, captions, credits and chrome are skipped)
//! and fires these patterns (see [`Pattern`]):
//!
//! - **Direct quote**: words in quotation marks (`"..."`, `“...”`, `«...»`) with the speaker
//!   beside them: `"...," Putin said`, `"...," said Putin`, `Putin said: "..."`. A quotation
//!   that opens its sentence is proposed sentence by sentence, without its marks; a quotation
//!   inside a sentence (`The withdrawal "would not go unanswered," Putin said`) is proposed from
//!   the start of the sentence to the closing mark. A quotation that opens its sentence but has
//!   no speaker beside it continues the last speaker ("continued quote").
//! - **Reported speech**: a speaker and a verb of attribution: `Putin said (that) ...`,
//!   `Russia denies violating ...`, `The Russian leader had previously warned that ...`. For a
//!   verb of saying ([`Role::Say`](crate::paste::Role::Say)) the candidate is what follows the
//!   verb (after `that`); for a verb of a speech act ([`Role::Act`](crate::paste::Role::Act)) it
//!   is the act itself, from the verb (from the speaker when the speaker is one word right
//!   before it: `Washington denies that.`). A second verb
//!   joined by `and`/`but` or a participle after a comma (`, adding that ...`, `, citing ...`)
//!   keeps the speaker and starts a candidate of its own; verbs inside the reported words (`that
//!   he said were`) start none.
//! - **Trailing attribution**: `..., Putin said.` / `..., said Putin.` without quotation marks.
//! - **According to**: `According to NATO, ...` / `..., according to NATO.`
//! - **Nominal**: a noun of saying with its owner: `U.S. threats to pull out ...`,
//!   `Moscow's denial ...`, `his intention to ...`.
//!
//! The speaker is the phrase as written. `he`, `she`, `they`, `his`, `her`, `their` refer to the
//! last speaker named before, in document order ([`Candidate::refers_to`]).
//!
//! Offsets are `char` offsets into the paragraph's text, `end` exclusive, and
//! [`Candidate::quote`] is exactly that span: a confirmed candidate is a verbatim quote.

//!
//! This file holds the model ([`Pattern`], [`Candidate`]) and the walk over the article that
//! resolves pronouns; the patterns themselves read one paragraph at a time (`paragraph.rs`, with
//! `direct.rs`, `reported.rs` and `subject.rs`, over `tokens.rs`, `quotes.rs` and `words.rs`).

use super::paragraph::{Found, Paragraph};
use super::pattern::Pattern;
use super::words::is_pronoun;
use crate::corpus;
use crate::corpus::{char_at, char_len, Article, Attribution, ClaimKind, ParagraphKind};
use crate::paste::{name_and_role, suggested_kind};
use crate::text::fold;

/// A proposed claim: a verbatim span of one paragraph and who it is attributed to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    /// The id of the paragraph in the article.
    pub paragraph: String,
    /// Char offsets into the paragraph's text, `end` exclusive.
    pub start: usize,
    pub end: usize,
    /// Exactly the paragraph's text from `start` to `end`.
    pub quote: String,
    /// The speaker as written: "Russian President Vladimir Putin", "he", "U.S.".
    pub speaker: String,
    /// For a pronoun (`he`, `his`, ...), the last speaker named before it, if any.
    pub refers_to: Option<String>,
    /// The word or words of attribution as written: "said", "denies", "according to", "threats".
    pub verb: String,
    pub pattern: Pattern,
    /// 0 to 100: the pattern's confidence, less when the speaker is only a pronoun.
    pub confidence: u8,
}

impl Candidate {
    /// The speaker's name to match against known speakers: the named speaker a pronoun refers to,
    /// or the phrase as written.
    pub fn speaker_name(&self) -> &str {
        self.refers_to.as_deref().unwrap_or(&self.speaker)
    }

    /// The kind of claim the verb suggests.
    pub fn kind(&self) -> ClaimKind {
        suggested_kind(&self.verb)
    }

    /// The attribution the pattern suggests.
    pub fn attribution(&self) -> Attribution {
        self.pattern.attribution()
    }
}

/// Candidate claims of every body paragraph of `article`, in document order (by paragraph, then
/// by start, then by end).
pub fn propose(article: &Article) -> Vec<Candidate> {
    let mut proposer = Proposer::default();
    let mut out = Vec::new();
    while !proposer.is_done(article) {
        out.extend(proposer.next_paragraph(article));
    }
    out
}

/// [`propose`], a paragraph at a time, so that a long paste can be read in parts with the page
/// answering in between. It carries the last speaker named from one paragraph to the next.
#[derive(Clone, Debug, Default)]
pub struct Proposer {
    /// The index of the next paragraph to read.
    next: usize,
    last_named: Option<String>,
    /// Speakers named with a name so far, the latest last: `the minister` refers to the latest
    /// whose phrase holds `minister`.
    named: Vec<String>,
}

impl Proposer {
    /// How many paragraphs were read.
    pub fn read(&self) -> usize {
        self.next
    }

    /// Whether every paragraph of `article` was read.
    pub fn is_done(&self, article: &Article) -> bool {
        self.next >= article.paragraphs.len()
    }

    /// The candidates of the next paragraph of `article`, in order; none for a paragraph that is
    /// not body text, or when every paragraph was read.
    pub fn next_paragraph(&mut self, article: &Article) -> Vec<Candidate> {
        let Some(p) = article.paragraphs.get(self.next) else {
            return Vec::new();
        };
        self.next += 1;
        if p.kind != ParagraphKind::Body {
            return Vec::new();
        }
        let mut here = Paragraph::new(&p.text).candidates();
        here.sort_by_key(|f| (f.start, f.end));
        here.into_iter()
            .filter_map(|f| self.resolve(p, f))
            .collect()
    }

    /// The speaker named before that a description such as `the minister` refers to: the latest
    /// whose phrase holds the description's last word (`Deputy Foreign Minister Oleg
    /// Varnikov`). `None` for a phrase with a name of its own, or no such speaker.
    fn described(&self, phrase: &str) -> Option<String> {
        let mut words = phrase.split_whitespace();
        let article = words.next()?;
        if !["the", "The"].contains(&article) || has_name(phrase) {
            return None;
        }
        let head = fold(words.last()?.trim_matches(|c: char| !c.is_alphanumeric()));
        self.named
            .iter()
            .rev()
            .find(|n| {
                fold(n)
                    .split(|c: char| !c.is_alphanumeric() && c != '-')
                    .any(|w| w == head)
            })
            .cloned()
    }

    /// The candidate of `f`, found in `p`: its speaker as written, or the one a pronoun refers
    /// to, or the last one named for a quotation with none (a continued quote; nothing when no
    /// speaker was named yet).
    fn resolve(&mut self, p: &corpus::Paragraph, f: Found) -> Option<Candidate> {
        let written = f.speaker.map(|(a, b)| p.text[a..b].to_owned());
        let (speaker, refers_to, pattern) = match written {
            Some(w) if is_pronoun(&w) => (w, self.last_named.clone(), f.pattern),
            Some(w) => {
                let described = self.described(&w);
                if described.is_none() && has_name(&w) {
                    self.named.push(w.clone());
                }
                self.last_named = Some(described.clone().unwrap_or_else(|| w.clone()));
                (w, described, f.pattern)
            }
            None => (self.last_named.clone()?, None, Pattern::ContinuedQuote),
        };
        let pronoun = is_pronoun(&speaker);
        let confidence = pattern
            .confidence()
            .saturating_sub(if pronoun { 10 } else { 0 })
            .saturating_sub(if pronoun && refers_to.is_none() {
                20
            } else {
                0
            });
        let start = char_at(&p.text, f.start);
        let quote = p.text[f.start..f.end].to_owned();
        Some(Candidate {
            paragraph: p.id.clone(),
            start,
            end: start + char_len(&quote),
            quote,
            speaker,
            refers_to,
            verb: f.verb,
            pattern,
            confidence,
        })
    }
}

/// Whether a speaker's phrase holds a name of its own: a capitalised word at its end that is
/// not a title (`Oleg Varnikov`, `the Kremlin`), not only a role (`The minister`).
fn has_name(phrase: &str) -> bool {
    let (name, role) = name_and_role(phrase);
    !role.is_empty()
        || name
            .split_whitespace()
            .any(|w| w.starts_with(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::body_article as article;

    /// (quote, speaker name, verb, pattern) of each candidate.
    fn found(paragraphs: &[&str]) -> Vec<(String, String, String, Pattern)> {
        propose(&article(paragraphs))
            .into_iter()
            .map(|c| {
                (
                    c.quote.clone(),
                    c.speaker_name().to_owned(),
                    c.verb.clone(),
                    c.pattern,
                )
            })
            .collect()
    }

    fn row(q: &str, s: &str, v: &str, p: Pattern) -> (String, String, String, Pattern) {
        (q.into(), s.into(), v.into(), p)
    }

    use Pattern::*;

    #[test]
    fn a_quote_then_its_speaker_then_a_participle() {
        assert_eq!(
            found(&["\"If they deliver them to Europe, our response will mirror this,\" Putin said, adding that the response would be \"very quick.\""]),
            [
                row("If they deliver them to Europe, our response will mirror this", "Putin", "said", DirectQuote),
                row("the response would be \"very quick.\"", "Putin", "adding", Reported),
            ]
        );
    }

    #[test]
    fn curly_quotes_inverted_speaker_and_quote_sentences() {
        assert_eq!(
            found(&["“We see no reason. … We are ready,” said Foreign Minister Sergei Lavrov."]),
            [
                row(
                    "We see no reason.",
                    "Foreign Minister Sergei Lavrov",
                    "said",
                    DirectQuote
                ),
                row(
                    "We are ready",
                    "Foreign Minister Sergei Lavrov",
                    "said",
                    DirectQuote
                ),
            ]
        );
    }

    #[test]
    fn a_quote_inside_a_sentence_runs_from_the_sentence_start() {
        assert_eq!(
            found(&["The withdrawal \"would not go unanswered,\" Putin told officials."]),
            [row(
                "The withdrawal \"would not go unanswered,\"",
                "Putin",
                "told",
                DirectQuote
            )]
        );
    }

    #[test]
    fn a_speaker_before_a_colon_and_a_continued_quote() {
        assert_eq!(
            found(&["Bolton said: \"The threat is real.\" \"Russia is in violation.\""]),
            [
                row("The threat is real.", "Bolton", "said", DirectQuote),
                row("Russia is in violation.", "Bolton", "", ContinuedQuote),
            ]
        );
    }

    #[test]
    fn reported_speech_acts_and_coordinated_verbs() {
        assert_eq!(
            found(&[
                "Russia has repeatedly denied the accusations and also alleged that U.S. systems were in violation. Washington denies that.",
                "The Russian leader had previously warned that the plan could lead to a new \"arms race.\"",
                "NATO Secretary-General Jens Stoltenberg on Wednesday blamed Russia for violating the treaty Trump wants to abandon. But he said he did not foresee a buildup.",
            ]),
            [
                row("Russia has repeatedly denied the accusations", "Russia", "denied", Reported),
                row("U.S. systems were in violation.", "Russia", "alleged", Reported),
                row("Washington denies that.", "Washington", "denies", Reported),
                row("the plan could lead to a new \"arms race.\"", "The Russian leader", "warned", Reported),
                row("blamed Russia for violating the treaty Trump wants to abandon.", "NATO Secretary-General Jens Stoltenberg", "blamed", Reported),
                row("he did not foresee a buildup.", "NATO Secretary-General Jens Stoltenberg", "said", Reported),
            ]
        );
    }

    #[test]
    fn relative_clauses_time_words_and_nested_verbs() {
        assert_eq!(
            found(&[
                "U.S. adviser John Bolton, who met Putin on Tuesday, called the violations \"long and deep.\"",
                "Putin said on November 19 that Russia responded by developing weapons that he said were capable.",
                "U.S. President Donald Trump last month declared his intention to withdraw, citing alleged violations.",
            ]),
            [
                row("called the violations \"long and deep.\"", "U.S. adviser John Bolton", "called", Reported),
                row("Russia responded by developing weapons that he said were capable.", "Putin", "said", Reported),
                row("declared his intention to withdraw", "U.S. President Donald Trump", "declared", Reported),
                row("citing alleged violations.", "U.S. President Donald Trump", "citing", Reported),
            ]
        );
    }

    #[test]
    fn trailing_attribution_according_to_and_nouns() {
        assert_eq!(
            found(&[
                "Russia will respond in kind, the Kremlin said.",
                "The talks failed, said Sergei Ryabkov.",
                "According to NATO officials, the missile breaks the treaty.",
                "The missile breaks the treaty, according to the alliance.",
                "Putin met officials to discuss U.S. threats to pull out of the treaty.",
            ]),
            [
                row(
                    "Russia will respond in kind",
                    "the Kremlin",
                    "said",
                    TrailingAttribution
                ),
                row(
                    "The talks failed",
                    "Sergei Ryabkov",
                    "said",
                    TrailingAttribution
                ),
                row(
                    "the missile breaks the treaty.",
                    "NATO officials",
                    "according to",
                    AccordingTo
                ),
                row(
                    "The missile breaks the treaty",
                    "the alliance",
                    "according to",
                    AccordingTo
                ),
                row(
                    "U.S. threats to pull out of the treaty.",
                    "U.S.",
                    "threats",
                    Nominal
                ),
            ]
        );
    }

    #[test]
    fn pronouns_refer_to_the_last_named_speaker() {
        let c = propose(&article(&[
            "Bolton said the deal had run its course.",
            "He believes old treaties may not apply.",
        ]));
        assert_eq!(c.len(), 2);
        assert_eq!(c[1].speaker, "He");
        assert_eq!(c[1].refers_to.as_deref(), Some("Bolton"));
        assert!(c[1].confidence < c[0].confidence);
        assert_eq!(c[1].paragraph, "a-p2");
        // Char offsets: the curly apostrophe is one char.
        let c = propose(&article(&[
            "Kyiv’s view: Ukraine’s envoy said talks would resume.",
        ]));
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].quote, "talks would resume.");
        assert_eq!((c[0].start, c[0].end), (34, 53));
    }

    #[test]
    fn no_candidates_without_attribution() {
        assert!(found(&["In 2002, the United States withdrew from the ABM Treaty."]).is_empty());
        assert!(found(&["It bans ground-launched missiles with a range of 500 km."]).is_empty());
        assert!(found(&[""]).is_empty());
    }
}
