//! Sieve 7, the weakest: a trained pair classifier for the orders the text does not mark.
//!
//! The sieves before it state only what the text says outright or by grammar. Annotators, and
//! readers, also order events by narrative and tense: a past event before the time of
//! writing, the event of a sentence inside the date it mentions, a reported event before the
//! report. This sieve guesses those, CAEVO / ClearTK style, from a classifier trained on the
//! TempEval-3 training data (TimeBank + AQUAINT), over a bounded set of candidate pairs:
//!
//! - every event against the publish date, and every dated time against it;
//! - an event and a time of the same sentence;
//! - two events of the same sentence;
//! - the main events of two adjacent sentences;
//! - each event and the nearest event of an earlier sentence with the same lemma (the same
//!   happening named again, which annotators mostly mark IDENTITY or SIMULTANEOUS).
//!
//! Each pair gets one of [`LABELS`]: no relation, or a TimeML relation type. "No relation"
//! is a real answer: temporal awareness counts every unverifiable link against precision, so
//! the classifier learns which pairs annotators (and readers) order at all.
//!
//! The model is the averaged perceptron of the event recogniser ([`crate::event::model`],
//! same file format, 6 of its 8 label slots used) over hashed sparse features: tense, aspect,
//! class, part of speech and lemma of each event, the words between the two (up to a few),
//! the word before each, the clause kinds and markers, which event governs which, the time's
//! type and its position against the publish date, order and distance in the text, and what
//! the stronger sieves already said about the pair. It is trained by `src/bin/train-tlinks.rs`
//! and shipped as two models: `src/relation/tlinks.model` for tempora's own events and times
//! ([`builtin`], trained also on its analyses of the training texts) and
//! `src/relation/tlinks-gold.model` for annotated ones ([`builtin_gold`]). Each shipped
//! [`PairModel`] also carries a small network over the same features ([`super::net`]), which
//! decides with the perceptrons as its [`Mix`] says (cross-validated, +0.6 points of temporal
//! awareness with gold entities and +0.5 from raw text over the perceptrons alone, in each of
//! five training orders: `docs/accuracy.md`); a model without one (`train-tlinks --learner
//! perceptron`) decides with the perceptrons alone.
//!
//! Its relations are the weakest of all (the sieve comes last): the graph adds them after every
//! other relation, and one that contradicts what is already there is dropped and listed, never
//! kept in place of a text-marked relation.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::net::Net;
use super::{Input, Node, Relation, RelationKind, Sieve};
use crate::event::model::Model;
use crate::event::{Aspect, Event, EventPos};
use crate::segment::Segmentation;
use crate::temporal::{day_end, day_start, Tense};
use crate::Span;

/// The labels, by index: `NONE` (no relation) and the TimeML relation types the classifier
/// predicts, read from the first entity to the second.
pub const LABELS: [&str; 6] = [
    "NONE",
    "BEFORE",
    "AFTER",
    "INCLUDES",
    "IS_INCLUDED",
    "SIMULTANEOUS",
];

/// The label of a TimeML relation type, folding the rarer types into the nearest one.
///
/// ```
/// use tempora::relation::classifier::{label_of, LABELS};
/// assert_eq!(LABELS[label_of("IBEFORE").unwrap()], "BEFORE");
/// assert_eq!(LABELS[label_of("IDENTITY").unwrap()], "SIMULTANEOUS");
/// assert_eq!(label_of("MODAL"), None);
/// ```
pub fn label_of(rel_type: &str) -> Option<usize> {
    Some(match rel_type {
        "BEFORE" | "IBEFORE" => 1,
        "AFTER" | "IAFTER" => 2,
        "INCLUDES" | "BEGUN_BY" | "ENDED_BY" => 3,
        "IS_INCLUDED" | "BEGINS" | "ENDS" => 4,
        "SIMULTANEOUS" | "IDENTITY" | "DURING" | "DURING_INV" => 5,
        _ => return None,
    })
}

/// The label of the same relation read from the second entity to the first.
pub fn inverse(label: usize) -> usize {
    match label {
        1 => 2,
        2 => 1,
        3 => 4,
        4 => 3,
        other => other,
    }
}

/// What kind of pair a candidate is (each kind has its own features and threshold).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PairKind {
    /// An event and the publish date.
    EventPublished,
    /// A time and the publish date.
    TimePublished,
    /// An event and a time of the same sentence.
    EventTime,
    /// Two events of the same sentence.
    SameSentence,
    /// The main events of two adjacent sentences.
    AdjacentSentences,
    /// An event and the nearest event of an earlier sentence with the same lemma (the same
    /// happening named again, often: "the explosion" ... "exploded").
    SameLemma,
}

impl PairKind {
    fn name(self) -> &'static str {
        match self {
            PairKind::EventPublished => "e-dct",
            PairKind::TimePublished => "t-dct",
            PairKind::EventTime => "e-t",
            PairKind::SameSentence => "e-e",
            PairKind::AdjacentSentences => "e-e-next",
            PairKind::SameLemma => "e-e-lemma",
        }
    }
}

/// A pair the classifier labels: `source` comes first in the text (the publish date last).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Candidate {
    /// The first entity.
    pub source: Node,
    /// The second entity.
    pub target: Node,
    /// Its kind.
    pub kind: PairKind,
}

/// What the features read from the whole document, computed once per document: the time
/// each event is anchored to by the time-anchor sieve.
#[derive(Debug, Clone, Default)]
pub struct DocContext {
    /// Per event, the time mention the stronger sieves place it in.
    pub anchor: Vec<Option<usize>>,
}

impl DocContext {
    /// The context of a document whose stronger sieves said `stronger`.
    pub fn new(input: &Input, stronger: &[Relation]) -> DocContext {
        let mut anchor = vec![None; input.events.len()];
        for r in stronger {
            if r.sieve == Sieve::TimeAnchor {
                if let (Node::Event(i), Node::Time(m)) = (r.source, r.target) {
                    if anchor[i].is_none() {
                        anchor[i] = Some(m);
                    }
                }
            }
        }
        DocContext { anchor }
    }
}

/// The shipped model for tempora's own events and times (trained on TimeBank + AQUAINT, on
/// the pairs of their gold entities and of tempora's analysis of their raw text, by
/// `train-tlinks train --out`).
static BUILTIN: &[u8] = include_bytes!("tlinks.model");

/// The shipped model for gold events and times (trained on the pairs of the gold entities
/// only, by `train-tlinks train --out-gold`): what `tempora eval tlinks` and `eval matres`
/// use on annotated documents.
static BUILTIN_GOLD: &[u8] = include_bytes!("tlinks-gold.model");

/// The classifier's two models over the same features: whether annotators (and readers)
/// relate a pair at all, and if so how.
#[derive(Debug, Clone, Default)]
pub struct PairModel {
    /// Label 1 "related", label 0 "not related".
    pub link: Model,
    /// The relation type, labels 1.. of [`LABELS`] (trained on related pairs only).
    pub relation: Model,
    /// A network over the same features (empty: the perceptrons decide alone).
    pub net: Net,
    /// Further networks over the same features, trained in other orders from other initial
    /// weights (`train-tlinks --net-bag`, an experiment; empty in the shipped models): the
    /// mix then reads the mean of their and [`PairModel::net`]'s label probabilities.
    pub net_bag: Vec<Net>,
    /// How the network and the perceptrons decide together.
    pub mix: Mix,
}

/// How a [`PairModel`] with a network decides.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Mix {
    /// Added to the network's link log-odds, per kind of pair (in [`PairKind`] order).
    pub link_bias: [f32; 6],
    /// Weight of the link perceptron's margin (per 10,000 units) in the link log-odds.
    pub perceptron_link: f32,
    /// Weight of the relation perceptron's scores (per 10,000 units) added to the network's
    /// relation log-probabilities.
    pub perceptron_relation: f32,
}

impl PairModel {
    /// A model with no weights: the classifier then states nothing.
    pub fn empty() -> PairModel {
        PairModel::default()
    }

    /// True when it has no network and either perceptron has no weights.
    pub fn is_empty(&self) -> bool {
        self.net.is_empty() && (self.link.is_empty() || self.relation.is_empty())
    }

    /// The two models' bytes, each with its length first (u32, little-endian); then, with a
    /// network, the network (its length first), the mix (8 `f32`) and each network of
    /// [`PairModel::net_bag`] (its length first). A model without a bag writes what it wrote
    /// before the bag existed.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        for m in [&self.link, &self.relation] {
            let b = m.to_bytes();
            out.extend_from_slice(&(b.len() as u32).to_le_bytes());
            out.extend_from_slice(&b);
        }
        if !self.net.is_empty() {
            let b = self.net.to_bytes();
            out.extend_from_slice(&(b.len() as u32).to_le_bytes());
            out.extend_from_slice(&b);
            let m = &self.mix;
            for x in m
                .link_bias
                .iter()
                .chain([&m.perceptron_link, &m.perceptron_relation])
            {
                out.extend_from_slice(&x.to_le_bytes());
            }
            for net in &self.net_bag {
                let b = net.to_bytes();
                out.extend_from_slice(&(b.len() as u32).to_le_bytes());
                out.extend_from_slice(&b);
            }
        }
        out
    }

    /// Reads [`PairModel::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<PairModel, crate::event::model::ModelError> {
        let mut at = 0;
        let mut next = || {
            let len = bytes
                .get(at..at + 4)
                .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
                .ok_or(crate::event::model::ModelError::BadHeader)?;
            let body = bytes
                .get(at + 4..at + 4 + len)
                .ok_or(crate::event::model::ModelError::BadHeader)?;
            at += 4 + len;
            Model::from_bytes(body)
        };
        let link = next()?;
        let relation = next()?;
        let mut model = PairModel {
            link,
            relation,
            ..PairModel::default()
        };
        if at < bytes.len() {
            let bad = crate::event::model::ModelError::BadHeader;
            let net_at = |at: usize| {
                let len = bytes
                    .get(at..at + 4)
                    .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)?;
                let body = bytes.get(at + 4..(at + 4).checked_add(len)?)?;
                Some((Net::from_bytes(body)?, at + 4 + len))
            };
            (model.net, at) = net_at(at).ok_or(bad.clone())?;
            let mut floats = [0f32; 8];
            for (k, x) in floats.iter_mut().enumerate() {
                let b = bytes.get(at + 4 * k..at + 4 * k + 4).ok_or(bad.clone())?;
                *x = f32::from_le_bytes([b[0], b[1], b[2], b[3]]);
            }
            at += 32;
            while at < bytes.len() {
                let net;
                (net, at) = net_at(at).ok_or(bad.clone())?;
                model.net_bag.push(net);
            }
            model.mix = Mix {
                link_bias: [
                    floats[0], floats[1], floats[2], floats[3], floats[4], floats[5],
                ],
                perceptron_link: floats[6],
                perceptron_relation: floats[7],
            };
        }
        Ok(model)
    }

    /// The label of a candidate with these features: 0 (no relation) unless the link model
    /// says "related", else the best relation type (the perceptrons alone, without the network).
    pub fn predict(&self, features: &[u32]) -> usize {
        let link = self.link.scores(features);
        if link[1] <= link[0] {
            return 0;
        }
        self.relation_only(features)
    }

    /// [`PairModel::predict`] with its confidence: how far the link model's "related" score
    /// lies above its "not related" one (with a network: its link log-odds, in thousandths).
    pub fn predict_with_margin(&self, kind: PairKind, features: &[u32]) -> (usize, i32) {
        if !self.net.is_empty() {
            return self.net_predict(kind, features);
        }
        let link = self.link.scores(features);
        let margin = link[1] - link[0];
        if margin <= 0 {
            return (0, margin);
        }
        (self.relation_only(features), margin)
    }

    /// The network's label and link log-odds (in thousandths), mixed with the perceptrons'
    /// scores as [`PairModel::mix`] says.
    fn net_predict(&self, kind: PairKind, features: &[u32]) -> (usize, i32) {
        let p = self.net_probabilities(features);
        let related = (1.0 - p[0]).max(1e-7);
        let mut odds = (related / p[0].max(1e-7)).ln() + self.mix.link_bias[kind as usize];
        if self.mix.perceptron_link != 0.0 && !self.link.is_empty() {
            let link = self.link.scores(features);
            odds += self.mix.perceptron_link * (link[1] - link[0]) as f32 / 10_000.0;
        }
        let margin = (odds * 1000.0) as i32;
        // Most candidates are no relation: their labels' scores are not needed.
        if odds <= 0.0 {
            return (0, margin);
        }
        let mut score = [0f32; LABELS.len()];
        for (l, s) in score.iter_mut().enumerate().skip(1) {
            *s = p[l].max(1e-7).ln();
        }
        if self.mix.perceptron_relation != 0.0 && !self.relation.is_empty() {
            let r = self.relation.scores(features);
            for (s, x) in score.iter_mut().zip(r).skip(1) {
                *s += self.mix.perceptron_relation * x as f32 / 10_000.0;
            }
        }
        let mut best = 1;
        for l in 2..LABELS.len() {
            if score[l] > score[best] {
                best = l;
            }
        }
        (best, margin)
    }

    /// The label probabilities of [`PairModel::net`], or with a bag the mean of its and the
    /// bag's networks' (exactly the network's own without one).
    fn net_probabilities(&self, features: &[u32]) -> [f32; LABELS.len()] {
        let mut p = self.net.probabilities(features);
        if self.net_bag.is_empty() {
            return p;
        }
        for net in &self.net_bag {
            for (p, q) in p.iter_mut().zip(net.probabilities(features)) {
                *p += q;
            }
        }
        let n = (1 + self.net_bag.len()) as f32;
        p.iter_mut().for_each(|p| *p /= n);
        p
    }

    /// The best relation type for these features (never 0).
    pub fn relation_only(&self, features: &[u32]) -> usize {
        let scores = self.relation.scores(features);
        let mut best = 1;
        for l in 2..LABELS.len() {
            if scores[l] > scores[best] {
                best = l;
            }
        }
        best
    }
}

/// The model shipped with tempora, read once (empty if its bytes fail to read: the other
/// sieves then work alone; a test checks that they read).
pub fn builtin() -> &'static PairModel {
    static MODEL: OnceLock<PairModel> = OnceLock::new();
    MODEL.get_or_init(|| PairModel::from_bytes(BUILTIN).unwrap_or_default())
}

/// The model shipped for gold entities (`tlinks-gold.model`), read once: what
/// [`crate::eval::gold_entities::gold_analysis`] uses.
pub fn builtin_gold() -> &'static PairModel {
    static MODEL: OnceLock<PairModel> = OnceLock::new();
    MODEL.get_or_init(|| PairModel::from_bytes(BUILTIN_GOLD).unwrap_or_default())
}

/// The sentence's main event: its first finite verb that no other event governs, else its
/// first verb.
fn main_event(input: &Input, s: usize) -> Option<usize> {
    let range = super::in_sentence(input, s);
    range
        .clone()
        .find(|&i| {
            let e = &input.events[i];
            e.pos == EventPos::Verb && e.governor.is_none() && e.tense != Tense::None
        })
        .or_else(|| {
            range
                .clone()
                .find(|&i| input.events[i].pos == EventPos::Verb)
        })
}

/// The candidate pairs of a document, in a fixed order.
pub fn candidates(input: &Input) -> Vec<Candidate> {
    let mut out = Vec::new();
    let events = input.events;
    for i in 0..events.len() {
        out.push(Candidate {
            source: Node::Event(i),
            target: Node::Published,
            kind: PairKind::EventPublished,
        });
    }
    for (m, v) in input.values.iter().enumerate() {
        if v.as_ref()
            .is_some_and(|v| v.earliest.is_some() || v.latest.is_some())
        {
            out.push(Candidate {
                source: Node::Time(m),
                target: Node::Published,
                kind: PairKind::TimePublished,
            });
        }
    }
    // The main event of each sentence, for the adjacent-sentence and same-lemma pairs.
    let mains: Vec<Option<usize>> = (0..input.seg.sentences.len())
        .map(|s| main_event(input, s))
        .collect();
    for s in 0..input.seg.sentences.len() {
        let range = super::in_sentence(input, s);
        for i in range.clone() {
            for (m, mention) in input.mentions.iter().enumerate() {
                if mention.sentence == s {
                    out.push(Candidate {
                        source: Node::Event(i),
                        target: Node::Time(m),
                        kind: PairKind::EventTime,
                    });
                }
            }
            for j in i + 1..range.end {
                out.push(Candidate {
                    source: Node::Event(i),
                    target: Node::Event(j),
                    kind: PairKind::SameSentence,
                });
            }
        }
        if s + 1 < input.seg.sentences.len() {
            if let (Some(a), Some(b)) = (mains[s], mains[s + 1]) {
                out.push(Candidate {
                    source: Node::Event(a),
                    target: Node::Event(b),
                    kind: PairKind::AdjacentSentences,
                });
            }
        }
    }
    // Each event with the nearest event of an earlier sentence that has its lemma, unless
    // the two are already a pair (the main events of adjacent sentences).
    let mut last: HashMap<&str, usize> = HashMap::new();
    for s in 0..input.seg.sentences.len() {
        let range = super::in_sentence(input, s);
        for j in range.clone() {
            if let Some(&i) = last.get(events[j].lemma.as_str()) {
                let si = events[i].sentence;
                let adjacent_mains = si + 1 == s && mains[si] == Some(i) && mains[s] == Some(j);
                if !adjacent_mains {
                    out.push(Candidate {
                        source: Node::Event(i),
                        target: Node::Event(j),
                        kind: PairKind::SameLemma,
                    });
                }
            }
        }
        for j in range {
            last.insert(events[j].lemma.as_str(), j);
        }
    }
    out
}

/// A fixed, platform-independent feature hash (FNV-1a, 64 bits, folded to 32): the shipped
/// weights depend on it.
struct Feature(u64);

impl Feature {
    fn new(kind: PairKind, template: &str) -> Feature {
        let mut f = Feature(0xcbf2_9ce4_8422_2325);
        f.add(kind.name());
        f.add(template);
        f
    }
    fn add(&mut self, s: &str) -> &mut Feature {
        for b in s.bytes().chain(std::iter::once(0x1f)) {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
        self
    }
    fn finish(&self) -> u32 {
        (self.0 ^ (self.0 >> 32)) as u32
    }
}

fn tense_name(t: Tense) -> &'static str {
    match t {
        Tense::Past => "past",
        Tense::Present => "present",
        Tense::Future => "future",
        Tense::None => "none",
    }
}

fn aspect_name(a: Aspect) -> &'static str {
    match a {
        Aspect::None => "none",
        Aspect::Progressive => "prog",
        Aspect::Perfective => "perf",
        Aspect::PerfectiveProgressive => "perfprog",
    }
}

fn class_name(e: &Event) -> String {
    format!("{:?}", e.class)
}

/// The lower-cased word `back` tokens before the token starting at `start`, within sentence
/// `sentence`; `<s>` before the sentence's first word.
fn word_back(seg: &Segmentation, sentence: usize, start: usize, back: usize) -> &str {
    let t0 = seg.token_at(start);
    if t0 >= seg.sentences[sentence].tokens.start + back {
        seg.lower_of(seg.tokens[t0 - back].span)
    } else {
        "<s>"
    }
}

/// Where a time lies against the publish day.
fn against_published(input: &Input, m: usize) -> &'static str {
    let Some(v) = &input.values[m] else {
        return "unresolved";
    };
    let Some(p) = input.published else {
        return "no-dct";
    };
    let (ds, de) = (day_start(p), day_end(p));
    match (v.earliest, v.latest) {
        (Some(s), Some(e)) if s >= ds && e <= de => "same-day",
        (_, Some(e)) if e < ds => "before",
        (Some(s), _) if s > de => "after",
        (Some(s), Some(e)) if s <= ds && e >= de => "includes",
        (None, Some(_)) => "open-before",
        (Some(_), None) => "open-after",
        _ => "other",
    }
}

/// The feature keys of a candidate pair; `said` is what the stronger sieves already state
/// about it.
pub fn features(
    input: &Input,
    ctx: &DocContext,
    c: &Candidate,
    said: &[Relation],
    out: &mut Vec<u32>,
) {
    out.clear();
    let kind = c.kind;
    out.push(bias_key(kind));
    let mut push = |template: &str, values: &[&str]| {
        let mut f = Feature::new(kind, template);
        for v in values {
            f.add(v);
        }
        out.push(f.finish());
    };
    let seg = input.seg;
    let event_features = |push: &mut dyn FnMut(&str, &[&str]), side: &str, i: usize| {
        let e = &input.events[i];
        let lemma = input.text[e.head.start..e.head.end].to_lowercase();
        let class = class_name(e);
        let pos = if e.pos == EventPos::Verb {
            "verb"
        } else {
            "noun"
        };
        let (t, a) = (tense_name(e.tense), aspect_name(e.aspect));
        push("word", &[side, &lemma]);
        push("lemma", &[side, &e.lemma]);
        push("class", &[side, &class]);
        push("pos", &[side, pos]);
        push("tense", &[side, t]);
        push("aspect", &[side, a]);
        push("tense-aspect", &[side, t, a]);
        push("tense-aspect-class", &[side, t, a, &class]);
        push("tense-aspect-pos", &[side, t, a, pos]);
        push("negated", &[side, if e.negated { "yes" } else { "no" }]);
        // How sure the event recogniser was (tempora's own events only): from raw text an
        // event it hesitated over is more often no annotated event at all, and its links
        // then count against precision.
        if let Some(r) = e.recognition {
            let bucket = match r {
                ..0 => "neg",
                0..2000 => "0",
                2000..5000 => "2k",
                5000..10000 => "5k",
                10000..20000 => "10k",
                _ => "20k",
            };
            push("recognition", &[side, bucket]);
        }
        push("modal", &[side, e.modality.as_deref().unwrap_or("-")]);
        push("status", &[side, &format!("{:?}", e.status)]);
        let clause = &seg.clauses[e.clause];
        let ck = format!("{:?}", clause.kind);
        push(
            "clause",
            &[side, &ck, clause.marker.as_deref().unwrap_or("-")],
        );
        push(
            "governed",
            &[side, if e.governor.is_some() { "yes" } else { "no" }],
        );
        let before = word_back(seg, e.sentence, e.head.start, 1);
        let before2 = word_back(seg, e.sentence, e.head.start, 2);
        push("word-before", &[side, before]);
        push("words-before", &[side, before2, before]);
        let t1 = seg.token_at(e.head.end.saturating_sub(1)) + 1;
        let after = if t1 < seg.sentences[e.sentence].tokens.end {
            seg.lower_of(seg.tokens[t1].span)
        } else {
            "</s>"
        };
        push("word-after", &[side, after]);
        let main = if main_event(input, e.sentence).is_some_and(|m| input.events[m].head == e.head)
        {
            "main"
        } else {
            "not-main"
        };
        push("main", &[side, main]);
        push("main-tense", &[side, main, t, &class]);
        let sentence = match e.sentence {
            0 => "s0",
            1 => "s1",
            2..=3 => "s2-3",
            _ => "s4+",
        };
        push("sentence", &[side, sentence]);
        // The nearest time of the sentence, and where it lies against the publish date.
        let nearest = input
            .mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| m.sentence == e.sentence)
            .min_by_key(|(_, m)| m.span.start.abs_diff(e.head.start));
        match nearest {
            Some((m, mention)) => {
                let vs = against_published(input, m);
                let same = if mention.clause == e.clause {
                    "clause"
                } else {
                    "sentence"
                };
                push("sentence-time", &[side, same, vs]);
                push("sentence-time-tense", &[side, same, vs, t]);
            }
            None => push("sentence-time", &[side, "none"]),
        }
        if let Some(g) = e.governor.and_then(|g| input.events.get(g)) {
            push("governor-class", &[side, &class_name(g), &class]);
            push("governor-tense", &[side, tense_name(g.tense), t]);
            push("governor-lemma", &[side, &g.lemma]);
        }
        // The time the stronger sieves place the event in, against the publish date.
        let vs = ctx
            .anchor
            .get(i)
            .copied()
            .flatten()
            .map_or("none", |m| against_published(input, m));
        push("anchor", &[side, vs]);
        push("anchor-tense", &[side, vs, t, a]);
        // Inside a quotation (what is said, not narrated).
        let start = seg
            .tokens
            .get(seg.sentences[e.sentence].tokens.start)
            .map_or(e.head.start, |t| t.span.start.min(e.head.start));
        let prefix = input.text.get(start..e.head.start).unwrap_or("");
        let quotes = prefix.matches('"').count()
            + prefix.matches("``").count()
            + prefix.matches("''").count();
        push(
            "in-quote",
            &[side, if quotes % 2 == 1 { "yes" } else { "no" }],
        );
        // The top of its chain of governors (the sentence's main clause, usually).
        let mut root = i;
        let mut depth = 0;
        while let Some(g) = input.events[root].governor {
            if depth > 8 || g == root {
                break;
            }
            root = g;
            depth += 1;
        }
        let r = &input.events[root];
        let d = match depth {
            0 => "0",
            1 => "1",
            _ => "2+",
        };
        push("root", &[side, d, &class_name(r), tense_name(r.tense)]);
        push("root-tense", &[side, tense_name(r.tense), t, a]);
    };
    let time_features = |push: &mut dyn FnMut(&str, &[&str]), side: &str, m: usize| {
        let mention = &input.mentions[m];
        let ty = input.values[m]
            .as_ref()
            .map_or("none".to_string(), |v| format!("{:?}", v.kind));
        push("timex-type", &[side, &ty]);
        let gran = input.values[m]
            .as_ref()
            .map_or("none".to_string(), |v| format!("{:?}", v.granularity));
        push("timex-granularity", &[side, &gran]);
        let vs = against_published(input, m);
        push("timex-vs-dct", &[side, vs]);
        push("timex-type-vs-dct", &[side, &ty, vs]);
        let before = word_back(seg, mention.sentence, mention.span.start, 1);
        push("timex-word-before", &[side, before]);
        let words = seg.lower_of(mention.span);
        let last = words.rsplit(' ').next().unwrap_or(words);
        push("timex-last-word", &[side, last]);
        // The shape of its value (year, month, day, time, duration, reference).
        let shape: String = input.values[m].as_ref().map_or("none".into(), |v| {
            v.value
                .chars()
                .map(|ch| if ch.is_ascii_digit() { 'd' } else { ch })
                .collect()
        });
        push("timex-shape", &[side, &shape]);
        push("timex-shape-vs-dct", &[side, &shape, vs]);
    };
    let span_of = |n: Node| match n {
        Node::Event(i) => Some(input.events[i].head),
        Node::Time(m) => Some(input.mentions[m].span),
        Node::Published => None,
    };
    match c.source {
        Node::Event(i) => event_features(&mut push, "a", i),
        Node::Time(m) => time_features(&mut push, "a", m),
        Node::Published => {}
    }
    match c.target {
        Node::Event(j) => event_features(&mut push, "b", j),
        Node::Time(m) => time_features(&mut push, "b", m),
        Node::Published => {}
    }
    // Pair features.
    if let (Node::Event(i), Node::Event(j)) = (c.source, c.target) {
        let (a, b) = (&input.events[i], &input.events[j]);
        let (ca, cb) = (class_name(a), class_name(b));
        push("tenses", &[tense_name(a.tense), tense_name(b.tense)]);
        push("aspects", &[aspect_name(a.aspect), aspect_name(b.aspect)]);
        push(
            "tense-aspects",
            &[
                tense_name(a.tense),
                aspect_name(a.aspect),
                tense_name(b.tense),
                aspect_name(b.aspect),
            ],
        );
        push("classes", &[&ca, &cb]);
        push("lemmas", &[&a.lemma, &b.lemma]);
        push("lemma-class", &["a", &a.lemma, &cb]);
        push("lemma-class", &["b", &ca, &b.lemma]);
        let pos = |e: &Event| {
            if e.pos == EventPos::Verb {
                "verb"
            } else {
                "noun"
            }
        };
        push("pos-pair", &[pos(a), pos(b)]);
        let govern = if b.governor == Some(i) {
            "a-governs-b"
        } else if a.governor == Some(j) {
            "b-governs-a"
        } else if a.governor.is_some() && a.governor == b.governor {
            "siblings"
        } else {
            "-"
        };
        push("govern", &[govern]);
        push("govern-classes", &[govern, &ca, &cb]);
        push(
            "same-clause",
            &[if a.clause == b.clause { "yes" } else { "no" }],
        );
        push(
            "clause-kinds",
            &[
                &format!("{:?}", seg.clauses[a.clause].kind),
                &format!("{:?}", seg.clauses[b.clause].kind),
            ],
        );
        // Which governs which, with tenses, classes, lemmas and the subordinator of B.
        push(
            "govern-tense-aspects",
            &[
                govern,
                tense_name(a.tense),
                aspect_name(a.aspect),
                tense_name(b.tense),
                aspect_name(b.aspect),
            ],
        );
        push("govern-class-tense", &[govern, &ca, tense_name(b.tense)]);
        push("govern-lemma-a", &[govern, &a.lemma]);
        push("govern-lemma-b", &[govern, &b.lemma]);
        push(
            "marker-b",
            &[
                govern,
                seg.clauses[b.clause].marker.as_deref().unwrap_or("-"),
            ],
        );
        // The times the two events are placed in, and their order.
        let anchor = |k: usize| ctx.anchor.get(k).copied().flatten();
        let rel = match (anchor(i), anchor(j)) {
            (Some(x), Some(y)) if x == y => "same",
            (Some(x), Some(y)) => match (input.values[x].as_ref(), input.values[y].as_ref()) {
                (Some(vx), Some(vy)) => match (vx.latest, vy.earliest, vy.latest, vx.earliest) {
                    (Some(xl), Some(ye), _, _) if xl < ye => "a-before",
                    (_, _, Some(yl), Some(xe)) if yl < xe => "b-before",
                    _ => "overlap",
                },
                _ => "unknown",
            },
            (Some(_), None) => "a-only",
            (None, Some(_)) => "b-only",
            (None, None) => "none",
        };
        push("anchors", &[rel]);
        push(
            "anchors-tenses",
            &[rel, tense_name(a.tense), tense_name(b.tense)],
        );
        if c.kind == PairKind::AdjacentSentences {
            let first = |s: usize| {
                let range = &seg.sentences[s].tokens;
                if range.is_empty() {
                    "<s>"
                } else {
                    seg.lower_of(seg.tokens[range.start].span)
                }
            };
            push("first-words", &[first(a.sentence), first(b.sentence)]);
            push("first-word-b", &[first(b.sentence)]);
        }
        if c.kind == PairKind::SameLemma {
            let sentences = match b.sentence.abs_diff(a.sentence) {
                0..=1 => "1",
                2 => "2",
                3..=5 => "3-5",
                _ => "6+",
            };
            let det = |e: &Event| match word_back(seg, e.sentence, e.head.start, 1) {
                "the" | "this" | "that" | "these" | "those" | "its" | "his" | "her" | "their" => {
                    "definite"
                }
                "a" | "an" => "indefinite",
                _ => "-",
            };
            push("lemma-sentences", &[sentences, pos(a), pos(b)]);
            push("lemma-det", &[det(a), det(b), pos(a), pos(b)]);
            push(
                "lemma-classes-tenses",
                &[&ca, &cb, tense_name(a.tense), tense_name(b.tense)],
            );
        }
    }
    if let (Node::Event(i), Node::Time(m)) = (c.source, c.target) {
        let (e, mention) = (&input.events[i], &input.mentions[m]);
        push(
            "same-clause",
            &[if e.clause == mention.clause {
                "yes"
            } else {
                "no"
            }],
        );
        let vs = against_published(input, m);
        push("tense-vs-dct", &[tense_name(e.tense), vs]);
        let prep = word_back(seg, mention.sentence, mention.span.start, 1);
        push("prep-tense", &[prep, tense_name(e.tense)]);
        push("prep-class", &[prep, &class_name(e)]);
        let nearest_verb = super::in_sentence(input, mention.sentence)
            .filter(|&k| input.events[k].pos == EventPos::Verb)
            .min_by_key(|&k| {
                let h = input.events[k].head;
                h.start.abs_diff(mention.span.start)
            });
        push(
            "nearest-verb",
            &[if nearest_verb == Some(i) { "yes" } else { "no" }],
        );
    }
    // Order, distance and the words between.
    if let (Some(sa), Some(sb)) = (span_of(c.source), span_of(c.target)) {
        let order = if sa.start <= sb.start {
            "a-first"
        } else {
            "b-first"
        };
        push("order", &[order]);
        let (first, second) = if sa.start <= sb.start {
            (sa, sb)
        } else {
            (sb, sa)
        };
        let (t1, t2) = (
            seg.token_at(first.end.saturating_sub(1)),
            seg.token_at(second.start),
        );
        let between = t2.saturating_sub(t1 + 1);
        let bucket = match between {
            0 => "0",
            1 => "1",
            2 => "2",
            3..=4 => "3-4",
            5..=8 => "5-8",
            9..=15 => "9-15",
            _ => "16+",
        };
        push("distance", &[bucket]);
        let events_between = input
            .events
            .iter()
            .filter(|e| e.head.start >= first.end && e.head.end <= second.start)
            .count();
        push(
            "events-between",
            &[match events_between {
                0 => "0",
                1 => "1",
                2..=3 => "2-3",
                _ => "4+",
            }],
        );
        push("order-distance", &[order, bucket]);
        if t2 > t1 + 1 && c.kind != PairKind::AdjacentSentences {
            let words: Vec<&str> = (t1 + 1..t2)
                .map(|t| seg.lower_of(seg.tokens[t].span))
                .collect();
            if words.len() <= 4 {
                push("between", &[&words.join(" ")]);
            }
            for w in &words {
                if CUES.contains(w) {
                    push("cue-between", &[order, w]);
                }
            }
            push("first-between", &[words[0]]);
            push("last-between", &[words[words.len() - 1]]);
        }
    }
    // What the stronger sieves said about this pair, either way round.
    for r in said {
        let (same, reversed) = (
            r.source == c.source && r.target == c.target,
            r.source == c.target && r.target == c.source,
        );
        if same || reversed {
            let dir = if same { "same" } else { "reversed" };
            push(
                "sieve",
                &[dir, &format!("{:?}", r.kind), &format!("{:?}", r.sieve)],
            );
        }
    }
}

/// Words between two entities that say something about their order.
const CUES: &[&str] = &[
    "after",
    "before",
    "since",
    "until",
    "while",
    "when",
    "as",
    "during",
    "following",
    "then",
    "later",
    "earlier",
    "ago",
    "by",
    "in",
    "on",
    "at",
    "to",
    "and",
    "but",
    "because",
    "for",
    "that",
    "said",
    "says",
    ",",
    "prior",
    "amid",
    "once",
    "from",
    "over",
];

/// The key of the feature every candidate of a kind has (its "no relation" weight is that
/// kind's threshold).
pub fn bias_key(kind: PairKind) -> u32 {
    Feature::new(kind, "bias").finish()
}

/// The rules of the classifier's relations, with the TimeML label each states from its
/// relation's source to its target. Against the publish date, which the graph holds as a
/// moment, "within", "over" and "at the same time as" the publish *day* are all stated as
/// overlapping that moment; the rule keeps the label. "After the publish day" is stated as the
/// publish date *before* the entity (its relation's source is the publish date), so its label
/// read from source to target is BEFORE; it was AFTER until 2026-11-29, which wrote the DCT
/// after the time and dropped the event's link altogether (`docs/accuracy.md`).
const RULES: [(&str, &str); 8] = [
    ("trained pair classifier → before", "BEFORE"),
    ("trained pair classifier → within", "IS_INCLUDED"),
    ("trained pair classifier → at the same time", "SIMULTANEOUS"),
    ("trained pair classifier → before the publish day", "BEFORE"),
    ("trained pair classifier → after the publish day", "BEFORE"),
    (
        "trained pair classifier → within the publish day",
        "IS_INCLUDED",
    ),
    (
        "trained pair classifier → goes on over the publish day",
        "INCLUDES",
    ),
    (
        "trained pair classifier → on the publish day",
        "SIMULTANEOUS",
    ),
];

/// The TimeML relation type a classifier relation states from its source to its target (None
/// for the other sieves' relations).
pub fn timeml_label(r: &Relation) -> Option<&'static str> {
    if r.sieve != Sieve::Classifier {
        return None;
    }
    RULES
        .iter()
        .find(|(rule, _)| *rule == r.rule)
        .map(|(_, l)| *l)
}

/// The relation a label states about a candidate, if any.
pub fn relation(c: &Candidate, label: usize, evidence: Span) -> Option<Relation> {
    let (a, b) = (c.source, c.target);
    let r = |source, kind, target, rule: usize| Relation {
        source,
        kind,
        target,
        sieve: Sieve::Classifier,
        rule: RULES[rule].0,
        evidence,
        offset: None,
    };
    if b == Node::Published {
        return Some(match LABELS[label] {
            "BEFORE" => r(a, RelationKind::Before, b, 3),
            "AFTER" => r(b, RelationKind::Before, a, 4),
            "IS_INCLUDED" => r(a, RelationKind::Overlaps, b, 5),
            "INCLUDES" => r(a, RelationKind::Overlaps, b, 6),
            "SIMULTANEOUS" => r(a, RelationKind::Overlaps, b, 7),
            _ => return None,
        });
    }
    Some(match LABELS[label] {
        "BEFORE" => r(a, RelationKind::Before, b, 0),
        "AFTER" => r(b, RelationKind::Before, a, 0),
        "IS_INCLUDED" => r(a, RelationKind::During, b, 1),
        "INCLUDES" => r(b, RelationKind::During, a, 1),
        "SIMULTANEOUS" => r(a, RelationKind::Simultaneous, b, 2),
        _ => return None,
    })
}

/// The evidence of a candidate: the text from the first entity to the second (an entity
/// alone against the publish date).
fn evidence(input: &Input, c: &Candidate) -> Span {
    let span = |n: Node| match n {
        Node::Event(i) => Some(input.events[i].trigger),
        Node::Time(m) => Some(input.mentions[m].span),
        Node::Published => None,
    };
    match (span(c.source), span(c.target)) {
        (Some(a), Some(b)) => Span::new(a.start.min(b.start), a.end.max(b.end)),
        (Some(a), None) | (None, Some(a)) => a,
        (None, None) => Span::new(0, 0),
    }
}

/// The sieve: labels every candidate with `model` and appends the relations it states.
/// `out` holds the stronger sieves' relations (read as features).
pub fn classify(input: &Input, model: &PairModel, out: &mut Vec<Relation>) {
    if model.is_empty() {
        return;
    }
    let said_len = out.len();
    let ctx = DocContext::new(input, &out[..said_len]);
    let mut keys = Vec::with_capacity(64);
    let mut found: Vec<(i32, Relation)> = Vec::new();
    for c in candidates(input) {
        let said = pair_relations(&out[..said_len], &c);
        features(input, &ctx, &c, &said, &mut keys);
        let (label, margin) = model.predict_with_margin(c.kind, &keys);
        if let Some(r) = relation(&c, label, evidence(input, &c)) {
            found.push((margin, r));
        }
    }
    // The surest first: the graph keeps the first of two relations that contradict (the
    // sort is stable, so ties keep the candidates' order).
    found.sort_by_key(|(margin, _)| std::cmp::Reverse(*margin));
    out.extend(found.into_iter().map(|(_, r)| r));
}

/// The relations among `all` between the two entities of a candidate.
pub fn pair_relations(all: &[Relation], c: &Candidate) -> Vec<Relation> {
    all.iter()
        .filter(|r| {
            (r.source == c.source && r.target == c.target)
                || (r.source == c.target && r.target == c.source)
        })
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_models_read_and_round_trip() {
        for bytes in [BUILTIN, BUILTIN_GOLD] {
            let m = PairModel::from_bytes(bytes).expect("the shipped model reads");
            assert!(!m.is_empty());
            assert_eq!(m.to_bytes(), bytes);
            // Both shipped models decide with their network (docs/accuracy.md, Relations).
            assert!(m.net.len() > 10_000, "{} network rows", m.net.len());
            assert_eq!(m.mix.perceptron_link, 0.5);
            assert_eq!(m.mix.perceptron_relation, 0.5);
        }
        // The gold-entity model has one network; the raw-text model two, since the fourteenth
        // session (docs/accuracy.md, *A raw-text margin within the size budget*).
        assert!(builtin_gold().net_bag.is_empty());
        assert_eq!(builtin().net_bag.len(), 1);
        assert_ne!(BUILTIN, BUILTIN_GOLD);
    }

    /// The shipped gold-entity model decides with its one network's probabilities, bit for
    /// bit, and the raw-text model with the mean of its two networks', on the pairs of a real
    /// document.
    #[test]
    fn builtin_models_decide_with_their_one_network() {
        let published = chrono::NaiveDate::from_ymd_opt(1998, 2, 27).unwrap();
        let a = crate::pipeline::analyze(
            &crate::document::Article::from_body(
                "t",
                "Police said on Tuesday that the fire had started after the storm. Officials \
                 will meet tomorrow, and the mayor resigned last week.",
                published,
            ),
            &crate::Options::default(),
        );
        let input = a.relation_input();
        let ctx = DocContext::new(&input, &[]);
        let pairs = candidates(&input);
        assert!(pairs.len() > 10, "{} candidate pairs", pairs.len());
        for m in [builtin(), builtin_gold()] {
            let mut related = 0;
            for c in &pairs {
                let mut f = Vec::new();
                features(&input, &ctx, c, &[], &mut f);
                let mut p = m.net.probabilities(&f);
                for net in &m.net_bag {
                    for (p, q) in p.iter_mut().zip(net.probabilities(&f)) {
                        *p += q;
                    }
                }
                p.iter_mut()
                    .for_each(|p| *p /= (1 + m.net_bag.len()) as f32);
                assert_eq!(
                    m.net_probabilities(&f).map(f32::to_bits),
                    p.map(f32::to_bits)
                );
                let (label, margin) = m.predict_with_margin(c.kind, &f);
                let odds = ((1.0 - p[0]).max(1e-7) / p[0].max(1e-7)).ln()
                    + m.mix.link_bias[c.kind as usize]
                    + m.mix.perceptron_link * (m.link.scores(&f)[1] - m.link.scores(&f)[0]) as f32
                        / 10_000.0;
                assert_eq!(margin, (odds * 1000.0) as i32);
                assert_eq!(label == 0, odds <= 0.0);
                related += usize::from(label != 0);
            }
            assert!(related > 0 && related < pairs.len(), "{related} related");
        }
    }

    #[test]
    fn a_bag_of_networks_round_trips_and_decides_with_their_mean() {
        let keys: Vec<u32> = vec![bias_key(PairKind::SameSentence), 7, 8];
        let examples: Vec<(&[u32], usize)> = (0..50)
            .flat_map(|_| [(&keys[..], 1), (&keys[..2], 3), (&keys[..1], 0)])
            .collect();
        let net = |seed: u64| {
            let settings = super::super::net::NetSettings {
                dim: 4,
                epochs: 2,
                min_count: 1,
                seed,
                ..Default::default()
            };
            super::super::net::train(&examples, settings, |_, _| {})
        };
        let mut model = PairModel::from_bytes(BUILTIN_GOLD).expect("the shipped model reads");
        model.net = net(1);
        let one = model.to_bytes();
        // (The generator ignores a seed's lowest bit.)
        model.net_bag = vec![net(2), net(4)];
        assert_ne!(model.net_bag[0], model.net);
        assert_ne!(model.net_bag[0], model.net_bag[1]);
        let bytes = model.to_bytes();
        // The bag follows the single-network model's bytes.
        assert!(bytes.len() > one.len() && bytes.starts_with(&one));
        let read = PairModel::from_bytes(&bytes).expect("reads back");
        assert_eq!(read.to_bytes(), bytes);
        assert_eq!(read.net, model.net);
        assert_eq!(read.net_bag, model.net_bag);
        assert!(PairModel::from_bytes(&one)
            .expect("reads")
            .net_bag
            .is_empty());
        for cut in [1, 5, 40] {
            assert!(PairModel::from_bytes(&bytes[..bytes.len() - cut]).is_err());
        }
        let mut tail = bytes.clone();
        tail.extend_from_slice(&[0, 0]);
        assert!(PairModel::from_bytes(&tail).is_err());
        // The mean of the three networks' probabilities decides.
        for f in [&keys[..], &keys[..2], &keys[..1], &[99][..]] {
            let all = [&read.net, &read.net_bag[0], &read.net_bag[1]].map(|n| n.probabilities(f));
            let mean = read.net_probabilities(f);
            for (l, p) in mean.iter().enumerate() {
                let expected = all.iter().map(|q| q[l]).sum::<f32>() / 3.0;
                assert!((p - expected).abs() < 1e-6, "{f:?} {l}: {p} {expected}");
            }
            assert!((mean.iter().sum::<f32>() - 1.0).abs() < 1e-5);
            assert_ne!(mean, all[0]);
        }
        assert_eq!(read.predict_with_margin(PairKind::SameSentence, &keys).0, 1);
    }

    #[test]
    fn a_model_with_a_network_round_trips_and_the_network_decides() {
        let keys: Vec<u32> = vec![bias_key(PairKind::SameSentence), 7, 8];
        let examples: Vec<(&[u32], usize)> = (0..50)
            .flat_map(|_| [(&keys[..], 1), (&keys[..1], 0)])
            .collect();
        let settings = super::super::net::NetSettings {
            dim: 4,
            epochs: 10,
            ..Default::default()
        };
        let mut model = PairModel::from_bytes(BUILTIN_GOLD).expect("the shipped model reads");
        model.net = Net::default();
        let perceptrons_only = model.to_bytes();
        assert!(perceptrons_only.len() < BUILTIN_GOLD.len());
        model.net = super::super::net::train(&examples, settings, |_, _| {});
        model.mix.link_bias[PairKind::SameSentence as usize] = 0.25;
        let bytes = model.to_bytes();
        assert!(bytes.len() > perceptrons_only.len());
        let read = PairModel::from_bytes(&bytes).expect("reads back");
        assert_eq!(read.to_bytes(), bytes);
        assert_eq!(read.mix, model.mix);
        assert_eq!(read.predict_with_margin(PairKind::SameSentence, &keys).0, 1);
        assert_eq!(
            read.predict_with_margin(PairKind::SameSentence, &keys[..1])
                .0,
            0
        );
        assert!(PairModel::from_bytes(&bytes[..bytes.len() - 1]).is_err());
    }

    #[test]
    fn same_lemma_pairs_join_the_nearest_earlier_mention_in_another_sentence() {
        let published = chrono::NaiveDate::from_ymd_opt(1998, 2, 27).unwrap();
        let a = crate::pipeline::analyze(
            &crate::document::Article::from_body(
                "t",
                "A bomb exploded in the market. Police closed the roads. \
                 Witnesses said the bomb exploded at noon and the roads were closed.",
                published,
            ),
            &crate::Options::default(),
        );
        let input = a.relation_input();
        let word = |n: Node| match n {
            Node::Event(i) => a.text_between(a.events[i].head.start, a.events[i].head.end),
            _ => "",
        };
        let pairs: Vec<(&str, usize, &str, usize)> = candidates(&input)
            .into_iter()
            .filter(|c| c.kind == PairKind::SameLemma)
            .map(|c| {
                let sentence = |n: Node| match n {
                    Node::Event(i) => a.events[i].sentence,
                    _ => usize::MAX,
                };
                (
                    word(c.source),
                    sentence(c.source),
                    word(c.target),
                    sentence(c.target),
                )
            })
            .collect();
        // "exploded" and "closed" of the last sentence each go back to their earlier mention;
        // nothing pairs within a sentence.
        assert!(pairs.contains(&("exploded", 0, "exploded", 2)), "{pairs:?}");
        assert!(pairs.contains(&("closed", 1, "closed", 2)), "{pairs:?}");
        assert!(pairs.iter().all(|p| p.1 < p.3), "{pairs:?}");
    }

    #[test]
    fn labels_and_inverses() {
        for l in 0..LABELS.len() {
            assert_eq!(inverse(inverse(l)), l);
        }
        assert_eq!(LABELS[inverse(label_of("BEFORE").unwrap())], "AFTER");
        assert_eq!(
            LABELS[inverse(label_of("INCLUDES").unwrap())],
            "IS_INCLUDED"
        );
    }

    #[test]
    fn the_written_label_reads_from_the_relations_source_to_its_target() {
        // The TLINK writer reads `timeml_label` from the relation's source to its target;
        // read back from the candidate's first entity it must be the label predicted. "After
        // the publish day" once failed this (labelled AFTER from the publish date), and the
        // writer dropped the event's link to the DCT.
        for target in [Node::Published, Node::Event(1)] {
            let c = Candidate {
                source: Node::Event(0),
                target,
                kind: if target == Node::Published {
                    PairKind::EventPublished
                } else {
                    PairKind::SameSentence
                },
            };
            for (label, name) in LABELS.iter().enumerate().skip(1) {
                let r = relation(&c, label, Span::new(0, 0)).unwrap();
                let written = label_of(timeml_label(&r).unwrap()).unwrap();
                let from_first = if r.source == c.source {
                    written
                } else {
                    assert_eq!((r.source, r.target), (c.target, c.source));
                    inverse(written)
                };
                assert_eq!(LABELS[from_first], *name, "{target:?}");
            }
        }
    }
}
