//! Temporal relation scoring: TempEval-3 *temporal awareness* and MATRES start points.
//!
//! Temporal awareness (UzZaman & Allen 2011, the TempEval-3 Task C metric): a relation is
//! *verified* by a graph when the graph's temporal closure entails it. Precision is the share
//! of the system's relations verified by the gold graph; recall is the share of the gold
//! graph's *reduced* relations (those not implied by the others) verified by the system graph.
//!
//! Closure is computed on interval endpoints: every entity X has a start X⁻ and an end X⁺ with
//! X⁻ < X⁺, and each TimeML relation is a conjunction of point relations (BEFORE: A⁺ < B⁻;
//! IBEFORE: A⁺ = B⁻; INCLUDES: A⁻ < B⁻ and B⁺ < A⁺; BEGINS: A⁻ = B⁻ and A⁺ < B⁺; ENDS:
//! A⁺ = B⁺ and B⁻ < A⁻; SIMULTANEOUS, IDENTITY and DURING: equal endpoints — DURING counts as
//! SIMULTANEOUS, as in the TempEval-3 tools). The point relations go into a
//! [`TemporalGraph`]: entailment is a shortest-path query, so closure is exact for these
//! conjunctive relations. Gold links that contradict earlier ones are skipped (and counted).

use std::collections::BTreeMap;

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
    /// The closure of `links`, added in order.
    pub fn new(links: &[&Tlink]) -> LinkGraph {
        let mut g = LinkGraph {
            graph: TemporalGraph::new(),
            points: BTreeMap::new(),
            inconsistent: 0,
        };
        for (i, l) in links.iter().enumerate() {
            let Some(cs) = g.constraints(l, true) else {
                continue;
            };
            if g.graph.add(&cs, i).is_err() {
                g.inconsistent += 1;
            }
        }
        g
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
    /// System relations scored.
    pub system: usize,
    /// System relations the gold closure entails.
    pub system_verified: usize,
    /// Gold relations left after reduction.
    pub gold_reduced: usize,
    /// Reduced gold relations the system closure entails.
    pub gold_verified: usize,
    /// Gold relations skipped because they contradict earlier gold relations.
    pub gold_inconsistent: usize,
}

impl AwarenessCounts {
    /// Precision: verified system relations over system relations.
    pub fn precision(&self) -> f64 {
        ratio(self.system_verified, self.system)
    }
    /// Recall: verified reduced gold relations over reduced gold relations.
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
    }
}

/// Only relations both sides can be scored on: known types, distinct ends, no duplicates.
fn scorable(links: &[Tlink]) -> Vec<&Tlink> {
    let mut seen = std::collections::BTreeSet::new();
    links
        .iter()
        .filter(|l| points(&l.rel_type).is_some() && l.source != l.target)
        .filter(|l| seen.insert((l.source.clone(), l.target.clone(), l.rel_type.clone())))
        .collect()
}

/// The scorable links of a document not implied by the others (as recall counts them).
pub fn reduced(links: &[Tlink]) -> Vec<&Tlink> {
    reduce(&scorable(links))
}

/// The gold links not implied by the others (deletion in document order).
fn reduce<'a>(links: &[&'a Tlink]) -> Vec<&'a Tlink> {
    let mut kept: Vec<&Tlink> = links.to_vec();
    let mut i = 0;
    while i < kept.len() {
        let others: Vec<&Tlink> = kept
            .iter()
            .enumerate()
            .filter(|&(j, _)| j != i)
            .map(|(_, l)| *l)
            .collect();
        let mut g = LinkGraph::new(&others);
        if g.entails(kept[i]) {
            kept.remove(i);
        } else {
            i += 1;
        }
    }
    kept
}

/// Temporal awareness of `system` against `gold` for one document.
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
/// ```
pub fn awareness(gold: &[Tlink], system: &[Tlink]) -> AwarenessCounts {
    let gold = scorable(gold);
    let system = scorable(system);
    let mut gold_graph = LinkGraph::new(&gold);
    let mut system_graph = LinkGraph::new(&system);
    let reduced = reduce(&gold);
    AwarenessCounts {
        system: system.len(),
        system_verified: system.iter().filter(|l| gold_graph.entails(l)).count(),
        gold_reduced: reduced.len(),
        gold_verified: reduced.iter().filter(|l| system_graph.entails(l)).count(),
        gold_inconsistent: gold_graph.inconsistent,
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
    fn unscorable_types_and_self_links_are_ignored() {
        let c = awareness(
            &[l("e1", "MODAL", "e2"), l("e1", "BEFORE", "e1")],
            &[l("e1", "BEFORE", "e2")],
        );
        assert_eq!((c.system, c.gold_reduced), (1, 0));
    }
}
