//! Unicode normalisation primitives: compatibility decomposition of a char, whether a char is a
//! combining mark, the lowercase of a char, and NFC of a string.
//!
//! Natively they come from the `unicode-normalization` crate and the standard library. In the
//! browser (wasm32) they come from the browser itself (`String.prototype.normalize`,
//! `toLowerCase` and the regular expression `\p{M}`), so the app does not ship ~140 KB of Unicode
//! tables the browser already has. Both follow the Unicode standard; they can differ only on
//! characters that one side's Unicode version has not assigned yet.
//!
//! In the browser, each distinct non-ASCII char asks JavaScript once; the answers are cached, so
//! folding a large corpus makes one call per distinct char, not per char. ASCII never asks.

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use unicode_normalization::UnicodeNormalization;

    pub fn decompose_compatible(c: char, emit: impl FnMut(char)) {
        unicode_normalization::char::decompose_compatible(c, emit);
    }

    pub fn is_combining_mark(c: char) -> bool {
        unicode_normalization::char::is_combining_mark(c)
    }

    pub fn to_lowercase(c: char, emit: impl FnMut(char)) {
        c.to_lowercase().for_each(emit);
    }

    pub fn nfc(s: &str) -> String {
        s.nfc().collect()
    }
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use js_sys::{JsString, RegExp};
    use std::cell::RefCell;
    use std::collections::HashMap;

    thread_local! {
        static DECOMPOSED: RefCell<HashMap<char, Box<str>>> = RefCell::new(HashMap::new());
        static MARKS: RefCell<HashMap<char, bool>> = RefCell::new(HashMap::new());
        static LOWER: RefCell<HashMap<char, Box<str>>> = RefCell::new(HashMap::new());
        static MARK: RegExp = RegExp::new("^\\p{M}$", "u");
    }

    /// Emits the chars `js` gives for `c`, asking it once per char (see the module docs).
    fn cached(
        cache: &'static std::thread::LocalKey<RefCell<HashMap<char, Box<str>>>>,
        c: char,
        js: impl FnOnce(JsString) -> JsString,
        emit: impl FnMut(char),
    ) {
        // Copied out of the cache first, so that `emit` may use this module too. No char
        // decomposes into more than 18 chars (U+FDFA); no lowercase has more than 2.
        let mut buf = ['\0'; 18];
        let mut n = 0;
        cache.with_borrow_mut(|cache| {
            let d = cache
                .entry(c)
                .or_insert_with(|| String::from(js(JsString::from(c))).into());
            for d in d.chars().take(buf.len()) {
                buf[n] = d;
                n += 1;
            }
        });
        buf[..n].iter().copied().for_each(emit);
    }

    pub fn decompose_compatible(c: char, mut emit: impl FnMut(char)) {
        if c.is_ascii() {
            emit(c);
            return;
        }
        cached(&DECOMPOSED, c, |s| s.normalize("NFKD"), emit);
    }

    pub fn to_lowercase(c: char, mut emit: impl FnMut(char)) {
        if c.is_ascii() {
            emit(c.to_ascii_lowercase());
            return;
        }
        cached(&LOWER, c, |s| s.to_lower_case(), emit);
    }

    pub fn is_combining_mark(c: char) -> bool {
        if c.is_ascii() {
            return false;
        }
        MARKS.with_borrow_mut(|cache| {
            *cache
                .entry(c)
                .or_insert_with(|| MARK.with(|re| re.test(c.encode_utf8(&mut [0; 4]))))
        })
    }

    pub fn nfc(s: &str) -> String {
        if s.is_ascii() {
            return s.to_owned();
        }
        JsString::from(s).normalize("NFC").into()
    }
}

/// Calls `emit` with each char of the full compatibility decomposition (NFKD) of `c`, in order;
/// `c` itself when it has none.
pub fn decompose_compatible(c: char, emit: impl FnMut(char)) {
    imp::decompose_compatible(c, emit);
}

/// Whether `c` is a combining mark (general category M: Mn, Mc or Me).
pub fn is_combining_mark(c: char) -> bool {
    imp::is_combining_mark(c)
}

/// Calls `emit` with each char of the lowercase of `c` (like [`char::to_lowercase`]).
pub fn to_lowercase(c: char, emit: impl FnMut(char)) {
    imp::to_lowercase(c, emit);
}

/// The canonical composition (NFC) of `s`.
pub fn nfc(s: &str) -> String {
    imp::nfc(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nfkd(c: char) -> String {
        let mut s = String::new();
        decompose_compatible(c, |d| s.push(d));
        s
    }

    #[test]
    fn decomposes_accents_ligatures_and_wide_forms() {
        assert_eq!(nfkd('a'), "a");
        assert_eq!(nfkd('è'), "e\u{300}");
        assert_eq!(nfkd('Č'), "C\u{30C}");
        assert_eq!(nfkd('ﬁ'), "fi");
        assert_eq!(nfkd('Ａ'), "A");
        assert_eq!(nfkd('ǅ'), "Dz\u{30C}");
        assert_eq!(nfkd('\u{FDFA}').chars().count(), 18);
        assert_eq!(nfkd('ї'), "і\u{308}");
        assert_eq!(nfkd('ß'), "ß");
    }

    #[test]
    fn marks_are_general_category_m() {
        assert!(is_combining_mark('\u{300}'));
        assert!(is_combining_mark('\u{308}'));
        assert!(is_combining_mark('\u{903}')); // Mc
        assert!(is_combining_mark('\u{20DD}')); // Me
        assert!(!is_combining_mark('a'));
        assert!(!is_combining_mark('é'));
        assert!(!is_combining_mark('\u{AD}'));
    }

    #[test]
    fn lowercases_like_std() {
        let lower = |c: char| {
            let mut s = String::new();
            to_lowercase(c, |l| s.push(l));
            s
        };
        assert_eq!(lower('A'), "a");
        assert_eq!(lower('Č'), "č");
        assert_eq!(lower('Σ'), "σ");
        assert_eq!(lower('İ'), "i\u{307}");
        assert_eq!(lower('ß'), "ß");
        assert_eq!(lower('1'), "1");
    }

    #[test]
    fn nfc_composes() {
        assert_eq!(nfc("e\u{301}"), "é");
        assert_eq!(nfc("ﬁ"), "ﬁ");
        assert_eq!(nfc("plain"), "plain");
    }
}
