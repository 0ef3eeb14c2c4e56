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
    let rows = corpus
        .sides
        .iter()
        .map(|s| {
            let corpus = corpus.clone();
            let id = s.id.clone();
            let name = RwSignal::new(s.name.clone());
            let deleting = RwSignal::new(false);
            let move_to = RwSignal::new(String::new());
            let input_id = format!("side-name-{id}");
            let others = corpus
                .sides
                .iter()
                .filter(|o| o.id != id)
                .map(|o| view! { <option value=o.id.clone()>{o.name.clone()}</option> })
                .collect_view();
            let act = {
                let corpus = corpus.clone();
                let id = id.clone();
                move |what: ListAct| {
                    let outcome = match what {
                        ListAct::Rename => edit::rename_side(&corpus, &id, &name.get_untracked()),
                        ListAct::Move(by) => edit::move_side(&corpus, &id, by),
                        ListAct::Delete => {
                            let to = move_to.get_untracked();
                            edit::delete_side(&corpus, &id, (!to.is_empty()).then_some(to.as_str()))
                        }
                    };
                    keep(curator, error, outcome);
                }
            };
            view! {
                <li class="list-item" data-side-id=id.clone()>
                    <ItemControls
                        input_id=input_id
                        label=format!("Name of the side “{}”", s.name)
                        value=name
                        what=s.name.clone()
                        act=Callback::new(act)
                        deleting=deleting
                        move_to=move_to
                        others=others.into_any()
                        move_label="Move its speakers and claims to"
                    />
                </li>
            }
        })
        .collect_view();
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
    let rows = corpus
        .questions
        .iter()
        .map(|q| {
            let corpus = corpus.clone();
            let id = q.id.clone();
            let text = RwSignal::new(q.text.clone());
            let short = q.short.clone();
            let deleting = RwSignal::new(false);
            let move_to = RwSignal::new(String::new());
            let others = corpus
                .questions
                .iter()
                .filter(|o| o.id != id)
                .map(|o| view! { <option value=o.id.clone()>{o.text.clone()}</option> })
                .collect_view();
            let act = {
                let corpus = corpus.clone();
                let id = id.clone();
                move |what: ListAct| {
                    let outcome = match what {
                        ListAct::Rename => {
                            edit::rename_question(&corpus, &id, &text.get_untracked(), &short)
                        }
                        ListAct::Move(by) => edit::move_question(&corpus, &id, by),
                        ListAct::Delete => {
                            let to = move_to.get_untracked();
                            edit::delete_question(
                                &corpus,
                                &id,
                                (!to.is_empty()).then_some(to.as_str()),
                            )
                        }
                    };
                    keep(curator, error, outcome);
                }
            };
            view! {
                <li class="list-item" data-question-id=id.clone()>
                    <ItemControls
                        input_id=format!("question-text-{id}")
                        label=format!("Wording of the question “{}”", q.text)
                        value=text
                        what=q.text.clone()
                        act=Callback::new(act)
                        deleting=deleting
                        move_to=move_to
                        others=others.into_any()
                        move_label="Move its claims to"
                    />
                </li>
            }
        })
        .collect_view();
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
