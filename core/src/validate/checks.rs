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
use rustc_hash::FxHashSet as HashSet;

/// All semantic checks on a parsed corpus (at most [`MAX_PROBLEMS`](super::MAX_PROBLEMS) problems).
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
    let paragraphs = unique_paragraph_ids(&mut r, corpus);
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

    let mut places = Places::new(corpus, &articles, &paragraphs);

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{Fact, Span};
    use crate::validate::parse;
    use crate::validate::sample::{only, problems, sample, with};

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
