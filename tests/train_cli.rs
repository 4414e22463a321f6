//! The training binaries' command lines (`train-tlinks`, `train-events`): modes listed by
//! `--help`, usage errors with exit code 2 and a message (never a panic), `--flag=value` and
//! negative values understood.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use tempora::relation::classifier::PairModel;

fn run(bin: &str, args: &[&str]) -> Output {
    Command::new(bin)
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs")
}

fn tlinks(args: &[&str]) -> Output {
    run(env!("CARGO_BIN_EXE_train-tlinks"), args)
}

fn events(args: &[&str]) -> Output {
    run(env!("CARGO_BIN_EXE_train-events"), args)
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Exit code 2, nothing on standard output, `message` on standard error, no panic.
fn assert_usage_error(o: &Output, message: &str) {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(o.stdout.is_empty(), "{}", stdout(o));
    assert!(err.contains(message), "expected {message:?} in:\n{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(!err.contains("backtrace"), "{err}");
}

/// A folder with one small TimeML document of our own (two events, one time, two TLINKs).
fn tiny_corpus(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("tempora-{name}-{}", std::process::id()));
    let docs = dir.join("docs");
    std::fs::create_dir_all(&docs).unwrap();
    let xml = concat!(
        "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>d1</DOCID>\n",
        "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\" temporalFunction=\"false\" ",
        "functionInDocument=\"CREATION_TIME\">1998-01-08</TIMEX3></DCT>\n",
        "<TEXT>\nPolice <EVENT eid=\"e1\" class=\"OCCURRENCE\">clashed</EVENT> with protesters ",
        "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-07\">yesterday</TIMEX3> and officials ",
        "<EVENT eid=\"e2\" class=\"REPORTING\">said</EVENT> they would leave.\n</TEXT>\n",
        "<MAKEINSTANCE eiid=\"ei1\" eventID=\"e1\" tense=\"PAST\" aspect=\"NONE\" polarity=\"POS\" pos=\"VERB\"/>\n",
        "<MAKEINSTANCE eiid=\"ei2\" eventID=\"e2\" tense=\"PAST\" aspect=\"NONE\" polarity=\"POS\" pos=\"VERB\"/>\n",
        "<TLINK lid=\"l1\" relType=\"IS_INCLUDED\" eventInstanceID=\"ei1\" relatedToTime=\"t1\"/>\n",
        "<TLINK lid=\"l2\" relType=\"BEFORE\" eventInstanceID=\"ei1\" relatedToEventInstance=\"ei2\"/>\n",
        "</TimeML>\n"
    );
    std::fs::write(docs.join("d1.tml"), xml).unwrap();
    dir
}

fn path(p: &Path) -> &str {
    p.to_str().expect("a UTF-8 temporary path")
}

#[test]
fn help_lists_the_modes_and_the_environment() {
    let o = tlinks(&["--help"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let help = stdout(&o);
    for mode in ["cv", "split", "train", "oracle"] {
        assert!(
            help.contains(&format!("\n  {mode} ")),
            "{mode} missing:\n{help}"
        );
    }
    assert!(help.contains("TLINK_LABELS=direct"), "{help}");

    let o = events(&["--help"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let help = stdout(&o);
    for mode in ["cv", "split", "train"] {
        assert!(
            help.contains(&format!("\n  {mode} ")),
            "{mode} missing:\n{help}"
        );
    }
}

#[test]
fn every_flag_is_documented_in_its_modes_help() {
    let o = tlinks(&["cv", "--help"]);
    let help = stdout(&o);
    for flag in [
        "--folds",
        "--shipped-events",
        "--matres",
        "--mixes",
        "--epochs",
        "--prune",
        "--seed",
        "--none-bias",
        "--learner",
        "--mix",
        "--net-dim",
        "--net-epochs",
        "--net-rate",
        "--net-l2",
        "--net-seed",
        "--net-dropout",
        "--net-min-count",
        "--net-average",
        "--net-bag",
        "--raw-net-bag",
        "--raw-net-dim",
        "--raw-net-min-count",
        "--raw-net-epochs",
        "--raw-net-l2",
        "--bag",
        "--event-folds",
        "--raw-none-shift",
        "--raw-shifts",
        "--raw-detail",
        "--raw-words",
        "--event-bias",
        "--extra",
        "--extra-weight",
        "--extra-kinds",
        "--extra-parts",
        "--extra-models",
    ] {
        assert!(help.contains(flag), "{flag} missing:\n{help}");
    }
    assert!(
        help.contains("[default: -6000,0,-4000,-4000,0,0]"),
        "{help}"
    );
    // The fold recognisers' default shifts are train-events' (the shipped model's).
    assert!(help.contains("[default: 5000,10000]"), "{help}");
    let events_help = stdout(&events(&["cv", "--help"]));
    assert!(
        events_help.contains("[default: 5000]") && events_help.contains("[default: 10000]"),
        "{events_help}"
    );
    let help = stdout(&tlinks(&["train", "--help"]));
    assert!(
        help.contains("--out <FILE>") && help.contains("--out-gold <FILE>"),
        "{help}"
    );
    let help = stdout(&events(&["cv", "--help"]));
    for flag in ["--folds", "--epochs", "--bias", "--rule-bias", "--prune"] {
        assert!(help.contains(flag), "{flag} missing:\n{help}");
    }
}

#[test]
fn an_unknown_flag_is_an_error_not_a_folder() {
    assert_usage_error(
        &tlinks(&["cv", "--bogus", "some/dir"]),
        "unexpected argument '--bogus'",
    );
    assert_usage_error(
        &events(&["train", "--bogus", "some/dir"]),
        "unexpected argument '--bogus'",
    );
    // A flag of another mode.
    assert_usage_error(
        &tlinks(&["oracle", "--folds", "3", "some/dir"]),
        "unexpected argument '--folds'",
    );
    assert_usage_error(
        &tlinks(&["frob", "some/dir"]),
        "unrecognized subcommand 'frob'",
    );
    assert_usage_error(&tlinks(&["cv"]), "<DIR>");
    assert_usage_error(&events(&["split", "some/dir"]), "<TEST_DIR>");
}

#[test]
fn a_bad_value_is_an_error_with_the_flag_named() {
    assert_usage_error(
        &tlinks(&["cv", "--folds", "x", "some/dir"]),
        "invalid value 'x' for '--folds <K>'",
    );
    assert_usage_error(
        &events(&["cv", "--folds=1", "some/dir"]),
        "at least 2 folds",
    );
    assert_usage_error(
        &tlinks(&["cv", "--none-bias", "-9000,x", "some/dir"]),
        "\"x\" is not a weight",
    );
    assert_usage_error(
        &tlinks(&["cv", "--none-bias", "1,2,3,4,5,6,7", "some/dir"]),
        "at most 6 numbers",
    );
    assert_usage_error(
        &tlinks(&["cv", "--raw-none-shift", "1,2,3,4,5,6,7", "some/dir"]),
        "at most 6 numbers",
    );
    assert_usage_error(
        &tlinks(&["cv", "--raw-shifts", "-3000;y", "some/dir"]),
        "\"y\" is not a weight",
    );
    assert_usage_error(
        &tlinks(&["cv", "--event-folds", "some", "some/dir"]),
        "invalid value 'some' for '--event-folds <N>'",
    );
    assert_usage_error(
        &tlinks(&["cv", "--event-bias", "5000", "some/dir"]),
        "two numbers: B,R",
    );
    assert_usage_error(
        &tlinks(&["cv", "--event-bias", "5000,z", "some/dir"]),
        "\"z\" is not a weight",
    );
    assert_usage_error(
        &tlinks(&["cv", "--mix", "-1,2", "some/dir"]),
        "a mix is 8 numbers",
    );
    assert_usage_error(
        &tlinks(&["cv", "--learner", "forest", "some/dir"]),
        "[possible values: perceptron, net]",
    );
    assert_usage_error(
        &tlinks(&["cv", "--extra-weight=-1", "some/dir"]),
        "\"-1\" is not a number ≥ 0",
    );
    assert_usage_error(
        &tlinks(&["cv", "--extra-kinds", "e-dct,e-x", "some/dir"]),
        "unknown kind of pair \"e-x\"",
    );
    assert_usage_error(
        &tlinks(&["train", "--extra-parts", "link,all", "some/dir"]),
        "[possible values: link, relation, net]",
    );
    assert_usage_error(
        &events(&["train", "--bias", "lots", "some/dir"]),
        "invalid value 'lots' for '--bias <W>'",
    );
}

#[test]
fn values_may_follow_an_equals_sign_and_start_with_a_minus() {
    // The options are understood, so the run gets as far as reading the (missing) folder.
    let o = tlinks(&[
        "cv",
        "--folds=3",
        "--none-bias",
        "-9000,-1",
        "--mix",
        "-0.5,0,0.5,0.5,0,0.5,0.5",
        "--mixes=-1,0,0,0,0,0,1,1;0,0,0,0,0,1,1",
        "--prune",
        "-3",
        "--raw-none-shift=-2000,0,-1000",
        "--raw-shifts=-1000;-2000,-2000",
        "--event-folds",
        "4",
        "--event-bias=-2000,0",
        "--raw-detail",
        "--raw-words",
        "no/such/dir",
    ]);
    assert_usage_error(&o, "cannot read no/such/dir");
    let o = events(&["cv", "--bias", "-2000", "--rule-bias=-1", "no/such/dir"]);
    assert_usage_error(&o, "cannot read no/such/dir");
}

#[test]
fn train_writes_the_models_named_with_equals_signs() {
    let dir = tiny_corpus("train-cli");
    let docs = dir.join("docs");
    let (raw, gold, ev) = (
        dir.join("raw.model"),
        dir.join("gold.model"),
        dir.join("events.model"),
    );
    let o = tlinks(&[
        "train",
        "--epochs=2",
        &format!("--out={}", path(&raw)),
        &format!("--out-gold={}", path(&gold)),
        path(&docs),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("== in-sample"), "{}", stdout(&o));
    // Two perceptrons per model, two passes each, and by default a network for the
    // gold-entity model and two for the raw-text model (three passes of their own, whatever
    // --epochs says).
    let err = stderr(&o);
    let lines = |start: &str| err.lines().filter(|l| l.starts_with(start)).count();
    assert_eq!(lines("  epoch  2:"), 4, "{err}");
    assert_eq!(lines("  epoch  3:"), 0, "{err}");
    assert_eq!(lines("  net epoch  3:"), 3, "{err}");
    assert!(raw.is_file() && gold.is_file());
    for file in [&raw, &gold] {
        let model = PairModel::from_bytes(&std::fs::read(file).unwrap()).unwrap();
        assert!(!model.net.is_empty(), "{} has no network", file.display());
    }
    // --learner perceptron writes the perceptrons alone.
    let o = tlinks(&[
        "train",
        "--epochs=2",
        "--learner=perceptron",
        &format!("--out={}", path(&raw)),
        path(&docs),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(!stderr(&o).contains("net epoch"), "{}", stderr(&o));
    let model = PairModel::from_bytes(&std::fs::read(&raw).unwrap()).unwrap();
    assert!(model.net.is_empty());

    let o = events(&[
        "train",
        "--epochs=3",
        "--bias=-100",
        &format!("--out={}", path(&ev)),
        path(&docs),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("epoch  3:"), "{}", stderr(&o));
    assert!(!stderr(&o).contains("epoch  4:"), "{}", stderr(&o));
    assert!(ev.is_file());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_bag_of_networks_extends_the_single_network_model_and_retrains_to_the_same_bytes() {
    let dir = tiny_corpus("net-bag");
    let docs = dir.join("docs");
    let train = |file: &Path, bag: Option<&str>| {
        let out = format!("--out-gold={}", path(file));
        // The raw-text model (trained too, not written) keeps one network here.
        let mut args = vec!["train", "--epochs=2", "--raw-net-bag=1", out.as_str()];
        args.extend(bag);
        args.push(path(&docs));
        let o = tlinks(&args);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        (std::fs::read(file).unwrap(), stderr(&o))
    };
    let (one, err) = train(&dir.join("one.model"), None);
    assert_eq!(
        err.lines()
            .filter(|l| l.starts_with("  net epoch  3:"))
            .count(),
        2,
        "{err}"
    );
    // --net-bag 1 is the default, to the byte.
    let (also_one, _) = train(&dir.join("also-one.model"), Some("--net-bag=1"));
    assert_eq!(also_one, one);
    // Three networks per model: the first trained as without the flag, so the file starts
    // with the single-network model's bytes and the two others follow it.
    let (three, err) = train(&dir.join("three.model"), Some("--net-bag=3"));
    assert_eq!(
        err.lines()
            .filter(|l| l.starts_with("  net epoch  3:"))
            .count(),
        4,
        "{err}"
    );
    assert!(three.len() > one.len() && three.starts_with(&one));
    let model = PairModel::from_bytes(&three).unwrap();
    assert_eq!(model.net_bag.len(), 2);
    assert_eq!(model.to_bytes(), three);
    assert_eq!(PairModel::from_bytes(&one).unwrap().net, model.net);
    assert!(model.net_bag.iter().all(|n| *n != model.net));
    assert_ne!(model.net_bag[0], model.net_bag[1]);
    let (again, _) = train(&dir.join("three-again.model"), Some("--net-bag=3"));
    assert_eq!(again, three);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_raw_net_flags_change_the_raw_text_model_alone() {
    let dir = tiny_corpus("raw-net");
    let docs = dir.join("docs");
    let train = |name: &str, flags: &[&str]| {
        let raw = dir.join(format!("{name}.model"));
        let gold = dir.join(format!("{name}-gold.model"));
        let (out, out_gold) = (
            format!("--out={}", path(&raw)),
            format!("--out-gold={}", path(&gold)),
        );
        let mut args = vec!["train", "--epochs=2", out.as_str(), out_gold.as_str()];
        args.extend(flags);
        args.push(path(&docs));
        let o = tlinks(&args);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let read = |f: &Path| PairModel::from_bytes(&std::fs::read(f).unwrap()).unwrap();
        (read(&raw), read(&gold))
    };
    // One network for raw text, as the gold-entity model has.
    let (raw, gold) = train("single", &["--raw-net-bag=1", "--raw-net-min-count=3"]);
    assert!(raw.net_bag.is_empty());
    // Given the shared settings' own values, the other flags change nothing.
    let (same_raw, same_gold) = train(
        "same",
        &[
            "--raw-net-bag=1",
            "--raw-net-dim=32",
            "--raw-net-min-count=3",
            "--raw-net-epochs=3",
        ],
    );
    assert_eq!(same_raw.to_bytes(), raw.to_bytes());
    assert_eq!(same_gold.to_bytes(), gold.to_bytes());
    // The shipped settings: two networks for raw text, the gold-entity model as before.
    let (shipped_raw, shipped_gold) = train("shipped", &[]);
    assert_eq!(shipped_gold.to_bytes(), gold.to_bytes());
    assert_eq!(shipped_raw.net_bag.len(), 1);
    // Two narrower networks for raw text; the gold-entity model keeps its one network.
    let (bagged, gold_after) = train(
        "bagged",
        &[
            "--raw-net-bag=2",
            "--raw-net-dim=16",
            "--raw-net-min-count=3",
        ],
    );
    assert_eq!(gold_after.to_bytes(), gold.to_bytes());
    assert!(gold_after.net_bag.is_empty());
    assert_eq!(bagged.net_bag.len(), 1);
    assert_ne!(bagged.net, raw.net);
    assert_ne!(bagged.net_bag[0], bagged.net);
    // The perceptrons are trained as before.
    assert_eq!(bagged.link.to_bytes(), raw.link.to_bytes());
    assert_eq!(bagged.relation.to_bytes(), raw.relation.to_bytes());
    // --net-bag bags the gold-entity model; --raw-net-bag=1 keeps raw text to one network.
    let (raw_one, gold_three) = train(
        "gold-bag",
        &["--net-bag=3", "--raw-net-bag=1", "--raw-net-min-count=3"],
    );
    assert_eq!(gold_three.net_bag.len(), 2);
    assert_eq!(raw_one.to_bytes(), raw.to_bytes());
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Runs `bin` with its standard output a pipe whose reading end is already closed (as
/// `train-tlinks cv ... | head -1` once `head` has its line), and returns the exit code and the
/// standard error.
fn with_closed_stdout(bin: &str, args: &[&str]) -> (Option<i32>, String) {
    use std::io::Read;
    use std::process::Stdio;
    let mut child = Command::new(bin)
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    // Closed before the child has read its corpus and trained, so its first line meets a
    // closed pipe. (Were the child ever faster, its output would sit in the pipe's buffer and
    // the test would pass without testing anything; it cannot fail spuriously.)
    drop(child.stdout.take());
    let mut err = String::new();
    child
        .stderr
        .take()
        .expect("stderr is piped")
        .read_to_string(&mut err)
        .expect("stderr is text");
    let status = child.wait().expect("the binary ends");
    (status.code(), err)
}

#[test]
fn a_closed_pipe_ends_the_run_quietly() {
    let dir = tiny_corpus("closed-pipe");
    let docs = dir.join("docs");
    for (bin, name) in [
        (env!("CARGO_BIN_EXE_train-tlinks"), "train-tlinks"),
        (env!("CARGO_BIN_EXE_train-events"), "train-events"),
    ] {
        let (code, err) = with_closed_stdout(bin, &["train", "--epochs=1", path(&docs)]);
        assert_eq!(code, Some(0), "{name}: {err}");
        assert!(!err.contains("panicked"), "{name}: {err}");
        assert!(!err.contains("error"), "{name}: {err}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The number of pairs the first perceptron of a run (fold 1's gold-entity link perceptron in
/// `cv`) trains on, from its first epoch line.
fn first_pairs(err: &str) -> usize {
    let line = err
        .lines()
        .find(|l| l.starts_with("  epoch  1:"))
        .unwrap_or_else(|| panic!("no epoch line in:\n{err}"));
    line.split(" on ")
        .nth(1)
        .unwrap()
        .trim_end_matches(" pairs")
        .parse()
        .unwrap()
}

#[test]
fn extra_documents_train_every_fold_and_are_never_scored() {
    let dir = tiny_corpus("extra");
    let docs = dir.join("docs");
    let one = std::fs::read_to_string(docs.join("d1.tml")).unwrap();
    std::fs::write(docs.join("d2.tml"), one.replace(">d1<", ">d2<")).unwrap();
    let extra = dir.join("extra");
    std::fs::create_dir_all(&extra).unwrap();
    std::fs::write(extra.join("x1.tml"), one.replace(">d1<", ">x1<")).unwrap();
    std::fs::write(extra.join("x2.tml"), one.replace(">d1<", ">x2<")).unwrap();
    // A file that does not parse is skipped, and counted.
    std::fs::write(extra.join("bad.tml"), "<TimeML><TEXT>no end").unwrap();
    let cv = |more: &[&str]| {
        let mut args = vec!["cv", "--folds=2", "--epochs=1", "--learner=perceptron"];
        args.extend_from_slice(more);
        args.push(path(&docs));
        let o = tlinks(&args);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        o
    };
    let extra_flag = format!("--extra={}", path(&extra));
    let without = cv(&[]);
    let with = cv(&[&extra_flag]);
    let twice = cv(&[&extra_flag, "--extra-weight=2"]);
    let half = cv(&[&extra_flag, "--extra-weight=0.5"]);
    let relation_only = cv(&[&extra_flag, "--extra-parts=relation"]);
    let raw_only = cv(&[&extra_flag, "--extra-models=raw"]);
    let err = stderr(&with);
    assert!(
        err.contains("2 extra documents for training only (1 unreadable, skipped)"),
        "{err}"
    );
    assert!(err.contains("skipped") && err.contains("bad.tml"), "{err}");
    assert!(
        err.contains("fold 1/2: training on 1 documents and 2 extra")
            && err.contains("fold 2/2: training on 1 documents and 2 extra"),
        "{err}"
    );
    // Only the two evaluated documents are held out and scored.
    for o in [&without, &with] {
        let out = stdout(o);
        assert!(out.contains("all 2 documents"), "{out}");
        assert!(!out.contains("x1") && !out.contains("x2"), "{out}");
    }
    // The extra pairs reach the link perceptron as often as --extra-weight says, and not at
    // all when only the relation perceptron or only the raw-text model learns from them.
    let n0 = first_pairs(&stderr(&without));
    let n1 = first_pairs(&err);
    assert!(n1 > n0, "{n1} pairs with the extra documents, {n0} without");
    assert_eq!(first_pairs(&stderr(&twice)) - n0, 2 * (n1 - n0));
    assert_eq!(2 * (first_pairs(&stderr(&half)) - n0), n1 - n0);
    assert_eq!(first_pairs(&stderr(&relation_only)), n0);
    assert_eq!(first_pairs(&stderr(&raw_only)), n0);

    // A document both evaluated and extra would be trained on where it is held out.
    let o = tlinks(&[
        "cv",
        "--folds=2",
        &format!("--extra={}", path(&docs)),
        path(&docs),
    ]);
    assert_usage_error(&o, "extra document d1");
    assert_usage_error(&o, "is also evaluated");
    std::fs::remove_dir_all(&dir).unwrap();
}
