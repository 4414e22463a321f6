//! tempora reconstructs *what happened when* from news articles.
//!
//! Give it an article with a publish date and it finds the time phrases ("on Friday", "the
//! previous three nights", "hours after the incident at the airport") with a nom grammar,
//! resolves them against the publish date, the tense of their clause or another event,
//! extracts the events (who did what), relates them to times and to each other in sieves
//! (explicit dates, connectives such as "after", reported speech, "Later,", tense), and places
//! them in a temporal constraint graph that gives every event its earliest and latest bounds,
//! a timeline order, and the contradictions between statements. Every event carries its
//! evidence: the sentence it came from, with its byte span.
//!
//! The pipeline, stage by stage: [`document`] → [`segment`] → [`temporal`] (recognise) →
//! [`event`] → [`temporal`] (resolve) → [`relation`] → [`graph`] → [`timeline`] → [`export`].
//!
//! ```
//! use tempora::{document::{Article, ReadOptions}, reconstruct};
//!
//! let text = "Published: Sun, November 10, 2019\n\nPolice defiant\n\n\
//!             Some police units became openly defiant on Friday.\n";
//! let article = Article::from_bytes("police.txt", text.as_bytes(), &ReadOptions::default())?;
//! let output = reconstruct(&article);
//! let event = &output.timeline.events[0];
//! assert_eq!(event.trigger, "became openly defiant");
//! assert_eq!(event.when.value, "2019-11-08");
//! assert_eq!(event.when.from.as_deref(), Some("on Friday"));
//! // The evidence span slices the source exactly.
//! let ev = &event.evidence[0];
//! assert_eq!(&text[ev.span.start..ev.span.end], ev.quote);
//! # Ok::<(), tempora::Error>(())
//! ```
//!
//! Timelines serialise deterministically, so a test can snapshot one with insta:
//!
//! ```ignore
//! insta::assert_yaml_snapshot!(tempora::reconstruct(&article).timeline);
//! ```
#![deny(missing_docs)]

#[cfg(feature = "mimalloc")]
pub mod alloc;
pub mod batch;
pub mod check;
pub mod diagnostic;
pub mod document;
pub mod error;
pub mod eval;
pub mod event;
pub mod export;
pub mod graph;
pub mod merge;
pub mod pipeline;
pub mod relation;
pub mod segment;
mod span;
pub mod temporal;
pub mod timeline;
pub mod timeml;

pub use diagnostic::{Diagnostic, Severity};
pub use error::Error;
pub use pipeline::Options;
pub use span::Span;

use document::Article;
use timeline::Timeline;

/// A timeline and the diagnostics found while building it.
#[derive(Debug, Clone)]
pub struct Output {
    /// The timeline.
    pub timeline: Timeline,
    /// Phrases not resolved, relations dropped, paragraphs skipped.
    pub diagnostics: Vec<Diagnostic>,
}

/// Reconstructs the timeline of one article with the default (news) options.
pub fn reconstruct(article: &Article) -> Output {
    reconstruct_all(std::slice::from_ref(article), &Options::default())
}

/// Reconstructs one timeline from several articles.
pub fn reconstruct_all(articles: &[Article], options: &Options) -> Output {
    let (reconstruction, diagnostics) = reason_all(articles, options);
    Output {
        timeline: reconstruction.timeline,
        diagnostics,
    }
}

/// Like [`reconstruct_all`], keeping the constraint graph to answer questions about the
/// order of events ([`check::check`]).
///
/// ```
/// use tempora::{check, document::{Article, ReadOptions}, timeline::Verdict};
/// let text = "Published: 2019-11-10\n\nHeadline\n\nSpeaking hours after the incident at the airport, Morales sent greetings.\n";
/// let article = Article::from_bytes("a.txt", text.as_bytes(), &ReadOptions::default())?;
/// let (rec, _) = tempora::reason_all(&[article], &tempora::Options::default());
/// let claim = check::parse_claim("incident before speaking").unwrap();
/// assert_eq!(check::check(&rec, &claim).answer, Verdict::Entailed);
/// # Ok::<(), tempora::Error>(())
/// ```
pub fn reason_all(
    articles: &[Article],
    options: &Options,
) -> (timeline::Reconstruction, Vec<Diagnostic>) {
    let analyses = analyze_all(articles, options);
    let reconstruction = timeline::reconstruct(&analyses);
    let diagnostics = analyses.into_iter().flat_map(|a| a.diagnostics).collect();
    (reconstruction, diagnostics)
}

/// Runs the per-article stages (everything before the graph) on each article, in order.
pub fn analyze_all(articles: &[Article], options: &Options) -> Vec<pipeline::Analysis> {
    articles
        .iter()
        .map(|a| pipeline::analyze(a, options))
        .collect()
}
