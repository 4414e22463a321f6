//! From analyses to a [`Timeline`]: merge mentions of one event, build the temporal graph,
//! read off bounds, order and conflicts.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap};

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime};

use super::*;
use crate::event::EventPos;
use crate::graph::{Bound, Constraint, Contradiction, Point, TemporalGraph};
use crate::pipeline::Analysis;
use crate::relation::{Node, Relation};
use crate::temporal::{day_end, day_start};

/// Where a statement of the graph comes from.
#[derive(Debug, Clone)]
enum Source {
    /// An event lasts zero or more minutes.
    EventSpan,
    /// A time phrase resolved to its bounds.
    Time,
    /// A document's publish date.
    Published,
    /// A relation of the text.
    Relation { doc: usize, index: usize },
}

struct StatementInfo {
    source: Source,
    says: String,
    evidence: Option<Evidence>,
}

/// Builds a timeline from analysed articles.
pub fn build(analyses: &[Analysis]) -> Timeline {
    let anchors: Vec<Vec<Option<usize>>> = analyses.iter().map(anchor_table).collect();
    // 1. Merge mentions of the same happening: nouns of one synonym group dated alike.
    let mut cluster_of: Vec<Vec<usize>> = Vec::new(); // [doc][event] → cluster
    let mut clusters: Vec<Vec<(usize, usize)>> = Vec::new();
    for (d, a) in analyses.iter().enumerate() {
        let mut map = Vec::with_capacity(a.events.len());
        let mut by_key: BTreeMap<(String, String), usize> = BTreeMap::new();
        for (i, e) in a.events.iter().enumerate() {
            let dated = (e.pos == EventPos::Noun)
                .then(|| anchors[d][i].and_then(|m| a.values[m].as_ref()))
                .flatten()
                .map(|v| (e.lemma.clone(), v.value.clone()));
            let c = match dated.as_ref().and_then(|k| by_key.get(k)) {
                Some(&c) => c,
                None => {
                    clusters.push(Vec::new());
                    let c = clusters.len() - 1;
                    if let Some(k) = dated {
                        by_key.insert(k, c);
                    }
                    c
                }
            };
            clusters[c].push((d, i));
            map.push(c);
        }
        cluster_of.push(map);
    }
    let ids: Vec<String> = (0..clusters.len()).map(|c| format!("e{}", c + 1)).collect();
    let label = |c: usize| -> String {
        let (d, i) = clusters[c][0];
        let a = &analyses[d];
        format!(
            "{} {:?}",
            ids[c],
            clean(slice(&a.article.text, a.events[i].trigger))
        )
    };

    // 2. The graph: points, then statements strongest first.
    let mut g = TemporalGraph::new();
    let mut statements: Vec<StatementInfo> = Vec::new();
    let origin = g.origin();
    let span_statement = statements.len();
    statements.push(StatementInfo {
        source: Source::EventSpan,
        says: "an event starts before it ends".into(),
        evidence: None,
    });
    let mut event_points = Vec::with_capacity(clusters.len());
    for _ in &clusters {
        let (s, e) = (g.add_point(), g.add_point());
        let _ = g.add(
            &[Constraint {
                from: s,
                to: e,
                lo: Some(0),
                hi: None,
            }],
            span_statement,
        );
        event_points.push((s, e));
    }
    let mut time_points: Vec<Vec<Option<(Point, Point)>>> = Vec::new();
    let mut published_points = Vec::new();
    for a in analyses {
        let p = a.article.published;
        let (s, e) = (g.add_point(), g.add_point());
        let id = statements.len();
        statements.push(StatementInfo {
            source: Source::Published,
            says: format!("{} was published on {}", a.article.id, p),
            evidence: a.article.published_span.map(|sp| evidence(a, sp)),
        });
        let _ = g.add(
            &fixed(
                origin,
                s,
                e,
                Some(minutes(day_start(p))),
                Some(minutes(day_end(p))),
            ),
            id,
        );
        published_points.push((s, e));
        let mut points = Vec::with_capacity(a.mentions.len());
        for (mi, m) in a.mentions.iter().enumerate() {
            let Some(v) = &a.values[mi] else {
                points.push(None);
                continue;
            };
            if v.earliest.is_none() && v.latest.is_none() {
                points.push(None);
                continue;
            }
            let (s, e) = (g.add_point(), g.add_point());
            let id = statements.len();
            statements.push(StatementInfo {
                source: Source::Time,
                says: format!(
                    "{:?} is {} ({})",
                    clean(slice(&a.article.text, m.span)),
                    v.value,
                    v.trace.resolution
                ),
                evidence: Some(evidence(a, m.span)),
            });
            let _ = g.add(
                &fixed(origin, s, e, v.earliest.map(minutes), v.latest.map(minutes)),
                id,
            );
            points.push(Some((s, e)));
        }
        time_points.push(points);
    }
    // Relations, strongest sieve first across documents.
    let mut order: Vec<(usize, usize)> = analyses
        .iter()
        .enumerate()
        .flat_map(|(d, a)| (0..a.relations.len()).map(move |r| (d, r)))
        .collect();
    order.sort_by_key(|&(d, r)| (analyses[d].relations[r].sieve, d, r));
    let mut kept: Vec<(usize, usize)> = Vec::new();
    let mut conflicts = Vec::new();
    let mut dropped = Vec::new();
    for (d, r) in order {
        let a = &analyses[d];
        let rel = &a.relations[r];
        let node = |n: Node| -> Option<(Point, Point)> {
            match n {
                Node::Event(i) => Some(event_points[cluster_of[d][i]]),
                Node::Time(m) => time_points[d][m],
                Node::Published => Some(published_points[d]),
            }
        };
        let (Some(sa), Some(sb)) = (node(rel.source), node(rel.target)) else {
            continue;
        };
        if let (Node::Event(x), Node::Event(y)) = (rel.source, rel.target) {
            if cluster_of[d][x] == cluster_of[d][y] {
                continue;
            }
        }
        let id = statements.len();
        let name = |n: Node| -> String {
            match n {
                Node::Event(i) => label(cluster_of[d][i]),
                Node::Time(m) => format!("{:?}", clean(slice(&a.article.text, a.mentions[m].span))),
                Node::Published => format!("the publish date ({})", a.article.published),
            }
        };
        statements.push(StatementInfo {
            source: Source::Relation { doc: d, index: r },
            says: format!(
                "{} {} {} ({})",
                name(rel.source),
                kind_words(rel),
                name(rel.target),
                rel.rule
            ),
            evidence: Some(evidence(a, rel.evidence)),
        });
        match g.add(&constraints(rel, sa, sb), id) {
            Ok(()) => kept.push((d, r)),
            Err(Contradiction { statements: cycle }) => {
                let strength = |s: usize| match statements[s].source {
                    Source::Relation { doc, index } => analyses[doc].relations[index].sieve as u8,
                    _ => 0,
                };
                let stronger: Vec<usize> = cycle
                    .iter()
                    .copied()
                    .filter(|&s| s != id && strength(s) < rel.sieve as u8)
                    .collect();
                let statement = |s: usize| Statement {
                    says: statements[s].says.clone(),
                    evidence: statements[s]
                        .evidence
                        .clone()
                        .unwrap_or_else(|| evidence(a, rel.evidence)),
                };
                let others: Vec<usize> = cycle
                    .iter()
                    .copied()
                    .filter(|&s| s != span_statement)
                    .collect();
                if stronger.is_empty() {
                    conflicts.push(Conflict {
                        statements: others.iter().map(|&s| statement(s)).collect(),
                        dropped: statements[id].says.clone(),
                    });
                } else {
                    dropped.push(Dropped {
                        statement: statement(id),
                        contradicts: others
                            .iter()
                            .filter(|&&s| s != id)
                            .map(|&s| statement(s))
                            .collect(),
                    });
                }
            }
        }
    }

    // 3. Bounds and the explanation of each.
    let bounds = g.all_bounds();
    let point_bounds = |p: Point| &bounds[p.index()];
    let describe = |because: &[usize]| -> Vec<String> {
        because
            .iter()
            .filter(|&&s| s != span_statement)
            .map(|&s| statements[s].says.clone())
            .collect()
    };
    let mut events_out = Vec::with_capacity(clusters.len());
    let mut keys = Vec::with_capacity(clusters.len());
    for (c, members) in clusters.iter().enumerate() {
        let (d, i) = members[0];
        let a = &analyses[d];
        let e = &a.events[i];
        let (s, en) = event_points[c];
        let earliest = point_bounds(s).0.clone();
        let latest = point_bounds(en).1.clone();
        let direct = members
            .iter()
            .find_map(|&(d, i)| anchors[d][i].map(|m| (d, m)));
        let latest_start = point_bounds(s).1.clone();
        let earliest_end = point_bounds(en).0.clone();
        let when = when(
            analyses,
            direct,
            [
                earliest.as_ref(),
                latest.as_ref(),
                latest_start.as_ref(),
                earliest_end.as_ref(),
            ],
            a.article.published,
            &describe,
        );
        keys.push((
            order_key(
                &when,
                earliest.as_ref(),
                latest.as_ref(),
                a.article.published,
            ),
            latest.as_ref().map_or(i64::MAX, |b| b.minutes),
            d,
            e.trigger.start,
        ));
        let who = e.who.map(|w| clean(slice(&a.article.text, w)));
        let summary = summary(a, i);
        events_out.push(TimelineEvent {
            id: ids[c].clone(),
            trigger: clean(slice(&a.article.text, e.trigger)),
            summary,
            status: e.status,
            class: e.class,
            who,
            place: e.place.map(|p| clean(slice(&a.article.text, p))),
            when,
            follows_previous: Sequence::First,
            evidence: members
                .iter()
                .map(|&(d, i)| {
                    evidence(
                        &analyses[d],
                        analyses[d].seg.sentences[analyses[d].events[i].sentence].span,
                    )
                })
                .collect(),
        });
    }

    // 4. Order: Kahn's algorithm over the kept "before" relations, ties by earliest bound,
    //    latest bound, document and text position.
    let mut succ: Vec<Vec<usize>> = vec![Vec::new(); clusters.len()];
    let mut indegree = vec![0usize; clusters.len()];
    for &(d, r) in &kept {
        let rel = &analyses[d].relations[r];
        if rel.kind != RelationKind::Before {
            continue;
        }
        if let (Node::Event(x), Node::Event(y)) = (rel.source, rel.target) {
            let (cx, cy) = (cluster_of[d][x], cluster_of[d][y]);
            succ[cx].push(cy);
            indegree[cy] += 1;
        }
    }
    let mut heap: BinaryHeap<Reverse<(OrderKey, usize)>> = (0..clusters.len())
        .filter(|&c| indegree[c] == 0)
        .map(|c| Reverse((keys[c], c)))
        .collect();
    let mut sequence = Vec::with_capacity(clusters.len());
    while let Some(Reverse((_, c))) = heap.pop() {
        sequence.push(c);
        for &n in &succ[c] {
            indegree[n] -= 1;
            if indegree[n] == 0 {
                heap.push(Reverse((keys[n], n)));
            }
        }
    }
    let exact = clusters.len() <= 2000;
    let mut ordered = Vec::with_capacity(sequence.len());
    for (k, &c) in sequence.iter().enumerate() {
        let mut ev = events_out[c].clone();
        if k > 0 {
            let p = sequence[k - 1];
            let (_, prev_end) = event_points[p];
            let (cur_start, _) = event_points[c];
            let by_bounds = matches!((&point_bounds(prev_end).1, &point_bounds(cur_start).0), (Some(l), Some(e)) if l.minutes < e.minutes);
            let entailed =
                by_bounds || (exact && g.max_difference_at_most(cur_start, prev_end, -1));
            ev.follows_previous = if entailed {
                Sequence::Entailed
            } else {
                Sequence::Unordered
            };
        }
        ordered.push(ev);
    }

    // 5. Relations between events, in text order.
    let mut relations = Vec::new();
    let mut kept_sorted = kept.clone();
    kept_sorted.sort_by_key(|&(d, r)| (d, analyses[d].relations[r].evidence.start, r));
    for (d, r) in kept_sorted {
        let a = &analyses[d];
        let rel = &a.relations[r];
        let (Node::Event(x), Node::Event(y)) = (rel.source, rel.target) else {
            continue;
        };
        relations.push(TimelineRelation {
            id: format!("r{}", relations.len() + 1),
            source: ids[cluster_of[d][x]].clone(),
            kind: rel.kind,
            target: ids[cluster_of[d][y]].clone(),
            minutes: rel.offset.map(|o| [o.min_minutes, o.max_minutes]),
            sieve: rel.sieve,
            rule: rel.rule.to_string(),
            evidence: evidence(a, rel.evidence),
        });
    }

    Timeline {
        format: FORMAT,
        documents: analyses
            .iter()
            .map(|a| DocumentInfo {
                id: a.article.id.clone(),
                title: a.article.title.clone(),
                published: a.article.published.to_string(),
                source: a.article.source.clone(),
            })
            .collect(),
        events: ordered,
        relations,
        conflicts,
        dropped,
    }
}

/// Sort key of an event: position estimate, latest bound, document, text offset.
type OrderKey = (i64, i64, usize, usize);

/// Where an event sits when the text leaves it loosely bounded: its earliest start; with only
/// a latest end, no later than the start of the publish day (a past event); with only an
/// earliest start, no earlier than the end of the publish day (an expected one). Any entailed
/// precedence A ≤ B through bounds keeps key(A) ≤ key(B), so the order stays a linear
/// extension of what the text entails.
fn order_key(
    when: &When,
    earliest: Option<&Bound>,
    latest: Option<&Bound>,
    published: NaiveDate,
) -> i64 {
    let (p_start, p_end) = (minutes(day_start(published)), minutes(day_end(published)));
    match (earliest, latest) {
        (Some(e), Some(_)) => e.minutes,
        (None, Some(l)) => l.minutes.min(p_start),
        (Some(e), None) => e.minutes.max(p_end),
        (None, None) if when.value == "PRESENT_REF" => p_start,
        (None, None) => i64::MAX,
    }
}

/// The constraints fixing a time's two points to its bounds.
fn fixed(
    origin: Point,
    s: Point,
    e: Point,
    earliest: Option<i64>,
    latest: Option<i64>,
) -> Vec<Constraint> {
    let mut out = vec![Constraint {
        from: s,
        to: e,
        lo: Some(0),
        hi: None,
    }];
    if let Some(m) = earliest {
        out.push(Constraint {
            from: origin,
            to: s,
            lo: Some(m),
            hi: Some(m),
        });
    }
    if let Some(m) = latest {
        out.push(Constraint {
            from: origin,
            to: e,
            lo: Some(m),
            hi: Some(m),
        });
    }
    out
}

fn constraints(
    rel: &Relation,
    (a_s, a_e): (Point, Point),
    (b_s, b_e): (Point, Point),
) -> Vec<Constraint> {
    let c = |from, to, lo: Option<i64>, hi: Option<i64>| Constraint { from, to, lo, hi };
    match rel.kind {
        RelationKind::Before => match rel.offset {
            Some(o) => vec![c(
                a_e,
                b_s,
                Some(o.min_minutes.max(1)),
                Some(o.max_minutes.max(1)),
            )],
            None => vec![c(a_e, b_s, Some(1), None)],
        },
        RelationKind::During => vec![c(b_s, a_s, Some(0), None), c(a_e, b_e, Some(0), None)],
        RelationKind::Overlaps => vec![c(a_s, b_e, Some(0), None), c(b_s, a_e, Some(0), None)],
        RelationKind::StartsBefore => vec![c(a_s, b_s, Some(0), None)],
        RelationKind::EndsBefore => vec![c(a_e, b_e, Some(0), None)],
        RelationKind::StartsAfterStart => vec![c(b_s, a_s, Some(0), None)],
        RelationKind::StartsBeforeEnd => vec![c(a_s, b_e, Some(0), None)],
    }
}

fn kind_words(rel: &Relation) -> String {
    match (rel.kind, rel.offset) {
        (RelationKind::Before, Some(o)) => format!(
            "ends {}–{} minutes before the start of",
            o.min_minutes, o.max_minutes
        ),
        (RelationKind::Before, None) => "ends before the start of".into(),
        (RelationKind::During, _) => "lies within".into(),
        (RelationKind::Overlaps, _) => "overlaps".into(),
        (RelationKind::StartsBefore, _) => "starts no later than".into(),
        (RelationKind::EndsBefore, _) => "ends no later than the end of".into(),
        (RelationKind::StartsAfterStart, _) => "starts no earlier than".into(),
        (RelationKind::StartsBeforeEnd, _) => "starts no later than the end of".into(),
    }
}

/// The time mention an event is directly anchored to, if any.
/// For each event of `a`, the first time phrase (in relation order) that a `During` relation
/// places it in. Computed once per analysis: looking it up by a scan of the relations for each
/// event made `build` quadratic in the article's length (issue 6, docs/performance.md).
fn anchor_table(a: &Analysis) -> Vec<Option<usize>> {
    let mut table = vec![None; a.events.len()];
    for r in &a.relations {
        if let (Node::Event(e), RelationKind::During, Node::Time(m)) = (r.source, r.kind, r.target)
        {
            if let Some(slot @ None) = table.get_mut(e) {
                *slot = Some(m);
            }
        }
    }
    table
}

fn when(
    analyses: &[Analysis],
    direct: Option<(usize, usize)>,
    bounds: [Option<&Bound>; 4],
    published: NaiveDate,
    describe: &dyn Fn(&[usize]) -> Vec<String>,
) -> When {
    let [earliest, latest, latest_start, earliest_end] = bounds;
    let b = EventBounds {
        earliest: earliest.and_then(|b| datetime(b.minutes)),
        latest: latest.and_then(|b| datetime(b.minutes)),
        latest_start: latest_start.and_then(|b| datetime(b.minutes)),
        earliest_end: earliest_end.and_then(|b| datetime(b.minutes)),
    };
    let (e, l) = (b.earliest, b.latest);
    let (value, granularity) = value_of(&b, published);
    let mut w = When {
        value,
        granularity,
        earliest: e.map(fmt),
        latest: l.map(fmt),
        from: None,
        rule: "bounds derived from the relations below".into(),
        anchor: None,
        assumption: None,
        earliest_because: earliest.map(|b| describe(&b.because)).unwrap_or_default(),
        latest_because: latest.map(|b| describe(&b.because)).unwrap_or_default(),
    };
    if w.value == "PRESENT_REF" {
        w.rule = "holds on the publish date (present tense or ongoing)".into();
        w.latest_because = latest_start
            .map(|b| describe(&b.because))
            .unwrap_or_default();
    } else if e.is_none() && l.is_none() {
        w.rule = "no time phrase or relation bounds it".into();
    }
    if let Some((d, m)) = direct {
        let a = &analyses[d];
        if let Some(v) = &a.values[m] {
            w.from = Some(phrase_with_preposition(a, a.mentions[m].span));
            w.rule = format!("{} ({})", v.trace.resolution, v.trace.rule);
            w.anchor = Some(v.trace.anchor.to_string());
            w.assumption = v.trace.assumption.clone();
            if v.earliest.map(fmt) == w.earliest && v.latest.map(fmt) == w.latest {
                w.value = v.value.clone();
                w.granularity = v.granularity;
            }
        }
    }
    w
}

/// The phrase with the preposition before it: "on Friday", "in 2006".
fn phrase_with_preposition(a: &Analysis, span: Span) -> String {
    let t = a.seg.token_at(span.start);
    let mut start = span.start;
    if t > 0 {
        let prev = a.seg.tokens[t - 1];
        if matches!(
            a.seg.lower_of(prev.span),
            "on" | "in" | "at" | "since" | "by" | "during" | "until" | "for"
        ) {
            start = prev.span.start;
        }
    }
    clean(&a.article.text[start..span.end])
}

/// The tightest calendar unit holding both bounds; for open bounds, the TIMEX3 reference
/// value they amount to against the publish date (`PAST_REF`, `PRESENT_REF`, `FUTURE_REF`), or
/// `XXXX` when nothing can be said.
fn value_of(b: &EventBounds, published: NaiveDate) -> (String, Granularity) {
    let (p_start, p_end) = (day_start(published), day_end(published));
    let ongoing =
        b.latest_start.is_some_and(|t| t <= p_end) && b.earliest_end.is_some_and(|t| t >= p_start);
    match (b.earliest, b.latest) {
        (Some(e), Some(l)) if e.date() == l.date() => {
            (e.format("%Y-%m-%d").to_string(), Granularity::Day)
        }
        (Some(e), Some(l)) if (e.year(), e.month()) == (l.year(), l.month()) => {
            (e.format("%Y-%m").to_string(), Granularity::Month)
        }
        (Some(e), Some(l)) if e.year() == l.year() => {
            (format!("{:04}", e.year()), Granularity::Year)
        }
        (Some(e), Some(l)) if e.year() / 10 == l.year() / 10 => {
            (format!("{:03}", e.year() / 10), Granularity::Decade)
        }
        (None, Some(l)) if l <= p_end => ("PAST_REF".into(), Granularity::Vague),
        (Some(e), None) if e >= p_start => ("FUTURE_REF".into(), Granularity::Vague),
        _ if ongoing => ("PRESENT_REF".into(), Granularity::Vague),
        _ => ("XXXX".into(), Granularity::Vague),
    }
}

/// The four bounds of an event: earliest and latest start and end that matter for display.
struct EventBounds {
    earliest: Option<NaiveDateTime>,
    latest: Option<NaiveDateTime>,
    latest_start: Option<NaiveDateTime>,
    earliest_end: Option<NaiveDateTime>,
}

fn minutes(t: NaiveDateTime) -> i64 {
    t.and_utc().timestamp().div_euclid(60)
}

fn datetime(m: i64) -> Option<NaiveDateTime> {
    DateTime::from_timestamp(m.checked_mul(60)?, 0).map(|d| d.naive_utc())
}

/// `YYYY-MM-DDTHH:MM`. Written by hand for years 0–9999 (chrono's `format` parses its pattern
/// on every call, a visible cost in the profile; issue 6); other years keep chrono's spelling.
fn fmt(t: NaiveDateTime) -> String {
    use chrono::Timelike;
    let year = t.year();
    if !(0..=9999).contains(&year) {
        return t.format("%Y-%m-%dT%H:%M").to_string();
    }
    fn push(out: &mut String, n: u32, width: u32) {
        for k in (0..width).rev() {
            out.push(char::from(b'0' + (n / 10u32.pow(k) % 10) as u8));
        }
    }
    let mut out = String::with_capacity(16);
    push(&mut out, year as u32, 4);
    out.push('-');
    push(&mut out, t.month(), 2);
    out.push('-');
    push(&mut out, t.day(), 2);
    out.push('T');
    push(&mut out, t.hour(), 2);
    out.push(':');
    push(&mut out, t.minute(), 2);
    out
}

fn slice(text: &str, span: Span) -> &str {
    text.get(span.start..span.end).unwrap_or("")
}

/// Whitespace runs (line breaks included) become one space.
fn clean(s: &str) -> String {
    // One pass, one allocation: `split_whitespace().collect().join(" ")` was a hot spot.
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

fn evidence(a: &Analysis, span: Span) -> Evidence {
    Evidence {
        document: a.article.id.clone(),
        span,
        quote: slice(&a.article.text, span).to_string(),
    }
}

/// "Some police units in Bolivia became openly defiant toward the government on Friday".
fn summary(a: &Analysis, i: usize) -> String {
    let e = &a.events[i];
    let text = &a.article.text;
    // "to stabilize ..." reads better without "he" in front of it.
    if text[e.trigger.start..].starts_with("to ") {
        return clean(slice(text, e.summary));
    }
    let lower_first = |s: String| -> String {
        let mut c = s.chars();
        match c.next() {
            Some(f) if f.is_uppercase() && c.clone().next().is_some_and(|n| n.is_lowercase()) => {
                f.to_lowercase().chain(c).collect()
            }
            _ => s,
        }
    };
    match e.who {
        // "Speaking to a crowd" after its subject: "Morales speaking to a crowd".
        Some(w) if w.start > e.summary.start => format!(
            "{} {}",
            clean(slice(text, w)),
            lower_first(clean(slice(text, e.summary)))
        ),
        Some(w) if w.end <= e.summary.start && text[w.end..e.summary.start].trim().is_empty() => {
            clean(slice(text, Span::new(w.start, e.summary.end)))
        }
        Some(w) if !w.overlaps(e.summary) => format!(
            "{} {}",
            clean(slice(text, w)),
            clean(slice(text, e.summary))
        ),
        _ => clean(slice(text, e.summary)),
    }
}
