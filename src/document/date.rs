//! Publish dates as news sites write them: ISO 8601, "Sun, November 10, 2019",
//! "10 Nov 2019 14:02 GMT", "Nov. 10, 2019".

use chrono::NaiveDate;

use crate::temporal::lexicon::{month_from_word, weekday_from_word};

/// Why a date could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DateError {
    /// Nothing in the text looks like a date.
    #[error("expected a date such as 2019-11-10 or \"November 10, 2019\", found no date")]
    Unrecognised,
    /// A numeric month outside 1..=12.
    #[error("month {0} does not exist")]
    NoSuchMonth(u32),
    /// A day the month does not have.
    #[error("{month} {day}, {year} does not exist")]
    NoSuchDay {
        /// The year read.
        year: i32,
        /// The month's English name.
        month: &'static str,
        /// The day read.
        day: u32,
    },
    /// A year tempora does not handle.
    #[error("year {0} is outside the supported range 1..=9999")]
    YearOutOfRange(i64),
    /// Only numbers separated by slashes, whose order cannot be known.
    #[error("{0:?} is ambiguous (day/month order); write it as YYYY-MM-DD")]
    Ambiguous(String),
    /// Words left over that are not part of a date.
    #[error("unexpected {0:?} in the date")]
    Unexpected(String),
}

const MONTH_NAMES: [&str; 12] = [
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

/// Parses a publish date.
///
/// ```
/// use tempora::document::parse_date;
/// for s in ["2019-11-10", "Sun, November 10, 2019", "10 Nov 2019 14:02 GMT", "Nov. 10, 2019",
///           "2019-11-10T14:02:00Z", "Sunday 10 November 2019"] {
///     assert_eq!(parse_date(s).unwrap().to_string(), "2019-11-10", "{s}");
/// }
/// assert!(parse_date("February 30, 2019").is_err());
/// ```
pub fn parse_date(input: &str) -> Result<NaiveDate, DateError> {
    let s = input.trim();
    if let Some(date) = iso(s)? {
        return Ok(date);
    }
    if s.contains('/') && s.chars().all(|c| c.is_ascii_digit() || c == '/') {
        return Err(DateError::Ambiguous(s.to_string()));
    }
    textual(s)
}

/// `YYYY-MM-DD`, `YYYY/MM/DD` or `YYYYMMDD`, optionally followed by a time.
fn iso(s: &str) -> Result<Option<NaiveDate>, DateError> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = s.get(r)?;
        if part.bytes().all(|c| c.is_ascii_digit()) {
            part.parse().ok()
        } else {
            None
        }
    };
    let (year, month, day, rest) =
        if b.len() >= 10 && (b[4] == b'-' || b[4] == b'/') && b[7] == b[4] {
            match (digits(0..4), digits(5..7), digits(8..10)) {
                (Some(y), Some(m), Some(d)) => (y, m, d, &s[10..]),
                _ => return Ok(None),
            }
        } else if b.len() >= 8
            && b[..8].iter().all(u8::is_ascii_digit)
            && b.get(8).is_none_or(|c| !c.is_ascii_digit())
        {
            match (digits(0..4), digits(4..6), digits(6..8)) {
                (Some(y), Some(m), Some(d)) => (y, m, d, &s[8..]),
                _ => return Ok(None),
            }
        } else {
            return Ok(None);
        };
    if !(rest.is_empty() || rest.starts_with('T') || rest.starts_with(' ')) {
        return Ok(None);
    }
    make(year as i64, month, day).map(Some)
}

/// Words: optional weekday, a month name, a day and a year in either order; times and zones
/// after the year are ignored.
fn textual(s: &str) -> Result<NaiveDate, DateError> {
    let mut month = None;
    let mut day = None;
    let mut year = None;
    for raw in s.split(|c: char| c.is_whitespace() || c == ',') {
        let word = raw.trim_end_matches('.');
        if word.is_empty() {
            continue;
        }
        let lower = word.to_ascii_lowercase();
        if weekday_from_word(&lower).is_some() {
            continue;
        }
        if let Some(m) = month_from_word(&lower) {
            if month.is_some() {
                return Err(DateError::Unexpected(raw.to_string()));
            }
            month = Some(m);
            continue;
        }
        let number = lower.trim_end_matches(['s', 't', 'n', 'd', 'r', 'h']);
        if !number.is_empty() && number.bytes().all(|c| c.is_ascii_digit()) {
            let value: i64 = number.parse().unwrap_or(i64::MAX);
            if number.len() <= 2 && day.is_none() && year.is_none() {
                day = Some(value as u32);
                continue;
            }
            if number.len() >= 3 && year.is_none() {
                year = Some(value);
                continue;
            }
        }
        if year.is_some() && month.is_some() && day.is_some() {
            // A time of day or a zone after the date: "14:02 GMT", "+0000".
            break;
        }
        return Err(DateError::Unexpected(raw.to_string()));
    }
    match (year, month, day) {
        (Some(y), Some(m), Some(d)) => make(y, m, d),
        _ => Err(DateError::Unrecognised),
    }
}

fn make(year: i64, month: u32, day: u32) -> Result<NaiveDate, DateError> {
    if !(1..=9999).contains(&year) {
        return Err(DateError::YearOutOfRange(year));
    }
    if !(1..=12).contains(&month) {
        return Err(DateError::NoSuchMonth(month));
    }
    NaiveDate::from_ymd_opt(year as i32, month, day).ok_or(DateError::NoSuchDay {
        year: year as i32,
        month: MONTH_NAMES[month as usize - 1],
        day,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_say_what_is_wrong() {
        assert_eq!(
            parse_date("February 30, 2019").unwrap_err().to_string(),
            "February 30, 2019 does not exist"
        );
        assert_eq!(
            parse_date("2019-13-45").unwrap_err(),
            DateError::NoSuchMonth(13)
        );
        assert_eq!(
            parse_date("next thursday").unwrap_err(),
            DateError::Unexpected("next".into())
        );
        assert!(matches!(
            parse_date("10/11/2019"),
            Err(DateError::Ambiguous(_))
        ));
        assert_eq!(parse_date("").unwrap_err(), DateError::Unrecognised);
        assert_eq!(
            parse_date("May 1, 99999999").unwrap_err(),
            DateError::YearOutOfRange(99999999)
        );
    }

    #[test]
    fn compact_iso() {
        assert_eq!(parse_date("19980108").unwrap().to_string(), "1998-01-08");
    }
}
