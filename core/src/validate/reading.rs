//! Reading a corpus file, in order: its size, a byte-order mark, JSON syntax, the schema version,
//! then the fields and their types, and last the checks of [`validate`]. A well-formed file is
//! read once; only a file that fails is read again, to say where and why.

use super::checks::validate;
use super::json_errors::{field_problem, first_pass_problem};
use super::problem::{
    check_size_within, problem, schema_version_message, shown, Problem, MAX_BYTES,
};
use crate::corpus::{Corpus, SCHEMA_VERSION};
use serde::de::{Deserialize, Deserializer, IgnoredAny, MapAccess, Visitor};
use std::fmt;

/// Size check, JSON syntax, schema version, required fields and their types, then [`validate`].
/// Returns the corpus, or the first [`MAX_PROBLEMS`](super::MAX_PROBLEMS) problems.
pub fn parse(json: &str) -> Result<Corpus, Vec<Problem>> {
    parse_within(json, MAX_BYTES)
}

/// [`parse`] with another size limit (see [`MAX_SERVED_BYTES`](super::MAX_SERVED_BYTES)).
pub fn parse_within(json: &str, limit: usize) -> Result<Corpus, Vec<Problem>> {
    let corpus = read_within(json, limit)?;
    let problems = validate(&corpus);
    if problems.is_empty() {
        Ok(corpus)
    } else {
        Err(problems)
    }
}

/// The reading half of [`parse_within`]: size, JSON, schema version, fields and types, without
/// the checks of what the types cannot say (which [`Checking`](super::Checking) then runs, a
/// part at a time). A corpus it gives is not yet proven: never show it unchecked.
pub fn read_within(json: &str, limit: usize) -> Result<Corpus, Vec<Problem>> {
    check_size_within(json.len(), limit).map_err(|p| vec![p])?;
    // Some editors save a byte-order mark; browsers drop it when reading a file, so do we.
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    if json.trim().is_empty() {
        return Err(vec![problem("$", "The file is empty.")]);
    }

    // A well-formed file is read once, directly. Only a file that fails is read again, slowly,
    // to say where and why.
    if let Ok(corpus) = serde_json::from_str::<Corpus>(json) {
        if corpus.schema != SCHEMA_VERSION {
            return Err(vec![problem(
                "schema",
                schema_version_message(corpus.schema),
            )]);
        }
        return Ok(corpus);
    }

    // A web page where a corpus file was expected: a wrong address, or a page about the file.
    if json.trim_start().starts_with('<') {
        return Err(vec![problem(
            "$",
            "This is a web page (HTML), not a corpus file (JSON). The address may lead to a \
             page about the file rather than to the file itself.",
        )]);
    }

    // First pass: syntax, the top-level shape and the schema version, without building a tree.
    let peek: SchemaPeek = serde_json::from_str(json).map_err(|e| vec![first_pass_problem(&e)])?;
    check_schema_value(peek.0.as_ref()).map_err(|p| vec![p])?;

    // Second pass: fields and types; the path of the first wrong one from where it stopped.
    serde_json::from_str(json).map_err(|e| vec![field_problem(json, &e)])
}

/// The value of the top-level `schema` field, read while skipping everything else.
struct SchemaPeek(Option<serde_json::Value>);

impl<'de> Deserialize<'de> for SchemaPeek {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(PeekVisitor)
    }
}

struct PeekVisitor;

impl<'de> Visitor<'de> for PeekVisitor {
    type Value = SchemaPeek;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<SchemaPeek, A::Error> {
        let mut schema = None;
        while let Some(key) = map.next_key::<String>()? {
            if key == "schema" {
                schema = Some(map.next_value::<serde_json::Value>()?);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(SchemaPeek(schema))
    }
}

fn check_schema_value(schema: Option<&serde_json::Value>) -> Result<(), Problem> {
    match schema {
        None => Err(problem(
            "$",
            format!(
                "The file has no schema version: the required field `schema` is missing \
                 (a Claimscope corpus starts with {{\"schema\": {SCHEMA_VERSION}, …}})."
            ),
        )),
        Some(v) => match v.as_u64() {
            Some(n) if n == u64::from(SCHEMA_VERSION) => Ok(()),
            Some(n) => Err(problem("schema", schema_version_message(n))),
            None => Err(problem(
                "schema",
                format!(
                    "The schema version must be the number {SCHEMA_VERSION} (without quotes), not {}.",
                    shown(&v.to_string())
                ),
            )),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::sample::{only, sample, with};

    #[test]
    fn a_web_page_is_named_as_one() {
        for page in [
            "<!doctype html><p>Moved</p>",
            "\n  <html><body>404</body></html>",
        ] {
            let e = parse(page).unwrap_err();
            assert_eq!(e.len(), 1);
            assert!(
                e[0].message.starts_with("This is a web page (HTML)"),
                "{e:?}"
            );
        }
    }

    #[test]
    fn a_valid_corpus_passes() {
        let c = parse(&sample()).expect("valid");
        assert_eq!(c.claims.len(), 1);
        assert_eq!(c.facts.len(), 1);
        assert!(validate(&c).is_empty());
    }

    #[test]
    fn parse_refuses_a_large_file_without_reading_it() {
        let big = " ".repeat(MAX_BYTES + 1);
        let p = only(&big);
        assert!(p.message.contains("the limit is 50 MB"), "{p}");
    }

    #[test]
    fn an_empty_file_or_a_non_object_is_named() {
        assert_eq!(only("").message, "The file is empty.");
        assert_eq!(only(" \n").message, "The file is empty.");
        let p = only("[1, 2]");
        assert_eq!(p.path, "$");
        assert!(p.message.contains("must hold one JSON object"), "{p}");
        assert!(only("\"corpus\"").message.contains("one JSON object"));
    }

    #[test]
    fn a_byte_order_mark_is_allowed() {
        assert!(parse(&format!("\u{feff}{}", sample())).is_ok());
    }

    #[test]
    fn another_schema_version_is_named() {
        let p = only(&with(|v| v["schema"] = 2.into()));
        assert_eq!(p.path, "schema");
        assert_eq!(
            p.message,
            "This file is schema version 2; this version of Claimscope reads version 1."
        );
    }

    #[test]
    fn the_schema_is_checked_before_the_fields() {
        // A version-2 file may have other fields; the version is what to report.
        let p = only(r#"{"schema": 2, "documents": []}"#);
        assert!(p.message.contains("schema version 2"), "{p}");
    }

    #[test]
    fn a_missing_or_malformed_schema_is_named() {
        let p = only(&with(|v| {
            v.as_object_mut().unwrap().remove("schema");
        }));
        assert_eq!(p.path, "$");
        assert!(p.message.contains("`schema` is missing"), "{p}");
        let p = only(&with(|v| v["schema"] = "1".into()));
        assert_eq!(p.path, "schema");
        assert!(p.message.contains("must be the number 1"), "{p}");
    }

    mod props {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn parse_never_panics(s in ".*") {
                let _ = parse(&s);
            }
        }
    }
}
