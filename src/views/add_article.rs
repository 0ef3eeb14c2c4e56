//! Add an article by pasting its text: the page's text and its metadata go in, "Find claims"
//! lists the candidate claims [`propose`] finds, each with its paragraph (the candidate marked,
//! rendered as text), a suggested speaker and side, the corpus's questions, kind and
//! attribution; the person keeps or drops each one, and "Save" hands the new corpus (checked by
//! [`add_article`]) to `on_save`. Problems are listed in words and nothing is saved.
//!
//! The component only composes: storage and navigation are the caller's.

use crate::widgets::marked::marked;
use claimscope_core::corpus::{Article, Attribution, ClaimKind, Corpus, Stance};
use claimscope_core::paste::{
    add_article, new_article, ArticleMeta, Confirmed, SideChoice, SpeakerChoice,
};
use claimscope_core::paste::{propose, Candidate};
use claimscope_core::paste::{suggest, suggest_side, Suggestion};
use claimscope_core::validate::Problem;
use leptos::prelude::*;
use std::collections::BTreeMap;
use std::sync::Arc;

/// The value of the "new speaker" and "new side" options.
const NEW: &str = "\u{0}new";

/// What a candidate says about one question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Answer {
    /// Not about this question.
    None,
    /// About it, without a yes or no.
    About,
    Stance(Stance),
}

impl Answer {
    const ALL: [Answer; 5] = [
        Answer::None,
        Answer::About,
        Answer::Stance(Stance::Yes),
        Answer::Stance(Stance::No),
        Answer::Stance(Stance::Mixed),
    ];

    fn value(self) -> &'static str {
        match self {
            Answer::None => "",
            Answer::About => "about",
            Answer::Stance(s) => s.as_str(),
        }
    }

    fn label(self) -> &'static str {
        match self {
            Answer::None => "—",
            Answer::About => "about it, no stance",
            Answer::Stance(Stance::Yes) => "yes",
            Answer::Stance(Stance::No) => "no",
            Answer::Stance(Stance::Mixed) => "mixed",
        }
    }

    fn parse(s: &str) -> Answer {
        Answer::ALL
            .into_iter()
            .find(|a| a.value() == s)
            .unwrap_or(Answer::None)
    }
}

/// One candidate and what the person chose for it.
#[derive(Clone)]
struct Row {
    n: usize,
    candidate: Candidate,
    /// The paragraph's text.
    text: String,
    /// The candidate's byte range in `text`.
    bytes: (usize, usize),
    keep: RwSignal<bool>,
    /// A speaker id of the corpus, or [`NEW`].
    speaker: RwSignal<String>,
    new_name: RwSignal<String>,
    new_role: RwSignal<String>,
    /// For a new speaker: a side id of the corpus, or [`NEW`].
    side: RwSignal<String>,
    new_side: RwSignal<String>,
    answers: RwSignal<BTreeMap<String, Answer>>,
    kind: RwSignal<ClaimKind>,
    attribution: RwSignal<Attribution>,
    summary: RwSignal<String>,
}

impl Row {
    fn new(n: usize, corpus: &Corpus, article: &Article, c: Candidate) -> Row {
        let text = article
            .paragraph(&c.paragraph)
            .map(|p| p.text.clone())
            .unwrap_or_default();
        let byte = |chars: usize| {
            text.char_indices()
                .map(|(i, _)| i)
                .chain(std::iter::once(text.len()))
                .nth(chars)
                .unwrap_or(text.len())
        };
        let bytes = (byte(c.start), byte(c.end));
        let (speaker, name, role, side) = match suggest(&corpus.speakers, c.speaker_name()) {
            Suggestion::Existing { id, side } => (id, String::new(), String::new(), side),
            Suggestion::New { name, role, .. } => {
                let side = suggest_side(&corpus.sides, c.speaker_name())
                    .map_or_else(|| NEW.to_owned(), |s| s.id.clone());
                (NEW.to_owned(), name, role, side)
            }
        };
        Row {
            n,
            kind: RwSignal::new(c.kind()),
            attribution: RwSignal::new(c.attribution()),
            candidate: c,
            text,
            bytes,
            keep: RwSignal::new(true),
            speaker: RwSignal::new(speaker),
            new_name: RwSignal::new(name),
            new_role: RwSignal::new(role),
            side: RwSignal::new(side),
            new_side: RwSignal::new(String::new()),
            answers: RwSignal::new(BTreeMap::new()),
            summary: RwSignal::new(String::new()),
        }
    }

    /// The claim as confirmed.
    fn confirmed(&self) -> Confirmed {
        let speaker = self.speaker.get_untracked();
        let speaker = if speaker == NEW {
            let side = self.side.get_untracked();
            let side = if side == NEW {
                SideChoice::New(self.new_side.get_untracked())
            } else {
                SideChoice::Existing(side)
            };
            let name = self.new_name.get_untracked();
            SpeakerChoice::New {
                id: String::new(),
                name,
                role: self.new_role.get_untracked(),
                side,
            }
        } else {
            SpeakerChoice::Existing(speaker)
        };
        let answers = self.answers.get_untracked();
        let questions = answers
            .iter()
            .filter(|(_, a)| **a != Answer::None)
            .map(|(q, _)| q.clone())
            .collect();
        let stance = answers
            .iter()
            .filter_map(|(q, a)| match a {
                Answer::Stance(s) => Some((q.clone(), *s)),
                _ => None,
            })
            .collect();
        Confirmed {
            paragraph: self.candidate.paragraph.clone(),
            start: self.candidate.start,
            end: self.candidate.end,
            speaker,
            questions,
            stance,
            kind: self.kind.get_untracked(),
            attribution: self.attribution.get_untracked(),
            summary: self.summary.get_untracked(),
        }
    }
}

/// A problem in words; a path into the new claims names the kept candidate instead.
fn problem_text(p: &Problem, first_claim: usize, kept: &[usize]) -> String {
    let claim = p
        .path
        .strip_prefix("claims[")
        .and_then(|r| r.split_once(']'))
        .and_then(|(n, rest)| Some((n.parse::<usize>().ok()?, rest)));
    match claim {
        Some((i, rest)) if i >= first_claim && i - first_claim < kept.len() => {
            let field = rest.trim_start_matches('.');
            let field = if field.is_empty() {
                String::new()
            } else {
                format!(" ({field})")
            };
            format!("Candidate {}{field}: {}", kept[i - first_claim], p.message)
        }
        _ => p.to_string(),
    }
}

/// What the form last did.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Status {
    Idle,
    Found(usize),
    Saved(usize),
    Problems(Vec<String>),
}

#[component]
pub fn AddArticle(corpus: Arc<Corpus>, #[prop(into)] on_save: Callback<Corpus>) -> impl IntoView {
    let raw = RwSignal::new(String::new());
    let title = RwSignal::new(String::new());
    let outlet = RwSignal::new(String::new());
    let published = RwSignal::new(String::new());
    let url = RwSignal::new(String::new());
    let article: RwSignal<Option<Arc<Article>>> = RwSignal::new(None);
    let rows: RwSignal<Vec<Row>> = RwSignal::new(Vec::new());
    // Each "Find claims" is a new generation: rows of an older one are not reused.
    let generation = RwSignal::new(0usize);
    let status = RwSignal::new(Status::Idle);
    let owner = Owner::current();

    let find = {
        let corpus = corpus.clone();
        move |_| {
            let meta = ArticleMeta {
                title: title.get_untracked(),
                outlet: outlet.get_untracked(),
                published: published.get_untracked(),
                url: url.get_untracked(),
            };
            let a = raw.with_untracked(|r| new_article(&corpus, &meta, r));
            let candidates = propose(&a);
            let make = || {
                candidates
                    .into_iter()
                    .enumerate()
                    .map(|(i, c)| Row::new(i + 1, &corpus, &a, c))
                    .collect::<Vec<_>>()
            };
            // The rows' signals belong to the form, not to the click.
            let new_rows = match &owner {
                Some(o) => o.with(make),
                None => make(),
            };
            status.set(Status::Found(new_rows.len()));
            generation.update(|g| *g += 1);
            rows.set(new_rows);
            article.set(Some(Arc::new(a)));
        }
    };

    let save = {
        let corpus = corpus.clone();
        move |_| {
            let Some(a) = article.get_untracked() else {
                return;
            };
            let kept: Vec<Row> = rows.with_untracked(|rs| {
                rs.iter()
                    .filter(|r| r.keep.get_untracked())
                    .cloned()
                    .collect()
            });
            let confirmed: Vec<Confirmed> = kept.iter().map(Row::confirmed).collect();
            let numbers: Vec<usize> = kept.iter().map(|r| r.n).collect();
            match add_article(&corpus, (*a).clone(), &confirmed) {
                Ok(new) => {
                    status.set(Status::Saved(confirmed.len()));
                    on_save.run(new);
                }
                Err(problems) => status.set(Status::Problems(
                    problems
                        .iter()
                        .map(|p| problem_text(p, corpus.claims.len(), &numbers))
                        .collect(),
                )),
            }
        }
    };

    let corpus_for_rows = corpus.clone();
    let list = move || {
        let g = generation.get();
        let corpus = corpus_for_rows.clone();
        rows.get()
            .into_iter()
            .map(|r| candidate_view(&corpus, g, r))
            .collect_view()
    };

    let status_view = move || {
        match status.get() {
        Status::Idle => ().into_any(),
        Status::Found(0) => view! {
            <p class="status">"No candidate claims found. Check that the text has paragraphs separated by blank lines."</p>
        }
        .into_any(),
        Status::Found(n) => view! {
            <p class="status">{format!("{n} candidate claim{} found. Keep, drop and assign each, then save.", if n == 1 { "" } else { "s" })}</p>
        }
        .into_any(),
        Status::Saved(n) => view! {
            <p class="status ok">{format!("Saved: the article and {n} claim{} were added.", if n == 1 { "" } else { "s" })}</p>
        }
        .into_any(),
        Status::Problems(ps) => view! {
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
                prop:value=move || raw.get()
                on:input=move |ev| raw.set(event_target_value(&ev))
            ></textarea>
            <div class="actions">
                <button type="button" class="find" on:click=find>"Find claims"</button>
                <button
                    type="button"
                    class="save"
                    disabled=move || article.with(Option::is_none)
                    on:click=save
                >
                    "Save"
                </button>
            </div>
            <div aria-live="polite">{status_view}</div>
            <ol class="candidates">{list}</ol>
        </section>
    }
}

/// One candidate: its paragraph with the span marked, keep, speaker, side, questions, kind,
/// attribution and summary.
fn candidate_view(corpus: &Corpus, generation: usize, r: Row) -> impl IntoView {
    let n = r.n;
    let id = move |what: &str| format!("cand-{generation}-{n}-{what}");
    let c = &r.candidate;
    let how = format!(
        "{} · “{}” {} · {}% sure",
        c.pattern.label(),
        c.speaker,
        if c.verb.is_empty() {
            "(continued)"
        } else {
            c.verb.as_str()
        },
        c.confidence
    );
    let refers = c.refers_to.as_ref().map(
        |n| view! { <span class="refers">{format!(" (“{}” taken as {n})", c.speaker)}</span> },
    );
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

    let speaker_options = corpus
        .speakers
        .iter()
        .map(|s| {
            let side_name = corpus.side(&s.side).map_or(s.side.as_str(), |x| x.name.as_str());
            let value = s.id.clone();
            let selected = move || speaker.with(|v| *v == value);
            view! { <option value=s.id.clone() selected=selected>{format!("{} ({side_name})", s.name)}</option> }
        })
        .collect_view();
    // Drawn again each time the new speaker's fields are shown.
    let sides: Vec<(String, String)> = corpus
        .sides
        .iter()
        .map(|s| (s.id.clone(), s.name.clone()))
        .collect();
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
        let sides: Vec<(String, String, String)> = corpus
            .speakers
            .iter()
            .map(|s| {
                let name = corpus
                    .side(&s.side)
                    .map_or(s.side.clone(), |x| x.name.clone());
                (s.id.clone(), s.side.clone(), name)
            })
            .collect();
        move || {
            let sp = speaker.get();
            sides
                .iter()
                .find(|(id, _, _)| *id == sp)
                .map(|(_, _, name)| format!("Side: {name} (the speaker's)"))
        }
    };
    let is_new = move || speaker.with(|s| s == NEW);
    let side_is_new = move || side.with(|s| s == NEW);

    let questions = corpus
        .questions
        .iter()
        .map(|q| {
            let qid = q.id.clone();
            let sel_id = format!("{}-{}", id("q"), q.id);
            let label = if q.short.is_empty() {
                q.text.clone()
            } else {
                q.short.clone()
            };
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
                <label for=sel_id.clone() title=q.text.clone()>{label}</label>
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
        <li class="candidate" class:dropped=move || !keep.get() data-pattern=c.pattern.label()>
            <p class="context">{marked(&r.text, &[r.bytes])}</p>
            <p class="how">{how}{refers}</p>
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
                    <option value=NEW selected=is_new>"New speaker…"</option>
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
                        <option value=NEW selected=side_is_new>"New side…"</option>
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_name_the_kept_candidate() {
        let p = Problem {
            path: "claims[34].speaker".into(),
            message: "no such speaker".into(),
        };
        assert_eq!(
            problem_text(&p, 33, &[2, 5]),
            "Candidate 5 (speaker): no such speaker"
        );
        let p = Problem {
            path: "articles[2].published".into(),
            message: "the date is empty".into(),
        };
        assert_eq!(
            problem_text(&p, 33, &[2, 5]),
            "articles[2].published: the date is empty"
        );
    }

    #[test]
    fn answers_round_trip_through_their_values() {
        for a in Answer::ALL {
            assert_eq!(Answer::parse(a.value()), a);
        }
    }
}
