//! A corpus file's bytes as text: strict UTF-8, as the download is read, so that no byte is
//! silently replaced. A refusal names the offset of the first bad byte.

use super::problem::{problem, Problem};
use crate::text::{count, thousands};

/// `bytes` as text, or the problem naming where the first byte that is not UTF-8 is. A leading
/// byte order mark (which some editors write at the start of UTF-8 files) is not part of the
/// text and is dropped. Takes the bytes so that valid text reuses their memory (a corpus can be
/// 50 MB).
pub fn utf8_text(bytes: Vec<u8>) -> Result<String, Problem> {
    let mut text = checked(bytes)?;
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    Ok(text)
}

fn checked(bytes: Vec<u8>) -> Result<String, Problem> {
    String::from_utf8(bytes).map_err(|e| {
        let error = e.utf8_error();
        let at = error.valid_up_to();
        let bytes = e.as_bytes();
        let why = match error.error_len() {
            Some(n) => format!(
                "the {} at offset {} ({}, counting from 0) {} not UTF-8",
                if n == 1 { "byte" } else { "bytes" },
                thousands(at),
                hex(&bytes[at..at + n]),
                if n == 1 { "is" } else { "are" },
            ),
            None => format!(
                "it ends in the middle of a character ({} at offset {})",
                count(bytes.len() - at, "byte"),
                thousands(at)
            ),
        };
        problem(
            "$",
            format!(
                "The file is not UTF-8 text: {why}. It may have been saved in another encoding; \
                save it as UTF-8 and try again."
            ),
        )
    })
}

fn hex(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|b| format!("0x{b:02X}"))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::utf8_text;

    #[test]
    fn valid_text_is_kept_as_it_is() {
        let text = "{\"quote\": \"Ukraine’s Crimea 🙂\"}";
        assert_eq!(utf8_text(text.as_bytes().to_vec()).unwrap(), text);
    }

    #[test]
    fn a_byte_order_mark_is_not_text() {
        let mut bytes = "\u{feff}".as_bytes().to_vec();
        bytes.extend_from_slice(b"{}");
        assert_eq!(utf8_text(bytes).unwrap(), "{}");
        // Only at the start.
        assert_eq!(utf8_text("{\u{feff}}".into()).unwrap(), "{\u{feff}}");
    }

    #[test]
    fn the_first_bad_byte_is_named_by_its_offset() {
        let p = utf8_text(b"{\"a\": \"\xff\xfe\"}".to_vec()).unwrap_err();
        assert_eq!(p.path, "$");
        assert!(
            p.message.starts_with(
                "The file is not UTF-8 text: the byte at offset 7 (0xFF, counting from 0) is not UTF-8."
            ),
            "{p}"
        );
        let mut long = vec![b' '; 1_234_567];
        long.extend_from_slice(b"caf\xe9!");
        let p = utf8_text(long).unwrap_err();
        assert!(p.message.contains("offset 1,234,570 (0xE9"), "{p}");
    }

    #[test]
    fn a_character_cut_off_at_the_end_is_named() {
        // The first two of the three bytes of "’".
        let p = utf8_text(b"{\"a\": \"\xe2\x80".to_vec()).unwrap_err();
        assert!(
            p.message
                .contains("it ends in the middle of a character (2 bytes at offset 7)"),
            "{p}"
        );
    }
}
