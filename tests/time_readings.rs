//! How time phrases are read in running text, from two stories of the thirteenth session (a
//! hospital network's ransomware attack, a wildfire): durations before a clause, figures
//! compared with an earlier time, infinitives under a past verb, complements dated after a
//! comma, and hedged distances ("more than a month before").

use chrono::NaiveDate;
use tempora::document::Article;
use tempora::event::Status;
use tempora::timeline::{Timeline, TimelineEvent};

fn timeline(text: &str, published: (i32, u32, u32)) -> Timeline {
    let date = NaiveDate::from_ymd_opt(published.0, published.1, published.2).unwrap();
    tempora::reconstruct(&Article::from_body("story", text, date)).timeline
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

fn triggered<'a>(t: &'a Timeline, trigger: &str) -> &'a TimelineEvent {
    let found = t.events.iter().find(|e| e.trigger == trigger);
    found.unwrap_or_else(|| panic!("no event {trigger:?}: {:#?}", t.events))
}

#[test]
fn a_duration_after_for_is_no_time_counted_back_and_before_opens_a_clause() {
    let t = timeline(
        "Last year, the Creek Fire burned for three months before it was contained.",
        (2025, 8, 22),
    );
    assert!(t.conflicts.is_empty(), "{:#?}", t.conflicts);
    let burned = one(&t, "burned");
    assert_eq!(burned.when.value, "2024");
    // The containing comes after the burning, which the "before" clause says.
    let contained = one(&t, "contained");
    let earliest = contained.when.earliest.as_deref().expect("a lower bound");
    assert!(earliest.starts_with("2024-01-01"), "{earliest}");
    assert!(t
        .relations
        .iter()
        .any(|r| r.source == burned.id && r.target == contained.id));
}

#[test]
fn a_figure_compared_with_a_day_earlier_does_not_date_the_verb() {
    let t = timeline(
        "The fire was 15 percent contained as of Thursday night, down from 20 percent a day \
         earlier, after flames crossed containment lines.",
        (2025, 8, 22),
    );
    assert!(t.conflicts.is_empty(), "{:#?}", t.conflicts);
    // Beside the verb's own time, the time compared with dates nothing (it was a conflict).
    let prices = timeline(
        "Prices rose 3 percent in July compared with a year earlier.",
        (2025, 8, 22),
    );
    assert!(prices.conflicts.is_empty(), "{:#?}", prices.conflicts);
    assert_eq!(one(&prices, "Prices rose").when.value, "2025-07");
}

#[test]
fn a_weekday_after_declined_to_dates_the_declining_in_the_past() {
    // Published on a Saturday: Thursday is two days back, not five days on.
    let t = timeline(
        "The FBI, which opened an investigation last week, declined to comment on Thursday.",
        (2026, 3, 14),
    );
    assert_eq!(one(&t, "declined").when.value, "2026-03-12");
    // A sentence before it does not change the reading (the governor is found in the
    // sentence, not by an index into the article's events).
    let t = timeline(
        "Investigators believe the hackers gained access in January. The FBI, which opened \
         an investigation last week, declined to comment on Thursday.",
        (2026, 3, 14),
    );
    assert_eq!(one(&t, "declined").when.value, "2026-03-12");
}

#[test]
fn a_weekday_after_a_past_verb_and_an_infinitive_is_the_nearer_one() {
    // Published on a Friday: Wednesday is two days back.
    let t = timeline(
        "Winds shifted overnight. Residents were told to leave before dawn on Wednesday.",
        (2025, 8, 22),
    );
    assert_eq!(one(&t, "were told").when.value, "2025-08-20");
    // A planning verb still looks ahead.
    let t = timeline(
        "The company said on Monday it was set to resume flights on Thursday.",
        (2025, 8, 19),
    );
    let resume = t
        .events
        .iter()
        .find(|e| e.trigger.contains("resume"))
        .expect("the resuming is an event");
    assert_eq!(resume.when.value, "2025-08-21", "{:#?}", resume.when);
}

#[test]
fn a_distance_after_a_complement_counts_from_the_complements_verb() {
    let t = timeline(
        "Investigators believe the hackers had gained access to the network in late January, \
         more than a month before they encrypted its files.",
        (2026, 3, 14),
    );
    let gained = t
        .events
        .iter()
        .find(|e| e.trigger == "had gained")
        .expect("the gaining is an event");
    let encrypted = one(&t, "encrypted");
    let r = t
        .relations
        .iter()
        .find(|r| r.target == encrypted.id)
        .expect("a relation to the encrypting");
    assert_eq!(r.source, gained.id);
    // "more than a month": at least the month's lower bound, and beyond its upper one.
    let [lo, hi] = r.minutes.expect("a metric distance");
    assert!(lo >= 27 * 1440, "{lo}");
    assert!(hi > 32 * 1440, "{hi}");
    assert!(r.rule.contains("widened"), "{}", r.rule);
    // So the encrypting lies after late January, not before it.
    let earliest = encrypted.when.earliest.as_deref().expect("a lower bound");
    assert!(earliest > "2026-02-15", "{earliest}");
}

#[test]
fn less_than_reaches_back_to_the_event_counted_from() {
    let t = timeline(
        "The fire started less than two hours after the blast on Friday.",
        (2025, 8, 22),
    );
    let r = t
        .relations
        .iter()
        .find(|r| r.minutes.is_some())
        .expect("a metric relation");
    assert_eq!(r.minutes, Some([0, 120]));
}

#[test]
fn nearly_falls_short_of_the_amount_by_a_quarter_at_most() {
    let t = timeline(
        "A false fire alarm went off at the plant on Saturday, nearly four weeks after it \
         leaked radioactive substances.",
        (1997, 4, 5),
    );
    let r = t
        .relations
        .iter()
        .find(|r| r.minutes.is_some())
        .expect("a metric relation");
    let [lo, hi] = r.minutes.unwrap();
    // Short of the four weeks' 27 days, but by a quarter at most.
    assert!((20 * 1440..27 * 1440).contains(&lo), "{lo}");
    assert!(hi <= 29 * 1440, "{hi}");
}

#[test]
fn a_clause_after_an_infinitive_under_a_past_verb_keeps_its_own_past() {
    // Published on a Tuesday: the Sunday of the implicating is two days back.
    let t = timeline(
        "Yadav on Monday refused to step down after the CBI on Sunday implicated him in the \
         scandal.",
        (1997, 4, 29),
    );
    assert_eq!(one(&t, "implicated").when.value, "1997-04-27");
}

// From a mine rescue story of the fourteenth session (a collapse, nine days underground, a
// rescue at night).

#[test]
fn the_next_hours_after_a_time_of_day_run_forward_from_it() {
    let t = timeline(
        "The first miner was brought up shortly before 6 p.m. on Wednesday. The others \
         followed over the next four hours, the last at 9:52 p.m.",
        (2024, 3, 14),
    );
    assert!(t.conflicts.is_empty(), "{:#?}", t.conflicts);
    let followed = one(&t, "followed");
    // The four hours after 6 p.m., not before it; the last one out at 9:52 ends them.
    assert_eq!(
        followed.when.earliest.as_deref(),
        Some("2024-03-13T18:00"),
        "{followed:#?}"
    );
    assert_eq!(followed.when.latest.as_deref(), Some("2024-03-13T21:52"));
}

#[test]
fn shortly_before_a_time_of_day_is_within_the_hour_before_it() {
    let t = timeline(
        "The first miner was brought up shortly before 6 p.m. on Wednesday.",
        (2024, 3, 14),
    );
    let brought = one(&t, "brought");
    assert_eq!(brought.when.latest.as_deref(), Some("2024-03-13T17:59"));
    // The whole happening, its start too, lies in that hour (since the twentieth session;
    // before, only its end did, and the row read "ended 13 Mar 2024, 17:00–17:59").
    assert_eq!(
        brought.when.earliest.as_deref(),
        Some("2024-03-13T17:00"),
        "{brought:#?}"
    );
    // Before a day, "shortly" sets no distance.
    let t = timeline(
        "The first miner was brought up shortly before Wednesday.",
        (2024, 3, 14),
    );
    assert_eq!(one(&t, "brought").when.earliest_end, None);
}

#[test]
fn shortly_after_a_clause_orders_the_two_events() {
    let t = timeline(
        "The men had been trapped since a tunnel caved in early on March 4, shortly after \
         the morning shift began.",
        (2024, 3, 14),
    );
    let began = one(&t, "shift began");
    let caved = one(&t, "caved");
    assert_eq!(began.when.latest.as_deref(), Some("2024-03-04T23:58"));
    assert!(t
        .relations
        .iter()
        .any(|r| r.source == began.id && r.target == caved.id));
    // Before a noun with no verb of its own, "shortly after" opens no clause: the date
    // stays with the detention.
    let t = timeline(
        "Two activists were detained shortly after a strike in early July.",
        (1997, 4, 22),
    );
    assert_eq!(one(&t, "detained").when.value, "1996-07");
}

#[test]
fn a_past_phrase_is_not_counted_from_a_day_still_ahead() {
    let t = timeline(
        "Two were expected to be discharged on Friday. The operator had been fined twice in \
         the previous two years, records show.",
        (2024, 3, 14),
    );
    let fined = one(&t, "fined");
    let anchor = fined.when.anchor.as_ref().expect("an anchor");
    assert!(anchor.as_str().starts_with("publish date"), "{fined:#?}");
}

#[test]
fn a_length_spread_over_days_is_no_distance() {
    let t = timeline(
        "Jurors deliberated for about six hours over two days before returning the verdict \
         shortly after 2 p.m. on Thursday.",
        (2025, 6, 20),
    );
    assert!(t.conflicts.is_empty(), "{:#?}", t.conflicts);
    // "two days before returning" is no distance (it put the end of the deliberation one to
    // three days before the verdict): it ends before the verdict, which came within the hour
    // after 2 p.m.
    let deliberated = one(&t, "deliberated");
    assert_eq!(
        deliberated.when.latest.as_deref(),
        Some("2025-06-19T14:59"),
        "{deliberated:#?}"
    );
    assert_eq!(deliberated.when.earliest_end, None);
}

#[test]
fn a_phrase_after_and_with_a_finite_verb_of_its_own_dates_another_predicate() {
    // From a resignation story: "is due to address" was no event, and the clause's phrase
    // "next Tuesday" dated the swearing in, against "Thursday morning".
    let t = timeline(
        "Okafor, 44, was sworn in on Thursday morning and is due to address parliament next \
         Tuesday.",
        (2025, 10, 9),
    );
    assert!(t.conflicts.is_empty(), "{:#?}", t.conflicts);
    let sworn = one(&t, "sworn");
    assert_eq!(sworn.when.value, "2025-10-09TMO", "{sworn:#?}");
}

#[test]
fn the_past_n_units_run_up_to_the_publish_date() {
    let t = timeline(
        "Prices have risen 5 percent in the past two weeks. Rebels had attacked the town \
         three times in the last three years.",
        (2024, 3, 14),
    );
    let risen = one(&t, "risen");
    // The value stays the length TimeML writes; the bounds are the fortnight up to now.
    assert_eq!(risen.when.value, "P2W");
    assert_eq!(risen.when.earliest.as_deref(), Some("2024-02-29T00:00"));
    assert_eq!(risen.when.latest.as_deref(), Some("2024-03-14T23:59"));
    assert_eq!(
        one(&t, "attacked").when.earliest.as_deref(),
        Some("2021-03-14T00:00")
    );
    // A part of a named time is no stretch up to now.
    let t = timeline(
        "Prices rose sharply in the last two weeks of August.",
        (2024, 3, 14),
    );
    assert_ne!(one(&t, "rose").when.value, "P2W");
}

#[test]
fn times_joined_by_and_bound_one_telling_from_first_to_last() {
    // Placed within each of two days, the march was a conflict.
    let t = timeline(
        "Protesters marched in the capital on Monday and on Tuesday.",
        (2026, 3, 14),
    );
    assert!(t.conflicts.is_empty(), "{:#?}", t.conflicts);
    let marched = one(&t, "marched");
    assert_eq!(marched.when.earliest.as_deref(), Some("2026-03-09T00:00"));
    assert_eq!(marched.when.latest.as_deref(), Some("2026-03-10T23:59"));
    // Told the other way round, the later day still ends it.
    let t = timeline(
        "Protesters marched on Tuesday and on Monday.",
        (2026, 3, 14),
    );
    assert!(t.conflicts.is_empty(), "{:#?}", t.conflicts);
    assert_eq!(
        one(&t, "marched").when.latest.as_deref(),
        Some("2026-03-10T23:59")
    );
    // Two verbs keep a day each.
    let t = timeline(
        "Police arrested him on Monday and charged him on Tuesday.",
        (2026, 3, 14),
    );
    assert_eq!(one(&t, "arrested").when.value, "2026-03-09");
    assert_eq!(one(&t, "charged").when.value, "2026-03-10");
}

#[test]
fn from_a_date_alone_is_the_earliest_start() {
    // From a port strike story: the rise was dated January next year alone.
    let t = timeline(
        "Under the deal, wages rise by 5 percent from April 1 and by a further 3.5 percent in \
         January next year.",
        (2026, 3, 14),
    );
    let rise = one(&t, "rise");
    assert_eq!(rise.when.earliest.as_deref(), Some("2026-04-01T00:00"));
    assert_eq!(rise.when.latest.as_deref(), Some("2027-01-31T23:59"));
    // The summary does not stop at "next".
    assert!(
        rise.summary.ends_with("January next year"),
        "{}",
        rise.summary
    );
    let closed = timeline("The office will be closed from Monday.", (2026, 3, 14));
    assert_eq!(
        one(&closed, "closed").when.earliest.as_deref(),
        Some("2026-03-16T00:00")
    );
    // Not the yardstick of a figure, nor the time of another event told between.
    let rose = timeline("Sales rose 5 percent from a year earlier.", (2026, 3, 14));
    assert_eq!(one(&rose, "rose").when.earliest, None);
    let agreed = timeline(
        "North Korea has agreed to meet US officials in New York from May 12.",
        (2026, 3, 14),
    );
    assert_eq!(one(&agreed, "has agreed").when.earliest, None);
}

#[test]
fn a_flood_story_since_a_day_with_a_when_clause_and_a_suspension() {
    // From a flood story: "since Tuesday, when heavy rain began" dated the rain alone, and
    // "suspended" (a verb of rescheduling) took no "since".
    let t = timeline(
        "It had risen steadily since Tuesday, when heavy rain began falling across Bavaria. \
         Schools will remain closed until further notice, and the main rail line to Vienna \
         has been suspended since Wednesday night.",
        (2025, 6, 7),
    );
    assert!(t.conflicts.is_empty(), "{:#?}", t.conflicts);
    let risen = one(&t, "had risen");
    assert_eq!(risen.when.earliest.as_deref(), Some("2025-06-03T00:00"));
    let suspended = one(&t, "suspended");
    assert_eq!(
        suspended.when.earliest.as_deref(),
        Some("2025-06-04T18:00"),
        "{suspended:#?}"
    );
}

#[test]
fn an_expected_infinitive_takes_the_phrase_and_a_backshifted_past_is_still_ahead() {
    let t = timeline(
        "Officials expect the water to stay above 9 meters until Monday.",
        (2025, 6, 7),
    );
    let stay = t.events.iter().find(|e| e.summary.starts_with("to stay"));
    assert_eq!(
        stay.and_then(|e| e.when.latest.as_deref()),
        Some("2025-06-09T23:59")
    );
    assert_eq!(one(&t, "Officials expect").when.latest, None);
    // "had fallen" under "would be allowed ... once" has not happened by the saying.
    let t = timeline(
        "He said residents would be allowed to return once the water had fallen below 7 \
         meters.",
        (2025, 6, 7),
    );
    let fallen = one(&t, "had fallen");
    assert_eq!(fallen.when.latest, None, "{fallen:#?}");
    assert_eq!(fallen.status, tempora::event::Status::Hypothetical);
    // Under a past verb it is past.
    let t = timeline(
        "Residents returned once the water had fallen.",
        (2025, 6, 7),
    );
    assert!(one(&t, "had fallen").when.latest.is_some());
}

#[test]
fn until_a_weekday_told_in_the_past_is_a_past_day_and_a_deadline_is_ahead() {
    // Published on a Wednesday (2025-06-11). A when-clause in the past tells what happened on
    // the day, so the day is the past Friday (it was the coming one, and a conflict).
    let t = timeline(
        "Talks between the airline and pilots over pay went on until Friday, when they \
         collapsed without a deal.",
        (2025, 6, 11),
    );
    assert!(t.conflicts.is_empty(), "{:#?}", t.conflicts);
    assert!(t.dropped.is_empty(), "{:#?}", t.dropped);
    assert_eq!(one(&t, "collapsed").when.value, "2025-06-06");
    // The going on ended by that Friday; "until" is no part of the event's name.
    let went = one(&t, "went on");
    assert_eq!(went.trigger, "went");
    assert_eq!(went.when.latest.as_deref(), Some("2025-06-06T23:59"));
    // A simple past of lasting: the same past day.
    let t = timeline("The talks dragged on until Friday.", (2025, 6, 11));
    assert_eq!(
        one(&t, "dragged").when.latest.as_deref(),
        Some("2025-06-06T23:59")
    );
    // A rescheduling, or a future, sets a day ahead.
    let t = timeline("The shelter will remain open until Friday.", (2025, 6, 11));
    assert_eq!(
        one(&t, "remain").when.latest.as_deref(),
        Some("2025-06-13T23:59")
    );
}

#[test]
fn weeks_after_a_month_run_from_each_of_its_days_and_late_at_night_is_before_the_small_hours() {
    // "two weeks later" after "January": from two weeks after 1 January to two weeks after
    // 31 January (the weeks of 15 January and 14 February), not the week after its end.
    let t = timeline(
        "Engineers had reported cracks in the wall in January, and a repair contract was \
         signed two weeks later.",
        (2026, 3, 12),
    );
    let signed = one(&t, "signed");
    assert_eq!(signed.when.earliest.as_deref(), Some("2026-01-12T00:00"));
    assert_eq!(signed.when.latest.as_deref(), Some("2026-02-15T23:59"));
    // "late Tuesday night": the late evening and the first hours after midnight, not the
    // small hours that "early Wednesday" names.
    let t = timeline("The blast came late Tuesday night.", (2026, 3, 12));
    let came = one(&t, "came");
    assert_eq!(came.when.earliest.as_deref(), Some("2026-03-10T21:00"));
    assert_eq!(came.when.latest.as_deref(), Some("2026-03-11T02:59"));
}

#[test]
fn what_was_postponed_until_a_time_is_still_to_come_and_starts_then() {
    // Published on a Friday: "next week" is 19 to 25 October. The postponing is done; the
    // hearing, the noun that opens the passive's subject, is ahead and starts next week.
    let t = timeline(
        "A hearing on the second defendant, the businessman Arthur Quinn, was postponed until \
         next week because his lawyer was ill. The summit was cancelled.",
        (2026, 10, 16),
    );
    let hearing = triggered(&t, "hearing");
    assert_eq!(hearing.status, Status::Future, "{hearing:#?}");
    assert_eq!(hearing.when.earliest.as_deref(), Some("2026-10-19T00:00"));
    assert_eq!(
        hearing.when.latest_start.as_deref(),
        Some("2026-10-25T23:59")
    );
    // The subject of a passive "cancelled" did not take place.
    let summit = triggered(&t, "summit");
    assert_eq!(summit.status, Status::Negated, "{summit:#?}");
    // An adjourned trial had begun: "until Monday" is when it resumes, not its start.
    let t = timeline(
        "The judge adjourned the trial until Monday.",
        (2026, 10, 16),
    );
    let trial = triggered(&t, "trial");
    assert_eq!(trial.when.earliest, None, "{trial:#?}");
    // An active "delayed" puts off its object.
    let t = timeline(
        "Officials delayed the meeting until Monday.",
        (2026, 10, 16),
    );
    let meeting = triggered(&t, "meeting");
    assert_eq!(meeting.when.earliest.as_deref(), Some("2026-10-19T00:00"));
}

#[test]
fn overnight_is_the_night_before_the_publish_day_and_by_two_weeks_is_no_distance() {
    // An outbreak story of the eighteenth session, published on a Friday.
    let t = timeline(
        "Two patients tested positive at a hospital overnight, officials said on Friday.",
        (2026, 8, 14),
    );
    let tested = triggered(&t, "tested");
    assert_eq!(tested.when.value, "2026-08-13TNI", "{tested:#?}");
    assert_eq!(tested.when.earliest.as_deref(), Some("2026-08-13T18:00"));
    // "an overnight curfew" names no night.
    let t = timeline("An overnight curfew was imposed on Friday.", (2026, 8, 14));
    let imposed = triggered(&t, "was imposed");
    assert_eq!(imposed.when.value, "2026-08-14", "{imposed:#?}");
    // "delayed by two weeks" is how much, not how long after the holding up: the holding up
    // comes first, at no set distance, and the summary keeps the amount.
    let t = timeline(
        "The campaign was delayed by two weeks after a shipment was held up at the port.",
        (2026, 8, 14),
    );
    assert!(t.conflicts.is_empty(), "{:#?}", t.conflicts);
    let delayed = triggered(&t, "was delayed");
    assert_eq!(delayed.summary, "The campaign was delayed by two weeks");
    let held = triggered(&t, "was held up");
    // Before the delay (a minute before its latest), not two weeks before it.
    assert_eq!(
        held.when.latest.as_deref(),
        Some("2026-08-14T23:58"),
        "{held:#?}"
    );
    let r = t
        .relations
        .iter()
        .find(|r| r.source == held.id && r.target == delayed.id)
        .expect("the holding up before the delay");
    assert_eq!(
        r.rule,
        "<event> after|following <event> → the second one first"
    );
}

#[test]
fn a_weekday_before_and_will_belongs_to_the_past_verb_before_it() {
    // Published on a Wednesday (2026-09-16). "will open", nearer the phrase than "opened",
    // is a predicate of its own after "and": Tuesday is the past one, not the coming one.
    let t = timeline(
        "The state opened 45 shelters on Tuesday and will open a dozen more on Thursday \
         morning, emergency officials said.",
        (2026, 9, 16),
    );
    assert!(t.conflicts.is_empty(), "{:#?}", t.conflicts);
    assert!(t.dropped.is_empty(), "{:#?}", t.dropped);
    assert_eq!(triggered(&t, "opened").when.value, "2026-09-15");
    assert_eq!(triggered(&t, "will open").when.value, "2026-09-17TMO");
    // With no verb before the phrase, the later verb still decides: "on Tuesday" opens it.
    let t = timeline(
        "On Tuesday the state will open a dozen more shelters.",
        (2026, 9, 16),
    );
    assert_eq!(triggered(&t, "will open").when.value, "2026-09-22");
}

#[test]
fn what_did_not_happen_until_a_time_happened_then_and_a_comparison_period_dates_nothing() {
    // Published on Monday 30 November 2026. "did not leave until Friday": he left on the past
    // Friday (it was the coming one, and the leaving was left undated and negated).
    let t = timeline("He did not leave until Friday.", (2026, 11, 30));
    let left = one(&t, "did not leave");
    assert_eq!(left.status, Status::Asserted, "{left:#?}");
    assert_eq!(left.when.earliest.as_deref(), Some("2026-11-27T00:00"));
    // A verbless "until the <time>" clause: the verb before it starts within the time.
    let t = timeline(
        "The audit committee did not open an inquiry until the third quarter of 2021.",
        (2026, 11, 30),
    );
    let opened = one(&t, "did not open");
    assert_eq!(opened.status, Status::Asserted, "{opened:#?}");
    assert_eq!(opened.when.earliest.as_deref(), Some("2021-07-01T00:00"));
    // "never" denies: no date.
    let t = timeline("He never left until Friday.", (2026, 11, 30));
    assert_eq!(one(&t, "never left").status, Status::Negated);
    // "before the end of the year": by the year's end, not before its last third.
    let t = timeline(
        "The deal closed before the end of the year.",
        (2026, 11, 30),
    );
    assert_eq!(
        one(&t, "closed").when.latest.as_deref(),
        Some("2026-11-30T23:59")
    );
    let t = timeline("The plant was shut until the end of March.", (2026, 11, 30));
    assert_eq!(
        one(&t, "was shut").when.latest.as_deref(),
        Some("2026-03-31T23:59")
    );
    // The period compared with dates nothing: no conflict between the two quarters.
    let t = timeline(
        "Revenue fell 8 percent in the third quarter compared with the same period a year \
         earlier.",
        (2026, 11, 30),
    );
    assert!(t.conflicts.is_empty(), "{:#?}", t.conflicts);
    let fell = one(&t, "fell");
    assert_eq!(fell.when.earliest.as_deref(), Some("2026-07-01T00:00"));
    assert_eq!(fell.when.latest.as_deref(), Some("2026-09-30T23:59"));
}

#[test]
fn a_clock_time_glossed_in_gmt_is_on_the_day_after_the_gloss_and_an_aside_keeps_that_day() {
    // Published on Friday 16 October 2026, a day after "Thursday". The clock time took the
    // day last talked about (Thursday), and the crash lay in a conflict between that day and
    // September 15.
    let t = timeline(
        "The report was released on Thursday. The plane went down at 6:42 a.m. local time \
         (0342 GMT) on September 15, killing all 47 people on board. It was the country's \
         deadliest air accident since 2011. The aircraft took off at 6:39 a.m.",
        (2026, 10, 16),
    );
    assert!(t.conflicts.is_empty(), "{:#?}", t.conflicts);
    assert_eq!(triggered(&t, "went down").when.value, "2026-09-15T06:42");
    // The year of the aside is no day: the takeoff keeps September 15, not the publish date.
    assert_eq!(triggered(&t, "took off").when.value, "2026-09-15T06:39");
    // "the previous evening" after a month: any evening before one of its days, not the
    // evening before its first.
    let t = timeline(
        "A plane crashed last month, and the crew had reported a warning light the previous \
         evening.",
        (2026, 10, 16),
    );
    let reported = triggered(&t, "had reported");
    assert_eq!(reported.when.earliest.as_deref(), Some("2026-08-31T18:00"));
    assert_eq!(reported.when.latest.as_deref(), Some("2026-09-29T23:59"));
}

#[test]
fn a_weekday_right_after_a_present_verb_is_the_day_scheduled() {
    // Published on a Wednesday. Previews tell what is scheduled in the present tense: the
    // weekday is the coming one, not the one just past (the nearer-day reading of a clause
    // without tense, which put "Talks start on Monday" two days back).
    let published = (2020, 3, 4);
    let t = timeline("Talks start on Monday in Geneva.", published);
    let start = triggered(&t, "start");
    assert_eq!(start.when.value, "2020-03-09", "{start:#?}");
    assert_eq!(start.status, Status::Future, "{start:#?}");
    assert!(
        start
            .when
            .assumption
            .as_deref()
            .is_some_and(|a| a.contains("scheduled")),
        "{start:#?}"
    );
    let t = timeline("The minister leaves for Paris on Friday.", published);
    assert_eq!(triggered(&t, "leaves").when.value, "2020-03-06");
    let t = timeline(
        "The court is meeting on Friday to hear the case.",
        published,
    );
    assert_eq!(triggered(&t, "is meeting").when.value, "2020-03-06");
    // A bare weekday a few words on, when it ends its phrase (a comma, the end, a
    // preposition or a conjunction follows), is scheduled too; one that modifies a noun
    // ("its Tuesday report") keeps the nearer day.
    let t = timeline("Talks resume in Geneva Monday.", published);
    assert_eq!(triggered(&t, "resume").when.value, "2020-03-09");
    let t = timeline(
        "The court hears the case Tuesday, officials said.",
        published,
    );
    assert_eq!(triggered(&t, "hears").when.value, "2020-03-10");
    let t = timeline("The agency posts its Tuesday report.", published);
    assert_eq!(triggered(&t, "report").when.value, "2020-03-03");
    // The publish day's own weekday is that day.
    let t = timeline("The museum opens on Wednesday.", published);
    assert_eq!(triggered(&t, "opens").when.value, "2020-03-04");
    // Reported, the scheduled thing lies after the report; the past "said" keeps its place
    // before the publish date (it was dropped as contradicting the report's overlap).
    let t = timeline("The strike begins Tuesday, the union said.", published);
    let begins = triggered(&t, "begins");
    assert_eq!(begins.when.value, "2020-03-10", "{begins:#?}");
    let said = triggered(&t, "said");
    assert_eq!(said.when.value, "PAST_REF", "{said:#?}");
    assert!(t.dropped.is_empty(), "{:#?}", t.dropped);
    assert!(t.conflicts.is_empty(), "{:#?}", t.conflicts);
    // Not after a past verb, nor after a noun the model takes for a present verb (its
    // subject does not agree: "the court order").
    let t = timeline("Three people died on Monday, police said.", published);
    assert_eq!(triggered(&t, "died").when.value, "2020-03-02");
    let t = timeline(
        "Three of the leaders were freed hours after the court order on Monday.",
        published,
    );
    let freed = triggered(&t, "were freed");
    // Monday the 2nd, an hour or more after the order.
    assert_eq!(
        freed.when.earliest.as_deref(),
        Some("2020-03-02T01:00"),
        "{freed:#?}"
    );
}

#[test]
fn a_present_verb_right_before_a_time_phrase_is_an_event() {
    // The model leaves "begins" before "March 10" unlabelled (a plural noun, by its look), and
    // the date then dated "said", put after the publish date. A present form in "-s" right
    // after its subject and right before a time phrase is the clause's verb.
    let published = (2020, 3, 4);
    let t = timeline("The trial begins March 10, prosecutors said.", published);
    let begins = triggered(&t, "begins");
    assert_eq!(begins.when.value, "2020-03-10", "{begins:#?}");
    assert_eq!(triggered(&t, "said").when.value, "PAST_REF");
    assert!(t.dropped.is_empty(), "{:#?}", t.dropped);
    // After an "-ing" noun opening the sentence, and read as scheduled (the coming Sunday).
    let t = timeline("Voting ends on Sunday.", published);
    assert_eq!(triggered(&t, "ends").when.value, "2020-03-08");
    // Not after a determiner: "talks" in "resumed the talks Monday" is no verb, and Monday
    // stays the resuming's (the one just past).
    let t = timeline("Negotiators resumed the talks Monday.", published);
    assert_eq!(triggered(&t, "resumed").when.value, "2020-03-02");
}

#[test]
fn a_weekday_before_an_article_is_the_verbs() {
    let published = (2020, 3, 4);
    // "said Monday the talks would resume": the noun phrase opens at its article, so Monday
    // is not a word of "the talks" (which took the day) but the saying's.
    let t = timeline("Officials said Monday the talks would resume.", published);
    let said = triggered(&t, "said");
    assert_eq!(said.when.value, "2020-03-02", "{said:#?}");
    assert_eq!(triggered(&t, "talks").summary, "the talks");
}

#[test]
fn a_past_verb_put_in_a_time_ahead_is_a_reading_the_readers_timeline_drops() {
    // "early next month" is the war games'; "welcomed" took it (the time-anchor sieve gives a
    // clause's time to its verb) and the graph dropped the past tense as the weaker reading.
    // In the reader's timeline the anchoring is the reading, weighed after the tenses: it is
    // the one dropped, and listed with what it contradicts.
    let text =
        "Feissel welcomed the decision to suspend flights during war games early next month.";
    let t = timeline(text, (2020, 3, 4));
    let welcomed = triggered(&t, "welcomed");
    assert_eq!(welcomed.when.value, "PAST_REF", "{welcomed:#?}");
    assert_eq!(t.dropped.len(), 1, "{:#?}", t.dropped);
    let says = &t.dropped[0].statement.says;
    assert!(
        says.contains("\"welcomed\" lies within \"early next month\""),
        "{says}"
    );
    assert!(t.conflicts.is_empty(), "{:#?}", t.conflicts);
    // The scoring views (every mention its own event) keep TimeML's way: annotators relate
    // such verbs to the dates of their clauses.
    let date = NaiveDate::from_ymd_opt(2020, 3, 4).unwrap();
    let analysis = tempora::pipeline::analyze(
        &Article::from_body("story", text, date),
        &tempora::pipeline::Options::default(),
    );
    let scored = tempora::timeline::reconstruct_with(std::slice::from_ref(&analysis), false);
    let welcomed = triggered(&scored.timeline, "welcomed");
    assert_eq!(welcomed.when.value, "2020-04", "{welcomed:#?}");
    // A future in the past keeps its day: "was to take place on March 10".
    let t = timeline("The ceremony was to take place on March 10.", (2020, 3, 4));
    assert_eq!(triggered(&t, "was to take place").when.value, "2020-03-10");
}

#[test]
fn a_date_set_or_moved_to_is_the_happenings_not_the_arrangings() {
    // Published on Saturday 14 March 2026. A date that a past verb of arranging fixes or moves
    // a happening to is the happening's: the past tense of the arranging does not send it to
    // the year before (it did, for a date more than a month ahead), and the happening, not
    // the arranging, lies in it.
    let published = (2026, 3, 14);
    let t = timeline("The court set April 29 for the next hearing.", published);
    let hearing = triggered(&t, "hearing");
    assert_eq!(hearing.when.value, "2026-04-29", "{hearing:#?}");
    assert!(
        hearing
            .when
            .assumption
            .as_deref()
            .is_some_and(|a| a.contains("set or moved to")),
        "{hearing:#?}"
    );
    let set = triggered(&t, "set");
    assert_eq!(
        set.when.latest.as_deref(),
        Some("2026-03-14T23:59"),
        "{set:#?}"
    );
    assert!(t.dropped.is_empty(), "{:#?}", t.dropped);
    let t = timeline("The vote was set for May 20.", published);
    assert_eq!(triggered(&t, "vote").when.value, "2026-05-20");
    // Put off until a month, or to a day: the happening starts then.
    let t = timeline(
        "The government postponed the election until June.",
        published,
    );
    let election = triggered(&t, "election");
    assert_eq!(
        election.when.earliest.as_deref(),
        Some("2026-06-01T00:00"),
        "{election:#?}"
    );
    assert_eq!(
        election.when.latest_start.as_deref(),
        Some("2026-06-30T23:59")
    );
    let t = timeline("The ministry has moved the summit to April 2.", published);
    let summit = triggered(&t, "summit");
    assert_eq!(
        summit.when.earliest.as_deref(),
        Some("2026-04-02T00:00"),
        "{summit:#?}"
    );
    assert_eq!(
        summit.when.latest_start.as_deref(),
        Some("2026-04-02T23:59")
    );
    // An adjourned trial had begun: "until May 5" is when it resumes, not its start.
    let t = timeline("The judge adjourned the trial until May 5.", published);
    let trial = triggered(&t, "trial");
    assert_eq!(trial.when.earliest, None, "{trial:#?}");
    // A past verb that is not one of arranging keeps the year before for a date well ahead.
    let t = timeline("Sales rose sharply on May 20.", published);
    assert_eq!(triggered(&t, "rose").when.value, "2025-05-20");
}

#[test]
fn a_future_in_the_past_is_planned_not_over_and_not_placed_against_its_report() {
    // "was to take place" tells a plan as of a past time: neither over by the publish date
    // nor started before the saying (which took the plan's day, a week on, and lost its own
    // past tense to the graph).
    let t = timeline(
        "The ceremony was to take place on March 20, officials said.",
        (2026, 3, 14),
    );
    let said = triggered(&t, "said");
    assert_eq!(said.when.value, "PAST_REF", "{said:#?}");
    assert_eq!(said.when.latest.as_deref(), Some("2026-03-14T23:59"));
    assert_eq!(triggered(&t, "was to take place").when.value, "2026-03-20");
    assert!(t.dropped.is_empty(), "{:#?}", t.dropped);
    assert!(t.conflicts.is_empty(), "{:#?}", t.conflicts);
}

#[test]
fn an_outbreak_story_the_latest_death_and_drinking_water() {
    // Published on Friday 13 March 2026.
    let published = (2026, 3, 13);
    // ", the latest on Wednesday night" names the last of the deaths, in a clause of its own
    // after the reported one: the dying is over by the end of that night.
    let t = timeline(
        "The ministry said that four people had died, the latest on Wednesday night.",
        published,
    );
    let died = triggered(&t, "had died");
    assert_eq!(
        died.when.latest.as_deref(),
        Some("2026-03-12T05:59"),
        "{died:#?}"
    );
    // "drinking water" is a kind of water, no happening: "since Tuesday" is the delivering's.
    let t = timeline(
        "Tanker trucks have been delivering drinking water to the three towns since Tuesday.",
        published,
    );
    assert!(
        t.events.iter().all(|e| e.trigger != "drinking"),
        "{:#?}",
        t.events
    );
    let delivering = triggered(&t, "have been delivering");
    assert_eq!(
        delivering.when.earliest.as_deref(),
        Some("2026-03-10T00:00"),
        "{delivering:#?}"
    );
}

#[test]
fn a_results_story_the_whole_year_again_and_a_coordinated_state() {
    // Published on Tuesday 21 July 2026.
    let published = (2026, 7, 21);
    // "the year" after "the start of the year" is the whole year, not its first third: the
    // closing is due by 31 December (it was bounded by 2 May).
    let t = timeline(
        "Shares were down 22 percent since the start of the year.\n\nLund said Harlow would \
         close two plants by the end of the year.",
        published,
    );
    let close = triggered(&t, "would close");
    assert_eq!(
        close.when.latest.as_deref(),
        Some("2026-12-31T23:59"),
        "{close:#?}"
    );
    // "since the start of the year" after "and were down" is the state's, not the falling's,
    // which is Tuesday's (the two had been a conflict).
    let t = timeline(
        "Shares of Harlow fell 7 percent in early trading on Tuesday and were down 22 percent \
         since the start of the year.",
        published,
    );
    assert!(t.conflicts.is_empty(), "{:#?}", t.conflicts);
    assert_eq!(triggered(&t, "fell").when.value, "2026-07-21");
}
