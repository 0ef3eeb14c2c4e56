//! Which known speaker a phrase such as "Russian President Vladimir Putin" names, and the id and
//! name a new speaker would get.
//!
//! A phrase is split into a role ("Russian President") and a name ("Vladimir Putin"): the name
//! is the run of capitalised words at its end that are not title words ("President",
//! "Secretary-General", "adviser", ...). A known speaker matches when all the words of its name
//! are in the phrase (score 3) or its surname, the last word of its name, is a word of the
//! phrase's name (score 2); the best score wins, the first listed on a tie. Words are compared
//! case- and accent-insensitively ([`crate::text::fold`]).

use crate::corpus::{char_len, Side, Speaker};
use crate::text::fold;

/// Words of titles and roles, never part of a name (compared case-insensitively).
#[rustfmt::skip]
const TITLE_WORDS: &[&str] = &[
    "president", "vice", "prime", "minister", "secretary", "secretary-general", "general", "gen.",
    "foreign", "defense", "defence", "interior", "chancellor", "spokesman", "spokeswoman",
    "spokesperson", "ambassador", "senator", "sen.", "representative", "rep.", "governor", "gov.",
    "mr.", "mrs.", "ms.", "dr.", "adviser", "advisor", "leader", "chief", "head", "king", "queen",
    "former", "late", "deputy", "national", "security", "director", "chairman", "chairwoman",
    "chair", "commander", "admiral", "colonel", "lieutenant", "officer", "official", "envoy",
    "premier", "mayor", "judge", "justice", "attorney", "pope", "prince", "princess",
    "president-elect", "spokesman", "press", "the", "a", "an",
];

/// What a phrase names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Suggestion {
    /// A speaker of the corpus, and the side it speaks for.
    Existing { id: String, side: String },
    /// A new speaker: a free id, a name and a role from the phrase.
    New {
        id: String,
        name: String,
        role: String,
    },
}

/// Splits a speaker phrase into (name, role): "Russian President Vladimir Putin" gives
/// ("Vladimir Putin", "Russian President"); "the Kremlin" gives ("Kremlin", ""); a phrase with no
/// capitalised name at its end is all name ("Russian officials").
pub fn name_and_role(phrase: &str) -> (String, String) {
    let words: Vec<&str> = phrase
        .split_whitespace()
        .skip_while(|w| is_title(w) && w.chars().next().is_some_and(char::is_lowercase))
        .collect();
    let words: Vec<&str> = match words.first() {
        Some(w) if ["the", "a", "an"].contains(&w.to_lowercase().as_str()) => words[1..].to_vec(),
        _ => words,
    };
    let run = words
        .iter()
        .rev()
        .take_while(|w| w.chars().next().is_some_and(char::is_uppercase) && !is_title(w))
        .count();
    if run == 0 {
        return (words.join(" "), String::new());
    }
    let (role, name) = words.split_at(words.len() - run);
    (name.join(" "), role.join(" "))
}

fn is_title(w: &str) -> bool {
    TITLE_WORDS.contains(&w.to_lowercase().trim_end_matches(',').trim_matches('"'))
}

/// Folded words of a text, split at white space, without punctuation at their ends or a
/// possessive `'s` ("Putin-Jones" stays one word).
fn folded_words(s: &str) -> Vec<String> {
    fold(s)
        .split(|c: char| c.is_whitespace() || c == '/')
        .map(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.strip_suffix("'s").unwrap_or(w).to_owned()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// The best-matching known speaker for `phrase`, with its score (3: the whole name, 2: the
/// surname), if any.
pub fn best_match<'a>(speakers: &'a [Speaker], phrase: &str) -> Option<(&'a Speaker, u8)> {
    let all = folded_words(phrase);
    let (name, _) = name_and_role(phrase);
    let name_words = folded_words(&name);
    let mut best: Option<(&Speaker, u8)> = None;
    for s in speakers {
        let sw = folded_words(&s.name);
        let Some(last) = sw.last() else {
            continue;
        };
        let score = if sw.iter().all(|w| all.contains(w)) {
            3
        } else if name_words.contains(last) {
            2
        } else {
            0
        };
        if score > 0 && best.is_none_or(|(_, b)| score > b) {
            best = Some((s, score));
        }
    }
    best
}

/// The known speaker `phrase` names, or a new speaker with an id not among `speakers`.
pub fn suggest(speakers: &[Speaker], phrase: &str) -> Suggestion {
    if let Some((s, _)) = best_match(speakers, phrase) {
        return Suggestion::Existing {
            id: s.id.clone(),
            side: s.side.clone(),
        };
    }
    let (name, role) = name_and_role(phrase);
    let id = unique_id(&speaker_id_base(&name), |id| {
        speakers.iter().any(|s| s.id == id)
    });
    Suggestion::New { id, name, role }
}

/// A side whose name is in `phrase` ("NATO Secretary-General ..." is NATO's), or whose name
/// starts a word of it ("Russian officials" are Russia's).
pub fn suggest_side<'a>(sides: &'a [Side], phrase: &str) -> Option<&'a Side> {
    let words = folded_words(phrase);
    sides.iter().find(|side| {
        let sw = folded_words(&side.name);
        !sw.is_empty()
            && sw.iter().all(|s| {
                words
                    .iter()
                    .any(|w| w == s || (char_len(s) >= 4 && w.starts_with(s.as_str())))
            })
    })
}

/// The id a new speaker would get before it is made unique: a person's surname ("Jens
/// Stoltenberg" gives `stoltenberg`), else the whole name.
fn speaker_id_base(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let person = words.len() >= 2
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    match (person, words.last()) {
        (true, Some(last)) => slug(last),
        _ => slug(name),
    }
}

/// Lower-case ASCII letters, digits and single hyphens: "Jens Stoltenberg" gives
/// `jens-stoltenberg`, "U.S." gives `u-s`; `item` when nothing is left.
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in fold(s).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        out.push_str("item");
    }
    out
}

/// `base`, or `base-2`, `base-3`, ... : the first that `taken` refuses.
pub fn unique_id(base: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(base) {
        return base.to_owned();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken(id))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn speakers() -> Vec<Speaker> {
        let s = |id: &str, name: &str, side: &str| Speaker {
            id: id.into(),
            name: name.into(),
            role: String::new(),
            side: side.into(),
        };
        vec![
            s("putin", "Vladimir Putin", "russia"),
            s("russia", "Russia", "russia"),
            s("bolton", "John Bolton", "us"),
            s("stoltenberg", "Jens Stoltenberg", "nato"),
        ]
    }

    #[test]
    fn names_and_roles() {
        let nr = |p: &str| name_and_role(p);
        assert_eq!(
            nr("Russian President Vladimir Putin"),
            ("Vladimir Putin".into(), "Russian President".into())
        );
        assert_eq!(
            nr("U.S. national security adviser John Bolton"),
            (
                "John Bolton".into(),
                "U.S. national security adviser".into()
            )
        );
        assert_eq!(
            nr("NATO Secretary-General Jens Stoltenberg"),
            ("Jens Stoltenberg".into(), "NATO Secretary-General".into())
        );
        assert_eq!(nr("the Kremlin"), ("Kremlin".into(), String::new()));
        assert_eq!(
            nr("The Russian leader"),
            ("Russian leader".into(), String::new())
        );
    }

    #[test]
    fn known_speakers_by_surname_or_whole_name() {
        let sp = speakers();
        let id = |p: &str| match suggest(&sp, p) {
            Suggestion::Existing { id, side } => format!("{id}/{side}"),
            Suggestion::New { id, .. } => format!("new {id}"),
        };
        assert_eq!(id("Russian President Vladimir Putin"), "putin/russia");
        assert_eq!(id("Putin"), "putin/russia");
        assert_eq!(id("PUTIN"), "putin/russia");
        assert_eq!(id("Russia"), "russia/russia");
        assert_eq!(
            id("U.S. national security adviser John Bolton"),
            "bolton/us"
        );
        assert_eq!(
            id("NATO Secretary-General Jens Stoltenberg"),
            "stoltenberg/nato"
        );
        assert_eq!(id("The Russian leader"), "new russian-leader");
        assert_eq!(id("Foreign Minister Sergei Lavrov"), "new lavrov");
        assert_eq!(id("Ivan Putin-Jones"), "new putin-jones");
        // A surname must be a word of the name, not of the role.
        assert_eq!(id("Bolton's deputy Jane Roe"), "new roe");
    }

    #[test]
    fn new_ids_are_unique_and_sides_are_suggested() {
        let mut sp = speakers();
        sp.push(Speaker {
            id: "lavrov".into(),
            name: "Someone Else".into(),
            role: String::new(),
            side: "russia".into(),
        });
        assert_eq!(
            suggest(&sp, "Foreign Minister Sergei Lavrov"),
            Suggestion::New {
                id: "lavrov-2".into(),
                name: "Sergei Lavrov".into(),
                role: "Foreign Minister".into()
            }
        );
        let sides = vec![
            Side {
                id: "us".into(),
                name: "United States".into(),
            },
            Side {
                id: "russia".into(),
                name: "Russia".into(),
            },
            Side {
                id: "nato".into(),
                name: "NATO".into(),
            },
        ];
        let side = |p: &str| suggest_side(&sides, p).map(|s| s.id.as_str());
        assert_eq!(side("Russian officials"), Some("russia"));
        assert_eq!(
            side("NATO Secretary-General Jens Stoltenberg"),
            Some("nato")
        );
        assert_eq!(side("the United States"), Some("us"));
        assert_eq!(side("Beijing"), None);
        assert_eq!(slug("Ünïcode  Name!"), "unicode-name");
        assert_eq!(slug("…"), "item");
    }
}
