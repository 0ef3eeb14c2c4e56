//! The Compare view's model: who answers each question how ([`compare`], the whole grid of the
//! chosen claims), the part of it on screen ([`Grid`]: the columns and rows the filters leave),
//! what the view says about it in words ([`status`], [`disagreement`]), and how the outlets word
//! the same facts ([`account_parts`]).

mod comparison;
mod facts;
mod grid;
mod sentences;

pub use comparison::{
    compare, contradicting, Cell, CellSummary, Comparison, Row, MAX_LISTED_CONTRADICTIONS,
};
pub use facts::account_parts;
pub use grid::Grid;
pub use sentences::{disagreement, status};
