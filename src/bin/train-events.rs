//! Trains and measures tempora's event recogniser ([`tempora::event::model`]).
//!
//! ```text
//! train-events cv    [--folds 5] [--epochs N] DIR...        k-fold cross-validation by document
//! train-events split [--epochs N] TRAIN_DIR TEST_DIR        train on one folder, test on another
//! train-events train [--epochs N] [--out FILE] DIR...       train on everything, write the model
//! ```
//!
//! `train-events help MODE` lists each mode's flags (`--bias`, `--rule-bias`, `--prune`).
//!
//! Documents are read in folder order, then file-name order; fold `k` holds documents
//! `i` with `i % folds == k`. Each epoch visits the training tokens in an order shuffled by a
//! fixed-seed generator, so that the same data always gives the same model, byte for byte.
//! Scores are TempEval-3 Task B figures from [`tempora::eval`] over the whole pipeline
//! (rules + model), not the classifier's token accuracy.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use clap::{Args, Parser, Subcommand};
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
    let events = tempora::event::extract_with(text, &seg, &mentions, model);
    tempora::eval::events::timeml_events(&seg, &events)
        .map(|e| system_event(text, e))
        .collect()
}

/// Writes the scores to standard output; a closed pipe (`train-events cv ... | head`) is an
/// error the caller treats as success.
fn report(title: &str, docs: &[&Doc], systems: &[Vec<SystemEvent>]) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
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
    writeln!(out, "== {title}\n{head}")?;
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
        writeln!(out, "most often {name}: {}\n", top.join(", "))?;
    }
    Ok(())
}

/// Trains and measures tempora's event recogniser.
///
/// Documents are read in folder order, then file-name order. Training is deterministic: the
/// same data and settings always give the same model, byte for byte. Scores are TempEval-3
/// Task B figures over the whole pipeline (rules + model).
#[derive(Debug, Parser)]
#[command(name = "train-events")]
struct Cli {
    #[command(subcommand)]
    mode: Mode,
}

#[derive(Debug, Subcommand)]
enum Mode {
    /// k-fold cross-validation by document (fold k holds documents i with i % folds == k).
    Cv {
        /// Number of folds.
        #[arg(long, value_name = "K", default_value_t = 5,
              value_parser = parse_folds)]
        folds: usize,
        #[command(flatten)]
        training: TrainingArgs,
        /// Folders of TimeML (.tml) documents.
        #[arg(value_name = "DIR", required = true)]
        dirs: Vec<PathBuf>,
    },
    /// Train on one folder, test on another.
    Split {
        #[command(flatten)]
        training: TrainingArgs,
        /// Folder of TimeML documents to train on.
        train_dir: PathBuf,
        /// Folder of TimeML documents to test on.
        test_dir: PathBuf,
    },
    /// Train on every document, write the model and print the in-sample figures.
    Train {
        /// Write the model here (src/event/events.model is the shipped one).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        #[command(flatten)]
        training: TrainingArgs,
        /// Folders of TimeML (.tml) documents.
        #[arg(value_name = "DIR", required = true)]
        dirs: Vec<PathBuf>,
    },
}

/// The perceptron's settings; the defaults are those of the shipped model.
#[derive(Debug, Args)]
struct TrainingArgs {
    /// Passes over the training tokens.
    #[arg(long, value_name = "N", default_value_t = Training::default().epochs)]
    epochs: usize,
    /// Subtracted from the "no event" weight of every token (> 0 favours recall).
    #[arg(long, value_name = "W", default_value_t = Training::default().bias,
          allow_negative_numbers = true)]
    bias: i16,
    /// Further subtracted from the "no event" weight of the tokens the rules found.
    #[arg(long, value_name = "W", default_value_t = Training::default().rule_bias,
          allow_negative_numbers = true)]
    rule_bias: i16,
    /// Features whose quantised weights all lie within this distance of zero are dropped.
    #[arg(long, value_name = "W", default_value_t = Training::default().prune,
          allow_negative_numbers = true)]
    prune: i16,
}

impl TrainingArgs {
    fn settings(&self) -> Training {
        Training {
            epochs: self.epochs,
            bias: self.bias,
            rule_bias: self.rule_bias,
            prune: self.prune,
        }
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
        Mode::Cv { dirs, .. } | Mode::Train { dirs, .. } => dirs.clone(),
        Mode::Split {
            train_dir,
            test_dir,
            ..
        } => vec![train_dir.clone(), test_dir.clone()],
    };
    let started = Instant::now();
    let docs = read_docs(&dirs)?;
    eprintln!(
        "{} documents, {} word tokens ({:.1}s)",
        docs.len(),
        docs.iter().map(|d| d.examples.len()).sum::<usize>(),
        started.elapsed().as_secs_f64()
    );
    match mode {
        Mode::Cv {
            folds, training, ..
        } => {
            let settings = training.settings();
            let all: Vec<&Doc> = docs.iter().collect();
            let mut systems: Vec<Vec<SystemEvent>> = vec![Vec::new(); docs.len()];
            let rules: Vec<Vec<SystemEvent>> = docs
                .iter()
                .map(|d| system(&d.doc, &Model::empty()))
                .collect();
            for k in 0..folds {
                let train_docs: Vec<&Doc> = tempora::eval::training_part(&all, folds, k);
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
            report("rules alone (no model)", &all, &rules)?;
            let Training {
                epochs,
                bias,
                rule_bias,
                ..
            } = settings;
            report(
                &format!("{folds}-fold cross-validation by document, {epochs} passes, bias {bias}, rule bias {rule_bias} (pooled held-out predictions)"),
                &all,
                &systems,
            )?;
        }
        Mode::Split {
            training,
            train_dir,
            test_dir,
        } => {
            let train_docs: Vec<&Doc> = docs.iter().filter(|d| d.folder == 0).collect();
            let test_docs: Vec<&Doc> = docs.iter().filter(|d| d.folder == 1).collect();
            let model = train(&train_docs, training.settings());
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
            )?;
        }
        Mode::Train { out, training, .. } => {
            let all: Vec<&Doc> = docs.iter().collect();
            let model = train(&all, training.settings());
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
            )?;
        }
    }
    eprintln!("done in {:.1}s", started.elapsed().as_secs_f64());
    Ok(())
}
