//! Weekdays, shifted or not, with a part of the day.

use nom::branch::alt;
use nom::combinator::{opt, value};
use nom::sequence::{preceded, terminated};
use nom::Parser;

use super::{kw, sp, word_in, In, Res};
use super::{Starts, Table};
use crate::temporal::expr::{Shift, TimeExpr};
use crate::temporal::lexicon::{PARTS_OF_DAY, WEEKDAYS, WEEKDAY_ABBREVIATIONS};

/// A weekday name, or an abbreviation with its full stop ("fri.", "tues.").
pub(super) fn weekday_name(i: In) -> Res<chrono::Weekday> {
    alt((
        word_in(WEEKDAYS),
        terminated(
            word_in(WEEKDAY_ABBREVIATIONS),
            nom::character::complete::char('.'),
        ),
    ))
    .parse(i)
}

/// "last", "next", "this", "coming", "past".
pub(super) fn shift_word(i: In) -> Res<Shift> {
    alt((
        value(Shift::Last, kw("last")),
        value(Shift::Last, kw("past")),
        value(Shift::Next, kw("next")),
        value(Shift::Next, kw("coming")),
        value(Shift::This, kw("this")),
    ))
    .parse(i)
}

/// A shift word or a weekday name.
pub(super) const STARTS: Starts = Starts {
    digit: false,
    words: &["this", "last", "past", "next", "coming"],
    tables: &[Table::Weekdays, Table::WeekdayAbbreviations],
    after_number: &[],
    after_number_tables: &[],
    after_the: None,
    after_article: None,
    after_number_word: None,
};

// [last|next|this|coming] <weekday> [<part of day>]     "friday", "last tuesday night"
pub(super) fn parse(i: In) -> Res<(TimeExpr, &'static str)> {
    let (rest, (shift, day, part)) = (
        opt(terminated(
            alt((
                value(Shift::Next, (kw("this"), sp, kw("coming"))),
                value(Shift::Last, (kw("this"), sp, kw("past"))),
                shift_word,
            )),
            sp,
        )),
        weekday_name,
        opt(preceded(sp, word_in(PARTS_OF_DAY))),
    )
        .parse(i)?;
    let rule = match (shift, part.is_some()) {
        (None, false) => "<weekday>",
        (None, true) => "<weekday> <part of day>",
        (Some(_), false) => "last|next|this <weekday>",
        (Some(_), true) => "last|next|this <weekday> <part of day>",
    };
    Ok((
        rest,
        (
            TimeExpr::Weekday {
                day,
                shift: shift.unwrap_or(Shift::Implicit),
                part,
            },
            rule,
        ),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::temporal::lexicon::PartOfDay;
    use chrono::Weekday;

    #[test]
    fn weekdays() {
        let (_, (e, r)) = parse("last tuesday night").unwrap();
        assert_eq!(
            e,
            TimeExpr::Weekday {
                day: Weekday::Tue,
                shift: Shift::Last,
                part: Some(PartOfDay::Night)
            }
        );
        assert_eq!(r, "last|next|this <weekday> <part of day>");
        let (rest, (e, _)) = parse("friday, an ominous").unwrap();
        assert_eq!(rest, ", an ominous");
        assert_eq!(
            e,
            TimeExpr::Weekday {
                day: Weekday::Fri,
                shift: Shift::Implicit,
                part: None
            }
        );
        assert!(parse("fridays").is_err());
    }
}
