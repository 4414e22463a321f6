//! The temporal constraint graph at scale (issue "Events and their order", point 6):
//! 10,000 events and 50,000 constraints, bounds for every point; and the whole reasoning stage
//! (merge, graph, bounds, order) on a synthetic story of 10,000 events.
//!
//! `cargo bench --bench graph` (divan: `build_and_bounds`, `reasoning`). Figures and how the
//! cost grows: docs/performance.md.

use divan::counter::ItemsCount;
use divan::Bencher;
use tempora::graph::{Constraint, Point, TemporalGraph};

/// The allocator of the `tempora` binary (`tempora::alloc`), so that the figures are the CLI's.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: tempora::alloc::Allocator = tempora::alloc::Allocator {};

fn main() {
    divan::main();
}

/// A deterministic pseudo-random sequence (no dependency, same numbers on every machine).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

/// `events` events (start ≤ end), a tenth of them dated, and `constraints` relations between
/// random pairs that go forward in a hidden order (so the network is consistent), a fifth of
/// them metric ("hours after").
fn network(events: usize, constraints: usize) -> (TemporalGraph, Vec<(Point, Point)>) {
    let mut g = TemporalGraph::new();
    let origin = g.origin();
    let mut rng = Lcg(7);
    let pts: Vec<(Point, Point)> = (0..events)
        .map(|_| {
            let (s, e) = (g.add_point(), g.add_point());
            let _ = g.add(
                &[Constraint {
                    from: s,
                    to: e,
                    lo: Some(0),
                    hi: None,
                }],
                0,
            );
            (s, e)
        })
        .collect();
    // Event i lives around minute 1,000 × i: dates and relations respect that order.
    for (i, &(s, e)) in pts.iter().enumerate().step_by(10) {
        let day = (i as i64 * 1000 / 1440) * 1440;
        let _ = g.add(
            &[
                Constraint {
                    from: origin,
                    to: s,
                    lo: Some(day - 1440),
                    hi: None,
                },
                Constraint {
                    from: origin,
                    to: e,
                    lo: None,
                    hi: Some(day + 2 * 1440),
                },
            ],
            1,
        );
    }
    let mut added = 0;
    while added < constraints {
        let a = rng.next(events as u64) as usize;
        let gap = 1 + rng.next(50) as usize;
        let b = a + gap;
        if b >= events {
            continue;
        }
        let c = if added % 5 == 0 {
            Constraint {
                from: pts[a].1,
                to: pts[b].0,
                lo: Some(1),
                hi: Some(1000 * gap as i64 + 2880),
            }
        } else {
            Constraint {
                from: pts[a].1,
                to: pts[b].0,
                lo: Some(1),
                hi: None,
            }
        };
        let _ = g.add(&[c], 2 + added);
        added += 1;
    }
    (g, pts)
}

/// `events` events and five constraints per event: build (incremental consistency) and the
/// bounds of every point.
#[divan::bench(args = [1_000, 10_000, 20_000], sample_count = 10)]
fn build_and_bounds(bencher: Bencher, events: usize) {
    let constraints = 5 * events;
    bencher.counter(ItemsCount::new(constraints)).bench(|| {
        let (g, _) = network(events, constraints);
        let bounds = g.all_bounds();
        assert!(g.verify());
        bounds.len()
    });
}

/// A story of `sentences` sentences, two events and a date each, every sentence tied to the
/// one before ("Later,") and inside it ("hours after").
fn story(sentences: usize) -> String {
    let mut text = String::from("Published: 2020-12-31\n\nA long year\n\n");
    let months = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    for i in 0..sentences {
        // Dates that never go back, so that "Later," never contradicts them.
        let day_of_year = i * 336 / sentences.max(1);
        let month = months[(day_of_year / 28).min(11)];
        let day = 1 + day_of_year % 28;
        if i % 4 == 1 {
            text.push_str("Later, ");
        }
        text.push_str(&format!(
            "The convoy reached depot {i} on {month} {day}, 2020, hours after the bridge {i} collapsed. "
        ));
        if i % 10 == 9 {
            text.push_str("\n\n");
        }
    }
    text
}

/// The whole reasoning stage (merge, graph, bounds, order) on a story of `sentences`
/// sentences; the counter is its events.
#[divan::bench(args = [500, 5_000], sample_count = 10)]
fn reasoning(bencher: Bencher, sentences: usize) {
    let text = story(sentences);
    let article =
        tempora::document::Article::from_bytes("story.txt", text.as_bytes(), &Default::default())
            .unwrap();
    let analyses =
        tempora::analyze_all(std::slice::from_ref(&article), &tempora::Options::default());
    let events: usize = analyses.iter().map(|a| a.events.len()).sum();
    bencher.counter(ItemsCount::new(events)).bench(|| {
        tempora::timeline::reconstruct(&analyses)
            .timeline
            .events
            .len()
    });
}
