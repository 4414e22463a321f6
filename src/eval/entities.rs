//! The entity scorer TempEval-3 Tasks A (time expressions) and B (events) share.
//!
//! Both tasks score annotated extents the same way (UzZaman et al. 2013, and the official
//! `evaluate_entities.py`): gold and system entities over the same text are paired one-to-one
//! by [`pair_spans`], as the official pipeline pairs them; then
//!
//! * *relaxed* match: a pair (the extents overlap); P = pairs / #system, R = pairs / #gold;
//! * *strict* match: a pair with identical extents;
//! * an *attribute* (timex `value` and `type`, event `class`, ...): a pair whose attribute
//!   agrees; P = such pairs / #system, R = such pairs / #gold. Its F1 equals the official
//!   *accuracy × relaxed F1* = (a / m) · 2m / (S + G) = 2a / (S + G).
//!
//! F1 is the harmonic mean of P and R. **0/0 is defined as 0** everywhere (the official script
//! scores a corpus with no gold and no system entity at all as 1), so that averages never see
//! NaN. Overall scores are micro-averaged: counts are summed over documents first.
//!
//! [`score_entities`] does the pairing and counting for a list of documents and keeps which
//! entities were left unpaired and which pairs disagree on each attribute; [`super::timex`]
//! and [`super::events`] turn that into their own reports. The text rendering helpers at the
//! end give both reports the same layout.

use std::fmt::Write as _;
use std::ops::AddAssign;

use serde::Serialize;

use super::{f1, ratio};
use crate::Span;

/// Precision, recall and F1, each in `0.0..=1.0`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Prf {
    /// correct / #system (0 when there are no system entities).
    pub precision: f64,
    /// correct / #gold (0 when there are no gold entities).
    pub recall: f64,
    /// Harmonic mean of the two (0 when both are 0).
    pub f1: f64,
}

impl Prf {
    /// Scores for `correct` items out of `system` proposed and `gold` expected.
    ///
    /// ```
    /// use tempora::eval::Prf;
    /// // 2 correct of 2 proposed and 3 expected: P = 1, R = 2/3, F1 = 0.8.
    /// let prf = Prf::from_counts(2, 2, 3);
    /// assert_eq!(prf.precision, 1.0);
    /// assert!((prf.f1 - 0.8).abs() < 1e-12);
    /// assert_eq!(Prf::from_counts(0, 0, 0).f1, 0.0); // 0/0 is 0, never NaN
    /// ```
    pub fn from_counts(correct: usize, system: usize, gold: usize) -> Prf {
        let precision = ratio(correct, system);
        let recall = ratio(correct, gold);
        Prf {
            precision,
            recall,
            f1: f1(precision, recall),
        }
    }
}

/// Pairs gold and system extents one-to-one, returning `(gold index, system index)` pairs
/// sorted by gold index, the way the official TempEval-3 pipeline pairs them (TimeML-Normalizer
/// gives a system entity the id of the gold entity it pairs with, then `evaluate_entities.py`
/// pairs by id): walking the extents of both sides in document order (by start; gold first on
/// a tie), an extent that starts inside an extent of the other side already seen is paired
/// with it, unless that one is already paired. Empty or inverted spans are never paired.
///
/// The normaliser pairs time expressions this way (on PTB tokens); it pairs events when they
/// begin on the same token, which for single-token events, as in TempEval-3, is the same rule
/// except where one event overlaps two of the other side.
///
/// ```
/// use tempora::eval::pair_spans;
/// use tempora::Span;
/// // Gold "6 a.m. ten days" [0,15); system "6 a.m." [0,6) and "ten days before" [7,22): the
/// // first system extent to start inside the gold one takes it, however short its overlap.
/// let gold = [Span::new(0, 15)];
/// let system = [Span::new(0, 6), Span::new(7, 22)];
/// assert_eq!(pair_spans(&gold, &system), vec![(0, 0)]);
/// // A gold extent that starts inside a system one pairs with it too.
/// assert_eq!(pair_spans(&[Span::new(3, 9)], &[Span::new(0, 9)]), vec![(0, 0)]);
/// ```
pub fn pair_spans(gold: &[Span], system: &[Span]) -> Vec<(usize, usize)> {
    // (start, side: 0 gold / 1 system, index), in the normaliser's order.
    let valid = |s: &Span| s.start < s.end;
    let mut order: Vec<(usize, u8, usize)> = gold
        .iter()
        .enumerate()
        .filter(|(_, s)| valid(s))
        .map(|(i, s)| (s.start, 0, i))
        .chain(
            system
                .iter()
                .enumerate()
                .filter(|(_, s)| valid(s))
                .map(|(i, s)| (s.start, 1, i)),
        )
        .collect();
    order.sort_unstable();
    let sides = [gold, system];
    let mut seen = [vec![false; gold.len()], vec![false; system.len()]];
    let mut partner = [vec![None; gold.len()], vec![None; system.len()]];
    for (start, side, i) in order {
        let (me, other) = (usize::from(side), usize::from(1 - side));
        // At most one extent of the other side covers `start` when that side's extents do
        // not overlap each other; with overlapping ones, the first seen is taken.
        let open = sides[other]
            .iter()
            .enumerate()
            .find(|&(j, s)| seen[other][j] && s.start <= start && start < s.end)
            .map(|(j, _)| j);
        if let Some(j) = open {
            if partner[other][j].is_none() {
                partner[other][j] = Some(i);
                partner[me][i] = Some(j);
            }
        }
        seen[me][i] = true;
    }
    let mut pairs: Vec<(usize, usize)> = partner[0]
        .iter()
        .enumerate()
        .filter_map(|(g, s)| s.map(|s| (g, s)))
        .collect();
    pairs.sort_unstable();
    pairs
}

/// An annotation the entity scorer can pair: anything with an extent.
pub trait Entity {
    /// The extent, a byte range of the document text.
    fn span(&self) -> Span;
}

/// An attribute compared on paired entities (timex `value`, event `class`, ...).
pub struct Attribute<T> {
    /// Its name in reports.
    pub name: &'static str,
    /// Whether a gold entity (first) and the system entity paired with it agree on it.
    pub agrees: fn(&T, &T) -> bool,
}

/// Raw counts behind the scores of one document or a corpus.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct EntityCounts {
    /// Number of gold entities.
    pub gold: usize,
    /// Number of system entities.
    pub system: usize,
    /// Pairs with identical extents.
    pub strict: usize,
    /// Pairs (overlapping extents).
    pub relaxed: usize,
    /// Pairs that agree on each attribute, in the order the attributes were given.
    pub attributes: Vec<usize>,
}

impl AddAssign<&EntityCounts> for EntityCounts {
    fn add_assign(&mut self, other: &EntityCounts) {
        self.gold += other.gold;
        self.system += other.system;
        self.strict += other.strict;
        self.relaxed += other.relaxed;
        if self.attributes.len() < other.attributes.len() {
            self.attributes.resize(other.attributes.len(), 0);
        }
        for (a, b) in self.attributes.iter_mut().zip(&other.attributes) {
            *a += b;
        }
    }
}

/// Scores for counts: strict, relaxed, and one per attribute.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct EntityScores {
    /// The counts the scores are computed from.
    pub counts: EntityCounts,
    /// Identical extents.
    pub strict: Prf,
    /// Overlapping extents.
    pub relaxed: Prf,
    /// Overlapping extents and the attribute agrees, in the order of the attributes.
    pub attributes: Vec<Prf>,
}

impl EntityScores {
    /// The scores for these counts.
    pub fn from_counts(counts: EntityCounts) -> EntityScores {
        let prf = |correct| Prf::from_counts(correct, counts.system, counts.gold);
        EntityScores {
            strict: prf(counts.strict),
            relaxed: prf(counts.relaxed),
            attributes: counts.attributes.iter().map(|&n| prf(n)).collect(),
            counts,
        }
    }
}

/// How one document's entities were paired.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocumentPairing {
    /// `(gold index, system index)` pairs, by gold index ([`pair_spans`]).
    pub pairs: Vec<(usize, usize)>,
    /// Gold entities left unpaired, in input order.
    pub misses: Vec<usize>,
    /// System entities left unpaired, in input order.
    pub spurious: Vec<usize>,
    /// For each attribute, the pairs that disagree on it.
    pub disagreements: Vec<Vec<(usize, usize)>>,
    /// The document's counts.
    pub counts: EntityCounts,
}

impl DocumentPairing {
    /// This document's error lists, each entity shown through `side`: the misses, the
    /// spurious entities, and per attribute the pairs that disagree on it.
    pub(crate) fn mismatches<E, S>(
        &self,
        doc_id: &str,
        gold: &[E],
        system: &[E],
        side: impl Fn(&E) -> S,
    ) -> ErrorLists<S> {
        let entry = |g: Option<usize>, s: Option<usize>| Mismatch {
            doc_id: doc_id.to_string(),
            gold: g.map(|g| side(&gold[g])),
            system: s.map(|s| side(&system[s])),
        };
        let misses = self.misses.iter().map(|&g| entry(Some(g), None)).collect();
        let spurious = self
            .spurious
            .iter()
            .map(|&s| entry(None, Some(s)))
            .collect();
        let disagreements = self
            .disagreements
            .iter()
            .map(|pairs| {
                pairs
                    .iter()
                    .map(|&(g, s)| entry(Some(g), Some(s)))
                    .collect()
            })
            .collect();
        ErrorLists {
            misses,
            spurious,
            disagreements,
        }
    }
}

/// One document's error lists ([`DocumentPairing::mismatches`]).
pub(crate) struct ErrorLists<S> {
    /// Gold entities left unpaired.
    pub misses: Vec<Mismatch<S>>,
    /// System entities left unpaired.
    pub spurious: Vec<Mismatch<S>>,
    /// Per attribute, the pairs that disagree on it.
    pub disagreements: Vec<Vec<Mismatch<S>>>,
}

/// An entry of an error list: a miss has only `gold`, a spurious entity only `system`, a
/// pair that disagrees on an attribute both. `S` is what a report shows of one entity
/// ([`super::TimexSide`], [`super::events::EventSide`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mismatch<S> {
    /// Document id.
    pub doc_id: String,
    /// The gold entity, if any.
    pub gold: Option<S>,
    /// The system entity, if any.
    pub system: Option<S>,
}

/// The result of [`score_entities`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EntityEvaluation {
    /// Per document, in input order.
    pub documents: Vec<DocumentPairing>,
    /// Counts summed over documents (micro-average).
    pub total: EntityCounts,
}

/// Pairs and counts the gold and system entities of each document (`(gold, system)` per
/// document), comparing `attributes` on each pair.
///
/// ```
/// use tempora::eval::entities::{score_entities, Attribute, Entity, EntityScores};
/// use tempora::Span;
/// struct E(Span, &'static str);
/// impl Entity for E {
///     fn span(&self) -> Span { self.0 }
/// }
/// let label = Attribute::<E> { name: "label", agrees: |g, s| g.1 == s.1 };
/// let gold = [E(Span::new(0, 4), "A"), E(Span::new(10, 14), "B")];
/// let system = [E(Span::new(0, 4), "A"), E(Span::new(11, 14), "A"), E(Span::new(20, 22), "A")];
/// let eval = score_entities([(&gold[..], &system[..])], &[label]);
/// let scores = EntityScores::from_counts(eval.total);
/// assert_eq!((scores.counts.strict, scores.counts.relaxed), (1, 2));
/// assert_eq!(scores.counts.attributes, vec![1]);
/// assert_eq!(eval.documents[0].spurious, vec![2]);
/// assert_eq!(eval.documents[0].disagreements[0], vec![(1, 1)]);
/// ```
pub fn score_entities<'a, T, I>(docs: I, attributes: &[Attribute<T>]) -> EntityEvaluation
where
    T: Entity + 'a,
    I: IntoIterator<Item = (&'a [T], &'a [T])>,
{
    let mut eval = EntityEvaluation {
        documents: Vec::new(),
        total: EntityCounts {
            attributes: vec![0; attributes.len()],
            ..EntityCounts::default()
        },
    };
    for (gold, system) in docs {
        let gold_spans: Vec<Span> = gold.iter().map(Entity::span).collect();
        let system_spans: Vec<Span> = system.iter().map(Entity::span).collect();
        let pairs = pair_spans(&gold_spans, &system_spans);
        let mut counts = EntityCounts {
            gold: gold.len(),
            system: system.len(),
            strict: 0,
            relaxed: pairs.len(),
            attributes: vec![0; attributes.len()],
        };
        let mut disagreements = vec![Vec::new(); attributes.len()];
        let mut gold_paired = vec![false; gold.len()];
        let mut system_paired = vec![false; system.len()];
        for &(g, s) in &pairs {
            gold_paired[g] = true;
            system_paired[s] = true;
            counts.strict += usize::from(gold_spans[g] == system_spans[s]);
            for (k, attribute) in attributes.iter().enumerate() {
                if (attribute.agrees)(&gold[g], &system[s]) {
                    counts.attributes[k] += 1;
                } else {
                    disagreements[k].push((g, s));
                }
            }
        }
        let unpaired = |paired: &[bool]| -> Vec<usize> {
            paired
                .iter()
                .enumerate()
                .filter(|(_, p)| !**p)
                .map(|(i, _)| i)
                .collect()
        };
        eval.total += &counts;
        eval.documents.push(DocumentPairing {
            misses: unpaired(&gold_paired),
            spurious: unpaired(&system_paired),
            pairs,
            disagreements,
            counts,
        });
    }
    eval
}

/// A score as a percentage, right-aligned in 6 characters (`" 84.25"`).
pub(crate) fn pct(x: f64) -> String {
    format!("{:6.2}", 100.0 * x)
}

/// The overall table: a header, then one `name P R F1 correct` row per score.
pub(crate) fn write_score_rows(out: &mut String, rows: &[(&str, Prf, usize)]) {
    let _ = writeln!(
        out,
        "{:<8} {:>7} {:>7} {:>7} {:>8}",
        "", "P", "R", "F1", "correct"
    );
    for (name, prf, n) in rows {
        let _ = writeln!(
            out,
            "{name:<8} {} {} {} {n:>8}",
            pct(prf.precision),
            pct(prf.recall),
            pct(prf.f1)
        );
    }
}

/// The per-document table: id, gold and system counts, then one F1 column per header
/// (`(id, gold, system, F1s)` per document).
pub(crate) fn write_document_table(
    out: &mut String,
    headers: &[&str],
    rows: &[(&str, usize, usize, Vec<f64>)],
) {
    let width = rows
        .iter()
        .map(|r| r.0.chars().count())
        .max()
        .unwrap_or(0)
        .max("document".len());
    let _ = write!(out, "\n{:<width$} {:>5} {:>5}", "document", "gold", "sys");
    for h in headers {
        let _ = write!(out, " {h}");
    }
    out.push('\n');
    for (id, gold, system, f1s) in rows {
        let _ = write!(out, "{id:<width$} {gold:>5} {system:>5}");
        for (h, f) in headers.iter().zip(f1s) {
            let _ = write!(out, " {:>w$}", pct(*f), w = h.chars().count());
        }
        out.push('\n');
    }
}

/// An error list: its title and length, the first `limit` lines, and a count of the rest.
/// Writes an error list of mismatches, one per line: the document id, then the gold entity
/// and the system entity (`gold  -> system` for a disagreement), each quoted by `quote`.
pub(crate) fn write_mismatches<S>(
    out: &mut String,
    title: &str,
    items: &[Mismatch<S>],
    quote: impl Fn(&S) -> String,
    limit: usize,
) {
    let lines: Vec<String> = items
        .iter()
        .map(|e| match (&e.gold, &e.system) {
            (Some(g), Some(s)) => format!("{}  {}  -> {}", e.doc_id, quote(g), quote(s)),
            (Some(one), None) | (None, Some(one)) => format!("{}  {}", e.doc_id, quote(one)),
            (None, None) => e.doc_id.clone(),
        })
        .collect();
    write_error_list(out, title, &lines, limit);
}

pub(crate) fn write_error_list(out: &mut String, title: &str, lines: &[String], limit: usize) {
    let _ = writeln!(out, "\n{title}: {}", lines.len());
    for line in lines.iter().take(limit) {
        let _ = writeln!(out, "  {line}");
    }
    if lines.len() > limit {
        let _ = writeln!(out, "  ... and {} more", lines.len() - limit);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A hand-made entity: an extent and one label.
    #[derive(Debug, Clone)]
    struct E(Span, &'static str);

    impl Entity for E {
        fn span(&self) -> Span {
            self.0
        }
    }

    fn e(start: usize, end: usize, label: &'static str) -> E {
        E(Span::new(start, end), label)
    }

    const LABEL: Attribute<E> = Attribute {
        name: "label",
        agrees: |g, s| g.1 == s.1,
    };

    fn scores(gold: &[E], system: &[E]) -> (EntityScores, DocumentPairing) {
        let eval = score_entities([(gold, system)], &[LABEL]);
        (
            EntityScores::from_counts(eval.total),
            eval.documents[0].clone(),
        )
    }

    fn assert_prf(prf: Prf, p: f64, r: f64, f: f64) {
        let close = |a: f64, b: f64| (a - b).abs() < 1e-12;
        assert!(
            close(prf.precision, p) && close(prf.recall, r) && close(prf.f1, f),
            "{prf:?} != ({p}, {r}, {f})"
        );
    }

    #[test]
    fn identical_annotations_score_one() {
        let gold = [e(0, 3, "A"), e(5, 9, "B"), e(12, 20, "C")];
        let (s, d) = scores(&gold, &gold);
        for prf in [s.strict, s.relaxed, s.attributes[0]] {
            assert_prf(prf, 1.0, 1.0, 1.0);
        }
        assert_eq!(d.pairs, vec![(0, 0), (1, 1), (2, 2)]);
        assert!(d.misses.is_empty() && d.spurious.is_empty() && d.disagreements[0].is_empty());
    }

    #[test]
    fn known_scores_for_a_mixed_document() {
        // gold:   A [0,5)   B [10,15)   C [20,25)   D [30,35)
        // system: A [0,5)   B [12,15)   X [20,25)              Y [40,45)
        // pairs: (0,0) exact, (1,1) relaxed only, (2,2) exact but wrong label; D missed, Y
        // spurious. gold 4, system 4.
        // strict 2: P = R = F1 = 1/2. relaxed 3: P = R = F1 = 3/4. label 2 (A, B): 1/2.
        let gold = [e(0, 5, "A"), e(10, 15, "B"), e(20, 25, "C"), e(30, 35, "D")];
        let system = [e(0, 5, "A"), e(12, 15, "B"), e(20, 25, "X"), e(40, 45, "Y")];
        let (s, d) = scores(&gold, &system);
        assert_eq!(
            s.counts,
            EntityCounts {
                gold: 4,
                system: 4,
                strict: 2,
                relaxed: 3,
                attributes: vec![2],
            }
        );
        assert_prf(s.strict, 0.5, 0.5, 0.5);
        assert_prf(s.relaxed, 0.75, 0.75, 0.75);
        assert_prf(s.attributes[0], 0.5, 0.5, 0.5);
        assert_eq!(d.misses, vec![3]);
        assert_eq!(d.spurious, vec![3]);
        assert_eq!(d.disagreements[0], vec![(2, 2)]);
    }

    #[test]
    fn unequal_sides_give_different_precision_and_recall() {
        // gold 2, system 3, 2 exact pairs with the right label:
        // P = 2/3, R = 1, F1 = 2 * (2/3) / (5/3) = 0.8.
        let gold = [e(0, 2, "A"), e(4, 6, "A")];
        let system = [e(0, 2, "A"), e(4, 6, "A"), e(8, 9, "A")];
        let (s, _) = scores(&gold, &system);
        assert_prf(s.strict, 2.0 / 3.0, 1.0, 0.8);
        assert_prf(s.attributes[0], 2.0 / 3.0, 1.0, 0.8);
        // The attribute F1 is the official accuracy x relaxed F1 = 2a / (S + G).
        assert!((s.attributes[0].f1 - 2.0 * 2.0 / 5.0).abs() < 1e-12);
    }

    #[test]
    fn pairing_is_one_to_one_in_document_order_not_by_largest_overlap() {
        // gold [0,10); system [2,4) then [4,10): the first to start inside the gold extent
        // takes it although the second overlaps more. relaxed 1: P = 1/2, R = 1, F1 = 2/3.
        let (s, d) = scores(&[e(0, 10, "A")], &[e(2, 4, "B"), e(4, 10, "A")]);
        assert_eq!(d.pairs, vec![(0, 0)]);
        assert_eq!(d.spurious, vec![1]);
        assert_prf(s.relaxed, 0.5, 1.0, 2.0 / 3.0);
        assert_prf(s.attributes[0], 0.0, 0.0, 0.0);
        // A system extent covering two gold ones pairs with the first only.
        let (s, d) = scores(&[e(0, 3, "A"), e(5, 8, "A")], &[e(0, 8, "A")]);
        assert_eq!((d.pairs, d.misses), (vec![(0, 0)], vec![1]));
        assert_prf(s.relaxed, 1.0, 0.5, 2.0 / 3.0);
        // A gold extent that starts inside a system one is paired with it.
        assert_eq!(
            pair_spans(&[Span::new(3, 9)], &[Span::new(0, 5)]),
            vec![(0, 0)]
        );
        // Touching extents do not overlap.
        assert!(pair_spans(&[Span::new(0, 3)], &[Span::new(3, 6)]).is_empty());
        // Empty and inverted spans are never paired.
        assert!(pair_spans(&[Span::new(2, 2)], &[Span::new(0, 5)]).is_empty());
        assert!(pair_spans(&[Span::new(0, 5)], &[Span::new(4, 1)]).is_empty());
    }

    #[test]
    fn counts_are_micro_averaged_and_empty_sides_give_zero() {
        // doc 1: gold 1, system 1, exact. doc 2: gold 3, system 0.
        // total: 1 pair, 1 system, 4 gold: P = 1, R = 1/4, F1 = 0.4.
        let one = [e(0, 2, "A")];
        let three = [e(0, 2, "A"), e(3, 5, "A"), e(6, 8, "A")];
        let eval = score_entities([(&one[..], &one[..]), (&three[..], &[][..])], &[LABEL]);
        let s = EntityScores::from_counts(eval.total.clone());
        assert_prf(s.strict, 1.0, 0.25, 0.4);
        assert_eq!(eval.documents[1].misses, vec![0, 1, 2]);
        let (s, _) = scores(&[], &[]);
        for prf in [s.strict, s.relaxed, s.attributes[0]] {
            assert_prf(prf, 0.0, 0.0, 0.0);
        }
        let eval = score_entities(std::iter::empty::<(&[E], &[E])>(), &[LABEL]);
        assert_eq!(eval.total.attributes, vec![0]);
    }

    #[test]
    fn rendering_helpers_lay_out_tables_and_truncate_lists() {
        let mut out = String::new();
        write_score_rows(&mut out, &[("strict", Prf::from_counts(1, 2, 2), 1)]);
        assert!(
            out.contains("strict    50.00  50.00  50.00        1"),
            "{out}"
        );
        write_document_table(&mut out, &["strict F1"], &[("d1", 2, 2, vec![0.5])]);
        assert!(out.contains("d1           2     2     50.00"), "{out}");
        let lines: Vec<String> = (0..5).map(|i| format!("line {i}")).collect();
        write_error_list(&mut out, "misses", &lines, 2);
        assert!(
            out.contains("misses: 5\n  line 0\n  line 1\n  ... and 3 more"),
            "{out}"
        );
    }
}
