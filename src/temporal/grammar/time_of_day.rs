//! Times of day: "3 p.m.", "3:30 a.m.", "noon", "midnight".

use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::character::complete::{char, digit1};
use nom::combinator::{opt, value};
use nom::sequence::preceded;
use nom::Parser;

use super::{boundary, kw, In, Res};
use crate::temporal::expr::TimeExpr;

pub(super) fn parse(i: In) -> Res<(TimeExpr, &'static str)> {
    alt((clock, named)).parse(i)
}

// <hour>[:<minute>] a.m.|p.m.              "3 p.m.", "3:30 a.m."
fn clock(i: In) -> Res<(TimeExpr, &'static str)> {
    let (rest, (h, m, _, pm)) = (
        digit1,
        opt(preceded(char(':'), digit1)),
        opt(char(' ')),
        alt((
            value(false, alt((tag("a.m."), tag("a.m"), tag("am")))),
            value(true, alt((tag("p.m."), tag("p.m"), tag("pm")))),
        )),
    )
        .parse(i)?;
    let (rest, _) = boundary(rest)?;
    let hour: u32 = h.parse().unwrap_or(99);
    let minute: u32 = m.map_or(Some(0), |m| m.parse().ok()).unwrap_or(99);
    if !(1..=12).contains(&hour) || minute > 59 || m.is_some_and(|m| m.len() != 2) {
        return super::fail(i);
    }
    let hour = match (hour, pm) {
        (12, false) => 0,
        (12, true) => 12,
        (h, true) => h + 12,
        (h, false) => h,
    };
    Ok((
        rest,
        (
            TimeExpr::TimeOfDay { hour, minute },
            "<hour>[:<minute>] a.m.|p.m.",
        ),
    ))
}

// noon | midnight
fn named(i: In) -> Res<(TimeExpr, &'static str)> {
    alt((
        value(
            (
                TimeExpr::TimeOfDay {
                    hour: 12,
                    minute: 0,
                },
                "noon",
            ),
            kw("noon"),
        ),
        value(
            (TimeExpr::TimeOfDay { hour: 0, minute: 0 }, "midnight"),
            kw("midnight"),
        ),
    ))
    .parse(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clocks() {
        assert_eq!(
            parse("3 p.m. local").unwrap().1 .0,
            TimeExpr::TimeOfDay {
                hour: 15,
                minute: 0
            }
        );
        assert_eq!(
            parse("3:30 a.m.").unwrap().1 .0,
            TimeExpr::TimeOfDay {
                hour: 3,
                minute: 30
            }
        );
        assert_eq!(
            parse("12 am").unwrap().1 .0,
            TimeExpr::TimeOfDay { hour: 0, minute: 0 }
        );
        assert!(parse("13 pm").is_err());
        assert!(parse("3 pmx").is_err());
    }
}
