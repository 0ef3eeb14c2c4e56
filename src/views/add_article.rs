//! Add an article by pasting its text: the page's text and its metadata go in, "Find claims"
//! lists the candidate claims [`propose`](claimscope_core::paste::propose) finds, each with its
//! paragraph (the candidate marked, rendered as text), a suggested speaker and side, the corpus's
//! questions, kind and attribution; the person keeps or drops each one, and "Save" hands the new
//! corpus (checked by [`add_article`](claimscope_core::paste::add_article)) to `on_save`.
//! Problems are listed in words and nothing is saved.
//!
//! A long paste is read a paragraph at a time in parts ([`use_in_parts`]), with its progress in
//! words, so the page answers input throughout; candidates are shown [`PAGE`] at a time, and
//! "Show more" adds the next ones without redrawing those shown.
//!
//! The component only renders and composes: the candidates under review, what each choice means,
//! saving and every text shown are [`claimscope_core::paste`]'s ([`review`], [`save_review`],
//! [`ReviewOptions`], [`ReviewStatus`]); storage and navigation are the caller's.

use crate::hooks::{use_in_parts, use_step_a_task};
use crate::widgets::marked::marked;
use claimscope_core::corpus::{Attribution, ClaimKind, Corpus};
use claimscope_core::paste::{candidate_field_id, Answer, Choices, ReviewItem, Reviewer};
use claimscope_core::paste::{kept_heading, save_review, set_aside_heading, ArticleMeta, Pasted};
use claimscope_core::paste::{ReviewOptions, ReviewStatus, NEW_CHOICE};
use claimscope_core::text::{count, line_utf16, Segmenter};
use leptos::prelude::*;
use std::collections::BTreeMap;
use std::sync::Arc;

/// Candidates shown at once, and added by "Show more".
const PAGE: usize = 20;

/// Lines of a paste classified in one step of its segmentation.
const SEGMENT_LINES: usize = 200;

/// Candidates drawn in one task: each is a form of its own, and twenty at once took 110 ms.
const DRAW: usize = 4;

/// One candidate under review and a signal for each of its [`Choices`].
#[derive(Clone)]
struct Row {
    /// The "Find claims" it came from.
    generation: usize,
    item: ReviewItem,
    /// The line of the pasted text it starts on.
    line: Option<usize>,
    keep: RwSignal<bool>,
    /// A speaker id of the corpus, or [`NEW_CHOICE`].
    speaker: RwSignal<String>,
    new_name: RwSignal<String>,
    new_role: RwSignal<String>,
    /// For a new speaker: a side id of the corpus, or [`NEW_CHOICE`].
    side: RwSignal<String>,
    new_side: RwSignal<String>,
    answers: RwSignal<BTreeMap<String, Answer>>,
    kind: RwSignal<ClaimKind>,
    attribution: RwSignal<Attribution>,
    summary: RwSignal<String>,
}

impl Row {
    fn new(generation: usize, item: ReviewItem, line: Option<usize>) -> Row {
        let c = item.suggested.clone();
        Row {
            generation,
            item,
            line,
            keep: RwSignal::new(c.keep),
            speaker: RwSignal::new(c.speaker),
            new_name: RwSignal::new(c.new_name),
            new_role: RwSignal::new(c.new_role),
            side: RwSignal::new(c.side),
            new_side: RwSignal::new(c.new_side),
            answers: RwSignal::new(c.answers),
            kind: RwSignal::new(c.kind),
            attribution: RwSignal::new(c.attribution),
            summary: RwSignal::new(c.summary),
        }
    }

    /// The choices as they stand.
    fn choices(&self) -> Choices {
        Choices {
            keep: self.keep.get_untracked(),
            speaker: self.speaker.get_untracked(),
            new_name: self.new_name.get_untracked(),
            new_role: self.new_role.get_untracked(),
            side: self.side.get_untracked(),
            new_side: self.new_side.get_untracked(),
            answers: self.answers.get_untracked(),
            kind: self.kind.get_untracked(),
            attribution: self.attribution.get_untracked(),
            summary: self.summary.get_untracked(),
        }
    }
}

#[component]
pub fn AddArticle(corpus: Arc<Corpus>, #[prop(into)] on_save: Callback<Corpus>) -> impl IntoView {
    let raw = RwSignal::new(String::new());
    let title = RwSignal::new(String::new());
    let outlet = RwSignal::new(String::new());
    let published = RwSignal::new(String::new());
    let url = RwSignal::new(String::new());
    let pasted: RwSignal<Option<Arc<Pasted>>> = RwSignal::new(None);
    // Lines of the paste a person keeps as text, though they looked like page furniture.
    let kept: RwSignal<Vec<usize>> = RwSignal::new(Vec::new());
    let textarea = NodeRef::<leptos::html::Textarea>::new();
    let rows: RwSignal<Vec<Row>> = RwSignal::new(Vec::new());
    // Each "Find claims" is a new generation: rows of an older one are not reused.
    let generation = RwSignal::new(0usize);
    let status = RwSignal::new(ReviewStatus::Idle);
    let owner = Owner::current();

    let shown = RwSignal::new(PAGE);
    // The candidates drawn so far: they catch up with those to show, a few a task.
    let drawn = RwSignal::new(0usize);
    let drawing = StoredValue::new(false);
    Effect::new(move |_| {
        let target = rows.with(Vec::len).min(shown.get());
        if drawn.get_untracked() > target {
            drawn.set(target);
        }
        if drawn.get_untracked() < target && !drawing.get_value() {
            drawing.set_value(true);
            use_step_a_task(move || {
                let target = rows.with_untracked(Vec::len).min(shown.get_untracked());
                let now = drawn.get_untracked();
                if now >= target {
                    drawing.set_value(false);
                    return true;
                }
                drawn.set((now + DRAW).min(target));
                false
            });
        }
    });

    // Reads the paste in parts: the rows grow as paragraphs are read, the status says how far it
    // is, and a newer "Find claims" stops an older one.
    let find = {
        let corpus = corpus.clone();
        Callback::new(move |()| {
            let meta = ArticleMeta {
                title: title.get_untracked(),
                outlet: outlet.get_untracked(),
                published: published.get_untracked(),
                url: url.get_untracked(),
            };
            let text = raw.get_untracked();
            generation.update(|g| *g += 1);
            let g = generation.get_untracked();
            rows.set(Vec::new());
            shown.set(PAGE);
            pasted.set(None);
            let keeping = kept.get_untracked();
            let mut reviewer = Reviewer::default();
            let mut segmenter: Option<Segmenter> = None;
            let mut built: Option<Arc<Pasted>> = None;
            status.set(ReviewStatus::Finding {
                read: 0,
                of: 0,
                found: 0,
            });
            let corpus = corpus.clone();
            let owner = owner.clone();
            let mut since_status = 0usize;
            use_in_parts(move || {
                if generation.get_untracked() != g {
                    return true;
                }
                // First the text is split into paragraphs, a few hundred lines a step (the click
                // only starts it); then the paragraphs are read.
                let Some(a) = built.clone() else {
                    let s = segmenter.get_or_insert_with(|| {
                        Segmenter::new(&text).titled(&meta.title).keeping(&keeping)
                    });
                    if s.classify(&text, SEGMENT_LINES) {
                        let seg = segmenter
                            .take()
                            .map(|s| s.finish(&text))
                            .unwrap_or_default();
                        let a = Arc::new(Pasted::new(&corpus, &meta, seg));
                        status.set(reviewer.progress(&a.article));
                        built = Some(a);
                    }
                    return false;
                };
                let items = reviewer.next_paragraph(&corpus, &a.article);
                if !items.is_empty() {
                    let make = || {
                        items
                            .into_iter()
                            .map(|i| {
                                let line = a.line_of(&i.candidate);
                                Row::new(g, i, line)
                            })
                            .collect::<Vec<_>>()
                    };
                    // The rows' signals belong to the form, not to the click.
                    let new_rows = match &owner {
                        Some(o) => o.with(make),
                        None => make(),
                    };
                    rows.update(|rs| rs.extend(new_rows));
                }
                if reviewer.is_done(&a.article) {
                    status.set(ReviewStatus::Found(rows.with_untracked(Vec::len)));
                    pasted.set(Some(a.clone()));
                    return true;
                }
                since_status += 1;
                if since_status >= 25 {
                    since_status = 0;
                    status.set(reviewer.progress(&a.article));
                }
                false
            });
        })
    };

    let save = {
        let corpus = corpus.clone();
        move |_| {
            let Some(a) = pasted.get_untracked() else {
                return;
            };
            let (saved, new) = rows.with_untracked(|rs| {
                let items: Vec<(&ReviewItem, Choices)> =
                    rs.iter().map(|r| (&r.item, r.choices())).collect();
                save_review(&corpus, a.article.clone(), &items)
            });
            status.set(saved);
            if let Some(new) = new {
                on_save.run(new);
            }
        }
    };

    // A candidate's line, selected in the pasted text.
    let show_line = Callback::new(move |line: usize| {
        let Some(el) = textarea.get_untracked() else {
            return;
        };
        if let Some((a, b)) = raw.with_untracked(|t| line_utf16(t, line)) {
            let _ = el.focus();
            let _ = el.set_selection_range(a, b);
        }
    });

    // What the paste set aside, each with "Keep as text", and what the person kept.
    let set_aside_view = move || {
        let p = pasted.get()?;
        let aside = p.set_aside();
        let keeping = kept.get();
        if aside.is_empty() && keeping.is_empty() {
            return None;
        }
        let heading = set_aside_heading(aside.len());
        let items = aside
            .into_iter()
            .map(|s| {
                let line = s.line;
                view! {
                    <li>
                        <span class="line">{s.label()}</span>
                        " "
                        <q>{s.text}</q>
                        " "
                        <button
                            type="button"
                            on:click=move |_| {
                                kept.update(|k| k.push(line));
                                find.run(());
                            }
                        >
                            "Keep as text"
                        </button>
                    </li>
                }
            })
            .collect_view();
        let kept_view = (!keeping.is_empty()).then(|| {
            view! {
                <p class="kept">
                    {format!("{} ({}). ", kept_heading(keeping.len()), keeping.iter().map(|l| format!("line {l}")).collect::<Vec<_>>().join(", "))}
                    <button
                        type="button"
                        on:click=move |_| {
                            kept.set(Vec::new());
                            find.run(());
                        }
                    >
                        "Set them aside again"
                    </button>
                </p>
            }
        });
        Some(view! {
            <details class="set-aside">
                <summary>{heading}</summary>
                <ul>{items}</ul>
                {kept_view}
            </details>
        })
    };

    let options = ReviewOptions::new(&corpus);
    let visible = move || rows.with(|rs| rs.iter().take(drawn.get()).cloned().collect::<Vec<_>>());
    let hidden = move || rows.with(Vec::len).saturating_sub(shown.get());

    let status_view = move || {
        let s = status.get();
        let message = s.message().unwrap_or_default();
        match s {
            ReviewStatus::Idle => ().into_any(),
            ReviewStatus::Finding { .. } | ReviewStatus::Found(_) => {
                view! { <p class="status">{message}</p> }.into_any()
            }
            ReviewStatus::Saved(_) => view! { <p class="status ok">{message}</p> }.into_any(),
            ReviewStatus::Problems(ps) => view! {
                <div class="status problems" role="alert">
                    <p>"Nothing was saved:"</p>
                    <ul>{ps.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                </div>
            }
            .into_any(),
        }
    };

    let text_input =
        |id: &'static str, label: &'static str, hint: &'static str, sig: RwSignal<String>| {
            view! {
                <label for=id>{label}</label>
                <input
                    id=id
                    type="text"
                    placeholder=hint
                    prop:value=move || sig.get()
                    on:input=move |ev| sig.set(event_target_value(&ev))
                />
            }
        };

    view! {
        <section class="add-article" aria-labelledby="add-article-heading">
            <h2 id="add-article-heading">"Add an article"</h2>
            <div class="add-article-meta">
                {text_input("add-title", "Title", "empty: the headline in the text", title)}
                {text_input("add-outlet", "Outlet", "e.g. VOA", outlet)}
                {text_input("add-published", "Published", "YYYY-MM-DD or YYYY-MM", published)}
                {text_input("add-url", "Address", "https://…", url)}
            </div>
            <label for="add-text">"The article's text, pasted"</label>
            <textarea
                id="add-text"
                rows="12"
                node_ref=textarea
                prop:value=move || raw.get()
                on:input=move |ev| {
                    raw.set(event_target_value(&ev));
                    // Lines kept as text were lines of the text before this change.
                    kept.set(Vec::new());
                }
            ></textarea>
            <div class="actions">
                <button type="button" class="find" on:click=move |_| find.run(())>"Find claims"</button>
                <button
                    type="button"
                    class="save"
                    disabled=move || pasted.with(Option::is_none)
                    on:click=save
                >
                    "Save"
                </button>
            </div>
            <div aria-live="polite">{status_view}</div>
            {set_aside_view}
            <ol class="candidates">
                <For
                    each=visible
                    key=|r: &Row| (r.generation, r.item.n)
                    children=move |r: Row| candidate_view(&options, r, show_line)
                />
            </ol>
            <Show when=move || { hidden() > 0 }>
                <p class="more">
                    <button type="button" on:click=move |_| shown.update(|n| *n += PAGE)>
                        {move || {
                            let left = hidden();
                            format!("Show {} more of {}", left.min(PAGE), count(left, "candidate"))
                        }}
                    </button>
                </p>
            </Show>
        </section>
    }
}

/// One candidate: its paragraph with the span marked, keep, speaker, side, questions, kind,
/// attribution and summary.
fn candidate_view(options: &ReviewOptions, r: Row, show_line: Callback<usize>) -> impl IntoView {
    let n = r.item.n;
    let generation = r.generation;
    let id = move |what: &str| candidate_field_id(generation, n, what);
    let how = r.item.how();
    let refers = r
        .item
        .refers()
        .map(|text| view! { <span class="refers">{text}</span> });
    let Row {
        keep,
        speaker,
        new_name,
        new_role,
        side,
        new_side,
        answers,
        kind,
        attribution,
        summary,
        ..
    } = r.clone();

    let speaker_options = options
        .speakers
        .iter()
        .map(|(id, label)| {
            let value = id.clone();
            let selected = move || speaker.with(|v| *v == value);
            view! { <option value=id.clone() selected=selected>{label.clone()}</option> }
        })
        .collect_view();
    // Drawn again each time the new speaker's fields are shown.
    let sides = options.sides.clone();
    let side_options = move || {
        sides
            .iter()
            .map(|(id, name)| {
                let value = id.clone();
                let selected = move || side.with(|v| *v == value);
                view! { <option value=id.clone() selected=selected>{name.clone()}</option> }
            })
            .collect_view()
    };
    let existing_side = {
        let sides = options.speaker_sides.clone();
        move || ReviewOptions::side_of(&sides, &speaker.get())
    };
    let is_new = move || speaker.with(|s| s == NEW_CHOICE);
    let side_is_new = move || side.with(|s| s == NEW_CHOICE);

    let questions = options
        .questions
        .iter()
        .map(|(qid, label, text)| {
            let qid = qid.clone();
            let sel_id = format!("{}-{}", id("q"), qid);
            let options = Answer::ALL
                .into_iter()
                .map(|a| {
                    let qid = qid.clone();
                    let selected =
                        move || answers.with(|m| m.get(&qid).copied().unwrap_or(Answer::None) == a);
                    view! { <option value=a.value() selected=selected>{a.label()}</option> }
                })
                .collect_view();
            view! {
                <label for=sel_id.clone() title=text.clone()>{label.clone()}</label>
                <select
                    id=sel_id
                    on:change=move |ev| {
                        let a = Answer::parse(&event_target_value(&ev));
                        answers.update(|m| {
                            m.insert(qid.clone(), a);
                        });
                    }
                >
                    {options}
                </select>
            }
        })
        .collect_view();

    view! {
        <li class="candidate" class:dropped=move || !keep.get() data-pattern=r.item.candidate.pattern.label()>
            <p class="context">{marked(&r.item.text, &[r.item.bytes])}</p>
            <p class="how">
                {how}
                {refers}
                {r.line.map(|line| view! {
                    " · "
                    <button type="button" class="line-link" on:click=move |_| show_line.run(line)>
                        {format!("line {line} of the text")}
                    </button>
                })}
            </p>
            <label class="keep">
                <input
                    type="checkbox"
                    prop:checked=move || keep.get()
                    on:change=move |ev| keep.set(event_target_checked(&ev))
                />
                " Keep"
            </label>
            <div class="who">
                <label for=id("speaker")>"Speaker"</label>
                <select id=id("speaker") on:change=move |ev| speaker.set(event_target_value(&ev))>
                    {speaker_options}
                    <option value=NEW_CHOICE selected=is_new>"New speaker…"</option>
                </select>
                <Show when=is_new fallback=move || view! { <span class="side">{existing_side.clone()}</span> }>
                    <label for=id("name")>"Name"</label>
                    <input
                        id=id("name")
                        type="text"
                        prop:value=move || new_name.get()
                        on:input=move |ev| new_name.set(event_target_value(&ev))
                    />
                    <label for=id("role")>"Role"</label>
                    <input
                        id=id("role")
                        type="text"
                        prop:value=move || new_role.get()
                        on:input=move |ev| new_role.set(event_target_value(&ev))
                    />
                    <label for=id("side")>"Side"</label>
                    <select id=id("side") on:change=move |ev| side.set(event_target_value(&ev))>
                        {side_options.clone()}
                        <option value=NEW_CHOICE selected=side_is_new>"New side…"</option>
                    </select>
                    <Show when=side_is_new>
                        <label for=id("new-side")>"New side's name"</label>
                        <input
                            id=id("new-side")
                            type="text"
                            prop:value=move || new_side.get()
                            on:input=move |ev| new_side.set(event_target_value(&ev))
                        />
                    </Show>
                </Show>
            </div>
            <fieldset class="questions">
                <legend>"Questions it speaks to"</legend>
                {questions}
            </fieldset>
            <div class="what">
                {enum_select(id("kind"), "Kind", &ClaimKind::ALL, ClaimKind::as_str, ClaimKind::parse, kind)}
                {enum_select(id("attribution"), "Attribution", &Attribution::ALL, Attribution::as_str, Attribution::parse, attribution)}
                <label for=id("summary")>"Summary (optional)"</label>
                <input
                    id=id("summary")
                    type="text"
                    prop:value=move || summary.get()
                    on:input=move |ev| summary.set(event_target_value(&ev))
                />
            </div>
        </li>
    }
}

/// A labelled `<select>` of every value of a small enum, showing and setting `value`.
fn enum_select<T>(
    id: String,
    label: &'static str,
    all: &[T],
    name: fn(T) -> &'static str,
    parse: fn(&str) -> Option<T>,
    value: RwSignal<T>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let options = all
        .iter()
        .map(|&v| view! { <option value=name(v) selected=move || value.get() == v>{name(v)}</option> })
        .collect_view();
    view! {
        <label for=id.clone()>{label}</label>
        <select
            id=id
            on:change=move |ev| {
                if let Some(v) = parse(&event_target_value(&ev)) {
                    value.set(v);
                }
            }
        >
            {options}
        </select>
    }
}
