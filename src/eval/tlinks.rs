//! Temporal relation scoring: TempEval-3 *temporal awareness* and MATRES start points.
//!
//! Temporal awareness (UzZaman & Allen 2011, the TempEval-3 Task C metric), computed as the
//! official scorer does (`temporal_evaluation.py`, `evaluate_two_files`; cross-checked in
//! docs/accuracy.md):
//!
//! 1. Each side (gold, system) is read in document order into a *reduced graph*: an exact
//!    repeat of an earlier relation is dropped; a relation the closure of the earlier ones
//!    already entails is redundant and dropped; one that contradicts them is kept but left out
//!    of the closure; every other relation is kept and added to the closure.
//! 2. A relation is *verified* by the other side when that side states it, or its inverse, as
//!    written (an exact triple), or when that side's closure entails it.
//! 3. Precision is the share of the system's reduced graph verified by the gold side; recall
//!    the share of the gold's reduced graph verified by the system side. Counts are summed
//!    over documents before dividing (micro-average).
//!
//! Closure is computed on interval endpoints: every entity X has a start X⁻ and an end X⁺ with
//! X⁻ < X⁺, and each TimeML relation is a conjunction of point relations (BEFORE: A⁺ < B⁻;
//! IBEFORE: A⁺ = B⁻; INCLUDES: A⁻ < B⁻ and B⁺ < A⁺; BEGINS: A⁻ = B⁻ and A⁺ < B⁺; ENDS:
//! A⁺ = B⁺ and B⁻ < A⁻; SIMULTANEOUS, IDENTITY and DURING: equal endpoints — DURING counts as
//! SIMULTANEOUS, as in the TempEval-3 tools). The point relations go into a
//! [`TemporalGraph`]: entailment is a shortest-path query, so closure is exact for these
//! conjunctive relations.
//!
//! Where we differ from the official scorer, on purpose: its closure (Miller & Schubert's
//! timegraph with pseudo-times) is both incomplete (it misses some entailments, so it keeps
//! some redundant relations and fails to verify some correct ones) and, in places, unsound
//! (colliding or uninitialised pseudo-times make it verify relations that do not follow, and
//! a BEGINS relation between known entities is always judged a contradiction). We keep the
//! exact closure; on the TempEval-3 training sets the two agree to within 0.3 F1 points.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::{f1, ratio};
use crate::graph::{Constraint, Point, TemporalGraph};
use crate::timeml::{LinkEnd, Tlink};

/// How a point relates to another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cmp {
    Lt,
    Eq,
}

/// (A or B, start or end).
type End = (bool, bool);
const AS: End = (true, true);
const AE: End = (true, false);
const BS: End = (false, true);
const BE: End = (false, false);

/// The point relations of a TimeML relation type, or None for types tempora does not score.
fn points(rel: &str) -> Option<&'static [(End, Cmp, End)]> {
    Some(match rel {
        "BEFORE" => &[(AE, Cmp::Lt, BS)],
        "AFTER" => &[(BE, Cmp::Lt, AS)],
        "IBEFORE" => &[(AE, Cmp::Eq, BS)],
        "IAFTER" => &[(BE, Cmp::Eq, AS)],
        "INCLUDES" => &[(AS, Cmp::Lt, BS), (BE, Cmp::Lt, AE)],
        "IS_INCLUDED" => &[(BS, Cmp::Lt, AS), (AE, Cmp::Lt, BE)],
        "BEGINS" => &[(AS, Cmp::Eq, BS), (AE, Cmp::Lt, BE)],
        "BEGUN_BY" => &[(AS, Cmp::Eq, BS), (BE, Cmp::Lt, AE)],
        "ENDS" => &[(AE, Cmp::Eq, BE), (BS, Cmp::Lt, AS)],
        "ENDED_BY" => &[(AE, Cmp::Eq, BE), (AS, Cmp::Lt, BS)],
        "SIMULTANEOUS" | "IDENTITY" | "DURING" | "DURING_INV" => {
            &[(AS, Cmp::Eq, BS), (AE, Cmp::Eq, BE)]
        }
        _ => return None,
    })
}

/// The closure of a set of TLINKs, queried by entailment.
pub struct LinkGraph {
    graph: TemporalGraph,
    points: BTreeMap<LinkEnd, (Point, Point)>,
    /// Links skipped because they contradict links added before them.
    pub inconsistent: usize,
}

impl LinkGraph {
    /// The closure of `links`, added in order (a link that contradicts the ones before it is
    /// skipped and counted in [`LinkGraph::inconsistent`]).
    pub fn new(links: &[&Tlink]) -> LinkGraph {
        let mut g = LinkGraph::empty();
        for l in links {
            g.add(l);
        }
        g
    }

    /// A graph with no relation.
    pub fn empty() -> LinkGraph {
        LinkGraph {
            graph: TemporalGraph::new(),
            points: BTreeMap::new(),
            inconsistent: 0,
        }
    }

    /// Adds `link` unless it contradicts the graph; false (and counted) when it does. Links
    /// of a type tempora does not score are ignored (true).
    pub fn add(&mut self, link: &Tlink) -> bool {
        let Some(cs) = self.constraints(link, true) else {
            return true;
        };
        let statement = self.points.len();
        if self.graph.add(&cs, statement).is_err() {
            self.inconsistent += 1;
            false
        } else {
            true
        }
    }

    /// True when some relation of the graph names `e`.
    fn knows(&self, e: &LinkEnd) -> bool {
        self.points.contains_key(e)
    }

    fn entity(&mut self, e: &LinkEnd) -> (Point, Point) {
        if let Some(&p) = self.points.get(e) {
            return p;
        }
        let (s, t) = (self.graph.add_point(), self.graph.add_point());
        // X⁻ < X⁺ for every entity; a fresh pair cannot contradict anything.
        let _ = self.graph.add(
            &[Constraint {
                from: s,
                to: t,
                lo: Some(1),
                hi: None,
            }],
            usize::MAX,
        );
        self.points.insert(e.clone(), (s, t));
        (s, t)
    }

    fn constraints(&mut self, l: &Tlink, create: bool) -> Option<Vec<Constraint>> {
        let rel = points(&l.rel_type)?;
        let (a, b) = if create {
            (self.entity(&l.source), self.entity(&l.target))
        } else {
            (*self.points.get(&l.source)?, *self.points.get(&l.target)?)
        };
        let pick = |(is_a, start): End| match (is_a, start) {
            (true, true) => a.0,
            (true, false) => a.1,
            (false, true) => b.0,
            (false, false) => b.1,
        };
        Some(
            rel.iter()
                .map(|&(x, cmp, y)| {
                    let (x, y) = (pick(x), pick(y));
                    match cmp {
                        Cmp::Lt => Constraint {
                            from: x,
                            to: y,
                            lo: Some(1),
                            hi: None,
                        },
                        Cmp::Eq => Constraint {
                            from: x,
                            to: y,
                            lo: Some(0),
                            hi: Some(0),
                        },
                    }
                })
                .collect(),
        )
    }

    /// True when the closure entails `link`.
    pub fn entails(&mut self, link: &Tlink) -> bool {
        let Some(cs) = self.constraints(link, false) else {
            return false;
        };
        cs.iter().all(|c| {
            // lo ≤ t(to) − t(from) ≤ hi is entailed when max(t(from) − t(to)) ≤ −lo and
            // max(t(to) − t(from)) ≤ hi.
            let lo_ok = c.lo.is_none_or(|lo| {
                self.graph
                    .max_difference(c.to, c.from)
                    .is_some_and(|(d, _)| d <= -lo)
            });
            let hi_ok = c.hi.is_none_or(|hi| {
                self.graph
                    .max_difference(c.from, c.to)
                    .is_some_and(|(d, _)| d <= hi)
            });
            lo_ok && hi_ok
        })
    }
}

/// Counts behind temporal awareness.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct AwarenessCounts {
    /// System relations scored: the reduced system graph (see the module doc).
    pub system: usize,
    /// Scored system relations the gold side verifies.
    pub system_verified: usize,
    /// Gold relations scored: the reduced gold graph.
    pub gold_reduced: usize,
    /// Scored gold relations the system side verifies.
    pub gold_verified: usize,
    /// Gold relations that contradict earlier gold relations (scored, but not in the closure).
    pub gold_inconsistent: usize,
    /// System relations that contradict earlier system relations (likewise).
    pub system_inconsistent: usize,
}

impl AwarenessCounts {
    /// Precision: verified system relations over scored system relations.
    pub fn precision(&self) -> f64 {
        ratio(self.system_verified, self.system)
    }
    /// Recall: verified gold relations over scored gold relations.
    pub fn recall(&self) -> f64 {
        ratio(self.gold_verified, self.gold_reduced)
    }
    /// Temporal awareness F1.
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }
    /// Adds another document's counts.
    pub fn add(&mut self, o: &AwarenessCounts) {
        self.system += o.system;
        self.system_verified += o.system_verified;
        self.gold_reduced += o.gold_reduced;
        self.gold_verified += o.gold_verified;
        self.gold_inconsistent += o.gold_inconsistent;
        self.system_inconsistent += o.system_inconsistent;
    }
}

/// The relation type as the TempEval-3 scorer reads it: DURING and DURING_INV become
/// SIMULTANEOUS (its `consider_DURING_as_SIMULTANEOUS`); None for types it cannot place.
fn canonical(rel: &str) -> Option<&'static str> {
    Some(match rel {
        "BEFORE" => "BEFORE",
        "AFTER" => "AFTER",
        "IBEFORE" => "IBEFORE",
        "IAFTER" => "IAFTER",
        "INCLUDES" => "INCLUDES",
        "IS_INCLUDED" => "IS_INCLUDED",
        "BEGINS" => "BEGINS",
        "BEGUN_BY" => "BEGUN_BY",
        "ENDS" => "ENDS",
        "ENDED_BY" => "ENDED_BY",
        "SIMULTANEOUS" | "DURING" | "DURING_INV" => "SIMULTANEOUS",
        "IDENTITY" => "IDENTITY",
        _ => return None,
    })
}

/// The type of the same relation read from its target (`reverse_relation` in
/// `temporal_evaluation.py`; SIMULTANEOUS and IDENTITY are their own inverses).
fn inverse(rel: &'static str) -> &'static str {
    match rel {
        "BEFORE" => "AFTER",
        "AFTER" => "BEFORE",
        "IBEFORE" => "IAFTER",
        "IAFTER" => "IBEFORE",
        "INCLUDES" => "IS_INCLUDED",
        "IS_INCLUDED" => "INCLUDES",
        "BEGINS" => "BEGUN_BY",
        "BEGUN_BY" => "BEGINS",
        "ENDS" => "ENDED_BY",
        "ENDED_BY" => "ENDS",
        other => other,
    }
}

/// A relation as an exact triple, its type canonical.
type Triple = (LinkEnd, LinkEnd, &'static str);

/// One side (gold or system) read as the TempEval-3 scorer reads it.
struct Side<'a> {
    /// The closure of the relations that did not contradict earlier ones.
    graph: LinkGraph,
    /// The reduced graph: relations not implied by earlier ones, contradicting ones included.
    scored: Vec<&'a Tlink>,
    /// Every relation as written, and its inverse.
    triples: BTreeSet<Triple>,
}

impl<'a> Side<'a> {
    /// Reads `links` in document order: an exact repeat is dropped; a relation the closure of
    /// the earlier ones already entails is redundant and dropped; one that contradicts them is
    /// kept for scoring but stays out of the closure; any other is kept and added.
    fn new(links: &'a [Tlink]) -> Side<'a> {
        let mut side = Side {
            graph: LinkGraph::empty(),
            scored: Vec::new(),
            triples: BTreeSet::new(),
        };
        let mut seen = BTreeSet::new();
        for l in links {
            let Some(rel) = canonical(&l.rel_type) else {
                continue;
            };
            let triple = (l.source.clone(), l.target.clone(), rel);
            side.triples.insert(triple.clone());
            if l.source != l.target {
                side.triples
                    .insert((l.target.clone(), l.source.clone(), inverse(rel)));
            }
            if !seen.insert(triple) {
                continue;
            }
            if l.source == l.target {
                // As the official timegraph does: a self-relation of equality is redundant
                // once its entity is known and scored otherwise; any other self-relation
                // contradicts the entity's own extent and is scored as a contradiction.
                let known = side.graph.knows(&l.source);
                side.graph.entity(&l.source);
                if matches!(rel, "SIMULTANEOUS" | "IDENTITY") {
                    if known {
                        continue;
                    }
                } else {
                    side.graph.inconsistent += 1;
                }
                side.scored.push(l);
                continue;
            }
            if side.graph.entails(l) {
                continue;
            }
            side.graph.add(l);
            side.scored.push(l);
        }
        side
    }

    /// True when this side states `link` (or its inverse) or its closure entails it.
    fn verifies(&mut self, link: &Tlink) -> bool {
        let Some(rel) = canonical(&link.rel_type) else {
            return false;
        };
        self.triples
            .contains(&(link.source.clone(), link.target.clone(), rel))
            || self.graph.entails(link)
    }
}

/// The reduced graph of a document's links, as recall counts the gold ones (see the module
/// doc).
pub fn reduced(links: &[Tlink]) -> Vec<&Tlink> {
    Side::new(links).scored
}

/// Temporal awareness of `system` against `gold` for one document, as the official TempEval-3
/// scorer (`temporal_evaluation.py`, `evaluate_two_files`) computes it: precision over the
/// reduced system graph, recall over the reduced gold graph (see the module doc).
///
/// ```
/// use tempora::eval::tlinks::awareness;
/// use tempora::timeml::{LinkEnd, Tlink};
/// let l = |a: &str, r: &str, b: &str| Tlink {
///     lid: String::new(), rel_type: r.into(),
///     source: LinkEnd::Event(a.into()), target: LinkEnd::Event(b.into()),
/// };
/// // Gold: a < b < c. The system says a < c: implied by the gold closure, so precision is 1;
/// // it verifies neither reduced gold link, so recall is 0.
/// let c = awareness(&[l("a", "BEFORE", "b"), l("b", "BEFORE", "c")], &[l("a", "BEFORE", "c")]);
/// assert_eq!((c.system, c.system_verified, c.gold_reduced, c.gold_verified), (1, 1, 2, 0));
/// // A system relation implied by the system's earlier ones is redundant: not scored.
/// let c = awareness(
///     &[l("a", "BEFORE", "b"), l("b", "BEFORE", "c")],
///     &[l("a", "BEFORE", "b"), l("b", "BEFORE", "c"), l("a", "BEFORE", "c")],
/// );
/// assert_eq!((c.system, c.system_verified, c.gold_reduced, c.gold_verified), (2, 2, 2, 2));
/// ```
pub fn awareness(gold: &[Tlink], system: &[Tlink]) -> AwarenessCounts {
    let mut g = Side::new(gold);
    let mut s = Side::new(system);
    let system_verified = s.scored.iter().filter(|l| g.verifies(l)).count();
    let gold_verified = g.scored.iter().filter(|l| s.verifies(l)).count();
    AwarenessCounts {
        system: s.scored.len(),
        system_verified,
        gold_reduced: g.scored.len(),
        gold_verified,
        gold_inconsistent: g.graph.inconsistent,
        system_inconsistent: s.graph.inconsistent,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn l(a: &str, r: &str, b: &str) -> Tlink {
        let end = |s: &str| {
            if s.starts_with('t') {
                LinkEnd::Time(s.into())
            } else {
                LinkEnd::Event(s.into())
            }
        };
        Tlink {
            lid: String::new(),
            rel_type: r.into(),
            source: end(a),
            target: end(b),
        }
    }

    #[test]
    fn identical_graphs_score_one() {
        let g = [
            l("e1", "BEFORE", "e2"),
            l("e2", "IS_INCLUDED", "t1"),
            l("e3", "SIMULTANEOUS", "e1"),
        ];
        let c = awareness(&g, &g);
        assert_eq!(
            (c.system, c.system_verified, c.gold_reduced, c.gold_verified),
            (3, 3, 3, 3)
        );
        assert_eq!(c.f1(), 1.0);
    }

    #[test]
    fn inverse_relations_verify_each_other() {
        let c = awareness(&[l("e1", "BEFORE", "e2")], &[l("e2", "AFTER", "e1")]);
        assert_eq!((c.system_verified, c.gold_verified), (1, 1));
        let c = awareness(
            &[l("e1", "INCLUDES", "e2")],
            &[l("e2", "IS_INCLUDED", "e1")],
        );
        assert_eq!((c.system_verified, c.gold_verified), (1, 1));
        let c = awareness(&[l("e1", "DURING", "e2")], &[l("e2", "SIMULTANEOUS", "e1")]);
        assert_eq!((c.system_verified, c.gold_verified), (1, 1));
    }

    #[test]
    fn wrong_and_unknown_relations() {
        // Gold: e1 < e2. System: e2 < e1 (wrong) and e1 includes e3 (gold knows nothing).
        let c = awareness(
            &[l("e1", "BEFORE", "e2")],
            &[l("e2", "BEFORE", "e1"), l("e1", "INCLUDES", "e3")],
        );
        assert_eq!(
            (c.system, c.system_verified, c.gold_reduced, c.gold_verified),
            (2, 0, 1, 0)
        );
        assert_eq!(c.precision(), 0.0);
    }

    #[test]
    fn redundant_gold_links_are_reduced_and_closure_counts_for_recall() {
        // Gold: e1 < e2, e2 < e3, e1 < e3 (implied). System: e1 < e2, e2 < e3.
        let gold = [
            l("e1", "BEFORE", "e2"),
            l("e2", "BEFORE", "e3"),
            l("e1", "BEFORE", "e3"),
        ];
        let sys = [l("e1", "BEFORE", "e2"), l("e2", "BEFORE", "e3")];
        let c = awareness(&gold, &sys);
        assert_eq!((c.gold_reduced, c.gold_verified), (2, 2));
        assert_eq!(c.recall(), 1.0);
        // Includes chains: e1 ⊃ e2 ⊃ e3 entails e1 ⊃ e3, and e3 before e4 ⊂ ... nothing else.
        let c = awareness(
            &[l("e1", "INCLUDES", "e3")],
            &[l("e1", "INCLUDES", "e2"), l("e2", "INCLUDES", "e3")],
        );
        assert_eq!(c.gold_verified, 1);
        assert_eq!(c.system_verified, 0, "the gold graph says nothing about e2");
    }

    #[test]
    fn contradicting_gold_links_are_skipped_and_counted() {
        let gold = [l("e1", "BEFORE", "e2"), l("e2", "BEFORE", "e1")];
        let c = awareness(&gold, &[]);
        assert_eq!(c.gold_inconsistent, 1);
        assert_eq!(c.f1(), 0.0);
    }

    #[test]
    fn unknown_types_are_ignored_and_self_links_scored_as_the_official_tool_does() {
        // MODAL is not a TLINK type: ignored. e1 BEFORE e1 contradicts e1's own extent: scored
        // as a contradiction, verified only by the same triple on the other side.
        let c = awareness(
            &[l("e1", "MODAL", "e2"), l("e1", "BEFORE", "e1")],
            &[l("e1", "BEFORE", "e2")],
        );
        assert_eq!((c.system, c.gold_reduced, c.gold_verified), (1, 1, 0));
        assert_eq!(c.gold_inconsistent, 1);
        // Gold: a = a (first mention of a: scored), a < b, a = a again (exact repeat: dropped).
        // System: a < b. a = a is verified because the system knows a: recall 2/2.
        let gold = [
            l("a", "SIMULTANEOUS", "a"),
            l("a", "BEFORE", "b"),
            l("a", "SIMULTANEOUS", "a"),
        ];
        let c = awareness(&gold, &[l("a", "BEFORE", "b")]);
        assert_eq!((c.gold_reduced, c.gold_verified), (2, 2));
        // Once a is known, a = a is implied: not scored.
        let gold = [l("a", "BEFORE", "b"), l("a", "IDENTITY", "a")];
        assert_eq!(awareness(&gold, &[]).gold_reduced, 1);
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-12
    }

    #[test]
    fn precision_is_over_the_reduced_system_graph() {
        // Gold: a < b < c. System: a < b, b < c, a < c (implied by the two before it, so not
        // scored), c < d (gold knows nothing of d).
        // P = 2/3 (not 3/4 as over all system relations), R = 2/2, F1 = 2·(2/3)·1/(5/3) = 0.8.
        let gold = [l("a", "BEFORE", "b"), l("b", "BEFORE", "c")];
        let sys = [
            l("a", "BEFORE", "b"),
            l("b", "BEFORE", "c"),
            l("a", "BEFORE", "c"),
            l("c", "BEFORE", "d"),
        ];
        let c = awareness(&gold, &sys);
        assert_eq!(
            (c.system, c.system_verified, c.gold_reduced, c.gold_verified),
            (3, 2, 2, 2)
        );
        assert!(close(c.precision(), 2.0 / 3.0) && close(c.recall(), 1.0));
        assert!(close(c.f1(), 0.8), "{}", c.f1());
    }

    #[test]
    fn reduction_drops_only_what_earlier_relations_imply() {
        // Gold in the order a < c, a < b, b < c: a < c comes first, so nothing before it
        // implies it and it is scored (the official reduction is sequential); 3 gold relations.
        // The system's a < b, b < c verify all three through its closure: R = 3/3.
        let gold = [
            l("a", "BEFORE", "c"),
            l("a", "BEFORE", "b"),
            l("b", "BEFORE", "c"),
        ];
        let sys = [l("a", "BEFORE", "b"), l("b", "BEFORE", "c")];
        let c = awareness(&gold, &sys);
        assert_eq!((c.gold_reduced, c.gold_verified), (3, 3));
        assert_eq!((c.system, c.system_verified), (2, 2));
        assert_eq!(c.f1(), 1.0);
    }

    #[test]
    fn contradicting_relations_are_scored_and_exact_triples_verify() {
        // System a < b then b < a: the second contradicts the first, stays out of the system
        // closure, but is scored. Gold: a < b. P = 1/2 (b < a is neither stated by the gold
        // nor entailed), R = 1/1 (a < b stated by the system).
        let c = awareness(
            &[l("a", "BEFORE", "b")],
            &[l("a", "BEFORE", "b"), l("b", "BEFORE", "a")],
        );
        assert_eq!(
            (c.system, c.system_verified, c.gold_reduced, c.gold_verified),
            (2, 1, 1, 1)
        );
        assert_eq!(c.system_inconsistent, 1);
        // Gold a < b then b < a (contradiction, scored). System: b < a. The system's b < a is
        // stated by the gold as written: P = 1/1. Recall: a < b unverified, b < a verified by
        // the exact triple: R = 1/2. F1 = 2·1·0.5/1.5 = 2/3.
        let c = awareness(
            &[l("a", "BEFORE", "b"), l("b", "BEFORE", "a")],
            &[l("b", "BEFORE", "a")],
        );
        assert_eq!(
            (c.system, c.system_verified, c.gold_reduced, c.gold_verified),
            (1, 1, 2, 1)
        );
        assert!(close(c.f1(), 2.0 / 3.0));
        // The inverse triple counts as stated: gold b AFTER a verifies system a BEFORE b.
        let c = awareness(&[l("b", "AFTER", "a")], &[l("a", "BEFORE", "b")]);
        assert_eq!((c.system_verified, c.gold_verified), (1, 1));
    }

    #[test]
    fn exact_repeats_are_scored_once() {
        // Gold states e1 < e2 twice and once as e2 AFTER e1 (the inverse: implied, dropped).
        let gold = [
            l("e1", "BEFORE", "e2"),
            l("e1", "BEFORE", "e2"),
            l("e2", "AFTER", "e1"),
        ];
        let c = awareness(&gold, &gold);
        assert_eq!(
            (c.system, c.system_verified, c.gold_reduced, c.gold_verified),
            (1, 1, 1, 1)
        );
    }
}
