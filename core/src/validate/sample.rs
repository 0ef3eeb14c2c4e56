//! The checks' unit tests' corpus file: a small valid one, as JSON, that each test breaks in one
//! place, and the helpers to read the problems it then has.

use super::{parse, Problem};
use serde_json::{json, Value};

/// A small valid corpus: two articles, two sides, one claim, one event and one fact.
pub(super) fn sample_value() -> Value {
    json!({
        "schema": 1,
        "id": "test",
        "articles": [{
            "id": "a", "outlet": "VOA", "title": "T", "published": "2018-10-24",
            "url": "https://www.voanews.com/a/x.html",
            "paragraphs": [
                {"id": "a-p1", "kind": "body", "text": "Putin said Russia would respond “in kind.”"},
                {"id": "a-p2", "kind": "body", "text": "Bolton said the treaty is dead, and the treaty is dead for good."}
            ]
        }, {
            "id": "b", "outlet": "RFE/RL", "title": "U", "published": "2018-11",
            "url": "http://www.rferl.org/a/y.html",
            "paragraphs": [
                {"id": "b-p1", "kind": "body", "text": "Ukraine’s Crimea was annexed in 2014."}
            ]
        }],
        "sides": [{"id": "russia", "name": "Russia"}, {"id": "us", "name": "United States"}],
        "speakers": [
            {"id": "putin", "name": "Vladimir Putin", "role": "President", "side": "russia"},
            {"id": "bolton", "name": "John Bolton", "role": "Adviser", "side": "us"}
        ],
        "questions": [{"id": "respond", "text": "Will Russia respond?"}],
        "claims": [{
            "id": "c1", "article": "a", "paragraph": "a-p1", "speaker": "putin", "side": "russia",
            "questions": ["respond"], "stance": {"respond": "yes"}, "kind": "warning",
            "attribution": "paraphrase", "quote": "Russia would respond", "start": 11, "end": 31
        }],
        "events": [{"id": "e1", "date": "2014", "label": "Annexation", "article": "b",
                    "paragraph": "b-p1", "quote": "Crimea was annexed", "start": 10, "end": 28}],
        "facts": [{"id": "f1", "topic": "Crimea", "accounts": [
            {"article": "b", "paragraph": "b-p1", "quote": "Ukraine’s Crimea", "start": 0, "end": 16}
        ]}]
    })
}

pub(super) fn sample() -> String {
    sample_value().to_string()
}

pub(super) fn with(edit: impl FnOnce(&mut Value)) -> String {
    let mut v = sample_value();
    edit(&mut v);
    v.to_string()
}

pub(super) fn problems(json: &str) -> Vec<Problem> {
    parse(json).err().unwrap_or_default()
}

/// The single problem a file has (fails when it has none or several).
pub(super) fn only(json: &str) -> Problem {
    let p = problems(json);
    assert_eq!(p.len(), 1, "expected one problem, got {p:#?}");
    p.into_iter().next().unwrap()
}

pub(super) fn push(v: &mut Value, list: &str, item: Value) {
    v[list].as_array_mut().unwrap().push(item);
}
