//! Absolute and partial calendar dates.

use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::character::complete::char;
use nom::combinator::{map, opt};
use nom::sequence::preceded;
use nom::Parser;

use super::{day_of_month, kw, month, sp, year, In, Res};
use crate::temporal::expr::TimeExpr;

pub(super) fn parse(i: In) -> Res<(TimeExpr, &'static str)> {
    alt((
        month_day_year,
        day_month_year,
        month_year,
        decade,
        bare_year,
        bare_month,
    ))
    .parse(i)
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

// the <decade>s                          "the 1990s", "the 1990's"
fn decade(i: In) -> Res<(TimeExpr, &'static str)> {
    let (rest, (_, _, y, _)) = (
        kw("the"),
        sp,
        nom::character::complete::digit1,
        alt((tag("'s"), tag("s"))),
    )
        .parse(i)?;
    match y.parse::<i32>() {
        Ok(n) if y.len() == 4 && n % 10 == 0 && (1000..=2990).contains(&n) => {
            Ok((rest, (TimeExpr::Decade { start: n }, "the <decade>s")))
        }
        _ => super::fail(i),
    }
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
