//! The article reader (header, date, title) and the batch record reader, on any bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tempora::batch::process_line;
use tempora::document::{Article, ReadOptions};

fuzz_target!(|data: &[u8]| {
    if let Ok(a) = Article::from_bytes("fuzz.txt", data, &ReadOptions::default()) {
        assert!(a.body.start <= a.body.end && a.body.end == a.text.len());
        if let Some(s) = a.title_span {
            assert_eq!(s.slice(&a.text), Some(a.title.as_str()));
        }
    }
    let _ = tempora::document::parse_date(&String::from_utf8_lossy(data));
    // A batch line: the output is always one JSON object.
    let out = process_line(data, 1, &Default::default());
    let v: serde_json::Value = serde_json::from_str(&out.json).expect("batch output is JSON");
    assert!(v.is_object());
});
