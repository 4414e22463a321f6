//! TempEval-3 Task A scoring: time expression extents, types and values.
//!
//! The pairing and counting are [`super::entities`]'s, shared with Task B. For each document,
//! gold and system timexes over the same text are paired one-to-one by [`match_timexes`] as
//! the official TempEval-3 pipeline pairs them: in document order, a timex that starts inside a
//! not yet paired timex of the other side is paired with it. Then, as in the TempEval-3
//! definitions (UzZaman et al. 2013) and `evaluate_entities.py`:
//!
//! * *relaxed* match: a pair (the extents overlap); P = matches / #system, R = matches / #gold;
//! * *strict* match: a pair with identical extents;
//! * *value* (and *type*): a relaxed pair whose `value` (`type`) attribute is also equal;
//!   P = such pairs / #system, R = such pairs / #gold.
//!
//! F1 is the harmonic mean of P and R. **0/0 is defined as 0** everywhere (a document with no
//! gold and no system timex scores 0, not NaN and not 1), so that averages never see NaN.
//! Overall scores are micro-averaged: counts are summed over documents first.
//!
//! The official value (type) F1 is *accuracy × relaxed F1* = (v / m) · 2m / (S + G) =
//! 2v / (S + G), which is the F1 of P = v / S and R = v / G computed here. Cross-checked with
//! the official scorer on the TempEval-3 training sets: identical figures (docs/accuracy.md).
//!
//! Not done here: the official pipeline pairs on PTB tokens (TimeML-Normalizer), so numbers
//! from this module can differ from it where an extent ends inside a token; and it scores a
//! corpus with no gold and no system timex at all as 1, where 0/0 is 0 here. The `mod`
//! attribute is carried but not scored (TempEval-3 did not score it either).

use std::fmt::Write as _;
use std::ops::AddAssign;

use chrono::NaiveDate;
use serde::Serialize;

pub use super::entities::Prf;
use super::entities::{
    pair_spans, score_entities, write_document_table, write_mismatches, write_score_rows,
    Attribute, Entity, EntityCounts, Mismatch,
};
use crate::timeml::{GoldTimex, TimemlDocument, TimexKind};
use crate::Span;

/// A time expression as the scorer sees it: produced by a system, or converted from gold with
/// `SystemTimex::from(&gold_timex)`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SystemTimex {
    /// Byte range in the document text.
    pub span: Span,
    /// The `type`.
    pub kind: TimexKind,
    /// The normalised `value`.
    pub value: String,
    /// The `mod` attribute, if any (not scored).
    pub modifier: Option<String>,
}

impl Entity for SystemTimex {
    fn span(&self) -> Span {
        self.span
    }
}

/// The attributes Task A scores, in the order of [`Counts`]: `value`, then `type`.
const ATTRIBUTES: [Attribute<SystemTimex>; 2] = [
    Attribute {
        name: "value",
        agrees: |g, s| g.value == s.value,
    },
    Attribute {
        name: "type",
        agrees: |g, s| g.kind == s.kind,
    },
];

impl From<&EntityCounts> for Counts {
    fn from(c: &EntityCounts) -> Self {
        Counts {
            gold: c.gold,
            system: c.system,
            strict: c.strict,
            relaxed: c.relaxed,
            value: c.attributes[0],
            kind: c.attributes[1],
        }
    }
}

impl From<&GoldTimex> for SystemTimex {
    fn from(gold: &GoldTimex) -> Self {
        SystemTimex {
            span: gold.span,
            kind: gold.kind,
            value: gold.value.clone(),
            modifier: gold.modifier.clone(),
        }
    }
}

/// One document to score: its id and text, and the gold and system timexes over the text.
#[derive(Debug, Clone, Copy)]
pub struct DocumentTimexes<'a> {
    /// Document id, for the report.
    pub doc_id: &'a str,
    /// The text both annotations refer to (used to quote extents in the error lists).
    pub text: &'a str,
    /// Gold timexes.
    pub gold: &'a [SystemTimex],
    /// System timexes.
    pub system: &'a [SystemTimex],
}

/// Raw counts behind the scores.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Number of gold timexes.
    pub gold: usize,
    /// Number of system timexes.
    pub system: usize,
    /// Matched pairs with identical extents.
    pub strict: usize,
    /// Matched pairs (overlapping extents).
    pub relaxed: usize,
    /// Matched pairs with equal `value`.
    pub value: usize,
    /// Matched pairs with equal `type`.
    #[serde(rename = "type")]
    pub kind: usize,
}

impl AddAssign for Counts {
    fn add_assign(&mut self, other: Counts) {
        self.gold += other.gold;
        self.system += other.system;
        self.strict += other.strict;
        self.relaxed += other.relaxed;
        self.value += other.value;
        self.kind += other.kind;
    }
}

/// The four TempEval-3 Task A scores with their counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Scores {
    /// The counts the scores are computed from.
    pub counts: Counts,
    /// Identical extents.
    pub strict: Prf,
    /// Overlapping extents.
    pub relaxed: Prf,
    /// Overlapping extents and equal `value`.
    pub value: Prf,
    /// Overlapping extents and equal `type`.
    #[serde(rename = "type")]
    pub kind: Prf,
}

impl Scores {
    /// The scores for these counts.
    pub fn from_counts(counts: Counts) -> Scores {
        let prf = |correct| Prf::from_counts(correct, counts.system, counts.gold);
        Scores {
            counts,
            strict: prf(counts.strict),
            relaxed: prf(counts.relaxed),
            value: prf(counts.value),
            kind: prf(counts.kind),
        }
    }
}

/// The scores of one document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentReport {
    /// Document id.
    pub doc_id: String,
    /// Its scores.
    pub scores: Scores,
}

/// One side (gold or system) of an error-list entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimexSide {
    /// Extent.
    pub span: Span,
    /// The text of the extent (empty if the span does not fit the text).
    pub text: String,
    /// The `type`.
    pub kind: TimexKind,
    /// The `value`.
    pub value: String,
}

/// An entry of a timex error list: a miss has only `gold`, a spurious timex only `system`, a
/// wrong value or type both.
pub type TimexError = Mismatch<TimexSide>;

/// The result of scoring a set of documents.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// Micro-averaged scores over all documents.
    pub overall: Scores,
    /// Scores per document, in input order.
    pub documents: Vec<DocumentReport>,
    /// Gold timexes left unpaired (no system timex overlaps them, or only already paired ones).
    pub misses: Vec<TimexError>,
    /// System timexes left unpaired.
    pub spurious: Vec<TimexError>,
    /// Relaxed matches whose values differ.
    pub wrong_values: Vec<TimexError>,
    /// Relaxed matches whose types differ.
    pub wrong_types: Vec<TimexError>,
}

/// Pairs gold and system timexes one-to-one, returning `(gold index, system index)` pairs
/// sorted by gold index, the way the official TempEval-3 pipeline pairs them (TimeML-Normalizer
/// gives a system timex the id of the gold timex it overlaps, then `evaluate_entities.py`
/// pairs by id): walking the timexes of both sides in document order (by start; gold first on
/// a tie), a timex that starts inside a timex of the other side already seen is paired with
/// it, unless that one is already paired. Empty or inverted spans are never paired.
///
/// ```
/// use tempora::eval::{match_timexes, SystemTimex};
/// use tempora::timeml::TimexKind;
/// use tempora::Span;
/// let t = |start, end| SystemTimex {
///     span: Span::new(start, end), kind: TimexKind::Date, value: String::new(), modifier: None,
/// };
/// // Gold "6 a.m. ten days" [0,15); system "6 a.m." [0,6) and "ten days before" [7,22): the
/// // first system timex to start inside the gold one takes it, however short its overlap.
/// assert_eq!(match_timexes(&[t(0, 15)], &[t(0, 6), t(7, 22)]), vec![(0, 0)]);
/// ```
pub fn match_timexes(gold: &[SystemTimex], system: &[SystemTimex]) -> Vec<(usize, usize)> {
    let spans = |ts: &[SystemTimex]| ts.iter().map(|t| t.span).collect::<Vec<_>>();
    pair_spans(&spans(gold), &spans(system))
}

fn side(text: &str, t: &SystemTimex) -> TimexSide {
    TimexSide {
        span: t.span,
        text: t.span.slice(text).unwrap_or_default().to_string(),
        kind: t.kind,
        value: t.value.clone(),
    }
}

/// Scores documents whose gold and system timexes are already at hand.
pub fn score_documents(docs: &[DocumentTimexes<'_>]) -> Report {
    let eval = score_entities(docs.iter().map(|d| (d.gold, d.system)), &ATTRIBUTES);
    let mut report = Report {
        overall: Scores::from_counts(Counts::from(&eval.total)),
        documents: Vec::with_capacity(docs.len()),
        misses: Vec::new(),
        spurious: Vec::new(),
        wrong_values: Vec::new(),
        wrong_types: Vec::new(),
    };
    for (doc, paired) in docs.iter().zip(&eval.documents) {
        let mut lists = paired.mismatches(doc.doc_id, doc.gold, doc.system, |t| side(doc.text, t));
        report.wrong_types.append(&mut lists.disagreements[1]);
        report.wrong_values.append(&mut lists.disagreements[0]);
        report.misses.append(&mut lists.misses);
        report.spurious.append(&mut lists.spurious);
        report.documents.push(DocumentReport {
            doc_id: doc.doc_id.to_string(),
            scores: Scores::from_counts(Counts::from(&paired.counts)),
        });
    }
    report
}

/// Runs a tagger over gold documents and scores its timexes against their gold timexes.
///
/// `tag` receives each document's text and creation date and returns timexes with byte spans
/// into that text.
pub fn evaluate_timex<F>(docs: &[TimemlDocument], tag: F) -> Report
where
    F: Fn(&str, NaiveDate) -> Vec<SystemTimex>,
{
    let golds: Vec<Vec<SystemTimex>> = docs
        .iter()
        .map(|d| d.timexes.iter().map(SystemTimex::from).collect())
        .collect();
    let systems: Vec<Vec<SystemTimex>> = docs.iter().map(|d| tag(&d.text, d.dct)).collect();
    let inputs: Vec<DocumentTimexes<'_>> = docs
        .iter()
        .zip(golds.iter().zip(&systems))
        .map(|(d, (gold, system))| DocumentTimexes {
            doc_id: &d.id,
            text: &d.text,
            gold,
            system,
        })
        .collect();
    score_documents(&inputs)
}

/// The number of items each error list shows in [`render_text`].
pub const DEFAULT_ERROR_LIMIT: usize = 20;

/// A human-readable summary: the overall table, a per-document table, then the error lists
/// (each truncated to [`DEFAULT_ERROR_LIMIT`] items with a count of the rest).
pub fn render_text(report: &Report) -> String {
    render_text_with_limit(report, DEFAULT_ERROR_LIMIT)
}

fn quote(side: &TimexSide) -> String {
    format!(
        "[{}..{}) {:?} {} {}",
        side.span.start, side.span.end, side.text, side.kind, side.value
    )
}

/// [`render_text`] with each error list truncated to `limit` items.
pub fn render_text_with_limit(report: &Report, limit: usize) -> String {
    let mut out = String::new();
    let c = report.overall.counts;
    let _ = writeln!(
        out,
        "TempEval-3 Task A (timex): {} documents, {} gold, {} system timexes",
        report.documents.len(),
        c.gold,
        c.system
    );
    write_score_rows(
        &mut out,
        &[
            ("strict", report.overall.strict, c.strict),
            ("relaxed", report.overall.relaxed, c.relaxed),
            ("value", report.overall.value, c.value),
            ("type", report.overall.kind, c.kind),
        ],
    );
    out.push_str("(scores in %, micro-averaged; 0/0 counts as 0)\n");

    let rows: Vec<(&str, usize, usize, Vec<f64>)> = report
        .documents
        .iter()
        .map(|d| {
            let s = &d.scores;
            (
                d.doc_id.as_str(),
                s.counts.gold,
                s.counts.system,
                vec![s.strict.f1, s.relaxed.f1, s.value.f1, s.kind.f1],
            )
        })
        .collect();
    write_document_table(
        &mut out,
        &["strict F1", "relaxed F1", "value F1", "type F1"],
        &rows,
    );

    let lists: [(&str, &Vec<TimexError>); 4] = [
        ("misses (gold, unpaired)", &report.misses),
        ("spurious (system, unpaired)", &report.spurious),
        ("wrong values (gold -> system)", &report.wrong_values),
        ("wrong types (gold -> system)", &report.wrong_types),
    ];
    for (title, items) in lists {
        write_mismatches(&mut out, title, items, quote, limit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    //                   0         1         2         3
    //                   0123456789012345678901234567890123456789
    const TEXT: &str = "On Friday, 8 January 1998, for two weeks";

    fn t(start: usize, end: usize, kind: TimexKind, value: &str) -> SystemTimex {
        SystemTimex {
            span: Span::new(start, end),
            kind,
            value: value.to_string(),
            modifier: None,
        }
    }

    fn friday() -> SystemTimex {
        t(3, 9, TimexKind::Date, "1998-01-09") // "Friday"
    }
    fn date() -> SystemTimex {
        t(11, 25, TimexKind::Date, "1998-01-08") // "8 January 1998"
    }
    fn weeks() -> SystemTimex {
        t(31, 40, TimexKind::Duration, "P2W") // "two weeks"
    }

    fn score(gold: &[SystemTimex], system: &[SystemTimex]) -> Report {
        score_documents(&[DocumentTimexes {
            doc_id: "d",
            text: TEXT,
            gold,
            system,
        }])
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    fn assert_prf(prf: Prf, p: f64, r: f64, f: f64) {
        assert!(
            close(prf.precision, p) && close(prf.recall, r) && close(prf.f1, f),
            "{prf:?} != ({p}, {r}, {f})"
        );
    }

    #[test]
    fn spans_in_the_fixture_are_right() {
        assert_eq!(friday().span.slice(TEXT), Some("Friday"));
        assert_eq!(date().span.slice(TEXT), Some("8 January 1998"));
        assert_eq!(weeks().span.slice(TEXT), Some("two weeks"));
    }

    #[test]
    fn perfect_match_scores_one() {
        let gold = [friday(), date(), weeks()];
        let r = score(&gold, &gold);
        for prf in [
            r.overall.strict,
            r.overall.relaxed,
            r.overall.value,
            r.overall.kind,
        ] {
            assert_prf(prf, 1.0, 1.0, 1.0);
        }
        assert!(r.misses.is_empty() && r.spurious.is_empty() && r.wrong_values.is_empty());
    }

    #[test]
    fn one_miss() {
        // gold 3, system 2 (both exact): P = 2/2 = 1, R = 2/3, F1 = 2*1*(2/3)/(1+2/3) = 0.8
        let r = score(&[friday(), date(), weeks()], &[friday(), weeks()]);
        for prf in [
            r.overall.strict,
            r.overall.relaxed,
            r.overall.value,
            r.overall.kind,
        ] {
            assert_prf(prf, 1.0, 2.0 / 3.0, 0.8);
        }
        assert_eq!(r.misses.len(), 1);
        let miss = r.misses[0].gold.as_ref().unwrap();
        assert_eq!(miss.text, "8 January 1998");
        assert_eq!(miss.value, "1998-01-08");
        assert!(r.misses[0].system.is_none());
    }

    #[test]
    fn one_spurious() {
        // gold 1, system 2: P = 1/2, R = 1/1, F1 = 2*0.5*1/1.5 = 2/3
        let r = score(&[friday()], &[friday(), weeks()]);
        assert_prf(r.overall.strict, 0.5, 1.0, 2.0 / 3.0);
        assert_prf(r.overall.value, 0.5, 1.0, 2.0 / 3.0);
        assert_eq!(r.spurious.len(), 1);
        assert_eq!(r.spurious[0].system.as_ref().unwrap().text, "two weeks");
        assert!(r.misses.is_empty());
    }

    #[test]
    fn relaxed_only_match() {
        // system "On Friday" [0,9) vs gold "Friday" [3,9): overlap, not identical.
        // strict 0/1 -> P = R = F1 = 0; relaxed 1/1 -> 1; value and type agree -> 1.
        let sys = t(0, 9, TimexKind::Date, "1998-01-09");
        let r = score(&[friday()], &[sys]);
        assert_prf(r.overall.strict, 0.0, 0.0, 0.0);
        assert_prf(r.overall.relaxed, 1.0, 1.0, 1.0);
        assert_prf(r.overall.value, 1.0, 1.0, 1.0);
        assert_prf(r.overall.kind, 1.0, 1.0, 1.0);
        assert!(r.misses.is_empty() && r.spurious.is_empty());
    }

    #[test]
    fn wrong_value() {
        // "Friday" with the wrong value, "two weeks" right: strict = relaxed = 2/2, type = 2/2.
        // gold 2, system 2; value matches 1 (weeks) -> P = R = F1 = 1/2.
        let wrong = t(3, 9, TimexKind::Date, "1998-01-02");
        let r = score(&[friday(), weeks()], &[wrong, weeks()]);
        assert_prf(r.overall.strict, 1.0, 1.0, 1.0);
        assert_prf(r.overall.value, 0.5, 0.5, 0.5);
        assert_prf(r.overall.kind, 1.0, 1.0, 1.0);
        assert_eq!(r.wrong_values.len(), 1);
        let e = &r.wrong_values[0];
        assert_eq!(e.gold.as_ref().unwrap().value, "1998-01-09");
        assert_eq!(e.system.as_ref().unwrap().value, "1998-01-02");
        assert_eq!(e.gold.as_ref().unwrap().text, "Friday");
        assert!(r.wrong_types.is_empty());
    }

    #[test]
    fn wrong_type() {
        // "two weeks" tagged SET with the right value: type 0/1, value 1/1.
        let r = score(&[weeks()], &[t(31, 40, TimexKind::Set, "P2W")]);
        assert_prf(r.overall.kind, 0.0, 0.0, 0.0);
        assert_prf(r.overall.value, 1.0, 1.0, 1.0);
        assert_prf(r.overall.strict, 1.0, 1.0, 1.0);
        assert_eq!(r.wrong_types.len(), 1);
    }

    #[test]
    fn overlapping_candidates_are_matched_one_to_one_in_document_order() {
        // gold: "Friday" [3,9), "8 January 1998" [11,25)
        // system X = "Friday, 8 January 1998" [3,25), Y = "Friday" [3,9) (overlapping system
        // timexes only happen in tests). In document order: gold Friday (nothing seen yet),
        // X starts inside Friday -> paired; Y starts inside Friday, already paired -> none;
        // the date starts inside X, already paired -> none. As the official pipeline pairs:
        // relaxed 1 of 2 system, 1 of 2 gold; strict 0 (X is not Friday's extent).
        let x = t(3, 25, TimexKind::Date, "1998-01-08");
        let y = friday();
        let r = score(&[friday(), date()], &[x.clone(), y.clone()]);
        assert_eq!(match_timexes(&[friday(), date()], &[x, y]), vec![(0, 0)]);
        assert_prf(r.overall.relaxed, 0.5, 0.5, 0.5);
        assert_prf(r.overall.strict, 0.0, 0.0, 0.0);
        assert_eq!((r.misses.len(), r.spurious.len()), (1, 1));

        // Two system timexes inside one gold: "8 January" [11,20) starts first and takes it,
        // "1998" [21,25) is spurious. relaxed: 1 match, P = 1/2, R = 1/1, F1 = 2/3; strict 0.
        let r = score(
            &[date()],
            &[
                t(21, 25, TimexKind::Date, "1998"),
                t(11, 20, TimexKind::Date, "XXXX-01-08"),
            ],
        );
        assert_prf(r.overall.relaxed, 0.5, 1.0, 2.0 / 3.0);
        assert_prf(r.overall.strict, 0.0, 0.0, 0.0);
        assert_eq!(r.spurious.len(), 1);
        assert_eq!(r.spurious[0].system.as_ref().unwrap().text, "1998");
        assert_eq!(r.wrong_values.len(), 1);
        assert!(r.misses.is_empty());

        // The first to start wins even with the smaller overlap: gold "8 January 1998"
        // [11,25); system "8" [11,12) and "January 1998" [13,25). "8" is paired (its type and
        // value are the ones scored); "January 1998" is spurious.
        let r = score(
            &[date()],
            &[
                t(11, 12, TimexKind::Duration, "P8D"),
                t(13, 25, TimexKind::Date, "1998-01"),
            ],
        );
        assert_eq!(r.overall.counts.relaxed, 1);
        assert_prf(r.overall.kind, 0.0, 0.0, 0.0);
        assert_eq!(r.wrong_types[0].system.as_ref().unwrap().text, "8");
        assert_eq!(r.spurious[0].system.as_ref().unwrap().text, "January 1998");
    }

    #[test]
    fn a_gold_timex_starting_inside_a_system_timex_is_paired_with_it() {
        // system "On Friday, 8 January 1998" [0,25) starts first; gold "Friday" [3,9) starts
        // inside it and takes it; gold "8 January 1998" then finds it paired: a miss.
        let sys = t(0, 25, TimexKind::Date, "1998-01-09");
        assert_eq!(match_timexes(&[friday(), date()], &[sys]), vec![(0, 0)]);
    }

    #[test]
    fn empty_gold_empty_system_and_both_empty_give_zero_not_nan() {
        // no gold, 2 system: P = 0/2 = 0, R = 0/0 := 0, F1 = 0.
        let r = score(&[], &[friday(), weeks()]);
        assert_prf(r.overall.relaxed, 0.0, 0.0, 0.0);
        assert_eq!(r.spurious.len(), 2);
        // 2 gold, no system: P = 0/0 := 0, R = 0/2 = 0, F1 = 0.
        let r = score(&[friday(), weeks()], &[]);
        assert_prf(r.overall.relaxed, 0.0, 0.0, 0.0);
        assert_eq!(r.misses.len(), 2);
        // nothing at all: every score 0 (0/0 := 0), and no NaN anywhere.
        let r = score(&[], &[]);
        for prf in [
            r.overall.strict,
            r.overall.relaxed,
            r.overall.value,
            r.overall.kind,
        ] {
            assert_prf(prf, 0.0, 0.0, 0.0);
        }
        assert!(!serde_json::to_string(&r).unwrap().contains("NaN"));
        let r = score_documents(&[]);
        assert_eq!(r.overall.counts, Counts::default());
    }

    #[test]
    fn overall_is_micro_averaged_over_documents() {
        // doc a: gold 1, system 1, exact. doc b: gold 3, system 0.
        // micro: 1 match, 1 system, 4 gold: P = 1, R = 1/4, F1 = 2*0.25/1.25 = 0.4
        let gold_b = [friday(), date(), weeks()];
        let r = score_documents(&[
            DocumentTimexes {
                doc_id: "a",
                text: TEXT,
                gold: &[weeks()],
                system: &[weeks()],
            },
            DocumentTimexes {
                doc_id: "b",
                text: TEXT,
                gold: &gold_b,
                system: &[],
            },
        ]);
        assert_prf(r.overall.strict, 1.0, 0.25, 0.4);
        assert_eq!(r.documents.len(), 2);
        assert_prf(r.documents[0].scores.strict, 1.0, 1.0, 1.0);
        assert_prf(r.documents[1].scores.strict, 0.0, 0.0, 0.0);
        assert_eq!(r.misses.len(), 3);
        assert!(r.misses.iter().all(|m| m.doc_id == "b"));
    }

    #[test]
    fn bad_system_spans_do_not_panic() {
        // inverted, out of range, not on a char boundary, empty: never matched, quoted as "".
        let text = "Potosí";
        let gold = [t(0, 7, TimexKind::Date, "x")];
        let sys = [
            t(5, 2, TimexKind::Date, "x"),
            t(100, 200, TimexKind::Date, "x"),
            t(5, 6, TimexKind::Date, "x"),
            t(3, 3, TimexKind::Date, "x"),
        ];
        let r = score_documents(&[DocumentTimexes {
            doc_id: "p",
            text,
            gold: &gold,
            system: &sys,
        }]);
        assert_eq!(r.overall.counts.relaxed, 1); // only [5,6) overlaps
        assert_eq!(r.spurious.len(), 3);
        assert!(r
            .spurious
            .iter()
            .all(|e| e.system.as_ref().unwrap().text.is_empty()));
        let _ = render_text(&r);
    }

    #[test]
    fn evaluate_timex_runs_the_tagger_on_each_document() {
        let doc = crate::timeml::parse_timeml(concat!(
            "<TimeML><DOCID>d1</DOCID><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\">x</TIMEX3></DCT>",
            "<TEXT>Sales rose <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-07\">yesterday</TIMEX3>.</TEXT></TimeML>"
        ))
        .unwrap();
        let echo = |text: &str, dct: NaiveDate| {
            assert_eq!(dct, NaiveDate::from_ymd_opt(1998, 1, 8).unwrap());
            let start = text.find("yesterday").unwrap();
            let day = dct.pred_opt().unwrap().format("%Y-%m-%d").to_string();
            vec![t(start, start + 9, TimexKind::Date, &day)]
        };
        let r = evaluate_timex(std::slice::from_ref(&doc), echo);
        assert_prf(r.overall.value, 1.0, 1.0, 1.0);
        assert_eq!(r.documents[0].doc_id, "d1");
        let r = evaluate_timex(&[doc], |_, _| Vec::new());
        assert_prf(r.overall.relaxed, 0.0, 0.0, 0.0);
        assert_eq!(r.misses.len(), 1);
    }

    #[test]
    fn text_rendering_truncates_lists_and_json_keeps_field_order() {
        let sys: Vec<SystemTimex> = (0..5).map(|i| t(i, i + 1, TimexKind::Date, "x")).collect();
        let r = score(&[], &sys);
        let text = render_text_with_limit(&r, 2);
        assert!(text.contains("spurious (system, unpaired): 5"), "{text}");
        assert!(text.contains("... and 3 more"), "{text}");
        assert!(text.contains("strict"), "{text}");
        let json = serde_json::to_string(&r).unwrap();
        let keys = [
            "\"overall\"",
            "\"documents\"",
            "\"misses\"",
            "\"spurious\"",
            "\"wrong_values\"",
            "\"wrong_types\"",
        ];
        let positions: Vec<usize> = keys.iter().map(|k| json.find(k).unwrap()).collect();
        assert!(positions.windows(2).all(|w| w[0] < w[1]), "{json}");
        assert!(json.contains("\"type\":{\"precision\""), "{json}");
    }
}
