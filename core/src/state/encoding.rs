//! Percent-encoding of a link's values: decoding an `application/x-www-form-urlencoded`
//! component, telling whether it was well formed, and encoding all but the unreserved characters.

fn hex_value(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Decodes one `application/x-www-form-urlencoded` component: `+` is a space, `%XX` a byte.
/// Returns the text and whether it was well formed; when it was not, a `%` without two hex digits
/// is kept as it is and bytes that are not UTF-8 become U+FFFD.
pub(super) fn decode(raw: &str) -> (String, bool) {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut ok = true;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'+' => out.push(b' '),
            b'%' => {
                let hi = bytes.get(i + 1).copied().and_then(hex_value);
                let lo = bytes.get(i + 2).copied().and_then(hex_value);
                match (hi, lo) {
                    (Some(hi), Some(lo)) => {
                        out.push(hi << 4 | lo);
                        i += 2;
                    }
                    _ => {
                        ok = false;
                        out.push(b'%');
                    }
                }
            }
            _ => out.push(b),
        }
        i += 1;
    }
    match String::from_utf8(out) {
        Ok(s) => (s, ok),
        Err(e) => (String::from_utf8_lossy(e.as_bytes()).into_owned(), false),
    }
}

/// Appends `s` percent-encoded: everything but the unreserved `A-Z a-z 0-9 - . _ ~` becomes
/// `%XX` (upper-case hex, one per UTF-8 byte); a space is `%20`.
pub(super) fn encode_into(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0x0f)]));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encode_and_decode_are_inverse() {
        let mut out = String::new();
        encode_into(&mut out, "a b+c,d~e-f_g.h/ü");
        assert_eq!(out, "a%20b%2Bc%2Cd~e-f_g.h%2F%C3%BC");
        assert_eq!(decode(&out), ("a b+c,d~e-f_g.h/ü".to_owned(), true));
        assert_eq!(decode("%c3%bc"), ("ü".to_owned(), true));
    }
}
