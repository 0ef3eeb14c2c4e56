//! Fetching the corpus file and checking it, with errors in plain words.

use claimscope_core::model::Corpus;
use claimscope_core::validate::{self, Problem};
use std::fmt;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The bundled corpus, relative to the page so the app works under any sub-path.
pub const BUNDLED_CORPUS_URL: &str = "data/corpus.json";

#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The request did not complete (offline, blocked, server down).
    Network,
    /// The server answered with an error status.
    Http(u16),
    /// The server says the file is larger than we accept.
    TooLarge(Problem),
    /// The file is not JSON, or not a corpus.
    Unreadable(String),
    /// The file is a corpus but breaks its rules.
    Invalid(Vec<Problem>),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Network => write!(
                f,
                "The articles could not be downloaded: the network or the server did not answer."
            ),
            LoadError::Http(status) => write!(
                f,
                "The articles could not be downloaded: the server answered with error {status}."
            ),
            LoadError::TooLarge(p) => write!(f, "The articles file is too large. {}", p.message),
            LoadError::Unreadable(why) => write!(f, "The articles file could not be read: {why}"),
            LoadError::Invalid(problems) => write!(
                f,
                "The articles file has {} problem{}; the first is {}",
                problems.len(),
                if problems.len() == 1 { "" } else { "s" },
                problems.first().map(|p| p.to_string()).unwrap_or_default()
            ),
        }
    }
}

/// Downloads a corpus file and checks it by the same rules as the build.
pub async fn fetch_corpus(url: &str) -> Result<Corpus, LoadError> {
    let window = web_sys::window().ok_or(LoadError::Network)?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| LoadError::Network)?
        .dyn_into()
        .map_err(|_| LoadError::Network)?;
    if !response.ok() {
        return Err(LoadError::Http(response.status()));
    }
    let length = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|v| v.parse::<usize>().ok());
    if let Some(len) = length {
        validate::check_size(len).map_err(LoadError::TooLarge)?;
    }
    let promise = response
        .json()
        .map_err(|_| LoadError::Unreadable("the server sent no body.".into()))?;
    let value = JsFuture::from(promise)
        .await
        .map_err(|_| LoadError::Unreadable("it is not valid JSON.".into()))?;
    crate::timing::mark(crate::timing::FETCHED);
    let corpus: Corpus = serde_wasm_bindgen::from_value(value)
        .map_err(|e| LoadError::Unreadable(format!("it is not a Claimscope corpus ({e}).")))?;
    crate::timing::mark(crate::timing::PARSED);
    let problems = validate::validate(&corpus);
    crate::timing::mark(crate::timing::VALIDATED);
    if problems.is_empty() {
        Ok(corpus)
    } else {
        Err(LoadError::Invalid(problems))
    }
}
