//! What several formats share: reading the model's bounds back as dates, the human date a
//! reader sees ("8 Nov 2019", "c. 7–10 Nov 2019", "on or before 10 Nov 2019"), escaping,
//! and which events a conflict names. Presentation only: nothing here infers a date the
//! model does not hold.

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};

use crate::event::Status;
use crate::timeline::{EventId, Timeline, TimelineEvent};

/// The model's time format (`docs/timeline-format.md`).
const MODEL_TIME: &str = "%Y-%m-%dT%H:%M";

/// Reads a bound written by the timeline model.
pub(super) fn parse_time(s: &str) -> Option<NaiveDateTime> {
    NaiveDateTime::parse_from_str(s, MODEL_TIME).ok()
}

/// Where an event can be drawn, from its bounds alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Placement {
    /// Both bounds known: somewhere in `[start, end]`.
    Range {
        /// Earliest start.
        start: NaiveDateTime,
        /// Latest end.
        end: NaiveDateTime,
    },
    /// Only the latest end is known.
    OnOrBefore(NaiveDateTime),
    /// Only the earliest start is known.
    OnOrAfter(NaiveDateTime),
    /// No bound at all.
    Unplaced,
}

impl Placement {
    /// The placement of an event.
    pub(super) fn of(event: &TimelineEvent) -> Placement {
        let earliest = event.when.earliest.as_deref().and_then(parse_time);
        let latest = event.when.latest.as_deref().and_then(parse_time);
        match (earliest, latest) {
            (Some(start), Some(end)) if start <= end => Placement::Range { start, end },
            // An inverted pair would be a model bug; show the start, the safer half.
            (Some(start), Some(_)) => Placement::OnOrAfter(start),
            (None, Some(end)) => Placement::OnOrBefore(end),
            (Some(start), None) => Placement::OnOrAfter(start),
            (None, None) => Placement::Unplaced,
        }
    }
}

/// The calendar unit a range fills exactly, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Unit {
    /// A time of day matters.
    Minute,
    /// Whole days.
    Day,
    /// Exactly one calendar month.
    Month,
    /// Exactly one calendar year.
    Year,
}

/// True when `t` is the last minute of its day.
fn end_of_day(t: NaiveDateTime) -> bool {
    t.hour() == 23 && t.minute() == 59
}

/// True when `t` is midnight.
fn start_of_day(t: NaiveDateTime) -> bool {
    t.hour() == 0 && t.minute() == 0
}

/// The coarsest unit that `[start, end]` fills exactly.
pub(super) fn unit(start: NaiveDateTime, end: NaiveDateTime) -> Unit {
    if !(start_of_day(start) && end_of_day(end)) {
        return Unit::Minute;
    }
    let (s, e) = (start.date(), end.date());
    let last_of_month = e.succ_opt().is_none_or(|n| n.month() != e.month());
    if s.year() == e.year() && s.ordinal() == 1 && e.month() == 12 && e.day() == 31 {
        Unit::Year
    } else if s.year() == e.year() && s.month() == e.month() && s.day() == 1 && last_of_month {
        Unit::Month
    } else {
        Unit::Day
    }
}

/// "8 Nov 2019".
pub(super) fn day(d: NaiveDate) -> String {
    d.format("%-d %b %Y").to_string()
}

/// "7–10 Nov 2019", "20 Oct – 10 Nov 2019", "30 Dec 2018 – 2 Jan 2019".
fn day_range(s: NaiveDate, e: NaiveDate) -> String {
    if s.year() != e.year() {
        format!("{} – {}", day(s), day(e))
    } else if s.month() != e.month() {
        format!("{} – {}", s.format("%-d %b"), day(e))
    } else {
        format!("{}–{}", s.day(), day(e))
    }
}

/// The date a reader sees, honest about what the text leaves open (`docs/formats.md`).
///
/// `c.` marks a range the event lies somewhere in, not a span it fills.
pub(super) fn display_date(timeline: &Timeline, event: &TimelineEvent) -> String {
    let window = |t: &Option<String>| t.as_deref().and_then(parse_time);
    match Placement::of(event) {
        Placement::Range { start, end } => range_date(start, end),
        // "ended c. 14–15 Mar 2024": when it began is open, but not when it ended.
        Placement::OnOrBefore(end) => match window(&event.when.earliest_end) {
            Some(start) if start <= end => format!("ended {}", range_date(start, end)),
            _ => format!("on or before {}", day(end.date())),
        },
        Placement::OnOrAfter(start) => {
            let began = match window(&event.when.latest_start) {
                // "until at least 24 Aug": a start window that closes only on the end's own
                // day says no more than the end does.
                Some(end)
                    if start <= end
                        && window(&event.when.earliest_end)
                            .is_none_or(|floor| end.date() < floor.date()) =>
                {
                    format!("began {}", range_date(start, end))
                }
                _ => format!("on or after {}", day(start.date())),
            };
            match window(&event.when.earliest_end) {
                Some(floor) => format!("{began}, until at least {}", day(floor.date())),
                None => began,
            }
        }
        Placement::Unplaced => {
            let published = publish_date(timeline, event);
            match (event.when.value.as_str(), published) {
                ("PRESENT_REF", Some(p)) => format!("ongoing when published ({})", day(p)),
                ("PAST_REF", Some(p)) => format!("before publication ({})", day(p)),
                ("FUTURE_REF", Some(p)) => format!("after publication ({})", day(p)),
                _ => "undated".to_string(),
            }
        }
    }
}

/// A range `[start, end]` as a reader sees it: "8 Nov 2019", "Nov 2019", "8 Nov 2019,
/// 06:00–11:59", "c. 7–10 Nov 2019".
fn range_date(start: NaiveDateTime, end: NaiveDateTime) -> String {
    match unit(start, end) {
        Unit::Year => start.format("%Y").to_string(),
        Unit::Month => start.format("%b %Y").to_string(),
        _ if start.date() == end.date() => {
            if start == end {
                format!("{}, {}", day(start.date()), start.format("%H:%M"))
            } else if end - start < chrono::Duration::hours(12) {
                format!(
                    "{}, {}–{}",
                    day(start.date()),
                    start.format("%H:%M"),
                    end.format("%H:%M")
                )
            } else {
                day(start.date())
            }
        }
        _ => format!("c. {}", day_range(start.date(), end.date())),
    }
}

/// The publish date of the document of the event's first piece of evidence.
pub(super) fn publish_date(timeline: &Timeline, event: &TimelineEvent) -> Option<NaiveDate> {
    let doc = &event.evidence.first()?.document;
    let info = timeline.documents.iter().find(|d| &d.id == doc)?;
    NaiveDate::parse_from_str(&info.published, "%Y-%m-%d").ok()
}

/// The status as a reader-facing word.
pub(super) fn status_word(status: Status) -> &'static str {
    match status {
        Status::Asserted => "asserted",
        Status::Negated => "negated",
        Status::Hypothetical => "hypothetical",
        Status::Future => "future",
        Status::Reported => "reported",
    }
}

/// What the status means, for a tooltip or a legend.
pub(super) fn status_meaning(status: Status) -> &'static str {
    match status {
        Status::Asserted => "the text says it happened",
        Status::Negated => "the text says it did not happen, or reports a denial",
        Status::Hypothetical => "wanted, planned or possible, not said to have happened",
        Status::Future => "expected, after publication",
        Status::Reported => "someone's account, as the text reports it",
    }
}

/// Indices of the events a conflict's statements are about.
pub(super) fn conflicted(timeline: &Timeline) -> BTreeSet<usize> {
    let ids: BTreeSet<EventId> = timeline
        .conflicts
        .iter()
        .flat_map(|c| &c.statements)
        .flat_map(|s| s.events.iter().copied())
        .collect();
    timeline
        .events
        .iter()
        .enumerate()
        .filter(|(_, e)| ids.contains(&e.id))
        .map(|(i, _)| i)
        .collect()
}

/// Escapes text for HTML and XML, inside elements and quoted attributes alike.
/// The words of [`TimelineEvent::told_as`] a reader does not already see in the summary
/// ("earthquake" and "disaster" for "The magnitude 7.8 quake struck", not "quake").
pub(super) fn other_names(event: &TimelineEvent) -> Vec<&str> {
    let summary = event.summary.to_lowercase();
    let shown = |name: &str| {
        let name = name.to_lowercase();
        summary
            .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
            .any(|w| w == name)
            || (name.contains(' ') && summary.contains(&name))
    };
    event
        .told_as
        .iter()
        .map(String::as_str)
        .filter(|n| !shown(n))
        .collect()
}

pub(super) fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// The first `max` characters of `s` (not bytes), with "…" when cut.
pub(super) fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", cut.trim_end())
}

/// The heading of a whole timeline: its one document's title (or id, when it has none), or
/// the number of articles.
pub(super) fn timeline_title(timeline: &Timeline) -> String {
    match timeline.documents.as_slice() {
        [one] => document_title(timeline, &one.id),
        docs => format!("Timeline from {} articles", docs.len()),
    }
}

/// A document's title, or its id when it has none.
pub(super) fn document_title(timeline: &Timeline, id: &str) -> String {
    timeline
        .documents
        .iter()
        .find(|d| d.id == id)
        .map(|d| d.title.clone())
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| id.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> NaiveDateTime {
        parse_time(s).unwrap()
    }

    #[test]
    fn units_are_exact_calendar_units_only() {
        assert_eq!(
            unit(t("2006-01-01T00:00"), t("2006-12-31T23:59")),
            Unit::Year
        );
        assert_eq!(
            unit(t("2019-11-01T00:00"), t("2019-11-30T23:59")),
            Unit::Month
        );
        assert_eq!(
            unit(t("2020-02-01T00:00"), t("2020-02-29T23:59")),
            Unit::Month
        );
        assert_eq!(
            unit(t("2019-11-08T00:00"), t("2019-11-08T23:59")),
            Unit::Day
        );
        assert_eq!(
            unit(t("2019-11-07T18:00"), t("2019-11-10T05:59")),
            Unit::Minute
        );
    }

    #[test]
    fn day_ranges_are_compressed() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(day_range(d("2019-11-07"), d("2019-11-10")), "7–10 Nov 2019");
        assert_eq!(
            day_range(d("2019-10-20"), d("2019-11-10")),
            "20 Oct – 10 Nov 2019"
        );
        assert_eq!(
            day_range(d("2018-12-30"), d("2019-01-02")),
            "30 Dec 2018 – 2 Jan 2019"
        );
    }

    #[test]
    fn escaping_covers_markup_and_quotes() {
        assert_eq!(
            escape_html(r#"<b a="1">'&'</b>"#),
            "&lt;b a=&quot;1&quot;&gt;&#39;&amp;&#39;&lt;/b&gt;"
        );
    }

    #[test]
    fn truncation_counts_characters() {
        assert_eq!(truncate("Potosí", 6), "Potosí");
        assert_eq!(truncate("Potosí and Oruro", 7), "Potosí…");
    }
}
