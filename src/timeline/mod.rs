//! The output model: documents, events in timeline order, relations, conflicts.
//!
//! Every type here is plain data that serialises deterministically (fields in declaration
//! order, lists in a defined order, times as `YYYY-MM-DDTHH:MM` strings), so that
//! `insta::assert_yaml_snapshot!(timeline)` is stable. `docs/timeline-format.md` documents
//! each field.

mod build;
mod id;
mod text;

use serde::Serialize;

pub use build::{
    build, involves, reconstruct, reconstruct_about, reconstruct_with, Answer, End, Entailed, Item,
    Reconstruction, Verdict,
};
pub use id::{EventId, RelationId};
pub use text::Text;

use crate::event::{EventClass, Status};
use crate::relation::{RelationKind, Sieve};
use crate::temporal::Granularity;
use crate::Span;

/// The format tag written at the top of every timeline.
pub const FORMAT: &str = "tempora/1";

/// A reconstructed timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Timeline {
    /// Always [`FORMAT`].
    pub format: &'static str,
    /// The articles it was built from.
    pub documents: Vec<DocumentInfo>,
    /// Events in timeline order.
    pub events: Vec<TimelineEvent>,
    /// Relations between events, as found in the text (dropped ones excluded).
    pub relations: Vec<TimelineRelation>,
    /// Statements that contradict each other.
    pub conflicts: Vec<Conflict>,
    /// Weaker readings dropped because they contradicted stronger ones.
    pub dropped: Vec<Dropped>,
    /// Pairs of events the text leaves unordered (neither is entailed to end before the other
    /// starts), among events at most [`UNORDERED_WINDOW`] places apart in the order, in order,
    /// at most [`UNORDERED_CAP`] pairs.
    pub unordered: Vec<[EventId; 2]>,
}

/// How far apart in the order two events may be for [`Timeline::unordered`] to list them.
pub const UNORDERED_WINDOW: usize = 3;
/// The most pairs [`Timeline::unordered`] lists.
pub const UNORDERED_CAP: usize = 500;

/// One source article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocumentInfo {
    /// Its identifier.
    pub id: String,
    /// Its headline.
    pub title: String,
    /// Its publish date, `YYYY-MM-DD`.
    pub published: String,
    /// The path or name it was read from.
    pub source: Option<String>,
}

/// One event of the timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimelineEvent {
    /// `e1`, `e2`, ... in order of first mention.
    pub id: EventId,
    /// The words that name it.
    pub trigger: String,
    /// Who did what, in the text's words.
    pub summary: String,
    /// Whether it happened, as told.
    pub status: Status,
    /// TimeML class.
    pub class: EventClass,
    /// The subject, when the text gives one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub who: Option<String>,
    /// A named place, when the text gives one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// When it happened, as far as the text tells.
    pub when: When,
    /// How it stands to the event listed before it.
    pub follows_previous: Sequence,
    /// The other words the text names this happening by, when it tells it more than once
    /// ("earthquake", "quake", "disaster" for "struck"): the distinct triggers of the merged
    /// mentions, in text order (docs/decisions.md, *One happening told many ways*).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub told_as: Vec<String>,
    /// Where the text says so.
    pub evidence: Vec<Evidence>,
}

/// How an event stands to the one listed before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Sequence {
    /// The first event of the timeline.
    First,
    /// The text entails that the previous event ended before this one started.
    Entailed,
    /// The text leaves the two unordered; this position is a tie-break (earliest bound, then
    /// text order).
    Unordered,
}

/// When an event happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct When {
    /// TIMEX3 value of the tightest calendar unit holding both bounds (`2019-11-08`, `2019-11`,
    /// `2006`), or `PAST_REF` / `FUTURE_REF` / `XXXX` when one or both sides are open.
    pub value: String,
    /// How precise `value` is.
    pub granularity: Granularity,
    /// Earliest start, `YYYY-MM-DDTHH:MM`, or null when unbounded.
    pub earliest: Option<String>,
    /// Latest end, `YYYY-MM-DDTHH:MM`, or null when unbounded.
    pub latest: Option<String>,
    /// Earliest end, given when exactly one of `earliest` and `latest` is known and the end
    /// has a floor of its own. With `latest` known the end lies in `[earliest_end, latest]`:
    /// "Accepted an offer hours before returning on Friday morning" ended between Thursday
    /// 06:01 and Friday 10:59, though when it began is open. With `earliest` known the event
    /// goes on to `earliest_end` or longer, a later day than `earliest` and no earlier than
    /// `latest_start`: "will stay closed until at least August 24", "have been blocking the
    /// highway since March 2" (going on when published).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub earliest_end: Option<String>,
    /// Latest start, given only when `latest` is open and `earliest` known: then the start
    /// lies in `[earliest, latest_start]`, as for a state that began between two dates and
    /// goes on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub latest_start: Option<String>,
    /// The time phrase that dates it directly, if any ("on Friday").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// How that phrase was resolved, or how the bounds were derived.
    pub rule: String,
    /// The anchor of the resolution.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub anchor: Option<Text>,
    /// The assumption made, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assumption: Option<String>,
    /// The statements that give the earliest bound, strongest reason first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub earliest_because: Vec<Text>,
    /// The statements that give the latest bound.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub latest_because: Vec<Text>,
    /// The statements that give `earliest_end`, when it is shown.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub earliest_end_because: Vec<Text>,
    /// The statements that give `latest_start`, when it is shown.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub latest_start_because: Vec<Text>,
}

/// A quoted piece of a source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Evidence {
    /// The document's id.
    pub document: Text,
    /// `[start, end)` byte offsets into the document's source file.
    pub span: Span,
    /// The source's bytes `start..end`.
    pub quote: Text,
}

/// A relation between two events of the timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimelineRelation {
    /// `r1`, `r2`, ...
    pub id: RelationId,
    /// Event A.
    pub source: EventId,
    /// What A is to B.
    pub kind: RelationKind,
    /// Event B.
    pub target: EventId,
    /// Least and greatest minutes from the end of A to the start of B, when stated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minutes: Option<[i64; 2]>,
    /// The sieve it came from.
    pub sieve: Sieve,
    /// The rule.
    pub rule: String,
    /// The text that says so.
    pub evidence: Evidence,
}

/// Statements that cannot all be true.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Conflict {
    /// What they say, each with its evidence.
    pub statements: Vec<Statement>,
    /// The sentences those statements come from, in text order.
    pub sentences: Vec<Evidence>,
    /// The statement tempora left out to keep the rest consistent (the last one read).
    pub dropped: Text,
    /// Statements of a long contradiction left out of `statements` (which keeps the six at
    /// each end); absent when none were.
    #[serde(skip_serializing_if = "is_zero")]
    pub omitted: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// A relation dropped because stronger statements contradict it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Dropped {
    /// The dropped statement.
    pub statement: Statement,
    /// The stronger statements it contradicts.
    pub contradicts: Vec<Statement>,
    /// Statements of a long contradiction left out of `contradicts` (which keeps the six at
    /// each end); absent when none were.
    #[serde(skip_serializing_if = "is_zero")]
    pub omitted: usize,
}

/// One statement of the text, as used in the graph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Statement {
    /// What it says.
    pub says: Text,
    /// The ids of the events it is about.
    pub events: Vec<EventId>,
    /// Where.
    pub evidence: Evidence,
}
