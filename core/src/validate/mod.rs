//! The corpus checks, shared by the build (`cargo xtask corpus`) and by import: a file is read
//! within a size limit, its JSON and fields are named in plain words where they break, and then
//! every id, reference, date, address and quote is checked.
//!
//! [`parse`] reads a file (its size, JSON syntax, schema version and fields), then [`validate`]
//! checks what the types cannot say: unique ids, references that resolve, quotes found verbatim
//! at their offsets, safe addresses and real dates. Every [`Problem`] names where (a JSON path)
//! and what, in plain words; at most [`MAX_PROBLEMS`] are reported.

mod checks;
mod formats;
mod ids;
mod json_errors;
mod json_path;
mod problem;
mod quotes;
mod reading;
#[cfg(test)]
mod sample;
mod utf8;

pub use checks::{validate, Checking};
pub use formats::is_web_address;
pub use json_path::{error_path, path_at};
pub use problem::{
    check_size, check_size_within, over_limit, Problem, MAX_BYTES, MAX_PROBLEMS, MAX_SERVED_BYTES,
};
pub use reading::{parse, parse_within, read_within};
pub use utf8::utf8_text;
