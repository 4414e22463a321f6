//! Trains and measures tempora's pair classifier ([`tempora::relation::classifier`]).
//!
//! ```text
//! train-tlinks cv    [--folds 5] [--epochs N] [--shipped-events] [--matres FILE,...] DIR...
//!                                                           k-fold cross-validation by document
//! train-tlinks split [--epochs N] TRAIN_DIR TEST_DIR        train on one folder, test on another
//! train-tlinks train [--epochs N] [--out FILE] [--out-gold FILE] DIR...
//!                                                           train on everything, write the models
//! train-tlinks oracle DIR...                                gold labels on every candidate pair
//! ```
//!
//! `train-tlinks help MODE` lists each mode's flags with their defaults. The training
//! settings (`--epochs`, `--prune`, `--seed`, `--none-bias`, `--learner` and the network's)
//! belong to `cv`, `split` and `train`, after the mode's name.
//!
//! Documents are read in folder order, then file-name order; fold `k` holds documents `i`
//! with `i % folds == k`. Training examples are the classifier's candidate pairs over the
//! *gold* events and times of each document (relations of the stronger sieves in place),
//! labelled with the gold TLINK between the two, or what the gold closure entails about them,
//! or "no relation". Two models are trained: one on those pairs alone, for gold entities
//! (`--out-gold`, `src/relation/tlinks-gold.model`), and one also on the candidate pairs of
//! tempora's own analysis of each document's raw text (its entities named by the gold ones
//! they overlap, the others never related in gold), for everything else (`--out`,
//! `src/relation/tlinks.model`). Each epoch visits them in
//! an order shuffled by a fixed-seed generator, so the same data always gives the same model,
//! byte for byte. Scores are TempEval-3 temporal awareness over the whole relation stage
//! (sieves + classifier + graph), with gold entities and from raw text, exactly as
//! `tempora eval tlinks` computes them.
//!
//! In `cv`, the raw-text figures use an event recogniser trained on the same training folds
//! (`train-events`' settings), not the shipped one, which has seen every document
//! (`--shipped-events` uses the shipped one, as before). `--matres` also scores the held-out
//! documents' MATRES pairs (start points, as `tempora eval matres`).
//!
//! `--event-folds N` reads the raw-text model's training documents with event recognisers
//! that have not seen them (a jackknife in N parts), so that the recogniser's margin, a pair
//! feature, and its spurious events look as they do on new text; `--raw-none-shift` moves the
//! raw-text model's "no relation" biases alone, and `cv --raw-shifts "S;S;..."` scores further
//! shifts with the same trained models; `cv --raw-detail` prints where the raw-text links and
//! the gold links lost from raw text come from, `cv --raw-words` the same and the words of the
//! spurious and the missed events; `--event-bias B,R` trains the fold event recognisers with
//! other "no event" shifts than `train-events`' defaults. Experiments, not the shipped settings (see
//! `docs/accuracy.md`, *Relations*).
//!
//! `--seed S` changes the order in which the perceptrons (and a network's initial weights
//! and shuffles) see the pairs (XORed into their fixed seeds; 0, the default, gives the
//! shipped models): running `cv` under a few seeds
//! shows how much of a difference between two settings is the training order alone.
//!
//! `--learner net` (the default, as shipped) also trains a small network over the same
//! features ([`tempora::relation::net`]: `--net-dim`, `--net-epochs`, `--net-rate`,
//! `--net-l2`, `--net-min-count`, `--net-dropout`, `--net-seed`) and lets it decide with the
//! perceptrons as `--mix B1,B2,B3,B4,B5,B6,PL,PR` says (link log-odds bias per pair kind,
//! weights of the perceptrons' link and relation scores; seven numbers give the same-lemma
//! pairs B5); `--learner perceptron` trains the perceptrons alone. `cv --mixes "MIX;MIX;..."`
//! scores further mixes with the same trained models, and `cv` with a network also prints the
//! same folds' perceptrons alone (trained exactly as without the network), so that one run
//! compares the two (`docs/accuracy.md`, *The pair classifier*).
//!
//! `--extra DIR,...` adds documents to the training side only (every fold of `cv`, the whole
//! of `train` and `split`): they are never held out or scored, a file among them that does not
//! parse is skipped with a message, and one whose id is also evaluated stops the run.
//! `--extra-weight W` uses each about W times, `--extra-kinds` keeps some kinds of pair,
//! `--extra-parts` names the parts that learn from them (link and relation perceptrons,
//! network) and `--extra-models` the models (gold entities, raw text). Made for the
//! TempEval-3 silver sample (machine annotation); off by default (`docs/accuracy.md`,
//! *Silver documents as extra training data*).
//!
//! `--bag N` makes each perceptron the mean of N trained in different orders,
//! `--net-average` keeps the mean of the network's weights over its last pass, and `--net-bag
//! K` trains K networks in different orders from different initial weights and decides with
//! the mean of their probabilities (experiments, off by default; `docs/accuracy.md`).
//! `--raw-net-bag`, `--raw-net-dim`, `--raw-net-min-count`, `--raw-net-epochs` and
//! `--raw-net-l2` train the raw-text model's networks otherwise than the gold-entity model's,
//! which they leave as it is; the raw-text model ships two networks with min-count 8 (the
//! defaults of `--raw-net-bag` and `--raw-net-min-count`), the others default to the shared
//! settings (`docs/accuracy.md`, *A raw-text margin within the size budget*).

use std::collections::HashMap;
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use clap::{Args, Parser, Subcommand, ValueEnum};
use tempora::eval::gold_entities::{
    analysis_tlinks, evaluate_matres_with, gold_analysis_with, raw_analysis, raw_analysis_with,
    reclassify, GoldAnalysis, MatresReport,
};
use tempora::eval::tlinks::{awareness, AwarenessCounts, LinkGraph};
use tempora::event::model::{self, document_examples, Example, Trainer, Training};
use tempora::relation::classifier::{
    bias_key, candidates, features, inverse, label_of, pair_relations, DocContext, Mix, PairKind,
    PairModel, LABELS,
};
use tempora::relation::net::{self, Net, NetSettings};
use tempora::relation::Node;
use tempora::timeml::{read_timeml_dir, LinkEnd, TimemlDocument, Tlink};

/// `println!` that returns the write's error (a closed pipe: `train-tlinks cv ... | head`)
/// instead of panicking; `run` treats a broken pipe as success, as the `tempora` command does.
macro_rules! outln {
    ($($arg:tt)*) => {
        writeln!(io::stdout(), $($arg)*)?
    };
}

/// Label the pairs gold links leave out by what the gold closure entails (`TLINK_LABELS=direct`:
/// only the gold links themselves).
fn closure_labels() -> bool {
    std::env::var("TLINK_LABELS").map_or(true, |v| v != "direct")
}

const DEFAULT_EPOCHS: usize = 5;
/// How the shipped network and perceptrons decide together (`--mix`): link log-odds +0.5 for
/// the event–publish date, event–time and same-sentence pairs, the perceptrons' link margin
/// and relation scores at half weight (docs/accuracy.md, *The pair classifier*).
const DEFAULT_MIX: &str = "0.5,0,0.5,0.5,0,0,0.5,0.5";
/// Features whose quantised weights all lie within this distance of zero are dropped.
const DEFAULT_PRUNE: i16 = 4;
const KINDS: [PairKind; 6] = [
    PairKind::EventPublished,
    PairKind::TimePublished,
    PairKind::EventTime,
    PairKind::SameSentence,
    PairKind::AdjacentSentences,
    PairKind::SameLemma,
];

struct Doc {
    folder: usize,
    doc: TimemlDocument,
    /// Gold entities, no classifier relations.
    gold: GoldAnalysis,
    /// Raw text, no classifier relations.
    raw: GoldAnalysis,
    examples: Vec<(PairKind, Example)>,
    /// The pairs of `raw`, labelled as `examples` are.
    raw_examples: Vec<(PairKind, Example)>,
    /// The event recogniser's training tokens.
    event_examples: Vec<Example>,
}

fn examples(doc: &TimemlDocument, ga: &GoldAnalysis) -> Vec<(PairKind, Example)> {
    let mut gold: HashMap<(LinkEnd, LinkEnd), usize> = HashMap::new();
    for l in &doc.tlinks {
        let Some(label) = label_of(&l.rel_type) else {
            continue;
        };
        gold.entry((l.source.clone(), l.target.clone()))
            .or_insert(label);
        gold.entry((l.target.clone(), l.source.clone()))
            .or_insert(inverse(label));
    }
    let end = |n: Node| match n {
        Node::Event(i) => LinkEnd::Event(ga.event_ids[i].clone()),
        Node::Time(m) => LinkEnd::Time(ga.time_ids[m].clone()),
        Node::Published => LinkEnd::Time(doc.dct_tid.clone()),
    };
    let input = ga.analysis.relation_input();
    let links: Vec<&Tlink> = doc.tlinks.iter().collect();
    let mut closure = LinkGraph::new(&links);
    let mut out = Vec::new();
    let ctx = DocContext::new(&input, &ga.analysis.relations);
    for c in candidates(&input) {
        let (s, t) = (end(c.source), end(c.target));
        // (Two gold events can share one of tempora's: never a pair.)
        let label = if s == t {
            0
        } else {
            gold.get(&(s.clone(), t.clone()))
                .copied()
                .unwrap_or_else(|| {
                    if !closure_labels() {
                        return 0;
                    }
                    // What the gold closure entails about the pair, which is what precision
                    // is measured against.
                    [5, 1, 2, 4, 3]
                        .into_iter()
                        .find(|&l| {
                            closure.entails(&Tlink {
                                lid: String::new(),
                                rel_type: LABELS[l].to_string(),
                                source: s.clone(),
                                target: t.clone(),
                            })
                        })
                        .unwrap_or(0)
                })
        };
        let said = pair_relations(&ga.analysis.relations, &c);
        let mut keys = Vec::new();
        features(&input, &ctx, &c, &said, &mut keys);
        out.push((
            c.kind,
            Example {
                features: keys,
                label,
            },
        ));
    }
    out
}

/// One document read for training and scoring: its gold-entity and raw-text analyses (sieves
/// only) and its training pairs.
fn read_doc(folder: usize, doc: TimemlDocument) -> Doc {
    let gold = gold_analysis_with(&doc, &PairModel::empty());
    let mut raw = raw_analysis(&doc);
    reclassify(&mut raw, &PairModel::empty());
    let examples = examples(&doc, &gold);
    let raw_examples = self::examples(&doc, &raw);
    let spans: Vec<(tempora::Span, &str)> = doc
        .events
        .iter()
        .map(|e| (e.span, e.class.as_str()))
        .collect();
    let event_examples = document_examples(&doc.text, &spans);
    Doc {
        folder,
        doc,
        gold,
        raw,
        examples,
        raw_examples,
        event_examples,
    }
}

fn read_docs(dirs: &[PathBuf]) -> Result<Vec<Doc>> {
    let mut out = Vec::new();
    for (folder, dir) in dirs.iter().enumerate() {
        for (path, doc) in
            read_timeml_dir(dir).with_context(|| format!("cannot read {}", dir.display()))?
        {
            let doc = doc.with_context(|| format!("cannot parse {}", path.display()))?;
            out.push(read_doc(folder, doc));
        }
    }
    if out.is_empty() {
        bail!("no .tml documents found");
    }
    Ok(out)
}

/// The documents of `--extra`, for training only: a file that does not parse is skipped with
/// a message (machine-annotated sets have odd files), and a document whose id is also one of
/// `evaluated` stops the run, since it would be trained on where it is held out.
fn read_extra(dirs: &[PathBuf], evaluated: &[Doc]) -> Result<Vec<Doc>> {
    let ids: std::collections::HashSet<&str> =
        evaluated.iter().map(|d| d.doc.id.as_str()).collect();
    let mut out = Vec::new();
    let mut skipped = 0;
    for dir in dirs {
        for (path, doc) in
            read_timeml_dir(dir).with_context(|| format!("cannot read {}", dir.display()))?
        {
            let doc = match doc {
                Ok(doc) => doc,
                Err(e) => {
                    eprintln!("extra: skipped {}: {e}", path.display());
                    skipped += 1;
                    continue;
                }
            };
            if ids.contains(doc.id.as_str()) {
                bail!(
                    "extra document {} ({}) is also evaluated: extra documents are for training only",
                    doc.id,
                    path.display()
                );
            }
            out.push(read_doc(usize::MAX, doc));
        }
    }
    if !dirs.is_empty() {
        eprintln!(
            "{} extra documents for training only ({skipped} unreadable, skipped), {} candidate pairs",
            out.len(),
            out.iter().map(|d| d.examples.len()).sum::<usize>()
        );
    }
    Ok(out)
}

/// How the `--extra` documents train: each is used about `weight` times (document `i`
/// `floor((i+1)w) - floor(iw)` times, so 0.5 is every other one once and 2 all twice), with
/// the pairs of the kinds `kinds` keeps (in `KINDS` order), for the parts and models named.
#[derive(Clone, Copy, Debug, PartialEq)]
struct ExtraUse {
    weight: f64,
    kinds: [bool; 6],
    link: bool,
    relation: bool,
    net: bool,
    gold: bool,
    raw: bool,
}

/// The training pairs `extra` gives, as `how` says; with `raw`, also the pairs of tempora's
/// analysis of their raw text (read with the shipped event recogniser, which has not seen them).
fn extra_examples(extra: &[&Doc], how: ExtraUse, raw: bool) -> Vec<(PairKind, Example)> {
    let mut out = Vec::new();
    for (i, d) in extra.iter().enumerate() {
        let copies = ((i + 1) as f64 * how.weight).floor() - (i as f64 * how.weight).floor();
        let pairs = d
            .examples
            .iter()
            .chain(if raw { &d.raw_examples[..] } else { &[][..] })
            .filter(|(k, _)| how.kinds[KINDS.iter().position(|x| x == k).unwrap_or(0)]);
        for _ in 0..copies as usize {
            out.extend(pairs.clone().cloned());
        }
    }
    out
}

#[derive(Clone, Copy)]
struct Settings {
    /// Also train a network over the same features (`--learner net`).
    net: Option<NetSettings>,
    /// How the network and the perceptrons decide together.
    mix: Mix,
    epochs: usize,
    /// Added to the "no relation" weight of each pair kind (> 0 favours precision).
    none_bias: [i16; 6],
    /// Added to `none_bias` for the raw-text model only.
    raw_none_shift: [i16; 6],
    /// XORed into the perceptrons' shuffle seeds (0: the shipped models' order).
    seed: u64,
    prune: i16,
    /// Read the raw-text model's training documents with event recognisers that have not
    /// seen them, in this many parts (0: with the recogniser of the held-out documents).
    event_folds: usize,
    /// The `--bias` and `--rule-bias` of the event recognisers trained here (`train-events`).
    event_bias: (i16, i16),
    /// Each perceptron is the mean of this many trained in different orders (1: one).
    bag: usize,
    /// With a network, this many networks, trained in different orders from different
    /// initial weights, whose mean probabilities decide (1: one).
    net_bag: usize,
    /// The raw-text model's network settings and bag (`--raw-net-*`; the same as `net` and
    /// `net_bag` unless given).
    raw_net: Option<NetSettings>,
    raw_net_bag: usize,
    /// How the `--extra` documents train (when there are any).
    extra: ExtraUse,
}

fn perceptron(
    examples: &[Example],
    epochs: usize,
    seed: u64,
    prune: i16,
    bag: usize,
) -> tempora::event::model::Model {
    let examples: Vec<&Example> = examples.iter().collect();
    let one = |seed: u64, prune: i16| {
        let mut trainer = Trainer::new();
        trainer.train_shuffled(&examples, epochs, seed, |epoch, mistakes| {
            eprintln!(
                "  epoch {epoch:>2}: {mistakes} mistakes on {} pairs",
                examples.len()
            )
        });
        trainer.finish(prune)
    };
    if bag <= 1 {
        return one(seed, prune);
    }
    // The mean of `bag` perceptrons trained in different orders (the first in this one's),
    // each quantised to the same largest weight.
    let mut sum: HashMap<u32, [i32; tempora::event::model::LABELS]> = HashMap::new();
    for b in 0..bag as u64 {
        let model = one(seed ^ b.wrapping_mul(0x9E37_79B9_7F4A_7C15), 0);
        for (key, row) in model.weights() {
            let total = sum.entry(key).or_default();
            for (t, w) in total.iter_mut().zip(row) {
                *t += i32::from(w);
            }
        }
    }
    let n = bag as i32;
    tempora::event::model::Model::from_weights(sum.into_iter().filter_map(|(key, total)| {
        let row = total.map(|t| ((t + t.signum() * n / 2) / n) as i16);
        row.iter().any(|w| w.abs() > prune).then_some((key, row))
    }))
}

/// A pair model trained on the pairs of `docs` and `extra`, and on `silver` (the `--extra`
/// documents' pairs) in the parts `settings.extra` names.
fn train(
    docs: &[&Doc],
    extra: &[(PairKind, Example)],
    silver: &[(PairKind, Example)],
    settings: Settings,
    shift: [i16; 6],
) -> PairModel {
    let with = |on: bool| {
        docs.iter()
            .flat_map(|d| d.examples.iter())
            .chain(extra)
            .chain(if on { silver } else { &[][..] })
    };
    let how = settings.extra;
    let link: Vec<Example> = with(how.link)
        .map(|(_, e)| Example {
            features: e.features.clone(),
            label: usize::from(e.label != 0),
        })
        .collect();
    let relation: Vec<Example> = with(how.relation)
        .filter(|(_, e)| e.label != 0)
        .map(|(_, e)| e.clone())
        .collect();
    let mut model = PairModel {
        link: perceptron(
            &link,
            settings.epochs,
            0x7115_EED0_F7E3_F0AA ^ settings.seed,
            settings.prune,
            settings.bag,
        ),
        relation: perceptron(
            &relation,
            settings.epochs,
            0x0BE1_A7E5_0F7E_A0AA ^ settings.seed,
            settings.prune,
            settings.bag,
        ),
        ..PairModel::default()
    };
    for ((k, bias), shift) in KINDS.iter().zip(settings.none_bias).zip(shift) {
        let bias = bias.saturating_add(shift);
        if bias != 0 {
            model.link.adjust(bias_key(*k), 0, bias);
        }
    }
    if let Some(ns) = settings.net {
        let examples: Vec<(&[u32], usize)> = with(how.net)
            .map(|(_, e)| (&e.features[..], e.label))
            .collect();
        let started = Instant::now();
        // The training order follows --seed, as the perceptrons' does (0: the shipped one);
        // the bag's further networks XOR their number into it, as the perceptrons' bag does.
        let mut nets = (0..settings.net_bag.max(1) as u64).map(|b| {
            let ns = NetSettings {
                seed: ns.seed ^ settings.seed ^ b.wrapping_mul(0x9E37_79B9_7F4A_7C15),
                ..ns
            };
            net::train(&examples, ns, |epoch, loss| {
                eprintln!(
                    "  net epoch {epoch:>2}: mean loss {loss:.4} on {} pairs ({:.1}s)",
                    examples.len(),
                    started.elapsed().as_secs_f64()
                )
            })
        });
        model.net = nets.next().unwrap_or_default();
        model.net_bag = nets.collect();
        model.mix = settings.mix;
    }
    model
}

/// Per kind of pair (e-dct, t-dct, e-t, e-e, t-t): system links and how many the gold
/// closure verifies, with gold entities.
fn detail(docs: &[&Doc], model: &PairModel) -> io::Result<()> {
    let mut by: std::collections::BTreeMap<(String, String), (usize, usize)> = Default::default();
    for d in docs {
        let mut ga = d.gold.clone();
        reclassify(&mut ga, model);
        let system = analysis_tlinks(&d.doc, &ga);
        let links: Vec<&Tlink> = d.doc.tlinks.iter().collect();
        let mut closure = LinkGraph::new(&links);
        for l in &system {
            let kind = |e: &LinkEnd| match e {
                LinkEnd::Event(_) => "e",
                LinkEnd::Time(t) if *t == d.doc.dct_tid => "dct",
                LinkEnd::Time(_) => "t",
            };
            let k = format!("{}-{}", kind(&l.source), kind(&l.target));
            let entry = by.entry((k, l.rel_type.clone())).or_default();
            entry.0 += 1;
            entry.1 += usize::from(closure.entails(l));
        }
    }
    outln!("  reduced gold links, by kind of pair, and how many the system closure verifies:");
    let mut gold_by: std::collections::BTreeMap<(String, String), (usize, usize)> =
        Default::default();
    for d in docs {
        let mut ga = d.gold.clone();
        reclassify(&mut ga, model);
        let system = analysis_tlinks(&d.doc, &ga);
        let links: Vec<&Tlink> = system.iter().collect();
        let mut closure = LinkGraph::new(&links);
        for l in tempora::eval::tlinks::reduced(&d.doc.tlinks) {
            let kind = |e: &LinkEnd| match e {
                LinkEnd::Event(_) => "e",
                LinkEnd::Time(t) if *t == d.doc.dct_tid => "dct",
                LinkEnd::Time(_) => "t",
            };
            let k = format!("{}-{}", kind(&l.source), kind(&l.target));
            let entry = gold_by.entry((k, l.rel_type.clone())).or_default();
            entry.0 += 1;
            entry.1 += usize::from(closure.entails(l));
        }
    }
    for ((k, rel), (n, v)) in gold_by {
        outln!(
            "  {k:<6} {rel:<13} {n:>5} gold, {v:>5} verified ({:.1}%)",
            100.0 * v as f64 / n as f64
        );
    }
    outln!("  system links:");
    for ((k, rel), (n, v)) in by {
        outln!(
            "  {k:<6} {rel:<13} {n:>5} system, {v:>5} verified ({:.1}%)",
            100.0 * v as f64 / n as f64
        );
    }
    Ok(())
}

/// `cv --raw-detail`: counts over one held-out document read from raw text, added to `by`
/// (see `CvArgs::raw_detail`). Per key, two numbers: for links, written and verified; for
/// events, how many and the reduced links that touch them.
fn raw_detail(
    doc: &TimemlDocument,
    ga: &GoldAnalysis,
    model: &PairModel,
    by: &mut std::collections::BTreeMap<String, (usize, usize)>,
    words: bool,
) {
    let mut ga = ga.clone();
    reclassify(&mut ga, model);
    let system = analysis_tlinks(doc, &ga);
    let links: Vec<&Tlink> = doc.tlinks.iter().collect();
    let mut closure = LinkGraph::new(&links);
    let system_reduced = tempora::eval::tlinks::reduced(&system);
    {
        let sys: Vec<&Tlink> = system.iter().collect();
        let mut sys_closure = LinkGraph::new(&sys);
        let present = |e: &LinkEnd| match e {
            LinkEnd::Event(id) => ga.event_ids.contains(id),
            LinkEnd::Time(id) => *id == doc.dct_tid || ga.time_ids.contains(id),
        };
        for l in tempora::eval::tlinks::reduced(&doc.tlinks) {
            let kind = |e: &LinkEnd| match e {
                LinkEnd::Event(_) => "e",
                LinkEnd::Time(t) if *t == doc.dct_tid => "dct",
                LinkEnd::Time(_) => "t",
            };
            let k = format!(
                "gold {}-{} {}",
                kind(&l.source),
                kind(&l.target),
                match (present(&l.source), present(&l.target)) {
                    (true, true) => "both found",
                    (false, false) => "none found",
                    _ => "one missing",
                }
            );
            let entry = by.entry(k).or_default();
            entry.0 += 1;
            entry.1 += usize::from(sys_closure.entails(l));
        }
    }
    for (i, e) in ga.analysis.events.iter().enumerate() {
        let id = &ga.event_ids[i];
        let links = system_reduced
            .iter()
            .filter(|l| {
                l.source == LinkEnd::Event(id.clone()) || l.target == LinkEnd::Event(id.clone())
            })
            .count();
        // (-1: a structural rule kept an event the model left out; -999: no margin.)
        let m = e
            .recognition
            .map_or(-999, |r| if r < 0 { -1 } else { r / 10000 });
        let k = format!(
            "ev margin {:>4} {}",
            m,
            if id.starts_with("tempora-") {
                "spurious"
            } else {
                "matched"
            }
        );
        let entry = by.entry(k).or_default();
        entry.0 += 1;
        entry.1 += links;
        if words && id.starts_with("tempora-") {
            let w = doc
                .text
                .get(e.head.start..e.head.end)
                .unwrap_or("")
                .to_lowercase();
            let pos = match e.pos {
                tempora::event::EventPos::Verb => "verb",
                tempora::event::EventPos::Noun => "noun",
            };
            let entry = by.entry(format!("word spurious {pos} {w}")).or_default();
            entry.0 += 1;
            entry.1 += links;
        }
    }
    if words {
        // The gold events tempora did not find, with the reduced gold links they carry.
        let gold_reduced = tempora::eval::tlinks::reduced(&doc.tlinks);
        for inst in &doc.instances {
            if ga.event_ids.contains(&inst.eiid) {
                continue;
            }
            let Some(ev) = doc.events.iter().find(|g| g.eid == inst.event_id) else {
                continue;
            };
            let id = LinkEnd::Event(inst.eiid.clone());
            let links = gold_reduced
                .iter()
                .filter(|l| l.source == id || l.target == id)
                .count();
            let w = doc
                .text
                .get(ev.span.start..ev.span.end)
                .unwrap_or("")
                .to_lowercase();
            let entry = by
                .entry(format!("word missed {} {w}", ev.class))
                .or_default();
            entry.0 += 1;
            entry.1 += links;
        }
    }
    for l in &system_reduced {
        let kind = |e: &LinkEnd| match e {
            LinkEnd::Event(_) => "e",
            LinkEnd::Time(t) if *t == doc.dct_tid => "dct",
            LinkEnd::Time(_) => "t",
        };
        let spurious = |e: &LinkEnd| match e {
            LinkEnd::Event(id) | LinkEnd::Time(id) => id.starts_with("tempora-"),
        };
        let k = format!(
            "system {}-{} {} {}",
            kind(&l.source),
            kind(&l.target),
            l.rel_type,
            if spurious(&l.source) || spurious(&l.target) {
                "spurious"
            } else {
                "matched"
            }
        );
        let entry = by.entry(k).or_default();
        entry.0 += 1;
        entry.1 += usize::from(closure.entails(l));
    }
}

/// Awareness of one analysis of `doc` with `model`.
fn score_one(doc: &TimemlDocument, ga: &GoldAnalysis, model: &PairModel) -> AwarenessCounts {
    let mut ga = ga.clone();
    reclassify(&mut ga, model);
    awareness(&doc.tlinks, &analysis_tlinks(doc, &ga))
}

/// tempora's analysis of a document's raw text with the event model `events`, without the
/// classifier's relations (the sieves' relations are features).
fn raw_without_classifier(
    doc: &TimemlDocument,
    events: &tempora::event::model::Model,
) -> GoldAnalysis {
    let mut raw = raw_analysis_with(doc, events);
    reclassify(&mut raw, &PairModel::empty());
    raw
}

/// The training pairs of tempora's analysis of each document of `docs`, its raw text read with
/// an event recogniser that has not seen it: `docs` split into `folds` parts as the outer
/// cross-validation splits its documents, each part read with the recogniser trained on the
/// others (a jackknife). The recogniser's margin is a pair feature, and on a document it was
/// trained on that margin is higher, and its spurious events rarer, than on new text; pairs
/// read this way teach the raw-text model how the events of unseen text look. In document
/// order.
fn jackknifed_raw_examples(
    docs: &[&Doc],
    folds: usize,
    event_bias: (i16, i16),
) -> Vec<(PairKind, Example)> {
    let mut per_doc: Vec<Vec<(PairKind, Example)>> = vec![Vec::new(); docs.len()];
    for j in 0..folds {
        let events = event_model(&tempora::eval::training_part(docs, folds, j), event_bias);
        for i in (j..docs.len()).step_by(folds) {
            per_doc[i] = examples(&docs[i].doc, &raw_without_classifier(&docs[i].doc, &events));
        }
    }
    per_doc.into_iter().flatten().collect()
}

/// The event recogniser trained on `docs`, as `train-events` trains it with `--bias bias
/// --rule-bias rule_bias`.
fn event_model(docs: &[&Doc], (bias, rule_bias): (i16, i16)) -> tempora::event::model::Model {
    let examples: Vec<&Example> = docs.iter().flat_map(|d| &d.event_examples).collect();
    let settings = Training {
        bias,
        rule_bias,
        ..Training::default()
    };
    model::train(&examples, settings, |_, _| {})
}

fn print_matres(title: &str, r: &MatresReport) -> io::Result<()> {
    outln!("== {title}");
    outln!(
        "matres         P {:.4}  R {:.4}  F1 {:.4}  accuracy {:.4}  ({} pairs, {} found)",
        r.precision,
        r.recall,
        r.f1,
        r.accuracy,
        r.pairs,
        r.found
    );
    Ok(())
}

/// The gold-entity analysis (sieves only) of a document of `all` (for a MATRES document
/// that no fold held out, which cannot happen: every document is held out once).
fn doc_gold(all: &[&Doc], doc: &TimemlDocument) -> GoldAnalysis {
    all.iter().find(|d| d.doc.id == doc.id).map_or_else(
        || gold_analysis_with(doc, &PairModel::empty()),
        |d| d.gold.clone(),
    )
}

/// The two pair models: for gold entities, trained on their pairs; for tempora's own
/// entities, trained on those pairs and on the pairs of its analysis of the raw text.
struct Models {
    gold: PairModel,
    raw: PairModel,
}

impl Models {
    fn empty() -> Models {
        Models {
            gold: PairModel::empty(),
            raw: PairModel::empty(),
        }
    }

    /// Both models trained on `docs`, the raw-text one also on `raw_examples`, and both on
    /// the `extra` documents as `settings.extra` says (never scored: `--extra`).
    fn train(
        docs: &[&Doc],
        raw_examples: &[(PairKind, Example)],
        extra: &[&Doc],
        settings: Settings,
    ) -> Models {
        let how = settings.extra;
        let silver = |on: bool, raw: bool| {
            if on {
                extra_examples(extra, how, raw)
            } else {
                Vec::new()
            }
        };
        let raw_settings = Settings {
            net: settings.raw_net,
            net_bag: settings.raw_net_bag,
            ..settings
        };
        Models {
            gold: train(docs, &[], &silver(how.gold, false), settings, [0; 6]),
            raw: train(
                docs,
                raw_examples,
                &silver(how.raw, true),
                raw_settings,
                settings.raw_none_shift,
            ),
        }
    }
}

/// Awareness with gold entities and from raw text, summed over `docs`, with `models`.
fn score(docs: &[&Doc], models: &Models) -> (AwarenessCounts, AwarenessCounts) {
    let mut gold = AwarenessCounts::default();
    let mut raw = AwarenessCounts::default();
    for d in docs {
        for (ga, model, total) in [
            (&d.gold, &models.gold, &mut gold),
            (&d.raw, &models.raw, &mut raw),
        ] {
            let mut ga = ga.clone();
            reclassify(&mut ga, model);
            let system = analysis_tlinks(&d.doc, &ga);
            total.add(&awareness(&d.doc.tlinks, &system));
        }
    }
    (gold, raw)
}

fn print(title: &str, (gold, raw): (AwarenessCounts, AwarenessCounts)) -> io::Result<()> {
    outln!("== {title}");
    for (name, c) in [("gold entities", gold), ("raw text", raw)] {
        if c.system == 0 && c.gold_reduced == 0 {
            continue;
        }
        outln!(
            "{name:<14} P {:.4}  R {:.4}  F1 {:.4}  ({} of {} system verified, {} of {} reduced gold)",
            c.precision(),
            c.recall(),
            c.f1(),
            c.system_verified,
            c.system,
            c.gold_verified,
            c.gold_reduced
        );
    }
    Ok(())
}

/// Label accuracy per pair kind on held-out examples (classifier alone, no graph).
fn confusion(docs: &[&Doc], model: &PairModel) -> io::Result<()> {
    for kind in KINDS {
        let mut n = 0;
        let mut correct = 0;
        let mut gold_links = 0;
        let mut predicted_links = 0;
        let mut correct_links = 0;
        for d in docs {
            for (k, e) in &d.examples {
                if *k != kind {
                    continue;
                }
                let p = model.predict(&e.features);
                n += 1;
                correct += usize::from(p == e.label);
                gold_links += usize::from(e.label != 0);
                predicted_links += usize::from(p != 0);
                correct_links += usize::from(p != 0 && p == e.label);
            }
        }
        let mut m = [[0usize; 6]; 6];
        for d in docs {
            for (k, e) in &d.examples {
                if *k == kind && e.label != 0 {
                    let p = model.relation_only(&e.features);
                    m[e.label][p] += 1;
                }
            }
        }
        outln!("  {kind:?} relation type on linked pairs (rows gold, columns predicted): {m:?}");
        outln!(
            "  {kind:?}: {n} pairs, {gold_links} linked in gold, {predicted_links} predicted, {correct_links} right ({:.1}% accuracy)",
            100.0 * correct as f64 / n.max(1) as f64
        );
    }
    Ok(())
}

/// What `--help` says about the environment.
const ENV_HELP: &str = "Environment:
  TLINK_LABELS=direct  label the training pairs with the gold TLINKs alone; by default a pair
                       without one is labelled with what the gold closure entails about it";

/// Trains and measures tempora's pair classifier.
///
/// Documents are read in folder order, then file-name order. Two models are trained: one on the
/// candidate pairs of the gold entities (for gold entities), one also on those of tempora's own
/// analysis of the raw text (for everything else). Training is deterministic: the same data and
/// settings always give the same models, byte for byte. Scores are TempEval-3 temporal
/// awareness over the whole relation stage, as `tempora eval tlinks` computes them.
#[derive(Debug, Parser)]
#[command(name = "train-tlinks", after_help = ENV_HELP)]
struct Cli {
    #[command(subcommand)]
    mode: Mode,
}

#[derive(Debug, Subcommand)]
enum Mode {
    /// k-fold cross-validation by document (fold k holds documents i with i % folds == k).
    ///
    /// The raw-text figures use an event recogniser trained on the same training folds
    /// (train-events' settings), unless --shipped-events.
    #[command(after_help = ENV_HELP)]
    Cv(CvArgs),
    /// Train on one folder, test on another.
    #[command(after_help = ENV_HELP)]
    Split {
        #[command(flatten)]
        settings: SettingsArgs,
        /// Folder of TimeML documents to train on.
        train_dir: PathBuf,
        /// Folder of TimeML documents to test on.
        test_dir: PathBuf,
    },
    /// Train on every document, write the models and print the in-sample figures.
    #[command(after_help = ENV_HELP)]
    Train {
        /// Write the raw-text model here (src/relation/tlinks.model is the shipped one).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Write the gold-entity model here (src/relation/tlinks-gold.model is the shipped one).
        #[arg(long, value_name = "FILE")]
        out_gold: Option<PathBuf>,
        #[command(flatten)]
        settings: SettingsArgs,
        /// Folders of TimeML (.tml) documents.
        #[arg(value_name = "DIR", required = true)]
        dirs: Vec<PathBuf>,
    },
    /// The ceiling of the candidate set: gold labels on every candidate pair, gold entities.
    #[command(after_help = ENV_HELP)]
    Oracle {
        /// Folders of TimeML (.tml) documents.
        #[arg(value_name = "DIR", required = true)]
        dirs: Vec<PathBuf>,
    },
}

#[derive(Debug, Args)]
struct CvArgs {
    /// Number of folds.
    #[arg(long, value_name = "K", default_value_t = 5,
          value_parser = parse_folds)]
    folds: usize,
    /// Read the raw text with the shipped event recogniser (which has seen every document).
    #[arg(long)]
    shipped_events: bool,
    /// Also score the held-out documents' MATRES pairs (start points, as `tempora eval
    /// matres`) from these files.
    #[arg(long, value_name = "FILE,...", value_delimiter = ',')]
    matres: Vec<PathBuf>,
    /// Further mixes (see --mix) scored with the same trained models, separated by ';'.
    #[arg(long, value_name = "MIX;...", value_delimiter = ';', allow_hyphen_values = true,
          value_parser = parse_mix)]
    mixes: Vec<Mix>,
    /// Also print, from raw text, the held-out links written by kind of pair and label and
    /// whether they touch an entity with no gold counterpart; the reduced gold links by kind
    /// and whether both their entities were found; and tempora's events by the recogniser's
    /// margin (in steps of 10,000), found or spurious, with the links each kind carries.
    #[arg(long)]
    raw_detail: bool,
    /// --raw-detail, and per word: tempora's events with no gold counterpart (by part of
    /// speech) and the gold events it did not find (by class), each with the reduced links
    /// they carry (written, or gold).
    #[arg(long)]
    raw_words: bool,
    /// Further raw-text "no relation" shifts (see --raw-none-shift) scored with the same
    /// trained models, separated by ';'.
    #[arg(long, value_name = "SHIFT;...", value_delimiter = ';', allow_hyphen_values = true,
          value_parser = parse_none_shift)]
    raw_shifts: Vec<NoneBias>,
    #[command(flatten)]
    settings: SettingsArgs,
    /// Folders of TimeML (.tml) documents.
    #[arg(value_name = "DIR", required = true)]
    dirs: Vec<PathBuf>,
}

/// How the pair models are trained; the defaults are those of the shipped models.
#[derive(Debug, Args)]
struct SettingsArgs {
    /// Passes over the training pairs.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_EPOCHS)]
    epochs: usize,
    /// Features whose quantised weights all lie within this distance of zero are dropped.
    #[arg(long, value_name = "W", default_value_t = DEFAULT_PRUNE, allow_negative_numbers = true)]
    prune: i16,
    /// XORed into the perceptrons' shuffle seeds (0 gives the shipped models' order).
    #[arg(long, value_name = "S", default_value_t = 0)]
    seed: u64,
    /// Each perceptron is the mean of this many trained in different training orders (the
    /// first in the order --seed gives), each quantised before the mean.
    #[arg(long, value_name = "N", default_value_t = 1)]
    bag: usize,
    /// With --learner net: train this many networks, each in its own order from its own
    /// initial weights (the first as without the flag), and decide with the mean of their
    /// probabilities (an experiment).
    #[arg(long, value_name = "K", default_value_t = 1)]
    net_bag: usize,
    /// With --learner net: the networks of the raw-text model alone (shipped: 2, from the
    /// fourteenth session; `docs/accuracy.md`, *A raw-text margin within the size budget*).
    #[arg(long, value_name = "K", default_value_t = 2)]
    raw_net_bag: usize,
    /// With --learner net: --net-dim for the raw-text model alone (default: --net-dim).
    #[arg(long, value_name = "N")]
    raw_net_dim: Option<usize>,
    /// With --learner net: --net-min-count for the raw-text model alone (shipped: 8, which
    /// keeps its two networks within the size of the one it had).
    #[arg(long, value_name = "N", default_value_t = 8)]
    raw_net_min_count: usize,
    /// With --learner net: --net-epochs for the raw-text model alone (default: --net-epochs).
    #[arg(long, value_name = "N")]
    raw_net_epochs: Option<usize>,
    /// With --learner net: --net-l2 for the raw-text model alone (default: --net-l2).
    #[arg(long, value_name = "L")]
    raw_net_l2: Option<f32>,
    /// Read the raw-text model's training documents with event recognisers that have not seen
    /// them (a jackknife in this many parts: the margins and the spurious events of unseen
    /// text); 0 or 1 reads them with the recogniser of the held-out documents (`cv`) or the
    /// shipped one (`train`), which have seen them.
    #[arg(long, value_name = "N", default_value_t = 0)]
    event_folds: usize,
    /// The "no event" shifts (`train-events --bias` and `--rule-bias`) of the event recognisers
    /// trained here (the fold recognisers of `cv`, the jackknife's); > 0 favours recall.
    #[arg(long, value_name = "B,R", allow_hyphen_values = true, value_parser = parse_event_bias,
          default_value = "5000,10000")]
    event_bias: EventBias,
    /// Added to the "no relation" weight per kind of pair (publish date, time–publish date,
    /// event–time, same sentence, adjacent sentences, same lemma), in quantised units (the
    /// largest weight is 32000); > 0 favours precision. Fewer than six numbers leave the rest
    /// at their defaults.
    #[arg(long, value_name = "E,T,ET,EE,EN,EL", allow_hyphen_values = true,
          value_parser = parse_none_bias, default_value_t = NoneBias(DEFAULT_NONE_BIAS))]
    none_bias: NoneBias,
    /// Added to --none-bias for the raw-text model only, per kind of pair (as --none-bias;
    /// fewer than six numbers leave the rest at 0).
    #[arg(long, value_name = "E,T,ET,EE,EN,EL", allow_hyphen_values = true,
          value_parser = parse_none_shift, default_value_t = NoneBias([0; 6]))]
    raw_none_shift: NoneBias,
    /// The perceptrons alone, or the perceptrons and a small network over the same features
    /// (shipped).
    #[arg(long, value_enum, default_value_t = Learner::Net)]
    learner: Learner,
    /// With --learner net, how the network and the perceptrons decide together: the link
    /// log-odds bias per kind of pair, then the weights of the perceptrons' link and relation
    /// scores (seven numbers: the same-lemma pairs take B5; all 0: the network alone).
    #[arg(long, value_name = "B1,B2,B3,B4,B5,B6,PL,PR", allow_hyphen_values = true,
          value_parser = parse_mix, default_value = DEFAULT_MIX)]
    mix: Mix,
    #[command(flatten)]
    net: NetArgs,
    /// Folders of TimeML documents used only for training, in every fold of `cv` (never held
    /// out, never scored), e.g. the TempEval-3 silver sample (machine annotation); a file that
    /// does not parse is skipped with a message, a document also evaluated stops the run.
    #[arg(long, value_name = "DIR,...", value_delimiter = ',')]
    extra: Vec<PathBuf>,
    /// How many times each --extra document is used per training (0.5: every other one, 2:
    /// each twice).
    #[arg(long, value_name = "W", default_value_t = 1.0, value_parser = parse_extra_weight)]
    extra_weight: f64,
    /// The kinds of --extra pairs trained on: e-dct, t-dct, e-t, e-e, e-e-next, e-e-lemma.
    #[arg(long, value_name = "KIND,...", value_delimiter = ',', value_parser = parse_kind,
          default_value = "e-dct,t-dct,e-t,e-e,e-e-next,e-e-lemma")]
    extra_kinds: Vec<usize>,
    /// The parts that learn from the --extra pairs: link (the link perceptron), relation (the
    /// relation perceptron), net (the network).
    #[arg(
        long,
        value_name = "PART,...",
        value_delimiter = ',',
        default_value = "link,relation,net"
    )]
    extra_parts: Vec<ExtraPart>,
    /// The models that learn from the --extra pairs: gold (gold entities), raw (raw text, also
    /// from the --extra documents' raw text read with the shipped event recogniser).
    #[arg(
        long,
        value_name = "MODEL,...",
        value_delimiter = ',',
        default_value = "gold,raw"
    )]
    extra_models: Vec<ExtraModel>,
}

/// A part of a pair model (`--extra-parts`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ExtraPart {
    Link,
    Relation,
    Net,
}

/// One of the two pair models (`--extra-models`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ExtraModel {
    Gold,
    Raw,
}

/// The names of `KINDS`, as `--extra-kinds` takes them.
const KIND_NAMES: [&str; 6] = ["e-dct", "t-dct", "e-t", "e-e", "e-e-next", "e-e-lemma"];

fn parse_kind(text: &str) -> Result<usize, String> {
    KIND_NAMES.iter().position(|n| *n == text).ok_or_else(|| {
        format!(
            "unknown kind of pair {text:?} (one of {})",
            KIND_NAMES.join(", ")
        )
    })
}

fn parse_extra_weight(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(w) if w.is_finite() && w >= 0.0 => Ok(w),
        _ => Err(format!("{text:?} is not a number ≥ 0")),
    }
}

/// The network's settings (used with `--learner net`).
#[derive(Debug, Args)]
struct NetArgs {
    /// With --learner net: hidden units.
    #[arg(long, value_name = "N", default_value_t = NetSettings::default().dim)]
    net_dim: usize,
    /// With --learner net: passes over the pairs.
    #[arg(long, value_name = "N", default_value_t = NetSettings::default().epochs)]
    net_epochs: usize,
    /// With --learner net: Adagrad's learning rate.
    #[arg(long, value_name = "R", default_value_t = NetSettings::default().rate,
          allow_negative_numbers = true)]
    net_rate: f32,
    /// With --learner net: L2 penalty on the rows a step touches.
    #[arg(long, value_name = "L", default_value_t = NetSettings::default().l2,
          allow_negative_numbers = true)]
    net_l2: f32,
    /// With --learner net: seeds the initial weights and the shuffles (--seed is XORed into
    /// it, as into the perceptrons' seeds).
    #[arg(long, value_name = "S", default_value_t = NetSettings::default().seed)]
    net_seed: u64,
    /// With --learner net: share of each pair's features left out of its step.
    #[arg(long, value_name = "P", default_value_t = NetSettings::default().dropout,
          allow_negative_numbers = true)]
    net_dropout: f32,
    /// With --learner net: keep the mean of the weights over the last pass (an experiment).
    #[arg(long)]
    net_average: bool,
    /// With --learner net: features seen in fewer training pairs get no row.
    #[arg(long, value_name = "N", default_value_t = NetSettings::default().min_count)]
    net_min_count: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Learner {
    /// The averaged perceptrons alone.
    Perceptron,
    /// The perceptrons and a network, as --mix says (shipped).
    Net,
}

/// The event recognisers' "no event" shifts (`--event-bias B,R`).
#[derive(Debug, Clone, Copy)]
struct EventBias(i16, i16);

fn parse_event_bias(text: &str) -> Result<EventBias, String> {
    let parts: Vec<&str> = text.split(',').collect();
    let [b, r] = parts[..] else {
        return Err("two numbers: B,R (the --bias and --rule-bias of train-events)".into());
    };
    let number = |x: &str| {
        x.trim()
            .parse::<i16>()
            .map_err(|e| format!("{x:?} is not a weight: {e}"))
    };
    Ok(EventBias(number(b)?, number(r)?))
}

/// The "no relation" bias per kind of pair (`--none-bias`).
#[derive(Debug, Clone, Copy)]
struct NoneBias([i16; 6]);

impl std::fmt::Display for NoneBias {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let list: Vec<String> = self.0.iter().map(i16::to_string).collect();
        f.write_str(&list.join(","))
    }
}

/// `--folds`: a whole number, at least 2.
fn parse_folds(text: &str) -> Result<usize, String> {
    match text.parse::<usize>() {
        Ok(k) if k >= 2 => Ok(k),
        Ok(_) => Err("cross-validation needs at least 2 folds".into()),
        Err(e) => Err(e.to_string()),
    }
}

/// `E,T,ET,EE,EN,EL`: up to six numbers, the rest at their defaults.
fn parse_none_bias(text: &str) -> Result<NoneBias, String> {
    parse_bias_list(text, DEFAULT_NONE_BIAS)
}

/// `E,T,ET,EE,EN,EL`: up to six numbers, the rest 0.
fn parse_none_shift(text: &str) -> Result<NoneBias, String> {
    parse_bias_list(text, [0; 6])
}

/// Up to six weights over `defaults`.
fn parse_bias_list(text: &str, defaults: [i16; 6]) -> Result<NoneBias, String> {
    let mut bias = defaults;
    let items: Vec<&str> = text.split(',').collect();
    if items.len() > bias.len() {
        return Err(format!(
            "at most {} numbers, got {}",
            bias.len(),
            items.len()
        ));
    }
    for (slot, x) in bias.iter_mut().zip(items) {
        *slot = x
            .trim()
            .parse()
            .map_err(|e| format!("{:?} is not a weight (-32768..=32767): {e}", x.trim()))?;
    }
    Ok(NoneBias(bias))
}

/// `B1,B2,B3,B4,B5,B6,PL,PR`, or seven numbers as before the same-lemma pairs (which then
/// take the adjacent sentences' bias).
fn parse_mix(text: &str) -> Result<Mix, String> {
    let v: Vec<f32> = text
        .split(',')
        .map(|x| {
            x.trim()
                .parse::<f32>()
                .map_err(|e| format!("{:?} is not a number: {e}", x.trim()))
        })
        .collect::<Result<_, _>>()?;
    let (link_bias, pl, pr) = match v[..] {
        [a, b, c, d, e, f, pl, pr] => ([a, b, c, d, e, f], pl, pr),
        [a, b, c, d, e, pl, pr] => ([a, b, c, d, e, e], pl, pr),
        _ => return Err(
            "a mix is 8 numbers: 6 link biases, perceptron link and relation weights (or 7: 5 biases, the sixth = the fifth)".into()
        ),
    };
    Ok(Mix {
        link_bias,
        perceptron_link: pl,
        perceptron_relation: pr,
    })
}

impl SettingsArgs {
    fn settings(&self) -> Settings {
        let net = &self.net;
        let net_settings = (self.learner == Learner::Net).then_some(NetSettings {
            dim: net.net_dim,
            epochs: net.net_epochs,
            rate: net.net_rate,
            l2: net.net_l2,
            min_count: net.net_min_count,
            dropout: net.net_dropout,
            seed: net.net_seed,
            average: net.net_average,
        });
        Settings {
            net: net_settings,
            raw_net: net_settings.map(|ns| NetSettings {
                dim: self.raw_net_dim.unwrap_or(ns.dim),
                min_count: self.raw_net_min_count,
                epochs: self.raw_net_epochs.unwrap_or(ns.epochs),
                l2: self.raw_net_l2.unwrap_or(ns.l2),
                ..ns
            }),
            raw_net_bag: self.raw_net_bag,
            mix: self.mix,
            epochs: self.epochs,
            none_bias: self.none_bias.0,
            raw_none_shift: self.raw_none_shift.0,
            seed: self.seed,
            prune: self.prune,
            event_folds: self.event_folds,
            event_bias: (self.event_bias.0, self.event_bias.1),
            bag: self.bag,
            net_bag: self.net_bag,
            extra: ExtraUse {
                weight: self.extra_weight,
                kinds: std::array::from_fn(|k| self.extra_kinds.contains(&k)),
                link: self.extra_parts.contains(&ExtraPart::Link),
                relation: self.extra_parts.contains(&ExtraPart::Relation),
                net: self.extra_parts.contains(&ExtraPart::Net),
                gold: self.extra_models.contains(&ExtraModel::Gold),
                raw: self.extra_models.contains(&ExtraModel::Raw),
            },
        }
    }
}

/// Exit code 0 on success, 2 on usage or input errors (as `tempora`).
fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    match run(cli.mode) {
        Ok(()) => ExitCode::SUCCESS,
        // As the `tempora` command line: a reader that stops early (`| head`) is not an error.
        Err(e) if tempora::error::is_broken_pipe(e.as_ref()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn run(mode: Mode) -> Result<()> {
    let dirs = match &mode {
        Mode::Cv(CvArgs { dirs, .. }) | Mode::Train { dirs, .. } | Mode::Oracle { dirs } => {
            dirs.clone()
        }
        Mode::Split {
            train_dir,
            test_dir,
            ..
        } => vec![train_dir.clone(), test_dir.clone()],
    };
    // (Read before the documents, so that a wrong file name fails at once.)
    let matres = match &mode {
        Mode::Cv(args) => read_matres(&args.matres)?,
        _ => String::new(),
    };
    let started = Instant::now();
    let docs = read_docs(&dirs)?;
    eprintln!(
        "{} documents, {} candidate pairs, labels {:?} ({:.1}s)",
        docs.len(),
        docs.iter().map(|d| d.examples.len()).sum::<usize>(),
        LABELS,
        started.elapsed().as_secs_f64()
    );
    let extra_dirs = match &mode {
        Mode::Cv(CvArgs { settings, .. })
        | Mode::Split { settings, .. }
        | Mode::Train { settings, .. } => settings.extra.clone(),
        Mode::Oracle { .. } => Vec::new(),
    };
    let extra = read_extra(&extra_dirs, &docs)?;
    let extra: Vec<&Doc> = extra.iter().collect();
    let all: Vec<&Doc> = docs.iter().collect();
    match mode {
        Mode::Cv(args) => cv(&all, &extra, &dirs, &args, &matres)?,
        Mode::Oracle { .. } => oracle(&all)?,
        Mode::Split {
            settings,
            train_dir,
            test_dir,
        } => {
            let train_docs: Vec<&Doc> = docs.iter().filter(|d| d.folder == 0).collect();
            let test_docs: Vec<&Doc> = docs.iter().filter(|d| d.folder == 1).collect();
            let raw_examples: Vec<(PairKind, Example)> = train_docs
                .iter()
                .flat_map(|d| d.raw_examples.iter().cloned())
                .collect();
            let models = Models::train(&train_docs, &raw_examples, &extra, settings.settings());
            confusion(&test_docs, &models.gold)?;
            print(
                "sieves alone (no classifier), test folder",
                score(&test_docs, &Models::empty()),
            )?;
            print(
                &format!(
                    "trained on {} ({} documents), tested on {} ({} documents)",
                    train_dir.display(),
                    train_docs.len(),
                    test_dir.display(),
                    test_docs.len()
                ),
                score(&test_docs, &models),
            )?;
        }
        Mode::Train {
            out,
            out_gold,
            settings,
            ..
        } => {
            let settings = settings.settings();
            let raw_examples: Vec<(PairKind, Example)> = if settings.event_folds > 1 {
                jackknifed_raw_examples(&all, settings.event_folds, settings.event_bias)
            } else {
                all.iter()
                    .flat_map(|d| d.raw_examples.iter().cloned())
                    .collect()
            };
            let models = Models::train(&all, &raw_examples, &extra, settings);
            for (name, model, out) in [
                ("raw text", &models.raw, &out),
                ("gold entities", &models.gold, &out_gold),
            ] {
                let bytes = model.to_bytes();
                eprintln!(
                    "{name}: {} + {} features, network {} features{}, {} bytes",
                    model.link.len(),
                    model.relation.len(),
                    model.net.len(),
                    model
                        .net_bag
                        .iter()
                        .map(|n| format!(" + {}", n.len()))
                        .collect::<String>(),
                    bytes.len()
                );
                if let Some(out) = out {
                    std::fs::write(out, &bytes)
                        .with_context(|| format!("cannot write {}", out.display()))?;
                }
            }
            print(
                "in-sample (trained and tested on the same documents)",
                score(&all, &models),
            )?;
        }
    }
    eprintln!("done in {:.1}s", started.elapsed().as_secs_f64());
    Ok(())
}

/// The MATRES files (`--matres`), one after the other.
fn read_matres(files: &[PathBuf]) -> Result<String> {
    let mut text = String::new();
    for f in files {
        text.push_str(
            &std::fs::read_to_string(f).with_context(|| format!("cannot read {}", f.display()))?,
        );
        text.push('\n');
    }
    Ok(text)
}

/// The ceiling of the candidate set: gold labels on every candidate pair.
fn oracle(all: &[&Doc]) -> io::Result<()> {
    let mut t = AwarenessCounts::default();
    for d in all {
        let mut ga = d.gold.clone();
        let input = d.gold.analysis.relation_input();
        let cands = candidates(&input);
        let evidence = tempora::Span::new(0, 0);
        for (c, (_, e)) in cands.iter().zip(&d.examples) {
            if let Some(r) = tempora::relation::classifier::relation(c, e.label, evidence) {
                ga.analysis.relations.push(r);
            }
        }
        let system = analysis_tlinks(&d.doc, &ga);
        t.add(&awareness(&d.doc.tlinks, &system));
    }
    print(
        "oracle: gold labels on the candidate pairs",
        (t, AwarenessCounts::default()),
    )?;
    Ok(())
}

/// k-fold cross-validation by document: the pooled held-out figures, per folder and in all.
///
/// The `extra` documents (`--extra`) join the training documents of every fold and are never
/// held out: only `all` is split into folds and scored.
fn cv(
    all: &[&Doc],
    extra: &[&Doc],
    dirs: &[PathBuf],
    args: &CvArgs,
    matres: &str,
) -> io::Result<()> {
    let folds = args.folds;
    let shipped_events = args.shipped_events;
    let settings = args.settings.settings();
    // The first mix is the trained models' own; the others are scored with the same models.
    let mixes: Vec<Mix> = std::iter::once(settings.mix)
        .chain(args.mixes.iter().copied())
        .collect();
    print("sieves alone (no classifier)", score(all, &Models::empty()))?;
    let mut per_doc = vec![(AwarenessCounts::default(), AwarenessCounts::default()); all.len()];
    let mut sieves_raw = AwarenessCounts::default();
    let mut held_out: HashMap<String, GoldAnalysis> = HashMap::new();
    let mut grid = vec![(AwarenessCounts::default(), AwarenessCounts::default()); mixes.len()];
    let mut shift_grid = vec![AwarenessCounts::default(); args.raw_shifts.len()];
    let mut raw_by: std::collections::BTreeMap<String, (usize, usize)> = Default::default();
    // With a network, the same folds' perceptrons are also scored without it (they are
    // trained exactly as without --learner net), so that one run measures both.
    let with_net = settings.net.is_some();
    let mut perceptrons_alone = (AwarenessCounts::default(), AwarenessCounts::default());
    let mut held_out_perceptrons: HashMap<String, GoldAnalysis> = HashMap::new();
    for k in 0..folds {
        let train_docs: Vec<&Doc> = tempora::eval::training_part(all, folds, k);
        eprintln!(
            "fold {}/{folds}: training on {} documents and {} extra",
            k + 1,
            train_docs.len(),
            extra.len()
        );
        let events = (!shipped_events).then(|| event_model(&train_docs, settings.event_bias));
        // The raw-text model also learns from the training documents' raw text, read
        // with the same event model as the held-out ones.
        let raw_examples: Vec<(PairKind, Example)> = match &events {
            Some(_) if settings.event_folds > 1 => {
                jackknifed_raw_examples(&train_docs, settings.event_folds, settings.event_bias)
            }
            Some(events) => train_docs
                .iter()
                .flat_map(|d| examples(&d.doc, &raw_without_classifier(&d.doc, events)))
                .collect(),
            None => train_docs
                .iter()
                .flat_map(|d| d.raw_examples.iter().cloned())
                .collect(),
        };
        let mut models = Models::train(&train_docs, &raw_examples, extra, settings);
        for (m, mix) in mixes.iter().enumerate().skip(1) {
            models.gold.mix = *mix;
            models.raw.mix = *mix;
            for i in (k..all.len()).step_by(folds) {
                let d = all[i];
                let raw = match &events {
                    Some(events) => raw_without_classifier(&d.doc, events),
                    None => d.raw.clone(),
                };
                grid[m].0.add(&score_one(&d.doc, &d.gold, &models.gold));
                grid[m].1.add(&score_one(&d.doc, &raw, &models.raw));
            }
        }
        models.gold.mix = settings.mix;
        models.raw.mix = settings.mix;
        for (shift, counts) in args.raw_shifts.iter().zip(&mut shift_grid) {
            let mut raw_model = models.raw.clone();
            for (kind, delta) in KINDS.iter().zip(shift.0) {
                if delta != 0 {
                    raw_model.link.adjust(bias_key(*kind), 0, delta);
                }
            }
            for i in (k..all.len()).step_by(folds) {
                let d = all[i];
                let raw = match &events {
                    Some(events) => raw_without_classifier(&d.doc, events),
                    None => d.raw.clone(),
                };
                counts.add(&score_one(&d.doc, &raw, &raw_model));
            }
        }
        let perceptrons = with_net.then(|| {
            let mut p = Models {
                gold: models.gold.clone(),
                raw: models.raw.clone(),
            };
            for m in [&mut p.gold, &mut p.raw] {
                m.net = Net::default();
                m.net_bag.clear();
            }
            p
        });
        let model = &models.gold;
        if k == 0 {
            let test_docs: Vec<&Doc> = all.iter().copied().step_by(folds).collect();
            outln!("fold 1, held-out pairs (classifier alone):");
            confusion(&test_docs, model)?;
            outln!("fold 1, links written, by kind of pair:");
            detail(&test_docs, model)?;
        }
        for i in (k..all.len()).step_by(folds) {
            let d = all[i];
            let raw = match &events {
                Some(events) => raw_without_classifier(&d.doc, events),
                None => d.raw.clone(),
            };
            sieves_raw.add(&score_one(&d.doc, &raw, &PairModel::empty()));
            if args.raw_detail || args.raw_words {
                raw_detail(&d.doc, &raw, &models.raw, &mut raw_by, args.raw_words);
            }
            per_doc[i] = (
                score_one(&d.doc, &d.gold, model),
                score_one(&d.doc, &raw, &models.raw),
            );
            if !matres.is_empty() {
                let mut ga = d.gold.clone();
                reclassify(&mut ga, model);
                held_out.insert(d.doc.id.clone(), ga);
            }
            if let Some(p) = &perceptrons {
                perceptrons_alone
                    .0
                    .add(&score_one(&d.doc, &d.gold, &p.gold));
                perceptrons_alone.1.add(&score_one(&d.doc, &raw, &p.raw));
                if !matres.is_empty() {
                    let mut ga = d.gold.clone();
                    reclassify(&mut ga, &p.gold);
                    held_out_perceptrons.insert(d.doc.id.clone(), ga);
                }
            }
        }
    }
    let events_from = if shipped_events {
        "the shipped event model (trained on all documents)"
    } else {
        "an event model trained on the training folds"
    };
    outln!("== raw text: events from {events_from}");
    for (k, (n, v)) in &raw_by {
        let ratio = *v as f64 / (*n).max(1) as f64;
        if k.starts_with("ev ") || k.starts_with("word ") {
            outln!("  raw detail {k:<40} {n:>5} events, {v:>5} links ({ratio:.2} each)");
        } else {
            outln!(
                "  raw detail {k:<40} {n:>5} links, {v:>5} verified ({:.1}%)",
                100.0 * ratio
            );
        }
    }
    print(
        "sieves alone (no classifier), raw text",
        (AwarenessCounts::default(), sieves_raw),
    )?;
    if !matres.is_empty() {
        let r = evaluate_matres_with(matres, all.iter().map(|d| &d.doc), |doc| {
            held_out
                .remove(&doc.id)
                .unwrap_or_else(|| doc_gold(all, doc))
        });
        print_matres(
            &format!(
                "{folds}-fold cross-validation by document, MATRES start points, gold entities"
            ),
            &r,
        )?;
        if with_net {
            let r = evaluate_matres_with(matres, all.iter().map(|d| &d.doc), |doc| {
                held_out_perceptrons
                    .remove(&doc.id)
                    .unwrap_or_else(|| doc_gold(all, doc))
            });
            print_matres("the same, the perceptrons alone (without the network)", &r)?;
        }
    }
    let sum = |keep: &dyn Fn(&Doc) -> bool| {
        let mut t = (AwarenessCounts::default(), AwarenessCounts::default());
        for (d, (g, r)) in all.iter().zip(&per_doc) {
            if keep(d) {
                t.0.add(g);
                t.1.add(r);
            }
        }
        t
    };
    for (folder, dir) in dirs.iter().enumerate() {
        let n = all.iter().filter(|d| d.folder == folder).count();
        print(
            &format!(
                "{folds}-fold cross-validation by document, {} ({n} documents)",
                dir.display()
            ),
            sum(&|d| d.folder == folder),
        )?;
    }
    print(
        &format!(
            "{folds}-fold cross-validation by document, all {} documents (pooled held-out predictions)",
            all.len()
        ),
        sum(&|_| true),
    )?;
    if with_net {
        print(
            "the same folds' perceptrons alone (without the network), all documents",
            perceptrons_alone,
        )?;
    }
    for (mix, counts) in mixes.iter().zip(&grid).skip(1) {
        print(&format!("mix {mix:?}"), *counts)?;
    }
    for (shift, counts) in args.raw_shifts.iter().zip(&shift_grid) {
        print(
            &format!("raw-text shift {shift} (added to the trained model's)"),
            (AwarenessCounts::default(), *counts),
        )?;
    }
    Ok(())
}

/// "No relation" bias per pair kind (publish date, time–publish date, event–time, same
/// sentence, adjacent sentences, same lemma), in quantised units (the largest weight is 32000).
const DEFAULT_NONE_BIAS: [i16; 6] = [-6000, 0, -4000, -4000, 0, 0];
