//! Times of day: "3 p.m.", "3:30 a.m. local time", "noon", "4 p.m. EST", "10 p.m. Wednesday".

use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::character::complete::{char, digit1};
use nom::combinator::{opt, value};
use nom::sequence::preceded;
use nom::Parser;

use super::Starts;
use super::{boundary, kw, sp, word_in, In, Res};
use crate::temporal::expr::TimeExpr;
use crate::temporal::lexicon::ZONES;

/// A clock time's digits, or "noon", "midday", "midnight".
pub(super) const STARTS: Starts = Starts {
    digit: true,
    words: &["noon", "midday", "midnight"],
    tables: &[],
    after_number: &["a.m.", "a.m", "am", "p.m.", "p.m", "pm", "in"],
    after_number_tables: &[],
    after_the: None,
    after_article: None,
    after_number_word: None,
};

pub(super) fn parse(i: In) -> Res<(TimeExpr, &'static str)> {
    let (rest, ((hour, minute), rule)) = alt((clock, hour_in_part, named)).parse(i)?;
    let (rest, zone) = opt(preceded(sp, zone)).parse(rest)?;
    // "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST, Nov. 9", "9 a.m. on Tuesday"
    if let Ok((after, day)) = preceded((opt(char(',')), sp, opt((kw("on"), sp))), day).parse(rest) {
        return Ok((
            after,
            (
                TimeExpr::TimeOn {
                    hour,
                    minute,
                    zone,
                    day: Box::new(day),
                },
                "<time of day> [<zone>] <day>",
            ),
        ));
    }
    Ok((rest, (TimeExpr::TimeOfDay { hour, minute, zone }, rule)))
}

/// A day a time of day can be placed on: a weekday, a dated day, today, yesterday, tomorrow.
fn day(i: In) -> Res<TimeExpr> {
    let candidates = [
        super::weekday::parse(i),
        super::absolute::parse(i),
        super::relative::parse(i),
    ];
    candidates
        .into_iter()
        .flatten()
        .filter(|(_, (e, _))| {
            matches!(
                e,
                TimeExpr::Weekday { part: None, .. }
                    | TimeExpr::Calendar { day: Some(_), .. }
                    | TimeExpr::Deictic { part: None, .. }
            )
        })
        .min_by_key(|(rest, _)| rest.len())
        .map(|(rest, (e, _))| (rest, e))
        .ok_or_else(|| nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Alt)))
}

// <zone> | local time                       "EST", "local time"
fn zone(i: In) -> Res<&'static str> {
    alt((
        value("LOCAL", (kw("local"), sp, kw("time"))),
        super::terminated_word(word_in(ZONES)),
    ))
    .parse(i)
}

// <hour>[:<minute>] a.m.|p.m.              "3 p.m.", "3:30 a.m."
fn clock(i: In) -> Res<((u32, u32), &'static str)> {
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
    Ok((
        rest,
        (
            (clock_hour(hour, pm), minute),
            "<hour>[:<minute>] a.m.|p.m.",
        ),
    ))
}

// <hour> in the morning|afternoon|evening   "4 in the morning" (AQUAINT: 2000-04-06T04:00)
fn hour_in_part(i: In) -> Res<((u32, u32), &'static str)> {
    let (rest, (h, _, _, _, _, _, pm)) = (
        digit1,
        sp,
        kw("in"),
        sp,
        kw("the"),
        sp,
        alt((
            value(false, kw("morning")),
            value(true, kw("afternoon")),
            value(true, kw("evening")),
        )),
    )
        .parse(i)?;
    let hour: u32 = h.parse().unwrap_or(99);
    if !(1..=12).contains(&hour) {
        return super::fail(i);
    }
    Ok((
        rest,
        (
            (clock_hour(hour, pm), 0),
            "<hour> in the morning|afternoon|evening",
        ),
    ))
}

/// A 12-hour clock's hour (1 to 12) on the 24-hour clock: "12 a.m." is 0, "12 p.m." 12.
fn clock_hour(hour: u32, pm: bool) -> u32 {
    match (hour, pm) {
        (12, false) => 0,
        (12, true) => 12,
        (h, true) => h + 12,
        (h, false) => h,
    }
}

// noon | midday | midnight
/// Midnight is the end of the day it is on ("expire at midnight Friday": the night between
/// Friday and Saturday), hour 24, as TimeBank writes it (wsj_0542, `1989-10-27T24`); "12 a.m."
/// stays the start of the day.
fn named(i: In) -> Res<((u32, u32), &'static str)> {
    alt((
        value(((12, 0), "noon"), alt((kw("noon"), kw("midday")))),
        value(((24, 0), "midnight"), kw("midnight")),
    ))
    .parse(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hm(s: &str) -> (u32, u32) {
        match parse(s).unwrap().1 .0 {
            TimeExpr::TimeOfDay { hour, minute, .. } | TimeExpr::TimeOn { hour, minute, .. } => {
                (hour, minute)
            }
            e => panic!("{e:?}"),
        }
    }

    #[test]
    fn clocks() {
        assert_eq!(hm("3 p.m. local"), (15, 0));
        assert_eq!(hm("3:30 a.m."), (3, 30));
        assert_eq!(hm("12 am"), (0, 0));
        assert!(parse("13 pm").is_err());
        assert!(parse("3 pmx").is_err());
        let (rest, (e, _)) = parse("5 p.m. est nov. 9 and").unwrap();
        assert_eq!(rest, " and");
        assert!(matches!(
            e,
            TimeExpr::TimeOn {
                zone: Some("EST"),
                ..
            }
        ));
    }
}
