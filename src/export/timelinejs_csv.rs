//! TimelineJS's Google Sheets template as CSV: the same slides as the `timelinejs` format,
//! one row each, under the template's 18 column headers, to paste or import into the sheet.

use super::timelinejs::{document, Date, Slide};
use crate::timeline::Timeline;

/// The template's columns, in its order.
const COLUMNS: [&str; 18] = [
    "Year",
    "Month",
    "Day",
    "Time",
    "End Year",
    "End Month",
    "End Day",
    "End Time",
    "Display Date",
    "Headline",
    "Text",
    "Media",
    "Media Credit",
    "Media Caption",
    "Media Thumbnail",
    "Type",
    "Group",
    "Background",
];

/// The timeline in TimelineJS's Google Sheets layout, as RFC 4180 CSV (LF line ends).
///
/// The first row after the header is the title slide (`Type` = `title`); then one row per
/// event placed on the axis, as in [`to_timelinejs`](super::to_timelinejs). Headline and Text
/// hold HTML, as the template expects.
pub fn to_timelinejs_csv(timeline: &Timeline) -> String {
    let doc = document(timeline);
    let mut out = String::new();
    row(&mut out, COLUMNS.iter().map(|c| c.to_string()));
    row(&mut out, cells(&doc.title, "title"));
    for slide in &doc.events {
        row(&mut out, cells(slide, ""));
    }
    out
}

/// A slide's 18 cells.
fn cells(slide: &Slide, kind: &str) -> [String; 18] {
    let (y, m, d, t) = date_cells(slide.start_date.as_ref());
    let (ey, em, ed, et) = date_cells(slide.end_date.as_ref());
    [
        y,
        m,
        d,
        t,
        ey,
        em,
        ed,
        et,
        slide.display_date.clone().unwrap_or_default(),
        slide.text.headline.clone(),
        slide.text.text.clone(),
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        kind.to_string(),
        slide.group.clone().unwrap_or_default(),
        String::new(),
    ]
}

/// Year, Month, Day and Time (`HH:MM`) cells; empty below the date's precision.
fn date_cells(date: Option<&Date>) -> (String, String, String, String) {
    let Some(d) = date else {
        return Default::default();
    };
    let num = |n: Option<u32>| n.map(|n| n.to_string()).unwrap_or_default();
    let time = match (d.hour, d.minute) {
        (Some(h), Some(m)) => format!("{h:02}:{m:02}"),
        _ => String::new(),
    };
    (d.year.to_string(), num(d.month), num(d.day), time)
}

/// Writes one CSV record.
fn row(out: &mut String, cells: impl IntoIterator<Item = String>) {
    for (i, c) in cells.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&field(&c));
    }
    out.push('\n');
}

/// One CSV field: quoted when it holds a comma, a quote or a line break (quotes doubled), and
/// defused with a leading `'` when a spreadsheet would read it as a formula (OWASP "CSV
/// injection"); plain numbers such as a negative year are left alone.
fn field(s: &str) -> String {
    let formula = s.starts_with(['=', '+', '-', '@', '\t', '\r']) && s.parse::<f64>().is_err();
    let s = if formula {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::field;

    #[test]
    fn fields_are_quoted_only_when_needed() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("say \"no\""), "\"say \"\"no\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
    }

    #[test]
    fn formulas_are_defused() {
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("-1+2"), "'-1+2");
        assert_eq!(field("-44"), "-44");
    }
}
