//! Events: who did what, found clause by clause.
//!
//! A verbal event is a verb group (auxiliaries, inserted adverbs, the main verb, and for light
//! verbs the word that completes them: "became openly defiant", "took office"; for linking
//! verbs their complement, the two one state: "remained closed", "stayed shut"). Its tense,
//! aspect, polarity and modality come from the group; its status from the group and the clause
//! around it (the complement of "said" is *reported*, of "denied" *negated*, of "hoped to"
//! *hypothetical*). A nominal event is a noun from [`lexicon::EVENT_NOUNS`] that the text
//! places in time: dated ("the October 20 elections"), after a temporal preposition ("after
//! the incident at the airport") or whose results are talked about ("the results of a
//! referendum").
//!
//! Which words are events, and their TimeML class, is decided by a learned recogniser
//! ([`model`], an averaged perceptron trained on TempEval-3 and shipped with the crate); the
//! typed tables of [`lexicon`] feed its features and still build the verb groups, tenses and
//! statuses. `docs/decisions.md` says why, `docs/accuracy.md` how well.
//!
//! The stage reads the [`Segmentation`] and the time [`Mention`]s (so that "May" the month is
//! not taken for a verb) and produces [`Event`]s in text order.

pub mod lexicon;
pub mod model;
mod words;

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Serialize;

use crate::segment::{ClauseKind, Segmentation, TokenKind};
use crate::temporal::{Mention, Tense};
use crate::Span;
use lexicon::*;

/// TimeML event classes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum EventClass {
    /// Something that happens.
    Occurrence,
    /// Saying, reporting, claiming.
    Reporting,
    /// A state that holds.
    State,
    /// Beginning, continuing, ending.
    Aspectual,
    /// Trying, refusing, promising: an action about another event.
    IAction,
    /// Hoping, wanting, believing: a state about another event.
    IState,
    /// Seeing, hearing.
    Perception,
}

/// Grammatical aspect of a verb group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Aspect {
    /// Simple.
    None,
    /// have + participle.
    Perfective,
    /// be + -ing.
    Progressive,
    /// have been + -ing.
    PerfectiveProgressive,
}

/// Whether, as the text tells it, the event happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// The text says it happened (or holds).
    Asserted,
    /// The text says it did not happen, or reports it as denied, whatever the tense: "will
    /// not accept" is negated.
    Negated,
    /// Wanted, planned, possible: "hoped to get", "could".
    Hypothetical,
    /// Expected: "will accept".
    Future,
    /// Someone else's account: the content of "said", "claimed", a quotation.
    Reported,
}

/// Verb or noun.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EventPos {
    /// A verb group.
    Verb,
    /// A noun ("the incident").
    Noun,
}

/// One event mention.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Event {
    /// The words that name the event ("became openly defiant").
    pub trigger: Span,
    /// The head word (the main verb or the noun).
    pub head: Span,
    /// Base form of the head ("refuse", "election").
    pub lemma: String,
    /// Verb or noun.
    pub pos: EventPos,
    /// TimeML class.
    pub class: EventClass,
    /// Tense of the verb group.
    pub tense: Tense,
    /// Aspect of the verb group.
    pub aspect: Aspect,
    /// True when negated ("not", "never", "without").
    pub negated: bool,
    /// The modal verb, if any ("could").
    pub modality: Option<String>,
    /// Whether it happened, as told.
    pub status: Status,
    /// Who: the subject, when the clause gives one.
    pub who: Option<Span>,
    /// Where: a named place in the clause ("La Paz").
    pub place: Option<Span>,
    /// The text the summary is made of.
    pub summary: Span,
    /// Index of the sentence.
    pub sentence: usize,
    /// Index of the clause.
    pub clause: usize,
    /// Index of the event whose complement or infinitive this event is ("hoped" for "get").
    pub governor: Option<usize>,
    /// How sure the event recogniser was that the head word names an event: its best event
    /// label's score above its "no event" score, negative when a structural rule kept an
    /// event the model left unlabelled; `None` without a model and for annotated events. The
    /// pair classifier reads it (`relation::classifier`), the output does not show it.
    #[serde(skip)]
    pub recognition: Option<i32>,
}

impl Event {
    /// The tense that places the event against the publish date: perfects count as past.
    pub fn placement(&self) -> Tense {
        match (self.tense, self.aspect) {
            (Tense::Present, Aspect::Perfective) => Tense::Past,
            (t, _) => t,
        }
    }
}

/// True when verb event `e` is a future in the past, "was|were to" and a verb ("The ceremony
/// was to take place on March 20"): planned as of a past time, neither over by the publish
/// date nor placed against a report of it (the plan may have been kept or dropped).
pub(crate) fn future_in_past(e: &Event, lower: &str) -> bool {
    let Some(group) = lower.get(e.trigger.start..e.head.start) else {
        return false;
    };
    let mut words = group.split_ascii_whitespace();
    e.pos == EventPos::Verb
        && matches!(words.next(), Some("was" | "were"))
        && words.any(|w| w == "to")
}

/// True when verb event `e` is told in the passive: its verb group has a form of "be" (an
/// auxiliary of the lexicon's, negated ones too: "wasn't told") or of "get" before a head that
/// is no "-ing" form ("was contained", "had been put out"; not "was burning"). The verb
/// groups do not take "got" in ("got arrested" is two verbs), so the "get" forms rarely count.
pub(crate) fn passive(e: &Event, lower: &str) -> bool {
    let (Some(group), Some(head)) = (
        lower.get(e.trigger.start..e.head.start),
        lower.get(e.head.start..e.head.end),
    ) else {
        return false;
    };
    !head.ends_with("ing")
        && group.split_ascii_whitespace().any(|w| {
            matches!(lookup_aux(w), Some(Aux::BePresent | Aux::BePast | Aux::Be))
                || matches!(w, "get" | "got" | "gets")
        })
}

/// Finds the events of every sentence.
///
/// ```
/// use tempora::{segment::segment, temporal::recognize, event::extract, Span};
/// let text = "Morales, who took office in 2006, had previously refused to accept the results.";
/// let seg = segment(text, Span::new(0, text.len()), None);
/// let events = extract(text, &seg, &recognize(&seg));
/// let triggers: Vec<_> = events.iter().map(|e| &text[e.trigger.start..e.trigger.end]).collect();
/// assert_eq!(triggers, ["took office", "had previously refused", "to accept"]);
/// ```
pub fn extract(text: &str, seg: &Segmentation, times: &[Mention]) -> Vec<Event> {
    extract_with(text, seg, times, model::Model::builtin())
}

/// [`extract`] with a given recognition model; with [`model::Model::empty`] the rule tables
/// alone decide which words are events.
///
/// The rules find verb groups and the nouns the text places in time, and give each event its
/// trigger, tense, aspect, polarity, status and arguments. The model then decides: a rule
/// event whose head the model does not label is dropped (or, for a light-verb trigger such as
/// "became openly defiant", re-headed on the word of the trigger the model labels), every word
/// the model labels and no rule found becomes an event (a verb group when the auxiliaries
/// before it or its form say so, else a nominal), and the model's class replaces the tables'.
pub fn extract_with(
    text: &str,
    seg: &Segmentation,
    times: &[Mention],
    model: &model::Model,
) -> Vec<Event> {
    extract_events(text, seg, times, model, true)
}

/// The events of [`extract`] for the tenses of time phrases (`pipeline::tag`): each event's
/// `place` and `who` are `None` and its `summary` its trigger. Nothing else in the event
/// stage reads those three (`trim_summaries` only shortens summaries,
/// `summary_with_complement` serves the timeline, subjects serve the timeline and the
/// relations), so every other field is as [`extract`] gives it (tested).
pub(crate) fn extract_for_tenses(text: &str, seg: &Segmentation, times: &[Mention]) -> Vec<Event> {
    extract_events(text, seg, times, model::Model::builtin(), false)
}

/// [`extract_with`], with places and summaries when `full`.
fn extract_events(
    text: &str,
    seg: &Segmentation,
    times: &[Mention],
    model: &model::Model,
    full: bool,
) -> Vec<Event> {
    let mut events = Vec::new();
    let mut time_spans: Vec<Span> = Vec::new();
    let times_in_order = times.windows(2).all(|w| w[0].sentence <= w[1].sentence);
    let mut labels: Vec<usize> = Vec::new();
    let mut margins: Vec<i32> = Vec::new();
    let mut rules: Vec<u8> = Vec::new();
    // What the word tables say about each distinct word of the document and its verb form,
    // found once for the rules and the model's features alike (issue 6); `ids` holds the
    // word type of each token of the sentence.
    // Room for the tokens of the sentences read, not of the whole text: the tense stage of
    // `pipeline::tag` reads a few sentences of each document (issue 3).
    let read: usize = seg.sentences.iter().map(|s| s.tokens.len()).sum();
    let mut vocab = words::Vocabulary::new(model.words(), read);
    let mut ids: Vec<u32> = Vec::new();
    let mut not_event: Vec<bool> = Vec::new();
    let scorer = (!model.is_empty()).then(|| model::Scorer::new(model));
    let outside = word_flags("");
    for (si, sentence) in seg.sentences.iter().enumerate() {
        let first_event = events.len();
        let quotes = quote_regions(text, sentence.span);
        // Mentions come in text order, so this sentence's are one run of them (any order is
        // still handled, by a scan).
        time_spans.clear();
        if times_in_order {
            let first_time = times.partition_point(|m| m.sentence < si);
            time_spans.extend(
                times[first_time..]
                    .iter()
                    .take_while(|m| m.sentence == si)
                    .map(|m| m.span),
            );
        } else {
            time_spans.extend(times.iter().filter(|m| m.sentence == si).map(|m| m.span));
        }
        let sentence_times = &time_spans;
        let in_time = |span: Span| sentence_times.iter().any(|m| m.overlaps(span));
        let word = |i: usize| -> &str {
            if i >= sentence.tokens.start && i < sentence.tokens.end {
                seg.lower_of(seg.tokens[i].span)
            } else {
                ""
            }
        };
        let is_word = |i: usize| i < sentence.tokens.end && seg.tokens[i].kind == TokenKind::Word;
        ids.clear();
        ids.extend(
            sentence
                .tokens
                .clone()
                .map(|i| vocab.intern(word(i), seg.tokens[i].kind)),
        );
        let word_type = |i: usize| {
            i.checked_sub(sentence.tokens.start)
                .and_then(|k| ids.get(k))
                .map(|&n| vocab.get(n))
        };
        let flag = |i: usize| -> &WordFlags { word_type(i).map_or(&outside, |ty| &ty.info.flags) };
        let form_at = |i: usize| word_type(i).and_then(|ty| ty.info.form);
        let capitalised =
            |i: usize| text[seg.tokens[i].span.start..].starts_with(|c: char| c.is_uppercase());
        // The words of `NOT_EVENTS` where they name no event: no rule or label makes one.
        not_event.clear();
        not_event.extend(sentence.tokens.clone().map(|t| match flag(t).not_event {
            None => false,
            Some(NotEventWhere::Anywhere) => true,
            Some(NotEventWhere::BeforeNoun(nouns)) => {
                let n = t + 1;
                let modifies = is_word(n)
                    && !in_time(seg.tokens[n].span)
                    && (nouns.contains(&word(n)) || capitalised(n));
                // "the ruling and opposition camps": one of two modifiers of the noun.
                let paired = matches!(word(n), "and" | "or")
                    && is_word(n + 1)
                    && is_word(n + 2)
                    && nouns.contains(&word(n + 2));
                modifies || paired
            }
            Some(NotEventWhere::AfterNoun(nouns)) => {
                t > sentence.tokens.start && nouns.contains(&word(t - 1))
            }
            Some(NotEventWhere::BeforeTime) => {
                t + 1 < sentence.tokens.end && in_time(seg.tokens[t + 1].span)
            }
            Some(NotEventWhere::AfterDeterminer) => {
                t > sentence.tokens.start && ARTICLES.contains(&word(t - 1))
            }
            Some(NotEventWhere::AfterAmount) => {
                t > sentence.tokens.start && {
                    let prev = word(t - 1);
                    AMOUNT_SCALES.contains(&prev)
                        || (seg.tokens[t - 1].kind == TokenKind::Number
                            && prev.contains([',', '.']))
                }
            }
            Some(NotEventWhere::AfterVerbTo(verbs)) => {
                t > sentence.tokens.start
                    && word(t - 1) == "to"
                    && (t.saturating_sub(4).max(sentence.tokens.start)..t - 1).any(|k| {
                        form_at(k).is_some_and(|(lemma, _)| verbs.contains(&&*lemma.of(word(k))))
                    })
            }
        }));
        // A dateline's place ("REDDING, California (Reuters) - Firefighters ...", "SANTA
        // CLARA, Calif. (AP) —") is no verb, whatever its ending.
        let capitals = |t: usize| {
            let w = &text[seg.tokens[t].span.start..seg.tokens[t].span.end];
            is_word(t)
                && w.len() >= 2
                && w.bytes()
                    .all(|b| b.is_ascii_uppercase() || b == b'.' || b == b'-')
        };
        let caps_run = (sentence.tokens.start..sentence.tokens.end)
            .take_while(|&t| capitals(t))
            .count();
        if caps_run > 0 && matches!(word(sentence.tokens.start + caps_run), "," | "(") {
            not_event[..caps_run].iter_mut().for_each(|b| *b = true);
        }
        let blocked = |t: usize| not_event[t - sentence.tokens.start];
        let mut t = sentence.tokens.start;
        while t < sentence.tokens.end {
            let token = seg.tokens[t];
            if !is_word(t) || in_time(token.span) {
                t += 1;
                continue;
            }
            let w = word(t);
            let prev = if t > sentence.tokens.start {
                word(t - 1)
            } else {
                ""
            };
            let clause = seg
                .clause_at(token.span.start)
                .unwrap_or(sentence.clauses.start);
            // 1. A group opened by an auxiliary: "had previously refused", "will not accept".
            if let Some(aux) = flag(t).aux {
                if let Some(group) = verb_group(
                    seg,
                    sentence.tokens.end,
                    t,
                    aux,
                    &word,
                    &is_word,
                    &capitalised,
                ) {
                    let e = make_verb_event(text, seg, si, clause, t, &group, &word, full);
                    t = after_event(seg, &e, group.main);
                    events.push(e);
                    continue;
                }
                t += 1;
                continue;
            }
            if flag(t).not_verb
                || w.contains('-')
                || (capitalised(t) && t != sentence.tokens.start)
                || blocked(t)
            {
                t += 1;
                continue;
            }
            // `prev` is "" at the start of the sentence.
            let after_det = t > sentence.tokens.start && flag(t - 1).determiner;
            let perfect_aux = t + 1 < sentence.tokens.end && perfect_auxiliary(w, word(t + 1));
            let form = form_at(t)
                .filter(|_| !(perfect_aux || noun_over_verb(w, flag(t))))
                .map(|(lemma, form)| (lemma.of(w).into_owned(), form));
            // 2. A verb standing alone: "clashed", "went", "seeks", "Speaking".
            if let Some((lemma, form)) = form {
                // "Sentencing is scheduled for August 22": an -ing form right before a finite
                // auxiliary is the auxiliary's subject, a noun.
                let gerund_subject = t + 1 < sentence.tokens.end
                    && lookup_aux(word(t + 1)).is_some_and(|a| !matches!(a, Aux::To));
                let nominal = ing_noun_after_adjective(&word, sentence.tokens.start, t);
                // "moved armoured vehicles", "used armed guards": a past form right after a
                // verb and before its noun modifies the noun.
                let modifier = matches!(form, Form::Past | Form::Participle)
                    && MODIFYING_PARTICIPLES.contains(&w)
                    && events[first_event..].last().is_some_and(|e| {
                        e.pos == EventPos::Verb && seg.token_at(e.head.start) + 1 == t
                    })
                    && t + 1 < sentence.tokens.end
                    && is_word(t + 1)
                    && !PREPOSITIONS.contains(&word(t + 1))
                    && !is_determiner(word(t + 1))
                    && !form_at(t + 1).is_some_and(|(_, f)| {
                        matches!(f, Form::Past | Form::Participle | Form::Ing)
                    })
                    && lookup_aux(word(t + 1)).is_none();
                let ok = match form {
                    Form::Past | Form::Participle => !after_det && !modifier,
                    Form::Ing => !after_det && !gerund_subject && !nominal,
                    Form::Present | Form::Base => {
                        let subject_before = if form == Form::Base {
                            PRONOUNS.contains(&prev)
                                || (prev.ends_with('s') && prev.len() > 3 && is_word(t - 1))
                        } else {
                            !prev.is_empty() && is_word(t - 1) || prev == ","
                        };
                        !after_det
                            && subject_before
                            && !clause_has_verb(&events[first_event..], clause)
                            && next_is_not_verbish(word(t + 1), form_at(t + 1).map(|f| f.1))
                    }
                };
                // "since talks broke down": an event noun, the subject of the clause the
                // subordinator opens.
                if form == Form::Present && SUBORDINATORS.contains(&prev) {
                    if let Some(noun) = flag(t).event_noun {
                        events.push(make_noun_event(text, seg, si, clause, t, noun, &word, full));
                        t += 1;
                        continue;
                    }
                }
                if form == Form::Ing && gerund_subject && !after_det {
                    // The gerund names an activity: an event noun ("Sentencing is scheduled").
                    events.push(make_noun_event(
                        text, seg, si, clause, t, &lemma, &word, full,
                    ));
                    t += 1;
                    continue;
                }
                if ok {
                    // "remained closed", "will stay shut", "seemed surprised": a participle
                    // after a linking verb is a state the verb carries; its own form has no
                    // tense (TimeML PASTPART), so it is not placed in the past by itself.
                    let linked = matches!(form, Form::Past | Form::Participle)
                        && t > sentence.tokens.start
                        && links(word(t - 1));
                    let group = Group {
                        main: t,
                        lemma,
                        tense: if linked {
                            Tense::None
                        } else {
                            finite_tense(form)
                        },
                        aspect: if form == Form::Ing {
                            Aspect::Progressive
                        } else {
                            Aspect::None
                        },
                        negated: matches!(prev, "without" | "never"),
                        modality: None,
                        infinitive: false,
                        state: false,
                    };
                    let e = make_verb_event(text, seg, si, clause, t, &group, &word, full);
                    t = after_event(seg, &e, t);
                    events.push(e);
                    continue;
                }
            }
            // 3. A noun that names an event the text places in time.
            if let Some(lemma) = flag(t).event_noun {
                if nominal_is_placed(seg, times, si, t, sentence.tokens.start, &word) {
                    events.push(make_noun_event(
                        text, seg, si, clause, t, lemma, &word, full,
                    ));
                }
            }
            t += 1;
        }
        if let Some(scorer) = &scorer {
            model::rule_marks(
                seg,
                sentence.tokens.clone(),
                &events[first_event..],
                &mut rules,
            );
            let view = model::SentenceView {
                text,
                seg,
                tokens: sentence.tokens.clone(),
                times: sentence_times,
                rules: &rules,
            };
            labels.clear();
            margins.clear();
            for t in sentence.tokens.clone() {
                let function = vocab
                    .get(ids[t - sentence.tokens.start])
                    .info
                    .flags
                    .function;
                let perfect_aux =
                    t + 1 < sentence.tokens.end && perfect_auxiliary(word(t), word(t + 1));
                let (label, margin) = if is_word(t)
                    && !function
                    && !perfect_aux
                    && !not_event[t - sentence.tokens.start]
                    && !in_time(seg.tokens[t].span)
                {
                    scorer.label_and_margin(&view, &mut vocab, &ids, t)
                } else {
                    (0, i32::MIN)
                };
                labels.push(label);
                margins.push(margin);
            }
            let base = sentence.tokens.start;
            apply_model(
                text,
                seg,
                si,
                &labels,
                &margins,
                base,
                &mut events,
                first_event,
                &word,
                &is_word,
                &capitalised,
                sentence_times,
                full,
            );
        }
        declared_objects(seg, &mut events[first_event..]);
        if full {
            trim_summaries(seg, &mut events[first_event..]);
        }
        assign_status(seg, times, &mut events[first_event..], &quotes, first_event);
        // Subjects only when `full`: no other rule reads them, and the tenses of
        // `extract_for_tenses` do not (issue 3).
        if full {
            assign_who(text, seg, times, &mut events[first_event..]);
        }
        // After `assign_who`, whose subjects follow the governors of infinitives only.
        postposed_attribution(seg, &mut events[first_event..], first_event);
        according_to(seg, &mut events[first_event..]);
    }
    vocab.publish();
    if !full {
        // `postposed_attribution` names the subject of "..., said a spokesman" too.
        for e in &mut events {
            e.who = None;
        }
    }
    events
}

/// Reconciles the rule events of one sentence (`events[first..]`) with the model's labels
/// (`labels[t - base]` for token `t`).
#[allow(clippy::too_many_arguments)]
fn apply_model<'a>(
    text: &str,
    seg: &Segmentation,
    si: usize,
    labels: &[usize],
    margins: &[i32],
    base: usize,
    events: &mut Vec<Event>,
    first: usize,
    word: &impl Fn(usize) -> &'a str,
    is_word: &impl Fn(usize) -> bool,
    capitalised: &impl Fn(usize) -> bool,
    times: &[Span],
    full: bool,
) {
    let sentence = &seg.sentences[si];
    let label_at = |t: usize| labels.get(t.wrapping_sub(base)).copied().unwrap_or(0);
    let margin_at = |t: usize| margins.get(t.wrapping_sub(base)).copied();
    let mut kept: Vec<Event> = Vec::new();
    // The heads of the verbs the rules found: a word right after one is no subject.
    let verb_heads: Vec<usize> = events[first..]
        .iter()
        .filter(|e| e.pos == EventPos::Verb)
        .map(|e| seg.token_at(e.head.start))
        .collect();
    let after_infinitive = |t: usize| {
        modifies_after_infinitive(sentence.tokens.clone(), t, word, is_word, capitalised)
    };
    for mut e in events.drain(first..) {
        let head = seg.token_at(e.head.start);
        if e.pos == EventPos::Verb && e.trigger == e.head && after_infinitive(head) {
            continue;
        }
        // "Sunday's sinking", "a distress call": a verb form the rules took for a verb standing
        // alone is a noun by its place. The rule's verb goes; the loop over the model's labels
        // below makes the word a noun event when the model labels it (`model_event` reads the
        // same places). Read on the final events, after the model: the rule events its
        // features see are those of the starting code (leaving them out cost the
        // cross-validated event figures 0.06 points, and 0.23 on the class).
        if e.pos == EventPos::Verb
            && e.trigger == e.head
            && noun_by_place(sentence.tokens.start, head, word)
        {
            continue;
        }
        let chosen = if label_at(head) != 0
            || rule_is_sure(seg, &e, head)
            || coordinated_light_verb(seg, &e, &kept)
            || coordinated_aux_group(seg, &e, &kept)
            || (!verb_heads.contains(&head.wrapping_sub(1))
                && past_after_subject(seg, &e, head, word, capitalised))
        {
            Some(head)
        } else {
            // "became openly defiant": the model may label the complement, not the verb.
            let last = seg.token_at(e.trigger.end).saturating_sub(1);
            (head + 1..=last)
                .rev()
                .find(|&t| t < sentence.tokens.end && label_at(t) != 0)
        };
        let Some(t) = chosen else { continue };
        e.recognition = margin_at(t);
        let linked_state = is_linked_state(&e);
        if t != head {
            e.head = seg.tokens[t].span;
            e.lemma = word(t).to_string();
        }
        // The reporting-verb table outranks the model's class: the reported-speech sieve reads
        // REPORTING, and the table is precise (the other tables measured worse than the model).
        if let Some(class) = model::label_class(label_at(t)) {
            if e.pos != EventPos::Verb || table_class(&e.lemma).is_none() {
                e.class = class;
            }
        }
        // A linking verb with its complement names a state, as TimeML classes them ("Prices
        // remained high", "stayed shut": STATE), whatever the model makes of the verb alone.
        if linked_state {
            e.class = EventClass::State;
        }
        kept.push(e);
    }
    for t in sentence.tokens.clone() {
        let scheduled =
            label_at(t) == 0 && present_before_time(seg, si, t, word, capitalised, times);
        // A scheduled present the model left unlabelled takes its lemma's class.
        let Some(class) = model::label_class(label_at(t)).or_else(|| {
            scheduled
                .then(|| verb_form_ref(word(t)).map(|(lemma, _)| class_of(&lemma)))
                .flatten()
        }) else {
            continue;
        };
        let span = seg.tokens[t].span;
        if kept
            .iter()
            .any(|e| e.trigger.contains(span) || e.head == span)
        {
            continue;
        }
        // "moved armoured vehicles": a past form right after a verb the rules found and
        // before its noun modifies the noun (the rules passed over it for that reason).
        let after_verb = kept
            .iter()
            .any(|e| e.pos == EventPos::Verb && seg.token_at(e.head.start) + 1 == t);
        if after_verb
            && MODIFYING_PARTICIPLES.contains(&word(t))
            && verb_form(word(t)).is_some_and(|(_, f)| matches!(f, Form::Past | Form::Participle))
            && noun_after(sentence.tokens.end, t, word, is_word)
        {
            continue;
        }
        if after_infinitive(t) {
            continue;
        }
        let clause = seg.clause_at(span.start).unwrap_or(sentence.clauses.start);
        let mut e = model_event(text, seg, si, clause, t, word, is_word, capitalised, full);
        if scheduled && (e.pos != EventPos::Verb || e.tense != Tense::Present) {
            continue;
        }
        e.recognition = margin_at(t);
        if e.pos != EventPos::Verb || table_class(&e.lemma).is_none() {
            e.class = class;
        }
        kept.push(e);
    }
    kept.sort_by_key(|e| (e.head.start, e.trigger.start));
    // A verb group whose head moved to its complement ("have become impoverished" when the
    // model labels "impoverished", not "become") and the rule event on that word name one
    // happening on one word: keep the one whose trigger says more (the verb group, with its
    // tense and aspect), the first on a tie.
    kept.dedup_by(|later, earlier| {
        if later.head != earlier.head {
            return false;
        }
        if later.trigger.len() > earlier.trigger.len() {
            std::mem::swap(later, earlier);
        }
        true
    });
    events.extend(kept);
}

/// "plans to install automated cranes", "to question accused soldiers": the past form at token
/// `t` (of a sentence whose tokens are `tokens`) stands right after the verb of an infinitive
/// and before a noun, which it modifies; it names no event. Read on the final events only,
/// after the model: leaving it out of the rule events the model's features see cost the
/// cross-validated event figures 0.01 (extent) and 0.10 (class) points.
fn modifies_after_infinitive<'a>(
    tokens: std::ops::Range<usize>,
    t: usize,
    word: &impl Fn(usize) -> &'a str,
    is_word: &impl Fn(usize) -> bool,
    capitalised: &impl Fn(usize) -> bool,
) -> bool {
    let verb = t.wrapping_sub(1);
    t >= tokens.start + 2
        && word(t - 2) == "to"
        && is_word(verb)
        && !capitalised(verb)
        && !links(word(verb))
        && lookup_aux(word(verb)).is_none()
        && !is_determiner(word(verb))
        && !PREPOSITIONS.contains(&word(verb))
        && verb_form(word(t)).is_some_and(|(_, f)| matches!(f, Form::Past | Form::Participle))
        && noun_after(tokens.end, t, word, is_word)
}

/// True when the word after token `t` (of a sentence ending before token `end`) can be a noun
/// that the past form at `t` modifies: a word, and no preposition, determiner, auxiliary or
/// verb form that a past form is followed by ("moved *armoured* vehicles", "to install
/// *automated* cranes", but not "moved to", "used the", "closed has", "closed reopened"). The
/// recogniser's rules ask the same with their memoised forms (`MODIFYING_PARTICIPLES` in
/// `extract_events`).
fn noun_after<'a>(
    end: usize,
    t: usize,
    word: &impl Fn(usize) -> &'a str,
    is_word: &impl Fn(usize) -> bool,
) -> bool {
    let next = t + 1;
    next < end
        && is_word(next)
        && !PREPOSITIONS.contains(&word(next))
        && !is_determiner(word(next))
        && !verb_form(word(next))
            .is_some_and(|(_, f)| matches!(f, Form::Past | Form::Participle | Form::Ing))
        && lookup_aux(word(next)).is_none()
}

/// Rule events kept whatever the model says, because later stages hang on them and the rule
/// that found them is structural: a participle opening its sentence ("Speaking to a crowd
/// ..., Morales sent"), which carries the clause's time phrase, and a noun the text places
/// in time ("following the mutiny", "the October 20 elections"), and a linking verb with its
/// complement ("Prices remained high as of Friday": a state the time phrase dates, which the
/// model, trained on few of them, may leave unlabelled). TimeML annotators were not
/// consistent on the first (19 of 54 sentence-initial -ing words in the training data are
/// events) and the model follows the majority; the cost is measured in docs/accuracy.md.
fn rule_is_sure(seg: &Segmentation, e: &Event, head: usize) -> bool {
    let clause = &seg.clauses[e.clause];
    e.pos == EventPos::Noun
        || is_linked_state(e)
        || is_be_state(seg, e)
        || (clause.kind == ClauseKind::Participial
            && head == clause.tokens.start
            && seg.sentences[e.sentence].tokens.start == head)
}

/// A light verb with the noun that completes it, coordinated with a verb kept before it in
/// its sentence and of the same tense: "drilled a narrow borehole over the weekend *and made
/// contact* with the men on Sunday". TimeML marks the noun, when anything ("contact"), and the
/// model, which labels neither, left the drilling to run on through the contact and take its
/// time.
fn coordinated_light_verb(seg: &Segmentation, e: &Event, kept: &[Event]) -> bool {
    let start = seg.token_at(e.trigger.start);
    let floor = seg.sentences[e.sentence].tokens.start;
    e.pos == EventPos::Verb
        && e.tense != Tense::None
        && e.trigger.end > e.head.end
        && LIGHT_VERBS.contains(&e.lemma.as_str())
        && coordinated_verb(seg, floor, start).is_some()
        && kept
            .iter()
            .any(|f| f.pos == EventPos::Verb && f.sentence == e.sentence && f.tense == e.tense)
}

/// A verb group opened by an auxiliary right after "and", "or" or "but", coordinated with a
/// verb kept before it in its sentence: "The harbour authority closed the port on Monday *and
/// will reopen* it on Friday". The model, which does not know "reopen", left the reopening
/// out, and "on Friday", with no future verb to read, was the Friday before.
fn coordinated_aux_group(seg: &Segmentation, e: &Event, kept: &[Event]) -> bool {
    let start = seg.token_at(e.trigger.start);
    let floor = seg.sentences[e.sentence].tokens.start;
    e.pos == EventPos::Verb
        && e.tense == Tense::Future
        && e.modality.is_none()
        && !matches!(e.lemma.as_str(), "be" | "have" | "do")
        && e.trigger.start < e.head.start
        && start > floor
        && is_auxiliary(seg.lower_of(seg.tokens[start].span))
        && matches!(
            seg.lower_of(seg.tokens[start - 1].span),
            "and" | "or" | "but"
        )
        && kept
            .iter()
            .any(|f| f.pos == EventPos::Verb && f.sentence == e.sentence)
}

/// "sent a distress call", "an emergency stop", "every weekend trip": a bare verb form (no
/// "-s", no "-ed") at token `t` right after a singular determiner ([`SINGLE_DETERMINERS`]) and
/// one word is the head of a noun compound; a verb after such a subject would take "-s" ("each
/// side claims").
fn compound_head<'a>(word: &impl Fn(usize) -> &'a str, start: usize, t: usize) -> bool {
    let w = word(t);
    t >= start + 2
        && SINGLE_DETERMINERS.contains(&word(t - 2))
        && plain_word(word(t - 1))
        && !PLURAL_COUNTS.contains(&word(t - 1))
        && verb_form_ref(w)
            .is_some_and(|(lemma, f)| matches!(f, Form::Base | Form::Present) && lemma == w)
}

/// Whether the verb form at token `t` (of a sentence opening at token `start`) is a noun by
/// its place: an "-ing" word after a possessive ("Sunday's sinking") or the head of a noun
/// compound after a singular determiner ([`compound_head`]: "a distress call").
fn noun_by_place<'a>(start: usize, t: usize, word: &impl Fn(usize) -> &'a str) -> bool {
    t > start
        && ((word(t).ends_with("ing")
            && verb_form_ref(word(t)).is_some_and(|(_, f)| f == Form::Ing)
            && possessive(word(t - 1)))
            || compound_head(word, start, t))
}

/// A possessive of a noun: "Sunday's", "the ferry's", "the ferries'" (not "it's", a pronoun
/// and "is"). An "-ing" word after one is a noun: "Sunday's sinking".
fn possessive(w: &str) -> bool {
    match w.strip_suffix("'s").or_else(|| w.strip_suffix("\u{2019}s")) {
        Some(stem) => !stem.is_empty() && !IS_CONTRACTED.contains(&stem),
        None => w.len() > 3 && (w.ends_with("s'") || w.ends_with("s\u{2019}")),
    }
}

/// "The trial begins March 10", "Voting ends on Sunday", "The tournament starts Friday": the
/// word at token `t` of sentence `si` is a verb in the simple present with "-s" right after
/// its subject (a noun after its article, a name, "he", "she" or "it", or an "-ing" word
/// opening the sentence) and right before a time phrase (`times`), or "on" and one. The
/// model, which saw few such previews in its training news, may leave it unlabelled
/// ("begins" before "March" reads as a plural noun); the time phrase then dated the nearest
/// other verb ("prosecutors said", put after the publish date).
fn present_before_time<'a>(
    seg: &Segmentation,
    si: usize,
    t: usize,
    word: &impl Fn(usize) -> &'a str,
    capitalised: &impl Fn(usize) -> bool,
    times: &[Span],
) -> bool {
    let sentence = &seg.sentences[si];
    let timed =
        |k: usize| k < sentence.tokens.end && times.iter().any(|m| m.contains(seg.tokens[k].span));
    if t <= sentence.tokens.start
        || seg.tokens[t - 1].kind != TokenKind::Word
        || !(timed(t + 1) || word(t + 1) == "on" && timed(t + 2))
    {
        return false;
    }
    let w = word(t);
    if !(w.ends_with('s') && verb_form_ref(w).is_some_and(|(_, f)| f == Form::Present)) {
        return false;
    }
    let prev = word(t - 1);
    let opening = t - 1 == sentence.tokens.start;
    let noun_like = plain_word(prev)
        && crate::temporal::lexicon::lookup(crate::temporal::lexicon::UNITS, prev).is_none()
        && verb_form_ref(prev).is_none();
    matches!(prev, "he" | "she" | "it")
        || (opening && prev.ends_with("ing") && prev.len() > 5)
        || (noun_like
            && (capitalised(t - 1)
                || (t >= sentence.tokens.start + 2 && ARTICLES.contains(&word(t - 2)))))
}

/// A verb in the simple past, one word, no modal: "declined", "cancelled" (not "had
/// declined", "would decline", "was declining").
fn simple_past(e: &Event) -> bool {
    e.pos == EventPos::Verb
        && e.tense == Tense::Past
        && e.aspect == Aspect::None
        && e.modality.is_none()
        && e.trigger == e.head
}

/// A verb in the simple past standing alone right after a word of the noun phrase it is told
/// of: "two shipping lines diverted vessels", "Protesters planned a large demonstration",
/// "The airline cancelled flights". The model, trained mostly on business news where an
/// "-ed" word before a noun is as often an adjective ("preferred stock", "subordinated
/// debentures"), may leave it unlabelled; a subject word right before it (not an article,
/// a number, a possessive, a preposition or another verb form) says it is the clause's verb.
/// Not before "by", a passive participle's mark ("the forces controlled by rebels").
fn past_after_subject<'a>(
    seg: &Segmentation,
    e: &Event,
    head: usize,
    word: &impl Fn(usize) -> &'a str,
    capitalised: &impl Fn(usize) -> bool,
) -> bool {
    let sentence = &seg.sentences[e.sentence];
    if !simple_past(e)
        || head <= sentence.tokens.start
        || seg.tokens[head - 1].kind != TokenKind::Word
        || !matches!(
            seg.clauses[e.clause].kind,
            ClauseKind::Main | ClauseKind::Coordinate | ClauseKind::Complement
        )
    {
        return false;
    }
    let (prev, next) = (word(head - 1), word(head + 1));
    let noun_like = plain_word(prev)
        // "the quarter ended Sept. 30": a period's end, no event in TimeML.
        && crate::temporal::lexicon::lookup(crate::temporal::lexicon::UNITS, prev).is_none()
        && !verb_form_ref(prev).is_some_and(|(_, f)| !matches!(f, Form::Base | Form::Present));
    let capitalised = capitalised(head - 1);
    // A subject: a pronoun, a plural ("lines", "Protesters"), a name, or a noun right after
    // its article ("The airline cancelled"), not an adjective run ("convertible preferred").
    let subject_word = PRONOUNS.contains(&prev)
        || matches!(prev, "he" | "she" | "it")
        || (noun_like
            && ((prev.len() > 3 && prev.ends_with('s') && !prev.ends_with("ss"))
                || capitalised
                || (head >= sentence.tokens.start + 2 && ARTICLES.contains(&word(head - 2)))
                || compound_after_article(seg, head, word)));
    // A light verb's object names the event ("made a profit", "held talks"); a state verb or
    // one of parts ("results included a gain") tells no happening.
    let plain = !LIGHT_VERBS.contains(&e.lemma.as_str())
        && !PART_OF.contains(&e.lemma.as_str())
        && class_of(&e.lemma) != EventClass::State;
    // An object after it: a finite verb ("diverted vessels", "planned a large
    // demonstration"), not a participle hanging on the noun before it ("the companies
    // associated with", "shares adjusted for inflation").
    let next_flags = word_flags(next);
    let object = head + 1 < sentence.tokens.end
        && seg.tokens[head + 1].kind == TokenKind::Word
        && (ARTICLES.contains(&next)
            || !(next_flags.function
                || next_flags.insert
                || next_flags.aux.is_some()
                || PREPOSITIONS.contains(&next)
                || next.ends_with("ly")
                || verb_form_ref(next)
                    .is_some_and(|(_, f)| !matches!(f, Form::Base | Form::Present))));
    subject_word && plain && object
}

/// A word that may be part of a noun phrase before a verb: no function word, determiner,
/// insert, auxiliary, preposition, possessive, number or adverb in "-ly" ("newly filed
/// charges", "a privately funded academy": an adverb on a participle).
fn plain_word(w: &str) -> bool {
    let flags = word_flags(w);
    !(flags.function
        || flags.determiner
        || flags.insert
        || flags.aux.is_some()
        || PREPOSITIONS.contains(&w)
        || w.ends_with("'s")
        || w.bytes().any(|b| b.is_ascii_digit())
        || w.ends_with("ly")
        || w.len() < 2)
}

/// Whether the two words before `head` are a noun compound opened by an article ("the data
/// centre halted", "its power plant shut"): the word before the last is a [`plain_word`]
/// and no verb form.
fn compound_after_article<'a>(
    seg: &Segmentation,
    head: usize,
    word: &impl Fn(usize) -> &'a str,
) -> bool {
    if head < 3 || seg.tokens[head - 2].kind != TokenKind::Word {
        return false;
    }
    let w = word(head - 2);
    plain_word(w) && verb_form_ref(w).is_none() && ARTICLES.contains(&word(head - 3))
}

/// An event for a word the model labels and the rules did not find: the verb group it ends,
/// a verb standing alone, or a nominal.
#[allow(clippy::too_many_arguments)]
fn model_event<'a>(
    text: &str,
    seg: &Segmentation,
    si: usize,
    clause: usize,
    t: usize,
    word: &impl Fn(usize) -> &'a str,
    is_word: &impl Fn(usize) -> bool,
    capitalised: &impl Fn(usize) -> bool,
    full: bool,
) -> Event {
    let sentence = &seg.sentences[si];
    // Back over inserted adverbs and auxiliaries: "had previously", "will not be".
    let mut s = t;
    while s > sentence.tokens.start {
        let w = word(s - 1);
        let before = if s >= 2 { word(s - 2) } else { "" };
        if inserted(w, before) || lookup_aux(w).is_some() {
            s -= 1;
        } else {
            break;
        }
    }
    while s < t && lookup_aux(word(s)).is_none() {
        s += 1;
    }
    if s < t {
        if let Some(aux) = lookup_aux(word(s)) {
            if let Some(group) =
                verb_group(seg, sentence.tokens.end, s, aux, word, is_word, capitalised)
            {
                if group.main == t {
                    return make_verb_event(text, seg, si, clause, s, &group, word, full);
                }
            }
            // "to" + a verb the tables do not know: "to acquire". Not a word the tables know
            // as another form of a verb: "did not respond to *requests* for comment" names
            // the requests, a noun.
            let present = verb_form(word(t)).is_some_and(|(_, f)| f == Form::Present);
            if aux == Aux::To && !is_determiner(word(t)) && !present {
                let group = Group {
                    infinitive: true,
                    ..Group::single(t, word(t).to_string(), Tense::None)
                };
                return make_verb_event(text, seg, si, clause, s, &group, word, full);
            }
        }
    }
    let w = word(t);
    let prev = if t > sentence.tokens.start {
        word(t - 1)
    } else {
        ""
    };
    // "be", "have" and "do" as main verbs: "the company has 500 employees".
    if let Some(aux) = lookup_aux(w).filter(|a| !matches!(a, Aux::To | Aux::Modal | Aux::Will)) {
        let lemma = match aux {
            Aux::HavePresent | Aux::HavePast => "have",
            Aux::Do(_) => "do",
            _ => "be",
        };
        let tense = match aux {
            Aux::BePresent | Aux::HavePresent | Aux::Do(false) => Tense::Present,
            Aux::BePast | Aux::HavePast | Aux::Do(true) => Tense::Past,
            _ => Tense::None,
        };
        let group = Group::single(t, lemma.to_string(), tense);
        return make_verb_event(text, seg, si, clause, t, &group, word, full);
    }
    // The rules already passed over this word as a verb standing alone. An unambiguous verb
    // form makes it one now; so does a present form after a pronoun, or of a verb the class
    // tables list ("says", "wants", "expects"). Otherwise it is a noun: "protests", "count"
    // after an adjective.
    // "Evacuation orders were issued": a present form right before a finite auxiliary is the
    // noun the auxiliary's verb has for subject, not a verb.
    let next_aux = (t + 1 < sentence.tokens.end)
        .then(|| lookup_aux(word(t + 1)))
        .flatten()
        .is_some_and(|a| !matches!(a, Aux::To));
    let pronoun = matches!(
        prev,
        "he" | "she" | "it" | "they" | "we" | "i" | "you" | "who"
    );
    // "since the first report": a noun after a determiner and an ordinal.
    let ordinal = after_determiner_and_ordinal(word, sentence.tokens.start, t);
    let verbal = |lemma: &str, form: Form| match form {
        Form::Past | Form::Participle => !is_determiner(prev),
        Form::Ing => {
            let nominal = ing_noun_after_adjective(word, sentence.tokens.start, t);
            !is_determiner(prev) && !next_aux && !nominal && !ordinal && !possessive(prev)
        }
        // "respond to requests": no verb's present form follows "to".
        Form::Present if prev == "to" => false,
        Form::Present | Form::Base => {
            !is_determiner(prev)
                && !ordinal
                && !compound_head(word, sentence.tokens.start, t)
                && (pronoun || (class_of(lemma) != EventClass::Occurrence && !next_aux))
        }
    };
    if let Some((lemma, form)) = verb_form(w)
        .filter(|(l, f)| verbal(l, *f))
        .filter(|_| !noun_over_verb(w, &word_flags(w)))
    {
        // Only taken as verbs with a subject before them: "they want", "investors expect".
        let group = Group {
            negated: matches!(prev, "without" | "never"),
            ..Group::single(t, lemma, finite_tense(form))
        };
        return make_verb_event(text, seg, si, clause, t, &group, word, full);
    }
    let lemma = event_noun(w)
        .map(str::to_string)
        .unwrap_or_else(|| match w.strip_suffix('s') {
            Some(stem) if !stem.ends_with('s') && stem.len() > 2 => stem.to_string(),
            _ => w.to_string(),
        });
    // "The tax cuts passed in 2017 *expire* next year": the word that takes the main clause
    // up after a reduced relative clause is its verb, in the present (a past form is one
    // already), whatever the tables know of it.
    let c = &seg.clauses[clause];
    if c.kind == ClauseKind::Main
        && c.tokens.start == t
        && clause > 0
        && seg.clauses[clause - 1].kind == ClauseKind::Relative
        && seg.clauses[clause - 1].marker.is_none()
        && seg.clauses[clause - 1].sentence == si
    {
        let group = Group::single(t, lemma, Tense::Present);
        return make_verb_event(text, seg, si, clause, t, &group, word, full);
    }
    make_noun_event(text, seg, si, clause, t, &lemma, word, full)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    Base,
    Present,
    Past,
    Participle,
    Ing,
}

struct Group {
    main: usize,
    lemma: String,
    tense: Tense,
    aspect: Aspect,
    negated: bool,
    modality: Option<String>,
    infinitive: bool,
    /// A state named by a noun after "be under|in" ([`BE_STATES`]): the group's main word is
    /// the noun, and the event is of class STATE.
    state: bool,
}

impl Group {
    /// One word standing alone as a verb: no aspect, polarity, modality or infinitive marker.
    fn single(main: usize, lemma: String, tense: Tense) -> Self {
        Group {
            main,
            lemma,
            tense,
            aspect: Aspect::None,
            negated: false,
            modality: None,
            infinitive: false,
            state: false,
        }
    }
}

/// The word tables of [`lexicon`], indexed once for constant-time lookups (the extractor
/// looks words up several times per token).
struct Index {
    /// What the closed tables say about a word, in one lookup.
    words: Map<WordFlags>,
    /// The irregular forms and the known bases are in `words` too ([`WordFlags::irregular`],
    /// [`WordFlags::base`]), so that one lookup answers for a word (issue 6).
    classes: Map<EventClass>,
}

/// A multiply-rotate hash (as FxHash) for the word tables: the keys are short and ours, so
/// SipHash's protection against chosen keys buys nothing and costs a fifth of the run time.
#[derive(Default)]
struct WordHasher(u64);

impl WordHasher {
    fn mix(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl std::hash::Hasher for WordHasher {
    // Eight bytes at a time, the rest as one zero-padded word read without a copy (a copy per
    // lookup showed in the profile; issue 6). The tables are only looked up, never iterated,
    // so the hash values are free to change.
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.mix(u64::from_le_bytes([
                c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
            ]));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            self.mix(model::tail(rest));
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.mix(u64::from(i));
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

type Build = std::hash::BuildHasherDefault<WordHasher>;
type Map<V> = HashMap<&'static str, V, Build>;

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut words: Map<WordFlags> = Map::default();
        // The first entry of the table wins, and within an entry past over participle over
        // base, as a scan of the table in order would decide.
        for &(base, past, part) in IRREGULAR.iter().rev() {
            words.entry(base).or_default().irregular = Some((base, Form::Base));
            words.entry(part).or_default().irregular = Some((base, Form::Participle));
            words.entry(past).or_default().irregular = Some((base, Form::Past));
        }
        let mut classes = Map::default();
        // Reverse order of precedence, so that the first table listing a lemma wins.
        for (table, class) in [
            (STATE, EventClass::State),
            (PERCEPTION, EventClass::Perception),
            (ASPECTUAL, EventClass::Aspectual),
            (I_STATE, EventClass::IState),
            (I_ACTION, EventClass::IAction),
            (REPORTING, EventClass::Reporting),
        ] {
            for &lemma in table {
                classes.insert(lemma, class);
            }
        }
        for &w in VERBS.iter().chain(IRREGULAR.iter().map(|(b, _, _)| b)) {
            words.entry(w).or_default().base = true;
        }
        for &(w, a) in AUXILIARIES.iter().rev() {
            words.entry(w).or_default().aux = Some(a);
        }
        for &(w, a) in NEGATED_AUXILIARIES {
            let flags = words.entry(w).or_default();
            flags.aux = Some(a);
            flags.negating = true;
        }
        for &(w, lemma) in EVENT_NOUNS.iter().rev() {
            words.entry(w).or_default().event_noun = Some(lemma);
        }
        for &w in DETERMINERS {
            words.entry(w).or_default().determiner = true;
        }
        for &w in INSERTS {
            words.entry(w).or_default().insert = true;
        }
        for &w in NOT_VERBS {
            words.entry(w).or_default().not_verb = true;
        }
        for &w in FUNCTION_WORDS {
            words.entry(w).or_default().function = true;
        }
        for &(w, place) in NOT_EVENTS {
            words.entry(w).or_default().not_event = Some(place);
        }
        Index { words, classes }
    })
}

/// What the closed word tables say about one word.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct WordFlags {
    aux: Option<Aux>,
    determiner: bool,
    insert: bool,
    not_verb: bool,
    function: bool,
    /// The lemma, for a word of [`EVENT_NOUNS`].
    event_noun: Option<&'static str>,
    /// Base and form, for a form of [`IRREGULAR`] (the first entry listing it; within an
    /// entry past over participle over base).
    irregular: Option<(&'static str, Form)>,
    /// A base form of [`VERBS`] or [`IRREGULAR`].
    base: bool,
    /// An auxiliary with its negation joined on ([`NEGATED_AUXILIARIES`]).
    negating: bool,
    /// Where a word of [`NOT_EVENTS`] names no event.
    not_event: Option<NotEventWhere>,
}

fn word_flags(w: &str) -> WordFlags {
    index().words.get(w).copied().unwrap_or_default()
}

fn is_determiner(w: &str) -> bool {
    word_flags(w).determiner
}

/// Whether a word ends no subject, so that a present-tense form right after it is a noun
/// ("the order", "its plans") or not its clause's verb ("in talks"): a determiner, an article
/// or possessive pronoun ([`ARTICLES`]) or a preposition of the tables.
pub(crate) fn ends_no_subject(w: &str) -> bool {
    is_determiner(w) || ARTICLES.contains(&w) || PREPOSITIONS.contains(&w)
}

/// Whether `w`, after the word `before`, may stand inside a verb group: an insert of the
/// table, or "yet" after a negation ("have not yet released"; as an insert everywhere it
/// regrouped "has yet to" and cost the raw-text relations 0.6 points).
fn inserted(w: &str, before: &str) -> bool {
    is_insert(w) || (w == "yet" && matches!(before, "not" | "n't"))
}

/// An adverb of manner or degree in "-ly" ("fully", "seriously"), not an adjective in "-ly"
/// ("likely", "early", "only", "family").
fn manner_adverb(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ly") && ly_not_adverb(w).is_none()
}

/// What a word in "-ly" is when it is no adverb ([`LY_NOT_ADVERBS`]).
fn ly_not_adverb(w: &str) -> Option<LyWord> {
    crate::temporal::lexicon::lookup(LY_NOT_ADVERBS, w)
}

fn is_insert(w: &str) -> bool {
    word_flags(w).insert
}

pub(crate) fn is_not_verb(w: &str) -> bool {
    word_flags(w).not_verb
}

/// The synonym group of the calamity a verb tells ("derail" → "crash"), by
/// [`CALAMITY_VERBS`].
pub(crate) fn calamity_of_verb(lemma: &str) -> Option<&'static str> {
    CALAMITY_VERBS
        .iter()
        .find(|(verb, _)| *verb == lemma)
        .map(|&(_, group)| group)
}

/// The lemma of an event noun of [`EVENT_NOUNS`].
/// The synonym group of an event noun ("quake" → "earthquake"), for lower-case `w`.
pub(crate) fn event_noun(w: &str) -> Option<&'static str> {
    word_flags(w).event_noun
}

/// The tense of a verb standing alone, by its form.
fn finite_tense(form: Form) -> Tense {
    match form {
        Form::Past => Tense::Past,
        Form::Present | Form::Base => Tense::Present,
        _ => Tense::None,
    }
}

pub(crate) fn lookup_aux(w: &str) -> Option<Aux> {
    word_flags(w).aux
}

/// Whether `w` (lower case) may be a noun: no verb form, or only a base form that is also a
/// noun's ("storm", "attack"), not a past or a participle ("struck", "valued").
fn may_be_noun(w: &str) -> bool {
    verb_form_ref(w).is_none_or(|(_, f)| f == Form::Base)
}

/// Whether `w` (lower case) is an auxiliary of [`lexicon::AUXILIARIES`] or
/// [`lexicon::NEGATED_AUXILIARIES`]: "was", "had", "will", "didn't".
pub(crate) fn is_auxiliary(w: &str) -> bool {
    lookup_aux(w).is_some()
}

fn is_known_base(w: &str) -> bool {
    word_flags(w).base
}

/// `is_known_base(stem + suffix)` without allocating.
fn known_with(stem: &str, suffix: &str) -> bool {
    let mut buf = [0u8; 64];
    let n = stem.len() + suffix.len();
    if n > buf.len() {
        return false;
    }
    buf[..stem.len()].copy_from_slice(stem.as_bytes());
    buf[stem.len()..n].copy_from_slice(suffix.as_bytes());
    std::str::from_utf8(&buf[..n]).is_ok_and(is_known_base)
}

/// Lemma and form of a word that looks like a verb.
fn verb_form(w: &str) -> Option<(String, Form)> {
    verb_form_ref(w).map(|(lemma, form)| (lemma.into_owned(), form))
}

/// [`verb_form`] with the lemma borrowed when it is the word, its stem or a table entry: most
/// callers only look at the form, and an allocation per word showed in the profile (issue 6).
fn verb_form_ref(w: &str) -> Option<(Cow<'_, str>, Form)> {
    if !could_be_verb(w) {
        return None;
    }
    verb_form_flagged(w, &word_flags(w)).map(|(lemma, form)| (lemma.of(w), form))
}

/// Whether lower-case `w` is a past form or a participle of a verb ("passed", "built").
pub(crate) fn past_form(w: &str) -> bool {
    verb_form_ref(w).is_some_and(|(_, f)| matches!(f, Form::Past | Form::Participle))
}

/// At least three lower-case letters or hyphens.
fn could_be_verb(w: &str) -> bool {
    w.len() >= 3 && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
}

/// The lemma of a verb form, said without the word itself so that it can be kept for every
/// occurrence of the word ([`words`]): the word's first bytes and an ending ("allege" from
/// "alleged", "study" from "studies"), or a base from [`IRREGULAR`] ("go" from "went").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lemma {
    /// The first `len` bytes of the word, then `ending`.
    Stem { len: usize, ending: &'static str },
    /// A base of the irregular table.
    Base(&'static str),
}

impl Lemma {
    /// The lemma of the word `w` this lemma was found for.
    fn of(self, w: &str) -> Cow<'_, str> {
        match self {
            Lemma::Stem { len, ending: "" } => Cow::Borrowed(&w[..len]),
            Lemma::Stem { len, ending } => Cow::Owned(format!("{}{ending}", &w[..len])),
            Lemma::Base(base) => Cow::Borrowed(base),
        }
    }

    fn stem(len: usize) -> Lemma {
        Lemma::Stem { len, ending: "" }
    }
}

/// [`verb_form_ref`] of a word whose [`word_flags`] the caller has (`w` at least three
/// lower-case letters or hyphens).
fn verb_form_flagged(w: &str, flags: &WordFlags) -> Option<(Lemma, Form)> {
    if let Some((base, form)) = flags.irregular {
        // "be" and "have" are auxiliaries, handled elsewhere.
        if matches!(base, "be" | "have" | "do") {
            return None;
        }
        return Some((Lemma::Base(base), form));
    }
    if flags.base {
        return Some((Lemma::stem(w.len()), Form::Base));
    }
    if let Some(stem) = w.strip_suffix("ing") {
        if stem.len() >= 3 {
            return Some((lemma_from_stem(stem), Form::Ing));
        }
    }
    if let Some(stem) = w.strip_suffix("ed") {
        // "died", "issued": the base ends in e.
        if is_known_base(&w[..w.len() - 1]) {
            return Some((Lemma::stem(w.len() - 1), Form::Past));
        }
        if stem.len() >= 3 {
            return Some((lemma_from_stem(stem), Form::Past));
        }
    }
    for (suffix, repl) in [("ies", "y"), ("es", ""), ("s", "")] {
        if let Some(stem) = w.strip_suffix(suffix) {
            if known_with(stem, repl) {
                return Some((
                    Lemma::Stem {
                        len: stem.len(),
                        ending: repl,
                    },
                    Form::Present,
                ));
            }
        }
    }
    None
}

/// "alleg" → "allege", "clash" → "clash", "shepherd" → "shepherd", "stopp" → "stop" (the
/// stem is the start of the word). Stems of verbs the lexicon does not know follow English
/// spelling ([`restores_e`], [`undoubles`]): "achiev" → "achieve", "postpon" → "postpone",
/// "dragg" → "drag", "modell" → "model".
fn lemma_from_stem(stem: &str) -> Lemma {
    if is_known_base(stem) {
        return Lemma::stem(stem.len());
    }
    if known_with(stem, "e") {
        return Lemma::Stem {
            len: stem.len(),
            ending: "e",
        };
    }
    if let Some(y) = stem.strip_suffix('i') {
        // "carri" → "carry", "marri" → "marry": an "-ied" past of a verb the lexicon does not
        // know is a "-y" verb after a consonant ("skied" is in the irregular table's reach).
        let after_consonant = y
            .bytes()
            .last()
            .is_some_and(|b| b.is_ascii_lowercase() && !is_vowel(b));
        if known_with(y, "y") || (y.len() >= 2 && after_consonant) {
            return Lemma::Stem {
                len: y.len(),
                ending: "y",
            };
        }
    }
    let b = stem.as_bytes();
    if b.len() >= 2 && b[b.len() - 1] == b[b.len() - 2] && is_known_base(&stem[..stem.len() - 1]) {
        return Lemma::stem(stem.len() - 1);
    }
    if undoubles(stem) {
        return Lemma::stem(stem.len() - 1);
    }
    if restores_e(stem) {
        return Lemma::Stem {
            len: stem.len(),
            ending: "e",
        };
    }
    Lemma::stem(stem.len())
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Whether the unknown stem `stem` (a verb's -ed or -ing form without its suffix) lost a
/// silent e: English verbs do not end in "v" or "c" ("achiev", "advanc"), nor in a single
/// "z", a vowel or r/d/l before "g" ("seiz", "manag", "emerg", "judg"), "s" that is not "ss"
/// ("advis", "eclips", "endors"), a consonant before "l" ("battl"), "ul"/"il" after a
/// consonant ("schedul", "compil"), "ur" after a consonant ("secur", "captur"), "-eng",
/// "-ung" ("challeng", "plung"), "-chang", "-rang" after a longer stem ("exchang",
/// "arrang"), "-pon", "-zon" ("postpon"), the "-at" of "-ate" verbs, "-plet", "-delet", "-mpet"
/// ("complet", "compet"), and "u"
/// ("continu"). What the spelling leaves open ("-al", "-el", "-or", other "-ng") keeps the
/// stem.
fn restores_e(stem: &str) -> bool {
    let b = stem.as_bytes();
    let n = b.len();
    if n < 3 || !b[n - 3..].iter().all(u8::is_ascii_lowercase) {
        return false;
    }
    let (last, prev, before) = (b[n - 1], b[n - 2], b[n - 3]);
    match last {
        b'v' | b'c' | b'u' => true,
        b'z' => prev != b'z',
        b'g' => {
            is_vowel(prev)
                || matches!(prev, b'r' | b'd' | b'l')
                || (prev == b'n' && matches!(before, b'e' | b'u'))
                || stem.ends_with("chang")
                || (n >= 5 && stem.ends_with("rang"))
        }
        // "bias", "focus" are bases.
        b's' => prev != b's' && !stem.ends_with("ias") && !stem.ends_with("cus"),
        b'l' => {
            matches!(
                prev,
                b'b' | b'c' | b'd' | b'f' | b'g' | b'k' | b'p' | b't' | b'z'
            ) || (matches!(prev, b'u' | b'i') && !is_vowel(before))
        }
        b'r' => prev == b'u' && !is_vowel(before),
        b'n' => prev == b'o' && matches!(before, b'p' | b'z'),
        // "-ate" verbs, and "complet", "deplet", "delet", "compet" (not "target", "budget").
        b't' => {
            prev == b'a'
                || stem.ends_with("plet")
                || stem.ends_with("delet")
                || stem.ends_with("mpet")
        }
        _ => false,
    }
}

/// Whether the unknown stem `stem` doubled its last consonant before the suffix: a single
/// vowel then a doubled b, d, g, m, n, p, r or t ("dragg", "rigg", "occurr", "committ"), or
/// "-ell", "-ill", "-oll" after a stem of two syllables or more (British "modell",
/// "pencill", "controll"; not "spell", "fill", "roll").
fn undoubles(stem: &str) -> bool {
    let b = stem.as_bytes();
    let n = b.len();
    if n < 4 || !b[n - 4..].iter().all(u8::is_ascii_lowercase) || b[n - 1] != b[n - 2] {
        return false;
    }
    let single_vowel = is_vowel(b[n - 3]) && !is_vowel(b[n - 4]);
    match b[n - 1] {
        b'b' | b'd' | b'g' | b'm' | b'n' | b'p' | b'r' | b't' => single_vowel,
        b'l' => {
            let syllables = b[..n - 2]
                .iter()
                .enumerate()
                .filter(|&(i, &c)| is_vowel(c) && (i == 0 || !is_vowel(b[i - 1])))
                .count();
            single_vowel && matches!(b[n - 3], b'e' | b'i' | b'o') && syllables >= 2
        }
        _ => false,
    }
}

/// An event noun of [`EVENT_NOUNS`] whose verb reading is an -ing form or only a guess from
/// its ending is the noun: "an emergency meeting", "to avoid bloodshed" (no verb "bloodsh"),
/// not "protests" after a subject, a form of the known verb "protest". Read as verbs, they took
/// the words before them as their subject ("an emergency", "he bloodshed").
fn noun_over_verb(w: &str, flags: &WordFlags) -> bool {
    flags.event_noun.is_some()
        && (w.ends_with("ing")
            || (flags.irregular.is_none()
                && !flags.base
                && verb_form_ref(w).is_some_and(|(lemma, _)| !is_known_base(&lemma))))
}

/// "Having lost the vote", "having been told": `w` is the auxiliary of a perfect participle
/// (`next` the word after it), no event of its own, for the rules and the model alike.
fn perfect_auxiliary(w: &str, next: &str) -> bool {
    w == "having"
        && (next == "been"
            || verb_form_ref(next).is_some_and(|(_, f)| matches!(f, Form::Participle | Form::Past)))
}

/// Linking verbs whose complement may be a participle ("remained closed"), by lemma.
const LINKING: &[&str] = &[
    "remain", "stay", "seem", "become", "appear", "look", "sound", "keep", "prove", "feel",
];

/// Whether `w` is a form of a [`LINKING`] verb.
fn links(w: &str) -> bool {
    verb_form_ref(w).is_some_and(|(lemma, _)| LINKING.contains(&lemma.as_ref()))
}

/// Linking verbs whose complement names the state with them: "remained high", "stayed
/// shut", "seemed calm" ("become" is a light verb and takes its complement already).
const STATE_LINKING: &[&str] = &["remain", "stay", "seem", "appear", "prove"];

/// The complement of a [`STATE_LINKING`] verb group `g` (`end` the sentence's end), after
/// adverbs in -ly: an adjective, a participle or a noun ("remained largely unchanged",
/// "stayed shut", "remained fugitives"); not a preposition, a determiner, a pronoun, an
/// infinitive, a name, a date or a verb of its own ("seemed to", "remained in power",
/// "appeared Monday", "stays says").
fn linking_complement<'a>(
    seg: &Segmentation,
    end: usize,
    g: &Group,
    word: &impl Fn(usize) -> &'a str,
) -> Option<usize> {
    if !STATE_LINKING.contains(&g.lemma.as_str()) {
        return None;
    }
    let mut j = g.main + 1;
    while j < end && word(j).ends_with("ly") && seg.tokens[j].kind == TokenKind::Word {
        j += 1;
    }
    if j >= end || seg.tokens[j].kind != TokenKind::Word {
        return None;
    }
    let w = word(j);
    let flags = word_flags(w);
    let not_a_complement = flags.function
        || flags.determiner
        || flags.aux.is_some()
        || flags.insert
        || EVENT_PREPOSITIONS.contains(&w)
        || SUBJECT_STOPS.contains(&w)
        || matches!(
            w,
            "in" | "at"
                | "on"
                | "for"
                | "up"
                | "out"
                | "off"
                | "down"
                | "under"
                | "above"
                | "below"
                | "near"
                | "behind"
                | "inside"
                | "outside"
                | "around"
                | "here"
                | "there"
                | "away"
                | "like"
        )
        || seg.text_starts_upper(seg.tokens[j].span.start)
        || crate::temporal::lexicon::month_from_word(w).is_some()
        || crate::temporal::lexicon::weekday_from_word(w).is_some()
        || verb_form_ref(w).is_some_and(|(_, f)| matches!(f, Form::Ing | Form::Present));
    (!not_a_complement).then_some(j)
}

/// The token where the rules look on after the event `e` whose main verb is `main`: past the
/// complement of a linking verb, which is part of its event and not one of its own ("remained
/// closed" is one state, not a remaining and a closing).
fn after_event(seg: &Segmentation, e: &Event, main: usize) -> usize {
    if is_linked_state(e) {
        seg.token_at(e.trigger.end)
    } else {
        main + 1
    }
}

/// Whether `e` is a [`STATE_LINKING`] verb with its complement ("remained high").
fn is_linked_state(e: &Event) -> bool {
    e.pos == EventPos::Verb
        && STATE_LINKING.contains(&e.lemma.as_str())
        && e.trigger.end > e.head.end
}

/// Subject pronouns, after which a base form is a present-tense verb ("they unite").
const PRONOUNS: &[&str] = &["i", "we", "you", "they"];

/// `next` is the next word and `form` its verb form ([`verb_form_ref`]).
fn next_is_not_verbish(next: &str, form: Option<Form>) -> bool {
    // "strikes and" is a list; "reports indicate" makes "reports" a noun, and so does an
    // auxiliary: "Evacuation orders were issued", "the talks are scheduled".
    !matches!(next, "and" | "or" | "of" | "," | ".")
        && !form.is_some_and(|f| matches!(f, Form::Base | Form::Present))
        && lookup_aux(next).is_none_or(|a| matches!(a, Aux::To))
}

fn clause_has_verb(events: &[Event], clause: usize) -> bool {
    events
        .iter()
        .any(|e| e.clause == clause && e.pos == EventPos::Verb)
}

/// "fell 4 percent in early trading", "amid heavy fighting": the -ing form at token `t` is a
/// noun after a preposition and one of [`ING_NOUN_MODIFIERS`] (its sentence starts at
/// `start`).
fn ing_noun_after_adjective<'a>(word: &impl Fn(usize) -> &'a str, start: usize, t: usize) -> bool {
    t >= start + 2
        && PREPOSITIONS.contains(&word(t - 2))
        && ING_NOUN_MODIFIERS.contains(&word(t - 1))
}

/// "since the first report", "a second attack", "its third offer": the word at token `t`
/// follows a determiner and an ordinal, so it is a noun (which may still name an event), not
/// a verb whose subject is "the first" (its sentence starts at `start`). Callers ask it of a
/// base, present or -ing form only: a past form there may be a verb ("The first arrived at
/// noon").
fn after_determiner_and_ordinal<'a>(
    word: &impl Fn(usize) -> &'a str,
    start: usize,
    t: usize,
) -> bool {
    t >= start + 2 && is_ordinal(word(t - 1)) && is_determiner(word(t - 2))
}

/// An ordinal: "first", "second", "twenty-first", "3rd", "21st".
fn is_ordinal(w: &str) -> bool {
    let last = w.rsplit('-').next().unwrap_or(w);
    crate::temporal::lexicon::lookup(crate::temporal::lexicon::ORDINAL_WORDS, last).is_some()
        || ["st", "nd", "rd", "th"].iter().any(|suffix| {
            w.strip_suffix(suffix)
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        })
}

/// An auxiliary chain and the verb it governs, starting at token `t`.
fn verb_group<'a>(
    seg: &Segmentation,
    end: usize,
    t: usize,
    first: Aux,
    word: &impl Fn(usize) -> &'a str,
    is_word: &impl Fn(usize) -> bool,
    capitalised: &impl Fn(usize) -> bool,
) -> Option<Group> {
    let _ = seg;
    let mut auxes = vec![(first, word(t))];
    let mut negated = word_flags(word(t)).negating;
    let mut i = t + 1;
    loop {
        if i >= end {
            return None;
        }
        let w = word(i);
        if inserted(w, word(i - 1)) {
            negated |= matches!(w, "not" | "n't" | "never");
            i += 1;
            continue;
        }
        // "was fully contained", "were seriously injured", "has largely ended": an adverb in
        // "-ly" between a form of "be" or "have" and a participle stands inside the group.
        if manner_adverb(w)
            && matches!(
                auxes.last(),
                Some((
                    Aux::BePresent | Aux::BePast | Aux::Be | Aux::HavePresent | Aux::HavePast,
                    _
                ))
            )
            && i + 1 < end
            && is_word(i + 1)
            && !capitalised(i + 1)
            && verb_form_ref(word(i + 1))
                .is_some_and(|(_, f)| matches!(f, Form::Participle | Form::Past | Form::Ing))
        {
            i += 1;
            continue;
        }
        if let Some(aux) = lookup_aux(w) {
            if aux != Aux::To
                || matches!(
                    auxes.last(),
                    Some((Aux::BePresent | Aux::BePast | Aux::Be, _))
                )
            {
                auxes.push((aux, w));
                negated |= word_flags(w).negating;
                i += 1;
                continue;
            }
        }
        break;
    }
    let last = auxes.last().map(|a| a.0)?;
    let has = |a: Aux| auxes.iter().any(|(x, _)| *x == a);
    let perfect = has(Aux::HavePresent) || has(Aux::HavePast);
    let finite = auxes.first().map(|a| a.0);
    let tense = match finite {
        Some(Aux::Will) => Tense::Future,
        Some(Aux::BePresent | Aux::HavePresent | Aux::Do(false)) => Tense::Present,
        Some(Aux::BePast | Aux::HavePast | Aux::Do(true)) => Tense::Past,
        _ => Tense::None,
    };
    let modality = auxes
        .iter()
        .find(|(a, _)| *a == Aux::Modal)
        .map(|(_, w)| w.to_string());
    // "has been under investigation since March", "has been in power since 2006": the noun
    // after "be under|in" names the state.
    if matches!(last, Aux::BePresent | Aux::BePast | Aux::Be) {
        if let Some(noun) = be_state(end, i, word, is_word) {
            return Some(Group {
                main: noun,
                lemma: word(noun).to_string(),
                tense,
                aspect: if perfect {
                    Aspect::Perfective
                } else {
                    Aspect::None
                },
                negated,
                modality,
                infinitive: false,
                state: true,
            });
        }
    }
    if !is_word(i) || capitalised(i) {
        return None;
    }
    let w = word(i);
    if is_determiner(w) || is_not_verb(w) {
        return None;
    }
    let mut form = verb_form(w);
    // "did not hit", "to cut", "would set": an irregular verb whose past is its base reads as
    // the past out of the table, but after these auxiliaries it is the base.
    if let Some((lemma, f @ (Form::Past | Form::Participle))) = &mut form {
        if lemma == w && matches!(last, Aux::To | Aux::Modal | Aux::Will | Aux::Do(_)) {
            *f = Form::Base;
        }
    }
    let (lemma, form) = match (last, form) {
        (Aux::To, Some((l, f))) if matches!(f, Form::Base) => (l, f),
        // "to publish", "to establish", "to punish": "-ish" verbs the tables do not know.
        (Aux::To, None)
            if w.ends_with("ize")
                || w.ends_with("ify")
                || w.ends_with("ate")
                || (w.ends_with("ish") && w.len() > 5)
                || TO_INFINITIVES.contains(&w) =>
        {
            (w.to_string(), Form::Base)
        }
        (Aux::To, _) => return None,
        (Aux::Modal | Aux::Will | Aux::Do(_), Some((l, Form::Base))) => (l, Form::Base),
        (Aux::Modal | Aux::Will | Aux::Do(_), None) if !w.ends_with("ly") => {
            (w.to_string(), Form::Base)
        }
        (Aux::HavePresent | Aux::HavePast, Some((l, Form::Participle | Form::Past))) => {
            (l, Form::Participle)
        }
        (Aux::BePresent | Aux::BePast | Aux::Be, Some((l, f)))
            if matches!(f, Form::Ing | Form::Participle | Form::Past) =>
        {
            (l, f)
        }
        _ => return None,
    };
    let be_any = has(Aux::BePresent) || has(Aux::BePast) || has(Aux::Be);
    let aspect = match (perfect, form == Form::Ing && be_any) {
        (true, true) => Aspect::PerfectiveProgressive,
        (true, false) => Aspect::Perfective,
        (false, true) => Aspect::Progressive,
        (false, false) => Aspect::None,
    };
    Some(Group {
        main: i,
        lemma,
        tense,
        aspect,
        negated,
        modality,
        infinitive: finite == Some(Aux::To),
        state: false,
    })
}

/// Whether `e` is an event the rules make for the timeline's reader that TimeML's guidelines
/// do not annotate: a state after "be under|in" ([`BE_STATES`]). The TimeML views of an
/// analysis (`eval events`, `eval tlinks --raw`, `annotate --format timeml`) leave it out, so
/// that they keep measuring what TimeML annotates (`docs/decisions.md`, *States "under
/// investigation" and "in power"*).
pub fn timeline_only(seg: &Segmentation, e: &Event) -> bool {
    is_be_state(seg, e)
}

/// Whether `e` is a state named after "be under|in" ("has been under investigation", "has
/// been in power"): a verb group whose main word is a noun of [`BE_STATES`].
pub(crate) fn is_be_state(seg: &Segmentation, e: &Event) -> bool {
    e.pos == EventPos::Verb
        && e.class == EventClass::State
        && seg
            .lower
            .get(e.head.start..e.head.end)
            .is_some_and(|w| BE_STATES.iter().any(|(_, nouns)| nouns.contains(&w)))
}

/// The noun of [`BE_STATES`] that the preposition at `i` opens, past at most two modifiers
/// ("under house arrest", "in police custody"); none after a determiner ("under the control
/// of", "in the hospital") or across a time, a name or punctuation.
fn be_state<'a>(
    end: usize,
    i: usize,
    word: &impl Fn(usize) -> &'a str,
    is_word: &impl Fn(usize) -> bool,
) -> Option<usize> {
    if i >= end {
        return None;
    }
    let (_, nouns) = BE_STATES.iter().find(|(p, _)| *p == word(i))?;
    (i + 1..end.min(i + 4))
        .take_while(|&j| is_word(j) && !is_determiner(word(j)) && !word_flags(word(j)).function)
        .find(|&j| nouns.contains(&word(j)))
}

/// The class that decides the status of the events an event governs: the verb tables' class
/// when they list the lemma, else the event's own class. TimeBank annotates "refused" and
/// most "asking" as OCCURRENCE, so the learned class alone would make "refused to accept"
/// assert the accepting.
fn status_class(e: &Event) -> EventClass {
    match class_of(&e.lemma) {
        EventClass::Occurrence => e.class,
        table => table,
    }
}

/// REPORTING when the reporting-verb table lists the lemma.
fn table_class(lemma: &str) -> Option<EventClass> {
    REPORTING.contains(&lemma).then_some(EventClass::Reporting)
}

fn class_of(lemma: &str) -> EventClass {
    index()
        .classes
        .get(lemma)
        .copied()
        .unwrap_or(EventClass::Occurrence)
}

#[allow(clippy::too_many_arguments)]
fn make_verb_event<'a>(
    text: &str,
    seg: &Segmentation,
    sentence: usize,
    clause: usize,
    start: usize,
    g: &Group,
    word: &impl Fn(usize) -> &'a str,
    full: bool,
) -> Event {
    let s = &seg.sentences[sentence];
    let mut end = g.main;
    // Light verbs take the word that completes them: "took office", "became openly defiant".
    if LIGHT_VERBS.contains(&g.lemma.as_str()) {
        let mut j = g.main + 1;
        while j < s.tokens.end
            && (word(j).ends_with("ly") || matches!(word(j), "on" | "up" | "down" | "out"))
        {
            j += 1;
        }
        // "sent down water", "gave up one": the particle completes the verb, not its object.
        // Not "up to" a quantity: "could take up to six weeks".
        let particle = (g.main + 1..j)
            .rev()
            .find(|&k| matches!(word(k), "up" | "down" | "out"))
            .filter(|&k| !(word(k) == "up" && word(k + 1) == "to"));
        let w = word(j);
        if let Some(k) = particle {
            end = k;
        } else if j < s.tokens.end
            && seg.tokens[j].kind == TokenKind::Word
            && !is_determiner(w)
            && !SUBJECT_STOPS.contains(&w)
            && !matches!(
                w,
                "to" | "him" | "her" | "them" | "it" | "up" | "so" | "and" | "or"
            )
            // "went on until Friday": a time's lead word is no part of the event's name.
            && !matches!(w, "until" | "till" | "since" | "after" | "before" | "during")
            // "was held on October 20": a date is no part of the event's name.
            && crate::temporal::lexicon::month_from_word(w).is_none()
            && crate::temporal::lexicon::weekday_from_word(w).is_none()
            && seg.tokens[j].kind != TokenKind::Number
        {
            end = j;
        }
    }
    if let Some(j) = linking_complement(seg, s.tokens.end, g, word) {
        end = j;
    }
    let trigger = Span::new(seg.tokens[start].span.start, seg.tokens[end].span.end);
    let c = &seg.clauses[clause];
    // Places and summaries only when `full` (`extract_for_tenses`).
    let summary_end = if full {
        summary_end(seg, c.tokens.clone(), end, c.span.end)
    } else {
        trigger.end
    };
    Event {
        trigger,
        head: seg.tokens[g.main].span,
        lemma: g.lemma.clone(),
        pos: EventPos::Verb,
        class: if g.state {
            EventClass::State
        } else {
            class_of(&g.lemma)
        },
        tense: g.tense,
        aspect: g.aspect,
        negated: g.negated,
        modality: g.modality.clone(),
        status: Status::Asserted,
        who: None,
        place: full
            .then(|| place_in(text, seg, c.tokens.clone(), g.main))
            .flatten(),
        summary: Span::new(trigger.start, summary_end),
        sentence,
        clause,
        governor: g.infinitive.then_some(usize::MAX),
        recognition: None,
    }
}

/// The summary runs from the trigger to the end of its clause, at most 12 words on.
fn summary_end(
    seg: &Segmentation,
    tokens: std::ops::Range<usize>,
    from: usize,
    clause_end: usize,
) -> usize {
    let mut end = seg.tokens[from].span.end;
    let mut words = 0;
    for t in from + 1..tokens.end {
        let tok = seg.tokens[t];
        if tok.kind == TokenKind::Punct
            && PHRASE_STOPS.contains(&seg.lower_of(tok.span))
            && !abbreviation_stop(seg, t, tokens.end)
        {
            break;
        }
        if tok.kind == TokenKind::Word {
            words += 1;
        }
        if words > 12 && !summary_goes_on(seg, t) {
            break;
        }
        end = tok.span.end;
    }
    without_dangling(seg, seg.tokens[from].span.end, end.min(clause_end))
}

/// Whether a summary past its twelfth word goes on to token `t`: never cut a name in two ("the
/// city of La Paz"), a time after its "next" ("in January next year"), nor a count from its
/// unit ("halted departures for two hours", "just over 10 percentage points").
fn summary_goes_on(seg: &Segmentation, t: usize) -> bool {
    let capitalised = |t: usize| seg.text_starts_upper(seg.tokens[t].span.start);
    let previous = seg.lower_of(seg.tokens[t - 1].span);
    let time_modifier = matches!(
        previous,
        "next" | "last" | "this" | "coming" | "past" | "previous" | "following"
    );
    let number = |k: usize| {
        seg.tokens[k].kind == TokenKind::Number || number_word(seg.lower_of(seg.tokens[k].span))
    };
    let count = number(t - 1) || (previous == "percentage" && t >= 2 && number(t - 2));
    time_modifier || count || capitalised(t) && capitalised(t - 1)
}

/// Whether the token `t` is the full stop of an abbreviation inside a clause ("3 p.m. Sunday",
/// "the U.S. embassy", "on Oct. 3"): glued to a single letter or a known abbreviation before
/// it, with more of the clause (which ends at token `end`) after it.
fn abbreviation_stop(seg: &Segmentation, t: usize, end: usize) -> bool {
    let tok = seg.tokens[t];
    if t == 0 || t + 1 >= end || seg.lower_of(tok.span) != "." {
        return false;
    }
    let before = seg.tokens[t - 1];
    let word = seg.lower_of(before.span);
    before.span.end == tok.span.start
        && before.kind == TokenKind::Word
        && (word.chars().count() == 1 || crate::segment::sentence::is_abbreviation(word))
}

/// The text a timeline writes for the event `e`: its summary, or, when the summary is the
/// trigger alone and a complement clause opens right after it, the trigger and the start of
/// that clause, cut as summaries are ([`summary_end`]): "saying he hoped to get Morales to
/// sign a letter of resignation", "asking that they unite to defeat his critics", not
/// "Camacho saying". The event's own summary span stays within its clause, since the
/// relation stage reads it as the event's words.
pub(crate) fn summary_with_complement(seg: &Segmentation, e: &Event) -> Span {
    if e.pos != EventPos::Verb || e.summary.end != e.trigger.end {
        return e.summary;
    }
    let next = seg.token_at(e.trigger.end);
    let complement = seg.clauses.get(e.clause + 1).filter(|c| {
        c.sentence == e.sentence && c.kind == ClauseKind::Complement && c.tokens.start == next
    });
    match complement {
        Some(c) if !c.tokens.is_empty() => {
            // Not "to warn that" when a quotation follows the marker.
            let end = summary_end(seg, c.tokens.clone(), c.tokens.start, c.span.end);
            // Not after a quotation: in '"...," said the message, read during the rally' the
            // noun phrase is the saying's own subject, put after it.
            let inverted = seg
                .token_at(e.trigger.start)
                .checked_sub(1)
                .is_some_and(|k| CLOSING_QUOTES.contains(&seg.lower_of(seg.tokens[k].span)));
            if !inverted && subject_before_apposition(seg, c.tokens.start, seg.token_at(end)) {
                return e.summary;
            }
            Span::new(
                e.summary.start,
                without_dangling(seg, e.summary.end, end.max(e.summary.end)),
            )
        }
        _ => e.summary,
    }
}

/// Tokens that close a quotation ('"', "''" and '”').
const CLOSING_QUOTES: &[&str] = &["\"", "''", "”"];

/// Whether the words of a complement clause from token `start` to the comma at token `comma`
/// are only the subject of its verb, which comes after an apposition or a relative clause
/// ("said *the former mayor*, Victor Hale, had betrayed", "said *the company*, which
/// operates the dam, had ignored"): a noun phrase of at most six words opened by an article,
/// with no auxiliary, past form, or present form other than a noun's after the article ("the
/// talks"). Such a phrase summed up alone reads as the object of the saying.
fn subject_before_apposition(seg: &Segmentation, start: usize, comma: usize) -> bool {
    let word = |k: usize| seg.lower_of(seg.tokens[k].span);
    // At most six words: "said the loan carries an interest rate of prime plus one
    // percentage point, with ..." has a verb the tables do not know.
    comma > start + 1
        && comma <= start + 6
        && comma < seg.tokens.len()
        && word(comma) == ","
        && ARTICLES.contains(&word(start))
        && (start..comma).all(|k| {
            // "the talks": a present form right after an article is a noun.
            let noun = k > start && ARTICLES.contains(&word(k - 1));
            lookup_aux(word(k)).is_none()
                && !verb_form_ref(word(k))
                    .is_some_and(|(_, f)| f == Form::Past || (f == Form::Present && !noun))
        })
}

/// Verbs of the reporting table that name an act, not a report, when a noun phrase is their
/// object: "declared a state of emergency", "declared victory", "declared war" (TimeBank:
/// "declared a", "declared its" OCCURRENCE; "declared that" REPORTING).
const ACT_WITH_OBJECT: &[&str] = &["declare"];

/// Determiners that open a noun phrase (the determiner table also lists prepositions).
pub(crate) const ARTICLES: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those",
    "every", "each", "no", "any", "some", "another", "such", "several", "many",
];

/// [`ACT_WITH_OBJECT`] verbs followed by a noun phrase become OCCURRENCE; with a complement
/// clause ("declared that ...", "declared the vote was fair"), after a quotation ("...",
/// he declared) or before a preposition ("declared on Monday that") they stay REPORTING.
fn declared_objects(seg: &Segmentation, events: &mut [Event]) {
    for e in events.iter_mut() {
        if e.pos != EventPos::Verb
            || e.class != EventClass::Reporting
            || !ACT_WITH_OBJECT.contains(&e.lemma.as_str())
        {
            continue;
        }
        let next = seg.token_at(e.trigger.end);
        let sentence = &seg.sentences[e.sentence];
        if next >= sentence.tokens.end || seg.tokens[next].kind != TokenKind::Word {
            continue;
        }
        let complement = seg
            .clauses
            .iter()
            .skip(e.clause + 1)
            .take_while(|c| c.sentence == e.sentence)
            .any(|c| c.kind == ClauseKind::Complement && c.tokens.start == next);
        let w = seg.lower_of(seg.tokens[next].span);
        // A determiner, or a content word: not a preposition (the determiner table lists
        // them too), a pronoun, an auxiliary or a verb form.
        let object = ARTICLES.contains(&w)
            || !(is_determiner(w)
                || word_flags(w).function
                || lookup_aux(w).is_some()
                || is_insert(w)
                || verb_form_ref(w).is_some_and(|(_, f)| f != Form::Base));
        // "declared the vote was void": a finite verb a few words on, with no "and" before
        // it, is the verb of a complement clause the splitter did not mark.
        let limit = (next + 6).min(sentence.tokens.end);
        let finite_after = (next..limit)
            .take_while(|&k| {
                seg.tokens[k].kind == TokenKind::Word
                    && !matches!(seg.lower_of(seg.tokens[k].span), "and" | "or" | "but")
            })
            .any(|k| {
                let w = seg.lower_of(seg.tokens[k].span);
                // "in May" is no modal.
                !seg.text_starts_upper(seg.tokens[k].span.start)
                    && lookup_aux(w).is_some_and(|a| a != Aux::To)
                    || verb_form_ref(w)
                        .is_some_and(|(_, f)| matches!(f, Form::Past | Form::Present))
                        && k > next
                        && !is_determiner(seg.lower_of(seg.tokens[k - 1].span))
            });
        let complement = complement || finite_after;
        if object && !complement {
            e.class = EventClass::Occurrence;
        }
    }
}

/// `end` moved back over words that only lead into what was cut off ("declared a state of
/// emergency on Monday and", "issued a statement claiming that"), never before `floor` (the
/// end of the trigger).
fn without_dangling(seg: &Segmentation, floor: usize, end: usize) -> usize {
    let mut end = end;
    let mut t = seg.token_at(end);
    while t > 0 {
        let tok = seg.tokens[t - 1];
        let word = seg.lower_of(tok.span);
        // "told reporters shortly | after the result was announced": the distance belongs
        // to the clause that "after" opens.
        let distance = crate::segment::clause::SHORT_DISTANCES.contains(&word)
            && seg
                .tokens
                .get(t)
                .is_some_and(|n| matches!(seg.lower_of(n.span), "after" | "before"));
        if tok.span.start < floor
            || tok.kind != TokenKind::Word
            || !(DANGLING.contains(&word) || distance)
        {
            break;
        }
        t -= 1;
        end = t
            .checked_sub(1)
            .map_or(floor, |p| seg.tokens[p].span.end.max(floor));
    }
    end
}

/// Words a summary may not end on ([`summary_end`]).
const DANGLING: &[&str] = &[
    "and", "or", "but", "nor", "the", "a", "an", "of", "to", "that", "which", "who", "as", "with",
    "for", "in", "on", "at", "by", "from", "into", "than", "its", "his", "her", "their", "our",
    "your", "my", "after", "before", "when", "while", "since", "until", "because", "if", "near",
    "about", "over", "under", "against", "during", "through", "within", "without", "amid",
    "across", "between", "among", "toward", "towards", "upon", "despite", "outside", "inside",
];

/// Adjectives that stand before a noun and end no noun phrase, so that the phrase after an
/// event noun's preposition goes on to its noun ([`make_noun_event`]): "the trial of the
/// *former* mayor", "an attack on the *main* hub".
const PRENOMINAL: &[&str] = &[
    "former", "late", "new", "main", "chief", "top", "key", "deputy", "acting", "interim", "then",
];

/// "in La Paz", "at the airport": a place after the head.
fn place_in(
    text: &str,
    seg: &Segmentation,
    tokens: std::ops::Range<usize>,
    head: usize,
) -> Option<Span> {
    let mut t = head + 1;
    while t + 1 < tokens.end {
        let w = seg.lower_of(seg.tokens[t].span);
        if matches!(w, "in" | "at") {
            let mut j = t + 1;
            if matches!(seg.lower_of(seg.tokens[j].span), "the") {
                j += 1;
            }
            let start = j;
            while j < tokens.end
                && seg.tokens[j].kind == TokenKind::Word
                && text[seg.tokens[j].span.start..].starts_with(|c: char| c.is_uppercase())
                && crate::temporal::lexicon::month_from_word(seg.lower_of(seg.tokens[j].span))
                    .is_none()
                && crate::temporal::lexicon::weekday_from_word(seg.lower_of(seg.tokens[j].span))
                    .is_none()
            {
                j += 1;
            }
            if j > start {
                return Some(Span::new(
                    seg.tokens[start].span.start,
                    seg.tokens[j - 1].span.end,
                ));
            }
        }
        t += 1;
    }
    None
}

fn nominal_is_placed<'a>(
    seg: &Segmentation,
    times: &[Mention],
    _sentence: usize,
    t: usize,
    sentence_start: usize,
    word: &impl Fn(usize) -> &'a str,
) -> bool {
    // Walk back over the noun phrase: "the October 20 elections", "the incident".
    let mut j = t;
    while j > sentence_start {
        let prev_span = seg.tokens[j - 1].span;
        if covered(times, prev_span) {
            return true;
        }
        let w = word(j - 1);
        if EVENT_PREPOSITIONS.contains(&w) {
            return true;
        }
        if w == "of"
            && j >= 2
            && matches!(
                word(j - 2),
                "results" | "result" | "outcome" | "aftermath" | "wake"
            )
        {
            return true;
        }
        if matches!(
            w,
            "the" | "a" | "an" | "his" | "her" | "their" | "its" | "emergency" | "last" | "first"
        ) || w.ends_with("ed")
            || EVENT_NOUN_MODIFIERS.contains(&w)
        {
            j -= 1;
            continue;
        }
        break;
    }
    false
}

#[allow(clippy::too_many_arguments)]
fn make_noun_event<'a>(
    text: &str,
    seg: &Segmentation,
    sentence: usize,
    clause: usize,
    t: usize,
    lemma: &str,
    word: &impl Fn(usize) -> &'a str,
    full: bool,
) -> Event {
    let s = &seg.sentences[sentence];
    // The noun phrase: back to its determiner, on through "of/at/in" + up to 4 words.
    let mut start = t;
    while start > s.tokens.start && seg.tokens[start - 1].kind != TokenKind::Punct {
        let w = word(start - 1);
        // The verb of an auxiliary group ends the phrase: "to avoid bloodshed", "could cause".
        let after_aux = start >= s.tokens.start + 2
            && lookup_aux(word(start - 2)).is_some()
            && verb_form_ref(w).is_some();
        // "..., the minister said, and a second shipment of vaccines is expected": a
        // conjunction after a comma joins clauses, not the nouns of one phrase.
        let joins_clauses = matches!(w, "and" | "or")
            && (start - 1 == s.tokens.start || seg.tokens[start - 2].kind == TokenKind::Punct);
        if joins_clauses
            || EVENT_PREPOSITIONS.contains(&w)
            || matches!(
                w,
                "of" | "in"
                    | "for"
                    | "to"
                    | "with"
                    | "that"
                    | "over"
                    | "on"
                    | "at"
                    | "by"
                    | "from"
                    | "about"
                    | "against"
                    | "into"
                    | "under"
                    | "without"
                    // "..., but delays spread": "but" opens no noun phrase.
                    | "but"
            )
            || w.ends_with("ing")
            || verb_form_ref(w).is_some_and(|(_, f)| f == Form::Past)
            || after_aux
        {
            break;
        }
        start -= 1;
        // The phrase opens at its article: in "said Monday the talks would resume" the
        // weekday before "the" is the saying's, not a word of the noun phrase.
        if matches!(w, "the" | "a" | "an") {
            break;
        }
    }
    let mut end = t;
    // Not through a second date when the phrase has its own: in "The June 8 vote on Monday
    // was postponed" the Monday is the postponing's.
    let dated = |j: usize| {
        crate::temporal::lexicon::weekday_from_word(word(j)).is_some()
            || crate::temporal::lexicon::month_from_word(word(j)).is_some()
    };
    let second_date = t + 2 < s.tokens.end && dated(t + 2) && (start..t).any(dated);
    if t + 2 < s.tokens.end && matches!(word(t + 1), "at" | "of" | "in" | "on") && !second_date {
        let mut j = t + 2;
        let limit = (t + 6).min(s.tokens.end);
        while j < limit
            && seg.tokens[j].kind == TokenKind::Word
            && !matches!(word(j), "and" | "who" | "which" | "that")
        {
            end = j;
            // "A hearing on the second defendant", "the trial of the former mayor": an
            // ordinal or an adjective that only stands before a noun is not the phrase's end.
            let before_noun = is_ordinal(word(j)) || PRENOMINAL.contains(&word(j));
            if !is_determiner(word(j)) && !before_noun && j > t + 2 {
                break;
            }
            j += 1;
        }
        // "a derailment in March 2021", "the vote on Oct. 20": not cut inside the date.
        let month = |k: usize| crate::temporal::lexicon::month_from_word(word(k)).is_some();
        if month(end) {
            let mut k = end + 1;
            if k < s.tokens.end && word(k) == "." {
                k += 1;
            }
            if k < s.tokens.end && seg.tokens[k].kind == TokenKind::Number {
                end = k;
                // "the results of the October 29 presidential election": on to the noun the
                // date modifies, over the adjectives of the table.
                let mut j = end + 1;
                while j < s.tokens.end && j <= end + 3 && EVENT_NOUN_MODIFIERS.contains(&word(j)) {
                    j += 1;
                }
                if j < s.tokens.end && event_noun(word(j)).is_some() {
                    end = j;
                }
            }
        }
    }
    let head = seg.tokens[t].span;
    // "found him guilty of taking bribes from construction firms": a gerund right after a
    // preposition is read as a noun, but names its act with its object, as a verb does (a
    // later finite verb cuts it: `trim_summaries`).
    let gerund = start == t
        && start > s.tokens.start
        && PREPOSITIONS.contains(&word(start - 1))
        && verb_form_ref(word(t)).is_some_and(|(_, f)| f == Form::Ing)
        && t + 1 < s.tokens.end
        && seg.tokens[t + 1].kind == TokenKind::Word
        && !PREPOSITIONS.contains(&word(t + 1));
    // "protests on Monday after": the phrase may end on a word that opens what follows.
    let summary = if full && gerund {
        let c = &seg.clauses[clause];
        Span::new(
            head.start,
            summary_end(seg, c.tokens.clone(), t, c.span.end),
        )
    } else if full {
        Span::new(
            seg.tokens[start].span.start,
            without_dangling(seg, head.end, seg.tokens[end].span.end),
        )
    } else {
        head
    };
    Event {
        trigger: head,
        head,
        lemma: lemma.to_string(),
        pos: EventPos::Noun,
        class: EventClass::Occurrence,
        tense: Tense::None,
        aspect: Aspect::None,
        negated: false,
        modality: None,
        status: Status::Asserted,
        who: None,
        place: full
            .then(|| place_in(text, seg, t..(end + 1).min(s.tokens.end), t))
            .flatten(),
        summary,
        sentence,
        clause,
        governor: None,
        recognition: None,
    }
}

/// A summary stops before the next finite verb group: "to oust the president", not "to oust
/// the president was being led".
/// The conjunction that coordinates the verb at token `trigger` with a verb before it, when
/// one stands right before it or before one adverb of sequence: "left and returned",
/// "withdrew and then returned", "fought and later served". Not before `floor`.
pub(crate) fn coordinated_verb(seg: &Segmentation, floor: usize, trigger: usize) -> Option<usize> {
    let mut t = trigger;
    if t > floor && SEQUENCE_ADVERBS.contains(&seg.lower_of(seg.tokens[t - 1].span)) {
        t -= 1;
    }
    if t > floor && matches!(seg.lower_of(seg.tokens[t - 1].span), "and" | "or" | "but") {
        Some(t - 1)
    } else {
        None
    }
}

/// The subject before a time phrase that ends at token `end`, right before its verb: "A
/// federal jury [on Thursday] convicted", "Police [late Friday] said". Up to eight words back to
/// `floor`, the clause's start or a stop word, that do not open with a preposition (in "The
/// Turkish victory late Wednesday in the town of Bursa sparked clashes" the phrase is not
/// right before the verb, and no subject is better than a wrong one).
fn subject_before_time(
    seg: &Segmentation,
    times: &[Mention],
    floor: usize,
    end: usize,
) -> Option<Span> {
    let mut t = end;
    // "the leading economic daily said": a newspaper, not a time between subject and verb.
    if covering(times, seg.tokens[end - 1].span).is_some_and(|m| {
        matches!(
            seg.lower_of(m.span),
            "daily" | "weekly" | "monthly" | "quarterly" | "yearly" | "annual"
        )
    }) {
        return None;
    }
    while t > floor && covered(times, seg.tokens[t - 1].span) {
        t -= 1;
    }
    if t > floor && matches!(seg.lower_of(seg.tokens[t - 1].span), "of" | "for") {
        // "Its estimated revenue for 1996 amounted", "a launch date of April 12 proposed":
        // the phrase is part of the subject.
        t -= 1;
        while t > floor
            && end - t < 12
            && seg.tokens[t - 1].kind == TokenKind::Word
            && !SUBJECT_STOPS.contains(&seg.lower_of(seg.tokens[t - 1].span))
        {
            t -= 1;
        }
        let first = seg.lower_of(seg.tokens[t].span);
        // Not "Iraq has for years rejected": an auxiliary is no part of a subject.
        let aux = (t..end).any(|k| lookup_aux(seg.lower_of(seg.tokens[k].span)).is_some());
        return (!matches!(first, "of" | "for") && !LEADING_PREPOSITIONS.contains(&first) && !aux)
            .then(|| Span::new(seg.tokens[t].span.start, seg.tokens[end - 1].span.end));
    }
    if t > floor
        && matches!(
            seg.lower_of(seg.tokens[t - 1].span),
            "on" | "in" | "at" | "late" | "early" | "earlier" | "later"
        )
    {
        t -= 1;
    }
    let last = t;
    while t > floor
        && last - t < 8
        && seg.tokens[t - 1].kind == TokenKind::Word
        && !SUBJECT_STOPS.contains(&seg.lower_of(seg.tokens[t - 1].span))
        && !covered(times, seg.tokens[t - 1].span)
    {
        t -= 1;
    }
    if t == last || (last - t >= 8 && t > floor) {
        return None;
    }
    let first = seg.lower_of(seg.tokens[t].span);
    if LEADING_PREPOSITIONS.contains(&first)
        || matches!(first, "and" | "but" | "or")
        || (t..last).any(|k| lookup_aux(seg.lower_of(seg.tokens[k].span)).is_some())
    {
        return None;
    }
    Some(Span::new(
        seg.tokens[t].span.start,
        seg.tokens[last - 1].span.end,
    ))
}

fn trim_summaries(seg: &Segmentation, events: &mut [Event]) {
    for i in 0..events.len() {
        let (start, end) = (events[i].trigger.end, events[i].summary.end);
        let cut = events
            .iter()
            .filter(|f| {
                f.pos == EventPos::Verb
                    && f.tense != Tense::None
                    && f.trigger.start > start
                    && f.trigger.start < end
            })
            .map(|f| f.trigger.start)
            .min();
        if let Some(cut) = cut {
            // End at the last token before the cut, and before an adverb that opens the next
            // verb's part: "withdrew on Tuesday [and then] returned", "said Clinton [also]
            // shared".
            let mut t = seg.token_at(cut);
            // Not "gave a thinly veiled warning": an adverb after an article is the noun's.
            while t > 1
                && seg.tokens[t - 1].span.start >= start
                && adverb_before_verb(seg, t - 1)
                && subject_ends_before_adverb(seg, t - 2)
            {
                t -= 1;
            }
            if t > 0 && seg.tokens[t - 1].span.end > events[i].summary.start {
                events[i].summary.end = without_dangling(seg, start, seg.tokens[t - 1].span.end);
            }
        }
    }
}

/// Up to four words before `end` (skipping punctuation), stopping at a preposition.
fn noun_before(seg: &Segmentation, floor: usize, end: usize) -> Option<Span> {
    let mut end = end;
    while end > floor && seg.tokens[end - 1].kind == TokenKind::Punct {
        end -= 1;
    }
    let mut s = end;
    while s > floor
        && seg.tokens[s - 1].kind == TokenKind::Word
        && end - s < 4
        && !matches!(seg.lower_of(seg.tokens[s - 1].span), "challenge")
        // "rushed furiously to the fire, which occurred": the noun phrase after the last
        // preposition, not the words before it.
        && !PREPOSITIONS.contains(&seg.lower_of(seg.tokens[s - 1].span))
        && may_be_noun(seg.lower_of(seg.tokens[s - 1].span))
    {
        s -= 1;
        // An article opens the noun phrase: nothing before it belongs to it.
        if ARTICLES.contains(&seg.lower_of(seg.tokens[s].span)) {
            break;
        }
    }
    (s < end).then(|| Span::new(seg.tokens[s].span.start, seg.tokens[end - 1].span.end))
}

/// True for a noun that names people or a number of them ("resident", "members", "dozens",
/// "king"): the head of "X of Y" that a "who" after it refers to, unless Y names people too
/// ("a resident of Kasama, who"; not "the influx of refugees, who" or "the number of banks
/// who"; "a descendant of the boy king who" is left to the king).
fn names_people(head: &str) -> bool {
    const SUFFIXES: &[&str] = &[
        "er", "ers", "or", "ors", "ent", "ents", "ist", "ists", "man", "men", "ian", "ians", "ief",
        "iefs", "ant", "ants",
    ];
    const COUNTS: &[&str] = &[
        "dozens",
        "hundreds",
        "thousands",
        "millions",
        "some",
        "many",
        "several",
        "most",
        "all",
        "none",
        "one",
        "two",
        "three",
        "four",
        "five",
        "head",
        "heads",
        "staff",
    ];
    const NOT_PEOPLE: &[&str] = &[
        "number", "numbers", "quarter", "quarters", "order", "border",
    ];
    const PEOPLE: &[&str] = &[
        "king",
        "queen",
        "people",
        "person",
        "persons",
        "refugees",
        "soldiers",
        "victims",
        "hostages",
        "children",
        "child",
        "women",
        "woman",
        "police",
        "civilians",
        "troops",
        "rebels",
        "family",
        "families",
        "friends",
        "relatives",
        "colleagues",
    ];
    COUNTS.contains(&head)
        || PEOPLE.contains(&head)
        || (SUFFIXES.iter().any(|s| head.ends_with(s)) && !NOT_PEOPLE.contains(&head))
}

/// Words that open a sentence before a comma without being a listed noun: "However, police
/// and soldiers said".
const NOT_LIST_ITEMS: &[&str] = &[
    "however",
    "meanwhile",
    "still",
    "yet",
    "also",
    "instead",
    "separately",
    "earlier",
    "later",
    "now",
    "then",
    "so",
    "but",
    "and",
    "indeed",
    "nevertheless",
    "moreover",
    "furthermore",
    "overall",
    "finally",
    "first",
    "second",
    "third",
];

/// The first token of a subject list whose last items start at token `start`, after a
/// comma: "*Britain,* France and Germany condemned", "*The Treasury,* the Federal Reserve and
/// the FDIC said". Each earlier item is one to five words between commas, from `floor` on,
/// that open with an article or a capital and hold no time phrase, preposition, auxiliary or
/// verb form other than a base ("In Washington, the Treasury and the Fed", "However, police
/// and soldiers" are no items). Returns `start` when no item precedes it.
fn list_items_before(seg: &Segmentation, times: &[Mention], floor: usize, start: usize) -> usize {
    let mut first = start;
    while first > floor + 1 && seg.lower_of(seg.tokens[first - 1].span) == "," {
        let comma = first - 1;
        let mut s = comma;
        while s > floor
            && comma - s < 5
            && matches!(seg.tokens[s - 1].kind, TokenKind::Word | TokenKind::Number)
        {
            s -= 1;
        }
        let opens_item = s == floor || seg.lower_of(seg.tokens[s - 1].span) == ",";
        let item = s..comma;
        let good = opens_item
            && !item.is_empty()
            && (ARTICLES.contains(&seg.lower_of(seg.tokens[s].span))
                || seg.text_starts_upper(seg.tokens[s].span.start))
            && item.clone().all(|k| {
                let w = seg.lower_of(seg.tokens[k].span);
                !covered(times, seg.tokens[k].span)
                    && !LEADING_PREPOSITIONS.contains(&w)
                    && !NOT_LIST_ITEMS.contains(&w)
                    && lookup_aux(w).is_none()
                    && may_be_noun(w)
            });
        if !good {
            break;
        }
        first = s;
    }
    first
}

/// Words of a subject that make it one more happening of its kind, not the one told before:
/// "a second quake", "another attack", "a new explosion".
const ANOTHER: &[&str] = &[
    "another", "second", "third", "fourth", "new", "fresh", "further", "more", "other", "later",
];

/// Words that end the head of a subject besides the prepositions
/// ([`lexicon::PREPOSITIONS`]): relative pronouns.
const SUBJECT_ENDS: &[&str] = &["who", "which", "that"];

/// The head word of the subject `who` of `text`, where it stands, and whether the subject makes
/// it one more of its kind ("A second quake", "another attack"). The head ends the words before
/// the first preposition ("talks between the union"), comma or relative pronoun; a stretch of
/// time before "of" is no head ("months of fighting ended": the fighting ended).
pub(crate) fn subject_head(text: &str, who: Span) -> Option<(&str, usize, bool)> {
    let words = text.get(who.start..who.end)?;
    let is = |list: &[&str], w: &str| list.iter().any(|x| x.eq_ignore_ascii_case(w));
    let stretch = |w: &str| {
        crate::temporal::lexicon::lookup(crate::temporal::lexicon::UNITS, &w.to_ascii_lowercase())
            .is_some()
    };
    let mut head: Option<(&str, usize)> = None;
    let mut another = false;
    for raw in words.split_whitespace().take(40) {
        let w = raw.trim_matches(|c: char| !c.is_alphanumeric());
        if w.eq_ignore_ascii_case("of") && head.is_some_and(|(h, _)| stretch(h)) {
            head = None;
            continue;
        }
        if is(SUBJECT_ENDS, w) || is(lexicon::PREPOSITIONS, w) {
            break;
        }
        if !w.is_empty() {
            another |= is(ANOTHER, w);
            // Where the word stands in the text (`w` lies inside `words`).
            let at = who.start + (w.as_ptr() as usize - words.as_ptr() as usize);
            head = Some((w, at));
        }
        if raw.ends_with(',') {
            break;
        }
    }
    let (head, at) = head.filter(|(w, _)| w.len() <= 24)?;
    Some((head, at, another))
}

/// The subject of finite verb `i` that follows a relative "that" clause whose verb is `j`:
/// "The death toll from the earthquake that struck southern Turkey **rose**" is the toll's
/// rising, not southern Turkey's. The clause opens with "that" right before `j`, after a noun;
/// `j` tells a happening (an occurrence or an aspectual verb, not a saying or a thought, whose
/// "that" opens their content: "a count that showed he won"); nothing between the two verbs
/// joins them ("that struck the coast and killed") or opens a subject of its own ("he", "they").
/// After "who" or "which" right before `j`, `j` may be of any class but a saying, a thought or
/// a perception: "A twelfth worker who was near the entrance **escaped**".
/// The subject is the words of the clause before the marker, up to ten, with no verb among
/// them.
fn subject_after_relative(
    seg: &Segmentation,
    events: &[Event],
    i: usize,
    j: usize,
) -> Option<Span> {
    let (e, f) = (&events[i], &events[j]);
    let clause = &seg.clauses[e.clause];
    let marker = clause.tokens.start;
    let finite = matches!(e.tense, Tense::Past | Tense::Present) && e.governor.is_none();
    // "who" and "which" open no content of a saying, so their verb may be of any class but
    // one that takes a clause without "that" ("the man who said the army escaped").
    let class_ok = match clause.marker.as_deref() {
        Some("that") => matches!(f.class, EventClass::Occurrence | EventClass::Aspectual),
        Some("who" | "which") => !matches!(
            status_class(f),
            EventClass::Reporting | EventClass::IState | EventClass::Perception
        ),
        _ => false,
    };
    // Not "who visited the 72 hostages *held* in the residence": a bare past form between a
    // noun and a preposition may be a participle on that noun.
    let head = seg.token_at(e.head.start);
    let participle_on_noun = e.trigger == e.head
        && clause.marker.as_deref() != Some("that")
        && head > marker + 1
        && seg.tokens[head - 1].kind == TokenKind::Word
        && may_be_noun(seg.lower_of(seg.tokens[head - 1].span))
        && seg
            .tokens
            .get(head + 1)
            .is_some_and(|t| PREPOSITIONS.contains(&seg.lower_of(t.span)));
    let relative = class_ok
        && !participle_on_noun
        && seg.token_at(f.trigger.start) == marker + 1
        && f.pos == EventPos::Verb;
    if !finite || !relative || e.clause == 0 || marker == 0 {
        return None;
    }
    let (from, to) = (seg.token_at(f.trigger.end), seg.token_at(e.trigger.start));
    let joined = (from..to).any(|k| {
        matches!(
            seg.lower_of(seg.tokens[k].span),
            "," | ";" | "and" | "or" | "but" | "he" | "she" | "they" | "we" | "i" | "to"
        )
    });
    let before = &seg.clauses[e.clause - 1];
    if joined || before.sentence != e.sentence || before.kind != ClauseKind::Main {
        return None;
    }
    noun_phrase_subject(seg, events, e.sentence, before.tokens.start..marker, 10)
}

/// The tokens `range` of sentence `sentence` as a subject: at most `most` words ending on a
/// noun, with no punctuation, auxiliary or [`SUBJECT_STOPS`] word among them, and no verb of
/// ours (not "Police arrested a man who ...": a clause with a verb of its own is no subject).
fn noun_phrase_subject(
    seg: &Segmentation,
    events: &[Event],
    sentence: usize,
    range: std::ops::Range<usize>,
    most: usize,
) -> Option<Span> {
    let (start, end) = (range.start, range.end);
    if end <= start || end - start > most {
        return None;
    }
    let noun_last = seg.tokens[end - 1].kind == TokenKind::Word
        && may_be_noun(seg.lower_of(seg.tokens[end - 1].span));
    let words_only = (start..end).all(|k| {
        let w = seg.lower_of(seg.tokens[k].span);
        seg.tokens[k].kind != TokenKind::Punct
            && lookup_aux(w).is_none()
            && !SUBJECT_STOPS.contains(&w)
    });
    let verbless = !verb_in(seg, events, sentence, start, end);
    (noun_last && words_only && verbless)
        .then(|| Span::new(seg.tokens[start].span.start, seg.tokens[end - 1].span.end))
}

/// The subject of finite verb `i` that opens the clause after a relative clause between
/// commas: "Exports of flowers and vegetables, which normally leave the port within hours of
/// arriving, were worst hit". The clause before the relative one is of the same sentence,
/// a noun phrase of up to twelve words with no verb, and ends at the comma (or, with no
/// commas, right before the relative clause's marker).
fn subject_before_relative(seg: &Segmentation, events: &[Event], i: usize) -> Option<Span> {
    let e = &events[i];
    // Governed only by a source after it ("..., it added").
    let finite = (matches!(e.tense, Tense::Past | Tense::Present | Tense::Future)
        || e.modality.is_some())
        && e.governor.is_none_or(|g| {
            events
                .get(g)
                .is_some_and(|g| g.trigger.start > e.trigger.end)
        });
    let clause = &seg.clauses[e.clause];
    let first = (clause.tokens.start..seg.token_at(e.trigger.start)).all(|k| {
        let w = seg.lower_of(seg.tokens[k].span);
        adverb_before_verb(seg, k)
            || lookup_aux(w).is_some()
            || matches!(w, "best" | "most" | "least")
    });
    if !finite || !first || clause.kind != ClauseKind::Main || clause.marker.is_some() {
        return None;
    }
    let mut c = e.clause.checked_sub(1)?;
    let mut relatives = 0;
    loop {
        let clause = &seg.clauses[c];
        if clause.sentence != e.sentence {
            break;
        }
        // "Officials who said the vote was rigged were arrested": the content of the
        // relative's verb of saying goes with it.
        let reported = clause.kind == ClauseKind::Complement
            && c > 0
            && seg.clauses[c - 1].kind == ClauseKind::Relative
            && seg.clauses[c - 1].sentence == e.sentence;
        if clause.kind == ClauseKind::Relative {
            relatives += 1;
        } else if !reported {
            break;
        }
        c = c.checked_sub(1)?;
    }
    let before = &seg.clauses[c];
    if relatives == 0 || before.sentence != e.sentence || before.kind != ClauseKind::Main {
        return None;
    }
    let (start, end) = (before.tokens.start, before.tokens.end);
    if end <= start {
        return None;
    }
    // "Those who had already paid for hotels would be reimbursed": a relative clause with
    // no commas follows its noun directly.
    let end = if seg.lower_of(seg.tokens[end - 1].span) == "," {
        end - 1
    } else if seg.clauses[c + 1].kind == ClauseKind::Relative
        && seg.tokens[end - 1].kind == TokenKind::Word
    {
        // (or a reduced one, with no marker: "The contracts signed last year expire in June")
        end
    } else {
        return None;
    };
    // "Those who ...", "Anyone who ...": a pronoun that a relative clause defines.
    if end == start + 1 && DEFINED_BY_RELATIVE.contains(&seg.lower_of(seg.tokens[start].span)) {
        return Some(seg.tokens[start].span);
    }
    noun_phrase_subject(seg, events, e.sentence, start..end, 12)
}

/// True when a time phrase covers `span` (phrases come in text order and never overlap).
/// The time phrase of `times` (in text order) that covers `span`.
fn covering(times: &[Mention], span: Span) -> Option<&Mention> {
    let i = times.partition_point(|m| m.span.start <= span.start);
    times[..i].last().filter(|m| m.span.contains(span))
}

fn covered(times: &[Mention], span: Span) -> bool {
    let i = times.partition_point(|m| m.span.start <= span.start);
    i > 0 && times[i - 1].span.contains(span)
}

/// Spans inside double quotes.
fn quote_regions(text: &str, span: Span) -> Vec<Span> {
    let mut out = Vec::new();
    scan_quotes(text, span, |q| out.push(q));
    out
}

/// Whether byte offset `at` of `text` stands inside double quotes opened in `sentence` (the
/// span of its sentence) and not closed before `at`: a quotation may run on past its
/// sentence ("“We will rebuild. It will take years,” she said").
pub(crate) fn inside_quotes(text: &str, sentence: Span, at: usize) -> bool {
    let from = sentence.start.min(at);
    scan_quotes(text, Span::new(from, at), |_| {}).is_some()
}

/// Walks the double quotes of `span`, calls `closed` with each quotation closed within it,
/// and returns where the quotation still open at its end opened.
///
/// Read as bytes: `"` is one byte and `“` `”` are three starting with 0xE2, bytes that never
/// occur inside another character, so the offsets are those of a walk over the characters
/// (which decoded every character of every sentence and showed in the profile; issue 6).
fn scan_quotes(text: &str, span: Span, mut closed: impl FnMut(Span)) -> Option<usize> {
    let mut open: Option<usize> = None;
    let bytes = text.as_bytes().get(span.start..span.end)?;
    let mut i = 0;
    while let Some(k) = memchr::memchr2(b'"', 0xE2, &bytes[i..]) {
        let at = i + k;
        match bytes[at..] {
            [0xE2, 0x80, 0x9C, ..] => open = Some(span.start + at),
            [0xE2, 0x80, 0x9D, ..] => {
                if let Some(o) = open.take() {
                    closed(Span::new(o, span.start + at));
                }
            }
            [b'"', ..] => match open.take() {
                Some(o) => closed(Span::new(o, span.start + at)),
                None => open = Some(span.start + at),
            },
            _ => {}
        }
        i = at + 1;
    }
    open
}

/// The first token after a quotation that opens sentence `sentence`, and after the commas
/// that follow its closing mark: "the" in '"Nobody is above the law," the chief prosecutor
/// told reporters'. None when the sentence does not open with a quotation mark, or the
/// quotation is not closed within it.
fn after_opening_quote(text: &str, seg: &Segmentation, sentence: usize) -> Option<usize> {
    let s = &seg.sentences[sentence];
    let first = quote_regions(text, s.span).into_iter().next()?;
    if first.start != seg.tokens.get(s.tokens.start)?.span.start {
        return None;
    }
    let mut k = seg.token_at(first.end) + 1;
    while k < s.tokens.end && seg.lower_of(seg.tokens[k].span) == "," {
        k += 1;
    }
    (k < s.tokens.end).then_some(k)
}

/// Status from the verb group and the clause: reported, negated, hypothetical, future.
fn assign_status(
    seg: &Segmentation,
    times: &[Mention],
    events: &mut [Event],
    quotes: &[Span],
    offset: usize,
) {
    let word = |i: usize| seg.lower_of(seg.tokens[i].span);
    for i in 0..events.len() {
        // The governor: the nearest earlier verbal event of the sentence, for infinitives,
        // complements and quotes.
        let clause_kind = seg.clauses[events[i].clause].kind;
        let governor = (0..i).rev().find(|&j| {
            events[j].pos == EventPos::Verb
                && (events[j].clause != events[i].clause || events[i].governor.is_some())
        });
        let infinitive = events[i].governor.is_some();
        let complement = matches!(clause_kind, ClauseKind::Complement) || infinitive;
        events[i].governor = if complement {
            governor.map(|g| g + offset)
        } else {
            None
        };
        let gov = if complement {
            governor.map(|g| {
                (
                    status_class(&events[g]),
                    events[g].lemma.clone(),
                    events[g].status,
                )
            })
        } else {
            None
        };
        let quoted = quotes.iter().any(|q| q.contains(events[i].head));
        // A noun that is the object of a wanted or expected action shares its status: "hoped
        // to get Morales to sign a letter of resignation". Not one the text places in time
        // ("refused to accept the results of a referendum": the referendum took place).
        let e = &events[i];
        let placed = e.pos == EventPos::Noun && {
            let start = seg.sentences[e.sentence].tokens.start;
            nominal_is_placed(
                seg,
                times,
                e.sentence,
                seg.token_at(e.head.start),
                start,
                &word,
            )
        };
        // For a noun only: the object of a wanted or expected action, or of a plan.
        let object_of = (events[i].pos == EventPos::Noun)
            .then(|| noun_status_from_verb(seg, events, i, placed))
            .flatten();
        // "said the group was responsible", "would be responsible": a word after a form of
        // "be" names a state of its clause, told as the clause tells it, not a happening the
        // text presupposes.
        let copula = (events[i].pos == EventPos::Noun)
            .then(|| copula_before(seg, &events[i]))
            .flatten();
        let e = &mut events[i];
        if e.pos == EventPos::Noun && copula.is_none() {
            // Otherwise a named happening is presupposed, whoever talks about it.
            e.status = if quoted {
                Status::Reported
            } else if let Some(status) = object_of {
                status
            } else {
                Status::Asserted
            };
            if conditional(seg, e) {
                e.status = Status::Hypothetical;
            }
            e.governor = None;
            continue;
        }
        // A negated event is negated whatever its tense: "will not comment" says the comment
        // is not to come, which `future` (expected to happen) would contradict.
        e.status = if e.negated || copula == Some(Copula::Negated) {
            Status::Negated
        } else if e.tense == Tense::Future || copula == Some(Copula::Future) {
            Status::Future
        } else if e.modality.is_some() || copula == Some(Copula::Modal) {
            Status::Hypothetical
        } else if let Some((class, lemma, status)) = gov {
            // "forced 2,000 villagers to flee": they fled. An implicative verb's infinitive
            // happens as any fact's does, whatever the verb's class (I_ACTION for "force").
            let class = if infinitive && IMPLICATIVE.contains(&lemma.as_str()) {
                EventClass::Occurrence
            } else {
                class
            };
            match class {
                // "were advising startups to pull their money": urged, not done.
                _ if infinitive && URGING.contains(&lemma.as_str()) => Status::Hypothetical,
                // "threatened to publish stolen data": threatened, not done.
                _ if infinitive && INTENDING.contains(&lemma.as_str()) => Status::Hypothetical,
                EventClass::Reporting if lemma == "deny" => Status::Negated,
                EventClass::Reporting => Status::Reported,
                EventClass::IAction | EventClass::IState => Status::Hypothetical,
                _ if infinitive => match status {
                    Status::Asserted | Status::Reported => status,
                    _ => Status::Hypothetical,
                },
                _ => status,
            }
        } else if quoted {
            Status::Reported
        } else {
            Status::Asserted
        };
        if quoted && e.status == Status::Asserted {
            e.status = Status::Reported;
        }
        if !events[i].negated && considered(seg, events, i) {
            events[i].status = Status::Hypothetical;
        }
        if yet_to(seg, &events[i]) {
            events[i].status = Status::Negated;
        }
        if intended_by_noun(&seg.lower, &events[i]) {
            events[i].status = Status::Hypothetical;
        }
        if not_until(seg, &events[i]) {
            events[i].status = Status::Asserted;
        }
        if events[i].status == Status::Asserted && attributed(seg, &events[i]) {
            events[i].status = Status::Reported;
        }
        if conditional(seg, &events[i]) || ahead_of_modal(seg, events, i) {
            events[i].status = Status::Hypothetical;
        }
        if matches!(events[i].status, Status::Asserted | Status::Reported) {
            if let Some(status) = present_ahead(seg, events, i) {
                events[i].status = status;
            }
        }
        // Last: a negative subject denies a fact or a report, not a condition or a plan
        // ("would strike if no deal was reached" stays hypothetical).
        if matches!(events[i].status, Status::Asserted | Status::Reported)
            && denied_by_subject(seg, &events[i])
        {
            events[i].status = Status::Negated;
        }
        // A state keeps no governor, as a noun's: the reported-speech sieve would put it
        // before its saying ("said it was impossible"), where it holds when said.
        if copula.is_some() {
            events[i].governor = None;
        }
    }
}

/// How a form of "be" right before a noun event's head tells the state it names ("the group
/// *was* responsible", "he was *not* responsible", "will be responsible").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Copula {
    /// As its clause tells it: asserted, or reported under a verb of saying.
    Plain,
    /// "was not", "is never", "isn't", "is no longer".
    Negated,
    /// "will be", "shall be".
    Future,
    /// "would be", "could be", "may be", ...
    Modal,
}

/// Whether the head of noun event `e` is the complement of a form of "be" in its clause,
/// past up to three adverbs ("was also responsible", "is directly responsible"), and how
/// that verb group tells it. Not after "to be" (an infinitive's status comes from its
/// governor), nor after "'s", which may be a possessive.
fn copula_before(seg: &Segmentation, e: &Event) -> Option<Copula> {
    let word = |k: usize| seg.lower_of(seg.tokens[k].span);
    let start = seg.clauses[e.clause].tokens.start;
    let mut k = seg.token_at(e.head.start);
    let mut negated = false;
    let mut skipped = 0;
    loop {
        k = k.checked_sub(1).filter(|&k| k >= start)?;
        let w = word(k);
        match w {
            "is" | "was" | "were" | "are" | "am" | "be" | "been" | "being" => break,
            "not" | "never" | "n't" => negated = true,
            // "wasn't responsible", "isn't welcome": a negated form of "be" in one word.
            _ if word_flags(w).negating
                && matches!(lookup_aux(w), Some(Aux::BePresent | Aux::BePast)) =>
            {
                return Some(Copula::Negated);
            }
            // "no longer": negated, whatever comes before "no".
            "longer" if k > start && word(k - 1) == "no" => {
                negated = true;
                k -= 1;
            }
            "also" | "still" | "now" | "already" | "so" | "too" | "very" | "more" | "most"
            | "less" | "equally" => {}
            _ if w.ends_with("ly") && w.len() > 3 => {}
            _ => return None,
        }
        skipped += 1;
        if skipped > 3 {
            return None;
        }
    }
    if negated {
        return Some(Copula::Negated);
    }
    // The words before the form of "be": a modal, "will", "to", or a negation of them.
    let mut j = k;
    let before = |j: &mut usize| {
        *j = j.checked_sub(1).filter(|&j| j >= start)?;
        Some(word(*j))
    };
    let mut w = before(&mut j);
    if matches!(w, Some("have" | "has" | "had")) {
        w = before(&mut j);
    }
    // "won't be", "hasn't been", "wouldn't be": a negated auxiliary in one word, too.
    if matches!(w, Some("not" | "n't" | "never")) || w.is_some_and(|w| word_flags(w).negating) {
        return Some(Copula::Negated);
    }
    let group = |w: &str| match w {
        "will" | "'ll" | "shall" => Some(Copula::Future),
        "would" | "could" | "might" | "may" | "should" | "must" | "can" | "'d" => {
            Some(Copula::Modal)
        }
        _ => None,
    };
    match w {
        Some("to") | None => None,
        Some(w) if group(w).is_some() => group(w),
        // "will be deployed in Tirana and be responsible": a bare "be" after "and" goes with
        // the auxiliary of the verb group it is joined to, before any comma.
        Some("and" | "or") if word(k) == "be" => (start..j)
            .rev()
            .take_while(|&i| seg.tokens[i].kind != TokenKind::Punct)
            .find_map(|i| group(word(i))),
        // A bare "be" with no auxiliary ("that he be removed") keeps a noun's status.
        _ if word(k) == "be" => None,
        _ => Some(Copula::Plain),
    }
}

/// Whether past verb event `i` stands in a temporal clause ("once", "until", "before"; after
/// "when" and "after" only a past perfect) under "would" or "might": "residents would be
/// allowed to return once the water had fallen below 7 meters", "would not approve any
/// mergers before the government announced its response". Its past form is the modal's
/// backshift, no past: the event is still to come, if it comes. Not under "will", whose
/// clause tells of what is to come in the present ("will vote next Tuesday after the EU failed
/// to agree": a past), nor "could", often a past of "can" ("could not be matched as Erbakan
/// has not responded"), nor a perfect modal ("could have picked up the disease after it was
/// banned").
pub(crate) fn ahead_of_modal(seg: &Segmentation, events: &[Event], i: usize) -> bool {
    let e = &events[i];
    let clause = &seg.clauses[e.clause];
    // After "when" and "after" a simple past may be a past of its own ("would put forward the
    // motion after the EU failed to agree"): only a past perfect is the backshift there.
    let perfect = e.tense == Tense::Past && e.aspect == Aspect::Perfective;
    let marker_ok = match clause.marker.as_deref() {
        Some("once" | "until" | "till" | "before") => true,
        Some("when" | "after") => perfect,
        _ => false,
    };
    if e.pos != EventPos::Verb
        || clause.kind != ClauseKind::Temporal
        || !marker_ok
        || e.tense != Tense::Past
        || e.clause == 0
    {
        return false;
    }
    // The clause it hangs on: the one right before it, in one sentence.
    let before = e.clause - 1;
    seg.clauses[before].sentence == e.sentence
        && events[..i].iter().any(|f| {
            f.pos == EventPos::Verb
                && f.clause == before
                && matches!(f.modality.as_deref(), Some("would" | "might"))
                && !matches!(f.aspect, Aspect::Perfective | Aspect::PerfectiveProgressive)
        })
}

/// Words that put what follows them in a sentence ahead of the time of writing, and the
/// status they give a present in a temporal clause after them ([`present_ahead`]): modal
/// auxiliaries, and "expected" or "likely" before "to". Not "may", which the lower-cased text
/// does not tell from the month ("in May, after the plant closes").
const AHEAD_MODALS: &[(&str, Status)] = &[
    ("will", Status::Future),
    ("shall", Status::Future),
    ("would", Status::Hypothetical),
    ("could", Status::Hypothetical),
    ("might", Status::Hypothetical),
    ("expected", Status::Hypothetical),
    ("likely", Status::Hypothetical),
];

/// The status of verb event `i` when it is a present (simple or perfect) in a temporal clause
/// (a marker of [`crate::pipeline::TEMPORAL_CONJUNCTIONS`]: "after", "before", "once",
/// "until", "till", "when") with a word of [`AHEAD_MODALS`]
/// before it in its sentence: "will reopen once the water has gone down", "Heavy rain is
/// expected to continue through Saturday, ..., raising the risk of river flooding well after
/// the winds have died down". English has no future in such a clause: its present stands for
/// a time to come, as the clause it hangs on does, so it is `future` after "will" or "shall"
/// and `hypothetical` after the others. The word is looked for in the sentence before the
/// clause, not among the events, since the event stage often leaves the modal's verb out
/// ("could be"); the nearest one decides. Not past a comma in the clause, nor a fronted clause ("Once the winds pick up, we
/// will not be able"), with nothing before it, nor "as" or "while", whose present is as often
/// a state that holds now, nor a present with no modal before it ("Prices rise when the market
/// opens": a habit).
pub(crate) fn present_ahead(seg: &Segmentation, events: &[Event], i: usize) -> Option<Status> {
    let e = &events[i];
    let clause = &seg.clauses[e.clause];
    if e.pos != EventPos::Verb
        || clause.kind != ClauseKind::Temporal
        || e.tense != Tense::Present
        || !clause
            .marker
            .as_deref()
            .is_some_and(|m| crate::pipeline::TEMPORAL_CONJUNCTIONS.contains(&m))
    {
        return None;
    }
    // "after the defection of Japan, and African ... countries are also expected to hold
    // back": a clause the splitter ran on past a comma holds verbs of their own.
    if seg
        .lower
        .get(clause.span.start..e.trigger.start)
        .is_none_or(|between| between.contains(','))
    {
        return None;
    }
    let sentence = seg.sentences[e.sentence].span;
    let words = seg
        .lower
        .get(sentence.start..clause.span.start.max(sentence.start))?
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .rev();
    // Read from the end: the word after the one looked at is the one read just before.
    let mut next = "";
    for w in words {
        let found = AHEAD_MODALS
            .iter()
            .find(|(m, _)| *m == w)
            .filter(|(m, _)| !matches!(*m, "expected" | "likely") || next == "to");
        if let Some(&(_, status)) = found {
            return Some(status);
        }
        next = w;
    }
    None
}

/// Whether event `e`, asserted or reported so far, stands in a condition ("if no deal was
/// reached by the end of that month", "unless talks resume"): the text does not say it
/// happened.
fn conditional(seg: &Segmentation, e: &Event) -> bool {
    matches!(e.status, Status::Asserted | Status::Reported)
        && matches!(
            seg.clauses[e.clause].marker.as_deref(),
            Some("if" | "unless")
        )
}

/// Makes an infinitive of purpose `hypothetical`: one after its governor's object ("shut down
/// its email systems *to stop* the malware", "arrived here Monday *to finalise* discussions",
/// "in order to"), which tells what was meant, not what was done. Not after a verb that brings
/// about what its object does ([`lexicon::CAUSING`]: "caused prices to rise", "forced it to
/// divert"), nor one that urges it ([`lexicon::URGING`]), nor across a comma or right after a
/// conjunction, nor what came of the act ("rose 1.1 percent to close at 694.90", "only to drop it").
///
/// Run after the time phrases are resolved and the relations found (`pipeline`): a
/// hypothetical infinitive turns the time phrase next to it forward (as a plan's: "is
/// scheduled to close Monday"), while the phrase next to a purpose most often dates the act
/// before it ("arrived here Monday to finalise": the Monday before; on the silver sample, a
/// dozen dates moved a week or a year on when this rule ran with the other status rules); and
/// the pair classifier was trained on the statuses without it.
pub(crate) fn settle_purposes(seg: &Segmentation, events: &mut [Event]) {
    for i in 0..events.len() {
        let e = &events[i];
        let Some(g) = e.governor.filter(|&g| g < i) else {
            continue;
        };
        let f = &events[g];
        if e.pos != EventPos::Verb
            || e.negated
            || !matches!(e.status, Status::Asserted | Status::Reported)
            || !seg.lower_of(e.trigger).starts_with("to ")
            || f.pos != EventPos::Verb
            || f.sentence != e.sentence
            || matches!(
                status_class(f),
                EventClass::Reporting | EventClass::IAction | EventClass::IState
            )
            || CAUSING.contains(&f.lemma.as_str())
            || URGING.contains(&f.lemma.as_str())
            || IMPLICATIVE.contains(&f.lemma.as_str())
        {
            continue;
        }
        let (from, to) = (seg.token_at(f.trigger.end), seg.token_at(e.trigger.start));
        // What came of it, no purpose: "rose 1.1 percent to close at 694.90", "lifting a rock
        // only to drop it".
        let result = RESULT_INFINITIVES.contains(&e.lemma.as_str())
            || (to > from && seg.lower_of(seg.tokens[to - 1].span) == "only");
        let object = !result && (from..to).any(|k| seg.tokens[k].kind == TokenKind::Word);
        // Not across a comma, nor a second infinitive ("to monitor ... and to question").
        let apart = (from..to).any(|k| matches!(seg.lower_of(seg.tokens[k].span), "," | ";"))
            || (to > from && matches!(seg.lower_of(seg.tokens[to - 1].span), "and" | "but" | "or"));
        if object && !apart {
            events[i].status = Status::Hypothetical;
        }
    }
}

/// True when past verb event `e` is negated by "not" (not "never") and "until" or "till"
/// follows it in its sentence before any comma: "did not open an inquiry until the third
/// quarter of 2021", "did not leave until the police arrived" say that it happened then, only
/// late. The relation sieve places it as starting within that time.
pub(crate) fn not_until(seg: &Segmentation, e: &Event) -> bool {
    if !e.negated || e.pos != EventPos::Verb || e.tense != Tense::Past {
        return false;
    }
    if !says_not(seg.lower_of(e.trigger)) {
        return false;
    }
    let end = seg.sentences[e.sentence].tokens.end;
    let from = seg.token_at(e.trigger.end);
    (from..end)
        .map(|k| seg.lower_of(seg.tokens[k].span))
        .take_while(|w| !PHRASE_STOPS.contains(w))
        .any(|w| matches!(w, "until" | "till"))
}

/// Whether the words of a verb group hold "not" or a contraction in "n't" (in any case):
/// "did not leave", "didn't leave", not "never left".
pub(crate) fn says_not(group: &str) -> bool {
    group.split_ascii_whitespace().any(|w| {
        let b = w.as_bytes();
        w.eq_ignore_ascii_case("not")
            || b.len() >= 3 && b[b.len() - 3..].eq_ignore_ascii_case(b"n't")
    })
}

/// True when an adverb of [`ATTRIBUTING_ADVERBS`] stands in verb event `e`'s group or right
/// before it: "managers in the company's Asian unit allegedly started booking shipments" is
/// told on the investigators' word, not the writer's.
pub(crate) fn attributed(seg: &Segmentation, e: &Event) -> bool {
    if e.pos != EventPos::Verb {
        return false;
    }
    let first = seg.token_at(e.trigger.start);
    let end = seg.token_at(e.trigger.end);
    let start = seg.sentences[e.sentence].tokens.start;
    (first.saturating_sub(1).max(start)..end)
        .any(|k| ATTRIBUTING_ADVERBS.contains(&seg.lower_of(seg.tokens[k].span)))
}

/// True when verb event `e` is an infinitive after "has|have|had|is|are|was|were yet": "have yet
/// to release their report" says the release has not happened (by the time told).
fn yet_to(seg: &Segmentation, e: &Event) -> bool {
    let be_or_have = |w: &str| matches!(w, "has" | "have" | "had" | "is" | "are" | "was" | "were");
    let trigger = seg.lower_of(e.trigger);
    // "were yet to announce" may be one verb group.
    if let Some((group, _)) = trigger.split_once(" yet to ") {
        return e.pos == EventPos::Verb && group.split_ascii_whitespace().any(be_or_have);
    }
    let before = seg.lower.get(..e.trigger.start).unwrap_or("");
    let mut words = before.split_ascii_whitespace().rev();
    e.pos == EventPos::Verb
        && trigger.starts_with("to ")
        && words.next() == Some("yet")
        && words.next().is_some_and(be_or_have)
}

/// True when finite verb event `e` follows its subject at the start of its clause and that
/// subject opens with a word of [`NEGATIVE_SUBJECTS`]: "No new meeting has been scheduled
/// since talks broke down", "Nobody was hurt", "said none of the ships had been unloaded".
/// The subject is at most six words with no punctuation and no clause word in it, so that
/// "No doubt, the talks failed" and "Nothing that was said helped" are left alone. Only the
/// status changes: the verb group itself is not negated.
fn denied_by_subject(seg: &Segmentation, e: &Event) -> bool {
    if e.pos != EventPos::Verb || e.tense == Tense::None {
        return false;
    }
    let clause = &seg.clauses[e.clause];
    let trigger = seg.token_at(e.trigger.start);
    let mut first = clause.tokens.start;
    while first < trigger && seg.tokens[first].kind != TokenKind::Word {
        first += 1;
    }
    if first < trigger && clause.marker.as_deref() == Some(seg.lower_of(seg.tokens[first].span)) {
        first += 1;
    }
    first < trigger
        && trigger - first <= 7
        && NEGATIVE_SUBJECTS.contains(&seg.lower_of(seg.tokens[first].span))
        && (first + 1..trigger).all(|k| {
            seg.tokens[k].kind == TokenKind::Word
                && !SUBJECT_ENDS.contains(&seg.lower_of(seg.tokens[k].span))
        })
}

/// True when verb event `e` is an infinitive right after a noun of intending, the noun of an
/// [`INTENDING`] verb: "announced *plans* to install automated cranes", "rejected an *offer*
/// to return to the table", "an *attempt* to end the strike". The plan, not the act, is told;
/// the governing verb ("announced", a report) would make the act reported.
pub(crate) fn intended_by_noun(text: &str, e: &Event) -> bool {
    let trigger = text.get(e.trigger.start..e.trigger.end).unwrap_or("");
    if e.pos != EventPos::Verb
        || !trigger
            .get(..3)
            .is_some_and(|w| w.eq_ignore_ascii_case("to "))
    {
        return false;
    }
    let noun = text
        .get(..e.trigger.start)
        .and_then(|before| before.split_ascii_whitespace().next_back())
        .unwrap_or("");
    let singular = noun
        .strip_suffix('s')
        .or_else(|| noun.strip_suffix('S'))
        .unwrap_or(noun);
    INTENDING.iter().any(|n| n.eq_ignore_ascii_case(singular))
}

/// True when verb event `i` is an "-ing" form right after a verb of considering
/// ([`lexicon::CONSIDERING`]), which it is the object of: "has not ruled out *ordering* a wider
/// evacuation", "is considering *raising* rates". Negated or not, the considering leaves the
/// act undone.
fn considered(seg: &Segmentation, events: &[Event], i: usize) -> bool {
    let e = &events[i];
    if e.pos != EventPos::Verb || e.tense != Tense::None || !seg.lower_of(e.head).ends_with("ing") {
        return false;
    }
    let Some(v) = i.checked_sub(1).map(|j| &events[j]) else {
        return false;
    };
    if v.pos != EventPos::Verb || v.sentence != e.sentence {
        return false;
    }
    let Some(&(_, particle)) = lexicon::CONSIDERING
        .iter()
        .find(|(lemma, _)| *lemma == v.lemma)
    else {
        return false;
    };
    let between = seg.lower.get(v.head.end..e.trigger.start).unwrap_or("");
    let mut words = between.split_ascii_whitespace();
    match particle {
        Some(p) => words.next() == Some(p) && words.next().is_none(),
        None => words.next().is_none(),
    }
}

/// The status a noun takes from its clause's verb: that of a wanted or expected action it is
/// the object of, unless the text places the noun in time; planned as the object of a plan,
/// placed in time or not ("planned a demonstration for Saturday", "scheduled a news
/// conference"; [`lexicon::PLANNING`]), or as the subject of a plan in the passive ("the
/// hearing was scheduled for Monday", "talks scheduled for May 12").
fn noun_status_from_verb(
    seg: &Segmentation,
    events: &[Event],
    i: usize,
    placed: bool,
) -> Option<Status> {
    let e = &events[i];
    let plan = |v: &Event| !v.negated && lexicon::PLANNING.contains(&v.lemma.as_str());
    let verb_of = (0..i)
        .rev()
        .find(|&j| events[j].pos == EventPos::Verb && events[j].clause == e.clause);
    let object_of_plan = verb_of.is_some_and(|j| {
        let v = &events[j];
        plan(v)
            && !seg
                .lower
                .get(v.head.end..e.head.start)
                .unwrap_or("")
                .split_ascii_whitespace()
                .any(|w| w == "to")
    });
    let subject_of_plan = events.get(i + 1).is_some_and(|v| {
        v.pos == EventPos::Verb
            && v.clause == e.clause
            && plan(v)
            && seg
                .lower
                .get(e.head.end..v.head.start)
                .is_some_and(|between| {
                    between.split_ascii_whitespace().all(|w| {
                        matches!(
                            w,
                            "is" | "are"
                                | "was"
                                | "were"
                                | "been"
                                | "being"
                                | "had"
                                | "has"
                                | "have"
                        )
                    })
                })
            && seg
                .lower
                .get(v.head.start..v.head.end)
                .is_some_and(|h| h.ends_with("ed"))
    });
    // A noun after a comma is no object of the verb: "tried to withdraw $42 billion in a
    // single day, the largest bank failure since 2008" (an apposition that sums up).
    let object = |j: usize| {
        !seg.lower
            .get(events[j].head.end..e.head.start)
            .unwrap_or("")
            .contains([',', ';', '—'])
    };
    // "banned public gatherings", "cancelled the summit": kept from happening, placed in time
    // or not, unless the verb itself is negated or only wanted.
    // Only the head of an object right after an active verb: not "was banned on the grounds
    // of cooperation", nor "cancelled the election victory" (the victory was cancelled).
    let direct_object = |j: usize| {
        let between = seg
            .lower
            .get(events[j].head.end..e.head.start)
            .unwrap_or("");
        let next = seg.token_at(e.head.end);
        let phrase_ends = next >= seg.sentences[e.sentence].tokens.end
            || seg.tokens[next].kind != TokenKind::Word
            || PREPOSITIONS.contains(&seg.lower_of(seg.tokens[next].span))
            || FUNCTION_WORDS.contains(&seg.lower_of(seg.tokens[next].span));
        !passive(&events[j], &seg.lower)
            && phrase_ends
            && !between
                .split_ascii_whitespace()
                .any(|w| PREPOSITIONS.contains(&w))
    };
    let prevented = verb_of
        .filter(|&j| object(j) && direct_object(j) && events[j].status == Status::Asserted)
        .and_then(|j| {
            lexicon::PREVENTING
                .iter()
                .find(|(lemma, _)| *lemma == events[j].lemma)
        })
        .map(|&(_, status)| status);
    // "in a bid to prevent new clashes": only aimed at, so only hypothetical.
    let aimed = verb_of.is_some_and(|j| events[j].tense == Tense::None);
    let prevented = prevented.map(|s| if aimed { Status::Hypothetical } else { s });
    // "A hearing on the second defendant ... was postponed", "The summit was cancelled": the
    // noun that opens the subject of a passive verb of the table was kept from happening too.
    let subject_prevented = events
        .get(i + 1)
        .filter(|v| {
            v.pos == EventPos::Verb
                && v.sentence == e.sentence
                && !v.negated
                && v.modality.is_none()
                && matches!(v.tense, Tense::Past | Tense::Present)
                && passive(v, &seg.lower)
                && opens_sentence(seg, e)
        })
        .and_then(|v| {
            lexicon::PREVENTING
                .iter()
                .find(|(lemma, _)| *lemma == v.lemma)
        })
        .map(|&(_, status)| status);
    prevented.or(subject_prevented).or(verb_of
        .filter(|&j| object(j))
        .map(|j| events[j].status)
        .filter(|s| !placed && matches!(s, Status::Hypothetical | Status::Future))
        .or((object_of_plan || subject_of_plan).then_some(Status::Hypothetical)))
}

/// Whether the event `e`'s head is the noun of the phrase that opens its sentence: at most
/// three tokens before it, none a preposition or a punctuation mark ("A hearing", "The June 8
/// vote"; not "On Monday, the vote").
pub(crate) fn opens_sentence(seg: &Segmentation, e: &Event) -> bool {
    let start = seg.sentences[e.sentence].tokens.start;
    let head = seg.token_at(e.head.start);
    head - start <= 3
        && (start..head).all(|k| {
            seg.tokens[k].kind != TokenKind::Punct
                && !PREPOSITIONS.contains(&seg.lower_of(seg.tokens[k].span))
        })
}

/// Whether the "-ing" word of event `e` is a noun by the words before it: an article or a
/// determiner right before it, or one before an ordinal or a word of sequence ("the next
/// hearing", "a final meeting", "the shooting"), not a participle of its sentence.
pub(crate) fn ing_after_article(seg: &Segmentation, e: &Event) -> bool {
    let start = seg.sentences[e.sentence].tokens.start;
    let at = seg.token_at(e.trigger.start);
    let word = |k: usize| seg.lower_of(seg.tokens[k].span);
    if at <= start || at >= seg.tokens.len() || !word(at).ends_with("ing") {
        return false;
    }
    let before = word(at - 1);
    ARTICLES.contains(&before)
        || SEQUENCE_ADJECTIVES.contains(&before)
            && at - 1 > start
            && ARTICLES.contains(&word(at - 2))
}

/// Adjectives of order that stand between an article and a noun ("the next hearing").
const SEQUENCE_ADJECTIVES: &[&str] = &[
    "next", "last", "first", "second", "third", "final", "previous", "latest", "recent", "new",
];

/// Verbs of saying that attribute what comes before them ("Three people died, officials
/// said"), by lemma.
const ATTRIBUTING: &[&str] = &[
    "say", "tell", "add", "report", "announce", "confirm", "state", "claim", "insist", "explain",
    "note", "write", "allege", "tweet", "argue",
];

/// Words that open a clause of their own, so that a verb of saying after them is no
/// attribution of what came before ("..., which officials said", "..., and he said").
const NOT_ATTRIBUTION: &[&str] = &[
    "that", "which", "who", "whom", "whose", "and", "but", "or", "as", "when", "while", "if",
    "because", "though", "although", "after", "before", "since", "until", "where", "what",
    "nothing", "so", "not", "never",
];

/// Whether a verbal event of sentence `sentence` has its head in tokens `from..to`.
fn verb_in(seg: &Segmentation, events: &[Event], sentence: usize, from: usize, to: usize) -> bool {
    events.iter().any(|e| {
        e.sentence == sentence
            && e.pos == EventPos::Verb
            && (from..to).contains(&seg.token_at(e.head.start))
    })
}

/// Whether `e` is a verb of a main or coordinate clause that nothing governs and that is told
/// as simply happening: what an attribution makes someone's account.
fn attributable(seg: &Segmentation, e: &Event) -> bool {
    e.pos == EventPos::Verb
        && e.governor.is_none()
        && e.status == Status::Asserted
        && matches!(
            seg.clauses[e.clause].kind,
            ClauseKind::Main | ClauseKind::Coordinate
        )
}

/// A postposed attribution: "Three people died, officials said on Tuesday.", "The talks
/// failed, said a spokesman.", "He left, she told reporters, adding ...". The verb of saying
/// comes after a comma with at most six words between (its subject), none of which opens a
/// clause, and nothing after it up to the next comma or the end of the sentence is an event.
/// The events of the sentence's main or coordinate clauses before that comma, told as simply
/// happening, are then the report's content: governed by it and `reported`, which the
/// reported-speech sieve orders against it.
fn postposed_attribution(seg: &Segmentation, events: &mut [Event], offset: usize) {
    let word = |k: usize| seg.lower_of(seg.tokens[k].span);
    for r in 0..events.len() {
        let report = &events[r];
        if report.pos != EventPos::Verb
            || report.negated
            || report.modality.is_some()
            || report.governor.is_some()
            || !matches!(report.tense, Tense::Past | Tense::Present)
            || !ATTRIBUTING.contains(&report.lemma.as_str())
        {
            continue;
        }
        let sentence = &seg.sentences[report.sentence];
        let first = seg.token_at(report.trigger.start);
        // The comma before the verb of saying, with its subject between.
        let Some(comma) = (sentence.tokens.start..first)
            .rev()
            .take(7)
            .find(|&k| word(k) == ",")
        else {
            continue;
        };
        let sentence_index = report.sentence;
        if (comma + 1..first).any(|k| NOT_ATTRIBUTION.contains(&word(k)))
            || verb_in(seg, events, sentence_index, comma + 1, first)
        {
            continue;
        }
        // Nothing reported after it: "officials said on Tuesday", not "officials said they".
        let after = seg.token_at(report.trigger.end);
        let end = (after..sentence.tokens.end)
            .find(|&k| word(k) == ",")
            .unwrap_or(sentence.tokens.end);
        if verb_in(seg, events, sentence_index, after, end)
            || (after..end).any(|k| NOT_ATTRIBUTION.contains(&word(k)))
        {
            continue;
        }
        let comma_at = seg.tokens[comma].span.start;
        let content: Vec<usize> = (0..events.len())
            .filter(|&i| {
                let e = &events[i];
                e.sentence == sentence_index && e.head.end <= comma_at && attributable(seg, e)
            })
            .collect();
        // Only a closing quotation mark may stand between: '...," said a resident'. A
        // quotation is the content then, whatever its events (they are `reported` already).
        let quoted = comma + 1 < first;
        let right_after = (comma + 1..first).all(|k| matches!(word(k), "\"" | "”" | "'" | "’"));
        // "Steve Jobs, the chief executive, announced ...": an apposition, not an attribution.
        if content.is_empty() && !(quoted && right_after) {
            continue;
        }
        if right_after && matches!(events[r].lemma.as_str(), "say" | "add") {
            // "..., said a spokesman for the union": the subject follows, up to a preposition
            // of time or place ("on Tuesday", "in a statement"), not "for".
            let subject_end = (after..end)
                .find(|&k| matches!(word(k), "on" | "in" | "at" | "from" | "with" | "."))
                .unwrap_or(end);
            if subject_end > after && subject_end - after <= 6 {
                events[r].who = Some(Span::new(
                    seg.tokens[after].span.start,
                    seg.tokens[subject_end - 1].span.end,
                ));
            }
        }
        // A participle after a reported verb is part of what is reported: "A dam gave way,
        // sending a wall of water through three towns, officials said" (it is given no
        // governor: the relation sieves place it against the verb it follows).
        let participles: Vec<usize> = (0..events.len())
            .filter(|&i| {
                let e = &events[i];
                e.sentence == sentence_index
                    && e.head.end <= comma_at
                    && e.status == Status::Asserted
                    && seg.clauses[e.clause].kind == ClauseKind::Participial
                    && (0..i)
                        .rev()
                        .find(|&j| {
                            events[j].pos == EventPos::Verb
                                && seg.clauses[events[j].clause].kind != ClauseKind::Participial
                        })
                        .is_some_and(|j| content.contains(&j))
            })
            .collect();
        for i in content.into_iter().chain(participles) {
            if seg.clauses[events[i].clause].kind != ClauseKind::Participial {
                events[i].governor = Some(r + offset);
            }
            events[i].status = Status::Reported;
        }
    }
}

/// True for the event of "according to X": TimeML's REPORTING event that names a source, no
/// happening of the story (the timeline lists no row for it); and for X itself when it is an
/// event noun ("according to regulatory filings": the filings are the source).
pub(crate) fn attribution(seg: &Segmentation, e: &Event) -> bool {
    seg.lower_of(e.head) == "according" || (e.pos == EventPos::Noun && names_source(seg, e))
}

/// True when noun event `e` heads the object of "according to", up to three words after it
/// ("according to regulatory filings", "according to the court's ruling").
fn names_source(seg: &Segmentation, e: &Event) -> bool {
    let word = |t: usize| seg.lower_of(seg.tokens[t].span);
    seg.words_before(e.sentence, seg.token_at(e.head.start), 4)
        .any(|t| word(t) == "to" && word(t - 1) == "according")
}

/// What "according to" may name that is no one's account ("according to the plan").
const NOT_SOURCES: &[&str] = &[
    "plan",
    "plans",
    "law",
    "laws",
    "rules",
    "agreement",
    "constitution",
    "schedule",
    "terms",
    "deal",
    "proposal",
    "treaty",
    "contract",
    "timetable",
    "tradition",
    "custom",
];

/// "According to police, three people died.", "Three people died, according to police.":
/// the events of the main and coordinate clauses on the other side of the comma, told as
/// simply happening, are someone's account (`reported`). There is no verb of saying to
/// order them against, so only their status changes.
fn according_to(seg: &Segmentation, events: &mut [Event]) {
    let word = |k: usize| seg.lower_of(seg.tokens[k].span);
    // The events of one sentence, as `extract_with` passes them.
    let Some(s) = events.first().map(|e| e.sentence) else {
        return;
    };
    let tokens = seg.sentences[s].tokens.clone();
    let Some(at) = tokens
        .clone()
        .find(|&k| word(k) == "according" && k + 1 < tokens.end && word(k + 1) == "to")
    else {
        return;
    };
    // The source runs to the next comma or the end; the content is on the other side.
    let source_end = (at..tokens.end)
        .find(|&k| word(k) == ",")
        .unwrap_or(tokens.end);
    let not_a_source = (at + 2..source_end.min(at + 5)).any(|k| NOT_SOURCES.contains(&word(k)));
    let source_verb = events.iter().any(|e| {
        e.sentence == s
            && e.pos == EventPos::Verb
            && (at + 2..source_end).contains(&seg.token_at(e.head.start))
            && !participle_on_source(seg, seg.token_at(e.head.start), at + 2)
    });
    if not_a_source || source_verb {
        return;
    }
    let content = if at == tokens.start {
        // "According to police, ...": what follows the comma.
        (source_end < tokens.end).then_some((source_end + 1, tokens.end))
    } else if at > tokens.start && word(at - 1) == "," && source_end == tokens.end {
        // "..., according to police.": what precedes the comma.
        Some((tokens.start, at - 1))
    } else {
        None
    };
    let Some((from, to)) = content else {
        return;
    };
    for e in events.iter_mut() {
        if e.sentence == s
            && (from..to).contains(&seg.token_at(e.head.start))
            && attributable(seg, e)
        {
            e.status = Status::Reported;
        }
    }
}

/// Past participles of news verbs that do not end in "-ed" ("documents *seen* by Reuters").
const IRREGULAR_PARTICIPLES: &[&str] = &[
    "seen", "given", "written", "taken", "shown", "drawn", "made", "sent", "held", "kept", "found",
    "brought",
];

/// Whether a past form after word `w` is a finite verb or part of a verb group rather than a
/// participle on the noun before it: after a subject pronoun, an auxiliary or a relative or
/// interrogative pronoun ("according to a witness *who* saw", "according to what *they*
/// said", "according to the report *had* found").
fn finite_past_after(w: &str) -> bool {
    SUBJECT_PRONOUNS.contains(&w)
        || lookup_aux(w).is_some()
        || matches!(w, "who" | "which" | "that" | "what")
}

/// "according to a preliminary report *released* on Thursday", "according to documents
/// *seen* by Reuters": token `t`, a past form right after a word of the source (which starts
/// at token `source`) with no object after it (no word of [`ARTICLES`] right after it), is a
/// participle describing the source, no verb of a clause of its own.
fn participle_on_source(seg: &Segmentation, t: usize, source: usize) -> bool {
    let word = |k: usize| seg.lower_of(seg.tokens[k].span);
    let w = word(t);
    let past = IRREGULAR_PARTICIPLES.contains(&w)
        || (w.len() > 4 && w.ends_with("ed") && !w.ends_with("eed"));
    past && t > source
        && seg.tokens[t - 1].kind == TokenKind::Word
        && !finite_past_after(word(t - 1))
        && (t + 1 >= seg.tokens.len() || !ARTICLES.contains(&word(t + 1)))
}

/// True when token `t` is an adverb that stands between a subject and its verb: one of
/// [`SEQUENCE_ADVERBS`], [`INSERTS`] (but "long", "since") or [`SUBJECT_ADVERBS`], or a word in
/// "-ly" written in lower case that is not in [`LY_NOT_ADVERBS`]: "Crews *then* began",
/// "Inspectors *last* visited", "He *also* said", "Police *reportedly* arrested".
fn adverb_before_verb(seg: &Segmentation, t: usize) -> bool {
    let token = seg.tokens[t];
    let w = seg.lower_of(token.span);
    if token.kind != TokenKind::Word {
        return false;
    }
    SEQUENCE_ADVERBS.contains(&w)
        || SUBJECT_ADVERBS.contains(&w)
        || (is_insert(w) && !matches!(w, "long" | "since" | "not" | "n't"))
        || (w.len() > 5
            && w.ends_with("ly")
            && ly_not_adverb(w).is_none()
            && !seg.text_starts_upper(token.span.start))
}

/// True when the text from byte `from` to byte `to` is one or two adverbs that stand between
/// a subject and its verb ([`adverb_before_verb`]): "Inspectors *last* visited".
pub(crate) fn adverbs_between(seg: &Segmentation, from: usize, to: usize) -> bool {
    let tokens = seg.token_at(from)..seg.token_at(to);
    let inside = |t: usize| seg.tokens[t].span.start >= from && seg.tokens[t].span.end <= to;
    (1..=2).contains(&tokens.len())
        && tokens
            .clone()
            .all(|t| inside(t) && adverb_before_verb(seg, t))
}

/// True for a word that counts and may stand alone as a subject: a number ("Two were
/// expected to be discharged", "11 were rescued") or "several", "many".
fn counts(w: &str) -> bool {
    matches!(w, "several" | "many")
        || w.bytes().all(|b| b.is_ascii_digit() || b == b',')
        || number_word(w)
}

/// A number written as a word: "two", "eleven" ([`crate::temporal::lexicon::NUMBER_WORDS`]).
fn number_word(w: &str) -> bool {
    crate::temporal::lexicon::lookup(crate::temporal::lexicon::NUMBER_WORDS, w).is_some()
}

/// True when the subject may end at token `t`, before an adverb: not after a determiner or a
/// possessive, whose noun the "adverb" is ("The last arrived", "the country's only").
fn subject_ends_before_adverb(seg: &Segmentation, t: usize) -> bool {
    let w = seg.lower_of(seg.tokens[t].span);
    !is_determiner(w) && !w.ends_with("'s") && !w.ends_with("’s") && w != "'"
}

/// Words that end a subject search backwards.
const SUBJECT_STOPS: &[&str] = &[
    ",", ".", "!", "?", "that", "who", "which", "when", "after", "before", "as", "while",
    "because", "\"", "-", ";", "though",
];

/// Who: the words before the verb group in its clause, or the governor's subject, or the noun
/// a relative clause hangs on.
/// Whether tokens `k` and `k + 1` are a pair of [`SOURCE_LINKS`] ("close to", "with
/// knowledge").
fn links_source(seg: &Segmentation, k: usize) -> bool {
    seg.tokens.get(k + 1).is_some_and(|next| {
        SOURCE_LINKS.contains(&(seg.lower_of(seg.tokens[k].span), seg.lower_of(next.span)))
    })
}

/// A subject without the preposition that opens it: "the trial, which opened in November"
/// after "He denied the charges throughout the trial" is "the trial", not "throughout the
/// trial". None when nothing is left.
fn without_preposition(seg: &Segmentation, who: Span) -> Option<Span> {
    let first = seg.token_at(who.start);
    let w = seg.lower_of(seg.tokens.get(first)?.span);
    if !LEADING_PREPOSITIONS.contains(&w) {
        return Some(who);
    }
    let next = seg.tokens.get(first + 1)?;
    (next.span.start < who.end).then(|| Span::new(next.span.start, who.end))
}

/// Words that open a noun phrase after a fronted prepositional phrase: "in a statement *the*
/// companies' total liabilities rose". Not [`lexicon::DETERMINERS`], which holds prepositions.
const SUBJECT_DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "this", "these", "those", "each",
    "every", "some", "both", "all",
];

/// Pronouns that may open a subject after a fronted prepositional phrase: "Through it *they*
/// sent down water", "In response *it* said".
const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "they", "we", "i", "it", "you"];

/// Words between a form of "be" and an infinitive that make the infinitive the subject's
/// own act ahead: "They are due to resume", "The minister is set to address parliament".
const DUE_BEFORE_TO: &[&str] = &[
    "due",
    "set",
    "expected",
    "likely",
    "unlikely",
    "scheduled",
    "slated",
    "poised",
    "about",
    "going",
    "bound",
    "ready",
    "able",
    "unable",
    "willing",
];

/// The subject of an infinitive at token `to` after "<subject> is|are|was|were due|set|...":
/// the pronoun or noun phrase (no verb, at most eight words) from the clause's start `from`
/// to the form of "be".
fn subject_of_due(
    seg: &Segmentation,
    events: &[Event],
    sentence: usize,
    from: usize,
    to: usize,
) -> Option<Span> {
    if to < from + 3 {
        return None;
    }
    let word = |k: usize| seg.lower_of(seg.tokens[k].span);
    if !DUE_BEFORE_TO.contains(&word(to - 1))
        || !matches!(word(to - 2), "is" | "are" | "was" | "were" | "'s" | "'re")
    {
        return None;
    }
    let end = to - 2;
    if end == from + 1 && SUBJECT_PRONOUNS.contains(&word(from)) {
        return Some(seg.tokens[from].span);
    }
    noun_phrase_subject(seg, events, sentence, from..end, 8)
}

/// Prepositions that open no subject.
const LEADING_PREPOSITIONS: &[&str] = &[
    "throughout",
    "near",
    "during",
    "in",
    "at",
    "on",
    "by",
    "from",
    "of",
    "with",
    "for",
    "about",
    "over",
    "under",
    "into",
    "after",
    "before",
    "since",
    "until",
    "amid",
    "against",
    "between",
    "among",
    "across",
    "through",
    "toward",
    "towards",
    "without",
    "within",
    "upon",
    "despite",
];

/// The subject of finite verb `i` when the clause's first verb `j` is an "-ing" participle
/// inside it: "*A freight train carrying vinyl chloride* derailed", "*Workers demanding back
/// pay* marched". The participle's own subject opens it; no comma, conjunction or time phrase
/// may stand between the participle and the verb, and the subject is at most ten words.
fn participle_subject(
    seg: &Segmentation,
    times: &[Mention],
    events: &[Event],
    i: usize,
    j: usize,
) -> Option<Span> {
    let (e, f) = (&events[i], &events[j]);
    let first_verb =
        !(0..j).any(|k| events[k].clause == f.clause && events[k].pos == EventPos::Verb);
    if !first_verb
        || e.tense == Tense::None
        || f.tense != Tense::None
        || f.trigger != f.head
        || !seg.lower_of(f.head).ends_with("ing")
    {
        return None;
    }
    let who = f.who?;
    let (from, to) = (seg.token_at(who.start), seg.token_at(e.trigger.start));
    let between = seg.token_at(f.trigger.end)..to;
    let clear = between.clone().all(|k| {
        let t = seg.tokens[k].span;
        !covered(times, t)
            && !matches!(
                seg.lower_of(t),
                "," | ";" | "and" | "but" | "or" | "who" | "which" | "that"
            )
            && lookup_aux(seg.lower_of(t)).is_none()
    });
    (clear && !between.is_empty() && to - from <= 10)
        .then(|| Span::new(who.start, seg.tokens[to - 1].span.end))
}

fn assign_who(text: &str, seg: &Segmentation, times: &[Mention], events: &mut [Event]) {
    // "according to a rights group" names a source, and has no subject of its own.
    let subjectless = |e: &Event| e.pos == EventPos::Noun || attribution(seg, e);
    for i in 0..events.len() {
        if subjectless(&events[i]) {
            continue;
        }
        let e = &events[i];
        let clause = &seg.clauses[e.clause];
        let sentence = &seg.sentences[e.sentence];
        let trigger_token = seg.token_at(e.trigger.start);
        // An earlier verb of the same clause bounds the search: "went on Twitter to warn".
        let earlier_verb = (0..i).rev().find(|&j| {
            events[j].clause == e.clause
                && events[j].pos == EventPos::Verb
                && events[j].trigger.end <= e.trigger.start
        });
        // An infinitive inside the subject ("a plot to oust the president was being led")
        // lends its subject instead.
        if let Some(j) = earlier_verb {
            let finite_before =
                (0..j).any(|k| events[k].clause == e.clause && events[k].pos == EventPos::Verb);
            // Not a finite verb of a complement: in "said the failure showed the company had
            // cut too deeply", "the company" is the subject of "had cut".
            if events[j].governor.is_some() && !finite_before && events[j].tense == Tense::None {
                events[i].who = events[j].who;
                continue;
            }
        }
        // "A freight train carrying vinyl chloride derailed": a participle after the clause's
        // first noun phrase belongs to the subject, which it extends.
        if let Some(w) = earlier_verb.and_then(|j| participle_subject(seg, times, events, i, j)) {
            events[i].who = Some(w);
            continue;
        }
        // "The death toll from the earthquake that struck southern Turkey rose": the verb after
        // a relative "that" clause returns to the subject before "that".
        if let Some(w) = earlier_verb.and_then(|j| subject_after_relative(seg, events, i, j)) {
            events[i].who = Some(w);
            continue;
        }
        // "Exports of flowers and vegetables, which normally leave the port within hours,
        // were worst hit": after a relative clause between commas, the verb's subject is the
        // noun phrase before it.
        if earlier_verb.is_none() {
            if let Some(w) = subject_before_relative(seg, events, i) {
                events[i].who = Some(w);
                continue;
            }
        }
        let floor =
            earlier_verb.map_or(clause.tokens.start, |j| seg.token_at(events[j].trigger.end));
        // Backwards from the trigger to the floor or a stop word.
        let mut start = trigger_token;
        let mut after_time = false;
        let mut before_time = None;
        while start > floor {
            let w = seg.lower_of(seg.tokens[start - 1].span);
            if SUBJECT_STOPS.contains(&w)
                || (clause.marker.as_deref() == Some(w) && start - 1 == clause.tokens.start)
            {
                break;
            }
            // "footage of police shaking hands": the participle's subject follows "of". Not
            // in a source's phrase: "The deal collapsed, people close to the talks said".
            let source_link = start >= floor + 2 && links_source(seg, start - 2)
                || start < trigger_token && links_source(seg, start - 1);
            if earlier_verb.is_some() && matches!(w, "of" | "with" | "to" | "for") && !source_link {
                break;
            }
            // A fronted time phrase is no part of the subject: "In 1986 he bought Pixar".
            let span = seg.tokens[start - 1].span;
            if covered(times, span) {
                // "Thirty-five years of one-party rule ended", "after months of fighting
                // ended": a time phrase before "of" heads the subject.
                let of_next = start < trigger_token && seg.lower_of(seg.tokens[start].span) == "of";
                let duration = covering(times, span)
                    .is_some_and(|m| matches!(m.expr, crate::temporal::TimeExpr::Duration { .. }));
                if !(of_next && duration) {
                    after_time = true;
                    // "The Supreme Court Tuesday temporarily stayed": an adverb may follow it.
                    let next_to_verb = (start..trigger_token).all(|k| adverb_before_verb(seg, k));
                    if next_to_verb && e.tense != Tense::None && earlier_verb.is_none() {
                        // "A federal jury on Thursday convicted": a time phrase right before
                        // the verb stands between it and its subject.
                        before_time = subject_before_time(seg, times, floor, start);
                    }
                    break;
                }
                while start > floor && covered(times, seg.tokens[start - 1].span) {
                    start -= 1;
                }
                continue;
            }
            // "... and he founded NeXT": a new subject after the conjunction.
            if matches!(w, "and" | "but") && start < trigger_token {
                let next = seg.lower_of(seg.tokens[start].span);
                if matches!(next, "he" | "she" | "they" | "it" | "we" | "i" | "you") {
                    break;
                }
            }
            start -= 1;
        }
        // "..., and at least four people were killed": the conjunction is no part of the
        // subject.
        while start < trigger_token
            && matches!(
                seg.lower_of(seg.tokens[start].span),
                "and" | "but" | "or" | "then"
            )
        {
            start += 1;
        }
        // "Britain, France and Germany condemned": the comma that stopped the search lists
        // the first items of the subject.
        let last_items = start;
        // Not "The aid, valued at about 15 million dollars and announced": a participle
        // opens no item of a list.
        let noun_first = start < trigger_token && may_be_noun(seg.lower_of(seg.tokens[start].span));
        if noun_first && (start..trigger_token).any(|k| seg.lower_of(seg.tokens[k].span) == "and") {
            start = list_items_before(seg, times, floor, start);
        }
        // A list may be longer than a subject of one noun phrase.
        let max_words = if start < last_items { 16 } else { 8 };
        let mut who = None;
        let mut unknown = false;
        // "Crews then began", "Inspectors last visited", "He also said": an adverb before the
        // verb is no part of the subject; nor is it one on its own ("also indicated").
        let mut last = trigger_token;
        while last > start && adverb_before_verb(seg, last - 1) {
            last -= 1;
        }
        // A finite verb's adverb alone is no subject, and says none is to be found before it;
        // a participle keeps its adverb ("increasingly shocking reports") as before, since a
        // participle with no subject takes that of a verb around it.
        let only_adverbs = last == start && start < trigger_token && e.tense != Tense::None;
        if last == start || last > start && !subject_ends_before_adverb(seg, last - 1) {
            last = trigger_token;
        }
        if only_adverbs {
            unknown = true;
        }
        if start < trigger_token && !only_adverbs {
            let span = Span::new(seg.tokens[start].span.start, seg.tokens[last - 1].span.end);
            let words = last - start;
            // Not the "to" of "people close to the talks" ([`SOURCE_LINKS`]).
            let has_aux = (start..trigger_token).any(|k| {
                let w = seg.lower_of(seg.tokens[k].span);
                lookup_aux(w).is_some() && !(k > start && links_source(seg, k - 1))
            });
            // "Two were expected", "Several were hurt": a bare numeral counts people or things;
            // another determiner alone ("the", "of") is no subject.
            let alone = seg.lower_of(span);
            if words <= max_words && !has_aux && (!is_determiner(alone) || counts(alone)) {
                who = Some(span);
            }
            // Words between a time phrase and the verb that open with a preposition: "the
            // looting Monday of a relief train carrying food", "cleared Sunday by municipal
            // workers cleaning the streets" name the doer after "of" or "by"; in "The Turkish
            // victory late Wednesday in the town of Bursa sparked clashes" the subject is
            // before the time, out of reach, and no subject is better than a wrong one.
            let first = seg.lower_of(seg.tokens[start].span);
            let opens_with_preposition = LEADING_PREPOSITIONS.contains(&first)
                && !matches!(
                    seg.tokens.get(start + 1).map(|t| seg.lower_of(t.span)),
                    Some("least" | "most")
                );
            if after_time && opens_with_preposition {
                if matches!(first, "of" | "by") {
                    who = who.and_then(|w| without_preposition(seg, w));
                } else {
                    who = None;
                    unknown = true;
                }
            }
        }
        // "The Ridge Fire started near a highway rest stop": a phrase opened by a preposition
        // is no subject ("near a highway rest", "In Paris"), unless it counts ("at least five
        // refugees", "about 150 cases"). A noun phrase after it that opens with a determiner
        // is ("in a statement *the companies' total liabilities* rose", "In the end *the
        // country* agreed"). Read here, replaced below, after the rules that read such a
        // phrase as the object of an earlier verb.
        let prepositional = who.filter(|w| {
            let first = seg.token_at(w.start);
            let lead = seg.lower_of(seg.tokens[first].span);
            let next = seg
                .tokens
                .get(first + 1)
                .filter(|t| t.span.end <= w.end)
                .map_or("", |t| seg.lower_of(t.span));
            let counts = matches!(next, "least" | "most")
                || next.starts_with(|c: char| c.is_ascii_digit())
                || number_word(next);
            LEADING_PREPOSITIONS.contains(&lead) && !counts
        });
        let inner = prepositional.and_then(|w| {
            let (first, end) = (seg.token_at(w.start), seg.token_at(w.end));
            (first + 2..end)
                .find(|&k| {
                    let w = seg.lower_of(seg.tokens[k].span);
                    // "Through it *they* sent down water": a pronoun is a noun phrase too.
                    (SUBJECT_DETERMINERS.contains(&w) || SUBJECT_PRONOUNS.contains(&w))
                        && seg.tokens[k - 1].kind == TokenKind::Word
                        && !PREPOSITIONS.contains(&seg.lower_of(seg.tokens[k - 1].span))
                })
                .map(|k| Span::new(seg.tokens[k].span.start, w.end))
        });
        if who.is_none() && !unknown {
            who = before_time;
        }
        let marker_then_verb = clause.marker.is_some() && trigger_token == clause.tokens.start + 1;
        if who.is_none()
            && (clause.kind == ClauseKind::Relative
                || (clause.marker.as_deref() == Some("that") && marker_then_verb))
        {
            // "Morales, who took office", "a count that showed": the noun before the marker.
            who = noun_before(seg, sentence.tokens.start, clause.tokens.start)
                .and_then(|w| without_preposition(seg, w));
            // "a resident of Kasama, who asked", "the president of the KNP who organized":
            // "who" names people, the noun before "of" when the noun after it names none (not
            // in "a descendant of the boy king who governed Egypt").
            if let Some(w) = who.filter(|_| clause.marker.as_deref() == Some("who")) {
                let at = seg.token_at(w.start);
                let last = seg.token_at(w.end).saturating_sub(1);
                if at > sentence.tokens.start + 1
                    && seg.lower_of(seg.tokens[at - 1].span) == "of"
                    && names_people(seg.lower_of(seg.tokens[at - 2].span))
                    && !names_people(seg.lower_of(seg.tokens[last].span))
                {
                    if let Some(owner) = noun_before(seg, sentence.tokens.start, at - 1) {
                        who = Some(Span::new(owner.start, w.end));
                    }
                }
            }
        }
        if who.is_none()
            && earlier_verb.is_none()
            && (start == trigger_token || only_adverbs)
            && start > sentence.tokens.start
            && seg.lower_of(seg.tokens[start - 1].span) == ","
            && clause.kind == ClauseKind::Main
        {
            // "The opposition, which has alleged vote-rigging, says": the words before the
            // sentence's first comma. A quotation that opens the sentence is what is said, not
            // who says it: in '"Nobody is above the law," the chief prosecutor, Laura Diaz,
            // told reporters' the words from its end to the next comma are.
            let from = after_opening_quote(text, seg, e.sentence).unwrap_or(sentence.tokens.start);
            let first_comma = (from..start).find(|&k| seg.lower_of(seg.tokens[k].span) == ",");
            if let Some(c) = first_comma {
                if c > from && c - from <= 8 {
                    who = Some(Span::new(
                        seg.tokens[from].span.start,
                        seg.tokens[c - 1].span.end,
                    ));
                }
            }
        }
        // "left ... and returned", "went on Twitter to warn", "fought in the war and later
        // served": the earlier verb's subject.
        // "and also ordered": any adverb before the verb (the relations' chains of coordinated
        // verbs keep to adverbs of sequence).
        let coordinated = coordinated_verb(seg, clause.tokens.start, trigger_token).is_some()
            || (trigger_token > clause.tokens.start + 1
                && adverb_before_verb(seg, trigger_token - 1)
                && matches!(
                    seg.lower_of(seg.tokens[trigger_token - 2].span),
                    "and" | "or" | "but"
                ));
        let infinitive = seg.lower_of(seg.tokens[trigger_token].span) == "to";
        // "marched through the capital demanding early elections", "has not ruled out calling
        // a snap election": the words between two verbs of a clause are the first one's
        // object or particle, not the participle's subject, which is the first verb's.
        let participle = e.tense == Tense::None
            && seg.lower_of(e.head).ends_with("ing")
            && who.is_some_and(|w| {
                let first = seg.lower_of(seg.tokens[seg.token_at(w.start)].span);
                LEADING_PREPOSITIONS.contains(&first)
                    || matches!(first, "out" | "up" | "off" | "down" | "away" | "back")
            });
        if (coordinated || infinitive || participle) && earlier_verb.is_some() {
            who = None;
        }
        if who.is_none() && infinitive {
            who = subject_of_due(seg, events, e.sentence, clause.tokens.start, trigger_token);
        }
        // "the Supreme Court, which annulled that vote and ordered a rerun": "that vote" was
        // read as a clause of its own, but no subject ends in "and" before its verb; the verb
        // before the conjunction lends its subject.
        // Only right after a verb that takes no "that" clause of its own ("annulled that
        // vote"; not "said that vote counting and ... stopped").
        if coordinated && earlier_verb.is_none() && clause.marker.as_deref() == Some("that") {
            let marker = clause.tokens.start;
            if let Some(j) = (0..i).rev().find(|&j| {
                events[j].pos == EventPos::Verb
                    && events[j].sentence == e.sentence
                    && seg.token_at(events[j].trigger.end) == marker
            }) {
                let class = status_class(&events[j]);
                let takes_that = matches!(
                    class,
                    EventClass::Reporting | EventClass::IState | EventClass::Perception
                ) || ATTRIBUTING.contains(&events[j].lemma.as_str());
                if !takes_that && events[j].who.is_some() {
                    who = events[j].who;
                }
            }
        }
        if who.is_some() && who == prepositional {
            who = inner;
            unknown = inner.is_none();
        }
        let who = who
            .or_else(|| {
                earlier_verb
                    .filter(|_| !unknown || coordinated || infinitive || participle)
                    .and_then(|j| events[j].who)
            })
            .or_else(|| {
                // "started near a highway rest stop and spread": a coordinated verb whose
                // nearest verb has no subject takes that of an earlier verb of its clause.
                let j = earlier_verb.filter(|_| coordinated)?;
                (0..j).rev().find_map(|k| {
                    (events[k].clause == e.clause && events[k].pos == EventPos::Verb)
                        .then_some(events[k].who)
                        .flatten()
                })
            });
        events[i].who = who;
    }
    // Only the subject is mended: ending the relative clause at that verb in the clause
    // splitter cost the cross-validated relations 0.13 points of gold F1 over five orders.
    // The verbs after it in its sentence that took the subject it had take the mended one
    // ("The company that operates the dam declined to comment, saying ...": "to comment" and
    // "saying" are the company's too).
    for i in 0..events.len() {
        if let Some(who) = subject_after_restrictive_relative(seg, events, i) {
            let had = events[i].who.replace(who);
            let sentence = events[i].sentence;
            for later in events[i + 1..]
                .iter_mut()
                .take_while(|l| l.sentence == sentence)
            {
                if had.is_some() && later.who == had {
                    later.who = Some(who);
                }
            }
        }
    }
    lone_subject_before_participle(seg, events);
    // A participle after a verb of its sentence takes that verb's subject, not that of a
    // source after it: "A dam gave way late on Tuesday, sending a wall of water through
    // three towns, officials said". The nearest verb, even in an "after" clause: "after
    // police fired on protesters, killing three" (though in "was sentenced after a jury found
    // him guilty, ending a case" the ending is the sentence's). Participial openers take the subject of the main clause after them: "Speaking to a
    // crowd ..., Morales sent greetings".
    for i in 0..events.len() {
        if subjectless(&events[i]) {
            continue;
        }
        if events[i].who.is_none()
            && events[i].pos == EventPos::Verb
            && seg.clauses[events[i].clause].kind == ClauseKind::Participial
        {
            // "said in a statement that it had made a fair offer before the contract expired,
            // including a 14 percent wage increase, and accused the union": a finite verb
            // joined by ", and" to the participle's clause goes back to a verb of the main
            // clause or of a complement in its own tense and aspect ("cautioned that China had
            // signed ..., covering ..., and had been accused"), and takes its subject, not
            // that of a verb in a clause below them.
            let trigger = seg.token_at(events[i].trigger.start);
            let (tense, aspect) = (events[i].tense, events[i].aspect);
            let back_up = tense != Tense::None
                && coordinated_verb(seg, seg.clauses[events[i].clause].tokens.start, trigger)
                    .is_some_and(|and| and > 0 && seg.lower_of(seg.tokens[and - 1].span) == ",");
            events[i].who = (0..i)
                .rev()
                .take_while(|&j| events[j].sentence == events[i].sentence)
                .find(|&j| {
                    let kind = seg.clauses[events[j].clause].kind;
                    events[j].pos == EventPos::Verb
                        && kind != ClauseKind::Participial
                        && (!back_up
                            || matches!(kind, ClauseKind::Main | ClauseKind::Complement)
                                && events[j].tense == tense
                                && events[j].aspect == aspect)
                })
                .and_then(|j| events[j].who);
        }
        if events[i].who.is_none() && events[i].pos == EventPos::Verb {
            if let Some(j) = (i + 1..events.len()).find(|&j| {
                events[j].who.is_some()
                    && events[j].pos == EventPos::Verb
                    && seg.clauses[events[j].clause].kind == ClauseKind::Main
            }) {
                if seg.clauses[events[i].clause].kind == ClauseKind::Participial {
                    events[i].who = events[j].who;
                }
            }
        }
        if events[i].who.is_none() && events[i].pos == EventPos::Verb {
            if let Some(j) = (0..i)
                .rev()
                .find(|&j| events[j].who.is_some() && events[j].pos == EventPos::Verb)
            {
                if seg.clauses[events[i].clause].kind == ClauseKind::Participial {
                    events[i].who = events[j].who;
                }
            }
        }
    }
}

/// "..., and another carrier, having waited more than a week, sent its vessels north": a
/// clause of at most six words and no verb event, ending in a comma, then a participle's
/// clause, then a clause whose first verb has no subject. The lone words (without their
/// marker) are the subject of that verb and of the participle's verbs that have none.
fn lone_subject_before_participle(seg: &Segmentation, events: &mut [Event]) {
    for i in 0..events.len() {
        let e = &events[i];
        if e.pos != EventPos::Verb || e.who.is_some() || e.clause < 2 {
            continue;
        }
        let (verb_clause, participial, lone) = (e.clause, e.clause - 1, e.clause - 2);
        let same = |c: usize| seg.clauses[c].sentence == e.sentence;
        if !same(lone)
            || seg.clauses[participial].kind != ClauseKind::Participial
            || !matches!(
                seg.clauses[verb_clause].kind,
                ClauseKind::Main | ClauseKind::Coordinate
            )
            || events
                .iter()
                .any(|v| v.clause == lone && v.pos == EventPos::Verb)
            || events[..i].iter().any(|v| v.clause == verb_clause)
        {
            continue;
        }
        let c = &seg.clauses[lone];
        let first = c.tokens.start + usize::from(c.marker.is_some());
        let end = c.tokens.end;
        let words = end.saturating_sub(first + 1);
        if end == 0
            || seg.lower_of(seg.tokens[end - 1].span) != ","
            || !(1..=6).contains(&words)
            || !(first..end - 1).all(|k| seg.tokens[k].kind == TokenKind::Word)
        {
            continue;
        }
        let who = Span::new(seg.tokens[first].span.start, seg.tokens[end - 2].span.end);
        for v in events.iter_mut() {
            if (v.clause == participial || v.clause == verb_clause)
                && v.pos == EventPos::Verb
                && v.who.is_none()
            {
                v.who = Some(who);
            }
        }
    }
}

/// The subject of the simple past `i` that ends a relative clause without commas: "The company
/// that operates the dam declined to comment", "The man who runs the shop declined" (the
/// clause splitter leaves the verb inside the relative clause, or inside a complement after
/// "that"; [`crate::segment::clause::restrictive_relative_done`] says where the relative
/// clause is over). The subject is the noun phrase before the relative pronoun, or the
/// pronoun it defines ("Those", "Anyone").
fn subject_after_restrictive_relative(
    seg: &Segmentation,
    events: &[Event],
    i: usize,
) -> Option<Span> {
    let e = &events[i];
    let clause = &seg.clauses[e.clause];
    if !simple_past(e)
        || !matches!(clause.kind, ClauseKind::Relative | ClauseKind::Complement)
        || e.clause == 0
    {
        return None;
    }
    let s = &seg.sentences[e.sentence];
    let word = |k: usize| {
        if s.tokens.contains(&k) {
            seg.lower_of(seg.tokens[k].span)
        } else {
            ""
        }
    };
    let start = clause.tokens.start;
    let at = seg.token_at(e.head.start);
    if !crate::segment::clause::restrictive_relative_done(&word, &seg.tokens, start, at) {
        return None;
    }
    let before = &seg.clauses[e.clause - 1];
    if before.sentence != e.sentence
        || before.kind != ClauseKind::Main
        || before.tokens.end != start
        || before.tokens.is_empty()
    {
        return None;
    }
    if before.tokens.len() == 1 && DEFINED_BY_RELATIVE.contains(&word(before.tokens.start)) {
        return Some(seg.tokens[before.tokens.start].span);
    }
    noun_phrase_subject(seg, events, e.sentence, before.tokens.clone(), 12)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;
    use crate::temporal::recognize;

    fn events(text: &str, model: &model::Model) -> Vec<Event> {
        let seg = segment(text, Span::new(0, text.len()), None);
        extract_with(text, &seg, &recognize(&seg), model)
    }

    #[test]
    fn passive_reads_every_form_of_be() {
        for (text, head, expected) in [
            ("The fire was contained by noon.", "contained", true),
            ("I am told the talks failed.", "told", true),
            ("He wasn't told of the plan.", "told", true),
            // "got" is a verb of its own to the verb groups, so its group is "arrested".
            ("Two men got arrested on Monday.", "arrested", false),
            ("The fire was burning at noon.", "burning", false),
            ("Firefighters contained the fire.", "contained", false),
        ] {
            let found = events(text, model::Model::builtin());
            let e = found
                .iter()
                .find(|e| &text[e.head.start..e.head.end] == head)
                .unwrap_or_else(|| panic!("{text}: no event {head:?} in {found:#?}"));
            assert_eq!(passive(e, &text.to_lowercase()), expected, "{text}");
        }
    }

    #[test]
    fn an_adverb_in_ly_stands_inside_a_verb_group() {
        for (text, trigger, tense, aspect, who) in [
            (
                "The blaze was fully contained on Friday.",
                "was fully contained",
                Tense::Past,
                Aspect::None,
                "The blaze",
            ),
            (
                "Two people were seriously injured.",
                "were seriously injured",
                Tense::Past,
                Aspect::None,
                "Two people",
            ),
            (
                "The strike has largely ended.",
                "has largely ended",
                Tense::Present,
                Aspect::Perfective,
                "The strike",
            ),
        ] {
            let found = events(text, model::Model::builtin());
            let e = found
                .iter()
                .find(|e| &text[e.trigger.start..e.trigger.end] == trigger)
                .unwrap_or_else(|| panic!("{text}: no event {trigger:?} in {found:#?}"));
            assert_eq!((e.tense, e.aspect), (tense, aspect), "{text}");
            assert_eq!(e.who.map(|w| &text[w.start..w.end]), Some(who), "{text}");
        }
        // Not an adjective in "-ly": "are likely to rise" has no group "are likely".
        let text = "Prices are likely to rise.";
        let found = events(text, model::Model::builtin());
        assert!(
            found
                .iter()
                .all(|e| !text[e.trigger.start..e.trigger.end].contains("likely")),
            "{found:#?}"
        );
    }

    /// The events for tenses are those of `extract` but for places, subjects and summaries,
    /// on the fixture articles and on real news text when the TempEval-3 documents are
    /// present.
    #[test]
    fn events_for_tenses_leave_out_only_places_subjects_and_summaries() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut texts: Vec<String> = ["quake.txt", "strike.txt", "crossing.txt", "conflict.txt"]
            .iter()
            .map(|f| std::fs::read_to_string(dir.join("tests/inputs").join(f)).unwrap())
            .collect();
        let train = dir.join("../shared/data/tempeval3/train/TimeBank");
        if let Ok(docs) = crate::timeml::read_timeml_dir(&train) {
            texts.extend(
                docs.into_iter()
                    .take(20)
                    .filter_map(|(_, d)| d.ok())
                    .map(|d| d.text),
            );
        }
        let (mut compared, mut with_place) = (0, 0);
        for text in &texts {
            let seg = segment(text, Span::new(0, text.len()), None);
            let times = recognize(&seg);
            let full = extract(text, &seg, &times);
            let tenses = extract_for_tenses(text, &seg, &times);
            with_place += full.iter().filter(|e| e.place.is_some()).count();
            let expected: Vec<Event> = full
                .into_iter()
                .map(|e| Event {
                    place: None,
                    who: None,
                    summary: e.trigger,
                    ..e
                })
                .collect();
            assert_eq!(tenses, expected);
            compared += expected.len();
        }
        assert!(
            compared > 50 && with_place > 0,
            "{compared} events, {with_place} places"
        );
    }

    #[test]
    fn unknown_verbs_are_lemmatised_by_their_spelling() {
        for (word, lemma) in [
            // A silent e the suffix took off.
            ("achieved", "achieve"),
            ("advancing", "advance"),
            ("seized", "seize"),
            ("managed", "manage"),
            ("emerging", "emerge"),
            ("judged", "judge"),
            ("challenged", "challenge"),
            ("plunging", "plunge"),
            ("exchanged", "exchange"),
            ("arranging", "arrange"),
            ("disclosed", "disclose"),
            ("endorsing", "endorse"),
            ("battled", "battle"),
            ("rescheduled", "reschedule"),
            ("stockpiled", "stockpile"),
            ("secured", "secure"),
            ("postponed", "postpone"),
            ("created", "create"),
            ("continuing", "continue"),
            ("completed", "complete"),
            ("depleting", "deplete"),
            ("deleted", "delete"),
            ("competing", "compete"),
            ("budgeted", "budget"),
            ("targeted", "target"),
            // An "-ied" past of a "-y" verb.
            ("carried", "carry"),
            ("buried", "bury"),
            ("dignified", "dignify"),
            // A doubled consonant.
            ("dragged", "drag"),
            ("occurred", "occur"),
            ("committing", "commit"),
            ("modelled", "model"),
            ("pencilled", "pencil"),
            // What the spelling leaves as it is.
            ("belonging", "belong"),
            ("overhanging", "overhang"),
            ("siphoning", "siphon"),
            ("focused", "focus"),
            ("biased", "bias"),
            ("spelled", "spell"),
            ("boycotted", "boycott"),
            ("labeled", "label"),
            ("equaled", "equal"),
            ("harassed", "harass"),
            ("clashed", "clash"),
        ] {
            let (got, _) = verb_form_ref(word).expect(word);
            assert_eq!(got, lemma, "{word}");
        }
    }

    fn heads<'a>(text: &'a str, events: &[Event]) -> Vec<&'a str> {
        events
            .iter()
            .map(|e| &text[e.head.start..e.head.end])
            .collect()
    }

    #[test]
    fn no_two_events_share_a_head_word() {
        // The model labels the complement, not the light verb, so the verb group's head moves
        // onto the word the rules had already made an event of (TimeBank APW19980227.0494 and
        // NYT19980206.0460): one event stays, the verb group with its tense and aspect.
        for (text, word, trigger) in [
            (
                "In the two countries, many people have become impoverished during the chaos.",
                "impoverished",
                "have become impoverished",
            ),
            (
                "The manufacturing sector is going to start getting beat up in the spring.",
                "beat",
                "getting beat",
            ),
        ] {
            let found = events(text, model::Model::builtin());
            let on_word: Vec<&Event> = found
                .iter()
                .filter(|e| &text[e.head.start..e.head.end] == word)
                .collect();
            assert_eq!(on_word.len(), 1, "{:?}", heads(text, &found));
            assert_eq!(
                &text[on_word[0].trigger.start..on_word[0].trigger.end],
                trigger
            );
        }
    }

    #[test]
    fn contracted_negations_negate_their_verb_group() {
        for (text, trigger, tense) in [
            ("He didn't leave the city.", "didn't leave", Tense::Past),
            ("The storm didn’t hit the coast.", "didn’t hit", Tense::Past),
            (
                "Police haven't arrested anyone.",
                "haven't arrested",
                Tense::Present,
            ),
            ("He wasn't arrested.", "wasn't arrested", Tense::Past),
            ("The rebels cannot win.", "cannot win", Tense::None),
            // An irregular verb whose past is its base, after "did not" and "to".
            (
                "The storm did not hit the coast.",
                "did not hit",
                Tense::Past,
            ),
        ] {
            let found = events(text, model::Model::builtin());
            let e = found
                .iter()
                .find(|e| &text[e.trigger.start..e.trigger.end] == trigger)
                .unwrap_or_else(|| panic!("{text}: no {trigger:?} in {:?}", heads(text, &found)));
            assert!(e.negated, "{text}");
            assert_eq!(e.tense, tense, "{text}");
        }
        let text = "They plan to cut costs.";
        let found = events(text, model::Model::builtin());
        let cut = found
            .iter()
            .find(|e| &text[e.head.start..e.head.end] == "cut");
        assert_eq!(
            cut.map(|e| &text[e.trigger.start..e.trigger.end]),
            Some("to cut")
        );
    }

    #[test]
    fn declaring_a_thing_is_an_act_declaring_that_is_a_report() {
        for (text, class) in [
            (
                "The president declared a state of emergency on Monday.",
                EventClass::Occurrence,
            ),
            ("He declared victory on Sunday.", EventClass::Occurrence),
            (
                "The army declared martial law in the capital.",
                EventClass::Occurrence,
            ),
            (
                "The firm declared bankruptcy in May.",
                EventClass::Occurrence,
            ),
            ("He declared that the vote was fair.", EventClass::Reporting),
            (
                "The court declared the vote was void.",
                EventClass::Reporting,
            ),
            (
                "He declared on Monday that he would run.",
                EventClass::Reporting,
            ),
            ("\"We won,\" he declared on Friday.", EventClass::Reporting),
        ] {
            for model in [model::Model::builtin(), &model::Model::empty()] {
                let found = events(text, model);
                let e = found
                    .iter()
                    .find(|e| e.lemma == "declare")
                    .unwrap_or_else(|| panic!("{text}: {found:?}"));
                assert_eq!(e.class, class, "{text}");
            }
        }
    }

    #[test]
    fn a_noun_summary_is_its_own_phrase() {
        // The phrase of an event noun does not run on into the word that opens the next
        // clause ("after").
        for (text, noun, summary) in [
            (
                "Thousands joined nationwide protests on Monday after police shot a student.",
                "protests",
                "nationwide protests on Monday",
            ),
            (
                "He offered the invitation in February when the two met.",
                "invitation",
                "the invitation in February",
            ),
            // A phrase with a date of its own does not take the verb's.
            (
                "The June 8 vote on Monday was postponed.",
                "vote",
                "The June 8 vote",
            ),
        ] {
            let found = events(text, model::Model::builtin());
            let e = found
                .iter()
                .find(|e| &text[e.head.start..e.head.end] == noun)
                .unwrap_or_else(|| panic!("{text}: no {noun}"));
            assert_eq!(&text[e.summary.start..e.summary.end], summary, "{text}");
        }
    }

    #[test]
    fn the_subject_of_a_relative_clause_has_no_preposition() {
        let text = "He denied the charges throughout the trial, which opened in November 2021.";
        let ev = events(text, model::Model::builtin());
        let opened = ev.iter().find(|e| e.lemma == "open").expect("an opening");
        assert_eq!(
            opened.who.map(|w| &text[w.start..w.end]),
            Some("the trial"),
            "{ev:?}"
        );
    }

    #[test]
    fn a_subject_after_a_time_phrase_opens_with_no_preposition() {
        for (text, lemma, who) in [
            // A duration before "of" heads the subject.
            (
                "Thirty-five years of one-party rule ended in 1992.",
                "end",
                Some("Thirty-five years of one-party rule"),
            ),
            (
                "Aid resumed after months of fighting ended.",
                "end",
                Some("months of fighting"),
            ),
            // "of" and "by" name the doer of a participle.
            (
                "Refugees sheltered south of Kisangani, which was taken on March 15 by Zairean \
                 rebels fighting the regime of President Mobutu.",
                "fight",
                Some("Zairean rebels"),
            ),
            // The subject is before the time, out of reach: none.
            (
                "The Turkish victory (1/0) late Wednesday in the Turkish town of Bursa sparked \
                 clashes between the two communities, police said.",
                "spark",
                None,
            ),
            // "At least" opens a subject.
            (
                "On Monday at least 12 people died.",
                "die",
                Some("at least 12 people"),
            ),
        ] {
            let ev = events(text, model::Model::builtin());
            let e = ev.iter().find(|e| e.lemma == lemma);
            let e = e.unwrap_or_else(|| panic!("{text}: {ev:?}"));
            assert_eq!(e.who.map(|w| &text[w.start..w.end]), who, "{text}");
        }
    }

    #[test]
    fn words_that_name_no_event_where_they_stand() {
        for (text, word) in [
            ("The magnitude 7.8 quake struck at 4:17 a.m.", "magnitude"),
            ("The ruling party won the vote.", "ruling"),
            ("Burma's ruling junta refused.", "ruling"),
            ("The governing coalition collapsed.", "governing"),
            (
                "The border crossing at Bab al-Hawa had been closed.",
                "crossing",
            ),
        ] {
            for model in [model::Model::builtin(), &model::Model::empty()] {
                let ev = events(text, model);
                assert!(
                    ev.iter().all(|e| &text[e.head.start..e.head.end] != word),
                    "{text}: {ev:?}"
                );
            }
        }
        // Elsewhere they are read as any word: the court's ruling, crossing the border.
        let text = "The ruling angered the opposition.";
        let ev = events(text, model::Model::builtin());
        assert!(
            ev.iter()
                .any(|e| &text[e.head.start..e.head.end] == "ruling"),
            "{ev:?}"
        );
        let text = "Thousands were crossing the border on Monday.";
        let ev = events(text, model::Model::builtin());
        assert!(ev.iter().any(|e| e.lemma == "cross"), "{ev:?}");
    }

    #[test]
    fn a_linking_verb_and_its_complement_are_one_state() {
        // "remained closed" is one state that held, not a remaining and a closing; the model
        // labels none of "Prices remained high", which is a state all the same (TimeML STATE).
        for (text, trigger) in [
            ("Prices remained high as of Friday.", "remained high"),
            ("The border stayed shut on Monday.", "stayed shut"),
            ("The border stayed shut.", "stayed shut"),
            ("Banks remained closed on Monday.", "remained closed"),
            ("The border will stay shut until Monday.", "will stay shut"),
            (
                "Output remained largely unchanged.",
                "remained largely unchanged",
            ),
        ] {
            let found = events(text, model::Model::builtin());
            let triggers: Vec<&str> = found
                .iter()
                .map(|e| &text[e.trigger.start..e.trigger.end])
                .collect();
            assert_eq!(triggers, [trigger], "{text}");
            assert_eq!(found[0].class, EventClass::State, "{text}");
            assert_eq!(
                found[0].who.map(|w| &text[w.start..w.end]),
                text.split(trigger).next().map(str::trim),
                "{text}"
            );
        }
        let text = "Banks remained closed on Monday.";
        let found = events(text, model::Model::builtin());
        assert_eq!(found[0].tense, Tense::Past);
        assert_eq!(
            &text[found[0].summary.start..found[0].summary.end],
            "remained closed on Monday"
        );
        // No complement: a preposition, an infinitive.
        for (text, trigger) in [
            ("He remained in power.", "remained"),
            ("It seemed to work.", "seemed"),
        ] {
            let found = events(text, model::Model::builtin());
            assert_eq!(
                found.first().map(|e| &text[e.trigger.start..e.trigger.end]),
                Some(trigger),
                "{text}"
            );
        }
    }

    #[test]
    fn an_event_noun_is_no_verb_and_has_no_subject() {
        // Read as verbs ("bloodsh" + -ed, "meeting" after "emergency"), they took the words
        // before them as their subject: "he bloodshed", "an emergency meeting".
        for (text, noun, summary) in [
            (
                "Morales called for calm, saying he wanted to avoid bloodshed.",
                "bloodshed",
                "bloodshed",
            ),
            (
                "Morales convened an emergency meeting with his ministers to analyze it.",
                "meeting",
                "an emergency meeting",
            ),
        ] {
            let found = events(text, model::Model::builtin());
            let e = found
                .iter()
                .find(|e| &text[e.head.start..e.head.end] == noun)
                .unwrap_or_else(|| panic!("{text}: {:?}", heads(text, &found)));
            assert_eq!(e.pos, EventPos::Noun, "{text}");
            assert_eq!(e.who, None, "{text}");
            assert_eq!(&text[e.summary.start..e.summary.end], summary, "{text}");
        }
    }

    #[test]
    fn a_summary_that_is_its_trigger_takes_in_the_complement_after_it() {
        let text = "Camacho traveled to La Paz on Friday, saying he hoped to meet Morales. \
                    Morales went on Twitter to warn that \"democracy is at risk\".";
        let seg = segment(text, Span::new(0, text.len()), None);
        let found = extract_with(text, &seg, &recognize(&seg), model::Model::builtin());
        let words = |trigger: &str| {
            found
                .iter()
                .find(|e| &text[e.trigger.start..e.trigger.end] == trigger)
                .map(|e| {
                    let s = summary_with_complement(&seg, e);
                    &text[s.start..s.end]
                })
        };
        assert_eq!(words("saying"), Some("saying he hoped to meet Morales"));
        // A quotation after "that" is not taken in, and "that" is not left dangling.
        assert_eq!(words("to warn"), Some("to warn"));
        // A summary with words of its own keeps them.
        assert_eq!(words("traveled"), Some("traveled to La Paz on Friday"));
    }

    #[test]
    fn a_participle_after_a_linking_verb_has_no_tense_of_its_own() {
        let text = "Shops looked closed. The river burst its banks.";
        let found = events(text, model::Model::builtin());
        let tense = |w: &str| {
            found
                .iter()
                .find(|e| &text[e.head.start..e.head.end] == w)
                .map(|e| e.tense)
        };
        assert_eq!(tense("closed"), Some(Tense::None));
        assert_eq!(tense("burst"), Some(Tense::Past));
    }

    #[test]
    fn a_summary_does_not_end_on_a_word_that_leads_on() {
        let text = "The governor declared a state of emergency on Monday and is expected to visit \
                    the area on Thursday.";
        let found = events(text, model::Model::builtin());
        let declared = found
            .iter()
            .find(|e| &text[e.head.start..e.head.end] == "declared")
            .expect("declared");
        assert_eq!(
            &text[declared.summary.start..declared.summary.end],
            "declared a state of emergency on Monday"
        );
    }

    #[test]
    fn the_auxiliary_of_a_perfect_participle_is_no_event() {
        for text in [
            "Having lost the vote, the minister resigned on Friday.",
            "The minister, having lost the vote, resigned on Friday.",
        ] {
            let found = events(text, model::Model::builtin());
            let words = heads(text, &found);
            assert!(words.contains(&"lost"), "{text}: {words:?}");
            assert!(
                !words.iter().any(|h| h.eq_ignore_ascii_case("having")),
                "{text}: {words:?}"
            );
        }
    }

    #[test]
    fn the_model_adds_nominal_events_the_rules_do_not_place() {
        let text = "The company announced the acquisition of its rival after a long negotiation.";
        let rules = events(text, &model::Model::empty());
        let learned = events(text, model::Model::builtin());
        assert!(!heads(text, &rules).contains(&"acquisition"));
        assert!(
            heads(text, &learned).contains(&"acquisition"),
            "{:?}",
            heads(text, &learned)
        );
        assert!(heads(text, &learned).contains(&"announced"));
        let acquisition = learned
            .iter()
            .find(|e| &text[e.head.start..e.head.end] == "acquisition");
        assert_eq!(acquisition.map(|e| e.pos), Some(EventPos::Noun));
    }

    #[test]
    fn a_wanted_object_is_hypothetical_but_a_placed_one_is_asserted() {
        let text = "He hoped to sign a letter of resignation. \
                    He refused to accept the results of the referendum.";
        let ev = events(text, model::Model::builtin());
        let status = |w: &str| {
            ev.iter()
                .find(|e| &text[e.head.start..e.head.end] == w)
                .map(|e| e.status)
        };
        assert_eq!(status("resignation"), Some(Status::Hypothetical));
        assert_eq!(status("referendum"), Some(Status::Asserted));
        // "refused" is OCCURRENCE in TimeBank, yet its complement stays hypothetical.
        assert_eq!(status("accept"), Some(Status::Hypothetical));
    }

    #[test]
    fn an_object_kept_from_happening_is_not_asserted() {
        let text = "The government banned public gatherings on Tuesday. \
                    Leaders cancelled the summit. Officials postponed the meeting. \
                    They did not ban the protests. Police came to prevent new clashes.";
        let ev = events(text, model::Model::builtin());
        let status = |w: &str| {
            ev.iter()
                .find(|e| &text[e.head.start..e.head.end] == w)
                .map(|e| e.status)
        };
        assert_eq!(status("gatherings"), Some(Status::Hypothetical), "{ev:#?}");
        assert_eq!(status("summit"), Some(Status::Negated));
        assert_eq!(status("meeting"), Some(Status::Future));
        // A negated ban keeps nothing from happening.
        assert_ne!(status("protests"), Some(Status::Hypothetical));
        assert_eq!(status("banned"), Some(Status::Asserted));
        // Only aimed at: it may have happened anyway.
        assert_eq!(status("clashes"), Some(Status::Hypothetical));
    }

    #[test]
    fn according_to_makes_the_other_side_of_its_comma_reported() {
        let text = "According to police, three people died. The army withdrew, according to \
                    witnesses. According to the plan, troops left.";
        let ev = events(text, model::Model::builtin());
        let status = |w: &str| {
            ev.iter()
                .find(|e| &text[e.head.start..e.head.end] == w)
                .map(|e| e.status)
        };
        assert_eq!(status("died"), Some(Status::Reported));
        assert_eq!(status("withdrew"), Some(Status::Reported));
        // A plan is no one's account.
        assert_eq!(status("left"), Some(Status::Asserted));
    }

    #[test]
    fn a_postposed_attribution_reports_what_comes_before_it() {
        let text = "Three people died, officials said on Tuesday. The talks failed, said a \
                    spokesman. He left the city, she told reporters, adding that he would \
                    return. When the troops left, the villagers said nothing. The plan \
                    failed, which officials said was expected. Prices rose, and analysts said \
                    more gains would follow.";
        let ev = events(text, model::Model::builtin());
        let find = |w: &str| {
            ev.iter()
                .position(|e| &text[e.head.start..e.head.end] == w)
                .unwrap_or_else(|| panic!("no event {w}"))
        };
        let said = |n: usize| {
            ev.iter()
                .enumerate()
                .filter(|(_, e)| e.lemma == "say" || e.lemma == "tell")
                .nth(n)
                .map(|(i, _)| i)
        };
        for (content, report) in [("died", said(0)), ("failed", said(1)), ("left", said(2))] {
            let e = &ev[find(content)];
            assert_eq!(e.status, Status::Reported, "{content}");
            assert_eq!(e.governor, report, "{content}");
        }
        // The inverted subject is the report's who.
        let who = ev[said(1).unwrap()].who.map(|w| &text[w.start..w.end]);
        assert_eq!(who, Some("a spokesman"));
        // An apposition before the verb is no attribution, and the subject stays.
        let apposition = "Steve Jobs, the chief executive, announced the phone.";
        let ev2 = events(apposition, model::Model::builtin());
        let announced = ev2
            .iter()
            .find(|e| e.lemma == "announce")
            .expect("announced");
        assert_eq!(
            announced.who.map(|w| &apposition[w.start..w.end]),
            Some("Steve Jobs")
        );
        // Not attributions: a subordinate clause before, a relative or coordinate clause
        // opening the saying, a saying with its own complement.
        let asserted: Vec<&str> = ev
            .iter()
            .filter(|e| e.status == Status::Asserted && e.pos == EventPos::Verb)
            .map(|e| &text[e.head.start..e.head.end])
            .collect();
        for w in ["left", "failed", "rose"] {
            assert!(asserted.contains(&w), "{w} in {asserted:?}");
        }
    }

    #[test]
    fn a_negated_event_is_negated_whatever_its_tense() {
        let text = "The minister will not comment. The minister will comment. \
                    The rebels could not win. The rebels could win.";
        let ev = events(text, model::Model::builtin());
        let statuses: Vec<(&str, Status)> = ev
            .iter()
            .map(|e| (&text[e.trigger.start..e.trigger.end], e.status))
            .collect();
        assert_eq!(
            statuses,
            [
                ("will not comment", Status::Negated),
                ("will comment", Status::Future),
                ("could not win", Status::Negated),
                ("could win", Status::Hypothetical),
            ]
        );
    }

    #[test]
    fn reporting_verbs_keep_their_class_and_events_are_in_text_order() {
        let text = "Officials said the storm destroyed homes, and residents fled.";
        let ev = events(text, model::Model::builtin());
        let said = ev.iter().find(|e| e.lemma == "say");
        assert_eq!(said.map(|e| e.class), Some(EventClass::Reporting));
        assert!(ev.windows(2).all(|w| w[0].head.start < w[1].head.start));
    }

    #[test]
    fn quotes_are_found_straight_and_curly() {
        let text = "He said \"we won\" and “they lost” — “not closed, \"a\" é";
        let spans: Vec<&str> = quote_regions(text, Span::new(0, text.len()))
            .iter()
            .map(|q| &text[q.start..q.end])
            .collect();
        // A straight quote closes whatever quote is open.
        assert_eq!(spans, ["\"we won", "“they lost", "“not closed, "]);
        let inner = Span::new(3, 17);
        assert_eq!(
            quote_regions(text, inner),
            [Span::new(8, 15)],
            "offsets are the text's, not the span's"
        );
    }

    #[test]
    fn odd_input_does_not_panic() {
        for text in [
            "",
            "   ",
            "...",
            "Été à Potosí, ñandú!",
            "to",
            "had been",
            "The the the",
        ] {
            let _ = events(text, model::Model::builtin());
        }
    }
}
