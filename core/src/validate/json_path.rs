//! Where in a JSON text a reading error is, as a path a person can follow
//! (`articles[0].paragraphs[1].id`). serde_json tells the line and column of an error; this
//! walks the text up to there, keeping the object keys and array positions it is inside.
//!
//! (The alternative, tracking the path while deserializing, as `serde_path_to_error` does,
//! costs about 19 KB of gzipped wasm for the corpus model; a broken file is rare, so the path
//! is found only then, by this walk. `tests/json_path_props.rs` checks both agree.)

/// One level of nesting the walk is inside.
enum Frame {
    /// In an object: the latest key seen, and whether a key (not its value) is being read.
    Object { key: Option<String>, want_key: bool },
    /// In an array: the position of the current element.
    Array { index: usize },
}

/// The path of the value serde_json's error `e`, got reading `json`, is about: `$` for the
/// top level. Never panics, whatever the text and error.
pub fn error_path(json: &str, e: &serde_json::Error) -> String {
    // Mostly serde_json stops just past what it read. Only when it wanted a value and found
    // none ("expected value": a list where a word belongs) does it stop past the character it
    // looked at without reading it.
    let looked_past = e.to_string().starts_with("expected value");
    path_at(json, e.line(), e.column(), looked_past)
}

/// The path of the value serde_json was reading when it stopped at `line` and `column` (its
/// numbering: lines from 1, columns in bytes from 1; column 0 is the end of the line before),
/// or just past a `{` or `[` it `looked_past` and did not enter: `$` at the top level.
/// Never panics, whatever the text and position.
pub fn path_at(json: &str, line: usize, column: usize, looked_past: bool) -> String {
    let end = byte_offset(json, line, column);
    let bytes = json.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < end {
        match bytes[i] {
            // The value serde_json looked at and did not enter: not a level of the path.
            b'{' | b'[' if looked_past && i + 1 == end => {}
            b'{' => stack.push(Frame::Object {
                key: None,
                want_key: true,
            }),
            b'[' => stack.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object { want_key, .. }) => *want_key = true,
                Some(Frame::Array { index }) => *index += 1,
                None => {}
            },
            b':' => {
                if let Some(Frame::Object { want_key, .. }) = stack.last_mut() {
                    *want_key = false;
                }
            }
            b'"' => {
                let close = string_end(bytes, i);
                if close >= end {
                    break;
                }
                if let Some(Frame::Object {
                    key,
                    want_key: true,
                }) = stack.last_mut()
                {
                    *key = Some(decode_key(&json[i..=close]));
                }
                i = close;
            }
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            // In a field's value. (Stopped at a key, before its colon, the error is about the
            // object: a field given twice, or an enum written as {"variant": …} with a
            // variant it does not have.)
            Frame::Object {
                key: Some(k),
                want_key: false,
            } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(k);
            }
            Frame::Object { .. } => {}
            Frame::Array { index } => {
                path.push('[');
                path.push_str(&index.to_string());
                path.push(']');
            }
        }
    }
    if path.is_empty() {
        path.push('$');
    }
    path
}

/// The byte offset serde_json's `line` and `column` point just past, within `json`.
fn byte_offset(json: &str, line: usize, column: usize) -> usize {
    let mut start = 0;
    for _ in 1..line {
        match json[start..].find('\n') {
            Some(n) => start += n + 1,
            None => return json.len(),
        }
    }
    start.saturating_add(column).min(json.len())
}

/// The index of the quote closing the string that opens at `open` (or the text's length).
fn string_end(bytes: &[u8], open: usize) -> usize {
    let mut j = open + 1;
    while j < bytes.len() {
        match bytes[j] {
            b'\\' => j += 2,
            b'"' => return j,
            _ => j += 1,
        }
    }
    bytes.len()
}

/// A key as written in the file (`"a\u00e9"`), as text (`aé`).
fn decode_key(quoted: &str) -> String {
    serde_json::from_str(quoted).unwrap_or_else(|_| quoted.trim_matches('"').to_owned())
}

#[cfg(test)]
mod tests {
    use super::path_at;

    /// The path serde_json's error points at, for `json` read as `T`.
    fn path_of_error<T: serde::de::DeserializeOwned + std::fmt::Debug>(json: &str) -> String {
        let e = serde_json::from_str::<T>(json).expect_err("the text does not fit");
        super::error_path(json, &e)
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Doc {
        items: Vec<Item>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Item {
        id: String,
        n: u32,
    }

    #[test]
    fn names_the_field_with_the_wrong_value() {
        let json = "{\"items\": [{\"id\": \"a\", \"n\": 1}, {\"id\": \"b\", \"n\": \"x\"}]}";
        assert_eq!(path_of_error::<Doc>(json), "items[1].n");
    }

    #[test]
    fn names_the_object_a_field_is_missing_from() {
        let json = "{\"items\": [\n  {\"id\": \"a\", \"n\": 1},\n  {\"id\": \"b\"}\n]}";
        assert_eq!(path_of_error::<Doc>(json), "items[1]");
    }

    #[test]
    fn braces_and_quotes_inside_strings_are_text() {
        let json = "{\"items\": [{\"id\": \"{[\\\"]},\", \"n\": -1}]}";
        assert_eq!(path_of_error::<Doc>(json), "items[0].n");
    }

    #[test]
    fn top_level_and_odd_positions() {
        assert_eq!(path_at("[1, 2]", 1, 0, false), "$");
        assert_eq!(path_at("", 5, 99, true), "$");
        assert_eq!(path_at("{\"a\": [1, {\"b\": \"é", 1, 99, false), "a[1].b");
        assert_eq!(path_at("{\"\\u00e9\": 1}", 1, 12, false), "é");
        assert_eq!(path_at("{\"a\": [", 1, 7, true), "a");
        assert_eq!(path_at("{\"a\": [", 1, 7, false), "a[0]");
    }
}
