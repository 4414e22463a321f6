//! Parts of years and other calendar periods: quarters, halves, seasons, centuries, fiscal
//! years, "the year", "year-earlier".

use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::character::complete::{char, digit1};
use nom::combinator::{map, opt, peek, value};
use nom::sequence::{preceded, terminated};
use nom::Parser;

use super::weekday::shift_word;
use super::{boundary, kw, sp, word_in, year, In, Res};
use super::{Follow, Starts, Table};
use crate::temporal::expr::{Amount, Shift, TimeExpr, YearPart};
use crate::temporal::lexicon::{Unit, HOLIDAYS, ORDINAL_WORDS, PART_ORDINALS, SEASONS};

/// Shift words, determiners, year words, ordinals, seasons, holidays, "fiscal", "year".
pub(super) const STARTS: Starts = Starts {
    digit: true,
    words: &[
        "last",
        "past",
        "next",
        "coming",
        "this",
        "the",
        "its",
        "their",
        "comparable",
        "corresponding",
        "year",
        "fiscal",
        "first",
        "second",
        "latter",
        "twenty",
        "thirty",
        "nineteen",
        "eighteen",
        "two",
    ],
    tables: &[
        Table::PartOrdinals,
        Table::Seasons,
        Table::OrdinalWords,
        Table::Holidays,
    ],
    after_number: &[],
    after_number_tables: &[],
    after_the: Some(Follow {
        // the [<year>] [fiscal] <ordinal> quarter, the first|last half, the <season>,
        // the <ordinal> century, the [fiscal] year ended, the latest|current <unit>,
        // the <year> period, the year-ago period, the fourth of july
        words: &[
            "nineteen",
            "eighteen",
            "twenty",
            "thirty",
            "two",
            "fiscal",
            "first",
            "second",
            "latter",
            "last",
            "year",
            "latest",
            "same",
            "current",
            "full",
            "calendar",
            "quarter",
            "period",
            "week",
            "weekend",
            "month",
            "comparable",
            "corresponding",
            "fourth",
        ],
        tables: &[Table::PartOrdinals, Table::Seasons, Table::OrdinalWords],
    }),
    after_article: None,
    after_number_word: Some(Follow {
        // [the] twenty first century, nineteen ninety third quarter, two thousand
        words: &["thousand"],
        tables: &[Table::NumberWords, Table::OrdinalWords],
    }),
};

pub(super) fn parse(i: In) -> Res<(TimeExpr, &'static str)> {
    alt((
        holiday,
        week_of,
        year_ago_period,
        same_period_in,
        quarter,
        half,
        season,
        century,
        fiscal_year,
        year_ended,
        the_unit,
        year_end,
    ))
    .parse(i)
}

// year-end | year end | year's end        "by year-end" (the tagger asks for a preposition)
/// The end of the publish date's year, with `mod` END as "the end of the year":
/// TimeBank tags "year-end" after a preposition 5 times out of 5 ("by year-end", "since
/// year-end", "around year end"), and leaves the adjective ("year-end net") untagged.
fn year_end(i: In) -> Res<(TimeExpr, &'static str)> {
    let (rest, _) = (
        kw("year"),
        alt((tag("-"), sp, (tag("'s"), sp).map(|_| ""))),
        kw("end"),
    )
        .parse(i)?;
    Ok((
        rest,
        (
            TimeExpr::Modified {
                modifier: crate::temporal::value::Modifier::End,
                inner: Box::new(TimeExpr::UnitShift {
                    shift: Shift::This,
                    unit: Unit::Year,
                }),
            },
            "year-end",
        ),
    ))
}

/// "this year's", "last year's", "next year's": the year of a part, from the publish date.
fn years_possessive(i: In) -> Res<Shift> {
    terminated(shift_word, (sp, kw("year"), tag("'s"), sp)).parse(i)
}

/// A quarter number: "third", "3rd", "fiscal third", "fiscal-first".
fn part_ordinal(i: In) -> Res<u32> {
    let (rest, _) = opt(terminated(kw("fiscal"), alt((sp, tag("-"))))).parse(i)?;
    word_or_suffixed(rest)
}

fn word_or_suffixed(i: In) -> Res<u32> {
    let (rest, w) = nom::character::complete::alphanumeric1(i)?;
    match super::lexicon::lookup(PART_ORDINALS, w) {
        Some(n) => Ok((rest, n)),
        None => super::fail(i),
    }
}

/// "quarter" joined by a space or a hyphen: "third quarter", "third-quarter".
fn joined<'a>(
    word: &'static str,
) -> impl Parser<In<'a>, Output = (), Error = nom::error::Error<In<'a>>> {
    value((), (alt((sp, tag("-"))), kw(word)))
}

// [the|its|<shift> year's] [<year>] [fiscal] <ordinal>(-| )quarter [of|, [fiscal] <year>]
//                                   "the third quarter", "third-quarter", "the 1988 second quarter"
fn quarter(i: In) -> Res<(TimeExpr, &'static str)> {
    let (rest, (shift, y1, _, q, _)) = (
        alt((
            map(years_possessive, Some),
            value(None, opt((alt((kw("the"), kw("its"), kw("their"))), sp))),
        )),
        opt(terminated(year, sp)),
        opt((kw("fiscal"), sp)),
        part_ordinal,
        joined("quarter"),
    )
        .parse(i)?;
    if !(1..=4).contains(&q) {
        return super::fail(i);
    }
    let (rest, y2) = of_year(rest)?;
    let year = y1.or(y2);
    Ok((
        rest,
        (
            TimeExpr::PartOfYear {
                year,
                shift: shift.unwrap_or(Shift::Implicit),
                part: YearPart::Quarter(q),
            },
            "<ordinal> quarter [of <year>]",
        ),
    ))
}

/// An optional "of 1998", ", 1998", "of fiscal 1998", " 1998".
fn of_year(i: In) -> Res<Option<i32>> {
    opt(preceded(
        (
            alt((preceded(opt(char(',')), sp), tag("-"))),
            opt((kw("of"), sp)),
            opt((kw("fiscal"), sp)),
        ),
        year,
    ))
    .parse(i)
}

// the first|second|latter|last half [of <year>]     "the first half of 1998", "the last half of 1989"
fn half(i: In) -> Res<(TimeExpr, &'static str)> {
    let (rest, (shift, _, h, _)) = (
        alt((
            map(years_possessive, Some),
            value(None, (alt((kw("the"), kw("its"))), sp)),
        )),
        opt((kw("fiscal"), sp)),
        alt((
            value(1, kw("first")),
            value(2, kw("second")),
            value(2, kw("latter")),
            value(2, kw("last")),
        )),
        // "the first two quarters of 1990" (TimeBank wsj_1003: 1990-H1)
        alt((
            value((), joined("half")),
            value((), (sp, kw("two"), sp, kw("quarters"))),
        )),
    )
        .parse(i)?;
    let (rest, year) = of_year(rest)?;
    Ok((
        rest,
        (
            TimeExpr::PartOfYear {
                year,
                shift: shift.unwrap_or(Shift::Implicit),
                part: YearPart::Half(h),
            },
            "the first|second|last half [of <year>]",
        ),
    ))
}

// [last|this|next|this past|the] <season> [of] [<year>]     "last fall", "spring 2020"
fn season(i: In) -> Res<(TimeExpr, &'static str)> {
    let (rest, (lead, s)) = (
        opt(terminated(
            alt((
                value(Shift::Last, (kw("this"), sp, kw("past"))),
                shift_word,
                value(Shift::Implicit, kw("the")),
            )),
            sp,
        )),
        word_in(SEASONS),
    )
        .parse(i)?;
    let (rest, year) = of_year(rest)?;
    let rule = match (lead, year) {
        (None, None) => "<season>",
        (_, Some(_)) => "<season> [of] <year>",
        (Some(Shift::Implicit), None) => "the <season>",
        (Some(_), None) => "last|this|next <season>",
    };
    Ok((
        rest,
        (
            TimeExpr::PartOfYear {
                year,
                shift: lead.unwrap_or(Shift::Implicit),
                part: YearPart::Season(s),
            },
            rule,
        ),
    ))
}

// [the] <ordinal> century                "the 19th century", "the twentieth century"
fn century(i: In) -> Res<(TimeExpr, &'static str)> {
    let suffixed = |i| -> Res<u32> {
        let (rest, (d, _)) =
            (digit1, alt((tag("st"), tag("nd"), tag("rd"), tag("th")))).parse(i)?;
        let (rest, _) = boundary(rest)?;
        match d.parse::<u32>() {
            Ok(n) if (1..=30).contains(&n) => Ok((rest, n)),
            _ => super::fail(i),
        }
    };
    let ordinal_word = |i| -> Res<u32> {
        let (rest, (tens, unit)) = (
            opt(terminated(
                alt((value(20, kw("twenty")), value(30, kw("thirty")))),
                alt((tag("-"), tag(" "))),
            )),
            word_in(ORDINAL_WORDS),
        )
            .parse(i)?;
        Ok((rest, tens.unwrap_or(0) + unit))
    };
    let (rest, (_, n, _, _)) = (
        opt((kw("the"), sp)),
        alt((suffixed, ordinal_word)),
        sp,
        kw("century"),
    )
        .parse(i)?;
    Ok((
        rest,
        (
            TimeExpr::Century { ordinal: n as i32 },
            "the <ordinal> century",
        ),
    ))
}

// fiscal <year>                           "fiscal 1998"
fn fiscal_year(i: In) -> Res<(TimeExpr, &'static str)> {
    let (rest, (_, _, y)) = (kw("fiscal"), alt((sp, tag("-"))), year).parse(i)?;
    Ok((
        rest,
        (
            TimeExpr::Calendar {
                year: Some(y),
                month: None,
                day: None,
            },
            "fiscal <year>",
        ),
    ))
}

// the [fiscal] year (ended|ending)                  "the year [ended March 31]"
/// A reporting year named by its last day: twelve months ending on a date that need not
/// close a calendar year, so a length, not `1989` (TimeBank annotates it `P1Y` six times
/// out of seven). The date after "ended" is a phrase of its own. "The quarter ended Sept.
/// 30" stays a quarter: its end names it.
fn year_ended(i: In) -> Res<(TimeExpr, &'static str)> {
    let (rest, (_, _, _, unit, _)) = (
        kw("the"),
        sp,
        opt((kw("fiscal"), sp)),
        value(Unit::Year, kw("year")),
        peek((sp, alt((kw("ended"), kw("ending"))))),
    )
        .parse(i)?;
    Ok((
        rest,
        (
            TimeExpr::length(Amount::Exact(1), unit),
            "the [fiscal] year ended|ending <date>",
        ),
    ))
}

// the [latest|full|fiscal] year|quarter|week|weekend | the current [fiscal] <unit>
fn the_unit(i: In) -> Res<(TimeExpr, &'static str)> {
    let (rest, (_, _, current, _, unit)) = (
        kw("the"),
        sp,
        opt(terminated(
            alt((
                value(false, kw("latest")),
                value(false, kw("same")),
                value(true, kw("current")),
                value(false, kw("full")),
                value(false, kw("fiscal")),
                value(false, kw("calendar")),
            )),
            sp,
        )),
        opt((kw("fiscal"), sp)),
        alt((
            value(Unit::Year, kw("year")),
            value(Unit::Quarter, kw("quarter")),
            // "the latest period", "the same period": the reporting period, a quarter.
            value(Unit::Quarter, kw("period")),
            value(Unit::Week, kw("week")),
            value(Unit::Weekend, kw("weekend")),
            // "by the end of the month" (the one gold "the month", TimeBank).
            value(Unit::Month, kw("month")),
        )),
    )
        .parse(i)?;
    if i[..i.len() - rest.len()].ends_with("period")
        && !i.starts_with("the latest")
        && !i.starts_with("the same")
    {
        return super::fail(i);
    }
    if current == Some(true) {
        return Ok((
            rest,
            (
                TimeExpr::UnitShift {
                    shift: Shift::This,
                    unit,
                },
                "the current <unit>",
            ),
        ));
    }
    Ok((rest, (TimeExpr::TheUnit { unit }, "the [latest] <unit>")))
}

// [last|this|next] <holiday> [<year>]       "thanksgiving", "christmas eve 1999", "last easter"
fn holiday(i: In) -> Res<(TimeExpr, &'static str)> {
    let (rest, shift) = opt(terminated(shift_word, sp)).parse(i)?;
    let (rest, h) = HOLIDAYS
        .iter()
        .find_map(|&(name, h)| {
            let after = rest.strip_prefix(name)?;
            boundary(after).ok().map(|(after, _)| (after, h))
        })
        .ok_or_else(|| nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Tag)))?;
    let (rest, year) = opt(preceded((opt(char(',')), sp), year)).parse(rest)?;
    let day = TimeExpr::Holiday {
        holiday: h,
        year,
        shift: shift.unwrap_or(Shift::Implicit),
    };
    // "Easter week" (AQUAINT APW20000417.0031: 2000-W16): the week that holds the day.
    if let Ok((after, _)) = preceded(sp, kw("week")).parse(rest) {
        return Ok((
            after,
            (TimeExpr::WeekOf { day: Box::new(day) }, "<holiday> week"),
        ));
    }
    Ok((rest, (day, "[last|next] <holiday> [<year>]")))
}

// the week of <month> <day>                 "the week of March 6"
/// The week that holds a day (AQUAINT NYT20000224.0173: "a court hearing the week of March
/// 6", 2000-W10).
fn week_of(i: In) -> Res<(TimeExpr, &'static str)> {
    let (rest, _) = (kw("the"), sp, kw("week"), sp, kw("of"), sp).parse(i)?;
    let (rest, (day, _)) = super::absolute::parse(rest)?;
    if !matches!(
        day,
        TimeExpr::Calendar {
            month: Some(_),
            day: Some(_),
            ..
        }
    ) {
        return super::fail(i);
    }
    Ok((
        rest,
        (TimeExpr::WeekOf { day: Box::new(day) }, "the week of <day>"),
    ))
}

// the <year> period|quarter                "the 1988 period", "the 1988 quarter"
fn same_period_in(i: In) -> Res<(TimeExpr, &'static str)> {
    let (rest, (_, _, y, _, quarter)) = (
        kw("the"),
        sp,
        year,
        sp,
        alt((value(false, kw("period")), value(true, kw("quarter")))),
    )
        .parse(i)?;
    Ok((
        rest,
        (
            TimeExpr::SamePeriodIn { year: y, quarter },
            "the <year> period",
        ),
    ))
}

// [the] [comparable] year-earlier|year-ago [<ordinal> quarter|quarter|period]
// the [comparable|corresponding|same] quarter|period a year ago|a year earlier|last year
// last year's quarter|period
fn year_ago_period(i: In) -> Res<(TimeExpr, &'static str)> {
    alt((year_ago_before, period_a_year_ago, last_years_period)).parse(i)
}

/// "the quarter a year ago", "the corresponding period last year" (TimeBank: 1988-Q3 in a
/// story of 1989's third quarter): the period talked about, a year before, as
/// "the year-ago quarter".
fn period_a_year_ago(i: In) -> Res<(TimeExpr, &'static str)> {
    let (rest, (_, _, _, quarter, _, _)) = (
        kw("the"),
        sp,
        opt((alt((kw("comparable"), kw("corresponding"), kw("same"))), sp)),
        alt((value(true, kw("quarter")), value(false, kw("period")))),
        sp,
        alt((
            value(
                (),
                (kw("a"), sp, kw("year"), sp, alt((kw("ago"), kw("earlier")))),
            ),
            value((), (kw("last"), sp, kw("year"))),
        )),
    )
        .parse(i)?;
    Ok((
        rest,
        (
            TimeExpr::YearAgoPeriod { quarter },
            "the <period> a year ago|last year",
        ),
    ))
}

/// "last year's quarter": the period talked about, a year before ("last year's third
/// quarter" names its quarter and is a part of the year before).
fn last_years_period(i: In) -> Res<(TimeExpr, &'static str)> {
    let (rest, (_, _, _, _, quarter)) = (
        kw("last"),
        sp,
        tag("year's"),
        sp,
        alt((value(true, kw("quarter")), value(false, kw("period")))),
    )
        .parse(i)?;
    Ok((
        rest,
        (
            TimeExpr::YearAgoPeriod { quarter },
            "last year's quarter|period",
        ),
    ))
}

fn year_ago_before(i: In) -> Res<(TimeExpr, &'static str)> {
    let (rest, _) = (
        opt((kw("the"), sp)),
        opt((alt((kw("comparable"), kw("corresponding"))), sp)),
        kw("year"),
        alt((tag("-"), tag(" "))),
        alt((kw("earlier"), kw("ago"))),
    )
        .parse(i)?;
    let (rest, named) = opt(preceded(
        sp,
        alt((
            value(true, (part_ordinal, joined("quarter"))),
            value(true, kw("quarter")),
            value(false, kw("period")),
        )),
    ))
    .parse(rest)?;
    let quarter = named == Some(true);
    Ok((
        rest,
        (
            TimeExpr::YearAgoPeriod { quarter },
            "year-earlier|year-ago [period]",
        ),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::temporal::lexicon::Season;

    fn p(s: &str) -> (TimeExpr, &'static str, usize) {
        let (rest, (e, r)) = parse(s).unwrap();
        (e, r, s.len() - rest.len())
    }

    #[test]
    fn periods() {
        assert_eq!(
            p("third-quarter profit").0,
            TimeExpr::PartOfYear {
                year: None,
                shift: Shift::Implicit,
                part: YearPart::Quarter(3)
            }
        );
        assert_eq!(p("the 1988 second quarter").2, 23);
        assert_eq!(
            p("last fall").0,
            TimeExpr::PartOfYear {
                year: None,
                shift: Shift::Last,
                part: YearPart::Season(Season::Fall)
            }
        );
        assert_eq!(p("the 19th century").0, TimeExpr::Century { ordinal: 19 });
        assert_eq!(
            p("the year-ago quarter").0,
            TimeExpr::YearAgoPeriod { quarter: true }
        );
        assert_eq!(p("the first half of 1998").2, 22);
    }
}
