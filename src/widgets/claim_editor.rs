//! Editing one claim in place, from its card: speaker, side, each question's answer, kind,
//! attribution, summary, and the quote from words selected in the article; or deleting it. The
//! edit is checked by the core before it is kept; a refusal says why and changes nothing. The
//! bundled corpus is read-only: its cards offer an editable copy instead.

use crate::ctx::Ctx;
use crate::curate::{editable, Curator};
use crate::hooks::selection_in_paragraphs;
use crate::keep::Keeper;
use claimscope_core::corpus::{Attribution, Claim, ClaimKind, Corpus};
use claimscope_core::edit::{
    delete_claim, edit_claim, requote_selection, split_at_selection, ClaimForm,
};
use claimscope_core::paste::Answer;
use leptos::prelude::*;
use std::sync::Arc;

/// The "Edit" button of a claim card and the form it opens; nothing outside the explorer.
#[component]
pub fn ClaimEditor(claim_id: String) -> impl IntoView {
    let Some(ctx) = use_context::<Ctx>() else {
        return ().into_any();
    };
    let corpus = ctx.corpus.clone();
    let Some(claim) = corpus.claim(&claim_id).cloned() else {
        return ().into_any();
    };
    let open = RwSignal::new(false);
    let editable = editable();
    let panel = format!("edit-{claim_id}");
    view! {
        <div class="claim-edit">
            <button
                type="button"
                class="edit-claim"
                aria-expanded=move || open.get().to_string()
                aria-controls=panel.clone()
                on:click=move |_| open.update(|o| *o = !*o)
            >
                "Edit"
            </button>
            <div id=panel.clone() class="claim-edit-panel" hidden=move || !open.get()>
                {move || open.get().then(|| {
                    if editable {
                        view! { <EditForm corpus=corpus.clone() claim=claim.clone() open=open /> }.into_any()
                    } else {
                        view! { <CopyOffer corpus=corpus.clone() /> }.into_any()
                    }
                })}
            </div>
        </div>
    }
    .into_any()
}

/// The bundled corpus cannot change: "Make an editable copy".
#[component]
pub fn CopyOffer(corpus: Arc<Corpus>) -> impl IntoView {
    let keeper = StoredValue::new_local(Keeper::new());
    let error = RwSignal::new(None::<String>);
    let copy = move |_| {
        let keeper = keeper.get_value();
        let corpus = corpus.clone();
        leptos::task::spawn_local(async move {
            if let Err(e) = keeper.keep_copy(&corpus).await {
                error.set(Some(format!("No copy was made: {e}")));
            }
        });
    };
    view! {
        <p class="read-only-note">
            "The articles that come with Claimscope are read-only. An editable copy is kept in this browser, and every change to it can be undone."
        </p>
        <button type="button" class="make-copy" on:click=copy>"Make an editable copy"</button>
        {move || error.get().map(|e| view! { <p class="edit-error" role="alert">{e}</p> })}
    }
}

#[component]
fn EditForm(corpus: Arc<Corpus>, claim: Claim, open: RwSignal<bool>) -> impl IntoView {
    let form = RwSignal::new(ClaimForm::of(&claim));
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let confirming = RwSignal::new(false);
    let curator = Curator::new();
    let id = |field: &str| format!("edit-{}-{field}", claim.id);

    // Runs an edit: a refusal or a failed save is said in the form, which stays as it was.
    let run = {
        move |outcome| {
            busy.set(true);
            leptos::task::spawn_local(async move {
                if let Err(why) = curator.keep(outcome).await {
                    error.set(Some(why));
                }
                busy.set(false);
            });
        }
    };

    let speakers = corpus
        .speakers
        .iter()
        .map(|s| {
            let value = s.id.clone();
            let selected = move || form.with(|f| f.speaker == value);
            view! { <option value=s.id.clone() selected=selected>{s.name.clone()}</option> }
        })
        .collect_view();
    let sides = corpus
        .sides
        .iter()
        .map(|s| {
            let value = s.id.clone();
            let selected = move || form.with(|f| f.side == value);
            view! { <option value=s.id.clone() selected=selected>{s.name.clone()}</option> }
        })
        .collect_view();
    let questions = corpus
        .questions
        .iter()
        .map(|q| {
            let qid = q.id.clone();
            let sel_id = id(&format!("q-{}", q.id));
            let options = Answer::ALL
                .into_iter()
                .map(|a| {
                    let qid = qid.clone();
                    let selected = move || form.with(|f| f.answer(&qid) == a);
                    view! { <option value=a.value() selected=selected>{a.label()}</option> }
                })
                .collect_view();
            view! {
                <label for=sel_id.clone()>{q.text.clone()}</label>
                <select
                    id=sel_id
                    on:change=move |ev| {
                        let a = Answer::parse(&event_target_value(&ev));
                        form.update(|f| {
                            f.answers.insert(qid.clone(), a);
                        });
                    }
                >
                    {options}
                </select>
            }
        })
        .collect_view();
    let kinds = ClaimKind::ALL
        .into_iter()
        .map(|k| {
            let selected = move || form.with(|f| f.kind == k);
            view! { <option value=k.as_str() selected=selected>{k.as_str()}</option> }
        })
        .collect_view();
    let attributions = Attribution::ALL
        .into_iter()
        .map(|a| {
            let selected = move || form.with(|f| f.attribution == a);
            view! { <option value=a.as_str() selected=selected>{a.as_str()}</option> }
        })
        .collect_view();

    let side_note = {
        let corpus = corpus.clone();
        move || {
            form.with(|f| {
                let moved = ClaimForm::side_of(&corpus, &f.speaker).is_some_and(|s| s != f.side);
                moved.then(|| {
                    let name = corpus
                        .speaker(&f.speaker)
                        .map_or(f.speaker.clone(), |s| s.name.clone());
                    view! {
                        <p class="hint">
                            {format!("A claim's side is its speaker's: {name} and all their claims move to this side.")}
                        </p>
                    }
                })
            })
        }
    };

    let use_selection = {
        let corpus = corpus.clone();
        let claim_id = claim.id.clone();
        move |_| {
            let selection = selection_in_paragraphs();
            match requote_selection(&corpus, &claim_id, selection.as_ref()) {
                Ok(c) => {
                    error.set(None);
                    form.update(|f| {
                        f.paragraph = c.paragraph;
                        f.start = c.start;
                        f.end = c.end;
                        f.quote = c.quote;
                    });
                }
                Err(why) => error.set(Some(why.to_string())),
            }
        }
    };
    let save = {
        let corpus = corpus.clone();
        let claim = claim.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let after = form.with_untracked(|f| f.to_claim(&corpus, &claim));
            run(edit_claim(&corpus, after));
        }
    };
    let split = {
        let corpus = corpus.clone();
        let claim_id = claim.id.clone();
        move |_| {
            let selection = selection_in_paragraphs();
            run(split_at_selection(&corpus, &claim_id, selection.as_ref()))
        }
    };
    let delete = {
        let corpus = corpus.clone();
        let claim_id = claim.id.clone();
        move |_| run(delete_claim(&corpus, &claim_id))
    };

    view! {
        <form class="claim-form" on:submit=save aria-label="Edit this claim">
            <div class="field">
                <label for=id("speaker")>"Speaker"</label>
                <select
                    id=id("speaker")
                    on:change={
                        let corpus = corpus.clone();
                        move |ev| {
                            let v = event_target_value(&ev);
                            form.update(|f| {
                                if let Some(side) = ClaimForm::side_of(&corpus, &v) {
                                    f.side = side;
                                }
                                f.speaker = v;
                            });
                        }
                    }
                >
                    {speakers}
                </select>
            </div>
            <div class="field">
                <label for=id("side")>"Side"</label>
                <select id=id("side") on:change=move |ev| form.update(|f| f.side = event_target_value(&ev))>
                    {sides}
                </select>
                {side_note}
            </div>
            <fieldset class="field answers">
                <legend>"Questions and stances"</legend>
                {questions}
            </fieldset>
            <div class="field">
                <label for=id("kind")>"Kind"</label>
                <select
                    id=id("kind")
                    on:change=move |ev| {
                        if let Some(k) = ClaimKind::parse(&event_target_value(&ev)) {
                            form.update(|f| f.kind = k);
                        }
                    }
                >
                    {kinds}
                </select>
            </div>
            <div class="field">
                <label for=id("attribution")>"Attribution"</label>
                <select
                    id=id("attribution")
                    on:change=move |ev| {
                        if let Some(a) = Attribution::parse(&event_target_value(&ev)) {
                            form.update(|f| f.attribution = a);
                        }
                    }
                >
                    {attributions}
                </select>
            </div>
            <div class="field">
                <label for=id("summary")>"Summary"</label>
                <textarea
                    id=id("summary")
                    rows="2"
                    prop:value=move || form.with(|f| f.summary.clone())
                    on:input=move |ev| form.update(|f| f.summary = event_target_value(&ev))
                ></textarea>
            </div>
            <div class="field quote-field">
                <span class="field-label">"Quote"</span>
                <blockquote class="quote edit-quote">{move || form.with(|f| f.quote.clone())}</blockquote>
                <button type="button" class="use-selection" on:click=use_selection>"Use the selected words"</button>
                <button type="button" class="split-claim" on:click=split>"Split after the selected words"</button>
                <p class="hint">"Select the exact words in the article (in the Read view), then use them: the quote is always the article's own text. To split the claim in two, select its first part: the rest becomes a new claim."</p>
            </div>
            {move || error.get().map(|e| view! { <p class="edit-error" role="alert">{e}</p> })}
            <div class="form-actions">
                <button type="submit" class="primary" disabled=move || busy.get()>"Save"</button>
                <button type="button" on:click=move |_| open.set(false)>"Cancel"</button>
                <Show
                    when=move || confirming.get()
                    fallback=move || view! {
                        <button type="button" class="danger" on:click=move |_| confirming.set(true)>"Delete…"</button>
                    }
                >
                    <span class="confirm" role="group" aria-label="Confirm deletion">
                        "Delete this claim? It can be undone. "
                        <button type="button" class="danger delete-claim" on:click=delete.clone()>"Delete the claim"</button>
                        <button type="button" on:click=move |_| confirming.set(false)>"Keep it"</button>
                    </span>
                </Show>
            </div>
        </form>
    }
}
