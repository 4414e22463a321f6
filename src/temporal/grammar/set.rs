//! Recurring times: "every Friday", "weekly", "twice a year", "Tuesday nights".

use nom::branch::alt;
use nom::combinator::{map, opt, value};
use nom::sequence::{preceded, terminated};
use nom::Parser;

use super::{cardinal, kw, month, sp, word_in, In, Res};
use super::{Follow, Starts, Table};
use crate::temporal::expr::{Recurrence, TimeExpr};
use crate::temporal::lexicon::{PARTS_OF_DAY, SEASONS, SET_ADVERBS, UNITS, WEEKDAYS};

/// Set adverbs, "every", "each", counts ("once", "three times"), weekdays and their plurals.
pub(super) const STARTS: Starts = Starts {
    digit: true,
    words: &["every", "each", "once", "twice", "an", "a", "the"],
    tables: &[
        Table::SetAdverbs,
        Table::NumberWords,
        Table::Weekdays,
        Table::WeekdayPlurals,
    ],
    after_number: &["times"],
    after_number_tables: &[],
    after_the: Some(Follow {
        // the past|last <number> <season>s
        words: &["past", "last"],
        tables: &[],
    }),
    after_article: Some(Follow {
        // <cardinal> times a <unit>, whose cardinal may be "a" or "an"; the other "a" of
        // the production follows "once", "twice" or "times"
        words: &["times"],
        tables: &[],
    }),
    after_number_word: Some(Follow {
        // two times a week, twenty five times a year
        words: &["times"],
        tables: &[Table::NumberWords],
    }),
};

pub(super) fn parse(i: In) -> Res<(TimeExpr, &'static str)> {
    alt((adverb, every, times_per, plural_weekday, past_seasons)).parse(i)
}

fn set(r: Recurrence, rule: &'static str) -> (TimeExpr, &'static str) {
    (TimeExpr::Set(r), rule)
}

// daily | weekly | monthly | annually | ...
fn adverb(i: In) -> Res<(TimeExpr, &'static str)> {
    map(word_in(SET_ADVERBS), |unit| {
        set(Recurrence::Unit { unit }, "daily|weekly|monthly|...")
    })
    .parse(i)
}

// every|each <unit> | every|each <weekday> [<part>] | every|each <month>
fn every(i: In) -> Res<(TimeExpr, &'static str)> {
    preceded(
        (alt((kw("every"), kw("each"))), sp),
        alt((
            map(
                (word_in(WEEKDAYS), opt(preceded(sp, word_in(PARTS_OF_DAY)))),
                |(day, part)| set(Recurrence::Weekday { day, part }, "every <weekday>"),
            ),
            map(month, |month| {
                set(Recurrence::Month { month }, "every <month>")
            }),
            map(word_in(UNITS), |unit| {
                set(Recurrence::Unit { unit }, "every <unit>")
            }),
        )),
    )
    .parse(i)
}

// once|twice|<n> times a|per|each <unit>          "twice a year", "three times a week"
fn times_per(i: In) -> Res<(TimeExpr, &'static str)> {
    let (rest, (times, _, _, unit)) = (
        alt((
            value(1, kw("once")),
            value(2, kw("twice")),
            terminated(cardinal, (sp, kw("times"))),
        )),
        sp,
        terminated(alt((kw("a"), kw("an"), kw("per"), kw("each"))), sp),
        word_in(UNITS),
    )
        .parse(i)?;
    Ok((
        rest,
        set(Recurrence::Times { times, unit }, "<n> times a <unit>"),
    ))
}

// <weekday>s [<part of day>s]                     "Tuesday nights", "on Fridays"
fn plural_weekday(i: In) -> Res<(TimeExpr, &'static str)> {
    let (rest, (day, part)) = alt((
        map(
            (
                terminated(word_in(WEEKDAYS), sp),
                super::plural_of(PARTS_OF_DAY),
            ),
            |(d, p)| (d, Some(p)),
        ),
        map(super::plural_of(WEEKDAYS), |d| (d, None)),
    ))
    .parse(i)?;
    Ok((
        rest,
        set(
            Recurrence::Weekday { day, part },
            "<weekday>s [<part of day>]",
        ),
    ))
}

// the past|last <number> <season>s                "the past three summers"
/// Some summers in a row, each of them a time of the year: a set of seasons, as TimeBank tags
/// "the past three summers" (`XXXX-SU`, SET; APW19980322.0749).
fn past_seasons(i: In) -> Res<(TimeExpr, &'static str)> {
    let (rest, (_, _, _, _, _, season)) = (
        kw("the"),
        sp,
        alt((kw("past"), kw("last"))),
        sp,
        terminated(cardinal, sp),
        super::plural_of(SEASONS),
    )
        .parse(i)?;
    Ok((
        rest,
        set(Recurrence::Season { season }, "the past <number> <season>s"),
    ))
}
