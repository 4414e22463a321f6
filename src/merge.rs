//! The per-story reduce: per-article timelines in, one timeline per story out (issue 6,
//! `docs/scaling.md`).
//!
//! Input is what `tempora reconstruct --jsonl` writes (the map step): one line per article,
//! `{"id", "story"?, "timeline", "diagnostics"}`, or an error line `{"id", "story"?, "line",
//! "error"}`. [`merge`] groups the lines by a key (the `story` field that the map step copies
//! from its input record, or any other top-level field named by [`MergeOptions::key`]) and
//! writes one line per key, keys in sorted order:
//!
//! `{"story": KEY, "articles": [ids], "timeline": {...}, "diagnostics": [...], "errors": [...]}`
//!
//! What the merge does with the article timelines of one story:
//!
//! - articles in order of their id, whatever the order of the input lines, so that the output
//!   depends only on the set of lines (a distributed engine delivers a key's values in any
//!   order); a line repeated (a retried map task) counts once;
//! - documents, relations, conflicts and dropped readings concatenated in that order;
//! - events interleaved by date: each article's events keep their order (a linear extension of
//!   what its text entails), and among the next events of the articles the one with the
//!   earliest bound goes first (then the latest bound, then the article order). An event whose
//!   predecessor is its predecessor in its own article keeps `follows_previous`; otherwise it is
//!   `entailed` when the predecessor's latest bound is before its earliest bound, else
//!   `unordered`;
//! - events and relations renumbered (`e1`, `r1`, ... in output order), and the event ids
//!   inside explanations (`e3 "clashed" ends before ...`) rewritten to match.
//!
//! What it does not do: place events of different articles in one constraint graph. Two
//! articles that contradict each other are listed side by side, not reported as a conflict,
//! and two mentions of one happening in two articles stay two events. For that, reduce the
//! *input records* instead: `tempora reconstruct` on a story's articles (one graph, cross-source
//! conflicts, merged mentions); see `docs/scaling.md`.
//!
//! Error lines are carried into their story's `errors`, and lines that are not JSON objects (or
//! lack the key) are reported as error lines of their own (`{"story": null, "line", "error"}`),
//! so that nothing is lost.

use std::collections::BTreeMap;
use std::io::BufRead;

use serde_json::{json, Map, Value};

/// How to group and filter.
#[derive(Debug, Clone)]
pub struct MergeOptions {
    /// The top-level field whose value is the group key (default `story`).
    pub key: String,
    /// Lines without the key field: with `Some(k)`, they join group `k`; with `None`, each is
    /// reported as an error line.
    pub missing: Option<String>,
    /// Longest line accepted, in bytes.
    pub max_bytes: u64,
}

impl Default for MergeOptions {
    fn default() -> Self {
        MergeOptions {
            key: "story".into(),
            missing: None,
            max_bytes: 64 * 1024 * 1024,
        }
    }
}

/// Counts of a merge.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MergeSummary {
    /// Input lines read (blank lines excluded).
    pub lines: u64,
    /// Groups written.
    pub stories: u64,
    /// Articles merged (after duplicates were removed).
    pub articles: u64,
    /// Duplicate lines dropped.
    pub duplicates: u64,
    /// Error lines carried or written.
    pub errors: u64,
    /// Events in all merged timelines.
    pub events: u64,
}

/// One article of a group: its id's JSON text (the sort key), and its line.
struct Member {
    id: String,
    line: Value,
}

/// Reads map output lines from `input`, writes one line per group to `output`, sorted by key.
///
/// ```
/// use tempora::merge::{merge, MergeOptions};
/// let a = r#"{"id":"a","story":"s","timeline":{"format":"tempora/1","documents":[],"events":[],"relations":[],"conflicts":[],"dropped":[]},"diagnostics":[]}"#;
/// let mut out = Vec::new();
/// let summary = merge(a.as_bytes(), &mut out, &MergeOptions::default()).unwrap();
/// assert_eq!(summary.stories, 1);
/// assert!(String::from_utf8(out).unwrap().starts_with(r#"{"story":"s","articles":["a"]"#));
/// ```
pub fn merge(
    mut input: impl BufRead,
    mut output: impl std::io::Write,
    options: &MergeOptions,
) -> std::io::Result<MergeSummary> {
    let mut summary = MergeSummary::default();
    let mut groups: BTreeMap<String, (Value, Vec<Member>)> = BTreeMap::new();
    let mut bad: Vec<Value> = Vec::new();
    let (mut number, mut consumed) = (0u64, 0u64);
    while let Some(line) =
        crate::batch::read_line(&mut input, options.max_bytes, &mut number, &mut consumed)?
    {
        summary.lines += 1;
        let error = |message: String| json!({"story": null, "line": line.number, "error": message});
        let bytes = match line.bytes {
            Ok(b) => b,
            Err(limit) => {
                bad.push(error(format!(
                    "the line is longer than the limit of {limit} bytes"
                )));
                continue;
            }
        };
        let value: Value = match serde_json::from_slice(&bytes) {
            Ok(v @ Value::Object(_)) => v,
            Ok(_) => {
                bad.push(error("not a JSON object".into()));
                continue;
            }
            Err(e) => {
                bad.push(error(format!("not JSON: {e}")));
                continue;
            }
        };
        let key = match value.get(&options.key) {
            Some(k) if !k.is_null() => k.clone(),
            _ => match &options.missing {
                Some(k) => Value::String(k.clone()),
                None => {
                    bad.push(error(format!(
                        "no {:?} field to group by (id {})",
                        options.key,
                        value.get("id").unwrap_or(&Value::Null)
                    )));
                    continue;
                }
            },
        };
        let id = value.get("id").unwrap_or(&Value::Null).to_string();
        groups
            .entry(key.to_string())
            .or_insert_with(|| (key, Vec::new()))
            .1
            .push(Member { id, line: value });
    }
    for (_, (key, mut members)) in groups {
        // By id, then by the whole line, so that the order of the input does not matter.
        members.sort_by_cached_key(|m| (m.id.clone(), m.line.to_string()));
        let before = members.len();
        members.dedup_by(|b, a| a.id == b.id && a.line == b.line);
        summary.duplicates += (before - members.len()) as u64;
        let line = merge_group(&options.key, key, &members, &mut summary);
        output.write_all(line.as_bytes())?;
        output.write_all(b"\n")?;
        summary.stories += 1;
    }
    for b in &bad {
        serde_json::to_writer(&mut output, b)?;
        output.write_all(b"\n")?;
    }
    summary.errors += bad.len() as u64;
    output.flush()?;
    Ok(summary)
}

/// The merged line of one group.
fn merge_group(
    key_name: &str,
    key: Value,
    members: &[Member],
    summary: &mut MergeSummary,
) -> String {
    let mut articles = Vec::new();
    let mut errors = Vec::new();
    let mut diagnostics = Vec::new();
    let mut timelines: Vec<&Map<String, Value>> = Vec::new();
    for m in members {
        articles.push(m.line.get("id").cloned().unwrap_or(Value::Null));
        match m.line.get("timeline").and_then(Value::as_object) {
            Some(t) => timelines.push(t),
            None => errors.push(m.line.clone()),
        }
        if let Some(Value::Array(d)) = m.line.get("diagnostics") {
            diagnostics.extend(d.iter().cloned());
        }
    }
    summary.articles += timelines.len() as u64;
    summary.errors += errors.len() as u64;
    let timeline = merge_timelines(&timelines);
    summary.events += timeline.events.len() as u64;
    // Written field by field, so that the key comes first (a `serde_json::Map` would sort the
    // fields by name).
    let mut out = String::from("{");
    let mut field = |name: &str, value: String| {
        if out.len() > 1 {
            out.push(',');
        }
        out.push_str(&Value::String(name.to_string()).to_string());
        out.push(':');
        out.push_str(&value);
    };
    field(key_name, key.to_string());
    field("articles", Value::Array(articles).to_string());
    field(
        "timeline",
        serde_json::to_string(&timeline).unwrap_or_else(|_| "null".into()),
    );
    field("diagnostics", Value::Array(diagnostics).to_string());
    field("errors", Value::Array(errors).to_string());
    out.push('}');
    out
}

fn array<'a>(t: &'a Map<String, Value>, field: &str) -> &'a [Value] {
    t.get(field)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// A bound of an event (`when.earliest` or `when.latest`), when it has one.
fn bound<'a>(event: &'a Value, which: &str) -> Option<&'a str> {
    event.get("when")?.get(which)?.as_str()
}

/// Timeline bounds are `YYYY-MM-DDTHH:MM`, with a sign past year 9999: compared as times.
fn time_key(s: &str) -> (i64, String) {
    let (sign, rest) = match s.as_bytes().first() {
        Some(b'-') => (-1, &s[1..]),
        Some(b'+') => (1, &s[1..]),
        _ => (1, s),
    };
    let year: i64 = rest
        .split('-')
        .next()
        .and_then(|y| y.parse().ok())
        .unwrap_or(0);
    let after_year = rest.find('-').map_or("", |i| &rest[i..]);
    (sign * year, after_year.to_string())
}

/// Where an event goes in the merge: earliest bound, latest bound (as [`time_key`]s), article.
type OrderKey = (Option<(i64, String)>, Option<(i64, String)>, usize);

/// A merged timeline: the fields of a timeline, in their order. Its events, relations and
/// the rest are JSON values as read, so their fields come in name order.
#[derive(Debug, Clone, serde::Serialize)]
pub struct MergedTimeline {
    /// The format of the first timeline (`tempora/1`).
    pub format: Value,
    /// The documents of all timelines.
    pub documents: Vec<Value>,
    /// The events, interleaved and renumbered.
    pub events: Vec<Value>,
    /// The relations, renumbered.
    pub relations: Vec<Value>,
    /// The conflicts of all timelines.
    pub conflicts: Vec<Value>,
    /// The dropped readings of all timelines.
    pub dropped: Vec<Value>,
}

/// One timeline from several, as the module documentation says.
pub fn merge_timelines(timelines: &[&Map<String, Value>]) -> MergedTimeline {
    // New event ids: e1, e2, ... in the merged order; first the order.
    let mut next = vec![0usize; timelines.len()];
    let mut order: Vec<(usize, usize)> = Vec::new();
    let key_of = |t: usize, i: usize| -> OrderKey {
        let e = &array(timelines[t], "events")[i];
        // No bound sorts after every bound, as in a timeline's own order.
        (
            bound(e, "earliest").map(time_key),
            bound(e, "latest").map(time_key),
            t,
        )
    };
    // Each timeline's next event's key, recomputed only for the timeline that advanced.
    let head = |t: usize, n: usize| -> Option<OrderKey> {
        (n < array(timelines[t], "events").len()).then(|| key_of(t, n))
    };
    let mut heads: Vec<Option<OrderKey>> = (0..timelines.len()).map(|t| head(t, 0)).collect();
    loop {
        let mut best: Option<(&OrderKey, usize)> = None;
        for (t, k) in heads.iter().enumerate() {
            if let Some(k) = k {
                let better = match best {
                    None => true,
                    Some((b, _)) => later_or_none(b, k),
                };
                if better {
                    best = Some((k, t));
                }
            }
        }
        let Some((_, t)) = best else { break };
        order.push((t, next[t]));
        next[t] += 1;
        heads[t] = head(t, next[t]);
    }
    // Old id → new id, per timeline.
    let mut renames: Vec<BTreeMap<String, String>> = vec![BTreeMap::new(); timelines.len()];
    for (n, &(t, i)) in order.iter().enumerate() {
        if let Some(old) = array(timelines[t], "events")[i]
            .get("id")
            .and_then(Value::as_str)
        {
            renames[t].insert(old.to_string(), format!("e{}", n + 1));
        }
    }
    let mut events = Vec::with_capacity(order.len());
    for (n, &(t, i)) in order.iter().enumerate() {
        let mut e = rewrite(&array(timelines[t], "events")[i], &renames[t]);
        if let Some(o) = e.as_object_mut() {
            let follows = if n == 0 {
                "first"
            } else {
                let (pt, pi) = order[n - 1];
                if pt == t && pi + 1 == i {
                    // Its own article's predecessor: what that article said stands.
                    o.get("follows_previous")
                        .and_then(Value::as_str)
                        .unwrap_or("unordered")
                } else {
                    let prev = &array(timelines[pt], "events")[pi];
                    match (
                        bound(prev, "latest"),
                        bound(&array(timelines[t], "events")[i], "earliest"),
                    ) {
                        (Some(l), Some(e)) if time_key(l) < time_key(e) => "entailed",
                        _ => "unordered",
                    }
                }
            };
            o.insert("follows_previous".into(), Value::String(follows.into()));
        }
        events.push(e);
    }
    let mut relations = Vec::new();
    for (t, tl) in timelines.iter().enumerate() {
        for r in array(tl, "relations") {
            let mut r = rewrite(r, &renames[t]);
            if let Some(o) = r.as_object_mut() {
                o.insert(
                    "id".into(),
                    Value::String(format!("r{}", relations.len() + 1)),
                );
            }
            relations.push(r);
        }
    }
    let gather = |field: &str| -> Vec<Value> {
        timelines
            .iter()
            .enumerate()
            .flat_map(|(t, tl)| array(tl, field).iter().map(move |v| (t, v)))
            .map(|(t, v)| rewrite(v, &renames[t]))
            .collect()
    };
    let format = timelines
        .first()
        .and_then(|t| t.get("format").cloned())
        .unwrap_or_else(|| Value::String("tempora/1".into()));
    MergedTimeline {
        format,
        documents: timelines
            .iter()
            .flat_map(|t| array(t, "documents").iter().cloned())
            .collect(),
        events,
        relations,
        conflicts: gather("conflicts"),
        dropped: gather("dropped"),
    }
}

/// Whether `b` should come after `k`: earliest bounds first (none last), then latest bounds
/// (none last), then article order.
fn later_or_none(b: &OrderKey, k: &OrderKey) -> bool {
    fn cmp_opt(a: &Option<(i64, String)>, b: &Option<(i64, String)>) -> std::cmp::Ordering {
        match (a, b) {
            (Some(x), Some(y)) => x.cmp(y),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        }
    }
    cmp_opt(&k.0, &b.0)
        .then_with(|| cmp_opt(&k.1, &b.1))
        .then_with(|| k.2.cmp(&b.2))
        .is_lt()
}

/// A copy of `v` with every event id renamed: string values that are ids (`"e3"`) and ids at
/// the start of an event's label inside a sentence (`e3 "clashed" ends before ...`).
fn rewrite(v: &Value, renames: &BTreeMap<String, String>) -> Value {
    match v {
        Value::String(s) => Value::String(match renames.get(s) {
            Some(new) => new.clone(),
            None => rename_labels(s, renames),
        }),
        Value::Array(a) => Value::Array(a.iter().map(|x| rewrite(x, renames)).collect()),
        Value::Object(o) => Value::Object(
            o.iter()
                .map(|(k, x)| {
                    // Quotes and summaries are the article's words: never rewritten.
                    let keep = matches!(
                        k.as_str(),
                        "quote" | "summary" | "trigger" | "who" | "place" | "from" | "document"
                    );
                    (
                        k.clone(),
                        if keep { x.clone() } else { rewrite(x, renames) },
                    )
                })
                .collect(),
        ),
        other => other.clone(),
    }
}

/// `e3 "clashed"` → `e7 "clashed"` wherever an event label starts (at the start or after a
/// space or an opening parenthesis, followed by ` "`).
fn rename_labels(s: &str, renames: &BTreeMap<String, String>) -> String {
    if !s.contains(" \"") {
        return s.to_string();
    }
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len() + 8);
    let mut i = 0;
    let mut copied = 0;
    while i < b.len() {
        let boundary = i == 0 || matches!(b[i - 1], b' ' | b'(');
        if boundary && b[i] == b'e' {
            let digits = b[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
            let end = i + 1 + digits;
            if digits > 0 && s[end..].starts_with(" \"") {
                if let Some(new) = renames.get(&s[i..end]) {
                    out.push_str(&s[copied..i]);
                    out.push_str(new);
                    copied = end;
                }
                i = end;
                continue;
            }
        }
        i += 1;
    }
    out.push_str(&s[copied..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_renamed_where_they_start_only() {
        let renames: BTreeMap<String, String> =
            [("e3".to_string(), "e7".to_string())].into_iter().collect();
        assert_eq!(
            rename_labels(
                r#"e3 "clashed" ends before the start of "the e3 vote" (x)"#,
                &renames
            ),
            r#"e7 "clashed" ends before the start of "the e3 vote" (x)"#
        );
        assert_eq!(rename_labels("type e3 here", &renames), "type e3 here");
    }

    #[test]
    fn bounds_compare_as_times() {
        assert!(time_key("9999-12-31T23:59") < time_key("+10000-01-01T00:00"));
        assert!(time_key("-0001-01-01T00:00") < time_key("0001-01-01T00:00"));
    }
}
