//! What the last edit, undo, redo or restore did to the open corpus ("Saved: Changed the side
//! of …"), with Undo and Redo at hand. It outlives the explorer's re-render after each change,
//! and takes the focus then, so a keyboard is not left on a form that is gone.

use crate::curate::{Curator, Said};
use claimscope_core::corpus::Corpus;
use leptos::prelude::*;
use std::sync::Arc;

const NOTICE_ID: &str = "edit-notice";

#[component]
pub fn EditNotice(corpus: Arc<Corpus>) -> impl IntoView {
    let Some(said) = use_context::<Said>() else {
        return ().into_any();
    };
    let id = corpus.id.clone();
    let words = Memo::new(move |_| {
        said.0
            .with(|s| s.as_ref().filter(|(c, _)| *c == id).map(|(_, w)| w.clone()))
    });
    if words.get_untracked().is_some() && said.take_focus() {
        crate::hooks::focus_after_render(NOTICE_ID);
    }
    view! {
        {move || words.get().map(|w| view! { <Notice corpus=corpus.clone() words=w said=said /> })}
    }
    .into_any()
}

#[component]
fn Notice(corpus: Arc<Corpus>, words: String, said: Said) -> impl IntoView {
    let curator = Curator::new();
    let error = RwSignal::new(None::<String>);
    let history = {
        let id = corpus.id.clone();
        LocalResource::new(move || {
            let id = id.clone();
            async move { Curator::history(&id).await.ok() }
        })
    };
    let can = move |f: fn(&claimscope_core::edit::History) -> bool| {
        history.get().flatten().is_some_and(|h| f(&h))
    };
    let step = move |undo: bool| {
        let corpus = corpus.clone();
        leptos::task::spawn_local(async move {
            let done = if undo {
                curator.undo(&corpus).await
            } else {
                curator.redo(&corpus).await
            };
            if let Err(e) = done {
                error.set(Some(e));
            }
        });
    };
    let undo = {
        let step = step.clone();
        move |_| step(true)
    };
    view! {
        <aside class="notice edit-notice" aria-label="Your last change">
            <p id=NOTICE_ID tabindex="-1" role="status">{words}</p>
            {move || can(|h| h.can_undo()).then(|| {
                let undo = undo.clone();
                view! { <button type="button" class="undo" on:click=undo>"Undo"</button> }
            })}
            {move || can(|h| h.can_redo()).then(|| {
                let step = step.clone();
                view! { <button type="button" class="redo" on:click=move |_| step(false)>"Redo"</button> }
            })}
            <button type="button" on:click=move |_| said.0.set(None)>"Dismiss"</button>
            {move || error.get().map(|e| view! { <p class="edit-error" role="alert">{e}</p> })}
        </aside>
    }
}
