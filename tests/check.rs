//! `tempora check` and the reasoning behind it: the seed claims of the issue, a fixture with
//! contradicting statements, claims files and exit codes.

use std::process::Command;

use tempora::check::{check, parse_claim, ClaimError, Relation};
use tempora::document::{Article, ReadOptions};
use tempora::timeline::{Reconstruction, Verdict};

fn reason(path: &str) -> Reconstruction {
    let bytes = std::fs::read(path).unwrap();
    let article = Article::from_bytes(path, &bytes, &ReadOptions::default()).unwrap();
    tempora::reason_all(&[article], &tempora::Options::default()).0
}

fn answer(rec: &Reconstruction, claim: &str) -> Verdict {
    check(rec, &parse_claim(claim).unwrap()).answer
}

#[test]
fn seed_claims() {
    let rec = reason("seeds/bolivia-2019-11-10.txt");
    assert_eq!(
        answer(&rec, "clashed before shaking hands"),
        Verdict::Entailed
    );
    assert_eq!(
        answer(&rec, "shaking hands before clashed"),
        Verdict::Contradicted
    );
    assert_eq!(
        answer(&rec, "took office before elections"),
        Verdict::Entailed
    );
    assert_eq!(
        answer(&rec, "incident after speaking"),
        Verdict::Contradicted
    );
    assert_eq!(
        answer(&rec, "incident before sent greetings"),
        Verdict::Entailed
    );
    // Two past events the text never orders.
    assert_eq!(
        answer(&rec, "went on Twitter before convened"),
        Verdict::Unknown
    );
    assert_eq!(
        answer(&rec, "convened before went on Twitter"),
        Verdict::Unknown
    );
    // Dates.
    assert_eq!(
        answer(&rec, "defiant on November 8, 2019"),
        Verdict::Entailed
    );
    assert_eq!(answer(&rec, "defiant on 2019-11-09"), Verdict::Contradicted);
    assert_eq!(
        answer(&rec, "took office between 2005-01-01 and 2007-12-31"),
        Verdict::Entailed
    );
    assert_eq!(
        answer(&rec, "elections during took office"),
        Verdict::Contradicted
    );
}

#[test]
fn answers_carry_the_evidence_chain() {
    let rec = reason("seeds/bolivia-2019-11-10.txt");
    let report = check(&rec, &parse_claim("incident after speaking").unwrap());
    assert_eq!(report.subject.best[0].trigger, "incident");
    assert_eq!(report.object.as_ref().unwrap().best[0].trigger, "Speaking");
    assert!(report
        .because
        .iter()
        .any(|s| s.evidence.quote == "hours after the incident at the airport"));
}

#[test]
fn ambiguous_names_list_their_candidates() {
    let rec = reason("seeds/bolivia-2019-11-10.txt");
    // "alleged" names two events: "alleged fraud" and "has alleged vote-rigging".
    let report = check(&rec, &parse_claim("alleged before convened").unwrap());
    let all: Vec<&str> = report
        .subject
        .best
        .iter()
        .chain(&report.subject.also)
        .map(|c| c.trigger.as_str())
        .collect();
    assert!(
        all.contains(&"alleged") && all.contains(&"has alleged"),
        "{all:?}"
    );
    let report = check(
        &rec,
        &parse_claim("nonexistent thing before clashed").unwrap(),
    );
    assert_eq!(report.answer, Verdict::Unknown);
    assert_eq!(
        report.note.as_deref(),
        Some("no event matches \"nonexistent thing\"")
    );
}

#[test]
fn claim_syntax() {
    assert_eq!(
        parse_claim("a after b").unwrap().relation,
        Relation::After("b".into())
    );
    assert!(matches!(
        parse_claim("a during b").unwrap().relation,
        Relation::During(_)
    ));
    assert!(matches!(
        parse_claim("a between 2019-01-01 and 2019-02-01")
            .unwrap()
            .relation,
        Relation::Between(..)
    ));
    // "on" followed by something that is not a date is part of a name.
    assert!(matches!(
        parse_claim("went on Twitter before x").unwrap().relation,
        Relation::Before(_)
    ));
    assert!(matches!(
        parse_claim("clashed"),
        Err(ClaimError::NoRelation(_))
    ));
    assert!(matches!(
        parse_claim("before clashed"),
        Err(ClaimError::Empty(_))
    ));
    assert!(matches!(
        parse_claim("a between 2019-01-01 and someday"),
        Err(ClaimError::BadDate { .. })
    ));
}

/// `tests/inputs/conflict.txt` says the bridge collapsed on March 10, and that rescue teams
/// arrived on March 8, hours after it collapsed.
#[test]
fn contradicting_statements_name_the_sentences_at_fault() {
    let rec = reason("tests/inputs/conflict.txt");
    let t = &rec.timeline;
    assert_eq!(t.conflicts.len(), 1, "{:#?}", t.conflicts);
    let quotes: Vec<&str> = t.conflicts[0]
        .sentences
        .iter()
        .map(|s| s.quote.as_str())
        .collect();
    assert_eq!(
        quotes,
        [
            "The bridge over the Tana river collapsed on March 10, officials said.",
            "Rescue teams arrived on March 8, hours after the bridge collapsed."
        ]
    );
    // The graph stays consistent: both dates still hold. ("bridge collapsed": the learned
    // event recogniser also finds "the collapse" of the last sentence, which the timeline
    // does not merge with the verb yet, so "collapsed" alone names two events.)
    assert_eq!(
        answer(&rec, "bridge collapsed on 2020-03-10"),
        Verdict::Entailed
    );
    assert_eq!(answer(&rec, "arrived on 2020-03-08"), Verdict::Entailed);
    insta::assert_yaml_snapshot!("conflict_fixture", t.conflicts);
}

#[test]
fn cli_exit_codes_and_claims_file() {
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_tempora"))
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .unwrap()
    };
    let seed = "seeds/bolivia-2019-11-10.txt";
    let ok = run(&[
        "check",
        seed,
        "--claim",
        "clashed before shaking hands",
        "--claim",
        "took office before elections",
    ]);
    assert_eq!(
        ok.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let no = run(&[
        "check",
        seed,
        "--claim",
        "clashed before shaking hands",
        "--claim",
        "incident after speaking",
    ]);
    assert_eq!(no.status.code(), Some(1));
    insta::assert_snapshot!("check_seed_text", String::from_utf8_lossy(&no.stdout));
    let file = std::env::temp_dir().join(format!("tempora-claims-{}.yaml", std::process::id()));
    std::fs::write(
        &file,
        "- clashed before shaking hands\n- claim: took office before elections\n",
    )
    .unwrap();
    let from_file = run(&[
        "check",
        seed,
        "--claims",
        file.to_str().unwrap(),
        "--format",
        "json",
    ]);
    std::fs::remove_file(&file).ok();
    assert_eq!(from_file.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&from_file.stdout).unwrap();
    assert_eq!(json.as_array().unwrap().len(), 2);
    assert_eq!(json[1]["answer"], "entailed");
    let bad = run(&["check", seed, "--claim", "clashed"]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn seed_claims_hold_with_the_classifier_guesses_too() {
    // With --guess-order the classifier's relations join the graph as the weakest sieve: the
    // text-marked answers of the issue stay, and everything it contradicts is dropped and
    // listed as a classifier reading, never a text-marked one.
    let path = "seeds/bolivia-2019-11-10.txt";
    let bytes = std::fs::read(path).unwrap();
    let article = Article::from_bytes(path, &bytes, &ReadOptions::default()).unwrap();
    let options = tempora::Options {
        guess_order: true,
        ..tempora::Options::default()
    };
    let (rec, _) = tempora::reason_all(&[article], &options);
    for (claim, verdict) in [
        ("clashed before shaking hands", Verdict::Entailed),
        ("shaking hands before clashed", Verdict::Contradicted),
        ("took office before elections", Verdict::Entailed),
        ("incident after speaking", Verdict::Contradicted),
    ] {
        assert_eq!(answer(&rec, claim), verdict, "{claim}");
    }
    let t = &rec.timeline;
    assert!(t.conflicts.is_empty(), "{:#?}", t.conflicts);
    assert!(!t.dropped.is_empty());
    for d in &t.dropped {
        assert!(
            d.statement.says.contains("trained pair classifier"),
            "{}",
            d.statement.says
        );
    }
    // The explanation quotes the text-marked relation, not a classifier one that repeats it.
    let hands = check(&rec, &parse_claim("clashed before shaking hands").unwrap());
    assert!(hands
        .because
        .iter()
        .all(|s| !s.says.contains("trained pair classifier")));
}
