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

/// Runs one map task per contiguous split `input[cuts[i]..cuts[i + 1]]`, all at once, and
/// concatenates their outputs in split order, as a distributed engine does; each task must
/// exit 0, or 1 when one of its records failed.
fn map_concurrently(input: &[String], cuts: &[usize]) -> Vec<u8> {
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
    concatenated
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
    let concatenated = map_concurrently(&input, &cuts);

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

/// Story of record `n`: seven stories of uneven size.
fn story_of(n: usize) -> usize {
    (n % 7 + n / 50) % 7
}

/// Records with a story key, a few bad records among them.
fn story_records(count: usize) -> Vec<String> {
    (0..count)
        .map(|n| {
            let story = format!("story-{}", story_of(n));
            match n % 13 {
                12 => serde_json::json!({
                    "id": format!("a{n}"), "story": story, "published": "someday", "text": "x",
                })
                .to_string(),
                _ => serde_json::json!({
                    "id": format!("a{n}"),
                    "story": story,
                    "published": format!("2019-11-{:02}", 1 + n % 20),
                    "text": format!("{} Story {n}.", TEXTS[n % TEXTS.len()]),
                })
                .to_string(),
            }
        })
        .collect()
}

/// One reduce task: `tempora merge --jsonl -` fed through a pipe.
fn reduce_task(input: &[u8]) -> (Option<i32>, Vec<u8>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tempora"))
        .args(["merge", "--jsonl", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("the binary runs");
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    let feeder = std::thread::spawn(move || stdin.write_all(&input));
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap().unwrap();
    (out.status.code(), out.stdout)
}

fn lines(output: &[u8]) -> Vec<&[u8]> {
    output
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn map_then_reduce_by_story_loses_nothing_and_ignores_input_order() {
    let input = story_records(120);
    // Map: four concurrent processes over contiguous splits, outputs concatenated.
    let cuts = [0, 31, 32, 90, 120];
    let mapped = map_concurrently(&input, &cuts);
    // Every map line carries its record's story.
    for l in lines(&mapped) {
        let v: serde_json::Value = serde_json::from_slice(l).unwrap();
        assert!(v["story"].as_str().is_some_and(|s| s.starts_with("story-")));
    }

    // Reduce over the map output as given, reversed, and with one map task retried (its lines
    // delivered twice): the same bytes each time.
    let (code, merged) = reduce_task(&mapped);
    assert_eq!(code, Some(1), "the bad records are reported");
    let mut reversed: Vec<&[u8]> = lines(&mapped);
    reversed.reverse();
    let reversed: Vec<u8> = reversed.iter().flat_map(|l| [*l, b"\n"].concat()).collect();
    assert_eq!(
        reduce_task(&reversed).1,
        merged,
        "input order does not matter"
    );
    let mut retried = mapped.clone();
    retried.extend_from_slice(&mapped[..mapped.len() / 3]);
    // Cut at a line boundary: the retried task's whole lines.
    let cut = retried.iter().rposition(|&b| b == b'\n').unwrap() + 1;
    retried.truncate(cut);
    assert_eq!(
        reduce_task(&retried).1,
        merged,
        "a retried task counts once"
    );

    // One line per story, stories sorted; every record exactly once, in its own story, as an
    // article with a timeline or as an error.
    let stories: Vec<serde_json::Value> = lines(&merged)
        .iter()
        .map(|l| serde_json::from_slice(l).unwrap())
        .collect();
    assert_eq!(stories.len(), 7);
    let keys: Vec<&str> = stories
        .iter()
        .map(|s| s["story"].as_str().unwrap())
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut errors = 0;
    for s in &stories {
        let story = s["story"].as_str().unwrap();
        for id in s["articles"].as_array().unwrap() {
            let id = id.as_str().unwrap();
            let n: usize = id[1..].parse().unwrap();
            assert_eq!(story, format!("story-{}", story_of(n)), "{id} in its story");
            *seen.entry(id.to_string()).or_insert(0) += 1;
        }
        errors += s["errors"].as_array().unwrap().len();
        // Event ids are e1.. in order, relations point at events of the merged timeline.
        let events = s["timeline"]["events"].as_array().unwrap();
        for (k, e) in events.iter().enumerate() {
            assert_eq!(e["id"], format!("e{}", k + 1));
        }
        let ids: Vec<&str> = events.iter().map(|e| e["id"].as_str().unwrap()).collect();
        for r in s["timeline"]["relations"].as_array().unwrap() {
            assert!(ids.contains(&r["source"].as_str().unwrap()));
            assert!(ids.contains(&r["target"].as_str().unwrap()));
        }
        // Documents: the articles with a timeline, in id order.
        let docs = s["timeline"]["documents"].as_array().unwrap();
        assert_eq!(
            docs.len(),
            s["articles"].as_array().unwrap().len() - s["errors"].as_array().unwrap().len()
        );
    }
    assert_eq!(seen.len(), input.len(), "no record lost");
    assert!(seen.values().all(|&n| n == 1), "no record duplicated");
    assert_eq!(errors, 120 / 13);
}

#[test]
fn merged_events_keep_each_article_order_and_their_own_explanations() {
    // Two articles of one story: the merge interleaves their events by date and renames the
    // event ids inside explanations to the merged ones.
    let input = [
        serde_json::json!({"id": "b", "story": "s", "published": "2019-11-10",
            "text": "Police clashed with protesters on Friday. Later, they left."}),
        serde_json::json!({"id": "a", "story": "s", "published": "2019-11-10",
            "text": "The opposition alleged fraud after the October 20 elections."}),
    ]
    .map(|v| v.to_string());
    let (_, mapped) = map_task(&input);
    let (code, merged) = reduce_task(&mapped);
    assert_eq!(code, Some(0));
    let story: serde_json::Value = serde_json::from_slice(lines(&merged)[0]).unwrap();
    let events = story["timeline"]["events"].as_array().unwrap();
    let triggers: Vec<&str> = events
        .iter()
        .map(|e| e["trigger"].as_str().unwrap())
        .collect();
    let pos = |t: &str| triggers.iter().position(|x| *x == t).unwrap();
    // October before November; "clashed" before "left", as article b says.
    assert!(pos("elections") < pos("clashed"), "{triggers:?}");
    assert!(pos("clashed") < pos("left"), "{triggers:?}");
    // Every event label quoted in an explanation names the event with that trigger.
    for e in events {
        for why in e["when"]["latest_because"].as_array().into_iter().flatten() {
            let why = why.as_str().unwrap();
            if let Some((id, rest)) = why.split_once(" \"") {
                if let Some(target) = events.iter().find(|x| x["id"] == id) {
                    assert!(
                        rest.starts_with(target["trigger"].as_str().unwrap()),
                        "{why}"
                    );
                }
            }
        }
    }
}
