//! Throughput of event extraction, with and without the learned model, and of the whole
//! pipeline (`pipeline::analyze` and `reconstruct`), over the texts of a folder of `.tml`
//! files (by default the TempEval-3 silver sample, machine-annotated news).
//!
//! ```text
//! cargo run --release --example event_speed [-- DIR]
//! ```

use std::path::PathBuf;
use std::time::Instant;

use tempora::document::{Article, ReadOptions};
use tempora::event::{extract_with, model::Model};
use tempora::Span;

fn main() {
    let dir = std::env::args().nth(1).map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/tempeval3/silver-sample"),
        PathBuf::from,
    );
    let Ok(entries) = tempora::timeml::read_timeml_dir(&dir) else {
        eprintln!("cannot read {}", dir.display());
        return;
    };
    let docs: Vec<_> = entries.into_iter().filter_map(|(_, d)| d.ok()).collect();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    println!(
        "{} documents, {:.2} MB of text",
        docs.len(),
        bytes as f64 / 1e6
    );
    // Segmentation and time recognition once, outside the timings of the event stage.
    let prepared: Vec<_> = docs
        .iter()
        .map(|d| {
            let seg = tempora::segment::segment(&d.text, Span::new(0, d.text.len()), None);
            let mentions = tempora::temporal::recognize(&seg);
            (d, seg, mentions)
        })
        .collect();
    let model = Model::builtin();
    // For profilers: EVENT_SPEED_ONLY=model (or rules) runs just that stage, ten times.
    if let Some(only) = std::env::var_os("EVENT_SPEED_ONLY") {
        if only == "none" || only == "analyze" {
            if only == "analyze" {
                let options = tempora::Options::default();
                for d in &docs {
                    let options_read = ReadOptions {
                        published: Some(d.dct),
                        id: Some(d.id.clone()),
                    };
                    let text = format!("{}\n\n{}", d.id, d.text);
                    if let Ok(a) = Article::from_text(&d.id, text, &options_read) {
                        let _ = tempora::pipeline::analyze(&a, &options);
                    }
                }
            }
            return;
        }
        let m = if only == "rules" {
            &Model::empty()
        } else {
            model
        };
        for _ in 0..10 {
            for (d, seg, mentions) in &prepared {
                let _ = extract_with(&d.text, seg, mentions, m);
            }
        }
        return;
    }
    let rate = |secs: f64| bytes as f64 / secs / 1e6;
    for (name, m) in [("rules only", &Model::empty()), ("rules + model", model)] {
        let start = Instant::now();
        let mut n = 0;
        for _ in 0..3 {
            for (d, seg, mentions) in &prepared {
                n += extract_with(&d.text, seg, mentions, m).len();
            }
        }
        let secs = start.elapsed().as_secs_f64() / 3.0;
        println!(
            "event stage, {name:<14}: {:7.2} MB/s ({} events)",
            rate(secs),
            n / 3
        );
    }
    let articles: Vec<Article> = docs
        .iter()
        .filter_map(|d| {
            let options = ReadOptions {
                published: Some(d.dct),
                id: Some(d.id.clone()),
            };
            Article::from_text(&d.id, format!("{}\n\n{}", d.id, d.text), &options).ok()
        })
        .collect();
    let options = tempora::Options::default();
    let start = Instant::now();
    for a in &articles {
        let _ = tempora::pipeline::analyze(a, &options);
    }
    let secs = start.elapsed().as_secs_f64();
    println!("pipeline::analyze (to relations): {:7.2} MB/s", rate(secs));
    let start = Instant::now();
    for a in &articles {
        let _ = tempora::reconstruct(a);
    }
    let secs = start.elapsed().as_secs_f64();
    println!("reconstruct (whole pipeline):     {:7.2} MB/s", rate(secs));
}
