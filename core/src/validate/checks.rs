//! The order of the checks on a parsed corpus, for what the types cannot say: the ids first, then
//! each article's address and date, each speaker's side, each claim's place, quote, speaker,
//! side, questions and stances, each event's date and place, and each fact's accounts. At most
//! [`MAX_PROBLEMS`](super::MAX_PROBLEMS) are reported.
//!
//! Cost is linear in the size of the corpus: lookups go through hash maps, and a paragraph's
//! char offsets are turned into byte offsets through an index built once per paragraph.

use super::formats::{date_problem, url_problem};
use super::ids::{key_path, no_such, unique_ids, unique_paragraph_ids, unlinkable_id};
use super::problem::{schema_version_message, shown, Problem, Report};
use super::quotes::Places;
use crate::corpus::{is_valid_id, Corpus, SCHEMA_VERSION};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// All semantic checks on a parsed corpus (at most [`MAX_PROBLEMS`](super::MAX_PROBLEMS) problems).
pub fn validate(corpus: &Corpus) -> Vec<Problem> {
    Checking::new(corpus).finish()
}

/// The checks of one corpus, run a part at a time: [`Checking::new`] checks the ids, the
/// articles and the speakers; [`Checking::claims`] checks some more claims (the bulk of a large
/// corpus), so a page can yield between parts and say how far it got; [`Checking::finish`]
/// checks the rest (claims left, events, facts) and gives the problems. The same checks, in the
/// same order, with the same problems as [`validate`].
pub struct Checking<'a> {
    corpus: &'a Corpus,
    r: Report,
    sides: HashMap<&'a str, usize>,
    speakers: HashMap<&'a str, usize>,
    questions: HashMap<&'a str, usize>,
    places: Places<'a>,
    /// The claims checked so far.
    next: usize,
}

impl<'a> Checking<'a> {
    pub fn new(corpus: &'a Corpus) -> Self {
        let mut r = Report::default();
        if corpus.schema != SCHEMA_VERSION {
            r.add("schema".into(), schema_version_message(corpus.schema));
        }

        if !is_valid_id(&corpus.id) {
            r.add("id".into(), unlinkable_id(&corpus.id));
        }

        // Ids: non-empty, usable in a link, and unique within each list (paragraphs across the
        // whole corpus).
        let articles = unique_ids(&mut r, "articles", corpus.articles.iter().map(|a| &*a.id));
        let paragraphs = unique_paragraph_ids(&mut r, corpus);
        let sides = unique_ids(&mut r, "sides", corpus.sides.iter().map(|s| &*s.id));
        let speakers = unique_ids(&mut r, "speakers", corpus.speakers.iter().map(|s| &*s.id));
        let questions = unique_ids(&mut r, "questions", corpus.questions.iter().map(|q| &*q.id));
        unique_ids(&mut r, "claims", corpus.claims.iter().map(|c| &*c.id));
        unique_ids(&mut r, "events", corpus.events.iter().map(|e| &*e.id));
        unique_ids(&mut r, "facts", corpus.facts.iter().map(|f| &*f.id));

        for (ai, a) in corpus.articles.iter().enumerate() {
            if r.full() {
                break;
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
                break;
            }
            if !sides.contains_key(&*s.side) {
                r.add(format!("speakers[{si}].side"), no_such("side", &s.side));
            }
        }

        Checking {
            corpus,
            r,
            sides,
            speakers,
            questions,
            places: Places::new(corpus, articles, paragraphs),
            next: 0,
        }
    }

    /// The claims checked so far, of how many.
    pub fn progress(&self) -> (usize, usize) {
        (self.next, self.corpus.claims.len())
    }

    /// Checks up to `n` more claims; true once every claim is checked (or the report is full).
    pub fn claims(&mut self, n: usize) -> bool {
        let corpus = self.corpus;
        let end = self.next.saturating_add(n).min(corpus.claims.len());
        while self.next < end {
            if self.r.full() {
                self.next = corpus.claims.len();
                break;
            }
            self.claim(self.next);
            self.next += 1;
        }
        self.next >= corpus.claims.len()
    }

    fn claim(&mut self, ci: usize) {
        let (corpus, r) = (self.corpus, &mut self.r);
        let c = &corpus.claims[ci];
        let at = || format!("claims[{ci}]");
        self.places
            .check_span(r, &at, &c.article, &c.paragraph, &c.quote, c.start, c.end);
        let speaker = self.speakers.get(&*c.speaker);
        if speaker.is_none() {
            r.add(format!("{}.speaker", at()), no_such("speaker", &c.speaker));
        }
        if !self.sides.contains_key(&*c.side) {
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
            if !self.questions.contains_key(&**q) {
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

    /// Checks what is left (claims, events, facts) and gives every problem found.
    pub fn finish(mut self) -> Vec<Problem> {
        self.claims(usize::MAX);
        let (corpus, r, places) = (self.corpus, &mut self.r, &mut self.places);
        for (ei, e) in corpus.events.iter().enumerate() {
            if r.full() {
                return self.r.0;
            }
            let at = || format!("events[{ei}]");
            if let Some(m) = date_problem(&e.date, false) {
                r.add(format!("{}.date", at()), m);
            }
            places.check_span(r, &at, &e.article, &e.paragraph, &e.quote, e.start, e.end);
        }

        for (fi, f) in corpus.facts.iter().enumerate() {
            for (xi, s) in f.accounts.iter().enumerate() {
                if r.full() {
                    return self.r.0;
                }
                let at = || format!("facts[{fi}].accounts[{xi}]");
                places.check_span(r, &at, &s.article, &s.paragraph, &s.quote, s.start, s.end);
            }
        }
        self.r.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{Fact, Span};
    use crate::validate::parse;
    use crate::validate::sample::{only, problems, sample, with};

    #[test]
    fn checking_in_parts_finds_what_validate_finds() {
        use crate::validate::read_within;
        // The sample with five claims (copies of its own under new ids), some broken.
        let five = |edit: fn(&mut serde_json::Value)| {
            with(|v| {
                let first = v["claims"][0].clone();
                for k in 1..5 {
                    let mut c = first.clone();
                    c["id"] = format!("copy-{k}").into();
                    v["claims"].as_array_mut().unwrap().push(c);
                }
                edit(v);
            })
        };
        let broken = [
            five(|_| {}),
            five(|v| v["claims"][0]["article"] = "z".into()),
            five(|v| v["claims"][3]["speaker"] = "nobody".into()),
            five(|v| {
                v["claims"][4]["quote"] = "not in the text".into();
                v["claims"][2]["side"] = "".into();
            }),
        ];
        for json in broken {
            let corpus = read_within(&json, usize::MAX).unwrap();
            let whole = validate(&corpus);
            for part in [1, 2, 1000] {
                let mut checking = Checking::new(&corpus);
                let total = corpus.claims.len();
                assert_eq!(total, 5);
                let mut steps = 0;
                while !checking.claims(part) {
                    steps += 1;
                    assert_eq!(checking.progress(), (steps * part, total));
                }
                assert_eq!(steps, (total - 1) / part);
                assert_eq!(checking.progress(), (total, total));
                assert_eq!(checking.finish(), whole, "parts of {part}");
            }
        }
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
}
