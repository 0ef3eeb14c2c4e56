//! What the proposer's recall reports share (`propose_recall.rs` on the seed articles,
//! `devset_recall.rs` on the development set): a claim a person marked, the candidates of its
//! pasted article, and the three figures.
//!
//! - A candidate **covers** a claim when it is in the claim's paragraph and the two spans
//!   overlap by at least half of the claim's quote (a claim inside a candidate is covered).
//! - A claim is covered **tightly** when a candidate covering it also has at least half of its
//!   own span inside the claim.
//! - A claim's **speaker is right** when a candidate covering it names the speaker: the
//!   speaker it gives (the one a pronoun refers to) holds the claim's key word.
//! - A candidate is **useful** when it covers a claim or at least half of its span lies inside
//!   one; the others are noise a person drops (precision = useful / all).

use claimscope_core::corpus::Article;
use claimscope_core::paste::Candidate;
use claimscope_core::text::fold;

/// A claim a person marked: its paragraph's text and char offsets in it.
pub struct Marked<'a> {
    pub id: String,
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    pub quote: String,
    /// A word a right speaker holds; empty when the speaker is not checked.
    pub key: String,
}

/// Chars of `a..b` inside `c..d`.
fn overlap((a, b): (usize, usize), (c, d): (usize, usize)) -> usize {
    b.min(d).saturating_sub(a.max(c))
}

#[derive(Default)]
pub struct Figures {
    pub claims: usize,
    pub covered: usize,
    pub tight: usize,
    pub speaker: usize,
    pub candidates: usize,
    pub useful: usize,
}

impl Figures {
    pub fn add(&mut self, f: &Figures) {
        self.claims += f.claims;
        self.covered += f.covered;
        self.tight += f.tight;
        self.speaker += f.speaker;
        self.candidates += f.candidates;
        self.useful += f.useful;
    }

    /// "recall 29/40 (72%), right speaker 26/40 (65%), precision 25/26 (96%)".
    pub fn line(&self) -> String {
        let pc = |a: usize, b: usize| (100 * a + b / 2).checked_div(b).unwrap_or(100);
        format!(
            "recall {}/{} ({}%, {} tightly), right speaker {}/{} ({}%), precision {}/{} ({}%)",
            self.covered,
            self.claims,
            pc(self.covered, self.claims),
            self.tight,
            self.speaker,
            self.claims,
            pc(self.speaker, self.claims),
            self.useful,
            self.candidates,
            pc(self.useful, self.candidates)
        )
    }
}

/// The figures of `candidates` (proposed from `article`) against the claims marked in it,
/// printing every candidate, every claim missed, loose or with the wrong speaker, and the noise.
pub fn measure(article: &Article, candidates: &[Candidate], marked: &[Marked]) -> Figures {
    let text_of = |c: &Candidate| -> &str {
        &article
            .paragraph(&c.paragraph)
            .expect("candidate paragraph")
            .text
    };
    let mut f = Figures {
        claims: marked.len(),
        candidates: candidates.len(),
        ..Figures::default()
    };
    for c in candidates {
        let speaker = match &c.refers_to {
            Some(r) => format!("{} = {r}", c.speaker),
            None => c.speaker.clone(),
        };
        println!(
            "  candidate {} {}..{} [{speaker} / {} / {} / {}] «{}»",
            c.paragraph,
            c.start,
            c.end,
            c.verb,
            c.pattern.label(),
            c.confidence,
            c.quote
        );
    }
    for m in marked {
        let covering: Vec<(&Candidate, usize)> = candidates
            .iter()
            .filter(|c| text_of(c) == m.text)
            .map(|c| (c, overlap((c.start, c.end), (m.start, m.end))))
            .filter(|&(_, ov)| ov > 0 && 2 * ov >= m.end - m.start)
            .collect();
        if covering.is_empty() {
            println!("  MISSED {}: «{}»", m.id, m.quote);
            continue;
        }
        f.covered += 1;
        if covering.iter().any(|&(c, ov)| 2 * ov >= c.end - c.start) {
            f.tight += 1;
        } else {
            println!(
                "  loose  {}: «{}» within «{}»",
                m.id, m.quote, covering[0].0.quote
            );
        }
        let key = fold(&m.key);
        if key.is_empty()
            || covering
                .iter()
                .any(|(c, _)| fold(c.speaker_name()).contains(&key))
        {
            f.speaker += 1;
        } else {
            println!(
                "  SPEAKER {}: «{}» is {}'s, proposed as {:?}",
                m.id,
                m.quote,
                m.key,
                covering
                    .iter()
                    .map(|(c, _)| c.speaker_name())
                    .collect::<Vec<_>>()
            );
        }
    }
    for c in candidates {
        let useful = marked.iter().any(|m| {
            text_of(c) == m.text && {
                let ov = overlap((c.start, c.end), (m.start, m.end));
                ov > 0 && (2 * ov >= m.end - m.start || 2 * ov >= c.end - c.start)
            }
        });
        if useful {
            f.useful += 1;
        } else {
            println!(
                "  noise  [{} / {} / {}] «{}»",
                c.speaker_name(),
                c.verb,
                c.pattern.label(),
                c.quote
            );
        }
    }
    println!("  {}", f.line());
    f
}
