//! The Read screen's header: which of the headline, outlet, date and address come from outside
//! the article's text, and whether the address may become a link.

use crate::corpus::Article;
use crate::text::and_list;
use crate::validate::is_web_address;

/// How the article's address is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Address {
    /// An http(s) address: a link.
    Link,
    /// Anything else that is not blank: text only.
    Text,
    /// Blank: "not given".
    Missing,
}

/// The article's headline, outlet, date and address, and which of them the text does not give.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    pub address: Address,
    /// The headline comes from outside the article's text.
    pub title_outside: bool,
    pub outlet_outside: bool,
    pub published_outside: bool,
    pub url_outside: bool,
    /// The note under the header, before the source of the outside information: "The date and
    /// the address come from outside the article’s text. "; `None` when nothing does.
    pub outside_note: Option<String>,
}

impl Header {
    pub fn new(a: &Article) -> Header {
        let outside = |f: &str| a.external.iter().any(|e| e == f);
        let address = if is_web_address(&a.url) {
            Address::Link
        } else if a.url.trim().is_empty() {
            Address::Missing
        } else {
            Address::Text
        };
        Header {
            address,
            title_outside: outside("title"),
            outlet_outside: outside("outlet"),
            published_outside: outside("published"),
            url_outside: outside("url"),
            outside_note: outside_note(a),
        }
    }
}

/// The words for a metadata field named in `Article::external`.
fn field_words(field: &str) -> &str {
    match field {
        "outlet" => "the outlet",
        "published" => "the date",
        "url" => "the address",
        "title" => "the headline",
        other => other,
    }
}

fn outside_note(a: &Article) -> Option<String> {
    let fields: Vec<&str> = a.external.iter().map(|f| field_words(f)).collect();
    if fields.is_empty() && a.external_source.is_empty() {
        return None;
    }
    if fields.is_empty() {
        return Some("Some of this information comes from outside the article’s text. ".to_owned());
    }
    let mut s = format!(
        "{} come from outside the article’s text. ",
        and_list(&fields)
    );
    if fields.len() == 1 {
        s = s.replacen(" come ", " comes ", 1);
    }
    let mut c = s.chars();
    Some(
        c.next()
            .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
            .unwrap_or_default(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::sample_corpus;

    fn article(external: &[&str], source: &str, url: &str) -> Article {
        let mut a = sample_corpus().articles[0].clone();
        a.external = external.iter().map(|s| (*s).to_owned()).collect();
        a.external_source = source.into();
        a.url = url.into();
        a
    }

    #[test]
    fn the_header_says_what_comes_from_outside() {
        let h = Header::new(&article(&[], "", "https://example.org/a"));
        assert_eq!(h.address, Address::Link);
        assert!(!h.title_outside && !h.outlet_outside && !h.published_outside && !h.url_outside);
        assert_eq!(h.outside_note, None);

        let h = Header::new(&article(&["published"], "From the index.", "  "));
        assert_eq!(h.address, Address::Missing);
        assert!(h.published_outside && !h.title_outside);
        assert_eq!(
            h.outside_note.as_deref(),
            Some("The date comes from outside the article’s text. ")
        );

        let h = Header::new(&article(&["url", "title", "outlet"], "", "ftp://x"));
        assert_eq!(h.address, Address::Text);
        assert!(h.url_outside && h.title_outside && h.outlet_outside && !h.published_outside);
        assert_eq!(
            h.outside_note.as_deref(),
            Some("The address, the headline and the outlet come from outside the article’s text. ")
        );

        let h = Header::new(&article(&[], "Wayback Machine.", ""));
        assert_eq!(
            h.outside_note.as_deref(),
            Some("Some of this information comes from outside the article’s text. ")
        );
        let h = Header::new(&article(&["édition"], "", ""));
        assert_eq!(
            h.outside_note.as_deref(),
            Some("Édition comes from outside the article’s text. ")
        );
    }
}
