//! Char offsets and byte offsets: the one place that converts between them.
//!
//! The corpus counts a claim's `start` and `end` in Unicode scalar values (Rust `char`s) of its
//! paragraph's text, so a quote is verbatim at its offsets whatever the language; Rust slices
//! strings by byte. Every conversion between the two goes through this file.
//!
//! - [`byte_at`], [`char_at`] and [`char_len`] convert one position, in time linear in the text.
//! - [`char_slice`] and [`find_chars`] work on char offsets directly.
//! - [`CharIndex`] answers many conversions on one text, each in constant time (the corpus
//!   checks of 100,000 claims quoting one long paragraph stay linear).

/// The byte position of char `n` of `text`; the text's length for `n` equal to its char count,
/// `None` past it.
pub fn byte_at(text: &str, n: usize) -> Option<usize> {
    if n == 0 {
        return Some(0);
    }
    text.char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
        .nth(n)
}

/// The char offset of byte position `byte` of `text`, rounded down to the char it falls in;
/// the char count for a position at or past the end.
pub fn char_at(text: &str, byte: usize) -> usize {
    let mut b = byte.min(text.len());
    while !text.is_char_boundary(b) {
        b -= 1;
    }
    char_len(&text[..b])
}

/// The number of chars in `text`.
pub fn char_len(text: &str) -> usize {
    text.chars().count()
}

/// The `char` span `start..end` of `text`, or `None` when it is out of range.
pub fn char_slice(text: &str, start: usize, end: usize) -> Option<&str> {
    if start > end {
        return None;
    }
    let (b0, b1) = (byte_at(text, start)?, byte_at(text, end)?);
    Some(&text[b0..b1])
}

/// The `char` offsets of the first occurrence of `needle` in `text` at or after char `from`.
pub fn find_chars(text: &str, needle: &str, from: usize) -> Option<(usize, usize)> {
    let from_byte = byte_at(text, from)?;
    let b = text[from_byte..].find(needle)? + from_byte;
    let start = char_at(text, b);
    Some((start, start + char_len(needle)))
}

/// Char offsets to byte offsets in one text, in at most [`CharIndex::STEP`] steps each.
pub struct CharIndex<'a> {
    text: &'a str,
    /// The number of chars in the text.
    chars: usize,
    /// The byte position of every `STEP`-th char; empty when the text is ASCII.
    marks: Vec<usize>,
}

impl<'a> CharIndex<'a> {
    const STEP: usize = 32;

    pub fn new(text: &'a str) -> Self {
        if text.is_ascii() {
            return CharIndex {
                text,
                chars: text.len(),
                marks: Vec::new(),
            };
        }
        let mut marks = Vec::with_capacity(text.len() / Self::STEP + 1);
        let mut chars = 0;
        for (i, (b, _)) in text.char_indices().enumerate() {
            if i % Self::STEP == 0 {
                marks.push(b);
            }
            chars = i + 1;
        }
        CharIndex { text, chars, marks }
    }

    /// The text this indexes.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The number of chars in the text.
    pub fn len(&self) -> usize {
        self.chars
    }

    /// True for the empty text.
    pub fn is_empty(&self) -> bool {
        self.chars == 0
    }

    /// Same as [`byte_at`], in constant time per call.
    pub fn byte(&self, n: usize) -> Option<usize> {
        if n > self.chars {
            return None;
        }
        if n == self.chars {
            return Some(self.text.len());
        }
        if self.marks.is_empty() {
            return Some(n);
        }
        let from = self.marks[n / Self::STEP];
        self.text[from..]
            .char_indices()
            .nth(n % Self::STEP)
            .map(|(b, _)| from + b)
    }

    /// Same as [`char_slice`], in constant time per call.
    pub fn slice(&self, start: usize, end: usize) -> Option<&'a str> {
        if start > end {
            return None;
        }
        let (b0, b1) = (self.byte(start)?, self.byte(end)?);
        Some(&self.text[b0..b1])
    }

    /// Same as [`char_at`] for a byte position on a char boundary, in constant time per call.
    pub fn char_at(&self, byte: usize) -> usize {
        if self.marks.is_empty() {
            return byte.min(self.chars);
        }
        let byte = byte.min(self.text.len());
        let k = self.marks.partition_point(|&m| m <= byte).saturating_sub(1);
        k * Self::STEP + char_len(&self.text[self.marks[k]..byte])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn char_slice_counts_chars_not_bytes() {
        let t = "Ukraine’s Crimea";
        assert_eq!(char_slice(t, 8, 16), Some("s Crimea"));
        assert_eq!(char_slice(t, 0, 7), Some("Ukraine"));
        assert_eq!(char_slice(t, 7, 8), Some("’"));
        assert_eq!(char_slice(t, 10, 16), Some("Crimea"));
        assert_eq!(char_slice(t, 10, 17), None);
        assert_eq!(char_slice(t, 5, 4), None);
    }

    #[test]
    fn find_chars_returns_char_offsets() {
        let t = "’a’b";
        assert_eq!(find_chars(t, "b", 0), Some((3, 4)));
        assert_eq!(find_chars(t, "’", 1), Some((2, 3)));
        assert_eq!(find_chars(t, "x", 0), None);
    }

    #[test]
    fn a_byte_inside_a_char_rounds_down() {
        let t = "a’b";
        assert_eq!(char_at(t, 2), 1);
        assert_eq!(char_at(t, 4), 2);
        assert_eq!(char_at(t, 99), 3);
    }

    #[test]
    fn the_char_index_agrees_with_char_slice() {
        let text = "’a’b ünïcödé 😀 x".repeat(5);
        let idx = CharIndex::new(&text);
        let n = char_len(&text);
        for s in 0..=n + 2 {
            for e in 0..=n + 2 {
                assert_eq!(idx.slice(s, e), char_slice(&text, s, e), "{s}..{e}");
            }
        }
        for (c, (b, _)) in text.char_indices().enumerate() {
            assert_eq!(idx.char_at(b), c);
        }
    }

    proptest! {
        /// Char → byte → char is the identity on every position, for any text; the index and
        /// the direct functions agree.
        #[test]
        fn conversions_round_trip(text in "\\PC{0,80}", n in 0usize..90) {
            let idx = CharIndex::new(&text);
            let len = char_len(&text);
            prop_assert_eq!(idx.len(), len);
            match byte_at(&text, n) {
                Some(b) => {
                    prop_assert!(n <= len);
                    prop_assert!(text.is_char_boundary(b));
                    prop_assert_eq!(char_at(&text, b), n);
                    prop_assert_eq!(idx.byte(n), Some(b));
                    prop_assert_eq!(idx.char_at(b), n);
                }
                None => {
                    prop_assert!(n > len);
                    prop_assert_eq!(idx.byte(n), None);
                }
            }
        }

        /// The index slices as `char_slice` does, for any span, in or out of range.
        #[test]
        fn the_index_slices_as_char_slice_does(
            text in "[a-zé’“”😀\u{301} ]{0,80}", start in 0usize..90, end in 0usize..90,
        ) {
            let idx = CharIndex::new(&text);
            prop_assert_eq!(idx.slice(start, end), char_slice(&text, start, end));
        }

        /// A found span slices back to the needle.
        #[test]
        fn found_spans_slice_to_the_needle(text in "\\PC{0,60}", cut in 0usize..60, len in 1usize..6) {
            let chars: Vec<char> = text.chars().collect();
            prop_assume!(cut + len <= chars.len());
            let needle: String = chars[cut..cut + len].iter().collect();
            let (s, e) = find_chars(&text, &needle, 0).unwrap();
            prop_assert!(s <= cut);
            prop_assert_eq!(char_slice(&text, s, e), Some(needle.as_str()));
        }
    }
}
