//! Claims about the order of events, checked against a [`Reconstruction`].
//!
//! A claim names events by words of their trigger or summary and relates them:
//! `clashed before shaking hands`, `incident after speaking`, `meeting during the summit`,
//! `defiant on November 8, 2019`, `took office between 2005-01-01 and 2007-12-31`. The answer
//! is *entailed* (every reading of the text makes it true), *contradicted* (none does) or
//! *unknown*, with the chain of statements that decides it. When a name fits several events,
//! the candidates are listed; the claim is decided only if all best candidates agree.

use chrono::NaiveDate;
use serde::Serialize;

use crate::document::parse_date;
use crate::temporal::{day_end, day_start};
use crate::timeline::{Answer, Reconstruction, Statement, TimelineEvent, Verdict};

/// How the claim relates its subject to its object.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Relation {
    /// The subject ended before the object started.
    Before(String),
    /// The subject started after the object ended.
    After(String),
    /// The subject lies within the object.
    During(String),
    /// The subject happened on that day.
    On(NaiveDate),
    /// The subject happened within those days (inclusive).
    Between(NaiveDate, NaiveDate),
}

/// A parsed claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Claim {
    /// The claim as written.
    pub text: String,
    /// Words naming the first event.
    pub subject: String,
    /// What is said of it.
    pub relation: Relation,
}

/// Why a claim could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ClaimError {
    /// No relation word.
    #[error("{0:?}: expected `A before B`, `A after B`, `A during B`, `A on DATE` or `A between DATE and DATE`")]
    NoRelation(String),
    /// A side is empty.
    #[error("{0:?}: the event on each side needs at least one word")]
    Empty(String),
    /// A date that cannot be read.
    #[error("{claim:?}: {date:?} is not a date ({reason})")]
    BadDate {
        /// The claim.
        claim: String,
        /// The date text.
        date: String,
        /// Why.
        reason: String,
    },
}

/// Parses a claim.
///
/// ```
/// use tempora::check::{parse_claim, Relation};
/// let c = parse_claim("clashed before shaking hands").unwrap();
/// assert_eq!(c.subject, "clashed");
/// assert_eq!(c.relation, Relation::Before("shaking hands".into()));
/// ```
pub fn parse_claim(text: &str) -> Result<Claim, ClaimError> {
    let claim = text.trim();
    let lower = claim.to_ascii_lowercase();
    let words: Vec<(usize, &str)> = word_offsets(&lower);
    let date = |s: &str| -> Result<NaiveDate, ClaimError> {
        parse_date(s.trim()).map_err(|e| ClaimError::BadDate {
            claim: claim.to_string(),
            date: s.trim().to_string(),
            reason: e.to_string(),
        })
    };
    for &(at, w) in &words {
        let (subject, rest) = (claim[..at].trim(), claim[at + w.len()..].trim());
        let relation = match w {
            "before" => Relation::Before(rest.to_string()),
            "after" => Relation::After(rest.to_string()),
            "during" => Relation::During(rest.to_string()),
            "on" if date(rest).is_ok() => Relation::On(date(rest)?),
            "between" => {
                let lower_rest = rest.to_ascii_lowercase();
                let Some(and) = lower_rest.find(" and ") else {
                    continue;
                };
                Relation::Between(date(&rest[..and])?, date(&rest[and + 5..])?)
            }
            _ => continue,
        };
        if subject.is_empty()
            || matches!(&relation, Relation::Before(o) | Relation::After(o) | Relation::During(o) if o.is_empty())
        {
            return Err(ClaimError::Empty(claim.to_string()));
        }
        return Ok(Claim {
            text: claim.to_string(),
            subject: subject.to_string(),
            relation,
        });
    }
    Err(ClaimError::NoRelation(claim.to_string()))
}

fn word_offsets(s: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                out.push((st, &s[st..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(st) = start {
        out.push((st, &s[st..]));
    }
    out
}

/// An event a name may refer to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Candidate {
    /// The event id.
    pub id: String,
    /// Its trigger.
    pub trigger: String,
    /// Its summary.
    pub summary: String,
    /// The other words the text names it by ([`TimelineEvent::told_as`]).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub told_as: Vec<String>,
}

/// How a name of the claim was matched.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Resolved {
    /// The words of the claim.
    pub name: String,
    /// The best-matching events (several when the name is ambiguous).
    pub best: Vec<Candidate>,
    /// Other events the name also fits.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<Candidate>,
}

/// The answer to one claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    /// The claim as written.
    pub claim: String,
    /// Entailed, contradicted or unknown.
    pub answer: Verdict,
    /// How the subject was matched.
    pub subject: Resolved,
    /// How the object was matched, for event–event claims.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<Resolved>,
    /// The statements that decide it.
    pub because: Vec<Statement>,
    /// Why the answer is unknown, when that is not just "the text does not say".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

const STOPWORDS: &[&str] = &[
    "the", "a", "an", "of", "to", "in", "on", "at", "with", "his", "her", "their", "its", "by",
    "for",
];

/// Words of a name, lower case, without stop words; long words cut to a 5-letter stem so that
/// "clash" finds "clashed" and "speaking" finds "Speaking".
fn stems(name: &str) -> Vec<String> {
    let lower = name.to_lowercase();
    word_offsets(&lower)
        .into_iter()
        .map(|(_, w)| w)
        .filter(|w| !STOPWORDS.contains(w))
        .map(|w| w.chars().take(5).collect())
        .collect()
}

fn contains_stem(text: &str, stem: &str) -> bool {
    let lower = text.to_lowercase();
    word_offsets(&lower)
        .iter()
        .any(|(_, w)| w.starts_with(stem))
}

/// Events whose trigger (or another word the text names it by), summary or subject holds
/// every word of `name`, best first.
fn resolve_name(events: &[TimelineEvent], name: &str) -> Resolved {
    let stems = stems(name);
    let mut scored: Vec<(usize, &TimelineEvent)> = events
        .iter()
        .filter_map(|e| {
            let mut score = 0;
            for s in &stems {
                if contains_stem(&e.trigger, s) || e.told_as.iter().any(|t| contains_stem(t, s)) {
                    score += 2;
                } else if contains_stem(&e.summary, s)
                    || e.who.as_deref().is_some_and(|w| contains_stem(w, s))
                {
                    score += 1;
                } else {
                    return None;
                }
            }
            (!stems.is_empty()).then_some((score, e))
        })
        .collect();
    // Best score first; then by id number, for a stable order.
    let num = |e: &TimelineEvent| e.id.index();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(num(a.1).cmp(&num(b.1))));
    let top = scored.first().map_or(0, |s| s.0);
    let cand = |e: &TimelineEvent| Candidate {
        id: e.id.to_string(),
        trigger: e.trigger.clone(),
        summary: e.summary.clone(),
        told_as: e.told_as.clone(),
    };
    Resolved {
        name: name.to_string(),
        best: scored
            .iter()
            .filter(|s| s.0 == top)
            .map(|s| cand(s.1))
            .collect(),
        also: scored
            .iter()
            .filter(|s| s.0 < top)
            .map(|s| cand(s.1))
            .collect(),
    }
}

/// Checks a claim against a reconstruction.
pub fn check(rec: &Reconstruction, claim: &Claim) -> Report {
    let events = &rec.timeline.events;
    let subject = resolve_name(events, &claim.subject);
    let object = match &claim.relation {
        Relation::Before(o) | Relation::After(o) | Relation::During(o) => {
            Some(resolve_name(events, o))
        }
        _ => None,
    };
    let mut report = Report {
        claim: claim.text.clone(),
        answer: Verdict::Unknown,
        subject,
        object,
        because: Vec::new(),
        note: None,
    };
    if report.subject.best.is_empty() || report.object.as_ref().is_some_and(|o| o.best.is_empty()) {
        let missing = if report.subject.best.is_empty() {
            &report.subject.name
        } else {
            &report
                .object
                .as_ref()
                .map(|o| o.name.clone())
                .unwrap_or_default()
        };
        report.note = Some(format!("no event matches {missing:?}"));
        return report;
    }
    let ask = |a: &str, b: Option<&str>| -> Answer {
        match (&claim.relation, b) {
            (Relation::Before(_), Some(b)) => rec.before(a, b),
            (Relation::After(_), Some(b)) => rec.before(b, a),
            (Relation::During(_), Some(b)) => rec.during(a, b),
            (Relation::On(d), _) => rec.within(a, day_start(*d), day_end(*d)),
            (Relation::Between(x, y), _) => rec.within(a, day_start(*x), day_end(*y)),
            _ => Answer {
                verdict: Verdict::Unknown,
                because: Vec::new(),
            },
        }
    };
    let mut answers = Vec::new();
    for s in &report.subject.best {
        match &report.object {
            Some(o) => {
                for t in &o.best {
                    if t.id != s.id {
                        answers.push(ask(&s.id, Some(&t.id)));
                    }
                }
            }
            None => answers.push(ask(&s.id, None)),
        }
    }
    let Some(first) = answers.first().cloned() else {
        report.note = Some("both names match the same event".into());
        return report;
    };
    if answers.iter().all(|a| a.verdict == first.verdict) {
        report.answer = first.verdict;
        report.because = first.because;
    } else {
        report.note =
            Some("the names fit several events and the answers differ between them".into());
    }
    report
}
