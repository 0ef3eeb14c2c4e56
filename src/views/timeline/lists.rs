//! The Timeline's lists, the accessible version of the drawing and the keyboard's way in: where
//! the zoom is, the periods drawn as bars, the events in order, and those whose date could not
//! be read (each list of events a page at a time).

use super::{event_href, events_words, zoom_href, PAGE};
use crate::ctx::Nav;
use claimscope_core::corpus::{Corpus, PartialDate};
use claimscope_core::views::timeline::{approx_words, path, Density, Events};
use leptos::prelude::*;
use std::sync::Arc;

/// Where the zoom is: every date, then each wider period, then this one.
pub(super) fn zoom_path(nav: Nav, period: PartialDate) -> impl IntoView {
    let steps = path(&period);
    let (current, wider) = steps.split_last().expect("a path holds its period");
    view! {
        <nav class="tl-zoom" aria-label="Period shown">
            <a href=zoom_href(nav, None)>"All dates"</a>
            {wider.iter().map(|&w| view! {
                <span aria-hidden="true">" › "</span>
                <a href=zoom_href(nav, Some(w))>{w.long()}</a>
            }).collect_view()}
            <span aria-hidden="true">" › "</span>
            <span aria-current="location">{current.long()}</span>
        </nav>
    }
}

/// The periods drawn as bars, for the keyboard and assistive technology: each a link that zooms
/// into it, with its count.
pub(super) fn period_list(nav: Nav, dens: &Density) -> impl IntoView {
    view! {
        <h3 class="tl-list-heading">"The events by period"</h3>
        <ul class="tl-periods">
            {dens.bars.iter().map(|b| view! {
                <li>
                    <a href=zoom_href(nav, Some(b.period))>{b.period.long()}</a>
                    <span class="tl-count">{format!(": {}", events_words(b.count))}</span>
                </li>
            }).collect_view()}
        </ul>
    }
}

/// One event in the list: date in words (saying when it is approximate), label as a link to its
/// sentence, outlet.
pub(super) fn event_item(
    corpus: &Corpus,
    nav: Nav,
    i: usize,
    events: &Events,
    active: RwSignal<Option<usize>>,
) -> impl IntoView {
    let e = &corpus.events[i];
    let d = events.date(i);
    let approx = d.as_ref().and_then(approx_words);
    let when = d.map_or_else(|| e.date.clone(), |d| d.long());
    let outlet = corpus
        .article(&e.article)
        .map(|a| a.outlet.clone())
        .unwrap_or_default();
    let href = {
        let e = e.clone();
        move || event_href(nav, &e)
    };
    view! {
        <li
            class="tl-item"
            class:active=move || active.get() == Some(i)
            class:approx=approx.is_some()
            data-event-id=e.id.clone()
            on:mouseenter=move |_| active.set(Some(i))
            on:mouseleave=move |_| active.set(None)
        >
            <span class="tl-when">
                <time datetime=e.date.clone()>{when}</time>
                {approx.map(|w| view! { <span class="tl-approx">{format!(" ({w})")}</span> })}
            </span>
            <a
                class="tl-link"
                href=href
                on:focus=move |_| active.set(Some(i))
                on:blur=move |_| active.set(None)
            >
                {e.label.clone()}
            </a>
            {(!outlet.is_empty()).then(|| view! { <span class="tl-outlet">{outlet}</span> })}
        </li>
    }
}

/// Events whose date is not understood: listed (a page at a time), never drawn.
pub(super) fn undated_list(corpus: &Arc<Corpus>, nav: Nav, undated: &[usize]) -> impl IntoView {
    (!undated.is_empty()).then(|| {
        let corpus = corpus.clone();
        let undated = undated.to_vec();
        let total = undated.len();
        let shown = RwSignal::new(PAGE);
        let items = move || {
            undated
                .iter()
                .take(shown.get())
                .map(|&i| {
                    let e = &corpus.events[i];
                    view! {
                        <li class="tl-item" data-event-id=e.id.clone()>
                            <span class="tl-when">{format!("“{}”", e.date)}</span>
                            <a class="tl-link" href=event_href(nav, e)>{e.label.clone()}</a>
                        </li>
                    }
                })
                .collect_view()
        };
        view! {
            <h3 class="tl-list-heading">"Events whose date could not be read"</h3>
            <ul class="tl-list tl-undated">{items}</ul>
            <Show when=move || { total > shown.get() }>
                <button type="button" class="more" on:click=move |_| shown.update(|n| *n += PAGE)>
                    {move || format!("Show {} more", (total - shown.get()).min(PAGE))}
                </button>
            </Show>
        }
    })
}
