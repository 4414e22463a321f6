//! HTML: one self-contained page (inline CSS, SVG and a few lines of JavaScript; a Content
//! Security Policy forbids any network load) that draws the timeline as SVG.
//!
//! The chart has a time axis, one lane per source article and one row per event, in timeline
//! order. A bar runs from the event's earliest to its latest bound: solid when a time phrase
//! dates the event, pale with a dashed edge when the bounds are only derived from relations,
//! fading out on a side the text leaves open. A gutter mark says how each row stands to the
//! one before it (`↓` the text entails it came after, `≀` unordered). Events named in a
//! conflict are outlined in red. Hovering a row shows its quote; clicking opens the full
//! evidence (without JavaScript the click jumps to the event's entry below the chart).
//!
//! The axis is linear within each stretch of time that holds events; a gap of more than 30
//! days between stretches is cut out and marked, so that an event in 2006 does not squash
//! the week that matters into a few pixels.
//!
//! Every piece of text is escaped ([`escape_html`]); element ids are generated (`ev-3`), never
//! taken from the input.

use std::fmt::Write;

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime};

use super::common::{
    conflicted, day, display_date, document_title, escape_html, other_names, publish_date,
    status_meaning, status_word, timeline_title, truncate, Placement,
};
use crate::timeline::{Sequence, Timeline, TimelineEvent};

/// Chart geometry, in SVG pixels.
const WIDTH: f64 = 1200.0;
const LABEL_X: f64 = 30.0;
const PLOT_X0: f64 = 430.0;
const PLOT_X1: f64 = 1180.0;
const AXIS_H: f64 = 64.0;
const LANE_H: f64 = 28.0;
const ROW_H: f64 = 22.0;
const BREAK_W: f64 = 34.0;
const MIN_SEGMENT_W: f64 = 90.0;
/// Gaps longer than this between stretches of events are cut out of the axis.
const BREAK_AFTER_MINUTES: i64 = 30 * 24 * 60;

/// The timeline as one self-contained HTML page with an SVG chart.
pub fn to_html(timeline: &Timeline) -> String {
    let title = timeline_title(timeline);
    let mut out = String::new();
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n",
    );
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<meta name=\"generator\" content=\"tempora\">\n");
    let _ = writeln!(out, "<title>{} — timeline</title>", escape_html(&title));
    let _ = writeln!(out, "<style>{CSS}</style>\n</head>\n<body>");
    let _ = writeln!(out, "<header>\n<h1>{}</h1>", escape_html(&title));
    out.push_str("<p>Reconstructed by tempora from ");
    let docs: Vec<String> = timeline
        .documents
        .iter()
        .map(|d| {
            let published = NaiveDate::parse_from_str(&d.published, "%Y-%m-%d")
                .map(day)
                .unwrap_or_else(|_| d.published.clone());
            format!(
                "<cite>{}</cite> (published {})",
                escape_html(&document_title(timeline, &d.id)),
                escape_html(&published)
            )
        })
        .collect();
    out.push_str(&docs.join(", "));
    let _ = writeln!(
        out,
        ". {} events, {} relations, {} conflicts.</p>\n</header>",
        timeline.events.len(),
        timeline.relations.len(),
        timeline.conflicts.len()
    );
    out.push_str("<main>\n<section id=\"chart\">\n");
    out.push_str(LEGEND);
    chart(&mut out, timeline);
    out.push_str("</section>\n");
    conflicts(&mut out, timeline);
    events(&mut out, timeline);
    out.push_str("</main>\n<aside id=\"detail\" hidden><button type=\"button\" id=\"close\" aria-label=\"Close\">×</button><div id=\"detail-body\"></div></aside>\n");
    let _ = writeln!(out, "<script>{JS}</script>\n</body>\n</html>");
    out
}

/// Minutes since 1970-01-01T00:00, the axis's unit.
fn minutes(t: NaiveDateTime) -> i64 {
    t.and_utc().timestamp().div_euclid(60)
}

/// The time at `m` minutes since 1970.
fn time_of(m: i64) -> NaiveDateTime {
    chrono::DateTime::from_timestamp(m * 60, 0)
        .map(|t| t.naive_utc())
        .unwrap_or_default()
}

/// What a row draws.
#[derive(Debug, Clone, Copy)]
enum Mark {
    /// A bar over `[start, end]` minutes.
    Bar { start: i64, end: i64, derived: bool },
    /// Open on the left, ends at `end`.
    Before { end: i64 },
    /// Starts at `start`, open on the right.
    After { start: i64 },
    /// Holds at a moment (its document's publish date), open both ways.
    Around { at: i64 },
    /// Nothing to draw.
    None,
}

impl Mark {
    fn of(timeline: &Timeline, e: &TimelineEvent) -> Mark {
        match Placement::of(e) {
            Placement::Range { start, end } => Mark::Bar {
                start: minutes(start),
                end: minutes(end),
                derived: e.when.from.is_none(),
            },
            Placement::OnOrBefore(end) => Mark::Before { end: minutes(end) },
            Placement::OnOrAfter(start) => Mark::After {
                start: minutes(start),
            },
            Placement::Unplaced if e.when.value == "PRESENT_REF" => {
                match publish_date(timeline, e) {
                    Some(p) => Mark::Around {
                        at: minutes(p.and_hms_opt(12, 0, 0).unwrap_or_default()),
                    },
                    None => Mark::None,
                }
            }
            Placement::Unplaced => Mark::None,
        }
    }

    /// The finite stretch of time the mark needs on the axis.
    fn extent(self) -> Option<(i64, i64)> {
        match self {
            Mark::Bar { start, end, .. } => Some((start, end)),
            Mark::Before { end: t } | Mark::After { start: t } | Mark::Around { at: t } => {
                Some((t, t))
            }
            Mark::None => None,
        }
    }
}

/// A stretch of the axis drawn linearly.
#[derive(Debug, Clone, Copy)]
struct Segment {
    t0: i64,
    t1: i64,
    x0: f64,
    x1: f64,
}

/// The time axis: linear segments with the long gaps between them cut out.
struct Axis {
    segments: Vec<Segment>,
}

impl Axis {
    fn new(extents: &[(i64, i64)]) -> Option<Axis> {
        let mut spans: Vec<(i64, i64)> = extents.to_vec();
        spans.sort_unstable();
        let mut merged: Vec<(i64, i64)> = Vec::new();
        for (a, b) in spans {
            match merged.last_mut() {
                Some(last) if a <= last.1 + BREAK_AFTER_MINUTES => last.1 = last.1.max(b),
                _ => merged.push((a, b)),
            }
        }
        if merged.is_empty() {
            return None;
        }
        // Pad each stretch so that marks at its ends stay visible; a point gets a day.
        let padded: Vec<(i64, i64)> = merged
            .iter()
            .map(|&(a, b)| {
                let pad = ((b - a) / 25).max(12 * 60);
                (a - pad, b + pad)
            })
            .collect();
        let weights: Vec<f64> = padded
            .iter()
            .map(|&(a, b)| {
                let n = extents.iter().filter(|&&(s, e)| s <= b && e >= a).count();
                n.max(1) as f64
            })
            .collect();
        let breaks = (padded.len() - 1) as f64 * BREAK_W;
        let free = (PLOT_X1 - PLOT_X0 - breaks - MIN_SEGMENT_W * padded.len() as f64).max(0.0);
        let total: f64 = weights.iter().sum();
        let mut x = PLOT_X0;
        let mut segments = Vec::new();
        for (&(t0, t1), w) in padded.iter().zip(&weights) {
            let width = MIN_SEGMENT_W + free * w / total;
            segments.push(Segment {
                t0,
                t1,
                x0: x,
                x1: x + width,
            });
            x += width + BREAK_W;
        }
        Some(Axis { segments })
    }

    /// The x of a time; times in a cut-out gap fall inside its break mark.
    fn x(&self, t: i64) -> f64 {
        let first = self.segments[0];
        if t <= first.t0 {
            return first.x0;
        }
        for (i, s) in self.segments.iter().enumerate() {
            if t <= s.t1 {
                return s.x0 + (t - s.t0) as f64 / (s.t1 - s.t0).max(1) as f64 * (s.x1 - s.x0);
            }
            if let Some(next) = self.segments.get(i + 1) {
                if t < next.t0 {
                    let f = (t - s.t1) as f64 / (next.t0 - s.t1).max(1) as f64;
                    return s.x1 + f * (next.x0 - s.x1);
                }
            }
        }
        self.segments[self.segments.len() - 1].x1
    }

    /// The segment holding `t`, or the nearest one before it.
    fn segment(&self, t: i64) -> Segment {
        *self
            .segments
            .iter()
            .rev()
            .find(|s| s.t0 <= t)
            .unwrap_or(&self.segments[0])
    }
}

/// Tick steps, finest first.
#[derive(Debug, Clone, Copy)]
enum Step {
    Hours(u32),
    Days(u32),
    Months(u32),
    Years(i32),
}

impl Step {
    const ALL: [Step; 10] = [
        Step::Hours(6),
        Step::Days(1),
        Step::Days(2),
        Step::Days(7),
        Step::Months(1),
        Step::Months(3),
        Step::Years(1),
        Step::Years(5),
        Step::Years(10),
        Step::Years(50),
    ];

    fn approx_minutes(self) -> f64 {
        match self {
            Step::Hours(n) => f64::from(n) * 60.0,
            Step::Days(n) => f64::from(n) * 1440.0,
            Step::Months(n) => f64::from(n) * 43_830.0,
            Step::Years(n) => f64::from(n) * 525_960.0,
        }
    }
}

/// Calendar-aligned ticks in `[t0, t1]`, with their labels.
fn ticks(t0: i64, t1: i64, px_per_minute: f64) -> Vec<(i64, String)> {
    let step = Step::ALL
        .into_iter()
        .find(|s| s.approx_minutes() * px_per_minute >= 48.0)
        .unwrap_or(Step::Years(100));
    let start = time_of(t0);
    let mut out = Vec::new();
    let mut t = match step {
        Step::Hours(_) | Step::Days(_) => start.date().and_hms_opt(0, 0, 0).unwrap_or(start),
        Step::Months(_) => NaiveDate::from_ymd_opt(start.year(), start.month(), 1)
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .unwrap_or(start),
        Step::Years(n) => NaiveDate::from_ymd_opt(start.year().div_euclid(n) * n, 1, 1)
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .unwrap_or(start),
    };
    // Bounded: no axis needs more ticks than pixels.
    for _ in 0..2000 {
        let m = minutes(t);
        if m > t1 {
            break;
        }
        if m >= t0 {
            let label = match step {
                Step::Hours(_) if t.time() != chrono::NaiveTime::MIN => {
                    t.format("%H:%M").to_string()
                }
                Step::Hours(_) | Step::Days(_) => t.format("%-d %b").to_string(),
                Step::Months(_) if t.month() == 1 => t.format("%Y").to_string(),
                Step::Months(_) => t.format("%b").to_string(),
                Step::Years(_) => t.format("%Y").to_string(),
            };
            out.push((m, label));
        }
        t = match step {
            Step::Hours(n) => t + Duration::hours(i64::from(n)),
            Step::Days(n) => t + Duration::days(i64::from(n)),
            Step::Months(n) => t
                .checked_add_months(chrono::Months::new(n))
                .unwrap_or(t + Duration::days(31)),
            Step::Years(n) => t.with_year(t.year() + n).unwrap_or(t + Duration::days(366)),
        };
    }
    out
}

/// "13 years", "45 days": the length of a cut-out gap.
fn gap_label(minutes: i64) -> String {
    let days = minutes / 1440;
    if days >= 730 {
        format!("{} years", days / 365)
    } else if days >= 60 {
        format!("{} months", days / 30)
    } else {
        format!("{days} days")
    }
}

/// The SVG chart.
fn chart(out: &mut String, timeline: &Timeline) {
    let marks: Vec<Mark> = timeline
        .events
        .iter()
        .map(|e| Mark::of(timeline, e))
        .collect();
    let mut extents: Vec<(i64, i64)> = marks.iter().filter_map(|m| m.extent()).collect();
    let publish: Vec<(usize, i64)> = timeline
        .documents
        .iter()
        .enumerate()
        .filter_map(|(i, d)| {
            NaiveDate::parse_from_str(&d.published, "%Y-%m-%d")
                .ok()
                .and_then(|p| p.and_hms_opt(0, 0, 0))
                .map(|p| (i, minutes(p)))
        })
        .collect();
    extents.extend(publish.iter().map(|&(_, p)| (p, p + 1439)));
    let axis = Axis::new(&extents);

    // Lanes: one per document, holding the events first quoted from it, in timeline order;
    // events from no known document get a last lane.
    let lane_of = |e: &TimelineEvent| {
        e.evidence
            .first()
            .and_then(|ev| timeline.documents.iter().position(|d| d.id == ev.document))
            .unwrap_or(timeline.documents.len())
    };
    let mut lanes: Vec<(String, Vec<usize>)> = timeline
        .documents
        .iter()
        .map(|d| (document_title(timeline, &d.id), Vec::new()))
        .collect();
    lanes.push(("Other".to_string(), Vec::new()));
    for (n, e) in timeline.events.iter().enumerate() {
        lanes[lane_of(e)].1.push(n);
    }
    lanes.retain(|(_, rows)| !rows.is_empty());

    let rows: usize = lanes.iter().map(|(_, r)| r.len()).sum();
    let height = AXIS_H + lanes.len() as f64 * LANE_H + rows as f64 * ROW_H + 12.0;
    let _ = writeln!(
        out,
        "<svg id=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {height:.0}\" \
         width=\"{WIDTH}\" height=\"{height:.0}\" role=\"img\" aria-label=\"Timeline chart\">"
    );
    out.push_str(SVG_DEFS);

    // The axis, its ticks and cut-out gaps; grid lines run down the whole chart.
    let mut on_top = String::new();
    if let Some(axis) = &axis {
        let _ = writeln!(
            out,
            "<line class=\"axis\" x1=\"{PLOT_X0}\" y1=\"{y:.1}\" x2=\"{PLOT_X1}\" y2=\"{y:.1}\"/>",
            y = AXIS_H - 6.0
        );
        for (i, s) in axis.segments.iter().enumerate() {
            let ppm = (s.x1 - s.x0) / (s.t1 - s.t0).max(1) as f64;
            let ts = ticks(s.t0, s.t1, ppm);
            for (m, label) in &ts {
                let x = axis.x(*m);
                let _ = writeln!(
                    out,
                    "<line class=\"grid\" x1=\"{x:.1}\" y1=\"{:.1}\" x2=\"{x:.1}\" y2=\"{:.1}\"/>\
                     <text class=\"tick\" x=\"{x:.1}\" y=\"{:.1}\">{}</text>",
                    AXIS_H - 10.0,
                    height - 6.0,
                    AXIS_H - 14.0,
                    escape_html(label)
                );
            }
            // The year of a day-level stretch, once, at its start.
            let year = time_of(s.t0 + (s.t1 - s.t0) / 2).year();
            if ts
                .iter()
                .all(|(_, l)| l.len() > 4 || l.parse::<i32>().is_err())
            {
                let _ = writeln!(
                    out,
                    "<text class=\"year\" x=\"{:.1}\" y=\"16\">{year}</text>",
                    s.x0 + 2.0
                );
            }
            if let Some(next) = axis.segments.get(i + 1) {
                let bx = s.x1 + BREAK_W / 2.0;
                let _ = writeln!(
                    out,
                    "<g class=\"break\"><rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\"/>\
                     <text x=\"{bx:.1}\" y=\"{:.1}\">//</text><text class=\"gap\" x=\"{bx:.1}\" y=\"32\">{}</text>\
                     <title>{} cut out of the axis</title></g>",
                    s.x1 + 4.0,
                    AXIS_H - 10.0,
                    BREAK_W - 8.0,
                    height - AXIS_H + 4.0,
                    AXIS_H - 2.0,
                    escape_html(&gap_label(next.t0 - s.t1)),
                    escape_html(&gap_label(next.t0 - s.t1))
                );
            }
        }
        // Drawn after the rows (below), so that lane and row backgrounds do not hide them.
        for &(d, p) in &publish {
            let x = axis.x(p + 720);
            let _ = writeln!(
                on_top,
                "<line class=\"published\" x1=\"{x:.1}\" y1=\"{:.1}\" x2=\"{x:.1}\" y2=\"{:.1}\">\
                 <title>{} published</title></line>\
                 <text class=\"published-label\" x=\"{x:.1}\" y=\"30\">published</text>",
                AXIS_H - 8.0,
                height - 6.0,
                escape_html(&timeline.documents[d].title)
            );
        }
    } else {
        let _ = writeln!(
            out,
            "<text class=\"none\" x=\"{PLOT_X0}\" y=\"{:.1}\">No event is dated by the text.</text>",
            AXIS_H - 14.0
        );
    }

    let in_conflict = conflicted(timeline);
    let mut y = AXIS_H;
    for (title, rows) in &lanes {
        let _ = writeln!(
            out,
            "<g class=\"lane\"><rect class=\"lane-bg\" x=\"0\" y=\"{y:.1}\" width=\"{WIDTH}\" height=\"{LANE_H}\"/>\
             <text class=\"lane-title\" x=\"8\" y=\"{:.1}\">{}</text></g>",
            y + 18.0,
            escape_html(&truncate(title, 120))
        );
        y += LANE_H;
        for (k, &n) in rows.iter().enumerate() {
            row(
                out,
                timeline,
                n,
                y,
                marks[n],
                axis.as_ref(),
                in_conflict.contains(&n),
                k > 0 && rows[k - 1] + 1 == n,
            );
            y += ROW_H;
        }
    }
    out.push_str(&on_top);
    out.push_str("</svg>\n");
}

/// One event's row: gutter mark, label and bar, inside a link to its evidence.
#[allow(clippy::too_many_arguments)]
fn row(
    out: &mut String,
    timeline: &Timeline,
    n: usize,
    y: f64,
    mark: Mark,
    axis: Option<&Axis>,
    conflict: bool,
    previous_is_above: bool,
) {
    let e = &timeline.events[n];
    let status = status_word(e.status);
    let mut classes = format!("ev {status}");
    if conflict {
        classes.push_str(" conflict");
    }
    let date = display_date(timeline, e);
    let quote = e.evidence.first().map(|ev| ev.quote.as_str()).unwrap_or("");
    let _ = write!(
        out,
        "<a href=\"#ev-{n}\" class=\"{classes}\" data-ev=\"ev-{n}\"><g>\
         <title>{} — {} ({})\n“{}”</title>\
         <rect class=\"row-bg\" x=\"0\" y=\"{y:.1}\" width=\"{WIDTH}\" height=\"{ROW_H}\"/>",
        escape_html(&e.summary),
        escape_html(&date),
        status,
        escape_html(quote)
    );
    let mid = y + ROW_H / 2.0;
    // The gutter: how this row stands to the previous event of the timeline.
    let (glyph, what) = match e.follows_previous {
        Sequence::First => ("•", "first"),
        Sequence::Entailed => ("↓", "after the previous event, as the text entails"),
        Sequence::Unordered => ("≀", "not ordered by the text against the previous event"),
    };
    let order_class = match e.follows_previous {
        Sequence::First => "first",
        Sequence::Entailed => "entailed",
        Sequence::Unordered => "unordered",
    };
    let _ = write!(
        out,
        "<text class=\"order {order_class}\" x=\"14\" y=\"{:.1}\"><title>{what}{}</title>{glyph}</text>",
        mid + 4.0,
        if previous_is_above || e.follows_previous == Sequence::First {
            ""
        } else {
            " (the previous event is in another lane)"
        }
    );
    let warn = if conflict { "⚠ " } else { "" };
    let _ = write!(
        out,
        "<text class=\"label\" x=\"{LABEL_X}\" y=\"{:.1}\">{warn}{}</text>",
        mid + 4.0,
        escape_html(&truncate(&e.summary, 58))
    );
    let Some(axis) = axis else {
        out.push_str("</g></a>\n");
        return;
    };
    let h = 12.0;
    let top = mid - h / 2.0;
    match mark {
        Mark::Bar {
            start,
            end,
            derived,
        } => {
            let x0 = axis.x(start);
            let x1 = axis.x(end).max(x0 + 4.0);
            let class = if derived { "bar derived" } else { "bar dated" };
            let _ = write!(
                out,
                "<rect class=\"{class}\" x=\"{x0:.1}\" y=\"{top:.1}\" width=\"{:.1}\" height=\"{h}\" rx=\"2\"/>",
                x1 - x0
            );
        }
        Mark::Before { end } => {
            let x1 = axis.x(end);
            let x0 = (axis.segment(end).x0).min(x1 - 40.0).max(PLOT_X0);
            let _ = write!(
                out,
                "<rect class=\"bar open-left\" x=\"{x0:.1}\" y=\"{top:.1}\" width=\"{:.1}\" height=\"{h}\" style=\"fill:url(#fade-left-{status})\"/>\
                 <line class=\"bound\" x1=\"{x1:.1}\" y1=\"{top:.1}\" x2=\"{x1:.1}\" y2=\"{:.1}\"/>",
                (x1 - x0).max(4.0),
                top + h
            );
        }
        Mark::After { start } => {
            let x0 = axis.x(start);
            let seg_end = axis.segment(start).x1;
            let x1 = seg_end.max(x0 + 40.0).min(PLOT_X1);
            let _ = write!(
                out,
                "<rect class=\"bar open-right\" x=\"{x0:.1}\" y=\"{top:.1}\" width=\"{:.1}\" height=\"{h}\" style=\"fill:url(#fade-right-{status})\"/>\
                 <line class=\"bound\" x1=\"{x0:.1}\" y1=\"{top:.1}\" x2=\"{x0:.1}\" y2=\"{:.1}\"/>",
                (x1 - x0).max(4.0),
                top + h
            );
        }
        Mark::Around { at } => {
            let x = axis.x(at);
            let _ = write!(
                out,
                "<rect class=\"bar around\" x=\"{:.1}\" y=\"{top:.1}\" width=\"60\" height=\"{h}\" style=\"fill:url(#fade-both-{status})\"/>\
                 <circle class=\"dot\" cx=\"{x:.1}\" cy=\"{mid:.1}\" r=\"3.5\"/>",
                x - 30.0
            );
        }
        Mark::None => {
            let _ = write!(
                out,
                "<text class=\"undated\" x=\"{:.1}\" y=\"{:.1}\">not dated by the text</text>",
                PLOT_X0 + 4.0,
                mid + 4.0
            );
        }
    }
    out.push_str("</g></a>\n");
}

/// The conflicts and dropped readings, with their quotes.
fn conflicts(out: &mut String, timeline: &Timeline) {
    out.push_str("<section id=\"conflicts\">\n<h2>Conflicts</h2>\n");
    if timeline.conflicts.is_empty() {
        out.push_str("<p>None: the statements of the text are consistent.</p>\n");
    }
    for c in &timeline.conflicts {
        out.push_str("<div class=\"conflict-box\"><p>These statements cannot all be true:</p><ul>");
        for s in &c.statements {
            let _ = write!(
                out,
                "<li>{} <blockquote>“{}”</blockquote><span class=\"src\">{}</span></li>",
                escape_html(&s.says),
                escape_html(&s.evidence.quote),
                escape_html(&document_title(timeline, &s.evidence.document))
            );
        }
        let _ = writeln!(
            out,
            "</ul><p>Left out to keep the rest consistent: {}</p></div>",
            escape_html(&c.dropped)
        );
    }
    if !timeline.dropped.is_empty() {
        out.push_str("<h3>Dropped readings</h3>\n<ul>");
        for d in &timeline.dropped {
            let _ = write!(
                out,
                "<li>{} <blockquote>“{}”</blockquote> contradicts: {}</li>",
                escape_html(&d.statement.says),
                escape_html(&d.statement.evidence.quote),
                d.contradicts
                    .iter()
                    .map(|s| escape_html(&s.says))
                    .collect::<Vec<_>>()
                    .join("; ")
            );
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
}

/// Every event with its date, status, evidence and reasons.
fn events(out: &mut String, timeline: &Timeline) {
    out.push_str("<section id=\"events\">\n<h2>Events and evidence</h2>\n<ol>\n");
    let in_conflict = conflicted(timeline);
    for (n, e) in timeline.events.iter().enumerate() {
        let status = status_word(e.status);
        let _ = write!(
            out,
            "<li id=\"ev-{n}\" class=\"event {status}{}\">",
            if in_conflict.contains(&n) {
                " conflict"
            } else {
                ""
            }
        );
        let _ = write!(
            out,
            "<p class=\"head\"><span class=\"date\">{}</span> <strong>{}</strong> \
             <span class=\"tag {status}\" title=\"{}\">{status}</span> <span class=\"id\">{}</span></p>",
            escape_html(&display_date(timeline, e)),
            escape_html(&e.summary),
            escape_html(status_meaning(e.status)),
            escape_html(&e.id.to_string())
        );
        let mut facts = Vec::new();
        if let Some(who) = &e.who {
            facts.push(format!("who: {}", escape_html(who)));
        }
        if let Some(place) = &e.place {
            facts.push(format!("where: {}", escape_html(place)));
        }
        facts.push(format!("trigger: “{}”", escape_html(&e.trigger)));
        let names = other_names(e);
        if !names.is_empty() {
            let names: Vec<String> = names
                .iter()
                .map(|t| format!("“{}”", escape_html(t)))
                .collect();
            facts.push(format!("also told as: {}", names.join(", ")));
        }
        let _ = write!(out, "<p class=\"facts\">{}</p>", facts.join(" · "));
        for ev in &e.evidence {
            let _ = write!(
                out,
                "<blockquote>“{}”</blockquote><p class=\"src\">{}, bytes {}–{}</p>",
                escape_html(&ev.quote),
                escape_html(&document_title(timeline, &ev.document)),
                ev.span.start,
                ev.span.end
            );
        }
        let dated = match &e.when.from {
            Some(from) => format!("“{}”: {}", escape_html(from), escape_html(&e.when.rule)),
            None => escape_html(&e.when.rule),
        };
        let _ = write!(out, "<p class=\"why\">Dated by {dated}");
        if let Some(a) = &e.when.anchor {
            let _ = write!(out, "; anchor: {}", escape_html(a));
        }
        if let Some(a) = &e.when.assumption {
            let _ = write!(out, "; assumption: {}", escape_html(a));
        }
        out.push_str(".</p>");
        for (what, reasons) in [
            ("Earliest bound because", &e.when.earliest_because),
            ("Latest bound because", &e.when.latest_because),
        ] {
            if reasons.is_empty() {
                continue;
            }
            let _ = write!(out, "<details><summary>{what}</summary><ul>");
            for r in reasons {
                let _ = write!(out, "<li>{}</li>", escape_html(r));
            }
            out.push_str("</ul></details>");
        }
        out.push_str("<p class=\"back\"><a href=\"#chart\">↑ chart</a></p></li>\n");
    }
    out.push_str("</ol>\n</section>\n");
}

/// The legend above the chart.
const LEGEND: &str = "<p class=\"legend\">\
<svg width=\"34\" height=\"12\"><rect class=\"bar dated\" x=\"1\" y=\"1\" width=\"32\" height=\"10\"/></svg> dated by a time phrase \
<svg width=\"34\" height=\"12\"><rect class=\"bar derived\" x=\"1\" y=\"1\" width=\"32\" height=\"10\"/></svg> somewhere between bounds derived from relations \
<svg width=\"34\" height=\"12\"><rect x=\"1\" y=\"1\" width=\"32\" height=\"10\" fill=\"url(#fade-left-asserted)\"/></svg> only the latest bound is known \
<span class=\"order entailed\">↓</span> after the previous event, as the text entails \
<span class=\"order unordered\">≀</span> the text does not order it against the previous event \
<span class=\"conflict-key\">⚠</span> in a conflict. \
Colours: <span class=\"tag asserted\">asserted</span> <span class=\"tag reported\">reported</span> \
<span class=\"tag negated\">negated</span> <span class=\"tag hypothetical\">hypothetical</span> \
<span class=\"tag future\">future</span>. Click a row for its evidence.</p>\n";

/// Gradients for open bounds, one set per status colour.
const SVG_DEFS: &str = "<defs>\
<linearGradient id=\"fade-left-asserted\"><stop offset=\"0\" stop-color=\"#2b6cb0\" stop-opacity=\"0\"/><stop offset=\"1\" stop-color=\"#2b6cb0\" stop-opacity=\"0.85\"/></linearGradient>\
<linearGradient id=\"fade-left-reported\"><stop offset=\"0\" stop-color=\"#6b46c1\" stop-opacity=\"0\"/><stop offset=\"1\" stop-color=\"#6b46c1\" stop-opacity=\"0.85\"/></linearGradient>\
<linearGradient id=\"fade-left-negated\"><stop offset=\"0\" stop-color=\"#718096\" stop-opacity=\"0\"/><stop offset=\"1\" stop-color=\"#718096\" stop-opacity=\"0.85\"/></linearGradient>\
<linearGradient id=\"fade-left-hypothetical\"><stop offset=\"0\" stop-color=\"#c27c0e\" stop-opacity=\"0\"/><stop offset=\"1\" stop-color=\"#c27c0e\" stop-opacity=\"0.85\"/></linearGradient>\
<linearGradient id=\"fade-left-future\"><stop offset=\"0\" stop-color=\"#2f855a\" stop-opacity=\"0\"/><stop offset=\"1\" stop-color=\"#2f855a\" stop-opacity=\"0.85\"/></linearGradient>\
<linearGradient id=\"fade-right-asserted\" href=\"#fade-left-asserted\" x1=\"1\" x2=\"0\"/>\
<linearGradient id=\"fade-right-reported\" href=\"#fade-left-reported\" x1=\"1\" x2=\"0\"/>\
<linearGradient id=\"fade-right-negated\" href=\"#fade-left-negated\" x1=\"1\" x2=\"0\"/>\
<linearGradient id=\"fade-right-hypothetical\" href=\"#fade-left-hypothetical\" x1=\"1\" x2=\"0\"/>\
<linearGradient id=\"fade-right-future\" href=\"#fade-left-future\" x1=\"1\" x2=\"0\"/>\
<linearGradient id=\"fade-both-asserted\"><stop offset=\"0\" stop-color=\"#2b6cb0\" stop-opacity=\"0\"/><stop offset=\"0.5\" stop-color=\"#2b6cb0\" stop-opacity=\"0.7\"/><stop offset=\"1\" stop-color=\"#2b6cb0\" stop-opacity=\"0\"/></linearGradient>\
<linearGradient id=\"fade-both-reported\" href=\"#fade-both-asserted\"/>\
<linearGradient id=\"fade-both-negated\" href=\"#fade-both-asserted\"/>\
<linearGradient id=\"fade-both-hypothetical\" href=\"#fade-both-asserted\"/>\
<linearGradient id=\"fade-both-future\" href=\"#fade-both-asserted\"/>\
</defs>\n";

/// The page's style sheet.
const CSS: &str = "
body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;color:#1a202c;margin:0;background:#fff}
header,main{max-width:1220px;margin:0 auto;padding:0 12px}
h1{font-size:22px;margin:18px 0 4px}h2{font-size:18px;margin:24px 0 8px}
.legend{font-size:12px;color:#4a5568}.legend svg{vertical-align:middle}
#chart{overflow-x:auto}
svg text{font-size:12px;fill:#1a202c}
.axis{stroke:#4a5568;stroke-width:1}.grid{stroke:#e2e8f0;stroke-width:1}
.tick{font-size:11px;fill:#4a5568;text-anchor:middle}.year{font-weight:600;fill:#2d3748}
.break rect{fill:#f7fafc;stroke:#cbd5e0;stroke-dasharray:3 3}.break text{text-anchor:middle;fill:#718096;font-size:11px}
.published{stroke:#c05621;stroke-width:1.5;stroke-dasharray:5 3;pointer-events:none}.published-label{font-size:10px;fill:#c05621;text-anchor:middle}
.lane-bg{fill:#edf2f7}.lane-title{font-weight:600}
.row-bg{fill:transparent}a.ev:hover .row-bg,a.ev:focus .row-bg{fill:#fefcbf}
a.ev.conflict .row-bg{fill:#fff5f5}a.ev.conflict .label{fill:#c53030;font-weight:600}
.label{fill:#1a202c}a.ev.negated .label{text-decoration:line-through;fill:#718096}
a.ev.hypothetical .label,a.ev.future .label{font-style:italic}
.order{font-size:14px;text-anchor:middle}.order.unordered{fill:#a0aec0}.order.entailed{fill:#2d3748;font-weight:700}
span.order{font-weight:700}span.order.unordered{color:#a0aec0}
.bar.dated{stroke:none}.bar.derived{fill-opacity:.28;stroke-width:1.2;stroke-dasharray:4 2}
a.ev.asserted .bar,.legend .bar{fill:#2b6cb0;stroke:#2b6cb0}a.ev.reported .bar{fill:#6b46c1;stroke:#6b46c1}
a.ev.negated .bar{fill:#718096;stroke:#718096}a.ev.hypothetical .bar{fill:#c27c0e;stroke:#c27c0e}
a.ev.future .bar{fill:#2f855a;stroke:#2f855a}
.bar.open-left,.bar.open-right,.bar.around{stroke:none}
a.ev .bar.open-left,a.ev .bar.open-right,a.ev .bar.around{fill-opacity:1;stroke:none}
.bound{stroke:#1a202c;stroke-width:2}.dot{fill:#1a202c}
a.ev.conflict .bar{stroke:#c53030;stroke-width:2;stroke-dasharray:none}
.undated{font-style:italic;fill:#a0aec0;font-size:11px}
.conflict-key{color:#c53030}
.tag{font-size:11px;border-radius:3px;padding:0 4px;color:#fff}
.tag.asserted{background:#2b6cb0}.tag.reported{background:#6b46c1}.tag.negated{background:#718096}
.tag.hypothetical{background:#c27c0e}.tag.future{background:#2f855a}
#events ol{padding-left:28px}#events li{margin:0 0 14px}#events li:target,#events li.flash{background:#fefcbf}
li.conflict .head strong{color:#c53030}
.date{font-weight:600;color:#2d3748}.id{color:#a0aec0;font-size:12px}
blockquote{margin:4px 0 2px 0;padding:2px 10px;border-left:3px solid #cbd5e0;color:#2d3748}
.src,.facts,.why{font-size:12px;color:#4a5568;margin:2px 0}.back{font-size:12px;margin:2px 0}
details{font-size:12px;color:#4a5568}
.conflict-box{border:2px solid #c53030;border-radius:4px;padding:4px 12px;margin:8px 0;background:#fff5f5}
#detail{position:fixed;right:16px;top:16px;width:420px;max-height:80vh;overflow:auto;background:#fff;
border:1px solid #a0aec0;border-radius:6px;box-shadow:0 6px 24px rgba(0,0,0,.2);padding:8px 14px;z-index:10}
#detail .back{display:none}#detail-body>li{list-style:none}#close{float:right;border:none;background:none;font-size:20px;cursor:pointer}
";

/// Click a row: show its evidence in a panel (the link still works without JavaScript).
const JS: &str = "
(function(){
var panel=document.getElementById('detail'),body=document.getElementById('detail-body');
function show(id){var li=document.getElementById(id);if(!li)return;
body.replaceChildren(li.cloneNode(true));body.firstChild.removeAttribute('id');panel.hidden=false;}
document.querySelectorAll('#timeline a.ev').forEach(function(a){
a.addEventListener('click',function(ev){ev.preventDefault();show(a.getAttribute('data-ev'));});});
document.getElementById('close').addEventListener('click',function(){panel.hidden=true;});
document.addEventListener('keydown',function(ev){if(ev.key==='Escape')panel.hidden=true;});
})();
";
