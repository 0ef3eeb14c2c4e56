//! A problem with a corpus file, in the plain words it is reported in, and the limits on what is
//! read and reported: the size of a file and the number of problems.

use crate::corpus::SCHEMA_VERSION;
use std::fmt;

/// At most this many problems are reported.
pub const MAX_PROBLEMS: usize = 20;

/// Files a person imports larger than this are refused before parsing.
pub const MAX_BYTES: usize = 50 * 1024 * 1024;

/// The limit for the corpus a deployment serves (chosen by whoever deploys it, not opened by a
/// person): a corpus of 100,000 claims with its articles is about 80 MB. Browsers cannot hold a
/// string much over 500 MB.
pub const MAX_SERVED_BYTES: usize = 256 * 1024 * 1024;

/// One thing wrong with a corpus file: where (a JSON path such as `claims[3].quote` or `$` for
/// the whole file) and what, in plain words a non-programmer understands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where: a JSON path such as `claims[3].quote`, or `$` for the whole file.
    pub path: String,
    /// What, in plain words.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

pub(super) fn problem(path: impl Into<String>, message: impl Into<String>) -> Problem {
    Problem {
        path: path.into(),
        message: message.into(),
    }
}

const MB: usize = 1024 * 1024;

/// Refuses a file over [`MAX_BYTES`], naming its size and the limit; usable before reading the
/// file's text (for example from its length or a `Content-Length` header).
pub fn check_size(bytes: usize) -> Result<(), Problem> {
    check_size_within(bytes, MAX_BYTES)
}

/// [`check_size`] with another limit.
pub fn check_size_within(bytes: usize, limit: usize) -> Result<(), Problem> {
    if bytes <= limit {
        return Ok(());
    }
    // Tenths of a MB, rounded up, so that a file just over the limit never reads "50.0 MB".
    let tenths = (bytes as u128 * 10).div_ceil(MB as u128);
    Err(problem(
        "$",
        format!(
            "The file is {}.{} MB; the limit is {} MB.",
            tenths / 10,
            tenths % 10,
            limit / MB
        ),
    ))
}

/// The problem of a download stopped at `limit` bytes, its whole size unknown (no length given).
pub fn over_limit(limit: usize) -> Problem {
    problem(
        "$",
        format!(
            "It is over {} MB, the limit; the download was stopped there.",
            limit / MB
        ),
    )
}

/// Collects problems up to the cap.
#[derive(Default)]
pub(super) struct Report(pub(super) Vec<Problem>);

impl Report {
    pub(super) fn full(&self) -> bool {
        self.0.len() >= MAX_PROBLEMS
    }

    pub(super) fn add(&mut self, path: String, message: String) {
        if !self.full() {
            self.0.push(Problem { path, message });
        }
    }
}

/// A value quoted in a message, cut short when it is long.
pub(super) fn shown(s: &str) -> String {
    const MAX: usize = 60;
    let mut chars = s.chars();
    let head: String = chars.by_ref().take(MAX).collect();
    if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}

pub(super) fn schema_version_message(version: impl fmt::Display) -> String {
    format!(
        "This file is schema version {version}; this version of Claimscope reads version {SCHEMA_VERSION}."
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::sample::{only, problems, push, with};

    #[test]
    fn a_problem_reads_path_colon_message() {
        let p = problem("claims[3].quote", "the quote is empty");
        assert_eq!(p.to_string(), "claims[3].quote: the quote is empty");
    }

    #[test]
    fn large_files_are_refused_with_the_limit() {
        let p = check_size(60 * 1024 * 1024).unwrap_err();
        assert_eq!(p.path, "$");
        assert_eq!(p.message, "The file is 60.0 MB; the limit is 50 MB.");
        let p = check_size(MAX_BYTES + 1).unwrap_err();
        assert_eq!(p.message, "The file is 50.1 MB; the limit is 50 MB.");
        assert!(check_size(MAX_BYTES).is_ok());
        assert!(check_size(0).is_ok());
    }

    #[test]
    fn at_most_twenty_problems() {
        let p = problems(&with(|v| {
            let c = v["claims"][0].clone();
            for _ in 0..50 {
                push(v, "claims", c.clone());
            }
        }));
        assert_eq!(p.len(), MAX_PROBLEMS);
        assert!(p.iter().all(|p| p.message.contains("already used")));
    }

    #[test]
    fn long_values_are_cut_short_in_messages() {
        let long = "x".repeat(10_000);
        let p = only(&with(|v| v["claims"][0]["speaker"] = long.clone().into()));
        assert!(p.message.len() < 200, "{}", p.message.len());
        assert!(p.message.contains('…'));
    }
}
