//! The hostile corpus files that the end-to-end tests import (`tests/e2e/hostile/`, listed with
//! what a person should see in `cases.json`), read natively by the same path as an import: bytes
//! as strict UTF-8 text, then the import's checks. Each is refused with its own plain-words
//! message, or accepted.

use claimscope_core::library::check_import;
use claimscope_core::validate::utf8_text;
use std::path::Path;

#[test]
fn each_hostile_file_is_refused_with_its_own_message_or_accepted() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/e2e/hostile");
    let cases: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(dir.join("cases.json")).unwrap()).unwrap();
    assert!(cases.len() >= 20, "{} cases", cases.len());
    for (file, expect) in &cases {
        let bytes = std::fs::read(dir.join(file)).unwrap();
        let outcome = utf8_text(bytes)
            .map_err(|p| vec![p])
            .and_then(|text| check_import(&text));
        match (expect.get("refused").and_then(|m| m.as_str()), outcome) {
            (Some(message), Err(problems)) => {
                let said: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
                assert!(
                    said.iter().any(|p| p.contains(message)),
                    "{file}: expected “{message}” in {said:#?}"
                );
                for p in &said {
                    for raw in ["unexpected end", "invalid type", "EOF while", "expected `"] {
                        assert!(!p.contains(raw), "{file}: serde's words in “{p}”");
                    }
                }
            }
            (None, Ok(corpus)) => assert!(!corpus.claims.is_empty(), "{file}"),
            (Some(message), Ok(_)) => panic!("{file}: accepted, expected “{message}”"),
            (None, Err(problems)) => panic!("{file}: refused, expected accepted: {problems:#?}"),
        }
    }
}
