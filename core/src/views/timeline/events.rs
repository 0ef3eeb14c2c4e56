//! The corpus's events as the Timeline lists and numbers them, and what the drawing shows in
//! one sentence.

use super::period::{day_range, Unit};
use crate::corpus::{Corpus, PartialDate};
use crate::text::{plural_s, thousands};
use std::ops::Range;

/// The corpus's events as the Timeline shows them: those with a date this build reads, in date
/// order and numbered from 1, and those without, which are listed but never drawn.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Events {
    /// The events with a readable date (event index, date), in corpus order: what [`super::layout`]
    /// takes.
    pub dated: Vec<(usize, PartialDate)>,
    /// The events whose date could not be read, in corpus order.
    pub undated: Vec<usize>,
    /// The dated events in date order, then by event index: the order of [`super::Timeline::marks`],
    /// whatever the width.
    pub order: Vec<usize>,
    /// Per corpus event, its place in `order` counted from 1 (0 for an undated event).
    pub number: Vec<usize>,
}

impl Events {
    pub fn of(corpus: &Corpus) -> Events {
        let mut dated = Vec::new();
        let mut undated = Vec::new();
        for (i, e) in corpus.events.iter().enumerate() {
            match PartialDate::parse(&e.date) {
                Some(d) => dated.push((i, d)),
                None => undated.push(i),
            }
        }
        // The sort of `layout`, so the numbers follow the marks.
        let mut sorted: Vec<(i64, PartialDate, usize)> =
            dated.iter().map(|&(e, d)| (d.day_number(), d, e)).collect();
        sorted.sort_unstable();
        let order: Vec<usize> = sorted.into_iter().map(|(.., e)| e).collect();
        let mut number = vec![0; corpus.events.len()];
        for (k, &e) in order.iter().enumerate() {
            number[e] = k + 1;
        }
        Events {
            dated,
            undated,
            order,
            number,
        }
    }

    /// The date of event `event`, if it has one this build reads.
    pub fn date(&self, event: usize) -> Option<PartialDate> {
        self.dated
            .binary_search_by_key(&event, |&(e, _)| e)
            .ok()
            .map(|k| self.dated[k].1)
    }

    /// Some dated event is known only to the month or the year.
    /// The positions in [`Events::order`] of the dated events within `period`, by the day each
    /// is drawn at (an event known only to the month counts on its first day); all of them
    /// without a period.
    pub fn within(&self, period: Option<&PartialDate>) -> Range<usize> {
        let Some(period) = period else {
            return 0..self.order.len();
        };
        let (first, last) = day_range(period);
        let day = |e: usize| self.date(e).map_or(i64::MIN, |d| d.day_number());
        let a = self.order.partition_point(|&e| day(e) < first);
        let b = self.order.partition_point(|&e| day(e) <= last);
        a..b
    }

    /// What a zoomed drawing shows, in one sentence: "523 dated events in October 2018."
    pub fn summary_within(&self, period: &PartialDate) -> String {
        match self.within(Some(period)).len() {
            0 => format!("No dated event in {}.", period.long()),
            1 => format!("1 dated event in {}.", period.long()),
            n => format!("{} dated events in {}.", thousands(n), period.long()),
        }
    }

    pub fn any_approximate(&self) -> bool {
        self.dated.iter().any(|(_, d)| d.day.is_none())
    }

    /// One sentence saying what the drawing shows, with an axis cut into `segments` stretches:
    /// how many events from when to when, where the axis is cut, and how many could not be
    /// placed.
    pub fn summary(&self, segments: usize) -> String {
        let long = |e: Option<&usize>| e.and_then(|&e| self.date(e)).map(|d| d.long());
        let n = self.order.len();
        let first = long(self.order.first()).unwrap_or_default();
        let last = long(self.order.last()).unwrap_or_default();
        let mut s = if n == 1 {
            format!("1 dated event, {first}.")
        } else {
            format!(
                "{} dated events, from {first} to {last}, as the articles date them.",
                thousands(n)
            )
        };
        if segments > 1 {
            let cuts = match segments - 1 {
                1 => "once".to_owned(),
                k => format!("{k} times"),
            };
            s += &format!(
                " The axis is cut {cuts} where long stretches pass without events, so each part has its own scale."
            );
        }
        let more = self.undated.len();
        if more > 0 {
            s += &format!(
                " {more} more event{} could not be placed: see below.",
                plural_s(more)
            );
        }
        s
    }
}

/// How precise a date is, in words, when it is not precise to the day.
/// Why the drawing shows bars, and how to see single events.
pub fn density_words(unit: Unit) -> String {
    let u = unit.noun();
    format!(
        "Too many to draw one by one: each bar counts the events of a {u}, to scale. Choose a bar, or a {u} in the list below, to see it closer."
    )
}

pub fn approx_words(d: &PartialDate) -> Option<&'static str> {
    match (d.month, d.day) {
        (_, Some(_)) => None,
        (Some(_), None) => Some("month only: the day is not given"),
        (None, _) => Some("year only: the month and day are not given"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Span;
    use crate::views::timeline::layout;

    fn date(s: &str) -> PartialDate {
        PartialDate::parse(s).unwrap()
    }

    fn events(dates: &[&str]) -> Events {
        let corpus = dates
            .iter()
            .enumerate()
            .fold(crate::testing::CorpusBuilder::new("t"), |b, (k, d)| {
                let at = Span {
                    article: "a1".into(),
                    paragraph: "p1".into(),
                    quote: String::new(),
                    start: 0,
                    end: 0,
                };
                b.event(crate::testing::event(&format!("e{k}"), d, "label", at))
            })
            .build();
        Events::of(&corpus)
    }

    #[test]
    fn a_period_holds_the_events_drawn_on_its_days() {
        let ev = events(&[
            "2018-10-24",
            "2018-10",
            "2018-11-01",
            "2017-12-31",
            "2018",
            "soon",
        ]);
        let p = |s: &str| PartialDate::parse(s).unwrap();
        let within = |s: &str| -> Vec<usize> { ev.order[ev.within(Some(&p(s)))].to_vec() };
        // "2018" is drawn on 1 January, "2018-10" on 1 October.
        assert_eq!(within("2018"), vec![4, 1, 0, 2]);
        assert_eq!(within("2018-10"), vec![1, 0]);
        assert_eq!(within("2018-10-24"), vec![0]);
        assert_eq!(within("2019"), Vec::<usize>::new());
        assert_eq!(ev.within(None), 0..5);
        assert_eq!(
            ev.summary_within(&p("2018-10")),
            "2 dated events in October 2018."
        );
        assert_eq!(ev.summary_within(&p("2019")), "No dated event in 2019.");
    }

    #[test]
    fn events_are_numbered_in_the_order_of_the_marks() {
        let ev = events(&[
            "2018-10-24",
            "soon",
            "1987",
            "2018-10",
            "2018-10-01",
            "1987",
        ]);
        assert_eq!(ev.undated, [1]);
        assert_eq!(
            ev.dated.iter().map(|d| d.0).collect::<Vec<_>>(),
            [0, 2, 3, 4, 5]
        );
        // A month sorts before its first day; equal dates by event index.
        assert_eq!(ev.order, [2, 5, 3, 4, 0]);
        assert_eq!(ev.number, [5, 0, 1, 3, 4, 2]);
        for width in [0.0, 320.0, 720.0] {
            let marks: Vec<usize> = layout(&ev.dated, width)
                .marks
                .iter()
                .map(|m| m.event)
                .collect();
            assert_eq!(marks, ev.order);
        }
        assert_eq!(ev.date(3), Some(date("2018-10")));
        assert_eq!(ev.date(1), None);
        assert_eq!(ev.date(9), None);
        assert!(ev.any_approximate());
        assert!(!events(&["2018-10-24", "x"]).any_approximate());
        assert_eq!(events(&[]), Events::default());
    }

    #[test]
    fn the_summary_says_what_the_drawing_shows() {
        assert_eq!(
            events(&["2018-10-24"]).summary(1),
            "1 dated event, 24 October 2018."
        );
        let ev = events(&["2019-02", "1987-12-08", "2018"]);
        assert_eq!(
            ev.summary(1),
            "3 dated events, from 8 December 1987 to February 2019, as the articles date them."
        );
        assert_eq!(
            ev.summary(2),
            "3 dated events, from 8 December 1987 to February 2019, as the articles date them. \
             The axis is cut once where long stretches pass without events, so each part has its own scale."
        );
        assert!(ev.summary(3).contains(" The axis is cut 2 times where"));
        assert_eq!(
            events(&["1987", "x"]).summary(1),
            "1 dated event, 1987. 1 more event could not be placed: see below."
        );
        assert_eq!(
            events(&["x", "1987", "1988", "y", "z"]).summary(0),
            "2 dated events, from 1987 to 1988, as the articles date them. \
             3 more events could not be placed: see below."
        );
    }

    #[test]
    fn approximate_dates_say_what_is_missing() {
        assert_eq!(approx_words(&date("2018-10-24")), None);
        assert_eq!(
            approx_words(&date("2018-10")),
            Some("month only: the day is not given")
        );
        assert_eq!(
            approx_words(&date("2018")),
            Some("year only: the month and day are not given")
        );
    }
}
