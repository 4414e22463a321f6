//! The nom grammar of time phrases, one file per kind of phrase.
//!
//! Every production parses lower-cased text starting at a word and returns the
//! [`TimeExpr`] it denotes with the human name of the rule that fired. [`parse`] runs all
//! productions at one position and keeps the longest match, so that "October 20, 2019" wins
//! over "October 20" and "the previous three nights" over "three nights".

mod absolute;
mod anaphoric;
mod duration;
mod period;
mod relative;
mod set;
mod time_of_day;
mod weekday;

use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::character::complete::{char, digit1, multispace1};
use nom::combinator::{map, opt, recognize, value};
use nom::error::{Error, ErrorKind};
use nom::sequence::{preceded, terminated};
use nom::{IResult, Parser};

use super::expr::{Amount, TimeExpr};
use super::lexicon::{self, lookup};
use super::value::Modifier;

pub(crate) type In<'a> = &'a str;
pub(crate) type Res<'a, T> = IResult<In<'a>, T>;

/// A phrase recognised at one position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    /// Bytes consumed.
    pub len: usize,
    /// What the phrase says.
    pub expr: TimeExpr,
    /// The name of the rule that fired, e.g. `"<month> <day>"`.
    pub rule: &'static str,
}

type ParseFn = for<'a> fn(In<'a>) -> Res<'a, (TimeExpr, &'static str)>;

/// One kind of phrase: its parser and the words it can start with.
struct Production {
    parse: ParseFn,
    starts: Starts,
}

/// All productions, in order of preference for equally long matches.
const PRODUCTIONS: &[Production] = &[
    Production {
        parse: absolute::parse,
        starts: absolute::STARTS,
    },
    Production {
        parse: weekday::parse,
        starts: weekday::STARTS,
    },
    Production {
        parse: relative::parse,
        starts: relative::STARTS,
    },
    Production {
        parse: anaphoric::parse,
        starts: anaphoric::STARTS,
    },
    Production {
        parse: time_of_day::parse,
        starts: time_of_day::STARTS,
    },
    Production {
        parse: duration::parse,
        starts: duration::STARTS,
    },
    Production {
        parse: period::parse,
        starts: period::STARTS,
    },
    Production {
        parse: set::parse,
        starts: set::STARTS,
    },
];

/// What a production can start with: a superset of the first words of every phrase it
/// accepts, written next to the production from its grammar. [`longest`] runs at a position
/// only the productions whose starts hold the word there (issue 3: the tagger's throughput);
/// a start missing here would lose phrases, which the test `dispatch_changes_no_parse` checks
/// on the phrase corpus.
///
/// A word is compared by its leading ASCII letters, as `alpha1` reads it: a listed tag
/// "a.d." or "mid-" stands for the words "a" and "mid", and a table entry "1st" for a digit.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Starts {
    /// Whether a phrase can start with a digit ("10 days", "1990s").
    pub digit: bool,
    /// Words and tags the grammar opens with, as written there ("the", "a.d.", "mid-").
    pub words: &'static [&'static str],
    /// Tables whose words open a phrase.
    pub tables: &'static [Table],
    /// After a leading number that is not four digits, and a space, the words and tags a
    /// phrase can go on with ("10 days", "3 p.m.", "10 b.c."). A number of four digits (a
    /// year), one joined to what follows ("10-day", "3rd", "1990s", "3:30") or a space and then
    /// no letter ("2 1/2 hours") keeps every production with a digit start.
    pub after_number: &'static [&'static str],
    /// Tables whose words can follow a leading number and a space.
    pub after_number_tables: &'static [Table],
    /// After a leading "the" and a space, the words a phrase can go on with ("the past
    /// year", "the third quarter"); `None` for a production that does not open with "the",
    /// or keeps every word after it. A "the" followed by no space, or by a space and then no
    /// letter ("the 1990s", "the '80s"), keeps every production that lists "the".
    pub after_the: Option<Follow>,
    /// The same after a leading "a" or "an" and a space ("a week ago", "an hour later").
    pub after_article: Option<Follow>,
    /// The same after a leading number word ([`lexicon::NUMBER_WORDS`]: "two weeks", "twenty
    /// five years", "nineteen ninety", "two thousand").
    pub after_number_word: Option<Follow>,
}

/// The words that can follow a first word and a space in a production's phrases: a
/// superset, written next to the production from its grammar (see [`Starts::after_the`]).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Follow {
    /// Words and tags as written in the grammar.
    pub words: &'static [&'static str],
    /// Tables whose words can follow.
    pub tables: &'static [Table],
}

/// A lexicon table, as a source of start words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Table {
    /// [`lexicon::WEEKDAYS`].
    Weekdays,
    /// The plurals of [`lexicon::WEEKDAYS`] ("fridays").
    WeekdayPlurals,
    /// [`lexicon::WEEKDAY_ABBREVIATIONS`].
    WeekdayAbbreviations,
    /// [`lexicon::MONTHS`].
    Months,
    /// [`lexicon::UNITS`].
    Units,
    /// [`lexicon::PARTS_OF_DAY`].
    PartsOfDay,
    /// [`lexicon::NUMBER_WORDS`].
    NumberWords,
    /// [`lexicon::ORDINAL_WORDS`].
    OrdinalWords,
    /// [`lexicon::SEASONS`].
    Seasons,
    /// [`lexicon::SET_ADVERBS`].
    SetAdverbs,
    /// [`lexicon::PART_ORDINALS`].
    PartOrdinals,
    /// [`lexicon::VAGUE_WORDS`].
    VagueWords,
    /// [`lexicon::HOLIDAYS`].
    Holidays,
    /// [`lexicon::FUZZY_AMOUNTS`] ("several", "a few").
    FuzzyAmounts,
    /// [`lexicon::DECADE_WORDS`] ("the nineties").
    DecadeWords,
}

impl Table {
    /// The table's words (plurals built for [`Table::WeekdayPlurals`]).
    fn words(self) -> Vec<String> {
        fn keys<T>(table: &[(&str, T)]) -> Vec<String> {
            table.iter().map(|(w, _)| (*w).to_string()).collect()
        }
        match self {
            Table::Weekdays => keys(lexicon::WEEKDAYS),
            Table::WeekdayPlurals => lexicon::WEEKDAYS
                .iter()
                .map(|(w, _)| format!("{w}s"))
                .collect(),
            Table::WeekdayAbbreviations => keys(lexicon::WEEKDAY_ABBREVIATIONS),
            Table::Months => keys(lexicon::MONTHS),
            Table::Units => keys(lexicon::UNITS),
            Table::PartsOfDay => keys(lexicon::PARTS_OF_DAY),
            Table::NumberWords => keys(lexicon::NUMBER_WORDS),
            Table::OrdinalWords => keys(lexicon::ORDINAL_WORDS),
            Table::Seasons => keys(lexicon::SEASONS),
            Table::SetAdverbs => keys(lexicon::SET_ADVERBS),
            Table::PartOrdinals => keys(lexicon::PART_ORDINALS),
            Table::VagueWords => keys(lexicon::VAGUE_WORDS),
            Table::Holidays => keys(lexicon::HOLIDAYS),
            Table::FuzzyAmounts => lexicon::FUZZY_AMOUNTS
                .iter()
                .map(|w| w.to_string())
                .collect(),
            Table::DecadeWords => keys(lexicon::DECADE_WORDS),
        }
    }
}

/// A set of productions, one bit per index into [`PRODUCTIONS`].
type ProductionSet = u16;

const ALL_PRODUCTIONS: ProductionSet = (1 << PRODUCTIONS.len()) - 1;

/// The productions that can start at each start word, and at a digit.
struct Dispatch {
    by_word: WordSets,
    digit: ProductionSet,
    /// The productions that can go on with each word after a leading number and a space.
    after_number: WordSets,
    /// Productions with a digit start that list a word led by no letter after a number: kept
    /// whatever follows it.
    after_number_any: ProductionSet,
    /// The productions that can go on with each word after a leading "the" and a space.
    after_the: WordSets,
    /// Productions that list "the" with no [`Starts::after_the`]: kept whatever follows.
    after_the_any: ProductionSet,
    /// The same after a leading "a" or "an".
    after_article: WordSets,
    after_article_any: ProductionSet,
    /// The same after a leading number word.
    after_number_word: WordSets,
    after_number_word_any: ProductionSet,
}

type WordSets =
    std::collections::HashMap<String, ProductionSet, std::hash::BuildHasherDefault<super::Fnv>>;

/// The leading ASCII letters of `s`: the word `alpha1` reads there.
fn leading_letters(s: &str) -> &str {
    let n = s.bytes().take_while(u8::is_ascii_alphabetic).count();
    &s[..n]
}

/// The dispatch table, built once from [`PRODUCTIONS`]' starts.
fn dispatch() -> &'static Dispatch {
    static TABLE: std::sync::OnceLock<Dispatch> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = Dispatch {
            by_word: Default::default(),
            digit: 0,
            after_number: Default::default(),
            after_number_any: 0,
            after_the: Default::default(),
            after_the_any: 0,
            after_article: Default::default(),
            after_article_any: 0,
            after_number_word: Default::default(),
            after_number_word_any: 0,
        };
        for (k, production) in PRODUCTIONS.iter().enumerate() {
            let bit: ProductionSet = 1 << k;
            let starts = production.starts;
            if starts.digit {
                table.digit |= bit;
            }
            let words = starts.words.iter().map(|w| (*w).to_string());
            for word in words.chain(starts.tables.iter().flat_map(|t| t.words())) {
                let key = leading_letters(&word);
                if key.is_empty() {
                    // A table entry such as "1st" or "4th": a digit start.
                    table.digit |= bit;
                } else {
                    *table.by_word.entry(key.to_string()).or_default() |= bit;
                }
            }
            for (follow, sets, any) in [
                (
                    starts.after_the,
                    &mut table.after_the,
                    &mut table.after_the_any,
                ),
                (
                    starts.after_article,
                    &mut table.after_article,
                    &mut table.after_article_any,
                ),
                (
                    starts.after_number_word,
                    &mut table.after_number_word,
                    &mut table.after_number_word_any,
                ),
            ] {
                let Some(follow) = follow else {
                    *any |= bit;
                    continue;
                };
                let words = follow.words.iter().map(|w| (*w).to_string());
                for word in words.chain(follow.tables.iter().flat_map(|t| t.words())) {
                    // A word led by no letter ("1st") follows a space and a digit, which keeps
                    // every production.
                    let key = leading_letters(&word);
                    if !key.is_empty() {
                        *sets.entry(key.to_string()).or_default() |= bit;
                    }
                }
            }
            if !starts.digit {
                continue;
            }
            let words = starts.after_number.iter().map(|w| (*w).to_string());
            let tables = starts.after_number_tables.iter().flat_map(|t| t.words());
            for word in words.chain(tables) {
                let key = leading_letters(&word);
                if key.is_empty() {
                    table.after_number_any |= bit;
                } else {
                    *table.after_number.entry(key.to_string()).or_default() |= bit;
                }
            }
        }
        table
    })
}

/// The productions worth running at the start of `input`: those whose starts hold its first
/// word (or a digit); all of them before anything else (a quote mark: "'90s"). After "the",
/// "a" and "an", only those that can also go on with the second word.
fn candidates(input: &str) -> ProductionSet {
    match input.as_bytes().first() {
        Some(b) if b.is_ascii_digit() => after_number(input),
        Some(b) if b.is_ascii_alphabetic() => {
            let table = dispatch();
            let word = leading_letters(input);
            let set = table.by_word.get(word).copied().unwrap_or(0);
            let rest = &input[word.len()..];
            match word {
                "the" => set & second_word(rest, &table.after_the, table.after_the_any),
                "a" | "an" => {
                    set & second_word(rest, &table.after_article, table.after_article_any)
                }
                _ if lookup(lexicon::NUMBER_WORDS, word).is_some() => {
                    let any = table.after_number_word_any;
                    set & second_word(rest, &table.after_number_word, any)
                }
                _ => set,
            }
        }
        _ => ALL_PRODUCTIONS,
    }
}

/// The productions that can go on with the word after a first word, `rest` being what
/// follows that first word: by `sets` when a space and a letter follow, else all.
fn second_word(rest: &str, sets: &WordSets, any: ProductionSet) -> ProductionSet {
    // The spaces of nom's `multispace1`, which every production's `sp` is.
    let after = rest.trim_start_matches([' ', '\t', '\r', '\n']);
    if after.len() == rest.len() || !after.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return ALL_PRODUCTIONS;
    }
    any | sets.get(leading_letters(after)).copied().unwrap_or(0)
}

/// Which phrases a modifier word may open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ModifierScope {
    /// "early", "mid-", "the end of": positions in a calendar region.
    Position,
    /// "about", "more than", "at least": amounts (durations, "ago" and "later" phrases); "about"
    /// and "around" also dates.
    Amount,
    /// "post-", "pre-" joined to a year or decade: the time after or before it.
    Side,
}

/// Modifier words, longest first where one is a prefix of another, with their TIMEX3 `mod`.
const MODIFIER_WORDS: &[(&str, Modifier, ModifierScope)] = &[
    ("the early", Modifier::Start, ModifierScope::Position),
    ("the late", Modifier::End, ModifierScope::Position),
    ("the mid-", Modifier::Mid, ModifierScope::Position),
    ("the mid", Modifier::Mid, ModifierScope::Position),
    ("the beginning of", Modifier::Start, ModifierScope::Position),
    ("the start of", Modifier::Start, ModifierScope::Position),
    ("the middle of", Modifier::Mid, ModifierScope::Position),
    ("the end of", Modifier::End, ModifierScope::Position),
    ("beginning of", Modifier::Start, ModifierScope::Position),
    ("end of", Modifier::End, ModifierScope::Position),
    ("early-", Modifier::Start, ModifierScope::Position),
    ("late-", Modifier::End, ModifierScope::Position),
    ("early", Modifier::Start, ModifierScope::Position),
    ("late", Modifier::End, ModifierScope::Position),
    ("mid-", Modifier::Mid, ModifierScope::Position),
    ("post-", Modifier::After, ModifierScope::Side),
    ("pre-", Modifier::Before, ModifierScope::Side),
    ("mid", Modifier::Mid, ModifierScope::Position),
    ("about", Modifier::Approx, ModifierScope::Amount),
    ("around", Modifier::Approx, ModifierScope::Amount),
    ("approximately", Modifier::Approx, ModifierScope::Amount),
    ("roughly", Modifier::Approx, ModifierScope::Amount),
    ("some", Modifier::Approx, ModifierScope::Amount),
    ("nearly", Modifier::LessThan, ModifierScope::Amount),
    ("almost", Modifier::LessThan, ModifierScope::Amount),
    ("less than", Modifier::LessThan, ModifierScope::Amount),
    ("fewer than", Modifier::LessThan, ModifierScope::Amount),
    ("under", Modifier::LessThan, ModifierScope::Amount),
    ("more than", Modifier::MoreThan, ModifierScope::Amount),
    ("over", Modifier::MoreThan, ModifierScope::Amount),
    ("at least", Modifier::EqualOrMore, ModifierScope::Amount),
    ("up to", Modifier::EqualOrLess, ModifierScope::Amount),
    ("at most", Modifier::EqualOrLess, ModifierScope::Amount),
    ("no more than", Modifier::EqualOrLess, ModifierScope::Amount),
];

/// True when a modifier of `scope` can apply to `expr`.
fn modifiable(scope: ModifierScope, modifier: Modifier, expr: &TimeExpr) -> bool {
    match scope {
        ModifierScope::Position => matches!(
            expr,
            TimeExpr::Calendar { day: None, .. }
                | TimeExpr::Decade { .. }
                | TimeExpr::Century { .. }
                | TimeExpr::UnitShift { .. }
                | TimeExpr::MonthShift { .. }
                | TimeExpr::PartOfYear { .. }
                | TimeExpr::InShiftedYear { day: None, .. }
                | TimeExpr::TheUnit { .. }
                | TimeExpr::Weekday { .. }
                | TimeExpr::Deictic { .. }
        ),
        ModifierScope::Side => matches!(
            expr,
            TimeExpr::Calendar {
                year: Some(_),
                month: None,
                day: None
            } | TimeExpr::Decade { .. }
        ),
        ModifierScope::Amount => match expr {
            TimeExpr::Duration { .. } | TimeExpr::Ago { .. } => true,
            TimeExpr::Anaphoric { stretch: false, .. } => true,
            TimeExpr::Calendar { .. } | TimeExpr::TimeOfDay { .. } => modifier == Modifier::Approx,
            _ => false,
        },
    }
}

/// The modifier of an amount that `before` ends with ("more than", "nearly", "up to"), and
/// its words as the table writes them, read
/// by the relation stage for phrases whose span leaves it out: "more than a month before they
/// encrypted its files".
pub fn amount_modifier_ending(before: &str) -> Option<(Modifier, &'static str)> {
    let before = before.trim_end();
    MODIFIER_WORDS.iter().find_map(|&(w, m, scope)| {
        let head = before.strip_suffix(w)?;
        (scope == ModifierScope::Amount
            && !w.ends_with('-')
            && !head.ends_with(|c: char| c.is_alphanumeric()))
        .then_some((m, w))
    })
}

/// A modifier word at the start of `input`, and the rest after it and its space.
fn modifier_word(input: &str) -> Option<(Modifier, ModifierScope, &str)> {
    // Most words start with none of the modifiers' first letters: a byte compared first
    // spares a `memcmp` per modifier at each of them (issue 3).
    let first = *input.as_bytes().first()?;
    MODIFIER_WORDS.iter().find_map(|&(w, m, scope)| {
        if w.as_bytes().first() != Some(&first) {
            return None;
        }
        let rest = input.strip_prefix(w)?;
        if w.ends_with('-') {
            return Some((m, scope, rest));
        }
        let after = rest.trim_start();
        (rest.len() > after.len() && !after.is_empty()).then_some((m, scope, after))
    })
}

/// Parses the longest time phrase at the start of `input` (lower case), if any.
///
/// ```
/// use tempora::temporal::{grammar, TimeExpr};
/// let p = grammar::parse("october 20 elections").unwrap();
/// assert_eq!(p.len, "october 20".len());
/// assert_eq!(p.expr, TimeExpr::Calendar { year: None, month: Some(10), day: Some(20) });
/// assert_eq!(p.rule, "<month> <day>");
/// ```
pub fn parse(input: &str) -> Option<Parsed> {
    let mut best = longest(input);
    if let Some((modifier, scope, rest)) = modifier_word(input) {
        // "over the past three years" is a stretch, not "more than" one.
        let stretch = scope == ModifierScope::Amount && rest.starts_with("the ");
        if let Some(inner) = longest(rest).filter(|_| !stretch) {
            let len = input.len() - rest.len() + inner.len;
            if modifiable(scope, modifier, &inner.expr) && best.as_ref().is_none_or(|b| len > b.len)
            {
                best = Some(Parsed {
                    len,
                    expr: TimeExpr::Modified {
                        modifier,
                        inner: Box::new(inner.expr),
                    },
                    rule: match scope {
                        ModifierScope::Position => "early|mid|late <time>",
                        ModifierScope::Amount => "about|more than|at least <amount>",
                        ModifierScope::Side => "post-|pre-<year>",
                    },
                });
            }
        }
    }
    best
}

/// The productions worth running at a leading number: by the word after it and a space when
/// there is one ("10 people" runs none, "10 days" the amounts), else every production with a
/// digit start (see [`Starts::after_number`]).
fn after_number(input: &str) -> ProductionSet {
    let table = dispatch();
    let digits = input.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &input[digits..];
    // "5%", "10%.": a percentage. No production goes on from a number with a per cent sign,
    // and a year (four digits) is kept whatever follows it.
    if digits != 4 && rest.starts_with('%') {
        return 0;
    }
    // The spaces of nom's `multispace1`, which every production's `sp` is.
    let after = rest.trim_start_matches([' ', '\t', '\r', '\n']);
    if digits == 4
        || after.len() == rest.len()
        || !after.starts_with(|c: char| c.is_ascii_alphabetic())
    {
        return table.digit;
    }
    let word = leading_letters(after);
    table.after_number_any | table.after_number.get(word).copied().unwrap_or(0)
}

/// The longest match of any production at the start of `input`.
fn longest(input: &str) -> Option<Parsed> {
    longest_of(input, candidates(input))
}

/// The longest match at the start of `input` of the productions in `set`.
fn longest_of(input: &str, set: ProductionSet) -> Option<Parsed> {
    let mut best: Option<Parsed> = None;
    for (k, production) in PRODUCTIONS.iter().enumerate() {
        if set & (1 << k) == 0 {
            continue;
        }
        if let Ok((rest, (expr, rule))) = (production.parse)(input) {
            let len = input.len() - rest.len();
            // Trailing spaces are never part of a phrase.
            let len = input[..len].trim_end().len();
            if len > 0 && best.as_ref().is_none_or(|b| len > b.len) && !compares(input, len) {
                best = Some(Parsed { len, expr, rule });
            }
        }
    }
    best
}

/// "a year earlier than planned", "two hours later than scheduled": a phrase of `len` bytes
/// ending in "earlier" or "later" and followed by "than" is a difference between two times, not
/// a time.
fn compares(input: &str, len: usize) -> bool {
    let phrase = &input[..len];
    (phrase.ends_with("earlier") || phrase.ends_with("later"))
        && input[len..]
            .trim_start()
            .strip_prefix("than")
            .is_some_and(|rest| boundary(rest).is_ok())
}

fn fail<T>(i: In) -> Res<T> {
    Err(nom::Err::Error(Error::new(i, ErrorKind::Verify)))
}

/// The end of a word: the next character is not a letter or digit.
pub(crate) fn boundary(i: In) -> Res<()> {
    if i.chars().next().is_some_and(|c| c.is_alphanumeric()) {
        fail(i)
    } else {
        Ok((i, ()))
    }
}

/// The whole word `w`.
pub(crate) fn kw<'a>(
    w: &'static str,
) -> impl Parser<In<'a>, Output = In<'a>, Error = Error<In<'a>>> {
    terminated(tag(w), boundary)
}

/// One or more spaces (line breaks included) between words.
pub(crate) fn sp(i: In) -> Res<In> {
    multispace1(i)
}

/// One or more ASCII letters: nom's `alpha1`, read by a byte scan (nom's walks the
/// characters, and every table lookup starts with it).
pub(crate) fn alpha1(i: In) -> Res<In> {
    let word = leading_letters(i);
    if word.is_empty() {
        return Err(nom::Err::Error(Error::new(i, ErrorKind::Alpha)));
    }
    Ok((&i[word.len()..], word))
}

/// A word looked up in a table.
pub(crate) fn word_in<T: Copy>(table: &'static [(&'static str, T)]) -> impl Fn(In) -> Res<T> {
    move |i: In| {
        let (rest, w) = alpha1(i)?;
        match lookup(table, w) {
            Some(v) => Ok((rest, v)),
            None => fail(i),
        }
    }
}

/// A word parser that must end at a word boundary.
pub(crate) fn terminated_word<'a, T>(
    p: impl Parser<In<'a>, Output = T, Error = Error<In<'a>>>,
) -> impl Parser<In<'a>, Output = T, Error = Error<In<'a>>> {
    terminated(p, boundary)
}

/// The plural of a word of a table: "fridays".
pub(crate) fn plural_of<T: Copy>(table: &'static [(&'static str, T)]) -> impl Fn(In) -> Res<T> {
    move |i: In| {
        let (rest, w) = alpha1(i)?;
        match w.strip_suffix('s').and_then(|w| lookup(table, w)) {
            Some(v) => Ok((rest, v)),
            None => fail(i),
        }
    }
}

/// A month name, or an abbreviation with an optional full stop ("nov.").
pub(crate) fn month(i: In) -> Res<u32> {
    let (rest, w) = alpha1(i)?;
    let Some(m) = lexicon::month_from_word(w) else {
        return fail(i);
    };
    if w.len() <= 4 && w != "june" && w != "july" && w != "may" {
        // Abbreviations: "Nov." or "Nov" (but "mar"/"jan" must carry their full stop).
        let (rest2, dot) = opt(char('.')).parse(rest)?;
        if dot.is_none() && matches!(w, "mar" | "jan" | "dec" | "sep" | "jun" | "jul") {
            return fail(i);
        }
        return Ok((rest2, m));
    }
    Ok((rest, m))
}

/// A decimal number that fits in `u64`; larger ones saturate (resolution reports them).
pub(crate) fn integer(i: In) -> Res<u64> {
    let (rest, digits) = terminated(digit1, boundary).parse(i)?;
    Ok((rest, digits.parse::<u64>().unwrap_or(u64::MAX)))
}

/// A cardinal in words: "three", "twenty-five", "twenty five".
pub(crate) fn number_word(i: In) -> Res<u64> {
    let (rest, first) = word_in(lexicon::NUMBER_WORDS)(i)?;
    if (20..100).contains(&first) && first % 10 == 0 {
        let mut unit = (alt((tag("-"), tag(" "))), word_in(lexicon::NUMBER_WORDS));
        if let Ok((rest2, (_, u))) = unit.parse(rest) {
            if (1..10).contains(&u) {
                return Ok((rest2, (first + u) as u64));
            }
        }
    }
    Ok((rest, first as u64))
}

/// An exact count: digits, number words, or "a"/"an".
pub(crate) fn cardinal(i: In) -> Res<u64> {
    alt((integer, number_word, value(1, alt((kw("an"), kw("a")))))).parse(i)
}

/// A count, exact or vague ("several", "a few").
pub(crate) fn amount(i: In) -> Res<Amount> {
    alt((
        map(
            alt((
                kw("several"),
                kw("a few"),
                kw("few"),
                kw("many"),
                kw("some"),
            )),
            |_| Amount::Some,
        ),
        value(
            Amount::Exact(2),
            (opt((kw("a"), sp)), kw("couple"), sp, kw("of")),
        ),
        map(cardinal, Amount::Exact),
    ))
    .parse(i)
}

/// A range of counts, "12 to 18": a count the TIMEX3 value cannot state, so an unstated one
/// (`PXM` for "the next 12 to 18 months", as TimeBank wsj_0637). The first number must be the
/// smaller ("1 to 1" is no range). Not "or": "ten or fifteen years" is two phrases (WikiWars
/// tags "ten" and "fifteen years").
pub(crate) fn amount_range(i: In) -> Res<Amount> {
    let (rest, (low, _, _, _, high)) = (
        alt((integer, number_word)),
        sp,
        kw("to"),
        sp,
        alt((integer, number_word)),
    )
        .parse(i)?;
    if low >= high {
        return fail(i);
    }
    Ok((rest, Amount::Some))
}

/// A day of the month, 1–31: digits with an optional ordinal suffix ("10", "10th", "1st"),
/// or an ordinal in words ("third", "twenty-first").
pub(crate) fn day_of_month(i: In) -> Res<u32> {
    alt((day_digits, day_ordinal_word)).parse(i)
}

// <ordinal word> | twenty|thirty(-| )<ordinal word>       "third", "twenty-first"
fn day_ordinal_word(i: In) -> Res<u32> {
    let (rest, (tens, unit)) = (
        opt(terminated(
            alt((value(20, kw("twenty")), value(30, kw("thirty")))),
            alt((tag("-"), tag(" "))),
        )),
        word_in(lexicon::ORDINAL_WORDS),
    )
        .parse(i)?;
    let n = tens.unwrap_or(0) + unit;
    if (1..=31).contains(&n) && (tens.is_none() || unit < 10) {
        Ok((rest, n))
    } else {
        fail(i)
    }
}

fn day_digits(i: In) -> Res<u32> {
    let (rest, d) = recognize((
        digit1,
        opt(alt((tag("st"), tag("nd"), tag("rd"), tag("th")))),
    ))
    .parse(i)?;
    let (rest, _) = boundary(rest)?;
    let digits = d.trim_end_matches(char::is_alphabetic);
    match digits.parse::<u32>() {
        Ok(n) if (1..=31).contains(&n) && digits.len() <= 2 => Ok((rest, n)),
        _ => fail(i),
    }
}

/// A year: four digits ("1998"), words ("nineteen ninety-six", "two thousand one") or a year
/// before the common era ("480 BC", as chrono counts it: 1 BC is 0, 480 BC is -479), so that
/// "April 480 BC" and "the spring of 480 BC" read as "April 1998" does.
pub(crate) fn year(i: In) -> Res<i32> {
    alt((bc_year, year_digits, year_words)).parse(i)
}

/// "480 BC", "44 B.C.", "490 BCE": the astronomical year (1 − n).
fn bc_year(i: In) -> Res<i32> {
    let (rest, digits) = digit1(i)?;
    let Ok(n) = digits.parse::<i32>() else {
        return fail(i);
    };
    if digits.len() > 4 || !(1..=9999).contains(&n) {
        return fail(i);
    }
    let bc = alt((tag("b.c.e."), tag("b.c."), tag("bce"), tag("bc")));
    let (rest, _) = (sp, bc, boundary).parse(rest)?;
    Ok((rest, 1 - n))
}

// nineteen <tens>[-<unit>] | two thousand [and] [<number>]
fn year_words(i: In) -> Res<i32> {
    let hundreds = |i| -> Res<i32> {
        let century = alt((
            value(1900, kw("nineteen")),
            value(1800, kw("eighteen")),
            value(2000, kw("twenty")),
        ));
        let (rest, (c, _, n)) = (century, sp, number_word).parse(i)?;
        if (10..100).contains(&n) {
            Ok((rest, c + n as i32))
        } else {
            fail(i)
        }
    };
    let thousands = |i| -> Res<i32> {
        let (rest, (_, _, _, n)) = (
            kw("two"),
            sp,
            kw("thousand"),
            opt(preceded((sp, opt((kw("and"), sp))), number_word)),
        )
            .parse(i)?;
        Ok((rest, 2000 + n.filter(|n| *n < 100).unwrap_or(0) as i32))
    };
    alt((hundreds, thousands)).parse(i)
}

/// A four-digit year, 1000–2999, not part of a longer number ("2,006" is not a year).
fn year_digits(i: In) -> Res<i32> {
    let (rest, digits) = digit1(i)?;
    if digits.len() != 4 {
        return fail(i);
    }
    // "2006," is fine; "2,006" never reaches here; "1990s" is a decade.
    if rest.starts_with(|c: char| c.is_alphanumeric()) {
        return fail(i);
    }
    if rest.starts_with([',', '.']) && rest[1..].starts_with(|c: char| c.is_ascii_digit()) {
        return fail(i);
    }
    match digits.parse::<i32>() {
        Ok(y) if (1000..=2999).contains(&y) => Ok((rest, y)),
        _ => fail(i),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        assert_eq!(cardinal("twenty-five days"), Ok((" days", 25)));
        assert_eq!(cardinal("three nights"), Ok((" nights", 3)));
        assert_eq!(cardinal("10000000000 days"), Ok((" days", 10_000_000_000)));
        assert_eq!(amount("several months"), Ok((" months", Amount::Some)));
        assert!(cardinal("threes").is_err());
    }

    /// Every string of a phrase-corpus file (tests/corpus), lower-cased.
    fn corpus_strings() -> Vec<String> {
        fn walk(v: &serde_yaml::Value, out: &mut Vec<String>) {
            match v {
                serde_yaml::Value::String(s) => out.push(s.to_ascii_lowercase()),
                serde_yaml::Value::Sequence(items) => items.iter().for_each(|x| walk(x, out)),
                serde_yaml::Value::Mapping(m) => m.values().for_each(|x| walk(x, out)),
                _ => {}
            }
        }
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
        let mut out = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            walk(&serde_yaml::from_str(&text).unwrap(), &mut out);
        }
        out
    }

    /// The first-word dispatch skips only productions that would fail: at every word of every
    /// corpus phrase (and of the tables' words), the dispatched longest match is the one all
    /// productions give.
    #[test]
    fn dispatch_changes_no_parse() {
        let mut inputs = corpus_strings();
        assert!(inputs.len() > 500, "{} corpus strings", inputs.len());
        let tables = [
            Table::Weekdays,
            Table::WeekdayPlurals,
            Table::WeekdayAbbreviations,
            Table::Months,
            Table::Units,
            Table::PartsOfDay,
            Table::NumberWords,
            Table::OrdinalWords,
            Table::Seasons,
            Table::SetAdverbs,
            Table::PartOrdinals,
            Table::VagueWords,
            Table::Holidays,
        ];
        // A number and each word that can follow it.
        inputs.extend(
            [
                "3 times a week",
                "10 b.c.",
                "10 bc",
                "10 b.c.e.",
                "10 a.d.",
                "10 ad",
                "10 c.e.",
                "10 of march",
                "10 march 2019",
                "3 p.m. on friday",
                "3 pm",
                "3 a.m.",
                "3 am",
                "2 and a half days",
                "3 more days",
                "2 additional weeks",
                "5 trading days",
                "3 business days",
                "2 working days",
                "2 1/2 hours",
                "2 days ago",
                "2 days later",
                "2 days after the vote",
                "10 people",
                "5% later",
                "12% a year ago",
                "3%-4% a year",
                "1998% growth",
                "twenty five years ago",
                "twenty-five years ago",
                "nineteen ninety-eight",
                "two thousand and one",
                "two more weeks",
                "three and a half years",
                "one hundred days",
                "twenty first century",
            ]
            .map(String::from),
        );
        // "the", "a" and "an" before every word a production names, with what may go on
        // after it (the second-word dispatch, `Starts::after_the`).
        let mut named: Vec<String> = tables.iter().flat_map(|t| t.words()).collect();
        named.extend(Table::FuzzyAmounts.words());
        for p in PRODUCTIONS {
            let s = p.starts;
            named.extend(s.words.iter().chain(s.after_number).map(|w| w.to_string()));
            for follow in [s.after_the, s.after_article].into_iter().flatten() {
                named.extend(follow.words.iter().map(|w| w.to_string()));
                named.extend(follow.tables.iter().flat_map(|t| t.words()));
            }
        }
        // And every word the grammar files spell out (`kw("...")`, `tag("...")`), so that a
        // word left out of a production's list is caught here even if no list names it.
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/temporal/grammar");
        for entry in std::fs::read_dir(dir).unwrap() {
            let source = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            for opener in ["kw(\"", "tag(\""] {
                for piece in source.split(opener).skip(1) {
                    let literal = piece.split('"').next().unwrap_or("");
                    if literal.starts_with(|c: char| c.is_ascii_alphabetic()) {
                        named.push(literal.to_string());
                    }
                }
            }
        }
        assert!(
            named.iter().any(|w| w == "foreseeable"),
            "grammar words read"
        );
        named.sort();
        named.dedup();
        for word in &named {
            for (first, _) in lexicon::NUMBER_WORDS {
                for tail in [
                    "",
                    " ago",
                    " later",
                    " of march",
                    " century",
                    " times a week",
                ] {
                    inputs.push(format!("{first} {word}{tail}"));
                }
            }
            for first in ["the", "a", "an"] {
                for tail in [
                    "",
                    " ago",
                    " later",
                    " of march",
                    " quarter",
                    " half of 1998",
                    " century",
                    " years ahead",
                    " term",
                    " day before.",
                    " times a week",
                    " and a half days",
                ] {
                    inputs.push(format!("{first} {word}{tail}"));
                }
            }
        }
        let after_number = PRODUCTIONS.iter().flat_map(|p| p.starts.after_number);
        for word in after_number.map(|w| w.to_string()).collect::<Vec<_>>() {
            inputs.push(format!("12 {word} ago"));
        }
        for word in tables.iter().flat_map(|t| t.words()) {
            inputs.push(format!("12 {word}"));
            inputs.push(format!("3 {word} ago"));
            inputs.push(format!("1998 {word}"));
            inputs.push(format!("{word} ago"));
            inputs.push(format!("{word} years later"));
            inputs.push(word);
        }
        let mut positions = 0;
        let mut parses = 0;
        for input in &inputs {
            let starts = (0..input.len()).filter(|&k| {
                input.is_char_boundary(k)
                    && input[..k]
                        .chars()
                        .next_back()
                        .is_none_or(|c| !c.is_alphanumeric())
            });
            for k in starts {
                let rest = &input[k..];
                let all = longest_of(rest, ALL_PRODUCTIONS);
                assert_eq!(longest(rest), all, "at {rest:?}");
                positions += 1;
                parses += usize::from(all.is_some());
            }
        }
        // The check saw real phrases, not only misses.
        assert!(parses > 1000, "{parses} parses in {positions} positions");
    }

    #[test]
    fn alpha1_reads_as_noms() {
        for input in [
            "friday",
            "friday's",
            "f",
            "",
            "1990s",
            " x",
            "caf\u{e9}",
            "abc1",
        ] {
            assert_eq!(
                alpha1(input),
                nom::character::complete::alpha1::<_, Error<In>>(input),
                "{input:?}"
            );
        }
    }

    #[test]
    fn years_are_not_parts_of_numbers() {
        assert!(year("2006").is_ok());
        assert!(year("2006,000").is_err());
        assert!(year("1990s").is_err());
        assert!(year("12345").is_err());
    }
}
