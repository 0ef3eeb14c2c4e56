//! The direct-quote pattern: each pair of quotation marks, the speaker beside it (`"...," X
//! said`, `"...," said X`, `X said: "..."`), and the quotation's candidates: sentence by sentence
//! when it opens its sentence, from the sentence's start when it is inside one.

use super::paragraph::{trim_piece, Found, Paragraph, Used};
use super::pattern::Pattern;
use super::quotes::{is_open_mark, Quote};
use crate::corpus::CharIndex;
use crate::paste::{role, Role};
use crate::text::sentences;

impl Paragraph<'_> {
    /// Candidates of one quotation, and the verb it used.
    pub(super) fn quote_candidates(
        &mut self,
        q: &Quote,
        out: &mut Vec<Found>,
        used: &mut Vec<Used>,
    ) {
        let after = self.attribution_after(q);
        let before = if after.is_none() {
            self.attribution_before(q)
        } else {
            None
        };
        let at_start = self.opens_sentence(q.open);
        let attribution = after.or(before);
        if !at_start && before.is_none() {
            // A quotation inside a sentence: only with its speaker right after it, from the start
            // of the sentence to the closing mark.
            let Some((verb, speaker)) = after else {
                return;
            };
            let Some(s) = self.sentence_of(q.open) else {
                return;
            };
            used.push((verb, Some(speaker)));
            out.push(Found {
                start: self.sents[s].0,
                end: q.close_end,
                speaker: Some(speaker),
                verb: self.toks[verb].lower.clone(),
                pattern: Pattern::DirectQuote,
            });
            return;
        }
        if let Some((verb, speaker)) = attribution {
            used.push((verb, Some(speaker)));
        }
        self.full.push(q.inner);
        let (a, b) = q.inner;
        let inner = &self.text[a..b];
        let chars = CharIndex::new(inner);
        let byte = |n: usize| chars.byte(n).unwrap_or(inner.len());
        for (x, y) in sentences(inner) {
            let (x, y) = trim_piece(inner, byte(x), byte(y));
            if x >= y {
                continue;
            }
            out.push(Found {
                start: a + x,
                end: a + y,
                speaker: attribution.map(|(_, s)| s),
                verb: attribution.map_or_else(String::new, |(v, _)| self.toks[v].lower.clone()),
                pattern: Pattern::DirectQuote,
            });
        }
    }

    /// `"...," Putin said` / `"...," said Putin` / `"...," the minister told reporters`: the verb
    /// token and the speaker's byte range.
    pub(super) fn attribution_after(&self, q: &Quote) -> Option<(usize, (usize, usize))> {
        if q.close_end >= self.text.len() {
            return None;
        }
        let gap = self.text[q.close_end..]
            .chars()
            .take_while(|c| c.is_whitespace() || *c == ',');
        if gap.count() == 0 {
            return None;
        }
        let sent = self.sentence_of(q.close_end.saturating_sub(1))?;
        let first = self.toks.iter().position(|t| t.raw_s >= q.close_end)?;
        if self.toks[first].sent != sent {
            return None;
        }
        let mut window = Vec::new();
        let mut i = first;
        while i < self.toks.len() && i < first + 12 {
            let t = &self.toks[i];
            if t.sent != sent {
                break;
            }
            window.push(i);
            // `"...," Corrivan's chief executive, Daniel Roe, said`: past a name between commas.
            if let Some(end) = self.aside_name(i, sent) {
                window.extend(i + 1..=end);
                i = end + 1;
                continue;
            }
            if t.comma || t.stop {
                break;
            }
            i += 1;
        }
        let v = window
            .iter()
            .position(|&i| matches!(role(&self.toks[i].lower), Some(Role::Say | Role::Act)))?;
        let verb = window[v];
        if v == 0 {
            // Inverted: `said Putin`.
            let name = self.name_after(verb + 1, sent, 6)?;
            return Some((verb, name));
        }
        let (i0, i1) = self.subject(verb, first)?;
        (i0 == first).then(|| (verb, (self.toks[i0].s, self.toks[i1].e)))
    }

    /// `Putin said: "..."` / `Putin told reporters, "..."`.
    pub(super) fn attribution_before(&self, q: &Quote) -> Option<(usize, (usize, usize))> {
        let before = self.text[..q.open].trim_end();
        if !(before.ends_with(':') || before.ends_with(',')) {
            return None;
        }
        let sent = self.sentence_of(q.open)?;
        let last = self.toks.iter().rposition(|t| t.e <= q.open)?;
        if self.toks[last].sent != sent {
            return None;
        }
        let verb = (last.saturating_sub(3)..=last).rev().find(|&i| {
            self.toks[i].sent == sent
                && matches!(role(&self.toks[i].lower), Some(Role::Say | Role::Act))
        })?;
        let (i0, i1) = self.subject(verb, self.first_of(sent))?;
        Some((verb, (self.toks[i0].s, self.toks[i1].e)))
    }

    /// Whether a quotation proposed as a direct quote opens at `byte`.
    pub(super) fn quotes_open_at(&self, byte: usize) -> bool {
        self.full.iter().any(|&(a, _)| {
            self.text[byte..a.max(byte)]
                .chars()
                .all(|c| is_open_mark(c) || c.is_whitespace())
                && a >= byte
                && a - byte <= 4
        })
    }
}
