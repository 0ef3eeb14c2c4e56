//! A second corpus merged into the open one, planned before anything changes: its articles are
//! matched by address or by text, its speakers by name, its sides and questions by id or name;
//! what matches is not added twice, and an id already taken by something else is renamed. The
//! plan says all of it, item by item, for the preview; keeping it is one version.

use super::change::Change;
use super::checked::{checked, Edit, Refused};
use crate::corpus::{Article, Corpus, Question, Side};
use crate::paste::unique_id;
use crate::text::{count, fold, quoted};
use rustc_hash::FxHashMap as HashMap;
use std::collections::BTreeMap;

/// What the merge does with one item of the other corpus.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum How {
    Added,
    /// Added under another id, its own being taken here by something else.
    Renamed {
        from: String,
        to: String,
    },
    /// The open corpus holds it already (`by`: "id", "name", "address", "text").
    Matched {
        with: String,
        by: &'static str,
    },
}

/// One item of the other corpus in the preview.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    /// "article", "side", "speaker", "question".
    pub kind: &'static str,
    pub name: String,
    pub how: How,
}

/// A merge, planned: the preview's items and counts, and the merged corpus.
#[derive(Clone, Debug)]
pub struct Merge {
    pub items: Vec<Item>,
    pub claims_added: usize,
    /// Claims the open corpus already holds (same place, same speaker).
    pub claims_matched: usize,
    /// Claims of a matched article whose paragraph the open corpus's copy does not have.
    pub claims_unplaced: usize,
    /// The other corpus's events and facts, which a merge leaves out.
    pub left_out: usize,
    corpus: Corpus,
    label: String,
}

impl Merge {
    /// "Adds 2 articles, 3 speakers and 14 claims; 1 article and 12 claims are already here."
    pub fn summary(&self) -> String {
        let added = |kind: &str| {
            self.items
                .iter()
                .filter(|i| i.kind == kind && !matches!(i.how, How::Matched { .. }))
                .count()
        };
        let matched = |kind: &str| {
            self.items
                .iter()
                .filter(|i| i.kind == kind && matches!(i.how, How::Matched { .. }))
                .count()
        };
        format!(
            "Adds {}, {}, {}, {} and {}; {} and {} are already here.",
            count(added("article"), "article"),
            count(added("side"), "side"),
            count(added("speaker"), "speaker"),
            count(added("question"), "question"),
            count(self.claims_added, "claim"),
            count(matched("article"), "article"),
            count(self.claims_matched, "claim"),
        )
    }

    /// Keeps the merge: checked like every edit.
    pub fn apply(self, open: &Corpus) -> Result<(Corpus, Edit), Refused> {
        let Some(change) = Change::appended(open, &self.corpus) else {
            return Err(Refused::because(
                "The corpus changed meanwhile; plan the merge again.",
            ));
        };
        checked(open, change, self.label)
    }
}

fn key(s: &str) -> String {
    fold(s.trim())
}

fn article_text(a: &Article) -> Vec<&str> {
    a.paragraphs.iter().map(|p| p.text.as_str()).collect()
}

/// Plans merging `other` into `open`.
pub fn plan_merge(open: &Corpus, other: &Corpus) -> Merge {
    let mut out = open.clone();
    let mut items = Vec::new();

    // Sides and questions: by id (with the same name) or by name.
    let mut sides: HashMap<String, String> = HashMap::default();
    for s in &other.sides {
        let how = match_or_add(
            &mut out.sides,
            s,
            |s| &s.id,
            |s| &s.name,
            |s, id| Side { id, ..s.clone() },
        );
        sides.insert(s.id.clone(), target(&s.id, &how));
        items.push(Item {
            kind: "side",
            name: s.name.clone(),
            how,
        });
    }
    let mut questions: HashMap<String, String> = HashMap::default();
    for q in &other.questions {
        let how = match_or_add(
            &mut out.questions,
            q,
            |q| &q.id,
            |q| &q.text,
            |q, id| Question { id, ..q.clone() },
        );
        questions.insert(q.id.clone(), target(&q.id, &how));
        items.push(Item {
            kind: "question",
            name: q.text.clone(),
            how,
        });
    }

    // Speakers: by name.
    let mut speakers: HashMap<String, String> = HashMap::default();
    for s in &other.speakers {
        let how = match out.speakers.iter().find(|x| key(&x.name) == key(&s.name)) {
            Some(x) => How::Matched {
                with: x.id.clone(),
                by: "name",
            },
            None => {
                let id = unique_id(&s.id, |id| out.speaker(id).is_some());
                let side = sides
                    .get(&s.side)
                    .cloned()
                    .unwrap_or_else(|| s.side.clone());
                out.speakers.push(crate::corpus::Speaker {
                    id: id.clone(),
                    side,
                    ..s.clone()
                });
                renamed(&s.id, id)
            }
        };
        speakers.insert(s.id.clone(), target(&s.id, &how));
        items.push(Item {
            kind: "speaker",
            name: s.name.clone(),
            how,
        });
    }

    // Articles: by address or by text. A matched article's paragraphs are found by their text.
    let mut paragraphs: HashMap<String, (String, String)> = HashMap::default();
    let mut matched_articles: Vec<String> = Vec::new();
    let taken_paragraphs =
        |c: &Corpus, id: &str| c.articles.iter().any(|a| a.paragraph(id).is_some());
    for a in &other.articles {
        let by_url = (!a.url.trim().is_empty())
            .then(|| out.articles.iter().find(|x| x.url == a.url))
            .flatten();
        let by_text = out
            .articles
            .iter()
            .find(|x| article_text(x) == article_text(a));
        let how = match (by_url, by_text) {
            (Some(x), _) => How::Matched {
                with: x.id.clone(),
                by: "address",
            },
            (None, Some(x)) => How::Matched {
                with: x.id.clone(),
                by: "text",
            },
            (None, None) => {
                let id = unique_id(&a.id, |id| out.article(id).is_some());
                let mut added = Article {
                    id: id.clone(),
                    ..a.clone()
                };
                for p in &mut added.paragraphs {
                    let pid = unique_id(&p.id, |x| taken_paragraphs(&out, x));
                    paragraphs.insert(p.id.clone(), (id.clone(), pid.clone()));
                    p.id = pid;
                }
                out.articles.push(added);
                renamed(&a.id, id)
            }
        };
        if let How::Matched { with, .. } = &how {
            matched_articles.push(a.id.clone());
            let here = out.article(with).expect("matched");
            for p in &a.paragraphs {
                if let Some(x) = here.paragraphs.iter().find(|x| x.text == p.text) {
                    paragraphs.insert(p.id.clone(), (with.clone(), x.id.clone()));
                }
            }
        }
        items.push(Item {
            kind: "article",
            name: a.title.clone(),
            how,
        });
    }

    // Claims: placed where their paragraph now is; one already there is not added twice.
    let (mut claims_added, mut claims_matched, mut claims_unplaced) = (0, 0, 0);
    for c in &other.claims {
        let Some((article, paragraph)) = paragraphs.get(&c.paragraph).cloned() else {
            claims_unplaced += 1;
            continue;
        };
        let speaker = speakers
            .get(&c.speaker)
            .cloned()
            .unwrap_or_else(|| c.speaker.clone());
        let side = out
            .speaker(&speaker)
            .map_or_else(|| c.side.clone(), |s| s.side.clone());
        let there = out.claims.iter().any(|x| {
            x.paragraph == paragraph && x.start == c.start && x.end == c.end && x.speaker == speaker
        });
        if there {
            claims_matched += 1;
            continue;
        }
        let map_q = |q: &String| questions.get(q).cloned().unwrap_or_else(|| q.clone());
        let stance: BTreeMap<_, _> = c.stance.iter().map(|(q, s)| (map_q(q), *s)).collect();
        let id = unique_id(&c.id, |id| out.claim(id).is_some());
        out.claims.push(crate::corpus::Claim {
            id,
            article,
            paragraph,
            speaker,
            side,
            questions: c.questions.iter().map(map_q).collect(),
            stance,
            ..c.clone()
        });
        claims_added += 1;
    }

    let label = format!(
        "Merged {}: {} and {} added",
        quoted(&crate::library::display_title(other)),
        count(other.articles.len() - matched_articles.len(), "article"),
        count(claims_added, "claim")
    );
    Merge {
        items,
        claims_added,
        claims_matched,
        claims_unplaced,
        left_out: other.events.len() + other.facts.len(),
        corpus: out,
        label,
    }
}

/// Finds `item` of the other corpus in `here`, by id (with the same name) or by name; else adds
/// it, under a new id when its own is taken.
fn match_or_add<T: Clone>(
    here: &mut Vec<T>,
    item: &T,
    id: fn(&T) -> &String,
    name: fn(&T) -> &String,
    with_id: fn(&T, String) -> T,
) -> How {
    let same_name = |x: &T| key(name(x)) == key(name(item));
    if let Some(x) = here.iter().find(|x| id(x) == id(item) && same_name(x)) {
        return How::Matched {
            with: id(x).clone(),
            by: "id",
        };
    }
    if let Some(x) = here.iter().find(|x| same_name(x)) {
        return How::Matched {
            with: id(x).clone(),
            by: "name",
        };
    }
    let new = unique_id(id(item), |i| here.iter().any(|x| id(x) == i));
    here.push(with_id(item, new.clone()));
    renamed(id(item), new)
}

fn renamed(from: &str, to: String) -> How {
    if to == from {
        How::Added
    } else {
        How::Renamed {
            from: from.to_owned(),
            to,
        }
    }
}

/// The id an item of the other corpus has in the merged one.
fn target(own: &str, how: &How) -> String {
    match how {
        How::Added => own.to_owned(),
        How::Renamed { to, .. } => to.clone(),
        How::Matched { with, .. } => with.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::valid_corpus;

    /// The other corpus: `a1` again (same address), a new article `a9` whose id and paragraph
    /// ids collide with nothing, a side "NATO" under another id, a new speaker.
    fn other() -> Corpus {
        let mut o = valid_corpus();
        o.id = "theirs".into();
        o.title = "Their reading".into();
        o.sides[0].id = "north-atlantic".into();
        for s in &mut o.speakers {
            if s.side == "nato" {
                s.side = "north-atlantic".into();
            }
        }
        for c in &mut o.claims {
            if c.side == "nato" {
                c.side = "north-atlantic".into();
            }
        }
        // a2 becomes a different article under the same id: renamed when merged.
        let a2 = o.articles.iter_mut().find(|a| a.id == "a2").unwrap();
        a2.url = "https://example.org/another".into();
        a2.paragraphs[0].text = "Bolton said Russia had cheated for years, and would again.".into();
        o.speakers.push(crate::corpus::Speaker {
            id: "lavrov".into(),
            name: "Sergei Lavrov".into(),
            role: String::new(),
            side: "russia".into(),
        });
        o
    }

    #[test]
    fn the_plan_matches_what_is_here_and_renames_what_collides() {
        let open = valid_corpus();
        let m = plan_merge(&open, &other());
        let how = |kind: &str, name: &str| {
            m.items
                .iter()
                .find(|i| i.kind == kind && i.name == name)
                .map(|i| i.how.clone())
                .unwrap()
        };
        assert_eq!(
            how("side", "NATO"),
            How::Matched {
                with: "nato".into(),
                by: "name"
            }
        );
        assert_eq!(
            how("side", "Russia"),
            How::Matched {
                with: "russia".into(),
                by: "id"
            }
        );
        assert_eq!(how("speaker", "Sergei Lavrov"), How::Added);
        assert_eq!(
            how("article", "a1"),
            How::Matched {
                with: "a1".into(),
                by: "address"
            }
        );
        assert_eq!(
            how("article", "a2"),
            How::Renamed {
                from: "a2".into(),
                to: "a2-2".into()
            }
        );
        assert_eq!(m.claims_matched, 2, "c1 and c2 are in a1 already");
        assert_eq!(m.claims_added, 1, "c3, in the renamed a2");
        assert_eq!(
            m.summary(),
            "Adds 1 article, 0 sides, 1 speaker, 0 questions and 1 claim; 1 article and 2 claims \
             are already here."
        );
        let (merged, edit) = m.apply(&open).unwrap();
        assert_eq!(merged.articles.len(), 3);
        assert_eq!(merged.claims.len(), 4);
        let c3 = merged.claims.last().unwrap();
        assert_eq!(
            (c3.id.as_str(), c3.article.as_str(), c3.side.as_str()),
            ("c3-2", "a2-2", "nato")
        );
        assert_eq!(
            edit.label,
            "Merged “Their reading”: 1 article and 1 claim added"
        );
    }

    #[test]
    fn merging_a_corpus_into_itself_adds_nothing() {
        let open = valid_corpus();
        let m = plan_merge(&open, &open);
        assert_eq!((m.claims_added, m.claims_matched), (0, 3));
        assert!(m.items.iter().all(|i| matches!(i.how, How::Matched { .. })));
    }
}
