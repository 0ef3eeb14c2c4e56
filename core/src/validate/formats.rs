//! The formats of values: a web address that may become a link, and a real date written the ISO
//! way (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`); each problem said in plain words.

use super::problem::shown;
use crate::corpus::PartialDate;

/// Only http(s) addresses may become links.
pub fn is_web_address(url: &str) -> bool {
    url_problem(url).is_none()
}

/// Why `url` may not become a link, if it may not.
pub(super) fn url_problem(url: &str) -> Option<String> {
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
pub(super) fn date_problem(s: &str, need_month: bool) -> Option<String> {
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
    use crate::validate::parse;
    use crate::validate::sample::{only, with};

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
}
