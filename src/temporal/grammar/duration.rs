//! Lengths of time: "three weeks", "several months", "10-year".

use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::combinator::opt;
use nom::sequence::{preceded, terminated};
use nom::Parser;

use super::{amount, amount_range, cardinal, integer, kw, number_word, sp, word_in, In, Res};
use super::{Follow, Starts, Table};
use crate::temporal::expr::{Amount, Reach, Shift, TimeExpr};
use crate::temporal::lexicon::{Unit, UNITS};

/// Words that go on after an amount, in digits or in words: "two more weeks", "five trading
/// days", "two and a half years", "two to three weeks".
const AFTER_AMOUNT: &[&str] = &[
    "and",
    "to",
    "more",
    "additional",
    "trading",
    "business",
    "working",
];

/// Amounts, halves, units, "the past", "past", "last".
pub(super) const STARTS: Starts = Starts {
    digit: true,
    words: &["the", "past", "last", "a", "an", "one", "half", "couple"],
    tables: &[Table::NumberWords, Table::Units, Table::FuzzyAmounts],
    after_number: AFTER_AMOUNT,
    after_number_tables: &[Table::Units],
    after_the: Some(Follow {
        // the past|last [<number>] <unit>
        words: &["past", "last"],
        tables: &[],
    }),
    after_article: Some(Follow {
        // a few|couple of <unit>s, a [more|additional] [trading] <unit>, a <unit> and a
        // half, a half <unit>
        words: &[
            "and",
            "half",
            "few",
            "couple",
            "more",
            "additional",
            "trading",
            "business",
            "working",
        ],
        tables: &[Table::Units],
    }),
    after_number_word: Some(Follow {
        // two weeks, twenty five years, two more weeks, five trading days, two and a half
        // years, one minute and a half
        words: AFTER_AMOUNT,
        tables: &[Table::NumberWords, Table::Units],
    }),
};

pub(super) fn parse(i: In) -> Res<(TimeExpr, &'static str)> {
    alt((
        fraction,
        compound,
        unit_long,
        counted,
        the_past_unit,
        bare_plural,
    ))
    .parse(i)
}

// <integer> 1/2 <unit>s | <cardinal> and a half <unit>s | a|one <unit> and a half
// | half a|an <unit> | a half[-| ]<unit>
//                        "2 1/2 years", "two and a half years", "a minute and a half", "half an hour"
pub(super) fn fraction(i: In) -> Res<(TimeExpr, &'static str)> {
    let and_a_half = |i| (sp, kw("and"), sp, kw("a"), sp, kw("half")).parse(i);
    let whole_first = |i| -> Res<(u64, Unit)> {
        let (rest, (n, _, unit)) = (
            alt((
                terminated(integer, (sp, tag("1/2"), super::boundary)),
                terminated(cardinal, and_a_half),
            )),
            sp,
            word_in(UNITS),
        )
            .parse(i)?;
        Ok((rest, (n, unit)))
    };
    let unit_first = |i| -> Res<(u64, Unit)> {
        let (rest, (_, _, unit, _)) = (
            alt((kw("a"), kw("an"), kw("one"))),
            sp,
            word_in(UNITS),
            and_a_half,
        )
            .parse(i)?;
        Ok((rest, (1, unit)))
    };
    let half_only = |i| -> Res<(u64, Unit)> {
        let (rest, unit) = alt((
            preceded(
                (kw("half"), sp, alt((kw("an"), kw("a"))), sp),
                word_in(UNITS),
            ),
            preceded(
                (kw("a"), sp, kw("half"), alt((sp, tag("-")))),
                word_in(UNITS),
            ),
        ))
        .parse(i)?;
        Ok((rest, (0, unit)))
    };
    let (rest, (n, unit)) = alt((whole_first, unit_first, half_only)).parse(i)?;
    Ok((
        rest,
        (
            TimeExpr::length(Amount::AndAHalf(n), unit),
            "<number> and a half <unit>s",
        ),
    ))
}

// <unit>-long                                  "day-long", "decades-long"
fn unit_long(i: In) -> Res<(TimeExpr, &'static str)> {
    let (rest, (w, _)) = (super::alpha1, tag("-long")).parse(i)?;
    let (rest, _) = super::boundary(rest)?;
    match crate::temporal::lexicon::lookup(UNITS, w) {
        Some(unit) => Ok((
            rest,
            (
                TimeExpr::length(
                    if w.ends_with('s') {
                        Amount::Some
                    } else {
                        Amount::Exact(1)
                    },
                    unit,
                ),
                "<unit>-long",
            ),
        )),
        None => super::fail(i),
    }
}

// [the] past|last <unit>                       "the past year", "past decade"
/// "the past year" names the calendar year before the publish date, as TimeBank and
/// AQUAINT annotate it (DATE `1997`, "the last decade" `198`); without the article
/// ("over the past decade" tagged as "past decade") it is a length.
fn the_past_unit(i: In) -> Res<(TimeExpr, &'static str)> {
    let (rest, (the, word, _, unit)) = (
        opt((kw("the"), sp)),
        alt((kw("past"), kw("last"))),
        sp,
        word_in(UNITS),
    )
        .parse(i)?;
    // "last week" (no "the") is a calendar unit of its own rule, not a length.
    if i.starts_with("last") || i[..i.len() - rest.len()].ends_with('s') {
        return super::fail(i);
    }
    // "the last week of August" is a week of a month, not the week before the anchor.
    let of_follows = (sp, kw("of")).parse(rest).is_ok();
    // "the past century" is the last hundred years ("one of the significant events of the
    // past century", wsj_0266), not the calendar century before the publish date's (the
    // 1800s in 1989), which no news writer means; TimeBank and AQUAINT write "this century"
    // as a length too (`P100Y`, 2 of 2). "the last century" keeps the calendar reading ("at
    // the turn of the last century").
    let past_century = unit == Unit::Century && word == "past";
    if the.is_some()
        && !of_follows
        && !past_century
        && matches!(
            unit,
            Unit::Week | Unit::Month | Unit::Quarter | Unit::Year | Unit::Decade | Unit::Century
        )
    {
        return Ok((
            rest,
            (
                TimeExpr::UnitShift {
                    shift: Shift::Last,
                    unit,
                },
                "the past|last <unit>",
            ),
        ));
    }
    Ok((
        rest,
        (
            TimeExpr::length(Amount::Exact(1), unit),
            if past_century {
                "[the] past century"
            } else {
                "past <unit>"
            },
        ),
    ))
}

// <unit>s                                       "years", "for weeks" (the tagger checks the context)
fn bare_plural(i: In) -> Res<(TimeExpr, &'static str)> {
    let (rest, w) = super::alpha1(i)?;
    match crate::temporal::lexicon::lookup(UNITS, w) {
        Some(unit) if w.ends_with('s') => {
            Ok((rest, (TimeExpr::length(Amount::Some, unit), "<unit>s")))
        }
        _ => super::fail(i),
    }
}

// [the past|last] <amount> [more|additional] <unit>
// [the past|last] <number> to <number> <unit>
//                                "three weeks", "the past three years", "two more weeks",
//                                "two to three weeks" (one phrase, as TimeBank tags it)
fn counted(i: In) -> Res<(TimeExpr, &'static str)> {
    let (rest, (past, amount, _, more, unit)) = (
        opt((kw("the"), sp, alt((kw("past"), kw("last"))), sp)),
        alt((amount_range, amount)),
        sp,
        opt(terminated(alt((kw("more"), kw("additional"))), sp)),
        // "eight trading days", "ten business days": days of a kind, counted as days.
        preceded(
            opt((alt((kw("trading"), kw("business"), kw("working"))), sp)),
            word_in(UNITS),
        ),
    )
        .parse(i)?;
    // "two more weeks", "an additional year": a length added to one already under way, as
    // long as the count says ("at least 20 more years" is P20Y).
    if more.is_some() {
        return Ok((
            rest,
            (TimeExpr::length(amount, unit), "<amount> more <unit>"),
        ));
    }
    // "the 1988 quarter": a year, not a count ("a two day meeting" is a count).
    let unit_word = &i[..i.len() - rest.len()];
    if matches!(amount, Amount::Exact(n) if n >= 1000) && !unit_word.ends_with('s') {
        return super::fail(i);
    }
    // "a day" alone is too weak to be a duration in running text ("a day of protests" is);
    // require plural units or an explicit count.
    if amount == Amount::Exact(1)
        && (i.starts_with("a ") || i.starts_with("an "))
        && !i.starts_with("a few")
    {
        let unit_word = &i[..i.len() - rest.len()];
        if !unit_word.ends_with('s') {
            return Ok((rest, (TimeExpr::length(amount, unit), "a <unit>")));
        }
    }
    // "in the past two weeks": the length up to the time of writing, which gives it bounds;
    // not "the last two weeks of August", a part of a named time.
    if past.is_some() && (sp, kw("of")).parse(rest).is_err() {
        return Ok((
            rest,
            (
                TimeExpr::Duration {
                    amount,
                    unit,
                    reach: Reach::UpToNow,
                },
                "the past|last <amount> <unit>",
            ),
        ));
    }
    Ok((rest, (TimeExpr::length(amount, unit), "<amount> <unit>")))
}

// <number>-<unit>[-long|-old]                   "10-year", "three-day", "6-year-old"
// several-|few-<unit>                           "a several-year tenure" (TimeBank: PXY)
fn compound(i: In) -> Res<(TimeExpr, &'static str)> {
    let (rest, (amount, _, unit, suffix)) = (
        alt((
            nom::combinator::map(alt((integer, number_word)), Amount::Exact),
            nom::combinator::value(Amount::Some, alt((tag("several"), tag("few")))),
        )),
        tag("-"),
        word_in(UNITS),
        opt(alt((tag("-old"), tag("-long")))),
    )
        .parse(i)?;
    // "three-quarters" is a fraction; a compound takes the singular ("10-year").
    if i[..i.len() - rest.len()]
        .trim_end_matches("-old")
        .trim_end_matches("-long")
        .ends_with('s')
    {
        return super::fail(i);
    }
    Ok((
        rest,
        (
            TimeExpr::length(amount, unit),
            // An age ("a 6-year-old boy") is parsed whole so that no part of it is taken for
            // a time; the tagger then leaves it out, as TempEval-3 annotators mostly did.
            if suffix == Some("-old") {
                "<number>-<unit>-old"
            } else {
                "<number>-<unit>"
            },
        ),
    ))
}
