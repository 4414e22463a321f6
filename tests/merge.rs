//! Many articles, one timeline: the same event reported by several articles becomes one event
//! with evidence from each; a disagreement between sources is a conflict quoting both.

use tempora::check::{check, parse_claim};
use tempora::document::{Article, ReadOptions};
use tempora::timeline::{Reconstruction, Verdict};

fn reason(paths: &[&str]) -> Reconstruction {
    let articles: Vec<Article> = paths
        .iter()
        .map(|p| {
            Article::from_bytes(p, &std::fs::read(p).unwrap(), &ReadOptions::default()).unwrap()
        })
        .collect();
    tempora::reason_all(&articles, &tempora::Options::default()).0
}

fn documents_of(rec: &Reconstruction, trigger: &str) -> Vec<String> {
    let e = rec
        .timeline
        .events
        .iter()
        .find(|e| e.trigger == trigger)
        .expect(trigger);
    let mut docs: Vec<String> = e
        .evidence
        .iter()
        .map(|ev| ev.document.to_string())
        .collect();
    docs.dedup();
    docs
}

#[test]
fn two_articles_share_their_events() {
    let rec = reason(&["tests/inputs/merge/a.txt", "tests/inputs/merge/b.txt"]);
    let t = &rec.timeline;
    assert_eq!(t.documents.len(), 2);
    assert_eq!(
        t.events.iter().filter(|e| e.trigger == "collapsed").count(),
        1
    );
    assert_eq!(documents_of(&rec, "collapsed"), ["a", "b"]);
    assert_eq!(documents_of(&rec, "declared"), ["a", "b"]);
    let collapsed = t.events.iter().find(|e| e.trigger == "collapsed").unwrap();
    assert_eq!(collapsed.when.value, "2021-03-13");
    // Article b says the declaration came after the collapse: a relation between shared events.
    assert!(t
        .relations
        .iter()
        .any(|r| r.evidence.document == "b" && r.source == collapsed.id));
    // Across articles: rescue teams (a, hours after the collapse) before residents returned (b).
    let claim = parse_claim("reached Garissa before returned").unwrap();
    assert_eq!(check(&rec, &claim).answer, Verdict::Entailed);
    assert!(t.conflicts.is_empty());
}

#[test]
fn sources_that_disagree_are_a_conflict_quoting_both() {
    let rec = reason(&[
        "tests/inputs/merge/a.txt",
        "tests/inputs/merge/b.txt",
        "tests/inputs/merge/c.txt",
    ]);
    let t = &rec.timeline;
    assert_eq!(t.conflicts.len(), 1, "{:#?}", t.conflicts);
    let sources: Vec<(&str, &str)> = t.conflicts[0]
        .sentences
        .iter()
        .map(|s| (s.document.as_str(), s.quote.as_str()))
        .collect();
    assert_eq!(
        sources,
        [
            ("b", "The governor declared an emergency on Sunday after the Tana dam collapsed on March 13."),
            ("c", "The Tana dam collapsed on Friday, according to a statement from the water ministry."),
        ]
    );
}

/// JSON and JSON Lines records merge like text articles; a bad record is named and skipped.
#[test]
fn json_and_jsonl_inputs_merge_too() {
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_tempora"))
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .unwrap()
    };
    let out = run(&[
        "reconstruct",
        "tests/inputs/merge-json/both.jsonl",
        "--format",
        "json",
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let t: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let collapsed = t["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["trigger"] == "collapsed")
        .unwrap();
    let docs: Vec<&str> = collapsed["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["document"].as_str().unwrap())
        .collect();
    assert!(docs.contains(&"a") && docs.contains(&"b"), "{docs:?}");
    // One record per file (.json) with a text article beside it.
    let out = run(&[
        "reconstruct",
        "tests/inputs/merge-json/a.json",
        "tests/inputs/merge/b.txt",
    ]);
    assert_eq!(out.status.code(), Some(0));
    // A bad line among good ones.
    let dir = std::env::temp_dir().join(format!("tempora-jsonl-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("mixed.jsonl");
    let good = std::fs::read_to_string("tests/inputs/merge-json/both.jsonl").unwrap();
    std::fs::write(&file, format!("{{\"id\": 1}}\n{good}")).unwrap();
    let out = run(&["reconstruct", file.to_str().unwrap()]);
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("mixed.jsonl:1: not a record"));
    assert!(String::from_utf8_lossy(&out.stdout).contains("trigger: collapsed"));
}
