//! TempEval-3 Task B scoring: event extents and classes (plus tense, aspect and polarity).
//!
//! The pairing and counting are [`super::entities`]'s, shared with Task A. For each document,
//! gold and system events over the same text are paired one-to-one by [`match_events`] as the
//! official TempEval-3 pipeline pairs them: in document order, an event that starts inside a
//! not yet paired event of the other side is paired with it. Then, as in the TempEval-3
//! definitions (UzZaman et al. 2013) and `evaluate_entities.py`:
//!
//! * *relaxed* match: a pair (the extents overlap); P = matches / #system, R = matches / #gold;
//! * *strict* match: a pair with identical extents (TimeML events in TempEval-3 are single
//!   tokens, so strict and relaxed differ only where tokenisations disagree);
//! * *class*: a relaxed pair whose `class` is also equal; P = such pairs / #system,
//!   R = such pairs / #gold. This is the "class F1" of Task B.
//!
//! Beyond Task B, for the relaxed pairs where both sides carry the attribute, the share whose
//! `tense`, `aspect` and `polarity` agree (accuracy on matched events), and a per-class table.
//!
//! F1 is the harmonic mean of P and R; **0/0 is 0** everywhere; overall scores are
//! micro-averaged (counts summed over documents first).
//!
//! [`tempora_events`] runs tempora's own segmentation and event stage on a plain text and
//! converts its events to [`SystemEvent`]s (the event's `head` word is the extent).

use std::fmt::Write as _;
use std::ops::AddAssign;

use serde::Serialize;

use super::entities::{
    pair_spans, pct, score_entities, write_document_table, write_mismatches, write_score_rows,
    Attribute, Entity, Mismatch, Prf,
};
use super::ratio;
use crate::event::{Aspect, Event, EventClass, EventPos};
use crate::temporal::Tense;
use crate::timeml::{EventAnnotation, TimemlDocument};
use crate::Span;

/// An event as the scorer sees it: produced by a system, or taken from gold with
/// [`gold_events`]. Attributes use the TimeML spellings (`OCCURRENCE`, `PAST`, `NEG`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SystemEvent {
    /// Byte range in the document text.
    pub span: Span,
    /// The `class` (`OCCURRENCE`, `REPORTING`, `STATE`, `ASPECTUAL`, `I_ACTION`, `I_STATE`,
    /// `PERCEPTION`).
    pub class: String,
    /// The instance's `tense`, if known.
    pub tense: Option<String>,
    /// The instance's `aspect`, if known.
    pub aspect: Option<String>,
    /// The instance's `polarity` (`POS` or `NEG`), if known.
    pub polarity: Option<String>,
}

impl Entity for SystemEvent {
    fn span(&self) -> Span {
        self.span
    }
}

/// The one attribute Task B scores: the class.
const ATTRIBUTES: [Attribute<SystemEvent>; 1] = [Attribute {
    name: "class",
    agrees: |g, s| g.class == s.class,
}];

/// The gold events of a TimeML document, each with the attributes of its first
/// `MAKEINSTANCE` (if any).
pub fn gold_events(doc: &TimemlDocument) -> Vec<SystemEvent> {
    doc.events
        .iter()
        .map(|e| {
            let instance = doc.instances.iter().find(|i| i.event_id == e.eid);
            SystemEvent {
                span: e.span,
                class: e.class.clone(),
                tense: instance.map(|i| i.tense.clone()),
                aspect: instance.map(|i| i.aspect.clone()),
                polarity: instance.map(|i| i.polarity.clone()),
            }
        })
        .collect()
}

/// The TimeML spelling of an event class.
pub fn class_name(class: EventClass) -> &'static str {
    match class {
        EventClass::Occurrence => "OCCURRENCE",
        EventClass::Reporting => "REPORTING",
        EventClass::State => "STATE",
        EventClass::Aspectual => "ASPECTUAL",
        EventClass::IAction => "I_ACTION",
        EventClass::IState => "I_STATE",
        EventClass::Perception => "PERCEPTION",
    }
}

/// The `EVENT` and `MAKEINSTANCE` of one of tempora's events, numbered `n` (`e{n}`,
/// `ei{n}`): the attributes of [`system_event`] plus the part of speech. `tempora annotate`
/// and `eval events --dump-system` write events through this one conversion.
pub fn event_annotation(text: &str, e: &Event, n: usize) -> EventAnnotation {
    let s = system_event(text, e);
    let none = || "NONE".to_string();
    EventAnnotation {
        eid: format!("e{n}"),
        eiid: format!("ei{n}"),
        span: s.span,
        class: s.class,
        tense: s.tense.unwrap_or_else(none),
        aspect: s.aspect.unwrap_or_else(none),
        polarity: s.polarity.unwrap_or_else(|| "POS".to_string()),
        pos: match e.pos {
            EventPos::Verb => "VERB",
            EventPos::Noun => "NOUN",
        }
        .to_string(),
    }
}

/// Converts one of tempora's events to the TimeML attributes the scorer compares.
///
/// Tense follows TimeML: finite groups give `PAST`/`PRESENT`/`FUTURE`, a "to" infinitive
/// `INFINITIVE`, a bare -ing or -ed verb `PRESPART`/`PASTPART`, nouns and adjectives `NONE`.
pub fn system_event(text: &str, e: &Event) -> SystemEvent {
    let head = e.head.slice(text).unwrap_or_default();
    let tense = match (e.pos, e.tense) {
        (EventPos::Verb, Tense::Past) => "PAST",
        (EventPos::Verb, Tense::Present) => "PRESENT",
        (EventPos::Verb, Tense::Future) => "FUTURE",
        (EventPos::Verb, Tense::None) => {
            let trigger = e.trigger.slice(text).unwrap_or_default();
            if trigger.to_ascii_lowercase().starts_with("to ") {
                "INFINITIVE"
            } else if head.ends_with("ing") {
                "PRESPART"
            } else if head.ends_with("ed") || head.ends_with("en") {
                "PASTPART"
            } else {
                "NONE"
            }
        }
        _ => "NONE",
    };
    let aspect = match e.aspect {
        Aspect::None => "NONE",
        Aspect::Perfective => "PERFECTIVE",
        Aspect::Progressive => "PROGRESSIVE",
        Aspect::PerfectiveProgressive => "PERFECTIVE_PROGRESSIVE",
    };
    SystemEvent {
        span: e.head,
        class: class_name(e.class).to_string(),
        tense: Some(tense.to_string()),
        aspect: Some(aspect.to_string()),
        polarity: Some(if e.negated { "NEG" } else { "POS" }.to_string()),
    }
}

/// Runs tempora's segmentation, time recognition and event extraction on a plain text (the
/// whole text is the body; there is no headline) and returns its events for scoring.
pub fn tempora_events(text: &str) -> Vec<SystemEvent> {
    extract_events(text)
        .iter()
        .map(|e| system_event(text, e))
        .collect()
}

/// The events of an extraction that TimeML annotates: all but the timeline's own
/// ([`crate::event::timeline_only`]).
pub fn timeml_events<'a>(
    seg: &'a crate::segment::Segmentation,
    events: &'a [Event],
) -> impl Iterator<Item = &'a Event> + 'a {
    events
        .iter()
        .filter(move |e| !crate::event::timeline_only(seg, e))
}

/// Runs the same stages as [`tempora_events`] and returns the events as TimeML annotations
/// (ids `e1`/`ei1`, `e2`/`ei2`, ... in the event stage's order), ready for
/// [`crate::timeml::TimemlWriter::with_events`].
pub fn tempora_event_annotations(text: &str) -> Vec<EventAnnotation> {
    extract_events(text)
        .iter()
        .enumerate()
        .map(|(i, e)| event_annotation(text, e, i + 1))
        .collect()
}

/// The events TimeML annotates ([`timeml_events`]) of the event stage's run on `text`.
fn extract_events(text: &str) -> Vec<Event> {
    let seg = crate::segment::segment(text, Span::new(0, text.len()), None);
    let mentions = crate::temporal::recognize(&seg);
    let events = crate::event::extract(text, &seg, &mentions);
    timeml_events(&seg, &events).cloned().collect()
}

/// One document to score: its id and text, and the gold and system events over the text.
#[derive(Debug, Clone, Copy)]
pub struct DocumentEvents<'a> {
    /// Document id, for the report.
    pub doc_id: &'a str,
    /// The text both annotations refer to (used to quote extents in the error lists).
    pub text: &'a str,
    /// Gold events.
    pub gold: &'a [SystemEvent],
    /// System events.
    pub system: &'a [SystemEvent],
}

/// Raw counts behind the scores.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct EventCounts {
    /// Number of gold events.
    pub gold: usize,
    /// Number of system events.
    pub system: usize,
    /// Matched pairs with identical extents.
    pub strict: usize,
    /// Matched pairs (overlapping extents).
    pub relaxed: usize,
    /// Matched pairs with equal class.
    pub class: usize,
    /// Matched pairs where both sides have a tense.
    pub tense_compared: usize,
    /// ... and it is equal.
    pub tense: usize,
    /// Matched pairs where both sides have an aspect.
    pub aspect_compared: usize,
    /// ... and it is equal.
    pub aspect: usize,
    /// Matched pairs where both sides have a polarity.
    pub polarity_compared: usize,
    /// ... and it is equal.
    pub polarity: usize,
}

impl AddAssign for EventCounts {
    fn add_assign(&mut self, o: EventCounts) {
        self.gold += o.gold;
        self.system += o.system;
        self.strict += o.strict;
        self.relaxed += o.relaxed;
        self.class += o.class;
        self.tense_compared += o.tense_compared;
        self.tense += o.tense;
        self.aspect_compared += o.aspect_compared;
        self.aspect += o.aspect;
        self.polarity_compared += o.polarity_compared;
        self.polarity += o.polarity;
    }
}

/// The Task B scores with their counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct EventScores {
    /// The counts the scores are computed from.
    pub counts: EventCounts,
    /// Identical extents.
    pub strict: Prf,
    /// Overlapping extents.
    pub relaxed: Prf,
    /// Overlapping extents and equal class.
    pub class: Prf,
    /// Share of matched events (with a tense on both sides) whose tense agrees.
    pub tense_accuracy: f64,
    /// Share of matched events whose aspect agrees.
    pub aspect_accuracy: f64,
    /// Share of matched events whose polarity agrees.
    pub polarity_accuracy: f64,
}

impl EventScores {
    /// The scores for these counts.
    pub fn from_counts(counts: EventCounts) -> EventScores {
        let prf = |correct| Prf::from_counts(correct, counts.system, counts.gold);
        EventScores {
            counts,
            strict: prf(counts.strict),
            relaxed: prf(counts.relaxed),
            class: prf(counts.class),
            tense_accuracy: ratio(counts.tense, counts.tense_compared),
            aspect_accuracy: ratio(counts.aspect, counts.aspect_compared),
            polarity_accuracy: ratio(counts.polarity, counts.polarity_compared),
        }
    }
}

/// Scores for one gold class.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClassScores {
    /// The class (TimeML spelling).
    pub class: String,
    /// Gold events of this class.
    pub gold: usize,
    /// System events labelled with this class.
    pub system: usize,
    /// Gold events of this class whose extent the system found (any class): extent recall.
    pub found: usize,
    /// Matched pairs where both sides have this class.
    pub correct: usize,
    /// `found / gold`.
    pub extent_recall: f64,
    /// P, R, F1 of `correct` against `system` and `gold`.
    pub scores: Prf,
}

/// The scores of one document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventDocumentReport {
    /// Document id.
    pub doc_id: String,
    /// Its scores.
    pub scores: EventScores,
}

/// One side (gold or system) of an error-list entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EventSide {
    /// Extent.
    pub span: Span,
    /// The text of the extent (empty if the span does not fit the text).
    pub text: String,
    /// The class.
    pub class: String,
}

/// An entry of an event error list: a miss has only `gold`, a spurious event only `system`, a
/// wrong class both.
pub type EventError = Mismatch<EventSide>;

/// The result of scoring a set of documents.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventReport {
    /// Micro-averaged scores over all documents.
    pub overall: EventScores,
    /// Scores per gold class, in a fixed order (the seven TimeML classes, then any other).
    pub by_class: Vec<ClassScores>,
    /// Scores per document, in input order.
    pub documents: Vec<EventDocumentReport>,
    /// Gold events left unpaired (no system event overlaps them, or only already paired ones).
    pub misses: Vec<EventError>,
    /// System events left unpaired.
    pub spurious: Vec<EventError>,
    /// Relaxed matches whose classes differ.
    pub wrong_classes: Vec<EventError>,
}

/// Pairs gold and system events one-to-one, returning `(gold index, system index)` pairs
/// sorted by gold index, as the official pipeline pairs them ([`pair_spans`]): in document
/// order, an event that starts inside a not yet paired event of the other side is paired
/// with it.
///
/// ```
/// use tempora::eval::events::match_events;
/// use tempora::eval::SystemEvent;
/// use tempora::Span;
/// let ev = |start, end| SystemEvent {
///     span: Span::new(start, end), class: "OCCURRENCE".into(), tense: None, aspect: None,
///     polarity: None,
/// };
/// // A system extent over two gold events pairs with the first; the second is missed.
/// assert_eq!(match_events(&[ev(0, 7), ev(8, 12)], &[ev(0, 12)]), vec![(0, 0)]);
/// ```
pub fn match_events(gold: &[SystemEvent], system: &[SystemEvent]) -> Vec<(usize, usize)> {
    let spans = |es: &[SystemEvent]| es.iter().map(|e| e.span).collect::<Vec<_>>();
    pair_spans(&spans(gold), &spans(system))
}

fn side(text: &str, e: &SystemEvent) -> EventSide {
    EventSide {
        span: e.span,
        text: e.span.slice(text).unwrap_or_default().to_string(),
        class: e.class.clone(),
    }
}

/// The seven TimeML classes, in the order reports list them.
pub const CLASSES: [&str; 7] = [
    "OCCURRENCE",
    "REPORTING",
    "STATE",
    "I_ACTION",
    "I_STATE",
    "ASPECTUAL",
    "PERCEPTION",
];

fn agree(a: &Option<String>, b: &Option<String>, compared: &mut usize, equal: &mut usize) {
    if let (Some(a), Some(b)) = (a, b) {
        *compared += 1;
        *equal += usize::from(a == b);
    }
}

/// Scores documents whose gold and system events are already at hand.
pub fn score_event_documents(docs: &[DocumentEvents<'_>]) -> EventReport {
    let eval = score_entities(docs.iter().map(|d| (d.gold, d.system)), &ATTRIBUTES);
    let mut report = EventReport {
        overall: EventScores::default(),
        by_class: Vec::new(),
        documents: Vec::with_capacity(docs.len()),
        misses: Vec::new(),
        spurious: Vec::new(),
        wrong_classes: Vec::new(),
    };
    // class -> (gold, system, found, correct)
    let mut per_class: Vec<(String, [usize; 4])> =
        CLASSES.iter().map(|c| (c.to_string(), [0; 4])).collect();
    let mut bump = |class: &str, k: usize| {
        let i = match per_class.iter().position(|(c, _)| c == class) {
            Some(i) => i,
            None => {
                per_class.push((class.to_string(), [0; 4]));
                per_class.len() - 1
            }
        };
        per_class[i].1[k] += 1;
    };
    let mut total = EventCounts::default();
    for (doc, paired) in docs.iter().zip(&eval.documents) {
        let c = &paired.counts;
        let mut counts = EventCounts {
            gold: c.gold,
            system: c.system,
            strict: c.strict,
            relaxed: c.relaxed,
            class: c.attributes[0],
            ..EventCounts::default()
        };
        for g in doc.gold {
            bump(&g.class, 0);
        }
        for s in doc.system {
            bump(&s.class, 1);
        }
        for &(gi, si) in &paired.pairs {
            let (g, s) = (&doc.gold[gi], &doc.system[si]);
            bump(&g.class, 2);
            if g.class == s.class {
                bump(&g.class, 3);
            }
            agree(
                &g.tense,
                &s.tense,
                &mut counts.tense_compared,
                &mut counts.tense,
            );
            agree(
                &g.aspect,
                &s.aspect,
                &mut counts.aspect_compared,
                &mut counts.aspect,
            );
            agree(
                &g.polarity,
                &s.polarity,
                &mut counts.polarity_compared,
                &mut counts.polarity,
            );
        }
        let mut lists = paired.mismatches(doc.doc_id, doc.gold, doc.system, |e| side(doc.text, e));
        report.wrong_classes.append(&mut lists.disagreements[0]);
        report.misses.append(&mut lists.misses);
        report.spurious.append(&mut lists.spurious);
        total += counts;
        report.documents.push(EventDocumentReport {
            doc_id: doc.doc_id.to_string(),
            scores: EventScores::from_counts(counts),
        });
    }
    report.by_class = per_class
        .into_iter()
        .map(|(class, [gold, system, found, correct])| ClassScores {
            class,
            gold,
            system,
            found,
            correct,
            extent_recall: ratio(found, gold),
            scores: Prf::from_counts(correct, system, gold),
        })
        .collect();
    report.overall = EventScores::from_counts(total);
    report
}

/// Runs an event extractor over gold documents and scores its events against their gold
/// events. `extract` receives each document's text.
pub fn evaluate_events<F>(docs: &[TimemlDocument], extract: F) -> EventReport
where
    F: Fn(&str) -> Vec<SystemEvent>,
{
    let golds: Vec<Vec<SystemEvent>> = docs.iter().map(gold_events).collect();
    let systems: Vec<Vec<SystemEvent>> = docs.iter().map(|d| extract(&d.text)).collect();
    let inputs: Vec<DocumentEvents<'_>> = docs
        .iter()
        .zip(golds.iter().zip(&systems))
        .map(|(d, (gold, system))| DocumentEvents {
            doc_id: &d.id,
            text: &d.text,
            gold,
            system,
        })
        .collect();
    score_event_documents(&inputs)
}

/// The number of items each error list shows in [`render_event_text`].
pub const DEFAULT_EVENT_ERROR_LIMIT: usize = 20;

fn quote(side: &EventSide) -> String {
    format!(
        "[{}..{}) {:?} {}",
        side.span.start, side.span.end, side.text, side.class
    )
}

/// A human-readable summary: the overall table, the per-class table, a per-document table,
/// then the error lists (each truncated to [`DEFAULT_EVENT_ERROR_LIMIT`] items).
pub fn render_event_text(report: &EventReport) -> String {
    render_event_text_with_limit(report, DEFAULT_EVENT_ERROR_LIMIT)
}

/// [`render_event_text`] with each error list truncated to `limit` items.
pub fn render_event_text_with_limit(report: &EventReport, limit: usize) -> String {
    let mut out = String::new();
    let o = &report.overall;
    let c = o.counts;
    let _ = writeln!(
        out,
        "TempEval-3 Task B (events): {} documents, {} gold, {} system events",
        report.documents.len(),
        c.gold,
        c.system
    );
    write_score_rows(
        &mut out,
        &[
            ("strict", o.strict, c.strict),
            ("relaxed", o.relaxed, c.relaxed),
            ("class", o.class, c.class),
        ],
    );
    let _ = writeln!(
        out,
        "on matched events: tense {}%  aspect {}%  polarity {}%",
        pct(o.tense_accuracy).trim(),
        pct(o.aspect_accuracy).trim(),
        pct(o.polarity_accuracy).trim()
    );
    out.push_str("(scores in %, micro-averaged; 0/0 counts as 0)\n");

    let _ = writeln!(
        out,
        "\n{:<11} {:>5} {:>5} {:>7} {:>7} {:>7} {:>7}",
        "class", "gold", "sys", "found%", "P", "R", "F1"
    );
    for k in &report.by_class {
        let _ = writeln!(
            out,
            "{:<11} {:>5} {:>5} {:>7} {} {} {}",
            k.class,
            k.gold,
            k.system,
            pct(k.extent_recall),
            pct(k.scores.precision),
            pct(k.scores.recall),
            pct(k.scores.f1)
        );
    }
    out.push_str("(found% = gold events of the class whose extent was found, any class)\n");

    let rows: Vec<(&str, usize, usize, Vec<f64>)> = report
        .documents
        .iter()
        .map(|d| {
            let s = &d.scores;
            (
                d.doc_id.as_str(),
                s.counts.gold,
                s.counts.system,
                vec![s.strict.f1, s.relaxed.f1, s.class.f1],
            )
        })
        .collect();
    write_document_table(&mut out, &["strict F1", "relaxed F1", "class F1"], &rows);
    let lists: [(&str, &Vec<EventError>); 3] = [
        ("misses (gold, unpaired)", &report.misses),
        ("spurious (system, unpaired)", &report.spurious),
        ("wrong class (gold -> system)", &report.wrong_classes),
    ];
    for (title, list) in lists {
        write_mismatches(&mut out, title, list, quote, limit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    //                   0         1         2         3         4
    //                   0123456789012345678901234567890123456789012345
    const TEXT: &str = "Police clashed and said they would not leave.";

    fn ev(start: usize, end: usize, class: &str) -> SystemEvent {
        SystemEvent {
            span: Span::new(start, end),
            class: class.to_string(),
            tense: Some("PAST".into()),
            aspect: Some("NONE".into()),
            polarity: Some("POS".into()),
        }
    }

    fn clashed() -> SystemEvent {
        ev(7, 14, "OCCURRENCE")
    }
    fn said() -> SystemEvent {
        ev(19, 23, "REPORTING")
    }
    fn leave() -> SystemEvent {
        ev(39, 44, "OCCURRENCE")
    }

    fn score(gold: &[SystemEvent], system: &[SystemEvent]) -> EventReport {
        score_event_documents(&[DocumentEvents {
            doc_id: "d",
            text: TEXT,
            gold,
            system,
        }])
    }

    fn assert_prf(prf: Prf, p: f64, r: f64, f: f64) {
        let close = |a: f64, b: f64| (a - b).abs() < 1e-9;
        assert!(
            close(prf.precision, p) && close(prf.recall, r) && close(prf.f1, f),
            "got P={} R={} F1={}, expected {p} {r} {f}",
            prf.precision,
            prf.recall,
            prf.f1
        );
    }

    #[test]
    fn identical_annotations_score_one() {
        let gold = [clashed(), said(), leave()];
        let r = score(&gold, &gold);
        for prf in [r.overall.strict, r.overall.relaxed, r.overall.class] {
            assert_prf(prf, 1.0, 1.0, 1.0);
        }
        assert_eq!(r.overall.tense_accuracy, 1.0);
        assert!(r.misses.is_empty() && r.spurious.is_empty() && r.wrong_classes.is_empty());
    }

    #[test]
    fn partial_overlap_wrong_class_miss_and_spurious() {
        // gold: clashed, said, leave. system: "clash" [7,12) (relaxed only), said as
        // OCCURRENCE (wrong class), "Police" [0,6) spurious; leave missed.
        // relaxed: 2 matches, P = 2/3, R = 2/3, F1 = 2/3. strict: 1 ("said"), P = R = F1 = 1/3.
        // class: only "clash" has the right class: 1, P = R = F1 = 1/3.
        let mut neg = ev(7, 12, "OCCURRENCE");
        neg.polarity = Some("NEG".into());
        let r = score(
            &[clashed(), said(), leave()],
            &[neg, ev(19, 23, "OCCURRENCE"), ev(0, 6, "OCCURRENCE")],
        );
        assert_prf(r.overall.relaxed, 2.0 / 3.0, 2.0 / 3.0, 2.0 / 3.0);
        assert_prf(r.overall.strict, 1.0 / 3.0, 1.0 / 3.0, 1.0 / 3.0);
        assert_prf(r.overall.class, 1.0 / 3.0, 1.0 / 3.0, 1.0 / 3.0);
        // polarity agrees on 1 of the 2 matched pairs.
        assert_eq!(r.overall.polarity_accuracy, 0.5);
        assert_eq!(r.misses.len(), 1);
        assert_eq!(r.misses[0].gold.as_ref().unwrap().text, "leave");
        assert_eq!(r.spurious[0].system.as_ref().unwrap().text, "Police");
        assert_eq!(r.wrong_classes.len(), 1);
        // per class: OCCURRENCE gold 2 (clashed, leave), system 3, found 1, correct 1:
        // P = 1/3, R = 1/2, F1 = 0.4. REPORTING gold 1, system 0, found 1, correct 0.
        let occ = &r.by_class[0];
        assert_eq!((occ.gold, occ.system, occ.found, occ.correct), (2, 3, 1, 1));
        assert_prf(occ.scores, 1.0 / 3.0, 0.5, 0.4);
        let rep = &r.by_class[1];
        assert_eq!((rep.gold, rep.system, rep.found, rep.correct), (1, 0, 1, 0));
        assert_eq!(rep.extent_recall, 1.0);
    }

    #[test]
    fn one_system_event_matches_one_gold_event_only() {
        // A wide system extent [7,23) overlaps "clashed" (7 bytes) and "said" (4 bytes): it
        // pairs with "clashed"; "said" is missed. P = 1/1, R = 1/2, F1 = 2/3; strict 0.
        let r = score(&[clashed(), said()], &[ev(7, 23, "OCCURRENCE")]);
        assert_prf(r.overall.relaxed, 1.0, 0.5, 2.0 / 3.0);
        assert_prf(r.overall.strict, 0.0, 0.0, 0.0);
        assert_eq!(r.misses[0].gold.as_ref().unwrap().text, "said");
    }

    #[test]
    fn empty_sides_score_zero_not_nan_and_micro_average() {
        let r = score(&[], &[]);
        assert_prf(r.overall.relaxed, 0.0, 0.0, 0.0);
        assert_eq!(r.overall.tense_accuracy, 0.0);
        assert!(!serde_json::to_string(&r).unwrap().contains("NaN"));
        // doc a: 1 gold, 1 system, exact. doc b: 3 gold, 0 system.
        // micro: P = 1/1, R = 1/4, F1 = 0.4.
        let gold_b = [clashed(), said(), leave()];
        let r = score_event_documents(&[
            DocumentEvents {
                doc_id: "a",
                text: TEXT,
                gold: &[said()],
                system: &[said()],
            },
            DocumentEvents {
                doc_id: "b",
                text: TEXT,
                gold: &gold_b,
                system: &[],
            },
        ]);
        assert_prf(r.overall.strict, 1.0, 0.25, 0.4);
        assert_prf(r.documents[0].scores.class, 1.0, 1.0, 1.0);
        assert_prf(r.documents[1].scores.relaxed, 0.0, 0.0, 0.0);
        let text = render_event_text_with_limit(&r, 1);
        assert!(text.contains("misses (gold, unpaired): 3"), "{text}");
        assert!(text.contains("... and 2 more"), "{text}");
    }

    #[test]
    fn bad_spans_do_not_panic() {
        let text = "Potosí";
        let gold = [ev(0, 7, "STATE")];
        let sys = [ev(5, 2, "STATE"), ev(100, 200, "STATE"), ev(5, 6, "STATE")];
        let r = score_event_documents(&[DocumentEvents {
            doc_id: "p",
            text,
            gold: &gold,
            system: &sys,
        }]);
        assert_eq!(r.overall.counts.relaxed, 1);
        let _ = render_event_text(&r);
    }

    #[test]
    fn gold_events_take_instance_attributes_and_tempora_events_run() {
        let doc = crate::timeml::parse_timeml(concat!(
            "<TimeML><DOCID>d1</DOCID><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\">x</TIMEX3></DCT>",
            "<TEXT>Police <EVENT eid=\"e1\" class=\"OCCURRENCE\">clashed</EVENT> with protesters.</TEXT>",
            "<MAKEINSTANCE eiid=\"ei1\" eventID=\"e1\" tense=\"PAST\" aspect=\"NONE\" polarity=\"POS\" pos=\"VERB\"/>",
            "</TimeML>"
        ))
        .unwrap();
        let gold = gold_events(&doc);
        assert_eq!(gold[0].tense.as_deref(), Some("PAST"));
        let r = evaluate_events(std::slice::from_ref(&doc), tempora_events);
        assert_eq!(r.overall.counts.gold, 1);
        assert_eq!(r.overall.counts.class, 1, "{r:#?}");
        assert_eq!(r.overall.tense_accuracy, 1.0);
    }
}
