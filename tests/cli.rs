//! The command line: exit codes, error messages (snapshotted), explain traces.

use std::process::{Command, Output};

fn tempora(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tempora"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn no_publish_date_is_an_error_that_says_how_to_give_one() {
    let o = tempora(&["reconstruct", "tests/inputs/err_no_date.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    insta::assert_snapshot!("err_no_date", stderr(&o));
}

#[test]
fn published_flag_supplies_the_date() {
    let o = tempora(&[
        "reconstruct",
        "tests/inputs/err_no_date.txt",
        "--published",
        "2019-11-10",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let yaml = String::from_utf8(o.stdout).unwrap();
    assert!(yaml.contains("value: 2019-11-08"), "{yaml}");
}

#[test]
fn a_one_sentence_story_is_read_not_taken_for_its_headline() {
    let o = tempora(&[
        "reconstruct",
        "--format",
        "json",
        "tests/inputs/one_sentence.txt",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(json["documents"][0]["title"], "", "{json}");
    let events = json["events"].as_array().unwrap();
    assert_eq!(events.len(), 1, "{json}");
    assert_eq!(events[0]["trigger"], "clashed");
    assert_eq!(events[0]["when"]["value"], "2019-11-08");
}

#[test]
fn empty_file_is_an_error() {
    let o = tempora(&["reconstruct", "tests/inputs/err_empty.txt"]);
    assert_eq!(o.status.code(), Some(2));
    insta::assert_snapshot!("err_empty", stderr(&o));
}

#[test]
fn impossible_header_date_names_line_and_reason() {
    let o = tempora(&["reconstruct", "tests/inputs/err_bad_date.txt"]);
    assert_eq!(o.status.code(), Some(2));
    insta::assert_snapshot!("err_bad_date", stderr(&o));
}

#[test]
fn a_bad_article_does_not_stop_the_others() {
    let o = tempora(&[
        "reconstruct",
        "tests/inputs/err_empty.txt",
        "seeds/bolivia-2019-11-10.txt",
    ]);
    assert_eq!(o.status.code(), Some(2), "input errors give exit code 2");
    let yaml = String::from_utf8_lossy(&o.stdout);
    assert!(yaml.contains("id: bolivia-2019-11-10"));
    assert!(stderr(&o).contains("err_empty.txt: the article is empty"));
}

#[test]
fn missing_file_and_usage_errors_exit_2() {
    let o = tempora(&["reconstruct", "tests/inputs/does-not-exist.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("tests/inputs/does-not-exist.txt: cannot read"),
        "{}",
        stderr(&o)
    );
    let o = tempora(&["reconstruct"]);
    assert_eq!(o.status.code(), Some(2));
    let o = tempora(&["explain", "friday", "--published", "someday"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--published \"someday\" is not a date"));
}

#[test]
fn diagnostics_point_at_the_phrase() {
    let o = tempora(&["reconstruct", "seeds/bolivia-2019-11-10.txt"]);
    assert_eq!(o.status.code(), Some(0));
    insta::assert_snapshot!("seed_diagnostics", stderr(&o));
}

#[test]
fn explain_traces() {
    for (name, args) in [
        (
            "explain_friday_past",
            vec![
                "explain",
                "on Friday",
                "--published",
                "2019-11-10",
                "--tense",
                "past",
            ],
        ),
        (
            "explain_previous_three_nights",
            vec![
                "explain",
                "the previous three nights",
                "--published",
                "2019-11-10",
                "--tense",
                "past",
            ],
        ),
        (
            "explain_hours_after",
            vec![
                "explain",
                "hours after the incident at the airport",
                "--published",
                "2019-11-10",
            ],
        ),
        (
            "explain_absurd",
            vec![
                "explain",
                "10000000000 days ago",
                "--published",
                "2019-11-10",
            ],
        ),
    ] {
        let o = tempora(&args);
        assert_eq!(o.status.code(), Some(0), "{name}: {}", stderr(&o));
        insta::assert_snapshot!(name, String::from_utf8(o.stdout).unwrap());
    }
}

#[test]
fn explain_without_a_time_phrase_is_an_error() {
    let o = tempora(&["explain", "the cat sat", "--published", "2019-11-10"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        "error: no time phrase found in \"the cat sat\"\n"
    );
}

#[test]
fn json_has_the_same_structure_as_yaml() {
    let y = tempora(&["reconstruct", "seeds/bolivia-2019-11-10.txt"]);
    let j = tempora(&[
        "reconstruct",
        "seeds/bolivia-2019-11-10.txt",
        "--format",
        "json",
    ]);
    let from_yaml: serde_json::Value = serde_yaml::from_slice(&y.stdout).unwrap();
    let from_json: serde_json::Value = serde_json::from_slice(&j.stdout).unwrap();
    assert_eq!(from_yaml, from_json);
}

#[test]
fn conflicts_are_shown_under_their_words() {
    let o = tempora(&["reconstruct", "tests/inputs/conflict.txt"]);
    assert_eq!(o.status.code(), Some(0));
    insta::assert_snapshot!("conflict_diagnostics", stderr(&o));
}

#[test]
fn explain_takes_a_profile() {
    let passage = "On June 5, 1944, the weather cleared; yesterday it had rained";
    let run = |profile: &str| {
        let o = tempora(&[
            "explain",
            passage,
            "--published",
            "2019-11-10",
            "--profile",
            profile,
        ]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        String::from_utf8(o.stdout).unwrap()
    };
    let narrative = run("narrative");
    assert!(
        narrative.contains("value:       1944-06-04 (DATE)"),
        "{narrative}"
    );
    assert!(narrative.contains("deictic day, narrative"), "{narrative}");
    let news = run("news");
    assert!(news.contains("value:       2019-11-09 (DATE)"), "{news}");
    let o = tempora(&[
        "explain",
        "yesterday",
        "--published",
        "2019-11-10",
        "--profile",
        "history",
    ]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
}

/// The words of a shell command line: split at spaces, double quotes group.
fn shell_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quoted = false;
    let mut any = false;
    for c in line.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                any = true;
            }
            ' ' if !quoted => {
                if any {
                    words.push(std::mem::take(&mut word));
                    any = false;
                }
            }
            _ => {
                word.push(c);
                any = true;
            }
        }
    }
    if any {
        words.push(word);
    }
    words
}

#[test]
fn readme_examples_are_the_commands_real_output() {
    // Every `text` block of the README that starts with "$ tempora ..." shows that command's
    // whole standard output, byte for byte.
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md is in the repository");
    let mut checked = 0;
    for block in readme.split("```text\n").skip(1) {
        let block = block.split("```").next().unwrap_or("");
        let Some(command) = block
            .lines()
            .next()
            .and_then(|l| l.strip_prefix("$ tempora "))
        else {
            continue;
        };
        let shown = &block[block.find('\n').map_or(block.len(), |k| k + 1)..];
        let words = shell_words(command);
        let args: Vec<&str> = words.iter().map(String::as_str).collect();
        let out = tempora(&args);
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            shown,
            "README example `tempora {command}`"
        );
        checked += 1;
    }
    assert!(checked >= 3, "only {checked} README examples found");
}
