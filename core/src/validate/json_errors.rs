//! serde_json's reading errors in plain words: what is wrong with the JSON's syntax, or with a
//! field and its value (what it should be, what it is, the values allowed), and where.

use super::json_path::error_path;
use super::problem::{problem, shown, Problem};
use crate::corpus::{Attribution, ClaimKind, ParagraphKind, Stance};
use crate::text::and_list;

/// The problem of a file that is not JSON, or not one JSON object, as serde_json found it.
pub(super) fn first_pass_problem(e: &serde_json::Error) -> Problem {
    use serde_json::error::Category;
    match e.classify() {
        Category::Data => problem(
            "$",
            "This is not a Claimscope corpus: the file must hold one JSON object, \
             starting with {\"schema\": 1, …}.",
        ),
        Category::Syntax | Category::Eof | Category::Io => problem(
            "$",
            format!(
                "This is not valid JSON: {} at line {}, column {}.",
                syntax_reason(&without_location(&e.to_string())),
                e.line(),
                e.column()
            ),
        ),
    }
}

/// serde_json ends its messages with " at line L column C"; we say where in our own words.
fn without_location(raw: &str) -> String {
    match raw.rfind(" at line ") {
        Some(i) => raw[..i].to_owned(),
        None => raw.to_owned(),
    }
}

/// serde_json's syntax messages, in plain words.
fn syntax_reason(raw: &str) -> String {
    let plain = match raw {
        r if r.starts_with("EOF while parsing") => {
            "the file ends too early (a quote mark, ] or } is not closed)"
        }
        "expected `,` or `}`" => "a comma or a closing } is missing",
        "expected `,` or `]`" => "a comma or a closing ] is missing",
        "expected `:`" => "a colon (:) is missing after a field name",
        "expected value" => "a value is missing or is not JSON (text must be in double quotes)",
        "expected ident" => "a word such as true, false or null is misspelled",
        "trailing comma" => "there is a comma just before a closing ] or }",
        "trailing characters" => "there is more text after the end of the JSON",
        "key must be a string" => "a field name is not in double quotes",
        "invalid escape" => "a backslash (\\) starts an escape that does not exist",
        "invalid number" | "number out of range" => "a number is not written correctly",
        "recursion limit exceeded" => "lists or objects are nested too deeply",
        r if r.starts_with("control character") => {
            "a text contains a raw line break or tab; write it as \\n or \\t"
        }
        r if r.contains("unicode code point")
            || r.contains("surrogate")
            || r.contains("hex escape") =>
        {
            "a \\u escape does not name a real character (it needs four hex digits, and an \
             emoji's escape such as \\ud83d needs its second half, such as \\ude00)"
        }
        other => return other.to_owned(),
    };
    plain.to_owned()
}

/// The problem of a field serde_json could not read, at its path.
pub(super) fn field_problem(json: &str, inner: &serde_json::Error) -> Problem {
    let path = error_path(json, inner);
    let raw = without_location(&inner.to_string());
    let mut message = match (raw.as_str(), allowed_values_at(&path)) {
        // serde_json's word when an enum gets something other than text.
        ("expected value", Some(allowed)) => format!("this should be {allowed}"),
        _ => field_reason(&raw),
    };
    if inner.line() > 0 {
        message.push_str(&format!(
            " (line {}, column {})",
            inner.line(),
            inner.column()
        ));
    }
    problem(path, message)
}

/// The allowed values of the enum field at `path`, in words.
fn allowed_values_at(path: &str) -> Option<String> {
    let (parent, last) = path.rsplit_once('.').unwrap_or(("", path));
    match last {
        "kind" if parent.contains("paragraphs[") => {
            Some(one_of(&ParagraphKind::ALL.map(ParagraphKind::as_str)))
        }
        "kind" => Some(one_of(&ClaimKind::ALL.map(ClaimKind::as_str))),
        "attribution" => Some(one_of(&Attribution::ALL.map(Attribution::as_str))),
        _ if parent.ends_with(".stance") => Some(one_of(&Stance::ALL.map(Stance::as_str))),
        _ => None,
    }
}

fn one_of(names: &[&str]) -> String {
    format!("one of {} (in double quotes)", and_list(names))
}

/// serde's messages about fields and values, in plain words.
fn field_reason(raw: &str) -> String {
    if let Some(rest) = raw.strip_prefix("missing field `") {
        let name = rest.strip_suffix('`').unwrap_or(rest);
        return format!("the required field `{name}` is missing");
    }
    if let Some(rest) = raw.strip_prefix("duplicate field `") {
        let name = rest.strip_suffix('`').unwrap_or(rest);
        return format!("the field `{name}` is given twice");
    }
    if let Some(rest) = raw.strip_prefix("unknown variant `") {
        if let Some((got, expected)) = rest.rsplit_once("`, expected ") {
            let allowed: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
            return format!(
                "“{}” is not allowed here; the allowed values are {}",
                shown(got),
                and_list(&allowed)
            );
        }
    }
    for prefix in ["invalid type: ", "invalid value: "] {
        if let Some(rest) = raw.strip_prefix(prefix) {
            if let Some((found, expected)) = rest.rsplit_once(", expected ") {
                return format!(
                    "this should be {}, but it is {}",
                    expected_in_words(expected),
                    found_in_words(found)
                );
            }
        }
    }
    syntax_reason(raw)
}

fn expected_in_words(expected: &str) -> String {
    match expected {
        "usize" | "u64" | "u32" | "u16" | "u8" => "a whole number, 0 or more".to_owned(),
        "a string" => "text in double quotes".to_owned(),
        "a sequence" => "a list [ … ]".to_owned(),
        "a map" => "an object { … }".to_owned(),
        "enum ParagraphKind" => one_of(&ParagraphKind::ALL.map(ParagraphKind::as_str)),
        "enum Stance" => one_of(&Stance::ALL.map(Stance::as_str)),
        "enum ClaimKind" => one_of(&ClaimKind::ALL.map(ClaimKind::as_str)),
        "enum Attribution" => one_of(&Attribution::ALL.map(Attribution::as_str)),
        e if e.starts_with("struct ") => "an object { … }".to_owned(),
        e => e.to_owned(),
    }
}

fn found_in_words(found: &str) -> String {
    let quoted = |s: &str| s.trim_matches('`').to_owned();
    if let Some(n) = found
        .strip_prefix("integer ")
        .or_else(|| found.strip_prefix("floating point "))
    {
        return format!("the number {}", quoted(n));
    }
    if let Some(s) = found.strip_prefix("string ") {
        return format!("the text {}", shown(s));
    }
    if let Some(b) = found.strip_prefix("boolean ") {
        return quoted(b);
    }
    match found {
        "null" => "null (empty)".to_owned(),
        "sequence" => "a list [ … ]".to_owned(),
        "map" => "an object { … }".to_owned(),
        other => other.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use crate::validate::sample::{only, sample, with};
    use serde_json::Value;

    #[test]
    fn syntax_errors_give_line_and_column() {
        let p = only("{");
        assert_eq!(p.path, "$");
        assert!(p.message.starts_with("This is not valid JSON: "), "{p}");
        assert!(p.message.contains("ends too early"), "{p}");
        assert!(p.message.ends_with("at line 1, column 1."), "{p}");

        let p = only("{\"schema\": 1,\n}");
        assert!(p.message.contains("comma just before a closing"), "{p}");
        assert!(p.message.ends_with("at line 2, column 1."), "{p}");

        let p = only("{\"schema\": 1 \"articles\": []}");
        assert!(
            p.message.contains("a comma or a closing } is missing"),
            "{p}"
        );

        let p = only(&format!("{} trailing", sample()));
        assert!(p.message.contains("more text after the end"), "{p}");
    }

    #[test]
    fn a_missing_field_is_named_with_its_object() {
        let p = only(&with(|v| {
            v["claims"][0].as_object_mut().unwrap().remove("quote");
        }));
        assert_eq!(p.path, "claims[0]");
        assert!(
            p.message
                .starts_with("the required field `quote` is missing (line 1, column"),
            "{p}"
        );
        let p = only(&with(|v| {
            v.as_object_mut().unwrap().remove("claims");
        }));
        assert_eq!(p.path, "$");
        assert!(p.message.contains("`claims` is missing"), "{p}");
    }

    #[test]
    fn an_unknown_value_lists_the_allowed_ones() {
        let p = only(&with(|v| v["claims"][0]["attribution"] = "rumour".into()));
        assert_eq!(p.path, "claims[0].attribution");
        assert!(
            p.message.starts_with(
                "“rumour” is not allowed here; the allowed values are direct, paraphrase and reported"
            ),
            "{p}"
        );
        let p = only(&with(|v| {
            v["claims"][0]["stance"]["respond"] = "maybe".into()
        }));
        assert_eq!(p.path, "claims[0].stance.respond");
        assert!(p.message.contains("yes, no and mixed"), "{p}");
        let p = only(&with(|v| {
            v["articles"][1]["paragraphs"][0]["kind"] = 3.into()
        }));
        assert_eq!(p.path, "articles[1].paragraphs[0].kind");
        assert!(p.message.contains("body, subheading"), "{p}");
    }

    #[test]
    fn a_value_of_the_wrong_type_is_named() {
        let p = only(&with(|v| v["claims"][0]["start"] = "eleven".into()));
        assert_eq!(p.path, "claims[0].start");
        assert!(
            p.message.starts_with(
                "this should be a whole number, 0 or more, but it is the text \"eleven\""
            ),
            "{p}"
        );
        let p = only(&with(|v| v["events"][0]["end"] = (-1).into()));
        assert_eq!(p.path, "events[0].end");
        assert!(p.message.contains("the number -1"), "{p}");
        let p = only(&with(|v| v["sides"][1]["name"] = Value::Null));
        assert_eq!(p.path, "sides[1].name");
        assert!(p.message.contains("text in double quotes"), "{p}");
        let p = only(&with(|v| v["claims"][0]["questions"] = "respond".into()));
        assert_eq!(p.path, "claims[0].questions");
        assert!(p.message.contains("a list"), "{p}");
    }

    #[test]
    fn a_lone_surrogate_escape_is_named_in_plain_words() {
        for bad in [
            "\"\\ud83d\"",
            "\"\\ud83dx\"",
            "\"\\udc00\"",
            "\"\\ud83d\\u0041\"",
        ] {
            let text = sample().replacen("\"Russia\"", bad, 1);
            assert_ne!(text, sample());
            let p = only(&text);
            assert!(
                p.message
                    .contains("a \\u escape does not name a real character"),
                "{bad}: {p}"
            );
        }
    }
}
