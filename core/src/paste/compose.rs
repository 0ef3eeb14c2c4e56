//! Adding an article to a corpus: pasted text and metadata become an [`Article`] with paragraph
//! ids, and the claims a person confirmed become [`Claim`]s with verbatim quotes, new speakers and
//! sides as needed. The result is checked by [`validate`], and each problem is told of the
//! confirmed claim it is about ([`AddProblem`]). Pure: no I/O.
//!
//! Paragraph ids are `<article>-<letter><n>`, numbered per kind from 1 in document order, with
//! the letters of [`id_letter`]; the corpus build (`cargo xtask corpus`) uses the same scheme.

use crate::corpus::{
    char_len, char_slice, Article, Attribution, Claim, ClaimKind, Corpus, Paragraph, ParagraphKind,
    Side, Speaker, Stance,
};
use crate::paste::{slug, unique_id};
use crate::text::{count, segment_titled, Block, Segmented};
use crate::validate::{validate, Problem};
use std::collections::{BTreeMap, HashSet};

/// The letter of a paragraph's local id: `p` body, `s` subheading, `c` caption, `r` credit,
/// `x` chrome.
pub fn id_letter(kind: ParagraphKind) -> char {
    match kind {
        ParagraphKind::Body => 'p',
        ParagraphKind::Subheading => 's',
        ParagraphKind::Caption => 'c',
        ParagraphKind::Credit => 'r',
        ParagraphKind::Chrome => 'x',
    }
}

/// The blocks of a segmented page as paragraphs of article `article_id`, with their ids.
pub fn paragraphs(article_id: &str, blocks: Vec<Block>) -> Vec<Paragraph> {
    let mut counts: BTreeMap<char, usize> = BTreeMap::new();
    blocks
        .into_iter()
        .map(|b| {
            let letter = id_letter(b.kind);
            let n = counts.entry(letter).or_default();
            *n += 1;
            Paragraph {
                id: format!("{article_id}-{letter}{n}"),
                kind: b.kind,
                text: b.text,
            }
        })
        .collect()
}

/// What a person types beside the pasted text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ArticleMeta {
    /// Empty: the headline found in the text.
    pub title: String,
    pub outlet: String,
    /// `YYYY-MM-DD` or `YYYY-MM`.
    pub published: String,
    pub url: String,
}

/// The article of a pasted page: segmented ([`segment`]), paragraphs with ids, the title from
/// `meta` or else the headline.
pub fn article(id: &str, meta: &ArticleMeta, raw: &str) -> Article {
    article_of(id, meta, segment_titled(raw, &meta.title))
}

/// [`article`] from the text already segmented.
fn article_of(id: &str, meta: &ArticleMeta, seg: Segmented) -> Article {
    let title = if meta.title.trim().is_empty() {
        seg.headline.unwrap_or_default()
    } else {
        meta.title.trim().to_owned()
    };
    Article {
        id: id.to_owned(),
        outlet: meta.outlet.trim().to_owned(),
        title,
        published: meta.published.trim().to_owned(),
        url: meta.url.trim().to_owned(),
        paragraphs: paragraphs(id, seg.blocks),
        external: Vec::new(),
        external_source: String::new(),
    }
}

/// A new article for `corpus`: [`article`] with an id no article or paragraph of the corpus uses,
/// made of the outlet, the date and the title's first words (`voa-2018-10-24-putin-us-exit`).
pub fn new_article(corpus: &Corpus, meta: &ArticleMeta, raw: &str) -> Article {
    new_article_of(corpus, meta, segment_titled(raw, &meta.title))
}

/// [`new_article`] of a text already segmented (a long paste is segmented in parts, see
/// [`crate::text::Segmenter`]).
pub fn new_article_of(corpus: &Corpus, meta: &ArticleMeta, seg: Segmented) -> Article {
    let title = if meta.title.trim().is_empty() {
        seg.headline.as_deref().unwrap_or_default()
    } else {
        meta.title.as_str()
    };
    let words: Vec<&str> = title.split_whitespace().take(4).collect();
    let parts: Vec<String> = [
        slug(&meta.outlet),
        slug(&meta.published),
        slug(&words.join(" ")),
    ]
    .into_iter()
    .filter(|p| p != "item")
    .collect();
    let base = if parts.is_empty() {
        "article".to_owned()
    } else {
        parts.join("-")
    };
    let paragraph_ids: HashSet<&str> = corpus
        .articles
        .iter()
        .flat_map(|a| a.paragraphs.iter().map(|p| p.id.as_str()))
        .collect();
    let id = unique_id(&base, |id| {
        corpus.article(id).is_some()
            || paragraph_ids
                .iter()
                .any(|p| p.strip_prefix(id).is_some_and(|rest| rest.starts_with('-')))
    });
    article_of(&id, meta, seg)
}

/// The side of a new speaker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SideChoice {
    /// A side of the corpus, by id.
    Existing(String),
    /// A new side, by name (one side per name, compared case-insensitively).
    New(String),
}

/// Who a confirmed claim is by.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SpeakerChoice {
    /// A speaker of the corpus, by id; the claim is on that speaker's side.
    Existing(String),
    /// A new speaker (one per name, compared case-insensitively).
    New {
        /// The id wished for (see [`crate::paste::suggest`]); made unique if taken.
        id: String,
        name: String,
        role: String,
        side: SideChoice,
    },
}

/// A claim a person confirmed: a span of one of the new article's paragraphs and what it says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Confirmed {
    /// The paragraph's id in the new article.
    pub paragraph: String,
    /// Char offsets into the paragraph's text, `end` exclusive; the quote is that span.
    pub start: usize,
    pub end: usize,
    pub speaker: SpeakerChoice,
    /// Ids of questions of the corpus.
    pub questions: Vec<String>,
    pub stance: BTreeMap<String, Stance>,
    pub kind: ClaimKind,
    pub attribution: Attribution,
    pub summary: String,
}

/// One thing that keeps an article from being added: about one of the confirmed claims, or about
/// the article or the rest of the new corpus.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AddProblem {
    /// The confirmed claim it is about, by its index in the confirmed claims; `None` for the
    /// article or the rest of the new corpus.
    pub claim: Option<usize>,
    /// Where: for a claim, the path inside it (`speaker`, `questions[0]`; empty for the claim as a
    /// whole); else a JSON path into the new corpus (`articles[2].published`).
    pub path: String,
    /// What, in plain words.
    pub message: String,
}

impl AddProblem {
    fn claim(index: usize, message: String) -> AddProblem {
        AddProblem {
            claim: Some(index),
            path: String::new(),
            message,
        }
    }

    /// A problem [`validate`] found in the new corpus, whose claims from `first_claim` on are the
    /// `confirmed` ones in order: a path into one of them names its index instead.
    fn found(p: Problem, first_claim: usize, confirmed: usize) -> AddProblem {
        let claim = p
            .path
            .strip_prefix("claims[")
            .and_then(|r| r.split_once(']'))
            .and_then(|(n, rest)| Some((n.parse::<usize>().ok()?, rest)))
            .filter(|&(i, _)| i >= first_claim && i - first_claim < confirmed);
        match claim {
            Some((i, rest)) => AddProblem {
                claim: Some(i - first_claim),
                path: rest.trim_start_matches('.').to_owned(),
                message: p.message,
            },
            None => AddProblem {
                claim: None,
                path: p.path,
                message: p.message,
            },
        }
    }
}

/// `corpus` with `article` and the `confirmed` claims added; new speakers and sides are created
/// with unique ids, claims get ids `<article>-c<n>`. Returns the new corpus when
/// [`validate`] finds no problem, else the problems, each naming the confirmed claim it is about
/// if any.
pub fn add_article(
    corpus: &Corpus,
    article: Article,
    confirmed: &[Confirmed],
) -> Result<Corpus, Vec<AddProblem>> {
    let mut out = corpus.clone();
    let mut problems = Vec::new();
    if !article
        .paragraphs
        .iter()
        .any(|p| p.kind == ParagraphKind::Body)
    {
        problems.push(AddProblem {
            claim: None,
            path: format!("articles[{}]", out.articles.len()),
            message: "the pasted text has no paragraph of running text".to_owned(),
        });
    }
    let first_claim = out.claims.len();
    for (i, c) in confirmed.iter().enumerate() {
        let Some(p) = article.paragraph(&c.paragraph) else {
            problems.push(AddProblem::claim(
                i,
                format!("there is no paragraph “{}” in the article", c.paragraph),
            ));
            continue;
        };
        let Some(quote) = char_slice(&p.text, c.start, c.end) else {
            problems.push(AddProblem::claim(
                i,
                format!(
                    "the span {}..{} is outside the paragraph, which has {}",
                    c.start,
                    c.end,
                    count(char_len(&p.text), "character")
                ),
            ));
            continue;
        };
        let speaker = match &c.speaker {
            SpeakerChoice::Existing(id) => id.clone(),
            SpeakerChoice::New {
                id,
                name,
                role,
                side,
            } => new_speaker(&mut out, id, name, role, side),
        };
        let side = out
            .speaker(&speaker)
            .map(|s| s.side.clone())
            .unwrap_or_default();
        let n = out.claims.len() - first_claim + 1;
        let id = unique_id(&format!("{}-c{n}", article.id), |id| {
            out.claim(id).is_some()
        });
        out.claims.push(Claim {
            id,
            article: article.id.clone(),
            paragraph: p.id.clone(),
            speaker,
            side,
            questions: c.questions.clone(),
            stance: c.stance.clone(),
            kind: c.kind,
            attribution: c.attribution,
            summary: c.summary.trim().to_owned(),
            quote: quote.to_owned(),
            start: c.start,
            end: c.end,
        });
    }
    out.articles.push(article);
    if problems.is_empty() {
        problems = validate(&out)
            .into_iter()
            .map(|p| AddProblem::found(p, first_claim, confirmed.len()))
            .collect();
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

/// The id of the speaker named `name` (case-insensitively) if one was already added, else of a
/// new speaker (and, if needed, a new side) added to `corpus`.
fn new_speaker(corpus: &mut Corpus, id: &str, name: &str, role: &str, side: &SideChoice) -> String {
    let side = match side {
        SideChoice::Existing(id) => id.clone(),
        SideChoice::New(side_name) => {
            let name = side_name.trim();
            match corpus
                .sides
                .iter()
                .find(|s| s.name.to_lowercase() == name.to_lowercase())
            {
                Some(s) => s.id.clone(),
                None => {
                    let id = unique_id(&slug(name), |id| corpus.side(id).is_some());
                    corpus.sides.push(Side {
                        id: id.clone(),
                        name: name.to_owned(),
                    });
                    id
                }
            }
        }
    };
    let name = name.trim();
    if let Some(s) = corpus
        .speakers
        .iter()
        .find(|s| s.name.to_lowercase() == name.to_lowercase() && s.side == side)
    {
        return s.id.clone();
    }
    let base = if id.trim().is_empty() {
        slug(name)
    } else {
        slug(id)
    };
    let id = unique_id(&base, |id| corpus.speaker(id).is_some());
    corpus.speakers.push(Speaker {
        id: id.clone(),
        name: name.to_owned(),
        role: role.trim().to_owned(),
        side,
    });
    id
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::CorpusBuilder;

    fn corpus() -> Corpus {
        CorpusBuilder::new("t")
            .title("T")
            .side("russia", "Russia")
            .speaker_with_role("putin", "Vladimir Putin", "President of Russia", "russia")
            .question("arms-race", "Will there be a new arms race?", "Arms race")
            .build()
    }

    const RAW: &str = "Accessibility links\n\nPutin Warns of Arms Race\n\nA caption (AP Photo/X)\n\nPutin said Russia would respond in kind.\n\n\"We are ready,\" said NATO chief Jens Stoltenberg.\n";

    fn meta() -> ArticleMeta {
        ArticleMeta {
            title: String::new(),
            outlet: "VOA".into(),
            published: "2018-10-24".into(),
            url: "https://www.voanews.com/a/x.html".into(),
        }
    }

    fn confirmed(paragraph: &str, start: usize, end: usize, speaker: SpeakerChoice) -> Confirmed {
        Confirmed {
            paragraph: paragraph.into(),
            start,
            end,
            speaker,
            questions: vec!["arms-race".into()],
            stance: BTreeMap::from([("arms-race".into(), Stance::Yes)]),
            kind: ClaimKind::Warning,
            attribution: Attribution::Paraphrase,
            summary: " Russia will answer. ".into(),
        }
    }

    #[test]
    fn an_article_from_pasted_text_has_ids_and_the_headline() {
        let a = new_article(&corpus(), &meta(), RAW);
        assert_eq!(a.id, "voa-2018-10-24-putin-warns-of-arms");
        assert_eq!(a.title, "Putin Warns of Arms Race");
        let ids: Vec<&str> = a.paragraphs.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "voa-2018-10-24-putin-warns-of-arms-x1",
                "voa-2018-10-24-putin-warns-of-arms-c1",
                "voa-2018-10-24-putin-warns-of-arms-p1",
                "voa-2018-10-24-putin-warns-of-arms-p2"
            ]
        );
        let mut c = corpus();
        c.articles.push(a);
        assert_eq!(
            new_article(&c, &meta(), RAW).id,
            "voa-2018-10-24-putin-warns-of-arms-2"
        );
        let titled = ArticleMeta {
            title: "Own title".into(),
            ..meta()
        };
        assert_eq!(new_article(&c, &titled, RAW).title, "Own title");
    }

    #[test]
    fn confirmed_claims_join_the_corpus_with_new_speakers_and_sides() {
        let c = corpus();
        let a = new_article(&c, &meta(), RAW);
        let p1 = a.paragraphs[2].id.clone();
        let p2 = a.paragraphs[3].id.clone();
        let stoltenberg = SpeakerChoice::New {
            id: "stoltenberg".into(),
            name: "Jens Stoltenberg".into(),
            role: "NATO chief".into(),
            side: SideChoice::New("NATO".into()),
        };
        let out = add_article(
            &c,
            a,
            &[
                confirmed(&p1, 11, 39, SpeakerChoice::Existing("putin".into())),
                confirmed(&p2, 1, 13, stoltenberg.clone()),
                confirmed(&p2, 1, 13, stoltenberg),
            ],
        )
        .unwrap();
        assert_eq!(out.articles.len(), 1);
        assert_eq!(out.sides.len(), 2);
        assert_eq!(out.sides[1].id, "nato");
        assert_eq!(out.speakers.len(), 2, "one new speaker for two claims");
        assert_eq!(out.speakers[1].side, "nato");
        let quotes: Vec<(&str, &str, &str)> = out
            .claims
            .iter()
            .map(|c| (c.quote.as_str(), c.speaker.as_str(), c.side.as_str()))
            .collect();
        assert_eq!(
            quotes,
            [
                ("Russia would respond in kind", "putin", "russia"),
                ("We are ready", "stoltenberg", "nato"),
                ("We are ready", "stoltenberg", "nato"),
            ]
        );
        assert_eq!(out.claims[0].id, "voa-2018-10-24-putin-warns-of-arms-c1");
        assert_eq!(out.claims[2].id, "voa-2018-10-24-putin-warns-of-arms-c3");
        assert_eq!(out.claims[0].summary, "Russia will answer.");
        assert!(validate(&out).is_empty());
    }

    #[test]
    fn problems_are_reported_not_hidden() {
        let c = corpus();
        let a = new_article(&c, &meta(), RAW);
        let p1 = a.paragraphs[2].id.clone();
        let e = add_article(
            &c,
            a.clone(),
            &[confirmed(
                &p1,
                11,
                400,
                SpeakerChoice::Existing("putin".into()),
            )],
        )
        .unwrap_err();
        assert_eq!((e[0].claim, e[0].path.as_str()), (Some(0), ""));
        assert_eq!(
            e[0].message,
            "the span 11..400 is outside the paragraph, which has 40 characters"
        );
        let e = add_article(
            &c,
            a.clone(),
            &[confirmed(
                &p1,
                11,
                39,
                SpeakerChoice::Existing("lavrov".into()),
            )],
        )
        .unwrap_err();
        assert_eq!(
            (e[0].claim, e[0].path.as_str()),
            (Some(0), "speaker"),
            "{e:?}"
        );
        let bad_date = ArticleMeta {
            published: "October".into(),
            ..meta()
        };
        let e = add_article(&c, new_article(&c, &bad_date, RAW), &[]).unwrap_err();
        assert_eq!(
            (e[0].claim, e[0].path.as_str()),
            (None, "articles[0].published")
        );
        let e = add_article(&c, new_article(&c, &meta(), "Only a headline"), &[]).unwrap_err();
        assert!(e[0].message.contains("no paragraph of running text"));
        assert_eq!((e[0].claim, e[0].path.as_str()), (None, "articles[0]"));
    }

    #[test]
    fn a_problem_of_a_new_claim_names_its_index_in_the_confirmed_claims() {
        let p = |path: &str| Problem {
            path: path.into(),
            message: "m".into(),
        };
        let at = |a: AddProblem| (a.claim, a.path);
        assert_eq!(
            at(AddProblem::found(p("claims[34].speaker"), 33, 2)),
            (Some(1), "speaker".into())
        );
        assert_eq!(
            at(AddProblem::found(p("claims[33]"), 33, 2)),
            (Some(0), String::new())
        );
        assert_eq!(
            at(AddProblem::found(p("claims[33].questions[0]"), 33, 2)),
            (Some(0), "questions[0]".into())
        );
        // Claims already in the corpus, past the new ones, or not claims at all keep their path.
        for path in [
            "claims[32].quote",
            "claims[35]",
            "claims[x]",
            "articles[2].published",
            "$",
        ] {
            assert_eq!(at(AddProblem::found(p(path), 33, 2)), (None, path.into()));
        }
    }
}
