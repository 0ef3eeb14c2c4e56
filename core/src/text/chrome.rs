//! Page furniture in pasted text: whole lines that are navigation, sharing, advertisements,
//! time stamps, breadcrumbs, media placeholders or footer boilerplate ([`is_chrome`]), and the
//! dateline that opens a wire report's first paragraph ([`dateline`]).

/// Whole lines that are navigation or page furniture (compared case-insensitively).
const CHROME_LINES: &[&str] = &[
    "accessibility links",
    "breaking news",
    "skip to main content",
    "skip to content",
    "skip to main navigation",
    "skip to navigation",
    "main navigation",
    "menu",
    "search",
    "share",
    "share this",
    "share this article",
    "print",
    "email",
    "comments",
    "see comments",
    "advertisement",
    "related",
    "related stories",
    "related content",
    "most popular",
    "back to top",
    "loading...",
    "loading…",
    "close",
    "home",
    "listen",
    "follow us",
    "latest",
    "latest news",
    "news",
    "world",
    "world news",
    "top stories",
    "top story",
    "live",
    "opinion",
    "politics",
    "business",
    "sport",
    "sports",
    "more",
    "sections",
    "sign in",
    "log in",
    "subscribe",
    "read more",
    "{ad}",
    "[ad]",
    "ad",
    "tweet",
    "print this article",
    "newsletter",
    "most read",
    "trending",
    "share this story",
    "share on facebook",
    "share on twitter",
    "copy link",
    "listen to this article",
    "save",
    "watch",
];

/// Starts of lines that are page furniture (compared case-insensitively): "Read more: ...",
/// "Follow us on ...".
const CHROME_PREFIXES: &[&str] = &[
    "read more:",
    "read more -",
    "read more –",
    "follow us on",
    "share on ",
    "listen to this",
    "sign up for",
    "click here",
];

/// Starts of a short line that stamps the time: "Updated 14:02 GMT", "Published March 3, 2024".
const STAMP_PREFIXES: &[&str] = &[
    "updated",
    "last updated",
    "last modified",
    "last modified on",
    "published",
    "posted",
];

/// Fragments that mark the outlet's footer boilerplate (compared case-insensitively).
const FOOTER_FRAGMENTS: &[&str] = &[
    "where a free press is banned",
    "all rights reserved",
    "terms of use",
    "privacy policy",
    "cookie policy",
    "sign up for our newsletter",
    "subscribe to our newsletter",
];

/// Words that name a media placeholder ("16x9 Image", "Video", ...).
const MEDIA_WORDS: &[&str] = &["image", "photo", "video", "gallery", "audio", "graphic"];

/// Whether a whole line is page furniture: navigation, a share or advertisement line, a time
/// stamp, a breadcrumb trail, a media placeholder or footer boilerplate.
pub fn is_chrome(text: &str) -> bool {
    let lower = text.to_lowercase();
    if CHROME_LINES.contains(&lower.as_str()) {
        return true;
    }
    if FOOTER_FRAGMENTS.iter().any(|f| lower.contains(f))
        || CHROME_PREFIXES.iter().any(|p| lower.starts_with(p))
    {
        return true;
    }
    is_stamp(&lower) || is_breadcrumb(&lower) || is_date_line(text) || is_media_placeholder(&lower)
}

/// "updated 14:02 gmt", "published march 3, 2024": a stamp word, a digit, at most eight words.
fn is_stamp(lower: &str) -> bool {
    STAMP_PREFIXES.iter().any(|p| {
        lower
            .strip_prefix(p)
            .is_some_and(|r| r.starts_with([' ', ':']))
    }) && lower.split_whitespace().count() <= 10
        && lower.contains(|c: char| c.is_ascii_digit())
}

/// "home | world | europe", "news › politics": parts of at most three words between
/// separators, with no sentence in them.
fn is_breadcrumb(lower: &str) -> bool {
    let parts: Vec<&str> = lower
        .split(['|', '›', '>', '»', '/', '\t'])
        .flat_map(|p| p.split("  "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let separated = lower.contains(['|', '›', '>', '»', '/', '\t']) || lower.contains("  ");
    separated
        && parts.len() >= 2
        && parts.iter().all(|p| p.split_whitespace().count() <= 3)
        && !lower.contains(['.', '!', '?', ','])
}

/// "Tue 13 May 2025 07.12 BST", "March 3, 2024": only days, months, numbers, times and zones,
/// with a digit.
fn is_date_line(text: &str) -> bool {
    const DAYS: &[&str] = &[
        "mon",
        "monday",
        "tue",
        "tues",
        "tuesday",
        "wed",
        "wednesday",
        "thu",
        "thur",
        "thurs",
        "thursday",
        "fri",
        "friday",
        "sat",
        "saturday",
        "sun",
        "sunday",
    ];
    let words: Vec<&str> = text.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 8
        && text.contains(|c: char| c.is_ascii_digit())
        && words.iter().all(|w| {
            let w = w.trim_matches(|c: char| matches!(c, ',' | '.' | '(' | ')'));
            let lower = w.to_lowercase();
            w.is_empty()
                || DAYS.contains(&lower.as_str())
                || MONTHS.contains(&lower.as_str())
                || w.chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, '.' | ':'))
                || ((2..=4).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase()))
                || ["am", "pm", "on", "at"].contains(&lower.as_str())
        })
}

/// "• 16x9 Image", "Image", "- Video", "4x3 Photo".
fn is_media_placeholder(lower: &str) -> bool {
    let stripped = lower.trim_start_matches(|c: char| {
        matches!(c, '•' | '·' | '*' | '-' | '–') || c.is_whitespace()
    });
    let words: Vec<&str> = stripped.split_whitespace().collect();
    match words.as_slice() {
        [w] => MEDIA_WORDS.contains(w),
        [ratio, w] => MEDIA_WORDS.contains(w) && is_ratio(ratio),
        _ => false,
    }
}

fn is_ratio(w: &str) -> bool {
    match w.split_once('x') {
        Some((a, b)) => {
            !a.is_empty()
                && !b.is_empty()
                && a.bytes().all(|c| c.is_ascii_digit())
                && b.bytes().all(|c| c.is_ascii_digit())
        }
        None => false,
    }
}

/// Months as datelines write them, without a full stop, in lower case.
pub(super) const MONTHS: &[&str] = &[
    "jan",
    "january",
    "feb",
    "february",
    "mar",
    "march",
    "apr",
    "april",
    "may",
    "jun",
    "june",
    "jul",
    "july",
    "aug",
    "august",
    "sep",
    "sept",
    "september",
    "oct",
    "october",
    "nov",
    "november",
    "dec",
    "december",
];

/// The dateline that opens `line`, as the number of bytes up to the first word of the text
/// after it: "GENEVA, March 3 (Meridian News) - ", "Paris, May 9: ", "BRUSSELS (AFP) — ",
/// "WASHINGTON — ", "(AFP) - ". A place in capitals needs only the dash; a place in title case
/// needs a date or an agency, so that "Russia: the talks failed" is not one. `None` when the
/// line does not open with one, or nothing follows it.
pub fn dateline(line: &str) -> Option<usize> {
    let mut rest = line;
    let mut place_in_capitals = None;
    if !rest.starts_with('(') {
        let end = rest.find([',', '(', ':', '-', '–', '—'])?;
        let place = rest[..end].trim_end();
        let words: Vec<&str> = place.split_whitespace().collect();
        if words.is_empty()
            || words.len() > 4
            || !words
                .iter()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        {
            return None;
        }
        place_in_capitals = Some(
            place
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase),
        );
        rest = &rest[end..];
    }
    let mut dated = false;
    if let Some(r) = rest.strip_prefix(',') {
        let r = r.trim_start();
        let (month, r) = r.split_once(' ')?;
        if !MONTHS.contains(&month.trim_end_matches('.').to_lowercase().as_str()) {
            return None;
        }
        let digits = r.chars().take_while(char::is_ascii_digit).count();
        if !(1..=2).contains(&digits) {
            return None;
        }
        rest = &r[digits..];
        if let Some(y) = rest.strip_prefix(", ") {
            if y.chars().take_while(char::is_ascii_digit).count() == 4 {
                rest = &y[4..];
            }
        }
        dated = true;
    }
    let mut agency = false;
    if let Some(a) = rest.trim_start().strip_prefix('(') {
        let close = a.find(')')?;
        if close == 0 || close > 40 {
            return None;
        }
        rest = &a[close + 1..];
        agency = true;
    }
    let t = rest.trim_start();
    let sep = ["—", "–", "--", "-", ":"]
        .into_iter()
        .find(|s| t.starts_with(s))?;
    let after = &t[sep.len()..];
    if matches!(sep, "-" | "--" | ":") && !after.starts_with(char::is_whitespace) {
        return None;
    }
    let text = after.trim_start();
    let known = match place_in_capitals {
        None => agency,
        Some(true) => true,
        Some(false) => dated || agency,
    };
    (known && !text.is_empty()).then(|| line.len() - text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn navigation_sharing_stamps_and_breadcrumbs_are_chrome() {
        for line in [
            "Latest news",
            "Home | World | Europe",
            "News › Politics",
            "Advertisement",
            "{ad}",
            "Share",
            "Read more: Talks stall again",
            "Follow us on Mastodon",
            "Updated 14:02 GMT",
            "Published March 3, 2024",
            "• 16x9 Image",
            "Copyright 2024. All rights reserved.",
            "Home  News  UK  World  Business",
            "Tue 13 May 2025 07.12 BST",
            "Last modified on Tue 13 May 2025 11.40 BST",
            "March 3, 2024",
        ] {
            assert!(is_chrome(line), "{line}");
        }
        for line in [
            "The council voted 7-2 on Monday.",
            "Updated figures show a fall in trade, the ministry said on Monday in Geneva.",
            "Russia and China | a new axis?",
            "World leaders met in Geneva.",
            "Published by the ministry, the report says the strike cost $4 million.",
            "May 2025 was the hottest May on record.",
            "Talks  resumed on Monday, officials said.",
        ] {
            assert!(!is_chrome(line), "{line}");
        }
    }

    fn after(line: &str) -> Option<&str> {
        dateline(line).map(|n| &line[n..])
    }

    #[test]
    fn a_dateline_opens_a_wire_report() {
        assert_eq!(
            after("GENEVA, March 3 (Meridian News) - Talks resumed."),
            Some("Talks resumed.")
        );
        assert_eq!(
            after("Paris, May 9: The strike went on."),
            Some("The strike went on.")
        );
        assert_eq!(
            after("BRUSSELS (AFP) — EU ministers met."),
            Some("EU ministers met.")
        );
        assert_eq!(
            after("WASHINGTON — The Senate voted."),
            Some("The Senate voted.")
        );
        assert_eq!(
            after("NEW YORK, Oct. 24, 2018 - Stocks fell."),
            Some("Stocks fell.")
        );
        assert_eq!(after("(AFP) - Russia said no."), Some("Russia said no."));
        assert_eq!(after("Russia: the talks failed."), None);
        assert_eq!(after("Moscow - Russia said no."), None);
        assert_eq!(after("NATO-Russia talks ended."), None);
        assert_eq!(
            after("U.S. President Donald Trump, speaking on Monday, said so."),
            None
        );
        assert_eq!(
            after("Russian Foreign Minister Sergei Lavrov said so."),
            None
        );
        assert_eq!(after("GENEVA -"), None);
        assert_eq!(after(""), None);
    }
}
