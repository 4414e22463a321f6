//! Trains and measures tempora's event recogniser ([`tempora::event::model`]).
//!
//! ```text
//! train-events cv    [--folds 5] [--epochs N] DIR...        k-fold cross-validation by document
//! train-events split [--epochs N] TRAIN_DIR TEST_DIR        train on one folder, test on another
//! train-events train [--epochs N] [--out FILE] DIR...       train on everything, write the model
//! ```
//!
//! Documents are read in folder order, then file-name order; fold `k` holds documents
//! `i` with `i % folds == k`. Each epoch visits the training tokens in an order shuffled by a
//! fixed-seed generator, so that the same data always gives the same model, byte for byte.
//! Scores are TempEval-3 Task B figures from [`tempora::eval`] over the whole pipeline
//! (rules + model), not the classifier's token accuracy.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use tempora::eval::events::{
    gold_events, render_event_text_with_limit, score_event_documents, system_event, DocumentEvents,
    SystemEvent,
};
use tempora::event::model::{self, document_examples, Example, Model, Training};
use tempora::timeml::{read_timeml_dir, TimemlDocument};
use tempora::Span;

struct Doc {
    /// Index of the folder it was read from.
    folder: usize,
    doc: TimemlDocument,
    examples: Vec<Example>,
}

fn read_docs(dirs: &[PathBuf]) -> Result<Vec<Doc>> {
    let mut out = Vec::new();
    for (folder, dir) in dirs.iter().enumerate() {
        for (path, doc) in
            read_timeml_dir(dir).with_context(|| format!("cannot read {}", dir.display()))?
        {
            let doc = doc.with_context(|| format!("cannot parse {}", path.display()))?;
            let gold: Vec<(Span, &str)> = doc
                .events
                .iter()
                .map(|e| (e.span, e.class.as_str()))
                .collect();
            let examples = document_examples(&doc.text, &gold);
            out.push(Doc {
                folder,
                doc,
                examples,
            });
        }
    }
    if out.is_empty() {
        bail!("no .tml documents found");
    }
    Ok(out)
}

fn train(docs: &[&Doc], settings: Training) -> Model {
    let examples: Vec<&Example> = docs.iter().flat_map(|d| &d.examples).collect();
    model::train(&examples, settings, |epoch, mistakes| {
        eprintln!(
            "  epoch {epoch:>2}: {mistakes} mistakes on {} tokens",
            examples.len()
        )
    })
}

fn system(doc: &TimemlDocument, model: &Model) -> Vec<SystemEvent> {
    let text = doc.text.as_str();
    let seg = tempora::segment::segment(text, Span::new(0, text.len()), None);
    let mentions = tempora::temporal::recognize(&seg);
    tempora::event::extract_with(text, &seg, &mentions, model)
        .iter()
        .map(|e| system_event(text, e))
        .collect()
}

fn report(title: &str, docs: &[&Doc], systems: &[Vec<SystemEvent>]) {
    let golds: Vec<Vec<SystemEvent>> = docs.iter().map(|d| gold_events(&d.doc)).collect();
    let inputs: Vec<DocumentEvents<'_>> = docs
        .iter()
        .zip(golds.iter().zip(systems))
        .map(|(d, (gold, system))| DocumentEvents {
            doc_id: &d.doc.id,
            text: &d.doc.text,
            gold,
            system,
        })
        .collect();
    let r = score_event_documents(&inputs);
    let text = render_event_text_with_limit(&r, 0);
    // The overall and per-class tables only (the per-document table is long).
    let head: String = text
        .split("\ndocument")
        .next()
        .unwrap_or_default()
        .to_string();
    println!("== {title}\n{head}");
    // The most frequent missed and spurious words, for error analysis.
    for (name, list, gold_side) in [
        ("missed", &r.misses, true),
        ("spurious", &r.spurious, false),
    ] {
        let mut counts: std::collections::BTreeMap<String, usize> = Default::default();
        for e in list {
            let side = if gold_side { &e.gold } else { &e.system };
            if let Some(x) = side {
                *counts.entry(x.text.to_lowercase()).or_default() += 1;
            }
        }
        let mut top: Vec<_> = counts.into_iter().collect();
        top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let top: Vec<String> = top
            .iter()
            .take(40)
            .map(|(w, n)| format!("{w} {n}"))
            .collect();
        println!("most often {name}: {}\n", top.join(", "));
    }
}

fn main() -> Result<()> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut take = |name: &str| -> Option<String> {
        let i = args.iter().position(|a| a == name)?;
        args.remove(i);
        (i < args.len()).then(|| args.remove(i))
    };
    let folds: usize = take("--folds").map_or(Ok(5), |s| s.parse())?;
    let defaults = Training::default();
    let epochs: usize = take("--epochs").map_or(Ok(defaults.epochs), |s| s.parse())?;
    let out = take("--out").map(PathBuf::from);
    let bias: i16 = take("--bias").map_or(Ok(defaults.bias), |s| s.parse())?;
    let rule_bias: i16 = take("--rule-bias").map_or(Ok(defaults.rule_bias), |s| s.parse())?;
    let prune: i16 = take("--prune").map_or(Ok(defaults.prune), |s| s.parse())?;
    let settings = Training {
        epochs,
        bias,
        rule_bias,
        prune,
    };
    let Some(mode) = args.first().cloned() else {
        bail!("usage: train-events cv|split|train [--folds K] [--epochs N] [--out FILE] DIR...");
    };
    let dirs: Vec<PathBuf> = args[1..].iter().map(PathBuf::from).collect();
    let started = Instant::now();
    let docs = read_docs(&dirs)?;
    eprintln!(
        "{} documents, {} word tokens ({:.1}s)",
        docs.len(),
        docs.iter().map(|d| d.examples.len()).sum::<usize>(),
        started.elapsed().as_secs_f64()
    );
    match mode.as_str() {
        "cv" => {
            if folds < 2 {
                bail!("--folds must be at least 2");
            }
            let all: Vec<&Doc> = docs.iter().collect();
            let mut systems: Vec<Vec<SystemEvent>> = vec![Vec::new(); docs.len()];
            let rules: Vec<Vec<SystemEvent>> = docs
                .iter()
                .map(|d| system(&d.doc, &Model::empty()))
                .collect();
            for k in 0..folds {
                let train_docs: Vec<&Doc> = all
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| i % folds != k)
                    .map(|(_, d)| *d)
                    .collect();
                eprintln!(
                    "fold {}/{folds}: training on {} documents",
                    k + 1,
                    train_docs.len()
                );
                let model = train(&train_docs, settings);
                for (i, d) in docs.iter().enumerate().filter(|(i, _)| i % folds == k) {
                    systems[i] = system(&d.doc, &model);
                }
            }
            report("rules alone (no model)", &all, &rules);
            report(
                &format!("{folds}-fold cross-validation by document, {epochs} passes, bias {bias}, rule bias {rule_bias} (pooled held-out predictions)"),
                &all,
                &systems,
            );
        }
        "split" => {
            let [train_dir, test_dir] = dirs.as_slice() else {
                bail!("split takes TRAIN_DIR TEST_DIR");
            };
            let train_docs: Vec<&Doc> = docs.iter().filter(|d| d.folder == 0).collect();
            let test_docs: Vec<&Doc> = docs.iter().filter(|d| d.folder == 1).collect();
            let model = train(&train_docs, settings);
            let systems: Vec<_> = test_docs.iter().map(|d| system(&d.doc, &model)).collect();
            report(
                &format!(
                    "trained on {} ({} documents), tested on {} ({} documents)",
                    train_dir.display(),
                    train_docs.len(),
                    test_dir.display(),
                    test_docs.len()
                ),
                &test_docs,
                &systems,
            );
        }
        "train" => {
            let all: Vec<&Doc> = docs.iter().collect();
            let model = train(&all, settings);
            let bytes = model.to_bytes();
            eprintln!("{} features, {} bytes", model.len(), bytes.len());
            if let Some(out) = out {
                std::fs::write(&out, &bytes)
                    .with_context(|| format!("cannot write {}", out.display()))?;
            }
            let systems: Vec<_> = all.iter().map(|d| system(&d.doc, &model)).collect();
            report(
                "in-sample (trained and tested on the same documents)",
                &all,
                &systems,
            );
        }
        other => bail!("unknown mode {other:?}: cv, split or train"),
    }
    eprintln!("done in {:.1}s", started.elapsed().as_secs_f64());
    Ok(())
}
