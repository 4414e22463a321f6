//! Markdown: a chronology table (when, what, status, order, sources) that pastes into a
//! newsroom CMS, then the conflicts and dropped readings. Plain GitHub-flavoured tables and
//! no raw HTML, so the text reads the same where Markdown is not rendered.

use std::fmt::Write;

use super::common::{conflicted, day, display_date, other_names, status_word, timeline_title};
use crate::timeline::{Sequence, Statement, Timeline, TimelineEvent};

/// The timeline as a Markdown document with one chronology table.
///
/// Every cell is escaped: `|`, Markdown punctuation and `<`, `>`, `&` cannot change the table
/// or inject HTML into a CMS that renders it.
pub fn to_markdown(timeline: &Timeline) -> String {
    let mut out = String::new();
    let title = timeline_title(timeline);
    let _ = writeln!(out, "# {}\n", inline(&title));
    let _ = writeln!(
        out,
        "Reconstructed by tempora from {}:\n",
        plural(timeline.documents.len(), "article")
    );
    for d in &timeline.documents {
        let published = chrono::NaiveDate::parse_from_str(&d.published, "%Y-%m-%d")
            .map(day)
            .unwrap_or_else(|_| d.published.clone());
        let _ = write!(out, "- **{}**", inline(&d.id));
        if !d.title.is_empty() {
            let _ = write!(out, ": {}", inline(&d.title));
        }
        let _ = write!(out, ", published {}", inline(&published));
        if let Some(source) = &d.source {
            let _ = write!(out, " ({})", inline(source));
        }
        out.push('\n');
    }
    let _ = writeln!(
        out,
        "\n{} in timeline order. *When* is what the text allows: a date, `c.` a range the \
         event lies somewhere in, or one bound only. *Order*: `after ↑` the text says it \
         came after the row above; `unordered` the text does not order the two (placed by \
         earliest bound, then text order).\n",
        plural(timeline.events.len(), "event")
    );
    out.push_str("| # | id | When | What | Status | Order | Sources |\n");
    out.push_str("|--:|---|---|---|---|---|---|\n");
    let in_conflict = conflicted(timeline);
    for (n, e) in timeline.events.iter().enumerate() {
        let mut status = status_word(e.status).to_string();
        if in_conflict.contains(&n) {
            status.push_str(", in conflict");
        }
        let order = match e.follows_previous {
            Sequence::First => "first",
            Sequence::Entailed => "after ↑",
            Sequence::Unordered => "unordered",
        };
        // The document is named only when there are several.
        let sources: Vec<String> = e
            .evidence
            .iter()
            .map(|ev| match timeline.documents.len() {
                1 => format!("“{}”", cell(&ev.quote)),
                _ => format!("{}: “{}”", cell(&ev.document), cell(&ev.quote)),
            })
            .collect();
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} |",
            n + 1,
            cell(&e.id.to_string()),
            cell(&display_date(timeline, e)),
            what(e),
            cell(&status),
            order,
            sources.join(" · ")
        );
    }
    out.push_str("\n## Conflicts\n\n");
    if timeline.conflicts.is_empty() {
        out.push_str("None: the statements of the text are consistent.\n");
    }
    for (n, c) in timeline.conflicts.iter().enumerate() {
        let _ = writeln!(out, "{}. These statements cannot all be true:", n + 1);
        for s in &c.statements {
            statement(&mut out, s);
        }
        let _ = writeln!(out, "   - left out: {}", inline(&c.dropped));
    }
    if !timeline.dropped.is_empty() {
        out.push_str("\n## Dropped readings\n\n");
        for (n, d) in timeline.dropped.iter().enumerate() {
            let _ = writeln!(
                out,
                "{}. Dropped: {} (“{}”, {}), because stronger statements say otherwise:",
                n + 1,
                inline(&d.statement.says),
                inline(&d.statement.evidence.quote),
                inline(&d.statement.evidence.document)
            );
            for s in &d.contradicts {
                statement(&mut out, s);
            }
        }
    }
    out
}

/// A statement as a nested list item with its quote.
fn statement(out: &mut String, s: &Statement) {
    let _ = writeln!(
        out,
        "   - {} (“{}”, {})",
        inline(&s.says),
        inline(&s.evidence.quote),
        inline(&s.evidence.document)
    );
}

/// "1 article", "3 events".
fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// Escapes text for Markdown prose: no markup, no HTML, one line.
fn inline(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '\r' | '\n' | '\t' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// Escapes text for a table cell (as [`inline`]; `|` is escaped there too).
fn cell(s: &str) -> String {
    inline(s)
}

/// The *What* cell: the summary, and the other words the text names the happening by that
/// the summary does not show.
fn what(e: &TimelineEvent) -> String {
    let names = other_names(e);
    if names.is_empty() {
        return cell(&e.summary);
    }
    let names: Vec<String> = names.iter().map(|t| format!("“{}”", cell(t))).collect();
    format!("{} (also told as {})", cell(&e.summary), names.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_cannot_break_the_table_or_inject_html() {
        assert_eq!(
            cell("a | b\n<script>*x*</script>"),
            r"a \| b &lt;script&gt;\*x\*&lt;/script&gt;"
        );
    }
}
