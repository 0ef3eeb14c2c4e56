//! Claimscope's pure logic, native and tested with `cargo test`; the leptos app renders it.
//!
//! One folder a concept, in the order of the pipeline; a module uses only those above it in
//! this list (`ARCHITECTURE.md` has the map, and `tests/architecture.rs` checks the order):
//! - [`corpus`]: the model (schema 1), ids, facets, dates, char offsets.
//! - [`text`]: normalisation, folding and tokens, segmentation, word diff, counts and lists.
//! - [`validate`]: the corpus checks, shared by the build and by import.
//! - [`library`]: the corpora a person keeps: import rules, what the list shows.
//! - [`state`]: what a person chose to see, its link, and its title.
//! - [`index`]: the corpus indexed for filtering and search.
//! - [`views`]: one pure model per screen.
//! - [`paste`]: a pasted article's candidate claims, composed into a corpus.
//! - [`edit`]: a kept corpus edited, each edit checked, with its history of versions.
//! - [`export`]: claims as CSV, as a schema-1 subset, and as a citation.
//! - [`testing`]: small corpora for tests, built in a few lines.

pub mod corpus;
pub mod edit;
pub mod export;
pub mod index;
pub mod library;
pub mod paste;
pub mod state;
pub mod testing;
pub mod text;
pub mod validate;
pub mod views;
