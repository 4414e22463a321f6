//! TimelineJS3 JSON (Knight Lab): a title slide and one slide per event that has both
//! bounds.
//!
//! TimelineJS needs a `start_date` on every slide, so an event the text bounds on one side only
//! ("on or before 10 Nov 2019") or not at all is not put on the axis, where its marker would
//! claim a date the text does not give; the title slide lists those events instead, each with
//! its honest date (`docs/formats.md`). Placed events keep their uncertainty: `start_date` and
//! `end_date` are the bounds, `display_date` says "c. 7–10 Nov 2019" when the text only
//! narrows the event to a range.

use serde::Serialize;

use super::common::{
    conflicted, day, display_date, document_title, escape_html, status_meaning, status_word,
    timeline_title, unit, Placement, Unit,
};
use crate::timeline::{Timeline, TimelineEvent};
use crate::Error;
use chrono::{Datelike, NaiveDateTime, Timelike};

/// A TimelineJS3 document; the CSV layout writes the same slides.
#[derive(Serialize)]
pub(super) struct Document {
    /// The title slide.
    pub(super) title: Slide,
    /// One slide per placed event, in timeline order.
    pub(super) events: Vec<Slide>,
}

/// One slide.
#[derive(Serialize)]
pub(super) struct Slide {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) start_date: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) end_date: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) display_date: Option<String>,
    pub(super) text: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) group: Option<String>,
    pub(super) unique_id: String,
}

/// A TimelineJS date: only the fields down to its precision.
#[derive(Serialize)]
pub(super) struct Date {
    pub(super) year: i32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) month: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) day: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) hour: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) minute: Option<u32>,
}

impl Date {
    fn new(t: NaiveDateTime, unit: Unit) -> Date {
        Date {
            year: t.year(),
            month: (unit <= Unit::Month).then_some(t.month()),
            day: (unit <= Unit::Day).then_some(t.day()),
            hour: (unit == Unit::Minute).then_some(t.hour()),
            minute: (unit == Unit::Minute).then_some(t.minute()),
        }
    }
}

/// A slide's text, both fields HTML.
#[derive(Serialize)]
pub(super) struct Text {
    pub(super) headline: String,
    pub(super) text: String,
}

/// The timeline as TimelineJS3 JSON (pretty-printed, no trailing newline).
///
/// Events with both bounds become slides, in timeline order; the title slide names the
/// articles and lists the events that cannot be placed on a time axis. All text is
/// HTML-escaped (TimelineJS renders `text` as HTML).
pub fn to_timelinejs(timeline: &Timeline) -> Result<String, Error> {
    serde_json::to_string_pretty(&document(timeline)).map_err(|e| Error::Export(e.to_string()))
}

/// The slides of a timeline.
pub(super) fn document(timeline: &Timeline) -> Document {
    let grouped = timeline.documents.len() > 1;
    let in_conflict = conflicted(timeline);
    let mut events = Vec::new();
    let mut unplaced = Vec::new();
    for (n, e) in timeline.events.iter().enumerate() {
        let Placement::Range { start, end } = Placement::of(e) else {
            unplaced.push(e);
            continue;
        };
        // Day precision unless the bounds fall within the day; a whole month or year is
        // given as just that.
        let u = match unit(start, end) {
            Unit::Minute if start.date() != end.date() => Unit::Day,
            u => u,
        };
        let start_date = Date::new(start, u);
        let end_date = match u {
            Unit::Year | Unit::Month => None,
            Unit::Day => (start.date() != end.date()).then(|| Date::new(end, u)),
            Unit::Minute => (start != end).then(|| Date::new(end, u)),
        };
        events.push(Slide {
            start_date: Some(start_date),
            end_date,
            display_date: Some(display_date(timeline, e)),
            text: Text {
                headline: escape_html(&capitalised(&e.summary)),
                text: slide_text(timeline, e, in_conflict.contains(&n)),
            },
            group: grouped
                .then(|| e.evidence.first())
                .flatten()
                .map(|ev| escape_html(&document_title(timeline, &ev.document))),
            unique_id: e.id.to_string(),
        });
    }
    Document {
        title: title_slide(timeline, events.len(), &unplaced),
        events,
    }
}

/// The title slide: the articles, then the events not on the axis.
fn title_slide(timeline: &Timeline, placed: usize, unplaced: &[&TimelineEvent]) -> Slide {
    let headline = timeline_title(timeline);
    let mut text = String::from("<p>Reconstructed by tempora from ");
    let docs: Vec<String> = timeline
        .documents
        .iter()
        .map(|d| {
            format!(
                "<em>{}</em> (published {})",
                escape_html(&document_title(timeline, &d.id)),
                escape_html(
                    &chrono::NaiveDate::parse_from_str(&d.published, "%Y-%m-%d")
                        .map(day)
                        .unwrap_or_else(|_| d.published.clone())
                )
            )
        })
        .collect();
    text.push_str(&docs.join(", "));
    text.push_str(&format!(
        ". {placed} of {} events have both an earliest and a latest date and are on the axis.</p>",
        timeline.events.len()
    ));
    if !unplaced.is_empty() {
        text.push_str(
            "<p>Also in the text, but not dated on both sides, so not on the axis:</p><ul>",
        );
        for e in unplaced {
            text.push_str(&format!(
                "<li>{}: {} <small>({}, {})</small></li>",
                escape_html(&display_date(timeline, e)),
                escape_html(&e.summary),
                escape_html(status_word(e.status)),
                escape_html(&e.id.to_string())
            ));
        }
        text.push_str("</ul>");
    }
    Slide {
        start_date: None,
        end_date: None,
        display_date: None,
        text: Text {
            headline: escape_html(&headline),
            text,
        },
        group: None,
        unique_id: "tempora-title".to_string(),
    }
}

/// A slide's HTML: the evidence quoted, the status, how it was dated.
fn slide_text(timeline: &Timeline, e: &TimelineEvent, conflict: bool) -> String {
    let mut text = String::new();
    if conflict {
        text.push_str(
            "<p><strong>In conflict:</strong> the sources say things about this event that \
             cannot all be true.</p>",
        );
    }
    for ev in &e.evidence {
        text.push_str(&format!(
            "<blockquote>“{}”</blockquote><p>— <em>{}</em></p>",
            escape_html(&ev.quote),
            escape_html(&document_title(timeline, &ev.document))
        ));
    }
    text.push_str(&format!(
        "<p><strong>Status:</strong> {} ({}).</p>",
        status_word(e.status),
        status_meaning(e.status)
    ));
    let dated = match &e.when.from {
        Some(from) => format!("“{}”: {}", escape_html(from), escape_html(&e.when.rule)),
        None => escape_html(&e.when.rule),
    };
    text.push_str(&format!("<p><strong>Dated by:</strong> {dated}.</p>"));
    text
}

/// The text with its first letter in upper case.
fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
