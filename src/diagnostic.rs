//! Non-fatal findings: a phrase that could not be resolved, a relation that was dropped, a
//! paragraph skipped as boilerplate. They travel beside the timeline instead of stopping it.

use serde::Serialize;

use crate::Span;

/// How much a diagnostic matters to a reader of the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Something was left out on purpose (boilerplate, a repeated headline).
    Note,
    /// Something could not be used as the text seems to intend.
    Warning,
}

/// A finding about one span of one document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// How much it matters.
    pub severity: Severity,
    /// The pipeline stage that found it (`document`, `segment`, `temporal`, `relation`, ...).
    pub stage: &'static str,
    /// The document it is about.
    pub document: String,
    /// Where in the document's source text, when it is about a span.
    pub span: Option<Span>,
    /// What happened, in words.
    pub message: String,
}
