//! The coverage check: every sentence of a body paragraph that attributes speech or a position
//! must overlap at least one claim, or be listed as background with a reason.

use super::format::BackgroundAnn;
use claimscope_core::corpus::{char_slice, Corpus, ParagraphKind};
use claimscope_core::paste::attribution_word;
use claimscope_core::text::sentences;

struct Sentence<'a> {
    article: &'a str,
    paragraph: &'a str,
    start: usize,
    end: usize,
    text: &'a str,
}

/// All problems of coverage: uncovered attribution sentences and background entries that match
/// no sentence, several sentences, a sentence without attribution, or a sentence a claim covers.
pub fn check(corpus: &Corpus, background: &[BackgroundAnn]) -> Vec<String> {
    let mut all: Vec<Sentence> = Vec::new();
    for a in &corpus.articles {
        for p in a
            .paragraphs
            .iter()
            .filter(|p| p.kind == ParagraphKind::Body)
        {
            for (start, end) in sentences(&p.text) {
                all.push(Sentence {
                    article: &a.id,
                    paragraph: &p.id,
                    start,
                    end,
                    text: char_slice(&p.text, start, end).unwrap_or_default(),
                });
            }
        }
    }
    let covering = |s: &Sentence| {
        corpus
            .claims
            .iter()
            .find(|c| {
                c.article == s.article
                    && c.paragraph == s.paragraph
                    && c.start < s.end
                    && s.start < c.end
            })
            .map(|c| c.id.as_str())
    };

    let mut problems = Vec::new();
    let mut listed = vec![false; all.len()];
    for (i, b) in background.iter().enumerate() {
        let name = format!("background {} ({})", i + 1, b.article);
        if corpus.article(&b.article).is_none() {
            problems.push(format!("{name}: unknown article `{}`", b.article));
            continue;
        }
        if b.reason.trim().is_empty() {
            problems.push(format!("{name}: gives no reason"));
        }
        let hits: Vec<usize> = (0..all.len())
            .filter(|&k| all[k].article == b.article && all[k].text.contains(&b.sentence))
            .collect();
        match hits.as_slice() {
            [] => problems.push(format!(
                "{name}: matches no sentence of the article's body: «{}»",
                b.sentence
            )),
            [k] => {
                let s = &all[*k];
                if attribution_word(s.text).is_none() {
                    problems.push(format!(
                        "{name}: the sentence has no word of attribution and needs no entry: «{}»",
                        s.text
                    ));
                } else if let Some(c) = covering(s) {
                    problems.push(format!(
                        "{name}: the sentence is covered by claim {c}; remove the entry: «{}»",
                        s.text
                    ));
                }
                listed[*k] = true;
            }
            many => problems.push(format!(
                "{name}: matches {} sentences; give more of the sentence: «{}»",
                many.len(),
                b.sentence
            )),
        }
    }

    for (k, s) in all.iter().enumerate() {
        if listed[k] {
            continue;
        }
        if let Some(word) = attribution_word(s.text) {
            if covering(s).is_none() {
                problems.push(format!(
                    "coverage: article {}, paragraph {}, chars {}..{}: the sentence attributes \
                     (\"{word}\") but no claim covers it and it is not listed as background: «{}»",
                    s.article, s.paragraph, s.start, s.end, s.text
                ));
            }
        }
    }
    problems
}
