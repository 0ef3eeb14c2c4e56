//! The patterns without quotation marks, sentence by sentence: reported speech (`X said that
//! ...`, `X denies ...`, coordinated verbs), the trailing attribution (`..., X said.`),
//! `according to X`, and nouns of saying with their owner (`U.S. threats to ...`).

use super::paragraph::{piece, Found, Paragraph, Used};
use super::pattern::Pattern;
use super::words::{adverbial, is_article, opens_clause, NOUNS_WITH_THAT, POSSESSIVES};
use crate::paste::{phrasal_role, role, Role};

/// Verbs of acts that may follow the words they attribute, like a verb of saying:
/// `..., Belov announced on Saturday`.
const TRAILING_ACTS: &[&str] = &[
    "announced",
    "declared",
    "warned",
    "vowed",
    "pledged",
    "promised",
    "threatened",
    "cautioned",
];

/// The speaker (byte range) of the last verb of attribution in a sentence, and the candidate it
/// started (an index into the candidates found), which a coordinated verb may end.
pub(super) type Prev = (Option<(usize, usize)>, Option<usize>);

impl Paragraph<'_> {
    /// Reported speech, trailing attributions, `according to` and nominal candidates of sentence
    /// `s`.
    pub(super) fn reported(&self, s: usize, used: &[Used], out: &mut Vec<Found>) {
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
                let Some(mut name) = self.name_after(here + 2, s, 8) else {
                    continue;
                };
                let mut name_last = t.iter().rposition(|x| x.e == name.1).unwrap_or(here + 2);
                // `According to her lawyer, Tom Reed, ...`: the name between commas too.
                if let Some(k) = self.aside_name(name_last, s) {
                    name = (name.0, t[k].e);
                    name_last = k;
                }
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

            let particle = t
                .get(here + 1)
                .filter(|n| n.sent == s)
                .filter(|n| phrasal_role(&tok.lower, &n.lower).is_some());
            let r = match particle {
                Some(n) => phrasal_role(&tok.lower, &n.lower),
                None => role(&tok.lower),
            };
            let verb = match particle {
                Some(n) => format!("{} {}", tok.lower, n.lower),
                None => tok.lower.clone(),
            };
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
            let mut content_end = end_of_sentence;
            match (coordinated, prev) {
                (Some(cut), Some((Some(sp), c))) => {
                    // It ends the candidate before it (never lengthens one that ended before).
                    if let Some(c) = c.filter(|&c| cut < out[c].end) {
                        if let Some((a, b)) = piece(self.text, out[c].start, cut) {
                            out[c].start = a;
                            out[c].end = b;
                        }
                    }
                    speaker = sp;
                }
                (Some(_), None) if tok.lower.ends_with("ing") && t[here - 1].comma => {
                    // `The minister Ana Ruiz went further, accusing ...`: the clause's subject.
                    let Some((i0, i1)) = self.opening_subject(lo, here - 1) else {
                        continue;
                    };
                    speaker = (t[i0].s, t[i1].e);
                }
                _ => {
                    let relative = self.relative_subject(here, lo);
                    let (i0, i1, only_aux) = match relative {
                        Some((i0, i1)) => (i0, i1, false),
                        None => match self.subject_with_gap(here, lo) {
                            // `The trial is expected to last`, `Russia was accused of`: the
                            // subject does not speak.
                            Some(found) if found.passive && tok.lower.ends_with("ed") => continue,
                            Some(found) => (found.first, found.last, found.only_aux),
                            None => continue,
                        },
                    };
                    if inside {
                        // Only a clause of its own ends the last candidate and starts one:
                        // `..., and its spokesman called ...`, `the auditor, who claimed ...`;
                        // not a verb inside what is reported (`weapons that he said were`).
                        let cut = match relative {
                            Some(_) => Some(t[i1].e),
                            None => self.clause_joined(i0, lo),
                        };
                        let Some(cut) = cut else {
                            continue;
                        };
                        if let Some(c) = prev.and_then(|(_, c)| c) {
                            if let Some((a, b)) = piece(self.text, out[c].start, cut) {
                                out[c].end = b;
                                out[c].start = a;
                            }
                        }
                    }
                    if relative.is_some() {
                        content_end = t[here..]
                            .iter()
                            .take_while(|x| x.sent == s)
                            .find(|x| x.comma)
                            .map_or(end_of_sentence, |x| x.e);
                    }
                    speaker = (t[i0].s, t[i1].e);
                    if r == Role::Act && i0 == i1 && only_aux {
                        content_from_subject = Some(t[i0].s);
                    }
                }
            }

            // What was said: after `that`, after a verb of saying, or the act from its verb.
            let mut that = None;
            let after = here + 1 + usize::from(particle.is_some());
            for i in after..t.len().min(here + 8) {
                let x = &t[i];
                if x.sent != s || self.in_full_quote(x.s) {
                    break;
                }
                if x.lower == "that" && NOUNS_WITH_THAT.contains(&t[i - 1].lower.as_str()) {
                    break;
                }
                if x.lower == "that" {
                    // Not `Washington denies that.`, nor, after an act, `rejected that account`
                    // or `rejected that, and ...`: there `that` opens no clause.
                    let next = t.get(i + 1).filter(|n| n.sent == s);
                    let clause =
                        next.is_some_and(|n| r == Role::Say || opens_clause(n)) && !x.comma;
                    that = clause.then_some(i);
                    break;
                }
                if matches!(role(&x.lower), Some(Role::Say | Role::Act)) || x.stop {
                    break;
                }
                let tells = tok.lower.starts_with("tell") || tok.lower == "told";
                if x.comma && !tells {
                    break;
                }
                // After a verb of saying, only where and when it was said comes before `that`:
                // `said in a statement on Monday that`, not `said Russia built weapons that`.
                let placed = t[i - 1].lower == "in" || t[i - 1].lower == "at";
                let where_or_when = adverbial(&x.lower) || (x.cap && placed);
                if r == Role::Say && !tells && !where_or_when {
                    break;
                }
            }
            let start = match (that, r) {
                (Some(i), _) => t.get(i + 1).filter(|x| x.sent == s).map(|x| x.raw_s),
                (None, Role::Say) => t.get(after).filter(|x| x.sent == s).map(|x| x.raw_s),
                (None, _) => Some(content_from_subject.unwrap_or(tok.s)),
            };
            let Some(start) = start else {
                prev = Some((Some(speaker), None));
                continue;
            };
            // `said in a statement.`, `told reporters on Monday.`: where and when, no claim.
            let only_where = t[after..]
                .iter()
                .take_while(|x| x.sent == s && x.s < content_end)
                .all(|x| adverbial(&x.lower) || x.lower == "reporters");
            // `did not respond to a request for comment`
            let no_answer = tok.lower.starts_with("respond")
                && here > lo
                && ["not", "never"].contains(&t[here - 1].lower.as_str());
            if (that.is_none() && r == Role::Say && only_where) || no_answer {
                prev = Some((Some(speaker), None));
                continue;
            }
            if self.quotes_open_at(start) {
                prev = Some((Some(speaker), None));
                continue;
            }
            match piece(self.text, start, content_end) {
                Some((a, b)) if self.text[a..b].split_whitespace().count() >= 2 => {
                    out.push(Found {
                        start: a,
                        end: b,
                        speaker: Some(speaker),
                        verb,
                        pattern: Pattern::Reported,
                    });
                    prev = Some((Some(speaker), Some(out.len() - 1)));
                }
                _ => prev = Some((Some(speaker), None)),
            }
        }
    }

    /// Where a clause that opens at token `i0` (its subject) is joined to the one before:
    /// `..., and its spokesman` or `..., but the union` (the end of the word before the comma),
    /// `while the union` (the start of `while`). `None` inside one clause.
    fn clause_joined(&self, i0: usize, lo: usize) -> Option<usize> {
        let t = &self.toks;
        if i0 < lo + 2 {
            return None;
        }
        let (before, w) = (&t[i0 - 2], t[i0 - 1].lower.as_str());
        let joins = match w {
            "while" | "whereas" | "although" | "though" => true,
            "and" | "but" => before.comma,
            _ => false,
        };
        joins.then_some(before.e)
    }

    /// `..., Putin said.` / `..., said Putin.`: the last verb of saying of sentence `s`, when
    /// the speaker follows a comma and at most four words follow the verb; its token and the words
    /// before the comma.
    pub(super) fn trailing(
        &self,
        s: usize,
        lo: usize,
        sent_start: usize,
        used: &[Used],
    ) -> Option<(usize, Found)> {
        let t = &self.toks;
        let v = (lo..t.len())
            .take_while(|&i| t[i].sent == s)
            .filter(|&i| {
                (role(&t[i].lower) == Some(Role::Say)
                    || TRAILING_ACTS.contains(&t[i].lower.as_str()))
                    && !self.in_full_quote(t[i].s)
            })
            .last()?;
        if used.iter().any(|(u, _)| *u == v) {
            return None;
        }
        if v == lo {
            return None;
        }
        // The words after the verb up to a comma; after that comma only a participle of the
        // same speaker may go on (`..., Belov announced on Saturday, calling the move ...`).
        let in_sentence = t[v + 1..].iter().take_while(|x| x.sent == s).count();
        let rest = t[v + 1..v + 1 + in_sentence]
            .iter()
            .position(|x| x.comma)
            .map_or(in_sentence, |i| i + 1);
        let goes_on = |x: &super::tokens::Tok| {
            x.lower.ends_with("ing") || ["and", "but"].contains(&x.lower.as_str())
        };
        if rest < in_sentence && !goes_on(&t[v + 1 + rest]) {
            return None;
        }
        let (speaker, comma) = if t[v - 1].comma {
            // Not `Jane Roe, the chief negotiator, said the offer stood.`
            if self.subject(v, lo).is_some() {
                return None;
            }
            let name = self.name_after(v + 1, s, 6)?;
            let last = t.iter().rposition(|x| x.e == name.1)?;
            (last == v + rest).then_some((name, v - 1))?
        } else {
            let (i0, i1) = self.subject(v, lo)?;
            let that = t[v + 1..v + 1 + rest].iter().any(|x| x.lower == "that");
            (i0 > lo && t[i0 - 1].comma && rest <= 6 && !that)
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
}
