//! The whole pipeline on any text: no panic, spans slice their quotes, bounds are ordered,
//! YAML parses back.
#![no_main]

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use tempora::document::{Article, ReadOptions};

/// A bound as a sortable key (`+10000-01-01T05:59` sorts after `9999-12-31T18:00`).
fn key(bound: &str) -> (i64, &str) {
    let digits = bound.trim_start_matches(['+', '-']);
    let (year, rest) = digits.split_once('-').unwrap_or((digits, ""));
    let year: i64 = year.parse().expect("a year");
    (if bound.starts_with('-') { -year } else { year }, rest)
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let options = ReadOptions {
        published: NaiveDate::from_ymd_opt(2019, 11, 10),
        id: None,
    };
    let Ok(article) = Article::from_text("fuzz.txt", text.to_string(), &options) else {
        return;
    };
    let out = tempora::reconstruct(&article);
    for e in &out.timeline.events {
        for ev in &e.evidence {
            assert_eq!(ev.span.slice(&article.text), Some(ev.quote.as_str()));
        }
        if let (Some(a), Some(b)) = (&e.when.earliest, &e.when.latest) {
            assert!(key(a) <= key(b), "{}: earliest {a} after latest {b}", e.id);
        }
    }
    let yaml = tempora::export::to_yaml(&out.timeline).expect("serialises");
    let _: serde_yaml::Value = serde_yaml::from_str(&yaml).expect("YAML parses back");
    let json = tempora::export::to_json(&out.timeline).expect("serialises");
    let _: serde_json::Value = serde_json::from_str(&json).expect("JSON parses back");
});
