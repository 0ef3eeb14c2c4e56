//! Folding text for comparison, and splitting folded text into tokens.
//!
//! # Folding
//!
//! Search compares *folded* text: [`fold`] applies compatibility decomposition (NFKD), drops
//! combining marks, lowercases, folds typographic apostrophes and quotes to ASCII (`’‘‚‛` to
//! `'`, `“”„‟«»` to `"`), drops invisible format characters (soft hyphen, zero-width space and
//! joiners, BOM) and spells out a few letters that NFKD keeps whole (`ß` to `ss`, `ø` to `o`,
//! `ł` to `l`, `đ` to `d`, `ı` to `i`, `æ` to `ae`, `œ` to `oe`). So `PUTIN` finds `Putin`,
//! `nie` finds `Niè`, `naive` finds `naïve` and `київ` finds `Київ` (and `Киів`: `ї` folds to
//! `і`).
//!
//! # Tokens
//!
//! A token is a maximal run of alphanumeric characters of folded text ([`tokens`]); everything
//! else (spaces, punctuation, apostrophes, hyphens) separates tokens. `Ukraine’s` is the two
//! tokens `ukraine` and `s`.

use super::normalize::{decompose_compatible, is_combining_mark, to_lowercase};

/// Characters that vanish when folding: invisible format characters that may sit inside words.
fn is_ignorable(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
    )
}

/// Typographic quotes folded to ASCII.
fn quote_fold(c: char) -> Option<char> {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' => Some('\''),
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}' => Some('"'),
        _ => None,
    }
}

/// Lowercase letters that NFKD keeps whole, spelled out in ASCII.
fn letter_fold(c: char) -> Option<&'static str> {
    Some(match c {
        'ß' => "ss",
        'ø' => "o",
        'ł' => "l",
        'đ' => "d",
        'ı' => "i",
        'æ' => "ae",
        'œ' => "oe",
        _ => return None,
    })
}

/// Emits the folded form of one char (zero or more chars).
#[inline]
fn fold_char(c: char, emit: &mut impl FnMut(char)) {
    if c.is_ascii() {
        emit(c.to_ascii_lowercase());
        return;
    }
    if is_ignorable(c) {
        return;
    }
    decompose_compatible(c, |d| {
        if d.is_ascii() {
            emit(d.to_ascii_lowercase());
            return;
        }
        if is_combining_mark(d) || is_ignorable(d) {
            return;
        }
        if let Some(q) = quote_fold(d) {
            emit(q);
            return;
        }
        to_lowercase(d, |l| {
            if l.is_ascii() {
                emit(l);
            } else if let Some(s) = letter_fold(l) {
                s.chars().for_each(&mut *emit);
            } else if !is_combining_mark(l) {
                emit(l);
            }
        });
    });
}

/// The case- and accent-insensitive form of `s` that search compares (see the module docs).
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// Appends the folded form of `s` to `out` (reusing its allocation).
pub fn fold_into(s: &str, out: &mut String) {
    if s.is_ascii() {
        let start = out.len();
        out.push_str(s);
        out[start..].make_ascii_lowercase();
        return;
    }
    for c in s.chars() {
        fold_char(c, &mut |f| out.push(f));
    }
}

/// [`fold`], with a map back to the original: for each byte of the folded string, the byte
/// offset in `s` where the char it came from starts; then one last entry, `s.len()`. The map is
/// non-decreasing and every entry is a char boundary of `s`.
pub fn fold_with_map(s: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(s.len());
    let mut map = Vec::with_capacity(s.len() + 1);
    for (i, c) in s.char_indices() {
        fold_char(c, &mut |f| {
            out.push(f);
            map.extend(std::iter::repeat_n(i, f.len_utf8()));
        });
    }
    map.push(s.len());
    (out, map)
}

/// Whether `c` belongs to a token (see the module docs).
#[inline]
pub fn is_token_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// The tokens of `folded` text with the byte offset each starts at.
pub fn tokens(folded: &str) -> Tokens<'_> {
    Tokens { s: folded, pos: 0 }
}

/// The iterator of [`tokens`].
#[derive(Clone, Debug)]
pub struct Tokens<'a> {
    s: &'a str,
    pos: usize,
}

impl<'a> Iterator for Tokens<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<(usize, &'a str)> {
        // Byte by byte where the text is ASCII (nearly all of it): indexing a large corpus spends
        // most of its time here.
        let start = self.scan_from(self.pos, false);
        if start >= self.s.len() {
            self.pos = start;
            return None;
        }
        let end = self.scan_from(start, true);
        self.pos = end;
        Some((start, &self.s[start..end]))
    }
}

impl Tokens<'_> {
    /// The first byte offset from `at` where a char is (`token`) or is not (`!token`) a token
    /// char, or the end.
    #[inline]
    fn scan_from(&self, mut at: usize, token: bool) -> usize {
        let bytes = self.s.as_bytes();
        while let Some(&b) = bytes.get(at) {
            let (is_token, len) = if b.is_ascii() {
                (b.is_ascii_alphanumeric(), 1)
            } else {
                match self.s[at..].chars().next() {
                    Some(c) => (is_token_char(c), c.len_utf8()),
                    None => break,
                }
            };
            if is_token != token {
                break;
            }
            at += len;
        }
        at
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_ignores_case_accents_and_typographic_quotes() {
        assert_eq!(fold("PUTIN"), "putin");
        assert_eq!(fold("Niè"), "nie");
        assert_eq!(fold("naïve Café"), "naive cafe");
        assert_eq!(fold("Ukraine’s “war”"), "ukraine's \"war\"");
        assert_eq!(fold("Київ"), "киів");
        assert_eq!(fold("Straße ﬁnal"), "strasse final");
        assert_eq!(fold("esca\u{AD}lation"), "escalation");
        // Decomposed input folds like composed input.
        assert_eq!(fold("nai\u{308}ve"), fold("naïve"));
    }

    #[test]
    fn fold_map_points_at_original_char_starts() {
        let s = "Niè’s";
        let (f, map) = fold_with_map(s);
        assert_eq!(f, "nie's");
        assert_eq!(map, vec![0, 1, 2, 4, 7, 8]);
        let (f, map) = fold_with_map("ﬁx");
        assert_eq!(f, "fix");
        assert_eq!(map, vec![0, 0, 3, 4]);
    }

    #[test]
    fn tokens_split_on_punctuation() {
        let f = fold("Ukraine’s  NATO-led, 2014!");
        let t: Vec<_> = tokens(&f).collect();
        assert_eq!(
            t,
            vec![
                (0, "ukraine"),
                (8, "s"),
                (11, "nato"),
                (16, "led"),
                (21, "2014")
            ]
        );
    }
}
