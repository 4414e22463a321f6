//! `evaluate_timex` on the real TempEval-3 training data with fake taggers. Skips with a
//! message when `../shared/data` is absent.

mod common;

use std::collections::HashMap;

use chrono::NaiveDate;

use tempora::eval::{evaluate_timex, render_text, SystemTimex};
use tempora::timeml::TimemlDocument;

/// Gold timexes keyed by (text, DCT). The text alone is not a key: AQUAINT
/// APW20000107.0088 and APW20000115.0209 have the same text (and the same gold timexes) but
/// different DCTs.
type GoldIndex = HashMap<(String, NaiveDate), Vec<SystemTimex>>;

fn gold_index(docs: &[TimemlDocument]) -> GoldIndex {
    docs.iter()
        .map(|d| {
            let timexes = d.timexes.iter().map(SystemTimex::from).collect();
            ((d.text.clone(), d.dct), timexes)
        })
        .collect()
}

fn gold_for<'a>(index: &'a GoldIndex, text: &str, dct: NaiveDate) -> &'a [SystemTimex] {
    &index[&(text.to_string(), dct)]
}

#[test]
fn a_tagger_that_returns_the_gold_scores_one_everywhere() {
    let Some(docs) = common::tempeval3_train() else {
        return;
    };
    let gold = gold_index(&docs);
    let report = evaluate_timex(&docs, |text, dct| gold_for(&gold, text, dct).to_vec());
    let o = report.overall;
    assert_eq!(o.counts.gold, 1243 + 579);
    assert_eq!(o.counts.system, o.counts.gold);
    for prf in [o.strict, o.relaxed, o.value, o.kind] {
        assert_eq!((prf.precision, prf.recall, prf.f1), (1.0, 1.0, 1.0));
    }
    assert!(report.misses.is_empty() && report.spurious.is_empty());
    assert!(report.wrong_values.is_empty() && report.wrong_types.is_empty());
    assert_eq!(report.documents.len(), 256);
}

#[test]
fn degraded_taggers_lose_exactly_what_they_break() {
    let Some(docs) = common::tempeval3_train() else {
        return;
    };
    let gold = gold_index(&docs);
    let n: usize = docs.iter().map(|d| d.timexes.len()).sum();

    // Right extents, every value wrong: strict/relaxed/type 1, value 0.
    let report = evaluate_timex(&docs, |text, dct| {
        gold_for(&gold, text, dct)
            .iter()
            .map(|t| SystemTimex {
                value: format!("not-{}", t.value),
                ..t.clone()
            })
            .collect()
    });
    assert_eq!(report.overall.strict.f1, 1.0);
    assert_eq!(report.overall.kind.f1, 1.0);
    assert_eq!(report.overall.value.f1, 0.0);
    assert_eq!(report.wrong_values.len(), n);

    // Every extent one byte shorter at the end (when longer than one byte): relaxed 1, strict
    // only for the one-byte ones, values all right.
    let report = evaluate_timex(&docs, |text, dct| {
        gold_for(&gold, text, dct)
            .iter()
            .map(|t| {
                let mut t = t.clone();
                if t.span.len() > 1 {
                    t.span.end -= 1;
                    while !text.is_char_boundary(t.span.end) {
                        t.span.end -= 1;
                    }
                }
                t
            })
            .collect()
    });
    assert_eq!(report.overall.relaxed.f1, 1.0);
    assert_eq!(report.overall.value.f1, 1.0);
    assert!(report.overall.strict.f1 < 0.01);

    // Only every other gold timex: P = 1, R about 1/2.
    let report = evaluate_timex(&docs, |text, dct| {
        gold_for(&gold, text, dct)
            .iter()
            .step_by(2)
            .cloned()
            .collect()
    });
    let relaxed = report.overall.relaxed;
    assert_eq!(relaxed.precision, 1.0);
    assert!((0.45..0.55).contains(&relaxed.recall), "{relaxed:?}");
    assert_eq!(report.misses.len(), n - report.overall.counts.system);
    let text = render_text(&report);
    assert!(text.contains("... and "));
    println!("{}", text.lines().take(8).collect::<Vec<_>>().join("\n"));
}
