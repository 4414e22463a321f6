//! Throughput of the whole pipeline, in wall time and in CPU time (docs/performance.md).
//!
//! On a shared machine wall time depends on the other processes; the CPU time of this process
//! (from `/proc/self/stat`, Linux) says what one core does.
//!
//! ```text
//! cargo run --release --example throughput -- corpus ../shared/data/tempeval3/silver-sample 10
//! cargo run --release --example throughput -- length ../shared/data/tempeval3/silver-sample 1000000
//! ```
//!
//! `corpus DIR [REPS]`: read, analyse and build the timeline of every `.tml` document's text
//! (publish date = its DCT), REPS times over. `length DIR BYTES`: one article of BYTES made of
//! those texts end to end, with the time of each stage.

use std::path::Path;
use std::time::Instant;

use tempora::document::{Article, ReadOptions};

/// The allocator the `tempora` binary uses (src/main.rs), so that the figures are the CLI's.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: tempora::alloc::Allocator = tempora::alloc::Allocator {};

/// User CPU seconds of this process, when the system tells.
fn cpu() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let after = stat.get(stat.rfind(')')? + 2..)?;
    let ticks: f64 = after.split(' ').nth(11)?.parse().ok()?;
    Some(ticks / 100.0)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let usage = "usage: throughput corpus DIR [REPS] | length DIR BYTES";
    let (Some(mode), Some(dir)) = (args.get(1), args.get(2)) else {
        eprintln!("{usage}");
        std::process::exit(2);
    };
    let docs: Vec<_> = tempora::timeml::read_timeml_dir(Path::new(dir))
        .expect("the directory lists")
        .into_iter()
        .filter_map(|(_, d)| d.ok())
        .collect();
    match mode.as_str() {
        "corpus" => {
            let reps: usize = args.get(3).map_or(1, |r| r.parse().expect("REPS"));
            let bytes: usize = reps * docs.iter().map(|d| d.text.len()).sum::<usize>();
            let (wall, cpu0) = (Instant::now(), cpu());
            let mut events = 0;
            for d in docs.iter().cycle().take(reps * docs.len()) {
                let options = ReadOptions {
                    published: Some(d.dct),
                    id: None,
                };
                let a = Article::from_text(&d.id, d.text.clone(), &options).expect("reads");
                events += tempora::reconstruct(&a).timeline.events.len();
            }
            let wall = wall.elapsed().as_secs_f64();
            print!(
                "{} documents × {reps}, {bytes} bytes, {events} events: {wall:.3} s wall, {:.2} MB/s",
                docs.len(),
                bytes as f64 / wall / 1e6
            );
            match (cpu0, cpu()) {
                (Some(a), Some(b)) if b > a => println!(
                    "; {:.2} s CPU, {:.2} MB/s per core",
                    b - a,
                    bytes as f64 / (b - a) / 1e6
                ),
                _ => println!(),
            }
        }
        "length" => {
            let len: usize = args.get(3).and_then(|n| n.parse().ok()).expect("BYTES");
            let mut text = String::from("Published: 1997-04-30\n\nLong article\n\n");
            for d in docs.iter().cycle() {
                if text.len() >= len {
                    break;
                }
                text.push_str(d.text.trim());
                text.push_str("\n\n");
            }
            let bytes = text.len();
            let a = Article::from_text("long.txt", text, &ReadOptions::default()).expect("reads");
            let t = Instant::now();
            let analysis = tempora::pipeline::analyze(&a, &tempora::Options::default());
            let analyse = t.elapsed().as_secs_f64();
            let t = Instant::now();
            let timeline = tempora::timeline::build(std::slice::from_ref(&analysis));
            let build = t.elapsed().as_secs_f64();
            let t = Instant::now();
            let json = tempora::export::to_json(&timeline).expect("serialises");
            let export = t.elapsed().as_secs_f64();
            println!(
                "{bytes} bytes, {} events: analyse {analyse:.3} s, build {build:.3} s, JSON {export:.3} s ({} bytes)",
                timeline.events.len(),
                json.len()
            );
        }
        _ => {
            eprintln!("{usage}");
            std::process::exit(2);
        }
    }
}
