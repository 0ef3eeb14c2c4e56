//! Fetching the corpus file and checking it, with errors in plain words.

use crate::store;
use claimscope_core::corpus::Corpus;
use claimscope_core::library;
use claimscope_core::text::count;
use claimscope_core::validate::{self, Problem};
use leptos::prelude::{Notify, SetValue, StoredValue, Track, Trigger, UpdateValue};
use std::fmt;
use std::sync::Arc;
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
    /// The download broke off before the whole file arrived.
    Unreadable(String),
    /// The file is not JSON, not a corpus, or breaks a corpus's rules.
    Invalid(Vec<Problem>),
    /// A link names a corpus this browser does not hold.
    NotHeld(String),
    /// The browser's storage failed.
    Storage(String),
    /// A link names a corpus published elsewhere (`src`) that this browser does not hold: the
    /// person is asked before anything is downloaded from there.
    Ask(String),
    /// Downloading or reading the corpus a link's `src` names failed: where from, and why.
    Remote(String, Box<LoadError>),
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
            LoadError::NotHeld(id) => write!(
                f,
                "This link refers to a corpus with the id “{id}”, which this browser does not \
                 hold. It may have been imported in another browser, or deleted here. Import its \
                 file to open it, or open the articles that come with Claimscope."
            ),
            LoadError::Storage(why) => write!(f, "{why}"),
            LoadError::Ask(src) => write!(f, "{}", library::src_question(src)),
            LoadError::Remote(src, why) => write!(
                f,
                "The corpus published at {} could not be opened. {why}",
                library::src_host(src)
            ),
            LoadError::Invalid(problems) => write!(
                f,
                "The articles file has {}; the first is {}",
                count(problems.len(), "problem"),
                problems.first().map(|p| p.to_string()).unwrap_or_default()
            ),
        }
    }
}

/// Where the corpus of a view comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// The corpus shipped with the app.
    Bundled,
    /// A corpus the person imported, kept in this browser under this id.
    Stored(String),
    /// A corpus published at an `https://` address (a link's `src`), kept in this browser once
    /// the person said yes (under this id, when the link names it).
    Linked { id: Option<String>, src: String },
}

impl Source {
    /// The source a link names: no `corpus=` (or the bundled id) is the bundled corpus; a `src`
    /// names where a corpus is published.
    pub fn of(corpus: Option<&str>, src: Option<&str>) -> Source {
        let id = corpus.filter(|c| *c != claimscope_core::corpus::BUNDLED_ID);
        match (id, src) {
            (id, Some(src)) => Source::Linked {
                id: id.map(str::to_owned),
                src: src.to_owned(),
            },
            (None, None) => Source::Bundled,
            (Some(id), None) => Source::Stored(id.to_owned()),
        }
    }
}

/// A corpus just imported, handed to the loader so it is not read and checked a second time.
/// Its trigger asks for a new load when the link already names the handed corpus (a link to a
/// corpus this browser did not hold, then imported).
#[derive(Clone, Copy)]
pub struct Handoff(StoredValue<Option<Arc<Corpus>>>, Trigger);

impl Handoff {
    pub fn new() -> Self {
        Handoff(StoredValue::new(None), Trigger::new())
    }

    pub fn give(&self, corpus: Arc<Corpus>) {
        self.0.set_value(Some(corpus));
    }

    /// Load again although the link did not change.
    pub fn reload(&self) {
        self.1.notify();
    }

    /// Subscribes the running effect or resource to [`Handoff::reload`].
    pub fn track(&self) {
        self.1.track();
    }

    /// The handed corpus if it is the one with this id.
    pub fn take(&self, id: &str) -> Option<Arc<Corpus>> {
        let mut taken = None;
        self.0.update_value(|slot| {
            if slot.as_ref().is_some_and(|c| c.id == id) {
                taken = slot.take();
            }
        });
        taken
    }
}

impl Default for Handoff {
    fn default() -> Self {
        Self::new()
    }
}

/// Told how far the checks of a corpus's claims got: (checked, of how many).
pub type Progress<'a> = &'a dyn Fn(usize, usize);

/// Loads the corpus from its source and checks it by the same rules as the build, saying how
/// far the checks got.
pub async fn load(source: &Source, progress: Progress<'_>) -> Result<Corpus, LoadError> {
    match source {
        Source::Bundled => fetch_corpus(BUNDLED_CORPUS_URL, progress).await,
        Source::Stored(id) => kept(id, progress)
            .await?
            .ok_or_else(|| LoadError::NotHeld(id.clone())),
        Source::Linked { id, src } => {
            // Kept already (by the id the link names, or as downloaded from this address): opened
            // from the browser, offline too. Else the person is asked first.
            let held = match id {
                Some(id) => kept(id, progress).await?,
                None => None,
            };
            let held = match held {
                Some(corpus) => Some(corpus),
                None => match kept_from(src).await? {
                    Some(id) => kept(&id, progress).await?,
                    None => None,
                },
            };
            held.ok_or_else(|| LoadError::Ask(src.clone()))
        }
    }
}

/// The corpus kept in this browser as `id`, checked, with its history's applied edits; `None`
/// when this browser does not hold it.
pub async fn kept(id: &str, progress: Progress<'_>) -> Result<Option<Corpus>, LoadError> {
    let storage = |e: store::StoreError| LoadError::Storage(e.to_string());
    let Some(text) = store::load(id).await.map_err(storage)? else {
        return Ok(None);
    };
    // Checked again, within the limit of a served corpus, not an imported file's: an editable
    // copy of the corpus served with the app may be larger than an import may be.
    let base = read(&text, validate::MAX_SERVED_BYTES, progress).await?;
    let mut history = store::history(id).await.map_err(storage)?;
    Ok(Some(history.replay(base)))
}

/// The id of the corpus kept in this browser as downloaded from `src`, if any.
pub async fn kept_from(src: &str) -> Result<Option<String>, LoadError> {
    let entries = store::list()
        .await
        .map_err(|e| LoadError::Storage(e.to_string()))?;
    Ok(entries
        .into_iter()
        .find(|e| e.src.as_deref() == Some(src))
        .map(|e| e.id))
}

/// Downloads the corpus published at `src` (the person said yes), within the same limits and
/// checks as an import: the corpus and its JSON text, or why not, naming where from.
pub async fn fetch_linked(
    src: &str,
    progress: Progress<'_>,
) -> Result<(Corpus, String), LoadError> {
    let remote = |e: LoadError| LoadError::Remote(src.to_owned(), Box::new(e));
    // The import's limit, not the one for the bundled corpus served with the app.
    let text = fetch_text(src, validate::MAX_BYTES).await.map_err(remote)?;
    let corpus = read(&text, validate::MAX_BYTES, progress)
        .await
        .map_err(remote)?;
    Ok((corpus, text))
}

/// Downloads a corpus file and checks it by the same rules as the build.
pub async fn fetch_corpus(url: &str, progress: Progress<'_>) -> Result<Corpus, LoadError> {
    let text = fetch_text(url, validate::MAX_SERVED_BYTES).await?;
    crate::timing::mark(crate::timing::FETCHED);
    read(&text, validate::MAX_SERVED_BYTES, progress).await
}

/// Downloads a corpus file's text, within the size limit, as strict UTF-8.
async fn fetch_text(url: &str, limit: usize) -> Result<String, LoadError> {
    let window = crate::window().ok_or(LoadError::Network)?;
    let request = match url {
        BUNDLED_CORPUS_URL => take_early_download(&window),
        _ => None,
    }
    .unwrap_or_else(|| window.fetch_with_str(url));
    let response: web_sys::Response = JsFuture::from(request)
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
        validate::check_size_within(len, limit).map_err(LoadError::TooLarge)?;
    }
    // The bytes, not `text()`: decoding to a JS string and encoding it back into wasm memory
    // would cost more than the parse itself on a large corpus.
    let bytes = read_body(&response, length.unwrap_or(0), limit).await?;
    validate::utf8_text(bytes).map_err(|p| LoadError::Invalid(vec![p]))
}

/// The body of `response`, copied into wasm memory a part at a time as it arrives (never held
/// whole by the browser too), stopped once past `limit` bytes whatever length was announced
/// (a compressed response announces its compressed size). `expected`: that length, or 0.
pub async fn read_body(
    response: &web_sys::Response,
    expected: usize,
    limit: usize,
) -> Result<Vec<u8>, LoadError> {
    let broke_off = |_| LoadError::Unreadable("the download broke off.".into());
    let Some(body) = response.body() else {
        return Ok(Vec::new());
    };
    let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut bytes: Vec<u8> = Vec::with_capacity(expected.min(limit));
    loop {
        let part: web_sys::ReadableStreamReadResult = JsFuture::from(reader.read())
            .await
            .map_err(broke_off)?
            .unchecked_into();
        if part.get_done().unwrap_or(true) {
            return Ok(bytes);
        }
        let chunk: js_sys::Uint8Array = part.get_value().dyn_into().map_err(broke_off)?;
        let n = chunk.length() as usize;
        if bytes.len() + n > limit {
            crate::settle::settle(reader.cancel());
            return Err(LoadError::TooLarge(validate::over_limit(limit)));
        }
        let start = bytes.len();
        bytes.resize(start + n, 0);
        chunk.copy_to(&mut bytes[start..]);
    }
}

/// The download of the bundled corpus that `assets/boot.js` started while the program loaded,
/// if there is one and it was not taken yet (it is taken once: a later load downloads afresh).
fn take_early_download(window: &web_sys::Window) -> Option<js_sys::Promise> {
    let key = wasm_bindgen::JsValue::from_str("__claimscopeCorpus");
    let early = js_sys::Reflect::get(window, &key).ok()?;
    let _ = js_sys::Reflect::delete_property(window, &key);
    early.dyn_into().ok()
}

/// How long one part of the checks may run before the page gets its turn, ms.
const CHECK_PART_MS: f64 = 8.0;
/// Claims checked between two looks at the clock.
const CHECK_STEP: usize = 256;
/// `progress` is told at most this often, ms (a screen reader reads each new figure).
const TELL_EVERY_MS: f64 = 400.0;

/// Parses and checks a corpus's JSON text, refusing more than `limit` bytes.
async fn read(text: &str, limit: usize, progress: Progress<'_>) -> Result<Corpus, LoadError> {
    let corpus = checked(text, limit, progress)
        .await
        .map_err(LoadError::Invalid)?;
    crate::timing::mark(crate::timing::VALIDATED);
    Ok(corpus)
}

/// A corpus's JSON text parsed (one task) and checked by the build's rules, its claims in parts
/// of about [`CHECK_PART_MS`], each a task of its own, `progress` told how far they got (at most
/// every [`TELL_EVERY_MS`]); or the problems. For a load and an import alike.
pub async fn checked(
    text: &str,
    limit: usize,
    progress: Progress<'_>,
) -> Result<Corpus, Vec<Problem>> {
    let corpus = validate::read_within(text, limit)?;
    let problems = {
        let mut checking = validate::Checking::new(&corpus);
        let mut told = f64::NEG_INFINITY;
        loop {
            let start = crate::timing::now();
            let mut done = false;
            while !done && crate::timing::now() - start < CHECK_PART_MS {
                done = checking.claims(CHECK_STEP);
            }
            if done {
                break;
            }
            if crate::timing::now() - told >= TELL_EVERY_MS {
                let (checked, total) = checking.progress();
                progress(checked, total);
                told = crate::timing::now();
            }
            crate::tasks::next_task().await;
        }
        checking.finish()
    };
    if problems.is_empty() {
        Ok(corpus)
    } else {
        Err(problems)
    }
}
