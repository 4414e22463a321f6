//! `tempora eval events` machinery on the real TempEval-3 training data. Skips with a message
//! when `../shared/data` is absent.
//!
//! The shipped model was trained on these very documents, so the pipeline's score here is an
//! in-sample figure (docs/accuracy.md has the cross-validated ones); the test guards against
//! a model that fails to load or a pipeline that loses what the model finds.

use std::path::Path;

use tempora::eval::{evaluate_events, gold_events, tempora_events};
use tempora::timeml::{read_timeml_dir, TimemlDocument};

fn train_docs() -> Option<Vec<TimemlDocument>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/tempeval3/train");
    if !dir.is_dir() {
        eprintln!(
            "skipping: TempEval-3 training data not found at {}",
            dir.display()
        );
        return None;
    }
    let mut docs = Vec::new();
    for folder in ["TimeBank", "AQUAINT"] {
        for (path, doc) in read_timeml_dir(&dir.join(folder)).unwrap() {
            docs.push(doc.unwrap_or_else(|e| panic!("{}: {e}", path.display())));
        }
    }
    Some(docs)
}

#[test]
fn gold_echo_scores_one_and_counts_every_gold_event() {
    let Some(docs) = train_docs() else { return };
    let report = evaluate_events(&docs, |text| {
        let doc = docs.iter().find(|d| d.text == text).unwrap();
        gold_events(doc)
    });
    assert_eq!(report.overall.counts.gold, 11129);
    assert_eq!(report.overall.class.f1, 1.0);
    assert!(report.misses.is_empty() && report.spurious.is_empty());
}

#[test]
fn the_pipeline_with_the_shipped_model_scores_in_sample() {
    let Some(docs) = train_docs() else { return };
    let report = evaluate_events(&docs, tempora_events);
    let o = report.overall;
    // In-sample (see the module comment): far above the 5-fold figure of about 0.85.
    assert!(o.relaxed.f1 > 0.95, "relaxed F1 {}", o.relaxed.f1);
    assert!(o.class.f1 > 0.90, "class F1 {}", o.class.f1);
    assert!(o.strict.f1 <= o.relaxed.f1);
}
