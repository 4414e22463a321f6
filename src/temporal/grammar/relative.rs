//! Deictic phrases (anchored on the publish date) and vague references.

use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::combinator::{map, opt, value};
use nom::sequence::{preceded, terminated};
use nom::Parser;

use super::weekday::shift_word;
use super::{amount, kw, month, sp, word_in, In, Res};
use super::{Follow, Starts, Table};
use crate::temporal::expr::{Amount, Shift, TimeExpr, Vague};
use crate::temporal::lexicon::{lookup, PartOfDay, VagueRegion, PARTS_OF_DAY, UNITS, VAGUE_WORDS};
use crate::temporal::value::Modifier;

/// Day words, "mid-", shift words, vague words and the amounts and units of "ago".
pub(super) const STARTS: Starts = Starts {
    digit: true,
    words: &[
        "today",
        "tonight",
        "yesterday",
        "tomorrow",
        "mid-",
        "mid",
        "this",
        "last",
        "past",
        "next",
        "coming",
        "the",
        "recent",
        "future",
        "then",
        "these",
        "a",
        "couple",
        "an",
    ],
    tables: &[
        Table::PartsOfDay,
        Table::Units,
        Table::VagueWords,
        Table::NumberWords,
        Table::FuzzyAmounts,
    ],
    after_number: &[],
    after_number_tables: &[Table::Units],
    after_the: Some(Follow {
        // the recent|coming <unit>s, the <unit>s ahead, the [near] future, the past,
        // the near|short term
        words: &[
            "recent",
            "coming",
            "future",
            "past",
            "near",
            "foreseeable",
            "distant",
            "short",
            "early",
        ],
        tables: &[Table::Units],
    }),
    after_article: Some(Follow {
        // a few|couple of <unit>s ago, a <unit> ago, a later date
        words: &["few", "couple", "later"],
        tables: &[Table::Units],
    }),
    after_number_word: Some(Follow {
        // two days ago, twenty five years ago
        words: &[],
        tables: &[Table::NumberWords, Table::Units],
    }),
};

pub(super) fn parse(i: In) -> Res<(TimeExpr, &'static str)> {
    alt((
        day_words,
        part_of_day_word,
        mid_part,
        this_part,
        last_night,
        unit_shift,
        month_shift,
        ago,
        vague,
    ))
    .parse(i)
}

fn deictic(days: i32, part: Option<PartOfDay>) -> TimeExpr {
    TimeExpr::Deictic { days, part }
}

// today | tonight | overnight | tomorrow [<part>] | yesterday [<part>]
fn day_words(i: In) -> Res<(TimeExpr, &'static str)> {
    alt((
        value((deictic(0, None), "today"), kw("today")),
        value(
            (deictic(0, Some(PartOfDay::Night)), "tonight"),
            kw("tonight"),
        ),
        // The night that ends on the publish day ([`crate::temporal`] keeps it only at the end
        // of a clause, not as an adjective: "an overnight curfew", "overnight losses").
        value(
            (deictic(-1, Some(PartOfDay::Night)), "overnight"),
            kw("overnight"),
        ),
        map(
            preceded(kw("yesterday"), opt(preceded(sp, word_in(PARTS_OF_DAY)))),
            |p| {
                (
                    deictic(-1, p),
                    if p.is_some() {
                        "yesterday <part of day>"
                    } else {
                        "yesterday"
                    },
                )
            },
        ),
        map(
            preceded(kw("tomorrow"), opt(preceded(sp, word_in(PARTS_OF_DAY)))),
            |p| {
                (
                    deictic(1, p),
                    if p.is_some() {
                        "tomorrow <part of day>"
                    } else {
                        "tomorrow"
                    },
                )
            },
        ),
    ))
    .parse(i)
}

// <part of day> yesterday|today|tomorrow          "afternoon yesterday" (after "mid-")
fn part_of_day_word(i: In) -> Res<(TimeExpr, &'static str)> {
    let (rest, (p, _, days)) = (
        word_in(PARTS_OF_DAY),
        sp,
        alt((
            value(-1, kw("yesterday")),
            value(0, kw("today")),
            value(1, kw("tomorrow")),
        )),
    )
        .parse(i)?;
    Ok((
        rest,
        (
            deictic(days, Some(p)),
            "<part of day> yesterday|today|tomorrow",
        ),
    ))
}

// mid-<part of day> | mid <part of day>       "by mid-afternoon": that part of the publish date
fn mid_part(i: In) -> Res<(TimeExpr, &'static str)> {
    let (rest, (_, p)) = (
        alt((tag("mid-"), terminated(kw("mid"), sp))),
        word_in(PARTS_OF_DAY),
    )
        .parse(i)?;
    // "mid-afternoon yesterday" is the modifier on the longer phrase.
    if (sp, alt((kw("yesterday"), kw("today"), kw("tomorrow"))))
        .parse(rest)
        .is_ok()
    {
        return super::fail(i);
    }
    Ok((
        rest,
        (
            TimeExpr::Modified {
                modifier: crate::temporal::value::Modifier::Mid,
                inner: Box::new(deictic(0, Some(p))),
            },
            "mid-<part of day>",
        ),
    ))
}

// this <part of day>                   "this morning"
fn this_part(i: In) -> Res<(TimeExpr, &'static str)> {
    map(preceded((kw("this"), sp), word_in(PARTS_OF_DAY)), |p| {
        (deictic(0, Some(p)), "this <part of day>")
    })
    .parse(i)
}

// last night
fn last_night(i: In) -> Res<(TimeExpr, &'static str)> {
    value(
        (deictic(-1, Some(PartOfDay::Night)), "last night"),
        (kw("last"), sp, kw("night")),
    )
    .parse(i)
}

// last|next|this|coming <unit>          "last week", "this year"
fn unit_shift(i: In) -> Res<(TimeExpr, &'static str)> {
    let (rest, (shift, _, unit)) = (shift_word, sp, word_in(UNITS)).parse(i)?;
    // "past week" is a stretch of time, not a calendar week: leave it to durations;
    // "coming months" is vague.
    if i.starts_with("past") || i[..i.len() - rest.len()].ends_with('s') {
        return super::fail(i);
    }
    Ok((
        rest,
        (TimeExpr::UnitShift { shift, unit }, "last|next|this <unit>"),
    ))
}

// last|next|this <month>                "next march"
fn month_shift(i: In) -> Res<(TimeExpr, &'static str)> {
    let (rest, (shift, _, month)) = (shift_word, sp, month).parse(i)?;
    if shift == Shift::Last && i.starts_with("past") {
        return super::fail(i);
    }
    // "last Oct. 23" is the date "Oct. 23" (as TimeBank and AQUAINT mark it), which the
    // tagger places before the publish date by its cue word "last".
    if (sp, super::day_of_month, super::boundary)
        .parse(rest)
        .is_ok()
    {
        return super::fail(i);
    }
    Ok((
        rest,
        (
            TimeExpr::MonthShift { shift, month },
            "last|next|this <month>",
        ),
    ))
}

// <amount> <unit> [or so] ago            "two days ago", "a week or so ago"
fn ago(i: In) -> Res<(TimeExpr, &'static str)> {
    let (rest, (amount, unit, _, or_so, _)) = (
        opt(terminated(amount, sp)),
        word_in(UNITS),
        sp,
        opt((kw("or"), sp, kw("so"), sp)),
        kw("ago"),
    )
        .parse(i)?;
    // "days ago": an unstated number; "day ago" is not English.
    let amount = match amount {
        Some(a) => a,
        None if i.split(' ').next().is_some_and(|w| w.ends_with('s')) => Amount::Some,
        None => return super::fail(i),
    };
    let ago = TimeExpr::Ago { amount, unit };
    Ok((
        rest,
        match or_so {
            // "a week or so ago" (WSJ910225-0066): the same time, approximately.
            Some(_) => (
                TimeExpr::Modified {
                    modifier: Modifier::Approx,
                    inner: Box::new(ago),
                },
                "<amount> <unit> or so ago",
            ),
            None => (ago, "<amount> <unit> ago"),
        },
    ))
}

// now | currently | recently | current | recent | ...   (the words of VAGUE_WORDS)
// | the past | the future | the near future | the near term | these days
// | then current | then-current                        "the then current market price"
// | a later date|time                                   "at a later date"
// | [the] recent|coming|past <unit>s        "recent years", "the coming months"
fn vague(i: In) -> Res<(TimeExpr, &'static str)> {
    let region = |r: VagueRegion| match r {
        VagueRegion::Past => Vague::Past,
        VagueRegion::Present => Vague::Present,
        VagueRegion::Future => Vague::Future,
    };
    alt((
        // "in recent weeks and months", "the coming days or weeks": two units, so no one
        // length; the past or the future, as TimeBank tags it (wsj_0768, PAST_REF).
        map(
            (
                opt((kw("the"), sp)),
                alt((
                    value(Vague::Past, kw("recent")),
                    value(Vague::Past, kw("past")),
                    value(Vague::Future, kw("coming")),
                )),
                sp,
                plural_of_units,
                sp,
                alt((kw("and"), kw("or"))),
                sp,
                plural_of_units,
            ),
            |(_, region, _, _, _, _, _, _)| {
                (
                    TimeExpr::Vague(region),
                    "recent|coming|past <unit>s and|or <unit>s",
                )
            },
        ),
        // "in recent years", "in the coming weeks", "in past years": a stretch of unstated
        // length that ends (or starts) now, as TimeBank annotates them: DURATION PXY, PXW.
        map(
            (
                opt((kw("the"), sp)),
                alt((kw("recent"), kw("coming"), kw("past"))),
                sp,
                plural_of_units,
            ),
            |(_, _, _, unit)| {
                (
                    TimeExpr::length(Amount::Some, unit),
                    "recent|coming|past <unit>s",
                )
            },
        ),
        // "over the years", "in the early years", "In the years that followed": a stretch of
        // years of unstated length (3 of 3 tagged PXY in the two sets), unless a year or an
        // event says which ("the years 1990 to 1995", "the years before the war").
        map(
            (
                kw("the"),
                sp,
                opt((kw("early"), sp)),
                kw("years"),
                nom::combinator::not(nom::combinator::peek((
                    sp,
                    alt((
                        value((), nom::character::complete::digit1),
                        value((), kw("before")),
                        value((), kw("after")),
                        value((), kw("ago")),
                        value((), kw("earlier")),
                        value((), kw("later")),
                        value((), kw("since")),
                    )),
                ))),
            ),
            |_| {
                (
                    TimeExpr::length(Amount::Some, crate::temporal::lexicon::Unit::Year),
                    "the [early] years",
                )
            },
        ),
        // "in the weeks ahead", "the months ahead": as "the coming weeks" (TimeBank PXW).
        map(
            (kw("the"), sp, plural_of_units, sp, kw("ahead")),
            |(_, _, unit, _, _)| (TimeExpr::length(Amount::Some, unit), "the <unit>s ahead"),
        ),
        map(
            (opt((kw("the"), sp)), kw("future"), sp, plural_of_units),
            |_| (TimeExpr::Vague(Vague::Future), "future <unit>s"),
        ),
        // "the then current market price": what was current at a past time the text talks
        // about, not now (TimeBank wsj_0924 tags "then current" PAST_REF).
        value(
            (TimeExpr::Vague(Vague::Past), "then current"),
            (kw("then"), alt((sp, tag("-"))), kw("current")),
        ),
        map(word_in(VAGUE_WORDS), move |r| {
            (TimeExpr::Vague(region(r)), "now|currently|recently|...")
        }),
        value(
            (TimeExpr::Vague(Vague::Present), "these days"),
            (kw("these"), sp, kw("days")),
        ),
        // "at a later date" (wsj_0981): some time after the publish date, unstated.
        value(
            (TimeExpr::Vague(Vague::Future), "a later date|time"),
            (kw("a"), sp, kw("later"), sp, alt((kw("date"), kw("time")))),
        ),
        value(
            (TimeExpr::Vague(Vague::Past), "the past"),
            (kw("the"), sp, kw("past")),
        ),
        value(
            (TimeExpr::Vague(Vague::Future), "the [near] future"),
            (
                kw("the"),
                sp,
                opt((alt((kw("near"), kw("foreseeable"), kw("distant"))), sp)),
                kw("future"),
            ),
        ),
        value(
            (TimeExpr::Vague(Vague::Future), "the near|short term"),
            (
                kw("the"),
                sp,
                alt((kw("near"), kw("short"))),
                sp,
                kw("term"),
            ),
        ),
    ))
    .parse(i)
}

/// A plural unit word: "years", "weeks".
fn plural_of_units(i: In) -> Res<crate::temporal::lexicon::Unit> {
    let (rest, w) = super::alpha1(i)?;
    match lookup(UNITS, w) {
        Some(u) if w.ends_with('s') => Ok((rest, u)),
        _ => super::fail(i),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::temporal::lexicon::Unit;

    #[test]
    fn deictic_phrases() {
        assert_eq!(
            parse("yesterday afternoon").unwrap().1 .0,
            deictic(-1, Some(PartOfDay::Afternoon))
        );
        assert_eq!(
            parse("last week").unwrap().1 .0,
            TimeExpr::UnitShift {
                shift: Shift::Last,
                unit: Unit::Week
            }
        );
        assert_eq!(
            parse("two days ago").unwrap().1 .0,
            TimeExpr::Ago {
                amount: Amount::Exact(2),
                unit: Unit::Day
            }
        );
        assert_eq!(
            parse("next march").unwrap().1 .0,
            TimeExpr::MonthShift {
                shift: Shift::Next,
                month: 3
            }
        );
        assert!(parse("nowhere").is_err());
    }
}
