//! The temporal constraint graph: a Simple Temporal Network over time points.
//!
//! Every event and every dated phrase has a start point and an end point; a hidden *origin*
//! point stands for 1970-01-01T00:00. Each constraint reads `lo ≤ t(b) − t(a) ≤ hi` in
//! minutes and becomes two weighted edges of a petgraph [`DiGraph`] (`a → b` weighing `hi`,
//! `b → a` weighing `−lo`). Shortest paths then give every point its tightest bounds: the
//! latest time of `x` is the distance origin → `x`, the earliest is minus the distance
//! `x` → origin.
//!
//! # How contradictions arise and are reported
//!
//! Statements are added one at a time, strongest first, as a group of constraints
//! ([`TemporalGraph::add`]). The graph keeps a feasible assignment (potentials) and repairs it
//! incrementally after each new edge; if the repair would have to move the new edge's own
//! source, the edges walked form a *negative cycle*: a loop of "at most" constraints that add
//! up to less than zero, e.g. "A ends before B starts", "B ends before C starts", "C ends
//! before A starts". The statements on that cycle cannot all be true; [`add`](TemporalGraph::add)
//! rolls the new statement back and returns them in a [`Contradiction`], so the graph always
//! stays consistent and every bound stays meaningful. The caller decides whether that is a
//! conflict between sources or a weaker reading to drop.
//!
//! petgraph is kept private: callers speak of points, statements and bounds.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use petgraph::graph::{DiGraph, EdgeIndex, NodeIndex};
use petgraph::visit::EdgeRef;
use petgraph::Direction as PgDirection;

/// A time point of the graph (the start or end of an event or a time).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Point(NodeIndex<u32>);

impl Point {
    /// The point's dense index, in creation order (the origin is 0); indexes
    /// [`TemporalGraph::all_bounds`].
    pub fn index(self) -> usize {
        self.0.index()
    }
}

/// An index into the caller's list of statements; it travels with every edge.
pub type StatementId = usize;

/// One difference constraint: `lo ≤ t(to) − t(from) ≤ hi`, in minutes; `None` is unbounded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Constraint {
    /// The reference point.
    pub from: Point,
    /// The constrained point.
    pub to: Point,
    /// Least difference.
    pub lo: Option<i64>,
    /// Greatest difference.
    pub hi: Option<i64>,
}

/// Statements that cannot all be true.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contradiction {
    /// The statements on the negative cycle, the rejected one included, sorted.
    pub statements: Vec<StatementId>,
}

#[derive(Debug, Clone, Copy)]
struct Edge {
    weight: i64,
    statement: StatementId,
}

/// A consistent set of difference constraints over time points.
#[derive(Debug, Clone)]
pub struct TemporalGraph {
    graph: DiGraph<(), Edge, u32>,
    origin: Point,
    /// A feasible assignment: `potential[v] ≤ potential[u] + w` for every edge `u → v`.
    potential: Vec<i64>,
    /// Scratch for [`TemporalGraph::repair`]: the edge that last lowered each point, and the
    /// points it set (so that it is cleared in time proportional to the work done).
    repair_pred: Vec<Option<EdgeIndex<u32>>>,
    repair_touched: Vec<usize>,
    /// Scratch for [`TemporalGraph::add`]: the old potential of each point a repair moved.
    repair_log: Vec<(usize, i64)>,
    /// Scratch for [`TemporalGraph::repair`]: its queue, empty between calls (a heap
    /// allocated per repair showed in the profile; issue 6).
    repair_heap: BinaryHeap<(i64, usize)>,
}

impl Default for TemporalGraph {
    fn default() -> Self {
        Self::new()
    }
}

/// A bound: the value and the statements on the path that gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bound {
    /// Minutes since 1970-01-01T00:00.
    pub minutes: i64,
    /// The statements that together imply it, from the origin outwards.
    pub because: Vec<StatementId>,
}

/// The bounds of every point of a graph, from [`TemporalGraph::bounds`]; read them against
/// the same, unchanged graph.
#[derive(Debug, Clone)]
pub struct Bounds {
    latest: Vec<Option<i64>>,
    latest_pred: Vec<Option<EdgeIndex<u32>>>,
    /// Distance of each point to the origin: minus its earliest minute.
    to_origin: Vec<Option<i64>>,
    earliest_pred: Vec<Option<EdgeIndex<u32>>>,
}

impl Bounds {
    /// The earliest minute of `p`, when bounded.
    pub fn earliest_minutes(&self, p: Point) -> Option<i64> {
        self.to_origin.get(p.index()).copied().flatten().map(|m| -m)
    }

    /// The latest minute of `p`, when bounded.
    pub fn latest_minutes(&self, p: Point) -> Option<i64> {
        self.latest.get(p.index()).copied().flatten()
    }

    /// The earliest minute of `p` with the statements behind it.
    pub fn earliest(&self, g: &TemporalGraph, p: Point) -> Option<Bound> {
        self.earliest_minutes(p).map(|minutes| Bound {
            minutes,
            because: g.path(&self.earliest_pred, p.index(), false),
        })
    }

    /// The latest minute of `p` with the statements behind it.
    pub fn latest(&self, g: &TemporalGraph, p: Point) -> Option<Bound> {
        self.latest_minutes(p).map(|minutes| Bound {
            minutes,
            because: g.path(&self.latest_pred, p.index(), true),
        })
    }
}

impl TemporalGraph {
    /// An empty graph with its origin.
    pub fn new() -> Self {
        let mut graph = DiGraph::default();
        let origin = Point(graph.add_node(()));
        TemporalGraph {
            graph,
            origin,
            potential: vec![0],
            repair_pred: vec![None],
            repair_touched: Vec::new(),
            repair_log: Vec::new(),
            repair_heap: BinaryHeap::new(),
        }
    }

    /// Makes room for `points` more points and `edges` more edges, so that adding them does
    /// not reallocate (a hint: more can still be added).
    pub fn reserve(&mut self, points: usize, edges: usize) {
        self.graph.reserve_nodes(points);
        self.graph.reserve_edges(edges);
        self.potential.reserve(points);
        self.repair_pred.reserve(points);
    }

    /// A graph with `n` unconstrained points besides the origin, numbered as `add_point` would.
    pub fn with_points(n: usize) -> Self {
        let mut g = Self::new();
        for _ in 0..n {
            g.add_point();
        }
        g
    }

    /// The origin point, fixed at minute 0 (1970-01-01T00:00).
    pub fn origin(&self) -> Point {
        self.origin
    }

    /// A new, unconstrained point.
    pub fn add_point(&mut self) -> Point {
        self.potential.push(0);
        self.repair_pred.push(None);
        Point(self.graph.add_node(()))
    }

    /// Number of points, the origin included.
    pub fn point_count(&self) -> usize {
        self.graph.node_count()
    }

    /// Number of edges (two per two-sided constraint).
    pub fn edge_count(&self) -> usize {
        self.graph.edge_count()
    }

    /// Adds all `constraints` of one statement, or none of them when they would contradict
    /// what the graph already holds.
    ///
    /// ```
    /// use tempora::graph::{Constraint, TemporalGraph};
    /// let mut g = TemporalGraph::new();
    /// let (a, b) = (g.add_point(), g.add_point());
    /// // a before b, then b before a: contradiction naming both statements.
    /// g.add(&[Constraint { from: a, to: b, lo: Some(1), hi: None }], 0).unwrap();
    /// let err = g.add(&[Constraint { from: b, to: a, lo: Some(1), hi: None }], 1).unwrap_err();
    /// assert_eq!(err.statements, vec![0, 1]);
    /// ```
    pub fn add(
        &mut self,
        constraints: &[Constraint],
        statement: StatementId,
    ) -> Result<(), Contradiction> {
        let mark_edges = self.graph.edge_count();
        // The potentials changed, to roll back; a scratch vector kept between calls (two
        // allocations per statement showed in the profile; issue 6).
        let mut log = std::mem::take(&mut self.repair_log);
        log.clear();
        for c in constraints {
            let edges = [
                c.hi.map(|hi| (c.from, c.to, hi)),
                c.lo.map(|lo| (c.to, c.from, lo.saturating_neg())),
            ];
            for (u, v, w) in edges.into_iter().flatten() {
                let e = self.graph.add_edge(
                    u.0,
                    v.0,
                    Edge {
                        weight: w,
                        statement,
                    },
                );
                if let Err(cycle) = self.repair(e, &mut log) {
                    // Roll back: potentials, then edges (last added first keeps indices valid).
                    for &(node, old) in log.iter().rev() {
                        self.potential[node] = old;
                    }
                    self.repair_log = log;
                    while self.graph.edge_count() > mark_edges {
                        let last = EdgeIndex::new(self.graph.edge_count() - 1);
                        self.graph.remove_edge(last);
                    }
                    let mut statements: Vec<StatementId> = cycle
                        .iter()
                        .map(|&e| self.edge_statement(e, statement))
                        .collect();
                    statements.push(statement);
                    statements.sort_unstable();
                    statements.dedup();
                    return Err(Contradiction { statements });
                }
            }
        }
        self.repair_log = log;
        Ok(())
    }

    fn edge_statement(&self, e: EdgeIndex<u32>, fallback: StatementId) -> StatementId {
        self.graph.edge_weight(e).map_or(fallback, |w| w.statement)
    }

    /// Restores feasibility after adding edge `e`, or returns the edges of a negative cycle.
    fn repair(
        &mut self,
        e: EdgeIndex<u32>,
        log: &mut Vec<(usize, i64)>,
    ) -> Result<(), Vec<EdgeIndex<u32>>> {
        let Some((u, v)) = self.graph.edge_endpoints(e) else {
            return Ok(());
        };
        let w = self.graph[e].weight;
        let target = self.potential[u.index()].saturating_add(w);
        if target >= self.potential[v.index()] {
            return Ok(());
        }
        if u == v {
            return Err(vec![e]);
        }
        // Dijkstra-like propagation of decreases from v, ordered by how far each potential drops.
        // `pred` is a scratch vector kept between calls (a hash map allocated per call was the
        // hot spot of long articles; issue 6), cleared through `touched` on the way out.
        let graph = &self.graph;
        let potential = &mut self.potential;
        let pred = &mut self.repair_pred;
        let touched = &mut self.repair_touched;
        let mut set = |pred: &mut Vec<Option<EdgeIndex<u32>>>, y: usize, id| {
            if pred[y].is_none() {
                touched.push(y);
            }
            pred[y] = Some(id);
        };
        let heap = &mut self.repair_heap;
        heap.clear();
        log.push((v.index(), potential[v.index()]));
        let drop = potential[v.index()] - target;
        potential[v.index()] = target;
        set(pred, v.index(), e);
        heap.push((drop, v.index()));
        let mut result = Ok(());
        'search: while let Some((_, x)) = heap.pop() {
            let px = potential[x];
            for er in graph.edges_directed(NodeIndex::new(x), PgDirection::Outgoing) {
                let (y, wy, id) = (er.target().index(), er.weight().weight, er.id());
                let cand = px.saturating_add(wy);
                if cand < potential[y] {
                    set(pred, y, id);
                    if y == u.index() {
                        // The new edge's source must move: a negative cycle through `e`.
                        let mut cycle = vec![];
                        let mut at = y;
                        for _ in 0..=graph.node_count() {
                            let Some(pe) = pred[at] else { break };
                            cycle.push(pe);
                            if pe == e {
                                break;
                            }
                            at = graph.edge_endpoints(pe).map_or(at, |(s, _)| s.index());
                        }
                        result = Err(cycle);
                        break 'search;
                    }
                    log.push((y, potential[y]));
                    let d = potential[y] - cand;
                    potential[y] = cand;
                    heap.push((d, y));
                }
            }
        }
        for y in touched.drain(..) {
            pred[y] = None;
        }
        result
    }

    /// Shortest distances from `source` (forward) or to it (backward), with predecessors.
    fn distances(
        &self,
        source: Point,
        forward: bool,
    ) -> (Vec<Option<i64>>, Vec<Option<EdgeIndex<u32>>>) {
        let n = self.graph.node_count();
        // Reduced distances, `UNREACHED` until a path is found (an `Option` per point cost
        // more in this loop; issue 6).
        const UNREACHED: i64 = i64::MAX;
        let mut reduced = vec![UNREACHED; n];
        let mut pred = vec![None; n];
        let mut heap = BinaryHeap::with_capacity(n);
        reduced[source.0.index()] = 0;
        heap.push(Reverse((0i64, source.0.index())));
        let dir = if forward {
            PgDirection::Outgoing
        } else {
            PgDirection::Incoming
        };
        while let Some(Reverse((d, x))) = heap.pop() {
            if d > reduced[x] {
                continue;
            }
            for er in self.graph.edges_directed(NodeIndex::new(x), dir) {
                let y = if forward {
                    er.target().index()
                } else {
                    er.source().index()
                };
                let (a, b) = if forward { (x, y) } else { (y, x) };
                // Reduced cost w + π(a) − π(b) ≥ 0 on a consistent graph.
                let rc = er.weight().weight + self.potential[a] - self.potential[b];
                let nd = d + rc.max(0);
                if nd < reduced[y] {
                    reduced[y] = nd;
                    pred[y] = Some(er.id());
                    heap.push(Reverse((nd, y)));
                }
            }
        }
        let s = source.0.index();
        let dist = reduced
            .iter()
            .zip(&self.potential)
            .map(|(&r, &py)| {
                (r != UNREACHED).then(|| {
                    if forward {
                        r - self.potential[s] + py
                    } else {
                        r - py + self.potential[s]
                    }
                })
            })
            .collect();
        (dist, pred)
    }

    /// Earliest and latest minute of every point, with the statements behind each bound.
    pub fn all_bounds(&self) -> Vec<(Option<Bound>, Option<Bound>)> {
        let bounds = self.bounds();
        (0..self.graph.node_count())
            .map(|x| {
                let p = Point(NodeIndex::new(x));
                (bounds.earliest(self, p), bounds.latest(self, p))
            })
            .collect()
    }

    /// Earliest and latest minute of every point; the statements behind a bound are found
    /// when asked for ([`Bounds::earliest`], [`Bounds::latest`]): most callers read a few
    /// (listing them for every point showed in the profile; issue 6).
    pub fn bounds(&self) -> Bounds {
        let (latest, latest_pred) = self.distances(self.origin, true);
        let (to_origin, earliest_pred) = self.distances(self.origin, false);
        Bounds {
            latest,
            latest_pred,
            to_origin,
            earliest_pred,
        }
    }

    fn path(
        &self,
        pred: &[Option<EdgeIndex<u32>>],
        mut x: usize,
        forward: bool,
    ) -> Vec<StatementId> {
        let mut out = Vec::new();
        for _ in 0..self.graph.node_count() {
            let Some(e) = pred[x] else { break };
            let Some((s, t)) = self.graph.edge_endpoints(e) else {
                break;
            };
            out.push(self.graph[e].statement);
            x = if forward { s.index() } else { t.index() };
            if x == self.origin.0.index() {
                break;
            }
        }
        out.reverse();
        out.dedup();
        out
    }

    /// The greatest value `t(b) − t(a)` can take, or `None` when unbounded; with the statements
    /// that bound it.
    pub fn max_difference(&self, a: Point, b: Point) -> Option<(i64, Vec<StatementId>)> {
        let (dist, pred) = self.distances(a, true);
        let d = dist[b.0.index()]?;
        let mut out = Vec::new();
        let mut x = b.0.index();
        for _ in 0..self.graph.node_count() {
            if x == a.0.index() {
                break;
            }
            let Some(e) = pred[x] else { break };
            out.push(self.graph[e].statement);
            x = self.graph.edge_endpoints(e).map_or(x, |(s, _)| s.index());
        }
        out.reverse();
        out.dedup();
        Some((d, out))
    }

    /// Whether `t(b) − t(a) ≤ limit` is entailed: the same answer as
    /// `max_difference(a, b).is_some_and(|(d, _)| d <= limit)`, but the search from `a` stops
    /// as soon as `b` is settled, or as soon as every point left is too far for the answer to
    /// be yes. Checking consecutive events of a timeline with a full search each was quadratic
    /// (issue 6, docs/performance.md).
    ///
    /// ```
    /// use tempora::graph::{Constraint, TemporalGraph};
    /// let mut g = TemporalGraph::new();
    /// let (a, b) = (g.add_point(), g.add_point());
    /// g.add(&[Constraint { from: a, to: b, lo: Some(1), hi: None }], 0).unwrap();
    /// assert!(g.max_difference_at_most(b, a, -1)); // a ends before b: t(a) − t(b) ≤ −1
    /// assert!(!g.max_difference_at_most(a, b, 100)); // b may be any time after a
    /// ```
    pub fn max_difference_at_most(&self, a: Point, b: Point, limit: i64) -> bool {
        let (s, t) = (a.0.index(), b.0.index());
        // The real distance of `y` is its reduced distance − π(s) + π(y) (see `distances`).
        let real = |reduced: i64, y: usize| {
            i128::from(reduced) - i128::from(self.potential[s]) + i128::from(self.potential[y])
        };
        let mut reduced: std::collections::HashMap<usize, i64> = std::collections::HashMap::new();
        let mut heap = BinaryHeap::new();
        reduced.insert(s, 0);
        heap.push(Reverse((0i64, s)));
        while let Some(Reverse((d, x))) = heap.pop() {
            if reduced.get(&x).is_some_and(|&best| d > best) {
                continue;
            }
            if x == t {
                return real(d, t) <= i128::from(limit);
            }
            // Reduced distances pop in increasing order: once even `t` at this distance would
            // be too far, it is.
            if real(d, t) > i128::from(limit) {
                return false;
            }
            for er in self
                .graph
                .edges_directed(NodeIndex::new(x), PgDirection::Outgoing)
            {
                let y = er.target().index();
                let rc = er.weight().weight + self.potential[x] - self.potential[y];
                let nd = d + rc.max(0);
                if reduced.get(&y).is_none_or(|&old| nd < old) {
                    reduced.insert(y, nd);
                    heap.push(Reverse((nd, y)));
                }
            }
        }
        false
    }

    /// Checks the graph's invariant: the potentials satisfy every edge. For tests.
    #[doc(hidden)]
    pub fn verify(&self) -> bool {
        self.graph.edge_references().all(|e| {
            self.potential[e.target().index()]
                <= self.potential[e.source().index()].saturating_add(e.weight().weight)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn before(a: Point, b: Point) -> Constraint {
        Constraint {
            from: a,
            to: b,
            lo: Some(1),
            hi: None,
        }
    }

    #[test]
    fn bounds_propagate_along_chains() {
        let mut g = TemporalGraph::new();
        let o = g.origin();
        let (a, b, c) = (g.add_point(), g.add_point(), g.add_point());
        g.add(
            &[Constraint {
                from: o,
                to: a,
                lo: Some(100),
                hi: Some(200),
            }],
            0,
        )
        .unwrap();
        g.add(&[before(a, b)], 1).unwrap();
        g.add(
            &[Constraint {
                from: b,
                to: c,
                lo: Some(60),
                hi: Some(120),
            }],
            2,
        )
        .unwrap();
        g.add(
            &[Constraint {
                from: o,
                to: c,
                lo: None,
                hi: Some(250),
            }],
            3,
        )
        .unwrap();
        let bounds = g.all_bounds();
        let get = |p: Point| {
            let (e, l) = &bounds[p.0.index()];
            (e.as_ref().map(|b| b.minutes), l.as_ref().map(|b| b.minutes))
        };
        assert_eq!(get(a), (Some(100), Some(189)));
        assert_eq!(get(b), (Some(101), Some(190)));
        assert_eq!(get(c), (Some(161), Some(250)));
        assert_eq!(
            bounds[c.0.index()].0.as_ref().unwrap().because,
            vec![0, 1, 2]
        );
        assert!(g.verify());
        assert_eq!(g.max_difference(b, a).unwrap().0, -1);
    }

    /// The bounded search answers as the full one, on pseudo-random graphs with
    /// contradictions rolled back along the way.
    #[test]
    fn bounded_search_agrees_with_max_difference() {
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = move |n: u64| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x % n
        };
        for _ in 0..20 {
            let mut g = TemporalGraph::new();
            let points: Vec<Point> = (0..12).map(|_| g.add_point()).collect();
            for s in 0..30 {
                let (a, b) = (points[next(12) as usize], points[next(12) as usize]);
                let lo = (next(3) > 0).then(|| next(200) as i64 - 100);
                let hi = lo.map(|l| l + next(300) as i64);
                let _ = g.add(
                    &[Constraint {
                        from: a,
                        to: b,
                        lo,
                        hi,
                    }],
                    s,
                );
            }
            assert!(g.verify());
            for &a in &points {
                for &b in &points {
                    for limit in [-50, -1, 0, 1, 120] {
                        let full = g.max_difference(a, b).is_some_and(|(d, _)| d <= limit);
                        assert_eq!(g.max_difference_at_most(a, b, limit), full);
                    }
                }
            }
        }
    }

    #[test]
    fn cycle_of_three_is_reported_and_rolled_back() {
        let mut g = TemporalGraph::new();
        let (a, b, c) = (g.add_point(), g.add_point(), g.add_point());
        g.add(&[before(a, b)], 10).unwrap();
        g.add(&[before(b, c)], 11).unwrap();
        let edges = g.edge_count();
        let err = g.add(&[before(c, a)], 12).unwrap_err();
        assert_eq!(err.statements, vec![10, 11, 12]);
        assert_eq!(g.edge_count(), edges);
        assert!(g.verify());
        // Equal is still allowed: a ≤ c.
        g.add(
            &[Constraint {
                from: c,
                to: a,
                lo: Some(-5),
                hi: None,
            }],
            13,
        )
        .unwrap();
        assert!(g.verify());
    }
}
