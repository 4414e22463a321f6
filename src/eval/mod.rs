//! Scoring tempora's output against gold annotation.
//!
//! [`timex`] implements TempEval-3 Task A scoring (time expression extents, type and value),
//! [`events`] Task B (event extents and classes), both on the generic entity scorer of
//! [`entities`] (official pairing, strict/relaxed and attribute P/R/F1), and [`tlinks`]
//! temporal awareness (TempEval-3 Task C) and MATRES start-point scoring. All three were
//! cross-checked against the official TempEval-3 scripts and follow them (the differences that
//! remain are documented in each module and in docs/accuracy.md). This module does not read
//! files (see [`crate::timeml`]).

pub mod entities;
pub mod events;
pub mod gold_entities;
pub mod semeval;
pub mod timex;
pub mod tlinks;

pub use entities::{pair_spans, Mismatch, Prf};
pub use events::{
    evaluate_events, gold_events, render_event_text, score_event_documents, tempora_events,
    EventReport, SystemEvent,
};
pub use timex::{
    evaluate_timex, match_timexes, render_text, render_text_with_limit, score_documents, Counts,
    DocumentReport, DocumentTimexes, Report, Scores, SystemTimex, TimexError, TimexSide,
};

/// `numerator / denominator`, with 0/0 defined as 0 so that scores are never NaN.
pub fn ratio(numerator: usize, denominator: usize) -> f64 {
    if denominator == 0 {
        0.0
    } else {
        numerator as f64 / denominator as f64
    }
}

/// The harmonic mean of precision and recall, 0 when both are 0.
pub fn f1(precision: f64, recall: f64) -> f64 {
    if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    }
}

/// The training part of fold `k` under the project's cross-validation protocol by document:
/// fold `k` of `folds` holds the items `i` with `i % folds == k`, and trains on the others
/// (`train-events cv`, `train-tlinks cv`, docs/accuracy.md).
///
/// ```
/// assert_eq!(tempora::eval::training_part(&[0, 1, 2, 3, 4], 2, 1), [0, 2, 4]);
/// ```
pub fn training_part<T: Copy>(items: &[T], folds: usize, k: usize) -> Vec<T> {
    items
        .iter()
        .enumerate()
        .filter(|(i, _)| i % folds != k)
        .map(|(_, &item)| item)
        .collect()
}
