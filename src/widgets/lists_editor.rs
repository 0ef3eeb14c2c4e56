//! The sides and questions of a kept corpus, edited in place: add, rename, move up or down, and
//! delete; one still in use is deleted only into another (its speakers or claims move there,
//! which merges the two). Each edit is checked and kept like a claim's, and can be undone.

use crate::curate::Curator;
use claimscope_core::corpus::Corpus;
use claimscope_core::edit::{self, Edit, Refused};
use leptos::prelude::*;
use std::sync::Arc;

type Outcome = Result<(Corpus, Edit), Refused>;

/// Keeps an edit, or says in `error` why not.
fn keep(curator: Curator, error: RwSignal<Option<String>>, outcome: Outcome) {
    leptos::task::spawn_local(async move {
        if let Err(why) = curator.keep(outcome).await {
            error.set(Some(why));
        }
    });
}

#[component]
pub fn ListsEditor(corpus: Arc<Corpus>) -> impl IntoView {
    view! {
        <SidesEditor corpus=corpus.clone() />
        <QuestionsEditor corpus=corpus />
    }
}

#[component]
fn SidesEditor(corpus: Arc<Corpus>) -> impl IntoView {
    let curator = Curator::new();
    let error = RwSignal::new(None::<String>);
    let new_name = RwSignal::new(String::new());
    let rows = rows(&corpus, List::Sides, curator, error);
    let add = {
        let corpus = corpus.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            keep(
                curator,
                error,
                edit::add_side(&corpus, &new_name.get_untracked()),
            );
        }
    };
    view! {
        <section class="list-editor sides-editor" aria-labelledby="sides-heading">
            <h2 id="sides-heading">"Sides"</h2>
            <ul class="edit-list">{rows}</ul>
            <form class="add-item" on:submit=add>
                <label for="new-side">"New side"</label>
                <input id="new-side" type="text" prop:value=move || new_name.get() on:input=move |ev| new_name.set(event_target_value(&ev)) />
                <button type="submit">"Add the side"</button>
            </form>
            {move || error.get().map(|e| view! { <p class="edit-error" role="alert">{e}</p> })}
        </section>
    }
}

#[component]
fn QuestionsEditor(corpus: Arc<Corpus>) -> impl IntoView {
    let curator = Curator::new();
    let error = RwSignal::new(None::<String>);
    let new_text = RwSignal::new(String::new());
    let new_short = RwSignal::new(String::new());
    let rows = rows(&corpus, List::Questions, curator, error);
    let add = {
        let corpus = corpus.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            keep(
                curator,
                error,
                edit::add_question(
                    &corpus,
                    &new_text.get_untracked(),
                    &new_short.get_untracked(),
                ),
            );
        }
    };
    view! {
        <section class="list-editor questions-editor" aria-labelledby="questions-heading">
            <h2 id="questions-heading">"Questions"</h2>
            <ul class="edit-list">{rows}</ul>
            <form class="add-item" on:submit=add>
                <label for="new-question">"New question (a yes/no question)"</label>
                <input id="new-question" type="text" prop:value=move || new_text.get() on:input=move |ev| new_text.set(event_target_value(&ev)) />
                <label for="new-question-short">"A few words naming it"</label>
                <input id="new-question-short" type="text" prop:value=move || new_short.get() on:input=move |ev| new_short.set(event_target_value(&ev)) />
                <button type="submit">"Add the question"</button>
            </form>
            {move || error.get().map(|e| view! { <p class="edit-error" role="alert">{e}</p> })}
        </section>
    }
}

/// Which of the corpus's lists a row edits.
#[derive(Clone, Copy)]
enum List {
    Sides,
    Questions,
}

impl List {
    /// Each item's id and the words shown for it.
    fn items(self, corpus: &Corpus) -> Vec<(String, String)> {
        match self {
            List::Sides => corpus
                .sides
                .iter()
                .map(|s| (s.id.clone(), s.name.clone()))
                .collect(),
            List::Questions => corpus
                .questions
                .iter()
                .map(|q| (q.id.clone(), q.text.clone()))
                .collect(),
        }
    }

    fn act(
        self,
        corpus: &Corpus,
        id: &str,
        what: ListAct,
        words: &str,
        to: Option<&str>,
    ) -> Outcome {
        match (self, what) {
            (List::Sides, ListAct::Rename) => edit::rename_side(corpus, id, words),
            (List::Sides, ListAct::Move(by)) => edit::move_side(corpus, id, by),
            (List::Sides, ListAct::Delete) => edit::delete_side(corpus, id, to),
            (List::Questions, ListAct::Rename) => {
                let short = corpus
                    .question(id)
                    .map(|q| q.short.clone())
                    .unwrap_or_default();
                edit::rename_question(corpus, id, words, &short)
            }
            (List::Questions, ListAct::Move(by)) => edit::move_question(corpus, id, by),
            (List::Questions, ListAct::Delete) => edit::delete_question(corpus, id, to),
        }
    }

    /// The field's label, the prefix of its id, and where a deleted item's uses go.
    fn words(self, name: &str) -> (String, &'static str, &'static str) {
        match self {
            List::Sides => (
                format!("Name of the side “{name}”"),
                "side-name",
                "Move its speakers and claims to",
            ),
            List::Questions => (
                format!("Wording of the question “{name}”"),
                "question-text",
                "Move its claims to",
            ),
        }
    }
}

/// One row per side or question, each with its controls.
fn rows(
    corpus: &Arc<Corpus>,
    list: List,
    curator: Curator,
    error: RwSignal<Option<String>>,
) -> impl IntoView {
    let items = list.items(corpus);
    items
        .iter()
        .map(|(id, name)| {
            let words = RwSignal::new(name.clone());
            let deleting = RwSignal::new(false);
            let move_to = RwSignal::new(String::new());
            let (label, prefix, move_label) = list.words(name);
            let others = items
                .iter()
                .filter(|(o, _)| o != id)
                .map(|(o, n)| view! { <option value=o.clone()>{n.clone()}</option> })
                .collect_view();
            let act = {
                let corpus = corpus.clone();
                let id = id.clone();
                move |what: ListAct| {
                    let to = move_to.get_untracked();
                    let to = (!to.is_empty()).then_some(to.as_str());
                    keep(
                        curator,
                        error,
                        list.act(&corpus, &id, what, &words.get_untracked(), to),
                    );
                }
            };
            let (side_id, question_id) = match list {
                List::Sides => (Some(id.clone()), None),
                List::Questions => (None, Some(id.clone())),
            };
            view! {
                <li class="list-item" data-side-id=side_id data-question-id=question_id>
                    <ItemControls
                        input_id=format!("{prefix}-{id}")
                        label=label
                        value=words
                        what=name.clone()
                        act=Callback::new(act)
                        deleting=deleting
                        move_to=move_to
                        others=others.into_any()
                        move_label=move_label
                    />
                </li>
            }
        })
        .collect_view()
}

#[derive(Clone, Copy)]
enum ListAct {
    Rename,
    Move(isize),
    Delete,
}

/// One side or question: its name to change, up, down, and delete (into another, when used).
#[component]
fn ItemControls(
    input_id: String,
    label: String,
    value: RwSignal<String>,
    what: String,
    act: Callback<ListAct>,
    deleting: RwSignal<bool>,
    move_to: RwSignal<String>,
    others: AnyView,
    move_label: &'static str,
) -> impl IntoView {
    let select_id = format!("{input_id}-move-to");
    view! {
        <label for=input_id.clone() class="visually-hidden">{label}</label>
        <input id=input_id type="text" prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev)) />
        <button type="button" class="rename" on:click=move |_| act.run(ListAct::Rename)>"Rename"</button>
        <button type="button" class="move-up" aria-label=format!("Move “{what}” up") on:click=move |_| act.run(ListAct::Move(-1))>"↑"</button>
        <button type="button" class="move-down" aria-label=format!("Move “{what}” down") on:click=move |_| act.run(ListAct::Move(1))>"↓"</button>
        <button type="button" class="danger" aria-expanded=move || deleting.get().to_string() on:click=move |_| deleting.update(|d| *d = !*d)>"Delete…"</button>
        <span class="confirm" role="group" aria-label="Confirm deletion" hidden=move || !deleting.get()>
            <label for=select_id.clone()>{move_label}</label>
            <select id=select_id on:change=move |ev| move_to.set(event_target_value(&ev))>
                <option value="">"— (only if none uses it)"</option>
                {others}
            </select>
            <button type="button" class="danger delete-item" on:click=move |_| act.run(ListAct::Delete)>"Delete"</button>
        </span>
    }
}
