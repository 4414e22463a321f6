//! Clause boundaries inside a sentence.

use serde::Serialize;

use super::token::{Token, TokenKind};
use crate::Span;

/// What kind of clause, as told by the word that opens it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ClauseKind {
    /// The sentence's main clause, or one that returns to it after a subordinate one.
    Main,
    /// "who ...", "which ...": an aside about a noun.
    Relative,
    /// "that ...": the content of a saying, thinking or a relative "that".
    Complement,
    /// "when ...", "after ...", "while ...", "as ...": a clause that places the main one in time.
    Temporal,
    /// "because ...", "although ...", "if ...".
    Adverbial,
    /// An -ing clause: "Speaking to a crowd, ...", "..., saying he hoped".
    Participial,
    /// "with ...", "without ...".
    Adjunct,
    /// "; ...", ", but ...", "and they ...".
    Coordinate,
    /// Text between dashes.
    Aside,
}

/// A clause of a sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Clause {
    /// Where it is.
    pub span: Span,
    /// Index of its sentence.
    pub sentence: usize,
    /// Index range of its tokens.
    pub tokens: std::ops::Range<usize>,
    /// What opened it.
    pub kind: ClauseKind,
    /// The word that opened it ("when", "after", "who"), lower case.
    pub marker: Option<String>,
}

/// Clause-opening words and what they open.
const MARKERS: &[(&str, ClauseKind)] = &[
    ("which", ClauseKind::Relative),
    ("who", ClauseKind::Relative),
    ("whom", ClauseKind::Relative),
    ("whose", ClauseKind::Relative),
    ("where", ClauseKind::Relative),
    ("that", ClauseKind::Complement),
    ("when", ClauseKind::Temporal),
    ("whenever", ClauseKind::Temporal),
    ("while", ClauseKind::Temporal),
    ("as", ClauseKind::Temporal),
    ("after", ClauseKind::Temporal),
    ("before", ClauseKind::Temporal),
    ("since", ClauseKind::Temporal),
    ("until", ClauseKind::Temporal),
    ("once", ClauseKind::Temporal),
    ("because", ClauseKind::Adverbial),
    ("although", ClauseKind::Adverbial),
    ("though", ClauseKind::Adverbial),
    ("even", ClauseKind::Adverbial),
    ("whereas", ClauseKind::Adverbial),
    ("if", ClauseKind::Adverbial),
    ("unless", ClauseKind::Adverbial),
    ("with", ClauseKind::Adjunct),
    ("without", ClauseKind::Adjunct),
    ("but", ClauseKind::Coordinate),
    ("and", ClauseKind::Coordinate),
];

/// Words that can start a subject right after a subordinator ("after *the* opposition alleged").
const SUBJECT_STARTS: &[&str] = &[
    "he",
    "she",
    "they",
    "it",
    "we",
    "i",
    "you",
    "the",
    "a",
    "an",
    "his",
    "her",
    "their",
    "its",
    "our",
    "this",
    "these",
    "those",
    "some",
    "many",
    "police",
    "officials",
];

/// Verbs of saying and thinking whose complement often comes without "that" ("said the plant
/// closed", "saying he wanted"); the complement is split off when a subject starts right after.
const ZERO_THAT_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "saying",
    "added",
    "adding",
    "argued",
    "argues",
    "arguing",
    "claimed",
    "claims",
    "claiming",
    "insisted",
    "insists",
    "insisting",
    "believe",
    "believes",
    "believed",
    "think",
    "thinks",
    "thought",
    "acknowledged",
    "admitted",
];

/// Counts that open a subject after a verb of saying ("said two men were arrested").
const COUNT_WORDS: &[&str] = &[
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "dozens",
    "hundreds",
    "thousands",
    "several",
    "most",
    "all",
    "both",
    "no",
];

/// Determiners besides [`SUBJECT_STARTS`] and [`COUNT_WORDS`] that open a new subject after
/// ", and": "and another carrier, having waited more than a week, sent its vessels north".
const OTHER_SUBJECTS: &[&str] = &["another", "each"];

/// Words after which "after"/"before" is part of a time phrase ("hours after"). Not the
/// adverbs of [`SHORT_DISTANCES`], and not "seconds" or "moments", which the time grammar
/// does not count (its smallest unit is the minute): "declared an emergency about 40 seconds
/// after the engine failed" opens a clause, as "shortly after the engine failed" does.
const TIME_HEADS: &[&str] = &[
    "hours", "hour", "days", "day", "minutes", "minute", "weeks", "week", "months", "month",
    "years", "year", "nights", "night", "decades",
];

/// Adverbs of a short distance before "after"/"before": "caved in shortly after the morning
/// shift began" opens a clause as "after the shift began" does, but only before a clause with
/// a verb of its own ("were detained shortly after a mass labor strike in early July" keeps the
/// strike, and its date, with the detention).
pub(crate) const SHORT_DISTANCES: &[&str] =
    &["shortly", "soon", "just", "right", "long", "immediately"];

/// Verbs after which "before" means "in front of" a body, not earlier than a happening:
/// "will testify before a Senate committee next month", "appeared before a judge on
/// Tuesday". Such a "before" opens no clause, so the time after its noun stays the verb's.
const FACING_VERBS: &[&str] = &[
    "testify",
    "testifies",
    "testified",
    "testifying",
    "appear",
    "appears",
    "appeared",
    "appearing",
    "arraigned",
    "hauled",
    "paraded",
];

/// Words after "that" which make it a determiner of a time ("that night").
const THAT_TIMES: &[&str] = &[
    "day",
    "night",
    "morning",
    "afternoon",
    "evening",
    "week",
    "weekend",
    "month",
    "year",
    "time",
    "moment",
    "date",
    "period",
    "season",
    "summer",
    "winter",
    "spring",
    "fall",
];

/// Where a clause starts: its first token, its kind, and whether that token is its marker.
pub(crate) type ClauseStart = (usize, ClauseKind, bool);

/// Splits the tokens `range` of one sentence into clauses, appended to `out`. `starts` is
/// scratch space, reused across sentences (an allocation per sentence showed in the profile;
/// issue 3).
pub(crate) fn split(
    lower: &str,
    tokens: &[Token],
    range: std::ops::Range<usize>,
    sentence_span: Span,
    sentence: usize,
    out: &mut Vec<Clause>,
    starts: &mut Vec<ClauseStart>,
) {
    let word = |i: usize| -> &str {
        tokens
            .get(i)
            .filter(|_| i < range.end)
            .map(|t| &lower[t.span.start..t.span.end])
            .unwrap_or("")
    };
    starts.clear();
    let first = range.start;
    // "Boeing said", "Fighting erupted": an "-ing" word right before a finite verb is its
    // subject, not a participle opening its own clause.
    let finite_at = |k: usize| {
        FINITE_AUXILIARIES.contains(&word(k))
            || is_past(word(k))
            || matches!(word(k), "said" | "says")
    };
    // "Shipping lines said": so is one before a noun and a finite verb.
    let subject_of_next = finite_at(first + 1)
        || (word(first + 1).starts_with(|c: char| c.is_alphabetic())
            && !DETERMINERS.contains(&word(first + 1))
            && !NOT_SUBJECT_WORDS.contains(&word(first + 1))
            && finite_at(first + 2));
    let opening = if word(first).ends_with("ing") && word(first).len() > 4 && !subject_of_next {
        ClauseKind::Participial
    } else {
        marker_kind(word(first))
            .filter(|k| !matches!(k, ClauseKind::Coordinate | ClauseKind::Complement))
            .unwrap_or(ClauseKind::Main)
    };
    // The marker of a clause is the word it starts with, if any.
    starts.push((first, opening, opening != ClauseKind::Main));
    let mut current = opening;
    let mut i = first + 1;
    // The word before `w`, carried over from the step before.
    let mut prev = word(first);
    while i < range.end {
        let w = word(i);
        let after_comma = prev == ",";
        let split = if prev == ";" {
            Some((ClauseKind::Coordinate, false))
        } else if matches!(prev, "-" | "—" | "–") && tokens[i - 1].kind == TokenKind::Punct {
            // A dateline ("SANTA CLARA, Calif. (AP) — Regulators seized ..."): one dash near
            // the start that no second dash closes; the story's own clause follows it.
            let dash =
                |k: usize| tokens[k].kind == TokenKind::Punct && matches!(word(k), "-" | "—" | "–");
            let dateline =
                i - first <= 10 && !(first..i - 1).any(dash) && !(i..range.end).any(dash);
            Some((
                if dateline {
                    ClauseKind::Main
                } else {
                    ClauseKind::Aside
                },
                false,
            ))
        } else if let Some(kind) = marker_kind(w) {
            let next = word(i + 1);
            let ok = match kind {
                ClauseKind::Relative => true,
                ClauseKind::Complement => {
                    !THAT_TIMES.contains(&next) && !matches!(prev, "so" | "now" | "such")
                }
                ClauseKind::Temporal => {
                    // "Sunday night after a tower collapsed", "last night after the vote was
                    // counted": a night named by its day is a time, not a unit counted.
                    let named_night = prev == "night"
                        && i >= first + 2
                        && (crate::temporal::lexicon::weekday_from_word(word(i - 2)).is_some()
                            || word(i - 2) == "last");
                    // "burned for three months before it was contained": after "for" the
                    // units are how long, and "before" opens a clause.
                    let lasted = i >= first + 2
                        && (word(i - 2) == "for" || i >= first + 3 && word(i - 3) == "for");
                    let verb_ahead = || {
                        !next.ends_with("ing")
                            && (finite_follows(&word, i + 1)
                                || past_follows(&word, i + 1, w != "as"))
                    };
                    let short = SHORT_DISTANCES.contains(&prev);
                    if w == "before" && FACING_VERBS.contains(&prev) {
                        false
                    } else if short && w != "as" {
                        verb_ahead()
                    } else {
                        (!TIME_HEADS.contains(&prev) && !short || named_night || lasted)
                            && (after_comma
                                || SUBJECT_STARTS.contains(&next)
                                || w == "when"
                                || w == "while"
                                // "after investigators found", not "quoted him as saying".
                                || verb_ahead())
                    }
                }
                ClauseKind::Adverbial => w != "even" || next == "though" || next == "if",
                ClauseKind::Adjunct => after_comma,
                // ", and two car makers said", ", and another carrier ... sent": a count
                // opens a subject too.
                ClauseKind::Coordinate => {
                    after_comma
                        && (SUBJECT_STARTS.contains(&next)
                            || COUNT_WORDS.contains(&next)
                            || OTHER_SUBJECTS.contains(&next))
                }
                _ => false,
            };
            // "a vote that closed at midnight", "a strike that had left 200 ships": "that"
            // with a verb and no subject of its own after a noun relates, it does not report
            // ("said that was wrong" still does).
            let kind = if kind == ClauseKind::Complement
                && w == "that"
                && (FINITE_AUXILIARIES.contains(&next) || is_past(next))
                && !ZERO_THAT_VERBS.contains(&prev)
                && !is_past(prev)
                && prev.starts_with(|c: char| c.is_alphabetic())
            {
                ClauseKind::Relative
            } else {
                kind
            };
            ok.then_some((kind, true))
        } else if ZERO_THAT_VERBS.contains(&prev)
            && (SUBJECT_STARTS.contains(&w)
                || COUNT_WORDS.contains(&w)
                || finite_follows(&word, i)
                || (w.starts_with(|c: char| c.is_ascii_digit())
                    && !TIME_HEADS.contains(&word(i + 1))))
        {
            // "said the plant closed", "saying he wanted": a complement without "that".
            Some((ClauseKind::Complement, false))
        } else if after_comma
            && w.ends_with("ing")
            && w.len() > 4
            && tokens[i].kind == TokenKind::Word
        {
            Some((ClauseKind::Participial, true))
        } else if let Some(participle) = (starts.len() == 1 && opening == ClauseKind::Main)
            .then(|| reduced_relative(&word, tokens, first, i))
            .flatten()
        {
            // "The tax cuts passed in 2017 expire next year": the participle's phrase is a
            // relative clause without its marker; the main clause takes up at the verb.
            starts.push((participle, ClauseKind::Relative, false));
            Some((ClauseKind::Main, false))
        } else if current == ClauseKind::Complement
            && (FINITE_AUXILIARIES.contains(&w) || is_past(w))
            && reported_relative_done(&word, tokens, starts, i)
        {
            // "Officials who said the vote was rigged were arrested": the complement of a
            // restrictive relative's verb of saying ends, with the relative, where the main
            // clause's verb takes up again.
            Some((ClauseKind::Main, false))
        } else if current == ClauseKind::Relative
            && FINITE_AUXILIARIES.contains(&w)
            && restrictive_relative_done(&word, tokens, starts.last().map_or(first, |s| s.0), i)
        {
            // "Those who had already paid for hotels would be reimbursed": a relative clause
            // with no comma ends where the main clause's verb group takes up again.
            Some((ClauseKind::Main, false))
        } else if after_comma
            && current != ClauseKind::Main
            && i - starts.last().map_or(first, |s| s.0) >= 3
        {
            // A subordinate clause ends at its comma; the sentence goes back to its main clause.
            Some((ClauseKind::Main, false))
        } else {
            None
        };
        if let Some((kind, marker)) = split {
            // Leave a clause-opening comma with the clause before.
            starts.push((i, kind, marker));
            current = kind;
        }
        prev = w;
        i += 1;
    }
    for (n, (start, kind, marker)) in starts.iter().enumerate() {
        let end_token = starts.get(n + 1).map_or(range.end, |s| s.0);
        if end_token <= *start {
            continue;
        }
        let span_start = tokens[*start].span.start;
        let span_end = if n + 1 == starts.len() {
            sentence_span.end
        } else {
            tokens[end_token - 1].span.end
        };
        out.push(Clause {
            span: Span::new(span_start, span_end),
            sentence,
            tokens: *start..end_token,
            kind: *kind,
            marker: marker.then(|| word(*start).to_string()),
        });
    }
}

/// Whether the relative clause opened at token `start` (its marker, "who", "that", "which",
/// with no comma before it) is over at the finite auxiliary (where [`split`] ends it) or the
/// past form (where the subject pass gives that verb the main clause's subject, the clauses
/// left as they are) at token `at`: the
/// clause has a verb of its own already (a finite auxiliary or a past form, or a verb in -s
/// right after the marker with its object's determiner after it: "who runs the shop", "that
/// operates the dam"), the word before `at` is a plain word of the clause's object (no
/// pronoun, which would start a clause of its own: "the man who said he was tired"), and no
/// verb that takes a clause without "that" stands in it ("officials who said the vote was
/// rigged"). A past form ends it only after a full verb of the clause (not "Those who had
/// already paid"), not after a possessive or a word of [`NOT_BEFORE_MAIN_PAST`], not before
/// a word of [`PARTICIPLE_PREPOSITIONS`] ("who visited the hostages held in the residence")
/// and not when the clause's verb takes an object and its state ("which left 119 people
/// wounded": [`OBJECT_STATE_VERBS`]).
pub(crate) fn restrictive_relative_done<'a>(
    word: &impl Fn(usize) -> &'a str,
    tokens: &[Token],
    start: usize,
    at: usize,
) -> bool {
    if start == 0 || word(start - 1) == "," || at < start + 3 {
        return false;
    }
    if !matches!(word(start), "who" | "that" | "which") {
        return false;
    }
    let prev = word(at - 1);
    if !plain_word_before(word, tokens, at) {
        return false;
    }
    let reports = (start + 1..at).any(|k| ZERO_THAT_VERBS.contains(&word(k)));
    if FINITE_AUXILIARIES.contains(&word(at)) {
        let has_verb =
            (start + 1..at - 1).any(|k| FINITE_AUXILIARIES.contains(&word(k)) || is_past(word(k)));
        return has_verb && !reports;
    }
    let first = word(start + 1);
    let opens_verb = first.len() > 2
        && first.ends_with('s')
        && tokens[start + 1].kind == TokenKind::Word
        && !SUBJECT_STARTS.contains(&first)
        && !NOT_SUBJECT_WORDS.contains(&first)
        && marker_kind(first).is_none()
        && DETERMINERS.contains(&word(start + 2));
    let full_verb = opens_verb || (start + 1..at - 1).any(|k| is_past(word(k)));
    let object_state = OBJECT_STATE_VERBS.contains(&first);
    let after_noun = !prev.ends_with("'s") && !NOT_BEFORE_MAIN_PAST.contains(&prev);
    let participle = PARTICIPLE_PREPOSITIONS.contains(&word(at + 1));
    full_verb && !object_state && after_noun && !participle && !reports
}

/// Whether the word before token `at` is a plain word that can end a noun phrase: a word (no
/// punctuation or number), no pronoun or subject opener, no auxiliary, adverb in "-ly" or
/// clause marker, which would keep a clause going ("the man who said *he* was tired").
fn plain_word_before<'a>(word: &impl Fn(usize) -> &'a str, tokens: &[Token], at: usize) -> bool {
    let prev = word(at - 1);
    tokens[at - 1].kind == TokenKind::Word
        && prev.starts_with(|c: char| c.is_alphabetic())
        && !SUBJECT_STARTS.contains(&prev)
        && !NOT_SUBJECT_WORDS.contains(&prev)
        && !FINITE_AUXILIARIES.contains(&prev)
        && !prev.ends_with("ly")
        && marker_kind(prev).is_none()
}

/// Where the reduced relative clause of a sentence's subject starts (its past form), when the
/// main clause's verb is the word at `at`: "The tax cuts *passed in 2017* expire next year",
/// "Workers hired last week start on Monday", "The plan announced on Friday calls for ...".
/// The sentence opens (token `first`) with a noun phrase of one to four words and no verb,
/// then a past form, then up to six words with no punctuation, auxiliary, past form or
/// marker that end in a time (a year, a month, a weekday, "week", "year", "yesterday" ...);
/// the past form is a passive participle (a preposition or a time right after it, no object);
/// the word at `at` can be a verb there (no preposition, article, conjunction, time word,
/// adverb in "-ly" or "-ing" form), and a year before it follows no determiner ("the 1962
/// Cuban missile crisis"). A past form or an auxiliary at `at` is left to the rules that read
/// it already ("Troops deployed last week began patrolling").
fn reduced_relative<'a>(
    word: &impl Fn(usize) -> &'a str,
    tokens: &[Token],
    first: usize,
    at: usize,
) -> Option<usize> {
    let w = word(at);
    let time_word = |v: &str| {
        (v.len() == 4 && v.bytes().all(|b| b.is_ascii_digit()))
            || matches!(
                v,
                "week"
                    | "weekend"
                    | "month"
                    | "year"
                    | "yesterday"
                    | "night"
                    | "morning"
                    | "afternoon"
                    | "evening"
            )
            || crate::temporal::lexicon::weekday_from_word(v).is_some()
            || crate::temporal::lexicon::month_from_word(v).is_some()
    };
    // "in the 1962 Cuban missile crisis": a year after a determiner modifies a noun.
    let year_modifies = at >= 2
        && word(at - 1).starts_with(|c: char| c.is_ascii_digit())
        && DETERMINERS.contains(&word(at - 2));
    if at < first + 4
        || !time_word(word(at - 1))
        || year_modifies
        || time_word(w)
        || crate::event::lexicon::PREPOSITIONS.contains(&w)
        || tokens[at].kind != TokenKind::Word
        || !w.bytes().all(|b| b.is_ascii_lowercase())
        || w.len() < 3
        || w.ends_with("ing")
        || w.ends_with("ly")
        || is_past(w)
        || FINITE_AUXILIARIES.contains(&w)
        || NOT_SUBJECT_WORDS.contains(&w)
        || DETERMINERS.contains(&w)
        || PARTICIPLE_PREPOSITIONS.contains(&w)
        || marker_kind(w).is_some()
        || matches!(
            w,
            "or" | "nor" | "than" | "ago" | "old" | "earlier" | "later"
        )
    {
        return None;
    }
    let plain = |k: usize| {
        tokens[k].kind != TokenKind::Punct
            && !FINITE_AUXILIARIES.contains(&word(k))
            && marker_kind(word(k)).is_none()
    };
    let participle = (first + 1..at - 1).find(|&k| is_past(word(k)))?;
    // A passive participle takes no object: a preposition or a time comes right after it
    // ("passed in 2017", "hired last week"), not a noun ("maintained extra security").
    let after = word(participle + 1);
    let passive = PARTICIPLE_PREPOSITIONS.contains(&after)
        || matches!(
            after,
            "last" | "this" | "earlier" | "yesterday" | "late" | "early"
        )
        || crate::temporal::lexicon::weekday_from_word(after).is_some();
    if !passive {
        return None;
    }
    let subject_ok = participle - first <= 4
        && (first..participle).all(|k| plain(k) && !NOT_SUBJECT_WORDS.contains(&word(k)));
    let phrase_ok = at - participle <= 7
        && (participle + 1..at)
            .all(|k| plain(k) && !is_past(word(k)) && !ZERO_THAT_VERBS.contains(&word(k)));
    (subject_ok && phrase_ok).then_some(participle)
}

/// Whether the complement clause that `starts` ends with (a verb of saying's content, with or
/// without "that") is over at token `at`, a finite auxiliary or a past form, together with the
/// restrictive relative clause whose verb it completes: "Officials *who said* the vote was
/// rigged *were arrested* on Monday", "Residents who said that the water had been cut off
/// protested". The relative opens with "who", "that" or "which" and no comma before it, its
/// verb of saying stands right before the complement, the complement has a finite verb of its
/// own before `at` (an auxiliary or a past form after at least one subject word), the word
/// before `at` is a plain word (no auxiliary, pronoun, preposition or adverb: "said the vote
/// was *widely* seen" goes on), and a past form at `at` is none of a verb group or a
/// participle on the noun before it (as in [`restrictive_relative_done`]).
fn reported_relative_done<'a>(
    word: &impl Fn(usize) -> &'a str,
    tokens: &[Token],
    starts: &[ClauseStart],
    at: usize,
) -> bool {
    let [.., (relative, ClauseKind::Relative, true), (complement, ClauseKind::Complement, _)] =
        *starts
    else {
        return false;
    };
    if relative == 0
        || word(relative - 1) == ","
        || !matches!(word(relative), "who" | "that" | "which")
        // the verb of saying right before the complement (which opens with "that", if any)
        || !ZERO_THAT_VERBS.contains(&word(complement - 1))
    {
        return false;
    }
    let subject = if word(complement) == "that" {
        complement + 1
    } else {
        complement
    };
    let has_verb = (subject + 1..at.saturating_sub(1))
        .any(|k| FINITE_AUXILIARIES.contains(&word(k)) || is_past(word(k)));
    // "sources who claimed it showed their tactic ... were paying off": a verb of the
    // complement that takes a clause of its own may own the verb at `at`.
    let nested = (subject + 1..at)
        .any(|k| ZERO_THAT_VERBS.contains(&word(k)) || CLAUSE_TAKING_VERBS.contains(&word(k)));
    let prev = word(at - 1);
    let plain = plain_word_before(word, tokens, at) && !NOT_BEFORE_MAIN_PAST.contains(&prev);
    // "the vote was rigged *resigned* on Monday": after a past form that closes the
    // complement's verb group, a past form is no participle on a noun.
    let main_past = FINITE_AUXILIARIES.contains(&word(at))
        || (!prev.ends_with("'s")
            && (is_past(prev) || !PARTICIPLE_PREPOSITIONS.contains(&word(at + 1))));
    has_verb && !nested && plain && main_past
}

/// Verbs besides [`ZERO_THAT_VERBS`] that take a clause without "that" ("it showed their
/// tactic was paying off", "found the vote was rigged").
const CLAUSE_TAKING_VERBS: &[&str] = &[
    "show",
    "shows",
    "showed",
    "shown",
    "find",
    "finds",
    "found",
    "mean",
    "means",
    "meant",
    "suggest",
    "suggests",
    "suggested",
    "know",
    "knows",
    "knew",
    "feel",
    "feels",
    "felt",
    "hope",
    "hopes",
    "hoped",
    "fear",
    "fears",
    "feared",
    "expect",
    "expects",
    "expected",
    "realize",
    "realized",
    "realise",
    "realised",
    "note",
    "notes",
    "noted",
    "warn",
    "warns",
    "warned",
    "told",
    "tells",
];

/// Words after which a past form is no main verb after a relative clause: parts of a verb
/// group ("asked not to be identified", "it has ever hosted") and adverbs.
const NOT_BEFORE_MAIN_PAST: &[&str] = &[
    "be", "been", "being", "to", "not", "never", "ever", "already", "also", "just", "still", "yet",
    "once", "recently", "since", "n't", "get", "got",
];

/// Prepositions after a past form that make it a participle on the noun before it: "the
/// hostages held in the residence", "offenders jailed for under a year" (a main verb before
/// them, "died in hospital", is left to the relative clause).
const PARTICIPLE_PREPOSITIONS: &[&str] = &[
    "by", "in", "at", "on", "for", "from", "with", "during", "under", "near", "into", "outside",
    "inside", "after", "before", "since", "until", "as", "over",
];

/// Verbs that take an object and a state of it: "which left 119 people wounded", "that made
/// the roads flooded": the past form after their object is that state.
const OBJECT_STATE_VERBS: &[&str] = &[
    "left", "leaves", "leave", "made", "makes", "make", "kept", "keeps", "keep", "found", "finds",
    "saw", "sees", "got", "gets", "had", "has", "have", "wanted", "wants", "needed", "needs",
];

/// Finite auxiliaries and modals that show a subject before them ("said more rain *is*
/// expected", "said prices *would* rise").
pub(crate) const FINITE_AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "will", "would", "could", "can", "may", "might", "should", "must",
    "has", "have", "had",
];

/// Whether a finite auxiliary follows token `i` within its next four words, with no
/// punctuation, preposition or marker before it: the words from `i` are then a subject.
fn finite_follows<'a>(word: &impl Fn(usize) -> &'a str, i: usize) -> bool {
    let stops = |w: &str| {
        w.is_empty()
            || !w.starts_with(|c: char| c.is_alphanumeric())
            || marker_kind(w).is_some()
            || FINITE_AUXILIARIES.contains(&w)
            || NOT_SUBJECT_WORDS.contains(&w)
    };
    if stops(word(i)) {
        return false;
    }
    for k in i + 1..i + 5 {
        let w = word(k);
        if FINITE_AUXILIARIES.contains(&w) {
            return true;
        }
        if stops(w) {
            return false;
        }
    }
    false
}

/// Past forms of common irregular verbs of news, which end in no "-ed".
const IRREGULAR_PASTS: &[&str] = &[
    "found", "took", "made", "went", "came", "left", "began", "won", "lost", "fell", "rose",
    "held", "met", "ran", "gave", "got", "saw", "told", "struck", "broke", "fled", "sent", "led",
    "shot", "spoke", "wrote", "stood", "sank", "flew", "drove", "threw", "caught", "brought",
    "bought", "sought", "fought", "built", "spent", "paid", "kept", "became", "grew", "knew",
    "swore", "seized", "overran", "withdrew",
];

/// Whether a short subject from token `i` (one to three words, none a preposition, marker or
/// auxiliary, not a number) is followed by a verb in the past: "after investigators found",
/// "before Congress voted", "until prosecutors dropped the case". One "of" after the
/// subject's first word joins two more words to it when `of_joins`: "after months of fighting
/// ended", "after thousands of people fled" (not after "as": "as part of an evacuation called
/// for by the embassy" is no clause).
fn past_follows<'a>(word: &impl Fn(usize) -> &'a str, i: usize, of_joins: bool) -> bool {
    let subject_word = |w: &str| {
        w.starts_with(|c: char| c.is_alphabetic())
            && marker_kind(w).is_none()
            && !FINITE_AUXILIARIES.contains(&w)
            && !NOT_SUBJECT_WORDS.contains(&w)
    };
    if !subject_word(word(i)) {
        return false;
    }
    let mut end = i + 4;
    let mut of = false;
    let mut k = i + 1;
    while k < end {
        let w = word(k);
        // Right after a determiner a word in -ed is no verb: "as head of the United Front".
        if is_past(w) && !DETERMINERS.contains(&word(k - 1)) {
            return true;
        }
        if w == "of" && of_joins && !of {
            of = true;
            end += 2;
        } else if !subject_word(w) {
            return false;
        }
        k += 1;
    }
    false
}

/// Words after which a word in -ed names or describes a thing: "the United Front".
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "this", "these", "those",
];

/// True for a verb form in the past: "found", "voted" (not "need", "speed").
fn is_past(w: &str) -> bool {
    IRREGULAR_PASTS.contains(&w) || (w.len() > 4 && w.ends_with("ed") && !w.ends_with("eed"))
}

/// Words that do not start or continue a subject after a verb of saying: prepositions,
/// negation, and the time words that belong to the saying ("said Monday", "said last week").
const NOT_SUBJECT_WORDS: &[&str] = &[
    "to",
    "in",
    "on",
    "at",
    "for",
    "of",
    "by",
    "from",
    "not",
    "also",
    "again",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "yesterday",
    "today",
    "tonight",
    "last",
    "this",
    "next",
    "earlier",
    "later",
    "late",
    "early",
    "recently",
];

fn marker_kind(word: &str) -> Option<ClauseKind> {
    MARKERS.iter().find(|(w, _)| *w == word).map(|&(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::super::{segment, Segmentation};
    use super::*;

    fn clauses(text: &str) -> Vec<(String, ClauseKind)> {
        let seg: Segmentation = segment(text, Span::new(0, text.len()), None);
        seg.clauses
            .iter()
            .map(|c| (c.span.slice(text).unwrap().to_string(), c.kind))
            .collect()
    }

    #[test]
    fn a_relative_clause_of_saying_and_a_reduced_relative_end_at_the_main_verb() {
        use ClauseKind::*;
        let pairs = |v: &[(&str, ClauseKind)]| -> Vec<(String, ClauseKind)> {
            v.iter().map(|&(s, k)| (s.to_string(), k)).collect()
        };
        assert_eq!(
            clauses("Officials who said the vote was rigged were arrested on Monday."),
            pairs(&[
                ("Officials", Main),
                ("who said", Relative),
                ("the vote was rigged", Complement),
                ("were arrested on Monday.", Main),
            ])
        );
        assert_eq!(
            clauses("The tax cuts passed in 2017 expire next year."),
            pairs(&[
                ("The tax cuts", Main),
                ("passed in 2017", Relative),
                ("expire next year.", Main),
            ])
        );
        // A verb with an object is the main verb; the year after "the" modifies a noun.
        for text in [
            "The authorities maintained extra security on Wednesday ahead of the holiday.",
            "It served in the 1962 Cuban missile crisis.",
        ] {
            assert_eq!(clauses(text), pairs(&[(text, Main)]));
        }
        // A verb of the complement that takes a clause may own the last verb.
        let got = clauses("Sources who claimed it showed the plan was working were pleased.");
        assert_eq!(
            got.last(),
            Some(&(
                "it showed the plan was working were pleased.".to_string(),
                Complement
            )),
            "{got:?}"
        );
    }

    #[test]
    fn a_complement_without_that() {
        use ClauseKind::*;
        for (text, complement) in [
            ("Officials said the plant closed.", "the plant closed."),
            ("He resigned, saying he was tired.", "he was tired."),
            (
                "Police said two men were arrested.",
                "two men were arrested.",
            ),
            (
                "Police said 20 people were arrested.",
                "20 people were arrested.",
            ),
            // Any subject, when a finite auxiliary follows it within four words.
            (
                "The weather service said more rain is expected.",
                "more rain is expected.",
            ),
            (
                "Analysts said oil prices would rise.",
                "oil prices would rise.",
            ),
            (
                "Officials said nothing would change.",
                "nothing would change.",
            ),
        ] {
            let got = clauses(text);
            assert_eq!(
                got.last(),
                Some(&(complement.to_string(), Complement)),
                "{text}"
            );
        }
        // An object, a time or a preposition after the verb opens nothing.
        for text in [
            "Officials said nothing.",
            "Officials said Monday.",
            "Officials said 10 days ago.",
            "Officials said in a statement it was over.",
            "Officials said Monday was a holiday.",
        ] {
            assert!(clauses(text).iter().all(|c| c.1 != Complement), "{text}");
        }
    }

    #[test]
    fn relative_temporal_and_participial() {
        use ClauseKind::*;
        let got = clauses("Morales, who took office in 2006, had previously refused to accept it.");
        assert_eq!(got[1], ("who took office in 2006,".to_string(), Relative));
        assert_eq!(got[2].1, Main);
        let got = clauses("Speaking hours after the incident at the airport, Morales sent greetings, asking that they unite.");
        let kinds: Vec<_> = got.iter().map(|c| c.1).collect();
        assert_eq!(kinds, [Participial, Main, Participial, Complement]);
        let got =
            clauses("It is a contrast to the previous three nights, when the two sides clashed.");
        assert_eq!(
            got[1],
            ("when the two sides clashed.".to_string(), Temporal)
        );
        let got = clauses("Protests began after the opposition alleged fraud.");
        assert_eq!(
            got[1],
            ("after the opposition alleged fraud.".to_string(), Temporal)
        );
        let got = clauses("They met that night.");
        assert_eq!(got.len(), 1);
    }

    #[test]
    fn a_temporal_clause_opens_at_any_subject_with_a_past_verb() {
        use ClauseKind::*;
        for (text, clause) in [
            (
                "Sousa was arrested after investigators found money.",
                "after investigators found money.",
            ),
            (
                "Sousa was arrested after Swiss investigators found money.",
                "after swiss investigators found money.",
            ),
            (
                "Prices rose as investors went on a buying spree.",
                "as investors went on a buying spree.",
            ),
            (
                "The vote was delayed until prosecutors had finished.",
                "until prosecutors had finished.",
            ),
            // A subject with "of" in it.
            (
                "Aid resumed after months of fighting ended.",
                "after months of fighting ended.",
            ),
            (
                "The border closed after thousands of people fled.",
                "after thousands of people fled.",
            ),
        ] {
            let got = clauses(text);
            assert_eq!(
                got.last().map(|(t, k)| (t.to_lowercase(), *k)),
                Some((clause.to_string(), Temporal)),
                "{text}"
            );
        }
        // A time, a noun phrase or a participle after the marker opens nothing.
        for text in [
            "They met hours after dinner.",
            "Kyodo quoted the minister as saying talks were over.",
            "The talks ended after midnight.",
            "They left after 2006 ended.",
            "Aid resumed after months of fighting.",
            "He was willing to quit as head of the United Front alliance to avoid elections.",
            "Six Japanese left Kinshasa as part of an evacuation called for by the embassy.",
        ] {
            assert!(clauses(text).iter().all(|c| c.1 != Temporal), "{text}");
        }
    }
}
