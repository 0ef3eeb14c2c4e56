//! A paragraph split into sentences ([`sentences`]), and what opens and closes one, which
//! the segmentation of a page reads too.

/// Abbreviations after which a full stop does not end a sentence (compared case-insensitively,
/// without the final full stop). Dotted abbreviations ("U.S.", "e.g.") and single-letter
/// initials ("J.") are recognised by their shape.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt",
    "cpl", "pvt", "gov", "sen", "rep", "rev", "hon", "pres", "amb", "sec", "st", "mt", "ft", "sr",
    "jr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "no", "nos", "vol", "vols", "p", "pp", "fig", "figs", "vs", "approx", "est", "inc", "ltd",
    "co", "corp", "dept", "univ", "ave", "blvd",
];

/// Characters that may close a sentence after its terminal punctuation.
pub(super) fn is_closer(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | ')' | ']' | '»')
}

/// Characters that may open a sentence.
pub(super) fn is_opener(c: char) -> bool {
    c.is_uppercase()
        || c.is_ascii_digit()
        || matches!(c, '"' | '“' | '‘' | '\'' | '(' | '[' | '«' | '¿' | '¡')
}

/// Splits a paragraph into sentences.
///
/// Returns `(start, end)` ranges counted in **chars** (Unicode scalar values, like the corpus
/// offsets), `end` exclusive; white space between sentences belongs to none. A sentence ends at
/// `.`, `!`, `?` or `…` (with any closing quotes or brackets after it) when white space follows
/// and the next text opens a sentence (an upper-case letter, a digit or an opening quote).
/// Hence `"... mirror this," Putin said` and `"Why?" he asked` stay one sentence. A full stop
/// after a known abbreviation ("Oct.", "Gen."), a dotted abbreviation ("U.S.") or an initial
/// ("J.") does not end a sentence. An ellipsis standing between sentences (`that. … We`) stays
/// with the sentence before it.
pub fn sentences(text: &str) -> Vec<(usize, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    let mut out = Vec::new();
    let mut start = skip_space(&chars, 0);
    let mut i = start;
    while i < n {
        let c = chars[i];
        if !matches!(c, '.' | '!' | '?' | '…') {
            i += 1;
            continue;
        }
        // The run of terminal punctuation and closers.
        let mut end = i + 1;
        while end < n && (matches!(chars[end], '.' | '!' | '?' | '…') || is_closer(chars[end])) {
            end += 1;
        }
        let next = skip_space(&chars, end);
        let spaced = next > end;
        let splits = next >= n
            || (spaced
                && is_opener(chars[next])
                && !(c == '.' && end == i + 1 && is_abbreviation(&chars[start..i])));
        if splits && next < n {
            out.push((start, end));
            start = next;
        }
        i = end;
    }
    let end = trim_end(&chars, n).max(start);
    if end > start {
        out.push((start, end));
    }
    out
}

fn skip_space(chars: &[char], mut i: usize) -> usize {
    while i < chars.len() && chars[i].is_whitespace() {
        i += 1;
    }
    i
}

fn trim_end(chars: &[char], mut end: usize) -> usize {
    while end > 0 && chars[end - 1].is_whitespace() {
        end -= 1;
    }
    end
}

/// Whether the word just before a full stop (the full stop not included) is an abbreviation.
fn is_abbreviation(before: &[char]) -> bool {
    let word_start = before
        .iter()
        .rposition(|c| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '‘' | '['))
        .map_or(0, |p| p + 1);
    let word: String = before[word_start..].iter().collect();
    if word.is_empty() {
        return false;
    }
    let lower = word.to_lowercase();
    if ABBREVIATIONS.contains(&lower.as_str()) {
        return true;
    }
    // An initial: one upper-case letter.
    let mut cs = word.chars();
    if let (Some(c), None) = (cs.next(), cs.clone().next()) {
        return c.is_uppercase();
    }
    // A dotted abbreviation such as "U.S" or "e.g": single letters separated by full stops.
    word.split('.')
        .all(|part| part.chars().count() == 1 && part.chars().all(char::is_alphabetic))
        && word.contains('.')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence_texts(text: &str) -> Vec<String> {
        sentences(text)
            .into_iter()
            .map(|(a, b)| text.chars().skip(a).take(b - a).collect())
            .collect()
    }

    #[test]
    fn sentences_respect_abbreviations_and_quotes() {
        let p = "The U.S. withdrawal from the 1987 Intermediate-Range Nuclear Forces Treaty (INF) \"wouldn't be left without an answer from our side,\" Putin told a meeting of Defense Ministry officials in Moscow on November 19, adding that the Kremlin was ready to discuss the matter with Washington.";
        assert_eq!(sentence_texts(p), [p]);
        let p = "Russia has repeatedly denied the accusations. Washington denies that.";
        assert_eq!(
            sentence_texts(p),
            [
                "Russia has repeatedly denied the accusations.",
                "Washington denies that."
            ]
        );
        let p = "\"The threat is not America's INF withdrawal. \u{2026} The threat is Russian missiles already deployed,\" Bolton said. \"The American position is that Russia is in violation. Russia's position is that they are not in violation.";
        assert_eq!(
            sentence_texts(p),
            [
                "\"The threat is not America's INF withdrawal. \u{2026}",
                "The threat is Russian missiles already deployed,\" Bolton said.",
                "\"The American position is that Russia is in violation.",
                "Russia's position is that they are not in violation.",
            ]
        );
        let p = "Gen. J. Smith met Sen. Doe in Moscow, Oct. 23, 2018. \"Is it over?\" he asked. It is! Yes.";
        assert_eq!(
            sentence_texts(p),
            [
                "Gen. J. Smith met Sen. Doe in Moscow, Oct. 23, 2018.",
                "\"Is it over?\" he asked.",
                "It is!",
                "Yes."
            ]
        );
        let p = "It could lead to a new \"arms race.\" Russia denies it.";
        assert_eq!(
            sentence_texts(p),
            ["It could lead to a new \"arms race.\"", "Russia denies it."]
        );
    }

    #[test]
    fn sentences_count_chars_and_skip_space() {
        // The curly apostrophe is one char: offsets are char offsets.
        let p = "  Ukraine\u{2019}s Crimea. Next one  ";
        assert_eq!(sentences(p), [(2, 19), (20, 28)]);
        assert!(sentences("").is_empty());
        assert!(sentences("   ").is_empty());
        assert_eq!(sentences("no terminal punctuation"), [(0, 23)]);
    }
}
