//! The phrase grammar and the resolver: any text, any tense, two anchors.
#![no_main]

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use tempora::temporal::{explain, grammar, Anchor, Tense};

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    // The grammar's contract: lower-case input, longest phrase at the start.
    let lower = text.to_ascii_lowercase();
    if let Some(p) = grammar::parse(&lower) {
        assert!(p.len <= lower.len() && lower.is_char_boundary(p.len));
    }
    let tense = match first % 4 {
        0 => Tense::None,
        1 => Tense::Past,
        2 => Tense::Present,
        _ => Tense::Future,
    };
    // Both ends of the calendar, where arithmetic overflows first.
    let published = if first & 0x80 == 0 {
        NaiveDate::from_ymd_opt(2019, 11, 10).unwrap()
    } else {
        NaiveDate::from_ymd_opt(9999, 12, 31).unwrap()
    };
    let anchor = Anchor {
        tense,
        ..Anchor::news(published)
    };
    for x in explain(text, &anchor) {
        assert!(text.get(x.span.start..x.span.end).is_some());
        // A stretch of zero units ("the previous 0 days") is refused by name, never an empty
        // interval (the first run's finding, docs/robustness.md).
        if matches!(
            x.expr,
            tempora::temporal::TimeExpr::Anaphoric {
                amount: tempora::temporal::Amount::Exact(0),
                stretch: true,
                ..
            }
        ) {
            assert!(matches!(
                x.value,
                Err(tempora::temporal::ResolveError::EmptyStretch { .. })
            ));
        }
        if let Ok(v) = x.value {
            if let (Some(e), Some(l)) = (v.earliest, v.latest) {
                assert!(
                    e <= l,
                    "{:?}: earliest {e} after latest {l}",
                    &text[x.span.start..x.span.end]
                );
            }
        }
    }
});
