//! What an id is: the form every id of a corpus (and the corpus's own) must have so that it can
//! stand in a link, and the id of the corpus that comes with the app.

/// The id of the corpus shipped with the app. A link without `corpus=` means this one.
pub const BUNDLED_ID: &str = "bundled";

/// The longest id, in characters.
pub const MAX_ID_LEN: usize = 100;

/// True when `s` may be used as an id (and so in a link): 1 to [`MAX_ID_LEN`] characters from
/// `[A-Za-z0-9_.-]`.
pub fn is_valid_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= MAX_ID_LEN
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'))
}

/// Why a string is not an id, in plain words.
pub fn invalid_id_reason() -> String {
    format!("not a valid id (letters, digits, “_”, “.”, “-”; at most {MAX_ID_LEN} characters)")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_short_and_link_safe() {
        assert!(is_valid_id("a-b_c.D9"));
        assert!(!is_valid_id("") && !is_valid_id("a,b") && !is_valid_id("é"));
        assert!(is_valid_id(&"x".repeat(MAX_ID_LEN)));
        assert!(!is_valid_id(&"x".repeat(MAX_ID_LEN + 1)));
    }
}
