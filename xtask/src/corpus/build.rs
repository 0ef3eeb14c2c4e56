//! From annotations and raw texts to a [`Corpus`]: segmentation, paragraph ids, quote offsets.
//!
//! Every problem names what it is about (`claim <id>: ...`, `article <id>: ...`) and all of them
//! are reported together.

use super::format::{Annotations, ArticleAnn};
use claimscope_core::corpus::{
    find_chars, Article, Attribution, Claim, ClaimKind, Corpus, Event, Fact, ParagraphKind,
    Question, Side, Span, Speaker, Stance, SCHEMA_VERSION,
};
use claimscope_core::paste::paragraphs;
use claimscope_core::text::segment;
use std::collections::{BTreeMap, BTreeSet};

/// Segments one raw text into an article (metadata from the annotation), with the paragraph ids
/// of [`claimscope_core::paste::paragraphs`], which the app's "add an article" uses too.
pub fn article(ann: &ArticleAnn, raw: &str) -> Result<Article, String> {
    let seg = segment(raw);
    let headline = seg
        .headline
        .ok_or_else(|| format!("article {}: no headline in {}", ann.id, ann.file))?;
    let paragraphs = paragraphs(&ann.id, seg.blocks);
    Ok(Article {
        id: ann.id.clone(),
        outlet: ann.outlet.clone(),
        title: ann.title.clone().unwrap_or(headline),
        published: ann.published.clone(),
        url: ann.url.clone(),
        paragraphs,
        external: ann.external.clone(),
        external_source: ann.external_source.clone(),
    })
}

/// A quote found in an article: paragraph id and char offsets.
#[derive(Debug, PartialEq, Eq)]
pub struct Located {
    pub paragraph: String,
    pub start: usize,
    pub end: usize,
}

/// Finds `quote` in the article's paragraphs (chrome excluded). It must occur exactly once,
/// unless `paragraph` (a local id such as `p3`) narrows the search and `occurrence` (1-based,
/// in document order) picks one of several.
pub fn locate(
    article: &Article,
    quote: &str,
    paragraph: Option<&str>,
    occurrence: Option<usize>,
) -> Result<Located, String> {
    if quote.is_empty() {
        return Err("the quote is empty".into());
    }
    let wanted = paragraph.map(|p| format!("{}-{p}", article.id));
    if let Some(w) = &wanted {
        match article.paragraph(w) {
            None => return Err(format!("no paragraph `{}` in article {}", w, article.id)),
            Some(p) if p.kind == ParagraphKind::Chrome => {
                return Err(format!("paragraph `{w}` is page chrome"))
            }
            Some(_) => {}
        }
    }
    let mut hits: Vec<Located> = Vec::new();
    for p in &article.paragraphs {
        if p.kind == ParagraphKind::Chrome || wanted.as_ref().is_some_and(|w| *w != p.id) {
            continue;
        }
        let mut from = 0;
        while let Some((start, end)) = find_chars(&p.text, quote, from) {
            hits.push(Located {
                paragraph: p.id.clone(),
                start,
                end,
            });
            from = start + 1;
        }
    }
    let place = wanted.as_deref().unwrap_or(&article.id);
    match (hits.len(), occurrence) {
        (0, _) => Err(format!("quote not found in {place}: «{quote}»")),
        (n, Some(k)) if k == 0 || k > n => Err(format!(
            "occurrence {k} asked, but the quote occurs {n} time(s) in {place}: «{quote}»"
        )),
        (_, Some(k)) => Ok(hits.swap_remove(k - 1)),
        (1, None) => Ok(hits.swap_remove(0)),
        (n, None) => {
            let mut where_: Vec<&str> = hits.iter().map(|h| h.paragraph.as_str()).collect();
            where_.dedup();
            Err(format!(
                "quote is ambiguous: it occurs {n} times in {place} ({}); name its `paragraph` \
                 and, if needed, its `occurrence`: «{quote}»",
                where_.join(", ")
            ))
        }
    }
}

fn parse_stance(s: &str) -> Option<Stance> {
    Stance::ALL.into_iter().find(|k| k.as_str() == s)
}

/// Pushes a problem for every id that appears more than once.
fn unique<'a>(what: &str, ids: impl Iterator<Item = &'a str>, problems: &mut Vec<String>) {
    let mut seen = BTreeSet::new();
    for id in ids {
        if id.is_empty() {
            problems.push(format!("{what}: an empty id"));
        } else if !seen.insert(id) {
            problems.push(format!("{what} {id}: the id is used twice"));
        }
    }
}

/// Builds the corpus. `sources` maps a file name in `data/sources/` to its text; every source must
/// be named by an article and every article's file must be there.
pub fn build(ann: &Annotations, sources: &BTreeMap<String, String>) -> Result<Corpus, Vec<String>> {
    let mut problems = Vec::new();
    unique(
        "article",
        ann.articles.iter().map(|a| a.id.as_str()),
        &mut problems,
    );
    unique(
        "side",
        ann.sides.iter().map(|a| a.id.as_str()),
        &mut problems,
    );
    unique(
        "speaker",
        ann.speakers.iter().map(|a| a.id.as_str()),
        &mut problems,
    );
    unique(
        "question",
        ann.questions.iter().map(|a| a.id.as_str()),
        &mut problems,
    );
    unique(
        "claim",
        ann.claims.iter().map(|a| a.id.as_str()),
        &mut problems,
    );
    unique(
        "event",
        ann.events.iter().map(|a| a.id.as_str()),
        &mut problems,
    );
    unique(
        "fact",
        ann.facts.iter().map(|a| a.id.as_str()),
        &mut problems,
    );

    let named: BTreeSet<&str> = ann.articles.iter().map(|a| a.file.as_str()).collect();
    for file in sources.keys() {
        if !named.contains(file.as_str()) {
            problems.push(format!(
                "source {file}: no article in the annotations names it"
            ));
        }
    }

    let mut articles = Vec::new();
    for a in &ann.articles {
        match sources.get(&a.file) {
            None => problems.push(format!(
                "article {}: source file {} not found in data/sources",
                a.id, a.file
            )),
            Some(raw) => match article(a, raw) {
                Ok(art) => articles.push(art),
                Err(e) => problems.push(e),
            },
        }
    }
    let find_article = |id: &str| articles.iter().find(|a| a.id == id);

    let sides: Vec<Side> = ann
        .sides
        .iter()
        .map(|s| Side {
            id: s.id.clone(),
            name: s.name.clone(),
        })
        .collect();
    let side_ids: BTreeSet<&str> = sides.iter().map(|s| s.id.as_str()).collect();

    let speakers: Vec<Speaker> = ann
        .speakers
        .iter()
        .map(|s| Speaker {
            id: s.id.clone(),
            name: s.name.clone(),
            role: s.role.clone(),
            side: s.side.clone(),
        })
        .collect();
    for s in &speakers {
        if !side_ids.contains(s.side.as_str()) {
            problems.push(format!("speaker {}: unknown side `{}`", s.id, s.side));
        }
    }

    let questions: Vec<Question> = ann
        .questions
        .iter()
        .map(|q| Question {
            id: q.id.clone(),
            text: q.text.clone(),
            short: q.short.clone(),
        })
        .collect();
    let question_ids: BTreeSet<&str> = questions.iter().map(|q| q.id.as_str()).collect();

    let mut claims = Vec::new();
    for c in &ann.claims {
        let mut bad = |msg: String| problems.push(format!("claim {}: {msg}", c.id));
        let speaker = speakers.iter().find(|s| s.id == c.speaker);
        if speaker.is_none() {
            bad(format!("unknown speaker `{}`", c.speaker));
        }
        let side = c
            .side
            .clone()
            .or_else(|| speaker.map(|s| s.side.clone()))
            .unwrap_or_default();
        if c.side.is_some() && !side_ids.contains(side.as_str()) {
            bad(format!("unknown side `{side}`"));
        }
        if c.questions.is_empty() {
            bad("names no question".into());
        }
        for q in &c.questions {
            if !question_ids.contains(q.as_str()) {
                bad(format!("unknown question `{q}`"));
            }
        }
        let mut stance = BTreeMap::new();
        for (q, s) in &c.stance {
            if !c.questions.contains(q) {
                bad(format!("stance on `{q}`, which is not among its questions"));
            }
            match parse_stance(s) {
                Some(st) => {
                    stance.insert(q.clone(), st);
                }
                None => bad(format!("unknown stance `{s}` on `{q}` (yes, no or mixed)")),
            }
        }
        let kind = ClaimKind::parse(&c.kind);
        if kind.is_none() {
            bad(format!("unknown kind `{}`", c.kind));
        }
        let attribution = Attribution::parse(&c.attribution);
        if attribution.is_none() {
            bad(format!(
                "unknown attribution `{}` (direct, paraphrase or reported)",
                c.attribution
            ));
        }
        if c.summary.trim().is_empty() {
            bad("has no summary".into());
        }
        let located = match find_article(&c.article) {
            None => {
                bad(format!("unknown article `{}`", c.article));
                None
            }
            Some(art) => match locate(art, &c.quote, c.paragraph.as_deref(), c.occurrence) {
                Ok(l) => Some(l),
                Err(e) => {
                    bad(e);
                    None
                }
            },
        };
        if let (Some(l), Some(kind), Some(attribution), Some(_)) =
            (located, kind, attribution, speaker)
        {
            claims.push(Claim {
                id: c.id.clone(),
                article: c.article.clone(),
                paragraph: l.paragraph,
                speaker: c.speaker.clone(),
                side,
                questions: c.questions.clone(),
                stance,
                kind,
                attribution,
                summary: c.summary.clone(),
                quote: c.quote.clone(),
                start: l.start,
                end: l.end,
            });
        }
    }

    let mut events = Vec::new();
    for e in &ann.events {
        let art = find_article(&e.article);
        match art.map(|a| locate(a, &e.quote, e.paragraph.as_deref(), e.occurrence)) {
            None => problems.push(format!("event {}: unknown article `{}`", e.id, e.article)),
            Some(Err(msg)) => problems.push(format!("event {}: {msg}", e.id)),
            Some(Ok(l)) => events.push(Event {
                id: e.id.clone(),
                date: e.date.clone(),
                label: e.label.clone(),
                article: e.article.clone(),
                paragraph: l.paragraph,
                quote: e.quote.clone(),
                start: l.start,
                end: l.end,
            }),
        }
    }

    let mut facts = Vec::new();
    for f in &ann.facts {
        let mut accounts = Vec::new();
        for (i, a) in f.accounts.iter().enumerate() {
            let art = find_article(&a.article);
            match art.map(|art| locate(art, &a.quote, a.paragraph.as_deref(), a.occurrence)) {
                None => problems.push(format!(
                    "fact {}, account {}: unknown article `{}`",
                    f.id,
                    i + 1,
                    a.article
                )),
                Some(Err(msg)) => problems.push(format!("fact {}, account {}: {msg}", f.id, i + 1)),
                Some(Ok(l)) => accounts.push(Span {
                    article: a.article.clone(),
                    paragraph: l.paragraph,
                    quote: a.quote.clone(),
                    start: l.start,
                    end: l.end,
                }),
            }
        }
        facts.push(Fact {
            id: f.id.clone(),
            topic: f.topic.clone(),
            accounts,
        });
    }

    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Corpus {
        schema: SCHEMA_VERSION,
        id: ann.corpus.id.clone(),
        title: ann.corpus.title.clone(),
        articles,
        sides,
        speakers,
        questions,
        claims,
        events,
        facts,
    })
}
