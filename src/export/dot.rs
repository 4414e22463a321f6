//! Graphviz DOT: the events as nodes and the text's relations as edges, one edge style per
//! relation kind, one cluster per source article. Render with `dot -Tsvg timeline.dot`.
//!
//! Nodes are laid top to bottom in timeline order (invisible edges between neighbours hold
//! that order), so a `before` edge points down the page.

use std::fmt::Write;

use super::common::{conflicted, display_date, document_title, status_word, truncate};
use crate::event::Status;
use crate::relation::RelationKind;
use crate::timeline::Timeline;

/// The timeline's events and relations as a Graphviz digraph.
///
/// Node labels give the id, the date a reader sees and the summary; tooltips (SVG output)
/// quote the evidence. Edge style says the relation kind:
/// `before` solid, `during` bold dashed, `overlaps` dotted and undirected, the bound-only
/// kinds (`starts-before`, `ends-before`, `starts-after-start`, `starts-before-end`) thin
/// dashed with an open arrow. Negated, hypothetical and future events have a dashed border;
/// events named in a conflict are red.
pub fn to_dot(timeline: &Timeline) -> String {
    let mut out = String::new();
    out.push_str(
        "// tempora timeline graph; render with: dot -Tsvg timeline.dot -o timeline.svg\n",
    );
    out.push_str("digraph timeline {\n");
    let _ = writeln!(
        out,
        "  graph [rankdir=TB, newrank=true, nodesep=0.25, ranksep=0.3, fontname=\"Helvetica\", \
         fontsize=12, labelloc=t, label={}];",
        quote(&format!(
            "tempora timeline: {} events, {} relations, {} conflicts",
            timeline.events.len(),
            timeline.relations.len(),
            timeline.conflicts.len()
        ))
    );
    out.push_str(
        "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", \
         fontname=\"Helvetica\", fontsize=10];\n",
    );
    out.push_str("  edge [fontname=\"Helvetica\", fontsize=9];\n");

    let in_conflict = conflicted(timeline);
    // One cluster per document, holding the events first quoted from it; an event whose
    // document is unknown stays outside any cluster.
    let home = |e: &crate::timeline::TimelineEvent| {
        e.evidence
            .first()
            .and_then(|ev| timeline.documents.iter().position(|d| d.id == ev.document))
    };
    let node = |out: &mut String, n: usize, indent: &str| {
        let e = &timeline.events[n];
        let label = format!(
            "{} · {}\n{}",
            e.id,
            display_date(timeline, e),
            truncate(&e.summary, 60)
        );
        let label = match e.status {
            Status::Asserted => label,
            s => format!("{label}\n[{}]", status_word(s)),
        };
        let tooltip: Vec<&str> = e.evidence.iter().map(|ev| ev.quote.as_str()).collect();
        let mut attrs = format!(
            "label={}, tooltip={}",
            quote(&label),
            quote(&tooltip.join("\n"))
        );
        match e.status {
            Status::Asserted => {}
            Status::Reported => attrs.push_str(", fillcolor=\"#eef3fb\""),
            _ => attrs.push_str(", style=\"rounded,filled,dashed\", fillcolor=\"#f2f2f2\""),
        }
        if e.when.from.is_some() {
            attrs.push_str(", penwidth=2");
        }
        if in_conflict.contains(&n) {
            attrs.push_str(", color=\"#c0392b\", fontcolor=\"#c0392b\", penwidth=2.5");
        }
        let _ = writeln!(out, "{indent}{} [{attrs}];", quote(&e.id.to_string()));
    };
    for (d, doc) in timeline.documents.iter().enumerate() {
        let _ = writeln!(out, "  subgraph cluster_{d} {{");
        let _ = writeln!(
            out,
            "    label={}; style=rounded; color=\"#bbbbbb\";",
            quote(&document_title(timeline, &doc.id))
        );
        for (n, e) in timeline.events.iter().enumerate() {
            if home(e) == Some(d) {
                node(&mut out, n, "    ");
            }
        }
        out.push_str("  }\n");
    }
    for (n, e) in timeline.events.iter().enumerate() {
        if home(e).is_none() {
            node(&mut out, n, "  ");
        }
    }

    out.push_str("  // timeline order\n");
    for pair in timeline.events.windows(2) {
        let _ = writeln!(
            out,
            "  {} -> {} [style=invis];",
            quote(&pair[0].id.to_string()),
            quote(&pair[1].id.to_string())
        );
    }

    out.push_str("  // relations of the text\n");
    for r in &timeline.relations {
        let kind = serde_name(&r.kind);
        let mut label = kind.clone();
        if let Some([lo, hi]) = r.minutes {
            let _ = write!(label, "\n{lo}–{hi} min");
        }
        let style = match r.kind {
            RelationKind::Before => "style=solid, penwidth=1.5",
            RelationKind::During => "style=dashed, penwidth=2, arrowhead=diamond",
            RelationKind::Overlaps | RelationKind::Simultaneous => {
                "style=dotted, dir=none, constraint=false"
            }
            RelationKind::StartsBefore
            | RelationKind::EndsBefore
            | RelationKind::StartsAfterStart
            | RelationKind::StartsBeforeEnd => "style=dashed, arrowhead=empty, color=\"#555555\"",
        };
        let _ = writeln!(
            out,
            "  {} -> {} [label={}, {style}, tooltip={}];",
            quote(&r.source.to_string()),
            quote(&r.target.to_string()),
            quote(&label),
            quote(&format!("{}: {} — “{}”", r.id, r.rule, r.evidence.quote))
        );
    }
    out.push_str("}\n");
    out
}

/// A DOT double-quoted string: `"` and `\` escaped, line breaks as `\n` (centred lines).
fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            _ => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A serde enum's name as written in the YAML ("starts-before").
fn serde_name<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::quote;

    #[test]
    fn quoting_escapes_quotes_backslashes_and_newlines() {
        assert_eq!(quote("a \"b\" \\ c\nd"), r#""a \"b\" \\ c\nd""#);
    }
}
