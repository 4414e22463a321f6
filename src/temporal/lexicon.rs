//! Typed word tables: weekdays, months, units, number words, parts of the day, shift words.
//!
//! Every table is lower case; callers lower-case once (ASCII, keeping byte offsets) and look
//! up. No case variants are listed by hand.

use chrono::Weekday;
use serde::Serialize;

/// Full weekday names. Abbreviations ("Fri.") are in [`WEEKDAY_ABBREVIATIONS`].
pub const WEEKDAYS: &[(&str, Weekday)] = &[
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
];

/// Weekday abbreviations, accepted in headers and before a full stop.
pub const WEEKDAY_ABBREVIATIONS: &[(&str, Weekday)] = &[
    ("mon", Weekday::Mon),
    ("tue", Weekday::Tue),
    ("tues", Weekday::Tue),
    ("wed", Weekday::Wed),
    ("thu", Weekday::Thu),
    ("thur", Weekday::Thu),
    ("thurs", Weekday::Thu),
    ("fri", Weekday::Fri),
    ("sat", Weekday::Sat),
    ("sun", Weekday::Sun),
];

/// Month names and their usual news abbreviations, with their number.
pub const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// A calendar unit of a relative phrase or a duration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Unit {
    /// 60 seconds.
    Minute,
    /// 60 minutes.
    Hour,
    /// A calendar day.
    Day,
    /// A night: 18:00 to 06:00 the next morning.
    Night,
    /// A Monday-to-Sunday week.
    Week,
    /// Saturday and Sunday.
    Weekend,
    /// A calendar month.
    Month,
    /// Three months.
    Quarter,
    /// A calendar year.
    Year,
    /// Ten years.
    Decade,
    /// A hundred years.
    Century,
}

/// The unit's name in the plural, as messages say it ("days", "centuries").
impl std::fmt::Display for Unit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Unit::Minute => "minutes",
            Unit::Hour => "hours",
            Unit::Day => "days",
            Unit::Night => "nights",
            Unit::Week => "weeks",
            Unit::Weekend => "weekends",
            Unit::Month => "months",
            Unit::Quarter => "quarters",
            Unit::Year => "years",
            Unit::Decade => "decades",
            Unit::Century => "centuries",
        })
    }
}

/// Unit words, singular and plural.
pub const UNITS: &[(&str, Unit)] = &[
    ("minute", Unit::Minute),
    ("minutes", Unit::Minute),
    ("hour", Unit::Hour),
    ("hours", Unit::Hour),
    ("day", Unit::Day),
    ("days", Unit::Day),
    ("night", Unit::Night),
    ("nights", Unit::Night),
    ("week", Unit::Week),
    ("weeks", Unit::Week),
    ("weekend", Unit::Weekend),
    ("weekends", Unit::Weekend),
    ("month", Unit::Month),
    ("months", Unit::Month),
    ("quarter", Unit::Quarter),
    ("quarters", Unit::Quarter),
    ("year", Unit::Year),
    ("years", Unit::Year),
    ("decade", Unit::Decade),
    ("decades", Unit::Decade),
    ("century", Unit::Century),
    ("centuries", Unit::Century),
];

/// A part of the day, as TIMEX3 names them (`TMO`, `TAF`, `TEV`, `TNI`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PartOfDay {
    /// 06:00–12:00.
    Morning,
    /// 12:00–18:00.
    Afternoon,
    /// 18:00–24:00.
    Evening,
    /// 18:00–06:00 the next day.
    Night,
}

/// Part-of-day words.
pub const PARTS_OF_DAY: &[(&str, PartOfDay)] = &[
    ("morning", PartOfDay::Morning),
    ("afternoon", PartOfDay::Afternoon),
    ("evening", PartOfDay::Evening),
    ("night", PartOfDay::Night),
    ("overnight", PartOfDay::Night),
];

/// Cardinal number words up to nineteen, and the tens.
pub const NUMBER_WORDS: &[(&str, u32)] = &[
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("hundred", 100),
];

/// Ordinal words up to thirty-first (compounds such as "twenty-first" are built from these).
pub const ORDINAL_WORDS: &[(&str, u32)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("thirtieth", 30),
];

/// Decades in words, with their first year: "the nineties" (the 1900s; news rarely means the
/// 2020s this way).
pub const DECADE_WORDS: &[(&str, i32)] = &[
    ("twenties", 1920),
    ("thirties", 1930),
    ("forties", 1940),
    ("fifties", 1950),
    ("sixties", 1960),
    ("seventies", 1970),
    ("eighties", 1980),
    ("nineties", 1990),
];

/// Vague quantities: "several days", "a few weeks".
pub const FUZZY_AMOUNTS: &[&str] = &["several", "a few", "few", "some", "many"];

/// Looks a word up in a table.
pub fn lookup<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
    // Length and first byte first: a whole comparison is a `memcmp` call, and the grammar
    // looks words up at every candidate position.
    let first = word.as_bytes().first();
    table
        .iter()
        .find(|(w, _)| w.len() == word.len() && w.as_bytes().first() == first && *w == word)
        .map(|&(_, v)| v)
}

/// A month from its lower-case name or abbreviation.
pub fn month_from_word(word: &str) -> Option<u32> {
    lookup(MONTHS, word)
}

/// A weekday from its lower-case name or abbreviation.
pub fn weekday_from_word(word: &str) -> Option<Weekday> {
    lookup(WEEKDAYS, word).or_else(|| lookup(WEEKDAY_ABBREVIATIONS, word))
}

/// A season of the (northern) year, as TIMEX3 names them (`SP`, `SU`, `FA`, `WI`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Season {
    /// March to May.
    Spring,
    /// June to August.
    Summer,
    /// September to November.
    Fall,
    /// December to February.
    Winter,
}

/// Season words.
pub const SEASONS: &[(&str, Season)] = &[
    ("spring", Season::Spring),
    ("summer", Season::Summer),
    ("fall", Season::Fall),
    ("autumn", Season::Fall),
    ("winter", Season::Winter),
];

/// Time zone abbreviations news uses after a clock time, with their canonical spelling.
pub const ZONES: &[(&str, &str)] = &[
    ("est", "EST"),
    ("edt", "EDT"),
    ("cst", "CST"),
    ("cdt", "CDT"),
    ("mst", "MST"),
    ("mdt", "MDT"),
    ("pst", "PST"),
    ("pdt", "PDT"),
    ("gmt", "GMT"),
    ("utc", "UTC"),
    ("bst", "BST"),
    ("cet", "CET"),
    ("cest", "CEST"),
    ("jst", "JST"),
];

/// One-word sets: "daily" is every day.
pub const SET_ADVERBS: &[(&str, Unit)] = &[
    ("hourly", Unit::Hour),
    ("daily", Unit::Day),
    ("nightly", Unit::Night),
    ("weekly", Unit::Week),
    ("monthly", Unit::Month),
    ("quarterly", Unit::Quarter),
    ("yearly", Unit::Year),
    ("annually", Unit::Year),
];

/// Ordinals of quarters and halves written as words or with suffixes.
pub const PART_ORDINALS: &[(&str, u32)] = &[
    ("first", 1),
    ("1st", 1),
    ("second", 2),
    ("2nd", 2),
    ("third", 3),
    ("3rd", 3),
    ("fourth", 4),
    ("4th", 4),
    ("last", 4),
];

/// Which vague region a one-word reference names.
pub const VAGUE_WORDS: &[(&str, VagueRegion)] = &[
    ("now", VagueRegion::Present),
    ("currently", VagueRegion::Present),
    ("nowadays", VagueRegion::Present),
    ("current", VagueRegion::Present),
    ("recently", VagueRegion::Past),
    ("recent", VagueRegion::Past),
    ("formerly", VagueRegion::Past),
];

/// The region of time a vague word names (mirrors [`crate::temporal::Vague`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum VagueRegion {
    /// Before the publish date.
    Past,
    /// Around the publish date.
    Present,
    /// After the publish date.
    Future,
}

/// A holiday news dates events by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Holiday {
    /// 1 January.
    NewYearsDay,
    /// 31 December.
    NewYearsEve,
    /// 14 February.
    ValentinesDay,
    /// Western Easter Sunday (Gregorian computus).
    Easter,
    /// The Friday before Easter.
    GoodFriday,
    /// US: the last Monday of May.
    MemorialDay,
    /// US: 4 July.
    IndependenceDay,
    /// US: the first Monday of September.
    LaborDay,
    /// 31 October.
    Halloween,
    /// US: the Tuesday after the first Monday of November.
    ElectionDay,
    /// US: the fourth Thursday of November.
    Thanksgiving,
    /// 24 December.
    ChristmasEve,
    /// 25 December.
    Christmas,
}

/// Holiday names, longest first where one is a prefix of another.
pub const HOLIDAYS: &[(&str, Holiday)] = &[
    ("new year's day", Holiday::NewYearsDay),
    ("new year's eve", Holiday::NewYearsEve),
    ("valentine's day", Holiday::ValentinesDay),
    ("easter sunday", Holiday::Easter),
    ("easter", Holiday::Easter),
    ("good friday", Holiday::GoodFriday),
    ("memorial day", Holiday::MemorialDay),
    ("independence day", Holiday::IndependenceDay),
    ("the fourth of july", Holiday::IndependenceDay),
    ("labor day", Holiday::LaborDay),
    ("labour day", Holiday::LaborDay),
    ("halloween", Holiday::Halloween),
    ("election day", Holiday::ElectionDay),
    ("thanksgiving day", Holiday::Thanksgiving),
    ("thanksgiving", Holiday::Thanksgiving),
    ("christmas eve", Holiday::ChristmasEve),
    ("christmas day", Holiday::Christmas),
    ("christmas", Holiday::Christmas),
];
