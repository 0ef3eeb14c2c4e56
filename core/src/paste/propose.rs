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
//!   verb of saying ([`Role::Say`]) the candidate is what follows the verb (after `that`); for a
//!   verb of a speech act ([`Role::Act`]) it is the act itself, from the verb (from the speaker
//!   when the speaker is one word right before it: `Washington denies that.`). A second verb
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

use crate::corpus::{Article, Attribution, ClaimKind, ParagraphKind};
use crate::paste::{role, suggested_kind, Role};
use crate::text::sentences;

/// Which pattern proposed a candidate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Pattern {
    /// Words in quotation marks with the speaker beside them.
    DirectQuote,
    /// A quotation without a speaker beside it, continuing the last speaker.
    ContinuedQuote,
    /// A speaker and a verb of attribution: `X said (that) ...`, `X denies ...`.
    Reported,
    /// The attribution after unquoted words: `..., X said.`
    TrailingAttribution,
    /// `according to X`.
    AccordingTo,
    /// A noun of saying with its owner: `U.S. threats to ...`.
    Nominal,
}

impl Pattern {
    pub const ALL: [Pattern; 6] = [
        Pattern::DirectQuote,
        Pattern::ContinuedQuote,
        Pattern::Reported,
        Pattern::TrailingAttribution,
        Pattern::AccordingTo,
        Pattern::Nominal,
    ];

    /// A short name for people: "direct quote", "reported speech", ...
    pub fn label(self) -> &'static str {
        match self {
            Pattern::DirectQuote => "direct quote",
            Pattern::ContinuedQuote => "continued quote",
            Pattern::Reported => "reported speech",
            Pattern::TrailingAttribution => "attribution after the words",
            Pattern::AccordingTo => "according to",
            Pattern::Nominal => "noun of saying",
        }
    }

    /// The attribution a claim from this pattern most likely has.
    pub fn attribution(self) -> Attribution {
        match self {
            Pattern::DirectQuote | Pattern::ContinuedQuote => Attribution::Direct,
            Pattern::Reported | Pattern::TrailingAttribution | Pattern::AccordingTo => {
                Attribution::Paraphrase
            }
            Pattern::Nominal => Attribution::Reported,
        }
    }

    /// How much the pattern alone can be trusted, 0 to 100.
    fn confidence(self) -> u8 {
        match self {
            Pattern::DirectQuote => 90,
            Pattern::Reported | Pattern::TrailingAttribution | Pattern::AccordingTo => 70,
            Pattern::ContinuedQuote => 60,
            Pattern::Nominal => 40,
        }
    }
}

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
        suggested_kind(self.verb.split_whitespace().next().unwrap_or(""))
    }

    /// The attribution the pattern suggests.
    pub fn attribution(&self) -> Attribution {
        self.pattern.attribution()
    }
}

/// Candidate claims of every body paragraph of `article`, in document order (by paragraph, then
/// by start, then by end).
pub fn propose(article: &Article) -> Vec<Candidate> {
    let mut found: Vec<(usize, Found)> = Vec::new();
    for (pi, p) in article.paragraphs.iter().enumerate() {
        if p.kind != ParagraphKind::Body {
            continue;
        }
        let mut here = Paragraph::new(&p.text).candidates();
        here.sort_by_key(|f| (f.start, f.end));
        found.extend(here.into_iter().map(|f| (pi, f)));
    }

    // Pronouns and continued quotes, in document order.
    let mut last_named: Option<String> = None;
    let mut out = Vec::new();
    for (pi, f) in found {
        let p = &article.paragraphs[pi];
        let written = f.speaker.map(|(a, b)| p.text[a..b].to_owned());
        let (speaker, refers_to, pattern) = match written {
            Some(w) if is_pronoun(&w) => (w, last_named.clone(), f.pattern),
            Some(w) => {
                last_named = Some(w.clone());
                (w, None, f.pattern)
            }
            None => match &last_named {
                Some(n) => (n.clone(), None, Pattern::ContinuedQuote),
                None => continue,
            },
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
        let start = p.text[..f.start].chars().count();
        let quote = p.text[f.start..f.end].to_owned();
        out.push(Candidate {
            paragraph: p.id.clone(),
            start,
            end: start + quote.chars().count(),
            quote,
            speaker,
            refers_to,
            verb: f.verb,
            pattern,
            confidence,
        });
    }
    out
}

/// The speaker (byte range) of the last verb of attribution in a sentence, and the candidate it
/// started (an index into the candidates found), which a coordinated verb may end.
type Prev = (Option<(usize, usize)>, Option<usize>);

/// A verb token used as the attribution of a quotation, and its speaker (byte range).
type Used = (usize, Option<(usize, usize)>);

/// A candidate before pronouns are resolved; offsets in bytes.
struct Found {
    start: usize,
    end: usize,
    /// The speaker's byte range in the paragraph; `None` for a quotation that continues the last
    /// speaker.
    speaker: Option<(usize, usize)>,
    verb: String,
    pattern: Pattern,
}

/// One word of a paragraph.
#[derive(Debug)]
struct Tok {
    /// Byte range of the word without the punctuation around it (and without a possessive `'s`;
    /// a dotted abbreviation keeps its final full stop: `U.S.`).
    s: usize,
    e: usize,
    /// Byte range of the whole white-space separated token.
    raw_s: usize,
    lower: String,
    cap: bool,
    /// Ends in a possessive `'s`.
    poss: bool,
    /// Punctuation after the word holds a comma.
    comma: bool,
    /// Punctuation after the word holds `:`, `;`, a dash, or the token has no letters at all.
    stop: bool,
    /// Index of the sentence the word is in.
    sent: usize,
}

/// A pair of quotation marks (or an opening mark left open to the end of the paragraph).
#[derive(Debug)]
struct Quote {
    /// Byte of the opening mark.
    open: usize,
    /// Bytes between the marks.
    inner: (usize, usize),
    /// Byte after the closing mark (the paragraph's end when left open).
    close_end: usize,
}

struct Paragraph<'a> {
    text: &'a str,
    toks: Vec<Tok>,
    /// Sentence byte ranges.
    sents: Vec<(usize, usize)>,
    quotes: Vec<Quote>,
    /// Quotations proposed as direct quotes: the words inside them start no other candidate.
    full: Vec<(usize, usize)>,
}

impl<'a> Paragraph<'a> {
    fn new(text: &'a str) -> Self {
        let bounds: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain(std::iter::once(text.len()))
            .collect();
        let sents: Vec<(usize, usize)> = sentences(text)
            .into_iter()
            .map(|(a, b)| (bounds[a], bounds[b]))
            .collect();
        let toks = tokens(text, &sents);
        Paragraph {
            text,
            toks,
            sents,
            quotes: quotes(text),
            full: Vec::new(),
        }
    }

    fn sentence_of(&self, byte: usize) -> Option<usize> {
        self.sents.iter().position(|&(a, b)| a <= byte && byte < b)
    }

    /// Whether only white space lies between the start of the sentence holding `byte` and it.
    fn opens_sentence(&self, byte: usize) -> bool {
        self.sentence_of(byte)
            .is_some_and(|s| self.text[self.sents[s].0..byte].trim().is_empty())
    }

    fn in_full_quote(&self, byte: usize) -> bool {
        self.full.iter().any(|&(a, b)| a <= byte && byte < b)
    }

    fn candidates(mut self) -> Vec<Found> {
        let mut out = Vec::new();
        // Verb tokens already used as the attribution of a quotation, with their speaker.
        let mut used: Vec<Used> = Vec::new();
        let quotes = std::mem::take(&mut self.quotes);
        for q in &quotes {
            self.quote_candidates(q, &mut out, &mut used);
        }
        for s in 0..self.sents.len() {
            self.reported(s, &used, &mut out);
        }
        out
    }

    /// Candidates of one quotation, and the verb it used.
    fn quote_candidates(&mut self, q: &Quote, out: &mut Vec<Found>, used: &mut Vec<Used>) {
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
        let bounds: Vec<usize> = inner
            .char_indices()
            .map(|(i, _)| i)
            .chain(std::iter::once(inner.len()))
            .collect();
        for (x, y) in sentences(inner) {
            let (x, y) = trim_piece(inner, bounds[x], bounds[y]);
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
    fn attribution_after(&self, q: &Quote) -> Option<(usize, (usize, usize))> {
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
        for (i, t) in self.toks.iter().enumerate().skip(first).take(8) {
            if t.sent != sent {
                break;
            }
            window.push(i);
            if t.comma || t.stop {
                break;
            }
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
    fn attribution_before(&self, q: &Quote) -> Option<(usize, (usize, usize))> {
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

    fn first_of(&self, sent: usize) -> usize {
        self.toks
            .iter()
            .position(|t| t.sent == sent)
            .unwrap_or(self.toks.len())
    }

    /// A name after the token `from` in sentence `sent`: capitalised words (or `the` and up to
    /// `max` words) up to a comma or the sentence's end.
    fn name_after(&self, from: usize, sent: usize, max: usize) -> Option<(usize, usize)> {
        let t0 = self.toks.get(from).filter(|t| t.sent == sent)?;
        if !(t0.cap || is_article(&t0.lower)) || is_stop_first(&t0.lower) {
            return None;
        }
        let mut last = from;
        for i in from..self.toks.len().min(from + max) {
            let t = &self.toks[i];
            if t.sent != sent || t.lower.is_empty() || self.in_full_quote(t.s) {
                break;
            }
            last = i;
            if t.comma || t.stop {
                break;
            }
        }
        valid_subject(&self.toks[from..=last]).then(|| (t0.s, self.toks[last].e))
    }

    /// The subject of the verb token `k`, not reaching before token `lo`: token indices
    /// `(first, last)`.
    fn subject(&self, k: usize, lo: usize) -> Option<(usize, usize)> {
        self.subject_with_gap(k, lo).map(|(a, b, _)| (a, b))
    }

    /// [`Self::subject`], and whether only auxiliaries stand between the subject and the verb.
    fn subject_with_gap(&self, k: usize, lo: usize) -> Option<(usize, usize, bool)> {
        let t = &self.toks;
        let mut j = k; // the subject ends before j
        let mut only_aux = true;
        while j > lo {
            let w = t[j - 1].lower.as_str();
            if t[j - 1].comma || t[j - 1].stop {
                break;
            }
            if AUX.contains(&w) {
                j -= 1;
            } else if DAYS.contains(&w) {
                j -= 1;
                if j > lo && t[j - 1].lower == "on" {
                    j -= 1;
                }
                only_aux = false;
            } else if TIME_NOUNS.contains(&w)
                && j >= lo + 2
                && ["last", "this", "next", "earlier", "later"].contains(&t[j - 2].lower.as_str())
            {
                j -= 2;
                only_aux = false;
            } else if w.bytes().all(|b| b.is_ascii_digit())
                && !w.is_empty()
                && j >= lo + 2
                && MONTHS.contains(&t[j - 2].lower.as_str())
            {
                j -= 2;
                if j > lo && t[j - 1].lower == "on" {
                    j -= 1;
                }
                only_aux = false;
            } else {
                break;
            }
        }
        if j <= lo {
            return None;
        }
        // `Bolton, who met Putin on Tuesday, called ...` / `Bolton, the adviser, said ...`.
        if t[j - 1].comma && j == k {
            let i = (lo..j - 1).rev().find(|&i| t[i].comma || t[i].stop)?;
            let next = t.get(i + 1)?.lower.as_str();
            if !(t[i].comma && ["who", "which", "whose", "the", "a", "an"].contains(&next)) {
                return None;
            }
            j = i + 1;
            only_aux = false;
        } else if t[j - 1].comma || t[j - 1].stop {
            return None;
        }
        let end = j - 1;
        let mut start = end;
        while start > lo {
            let p = &t[start - 1];
            if p.comma || p.stop || BREAKERS.contains(&p.lower.as_str()) || p.lower.is_empty() {
                break;
            }
            start -= 1;
        }
        if (start..=end).any(|i| self.in_full_quote(t[i].s)) {
            return None;
        }
        valid_subject(&t[start..=end]).then_some((start, end, only_aux))
    }

    /// Reported speech, trailing attributions, `according to` and nominal candidates of sentence
    /// `s`.
    fn reported(&self, s: usize, used: &[Used], out: &mut Vec<Found>) {
        let t = &self.toks;
        let lo = self.first_of(s);
        let Some(&(_, sent_end)) = self.sents.get(s) else {
            return;
        };
        let sent_start = self.sents[s].0;
        let end_of_sentence = sent_start + self.text[sent_start..sent_end].trim_end().len();
        let mut prev: Option<Prev> = None;
        let mut trailing_verb = None;
        if let Some((v, f)) = self.trailing(s, lo, sent_start, used) {
            prev = Some((f.speaker, Some(out.len())));
            out.push(f);
            trailing_verb = Some(v);
        }
        let mut k = lo;
        while k < t.len() && t[k].sent == s {
            let tok = &t[k];
            let here = k;
            k += 1;
            if self.in_full_quote(tok.s) || trailing_verb == Some(here) {
                continue;
            }
            if let Some(&(_, speaker)) = used.iter().find(|(v, _)| *v == here) {
                prev = Some((speaker, None));
                continue;
            }
            let open_end = prev.and_then(|(_, c)| c).map(|c| out[c].end);
            let inside = open_end.is_some_and(|e| tok.s < e);

            // `according to X`
            if tok.lower == "according" && t.get(here + 1).is_some_and(|n| n.lower == "to") {
                if inside {
                    continue;
                }
                let Some(name) = self.name_after(here + 2, s, 8) else {
                    continue;
                };
                let name_last = t.iter().rposition(|x| x.e == name.1).unwrap_or(here + 2);
                let (a, b) = if here == lo {
                    let a = t
                        .get(name_last + 1)
                        .filter(|x| x.sent == s)
                        .map(|x| x.raw_s);
                    match a {
                        Some(a) => (a, end_of_sentence),
                        None => continue,
                    }
                } else {
                    (sent_start, t[here - 1].e)
                };
                if let Some(f) = piece(self.text, a, b) {
                    out.push(Found {
                        start: f.0,
                        end: f.1,
                        speaker: Some(name),
                        verb: "according to".to_owned(),
                        pattern: Pattern::AccordingTo,
                    });
                }
                continue;
            }

            let r = role(&tok.lower);
            let possessor = here > lo
                && (t[here - 1].poss || POSSESSIVES.contains(&t[here - 1].lower.as_str()));
            let nominal = r == Some(Role::Noun)
                || (possessor
                    && matches!(r, Some(Role::Say | Role::Act))
                    && !tok.lower.ends_with("ed"));
            if nominal {
                if inside || here == lo {
                    continue;
                }
                let m = &t[here - 1];
                let owner = if possessor {
                    Some((m.s, m.e))
                } else if m.cap && !m.comma && !m.stop && !is_article(&m.lower) && here - 1 > lo {
                    // A capitalised modifier, not the sentence's first word: `U.S. threats`.
                    let mut a = here - 1;
                    while a > lo
                        && here - a < 4
                        && t[a - 1].cap
                        && !t[a - 1].comma
                        && !t[a - 1].stop
                    {
                        a -= 1;
                    }
                    (a > lo || !is_article(&t[a].lower)).then_some((t[a].s, m.e))
                } else {
                    None
                };
                let Some(owner) = owner else {
                    continue;
                };
                if let Some(f) = piece(self.text, owner.0, end_of_sentence) {
                    out.push(Found {
                        start: f.0,
                        end: f.1,
                        speaker: Some(owner),
                        verb: tok.lower.clone(),
                        pattern: Pattern::Nominal,
                    });
                    prev = Some((Some(owner), Some(out.len() - 1)));
                }
                continue;
            }
            let Some(r @ (Role::Say | Role::Act)) = r else {
                continue;
            };

            // A second verb of the same speaker: `... and also alleged that`, `, adding that`.
            let conj = |i: usize| ["and", "but", "or"].contains(&t[i].lower.as_str());
            let coordinated = if here > lo && conj(here - 1) {
                Some(t[here - 1].raw_s)
            } else if here > lo + 1
                && ["also", "then", "later", "again"].contains(&t[here - 1].lower.as_str())
                && conj(here - 2)
            {
                Some(t[here - 2].raw_s)
            } else if here > lo && t[here - 1].comma && tok.lower.ends_with("ing") {
                Some(t[here - 1].e)
            } else {
                None
            };
            let speaker;
            let mut content_from_subject = None;
            match (coordinated, prev) {
                (Some(cut), Some((Some(sp), c))) => {
                    if let Some(c) = c {
                        if let Some((a, b)) = piece(self.text, out[c].start, cut) {
                            out[c].start = a;
                            out[c].end = b;
                        }
                    }
                    speaker = sp;
                }
                _ => {
                    if inside {
                        continue;
                    }
                    let Some((i0, i1, only_aux)) = self.subject_with_gap(here, lo) else {
                        continue;
                    };
                    speaker = (t[i0].s, t[i1].e);
                    if r == Role::Act && i0 == i1 && only_aux {
                        content_from_subject = Some(t[i0].s);
                    }
                }
            }

            // What was said: after `that`, after a verb of saying, or the act from its verb.
            let mut that = None;
            for i in here + 1..t.len().min(here + 8) {
                let x = &t[i];
                if x.sent != s || self.in_full_quote(x.s) {
                    break;
                }
                if x.lower == "that" {
                    // Not `Washington denies that.`
                    that = t.get(i + 1).is_some_and(|n| n.sent == s).then_some(i);
                    break;
                }
                if matches!(role(&x.lower), Some(Role::Say | Role::Act)) || x.stop {
                    break;
                }
                if x.comma && !(tok.lower.starts_with("tell") || tok.lower == "told") {
                    break;
                }
            }
            let start = match (that, r) {
                (Some(i), _) => t.get(i + 1).filter(|x| x.sent == s).map(|x| x.raw_s),
                (None, Role::Say) => t.get(here + 1).filter(|x| x.sent == s).map(|x| x.raw_s),
                (None, _) => Some(content_from_subject.unwrap_or(tok.s)),
            };
            let Some(start) = start else {
                prev = Some((Some(speaker), None));
                continue;
            };
            if self.quotes_open_at(start) {
                prev = Some((Some(speaker), None));
                continue;
            }
            match piece(self.text, start, end_of_sentence) {
                Some((a, b)) if self.text[a..b].split_whitespace().count() >= 2 => {
                    out.push(Found {
                        start: a,
                        end: b,
                        speaker: Some(speaker),
                        verb: tok.lower.clone(),
                        pattern: Pattern::Reported,
                    });
                    prev = Some((Some(speaker), Some(out.len() - 1)));
                }
                _ => prev = Some((Some(speaker), None)),
            }
        }
    }

    /// `..., Putin said.` / `..., said Putin.`: the last verb of saying of sentence `s`, when
    /// the speaker follows a comma and at most four words follow the verb; its token and the words
    /// before the comma.
    fn trailing(
        &self,
        s: usize,
        lo: usize,
        sent_start: usize,
        used: &[Used],
    ) -> Option<(usize, Found)> {
        let t = &self.toks;
        let v = (lo..t.len())
            .take_while(|&i| t[i].sent == s)
            .filter(|&i| role(&t[i].lower) == Some(Role::Say) && !self.in_full_quote(t[i].s))
            .last()?;
        if used.iter().any(|(u, _)| *u == v) {
            return None;
        }
        if v == lo {
            return None;
        }
        let rest = t[v + 1..].iter().take_while(|x| x.sent == s).count();
        let (speaker, comma) = if t[v - 1].comma {
            let name = self.name_after(v + 1, s, 6)?;
            let last = t.iter().rposition(|x| x.e == name.1)?;
            (last == v + rest).then_some((name, v - 1))?
        } else {
            let (i0, i1) = self.subject(v, lo)?;
            let that = t[v + 1..v + 1 + rest].iter().any(|x| x.lower == "that");
            (i0 > lo && t[i0 - 1].comma && rest <= 4 && !that)
                .then(|| ((t[i0].s, t[i1].e), i0 - 1))?
        };
        let (a, b) = piece(self.text, sent_start, t[comma].e)?;
        Some((
            v,
            Found {
                start: a,
                end: b,
                speaker: Some(speaker),
                verb: t[v].lower.clone(),
                pattern: Pattern::TrailingAttribution,
            },
        ))
    }

    /// Whether a quotation proposed as a direct quote opens at `byte`.
    fn quotes_open_at(&self, byte: usize) -> bool {
        self.full.iter().any(|&(a, _)| {
            self.text[byte..a.max(byte)]
                .chars()
                .all(|c| is_open_mark(c) || c.is_whitespace())
                && a >= byte
                && a - byte <= 4
        })
    }
}

/// The span `a..b` without white space, commas, semicolons, colons or ellipses at its ends;
/// `None` when nothing is left.
fn piece(text: &str, a: usize, b: usize) -> Option<(usize, usize)> {
    if a >= b || b > text.len() {
        return None;
    }
    let (x, y) = trim_piece(&text[a..b], 0, b - a);
    (x < y).then_some((a + x, a + y))
}

fn trim_piece(text: &str, mut a: usize, mut b: usize) -> (usize, usize) {
    let junk = |c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '…' | '-' | '—' | '–');
    while let Some(c) = text[a..b].chars().next().filter(|&c| junk(c)) {
        a += c.len_utf8();
    }
    while let Some(c) = text[a..b].chars().next_back().filter(|&c| junk(c)) {
        b -= c.len_utf8();
    }
    (a, b)
}

fn is_open_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '«')
}

/// Pairs of quotation marks in `text`: curly and angle quotes by their shape, straight quotes
/// alternately. An opening mark left open runs to the end of the paragraph (a quotation that
/// goes on in the next paragraph).
fn quotes(text: &str) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (i, c) in text.char_indices() {
        let close = match (open, c) {
            (None, '“' | '«' | '"') => {
                open = Some((i, c));
                false
            }
            (Some((_, '“')), '”') | (Some((_, '«')), '»') | (Some((_, '"')), '"') => true,
            _ => false,
        };
        if close {
            if let Some((o, m)) = open.take() {
                out.push(Quote {
                    open: o,
                    inner: (o + m.len_utf8(), i),
                    close_end: i + c.len_utf8(),
                });
            }
        }
    }
    if let Some((o, m)) = open {
        out.push(Quote {
            open: o,
            inner: (o + m.len_utf8(), text.len()),
            close_end: text.len(),
        });
    }
    out
}

fn tokens(text: &str, sents: &[(usize, usize)]) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut start = None;
    let push = |a: usize, b: usize, out: &mut Vec<Tok>| {
        let raw = &text[a..b];
        let core_s = raw.find(|c: char| c.is_alphanumeric());
        let core_e = raw
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_alphanumeric())
            .map(|(i, c)| i + c.len_utf8());
        let sent = sents
            .iter()
            .position(|&(x, y)| x <= a && a < y)
            .unwrap_or(sents.len());
        let (Some(cs), Some(mut ce)) = (core_s, core_e) else {
            out.push(Tok {
                s: a,
                e: b,
                raw_s: a,
                lower: String::new(),
                cap: false,
                poss: false,
                comma: raw.contains(','),
                stop: true,
                sent,
            });
            return;
        };
        let tail = &raw[ce..];
        if raw[cs..ce].contains('.') && tail.starts_with('.') {
            ce += 1;
        }
        let mut poss = false;
        for p in ["'s", "’s"] {
            if raw[cs..ce].ends_with(p) && ce - cs > p.len() {
                ce -= p.len();
                poss = true;
                break;
            }
        }
        let word = &raw[cs..ce];
        out.push(Tok {
            s: a + cs,
            e: a + ce,
            raw_s: a,
            lower: word.to_lowercase(),
            cap: word.chars().next().is_some_and(char::is_uppercase),
            poss,
            comma: tail.contains(','),
            stop: tail.contains([':', ';', '—', '–']) || raw[..cs].contains(['—', '–']),
            sent,
        });
    };
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(a)) => {
                push(a, i, &mut out);
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(a) = start {
        push(a, text.len(), &mut out);
    }
    out
}

/// Words between a subject and its verb: `Russia has repeatedly denied`.
const AUX: &[&str] = &[
    "has",
    "have",
    "had",
    "is",
    "are",
    "was",
    "were",
    "will",
    "would",
    "also",
    "repeatedly",
    "previously",
    "again",
    "later",
    "then",
    "not",
    "already",
    "still",
    "now",
    "once",
    "just",
    "recently",
    "earlier",
    "reportedly",
    "did",
    "does",
    "do",
    "been",
    "publicly",
    "openly",
    "formally",
    "has",
    "never",
    "often",
    "first",
    "further",
];

const DAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tonight",
];

const TIME_NOUNS: &[&str] = &[
    "week", "month", "year", "weekend", "morning", "evening", "night",
];

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Words that end the phrase before a subject.
const BREAKERS: &[&str] = &[
    "that", "but", "while", "because", "if", "when", "although", "as", "after", "before", "since",
    "whereas", "though", "where", "and", "or",
];

const POSSESSIVES: &[&str] = &["his", "her", "their"];

const PRONOUNS: &[&str] = &["he", "she", "they", "his", "her", "their"];

fn is_pronoun(w: &str) -> bool {
    PRONOUNS.contains(&w.to_lowercase().as_str())
}

fn is_article(w: &str) -> bool {
    matches!(w, "the" | "a" | "an")
}

/// Words that cannot open a speaker's name.
fn is_stop_first(w: &str) -> bool {
    [
        "it", "this", "that", "these", "those", "there", "here", "what", "which", "who", "in",
        "on", "at", "after", "before", "if", "when", "while", "as", "since", "although", "for",
        "with", "by", "from", "to", "i", "we", "you", "us", "me", "so", "but", "and", "or", "both",
        "all", "some", "many", "its", "our", "my", "your",
    ]
    .contains(&w)
}

/// A speaker's phrase: one to eight words opening with a capital, a pronoun, or an article
/// followed by more words; not ending in a function word.
fn valid_subject(words: &[Tok]) -> bool {
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    if words.len() > 8 || words.iter().any(|w| w.lower.is_empty()) {
        return false;
    }
    if words.len() == 1 && ["he", "she", "they"].contains(&first.lower.as_str()) {
        return true;
    }
    let opens = (first.cap && !is_stop_first(&first.lower))
        || (is_article(&first.lower) && words.len() >= 2);
    let ends_badly = [
        "to", "of", "a", "an", "the", "and", "or", "in", "on", "at", "for", "with", "by", "from",
        "its", "his", "her", "their", "who", "which",
    ]
    .contains(&last.lower.as_str());
    opens && !ends_badly
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Paragraph;

    fn article(paragraphs: &[&str]) -> Article {
        Article {
            id: "a".into(),
            outlet: String::new(),
            title: String::new(),
            published: String::new(),
            url: String::new(),
            paragraphs: paragraphs
                .iter()
                .enumerate()
                .map(|(i, t)| Paragraph {
                    id: format!("a-p{}", i + 1),
                    kind: ParagraphKind::Body,
                    text: (*t).into(),
                })
                .collect(),
            external: vec![],
            external_source: String::new(),
        }
    }

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
