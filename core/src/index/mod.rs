//! A corpus indexed once for fast filtering and search: facet tables, the text index, bitsets
//! of claims, search queries and their highlights, facet filtering with counts, and the order
//! of the results (relevance while searching, see [`CorpusIndex::rank`]; date; article).

mod bitset;
mod corpus_index;
mod csr;
mod filter;
mod query;
mod text;

pub use bitset::Bitset;
pub use corpus_index::{CorpusIndex, FacetTable, FacetTables, FacetValue};
pub use filter::{filter, filter_key, filter_with, FacetCounts, FacetEntry, FilterResult};
pub use query::{highlight, parse_query, Query, Term};
pub use text::{B, K1, QUOTES_FIRST_LIMIT, RANK_LIMIT, W_PARAGRAPH, W_QUOTE, W_SPEAKER, W_SUMMARY};
