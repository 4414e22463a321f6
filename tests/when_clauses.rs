//! "when" as a connective (docs/decisions.md, *"when" as a connective*): the event of a
//! when-clause starts no later than the event it follows ends ("died when their boat sank"),
//! a past perfect event before it is over by the end of the clause's event ("had denied any
//! wrongdoing when the Ledger reported"), a past perfect that may go on (a progressive, a
//! state, one counted "for" a while) starts no later than it ends ("had been working when he
//! was abducted"), and "when" that asks, describes a time or has no
//! clause of its own relates nothing. Each exclusion stands beside a sentence the rule reads,
//! so that every test needs the rule.

use chrono::NaiveDate;
use tempora::document::Article;
use tempora::pipeline::{analyze, Analysis};
use tempora::relation::{Node, RelationKind, Sieve};
use tempora::timeline::TimelineEvent;
use tempora::Options;

fn published() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 4).unwrap()
}

fn analysis(text: &str) -> Analysis {
    analyze(
        &Article::from_body("story", text, published()),
        &Options::default(),
    )
}

/// The relations the when-clause rules state, as (source trigger, kind, target trigger).
fn when_relations(a: &Analysis) -> Vec<(&str, RelationKind, &str)> {
    let trigger = |n: Node| match n {
        Node::Event(i) => a.text_between(a.events[i].trigger.start, a.events[i].trigger.end),
        _ => "",
    };
    a.relations
        .iter()
        .filter(|r| r.sieve == Sieve::Connective && r.rule.contains(" when <clause>"))
        .map(|r| (trigger(r.source), r.kind, trigger(r.target)))
        .collect()
}

const SANK: (&str, RelationKind, &str) = ("sank", RelationKind::StartsBeforeEnd, "died");

#[test]
fn the_clause_event_starts_no_later_than_the_event_it_follows_ends() {
    let a = analysis("Three people died when their boat sank.");
    assert_eq!(when_relations(&a), [SANK]);
    let a = analysis("The crew were talking when the bomb went off.");
    assert_eq!(
        when_relations(&a),
        [("went off", RelationKind::StartsBeforeEnd, "were talking")]
    );
}

#[test]
fn a_past_perfect_event_is_over_by_the_end_of_the_clause_event() {
    let text = "Carr had denied any wrongdoing when the Daily Ledger first reported the \
                payments on Tuesday.";
    let a = analysis(text);
    assert_eq!(
        when_relations(&a),
        [("had denied", RelationKind::EndsBefore, "reported")]
    );
    // The denial, undated before, is now known to have come by Tuesday.
    let t = tempora::reconstruct(&Article::from_body("story", text, published())).timeline;
    assert!(t.conflicts.is_empty(), "{:#?}", t.conflicts);
    let denied: Vec<&TimelineEvent> = t
        .events
        .iter()
        .filter(|e| e.trigger == "had denied")
        .collect();
    assert_eq!(denied.len(), 1);
    assert_eq!(
        denied[0].when.latest.as_deref(),
        Some("2026-03-03T23:59"),
        "{:#?}",
        denied[0].when
    );
}

#[test]
fn a_perfect_that_goes_on_only_starts_by_the_clause_event() {
    for (text, main) in [
        (
            "Howes had been working for the group when he was abducted.",
            "had been working",
        ),
        (
            "She had owned the house when the war broke out.",
            "had owned",
        ),
        (
            "He had served on the board for most of his career when the bank failed.",
            "had served",
        ),
    ] {
        let a = analysis(text);
        let found = when_relations(&a);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(
            (found[0].0, found[0].1),
            (main, RelationKind::StartsBeforeEnd),
            "{text}"
        );
    }
}

#[test]
fn a_present_perfect_reads_as_a_simple_verb() {
    let a = analysis("The warplanes have retreated when the radar locked onto them.");
    assert_eq!(
        when_relations(&a),
        [("locked", RelationKind::StartsBeforeEnd, "have retreated")]
    );
}

#[test]
fn what_is_expected_or_might_be_is_not_placed() {
    for text in [
        "Officials expect little help from the police when agents come for the boy.",
        "The allied forces could suffer heavy losses when they meet the Guard.",
    ] {
        let a = analysis(&format!("{text} Three people died when their boat sank."));
        assert_eq!(when_relations(&a), [SANK], "{text}");
    }
}

#[test]
fn a_present_clause_after_a_past_event_belongs_to_what_it_reports() {
    // The law takes effect after the ruling: it cannot start by the ruling's end.
    let a = analysis(
        "The court ruled the law void when it takes effect. Three people died when their boat \
         sank.",
    );
    assert_eq!(when_relations(&a), [SANK]);
}

#[test]
fn only_the_event_of_the_clause_right_before_is_placed() {
    // "which ground to a halt" has no event, and "launched" came before the dispatching.
    for text in [
        "China launched war games, which ground to a halt when Washington dispatched two \
         carriers.",
        "The agency reported that when workers demanded a raise, a supervisor slapped one.",
    ] {
        let a = analysis(&format!("{text} Three people died when their boat sank."));
        assert_eq!(when_relations(&a), [SANK], "{text}");
    }
}

#[test]
fn a_perfect_infinitive_is_a_past_perfect() {
    let a = analysis(
        "Kang is believed to have been dismissed when the official media referred to him as a \
         former premier.",
    );
    assert_eq!(
        when_relations(&a),
        [(
            "to have been dismissed",
            RelationKind::EndsBefore,
            "referred"
        )]
    );
}

#[test]
fn an_indirect_question_relates_nothing() {
    for question in [
        "Officials did not say when the attack occurred.",
        "The company does not know when the plant reopens.",
        "Reporters asked him when the talks resume.",
    ] {
        let a = analysis(&format!(
            "{question} Three people died when their boat sank."
        ));
        assert_eq!(when_relations(&a), [SANK], "{question}");
    }
}

#[test]
fn that_was_when_and_since_when_relate_nothing() {
    for text in [
        "That was when the troops left the city.",
        "Nobody has seen him since when the fighting began.",
    ] {
        let a = analysis(&format!("{text} Three people died when their boat sank."));
        assert_eq!(when_relations(&a), [SANK], "{text}");
    }
}

#[test]
fn when_it_comes_to_is_a_topic() {
    let a = analysis(
        "Voters turned cautious when it comes to taxes. Three people died when their boat sank.",
    );
    assert_eq!(when_relations(&a), [SANK]);
}

#[test]
fn a_clause_without_a_subject_relates_nothing() {
    let a = analysis(
        "The minister declined to comment when asked about the payments. Three people died \
         when their boat sank.",
    );
    assert_eq!(when_relations(&a), [SANK]);
}

#[test]
fn a_clause_after_a_time_is_left_to_the_time() {
    // The clause says what the time was; the time-anchor sieve dates both events by it.
    let a = analysis(
        "He was working in Kansas City in 1968 when Russian troops swept through Prague. Three \
         people died when their boat sank.",
    );
    assert_eq!(when_relations(&a), [SANK]);
}

#[test]
fn a_clause_after_a_comma_or_but_belongs_to_what_follows() {
    // "happened" came before the return: the clause opens the next main clause.
    let a = analysis(
        "Neither side would say what happened, but when Manuel returned to his house, he was \
         upset. Three people died when their boat sank.",
    );
    assert_eq!(when_relations(&a), [SANK]);
}
