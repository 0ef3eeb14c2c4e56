//! Ids and the references to them: each id usable in a link and used once in its list (a
//! paragraph's in the whole file), and what is said when a reference names no id.

use super::problem::{shown, Report};
use crate::corpus::{is_valid_id, Corpus, MAX_ID_LEN};
// The Fx hash: a large corpus's ids are hashed once each, and SipHash would cost as much as the
// rest of the checks.
use rustc_hash::FxHashMap as HashMap;

/// `.key` for plain keys, `["key"]` for the others, as in a JSON path.
pub(super) fn key_path(key: &str) -> String {
    if !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
    {
        format!(".{key}")
    } else {
        format!("[{}]", serde_json::Value::from(key))
    }
}

/// "there is no speaker “x”", or that the reference is empty.
pub(super) fn no_such(kind: &str, id: &str) -> String {
    if id.is_empty() {
        format!("no {kind} is given (the value is empty)")
    } else {
        format!("there is no {kind} with the id “{}”", shown(id))
    }
}

/// Why an id cannot be used in a link.
pub(super) fn unlinkable_id(id: &str) -> String {
    format!(
        "the id “{}” cannot be used in a link: use only letters, digits, “_”, “.” and “-” \
         (at most {MAX_ID_LEN} characters)",
        shown(id)
    )
}

/// Checks that each id of a list is non-empty, usable in a link and used once; returns id -> first
/// index.
pub(super) fn unique_ids<'a>(
    r: &mut Report,
    list: &str,
    ids: impl Iterator<Item = &'a str>,
) -> HashMap<&'a str, usize> {
    let mut seen: HashMap<&str, usize> = HashMap::default();
    for (i, id) in ids.enumerate() {
        if !is_valid_id(id) {
            let m = if id.trim().is_empty() {
                "the id is empty".into()
            } else {
                unlinkable_id(id)
            };
            r.add(format!("{list}[{i}].id"), m);
        } else if let Some(&first) = seen.get(id) {
            r.add(
                format!("{list}[{i}].id"),
                format!(
                    "the id “{}” is already used by {list}[{first}]; ids must be unique",
                    shown(id)
                ),
            );
        } else {
            seen.insert(id, i);
        }
    }
    seen
}

/// Checks that each paragraph id is non-empty and used once in the whole file; returns id ->
/// (article index, paragraph index) of its first use.
pub(super) fn unique_paragraph_ids<'a>(
    r: &mut Report,
    corpus: &'a Corpus,
) -> HashMap<&'a str, (usize, usize)> {
    let mut paragraphs: HashMap<&'a str, (usize, usize)> = HashMap::default();
    for (ai, a) in corpus.articles.iter().enumerate() {
        for (pi, p) in a.paragraphs.iter().enumerate() {
            let at = || format!("articles[{ai}].paragraphs[{pi}].id");
            if p.id.trim().is_empty() {
                r.add(at(), "the id is empty".into());
            } else if let Some(&(a0, p0)) = paragraphs.get(&*p.id) {
                r.add(
                    at(),
                    format!(
                        "the paragraph id “{}” is already used by articles[{a0}].paragraphs[{p0}]; \
                         paragraph ids must be unique in the whole file",
                        shown(&p.id)
                    ),
                );
            } else {
                paragraphs.insert(&p.id, (ai, pi));
            }
        }
    }
    paragraphs
}

#[cfg(test)]
mod tests {
    use crate::validate::sample::{problems, push, sample, sample_value, with};
    use crate::validate::{parse, validate};
    use serde_json::json;

    #[test]
    fn empty_ids_are_refused_in_every_list() {
        for (list, path) in [
            ("articles", "articles[1].id"),
            ("sides", "sides[1].id"),
            ("speakers", "speakers[1].id"),
            ("questions", "questions[0].id"),
            ("claims", "claims[0].id"),
            ("events", "events[0].id"),
            ("facts", "facts[0].id"),
        ] {
            let mut c = parse(&sample()).unwrap();
            let mut v = serde_json::to_value(&c).unwrap();
            let i = if path.contains("[1]") { 1 } else { 0 };
            v[list][i]["id"] = "".into();
            c = serde_json::from_value(v).unwrap();
            let p = validate(&c);
            assert!(
                p.iter()
                    .any(|p| p.path == path && p.message == "the id is empty"),
                "{list}: {p:#?}"
            );
        }
        let p = problems(&with(|v| {
            v["articles"][0]["paragraphs"][1]["id"] = " ".into()
        }));
        assert_eq!(p[0].path, "articles[0].paragraphs[1].id");
        assert_eq!(p[0].message, "the id is empty");
    }

    #[test]
    fn duplicate_ids_are_refused_in_every_list() {
        for list in [
            "articles",
            "sides",
            "speakers",
            "questions",
            "claims",
            "events",
            "facts",
        ] {
            let json = with(|v| {
                let first = v[list][0].clone();
                push(v, list, first);
            });
            let p = problems(&json);
            let n = sample_value()[list].as_array().unwrap().len();
            let path = format!("{list}[{n}].id");
            let dup = p.iter().find(|p| p.path == path);
            let dup = dup.unwrap_or_else(|| panic!("{list}: {p:#?}"));
            assert!(
                dup.message.contains("is already used by")
                    && dup.message.contains(&format!("{list}[0]")),
                "{dup}"
            );
        }
    }

    #[test]
    fn paragraph_ids_are_unique_across_articles() {
        let p = problems(&with(|v| {
            v["articles"][1]["paragraphs"][0]["id"] = "a-p2".into();
            v["events"] = json!([]);
            v["facts"] = json!([]);
        }));
        assert_eq!(p.len(), 1, "{p:#?}");
        assert_eq!(p[0].path, "articles[1].paragraphs[0].id");
        assert!(
            p[0].message
                .contains("“a-p2” is already used by articles[0].paragraphs[1]"),
            "{}",
            p[0]
        );
    }
}
