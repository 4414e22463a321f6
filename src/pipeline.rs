//! The pipeline, stage by stage, for one article: segment, recognise times, find events,
//! resolve times, relate. [`crate::timeline`] turns one or more analyses into a timeline.

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Article;
use crate::event::{self, Event, EventPos};
use crate::relation::{self, Relation};
use crate::segment::{self, Segmentation, SkipReason};
use crate::temporal::{self, Anchor, Mention, Profile, Reference, Tense, TimeExpr, TimeValue};

/// How to run the pipeline.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// News (publish date anchors) or narrative (last mentioned time anchors).
    pub profile: Profile,
}

/// Everything the pipeline found in one article.
#[derive(Debug, Clone)]
pub struct Analysis {
    /// The article.
    pub article: Article,
    /// Its segmentation.
    pub seg: Segmentation,
    /// Time phrases, in text order.
    pub mentions: Vec<Mention>,
    /// Their resolutions, index for index (None when not a time or not resolvable).
    pub values: Vec<Option<TimeValue>>,
    /// Events, in text order.
    pub events: Vec<Event>,
    /// Relations, strongest sieve first.
    pub relations: Vec<Relation>,
    /// What went wrong or was left out, without stopping the analysis.
    pub diagnostics: Vec<Diagnostic>,
}

/// Runs every stage up to relations on one article.
pub fn analyze(article: &Article, options: &Options) -> Analysis {
    let text = article.text.as_str();
    let seg = segment::segment(text, article.body, Some(&article.title));
    let mut diagnostics = Vec::new();
    for (span, reason) in &seg.skipped {
        diagnostics.push(Diagnostic {
            severity: Severity::Note,
            stage: "segment",
            document: article.id.clone(),
            span: Some(*span),
            message: match reason {
                SkipReason::Boilerplate => "skipped as page boilerplate, not reporting".into(),
                SkipReason::RepeatedHeadline => "skipped: repeats the headline".into(),
            },
        });
    }
    let mentions = temporal::recognize(&seg);
    let events = event::extract(text, &seg, &mentions);
    let values = resolve_mentions(article, &seg, &mentions, &events, options, &mut diagnostics);
    let (relations, findings) = relation::relate(&relation::Input {
        text,
        seg: &seg,
        mentions: &mentions,
        values: &values,
        events: &events,
    });
    for f in findings {
        diagnostics.push(Diagnostic {
            severity: Severity::Warning,
            stage: "relation",
            document: article.id.clone(),
            span: Some(f.span),
            message: f.message,
        });
    }
    Analysis {
        article: article.clone(),
        seg,
        mentions,
        values,
        events,
        relations,
        diagnostics,
    }
}

/// The tense that decides a phrase's direction: the first finite verb of its clause, else of
/// its sentence.
fn clause_tense(events: &[Event], clause: usize, sentence: usize) -> Tense {
    let finite = |e: &&Event| e.pos == EventPos::Verb && e.placement() != Tense::None;
    events
        .iter()
        .filter(|e| e.clause == clause)
        .find(finite)
        .or_else(|| {
            events
                .iter()
                .filter(|e| e.sentence == sentence)
                .find(finite)
        })
        .map_or(Tense::None, |e| e.placement())
}

fn resolve_mentions(
    article: &Article,
    seg: &Segmentation,
    mentions: &[Mention],
    events: &[Event],
    options: &Options,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Option<TimeValue>> {
    let _ = seg;
    let mut previous: Option<Reference> = None;
    let mut out = Vec::with_capacity(mentions.len());
    for m in mentions {
        if matches!(m.expr, TimeExpr::Discourse { .. }) {
            out.push(None);
            continue;
        }
        let anchor = Anchor {
            published: article.published,
            tense: clause_tense(events, m.clause, m.sentence),
            previous: previous.clone(),
            profile: options.profile,
        };
        match temporal::resolve(&m.expr, m.rule, &anchor) {
            // An empty interval ("the previous 0 days" ends the day before it starts) would
            // date nothing and contradict its own event: diagnose it and leave it undated
            // (found by fuzzing, docs/robustness.md).
            Ok(v) if v.earliest.zip(v.latest).is_some_and(|(e, l)| e > l) => {
                diagnostics.push(Diagnostic {
                    severity: Severity::Warning,
                    stage: "temporal",
                    document: article.id.clone(),
                    span: Some(m.span),
                    message: format!(
                        "{:?} resolves to an empty interval ({} to {}); left undated",
                        &article.text[m.span.start..m.span.end],
                        v.earliest
                            .map_or(String::new(), |t| t.format("%Y-%m-%dT%H:%M").to_string()),
                        v.latest
                            .map_or(String::new(), |t| t.format("%Y-%m-%dT%H:%M").to_string()),
                    ),
                });
                out.push(None);
            }
            Ok(v) => {
                if let (Some(e), Some(l)) = (v.earliest, v.latest) {
                    if v.kind != temporal::TimexType::Duration || v.offset.is_none() {
                        previous = Some(Reference {
                            value: v.value.clone(),
                            phrase: article.text[m.span.start..m.span.end].to_string(),
                            earliest: e,
                            latest: l,
                        });
                    }
                }
                out.push(Some(v));
            }
            Err(err) => {
                diagnostics.push(Diagnostic {
                    severity: Severity::Warning,
                    stage: "temporal",
                    document: article.id.clone(),
                    span: Some(m.span),
                    message: format!(
                        "cannot resolve {:?}: {err}",
                        &article.text[m.span.start..m.span.end]
                    ),
                });
                out.push(None);
            }
        }
    }
    out
}
