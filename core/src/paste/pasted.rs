//! A pasted article and where its parts came from in the pasted text: the line each candidate
//! starts on (to show it there), and the lines set aside as page furniture (navigation, stamps,
//! bylines, datelines, ...), which a person can see and keep as text instead.

use crate::corpus::{byte_at, Article, Corpus, ParagraphKind};
use crate::paste::{new_article_of, ArticleMeta, Candidate};
use crate::text::{count, Segmented};

/// An article made from pasted text, with the line of the text each paragraph starts on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pasted {
    pub article: Article,
    /// The 1-based line of the pasted text each paragraph of `article` starts on, in order.
    pub lines: Vec<usize>,
}

/// Something the paste set aside: not read for claims.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SetAside {
    /// The 1-based line of the pasted text it is on.
    pub line: usize,
    pub text: String,
    /// What it was taken for, in words: "page furniture", "a byline or credit", "a caption".
    pub taken_for: &'static str,
}

impl SetAside {
    /// "Line 3, page furniture:".
    pub fn label(&self) -> String {
        format!("Line {}, {}:", self.line, self.taken_for)
    }
}

/// The heading of the lines set aside: "Set aside, not read for claims: 3 lines".
pub fn set_aside_heading(n: usize) -> String {
    format!("Set aside, not read for claims: {}", count(n, "line"))
}

/// The heading of the lines a person kept as text: "Kept as text: 2 lines".
pub fn kept_heading(n: usize) -> String {
    format!("Kept as text: {}", count(n, "line"))
}

impl Pasted {
    /// [`new_article_of`] `seg`, keeping each paragraph's line.
    pub fn new(corpus: &Corpus, meta: &ArticleMeta, seg: Segmented) -> Pasted {
        let lines = seg.blocks.iter().map(|b| b.line).collect();
        Pasted {
            article: new_article_of(corpus, meta, seg),
            lines,
        }
    }

    /// The 1-based line of the pasted text that candidate `c` starts on: its paragraph's first
    /// line, and one more for each line break before it (a hard-wrapped paragraph).
    pub fn line_of(&self, c: &Candidate) -> Option<usize> {
        let i = self
            .article
            .paragraphs
            .iter()
            .position(|p| p.id == c.paragraph)?;
        let p = &self.article.paragraphs[i];
        let before = &p.text[..byte_at(&p.text, c.start)?];
        Some(self.lines.get(i)? + before.matches('\n').count())
    }

    /// The lines set aside, in order: chrome, credits and captions.
    pub fn set_aside(&self) -> Vec<SetAside> {
        self.article
            .paragraphs
            .iter()
            .zip(&self.lines)
            .filter_map(|(p, &line)| {
                let taken_for = match p.kind {
                    ParagraphKind::Chrome => "page furniture",
                    ParagraphKind::Credit => "a byline or credit",
                    ParagraphKind::Caption => "a caption",
                    ParagraphKind::Body | ParagraphKind::Subheading => return None,
                };
                Some(SetAside {
                    line,
                    text: p.text.clone(),
                    taken_for,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::paste::propose;
    use crate::testing::CorpusBuilder;
    use crate::text::{segment_titled, Segmenter};

    const RAW: &str = "Latest news\nTalks collapse\nUpdated 14:02 GMT\nGENEVA, March 3 (Meridian News) - Talks on steel ended.\nThe EU said it would\nrespond in kind.\n\nBy Jane Doe\n";

    #[test]
    fn candidates_know_their_line_and_the_set_aside_lines_are_listed() {
        let corpus = CorpusBuilder::new("t").build();
        let p = Pasted::new(&corpus, &ArticleMeta::default(), segment_titled(RAW, ""));
        let c = propose(&p.article);
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].quote, "it would\nrespond in kind.");
        assert_eq!(p.line_of(&c[0]), Some(5));
        let set_aside = p.set_aside();
        let aside: Vec<(usize, &str, &str)> = set_aside
            .iter()
            .map(|s| (s.line, s.text.as_str(), s.taken_for))
            .collect();
        assert_eq!(
            aside,
            [
                (1, "Latest news", "page furniture"),
                (3, "Updated 14:02 GMT", "page furniture"),
                (4, "GENEVA, March 3 (Meridian News) -", "page furniture"),
                (8, "By Jane Doe", "a byline or credit"),
            ]
        );
        // Kept as text, a line set aside is a paragraph again.
        let mut s = Segmenter::new(RAW).keeping(&[4, 8]);
        while !s.classify(RAW, 10) {}
        let kept = Pasted::new(&corpus, &ArticleMeta::default(), s.finish(RAW));
        let lines: Vec<usize> = kept.set_aside().iter().map(|s| s.line).collect();
        assert_eq!(lines, [1, 3], "the dateline stays in its paragraph");
        assert!(kept
            .article
            .paragraphs
            .iter()
            .any(|p| p.text.starts_with("GENEVA")));
        assert!(kept
            .article
            .paragraphs
            .iter()
            .any(|p| p.text == "By Jane Doe" && p.kind == ParagraphKind::Body));
    }
}
