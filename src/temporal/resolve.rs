//! Resolution: a [`TimeExpr`] and an [`Anchor`] give a [`TimeValue`].
//!
//! The rules, by kind of phrase (the *news* profile; *narrative* differs where noted):
//!
//! | phrase | anchor | rule |
//! |---|---|---|
//! | full date, year, month + year | none | the calendar region named |
//! | month + day, month alone, quarter, season | publish date (narrative: previous time) | same year; past tense and later than the anchor → the year before; future tense and earlier → the year after; within 30 days of the anchor the anchor's year stands; no tense → the nearer year |
//! | weekday | publish date (narrative: previous time) | past tense → latest on or before; future → first after; no tense → the past one unless the next is 4+ days nearer |
//! | today, yesterday, last week, next March, N days ago | publish date (narrative: previous time for yesterday/tomorrow and last/next phrases; today and "ago" stay on the publish date) | calendar arithmetic |
//! | the following day, two days later, the previous three nights, that night | previous time, else publish date | arithmetic on the anchor |
//! | hours after *event* | the event | a metric offset, no date |
//! | now, recently, the future | publish date | `PRESENT_REF`, `PAST_REF`, `FUTURE_REF` with one open bound |
//! | the quarter, the weekend, the year | previous time of that unit, else publish date | the unit talked about; "the quarter" in a past report is the last complete one |
//! | a year ago / earlier, year-ago period, the 1988 period | previous time | that period moved by whole years, at its own granularity; does not become the new anchor |
//! | early/mid/late X, about/more than X | as X | X's value with a TIMEX3 `mod`; START/MID/END keep a third of X's bounds |

use chrono::{Datelike, Duration, Months, NaiveDate, NaiveDateTime, Timelike, Weekday};

use super::expr::{Amount, Direction, Reach, Recurrence, Shift, TimeExpr, Vague, YearPart};
use super::lexicon::{Holiday, PartOfDay, Season, Unit};
use super::value::{
    day_end, day_start, AnchorUsed, Granularity, Modifier, Offset, Tense, TimeValue, TimexType,
    Trace,
};

/// With no tense to go by, a weekday is read as the past one unless the next one is this
/// many days nearer: news mostly reports what has happened ("Police said Friday ...").
const NEWS_PAST_BIAS_DAYS: i64 = 3;

/// A partial date this close to the anchor keeps the anchor's year whatever the tense.
const NEAR_DAYS: i64 = 30;

/// How deictic and partial phrases are anchored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Profile {
    /// News: the publish date anchors "yesterday", "on Friday", "October 20".
    #[default]
    News,
    /// Narrative (histories): the last mentioned time anchors partial dates.
    Narrative,
}

/// A time mentioned earlier, for anaphora ("the following day").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    /// Its TIMEX3 value.
    pub value: String,
    /// Its phrase.
    pub phrase: String,
    /// First minute.
    pub earliest: NaiveDateTime,
    /// Last minute.
    pub latest: NaiveDateTime,
}

/// What a phrase is resolved against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anchor {
    /// The publish date.
    pub published: NaiveDate,
    /// The tense of the phrase's clause.
    pub tense: Tense,
    /// The time last talked about, if any.
    pub previous: Option<Reference>,
    /// News or narrative.
    pub profile: Profile,
}

impl Anchor {
    /// An anchor on a publish date with no tense and no previous time.
    pub fn news(published: NaiveDate) -> Anchor {
        Anchor {
            published,
            tense: Tense::None,
            previous: None,
            profile: Profile::News,
        }
    }
}

/// A count as the error message says it: numbers too large to read saturate at `u64::MAX`.
fn count(amount: u64) -> String {
    if amount == u64::MAX {
        "more than 18,446,744,073,709,551,614".to_string()
    } else {
        amount.to_string()
    }
}

/// The trace's note on a stated time zone (docs/decisions.md, "Time zones").
fn zone_note(zone: &str) -> String {
    if zone == "LOCAL" {
        "local time noted; the value is that place's wall-clock time".to_string()
    } else {
        format!("{zone} noted and kept; the value is {zone} wall-clock time, not converted")
    }
}

/// `d` as chrono's `%Y-%m-%d` writes it ("1998-01-08"; a year outside 0 to 9999 with its
/// sign and at least four digits), without parsing a format string for each value: that
/// showed in the profile of tagging (issue 3).
fn date_string(d: NaiveDate) -> String {
    let mut s = String::with_capacity(16);
    let y = d.year();
    if (0..=9999).contains(&y) {
        for div in [1000, 100, 10, 1] {
            s.push(char::from(b'0' + (y / div % 10) as u8));
        }
    } else {
        s.push_str(&format!("{y:+05}"));
    }
    push_two(&mut s, '-', d.month());
    push_two(&mut s, '-', d.day());
    s
}

/// `t` as chrono's `%Y-%m-%dT%H:%M` writes it ([`date_string`]).
fn minute_string(t: NaiveDateTime) -> String {
    let mut s = date_string(t.date());
    push_two(&mut s, 'T', t.hour());
    push_two(&mut s, ':', t.minute());
    s
}

/// Appends `sep` and `n` (below 100) in two digits.
fn push_two(s: &mut String, sep: char, n: u32) {
    s.push(sep);
    s.push(char::from(b'0' + (n / 10 % 10) as u8));
    s.push(char::from(b'0' + (n % 10) as u8));
}

/// A clock time on `day`. Hour 24 is midnight at the end of the day ("midnight Friday", the
/// night between Friday and Saturday): written `T24:00` on that day, as ISO 8601 allows, and
/// placed at 00:00 of the next.
fn clock_value(
    day: NaiveDate,
    hour: u32,
    minute: u32,
    trace: Trace,
) -> Result<TimeValue, ResolveError> {
    if hour == 24 && minute == 0 {
        let t = day_start(add_days(day, 1)?);
        return Ok(TimeValue {
            value: format!("{}T24:00", date_string(day)),
            ..minute_value(t, trace)
        });
    }
    let t = day
        .and_hms_opt(hour, minute, 0)
        .ok_or(ResolveError::NoSuchDate(format!("{hour}:{minute}")))?;
    Ok(minute_value(t, trace))
}

/// A time of day: one minute, written `YYYY-MM-DDTHH:MM`.
fn minute_value(t: NaiveDateTime, trace: Trace) -> TimeValue {
    TimeValue {
        kind: TimexType::Time,
        value: minute_string(t),
        modifier: None,
        freq: None,
        zone: None,
        granularity: Granularity::Minute,
        earliest: Some(t),
        latest: Some(t),
        offset: None,
        trace,
    }
}

/// Why a phrase could not be placed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ResolveError {
    /// The arithmetic leaves the supported calendar (years 1–9999).
    #[error("{} {unit} from {from} is outside the supported calendar (years 9999 BC to AD 9999)", count(*.amount))]
    OutOfRange {
        /// The amount asked for.
        amount: u64,
        /// The unit.
        unit: Unit,
        /// The date counted from.
        from: NaiveDate,
    },
    /// The phrase names a date that does not exist ("February 30").
    #[error("{0} does not exist")]
    NoSuchDate(String),
    /// A stretch of zero units: "the previous 0 days".
    #[error("a stretch of zero {unit} covers no time")]
    EmptyStretch {
        /// The unit.
        unit: Unit,
    },
    /// A discourse marker, which orders events but names no time.
    #[error("a discourse marker names no time")]
    NotATime,
    /// The time named runs past the supported calendar: "tonight" on 9999-12-31 ends in
    /// year 10000.
    #[error("it runs into year {}, past the supported calendar (years 9999 BC to AD 9999)", .bound.year())]
    BeyondCalendar {
        /// The bound outside years 1–9999.
        bound: NaiveDateTime,
    },
}

/// The years a value may fall in, as chrono counts them: 9999 BC (-9998) to AD 9999, where
/// TIMEX3 values stop having four digits. A year before 1 is written `BC` ([`resolve`]).
const CALENDAR_YEARS: std::ops::RangeInclusive<i32> = -9998..=9999;

/// Resolves `expr` (recognised by grammar rule `rule`) against `anchor`.
///
/// ```
/// use chrono::NaiveDate;
/// use tempora::temporal::{grammar, resolve, Anchor, Tense};
/// let published = NaiveDate::from_ymd_opt(2019, 11, 10).unwrap();
/// let parsed = grammar::parse("friday").unwrap();
/// let anchor = Anchor { tense: Tense::Past, ..Anchor::news(published) };
/// let value = resolve(&parsed.expr, parsed.rule, &anchor).unwrap();
/// assert_eq!(value.value, "2019-11-08");
/// assert_eq!(value.trace.resolution, "weekday, past tense → latest on or before the anchor");
/// ```
pub fn resolve(
    expr: &TimeExpr,
    rule: &'static str,
    anchor: &Anchor,
) -> Result<TimeValue, ResolveError> {
    let v = resolve_unchecked(expr, rule, anchor)?;
    // No bound goes past year 9999, where TIMEX3 values stop having four digits and bounds
    // stop sorting as strings; a night or a stretch that spills over is refused, not
    // clamped, since a clamped bound would state a time the phrase does not name. (Years
    // before 1 are reached only by "493 BC", on purpose.)
    for bound in [v.earliest, v.latest].into_iter().flatten() {
        if bound.year() > 9999 {
            return Err(ResolveError::BeyondCalendar { bound });
        }
    }
    let mut v = v;
    if let Some(bc) = before_common_era(&v.value) {
        // Decades and centuries before the common era do not line up with chrono's years
        // ("the 470s BC" are 479 to 470 BC): refused rather than written wrong.
        if matches!(v.granularity, Granularity::Decade | Granularity::Century) {
            return Err(ResolveError::NoSuchDate(format!(
                "a {} before the common era",
                if v.granularity == Granularity::Decade {
                    "decade"
                } else {
                    "century"
                }
            )));
        }
        v.value = bc;
    }
    Ok(v)
}

/// A value whose year is before 1 as chrono writes it ("-0479-04", "0000"), in TIMEX3's
/// form ("BC0480-04", "BC0001"): April 480 BC, or a day counted from a reference in 480 BC.
fn before_common_era(value: &str) -> Option<String> {
    // Every value passes here: most are done after one look at their first bytes.
    let negative = value.starts_with('-');
    if !negative && !value.starts_with("0000") {
        return None;
    }
    let digits_from = usize::from(negative);
    let len = value[digits_from..]
        .bytes()
        .take_while(u8::is_ascii_digit)
        .count();
    // "-479-04" (a month value pads the sign into its four places), "-0479-04-01", "0000".
    if len == 0 || (!negative && len != 4) {
        return None;
    }
    let year: i64 = value[digits_from..digits_from + len].parse().ok()?;
    let astronomical = if negative { -year } else { year };
    if astronomical > 0 {
        return None;
    }
    Some(format!(
        "BC{:04}{}",
        1 - astronomical,
        &value[digits_from + len..]
    ))
}

fn resolve_unchecked(
    expr: &TimeExpr,
    rule: &'static str,
    anchor: &Anchor,
) -> Result<TimeValue, ResolveError> {
    let p = anchor.published;
    let mut r = Resolution {
        rule,
        anchor,
        used: AnchorUsed::None,
        assumption: None,
        alternative: None,
    };
    match *expr {
        TimeExpr::Calendar { year, month, day } => r.calendar(year, month, day),
        TimeExpr::Decade { start } => {
            let s = ymd(start, 1, 1)?;
            let e = ymd(start + 9, 12, 31)?;
            Ok(r.value(
                TimexType::Date,
                format!("{:03}", start / 10),
                Granularity::Decade,
                s,
                e,
                "the decade named",
            ))
        }
        TimeExpr::Holiday {
            holiday,
            year,
            shift,
        } => {
            let on = |y: i32| holiday_date(holiday, y).map(|d| (d, d));
            let (y, why) = match (year, shift) {
                (Some(y), _) => (y, "<holiday> <year> → that day of that year"),
                (None, Shift::Implicit) => r.year_for(on)?,
                (None, shift) => {
                    r.used = AnchorUsed::Publication(p);
                    let this = holiday_date(holiday, p.year());
                    let y = match (shift, this) {
                        (Shift::Last, Some(d)) if d < p => p.year(),
                        (Shift::Last, _) => p.year() - 1,
                        (Shift::Next, Some(d)) if d > p => p.year(),
                        (Shift::Next, _) => p.year() + 1,
                        _ => p.year(),
                    };
                    (y, "last|next <holiday> → the nearest one in that direction")
                }
            };
            let d = holiday_date(holiday, y)
                .filter(|d| CALENDAR_YEARS.contains(&d.year()))
                .ok_or_else(|| ResolveError::NoSuchDate(format!("{holiday:?} {y}")))?;
            Ok(r.day_value(d, None, why))
        }
        TimeExpr::BcYear { year } => {
            // Astronomical numbering: 1 BC is year 0, 493 BC is -492.
            let y = 1 - year as i32;
            let s = NaiveDate::from_ymd_opt(y, 1, 1)
                .ok_or_else(|| ResolveError::NoSuchDate(format!("{year} BC")))?;
            let e = NaiveDate::from_ymd_opt(y, 12, 31)
                .ok_or_else(|| ResolveError::NoSuchDate(format!("{year} BC")))?;
            Ok(r.value(
                TimexType::Date,
                format!("BC{year:04}"),
                Granularity::Year,
                s,
                e,
                "<year> BC → that year before the common era",
            ))
        }
        TimeExpr::Century { ordinal } => {
            let start = (ordinal - 1).checked_mul(100).unwrap_or(i32::MAX);
            let s = ymd(start.max(1), 1, 1)?;
            let e = ymd(start.saturating_add(99), 12, 31)?;
            Ok(r.value(
                TimexType::Date,
                format!("{:02}", ordinal - 1),
                Granularity::Century,
                s,
                e,
                "the <ordinal> century → its hundred years",
            ))
        }
        TimeExpr::PartOfYear { year, shift, part } => r.part_of_year(year, shift, part),
        TimeExpr::InShiftedYear { month, day, shift } => {
            r.used = AnchorUsed::Publication(p);
            let year = p.year() + shift_sign(shift);
            let why = "<month> last|this|next year → that month of the year before, of or after the publish date";
            match day {
                Some(d) => Ok(r.day_value(ymd(year, month, d)?, None, why)),
                None => r.month_value(year, month, why),
            }
        }
        TimeExpr::TheUnit { unit } => r.the_unit(unit),
        TimeExpr::SamePeriodIn { year, .. } => {
            if let Some(prev) = anchor.previous.as_ref() {
                let (period, _) = period_of(prev)?;
                let from: Option<i32> = period.value.get(..4).and_then(|y| y.parse().ok());
                if let Some(v) = from.and_then(|f| shift_value_year(&period.value, year - f)) {
                    r.used = AnchorUsed::Previous {
                        value: prev.value.clone(),
                        phrase: prev.phrase.clone(),
                    };
                    let k = i64::from(year - from.unwrap_or(year));
                    let s = shift_date(period.earliest.date(), Unit::Year, k)?;
                    let e = shift_date(period.latest.date(), Unit::Year, k)?;
                    let g = granularity_of_value(&v);
                    let mut out = r.value(
                        TimexType::Date,
                        v,
                        g,
                        s,
                        e,
                        "the <year> period → the period last talked about, in that year",
                    );
                    out.granularity = g;
                    return Ok(out);
                }
            }
            r.assumption = Some("no period talked about before; the whole year".into());
            Ok(r.value(
                TimexType::Date,
                format!("{year:04}"),
                Granularity::Year,
                ymd(year, 1, 1)?,
                ymd(year, 12, 31)?,
                "the <year> period → that year",
            ))
        }
        TimeExpr::YearAgoPeriod { .. } => {
            if let Some(prev) = anchor.previous.as_ref() {
                let (period, quarter_of_day) = period_of(prev)?;
                if let Some(v) = shift_value_year(&period.value, -1) {
                    r.used = AnchorUsed::Previous {
                        value: prev.value.clone(),
                        phrase: prev.phrase.clone(),
                    };
                    let s = shift_date(period.earliest.date(), Unit::Year, -1)?;
                    let e = shift_date(period.latest.date(), Unit::Year, -1)?;
                    let rule = if quarter_of_day {
                        "year-earlier <period> after a day → the quarter of that day, a year before"
                    } else {
                        "year-earlier <period> → the period last talked about, a year before"
                    };
                    let mut out = r.value(TimexType::Date, v, Granularity::Quarter, s, e, rule);
                    out.granularity = granularity_of_value(&out.value);
                    return Ok(out);
                }
            }
            r.used = AnchorUsed::Publication(p);
            r.assumption =
                Some("no period talked about before; the year before the publish date".into());
            r.unit_around(
                p,
                Unit::Year,
                -1,
                "year-earlier → the year before the publish date",
            )
        }
        TimeExpr::Modified {
            modifier,
            ref inner,
        } => {
            let mut v = resolve(inner, rule, anchor)?;
            v.modifier = Some(modifier);
            let part = match modifier {
                Modifier::Start => Some("its first third"),
                Modifier::Mid => Some("its middle third"),
                Modifier::End if v.value.ends_with("TNI") => Some("21:00 to 02:59"),
                Modifier::End => Some("its last third"),
                Modifier::After => Some("the time after it"),
                Modifier::Before => Some("the time before it"),
                _ => None,
            };
            let note = match part {
                Some(part) => format!("{}: {part}", modifier.as_str()),
                None => format!("{}: the amount is not exact", modifier.as_str()),
            };
            v.trace.assumption = Some(match v.trace.assumption.take() {
                Some(a) => format!("{a}; {note}"),
                None => note,
            });
            if let TimeExpr::Anaphoric {
                amount: Amount::Exact(n),
                unit: unit @ (Unit::Hour | Unit::Minute),
                ..
            } = **inner
            {
                if v.granularity == Granularity::Minute {
                    widen_moved_time(&mut v, modifier, n, unit);
                    return Ok(v);
                }
            }
            if let (Some(s), Some(e)) = (v.earliest, v.latest) {
                // Bounds are inclusive to the minute: the span runs to the end of `e`'s
                // minute, so that a day's last third starts at 16:00, not 15:59.
                let minute = Duration::minutes(1);
                let third = (e + minute - s) / 3;
                match modifier {
                    Modifier::Start => v.latest = Some(s + third - minute),
                    Modifier::Mid => {
                        v.earliest = Some(s + third);
                        v.latest = Some(e - third);
                    }
                    // "late Tuesday night" is the late evening and the first hours after
                    // midnight (21:00–02:59), not the small hours that "early Wednesday" names.
                    Modifier::End if v.value.ends_with("TNI") => {
                        v.earliest = Some(s + Duration::hours(3));
                        v.latest = Some(s + Duration::hours(9) - minute);
                    }
                    Modifier::End => v.earliest = Some(e + minute - third),
                    // "post-1959": open on the far side of what it names.
                    Modifier::After => {
                        v.earliest = Some(e + minute);
                        v.latest = None;
                    }
                    Modifier::Before => {
                        v.latest = Some(s - minute);
                        v.earliest = None;
                    }
                    _ => {}
                }
            }
            Ok(v)
        }
        TimeExpr::WeekOf { ref day } => {
            let d = resolve(day, rule, anchor)?;
            let date = d
                .earliest
                .map(|t| t.date())
                .ok_or(ResolveError::NoSuchDate("a day with no date".into()))?;
            let monday = date - Duration::days(i64::from(date.weekday().num_days_from_monday()));
            let w = date.iso_week();
            let mut trace = d.trace;
            trace.resolution = "the week of <day> → the ISO week that holds the day";
            Ok(TimeValue {
                kind: TimexType::Date,
                value: format!("{:04}-W{:02}", w.year(), w.week()),
                modifier: None,
                freq: None,
                zone: None,
                granularity: Granularity::Week,
                earliest: Some(day_start(monday)),
                latest: Some(day_end(monday + Duration::days(6))),
                offset: None,
                trace,
            })
        }
        TimeExpr::DayNextTo { days, ref day } => {
            let d = resolve(day, rule, anchor)?;
            let date = d
                .earliest
                .map(|t| t.date())
                .ok_or(ResolveError::NoSuchDate("a day with no date".into()))?;
            let next = add_days(date, i64::from(days))?;
            let mut trace = d.trace;
            trace.resolution = "the day before|after <day> → that day, one day away";
            Ok(TimeValue {
                kind: TimexType::Date,
                value: date_string(next),
                modifier: None,
                freq: None,
                zone: None,
                granularity: Granularity::Day,
                earliest: Some(day_start(next)),
                latest: Some(day_end(next)),
                offset: None,
                trace,
            })
        }
        TimeExpr::TimeOn {
            hour,
            minute,
            zone,
            ref day,
        } => {
            let d = resolve(day, rule, anchor)?;
            let date = d
                .earliest
                .map(|t| t.date())
                .ok_or(ResolveError::NoSuchDate("a day with no date".into()))?;
            let mut trace = d.trace;
            trace.resolution = "<time of day> <day> → that time on the day named";
            if let Some(z) = zone {
                trace.assumption = Some(zone_note(z));
            }
            Ok(TimeValue {
                zone,
                ..clock_value(date, hour, minute, trace)?
            })
        }
        TimeExpr::Set(rec) => {
            // TIMEX3 freq: "1X" for "daily", "every week" (as TimeBank writes them), "2X"
            // for "twice a year"; a weekday or month set says its period in its value.
            let mut freq = None;
            let value = match rec {
                Recurrence::Unit { unit } => {
                    freq = Some("1X".to_string());
                    duration_value(Amount::Exact(1), unit)
                }
                Recurrence::Times { times, unit } => {
                    let per = format!("{unit:?}").to_lowercase();
                    r.assumption = Some(match times {
                        1 => format!("once per {per}"),
                        n => format!("{n} times per {per}"),
                    });
                    freq = Some(format!("{times}X"));
                    duration_value(Amount::Exact(1), unit)
                }
                Recurrence::Weekday { day, part } => format!(
                    "XXXX-WXX-{}{}",
                    day.number_from_monday(),
                    part.map_or(String::new(), |p| format!("T{}", part_code(p)))
                ),
                Recurrence::Month { month } => format!("XXXX-{month:02}"),
                Recurrence::Season { season } => format!("XXXX-{}", season_code(season)),
            };
            Ok(TimeValue {
                kind: TimexType::Set,
                value,
                modifier: None,
                freq,
                zone: None,
                granularity: Granularity::Length,
                earliest: None,
                latest: None,
                offset: None,
                trace: r.trace("every <unit|weekday|month> → a recurring time, no date"),
            })
        }
        TimeExpr::Weekday { day, shift, part } => r.weekday(day, shift, part),
        TimeExpr::Deictic { days, part } => {
            // "today", "tonight" are the writer's day in any profile.
            let base = if days == 0 {
                r.publication()
            } else {
                r.deictic_base()
            };
            let d = add_days(base, days as i64)?;
            Ok(r.day_value(
                d,
                part,
                if base == p {
                    "deictic day → publish date ± days"
                } else {
                    "deictic day, narrative → the day last talked about ± days"
                },
            ))
        }
        TimeExpr::UnitShift { shift, unit } => {
            let base = r.shift_base(shift);
            r.unit_around(
                base,
                unit,
                i64::from(shift_sign(shift)),
                if base == p {
                    "last|next|this <unit> → the calendar unit before, after or around the publish date"
                } else {
                    "last|next <unit>, narrative → the unit before or after the time last talked about"
                },
            )
        }
        TimeExpr::MonthShift { shift, month } => {
            let p = r.shift_base(shift);
            let year = match shift {
                Shift::Next if month <= p.month() => p.year() + 1,
                Shift::Last if month >= p.month() => p.year() - 1,
                _ => p.year(),
            };
            r.month_value(
                year,
                month,
                "last|next|this <month> → the nearest such month in that direction",
            )
        }
        TimeExpr::Ago { amount, unit } => {
            r.used = AnchorUsed::Publication(p);
            let n = match amount {
                Amount::Exact(n) | Amount::AndAHalf(n) => n,
                Amount::Some => {
                    // "months ago", "several weeks ago": more than one unit back, at least one
                    // whole one for a unit of a day or longer ("hours ago" may be today).
                    let whole = !matches!(unit, Unit::Minute | Unit::Hour);
                    let e = match shift_date(p, unit, -1) {
                        Ok(d) if whole => {
                            r.assumption = Some(
                                "an unstated number of units, more than one: at least one before \
                                 the publish date"
                                    .into(),
                            );
                            day_end(d)
                        }
                        _ => {
                            r.assumption = Some(
                                "an unstated number of units: only 'before the publish date' is \
                                 known"
                                    .into(),
                            );
                            day_end(p)
                        }
                    };
                    return Ok(TimeValue {
                        kind: TimexType::Date,
                        value: "PAST_REF".into(),
                        modifier: None,
                        freq: None,
                        zone: None,
                        granularity: Granularity::Vague,
                        earliest: None,
                        latest: Some(e),
                        offset: None,
                        trace: r.trace("<unit>s ago → some time before the publish date"),
                    });
                }
            };
            if let Some(v) = r.same_period_years_away(unit, n, -1, true) {
                return v;
            }
            let d = shift_date(p, unit, -(to_i64(n, unit, p)?))?;
            if matches!(unit, Unit::Decade | Unit::Century) {
                // "a decade ago" names a year, not the decade before this one.
                return r.unit_around(
                    d,
                    Unit::Year,
                    0,
                    "<amount> decades|centuries ago → the year that far back",
                );
            }
            r.unit_around(
                d,
                unit,
                0,
                "<amount> <unit> ago → publish date minus the amount",
            )
        }
        TimeExpr::Anaphoric {
            amount,
            unit,
            direction,
            stretch,
        } => r.anaphoric(amount, unit, direction, stretch),
        TimeExpr::WeekdayFrom { day, direction } => {
            let (s, e) = r.reference_or_publication();
            let mut d = match direction {
                Direction::Before => s.date().pred_opt(),
                Direction::After => e.date().succ_opt(),
            }
            .ok_or_else(|| ResolveError::NoSuchDate(format!("{day:?}")))?;
            while d.weekday() != day {
                d = match direction {
                    Direction::Before => d.pred_opt(),
                    Direction::After => d.succ_opt(),
                }
                .ok_or_else(|| ResolveError::NoSuchDate(format!("{day:?}")))?;
            }
            Ok(r.day_value(
                d,
                None,
                "the previous|following <weekday> → the nearest such day before or after the time last talked about",
            ))
        }
        TimeExpr::PartOfDayFrom { days, part } => {
            let (s, e) = r.reference_or_publication();
            let d = add_days(s.date(), i64::from(days))?;
            // "A plane that crashed last month ..., and the crew had reported a warning light
            // the previous evening": the time talked about holds several days, any of which
            // may be the one meant; that part of each of them, moved as said.
            if e.date() > s.date() {
                let (code, earliest, _) = part_bounds(d, part);
                let (_, _, latest) = part_bounds(add_days(e.date(), i64::from(days))?, part);
                return Ok(TimeValue {
                    kind: TimexType::Time,
                    value: format!("{}T{code}", unknown_day(d, latest.date())),
                    modifier: None,
                    freq: None,
                    zone: None,
                    granularity: Granularity::PartOfDay,
                    earliest: Some(earliest),
                    latest: Some(latest),
                    offset: None,
                    trace: r.trace(
                        "that|the next|the previous <part of day> after a time of several days → that part of one of its days, or of the day after or before it",
                    ),
                });
            }
            Ok(r.day_value(
                d,
                Some(part),
                "that|the next|the previous <part of day> → that part of the day talked about, or of the day after or before it",
            ))
        }
        TimeExpr::SameAs { unit } => {
            let (s, e) = r.reference_or_publication();
            let d = s.date();
            match unit {
                Unit::Night => Ok(r.day_value(
                    d,
                    Some(PartOfDay::Night),
                    "that night → the night of the time last talked about",
                )),
                // "last October when he was killed ... that same day": a day of that month,
                // not its first (AQUAINT APW19990206.0090: 1998-10-XX).
                Unit::Day if e.date() > d => {
                    let prev = anchor.previous.as_ref().map_or("", |p| p.value.as_str());
                    let digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
                    let value = match (prev.get(..4), prev.get(4..5), prev.get(5..)) {
                        (Some(y), None, None) if digits(y) => Some(format!("{y}-XX-XX")),
                        (Some(y), Some("-"), Some(m)) if digits(y) && m.len() == 2 && digits(m) => {
                            Some(format!("{y}-{m}-XX"))
                        }
                        _ => None,
                    };
                    match value {
                        Some(value) => {
                            let mut v = r.value(
                                TimexType::Date,
                                value,
                                Granularity::Day,
                                d,
                                e.date(),
                                "that|the same day → a day of the month or year last talked about",
                            );
                            v.trace.assumption = Some(
                                "the time talked about is longer than a day; which day is not said"
                                    .into(),
                            );
                            Ok(v)
                        }
                        None => Ok(r.day_value(
                            d,
                            None,
                            "that|the same day → the day of the time last talked about",
                        )),
                    }
                }
                Unit::Day => Ok(r.day_value(
                    d,
                    None,
                    "that|the same day → the day of the time last talked about",
                )),
                _ => {
                    let _ = e;
                    r.unit_around(
                        d,
                        unit,
                        0,
                        "that <unit> → the unit of the time last talked about",
                    )
                }
            }
        }
        TimeExpr::EventRelative {
            amount,
            unit,
            direction,
        } => {
            r.used = AnchorUsed::Event;
            let (min, max) = metric(amount, unit);
            let value = duration_value(amount, unit);
            Ok(TimeValue {
                kind: TimexType::Duration,
                value,
                modifier: None,
                freq: None,
                zone: None,
                granularity: Granularity::Length,
                earliest: None,
                latest: None,
                offset: Some(Offset {
                    direction,
                    min_minutes: min,
                    max_minutes: max,
                }),
                trace: r.trace(if amount == Amount::Some {
                    "<unit>s after|before <event> → at least one and fewer than the next unit up"
                } else {
                    "<amount> <unit> after|before <event> → that many units from the event"
                }),
            })
        }
        TimeExpr::Duration {
            amount,
            unit,
            reach: Reach::UpToNow,
        } => r.past_stretch(amount, unit),
        TimeExpr::Duration {
            amount,
            unit,
            reach: Reach::Free,
        } => Ok(TimeValue {
            kind: TimexType::Duration,
            value: duration_value(amount, unit),
            modifier: None,
            freq: None,
            zone: None,
            granularity: Granularity::Length,
            earliest: None,
            latest: None,
            offset: None,
            trace: r.trace("<amount> <unit> → a length of time"),
        }),
        TimeExpr::TimeOfDay { hour, minute, zone } => {
            let (day, used) = match &anchor.previous {
                Some(prev) if prev.latest - prev.earliest < Duration::days(1) => (
                    prev.earliest.date(),
                    AnchorUsed::Previous {
                        value: prev.value.clone(),
                        phrase: prev.phrase.clone(),
                    },
                ),
                _ => (p, AnchorUsed::Publication(p)),
            };
            r.used = used;
            if let Some(z) = zone {
                r.assumption = Some(zone_note(z));
            }
            // "collapsed on Wednesday, hours after it took effect at midnight": a midnight with
            // no day of its own may open the day talked about or close it. The value stays
            // TimeML's (the day's T24:00); the bounds hold both.
            let bare_midnight = hour == 24 && minute == 0;
            if bare_midnight {
                r.assumption = Some(
                    "midnight with no day of its own: the one that opened the day or the one \
                     that closed it"
                        .to_string(),
                );
            }
            let v = clock_value(
                day,
                hour,
                minute,
                r.trace("<time of day> → on the day last talked about, else the publish date"),
            )?;
            Ok(TimeValue {
                zone,
                earliest: if bare_midnight {
                    Some(day_start(day))
                } else {
                    v.earliest
                },
                ..v
            })
        }
        TimeExpr::Vague(v) => {
            r.used = AnchorUsed::Publication(p);
            let (value, earliest, latest, why) = match v {
                Vague::Past => (
                    "PAST_REF",
                    None,
                    Some(day_end(p)),
                    "vague past → before the publish date",
                ),
                Vague::Present => (
                    "PRESENT_REF",
                    Some(day_start(p)),
                    Some(day_end(p)),
                    "vague present → the publish date",
                ),
                Vague::Future => (
                    "FUTURE_REF",
                    Some(day_start(p)),
                    None,
                    "vague future → after the publish date",
                ),
            };
            Ok(TimeValue {
                kind: TimexType::Date,
                value: value.into(),
                modifier: None,
                freq: None,
                zone: None,
                granularity: Granularity::Vague,
                earliest,
                latest,
                offset: None,
                trace: r.trace(why),
            })
        }
        TimeExpr::Discourse { .. } => Err(ResolveError::NotATime),
    }
}

struct Resolution<'a> {
    rule: &'static str,
    anchor: &'a Anchor,
    used: AnchorUsed,
    assumption: Option<String>,
    alternative: Option<String>,
}

impl Resolution<'_> {
    fn trace(&self, resolution: &'static str) -> Trace {
        Trace {
            rule: self.rule,
            resolution,
            anchor: self.used.clone(),
            tense: self.anchor.tense,
            assumption: self.assumption.clone(),
            alternative: self.alternative.clone(),
        }
    }

    fn value(
        &self,
        kind: TimexType,
        value: String,
        granularity: Granularity,
        start: NaiveDate,
        end: NaiveDate,
        why: &'static str,
    ) -> TimeValue {
        TimeValue {
            kind,
            value,
            modifier: None,
            freq: None,
            zone: None,
            granularity,
            earliest: Some(day_start(start)),
            latest: Some(day_end(end)),
            offset: None,
            trace: self.trace(why),
        }
    }

    /// The publish date, recorded as the anchor used.
    fn publication(&mut self) -> NaiveDate {
        self.used = AnchorUsed::Publication(self.anchor.published);
        self.anchor.published
    }

    /// The day a relative reference counts from ("yesterday", "last week", "next March",
    /// "on Friday", a month or season without a year), recorded as the anchor used: the
    /// publish date in news; in the narrative profile, once something has been talked
    /// about, the first day of the time last talked about, since a history's "the day
    /// before" and "last week" move with the story, not with the writing date.
    /// ("Two years ago" stays on the writing date in both: "ago" counts back from now.)
    fn deictic_base(&mut self) -> NaiveDate {
        match (&self.anchor.previous, self.anchor.profile) {
            (Some(prev), Profile::Narrative) => {
                self.used = AnchorUsed::Previous {
                    value: prev.value.clone(),
                    phrase: prev.phrase.clone(),
                };
                prev.earliest.date()
            }
            _ => self.publication(),
        }
    }

    /// The day "last|next <unit|month|season>" counts from: the deictic base (which follows
    /// the story in the narrative profile); "this" and no shift stay on the publish date.
    fn shift_base(&mut self, shift: Shift) -> NaiveDate {
        match shift {
            Shift::Last | Shift::Next => self.deictic_base(),
            Shift::This | Shift::Implicit => self.publication(),
        }
    }

    fn day_value(&self, d: NaiveDate, part: Option<PartOfDay>, why: &'static str) -> TimeValue {
        match part {
            None => self.value(TimexType::Date, date_string(d), Granularity::Day, d, d, why),
            Some(part) => {
                let (code, s, e) = part_bounds(d, part);
                TimeValue {
                    kind: TimexType::Time,
                    value: format!("{}T{}", date_string(d), code),
                    modifier: None,
                    freq: None,
                    zone: None,
                    granularity: Granularity::PartOfDay,
                    earliest: Some(s),
                    latest: Some(e),
                    offset: None,
                    trace: self.trace(why),
                }
            }
        }
    }

    fn month_value(
        &self,
        year: i32,
        month: u32,
        why: &'static str,
    ) -> Result<TimeValue, ResolveError> {
        let s = ymd(year, month, 1)?;
        let e = last_of_month(s);
        Ok(self.value(
            TimexType::Date,
            format!("{:04}-{:02}", year, month),
            Granularity::Month,
            s,
            e,
            why,
        ))
    }

    /// The calendar `unit` containing `d`, moved by `k` units.
    fn unit_around(
        &self,
        d: NaiveDate,
        unit: Unit,
        k: i64,
        why: &'static str,
    ) -> Result<TimeValue, ResolveError> {
        let d = shift_date(d, unit, k)?;
        let v = match unit {
            Unit::Minute | Unit::Hour | Unit::Day => self.day_value(d, None, why),
            Unit::Night => self.day_value(d, Some(PartOfDay::Night), why),
            Unit::Week => {
                let monday = d - Duration::days(d.weekday().num_days_from_monday() as i64);
                let w = d.iso_week();
                self.value(
                    TimexType::Date,
                    format!("{:04}-W{:02}", w.year(), w.week()),
                    Granularity::Week,
                    monday,
                    monday + Duration::days(6),
                    why,
                )
            }
            Unit::Weekend => {
                let saturday = d + Duration::days(5 - d.weekday().num_days_from_monday() as i64);
                let w = saturday.iso_week();
                self.value(
                    TimexType::Date,
                    format!("{:04}-W{:02}-WE", w.year(), w.week()),
                    Granularity::Days,
                    saturday,
                    saturday + Duration::days(1),
                    why,
                )
            }
            Unit::Month => return self.month_value(d.year(), d.month(), why),
            Unit::Quarter => {
                let q = (d.month() - 1) / 3;
                let s = ymd(d.year(), q * 3 + 1, 1)?;
                let e = last_of_month(ymd(d.year(), q * 3 + 3, 1)?);
                self.value(
                    TimexType::Date,
                    format!("{:04}-Q{}", d.year(), q + 1),
                    Granularity::Quarter,
                    s,
                    e,
                    why,
                )
            }
            Unit::Year => self.value(
                TimexType::Date,
                format!("{:04}", d.year()),
                Granularity::Year,
                ymd(d.year(), 1, 1)?,
                ymd(d.year(), 12, 31)?,
                why,
            ),
            Unit::Decade => {
                let y = d.year() - d.year().rem_euclid(10);
                self.value(
                    TimexType::Date,
                    format!("{:03}", y / 10),
                    Granularity::Decade,
                    ymd(y, 1, 1)?,
                    ymd(y + 9, 12, 31)?,
                    why,
                )
            }
            Unit::Century => {
                let y = d.year() - d.year().rem_euclid(100);
                self.value(
                    TimexType::Date,
                    format!("{:02}", y / 100),
                    Granularity::Century,
                    ymd(y.max(1), 1, 1)?,
                    ymd(y + 99, 12, 31)?,
                    why,
                )
            }
        };
        Ok(v)
    }

    fn calendar(
        &mut self,
        year: Option<i32>,
        month: Option<u32>,
        day: Option<u32>,
    ) -> Result<TimeValue, ResolveError> {
        match (year, month, day) {
            (Some(y), Some(m), Some(d)) => {
                let date = NaiveDate::from_ymd_opt(y, m, d)
                    .ok_or_else(|| ResolveError::NoSuchDate(format!("{y}-{m:02}-{d:02}")))?;
                Ok(self.day_value(date, None, "full date → that day"))
            }
            (Some(y), Some(m), None) => self.month_value(y, m, "month and year → that month"),
            (Some(y), None, _) => Ok(self.value(
                TimexType::Date,
                format!("{y:04}"),
                Granularity::Year,
                ymd(y, 1, 1)?,
                ymd(y, 12, 31)?,
                "year → that year",
            )),
            (None, Some(m), d) => {
                let region = |y: i32| -> Option<(NaiveDate, NaiveDate)> {
                    match d {
                        Some(d) => NaiveDate::from_ymd_opt(y, m, d).map(|x| (x, x)),
                        None => {
                            let s = NaiveDate::from_ymd_opt(y, m, 1)?;
                            Some((s, last_of_month(s)))
                        }
                    }
                };
                let (year, why) = self.year_for(region)?;
                match d {
                    Some(d) => {
                        let date = NaiveDate::from_ymd_opt(year, m, d).ok_or_else(|| {
                            ResolveError::NoSuchDate(format!("{year}-{m:02}-{d:02}"))
                        })?;
                        Ok(self.day_value(date, None, why))
                    }
                    None => self.month_value(year, m, why),
                }
            }
            (None, None, _) => Err(ResolveError::NoSuchDate(
                "a date without month or year".into(),
            )),
        }
    }

    fn weekday(
        &mut self,
        day: Weekday,
        shift: Shift,
        part: Option<PartOfDay>,
    ) -> Result<TimeValue, ResolveError> {
        // News: the publish date; narrative: the day last talked about ("On Friday" in a
        // history is the Friday around the date the story has reached).
        let p = self.deictic_base();
        let back =
            (7 + p.weekday().num_days_from_monday() as i64 - day.num_days_from_monday() as i64) % 7;
        let on_or_before = p - Duration::days(back);
        let after = on_or_before + Duration::days(7);
        let first_after = if back == 0 {
            after
        } else {
            on_or_before + Duration::days(7)
        };
        let (date, why) = match shift {
            Shift::Last => (
                if back == 0 {
                    p - Duration::days(7)
                } else {
                    on_or_before
                },
                "last <weekday> → latest such day before the anchor",
            ),
            Shift::Next => {
                self.alternative =
                    Some("the one in the following week, if 'next' means 'of next week'".into());
                (
                    first_after,
                    "next <weekday> → first such day after the anchor",
                )
            }
            Shift::This => {
                let monday = p - Duration::days(p.weekday().num_days_from_monday() as i64);
                (
                    monday + Duration::days(day.num_days_from_monday() as i64),
                    "this <weekday> → that day of the anchor's week",
                )
            }
            Shift::Implicit => match self.anchor.tense {
                Tense::Past => {
                    self.alternative = Some(format!(
                        "{} (the next one), rejected: past tense",
                        first_after
                    ));
                    (
                        on_or_before,
                        "weekday, past tense → latest on or before the anchor",
                    )
                }
                // News written on a Thursday about what "will happen Thursday" means that day.
                Tense::Future if back == 0 => {
                    self.alternative = Some(format!(
                        "{first_after} (a week on), rejected: the anchor's own weekday"
                    ));
                    (
                        on_or_before,
                        "weekday, future tense, the anchor's weekday → the anchor's day",
                    )
                }
                Tense::Future => {
                    self.alternative = Some(format!(
                        "{} (the last one), rejected: future tense",
                        on_or_before
                    ));
                    (
                        first_after,
                        "weekday, future tense → first after the anchor",
                    )
                }
                Tense::Present | Tense::None => {
                    let forward = (first_after - p).num_days();
                    if back <= forward + NEWS_PAST_BIAS_DAYS {
                        self.assumption =
                            Some("no past or future verb; the nearest such day taken".into());
                        self.alternative = Some(format!("{first_after} (the next one)"));
                        (
                            on_or_before,
                            "weekday, no tense → the past one unless the next is much nearer",
                        )
                    } else {
                        self.assumption =
                            Some("no past or future verb; the nearest such day taken".into());
                        self.alternative = Some(format!("{on_or_before} (the last one)"));
                        (
                            first_after,
                            "weekday, no tense → the past one unless the next is much nearer",
                        )
                    }
                }
            },
        };
        Ok(self.day_value(date, part, why))
    }

    /// The year a partial phrase falls in, counted from the publish date (or, in the
    /// narrative profile, the time last talked about): the anchor's year, unless a past-tense
    /// clause puts it after the anchor (the year before) or a future-tense clause before it
    /// (the year after). With no tense, the nearer of the two readings.
    fn year_for(
        &mut self,
        region_in: impl Fn(i32) -> Option<(NaiveDate, NaiveDate)>,
    ) -> Result<(i32, &'static str), ResolveError> {
        let a = self.anchor;
        let base = self.deictic_base();
        let y = base.year();
        let (s, e) = region_in(y).ok_or_else(|| ResolveError::NoSuchDate(format!("year {y}")))?;
        let later = s > base;
        let earlier = e < base;
        // A date just after the anchor in a past-tense clause is an upcoming date reported
        // in the past tense ("the vote was set for Nov. 20"), not one nearly a year ago.
        // A quarter or season is reported on for about as long again after it closes ("expects
        // to report a third-quarter loss" in November): the window is at least the region's
        // own length.
        let window = NEAR_DAYS.max((e - s).num_days());
        let near = |d: NaiveDate| (d - base).num_days().abs() <= window;
        let out = match a.tense {
            Tense::Past | Tense::Future
                if (a.tense == Tense::Past && later && near(s))
                    || (a.tense == Tense::Future && earlier && near(e)) =>
            {
                let other = if later { y - 1 } else { y + 1 };
                self.alternative = Some(format!(
                    "{other}, which the clause's tense suggests, rejected: within {window} days of the anchor"
                ));
                (
                    y,
                    "partial date within a month (or its own length) of the anchor → the anchor's year",
                )
            }
            Tense::Past if later => {
                self.alternative = Some(format!(
                    "{y} (the anchor's year), rejected: later than the anchor in a past-tense clause"
                ));
                (
                    y - 1,
                    "partial date, past tense, later than the anchor → the year before",
                )
            }
            Tense::Future if earlier => {
                self.alternative = Some(format!(
                    "{y} (the anchor's year), rejected: earlier than the anchor in a future-tense clause"
                ));
                (
                    y + 1,
                    "partial date, future tense, earlier than the anchor → the year after",
                )
            }
            Tense::None | Tense::Present if later || earlier => {
                // The nearer of this year's and the neighbouring year's.
                let (other, gap_same, gap_other) = if later {
                    let o = region_in(y - 1).map_or(i64::MAX, |(_, e)| (base - e).num_days());
                    (y - 1, (s - base).num_days(), o)
                } else {
                    let o = region_in(y + 1).map_or(i64::MAX, |(s, _)| (s - base).num_days());
                    (y + 1, (base - e).num_days(), o)
                };
                if gap_other < gap_same {
                    self.alternative = Some(format!("{y} (the anchor's year), farther away"));
                    (other, "partial date, no tense → the nearer year")
                } else {
                    self.alternative = Some(format!("{other}, farther away"));
                    (y, "partial date, no tense → the nearer year")
                }
            }
            _ => {
                if later || earlier {
                    let other = if later { y - 1 } else { y + 1 };
                    self.alternative = Some(format!("{other}, if the clause's tense was misread"));
                }
                (y, "partial date → the anchor's year")
            }
        };
        self.assumption = Some(format!("the year is not stated; {} chosen", out.0));
        Ok(out)
    }

    fn part_of_year(
        &mut self,
        year: Option<i32>,
        shift: Shift,
        part: YearPart,
    ) -> Result<TimeValue, ResolveError> {
        let p = self.anchor.published;
        let bounds = |y: i32| -> Option<(NaiveDate, NaiveDate)> {
            let (m1, m2) = match part {
                YearPart::Quarter(q) => (q * 3 - 2, q * 3),
                YearPart::Half(h) => (h * 6 - 5, h * 6),
                YearPart::Season(Season::Spring) => (3, 5),
                YearPart::Season(Season::Summer) => (6, 8),
                YearPart::Season(Season::Fall) => (9, 11),
                YearPart::Season(Season::Winter) => (12, 14),
            };
            let s = NaiveDate::from_ymd_opt(y, m1, 1)?;
            let e = if m2 > 12 {
                NaiveDate::from_ymd_opt(y + 1, m2 - 12, 1)?
            } else {
                NaiveDate::from_ymd_opt(y, m2, 1)?
            };
            Some((s, last_of_month(e)))
        };
        let (y, why) = match (year, shift, part) {
            (Some(y), _, _) => (y, "<part of year> <year> → that part of that year"),
            (None, _, YearPart::Season(_)) if shift != Shift::Implicit => {
                let p = self.shift_base(shift);
                let this = p.year();
                let (s, e) = bounds(this).ok_or(ResolveError::NoSuchDate(format!("{this}")))?;
                let y = match shift {
                    Shift::Last if s <= p && e < p => this,
                    Shift::Last => this - 1,
                    Shift::Next if s > p => this,
                    Shift::Next => this + 1,
                    _ => this,
                };
                (
                    y,
                    "last|this|next <season> → the nearest such season in that direction",
                )
            }
            (None, Shift::Implicit, _) => self.year_for(bounds)?,
            (None, shift, _) => {
                self.used = AnchorUsed::Publication(p);
                (
                    p.year() + shift_sign(shift),
                    "this|last|next year's <part> → that part of the year named",
                )
            }
        };
        if !CALENDAR_YEARS.contains(&y) {
            return Err(ResolveError::NoSuchDate(format!("year {y}")));
        }
        let (s, e) = bounds(y).ok_or(ResolveError::NoSuchDate(format!("year {y}")))?;
        let (code, granularity) = match part {
            YearPart::Quarter(q) => (format!("Q{q}"), Granularity::Quarter),
            YearPart::Half(h) => (format!("H{h}"), Granularity::Quarter),
            YearPart::Season(season) => (season_code(season).to_string(), Granularity::Quarter),
        };
        Ok(self.value(
            TimexType::Date,
            format!("{y:04}-{code}"),
            granularity,
            s,
            e,
            why,
        ))
    }

    fn the_unit(&mut self, unit: Unit) -> Result<TimeValue, ResolveError> {
        let p = self.anchor.published;
        if let Some(prev) = &self.anchor.previous {
            let g = granularity_of_value(&prev.value);
            // A quarter still open at the publish date ("a fourth-quarter charge" in
            // November) is not the one a past report is about.
            let open_at_publication = prev.latest.date() > p && self.anchor.tense != Tense::Future;
            let fits = match unit {
                Unit::Quarter => {
                    g == Granularity::Quarter && prev.value.contains("-Q") && !open_at_publication
                }
                // "1998", or "BC0490" (the year of a war history before the common era).
                Unit::Year => {
                    prev.value.len() == 4 || (prev.value.len() == 6 && prev.value.starts_with("BC"))
                }
                Unit::Month => g == Granularity::Month,
                Unit::Week => g == Granularity::Week && !prev.value.ends_with("WE"),
                Unit::Weekend => prev.value.ends_with("WE"),
                _ => false,
            };
            if fits {
                self.used = AnchorUsed::Previous {
                    value: prev.value.clone(),
                    phrase: prev.phrase.clone(),
                };
                // "since the start of the year ... by the end of the year": the unit named
                // again is the whole of it, not the part a modifier cut from it before.
                let (earliest, latest) = whole_unit(&prev.value)
                    .map_or((prev.earliest, prev.latest), |(s, e)| {
                        (super::value::day_start(s), super::value::day_end(e))
                    });
                let mut v = self.value(
                    TimexType::Date,
                    prev.value.clone(),
                    g,
                    earliest.date(),
                    latest.date(),
                    "the <unit> → the one last talked about",
                );
                v.earliest = Some(earliest);
                v.latest = Some(latest);
                return Ok(v);
            }
        }
        self.used = AnchorUsed::Publication(p);
        if unit == Unit::Weekend {
            // The weekend nearest the publish date in the direction the tense points.
            let sat = self.weekday(Weekday::Sat, Shift::Implicit, None)?;
            let d = sat.earliest.map_or(p, |t| t.date());
            return self.unit_around(
                d,
                Unit::Weekend,
                0,
                "the weekend → the nearest weekend in the tense's direction",
            );
        }
        if unit == Unit::Quarter && self.anchor.tense != Tense::Future {
            // Results are reported after a quarter closes: "the quarter" in a report is the
            // last complete one, in the present tense too ("the latest period includes").
            self.alternative = Some("the quarter around the publish date".into());
            return self.unit_around(
                p,
                unit,
                -1,
                "the quarter, not future → the last complete quarter before the publish date",
            );
        }
        self.unit_around(
            p,
            unit,
            0,
            "the <unit> → the one around the publish date (none talked about before)",
        )
    }

    /// "a year ago", "a year earlier" after a finer period was talked about ("the third
    /// quarter"): that period `n` years away, at its own granularity (`1989-Q3` → `1988-Q3`),
    /// as financial news compares a quarter with the year-ago quarter. With `quarters_only`,
    /// only quarters and halves count (for "ago", which is anchored on the publish date).
    fn same_period_years_away(
        &mut self,
        unit: Unit,
        n: u64,
        sign: i64,
        quarters_only: bool,
    ) -> Option<Result<TimeValue, ResolveError>> {
        if unit != Unit::Year {
            return None;
        }
        let prev = self.anchor.previous.as_ref()?;
        let g = granularity_of_value(&prev.value);
        if quarters_only && g != Granularity::Quarter {
            return None;
        }
        if !matches!(
            g,
            Granularity::Quarter | Granularity::Month | Granularity::Day
        ) {
            return None;
        }
        let years = i32::try_from(n).ok()?.checked_mul(sign as i32)?;
        let value = shift_value_year(&prev.value, years)?;
        self.used = AnchorUsed::Previous {
            value: prev.value.clone(),
            phrase: prev.phrase.clone(),
        };
        let (e, l) = (prev.earliest.date(), prev.latest.date());
        let moved = shift_date(e, Unit::Year, years as i64)
            .and_then(|s| Ok((s, shift_date(l, Unit::Year, years as i64)?)));
        Some(moved.map(|(s, e)| {
            let mut v = self.value(
                TimexType::Date,
                value,
                g,
                s,
                e,
                "<n> years ago|earlier after a period → that period n years away",
            );
            v.granularity = g;
            v
        }))
    }

    fn reference_or_publication(&mut self) -> (NaiveDateTime, NaiveDateTime) {
        match &self.anchor.previous {
            Some(prev) => {
                self.used = AnchorUsed::Previous {
                    value: prev.value.clone(),
                    phrase: prev.phrase.clone(),
                };
                (prev.earliest, prev.latest)
            }
            None => {
                let p = self.anchor.published;
                self.used = AnchorUsed::Publication(p);
                self.assumption = Some(
                    "no earlier time in the text; the publish date stands in as the anchor".into(),
                );
                (day_start(p), day_end(p))
            }
        }
    }

    /// "in the past two weeks", "over the last three years": a length that ends at the time
    /// of writing, so the stretch of that many units up to the publish day (its value stays
    /// the length, as TimeML writes it). "the past few years" leaves the far end open.
    fn past_stretch(&mut self, amount: Amount, unit: Unit) -> Result<TimeValue, ResolveError> {
        let p = self.anchor.published;
        self.used = AnchorUsed::Publication(p);
        let n = match amount {
            Amount::Exact(0) => return Err(ResolveError::EmptyStretch { unit }),
            Amount::Exact(n) => Some(n),
            // "the past two and a half years" reaches back to the third.
            Amount::AndAHalf(n) => Some(n.saturating_add(1)),
            Amount::Some => None,
        };
        let earliest = match n {
            None => None,
            Some(n) => {
                let k = to_i64(n, unit, p)?;
                Some(match unit {
                    Unit::Minute | Unit::Hour => {
                        day_start(p) - Duration::minutes(k * unit_minutes(unit))
                    }
                    _ => day_start(shift_date(p, unit, -k)?),
                })
            }
        };
        Ok(TimeValue {
            kind: TimexType::Duration,
            value: duration_value(amount, unit),
            modifier: None,
            freq: None,
            zone: None,
            granularity: Granularity::Days,
            earliest,
            latest: Some(day_end(p)),
            offset: None,
            trace: self.trace("the past|last <n> <unit> → the n units up to the publish date"),
        })
    }

    fn anaphoric(
        &mut self,
        amount: Amount,
        unit: Unit,
        direction: Direction,
        stretch: bool,
    ) -> Result<TimeValue, ResolveError> {
        // "Navy divers will continue to search the wreck over the next two weeks": in a present
        // or future clause, the units after a past time told before (or after a stretch) are
        // counted from the publish date; a day or month still ahead is a start to count from
        // ("will open on June 1 and run for the following three days").
        let from_now = stretch
            && direction == Direction::After
            && !matches!(unit, Unit::Hour | Unit::Minute)
            && matches!(self.anchor.tense, Tense::Present | Tense::Future)
            && self.anchor.previous.as_ref().is_some_and(|prev| {
                prev.earliest.date() <= self.anchor.published || prev.value.starts_with('P')
            });
        let (s, e) = if from_now {
            let p = self.anchor.published;
            self.used = AnchorUsed::Publication(p);
            self.assumption = Some(super::FROM_PUBLISH_DATE.into());
            (day_start(p), day_end(p))
        } else {
            self.reference_or_publication()
        };
        let n = match amount {
            Amount::Exact(n) | Amount::AndAHalf(n) => n,
            Amount::Some => 1,
        };
        let anchor_day = match direction {
            Direction::Before => s.date(),
            Direction::After => e.date(),
        };
        let n_i = to_i64(n, unit, anchor_day)?;
        let sign = if direction == Direction::Before {
            -1
        } else {
            1
        };
        let (min, max) = calendar_metric(amount, unit);
        let offset = Some(Offset {
            direction,
            min_minutes: min,
            max_minutes: max,
        });
        if stretch && n == 0 {
            // "the previous 0 days" names no time at all.
            return Err(ResolveError::EmptyStretch { unit });
        }
        if stretch {
            // The n units just before (or after) the anchor, as one stretch.
            let (first, last) = match direction {
                Direction::Before => (
                    shift_date(anchor_day, unit, -n_i)?,
                    shift_date(anchor_day, unit, -1)?,
                ),
                Direction::After => (
                    shift_date(anchor_day, unit, 1)?,
                    shift_date(anchor_day, unit, n_i)?,
                ),
            };
            let (earliest, latest) = match unit {
                Unit::Night => (
                    part_bounds(first, PartOfDay::Night).1,
                    part_bounds(last, PartOfDay::Night).2,
                ),
                // "the previous 24 hours" ends at the anchor's start; "the next four hours",
                // after "6 p.m.", starts at its end.
                Unit::Hour | Unit::Minute => match direction {
                    Direction::Before => (s - Duration::minutes(max), s),
                    Direction::After => (e, e + Duration::minutes(max)),
                },
                // From the publish date: the days after it up to n units on ("over the next
                // two weeks", on 12 March: 13 to 26 March), not whole calendar units.
                _ if from_now => (day_start(add_days(anchor_day, 1)?), day_end(last)),
                _ => (
                    day_start(unit_bounds(first, unit)?.0),
                    day_end(unit_bounds(last, unit)?.1),
                ),
            };
            let mut v = TimeValue {
                kind: TimexType::Duration,
                value: duration_value(amount, if unit == Unit::Night { Unit::Day } else { unit }),
                modifier: None,
                freq: None,
                zone: None,
                // A few hours are a part of a day, not several days.
                granularity: if matches!(unit, Unit::Hour | Unit::Minute) && max <= 24 * 60 {
                    Granularity::PartOfDay
                } else {
                    Granularity::Days
                },
                earliest: Some(earliest),
                latest: Some(latest),
                offset: None,
                trace: self.trace("the previous|following <n> <unit> → the n units just before or after the anchor"),
            };
            // "the next 12 to 18 months": an unstated number of units, so the far end is open.
            if amount == Amount::Some {
                match direction {
                    Direction::Before => v.earliest = None,
                    Direction::After => v.latest = None,
                }
            }
            if unit == Unit::Night {
                v.trace.assumption = Some(format!(
                    "{}; a night runs 18:00–06:00",
                    v.trace
                        .assumption
                        .clone()
                        .unwrap_or_else(|| "anchored on the time last talked about".into())
                ));
            }
            return Ok(v);
        }
        // "a year earlier" compares a period with the same period a year before; "the
        // following year", "the year before" name a whole year.
        if amount != Amount::Some && !self.rule.starts_with("the ") {
            if let Some(v) = self.same_period_years_away(unit, n, sign, false) {
                return v;
            }
        }
        // "The quake struck at 4:17 a.m. ... A second quake hit about nine hours later": hours
        // or minutes from a time of day are a time of day too, not the whole day.
        if s == e && matches!(unit, Unit::Hour | Unit::Minute) && amount != Amount::Some {
            let t = s
                .checked_add_signed(Duration::minutes(sign * min))
                .filter(|t| CALENDAR_YEARS.contains(&t.year()))
                .ok_or(ResolveError::OutOfRange {
                    amount: n,
                    unit,
                    from: s.date(),
                })?;
            let mut v = minute_value(
                t,
                self.trace("<n> hours|minutes later|earlier than a time of day → that time moved by the amount"),
            );
            v.offset = offset;
            return Ok(v);
        }
        let d = shift_date(anchor_day, unit, sign * n_i)?;
        let why = "the following|previous <unit>, <n> <unit> later|earlier → the anchor moved by the amount";
        let mut v = self.unit_around(d, unit, 0, why)?;
        // "cracks were reported in January, and a contract was signed two weeks later": the
        // anchor spans several of the units counted, so the moved time runs from its first
        // day moved to its last day moved (15 January to 14 February), not a week past its end.
        let calendar = matches!(unit, Unit::Day | Unit::Week | Unit::Month | Unit::Year);
        if calendar
            && amount != Amount::Some
            && unit_bounds(s.date(), unit)? != unit_bounds(e.date(), unit)?
        {
            let first = unit_bounds(shift_date(s.date(), unit, sign * n_i)?, unit)?.0;
            let last = unit_bounds(shift_date(e.date(), unit, sign * n_i)?, unit)?.1;
            v.earliest = Some(day_start(first));
            v.latest = Some(day_end(last));
            v.trace.assumption = Some(format!(
                "the anchor is longer than one of the {unit} counted: the amount counted from each of its days"
            ));
        }
        if amount == Amount::Some {
            // "minutes later", "several days later": at most the greatest distance the unit
            // allows (under the next unit up) from the anchor.
            let reach = Duration::minutes(max);
            v.earliest = if direction == Direction::After {
                Some(e)
            } else {
                s.checked_sub_signed(reach)
            };
            v.latest = if direction == Direction::Before {
                Some(s)
            } else {
                e.checked_add_signed(reach)
            };
            v.value = if direction == Direction::After {
                "FUTURE_REF".into()
            } else {
                "PAST_REF".into()
            };
            v.granularity = Granularity::Vague;
        }
        v.offset = offset;
        Ok(v)
    }
}

/// "about nine hours later", "less than an hour after" a time of day: the moved time `v`
/// (`n` units from its anchor) widened by what the modifier leaves open. "about" allows a
/// tenth of the amount either side, at least one unit; "less than", "up to" reach back to the
/// anchor; "more than", "at least" stay under the next unit up (a day for hours, an hour for
/// minutes), as "hours after" does, or under twice the amount beyond it.
fn widen_moved_time(v: &mut TimeValue, modifier: Modifier, n: u64, unit: Unit) {
    let (Some(t), Some(offset)) = (v.earliest, v.offset.as_mut()) else {
        return;
    };
    let u = unit_minutes(unit);
    let amount = i64::try_from(n).unwrap_or(i64::MAX).saturating_mul(u);
    let back = |m: i64| match offset.direction {
        Direction::After => -m,
        Direction::Before => m,
    };
    let (early, late) = match modifier {
        Modifier::Approx => {
            let w = (amount / 10).max(u).min(amount);
            (w, w)
        }
        Modifier::LessThan | Modifier::EqualOrLess => (amount, 0),
        // As "hours after" stays under a day: "more than nine hours later" stays under a day
        // ("more than 40 minutes" under an hour), "more than 30 hours" under twice the amount.
        Modifier::MoreThan | Modifier::EqualOrMore => {
            let next_up = if unit == Unit::Hour { 1440 } else { 60 };
            (
                0,
                if amount < next_up {
                    next_up - 1 - amount
                } else {
                    amount
                },
            )
        }
        _ => (0, 0),
    };
    // `early` minutes nearer the anchor, `late` minutes farther from it.
    offset.min_minutes = offset.min_minutes.saturating_sub(early).max(0);
    offset.max_minutes = offset.max_minutes.saturating_add(late);
    let near = t.checked_add_signed(Duration::minutes(back(early)));
    let far = t.checked_add_signed(Duration::minutes(-back(late)));
    let (lo, hi) = match offset.direction {
        Direction::After => (near, far),
        Direction::Before => (far, near),
    };
    v.earliest = lo;
    v.latest = hi;
    if v.earliest.is_none() || v.latest.is_none() {
        v.granularity = Granularity::Vague;
    }
    let note = match modifier {
        Modifier::Approx => format!("taken as {early} minutes either side"),
        Modifier::LessThan | Modifier::EqualOrLess => "anywhere from the anchor to it".into(),
        Modifier::MoreThan | Modifier::EqualOrMore => format!("up to {late} minutes beyond it"),
        _ => return,
    };
    v.trace.assumption = Some(match v.trace.assumption.take() {
        Some(a) => format!("{a}, {note}"),
        None => note,
    });
}

/// Minutes in one unit, roughly for the long ones (a month is 30 days here).
fn unit_minutes(unit: Unit) -> i64 {
    match unit {
        Unit::Minute => 1,
        Unit::Hour => 60,
        Unit::Day | Unit::Night => 1440,
        Unit::Week => 7 * 1440,
        Unit::Weekend => 2 * 1440,
        Unit::Month => 30 * 1440,
        Unit::Quarter => 91 * 1440,
        Unit::Year => 365 * 1440,
        Unit::Decade => 3652 * 1440,
        Unit::Century => 36524 * 1440,
    }
}

/// The least and greatest distance an amount of units stands for, in minutes.
fn metric(amount: Amount, unit: Unit) -> (i64, i64) {
    let u = unit_minutes(unit);
    match amount {
        // "hours after": at least one hour, less than a day.
        Amount::Some => {
            let next_up = match unit {
                Unit::Minute => 60,
                Unit::Hour => 1440,
                Unit::Day | Unit::Night => 7 * 1440,
                Unit::Week | Unit::Weekend => 30 * 1440,
                Unit::Month | Unit::Quarter => 365 * 1440,
                _ => u * 10,
            };
            (u, next_up - 1)
        }
        Amount::Exact(n) => {
            let n = n.min(i64::MAX as u64 / (2 * u as u64)) as i64;
            const DAY: i64 = 1440;
            // `lo` to `hi` days a unit, and a day either side: "two days later" is the calendar
            // day two days on, "a week after" six to eight days (it was one unit either side,
            // 0 to 14 days, which said little), "a month after" 27 to 32 days.
            let days = |lo: i64, hi: i64| {
                (
                    n.saturating_mul(lo)
                        .saturating_sub(1)
                        .max(0)
                        .saturating_mul(DAY),
                    n.saturating_mul(hi).saturating_add(1).saturating_mul(DAY),
                )
            };
            match unit {
                Unit::Day | Unit::Night => days(1, 1),
                Unit::Week => days(7, 7),
                Unit::Month => days(28, 31),
                Unit::Year => days(365, 366),
                _ => (n * u, n * u),
            }
        }
        Amount::AndAHalf(n) => {
            let n = n.min(i64::MAX as u64 / (2 * u as u64)) as i64;
            (n * u + u / 2, n * u + u / 2)
        }
    }
}

/// The distance an anaphoric phrase stands for. "The following week" and "a week later"
/// share one parse, and the first names the next calendar week, one to thirteen days on: so
/// weeks, months and years keep a whole unit either side, where [`metric`] (for "a week after
/// the talks") keeps a day.
fn calendar_metric(amount: Amount, unit: Unit) -> (i64, i64) {
    match (amount, unit) {
        (Amount::Exact(n), Unit::Week | Unit::Month | Unit::Year) => {
            let u = unit_minutes(unit);
            let n = n.min(i64::MAX as u64 / (2 * u as u64)) as i64;
            ((n * u - u).max(0), n * u + u)
        }
        _ => metric(amount, unit),
    }
}

/// TIMEX3 duration value: `P3D`, `PT4H`, `PXM`.
fn duration_value(amount: Amount, unit: Unit) -> String {
    let n = match amount {
        Amount::Exact(n) => n.to_string(),
        Amount::Some => "X".to_string(),
        Amount::AndAHalf(n) => return half_duration_value(n, unit),
    };
    match unit {
        Unit::Minute => format!("PT{n}M"),
        Unit::Hour => format!("PT{n}H"),
        Unit::Day | Unit::Night => format!("P{n}D"),
        Unit::Week => format!("P{n}W"),
        Unit::Weekend => format!("P{n}WE"),
        Unit::Month => format!("P{n}M"),
        Unit::Quarter => scaled(amount, 3, "M", "Q"),
        Unit::Year => format!("P{n}Y"),
        // TimeBank writes decades and centuries in years: "two decades" is P20Y. An unstated
        // number of them is written as the gold has it: "decades-long" PXY (AQUAINT, 1 of 1),
        // "centuries" PXC (TimeBank, 1 of 2; the other PXE).
        Unit::Decade => scaled(amount, 10, "Y", "Y"),
        Unit::Century => scaled(amount, 100, "Y", "C"),
    }
}

/// TIMEX3 duration value of `n` and a half units: ISO 8601 allows no fraction in TimeML's
/// values, so the half is written in the next smaller unit, as TimeBank does ("2 1/2
/// years" `P2Y6M`, "5 1/2 hours" `PT5H30M`, "a minute and a half" `PT1M30S`).
fn half_duration_value(n: u64, unit: Unit) -> String {
    let part = |n: u64, designator: &str| {
        if n == 0 {
            String::new()
        } else {
            format!("{n}{designator}")
        }
    };
    let (date, time) = match unit {
        Unit::Minute => (String::new(), format!("{}30S", part(n, "M"))),
        Unit::Hour => (String::new(), format!("{}30M", part(n, "H"))),
        Unit::Day | Unit::Night => (part(n, "D"), "12H".to_string()),
        Unit::Week => (
            format!("{}D", n.saturating_mul(7).saturating_add(3)),
            "12H".into(),
        ),
        Unit::Weekend => (
            format!("{}D", n.saturating_mul(2).saturating_add(1)),
            String::new(),
        ),
        Unit::Month => (format!("{}15D", part(n, "M")), String::new()),
        Unit::Quarter => (
            format!("{}M15D", n.saturating_mul(3).saturating_add(1)),
            String::new(),
        ),
        Unit::Year => (format!("{}6M", part(n, "Y")), String::new()),
        Unit::Decade => (
            format!("{}Y", n.saturating_mul(10).saturating_add(5)),
            String::new(),
        ),
        Unit::Century => (
            format!("{}Y", n.saturating_mul(100).saturating_add(50)),
            String::new(),
        ),
    };
    if time.is_empty() {
        format!("P{date}")
    } else {
        format!("P{date}T{time}")
    }
}

/// `P<n×factor><unit>` for a stated amount, `PX<vague_unit>` for an unstated one.
fn scaled(amount: Amount, factor: u64, unit: &str, vague_unit: &str) -> String {
    match amount {
        Amount::Exact(n) => match n.checked_mul(factor) {
            Some(m) => format!("P{m}{unit}"),
            None => format!("P{n}{vague_unit}"),
        },
        Amount::Some => format!("PX{vague_unit}"),
        // Not reached: `duration_value` writes halves with `half_duration_value`.
        Amount::AndAHalf(n) => format!(
            "P{}{unit}",
            n.saturating_mul(factor).saturating_add(factor / 2)
        ),
    }
}

/// The date of a holiday in year `y` (US federal rules where they differ by country).
fn holiday_date(h: Holiday, y: i32) -> Option<NaiveDate> {
    let nth_weekday = |month: u32, wd: Weekday, n: u32| {
        NaiveDate::from_weekday_of_month_opt(y, month, wd, n as u8)
    };
    let last_weekday = |month: u32, wd: Weekday| {
        (1..=5)
            .rev()
            .find_map(|n| NaiveDate::from_weekday_of_month_opt(y, month, wd, n))
    };
    match h {
        Holiday::NewYearsDay => NaiveDate::from_ymd_opt(y, 1, 1),
        Holiday::NewYearsEve => NaiveDate::from_ymd_opt(y, 12, 31),
        Holiday::ValentinesDay => NaiveDate::from_ymd_opt(y, 2, 14),
        Holiday::Easter => easter(y),
        Holiday::GoodFriday => easter(y).and_then(|d| d.checked_sub_signed(Duration::days(2))),
        Holiday::MemorialDay => last_weekday(5, Weekday::Mon),
        Holiday::IndependenceDay => NaiveDate::from_ymd_opt(y, 7, 4),
        Holiday::LaborDay => nth_weekday(9, Weekday::Mon, 1),
        Holiday::Halloween => NaiveDate::from_ymd_opt(y, 10, 31),
        Holiday::ElectionDay => nth_weekday(11, Weekday::Mon, 1).map(|d| d + Duration::days(1)),
        Holiday::Thanksgiving => nth_weekday(11, Weekday::Thu, 4),
        Holiday::ChristmasEve => NaiveDate::from_ymd_opt(y, 12, 24),
        Holiday::Christmas => NaiveDate::from_ymd_opt(y, 12, 25),
    }
}

/// Western Easter Sunday (the anonymous Gregorian algorithm).
fn easter(y: i32) -> Option<NaiveDate> {
    let a = y.rem_euclid(19);
    let b = y.div_euclid(100);
    let c = y.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(y, month as u32, day as u32)
}

/// The TIMEX3 code of a season: "SP", "SU", "FA", "WI".
fn season_code(season: Season) -> &'static str {
    match season {
        Season::Spring => "SP",
        Season::Summer => "SU",
        Season::Fall => "FA",
        Season::Winter => "WI",
    }
}

/// The TIMEX3 code of a part of the day.
fn part_code(part: PartOfDay) -> &'static str {
    match part {
        PartOfDay::Morning => "MO",
        PartOfDay::Afternoon => "AF",
        PartOfDay::Evening => "EV",
        PartOfDay::Night => "NI",
    }
}

/// -1, 0 or 1 for last, this (or none) and next.
fn shift_sign(shift: Shift) -> i32 {
    match shift {
        Shift::Last => -1,
        Shift::Next => 1,
        Shift::This | Shift::Implicit => 0,
    }
}

/// A TIMEX3 date value moved by `years`, keeping its granularity: `1989-Q3` → `1988-Q3`,
/// `1989-11-02` → `1988-11-02`. None for values that do not start with a four-digit year or
/// that are a bare year (those are shifted as years by the caller).
fn shift_value_year(value: &str, years: i32) -> Option<String> {
    let (y, rest) = value.split_at_checked(4)?;
    if rest.is_empty() || !rest.starts_with('-') || rest.contains('T') {
        return None;
    }
    let y: i32 = y.parse().ok()?;
    let ny = y
        .checked_add(years)
        .filter(|y| CALENDAR_YEARS.contains(y))?;
    if let Some(md) = rest.strip_prefix('-') {
        if let Some((m, d)) = md.split_once('-') {
            if let (Ok(m), Ok(d)) = (m.parse::<u32>(), d.parse::<u32>()) {
                NaiveDate::from_ymd_opt(ny, m, d)?;
            }
        }
    }
    Some(format!("{ny:04}{rest}"))
}

/// The period a comparison ("the year-ago period", "the 1988 period") looks back on: the
/// time last talked about, except that a period is never one day, so a day ("the quarter
/// ended Sept. 30") stands for the calendar quarter that holds it (TimeBank: 21 year-earlier
/// periods are quarters, 4 years, none a day). The flag tells when a day was widened.
fn period_of(prev: &Reference) -> Result<(Reference, bool), ResolveError> {
    if granularity_of_value(&prev.value) != Granularity::Day {
        return Ok((prev.clone(), false));
    }
    let d = prev.earliest.date();
    let q = (d.month() - 1) / 3 + 1;
    let start = ymd(d.year(), 3 * q - 2, 1)?;
    let end = shift_date(start, Unit::Month, 3)? - Duration::days(1);
    Ok((
        Reference {
            value: format!("{:04}-Q{q}", d.year()),
            phrase: prev.phrase.clone(),
            earliest: day_start(start),
            latest: day_end(end),
        },
        true,
    ))
}

/// The first and last days of the year, quarter or month a TIMEX3 value names ("2026",
/// "2026-Q2", "2026-03"); None for any other value.
fn whole_unit(value: &str) -> Option<(NaiveDate, NaiveDate)> {
    let year: i32 = value.get(..4)?.parse().ok()?;
    let months = match value.get(4..) {
        Some("") => (1, 12),
        Some(rest) => {
            let rest = rest.strip_prefix('-')?;
            if let Some(q) = rest.strip_prefix('Q') {
                let q: u32 = q.parse().ok().filter(|q| (1..=4).contains(q))?;
                (3 * q - 2, 3 * q)
            } else if rest.len() == 2 {
                let m: u32 = rest.parse().ok().filter(|m| (1..=12).contains(m))?;
                (m, m)
            } else {
                return None;
            }
        }
        None => return None,
    };
    let start = NaiveDate::from_ymd_opt(year, months.0, 1)?;
    let after = NaiveDate::from_ymd_opt(year, months.1, 1)?.checked_add_months(Months::new(1))?;
    Some((start, after.pred_opt()?))
}

/// The granularity a TIMEX3 date value shows.
fn granularity_of_value(value: &str) -> Granularity {
    let rest = value.get(4..).unwrap_or("");
    if rest.is_empty() {
        Granularity::Year
    } else if rest.starts_with("-Q") || rest.starts_with("-H") {
        Granularity::Quarter
    } else if rest.starts_with("-W") {
        Granularity::Week
    } else if rest.len() == 3 {
        Granularity::Month
    } else if rest.len() == 6 {
        Granularity::Day
    } else {
        Granularity::Days
    }
}

fn part_bounds(d: NaiveDate, part: PartOfDay) -> (&'static str, NaiveDateTime, NaiveDateTime) {
    let at = |h: u32, m: u32| d.and_hms_opt(h, m, 0).unwrap_or_else(|| day_start(d));
    match part {
        PartOfDay::Morning => (part_code(part), at(6, 0), at(11, 59)),
        PartOfDay::Afternoon => (part_code(part), at(12, 0), at(17, 59)),
        PartOfDay::Evening => (part_code(part), at(18, 0), at(23, 59)),
        PartOfDay::Night => {
            let next = d.succ_opt().unwrap_or(d);
            (
                part_code(part),
                at(18, 0),
                next.and_hms_opt(5, 59, 0).unwrap_or_else(|| day_end(d)),
            )
        }
    }
}

/// A TIMEX3 date whose day is unknown, somewhere from `first` to `last`: the year and month
/// they share, `X` for the rest ("2026-09-XX", "2026-XX-XX", "XXXX-XX-XX").
fn unknown_day(first: NaiveDate, last: NaiveDate) -> String {
    match (first.year() == last.year(), first.month() == last.month()) {
        (true, true) => format!("{:04}-{:02}-XX", first.year(), first.month()),
        (true, false) => format!("{:04}-XX-XX", first.year()),
        _ => "XXXX-XX-XX".to_string(),
    }
}

/// First and last day of the calendar unit containing `d`.
fn unit_bounds(d: NaiveDate, unit: Unit) -> Result<(NaiveDate, NaiveDate), ResolveError> {
    Ok(match unit {
        Unit::Week | Unit::Weekend => {
            let monday = d - Duration::days(d.weekday().num_days_from_monday() as i64);
            (monday, monday + Duration::days(6))
        }
        Unit::Month => {
            let s = ymd(d.year(), d.month(), 1)?;
            (s, last_of_month(s))
        }
        Unit::Year => (ymd(d.year(), 1, 1)?, ymd(d.year(), 12, 31)?),
        _ => (d, d),
    })
}

fn ymd(y: i32, m: u32, d: u32) -> Result<NaiveDate, ResolveError> {
    if !CALENDAR_YEARS.contains(&y) {
        return Err(ResolveError::NoSuchDate(format!("year {y}")));
    }
    NaiveDate::from_ymd_opt(y, m, d)
        .ok_or_else(|| ResolveError::NoSuchDate(format!("{y}-{m:02}-{d:02}")))
}

fn last_of_month(first: NaiveDate) -> NaiveDate {
    first
        .checked_add_months(Months::new(1))
        .and_then(|d| d.pred_opt())
        .unwrap_or(first)
}

fn to_i64(n: u64, unit: Unit, from: NaiveDate) -> Result<i64, ResolveError> {
    // No calendar arithmetic beyond 10,000 years is meaningful.
    let limit = 10_000 * 366 * 1440 / unit_minutes(unit).max(1);
    if n > limit as u64 {
        return Err(ResolveError::OutOfRange {
            amount: n,
            unit,
            from,
        });
    }
    Ok(n as i64)
}

fn add_days(d: NaiveDate, n: i64) -> Result<NaiveDate, ResolveError> {
    d.checked_add_signed(Duration::days(n))
        .filter(|d| CALENDAR_YEARS.contains(&d.year()))
        .ok_or(ResolveError::OutOfRange {
            amount: n.unsigned_abs(),
            unit: Unit::Day,
            from: d,
        })
}

/// The window a length after "within" leaves a future act, counted from the publish date:
/// "will release a report within 30 days" lies between the start of the publish day and 30
/// days after its end. None for any phrase but a stated length ("within days" says too
/// little), for a length beyond ten thousand units, and past the calendar.
pub fn within_from_publication(
    published: NaiveDate,
    expr: &TimeExpr,
) -> Option<(NaiveDateTime, NaiveDateTime)> {
    let TimeExpr::Duration {
        amount: Amount::Exact(n),
        unit,
        ..
    } = *expr
    else {
        return None;
    };
    let n = i64::try_from(n)
        .ok()
        .filter(|&n| (1..=10_000).contains(&n))?;
    let end = day_end(published);
    let latest = match unit {
        Unit::Minute | Unit::Hour => {
            end.checked_add_signed(Duration::minutes(n * unit_minutes(unit)))
        }
        _ => shift_date(published, unit, n).ok().map(day_end),
    }?;
    Some((day_start(published), latest))
}

/// `d` moved by `k` units (negative: back).
fn shift_date(d: NaiveDate, unit: Unit, k: i64) -> Result<NaiveDate, ResolveError> {
    let err = || ResolveError::OutOfRange {
        amount: k.unsigned_abs(),
        unit,
        from: d,
    };
    let months = |m: i64| -> Result<NaiveDate, ResolveError> {
        let m32 = u32::try_from(m.unsigned_abs()).map_err(|_| err())?;
        let r = if m >= 0 {
            d.checked_add_months(Months::new(m32))
        } else {
            d.checked_sub_months(Months::new(m32))
        };
        r.filter(|d| CALENDAR_YEARS.contains(&d.year()))
            .ok_or_else(err)
    };
    match unit {
        Unit::Minute | Unit::Hour => add_days(d, (k * unit_minutes(unit)) / 1440),
        Unit::Day | Unit::Night => add_days(d, k),
        Unit::Week | Unit::Weekend => add_days(d, k.checked_mul(7).ok_or_else(err)?),
        Unit::Month => months(k),
        Unit::Quarter => months(k.checked_mul(3).ok_or_else(err)?),
        Unit::Year => months(k.checked_mul(12).ok_or_else(err)?),
        Unit::Decade => months(k.checked_mul(120).ok_or_else(err)?),
        Unit::Century => months(k.checked_mul(1200).ok_or_else(err)?),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_minutes_are_written_as_chrono_writes_them() {
        let years = [
            -262_000, -10_000, -9_999, -1, 0, 1, 9, 10, 99, 100, 999, 1000, 1998, 9999,
        ];
        let years = years.into_iter().chain([10_000, 12_345, 262_000]);
        for y in years {
            for (m, d, h, min) in [
                (1, 1, 0, 0),
                (2, 28, 9, 5),
                (10, 9, 13, 59),
                (12, 31, 23, 7),
            ] {
                let t = NaiveDate::from_ymd_opt(y, m, d)
                    .and_then(|d| d.and_hms_opt(h, min, 0))
                    .unwrap();
                assert_eq!(date_string(t.date()), t.format("%Y-%m-%d").to_string());
                assert_eq!(minute_string(t), t.format("%Y-%m-%dT%H:%M").to_string());
            }
        }
    }
    use crate::temporal::grammar;

    /// `phrase` resolved in the news profile for an article published on `published`.
    fn at_on(phrase: &str, published: NaiveDate, tense: Tense) -> Result<TimeValue, ResolveError> {
        let p = grammar::parse(phrase).unwrap();
        resolve(
            &p.expr,
            p.rule,
            &Anchor {
                tense,
                ..Anchor::news(published)
            },
        )
    }

    /// `phrase` resolved for the seed's publish date, 2019-11-10.
    fn at(phrase: &str, tense: Tense) -> Result<TimeValue, ResolveError> {
        at_on(
            phrase,
            NaiveDate::from_ymd_opt(2019, 11, 10).unwrap(),
            tense,
        )
    }

    #[test]
    fn thirds_of_a_day_fall_on_whole_hours() {
        let t = |phrase: &str| {
            let v = at(phrase, Tense::Past).unwrap();
            let f = |d: Option<NaiveDateTime>| d.unwrap().format("%m-%d %H:%M").to_string();
            (f(v.earliest), f(v.latest))
        };
        assert_eq!(
            t("early sunday"),
            ("11-10 00:00".into(), "11-10 07:59".into())
        );
        assert_eq!(
            t("mid-sunday"),
            ("11-10 08:00".into(), "11-10 15:59".into())
        );
        assert_eq!(
            t("late sunday"),
            ("11-10 16:00".into(), "11-10 23:59".into())
        );
    }

    #[test]
    fn hours_from_a_time_of_day_are_a_time_of_day() {
        let t = |s: &str| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
        let struck = t("2023-02-06 04:17");
        let after = |phrase: &str| {
            let p = grammar::parse(phrase).unwrap();
            let anchor = Anchor {
                tense: Tense::Past,
                previous: Some(Reference {
                    value: "2023-02-06T04:17".into(),
                    phrase: "4:17 a.m. on Monday".into(),
                    earliest: struck,
                    latest: struck,
                }),
                ..Anchor::news(NaiveDate::from_ymd_opt(2023, 2, 10).unwrap())
            };
            let v = resolve(&p.expr, p.rule, &anchor).unwrap();
            let o = v.offset.unwrap();
            (v.value, v.earliest, v.latest, o.min_minutes, o.max_minutes)
        };
        let (value, earliest, latest, min, max) = after("nine hours later");
        assert_eq!(value, "2023-02-06T13:17");
        assert_eq!(
            (earliest, latest),
            (Some(t("2023-02-06 13:17")), Some(t("2023-02-06 13:17")))
        );
        assert_eq!((min, max), (540, 540));
        // "about": an hour either side (a tenth of the amount, at least one unit).
        let (_, earliest, latest, min, max) = after("about nine hours later");
        assert_eq!(
            (earliest, latest),
            (Some(t("2023-02-06 12:17")), Some(t("2023-02-06 14:17")))
        );
        assert_eq!((min, max), (480, 600));
        // "less than": back to the anchor; "more than": under a day.
        let (_, earliest, latest, ..) = after("less than an hour later");
        assert_eq!(
            (earliest, latest),
            (Some(struck), Some(t("2023-02-06 05:17")))
        );
        let (_, earliest, latest, min, max) = after("more than nine hours later");
        assert_eq!(
            (earliest, latest),
            (Some(t("2023-02-06 13:17")), Some(t("2023-02-07 04:16")))
        );
        assert_eq!((min, max), (540, 1439));
        // Before the anchor, and minutes.
        let (value, ..) = after("two hours earlier");
        assert_eq!(value, "2023-02-06T02:17");
        let (value, ..) = after("30 minutes later");
        assert_eq!(value, "2023-02-06T04:47");
        // Days from a time of day stay days.
        let (value, ..) = after("two days later");
        assert_eq!(value, "2023-02-08");
    }

    #[test]
    fn seed_phrases() {
        assert_eq!(at("friday", Tense::Past).unwrap().value, "2019-11-08");
        assert_eq!(at("friday", Tense::Future).unwrap().value, "2019-11-15");
        assert_eq!(at("october 20", Tense::Past).unwrap().value, "2019-10-20");
        assert_eq!(at("december 20", Tense::Past).unwrap().value, "2018-12-20");
        assert_eq!(at("2006", Tense::Past).unwrap().value, "2006");
        let nights = at("the previous three nights", Tense::Past).unwrap();
        assert_eq!(nights.value, "P3D");
        assert_eq!(nights.earliest.unwrap().to_string(), "2019-11-07 18:00:00");
        assert_eq!(nights.latest.unwrap().to_string(), "2019-11-10 05:59:00");
        assert_eq!(at("last week", Tense::Past).unwrap().value, "2019-W44");
        assert_eq!(at("two days ago", Tense::Past).unwrap().value, "2019-11-08");
        assert_eq!(at("yesterday", Tense::Past).unwrap().value, "2019-11-09");
        let hours = at("hours after the", Tense::Past).unwrap();
        assert_eq!(hours.offset.unwrap().min_minutes, 60);
        assert_eq!(hours.offset.unwrap().max_minutes, 1439);
    }

    #[test]
    fn absurd_numbers_are_errors() {
        assert!(matches!(
            at("10000000000 days ago", Tense::Past),
            Err(ResolveError::OutOfRange { .. })
        ));
        assert!(matches!(
            at("3000 centuries ago", Tense::Past),
            Err(ResolveError::OutOfRange { .. })
        ));
    }

    #[test]
    fn calendar_edges_are_errors_not_panics() {
        let last = NaiveDate::from_ymd_opt(9999, 12, 31).unwrap();
        let first = NaiveDate::from_ymd_opt(1, 1, 1).unwrap();
        for phrase in [
            "next spring",
            "next year",
            "tomorrow night",
            "the first quarter",
        ] {
            assert!(at_on(phrase, last, Tense::Future).is_err(), "{phrase}");
        }
        // Before year 1 lie the years before the common era, in TIMEX3's form.
        for (phrase, value) in [
            ("last year", "BC0001"),
            ("yesterday", "BC0001-12-31"),
            ("last fall", "BC0001-FA"),
        ] {
            assert_eq!(at_on(phrase, first, Tense::Past).unwrap().value, value);
        }
        assert_eq!(at_on("493 bc", first, Tense::Past).unwrap().value, "BC0493");
        // The calendar ends at 9999 BC.
        let earliest = NaiveDate::from_ymd_opt(-9998, 1, 1).unwrap();
        for phrase in ["last year", "yesterday", "last fall"] {
            assert!(at_on(phrase, earliest, Tense::Past).is_err(), "{phrase}");
        }
    }

    #[test]
    fn the_year_after_a_year_bc_is_that_year() {
        let d = |y: i32, m: u32, day: u32| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        let previous = Reference {
            value: "BC0490".into(),
            phrase: "490 BC".into(),
            earliest: day_start(d(-489, 1, 1)),
            latest: day_end(d(-489, 12, 31)),
        };
        let p = grammar::parse("the year").unwrap();
        let anchor = Anchor {
            tense: Tense::Past,
            previous: Some(previous),
            ..Anchor::news(d(2009, 12, 19))
        };
        let v = resolve(&p.expr, p.rule, &anchor).unwrap();
        assert_eq!(v.value, "BC0490");
        assert_eq!(v.earliest, Some(day_start(d(-489, 1, 1))));
        // The year after it, counted in chrono's years and written BC.
        let p = grammar::parse("the following year").unwrap();
        assert_eq!(resolve(&p.expr, p.rule, &anchor).unwrap().value, "BC0489");
    }

    #[test]
    fn years_before_one_are_written_bc() {
        assert_eq!(before_common_era("-479-04").as_deref(), Some("BC0480-04"));
        assert_eq!(
            before_common_era("-0478-01-01").as_deref(),
            Some("BC0479-01-01")
        );
        assert_eq!(before_common_era("0000").as_deref(), Some("BC0001"));
        assert_eq!(before_common_era("-479-SP").as_deref(), Some("BC0480-SP"));
        for value in ["0070", "1998-06", "BC0493", "PAST_REF", "P3D", "-"] {
            assert_eq!(before_common_era(value), None, "{value}");
        }
    }

    #[test]
    fn nights_past_the_calendar_are_refused() {
        let last = NaiveDate::from_ymd_opt(9999, 12, 31).unwrap();
        for phrase in ["tonight", "last night", "this evening"] {
            let v = at_on(phrase, last, Tense::None);
            match phrase {
                "tonight" => assert_eq!(
                    v.unwrap_err().to_string(),
                    "it runs into year 10000, past the supported calendar (years 9999 BC to AD 9999)"
                ),
                _ => assert!(v.is_ok(), "{phrase}: {v:?}"),
            }
        }
    }

    #[test]
    fn a_unit_named_again_is_whole() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(whole_unit("2026"), Some((d(2026, 1, 1), d(2026, 12, 31))));
        assert_eq!(whole_unit("2026-Q2"), Some((d(2026, 4, 1), d(2026, 6, 30))));
        assert_eq!(whole_unit("2024-02"), Some((d(2024, 2, 1), d(2024, 2, 29))));
        assert_eq!(
            whole_unit("2026-12"),
            Some((d(2026, 12, 1), d(2026, 12, 31)))
        );
        for other in [
            "2026-W12",
            "2026-Q5",
            "2026-13",
            "2026-03-04",
            "BC0490",
            "PAST_REF",
        ] {
            assert_eq!(whole_unit(other), None, "{other}");
        }
    }
}
