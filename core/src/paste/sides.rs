//! The side a speaker's phrase names when the corpus has none for it yet: a country from its
//! name, its people's adjective, its capital or seat of government ("Russian Foreign Minister
//! ..." and "the Kremlin" are Russia's), or an international body ("NATO Secretary-General ...").
//! A fresh paste into an empty corpus gets its sides suggested this way; the person confirms.

/// (side, the words that name it). A word in capitals (`US`, `EU`) matches only in capitals;
/// others match in any case. Words of several parts match as a run (`White House`).
#[rustfmt::skip]
const SIDES: &[(&str, &[&str])] = &[
    ("United States", &["United States", "US", "U.S.", "USA", "U.S.A.", "American", "Americans", "Washington", "White House", "Pentagon", "State Department"]),
    ("Russia", &["Russia", "Russian", "Russians", "Moscow", "Kremlin"]),
    ("NATO", &["NATO", "North Atlantic Treaty Organization"]),
    ("European Union", &["European Union", "EU", "E.U.", "European Commission", "Brussels"]),
    ("United Nations", &["United Nations", "UN", "U.N."]),
    ("United Kingdom", &["United Kingdom", "UK", "U.K.", "Britain", "British", "London", "Downing Street"]),
    ("China", &["China", "Chinese", "Beijing"]),
    ("France", &["France", "French", "Paris", "Elysee", "Élysée"]),
    ("Germany", &["Germany", "German", "Berlin"]),
    ("Ukraine", &["Ukraine", "Ukrainian", "Kyiv", "Kiev"]),
    ("Iran", &["Iran", "Iranian", "Tehran"]),
    ("Israel", &["Israel", "Israeli"]),
    ("Japan", &["Japan", "Japanese", "Tokyo"]),
    ("India", &["India", "Indian", "New Delhi"]),
    ("Pakistan", &["Pakistan", "Pakistani", "Islamabad"]),
    ("North Korea", &["North Korea", "North Korean", "Pyongyang"]),
    ("South Korea", &["South Korea", "South Korean", "Seoul"]),
    ("Turkey", &["Turkey", "Turkish", "Ankara"]),
    ("Poland", &["Poland", "Polish", "Warsaw"]),
    ("Canada", &["Canada", "Canadian", "Ottawa"]),
    ("Mexico", &["Mexico", "Mexican"]),
    ("Brazil", &["Brazil", "Brazilian", "Brasilia"]),
    ("Australia", &["Australia", "Australian", "Canberra"]),
    ("Italy", &["Italy", "Italian", "Rome"]),
    ("Spain", &["Spain", "Spanish", "Madrid"]),
    ("Netherlands", &["Netherlands", "Dutch", "The Hague"]),
    ("Philippines", &["Philippines", "Philippine", "Filipino", "Manila"]),
    ("Vietnam", &["Vietnam", "Vietnamese", "Hanoi"]),
    ("Taiwan", &["Taiwan", "Taiwanese", "Taipei"]),
    ("Syria", &["Syria", "Syrian", "Damascus"]),
    ("Saudi Arabia", &["Saudi Arabia", "Saudi", "Riyadh"]),
    ("Egypt", &["Egypt", "Egyptian", "Cairo"]),
    ("Belarus", &["Belarus", "Belarusian", "Minsk"]),
    ("Georgia", &["Georgia", "Georgian", "Tbilisi"]),
    ("Sweden", &["Sweden", "Swedish", "Stockholm"]),
    ("Norway", &["Norway", "Norwegian", "Oslo"]),
    ("Finland", &["Finland", "Finnish", "Helsinki"]),
    ("Switzerland", &["Switzerland", "Swiss", "Bern"]),
    ("World Health Organization", &["World Health Organization", "WHO"]),
    ("International Monetary Fund", &["International Monetary Fund", "IMF"]),
    ("World Trade Organization", &["World Trade Organization", "WTO"]),
    ("African Union", &["African Union", "AU"]),
    ("OPEC", &["OPEC"]),
];

/// The side the first word (or run of words) of `phrase` that names one names: "Russian
/// Foreign Minister Sergei Lavrov" gives Russia, "US Trade Representative Jane Roe" the United
/// States; `None` when no word names a side ("union leader Tom Baird").
pub fn side_named(phrase: &str) -> Option<&'static str> {
    let words: Vec<&str> = phrase
        .split_whitespace()
        .map(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
            let w = w
                .strip_suffix("'s")
                .or_else(|| w.strip_suffix("’s"))
                .unwrap_or(w);
            // A full stop ends the word unless the word is dotted (`U.S.`).
            match w.strip_suffix('.') {
                Some(bare) if !bare.contains('.') => bare,
                _ => w,
            }
        })
        .collect();
    (0..words.len()).find_map(|i| {
        SIDES.iter().find_map(|(side, names)| {
            names
                .iter()
                .any(|name| matches_at(&words[i..], name))
                .then_some(*side)
        })
    })
}

/// Whether `words` open with the words of `name`.
fn matches_at(words: &[&str], name: &str) -> bool {
    let parts: Vec<&str> = name.split(' ').collect();
    parts.len() <= words.len()
        && parts.iter().zip(words).all(|(p, w)| {
            let capitals = p
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase);
            if capitals {
                p == w
            } else {
                p.eq_ignore_ascii_case(w) || p.to_lowercase() == w.to_lowercase()
            }
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phrase_names_the_side_of_its_first_country_or_body() {
        for (phrase, side) in [
            ("Russian Foreign Minister Sergei Lavrov", Some("Russia")),
            ("NATO Secretary-General Jens Stoltenberg", Some("NATO")),
            ("US Trade Representative Jane Roe", Some("United States")),
            ("U.S. President Donald Trump", Some("United States")),
            ("the Kremlin", Some("Russia")),
            ("the White House", Some("United States")),
            ("EU trade chief Anna Berg", Some("European Union")),
            ("UN envoy Lia Moss", Some("United Nations")),
            (
                "Chinese foreign ministry spokesman Zhao Peng",
                Some("China"),
            ),
            ("Britain's defence minister", Some("United Kingdom")),
            ("Moscow", Some("Russia")),
            ("union leader Tom Baird", None),
            ("us", None),
            ("who", None),
            ("Jane Roe", None),
            ("", None),
        ] {
            assert_eq!(side_named(phrase), side, "{phrase}");
        }
    }
}
