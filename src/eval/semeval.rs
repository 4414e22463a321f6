//! SemEval-2015 Task 4 "TimeLine": entity timelines in the task's format, and their scoring.
//!
//! A timeline file starts with the target entity on its first line, then one line per event
//! mention: `rank <TAB> date <TAB> docid-sentence-token`. Equal ranks are simultaneous (or
//! left unordered); rank 0 marks events that cannot be placed. Scoring follows the task: each
//! timeline becomes relations between its events (an earlier rank BEFORE a later one, equal
//! ranks SIMULTANEOUS, rank 0 left out), scored with temporal awareness
//! ([`super::tlinks::awareness`]) and micro-averaged over timelines.

use std::path::Path;

use serde::Serialize;

use super::tlinks::{awareness, AwarenessCounts};
use crate::pipeline::Analysis;
use crate::timeline::Reconstruction;
use crate::timeml::{LinkEnd, Tlink};
use crate::Span;

/// One line of a timeline file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entry {
    /// Rank; 0 = cannot be placed.
    pub rank: u32,
    /// The date column (`2006-03`, `XXXX-XX-XX`).
    pub date: String,
    /// `docid-sentence-token`.
    pub event: String,
}

/// A parsed timeline file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EntityTimeline {
    /// The target entity (first line).
    pub entity: String,
    /// The lines, in file order.
    pub entries: Vec<Entry>,
}

/// Reads a timeline file. Lines that do not have a rank, a date and at least one event are
/// skipped; extra events on one line (a cluster) each become an entry.
pub fn parse(text: &str) -> EntityTimeline {
    let mut lines = text.lines();
    let entity = lines.next().unwrap_or("").trim().to_string();
    let mut entries = Vec::new();
    for line in lines {
        let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
        if cols.len() < 3 {
            continue;
        }
        let Ok(rank) = cols[0].parse::<u32>() else {
            continue;
        };
        for event in cols[2..].iter().filter(|c| !c.is_empty()) {
            entries.push(Entry {
                rank,
                date: cols[1].to_string(),
                event: event.to_string(),
            });
        }
    }
    EntityTimeline { entity, entries }
}

/// The relations a timeline states, as a chain: each event SIMULTANEOUS with the next one of
/// its rank, and the first event of each rank BEFORE the first of the next rank (rank 0 left
/// out). The closure is the same as relating every pair, and the chain keeps the scoring
/// linear in the size of the timeline.
pub fn relations(t: &EntityTimeline) -> Vec<Tlink> {
    let mut placed: Vec<&Entry> = t.entries.iter().filter(|e| e.rank > 0).collect();
    placed.sort_by_key(|e| e.rank);
    let link = |a: &Entry, rel: &str, b: &Entry| Tlink {
        lid: String::new(),
        rel_type: rel.to_string(),
        source: LinkEnd::Event(a.event.clone()),
        target: LinkEnd::Event(b.event.clone()),
    };
    let mut out = Vec::new();
    let mut group_start: Option<&Entry> = None;
    for w in placed.windows(2) {
        let (a, b) = (w[0], w[1]);
        let first = *group_start.get_or_insert(a);
        if a.event == b.event {
            continue;
        }
        if a.rank == b.rank {
            out.push(link(a, "SIMULTANEOUS", b));
        } else {
            out.push(link(first, "BEFORE", b));
            group_start = Some(b);
        }
    }
    out
}

/// Scores of a set of timelines.
#[derive(Debug, Clone, Default, Serialize)]
pub struct TimelineReport {
    /// Timelines scored.
    pub timelines: usize,
    /// Counts summed over timelines (micro average).
    pub overall: AwarenessCounts,
    /// Micro precision.
    pub precision: f64,
    /// Micro recall.
    pub recall: f64,
    /// Micro F1.
    pub f1: f64,
    /// Per timeline: file name and counts.
    pub per_timeline: Vec<(String, AwarenessCounts)>,
}

/// Scores each gold timeline against the system timeline of the same file name (a missing
/// system file scores as empty).
pub fn evaluate_dirs(gold_dir: &Path, system_dir: &Path) -> std::io::Result<TimelineReport> {
    let mut names: Vec<String> = std::fs::read_dir(gold_dir)?
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_file())
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    names.sort();
    let mut pairs = Vec::new();
    for name in names {
        let gold = parse(&std::fs::read_to_string(gold_dir.join(&name))?);
        let system = std::fs::read_to_string(system_dir.join(&name))
            .map(|t| parse(&t))
            .unwrap_or(EntityTimeline {
                entity: gold.entity.clone(),
                entries: Vec::new(),
            });
        pairs.push((name, gold, system));
    }
    Ok(evaluate(&pairs))
}

/// Scores (name, gold, system) timeline triples, micro-averaged.
pub fn evaluate(pairs: &[(String, EntityTimeline, EntityTimeline)]) -> TimelineReport {
    let mut report = TimelineReport {
        timelines: pairs.len(),
        ..TimelineReport::default()
    };
    for (name, gold, system) in pairs {
        let counts = awareness(&relations(gold), &relations(system));
        report.overall.add(&counts);
        report.per_timeline.push((name.clone(), counts));
    }
    report.precision = report.overall.precision();
    report.recall = report.overall.recall();
    report.f1 = report.overall.f1();
    report
}

/// Writes the entity timeline of a reconstruction (built with `about`) in the task's format.
///
/// `sentence_id(document, span)` names the sentence an event mention is in (the `<s id>` of a
/// SemEval TimeML file, else its 1-based position in the article); the token is the event's
/// head word.
///
/// The task ranks every event, and its annotators placed the events a text does not date on
/// the publish date of their article (news reports what just happened). This export follows
/// that convention, and only here: an event with a calendar value (`2006`, `2010-06-07`) is
/// placed there; an event whose start a time phrase fixes ("since 2004") at that time; any
/// other event on its article's publish date. Events are then ranked by that
/// date, ties kept in timeline order; events sharing a date share a rank. The YAML timeline
/// keeps the honest bounds.
pub fn write(
    entity: &str,
    analyses: &[Analysis],
    rec: &Reconstruction,
    sentence_id: &dyn Fn(usize, Span) -> String,
) -> String {
    let mut placed: Vec<(String, String, usize)> = Vec::new(); // (sort key, date, event index)
    for (k, e) in rec.timeline.events.iter().enumerate() {
        // A timeline of what happened: wished, planned, denied and expected events stay out.
        if !matches!(
            e.status,
            crate::event::Status::Asserted | crate::event::Status::Reported
        ) {
            continue;
        }
        let calendar = e
            .when
            .value
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit())
            && e.when.earliest.is_some()
            && e.when.latest.is_some();
        let (key, date) = if calendar {
            (
                e.when.earliest.clone().unwrap_or_default(),
                e.when.value.clone(),
            )
        } else if let Some(start) = start_date(analyses, rec.mentions_of(&e.id)) {
            start
        } else {
            let d = rec.mentions_of(&e.id).first().map(|&(d, _)| d).unwrap_or(0);
            let published = analyses
                .get(d)
                .map(|a| a.article.published.to_string())
                .unwrap_or_default();
            (format!("{published}T00:00"), published)
        };
        placed.push((key, date, k));
    }
    placed.sort_by(|a, b| a.0.cmp(&b.0).then(a.2.cmp(&b.2)));
    let mut out = format!("{entity}\n");
    let mut rank = 0;
    let mut last: Option<&str> = None;
    for (_, date, k) in &placed {
        if last != Some(date.as_str()) {
            rank += 1;
            last = Some(date.as_str());
        }
        let e = &rec.timeline.events[*k];
        for &(d, i) in rec.mentions_of(&e.id) {
            let a = &analyses[d];
            let ev = &a.events[i];
            let token = a.article.text[ev.head.start..ev.head.end].replace(' ', "_");
            let sentence = sentence_id(d, a.seg.sentences[ev.sentence].span);
            out.push_str(&format!(
                "{rank}\t{date}\t{}-{sentence}-{token}\n",
                a.article.id
            ));
        }
    }
    out
}

/// The calendar value of the time that fixes where an event starts ("has been fighting cancer
/// since 2004", "ruled from 1991 to 1996"), with its earliest minute as a sort key: the task
/// places such an event at its start.
fn start_date(analyses: &[Analysis], mentions: &[(usize, usize)]) -> Option<(String, String)> {
    use crate::relation::{Node, RelationKind, Sieve};
    let &(d, i) = mentions.first()?;
    let a = analyses.get(d)?;
    a.relations.iter().find_map(|r| {
        let (Node::Event(e), RelationKind::StartsAfterStart, Node::Time(m), Sieve::TimeAnchor) =
            (r.source, r.kind, r.target, r.sieve)
        else {
            return None;
        };
        let v = a.values.get(m)?.as_ref()?;
        let earliest = v.earliest?;
        (e == i && v.value.starts_with(|c: char| c.is_ascii_digit())).then(|| {
            (
                earliest.format("%Y-%m-%dT%H:%M").to_string(),
                v.value.clone(),
            )
        })
    })
}

/// The name of the sentence at `span`: its `<s id>` when the file marks sentences (`marked`),
/// else its 1-based position in the article.
pub fn sentence_name(marked: &[(String, Span)], analysis: &Analysis, span: Span) -> String {
    marked
        .iter()
        .find(|(_, s)| s.overlaps(span))
        .map(|(id, _)| id.clone())
        .unwrap_or_else(|| {
            let n = analysis
                .seg
                .sentences
                .iter()
                .position(|s| s.span == span)
                .unwrap_or(0);
            (n + 1).to_string()
        })
}

/// Runs tempora on the TimeML articles of `articles_dir` (raw text: their annotations are not
/// read), writes the timeline of each gold file's target entity, and scores them against
/// `gold_dir`: what `tempora reconstruct ARTICLES --about ENTITY --format semeval2015` followed
/// by `tempora eval timeline` does, in one call.
pub fn run(articles_dir: &Path, gold_dir: &Path) -> std::io::Result<TimelineReport> {
    let mut articles = Vec::new();
    let mut sentences = Vec::new();
    for (path, doc) in crate::timeml::read_timeml_dir(articles_dir)? {
        let Ok(doc) = doc else { continue };
        articles.push(crate::document::Article::from_timeml(
            &doc,
            &path.display().to_string(),
        ));
        sentences.push(doc.sentences);
    }
    let analyses = crate::analyze_all(&articles, &crate::Options::default());
    let sentence_id = |d: usize, span: Span| sentence_name(&sentences[d], &analyses[d], span);
    let mut names: Vec<_> = std::fs::read_dir(gold_dir)?
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    names.sort();
    let mut pairs = Vec::new();
    for name in names {
        let gold = parse(&std::fs::read_to_string(gold_dir.join(&name))?);
        let rec = crate::timeline::reconstruct_about(&analyses, true, Some(&gold.entity));
        let system = parse(&write(&gold.entity, &analyses, &rec, &sentence_id));
        pairs.push((name, gold, system));
    }
    Ok(evaluate(&pairs))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranks_become_relations() {
        let t = parse("X\n0\tXXXX-XX-XX\t1-1-a\n1\t2006\t1-2-b\n2\t2007\t1-3-c\t1-3-d\n");
        assert_eq!(t.entity, "X");
        assert_eq!(t.entries.len(), 4);
        let rels: Vec<(String, String)> = relations(&t)
            .iter()
            .map(|l| (format!("{:?}", l.source), l.rel_type.clone()))
            .collect();
        // b before c, c simultaneous with d (so b before d by closure); a (rank 0) left out.
        assert_eq!(rels.len(), 2);
        assert_eq!(relations(&t)[0].rel_type, "BEFORE");
        assert_eq!(relations(&t)[1].rel_type, "SIMULTANEOUS");
    }

    #[test]
    fn scoring_identical_and_reversed_timelines() {
        let gold = parse("X\n1\t2006\td-1-a\n2\t2007\td-2-b\n3\t2008\td-3-c\n");
        let same = evaluate(&[("x".into(), gold.clone(), gold.clone())]);
        assert_eq!(same.f1, 1.0);
        let reversed = parse("X\n1\t2008\td-3-c\n2\t2007\td-2-b\n3\t2006\td-1-a\n");
        let r = evaluate(&[("x".into(), gold.clone(), reversed)]);
        assert_eq!(r.f1, 0.0);
        // A system that knows one relation of the three: precision 1, recall 1/2 (the gold
        // reduces to a<b, b<c).
        let part = parse("X\n1\t2006\td-1-a\n2\t2007\td-2-b\n");
        let r = evaluate(&[("x".into(), gold, part)]);
        assert_eq!((r.precision, r.recall), (1.0, 0.5));
    }
}
