//! One happening told many ways in a crisis story (`tests/inputs/quake.txt`, a fixture
//! written for these tests): "Monday's earthquake", "The magnitude 7.8 quake struck at 4:17
//! a.m.", "since the quake", "three days after the disaster" are one event, "A second quake"
//! is another, and times counted in hours from a time of day are times of day.

use tempora::check;
use tempora::document::{Article, ReadOptions};
use tempora::event::Status;
use tempora::timeline::{Timeline, TimelineEvent, Verdict};

const QUAKE: &str = "tests/inputs/quake.txt";

fn article() -> Article {
    let bytes = std::fs::read(QUAKE).expect("the fixture is in the repository");
    Article::from_bytes(QUAKE, &bytes, &ReadOptions::default()).expect("the fixture reads")
}

fn timeline() -> Timeline {
    tempora::reconstruct(&article()).timeline
}

fn one<'a>(t: &'a Timeline, words: &str) -> &'a TimelineEvent {
    let found: Vec<_> = t
        .events
        .iter()
        .filter(|e| e.summary.contains(words))
        .collect();
    assert_eq!(found.len(), 1, "events matching {words:?}: {found:#?}");
    found[0]
}

fn claim(text: &str) -> Verdict {
    let (rec, _) = tempora::reason_all(&[article()], &tempora::Options::default());
    check::check(&rec, &check::parse_claim(text).expect("the claim parses")).answer
}

#[test]
fn the_quake_named_before_is_the_one_that_struck() {
    let t = timeline();
    let quake = one(&t, "quake struck");
    assert_eq!(quake.when.value, "2023-02-06T04:17");
    // "Monday's earthquake" (first sentence) and "since the quake" are the same happening.
    let quotes: Vec<&str> = quake.evidence.iter().map(|e| &*e.quote).collect();
    assert!(
        quotes
            .iter()
            .any(|q| q.starts_with("The death toll from Monday's")),
        "{quotes:?}"
    );
    assert!(
        quotes.iter().any(|q| q.contains("closed since the quake")),
        "{quotes:?}"
    );
    assert!(
        t.events.iter().all(|e| e.summary != "the quake"),
        "\"the quake\" is left as an event of its own"
    );
}

#[test]
fn a_second_quake_is_another_happening_hours_later() {
    let t = timeline();
    let second = one(&t, "A second quake");
    assert_ne!(second.id, one(&t, "quake struck").id);
    // "about nine hours later" than 04:17: 13:17, give or take an hour.
    assert_eq!(second.when.earliest.as_deref(), Some("2023-02-06T12:17"));
    assert_eq!(second.when.latest.as_deref(), Some("2023-02-06T14:17"));
    assert_eq!(claim("struck before second quake"), Verdict::Entailed);
    assert_eq!(claim("second quake before struck"), Verdict::Contradicted);
}

#[test]
fn days_after_the_disaster_count_from_the_quake() {
    let t = timeline();
    let pulled = one(&t, "pulled a girl");
    // Two to four days after Monday 04:17 (it starts by Friday 04:17), and over by the end
    // of the publish day, Friday the 10th, as a past event.
    let earliest = pulled.when.earliest.as_deref().expect("an earliest bound");
    assert!(earliest.starts_with("2023-02-08T04:1"), "{earliest}");
    assert_eq!(pulled.when.latest.as_deref(), Some("2023-02-10T23:59"));
    assert_eq!(claim("struck before pulled"), Verdict::Entailed);
}

#[test]
fn closed_since_the_quake_starts_with_it() {
    let t = timeline();
    let closed = t
        .events
        .iter()
        .find(|e| e.trigger == "had been closed")
        .expect("the closing is an event");
    assert_eq!(closed.when.earliest.as_deref(), Some("2023-02-06T04:17"));
    assert_eq!(claim("closed before struck"), Verdict::Contradicted);
}

#[test]
fn began_arriving_is_one_event_dated_thursday() {
    let t = timeline();
    let aid = one(&t, "Aid began arriving");
    assert_eq!(aid.when.value, "2023-02-09");
    assert!(
        t.events
            .iter()
            .all(|e| e.summary != "Aid arriving in northwest Syria on Thursday"),
        "the arriving is left as a row of its own"
    );
}

#[test]
fn a_time_of_day_reads_as_one_minute_in_markdown() {
    let t = timeline();
    let md = tempora::export::to_markdown(&t);
    assert!(md.contains("| 6 Feb 2023, 04:17 |"), "{md}");
    assert!(md.contains("| 6 Feb 2023, 12:17–14:17 |"), "{md}");
}

#[test]
fn the_merged_event_lists_the_words_it_is_told_by() {
    let t = timeline();
    let quake = one(&t, "quake struck");
    assert_eq!(quake.trigger, "struck");
    assert_eq!(quake.told_as, ["earthquake", "quake", "disaster"]);
    // An event told once has no other names, and YAML leaves the field out.
    let pulled = one(&t, "rescuers pulled");
    assert!(pulled.told_as.is_empty(), "{:?}", pulled.told_as);
    // The second quake is "A second quake ... hit"; "Aid began arriving" is one row.
    assert_eq!(one(&t, "second quake").told_as, ["quake"]);
    assert_eq!(one(&t, "began arriving").told_as, ["arriving"]);
    let yaml = serde_yaml::to_string(&t).expect("the timeline serialises");
    assert_eq!(yaml.matches("told_as:").count(), 3, "{yaml}");
}

#[test]
fn a_claim_may_name_a_happening_by_any_of_its_words() {
    // Before, "earthquake" matched no event: the merged event is named "struck".
    assert_eq!(claim("earthquake before pulled"), Verdict::Entailed);
    assert_eq!(claim("pulled before disaster"), Verdict::Contradicted);
}

#[test]
fn markdown_names_what_the_summary_does_not_show() {
    let t = timeline();
    let md = tempora::export::to_markdown(&t);
    // "quake" is in the summary; "earthquake" and "disaster" are not.
    assert!(
        md.contains(
            "| The magnitude 7.8 quake struck at 4:17 a.m. local time on Monday near the city of \
             Gaziantep (also told as “earthquake”, “disaster”) |"
        ),
        "{md}"
    );
    let second = md
        .lines()
        .find(|l| l.contains("A second quake of magnitude 7.5 hit"))
        .expect("the second quake has a row");
    assert!(!second.contains("also told as"), "{second}");
}

#[test]
fn a_sentence_is_quoted_once_per_event() {
    // "Aid began arriving" is two mentions of one sentence: one piece of evidence.
    let t = timeline();
    let aid = one(&t, "began arriving");
    assert_eq!(aid.evidence.len(), 1, "{:#?}", aid.evidence);
    let second = one(&t, "second quake");
    assert_eq!(second.evidence.len(), 1, "{:#?}", second.evidence);
    // Four sentences tell the quake, each quoted once.
    assert_eq!(one(&t, "quake struck").evidence.len(), 4);
}

/// A dock strike (`tests/inputs/strike.txt`, a story written for these tests).
fn strike() -> Timeline {
    let path = "tests/inputs/strike.txt";
    let bytes = std::fs::read(path).expect("the fixture is in the repository");
    let article =
        Article::from_bytes(path, &bytes, &ReadOptions::default()).expect("the fixture reads");
    tempora::reconstruct(&article).timeline
}

#[test]
fn talks_between_two_sides_that_broke_down_are_one_happening() {
    // "a week after talks between the union and the port employers broke down": the head of
    // the subject ends at "between", so "broke down" tells the talks, and the week counts
    // from the breakdown.
    let t = strike();
    let talks = one(&t, "talks between the union");
    assert_eq!(talks.trigger, "broke");
    assert_eq!(talks.told_as, ["talks"]);
    // A week before the walkout of March 6: six to eight days (2024 is a leap year), so the
    // breakdown ended between 27 Feb and 29 Feb.
    assert_eq!(talks.when.latest.as_deref(), Some("2024-02-29T23:59"));
    assert_eq!(talks.when.earliest_end.as_deref(), Some("2024-02-27T00:00"));
    assert!(
        t.events.iter().all(|e| e.summary != "talks"),
        "\"talks\" is left as an event of its own"
    );
}

#[test]
fn hours_after_count_from_the_verb_that_the_morning_dates() {
    // "Dockworkers ... returned to work on Friday morning, hours after their union accepted a
    // new pay offer": the hours separate the accepting from the returning (which the morning
    // dates), not from "to work".
    let t = strike();
    let accepted = one(&t, "accepted a new pay offer");
    let returned = one(&t, "returned to work");
    let r = t
        .relations
        .iter()
        .find(|r| r.source == accepted.id && r.rule.contains("metric distance"))
        .expect("the distance is a relation of its own");
    assert_eq!(r.target, returned.id);
    assert_eq!(r.minutes, Some([60, 1439]));
    // Returned at 06:00 at the earliest and 11:59 at the latest, so the accepting ended
    // between Thursday 06:01 and Friday 10:59; when it began is open.
    let w = &accepted.when;
    assert_eq!(w.earliest, None);
    assert_eq!(w.latest.as_deref(), Some("2024-03-15T10:59"));
    assert_eq!(w.earliest_end.as_deref(), Some("2024-03-14T06:01"));
    assert_eq!(w.latest_start, None);
    assert!(
        w.earliest_end_because
            .iter()
            .any(|b| b.contains("60–1439 minutes before the start of")),
        "{:?}",
        w.earliest_end_because
    );
    let md = tempora::export::to_markdown(&t);
    assert!(
        md.contains("| ended c. 14–15 Mar 2024 | their union accepted a new pay offer |"),
        "{md}"
    );
}

#[test]
fn a_dated_event_shows_no_window_of_its_own() {
    // Both bounds known: the event lies between them, and no end or start window is added.
    let t = strike();
    let w = &one(&t, "The walkout began").when;
    assert_eq!(w.value, "2024-03-06");
    assert_eq!(
        (w.earliest_end.as_ref(), w.latest_start.as_ref()),
        (None, None)
    );
}

/// `tests/inputs/crossing.txt`, a story written for these tests: sentences where a journalist
/// saw a wrong event, subject, date or order.
const CROSSING: &str = "tests/inputs/crossing.txt";

fn crossing_article() -> Article {
    let bytes = std::fs::read(CROSSING).expect("the fixture is in the repository");
    Article::from_bytes(CROSSING, &bytes, &ReadOptions::default()).expect("the fixture reads")
}

fn crossing() -> Timeline {
    tempora::reconstruct(&crossing_article()).timeline
}

/// `body` under a header published on Tuesday 2026-02-10.
fn article_of(body: &str) -> Article {
    let text = format!("Published: 2026-02-10\n\n{body}\n");
    Article::from_bytes("inline.txt", text.as_bytes(), &ReadOptions::default())
        .expect("the text reads")
}

fn timeline_of(body: &str) -> Timeline {
    tempora::reconstruct(&article_of(body)).timeline
}

fn with_trigger<'a>(t: &'a Timeline, trigger: &str) -> Option<&'a TimelineEvent> {
    t.events.iter().find(|e| e.trigger == trigger)
}

/// Asserts that no event of `t` has `who` for its subject.
fn assert_no_subject(t: &Timeline, who: &str) {
    assert!(
        t.events.iter().all(|e| e.who.as_deref() != Some(who)),
        "{who}: {:#?}",
        t.events
    );
}

#[test]
fn a_border_crossing_is_a_place_and_the_subject_of_its_closing() {
    let t = crossing();
    assert!(with_trigger(&t, "crossing").is_none(), "{:#?}", t.events);
    let closed = with_trigger(&t, "had been closed").expect("the closing is an event");
    assert_eq!(
        closed.who.as_deref(),
        Some("The border crossing at Bab al-Hawa")
    );
}

#[test]
fn a_magnitude_and_a_ruling_party_are_no_events() {
    let t = crossing();
    assert!(with_trigger(&t, "magnitude").is_none(), "{:#?}", t.events);
    assert!(with_trigger(&t, "ruling").is_none(), "{:#?}", t.events);
    let won = with_trigger(&t, "won").expect("the winning is an event");
    assert_eq!(won.who.as_deref(), Some("The ruling party"));
}

#[test]
fn his_visit_is_the_visit_told_before() {
    let t = crossing();
    let visited = one(&t, "visited the camp");
    assert_eq!(visited.when.value, "2026-02-09");
    let quotes: Vec<&str> = visited.evidence.iter().map(|e| &*e.quote).collect();
    assert!(
        quotes.contains(&"His visit lasted two hours."),
        "{quotes:?}"
    );
    assert!(
        t.events.iter().all(|e| !e.summary.starts_with("His visit")),
        "\"His visit\" is left as an event of its own"
    );
    // The sentence that tells the visit twice (the visit, its lasting) is quoted once.
    let md = tempora::export::to_markdown(&t);
    assert_eq!(
        md.matches("“His visit lasted two hours.”").count(),
        1,
        "{md}"
    );
    // Not when the pronoun cannot stand for the verb's subject, nor for another verb.
    for body in [
        "They visited the camp on Monday. His visit lasted two hours.",
        "He toured the camp on Monday. His visit lasted two hours.",
        "He will visit the camp on Monday. His visit will last two hours.",
    ] {
        let t = timeline_of(body);
        let first = &t.events.iter().find(|e| e.summary.contains("the camp"));
        let first = first.unwrap_or_else(|| panic!("{body}: {:#?}", t.events));
        assert_eq!(first.evidence.len(), 1, "{body}: {first:#?}");
    }
}

#[test]
fn a_death_reported_on_the_publish_day_is_dated_that_day() {
    let t = crossing();
    let reported = one(&t, "first death");
    assert_eq!(reported.trigger, "was reported");
    assert_eq!(reported.when.value, "2026-02-10");
    let md = tempora::export::to_markdown(&t);
    assert!(
        md.contains("| 10 Feb 2026 | The first death was reported on Tuesday |"),
        "{md}"
    );
}

#[test]
fn aid_resumed_after_the_fighting_ended() {
    let t = crossing();
    let ended = one(&t, "fighting ended");
    // "months" is a time phrase heading the subject, and "of" opens no subject.
    assert_eq!(ended.who.as_deref(), Some("months of fighting"));
    let resumed = one(&t, "Aid resumed");
    let (rec, _) = tempora::reason_all(&[crossing_article()], &tempora::Options::default());
    let answer = check::check(
        &rec,
        &check::parse_claim("ended before resumed").expect("the claim parses"),
    )
    .answer;
    assert_eq!(answer, Verdict::Entailed, "{ended:#?} {resumed:#?}");
}

#[test]
fn a_summary_stops_where_the_next_clause_begins() {
    // "The union's members voted on Thursday evening and 78 percent backed the deal": two
    // events, and the first summary does not run into the second's subject ...
    let t = strike();
    let voted = one(&t, "members voted");
    assert_eq!(
        voted.summary,
        "The union's members voted on Thursday evening"
    );
    assert!(t
        .events
        .iter()
        .any(|e| e.summary == "78 percent backed the deal"));
    // ... while a relative clause's noun stays in it.
    assert!(
        t.events
            .iter()
            .any(|e| e.summary == "Talks had resumed on Tuesday under a government mediator"),
        "{:#?}",
        t.events.iter().map(|e| &e.summary).collect::<Vec<_>>()
    );
}

/// `tests/inputs/dispute.txt`, an election dispute written for these tests (published on a
/// Wednesday, 2025-06-11): plans and what they arrange, a fire told in a relative clause, a
/// death sentence, days of fighting that ended.
const DISPUTE: &str = "tests/inputs/dispute.txt";

fn dispute() -> Timeline {
    let bytes = std::fs::read(DISPUTE).expect("the fixture is in the repository");
    let article =
        Article::from_bytes(DISPUTE, &bytes, &ReadOptions::default()).expect("the fixture reads");
    tempora::reconstruct(&article).timeline
}

#[test]
fn a_demonstration_planned_for_saturday_is_on_saturday() {
    // "Protesters planned a large demonstration in the capital for Saturday", published on a
    // Wednesday: the planning is an event (the recogniser alone left it out), with its
    // subject, over by the time of writing; "for Saturday" after a verb of arranging dates
    // the thing arranged, the coming Saturday, and the planning comes before it. (Giving the
    // demonstration every phrase after "planned", "on Saturday" too, cost the cross-validated
    // relation figures both times it was tried; "for" is rare in the TempEval-3 training
    // sets, docs/decisions.md.)
    let t = dispute();
    let planned = with_trigger(&t, "planned").expect("the planning is an event");
    assert_eq!(planned.who.as_deref(), Some("Protesters"));
    assert_eq!(planned.when.latest.as_deref(), Some("2025-06-11T23:59"));
    let demonstration = t
        .events
        .iter()
        .find(|e| e.summary.starts_with("a large demonstration"))
        .expect("the demonstration is an event");
    assert_eq!(demonstration.when.value, "2025-06-14", "{demonstration:#?}");
    // The trace says why the weekday was read forward after a past verb.
    assert!(
        demonstration
            .when
            .assumption
            .as_deref()
            .is_some_and(|a| a.contains("arranged for")),
        "{demonstration:#?}"
    );
}

#[test]
fn a_time_in_a_planned_infinitive_dates_what_is_planned() {
    // "planned to hold talks with church mediators on Friday": Friday is the talks' day.
    let t = dispute();
    let hold = t
        .events
        .iter()
        .find(|e| e.trigger.starts_with("to hold"))
        .expect("the holding is an event");
    assert_eq!(hold.when.value, "2025-06-13");
    let planned = t
        .events
        .iter()
        .find(|e| e.summary.starts_with("Opposition leaders planned"))
        .expect("the planning is an event");
    assert_ne!(planned.when.value, "2025-06-13", "{planned:#?}");
}

#[test]
fn a_hearing_scheduled_for_monday_is_on_monday_and_the_scheduling_before() {
    // Published on Wednesday 2025-06-11: "The hearing was scheduled for Monday" dates the
    // hearing (a plan: hypothetical), the nearer Monday, two days before; the scheduling came
    // before it.
    let text = "Published: 2025-06-11\n\nThe hearing was scheduled for Monday.\n";
    let article = Article::from_bytes("inline.txt", text.as_bytes(), &ReadOptions::default())
        .expect("the text reads");
    let t = tempora::reconstruct(&article).timeline;
    let hearing = with_trigger(&t, "hearing").expect("the hearing is an event");
    assert_eq!(hearing.when.value, "2025-06-09", "{hearing:#?}");
    assert_eq!(hearing.status, tempora::event::Status::Hypothetical);
    let scheduled = with_trigger(&t, "was scheduled").expect("the scheduling is an event");
    assert_eq!(scheduled.when.latest.as_deref(), Some("2025-06-08T23:59"));
    assert!(t.conflicts.is_empty(), "{:#?}", t.conflicts);
    // "is scheduled" is a state that holds when the story is written, even on the day itself
    // (a Wednesday): no reading of it is dropped as contradicting the day.
    let text = "Published: 2025-06-11\n\nThe summit is scheduled for Wednesday.\n";
    let article = Article::from_bytes("inline.txt", text.as_bytes(), &ReadOptions::default())
        .expect("the text reads");
    let t = tempora::reconstruct(&article).timeline;
    assert_eq!(
        with_trigger(&t, "summit").expect("a summit").when.value,
        "2025-06-11"
    );
    assert!(t.dropped.is_empty(), "{:#?}", t.dropped);
}

#[test]
fn a_second_time_of_the_clause_dates_the_noun_before_it() {
    // "a court sentenced two men to death on Tuesday for an attack on a polling station in
    // March": the sentencing cannot lie in both; the attack was in March.
    let t = dispute();
    let sentenced = with_trigger(&t, "sentenced").expect("the sentencing is an event");
    assert_eq!(sentenced.when.value, "2025-06-10");
    let attack = with_trigger(&t, "attack").expect("the attack is an event");
    assert_eq!(attack.when.value, "2025-03", "{attack:#?}");
    assert!(t.conflicts.is_empty(), "{:#?}", t.conflicts);
}

#[test]
fn two_camps_a_death_sentence_and_shipping_lines_name_no_event() {
    let t = dispute();
    assert!(with_trigger(&t, "ruling").is_none(), "{:#?}", t.events);
    assert!(
        t.events.iter().all(|e| !e.trigger.contains("death")),
        "{:#?}",
        t.events
    );
    let sentenced = with_trigger(&t, "sentenced").expect("the sentencing is an event");
    assert_eq!(sentenced.who.as_deref(), Some("a court"));
    let t = timeline_of("Two men were sentenced to death.");
    assert!(
        t.events.iter().all(|e| !e.trigger.contains("death")),
        "{:#?}",
        t.events
    );
    assert!(
        with_trigger(&t, "were sentenced").is_some(),
        "{:#?}",
        t.events
    );
    // "two shipping lines diverted vessels": the diverting is the event, not "shipping".
    let s = strike();
    assert!(with_trigger(&s, "shipping").is_none(), "{:#?}", s.events);
    let diverted = with_trigger(&s, "diverted").expect("the diverting is an event");
    assert_eq!(diverted.who.as_deref(), Some("two shipping lines"));
}

#[test]
fn a_relative_clause_hangs_on_the_noun_phrase_before_it() {
    // "Firefighters rushed to the blaze, which broke out ...": the blaze broke out, not "to
    // the blaze" nor the rushing's words before it.
    let t = dispute();
    let broke = with_trigger(&t, "broke").expect("the breaking out is an event");
    assert_eq!(broke.who.as_deref(), Some("the blaze"));
    assert_eq!(broke.when.value, "2025-06-09");
}

#[test]
fn days_of_fighting_that_ended_are_one_row() {
    // "Two days of fighting ended in the northern town of Gao on Tuesday": the fighting is
    // the ended happening, not an undated row of its own.
    let t = dispute();
    let ended = with_trigger(&t, "ended").expect("the ending is an event");
    assert_eq!(ended.when.value, "2025-06-10");
    assert!(
        t.events.iter().all(|e| e.trigger != "fighting"),
        "{:#?}",
        t.events
    );
    let t = crossing();
    assert!(with_trigger(&t, "fighting").is_none(), "{:#?}", t.events);
}

#[test]
fn ending_a_strike_is_not_what_the_strike_had_halted() {
    // "..., ending a strike that had halted container traffic for nine days": the halting
    // is the strike's, told in a relative clause, another event than the ending.
    let t = strike();
    let ending = with_trigger(&t, "ending").expect("the ending is an event");
    assert!(ending.told_as.is_empty(), "{ending:#?}");
    let halted = with_trigger(&t, "had halted").expect("the halting is an event");
    assert_eq!(halted.who.as_deref(), Some("a strike"));
}

#[test]
fn a_quake_named_before_it_is_told_is_the_one_that_struck() {
    // "The border crossing ... had been closed since the quake. The magnitude 7.8 quake struck
    // at 4:17 a.m. on Monday.": the first "the quake" has no date and names the quake the
    // next sentence tells, so the closing counts from 4:17 on Monday.
    let t = crossing();
    let struck = with_trigger(&t, "struck").expect("the quake is an event");
    assert_eq!(struck.told_as, ["quake"]);
    assert!(with_trigger(&t, "quake").is_none(), "{:#?}", t.events);
    let closed = with_trigger(&t, "had been closed").expect("the closing is an event");
    assert_eq!(closed.when.earliest.as_deref(), Some("2026-02-09T04:17"));
    // "A similar quake struck in 1999" may be another one: an indefinite subject does not
    // join the undated "the quake".
    let t = timeline_of("Roads have been closed since the quake. A similar quake struck in 1999.");
    let struck = with_trigger(&t, "struck").expect("the old quake is an event");
    assert!(struck.told_as.is_empty(), "{struck:#?}");
}

fn claim_on(body: &str, text: &str) -> Verdict {
    let (rec, _) = tempora::reason_all(&[article_of(body)], &tempora::Options::default());
    check::check(&rec, &check::parse_claim(text).expect("the claim parses")).answer
}

#[test]
fn and_then_or_later_puts_a_verb_after_the_one_before() {
    // The first paragraph is one sentence with a full stop: the story's lead, not a headline.
    let body = "The army withdrew on Monday and then returned.\n\n\
                He fought in the war and later served in Congress.";
    let t = timeline_of(body);
    let withdrew = with_trigger(&t, "withdrew").expect("the lead is read");
    assert_eq!(withdrew.summary, "The army withdrew on Monday");
    assert_eq!(withdrew.when.value, "2026-02-09");
    let returned = with_trigger(&t, "returned").expect("the returning is an event");
    assert_eq!(returned.who.as_deref(), Some("The army"));
    assert!(
        returned
            .when
            .earliest
            .as_deref()
            .is_some_and(|e| e.starts_with("2026-02-09")),
        "{returned:#?}"
    );
    let fought = with_trigger(&t, "fought").expect("the fighting is an event");
    assert_eq!(fought.summary, "He fought in the war");
    let served = with_trigger(&t, "served").expect("the serving is an event");
    assert_eq!(served.who.as_deref(), Some("He"));
    assert_eq!(served.summary, "He served in Congress");
    assert_eq!(
        claim_on(body, "withdrew before returned"),
        Verdict::Entailed
    );
    assert_eq!(claim_on(body, "fought before served"), Verdict::Entailed);
    assert_eq!(
        claim_on(body, "served before fought"),
        Verdict::Contradicted
    );
    // Without the adverb the text does not order the two.
    let plain = "He fought in the war and served in Congress.";
    assert_eq!(claim_on(plain, "fought before served"), Verdict::Unknown);
}

#[test]
fn returning_to_work_is_one_event_after_the_strike() {
    // "to work" after "returned" is where the workers went, not an event of its own, so
    // "after a two-week strike" orders the returning.
    let body = "Workers returned to work on Monday after a two-week strike.\n\nThe union said so.";
    let t = timeline_of(body);
    assert!(with_trigger(&t, "work").is_none(), "{:#?}", t.events);
    assert!(t.events.iter().all(|e| !e.summary.starts_with("to work")));
    let returned = with_trigger(&t, "returned").expect("the returning is an event");
    assert_eq!(returned.when.value, "2026-02-09");
    assert_eq!(claim_on(body, "strike before returned"), Verdict::Entailed);
}

#[test]
fn summaries_read_through_abbreviations_and_participles_take_the_verbs_subject() {
    let body = "The fire started in a canyon about 3 p.m. Sunday.\n\n\
                The opposition had tabled the motion on Feb. 3, officials said.\n\n\
                Evacuation orders were issued for 4,000 residents on Monday.\n\n\
                Thousands of protesters marched through the capital demanding early elections.\n\n\
                She has not ruled out calling a snap election.";
    let t = timeline_of(body);
    let started = with_trigger(&t, "started").expect("the start is an event");
    assert_eq!(
        started.summary,
        "The fire started in a canyon about 3 p.m. Sunday"
    );
    let tabled = with_trigger(&t, "had tabled").expect("the tabling is an event");
    assert_eq!(
        tabled.summary,
        "The opposition had tabled the motion on Feb. 3"
    );
    assert_eq!(tabled.when.value, "2026-02-03");
    // "orders" before "were issued" is the subject, not a verb.
    let issued = with_trigger(&t, "were issued").expect("the issuing is an event");
    assert_eq!(issued.who.as_deref(), Some("Evacuation orders"));
    assert!(with_trigger(&t, "orders").is_none(), "{:#?}", t.events);
    // The words between two verbs are the first one's, not the participle's subject.
    let demanding = with_trigger(&t, "demanding").expect("the demanding is an event");
    assert_eq!(demanding.who.as_deref(), Some("Thousands of protesters"));
    let calling = with_trigger(&t, "calling").expect("the calling is an event");
    assert_eq!(calling.who.as_deref(), Some("She"));
}

#[test]
fn a_plan_after_expect_is_dated_not_the_expecting() {
    let body = "Crews expect to reach full containment by Friday, the fire department said.";
    let t = timeline_of(body);
    let reach = t
        .events
        .iter()
        .find(|e| e.trigger.starts_with("to reach"))
        .expect("the reaching is an event");
    assert_eq!(
        reach.when.latest.as_deref(),
        Some("2026-02-13T23:59"),
        "{reach:#?}"
    );
    let expect = with_trigger(&t, "expect").expect("the expecting is an event");
    assert_ne!(
        expect.when.latest.as_deref(),
        Some("2026-02-13T23:59"),
        "{expect:#?}"
    );
}

#[test]
fn a_range_the_verb_cannot_lie_in_dates_what_it_is_convicted_of() {
    // The convicting is on Thursday; "between 2015 and 2018" is when the bribes were taken.
    // Read as the convicting's range, the two phrases contradicted each other.
    let body = "A federal jury on Thursday convicted former mayor John Doyle of taking bribes \
                from developers between 2015 and 2018.\n\nSentencing is scheduled for March 2.";
    let t = timeline_of(body);
    assert!(t.conflicts.is_empty(), "{:#?}", t.conflicts);
    let convicted = with_trigger(&t, "convicted").expect("the conviction is an event");
    assert_eq!(convicted.when.value, "2026-02-05");
    // The time phrase between subject and verb is no part of either.
    assert_eq!(convicted.who.as_deref(), Some("A federal jury"));
    let taking = with_trigger(&t, "taking").expect("the taking is an event");
    assert_eq!(taking.when.earliest.as_deref(), Some("2015-01-01T00:00"));
    assert_eq!(taking.when.latest.as_deref(), Some("2018-12-31T23:59"));
    // A gerund before an auxiliary is a noun: the thing scheduled, dated on its day.
    let sentencing = with_trigger(&t, "Sentencing").expect("the sentencing is an event");
    assert_eq!(sentencing.when.value, "2026-03-02");
    assert_eq!(sentencing.status, tempora::event::Status::Hypothetical);
    assert!(t.dropped.is_empty(), "{:#?}", t.dropped);
}

#[test]
fn a_newspaper_called_daily_is_not_a_time_before_its_verb() {
    let t = timeline_of("The move follows an earlier accord, the leading economic daily said.");
    let said = with_trigger(&t, "said").expect("the saying is an event");
    assert_ne!(
        said.who.as_deref(),
        Some("the leading economic"),
        "{said:#?}"
    );
    // A conjunction ends the clause a second phrase could date a noun of.
    let body = "In July 1994, a boat rammed a vessel during an operation by environmentalists, \
                and in January 1994 he sabotaged a whaler.";
    let t = timeline_of(body);
    let operation = with_trigger(&t, "operation").expect("the operation is an event");
    assert_ne!(operation.when.value, "1994-01", "{operation:#?}");
}

#[test]
fn trading_after_an_adjective_is_a_noun_and_a_when_clause_dates_both_verbs() {
    let body = "Shares fell 4 percent in early trading on Monday.\n\n\
                The company first learned of the problem in August 2021, when a dealer in Ohio \
                reported a crash.";
    let t = timeline_of(body);
    let fell = with_trigger(&t, "fell").expect("the fall is an event");
    assert_eq!(fell.when.value, "2026-02-09", "{fell:#?}");
    assert!(with_trigger(&t, "trading").is_none_or(|e| e.who.is_none()));
    let learned = with_trigger(&t, "learned").expect("the learning is an event");
    assert_eq!(learned.when.value, "2021-08", "{learned:#?}");
    let reported = with_trigger(&t, "reported").expect("the report is an event");
    assert_eq!(reported.when.value, "2021-08");
}

#[test]
fn a_time_that_opens_a_clause_after_and_dates_that_clause() {
    // "..., and on Saturday the army moved": the clause splitter keeps the two clauses
    // together; the Saturday is the moving's, not a second date of the breaking down (it was
    // reported as a contradiction).
    for body in [
        "Negotiations broke down on Friday, and on Saturday the army moved armoured vehicles \
         into the area.",
        "Negotiations broke down on Friday, and the following day the army moved armoured \
         vehicles into the area.",
        "Talks collapsed on Friday and on Saturday the army moved tanks in.",
    ] {
        let t = timeline_of(body);
        assert!(t.conflicts.is_empty(), "{body}: {:#?}", t.conflicts);
        let moved = with_trigger(&t, "moved").expect("the moving is an event");
        assert_eq!(moved.when.value, "2026-02-07", "{body}");
        // "armoured" modifies the vehicles; the summaries stop where the next clause opens.
        assert!(with_trigger(&t, "armoured").is_none(), "{body}");
        let first = t
            .events
            .iter()
            .find(|e| e.when.value == "2026-02-06")
            .expect("Friday");
        assert!(
            first.summary.ends_with("on Friday"),
            "{body}: {}",
            first.summary
        );
    }
}

#[test]
fn a_fire_contained_is_not_the_fire_and_hours_after_it_counts_from_the_containing() {
    // "the fire was contained": a passive's subject undergoes it, so the containing is not
    // the fire that broke out (the two were one row, dated as the containing); "hours after
    // the fire was contained" counts from the containing, the verb of the clause.
    let body = "A fire broke out at 11:40 p.m. Monday. Investigators arrived Tuesday morning, \
                hours after the fire was contained.";
    let t = timeline_of(body);
    let broke = with_trigger(&t, "broke").expect("the fire is an event");
    assert_eq!(broke.when.value, "2026-02-09T23:40");
    assert!(
        broke.told_as.iter().all(|n| !n.contains("contained")),
        "{broke:#?}"
    );
    let contained = with_trigger(&t, "was contained").expect("the containing is an event");
    assert_ne!(contained.id, broke.id);
    assert_eq!(
        claim_on(body, "was contained before arrived"),
        Verdict::Entailed
    );
}

#[test]
fn minutes_later_lies_within_the_hour_after_the_time_before() {
    let body = "Thirty-eight cars left the tracks at 11:40 p.m. Monday. A fire broke out minutes \
                later.";
    let t = timeline_of(body);
    let broke = with_trigger(&t, "broke").expect("the fire is an event");
    assert_eq!(broke.when.earliest.as_deref(), Some("2026-02-09T23:40"));
    assert_eq!(broke.when.latest.as_deref(), Some("2026-02-10T00:39"));
}

#[test]
fn at_the_earliest_turns_a_deadline_into_a_first_possible_day() {
    // Published Tuesday 2026-02-10: Friday is the 13th.
    let t = timeline_of("Residents were told they could return home by Friday at the earliest.");
    let back = with_trigger(&t, "could return").expect("the return is an event");
    assert_eq!(back.when.earliest.as_deref(), Some("2026-02-13T00:00"));
    assert_eq!(back.when.latest, None, "{back:#?}");
    let t = timeline_of("The agency will decide on Friday at the latest.");
    let decide = with_trigger(&t, "will decide").expect("the decision is an event");
    assert_eq!(decide.when.latest.as_deref(), Some("2026-02-13T23:59"));
}

#[test]
fn within_a_length_bounds_a_future_act_from_the_publish_date() {
    let t = timeline_of("The board will release a preliminary report within 30 days, it said.");
    let release = with_trigger(&t, "will release").expect("the release is an event");
    assert_eq!(release.when.earliest.as_deref(), Some("2026-02-10T00:00"));
    assert_eq!(release.when.latest.as_deref(), Some("2026-03-12T23:59"));
    // Counted from another happening, the length says nothing of the publish date.
    let t = timeline_of("The board will release a report within 30 days of the crash.");
    let release = with_trigger(&t, "will release").expect("the release is an event");
    assert_eq!(release.when.latest, None, "{release:#?}");
}

#[test]
fn a_participle_after_the_first_noun_belongs_to_the_subject() {
    let t =
        timeline_of("A freight train carrying vinyl chloride derailed late Monday near the town.");
    let derailed = with_trigger(&t, "derailed").expect("the derailment is an event");
    assert_eq!(
        derailed.who.as_deref(),
        Some("A freight train carrying vinyl chloride")
    );
    assert!(derailed.summary.starts_with("A freight train carrying"));
    // Not across a comma: "The train, carrying ..., derailed" is told by the rule for
    // openers, and "Police arrested men carrying guns" has its own subject.
    let t = timeline_of("Police arrested men carrying guns on Monday.");
    let arrested = with_trigger(&t, "arrested").expect("the arrest is an event");
    assert_eq!(arrested.who.as_deref(), Some("Police"));
}

#[test]
fn an_act_not_ruled_out_is_hypothetical() {
    let t = timeline_of("The governor said he has not ruled out ordering a wider evacuation.");
    let ordering = with_trigger(&t, "ordering").expect("the ordering is an event");
    assert_eq!(ordering.status, tempora::event::Status::Hypothetical);
    let ruled = with_trigger(&t, "has not ruled").expect("the ruling out is an event");
    assert_eq!(ruled.status, tempora::event::Status::Negated);
    let t = timeline_of("The bank is considering raising rates.");
    let raising = with_trigger(&t, "raising").expect("the raising is an event");
    assert_eq!(raising.status, tempora::event::Status::Hypothetical);
}

#[test]
fn a_noun_phrase_summary_keeps_its_whole_date() {
    let t = timeline_of("The same line saw a smaller derailment in March 2021.");
    let derailment = with_trigger(&t, "derailment").expect("the derailment is an event");
    assert_eq!(derailment.summary, "a smaller derailment in March 2021");
}

#[test]
fn then_between_subject_and_verb_follows_what_the_sentence_before_reports() {
    // The sentence before ends on a verb of saying: the pumping follows the containing it
    // reports, not the saying.
    let body = "Firefighters had contained the fire by Monday afternoon, the fire chief said. \
                Crews then began pumping water from a creek.";
    let t = timeline_of(body);
    let began = with_trigger(&t, "began").expect("the pumping is an event");
    assert_eq!(began.who.as_deref(), Some("Crews"));
    assert_eq!(
        claim_on(body, "had contained before began"),
        Verdict::Entailed
    );
    assert_eq!(claim_on(body, "said before began"), Verdict::Unknown);
}

#[test]
fn a_dateline_is_no_aside_and_does_not_end_the_sentence() {
    // The dash after a dateline opened an aside that ran to the first comma, so "hours after"
    // after that comma lay in another clause than the seizing and related nothing; and
    // "Calif." ended a sentence before "(AP)".
    for body in [
        "SANTA CLARA, Calif. (AP) — Regulators seized the bank on Friday, hours after customers \
         tried to withdraw money.",
        "WASHINGTON (AP) — Regulators seized the bank on Friday, hours after customers tried \
         to withdraw money.",
    ] {
        let t = timeline_of(body);
        let seized = with_trigger(&t, "seized").expect("the seizure is an event");
        assert!(seized.evidence[0].quote.starts_with(&body[..10]), "{body}");
        let tried = with_trigger(&t, "tried").expect("the attempt is an event");
        // Friday is 2026-02-06: the attempt ended 1 to 23 hours before the seizure began.
        assert_eq!(
            tried.when.latest.as_deref(),
            Some("2026-02-06T22:59"),
            "{body}"
        );
        assert_eq!(claim_on(body, "tried before seized"), Verdict::Entailed);
    }
}

#[test]
fn since_after_a_superlative_measures_a_record_not_a_time() {
    // "the largest bank failure since the 2008 financial crisis" dated the withdrawal in or
    // after 2008; "its lowest level since 2009" dated the fall in 2009.
    let t = timeline_of(
        "Regulators seized the bank on Monday, hours after customers tried to withdraw money, \
         the largest bank failure since the 2008 financial crisis.",
    );
    for e in t.events.iter().filter(|e| e.trigger != "crisis") {
        assert!(
            e.when.earliest.as_deref().is_none_or(|x| x >= "2026"),
            "{e:#?}"
        );
    }
    let t = timeline_of("Shares fell to their lowest level since 2009 on Monday.");
    let fell = with_trigger(&t, "fell").expect("the fall is an event");
    assert_eq!(fell.when.value, "2026-02-09");
    assert!(t.conflicts.is_empty(), "{:#?}", t.conflicts);
    // Without a superlative, "since" still places: "has been closed since 2009".
    let t = timeline_of("The plant has been closed since 2009.");
    let closed = with_trigger(&t, "has been closed").expect("the closing is an event");
    assert_eq!(closed.when.earliest.as_deref(), Some("2009-01-01T00:00"));
}

#[test]
fn starting_before_a_time_opens_it_and_is_no_event() {
    let t = timeline_of("Depositors will be able to access their money starting Thursday.");
    assert!(with_trigger(&t, "starting").is_none(), "{:#?}", t.events);
    let access = t
        .events
        .iter()
        .find(|e| e.trigger.contains("access"))
        .expect("the access is an event");
    // Published Tuesday 2026-02-10: from Thursday the 12th on, with no end.
    assert_eq!(access.when.earliest.as_deref(), Some("2026-02-12T00:00"));
    assert_eq!(access.when.latest, None, "{access:#?}");
}

#[test]
fn a_storm_story_dates_each_clause_it_tells() {
    // Published Tuesday 2026-02-10.
    // A bare time right after the verb dates it, as well as the when-clause after it.
    let t = timeline_of("A man was killed Monday morning when a tree fell on his home.");
    let killed = with_trigger(&t, "was killed").expect("the killing is an event");
    assert_eq!(killed.when.value, "2026-02-09TMO");
    let fell = with_trigger(&t, "fell").expect("the fall is an event");
    assert_eq!(fell.when.value, "2026-02-09TMO");
    // "after" after a night named by its day opens a clause: the collapse came first.
    let body = "The storm knocked out power on Sunday night after a tower collapsed.";
    assert_eq!(
        claim_on(body, "collapsed before knocked"),
        Verdict::Entailed
    );
    // "as a Category 4 storm," is no clause of its own to the distance after it.
    let t = timeline_of(
        "Ida made landfall on Monday near Port Fourchon as a Category 4 storm, exactly 16 years \
         after Katrina devastated the region.",
    );
    let devastated = with_trigger(&t, "devastated").expect("Katrina is an event");
    let end = devastated
        .when
        .earliest_end
        .as_deref()
        .or(devastated.when.latest.as_deref())
        .expect("a bound from the distance");
    assert!(end.starts_with("2010-"), "{devastated:#?}");
    // An infinitive a schedule places after the publish day lies ahead.
    let t = timeline_of("He is scheduled to visit the state on Friday.");
    let visit = with_trigger(&t, "to visit").expect("the visit is an event");
    assert_eq!(visit.status, tempora::event::Status::Future);
}

#[test]
fn a_quake_story_reads_the_subject_after_a_relative_clause_and_the_quakes_own_day() {
    // Published Tuesday 2026-02-10.
    let body = "The death toll from a magnitude 6.8 earthquake that struck southern Turkey early \
                Sunday rose to 212 on Tuesday, officials said. The quake hit at 4:17 a.m. local \
                time. A strong aftershock followed about 40 minutes later.";
    let t = timeline_of(body);
    // The toll rose, not the earthquake (nor "southern Turkey").
    let rose = with_trigger(&t, "rose").expect("the rise is an event");
    assert_eq!(
        rose.who.as_deref(),
        Some("The death toll from a magnitude 6.8 earthquake")
    );
    // "The quake hit at 4:17 a.m." is on Sunday, the quake's day, not on Tuesday, the day
    // last talked about; and it tells the quake that struck.
    let struck = with_trigger(&t, "struck").expect("the quake is an event");
    assert_eq!(struck.when.value, "2026-02-08", "{struck:#?}");
    assert_eq!(struck.when.earliest.as_deref(), Some("2026-02-08T04:17"));
    assert_eq!(struck.when.latest.as_deref(), Some("2026-02-08T04:17"));
    assert!(struck.told_as.iter().any(|w| w == "hit"), "{struck:#?}");
    assert!(with_trigger(&t, "hit").is_none(), "{:#?}", t.events);
    let followed = with_trigger(&t, "followed").expect("the aftershock is an event");
    assert_eq!(followed.when.value, "2026-02-08T04:57");
    // Without a relative clause before it, a verb keeps its own subject.
    let t = timeline_of("The storm that hit the coast killed four people.");
    let killed = with_trigger(&t, "killed").expect("the killing is an event");
    assert_eq!(killed.who.as_deref(), Some("The storm"));
    let t = timeline_of("Officials said the fire destroyed the warehouse.");
    let destroyed = with_trigger(&t, "destroyed").expect("the fire is an event");
    assert_eq!(destroyed.who.as_deref(), Some("the fire"));
    // Another quake is another happening: its time of day is not moved to the first one's day.
    let t = timeline_of(
        "An earthquake struck the region early Sunday, officials said on Tuesday. Another quake \
         hit at 4:17 a.m.",
    );
    let hit = with_trigger(&t, "hit").expect("the second quake is an event");
    assert_ne!(hit.when.value, "2026-02-08T04:17", "{hit:#?}");
}

#[test]
fn until_at_least_is_no_end() {
    // Published Tuesday 2026-02-10. "at least" before the date left "until" without its lead,
    // and the closing was dated on March 24; "at least until" would have made March 24 its end.
    for body in [
        "Schools will remain closed until at least March 24, the ministry said.",
        "Schools will remain closed at least until March 24, the ministry said.",
    ] {
        let t = timeline_of(body);
        let closed = with_trigger(&t, "will remain closed").expect("the closing is an event");
        assert_eq!(closed.when.latest, None, "{body}: {closed:#?}");
        assert_eq!(
            closed.when.latest_start.as_deref(),
            Some("2026-03-24T23:59"),
            "{body}: {closed:#?}"
        );
        assert!(
            closed
                .when
                .latest_start_because
                .iter()
                .any(|b| b.contains("until at least <time>")),
            "{body}: {closed:#?}"
        );
    }
    // Without "at least", "until" is an end.
    let t = timeline_of("Schools will remain closed until March 24, the ministry said.");
    let closed = with_trigger(&t, "will remain closed").expect("the closing is an event");
    assert_eq!(closed.when.latest.as_deref(), Some("2026-03-24T23:59"));
}

#[test]
fn a_listed_subject_keeps_its_first_items() {
    for (body, trigger, who) in [
        (
            "The Treasury, the Federal Reserve and the FDIC said on Sunday that depositors would \
             be protected.",
            "said",
            "The Treasury, the Federal Reserve and the FDIC",
        ),
        (
            "Britain, France and Germany condemned the attack on Sunday.",
            "condemned",
            "Britain, France and Germany",
        ),
        // No list: an adverb, a place after a preposition, a time or a participle before the
        // comma.
        (
            "However, police and soldiers said on Sunday that the road was open.",
            "said",
            "police and soldiers",
        ),
        (
            "In Washington, the Treasury and the Fed said on Sunday that depositors would be \
             protected.",
            "said",
            "the Treasury and the Fed",
        ),
        (
            "On Sunday, Britain and France condemned the attack.",
            "condemned",
            "Britain and France",
        ),
    ] {
        let t = timeline_of(body);
        let e = with_trigger(&t, trigger).expect("the verb is an event");
        assert_eq!(e.who.as_deref(), Some(who), "{body}");
    }
}

#[test]
fn what_a_place_saw_is_dated_by_the_time_after_it() {
    // "saw" tells that the line went through the derailment: the phrase after the object
    // dates the derailment too (it was undated, and only "saw" had March 2021).
    let t = timeline_of(
        "The same line saw a smaller derailment in March 2021, when six empty cars left the \
         tracks.",
    );
    let derailment = with_trigger(&t, "derailment").expect("the derailment is an event");
    assert_eq!(derailment.when.value, "2021-03", "{derailment:#?}");
    let t = timeline_of("The region saw a deadly earthquake in 1999.");
    let quake = with_trigger(&t, "earthquake").expect("the earthquake is an event");
    assert_eq!(quake.when.value, "1999", "{quake:#?}");
    // Other verbs leave their object to its own words: "criticized the attack on Monday" may
    // be a criticism on Monday of an older attack.
    let t = timeline_of("He criticized the attack on Monday.");
    let attack = with_trigger(&t, "attack").expect("the attack is an event");
    assert_eq!(attack.when.earliest, None, "{attack:#?}");
}

/// The position of the event with trigger `trigger` in the timeline's order.
fn place(t: &Timeline, trigger: &str) -> usize {
    t.events
        .iter()
        .position(|e| e.trigger == trigger)
        .unwrap_or_else(|| panic!("no event {trigger:?}: {:#?}", t.events))
}

#[test]
fn since_then_goes_on_from_the_happening_told_last() {
    // From a court story: the state starts with the resignation, and comes after it.
    let t = timeline_of(
        "Reilly resigned in April 2023 and has remained free on bond since then. \
         Two developers pleaded guilty last year.",
    );
    let free = with_trigger(&t, "has remained free").expect("the state is an event");
    assert_eq!(free.when.earliest.as_deref(), Some("2023-04-01T00:00"));
    assert!(place(&t, "resigned") < place(&t, "has remained free"));
    // Opening its sentence, "since then" reads the sentence before.
    let t = timeline_of("The plant closed in May 2019. Since then, prices have doubled.");
    let doubled = with_trigger(&t, "have doubled").expect("the doubling is an event");
    assert_eq!(doubled.when.earliest.as_deref(), Some("2019-05-01T00:00"));
    // Without "then", nothing: "ever since he left" is a clause, read as a connective.
    let t = timeline_of("Reilly resigned in April 2023 and has remained free on bond.");
    let free = with_trigger(&t, "has remained free").expect("the state is an event");
    assert_eq!(free.when.earliest, None, "{free:#?}");
}

#[test]
fn his_arrest_is_the_arrest_told_before() {
    let t = timeline_of(
        "He was arrested in March 2023, a month after the FBI searched his home. \
         Sentencing is scheduled for Sept. 15. His lawyer said he would appeal. \
         Reilly resigned in April 2023, two weeks after his arrest.",
    );
    let arrested = with_trigger(&t, "was arrested").expect("the arrest is an event");
    assert_eq!(arrested.told_as, ["arrest"], "{arrested:#?}");
    assert!(with_trigger(&t, "arrest").is_none(), "{:#?}", t.events);
    // "He arrested the suspect": his arrest would be his being arrested, another happening.
    let t = timeline_of("He arrested the suspect on Monday. Hours later, his arrest was reported.");
    assert!(with_trigger(&t, "arrest").is_some(), "{:#?}", t.events);
}

#[test]
fn the_crash_is_the_derailment_told_before() {
    let t = timeline_of(
        "A freight train derailed late Tuesday near the town, officials said. \
         The railroad said the train had been inspected in Pittsburgh two days before the crash.",
    );
    // Tuesday is 2026-02-10 (the publish day): the inspection ends about two days before.
    let inspected = with_trigger(&t, "had been inspected").expect("the inspection is an event");
    let latest = inspected.when.latest.as_deref().expect("a latest bound");
    assert!(latest.starts_with("2026-02-09"), "{inspected:#?}");
    assert!(with_trigger(&t, "crash").is_none(), "{:#?}", t.events);
    // A crash told as "a crash" is another one.
    let t = timeline_of(
        "A freight train derailed late Tuesday near the town. A crash on the same line killed two in 2019.",
    );
    assert!(with_trigger(&t, "derailed").is_some_and(|e| e.told_as.is_empty()));
}

#[test]
fn then_closing_its_clause_is_the_time_last_talked_about() {
    let t = timeline_of(
        "The same line saw a smaller derailment in March 2021, when six empty cars left the \
         tracks. No one was hurt then.",
    );
    let hurt = with_trigger(&t, "was hurt").expect("the hurting is an event");
    assert_eq!(hurt.when.value, "2021-03", "{hurt:#?}");
    // A "then" of sequence is no time: "and then returned" orders, it does not date.
    let t = timeline_of("The line closed in March 2021. Crews came and then left.");
    let left = with_trigger(&t, "left").expect("the leaving is an event");
    assert_ne!(left.when.value, "2021-03", "{left:#?}");
}

#[test]
fn according_to_a_source_is_no_row_of_its_own() {
    let t = timeline_of(
        "Thirty-eight cars left the tracks at about 11:40 p.m. Monday, according to the \
         National Transportation Safety Board.",
    );
    assert!(with_trigger(&t, "according").is_none(), "{:#?}", t.events);
    let left = with_trigger(&t, "left").expect("the leaving is an event");
    assert_eq!(left.when.value, "2026-02-09T23:40");
    assert_eq!(left.status, tempora::event::Status::Reported);
    assert!(left.evidence[0].quote.contains("according to the National"));
}

#[test]
fn later_this_month_starts_on_the_publish_day() {
    let t = timeline_of("Lawmakers are expected to hold hearings later this month.");
    let hold = with_trigger(&t, "to hold hearings").expect("the hearings are an event");
    assert_eq!(hold.when.value, "2026-02");
    assert_eq!(hold.when.earliest.as_deref(), Some("2026-02-10T00:00"));
    assert_eq!(hold.when.latest.as_deref(), Some("2026-02-28T23:59"));
    let t = timeline_of("The company cut 300 jobs earlier this month.");
    let cut = with_trigger(&t, "cut").expect("the cut is an event");
    assert_eq!(cut.when.earliest.as_deref(), Some("2026-02-01T00:00"));
    assert_eq!(cut.when.latest.as_deref(), Some("2026-02-10T23:59"));
    // Without "later" or "earlier", the whole month.
    let t = timeline_of("Lawmakers are expected to hold hearings this month.");
    let hold = with_trigger(&t, "to hold hearings").expect("the hearings are an event");
    assert_eq!(hold.when.earliest.as_deref(), Some("2026-02-01T00:00"));
}

#[test]
fn a_closing_superlative_apposition_is_the_main_happening() {
    let t = timeline_of(
        "Federal regulators seized the bank on Friday, hours after customers tried to \
         withdraw $42 billion in a single day, the largest bank failure since 2008. \
         The chief executive had sold company stock two weeks before the collapse.",
    );
    // "the largest bank failure" sums up the seizure, and "the collapse" is that failure.
    let seized = with_trigger(&t, "seized").expect("the seizure is an event");
    assert_eq!(seized.told_as, ["failure", "collapse"], "{seized:#?}");
    assert!(with_trigger(&t, "failure").is_none(), "{:#?}", t.events);
    // Friday is 2026-02-06: the sale ends about two weeks before it.
    let sold = with_trigger(&t, "had sold").expect("the sale is an event");
    let latest = sold.when.latest.as_deref().expect("a latest bound");
    assert!(latest.starts_with("2026-01-2"), "{sold:#?}");
    // Without a superlative the noun is no summing up: "a bank failure" stays its own.
    let t = timeline_of("Regulators seized the bank on Friday, a bank failure of some size.");
    assert!(with_trigger(&t, "failure").is_some(), "{:#?}", t.events);
}

#[test]
fn a_noun_after_a_comma_is_no_object_of_a_wanted_action() {
    let t = timeline_of(
        "Regulators acted on Friday, after customers tried to withdraw $42 billion in a \
         day, a bank failure without precedent.",
    );
    let tried = with_trigger(&t, "tried").expect("the trying is an event");
    assert_eq!(tried.status, tempora::event::Status::Asserted);
    let withdraw = with_trigger(&t, "to withdraw").expect("the withdrawing is an event");
    assert_eq!(withdraw.status, tempora::event::Status::Hypothetical);
    let failure = with_trigger(&t, "failure").expect("the failure is an event");
    assert_eq!(
        failure.status,
        tempora::event::Status::Asserted,
        "{failure:#?}"
    );
}

#[test]
fn urged_is_not_done_and_forced_is() {
    let t = timeline_of(
        "By Thursday evening, venture firms were advising startups to pull their money.",
    );
    let pull = with_trigger(&t, "to pull").expect("the pulling is an event");
    assert_eq!(
        pull.status,
        tempora::event::Status::Hypothetical,
        "{pull:#?}"
    );
    let t = timeline_of("The flood forced 2,000 villagers to flee on Monday.");
    let flee = with_trigger(&t, "to flee").expect("the fleeing is an event");
    assert_eq!(flee.status, tempora::event::Status::Asserted, "{flee:#?}");
}

#[test]
fn what_according_to_names_is_no_row_of_its_own() {
    let t = timeline_of(
        "The chief executive sold $3.6 million of stock in February, according to regulatory filings.",
    );
    assert!(with_trigger(&t, "filings").is_none(), "{:#?}", t.events);
    let sold = with_trigger(&t, "sold").expect("the sale is an event");
    assert_eq!(sold.status, tempora::event::Status::Reported);
}

#[test]
fn units_ago_without_a_number_lie_at_least_one_unit_back() {
    // Published 2026-02-10: "months ago" is before 10 January at the latest.
    let t = timeline_of("Residents were warned about the wells months ago.");
    let warned = with_trigger(&t, "were warned").expect("the warning is an event");
    assert_eq!(warned.when.value, "PAST_REF");
    assert_eq!(
        warned.when.latest.as_deref(),
        Some("2026-01-10T23:59"),
        "{warned:#?}"
    );
    // "hours ago" may be earlier the same day.
    let t = timeline_of("The fire started hours ago.");
    let started = with_trigger(&t, "started").expect("the start is an event");
    assert_eq!(
        started.when.latest.as_deref(),
        Some("2026-02-10T23:59"),
        "{started:#?}"
    );
}

#[test]
fn a_speaker_after_the_quotation_is_the_subject() {
    let t = timeline_of(
        "\"We were warned about the wells,\" said a resident of the town, who asked not to be named.",
    );
    let said = with_trigger(&t, "said").expect("the saying is an event");
    assert_eq!(
        said.who.as_deref(),
        Some("a resident of the town"),
        "{said:#?}"
    );
    assert_eq!(said.summary, "a resident of the town said");
    let asked = with_trigger(&t, "asked").expect("the asking is an event");
    assert_eq!(
        asked.who.as_deref(),
        Some("a resident of the town"),
        "{asked:#?}"
    );
}

#[test]
fn the_outbreak_named_first_is_the_one_that_began() {
    let t = timeline_of(
        "Officials confirmed the first cases in the capital on Thursday, a week after the \
         outbreak was detected in the north. At least 19 people have died since the outbreak \
         began on February 2.",
    );
    let began = with_trigger(&t, "began").expect("the beginning is an event");
    assert_eq!(began.when.value, "2026-02-02");
    assert!(with_trigger(&t, "outbreak").is_none(), "{:#?}", t.events);
}

#[test]
fn who_after_people_of_a_place_is_those_people() {
    let t = timeline_of(
        "Sam Rainsy, the president of the party who organized the protest, spoke on Monday.",
    );
    let organized = with_trigger(&t, "organized").expect("the organizing is an event");
    assert_eq!(
        organized.who.as_deref(),
        Some("the president of the party"),
        "{organized:#?}"
    );
    // Not when the noun after "of" names people as well.
    let t = timeline_of("He said his friend was a descendant of the boy king who governed Egypt.");
    let governed = with_trigger(&t, "governed").expect("the governing is an event");
    assert_eq!(
        governed.who.as_deref(),
        Some("the boy king"),
        "{governed:#?}"
    );
}

#[test]
fn a_verb_after_that_noun_and_shares_the_subject() {
    let t = timeline_of(
        "He challenged the results in the Supreme Court, which annulled that vote and ordered a rerun.",
    );
    let ordered = with_trigger(&t, "ordered").expect("the order is an event");
    assert_eq!(
        ordered.who.as_deref(),
        Some("the Supreme Court"),
        "{ordered:#?}"
    );
    assert_eq!(ordered.summary, "the Supreme Court ordered a rerun");
    // The ordering is a row of its own: the annulling's summary stops before it.
    let annulled = with_trigger(&t, "annulled").expect("the annulling is an event");
    assert_eq!(annulled.summary, "the Supreme Court annulled that vote");
}

#[test]
fn a_date_that_modifies_a_noun_does_not_date_the_verb() {
    // Published 2026-02-10 (a Tuesday).
    let t = timeline_of(
        "Police detained him early Tuesday, two days after he rejected the results of the \
         February 1 presidential election.",
    );
    let rejected = with_trigger(&t, "rejected").expect("the rejection is an event");
    assert_ne!(rejected.when.value, "2026-02-01", "{rejected:#?}");
    // Two days before Tuesday morning, give or take the hours of each day.
    let latest = rejected.when.latest.as_deref().expect("a latest bound");
    assert!(latest.starts_with("2026-02-0"), "{rejected:#?}");
    assert!(latest < "2026-02-10", "{rejected:#?}");
    // "said in its February 1 edition": the edition dates the saying.
    let t = timeline_of("The newspaper said in its February 1 edition that talks had failed.");
    let said = with_trigger(&t, "said").expect("the saying is an event");
    assert_eq!(said.when.value, "2026-02-01", "{said:#?}");
}

#[test]
fn hours_after_a_clause_with_a_pronoun_counts_from_its_event() {
    let t = timeline_of("The storm weakened hours after it struck the coast on Monday.");
    let weakened = with_trigger(&t, "weakened").expect("the weakening is an event");
    assert_eq!(weakened.summary, "The storm weakened", "{weakened:#?}");
    let earliest = weakened
        .when
        .earliest
        .as_deref()
        .expect("an earliest bound");
    assert!(earliest.starts_with("2026-02-09"), "{weakened:#?}");
}

#[test]
fn a_dated_election_with_an_adjective_is_an_event_of_its_day() {
    // Published 2026-02-10 (a Tuesday).
    let t = timeline_of(
        "Police detained him early Tuesday, two days after he rejected the results of the \
         February 1 presidential election and called supporters onto the streets.",
    );
    let election = with_trigger(&t, "election").expect("the election is an event");
    assert_eq!(election.when.value, "2026-02-01", "{election:#?}");
    assert_eq!(
        election.summary, "the February 1 presidential election",
        "{election:#?}"
    );
    // "and called": counted from as the rejection is, two days before Tuesday morning.
    let called = with_trigger(&t, "called").expect("the calling is an event");
    let latest = called.when.latest.as_deref().expect("a latest bound");
    assert!(latest.starts_with("2026-02-0"), "{called:#?}");
    assert!(latest < "2026-02-10", "{called:#?}");
    let ended = called
        .when
        .earliest_end
        .as_deref()
        .expect("an earliest end");
    assert!(ended >= "2026-02-07", "{called:#?}");
}

#[test]
fn a_noun_of_the_results_runs_through_its_dated_election() {
    let t = timeline_of(
        "He rejected the official results of the February 1 presidential election on Monday.",
    );
    // The noun is not cut inside the date ("... of the February 1").
    let results = with_trigger(&t, "results").expect("the results are an event");
    assert_eq!(
        results.summary, "the official results of the February 1 presidential election",
        "{results:#?}"
    );
    let election = with_trigger(&t, "election").expect("the election is an event");
    assert_eq!(election.when.value, "2026-02-01", "{election:#?}");
}

/// A crash story of the shape that found the rules below (published Tuesday 2026-02-10).
const CRASH: &str = "Investigators on Monday recovered the flight recorders of a jet that \
     crashed shortly after takeoff on Sunday, killing all 157 people on board. A jet of the \
     same type plunged into the sea in October, killing 189 people. Investigators have not \
     yet released their final report. Boeing said on Tuesday that it had no reason to act. \
     Relatives gathered at the airport the day after the crash.";

#[test]
fn the_day_after_a_dated_happening_is_the_next_calendar_day() {
    let t = timeline_of(CRASH);
    let gathered = with_trigger(&t, "gathered").expect("the gathering is an event");
    assert_eq!(gathered.when.value, "2026-02-09", "{gathered:#?}");
    assert_eq!(gathered.when.earliest.as_deref(), Some("2026-02-09T00:00"));
    assert_eq!(gathered.when.latest.as_deref(), Some("2026-02-09T23:59"));
}

#[test]
fn a_toll_after_a_dated_happening_is_within_its_time() {
    let t = timeline_of(CRASH);
    let tolls: Vec<_> = t
        .events
        .iter()
        .filter(|e| e.trigger == "killing")
        .map(|e| e.when.value.as_str())
        .collect();
    // The crash's toll, on Sunday (not the recovery's Monday), and the earlier one's, in
    // October.
    assert_eq!(tolls, ["2025-10", "2026-02-08"], "{:#?}", t.events);
}

#[test]
fn an_ing_name_before_its_verb_is_the_subject() {
    let t = timeline_of(CRASH);
    assert!(with_trigger(&t, "Boeing").is_none(), "{:#?}", t.events);
    let said = with_trigger(&t, "said").expect("the saying is an event");
    assert_eq!(said.who.as_deref(), Some("Boeing"), "{said:#?}");
}

#[test]
fn not_yet_and_yet_to_are_not_done() {
    let t = timeline_of(CRASH);
    let released = with_trigger(&t, "have not yet released").expect("one verb group");
    assert_eq!(released.status, Status::Negated, "{released:#?}");
    let t = timeline_of("Officials were yet to announce the names. The date is yet to be fixed.");
    for e in t.events.iter().filter(|e| e.trigger.contains("to ")) {
        assert_eq!(e.status, Status::Negated, "{e:#?}");
    }
    assert!(t.events.iter().any(|e| e.trigger.contains("announce")));
}

#[test]
fn days_before_a_part_of_a_day_are_counted_from_the_happening() {
    // "late Sunday" is part of a day: "two days before" counts from the derailment itself
    // (the calendar rule needs a whole day), so the inspection ended by late Friday or
    // Saturday, not by a shifted "late" window.
    let t = timeline_of(
        "A freight train derailed late Sunday. The railroad said the train had been \
         inspected two days before the crash.",
    );
    let inspected = with_trigger(&t, "had been inspected").expect("the inspection is an event");
    assert_eq!(
        inspected.when.latest.as_deref(),
        Some("2026-02-07T23:59"),
        "{inspected:#?}"
    );
}

#[test]
fn a_bare_midnight_may_open_the_day_it_is_on() {
    // Published Tuesday: "midnight" was 00:00 of Wednesday only, hours after which nothing
    // could collapse on Tuesday, and the two statements were reported as a conflict.
    let t = timeline_of(
        "A ceasefire collapsed on Tuesday, hours after it took effect at midnight, officials \
         said.",
    );
    assert!(t.conflicts.is_empty(), "{:#?}", t.conflicts);
    let took = with_trigger(&t, "took effect").expect("the ceasefire took effect");
    assert_eq!(took.when.value, "2026-02-10", "{took:#?}");
}

#[test]
fn a_saying_reads_on_through_a_complement_without_that() {
    let t = timeline_of("A rebel spokesman said government troops opened fire first.");
    let said = with_trigger(&t, "said").expect("the saying is an event");
    assert_eq!(
        said.summary, "A rebel spokesman said government troops opened fire first",
        "{said:#?}"
    );
    // Not through a relative clause of the speaker.
    let t = timeline_of("The attack was over quickly, said one witness who asked not to be named.");
    let said = with_trigger(&t, "said").expect("the saying is an event");
    assert!(!said.summary.contains("asked"), "{said:#?}");
}

/// A wildfire story of the shape that found the rules below (published Tuesday 2026-02-10).
const WILDFIRE: &str = "REDDING, California (Reuters) - Firefighters on Monday battled a \
     fast-moving wildfire, officials said. The Ridge Fire started near a highway rest stop and \
     spread quickly through dry brush. Two firefighters were treated at a hospital and \
     released the following day.";

#[test]
fn a_rest_stop_is_a_place_and_the_verb_after_and_shares_the_subject() {
    let t = timeline_of(WILDFIRE);
    assert!(with_trigger(&t, "stop").is_none(), "{:#?}", t.events);
    let spread = with_trigger(&t, "spread").expect("the spreading is an event");
    assert_eq!(spread.who.as_deref(), Some("The Ridge Fire"), "{spread:#?}");
    assert_eq!(
        spread.summary, "The Ridge Fire spread quickly through dry brush",
        "{spread:#?}"
    );
    // A halt is still an event: "a brief stop".
    let t = timeline_of("The motorcade made a brief stop in La Paz on Monday.");
    assert!(with_trigger(&t, "stop").is_some(), "{:#?}", t.events);
}

#[test]
fn a_phrase_opened_by_a_preposition_is_no_subject() {
    let t = timeline_of(
        "In Paris the minister resigned on Monday, and near the border declared a curfew.",
    );
    assert!(
        t.events
            .iter()
            .all(|e| !e.who.as_deref().is_some_and(|w| w.starts_with("near"))),
        "{:#?}",
        t.events
    );
    // A number counted is a subject: "at least five refugees".
    let t = timeline_of("On Monday at least five refugees died of the disease.");
    let died = with_trigger(&t, "died").expect("the dying is an event");
    assert_eq!(
        died.who.as_deref(),
        Some("at least five refugees"),
        "{died:#?}"
    );
}

#[test]
fn a_dateline_place_is_no_event() {
    let t = timeline_of(WILDFIRE);
    assert!(
        t.events.iter().all(|e| !e.trigger.contains("REDDING")),
        "{:#?}",
        t.events
    );
    let battled = with_trigger(&t, "battled").expect("the battle is an event");
    assert_eq!(battled.who.as_deref(), Some("Firefighters"), "{battled:#?}");
}

#[test]
fn a_summary_stops_before_a_subordinate_clause_with_its_own_verb() {
    let t = timeline_of("They resumed on Monday after engineers rebuilt the servers.");
    let resumed = with_trigger(&t, "resumed").expect("the resumption is an event");
    assert_eq!(resumed.summary, "They resumed on Monday", "{resumed:#?}");
    let rebuilt = with_trigger(&t, "rebuilt").expect("the rebuilding is an event");
    assert_eq!(
        rebuilt.summary, "engineers rebuilt the servers",
        "{rebuilt:#?}"
    );
}

#[test]
fn a_participle_coordinated_with_a_passive_is_passive() {
    let t = timeline_of(WILDFIRE);
    let released = with_trigger(&t, "released").expect("the release is an event");
    assert_eq!(
        released.summary, "Two firefighters were released the following day",
        "{released:#?}"
    );
    // An active first verb lends no auxiliary.
    let t = timeline_of("Police detained two men and released them the following day.");
    let released = with_trigger(&t, "released").expect("the release is an event");
    assert_eq!(
        released.summary, "Police released them the following day",
        "{released:#?}"
    );
}

#[test]
fn a_threatened_or_intended_infinitive_is_not_asserted() {
    let t = timeline_of(
        "A group calling itself BlackTide claimed responsibility for the attack and \
         threatened to publish stolen data by March 20.",
    );
    let publish = with_trigger(&t, "to publish").expect("the publishing is an event");
    assert_eq!(publish.status, Status::Hypothetical, "{publish:#?}");
    let t = timeline_of("The network shut down its email systems to stop the malware.");
    let stop = with_trigger(&t, "to stop").expect("the stopping is an event");
    assert_eq!(stop.status, Status::Hypothetical, "{stop:#?}");
    // What a verb brings about is no purpose: "caused prices to rise", "forced ... to flee".
    let t = timeline_of(
        "The report caused prices to rise. The flood forced 2,000 villagers to flee their homes.",
    );
    for trigger in ["to rise", "to flee"] {
        let e = with_trigger(&t, trigger).expect("the infinitive is an event");
        assert_eq!(e.status, Status::Asserted, "{e:#?}");
    }
    // Nor what came of it: "rose 1.1 percent to close at 694.90".
    let t = timeline_of("The composite index rose 1.1 percent to close at 694.90.");
    let close = with_trigger(&t, "to close").expect("the close is an event");
    assert_eq!(close.status, Status::Asserted, "{close:#?}");
}

/// A mine story of the shape that found the rules below (published Tuesday 2026-02-10; the
/// sentences are written for these tests).
const MINE: &str = "A fourth driller who was near the shaft escaped and called for help. \
     Engineers bored a shaft on Saturday and made contact with the crew on Sunday. Through the \
     shaft they sent down food, and on Monday lowered a microphone. Safety officers last \
     inspected the tunnel in November and found loose rock. Three were expected to leave the \
     hospital on Friday. The owner did not respond to requests for an interview.";

#[test]
fn an_adverb_before_the_verb_is_no_part_of_the_subject() {
    let t = timeline_of(MINE);
    for trigger in ["inspected", "found"] {
        let e = with_trigger(&t, trigger).expect("the verb is an event");
        assert_eq!(e.who.as_deref(), Some("Safety officers"), "{e:#?}");
    }
    // The summary keeps it: "last inspected" is not "inspected".
    let inspected = with_trigger(&t, "inspected").expect("the inspection is an event");
    assert!(
        inspected
            .summary
            .starts_with("Safety officers last inspected"),
        "{inspected:#?}"
    );
    // "never" before a verb standing alone negates it, as it does after an auxiliary.
    let t = timeline_of("Rescuers never found the fifth driller.");
    let found = with_trigger(&t, "found").expect("the finding is an event");
    assert_eq!(found.who.as_deref(), Some("Rescuers"), "{found:#?}");
    assert_eq!(found.status, Status::Negated, "{found:#?}");
    // An adverb alone is no subject: "also" is not who told.
    let t = timeline_of(
        "The ministry said on Monday it had closed the mine, and also ordered an audit.",
    );
    assert_no_subject(&t, "also");
    // "The last" is a noun phrase, not a subject with an adverb.
    let t = timeline_of("The last arrived at noon.");
    let arrived = with_trigger(&t, "arrived").expect("the arrival is an event");
    assert_eq!(arrived.who.as_deref(), Some("The last"), "{arrived:#?}");
}

#[test]
fn a_verb_after_a_relative_clause_takes_the_noun_before_it() {
    let t = timeline_of(MINE);
    let escaped = with_trigger(&t, "escaped").expect("the escape is an event");
    assert_eq!(
        escaped.who.as_deref(),
        Some("A fourth driller"),
        "{escaped:#?}"
    );
    // Not across a participle on a noun of the relative clause: the doctor was not held.
    let t = timeline_of(
        "A doctor who examined the miners held in the clinic said on Monday they were well.",
    );
    assert!(
        t.events
            .iter()
            .all(|e| e.trigger != "held" || e.who.as_deref() != Some("A doctor")),
        "{:#?}",
        t.events
    );
}

#[test]
fn a_pronoun_after_a_fronted_phrase_and_a_particle_verb() {
    let t = timeline_of(MINE);
    let sent = with_trigger(&t, "sent down").expect("the particle completes the verb");
    assert_eq!(sent.who.as_deref(), Some("they"), "{sent:#?}");
    // "and on Monday lowered": a time phrase between "and" and the verb.
    let lowered = with_trigger(&t, "lowered").expect("the lowering is an event");
    assert_eq!(lowered.who.as_deref(), Some("they"), "{lowered:#?}");
    assert_eq!(lowered.when.value, "2026-02-09", "{lowered:#?}");
}

#[test]
fn a_bare_numeral_is_a_subject() {
    let t = timeline_of(MINE);
    let expected = with_trigger(&t, "were expected").expect("the expecting is an event");
    assert_eq!(expected.who.as_deref(), Some("Three"), "{expected:#?}");
    let t = timeline_of("Several were hurt when the roof fell.");
    let hurt = with_trigger(&t, "were hurt").expect("the hurting is an event");
    assert_eq!(hurt.who.as_deref(), Some("Several"), "{hurt:#?}");
}

#[test]
fn a_plural_noun_after_to_is_no_infinitive() {
    let t = timeline_of(MINE);
    assert!(with_trigger(&t, "to requests").is_none(), "{:#?}", t.events);
    assert!(with_trigger(&t, "to leave").is_some(), "{:#?}", t.events);
    // The verb keeps its negation and its summary.
    let respond = with_trigger(&t, "did not respond").expect("the response is an event");
    assert_eq!(respond.status, Status::Negated, "{respond:#?}");
    // A base form after "to" is still one.
    let t = timeline_of("The owner refused to comment on Monday.");
    assert!(with_trigger(&t, "to comment").is_some(), "{:#?}", t.events);
}

#[test]
fn a_coordinated_light_verb_with_its_noun_is_an_event_of_its_own() {
    let t = timeline_of(MINE);
    let contact = with_trigger(&t, "made contact").expect("making contact is an event");
    assert_eq!(contact.who.as_deref(), Some("Engineers"), "{contact:#?}");
    assert_eq!(contact.when.value, "2026-02-08", "{contact:#?}");
    // The boring stops before it and keeps its own day.
    let bored = with_trigger(&t, "bored").expect("the boring is an event");
    assert_eq!(
        bored.summary, "Engineers bored a shaft on Saturday",
        "{bored:#?}"
    );
    assert_eq!(bored.when.value, "2026-02-07", "{bored:#?}");
}

/// A story written for these tests (a port strike), read as in `tempora::reconstruct`.
fn story(text: &str) -> Timeline {
    story_on(14, text)
}

/// A story published on `day` March 2026.
fn story_on(day: u32, text: &str) -> Timeline {
    let date = chrono::NaiveDate::from_ymd_opt(2026, 3, day).unwrap();
    tempora::reconstruct(&Article::from_body("story", text, date)).timeline
}

#[test]
fn that_with_a_verb_after_a_noun_opens_a_relative_clause() {
    // The vote's closing was read as what the members approved ("approve" is an intentional
    // action), so hypothetical.
    let t = story(
        "Members approved the agreement by 71 percent in a vote that closed at midnight on \
         Friday, the union said.",
    );
    let closed = one(&t, "closed");
    assert_eq!(closed.status, Status::Asserted, "{closed:#?}");
    assert_eq!(closed.who.as_deref(), Some("a vote"));
    // From a silver document: the fire's killing was hypothetical, under "investigating".
    let t = story(
        "A delegation came to assess progress made by police investigating the March 6 fire \
         that killed a woman and five of her six children.",
    );
    let killed = one(&t, "killed");
    assert_eq!(killed.status, Status::Asserted, "{killed:#?}");
    assert_eq!(killed.when.value, "2026-03-06");
}

#[test]
fn an_ing_word_before_a_noun_and_a_finite_verb_is_part_of_the_subject() {
    let t = story("Shipping lines said it would take at least two weeks to clear the backlog.");
    assert_eq!(one(&t, "said").who.as_deref(), Some("Shipping lines"));
}

#[test]
fn what_a_condition_tells_is_hypothetical() {
    let t = story(
        "The union had warned in February that it would strike if no deal was reached by the \
         end of that month.",
    );
    assert_eq!(one(&t, "was reached").status, Status::Hypothetical);
    assert_eq!(one(&t, "had warned").status, Status::Asserted);
}

#[test]
fn a_distance_before_after_belongs_to_the_clause_after_it() {
    let t = story(
        "Union leader Niek Stam told reporters outside the union's offices shortly after the \
         result was announced.",
    );
    let told = one(&t, "told");
    assert!(told.summary.ends_with("offices"), "{}", told.summary);
}

#[test]
fn after_a_relative_clause_between_commas_the_subject_comes_back() {
    let t = story(
        "Exports of flowers and vegetables, which normally leave the port within hours of \
         arriving, were worst hit.",
    );
    let hit = one(&t, "hit");
    assert_eq!(
        hit.who.as_deref(),
        Some("Exports of flowers and vegetables")
    );
    assert!(hit.summary.contains("were worst hit"), "{}", hit.summary);
}

#[test]
fn a_word_after_a_determiner_and_an_ordinal_is_a_noun() {
    // "report" after "the first" is no present-tense verb with the subject "the first" (which
    // made it hold at the time of writing); the report may still be an event of its own.
    let t = timeline_of(
        "The minister has been under pressure since the first report appeared in March. \
         Shares have fallen since a second report. The mayor has faced questions since its \
         third offer.",
    );
    for e in t
        .events
        .iter()
        .filter(|e| matches!(&*e.trigger, "report" | "offer"))
    {
        assert_eq!(e.who, None, "{e:#?}");
        assert_ne!(e.when.value, "PRESENT_REF", "{e:#?}");
    }
    assert!(
        t.events.iter().all(|e| !matches!(
            e.who.as_deref(),
            Some("the first" | "a second" | "its third")
        )),
        "{:#?}",
        t.events
    );
    let appeared = with_trigger(&t, "appeared").expect("the appearing is an event");
    assert_eq!(
        appeared.who.as_deref(),
        Some("the first report"),
        "{appeared:#?}"
    );
    // A past form there may still be a verb: "The first" arrived.
    let t = timeline_of("The first arrived at noon.");
    let arrived = with_trigger(&t, "arrived").expect("the arrival is an event");
    assert_eq!(arrived.who.as_deref(), Some("The first"), "{arrived:#?}");
}

#[test]
fn an_infinitive_after_is_due_to_is_an_event() {
    // Published Tuesday 2026-02-10: "next Tuesday" is the 17th.
    let t = timeline_of(
        "Okafor, 44, was sworn in on Thursday morning and is due to address parliament next \
         Tuesday.",
    );
    let address = with_trigger(&t, "to address").expect("the address is an event");
    assert_eq!(address.when.value, "2026-02-17", "{address:#?}");
    assert_ne!(address.status, Status::Asserted, "{address:#?}");
}

/// Rows of an airline outage story (sixteenth session; the story is not in the repository).
#[test]
fn an_outage_story_gives_each_clause_its_subject_and_time() {
    // A noun phrase between two verbs of a reported complement is the second verb's subject.
    let t = story("Unions said the failure showed the company had cut too deeply.");
    let cut = with_trigger(&t, "had cut").expect("an event");
    assert_eq!(cut.who.as_deref(), Some("the company"), "{cut:#?}");
    // A relative clause with no commas ends where the main verb group takes up again, and
    // the pronoun it defines is that verb's subject.
    let t = story("Those who had already paid for hotels would be reimbursed, it added.");
    let paid = with_trigger(&t, "had already paid").expect("an event");
    assert!(!paid.summary.contains("reimbursed"), "{paid:#?}");
    let repaid = with_trigger(&t, "would be reimbursed").expect("an event");
    assert_eq!(repaid.who.as_deref(), Some("Those"), "{repaid:#?}");
    // "They are due to resume": the infinitive is the subject's own act.
    let t = story("They are due to resume next month.");
    let resume = with_trigger(&t, "to resume").expect("an event");
    assert_eq!(resume.who.as_deref(), Some("They"), "{resume:#?}");
    assert_eq!(resume.when.value, "2026-04");
    // A verb after a noun compound opened by an article is the clause's verb; a fronted time
    // dates the coordinate clause after it; a summary is not cut after a count.
    let t = story(
        "In March, a fire at its data centre near the main hub of the airline halted departures \
         for two hours, and the airline promised to overhaul its systems.",
    );
    let halted = with_trigger(&t, "halted").expect("an event");
    assert_eq!(halted.when.value, "2026-03");
    assert!(halted.summary.ends_with("for two hours"), "{halted:#?}");
    let promised = with_trigger(&t, "promised").expect("an event");
    assert_eq!(promised.when.value, "2026-03", "{promised:#?}");
    // "but" opens no noun phrase's summary.
    let t = story("Flights resumed at about 10:45 a.m., but delays spread through the day.");
    assert!(
        t.events.iter().all(|e| !e.summary.starts_with("but")),
        "{t:#?}"
    );
}

#[test]
fn a_dam_story_gives_each_clause_its_subject_and_status() {
    // A relative clause without commas ends at the main clause's simple past, whose subject
    // is the noun before the relative pronoun ("that" with a verb in -s, or "who").
    let t = story("The company that operates the dam declined to comment.");
    let declined = with_trigger(&t, "declined").expect("an event");
    assert_eq!(
        declined.who.as_deref(),
        Some("The company"),
        "{declined:#?}"
    );
    let t = story("The man who runs the shop declined to comment.");
    let declined = with_trigger(&t, "declined").expect("an event");
    assert_eq!(declined.who.as_deref(), Some("The man"), "{declined:#?}");
    // The verbs after it that took the wrong subject take the mended one.
    let t = story(
        "The company that operates the dam declined to comment on Tuesday, saying an inquiry \
         was under way.",
    );
    let saying = with_trigger(&t, "saying").expect("an event");
    assert_eq!(saying.who.as_deref(), Some("The company"), "{saying:#?}");
    let comment = with_trigger(&t, "to comment").expect("an event");
    assert_eq!(comment.who.as_deref(), Some("The company"), "{comment:#?}");
    // ... but not at the participle an auxiliary of the relative clause waits for.
    let t = story("Those who had already paid for hotels would be reimbursed, it added.");
    let paid = with_trigger(&t, "had already paid").expect("an event");
    assert_eq!(
        paid.summary, "Those had already paid for hotels",
        "{paid:#?}"
    );
    // A participle after the main verb takes its subject, not the trailing source's, and is
    // reported with it.
    let t = story(
        "A dam gave way late on Tuesday, sending a wall of water through three towns, regional \
         officials said on Wednesday.",
    );
    let sending = with_trigger(&t, "sending").expect("an event");
    assert_eq!(sending.who.as_deref(), Some("A dam"), "{sending:#?}");
    assert_eq!(sending.status, Status::Reported, "{sending:#?}");
    // Over by the time of writing, as the verb it follows.
    assert_eq!(sending.when.latest.as_deref(), Some("2026-03-14T23:59"));
    // "a power cut": a noun, and the compound is the subject of the clause's verb.
    let t = story("In March, a power cut at its data centre halted departures for two hours.");
    assert!(with_trigger(&t, "cut").is_none(), "{:#?}", t.events);
    let halted = with_trigger(&t, "halted").expect("an event");
    assert_eq!(
        halted.who.as_deref(),
        Some("a power cut at its data centre"),
        "{halted:#?}"
    );
}

#[test]
fn in_the_hours_before_an_event_is_a_stretch_not_a_distance() {
    // "in the 48 hours before the wall failed": the rise ends within the 48 hours, not
    // exactly 48 hours before; the summary stops before the phrase, not on its article.
    let t =
        story("Water levels rose by two metres in the 48 hours before the wall failed on Tuesday.");
    let rose = with_trigger(&t, "rose").expect("an event");
    assert_eq!(rose.summary, "Water levels rose by two metres", "{rose:#?}");
    assert_eq!(
        rose.when.latest.as_deref(),
        Some("2026-03-10T23:58"),
        "{rose:#?}"
    );
    // Without "in the", the distance is exact.
    let t = story("Water levels rose 48 hours before the wall failed on Tuesday.");
    let rose = with_trigger(&t, "rose").expect("an event");
    assert_eq!(
        rose.when.latest.as_deref(),
        Some("2026-03-08T23:59"),
        "{rose:#?}"
    );
}

#[test]
fn a_court_story_names_the_speaker_after_a_quotation_and_sums_up_each_act() {
    // A quotation that opens the sentence is what is said: the speaker is the noun phrase
    // after it, before its apposition (it was the quotation's first words).
    let t = story(
        "\"Nobody is above the law,\" the chief prosecutor, Laura Diaz, told reporters after \
         the hearing.",
    );
    let told = with_trigger(&t, "told").expect("an event");
    assert_eq!(
        told.who.as_deref(),
        Some("the chief prosecutor"),
        "{told:#?}"
    );
    // A gerund after a preposition is summed up with its object, as a verb is (it was
    // "taking").
    let t = story("A jury found him guilty of taking bribes from construction firms.");
    let taking = with_trigger(&t, "taking").expect("an event");
    assert_eq!(taking.summary, "taking bribes from construction firms");
    // An event noun's phrase goes on over an ordinal to its noun ("A hearing on the second").
    let t = story("A hearing on the second defendant was postponed until next week.");
    let hearing = with_trigger(&t, "hearing").expect("an event");
    assert_eq!(hearing.summary, "A hearing on the second defendant");
    // The subject of a reported verb before an apposition is no object of the saying ("Judge
    // Helen Marsh said the former mayor").
    let t = story(
        "Judge Helen Marsh said the former mayor, Victor Hale, had betrayed the trust of voters.",
    );
    let said = with_trigger(&t, "said").expect("an event");
    assert_eq!(said.summary, "Judge Helen Marsh said");
}

#[test]
fn an_outbreak_story_has_no_neighbouring_event_and_no_summary_opening_on_and() {
    // "neighbouring" before a country or a name is an adjective.
    let t = story(
        "The agency said the risk of the outbreak spreading to neighbouring Uganda and to \
         neighbouring countries was high.",
    );
    assert!(
        with_trigger(&t, "neighbouring").is_none(),
        "{:#?}",
        t.events
    );
    // A conjunction after a comma joins two clauses: the noun's phrase starts after it.
    let t = story(
        "Health workers will begin tracing contacts, the minister said, and a second shipment \
         of vaccines is expected next week.",
    );
    let shipment = with_trigger(&t, "shipment").expect("an event");
    assert_eq!(
        shipment.summary, "a second shipment of vaccines",
        "{shipment:#?}"
    );
}

#[test]
fn a_present_in_a_time_clause_after_a_modal_is_still_to_come() {
    // A hurricane story (eighteenth session): "have died down" was asserted and over by the
    // publish date (a present perfect). After "expected to" it stands for a time to come.
    let t = story(
        "Heavy rain is expected to continue through Saturday, raising the risk of river \
         flooding well after the winds have died down.",
    );
    let died = one(&t, "the winds have died");
    assert_eq!(died.status, Status::Hypothetical, "{died:#?}");
    assert_eq!(died.when.latest, None, "{died:#?}");
    assert_eq!(
        died.when.earliest.as_deref(),
        Some("2026-03-14T00:00"),
        "{died:#?}"
    );
    // After "will", a future; the simple present too ("it was ongoing when published").
    let t = story("Schools will reopen once the water has gone down, officials said.");
    let gone = one(&t, "the water has gone");
    assert_eq!(gone.status, Status::Future, "{gone:#?}");
    let t =
        story("Analysts said trading sentiment would be cautious when the market opens Monday.");
    let opens = one(&t, "the market opens");
    assert_eq!(opens.status, Status::Hypothetical, "{opens:#?}");
    // With no modal before it, a present in a time clause is a habit, told as fact.
    let t = story("Prices rise when the market opens.");
    let opens = one(&t, "the market opens");
    assert_eq!(opens.status, Status::Asserted, "{opens:#?}");
}

#[test]
fn a_fraud_story_dates_a_warning_a_testimony_and_tells_an_allegation_as_reported() {
    // "as early as 2018, when ...": the warning is dated 2018 too, as "in 2018, when" dates
    // both (it was undated).
    let t = story(
        "According to the report, the board had been warned as early as 2018, when a finance \
         manager in Singapore sent an email describing irregular invoices.",
    );
    let warned = with_trigger(&t, "had been warned").expect("an event");
    assert_eq!(warned.when.value, "2018", "{warned:#?}");
    // "testify before a Senate committee next month": "before" is in front of, not earlier
    // than; the testimony is next month (it was only "on or after" the publish date).
    let t = story("Brandt will testify before a Senate committee next month.");
    let testify = with_trigger(&t, "will testify").expect("an event");
    assert_eq!(testify.when.value, "2026-04", "{testify:#?}");
    // "allegedly" tells an act on someone else's word: reported, not asserted.
    let t = story("Managers in the Asian unit allegedly started booking shipments in 2015.");
    let started = with_trigger(&t, "started").expect("an event");
    assert_eq!(started.status, Status::Reported, "{started:#?}");
}

#[test]
fn a_state_until_at_least_a_date_shows_the_floor_under_its_end() {
    // An outbreak story (nineteenth session): "will stay closed until at least August 24"
    // read "began c. 14–24 Aug", a start window whose end only follows from the end's floor.
    let t =
        story("Schools in Homa Bay will stay closed until at least March 24, the governor said.");
    let closed = one(&t, "will stay closed");
    let w = &closed.when;
    assert_eq!(w.earliest.as_deref(), Some("2026-03-14T00:00"), "{w:#?}");
    assert_eq!(w.latest, None, "{w:#?}");
    assert_eq!(
        w.earliest_end.as_deref(),
        Some("2026-03-24T23:59"),
        "{w:#?}"
    );
    assert!(
        w.earliest_end_because
            .iter()
            .any(|b| b.contains("until at least")),
        "{:?}",
        w.earliest_end_because
    );
    let md = tempora::export::to_markdown(&t);
    assert!(
        md.contains("| on or after 14 Mar 2026, until at least 24 Mar 2026 | Schools in Homa Bay"),
        "{md}"
    );
    // A state that began on a day and goes on when published shows both.
    let t = story("Farmers have been blocking the highway since March 2.");
    let md = tempora::export::to_markdown(&t);
    assert!(
        md.contains("| began 2 Mar 2026, until at least 14 Mar 2026 | Farmers have been blocking"),
        "{md}"
    );
}

#[test]
fn a_period_the_subject_covers_does_not_date_the_verb() {
    // A fraud story (eighteenth session): "Profit for the previous year was restated" was
    // dated the previous year and put in conflict with "on Tuesday".
    let t = story(
        "Profit for the previous year was restated on Tuesday. The report for 2025 was \
         published in June. Plans for next year were announced on Monday.",
    );
    let restated = one(&t, "was restated");
    assert_eq!(restated.when.value, "2026-03-10", "{restated:#?}");
    assert!(t.conflicts.is_empty(), "{:#?}", t.conflicts);
    // Published in March 2026: the June before.
    assert_eq!(one(&t, "was published").when.value, "2025-06", "{t:#?}");
    assert_eq!(one(&t, "were announced").when.value, "2026-03-09");
    // An event noun takes the period: the review is February's.
    let t = story("The bank's monthly review for February was released on Friday.");
    let review = t
        .events
        .iter()
        .find(|e| e.trigger == "review")
        .expect("an event noun");
    assert_eq!(review.when.value, "2026-02", "{review:#?}");
    assert_eq!(one(&t, "was released").when.value, "2026-03-13");
    // Alone in its clause, the period stays the verb's; in the object, "for" gives the verb's
    // length; a time compared with is no time of the verb.
    let t = story("Revenue for the fourth quarter fell 12 percent.");
    assert_eq!(one(&t, "fell").when.value, "2025-Q4");
    // (With "the second quarter", read as 2026-Q2 for being within its own length of the
    // publish date, the reader's timeline drops the period as a reading that contradicts the
    // past tense: a past verb lies in no time after the publish day.)
    let t = story("Revenue for the second quarter fell 12 percent.");
    assert_eq!(one(&t, "fell").when.value, "PAST_REF");
    assert_eq!(t.dropped.len(), 1, "{:#?}", t.dropped);
    let t = story("The bank has frozen its operating costs for the past three years.");
    assert_eq!(
        one(&t, "has frozen").when.earliest.as_deref(),
        Some("2023-03-14T00:00")
    );
    let t = story(
        "Its revenue for 2025 amounted to 4.5 billion dollars, up from 3.4 billion dollars \
         in the previous year.",
    );
    assert_eq!(one(&t, "amounted").when.value, "2025");
}

#[test]
fn a_source_known_by_what_it_knows_keeps_its_phrase_and_a_trailing_time_dates_both_verbs() {
    // From the fraud and hurricane stories (eighteenth session): "people close to the talks
    // said" had the subject "the talks", and "boarded up windows" no date of its own.
    let t = story(
        "The deal collapsed on Monday, people close to the talks said. The plant was sold \
         last year, officials with knowledge of the plan said.",
    );
    let who = |words: &str| one(&t, words).who.clone();
    assert_eq!(
        who("the talks said").as_deref(),
        Some("people close to the talks")
    );
    assert_eq!(
        who("the plan said").as_deref(),
        Some("officials with knowledge of the plan")
    );
    let t = story("Residents boarded up windows and filled sandbags on Wednesday morning.");
    for verb in ["boarded up windows", "filled sandbags"] {
        let w = &one(&t, verb).when;
        assert_eq!(
            w.earliest.as_deref(),
            Some("2026-03-11T06:00"),
            "{verb}: {w:#?}"
        );
        assert_eq!(
            w.latest.as_deref(),
            Some("2026-03-11T11:59"),
            "{verb}: {w:#?}"
        );
    }
    // Not over a longer telling, a time of its own, or a new subject.
    let t = story("Manbar was born on the kibbutz Givat Hayim in northern Israel and left the country in 1985.");
    assert_ne!(one(&t, "was born").when.value, "1985");
    let t = story("Police arrested him in January and charged him on Friday.");
    assert_eq!(one(&t, "arrested him").when.value, "2026-01");
    let t = story("Residents boarded up windows and they left on Friday.");
    assert_eq!(one(&t, "boarded up").when.earliest, None);
}

#[test]
fn an_air_crash_story_has_no_left_event_orders_seconds_after_and_reads_a_released_report_as_source()
{
    // "its left engine", "banked to the left": a side, no leaving (both were events).
    let t = story("The plane lost power in its left engine and banked sharply to the left.");
    assert!(with_trigger(&t, "left").is_none(), "{:#?}", t.events);
    // "40 seconds after the engine failed": the failing first (no relation was made, since
    // "seconds" is no unit of the time grammar and the clause did not open).
    let t = story("The crew declared an emergency about 40 seconds after the engine failed.");
    let failed = with_trigger(&t, "failed").expect("an event");
    let declared = with_trigger(&t, "declared").expect("an event");
    assert!(
        t.relations.iter().any(|r| r.source == failed.id
            && r.target == declared.id
            && r.kind == tempora::relation::RelationKind::Before),
        "{:#?}",
        t.relations
    );
    // "according to a preliminary report released on Thursday": the participle describes the
    // source, so what the sentence tells is the report's account (it was asserted).
    let t = story(
        "The crew had reported a warning light, according to a preliminary report released \
         on Thursday.",
    );
    let reported = with_trigger(&t, "had reported").expect("an event");
    assert_eq!(reported.status, Status::Reported, "{reported:#?}");
}

#[test]
fn a_state_under_investigation_since_a_time_holds_on_the_publish_date() {
    // "has been under investigation since March": no event was found (TimeBank annotates no
    // "under <noun>"); now the state, begun in March and still holding (published 14 March
    // 2026, so "March" is this month).
    let t = story("The company has been under investigation since January.");
    let e = with_trigger(&t, "has been under investigation").expect("an event");
    assert_eq!(e.who.as_deref(), Some("The company"), "{e:#?}");
    assert_eq!(
        e.when.earliest.as_deref(),
        Some("2026-01-01T00:00"),
        "{e:#?}"
    );
    assert_eq!(
        e.when.earliest_end.as_deref(),
        Some("2026-03-14T00:00"),
        "{e:#?}"
    );
    assert_eq!(e.when.latest, None, "{e:#?}");
    // A modifier may stand before the noun; a determiner may not ("under the control of").
    let t = story("The town was under heavy fire on Monday.");
    let e = with_trigger(&t, "was under heavy fire").expect("an event");
    assert_eq!(e.when.value, "2026-03-09");
    let t = story("The port is under the control of the army.");
    assert!(
        t.events.iter().all(|e| !e.trigger.contains("control")),
        "{:#?}",
        t.events
    );
    // So do states after "be in": "has been in power since 2006".
    let t = story(
        "Morales has been in power since 2006. Thirteen leaders have been in jail since January.",
    );
    let e = with_trigger(&t, "has been in power").expect("an event");
    assert_eq!(
        e.when.earliest.as_deref(),
        Some("2006-01-01T00:00"),
        "{e:#?}"
    );
    assert_eq!(
        e.when.earliest_end.as_deref(),
        Some("2026-03-14T00:00"),
        "{e:#?}"
    );
    assert!(
        with_trigger(&t, "have been in jail").is_some(),
        "{:#?}",
        t.events
    );
    // The timeline's own event: the TimeML views (eval events, annotate) leave it out.
    let text = "The company has been under investigation since January. Police arrested him.";
    let timeml = tempora::eval::events::tempora_event_annotations(text);
    assert!(
        timeml
            .iter()
            .all(|a| !text[a.span.start..a.span.end].contains("investigation")),
        "{timeml:#?}"
    );
    assert!(timeml
        .iter()
        .any(|a| &text[a.span.start..a.span.end] == "arrested"));
    // "under pressure to compromise" is no state of the list: the infinitive is no fact.
    let t = story("The minister was under pressure to resign.");
    assert!(
        t.events.iter().all(|e| !e.trigger.contains("pressure")),
        "{:#?}",
        t.events
    );
    // A passive of a lasting result holds too; killings since a time do not go on.
    let t = story("The plant has been closed since January.");
    let e = with_trigger(&t, "has been closed").expect("an event");
    assert_eq!(
        e.when.earliest_end.as_deref(),
        Some("2026-03-14T00:00"),
        "{e:#?}"
    );
    let t = story("Three people have been killed since January.");
    let e = with_trigger(&t, "have been killed").expect("an event");
    assert_eq!(e.when.latest.as_deref(), Some("2026-03-14T23:59"), "{e:#?}");
}

#[test]
fn won_after_an_amount_is_the_currency_not_a_verb() {
    let t = story("The company lost 4.5 trillion won and 50,000 won last year.");
    assert!(with_trigger(&t, "won").is_none(), "{:#?}", t.events);
    let lost = with_trigger(&t, "lost").expect("an event");
    assert_eq!(lost.when.value, "2025");
    // A year before it is no amount: "who in 2005 won the presidency".
    let t = story("Morales, who in 2005 won the presidency, resigned on Sunday.");
    assert!(with_trigger(&t, "won").is_some(), "{:#?}", t.events);
}

#[test]
fn a_figure_compared_with_in_a_year_keeps_its_year_off_the_verb() {
    // "compared with 8.4 trillion won in 1995": the year of the figure compared with, not of
    // "totalled" (dated both 1996 and 1995, a conflict), but still the time of its
    // when-clause.
    let t = story(
        "The overseas debt totalled 12.1 trillion won in 2025, compared with 8.4 trillion won \
         in 2024 when the ratio stood at 8.4 percent.",
    );
    assert!(t.conflicts.is_empty(), "{:#?}", t.conflicts);
    assert_eq!(one(&t, "totalled").when.value, "2025");
    assert_eq!(one(&t, "the ratio stood").when.value, "2024");
}

#[test]
fn shortly_before_a_clock_time_puts_the_whole_happening_in_the_hour_before() {
    // Was "ended 9 Mar 2026, 04:00–04:59": the start had no floor.
    let t = story("The blaze began shortly before 5 a.m. on Monday, a witness said.");
    let e = one(&t, "The blaze began");
    assert_eq!(
        e.when.earliest.as_deref(),
        Some("2026-03-09T04:00"),
        "{e:#?}"
    );
    assert_eq!(e.when.latest.as_deref(), Some("2026-03-09T04:59"), "{e:#?}");
}

#[test]
fn a_strike_story_reads_talks_as_a_subject_and_dates_the_verb_an_ing_form_hangs_on() {
    // "since talks broke down": right after a subordinator "talks" is the subject, a noun; it
    // was a present-tense verb going on when published, "broke" had no subject, and the
    // "since" clause ordered the scheduling after the talks, not after their breakdown. A
    // subject opening with "No" denies its verb.
    let t = story("No new meeting has been scheduled since talks broke down on Tuesday.");
    let broke = with_trigger(&t, "broke").expect("an event");
    assert_eq!(broke.who.as_deref(), Some("talks"), "{broke:#?}");
    assert_eq!(broke.when.value, "2026-03-10");
    assert!(
        t.events.iter().all(|e| e.when.value != "PRESENT_REF"),
        "{:#?}",
        t.events
    );
    let scheduled = with_trigger(&t, "has been scheduled").expect("an event");
    assert_eq!(scheduled.status, Status::Negated, "{scheduled:#?}");
    assert_eq!(scheduled.when.earliest.as_deref(), Some("2026-03-10T00:00"));
    // The time of an aspectual verb's "-ing" object dates the aspectual verb; a stretch after
    // "for" is the perfect verb's, not an "-ing" form's after its object.
    let t = story(
        "Several supermarket chains said they had begun rationing some imported goods last week.",
    );
    assert_eq!(
        with_trigger(&t, "had begun").expect("an event").when.value,
        "2026-W10"
    );
    let t = story("The walkout has halted cargo handling for the past 19 days.");
    let halted = with_trigger(&t, "has halted").expect("an event");
    assert_eq!(
        halted.when.earliest.as_deref(),
        Some("2026-02-23T00:00"),
        "{halted:#?}"
    );
    // A past form right after an infinitive's verb modifies its object: no automating.
    let t = story(
        "The dispute began in March, when the employers announced plans to install automated \
         cranes at two terminals by 2028.",
    );
    assert!(with_trigger(&t, "automated").is_none(), "{:#?}", t.events);
}

#[test]
fn a_strike_story_keeps_the_subjects_of_coordinated_verbs_apart() {
    // ", and accused": the main clause's subject, not that of the "before" clause.
    let t = story(
        "The employers' group said in a statement that it had made a fair offer before the \
         contract expired, including a 14 percent wage increase over four years, and accused \
         the union of refusing to negotiate.",
    );
    let accused = with_trigger(&t, "accused").expect("an event");
    assert_eq!(
        accused.who.as_deref(),
        Some("The employers' group"),
        "{accused:#?}"
    );
    // ", and another carrier, having waited ..., sent": the lone subject of both verbs (the
    // waiting was merged with the strike's start, whose subject it had taken).
    let t = story(
        "Maersk said on Friday that it had rerouted six ships since the strike started, and \
         another carrier, having waited more than a week, sent its vessels north on Saturday.",
    );
    for verb in ["waited", "sent"] {
        let e = with_trigger(&t, verb).expect("an event");
        assert_eq!(e.who.as_deref(), Some("another carrier"), "{e:#?}");
    }
    // ", and two car makers said": a saying of its own, asserted, not inside the first one's
    // complement.
    let t = story(
        "Several supermarket chains said they had begun rationing goods last week, and two car \
         makers said they would suspend production next Monday.",
    );
    let said = t
        .events
        .iter()
        .find(|e| e.trigger == "said" && e.who.as_deref() == Some("two car makers"))
        .expect("an event");
    assert_eq!(said.status, Status::Asserted, "{said:#?}");
}

#[test]
fn a_relative_clause_of_saying_ends_where_the_main_verb_takes_up() {
    // The arrest was read as part of what the officials said: reported, its subject "the vote".
    let t = story("Officials who said the vote was rigged were arrested on Monday.");
    let arrested = with_trigger(&t, "were arrested").expect("an event");
    assert_eq!(arrested.status, Status::Asserted, "{arrested:#?}");
    assert_eq!(arrested.who.as_deref(), Some("Officials"), "{arrested:#?}");
    assert_eq!(arrested.when.value, "2026-03-09");
    let rigged = with_trigger(&t, "was rigged").expect("an event");
    assert_eq!(rigged.status, Status::Reported, "{rigged:#?}");
    let said = with_trigger(&t, "said").expect("an event");
    assert!(!said.summary.contains("arrested"), "{said:#?}");
    // A past form right after the complement's own past form is the main verb too.
    let t = story("Officials who said the vote was rigged resigned on Monday.");
    let resigned = with_trigger(&t, "resigned").expect("an event");
    assert_eq!(resigned.status, Status::Asserted, "{resigned:#?}");
    assert_eq!(resigned.who.as_deref(), Some("Officials"), "{resigned:#?}");
    // Not when a verb of the complement takes a clause of its own, which the verb may end.
    let t = story(
        "Conservative sources who claimed it showed their tactic to focus on Europe was \
         working were pleased.",
    );
    let working = with_trigger(&t, "were pleased").expect("an event");
    assert_eq!(working.status, Status::Reported, "{working:#?}");
}

#[test]
fn a_reduced_relative_clause_keeps_its_time_and_the_main_verb_its_own() {
    // "passed" took "next year" and "expire" was a noun dated 2017.
    let t = story("The tax cuts passed in 2017 expire next year.");
    let passed = with_trigger(&t, "passed").expect("an event");
    assert_eq!(passed.when.value, "2017", "{passed:#?}");
    let expire = with_trigger(&t, "expire").expect("an event");
    assert_eq!(expire.when.value, "2027", "{expire:#?}");
    assert_eq!(expire.summary, "expire next year");
    let t = story("The contracts signed last year expire in June.");
    let expire = with_trigger(&t, "expire").expect("an event");
    assert_eq!(expire.who.as_deref(), Some("The contracts"), "{expire:#?}");
    assert_eq!(
        with_trigger(&t, "signed").expect("an event").when.value,
        "2025"
    );
    let t = story("Workers hired last week start on Monday.");
    let hired = with_trigger(&t, "hired").expect("an event");
    assert_eq!(hired.when.value, "2026-W10", "{hired:#?}");
    // A weekday in the present is the past one unless the next is much nearer (the
    // resolver's rule, `tempora explain`): each verb has its own time.
    let start = with_trigger(&t, "start").expect("an event");
    assert_eq!(start.when.value, "2026-03-09", "{start:#?}");
    assert_eq!(start.who.as_deref(), Some("Workers"));
    // A main verb with its object stays one clause: "ahead" is no verb.
    let t = story(
        "The authorities maintained extra security in the capital on Wednesday ahead of the \
         festivities.",
    );
    let maintained = with_trigger(&t, "maintained").expect("an event");
    assert!(
        maintained.summary.contains("ahead of the festivities"),
        "{maintained:#?}"
    );
}

#[test]
fn a_year_after_a_participle_is_a_year_before_a_verb_in_s() {
    // "2010 requires" was read as a count of requirements ("In 1500 homes").
    let t = story("The law passed in 2010 requires insurers to cover children.");
    let passed = with_trigger(&t, "passed").expect("an event");
    assert_eq!(passed.when.value, "2010", "{passed:#?}");
    let t = story("In 1500 homes the power failed.");
    assert!(
        t.events.iter().all(|e| e.when.value != "1500"),
        "{:#?}",
        t.events
    );
}

#[test]
fn a_state_after_be_is_told_as_its_clause_tells_it() {
    // "said the group was responsible" was asserted: the timeline stated as fact what the
    // FBI said, and "was not responsible" was asserted too.
    let status = |text: &str| {
        let t = story(text);
        with_trigger(&t, "responsible")
            .unwrap_or_else(|| panic!("a state in {text:?}: {:#?}", t.events))
            .status
    };
    let cases = [
        (
            "The FBI said a criminal group was responsible.",
            Status::Reported,
        ),
        (
            "Officials said the contractor was not responsible.",
            Status::Negated,
        ),
        (
            "Officials said the contractor wasn't responsible.",
            Status::Negated,
        ),
        (
            "The contractor won't be responsible for the repairs.",
            Status::Negated,
        ),
        (
            "The regulator will be responsible for the review.",
            Status::Future,
        ),
        (
            "The contingent will be deployed in Tirana and be responsible for security.",
            Status::Future,
        ),
        (
            "The company would be responsible if the dam failed.",
            Status::Hypothetical,
        ),
        (
            "The contractor was responsible for the breach.",
            Status::Asserted,
        ),
    ];
    for (text, want) in cases {
        assert_eq!(status(text), want, "{text}");
    }
}

/// A story published on Thursday 12 March 2026 (the ferry story's publish date).
fn ferry(text: &str) -> Timeline {
    story_on(12, text)
}

#[test]
fn a_ferry_story_puts_a_small_hours_clock_time_on_the_night_told_and_a_distress_call_is_a_noun() {
    // "shortly after midnight on Sunday" opens Sunday (TimeML's value stays "T24:00"); "at
    // 12:40 a.m.", told after "10 p.m. on Saturday", is on that Sunday, not on Saturday.
    let t = ferry(
        "A passenger ferry capsized and sank in rough seas shortly after midnight on Sunday, \
         officials said. The ferry, which had been refitted in 2019, left port at 10 p.m. on \
         Saturday with 212 passengers on board. The captain sent a distress call at 12:40 \
         a.m., moments before the vessel rolled onto its side.",
    );
    let left = with_trigger(&t, "left").expect("an event");
    assert_eq!(left.when.value, "2026-03-07T22:00", "{left:#?}");
    let sent = with_trigger(&t, "sent").expect("an event");
    assert_eq!(sent.when.value, "2026-03-08T00:40", "{sent:#?}");
    let sank = with_trigger(&t, "sank").expect("an event");
    assert!(
        sank.when
            .earliest
            .as_deref()
            .is_some_and(|e| e.starts_with("2026-03-08T00:")),
        "{sank:#?}"
    );
    // "a distress call": a noun compound's head after "a" and one word, no verb whose subject
    // is "a distress" going on at the time of writing.
    assert_no_subject(&t, "a distress");
    assert!(sent.summary.contains("a distress call"), "{sent:#?}");
    // "a majority say": a noun of number takes a plural verb, still a verb.
    let t = ferry("A majority say the ferry was overloaded.");
    assert!(with_trigger(&t, "say").is_some(), "{:#?}", t.events);
}

#[test]
fn a_ferry_story_counts_the_next_weeks_from_the_publish_date_and_keeps_a_coordinated_future() {
    // In a future clause, "the next two weeks" and "the following three days" are counted from
    // the publish date, not from the Wednesday told before (nor one from the other).
    let t = ferry(
        "\"We will not rest,\" he told reporters on Wednesday. Navy divers will continue to \
         search the wreck over the next two weeks, and the government will pay compensation \
         to the families of the victims within the following three days, the minister said.",
    );
    let divers = with_trigger(&t, "will continue").expect("an event");
    assert_eq!(
        divers.when.earliest.as_deref(),
        Some("2026-03-13T00:00"),
        "{divers:#?}"
    );
    assert_eq!(divers.when.latest.as_deref(), Some("2026-03-26T23:59"));
    let pay = with_trigger(&t, "will pay").expect("an event");
    assert_eq!(
        pay.when.latest.as_deref(),
        Some("2026-03-15T23:59"),
        "{pay:#?}"
    );
    assert!(t.conflicts.is_empty(), "{:#?}", t.conflicts);
    // "... closed the port on Monday and will reopen it on Friday": the verb group after "and"
    // is kept (the model does not know "reopen"), and Friday is the one ahead.
    let t = ferry(
        "The harbour authority closed the port to passenger traffic on Monday and will reopen \
         it on Friday, a spokesman said.",
    );
    let reopen = with_trigger(&t, "will reopen").expect("an event");
    assert_eq!(reopen.when.value, "2026-03-13", "{reopen:#?}");
}

#[test]
fn a_ferry_story_tells_one_sinking_by_verb_and_nouns() {
    // "Sunday's sinking": an "-ing" word after a possessive is a noun, of the calamity the
    // verb "capsized" told first; the verb takes its day, and "The capsizing" and "the
    // accident" name it again.
    let t = ferry(
        "A passenger ferry capsized off Sulawesi, officials said. Sunday's sinking is the \
         deadliest maritime disaster in the region since 2018. The capsizing has renewed \
         questions about safety. Ferries on three other routes have been suspended since the \
         accident.",
    );
    let capsized = with_trigger(&t, "capsized").expect("an event");
    assert_eq!(capsized.when.value, "2026-03-08", "{capsized:#?}");
    for noun in ["sinking", "capsizing", "accident"] {
        assert!(
            capsized.told_as.iter().any(|w| w == noun),
            "{noun}: {capsized:#?}"
        );
    }
    let t = ferry("Relatives have gathered at the port since the ferry's sinking.");
    assert_no_subject(&t, "the ferry's");
}
