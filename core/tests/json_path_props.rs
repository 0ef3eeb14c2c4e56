//! `json_path::error_path` (the path of a reading error, found by walking the text up to where
//! serde_json stopped) agrees with `serde_path_to_error` (which tracks it while reading) on
//! corpus files broken in one place: a value of the wrong type, a field removed, a word no
//! enum has, written compactly or pretty-printed.

mod common;

use claimscope_core::corpus::Corpus;
use claimscope_core::validate::error_path;
use proptest::prelude::*;
use serde_json::Value;

/// Every value's place in `v`, as steps from the top (keys and positions).
fn places(v: &Value, here: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
    out.push(here.clone());
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                here.push(Step::Key(k.clone()));
                places(child, here, out);
                here.pop();
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                here.push(Step::Index(i));
                places(child, here, out);
                here.pop();
            }
        }
        _ => {}
    }
}

#[derive(Clone, Debug)]
enum Step {
    Key(String),
    Index(usize),
}

fn at<'a>(v: &'a mut Value, steps: &[Step]) -> &'a mut Value {
    steps.iter().fold(v, |v, s| match s {
        Step::Key(k) => &mut v[k.as_str()],
        Step::Index(i) => &mut v[*i],
    })
}

/// How the file is broken at the chosen place.
#[derive(Clone, Copy, Debug)]
enum Break {
    /// The value becomes one of another type.
    Retype(u8),
    /// The value's last field is removed (objects only; else retyped).
    DropField,
    /// The value becomes a word no enum has.
    Word,
}

fn breaks() -> impl Strategy<Value = Break> {
    prop_oneof![
        (0u8..5).prop_map(Break::Retype),
        Just(Break::DropField),
        Just(Break::Word),
    ]
}

fn retyped(v: &Value, kind: u8) -> Value {
    let candidates = [
        Value::from(7),
        Value::from("seven"),
        Value::Bool(true),
        Value::Array(vec![Value::from(1)]),
        serde_json::json!({"x": 1}),
    ];
    let pick = &candidates[kind as usize % candidates.len()];
    if std::mem::discriminant(pick) == std::mem::discriminant(v) {
        candidates[(kind as usize + 1) % candidates.len()].clone()
    } else {
        pick.clone()
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn json_path_agrees_with_serde_path_to_error(
        choice in any::<prop::sample::Index>(),
        how in breaks(),
        pretty in any::<bool>(),
    ) {
        let mut doc = serde_json::to_value(common::bundled()).unwrap();
        let mut all = Vec::new();
        places(&doc, &mut Vec::new(), &mut all);
        // Not the top level, nor the schema version (checked before the fields are read).
        all.retain(|p| !p.is_empty() && !matches!(p.first(), Some(Step::Key(k)) if k == "schema"));
        let place = choice.get(&all).clone();
        let target = at(&mut doc, &place);
        let drop_field = matches!(how, Break::DropField)
            && target.as_object().is_some_and(|m| !m.is_empty());
        if drop_field {
            let map = target.as_object_mut().unwrap();
            let last = map.keys().next_back().unwrap().clone();
            map.remove(&last);
        } else {
            *target = match how {
                Break::Word => Value::from("no-such-word"),
                Break::Retype(kind) => retyped(target, kind),
                Break::DropField => retyped(target, 0),
            };
        }
        let json = if pretty {
            serde_json::to_string_pretty(&doc).unwrap()
        } else {
            serde_json::to_string(&doc).unwrap()
        };
        let mut de = serde_json::Deserializer::from_str(&json);
        let tracked = serde_path_to_error::deserialize::<_, Corpus>(&mut de);
        // Some breaks still read (an optional field dropped, a free-text field retyped to text).
        if let Err(e) = tracked {
            let expected = match e.path().to_string() {
                p if p.is_empty() || p == "." => "$".to_owned(),
                p => p,
            };
            let inner = e.inner();
            prop_assert_eq!(error_path(&json, inner), expected, "{}", inner);
        }
    }
}
