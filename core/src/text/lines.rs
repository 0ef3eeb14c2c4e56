//! Where a line of a pasted text lies, in the UTF-16 code units a text box's selection counts
//! (`setSelectionRange`), so that a candidate can be shown on its line of the text as pasted.

/// The UTF-16 range of line `line` (1-based) of `text`, without its line break; `None` past the
/// last line. Lines end at `\n` (a `\r` before it is left out too).
pub fn line_utf16(text: &str, line: usize) -> Option<(u32, u32)> {
    let mut at = 0u32;
    for (i, l) in text.split('\n').enumerate() {
        let units = |s: &str| s.encode_utf16().count() as u32;
        if i + 1 == line {
            let l = l.strip_suffix('\r').unwrap_or(l);
            return Some((at, at + units(l)));
        }
        at += units(l) + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lines_range_counts_utf16_units() {
        let text = "one\r\n“two” 😀\nthree";
        assert_eq!(line_utf16(text, 1), Some((0, 3)));
        // “ and ” are one unit each, the emoji two.
        assert_eq!(line_utf16(text, 2), Some((5, 13)));
        assert_eq!(line_utf16(text, 3), Some((14, 19)));
        assert_eq!(line_utf16(text, 4), None);
        assert_eq!(line_utf16(text, 0), None);
        assert_eq!(line_utf16("", 1), Some((0, 0)));
    }
}
