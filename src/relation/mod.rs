//! Relations: what the text says about the order of events and times, sieve by sieve.
//!
//! Sieves run most precise first, and each relation keeps its sieve, its rule, its evidence
//! span and so its strength. The graph stage adds them in this order, so that a weaker
//! relation which contradicts a stronger one is the one dropped.
//!
//! 1. **time anchor**: an event in its dated phrase ("became defiant on Friday", "the
//!    October 20 elections", "the previous three nights, when the two sides clashed"), or
//!    placed against it as the preposition says ("failed before 1990", "has lived there since
//!    2006", "ruled from 1991 to 1996");
//! 2. **connective**: "hours after the incident", "after the opposition alleged",
//!    "following the mutiny", a participle beside its main clause;
//! 3. **reported speech**: what is alleged, denied or said started before the saying; what is
//!    said to come ("says it will not accept") after it;
//! 4. **discourse**: "Later," places its sentence after the one before, "and then|later"
//!    a coordinated verb after the one before it;
//! 5. **tense and aspect**: a past perfect before the simple past that governs it;
//! 6. **publish date**: past before it, present overlapping it, future after it;
//! 7. **classifier**: a trained pair classifier for the orders readers infer from narrative
//!    and tense ([`classifier`]), the weakest of all.
//!
//! The stage neither resolves times nor adds anything to the graph.

use chrono::NaiveDateTime;
use serde::Serialize;

pub mod classifier;
pub mod net;

use crate::event::{Aspect, Event, EventClass, EventPos, Status};
use crate::segment::{ClauseKind, Segmentation};
use crate::temporal::lexicon::Unit;
use crate::temporal::{
    grammar, Amount, Direction, Granularity, Mention, Modifier, Offset, Tense, TimeExpr, TimeValue,
    TimexType,
};
use crate::Span;

/// One side of a relation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Node {
    /// An event, by index.
    Event(usize),
    /// A time mention, by index.
    Time(usize),
    /// The publish date (the whole day).
    Published,
}

/// What a relation says about its two sides, A (`source`) and B (`target`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RelationKind {
    /// A ends before B starts.
    Before,
    /// A lies inside B.
    During,
    /// A and B share some time.
    Overlaps,
    /// A starts no later than B starts.
    StartsBefore,
    /// A ends no later than B ends.
    EndsBefore,
    /// A starts no earlier than B starts.
    StartsAfterStart,
    /// A starts no later than B ends.
    StartsBeforeEnd,
    /// A and B start together and end together.
    Simultaneous,
}

/// The sieve a relation came from, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Sieve {
    /// An event in a dated phrase.
    TimeAnchor,
    /// "after", "hours after", "following", participles.
    Connective,
    /// The reported event and the reporting.
    ReportedSpeech,
    /// "Later,", "Then,".
    Discourse,
    /// Past perfect and the simple past around it.
    TenseAspect,
    /// Tense against the publish date.
    PublishDate,
    /// The trained pair classifier (inferred, the weakest).
    Classifier,
}

/// A relation between two events or an event and a time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Relation {
    /// A.
    pub source: Node,
    /// What A is to B.
    pub kind: RelationKind,
    /// B.
    pub target: Node,
    /// The sieve it came from.
    pub sieve: Sieve,
    /// The rule, in words.
    pub rule: &'static str,
    /// The text that says so (a phrase or a sentence).
    pub evidence: Span,
    /// A metric distance from the end of A to the start of B, for "hours after".
    pub offset: Option<Offset>,
}

/// Everything the relation stage needs.
pub struct Input<'a> {
    /// The source text.
    pub text: &'a str,
    /// Its segmentation.
    pub seg: &'a Segmentation,
    /// Time mentions.
    pub mentions: &'a [Mention],
    /// Their resolution (None when it failed or is not a time).
    pub values: &'a [Option<TimeValue>],
    /// Events.
    pub events: &'a [Event],
    /// The publish date (the classifier reads times against it), when known.
    pub published: Option<chrono::NaiveDate>,
}

/// A problem the stage found, with the span it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Where.
    pub span: Span,
    /// What.
    pub message: String,
}

/// Runs the sieves that read what the text marks (1 to 6), strongest first.
pub fn relate(input: &Input) -> (Vec<Relation>, Vec<Finding>) {
    relate_with(input, None)
}

/// Runs every sieve, strongest first, and the pair classifier last with `model` when given.
pub fn relate_with(
    input: &Input,
    model: Option<&classifier::PairModel>,
) -> (Vec<Relation>, Vec<Finding>) {
    let mut out = Vec::new();
    let mut findings = Vec::new();
    time_anchor(input, &mut out);
    connectives(input, &mut out);
    reported_speech(input, &mut out);
    discourse(input, &mut out, &mut findings);
    tense_aspect(input, &mut out);
    publish_date(input, &mut out);
    if let Some(model) = model {
        classifier::classify(input, model, &mut out);
    }
    (out, findings)
}

fn rel(
    source: Node,
    kind: RelationKind,
    target: Node,
    sieve: Sieve,
    rule: &'static str,
    evidence: Span,
) -> Relation {
    Relation {
        source,
        kind,
        target,
        sieve,
        rule,
        evidence,
        offset: None,
    }
}

fn verbal(e: &Event) -> bool {
    e.pos == EventPos::Verb
}

/// A finite verb: a verb event with a tense (not an infinitive or a participle).
fn finite(e: &Event) -> bool {
    verbal(e) && e.tense != Tense::None
}

/// The indices of the events of sentence `s` (events come in text order, so a binary search
/// finds them: no sieve scans the whole article for one sentence).
fn in_sentence(input: &Input, s: usize) -> std::ops::Range<usize> {
    let start = input.events.partition_point(|e| e.sentence < s);
    let end = input.events.partition_point(|e| e.sentence <= s);
    start..end
}

/// The indices of the time phrases of clause `c`: mentions come in text order, so in clause
/// order, and a clause's are one run.
fn clause_mentions(input: &Input, c: usize) -> std::ops::Range<usize> {
    let start = input.mentions.partition_point(|t| t.clause < c);
    let end = input.mentions.partition_point(|t| t.clause <= c);
    start..end
}

/// The indices of the time phrases of sentence `s`, as [`clause_mentions`].
fn sentence_mentions(input: &Input, s: usize) -> std::ops::Range<usize> {
    let start = input.mentions.partition_point(|t| t.sentence < s);
    let end = input.mentions.partition_point(|t| t.sentence <= s);
    start..end
}

/// How the words before a time phrase place an event against it ("before 1990", "since
/// 2006", "from 1991 to 1996"). Anything else, "in", "on", "during" or no preposition at all,
/// places the event within the time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lead {
    /// "in 2006", "on Friday", "during the night": within the time.
    Within,
    /// "before 1990", "prior to", "ahead of", "earlier than": ends before the time starts.
    Before,
    /// "after 1995", "later than": starts after the time ends.
    After,
    /// "since 2006": starts within the time.
    Since,
    /// "until 1994", "till", "through": over by the end of the time (no more: "remain until
    /// January" may end sooner, and says nothing of when it started).
    Until,
    /// "until at least March 24", "at least until March 24": goes on to the end of the time
    /// or longer, having started by then.
    AtLeastUntil,
    /// "by 2001": over by the end of the time.
    By,
    /// "by Friday at the earliest", "Friday at the earliest", "starting Monday", "beginning
    /// next week": starts no sooner than the time.
    NotBefore,
    /// "as of Friday": goes on at the time.
    AsOf,
    /// "from": the start of a range ("from 1991 to 1996": within the span the two bound);
    /// alone, it says nothing sure ("a report from Monday").
    From,
    /// "between": the start of a range ("between 1991 and 1996").
    Between,
    /// "shortly before 6 p.m.", "just before", "right before", "immediately before": ends
    /// before the time starts, within an hour of it when the time is a time of day.
    ShortlyBefore,
    /// "shortly after 6 p.m.", "just after", "right after", "immediately after": starts after
    /// the time ends, within an hour of it when the time is a time of day.
    ShortlyAfter,
    /// ", the last at 9:52 p.m.": an appositive naming the last of what the verb tells
    /// ("The others followed over the next four hours, the last at 9:52 p.m."): the event ends
    /// within the time.
    EndsWithin,
    /// ", the first on Monday": the event starts within the time.
    StartsWithin,
    /// "to", "and", "up to" alone: nothing sure ("moved to Friday").
    Nothing,
}

/// The lead words, one word or two, lower case.
const LEADS: &[(&str, Lead)] = &[
    ("shortly before", Lead::ShortlyBefore),
    ("just before", Lead::ShortlyBefore),
    ("right before", Lead::ShortlyBefore),
    ("immediately before", Lead::ShortlyBefore),
    ("shortly after", Lead::ShortlyAfter),
    ("just after", Lead::ShortlyAfter),
    ("right after", Lead::ShortlyAfter),
    ("immediately after", Lead::ShortlyAfter),
    ("prior to", Lead::Before),
    ("ahead of", Lead::Before),
    ("earlier than", Lead::Before),
    ("later than", Lead::After),
    ("as of", Lead::AsOf),
    ("up to", Lead::Nothing),
    ("before", Lead::Before),
    ("after", Lead::After),
    ("since", Lead::Since),
    ("until", Lead::Until),
    ("till", Lead::Until),
    ("through", Lead::Until),
    ("thru", Lead::Until),
    ("by", Lead::By),
    ("starting", Lead::NotBefore),
    ("beginning", Lead::NotBefore),
    ("from", Lead::From),
    ("between", Lead::Between),
    ("to", Lead::Nothing),
    ("and", Lead::Nothing),
];

/// Whether an event's head word is one of the
/// [`RESCHEDULING`](crate::event::lexicon::RESCHEDULING) verbs: their directed leads place
/// nothing of their own event.
fn reschedules(input: &Input, e: &Event) -> bool {
    let head = e.head.slice(&input.seg.lower).unwrap_or("");
    crate::event::lexicon::RESCHEDULING
        .iter()
        .any(|stem| head.starts_with(stem))
}

/// The happening that the [`RESCHEDULING`](crate::event::lexicon::RESCHEDULING) verb `ei`
/// puts off: the noun event that opens the sentence of a passive verb ("A hearing on the
/// second defendant was postponed"), or the noun event right after an active verb or its
/// article ("adjourned the trial").
fn rescheduled(input: &Input, ei: usize) -> Option<usize> {
    let (seg, e) = (input.seg, &input.events[ei]);
    let k = if crate::event::passive(e, &seg.lower) {
        let k = ei.checked_sub(1)?;
        crate::event::opens_sentence(seg, &input.events[k]).then_some(k)?
    } else {
        let next = seg.token_at(e.head.end);
        let at = seg.token_at(input.events.get(ei + 1)?.head.start);
        let article = |t: usize| crate::event::ARTICLES.contains(&seg.lower_of(seg.tokens[t].span));
        (at == next || (at == next + 1 && article(next))).then_some(ei + 1)?
    };
    let n = &input.events[k];
    (n.pos == EventPos::Noun && n.sentence == e.sentence).then_some(k)
}

/// The lower-case words of the `n` tokens before token `k` in sentence `sentence` (None when
/// the sentence starts sooner).
fn words_before(seg: &Segmentation, sentence: usize, k: usize, n: usize) -> Option<&str> {
    let first = k.checked_sub(n)?;
    if first < seg.sentences.get(sentence)?.tokens.start {
        return None;
    }
    seg.lower
        .get(seg.tokens[first].span.start..seg.tokens[k - 1].span.end)
}

/// What the one or two words before a mention say ([`Lead`]), unless the words after it
/// bound it: "by Friday at the earliest" is no sooner than Friday, "on Friday at the latest"
/// is over by its end.
fn lead_of(seg: &Segmentation, m: &Mention) -> Lead {
    let after = seg.lower.get(m.span.end..).unwrap_or("");
    let after = after.strip_prefix(',').unwrap_or(after).trim_start();
    if after.starts_with("at the earliest") {
        return Lead::NotBefore;
    }
    if after.starts_with("at the latest") {
        return Lead::By;
    }
    let k = seg.token_at(m.span.start);
    if let Some(lead) = appositive_end(seg, m.sentence, k) {
        return lead;
    }
    if matches!(
        words_before(seg, m.sentence, k, 3),
        Some("until at least" | "till at least" | "through at least")
    ) {
        return Lead::AtLeastUntil;
    }
    for n in [2, 1] {
        let Some(words) = words_before(seg, m.sentence, k, n) else {
            continue;
        };
        // Two tokens must be two words with one space: "prior to", not "prior, to".
        if n == 2 && words.bytes().filter(|&b| b == b' ').count() != 1 {
            continue;
        }
        if let Some(&(_, lead)) = LEADS.iter().find(|(w, _)| *w == words) {
            // "at least until March 24": no more an end than "until at least" is.
            if lead == Lead::Until && words_before(seg, m.sentence, k - n, 2) == Some("at least") {
                return Lead::AtLeastUntil;
            }
            // "its lowest level since 2009", "the largest bank failure since the 2008 crisis":
            // a superlative's yardstick, no time of the verb.
            if lead == Lead::Since && after_superlative(seg, m.sentence, k - n) {
                return Lead::Nothing;
            }
            // ", and the following day the army moved": "and" after a comma joins clauses,
            // not the two ends of a range.
            if words == "and" && k >= 2 && seg.lower_of(seg.tokens[k - 2].span) == "," {
                return Lead::Within;
            }
            return lead;
        }
    }
    Lead::Within
}

/// Superlatives and their kin whose "since" measures a record, not a time: "the largest
/// bank failure since 2008", "its first win since May", "the most since 1990".
const SUPERLATIVES: &[&str] = &[
    "best",
    "biggest",
    "busiest",
    "coldest",
    "deadliest",
    "deepest",
    "driest",
    "fastest",
    "fewest",
    "first",
    "greatest",
    "heaviest",
    "highest",
    "hottest",
    "largest",
    "least",
    "longest",
    "lowest",
    "most",
    "only",
    "sharpest",
    "slowest",
    "smallest",
    "steepest",
    "strongest",
    "warmest",
    "weakest",
    "wettest",
    "worst",
];

/// Whether a superlative ([`SUPERLATIVES`]) stands in the four tokens before token `k` of
/// sentence `sentence` (the "since" of a record).
fn after_superlative(seg: &Segmentation, sentence: usize, k: usize) -> bool {
    let floor = seg.sentences[sentence]
        .tokens
        .start
        .max(k.saturating_sub(4));
    (floor..k).any(|j| SUPERLATIVES.contains(&seg.lower_of(seg.tokens[j].span)))
}

/// The words of "as early as 2018", "as recently as March", "as late as May": the event is
/// told at that time, the adverb only weighs how early or late it was.
const AS_EARLY_AS: &[&str] = &[
    "as early as",
    "as recently as",
    "as late as",
    "as long ago as",
];

/// Whether the phrase starting at token `k` of sentence `sentence` follows one of
/// [`AS_EARLY_AS`]: "the board had been warned as early as 2018, when a manager sent an
/// email" dates the warning too, as "in 2018, when" does.
fn as_early_as(seg: &Segmentation, sentence: usize, k: usize) -> bool {
    [3, 4]
        .into_iter()
        .any(|n| words_before(seg, sentence, k, n).is_some_and(|w| AS_EARLY_AS.contains(&w)))
}

/// The mention that closes a range opened at mention `mi` ("from 1991 *to 1996*", "between
/// 1991 *and 1996*"): the next mention of the sentence, one joining word after it.
fn range_end(input: &Input, mi: usize, lead: Lead) -> Option<usize> {
    let seg = input.seg;
    let m = &input.mentions[mi];
    let mj = mi + 1;
    let next = input.mentions.get(mj)?;
    if next.sentence != m.sentence {
        return None;
    }
    let joiner_at = seg.token_at(m.span.end);
    if seg.token_at(next.span.start) != joiner_at + 1 {
        return None;
    }
    let joiner = seg.tokens.get(joiner_at)?.span.slice(&seg.lower)?;
    let joins = match lead {
        Lead::From => matches!(joiner, "to" | "until" | "till" | "through" | "thru" | "-"),
        Lead::Between => joiner == "and",
        _ => false,
    };
    joins.then_some(mj)
}

/// ", the last at 9:52 p.m.", ", the first one on Monday", ", the last of them in May", ", the
/// latest on Wednesday night": an appositive after a comma that names the first or last of
/// the things the clause's verb tells, before the phrase starting at token `k`
/// ([`Lead::StartsWithin`], [`Lead::EndsWithin`]).
fn appositive_end(seg: &Segmentation, sentence: usize, k: usize) -> Option<Lead> {
    let floor = seg.sentences.get(sentence)?.tokens.start;
    let mut at = k;
    let back = |at: &mut usize| -> Option<&str> {
        if *at <= floor {
            return None;
        }
        *at -= 1;
        Some(seg.lower_of(seg.tokens[*at].span))
    };
    let mut word = back(&mut at)?;
    if matches!(word, "at" | "on" | "in") {
        word = back(&mut at)?;
    }
    if word == "them" {
        if back(&mut at)? != "of" {
            return None;
        }
        word = back(&mut at)?;
    } else if word == "one" {
        word = back(&mut at)?;
    }
    let lead = match word {
        "last" | "final" | "latest" => Lead::EndsWithin,
        "first" | "earliest" => Lead::StartsWithin,
        _ => return None,
    };
    (back(&mut at)? == "the" && back(&mut at)? == ",").then_some(lead)
}

/// Sieve 1: events in their dated phrases.
fn time_anchor(input: &Input, out: &mut Vec<Relation>) {
    let seg = input.seg;
    // The second time of a range, placed with the first ("from 1991 to 1996").
    let mut range_closer = None;
    // "marched on Monday and on Tuesday": the first and last times of one telling.
    let joined = joined_times(input);
    for (mi, m) in input.mentions.iter().enumerate() {
        let Some(v) = &input.values[mi] else { continue };
        if v.offset.is_some() && matches!(m.expr, TimeExpr::EventRelative { .. }) {
            continue;
        }
        if v.earliest.is_none() && v.latest.is_none() {
            continue;
        }
        if range_closer == Some(mi) {
            continue;
        }
        // "the October 20 elections": the noun the date modifies.
        if let Some(ei) = in_sentence(input, m.sentence).find(|&i| {
            let e = &input.events[i];
            e.pos == EventPos::Noun && e.summary.contains(m.span) && e.head.start >= m.span.end
        }) {
            out.push(rel(
                Node::Event(ei),
                RelationKind::During,
                Node::Time(mi),
                Sieve::TimeAnchor,
                "<date> <event noun> → the event on that date",
                m.span,
            ));
            continue;
        }
        // "in Sunday's presidential election", "last year's vote": a possessive time belongs
        // to the noun after it, not to the clause's verb ("declared victory in Sunday's
        // election" was placed on Sunday).
        // Not after "during": "during last week's session, the index plunged" is a time.
        let after = seg.lower.get(m.span.end..).unwrap_or("");
        let first = seg.token_at(m.span.start);
        let during = seg.lower_of(m.span).starts_with("during")
            || first > 0
                && matches!(
                    seg.lower_of(seg.tokens[first - 1].span),
                    "during" | "throughout"
                );
        if (after.starts_with("'s ") || after.starts_with("\u{2019}s ")) && !during {
            continue;
        }
        // "rejected the results of the October 29 presidential election": a date between a
        // determiner and the noun it modifies dates that noun, not the clause's verb.
        if premodifies_noun(seg, m) {
            continue;
        }
        // Only beside another time of its clause, which is then the verb's: alone, the time
        // compared with is what TimeBank's annotators relate the verb to (BEGUN_BY, AFTER,
        // IS_INCLUDED: "fell 8.4% from a year ago"), and leaving it out cost the
        // cross-validated gold figure 0.28 points on one training order.
        let other_time = || {
            clause_mentions(input, m.clause).any(|k| {
                k != mi && input.values[k].is_some() && !compared_with(seg, &input.mentions[k])
            })
        };
        if compared_with(seg, m) && other_time() {
            // "compared with 8.4 trillion won in 1995 when the ratio stood at 8.4 percent":
            // the figure's time still dates its when-clause.
            if let Some(ei) = when_clause_event(input, m) {
                out.push(when_clause_relation(input, ei, mi));
            }
            continue;
        }
        // "Profit for the previous year was restated on Tuesday": the period the subject
        // covers, beside a later time of its clause that dates the verb (not one compared
        // with: "Its revenue for 1996 amounted to 4.5 trillion won, up from 3.4 trillion won
        // in the previous year"). An event noun takes the period ("the bank's monthly review
        // for April says").
        if let Some(noun) = period_of_noun(input, m) {
            let verb_time = clause_mentions(input, m.clause).any(|k| {
                let other = &input.mentions[k];
                other.span.start >= m.span.end
                    && input.values[k].is_some()
                    && !compared_with(seg, other)
                    && !(seg.token_at(m.span.end)..seg.token_at(other.span.start))
                        .any(|t| matches!(seg.lower_of(seg.tokens[t].span), "from" | "than"))
            });
            if verb_time {
                if let Some(ei) = in_sentence(input, m.sentence).find(|&i| {
                    input.events[i].pos == EventPos::Noun && input.events[i].head == noun
                }) {
                    out.push(rel(
                        Node::Event(ei),
                        RelationKind::During,
                        Node::Time(mi),
                        Sieve::TimeAnchor,
                        "<event noun> for <time> → the event in that time",
                        Span::new(noun.start, m.span.end),
                    ));
                }
                continue;
            }
        }
        // "the previous three nights, when the two sides clashed": the when-clause's event.
        if let Some(ei) = when_clause_event(input, m) {
            out.push(when_clause_relation(input, ei, mi));
            // "first learned of the problem in August 2021, when a dealer reported a
            // crash": a phrase that says when ("in", "on", "at", "during") dates its own
            // clause's verb too; "a contrast to the previous three nights, when" does not.
            let at = seg.token_at(m.span.start);
            let lead = seg.lower_of(seg.tokens[at].span);
            let before = if at > seg.sentences[m.sentence].tokens.start {
                seg.lower_of(seg.tokens[at - 1].span)
            } else {
                ""
            };
            // So does a phrase right after the verb: "A man was killed Monday morning when
            // a tree fell".
            let right_after_verb =
                |v: usize| at > 0 && seg.tokens[at - 1].span.end == input.events[v].trigger.end;
            let says_when = [lead, before]
                .iter()
                .any(|w| matches!(*w, "in" | "on" | "at" | "during"))
                || as_early_as(seg, m.sentence, at);
            if let Some(v) =
                clause_event(input, m).filter(|&v| (says_when || right_after_verb(v)) && v != ei)
            {
                out.push(rel(
                    Node::Event(v),
                    RelationKind::During,
                    Node::Time(mi),
                    Sieve::TimeAnchor,
                    "<event> ... <time> in one clause → the event in that time",
                    joint_span(&input.events[v], m.span),
                ));
                if let Some(noun) = undergone(input, v, m) {
                    out.push(undergone_relation(input, noun, mi));
                }
            } else if let Some(v) = clause_event(input, m).filter(|&v| v != ei) {
                // "It had risen steadily since Tuesday, when heavy rain began": a phrase
                // led by "since", "until", "before" ... places its own clause's verb as
                // it would without the when-clause.
                let lead = lead_of(seg, m);
                if !matches!(
                    lead,
                    Lead::Within | Lead::Nothing | Lead::From | Lead::Between
                ) {
                    directed(input, v, mi, lead, None, out);
                }
            }
            continue;
        }
        // Otherwise the clause's verb, placed as the words before the phrase say.
        let lead = match joined.get(&mi) {
            Some(&(ei, lead)) if clause_event(input, m) == Some(ei) => lead,
            _ => lead_of(seg, m),
        };
        if lead != Lead::Within {
            let end = range_end(input, mi, lead);
            range_closer = end;
            // A range the clause's verb cannot lie in, since another phrase dates it, dates
            // the event noun or gerund before it ("convicted on Thursday ... of taking bribes
            // between 2015 and 2018").
            let range = end
                .and_then(|e| Some((value_bounds(input, mi)?.0, value_bounds(input, e)?.1)))
                .filter(|_| matches!(lead, Lead::Between | Lead::From));
            if let Some(ei) = clause_event(input, m).or_else(|| appositive_event(input, m, lead)) {
                let ei = range
                    .and_then(|r| second_time_event(input, mi, ei, r))
                    .unwrap_or(ei);
                directed(input, ei, mi, lead, end, out);
            }
            continue;
        }
        // "sentenced two men on Tuesday for an attack on a polling station in March": a second
        // phrase of the clause that cannot hold the time the verb took dates the event noun
        // between them.
        let verb = clause_event(input, m);
        if let Some(noun) = verb
            .zip(value_bounds(input, mi))
            .and_then(|(v, b)| second_time_event(input, mi, v, b))
        {
            out.push(rel(
                Node::Event(noun),
                RelationKind::During,
                Node::Time(mi),
                Sieve::TimeAnchor,
                "<event> <time> ... <event noun> ... <other time> → the noun in the other time",
                joint_span(&input.events[noun], m.span),
            ));
            continue;
        }
        // "planned a demonstration for Saturday", "the hearing was scheduled for Monday": the
        // phrase dates the thing arranged, and the arranging comes before it.
        if let Some((verb, thing)) = arranged_for(input, m) {
            out.push(rel(
                Node::Event(thing),
                RelationKind::During,
                Node::Time(mi),
                Sieve::TimeAnchor,
                "<arranging> <event> for <time> → the thing arranged in that time",
                joint_span(&input.events[thing], m.span),
            ));
            // "Talks are scheduled for Friday" is a state that holds until then (the
            // publish-date sieve places it); the act of arranging ("were scheduled", "has
            // called") came before the day.
            if !(input.events[verb].tense == Tense::Present
                && input.events[verb].aspect == Aspect::None)
            {
                out.push(rel(
                    Node::Event(verb),
                    RelationKind::Before,
                    Node::Time(mi),
                    Sieve::TimeAnchor,
                    "<arranging> ... for <time> → the arranging before that time",
                    joint_span(&input.events[verb], m.span),
                ));
            }
            continue;
        }
        if let Some(ei) = verb {
            out.push(rel(
                Node::Event(ei),
                RelationKind::During,
                Node::Time(mi),
                Sieve::TimeAnchor,
                "<event> ... <time> in one clause → the event in that time",
                joint_span(&input.events[ei], m.span),
            ));
            // "The same line saw a smaller derailment in March 2021": the object the line
            // went through is the happening the phrase dates.
            if let Some(noun) = undergone(input, ei, m) {
                out.push(undergone_relation(input, noun, mi));
            }
            // "Residents boarded up windows and filled sandbags on Wednesday morning".
            if let Some(v) = trailing_over_coordinate(input, m, ei) {
                out.push(rel(
                    Node::Event(v),
                    RelationKind::During,
                    Node::Time(mi),
                    Sieve::TimeAnchor,
                    "<event> ... and <event> ... <time> → a trailing time dates both verbs",
                    joint_span(&input.events[v], m.span),
                ));
            }
            for v in fronted_over_coordinates(input, m, ei) {
                out.push(rel(
                    Node::Event(v),
                    RelationKind::During,
                    Node::Time(mi),
                    Sieve::TimeAnchor,
                    "<time>, <clause>, and <clause> → a fronted time dates both clauses",
                    joint_span(&input.events[v], m.span),
                ));
            }
        }
    }
}

/// A time phrase that opens its sentence before a comma ("In March, a fire halted departures
/// for two hours, and the airline promised to overhaul its systems") sets the scene for the
/// clauses joined to its own: the first finite verb of each later coordinate clause of the
/// sentence, in the same tense as the phrase's own verb `verb`, when that clause holds no
/// time phrase of its own.
fn fronted_over_coordinates(input: &Input, m: &Mention, verb: usize) -> Vec<usize> {
    let seg = input.seg;
    let sentence = &seg.sentences[m.sentence];
    let first = seg.token_at(m.span.start);
    let last = seg.token_at(m.span.end);
    let opens = first == sentence.tokens.start
        || (first == sentence.tokens.start + 1
            && matches!(
                seg.lower_of(seg.tokens[sentence.tokens.start].span),
                "in" | "on" | "at" | "during" | "last" | "early" | "late"
            ));
    if !opens || last >= sentence.tokens.end || seg.lower_of(seg.tokens[last].span) != "," {
        return Vec::new();
    }
    let tense = input.events[verb].tense;
    let verb_clause = input.events[verb].clause;
    let mut out = Vec::new();
    for c in verb_clause + 1..seg.clauses.len() {
        let clause = &seg.clauses[c];
        if clause.sentence != m.sentence {
            break;
        }
        let own_time = !clause_mentions(input, c).is_empty();
        if clause.kind != ClauseKind::Coordinate || own_time {
            continue;
        }
        if let Some(v) = in_sentence(input, m.sentence)
            .find(|&i| input.events[i].clause == c && finite(&input.events[i]))
            .filter(|&i| input.events[i].tense == tense)
        {
            out.push(v);
        }
    }
    out
}

/// The verb that "and" joins to verb `verb` with the same subject, when time phrase `m` ends
/// the telling after `verb`: "Residents boarded up windows and filled sandbags on Wednesday
/// morning" did both on Wednesday morning. The earlier verb is the nearest finite verb event
/// before "and" in the sentence, in the same tense and aspect, neither negated, with no time
/// phrase of its own between its clause's start and `verb`, and "and" stands right before
/// `verb`'s group (no new subject: "boarded up windows and they left on Friday" is two
/// tellings). Both tellings are short: at most four words from the earlier verb to "and", at
/// most three from `verb` to the phrase, so that the phrase is no part of a longer object or
/// of another happening ("was born on the kibbutz Givat Hayim in northern Israel and left the
/// country in 1985", "sent in reinforcements and imposed a curfew ... following the transfer
/// ... in January"). Not after "then" or "later" ("and later filled": a sequence).
fn trailing_over_coordinate(input: &Input, m: &Mention, verb: usize) -> Option<usize> {
    let seg = input.seg;
    let v = &input.events[verb];
    let at = seg.token_at(v.trigger.start);
    if v.pos != EventPos::Verb
        || v.negated
        || m.span.start < v.trigger.end
        || at == 0
        || seg.lower_of(seg.tokens[at - 1].span) != "and"
    {
        return None;
    }
    let u = in_sentence(input, m.sentence).rev().find(|&i| {
        i != verb
            && finite(&input.events[i])
            && input.events[i].trigger.end <= seg.tokens[at - 1].span.start
    })?;
    let e = &input.events[u];
    let clause_start = seg.tokens[seg.clauses[e.clause].tokens.start].span.start;
    let own_time = sentence_mentions(input, m.sentence).any(|k| {
        let t = &input.mentions[k];
        t.span.start >= clause_start && t.span.end <= v.trigger.start
    });
    let between = seg.lower.get(e.trigger.end..v.trigger.start).unwrap_or("");
    let short = (at - 1).saturating_sub(seg.token_at(e.trigger.end)) <= 4
        && seg
            .token_at(m.span.start)
            .saturating_sub(seg.token_at(v.trigger.end))
            <= 3;
    let same_telling = (e.clause == v.clause
        || e.clause + 1 == v.clause && seg.clauses[v.clause].kind == ClauseKind::Coordinate)
        && !between.contains([',', ';']);
    (e.tense == v.tense
        && e.aspect == v.aspect
        && !e.negated
        && e.status == v.status
        && !own_time
        && short
        && same_telling)
        .then_some(u)
}

/// Times one event is told at, joined by "and": "marched in the capital on Monday and on
/// Tuesday", "rise by 5 percent from April 1 and by a further 3.5 percent in January next
/// year", "met in March and again in June". One row tells both, so the event starts within
/// the earlier time (or, after "from", no sooner than it) and ends within the later one;
/// placed within each, the two days were a conflict. Maps each such mention to the event and
/// the [`Lead`] it places it with ([`Lead::StartsWithin`], [`Lead::EndsWithin`]). Joined
/// when the second phrase follows the first after "and" (or ", and") with no verb between,
/// in one clause, both dated, the clause's event is the same for both and no other event is
/// told between them ("talks on the remains of troops killed during the war of 1950-53 and on
/// missile exports in May"); a range ("from 1991 to 1996", "between 2015 and 2018") is no
/// such pair, nor a time after "of".
fn joined_times(input: &Input) -> std::collections::HashMap<usize, (usize, Lead)> {
    let seg = input.seg;
    let mut out = std::collections::HashMap::new();
    for mi in 1..input.mentions.len() {
        let (first, second) = (&input.mentions[mi - 1], &input.mentions[mi]);
        if first.clause != second.clause
            || out.contains_key(&(mi - 1))
            || compared_with(seg, first)
            || premodifies_noun(seg, first)
            || premodifies_noun(seg, second)
        {
            continue;
        }
        let (Some(a), Some(b)) = (value_bounds(input, mi - 1), value_bounds(input, mi)) else {
            continue;
        };
        let first_lead = lead_of(seg, first);
        if !matches!(first_lead, Lead::Within | Lead::From)
            || range_end(input, mi - 1, first_lead).is_some()
        {
            continue;
        }
        let mut k = seg.token_at(first.span.end);
        if seg
            .tokens
            .get(k)
            .is_some_and(|t| seg.lower_of(t.span) == ",")
        {
            k += 1;
        }
        if seg
            .tokens
            .get(k)
            .is_none_or(|t| seg.lower_of(t.span) != "and")
            || seg.tokens[k].span.end > second.span.start
        {
            continue;
        }
        if event_between(input, first.span.end, second.span.start)
            || follows_of(seg, first)
            || follows_of(seg, second)
            || !matches!(lead_of(seg, second), Lead::Within | Lead::Nothing)
        {
            continue;
        }
        let (Some(e1), Some(e2)) = (clause_event(input, first), clause_event(input, second)) else {
            continue;
        };
        if e1 != e2 {
            continue;
        }
        // Told the other way round ("on Tuesday and on Monday"): the later time still ends it.
        let (start, end) = if b.1 < a.0 {
            (mi, mi - 1)
        } else {
            (mi - 1, mi)
        };
        let start_lead = if start == mi - 1 && first_lead == Lead::From {
            Lead::From
        } else {
            Lead::StartsWithin
        };
        out.insert(start, (e1, start_lead));
        out.insert(end, (e1, Lead::EndsWithin));
    }
    out
}

/// Whether an event of ours, verb or noun, is told between byte `from` and byte `to`.
fn event_between(input: &Input, from: usize, to: usize) -> bool {
    input
        .events
        .iter()
        .any(|e| e.trigger.start >= from && e.trigger.end <= to)
}

/// The noun that time phrase `m` gives a period to, in the subject of its clause: "Profit
/// *for the previous year* was restated on Tuesday", "The report for 2025 was published in
/// June", "A vaccination campaign planned for early August was delayed by two weeks". Such a
/// phrase follows "for" right after a word of the subject (a noun, or a participle modifying
/// it) that no verb event of the clause precedes. Not in the object, where "for" often gives the verb's length ("has frozen its
/// operating costs for the past three years"), nor after a verb ("was jailed for three
/// years"), an auxiliary or a figure ("5 percent for the year").
fn period_of_noun(input: &Input, m: &Mention) -> Option<Span> {
    let seg = input.seg;
    let start = seg.sentences[m.sentence].tokens.start;
    let mut k = seg.token_at(m.span.start);
    if seg.lower_of(seg.tokens[k].span) != "for" {
        if k <= start || seg.lower_of(seg.tokens[k - 1].span) != "for" {
            return None;
        }
        k -= 1;
    }
    if k <= start {
        return None;
    }
    let noun = seg.tokens[k - 1];
    let word = seg.lower_of(noun.span);
    let verb_before = in_sentence(input, m.sentence).any(|i| {
        let e = &input.events[i];
        e.pos == EventPos::Verb && e.clause == m.clause && e.trigger.start < noun.span.end
    });
    (noun.kind == crate::segment::TokenKind::Word
        && word.chars().all(|c| c.is_ascii_alphabetic())
        && !matches!(word, "percent" | "cent")
        && crate::event::lookup_aux(word).is_none()
        && !verb_before)
        .then_some(noun.span)
}

/// True when time phrase `m` stands between a determiner and the words of a noun phrase
/// ("the October 29 presidential election", "its 2008 budget"), so that it modifies a noun.
fn premodifies_noun(seg: &Segmentation, m: &Mention) -> bool {
    let first = seg.token_at(m.span.start);
    let next = seg.token_at(m.span.end);
    let sentence = &seg.sentences[m.sentence];
    if first <= sentence.tokens.start || next >= sentence.tokens.end {
        return false;
    }
    let before = seg.lower_of(seg.tokens[first - 1].span);
    let after = seg.tokens[next];
    let determiner = matches!(
        before,
        "the" | "a" | "an" | "its" | "his" | "her" | "their" | "this" | "that" | "our"
    );
    let word = seg.lower_of(after.span);
    // "their last day here" names a time itself; "said in its April 16 edition" dates the
    // saying by its medium.
    let last = seg.lower_of(seg.tokens[next - 1].span);
    let names_a_time = crate::temporal::lexicon::UNITS
        .iter()
        .any(|(w, _)| *w == last)
        || crate::temporal::lexicon::PARTS_OF_DAY
            .iter()
            .any(|(w, _)| *w == last)
        || matches!(last, "time" | "season");
    let medium = matches!(
        word,
        "edition"
            | "editions"
            | "issue"
            | "broadcast"
            | "statement"
            | "interview"
            | "speech"
            | "address"
            | "report"
            | "letter"
            | "column"
    );
    determiner
        && !names_a_time
        && !medium
        && after.kind == crate::segment::TokenKind::Word
        && !matches!(word, "here" | "there" | "ago" | "later" | "earlier")
        && !crate::event::lexicon::FUNCTION_WORDS.contains(&word)
        && !crate::event::lexicon::PREPOSITIONS.contains(&word)
}

/// Noun event `noun`, which a verb of undergoing takes ([`undergone`]), within time `mi`.
fn undergone_relation(input: &Input, noun: usize, mi: usize) -> Relation {
    rel(
        Node::Event(noun),
        RelationKind::During,
        Node::Time(mi),
        Sieve::TimeAnchor,
        "<saw|suffered> <event noun> <time> → the noun's happening in that time",
        joint_span(&input.events[noun], input.mentions[mi].span),
    )
}

/// The event noun that verb `v` ([`crate::event::lexicon::UNDERGOING`]: "saw", "suffered")
/// takes as its object, between the verb and time phrase `m` of its clause: "saw **a smaller
/// derailment** in March 2021". The noun's phrase must end right before the phrase or its
/// "in", "on", "at" or "during".
fn undergone(input: &Input, v: usize, m: &Mention) -> Option<usize> {
    let e = &input.events[v];
    if e.pos != EventPos::Verb || !crate::event::lexicon::UNDERGOING.contains(&e.lemma.as_str()) {
        return None;
    }
    let seg = input.seg;
    let mut at = seg.token_at(m.span.start);
    if at > 0
        && matches!(
            seg.lower_of(seg.tokens[at - 1].span),
            "in" | "on" | "at" | "during"
        )
    {
        at -= 1;
    }
    let before = at.checked_sub(1)?;
    in_sentence(input, m.sentence).find(|&i| {
        let n = &input.events[i];
        n.pos == EventPos::Noun
            && n.clause == e.clause
            && n.head.start >= e.trigger.end
            && seg.token_at(n.head.start) == before
    })
}

/// The verb of a clause that a phrase opens after "and" or "but": "Negotiations broke down on
/// Friday, and on Saturday the army moved tanks", "..., and the following day the army moved":
/// the first finite verb after the phrase, when the conjunction follows a verb of its own
/// clause. The clause splitter keeps such clauses together; read as the first verb's, the
/// phrase contradicted that verb's own date.
fn coordinated_clause_verb(input: &Input, m: &Mention) -> Option<usize> {
    let seg = input.seg;
    let floor = seg.sentences.get(m.sentence)?.tokens.start;
    let mut k = seg.token_at(m.span.start);
    if k > floor
        && matches!(
            seg.lower_of(seg.tokens[k - 1].span),
            "on" | "in" | "at" | "during" | "early" | "late" | "by"
        )
    {
        k -= 1;
    }
    if k > floor && seg.lower_of(seg.tokens[k - 1].span) == "then" {
        k -= 1;
    }
    if k <= floor || !matches!(seg.lower_of(seg.tokens[k - 1].span), "and" | "but") {
        return None;
    }
    let conjunction = seg.tokens[k - 1].span.start;
    let events = in_sentence(input, m.sentence);
    if !events
        .clone()
        .any(|i| verbal(&input.events[i]) && input.events[i].trigger.end <= conjunction)
    {
        return None;
    }
    let after = seg.token_at(m.span.end);
    events
        .clone()
        .find(|&i| verbal(&input.events[i]) && input.events[i].trigger.start >= m.span.end)
        .filter(|&i| {
            let e = &input.events[i];
            e.tense != Tense::None && seg.token_at(e.trigger.start) <= after + 8
        })
}

/// The verb of a mention's clause: the nearest before the phrase (one that nothing governs
/// first), else the first after it; the first after it when the phrase opens a clause joined
/// by "and" ([`coordinated_clause_verb`]).
fn clause_event(input: &Input, m: &Mention) -> Option<usize> {
    if let Some(v) = coordinated_clause_verb(input, m) {
        return Some(v);
    }
    let in_clause: Vec<usize> = in_sentence(input, m.sentence)
        .filter(|&i| input.events[i].clause == m.clause && verbal(&input.events[i]))
        .collect();
    // "planned to hold talks on Friday", "is expected to close Monday": a plan's infinitive
    // right before the phrase is what the phrase dates, not the planning.
    let nearest = in_clause
        .iter()
        .rev()
        .find(|&&i| input.events[i].trigger.end <= m.span.start);
    if let Some(&i) = nearest.filter(|&&i| {
        let e = &input.events[i];
        // Not under a negated plan: "are not expected to be announced before Monday".
        e.governor
            .is_some_and(|g| !input.events.get(g).is_some_and(|g| g.negated))
            && crate::pipeline::prospective(input.text, e)
    }) {
        return Some(i);
    }
    let before = in_clause.iter().rev().find(|&&i| {
        input.events[i].trigger.end <= m.span.start && input.events[i].governor.is_none()
    });
    let before = before.or_else(|| {
        in_clause
            .iter()
            .rev()
            .find(|&&i| input.events[i].trigger.end <= m.span.start)
    });
    let before = before.map(|&i| ing_yields(input, m, &in_clause, i).unwrap_or(i));
    // "was sworn in on Thursday morning and is due to address parliament next Tuesday": after
    // "and|but" and a finite verb of its own the phrase is another predicate's, even when
    // that predicate is no event of ours.
    if let Some(i) = before {
        if coordinated_predicate_between(input.seg, input.events[i].trigger.end, m.span.start) {
            return None;
        }
    }
    before
        .or_else(|| in_clause.first().copied())
        .or_else(|| verbless_marker_clause(input, m))
}

/// The verb that takes time phrase `m` from the bare "-ing" form `i`, the nearest verb event
/// before the phrase in its clause (whose verb events are `in_clause`):
/// - the aspectual verb right before it, whose object it is: "had begun rationing some
///   imported goods last week" dates the beginning (`lexicon::ASPECTUAL`);
/// - after "for", the finite perfect verb before it: "The walkout has halted cargo handling
///   for the past 19 days" tells how long the halt has lasted, not the handling.
fn ing_yields(input: &Input, m: &Mention, in_clause: &[usize], i: usize) -> Option<usize> {
    let seg = input.seg;
    let e = &input.events[i];
    if e.pos != EventPos::Verb
        || e.tense != Tense::None
        || e.trigger != e.head
        || !seg.lower_of(e.head).ends_with("ing")
    {
        return None;
    }
    let j = *in_clause
        .iter()
        .rev()
        .find(|&&j| input.events[j].trigger.end <= e.trigger.start)?;
    let v = &input.events[j];
    let adjacent = seg.token_at(v.trigger.end) == seg.token_at(e.trigger.start);
    if adjacent && crate::event::lexicon::ASPECTUAL.contains(&v.lemma.as_str()) {
        return Some(j);
    }
    let k = seg.token_at(m.span.start);
    let after_for = k > 0 && seg.lower_of(seg.tokens[k - 1].span) == "for"
        || seg.lower_of(m.span).starts_with("for ");
    let perfect = v.tense != Tense::None
        && matches!(v.aspect, Aspect::Perfective | Aspect::PerfectiveProgressive);
    (after_for && perfect).then_some(j)
}

/// "The ministry said that four people had died, the latest on Wednesday night": an
/// appositive naming the first or last of what a verb tells ([`appositive_end`]) that the
/// splitter made a clause of its own, with no verb event, belongs to the nearest verb event
/// before it in the sentence.
fn appositive_event(input: &Input, m: &Mention, lead: Lead) -> Option<usize> {
    if !matches!(lead, Lead::EndsWithin | Lead::StartsWithin)
        || in_sentence(input, m.sentence).any(|i| input.events[i].clause == m.clause)
    {
        return None;
    }
    in_sentence(input, m.sentence)
        .rfind(|&i| verbal(&input.events[i]) && input.events[i].trigger.end <= m.span.start)
}

/// "The deal closed before the end of the year", "The plant was shut until the end of
/// March": the splitter opens a temporal clause at "before|after|until|since" followed by
/// "the", in case a clause or an event noun follows ("before the vote was counted"). When
/// that clause is only its marker and phrase `m`, with no verb event, the phrase belongs to
/// the verb before the marker: the nearest finite verb event of the sentence before it, unless
/// a comma with words after it stands between them (an apposition).
fn verbless_marker_clause(input: &Input, m: &Mention) -> Option<usize> {
    let seg = input.seg;
    let clause = &seg.clauses[m.clause];
    if clause.kind != ClauseKind::Temporal
        || !matches!(
            clause.marker.as_deref(),
            Some("before" | "after" | "until" | "till" | "since")
        )
        || seg.token_at(m.span.start) != clause.tokens.start + 1
        || in_sentence(input, m.sentence).any(|i| input.events[i].clause == m.clause)
    {
        return None;
    }
    let marker = clause.tokens.start;
    let verb = in_sentence(input, m.sentence)
        .rev()
        .find(|&i| finite(&input.events[i]) && input.events[i].trigger.end <= m.span.start)?;
    // "Mobutu, a key US ally since the 1960s, had lost": a comma with words after it opens an
    // apposition, whose time it is; ", since the weekend" right after the comma is the verb's.
    let from = seg.token_at(input.events[verb].trigger.end);
    let apposition =
        (from..marker.saturating_sub(1)).any(|k| seg.lower_of(seg.tokens[k].span) == ",");
    // "Shares fell 7 percent on Tuesday and were down 22 percent since the start of the
    // year": after "and" and a finite auxiliary the phrase is another predicate's, as in
    // [`clause_event`].
    let coordinated = coordinated_predicate_between(
        seg,
        input.events[verb].trigger.end,
        seg.tokens[marker].span.start,
    );
    (!apposition && !coordinated).then_some(verb)
}

/// Whether "and" or "but" and a finite auxiliary ("and is", "but will") stand between byte
/// `from` and byte `to` of one sentence.
fn coordinated_predicate_between(seg: &Segmentation, from: usize, to: usize) -> bool {
    let first = seg.token_at(from);
    let last = seg.token_at(to);
    (first..last.min(seg.tokens.len()).saturating_sub(1)).any(|k| {
        matches!(seg.lower_of(seg.tokens[k].span), "and" | "but")
            && crate::segment::clause::FINITE_AUXILIARIES
                .contains(&seg.lower_of(seg.tokens[k + 1].span))
    })
}

/// The verb of arranging a phrase after "for" is set for
/// ([`crate::pipeline::arranging_for`]) and the event noun it arranges: the first in its
/// object ("planned *a demonstration* for Saturday"), else, in the passive, its subject right
/// before it ("*the hearing* was scheduled for Monday", "*talks* scheduled for May 12"). None
/// when neither is an event: the phrase then dates the verb, as any other ("the second round,
/// scheduled for May 11").
fn arranged_for(input: &Input, m: &Mention) -> Option<(usize, usize)> {
    if let Some(v) = crate::pipeline::date_fixed_by(input.text, input.events, m) {
        return Some((v, fixed_for(input, m)?));
    }
    let v = crate::pipeline::arranging_for(input.text, input.events, m)?;
    let verb = &input.events[v];
    let noun = |i: &usize| input.events[*i].pos == EventPos::Noun;
    let object = in_sentence(input, m.sentence).filter(noun).find(|&i| {
        let e = &input.events[i];
        e.head.start >= verb.head.end && e.head.end <= m.span.start
    });
    let passive = || {
        // The verb group ("was scheduled", "are set") opens with a form of "be", or the
        // participle follows its noun ("talks scheduled for May 12").
        let be = crate::event::passive(verb, &input.seg.lower);
        let subject = in_sentence(input, m.sentence).filter(noun).rfind(|&i| {
            let e = &input.events[i];
            e.clause == verb.clause && e.summary.end <= verb.trigger.start
        })?;
        let gap = input
            .seg
            .lower
            .get(input.events[subject].head.end..verb.trigger.start)?;
        (be || gap.trim().is_empty()).then_some(subject)
    };
    let thing = object.or_else(passive)?;
    Some((v, thing))
}

/// The happening a date fixed by "set" or "fix" is for: the event (noun or gerund) after
/// "for" right after the date, with at most a few words between ("set April 29 for *the next
/// hearing*").
fn fixed_for(input: &Input, m: &Mention) -> Option<usize> {
    let lower = &input.seg.lower;
    let rest = lower.get(m.span.end..)?;
    let body = rest.trim_start().strip_prefix("for ")?;
    let from = m.span.end + (rest.len() - body.len());
    in_sentence(input, m.sentence).find(|&i| {
        let e = &input.events[i];
        e.head.start >= from
            && lower.get(from..e.head.start).is_some_and(|w| {
                w.split_whitespace().count() <= FIXED_FOR_WORDS && !w.contains([',', ';'])
            })
    })
}

/// At most this many words between "for" and the happening a fixed date is for ("for the
/// next hearing").
const FIXED_FOR_WORDS: usize = 3;

/// The event noun (or gerund) a time phrase dates when the clause's verb already lies in
/// another phrase of the clause that the two times cannot share: "sentenced two men on
/// Tuesday for an attack on a polling station in March" (the attack was in March), "A jury on
/// Thursday convicted the former mayor of taking bribes between 2015 and 2018" (the taking).
/// `verb` is the clause's verb ([`clause_event`]); `span` the earliest and latest the phrase
/// (or the range it opens) allows. The event is the last one between the verb (or its own
/// phrase, when that comes after the verb) and this phrase.
fn second_time_event(
    input: &Input,
    mi: usize,
    verb: usize,
    span: (NaiveDateTime, NaiveDateTime),
) -> Option<usize> {
    let m = &input.mentions[mi];
    let (start, end) = span;
    let verb_end = input.events[verb].trigger.end;
    let first = (0..mi).rev().find(|&k| {
        let other = &input.mentions[k];
        other.sentence == m.sentence
            && other.clause == m.clause
            && lead_of(input.seg, other) == Lead::Within
            && !follows_of(input.seg, other)
            // Not a date of a noun ("the June 8 vote").
            && !in_sentence(input, m.sentence).any(|i| {
                let e = &input.events[i];
                e.pos == EventPos::Noun
                    && e.summary.contains(other.span)
                    && e.head.start >= other.span.end
            })
            && clause_event(input, other) == Some(verb)
    })?;
    let own = &input.mentions[first];
    // The verb's own phrase after it: no event noun between them.
    if own.span.start >= verb_end
        && in_sentence(input, m.sentence).any(|i| {
            let e = &input.events[i];
            e.pos == EventPos::Noun && e.head.start >= verb_end && e.head.end <= own.span.start
        })
    {
        return None;
    }
    let (other_start, other_end) = value_bounds(input, first)?;
    if start <= other_end && other_start <= end {
        return None;
    }
    let after = own.span.end.max(verb_end);
    let seg = input.seg;
    let found = in_sentence(input, m.sentence).rev().find(|&i| {
        let e = &input.events[i];
        let gerund = e.pos == EventPos::Verb
            && e.tense == Tense::None
            && seg.lower_of(e.head).ends_with("ing");
        (e.pos == EventPos::Noun || gerund) && e.head.start >= after && e.head.end <= m.span.start
    })?;
    // Not across a conjunction: in "rammed a vessel during an operation ..., and in January
    // 1994 he sabotaged the whaler" the phrase opens the next clause.
    let between = seg.token_at(input.events[found].head.end)..seg.token_at(m.span.start);
    (!between
        .clone()
        .any(|t| matches!(seg.lower_of(seg.tokens[t].span), "and" | "but" | ";")))
    .then_some(found)
}

/// The earliest and latest minute mention `k`'s value allows, when it has both.
fn value_bounds(input: &Input, k: usize) -> Option<(NaiveDateTime, NaiveDateTime)> {
    let v = input.values.get(k)?.as_ref()?;
    Some((v.earliest?, v.latest?))
}

/// Whether the word before a mention is "of": "the Korean War of 1950-53" dates a noun.
fn follows_of(seg: &Segmentation, m: &Mention) -> bool {
    words_before(seg, m.sentence, seg.token_at(m.span.start), 1) == Some("of")
}

/// From the event's trigger to the end of the time phrase, whichever comes first.
fn joint_span(e: &Event, time: Span) -> Span {
    Span::new(e.trigger.start.min(time.start), e.trigger.end.max(time.end))
}

/// The relations of an event to a time its clause introduces with a [`Lead`] other than
/// "within": "failed before 1990", "has lived there since 2006", "ruled from 1991 to 1996"
/// (`end`: the mention closing a range). A negated event ("never left before Friday") is
/// not placed: the words then say when it did not happen. Except a past one negated by "not"
/// before "until" ("did not leave until Friday", [`crate::event::not_until`]): it happened
/// then, and starts within that time.
fn directed(
    input: &Input,
    ei: usize,
    mi: usize,
    lead: Lead,
    end: Option<usize>,
    out: &mut Vec<Relation>,
) {
    let e = &input.events[ei];
    // "has been suspended since Wednesday night": since when is the suspension's own start,
    // whereas "suspended until Monday" may give the next date of what was suspended.
    if e.negated || (reschedules(input, e) && lead != Lead::Since) {
        // "A hearing ... was postponed until next week", "delayed the vote until March":
        // what was put off now starts in that time. Not what was adjourned, suspended or
        // extended, which began before and goes on or ends then.
        // So does "to" ("postponed to a later date", "moved the summit to April 2").
        let to = || {
            let at = input.seg.token_at(input.mentions[mi].span.start);
            at > 0 && input.seg.lower_of(input.seg.tokens[at - 1].span) == "to"
        };
        let put_off = !e.negated && (lead == Lead::Until || lead == Lead::Nothing && to()) && {
            let head = e.head.slice(&input.seg.lower).unwrap_or("");
            crate::event::lexicon::PUTTING_OFF
                .iter()
                .any(|stem| head.starts_with(stem))
        };
        // "did not open an inquiry until the third quarter of 2021": it opened then.
        // Event `k` starts within the time: no sooner than its start, by its end.
        let mut starts_within = |k: usize, rule: &'static str| {
            let span = joint_span(&input.events[k], input.mentions[mi].span);
            for kind in [
                RelationKind::StartsAfterStart,
                RelationKind::StartsBeforeEnd,
            ] {
                out.push(rel(
                    Node::Event(k),
                    kind,
                    Node::Time(mi),
                    Sieve::TimeAnchor,
                    rule,
                    span,
                ));
            }
        };
        if lead == Lead::Until && crate::event::not_until(input.seg, e) {
            starts_within(
                ei,
                "<event> did not <verb> until <time> → starts within that time",
            );
            return;
        }
        if let Some(k) = rescheduled(input, ei).filter(|_| put_off) {
            starts_within(
                k,
                "<event> postponed|delayed until|to <time> → starts within that time",
            );
        }
        return;
    }
    let (a, t) = (Node::Event(ei), Node::Time(mi));
    let last = end.unwrap_or(mi);
    let span = joint_span(e, input.mentions[last].span);
    let mut push = |source, kind, target, rule| {
        out.push(rel(source, kind, target, Sieve::TimeAnchor, rule, span));
    };
    use RelationKind::{Before, EndsBefore, Overlaps, StartsAfterStart, StartsBeforeEnd};
    // An hour is what "shortly" allows a time of day; before a day or a year it is a plain
    // "before|after".
    let clock = input.values[mi]
        .as_ref()
        .is_some_and(|v| v.granularity == Granularity::Minute);
    let lead = match lead {
        Lead::ShortlyBefore if !clock => Lead::Before,
        Lead::ShortlyAfter if !clock => Lead::After,
        lead => lead,
    };
    match (lead, end) {
        // "closed before the end of the year": by the year's end, not before its last third.
        (Lead::Before, _) if the_end_of(input, mi) => push(
            a,
            EndsBefore,
            t,
            "<event> before the end of <time> → over by its end",
        ),
        (Lead::Before, _) => push(
            a,
            Before,
            t,
            "<event> before <time> → ends before it starts",
        ),
        (Lead::After, _) => push(t, Before, a, "<event> after <time> → starts after it ends"),
        (Lead::ShortlyBefore | Lead::ShortlyAfter, _) => {
            let (source, target, direction, rule) = if lead == Lead::ShortlyBefore {
                (
                    a,
                    t,
                    Direction::Before,
                    "<event> shortly before <time of day> → ends within the hour before it",
                )
            } else {
                (
                    t,
                    a,
                    Direction::After,
                    "<event> shortly after <time of day> → starts within the hour after it",
                )
            };
            let mut r = rel(source, Before, target, Sieve::TimeAnchor, rule, span);
            r.offset = Some(Offset {
                direction,
                min_minutes: 0,
                max_minutes: 60,
            });
            out.push(r);
            // "The blaze began shortly before 5 a.m.": the happening lies in that hour, its
            // start too (without this its start had no floor, and the row read "ended 04:00–
            // 04:59").
            if lead == Lead::ShortlyBefore {
                let mut r = rel(
                    a,
                    StartsAfterStart,
                    t,
                    Sieve::TimeAnchor,
                    "<event> shortly before <time of day> → starts within the hour before it",
                    span,
                );
                r.offset = Some(Offset {
                    direction,
                    min_minutes: 0,
                    max_minutes: 60,
                });
                out.push(r);
            }
        }
        (Lead::Since, _) => {
            let rule = "<event> since <time> → starts within that time";
            push(a, StartsAfterStart, t, rule);
            push(a, StartsBeforeEnd, t, rule);
        }
        (Lead::Until, _) => push(a, EndsBefore, t, "<event> until <time> → over by its end"),
        (Lead::By, _) => push(a, EndsBefore, t, "<event> by <time> → over by its end"),
        (Lead::AtLeastUntil, _) => {
            let rule = "<event> until at least <time> → goes on to its end or longer";
            push(t, EndsBefore, a, rule);
            push(a, StartsBeforeEnd, t, rule);
        }
        (Lead::NotBefore, _) => push(
            a,
            StartsAfterStart,
            t,
            "<event> <time> at the earliest → starts no sooner than the time",
        ),
        (Lead::EndsWithin, _) => {
            let rule = "<event>, the last at <time> → ends within that time";
            push(a, EndsBefore, t, rule);
            push(t, StartsBeforeEnd, a, rule);
        }
        (Lead::StartsWithin, _) => {
            let rule = "<event>, the first at <time> → starts within that time";
            push(a, StartsAfterStart, t, rule);
            push(a, StartsBeforeEnd, t, rule);
        }
        (Lead::AsOf, _) => push(
            a,
            Overlaps,
            t,
            "<event> as of <time> → goes on at that time",
        ),
        (Lead::From | Lead::Between, Some(mj)) => {
            let rule = if lead == Lead::From {
                "<event> from <time> to <time> → within the span they bound"
            } else {
                "<event> between <time> and <time> → within the span they bound"
            };
            push(a, StartsAfterStart, t, rule);
            push(a, EndsBefore, Node::Time(mj), rule);
        }
        // "wages rise by 5 percent from April 1", "will be closed from Monday": alone,
        // "from" says when the event starts at the earliest. Not a figure's yardstick ("up 5%
        // from a year earlier"), nor that of another event told between the two ("declared
        // a suspension of operations from Wednesday", "agreed to meet from May 12").
        (Lead::From, None)
            if verbal(e)
                && !compared_with(input.seg, &input.mentions[mi])
                && !event_between(input, e.trigger.end, input.mentions[mi].span.start) =>
        {
            push(
                a,
                StartsAfterStart,
                t,
                "<event> from <time> → starts no sooner than the time",
            )
        }
        (Lead::From | Lead::Between | Lead::Nothing | Lead::Within, _) => {}
    }
}

/// Whether phrase `mi` names the end of a time ("the end of the year", "the end of March"):
/// its value is the time's last part, so "before" it means by the time's end.
fn the_end_of(input: &Input, mi: usize) -> bool {
    input
        .seg
        .lower_of(input.mentions[mi].span)
        .trim_start_matches("the ")
        .starts_with("end of ")
}

/// The nearest verbal event before byte `at` in the same sentence, skipping events inside `skip`.
fn governing_before(input: &Input, sentence: usize, at: usize) -> Option<usize> {
    in_sentence(input, sentence).rev().find(|&i| {
        let e = &input.events[i];
        verbal(e) && e.trigger.end <= at
    })
}

/// The event a distance phrase after `i` counts from: `i` itself, or, when `i` is an
/// infinitive under a verb of its own clause, that verb. In "Dockworkers returned to work on
/// Friday morning, hours after their union accepted", the hours separate the accepting from
/// the returning, which the morning dates, not from "to work".
fn finite_governor(input: &Input, i: usize) -> usize {
    let e = &input.events[i];
    match e.governor {
        Some(g)
            if e.tense == Tense::None
                && g < i
                && input.events[g].clause == e.clause
                && input.events[g].tense != Tense::None =>
        {
            g
        }
        _ => i,
    }
}

/// "Three days after the disaster, rescuers pulled a girl from the ruins": a phrase that
/// opens its sentence and ends at a comma (after the event `named`) dates the first verbal
/// event after that comma.
fn fronted_governor(input: &Input, m: &Mention, named: usize) -> Option<usize> {
    let seg = input.seg;
    let sentence = seg.sentences.get(m.sentence)?;
    if seg.token_at(m.span.start) != sentence.tokens.start {
        return None;
    }
    let from = seg.token_at(input.events[named].summary.end.max(m.span.end));
    let comma = (from..sentence.tokens.end)
        .take(8)
        .find(|&t| seg.lower_of(seg.tokens[t].span) == ",")?;
    let after = seg.tokens[comma].span.end;
    in_sentence(input, m.sentence).find(|&i| {
        let e = &input.events[i];
        verbal(e) && e.trigger.start >= after
    })
}

/// What a connective says of the order of the event it governs (`main`) and the event it
/// introduces (`sub`): one meaning per word, whether the word opens a clause ("after the
/// opposition alleged") or a noun phrase ("after the vote").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sense {
    /// "after", "once", "following": the introduced event first.
    After,
    /// "before": the governing event first.
    Before,
    /// "while", "as", "amid", "during": at the same time.
    With,
    /// "since": the introduced event starts first (a state goes on since it).
    Since,
    /// "until": the governing event ends by the introduced one.
    Until,
}

impl Sense {
    /// The relation `(source, kind, target)` between `main` and `sub`.
    fn relate(self, main: usize, sub: usize) -> (Node, RelationKind, Node) {
        let (m, s) = (Node::Event(main), Node::Event(sub));
        match self {
            Sense::After => (s, RelationKind::Before, m),
            Sense::Before => (m, RelationKind::Before, s),
            Sense::With => (m, RelationKind::Overlaps, s),
            Sense::Since => (s, RelationKind::StartsBefore, m),
            Sense::Until => (m, RelationKind::EndsBefore, s),
        }
    }
}

/// Subordinators of a temporal clause, with their sense and the rule they are reported by.
const CLAUSE_CONNECTIVES: &[(&str, Sense, &str)] = &[
    (
        "after",
        Sense::After,
        "<event> after <clause> → the clause's event first",
    ),
    (
        "once",
        Sense::After,
        "<event> after <clause> → the clause's event first",
    ),
    (
        "before",
        Sense::Before,
        "<event> before <clause> → the main event first",
    ),
    (
        "while",
        Sense::With,
        "<event> while|as <clause> → at the same time",
    ),
    (
        "as",
        Sense::With,
        "<event> while|as <clause> → at the same time",
    ),
    (
        "since",
        Sense::Since,
        "<state> since <clause> → the clause's event first",
    ),
    (
        "until",
        Sense::Until,
        "<event> until <clause> → ends by then",
    ),
];

/// Words before "when" after which it does not open a clause that places the event before
/// it: an indirect question ("did not say when", "asked when", "know when"), a copula ("that
/// was when"), a preposition ("since when", "until when"), a noun the clause describes ("a
/// time when", "37 years old when"), a coordinator, a comma or "that" (the clause belongs to
/// what follows: "but when Manuel returned, he was upset"; "would, when it was broken, give";
/// "reported that when workers demanded a raise, a supervisor slapped one").
const WHEN_BLOCKERS: &[&str] = &[
    ",",
    ";",
    ":",
    "(",
    "-",
    "--",
    "and",
    "but",
    "or",
    "nor",
    "since",
    "until",
    "till",
    "from",
    "by",
    "of",
    "about",
    "on",
    "to",
    "for",
    "is",
    "was",
    "are",
    "were",
    "be",
    "been",
    "being",
    "'s",
    "\u{2019}s",
    "say",
    "says",
    "said",
    "saying",
    "know",
    "knows",
    "knew",
    "known",
    "knowing",
    "ask",
    "asks",
    "asked",
    "asking",
    "wonder",
    "wonders",
    "wondered",
    "wondering",
    "tell",
    "tells",
    "told",
    "telling",
    "decide",
    "decides",
    "decided",
    "determine",
    "determined",
    "clear",
    "unclear",
    "sure",
    "certain",
    "uncertain",
    "unknown",
    "specify",
    "specified",
    "explain",
    "explained",
    "learn",
    "learned",
    "see",
    "saw",
    "remember",
    "remembered",
    "recall",
    "recalled",
    "predict",
    "predicted",
    "indicate",
    "indicated",
    "guess",
    "idea",
    "question",
    "discuss",
    "discussed",
    "disclose",
    "disclosed",
    "reveal",
    "revealed",
    "announce",
    "announced",
    "time",
    "times",
    "moment",
    "moments",
    "period",
    "periods",
    "era",
    "point",
    "age",
    "old",
    "stage",
    "occasion",
    "occasions",
    "season",
    "instance",
    "instances",
    "case",
    "cases",
    "situation",
    "situations",
    "date",
    "hour",
    "morning",
    "afternoon",
    "evening",
    "night",
    "day",
    "week",
    "month",
    "year",
    "now",
    "then",
    "except",
    "unless",
    "where",
    "how",
    "why",
    "what",
    "that",
];

/// Object pronouns between a verb of asking or telling and an indirect question ("told
/// reporters when", "asked him when").
const WHEN_ASKED: &[&str] = &[
    "ask", "asks", "asked", "asking", "tell", "tells", "told", "telling", "show", "showed",
    "shows", "remind", "reminded",
];

/// `<event> when <clause>` (the clause `ci` opened by "when", its event `sub`, the event
/// `main` it follows): what the text supports about their order, as
/// `(source, kind, target, rule)`, or nothing where "when" does not place `main` at all.
///
/// In TimeBank and AQUAINT the when-clause's event is mostly before the main one ("died when
/// their boat sank": AFTER) or with it ("were talking when the bomb went off"), almost never
/// after it; so the clause's event starts no later than the main one ends, and no more is
/// claimed (docs/decisions.md, *"when" as a connective*). A past perfect main event ("had
/// denied any wrongdoing when the Ledger reported"; "had left when I arrived") lies before
/// the time the clause sets, so it is over by the end of the clause's event; one that may go
/// on past it (a state, a progressive, a perfect counted up to it: "had lived there since
/// his youth when the war broke out") only starts no later than that event ends.
fn when_clause(
    input: &Input,
    ci: usize,
    main: usize,
    sub: usize,
) -> Option<(Node, RelationKind, Node, &'static str)> {
    let seg = input.seg;
    let c = &seg.clauses[ci];
    let word = |t: usize| seg.lower_of(seg.tokens[t].span);
    let at = c.tokens.start;
    let first = seg.sentences[c.sentence].tokens.start;
    if word(at) != "when" || at <= first {
        return None;
    }
    let prev = word(at - 1);
    if WHEN_BLOCKERS.contains(&prev) {
        return None;
    }
    if at >= first + 2
        && matches!(
            prev,
            "you" | "him" | "her" | "them" | "us" | "me" | "reporters"
        )
        && WHEN_ASKED.contains(&word(at - 2))
    {
        return None;
    }
    // "when it comes to taxes": a topic, not a time.
    if at + 2 < c.tokens.end
        && word(at + 1) == "it"
        && matches!(word(at + 2), "comes" | "came" | "come")
    {
        return None;
    }
    // "said when asked", "when visiting Kenya": a clause without a subject of its own.
    let mut k = at + 1;
    while k + 1 < c.tokens.end && word(k).ends_with("ly") {
        k += 1;
    }
    let (m, s) = (&input.events[main], &input.events[sub]);
    // "launched war games, which ground to a halt when Washington dispatched two carriers"
    // (no event for "ground"), "said the deployment was appropriate when Hong Kong returns":
    // the event must be in the clause right before, or before an aside only.
    if c.sentence != m.sentence
        || m.clause >= ci
        || (m.clause + 1..ci).any(|k| seg.clauses[k].kind != ClauseKind::Aside)
    {
        return None;
    }
    if k >= c.tokens.end || seg.tokens[k].span.start >= s.trigger.start {
        return None;
    }
    // "in 1968 when Russian troops swept", "since August, when they traded": the clause
    // tells what the time was; the time-anchor sieve dates its event by that time.
    let before = seg.tokens[at - 1].span;
    if input
        .mentions
        .iter()
        .any(|t| t.span.end == before.end && t.sentence == c.sentence)
    {
        return None;
    }
    // "until early 1990, when each will adopt the name", "does not know when it will be
    // available": a future clause, or a past one under a future event, is no such order.
    if s.tense == Tense::Future || s.tense == Tense::None {
        return None;
    }
    // "said trading sentiment would be cautious when the market opens": a present clause
    // after a past event belongs to what that event reports or plans.
    if (m.tense == Tense::Future && s.tense == Tense::Past)
        || (m.tense == Tense::Past && s.tense == Tense::Present)
    {
        return None;
    }
    // "they should expect little help when they come": the clause places what is expected,
    // wanted or might be, not the expecting (TimeBank: the coming AFTER the expecting).
    if m.modality.is_some() || m.class == EventClass::IState {
        return None;
    }
    // "had lived there for ten years when the war broke out": a state, or a perfect counted
    // up to the clause's event, may go on past it.
    let goes_on = matches!(m.class, EventClass::State | EventClass::IState)
        || (seg.token_at(m.trigger.end)..at).any(|t| matches!(word(t), "for" | "since"));
    let (main, sub) = (Node::Event(main), Node::Event(sub));
    Some(match m.aspect {
        // "is believed to have been dismissed when the media referred to him as ...": a
        // perfect infinitive or participle is a past perfect of its own.
        Aspect::Perfective if matches!(m.tense, Tense::Past | Tense::None) && !goes_on => (
            main,
            RelationKind::EndsBefore,
            sub,
            "<event in the past perfect> when <clause> → over by the end of the clause's event",
        ),
        // "which have retreated when weapons radar locks onto them": a present perfect
        // reaches the time of writing, so it is read as a simple verb.
        Aspect::Perfective | Aspect::PerfectiveProgressive if matches!(m.tense, Tense::Past | Tense::None) => (
            main,
            RelationKind::StartsBeforeEnd,
            sub,
            "<event in a past perfect> when <clause> → starts no later than the clause's event ends",
        ),
        _ => (
            sub,
            RelationKind::StartsBeforeEnd,
            main,
            "<event> when <clause> → the clause's event starts no later than it ends",
        ),
    })
}

/// The verb after event `n` of its sentence whose subject holds `n`'s head: "the fire" in
/// "hours after the fire was contained", "a shipment" in "after a shipment was held up".
fn verb_of_subject(input: &Input, n: usize) -> Option<usize> {
    let head = input.events[n].head;
    in_sentence(input, input.events[n].sentence).find(|&i| {
        let e = &input.events[i];
        i > n
            && e.pos == EventPos::Verb
            && e.who
                .is_some_and(|w| w.start <= head.start && head.end <= w.end)
    })
}

/// Prepositions before an event noun or -ing form ("following the mutiny", "since the
/// quake"), with their sense and rule.
const PHRASE_CONNECTIVES: &[(&str, Sense, &str)] = &[
    (
        "after",
        Sense::After,
        "<event> after|following <event> → the second one first",
    ),
    (
        "following",
        Sense::After,
        "<event> after|following <event> → the second one first",
    ),
    (
        "before",
        Sense::Before,
        "<event> before <event> → the first one first",
    ),
    (
        "amid",
        Sense::With,
        "<event> amid|during <event> → at the same time",
    ),
    (
        "during",
        Sense::With,
        "<event> amid|during <event> → at the same time",
    ),
    // "The crossing had been closed since the quake".
    (
        "since",
        Sense::Since,
        "<state> since <event> → the event first",
    ),
    // "The roads stayed closed until the visit".
    (
        "until",
        Sense::Until,
        "<event> until <event> → ends by then",
    ),
];

/// "15 percent contained as of Thursday night, down from 20 percent a day earlier", "sales
/// rose 5% from a year earlier", "higher than a year ago": the time of the figure compared
/// with, not of the clause's verb. After "from|than|compared with|to" and a quantity, any time;
/// without a quantity only a time counted back ("a year earlier", "a year ago", "last year",
/// "the same period a year earlier", "the year-ago quarter"), since "from Monday" opens a
/// stretch.
fn compared_with(seg: &Segmentation, m: &Mention) -> bool {
    let start = seg.sentences[m.sentence].tokens.start;
    let mut t = seg.token_at(m.span.start);
    let word = |t: usize| seg.lower_of(seg.tokens[t].span);
    // "compared with 8.4 trillion won in 1995": the figure's time after "in".
    if t > start + 1 && word(t - 1) == "in" {
        t -= 1;
    }
    let mut quantity = false;
    for _ in 0..4 {
        if t <= start {
            return false;
        }
        let w = word(t - 1);
        if w.bytes().any(|b| b.is_ascii_digit())
            || matches!(w, "%" | "$" | "percent" | "per" | "cent" | "points")
            || crate::event::lexicon::AMOUNT_SCALES.contains(&w)
            || CURRENCIES.contains(&w)
        {
            quantity = true;
            t -= 1;
        } else {
            break;
        }
    }
    if t <= start {
        return false;
    }
    let comparing = match word(t - 1) {
        "from" | "than" | "versus" => true,
        "with" | "to" => t >= start + 2 && matches!(word(t - 2), "compared" | "comparison"),
        _ => false,
    };
    let counted_back = match &m.expr {
        TimeExpr::Anaphoric { direction, .. } => *direction == Direction::Before,
        // "compared with the same period a year earlier", "the year-ago quarter".
        TimeExpr::Ago { .. } | TimeExpr::YearAgoPeriod { .. } => true,
        TimeExpr::Deictic { .. } => word(seg.token_at(m.span.start)) == "last",
        _ => false,
    };
    comparing && (quantity || counted_back)
}

/// The verbal event of the when-clause right after time phrase `m`: "the previous three
/// nights, when the two sides clashed".
fn when_clause_event(input: &Input, m: &Mention) -> Option<usize> {
    let seg = input.seg;
    let clause = &seg.clauses[m.clause];
    let next_clause = m.clause + 1;
    let ends_clause = seg.tokens[clause.tokens.end - 1].span.end <= m.span.end + 1;
    if !(ends_clause
        && next_clause < seg.clauses.len()
        && seg.clauses[next_clause].sentence == m.sentence
        && seg.clauses[next_clause].marker.as_deref() == Some("when"))
    {
        return None;
    }
    in_sentence(input, m.sentence)
        .find(|&i| input.events[i].clause == next_clause && verbal(&input.events[i]))
}

/// Event `ei` of the when-clause after time phrase `mi` lies in that time.
fn when_clause_relation(input: &Input, ei: usize, mi: usize) -> Relation {
    rel(
        Node::Event(ei),
        RelationKind::During,
        Node::Time(mi),
        Sieve::TimeAnchor,
        "<time>, when <clause> → the clause's event in that time",
        Span::new(input.mentions[mi].span.start, input.events[ei].trigger.end),
    )
}

/// Currency names that close an amount compared with: "compared with 8.4 trillion won in
/// 1995", "from 120 million dollars a year earlier".
const CURRENCIES: &[&str] = &[
    "dollars", "dollar", "euros", "euro", "pounds", "yen", "yuan", "won", "rupees", "francs",
    "marks", "pesos", "rubles", "roubles",
];

/// "more than a month before they encrypted its files", "less than two hours after the
/// blast": a modifier of the amount right before the phrase (its span leaves it out) widens
/// the distance as it widens a moved time of day (`resolve::widen_moved_time`): "less than",
/// "up to" reach back to the event counted from, "nearly", "almost" a quarter of the way
/// towards it; "more than", "at least" go on by
/// the amount again (stay under twice it). "about" keeps the distance, which allows a unit
/// either side already. Returns the distance and whether a modifier widened it.
fn hedged(input: &Input, m: &Mention, offset: Option<Offset>) -> (Option<Offset>, bool) {
    let seg = input.seg;
    let start = seg
        .sentences
        .get(m.sentence)
        .map_or(m.span.start, |s| s.span.start.min(m.span.start));
    let before = seg.lower.get(start..m.span.start).unwrap_or("");
    // Not "over": "deliberated for about six hours over two days before returning" spreads
    // the hours across the days.
    let modifier = grammar::amount_modifier_ending(before).filter(|&(_, w)| w != "over");
    let (Some(mut o), Some((modifier, words))) = (offset, modifier) else {
        return (offset, false);
    };
    match modifier {
        // "nearly four weeks after": short of the amount, but not by much (a quarter of it).
        Modifier::LessThan if matches!(words, "nearly" | "almost") => {
            o.min_minutes -= o.min_minutes / 4
        }
        Modifier::LessThan | Modifier::EqualOrLess => o.min_minutes = 0,
        Modifier::MoreThan | Modifier::EqualOrMore => {
            let amount = o.min_minutes / 2 + o.max_minutes / 2;
            o.max_minutes = o.max_minutes.saturating_add(amount);
        }
        _ => return (offset, false),
    }
    (Some(o), true)
}

/// Words that, before "the", make "<n> <unit>s before|after <event>" a stretch of time
/// rather than a distance: "in the 48 hours before the wall failed", "during the two weeks
/// after the vote".
const STRETCH_PREPOSITIONS: &[&str] = &["in", "during", "over", "within", "throughout"];

/// Whether event-relative phrase `m` is preceded by "in the", "during the" ...: the event it
/// dates lies anywhere in the stretch, from the named event back (or on) by the amount.
fn within_the_stretch(input: &Input, m: &Mention) -> bool {
    let seg = input.seg;
    let t = seg.token_at(m.span.start);
    let word = |k: usize| seg.lower_of(seg.tokens[k].span);
    t >= 2
        && seg.tokens[t].span.start == m.span.start
        && word(t - 1) == "the"
        && STRETCH_PREPOSITIONS.contains(&word(t - 2))
}

/// The finite verb of the sentence's main clause before mention `m`, when `m` lies in a main
/// clause the splitter opened again after a subordinate one: "Ida made landfall near Port
/// Fourchon as a Category 4 storm, exactly 16 years after Katrina devastated the region".
fn main_verb_before(input: &Input, m: &Mention) -> Option<usize> {
    let seg = input.seg;
    if seg.clauses[m.clause].kind != ClauseKind::Main {
        return None;
    }
    // "Investigators believe the hackers had gained access in late January, more than a
    // month before they encrypted its files": after a complement clause the phrase dates the
    // complement's verb, the happening told, not the telling.
    let complement = m
        .clause
        .checked_sub(1)
        .filter(|&c| seg.clauses[c].kind == ClauseKind::Complement);
    if let Some(c) = complement {
        let told = in_sentence(input, m.sentence).rev().find(|&i| {
            let e = &input.events[i];
            verbal(e) && e.tense != Tense::None && e.clause == c
        });
        if told.is_some() {
            return told;
        }
    }
    in_sentence(input, m.sentence).rev().find(|&i| {
        let e = &input.events[i];
        verbal(e)
            && e.tense != Tense::None
            && e.trigger.end <= m.span.start
            && seg.clauses[e.clause].kind == ClauseKind::Main
    })
}

/// The times the time-anchor sieve placed each event in (`<event> During <time>`), in the
/// order the sieve stated them: built once for the connective sieve, which asks for an
/// event's anchor per phrase and per participle (a scan of the relations each time would be
/// quadratic in a long article).
struct TimeAnchors(Vec<(usize, usize)>);

impl TimeAnchors {
    fn new(out: &[Relation]) -> Self {
        let mut pairs: Vec<(usize, usize)> = out
            .iter()
            .filter_map(|r| match (r.source, r.kind, r.target) {
                (Node::Event(e), RelationKind::During, Node::Time(t))
                    if r.sieve == Sieve::TimeAnchor =>
                {
                    Some((e, t))
                }
                _ => None,
            })
            .collect();
        // Stable: an event's times stay in the order stated.
        pairs.sort_by_key(|&(e, _)| e);
        Self(pairs)
    }

    /// The times of event `e`, first stated first.
    fn of(&self, e: usize) -> impl Iterator<Item = usize> + '_ {
        let start = self.0.partition_point(|&(x, _)| x < e);
        self.0[start..]
            .iter()
            .take_while(move |&&(x, _)| x == e)
            .map(|&(_, t)| t)
    }
}

/// "the day after the crash" when the crash lies within a day ("crashed ... on Sunday"):
/// the calendar day after that day, not a day's distance from the crash, which may fall on
/// either of two days. The time-anchor sieve's relation of event `n` to a time of a day's
/// granularity gives the day; `g` is the event the phrase dates, `m` the phrase ("<n> days
/// after|before").
fn calendar_days_from(
    input: &Input,
    anchors: &TimeAnchors,
    m: &Mention,
    n: usize,
    g: usize,
    direction: Direction,
) -> Option<[Relation; 2]> {
    let TimeExpr::EventRelative {
        amount: Amount::Exact(days),
        unit: Unit::Day,
        ..
    } = m.expr
    else {
        return None;
    };
    let days = i64::try_from(days)
        .ok()
        .filter(|&d| (1..=31).contains(&d))?;
    let day_of = |x: usize| {
        anchors
            .of(x)
            .find(|&t| input.values[t].as_ref().is_some_and(whole_day))
    };
    // "crashed shortly after takeoff on Sunday ... the day after the crash": a definite noun
    // names the happening a verb of its kind told before (the latest such verb).
    let day = day_of(n).or_else(|| {
        let noun = &input.events[n];
        let seg = input.seg;
        let head = seg.token_at(noun.head.start);
        let definite = head > 0 && seg.lower_of(seg.tokens[head - 1].span) == "the";
        if noun.pos != EventPos::Noun || !definite {
            return None;
        }
        let kind = |e: &Event| {
            crate::event::calamity_of_verb(&e.lemma).or_else(|| {
                crate::event::lexicon::NOUN_OF_VERB
                    .iter()
                    .find(|(_, verb)| *verb == e.lemma)
                    .map(|&(noun, _)| noun)
            })
        };
        // A story tells of one crash: its "the crash" may come many sentences on.
        (n.saturating_sub(300)..n)
            .rev()
            .find(|&j| {
                verbal(&input.events[j]) && kind(&input.events[j]) == Some(noun.lemma.as_str())
            })
            .and_then(day_of)
    })?;
    // Apart by whole days: beyond the day before the one meant, and no further than it.
    let (a, b, far) = match direction {
        Direction::After => (Node::Time(day), Node::Event(g), RelationKind::EndsBefore),
        Direction::Before => (
            Node::Event(g),
            Node::Time(day),
            RelationKind::StartsAfterStart,
        ),
    };
    let evidence = Span::new(m.span.start, input.events[n].summary.end.max(m.span.end));
    let rule =
        "the|<n> day(s) after|before <event> on <day> → that many calendar days from the day";
    let mut near = rel(
        a,
        RelationKind::Before,
        b,
        Sieve::Connective,
        rule,
        evidence,
    );
    near.offset = Some(Offset {
        direction,
        min_minutes: (days - 1) * 1440 + 1,
        max_minutes: days * 1440,
    });
    let mut far = rel(
        Node::Event(g),
        far,
        Node::Time(day),
        Sieve::Connective,
        rule,
        evidence,
    );
    far.offset = Some(Offset {
        direction,
        min_minutes: 0,
        max_minutes: days * 1440,
    });
    Some([near, far])
}

/// Whether a time is one whole calendar day ("Sunday", "March 12"; not "late Tuesday", whose
/// day is the time's but whose start and end are not the day's).
fn whole_day(v: &TimeValue) -> bool {
    v.granularity == Granularity::Day
        && v.earliest.zip(v.latest).is_some_and(|(e, l)| {
            e.date() == l.date()
                && e == crate::temporal::day_start(e.date())
                && l == crate::temporal::day_end(l.date())
        })
}

/// The finite verbs coordinated by "and" with verb event `n`, in a chain ("rejected the
/// results of the October 29 election and called supporters onto the streets"), without a
/// time phrase of their own between them (a date inside a noun phrase is none), and not
/// `except` (the event the phrase hangs on).
fn coordinated_with(input: &Input, n: usize, except: usize) -> Vec<usize> {
    let seg = input.seg;
    let first = &input.events[n];
    if !finite(first) {
        return Vec::new();
    }
    let floor = seg.sentences[first.sentence].tokens.start;
    let mut chain = vec![n];
    for j in in_sentence(input, first.sentence).filter(|&j| j > n) {
        let e = &input.events[j];
        if !finite(e) || j == except {
            continue;
        }
        let trigger = seg.token_at(e.trigger.start);
        let Some(and) = crate::event::coordinated_verb(seg, floor, trigger) else {
            continue;
        };
        if seg.lower_of(seg.tokens[and].span) != "and" {
            continue;
        }
        let conjunction = seg.tokens[and].span.start;
        let before = in_sentence(input, first.sentence)
            .rev()
            .find(|&p| input.events[p].trigger.end <= conjunction && finite(&input.events[p]));
        let last = chain[chain.len() - 1];
        let dated_between = input.mentions.iter().any(|m| {
            m.span.start >= input.events[last].trigger.end
                && m.span.end <= e.trigger.start
                && !premodifies_noun(seg, m)
        });
        if before != Some(last) || dated_between {
            break;
        }
        chain.push(j);
    }
    chain.split_off(1)
}

/// Sieve 2: connectives.
fn connectives(input: &Input, out: &mut Vec<Relation>) {
    let seg = input.seg;
    // The time-anchor sieve's relations, all stated before this sieve's.
    let anchors = TimeAnchors::new(out);
    // "hours after the incident at the airport": the noun after the phrase, the clause's verb.
    for (mi, m) in input.mentions.iter().enumerate() {
        let TimeExpr::EventRelative { direction, .. } = m.expr else {
            continue;
        };
        let Some(v) = &input.values[mi] else { continue };
        let named = in_sentence(input, m.sentence).find(|&i| {
            let e = &input.events[i];
            e.sentence == m.sentence
                && e.head.start >= m.span.end
                && e.head.start <= m.span.end + 40
        });
        // "hours after the fire was contained": the noun is the subject of a clause, whose
        // verb is the event meant.
        let named = named.map(|n| verb_of_subject(input, n).unwrap_or(n));
        let governed = in_sentence(input, m.sentence)
            .rev()
            .find(|&i| {
                let e = &input.events[i];
                e.clause == m.clause && verbal(e) && e.trigger.end <= m.span.start
            })
            .map(|i| finite_governor(input, i))
            .or_else(|| named.and_then(|n| fronted_governor(input, m, n)))
            .or_else(|| main_verb_before(input, m));
        if let (Some(n), Some(g)) = (named, governed) {
            let (offset, hedge) = hedged(input, m, v.offset);
            // "rose in the 48 hours before the wall failed": anywhere in the stretch.
            let stretch = within_the_stretch(input, m);
            let offset = offset.map(|o| Offset {
                min_minutes: if stretch { 0 } else { o.min_minutes },
                ..o
            });
            // Event `k`, counted from, before or after `g` by the phrase's distance.
            let metric = |k: usize, rule: &'static str, end: usize| {
                let (a, b) = match direction {
                    Direction::After => (k, g),
                    Direction::Before => (g, k),
                };
                let span = Span::new(m.span.start, end.max(m.span.end));
                let mut r = rel(
                    Node::Event(a),
                    RelationKind::Before,
                    Node::Event(b),
                    Sieve::Connective,
                    rule,
                    span,
                );
                r.offset = offset;
                r
            };
            out.push(metric(
                n,
                if stretch {
                    "<event> in the <n> <unit>s after|before <event> → within that stretch"
                } else if hedge {
                    "<event> more than|less than <unit>s after|before <event noun> → metric distance, widened"
                } else {
                    "<event> <unit>s after|before <event noun> → metric distance"
                },
                input.events[n].summary.end,
            ));
            if let Some(rs) = calendar_days_from(input, &anchors, m, n, g, direction)
                .filter(|_| !hedge && !stretch)
            {
                out.extend(rs);
            }
            // "two days after he rejected the results and called supporters onto the
            // streets": the calling is counted from as well.
            for k in coordinated_with(input, n, g) {
                out.push(metric(
                    k,
                    "<event> <unit>s after|before <event> and <event> → metric distance to both",
                    input.events[k].trigger.end,
                ));
            }
        }
    }
    // Clause markers: "after the opposition alleged ...", "while", "as", "before".
    for (ci, c) in seg.clauses.iter().enumerate() {
        let Some(marker) = c.marker.as_deref() else {
            continue;
        };
        if c.kind != ClauseKind::Temporal {
            continue;
        }
        let Some(sub) = in_sentence(input, c.sentence)
            .find(|&i| input.events[i].clause == ci && verbal(&input.events[i]))
        else {
            continue;
        };
        let Some(main) = governing_before(input, c.sentence, c.span.start) else {
            continue;
        };
        let span = Span::new(
            input.events[main].trigger.start,
            input.events[sub].trigger.end,
        );
        if marker == "when" {
            if let Some((a, kind, b, rule)) = when_clause(input, ci, main, sub) {
                out.push(rel(a, kind, b, Sieve::Connective, rule, span));
            }
            continue;
        }
        let Some(&(_, sense, rule)) = CLAUSE_CONNECTIVES.iter().find(|(w, ..)| *w == marker) else {
            continue;
        };
        let (a, kind, b) = sense.relate(main, sub);
        out.push(rel(a, kind, b, Sieve::Connective, rule, span));
    }
    // "a contrast to the previous three nights, when the two sides clashed": the event of an
    // anaphoric stretch comes before (or after) the event it is counted from.
    for r in out.clone() {
        let (Node::Event(x), RelationKind::During, Node::Time(mi)) = (r.source, r.kind, r.target)
        else {
            continue;
        };
        let m = &input.mentions[mi];
        let TimeExpr::Anaphoric { direction, .. } = m.expr else {
            continue;
        };
        // "will continue ... over the next two weeks, and ... will pay ... within the
        // following three days": counted from the publish date, not from the event before.
        let from_now = input
            .values
            .get(mi)
            .and_then(Option::as_ref)
            .is_some_and(|v| {
                v.trace.assumption.as_deref() == Some(crate::temporal::FROM_PUBLISH_DATE)
            });
        if from_now {
            continue;
        }
        let Some(reference) = in_sentence(input, m.sentence).rev().find(|&i| {
            let e = &input.events[i];
            i != x && e.sentence == m.sentence && verbal(e) && e.trigger.end <= m.span.start
        }) else {
            continue;
        };
        let span = Span::new(
            input.events[reference].trigger.start,
            input.events[x].trigger.end.max(m.span.end),
        );
        let (a, b) = match direction {
            Direction::Before => (x, reference),
            Direction::After => (reference, x),
        };
        out.push(rel(Node::Event(a), RelationKind::Before, Node::Event(b), Sieve::Connective, "<event> ... the previous|following <unit>, when <event> → counted from the first event", span));
    }
    // Prepositions before an event: "following the mutiny", "after claiming victory", "amid",
    // "since the quake", "until the vote".
    for (i, e) in input.events.iter().enumerate() {
        let t = seg.token_at(e.summary.start);
        if t == 0 || t <= seg.sentences[e.sentence].tokens.start {
            continue;
        }
        // "hours after the incident" is handled above, with its distance.
        let prep_span = seg.tokens[t - 1].span;
        if input.mentions.iter().any(|m| m.span.contains(prep_span)) {
            continue;
        }
        let prep = seg.lower_of(seg.tokens[t - 1].span);
        let Some(main) = governing_before(input, e.sentence, seg.tokens[t - 1].span.start) else {
            continue;
        };
        if main == i {
            continue;
        }
        let span = Span::new(input.events[main].trigger.start, e.summary.end);
        let of_results = prep == "of"
            && t >= 2
            && matches!(
                seg.lower_of(seg.tokens[t - 2].span),
                "results" | "result" | "outcome" | "aftermath"
            );
        if of_results {
            out.push(rel(
                Node::Event(i),
                RelationKind::Before,
                // The finite verb that talks about the results, not an infinitive under it.
                Node::Event(
                    (0..=main)
                        .rev()
                        .find(|&k| {
                            input.events[k].sentence == e.sentence
                                && input.events[k].tense != Tense::None
                        })
                        .unwrap_or(main),
                ),
                Sieve::Connective,
                "<event> the results of <event> → the second one first",
                span,
            ));
            continue;
        }
        if prep == "since" && after_superlative(seg, e.sentence, t - 1) {
            continue;
        }
        let Some(&(_, sense, rule)) = PHRASE_CONNECTIVES.iter().find(|(w, ..)| *w == prep) else {
            continue;
        };
        let (a, kind, b) = sense.relate(main, i);
        out.push(rel(a, kind, b, Sieve::Connective, rule, span));
        // "was delayed after a shipment was held up": the noun opens a clause, whose finite
        // verb is related too (not a relative clause's, "after a fight that erupted", nor a
        // participle's, "after a coup aimed at ...").
        let clause_verb = verb_of_subject(input, i).filter(|&v| {
            let ve = &input.events[v];
            e.pos == EventPos::Noun
                && v != main
                && matches!(ve.tense, Tense::Past | Tense::Present | Tense::Future)
                && seg.clauses[ve.clause].kind != ClauseKind::Relative
        });
        if let Some(v) = clause_verb {
            let span = Span::new(span.start, input.events[v].summary.end.max(span.end));
            let (a, kind, b) = sense.relate(main, v);
            out.push(rel(a, kind, b, Sieve::Connective, rule, span));
        }
    }
    // "Speaking to a crowd ..., Morales sent greetings": a participle opening the sentence
    // happens with the main clause.
    for (ci, c) in seg.clauses.iter().enumerate() {
        if c.kind != ClauseKind::Participial
            || c.tokens.start != seg.sentences[c.sentence].tokens.start
            || perfect(c)
        {
            continue;
        }
        let Some(p) = in_sentence(input, c.sentence)
            .find(|&i| input.events[i].clause == ci && verbal(&input.events[i]))
        else {
            continue;
        };
        let main = in_sentence(input, c.sentence).find(|&i| {
            let e = &input.events[i];
            e.sentence == c.sentence
                && verbal(e)
                && seg.clauses[e.clause].kind == ClauseKind::Main
                && e.tense != Tense::None
        });
        if let Some(m) = main {
            let span = Span::new(input.events[p].trigger.start, input.events[m].trigger.end);
            // "Speaking to a crowd, Morales sent greetings": the greetings were sent while
            // he spoke.
            out.push(rel(
                Node::Event(m),
                RelationKind::During,
                Node::Event(p),
                Sieve::Connective,
                "<-ing clause>, <main clause> → the main event while the -ing one goes on",
                span,
            ));
        }
    }
    // "The storm hit the coast late Sunday, killing three people": a participle after a comma
    // tells what came with or of the finite event before it, so it starts no earlier.
    // "having lost the vote" (a perfect participle) tells what came before the main clause.
    for (ci, c) in seg.clauses.iter().enumerate() {
        if c.kind != ClauseKind::Participial {
            continue;
        }
        if perfect(c) {
            perfect_participle(input, ci, out);
            continue;
        }
        // "following a 0.3 percent increase", "including", "according to": prepositions.
        if c.tokens.start == seg.sentences[c.sentence].tokens.start
            || crate::event::is_not_verb(seg.lower_of(seg.tokens[c.tokens.start].span))
        {
            continue;
        }
        let Some(p) = in_sentence(input, c.sentence).find(|&i| {
            let e = &input.events[i];
            e.clause == ci && verbal(e) && e.trigger.start == seg.tokens[c.tokens.start].span.start
        }) else {
            continue;
        };
        // A toll goes with the finite verb right before it: "recovered the recorders of a jet
        // that crashed on Sunday, killing all 157" tells the crash's toll, not the
        // recovery's. Other participles go with the main clause ("measures which made it
        // easier to sell, causing prices to rise" tells what the rise in demand caused).
        let toll = crate::event::lexicon::TOLL_VERBS.contains(&input.events[p].lemma.as_str());
        let Some(main) = in_sentence(input, c.sentence).rev().find(|&i| {
            let e = &input.events[i];
            verbal(e)
                && e.trigger.end <= c.span.start
                && e.tense != Tense::None
                && !e.negated
                && match seg.clauses[e.clause].kind {
                    ClauseKind::Main => true,
                    ClauseKind::Relative | ClauseKind::Complement => toll,
                    _ => false,
                }
        }) else {
            continue;
        };
        let span = Span::new(
            input.events[main].trigger.start,
            input.events[p].trigger.end,
        );
        out.push(rel(
            Node::Event(p),
            RelationKind::StartsAfterStart,
            Node::Event(main),
            Sieve::Connective,
            "<main clause>, <-ing clause> → the -ing event starts with or after the main one",
            span,
        ));
        // "plunged into the sea in October, killing 189 people": what came of it began
        // within the time that dates it (a toll, damage: happened within it), unless the
        // -ing clause has a time of its own ("joined in 2001, rising to partner in 2008").
        let own_time = !clause_mentions(input, ci).is_empty();
        let dated = anchors.of(main).next().filter(|_| !own_time);
        if let Some(t) = dated {
            out.push(if toll {
                rel(
                    Node::Event(p),
                    RelationKind::During,
                    Node::Time(t),
                    Sieve::Connective,
                    "<clause> <time>, killing|injuring|destroying ... → the toll within that time",
                    span,
                )
            } else {
                rel(
                    Node::Event(p),
                    RelationKind::StartsBeforeEnd,
                    Node::Time(t),
                    Sieve::Connective,
                    "<clause> <time>, <-ing clause> → the -ing event starts within that time",
                    span,
                )
            });
        }
    }
}

/// A participial clause opened by "having" (markers are lower-case): a perfect participle.
fn perfect(c: &crate::segment::Clause) -> bool {
    c.marker.as_deref() == Some("having")
}

/// "Having lost the vote, the minister resigned", "The minister, having lost the vote,
/// resigned", "..., having lost the vote": the perfect participle's event comes first. The main
/// event is the finite main-clause event after the participle, else the one before it.
fn perfect_participle(input: &Input, ci: usize, out: &mut Vec<Relation>) {
    let seg = input.seg;
    let c = &seg.clauses[ci];
    // "Having" itself is the auxiliary, not the event.
    let Some(p) = in_sentence(input, c.sentence).find(|&i| {
        let e = &input.events[i];
        e.clause == ci && verbal(e) && seg.lower_of(e.trigger) != "having"
    }) else {
        return;
    };
    let finite = |i: &usize| {
        let e = &input.events[*i];
        verbal(e)
            && e.clause != ci
            && e.tense != Tense::None
            && !e.negated
            && seg.clauses[e.clause].kind == ClauseKind::Main
    };
    let main = in_sentence(input, c.sentence)
        .filter(finite)
        .find(|&i| input.events[i].trigger.start >= c.span.end)
        .or_else(|| {
            in_sentence(input, c.sentence)
                .filter(finite)
                .rev()
                .find(|&i| input.events[i].trigger.end <= c.span.start)
        });
    let Some(main) = main else { return };
    let (a, b) = (input.events[p].trigger, input.events[main].trigger);
    out.push(rel(
        Node::Event(p),
        RelationKind::Before,
        Node::Event(main),
        Sieve::Connective,
        "having <participle> ..., <main clause> → the participle's event first",
        Span::new(a.start.min(b.start), a.end.max(b.end)),
    ));
}

/// Sieve 3: reported speech.
fn reported_speech(input: &Input, out: &mut Vec<Relation>) {
    let scheduled = scheduled_ahead(input, out);
    for (r, report) in input.events.iter().enumerate() {
        if report.class != EventClass::Reporting
            || !verbal(report)
            || report.tense == Tense::None && report.aspect != Aspect::Progressive
        {
            continue;
        }
        for i in in_sentence(input, report.sentence) {
            let e = &input.events[i];
            let governed = e.governor == Some(r);
            // What the report governs may come before it ("Three people died, officials
            // said"); anything else must follow it.
            if i == r || (!governed && e.head.start < report.trigger.end) {
                continue;
            }
            // Only a noun told as having happened started before the report about it
            // ("saying he hoped to get ... a letter of resignation" is not one).
            let object_noun = e.pos == EventPos::Noun
                && e.clause == report.clause
                && e.status == crate::event::Status::Asserted;
            if !(governed || object_noun) {
                continue;
            }
            // "Officials said the ceremony was to take place on March 20": the plan is told,
            // not when the ceremony lies against the saying.
            if crate::event::future_in_past(e, &input.seg.lower) {
                continue;
            }
            let span = Span::new(
                report.trigger.start.min(e.summary.start),
                report.trigger.end.max(e.summary.end).max(e.trigger.end),
            );
            let placement = if scheduled[i] {
                Tense::Future
            } else {
                e.placement()
            };
            let relation = match placement {
                Tense::Future => rel(
                    Node::Event(r),
                    RelationKind::Before,
                    Node::Event(i),
                    Sieve::ReportedSpeech,
                    "<report> <future event> → the event after the report",
                    span,
                ),
                Tense::Present if e.pos == EventPos::Verb => rel(
                    Node::Event(i),
                    RelationKind::Overlaps,
                    Node::Event(r),
                    Sieve::ReportedSpeech,
                    "<report> <present event> → holds when reported",
                    span,
                ),
                Tense::Past | Tense::None
                    if e.pos == EventPos::Noun || e.placement() == Tense::Past =>
                {
                    rel(
                        Node::Event(i),
                        RelationKind::StartsBefore,
                        Node::Event(r),
                        Sieve::ReportedSpeech,
                        "<report> about a past event → the event started first",
                        span,
                    )
                }
                _ => continue,
            };
            out.push(relation);
        }
    }
}

/// Sieve 4: discourse markers.
/// The event of the sentence before `sentence` that a "Then," or "Later," follows: its last
/// finite verb told as fact, or as reported when a verb of saying closes the sentence
/// ("Firefighters had contained the fire, the chief said. Crews then began pumping": the
/// pumping follows the containing, not the saying).
fn told_before(input: &Input, sentence: usize) -> Option<usize> {
    let prev = sentence.checked_sub(1)?;
    let finite_in_prev = |j: &usize| {
        let e = &input.events[*j];
        e.sentence == prev && finite(e)
    };
    let last = in_sentence(input, prev)
        .rev()
        .find(|j| finite_in_prev(j) && input.events[*j].status == Status::Asserted)?;
    if input.events[last].class != EventClass::Reporting {
        return Some(last);
    }
    in_sentence(input, prev)
        .rev()
        .filter(finite_in_prev)
        .find(|&j| j < last && input.events[j].status == Status::Reported)
        .or(Some(last))
}

fn discourse(input: &Input, out: &mut Vec<Relation>, findings: &mut Vec<Finding>) {
    for m in input.mentions {
        let TimeExpr::Discourse { direction } = m.expr else {
            continue;
        };
        let Some(cur) = in_sentence(input, m.sentence)
            .find(|&i| verbal(&input.events[i]) && input.events[i].governor.is_none())
        else {
            continue;
        };
        let Some(p) = told_before(input, m.sentence) else {
            findings.push(Finding {
                span: m.span,
                message: format!(
                    "{:?} orders this sentence against the one before it, but no earlier sentence reports an event; no relation made",
                    &input.text[m.span.start..m.span.end]
                ),
            });
            continue;
        };
        let span = Span::new(
            input.seg.sentences[m.sentence - 1].span.start,
            input.events[cur].trigger.end,
        );
        let (a, b) = match direction {
            Direction::After => (p, cur),
            Direction::Before => (cur, p),
        };
        out.push(rel(
            Node::Event(a),
            RelationKind::Before,
            Node::Event(b),
            Sieve::Discourse,
            "Later|Then|Earlier, <sentence> → after|before the sentence before",
            span,
        ));
    }
    let seg = input.seg;
    // "Crews then began pumping water": an adverb of sequence between the subject and the
    // first verb of a sentence orders it after the sentence before, as "Then," would.
    for (i, e) in input.events.iter().enumerate() {
        if !finite(e) || e.governor.is_some() || e.sentence == 0 {
            continue;
        }
        let trigger = seg.token_at(e.trigger.start);
        let floor = seg.sentences[e.sentence].tokens.start;
        let first_verb = in_sentence(input, e.sentence)
            .find(|&j| verbal(&input.events[j]))
            .is_some_and(|j| j == i);
        if !first_verb
            || trigger < floor + 2
            || !crate::event::lexicon::SEQUENCE_ADVERBS
                .contains(&seg.lower_of(seg.tokens[trigger - 1].span))
        {
            continue;
        }
        let subject = &seg.tokens[trigger - 2];
        if subject.kind != crate::segment::TokenKind::Word
            || matches!(seg.lower_of(subject.span), "and" | "or" | "but")
        {
            continue;
        }
        let Some(p) = told_before(input, e.sentence) else {
            continue;
        };
        out.push(rel(
            Node::Event(p),
            RelationKind::Before,
            Node::Event(i),
            Sieve::Discourse,
            "<subject> then|later <verb> → after the sentence before",
            Span::new(seg.sentences[e.sentence - 1].span.start, e.trigger.end),
        ));
    }
    // Within a sentence: "withdrew on Tuesday and then returned", "fought in the war and later
    // served in Congress": the second verb after the first.
    for (i, e) in input.events.iter().enumerate() {
        if !finite(e) {
            continue;
        }
        let trigger = seg.token_at(e.trigger.start);
        let floor = seg.sentences[e.sentence].tokens.start;
        if trigger == floor
            || !crate::event::lexicon::SEQUENCE_ADVERBS
                .contains(&seg.lower_of(seg.tokens[trigger - 1].span))
        {
            continue;
        }
        let Some(and) = crate::event::coordinated_verb(seg, floor, trigger) else {
            continue;
        };
        let conjunction = seg.tokens[and].span.start;
        let first = in_sentence(input, e.sentence).rev().find(|&j| {
            let p = &input.events[j];
            p.trigger.end <= conjunction && finite(p) && !p.negated
        });
        let Some(p) = first else { continue };
        out.push(rel(
            Node::Event(p),
            RelationKind::Before,
            Node::Event(i),
            Sieve::Discourse,
            "<event> and then|later <event> → the first one first",
            Span::new(input.events[p].trigger.start, e.trigger.end),
        ));
    }
    since_then(input, out);
    at_that_time(input, out);
}

/// Words before a clause-final "then" that make it no "at that time": "since then" (read by
/// [`since_then`]), "until then", "by then", "from then", "and then", "just then".
const NOT_AT_THAT_TIME: &[&str] = &[
    "since", "until", "till", "by", "from", "and", "but", "or", "just", "even", "only", "back",
    "ever", "right",
];

/// "The same line saw a smaller derailment in March 2021, when six empty cars left the tracks.
/// No one was hurt then.": a "then" that closes its clause is the time last talked about, the
/// last dated phrase of the two sentences before, when its own sentence has none. The event it
/// dates is the clause's finite verb before it.
fn at_that_time(input: &Input, out: &mut Vec<Relation>) {
    let seg = input.seg;
    for (s, sentence) in seg.sentences.iter().enumerate() {
        let (floor, end) = (sentence.tokens.start, sentence.tokens.end);
        for t in floor + 1..end {
            if seg.lower_of(seg.tokens[t].span) != "then"
                || NOT_AT_THAT_TIME.contains(&seg.lower_of(seg.tokens[t - 1].span))
                || (t + 1 < end && seg.tokens[t + 1].kind != crate::segment::TokenKind::Punct)
            {
                continue;
            }
            if input.mentions.iter().any(|m| m.sentence == s) {
                continue;
            }
            let at = seg.tokens[t].span.start;
            let Some(e) = in_sentence(input, s).rev().find(|&j| {
                let e = &input.events[j];
                finite(e) && e.trigger.end <= at
            }) else {
                continue;
            };
            let Some(mi) = input
                .mentions
                .iter()
                .rposition(|m| m.sentence < s && m.sentence + 2 >= s)
            else {
                continue;
            };
            if value_bounds(input, mi).is_none() {
                continue;
            }
            out.push(rel(
                Node::Event(e),
                RelationKind::During,
                Node::Time(mi),
                Sieve::Discourse,
                "<event> then → at the time last talked about",
                Span::new(input.mentions[mi].span.start, seg.tokens[t].span.end),
            ));
        }
    }
}

/// Whether the tokens from `t` on read "since then", or "ever since" closing its clause
/// ("has lived there ever since"; "ever since he left" is a clause the connective sieve
/// reads), and how many tokens the phrase takes.
fn since_then_at(seg: &Segmentation, t: usize, end: usize) -> Option<usize> {
    let word = |k: usize| (k < end).then(|| seg.lower_of(seg.tokens[k].span));
    match (word(t)?, word(t + 1)) {
        ("since", Some("then")) => Some(2),
        ("ever", Some("since")) => {
            let closes = word(t + 2).is_none_or(|w| !w.starts_with(char::is_alphanumeric));
            closes.then_some(2)
        }
        _ => None,
    }
}

/// "Reilly resigned in April 2023 and has remained free on bond since then": "then" is the
/// happening told last, and the state goes on since it. The event "since then" modifies is
/// the clause's verb before the phrase, or, when the phrase opens its sentence ("Since then,
/// prices have doubled"), the first finite verb after it; "then" is the last finite verb
/// asserted before that event in the sentence, or the sentence before's.
fn since_then(input: &Input, out: &mut Vec<Relation>) {
    let seg = input.seg;
    for (s, sentence) in seg.sentences.iter().enumerate() {
        let (floor, end) = (sentence.tokens.start, sentence.tokens.end);
        for t in floor..end {
            let Some(len) = since_then_at(seg, t, end) else {
                continue;
            };
            let at = seg.tokens[t].span.start;
            let is_finite = |j: &usize| finite(&input.events[*j]);
            let opens = t == floor
                || (t == floor + 1
                    && matches!(seg.lower_of(seg.tokens[floor].span), "and" | "but"));
            let state = if opens {
                let after = seg.tokens[t + len - 1].span.end;
                in_sentence(input, s)
                    .filter(is_finite)
                    .find(|&j| input.events[j].trigger.start >= after)
            } else {
                in_sentence(input, s)
                    .rev()
                    .filter(is_finite)
                    .find(|&j| input.events[j].trigger.end <= at)
            };
            let Some(state) = state else { continue };
            let before = input.events[state].trigger.start;
            let then = in_sentence(input, s)
                .rev()
                .filter(is_finite)
                .find(|&j| {
                    let e = &input.events[j];
                    e.trigger.end <= before && e.status == Status::Asserted && !e.negated
                })
                .or_else(|| told_before(input, s));
            let Some(then) = then else { continue };
            let from = input.events[then].trigger.start.min(before);
            out.push(rel(
                Node::Event(then),
                RelationKind::StartsBefore,
                Node::Event(state),
                Sieve::Discourse,
                "<state> since then|ever since → goes on since the happening told last",
                Span::new(from, seg.tokens[t + len - 1].span.end.max(before)),
            ));
        }
    }
}

/// Sieve 5: past perfect before the simple past that governs it.
fn tense_aspect(input: &Input, out: &mut Vec<Relation>) {
    let seg = input.seg;
    for (i, e) in input.events.iter().enumerate() {
        if !(verbal(e) && e.tense == Tense::Past && e.aspect == Aspect::Perfective)
            || crate::event::ahead_of_modal(seg, input.events, i)
        {
            continue;
        }
        let own = seg.clauses[e.clause].kind;
        let governor = (in_sentence(input, e.sentence).start..i).rev().find(|&j| {
            let g = &input.events[j];
            g.sentence == e.sentence
                && verbal(g)
                && g.tense == Tense::Past
                && g.aspect == Aspect::None
                && g.clause != e.clause
                && !matches!(seg.clauses[g.clause].kind, ClauseKind::Relative)
                && !(own == ClauseKind::Main && seg.clauses[g.clause].kind != ClauseKind::Main)
        });
        if let Some(g) = governor {
            let span = Span::new(input.events[g].trigger.start, e.trigger.end);
            out.push(rel(
                Node::Event(i),
                RelationKind::Before,
                Node::Event(g),
                Sieve::TenseAspect,
                "past perfect under a simple past → before it",
                span,
            ));
        }
    }
}

/// True when event `i` is a state told in the present perfect from a time on: "has been under
/// investigation since March", "The plant has been closed since March" (a passive of
/// `RESULT_STATES`). The state still holds when the article is written; an occurrence in the
/// present perfect ("have been killed since Monday") is over by then.
fn holds_since(input: &Input, i: usize) -> bool {
    let e = &input.events[i];
    let seg = input.seg;
    let state = e.class == EventClass::State
        || (crate::event::passive(e, &seg.lower)
            && crate::event::lexicon::RESULT_STATES.contains(&e.lemma.as_str()));
    e.tense == Tense::Present
        && e.aspect == Aspect::Perfective
        && state
        && clause_mentions(input, e.clause).any(|k| lead_of(seg, &input.mentions[k]) == Lead::Since)
}

/// "Talks start on Monday", "the minister leaves for Paris on March 10", published before
/// that day: a verb in the simple or progressive present that the time-anchor sieve put
/// within a day after the publish date (`anchored`, the relations found so far) tells what
/// is scheduled, not what holds as the article is written. The publish-date and
/// reported-speech sieves read it as a future. One flag per event, from one pass over the
/// relations.
fn scheduled_ahead(input: &Input, anchored: &[Relation]) -> Vec<bool> {
    let mut scheduled = vec![false; input.events.len()];
    let Some(published) = input.published else {
        return scheduled;
    };
    for r in anchored {
        let Some(i) = anchored_ahead(r, input.values, published) else {
            continue;
        };
        let e = &input.events[i];
        scheduled[i] = verbal(e)
            && e.tense == Tense::Present
            && matches!(e.aspect, Aspect::None | Aspect::Progressive)
            && e.modality.is_none();
    }
    scheduled
}

/// The event that relation `r` of the time-anchor sieve puts within a date or a clock time
/// (`values`, by mention) that starts after the `published` day, if it is one such relation:
/// "Talks start on Monday" published on the Wednesday before ([`scheduled_ahead`]),
/// "welcomed the decision ... early next month" (`timeline::build`, the reader's timeline).
pub(crate) fn anchored_ahead(
    r: &Relation,
    values: &[Option<TimeValue>],
    published: chrono::NaiveDate,
) -> Option<usize> {
    let (Node::Event(i), RelationKind::During, Node::Time(k), Sieve::TimeAnchor) =
        (r.source, r.kind, r.target, r.sieve)
    else {
        return None;
    };
    values
        .get(k)?
        .as_ref()
        .is_some_and(|v| {
            matches!(v.kind, TimexType::Date | TimexType::Time)
                && v.offset.is_none()
                && v.earliest.is_some_and(|t| t.date() > published)
        })
        .then_some(i)
}

/// Sieve 6: tense against the publish date.
fn publish_date(input: &Input, out: &mut Vec<Relation>) {
    let scheduled = scheduled_ahead(input, out);
    for (i, e) in input.events.iter().enumerate() {
        if !verbal(e) {
            continue;
        }
        let span = e.trigger;
        // A participle that is told as fact, or reported as one after a comma ("A dam gave
        // way, sending water through three towns, officials said"), takes the tense of its
        // sentence's finite verb: "television broadcast footage of police shaking hands".
        let mut placement = e.placement();
        // So does one reported only by an adverb ("for allegedly helping tax evasion").
        let told = e.status == Status::Asserted
            || e.status == Status::Reported
                && (input.seg.clauses[e.clause].kind == ClauseKind::Participial
                    || crate::event::attributed(input.seg, e))
                && !crate::event::inside_quotes(
                    input.text,
                    input.seg.sentences[e.sentence].span,
                    e.trigger.start,
                );
        if placement == Tense::None
            && e.aspect == Aspect::Progressive
            && told
            && e.governor.is_none()
            && !crate::event::ing_after_article(input.seg, e)
        {
            placement = in_sentence(input, e.sentence)
                .map(|k| &input.events[k])
                .find(|f| verbal(f) && f.placement() != Tense::None)
                .map_or(Tense::None, |f| f.placement());
            if placement == Tense::Past {
                out.push(rel(
                    Node::Event(i),
                    RelationKind::EndsBefore,
                    Node::Published,
                    Sieve::PublishDate,
                    "participle in a past-tense sentence → over by the publish date",
                    span,
                ));
            }
            continue;
        }
        // "would be allowed to return once the water had fallen": a backshifted past is
        // still to come. This test, `present_ahead` and `attributed` are read again here,
        // not taken from the status the event stage gave: the sieve also runs on events it
        // did not make (annotated ones, with their own tense and spans), whose status was
        // read under other attributes.
        if placement == Tense::Past && crate::event::ahead_of_modal(input.seg, input.events, i) {
            continue;
        }
        // A present that tells of a time to come: a schedule ("Talks start on Monday"), or a
        // present in a temporal clause after a modal ("will reopen once the water has gone
        // down").
        let ahead = if scheduled[i] {
            Some("present tense with a day after the publish date (a schedule) → not before the publish date")
        } else if e.tense == Tense::Present
            && crate::event::present_ahead(input.seg, input.events, i).is_some()
        {
            Some("present in a temporal clause after will|would|could|might|expected to → not before the publish date")
        } else {
            None
        };
        if let Some(rule) = ahead {
            out.push(rel(
                Node::Published,
                RelationKind::StartsBefore,
                Node::Event(i),
                Sieve::PublishDate,
                rule,
                span,
            ));
            continue;
        }
        let r = match (placement, e.aspect) {
            (Tense::Past, Aspect::Progressive | Aspect::PerfectiveProgressive) => rel(
                Node::Event(i),
                RelationKind::StartsBeforeEnd,
                Node::Published,
                Sieve::PublishDate,
                "past progressive → started by the publish date",
                span,
            ),
            (Tense::Past, _)
                if e.tense == Tense::Present && e.aspect == Aspect::PerfectiveProgressive =>
            {
                continue
            }
            // "The ceremony was to take place on March 20": planned, perhaps not held.
            (Tense::Past, _) if crate::event::future_in_past(e, &input.seg.lower) => continue,
            (Tense::Past, _) if holds_since(input, i) => rel(
                Node::Event(i),
                RelationKind::Overlaps,
                Node::Published,
                Sieve::PublishDate,
                "present perfect state since <time> → still holds on the publish date",
                span,
            ),
            (Tense::Past, _) => rel(
                Node::Event(i),
                RelationKind::EndsBefore,
                Node::Published,
                Sieve::PublishDate,
                "past tense → over by the publish date",
                span,
            ),
            (Tense::Present, Aspect::PerfectiveProgressive) => rel(
                Node::Event(i),
                RelationKind::Overlaps,
                Node::Published,
                Sieve::PublishDate,
                "present perfect progressive → started before, still going on the publish date",
                span,
            ),
            (Tense::Present, _) => rel(
                Node::Event(i),
                RelationKind::Overlaps,
                Node::Published,
                Sieve::PublishDate,
                "present tense → holds on the publish date",
                span,
            ),
            (Tense::Future, _) => rel(
                Node::Published,
                RelationKind::StartsBefore,
                Node::Event(i),
                Sieve::PublishDate,
                "future → not before the publish date",
                span,
            ),
            (Tense::None, _) => continue,
        };
        out.push(r);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Article;
    use crate::pipeline::{analyze, Analysis};

    fn analysis(text: &str) -> Analysis {
        let published = chrono::NaiveDate::from_ymd_opt(1998, 2, 27).unwrap();
        analyze(
            &Article::from_body("t", text, published),
            &crate::Options::default(),
        )
    }

    /// The time-anchor relations of the event whose trigger is `trigger`, as
    /// (source is the event, kind, the time's text).
    fn anchored<'a>(a: &'a Analysis, trigger: &str) -> Vec<(bool, RelationKind, &'a str)> {
        let ei = a
            .events
            .iter()
            .position(|e| a.text_between(e.trigger.start, e.trigger.end) == trigger)
            .unwrap_or_else(|| panic!("no event {trigger:?}"));
        let time = |n: Node| match n {
            Node::Time(m) => a.text_between(a.mentions[m].span.start, a.mentions[m].span.end),
            _ => "",
        };
        a.relations
            .iter()
            .filter(|r| r.sieve == Sieve::TimeAnchor)
            .filter_map(|r| match (r.source, r.target) {
                (Node::Event(e), t) if e == ei => Some((true, r.kind, time(t))),
                (t, Node::Event(e)) if e == ei => Some((false, r.kind, time(t))),
                _ => None,
            })
            .collect()
    }

    use RelationKind::{
        Before, During, EndsBefore, Overlaps, StartsAfterStart, StartsBefore, StartsBeforeEnd,
    };

    #[test]
    fn in_and_on_place_the_event_within_the_time() {
        let a = analysis("The plant opened in 1995. Talks began on Friday.");
        assert_eq!(anchored(&a, "opened"), [(true, During, "1995")]);
        assert_eq!(anchored(&a, "began"), [(true, During, "Friday")]);
    }

    #[test]
    fn before_and_after_order_the_event_against_the_time() {
        let a = analysis("The bank failed before 1990. The plant opened after 1995.");
        assert_eq!(anchored(&a, "failed"), [(true, Before, "1990")]);
        assert_eq!(anchored(&a, "opened"), [(false, Before, "1995")]);
        let a = analysis("The law was passed prior to 1985.");
        assert_eq!(anchored(&a, "was passed"), [(true, Before, "1985")]);
    }

    #[test]
    fn since_until_by_and_as_of_bound_one_end() {
        let a = analysis("He has lived there since 2006. Prices rose until 1994.");
        assert_eq!(
            anchored(&a, "has lived"),
            [
                (true, StartsAfterStart, "2006"),
                (true, StartsBeforeEnd, "2006")
            ]
        );
        assert_eq!(anchored(&a, "rose"), [(true, EndsBefore, "1994")]);
        let a = analysis(
            "The work was finished by 2001. Prices stayed high as of Friday, officials said.",
        );
        assert_eq!(anchored(&a, "was finished"), [(true, EndsBefore, "2001")]);
        // A linking verb and its complement are one state ("stayed high"), which the phrase
        // dates: it goes on then, and the timeline says which phrase dates it.
        assert_eq!(anchored(&a, "stayed high"), [(true, Overlaps, "Friday")]);
        let timeline = crate::timeline::build(&[a]);
        let stayed = timeline.events.iter().find(|e| e.trigger == "stayed high");
        assert_eq!(
            stayed.and_then(|e| e.when.from.as_deref()),
            Some("as of Friday")
        );
    }

    #[test]
    fn ranges_bound_both_ends_without_a_contradiction() {
        let a = analysis("He ruled from 1991 to 1996. He served between 1980 and 1985.");
        assert_eq!(
            anchored(&a, "ruled"),
            [(true, StartsAfterStart, "1991"), (true, EndsBefore, "1996")]
        );
        assert_eq!(
            anchored(&a, "served"),
            [(true, StartsAfterStart, "1980"), (true, EndsBefore, "1985")]
        );
        let timeline = crate::timeline::build(&[a]);
        assert!(timeline.conflicts.is_empty(), "{:?}", timeline.conflicts);
    }

    #[test]
    fn a_lone_to_a_negated_event_or_a_new_date_is_not_placed() {
        let a = analysis("The meeting was moved to Friday. He never left until Friday.");
        assert_eq!(anchored(&a, "was moved"), []);
        assert_eq!(anchored(&a, "left"), []);
        let a = analysis(
            "The case was adjourned until Tuesday. The vote was postponed from March to June.",
        );
        assert_eq!(anchored(&a, "was adjourned"), []);
        assert_eq!(anchored(&a, "was postponed"), []);
    }

    /// The connective relations as (source trigger, kind, target trigger).
    fn connected(a: &Analysis) -> Vec<(&str, RelationKind, &str)> {
        of_sieve(a, Sieve::Connective)
    }

    /// The relations of `sieve` between events as (source trigger, kind, target trigger).
    fn of_sieve(a: &Analysis, sieve: Sieve) -> Vec<(&str, RelationKind, &str)> {
        let word = |n: Node| match n {
            Node::Event(e) => a.text_between(a.events[e].trigger.start, a.events[e].trigger.end),
            _ => "",
        };
        a.relations
            .iter()
            .filter(|r| r.sieve == sieve)
            .map(|r| (word(r.source), r.kind, word(r.target)))
            .collect()
    }

    #[test]
    fn a_possessive_time_does_not_date_the_verb() {
        let a = analysis("She declared victory in Sunday's presidential election.");
        assert_eq!(anchored(&a, "declared"), []);
        let a = analysis("She declared victory on Sunday.");
        assert_eq!(anchored(&a, "declared"), [(true, During, "Sunday")]);
        // "During" makes the phrase a time of its clause whatever follows it.
        let a = analysis("During last week's trading, the index plunged.");
        assert_eq!(anchored(&a, "trading"), [(true, During, "last week")]);
    }

    #[test]
    fn a_postposed_attribution_comes_after_what_it_reports() {
        let a = analysis("Three people died, officials said on Tuesday.");
        assert_eq!(
            of_sieve(&a, Sieve::ReportedSpeech),
            [("died", StartsBefore, "said")]
        );
        let t = crate::timeline::build(&[a]);
        let died = t.events.iter().find(|e| e.trigger == "died").expect("died");
        assert_eq!(died.status, crate::event::Status::Reported);
        // A saying that opens a clause of its own reports nothing before it.
        let a = analysis("Prices rose, and analysts said more gains would follow.");
        assert!(of_sieve(&a, Sieve::ReportedSpeech)
            .iter()
            .all(|&(s, _, _)| s != "rose"));
    }

    #[test]
    fn a_trailing_participle_starts_with_or_after_the_main_event() {
        let a = analysis("The storm hit the coast late Sunday, killing three people.");
        // A toll lies within the time of what took it ("" is the time "late Sunday").
        assert_eq!(
            connected(&a),
            [
                ("killing", StartsAfterStart, "hit"),
                ("killing", During, "")
            ]
        );
        let t = crate::timeline::build(&[a]);
        let killing = t.events.iter().find(|e| e.trigger == "killing");
        let killing = killing.expect("an event for killing");
        assert_eq!(
            killing.when.earliest.as_deref(),
            Some("1998-02-22T16:00"),
            "the killing starts no earlier than the last third of Sunday"
        );
        assert_eq!(killing.when.latest.as_deref(), Some("1998-02-22T23:59"));
        // Any other participle starts within that time, and may go on after it.
        let a = analysis("The index rose on Friday, extending its gains.");
        assert_eq!(
            connected(&a),
            [
                ("extending", StartsAfterStart, "rose"),
                ("extending", StartsBeforeEnd, "")
            ]
        );
        // Not from a negated main event.
        let a = analysis("The storm did not hit the coast, sparing the town.");
        assert_eq!(connected(&a), []);
        // A preposition, not a participle: the increase came first.
        let a = analysis("Prices rose 0.1 percent in March, following a 0.3 percent increase.");
        assert_eq!(connected(&a), [("increase", Before, "rose")]);
    }

    #[test]
    fn a_perfect_participle_comes_before_the_main_event() {
        for text in [
            "The minister, having lost the vote, resigned on Friday.",
            "The minister resigned on Friday, having lost the vote.",
        ] {
            let a = analysis(text);
            assert_eq!(connected(&a), [("lost", Before, "resigned")], "{text}");
        }
    }
}
