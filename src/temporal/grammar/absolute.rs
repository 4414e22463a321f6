//! Absolute and partial calendar dates.

use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::character::complete::char;
use nom::combinator::{map, opt};
use nom::sequence::preceded;

use nom::Parser;

use super::weekday::shift_word;
use super::{boundary, day_of_month, kw, month, sp, word_in, year, In, Res};
use super::{Follow, Starts, Table};
use crate::temporal::expr::TimeExpr;
use crate::temporal::lexicon;

/// Digits (dates, years, decades, "10 b.c."), "the", "a.d.", month and weekday names, day
/// ordinals, year and decade words.
pub(super) const STARTS: Starts = Starts {
    digit: true,
    words: &[
        "a.d.", "ad", "the", "twenty", "thirty", "nineteen", "eighteen", "two",
    ],
    tables: &[
        Table::Weekdays,
        Table::WeekdayAbbreviations,
        Table::Months,
        Table::OrdinalWords,
        Table::DecadeWords,
    ],
    after_number: &[
        "b.c.e.", "b.c.", "bce", "bc", "a.d.", "ad", "c.e.", "ce", "of",
    ],
    after_number_tables: &[Table::Months],
    after_the: Some(Follow {
        // the <day> of <month>, the year <year>, the <decade in words>
        words: &["year", "twenty", "thirty"],
        tables: &[Table::OrdinalWords, Table::DecadeWords],
    }),
    after_article: Some(Follow {
        // Only "a.d." opens with "a", joined to its full stop.
        words: &[],
        tables: &[],
    }),
    after_number_word: Some(Follow {
        // twenty first, nineteen ninety, two thousand
        words: &["thousand"],
        tables: &[Table::NumberWords, Table::OrdinalWords],
    }),
};

pub(super) fn parse(i: In) -> Res<(TimeExpr, &'static str)> {
    alt((
        era_year,
        weekday_date,
        the_year_n,
        the_day_of_month,
        month_in_shifted_year,
        month_day_year,
        day_month_year,
        month_year,
        iso_date,
        slashed_date,
        decade,
        bare_year,
        bare_month,
    ))
    .parse(i)
}

// <number> bc|b.c.|bce | <number> ad|a.d. | ad|a.d. <number>     "493 bc", "ad 70"
fn era_year(i: In) -> Res<(TimeExpr, &'static str)> {
    let number = |i| -> Res<u32> {
        let (rest, d) = nom::character::complete::digit1(i)?;
        match d.parse::<u32>() {
            Ok(n) if (1..=9999).contains(&n) && d.len() <= 4 => Ok((rest, n)),
            _ => super::fail(i),
        }
    };
    let bc = alt((tag("b.c.e."), tag("b.c."), tag("bce"), tag("bc")));
    let ad = alt((tag("a.d."), tag("ad"), tag("c.e."), tag("ce")));
    if let Ok((rest, (y, _, _))) = (number, sp, bc).parse(i) {
        let (rest, _) = boundary(rest)?;
        return Ok((rest, (TimeExpr::BcYear { year: y }, "<year> BC")));
    }
    let (rest, y) = alt((
        nom::sequence::terminated(number, (sp, ad)),
        preceded((alt((tag("a.d."), tag("ad"))), sp), number),
    ))
    .parse(i)?;
    let (rest, _) = boundary(rest)?;
    Ok((rest, (date(Some(y as i32), None, None), "<year> AD")))
}

// the <day> of <month> [<year>]            "the third of november", "the 20th of october, 2019"
fn the_day_of_month(i: In) -> Res<(TimeExpr, &'static str)> {
    let (rest, (_, _, d, _, _, _, m)) =
        (kw("the"), sp, day_of_month, sp, kw("of"), sp, month).parse(i)?;
    let (rest, y) = opt(preceded((opt(char(',')), sp), year)).parse(rest)?;
    Ok((
        rest,
        (date(y, Some(m), Some(d)), "the <day> of <month> [<year>]"),
    ))
}

// the year <year>                          "the year two thousand", "the year 2000"
fn the_year_n(i: In) -> Res<(TimeExpr, &'static str)> {
    let (rest, (_, _, _, _, y)) = (kw("the"), sp, kw("year"), sp, year).parse(i)?;
    Ok((rest, (date(Some(y), None, None), "the year <year>")))
}

// <weekday>, <month> <day>[, <year>]   "saturday, april 25", "monday, oct. 26, 1998"
fn weekday_date(i: In) -> Res<(TimeExpr, &'static str)> {
    let (rest, (_, _, _, (e, _))) = (
        super::weekday::weekday_name,
        opt(char(',')),
        sp,
        alt((month_day_year, day_month_year)),
    )
        .parse(i)?;
    Ok((rest, (e, "<weekday>, <month> <day>[, <year>]")))
}

// <month> [<day>] last|this|next year       "june last year", "january this year"
fn month_in_shifted_year(i: In) -> Res<(TimeExpr, &'static str)> {
    let (rest, (m, d, _, _, shift, _, _)) = (
        month,
        opt(preceded(sp, day_of_month)),
        sp,
        opt((kw("of"), sp)),
        shift_word,
        sp,
        kw("year"),
    )
        .parse(i)?;
    Ok((
        rest,
        (
            TimeExpr::InShiftedYear {
                month: m,
                day: d,
                shift,
            },
            "<month> [<day>] last|this|next year",
        ),
    ))
}

fn digits(n: usize) -> impl Fn(In) -> Res<u32> {
    move |i: In| {
        let (rest, d) = nom::character::complete::digit1(i)?;
        match d.parse::<u32>() {
            Ok(v) if d.len() == n || (n == 2 && d.len() == 1) => Ok((rest, v)),
            _ => super::fail(i),
        }
    }
}

// <yyyy>-<mm>-<dd>                        "2019-11-10"
fn iso_date(i: In) -> Res<(TimeExpr, &'static str)> {
    let (rest, (y, _, m, _, d)) =
        (digits(4), char('-'), digits(2), char('-'), digits(2)).parse(i)?;
    let (rest, _) = boundary(rest)?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return super::fail(i);
    }
    Ok((
        rest,
        (date(Some(y as i32), Some(m), Some(d)), "<yyyy>-<mm>-<dd>"),
    ))
}

// <mm>/<dd>/<yyyy>, month first as in US news; day first when the first number exceeds 12
//                                         "11/10/2019", "25/12/2019"
fn slashed_date(i: In) -> Res<(TimeExpr, &'static str)> {
    let (rest, (a, _, b, _, y)) = (
        digits(2),
        char('/'),
        digits(2),
        char('/'),
        alt((digits(4), digits(2))),
    )
        .parse(i)?;
    let (rest, _) = boundary(rest)?;
    if rest.starts_with('/') {
        return super::fail(i);
    }
    let y = if y < 100 {
        // Two-digit years: 70–99 are the 1900s, the rest the 2000s.
        if y >= 70 {
            1900 + y
        } else {
            2000 + y
        }
    } else {
        y
    };
    let (m, d, rule) = if a > 12 {
        (
            b,
            a,
            "<dd>/<mm>/<yyyy> (day first: the first number exceeds 12)",
        )
    } else {
        (a, b, "<mm>/<dd>/<yyyy> (month first)")
    };
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return super::fail(i);
    }
    Ok((rest, (date(Some(y as i32), Some(m), Some(d)), rule)))
}

fn date(year: Option<i32>, month: Option<u32>, day: Option<u32>) -> TimeExpr {
    TimeExpr::Calendar { year, month, day }
}

// <month> <day>[,] [<year>]            "november 10, 2019", "nov. 10", "october 20"
fn month_day_year(i: In) -> Res<(TimeExpr, &'static str)> {
    let (rest, (m, _, d)) = (month, sp, day_of_month).parse(i)?;
    let (rest, y) = opt(preceded((opt(char(',')), sp), year)).parse(rest)?;
    Ok(match y {
        Some(y) => (
            rest,
            (date(Some(y), Some(m), Some(d)), "<month> <day>, <year>"),
        ),
        None => (rest, (date(None, Some(m), Some(d)), "<month> <day>")),
    })
}

// <day> [of] <month>[,] [<year>]       "10 november 2019", "10th of november"
fn day_month_year(i: In) -> Res<(TimeExpr, &'static str)> {
    let (rest, (d, _, _, m)) = (day_of_month, sp, opt((kw("of"), sp)), month).parse(i)?;
    let (rest, y) = opt(preceded((opt(char(',')), sp), year)).parse(rest)?;
    Ok(match y {
        Some(y) => (
            rest,
            (date(Some(y), Some(m), Some(d)), "<day> <month> <year>"),
        ),
        None => (rest, (date(None, Some(m), Some(d)), "<day> <month>")),
    })
}

// <month> [of] <year>                   "november 2019", "nov. of 2019"
fn month_year(i: In) -> Res<(TimeExpr, &'static str)> {
    let (rest, (m, _, _, y)) = (month, sp, opt((kw("of"), sp)), year).parse(i)?;
    Ok((rest, (date(Some(y), Some(m), None), "<month> <year>")))
}

// [the] <decade>s | [the] '<yy>s | the <tens word>    "the 1990s", "1990s", "the '80s", "the nineties"
fn decade(i: In) -> Res<(TimeExpr, &'static str)> {
    let (rest, the) = opt((kw("the"), sp)).parse(i)?;
    let full = |i| -> Res<i32> {
        let (rest, (y, _)) =
            (nom::character::complete::digit1, alt((tag("'s"), tag("s")))).parse(i)?;
        let (rest, _) = boundary(rest)?;
        match y.parse::<i32>() {
            Ok(n) if y.len() == 4 && n % 10 == 0 && (1000..=2990).contains(&n) => Ok((rest, n)),
            _ => super::fail(i),
        }
    };
    let short = |i| -> Res<i32> {
        let (rest, (_, y, _)) = (
            alt((tag("'"), tag("\u{2019}"))),
            nom::character::complete::digit1,
            tag("s"),
        )
            .parse(i)?;
        let (rest, _) = boundary(rest)?;
        match y.parse::<i32>() {
            // '20s–'90s are the 1900s (news rarely means the 2020s this way before 2020).
            Ok(n) if y.len() == 2 && n % 10 == 0 && n >= 20 => Ok((rest, 1900 + n)),
            _ => super::fail(i),
        }
    };
    let words = |i| -> Res<i32> { word_in(lexicon::DECADE_WORDS)(i) };
    if the.is_none() {
        if let Ok((rest, start)) = words(rest) {
            return Ok((rest, (TimeExpr::Decade { start }, "<decade in words>")));
        }
    }
    let (rest, start) = alt((full, short, words)).parse(rest)?;
    Ok((rest, (TimeExpr::Decade { start }, "the <decade>s")))
}

// <year>                                 "2006" (the tagger checks it stands as a year)
fn bare_year(i: In) -> Res<(TimeExpr, &'static str)> {
    map(year, |y| (date(Some(y), None, None), "<year>")).parse(i)
}

// <month>                                "october" (the tagger checks the context)
fn bare_month(i: In) -> Res<(TimeExpr, &'static str)> {
    map(month, |m| (date(None, Some(m), None), "<month>")).parse(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> (TimeExpr, &'static str, usize) {
        let (rest, (e, r)) = parse(s).unwrap();
        (e, r, s.len() - rest.len())
    }

    #[test]
    fn dates() {
        assert_eq!(
            p("november 10, 2019."),
            (
                date(Some(2019), Some(11), Some(10)),
                "<month> <day>, <year>",
                17
            )
        );
        assert_eq!(
            p("nov. 10 said"),
            (date(None, Some(11), Some(10)), "<month> <day>", 7)
        );
        assert_eq!(
            p("10 november 2019"),
            (
                date(Some(2019), Some(11), Some(10)),
                "<day> <month> <year>",
                16
            )
        );
        assert_eq!(
            p("november 2019"),
            (date(Some(2019), Some(11), None), "<month> <year>", 13)
        );
        assert_eq!(
            p("the 1990s"),
            (TimeExpr::Decade { start: 1990 }, "the <decade>s", 9)
        );
        assert_eq!(p("2006,"), (date(Some(2006), None, None), "<year>", 4));
    }
}
