//! From analyses to a [`Timeline`]: merge mentions of one event, build the temporal graph,
//! read off bounds, order and conflicts.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap};

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime};

use super::*;
use crate::event::EventPos;
use crate::graph::{Bound, Bounds, Constraint, Contradiction, Point, TemporalGraph};
use crate::pipeline::Analysis;
use crate::relation::{Node, Relation};
use crate::temporal::{day_end, day_start, AnchorUsed};

/// A statement added to the graph. Publish dates and dated phrases are written out when made;
/// a relation is written only when something cites it (an explanation, a conflict, a
/// question): most relations never are, and writing each one's text showed in the profile
/// (issue 6).
enum StatementInfo {
    Written {
        says: Text,
        /// Ids of the events the statement is about.
        events: Vec<EventId>,
        evidence: Option<Evidence>,
    },
    /// Relation `rel` of document `doc`, its two sides named as `source` and `target`.
    Relation {
        doc: usize,
        rel: Relation,
        source: Named,
        target: Named,
    },
}

/// One side of a relation statement.
#[derive(Debug, Clone, Copy)]
enum Named {
    /// An event, by cluster (`e1` is 0).
    Event(usize),
    /// A time phrase of the relation's document.
    Phrase(Span),
    /// The relation's document's moment of writing.
    Published,
}

/// What relation statements are written from, owned so that a [`Reconstruction`] can still
/// write them when asked after the analyses are gone.
struct Sources {
    /// Id, text and publish date of each document.
    docs: Vec<(Text, String, NaiveDate)>,
    /// Document and trigger of each event's first mention (its label quotes the trigger).
    triggers: Vec<(usize, Span)>,
}

impl Sources {
    fn new(analyses: &[Analysis]) -> Sources {
        Sources {
            docs: analyses
                .iter()
                .map(|a| {
                    (
                        Text::from(a.article.id.as_str()),
                        a.article.text.clone(),
                        a.article.published,
                    )
                })
                .collect(),
            triggers: Vec::new(),
        }
    }

    /// `e3 "clashed"`.
    fn push_label(&self, out: &mut String, c: usize) {
        let (d, trigger) = self.triggers[c];
        EventId::from_index(c).push_to(out);
        out.push(' ');
        push_quoted(out, &cleaned(slice(&self.docs[d].1, trigger)));
    }

    /// "<source> <kind> <target> (<rule>)", written piece by piece (format! showed in the
    /// profile; issue 6).
    fn says(&self, info: &StatementInfo) -> Text {
        let (doc, rel, source, target) = match info {
            StatementInfo::Written { says, .. } => return says.clone(),
            StatementInfo::Relation {
                doc,
                rel,
                source,
                target,
            } => (*doc, rel, *source, *target),
        };
        let (_, text, published) = &self.docs[doc];
        let name = |out: &mut String, n: Named| match n {
            Named::Event(c) => self.push_label(out, c),
            Named::Phrase(span) => push_quoted(out, &cleaned(slice(text, span))),
            Named::Published => {
                out.push_str("the time of writing (published ");
                push_ymd(out, *published);
                out.push(')');
            }
        };
        let mut says = String::with_capacity(128);
        name(&mut says, source);
        says.push(' ');
        says.push_str(&kind_words(rel));
        says.push(' ');
        name(&mut says, target);
        for part in [" (", rel.rule, ")"] {
            says.push_str(part);
        }
        Text::from(says)
    }

    /// The ids of the events a statement is about.
    fn events(&self, info: &StatementInfo) -> Vec<EventId> {
        match info {
            StatementInfo::Written { events, .. } => events.clone(),
            StatementInfo::Relation { source, target, .. } => [source, target]
                .iter()
                .filter_map(|n| match n {
                    Named::Event(c) => Some(EventId::from_index(*c)),
                    _ => None,
                })
                .collect(),
        }
    }

    fn evidence(&self, info: &StatementInfo) -> Option<Evidence> {
        match info {
            StatementInfo::Written { evidence, .. } => evidence.clone(),
            StatementInfo::Relation { doc, rel, .. } => {
                let (id, text, _) = &self.docs[*doc];
                Some(evidence(id, text, rel.evidence))
            }
        }
    }
}

/// A timeline with the constraint graph behind it, for questions such as "did A happen
/// before B?" ([`crate::check`]).
pub struct Reconstruction {
    /// The timeline.
    pub timeline: Timeline,
    graph: TemporalGraph,
    /// Start and end point of each dated time mention, per document.
    time_points: Vec<Vec<Option<(Point, Point)>>>,
    /// The moment of writing of each document.
    published_points: Vec<Point>,
    /// Earliest and latest minute of every point.
    bounds: Bounds,
    statements: Vec<StatementInfo>,
    sources: Sources,
    /// Start and end point of each event, by event id order (`e1` is index 0).
    event_points: Vec<(Point, Point)>,
    /// The mentions (document, event index) of each event, `e1` first.
    members: Vec<Vec<(usize, usize)>>,
    span_statement: usize,
}

/// Whether the text entails a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// The statements of the text imply it.
    Entailed,
    /// The statements of the text imply its opposite.
    Contradicted,
    /// The text allows it and allows its opposite.
    Unknown,
}

/// The answer to a question about the order of events, with the statements that decide it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Answer {
    /// Entailed, contradicted or unknown.
    pub verdict: Verdict,
    /// The chain of statements that decides it (empty when unknown).
    pub because: Vec<Statement>,
}

/// A point of an event, for [`Reconstruction::max_difference`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    /// Where the event starts.
    Start,
    /// Where it ends.
    End,
}

/// Something a time can be asked about: an event, a dated phrase, a document's moment of
/// writing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    /// Event by index (`e1` is 0).
    Event(usize),
    /// Time mention `mention` of document `doc`.
    Time {
        /// Document index.
        doc: usize,
        /// Mention index.
        mention: usize,
    },
    /// The moment of writing of a document.
    Published(usize),
}

/// The strongest interval relation the text entails between two items.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Entailed {
    /// A ends before B starts.
    Before,
    /// A starts after B ends.
    After,
    /// A and B start and end together.
    Simultaneous,
    /// A lies within B.
    IsIncluded,
    /// B lies within A.
    Includes,
}

impl Reconstruction {
    fn item_points(&self, item: Item) -> Option<(Point, Point)> {
        match item {
            Item::Event(i) => self.event_points.get(i).copied(),
            Item::Time { doc, mention } => {
                self.time_points.get(doc)?.get(mention).copied().flatten()
            }
            Item::Published(doc) => self.published_points.get(doc).map(|&p| (p, p)),
        }
    }

    /// The mentions of an event (`e3`): document index and event index in its analysis.
    pub fn mentions_of(&self, id: &str) -> &[(usize, usize)] {
        id.strip_prefix('e')
            .and_then(|n| n.parse::<usize>().ok())
            .and_then(|n| self.members.get(n.checked_sub(1)?))
            .map_or(&[], Vec::as_slice)
    }

    /// Earliest start and latest end of an item, when bounded.
    pub fn bounds(&self, item: Item) -> (Option<NaiveDateTime>, Option<NaiveDateTime>) {
        let Some((s, e)) = self.item_points(item) else {
            return (None, None);
        };
        let earliest = self.bounds.earliest_minutes(s).and_then(datetime);
        let latest = self.bounds.latest_minutes(e).and_then(datetime);
        (earliest, latest)
    }

    /// The strongest relation between `a` and `b` that every reading of the text satisfies.
    pub fn entailed(&self, a: Item, b: Item) -> Option<Entailed> {
        let ((as_, ae), (bs, be)) = (self.item_points(a)?, self.item_points(b)?);
        // max(t(y) − t(x)) ≤ k, i.e. t(y) ≤ t(x) + k in every reading.
        let at_most = |x: Point, y: Point, k: i64| {
            self.graph.max_difference(x, y).is_some_and(|(d, _)| d <= k)
        };
        if at_most(bs, ae, -1) {
            return Some(Entailed::Before);
        }
        if at_most(as_, be, -1) {
            return Some(Entailed::After);
        }
        let a_in_b = at_most(as_, bs, 0) && at_most(be, ae, 0);
        let b_in_a = at_most(bs, as_, 0) && at_most(ae, be, 0);
        match (a_in_b, b_in_a) {
            (true, true) => Some(Entailed::Simultaneous),
            (true, false) => Some(Entailed::IsIncluded),
            (false, true) => Some(Entailed::Includes),
            (false, false) => None,
        }
    }

    /// Whether the text entails that `a` starts before, after or with `b` (MATRES start points).
    pub fn start_order(&self, a: Item, b: Item) -> Option<std::cmp::Ordering> {
        let ((a_s, _), (b_s, _)) = (self.item_points(a)?, self.item_points(b)?);
        let at_most = |x: Point, y: Point, k: i64| {
            self.graph.max_difference(x, y).is_some_and(|(d, _)| d <= k)
        };
        if at_most(b_s, a_s, -1) {
            Some(std::cmp::Ordering::Less)
        } else if at_most(a_s, b_s, -1) {
            Some(std::cmp::Ordering::Greater)
        } else if at_most(a_s, b_s, 0) && at_most(b_s, a_s, 0) {
            Some(std::cmp::Ordering::Equal)
        } else {
            None
        }
    }

    fn point(&self, event: &str, end: End) -> Option<Point> {
        let i: usize = event.strip_prefix('e')?.parse().ok()?;
        let (s, e) = *self.event_points.get(i.checked_sub(1)?)?;
        Some(if end == End::Start { s } else { e })
    }

    fn statements_of(&self, ids: &[usize]) -> Vec<Statement> {
        ids.iter()
            .filter(|&&s| s != self.span_statement)
            .filter_map(|&s| {
                let info = &self.statements[s];
                Some(Statement {
                    evidence: self.sources.evidence(info)?,
                    says: self.sources.says(info),
                    events: self.sources.events(info),
                })
            })
            .collect()
    }

    /// The greatest value of `t(b) − t(a)` in minutes the text allows (None: unbounded), with
    /// the statements that bound it.
    pub fn max_difference(&self, a: (&str, End), b: (&str, End)) -> Option<(i64, Vec<Statement>)> {
        let (pa, pb) = (self.point(a.0, a.1)?, self.point(b.0, b.1)?);
        self.graph
            .max_difference(pa, pb)
            .map(|(d, why)| (d, self.statements_of(&why)))
    }

    /// Does the text say that `a` `min..` minutes or more before `b`? `lo ≤ t(b) − t(a)`:
    /// entailed when every reading satisfies it, contradicted when none does.
    pub fn at_least(&self, a: (&str, End), b: (&str, End), lo: i64) -> Answer {
        // Entailed: max(t(a) − t(b)) ≤ −lo. Contradicted: max(t(b) − t(a)) < lo.
        if let Some((d, why)) = self.max_difference(b, a) {
            if d <= -lo {
                return Answer {
                    verdict: Verdict::Entailed,
                    because: why,
                };
            }
        }
        if let Some((d, why)) = self.max_difference(a, b) {
            if d < lo {
                return Answer {
                    verdict: Verdict::Contradicted,
                    because: why,
                };
            }
        }
        Answer {
            verdict: Verdict::Unknown,
            because: Vec::new(),
        }
    }

    /// Did `a` end before `b` started?
    pub fn before(&self, a: &str, b: &str) -> Answer {
        self.at_least((a, End::End), (b, End::Start), 1)
    }

    /// Did `a` happen within `b`?
    pub fn during(&self, a: &str, b: &str) -> Answer {
        let starts = self.at_least((b, End::Start), (a, End::Start), 0);
        let ends = self.at_least((a, End::End), (b, End::End), 0);
        combine(starts, ends)
    }

    /// Did `a` happen within the minutes `[from, to]` (inclusive)?
    pub fn within(&self, a: &str, from: NaiveDateTime, to: NaiveDateTime) -> Answer {
        let Some((s, e)) = self.point(a, End::Start).zip(self.point(a, End::End)) else {
            return Answer {
                verdict: Verdict::Unknown,
                because: Vec::new(),
            };
        };
        let (earliest, latest) = (
            self.bounds.earliest(&self.graph, s),
            self.bounds.latest(&self.graph, e),
        );
        let (from, to) = (minutes(from), minutes(to));
        if let (Some(lo), Some(hi)) = (&earliest, &latest) {
            if lo.minutes >= from && hi.minutes <= to {
                let mut why = lo.because.clone();
                for s in &hi.because {
                    if !why.contains(s) {
                        why.push(*s);
                    }
                }
                return Answer {
                    verdict: Verdict::Entailed,
                    because: self.statements_of(&why),
                };
            }
        }
        if let Some(le) = latest.as_ref().filter(|b| b.minutes < from) {
            return Answer {
                verdict: Verdict::Contradicted,
                because: self.statements_of(&le.because),
            };
        }
        if let Some(ee) = earliest.as_ref().filter(|b| b.minutes > to) {
            return Answer {
                verdict: Verdict::Contradicted,
                because: self.statements_of(&ee.because),
            };
        }
        Answer {
            verdict: Verdict::Unknown,
            because: Vec::new(),
        }
    }
}

/// Both must hold: entailed when both are, contradicted when either is.
fn combine(a: Answer, b: Answer) -> Answer {
    match (a.verdict, b.verdict) {
        (Verdict::Contradicted, _) => a,
        (_, Verdict::Contradicted) => b,
        (Verdict::Entailed, Verdict::Entailed) => {
            let mut because = a.because;
            because.extend(b.because);
            Answer {
                verdict: Verdict::Entailed,
                because,
            }
        }
        _ => Answer {
            verdict: Verdict::Unknown,
            because: Vec::new(),
        },
    }
}

/// Builds a timeline from analysed articles.
pub fn build(analyses: &[Analysis]) -> Timeline {
    reconstruct(analyses).timeline
}

/// Builds a timeline from analysed articles and keeps the graph for questions.
pub fn reconstruct(analyses: &[Analysis]) -> Reconstruction {
    reconstruct_with(analyses, true)
}

/// Like [`reconstruct`]; with `merge` false every event mention stays its own event, so that
/// event `e{n}` is mention `n − 1` of the analyses in order (for scoring against gold events).
/// With `merge` true (the reader's timeline) a past verb that the time-anchor sieve puts in a
/// time after the publish day is weighed as a reading, after the tenses, not as what the text
/// says outright ([`past_in_time_ahead`]); the scoring views keep TimeML's way, in which
/// annotators relate such verbs to the dates of their clauses.
pub fn reconstruct_with(analyses: &[Analysis], merge: bool) -> Reconstruction {
    reconstruct_about(analyses, merge, None)
}

/// Like [`reconstruct_with`]; with `about`, the timeline keeps only the events in which that
/// entity takes part (see [`involves`]), as SemEval-2015 Task 4 entity timelines do.
pub fn reconstruct_about(
    analyses: &[Analysis],
    merge: bool,
    about: Option<&str>,
) -> Reconstruction {
    // 1. Merge mentions of the same happening, within and across articles:
    //    - nouns of one synonym group dated alike ("the October 20 elections / vote");
    //    - a verb told again as background ("hours after the bridge collapsed") with the
    //      event told before it, when lemma and subject agree;
    //    - verbs of one lemma dated alike whose subjects share a word ("the Tana dam
    //      collapsed on March 13" in two articles). Verbs of saying never merge: two
    //      sayings are two events.
    let mut cluster_of: Vec<Vec<usize>> = Vec::new(); // [doc][event] → cluster
    let mut clusters: Vec<Vec<(usize, usize)>> = Vec::new();
    let mut dated_nouns: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    // lemma → (value, subject words, subject names, cluster) of the dated verbs seen so far.
    let mut dated_verbs: BTreeMap<&str, Vec<DatedVerb<'_>>> = BTreeMap::new();
    // Computed once: the time each event is anchored to.
    let anchors: Vec<Vec<Option<usize>>> = analyses.iter().map(anchor_table).collect();
    // An event's subject words, and the names in its subject ("Tana" in "the Tana dam": what
    // makes two mentions of a once-only happening the same one even when their dates differ),
    // as slices of the text compared without ASCII case; each found when first asked for
    // (only dated verbs and verbs told again need them; lower-cased copies of every subject
    // showed in the profile, issue 6).
    let subjects: Vec<Vec<std::cell::OnceCell<Vec<&str>>>> = analyses
        .iter()
        .map(|a| vec![std::cell::OnceCell::new(); a.events.len()])
        .collect();
    let subject = |d: usize, i: usize| -> &[&str] {
        subjects[d][i].get_or_init(|| subject_words(&analyses[d], i))
    };
    let in_order: Vec<bool> = analyses
        .iter()
        .map(|a| {
            a.mentions
                .windows(2)
                .all(|w| w[0].sentence <= w[1].sentence)
        })
        .collect();
    for (d, a) in analyses.iter().enumerate() {
        let mut map: Vec<usize> = Vec::with_capacity(a.events.len());
        let mut told = Told::default();
        let value_of = |i: usize| {
            anchors[d][i]
                .and_then(|m| a.values[m].as_ref())
                .map(|v| v.value.as_str())
        };
        for (i, e) in a.events.iter().enumerate() {
            let value = value_of(i);
            let noun_key = (e.pos == EventPos::Noun)
                .then(|| value.map(|v| (e.lemma.as_str(), v)))
                .flatten();
            let verb_key = (e.pos == EventPos::Verb && !SAYINGS.contains(&e.lemma.as_str()))
                .then(|| value.map(|v| (v, subject(d, i), subject_names(a, i))))
                .flatten();
            // A verb told again as background refers to a recent mention: look back a few
            // hundred events at most.
            let earlier = (e.pos == EventPos::Verb && referential(a, i, in_order[d]))
                .then(|| {
                    (i.saturating_sub(300)..i).rev().find(|&j| {
                        let f = &a.events[j];
                        f.pos == EventPos::Verb && f.lemma == e.lemma && {
                            let (later, before) = (subject(d, i), subject(d, j));
                            !later.is_empty() && later.iter().all(|w| contains_word(before, w))
                        }
                    })
                })
                .flatten();
            // "since the quake", "three days after the disaster": a definite event noun with
            // no date of its own names a happening the article told before; and "the quake
            // struck at 4:17 a.m." tells the happening "Monday's earthquake" named.
            let happening = tells_its_subject(e, &a.seg.lower)
                .then(|| subject_happening(a, i))
                .flatten();
            let named_before = if e.pos == EventPos::Noun && value.is_none() {
                (calamity(&e.lemma) && definite(a, i))
                    .then(|| told.first_of(&e.lemma))
                    .flatten()
                    .or_else(|| told_by_possessor(a, i))
                    .or_else(|| sums_up(a, i))
            } else if let Some((group, another)) = happening {
                // "A second quake hit": the noun of its own subject is this happening.
                let own = (i.saturating_sub(8)..i).rev().find(|&j| {
                    let f = &a.events[j];
                    f.pos == EventPos::Noun
                        && f.sentence == e.sentence
                        && f.lemma == group
                        && e.who
                            .is_some_and(|w| w.start <= f.head.start && f.head.end <= w.end)
                });
                own.or_else(|| {
                    let v = value.filter(|_| !another)?;
                    // "closed since the quake. The magnitude 7.8 quake struck at 4:17 a.m.": a
                    // definite subject tells the calamity a definite noun named before it
                    // without a date.
                    told.dated_like(group, v).or_else(|| {
                        definite_subject(a, i)
                            .then(|| told.undated.get(group).copied())
                            .flatten()
                    })
                })
            } else if e.pos == EventPos::Noun {
                // "a passenger ferry capsized ... Sunday's sinking": a dated calamity noun
                // names the happening a calamity verb of its group told first, when the verb
                // has no date of its own or one alike.
                let v = value.unwrap_or_default();
                (calamity(&e.lemma) && heads_its_phrase(a, i))
                    .then(|| told.first_of(&e.lemma))
                    .flatten()
                    .filter(|&j| {
                        a.events[j].pos == EventPos::Verb
                            && own_calamity(&a.events[j], &a.seg.lower).is_some()
                            && value_of(j).is_none_or(|w| alike(v, w))
                    })
            } else if let Some(group) = own_calamity(e, &a.seg.lower) {
                // "Sunday's sinking ... The ferry sank shortly after midnight on Sunday": a
                // calamity verb tells the noun of its group told before and dated alike.
                value
                    .and_then(|v| told.dated_like(group, v))
                    .filter(|&j| a.events[j].pos == EventPos::Noun)
            } else {
                None
            };
            let merged = if merge {
                noun_key
                    .as_ref()
                    .and_then(|k| dated_nouns.get(k).copied())
                    .or(earlier.map(|j| map[j]))
                    .or(begun_by(a, i).map(|j| map[j]))
                    .or(named_before.map(|j| map[j]))
                    .or_else(|| {
                        let (value, who, named) = verb_key.as_ref()?;
                        // Dated alike with a subject word in common, or a happening that can
                        // only happen once to a subject of the same name (the Tana dam
                        // collapses once): then different dates are a conflict between the
                        // sources, to be reported, not two events.
                        let once = ONCE_ONLY.contains(&e.lemma.as_str());
                        dated_verbs
                            .get(e.lemma.as_str())?
                            .iter()
                            .find(|(v, w, n, _)| {
                                (v == value && w.iter().any(|x| contains_word(who, x)))
                                    || (once && n.iter().any(|x| contains_word(named, x)))
                            })
                            .map(|entry| entry.3)
                    })
            } else {
                None
            };
            let c = match merged {
                Some(c) => c,
                None => {
                    clusters.push(Vec::new());
                    clusters.len() - 1
                }
            };
            if let Some(k) = noun_key {
                dated_nouns.entry(k).or_insert(c);
            }
            if let Some((value, who, named)) = verb_key {
                if !who.is_empty() {
                    dated_verbs
                        .entry(e.lemma.as_str())
                        .or_default()
                        .push((value, who, named, c));
                }
            }
            if e.pos == EventPos::Noun && heads_its_phrase(a, i) {
                if merged.is_none()
                    && value.is_none()
                    && calamity(&e.lemma)
                    && definite(a, i)
                    && !told.first.contains_key(e.lemma.as_str())
                {
                    told.undated.insert(&e.lemma, i);
                }
                told.tell(&e.lemma, i, value);
            } else if let Some((group, false)) = happening {
                told.tell(group, i, value);
            } else if let Some(group) = own_calamity(e, &a.seg.lower) {
                told.tell(group, i, value);
            }
            clusters[c].push((d, i));
            map.push(c);
        }
        cluster_of.push(map);
    }
    let mut sources = Sources::new(analyses);
    // The mention that names each event, chosen once.
    let representatives: Vec<(usize, usize)> = clusters
        .iter()
        .map(|members| representative(analyses, members))
        .collect();
    sources.triggers = representatives
        .iter()
        .map(|&(d, i)| (d, analyses[d].events[i].trigger))
        .collect();

    // 2. The graph: points, then statements strongest first. Every statement keeps its
    //    constraints so that a contradiction can be cut down to a minimal set.
    let mut g = TemporalGraph::new();
    // Room for every point (two per event, one per document, two per dated phrase) and about
    // as many edges as the statements make, so that the graph grows without reallocating.
    let mentions: usize = analyses.iter().map(|a| a.mentions.len()).sum();
    let relations: usize = analyses.iter().map(|a| a.relations.len()).sum();
    g.reserve(
        2 * clusters.len() + analyses.len() + 2 * mentions,
        clusters.len() + 2 * analyses.len() + 3 * mentions + 2 * relations,
    );
    let mut statements: Vec<StatementInfo> =
        Vec::with_capacity(1 + analyses.len() + mentions + relations);
    let mut constraints_of: Vec<Vec<Constraint>> =
        Vec::with_capacity(1 + analyses.len() + mentions + relations);
    let origin = g.origin();
    let span_statement = 0;
    statements.push(StatementInfo::Written {
        says: "an event starts before it ends".into(),
        events: Vec::new(),
        evidence: None,
    });
    constraints_of.push(Vec::new());
    let mut event_points = Vec::with_capacity(clusters.len());
    for _ in &clusters {
        let (s, e) = (g.add_point(), g.add_point());
        let c = Constraint {
            from: s,
            to: e,
            lo: Some(0),
            hi: None,
        };
        // A fresh point pair cannot contradict anything.
        let _ = g.add(&[c], span_statement);
        constraints_of[span_statement].push(c);
        event_points.push((s, e));
    }
    // Each event's span constraint by its start point, for `minimal`: made when the first
    // contradiction needs it (most documents have none, and building it for every one
    // showed in the profile; issue 6).
    let span_from: std::cell::OnceCell<std::collections::HashMap<Point, Constraint>> =
        std::cell::OnceCell::new();
    let mut time_points: Vec<Vec<Option<(Point, Point)>>> = Vec::new();
    let mut published_points = Vec::new();
    for (d, a) in analyses.iter().enumerate() {
        let id = &sources.docs[d].0;
        let p = a.article.published;
        // The moment of writing: one point somewhere in the publish day. Past tense ends by
        // it, present tense holds at it, future starts after it.
        let moment = g.add_point();
        let cs = vec![Constraint {
            from: origin,
            to: moment,
            lo: Some(minutes(day_start(p))),
            hi: Some(minutes(day_end(p))),
        }];
        // A fresh point bounded by a date cannot contradict anything.
        let _ = g.add(&cs, statements.len());
        statements.push(StatementInfo::Written {
            says: Text::from(format!("{} was published on {}", a.article.id, p)),
            events: Vec::new(),
            evidence: a
                .article
                .published_span
                .map(|sp| evidence(id, &a.article.text, sp)),
        });
        constraints_of.push(cs);
        published_points.push((moment, moment));
        let mut points = Vec::with_capacity(a.mentions.len());
        for (mi, m) in a.mentions.iter().enumerate() {
            let Some(v) = a.values[mi]
                .as_ref()
                .filter(|v| v.earliest.is_some() || v.latest.is_some())
            else {
                points.push(None);
                continue;
            };
            let (s, e) = (g.add_point(), g.add_point());
            let cs = fixed(origin, s, e, v.earliest.map(minutes), v.latest.map(minutes));
            let _ = g.add(&cs, statements.len());
            let mut says = String::new();
            push_quoted(&mut says, &cleaned(slice(&a.article.text, m.span)));
            for part in [" is ", &v.value, " (", v.trace.resolution, ")"] {
                says.push_str(part);
            }
            statements.push(StatementInfo::Written {
                says: Text::from(says),
                events: Vec::new(),
                evidence: Some(evidence(id, &a.article.text, m.span)),
            });
            constraints_of.push(cs);
            points.push(Some((s, e)));
        }
        time_points.push(points);
    }
    // Relations, strongest sieve first across documents.
    let mut order: Vec<(usize, usize)> = Vec::with_capacity(relations);
    for (d, a) in analyses.iter().enumerate() {
        order.extend((0..a.relations.len()).map(|r| (d, r)));
    }
    // Stable: document and relation order within a sieve. In the reader's timeline a past
    // verb put in a time ahead comes after the tenses, as a reading that may be dropped.
    // (The key is read once per relation; the test is read again only for a relation that
    // meets a contradiction.)
    let demoted =
        |d: usize, r: usize| merge && past_in_time_ahead(&analyses[d], &analyses[d].relations[r]);
    order.sort_by_cached_key(|&(d, r)| {
        if demoted(d, r) {
            (crate::relation::Sieve::PublishDate, true)
        } else {
            (analyses[d].relations[r].sieve, false)
        }
    });
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
        let cs = constraints(rel, sa, sb);
        // A classifier relation that the stronger ones already entail adds nothing, and would
        // only stand in for them in explanations: left out.
        if rel.sieve == crate::relation::Sieve::Classifier
            && cs.iter().all(|c| {
                c.lo.is_none_or(|lo| g.max_difference_at_most(c.to, c.from, -lo))
                    && c.hi
                        .is_none_or(|hi| g.max_difference_at_most(c.from, c.to, hi))
            })
        {
            continue;
        }
        let id = statements.len();
        let named = |n: Node| match n {
            Node::Event(i) => Named::Event(cluster_of[d][i]),
            Node::Time(m) => Named::Phrase(a.mentions[m].span),
            Node::Published => Named::Published,
        };
        statements.push(StatementInfo::Relation {
            doc: d,
            rel: rel.clone(),
            source: named(rel.source),
            target: named(rel.target),
        });
        constraints_of.push(cs.clone());
        match g.add(&cs, id) {
            Ok(()) => kept.push((d, r)),
            Err(Contradiction { statements: cycle }) => {
                let span_from = span_from.get_or_init(|| {
                    constraints_of[span_statement]
                        .iter()
                        .map(|c| (c.from, *c))
                        .collect()
                });
                let cycle = minimal(&g, &constraints_of, span_from, &cs, id, cycle);
                let statement = |s: usize| Statement {
                    says: sources.says(&statements[s]),
                    events: sources.events(&statements[s]),
                    evidence: sources.evidence(&statements[s]).unwrap_or_else(|| {
                        evidence(&sources.docs[d].0, &a.article.text, rel.evidence)
                    }),
                };
                let others: Vec<usize> = cycle
                    .iter()
                    .copied()
                    .filter(|&s| s != span_statement)
                    .collect();
                // A contradiction through a chain of thousands of "Later," sentences would list
                // all of them in every conflict or dropped reading that runs through it:
                // output and memory quadratic in the chain (12 GB for 8,000 sentences; issue
                // 6). The six statements at each end are listed, the rest counted.
                let abbreviate = |list: Vec<usize>| -> (Vec<usize>, usize) {
                    if list.len() <= 2 * LISTED_AT_EACH_END {
                        return (list, 0);
                    }
                    let omitted = list.len() - 2 * LISTED_AT_EACH_END;
                    let mut kept = list[..LISTED_AT_EACH_END].to_vec();
                    kept.extend_from_slice(&list[list.len() - LISTED_AT_EACH_END..]);
                    (kept, omitted)
                };
                // What the text says outright (dates, connectives, "Later,") against what it
                // says outright is a conflict between statements; an inference (reported speech,
                // tense) that contradicts anything is a weaker reading, dropped.
                if explicit(rel.sieve) && !demoted(d, r) {
                    let (others, omitted) = abbreviate(others);
                    let mut sentences: Vec<Evidence> = Vec::new();
                    for &s in &others {
                        let Some(ev) = sources.evidence(&statements[s]) else {
                            continue;
                        };
                        let Some(k) = analyses.iter().position(|x| x.article.id == ev.document)
                        else {
                            continue;
                        };
                        let doc = &analyses[k];
                        if let Some(si) = doc.seg.sentence_at(ev.span.start) {
                            let sentence = evidence(
                                &sources.docs[k].0,
                                &doc.article.text,
                                doc.seg.sentences[si].span,
                            );
                            if !sentences.contains(&sentence) {
                                sentences.push(sentence);
                            }
                        }
                    }
                    sentences.sort_by(|a, b| (&a.document, a.span).cmp(&(&b.document, b.span)));
                    conflicts.push(Conflict {
                        statements: others.iter().map(|&s| statement(s)).collect(),
                        sentences,
                        dropped: sources.says(&statements[id]),
                        omitted,
                    });
                } else {
                    let (contradicts, omitted) =
                        abbreviate(others.into_iter().filter(|&s| s != id).collect());
                    dropped.push(Dropped {
                        statement: statement(id),
                        contradicts: contradicts.into_iter().map(statement).collect(),
                        omitted,
                    });
                }
            }
        }
    }

    // 3. Bounds and the explanation of each.
    let bounds = g.bounds();
    // A bound can rest on a long chain ("Later," after "Later," ...): the explanation keeps
    // the six statements nearest the date it starts from and the six nearest the event.
    // Each statement written once, when first cited.
    let written: Vec<std::cell::OnceCell<Text>> =
        vec![std::cell::OnceCell::new(); statements.len()];
    let says = |s: usize| -> Text {
        match &statements[s] {
            StatementInfo::Written { says, .. } => says.clone(),
            info => written[s].get_or_init(|| sources.says(info)).clone(),
        }
    };
    let describe = |because: &[usize]| -> Vec<Text> {
        let mut chain = because.iter().copied().filter(|&s| s != span_statement);
        let len = chain.clone().count();
        if len <= 12 {
            return chain.map(says).collect();
        }
        let mut out: Vec<Text> = Vec::with_capacity(13);
        out.extend(chain.by_ref().take(6).map(says));
        out.push(Text::from(format!(
            "… {} more statements of the same chain …",
            len - 12
        )));
        out.extend(chain.skip(len - 12).map(says));
        out
    };
    // The sentences quoted as evidence, each copied once however many events it tells.
    let mut quotes: Vec<Vec<Option<Text>>> = analyses
        .iter()
        .map(|a| vec![None; a.seg.sentences.len()])
        .collect();
    // The anchors of resolutions, each written once (most are the publish date).
    let mut anchor_texts: std::collections::HashMap<&AnchorUsed, Text> =
        std::collections::HashMap::new();
    let mut events_out = Vec::with_capacity(clusters.len());
    let mut keys = Vec::with_capacity(clusters.len());
    for (c, members) in clusters.iter().enumerate() {
        let (d, i) = representatives[c];
        let a = &analyses[d];
        let e = &a.events[i];
        let (s, en) = event_points[c];
        let earliest = bounds.earliest(&g, s);
        let latest = bounds.latest(&g, en);
        // The representative's own time first: "struck at 4:17 a.m." over "Monday's".
        let direct = std::iter::once(&(d, i))
            .chain(members)
            .find_map(|&(d, i)| anchors[d][i].map(|m| (d, m)));
        let latest_start = bounds.latest_minutes(s);
        let earliest_end = bounds.earliest_minutes(en);
        let mut when = when(
            analyses,
            direct,
            [earliest.as_ref(), latest.as_ref()],
            [latest_start, earliest_end],
            a.article.published,
            &describe,
            &mut anchor_texts,
        );
        // The windows of the end and of the start are explained as the bounds are, and only
        // when shown (a path is a walk back through the graph).
        if when.earliest_end.is_some() {
            when.earliest_end_because = bounds
                .earliest(&g, en)
                .map(|b| describe(&b.because))
                .unwrap_or_default();
        }
        if when.latest_start.is_some() {
            when.latest_start_because = bounds
                .latest(&g, s)
                .map(|b| describe(&b.because))
                .unwrap_or_default();
        }
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
        let trigger = clean(slice(&a.article.text, e.trigger));
        let mut told_as: Vec<String> = Vec::new();
        for &(d, i) in members {
            let a = &analyses[d];
            let t = clean(slice(&a.article.text, a.events[i].trigger));
            if !t.eq_ignore_ascii_case(&trigger)
                && !told_as.iter().any(|x| x.eq_ignore_ascii_case(&t))
            {
                told_as.push(t);
            }
        }
        events_out.push(Some(TimelineEvent {
            id: EventId::from_index(c),
            trigger,
            summary,
            status: scheduled(e, earliest.as_ref(), a.article.published).unwrap_or(e.status),
            class: e.class,
            who,
            place: e.place.map(|p| clean(slice(&a.article.text, p))),
            when,
            follows_previous: Sequence::First,
            told_as,
            // One entry per sentence: "Aid began arriving" is two mentions of one sentence.
            evidence: dedup_sentences(analyses, members)
                .map(|(d, i)| {
                    let a = &analyses[d];
                    let sentence = a.events[i].sentence;
                    let span = a.seg.sentences[sentence].span;
                    let quote = quotes[d][sentence]
                        .get_or_insert_with(|| Text::from(slice(&a.article.text, span)))
                        .clone();
                    Evidence {
                        document: sources.docs[d].0.clone(),
                        span,
                        quote,
                    }
                })
                .collect(),
        }));
    }

    // 4. Order: Kahn's algorithm over the kept "before" relations, ties by earliest bound,
    //    latest bound, document and text position. A relation "A starts no later than B"
    //    ("has remained free since then") also puts A first where A's position estimate is
    //    no later than B's, unless such relations close a cycle (two events said to start
    //    together); then the "before" relations alone order.
    let mut succ: Vec<Vec<usize>> = vec![Vec::new(); clusters.len()];
    let mut starts_first: Vec<(usize, usize)> = Vec::new();
    for &(d, r) in &kept {
        let rel = &analyses[d].relations[r];
        if let (Node::Event(x), Node::Event(y)) = (rel.source, rel.target) {
            let (cx, cy) = (cluster_of[d][x], cluster_of[d][y]);
            match rel.kind {
                RelationKind::Before => succ[cx].push(cy),
                // Only where the bounds agree: an undated event that starts first ("a
                // press conference" of "denied in a press conference") does not hold a
                // dated one back among the undated.
                RelationKind::StartsBefore if cx != cy && keys[cx].0 <= keys[cy].0 => {
                    starts_first.push((cx, cy))
                }
                _ => {}
            }
        }
    }
    let kahn = |succ: &[Vec<usize>]| {
        let mut indegree = vec![0usize; succ.len()];
        for next in succ {
            for &n in next {
                indegree[n] += 1;
            }
        }
        let mut heap: BinaryHeap<Reverse<(OrderKey, usize)>> = (0..succ.len())
            .filter(|&c| indegree[c] == 0)
            .map(|c| Reverse((keys[c], c)))
            .collect();
        let mut sequence = Vec::with_capacity(succ.len());
        while let Some(Reverse((_, c))) = heap.pop() {
            sequence.push(c);
            for &n in &succ[c] {
                indegree[n] -= 1;
                if indegree[n] == 0 {
                    heap.push(Reverse((keys[n], n)));
                }
            }
        }
        sequence
    };
    let mut sequence = if starts_first.is_empty() {
        kahn(&succ)
    } else {
        let mut both = succ.clone();
        for &(a, b) in &starts_first {
            both[a].push(b);
        }
        let sequence = kahn(&both);
        if sequence.len() == clusters.len() {
            sequence
        } else {
            kahn(&succ)
        }
    };
    // An entity timeline keeps the events the entity takes part in; the bounds and the order
    // still come from the whole story.
    if let Some(name) = about {
        let involved: Vec<bool> = clusters
            .iter()
            .map(|members| {
                members
                    .iter()
                    .any(|&(d, i)| involves(&analyses[d], i, name))
            })
            .collect();
        sequence.retain(|&c| involved[c]);
    }
    // "..., according to the National Transportation Safety Board": TimeML's REPORTING event,
    // but no happening of the story. The events it attributes are `reported`, and their
    // evidence quotes the source, so it is no row of its own.
    sequence.retain(|&c| {
        !clusters[c]
            .iter()
            .all(|&(d, i)| crate::event::attribution(&analyses[d].seg, &analyses[d].events[i]))
    });
    // Two events can be ordered beyond their bounds only through a chain of event–event
    // relations (times and the publish date are fixed by bounds already), so the exact
    // shortest-path check runs only inside such a chain.
    let mut component: Vec<usize> = (0..clusters.len()).collect();
    fn root(component: &mut [usize], mut x: usize) -> usize {
        while component[x] != x {
            component[x] = component[component[x]];
            x = component[x];
        }
        x
    }
    for &(d, r) in &kept {
        if let (Node::Event(x), Node::Event(y)) = (
            analyses[d].relations[r].source,
            analyses[d].relations[r].target,
        ) {
            let (a, b) = (
                root(&mut component, cluster_of[d][x]),
                root(&mut component, cluster_of[d][y]),
            );
            component[a] = b;
        }
    }
    // In a long chain one shortest-path search per event would cost too much; there a direct
    // "before" relation or the bounds decide, and a pair they leave open is reported as
    // unordered (never the other way round: "entailed" is always true).
    let mut size = vec![0usize; clusters.len()];
    for c in 0..clusters.len() {
        size[root(&mut component, c)] += 1;
    }
    let mut ordered = Vec::with_capacity(sequence.len());
    // Whether the text entails that `p` ends before `c` starts (`p` comes first in the order,
    // so the other way round is never entailed).
    let mut ends_before = |p: usize, c: usize| {
        let (_, prev_end) = event_points[p];
        let (cur_start, _) = event_points[c];
        let by_bounds = matches!(
            (bounds.latest_minutes(prev_end), bounds.earliest_minutes(cur_start)),
            (Some(l), Some(e)) if l < e
        );
        // A direct "before" relation: `p`'s successors are read at most UNORDERED_WINDOW
        // times, so the scans stay linear in the relations.
        by_bounds || succ[p].contains(&c) || {
            let r = root(&mut component, c);
            root(&mut component, p) == r
                && size[r] <= 300
                && g.max_difference_at_most(cur_start, prev_end, -1)
        }
    };
    // The unordered pairs found, by position: bit `b` of `unordered_after[i]` stands for the
    // pair `(i, i + 1 + b)`, so that reading them out gives the pairs sorted without a sort
    // (which showed in the profile; issue 6).
    const _: () = assert!(crate::timeline::UNORDERED_WINDOW <= 8);
    let mut unordered_after = vec![0u8; sequence.len()];
    let mut unordered_count = 0;
    for (k, &c) in sequence.iter().enumerate() {
        // Each event appears once in the sequence: move it out rather than clone it.
        let Some(mut ev) = events_out[c].take() else {
            continue;
        };
        // Pairs left unordered, up to UNORDERED_WINDOW places back (bounded: at most that many
        // entailment queries per event).
        for back in 2..=crate::timeline::UNORDERED_WINDOW.min(k) {
            let p = sequence[k - back];
            if unordered_count < crate::timeline::UNORDERED_CAP && !ends_before(p, c) {
                unordered_after[k - back] |= 1 << (back - 1);
                unordered_count += 1;
            }
        }
        if k > 0 {
            let p = sequence[k - 1];
            let entailed = ends_before(p, c);
            if !entailed && unordered_count < crate::timeline::UNORDERED_CAP {
                unordered_after[k - 1] |= 1;
                unordered_count += 1;
            }
            ev.follows_previous = if entailed {
                Sequence::Entailed
            } else {
                Sequence::Unordered
            };
        }
        ordered.push(ev);
    }
    let unordered = unordered_after
        .iter()
        .enumerate()
        .flat_map(|(i, &bits)| {
            (0..crate::timeline::UNORDERED_WINDOW)
                .filter(move |b| bits & (1 << b) != 0)
                .map(move |b| (i, i + 1 + b))
        })
        .map(|(a, b)| {
            [
                EventId::from_index(sequence[a]),
                EventId::from_index(sequence[b]),
            ]
        })
        .collect();

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
        if about.is_some()
            && !(sequence.contains(&cluster_of[d][x]) && sequence.contains(&cluster_of[d][y]))
        {
            continue;
        };
        relations.push(TimelineRelation {
            id: RelationId::from_index(relations.len()),
            source: EventId::from_index(cluster_of[d][x]),
            kind: rel.kind,
            target: EventId::from_index(cluster_of[d][y]),
            minutes: rel.offset.map(|o| [o.min_minutes, o.max_minutes]),
            sieve: rel.sieve,
            rule: rel.rule.to_string(),
            evidence: evidence(&sources.docs[d].0, &a.article.text, rel.evidence),
        });
    }

    let timeline = Timeline {
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
        unordered,
    };
    Reconstruction {
        timeline,
        graph: g,
        time_points,
        published_points: published_points.iter().map(|p| p.0).collect(),
        bounds,
        statements,
        sources,
        event_points,
        members: clusters,
        span_statement,
    }
}

/// True when event `i` is mentioned as background: in a temporal clause ("after the
/// opposition alleged"), or named by an event-relative phrase ("hours after the bridge
/// collapsed").
///
/// `mentions_in_order`: whether `a.mentions` come in sentence order, as the pipeline makes them.
fn referential(a: &Analysis, i: usize, mentions_in_order: bool) -> bool {
    let e = &a.events[i];
    if a.seg.clauses[e.clause].kind == crate::segment::ClauseKind::Temporal {
        return true;
    }
    // Mentions come in sentence order: the sentence's own are one run (a scan of all of them
    // per event made long articles quadratic; issue 6). Any other order: all of them.
    let mentions = if mentions_in_order {
        let first = a.mentions.partition_point(|m| m.sentence < e.sentence);
        let end = first + a.mentions[first..].partition_point(|m| m.sentence <= e.sentence);
        &a.mentions[first..end]
    } else {
        &a.mentions[..]
    };
    mentions.iter().any(|m| {
        matches!(m.expr, crate::temporal::TimeExpr::EventRelative { .. })
            && m.sentence == e.sentence
            && m.span.end <= e.head.start
            && !a
                .text_between(m.span.end, e.head.start)
                .contains([',', ';'])
    })
}

/// The forms under which an entity is named: the full name, every run of two or more of its
/// words ("Apple Corps" for "Beatles Apple Corps"), and the last word of a two-word name
/// ("Jobs" for "Steve Jobs").
fn name_forms(name: &str) -> Vec<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let mut forms = Vec::new();
    for len in (2..=words.len()).rev() {
        for start in 0..=words.len() - len {
            forms.push(words[start..start + len].join(" "));
        }
    }
    if words.len() == 1 || words.len() == 2 {
        forms.push(words[words.len() - 1].to_string());
    }
    forms
}

/// Where the article names the entity (whole words, case as written in the name).
fn entity_spans(text: &str, name: &str) -> Vec<Span> {
    let mut out = Vec::new();
    for form in name_forms(name) {
        for (at, _) in text.match_indices(form.as_str()) {
            let end = at + form.len();
            let before_ok = text[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let after_ok = text[end..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
            if before_ok && after_ok && !out.iter().any(|s: &Span| s.overlaps(Span::new(at, end))) {
                out.push(Span::new(at, end));
            }
        }
    }
    out
}

/// True when the entity takes part in event `i`: it is named in the event's subject or in
/// the words of its summary, or the subject is a pronoun that stands for it (see
/// [`subject_is_entity`]).
pub fn involves(a: &Analysis, i: usize, name: &str) -> bool {
    let e = &a.events[i];
    let sentence = a.seg.sentences[e.sentence].span;
    let spans: Vec<Span> = entity_spans(&a.article.text[sentence.start..sentence.end], name)
        .into_iter()
        .map(|s| s.shift(sentence.start))
        .collect();
    // Named as the subject, or as the object: within a few words after the trigger.
    let object = Span::new(e.trigger.end, e.summary.end.min(e.trigger.end + 40));
    if e.who.is_some_and(|w| spans.iter().any(|s| w.overlaps(*s)))
        || spans
            .iter()
            .any(|s| e.trigger.overlaps(*s) || object.overlaps(*s))
    {
        return true;
    }
    is_pronoun(a, e.who) && e.sentence > 0 && subject_is_entity(a, e.sentence - 1, name, 8)
}

fn is_pronoun(a: &Analysis, who: Option<Span>) -> bool {
    who.is_some_and(|w| {
        matches!(
            a.article.text[w.start..w.end].to_ascii_lowercase().as_str(),
            "he" | "she" | "it" | "they" | "his" | "its" | "their" | "her"
        )
    })
}

/// True when the first subject of sentence `s` is the entity: named, or a pronoun standing
/// for the entity named as the first subject of the sentence before, in the same paragraph
/// (followed back at most `depth` sentences). "Jobs resigned. He had been fighting cancer.
/// He started Apple in 1976." — both "He" stand for Jobs.
fn subject_is_entity(a: &Analysis, s: usize, name: &str, depth: usize) -> bool {
    let Some(first) = a.events.iter().find(|f| f.sentence == s && f.who.is_some()) else {
        return false;
    };
    let who = first.who.unwrap_or_default();
    if !entity_spans(&a.article.text[who.start..who.end], name).is_empty() {
        return true;
    }
    depth > 0
        && is_pronoun(a, first.who)
        && s > 0
        && a.seg.sentences[s - 1].paragraph == a.seg.sentences[s].paragraph
        && subject_is_entity(a, s - 1, name, depth - 1)
}

/// Verbs of saying: two mentions are two sayings, never merged across sentences.
const SAYINGS: &[&str] = &[
    "say", "tell", "add", "claim", "allege", "deny", "state", "note", "insist", "warn", "indicate",
    "report", "write", "tweet", "argue", "suggest", "describe", "comment", "respond", "complain",
    "explain", "accuse", "ask",
];

/// Happenings that befall their subject once: mentions with the same subject are one event,
/// whatever dates the sources give.
const ONCE_ONLY: &[&str] = &[
    "collapse",
    "die",
    "resign",
    "inaugurate",
    "assassinate",
    "sink",
    "explode",
    "crash",
    "bear",
    "bury",
    "execute",
    "abdicate",
    "retire",
    "found",
    "demolish",
    "capsize",
];

/// "Aid began arriving in northwest Syria on Thursday": the event an aspectual verb before it
/// in its sentence governs (or stands right before) is one row with it, named by the aspectual verb's summary and dated
/// by the time either has.
fn begun_by(a: &Analysis, i: usize) -> Option<usize> {
    let e = &a.events[i];
    // Its governor, or the verb right before it ("began arriving" has no infinitive marker).
    let g = e.governor.filter(|&g| g < i).or_else(|| {
        let g = i.checked_sub(1)?;
        let gap = a.seg.token_at(e.trigger.start) - a.seg.token_at(a.events[g].trigger.end);
        (gap == 0 && a.events[g].clause == e.clause).then_some(g)
    })?;
    let f = &a.events[g];
    // What the aspectual verb begins or ends follows it ("began arriving", "began to
    // arrive", "stopped abruptly working"), not after its object ("ending a strike that had
    // halted container traffic": the halting is the strike's; "a proposal to begin talks on
    // a peace treaty to replace the armistice": the replacing is the treaty's).
    let (start, end) = (
        a.seg.token_at(e.trigger.start),
        a.seg.token_at(f.trigger.end),
    );
    // A time phrase between the two is no object: "started on Friday to fly pilgrims home".
    let time_between = a.mentions.iter().any(|m| {
        m.span.start >= f.trigger.end
            && m.span.end <= e.trigger.start
            && a.seg.token_at(m.span.start).saturating_sub(end) <= 1
            && start.saturating_sub(a.seg.token_at(m.span.end)) == 0
    });
    (e.pos == EventPos::Verb
        && f.pos == EventPos::Verb
        && f.class == crate::event::EventClass::Aspectual
        && f.sentence == e.sentence
        && (start.saturating_sub(end) <= 1 || time_between))
        .then_some(g)
}

/// "The new parliament meets on July 2": a present-tense event told as fact that the text
/// places wholly after the publish day is scheduled, so `future`, not `asserted`.
fn scheduled(
    e: &crate::event::Event,
    earliest: Option<&Bound>,
    published: NaiveDate,
) -> Option<crate::event::Status> {
    let after = earliest?.minutes > minutes(day_end(published));
    (after
        && e.status == crate::event::Status::Asserted
        // "Talks are scheduled for Friday"; "He is scheduled to visit the state on Friday":
        // the infinitive has no tense of its own, and lies ahead all the same.
        && matches!(
            e.placement(),
            crate::temporal::Tense::Present | crate::temporal::Tense::None
        ))
    .then_some(crate::event::Status::Future)
}

/// The mention that names a merged event: the first one, or the first verb when a noun came
/// first ("Monday's earthquake" told by "The quake struck at 4:17 a.m.": the verb says what
/// happened).
fn representative(analyses: &[Analysis], members: &[(usize, usize)]) -> (usize, usize) {
    let first = members[0];
    if analyses[first.0].events[first.1].pos == EventPos::Verb {
        return first;
    }
    members
        .iter()
        .copied()
        .find(|&(d, i)| analyses[d].events[i].pos == EventPos::Verb)
        .unwrap_or(first)
}

/// True when verb event `e` tells its subject happening ("The quake struck", "the attack
/// forced 2,000 villagers to flee", "the talks failed"): an occurrence or a beginning or end,
/// told as past and as fact. A present, expected or wanted verb tells what the happening does
/// or will do ("his visit will help", "the arrests make us worried"), another event; so does
/// a passive, whose subject undergoes it ("the fire was contained": the containing is not the
/// fire). `lower` is the lower-cased text.
fn tells_its_subject(e: &crate::event::Event, lower: &str) -> bool {
    use crate::event::{EventClass, Status};
    e.pos == EventPos::Verb
        && !crate::event::passive(e, lower)
        && matches!(e.class, EventClass::Occurrence | EventClass::Aspectual)
        && e.placement() == crate::temporal::Tense::Past
        && matches!(e.status, Status::Asserted | Status::Reported)
        && e.modality.is_none()
        && !SAYINGS.contains(&e.lemma.as_str())
        // "The vote was set for March 3" arranges the vote, it does not tell it.
        && !crate::event::lexicon::ARRANGING_FOR.contains(&e.lemma.as_str())
}

/// The calamity verb event `e` tells whatever its subject ("A freight train derailed": the
/// crash a later "the crash" names), told as past fact:
/// [`CALAMITY_VERBS`](crate::event::lexicon::CALAMITY_VERBS).
fn own_calamity(e: &crate::event::Event, lower: &str) -> Option<&'static str> {
    let group = crate::event::calamity_of_verb(&e.lemma)?;
    tells_its_subject(e, lower).then_some(group)
}

/// "He visited the camp on Monday. His visit lasted two hours.": the verb event an event noun
/// after a possessive pronoun names again. The verb is the last one of the noun's verb
/// ([`NOUN_OF_VERB`](crate::event::lexicon::NOUN_OF_VERB); or, in the passive, of
/// [`NOUN_OF_PASSIVE`](crate::event::lexicon::NOUN_OF_PASSIVE): "He was arrested ... his
/// arrest") in the three sentences before, in
/// the same paragraph, told as past fact, and its subject is the pronoun's own ("he" for
/// "his", "they" for "their") or, for "his", "her" and "its", a name ("Erdogan visited").
fn told_by_possessor(a: &Analysis, i: usize) -> Option<usize> {
    use crate::event::lexicon::{NOUN_OF_PASSIVE, NOUN_OF_VERB};
    use crate::event::Status;
    let e = &a.events[i];
    let of = |table: &[(&'static str, &'static str)]| {
        table
            .iter()
            .find(|(noun, _)| *noun == e.lemma)
            .map(|&(_, verb)| verb)
    };
    // "his visit" is his visiting; "his arrest" his being arrested.
    let (verb, passive) = match of(NOUN_OF_VERB) {
        Some(verb) => (verb, false),
        None => (of(NOUN_OF_PASSIVE)?, true),
    };
    let seg = &a.seg;
    let head = seg.token_at(e.head.start);
    let sentence = &seg.sentences[e.sentence];
    if head <= sentence.tokens.start {
        return None;
    }
    let pronoun = match seg.lower_of(seg.tokens[head - 1].span) {
        "his" => "he",
        "her" => "she",
        "their" => "they",
        "its" => "it",
        _ => return None,
    };
    let j = (0..i).rev().take(60).find(|&j| {
        let f = &a.events[j];
        f.pos == EventPos::Verb
            && f.lemma == verb
            && (!passive || crate::event::passive(f, &a.seg.lower))
    })?;
    let f = &a.events[j];
    // A person is arrested, elected or released once in a story's span: a paragraph of news
    // is a sentence or two, so the undergone kind reaches further back.
    let near = if passive {
        e.sentence - f.sentence <= 6
    } else {
        e.sentence - f.sentence <= 3 && seg.sentences[f.sentence].paragraph == sentence.paragraph
    };
    let fact = f.placement() == crate::temporal::Tense::Past
        && matches!(f.status, Status::Asserted | Status::Reported)
        && f.modality.is_none()
        && !f.negated;
    let who = f.who.and_then(|w| a.article.text.get(w.start..w.end))?;
    let fits = who.eq_ignore_ascii_case(pronoun) || (pronoun != "they" && is_name(who));
    (near && fact && fits).then_some(j)
}

/// "Federal regulators seized the bank on Friday, hours after ..., the largest bank failure
/// since 2008": the verb event a closing apposition with a superlative sums up. Noun event
/// `i` heads a phrase that opens with "the" right after a comma, has a superlative among its
/// first words ("largest", "worst", "first") and ends its sentence's run of words; the
/// happening is the sentence's first verb that tells its subject as past fact.
fn sums_up(a: &Analysis, i: usize) -> Option<usize> {
    let seg = &a.seg;
    let e = &a.events[i];
    let head = seg.token_at(e.head.start);
    let word = |t: usize| seg.lower_of(seg.tokens[t].span);
    let open = seg
        .words_before(e.sentence, head, 4)
        .last()
        .filter(|&t| word(t) == "the" && word(t - 1) == ",")?;
    let superlative = (open + 1..head).any(|t| {
        let w = word(t);
        (w.len() > 4 && w.ends_with("est")) || matches!(w, "worst" | "first" | "most")
    });
    if !superlative {
        return None;
    }
    (0..i).find(|&j| {
        let f = &a.events[j];
        f.sentence == e.sentence && f.governor.is_none() && tells_its_subject(f, &seg.lower)
    })
}

/// True for a subject that is a name: one to four words, each capitalised ("Erdogan",
/// "President Recep Tayyip Erdogan"), none an article or a pronoun.
fn is_name(who: &str) -> bool {
    let words: Vec<&str> = who.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                && !matches!(
                    w.to_ascii_lowercase().as_str(),
                    "the" | "a" | "an" | "he" | "she" | "it" | "they" | "this" | "these"
                )
        })
}

/// True for a synonym group of calamities ("the quake", "the disaster"): the happenings a
/// news story tells one of, so that a later "the quake" is the one told first.
fn calamity(group: &str) -> bool {
    group == "disaster" || crate::event::lexicon::CALAMITIES.contains(&group)
}

/// True when noun event `j` heads its phrase, not a compound: "the fire and blast", "a blaze
/// on April 15", "the quake struck", not the "fire" of "a false fire alarm".
fn heads_its_phrase(a: &Analysis, j: usize) -> bool {
    let seg = &a.seg;
    let next = seg.token_at(a.events[j].head.end);
    let Some(token) = seg.tokens.get(next) else {
        return true;
    };
    if token.kind == crate::segment::TokenKind::Punct {
        return true;
    }
    let w = seg.lower_of(token.span);
    crate::event::lexicon::FUNCTION_WORDS.contains(&w)
        // "Sunday's sinking is the deadliest": an auxiliary or a form of "be" after it.
        || crate::event::is_auxiliary(w)
        || matches!(
            w,
            "in" | "on" | "at" | "near" | "off" | "for" | "around" | "along" | "outside"
        )
        // Events come in text order: a verb right after the noun is among the next few.
        || a.events[j + 1..a.events.len().min(j + 4)]
            .iter()
            .any(|f| f.pos == EventPos::Verb && f.trigger.start == token.span.start)
}

/// True when event `i` (a noun) is named with a definite article or a demonstrative: "the
/// quake", "the deadly quake", "that attack".
fn definite(a: &Analysis, i: usize) -> bool {
    let seg = &a.seg;
    let head = seg.token_at(a.events[i].head.start);
    let floor = seg.sentences[a.events[i].sentence].tokens.start;
    (head.saturating_sub(3).max(floor)..head).rev().any(|t| {
        let w = seg.lower_of(seg.tokens[t].span);
        matches!(w, "the" | "this" | "that")
    }) && (head.saturating_sub(3).max(floor)..head).all(|t| {
        let w = seg.lower_of(seg.tokens[t].span);
        !matches!(w, "," | "a" | "an" | "another" | "second" | "new" | "first")
            && !w.ends_with("'s")
    })
}

/// True when event `i`'s subject opens with "the" ("The magnitude 7.8 quake"), not "A quake"
/// or "A similar quake", which may be another one.
fn definite_subject(a: &Analysis, i: usize) -> bool {
    a.events[i]
        .who
        .and_then(|w| a.article.text.get(w.start..w.end))
        .and_then(|t| t.split_whitespace().next())
        .is_some_and(|w| w.eq_ignore_ascii_case("the"))
}

/// The happening event `j`'s subject names by its head noun, as a synonym group of the event
/// nouns ("The magnitude 7.8 quake" of "struck" → "earthquake"; not "The death toll from
/// Monday's earthquake", whose head is "toll"), and whether the subject makes it one more of
/// its kind ("A second quake"): [`crate::event::subject_head`].
fn subject_happening(a: &Analysis, j: usize) -> Option<(&str, bool)> {
    let who = a.events[j].who?;
    let (head, at, another) = crate::event::subject_head(&a.article.text, who)?;
    if let Some(group) = crate::event::event_noun(&head.to_ascii_lowercase()) {
        return Some((group, another));
    }
    // A beginning or an end tells the happening its subject names, whatever the noun:
    // "months of fighting ended", "the fighting began" (a noun the recogniser found).
    let e = &a.events[j];
    (e.class == crate::event::EventClass::Aspectual)
        .then(|| {
            a.events[j.saturating_sub(8)..j]
                .iter()
                .find(|f| f.pos == EventPos::Noun && f.head.start == at)
        })
        .flatten()
        .map(|f| (f.lemma.as_str(), another))
}

/// The happenings an article has told so far, by synonym group of the event nouns, as its
/// events are read in order: what a later "the quake" (`first_of`) or a dated "the quake struck
/// at 4:17 a.m." (`dated_like`) refers to. One pass, so that long articles stay linear.
#[derive(Default)]
struct Told<'a> {
    /// The first event of each group: a noun heading its phrase ("the fire and blast", not the
    /// "fire" of "a false fire alarm"), or a verb telling its subject ("The quake struck").
    first: std::collections::HashMap<&'a str, usize>,
    /// The first event of any calamity group: what "the disaster" and "the tragedy" refer to.
    first_calamity: Option<usize>,
    /// The dated nouns of each group, with their values.
    dated: std::collections::HashMap<&'a str, Vec<(usize, &'a str)>>,
    /// A definite calamity noun with no date that is the first of its group and joined no
    /// earlier event ("since the quake" in an article's first sentence): what a later dated
    /// "The quake struck" tells.
    undated: std::collections::HashMap<&'a str, usize>,
}

impl<'a> Told<'a> {
    /// Event `i` tells a happening of `group`, dated `value` if it is a dated noun.
    fn tell(&mut self, group: &'a str, i: usize, value: Option<&'a str>) {
        self.first.entry(group).or_insert(i);
        if crate::event::lexicon::CALAMITIES.contains(&group) {
            self.first_calamity.get_or_insert(i);
        }
        if let Some(v) = value {
            self.dated.entry(group).or_default().push((i, v));
        }
    }

    /// The first event told of `group`; for "disaster" (and "tragedy", "catastrophe"), the
    /// first calamity of any kind.
    fn first_of(&self, group: &str) -> Option<usize> {
        if group == "disaster" {
            self.first_calamity
        } else {
            self.first.get(group).copied()
        }
    }

    /// The first noun of `group` whose value contains `value` or is contained in it
    /// ("2023-02-06" and "2023-02-06T04:17").
    fn dated_like(&self, group: &str, value: &str) -> Option<usize> {
        self.dated
            .get(group)?
            .iter()
            .find(|(_, v)| alike(value, v))
            .map(|&(j, _)| j)
    }
}

/// Whether one of two values contains the other ("2023-02-06" and "2023-02-06T04:17").
fn alike(a: &str, b: &str) -> bool {
    a.starts_with(b) || b.starts_with(a)
}

/// A dated verb seen so far: its value, subject words, subject names and cluster.
type DatedVerb<'a> = (&'a str, &'a [&'a str], Vec<&'a str>, usize);

/// True when `words` holds `w`, ASCII case aside (the words were once lower-cased copies).
fn contains_word(words: &[&str], w: &str) -> bool {
    words.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// The capitalised words of an event's subject other than its first word ("Tana" in "The
/// Tana dam"; "Morales" in "Morales"), compared without ASCII case.
fn subject_names(a: &Analysis, i: usize) -> Vec<&str> {
    a.events[i]
        .who
        .map(|w| {
            let words: Vec<&str> = a.article.text[w.start..w.end]
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            let single = words.len() == 1;
            words
                .iter()
                .enumerate()
                .filter(|(k, w)| (*k > 0 || single) && w.starts_with(|c: char| c.is_uppercase()))
                .map(|(_, w)| *w)
                .collect()
        })
        .unwrap_or_default()
}

/// The content words of an event's subject, compared without ASCII case.
fn subject_words(a: &Analysis, i: usize) -> Vec<&str> {
    const NOT_CONTENT: &[&str] = &["the", "a", "an", "of", "in", "his", "her", "their", "its"];
    a.events[i]
        .who
        .map(|w| {
            a.article.text[w.start..w.end]
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty() && !contains_word(NOT_CONTENT, w))
                .collect()
        })
        .unwrap_or_default()
}

/// "Feissel welcomed the decision to suspend overflights during war games early next month":
/// relation `rel` of analysis `a` puts a verb in the past tense or the present perfect (no
/// modal, no "was to" future in the past) within a time that starts after the publish day.
/// The time is most often another event's (the war games'), and a past event cannot lie
/// there: in the reader's timeline the relation is weighed after the tenses, and dropped
/// (listed) when it contradicts them, instead of the past tense ([`reconstruct_with`]).
fn past_in_time_ahead(a: &Analysis, rel: &Relation) -> bool {
    let Some(e) = crate::relation::anchored_ahead(rel, &a.values, a.article.published)
        .and_then(|i| a.events.get(i))
    else {
        return false;
    };
    e.pos == EventPos::Verb
        && e.placement() == crate::temporal::Tense::Past
        && e.modality.is_none()
        && !a
            .seg
            .lower
            .get(e.trigger.start..e.trigger.end)
            .is_some_and(|t| t.split(' ').any(|w| w == "to"))
}

/// Sieves whose relations the text states outright, as opposed to inferences.
fn explicit(sieve: crate::relation::Sieve) -> bool {
    use crate::relation::Sieve::*;
    matches!(sieve, TimeAnchor | Connective | Discourse)
}

/// Cuts a contradiction down to a minimal set: a statement is left out when the others,
/// without it, still cannot all hold (deletion filter; the rejected statement stays).
fn minimal(
    g: &TemporalGraph,
    constraints_of: &[Vec<Constraint>],
    span_from: &std::collections::HashMap<Point, Constraint>,
    rejected: &[Constraint],
    rejected_id: usize,
    cycle: Vec<usize>,
) -> Vec<usize> {
    // Each test builds a small graph over the points the statements touch (the origin kept
    // as the origin), plus the event spans among them.
    let consistent = |set: &[usize]| -> bool {
        let mut t = TemporalGraph::new();
        let mut map: std::collections::HashMap<Point, Point> = std::collections::HashMap::new();
        map.insert(g.origin(), t.origin());
        let statements: Vec<&[Constraint]> = set
            .iter()
            .map(|&s| {
                if s == rejected_id {
                    rejected
                } else {
                    constraints_of[s].as_slice()
                }
            })
            .collect();
        for c in statements.iter().flat_map(|cs| cs.iter()) {
            for p in [c.from, c.to] {
                map.entry(p).or_insert_with(|| t.add_point());
            }
        }
        let remap = |c: &Constraint, map: &std::collections::HashMap<Point, Point>| Constraint {
            from: map[&c.from],
            to: map[&c.to],
            lo: c.lo,
            hi: c.hi,
        };
        // The spans of the events among those points, found from the points (a filter over
        // every event's span made each test, and so long articles, quadratic; issue 6). In
        // point order, as they were added to the graph.
        let mut points: Vec<Point> = map.keys().copied().collect();
        points.sort_unstable();
        let spans: Vec<Constraint> = points
            .iter()
            .filter_map(|p| span_from.get(p))
            .filter(|c| map.contains_key(&c.to))
            .map(|c| remap(c, &map))
            .collect();
        if t.add(&spans, 0).is_err() {
            return false;
        }
        for (cs, &s) in statements.iter().zip(set) {
            let cs: Vec<Constraint> = cs.iter().map(|c| remap(c, &map)).collect();
            if t.add(&cs, s).is_err() {
                return false;
            }
        }
        true
    };
    let mut keep: Vec<usize> = cycle.into_iter().filter(|&s| s != 0).collect();
    // Each test rebuilds a graph of the remaining statements, so trimming a cycle of k
    // statements costs about k² and more: a cycle through a chain of thousands of "Later,"
    // sentences took minutes (found with a 4,000-sentence chain; issue 6). A cycle that long
    // is reported as found: it is a set that cannot all be true, if not the smallest one.
    if keep.len() > MINIMAL_CYCLE_LIMIT {
        return keep;
    }
    let mut i = 0;
    while i < keep.len() {
        if keep[i] == rejected_id {
            i += 1;
            continue;
        }
        let without: Vec<usize> = keep.iter().copied().filter(|&s| s != keep[i]).collect();
        if consistent(&without) {
            i += 1;
        } else {
            keep = without;
        }
    }
    keep
}

/// A conflict or dropped reading lists this many statements at each end of its contradiction.
const LISTED_AT_EACH_END: usize = 6;

/// Conflicts with more statements than this are not trimmed to a minimal set (see `minimal`).
const MINIMAL_CYCLE_LIMIT: usize = 64;

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
        // With an offset, by up to that many minutes past B's end: "the day after the crash
        // on Sunday" ends by the end of Monday.
        RelationKind::EndsBefore => {
            vec![c(
                a_e,
                b_e,
                Some(rel.offset.map_or(0, |o| -o.max_minutes)),
                None,
            )]
        }
        // With an offset, by up to that many minutes before B's start: "the day before the
        // vote on Sunday" starts on Saturday at the earliest.
        RelationKind::StartsAfterStart => {
            vec![c(
                b_s,
                a_s,
                Some(rel.offset.map_or(0, |o| -o.max_minutes)),
                None,
            )]
        }
        RelationKind::StartsBeforeEnd => vec![c(a_s, b_e, Some(0), None)],
        RelationKind::Simultaneous => {
            vec![c(a_s, b_s, Some(0), Some(0)), c(a_e, b_e, Some(0), Some(0))]
        }
    }
}

fn kind_words(rel: &Relation) -> std::borrow::Cow<'static, str> {
    // The time of writing is a moment, not a stretch.
    if rel.target == Node::Published {
        match rel.kind {
            RelationKind::EndsBefore => return "is over by".into(),
            RelationKind::StartsBeforeEnd => return "has started by".into(),
            RelationKind::Overlaps => return "goes on at".into(),
            _ => {}
        }
    }
    if rel.source == Node::Published && rel.kind == RelationKind::StartsBefore {
        return "comes no later than the start of".into();
    }
    match (rel.kind, rel.offset) {
        (RelationKind::Before, Some(o)) => format!(
            "ends {}–{} minutes before the start of",
            o.min_minutes, o.max_minutes
        )
        .into(),
        (RelationKind::Before, None) => "ends before the start of".into(),
        (RelationKind::EndsBefore, Some(o)) => format!(
            "ends no later than {} minutes after the end of",
            o.max_minutes
        )
        .into(),
        (RelationKind::StartsAfterStart, Some(o)) => format!(
            "starts no earlier than {} minutes before the start of",
            o.max_minutes
        )
        .into(),
        (RelationKind::During, _) => "lies within".into(),
        (RelationKind::Overlaps, _) => "overlaps".into(),
        (RelationKind::StartsBefore, _) => "starts no later than".into(),
        (RelationKind::EndsBefore, _) => "ends no later than the end of".into(),
        (RelationKind::StartsAfterStart, _) => "starts no earlier than".into(),
        (RelationKind::StartsBeforeEnd, _) => "starts no later than the end of".into(),
        (RelationKind::Simultaneous, _) => "happens at the same time as".into(),
    }
}

/// For each event of an analysis, the time mention it is directly anchored to (one pass over
/// the relations).
fn anchor_table(a: &Analysis) -> Vec<Option<usize>> {
    let mut out = vec![None; a.events.len()];
    for r in &a.relations {
        if let (Node::Event(e), Node::Time(m)) = (r.source, r.target) {
            if out[e].is_none() && dates_event(r) {
                out[e] = Some(m);
            }
        }
    }
    out
}

/// Whether a relation from an event to a time dates the event: the event lies in the time
/// ("in 2006"), or the time-anchor sieve fixes its start there ("since 2006", "from 1991 to
/// 1996") or has it go on then ("Prices remained high as of Friday"). The event's bounds come
/// from the graph either way.
fn dates_event(r: &Relation) -> bool {
    r.kind == RelationKind::During
        || (matches!(
            r.kind,
            RelationKind::StartsAfterStart | RelationKind::Overlaps
        ) && r.sieve == Sieve::TimeAnchor)
}

fn when<'a>(
    analyses: &'a [Analysis],
    direct: Option<(usize, usize)>,
    bounds: [Option<&Bound>; 2],
    [latest_start, earliest_end]: [Option<i64>; 2],
    published: NaiveDate,
    describe: &dyn Fn(&[usize]) -> Vec<Text>,
    anchor_texts: &mut std::collections::HashMap<&'a AnchorUsed, Text>,
) -> When {
    let [earliest, latest] = bounds;
    let b = EventBounds {
        earliest: earliest.and_then(|b| datetime(b.minutes)),
        latest: latest.and_then(|b| datetime(b.minutes)),
        latest_start: latest_start.and_then(datetime),
        earliest_end: earliest_end.and_then(datetime),
    };
    let (e, l) = (b.earliest, b.latest);
    let (value, granularity) = value_of(&b, published);
    let mut w = When {
        value,
        granularity,
        earliest: e.map(fmt),
        latest: l.map(fmt),
        earliest_end: end_window(&b).map(fmt),
        latest_start: start_window(&b).map(fmt),
        from: None,
        rule: "bounds derived from the relations below".into(),
        anchor: None,
        assumption: None,
        earliest_because: earliest.map(|b| describe(&b.because)).unwrap_or_default(),
        latest_because: latest.map(|b| describe(&b.because)).unwrap_or_default(),
        earliest_end_because: Vec::new(),
        latest_start_because: Vec::new(),
    };
    if w.value == "PRESENT_REF" {
        // No latest end to explain: the event is still going on when the article is written.
        w.rule = "holds at the time of writing (present tense or ongoing)".into();
        let _ = latest_start;
    } else if e.is_none() && l.is_none() {
        w.rule = "no time phrase or relation bounds it".into();
    }
    if let Some((d, m)) = direct {
        let a = &analyses[d];
        if let Some(v) = &a.values[m] {
            w.from = Some(phrase_with_preposition(a, a.mentions[m].span));
            w.rule = [v.trace.resolution, " (", v.trace.rule, ")"].concat();
            w.anchor = Some(
                anchor_texts
                    .entry(&v.trace.anchor)
                    .or_insert_with(|| Text::from(v.trace.anchor.to_string()))
                    .clone(),
            );
            w.assumption = v.trace.assumption.clone();
            // The phrase's own bounds, to the minute (as written).
            let minute = |t: Option<NaiveDateTime>| t.map(minutes);
            if minute(v.earliest) == minute(e) && minute(v.latest) == minute(l) {
                w.value = v.value.clone();
                w.granularity = v.granularity;
            }
        }
    }
    w
}

/// The phrase with the preposition before it: "on Friday", "in 2006", "as of Friday".
fn phrase_with_preposition(a: &Analysis, span: Span) -> String {
    let t = a.seg.token_at(span.start);
    let mut start = span.start;
    let lower = |k: usize| a.seg.lower_of(a.seg.tokens[k].span);
    if t > 1 && lower(t - 2) == "as" && lower(t - 1) == "of" {
        start = a.seg.tokens[t - 2].span.start;
    } else if t > 0 {
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
        (Some(e), Some(l)) if e.date() == l.date() => (ymd(e.date()), Granularity::Day),
        (Some(e), Some(l)) if (e.year(), e.month()) == (l.year(), l.month()) => {
            (year_month(e.date()), Granularity::Month)
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

/// The earliest end, when it tells a reader something the bounds do not. When the start is
/// open but the end lies in a window of two known sides: "accepted an offer hours before
/// returning on Friday morning" ended between Thursday 06:01 and Friday 10:59. When the end
/// is open but the text puts a floor under it, on a later day than the earliest start and no
/// earlier than the latest start: "will stay closed until at least August 24" goes on to the
/// 24th or longer; "have been blocking the highway since March 2" goes on to the publish day
/// (while "has been facing protests since the October 20 elections", which may have begun
/// and ended on the publish day, keeps only its start window). (When both bounds are known, the event lies between
/// them, which says more to a reader.)
fn end_window(b: &EventBounds) -> Option<NaiveDateTime> {
    let end = b.earliest_end?;
    match (b.earliest, b.latest) {
        (None, Some(latest)) => (end <= latest).then_some(end),
        (Some(earliest), None) => (end.date() > earliest.date()
            && b.latest_start.is_none_or(|start| end >= start))
        .then_some(end),
        _ => None,
    }
}

/// The latest start, when the end is open but the start lies in a window of two known sides:
/// "has been facing protests since the October 20 elections" began between 20 October and
/// the publish day.
fn start_window(b: &EventBounds) -> Option<NaiveDateTime> {
    let (start, earliest) = (b.latest_start?, b.earliest?);
    (b.latest.is_none() && start >= earliest).then_some(start)
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

/// `YYYY-MM-DDTHH:MM`. Written by hand for years 0–9999: chrono's `format` parses its pattern
/// on every call, which showed in the profile (issue 6); other years keep chrono's spelling.
fn fmt(t: NaiveDateTime) -> String {
    use chrono::Timelike;
    if !(0..=9999).contains(&t.year()) {
        return t.format("%Y-%m-%dT%H:%M").to_string();
    }
    let mut out = *b"0000-00-00T00:00";
    put_ymd(&mut out, t.date());
    put_digits(&mut out[11..13], t.hour());
    put_digits(&mut out[14..16], t.minute());
    ascii(&out).to_owned()
}

/// `YYYY-MM-DD`, by hand for years 0–9999 as [`fmt`].
fn ymd(d: NaiveDate) -> String {
    if !(0..=9999).contains(&d.year()) {
        return d.format("%Y-%m-%d").to_string();
    }
    let mut out = *b"0000-00-00";
    put_ymd(&mut out, d);
    ascii(&out).to_owned()
}

/// `YYYY-MM`, by hand for years 0–9999 as [`ymd`].
fn year_month(d: NaiveDate) -> String {
    if !(0..=9999).contains(&d.year()) {
        return d.format("%Y-%m").to_string();
    }
    let mut out = *b"0000-00-00";
    put_ymd(&mut out, d);
    ascii(&out[..7]).to_owned()
}

/// Appends `d` as chrono displays it (`YYYY-MM-DD`, by hand for years 0–9999 as [`ymd`]).
fn push_ymd(out: &mut String, d: NaiveDate) {
    if !(0..=9999).contains(&d.year()) {
        use std::fmt::Write;
        let _ = write!(out, "{d}");
        return;
    }
    let mut ymd = *b"0000-00-00";
    put_ymd(&mut ymd, d);
    out.push_str(ascii(&ymd));
}

/// Writes the digits of a date of years 0–9999 over the zeros of `YYYY-MM-DD` at the start of
/// `out`.
fn put_ymd(out: &mut [u8], d: NaiveDate) {
    put_digits(&mut out[0..4], d.year().unsigned_abs());
    put_digits(&mut out[5..7], d.month());
    put_digits(&mut out[8..10], d.day());
}

/// Writes the last `out.len()` decimal digits of `n` over `out`, zero-padded.
fn put_digits(out: &mut [u8], mut n: u32) {
    for digit in out.iter_mut().rev() {
        *digit = b'0' + (n % 10) as u8;
        n /= 10;
    }
}

/// Bytes written by [`put_digits`] into an ASCII pattern, as text.
fn ascii(bytes: &[u8]) -> &str {
    std::str::from_utf8(bytes).unwrap_or_default()
}

fn slice(text: &str, span: Span) -> &str {
    text.get(span.start..span.end).unwrap_or("")
}

/// Appends `s` as `format!("{s:?}")` would write it; plain ASCII (the usual case) without the
/// formatter's per-character escaping.
fn push_quoted(out: &mut String, s: &str) {
    // A fold that does not stop early, which the compiler checks many bytes at a time.
    let plain = s.bytes().fold(true, |ok, b| {
        ok & (0x20..0x7f).contains(&b) & (b != b'"') & (b != b'\\')
    });
    if plain {
        out.push('"');
        out.push_str(s);
        out.push('"');
    } else {
        use std::fmt::Write;
        let _ = write!(out, "{s:?}");
    }
}

/// Whitespace runs (line breaks included) become one space.
fn clean(s: &str) -> String {
    cleaned(s).into_owned()
}

/// [`clean`], borrowing `s` when there is nothing to clean (most spans: printable ASCII with
/// single spaces between words), for text that is copied into another string anyway.
fn cleaned(s: &str) -> std::borrow::Cow<'_, str> {
    // Printable ASCII, no space first, last or after a space. Two folds without early exit
    // or a carried previous byte: over the silver sample they cost 6.9 M instructions where
    // a byte loop with the previous byte cost 12 M (issue 6).
    let b = s.as_bytes();
    let printable = b.iter().fold(true, |ok, &c| ok & (0x20..0x7f).contains(&c));
    let double_space = b
        .iter()
        .zip(b.iter().skip(1))
        .fold(false, |found, (&x, &y)| found | ((x == b' ') & (y == b' ')));
    let plain = printable
        && !double_space
        && b.first().is_some_and(|&c| c != b' ')
        && b.last().is_some_and(|&c| c != b' ');
    if plain {
        return std::borrow::Cow::Borrowed(s);
    }
    // One pass, one allocation: `split_whitespace().collect().join(" ")` showed in the profile.
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    std::borrow::Cow::Owned(out)
}

/// The mentions of `members` whose sentence no earlier member has told.
fn dedup_sentences<'m>(
    analyses: &'m [Analysis],
    members: &'m [(usize, usize)],
) -> impl Iterator<Item = (usize, usize)> + 'm {
    let mut told = std::collections::HashSet::new();
    members
        .iter()
        .copied()
        .filter(move |&(d, i)| told.insert((d, analyses[d].events[i].sentence)))
}

/// The evidence `span` of the document `id` whose text is `text`.
fn evidence(id: &Text, text: &str, span: Span) -> Evidence {
    Evidence {
        document: id.clone(),
        span,
        quote: Text::from(slice(text, span)),
    }
}

/// "Some police units in Bolivia became openly defiant toward the government on Friday".
fn summary(a: &Analysis, i: usize) -> String {
    let e = &a.events[i];
    let text = &a.article.text;
    // "Camacho saying" says nothing: the words said come with it.
    let mut words = crate::event::summary_with_complement(&a.seg, e);
    // "A rebel spokesman said government troops opened fire first": a saying whose summary
    // stops at the subject of the verb after it (a complement without "that" that the clause
    // splitter leaves in the saying's clause) reads on through that verb's words.
    if e.class == crate::event::EventClass::Reporting {
        if let Some(f) = a.events.get(i + 1).filter(|f| {
            f.pos == EventPos::Verb
                && f.sentence == e.sentence
                && f.tense != crate::temporal::Tense::None
                && f.who
                    .is_some_and(|w| w.start > e.trigger.end && w.end == words.end)
                && (a
                    .article
                    .text
                    .get(words.end..f.trigger.start)
                    .is_some_and(|between| between.trim().is_empty())
                    || crate::event::adverbs_between(&a.seg, words.end, f.trigger.start))
        }) {
            words = Span::new(words.start, f.summary.end.max(words.end));
        }
    }
    // "voted on Thursday evening and 78 percent backed the deal": the summary stops at a
    // conjunction that opens the next verb's subject ("and 78 percent"; not at the noun a
    // relative clause hangs on: "under a government mediator, who was appointed"). Events come
    // in text order: the next verb is among the next few.
    if let Some(next) = a.events[i + 1..a.events.len().min(i + 5)]
        .iter()
        .filter(|f| {
            f.pos == EventPos::Verb
                && f.sentence == e.sentence
                && a.seg.clauses.get(f.clause).map(|c| c.kind)
                    != Some(crate::segment::ClauseKind::Relative)
        })
        .filter_map(|f| f.who.map(|w| (w, f.tense != crate::temporal::Tense::None)))
        .find(|(w, _)| w.start > e.trigger.end && w.start < words.end)
    {
        let (next, finite) = next;
        // Back over a time phrase that opens the next clause ("collapsed on Friday and on
        // Saturday the army moved in") and its preposition.
        let mut cut = next.start;
        let before = text[words.start..cut].trim_end();
        let mut over_time = false;
        if let Some(m) = a
            .mentions
            .iter()
            .find(|m| m.span.end == words.start + before.len() && m.span.start > words.start)
        {
            cut = m.span.start;
            // "weakened hours after it struck": the phrase that counts from the next verb.
            over_time = matches!(m.expr, crate::temporal::TimeExpr::EventRelative { .. });
            let mut lead = text[words.start..cut].trim_end();
            // "rose by two metres in the 48 hours before the wall failed": the article too.
            if let Some(rest) = lead.strip_suffix(" the") {
                lead = rest;
                cut = words.start + rest.len() + 1;
            }
            for p in [
                "on", "in", "at", "early", "late", "during", "over", "within", "only", "just",
                "barely", "nearly", "almost", "about", "around", "some",
            ] {
                if let Some(rest) = lead.strip_suffix(p).filter(|r| r.ends_with(' ')) {
                    cut = words.start + rest.len();
                    break;
                }
            }
        }
        let kept = text[words.start..cut]
            .trim_end()
            .trim_end_matches([',', ';']);
        // "resumed on Tuesday after engineers rebuilt the servers": a subordinator opens the
        // next verb's clause too, and a degree word before it goes with it ("shortly before
        // the fire was spotted").
        // Only before a finite verb: not "avoid famine after 1995-96 flooding".
        let subordinators: &[&str] = if finite { SUBORDINATORS } else { &[] };
        let kept = ["and", "but", "or", "while"]
            .iter()
            .chain(subordinators)
            .find_map(|c| kept.strip_suffix(c).filter(|k| k.ends_with(' ')))
            .map(|k| {
                let k = k.trim_end();
                DEGREE_WORDS
                    .iter()
                    .find_map(|d| k.strip_suffix(d).filter(|r| r.ends_with(' ')))
                    .unwrap_or(k)
                    .trim_end()
                    .trim_end_matches(',')
            })
            .or(over_time.then_some(kept));
        if let Some(kept) = kept.filter(|k| k.len() >= e.trigger.end - words.start) {
            words = Span::new(words.start, words.start + kept.len());
        }
    }
    // "the Supreme Court annulled that vote and ordered a rerun": the ordering is a row of its
    // own, so the annulling's summary stops at the "and" before it.
    let floor = a.seg.sentences[e.sentence].tokens.start;
    if let Some(and) = a.events[i + 1..a.events.len().min(i + 5)]
        .iter()
        .filter(|f| {
            f.pos == EventPos::Verb
                && f.sentence == e.sentence
                && f.tense != crate::temporal::Tense::None
                && f.trigger.end <= words.end
        })
        .find_map(|f| {
            crate::event::coordinated_verb(&a.seg, floor, a.seg.token_at(f.trigger.start))
        })
        .map(|t| a.seg.tokens[t].span)
        .filter(|and| and.start > e.trigger.end)
    {
        let kept = text[words.start..and.start]
            .trim_end()
            .trim_end_matches(',');
        words = Span::new(words.start, words.start + kept.len());
    }
    // "to stabilize ..." reads better without "he" in front of it.
    if text[e.trigger.start..].starts_with("to ") {
        return clean(slice(text, words));
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
    // "after claiming victory" under "he seeks ...": "he claiming victory" is no sentence. A
    // name reads as a caption ("Morales speaking to a crowd"); a pronoun is left out.
    let who = e.who.filter(|w| {
        let participle = e.tense == crate::temporal::Tense::None
            && e.trigger.start == e.head.start
            && slice(text, e.head).ends_with("ing");
        !(participle && is_pronoun(a, Some(*w)))
    });
    match who {
        // '..." said a resident of the town on Monday': "a resident of the town said on
        // Monday" (the subject follows the verb of saying).
        Some(w) if w.start >= e.trigger.end && w.end <= words.end => {
            let before = clean(slice(text, Span::new(words.start, w.start)));
            let after = clean(slice(text, Span::new(w.end, words.end)));
            let said = if after.is_empty() {
                before
            } else {
                joined(&before, &after)
            };
            joined(&cleaned(slice(text, w)), &said)
        }
        // "Speaking to a crowd" after its subject: "Morales speaking to a crowd".
        Some(w) if w.start > words.start => joined(
            &cleaned(slice(text, w)),
            &lower_first(clean(slice(text, words))),
        ),
        // "Inspectors last visited the site": the adverb between subject and verb stays.
        Some(w)
            if w.end <= words.start
                && (text[w.end..words.start].trim().is_empty()
                    || crate::event::adverbs_between(&a.seg, w.end, words.start)) =>
        {
            clean(slice(text, Span::new(w.start, words.end)))
        }
        Some(w) if !w.overlaps(words) => {
            let said = cleaned(slice(text, words));
            match passive_of_coordinated(a, i) {
                // "They were treated at a hospital and released": "They were released".
                Some(aux) => joined(&cleaned(slice(text, w)), &joined(&aux, &said)),
                None => joined(&cleaned(slice(text, w)), &said),
            }
        }
        _ => clean(slice(text, words)),
    }
}

/// Words that open the next verb's clause, where a summary stops before that verb's subject:
/// "They resumed on Tuesday after engineers rebuilt the servers" ends at "Tuesday".
const SUBORDINATORS: &[&str] = &[
    "after", "before", "when", "because", "since", "until", "once", "although", "though", "whereas",
];

/// Degree words that go with the subordinator after them ("shortly before the fire was
/// spotted"), left out of the summary with it.
const DEGREE_WORDS: &[&str] = &[
    "shortly",
    "just",
    "soon",
    "long",
    "right",
    "only",
    "even",
    "immediately",
];

/// The auxiliaries of the passive verb group that verb event `i` is coordinated with, when
/// `i` is a bare participle after "and" with that verb's subject: in "They were treated at a
/// hospital and released the following day" the release is passive too ("were"), which the
/// summary "They released the following day" turned active.
fn passive_of_coordinated(a: &Analysis, i: usize) -> Option<String> {
    let e = &a.events[i];
    let text = &a.article.text;
    let head = slice(text, e.head);
    if e.pos != EventPos::Verb
        || e.trigger != e.head
        || e.aspect != crate::event::Aspect::None
        || !head.ends_with("ed") && !head.ends_with("en") && !head.ends_with('t')
    {
        return None;
    }
    let floor = a.seg.sentences[e.sentence].tokens.start;
    let at = a.seg.token_at(e.trigger.start);
    crate::event::coordinated_verb(&a.seg, floor, at)?;
    // A passive participle takes no object: after it comes a preposition ("placed under house
    // arrest"), a particle or adverb, a time phrase ("released the following day") or the
    // end of the clause; not "announced it wanted", "called for direct talks".
    if let Some(next) = a.seg.tokens.get(at + 1) {
        let w = a.seg.lower_of(next.span);
        let timed = a.mentions.iter().any(|m| m.span.contains(next.span));
        let passive_next = next.kind != crate::segment::TokenKind::Word
            || timed
            || (crate::event::lexicon::PREPOSITIONS.contains(&w) && !matches!(w, "for" | "to"))
            || w.ends_with("ly")
            || matches!(w, "up" | "down" | "off" | "away" | "back" | "again");
        if !passive_next {
            return None;
        }
    }
    let f = a.events[..i]
        .iter()
        .rev()
        .find(|f| f.pos == EventPos::Verb && f.sentence == e.sentence)?;
    // "was born in 1917 and graduated": no act done to the subject.
    if f.who != e.who || !crate::event::passive(f, &a.seg.lower) || slice(text, f.head) == "born" {
        return None;
    }
    let aux = clean(slice(text, Span::new(f.trigger.start, f.head.start)));
    // Its auxiliaries only: not "not" ("were not treated ... and released"), nor an adverb.
    let aux: Vec<&str> = aux
        .split_whitespace()
        .filter(|w| {
            let w = w.to_ascii_lowercase();
            crate::event::is_auxiliary(&w) && !w.contains("n't")
        })
        .collect();
    (!aux.is_empty()).then(|| aux.join(" "))
}

/// `a` and `b` with a space between (`format!` showed in the profile; issue 6).
fn joined(a: &str, b: &str) -> String {
    let mut out = String::with_capacity(a.len() + 1 + b.len());
    out.push_str(a);
    out.push(' ');
    out.push_str(b);
    out
}
