//! Temporal expressions: recognise time phrases with a nom grammar, then resolve them.
//!
//! Two steps, two types. [`recognize`] scans each sentence at word starts, runs the grammar
//! ([`grammar::parse`], longest match wins) and checks the context of weak matches (a bare
//! "2006" must follow "in", "since", ... or end a phrase; "May" must follow a preposition).
//! Each hit is a [`Mention`] holding an unresolved [`TimeExpr`]. [`resolve()`] then places it
//! on the calendar against an [`Anchor`] (publish date, clause tense, previous time) and
//! returns a [`TimeValue`] whose [`Trace`] says which rule fired and why.
//!
//! The grammar, informally (each line is a production named in the output's `rule`; the
//! corpus in `tests/corpus/` has examples of every one):
//!
//! ```text
//! date      := <month> <day> [, <year>] | <day> [of] <month> [<year>] | the <day> of <month>
//!            | <weekday>, <month> <day> [, <year>] | <month> [of] <year> | <yyyy>-<mm>-<dd>
//!            | <mm>/<dd>/<yyyy> (day first when the first number exceeds 12)
//!            | <year> | <year> BC | <year> AD | the year <year> | <month>
//!            | <month> [<day>] last|this|next year | fiscal <year>
//! year      := <digits 1000–2999> | nineteen ninety-six | two thousand [and] one
//! period    := [the] <decade>s | the '<yy>s | the nineties | the <ordinal> century
//!            | [the|its|<shift> year's] [<year>] [fiscal] <ordinal>(-| )quarter [of <year>]
//!            | the first|second half [of <year>] | [last|this|next] <season> [[of] <year>]
//!            | the [latest|current|full] year|quarter|week|weekend|period
//!            | [the] year-earlier|year-ago [quarter|period] | the <year> period
//! weekday   := [last|next|this|coming] <weekday> [<part of day>]
//! deictic   := today | tonight | yesterday [<part>] | tomorrow [<part>] | this <part>
//!            | last night | last|next|this <unit> | last|next|this <month> | [<amount>] <unit> ago
//! anaphora  := the following|next|previous|preceding [<number>] <unit>
//!            | <amount> <unit> later|earlier | the <unit> before|after | that|the same <unit>
//! relative  := [<amount>] <unit> after|before <event noun phrase>
//! duration  := <amount> <unit> | <number>-<unit> | <unit>-long | the past <amount> <unit>
//!            | the past <unit> | recent|coming <unit>s | <unit>s (after "for", "in", ...)
//! set       := daily|weekly|... | every|each <unit|weekday|month> | <weekday>s [<part>s]
//!            | once|twice|<n> times a|per <unit>
//! time      := <hour>[:<minute>] a.m.|p.m. [<zone>|local time] [[on] <day>] | noon | midnight
//! modified  := early|mid-|late|the end of|... <date or period>     (TIMEX3 mod START, MID, END)
//!            | about|around|nearly|more than|at least|up to ... <amount>  (APPROX, LESS_THAN, ...)
//! vague     := now | currently | recently | current | recent | the past | the [near] future
//!            | these days | the near|short term
//! discourse := Later, | Earlier, | Then,            (orders events; not a TIMEX)
//! ```
//!
//! Recognition is cheap where it can be: a table built once from the lexicons classes each
//! token as a *strong* start (month, unit, number, ...), a *weak* one ("the", "about", "last":
//! tried only when a strong word follows within four tokens) or none. Capitals tell names
//! from times ("the Sunday Times", "Friday Night Lights", "the 1990 Club").
//!
//! Worked examples at publish date Sunday 2019-11-10: "on Friday" in a past-tense clause →
//! `2019-11-08`; "the October 20 vote" → `2019-10-20`; "the previous three nights" →
//! 2019-11-07 18:00 to 2019-11-10 05:59 (`P3D`); "hours after the incident" → between 1 and
//! 23 h 59 after the incident, no date.

pub mod grammar;
pub mod lexicon;

mod expr;
mod resolve;
mod value;

pub use expr::{Amount, Direction, Reach, Recurrence, Shift, TimeExpr, Vague, YearPart};
pub use resolve::{resolve, within_from_publication, Anchor, Profile, Reference, ResolveError};
pub use value::{
    day_end, day_start, AnchorUsed, Granularity, Modifier, Offset, Tense, TimeValue, TimexType,
    Trace,
};

use crate::segment::{Segmentation, TokenKind};
use crate::Span;
use chrono::Datelike;

/// A time phrase found in the text, not yet resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Where it is.
    pub span: Span,
    /// What it says.
    pub expr: TimeExpr,
    /// The grammar rule that recognised it.
    pub rule: &'static str,
    /// Index of its sentence.
    pub sentence: usize,
    /// Index of its clause.
    pub clause: usize,
}

/// Words after which a bare year or month is a time ("in 2006", "since May").
const TIME_PREPOSITIONS: &[&str] = &[
    "in",
    "since",
    "until",
    "till",
    "by",
    "from",
    "to",
    "of",
    "during",
    "through",
    "before",
    "after",
    "early",
    "late",
    "mid",
    "last",
    "next",
    "this",
    "and",
    "between",
    "around",
    "for",
    "on",
    "circa",
    "throughout",
    "year",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    // "bonds due 1993", "in both 1990 and 1991".
    "due",
    "both",
];

/// Nouns before "of the year|week" that make the phrase an award or a title ("person of the
/// year", "game of the week").
const AWARD_NOUNS: &[&str] = &[
    "person",
    "man",
    "woman",
    "player",
    "coach",
    "rookie",
    "athlete",
    "team",
    "car",
    "book",
    "album",
    "song",
    "record",
    "game",
    "play",
    "goal",
    "word",
    "newsmaker",
    "employee",
    "teacher",
    "manager",
    "executive",
    "entrepreneur",
    "businessman",
    "horse",
    "driver",
    "pitcher",
    "picture",
    "film",
    "movie",
    "story",
    "tip",
    "deal",
    "fight",
    "event",
];

/// Words after which "a day", "a week" is a length of time.
const DURATION_LEAD: &[&str] = &[
    "for", "within", "over", "about", "nearly", "almost", "than", "just", "only", "once", "in",
    "of",
];

/// Adjectives of quantity, after which a four-digit number counts ("the other 2000
/// soldiers", "an additional 1500 jobs").
const COUNT_ADJECTIVES: &[&str] = &[
    "other",
    "remaining",
    "additional",
    "extra",
    "first",
    "last",
    "next",
    "estimated",
    "total",
    "some",
    "about",
    "nearly",
    "almost",
    "only",
    "mere",
    "whopping",
    "more",
    "further",
    "full",
];

/// Determiners and possessives, after which a year or a frequency word modifies a noun.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "his", "her", "their", "our", "your", "this", "that", "these", "those",
];

/// A four-digit year between 1900 and 2099, or one in words ("nineteen ninety-seven").
fn is_modern_year(s: &str) -> bool {
    (s.len() == 4 && s.parse::<u32>().is_ok_and(|y| (1900..=2099).contains(&y)))
        || s.starts_with("nineteen ")
        || s.starts_with("two thousand")
}

/// Words after a month that show it is not a modifier of a noun ("the March on Washington",
/// "a March of Dimes", "the June and July figures" is rare enough to lose).
const NOT_NOUNS: &[&str] = &[
    "on", "of", "to", "in", "for", "and", "or", "the", "a", "an", "is", "was", "will", "would",
    "has", "had", "at", "by", "from", "with", "that", "which", "who", "as", "but",
];

/// True when the next word after a phrase (`after`, lower case) is a word that can be a noun:
/// letters only, not a function word.
fn noun_follows(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    let word: &str = rest
        .split(|c: char| !c.is_ascii_alphabetic() && c != '-')
        .next()
        .unwrap_or("");
    !word.is_empty() && !word.starts_with('-') && !NOT_NOUNS.contains(&word)
}

/// Third-person verbs and function words that end in "s" but are no plural nouns.
const NOT_PLURAL_NOUNS: &[&str] = &[
    "was",
    "has",
    "does",
    "goes",
    "says",
    "seems",
    "remains",
    "marks",
    "means",
    "shows",
    "brings",
    "begins",
    "ends",
    "starts",
    "comes",
    "becomes",
    "sees",
    "makes",
    "its",
    "his",
    "this",
    "thus",
    "plus",
    "perhaps",
    "always",
    "whereas",
    "besides",
    "towards",
    "afterwards",
    "sometimes",
];

/// True when a lower-case plural noun follows right after a number (`after` in its case): "In 1500 homes the power
/// failed", "By 2000 soldiers had arrived" count homes and soldiers. No year after a
/// preposition in the two TempEval-3 sets is followed by one ("in 1990 when", "in 1993
/// were", "since 1987 that").
fn plural_noun_follows(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    let word: &str = rest
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    word.len() >= 4
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && rest[word.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric() && c != '\'' && c != '-')
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("is")
        && !NOT_PLURAL_NOUNS.contains(&word)
}

/// True when the year at token `t` (in a sentence from token `first`) ends a reduced relative
/// clause: "The law *passed in 2010* requires insurers ...", "a treaty signed in 1998 bans
/// ...". After a past form and its preposition, a word in "-s" after four digits is the
/// sentence's verb, not a counted plural ("In 1500 homes"): news writes counts of thousands
/// with a comma ("killed in 2,000 attacks").
fn reduced_relative_year(seg: &Segmentation, t: usize, first: usize) -> bool {
    t >= first + 2 && crate::event::past_form(seg.lower_of(seg.tokens[t - 2].span))
}

/// Words after which "the spring", "the summer" are seasons.
const SEASON_PREPOSITIONS: &[&str] = &[
    "in",
    "during",
    "by",
    "until",
    "till",
    "since",
    "through",
    "throughout",
    "over",
    "into",
    "before",
    "after",
    "early",
    "late",
    "mid",
    "this",
    "for",
];

/// Words after which a bare plural unit is a length of time ("for years", "took weeks").
const PLURAL_LEAD: &[&str] = &[
    "for", "within", "over", "in", "than", "took", "lasted", "spent", "last", "lasting", "after",
    "before", "past", "recent",
];

/// Words after "overnight" that go on the clause it ends, so that it is a time of its own:
/// "clashed overnight in the capital", "overnight and into Friday".
const AFTER_OVERNIGHT: &[&str] = &[
    "in", "on", "at", "and", "after", "before", "as", "when", "while", "but", "into", "near",
    "outside", "across",
];

/// Words that are a time phrase, or its head, on their own, besides the lexicon tables.
const STRONG_STARTS: &[&str] = &[
    "today",
    "tonight",
    "tomorrow",
    "yesterday",
    "later",
    "earlier",
    "afterwards",
    "afterward",
    "then",
    "previously",
    "now",
    "currently",
    "nowadays",
    "recently",
    "noon",
    "midnight",
    "midday",
    "recent",
    "current",
    "future",
    "past",
    "term",
    "formerly",
    // Only as the head of "the latest period", "the same period" (a weak "the" needs it).
    "period",
    "twenties",
    "thirties",
    "forties",
    "fifties",
    "sixties",
    "seventies",
    "eighties",
    "nineties",
    "thanksgiving",
    "christmas",
    "easter",
    "halloween",
];

/// Words that can open a time phrase but are common elsewhere ("the", "at", "some"): a
/// phrase is only tried there when a strong word follows within [`WEAK_REACH`] tokens.
const WEAK_STARTS: &[&str] = &[
    "the",
    "a",
    "an",
    "half",
    "last",
    "next",
    "this",
    "coming",
    "that",
    "several",
    "few",
    "many",
    "mid",
    "post",
    "pre",
    "early",
    "late",
    "about",
    "around",
    "approximately",
    "roughly",
    "some",
    "nearly",
    "almost",
    "less",
    "fewer",
    "under",
    "more",
    "over",
    "at",
    "up",
    "no",
    "end",
    "beginning",
    "every",
    "each",
    "once",
    "twice",
    "its",
    "their",
    "fiscal",
    "these",
    "comparable",
    "corresponding",
    "ad",
    "new",
    "good",
    "labor",
    "labour",
    "memorial",
    "election",
    "independence",
    "valentine",
];

/// How many tokens after a weak start a strong word must appear ("the end of last year").
const WEAK_REACH: usize = 4;

/// How a word can take part in a time phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum StartClass {
    /// A time word: a month, weekday, unit, number, ... or a digit-led token.
    Strong,
    /// A function word that may open a phrase.
    Weak,
}

/// A small, fast, deterministic string hasher (FNV-1a) for the start-word table: the table
/// is probed once per token, so SipHash's cost shows in the tagger benchmark.
#[derive(Default)]
struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// The start words by class, and a cheap filter in front of them.
#[derive(Default)]
struct StartTable {
    classes:
        std::collections::HashMap<&'static str, StartClass, std::hash::BuildHasherDefault<Fnv>>,
    /// Per first letter `a`..`z`, bit `n` set when a start word of that letter, or a plural
    /// weekday, has `n` bytes: most tokens of a text are turned away without hashing.
    lengths: [u32; 26],
}

impl StartTable {
    fn insert(&mut self, word: &'static str, class: StartClass) {
        self.classes.insert(word, class);
        self.note_length(word);
    }

    fn note_length(&mut self, word: &str) {
        let letter = word.as_bytes().first().and_then(|b| b.checked_sub(b'a'));
        if let Some(bits) = letter.and_then(|k| self.lengths.get_mut(usize::from(k))) {
            *bits |= 1u32.checked_shl(word.len() as u32).unwrap_or(0);
        }
    }

    /// False when no start word has `word`'s first letter and length (a word of 32 bytes or
    /// more, or not led by `a`..`z`, is always looked up).
    fn may_hold(&self, word: &str) -> bool {
        let letter = word.as_bytes().first().and_then(|b| b.checked_sub(b'a'));
        match letter.and_then(|k| self.lengths.get(usize::from(k))) {
            Some(bits) if word.len() < 32 => (bits >> word.len()) & 1 == 1,
            _ => true,
        }
    }

    fn get(&self, word: &str) -> Option<StartClass> {
        self.classes.get(word).copied()
    }
}

/// Every word that can start a phrase, by class, built once from the lexicon tables.
fn start_table() -> &'static StartTable {
    static TABLE: std::sync::OnceLock<StartTable> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        use lexicon::*;
        let mut t = StartTable::default();
        let words = MONTHS
            .iter()
            .map(|w| w.0)
            .chain(WEEKDAYS.iter().map(|w| w.0))
            .chain(WEEKDAY_ABBREVIATIONS.iter().map(|w| w.0))
            .chain(UNITS.iter().map(|w| w.0))
            .chain(NUMBER_WORDS.iter().map(|w| w.0))
            .chain(SEASONS.iter().map(|w| w.0))
            .chain(SET_ADVERBS.iter().map(|w| w.0))
            .chain(PART_ORDINALS.iter().map(|w| w.0))
            .chain(ORDINAL_WORDS.iter().map(|w| w.0))
            .chain(VAGUE_WORDS.iter().map(|w| w.0))
            .chain(PARTS_OF_DAY.iter().map(|w| w.0))
            .chain(STRONG_STARTS.iter().copied());
        for &w in WEAK_STARTS {
            t.insert(w, StartClass::Weak);
        }
        // Strong wins where a word is both ("last" is weak, but "first" strong).
        for w in words {
            t.insert(w, StartClass::Strong);
        }
        // "last" is a shift word before it is an ordinal.
        t.insert("last", StartClass::Weak);
        // Plural weekdays are found through their singular (`start_class`).
        for (w, _) in WEEKDAYS {
            t.note_length(&format!("{w}s"));
        }
        t
    })
}

/// The class of a token as a possible phrase start, if any.
fn start_class(token: &str) -> Option<StartClass> {
    let first = *token.as_bytes().first()?;
    if first.is_ascii_digit() {
        // "2,006" and "3.5" open no time phrase; "10", "1990s", "10-year", "3:30" may.
        let number_like = token.bytes().take_while(u8::is_ascii_digit).count();
        if matches!(token.as_bytes().get(number_like), Some(b',' | b'.')) {
            return None;
        }
        return Some(StartClass::Strong);
    }
    // Every start word is lower-case ASCII of at most 13 letters; most tokens are not.
    if !first.is_ascii_lowercase() || token.len() > 24 {
        return None;
    }
    // A hyphenated or possessive token starts with its first part: "third-quarter",
    // "mid-november", "friday's"; a plural weekday ("fridays") with its singular.
    let word = first_part(token);
    let table = start_table();
    if !table.may_hold(word) {
        return None;
    }
    let class = table.get(word).or_else(|| {
        let singular = word.strip_suffix('s')?;
        lexicon::lookup(lexicon::WEEKDAYS, singular).map(|_| StartClass::Strong)
    });
    // "mid-october", "fiscal-1998": a weak first part with a strong second part.
    if class == Some(StartClass::Weak) {
        let second = token.split(['-', '\'', '\u{2019}']).nth(1);
        if let Some(rest) = second.filter(|r| !r.is_empty()) {
            if start_class(rest) == Some(StartClass::Strong) {
                return Some(StartClass::Strong);
            }
        }
    }
    class
}

/// A token up to its first hyphen, apostrophe or right single quote, as
/// `token.split(['-', '\'', '\u{2019}']).next()` gives it, by a byte scan: this runs on every
/// token.
fn first_part(token: &str) -> &str {
    let bytes = token.as_bytes();
    // Most tokens are lower-case ASCII letters to their end or to their hyphen or
    // apostrophe: that run is read first, by index (an iterator's `position` over it cost
    // twice as much; issue 3). It holds none of the three bytes looked for.
    let mut run = 0;
    while run < bytes.len() && bytes[run].is_ascii_lowercase() {
        run += 1;
    }
    match bytes.get(run) {
        None => return token,
        Some(b'-' | b'\'') => return &token[..run],
        _ => {}
    }
    let mut from = run;
    // The candidates are rare: most tokens are scanned once, without a bounds check per byte.
    while let Some(k) = bytes
        .get(from..)
        .and_then(|rest| rest.iter().position(|&b| matches!(b, b'-' | b'\'' | 0xE2)))
    {
        let k = from + k;
        if bytes[k] != 0xE2 || bytes[k + 1..].starts_with(&[0x80, 0x99]) {
            return &token[..k];
        }
        from = k + 1;
    }
    token
}

/// True when a strong word follows token `k` of a sentence closely enough for a weak start
/// to be worth parsing (`classes` holds the class of each of the sentence's tokens).
fn strong_word_follows(classes: &[Option<StartClass>], k: usize) -> bool {
    classes[k + 1..classes.len().min(k + 1 + WEAK_REACH)].contains(&Some(StartClass::Strong))
}

/// Words before a weekday that make it part of a name: "Man Friday", "Girl Friday".
const NAME_BEFORE_WEEKDAY: &[&str] = &["man", "girl"];

/// Nouns after a weekday that make it an attribute, not a time: "Sunday school", "the
/// Sunday Times", "a Sunday dress".
const NOUNS_AFTER_WEEKDAY: &[&str] = &[
    "school",
    "schools",
    "times",
    "best",
    "dress",
    "dresses",
    "paper",
    "papers",
    "edition",
    "editions",
    "league",
    "supplement",
    "magazine",
    "telegraph",
    "express",
    "mirror",
    "herald",
    "service",
    "services",
    "mass",
    "lunch",
    "roast",
    "driver",
    "drivers",
    "golfer",
];

/// Capitalised nouns after "the <year>" that make a named event, whose year is a time ("the
/// 1916 Battle of Jutland", "the 1996 Olympic bombing"), unlike other names ("the 1990 Club").
const EVENT_NAME_HEADS: &[&str] = &[
    "battle",
    "treaty",
    "war",
    "campaign",
    "election",
    "elections",
    "olympics",
    "olympic",
    "games",
    "uprising",
    "revolution",
    "conference",
    "summit",
    "agreement",
    "accord",
    "accords",
    "pact",
    "act",
    "convention",
    "offensive",
    "siege",
    "census",
    "budget",
    "crisis",
    "revolt",
    "rebellion",
    "invasion",
    "coup",
    "constitution",
    "armistice",
    "peace",
    "world",
    "cup",
    "championship",
    "referendum",
    "massacre",
    "earthquake",
    "floods",
    "strike",
];

/// Nouns after "today's" that make it mean "present-day": "today's youth", "today's world".
const GENERIC_AFTER_TODAYS: &[&str] = &[
    "world",
    "youth",
    "society",
    "generation",
    "generations",
    "young",
    "children",
    "kids",
    "teenagers",
    "students",
    "consumers",
    "computers",
    "technology",
    "families",
    "parents",
    "culture",
    "standards",
];

/// Nouns after "daily", "weekly" that make it a kind of publication, not a set.
const PUBLICATIONS: &[&str] = &[
    "newspaper",
    "newspapers",
    "paper",
    "papers",
    "magazine",
    "magazines",
    "newsletter",
    "publication",
    "journal",
    "tabloid",
    "edition",
];

/// Words after which a lone year is a number, not a time: "flight number 2019".
const NUMBER_CONTEXT: &[&str] = &[
    "number",
    "no",
    "was",
    "is",
    "were",
    "are",
    "room",
    "flight",
    "code",
    "page",
    "route",
    "highway",
    "interstate",
    "model",
    "version",
    "chapter",
    "section",
    "article",
    "bill",
    "call",
    "score",
    "total",
];

/// Words before "of tomorrow" that name a part of that day ("by the end of tomorrow"), not
/// the future in general ("the people of tomorrow").
const PARTS_OF_TOMORROW: &[&str] = &[
    "end",
    "start",
    "beginning",
    "middle",
    "rest",
    "morning",
    "afternoon",
    "evening",
    "night",
    "close",
    "noon",
    "dawn",
];

/// Nouns of a results story that a year before a company's name dates: "his 1990 Anheuser
/// earnings projection".
const REPORT_NOUNS: &[&str] = &[
    "earnings",
    "sales",
    "profit",
    "profits",
    "revenue",
    "revenues",
    "results",
    "projection",
    "projections",
    "forecast",
    "forecasts",
    "estimate",
    "estimates",
    "budget",
    "figures",
    "output",
    "shipments",
    "dividend",
    "dividends",
];

/// Small words inside a capitalised name ("Freedom of Access to Clinic Entrances Act").
const NAME_JOINERS: &[&str] = &["of", "to", "and", "for", "the", "on", "in"];

/// True when a capitalised name after a year (after a determiner) is dated by it rather than
/// named with it: it ends in an event head ("the 1994 Freedom of Access to Clinic Entrances
/// Act") or is followed by a noun of a results story ("his 1990 Anheuser earnings
/// projection"). The gold tags the year 6 times out of 6 after a determiner and before a
/// capitalised word ("the 2000 Olympics", "a 1971 Convention"); "the 1990 Club" stays a name.
fn dated_name_follows(text: &str, end: usize) -> bool {
    for word in text[end..].split_whitespace().take(10) {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        let lower = bare.to_ascii_lowercase();
        if bare.starts_with(char::is_uppercase) {
            if EVENT_NAME_HEADS.contains(&lower.as_str()) {
                return true;
            }
        } else if !NAME_JOINERS.contains(&lower.as_str()) {
            return REPORT_NOUNS.contains(&lower.as_str());
        }
        // A name ends at punctuation.
        if bare.len() < word.len() {
            return false;
        }
    }
    false
}

/// True when the words after a count of quarters make it a fraction of something: "of", a
/// determiner, then no unit of time within three words ("a quarter of the entire high-yield
/// market", not "a quarter of a century" or "a quarter of the fiscal year").
fn fraction_of(after: &str) -> bool {
    let mut words = after
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    if words.next() != Some("of") || !words.next().is_some_and(|w| DETERMINERS.contains(&w)) {
        return false;
    }
    !words
        .take(3)
        .any(|w| lexicon::lookup(lexicon::UNITS, w).is_some() || w == "fiscal")
}

/// True when the match is part of a name or an attribute rather than a time, judged by the
/// capitals of the original text and small word tables.
fn is_name(
    text: &str,
    seg: &Segmentation,
    t: usize,
    sentence_start: usize,
    span: Span,
    expr: &TimeExpr,
) -> bool {
    let phrase = &seg.lower[span.start..span.end];
    let first = phrase
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let prev = (t > sentence_start).then(|| seg.lower_of(seg.tokens[t - 1].span));
    let next_token = seg.tokens.get(seg.token_at(span.end));
    let next = next_token.map(|tk| seg.lower_of(tk.span)).unwrap_or("");
    let next_capital = next_token
        .and_then(|tk| text[tk.span.start..].chars().next())
        .is_some_and(char::is_uppercase);
    let is_weekday = lexicon::weekday_from_word(first).is_some();
    let at_sentence_start = t == sentence_start;
    let written = &text[span.start..span.end];
    // "Kopp's 1987 Chevrolet" like "the 1990 Club": a year before a name is part of it.
    if is_modern_year(phrase)
        && prev.is_some_and(|p| DETERMINERS.contains(&p) || p.ends_with("'s"))
        && next_capital
        && !EVENT_NAME_HEADS.contains(&next)
        && !(prev.is_some_and(|p| DETERMINERS.contains(&p)) && dated_name_follows(text, span.end))
    {
        return true;
    }
    let prev_token = (t > sentence_start).then(|| seg.tokens[t - 1]);
    // The word before, capitalised inside the sentence (not its first word): "called Orion
    // 1980", "This is VOA Today".
    let prev_capital_inside = t > sentence_start + 1
        && prev_token.is_some_and(|tk| {
            tk.kind == TokenKind::Word && text[tk.span.start..].starts_with(char::is_uppercase)
        });
    // "a joint venture called Orion 1980", "Expo 2000": a bare year right after a capitalised
    // word inside a sentence ends a name, unless that word is a time word itself ("Christmas
    // 1998", "Fiscal 1990" as a heading) or a name of a month ("Sept 1989").
    if prev_capital_inside
        && phrase.len() == 4
        && phrase.bytes().all(|b| b.is_ascii_digit())
        // "Eastern Theater 1861-1863": a range is a time, whatever heads it.
        && !seg.lower[span.end..].starts_with(['-', '\u{2013}'])
        && prev.is_some_and(|p| {
            // "Navigation Mixte's 1989 profit": a possessive dates what follows.
            !p.ends_with("'s")
                && !p.ends_with("\u{2019}s")
                && !TIME_PREPOSITIONS.contains(&p)
                && start_class(p).is_none()
                && lexicon::month_from_word(p.trim_end_matches('.')).is_none()
                && !matches!(p, "fiscal" | "ad" | "a.d." | "bc" | "b.c.")
        })
    {
        return true;
    }
    // "USA Today", "This is VOA Today": a capitalised deictic day after a capitalised word
    // inside a sentence is a title (a newspaper, a programme); the day itself is written in
    // lower case there.
    if prev_capital_inside
        && matches!(phrase, "today" | "tonight")
        && written.starts_with(char::is_uppercase)
    {
        return true;
    }
    // "more than a quarter of the entire market", "a quarter of its sales": a fraction, not
    // three months; "a quarter of a century", "a quarter of the year" stay times.
    let counted = match expr {
        TimeExpr::Modified { inner, .. } => inner,
        other => other,
    };
    if matches!(
        counted,
        TimeExpr::Duration {
            unit: lexicon::Unit::Quarter,
            ..
        }
    ) && fraction_of(&seg.lower[span.end..])
    {
        return true;
    }
    // "The quarter-to-quarter comparison", "year-to-year changes": a compound adjective of
    // two units, not a time ("year-to-date" is one).
    if let Some(to) = seg.lower[span.end..].strip_prefix("-to-") {
        let unit = to
            .split(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or("");
        if lexicon::lookup(lexicon::UNITS, unit).is_some() {
            return true;
        }
    }
    if is_weekday {
        if prev.is_some_and(|p| NAME_BEFORE_WEEKDAY.contains(&p)) {
            return true;
        }
        // "Friday's edition" is that day's edition: a possessive weekday is a time.
        let possessive = seg.lower[span.end..].starts_with("'s")
            || seg.lower[span.end..].starts_with("\u{2019}s");
        // "In his Sunday Mass at St. Patrick's" (AQUAINT NYT19981025.0216) is the Mass he said
        // that Sunday: after a possessive, a weekday before an occasion names the day, unlike
        // "Sunday Mass", "Sunday services" in general.
        let owned_occasion = prev.is_some_and(|p| {
            matches!(p, "his" | "her" | "their" | "its" | "our" | "my") || p.ends_with("'s")
        }) && matches!(next, "mass" | "service" | "services");
        if phrase == first && !possessive && !owned_occasion && NOUNS_AFTER_WEEKDAY.contains(&next)
        {
            return true;
        }
        // "a Sunday dress", "the Monday meeting" is a time, but "the Sunday Times" a name.
        if phrase == first && prev.is_some_and(|p| matches!(p, "a" | "an")) {
            return next_token.is_some_and(|tk| tk.kind == TokenKind::Word);
        }
    }
    // A unit or "noon" capitalised inside quotation marks is a title: ABC's "This Week",
    // CBS's "60 Minutes", "High Noon" (holidays such as "Election Day" are their own
    // expressions; WikiWars, unlike TempEval-3, tags unquoted names such as "Seven Years' War").
    if !at_sentence_start
        && quoted_title_start(text, span.start)
        && !matches!(expr, TimeExpr::Holiday { .. })
        && written
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.starts_with(char::is_uppercase))
            .any(|w| {
                let lw = w.to_ascii_lowercase();
                lexicon::lookup(lexicon::UNITS, &lw).is_some()
                    || matches!(lw.as_str(), "noon" | "midnight")
            })
    {
        return true;
    }
    // "Now, ..." opening a sentence is a discourse marker that turns to a new point ("Now,
    // he says, it looks like ..."), not a time: TimeML tags "now" for the present moment.
    // The TempEval-3 annotators leave it untagged 3 times out of 3; "Now" with no comma
    // ("Now officials are investigating") they tag 5 times of 9, and tempora keeps it.
    if phrase == "now" && at_sentence_start && next == "," {
        return true;
    }
    // "high noon" is an idiom, not twelve o'clock.
    if phrase == "noon" && prev == Some("high") {
        return true;
    }
    // "the protesters' march", "this march": a month name that is also a common word, written
    // in lower case in a cased text, is that word.
    if let Some(m) = phrase
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| matches!(*w, "march" | "may" | "august"))
    {
        let cased_text = text.bytes().any(|b| b.is_ascii_uppercase());
        let offset = phrase.find(m).unwrap_or(0);
        if cased_text && written[offset..].starts_with(char::is_lowercase) {
            return true;
        }
    }
    // "today's youth", "today's world": present-day, not the publish date (the TempEval-3
    // annotators leave these untagged, 4 times out of 4).
    if phrase == "today" && seg.lower[span.end..].starts_with("'s ") {
        let generic = seg.lower[span.end + 3..]
            .split_whitespace()
            .take(2)
            .any(|w| {
                GENERIC_AFTER_TODAYS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric()))
            });
        if generic {
            return true;
        }
    }
    // "the people of tomorrow", "the cars of tomorrow": the future in general, not the day
    // after the publish date (TimeBank wsj_0158 leaves it untagged); not "the end of
    // tomorrow", a part of that day.
    if phrase == "tomorrow" && prev == Some("of") && t >= sentence_start + 2 {
        let owner = seg.lower_of(seg.tokens[t - 2].span);
        if !PARTS_OF_TOMORROW.contains(&owner) {
            return true;
        }
    }
    // A capitalised part of the day, season or frequency word inside a sentence, followed by
    // another capitalised word, is a title: "Friday Night Lights", "The Daily Mail".
    let inner_capital = text[span.start..span.end]
        .split(|c: char| !c.is_alphanumeric())
        .skip(usize::from(is_weekday))
        .filter(|w| !w.is_empty())
        .any(|w| {
            let lw = w.to_ascii_lowercase();
            w.starts_with(char::is_uppercase)
                && (lexicon::lookup(lexicon::PARTS_OF_DAY, &lw).is_some()
                    || lexicon::lookup(lexicon::SET_ADVERBS, &lw).is_some()
                    || lexicon::lookup(lexicon::SEASONS, &lw).is_some())
        });
    if inner_capital && next_capital && !(at_sentence_start && !is_weekday && phrase == first) {
        return true;
    }
    false
}

/// The second day of "April 24 and 25": a number of one or two digits, a possible day of
/// the month, right after "and" or "or" after a month-day phrase, and not counting a noun
/// ("April 24 and 25 people"). Returns its span and its day.
fn listed_day(seg: &Segmentation, first: Span, end: usize) -> Option<(Span, u32)> {
    // `end` is the sentence's last token (exclusive).
    let t = seg.token_at(first.end);
    if t + 1 >= end || !matches!(seg.lower_of(seg.tokens[t].span), "and" | "or") {
        return None;
    }
    let number = seg.tokens[t + 1].span;
    let digits = seg.lower_of(number);
    if digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let day: u32 = digits.parse().ok()?;
    let after = &seg.lower[number.end..];
    // "between 8 November and 23 November": the number starts a date of its own.
    let noun_follows = plural_noun_follows(after)
        || after.split_whitespace().next().is_some_and(|w| {
            matches!(w, "people" | "percent" | "men" | "women" | "children")
                || lexicon::month_from_word(w.trim_end_matches(['.', ','])).is_some()
        });
    ((1..=31).contains(&day) && !noun_follows).then_some((number, day))
}

/// "from 1354 to 1345 B.C.", "between 490 and 479 BC": when the last mention of `out` is a
/// year BC and the one before it a bare year of the same sentence, joined to it by "to",
/// "and", "until" or a dash and larger (years BC count down), that year is BC as well.
fn bc_range_start(seg: &Segmentation, out: &mut [Mention]) {
    let [.., first, last] = out else {
        return;
    };
    let TimeExpr::BcYear { year: end } = last.expr else {
        return;
    };
    let TimeExpr::Calendar {
        year: Some(start),
        month: None,
        day: None,
    } = first.expr
    else {
        return;
    };
    let Ok(start) = u32::try_from(start) else {
        return;
    };
    let between = seg.lower.get(first.span.end..last.span.start).unwrap_or("");
    let joined = matches!(between.trim(), "to" | "and" | "until" | "-" | "–" | "—");
    if first.sentence == last.sentence && first.rule == "<year>" && joined && start > end {
        first.expr = TimeExpr::BcYear { year: start };
        first.rule = "<year> BC";
    }
}

/// Finds the time phrases of every sentence.
///
/// ```
/// use tempora::{segment::segment, temporal::recognize, Span};
/// let text = "Police clashed on Friday, after the October 20 vote. Later, they left.";
/// let seg = segment(text, Span::new(0, text.len()), None);
/// let found: Vec<_> = recognize(&seg).iter().map(|m| &text[m.span.start..m.span.end]).collect();
/// assert_eq!(found, ["Friday", "October 20", "Later"]);
/// ```
pub fn recognize(seg: &Segmentation) -> Vec<Mention> {
    recognize_cased(None, seg)
}

/// [`recognize`] with the original text at hand, so that capitals can tell names from times:
/// "the Sunday Times", "Friday Night Lights", "The Daily Mail" are not times.
///
/// ```
/// use tempora::{segment::segment, temporal::recognize_in, Span};
/// let text = "She starred in Friday Night Lights on Friday.";
/// let seg = segment(text, Span::new(0, text.len()), None);
/// let found: Vec<_> = recognize_in(text, &seg).iter().map(|m| &text[m.span.start..m.span.end]).collect();
/// assert_eq!(found, ["Friday"]);
/// ```
pub fn recognize_in(text: &str, seg: &Segmentation) -> Vec<Mention> {
    recognize_cased(Some(text), seg)
}

fn recognize_cased(text: Option<&str>, seg: &Segmentation) -> Vec<Mention> {
    let mut out = Vec::new();
    // Each token is classed once per sentence; the buffer is reused.
    let mut classes: Vec<Option<StartClass>> = Vec::new();
    for (si, sentence) in seg.sentences.iter().enumerate() {
        classes.clear();
        classes.extend(seg.tokens[sentence.tokens.clone()].iter().map(|tk| {
            if tk.kind == TokenKind::Punct {
                None
            } else {
                start_class(seg.lower_of(tk.span))
            }
        }));
        let mut t = sentence.tokens.start;
        while t < sentence.tokens.end {
            let token = seg.tokens[t];
            let k = t - sentence.tokens.start;
            // "it was a great day for Poland": the day the pronoun stands for.
            if let Some(rule) = predicate_day(seg, t, sentence.tokens.start) {
                out.push(Mention {
                    span: token.span,
                    expr: TimeExpr::SameAs {
                        unit: lexicon::Unit::Day,
                    },
                    rule,
                    sentence: si,
                    clause: seg
                        .clause_at(token.span.start)
                        .unwrap_or(sentence.clauses.start),
                });
                t += 1;
                continue;
            }
            let worth_parsing = match classes[k] {
                Some(StartClass::Strong) => true,
                Some(StartClass::Weak) => strong_word_follows(&classes, k),
                None => false,
            };
            if !worth_parsing {
                t += 1;
                continue;
            }
            let input = &seg.lower[token.span.start..sentence.span.end];
            let Some(parsed) = grammar::parse(input) else {
                t += 1;
                continue;
            };
            let parsed = lasting_for(seg, t, sentence.tokens.start, input, parsed);
            let span = Span::new(token.span.start, token.span.start + parsed.len);
            // "in 1994, 1995 and 1997": a year listed after a year tagged just before.
            let listed_year = parsed.rule == "<year>"
                && t >= sentence.tokens.start + 2
                && seg.lower_of(seg.tokens[t - 1].span) == ","
                && out.last().is_some_and(|m: &Mention| {
                    m.rule == "<year>" && m.span.end == seg.tokens[t - 2].span.end
                });
            // "In 1500 homes the power failed": a count after a preposition, not a year.
            let counted = parsed.rule == "<year>"
                && t > sentence.tokens.start
                && TIME_PREPOSITIONS.contains(&seg.lower_of(seg.tokens[t - 1].span))
                && plural_noun_follows(text.map_or(&seg.lower[span.end..], |x| &x[span.end..]))
                && !reduced_relative_year(seg, t, sentence.tokens.start);
            if counted
                || !(listed_year || context_ok(seg, text, t, sentence.tokens.start, &parsed, span))
                || text.is_some_and(|text| {
                    is_name(text, seg, t, sentence.tokens.start, span, &parsed.expr)
                })
            {
                t += 1;
                continue;
            }
            let clause = seg.clause_at(span.start).unwrap_or(sentence.clauses.start);
            let (expr, rule) = someday(
                seg,
                t,
                sentence.tokens.start,
                span,
                parsed.expr,
                parsed.rule,
            );
            let parsed = grammar::Parsed {
                expr,
                rule,
                ..parsed
            };
            let is_year = matches!(
                parsed.expr,
                TimeExpr::Calendar {
                    month: None,
                    day: None,
                    ..
                }
            );
            // A year written in four digits, which a shortened range end can follow.
            let written = &seg.lower[span.start..span.end];
            let first_year = match parsed.expr {
                TimeExpr::Calendar { year, .. }
                    if written.len() == 4 && written.bytes().all(|b| b.is_ascii_digit()) =>
                {
                    year
                }
                _ => None,
            };
            out.push(Mention {
                span,
                expr: parsed.expr,
                rule: parsed.rule,
                sentence: si,
                clause,
            });
            bc_range_start(seg, &mut out);
            // "April 24 and 25", "May 4 and 5": a second day of the same month.
            let listed_day = match out.last().map(|m| &m.expr) {
                Some(&TimeExpr::Calendar {
                    year,
                    month: Some(month),
                    day: Some(_),
                }) => listed_day(seg, span, sentence.tokens.end).map(|(second, day)| {
                    (
                        second,
                        TimeExpr::Calendar {
                            year,
                            month: Some(month),
                            day: Some(day),
                        },
                    )
                }),
                _ => None,
            };
            // "1861-1863", "1917–1918": the second year of a range written as one token.
            let mut consumed = span.end;
            if is_year {
                if let Some(second) = range_end(seg, span, first_year, sentence.span.end) {
                    consumed = second.0.end;
                    out.push(Mention {
                        span: second.0,
                        expr: second.1.expr,
                        rule: second.1.rule,
                        sentence: si,
                        clause,
                    });
                }
            }
            if let Some((second, expr)) = listed_day {
                consumed = second.end;
                out.push(Mention {
                    span: second,
                    expr,
                    rule: "<month> <day> and <day>",
                    sentence: si,
                    clause,
                });
            }
            while t < sentence.tokens.end && seg.tokens[t].span.start < consumed {
                t += 1;
            }
        }
    }
    out
}

/// "burned for three months before it was contained", "stayed for two weeks after the
/// vote": after "for", an amount of units is how long the happening lasted, and the
/// "before|after" that follows relates it to the next happening (the connective sieve reads
/// it); the phrase is the duration alone, not a time counted back or on from anything. So
/// after "over" that follows a length ("deliberated for about six hours over two days before
/// returning the verdict"), which spreads it; "over" alone is "more than" ("left over two
/// days before the vote"). After "by", the amount is how much a happening was moved or
/// changed ("was delayed by two weeks after a shipment was held up"), no distance either.
fn lasting_for(
    seg: &Segmentation,
    t: usize,
    sentence_start: usize,
    input: &str,
    parsed: grammar::Parsed,
) -> grammar::Parsed {
    let lasting = t > sentence_start
        && match seg.lower_of(seg.tokens[t - 1].span) {
            "for" | "by" => true,
            "over" => {
                t > sentence_start + 1
                    && lexicon::lookup(lexicon::UNITS, seg.lower_of(seg.tokens[t - 2].span))
                        .is_some()
            }
            _ => false,
        };
    if !lasting {
        return parsed;
    }
    let written = &input[..parsed.len];
    let counted = match parsed.expr {
        TimeExpr::Anaphoric { stretch: false, .. } => true,
        TimeExpr::EventRelative { .. } => !input.starts_with("the "),
        _ => false,
    } && (written.ends_with(" before") || written.ends_with(" after"));
    if !counted {
        return parsed;
    }
    let Some(cut) = written.trim_end().rfind(' ') else {
        return parsed;
    };
    match grammar::parse(&input[..cut]) {
        Some(duration)
            if duration.len == cut && matches!(duration.expr, TimeExpr::Duration { .. }) =>
        {
            duration
        }
        _ => parsed,
    }
}

/// True when a quotation mark opens right before `start`, or before one capitalised word
/// before it (`"This Week`, ``` ``High Noon ```).
fn quoted_title_start(text: &str, start: usize) -> bool {
    let is_quote = |c: char| matches!(c, '"' | '`' | '\'' | '\u{201c}' | '\u{2018}');
    let before = &text[..start];
    if before.ends_with(is_quote) {
        return true;
    }
    let trimmed = before.trim_end();
    let word_start = trimmed
        .rfind(|c: char| !c.is_alphanumeric())
        .map_or(0, |k| k + 1);
    let word = &trimmed[word_start..];
    trimmed.len() < before.len()
        && word.starts_with(char::is_uppercase)
        && trimmed[..word_start].ends_with(is_quote)
}

/// "And Geremek said it was ``a great day for Poland''": "day" as the predicate of a pronoun
/// ("it|this|that is|was [quote] a [<adjective>] day") names the day the pronoun stands for,
/// the day talked about (AQUAINT XIE19990313.0031: the day of the ceremony). Only after a
/// pronoun: in "Today is a sad day" the subject is the time phrase already, and the
/// predicate adds no time of its own. Returns the rule's name.
fn predicate_day(seg: &Segmentation, t: usize, sentence_start: usize) -> Option<&'static str> {
    let word = |j: usize| seg.lower_of(seg.tokens[j].span);
    if word(t) != "day" {
        return None;
    }
    // Not a compound ("a day-long debate") or a possessive.
    if seg
        .tokens
        .get(t + 1)
        .is_some_and(|n| n.span.start == seg.tokens[t].span.end && word(t + 1) != ",")
    {
        return None;
    }
    let mut j = t.checked_sub(1).filter(|&j| j >= sentence_start)?;
    // One adjective: a lower-case word that is not a count, a unit or a determiner.
    if word(j) != "a" {
        let adjective = word(j);
        let plain = seg.tokens[j].kind != TokenKind::Punct
            && adjective.bytes().all(|b| b.is_ascii_lowercase())
            && lexicon::lookup(lexicon::NUMBER_WORDS, adjective).is_none()
            && lexicon::lookup(lexicon::UNITS, adjective).is_none()
            && !matches!(
                adjective,
                "same" | "other" | "next" | "previous" | "one" | "single"
            );
        if !plain {
            return None;
        }
        j = j.checked_sub(1).filter(|&j| j >= sentence_start)?;
    }
    if word(j) != "a" {
        return None;
    }
    j = j.checked_sub(1).filter(|&j| j >= sentence_start)?;
    // An opening quotation mark: `it was "a great day ...'`.
    while seg.tokens[j].kind == TokenKind::Punct
        && word(j)
            .chars()
            .all(|c| matches!(c, '"' | '`' | '\'' | '\u{201c}' | '\u{2018}'))
    {
        j = j.checked_sub(1).filter(|&j| j >= sentence_start)?;
    }
    if matches!(word(j), "it's" | "that's") {
        return Some("it|this was a [<adjective>] day");
    }
    if !matches!(word(j), "is" | "was" | "'s" | "be" | "been") {
        return None;
    }
    j = j.checked_sub(1).filter(|&j| j >= sentence_start)?;
    // "it will be a day", "it has been a day": one auxiliary.
    if matches!(word(j), "will" | "would" | "has" | "had") {
        j = j.checked_sub(1).filter(|&j| j >= sentence_start)?;
    }
    matches!(word(j), "it" | "this" | "that").then_some("it|this was a [<adjective>] day")
}

/// Modal verbs after which "one day" is "some day in the future".
const MODALS: &[&str] = &[
    "will", "would", "may", "might", "could", "can", "should", "shall",
];

/// "Islam will one day be ...": "one day" after a modal verb is an unspecified future day
/// (`FUTURE_REF`), not a length of one day.
fn someday(
    seg: &Segmentation,
    t: usize,
    sentence_start: usize,
    span: Span,
    expr: TimeExpr,
    rule: &'static str,
) -> (TimeExpr, &'static str) {
    let prev = (t > sentence_start).then(|| seg.lower_of(seg.tokens[t - 1].span));
    if &seg.lower[span.start..span.end] == "one day" && prev.is_some_and(|p| MODALS.contains(&p)) {
        return (TimeExpr::Vague(Vague::Future), "<modal> one day");
    }
    (expr, rule)
}

/// The year after a dash that closes a year range ("1861-1863"), as a second mention.
///
/// Wire copy shortens the second year to its last two digits ("the Korean War of 1950-53",
/// "the 1998-99 season"): that is the year of the first one's century (`1953`), or of the
/// next one after a year ending in 99 ("1999-00"). TimeML tags a range as its two ends, and
/// WikiWars does so for shortened ones ("1915-17" is `1915` and `1917`). The shortened year
/// must come after the first, so an ISO month ("1998-05") or a score is not read as one.
fn range_end(
    seg: &Segmentation,
    first: Span,
    first_year: Option<i32>,
    limit: usize,
) -> Option<(Span, grammar::Parsed)> {
    let after = &seg.lower[first.end..limit];
    let dash = ['-', '\u{2013}']
        .into_iter()
        .find(|d| after.starts_with(*d))?;
    let start = first.end + dash.len_utf8();
    let rest = &seg.lower[start..limit];
    if let Some(year) = first_year.and_then(|y| short_range_end(y, rest)) {
        return Some((
            Span::new(start, start + 2),
            grammar::Parsed {
                len: 2,
                expr: TimeExpr::Calendar {
                    year: Some(year),
                    month: None,
                    day: None,
                },
                rule: "<year>-<yy> (the second year of a range, shortened)",
            },
        ));
    }
    let parsed = grammar::parse(rest)?;
    let is_year = matches!(
        parsed.expr,
        TimeExpr::Calendar {
            month: None,
            day: None,
            ..
        }
    );
    is_year.then(|| (Span::new(start, start + parsed.len), parsed))
}

/// The year that two digits after a dash stand for when they close a range from `first`
/// ("53" after 1950 is 1953, "00" after 1999 is 2000), or `None` when they are not two digits
/// alone or would not come after it.
fn short_range_end(first: i32, rest: &str) -> Option<i32> {
    let bytes = rest.as_bytes();
    if bytes.len() < 2 || !bytes[..2].iter().all(u8::is_ascii_digit) {
        return None;
    }
    if bytes
        .get(2)
        .is_some_and(|&b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'/' | b'%' | b':'))
    {
        return None;
    }
    let n = i32::from(bytes[0] - b'0') * 10 + i32::from(bytes[1] - b'0');
    let century = first - first.rem_euclid(100);
    let year = if century + n > first {
        century + n
    } else if first.rem_euclid(100) == 99 && n == 0 {
        century + 100
    } else {
        return None;
    };
    Some(year)
}

/// Context checks for weak matches.
fn context_ok(
    seg: &Segmentation,
    text: Option<&str>,
    t: usize,
    sentence_start: usize,
    parsed: &grammar::Parsed,
    span: Span,
) -> bool {
    let prev = (t > sentence_start).then(|| seg.lower_of(seg.tokens[t - 1].span));
    // The original capitals, when known.
    let text = text.unwrap_or(&seg.lower);
    let after = &seg.lower[span.end..];
    let next_is_punct_or_end = after.trim_start().is_empty()
        || after.starts_with(|c: char| {
            matches!(
                c,
                '.' | ','
                    | ';'
                    | ':'
                    | ')'
                    | '?'
                    | '!'
                    | '"'
                    | '\''
                    | '\n'
                    | '\r'
                    | '-'
                    | '\u{2013}'
            )
        });
    match parsed.rule {
        // "tested positive overnight, officials said", "clashed overnight in the capital":
        // the night before the publish day at the end of a clause, not a modifier ("an
        // overnight curfew", "by overnight losses") nor a stay ("stayed overnight with
        // relatives").
        "overnight" => {
            let next = seg
                .tokens
                .get(seg.token_at(span.end))
                .map_or("", |tk| seg.lower_of(tk.span));
            !prev.is_some_and(|p| DETERMINERS.contains(&p))
                && (next_is_punct_or_end || AFTER_OVERNIGHT.contains(&next))
        }
        "<year>" => {
            prev.is_some_and(|p| TIME_PREPOSITIONS.contains(&p))
                || (next_is_punct_or_end && !prev.is_some_and(|p| NUMBER_CONTEXT.contains(&p)))
                // "the 1987 crash", "its 1990 invasion", "Mixte's 1989 results": a year
                // as a modifier (a capitalised word after it is a name: is_name).
                || prev == Some("as")
                || (prev.is_some_and(|p| DETERMINERS.contains(&p) || p.ends_with("'s"))
                    && is_modern_year(&seg.lower[span.start..span.end])
                    && seg
                        .tokens
                        .get(seg.token_at(span.end))
                        .is_some_and(|tk| tk.kind == TokenKind::Word))
                // "his unsuccessful 1996 campaign", "a secret 1902 pact": the same with an
                // adjective between, not a count ("the other 2000 soldiers").
                || (t >= sentence_start + 2
                    && is_modern_year(&seg.lower[span.start..span.end])
                    && prev.is_some_and(|p| {
                        p.bytes().all(|b| b.is_ascii_lowercase())
                            && !COUNT_ADJECTIVES.contains(&p)
                            && !TIME_PREPOSITIONS.contains(&p)
                    })
                    && seg.tokens[t - 1].kind == TokenKind::Word
                    && text[seg.tokens[t - 1].span.start..]
                        .starts_with(|c: char| c.is_ascii_lowercase())
                    && {
                        let before = seg.lower_of(seg.tokens[t - 2].span);
                        DETERMINERS.contains(&before) || before.ends_with("'s")
                    }
                    && seg
                        .tokens
                        .get(seg.token_at(span.end))
                        .is_some_and(|tk| {
                            tk.kind == TokenKind::Word
                                && text[tk.span.start..].starts_with(|c: char| c.is_ascii_lowercase())
                        }))
                // "Analysts were predicting 1990 BellSouth earnings": a year before a company's
                // name and a noun of a results story dates the results, whatever comes before.
                || (is_modern_year(&seg.lower[span.start..span.end])
                    && text[span.end..]
                        .trim_start_matches(' ')
                        .starts_with(char::is_uppercase)
                    && dated_name_follows(text, span.end)
                    && !prev.is_some_and(|p| NUMBER_CONTEXT.contains(&p)))
        }
        // "by year-end", "since year-end"; "year-end net" is an adjective.
        "year-end" => prev.is_some_and(|p| TIME_PREPOSITIONS.contains(&p) || p == "at"),
        "<month>" => prev.is_some_and(|p| {
            (TIME_PREPOSITIONS.contains(&p)
                && !(seg.lower[span.start..span.end].starts_with("may")
                    && (p == "to" || p == "and")))
                // "a June agreement", "the October slaying", "The March accession": a month
                // as a modifier after a determiner, before a noun (3 of 3 tagged in the two
                // sets); "the March on Washington" is a name, "the may" no month.
                || (matches!(p, "the" | "a" | "an" | "its" | "his" | "her" | "their")
                    && !seg.lower[span.start..span.end].starts_with("may")
                    && noun_follows(after))
        }),
        // "drank from the spring": a season with an article needs a preposition of time.
        "the <season>" => prev.is_some_and(|p| SEASON_PREPOSITIONS.contains(&p)),
        // "person of the year", "game of the week": an award, not a time. Other phrases
        // "of the <unit>" are times: "the first nine months of the year", "ahead of the
        // weekend", "the end of the week" (tagged 7 times out of 7 in the two sets).
        "the [latest] <unit>" => {
            let before_of = (prev == Some("of") && t >= sentence_start + 2)
                .then(|| seg.lower_of(seg.tokens[t - 2].span));
            prev != Some("of") || before_of.is_some_and(|w| !AWARD_NOUNS.contains(&w))
        }
        // "for the foreseeable future" means "indefinitely", a length with no end, and is
        // left untagged (2 times out of 2 in TimeBank); "in the foreseeable future" is a time.
        "the [near] future" => {
            !(prev == Some("for") && seg.lower[span.start..span.end].contains("foreseeable"))
        }
        // Decades in words only after "the" (handled by the grammar) or a modifier.
        "<decade in words>" => false,
        // "at the start of a day-long debate": the unit of a compound ("day-long") is not "a
        // day".
        "a <unit>" => prev.is_some_and(|p| DURATION_LEAD.contains(&p)) && !after.starts_with('-'),
        "<season>" => prev.is_some_and(|p| SEASON_PREPOSITIONS.contains(&p)),
        // "a quarterly dividend", "the daily newspaper": an adjective, not a set.
        // "his daily life", "a daily basis", "his weekly radio address" are sets (the gold
        // tags "daily", "weekly" after a determiner 6 times out of 6), but "a daily newspaper"
        // names a publication. "quarterly" is a reporting period's adjective or adverb
        // ("quarterly dividend", "adjusted quarterly"): TimeBank leaves it untagged 10 times
        // out of 11.
        "daily|weekly|monthly|..." => {
            let next = after
                .split_whitespace()
                .next()
                .unwrap_or("")
                .trim_matches(|c: char| !c.is_alphanumeric());
            !PUBLICATIONS.contains(&next) && &seg.lower[span.start..span.end] != "quarterly"
        }
        "<unit>s" => prev.is_some_and(|p| PLURAL_LEAD.contains(&p)),
        // "52 years old" is an age.
        "<amount> <unit>" => !after.trim_start().starts_with("old"),
        "<number>-<unit>-old" => false,
        // "Later," only opens a sentence or a clause.
        "Later|Earlier|Then, <clause>" => {
            prev.is_none() || prev.is_some_and(|p| matches!(p, ";" | "and" | "but" | "-"))
        }
        _ => true,
    }
}

/// One time phrase of a text, explained: where it is, how it parsed, how it resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explanation {
    /// Where the phrase is in the text explained.
    pub span: Span,
    /// The grammar rule.
    pub rule: &'static str,
    /// The unresolved value.
    pub expr: TimeExpr,
    /// The resolution, or why there is none.
    pub value: Result<TimeValue, ResolveError>,
}

impl Explanation {
    /// The explanation as `tempora explain` prints it: the phrase, the grammar rule, the
    /// parse, the value with its bounds, and the trace (resolution rule, anchor, tense,
    /// assumption, alternative). `text` is the text that was explained.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use tempora::temporal::{explain, Anchor};
    /// let anchor = Anchor::news(NaiveDate::from_ymd_opt(2019, 11, 10).unwrap());
    /// let out = explain("yesterday", &anchor)[0].render("yesterday");
    /// assert!(out.contains("value:       2019-11-09 (DATE)"));
    /// ```
    pub fn render(&self, text: &str) -> String {
        use std::fmt::Write as _;
        let mut out = String::new();
        let phrase = text.get(self.span.start..self.span.end).unwrap_or("");
        let _ = writeln!(out, "phrase:      {phrase}");
        if self.span.len() < text.trim().len() {
            let _ = writeln!(
                out,
                "position:    bytes {}..{} of the input",
                self.span.start, self.span.end
            );
        }
        let _ = writeln!(out, "grammar:     {}", self.rule);
        let _ = writeln!(out, "parsed:      {:?}", self.expr);
        match &self.value {
            Ok(v) => {
                let kind = match v.kind {
                    TimexType::Date => "DATE",
                    TimexType::Time => "TIME",
                    TimexType::Duration => "DURATION",
                    TimexType::Set => "SET",
                };
                let _ = writeln!(out, "value:       {} ({kind})", v.value);
                if let Some(m) = v.modifier {
                    let _ = writeln!(out, "mod:         {}", m.as_str());
                }
                if let Some(f) = &v.freq {
                    let _ = writeln!(out, "freq:        {f}");
                }
                if let Some(z) = v.zone {
                    let _ = writeln!(out, "zone:        {z}");
                }
                let _ = writeln!(out, "granularity: {}", plain(&v.granularity));
                let show = |t: Option<chrono::NaiveDateTime>| {
                    t.map_or("unbounded".to_string(), |t| {
                        t.format("%Y-%m-%dT%H:%M").to_string()
                    })
                };
                let _ = writeln!(out, "earliest:    {}", show(v.earliest));
                let _ = writeln!(out, "latest:      {}", show(v.latest));
                if let Some(o) = v.offset {
                    let _ = writeln!(
                        out,
                        "offset:      {} to {} minutes {} the anchor",
                        o.min_minutes,
                        o.max_minutes,
                        plain(&o.direction)
                    );
                }
                let _ = writeln!(out, "resolution:  {}", v.trace.resolution);
                let _ = writeln!(out, "anchor:      {}", v.trace.anchor);
                let _ = writeln!(out, "tense:       {}", plain(&v.trace.tense));
                if let Some(a) = &v.trace.assumption {
                    let _ = writeln!(out, "assumption:  {a}");
                }
                if let Some(a) = &v.trace.alternative {
                    let _ = writeln!(out, "alternative: {a}");
                }
            }
            Err(e) => {
                let _ = writeln!(out, "unresolved:  {e}");
            }
        }
        out
    }
}

/// A serde enum's name as written in the output ("past", "day").
fn plain<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// Finds and resolves every time phrase of `text` against `anchor` (the tense given there
/// applies to all of them), for `tempora explain`.
///
/// ```
/// use chrono::NaiveDate;
/// use tempora::temporal::{explain, Anchor, Tense};
/// let anchor = Anchor { tense: Tense::Past, ..Anchor::news(NaiveDate::from_ymd_opt(2019, 11, 10).unwrap()) };
/// let found = explain("on Friday", &anchor);
/// assert_eq!(found.len(), 1);
/// assert_eq!(found[0].value.as_ref().unwrap().value, "2019-11-08");
/// ```
pub fn explain(text: &str, anchor: &Anchor) -> Vec<Explanation> {
    explain_mentions(text, anchor, false)
}

/// [`explain`] for a passage, phrase by phrase as the pipeline resolves an article: each
/// phrase after the first is anchored on the time last talked about (a comparison such as
/// "a year earlier" does not move it), so anaphora and, in the narrative profile, partial
/// dates and deictic phrases follow the story.
///
/// ```
/// use chrono::NaiveDate;
/// use tempora::temporal::{explain_passage, Anchor, Profile};
/// let published = NaiveDate::from_ymd_opt(2019, 11, 10).unwrap();
/// let anchor = Anchor { profile: Profile::Narrative, ..Anchor::news(published) };
/// let found = explain_passage("On June 5, 1944, ... the next day", &anchor);
/// assert_eq!(found[1].value.as_ref().unwrap().value, "1944-06-06");
/// ```
pub fn explain_passage(text: &str, anchor: &Anchor) -> Vec<Explanation> {
    explain_mentions(text, anchor, true)
}

/// The body of [`explain`] and [`explain_passage`]: every time phrase of `text` resolved
/// against `anchor`, whose time last talked about follows the phrases when `follow` is set
/// and stays as given otherwise.
fn explain_mentions(text: &str, anchor: &Anchor, follow: bool) -> Vec<Explanation> {
    let seg = crate::segment::segment(text, Span::new(0, text.len()), None);
    let mut previous = anchor.previous.clone();
    // The phrase just before, when it was a stretch of months ("the nine months"): a year
    // comparison right after it compares whole years, whether or not the anchor follows.
    let mut stretch: Option<String> = None;
    recognize_in(text, &seg)
        .into_iter()
        .map(|m| {
            let year_ref = stretch
                .take()
                .filter(|_| m.expr.is_comparison())
                .and_then(|s| {
                    let year = previous
                        .as_ref()
                        .map_or(anchor.published.year(), |p| p.earliest.year());
                    year_of_stretch(year, &s)
                });
            let after_stretch = year_ref.is_some();
            let here = Anchor {
                previous: year_ref.or_else(|| previous.clone()),
                ..anchor.clone()
            };
            let mut value = resolve(&m.expr, m.rule, &here);
            if let Ok(v) = &mut value {
                if after_stretch {
                    v.trace.assumption = Some(AFTER_MONTHS_STRETCH.to_string());
                }
                if is_months_stretch(v) {
                    stretch = Some(text[m.span.start..m.span.end].to_string());
                }
            }
            if let (true, Ok(v)) = (follow, &value) {
                if let (Some(earliest), Some(latest)) = (v.earliest, v.latest) {
                    if becomes_reference(&m.expr, v, anchor.profile) {
                        previous = Some(Reference {
                            value: v.value.clone(),
                            phrase: text[m.span.start..m.span.end].to_string(),
                            earliest,
                            latest,
                        });
                    }
                }
            }
            Explanation {
                span: m.span,
                rule: m.rule,
                expr: m.expr,
                value,
            }
        })
        .collect()
}

/// The assumption of "the next|following <n> <unit>" in a present or future clause counted
/// from the publish date past a time told before ([`resolve`]): no event before it in its
/// sentence is counted from.
pub(crate) const FROM_PUBLISH_DATE: &str = "the next|following <n> <unit> in a present or future \
     clause → counted from the publish date, not from a past time or a stretch told before";

/// The resolution rule a year comparison follows right after a stretch of months, as its
/// trace tells it.
pub(crate) const AFTER_MONTHS_STRETCH: &str = "a year comparison right after a stretch of \
     months (\"the nine months\") compares whole years: the year before (TimeBank: 5 of 8)";

/// True for a stretch of months of a year as results stories give it: "the nine months",
/// "the first six months" (`P9M`, `P6M`).
/// Whether the phrase at `span` of `text` is a month between a determiner and a noun, the
/// noun's modifier ("under a June agreement", "the October slaying"): it dates the noun, not
/// a verb of the clause.
pub(crate) fn modifies_noun(text: &str, span: Span) -> bool {
    let word = last_word_lower(text[..span.start].trim_end());
    DETERMINERS.contains(&word.as_str())
        && text.get(span.end..).is_some_and(|after| {
            let end = after.char_indices().nth(40).map_or(after.len(), |(k, _)| k);
            noun_follows(&after[..end].to_lowercase())
        })
}

/// The first run of ASCII letters of `text`, lower-cased ("" when it opens with another
/// character): the word right after a phrase.
pub(crate) fn first_word_lower(text: &str) -> String {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// The last run of ASCII letters of `text`, lower-cased ("" when it ends with another
/// character): the word right before a phrase.
pub(crate) fn last_word_lower(text: &str) -> String {
    text.rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

pub(crate) fn is_months_stretch(v: &TimeValue) -> bool {
    v.kind == TimexType::Duration && matches!(v.value.as_str(), "P6M" | "P9M")
}

/// "For the nine months, net fell to $5 million from $6 million a year earlier": right after a
/// stretch of months, "a year earlier", "a year ago", "year-earlier" compare whole years, not
/// the reported quarter (TimeBank: after "the nine months" or "the six months" the gold gives
/// the year 5 times, the quarter 2 times, the length once). The reference a comparison then
/// looks back from: the whole `year`, named after the stretch.
pub(crate) fn year_of_stretch(year: i32, stretch: &str) -> Option<Reference> {
    let first = chrono::NaiveDate::from_ymd_opt(year, 1, 1)?;
    let last = chrono::NaiveDate::from_ymd_opt(year, 12, 31)?;
    Some(Reference {
        value: format!("{year:04}"),
        phrase: format!("the year of {stretch:?}"),
        earliest: day_start(first),
        latest: day_end(last),
    })
}

/// True when a resolved phrase becomes the time talked about, the anchor of later anaphora:
/// not a comparison ("a year earlier" looks back without moving the story), not a distance
/// from an event ("hours after the incident"), not a vague past or future ("who had arrived
/// weeks earlier" is bounded by its unit but names no time a later "on 6 February" could
/// count from: WikiWars' Vietnam War put that day a year back), and in a history (the
/// narrative profile) not the present either: "now" and "currently" are the writer's time, not
/// the story's.
pub(crate) fn becomes_reference(expr: &TimeExpr, v: &TimeValue, profile: Profile) -> bool {
    let vague = match v.value.as_str() {
        "PAST_REF" | "FUTURE_REF" => true,
        "PRESENT_REF" => profile == Profile::Narrative,
        _ => false,
    };
    !expr.is_comparison() && !vague && (v.kind != TimexType::Duration || v.offset.is_none())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_range_that_ends_in_a_year_bc_starts_in_one() {
        let published = chrono::NaiveDate::from_ymd_opt(1997, 4, 22).unwrap();
        let values = |text: &str| -> Vec<String> {
            explain_passage(text, &Anchor::news(published))
                .into_iter()
                .map(|e| e.value.map_or_else(|_| "-".into(), |v| v.value))
                .collect()
        };
        assert_eq!(
            values("The boy king governed Egypt from 1354 to 1345 B.C."),
            ["BC1354", "BC1345"]
        );
        assert_eq!(values("between 1200 and 1150 BC"), ["BC1200", "BC1150"]);
        // Years BC count down: a smaller first year is of the common era, and a year
        // elsewhere in the sentence is left alone.
        assert_eq!(values("from 1150 to 1200 BC"), ["1150", "BC1200"]);
        assert_eq!(values("In 1999 he wrote about 480 BC."), ["1999", "BC0480"]);
    }

    #[test]
    fn vague_phrases_do_not_become_the_time_talked_about() {
        let published = chrono::NaiveDate::from_ymd_opt(2009, 7, 1).unwrap();
        let values = |text: &str, profile: Profile| -> Vec<String> {
            let anchor = Anchor {
                profile,
                ..Anchor::news(published)
            };
            explain_passage(text, &anchor)
                .into_iter()
                .map(|e| e.value.map_or_else(|_| "-".into(), |v| v.value))
                .collect()
        };
        // A bare "weeks earlier" is bounded by its unit but names no time: a later partial
        // date does not count from it (WikiWars' Vietnam War put "on 6 February" a year back).
        let found = explain_passage(
            "On 7 February 1965 units landed to join others who had arrived weeks earlier.",
            &Anchor {
                profile: Profile::Narrative,
                ..Anchor::news(published)
            },
        );
        let weeks = found.last().expect("two phrases");
        let v = weeks.value.as_ref().expect("weeks earlier resolves");
        assert_eq!(v.value, "PAST_REF");
        assert!(v.earliest.is_some() && v.latest.is_some(), "{v:?}");
        assert!(!becomes_reference(&weeks.expr, v, Profile::Narrative));
        assert!(!becomes_reference(&weeks.expr, v, Profile::News));
        // In a history, "now" is the writer's time, not the story's: the next partial date
        // follows the story.
        let found = values(
            "In November 1918 the war ended; the site is now a museum. On 11 November crowds \
             gathered.",
            Profile::Narrative,
        );
        assert_eq!(
            found.last().map(String::as_str),
            Some("1918-11-11"),
            "{found:?}"
        );
        // In the news, "now" is the publish date and the time talked about.
        let anchor = Anchor {
            profile: Profile::News,
            ..Anchor::news(published)
        };
        let v = explain_passage("now", &anchor)
            .pop()
            .and_then(|e| e.value.ok())
            .expect("now resolves");
        assert!(becomes_reference(
            &TimeExpr::Vague(Vague::Present),
            &v,
            Profile::News
        ));
        assert!(!becomes_reference(
            &TimeExpr::Vague(Vague::Present),
            &v,
            Profile::Narrative
        ));
    }

    #[test]
    fn first_part_is_the_first_split() {
        for token in [
            "mid-october",
            "friday's",
            "friday\u{2019}s",
            "a\u{2013}b",
            "\u{2019}",
            "x\u{e2}",
            "plain",
            "",
            "-",
            "fiscal-1998",
        ] {
            let split = token.split(['-', '\'', '\u{2019}']).next().unwrap_or(token);
            assert_eq!(first_part(token), split, "{token:?}");
        }
    }
}
