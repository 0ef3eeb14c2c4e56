//! `cargo xtask synth --claims N [--out PATH] [--seed S]`: a synthetic corpus in schema 1, for
//! measuring the app at scale. Deterministic: the same N and seed give the same bytes.
//!
//! It is made of the seed corpus: its sides and questions as they are, and sentences of its
//! articles' body text, each with a few words swapped for other words of the same text, so
//! sentence and quote lengths, vocabulary and phrases are those of real reporting on the dispute.
//! About 16 claims an article (10 to 22), articles of 8 to 20 paragraphs of 1 to 3 sentences,
//! one event an article, a speaker for every 300 claims (at least 12), 40 outlets, dates over 2018.
//! Every quote is verbatim at its offsets: the result passes `claimscope_core::validate`.

use crate::shell;
use claimscope_core::corpus::{
    Article, Attribution, Claim, ClaimKind, Corpus, Event, Paragraph, ParagraphKind, Speaker,
    Stance,
};
use claimscope_core::text;
use claimscope_core::validate::{parse, validate};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// The seed used unless another is given.
pub const SEED: u64 = 2018;

const USAGE: &str = "usage: cargo xtask synth --claims N [--out PATH] [--seed S]";

pub fn run(args: &[String]) -> Result<(), String> {
    let mut claims: Option<usize> = None;
    let mut out: Option<PathBuf> = None;
    let mut seed = SEED;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = || {
            it.next()
                .cloned()
                .ok_or(format!("{a} needs a value\n{USAGE}"))
        };
        match a.as_str() {
            "--claims" => claims = Some(value()?.parse().map_err(|_| USAGE)?),
            "--out" => out = Some(PathBuf::from(value()?)),
            "--seed" => seed = value()?.parse().map_err(|_| USAGE)?,
            other => return Err(format!("synth: unknown option {other}\n{USAGE}")),
        }
    }
    let claims = claims.ok_or(USAGE)?;
    let out =
        out.unwrap_or_else(|| shell::root().join(format!("target/bench/corpus-{claims}.json")));
    let json = synthesize_json(claims, seed)?;
    if let Some(dir) = out.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(&out, &json).map_err(|e| format!("{}: {e}", out.display()))?;
    println!(
        "{}: {claims} claims, {:.1} MB",
        out.display(),
        json.len() as f64 / 1_048_576.0
    );
    Ok(())
}

/// The synthetic corpus of `claims` claims as JSON text, checked by the app's own rules.
pub fn synthesize_json(claims: usize, seed: u64) -> Result<String, String> {
    let seed_json = std::fs::read_to_string(shell::root().join("data/corpus.json"))
        .map_err(|e| format!("data/corpus.json: {e}"))?;
    let base = parse(&seed_json).map_err(|p| format!("data/corpus.json: {p:?}"))?;
    let corpus = synthesize(&base, claims, seed);
    let problems = validate(&corpus);
    if !problems.is_empty() {
        return Err(format!("the synthetic corpus is invalid: {problems:?}"));
    }
    serde_json::to_string(&corpus).map_err(|e| e.to_string())
}

const FIRST: [&str; 16] = [
    "Anna", "Boris", "Carla", "Dmitry", "Elena", "Frank", "Grace", "Hans", "Irina", "James",
    "Katya", "Lars", "Maria", "Nikolai", "Olga", "Peter",
];
const LAST: [&str; 16] = [
    "Ivanov",
    "Smith",
    "Petrova",
    "Jones",
    "Kuznetsov",
    "Miller",
    "Sokolova",
    "Brown",
    "Volkov",
    "Wilson",
    "Morozova",
    "Taylor",
    "Lebedev",
    "Clark",
    "Novak",
    "Schmidt",
];
const ROLES: [&str; 6] = [
    "Foreign Minister",
    "Defense Secretary",
    "spokesperson",
    "National Security Adviser",
    "ambassador",
    "senator",
];

/// The generator's state: its random numbers and the text it draws from.
struct Synth {
    rng: fastrand::Rng,
    /// Sentences of the seed corpus's body paragraphs.
    sentences: Vec<String>,
    /// Words of those sentences (with repeats, so common words stay common).
    words: Vec<String>,
}

impl Synth {
    /// A seed sentence with about one word in eight swapped for another word of the seed text.
    fn sentence(&mut self) -> String {
        let s = &self.sentences[self.rng.usize(..self.sentences.len())];
        let mut out = String::with_capacity(s.len() + 16);
        for (i, w) in s.split(' ').enumerate() {
            if i > 0 {
                out.push(' ');
            }
            let plain = w.chars().all(|c| c.is_alphabetic());
            if plain && i > 0 && self.rng.usize(..8) == 0 {
                out.push_str(&self.words[self.rng.usize(..self.words.len())]);
            } else {
                out.push_str(w);
            }
        }
        out
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.rng.usize(..items.len())]
    }
}

fn synthesize(base: &Corpus, claim_count: usize, seed: u64) -> Corpus {
    let mut sentences = Vec::new();
    for p in base
        .articles
        .iter()
        .flat_map(|a| &a.paragraphs)
        .filter(|p| p.kind == ParagraphKind::Body)
    {
        let chars: Vec<char> = p.text.chars().collect();
        for (s, e) in text::sentences(&p.text) {
            let text: String = chars[s..e].iter().collect();
            if text.chars().count() >= 40 {
                sentences.push(text);
            }
        }
    }
    let words: Vec<String> = sentences
        .iter()
        .flat_map(|s| s.split(' '))
        .filter(|w| w.len() > 2 && w.chars().all(|c| c.is_alphabetic()))
        .map(str::to_owned)
        .collect();
    let mut g = Synth {
        rng: fastrand::Rng::with_seed(seed),
        sentences,
        words,
    };

    let side_ids: Vec<String> = base.sides.iter().map(|s| s.id.clone()).collect();
    let speaker_count = (claim_count / 300).max(12);
    let speakers: Vec<Speaker> = (0..speaker_count)
        .map(|i| {
            // Sides by weight: the first two (the parties) 9 in 20 each, the rest share 1 in 10.
            let r = g.rng.usize(..20);
            let side = match r {
                0..=8 => side_ids[0].clone(),
                9..=17 => side_ids[1 % side_ids.len()].clone(),
                _ => side_ids[2.min(side_ids.len() - 1)].clone(),
            };
            Speaker {
                id: format!("sp{i}"),
                name: format!("{} {}", g.pick(&FIRST), g.pick(&LAST)),
                role: g.pick(&ROLES).to_string(),
                side,
            }
        })
        .collect();
    let outlets: Vec<String> = (0..40).map(|i| format!("Outlet {i:02}")).collect();

    let mut articles = Vec::new();
    let mut claims = Vec::new();
    let mut events = Vec::new();
    let mut a = 0usize;
    while claims.len() < claim_count {
        let id = format!("a{a}");
        let month = g.rng.u32(1..=12);
        let day = g.rng.u32(1..=28);
        let published = format!("2018-{month:02}-{day:02}");
        let mut paragraphs = Vec::new();
        for p in 0..g.rng.usize(8..=20) {
            let n = g.rng.usize(1..=3);
            let text = (0..n).map(|_| g.sentence()).collect::<Vec<_>>().join(" ");
            paragraphs.push(Paragraph {
                id: format!("{id}-p{p}"),
                kind: ParagraphKind::Body,
                text,
            });
        }
        let title = g.sentence();
        let wanted = g.rng.usize(10..=22).min(claim_count - claims.len());
        for k in 0..wanted {
            let p = &paragraphs[g.rng.usize(..paragraphs.len())];
            let (start, end) = quote_span(&mut g, &p.text);
            let quote: String = p.text.chars().skip(start).take(end - start).collect();
            let speaker = &speakers[g.rng.usize(..speakers.len())];
            let nq = g.rng.usize(1..=2);
            let mut questions: Vec<String> = Vec::new();
            let mut stance = BTreeMap::new();
            for _ in 0..nq {
                let q = g.pick(&base.questions).id.clone();
                if !questions.contains(&q) {
                    stance.insert(q.clone(), *g.pick(&Stance::ALL));
                    questions.push(q);
                }
            }
            claims.push(Claim {
                id: format!("{id}-c{k}"),
                article: id.clone(),
                paragraph: p.id.clone(),
                speaker: speaker.id.clone(),
                side: speaker.side.clone(),
                questions,
                stance,
                kind: *g.pick(&ClaimKind::ALL),
                attribution: *g.pick(&Attribution::ALL),
                summary: g.sentence(),
                quote,
                start,
                end,
            });
        }
        let p = &paragraphs[g.rng.usize(..paragraphs.len())];
        let (start, end) = quote_span(&mut g, &p.text);
        events.push(Event {
            id: format!("{id}-e"),
            date: published.clone(),
            label: title.chars().take(60).collect(),
            article: id.clone(),
            paragraph: p.id.clone(),
            quote: p.text.chars().skip(start).take(end - start).collect(),
            start,
            end,
        });
        articles.push(Article {
            id,
            outlet: g.pick(&outlets).clone(),
            title,
            published,
            url: format!("https://example.org/inf/{a}"),
            paragraphs,
            external: Vec::new(),
            external_source: String::new(),
        });
        a += 1;
    }
    Corpus {
        schema: base.schema,
        id: format!("synthetic-{claim_count}"),
        title: format!("Synthetic corpus, {claim_count} claims"),
        articles,
        sides: base.sides.clone(),
        speakers,
        questions: base.questions.clone(),
        claims,
        events,
        facts: Vec::new(),
    }
}

/// A quote: one sentence of the paragraph, or its words from a random one on when it is long.
fn quote_span(g: &mut Synth, text: &str) -> (usize, usize) {
    let spans = text::sentences(text);
    let (s, e) = spans[g.rng.usize(..spans.len())];
    if e - s > 250 {
        // Start after a space somewhere in the first third, so the quote stays 60+ chars.
        let chars: Vec<char> = text.chars().collect();
        let limit = s + (e - s) / 3;
        let starts: Vec<usize> = (s + 1..limit).filter(|&i| chars[i - 1] == ' ').collect();
        if !starts.is_empty() {
            return (starts[g.rng.usize(..starts.len())], e);
        }
    }
    (s, e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_thousand_claims_pass_the_apps_checks_and_are_reproducible() {
        let a = synthesize_json(1000, 7).unwrap();
        let b = synthesize_json(1000, 7).unwrap();
        assert_eq!(a, b, "same seed, same bytes");
        let c = parse(&a).unwrap();
        assert_eq!(c.claims.len(), 1000);
        assert!(c.speakers.len() >= 12);
        assert!(
            (45..=100).contains(&c.articles.len()),
            "{}",
            c.articles.len()
        );
        let lengths: Vec<usize> = c.claims.iter().map(|c| c.quote.chars().count()).collect();
        let mean = lengths.iter().sum::<usize>() / lengths.len();
        assert!((60..=250).contains(&mean), "mean quote length {mean}");
        assert_ne!(
            synthesize_json(1000, 8).unwrap(),
            a,
            "another seed, another corpus"
        );
    }
}
