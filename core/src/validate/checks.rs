//! The corpus checks: one implementation, shared by the build (`cargo xtask corpus`) and by the
//! import of a person's own corpus file in the browser.
//!
//! [`parse`] checks a file's size, JSON syntax, schema version and fields, then [`validate`]
//! checks what the types cannot say: unique ids, references that resolve, quotes found verbatim
//! at their offsets, safe addresses and real dates. Every [`Problem`] names where (a JSON path)
//! and what, in plain words; at most [`MAX_PROBLEMS`] are reported.
//!
//! Cost is linear in the size of the corpus: lookups go through hash maps, and a paragraph's
//! char offsets are turned into byte offsets through an index built once per paragraph.

use crate::corpus::PartialDate;
use crate::corpus::{is_valid_id, CharIndex, MAX_ID_LEN};
use crate::corpus::{Attribution, ClaimKind, Corpus, ParagraphKind, Stance, SCHEMA_VERSION};
use crate::text::nfc;
use serde::de::{Deserialize, Deserializer, IgnoredAny, MapAccess, Visitor};
// The Fx hash: a large corpus's ids are hashed once each, and SipHash would cost as much as the
// rest of the checks.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::fmt;

/// At most this many problems are reported.
pub const MAX_PROBLEMS: usize = 20;

/// Files a person imports larger than this are refused before parsing.
pub const MAX_BYTES: usize = 50 * 1024 * 1024;

/// The limit for the corpus a deployment serves (chosen by whoever deploys it, not opened by a
/// person): a corpus of 100,000 claims with its articles is about 80 MB. Browsers cannot hold a
/// string much over 500 MB.
pub const MAX_SERVED_BYTES: usize = 256 * 1024 * 1024;

/// One thing wrong with a corpus file: where (a JSON path such as `claims[3].quote` or `$` for
/// the whole file) and what, in plain words a non-programmer understands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where: a JSON path such as `claims[3].quote`, or `$` for the whole file.
    pub path: String,
    /// What, in plain words.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

fn problem(path: impl Into<String>, message: impl Into<String>) -> Problem {
    Problem {
        path: path.into(),
        message: message.into(),
    }
}

const MB: usize = 1024 * 1024;

/// Refuses a file over [`MAX_BYTES`], naming its size and the limit; usable before reading the
/// file's text (for example from its length or a `Content-Length` header).
pub fn check_size(bytes: usize) -> Result<(), Problem> {
    check_size_within(bytes, MAX_BYTES)
}

/// [`check_size`] with another limit.
pub fn check_size_within(bytes: usize, limit: usize) -> Result<(), Problem> {
    if bytes <= limit {
        return Ok(());
    }
    // Tenths of a MB, rounded up, so that a file just over the limit never reads "50.0 MB".
    let tenths = (bytes as u128 * 10).div_ceil(MB as u128);
    Err(problem(
        "$",
        format!(
            "The file is {}.{} MB; the limit is {} MB.",
            tenths / 10,
            tenths % 10,
            limit / MB
        ),
    ))
}

/// The problem of a download stopped at `limit` bytes, its whole size unknown (no length given).
pub fn over_limit(limit: usize) -> Problem {
    problem(
        "$",
        format!(
            "It is over {} MB, the limit; the download was stopped there.",
            limit / MB
        ),
    )
}

/// Size check, JSON syntax, schema version, required fields and their types, then [`validate`].
/// Returns the corpus, or the first [`MAX_PROBLEMS`] problems.
pub fn parse(json: &str) -> Result<Corpus, Vec<Problem>> {
    parse_within(json, MAX_BYTES)
}

/// [`parse`] with another size limit (see [`MAX_SERVED_BYTES`]).
pub fn parse_within(json: &str, limit: usize) -> Result<Corpus, Vec<Problem>> {
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
        let problems = validate(&corpus);
        return if problems.is_empty() {
            Ok(corpus)
        } else {
            Err(problems)
        };
    }

    // First pass: syntax, the top-level shape and the schema version, without building a tree.
    let peek: SchemaPeek = serde_json::from_str(json).map_err(|e| vec![first_pass_problem(&e)])?;
    check_schema_value(peek.0.as_ref()).map_err(|p| vec![p])?;

    // Second pass: fields and types; the path of the first wrong one from where it stopped.
    let corpus: Corpus = serde_json::from_str(json).map_err(|e| vec![field_problem(json, &e)])?;

    let problems = validate(&corpus);
    if problems.is_empty() {
        Ok(corpus)
    } else {
        Err(problems)
    }
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

fn first_pass_problem(e: &serde_json::Error) -> Problem {
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

fn schema_version_message(version: impl fmt::Display) -> String {
    format!(
        "This file is schema version {version}; this version of Claimscope reads version {SCHEMA_VERSION}."
    )
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
        r if r.contains("unicode code point") || r.contains("surrogate") => {
            "a \\u escape does not name a real character"
        }
        other => return other.to_owned(),
    };
    plain.to_owned()
}

fn field_problem(json: &str, inner: &serde_json::Error) -> Problem {
    let path = crate::validate::error_path(json, inner);
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
    format!("one of {} (in double quotes)", words_list(names))
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
                words_list(&allowed)
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

/// "a, b and c".
fn words_list(words: &[&str]) -> String {
    match words {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
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

/// A value quoted in a message, cut short when it is long.
fn shown(s: &str) -> String {
    const MAX: usize = 60;
    let mut chars = s.chars();
    let head: String = chars.by_ref().take(MAX).collect();
    if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}

/// Collects problems up to the cap.
#[derive(Default)]
struct Report(Vec<Problem>);

impl Report {
    fn full(&self) -> bool {
        self.0.len() >= MAX_PROBLEMS
    }

    fn add(&mut self, path: String, message: String) {
        if !self.full() {
            self.0.push(Problem { path, message });
        }
    }
}

/// All semantic checks on a parsed corpus (at most [`MAX_PROBLEMS`] problems).
pub fn validate(corpus: &Corpus) -> Vec<Problem> {
    let mut r = Report::default();
    if corpus.schema != SCHEMA_VERSION {
        r.add("schema".into(), schema_version_message(corpus.schema));
    }

    if !is_valid_id(&corpus.id) {
        r.add("id".into(), unlinkable_id(&corpus.id));
    }

    // Ids: non-empty, usable in a link, and unique within each list (paragraphs across the whole
    // corpus).
    let articles = unique_ids(&mut r, "articles", corpus.articles.iter().map(|a| &*a.id));
    let mut paragraphs: HashMap<&str, (usize, usize)> = HashMap::default();
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
    let sides = unique_ids(&mut r, "sides", corpus.sides.iter().map(|s| &*s.id));
    let speakers = unique_ids(&mut r, "speakers", corpus.speakers.iter().map(|s| &*s.id));
    let questions = unique_ids(&mut r, "questions", corpus.questions.iter().map(|q| &*q.id));
    unique_ids(&mut r, "claims", corpus.claims.iter().map(|c| &*c.id));
    unique_ids(&mut r, "events", corpus.events.iter().map(|e| &*e.id));
    unique_ids(&mut r, "facts", corpus.facts.iter().map(|f| &*f.id));

    for (ai, a) in corpus.articles.iter().enumerate() {
        if r.full() {
            return r.0;
        }
        if let Some(m) = url_problem(&a.url) {
            r.add(format!("articles[{ai}].url"), m);
        }
        if let Some(m) = date_problem(&a.published, true) {
            r.add(format!("articles[{ai}].published"), m);
        }
    }

    for (si, s) in corpus.speakers.iter().enumerate() {
        if r.full() {
            return r.0;
        }
        if !sides.contains_key(&*s.side) {
            r.add(format!("speakers[{si}].side"), no_such("side", &s.side));
        }
    }

    let mut places = Places {
        corpus,
        articles: &articles,
        paragraphs: &paragraphs,
        texts: HashMap::default(),
    };

    for (ci, c) in corpus.claims.iter().enumerate() {
        if r.full() {
            return r.0;
        }
        let at = || format!("claims[{ci}]");
        places.check_span(
            &mut r,
            &at,
            &c.article,
            &c.paragraph,
            &c.quote,
            c.start,
            c.end,
        );
        let speaker = speakers.get(&*c.speaker);
        if speaker.is_none() {
            r.add(format!("{}.speaker", at()), no_such("speaker", &c.speaker));
        }
        if !sides.contains_key(&*c.side) {
            r.add(format!("{}.side", at()), no_such("side", &c.side));
        } else if let Some(&si) = speaker {
            let s = &corpus.speakers[si];
            if s.side != c.side {
                r.add(
                    format!("{}.side", at()),
                    format!(
                        "the claim is on side “{}”, but its speaker “{}” speaks for side “{}”",
                        shown(&c.side),
                        shown(&c.speaker),
                        shown(&s.side)
                    ),
                );
            }
        }
        for (qi, q) in c.questions.iter().enumerate() {
            if !questions.contains_key(&**q) {
                r.add(format!("{}.questions[{qi}]", at()), no_such("question", q));
            }
        }
        if !c.stance.is_empty() {
            // A set only when the lists are long enough for a scan to cost more.
            let set: Option<HashSet<&str>> = (c.stance.len() * c.questions.len() > 64)
                .then(|| c.questions.iter().map(|q| &**q).collect());
            for q in c.stance.keys() {
                let listed = match &set {
                    Some(set) => set.contains(&**q),
                    None => c.questions.iter().any(|x| x == q),
                };
                if !listed {
                    r.add(
                        format!("{}.stance{}", at(), key_path(q)),
                        format!(
                            "there is a stance on question “{}”, but that question is not \
                             among the claim's questions",
                            shown(q)
                        ),
                    );
                }
            }
        }
    }

    for (ei, e) in corpus.events.iter().enumerate() {
        if r.full() {
            return r.0;
        }
        let at = || format!("events[{ei}]");
        if let Some(m) = date_problem(&e.date, false) {
            r.add(format!("{}.date", at()), m);
        }
        places.check_span(
            &mut r,
            &at,
            &e.article,
            &e.paragraph,
            &e.quote,
            e.start,
            e.end,
        );
    }

    for (fi, f) in corpus.facts.iter().enumerate() {
        for (xi, s) in f.accounts.iter().enumerate() {
            if r.full() {
                return r.0;
            }
            let at = || format!("facts[{fi}].accounts[{xi}]");
            places.check_span(
                &mut r,
                &at,
                &s.article,
                &s.paragraph,
                &s.quote,
                s.start,
                s.end,
            );
        }
    }
    r.0
}

/// `.key` for plain keys, `["key"]` for the others, as in a JSON path.
fn key_path(key: &str) -> String {
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
fn no_such(kind: &str, id: &str) -> String {
    if id.is_empty() {
        format!("no {kind} is given (the value is empty)")
    } else {
        format!("there is no {kind} with the id “{}”", shown(id))
    }
}

fn unlinkable_id(id: &str) -> String {
    format!(
        "the id “{}” cannot be used in a link: use only letters, digits, “_”, “.” and “-” \
         (at most {MAX_ID_LEN} characters)",
        shown(id)
    )
}

/// Checks that each id of a list is non-empty, usable in a link and used once; returns id -> first
/// index.
fn unique_ids<'a>(
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

/// Resolves article and paragraph references and checks quotes against paragraph text.
struct Places<'a> {
    corpus: &'a Corpus,
    articles: &'a HashMap<&'a str, usize>,
    paragraphs: &'a HashMap<&'a str, (usize, usize)>,
    /// Char indexes of the paragraphs quoted so far, built on first use.
    texts: HashMap<(usize, usize), CharIndex<'a>>,
}

impl<'a> Places<'a> {
    #[allow(clippy::too_many_arguments)]
    fn check_span(
        &mut self,
        r: &mut Report,
        at: &dyn Fn() -> String,
        article: &str,
        paragraph: &str,
        quote: &str,
        start: usize,
        end: usize,
    ) {
        let known_article = self.articles.contains_key(article);
        if !known_article {
            r.add(format!("{}.article", at()), no_such("article", article));
        }
        let Some(&(ai, pi)) = self.paragraphs.get(paragraph) else {
            r.add(
                format!("{}.paragraph", at()),
                no_such("paragraph", paragraph),
            );
            return;
        };
        let owner = &self.corpus.articles[ai].id;
        if known_article && owner != article {
            r.add(
                format!("{}.paragraph", at()),
                format!(
                    "paragraph “{}” belongs to article “{}”, not to article “{}”",
                    shown(paragraph),
                    shown(owner),
                    shown(article)
                ),
            );
            return;
        }
        if !known_article {
            return;
        }
        if quote.is_empty() {
            r.add(
                format!("{}.quote", at()),
                "the quote is empty; it must be the exact words quoted from the paragraph".into(),
            );
            return;
        }
        let corpus = self.corpus;
        let index = self
            .texts
            .entry((ai, pi))
            .or_insert_with(|| CharIndex::new(&corpus.articles[ai].paragraphs[pi].text));
        if index.slice(start, end) != Some(quote) {
            r.add(
                format!("{}.quote", at()),
                quote_mismatch(index, paragraph, quote, start, end),
            );
        }
    }
}

/// Says how a quote differs from the text at its offsets, and where it is found instead.
fn quote_mismatch(
    index: &CharIndex<'_>,
    paragraph: &str,
    quote: &str,
    start: usize,
    end: usize,
) -> String {
    let mut m = format!(
        "the quote is not found at characters {start}–{end} of paragraph {}",
        shown(paragraph)
    );
    match index.slice(start, end) {
        _ if start > end => m.push_str(" (the start comes after the end)"),
        None => m.push_str(&format!(
            " (the paragraph has only {} characters)",
            index.len()
        )),
        Some(there) if nfc(there) == nfc(quote) => m.push_str(
            " (the text there looks the same, but some accents or symbols are encoded \
             differently; copy the quote from the paragraph's text)",
        ),
        Some(there) => m.push_str(&format!(" (there the paragraph reads “{}”)", shown(there))),
    }

    let text = index.text();
    let mut hits = text.match_indices(quote).map(|(b, _)| b);
    let first: Vec<usize> = hits.by_ref().take(3).collect();
    if first.is_empty() {
        if nfc(text).contains(&nfc(quote)) {
            m.push_str(
                "; the paragraph has these words, but with some accents or symbols encoded \
                 differently: copy the quote from the paragraph's text",
            );
        } else {
            m.push_str("; the quote is not in that paragraph at all");
        }
        return m;
    }
    let len = quote.chars().count();
    let spans: Vec<String> = first
        .iter()
        .map(|&b| {
            let s = index.char_at(b);
            format!("{s}–{}", s + len)
        })
        .collect();
    let spans: Vec<&str> = spans.iter().map(|s| &**s).collect();
    let more = hits.count();
    if more == 0 {
        m.push_str(&format!(
            "; it is found at characters {}",
            words_list(&spans)
        ));
    } else {
        m.push_str(&format!(
            "; it is found at characters {}, and {more} more time{}",
            spans.join(", "),
            if more == 1 { "" } else { "s" }
        ));
    }
    m
}

/// Only http(s) addresses may become links.
pub fn is_web_address(url: &str) -> bool {
    url_problem(url).is_none()
}

fn url_problem(url: &str) -> Option<String> {
    if url.is_empty() {
        return Some("the address is empty; it must start with https:// or http://".into());
    }
    let lower_start = url
        .get(..8.min(url.len()))
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let scheme = ["https://", "http://"]
        .into_iter()
        .find(|s| lower_start.starts_with(s));
    let Some(scheme) = scheme else {
        return Some(format!(
            "“{}” is not a web address: it must start with https:// or http://",
            shown(url)
        ));
    };
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Some(format!(
            "the address “{}” contains a space, line break or invisible character",
            shown(url)
        ));
    }
    let host = url[scheme.len()..].split(['/', '?', '#']).next();
    if host.is_none_or(str::is_empty) {
        return Some(format!(
            "the address “{}” has no site name after {scheme}",
            shown(url)
        ));
    }
    None
}

/// Why `s` is not a date (`YYYY-MM-DD`, `YYYY-MM`, or `YYYY` unless `need_month`), if it is not.
fn date_problem(s: &str, need_month: bool) -> Option<String> {
    let forms = if need_month {
        "YYYY-MM-DD or YYYY-MM, such as 2018-10-24 or 2018-10"
    } else {
        "YYYY-MM-DD, YYYY-MM or YYYY, such as 2018-10-24, 2018-10 or 1987"
    };
    if let Some(d) = PartialDate::parse(s) {
        if need_month && d.month.is_none() {
            return Some(format!(
                "“{s}” gives only the year; an article's date needs at least the month: {forms}"
            ));
        }
        return None;
    }
    if s.is_empty() {
        return Some(format!("the date is empty; write it as {forms}"));
    }
    // The shape is right but a number is out of range: say which.
    let parts: Vec<&str> = s.split('-').collect();
    let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
    let shaped = (1..=3).contains(&parts.len())
        && digits(parts[0], 4)
        && parts[1..].iter().all(|p| digits(p, 2));
    if shaped && parts.len() >= 2 {
        let month: u8 = parts[1].parse().unwrap_or(0);
        if !(1..=12).contains(&month) {
            return Some(format!(
                "“{s}” has no month {month}: months go from 01 to 12"
            ));
        }
        if parts.len() == 3 {
            let ym = format!("{}-{}", parts[0], parts[1]);
            let last = (28..=31)
                .rev()
                .find(|d| PartialDate::parse(&format!("{ym}-{d}")).is_some())
                .unwrap_or(28);
            let name = PartialDate::parse(&ym).map_or(ym, |d| d.long());
            return Some(format!(
                "“{s}” is not a real day: {name} has days 01 to {last}"
            ));
        }
    }
    Some(format!("“{}” is not a date written as {forms}", shown(s)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{char_slice, Fact, Span};
    use serde_json::{json, Value};

    /// A small valid corpus: two articles, two sides, one claim, one event and one fact.
    fn sample_value() -> Value {
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

    fn sample() -> String {
        sample_value().to_string()
    }

    fn with(edit: impl FnOnce(&mut Value)) -> String {
        let mut v = sample_value();
        edit(&mut v);
        v.to_string()
    }

    fn problems(json: &str) -> Vec<Problem> {
        parse(json).err().unwrap_or_default()
    }

    /// The single problem a file has (fails when it has none or several).
    fn only(json: &str) -> Problem {
        let p = problems(json);
        assert_eq!(p.len(), 1, "expected one problem, got {p:#?}");
        p.into_iter().next().unwrap()
    }

    fn push(v: &mut Value, list: &str, item: Value) {
        v[list].as_array_mut().unwrap().push(item);
    }

    #[test]
    fn a_valid_corpus_passes() {
        let c = parse(&sample()).expect("valid");
        assert_eq!(c.claims.len(), 1);
        assert_eq!(c.facts.len(), 1);
        assert!(validate(&c).is_empty());
    }

    #[test]
    fn a_problem_reads_path_colon_message() {
        let p = problem("claims[3].quote", "the quote is empty");
        assert_eq!(p.to_string(), "claims[3].quote: the quote is empty");
    }

    #[test]
    fn large_files_are_refused_with_the_limit() {
        let p = check_size(60 * 1024 * 1024).unwrap_err();
        assert_eq!(p.path, "$");
        assert_eq!(p.message, "The file is 60.0 MB; the limit is 50 MB.");
        let p = check_size(MAX_BYTES + 1).unwrap_err();
        assert_eq!(p.message, "The file is 50.1 MB; the limit is 50 MB.");
        assert!(check_size(MAX_BYTES).is_ok());
        assert!(check_size(0).is_ok());
    }

    #[test]
    fn parse_refuses_a_large_file_without_reading_it() {
        let big = " ".repeat(MAX_BYTES + 1);
        let p = only(&big);
        assert!(p.message.contains("the limit is 50 MB"), "{p}");
    }

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

    #[test]
    fn validate_checks_the_schema_version_too() {
        let mut c = parse(&sample()).unwrap();
        c.schema = 3;
        let p = validate(&c);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].path, "schema");
        assert!(p[0].message.contains("schema version 3"), "{}", p[0]);
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

    #[test]
    fn claim_references_must_resolve() {
        let p = only(&with(|v| v["claims"][0]["article"] = "z".into()));
        assert_eq!(p.path, "claims[0].article");
        assert_eq!(p.message, "there is no article with the id “z”");

        let p = only(&with(|v| v["claims"][0]["paragraph"] = "a-p9".into()));
        assert_eq!(p.path, "claims[0].paragraph");
        assert_eq!(p.message, "there is no paragraph with the id “a-p9”");

        let p = only(&with(|v| v["claims"][0]["paragraph"] = "b-p1".into()));
        assert_eq!(p.path, "claims[0].paragraph");
        assert_eq!(
            p.message,
            "paragraph “b-p1” belongs to article “b”, not to article “a”"
        );

        let p = only(&with(|v| v["claims"][0]["speaker"] = "trump".into()));
        assert_eq!(p.path, "claims[0].speaker");
        assert_eq!(p.message, "there is no speaker with the id “trump”");

        let p = only(&with(|v| v["claims"][0]["side"] = "".into()));
        assert_eq!(p.path, "claims[0].side");
        assert_eq!(p.message, "no side is given (the value is empty)");
    }

    #[test]
    fn claim_questions_and_stances_must_resolve() {
        let p = problems(&with(|v| v["claims"][0]["questions"][0] = "x".into()));
        assert_eq!(p.len(), 2, "{p:#?}");
        assert_eq!(p[0].path, "claims[0].questions[0]");
        assert_eq!(p[0].message, "there is no question with the id “x”");
        assert_eq!(p[1].path, "claims[0].stance.respond");
        assert!(
            p[1].message
                .contains("stance on question “respond”, but that question is not among the claim's questions"),
            "{}",
            p[1]
        );
        let p = only(&with(|v| v["claims"][0]["stance"]["odd key"] = "no".into()));
        assert_eq!(p.path, "claims[0].stance[\"odd key\"]");
    }

    #[test]
    fn a_speakers_side_must_exist() {
        let p = problems(&with(|v| v["speakers"][1]["side"] = "nato".into()));
        assert_eq!(p.len(), 1, "{p:#?}");
        assert_eq!(p[0].path, "speakers[1].side");
        assert_eq!(p[0].message, "there is no side with the id “nato”");
    }

    #[test]
    fn a_claim_must_be_on_its_speakers_side() {
        let p = only(&with(|v| v["claims"][0]["side"] = "us".into()));
        assert_eq!(p.path, "claims[0].side");
        assert_eq!(
            p.message,
            "the claim is on side “us”, but its speaker “putin” speaks for side “russia”"
        );
    }

    #[test]
    fn event_and_fact_references_must_resolve() {
        let p = only(&with(|v| v["events"][0]["article"] = "q".into()));
        assert_eq!(p.path, "events[0].article");
        assert!(p.message.contains("no article with the id “q”"), "{p}");
        let p = only(&with(|v| v["events"][0]["paragraph"] = "a-p1".into()));
        assert_eq!(p.path, "events[0].paragraph");
        assert!(p.message.contains("belongs to article “a”"), "{p}");
        let p = only(&with(|v| {
            v["facts"][0]["accounts"][0]["paragraph"] = "nope".into()
        }));
        assert_eq!(p.path, "facts[0].accounts[0].paragraph");
        assert!(p.message.contains("no paragraph with the id “nope”"), "{p}");
        let p = only(&with(|v| {
            v["facts"][0]["accounts"][0]["article"] = "a".into()
        }));
        assert_eq!(p.path, "facts[0].accounts[0].paragraph");
        assert!(p.message.contains("not to article “a”"), "{p}");
    }

    #[test]
    fn quotes_must_not_be_empty() {
        for (path, edit) in [
            ("claims[0].quote", "/claims/0"),
            ("events[0].quote", "/events/0"),
            ("facts[0].accounts[0].quote", "/facts/0/accounts/0"),
        ] {
            let p = only(&with(|v| {
                let s = v.pointer_mut(edit).unwrap();
                s["quote"] = "".into();
                s["end"] = s["start"].clone();
            }));
            assert_eq!(p.path, path);
            assert!(p.message.starts_with("the quote is empty"), "{p}");
        }
    }

    #[test]
    fn a_quote_off_its_offsets_says_where_it_is() {
        let p = only(&with(|v| {
            v["claims"][0]["start"] = 12.into();
            v["claims"][0]["end"] = 32.into();
        }));
        assert_eq!(p.path, "claims[0].quote");
        assert_eq!(
            p.message,
            "the quote is not found at characters 12–32 of paragraph a-p1 \
             (there the paragraph reads “ussia would respond ”); it is found at characters 11–31"
        );
    }

    #[test]
    fn a_quote_found_several_times_lists_the_places() {
        let p = only(&with(|v| {
            v["claims"][0]["paragraph"] = "a-p2".into();
            v["claims"][0]["quote"] = "the treaty is dead".into();
            v["claims"][0]["start"] = 0.into();
            v["claims"][0]["end"] = 18.into();
        }));
        assert!(
            p.message
                .ends_with("; it is found at characters 12–30 and 36–54"),
            "{p}"
        );
        let p = only(&with(|v| {
            v["claims"][0]["paragraph"] = "a-p2".into();
            v["claims"][0]["quote"] = "e".into();
            v["claims"][0]["start"] = 0.into();
            v["claims"][0]["end"] = 1.into();
        }));
        assert!(p.message.contains(", and "), "{p}");
        assert!(p.message.ends_with("more times"), "{p}");
    }

    #[test]
    fn a_quote_not_in_its_paragraph_says_so() {
        let p = only(&with(|v| {
            v["claims"][0]["quote"] = "Russia will never".into()
        }));
        assert_eq!(p.path, "claims[0].quote");
        assert!(
            p.message
                .ends_with("; the quote is not in that paragraph at all"),
            "{p}"
        );
        let p = only(&with(|v| v["events"][0]["end"] = 99.into()));
        assert_eq!(p.path, "events[0].quote");
        assert!(
            p.message.contains("(the paragraph has only 37 characters)"),
            "{p}"
        );
        assert!(p.message.ends_with("found at characters 10–28"), "{p}");
        let p = only(&with(|v| {
            v["facts"][0]["accounts"][0]["start"] = 20.into();
            v["facts"][0]["accounts"][0]["end"] = 5.into();
        }));
        assert_eq!(p.path, "facts[0].accounts[0].quote");
        assert!(p.message.contains("the start comes after the end"), "{p}");
    }

    #[test]
    fn offsets_count_characters_not_bytes() {
        // “ is one char but three bytes: the quote after it is found by char offsets.
        let ok = with(|v| {
            v["claims"][0]["quote"] = "in kind.".into();
            v["claims"][0]["start"] = 33.into();
            v["claims"][0]["end"] = 41.into();
        });
        assert!(parse(&ok).is_ok());
        // Byte offsets are refused, and the char offsets are suggested.
        let p = only(&with(|v| {
            v["claims"][0]["quote"] = "in kind.".into();
            v["claims"][0]["start"] = 35.into();
            v["claims"][0]["end"] = 43.into();
        }));
        assert!(p.message.ends_with("found at characters 33–41"), "{p}");
    }

    #[test]
    fn differently_encoded_accents_are_explained() {
        let p = only(&with(|v| {
            v["articles"][1]["paragraphs"][0]["text"] = "Café owners in Kyiv.".into();
            v["events"][0]["quote"] = "Cafe\u{301}".into();
            v["events"][0]["start"] = 0.into();
            v["events"][0]["end"] = 5.into();
            v["facts"] = json!([]);
        }));
        assert_eq!(p.path, "events[0].quote");
        assert!(p.message.contains("encoded differently"), "{p}");
    }

    #[test]
    fn only_web_addresses_are_accepted() {
        for (url, says) in [
            ("javascript:alert(1)", "is not a web address"),
            ("ftp://example.org/x", "is not a web address"),
            ("//example.org", "is not a web address"),
            ("", "the address is empty"),
            ("https://", "has no site name"),
            ("https:///x", "has no site name"),
            ("https://exa mple.org", "contains a space"),
            (" https://example.org", "is not a web address"),
        ] {
            let p = only(&with(|v| v["articles"][0]["url"] = url.into()));
            assert_eq!(p.path, "articles[0].url");
            assert!(p.message.contains(says), "{url}: {p}");
        }
        for url in ["HTTPS://Example.org", "http://a", "https://x.org/?q=1#f"] {
            assert!(is_web_address(url), "{url}");
        }
    }

    #[test]
    fn dates_must_be_real_iso_dates() {
        let p = only(&with(|v| {
            v["articles"][0]["published"] = "2018-02-30".into()
        }));
        assert_eq!(p.path, "articles[0].published");
        assert_eq!(
            p.message,
            "“2018-02-30” is not a real day: February 2018 has days 01 to 28"
        );
        let p = only(&with(|v| v["articles"][1]["published"] = "2018-13".into()));
        assert_eq!(p.path, "articles[1].published");
        assert!(p.message.contains("no month 13"), "{p}");
        let p = only(&with(|v| v["articles"][0]["published"] = "2018".into()));
        assert!(p.message.contains("needs at least the month"), "{p}");
        let p = only(&with(|v| v["events"][0]["date"] = "last month".into()));
        assert_eq!(p.path, "events[0].date");
        assert!(
            p.message
                .starts_with("“last month” is not a date written as"),
            "{p}"
        );
        let p = only(&with(|v| v["events"][0]["date"] = "".into()));
        assert!(p.message.starts_with("the date is empty"), "{p}");
        for date in ["1987", "2016-02", "2016-02-29"] {
            assert!(parse(&with(|v| v["events"][0]["date"] = date.into())).is_ok());
        }
    }

    #[test]
    fn at_most_twenty_problems() {
        let p = problems(&with(|v| {
            let c = v["claims"][0].clone();
            for _ in 0..50 {
                push(v, "claims", c.clone());
            }
        }));
        assert_eq!(p.len(), MAX_PROBLEMS);
        assert!(p.iter().all(|p| p.message.contains("already used")));
    }

    #[test]
    fn long_values_are_cut_short_in_messages() {
        let long = "x".repeat(10_000);
        let p = only(&with(|v| v["claims"][0]["speaker"] = long.clone().into()));
        assert!(p.message.len() < 200, "{}", p.message.len());
        assert!(p.message.contains('…'));
    }

    #[test]
    fn large_corpora_are_checked_in_linear_time() {
        // 100,000 claims quoting one long non-ASCII paragraph: a scan per claim would take
        // minutes.
        let unit = "Ab’c “dé” ";
        let text = unit.repeat(20_000);
        let n = unit.chars().count();
        let mut c: Corpus = parse(&sample()).unwrap();
        c.articles[0].paragraphs[0].text = text;
        c.events.clear();
        let claim = c.claims[0].clone();
        c.claims = (0..100_000)
            .map(|i| {
                let mut k = claim.clone();
                k.id = format!("c{i}");
                k.start = (i % 20_000) * n + 5;
                k.end = k.start + 4;
                k.quote = "“dé”".into();
                k
            })
            .collect();
        let t = std::time::Instant::now();
        assert!(validate(&c).is_empty());
        assert!(t.elapsed().as_secs() < 20, "{:?}", t.elapsed());
    }

    #[test]
    fn facts_with_several_accounts_are_checked_each() {
        let mut c = parse(&sample()).unwrap();
        c.facts.push(Fact {
            id: "f2".into(),
            topic: "T".into(),
            accounts: vec![
                Span {
                    article: "a".into(),
                    paragraph: "a-p1".into(),
                    quote: "Putin".into(),
                    start: 0,
                    end: 5,
                },
                Span {
                    article: "a".into(),
                    paragraph: "a-p1".into(),
                    quote: "Putin".into(),
                    start: 1,
                    end: 6,
                },
            ],
        });
        let p = validate(&c);
        assert_eq!(p.len(), 1, "{p:#?}");
        assert_eq!(p[0].path, "facts[1].accounts[1].quote");
    }

    mod props {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn the_char_index_agrees_with_char_slice_everywhere(
                text in "[a-zé’“”😀\u{301} ]{0,80}", start in 0usize..90, end in 0usize..90,
            ) {
                let idx = CharIndex::new(&text);
                prop_assert_eq!(idx.slice(start, end), char_slice(&text, start, end));
            }

            #[test]
            fn parse_never_panics(s in ".*") {
                let _ = parse(&s);
            }

            #[test]
            fn a_quote_passes_exactly_when_it_is_at_its_offsets(
                start in 0usize..60, end in 0usize..60, quote in ".{0,20}",
            ) {
                let json = with(|v| {
                    v["claims"][0]["start"] = start.into();
                    v["claims"][0]["end"] = end.into();
                    v["claims"][0]["quote"] = quote.clone().into();
                });
                let result = parse(&json);
                let text = "Putin said Russia would respond “in kind.”";
                let expected = !quote.is_empty() && char_slice(text, start, end) == Some(quote.as_str());
                prop_assert_eq!(result.is_ok(), expected);
                if let Err(p) = result {
                    prop_assert_eq!(p.len(), 1);
                    prop_assert_eq!(&p[0].path, "claims[0].quote");
                }
            }
        }
    }
}
