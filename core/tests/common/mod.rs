//! What the core's integration tests share: the bundled corpus.

use claimscope_core::corpus::Corpus;
use claimscope_core::validate::parse;

/// The bundled corpus, `data/corpus.json`, parsed and checked.
pub fn bundled() -> Corpus {
    parse(include_str!("../../../data/corpus.json")).expect("the bundled corpus is valid")
}
