//! Scoring tempora's output against gold annotation.
//!
//! [`timex`] implements TempEval-3 Task A scoring (time expression extents, type and value) and
//! [`tlinks`] temporal awareness (TempEval-3 Task C) and MATRES start-point scoring. Task A
//! and temporal awareness were cross-checked against the official TempEval-3 scripts and follow
//! them (the differences that remain are documented in each module and in docs/accuracy.md). [`events`] implements
//! Task B (event extents and classes) from the task's published definitions, not yet
//! cross-checked. This module does not read files (see [`crate::timeml`]).

pub mod events;
pub mod gold_entities;
pub mod semeval;
pub mod timex;
pub mod tlinks;

pub use events::{
    evaluate_events, gold_events, render_event_text, score_event_documents, tempora_events,
    EventReport, SystemEvent,
};
pub use timex::{
    evaluate_timex, match_timexes, render_text, render_text_with_limit, score_documents, Counts,
    DocumentReport, DocumentTimexes, Prf, Report, Scores, SystemTimex, TimexError, TimexSide,
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
