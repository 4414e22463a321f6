//! Diagnostics as a person reads them: file, line, column, the line, a caret under the span.

use tempora::{Diagnostic, Severity, Span};

/// Renders one diagnostic against the text of its document.
/// The line index of the text is made once by the caller: a long article with thousands of
/// diagnostics counted its lines from the start for each (quadratic; issue 6).
pub fn diagnostic_in(path: &str, text: &str, lines: &Lines, d: &Diagnostic) -> String {
    let level = match d.severity {
        Severity::Note => "note",
        Severity::Warning => "warning",
    };
    let mut out = format!("{level}[{}]: {}\n", d.stage, d.message);
    if let Some(span) = d.span {
        out.push_str(&snippet_in(path, text, lines, span));
    } else {
        out.push_str(&format!("  --> {path}\n"));
    }
    out
}

/// Where each line of a text starts.
pub struct Lines {
    starts: Vec<usize>,
}

impl Lines {
    /// The line starts of `text`: 0 and every byte after a line feed.
    pub fn new(text: &str) -> Lines {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i + 1),
        );
        Lines { starts }
    }
}

/// `--> path:line:col`, the source line and carets under `span` (first line only).
#[cfg(test)]
pub fn snippet(path: &str, text: &str, span: Span) -> String {
    snippet_in(path, text, &Lines::new(text), span)
}

fn snippet_in(path: &str, text: &str, lines: &Lines, span: Span) -> String {
    let start = span.start.min(text.len());
    // The line holding `start`: the last line start at or before it.
    let k = lines
        .starts
        .partition_point(|&s| s <= start)
        .saturating_sub(1);
    let line_start = lines.starts[k];
    let line_end = lines.starts.get(k + 1).map_or(text.len(), |&s| s - 1);
    let line_no = k + 1;
    let line = &text[line_start..line_end];
    let col = text[line_start..start].chars().count() + 1;
    let width = text[start..span.end.min(line_end).max(start)]
        .chars()
        .count()
        .max(1);
    let gutter = line_no.to_string().len();
    format!(
        "{pad}--> {path}:{line_no}:{col}\n{pad} |\n{line_no} | {line}\n{pad} | {spaces}{carets}\n",
        pad = " ".repeat(gutter),
        spaces = " ".repeat(col - 1),
        carets = "^".repeat(width),
    )
}

/// An event a claim's name matched: its id and trigger, and the other words the text names
/// it by ("e1 \"struck\" (also told as \"earthquake\", \"disaster\")").
fn candidate(c: &tempora::check::Candidate) -> String {
    if c.told_as.is_empty() {
        return format!("{} {:?}", c.id, c.trigger);
    }
    let names: Vec<String> = c.told_as.iter().map(|t| format!("{t:?}")).collect();
    format!(
        "{} {:?} (also told as {})",
        c.id,
        c.trigger,
        names.join(", ")
    )
}

/// Claim reports as text: the answer, how each name was matched, the chain of evidence.
pub fn reports(reports: &[tempora::check::Report]) -> String {
    let mut out = String::new();
    for (n, r) in reports.iter().enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let answer = match r.answer {
            tempora::timeline::Verdict::Entailed => "entailed",
            tempora::timeline::Verdict::Contradicted => "contradicted",
            tempora::timeline::Verdict::Unknown => "unknown",
        };
        out.push_str(&format!("claim:  {}\nanswer: {answer}\n", r.claim));
        for side in std::iter::once(&r.subject).chain(r.object.as_ref()) {
            let best: Vec<String> = side.best.iter().map(candidate).collect();
            out.push_str(&format!(
                "  {:?} → {}\n",
                side.name,
                if best.is_empty() {
                    "no event".into()
                } else {
                    best.join(", ")
                }
            ));
            if !side.also.is_empty() {
                let also: Vec<String> = side.also.iter().map(candidate).collect();
                out.push_str(&format!("    also fits: {}\n", also.join(", ")));
            }
        }
        if let Some(note) = &r.note {
            out.push_str(&format!("note:   {note}\n"));
        }
        if !r.because.is_empty() {
            out.push_str("because:\n");
            for s in &r.because {
                out.push_str(&format!(
                    "  - {}\n    {:?} ({} bytes {}..{})\n",
                    s.says,
                    s.evidence.quote,
                    s.evidence.document,
                    s.evidence.span.start,
                    s.evidence.span.end
                ));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caret_under_span() {
        let text = "Title\nPolice left 10000000000 days ago.\n";
        let start = text.find("10000000000").unwrap();
        let s = snippet("a.txt", text, Span::new(start, start + 20));
        assert_eq!(
            s,
            " --> a.txt:2:13\n  |\n2 | Police left 10000000000 days ago.\n  |             ^^^^^^^^^^^^^^^^^^^^\n"
        );
    }
}
