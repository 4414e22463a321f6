//! The phrase corpus (`tests/corpus/*.yaml`), Duckling style: every positive phrase must be
//! found whole and resolve to its group's value; every negative string must yield no time.
//!
//! A positive file has an `anchor` (the publish date) and groups of paraphrases under one
//! expected value, with an optional `tense` and `previous` (the time last talked about, a
//! day, for anaphora; `previous_time` when it is a minute, `2019-11-08T04:17`). In a phrase, words in brackets are context, not part of the time
//! expression: `"[in] 2006"` must be recognised as exactly `2006`; several unbracketed runs
//! (`"[from] Monday [to] Wednesday"`) are several expressions, with `expect` listing their
//! values in order. Failures are reported as *no parse*, *partial parse* (found, but not
//! the whole extent) or *wrong value*, all of them at once.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Deserialize;
use tempora::temporal::{
    day_end, day_start, explain, Anchor, Explanation, Profile, Reference, Tense, TimexType,
};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PositiveFile {
    anchor: NaiveDate,
    #[serde(default)]
    tense: Option<TenseName>,
    groups: Vec<Group>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct NegativeFile {
    anchor: NaiveDate,
    nothing: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Group {
    expect: Expectations,
    #[serde(default)]
    tense: Option<TenseName>,
    #[serde(default)]
    previous: Option<NaiveDate>,
    /// The time last talked about to the minute (`2019-11-08T04:17`), instead of a day.
    #[serde(default)]
    previous_time: Option<String>,
    /// `narrative` anchors partial and deictic phrases on `previous`; news by default.
    #[serde(default)]
    profile: Option<ProfileName>,
    phrases: Vec<String>,
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "lowercase")]
enum ProfileName {
    News,
    Narrative,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Expectations {
    One(Expect),
    Many(Vec<Expect>),
}

impl Expectations {
    fn list(&self) -> Vec<&Expect> {
        match self {
            Expectations::One(e) => vec![e],
            Expectations::Many(v) => v.iter().collect(),
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expect {
    value: String,
    #[serde(rename = "type")]
    kind: String,
    #[serde(default, rename = "mod")]
    modifier: Option<String>,
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "lowercase")]
enum TenseName {
    Past,
    Present,
    Future,
    None,
}

impl From<TenseName> for Tense {
    fn from(t: TenseName) -> Tense {
        match t {
            TenseName::Past => Tense::Past,
            TenseName::Present => Tense::Present,
            TenseName::Future => Tense::Future,
            TenseName::None => Tense::None,
        }
    }
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

fn corpus_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    files
}

/// The input text and the byte ranges of the expected expressions of a phrase.
fn split_phrase(phrase: &str) -> (String, Vec<(usize, usize)>) {
    let mut text = String::new();
    let mut extents = Vec::new();
    let mut current: Option<usize> = None;
    let mut in_context = false;
    for c in phrase.chars() {
        match c {
            '[' => {
                if let Some(s) = current.take() {
                    extents.push((s, text.trim_end().len()));
                }
                in_context = true;
            }
            ']' => in_context = false,
            c => {
                if !in_context && current.is_none() && !c.is_whitespace() {
                    current = Some(text.len());
                }
                text.push(c);
            }
        }
    }
    if let Some(s) = current {
        extents.push((s, text.trim_end().len()));
    }
    (text, extents)
}

fn anchor_for(file: &PositiveFile, group: &Group) -> Anchor {
    let mut anchor = Anchor::news(file.anchor);
    anchor.tense = group.tense.or(file.tense).map_or(Tense::None, Tense::from);
    anchor.previous = group.previous.map(|d| Reference {
        value: d.format("%Y-%m-%d").to_string(),
        phrase: "(previous)".into(),
        earliest: day_start(d),
        latest: day_end(d),
    });
    if let Some(t) = &group.previous_time {
        let t = chrono::NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M")
            .unwrap_or_else(|e| panic!("previous_time {t:?}: {e}"));
        anchor.previous = Some(Reference {
            value: t.format("%Y-%m-%dT%H:%M").to_string(),
            phrase: "(previous)".into(),
            earliest: t,
            latest: t,
        });
    }
    anchor.profile = match group.profile {
        Some(ProfileName::Narrative) => Profile::Narrative,
        Some(ProfileName::News) | None => Profile::News,
    };
    anchor
}

fn kind_name(k: TimexType) -> &'static str {
    match k {
        TimexType::Date => "DATE",
        TimexType::Time => "TIME",
        TimexType::Duration => "DURATION",
        TimexType::Set => "SET",
    }
}

fn timexes(found: Vec<Explanation>) -> Vec<Explanation> {
    found.into_iter().filter(|x| x.expr.is_timex()).collect()
}

#[test]
fn every_corpus_entry_holds() {
    let mut failures = String::new();
    let (mut positives, mut phenomena, mut negatives) = (0, 0, 0);
    for path in corpus_files() {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let source = std::fs::read_to_string(&path).unwrap();
        if name == "negative.yaml" {
            let file: NegativeFile =
                serde_yaml::from_str(&source).unwrap_or_else(|e| panic!("{name}: {e}"));
            for text in &file.nothing {
                negatives += 1;
                let found = timexes(explain(text, &Anchor::news(file.anchor)));
                for x in found {
                    let _ = writeln!(
                        failures,
                        "{name}: {text:?}: taken as a time: {:?} ({})",
                        &text[x.span.start..x.span.end],
                        x.rule
                    );
                }
            }
            continue;
        }
        let file: PositiveFile =
            serde_yaml::from_str(&source).unwrap_or_else(|e| panic!("{name}: {e}"));
        phenomena += 1;
        for group in &file.groups {
            let anchor = anchor_for(&file, group);
            let expected = group.expect.list();
            for phrase in &group.phrases {
                positives += 1;
                let (text, extents) = split_phrase(phrase);
                assert_eq!(
                    extents.len(),
                    expected.len(),
                    "{name}: {phrase:?}: {} expressions but {} expected values",
                    extents.len(),
                    expected.len()
                );
                let found = timexes(explain(&text, &anchor));
                for (&(s, e), want) in extents.iter().zip(&expected) {
                    let want_text = &text[s..e];
                    let overlapping: Vec<&Explanation> = found
                        .iter()
                        .filter(|x| x.span.start < e && s < x.span.end)
                        .collect();
                    let Some(x) = overlapping.first() else {
                        let _ = writeln!(failures, "{name}: {phrase:?}: no parse of {want_text:?}");
                        continue;
                    };
                    if overlapping.len() > 1 || x.span.start != s || x.span.end != e {
                        let got: Vec<&str> = overlapping
                            .iter()
                            .map(|x| &text[x.span.start..x.span.end])
                            .collect();
                        let _ = writeln!(
                            failures,
                            "{name}: {phrase:?}: partial parse: {got:?} instead of {want_text:?}"
                        );
                        continue;
                    }
                    let ok = match &x.value {
                        Ok(v) => {
                            v.value == want.value
                                && kind_name(v.kind) == want.kind
                                && v.modifier.map(|m| m.as_str()) == want.modifier.as_deref()
                        }
                        Err(_) => false,
                    };
                    if !ok {
                        let got = match &x.value {
                            Ok(v) => format!(
                                "{} {}{}",
                                v.value,
                                kind_name(v.kind),
                                v.modifier
                                    .map_or(String::new(), |m| format!(" {}", m.as_str()))
                            ),
                            Err(e) => format!("error: {e}"),
                        };
                        let _ = writeln!(
                            failures,
                            "{name}: {phrase:?}: wrong value: {got} instead of {} {}{}",
                            want.value,
                            want.kind,
                            want.modifier
                                .as_deref()
                                .map_or(String::new(), |m| format!(" {m}"))
                        );
                    }
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "corpus failures ({} lines):\n{failures}",
        failures.lines().count()
    );
    assert!(phenomena >= 15, "only {phenomena} phenomena");
    assert!(positives >= 500, "only {positives} positive examples");
    assert!(negatives >= 80, "only {negatives} negative examples");
}

/// The `explain` trace of every phrase of a corpus file, one snapshot per file.
#[test]
fn corpus_traces() {
    insta::glob!("corpus/*.yaml", |path| {
        let source = std::fs::read_to_string(path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let mut out = String::new();
        if name == "negative.yaml" {
            let file: NegativeFile = serde_yaml::from_str(&source).unwrap();
            for text in &file.nothing {
                let found = explain(text, &Anchor::news(file.anchor));
                let _ = writeln!(out, "== {text}");
                for x in found {
                    out.push_str(&x.render(text));
                }
            }
        } else {
            let file: PositiveFile = serde_yaml::from_str(&source).unwrap();
            for group in &file.groups {
                let anchor = anchor_for(&file, group);
                for phrase in &group.phrases {
                    let (text, _) = split_phrase(phrase);
                    let _ = writeln!(out, "== {phrase}");
                    for x in timexes(explain(&text, &anchor)) {
                        out.push_str(&x.render(&text));
                    }
                }
            }
        }
        insta::assert_snapshot!(out);
    });
}

#[test]
fn phrases_split_into_context_and_extents() {
    assert_eq!(
        split_phrase("[in] 2006"),
        ("in 2006".to_string(), vec![(3, 7)])
    );
    let (text, ex) = split_phrase("[from] Monday [to] Wednesday");
    assert_eq!(text, "from Monday to Wednesday");
    assert_eq!(ex, vec![(5, 11), (15, 24)]);
    assert_eq!(split_phrase("Nov. 10, 2019").1, vec![(0, 13)]);
}
