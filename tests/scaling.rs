//! Issue 6, part 5: the map step as Spark's `RDD.pipe` or Hadoop Streaming drives it
//! (docs/scaling.md): the input cut into contiguous splits, one `tempora reconstruct --jsonl -`
//! process per split fed through a pipe, the outputs concatenated. Nothing may be lost or
//! duplicated, and every record's line must be the one a single process writes.

use std::collections::BTreeMap;
use std::io::Write;
use std::process::{Command, Stdio};

const TEXTS: &[&str] = &[
    "Police clashed with protesters on Friday, two days after the vote.",
    "Morales took office in 2006 and refused to accept the results of a referendum.",
    "The opposition alleged fraud after the October 20 elections. Later, police left.",
    "Hours after the incident at the airport, Morales sent greetings.",
];

fn records(count: usize) -> Vec<String> {
    (0..count)
        .map(|n| match n % 17 {
            // A few bad records: they must come out as error lines, once each.
            16 => format!(r#"{{"id": "s{n}", "published": "someday", "text": "x"}}"#),
            _ => serde_json::json!({
                "id": format!("s{n}"),
                "published": "2019-11-10",
                "text": format!("{} Story {n}.", TEXTS[n % TEXTS.len()]),
            })
            .to_string(),
        })
        .collect()
}

/// One map task: a process fed through a pipe, as the engine does.
fn map_task(lines: &[String]) -> (Option<i32>, Vec<u8>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tempora"))
        .args(["reconstruct", "--jsonl", "-", "--jobs", "1"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("the binary runs");
    let mut stdin = child.stdin.take().unwrap();
    let input: String = lines.iter().map(|l| format!("{l}\n")).collect();
    let feeder = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap().unwrap();
    (out.status.code(), out.stdout)
}

/// The id of each output line, and the line without the split-relative `line` field.
fn by_id(output: &[u8]) -> Vec<(String, serde_json::Value)> {
    output
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| {
            let mut v: serde_json::Value = serde_json::from_slice(l).expect("JSON line");
            let id = v["id"]
                .as_str()
                .expect("every record has an id")
                .to_string();
            if let Some(o) = v.as_object_mut() {
                o.remove("line");
            }
            (id, v)
        })
        .collect()
}

#[test]
fn map_step_over_pipes_loses_and_duplicates_nothing() {
    let input = records(240);
    let (code, single) = map_task(&input);
    assert_eq!(code, Some(1), "the bad records fail the single run");

    // Five concurrent tasks over contiguous splits of uneven size.
    let cuts = [0, 13, 70, 71, 180, 240];
    let tasks: Vec<_> = cuts
        .windows(2)
        .map(|w| {
            let split = input[w[0]..w[1]].to_vec();
            std::thread::spawn(move || map_task(&split))
        })
        .collect();
    let mut concatenated = Vec::new();
    for task in tasks {
        let (code, out) = task.join().unwrap();
        assert!(code == Some(0) || code == Some(1));
        concatenated.extend_from_slice(&out);
    }

    let single = by_id(&single);
    let parallel = by_id(&concatenated);
    assert_eq!(parallel.len(), input.len(), "one line per record");
    let mut seen = BTreeMap::new();
    for (id, _) in &parallel {
        *seen.entry(id.clone()).or_insert(0) += 1;
    }
    assert_eq!(seen.len(), input.len(), "no record lost");
    assert!(seen.values().all(|&n| n == 1), "no record duplicated");
    // Contiguous splits concatenated in order give the single run's lines, in its order.
    assert_eq!(parallel, single);
    let errors = parallel
        .iter()
        .filter(|(_, v)| v.get("error").is_some())
        .count();
    assert_eq!(errors, 240 / 17);
}
