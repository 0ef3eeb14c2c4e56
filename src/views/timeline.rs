//! The Timeline view: the corpus's dated events drawn to scale on a time axis, broken (and drawn
//! broken) where years pass without events, and listed in order below it.
//!
//! The drawing is for the eye: it is hidden from assistive technology, and its marks are links
//! for the mouse only. The numbered list below it is the accessible version and the keyboard's
//! way in; each item links to the event's sentence in the Read view. Marks and items share their
//! number, and pointing at (or focusing) either lights up both.
//!
//! More events than a drawing can show one by one ([`MAX_MARKS`]) are drawn as their density:
//! a bar a period, each a link that zooms into its period (`period=` in the link), and listed as
//! periods for the keyboard. The list of events is paged, so thousands of events never mean a
//! page of thousands of items.

mod drawing;
mod lists;

use crate::ctx::{Ctx, Nav};
use crate::hooks::use_element_width;
use claimscope_core::corpus::{Event, PartialDate};
use claimscope_core::state::{self, ViewState};
use claimscope_core::text::{plural_s, thousands};
use claimscope_core::views::timeline::{
    density, density_words, layout, Density, Events, Timeline, MAX_MARKS,
};
use drawing::{density_drawing, marks_drawing, PAD_X};
use leptos::html::Div;
use leptos::prelude::*;
use lists::{event_item, period_list, undated_list, zoom_path};
use std::cell::Cell;
use std::sync::Arc;

/// The width drawn before the page could be measured, px.
const DEFAULT_WIDTH: f64 = 720.0;

thread_local! {
    /// The width the drawing was last laid out at: the next Timeline is drawn at it at once,
    /// not at a guess and again once measured.
    static LAST_WIDTH: Cell<f64> = const { Cell::new(DEFAULT_WIDTH) };
}

/// Events listed at once; more on request.
pub(super) const PAGE: usize = 50;

/// What the drawing shows: the events one by one, or their density.
#[derive(Clone, PartialEq)]
enum Drawn {
    Marks(Timeline),
    Density(Density),
}

impl Drawn {
    fn segments(&self) -> usize {
        match self {
            Drawn::Marks(t) => t.segments.len(),
            Drawn::Density(d) => d.axis.segments.len(),
        }
    }
}

/// The address of the Read view at an event's sentence, keeping the rest of the state.
pub(super) fn event_href(nav: Nav, e: &Event) -> String {
    let href = nav.with(|s| state::href(&s.open_article(&e.article)));
    let id = js_sys::encode_uri_component(&e.id)
        .as_string()
        .unwrap_or_else(|| e.id.clone());
    format!("{href}#event-{id}")
}

/// The address of the Timeline zoomed into `period` (every date for none), keeping the rest.
pub(super) fn zoom_href(nav: Nav, period: Option<PartialDate>) -> String {
    nav.with(|s| {
        state::href(&ViewState {
            period,
            ..s.clone()
        })
    })
}

pub(super) fn events_words(n: usize) -> String {
    format!("{} event{}", thousands(n), plural_s(n))
}

#[component]
pub fn TimelineView(ctx: Ctx) -> impl IntoView {
    let corpus = ctx.corpus.clone();
    let nav = ctx.nav;
    // Numbered in date order, whatever the width (the order of the layout's marks).
    let events = Arc::new(Events::of(&corpus));

    // The drawing's width is its container's, measured on mount and on every resize.
    let figure: NodeRef<Div> = NodeRef::new();
    let width = use_element_width(figure, LAST_WIDTH.get());
    Effect::new(move |_| LAST_WIDTH.set(width.get()));
    let active = RwSignal::new(None::<usize>);

    if events.order.is_empty() {
        return view! {
            <section class="timeline-view" aria-labelledby="timeline-heading">
                <h2 id="timeline-heading">"Timeline"</h2>
                <p>"This corpus has no dated events."</p>
                {undated_list(&corpus, nav, &events.undated)}
            </section>
        }
        .into_any();
    }

    let period = Memo::new(move |_| nav.with(|s| s.period));
    // The events in view: positions in `events.order`.
    let range = {
        let events = events.clone();
        Memo::new(move |_| events.within(period.get().as_ref()))
    };
    let drawn = {
        let events = events.clone();
        Memo::new(move |_| {
            let in_view: Vec<(usize, PartialDate)> = events.order[range.get()]
                .iter()
                .filter_map(|&e| events.date(e).map(|d| (e, d)))
                .collect();
            let w = (width.get() - 2.0 * PAD_X).max(0.0);
            if in_view.len() <= MAX_MARKS {
                Drawn::Marks(layout(&in_view, w))
            } else {
                Drawn::Density(density(&in_view, w))
            }
        })
    };
    // The list shows a page at a time, starting again at the first page in another period.
    let shown = RwSignal::new(PAGE);
    Effect::new(move |_| {
        range.track();
        if shown.get_untracked() != PAGE {
            shown.set(PAGE);
        }
    });

    let summary = {
        let events = events.clone();
        move || {
            let mut s = match period.get() {
                Some(p) => events.summary_within(&p),
                None => events.summary(drawn.with(Drawn::segments)),
            };
            if let Drawn::Density(Density { unit: Some(u), .. }) = &*drawn.read() {
                s.push(' ');
                s.push_str(&density_words(*u));
            }
            s
        }
    };
    let drawing = {
        let corpus = corpus.clone();
        let events = events.clone();
        move || {
            drawn.with(|d| match d {
                Drawn::Marks(t) if t.marks.is_empty() => ().into_any(),
                Drawn::Marks(t) => {
                    // Marks are numbered as the list: from 1, in the period in view.
                    let mut number = vec![0; corpus.events.len()];
                    for (k, &e) in events.order[range.get()].iter().enumerate() {
                        number[e] = k + 1;
                    }
                    marks_drawing(&corpus, nav, t, &number, active)
                }
                Drawn::Density(dens) => density_drawing(nav, dens),
            })
        }
    };
    let any_approx = events.any_approximate();
    let is_density = move || matches!(*drawn.read(), Drawn::Density(_));

    let list = {
        let corpus = corpus.clone();
        let events = events.clone();
        move || {
            events.order[range.get()]
                .iter()
                .take(shown.get())
                .map(|&i| event_item(&corpus, nav, i, &events, active))
                .collect_view()
        }
    };
    let more = move || range.with(|r| r.len()).saturating_sub(shown.get());

    view! {
        <section class="timeline-view" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">"Timeline"</h2>
            {move || period.get().map(|p| zoom_path(nav, p))}
            <p class="tl-summary">{summary}</p>
            <div class="tl-figure" node_ref=figure>{drawing}</div>
            <ul class="tl-key" aria-label="How to read the drawing">
                <Show when=is_density fallback=move || view! {
                    <li>
                        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                            <circle class="tl-dot" cx="8" cy="8" r="6.5" />
                        </svg>
                        " Filled: the day is known."
                    </li>
                    {any_approx.then(|| view! {
                        <li>
                            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                                <circle class="tl-dot approx" cx="8" cy="8" r="6" />
                            </svg>
                            " Hollow: only the month or the year is known; drawn at its first day."
                        </li>
                    })}
                }>
                    <li>
                        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                            <rect class="tl-bar" x="3" y="2" width="10" height="14" />
                        </svg>
                        " Bar: how many events fall in its period; an event known only to the month or year counts on its first day."
                    </li>
                </Show>
                {move || (drawn.with(Drawn::segments) > 1).then(|| view! {
                    <li>
                        <svg width="24" height="16" viewBox="0 0 24 16" aria-hidden="true" focusable="false">
                            <path class="tl-break" d="M0 8 L5 3 L12 13 L19 3 L24 8" />
                        </svg>
                        " Zig-zag: the axis is cut where years pass without events; each stretch has its own scale."
                    </li>
                })}
            </ul>
            {move || drawn.with(|d| match d {
                Drawn::Density(dens) => Some(period_list(nav, dens)),
                Drawn::Marks(_) => None,
            })}
            <Show when=move || !range.with(|r| r.is_empty())>
                <h3 class="tl-list-heading">"The events in order"</h3>
                <ol class="tl-list">{list.clone()}</ol>
                <Show when=move || { more() > 0 }>
                    <p class="tl-shown">
                        {move || format!("The first {} of {}.", thousands(shown.get()), events_words(range.with(|r| r.len())))}
                    </p>
                    <button type="button" class="more" on:click=move |_| shown.update(|n| *n += PAGE)>
                        {move || format!("Show {} more", more().min(PAGE))}
                    </button>
                </Show>
            </Show>
            {move || period.get().is_none().then(|| undated_list(&corpus, nav, &events.undated))}
        </section>
    }
    .into_any()
}
