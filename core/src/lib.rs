//! Claimscope's pure logic, native and tested with `cargo test`; the leptos app renders it.
//!
//! One idea a file:
//! - [`model`]: the corpus model, schema 1 (the JSON format).
//! - [`dates`]: partial ISO dates, read aloud and placed on a time axis.
//! - [`timeline`]: dated events laid out on a broken time axis.
//! - [`validate`]: the corpus checks, shared by the build and by import.
//! - [`segment`]: splitting a saved page's text into headline, paragraphs, captions and chrome.
//! - [`attribution`]: the words that attribute speech or a position, and their roles.
//! - [`propose`]: candidate claims in a pasted article, from patterns of attribution.
//! - [`speaker_match`]: which known speaker a phrase names; ids for new ones.
//! - [`compose`]: a pasted article and the claims a person confirmed, added to a corpus.
//! - [`index`]: a corpus indexed once, with integer ids, for fast filtering.
//! - [`normalize`]: Unicode normalisation, from the browser when in one.
//! - [`search`]: text normalisation, search queries and highlight ranges.
//! - [`filter`]: facet filtering and facet counts.
//! - [`facet_list`]: which values a facet list shows (long facets collapse).
//! - [`article_picker`]: which articles the Read view's picker lists.
//! - [`compare`]: the Compare grid: each side's claims and stances per question.
//! - [`diff`]: word differences between two descriptions of the same fact.
//! - [`library`]: the corpora a person keeps: import rules, what the list shows.
//! - [`export`]: claims as CSV, as a schema-1 subset, and as a citation.
//! - [`view_state`]: what a person chose to see.
//! - [`url`]: the view state's URL form (parse and write).

pub mod article_picker;
pub mod attribution;
pub mod compare;
pub mod compose;
pub mod dates;
pub mod diff;
pub mod export;
pub mod facet_list;
pub mod filter;
pub mod index;
pub mod json_path;
pub mod library;
pub mod model;
pub mod normalize;
pub mod propose;
pub mod search;
pub mod segment;
pub mod speaker_match;
pub mod timeline;
pub mod url;
pub mod validate;
pub mod view_state;
