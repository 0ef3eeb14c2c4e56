//! Keeping a corpus in the browser and opening it: used by the import and by "Add an article".

use crate::ctx::Navigate;
use crate::load::Handoff;
use crate::store::{self, StoreError};
use claimscope_core::corpus::Corpus;
use claimscope_core::library::{self, Entry};
use claimscope_core::state;
use claimscope_core::state::ViewState;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;
use std::sync::Arc;

/// What keeping and opening needs from the page; made inside a component.
#[derive(Clone)]
pub struct Keeper {
    navigate: Navigate,
    pathname: Memo<String>,
    search: Memo<String>,
    handoff: Option<Handoff>,
}

impl Keeper {
    pub fn new() -> Self {
        let location = use_location();
        Keeper {
            navigate: Arc::new(use_navigate()),
            pathname: location.pathname,
            search: location.search,
            handoff: use_context::<Handoff>(),
        }
    }

    /// Stores `corpus` (its JSON text `json`) under its id, replacing any with the same id, then
    /// opens it. On failure nothing changes on the page.
    pub async fn keep_and_open(&self, corpus: Arc<Corpus>, json: &str) -> Result<(), StoreError> {
        let entry = Entry::of(&corpus, json.len(), now());
        store::save(&entry, json).await?;
        let state = ViewState::in_corpus(&corpus.id);
        self.open(corpus, &state, false);
        Ok(())
    }

    /// [`Keeper::keep_and_open`] for a corpus downloaded from a link's `src`: kept with where it
    /// came from, then opened in the link's own view, which now names it (so the link works
    /// offline, and links made from it carry `src`). The address is replaced, not added to.
    pub async fn keep_linked(
        &self,
        corpus: Arc<Corpus>,
        json: &str,
        src: &str,
    ) -> Result<(), StoreError> {
        let entry = Entry {
            src: Some(src.to_owned()),
            ..Entry::of(&corpus, json.len(), now())
        };
        store::save(&entry, json).await?;
        let mut state = self.search.with_untracked(|q| state::parse_query(q).0);
        state.corpus = Some(corpus.id.clone());
        state.src = Some(src.to_owned());
        self.open(corpus, &state, true);
        Ok(())
    }

    /// Keeps an editable copy of `of` (the bundled corpus is read-only) and opens it in the same
    /// view, which now names it.
    pub async fn keep_copy(&self, of: &Corpus) -> Result<(), StoreError> {
        let taken: Vec<String> = store::list().await?.into_iter().map(|e| e.id).collect();
        let copy = library::editable_copy(of, &taken);
        let json = serde_json::to_string(&copy).map_err(|e| StoreError::Failed(e.to_string()))?;
        store::save(&Entry::of(&copy, json.len(), now()), &json).await?;
        let mut state = self.search.with_untracked(|q| state::parse_query(q).0);
        state.corpus = Some(copy.id.clone());
        state.src = None;
        self.open(Arc::new(copy), &state, false);
        Ok(())
    }

    /// Hands `corpus` to the loader and goes to `state` (which names it).
    fn open(&self, corpus: Arc<Corpus>, state: &ViewState, replace: bool) {
        let id = corpus.id.clone();
        if let Some(h) = self.handoff {
            h.give(corpus);
        }
        let already = self.search.with_untracked(|q| {
            let (now, _) = state::parse_query(q);
            library::names(now.corpus.as_deref(), &id) && now.src == state.src
        });
        let href = state::href_at(&self.pathname.get_untracked(), state);
        (self.navigate)(
            &href,
            NavigateOptions {
                resolve: false,
                replace,
                ..Default::default()
            },
        );
        if let (true, Some(h)) = (already, self.handoff) {
            h.reload();
        }
    }
}

impl Default for Keeper {
    fn default() -> Self {
        Self::new()
    }
}

/// The browser's clock as an ISO 8601 timestamp.
pub fn now() -> String {
    js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .unwrap_or_default()
}
