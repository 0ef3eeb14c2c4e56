//! Export of the bundled corpus's claims: CSV that a CSV reader reads back to the same claims, a
//! schema-1 subset that re-imports to the same claims, and citations.

use claimscope_core::export::{citation, subset, to_csv, CSV_COLUMNS};
use claimscope_core::library::check_import;
use claimscope_core::validate::validate;
use proptest::prelude::*;

mod common;
use common::bundled;

fn read_csv(text: &str) -> Vec<csv::StringRecord> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .collect::<Result<_, _>>()
        .expect("valid CSV")
}

#[test]
fn csv_has_a_header_and_one_row_per_claim_with_the_verbatim_quote() {
    let corpus = bundled();
    let ids: Vec<u32> = (0..corpus.claims.len() as u32).collect();
    let text = to_csv(&corpus, &ids);
    assert!(text.ends_with("\r\n"), "RFC 4180 lines end in CRLF");
    let rows = read_csv(&text);
    assert_eq!(rows.len(), corpus.claims.len() + 1);
    assert_eq!(rows[0].iter().collect::<Vec<_>>(), CSV_COLUMNS);
    let quote = CSV_COLUMNS.iter().position(|c| *c == "quote").unwrap();
    let speaker = CSV_COLUMNS.iter().position(|c| *c == "speaker").unwrap();
    let outlet = CSV_COLUMNS.iter().position(|c| *c == "outlet").unwrap();
    for (row, claim) in rows[1..].iter().zip(&corpus.claims) {
        assert_eq!(&row[0], claim.id);
        assert_eq!(&row[quote], claim.quote);
        assert_eq!(&row[speaker], corpus.speaker(&claim.speaker).unwrap().name);
        assert_eq!(&row[outlet], corpus.article(&claim.article).unwrap().outlet);
    }
}

#[test]
fn csv_quotes_commas_quotes_and_line_breaks() {
    let mut corpus = bundled();
    corpus.claims[0].summary = "He said \"no\", then\nleft".into();
    let text = to_csv(&corpus, &[0]);
    assert!(
        text.contains("\"He said \"\"no\"\", then\nleft\""),
        "{text}"
    );
    let rows = read_csv(&text);
    assert_eq!(
        &rows[1][CSV_COLUMNS.len() - 1],
        "He said \"no\", then\nleft"
    );
}

#[test]
fn csv_cells_that_a_spreadsheet_would_run_as_formulas_are_kept_as_text() {
    let mut corpus = bundled();
    let formula = "=HYPERLINK(\"http://x\",\"click\")";
    corpus.claims[0].quote = formula.into();
    corpus.claims[0].summary = "@SUM(1+1)".into();
    let who = corpus.claims[0].speaker.clone();
    let speaker = corpus.speakers.iter_mut().find(|s| s.id == who).unwrap();
    speaker.name = "+1 caller".into();
    let rows = read_csv(&to_csv(&corpus, &[0]));
    let col = |name: &str| CSV_COLUMNS.iter().position(|c| *c == name).unwrap();
    assert_eq!(&rows[1][col("quote")], format!("'{formula}"));
    assert_eq!(&rows[1][col("summary")], "'@SUM(1+1)");
    assert_eq!(&rows[1][col("speaker")], "'+1 caller");
    for (start, cell) in [
        ("-", "-2+3"),
        ("\t", "\t=1"),
        ("\r", "\r=1"),
        ("\n", "\n=1"),
    ] {
        assert_eq!(
            claimscope_core::export::spreadsheet_safe(cell.into()),
            format!("'{cell}"),
            "a cell starting with {start:?}"
        );
    }
    // Anything else is written as it is, a formula sign inside a cell too.
    for cell in ["Moscow", "a = b", "’Quoted’", "", "1-2"] {
        assert_eq!(claimscope_core::export::spreadsheet_safe(cell.into()), cell);
    }
}

#[test]
fn csv_keeps_the_order_given() {
    let corpus = bundled();
    let rows = read_csv(&to_csv(&corpus, &[5, 2, 9]));
    let ids: Vec<&str> = rows[1..].iter().map(|r| r.get(0).unwrap()).collect();
    let want: Vec<&str> = [5, 2, 9]
        .iter()
        .map(|&i| corpus.claims[i].id.as_str())
        .collect();
    assert_eq!(ids, want);
}

#[test]
fn a_subset_reimports_to_the_same_claims() {
    let corpus = bundled();
    let ids: Vec<u32> = corpus
        .claims
        .iter()
        .enumerate()
        .filter(|(_, c)| c.side == "nato" || c.speaker.contains("putin"))
        .map(|(i, _)| i as u32)
        .collect();
    assert!(ids.len() > 2);
    let part = subset(&corpus, &ids);
    let json = serde_json::to_string_pretty(&part).unwrap();
    let back = check_import(&json).expect("the subset imports");
    let want: Vec<_> = ids
        .iter()
        .map(|&i| corpus.claims[i as usize].clone())
        .collect();
    assert_eq!(back.claims, want);
    assert_ne!(back.id, corpus.id, "a selection never replaces its source");
    assert!(back.sides.iter().any(|s| s.id == "nato"));
    assert!(
        !back.sides.iter().any(|s| s.id == "us"),
        "only sides it names"
    );
}

#[test]
fn a_citation_names_speaker_outlet_headline_date_address_and_quote() {
    let corpus = bundled();
    let claim = corpus
        .claims
        .iter()
        .find(|c| c.attribution == claimscope_core::corpus::Attribution::Direct)
        .unwrap();
    let text = citation(&corpus, claim);
    let article = corpus.article(&claim.article).unwrap();
    let speaker = corpus.speaker(&claim.speaker).unwrap();
    assert!(text.starts_with(&speaker.name), "{text}");
    assert!(text.contains(", quoted in "), "{text}");
    assert!(text.contains(&format!("“{}”", article.title)), "{text}");
    assert!(text.contains(&article.outlet), "{text}");
    assert!(text.contains(&article.url), "{text}");
    assert!(text.ends_with(&format!("“{}”", claim.quote)), "{text}");
}

#[test]
fn importing_the_bundled_id_is_refused() {
    let problems = check_import(include_str!("../../data/corpus.json")).unwrap_err();
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].path, "id");
    assert!(problems[0].message.contains("another id"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn every_subset_is_a_valid_corpus_with_exactly_the_chosen_claims(
        pick in proptest::collection::vec(any::<bool>(), 33..=33)
    ) {
        let corpus = bundled();
        let ids: Vec<u32> = pick.iter().enumerate().filter(|(_, &p)| p).map(|(i, _)| i as u32).collect();
        let part = subset(&corpus, &ids);
        prop_assert_eq!(validate(&part), vec![]);
        prop_assert_eq!(part.claims.len(), ids.len());
    }
}
