//! Pipeline and batch benchmarks (issue 6; figures in docs/performance.md).
//!
//! `cargo bench --bench pipeline` (divan, wall clock) runs:
//! - `pipeline::silver_400`: the whole pipeline (read, analyse, build the timeline), one
//!   thread, over the text of the 400 TempEval-3 silver-sample documents;
//! - `batch::silver_400_jsonl`: the same documents as JSON Lines through `batch::run` (JSON
//!   output included) on all cores;
//! - `length`: one article of 1 KB to 1 MB made of silver-sample texts end to end;
//! - `articles`: one timeline merged from 1 to 100 articles.
//!
//! The silver sample is read from `../shared/data/tempeval3/silver-sample`; without it the
//! benchmarks that need it are skipped with a message.

use std::path::Path;
use std::sync::OnceLock;

use divan::counter::BytesCount;
use divan::Bencher;
use tempora::batch::{run, BatchOptions};
use tempora::document::{Article, ReadOptions};

struct Doc {
    id: String,
    published: chrono::NaiveDate,
    text: String,
}

fn silver() -> Option<Vec<Doc>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/tempeval3/silver-sample");
    if !dir.is_dir() {
        eprintln!("skipping: {} is absent", dir.display());
        return None;
    }
    let docs = tempora::timeml::read_timeml_dir(&dir).ok()?;
    Some(
        docs.into_iter()
            .filter_map(|(_, d)| d.ok())
            .map(|d| Doc {
                id: d.id,
                published: d.dct,
                text: d.text,
            })
            .collect(),
    )
}

fn article(doc: &Doc) -> Article {
    let options = ReadOptions {
        published: Some(doc.published),
        id: Some(doc.id.clone()),
    };
    Article::from_text(&doc.id, doc.text.clone(), &options).expect("silver texts read")
}

/// One article of at least `len` bytes: silver texts one after another.
fn long_article(docs: &[Doc], len: usize) -> Article {
    let mut text = String::from("Published: 1997-04-30\n\nLong article\n\n");
    for d in docs.iter().cycle() {
        if text.len() >= len {
            break;
        }
        text.push_str(d.text.trim());
        text.push_str("\n\n");
    }
    Article::from_text("long.txt", text, &ReadOptions::default()).unwrap()
}

fn jsonl(docs: &[Doc]) -> Vec<u8> {
    let mut out = Vec::new();
    for d in docs {
        let line = serde_json::json!({
            "id": d.id,
            "published": d.published.to_string(),
            "text": d.text,
        });
        out.extend_from_slice(line.to_string().as_bytes());
        out.push(b'\n');
    }
    out
}

fn docs() -> &'static [Doc] {
    static DOCS: OnceLock<Vec<Doc>> = OnceLock::new();
    DOCS.get_or_init(|| silver().unwrap_or_default())
}

fn bytes() -> usize {
    docs().iter().map(|d| d.text.len()).sum()
}

/// The allocator of the `tempora` binary (`tempora::alloc`), so that the figures are the CLI's.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: tempora::alloc::Allocator = tempora::alloc::Allocator {};

fn main() {
    if docs().is_empty() {
        return;
    }
    divan::main();
}

mod pipeline {
    use super::*;

    #[divan::bench(sample_count = 20)]
    fn silver_400(bencher: Bencher) {
        bencher.counter(BytesCount::new(bytes())).bench(|| {
            let mut events = 0;
            for d in docs() {
                events += tempora::reconstruct(&article(d)).timeline.events.len();
            }
            events
        });
    }
}

mod batch {
    use super::*;

    #[divan::bench(sample_count = 20)]
    fn silver_400_jsonl(bencher: Bencher) {
        let input = jsonl(docs());
        bencher.counter(BytesCount::new(bytes())).bench(|| {
            run(
                input.as_slice(),
                std::io::sink(),
                &BatchOptions::default(),
                |_| {},
            )
            .unwrap()
        });
    }
}

/// One article of 1 KB to 1 MB: how time grows with length.
#[divan::bench(args = [1_000, 10_000, 100_000, 1_000_000], sample_count = 10)]
fn length(bencher: Bencher, len: usize) {
    let a = long_article(docs(), len);
    bencher
        .counter(BytesCount::new(a.text.len()))
        .bench(|| tempora::reconstruct(&a).timeline.events.len());
}

/// One timeline merged from 1 to 100 articles.
#[divan::bench(args = [1, 10, 100], sample_count = 10)]
fn articles(bencher: Bencher, n: usize) {
    let articles: Vec<Article> = docs().iter().take(n).map(article).collect();
    let len: usize = articles.iter().map(|a| a.text.len()).sum();
    bencher.counter(BytesCount::new(len)).bench(|| {
        tempora::reconstruct_all(&articles, &tempora::Options::default())
            .timeline
            .events
            .len()
    });
}
