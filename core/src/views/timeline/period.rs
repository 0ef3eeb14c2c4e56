//! Periods of the calendar: what a bar of the density drawing counts, and what a person zooms the
//! Timeline into. A period is written as a partial date: `2018` is a year, `2018-10` a month,
//! `2018-10-24` a day.

use crate::corpus::{civil_from_days, days_from_civil, days_in_month, PartialDate};

/// The length of a period, finest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Unit {
    Day,
    Month,
    Year,
}

impl Unit {
    pub const ALL: [Unit; 3] = [Unit::Day, Unit::Month, Unit::Year];

    /// The unit of a period (the precision of its date).
    pub fn of(period: &PartialDate) -> Unit {
        match (period.month, period.day) {
            (Some(_), Some(_)) => Unit::Day,
            (Some(_), None) => Unit::Month,
            _ => Unit::Year,
        }
    }

    /// Its average length in days.
    pub fn days(self) -> f64 {
        match self {
            Unit::Day => 1.0,
            Unit::Month => 30.436_875,
            Unit::Year => 365.242_5,
        }
    }

    /// "day", "month", "year".
    pub fn noun(self) -> &'static str {
        match self {
            Unit::Day => "day",
            Unit::Month => "month",
            Unit::Year => "year",
        }
    }
}

/// The period of `unit` that holds day number `day`.
pub fn period_at(day: i64, unit: Unit) -> PartialDate {
    let (y, m, d) = civil_from_days(day);
    let year = y.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32;
    match unit {
        Unit::Day => PartialDate {
            year,
            month: Some(m),
            day: Some(d),
        },
        Unit::Month => PartialDate {
            year,
            month: Some(m),
            day: None,
        },
        Unit::Year => PartialDate {
            year,
            month: None,
            day: None,
        },
    }
}

/// The first and the last day numbers of a period (both in it).
pub fn day_range(period: &PartialDate) -> (i64, i64) {
    let y = i64::from(period.year);
    match (period.month, period.day) {
        (Some(m), Some(d)) => {
            let day = days_from_civil(y, m, d);
            (day, day)
        }
        (Some(m), None) => (
            days_from_civil(y, m, 1),
            days_from_civil(y, m, days_in_month(y, m)),
        ),
        _ => (days_from_civil(y, 1, 1), days_from_civil(y, 12, 31)),
    }
}

/// The period one step wider: a day's month, a month's year; none for a year.
pub fn wider(period: &PartialDate) -> Option<PartialDate> {
    match (period.month, period.day) {
        (Some(_), Some(_)) => Some(PartialDate {
            day: None,
            ..*period
        }),
        (Some(_), None) => Some(PartialDate {
            month: None,
            ..*period
        }),
        _ => None,
    }
}

/// The periods that hold `period`, widest first, ending with it: `2018`, `2018-10`,
/// `2018-10-24` (for a breadcrumb).
pub fn path(period: &PartialDate) -> Vec<PartialDate> {
    let mut out = vec![*period];
    while let Some(w) = wider(out.last().expect("never empty")) {
        out.push(w);
    }
    out.reverse();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> PartialDate {
        PartialDate::parse(s).unwrap()
    }

    #[test]
    fn a_period_covers_its_days() {
        let day = |s: &str| d(s).day_number();
        assert_eq!(
            day_range(&d("2018")),
            (day("2018-01-01"), day("2018-12-31"))
        );
        assert_eq!(
            day_range(&d("2016-02")),
            (day("2016-02-01"), day("2016-02-29"))
        );
        assert_eq!(
            day_range(&d("2018-10-24")),
            (day("2018-10-24"), day("2018-10-24"))
        );
    }

    #[test]
    fn the_period_at_a_day_holds_it() {
        let day = d("2018-10-24").day_number();
        assert_eq!(period_at(day, Unit::Day), d("2018-10-24"));
        assert_eq!(period_at(day, Unit::Month), d("2018-10"));
        assert_eq!(period_at(day, Unit::Year), d("2018"));
        for unit in Unit::ALL {
            let (a, b) = day_range(&period_at(day, unit));
            assert!(a <= day && day <= b);
            assert_eq!(Unit::of(&period_at(day, unit)), unit);
        }
    }

    #[test]
    fn zooming_out_ends_at_the_year() {
        assert_eq!(
            path(&d("2018-10-24")),
            vec![d("2018"), d("2018-10"), d("2018-10-24")]
        );
        assert_eq!(path(&d("1987")), vec![d("1987")]);
        assert_eq!(wider(&d("1987")), None);
    }
}
