//! Temporal expressions: recognise time phrases with a nom grammar, then resolve them.
//!
//! Two steps, two types. [`recognize`] scans each sentence at word starts, runs the grammar
//! ([`grammar::parse`], longest match wins) and checks the context of weak matches (a bare
//! "2006" must follow "in", "since", ... or end a phrase; "May" must follow a preposition).
//! Each hit is a [`Mention`] holding an unresolved [`TimeExpr`]. [`resolve()`] then places it
//! on the calendar against an [`Anchor`] (publish date, clause tense, previous time) and
//! returns a [`TimeValue`] whose [`Trace`] says which rule fired and why.
//!
//! The grammar, informally (each line is a production named in the output's `rule`):
//!
//! ```text
//! date      := <month> <day> [, <year>] | <day> [of] <month> [<year>] | <month> [of] <year>
//!            | <year> | <month> | the <decade>s
//! weekday   := [last|next|this|coming] <weekday> [<part of day>]
//! deictic   := today | tonight | yesterday [<part>] | tomorrow [<part>] | this <part>
//!            | last night | last|next|this <unit> | last|next|this <month> | <amount> <unit> ago
//! anaphora  := the following|next|previous|preceding [<number>] <unit>
//!            | <amount> <unit> later|earlier | the <unit> before|after | that|the same <unit>
//! relative  := [<amount>] <unit> after|before <event noun phrase>
//! duration  := <amount> <unit> | <number>-<unit> | the past <amount> <unit>
//! time      := <hour>[:<minute>] a.m.|p.m. | noon | midnight
//! vague     := now | currently | recently | the past | the future
//! discourse := Later, | Earlier, | Then,            (orders events; not a TIMEX)
//! ```
//!
//! Worked examples at publish date Sunday 2019-11-10: "on Friday" in a past-tense clause →
//! `2019-11-08`; "the October 20 vote" → `2019-10-20`; "the previous three nights" →
//! 2019-11-07 18:00 to 2019-11-10 05:59 (`P3D`); "hours after the incident" → between 1 and
//! 23 h 59 after the incident, no date.

pub mod grammar;
pub mod lexicon;

mod expr;
mod resolve;
mod value;

pub use expr::{Amount, Direction, Recurrence, Shift, TimeExpr, Vague, YearPart};
pub use resolve::{resolve, Anchor, Profile, Reference, ResolveError};
pub use value::{
    day_end, day_start, AnchorUsed, Granularity, Modifier, Offset, Tense, TimeValue, TimexType,
    Trace,
};

use crate::segment::{Segmentation, TokenKind};
use crate::Span;

/// A time phrase found in the text, not yet resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Where it is.
    pub span: Span,
    /// What it says.
    pub expr: TimeExpr,
    /// The grammar rule that recognised it.
    pub rule: &'static str,
    /// Index of its sentence.
    pub sentence: usize,
    /// Index of its clause.
    pub clause: usize,
}

/// Words after which a bare year or month is a time ("in 2006", "since May").
const TIME_PREPOSITIONS: &[&str] = &[
    "in",
    "since",
    "until",
    "till",
    "by",
    "from",
    "to",
    "of",
    "during",
    "through",
    "before",
    "after",
    "early",
    "late",
    "mid",
    "last",
    "next",
    "this",
    "and",
    "between",
    "around",
    "for",
    "on",
    "circa",
    "throughout",
    "year",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
];

/// Words after which "a day", "a week" is a length of time.
const DURATION_LEAD: &[&str] = &[
    "for", "within", "over", "about", "nearly", "almost", "than", "just", "only", "once", "in",
];

/// Words after which "the spring", "the summer" are seasons.
const SEASON_PREPOSITIONS: &[&str] = &[
    "in",
    "during",
    "by",
    "until",
    "till",
    "since",
    "through",
    "throughout",
    "over",
    "into",
    "before",
    "after",
    "early",
    "late",
    "mid",
    "this",
    "for",
];

/// Words after which a bare plural unit is a length of time ("for years", "took weeks").
const PLURAL_LEAD: &[&str] = &[
    "for", "within", "over", "in", "than", "took", "lasted", "spent", "last", "lasting", "after",
    "before", "past", "recent",
];

/// Words that can start a time phrase besides numbers and lexicon words.
const OTHER_STARTS: &[&str] = &[
    "the",
    "a",
    "an",
    "last",
    "next",
    "this",
    "coming",
    "past",
    "today",
    "tonight",
    "tomorrow",
    "yesterday",
    "that",
    "later",
    "earlier",
    "afterwards",
    "afterward",
    "then",
    "previously",
    "now",
    "currently",
    "nowadays",
    "recently",
    "noon",
    "midnight",
    "several",
    "few",
    "many",
    "mid",
    "early",
    "late",
    "about",
    "around",
    "approximately",
    "roughly",
    "some",
    "nearly",
    "almost",
    "less",
    "fewer",
    "under",
    "more",
    "over",
    "at",
    "up",
    "no",
    "end",
    "beginning",
    "every",
    "each",
    "once",
    "twice",
    "its",
    "their",
    "fiscal",
    "these",
    "recent",
    "current",
    "coming",
    "future",
    "midday",
    "year",
    "comparable",
    "corresponding",
    "formerly",
];

fn could_start(token: &str) -> bool {
    use lexicon::*;
    // A hyphenated or possessive token starts with its first part: "third-quarter",
    // "mid-november", "friday's".
    let word = token.split(['-', '\'', '\u{2019}']).next().unwrap_or(token);
    let singular = word.strip_suffix('s').unwrap_or(word);
    word.starts_with(|c: char| c.is_ascii_digit())
        || OTHER_STARTS.contains(&word)
        || lookup(MONTHS, word).is_some()
        || lookup(WEEKDAYS, word).is_some()
        || lookup(WEEKDAYS, singular).is_some()
        || lookup(UNITS, word).is_some()
        || lookup(NUMBER_WORDS, word).is_some()
        || lookup(SEASONS, word).is_some()
        || lookup(SET_ADVERBS, word).is_some()
        || lookup(PART_ORDINALS, word).is_some()
        || lookup(ORDINAL_WORDS, word).is_some()
        || lookup(VAGUE_WORDS, word).is_some()
        || lookup(WEEKDAY_ABBREVIATIONS, word).is_some()
}

/// Words before a weekday that make it part of a name: "Man Friday", "Girl Friday".
const NAME_BEFORE_WEEKDAY: &[&str] = &["man", "girl"];

/// Nouns after a weekday that make it an attribute, not a time: "Sunday school", "the
/// Sunday Times", "a Sunday dress".
const NOUNS_AFTER_WEEKDAY: &[&str] = &[
    "school",
    "schools",
    "times",
    "best",
    "dress",
    "dresses",
    "paper",
    "papers",
    "edition",
    "editions",
    "league",
    "supplement",
    "magazine",
    "telegraph",
    "express",
    "mirror",
    "herald",
    "service",
    "services",
    "mass",
    "lunch",
    "roast",
    "driver",
    "drivers",
    "golfer",
];

/// Words after which a lone year is a number, not a time: "flight number 2019".
const NUMBER_CONTEXT: &[&str] = &[
    "number",
    "no",
    "was",
    "is",
    "were",
    "are",
    "room",
    "flight",
    "code",
    "page",
    "route",
    "highway",
    "interstate",
    "model",
    "version",
    "chapter",
    "section",
    "article",
    "bill",
    "call",
    "score",
    "total",
];

/// True when the match is part of a name or an attribute rather than a time, judged by the
/// capitals of the original text and small word tables.
fn is_name(text: &str, seg: &Segmentation, t: usize, sentence_start: usize, span: Span) -> bool {
    let phrase = &seg.lower[span.start..span.end];
    let first = phrase
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let prev = (t > sentence_start).then(|| seg.lower_of(seg.tokens[t - 1].span));
    let next_token = seg.tokens.get(seg.token_at(span.end));
    let next = next_token.map(|tk| seg.lower_of(tk.span)).unwrap_or("");
    let next_capital = next_token
        .and_then(|tk| text[tk.span.start..].chars().next())
        .is_some_and(char::is_uppercase);
    let is_weekday = lexicon::weekday_from_word(first).is_some();
    if is_weekday {
        if prev.is_some_and(|p| NAME_BEFORE_WEEKDAY.contains(&p)) {
            return true;
        }
        if phrase == first && NOUNS_AFTER_WEEKDAY.contains(&next) {
            return true;
        }
        // "a Sunday dress", "the Monday meeting" is a time, but "the Sunday Times" a name.
        if phrase == first && prev.is_some_and(|p| matches!(p, "a" | "an")) {
            return next_token.is_some_and(|tk| tk.kind == TokenKind::Word);
        }
    }
    // A capitalised part of the day, season or frequency word inside a sentence, followed by
    // another capitalised word, is a title: "Friday Night Lights", "The Daily Mail".
    let inner_capital = text[span.start..span.end]
        .split(|c: char| !c.is_alphanumeric())
        .skip(usize::from(is_weekday))
        .filter(|w| !w.is_empty())
        .any(|w| {
            let lw = w.to_ascii_lowercase();
            w.starts_with(char::is_uppercase)
                && (lexicon::lookup(lexicon::PARTS_OF_DAY, &lw).is_some()
                    || lexicon::lookup(lexicon::SET_ADVERBS, &lw).is_some()
                    || lexicon::lookup(lexicon::SEASONS, &lw).is_some())
        });
    let at_sentence_start = t == sentence_start;
    if inner_capital && next_capital && !(at_sentence_start && !is_weekday && phrase == first) {
        return true;
    }
    false
}

/// Finds the time phrases of every sentence.
///
/// ```
/// use tempora::{segment::segment, temporal::recognize, Span};
/// let text = "Police clashed on Friday, after the October 20 vote. Later, they left.";
/// let seg = segment(text, Span::new(0, text.len()), None);
/// let found: Vec<_> = recognize(&seg).iter().map(|m| &text[m.span.start..m.span.end]).collect();
/// assert_eq!(found, ["Friday", "October 20", "Later"]);
/// ```
pub fn recognize(seg: &Segmentation) -> Vec<Mention> {
    recognize_cased(None, seg)
}

/// [`recognize`] with the original text at hand, so that capitals can tell names from times:
/// "the Sunday Times", "Friday Night Lights", "The Daily Mail" are not times.
///
/// ```
/// use tempora::{segment::segment, temporal::recognize_in, Span};
/// let text = "She starred in Friday Night Lights on Friday.";
/// let seg = segment(text, Span::new(0, text.len()), None);
/// let found: Vec<_> = recognize_in(text, &seg).iter().map(|m| &text[m.span.start..m.span.end]).collect();
/// assert_eq!(found, ["Friday"]);
/// ```
pub fn recognize_in(text: &str, seg: &Segmentation) -> Vec<Mention> {
    recognize_cased(Some(text), seg)
}

fn recognize_cased(text: Option<&str>, seg: &Segmentation) -> Vec<Mention> {
    let mut out = Vec::new();
    for (si, sentence) in seg.sentences.iter().enumerate() {
        let mut t = sentence.tokens.start;
        while t < sentence.tokens.end {
            let token = seg.tokens[t];
            if token.kind == TokenKind::Punct {
                t += 1;
                continue;
            }
            let word = seg.lower_of(token.span);
            if token.kind == TokenKind::Word && !could_start(word) {
                t += 1;
                continue;
            }
            let input = &seg.lower[token.span.start..sentence.span.end];
            let Some(parsed) = grammar::parse(input) else {
                t += 1;
                continue;
            };
            let span = Span::new(token.span.start, token.span.start + parsed.len);
            if !context_ok(seg, t, sentence.tokens.start, &parsed, span)
                || text.is_some_and(|text| is_name(text, seg, t, sentence.tokens.start, span))
            {
                t += 1;
                continue;
            }
            let clause = seg.clause_at(span.start).unwrap_or(sentence.clauses.start);
            out.push(Mention {
                span,
                expr: parsed.expr,
                rule: parsed.rule,
                sentence: si,
                clause,
            });
            while t < sentence.tokens.end && seg.tokens[t].span.start < span.end {
                t += 1;
            }
        }
    }
    out
}

/// Context checks for weak matches.
fn context_ok(
    seg: &Segmentation,
    t: usize,
    sentence_start: usize,
    parsed: &grammar::Parsed,
    span: Span,
) -> bool {
    let prev = (t > sentence_start).then(|| seg.lower_of(seg.tokens[t - 1].span));
    let after = &seg.lower[span.end..];
    let next_is_punct_or_end = after.trim_start().is_empty()
        || after.starts_with(|c: char| {
            matches!(c, '.' | ',' | ';' | ':' | ')' | '?' | '!' | '"' | '\'')
        });
    match parsed.rule {
        "<year>" => {
            prev.is_some_and(|p| TIME_PREPOSITIONS.contains(&p))
                || (next_is_punct_or_end && !prev.is_some_and(|p| NUMBER_CONTEXT.contains(&p)))
        }
        "<month>" => prev.is_some_and(|p| {
            TIME_PREPOSITIONS.contains(&p)
                && !(seg.lower[span.start..span.end].starts_with("may")
                    && (p == "to" || p == "and"))
        }),
        // "drank from the spring": a season with an article needs a preposition of time.
        "the <season>" => prev.is_some_and(|p| SEASON_PREPOSITIONS.contains(&p)),
        // "person of the year".
        "the [latest] <unit>" => prev != Some("of"),
        // Decades in words only after "the" (handled by the grammar) or a modifier.
        "<decade in words>" => false,
        "a <unit>" => prev.is_some_and(|p| DURATION_LEAD.contains(&p)),
        "<season>" => prev.is_some_and(|p| TIME_PREPOSITIONS.contains(&p)),
        "<unit>s" => prev.is_some_and(|p| PLURAL_LEAD.contains(&p)),
        // "52 years old" is an age.
        "<amount> <unit>" => !after.trim_start().starts_with("old"),
        "<number>-<unit>-old" => false,
        // "Later," only opens a sentence or a clause.
        "Later|Earlier|Then, <clause>" => {
            prev.is_none() || prev.is_some_and(|p| matches!(p, ";" | "and" | "but" | "-"))
        }
        _ => true,
    }
}

/// One time phrase of a text, explained: where it is, how it parsed, how it resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explanation {
    /// Where the phrase is in the text explained.
    pub span: Span,
    /// The grammar rule.
    pub rule: &'static str,
    /// The unresolved value.
    pub expr: TimeExpr,
    /// The resolution, or why there is none.
    pub value: Result<TimeValue, ResolveError>,
}

impl Explanation {
    /// The explanation as `tempora explain` prints it: the phrase, the grammar rule, the
    /// parse, the value with its bounds, and the trace (resolution rule, anchor, tense,
    /// assumption, alternative). `text` is the text that was explained.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use tempora::temporal::{explain, Anchor};
    /// let anchor = Anchor::news(NaiveDate::from_ymd_opt(2019, 11, 10).unwrap());
    /// let out = explain("yesterday", &anchor)[0].render("yesterday");
    /// assert!(out.contains("value:       2019-11-09 (DATE)"));
    /// ```
    pub fn render(&self, text: &str) -> String {
        use std::fmt::Write as _;
        let mut out = String::new();
        let phrase = text.get(self.span.start..self.span.end).unwrap_or("");
        let _ = writeln!(out, "phrase:      {phrase}");
        if self.span.len() < text.trim().len() {
            let _ = writeln!(
                out,
                "position:    bytes {}..{} of the input",
                self.span.start, self.span.end
            );
        }
        let _ = writeln!(out, "grammar:     {}", self.rule);
        let _ = writeln!(out, "parsed:      {:?}", self.expr);
        match &self.value {
            Ok(v) => {
                let kind = match v.kind {
                    TimexType::Date => "DATE",
                    TimexType::Time => "TIME",
                    TimexType::Duration => "DURATION",
                    TimexType::Set => "SET",
                };
                let _ = writeln!(out, "value:       {} ({kind})", v.value);
                if let Some(m) = v.modifier {
                    let _ = writeln!(out, "mod:         {}", m.as_str());
                }
                let _ = writeln!(out, "granularity: {}", plain(&v.granularity));
                let show = |t: Option<chrono::NaiveDateTime>| {
                    t.map_or("unbounded".to_string(), |t| {
                        t.format("%Y-%m-%dT%H:%M").to_string()
                    })
                };
                let _ = writeln!(out, "earliest:    {}", show(v.earliest));
                let _ = writeln!(out, "latest:      {}", show(v.latest));
                if let Some(o) = v.offset {
                    let _ = writeln!(
                        out,
                        "offset:      {} to {} minutes {} the anchor",
                        o.min_minutes,
                        o.max_minutes,
                        plain(&o.direction)
                    );
                }
                let _ = writeln!(out, "resolution:  {}", v.trace.resolution);
                let _ = writeln!(out, "anchor:      {}", v.trace.anchor);
                let _ = writeln!(out, "tense:       {}", plain(&v.trace.tense));
                if let Some(a) = &v.trace.assumption {
                    let _ = writeln!(out, "assumption:  {a}");
                }
                if let Some(a) = &v.trace.alternative {
                    let _ = writeln!(out, "alternative: {a}");
                }
            }
            Err(e) => {
                let _ = writeln!(out, "unresolved:  {e}");
            }
        }
        out
    }
}

/// A serde enum's name as written in the output ("past", "day").
fn plain<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// Finds and resolves every time phrase of `text` against `anchor` (the tense given there
/// applies to all of them), for `tempora explain`.
///
/// ```
/// use chrono::NaiveDate;
/// use tempora::temporal::{explain, Anchor, Tense};
/// let anchor = Anchor { tense: Tense::Past, ..Anchor::news(NaiveDate::from_ymd_opt(2019, 11, 10).unwrap()) };
/// let found = explain("on Friday", &anchor);
/// assert_eq!(found.len(), 1);
/// assert_eq!(found[0].value.as_ref().unwrap().value, "2019-11-08");
/// ```
pub fn explain(text: &str, anchor: &Anchor) -> Vec<Explanation> {
    let seg = crate::segment::segment(text, Span::new(0, text.len()), None);
    recognize_in(text, &seg)
        .into_iter()
        .map(|m| {
            let value = resolve(&m.expr, m.rule, anchor);
            Explanation {
                span: m.span,
                rule: m.rule,
                expr: m.expr,
                value,
            }
        })
        .collect()
}
