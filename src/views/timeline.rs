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

use crate::ctx::{Ctx, Nav};
use crate::hooks::use_element_width;
use claimscope_core::corpus::{Corpus, Event, PartialDate};
use claimscope_core::state::{self, ViewState};
use claimscope_core::text::{plural_s, thousands};
use claimscope_core::views::timeline::{
    approx_words, density, density_words, layout, path, Density, Events, Timeline, MAX_MARKS,
};
use leptos::ev::MouseEvent;
use leptos::html::Div;
use leptos::prelude::*;
use leptos::tachys::svg;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;
use std::cell::Cell;
use std::sync::Arc;

/// The width drawn before the page could be measured, px.
const DEFAULT_WIDTH: f64 = 720.0;

thread_local! {
    /// The width the drawing was last laid out at: the next Timeline is drawn at it at once,
    /// not at a guess and again once measured.
    static LAST_WIDTH: Cell<f64> = const { Cell::new(DEFAULT_WIDTH) };
}
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
/// The height of the fullest bar of a density, px.
const BAR_H: f64 = 96.0;
/// Space above the fullest bar for its count, px.
const BAR_TOP: f64 = 16.0;
/// Events listed at once; more on request.
const PAGE: usize = 50;

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
fn event_href(nav: Nav, e: &Event) -> String {
    let href = nav.with(|s| state::href(&s.open_article(&e.article)));
    let id = js_sys::encode_uri_component(&e.id)
        .as_string()
        .unwrap_or_else(|| e.id.clone());
    format!("{href}#event-{id}")
}

/// The address of the Timeline zoomed into `period` (every date for none), keeping the rest.
fn zoom_href(nav: Nav, period: Option<PartialDate>) -> String {
    nav.with(|s| {
        state::href(&ViewState {
            period,
            ..s.clone()
        })
    })
}

/// A click on a link of the drawing, followed by the router (a plain click only: a click with a
/// modifier, or another button, is the browser's).
fn follow(href: String) -> impl Fn(MouseEvent) + 'static {
    let full = format!("{}{}", use_location().pathname.get_untracked(), href);
    let navigate = use_navigate();
    move |ev: MouseEvent| {
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
    }
}

/// An SVG link for the mouse (SVG's own `<a>` and `<title>`: `view!` would make them HTML
/// elements here).
fn svg_link(href: String, title: String, child: impl IntoView + 'static) -> impl IntoView {
    let go = follow(href.clone());
    svg::a()
        .attr("href", href)
        .attr("tabindex", "-1")
        .on(leptos::ev::click, go)
        .child((svg::title().child(title), child))
}

fn events_words(n: usize) -> String {
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

/// Where the zoom is: every date, then each wider period, then this one.
fn zoom_path(nav: Nav, period: PartialDate) -> impl IntoView {
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
fn period_list(nav: Nav, dens: &Density) -> impl IntoView {
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

/// The axis's stretches, breaks and ticks, the axis at `axis_y`.
fn axis_parts(t: &Timeline, axis_y: f64) -> impl IntoView {
    let f = |v: f64| format!("{v:.1}");
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
    (stretches, breaks, ticks)
}

/// The SVG of a density: the count of the fullest bar, bars to scale from the axis, each a link
/// into its period.
fn density_drawing(nav: Nav, dens: &Density) -> AnyView {
    let f = |v: f64| format!("{v:.1}");
    let axis_y = BAR_TOP + BAR_H;
    let w = dens.axis.width + 2.0 * PAD_X;
    let h = axis_y + R + BELOW;
    let max = dens.max.max(1) as f64;
    let bars = dens
        .bars
        .iter()
        .map(|b| {
            let height = (b.count as f64 / max * BAR_H).max(2.0);
            let rect = view! {
                <rect
                    class="tl-bar"
                    x=f(b.x0 + PAD_X + 0.5)
                    y=f(axis_y - height)
                    width=f((b.x1 - b.x0 - 1.0).max(1.0))
                    height=f(height)
                />
            };
            let title = format!("{}: {}", b.period.long(), events_words(b.count));
            view! {
                <g class="tl-period" data-period=b.period.iso() data-count=b.count>
                    {svg_link(zoom_href(nav, Some(b.period)), title, rect)}
                </g>
            }
        })
        .collect_view();
    view! {
        <svg
            class="tl-svg tl-density"
            width=f(w)
            height=f(h)
            viewBox=format!("0 0 {} {}", f(w), f(h))
            aria-hidden="true"
            focusable="false"
        >
            <line class="tl-grid" x1=f(PAD_X) x2=f(w - PAD_X) y1=f(BAR_TOP) y2=f(BAR_TOP) />
            <text class="tl-max" x=f(PAD_X) y=f(BAR_TOP - 4.0)>{events_words(dens.max)}</text>
            {bars}
            {axis_parts(&dens.axis, axis_y)}
        </svg>
    }
    .into_any()
}

/// The SVG of single events: axis stretches, breaks, ticks and numbered marks.
fn marks_drawing(
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

    let marks = t
        .marks
        .iter()
        .map(|m| {
            let e = &corpus.events[m.event];
            let n = number[m.event];
            let x = m.x + PAD_X;
            let y = axis_y - m.lane as f64 * LANE_H;
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
                    {svg_link(event_href(nav, e), title, dot)}
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
            {axis_parts(t, axis_y)}
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

/// Events whose date is not understood: listed (a page at a time), never drawn.
fn undated_list(corpus: &Arc<Corpus>, nav: Nav, undated: &[usize]) -> impl IntoView {
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
