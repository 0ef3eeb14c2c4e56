//! Text with marked ranges, rendered as text nodes and `<mark>` elements (never as HTML).

use leptos::prelude::*;

/// Splits `text` at the byte ranges (sorted, non-overlapping, on char boundaries) and wraps the
/// ranges in `<mark>`. Ranges that are out of order or off a char boundary are skipped.
pub fn marked(text: &str, ranges: &[(usize, usize)]) -> AnyView {
    let mut parts = Vec::with_capacity(ranges.len() * 2 + 1);
    let mut at = 0;
    for &(s, e) in ranges {
        if s < at
            || e <= s
            || e > text.len()
            || !text.is_char_boundary(s)
            || !text.is_char_boundary(e)
        {
            continue;
        }
        if s > at {
            parts.push(text[at..s].to_owned().into_any());
        }
        parts.push(view! { <mark>{text[s..e].to_owned()}</mark> }.into_any());
        at = e;
    }
    if at < text.len() {
        parts.push(text[at..].to_owned().into_any());
    }
    parts.into_any()
}
