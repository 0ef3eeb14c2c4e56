//! Many events drawn as their number per period: bars on the same broken axis as the marks, to
//! the same scale, so a corpus of thousands of events draws a few dozen shapes.
//!
//! The axis (segments, breaks and ticks) is [`layout`]'s for the same events. Each segment gets
//! the finest [`Unit`] (day, month, year) whose bars are at least [`MIN_BAR_WIDTH`] px wide; a
//! bar spans its period's days on the segment's scale (the scale of the marks and ticks), cut at
//! the segment's ends. A single-day segment holds one bar at its centre. Heights are to scale
//! from zero: the fullest bar is [`Density::max`] events.

use super::layout::{layout, Segment, Timeline, SEGMENT_PADDING};
use super::period::{day_range, period_at, Unit};
use crate::corpus::PartialDate;

/// Up to this many events in view are drawn one by one; more are drawn as a density.
pub const MAX_MARKS: usize = 60;
/// The narrowest bar a unit may give, px (a finer unit would give narrower bars).
pub const MIN_BAR_WIDTH: f64 = 6.0;

/// One bar: the events of one period within one segment.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub period: PartialDate,
    pub x0: f64,
    pub x1: f64,
    pub count: usize,
    pub segment: usize,
}

/// The density drawing: the axis without marks, and the bars.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Density {
    /// Segments and ticks as [`layout`] gives them; its marks are dropped.
    pub axis: Timeline,
    pub bars: Vec<Bar>,
    /// The largest count of a bar (0 without events).
    pub max: usize,
    /// The unit of the segment holding the most events (what a bar counts, in words).
    pub unit: Option<Unit>,
}

/// The x of the start of day `day` (fractional days allowed) in a segment spanning several days,
/// on the scale of its marks, cut at its ends.
fn x_at(segment: &Segment, day: f64) -> f64 {
    let (x0, x1) = (segment.x0, segment.x1);
    let pad = SEGMENT_PADDING.min((x1 - x0) * 0.1);
    let (lo, hi) = (x0 + pad, x1 - pad);
    let span = (segment.last_day - segment.first_day) as f64;
    (lo + (day - segment.first_day as f64) / span * (hi - lo)).clamp(x0, x1)
}

/// The finest unit whose bars are at least [`MIN_BAR_WIDTH`] wide in `segment` (a year when
/// none is).
fn unit_for(segment: &Segment) -> Unit {
    if segment.is_point() {
        return Unit::Day;
    }
    let (x0, x1) = (segment.x0, segment.x1);
    let pad = SEGMENT_PADDING.min((x1 - x0) * 0.1);
    let per_day = (x1 - x0 - 2.0 * pad) / (segment.last_day - segment.first_day) as f64;
    Unit::ALL
        .into_iter()
        .find(|u| per_day * u.days() + 1e-9 >= MIN_BAR_WIDTH)
        .unwrap_or(Unit::Year)
}

/// The density of `events` (event index, date) on an axis `width` px wide.
pub fn density(events: &[(usize, PartialDate)], width: f64) -> Density {
    let mut axis = layout(events, width);
    let mut bars: Vec<Bar> = Vec::new();
    let mut unit: Option<(usize, Unit)> = None;
    for (si, segment) in axis.segments.iter().enumerate() {
        let u = unit_for(segment);
        if unit.is_none_or(|(n, _)| segment.marks.len() > n) {
            unit = Some((segment.marks.len(), u));
        }
        for mark in &axis.marks[segment.marks.clone()] {
            let period = period_at(mark.day, u);
            match bars.last_mut() {
                Some(bar) if bar.segment == si && bar.period == period => bar.count += 1,
                _ => {
                    let (x0, x1) = if segment.is_point() {
                        let mid = (segment.x0 + segment.x1) / 2.0;
                        let half = (MIN_BAR_WIDTH * 2.0).min((segment.x1 - segment.x0) / 2.0);
                        (mid - half, mid + half)
                    } else {
                        let (first, last) = day_range(&period);
                        (
                            x_at(segment, first as f64),
                            x_at(segment, (last + 1) as f64),
                        )
                    };
                    bars.push(Bar {
                        period,
                        x0,
                        x1,
                        count: 1,
                        segment: si,
                    });
                }
            }
        }
    }
    axis.marks = Vec::new();
    axis.lanes = 1;
    let max = bars.iter().map(|b| b.count).max().unwrap_or(0);
    Density {
        axis,
        bars,
        max,
        unit: unit.map(|(_, u)| u),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> PartialDate {
        PartialDate::parse(s).unwrap()
    }

    /// `n` events a day from `from` for `days` days, numbered in order.
    fn daily(from: &str, days: i64, n: usize) -> Vec<(usize, PartialDate)> {
        let start = d(from).day_number();
        (0..days)
            .flat_map(|k| std::iter::repeat_n(period_at(start + k, Unit::Day), n))
            .enumerate()
            .collect()
    }

    #[test]
    fn a_year_of_events_is_counted_by_month_and_every_event_counts_once() {
        let events = daily("2018-01-01", 365, 17);
        let dens = density(&events, 700.0);
        assert_eq!(dens.unit, Some(Unit::Month));
        assert_eq!(dens.bars.len(), 12);
        assert_eq!(
            dens.bars.iter().map(|b| b.count).sum::<usize>(),
            events.len()
        );
        assert_eq!(dens.max, 31 * 17);
        assert_eq!(dens.bars[9].period, d("2018-10"));
        assert!(dens.axis.marks.is_empty());
        // Bars follow each other, each at least MIN_BAR_WIDTH wide, within the width.
        for w in dens.bars.windows(2) {
            assert!((w[0].x1 - w[1].x0).abs() < 1e-6);
        }
        for b in &dens.bars {
            assert!(b.x1 - b.x0 >= MIN_BAR_WIDTH - 1e-6, "{b:?}");
            assert!(b.x0 >= 0.0 && b.x1 <= 700.0);
        }
    }

    #[test]
    fn a_month_of_events_is_counted_by_day_on_the_scale_of_the_ticks() {
        let events = daily("2018-10-01", 31, 3);
        let dens = density(&events, 700.0);
        assert_eq!(dens.unit, Some(Unit::Day));
        assert_eq!(dens.bars.len(), 31);
        // A tick of a day sits where that day's bar starts.
        let tick = dens
            .axis
            .ticks
            .iter()
            .find(|t| t.label == "15 Oct")
            .expect("a tick on the 15th");
        let bar = dens
            .bars
            .iter()
            .find(|b| b.period == d("2018-10-15"))
            .unwrap();
        assert!((tick.x - bar.x0).abs() < 1e-6, "{tick:?} {bar:?}");
    }

    #[test]
    fn a_broken_axis_keeps_its_breaks_and_a_lone_day_its_bar() {
        let mut events = daily("2018-01-01", 300, 2);
        events.push((events.len(), d("1987-12-08")));
        let dens = density(&events, 500.0);
        assert_eq!(dens.axis.segments.len(), 2);
        // The words name the unit of the stretch holding most events.
        assert_eq!(dens.unit, Some(Unit::Month));
        let lone: Vec<&Bar> = dens.bars.iter().filter(|b| b.segment == 0).collect();
        assert_eq!(lone.len(), 1);
        assert_eq!((lone[0].period, lone[0].count), (d("1987-12-08"), 1));
        assert!(dens.bars.iter().all(|b| b.x1 > b.x0));
    }

    #[test]
    fn no_events_no_bars() {
        let dens = density(&[], 300.0);
        assert!(dens.bars.is_empty());
        assert_eq!((dens.max, dens.unit), (0, None));
    }
}
