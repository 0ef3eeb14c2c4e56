//! The candidates under review in "Add an article": each candidate numbered, with its paragraph
//! and its span there, the speaker, side, kind and attribution first suggested for it
//! ([`review`]); what a person chose for it ([`Choices`]); saving the kept ones as claims, with
//! the problems named by candidate ([`save_review`]); and every text the form shows about them.
//!
//! The form holds one [`Choices`] per candidate, a field at a time; this file knows what the
//! fields mean.

use crate::corpus::{byte_at, Article, Attribution, ClaimKind, Corpus, Speaker, Stance};
use crate::paste::{
    add_article, best_match, side_named, suggest, suggest_side, AddProblem, Candidate, Confirmed,
    Proposer, SideChoice, SpeakerChoice, Suggestion,
};
use crate::text::{count, thousands};
use std::collections::BTreeMap;

/// The value of the "new speaker" and "new side" choices, beside the ids of the corpus.
pub const NEW_CHOICE: &str = "\u{0}new";

/// What a candidate says about one question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    /// Not about this question.
    None,
    /// About it, without a yes or no.
    About,
    Stance(Stance),
}

impl Answer {
    pub const ALL: [Answer; 5] = [
        Answer::None,
        Answer::About,
        Answer::Stance(Stance::Yes),
        Answer::Stance(Stance::No),
        Answer::Stance(Stance::Mixed),
    ];

    /// The value of its option.
    pub fn value(self) -> &'static str {
        match self {
            Answer::None => "",
            Answer::About => "about",
            Answer::Stance(s) => s.as_str(),
        }
    }

    /// Its words for people.
    pub fn label(self) -> &'static str {
        match self {
            Answer::None => "—",
            Answer::About => "about it, no stance",
            Answer::Stance(Stance::Yes) => "yes",
            Answer::Stance(Stance::No) => "no",
            Answer::Stance(Stance::Mixed) => "mixed",
        }
    }

    /// The answer of an option's value; [`Answer::None`] for any other value.
    pub fn parse(s: &str) -> Answer {
        Answer::ALL
            .into_iter()
            .find(|a| a.value() == s)
            .unwrap_or(Answer::None)
    }
}

/// What a person chose for one candidate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choices {
    pub keep: bool,
    /// A speaker id of the corpus, or [`NEW_CHOICE`].
    pub speaker: String,
    /// For a new speaker: name and role.
    pub new_name: String,
    pub new_role: String,
    /// For a new speaker: a side id of the corpus, or [`NEW_CHOICE`].
    pub side: String,
    /// For a new side: its name.
    pub new_side: String,
    /// By question id.
    pub answers: BTreeMap<String, Answer>,
    pub kind: ClaimKind,
    pub attribution: Attribution,
    pub summary: String,
}

/// One candidate under review.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReviewItem {
    /// Its number in the list, from 1.
    pub n: usize,
    pub candidate: Candidate,
    /// Its paragraph's text.
    pub text: String,
    /// The candidate's byte range in `text`, to mark it.
    pub bytes: (usize, usize),
    /// The choices first suggested: kept, the speaker of the corpus it names or a new one (with
    /// the side its phrase names, if any), the kind and attribution of its verb and pattern.
    pub suggested: Choices,
}

/// The candidates [`propose`](crate::paste::propose) finds in `article`, numbered from 1, with the choices suggested
/// from `corpus`.
pub fn review(corpus: &Corpus, article: &Article) -> Vec<ReviewItem> {
    let mut reviewer = Reviewer::default();
    let mut items = Vec::new();
    while !reviewer.is_done(article) {
        items.extend(reviewer.next_paragraph(corpus, article));
    }
    items
}

/// [`review`], a paragraph at a time (see [`Proposer`]), numbering on from one part to the next.
#[derive(Clone, Debug, Default)]
pub struct Reviewer {
    proposer: Proposer,
    found: usize,
    /// New speakers suggested so far in this paste (their side, for a new one, is the name of
    /// the side suggested): a later phrase naming one (`Lavrov` after `Russian Foreign Minister
    /// Sergei Lavrov`) is suggested as the same speaker.
    new_speakers: Vec<Speaker>,
}

impl Reviewer {
    /// Whether every paragraph of `article` was read.
    pub fn is_done(&self, article: &Article) -> bool {
        self.proposer.is_done(article)
    }

    /// The review items of the next paragraph of `article`.
    pub fn next_paragraph(&mut self, corpus: &Corpus, article: &Article) -> Vec<ReviewItem> {
        let candidates = self.proposer.next_paragraph(article);
        let first = self.found + 1;
        self.found += candidates.len();
        candidates
            .into_iter()
            .enumerate()
            .map(|(i, c)| ReviewItem::new(first + i, corpus, article, c, &mut self.new_speakers))
            .collect()
    }

    /// Where the reading stands, for the person to see.
    pub fn progress(&self, article: &Article) -> ReviewStatus {
        ReviewStatus::Finding {
            read: self.proposer.read(),
            of: article.paragraphs.len(),
            found: self.found,
        }
    }
}

/// The id of `corpus`'s side named `name`, or [`NEW_CHOICE`] (a new side of that name).
fn existing_side_named(corpus: &Corpus, name: &str) -> String {
    corpus
        .sides
        .iter()
        .find(|s| !name.is_empty() && s.name.eq_ignore_ascii_case(name))
        .map_or_else(|| NEW_CHOICE.to_owned(), |s| s.id.clone())
}

impl ReviewItem {
    fn new(
        n: usize,
        corpus: &Corpus,
        article: &Article,
        c: Candidate,
        new_speakers: &mut Vec<Speaker>,
    ) -> ReviewItem {
        let text = article
            .paragraph(&c.paragraph)
            .map(|p| p.text.clone())
            .unwrap_or_default();
        let byte = |chars: usize| byte_at(&text, chars).unwrap_or(text.len());
        let bytes = (byte(c.start), byte(c.end));
        let mut new_side = String::new();
        let (speaker, new_name, new_role, side) = match suggest(&corpus.speakers, c.speaker_name())
        {
            Suggestion::Existing { id, side } => (id, String::new(), String::new(), side),
            Suggestion::New { name, role, .. } => {
                // A side of the corpus the phrase names; else a side its words name ("Russian
                // Foreign Minister ..." is Russia's), the corpus's if it has one by that name,
                // a new one if not.
                let named = side_named(c.speaker_name());
                let existing = suggest_side(&corpus.sides, c.speaker_name()).or_else(|| {
                    let named = named?;
                    corpus
                        .sides
                        .iter()
                        .find(|s| s.name.eq_ignore_ascii_case(named))
                });
                let side = match existing {
                    Some(s) => s.id.clone(),
                    None => {
                        new_side = named.unwrap_or_default().to_owned();
                        NEW_CHOICE.to_owned()
                    }
                };
                // The same new speaker as a phrase before it in this paste, or a new one.
                match best_match(new_speakers, c.speaker_name()) {
                    Some((same, _)) => {
                        new_side = same.side.clone();
                        let side = existing_side_named(corpus, &same.side);
                        (
                            NEW_CHOICE.to_owned(),
                            same.name.clone(),
                            same.role.clone(),
                            side,
                        )
                    }
                    None => {
                        new_speakers.push(Speaker {
                            id: String::new(),
                            name: name.clone(),
                            role: role.clone(),
                            side: existing.map_or_else(|| new_side.clone(), |s| s.name.clone()),
                        });
                        (NEW_CHOICE.to_owned(), name, role, side)
                    }
                }
            }
        };
        let suggested = Choices {
            keep: true,
            speaker,
            new_name,
            new_role,
            side,
            new_side,
            answers: BTreeMap::new(),
            kind: c.kind(),
            attribution: c.attribution(),
            summary: String::new(),
        };
        ReviewItem {
            n,
            candidate: c,
            text,
            bytes,
            suggested,
        }
    }

    /// How it was found: "direct quote · “Putin” said · 90% sure".
    pub fn how(&self) -> String {
        let c = &self.candidate;
        let verb = if c.verb.is_empty() {
            "(continued)"
        } else {
            c.verb.as_str()
        };
        format!(
            "{} · “{}” {verb} · {}% sure",
            c.pattern.label(),
            c.speaker,
            c.confidence
        )
    }

    /// For a pronoun, whom it was taken as: " (“he” taken as Putin)".
    pub fn refers(&self) -> Option<String> {
        let c = &self.candidate;
        c.refers_to
            .as_ref()
            .map(|n| format!(" (“{}” taken as {n})", c.speaker))
    }
}

/// The id of a field of candidate `n`'s form, unique to this list of candidates (`generation`:
/// each "Find claims" makes a new list).
pub fn candidate_field_id(generation: usize, n: usize, what: &str) -> String {
    format!("cand-{generation}-{n}-{what}")
}

impl Choices {
    /// The claim confirmed with these choices for candidate `c`.
    pub fn confirmed(&self, c: &Candidate) -> Confirmed {
        let speaker = if self.speaker == NEW_CHOICE {
            let side = if self.side == NEW_CHOICE {
                SideChoice::New(self.new_side.clone())
            } else {
                SideChoice::Existing(self.side.clone())
            };
            SpeakerChoice::New {
                id: String::new(),
                name: self.new_name.clone(),
                role: self.new_role.clone(),
                side,
            }
        } else {
            SpeakerChoice::Existing(self.speaker.clone())
        };
        let questions = self
            .answers
            .iter()
            .filter(|(_, a)| **a != Answer::None)
            .map(|(q, _)| q.clone())
            .collect();
        let stance = self
            .answers
            .iter()
            .filter_map(|(q, a)| match a {
                Answer::Stance(s) => Some((q.clone(), *s)),
                _ => None,
            })
            .collect();
        Confirmed {
            paragraph: c.paragraph.clone(),
            start: c.start,
            end: c.end,
            speaker,
            questions,
            stance,
            kind: self.kind,
            attribution: self.attribution,
            summary: self.summary.clone(),
        }
    }
}

/// What the form last did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReviewStatus {
    Idle,
    /// Still reading: `read` of `of` paragraphs, `found` candidates so far.
    Finding {
        read: usize,
        of: usize,
        found: usize,
    },
    /// This many candidates were found.
    Found(usize),
    /// The article was saved with this many claims.
    Saved(usize),
    /// Nothing was saved, for these problems (in words).
    Problems(Vec<String>),
}

impl ReviewStatus {
    /// The sentence saying what was found or saved; `None` when idle or for problems (listed
    /// one by one).
    pub fn message(&self) -> Option<String> {
        match self {
            ReviewStatus::Idle | ReviewStatus::Problems(_) => None,
            ReviewStatus::Finding { of: 0, .. } => {
                Some("Finding claims… reading the text.".to_owned())
            }
            ReviewStatus::Finding { read, of, found } => Some(format!(
                "Finding claims… {} of {} paragraphs read, {} so far.",
                thousands(*read),
                thousands(*of),
                count(*found, "candidate claim")
            )),
            ReviewStatus::Found(0) => Some(
                "No candidate claims found: no sentence says who said what. If a line of the text was set aside, keep it as text below."
                    .to_owned(),
            ),
            ReviewStatus::Found(n) => Some(format!(
                "{} found. Keep, drop and assign each, then save.",
                count(*n, "candidate claim")
            )),
            ReviewStatus::Saved(n) => Some(format!(
                "Saved: the article and {} were added.",
                count(*n, "claim")
            )),
        }
    }
}

/// `corpus` with `article` and the kept candidates of `items` as claims, each with the choices
/// beside it: the status "saved" and the new corpus, or the status listing the problems, a
/// problem of a claim named by its candidate's number ("Candidate 5 (speaker): ...").
pub fn save_review(
    corpus: &Corpus,
    article: Article,
    items: &[(&ReviewItem, Choices)],
) -> (ReviewStatus, Option<Corpus>) {
    let kept: Vec<(usize, Confirmed)> = items
        .iter()
        .filter(|(_, choices)| choices.keep)
        .map(|(item, choices)| (item.n, choices.confirmed(&item.candidate)))
        .collect();
    let confirmed: Vec<Confirmed> = kept.iter().map(|(_, c)| c.clone()).collect();
    match add_article(corpus, article, &confirmed) {
        Ok(new) => (ReviewStatus::Saved(confirmed.len()), Some(new)),
        Err(problems) => {
            let numbers: Vec<usize> = kept.iter().map(|(n, _)| *n).collect();
            let texts = problems.iter().map(|p| problem_text(p, &numbers)).collect();
            (ReviewStatus::Problems(texts), None)
        }
    }
}

/// A problem in words; a problem of a confirmed claim names its candidate, by the number of each
/// confirmed claim in `numbers`.
fn problem_text(p: &AddProblem, numbers: &[usize]) -> String {
    match p.claim.and_then(|i| numbers.get(i)) {
        Some(n) => {
            let field = if p.path.is_empty() {
                String::new()
            } else {
                format!(" ({})", p.path)
            };
            format!("Candidate {n}{field}: {}", p.message)
        }
        None => format!("{}: {}", p.path, p.message),
    }
}

/// The choices a corpus offers for every candidate: its speakers and sides, the side each
/// speaker speaks for, and its questions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReviewOptions {
    /// (id, "Name (Side)") of every speaker.
    pub speakers: Vec<(String, String)>,
    /// (id, name) of every side.
    pub sides: Vec<(String, String)>,
    /// (speaker id, "Side: Name (the speaker's)") of every speaker.
    pub speaker_sides: Vec<(String, String)>,
    /// (id, label, full text) of every question; the label is its short form if it has one.
    pub questions: Vec<(String, String, String)>,
}

impl ReviewOptions {
    pub fn new(corpus: &Corpus) -> ReviewOptions {
        let side_name = |id: &str| corpus.side(id).map_or(id, |x| x.name.as_str()).to_owned();
        ReviewOptions {
            speakers: corpus
                .speakers
                .iter()
                .map(|s| (s.id.clone(), format!("{} ({})", s.name, side_name(&s.side))))
                .collect(),
            sides: corpus
                .sides
                .iter()
                .map(|s| (s.id.clone(), s.name.clone()))
                .collect(),
            speaker_sides: corpus
                .speakers
                .iter()
                .map(|s| {
                    let text = format!("Side: {} (the speaker's)", side_name(&s.side));
                    (s.id.clone(), text)
                })
                .collect(),
            questions: corpus
                .questions
                .iter()
                .map(|q| {
                    let label = if q.short.is_empty() {
                        &q.text
                    } else {
                        &q.short
                    };
                    (q.id.clone(), label.clone(), q.text.clone())
                })
                .collect(),
        }
    }

    /// The side of the chosen speaker, in words; `None` for a new speaker or an unknown id.
    pub fn side_of(speaker_sides: &[(String, String)], speaker: &str) -> Option<String> {
        speaker_sides
            .iter()
            .find(|(id, _)| id == speaker)
            .map(|(_, text)| text.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::paste::{new_article, ArticleMeta};
    use crate::testing::CorpusBuilder;

    fn builder() -> CorpusBuilder {
        CorpusBuilder::new("t")
            .side("russia", "Russia")
            .side("nato", "NATO")
            .speaker("putin", "Vladimir Putin", "russia")
            .question("arms-race", "Will there be a new arms race?", "Arms race")
            .question("inf", "Is the treaty dead?", "")
    }

    fn corpus() -> Corpus {
        builder().build()
    }

    const RAW: &str = "Putin Warns of Arms Race\n\n“Putin’s envoy” said nothing. Putin said Russia would respond in kind.\n\nNATO Secretary-General Jens Stoltenberg said the alliance was ready. He said talks would go on.\n";

    fn items() -> (Article, Vec<ReviewItem>) {
        let meta = ArticleMeta {
            outlet: "VOA".into(),
            published: "2018-10-24".into(),
            url: "https://www.voanews.com/a/x.html".into(),
            ..ArticleMeta::default()
        };
        let a = new_article(&corpus(), &meta, RAW);
        let items = review(&corpus(), &a);
        (a, items)
    }

    #[test]
    fn a_fresh_paste_into_an_empty_corpus_gets_sides_from_its_speakers_words() {
        let empty = CorpusBuilder::new("t").build();
        let raw = "Talks fail\n\nRussian Foreign Minister Sergei Lavrov said Russia would respond.\n\nNATO Secretary-General Jens Stoltenberg said the alliance was ready.\n\nUnion leader Tom Baird said the strike would go on.\n";
        let a = new_article(&empty, &ArticleMeta::default(), raw);
        let sides: Vec<(String, String)> = review(&empty, &a)
            .iter()
            .map(|i| (i.suggested.side.clone(), i.suggested.new_side.clone()))
            .collect();
        let new = |s: &str| (NEW_CHOICE.to_owned(), s.to_owned());
        assert_eq!(sides, [new("Russia"), new("NATO"), new("")]);
        // A later mention of a new speaker is the same new speaker, with the same side.
        let raw = "T\n\nRussian Foreign Minister Sergei Lavrov said Russia would respond.\n\nThe talks failed, Lavrov said.\n";
        let a = new_article(&empty, &ArticleMeta::default(), raw);
        let who: Vec<(String, String)> = review(&empty, &a)
            .iter()
            .map(|i| (i.suggested.new_name.clone(), i.suggested.new_side.clone()))
            .collect();
        let lavrov = ("Sergei Lavrov".to_owned(), "Russia".to_owned());
        assert_eq!(who, [lavrov.clone(), lavrov]);
        // A corpus with a side of that name gets it, not a new one.
        let c = CorpusBuilder::new("t").side("us", "United States").build();
        let a = new_article(
            &c,
            &ArticleMeta::default(),
            "T\n\nUS Trade Representative Jane Roe said tariffs would rise.\n",
        );
        let items = review(&c, &a);
        assert_eq!(items[0].suggested.side, "us");
    }

    #[test]
    fn candidates_are_numbered_marked_in_bytes_and_suggested_a_speaker() {
        let (_, items) = items();
        let quotes: Vec<(usize, &str)> = items
            .iter()
            .map(|i| (i.n, i.candidate.quote.as_str()))
            .collect();
        assert_eq!(
            quotes,
            [
                (1, "Russia would respond in kind."),
                (2, "the alliance was ready."),
                (3, "talks would go on.")
            ]
        );
        // The curly marks before the first candidate are three bytes each.
        let first = &items[0];
        assert_eq!(
            &first.text[first.bytes.0..first.bytes.1],
            "Russia would respond in kind."
        );
        assert_ne!(first.bytes.0, first.candidate.start);
        assert_eq!(first.suggested.speaker, "putin");
        assert_eq!(first.suggested.side, "russia");
        assert!(first.suggested.keep);
        let nato = &items[1].suggested;
        assert_eq!(nato.speaker, NEW_CHOICE);
        assert_eq!(
            (nato.new_name.as_str(), nato.side.as_str()),
            ("Jens Stoltenberg", "nato")
        );
        assert_eq!(
            items[1].how(),
            "reported speech · “NATO Secretary-General Jens Stoltenberg” said · 70% sure"
        );
        assert_eq!(items[1].refers(), None);
        assert_eq!(
            items[2].refers().as_deref(),
            Some(" (“He” taken as NATO Secretary-General Jens Stoltenberg)")
        );
        assert_eq!(
            candidate_field_id(4, items[2].n, "speaker"),
            "cand-4-3-speaker"
        );
    }

    #[test]
    fn a_continued_quote_says_so() {
        let mut item = items().1.remove(0);
        item.candidate.verb = String::new();
        item.candidate.pattern = crate::paste::Pattern::ContinuedQuote;
        item.candidate.confidence = 60;
        assert_eq!(
            item.how(),
            "continued quote · “Putin” (continued) · 60% sure"
        );
    }

    #[test]
    fn choices_confirm_a_claim_with_its_speaker_side_and_answers() {
        let (_, items) = items();
        let mut ch = items[1].suggested.clone();
        ch.side = NEW_CHOICE.into();
        ch.new_side = "Alliance".into();
        ch.answers
            .insert("arms-race".into(), Answer::Stance(Stance::No));
        ch.answers.insert("inf".into(), Answer::About);
        ch.answers.insert("other".into(), Answer::None);
        let c = ch.confirmed(&items[1].candidate);
        assert_eq!(
            c.speaker,
            SpeakerChoice::New {
                id: String::new(),
                name: "Jens Stoltenberg".into(),
                role: "NATO Secretary-General".into(),
                side: SideChoice::New("Alliance".into()),
            }
        );
        assert_eq!(c.questions, ["arms-race", "inf"]);
        assert_eq!(
            c.stance,
            BTreeMap::from([("arms-race".to_owned(), Stance::No)])
        );
        assert_eq!(
            (c.start, c.end, c.paragraph.as_str()),
            (
                items[1].candidate.start,
                items[1].candidate.end,
                items[1].candidate.paragraph.as_str()
            )
        );
        let c = items[0].suggested.confirmed(&items[0].candidate);
        assert_eq!(c.speaker, SpeakerChoice::Existing("putin".into()));
        let mut ch = items[1].suggested.clone();
        ch.side = "nato".into();
        assert!(matches!(
            ch.confirmed(&items[1].candidate).speaker,
            SpeakerChoice::New { side: SideChoice::Existing(s), .. } if s == "nato"
        ));
    }

    #[test]
    fn saving_adds_only_the_kept_candidates() {
        let (a, items) = items();
        let mut rows: Vec<(&ReviewItem, Choices)> =
            items.iter().map(|i| (i, i.suggested.clone())).collect();
        rows[0].1.keep = false;
        let (status, new) = save_review(&corpus(), a, &rows);
        assert_eq!(status, ReviewStatus::Saved(2));
        let new = new.unwrap();
        let quotes: Vec<&str> = new.claims.iter().map(|c| c.quote.as_str()).collect();
        assert_eq!(quotes, ["the alliance was ready.", "talks would go on."]);
    }

    #[test]
    fn problems_name_the_kept_candidate() {
        let (a, items) = items();
        let mut rows: Vec<(&ReviewItem, Choices)> =
            items.iter().map(|i| (i, i.suggested.clone())).collect();
        rows[0].1.keep = false;
        rows[2].1.speaker = "nobody".into();
        let (status, new) = save_review(&corpus(), a, &rows);
        assert!(new.is_none());
        let ReviewStatus::Problems(ps) = status else {
            panic!("{status:?}");
        };
        assert!(
            ps.iter().any(|p| p.starts_with("Candidate 3 (speaker): ")),
            "{ps:?}"
        );
        assert!(ps.iter().all(|p| !p.starts_with("Candidate 2")), "{ps:?}");

        let p = |claim, path: &str| AddProblem {
            claim,
            path: path.into(),
            message: "no such speaker".into(),
        };
        assert_eq!(
            problem_text(&p(Some(1), "speaker"), &[2, 5]),
            "Candidate 5 (speaker): no such speaker"
        );
        assert_eq!(
            problem_text(&p(Some(0), ""), &[2, 5]),
            "Candidate 2: no such speaker"
        );
        assert_eq!(
            problem_text(&p(None, "articles[2].published"), &[2, 5]),
            "articles[2].published: no such speaker"
        );
    }

    #[test]
    fn statuses_count_in_words() {
        assert_eq!(ReviewStatus::Idle.message(), None);
        assert_eq!(ReviewStatus::Problems(vec!["x".into()]).message(), None);
        assert_eq!(
            ReviewStatus::Finding {
                read: 1200,
                of: 2651,
                found: 1
            }
            .message()
            .unwrap(),
            "Finding claims… 1,200 of 2,651 paragraphs read, 1 candidate claim so far."
        );
        assert_eq!(
            ReviewStatus::Finding {
                read: 0,
                of: 0,
                found: 0
            }
            .message()
            .unwrap(),
            "Finding claims… reading the text."
        );
        assert_eq!(
            ReviewStatus::Found(0).message().unwrap(),
            "No candidate claims found: no sentence says who said what. If a line of the text was set aside, keep it as text below."
        );
        assert_eq!(
            ReviewStatus::Found(1).message().unwrap(),
            "1 candidate claim found. Keep, drop and assign each, then save."
        );
        assert_eq!(
            ReviewStatus::Found(17).message().unwrap(),
            "17 candidate claims found. Keep, drop and assign each, then save."
        );
        assert_eq!(
            ReviewStatus::Saved(1).message().unwrap(),
            "Saved: the article and 1 claim were added."
        );
        assert_eq!(
            ReviewStatus::Saved(0).message().unwrap(),
            "Saved: the article and 0 claims were added."
        );
    }

    #[test]
    fn options_list_speakers_with_their_sides_and_questions_by_label() {
        let o = ReviewOptions::new(&builder().speaker("ghost", "Ghost", "gone").build());
        assert_eq!(
            o.speakers,
            [
                ("putin".to_owned(), "Vladimir Putin (Russia)".to_owned()),
                ("ghost".to_owned(), "Ghost (gone)".to_owned())
            ]
        );
        assert_eq!(o.sides[1], ("nato".to_owned(), "NATO".to_owned()));
        assert_eq!(
            ReviewOptions::side_of(&o.speaker_sides, "putin").as_deref(),
            Some("Side: Russia (the speaker's)")
        );
        assert_eq!(
            ReviewOptions::side_of(&o.speaker_sides, "ghost").as_deref(),
            Some("Side: gone (the speaker's)")
        );
        assert_eq!(ReviewOptions::side_of(&o.speaker_sides, NEW_CHOICE), None);
        let labels: Vec<&str> = o.questions.iter().map(|q| q.1.as_str()).collect();
        assert_eq!(labels, ["Arms race", "Is the treaty dead?"]);
        assert_eq!(o.questions[0].2, "Will there be a new arms race?");
    }

    #[test]
    fn answers_round_trip_through_their_values() {
        for a in Answer::ALL {
            assert_eq!(Answer::parse(a.value()), a);
        }
        assert_eq!(Answer::parse("perhaps"), Answer::None);
    }
}
