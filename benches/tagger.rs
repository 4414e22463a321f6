//! Tagging throughput on real news text: the <TEXT> of the TempEval-3 training documents
//! (TimeBank + AQUAINT, read from ../shared/data; skipped with a message when absent).
//!
//! `cargo bench --bench tagger` reports, per benchmark, the time for the whole corpus and the
//! bytes per second (single thread):
//! * `tag`: what `tempora eval timex` and `tempora annotate` run per document: segmentation,
//!   recognition, the event stage for clause tenses, resolution;
//! * `recognize`: segmentation and recognition only;
//! * `segment`: segmentation only, the floor under the other two.

use std::path::Path;
use std::sync::OnceLock;

use divan::counter::BytesCount;
use divan::{black_box, Bencher};
use tempora::document::Article;
use tempora::pipeline::{self, Options};
use tempora::timeml::read_timeml_dir;
use tempora::Span;

fn corpus() -> &'static [Article] {
    static CORPUS: OnceLock<Vec<Article>> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/tempeval3/train");
        let mut out = Vec::new();
        for folder in ["TimeBank", "AQUAINT"] {
            let Ok(files) = read_timeml_dir(&base.join(folder)) else {
                continue;
            };
            for (_, doc) in files {
                if let Ok(doc) = doc {
                    out.push(Article::from_body(&doc.id, &doc.text, doc.dct));
                }
            }
        }
        out
    })
}

fn bytes() -> usize {
    corpus().iter().map(|a| a.text.len()).sum()
}

/// The allocator of the `tempora` binary (`tempora::alloc`), so that the figures are the CLI's.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: tempora::alloc::Allocator = tempora::alloc::Allocator {};

fn main() {
    if corpus().is_empty() {
        eprintln!("skipping the tagger benchmark: no TempEval-3 documents under ../shared/data");
        return;
    }
    eprintln!(
        "tagger benchmark: {} documents, {} bytes of text",
        corpus().len(),
        bytes()
    );
    divan::main();
}

#[divan::bench(sample_count = 20)]
fn tag(bencher: Bencher) {
    bencher.counter(BytesCount::new(bytes())).bench(|| {
        for article in corpus() {
            black_box(pipeline::tag(black_box(article), &Options::default()));
        }
    });
}

#[divan::bench(sample_count = 20)]
fn recognize(bencher: Bencher) {
    bencher.counter(BytesCount::new(bytes())).bench(|| {
        for a in corpus() {
            let seg = tempora::segment::segment(&a.text, Span::new(0, a.text.len()), None);
            black_box(tempora::temporal::recognize_in(&a.text, &seg));
        }
    });
}

#[divan::bench(sample_count = 20)]
fn segment(bencher: Bencher) {
    bencher.counter(BytesCount::new(bytes())).bench(|| {
        for a in corpus() {
            black_box(tempora::segment::segment(
                &a.text,
                Span::new(0, a.text.len()),
                None,
            ));
        }
    });
}
