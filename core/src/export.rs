//! Taking claims out of Claimscope: a CSV table (RFC 4180, UTF-8), a schema-1 corpus holding just
//! those claims (it re-imports to the same claims), and a citation of one claim in plain text.

use crate::corpus::long_date;
use crate::corpus::{Article, Attribution, Claim, Corpus};
use std::collections::BTreeSet;

/// The CSV header, in column order.
pub const CSV_COLUMNS: [&str; 14] = [
    "claim",
    "article",
    "outlet",
    "date",
    "address",
    "speaker",
    "role",
    "side",
    "questions",
    "stance",
    "kind",
    "attribution",
    "quote",
    "summary",
];

/// The claims `ids` (indices into `corpus.claims`, in the order shown) as CSV: a header row, then
/// one row per claim, fields quoted where needed, lines ending in CRLF (RFC 4180). Quotes are
/// written verbatim, except that a cell a spreadsheet would run as a formula is kept as text (see
/// [`spreadsheet_safe`]); the JSON export keeps every quote exactly. Names are used where the corpus has them: the article's headline, the
/// speaker's and side's names, the questions' texts (several joined by " | ").
pub fn to_csv(corpus: &Corpus, ids: &[u32]) -> String {
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .quote_style(csv::QuoteStyle::Necessary)
        .from_writer(Vec::new());
    // Writing to a Vec cannot fail.
    let _ = out.write_record(CSV_COLUMNS);
    for &i in ids {
        let Some(c) = corpus.claims.get(i as usize) else {
            continue;
        };
        let _ = out.write_record(csv_row(corpus, c).map(spreadsheet_safe));
    }
    let bytes = out.into_inner().unwrap_or_default();
    // Only `&str` went in, so the bytes are UTF-8.
    String::from_utf8(bytes).unwrap_or_default()
}

fn csv_row(corpus: &Corpus, c: &Claim) -> [String; 14] {
    let article = corpus.article(&c.article);
    let speaker = corpus.speaker(&c.speaker);
    let side = corpus.side(&c.side);
    let question_text = |id: &str| {
        corpus
            .question(id)
            .map_or_else(|| id.to_owned(), |q| q.text.clone())
    };
    let questions = c
        .questions
        .iter()
        .map(|q| question_text(q))
        .collect::<Vec<_>>()
        .join(" | ");
    let stance = c
        .stance
        .iter()
        .map(|(q, s)| format!("{}: {}", question_text(q), s.as_str()))
        .collect::<Vec<_>>()
        .join(" | ");
    [
        c.id.clone(),
        article.map_or_else(|| c.article.clone(), |a| a.title.clone()),
        article.map(|a| a.outlet.clone()).unwrap_or_default(),
        article.map(|a| a.published.clone()).unwrap_or_default(),
        article.map(|a| a.url.clone()).unwrap_or_default(),
        speaker.map_or_else(|| c.speaker.clone(), |s| s.name.clone()),
        speaker.map(|s| s.role.clone()).unwrap_or_default(),
        side.map_or_else(|| c.side.clone(), |s| s.name.clone()),
        questions,
        stance,
        c.kind.as_str().to_owned(),
        c.attribution.as_str().to_owned(),
        c.quote.clone(),
        c.summary.clone(),
    ]
}

/// The characters that make a spreadsheet read a cell as a formula when it starts with one (OWASP's
/// list for CSV injection): `=`, `+`, `-`, `@`, tab, carriage return, and line feed.
const FORMULA_STARTS: [char; 7] = ['=', '+', '-', '@', '\t', '\r', '\n'];

/// `cell` as a spreadsheet shows it as text: prefixed with an apostrophe when it starts with one
/// of [`FORMULA_STARTS`] (OWASP's guidance for CSV injection), unchanged otherwise. Quoting for
/// commas, quotes and line breaks is the CSV writer's.
pub fn spreadsheet_safe(cell: String) -> String {
    if cell.starts_with(FORMULA_STARTS) {
        format!("'{cell}")
    } else {
        cell
    }
}

/// A corpus holding only the claims `ids` and what they stand on: their articles (whole, so every
/// quote can still be checked against its paragraph), the sides, speakers and questions they name,
/// the events of those articles, and the facts whose every account is in them. Everything keeps
/// the corpus's order. The id is the corpus's id with `-selection-` and a short fingerprint of
/// the chosen claims, so two different selections never replace each other when imported.
pub fn subset(corpus: &Corpus, ids: &[u32]) -> Corpus {
    let chosen: BTreeSet<u32> = ids
        .iter()
        .copied()
        .filter(|&i| (i as usize) < corpus.claims.len())
        .collect();
    let claims: Vec<Claim> = chosen
        .iter()
        .map(|&i| corpus.claims[i as usize].clone())
        .collect();
    let articles: BTreeSet<&str> = claims.iter().map(|c| c.article.as_str()).collect();
    let sides: BTreeSet<&str> = claims.iter().map(|c| c.side.as_str()).collect();
    let speakers: BTreeSet<&str> = claims.iter().map(|c| c.speaker.as_str()).collect();
    let questions: BTreeSet<&str> = claims
        .iter()
        .flat_map(|c| c.questions.iter().chain(c.stance.keys()))
        .map(String::as_str)
        .collect();
    // A speaker's side must be in the subset too.
    let sides: BTreeSet<&str> = corpus
        .speakers
        .iter()
        .filter(|s| speakers.contains(s.id.as_str()))
        .map(|s| s.side.as_str())
        .chain(sides)
        .collect();

    let fingerprint = fnv1a(claims.iter().map(|c| c.id.as_str()));
    Corpus {
        schema: corpus.schema,
        id: format!("{}-selection-{:08x}", corpus.id, fingerprint as u32),
        title: if corpus.title.is_empty() {
            format!("{} chosen claims", claims.len())
        } else {
            format!("{} — {} chosen claims", corpus.title, claims.len())
        },
        articles: keep(&corpus.articles, |a| articles.contains(a.id.as_str())),
        sides: keep(&corpus.sides, |s| sides.contains(s.id.as_str())),
        speakers: keep(&corpus.speakers, |s| speakers.contains(s.id.as_str())),
        questions: keep(&corpus.questions, |q| questions.contains(q.id.as_str())),
        events: keep(&corpus.events, |e| articles.contains(e.article.as_str())),
        facts: keep(&corpus.facts, |f| {
            f.accounts
                .iter()
                .all(|s| articles.contains(s.article.as_str()))
        }),
        claims,
    }
}

fn keep<T: Clone>(items: &[T], mut wanted: impl FnMut(&T) -> bool) -> Vec<T> {
    items.iter().filter(|t| wanted(t)).cloned().collect()
}

/// FNV-1a over strings, each followed by a separator byte: a stable short fingerprint.
fn fnv1a<'a>(parts: impl Iterator<Item = &'a str>) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for b in part.bytes().chain([0]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    h
}

/// One claim as a person would cite it: who, what (verbatim), where and when.
///
/// `Vladimir Putin (President of Russia), quoted in RFE/RL, “Headline”, 19 November 2018,
/// https://…: “the quote”`. A paraphrase or report says so instead of "quoted", because the words
/// are the outlet's, not the speaker's.
pub fn citation(corpus: &Corpus, claim: &Claim) -> String {
    let speaker = corpus.speaker(&claim.speaker);
    let mut out = speaker.map_or_else(|| claim.speaker.clone(), |s| s.name.clone());
    if let Some(role) = speaker.map(|s| s.role.as_str()).filter(|r| !r.is_empty()) {
        out.push_str(&format!(" ({role})"));
    }
    out.push_str(match claim.attribution {
        Attribution::Direct => ", quoted in ",
        Attribution::Paraphrase => ", as paraphrased in ",
        Attribution::Reported => ", as reported in ",
    });
    match corpus.article(&claim.article) {
        Some(a) => out.push_str(&source(a)),
        None => out.push_str(&claim.article),
    }
    out.push_str(&format!(": “{}”", claim.quote));
    out
}

/// `RFE/RL, “Headline”, 19 November 2018, https://…` (parts the article lacks are left out).
fn source(a: &Article) -> String {
    let mut parts = Vec::new();
    if !a.outlet.is_empty() {
        parts.push(a.outlet.clone());
    }
    if !a.title.is_empty() {
        parts.push(format!("“{}”", a.title));
    }
    if !a.published.is_empty() {
        parts.push(long_date(&a.published));
    }
    if !a.url.is_empty() {
        parts.push(a.url.clone());
    }
    parts.join(", ")
}
