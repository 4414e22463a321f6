//! Issue 6, part 2: batch mode (`reconstruct --jsonl`) keeps input order, turns every bad
//! record into an error line, says in its exit code whether any record failed, and holds only
//! a window of records at a time.

use std::cell::Cell;
use std::io::{BufRead, Read, Write};
use std::process::{Command, Stdio};
use std::rc::Rc;

use tempora::batch::{run, BatchOptions};

const TEXTS: &[&str] = &[
    "Police clashed with protesters on Friday, two days after the vote.",
    "Morales took office in 2006 and refused to accept the results of a referendum.",
    "The opposition alleged fraud after the October 20 elections. Later, police left.",
    "Hours after the incident at the airport, Morales sent greetings.",
    "The president will speak next week.",
];

/// A good record with id `n`.
fn good(n: usize) -> String {
    serde_json::json!({
        "id": format!("r{n}"),
        "title": format!("Story {n}"),
        "published": "2019-11-10",
        "text": TEXTS[n % TEXTS.len()],
    })
    .to_string()
}

/// Good records with a bad one every `every` records, in each of the ways a line can be bad.
fn mixed(count: usize, every: usize) -> (String, Vec<bool>) {
    let mut input = String::new();
    let mut bad = Vec::new();
    for n in 0..count {
        let line = if n % every == every - 1 {
            bad.push(true);
            match (n / every) % 5 {
                0 => "{this is not json".to_string(),
                1 => format!(r#"{{"id": "r{n}", "text": "no date"}}"#),
                2 => format!(r#"{{"id": "r{n}", "published": "2019-02-30", "text": "x"}}"#),
                3 => format!(r#"{{"id": "r{n}", "published": "2019-11-10", "text": "  "}}"#),
                _ => format!(r#"["r{n}"]"#),
            }
        } else {
            bad.push(false);
            good(n)
        };
        input.push_str(&line);
        input.push('\n');
    }
    (input, bad)
}

fn tempora(args: &[&str], stdin: &[u8]) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tempora"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut pipe = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || pipe.write_all(&data));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    out
}

fn lines(stdout: &[u8]) -> Vec<serde_json::Value> {
    stdout
        .lines()
        .map(|l| serde_json::from_str(&l.unwrap()).expect("every output line is JSON"))
        .collect()
}

#[test]
fn order_error_records_and_exit_code() {
    let (input, bad) = mixed(60, 6);
    // Two workers and a window of 7 records: order must survive both.
    let out = tempora(
        &[
            "reconstruct",
            "--jsonl",
            "-",
            "--jobs",
            "2",
            "--window",
            "7",
        ],
        input.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(1), "a failed record makes exit 1");
    let got = lines(&out.stdout);
    assert_eq!(got.len(), 60, "one line per record");
    for (n, (line, &is_bad)) in got.iter().zip(&bad).enumerate() {
        assert_eq!(line.get("error").is_some(), is_bad, "line {n}: {line}");
        if is_bad {
            assert_eq!(line["line"], n + 1);
            // The id is recovered whenever the line is an object with one.
            if input.lines().nth(n).unwrap().contains(r#""id""#) {
                assert_eq!(line["id"], format!("r{n}"));
            } else {
                assert!(line["id"].is_null());
            }
        } else {
            assert_eq!(line["id"], format!("r{n}"));
            assert_eq!(line["timeline"]["documents"][0]["id"], format!("r{n}"));
            assert!(line["timeline"]["events"].as_array().is_some());
        }
    }
    let errors: Vec<&str> = got
        .iter()
        .filter_map(|l| l.get("error").and_then(|e| e.as_str()))
        .collect();
    insta::assert_yaml_snapshot!(&errors[..5]);
    // The summary is one line on stderr, and there is no progress bar on a pipe.
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with("tempora: 60 records, ") && stderr.contains(" 10 errors in "),
        "{stderr}"
    );
}

#[test]
fn all_good_exits_zero_and_file_input_works() {
    let input: String = (0..20).map(|n| good(n) + "\n").collect();
    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("batch-good.jsonl");
    std::fs::write(&path, &input).unwrap();
    let out = tempora(&["reconstruct", "--jsonl", path.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(0));
    let got = lines(&out.stdout);
    assert_eq!(got.len(), 20);
    assert!(got.iter().all(|l| l.get("error").is_none()));
    // Same lines from stdin, and the same whatever the window and thread count.
    let piped = tempora(
        &[
            "reconstruct",
            "--jsonl",
            "-",
            "--window",
            "1",
            "--jobs",
            "1",
        ],
        input.as_bytes(),
    );
    assert_eq!(piped.stdout, out.stdout);
}

#[test]
fn long_lines_blank_lines_and_not_utf8() {
    let mut input = Vec::new();
    input.extend_from_slice(good(0).as_bytes());
    input.extend_from_slice(b"\n\n   \n");
    let long =
        serde_json::json!({"id": "long", "published": "2019-11-10", "text": "a ".repeat(5000)});
    input.extend_from_slice(long.to_string().as_bytes());
    input.extend_from_slice(
        b"\n{\"id\": \"latin1\", \"published\": \"2019-11-10\", \"text\": \"caf\xe9\"}\r\n",
    );
    input.extend_from_slice(good(1).as_bytes()); // no final newline
    let out = tempora(
        &["reconstruct", "--jsonl", "-", "--max-bytes", "1000"],
        &input,
    );
    assert_eq!(out.status.code(), Some(1));
    let got = lines(&out.stdout);
    let summary: Vec<String> = got
        .iter()
        .map(|l| match l.get("error") {
            Some(e) => format!("line {}: {}", l["line"], e.as_str().unwrap()),
            None => format!("{}: ok", l["id"].as_str().unwrap()),
        })
        .collect();
    insta::assert_yaml_snapshot!(summary);
}

/// An input of `count` records generated on demand, counting the lines handed out.
struct Generated {
    next: usize,
    count: usize,
    line: Vec<u8>,
    pos: usize,
    served: Rc<Cell<usize>>,
    text_len: usize,
}

impl Read for Generated {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = {
            let data = self.fill_buf()?;
            let n = data.len().min(buf.len());
            buf[..n].copy_from_slice(&data[..n]);
            n
        };
        self.consume(n);
        Ok(n)
    }
}

impl BufRead for Generated {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        if self.pos == self.line.len() && self.next < self.count {
            let text = format!("Police clashed on Friday. {}", "x ".repeat(self.text_len));
            let record =
                serde_json::json!({"id": self.next, "published": "2019-11-10", "text": text});
            self.line = format!("{record}\n").into_bytes();
            self.pos = 0;
            self.next += 1;
        }
        Ok(&self.line[self.pos..])
    }

    fn consume(&mut self, amount: usize) {
        self.pos += amount;
        if amount > 0 && self.pos == self.line.len() {
            self.served.set(self.served.get() + 1);
        }
    }
}

/// Counts lines written and records the most records ever read but not yet written.
struct Watch {
    served: Rc<Cell<usize>>,
    written: usize,
    max_in_flight: usize,
}

impl Write for Watch {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let newlines = buf.iter().filter(|&&b| b == b'\n').count();
        let in_flight = self.served.get() - self.written;
        self.max_in_flight = self.max_in_flight.max(in_flight);
        self.written += newlines;
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn in_flight(count: usize, text_len: usize, options: &BatchOptions) -> (usize, usize) {
    let served = Rc::new(Cell::new(0));
    let input = Generated {
        next: 0,
        count,
        line: Vec::new(),
        pos: 0,
        served: served.clone(),
        text_len,
    };
    let mut watch = Watch {
        served,
        written: 0,
        max_in_flight: 0,
    };
    let summary = run(input, &mut watch, options, |_| {}).unwrap();
    assert_eq!(summary.records as usize, count);
    assert_eq!(watch.written, count);
    (watch.max_in_flight, summary.errors as usize)
}

#[test]
fn memory_is_bounded_by_the_window_not_the_input() {
    // 2,000 records generated on demand: never more than a window of them read ahead of the
    // output, whatever the input size.
    let options = BatchOptions {
        window: 32,
        ..Default::default()
    };
    let (max, errors) = in_flight(2000, 0, &options);
    assert_eq!(errors, 0);
    assert!(max <= 32, "{max} records in flight with a window of 32");
    // Long records: the byte budget ends the window early (100 KB records, 512 KB budget).
    let options = BatchOptions {
        window: 1000,
        window_bytes: 512 * 1024,
        ..Default::default()
    };
    let (max, _) = in_flight(60, 50_000, &options);
    assert!(
        max <= 6,
        "{max} long records in flight with a 512 KB window"
    );
}

#[test]
fn usage_and_input_errors_exit_two() {
    // No articles and no --jsonl; --jsonl with article files; an input that does not exist.
    for args in [
        &["reconstruct"][..],
        &["reconstruct", "--jsonl", "-", "a.txt"][..],
        &["reconstruct", "--jsonl", "/nonexistent/in.jsonl"][..],
    ] {
        let out = tempora(args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty());
    }
    // An empty input is an empty batch: nothing out, nothing failed.
    let out = tempora(&["reconstruct", "--jsonl", "-"], b"");
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
}

#[test]
fn guess_order_reaches_the_batch() {
    // The trained pair classifier's guesses are asked for in batch mode as for one article.
    let text = TEXTS.join(" ");
    let record = serde_json::json!({"id": "all", "published": "2019-11-10", "text": text});
    let input = format!("{record}\n");
    let guesses = |args: &[&str]| -> usize {
        let out = tempora(args, input.as_bytes());
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        String::from_utf8(out.stdout)
            .unwrap()
            .matches("trained pair classifier")
            .count()
    };
    let batch_guesses = guesses(&["reconstruct", "--jsonl", "-", "--guess-order"]);
    assert!(batch_guesses > 0, "no guessed order in batch mode");
    assert_eq!(guesses(&["reconstruct", "--jsonl", "-"]), 0);
    // The same article from a file, as JSON: the same guesses.
    let dir = std::env::temp_dir().join(format!("tempora-batch-guess-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("all.txt");
    std::fs::write(&path, format!("Published: 2019-11-10\n\nAll\n\n{text}\n")).unwrap();
    let file = path.to_str().unwrap();
    let single = guesses(&["reconstruct", "--format", "json", "--guess-order", file]);
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(batch_guesses, single);
    // Options that batch mode cannot honour are refused, not ignored. (No input: the
    // process exits before reading it, and a pending write would meet a closed pipe.)
    for flag in [&["--about", "Morales"][..], &["--verbose"][..]] {
        let mut args = vec!["reconstruct", "--jsonl", "-"];
        args.extend_from_slice(flag);
        let out = tempora(&args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
    }
}
