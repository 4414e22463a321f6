//! The pipeline, stage by stage, for one article: segment, recognise times, find events,
//! resolve times, relate. [`crate::timeline`] turns one or more analyses into a timeline.

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Article;
use crate::eval::SystemTimex;
use crate::event::{self, Event, EventClass, EventPos, Status};
use crate::relation::{self, Relation};
use crate::segment::{self, Segmentation, SkipReason};
use crate::temporal::{
    self, lexicon::Unit, Amount, Anchor, Direction, Mention, Modifier, Profile, Reference, Shift,
    Tense, TimeExpr, TimeValue, TimexType,
};
use crate::timeml::TimexKind;
use crate::Span;
use chrono::{Datelike, NaiveDate};

/// How to run the pipeline.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// News (publish date anchors) or narrative (last mentioned time anchors).
    pub profile: Profile,
    /// Also state the orders the trained pair classifier guesses (relation sieve 7). Off by
    /// default: its relations are right about half the time (docs/accuracy.md), so timelines
    /// and `check` answers rest on what the text marks unless asked otherwise.
    pub guess_order: bool,
}

/// Everything the pipeline found in one article.
#[derive(Debug, Clone)]
pub struct Analysis {
    /// The article.
    pub article: Article,
    /// Its segmentation.
    pub seg: Segmentation,
    /// Time phrases, in text order.
    pub mentions: Vec<Mention>,
    /// Their resolutions, index for index (None when not a time or not resolvable).
    pub values: Vec<Option<TimeValue>>,
    /// Events, in text order.
    pub events: Vec<Event>,
    /// Relations, strongest sieve first.
    pub relations: Vec<Relation>,
    /// What went wrong or was left out, without stopping the analysis.
    pub diagnostics: Vec<Diagnostic>,
}

impl Analysis {
    /// The source text between two byte offsets (empty when out of range).
    pub fn text_between(&self, start: usize, end: usize) -> &str {
        self.article.text.get(start..end).unwrap_or("")
    }

    /// What the relation stage reads of this analysis (to relate or classify it again).
    pub fn relation_input(&self) -> relation::Input<'_> {
        relation::Input {
            text: &self.article.text,
            seg: &self.seg,
            mentions: &self.mentions,
            values: &self.values,
            events: &self.events,
            published: Some(self.article.published),
        }
    }
}

/// Runs every stage up to relations on one article.
pub fn analyze(article: &Article, options: &Options) -> Analysis {
    analyze_with(article, options, event::model::Model::builtin())
}

/// [`analyze`] with another event recognition model (`train-tlinks cv` runs each held-out
/// document with the event model of its fold).
pub fn analyze_with(
    article: &Article,
    options: &Options,
    event_model: &event::model::Model,
) -> Analysis {
    let text = article.text.as_str();
    let seg = segment::segment(text, article.body, Some(&article.title));
    let mut diagnostics = Vec::new();
    for (span, reason) in &seg.skipped {
        diagnostics.push(Diagnostic {
            severity: Severity::Note,
            stage: "segment",
            document: article.id.clone(),
            span: Some(*span),
            message: match reason {
                SkipReason::Boilerplate => "skipped as page boilerplate, not reporting".into(),
                SkipReason::RepeatedHeadline => "skipped: repeats the headline".into(),
            },
        });
    }
    let mentions = temporal::recognize_in(text, &seg);
    let mut events = event::extract_with(text, &seg, &mentions, event_model);
    let values = resolve_mentions(article, &seg, &mentions, &events, options, &mut diagnostics);
    let (relations, findings) = relation::relate_with(
        &relation::Input {
            text,
            seg: &seg,
            mentions: &mentions,
            values: &values,
            events: &events,
            published: Some(article.published),
        },
        options.guess_order.then(relation::classifier::builtin),
    );
    for f in findings {
        diagnostics.push(Diagnostic {
            severity: Severity::Warning,
            stage: "relation",
            document: article.id.clone(),
            span: Some(f.span),
            message: f.message,
        });
    }
    // After the time phrases and the relations (see the function).
    event::settle_purposes(&seg, &mut events);
    Analysis {
        article: article.clone(),
        seg,
        mentions,
        values,
        events,
        relations,
        diagnostics,
    }
}

/// The tense that decides a phrase's direction: that of the nearest verb of its clause that
/// shows one, else of its sentence. Reporting verbs ("said") only count when no other verb
/// does: in "the company said it will pay on Dec. 7" the date belongs to "will pay"; with
/// only a reporting verb, the tense is left open.
fn clause_tense(text: &str, seg: &Segmentation, events: &[Event], mention: &Mention) -> Tense {
    let distance = |e: &Event| {
        if e.head.end <= mention.span.start {
            mention.span.start - e.head.end
        } else {
            e.head.start.saturating_sub(mention.span.end)
        }
    };
    // "is continuing to try to sell itself, under a June agreement": a month that modifies a
    // noun dates that noun, not the infinitives around it, so only finite verbs say which way
    // it lies (the agreement is not planned because the sale is).
    let noun_month = matches!(
        mention.expr,
        TimeExpr::Calendar {
            year: None,
            month: Some(_),
            day: None
        }
    ) && temporal::modifies_noun(text, mention.span);
    // "The state opened 45 shelters on Tuesday and will open a dozen more": a verb after the
    // phrase that a coordinating conjunction joins to a verb before it, in one clause, is a
    // predicate of its own; the phrase belongs to the verb before it, however near the later
    // one stands.
    let coordinated_after = |e: &Event| {
        e.head.start >= mention.span.end
            && has_word(
                text.get(mention.span.end..e.head.start).unwrap_or(""),
                COORDINATORS,
            )
            && events.iter().any(|b| {
                b.pos == EventPos::Verb
                    && b.sentence == mention.sentence
                    && b.clause == mention.clause
                    && b.tense != Tense::None
                    && b.head.end <= mention.span.start
                    && !has_word(
                        text.get(b.head.end..mention.span.start).unwrap_or(""),
                        COORDINATORS,
                    )
            })
    };
    // The nearest of the verbs that show a tense, the first of them on a tie. A verb's tense
    // is read only when it is nearer than the nearest found so far (reading it is a few
    // string tests; issue 3).
    let pick = |same_clause: bool, reporting: bool| {
        let mut nearest: Option<(usize, &Event, Tense)> = None;
        for e in events.iter().filter(|e| {
            e.pos == EventPos::Verb
                && e.sentence == mention.sentence
                && (!same_clause || e.clause == mention.clause)
                && (e.class == EventClass::Reporting) == reporting
                && !(noun_month && e.tense == Tense::None)
                && !coordinated_after(e)
        }) {
            let d = distance(e);
            if nearest.is_some_and(|(best, _, _)| d >= best) {
                continue;
            }
            let t = direction_tense(text, events, e);
            // An infinitive under a past verb decides too, that no tense points the way (a
            // weekday is then the nearer one), rather than pass the choice to its governor.
            if t != Tense::None
                || governed_infinitive(e) && e.modality.is_none() && !prospective(text, e)
            {
                nearest = Some((d, e, t));
            }
        }
        nearest.map(|(_, e, t)| temporal_clause_tense(text, events, e, t))
    };
    // "said Wednesday", "announced on Friday", "on Tuesday said": a phrase right next to a
    // reporting verb dates the saying, so that verb's tense decides.
    let adjacent_report = events
        .iter()
        .filter(|e| {
            e.pos == EventPos::Verb
                && e.class == EventClass::Reporting
                && e.sentence == mention.sentence
                && distance(e) <= ADJACENT_BYTES
        })
        .map(|e| direction_tense(text, events, e))
        .find(|t| *t != Tense::None);
    if let Some(t) = adjacent_report {
        return t;
    }
    if participle_before(text, events, mention) {
        return Tense::Past;
    }
    // The verb right before the phrase in its clause.
    let verb_before = nearest_verb_before(events, mention).map(|v| &events[v]);
    // "filed a brief in federal court on Monday arguing ...", "told reporters in Paris on
    // Monday the talks would resume": when the verb right before the phrase in its clause is a
    // reporting one, the phrase dates the reporting, whatever the reported verbs after it.
    let report_before = || {
        verb_before
            .filter(|e| e.class == EventClass::Reporting)
            // Not over a verb the event stage left out: "said the plant will reopen on Monday".
            .filter(|e| {
                !has_word(
                    text.get(e.head.end..mention.span.start).unwrap_or(""),
                    REPORTED_CLAUSE_WORDS,
                )
            })
            .map(|e| direction_tense(text, events, e))
            .filter(|t| *t != Tense::None)
    };
    // "planned a large demonstration on Saturday and were planning to ...": the verb before
    // the phrase in its clause arranges what the phrase dates, whatever the verbs after it.
    let arranged = || {
        verb_before
            .filter(|e| arranges_what_follows(text, e, mention))
            .map(|_| Tense::None)
    };
    // Otherwise a reporting verb's tense is that of the act of saying, close to the publish
    // date, not of what is reported: alone, it leaves the direction open.
    copula_tense(seg, events, mention)
        .or_else(report_before)
        .or_else(arranged)
        .or_else(|| pick(true, false))
        .or_else(|| pick(false, false))
        .unwrap_or(Tense::None)
}

/// Words besides the auxiliaries ([`event::is_auxiliary`]) that open a verb group before a
/// participle: "having closed Monday", "to be released Friday", "got delayed".
const GROUP_WORDS: &[&str] = &["having", "to", "get", "got"];

/// Participles that look ahead: "expected Friday", "scheduled Monday", "slated", "planned",
/// "proposed", "delayed", "postponed", "extended". The phrase after them is the time of a
/// thing to come, not of a done thing.
const LOOKING_AHEAD: &[&str] = &[
    "expected",
    "scheduled",
    "slated",
    "planned",
    "proposed",
    "intended",
    "delayed",
    "postponed",
    "extended",
    "projected",
    "targeted",
    "anticipated",
    "required",
    "needed",
];

/// Words in "-ed" that are no past participle: "indeed", "need", "speed", "exceed".
const NOT_PARTICIPLES: &[&str] = &["indeed", "need", "speed", "exceed", "proceed", "succeed"];

/// "a block of shares issued July 1, which will receive ...": a past participle right before
/// the phrase with no auxiliary before it, which the event stage took for no verb (a reduced
/// relative clause), tells of a done thing; the phrase dates it, whatever the verbs after it
/// (TimeBank wsj_0810). A verb the event stage found keeps its own reading ("as soon as
/// trading opened Monday" under "were likely to buy" looks ahead).
fn participle_before(text: &str, events: &[Event], mention: &Mention) -> bool {
    let before = text[..mention.span.start].trim_end_matches(' ');
    if before.len() + 2 < mention.span.start {
        return false;
    }
    let mut words = before.rsplit(|c: char| c.is_whitespace());
    let Some(word) = words.next() else {
        return false;
    };
    let lower = word.to_ascii_lowercase();
    if lower.len() < 5
        || !lower.ends_with("ed")
        || !word.bytes().all(|b| b.is_ascii_alphabetic())
        || word.starts_with(|c: char| c.is_ascii_uppercase())
        || LOOKING_AHEAD.contains(&lower.as_str())
        || NOT_PARTICIPLES.contains(&lower.as_str())
    {
        return false;
    }
    let prior = words.next().unwrap_or("").to_ascii_lowercase();
    let word_start = before.len() - word.len();
    !prior.is_empty()
        && !event::is_auxiliary(&prior)
        && !GROUP_WORDS.contains(&prior.as_str())
        && !events.iter().any(|e| {
            e.pos == EventPos::Verb && e.head.start <= word_start && word_start < e.head.end
        })
}

/// Whether `e`, a verb before `mention`, is one of arranging
/// ([`crate::event::lexicon::ARRANGING`]: "planned a demonstration on Saturday", "scheduled a
/// news conference Thursday") with
/// the phrase in its object, not in an infinitive ("planned to leave on Thursday" is read by
/// [`prospective`]).
fn arranges_what_follows(text: &str, e: &Event, mention: &Mention) -> bool {
    crate::event::lexicon::ARRANGING.contains(&e.lemma.as_str())
        && !has_word(
            text.get(e.head.end..mention.span.start).unwrap_or(""),
            &["to"],
        )
}

/// The verb of arranging ([`crate::event::lexicon::ARRANGING_FOR`]) that a phrase right after
/// "for" is set for: the nearest verb before the phrase in its clause, with no infinitive
/// between ("planned a demonstration for Saturday", "talks are scheduled for Friday"; not
/// "planned to leave for Paris on Friday").
pub(crate) fn arranging_for(text: &str, events: &[Event], mention: &Mention) -> Option<usize> {
    let before = text.get(..mention.span.start)?;
    if !last_word(before).eq_ignore_ascii_case("for") {
        return None;
    }
    let v = nearest_verb_before(events, mention)?;
    let e = &events[v];
    (crate::event::lexicon::ARRANGING_FOR.contains(&e.lemma.as_str())
        && !has_word(text.get(e.head.end..mention.span.start)?, &["to"]))
    .then_some(v)
}

/// The verb event nearest before `mention` in its clause (by the end of its head), if any.
fn nearest_verb_before(events: &[Event], mention: &Mention) -> Option<usize> {
    events
        .iter()
        .enumerate()
        .filter(|(_, e)| {
            e.pos == EventPos::Verb
                && e.sentence == mention.sentence
                && e.clause == mention.clause
                && e.head.end <= mention.span.start
        })
        .max_by_key(|(_, e)| e.head.end)
        .map(|(v, _)| v)
}

/// At most this many words of object between a verb of rescheduling and the "to", "until" or
/// "till" of the date it moves a happening to ("postponed the presidential vote until June").
const RESCHEDULE_OBJECT_WORDS: usize = 4;

/// The nearest verb before `mention` in its clause, and the text between them, when that text
/// holds only words (a comma or a quote ends the verb's reach).
fn verb_right_before<'a>(
    text: &'a str,
    events: &[Event],
    mention: &Mention,
) -> Option<(usize, &'a str)> {
    let v = nearest_verb_before(events, mention)?;
    let between = text.get(events[v].head.end..mention.span.start)?;
    (!between.contains(|c: char| !(c.is_ascii_alphanumeric() || c == ' ' || c == '-')))
        .then_some((v, between))
}

/// The verb of rescheduling ([`crate::event::lexicon::RESCHEDULING`]) that moves a happening
/// to the date `mention` names, with nothing between them but a short object and "to",
/// "until" or "till" ("postponed the vote until June", "was extended to Nov. 16", "pushed
/// back to March").
fn rescheduled_to(text: &str, events: &[Event], mention: &Mention) -> Option<usize> {
    let (v, between) = verb_right_before(text, events, mention)?;
    let head = events[v]
        .head
        .slice(text)
        .unwrap_or("")
        .to_ascii_lowercase();
    if !crate::event::lexicon::RESCHEDULING
        .iter()
        .any(|stem| head.starts_with(stem))
    {
        return None;
    }
    let words: Vec<&str> = between.split_whitespace().collect();
    let (last, rest) = words.split_last()?;
    (["to", "until", "till"]
        .iter()
        .any(|w| last.eq_ignore_ascii_case(w))
        && rest.len() <= RESCHEDULE_OBJECT_WORDS
        && !rest.iter().any(|w| w.eq_ignore_ascii_case("to")))
    .then_some(v)
}

/// The verb that fixes the date `mention` names as its direct object
/// ([`crate::event::lexicon::FIXING_A_DATE`]: "the court set April 29 for the next hearing",
/// "has set Nov. 10 as the deadline").
pub(crate) fn date_fixed_by(text: &str, events: &[Event], mention: &Mention) -> Option<usize> {
    let (v, between) = verb_right_before(text, events, mention)?;
    (between.trim().is_empty()
        && crate::event::lexicon::FIXING_A_DATE.contains(&events[v].lemma.as_str()))
    .then_some(v)
}

/// Whether verb event `v`'s group is a present perfect ("has called a mass strike for
/// Monday", "has set Nov. 10 as the deadline"): an arranging in it looks ahead as the present
/// does.
fn present_perfect_group(text: &str, v: &Event) -> bool {
    text.get(v.trigger.start..v.head.start)
        .is_some_and(|group| has_word(group, &["has", "have"]))
}

/// Whether one of `words` stands in `text` as a whole word, in any case.
fn has_word(text: &str, words: &[&str]) -> bool {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| words.iter().any(|x| w.eq_ignore_ascii_case(x)))
}

/// Words that show a reported clause between a reporting verb and a time phrase: its
/// auxiliaries, "to" and "that".
const REPORTED_CLAUSE_WORDS: &[&str] = &[
    "will", "would", "shall", "should", "can", "could", "may", "might", "must", "is", "are", "was",
    "were", "be", "been", "has", "have", "had", "to", "that",
];

/// Conjunctions that join two predicates: a verb after one of them is no verb of the time
/// phrase before it ([`clause_tense`]).
const COORDINATORS: &[&str] = &["and", "but", "or"];

/// Words that open a clause placing its verb against the main clause's ("as soon as trading
/// opened", "when the market opens", "until the talks end"); also the clauses whose present
/// stands for a time to come after a modal ([`crate::event::present_ahead`]).
pub(crate) const TEMPORAL_CONJUNCTIONS: &[&str] =
    &["when", "once", "until", "till", "before", "after"];

/// Sequence of tenses: a temporal clause ("as soon as trading opened Monday", "when it opens
/// Monday") has no future form of its own, so its simple past or present stands for the main
/// clause's time; under a main verb that looks forward ("were likely to buy", "would sell",
/// "will pay") the phrase looks forward too. `e` is the verb nearest the phrase, `t` its tense.
fn temporal_clause_tense(text: &str, events: &[Event], e: &Event, t: Tense) -> Tense {
    if !matches!(t, Tense::Past | Tense::Present) || e.aspect != crate::event::Aspect::None {
        return t;
    }
    let sentence_start = events
        .iter()
        .filter(|g| g.sentence == e.sentence)
        .map(|g| g.trigger.start)
        .min()
        .unwrap_or(0);
    let before = text.get(sentence_start..e.trigger.start).unwrap_or("");
    // The last seven words before the verb, last first: the conjunction is among the last
    // five and "as soon" may precede it. Read from the end, without collecting the words of
    // the whole stretch (issue 3).
    let mut last = [""; 7];
    let mut n = 0;
    for w in before
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .take(last.len())
    {
        last[n] = w;
        n += 1;
    }
    // The conjunction, at most a short subject away ("as soon as trading opened").
    let Some(r) = last[..n.min(5)].iter().position(|w| {
        TEMPORAL_CONJUNCTIONS
            .iter()
            .any(|c| w.eq_ignore_ascii_case(c))
            || w.eq_ignore_ascii_case("as")
    }) else {
        return t;
    };
    // "as" alone is also a comparison or a cause: only "as soon as" counts.
    if last[r].eq_ignore_ascii_case("as")
        && !(r + 2 < n
            && last[r + 1].eq_ignore_ascii_case("soon")
            && last[r + 2].eq_ignore_ascii_case("as"))
    {
        return t;
    }
    // The governing verb: the last verb before the conjunction's clause.
    let governor = events
        .iter()
        .filter(|g| {
            g.pos == EventPos::Verb
                && g.sentence == e.sentence
                && g.head.end <= e.trigger.start
                && g.trigger.start != e.trigger.start
                && text
                    .get(g.head.end..e.trigger.start)
                    .is_some_and(|between| {
                        has_word(between, TEMPORAL_CONJUNCTIONS) || has_word(between, &["soon"])
                    })
        })
        .max_by_key(|g| g.head.end);
    // "refused to step down after the CBI on Sunday implicated him": an infinitive under a
    // past verb is no future the clause lies in, whatever it gives a phrase of its own.
    let under_past = |g: &Event| {
        governed_infinitive(g) && finite_before(events, g).is_some_and(|f| f.tense == Tense::Past)
    };
    match governor
        .filter(|g| !under_past(g))
        .map(|g| direction_tense(text, events, g))
    {
        Some(Tense::Future) => Tense::Future,
        _ => t,
    }
}

/// The tense of a copula between the phrase and the verb event before it: "will be free
/// until September 30" after "were priced at $29" is no event, but it is the verb nearest the
/// phrase, and the earlier verb says nothing about it. Only a modal copula ("will be",
/// "would be") is read: a present or past one says what the clause's verbs say.
fn copula_tense(seg: &Segmentation, events: &[Event], mention: &Mention) -> Option<Tense> {
    let sentence = seg.sentences.get(mention.sentence)?;
    let from = events
        .iter()
        .filter(|e| {
            e.pos == EventPos::Verb
                && e.sentence == mention.sentence
                && e.trigger.end <= mention.span.start
        })
        .map(|e| e.trigger.end)
        .max()
        .unwrap_or(sentence.span.start)
        .max(sentence.span.start);
    let lower = seg.lower.get(from..mention.span.start)?;
    // Word pairs read as they come, without collecting the words (issue 3).
    let mut previous = "";
    for w in lower
        .split(|c: char| !(c.is_ascii_alphabetic() || c == '\''))
        .filter(|w| !w.is_empty())
    {
        if w == "be"
            && matches!(
                previous,
                "will" | "'ll" | "shall" | "would" | "should" | "might" | "must" | "may"
            )
        {
            return Some(Tense::Future);
        }
        previous = w;
    }
    None
}

/// Words right before a phrase that point its direction. A payment, record or start date
/// ("payable Dec. 7", "of record Nov. 22", "effective Feb. 1") looks forward and "since
/// October", "ended Sept. 30" look back whatever the verbs around say; a deadline ("by
/// February", "due Friday") looks forward unless its clause is in the past tense ("had
/// filed reports by Wednesday"), and so does a start ("starting Monday"). In the TempEval-3
/// training sets, a month or month-day after these words lies on that side of the publish
/// date 54 times out of 56.
const CUE_WORDS: &[(&str, Tense, CueStrength)] = &[
    ("payable", Tense::Future, CueStrength::Decides),
    ("record", Tense::Future, CueStrength::Decides),
    ("effective", Tense::Future, CueStrength::Decides),
    ("since", Tense::Past, CueStrength::Decides),
    ("ended", Tense::Past, CueStrength::Decides),
    // "last Oct. 23", "next Jan. 5": the shift word is left out of the date's extent.
    ("last", Tense::Past, CueStrength::Decides),
    ("next", Tense::Future, CueStrength::Decides),
    ("by", Tense::Future, CueStrength::UnlessPast),
    ("due", Tense::Future, CueStrength::UnlessPast),
    // "access their money starting Monday": the start of something ahead.
    ("starting", Tense::Future, CueStrength::UnlessPast),
    ("beginning", Tense::Future, CueStrength::UnlessPast),
];

/// How far a cue word overrides the clause's tense.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CueStrength {
    /// Whatever the clause's tense.
    Decides,
    /// Unless the clause is in the past tense.
    UnlessPast,
}

/// The tense that places a phrase: a cue word right before it ([`CUE_WORDS`]), else the
/// clause's ([`clause_tense`]); with the assumption to write in the trace when a rule other
/// than a verb's tense set the direction ([`ARRANGED_AHEAD`]).
fn phrase_tense(
    text: &str,
    seg: &Segmentation,
    events: &[Event],
    mention: &Mention,
    published: NaiveDate,
) -> (Tense, Option<&'static str>) {
    let cue = match cue_decision(text, mention) {
        Cue::Decided(t) => return (t, None),
        Cue::Until { possessive } => {
            // A past perfect in the sentence ("Until Thursday, they had not called him")
            // tells of a past day.
            let pluperfect = events.iter().any(|e| {
                e.pos == EventPos::Verb
                    && e.sentence == mention.sentence
                    && e.tense == Tense::Past
                    && matches!(
                        e.aspect,
                        crate::event::Aspect::Perfective
                            | crate::event::Aspect::PerfectiveProgressive
                    )
            });
            if !pluperfect && !until_a_past_day(text, events, mention) {
                return (Tense::Future, None);
            }
            if possessive {
                return (Tense::None, None);
            }
            None
        }
        Cue::Open(cue) => cue,
    };
    // "talks are scheduled for Friday", "protesters planned a demonstration for Saturday": a
    // weekday after "for" under a verb of arranging is the day the thing is set for, which
    // lies ahead of the arranging. The arranging verb in the present or future looks ahead;
    // in the simple past, the nearer of the two days (not the past one unless the next is much
    // nearer, as for a clause with no tense), when no other past verb of the sentence tells
    // what already happened ("the protest, planned for Saturday, drew 5,000 people").
    // Published on a Sunday, "a vigil was planned for Saturday" is the day before (AQUAINT
    // APW19991024.0075); on a Wednesday "planned a demonstration for Saturday" is three days on.
    if let Some(day) = weekday_of(&mention.expr) {
        // `arranging_for` reads the "for" before the phrase.
        if let Some(v) = arranging_for(text, events, mention) {
            let v = &events[v];
            // "has called a mass strike for Monday": a present perfect arranging looks ahead
            // as the present does.
            let present_perfect = present_perfect_group(text, v);
            let ahead = match direction_tense(text, events, v) {
                Tense::Present | Tense::Future => true,
                Tense::Past if present_perfect => true,
                Tense::Past => {
                    let back = (published.weekday().num_days_from_monday() + 7
                        - day.num_days_from_monday())
                        % 7;
                    v.aspect == crate::event::Aspect::None
                        && 7 - back < back
                        && !events.iter().any(|e| {
                            e.pos == EventPos::Verb
                                && e.sentence == mention.sentence
                                && e.trigger != v.trigger
                                && e.class != EventClass::Reporting
                                && e.tense == Tense::Past
                        })
                }
                Tense::None => false,
            };
            if ahead {
                return (Tense::Future, Some(ARRANGED_AHEAD));
            }
        }
        if scheduled_present(text, events, mention) {
            return (Tense::Future, Some(SCHEDULED_AHEAD));
        }
    }
    // "The vote was set for May 20", "the court set April 29 for the next hearing",
    // "postponed the talks until June": a date that a verb of arranging sets or moves a
    // happening to is the happening's, not the arranging's. Arranged in the present, the
    // future or the present perfect it lies ahead; after a simple past, on whichever side of
    // the publish date is nearer (a past verb does not put a date it arranged in the past).
    if weekday_of(&mention.expr).is_none() && mention.expr.depends_on_tense() {
        if let Some(v) = arranging_for(text, events, mention)
            .or_else(|| rescheduled_to(text, events, mention))
            .or_else(|| date_fixed_by(text, events, mention))
        {
            let v = &events[v];
            return match direction_tense(text, events, v) {
                Tense::Present | Tense::Future => (Tense::Future, Some(DATE_ARRANGED)),
                Tense::Past if present_perfect_group(text, v) => {
                    (Tense::Future, Some(DATE_ARRANGED))
                }
                _ => (Tense::None, Some(DATE_ARRANGED_PAST)),
            };
        }
    }
    let tense = match cue {
        Some(&(_, t, CueStrength::UnlessPast)) => match clause_tense(text, seg, events, mention) {
            Tense::Past => Tense::Past,
            _ => t,
        },
        _ => clause_tense(text, seg, events, mention),
    };
    (tense, None)
}

/// The trace's assumption when a weekday after "for" under a verb of arranging was read
/// forward ([`phrase_tense`]): the tense the trace shows is the direction taken, not the
/// verb's.
const ARRANGED_AHEAD: &str = "a day a thing is arranged for (\"for <weekday>\" after \
     \"planned\", \"scheduled\", ...) lies ahead of the arranging: read forward (after a \
     simple past, because the next such day is the nearer)";

/// The trace's assumption when a date a verb of arranging sets or moves a happening to was
/// read forward ([`phrase_tense`]).
const DATE_ARRANGED: &str = "a date a happening is set or moved to (\"is scheduled for May 20\", \
     \"has postponed the vote until June\") lies ahead of the arranging: read forward";

/// The trace's assumption when a date a verb in the simple past set or moved a happening to
/// was read on the nearer side of the publish date ([`phrase_tense`]).
const DATE_ARRANGED_PAST: &str = "a date a happening was set or moved to (\"set April 29 for the \
     next hearing\", \"postponed the vote until June\") is the happening's, not the \
     arranging's: the past tense does not place it; the nearer year taken";

/// The trace's assumption when a weekday right after a verb in the simple present ("Talks
/// start on Monday") was read forward ([`scheduled_present`]).
const SCHEDULED_AHEAD: &str = "a weekday right after a verb in the present (\"talks start on \
     Monday\", \"leaves for Paris on Friday\") tells what is scheduled: read forward";

/// At most this many words between a present-tense verb and the "on" of the weekday it
/// schedules ("leaves for Paris on Friday").
const SCHEDULE_GAP_WORDS: usize = 4;

/// "Talks start on Monday", "the minister leaves for Paris on Friday", "the court is meeting
/// Tuesday": a weekday right after a finite verb of its clause in the simple or progressive
/// present, with nothing between but "on" or a few words ending in "on", is the day the
/// thing is scheduled for, the coming one. Not after a verb of saying (what is said is
/// dated by what is reported), a modal or a perfect, nor when a comma, another verb or a noun
/// the weekday modifies ("the Tuesday deadline", "Monday's vote") comes in between: the
/// nearer-day reading of a clause without tense stays for those. TimeBank and AQUAINT annotate
/// no weekday so placed (the rule changes none of their values); it comes from news previews.
fn scheduled_present(text: &str, events: &[Event], mention: &Mention) -> bool {
    let after = text.get(mention.span.end..).unwrap_or("");
    if after.starts_with("'s") || after.starts_with("\u{2019}s") {
        return false;
    }
    let Some(verb) = events
        .iter()
        .filter(|e| {
            e.sentence == mention.sentence
                && e.clause == mention.clause
                && e.head.end <= mention.span.start
        })
        .max_by_key(|e| e.head.end)
    else {
        return false;
    };
    if verb.pos != EventPos::Verb
        || verb.tense != Tense::Present
        || !matches!(
            verb.aspect,
            crate::event::Aspect::None | crate::event::Aspect::Progressive
        )
        || verb.modality.is_some()
        || verb.class == EventClass::Reporting
    {
        return false;
    }
    // A subject word right before the verb that agrees with it ("Talks start", "the market
    // opens"), read from the text (the tense pass of `tag` finds no subjects): a noun the
    // model took for a verb stands after a determiner or a possessive, or after a singular
    // noun that it does not agree with ("hours after the court order on Monday").
    let before = text.get(..verb.trigger.start).unwrap_or("").trim_end();
    let prev = last_word(before).to_ascii_lowercase();
    if prev.is_empty()
        || before.len() > prev.len()
            && before[..before.len() - prev.len()].ends_with(['\'', '\u{2019}'])
        || event::ends_no_subject(&prev)
    {
        return false;
    }
    let head = text.get(verb.head.start..verb.head.end).unwrap_or("");
    let plural_subject = (prev.ends_with('s') && !prev.ends_with("ss"))
        || matches!(prev.as_str(), "they" | "we" | "i" | "you")
        || verb.trigger != verb.head;
    if !head.ends_with('s') && !plural_subject {
        return false;
    }
    let Some(between) = text.get(verb.head.end..mention.span.start) else {
        return false;
    };
    if between.contains(|c: char| !(c.is_ascii_alphanumeric() || c == ' ' || c == '-')) {
        return false;
    }
    let words: Vec<&str> = between.split_whitespace().collect();
    match words.split_last() {
        None => true,
        Some((last, rest)) if last.eq_ignore_ascii_case("on") => rest.len() <= SCHEDULE_GAP_WORDS,
        // "Talks resume in Geneva Monday": a bare weekday after a few words, when it ends
        // its clause or a preposition or conjunction follows (not "the Tuesday deadline").
        Some(_) => words.len() <= SCHEDULE_GAP_WORDS && bare_weekday_ends_phrase(text, mention),
    }
}

/// Whether what follows a weekday phrase shows that it modifies no noun: the end of the
/// text, a punctuation mark, or a preposition or conjunction ("resume in Geneva Monday in a
/// new round", "Monday and Tuesday").
fn bare_weekday_ends_phrase(text: &str, mention: &Mention) -> bool {
    let after = text.get(mention.span.end..).unwrap_or("");
    let rest = after.trim_start();
    if rest.is_empty() || !rest.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        return !rest.starts_with(['\'', '\u{2019}']);
    }
    let next: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect::<String>()
        .to_ascii_lowercase();
    event::lexicon::PREPOSITIONS.contains(&next.as_str()) || COORDINATORS.contains(&next.as_str())
}

/// The day of a weekday phrase ("Friday", "Tuesday morning", "9 a.m. Tuesday").
fn weekday_of(expr: &TimeExpr) -> Option<chrono::Weekday> {
    match expr {
        TimeExpr::Weekday { day, .. } => Some(*day),
        TimeExpr::TimeOn { day, .. } => match **day {
            TimeExpr::Weekday { day, .. } => Some(day),
            _ => None,
        },
        _ => None,
    }
}

/// What the words around a phrase say of its tense before any verb is read.
enum Cue {
    /// The tense, whatever the clause's verbs: the event stage need not run for it.
    Decided(Tense),
    /// A weekday after "until" or "till": a deadline ahead unless a past perfect stands in
    /// the sentence; `possessive` when it owns a happening ("until Tuesday's vote").
    Until { possessive: bool },
    /// The clause's verbs decide, with the cue word found, if any (one that does not decide
    /// alone: [`CueStrength::UnlessPast`]).
    Open(Option<&'static (&'static str, Tense, CueStrength)>),
}

/// Verbs of lasting, by lemma: in the simple past before "until <weekday>" they tell how long
/// something went on, which ended on a past day ("the talks continued until Friday"), unlike
/// a deadline set ahead ("postponed until Tuesday", "gave the government until Friday").
/// "go", "drag", "carry" and "wear" count only with "on" after them ("went on").
const LASTING: &[(&str, bool)] = &[
    ("continue", false),
    ("last", false),
    ("persist", false),
    ("remain", false),
    ("stay", false),
    ("go", true),
    ("drag", true),
    ("carry", true),
    ("wear", true),
];

/// Whether the weekday after "until" in `mention` is a past day, told so by the sentence:
/// a when-clause in the past right after it ("went on until Friday, when they collapsed":
/// the clause tells what happened that day), or a simple past of lasting right before it
/// ([`LASTING`]: "the talks dragged on until Friday"), or a simple past negated by "not"
/// right before it ("did not leave until Friday": left that day). Without any, the weekday
/// is a deadline ahead ([`Cue::Until`]).
fn until_a_past_day(text: &str, events: &[Event], mention: &Mention) -> bool {
    let in_sentence = |e: &&Event| e.pos == EventPos::Verb && e.sentence == mention.sentence;
    let simple_past = |e: &Event| e.tense == Tense::Past && e.aspect == crate::event::Aspect::None;
    let after = text.get(mention.span.end..).unwrap_or("");
    let when_clause = after
        .trim_start()
        .strip_prefix(',')
        .map(str::trim_start)
        .and_then(|rest| rest.get(..5))
        .is_some_and(|w| w.eq_ignore_ascii_case("when "));
    if when_clause {
        // The first verb after "when" is the clause's.
        let clause_verb = events
            .iter()
            .filter(in_sentence)
            .find(|e| e.trigger.start >= mention.span.end);
        if clause_verb.is_some_and(simple_past) {
            return true;
        }
    }
    let before = events
        .iter()
        .filter(in_sentence)
        .rfind(|e| e.trigger.end <= mention.span.start);
    // "did not leave until Friday": left on Friday, a past day (not "never", which denies).
    let not_until = |v: &Event| {
        v.negated
            && simple_past(v)
            && text
                .get(v.trigger.start..v.trigger.end)
                .is_some_and(crate::event::says_not)
    };
    before.is_some_and(|v| {
        not_until(v)
            || !v.negated
                && simple_past(v)
                && LASTING.iter().any(|&(lemma, with_on)| {
                    v.lemma == lemma
                        && (!with_on
                            || text
                                .get(v.head.end..)
                                .is_some_and(|rest| rest.trim_start().starts_with("on ")))
                })
    })
}

/// The part of [`phrase_tense`] that reads no event: a cue word that decides alone
/// ("since", "last", "payable"), a possessive weekday. [`tag`] runs the event stage only on
/// the sentences with a phrase this does not decide (issue 3).
fn cue_decision(text: &str, mention: &Mention) -> Cue {
    let word = cue_word(text.get(..mention.span.start).unwrap_or(""));
    let cue = CUE_WORDS
        .iter()
        .find(|(w, _, _)| word.eq_ignore_ascii_case(w));
    let weekday = weekday_of(&mention.expr).is_some();
    // "until Tuesday", "until 9 a.m. Tuesday": a weekday after "until" is a deadline ahead,
    // whatever the simple verb ("postponed until Tuesday morning", "extended its deadline
    // until 9 a.m. Tuesday"; 3 times out of 3 in AQUAINT). A past perfect in the sentence
    // ("Until Thursday, they had not called him") tells of a past day instead: the verbs
    // decide ([`Cue::Until`]).
    let possessive = weekday && is_possessive(text.get(mention.span.end..).unwrap_or(""));
    if weekday && (word.eq_ignore_ascii_case("until") || word.eq_ignore_ascii_case("till")) {
        return Cue::Until { possessive };
    }
    // "get around Wednesday's ruling", "take part in Sunday's race": a weekday that owns a
    // happening names the one nearest the publish date, whatever the clause's verbs say
    // ("would look for ways around Wednesday's ruling" was two days before; in the
    // TempEval-3 training sets the nearest reading is right 16 times out of 17, the other a
    // story re-run ten days late).
    if possessive {
        return Cue::Decided(Tense::None);
    }
    match cue {
        Some(&(_, t, CueStrength::Decides)) => Cue::Decided(t),
        _ => Cue::Open(cue),
    }
}

/// Words before "to" that make the infinitive after them lie ahead of the clause's time:
/// "were likely to buy", "is expected to close", "plans to announce", "was due to arrive",
/// and "be to" itself ("is to resume trading Tuesday"), the future of a plan.
const PROSPECTIVE: &[&str] = &[
    "likely",
    "unlikely",
    "expected",
    "expect",
    "expects",
    "hope",
    "hopes",
    "aim",
    "aims",
    "scheduled",
    "slated",
    "due",
    "set",
    "poised",
    "going",
    "about",
    "plan",
    "plans",
    "planned",
    "planning",
    "intend",
    "intends",
    "intended",
    "is",
    "are",
    "am",
    "was",
    "were",
];

/// An infinitive whose verb group or the word before it names a plan or an expectation
/// ([`PROSPECTIVE`]): what it names is still ahead ("future in the past" when the clause is
/// past: "institutions were likely to buy its stock Monday").
pub(crate) fn prospective(text: &str, e: &Event) -> bool {
    if e.pos != EventPos::Verb {
        return false;
    }
    let trigger = text.get(e.trigger.start..e.trigger.end).unwrap_or("");
    let mut words = trigger.split_ascii_whitespace();
    let (first, second) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    let before = text.get(..e.trigger.start).unwrap_or("");
    let (cue, rest) = if first.eq_ignore_ascii_case("to") {
        let cue = last_word(before);
        (cue, &before[..before.trim_end().len() - cue.len()])
    } else if second.eq_ignore_ascii_case("to") {
        (first, before)
    } else {
        return false;
    };
    // A past perfect plan was overtaken ("had been due to expire Friday", "had planned to
    // meet Tuesday"): its day is gone.
    let perfect = {
        let w1 = last_word(rest);
        let w2 = last_word(&rest[..rest.trim_end().len() - w1.len()]);
        w1.eq_ignore_ascii_case("had")
            || (w2.eq_ignore_ascii_case("had") && w1.eq_ignore_ascii_case("been"))
    };
    // "expect the water to stay", "predicted prices to fall": an expectation with its object
    // between it and "to".
    let expected_object = first.eq_ignore_ascii_case("to")
        && rest
            .split_ascii_whitespace()
            .rev()
            .take(4)
            // "6-year-old Elian": a hyphenated word is part of the object too.
            .take_while(|w| w.chars().all(|c| c.is_alphanumeric() || c == '-'))
            .any(|w| EXPECTING.iter().any(|x| w.eq_ignore_ascii_case(x)));
    !perfect && (expected_object || PROSPECTIVE.iter().any(|w| cue.eq_ignore_ascii_case(w)))
}

/// Verbs of expecting that take an object before the infinitive ("expect the water to stay
/// above 9 meters until Monday"): the infinitive lies ahead. So do verbs of summoning
/// ("subpoenaed 6-year-old Elian to testify before the Committee on Government Reform on
/// Feb. 10").
const EXPECTING: &[&str] = &[
    "expect",
    "expects",
    "expected",
    "expecting",
    "predict",
    "predicts",
    "predicted",
    "forecast",
    "forecasts",
    "subpoena",
    "subpoenas",
    "subpoenaed",
    "summon",
    "summons",
    "summoned",
];

/// Whether `after` opens with a possessive ending: "'s" or "’s".
fn is_possessive(after: &str) -> bool {
    let rest = after
        .strip_prefix('\'')
        .or_else(|| after.strip_prefix('\u{2019}'));
    // "'s" or "’s" only: a bare apostrophe after a weekday closes a quotation ("'on Friday'").
    rest.and_then(|r| r.strip_prefix(['s', 'S']))
        .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()))
}

/// Words that may stand between "since" and its phrase: "since the Oct. 23 slaying", "since
/// shortly after the Oct. 23 slaying".
const SINCE_GAP_WORDS: &[&str] = &["the", "shortly", "just", "soon", "right", "after"];

/// The word that may cue a phrase's direction ([`CUE_WORDS`]): the word right before it, or
/// "since" before a run of at most three [`SINCE_GAP_WORDS`] that ends in "the". Only
/// "since" reaches over "the": "by the Tuesday deadline" is read by its clause, whose tense
/// the event stage does not always get right (TimeBank wsj_0175).
fn cue_word(before: &str) -> &str {
    let first = last_word(before);
    if !first.eq_ignore_ascii_case("the") {
        return first;
    }
    let mut rest = before;
    let mut word = first;
    for _ in 0..4 {
        rest = &rest[..rest.trim_end().len() - word.len()];
        word = last_word(rest);
        if word.eq_ignore_ascii_case("since") {
            return word;
        }
        if !SINCE_GAP_WORDS.iter().any(|w| word.eq_ignore_ascii_case(w)) {
            break;
        }
    }
    first
}

/// The run of ASCII letters that ends `before` (after trailing white space): the word right
/// before a phrase or a trigger.
fn last_word(before: &str) -> &str {
    let before = before.trim_end();
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_ascii_alphabetic())
        .map_or(0, |(k, c)| k + c.len_utf8());
    &before[start..]
}

/// At most this many bytes between a reporting verb and the phrase it dates (" on ").
const ADJACENT_BYTES: usize = 4;

/// The tense an event gives to the time phrases around it: perfects count as past, modal
/// verbs ("would", "should", "may go") as future, since what they name is not yet done;
/// "could" is as often a past ability ("could not be located Wednesday") and decides nothing.
fn direction_tense(text: &str, events: &[Event], e: &Event) -> Tense {
    if prospective(text, e) {
        return Tense::Future;
    }
    match (e.modality.as_deref(), e.aspect) {
        (Some(_), crate::event::Aspect::Perfective) => Tense::Past,
        (Some("could"), _) => Tense::None,
        (Some(_), _) => Tense::Future,
        // An infinitive of a planned or expected event ("is scheduled to close Monday", "set
        // to resume Monday") lies ahead of the planning: the phrase next to it looks forward.
        // Not one that hangs on a noun of intending ("extended their offers to acquire the
        // company Friday"): the phrase is as likely the verb's before the noun.
        _ if governed_infinitive(e) && !crate::event::intended_by_noun(text, e) => {
            infinitive_tense(text, events, e)
        }
        _ => e.placement(),
    }
}

/// An infinitive of something not yet done, under a verb ("to close", "to comment").
fn governed_infinitive(e: &Event) -> bool {
    e.tense == Tense::None
        && e.governor.is_some()
        && matches!(e.status, Status::Hypothetical | Status::Future)
}

/// Verbs whose infinitive never happens, so that a phrase after it dates the refusal: "The FBI
/// declined to comment on Thursday" (the declining, on Thursday past).
const REFUSING: &[&str] = &["decline", "refuse", "fail"];

/// What one declines or refuses to do at the moment one is asked: "declined to comment on
/// Thursday", "refused to say", "failed to respond".
const SAYING: &[&str] = &[
    "comment",
    "say",
    "elaborate",
    "discuss",
    "confirm",
    "answer",
    "respond",
    "speak",
    "talk",
    "give",
    "provide",
    "disclose",
    "reveal",
    "identify",
    "name",
    "specify",
    "explain",
];

/// Verbs whose infinitive lies ahead of them, past or not: "was set to resume Monday",
/// "agreed to meet on Friday", "vowed to return next week". Not the event stage's
/// `INTENDING` (whose infinitive is not done): one tries or attempts at the time of the act
/// ("tried to flee on Tuesday"), and is scheduled or set for a time ahead.
const PLANNING: &[&str] = &[
    "set", "plan", "expect", "schedule", "intend", "vow", "promise", "pledge", "threaten", "agree",
    "aim", "hope", "want", "seek", "decide", "prepare", "suppose",
];

/// The governor of infinitive `e`: the finite verb right before it in its clause (`events`
/// may be one sentence's, and `Event::governor` indexes the article's).
fn finite_before<'a>(events: &'a [Event], e: &Event) -> Option<&'a Event> {
    events
        .iter()
        .filter(|g| {
            g.pos == EventPos::Verb
                && g.clause == e.clause
                && g.tense != Tense::None
                && g.head.end <= e.trigger.start
        })
        .max_by_key(|g| g.head.end)
}

/// The tense an infinitive gives to the phrase next to it. It lies ahead of a present or
/// planning governor ("is scheduled to close Monday", "was set to resume Monday"); after
/// "declined|refused|failed to" say the phrase dates the governor; after another past governor
/// ("were told to leave before dawn on Wednesday", "ordered them to leave on Friday") the
/// infinitive's event follows a past one, which may still be past: no tense, so that a weekday
/// is the nearer one.
fn infinitive_tense(text: &str, events: &[Event], e: &Event) -> Tense {
    let Some(g) = finite_before(events, e) else {
        return Tense::Future;
    };
    if g.tense != Tense::Past || g.aspect != crate::event::Aspect::None {
        return Tense::Future;
    }
    if REFUSING.contains(&g.lemma.as_str()) {
        // "declined to comment on Thursday": the saying refused is the refusing, in its
        // past; "refused to join the Allied navy in Spring" looks ahead to the joining.
        return if SAYING.contains(&e.lemma.as_str()) {
            Tense::Past
        } else {
            Tense::Future
        };
    }
    let word = text.get(g.head.start..g.head.end).unwrap_or("");
    if g.modality.is_some()
        || prospective(text, g)
        || LOOKING_AHEAD.iter().any(|w| word.eq_ignore_ascii_case(w))
        || PLANNING.contains(&g.lemma.as_str())
    {
        return Tense::Future;
    }
    Tense::None
}

fn resolve_mentions(
    article: &Article,
    seg: &Segmentation,
    mentions: &[Mention],
    events: &[Event],
    options: &Options,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Option<TimeValue>> {
    let mut previous: Option<Reference> = None;
    // The first recently closed quarter the article talks about: the period a results story
    // reports.
    let mut lead_quarter: Option<Reference> = None;
    // The phrase just before, when it was a stretch of months ("the nine months").
    let mut stretch: Option<String> = None;
    // The happenings the article told, in order: where a clock time takes its day from.
    let mut happenings = Happenings::new(&article.text, events, mentions);
    // The day of the killing a crime story tells of, once the article dates it ("he was shot
    // to death last Oct. 23", "the Oct. 23 slaying").
    let mut killing_day: Option<Reference> = None;
    // The last time of a day or less talked about, and its sentence: where a clock time with
    // no day of its own takes its day past an aside on a coarser time.
    let mut last_day: Option<(Reference, usize)> = None;
    // The day whose first hours the article told of ("shortly after midnight on Sunday",
    // "early on Sunday"), as a whole day, with the value of the phrase that named it.
    let mut night: Option<(Reference, String)> = None;
    let mut out = Vec::with_capacity(mentions.len());
    // Only the events of a phrase's own sentence decide its tense. Events come in sentence
    // order, so those are one run found by binary search: a scan of all events per phrase made
    // long articles quadratic (issue 6). Any other order falls back to the whole list.
    let in_order = events.windows(2).all(|w| w[0].sentence <= w[1].sentence);
    let sentence_events = |sentence: usize| -> &[Event] {
        if !in_order {
            return events;
        }
        let first = events.partition_point(|e| e.sentence < sentence);
        let end = first + events[first..].partition_point(|e| e.sentence <= sentence);
        &events[first..end]
    };
    for (k, m) in mentions.iter().enumerate() {
        if matches!(m.expr, TimeExpr::Discourse { .. }) {
            out.push(None);
            continue;
        }
        // A results story compares its reported quarter with the year-ago one: "a year ago",
        // "the year-earlier period", "the 1989 period" refer to the quarter of the lead, even
        // after another quarter was mentioned in passing ("after a flat second quarter").
        let is_quarter = |r: &Reference| r.value.contains("-Q");
        // Right after a stretch of months ("the nine months") a comparison looks back on
        // whole years (temporal::year_of_stretch).
        let year_ref = stretch
            .take()
            .filter(|_| m.expr.is_comparison())
            .and_then(|s| {
                let year = lead_quarter
                    .as_ref()
                    .or(previous.as_ref())
                    .map_or(article.published.year(), |r| r.earliest.year());
                temporal::year_of_stretch(year, &s)
            });
        let after_stretch = year_ref.is_some();
        // "the 1988 quarter" names a quarter: after a year ("it reported last year"), the
        // reported one.
        let names_quarter = matches!(
            m.expr,
            TimeExpr::SamePeriodIn { quarter: true, .. }
                | TimeExpr::YearAgoPeriod { quarter: true }
        );
        let reference = match (&lead_quarter, &previous) {
            _ if after_stretch => year_ref,
            (Some(lead), prev) if names_quarter && !prev.as_ref().is_some_and(is_quarter) => {
                Some(lead.clone())
            }
            (Some(lead), Some(prev)) if m.expr.is_comparison() && is_quarter(prev) => {
                Some(lead.clone())
            }
            _ => previous.clone(),
        };
        // A clock time is dated by the killing or by the happening its clause names (below).
        let clock_time = matches!(m.expr, TimeExpr::TimeOfDay { .. });
        // "... at 6:42 a.m. on September 15. It was the deadliest accident since 2011. The
        // aircraft took off at 6:39 a.m.": a clock time with no day takes the day last talked
        // about, past a coarser time of an aside in the two sentences before it.
        let reference = match (reference, &last_day) {
            (Some(r), Some((day, sentence)))
                if clock_time
                    && !is_day_or_less(&r)
                    && m.sentence <= sentence + AFTER_DAY_SENTENCES =>
            {
                Some(day.clone())
            }
            (reference, _) => reference,
        };
        // "sank shortly after midnight on Sunday ... The ferry left port at 10 p.m. on
        // Saturday ... a distress call at 12:40 a.m.": a clock time of the small hours with no
        // day takes the day whose first hours were told before, when the time last talked
        // about is the evening before it or that phrase itself.
        let reference = match (&night, reference) {
            (Some((day, named)), r)
                if small_hours(&m.expr)
                    && r.as_ref().is_none_or(|r| {
                        &r.value == named
                            || r.earliest.date().succ_opt() == Some(day.earliest.date())
                    }) =>
            {
                Some(day.clone())
            }
            (_, r) => r,
        };
        let (tense, direction_note) = phrase_tense(
            &article.text,
            seg,
            sentence_events(m.sentence),
            m,
            article.published,
        );
        // "This quarter's loss includes ...", after the third quarter's results: the quarter
        // reported, not the one open at the publish date.
        let reported = lead_quarter
            .as_ref()
            .filter(|_| tense != Tense::Future && this_quarters_results(&article.text, m));
        // "ten days before the shooting", once the article dated the killing: that day
        // counted from the killing's, a date (it was a length of ten days); a clock time of
        // the same clause before such a phrase ("at 6 a.m. ten days before the shooting") is
        // on that day.
        let killing = killing_day.as_ref().and_then(|day| {
            let (relative, shifted) = match killing_relative(&article.text, m) {
                Some(shifted) => (m, shifted),
                None if clock_time => mentions[k + 1..]
                    .iter()
                    .take_while(|n| n.sentence == m.sentence && n.clause == m.clause)
                    .find_map(|n| killing_relative(&article.text, n).map(|e| (n, e)))?,
                None => return None,
            };
            let v = temporal::resolve(
                &shifted,
                relative.rule,
                &Anchor {
                    published: article.published,
                    tense,
                    previous: Some(day.clone()),
                    profile: options.profile,
                },
            )
            .ok()?;
            Some((
                std::ptr::eq(relative, m).then_some(shifted),
                Reference {
                    value: v.value.clone(),
                    phrase: article.text[relative.span.start..relative.span.end].to_string(),
                    earliest: v.earliest?,
                    latest: v.latest?,
                },
            ))
        });
        let (killing_expr, killing_ref) = killing.map_or((None, None), |(e, r)| (e, Some(r)));
        // A clock time named again with its happening ("Slepian ... was shot to death at
        // 10 p.m.", "The quake hit at 4:17 a.m."): on the day of the happening told before,
        // when no killing dates it.
        let happening = (clock_time && killing_ref.is_none())
            .then(|| {
                happenings.day_of(
                    &article.text,
                    seg,
                    sentence_events(m.sentence),
                    mentions,
                    &out,
                    m,
                )
            })
            .flatten();
        // "at 6:42 a.m. local time (0342 GMT) on September 15": a clock time told again on
        // another clock is on the day named right after the gloss. The two stay two phrases,
        // as TimeML tags them (AQUAINT APW19980808.0022: "10:35 a.m. (0735 GMT) Friday").
        let glossed = clock_time
            .then(|| glossed_day(&article.text, m, &mentions[k + 1..]))
            .flatten()
            .and_then(|n| {
                let v = temporal::resolve(
                    &n.expr,
                    n.rule,
                    &Anchor {
                        published: article.published,
                        tense,
                        previous: reference.clone(),
                        profile: options.profile,
                    },
                )
                .ok()?;
                Some(Reference {
                    value: v.value.clone(),
                    phrase: article.text[n.span.start..n.span.end].to_string(),
                    earliest: v.earliest?,
                    latest: v.latest?,
                })
            });
        let anchor = Anchor {
            published: article.published,
            tense,
            // The reference, from the first of these sources that gives one: the killing's
            // day a phrase counts from, the day glossed after a clock time, the day of the
            // happening its clause names, the quarter a results story reports, and the time
            // last talked about.
            previous: match &killing_expr {
                Some(_) => killing_day.clone(),
                None => [
                    killing_ref,
                    glossed,
                    happening.as_ref().map(|(r, _)| r.clone()),
                    reported.cloned(),
                    // "Two were expected to be discharged on Friday. ... had been fined
                    // twice in the previous two years": a time still ahead of the publish
                    // date is no anchor for a phrase of a past clause.
                    reference.filter(|r| {
                        !(tense == Tense::Past && r.earliest.date() > article.published)
                    }),
                ]
                .into_iter()
                .flatten()
                .next(),
            },
            profile: options.profile,
        };
        let ended = quarter_ended(&article.text, mentions, k, &anchor).or_else(|| {
            reported.map(|_| TimeExpr::TheUnit {
                unit: temporal::lexicon::Unit::Quarter,
            })
        });
        let expr = killing_expr.as_ref().or(ended.as_ref()).unwrap_or(&m.expr);
        match temporal::resolve(expr, m.rule, &anchor) {
            // An empty interval ("the previous 0 days" ends the day before it starts) would
            // date nothing and contradict its own event: diagnose it and leave it undated
            // (found by fuzzing, docs/robustness.md).
            Ok(v) if v.earliest.zip(v.latest).is_some_and(|(e, l)| e > l) => {
                diagnostics.push(Diagnostic {
                    severity: Severity::Warning,
                    stage: "temporal",
                    document: article.id.clone(),
                    span: Some(m.span),
                    message: format!(
                        "{:?} resolves to an empty interval ({} to {}); left undated",
                        &article.text[m.span.start..m.span.end],
                        v.earliest
                            .map_or(String::new(), |t| t.format("%Y-%m-%dT%H:%M").to_string()),
                        v.latest
                            .map_or(String::new(), |t| t.format("%Y-%m-%dT%H:%M").to_string()),
                    ),
                });
                out.push(None);
            }
            Ok(mut v) => {
                if after_stretch {
                    v.trace.assumption = Some(temporal::AFTER_MONTHS_STRETCH.to_string());
                }
                if let Some(note) = direction_note {
                    v.trace.assumption = Some(note.to_string());
                }
                if let Some((r, Some(group))) = &happening {
                    let note = format!(
                        "on the day of the {group} told before ({:?}), not the day last talked about",
                        r.phrase
                    );
                    v.trace.assumption = Some(match v.trace.assumption.take() {
                        Some(a) => format!("{a}; {note}"),
                        None => note,
                    });
                }
                // "later this month": from the publish day to the month's end; "earlier this
                // week": from its start to the publish day. The value stays the unit's.
                if let Some((side, note)) = later_or_earlier_this(seg, m) {
                    let (day_start, day_end) = (
                        temporal::day_start(article.published),
                        temporal::day_end(article.published),
                    );
                    let inside = v.earliest.is_some_and(|e| e <= day_start)
                        && v.latest.is_some_and(|l| l >= day_end);
                    if inside {
                        match side {
                            Direction::After => v.earliest = Some(day_start),
                            Direction::Before => v.latest = Some(day_end),
                        }
                        v.trace.assumption = Some(note.into());
                    }
                }
                if v.earliest.is_none() && tense == Tense::Future && within(seg, m) {
                    if let Some((e, l)) =
                        temporal::within_from_publication(article.published, &m.expr)
                    {
                        (v.earliest, v.latest) = (Some(e), Some(l));
                        v.trace.assumption = Some(
                            "within <length> in a future clause → from the publish date to that length after it"
                                .into(),
                        );
                    }
                }
                if temporal::is_months_stretch(&v) {
                    stretch = Some(article.text[m.span.start..m.span.end].to_string());
                }
                if let Some(day) = night_named(&article.text, m, &v) {
                    // "shortly after midnight on Sunday": the midnight that opens the day
                    // named, not TimeML's end of it (the value stays "<day>T24:00").
                    if opening_midnight(&article.text, m) {
                        v.earliest = Some(day.earliest);
                        v.latest = Some(day.earliest);
                        v.trace.assumption = Some(
                            "after midnight on <day> → the midnight that opens the day".into(),
                        );
                    }
                    night = Some((day, v.value.clone()));
                }
                if let (Some(e), Some(l)) = (v.earliest, v.latest) {
                    // A comparison ("a year earlier", "the year-ago quarter") looks back
                    // from the time talked about without moving it.
                    if temporal::becomes_reference(&m.expr, &v, options.profile) {
                        let r = Reference {
                            value: v.value.clone(),
                            phrase: article.text[m.span.start..m.span.end].to_string(),
                            earliest: e,
                            latest: l,
                        };
                        // Only a quarter closed within the three months before publication
                        // is the one reported ("1984-Q3" in a history is not).
                        let days_closed = (article.published - r.latest.date()).num_days();
                        if lead_quarter.is_none()
                            && is_quarter(&r)
                            && (1..=100).contains(&days_closed)
                        {
                            lead_quarter = Some(r.clone());
                        }
                        if v.granularity == temporal::Granularity::Day
                            && r.earliest.date() != article.published
                        {
                            if killing_day.is_none()
                                && sentence_events(m.sentence).iter().any(|e| {
                                    e.clause == m.clause && KILLING.contains(&e.lemma.as_str())
                                })
                            {
                                killing_day = Some(r.clone());
                            }
                            for e in sentence_events(m.sentence) {
                                if let Some(subject) = happening_subject(&article.text, seg, e, m) {
                                    happenings.date(
                                        Naming::Verb {
                                            lemma: e.lemma.clone(),
                                            subject,
                                        },
                                        m.sentence,
                                        r.clone(),
                                    );
                                }
                            }
                        }
                        if is_day_or_less(&r) {
                            last_day = Some((r.clone(), m.sentence));
                        }
                        previous = Some(r);
                    }
                }
                out.push(Some(v));
            }
            Err(err) => {
                diagnostics.push(Diagnostic {
                    severity: Severity::Warning,
                    stage: "temporal",
                    document: article.id.clone(),
                    span: Some(m.span),
                    message: format!(
                        "cannot resolve {:?}: {err}",
                        &article.text[m.span.start..m.span.end]
                    ),
                });
                out.push(None);
            }
        }
    }
    out
}

/// The phrase among `later` (those after clock time `m`) that names the day of `m` after a
/// gloss of it on another clock: "6:42 a.m. local time (0342 GMT) on September 15", "10:35
/// a.m. (0735 GMT) Friday". Only brackets with a digit in them, a comma and "on" may stand
/// between; the day is a weekday, a dated day, today, yesterday or tomorrow, as
/// "<time of day> [<zone>] <day>" takes with no gloss.
fn glossed_day<'a>(text: &str, m: &Mention, later: &'a [Mention]) -> Option<&'a Mention> {
    let n = later.first().filter(|n| n.sentence == m.sentence)?;
    let day_like = matches!(
        n.expr,
        TimeExpr::Weekday { part: None, .. }
            | TimeExpr::Calendar { day: Some(_), .. }
            | TimeExpr::Deictic { part: None, .. }
    );
    let gap = text.get(m.span.end..n.span.start)?.trim_start();
    let inside = gap.strip_prefix('(')?;
    let close = inside.find(')')?;
    let gloss = &inside[..close];
    let rest = inside[close + 1..].trim_start();
    let rest = rest.strip_prefix(',').unwrap_or(rest).trim();
    let glossed =
        gloss.len() <= 24 && !gloss.contains('(') && gloss.contains(|c: char| c.is_ascii_digit());
    (day_like && glossed && (rest.is_empty() || rest.eq_ignore_ascii_case("on"))).then_some(n)
}

/// A clock time of the small hours with no day of its own: "at 12:40 a.m.", "at 3 a.m."
/// (not midnight, which closes a day as often as it opens one).
fn small_hours(expr: &TimeExpr) -> bool {
    matches!(expr, TimeExpr::TimeOfDay { hour, .. } if *hour < 6)
}

/// The day whose first hours the phrase `m` (resolved to `v`) tells of: "midnight on
/// Sunday" (TimeML's "2026-03-08T24:00"), "12:30 a.m. on Sunday", "early on Sunday",
/// "early Sunday". The whole day, named by the phrase.
fn night_named(text: &str, m: &Mention, v: &TimeValue) -> Option<Reference> {
    let first_hours = match &m.expr {
        TimeExpr::TimeOn { hour, minute, .. } => (*hour == 24 && *minute == 0) || *hour < 6,
        TimeExpr::Weekday { part: None, .. } | TimeExpr::Calendar { day: Some(_), .. } => {
            // The word before, past an "on": no copy of the text before the phrase.
            let before = &text[..m.span.start];
            let mut w = last_word(before);
            if w.eq_ignore_ascii_case("on") {
                w = last_word(&before[..before.trim_end().len() - w.len()]);
            }
            w.eq_ignore_ascii_case("early")
        }
        _ => false,
    };
    if !first_hours {
        return None;
    }
    let day = chrono::NaiveDate::parse_from_str(v.value.get(..10)?, "%Y-%m-%d").ok()?;
    Some(Reference {
        value: day.format("%Y-%m-%d").to_string(),
        phrase: text[m.span.start..m.span.end].to_string(),
        earliest: temporal::day_start(day),
        latest: temporal::day_end(day),
    })
}

/// "shortly after midnight on Sunday", "just after midnight Sunday": a midnight on a day
/// named, after "after", is the one that opens the day (a clock time after it is in the small
/// hours of that day); "at midnight on June 30", a deadline, closes it.
fn opening_midnight(text: &str, m: &Mention) -> bool {
    matches!(
        m.expr,
        TimeExpr::TimeOn {
            hour: 24,
            minute: 0,
            ..
        }
    ) && last_word(&text[..m.span.start]).eq_ignore_ascii_case("after")
}

/// How many sentences after the day last talked about a clock time with no day still takes
/// that day past a coarser time between them (`resolve_mentions`).
const AFTER_DAY_SENTENCES: usize = 2;

/// A time no longer than a day ("September 15", "the evening of September 14", "6:42
/// a.m."): one a clock time can take its day from.
fn is_day_or_less(r: &Reference) -> bool {
    r.latest - r.earliest < chrono::Duration::days(1)
}

/// How a clause names a happening: the key of [`Happenings`].
#[derive(Debug, Clone, PartialEq)]
enum Naming {
    /// A verb of occurrence with its subject ([`happening_subject`]): "Slepian ... was shot to
    /// death last Oct. 23" is named again by "Slepian ... was shot to death at 10 p.m.".
    Verb {
        lemma: String,
        subject: Option<String>,
    },
    /// The subject of a verb whose head is an event noun, by its synonym group
    /// ([`event::event_noun`]): "an earthquake struck" is named again by "The quake hit".
    Noun(&'static str),
}

impl Naming {
    /// Whether `self`, a happening told, is the one `later` names again: the same verb with a
    /// subject that can be the same one ([`same_subject`]), or a noun of the same group.
    fn named_again_by(&self, later: &Naming) -> bool {
        match (self, later) {
            (
                Naming::Verb { lemma, subject },
                Naming::Verb {
                    lemma: again,
                    subject: who,
                },
            ) => lemma == again && same_subject(subject.as_deref(), who.as_deref()),
            (Naming::Noun(group), Naming::Noun(again)) => group == again,
            _ => false,
        }
    }

    /// The synonym group of the head of a verb's subject (the verb of `e`), when it is an
    /// event noun; `definite` asks for a subject that opens with "the", "this" or "that" and is
    /// not "another quake" (a happening named again, not a new one).
    fn noun(text: &str, e: &Event, definite: bool) -> Option<&'static str> {
        let who = e.who.filter(|_| e.pos == EventPos::Verb)?;
        let first = text.get(who.start..who.end)?.split_whitespace().next()?;
        if definite
            && !["the", "this", "that"]
                .iter()
                .any(|d| first.eq_ignore_ascii_case(d))
        {
            return None;
        }
        let (head, _, another) = event::subject_head(text, who)?;
        event::event_noun(&head.to_ascii_lowercase()).filter(|_| !(definite && another))
    }
}

/// Where the day of a happening told comes from.
#[derive(Debug, Clone)]
enum HappeningDay {
    /// A phrase of its clause that the article resolved to a day other than the publish day.
    Dated(Reference),
    /// The first resolved phrase of this clause (sentence, clause), when it is a day or less.
    Clause(usize, usize),
}

/// One happening told: how it was named, in which sentence, and where its day is.
#[derive(Debug, Clone)]
struct Told {
    naming: Naming,
    sentence: usize,
    day: HappeningDay,
}

/// The happenings an article told, in the order told: the table in which a clock time looks
/// up the day of the happening its clause names again (`resolve_mentions`). A verb enters it
/// once a phrase of its clause dates it ([`Happenings::date`]); every verb with an event noun
/// for a subject enters it from the start, its day read from its clause when asked.
#[derive(Debug, Clone)]
struct Happenings(Vec<Told>);

impl Happenings {
    /// The table of an article's events, holding the verbs with an event noun for a subject
    /// when a clock time may ask for them (among `mentions`; reading every subject of an
    /// article without one would be wasted).
    fn new(text: &str, events: &[Event], mentions: &[Mention]) -> Self {
        if !mentions
            .iter()
            .any(|m| matches!(m.expr, TimeExpr::TimeOfDay { .. }))
        {
            return Self(Vec::new());
        }
        Self(
            events
                .iter()
                .filter_map(|e| {
                    Some(Told {
                        naming: Naming::Noun(Naming::noun(text, e, false)?),
                        sentence: e.sentence,
                        day: HappeningDay::Clause(e.sentence, e.clause),
                    })
                })
                .collect(),
        )
    }

    /// A happening named as `naming` in `sentence`, dated to the day `day`.
    fn date(&mut self, naming: Naming, sentence: usize, day: Reference) {
        self.0.push(Told {
            naming,
            sentence,
            day: HappeningDay::Dated(day),
        });
    }

    /// The day of the latest happening told that `naming`, in `sentence`, names again. A
    /// dated one was dated by a phrase before the clock time; an undated one must be of an
    /// earlier sentence (the clause asking names it too). Its day comes from the phrases
    /// resolved so far (`resolved`, those of `mentions` before the clock time).
    fn day_named(
        &self,
        text: &str,
        naming: &Naming,
        sentence: usize,
        mentions: &[Mention],
        resolved: &[Option<TimeValue>],
    ) -> Option<Reference> {
        let told = self.0.iter().rev().find(|t| {
            t.naming.named_again_by(naming)
                && (t.sentence < sentence || matches!(t.day, HappeningDay::Dated(_)))
        })?;
        let (s, c) = match &told.day {
            HappeningDay::Dated(r) => return Some(r.clone()),
            HappeningDay::Clause(s, c) => (*s, *c),
        };
        let (q, v) = mentions
            .iter()
            .zip(resolved)
            .filter(|(q, _)| q.sentence == s && q.clause == c)
            .find_map(|(q, v)| v.as_ref().map(|v| (q, v)))?;
        let (earliest, latest) = v.earliest.zip(v.latest)?;
        (latest - earliest < chrono::Duration::days(1)).then(|| Reference {
            value: v.value.clone(),
            phrase: text[q.span.start..q.span.end].to_string(),
            earliest,
            latest,
        })
    }

    /// The day of the happening that the clause of the clock time `m` names again, with the
    /// synonym group when a noun named it. First a verb of the clause with its subject
    /// ("Slepian was shot to death last Oct. 23. Clark spoke Monday. Slepian ... was shot to
    /// death at 10 p.m." is on Oct. 23, not on Monday); else the clause's first verb with a
    /// definite event noun for a subject ("an earthquake that struck southern Turkey early
    /// Wednesday rose to 212 on Friday. The quake hit at 4:17 a.m." is on Wednesday, the day of
    /// the quake, not on Friday, the day last talked about). `sentence_events` holds the
    /// events of `m`'s sentence (or more); `resolved` the values of the phrases before `m`.
    fn day_of(
        &self,
        text: &str,
        seg: &Segmentation,
        sentence_events: &[Event],
        mentions: &[Mention],
        resolved: &[Option<TimeValue>],
        m: &Mention,
    ) -> Option<(Reference, Option<&'static str>)> {
        let by_verb = sentence_events.iter().find_map(|e| {
            let subject = happening_subject(text, seg, e, m)?;
            let naming = Naming::Verb {
                lemma: e.lemma.clone(),
                subject,
            };
            self.day_named(text, &naming, m.sentence, mentions, resolved)
        });
        if let Some(day) = by_verb {
            return Some((day, None));
        }
        let group = sentence_events
            .iter()
            .filter(|e| e.sentence == m.sentence && e.clause == m.clause)
            .find_map(|e| Naming::noun(text, e, true))?;
        self.day_named(text, &Naming::Noun(group), m.sentence, mentions, resolved)
            .map(|day| (day, Some(group)))
    }
}

/// Words of a killing: one crime story tells of one ("shot to death last Oct. 23 ... ten
/// days before the shooting ... the murder").
const KILLING: &[&str] = &[
    "kill",
    "killing",
    "murder",
    "slay",
    "slaying",
    "shoot",
    "shooting",
    "assassinate",
    "assassination",
];

/// "ten days before the shooting", "two weeks after the murder": a counted distance from the
/// killing, as the phrase counted from the time talked about ("ten days earlier").
fn killing_relative(text: &str, m: &Mention) -> Option<TimeExpr> {
    let TimeExpr::EventRelative {
        amount: amount @ Amount::Exact(_),
        unit,
        direction,
    } = m.expr
    else {
        return None;
    };
    let mut words = text[m.span.end..]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let mut noun = words.next()?.to_ascii_lowercase();
    if matches!(noun.as_str(), "the" | "his" | "her" | "their") {
        noun = words.next()?.to_ascii_lowercase();
    }
    (KILLING.contains(&noun.as_str()) && matches!(unit, Unit::Day | Unit::Week)).then_some(
        TimeExpr::Anaphoric {
            amount,
            unit,
            direction,
            stretch: false,
        },
    )
}

/// A clock time or a day of the month: the phrases that date a happening to a day, or take
/// their day from one told before (`resolve_mentions`), so their clause's verbs are read.
fn dates_a_happening(expr: &TimeExpr) -> bool {
    matches!(
        expr,
        TimeExpr::TimeOfDay { .. } | TimeExpr::Calendar { day: Some(_), .. }
    )
}

/// The subject of a happening told by a verb in the phrase's clause (`Some(None)` when the
/// clause gives none); `None` when the event is no such happening (a noun, a saying, a state).
fn happening_subject(
    text: &str,
    seg: &Segmentation,
    e: &Event,
    m: &Mention,
) -> Option<Option<String>> {
    (e.clause == m.clause && e.pos == EventPos::Verb && e.class == EventClass::Occurrence)
        .then(|| verb_subject(text, seg, e))
}

/// The subject of a verb, read plainly (the tense stage leaves `Event::who` empty): a
/// personal pronoun or a capitalised name right before it ("before he was shot", "Slepian
/// was shot"), or a name opening the sentence with an apposition between ("Slepian, 52, and
/// the father of four boys, was shot").
fn verb_subject(text: &str, seg: &Segmentation, e: &Event) -> Option<String> {
    let k = seg.token_at(e.trigger.start);
    let sentence = &seg.sentences[e.sentence];
    let start = sentence.tokens.start;
    let name = |j: usize| {
        let t = seg.tokens[j];
        (t.kind == segment::TokenKind::Word
            && text[t.span.start..t.span.end].starts_with(char::is_uppercase)
            && !matches!(
                seg.lower_of(t.span),
                "a" | "an" | "the" | "this" | "that" | "it" | "but" | "and" | "in" | "on" | "at"
            ))
        .then(|| seg.lower_of(t.span).to_string())
    };
    let before = k.checked_sub(1).filter(|&j| j >= start)?;
    let word = seg.lower_of(seg.tokens[before].span);
    if matches!(word, "he" | "she" | "they") {
        return Some(word.to_string());
    }
    if let Some(n) = name(before) {
        return Some(n);
    }
    (word == ","
        && seg
            .tokens
            .get(start + 1)
            .is_some_and(|t| seg.lower_of(t.span) == ","))
    .then(|| name(start))
    .flatten()
}

/// Two subjects that can name the same one: equal, or one a personal pronoun ("Slepian ...
/// before he was shot to death last Oct. 23"). Unstated subjects say nothing.
fn same_subject(a: Option<&str>, b: Option<&str>) -> bool {
    let pronoun = |w: &str| matches!(w, "he" | "she" | "they");
    match (a, b) {
        (Some(a), Some(b)) => a == b || pronoun(a) || pronoun(b),
        _ => false,
    }
}

/// True when the phrase follows "within" and no "of", "after" or "from" follows it: "will
/// release a report within 30 days", not "within 30 days of the crash".
/// "later this month" (after the publish day) or "earlier this week" (before it): "this
/// <unit>" after "later" or "earlier", with the side of the publish day it keeps and the note
/// that says so.
fn later_or_earlier_this(seg: &Segmentation, m: &Mention) -> Option<(Direction, &'static str)> {
    if !matches!(
        m.expr,
        TimeExpr::UnitShift {
            shift: Shift::This,
            ..
        }
    ) {
        return None;
    }
    let k = seg.token_at(m.span.start);
    let before = k
        .checked_sub(1)
        .filter(|&j| j >= seg.sentences[m.sentence].tokens.start)?;
    match seg.lower_of(seg.tokens[before].span) {
        "later" => Some((
            Direction::After,
            "later this <unit> → from the publish day to the unit's end",
        )),
        "earlier" => Some((
            Direction::Before,
            "earlier this <unit> → from the unit's start to the publish day",
        )),
        _ => None,
    }
}

fn within(seg: &Segmentation, m: &Mention) -> bool {
    let k = seg.token_at(m.span.start);
    let before = k
        .checked_sub(1)
        .filter(|&j| j >= seg.sentences[m.sentence].tokens.start)
        .is_some_and(|j| seg.lower_of(seg.tokens[j].span) == "within");
    let next = seg.token_at(m.span.end);
    let anchored = seg.tokens.get(next).is_some_and(|t| {
        t.span.start >= m.span.end && matches!(seg.lower_of(t.span), "of" | "after" | "from")
    });
    before && !anchored
}

/// Nouns of a quarter's results: "this quarter's loss".
const RESULTS_NOUNS: &[&str] = &[
    "loss", "losses", "profit", "profits", "earnings", "results", "net", "income", "sales",
    "revenue", "revenues", "figures",
];

/// "This quarter's loss", "this quarter's results": the quarter before its results.
fn this_quarters_results(text: &str, m: &Mention) -> bool {
    m.expr
        == (TimeExpr::UnitShift {
            shift: temporal::Shift::This,
            unit: temporal::lexicon::Unit::Quarter,
        })
        && text.get(m.span.end..).is_some_and(|after| {
            after.strip_prefix("'s ").is_some_and(|rest| {
                RESULTS_NOUNS.contains(&temporal::first_word_lower(rest).as_str())
            })
        })
}

/// "the quarter ended July 31": a quarter named by its last day is the calendar quarter that
/// holds most of its three months, the one of the day 45 days before its end (May to July is
/// `Q2`, as TimeBank wsj_0662 writes it; a 52-week year's "quarter ended Oct. 1" is `Q3`).
/// Only for an unnamed quarter ("the quarter", "the latest quarter"): "the fourth quarter
/// ended Sept. 30" names its own. The day after "ended" is read as the past, as its cue word
/// says.
fn quarter_ended(text: &str, mentions: &[Mention], k: usize, anchor: &Anchor) -> Option<TimeExpr> {
    let m = &mentions[k];
    if m.expr
        != (TimeExpr::TheUnit {
            unit: temporal::lexicon::Unit::Quarter,
        })
    {
        return None;
    }
    let next = mentions.get(k + 1)?;
    let between = text.get(m.span.end..next.span.start)?;
    if !matches!(between, " ended " | " ending ") {
        return None;
    }
    let day = Anchor {
        tense: Tense::Past,
        previous: None,
        ..anchor.clone()
    };
    let v = temporal::resolve(&next.expr, next.rule, &day).ok()?;
    let (earliest, latest) = (v.earliest?, v.latest?);
    if earliest.date() != latest.date() {
        return None;
    }
    let mid = earliest.date() - chrono::Duration::days(45);
    Some(TimeExpr::PartOfYear {
        year: Some(mid.year()),
        shift: temporal::Shift::Implicit,
        part: temporal::YearPart::Quarter((mid.month() - 1) / 3 + 1),
    })
}

/// A time phrase found and resolved by [`tag`]: the TIMEX3 a tagger writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tagged {
    /// Where the phrase is in [`Article::text`].
    pub span: Span,
    /// The grammar rule that recognised it.
    pub rule: &'static str,
    /// Its resolution, with the trace.
    pub value: TimeValue,
}

/// Recognises and resolves the time phrases of an article, without building events into a
/// timeline: segmentation, recognition, the clause tenses (from the event stage) and
/// resolution. Discourse markers and phrases that cannot be resolved are left out.
///
/// ```
/// use chrono::NaiveDate;
/// use tempora::{document::Article, pipeline::{tag, Options}};
/// let published = NaiveDate::from_ymd_opt(2019, 11, 10).unwrap();
/// let article = Article::from_body("d", "Police clashed on Friday.", published);
/// let found = tag(&article, &Options::default());
/// assert_eq!(found[0].value.value, "2019-11-08");
/// ```
pub fn tag(article: &Article, options: &Options) -> Vec<Tagged> {
    let text = article.text.as_str();
    let headline = (!article.title.is_empty()).then_some(article.title.as_str());
    let mut seg = segment::segment(text, article.body, headline);
    let mentions = temporal::recognize_in(text, &seg);
    let events = tense_events(text, &mut seg, &mentions);
    let mut diagnostics = Vec::new();
    let values = resolve_mentions(article, &seg, &mentions, &events, options, &mut diagnostics);
    mentions
        .iter()
        .zip(values)
        .filter_map(|(m, v)| {
            let value = v?;
            (m.expr.is_timex() && !definite_distance(text, m)).then_some(Tagged {
                span: timex_extent(text, m),
                rule: m.rule,
                value,
            })
        })
        .collect()
}

/// "the day after the crash": a distance from an event that the relation stage reads, but no
/// TIMEX3 of its own: the TempEval-3 training data annotate such a phrase with the date it
/// names when the text gives one (2 of 4; tempora gives the event that date instead) and leave
/// the others unannotated.
fn definite_distance(text: &str, m: &Mention) -> bool {
    matches!(m.expr, TimeExpr::EventRelative { .. })
        && text
            .get(m.span.start..m.span.start + 4)
            .is_some_and(|w| w.eq_ignore_ascii_case("the "))
}

/// The TIMEX3 extent of a phrase: its span, except that "two days after the vote" ends before
/// "after|before", which TimeML makes a SIGNAL (every such phrase of the TempEval-3 training
/// sets, 20 of 20, ends before it); the phrase keeps the word for the relation stage, which
/// reads its direction there.
fn timex_extent(text: &str, m: &Mention) -> Span {
    if !matches!(m.expr, TimeExpr::EventRelative { .. }) {
        return m.span;
    }
    let phrase = &text[m.span.start..m.span.end];
    match phrase.trim_end().rfind(char::is_whitespace) {
        Some(k) => Span {
            start: m.span.start,
            end: m.span.start + phrase[..k].trim_end().len(),
        },
        None => m.span,
    }
}

/// The verb events of the sentences whose time phrases need a tense to resolve, found by
/// the event stage on those sentences only, without places and summaries
/// (`event::extract_for_tenses`; resolution reads neither): tagging needs tenses, not a timeline, and most
/// sentences of a news text hold no weekday or partial date. A phrase whose cue word decides
/// its tense ("since October", "last Oct. 23", "Friday's vote": [`cue_decision`]) needs no
/// verb. The events of a sentence depend on that sentence alone, so those of the sentences
/// read are the ones the whole text would give. Event sentence indices are those of `seg`.
///
/// The subset keeps the whole text's lower-case copy, clauses and tokens, which sentences
/// index: they are moved out of `seg` for the event stage and back, not copied (a copy of
/// each cost about 1 % of tagging; issue 3).
fn tense_events(text: &str, seg: &mut Segmentation, mentions: &[Mention]) -> Vec<Event> {
    let mut needed: Vec<usize> = mentions
        .iter()
        .filter(|m| {
            (m.expr.depends_on_tense() && !matches!(cue_decision(text, m), Cue::Decided(_)))
                || dates_a_happening(&m.expr)
        })
        .map(|m| m.sentence)
        .collect();
    needed.dedup();
    if needed.is_empty() {
        return Vec::new();
    }
    if needed.len() == seg.sentences.len() {
        return event::extract_for_tenses(text, seg, mentions);
    }
    let sub = Segmentation {
        lower: std::mem::take(&mut seg.lower),
        paragraphs: Vec::new(),
        sentences: needed.iter().map(|&i| seg.sentences[i].clone()).collect(),
        clauses: std::mem::take(&mut seg.clauses),
        tokens: std::mem::take(&mut seg.tokens),
        skipped: Vec::new(),
        upper_at: std::mem::take(&mut seg.upper_at),
    };
    let sub_mentions: Vec<Mention> = mentions
        .iter()
        .filter_map(|m| {
            let k = needed.binary_search(&m.sentence).ok()?;
            Some(Mention {
                sentence: k,
                ..m.clone()
            })
        })
        .collect();
    let mut events = event::extract_for_tenses(text, &sub, &sub_mentions);
    seg.lower = sub.lower;
    seg.clauses = sub.clauses;
    seg.tokens = sub.tokens;
    seg.upper_at = sub.upper_at;
    for e in &mut events {
        e.sentence = needed[e.sentence];
    }
    events
}

/// Tags `text` (all of it body, no header or headline) as written on `dct`, in the form the
/// TempEval-3 scorer takes: [`crate::eval::evaluate_timex`] calls this on each gold document.
///
/// ```
/// use chrono::NaiveDate;
/// let dct = NaiveDate::from_ymd_opt(1998, 1, 8).unwrap();
/// let found = tempora::pipeline::tag_timexes("Sales rose yesterday.", dct);
/// assert_eq!(found[0].value, "1998-01-07");
/// ```
pub fn tag_timexes(text: &str, dct: NaiveDate) -> Vec<SystemTimex> {
    tag_timexes_with(text, dct, &Options::default())
}

/// [`tag_timexes`] with a resolution profile: [`Profile::Narrative`] for histories (WikiWars),
/// where the time last talked about anchors partial dates and weekdays.
pub fn tag_timexes_with(text: &str, dct: NaiveDate, options: &Options) -> Vec<SystemTimex> {
    let article = Article::from_body("", text, dct);
    tag(&article, options)
        .into_iter()
        .map(|t| SystemTimex {
            span: t.span,
            kind: timex_kind(t.value.kind),
            value: t.value.value,
            modifier: t.value.modifier.map(modifier_name),
        })
        .collect()
}

/// The TimeML `type` of a resolved time.
pub fn timex_kind(kind: TimexType) -> TimexKind {
    match kind {
        TimexType::Date => TimexKind::Date,
        TimexType::Time => TimexKind::Time,
        TimexType::Duration => TimexKind::Duration,
        TimexType::Set => TimexKind::Set,
    }
}

/// The TimeML `mod` attribute of a modifier (`START`, `APPROX`, ...).
pub fn modifier_name(m: Modifier) -> String {
    m.as_str().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str, published: (i32, u32, u32)) -> Vec<String> {
        let (y, m, d) = published;
        let dct = NaiveDate::from_ymd_opt(y, m, d).unwrap();
        tag_timexes(text, dct)
            .into_iter()
            .map(|t| t.value)
            .collect()
    }

    #[test]
    fn a_phrase_right_after_a_reporting_verb_dates_the_reporting() {
        // AQUAINT APW20000216.0193: "cannot return" after the phrase is what is argued.
        assert_eq!(
            values(
                "Lawyers for the relatives in Miami filed a brief in federal court on Monday \
                 arguing the Immigration and Naturalization Service cannot return Elian to Cuba \
                 without holding a hearing.",
                (2000, 2, 16)
            ),
            ["2000-02-14"]
        );
        // A verb between the reporting and the phrase still decides.
        assert_eq!(
            values(
                "He told reporters the talks will resume on Monday.",
                (2000, 2, 16)
            ),
            ["2000-02-21"]
        );
        // So does an auxiliary of one the event stage left out: no tense is read from "said".
        let text = "Officials said the plant will reopen on Monday.";
        let dct = NaiveDate::from_ymd_opt(2000, 2, 16).unwrap();
        let article = Article::from_body("t", text, dct);
        let a = analyze(&article, &Options::default());
        let v = a.values[0].as_ref().expect("Monday resolves");
        assert_eq!(v.trace.tense, Tense::None, "{}", v.trace.resolution);
    }

    #[test]
    fn cue_words_point_partial_dates() {
        // Past clause, but a payment date lies ahead.
        assert_eq!(
            values(
                "Directors authorized a split, payable Dec. 7 to holders.",
                (1989, 10, 27)
            ),
            ["1989-12-07"]
        );
        // No tense to go by; "ended" looks back.
        assert_eq!(
            values(
                "In the fiscal year ended Jan. 31, sales rose.",
                (1989, 10, 31)
            ),
            ["P1Y", "1989-01-31"]
        );
        // "since" looks back even past the nearer reading.
        assert_eq!(
            values(
                "Police have searched for him since the Oct. 23 slaying.",
                (1999, 5, 6)
            ),
            ["1998-10-23"]
        );
        // "last Oct. 23" is that date in the past, whatever the clause says.
        assert_eq!(
            values(
                "He is charged in the slaying last Oct. 23 at his home.",
                (1999, 4, 19)
            ),
            ["1998-10-23"]
        );
        // A deadline looks forward ...
        assert_eq!(
            values(
                "Qantas will almost double its flights by August.",
                (1998, 2, 13)
            ),
            ["1998-08"]
        );
        // ... unless its clause is in the past tense.
        assert_eq!(
            values(
                "Thirty members had filed reports by Wednesday.",
                (1990, 8, 16)
            ),
            ["1990-08-15"]
        );
    }

    #[test]
    fn a_weekday_a_thing_is_arranged_for_lies_ahead() {
        // Published on Wednesday 2025-06-11. Present, present perfect and a lone simple past
        // of arranging look ahead to the coming day ...
        let wednesday = (2025, 6, 11);
        assert_eq!(
            values("Talks are scheduled for Friday.", wednesday),
            ["2025-06-13"]
        );
        assert_eq!(
            values("The union has called a strike for Monday.", wednesday),
            ["2025-06-16"]
        );
        assert_eq!(
            values(
                "Protesters planned a demonstration for Saturday.",
                wednesday
            ),
            ["2025-06-14"]
        );
        // ... but not when another past verb tells what already happened, nor after a past
        // perfect, nor without "for" ...
        assert_eq!(
            values(
                "The protest, planned for Saturday, drew 5,000 people.",
                wednesday
            ),
            ["2025-06-07"]
        );
        assert_eq!(
            values("The hearing had been scheduled for Monday.", wednesday),
            ["2025-06-09"]
        );
        assert_eq!(
            values("Protesters gathered for Saturday prayers.", wednesday),
            ["2025-06-07"]
        );
        // ... nor after a verb that arranges nothing ("left for").
        assert_eq!(
            values("The minister left for Paris on Saturday.", wednesday),
            ["2025-06-07"]
        );
    }

    #[test]
    fn a_weekday_after_until_is_a_deadline_ahead() {
        // Past verbs, but the deadline lies ahead of the publish date (a Thursday) ...
        assert_eq!(
            values(
                "Officials postponed until Tuesday morning any action on the permit.",
                (2000, 3, 30)
            ),
            ["2000-04-04TMO"]
        );
        assert_eq!(
            values(
                "The agency gave the relatives until 9 a.m. Tuesday to sign.",
                (2000, 4, 3)
            ),
            ["2000-04-04T09:00"]
        );
        // ... unless a past perfect tells of a day gone by ...
        assert_eq!(
            values(
                "Until Thursday, they had not called him a suspect.",
                (1999, 5, 7)
            ),
            ["1999-05-06"]
        );
        // ... while "by" keeps a past clause's reading.
        assert_eq!(
            values("They had postponed the talks by Tuesday.", (2000, 3, 30)),
            ["2000-03-28"]
        );
    }

    #[test]
    fn planned_events_look_forward() {
        // An infinitive of a scheduled event: the weekday lies ahead.
        assert_eq!(
            values(
                "The acquisition is scheduled to close Monday.",
                (1989, 11, 2)
            ),
            ["1989-11-06"]
        );
        // "Will ... Thursday" written on a Thursday is that day.
        assert_eq!(
            values("The court will rule Thursday.", (1999, 5, 6)),
            ["1999-05-06"]
        );
    }

    #[test]
    fn future_in_the_past_looks_forward() {
        // A likely or planned act, and "be to": the weekday lies ahead although the clause
        // around is past (Thursday 1989-11-02; Friday 1989-10-27).
        assert_eq!(
            values(
                "The chairman had suggested that institutions were likely to buy its stock \
                 as soon as trading opened Monday.",
                (1989, 11, 2)
            ),
            ["1989-11-06"]
        );
        assert_eq!(
            values(
                "The shares, which are traded in London, are to resume trading in Paris Tuesday.",
                (1989, 10, 27)
            ),
            ["1989-10-31"]
        );
        // "will succeed" is a future verb group, not a past form in -ed.
        assert_eq!(
            values(
                "Mr. Schwarz will succeed Mr. Davison Feb. 1.",
                (1989, 10, 30)
            ),
            ["1990-02-01"]
        );
        // A copula clause of its own: "will be free" decides, not "were priced".
        assert_eq!(
            values(
                "The bumpers were priced at $29 before, but will be free until September 30.",
                (2010, 7, 16)
            ),
            ["2010-09-30"]
        );
        // Negative: a past temporal clause under a past main verb stays past ...
        assert_eq!(
            values(
                "The funds bought the shares as soon as trading opened Monday.",
                (1989, 11, 2)
            ),
            ["1989-10-30"]
        );
        // ... a plan overtaken in the past perfect is gone ...
        assert_eq!(
            values("The offer had been due to expire Monday.", (1989, 11, 2)),
            ["1989-10-30"]
        );
        // ... and a copula in the past leaves the sentence's tense to decide.
        assert_eq!(
            values(
                "The bumpers were priced at $29, but were free on Monday.",
                (1989, 11, 2)
            ),
            ["1989-10-30"]
        );
    }

    #[test]
    fn comparisons_look_back_from_the_reported_quarter() {
        // A second quarter mentioned in passing does not become what "a year ago" compares.
        assert_eq!(
            values(
                "Net rose in the third quarter. After a flat second quarter, sales rose. \
                 Charges were taken in the year-earlier period, and rates were lower than a \
                 year ago.",
                (1989, 11, 1)
            ),
            ["1989-Q3", "1989-Q2", "1988-Q3", "1988-Q3"]
        );
        // A quarter of an old year is no report's subject.
        assert_eq!(
            values(
                "In the third quarter of 1984 it lost money. It earned $5 million in the \
                 second quarter, up from a year ago.",
                (1989, 11, 1)
            ),
            ["1984-Q3", "1989-Q2", "1988-Q2"]
        );
    }

    #[test]
    fn a_clock_time_of_a_happening_told_before_is_on_its_day() {
        // NYT19990419.0515: the shooting was dated "last Oct. 23" earlier in the story; the
        // same verb told of the same man dates "10 p.m." to that day, not to the day last
        // talked about (here the publish day, "Monday").
        let text = "Slepian was a doctor before he was shot to death last Oct. 23 at his \
                    home. Clark spoke Monday. Slepian, 52, and the father of four boys, was \
                    shot to death at 10 p.m. as he stood in his kitchen.";
        assert_eq!(
            values(text, (1999, 4, 19)),
            ["1998-10-23", "1999-04-19", "1998-10-23T22:00"]
        );
        // Another verb, or a subject that cannot be the same one, says nothing: the clock
        // time stays on the day last talked about.
        let other_verb = "He was shot last Oct. 23. Clark spoke Monday. A car was seen at 6 a.m.";
        assert_eq!(
            values(other_verb, (1999, 4, 19)),
            ["1998-10-23", "1999-04-19", "1999-04-19T06:00"]
        );
        let other_subject =
            "An alarm was sounded on Oct. 23. Clark spoke Monday. The siren was sounded at 3 a.m.";
        assert_eq!(
            values(other_subject, (1999, 4, 19)),
            ["1998-10-23", "1999-04-19", "1999-04-19T03:00"]
        );
    }

    fn verb(lemma: &str, subject: Option<&str>) -> Naming {
        Naming::Verb {
            lemma: lemma.to_string(),
            subject: subject.map(str::to_string),
        }
    }

    #[test]
    fn a_happening_is_named_again_by_its_verb_and_subject_or_by_its_noun_group() {
        let shot = verb("shoot", Some("slepian"));
        assert!(shot.named_again_by(&verb("shoot", Some("slepian"))));
        assert!(shot.named_again_by(&verb("shoot", Some("he"))));
        assert!(verb("shoot", Some("he")).named_again_by(&verb("shoot", Some("slepian"))));
        assert!(!shot.named_again_by(&verb("shoot", Some("clark"))));
        assert!(!shot.named_again_by(&verb("see", Some("slepian"))));
        // An unstated subject says nothing.
        assert!(!verb("shoot", None).named_again_by(&verb("shoot", None)));
        assert!(!shot.named_again_by(&verb("shoot", None)));
        let quake = Naming::Noun("earthquake");
        assert!(quake.named_again_by(&Naming::Noun("earthquake")));
        assert!(!quake.named_again_by(&Naming::Noun("fire")));
        // A verb and a noun never name each other.
        assert!(!quake.named_again_by(&verb("earthquake", Some("slepian"))));
        assert!(!verb("earthquake", Some("slepian")).named_again_by(&quake));
    }

    #[test]
    fn the_latest_happening_named_again_gives_its_day() {
        let day = |d: u32| {
            let date = NaiveDate::from_ymd_opt(1998, 10, d).unwrap();
            Reference {
                value: date.to_string(),
                phrase: format!("Oct. {d}"),
                earliest: temporal::day_start(date),
                latest: temporal::day_end(date),
            }
        };
        let value = |table: &Happenings, naming: &Naming, sentence: usize| {
            table
                .day_named("", naming, sentence, &[], &[])
                .map(|r| r.value)
        };
        let mut table = Happenings(Vec::new());
        table.date(verb("shoot", Some("he")), 0, day(23));
        table.date(verb("see", Some("slepian")), 1, day(24));
        table.date(verb("shoot", Some("slepian")), 2, day(25));
        table.date(verb("shoot", Some("clark")), 3, day(26));
        // The latest that can be the same one, of any sentence so far, even the asking one.
        assert_eq!(
            value(&table, &verb("shoot", Some("slepian")), 2).as_deref(),
            Some("1998-10-25")
        );
        assert_eq!(
            value(&table, &verb("see", Some("he")), 5).as_deref(),
            Some("1998-10-24")
        );
        assert_eq!(value(&table, &verb("fire", Some("he")), 5), None);
        // A noun's happening is read from its clause, and only from an earlier sentence: the
        // quake of sentence 1 has no phrase here, so no day; its own sentence asks in vain.
        table.0.push(Told {
            naming: Naming::Noun("earthquake"),
            sentence: 1,
            day: HappeningDay::Clause(1, 0),
        });
        assert_eq!(value(&table, &Naming::Noun("earthquake"), 1), None);
        assert_eq!(value(&table, &Naming::Noun("earthquake"), 4), None);
        // The noun's entry, told last, does not hide the verbs' days.
        assert_eq!(
            value(&table, &verb("shoot", Some("he")), 4).as_deref(),
            Some("1998-10-26")
        );
    }

    #[test]
    fn a_clock_time_of_a_quake_named_again_is_on_the_quake_s_day() {
        // Read with the event stage's subjects (`analyze`; `tag` reads none).
        let analyzed = |text: &str| {
            let article =
                Article::from_body("", text, NaiveDate::from_ymd_opt(2023, 2, 10).unwrap());
            analyze(&article, &Options::default()).values
        };
        let text = "An earthquake struck southern Turkey early Wednesday. The toll rose to 212 \
                    on Friday. The quake hit at 4:17 a.m.";
        let found = analyzed(text);
        let values: Vec<&str> = found.iter().flatten().map(|v| v.value.as_str()).collect();
        assert_eq!(values, ["2023-02-08", "2023-02-10", "2023-02-08T04:17"]);
        let note = found[2]
            .as_ref()
            .and_then(|v| v.trace.assumption.as_deref())
            .unwrap_or_default();
        assert!(
            note.contains("on the day of the earthquake told before"),
            "{note}"
        );
        // "Another quake" is a new one: on the day last talked about, with no such note.
        let another = analyzed(&text.replace("The quake hit", "Another quake hit"));
        let values: Vec<&str> = another.iter().flatten().map(|v| v.value.as_str()).collect();
        assert_eq!(values, ["2023-02-08", "2023-02-10", "2023-02-10T04:17"]);
        assert!(another[2]
            .as_ref()
            .and_then(|v| v.trace.assumption.as_deref())
            .is_none_or(|a| !a.contains("told before")));
    }

    #[test]
    fn a_distance_from_a_dated_killing_is_a_day() {
        // NYT19990505.0443: the killing is dated "on the night of Oct. 23"; "10 days before
        // the murder" is Oct. 13, and the clock time of its clause is on that day (it was on
        // April 8, the last day talked about, and a length of ten days).
        let text = "The doctor was shot to death on the night of Oct. 23 in his home. On \
                    April 8, investigators found a rifle. A jogger observed the car at 6 a.m. \
                    near the home 10 days before the murder.";
        assert_eq!(
            values(text, (1999, 5, 5)),
            ["1998-10-23", "1999-04-08", "1998-10-13T06:00", "1998-10-13"]
        );
        // Without a dated killing, or from another event, the distance stays a length.
        let undated =
            "A jogger observed the car at 6 a.m. near the home 10 days before the murder.";
        assert_eq!(values(undated, (1999, 5, 5)), ["1999-05-05T06:00", "P10D"]);
        let vote = "He was shot to death on Oct. 23. Two days before the vote, he spoke.";
        assert_eq!(values(vote, (1999, 5, 5)), ["1998-10-23", "P2D"]);
    }

    #[test]
    fn the_same_day_as_a_month_is_some_day_of_it() {
        // APW19990206.0090: after "last October", "that same day" is a day of that October
        // (the gold's 1998-10-XX), not its first; after a year, a day of that year.
        assert_eq!(
            values(
                "A doctor was killed last October. His name was crossed out that same day.",
                (1999, 2, 6)
            ),
            ["1998-10", "1998-10-XX"]
        );
        assert_eq!(
            values(
                "The firm was founded in 1987. It hired ten people that day.",
                (1999, 2, 6)
            ),
            ["1987", "1987-XX-XX"]
        );
    }

    #[test]
    fn a_phrase_that_names_a_quarter_stays_a_quarter_after_a_year() {
        // wsj_0585: "it reported last year" is a year, but "the 1988 quarter" names a
        // quarter: the reported one, in 1988 (the gold's 1988-Q3), not the whole year.
        assert_eq!(
            values(
                "Kirschner reported third-quarter net of 10 cents, lower than the 16 cents it \
                 reported last year. It earned $376,000 in the 1988 quarter. Sales for last \
                 year's quarter were $3 million.",
                (1989, 10, 30)
            ),
            ["1989-Q3", "1988", "1988-Q3", "1988-Q3"]
        );
    }

    #[test]
    fn comparisons_after_a_stretch_of_months_are_years() {
        // Right after "the nine months" a comparison is the year before; after a quarter it
        // stays the quarter.
        assert_eq!(
            values(
                "Net rose in the third quarter from a year ago. For the nine months, net fell \
                 from a year earlier. In the third quarter, sales rose from a year ago.",
                (1989, 11, 1)
            ),
            ["1989-Q3", "1988-Q3", "P9M", "1988", "1989-Q3", "1988-Q3"]
        );
    }

    #[test]
    fn the_latest_quarter_is_a_closed_one() {
        // The fourth quarter is still open on Nov. 2: "the latest quarter" is the third.
        assert_eq!(
            values(
                "The quake will cause a fourth-quarter charge. Earnings fell in the latest quarter.",
                (1989, 11, 2)
            ),
            ["1989-Q4", "1989-Q3"]
        );
    }

    #[test]
    fn a_cue_word_reaches_over_the_article() {
        // "since the Oct. 23 slaying" looks back, as "since Oct. 23" does (AQUAINT
        // APW19990506.0155, written on Thursday 1999-05-06) ...
        for text in [
            "Investigators have been searching for Kopp since the Oct. 23 slaying.",
            "Investigators have been searching for Kopp since shortly after the Oct. 23 slaying.",
        ] {
            assert_eq!(values(text, (1999, 5, 6)), ["1998-10-23"], "{text}");
        }
        // Other words before "the" cue nothing: the clause decides.
        assert_eq!(
            values(
                "Investigators searched for him after the Oct. 23 slaying.",
                (1999, 5, 6)
            ),
            ["1998-10-23"]
        );
    }

    #[test]
    fn a_weekday_that_owns_a_happening_is_the_nearest() {
        // Friday 2000-01-07: "Wednesday's ruling" was two days before, although "would look"
        // looks forward (AQUAINT APW20000107.0088) ...
        assert_eq!(
            values(
                "Relatives said they would look for ways to get around Wednesday's ruling.",
                (2000, 1, 7)
            ),
            ["2000-01-05"]
        );
        // ... "Friday's edition" written on a Friday is that day's ...
        assert_eq!(
            values(
                "The editorial will run on the front of Friday's edition.",
                (2000, 1, 7)
            ),
            ["2000-01-07"]
        );
        // ... and "Sunday's race" written on a Saturday is the next day's, whatever the
        // verb (silver sample, 1997-04-12).
        assert_eq!(
            values(
                "Up to 27,000 runners took part in training for Sunday's race.",
                (1997, 4, 12)
            ),
            ["1997-04-13"]
        );
        // Negative: a closing quotation mark is no possessive, and without the possessive the
        // future verb decides.
        assert_eq!(
            values(
                "Relatives said they 'will appeal on Wednesday'.",
                (2000, 1, 7)
            ),
            ["2000-01-12"]
        );
        assert_eq!(
            values("Relatives will appeal on Wednesday.", (2000, 1, 7)),
            ["2000-01-12"]
        );
    }

    #[test]
    fn a_phrase_in_what_is_arranged_takes_the_nearer_day() {
        // Wednesday 1999-05-05: the news conference scheduled is the next day's (AQUAINT
        // NYT19990505.0443); the past tense of "scheduled" is that of the arranging.
        assert_eq!(
            values(
                "The mayor scheduled a news conference Thursday.",
                (1999, 5, 5)
            ),
            ["1999-05-06"]
        );
        // Sunday 1999-10-24: the vigil planned for Saturday was the day before.
        assert_eq!(
            values(
                "A vigil was planned at the University of Rochester for Saturday.",
                (1999, 10, 24)
            ),
            ["1999-10-23"]
        );
        // Negative: a phrase before the verb of arranging dates the arranging.
        assert_eq!(
            values(
                "On Thursday the mayor scheduled a news conference.",
                (1999, 5, 5)
            ),
            ["1999-04-29"]
        );
    }

    #[test]
    fn a_quarter_named_by_its_last_day_is_the_quarter_of_most_of_its_months() {
        // TimeBank wsj_0662: May to July is mostly the second calendar quarter.
        assert_eq!(
            values(
                "In the quarter ended July 31, Jayark had 5.6 million shares outstanding.",
                (1989, 11, 2)
            ),
            ["1989-Q2", "1989-07-31"]
        );
        // A 52-week year's quarter ending on Oct. 1 is July to September.
        assert_eq!(
            values(
                "In the quarter ended Oct. 1, the company earned $3 million.",
                (1989, 11, 2)
            ),
            ["1989-Q3", "1989-10-01"]
        );
        // A named quarter keeps its name.
        assert_eq!(
            values(
                "For the fiscal first quarter ended Sept. 30, it earned $3 million.",
                (1989, 11, 2)
            )[0],
            "1989-Q1"
        );
    }

    #[test]
    fn this_quarters_results_are_the_reported_quarters() {
        // TimeBank wsj_0344, published in November.
        assert_eq!(
            values(
                "It reported a net loss for the third quarter ended Sept. 30. This quarter's \
                 loss includes pretax charges of $4.9 million.",
                (1989, 11, 6)
            ),
            ["1989-Q3", "1989-09-30", "1989-Q3"]
        );
        // With no quarter reported, it is the quarter under way.
        assert_eq!(
            values(
                "Analysts said this quarter's results will suffer from the strike.",
                (1989, 11, 6)
            ),
            ["1989-Q4"]
        );
    }

    #[test]
    fn a_month_that_modifies_a_noun_is_placed_by_finite_verbs() {
        // TimeBank wsj_0736: "to sell" is planned, the June agreement is not.
        assert_eq!(
            values(
                "Poughkeepsie said it is continuing to try to sell itself, under a June \
                 agreement with a dissident-shareholder group.",
                (1989, 11, 2)
            ),
            ["1989-06"]
        );
        // A future clause still looks ahead.
        assert_eq!(
            values(
                "The company will sign a March agreement with its lenders.",
                (1989, 11, 2)
            ),
            ["1990-03"]
        );
    }

    #[test]
    fn a_past_participle_before_a_phrase_dates_a_done_thing() {
        // TimeBank wsj_0810: the shares were issued; "will receive" is about the dividend.
        assert_eq!(
            values(
                "Paribas will offer 1,800 francs each for a block of shares issued July 1, \
                 which will receive only partial dividends.",
                (1989, 11, 2)
            )[0],
            "1989-07-01"
        );
        // Not after an auxiliary ("will be released"), nor a participle that looks ahead.
        assert_eq!(
            values("The figures will be released July 1.", (1989, 11, 2)),
            ["1990-07-01"]
        );
        // A verb the event stage found keeps its reading (TimeBank wsj_0340: the trading
        // opens after the publish date, under "were likely to buy").
        assert_eq!(
            values(
                "The chairman had suggested that friendly institutions were likely to buy its \
                 stock as soon as trading opened Monday.",
                (1989, 11, 1)
            ),
            ["1989-11-06"]
        );
    }

    #[test]
    fn a_signal_word_stays_outside_the_timex() {
        // TimeML: "<TIMEX3>two days</TIMEX3> <SIGNAL>after</SIGNAL> the vote".
        let text = "The strike began two days after the vote and hours before the deadline.";
        let dct = NaiveDate::from_ymd_opt(2019, 11, 10).unwrap();
        let extents: Vec<&str> = tag_timexes(text, dct)
            .iter()
            .map(|t| &text[t.span.start..t.span.end])
            .collect();
        assert_eq!(extents, ["two days", "hours"]);
    }
}
