//! A quote at its place: the article and paragraph it names exist and belong together, and the
//! quote is the paragraph's text at its char offsets; if not, where the quote is found instead.

use super::ids::no_such;
use super::problem::{shown, Report};
use crate::corpus::{char_len, CharIndex, Corpus};
use crate::text::{and_list, nfc, plural_s};
use rustc_hash::FxHashMap as HashMap;

/// Resolves article and paragraph references and checks quotes against paragraph text.
pub(super) struct Places<'a> {
    corpus: &'a Corpus,
    articles: HashMap<&'a str, usize>,
    paragraphs: HashMap<&'a str, (usize, usize)>,
    /// Char indexes of the paragraphs quoted so far, built on first use.
    texts: HashMap<(usize, usize), CharIndex<'a>>,
}

impl<'a> Places<'a> {
    /// The places of `corpus`, with its articles' and paragraphs' ids and indexes.
    pub(super) fn new(
        corpus: &'a Corpus,
        articles: HashMap<&'a str, usize>,
        paragraphs: HashMap<&'a str, (usize, usize)>,
    ) -> Self {
        Places {
            corpus,
            articles,
            paragraphs,
            texts: HashMap::default(),
        }
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn check_span(
        &mut self,
        r: &mut Report,
        at: &dyn Fn() -> String,
        article: &str,
        paragraph: &str,
        quote: &str,
        start: usize,
        end: usize,
    ) {
        let known_article = self.articles.contains_key(article);
        if !known_article {
            r.add(format!("{}.article", at()), no_such("article", article));
        }
        let Some(&(ai, pi)) = self.paragraphs.get(paragraph) else {
            r.add(
                format!("{}.paragraph", at()),
                no_such("paragraph", paragraph),
            );
            return;
        };
        let owner = &self.corpus.articles[ai].id;
        if known_article && owner != article {
            r.add(
                format!("{}.paragraph", at()),
                format!(
                    "paragraph “{}” belongs to article “{}”, not to article “{}”",
                    shown(paragraph),
                    shown(owner),
                    shown(article)
                ),
            );
            return;
        }
        if !known_article {
            return;
        }
        if quote.is_empty() {
            r.add(
                format!("{}.quote", at()),
                "the quote is empty; it must be the exact words quoted from the paragraph".into(),
            );
            return;
        }
        let corpus = self.corpus;
        let index = self
            .texts
            .entry((ai, pi))
            .or_insert_with(|| CharIndex::new(&corpus.articles[ai].paragraphs[pi].text));
        if index.slice(start, end) != Some(quote) {
            r.add(
                format!("{}.quote", at()),
                quote_mismatch(index, paragraph, quote, start, end),
            );
        }
    }
}

/// Says how a quote differs from the text at its offsets, and where it is found instead.
fn quote_mismatch(
    index: &CharIndex<'_>,
    paragraph: &str,
    quote: &str,
    start: usize,
    end: usize,
) -> String {
    let mut m = format!(
        "the quote is not found at characters {start}–{end} of paragraph {}",
        shown(paragraph)
    );
    match index.slice(start, end) {
        _ if start > end => m.push_str(" (the start comes after the end)"),
        None => m.push_str(&format!(
            " (the paragraph has only {} characters)",
            index.len()
        )),
        Some(there) if nfc(there) == nfc(quote) => m.push_str(
            " (the text there looks the same, but some accents or symbols are encoded \
             differently; copy the quote from the paragraph's text)",
        ),
        Some(there) => m.push_str(&format!(" (there the paragraph reads “{}”)", shown(there))),
    }

    let text = index.text();
    let mut hits = text.match_indices(quote).map(|(b, _)| b);
    let first: Vec<usize> = hits.by_ref().take(3).collect();
    if first.is_empty() {
        if nfc(text).contains(&nfc(quote)) {
            m.push_str(
                "; the paragraph has these words, but with some accents or symbols encoded \
                 differently: copy the quote from the paragraph's text",
            );
        } else {
            m.push_str("; the quote is not in that paragraph at all");
        }
        return m;
    }
    let len = char_len(quote);
    let spans: Vec<String> = first
        .iter()
        .map(|&b| {
            let s = index.char_at(b);
            format!("{s}–{}", s + len)
        })
        .collect();
    let more = hits.count();
    if more == 0 {
        m.push_str(&format!("; it is found at characters {}", and_list(&spans)));
    } else {
        m.push_str(&format!(
            "; it is found at characters {}, and {more} more time{}",
            spans.join(", "),
            plural_s(more)
        ));
    }
    m
}

#[cfg(test)]
mod tests {
    use crate::corpus::char_slice;
    use crate::validate::parse;
    use crate::validate::sample::{only, with};
    use serde_json::json;

    #[test]
    fn event_and_fact_references_must_resolve() {
        let p = only(&with(|v| v["events"][0]["article"] = "q".into()));
        assert_eq!(p.path, "events[0].article");
        assert!(p.message.contains("no article with the id “q”"), "{p}");
        let p = only(&with(|v| v["events"][0]["paragraph"] = "a-p1".into()));
        assert_eq!(p.path, "events[0].paragraph");
        assert!(p.message.contains("belongs to article “a”"), "{p}");
        let p = only(&with(|v| {
            v["facts"][0]["accounts"][0]["paragraph"] = "nope".into()
        }));
        assert_eq!(p.path, "facts[0].accounts[0].paragraph");
        assert!(p.message.contains("no paragraph with the id “nope”"), "{p}");
        let p = only(&with(|v| {
            v["facts"][0]["accounts"][0]["article"] = "a".into()
        }));
        assert_eq!(p.path, "facts[0].accounts[0].paragraph");
        assert!(p.message.contains("not to article “a”"), "{p}");
    }

    #[test]
    fn quotes_must_not_be_empty() {
        for (path, edit) in [
            ("claims[0].quote", "/claims/0"),
            ("events[0].quote", "/events/0"),
            ("facts[0].accounts[0].quote", "/facts/0/accounts/0"),
        ] {
            let p = only(&with(|v| {
                let s = v.pointer_mut(edit).unwrap();
                s["quote"] = "".into();
                s["end"] = s["start"].clone();
            }));
            assert_eq!(p.path, path);
            assert!(p.message.starts_with("the quote is empty"), "{p}");
        }
    }

    #[test]
    fn a_quote_off_its_offsets_says_where_it_is() {
        let p = only(&with(|v| {
            v["claims"][0]["start"] = 12.into();
            v["claims"][0]["end"] = 32.into();
        }));
        assert_eq!(p.path, "claims[0].quote");
        assert_eq!(
            p.message,
            "the quote is not found at characters 12–32 of paragraph a-p1 \
             (there the paragraph reads “ussia would respond ”); it is found at characters 11–31"
        );
    }

    #[test]
    fn a_quote_found_several_times_lists_the_places() {
        let p = only(&with(|v| {
            v["claims"][0]["paragraph"] = "a-p2".into();
            v["claims"][0]["quote"] = "the treaty is dead".into();
            v["claims"][0]["start"] = 0.into();
            v["claims"][0]["end"] = 18.into();
        }));
        assert!(
            p.message
                .ends_with("; it is found at characters 12–30 and 36–54"),
            "{p}"
        );
        let p = only(&with(|v| {
            v["claims"][0]["paragraph"] = "a-p2".into();
            v["claims"][0]["quote"] = "e".into();
            v["claims"][0]["start"] = 0.into();
            v["claims"][0]["end"] = 1.into();
        }));
        assert!(p.message.contains(", and "), "{p}");
        assert!(p.message.ends_with("more times"), "{p}");
    }

    #[test]
    fn a_quote_not_in_its_paragraph_says_so() {
        let p = only(&with(|v| {
            v["claims"][0]["quote"] = "Russia will never".into()
        }));
        assert_eq!(p.path, "claims[0].quote");
        assert!(
            p.message
                .ends_with("; the quote is not in that paragraph at all"),
            "{p}"
        );
        let p = only(&with(|v| v["events"][0]["end"] = 99.into()));
        assert_eq!(p.path, "events[0].quote");
        assert!(
            p.message.contains("(the paragraph has only 37 characters)"),
            "{p}"
        );
        assert!(p.message.ends_with("found at characters 10–28"), "{p}");
        let p = only(&with(|v| {
            v["facts"][0]["accounts"][0]["start"] = 20.into();
            v["facts"][0]["accounts"][0]["end"] = 5.into();
        }));
        assert_eq!(p.path, "facts[0].accounts[0].quote");
        assert!(p.message.contains("the start comes after the end"), "{p}");
    }

    #[test]
    fn offsets_count_characters_not_bytes() {
        // “ is one char but three bytes: the quote after it is found by char offsets.
        let ok = with(|v| {
            v["claims"][0]["quote"] = "in kind.".into();
            v["claims"][0]["start"] = 33.into();
            v["claims"][0]["end"] = 41.into();
        });
        assert!(parse(&ok).is_ok());
        // Byte offsets are refused, and the char offsets are suggested.
        let p = only(&with(|v| {
            v["claims"][0]["quote"] = "in kind.".into();
            v["claims"][0]["start"] = 35.into();
            v["claims"][0]["end"] = 43.into();
        }));
        assert!(p.message.ends_with("found at characters 33–41"), "{p}");
    }

    #[test]
    fn differently_encoded_accents_are_explained() {
        let p = only(&with(|v| {
            v["articles"][1]["paragraphs"][0]["text"] = "Café owners in Kyiv.".into();
            v["events"][0]["quote"] = "Cafe\u{301}".into();
            v["events"][0]["start"] = 0.into();
            v["events"][0]["end"] = 5.into();
            v["facts"] = json!([]);
        }));
        assert_eq!(p.path, "events[0].quote");
        assert!(p.message.contains("encoded differently"), "{p}");
    }

    mod props {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn a_quote_passes_exactly_when_it_is_at_its_offsets(
                start in 0usize..60, end in 0usize..60, quote in ".{0,20}",
            ) {
                let json = with(|v| {
                    v["claims"][0]["start"] = start.into();
                    v["claims"][0]["end"] = end.into();
                    v["claims"][0]["quote"] = quote.clone().into();
                });
                let result = parse(&json);
                let text = "Putin said Russia would respond “in kind.”";
                let expected = !quote.is_empty() && char_slice(text, start, end) == Some(quote.as_str());
                prop_assert_eq!(result.is_ok(), expected);
                if let Err(p) = result {
                    prop_assert_eq!(p.len(), 1);
                    prop_assert_eq!(&p[0].path, "claims[0].quote");
                }
            }
        }
    }
}
