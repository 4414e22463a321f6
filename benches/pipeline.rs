//! Pipeline and batch benchmarks (issue 6; figures in docs/performance.md).
//!
//! `cargo bench --bench pipeline` runs:
//! - `pipeline/silver-400`: the whole pipeline (read, analyse, build the timeline), one
//!   thread, over the text of the 400 TempEval-3 silver-sample documents;
//! - `batch/silver-400-jsonl`: the same documents as JSON Lines through `batch::run` (JSON
//!   output included) on all cores;
//! - `length/*`: one article of 1 KB to 1 MB made of silver-sample texts end to end;
//! - `articles/*`: one timeline merged from 1 to 100 articles.
//!
//! The silver sample is read from `../shared/data/tempeval3/silver-sample`; without it the
//! benchmarks that need it are skipped with a message.

use std::path::Path;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
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

fn benches(c: &mut Criterion) {
    let Some(docs) = silver() else { return };
    let bytes: u64 = docs.iter().map(|d| d.text.len() as u64).sum();

    let mut group = c.benchmark_group("pipeline");
    group.throughput(Throughput::Bytes(bytes));
    group.sample_size(20);
    group.bench_function("silver-400", |b| {
        b.iter(|| {
            let mut events = 0;
            for d in &docs {
                events += tempora::reconstruct(&article(d)).timeline.events.len();
            }
            events
        })
    });
    group.finish();

    let input = jsonl(&docs);
    let mut group = c.benchmark_group("batch");
    group.throughput(Throughput::Bytes(bytes));
    group.sample_size(20);
    group.bench_function("silver-400-jsonl", |b| {
        b.iter(|| {
            run(
                input.as_slice(),
                std::io::sink(),
                &BatchOptions::default(),
                |_| {},
            )
            .unwrap()
        })
    });
    group.finish();

    let mut group = c.benchmark_group("length");
    group.sample_size(10);
    for len in [1_000, 10_000, 100_000, 1_000_000] {
        let a = long_article(&docs, len);
        group.throughput(Throughput::Bytes(a.text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(len), &a, |b, a| {
            b.iter(|| tempora::reconstruct(a).timeline.events.len())
        });
    }
    group.finish();

    let mut group = c.benchmark_group("articles");
    group.sample_size(10);
    for n in [1, 10, 100] {
        let articles: Vec<Article> = docs.iter().take(n).map(article).collect();
        let len: usize = articles.iter().map(|a| a.text.len()).sum();
        group.throughput(Throughput::Bytes(len as u64));
        group.bench_with_input(BenchmarkId::from_parameter(n), &articles, |b, a| {
            b.iter(|| {
                tempora::reconstruct_all(a, &tempora::Options::default())
                    .timeline
                    .events
                    .len()
            })
        });
    }
    group.finish();
}

criterion_group!(pipeline, benches);
criterion_main!(pipeline);
