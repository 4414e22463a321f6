//! `TimeExpr`: what a phrase says, before it is placed on the calendar.
//!
//! A parse never looks at the publish date; it only records the phrase's structure
//! ("the weekday Friday, no shift", "three nights, before the anchor"). [`super::resolve`]
//! turns it into a [`super::TimeValue`] against an [`super::Anchor`].

use chrono::Weekday;
use serde::Serialize;

use super::lexicon::{Holiday, PartOfDay, Season, Unit};
use super::value::Modifier;

/// How many units a phrase counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Amount {
    /// A stated number: "three", "10", "a".
    Exact(u64),
    /// An unstated number: "hours after", "several days", "a few weeks" (at least one, fewer
    /// than the next unit up).
    Some,
    /// A number and a half: "2 1/2 years" (2), "two and a half years" (2), "half an hour" (0).
    AndAHalf(u64),
}

/// Which way a shift word points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Shift {
    /// No shift word: "Friday"; the tense decides.
    Implicit,
    /// "last Friday", "last week".
    Last,
    /// "this Friday", "this week".
    This,
    /// "next Friday", "coming week".
    Next,
}

/// Before or after an anchor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Earlier than the anchor: "the previous day", "a week earlier", "hours before".
    Before,
    /// Later than the anchor: "the following day", "two days later", "hours after".
    After,
}

/// A vague reference to a region of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Vague {
    /// "recently", "in the past": `PAST_REF`.
    Past,
    /// "now", "currently", "at present": `PRESENT_REF`.
    Present,
    /// "in the future", "soon": `FUTURE_REF`.
    Future,
}

/// Where a length of time lies, when its phrase says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reach {
    /// Nowhere: a length only, "three weeks", "10-year", "several months".
    Free,
    /// Up to the time of writing: "the past two weeks", "over the last three years" (the
    /// stretch ends with the publish day).
    UpToNow,
}

/// A part of a year named by a phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum YearPart {
    /// A quarter, 1–4: "the third quarter", "third-quarter", "Q3".
    Quarter(u32),
    /// A half, 1–2: "the first half".
    Half(u32),
    /// A season: "last fall", "spring 2020".
    Season(Season),
}

/// What recurs in a set ("every Friday", "weekly", "twice a year").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "every", rename_all = "lowercase")]
pub enum Recurrence {
    /// Every unit: "daily", "every week", "each year".
    Unit {
        /// The unit.
        unit: Unit,
    },
    /// Some times per unit: "twice a year", "three times a week".
    Times {
        /// How many times.
        times: u64,
        /// Per what.
        unit: Unit,
    },
    /// A weekday, maybe a part of it: "every Friday", "Tuesday nights".
    Weekday {
        /// Which day.
        day: Weekday,
        /// Which part of it.
        part: Option<PartOfDay>,
    },
    /// A month: "each July".
    Month {
        /// Which month.
        month: u32,
    },
    /// A season, counted: "the past three summers".
    Season {
        /// Which season.
        season: Season,
    },
}

/// The typed, unresolved value of a time phrase.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum TimeExpr {
    /// A calendar date, possibly partial: "November 10, 2019", "October 20", "2006",
    /// "November 2019".
    Calendar {
        /// The year, when stated.
        year: Option<i32>,
        /// The month, when stated.
        month: Option<u32>,
        /// The day of the month, when stated.
        day: Option<u32>,
    },
    /// A year before the common era: "493 BC", "44 B.C." (TIMEX3 `BC0493`).
    BcYear {
        /// The year, counted back (1 BC is 1).
        year: u32,
    },
    /// A holiday: "Thanksgiving", "Christmas Eve 1999", "last Easter".
    Holiday {
        /// Which holiday.
        holiday: Holiday,
        /// The year, when stated.
        year: Option<i32>,
        /// "last", "this", "next", or none.
        shift: Shift,
    },
    /// A decade: "the 1990s".
    Decade {
        /// First year of the decade.
        start: i32,
    },
    /// A century, by its ordinal: "the 19th century" (19).
    Century {
        /// The ordinal number of the century.
        ordinal: i32,
    },
    /// A quarter, half or season: "the third quarter", "fiscal 1998's first half", "last
    /// fall", "spring 2020".
    PartOfYear {
        /// The year, when stated.
        year: Option<i32>,
        /// "last", "this", "next" (of the year or of the season), or none.
        shift: Shift,
        /// Which part.
        part: YearPart,
    },
    /// A month (and day) in a year named relative to the publish date: "June last year",
    /// "January this year".
    InShiftedYear {
        /// The month.
        month: u32,
        /// The day, when stated.
        day: Option<u32>,
        /// Which year, from the publish date's.
        shift: Shift,
    },
    /// The unit in question: "the year", "the quarter", "the latest quarter", "the weekend":
    /// the one last talked about, else the one around the publish date.
    TheUnit {
        /// Which unit.
        unit: Unit,
    },
    /// "year-earlier", "the year-ago quarter": the time last talked about, a year before.
    YearAgoPeriod {
        /// Whether the phrase says "quarter" ("the year-ago quarter", "last year's quarter").
        quarter: bool,
    },
    /// "the 1988 period", "the 1988 quarter": the period last talked about, in that year.
    SamePeriodIn {
        /// The year named.
        year: i32,
        /// Whether the phrase says "quarter" (a quarter, whatever else was talked about).
        quarter: bool,
    },
    /// A time phrase with a TIMEX3 `mod`: "early October", "mid-2020", "more than a decade",
    /// "about two years ago".
    Modified {
        /// The modifier.
        modifier: Modifier,
        /// The phrase modified.
        inner: Box<TimeExpr>,
    },
    /// A time of day on a named day: "10 p.m. Wednesday", "noon Thursday", "Friday at 9 a.m.",
    /// "5 p.m. EST Nov. 9".
    TimeOn {
        /// Hour, 0–23; 24 for midnight, the end of the day.
        hour: u32,
        /// Minute, 0–59.
        minute: u32,
        /// The time zone stated, upper case ("EST").
        zone: Option<&'static str>,
        /// The day.
        day: Box<TimeExpr>,
    },
    /// The (ISO) week that holds a day: "the week of March 6", "Easter week".
    WeekOf {
        /// The day.
        day: Box<TimeExpr>,
    },
    /// The day before or after a named day: "the day before last Tuesday" (-1), "the day after
    /// Christmas" (1).
    DayNextTo {
        /// Days from the named day.
        days: i32,
        /// The named day.
        day: Box<TimeExpr>,
    },
    /// A recurring time: "every Friday", "weekly", "twice a year".
    Set(Recurrence),
    /// A weekday, maybe shifted and with a part of the day: "Friday", "last Tuesday night".
    Weekday {
        /// Which day.
        day: Weekday,
        /// "last", "next", "this" or none.
        shift: Shift,
        /// "night", "morning", ...
        part: Option<PartOfDay>,
    },
    /// A day counted from the publish date: "today" (0), "yesterday" (-1), "tomorrow" (1),
    /// with a part of the day: "tonight", "this morning", "yesterday afternoon".
    Deictic {
        /// Days from the publish date.
        days: i32,
        /// Part of that day.
        part: Option<PartOfDay>,
    },
    /// A calendar unit around the publish date: "last week", "next month", "this year".
    UnitShift {
        /// Which one.
        shift: Shift,
        /// Of what.
        unit: Unit,
    },
    /// A month named without year, shifted: "next March", "last October".
    MonthShift {
        /// Which one.
        shift: Shift,
        /// The month.
        month: u32,
    },
    /// An amount of units before the publish date: "two days ago".
    Ago {
        /// How many.
        amount: Amount,
        /// Of what.
        unit: Unit,
    },
    /// A time counted from the time last talked about: "two days later", "the following day",
    /// "the previous three nights", "a week earlier", "the day before".
    Anaphoric {
        /// How many units away (the span covers them all when `stretch`).
        amount: Amount,
        /// Of what.
        unit: Unit,
        /// Before or after the anchor.
        direction: Direction,
        /// True for a stretch of units ("the previous three nights"), false for one point
        /// ("three nights earlier").
        stretch: bool,
    },
    /// "the previous Friday", "the following Monday": the nearest such weekday before or after
    /// the time last talked about.
    WeekdayFrom {
        /// Which day.
        day: Weekday,
        /// Before or after the time talked about.
        direction: Direction,
    },
    /// "the same day", "that night": the time last talked about, or a part of it.
    SameAs {
        /// The unit named.
        unit: Unit,
    },
    /// A part of a day counted from the day last talked about: "that morning" (0), "the next
    /// morning" (1), "the previous evening" (-1).
    PartOfDayFrom {
        /// Days from the day talked about.
        days: i32,
        /// Which part of that day.
        part: PartOfDay,
    },
    /// A time counted from an event: "hours after the incident at the airport".
    EventRelative {
        /// How many units between the two events.
        amount: Amount,
        /// Of what.
        unit: Unit,
        /// Before or after the named event.
        direction: Direction,
    },
    /// A length of time: "three weeks", "10-year", "several months", "the past two weeks".
    Duration {
        /// How many.
        amount: Amount,
        /// Of what.
        unit: Unit,
        /// A free length, or the stretch up to the time of writing.
        reach: Reach,
    },
    /// A time of day: "3 p.m.", "3:30 a.m. local time", "noon", "4 p.m. EST".
    TimeOfDay {
        /// Hour, 0–23; 24 for midnight, the end of the day.
        hour: u32,
        /// Minute, 0–59.
        minute: u32,
        /// The time zone stated, upper case ("EST"); `LOCAL` for "local time".
        zone: Option<&'static str>,
    },
    /// "now", "recently", "in the future".
    Vague(Vague),
    /// A discourse marker that orders events without naming a time: "Later,", "Earlier,".
    Discourse {
        /// Which way it moves the story.
        direction: Direction,
    },
}

impl TimeExpr {
    /// A length of time that lies nowhere: "three weeks", "10-year" ([`Reach::Free`]).
    pub fn length(amount: Amount, unit: Unit) -> TimeExpr {
        TimeExpr::Duration {
            amount,
            unit,
            reach: Reach::Free,
        }
    }

    /// True when the resolution reads the clause's tense: weekdays and partial dates
    /// without a shift word, the weekend, "the quarter" (see [`super::resolve()`]).
    ///
    /// ```
    /// use tempora::temporal::grammar;
    /// assert!(grammar::parse("friday").unwrap().expr.depends_on_tense());
    /// assert!(!grammar::parse("last friday").unwrap().expr.depends_on_tense());
    /// ```
    pub fn depends_on_tense(&self) -> bool {
        match self {
            TimeExpr::Weekday { shift, .. } => *shift == Shift::Implicit,
            TimeExpr::Calendar { year, month, .. } => year.is_none() && month.is_some(),
            TimeExpr::PartOfYear { year, shift, .. } => year.is_none() && *shift == Shift::Implicit,
            // "the year", "the week", "the day" are the ones talked about or around the
            // publish date whatever the tense (`resolve::Resolution::the_unit`).
            TimeExpr::TheUnit { unit } => matches!(unit, Unit::Quarter | Unit::Weekend),
            TimeExpr::Holiday { year, shift, .. } => year.is_none() && *shift == Shift::Implicit,
            TimeExpr::TimeOn { day, .. } => day.depends_on_tense(),
            TimeExpr::WeekOf { day } => day.depends_on_tense(),
            TimeExpr::DayNextTo { day, .. } => day.depends_on_tense(),
            TimeExpr::Modified { inner, .. } => inner.depends_on_tense(),
            _ => false,
        }
    }

    /// True for phrases that compare with the time talked about rather than move the story
    /// to a new time: "a year earlier", "a year ago", "the year-ago quarter", "the 1988
    /// period". The tagger does not make them the new anchor of later anaphora.
    pub fn is_comparison(&self) -> bool {
        match self {
            TimeExpr::YearAgoPeriod { .. } | TimeExpr::SamePeriodIn { .. } => true,
            TimeExpr::Ago { unit, .. } => *unit == Unit::Year,
            TimeExpr::Anaphoric { unit, stretch, .. } => *unit == Unit::Year && !stretch,
            TimeExpr::Modified { inner, .. } => inner.is_comparison(),
            _ => false,
        }
    }

    /// True for phrases TimeML tags as TIMEX3 (discourse markers are not).
    pub fn is_timex(&self) -> bool {
        !matches!(self, TimeExpr::Discourse { .. })
    }
}
