//! Splitting a saved page's text into headline, paragraphs, captions and page chrome (a
//! paragraph into sentences is `sentences.rs`).
//!
//! The input is the plain text of a news page as a browser saves or copies it: one line per
//! paragraph, with or without blank lines between them, with the page's chrome ("Accessibility links",
//! "Breaking News", image placeholders, the outlet's footer) and photo captions mixed in.
//!
//! [`segment`] works line by line and is deterministic:
//!
//! - Each line is taken without its line break and without white space at its two ends; nothing
//!   inside a line is changed (quotes, ellipses, no-break spaces stay as they are).
//! - **Chrome**: page furniture ([`crate::text::is_chrome`]: navigation, sharing, stamps,
//!   breadcrumbs, placeholders, footers), a section's name on the line before the headline,
//!   the headline (or typed title) repeated, and the dateline that opens the first paragraph
//!   ([`crate::text::dateline`]), split off as a block of its own on the same line. A line a
//!   person keeps ([`Segmenter::keeping`]) is body text, whatever it looks like.
//! - **Headline**: the first line that is not chrome; with a typed title
//!   ([`Segmenter::titled`]), only a line that is the title, so a paste of the body alone keeps
//!   its first line. It is returned apart, not as a block.
//! - **Caption**: a line repeated identically on the next line (kept once), a line matching a
//!   caption pattern ("(file photo)", starting "FILE - ", "(AP Photo", ...), or a caption-like
//!   line right after the headline (only chrome or a byline between them) that ends in a
//!   dateline such as ", Oct. 24, 2018." or names who is "(not pictured)".
//! - **Credit**: "With reporting by ...", "Reporting by ...", "Compiled by ...", and short
//!   bylines ("By Jane Doe").
//! - **Subheading**: once the body has begun, a short line (at most 10 words and 80 characters)
//!   that ends without terminal punctuation or ends in `?`, followed by a line that opens a
//!   paragraph.
//! - **Body**: everything else. A body line goes on the paragraph before it, joined by `\n` (a
//!   hard-wrapped paragraph), when no blank line is between them and the line before does not
//!   end a sentence or this one opens in lower case; else it starts a paragraph (a paste of one
//!   paragraph a line).

use crate::corpus::{char_len, ParagraphKind};
use crate::text::chrome::MONTHS;
use crate::text::sentences::{is_closer, is_opener};
use crate::text::{dateline, is_chrome};

/// One classified piece of the page, in document order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    pub kind: ParagraphKind,
    /// The line (or, for a hard-wrapped body paragraph, the lines joined by `\n`), unchanged
    /// except for white space at its two ends.
    pub text: String,
    /// The 1-based number of the block's first line in the raw text.
    pub line: usize,
}

/// A page split by [`segment`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Segmented {
    /// The first line that is not chrome.
    pub headline: Option<String>,
    /// Everything else in document order; a caption repeated on the next line appears once.
    pub blocks: Vec<Block>,
}

impl Segmented {
    /// The blocks of one kind, in document order.
    pub fn of_kind(&self, kind: ParagraphKind) -> impl Iterator<Item = &Block> {
        self.blocks.iter().filter(move |b| b.kind == kind)
    }

    /// The texts of the body paragraphs, in document order.
    pub fn body(&self) -> Vec<&str> {
        self.of_kind(ParagraphKind::Body)
            .map(|b| b.text.as_str())
            .collect()
    }
}

/// A non-blank line of the raw text.
struct Line {
    /// 1-based line number.
    number: usize,
    /// Index of the blank-line-separated block the line belongs to.
    block: usize,
    /// Its text without the white space at its two ends: a byte range of the raw text.
    start: usize,
    end: usize,
}

/// What a line turned out to be.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Headline,
    Kind(ParagraphKind),
    /// The repetition of the line before it, dropped.
    Repeat,
}

/// Splits saved page text into a headline and classified blocks (see the module documentation).
pub fn segment(raw: &str) -> Segmented {
    let mut s = Segmenter::new(raw);
    while !s.classify(raw, usize::MAX) {}
    s.finish(raw)
}

/// [`segment`] of a text whose title a person typed ([`Segmenter::titled`]).
pub fn segment_titled(raw: &str, title: &str) -> Segmented {
    let mut s = Segmenter::new(raw).titled(title);
    while !s.classify(raw, usize::MAX) {}
    s.finish(raw)
}

/// [`segment`] a part at a time, for a long paste read while the page answers: the lines are
/// found at once (one pass), then classified `n` at a time ([`Segmenter::classify`]), then
/// gathered into blocks ([`Segmenter::finish`]). The same `raw` must be given to each call.
pub struct Segmenter {
    lines: Vec<Line>,
    /// The title a person typed, if any: the first line is the headline only when it is the
    /// title, else it is text.
    title: Option<String>,
    /// Numbers of lines a person keeps as text: never chrome, and no dateline split off.
    kept: Vec<usize>,
    /// The headline (or the typed title), once seen: the same line again is chrome.
    headline: Option<String>,
    classes: Vec<Class>,
    headline_seen: bool,
    body_seen: bool,
    /// Whether the last line that was neither chrome nor a credit was the headline.
    after_headline: bool,
}

impl Segmenter {
    pub fn new(raw: &str) -> Segmenter {
        let lines = lines(raw);
        Segmenter {
            classes: Vec::with_capacity(lines.len()),
            lines,
            title: None,
            kept: Vec::new(),
            headline: None,
            headline_seen: false,
            body_seen: false,
            after_headline: false,
        }
    }

    /// The segmenter of a text whose title a person typed (an empty title is none): the first
    /// line that is not chrome is the headline only when it is the same as the title; else it is
    /// the text's first paragraph (a paste of the body alone).
    pub fn titled(mut self, title: &str) -> Segmenter {
        let title = title.trim();
        self.title = (!title.is_empty()).then(|| title.to_owned());
        self
    }

    /// The segmenter that keeps the lines numbered `lines` (1-based) as text: a person undid
    /// setting them aside as chrome, or a dateline split off from them.
    pub fn keeping(mut self, lines: &[usize]) -> Segmenter {
        self.kept = lines.to_vec();
        self
    }

    /// Lines classified so far, and in all.
    pub fn progress(&self) -> (usize, usize) {
        (self.classes.len(), self.lines.len())
    }

    fn text<'r>(&self, raw: &'r str, i: usize) -> &'r str {
        let l = &self.lines[i];
        &raw[l.start..l.end]
    }

    /// Classifies the next `n` lines; true once every line is classified.
    pub fn classify(&mut self, raw: &str, n: usize) -> bool {
        let from = self.classes.len();
        let to = from.saturating_add(n).min(self.lines.len());
        for i in from..to {
            let class = self.class_of(raw, i);
            match class {
                Class::Headline => self.after_headline = true,
                Class::Kind(ParagraphKind::Chrome | ParagraphKind::Credit) | Class::Repeat => {}
                Class::Kind(_) => self.after_headline = false,
            }
            self.classes.push(class);
        }
        self.classes.len() == self.lines.len()
    }

    fn class_of(&mut self, raw: &str, i: usize) -> Class {
        let text = self.text(raw, i);
        let prev = i
            .checked_sub(1)
            .map(|j| (self.text(raw, j), self.classes[j]));
        let next = (i + 1 < self.lines.len()).then(|| self.text(raw, i + 1));
        let kept = self.kept.contains(&self.lines[i].number);
        let same = |a: &str, b: &str| a.trim().to_lowercase() == b.trim().to_lowercase();
        if kept && self.headline_seen {
            // A person keeps it as text, whatever it looked like.
            self.body_seen = true;
            return Class::Kind(ParagraphKind::Body);
        }
        let furniture = is_chrome(text)
            || self.headline.as_deref().is_some_and(|h| same(h, text))
            || (!self.headline_seen && self.title.is_none() && is_section_label(text, next));
        if !kept && furniture {
            Class::Kind(ParagraphKind::Chrome)
        } else if !self.headline_seen && self.title.as_deref().is_none_or(|t| same(t, text)) {
            self.headline_seen = true;
            self.headline = Some(text.to_owned());
            Class::Headline
        } else if !self.headline_seen {
            // A typed title and a paste of the body alone: this line is text.
            self.headline_seen = true;
            self.headline = self.title.clone();
            self.class_of(raw, i)
        } else if matches!(prev, Some((p, c)) if p == text && c != Class::Kind(ParagraphKind::Chrome))
        {
            Class::Repeat
        } else if next == Some(text)
            || is_caption(text)
            || (self.after_headline && is_caption_after_headline(text))
        {
            Class::Kind(ParagraphKind::Caption)
        } else if is_credit(text) {
            Class::Kind(ParagraphKind::Credit)
        } else if self.body_seen
            && is_subheading(text)
            && next.is_some_and(|n| !is_chrome(n) && !is_credit(n) && opens_paragraph(n))
        {
            Class::Kind(ParagraphKind::Subheading)
        } else {
            self.body_seen = true;
            Class::Kind(ParagraphKind::Body)
        }
    }

    /// The headline and blocks, once every line is classified (lines not yet classified are
    /// left out).
    pub fn finish(self, raw: &str) -> Segmented {
        let mut out = Segmented::default();
        let mut prev_body_block: Option<usize> = None;
        let mut body_seen = false;
        for (line, class) in self.lines.iter().zip(self.classes) {
            let text = &raw[line.start..line.end];
            match class {
                Class::Headline => {
                    out.headline = Some(text.to_owned());
                    prev_body_block = None;
                }
                Class::Repeat => {}
                Class::Kind(ParagraphKind::Body) => {
                    match (prev_body_block, out.blocks.last_mut()) {
                        // A hard-wrapped paragraph goes on; a line after a finished sentence
                        // starts a paragraph (a paste of one paragraph a line, no blank lines).
                        (Some(b), Some(last))
                            if b == line.block
                                && !(ends_sentence(&last.text) && opens_paragraph(text)) =>
                        {
                            last.text.push('\n');
                            last.text.push_str(text);
                        }
                        _ => {
                            let first = !body_seen && !self.kept.contains(&line.number);
                            let split = if first { dateline(text) } else { None };
                            if let Some(n) = split {
                                out.blocks.push(Block {
                                    kind: ParagraphKind::Chrome,
                                    text: text[..n].trim_end().to_owned(),
                                    line: line.number,
                                });
                            }
                            out.blocks.push(Block {
                                kind: ParagraphKind::Body,
                                text: text[split.unwrap_or(0)..].to_owned(),
                                line: line.number,
                            });
                        }
                    }
                    body_seen = true;
                    prev_body_block = Some(line.block);
                }
                Class::Kind(kind) => {
                    out.blocks.push(Block {
                        kind,
                        text: text.to_owned(),
                        line: line.number,
                    });
                    prev_body_block = None;
                }
            }
        }
        out
    }
}

fn lines(raw: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut block = 0;
    let mut in_block = false;
    for (i, l) in raw.lines().enumerate() {
        let text = l.trim();
        if text.is_empty() {
            if in_block {
                block += 1;
                in_block = false;
            }
            continue;
        }
        in_block = true;
        // `text` lies inside `raw`: its byte range, found from the pointers.
        let start = text.as_ptr() as usize - raw.as_ptr() as usize;
        out.push(Line {
            number: i + 1,
            block,
            start,
            end: start + text.len(),
        });
    }
    out
}

/// Caption patterns recognised anywhere on the page.
fn is_caption(text: &str) -> bool {
    let lower = text.to_lowercase();
    const PREFIXES: &[&str] = &["file - ", "file – ", "file — ", "file photo", "file: "];
    const FRAGMENTS: &[&str] = &[
        "(file photo)",
        "(file)",
        "(illustrative photo)",
        "(ap photo",
        "(reuters/",
        "(afp/",
        "(photo:",
        "photo: ",
        "(getty images",
    ];
    PREFIXES.iter().any(|p| lower.starts_with(p)) || FRAGMENTS.iter().any(|f| lower.contains(f))
}

/// Caption-like lines, recognised only right after the headline, where a photo usually sits.
fn is_caption_after_headline(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower.contains("(not pictured)")
        || lower.contains("(pictured)")
        || lower.contains("(l)")
        || lower.contains("(r)")
        || lower.contains("(c)")
        || ends_with_dateline(text)
}

/// Ends like ", Oct. 24, 2018." or ", October 24, 2018".
fn ends_with_dateline(text: &str) -> bool {
    let t = text.strip_suffix('.').unwrap_or(text);
    let words: Vec<&str> = t.split_whitespace().collect();
    let [.., before, month, day, year] = words.as_slice() else {
        return false;
    };
    let month = month.trim_end_matches('.').to_lowercase();
    let Some(day) = day.strip_suffix(',') else {
        return false;
    };
    before.ends_with(',')
        && MONTHS.contains(&month.as_str())
        && (1..=2).contains(&day.len())
        && day.bytes().all(|b| b.is_ascii_digit())
        && year.len() == 4
        && year.bytes().all(|b| b.is_ascii_digit())
}

fn is_credit(text: &str) -> bool {
    let lower = text.to_lowercase();
    const PREFIXES: &[&str] = &[
        "with reporting by",
        "additional reporting by",
        "reporting by",
        "(reporting by",
        "compiled by",
        "written by",
        "edited by",
        "with material from",
        "based on reporting by",
        "with additional reporting",
    ];
    if PREFIXES.iter().any(|p| lower.starts_with(p)) {
        return true;
    }
    // A short byline: "By Jane Doe", "By Jane Doe and John Roe".
    lower.starts_with("by ")
        && text.split_whitespace().count() <= 6
        && !ends_with_terminal(text)
        && text
            .split_whitespace()
            .nth(1)
            .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// A section's name on the line before the headline ("Health", "World news"): at most two
/// words, then a longer line that ends without a full stop, as headlines do.
fn is_section_label(text: &str, next: Option<&str>) -> bool {
    text.split_whitespace().count() <= 2
        && !ends_with_terminal(text)
        && next.is_some_and(|n| n.split_whitespace().count() > 3 && !ends_with_terminal(n))
}

/// Whether `text` ends a sentence: `.`, `!`, `?` or `…`, with any closing quotes or brackets.
fn ends_sentence(text: &str) -> bool {
    text.trim_end_matches(is_closer)
        .ends_with(['.', '!', '?', '…'])
}

/// Whether a line can open a paragraph: it opens like a sentence (not in lower case).
fn opens_paragraph(text: &str) -> bool {
    text.chars().next().is_some_and(is_opener)
}

fn ends_with_terminal(text: &str) -> bool {
    text.chars().last().is_some_and(|c| {
        matches!(
            c,
            '.' | '!' | ',' | ';' | ':' | '…' | '"' | '”' | '’' | '\'' | ')' | ']'
        )
    })
}

fn is_subheading(text: &str) -> bool {
    let first_ok = text
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    first_ok
        && char_len(text) <= 80
        && text.split_whitespace().count() <= 10
        && (text.ends_with('?') || !ends_with_terminal(text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::ParagraphKind::*;

    const RFERL: &str = include_str!("../../../data/sources/000_dde0e0d8df300b2c.txt");
    const VOA: &str = include_str!("../../../data/sources/002_a74754775b1aab61.txt");

    fn texts(s: &Segmented, kind: ParagraphKind) -> Vec<&str> {
        s.of_kind(kind).map(|b| b.text.as_str()).collect()
    }

    #[test]
    fn segment_rferl_seed() {
        let s = segment(RFERL);
        assert_eq!(
            s.headline.as_deref(),
            Some("Putin Mulls Russia Retaliation If U.S. Quits INF Treaty")
        );
        assert_eq!(
            texts(&s, Caption),
            ["Russian President Vladimir Putin (file photo)"]
        );
        assert_eq!(
            texts(&s, Credit),
            ["With reporting by AP, TASS, and Interfax"]
        );
        assert!(texts(&s, Subheading).is_empty());
        let chrome = texts(&s, Chrome);
        assert_eq!(chrome.len(), 4, "{chrome:?}");
        assert_eq!(
            chrome[..3],
            ["Accessibility links", "Breaking News", "• 16x9 Image"]
        );
        assert!(chrome[3].starts_with("RFE/RL journalists report the news in 27\u{a0}languages"));
        let body = s.body();
        assert_eq!(body.len(), 8, "{body:#?}");
        assert!(body[0].starts_with("Russian President Vladimir Putin has met"));
        assert!(body[7].ends_with("could lead to a new \"arms race.\""));
        // Byte for byte: the curly apostrophe stays.
        assert!(body[4].contains("Ukraine\u{2019}s Crimea region in 2014"));
        for b in &body {
            assert!(RFERL.contains(&format!("\n{b}\n")), "not a whole line: {b}");
        }
        // Document order: caption, body, credit, then the image placeholder and footer.
        let kinds: Vec<ParagraphKind> = s.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(kinds[..3], [Chrome, Chrome, Caption]);
        assert_eq!(kinds[kinds.len() - 3..], [Credit, Chrome, Chrome]);
        assert_eq!(s.blocks[2].line, 7);
    }

    #[test]
    fn segment_voa_seed() {
        let s = segment(VOA);
        assert_eq!(
            s.headline.as_deref(),
            Some("Putin: US Exit From Treaty Would Spur New Arms Race")
        );
        let captions = texts(&s, Caption);
        assert_eq!(captions.len(), 2, "{captions:#?}");
        assert!(captions[0].starts_with("Russian President Vladimir Putin speaks during"));
        assert!(captions[1].starts_with("FILE - Russia's Defense Minister Sergei Shoigu"));
        assert_eq!(texts(&s, Subheading), ["Meeting in November?"]);
        assert!(texts(&s, Credit).is_empty());
        assert_eq!(texts(&s, Chrome), ["Accessibility links", "Breaking News"]);
        let body = s.body();
        assert_eq!(body.len(), 13, "{body:#?}");
        assert!(body[0].starts_with("Russian President Vladimir Putin is warning"));
        assert!(body[12].starts_with("But Bolton has implied"));
        assert!(body[5].contains("for that. \u{2026} We are ready"));
        for b in &body {
            assert!(VOA.contains(&format!("\n{b}\n")) || VOA.ends_with(&format!("\n{b}")));
        }
    }

    #[test]
    fn segment_generic_paste() {
        let raw = "Skip to main content\r\n\r\nMenu\r\n\r\nCity Council Approves New Budget\r\n\r\nBy Jane Doe\r\n\r\nThe mayor speaks at City Hall, March 3, 2024.\r\n\r\n   The council voted 7-2 on Monday   \r\nto approve the budget, officials said.\r\n\r\n\"We are pleased,\" the mayor said.\r\n\r\nWhat happens next\r\n\r\nThe budget takes effect in July.\r\n\r\nA protester outside City Hall (AP Photo/John Roe)\r\n\r\nCopyright 2024 Example News. All rights reserved.\r\n";
        let s = segment(raw);
        assert_eq!(
            s.headline.as_deref(),
            Some("City Council Approves New Budget")
        );
        assert_eq!(texts(&s, Chrome).len(), 3);
        assert_eq!(texts(&s, Credit), ["By Jane Doe"]);
        assert_eq!(
            texts(&s, Caption),
            [
                "The mayor speaks at City Hall, March 3, 2024.",
                "A protester outside City Hall (AP Photo/John Roe)"
            ]
        );
        assert_eq!(texts(&s, Subheading), ["What happens next"]);
        assert_eq!(
            s.body(),
            [
                "The council voted 7-2 on Monday\nto approve the budget, officials said.",
                "\"We are pleased,\" the mayor said.",
                "The budget takes effect in July.",
            ]
        );
    }

    #[test]
    fn a_segmenter_in_parts_gives_what_segment_gives_at_once() {
        let text = format!("{RFERL}\n\n{VOA}\n\n  \n{RFERL}");
        let whole = segment(&text);
        for part in [1, 2, 7, 50] {
            let mut s = Segmenter::new(&text);
            let (_, total) = s.progress();
            let mut calls = 0;
            while !s.classify(&text, part) {
                calls += 1;
                assert_eq!(s.progress(), ((calls * part).min(total), total));
            }
            assert_eq!(s.finish(&text), whole, "{part} lines a part");
        }
    }

    #[test]
    fn segment_is_deterministic_and_handles_empty_text() {
        assert_eq!(segment(VOA), segment(VOA));
        assert_eq!(segment(""), Segmented::default());
        assert_eq!(segment("\n\n  \n").headline, None);
        let only = segment("Just a headline");
        assert_eq!(only.headline.as_deref(), Some("Just a headline"));
        assert!(only.blocks.is_empty());
    }

    #[test]
    fn real_pastes_navigation_one_paragraph_a_line_a_repeated_headline_and_a_dateline() {
        let raw = "Latest news\nHome | World | Europe\nTalks on steel tariffs collapse\nBy Jane Doe, Staff Reporter\nUpdated 14:02 GMT\nTalks on steel tariffs collapse\nGENEVA, March 3 (Meridian News) - Talks on steel ended on Monday.\nThe EU said it would respond.\nAdvertisement\n\u{201c}We are ready,\u{201d} Roe said.\n{ad}\nTalks resume in May.\n";
        let s = segment(raw);
        assert_eq!(
            s.headline.as_deref(),
            Some("Talks on steel tariffs collapse")
        );
        assert_eq!(
            s.body(),
            [
                "Talks on steel ended on Monday.",
                "The EU said it would respond.",
                "\u{201c}We are ready,\u{201d} Roe said.",
                "Talks resume in May.",
            ]
        );
        assert_eq!(
            texts(&s, Chrome),
            [
                "Latest news",
                "Home | World | Europe",
                "Updated 14:02 GMT",
                "Talks on steel tariffs collapse",
                "GENEVA, March 3 (Meridian News) -",
                "Advertisement",
                "{ad}",
            ]
        );
        assert_eq!(texts(&s, Credit), ["By Jane Doe, Staff Reporter"]);
        // Each block knows its line; the dateline and its paragraph share line 7.
        let lines: Vec<usize> = s.blocks.iter().map(|b| b.line).collect();
        assert_eq!(lines, [1, 2, 4, 5, 6, 7, 7, 8, 9, 10, 11, 12]);
    }

    #[test]
    fn a_typed_title_makes_the_first_line_text_unless_it_is_the_title() {
        let raw = "Russia said on Monday it would respond.\nThe talks failed.";
        assert_eq!(segment(raw).body(), ["The talks failed."]);
        let s = segment_titled(raw, "Russia vows response");
        assert_eq!(s.headline, None);
        assert_eq!(
            s.body(),
            [
                "Russia said on Monday it would respond.",
                "The talks failed."
            ]
        );
        let s = segment_titled(
            "Russia vows response\n\nRussia said so.",
            " russia vows RESPONSE ",
        );
        assert_eq!(s.headline.as_deref(), Some("Russia vows response"));
        assert_eq!(s.body(), ["Russia said so."]);
        // The typed title repeated in the body is chrome.
        let s = segment_titled(
            "Intro line here.\nRussia vows response\nMore.",
            "Russia vows response",
        );
        assert_eq!(s.body(), ["Intro line here.", "More."]);
        assert_eq!(texts(&s, Chrome), ["Russia vows response"]);
    }

    #[test]
    fn lines_a_person_keeps_are_text() {
        let raw = "Headline\nShare\nPARIS (AFP) - Workers struck on Monday.";
        let s = segment(raw);
        assert_eq!(texts(&s, Chrome), ["Share", "PARIS (AFP) -"]);
        let mut k = Segmenter::new(raw).keeping(&[2, 3]);
        while !k.classify(raw, 1) {}
        let k = k.finish(raw);
        assert!(texts(&k, Chrome).is_empty());
        // A kept line without a full stop goes on into the next, as a hard-wrapped line does.
        assert_eq!(k.body(), ["Share\nPARIS (AFP) - Workers struck on Monday."]);
    }

    #[test]
    fn a_repeated_line_is_one_caption() {
        let s = segment("Headline\n\nBody text here.\n\nA man waves\nA man waves\n\nMore body.\n");
        assert_eq!(texts(&s, Caption), ["A man waves"]);
        assert_eq!(s.body(), ["Body text here.", "More body."]);
    }
}
