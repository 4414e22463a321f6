//! `TimeValue`: a resolved time, with its TIMEX3 value, its bounds and the trace of why.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Serialize, Serializer};

use super::expr::Direction;

/// The TIMEX3 type of a time phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    /// A calendar date or a region of dates.
    Date,
    /// A time of day.
    Time,
    /// A length of time.
    Duration,
    /// A recurring time.
    Set,
}

/// How precise a resolved time is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Granularity {
    /// A minute.
    Minute,
    /// A part of a day (morning, night, ...).
    PartOfDay,
    /// A calendar day.
    Day,
    /// Several days or nights.
    Days,
    /// A week.
    Week,
    /// A month.
    Month,
    /// A quarter.
    Quarter,
    /// A year.
    Year,
    /// A decade.
    Decade,
    /// A century.
    Century,
    /// A region with at most one bound (`PAST_REF`, `FUTURE_REF`).
    Vague,
    /// A length, not a position in time.
    Length,
}

/// The grammatical tense of the clause a phrase sits in, as far as tempora can tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Tense {
    /// Simple past, past perfect, present perfect: it happened.
    Past,
    /// Present: it holds at the time of writing.
    Present,
    /// "will", "is due to", "plans to": it is expected.
    Future,
    /// No finite verb in the clause.
    #[default]
    None,
}

/// TIMEX3 `mod` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Modifier {
    /// "early October".
    Start,
    /// "mid-2020".
    Mid,
    /// "late October".
    End,
    /// "about three weeks".
    Approx,
    /// "less than a year".
    LessThan,
    /// "more than a decade".
    MoreThan,
    /// "at least three years".
    EqualOrMore,
    /// "up to three years", "at most".
    EqualOrLess,
    /// "post-1959": after the time named.
    After,
    /// "pre-1990": before the time named.
    Before,
}

impl Modifier {
    /// The TIMEX3 spelling: `START`, `APPROX`, `MORE_THAN`, ...
    pub const fn as_str(self) -> &'static str {
        match self {
            Modifier::Start => "START",
            Modifier::Mid => "MID",
            Modifier::End => "END",
            Modifier::Approx => "APPROX",
            Modifier::LessThan => "LESS_THAN",
            Modifier::MoreThan => "MORE_THAN",
            Modifier::EqualOrMore => "EQUAL_OR_MORE",
            Modifier::EqualOrLess => "EQUAL_OR_LESS",
            Modifier::After => "AFTER",
            Modifier::Before => "BEFORE",
        }
    }
}

/// A metric distance to an anchor, for phrases that place one event relative to another
/// ("hours after the incident": between 60 and 1,380 minutes after).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Offset {
    /// Before or after the anchor.
    pub direction: Direction,
    /// Least distance, in minutes.
    pub min_minutes: i64,
    /// Greatest distance, in minutes.
    pub max_minutes: i64,
}

/// What a resolution was anchored on.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AnchorUsed {
    /// Nothing: the phrase is absolute ("November 10, 2019") or a length.
    None,
    /// The publish date.
    Publication(NaiveDate),
    /// The time last talked about, by its TIMEX3 value and phrase.
    Previous {
        /// Its TIMEX3 value.
        value: String,
        /// The phrase that gave it.
        phrase: String,
    },
    /// An event named in the phrase ("the incident at the airport").
    Event,
}

impl std::fmt::Display for AnchorUsed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AnchorUsed::None => f.write_str("none (absolute)"),
            AnchorUsed::Publication(d) => write!(f, "publish date {} ({})", d, d.format("%A")),
            AnchorUsed::Previous { value, phrase } => {
                write!(f, "previous time {value} ({phrase:?})")
            }
            AnchorUsed::Event => f.write_str("the event the phrase names"),
        }
    }
}

impl Serialize for AnchorUsed {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Why a phrase resolved as it did: the explanation a reader checks.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Trace {
    /// The grammar rule that recognised the phrase, e.g. `"<weekday>"`.
    pub rule: &'static str,
    /// The resolution rule that placed it, e.g. `"weekday, past tense → latest on or before the anchor"`.
    pub resolution: &'static str,
    /// What it was anchored on.
    pub anchor: AnchorUsed,
    /// The tense seen in its clause.
    pub tense: Tense,
    /// The assumption made, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assumption: Option<String>,
    /// The reading rejected, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alternative: Option<String>,
}

/// A resolved time: TIMEX3 type and value, bounds, precision and trace.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct TimeValue {
    /// TIMEX3 type.
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// TIMEX3 value: `2019-11-08`, `2019-W45`, `2006`, `P3D`, `PAST_REF`, ...
    pub value: String,
    /// TIMEX3 `mod`, when the phrase has one.
    #[serde(rename = "mod", skip_serializing_if = "Option::is_none")]
    pub modifier: Option<Modifier>,
    /// TIMEX3 `freq` of a set: how often per period, `1X` for "daily", `2X` for "twice a
    /// year".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub freq: Option<String>,
    /// The time zone a clock time was stated in ("EST"; `LOCAL` for "local time"). The
    /// value and bounds are that zone's wall-clock time, not converted (docs/decisions.md).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zone: Option<&'static str>,
    /// How precise it is.
    pub granularity: Granularity,
    /// First minute it may cover (inclusive), when bounded.
    pub earliest: Option<NaiveDateTime>,
    /// Last minute it may cover (inclusive), when bounded.
    pub latest: Option<NaiveDateTime>,
    /// Distance to an anchor event, for event-relative phrases.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<Offset>,
    /// Why.
    pub trace: Trace,
}

/// First minute of a day.
pub fn day_start(d: NaiveDate) -> NaiveDateTime {
    d.and_time(NaiveTime::MIN)
}

/// Last minute of a day.
pub fn day_end(d: NaiveDate) -> NaiveDateTime {
    d.and_hms_opt(23, 59, 0).unwrap_or_else(|| day_start(d))
}
