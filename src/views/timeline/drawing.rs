//! The Timeline's SVG, for the eye (hidden from assistive technology): the broken axis with its
//! ticks, and either the events one by one (numbered marks in lanes) or their density (a bar a
//! period, to scale); every mark and bar a link for the mouse.

use super::{event_href, events_words, zoom_href};
use crate::ctx::Nav;
use claimscope_core::corpus::Corpus;
use claimscope_core::views::timeline::{approx_words, Density, Timeline};
use leptos::ev::MouseEvent;
use leptos::prelude::*;
use leptos::tachys::svg;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

/// Space kept free left and right of the axis for marks and labels, px.
pub(super) const PAD_X: f64 = 14.0;
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
pub(super) fn density_drawing(nav: Nav, dens: &Density) -> AnyView {
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
    let content = view! {
        <line class="tl-grid" x1=f(PAD_X) x2=f(w - PAD_X) y1=f(BAR_TOP) y2=f(BAR_TOP) />
        <text class="tl-max" x=f(PAD_X) y=f(BAR_TOP - 4.0)>{events_words(dens.max)}</text>
        {bars}
        {axis_parts(&dens.axis, axis_y)}
    };
    frame("tl-svg tl-density", w, h, content)
}

/// The drawing's `<svg>`, `w` × `h` px, hidden from assistive technology.
fn frame(class: &'static str, w: f64, h: f64, content: impl IntoView + 'static) -> AnyView {
    let f = |v: f64| format!("{v:.1}");
    view! {
        <svg
            class=class
            width=f(w)
            height=f(h)
            viewBox=format!("0 0 {} {}", f(w), f(h))
            aria-hidden="true"
            focusable="false"
        >
            {content}
        </svg>
    }
    .into_any()
}

/// The SVG of single events: axis stretches, breaks, ticks and numbered marks.
pub(super) fn marks_drawing(
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

    frame("tl-svg", w, h, (axis_parts(t, axis_y), marks))
}
