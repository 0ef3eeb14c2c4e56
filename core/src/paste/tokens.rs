//! The words of a paragraph: white-space separated tokens with the word inside its punctuation,
//! its lower case, a capital, a possessive `'s`, the commas and stops after it, and its sentence.

/// One word of a paragraph.
#[derive(Debug)]
pub(super) struct Tok {
    /// Byte range of the word without the punctuation around it (and without a possessive `'s`;
    /// a dotted abbreviation keeps its final full stop: `U.S.`).
    pub(super) s: usize,
    pub(super) e: usize,
    /// Byte range of the whole white-space separated token.
    pub(super) raw_s: usize,
    pub(super) lower: String,
    pub(super) cap: bool,
    /// Two or more letters, all capitals: `US`, `EU`, `NATO` (never the pronoun `us` or `it`).
    pub(super) acronym: bool,
    /// Ends in a possessive `'s`.
    pub(super) poss: bool,
    /// Punctuation after the word holds a comma.
    pub(super) comma: bool,
    /// Punctuation after the word holds `:`, `;`, a dash, or the token has no letters at all.
    pub(super) stop: bool,
    /// Index of the sentence the word is in.
    pub(super) sent: usize,
}

pub(super) fn tokens(text: &str, sents: &[(usize, usize)]) -> Vec<Tok> {
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
                acronym: false,
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
            acronym: word.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && word.chars().all(|c| c.is_uppercase() || c == '.'),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<Tok> {
        tokens(text, &[(0, text.len())])
    }

    #[test]
    fn a_word_is_its_letters_without_punctuation_or_possessive() {
        let text = "“Moscow’s U.S. allies, he said: yes";
        let t = words(text);
        let w: Vec<&str> = t.iter().map(|t| &text[t.s..t.e]).collect();
        assert_eq!(w, ["Moscow", "U.S.", "allies", "he", "said", "yes"]);
        assert!(t[0].poss && t[0].cap && !t[1].poss);
        assert!(t[1].acronym && !t[0].acronym && !t[3].acronym);
        assert_eq!(t[0].raw_s, 0, "the raw token starts at the quotation mark");
        assert_eq!(t[1].lower, "u.s.");
        assert!(t[2].comma && !t[2].stop);
        assert!(t[4].stop && !t[4].comma, "a colon stops");
    }

    #[test]
    fn a_token_without_letters_stops_and_words_know_their_sentence() {
        let text = "One. Two — three —four";
        let t = tokens(text, &[(0, 5), (5, text.len())]);
        let sents: Vec<usize> = t.iter().map(|t| t.sent).collect();
        assert_eq!(sents, [0, 1, 1, 1, 1]);
        assert!(t[2].stop && t[2].lower.is_empty());
        assert!(!t[3].stop);
        assert!(t[4].stop, "a dash before the word stops too");
    }
}
