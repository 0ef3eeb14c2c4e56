//! The broken time axis: dated events laid out in segments, lanes and ticks (see the module
//! docs of `views::timeline` for the rules).

use crate::corpus::{char_len, civil_from_days, days_from_civil, days_in_month, PartialDate};
use std::collections::{BTreeSet, VecDeque};
use std::ops::Range;

/// The width of the break drawn between two segments, px.
pub const BREAK_WIDTH: f64 = 16.0;
/// The width of a segment holding a single day (when the width allows), px.
pub const MIN_SEGMENT_WIDTH: f64 = 48.0;
/// Marks closer than this go to separate lanes, px.
pub const LANE_SEPARATION: f64 = 14.0;
/// The space kept free inside each end of a segment spanning several days, px (at most a
/// tenth of the segment).
pub const SEGMENT_PADDING: f64 = 6.0;
/// Gaps longer than this always break the axis, days.
pub const MAX_GAP_DAYS: i64 = 730;
/// Gaps up to this never break the axis, days.
pub const MIN_GAP_DAYS: i64 = 120;
/// The estimated width of one character of a tick label, px.
pub const LABEL_CHAR_WIDTH: f64 = 6.5;
/// The free space kept between two tick labels, px.
pub const LABEL_GAP: f64 = 8.0;
/// At most this many ticks per segment (before the labels are even measured).
const MAX_TICKS: i64 = 12;
/// Slack for comparing pixel distances computed in floating point.
const EPSILON: f64 = 1e-6;

const SHORT_MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The laid-out time axis.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Timeline {
    /// The width laid out (0 when the width given was not a positive finite number).
    pub width: f64,
    /// Left to right; breaks lie between consecutive segments.
    pub segments: Vec<Segment>,
    /// One per event given, sorted by date (then event index).
    pub marks: Vec<Mark>,
    /// Sorted by x, segment by segment.
    pub ticks: Vec<Tick>,
    /// The number of lanes used (0 without events).
    pub lanes: usize,
}

/// A stretch of the axis on which x is linear in time.
#[derive(Clone, Debug, PartialEq)]
pub struct Segment {
    /// The left end, px.
    pub x0: f64,
    /// The right end, px.
    pub x1: f64,
    /// The day number of its first and last events.
    pub first_day: i64,
    pub last_day: i64,
    /// Its marks: a range of [`Timeline::marks`].
    pub marks: Range<usize>,
}

impl Segment {
    /// All its events fall on one day (they sit at its centre).
    pub fn is_point(&self) -> bool {
        self.first_day == self.last_day
    }
}

/// One event on the axis.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    /// The event index given to [`layout`].
    pub event: usize,
    pub date: PartialDate,
    /// The date's day number ([`PartialDate::day_number`]): its first day.
    pub day: i64,
    /// px, within `[0, width]`.
    pub x: f64,
    /// 0 for the axis line's own row, then upwards (or downwards) as the UI likes.
    pub lane: usize,
    /// Index into [`Timeline::segments`].
    pub segment: usize,
    /// The date is known only to the month or the year; the mark sits at its first day.
    pub approximate: bool,
}

/// Where a tick's label sits relative to its x (SVG `text-anchor`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    /// The SVG `text-anchor` value.
    pub fn as_str(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// A labelled tick on the axis.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    /// px, within `[0, width]`.
    pub x: f64,
    /// The day number the tick stands for.
    pub day: i64,
    pub label: String,
    pub anchor: Anchor,
    /// Index into [`Timeline::segments`].
    pub segment: usize,
}

/// The estimated width of a tick label, px.
pub fn label_width(label: &str) -> f64 {
    char_len(label) as f64 * LABEL_CHAR_WIDTH
}

/// Lays out `events` (event index, date) on an axis `width` px wide (see the module docs).
pub fn layout(events: &[(usize, PartialDate)], width: f64) -> Timeline {
    let width = if width.is_finite() && width > 0.0 {
        width
    } else {
        0.0
    };
    let mut sorted: Vec<(i64, PartialDate, usize)> = events
        .iter()
        .map(|&(e, d)| (d.day_number(), d, e))
        .collect();
    sorted.sort_unstable();
    let Some(&(first, ..)) = sorted.first() else {
        return Timeline {
            width,
            ..Timeline::default()
        };
    };
    let last = sorted[sorted.len() - 1].0;

    // Where the axis breaks: before the events at these positions.
    let gap = |k: usize| sorted[k].0 - sorted[k - 1].0;
    let threshold = ((last - first) / 4).clamp(MIN_GAP_DAYS, MAX_GAP_DAYS);
    let mut cuts: Vec<usize> = (1..sorted.len()).filter(|&k| gap(k) > threshold).collect();
    let fit = ((width + BREAK_WIDTH) / (MIN_SEGMENT_WIDTH + BREAK_WIDTH)).floor();
    let max_segments = if fit >= 1.0 { fit as usize } else { 1 };
    if cuts.len() >= max_segments {
        cuts.sort_unstable_by_key(|&k| (std::cmp::Reverse(gap(k)), k));
        cuts.truncate(max_segments - 1);
        cuts.sort_unstable();
    }
    let bounds: Vec<Range<usize>> = std::iter::once(0)
        .chain(cuts.iter().copied())
        .zip(cuts.iter().copied().chain(std::iter::once(sorted.len())))
        .map(|(a, b)| a..b)
        .collect();

    // Widths: single-day segments get at most MIN_SEGMENT_WIDTH, the others share the rest.
    let n = bounds.len();
    let breaks = (n - 1) as f64;
    let brk = if n > 1 {
        BREAK_WIDTH.min(width * 0.25 / breaks)
    } else {
        0.0
    };
    let avail = (width - brk * breaks).max(0.0);
    let is_point = |r: &Range<usize>| sorted[r.start].0 == sorted[r.end - 1].0;
    let points = bounds.iter().filter(|r| is_point(r)).count();
    let (point_w, ranged_w) = if points == n {
        (avail / n as f64, 0.0)
    } else {
        let p = MIN_SEGMENT_WIDTH.min(avail / n as f64);
        (
            p,
            ((avail - p * points as f64) / (n - points) as f64).max(0.0),
        )
    };

    let clamp = |x: f64| x.clamp(0.0, width);
    let mut segments = Vec::with_capacity(n);
    let mut marks = Vec::with_capacity(sorted.len());
    let mut x = 0.0;
    for (si, r) in bounds.iter().enumerate() {
        let w = if is_point(r) { point_w } else { ranged_w };
        let x0 = clamp(x);
        let x1 = if si + 1 == n { width } else { clamp(x + w) };
        x = x1 + brk;
        let (d0, d1) = (sorted[r.start].0, sorted[r.end - 1].0);
        let segment = Segment {
            x0,
            x1,
            first_day: d0,
            last_day: d1,
            marks: r.clone(),
        };
        for &(day, date, event) in &sorted[r.clone()] {
            marks.push(Mark {
                event,
                date,
                day,
                x: clamp(position(&segment, day)),
                lane: 0,
                segment: si,
                approximate: date.day.is_none(),
            });
        }
        segments.push(segment);
    }
    let lanes = assign_lanes(&mut marks);

    let mut ticks = Vec::new();
    for (si, segment) in segments.iter().enumerate() {
        // Labels may reach into the breaks, keeping LABEL_GAP between neighbours' labels.
        let reach = brk / 2.0 - LABEL_GAP / 2.0;
        let zone = (
            if si == 0 { 0.0 } else { segment.x0 - reach },
            if si + 1 == n {
                width
            } else {
                segment.x1 + reach
            },
        );
        let precise = &marks[segment.marks.end - 1].date;
        ticks.extend(segment_ticks(segment, si, zone, precise, width));
    }

    Timeline {
        width,
        segments,
        marks,
        ticks,
        lanes,
    }
}

/// The x of day `day` in `segment` (its centre for a single-day segment).
fn position(segment: &Segment, day: i64) -> f64 {
    let (x0, x1) = (segment.x0, segment.x1);
    if segment.is_point() {
        return (x0 + x1) / 2.0;
    }
    let pad = SEGMENT_PADDING.min((x1 - x0) * 0.1);
    let (lo, hi) = (x0 + pad, x1 - pad);
    let t = (day - segment.first_day) as f64 / (segment.last_day - segment.first_day) as f64;
    lo + t.clamp(0.0, 1.0) * (hi - lo)
}

/// Gives each mark (sorted by x) the lowest lane whose last mark is [`LANE_SEPARATION`] to its
/// left; returns the number of lanes.
fn assign_lanes(marks: &mut [Mark]) -> usize {
    let mut lanes = 0;
    let mut free: BTreeSet<usize> = BTreeSet::new();
    // Busy lanes with the index of their last mark, in increasing index (hence x) order.
    let mut busy: VecDeque<(usize, usize)> = VecDeque::new();
    for k in 0..marks.len() {
        let x = marks[k].x;
        while let Some(&(m, lane)) = busy.front() {
            if x - marks[m].x + EPSILON < LANE_SEPARATION {
                break;
            }
            busy.pop_front();
            free.insert(lane);
        }
        let lane = free.pop_first().unwrap_or_else(|| {
            lanes += 1;
            lanes - 1
        });
        marks[k].lane = lane;
        busy.push_back((k, lane));
    }
    lanes
}

/// The spacing of candidate ticks.
#[derive(Clone, Copy)]
enum Step {
    /// These days of every month.
    Days(&'static [u8]),
    /// The first of every n-th month (January, then every n).
    Months(u8),
    /// The first of January of every n-th year.
    Years(i64),
}

const ALL_DAYS: [u8; 31] = [
    1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26,
    27, 28, 29, 30, 31,
];

/// Finest first, with their nominal spacing in days.
const STEPS: [(Step, i64); 22] = [
    (Step::Days(&ALL_DAYS), 1),
    (Step::Days(&[1, 5, 10, 15, 20, 25]), 5),
    (Step::Days(&[1, 10, 20]), 10),
    (Step::Days(&[1, 15]), 15),
    (Step::Months(1), 30),
    (Step::Months(2), 61),
    (Step::Months(3), 91),
    (Step::Months(6), 182),
    (Step::Years(1), 365),
    (Step::Years(2), 730),
    (Step::Years(5), 1_826),
    (Step::Years(10), 3_652),
    (Step::Years(20), 7_305),
    (Step::Years(50), 18_262),
    (Step::Years(100), 36_524),
    (Step::Years(200), 73_048),
    (Step::Years(500), 182_621),
    (Step::Years(1_000), 365_242),
    (Step::Years(2_000), 730_485),
    (Step::Years(5_000), 1_826_212),
    (Step::Years(10_000), 3_652_425),
    (Step::Years(100_000), 36_524_250),
];

/// Places a label of width `w` at `x` inside `zone`: centred if it fits, else starting or
/// ending at `x`. Returns the anchor and the label's extent.
fn place(x: f64, w: f64, zone: (f64, f64)) -> Option<(Anchor, f64, f64)> {
    let (zl, zr) = (zone.0 - EPSILON, zone.1 + EPSILON);
    if x - w / 2.0 >= zl && x + w / 2.0 <= zr {
        Some((Anchor::Middle, x - w / 2.0, x + w / 2.0))
    } else if x >= zl && x + w <= zr {
        Some((Anchor::Start, x, x + w))
    } else if x - w >= zl && x <= zr {
        Some((Anchor::End, x - w, x))
    } else {
        None
    }
}

/// `date` at its own precision and then coarser: "8 Dec 1987", "Dec 1987", "1987".
fn date_labels(date: &PartialDate) -> Vec<String> {
    let mut out = Vec::with_capacity(3);
    if let Some(m) = date.month {
        let month = SHORT_MONTHS[usize::from(m.clamp(1, 12)) - 1];
        if let Some(d) = date.day {
            out.push(format!("{d} {month} {}", date.year));
        }
        out.push(format!("{month} {}", date.year));
    }
    out.push(date.year.to_string());
    out
}

fn segment_ticks(
    segment: &Segment,
    si: usize,
    zone: (f64, f64),
    precise: &PartialDate,
    width: f64,
) -> Vec<Tick> {
    let tick = |x: f64, day: i64, label: String, anchor: Anchor| Tick {
        x: x.clamp(0.0, width),
        day,
        label,
        anchor,
        segment: si,
    };
    let single = |x: f64, day: i64| -> Vec<Tick> {
        date_labels(precise)
            .into_iter()
            .find_map(|label| {
                let (anchor, ..) = place(x, label_width(&label), zone)?;
                Some(vec![tick(x, day, label, anchor)])
            })
            .unwrap_or_default()
    };
    if segment.is_point() {
        return single(position(segment, segment.first_day), segment.first_day);
    }
    let span = segment.last_day - segment.first_day;
    'steps: for (step, nominal) in STEPS {
        if span / nominal > MAX_TICKS {
            continue;
        }
        let days = tick_days(step, segment.first_day, segment.last_day);
        if days.is_empty() {
            continue;
        }
        let mut out = Vec::with_capacity(days.len());
        let mut right = f64::NEG_INFINITY;
        for (k, &(day, (y, m, d))) in days.iter().enumerate() {
            let month = SHORT_MONTHS[usize::from(m) - 1];
            let with_year = k == 0 || (m == 1 && d == 1);
            let label = match (step, with_year) {
                (Step::Years(_), _) => y.to_string(),
                (Step::Months(_), true) => format!("{month} {y}"),
                (Step::Months(_), false) => month.to_owned(),
                (Step::Days(_), true) => format!("{d} {month} {y}"),
                (Step::Days(_), false) => format!("{d} {month}"),
            };
            let x = position(segment, day);
            let Some((anchor, l, r)) = place(x, label_width(&label), zone) else {
                continue 'steps;
            };
            if l + EPSILON < right + LABEL_GAP {
                continue 'steps;
            }
            right = r;
            out.push(tick(x, day, label, anchor));
        }
        return out;
    }
    // Nothing fits: one tick at the first event, as precise as fits.
    single(position(segment, segment.first_day), segment.first_day)
}

/// The days of `step` within `first..=last`, with their civil dates.
fn tick_days(step: Step, first: i64, last: i64) -> Vec<(i64, (i64, u8, u8))> {
    let mut out = Vec::new();
    let (mut y, mut m, d) = civil_from_days(first);
    match step {
        Step::Years(k) => {
            let mut y = y + (k - y.rem_euclid(k)) % k;
            if days_from_civil(y, 1, 1) < first {
                y += k;
            }
            while days_from_civil(y, 1, 1) <= last {
                out.push((days_from_civil(y, 1, 1), (y, 1, 1)));
                y += k;
            }
        }
        Step::Months(k) => {
            let next = |y: &mut i64, m: &mut u8| {
                if *m == 12 {
                    *y += 1;
                    *m = 1;
                } else {
                    *m += 1;
                }
            };
            if d != 1 {
                next(&mut y, &mut m);
            }
            while (m - 1) % k != 0 {
                next(&mut y, &mut m);
            }
            while days_from_civil(y, m, 1) <= last {
                out.push((days_from_civil(y, m, 1), (y, m, 1)));
                for _ in 0..k {
                    next(&mut y, &mut m);
                }
            }
        }
        Step::Days(set) => 'months: loop {
            for &d in set.iter().filter(|&&d| d <= days_in_month(y, m)) {
                let day = days_from_civil(y, m, d);
                if day > last {
                    break 'months;
                }
                if day >= first {
                    out.push((day, (y, m, d)));
                }
            }
            if m == 12 {
                y += 1;
                m = 1;
            } else {
                m += 1;
            }
        },
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn date(s: &str) -> PartialDate {
        PartialDate::parse(s).unwrap()
    }

    const SEED: [&str; 8] = [
        "1987",
        "2002",
        "2014",
        "2018-10",
        "2018-10-23",
        "2018-10-24",
        "2018-11-19",
        "2018-11",
    ];

    fn seed() -> Vec<(usize, PartialDate)> {
        SEED.iter().enumerate().map(|(k, s)| (k, date(s))).collect()
    }

    fn extent(t: &Tick) -> (f64, f64) {
        let w = label_width(&t.label);
        match t.anchor {
            Anchor::Start => (t.x, t.x + w),
            Anchor::Middle => (t.x - w / 2.0, t.x + w / 2.0),
            Anchor::End => (t.x - w, t.x),
        }
    }

    fn check(t: &Timeline, n: usize, width: f64) {
        let width = if width.is_finite() && width > 0.0 {
            width
        } else {
            0.0
        };
        assert_eq!(t.width, width);
        assert_eq!(t.marks.len(), n);
        let ok = |x: f64| x.is_finite() && (0.0..=width).contains(&x);
        for s in &t.segments {
            assert!(ok(s.x0) && ok(s.x1) && s.x0 <= s.x1, "{s:?}");
        }
        for w in t.segments.windows(2) {
            assert!(w[0].x1 <= w[1].x0 && w[0].last_day < w[1].first_day);
            assert_eq!(w[0].marks.end, w[1].marks.start);
        }
        for (k, m) in t.marks.iter().enumerate() {
            assert!(ok(m.x), "{m:?}");
            let s = &t.segments[m.segment];
            assert!(s.marks.contains(&k) && s.x0 <= m.x && m.x <= s.x1);
            assert!(m.lane < t.lanes);
            assert_eq!(m.approximate, m.date.day.is_none());
        }
        for w in t.marks.windows(2) {
            assert!((w[0].day, w[0].date) <= (w[1].day, w[1].date) && w[0].x <= w[1].x);
        }
        for lane in 0..t.lanes {
            let ms: Vec<&Mark> = t.marks.iter().filter(|m| m.lane == lane).collect();
            assert!(!ms.is_empty());
            for w in ms.windows(2) {
                assert!(w[0].day <= w[1].day);
                assert!(w[1].x - w[0].x >= LANE_SEPARATION - 1e-3, "{:?}", w);
            }
        }
        for tk in &t.ticks {
            assert!(ok(tk.x) && !tk.label.is_empty());
        }
        if width >= 200.0 {
            for w in t.ticks.windows(2) {
                assert!(
                    extent(&w[0]).1 + LABEL_GAP <= extent(&w[1]).0 + 1e-3,
                    "{w:?}"
                );
            }
            for tk in &t.ticks {
                let (l, r) = extent(tk);
                assert!(l >= -1e-3 && r <= width + 1e-3, "{tk:?}");
            }
        }
    }

    #[test]
    fn seed_dates_break_the_axis_at_360px() {
        let t = layout(&seed(), 360.0);
        check(&t, 8, 360.0);
        assert!(t.segments.len() >= 2);
        let autumn: Vec<&Mark> = t.marks.iter().filter(|m| m.date.year == 2018).collect();
        assert_eq!(autumn.len(), 5);
        let seg = &t.segments[autumn[0].segment];
        assert!(autumn.iter().all(|m| m.segment == autumn[0].segment));
        let spread = autumn.last().unwrap().x - autumn[0].x;
        assert!(spread >= 0.5 * (seg.x1 - seg.x0), "{spread} in {seg:?}");
        for (i, a) in autumn.iter().enumerate() {
            for b in &autumn[i + 1..] {
                assert!((a.x - b.x).abs() >= LANE_SEPARATION - 1e-3 || a.lane != b.lane);
            }
        }
        // 23 and 24 October are a few px apart: stacked.
        assert_ne!(autumn[1].lane, autumn[2].lane);
        assert_eq!(t.marks[0].date, date("1987"));
        assert!(t.marks[0].approximate && !autumn[1].approximate && autumn[0].approximate);
        let labels: Vec<&str> = t.ticks.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, ["1987", "2002", "2014", "Oct 2018", "Nov"]);
        assert_eq!(t.ticks[3].anchor, Anchor::Start);
        // Deterministic, and independent of the input order.
        let mut reversed = seed();
        reversed.reverse();
        assert_eq!(layout(&reversed, 360.0), t);
    }

    #[test]
    fn wide_and_narrow_widths() {
        let wide = layout(&seed(), 1200.0);
        check(&wide, 8, 1200.0);
        assert_eq!(wide.segments.len(), 4);
        assert!(wide
            .ticks
            .iter()
            .any(|t| t.label == "23 Oct" || t.label == "20 Oct"));
        for w in [0.0, 1.0, 50.0, 100.0, 200.0, f64::NAN, -5.0, f64::INFINITY] {
            let t = layout(&seed(), w);
            check(&t, 8, w);
        }
        let zero = layout(&seed(), 0.0);
        assert_eq!(zero.segments.len(), 1);
        assert_eq!(zero.lanes, 8);
    }

    #[test]
    fn degenerate_inputs() {
        let empty = layout(&[], 360.0);
        assert!(empty.segments.is_empty() && empty.marks.is_empty() && empty.ticks.is_empty());
        assert_eq!(empty.lanes, 0);

        let one = layout(&[(7, date("1987-12-08"))], 360.0);
        check(&one, 1, 360.0);
        assert_eq!(one.marks[0].x, 180.0);
        assert_eq!(one.marks[0].event, 7);
        assert_eq!(one.ticks[0].label, "8 Dec 1987");

        let same: Vec<_> = (0..5).map(|k| (k, date("2018-10-24"))).collect();
        let t = layout(&same, 360.0);
        check(&t, 5, 360.0);
        assert_eq!(t.lanes, 5);
        assert!(t.marks.iter().all(|m| m.x == 180.0));

        let t = layout(&[(0, date("2018")), (1, date("2018-01-01"))], 360.0);
        check(&t, 2, 360.0);
        assert_eq!(t.ticks[0].label, "1 Jan 2018");
    }

    #[test]
    fn short_spans_get_day_ticks() {
        let evs: Vec<_> = ["2018-10-20", "2018-10-23", "2018-10-24", "2018-10-30"]
            .iter()
            .enumerate()
            .map(|(k, s)| (k, date(s)))
            .collect();
        let t = layout(&evs, 360.0);
        check(&t, 4, 360.0);
        assert_eq!(t.segments.len(), 1);
        assert_eq!(t.ticks[0].label, "20 Oct 2018");
        assert!(t.ticks.iter().skip(1).all(|t| t.label.ends_with(" Oct")));
        assert_eq!(t.ticks.len(), 2);
    }

    #[test]
    fn many_years_get_year_ticks_and_few_segments() {
        let evs: Vec<_> = (0..40)
            .map(|k| (k, date(&format!("{}", 1900 + k * 3))))
            .collect();
        let t = layout(&evs, 360.0);
        check(&t, 40, 360.0);
        assert!(t.segments.len() <= 5);
        assert!(t.ticks.iter().all(|t| t.label.len() == 4));
    }

    #[test]
    fn civil_round_trip() {
        for z in [-800_000, -1, 0, 1, 17_829, 2_900_000] {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z);
        }
        assert_eq!(
            civil_from_days(date("2018-10-24").day_number()),
            (2018, 10, 24)
        );
    }

    fn arb_date() -> impl Strategy<Value = PartialDate> {
        (
            0i32..=9999,
            prop::option::of(1u8..=12),
            1u8..=31,
            any::<bool>(),
        )
            .prop_map(|(y, m, d, with_day)| {
                let mut s = format!("{y:04}");
                if let Some(m) = m {
                    s += &format!("-{m:02}");
                    if with_day {
                        s += &format!("-{:02}", d.min(28));
                    }
                }
                PartialDate::parse(&s).unwrap()
            })
    }

    fn near_2018() -> impl Strategy<Value = PartialDate> {
        (2017i32..=2019, 1u8..=12, 1u8..=28).prop_map(|(y, m, d)| PartialDate {
            year: y,
            month: Some(m),
            day: Some(d),
        })
    }

    proptest! {
        #[test]
        fn any_dates_stay_in_bounds(
            dates in prop::collection::vec(prop_oneof![arb_date(), near_2018()], 0..40),
            width in prop_oneof![0.0..2000.0f64, Just(0.0), Just(360.0)],
        ) {
            let evs: Vec<_> = dates.iter().copied().enumerate().collect();
            let t = layout(&evs, width);
            check(&t, evs.len(), width);
            prop_assert_eq!(layout(&evs, width), t);
        }
    }
}
