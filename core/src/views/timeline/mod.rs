//! Laying out dated events on a time axis with breaks, for an SVG drawing a phone can read.
//!
//! A corpus may date one event to 1987 and six to the autumn of 2018: on one linear axis the
//! six would fall on one dot. [`layout`] therefore breaks the axis:
//!
//! 1. Events are sorted by date (then by event index, so the layout is deterministic).
//! 2. Consecutive events further apart than a *gap threshold* start a new [`Segment`]. The
//!    threshold is a quarter of the whole span, but at least [`MIN_GAP_DAYS`] and at most
//!    [`MAX_GAP_DAYS`] (so a gap of over two years always breaks the axis). When the width
//!    cannot hold that many segments (each at least [`MIN_SEGMENT_WIDTH`] plus a break), only
//!    the largest gaps break it.
//! 3. Segments are separated by a break of [`BREAK_WIDTH`] px (at most a quarter of the width
//!    for all breaks together), which the UI draws as a zigzag between `x1` of one segment and
//!    `x0` of the next. A segment holding a single day gets [`MIN_SEGMENT_WIDTH`] (or less when
//!    the width is short) and its events sit at its centre; the other segments share the rest
//!    equally, and inside them, within a padding of [`SEGMENT_PADDING`], x is linear in the
//!    day number.
//! 4. Marks closer than [`LANE_SEPARATION`] px (the same day, or days the width cannot tell
//!    apart) go to separate lanes: each mark takes the lowest lane whose previous mark is far
//!    enough to the left, so within a lane marks are in date order and at least that far apart.
//! 5. Each segment gets ticks: the finest of days, 5/10/15-day steps, months, quarters,
//!    half-years and years (1, 2, 5, 10, ... years) whose labels do not overlap, estimating a
//!    label at [`LABEL_CHAR_WIDTH`] px a character (an 11 px sans-serif font) with
//!    [`LABEL_GAP`] px between labels. Labels read `2018`, `Oct 2018` / `Nov`, `23 Oct`; the
//!    first tick of a segment, and every January, carries the year. Labels may reach into the
//!    breaks by half a break less half a gap; a label that would reach further is anchored at
//!    its start or end instead of its middle ([`Anchor`], SVG's `text-anchor`). A single-day segment gets one tick with its
//!    date as precisely as fits (`8 Dec 1987`, `Dec 1987`, `1987`).
//!
//! A date known only to the month or year is placed at its first day and its mark is flagged
//! [`Mark::approximate`]. Every coordinate is finite and within `[0, width]`; a width that is
//! zero, negative or not finite counts as zero (everything at 0, one lane per event).
//!
//! Before the layout, [`Events::of`] sorts the corpus's events into those with a date this
//! build reads, numbered in date order (the numbers the marks and the list share), and those
//! without; [`Events::summary`] says in one sentence what the drawing shows.

//!
//! A drawing of more than [`MAX_MARKS`] events shows their [`density`] instead: bars counting
//! the events of each [`Unit`] (day, month or year) of the same axis. A person zooms into a
//! period (`period=` in the link: a year, a month or a day), whose events are drawn again, one
//! by one once few enough.

mod density;
mod events;
mod layout;
mod period;

pub use density::{density, Bar, Density, MAX_MARKS, MIN_BAR_WIDTH};
pub use events::{approx_words, density_words, Events};
pub use layout::{
    label_width, layout, Anchor, Mark, Segment, Tick, Timeline, BREAK_WIDTH, LABEL_CHAR_WIDTH,
    LABEL_GAP, LANE_SEPARATION, MAX_GAP_DAYS, MIN_GAP_DAYS, MIN_SEGMENT_WIDTH, SEGMENT_PADDING,
};
pub use period::{day_range, path, period_at, wider, Unit};
