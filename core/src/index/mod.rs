//! A corpus indexed once for fast filtering and search: facet tables, the text index, bitsets
//! of claims, search queries and their highlights, and facet filtering with counts.

mod bitset;
mod corpus_index;
mod csr;
mod filter;
mod query;
mod text;

pub use bitset::Bitset;
pub use corpus_index::{CorpusIndex, FacetTable, FacetTables, FacetValue};
pub use filter::{filter, filter_with, FacetCounts, FacetEntry, FilterResult};
pub use query::{highlight, parse_query, Query, Term};
