//! Text, before it is a corpus: Unicode normalisation, folding and tokens for comparison, a
//! saved page's segmentation into paragraphs and sentences, word differences, and the shared
//! English of counts and lists.

mod chrome;
mod diff;
mod english;
mod fold;
mod lines;
mod normalize;
mod segment;
mod sentences;

pub use chrome::{dateline, is_chrome};
pub use diff::{word_diff, Part, MAX_LCS_CELLS};
pub use english::{and_list, count, plural_s, quoted, shorten, thousands};
pub use fold::{fold, fold_into, fold_with_map, is_token_char, tokens, Tokens};
pub use lines::line_utf16;
pub use normalize::{decompose_compatible, is_combining_mark, nfc, to_lowercase};
pub use segment::{segment, segment_titled, Block, Segmented, Segmenter};
pub use sentences::sentences;
