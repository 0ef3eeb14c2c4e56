//! The Timeline view: the corpus's dated events drawn to scale on a time axis, broken (and drawn
//! broken) where years pass without events, and listed in order below it.
//!
//! The drawing is for the eye: it is hidden from assistive technology, and its marks are links
//! for the mouse only. The numbered list below it is the accessible version and the keyboard's
//! way in; each item links to the event's sentence in the Read view. Marks and items share their
//! number, and pointing at (or focusing) either lights up both.

use crate::ctx::{Ctx, Nav};
use crate::hooks::use_element_width;
use claimscope_core::corpus::{Corpus, Event};
use claimscope_core::state;
use claimscope_core::views::timeline::{approx_words, layout, Events, Timeline};
use leptos::ev::MouseEvent;
use leptos::html::Div;
use leptos::prelude::*;
use leptos::tachys::svg;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;
use std::sync::Arc;

/// The width drawn before the page could be measured, px.
const DEFAULT_WIDTH: f64 = 720.0;
/// Space kept free left and right of the axis for marks and labels, px.
const PAD_X: f64 = 14.0;
/// A mark's radius, px (two marks in one lane are at least `LANE_SEPARATION` = 14 px apart).
const R: f64 = 6.5;
/// The distance between lanes, px.
const LANE_H: f64 = 16.0;
/// Space above the top lane, px.
const TOP: f64 = 4.0;
/// Space below the axis for ticks and their labels, px.
const BELOW: f64 = 30.0;

/// The address of the Read view at an event's sentence, keeping the rest of the state.
fn event_href(nav: Nav, e: &Event) -> String {
    let href = nav.with(|s| state::href(&s.open_article(&e.article)));
    let id = js_sys::encode_uri_component(&e.id)
        .as_string()
        .unwrap_or_else(|| e.id.clone());
    format!("{href}#event-{id}")
}

#[component]
pub fn TimelineView(ctx: Ctx) -> impl IntoView {
    let corpus = ctx.corpus.clone();
    let nav = ctx.nav;
    // Numbered in date order, whatever the width (the order of the layout's marks).
    let events = Arc::new(Events::of(&corpus));

    // The drawing's width is its container's, measured on mount and on every resize.
    let figure: NodeRef<Div> = NodeRef::new();
    let width = use_element_width(figure, DEFAULT_WIDTH);

    let axis = {
        let events = events.clone();
        Memo::new(move |_| layout(&events.dated, (width.get() - 2.0 * PAD_X).max(0.0)))
    };
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

    let summary = {
        let events = events.clone();
        move || events.summary(axis.with(|t| t.segments.len()))
    };
    let drawing = {
        let corpus = corpus.clone();
        let events = events.clone();
        move || drawing(&corpus, nav, &axis.get(), &events.number, active)
    };
    let any_approx = events.any_approximate();

    view! {
        <section class="timeline-view" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">"Timeline"</h2>
            <p class="tl-summary">{summary}</p>
            <div class="tl-figure" node_ref=figure>{drawing}</div>
            <ul class="tl-key" aria-label="How to read the drawing">
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
                {move || (axis.with(|t| t.segments.len()) > 1).then(|| view! {
                    <li>
                        <svg width="24" height="16" viewBox="0 0 24 16" aria-hidden="true" focusable="false">
                            <path class="tl-break" d="M0 8 L5 3 L12 13 L19 3 L24 8" />
                        </svg>
                        " Zig-zag: the axis is cut where years pass without events; each stretch has its own scale."
                    </li>
                })}
            </ul>
            <h3 class="tl-list-heading">"The events in order"</h3>
            <ol class="tl-list">
                {events.order.iter().map(|&i| event_item(&corpus, nav, i, &events, active)).collect_view()}
            </ol>
            {undated_list(&corpus, nav, &events.undated)}
        </section>
    }
    .into_any()
}

/// The SVG: axis stretches, breaks, ticks and numbered marks.
fn drawing(
    corpus: &Corpus,
    nav: Nav,
    t: &Timeline,
    number: &[usize],
    active: RwSignal<Option<usize>>,
) -> AnyView {
    let lanes = t.lanes.max(1);
    let axis_y = TOP + R + (lanes - 1) as f64 * LANE_H;
    let w = t.width + 2.0 * PAD_X;
    let h = axis_y + R + BELOW;
    let f = |v: f64| format!("{v:.1}");
    let pathname = use_location().pathname;
    let navigate = use_navigate();

    let stretches = t
        .segments
        .iter()
        .map(|s| {
            view! {
                <line class="tl-axis" x1=f(s.x0 + PAD_X) x2=f(s.x1 + PAD_X) y1=f(axis_y) y2=f(axis_y) />
            }
        })
        .collect_view();
    let breaks = t
        .segments
        .windows(2)
        .map(|p| {
            let (a, b) = (p[0].x1 + PAD_X, p[1].x0 + PAD_X);
            let step = (b - a) / 4.0;
            let d = format!(
                "M{} {} L{} {} L{} {} L{} {} L{} {}",
                f(a),
                f(axis_y),
                f(a + step),
                f(axis_y - 5.0),
                f(a + 2.0 * step),
                f(axis_y + 5.0),
                f(a + 3.0 * step),
                f(axis_y - 5.0),
                f(b),
                f(axis_y)
            );
            view! { <path class="tl-break" d=d /> }
        })
        .collect_view();
    let ticks = t
        .ticks
        .iter()
        .map(|k| {
            let x = f(k.x + PAD_X);
            view! {
                <g class="tl-tick">
                    <line x1=x.clone() x2=x.clone() y1=f(axis_y + R - 1.0) y2=f(axis_y + R + 4.0) />
                    <text x=x y=f(axis_y + R + 17.0) text-anchor=k.anchor.as_str()>{k.label.clone()}</text>
                </g>
            }
        })
        .collect_view();
    let marks = t
        .marks
        .iter()
        .map(|m| {
            let e = &corpus.events[m.event];
            let n = number[m.event];
            let x = m.x + PAD_X;
            let y = axis_y - m.lane as f64 * LANE_H;
            let href = event_href(nav, e);
            let full = format!("{}{}", pathname.get_untracked(), href);
            let navigate = navigate.clone();
            let go = move |ev: MouseEvent| {
                if ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
                    return;
                }
                ev.prevent_default();
                navigate(
                    &full,
                    NavigateOptions {
                        resolve: false,
                        ..Default::default()
                    },
                );
            };
            let ix = m.event;
            let title = format!(
                "{n}. {}{}: {}",
                m.date.long(),
                approx_words(&m.date).map(|w| format!(" ({w})")).unwrap_or_default(),
                e.label
            );
            let dot = view! {
                <circle class="tl-dot" class:approx=m.approximate cx=f(x) cy=f(y) r=f(if m.approximate { R - 0.5 } else { R }) />
                <text class="tl-num" class:approx=m.approximate x=f(x) y=f(y + 3.2) text-anchor="middle">{n.to_string()}</text>
            };
            // SVG's own `<a>` and `<title>`: `view!` would make them HTML elements here.
            let link = svg::a()
                .attr("href", href)
                .attr("tabindex", "-1")
                .on(leptos::ev::click, go)
                .child((svg::title().child(title), dot));
            view! {
                <g
                    class="tl-mark"
                    class:active=move || active.get() == Some(ix)
                    data-event-id=e.id.clone()
                    data-lane=m.lane
                    on:mouseenter=move |_| active.set(Some(ix))
                    on:mouseleave=move |_| active.set(None)
                >
                    {(m.lane > 0).then(|| view! {
                        <line class="tl-stem" x1=f(x) x2=f(x) y1=f(y + R) y2=f(axis_y) />
                    })}
                    {link}
                </g>
            }
        })
        .collect_view();

    view! {
        <svg
            class="tl-svg"
            width=f(w)
            height=f(h)
            viewBox=format!("0 0 {} {}", f(w), f(h))
            aria-hidden="true"
            focusable="false"
        >
            {stretches}
            {breaks}
            {ticks}
            {marks}
        </svg>
    }
    .into_any()
}

/// One event in the list: date in words (saying when it is approximate), label as a link to its
/// sentence, outlet.
fn event_item(
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

/// Events whose date is not understood: listed, never drawn.
fn undated_list(corpus: &Corpus, nav: Nav, undated: &[usize]) -> impl IntoView {
    (!undated.is_empty()).then(|| {
        view! {
            <h3 class="tl-list-heading">"Events whose date could not be read"</h3>
            <ul class="tl-list tl-undated">
                {undated.iter().map(|&i| {
                    let e = &corpus.events[i];
                    view! {
                        <li class="tl-item" data-event-id=e.id.clone()>
                            <span class="tl-when">{format!("“{}”", e.date)}</span>
                            <a class="tl-link" href=event_href(nav, e)>{e.label.clone()}</a>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
    })
}
