//! Phrases anchored on another time or event: "two days later", "the previous three nights",
//! "hours after the incident", "that night", and the discourse marker "Later,".

use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::combinator::{map, opt, peek, value};
use nom::sequence::terminated;
use nom::Parser;

use super::{amount, cardinal, kw, sp, word_in, In, Res};
use super::{Follow, Starts, Table};
use crate::temporal::expr::{Amount, Direction, TimeExpr};
use crate::temporal::lexicon::{PartOfDay, Unit, PARTS_OF_DAY, UNITS};

/// "the", "that", amounts and units, halves, discourse markers.
pub(super) const STARTS: Starts = Starts {
    digit: true,
    words: &[
        "the",
        "that",
        "later",
        "afterwards",
        "then",
        "earlier",
        "previously",
        "a",
        "couple",
        "an",
        "one",
        "half",
    ],
    tables: &[Table::NumberWords, Table::Units, Table::FuzzyAmounts],
    after_number: &["and", "to"],
    after_number_tables: &[Table::Units],
    after_the: Some(Follow {
        // the previous|following <weekday>, the next [<number>] <unit>, the same <unit>,
        // the <unit> before|after
        words: &[
            "following",
            "next",
            "previous",
            "preceding",
            "prior",
            "same",
        ],
        tables: &[Table::Units],
    }),
    after_article: Some(Follow {
        // a few|couple of <unit>s later, a <unit> earlier, a <unit> and a half, a half <unit>
        words: &["few", "couple", "half", "and"],
        tables: &[Table::Units],
    }),
    after_number_word: Some(Follow {
        // two days later, twenty five years earlier, two and a half days later, one day
        // after <event>, the next 12 to 18 months
        words: &["and", "to"],
        tables: &[Table::NumberWords, Table::Units],
    }),
};

pub(super) fn parse(i: In) -> Res<(TimeExpr, &'static str)> {
    alt((
        the_adjacent_weekday,
        the_adjacent,
        day_next_to,
        the_unit_before,
        same_as,
        part_of_day_from,
        amount_later,
        event_relative,
        discourse,
    ))
    .parse(i)
}

fn later_or_earlier(i: In) -> Res<Direction> {
    alt((
        value(Direction::After, kw("later")),
        value(Direction::After, kw("afterwards")),
        value(Direction::After, kw("afterward")),
        value(Direction::Before, kw("earlier")),
        value(Direction::Before, kw("before")),
        value(Direction::Before, kw("previously")),
    ))
    .parse(i)
}

// the previous|preceding|following <weekday>      "the previous Friday"
fn the_adjacent_weekday(i: In) -> Res<(TimeExpr, &'static str)> {
    let (rest, (_, _, direction, _, day)) = (
        kw("the"),
        sp,
        alt((
            value(Direction::After, kw("following")),
            value(Direction::Before, kw("previous")),
            value(Direction::Before, kw("preceding")),
        )),
        sp,
        word_in(crate::temporal::lexicon::WEEKDAYS),
    )
        .parse(i)?;
    let (rest, _) = super::boundary(rest)?;
    Ok((
        rest,
        (
            TimeExpr::WeekdayFrom { day, direction },
            "the previous|following <weekday>",
        ),
    ))
}

// the following|next|previous|preceding|prior [<number>] <unit>
//                                   "the following day", "the previous three nights"
fn the_adjacent(i: In) -> Res<(TimeExpr, &'static str)> {
    let (rest, (_, _, direction, _, count, unit)) = (
        kw("the"),
        sp,
        alt((
            value(Direction::After, kw("following")),
            value(Direction::After, kw("next")),
            value(Direction::Before, kw("previous")),
            value(Direction::Before, kw("preceding")),
            value(Direction::Before, kw("prior")),
        )),
        sp,
        // "the next couple of years" counts two; "the next 12 to 18 months" an unstated
        // number.
        opt(terminated(
            alt((
                super::amount_range,
                map(
                    alt((cardinal, value(2, (kw("couple"), sp, kw("of"))))),
                    Amount::Exact,
                ),
            )),
            sp,
        )),
        word_in(UNITS),
    )
        .parse(i)?;
    let (amount, stretch, rule) = match count {
        Some(n) => (n, true, "the previous|following <number> <unit>"),
        None => (Amount::Exact(1), false, "the previous|following <unit>"),
    };
    Ok((
        rest,
        (
            TimeExpr::Anaphoric {
                amount,
                unit,
                direction,
                stretch,
            },
            rule,
        ),
    ))
}

// the day before|after <weekday>|<month> <day>|<holiday>
//                                   "the day before last Tuesday", "the day after Christmas"
/// The day next to a named day (AQUAINT NYT20000224.0173: "The day before last Tuesday's
/// federal court hearing" is 2000-02-21, the Monday).
fn day_next_to(i: In) -> Res<(TimeExpr, &'static str)> {
    let (rest, (_, _, _, _, days, _)) = (
        kw("the"),
        sp,
        kw("day"),
        sp,
        alt((value(-1, kw("before")), value(1, kw("after")))),
        sp,
    )
        .parse(i)?;
    let (rest, (day, _)) = alt((
        super::weekday::parse,
        super::absolute::parse,
        super::period::parse,
    ))
    .parse(rest)?;
    let named_day = matches!(
        &day,
        TimeExpr::Weekday { part: None, .. }
            | TimeExpr::Calendar {
                month: Some(_),
                day: Some(_),
                ..
            }
            | TimeExpr::Holiday { .. }
    );
    if !named_day {
        return super::fail(i);
    }
    Ok((
        rest,
        (
            TimeExpr::DayNextTo {
                days,
                day: Box::new(day),
            },
            "the day before|after <day>",
        ),
    ))
}

/// `<unit> before|after`: "day before", "week after".
fn unit_then_direction(i: In) -> Res<(Unit, Direction)> {
    let (rest, (unit, _, direction)) = (
        word_in(UNITS),
        sp,
        alt((
            value(Direction::Before, kw("before")),
            value(Direction::After, kw("after")),
        )),
    )
        .parse(i)?;
    Ok((rest, (unit, direction)))
}

// the <unit> before|after (not followed by a noun phrase)   "the day before"
fn the_unit_before(i: In) -> Res<(TimeExpr, &'static str)> {
    let (rest, (_, _, (unit, direction))) = (kw("the"), sp, unit_then_direction).parse(i)?;
    if followed_by_noun_phrase(rest) {
        return super::fail(i);
    }
    Ok((
        rest,
        (
            TimeExpr::Anaphoric {
                amount: Amount::Exact(1),
                unit,
                direction,
                stretch: false,
            },
            "the <unit> before|after",
        ),
    ))
}

// that|the [same] <unit>             "that night", "the same day", "that same day"
fn same_as(i: In) -> Res<(TimeExpr, &'static str)> {
    let (rest, (_, _, unit)) = (
        alt((
            map((kw("that"), sp, kw("same")), |_| ""),
            kw("that"),
            map((kw("the"), sp, kw("same")), |_| ""),
        )),
        sp,
        word_in(UNITS),
    )
        .parse(i)?;
    if !matches!(
        unit,
        Unit::Day | Unit::Night | Unit::Week | Unit::Month | Unit::Year | Unit::Weekend
    ) {
        return super::fail(i);
    }
    Ok((rest, (TimeExpr::SameAs { unit }, "that|the same <unit>")))
}

// that|the same <part of day> | the next|following|previous|preceding <part of day>
//                                   "that afternoon", "the next morning", "the previous evening"
// (nights are units: "that night", "the next night" are read as such)
fn part_of_day_from(i: In) -> Res<(TimeExpr, &'static str)> {
    let same = value(
        0,
        alt((
            (kw("that"), sp, kw("same"), sp),
            (kw("the"), sp, kw("same"), sp),
            (kw("that"), sp, tag(""), tag("")),
        )),
    );
    let adjacent = map(
        (
            kw("the"),
            sp,
            alt((
                value(1, kw("next")),
                value(1, kw("following")),
                value(-1, kw("previous")),
                value(-1, kw("preceding")),
            )),
            sp,
        ),
        |(_, _, days, _)| days,
    );
    let (rest, (days, part)) = (alt((same, adjacent)), word_in(PARTS_OF_DAY)).parse(i)?;
    if part == PartOfDay::Night {
        return super::fail(i);
    }
    Ok((
        rest,
        (
            TimeExpr::PartOfDayFrom { days, part },
            "that|the next|the previous <part of day>",
        ),
    ))
}

// <amount> <unit> later|earlier         "two days later", "a week earlier", "minutes later"
//                                       "half an hour later", "two and a half days earlier"
fn amount_later(i: In) -> Res<(TimeExpr, &'static str)> {
    let counted = |i| -> Res<(Amount, Unit)> {
        let (rest, (amount, _, unit)) = (amount, sp, word_in(UNITS)).parse(i)?;
        Ok((rest, (amount, unit)))
    };
    let halves = |i| -> Res<(Amount, Unit)> {
        if !writes_a_half(i) {
            return super::fail(i);
        }
        match super::duration::fraction(i)? {
            (rest, (TimeExpr::Duration { amount, unit, .. }, _)) => Ok((rest, (amount, unit))),
            _ => super::fail(i),
        }
    };
    // "minutes later", "days earlier": a bare plural is an unstated number.
    let bare = |i| -> Res<(Amount, Unit)> {
        let (rest, unit) = word_in(UNITS).parse(i)?;
        if !i[..i.len() - rest.len()].ends_with('s') {
            return super::fail(i);
        }
        Ok((rest, (Amount::Some, unit)))
    };
    let (rest, ((amount, unit), _, direction)) =
        (alt((counted, halves, bare)), sp, later_or_earlier).parse(i)?;
    // "three months before the vote", "three months before it was contained": counted from
    // a happening (`event_relative`), not from the time talked about.
    if matches!(direction, Direction::Before)
        && i[..i.len() - rest.len()].ends_with("before")
        && (followed_by_noun_phrase(rest) || followed_by_clause(rest))
    {
        return super::fail(i);
    }
    Ok((
        rest,
        (
            TimeExpr::Anaphoric {
                amount,
                unit,
                direction,
                stretch: false,
            },
            "<amount> <unit> later|earlier",
        ),
    ))
}

/// Whether a half is written in the next few words ("half an hour", "2 1/2 hours"), so that
/// every other phrase skips the fraction grammar.
fn writes_a_half(i: In) -> bool {
    let head = &i.as_bytes()[..i.len().min(40)];
    head.windows(4).any(|w| w == b"half") || head.windows(3).any(|w| w == b"1/2")
}

// [<amount>] <unit> after|before <noun phrase>    "hours after the incident", "two days before the vote"
/// The phrase holds "after|before", which gives its direction and which the relation stage
/// reads as part of it; its TIMEX3 ends before that word (`pipeline::tag`), which TimeML
/// makes a SIGNAL.
fn event_relative(i: In) -> Res<(TimeExpr, &'static str)> {
    // "the day after the crash", "the week before the vote": one unit ("the days before the
    // vote" is a stretch of them, not a distance).
    if let Ok((rest, _)) = (kw("the"), sp).parse(i) {
        if rest.split(' ').next().is_some_and(|w| w.ends_with('s')) {
            return super::fail(i);
        }
        let (rest, (unit, direction)) = unit_then_direction(rest)?;
        // Not "rose over the week before closing for a holiday": a bare "-ing" word after a
        // week, a month or a year is what it ended with, no happening counted from ("will rest
        // the day after campaigning in North Sumatra Sunday" counts from the campaigning).
        let gerund = !matches!(unit, Unit::Day | Unit::Night)
            && rest
                .trim_start()
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .is_some_and(|w| w.ends_with("ing"));
        if !matches!(
            unit,
            Unit::Day | Unit::Night | Unit::Week | Unit::Month | Unit::Year
        ) || gerund
            || !(followed_by_noun_phrase(rest) || followed_by_clause(rest))
        {
            return super::fail(i);
        }
        return Ok((
            rest,
            (
                TimeExpr::EventRelative {
                    amount: Amount::Exact(1),
                    unit,
                    direction,
                },
                "the <unit> after|before <event>",
            ),
        ));
    }
    let (rest, (amount, unit, _, direction)) = (
        opt(terminated(amount, sp)),
        word_in(UNITS),
        sp,
        alt((
            value(Direction::After, kw("after")),
            value(Direction::Before, kw("before")),
        )),
    )
        .parse(i)?;
    let bare_plural = amount.is_none();
    if bare_plural
        && !i
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("")
            .ends_with('s')
    {
        return super::fail(i);
    }
    if !(followed_by_noun_phrase(rest) || followed_by_clause(rest)) {
        return super::fail(i);
    }
    Ok((
        rest,
        (
            TimeExpr::EventRelative {
                amount: amount.unwrap_or(Amount::Some),
                unit,
                direction,
            },
            if bare_plural {
                "<unit>s after|before <event>"
            } else {
                "<amount> <unit> after|before <event>"
            },
        ),
    ))
}

// later, | earlier,                     discourse markers at the start of a clause
fn discourse(i: In) -> Res<(TimeExpr, &'static str)> {
    let (rest, direction) = terminated(
        alt((
            value(Direction::After, kw("later")),
            value(Direction::After, kw("afterwards")),
            value(Direction::After, kw("then")),
            value(Direction::Before, kw("earlier")),
            value(Direction::Before, kw("previously")),
        )),
        peek(tag(",")),
    )
    .parse(i)?;
    Ok((
        rest,
        (
            TimeExpr::Discourse { direction },
            "Later|Earlier|Then, <clause>",
        ),
    ))
}

/// True when a clause with a pronoun for subject follows: "two days after he rejected the
/// results", "hours after it struck" (not a bare "it", which names the time talked about).
fn followed_by_clause(rest: In) -> bool {
    let mut words = rest
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    match words.next() {
        Some("he" | "she" | "they" | "we" | "i" | "you") => true,
        Some("it") => rest
            .trim_start()
            .strip_prefix("it")
            .is_some_and(|r| r.starts_with(' ') && r.trim_start().starts_with(char::is_alphabetic)),
        _ => false,
    }
}

/// True when a noun phrase (or clause) follows: "the incident", "his arrest", "police said".
fn followed_by_noun_phrase(rest: In) -> bool {
    let rest = rest.trim_start();
    let word: &str = rest
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    !word.is_empty()
        && !matches!(
            word,
            "and" | "or" | "but" | "that" | "he" | "she" | "they" | "it" | "when"
        )
        || rest.starts_with(|c: char| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> (TimeExpr, &'static str) {
        parse(s).unwrap().1
    }

    #[test]
    fn anaphora() {
        assert_eq!(
            p("the previous three nights, when"),
            (
                TimeExpr::Anaphoric {
                    amount: Amount::Exact(3),
                    unit: Unit::Night,
                    direction: Direction::Before,
                    stretch: true
                },
                "the previous|following <number> <unit>"
            )
        );
        assert_eq!(
            p("two days later"),
            (
                TimeExpr::Anaphoric {
                    amount: Amount::Exact(2),
                    unit: Unit::Day,
                    direction: Direction::After,
                    stretch: false
                },
                "<amount> <unit> later|earlier"
            )
        );
        assert_eq!(
            p("hours after the incident").0,
            TimeExpr::EventRelative {
                amount: Amount::Some,
                unit: Unit::Hour,
                direction: Direction::After
            }
        );
        assert_eq!(
            p("later, morales").0,
            TimeExpr::Discourse {
                direction: Direction::After
            }
        );
        assert_eq!(
            p("the day after the crash"),
            (
                TimeExpr::EventRelative {
                    amount: Amount::Exact(1),
                    unit: Unit::Day,
                    direction: Direction::After
                },
                "the <unit> after|before <event>"
            )
        );
        // What the week ended with, not a happening counted from.
        assert_ne!(
            parse("the week before closing for a holiday").map(|r| r.1 .1),
            Ok("the <unit> after|before <event>")
        );
        assert!(parse("later than").is_err());
        assert_eq!(p("the day before.").1, "the <unit> before|after");
        assert_eq!(p("that night").0, TimeExpr::SameAs { unit: Unit::Night });
    }
}
