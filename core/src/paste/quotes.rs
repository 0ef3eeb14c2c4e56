//! Quotation marks in a paragraph: which marks open a quotation, and the pairs of marks with
//! the byte ranges between them.

/// A pair of quotation marks (or an opening mark left open to the end of the paragraph).
#[derive(Debug)]
pub(super) struct Quote {
    /// Byte of the opening mark.
    pub(super) open: usize,
    /// Bytes between the marks.
    pub(super) inner: (usize, usize),
    /// Byte after the closing mark (the paragraph's end when left open).
    pub(super) close_end: usize,
}

pub(super) fn is_open_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '«')
}

/// Pairs of quotation marks in `text`: curly and angle quotes by their shape, straight quotes
/// alternately. An opening mark left open runs to the end of the paragraph (a quotation that
/// goes on in the next paragraph).
pub(super) fn quotes(text: &str) -> Vec<Quote> {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<(usize, &str, usize)> {
        quotes(text)
            .iter()
            .map(|q| (q.open, &text[q.inner.0..q.inner.1], q.close_end))
            .collect()
    }

    #[test]
    fn straight_quotes_pair_alternately_and_curly_ones_by_shape() {
        assert_eq!(spans("a \"b\" c \"d\""), [(2, "b", 5), (8, "d", 11)]);
        // “ and ” are three bytes each; a straight mark inside them is text.
        assert_eq!(spans("“x \"y\" z”"), [(0, "x \"y\" z", 13)]);
        assert_eq!(spans("«non»"), [(0, "non", 7)]);
    }

    #[test]
    fn an_open_quotation_runs_to_the_end_and_a_stray_closing_mark_is_text() {
        assert_eq!(spans("He said: “we will go on"), [(9, "we will go on", 25)]);
        assert!(spans("no ” opening » marks").is_empty());
        assert!(is_open_mark('“') && is_open_mark('"') && is_open_mark('«'));
        assert!(!is_open_mark('”') && !is_open_mark('»'));
    }
}
