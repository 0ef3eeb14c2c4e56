//! Who speaks: the phrase before a verb of attribution (past auxiliaries, days, dates and a
//! relative clause: `Bolton, who met Putin on Tuesday, called ...`) or the name after one
//! (`said Putin`, `according to NATO`), and whether a phrase can be a speaker at all.

use super::paragraph::Paragraph;
use super::tokens::Tok;
use super::words::{is_article, is_stop_first, AUX, BREAKERS, DAYS, MONTHS, OWNERS};
use super::words::{PEOPLE, PREPOSITIONS, ROLES, TIME_NOUNS};
use crate::paste::{role, Role};

impl Paragraph<'_> {
    /// A name after the token `from` in sentence `sent`: capitalised words (or `the` and up to
    /// `max` words) up to a comma or the sentence's end.
    pub(super) fn name_after(
        &self,
        from: usize,
        sent: usize,
        max: usize,
    ) -> Option<(usize, usize)> {
        let t0 = self.toks.get(from).filter(|t| t.sent == sent)?;
        if is_stop_first(&t0.lower) && !t0.acronym {
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
    pub(super) fn subject(&self, k: usize, lo: usize) -> Option<(usize, usize)> {
        self.subject_with_gap(k, lo).map(|s| (s.first, s.last))
    }

    /// [`Self::subject`], with what stands between the subject and the verb.
    pub(super) fn subject_with_gap(&self, k: usize, lo: usize) -> Option<Subject> {
        let t = &self.toks;
        let mut j = k; // the subject ends before j
        let mut only_aux = true;
        let mut passive = false;
        while j > lo {
            let w = t[j - 1].lower.as_str();
            if t[j - 1].comma || t[j - 1].stop {
                break;
            }
            if AUX.contains(&w) {
                passive |= ["is", "are", "was", "were", "been", "be", "being"].contains(&w);
                j -= 1;
            } else if DAYS.contains(&w) {
                j -= 1;
                if j > lo && t[j - 1].lower == "on" {
                    j -= 1;
                }
                // `late on Tuesday`
                if j > lo && ["late", "early"].contains(&t[j - 1].lower.as_str()) {
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
        // Words between commas: `Bolton, who met Putin on Tuesday, called ...`, `Bolton, the
        // adviser, said ...`, `The minister, speaking after talks in Geneva, said ...`.
        // A name between the commas is the speaker's too: `The head of the commission, Dana
        // Ilescu, said`.
        let mut named = None;
        if t[j - 1].comma {
            let i = (lo..j - 1).rev().find(|&i| t[i].comma || t[i].stop)?;
            if !t[i].comma || j - 1 - i > MAX_ASIDE {
                return None;
            }
            if is_name(&t[i + 1..j]) {
                named = Some(j - 1);
            }
            j = i + 1;
            only_aux = false;
        } else if t[j - 1].stop {
            return None;
        }
        let end = j - 1;
        let mut start = end;
        while start > lo {
            let p = &t[start - 1];
            // `The Ministry of Trade and Industry`: `and` between capitals is part of a name.
            let in_name = p.lower == "and" && start >= lo + 2 && t[start - 2].cap && t[start].cap;
            if p.comma
                || p.stop
                || (BREAKERS.contains(&p.lower.as_str()) && !in_name)
                || p.lower.is_empty()
            {
                break;
            }
            start -= 1;
        }
        if (start..=end).any(|i| self.in_full_quote(t[i].s)) {
            return None;
        }
        if valid_subject(&t[start..=end]) {
            return Some(Subject {
                first: start,
                last: named.unwrap_or(end),
                only_aux,
                passive,
            });
        }
        // A phrase too long to be a speaker's, then a name between commas: the name speaks.
        let last = named?;
        let first = j + usize::from(is_article(&t[j].lower));
        Some(Subject {
            first,
            last,
            only_aux,
            passive,
        })
    }

    /// A name between commas right after token `k` (which ends with a comma) in sentence
    /// `sent`: the token that ends it (`her lawyer, Tom Reed,`).
    pub(super) fn aside_name(&self, k: usize, sent: usize) -> Option<usize> {
        let t = &self.toks;
        if !t.get(k)?.comma {
            return None;
        }
        let end = (k + 1..t.len().min(k + 7))
            .take_while(|&i| t[i].sent == sent)
            .find(|&i| t[i].comma || t[i].stop)?;
        (t[end].comma && is_name(&t[k + 1..=end])).then_some(end)
    }

    /// The subject that opens a sentence whose clause up to the comma token `comma` has no verb
    /// of saying: its words up to the last capitalised one, when only lower-case words follow it
    /// (`The trade minister Ana Ruiz | went further,`).
    pub(super) fn opening_subject(&self, lo: usize, comma: usize) -> Option<(usize, usize)> {
        let t = &self.toks;
        let last = (lo..comma).rev().find(|&i| t[i].cap)?;
        let rest = &t[last + 1..=comma];
        let predicate = !rest.is_empty() && rest.iter().all(|w| !w.cap && !w.lower.is_empty());
        let words = &t[lo..=last];
        (predicate && !words.iter().any(|w| w.comma || w.stop) && valid_subject(words))
            .then_some((lo, last))
    }

    /// The speaker of a verb in a relative clause, `the auditor, who claimed ...`: the noun
    /// phrase before the comma, not reaching back past a preposition, a verb of attribution or
    /// token `lo`. Token indices `(first, last)`.
    pub(super) fn relative_subject(&self, k: usize, lo: usize) -> Option<(usize, usize)> {
        let t = &self.toks;
        let mut j = k;
        while j > lo && AUX.contains(&t[j - 1].lower.as_str()) && !t[j - 1].comma {
            j -= 1;
        }
        if j < lo + 2 || !["who", "which"].contains(&t[j - 1].lower.as_str()) {
            return None;
        }
        let end = j - 2;
        if !t[end].comma || t[end].stop {
            return None;
        }
        let mut start = end;
        while start > lo && end - start < 5 {
            let p = &t[start - 1];
            if p.comma
                || p.stop
                || p.lower.is_empty()
                || BREAKERS.contains(&p.lower.as_str())
                || PREPOSITIONS.contains(&p.lower.as_str())
                || role(&p.lower).is_some_and(|r| r != Role::Cue)
            {
                break;
            }
            start -= 1;
        }
        let phrase = &t[start..=end];
        (valid_subject(phrase) && !phrase.iter().any(|w| self.in_full_quote(w.s)))
            .then_some((start, end))
    }
}

/// The subject of a verb: its tokens, and what stands between it and the verb.
pub(super) struct Subject {
    pub(super) first: usize,
    /// The last token: of the subject, or of a name between commas after it.
    pub(super) last: usize,
    /// Only auxiliaries (no time words, no words between commas).
    pub(super) only_aux: bool,
    /// A form of `be` among them: `is expected`, `was accused` (the subject is not the speaker).
    pub(super) passive: bool,
}

/// Words between commas that name someone: capitalised words (`Dana Ilescu`, `Corvane
/// Digital`), after an article too (`the Civic Alliance`).
pub(super) fn is_name(words: &[Tok]) -> bool {
    let words = match words.split_first() {
        Some((a, rest)) if is_article(&a.lower) => rest,
        _ => words,
    };
    (1..=5).contains(&words.len())
        && words.iter().all(|w| w.cap && !w.lower.is_empty())
        && !is_stop_first(&words[0].lower)
}

/// The most words between a speaker's comma and the comma before the verb.
const MAX_ASIDE: usize = 14;

/// A speaker's phrase: one to eight words opening with a capital (or an abbreviation such as
/// `US`), a pronoun, an article followed by more words, or a role ([`role_phrase`]); not ending
/// in a function word.
pub(super) fn valid_subject(words: &[Tok]) -> bool {
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    if words.len() > 8 || words.iter().any(|w| w.lower.is_empty()) {
        return false;
    }
    if words.len() == 1 && ["he", "she", "they", "it"].contains(&first.lower.as_str()) {
        return true;
    }
    let opens = (first.cap && (first.acronym || !is_stop_first(&first.lower)))
        || (is_article(&first.lower) && words.len() >= 2)
        || role_phrase(words);
    let ends_badly = [
        "to", "of", "a", "an", "the", "and", "or", "in", "on", "at", "for", "with", "by", "from",
        "its", "his", "her", "their", "who", "which",
    ]
    .contains(&last.lower.as_str());
    opens && !ends_badly
}

/// A phrase opening in lower case that still names a speaker: lower-case words with a role
/// among them, then a capitalised name (`foreign ministry spokeswoman Ana Perez`), or a
/// possessive and a role (`its spokesman`, `his lawyer`).
fn role_phrase(words: &[Tok]) -> bool {
    let is_role = |w: &Tok| ROLES.contains(&w.lower.as_str());
    let plain = |w: &Tok| !w.cap && !is_stop_first(&w.lower) && !is_article(&w.lower);
    match words {
        [owner, rest @ ..] if OWNERS.contains(&owner.lower.as_str()) => {
            rest.len() <= 3 && rest.iter().all(plain) && rest.last().is_some_and(is_role)
        }
        // `campaigners`, `senior officials`
        _ if words.len() <= 3
            && words.iter().all(plain)
            && words
                .last()
                .is_some_and(|w| PEOPLE.contains(&w.lower.as_str())) =>
        {
            true
        }
        _ => {
            let Some(name) = words.iter().position(|w| w.cap) else {
                return false;
            };
            name > 0
                && words[name..].iter().all(|w| w.cap)
                && words[..name].iter().all(plain)
                && words[..name].iter().any(is_role)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokens;
    use super::*;

    fn subject_of(phrase: &str) -> bool {
        valid_subject(&tokens(phrase, &[(0, phrase.len())]))
    }

    #[test]
    fn a_speaker_opens_with_a_capital_a_pronoun_or_an_article() {
        assert!(subject_of("Putin"));
        assert!(subject_of("he"));
        assert!(subject_of("the Kremlin"));
        assert!(subject_of("Russian President Vladimir Putin"));
        assert!(!subject_of("the"));
        assert!(subject_of("It"), "a body named before");
        assert!(!subject_of("It is"));
        assert!(subject_of("US Trade Representative Jane Roe"));
        assert!(subject_of("foreign ministry spokeswoman Ana Perez"));
        assert!(subject_of("its spokesman") && subject_of("senior officials"));
        assert!(!subject_of("foreign ministry spokeswoman") && !subject_of("its report"));
        assert!(!subject_of("us"));
        assert!(subject_of("officials") && !subject_of("treaties"));
        assert!(!subject_of("The head of"));
        assert!(!subject_of("One two three four five six seven Eight Nine"));
        assert!(!subject_of(""));
    }

    #[test]
    fn the_subject_of_a_verb_skips_auxiliaries_and_time_words() {
        let text = "Russia has on Wednesday repeatedly denied it.";
        let p = Paragraph::new(text);
        let verb = p.toks.iter().position(|t| t.lower == "denied").unwrap();
        let found = p.subject_with_gap(verb, 0).unwrap();
        assert_eq!(&text[p.toks[found.first].s..p.toks[found.last].e], "Russia");
        assert!(!found.only_aux && !found.passive);
        let text = "The talks failed, said Sergei Ryabkov.";
        let p = Paragraph::new(text);
        let said = p.toks.iter().position(|t| t.lower == "said").unwrap();
        let (a, b) = p.name_after(said + 1, 0, 6).unwrap();
        assert_eq!(&text[a..b], "Sergei Ryabkov");
    }
}
