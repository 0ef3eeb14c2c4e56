//! The corpus checks, shared by the build (`cargo xtask corpus`) and by import: a file is read
//! within a size limit, its JSON and fields are named in plain words where they break, and then
//! every id, reference, date, address and quote is checked.

mod checks;
mod json_path;

pub use checks::{
    check_size, check_size_within, is_web_address, over_limit, parse, parse_within, validate,
    Problem, MAX_BYTES, MAX_PROBLEMS, MAX_SERVED_BYTES,
};
pub use json_path::{error_path, path_at};
