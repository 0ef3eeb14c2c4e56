//! Partial ISO dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`): parsing, reading aloud, and placing on a
//! time axis.

/// A date known to the year, the month or the day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// The number of days of month `m` (1–12) of year `y`.
pub fn days_in_month(y: i64, m: u8) -> u8 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with real month and day ranges.
    pub fn parse(s: &str) -> Option<Self> {
        let mut parts = s.split('-');
        let y = parts.next()?;
        if y.len() != 4 || !y.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let year: i32 = y.parse().ok()?;
        let two = |p: &str| -> Option<u8> {
            (p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit()))
                .then(|| p.parse().ok())
                .flatten()
        };
        let month = match parts.next() {
            None => None,
            Some(m) => Some(two(m).filter(|m| (1..=12).contains(m))?),
        };
        let day = match parts.next() {
            None => None,
            Some(d) => {
                let last = days_in_month(i64::from(year), month?);
                Some(two(d).filter(|d| (1..=last).contains(d))?)
            }
        };
        if parts.next().is_some() {
            return None;
        }
        Some(PartialDate { year, month, day })
    }

    /// "24 October 2018", "October 2018", "1987".
    pub fn long(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{d} {} {}", MONTHS[m as usize - 1], self.year),
            (Some(m), None) => format!("{} {}", MONTHS[m as usize - 1], self.year),
            _ => self.year.to_string(),
        }
    }

    /// The date as written in a corpus and a link: `2018-10-24`, `2018-10`, `1987`.
    pub fn iso(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{m:02}-{d:02}", self.year),
            (Some(m), None) => format!("{:04}-{m:02}", self.year),
            _ => format!("{:04}", self.year),
        }
    }

    /// Days since 1 January 1970 of the first day the date covers.
    pub fn day_number(&self) -> i64 {
        days_from_civil(
            i64::from(self.year),
            self.month.unwrap_or(1),
            self.day.unwrap_or(1),
        )
    }
}

/// Days since 1970-01-01 (proleptic Gregorian calendar).
pub fn days_from_civil(y: i64, m: u8, d: u8) -> i64 {
    let y = y - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date `(year, month, day)` of a day number (the inverse of [`days_from_civil`]).
pub fn civil_from_days(z: i64) -> (i64, u8, u8) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = (if mp < 10 { mp + 3 } else { mp - 9 }) as u8;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// An ISO date string read aloud, or the string itself when it is not a date.
pub fn long_date(iso: &str) -> String {
    PartialDate::parse(iso).map_or_else(|| iso.to_owned(), |d| d.long())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_round_trips() {
        for s in ["2018-10-24", "2018-10", "1987", "0042-02-28"] {
            assert_eq!(PartialDate::parse(s).unwrap().iso(), s);
        }
    }

    #[test]
    fn parses_partial_dates() {
        assert_eq!(
            PartialDate::parse("2018-10-24"),
            Some(PartialDate {
                year: 2018,
                month: Some(10),
                day: Some(24)
            })
        );
        assert_eq!(PartialDate::parse("1987").map(|d| d.month), Some(None));
        assert!(PartialDate::parse("2018-02-29").is_none());
        assert!(PartialDate::parse("2016-02-29").is_some());
        assert!(PartialDate::parse("2018-13").is_none());
        assert!(PartialDate::parse("18-10-24").is_none());
        assert!(PartialDate::parse("2018-10-24-1").is_none());
        assert!(PartialDate::parse("2018-1").is_none());
        assert!(PartialDate::parse("").is_none());
    }

    #[test]
    fn reads_dates_in_words() {
        assert_eq!(long_date("2018-10-24"), "24 October 2018");
        assert_eq!(long_date("2018-11"), "November 2018");
        assert_eq!(long_date("1987"), "1987");
        assert_eq!(long_date("soon"), "soon");
    }

    #[test]
    fn day_numbers_are_days_since_1970() {
        assert_eq!(PartialDate::parse("1970-01-01").unwrap().day_number(), 0);
        assert_eq!(
            PartialDate::parse("2000-03-01").unwrap().day_number(),
            11_017
        );
        let a = PartialDate::parse("2018-10-23").unwrap().day_number();
        let b = PartialDate::parse("2018-11-19").unwrap().day_number();
        assert_eq!(b - a, 27);
    }
}
