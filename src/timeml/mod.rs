//! Reading and writing TimeML 1.2 documents as used by TempEval-3.
//!
//! [`parse_timeml`] turns a `.tml` document into a [`TimemlDocument`]: the document id, the
//! creation date (DCT), the plain text of `<TEXT>` (tags removed, entities decoded) and the gold
//! annotations inside it — `TIMEX3` and `EVENT` elements with byte [`Span`]s into that text —
//! plus the `MAKEINSTANCE` and `TLINK` elements anywhere in the document. TempEval-3 *raw*
//! input (a `<TEXT>` with no tags in it) is the same format and simply yields no annotations.
//! Other tags inside `<TEXT>` (`SIGNAL`, nested elements) contribute their text and are
//! otherwise ignored. [`write_timeml`] writes a TempEval-3 style document with `TIMEX3` tags
//! inserted into a text; parsing its output gives back the same text, byte for byte.
//!
//! What this module does not do: it is not a general XML parser (no DTDs, no namespaces, only
//! the predefined entities and numeric character references), it does not validate against the
//! TimeML schema, it does not read `SLINK`/`ALINK`, `SIGNAL` ids or the `TIMEX3`s outside
//! `<TEXT>` and `<DCT>` (for example in `<TITLE>`), and it does not check that ids referenced by
//! instances and links exist. Malformed input gives a [`TimemlError`], never a panic.

mod error;
mod reader;
mod writer;
mod xml;

use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use chrono::NaiveDate;
use serde::Serialize;

use crate::Span;

pub use error::{Position, TimemlError};
pub use writer::{write_timeml, EventAnnotation, TimemlWriter, TimexAnnotation};

/// A TimeML document: its text and the annotations over it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimemlDocument {
    /// The `<DOCID>` content (trimmed); when there is none, the file stem for
    /// [`read_timeml_file`], and the empty string for [`parse_timeml`].
    pub id: String,
    /// The document creation date: the date part of the `value` of the `TIMEX3` in `<DCT>`.
    /// Serialised as `YYYY-MM-DD`.
    #[serde(serialize_with = "serialize_date")]
    pub dct: NaiveDate,
    /// The full `value` of the DCT's `TIMEX3`, for example `1998-12-05T09:42`.
    pub dct_value: String,
    /// The `tid` of the DCT's `TIMEX3` (usually `t0`), which links may refer to.
    pub dct_tid: String,
    /// The content of `<TEXT>` with all tags removed and entities decoded, including its
    /// leading and trailing whitespace. Every span below is a byte range of this string.
    pub text: String,
    /// The `TIMEX3` elements inside `<TEXT>`, in document order.
    pub timexes: Vec<GoldTimex>,
    /// The `EVENT` elements inside `<TEXT>`, in document order.
    pub events: Vec<GoldEvent>,
    /// The `MAKEINSTANCE` elements, in document order.
    pub instances: Vec<MakeInstance>,
    /// The `TLINK` elements, in document order.
    pub tlinks: Vec<Tlink>,
    /// Sentences marked `<s id="...">` (SemEval-2015 TimeLine files), by id and span; empty
    /// for TempEval-3 files. A line break is added to `text` between two such sentences that
    /// the file runs together.
    pub sentences: Vec<(String, Span)>,
}

/// Serialises a date as `YYYY-MM-DD` (chrono's serde feature is not enabled in this crate).
fn serialize_date<S: serde::Serializer>(
    date: &NaiveDate,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_str(&date.format("%Y-%m-%d"))
}

/// The `type` of a `TIMEX3`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexKind {
    /// `DATE`: a calendar date or coarser (`1998-01-08`, `1998-Q1`, `PRESENT_REF`).
    Date,
    /// `TIME`: a time of day (`1998-01-08T12:00`).
    Time,
    /// `DURATION`: an amount of time (`P1W`).
    Duration,
    /// `SET`: a recurring time (`P1D` with a frequency: "every day").
    Set,
}

impl TimexKind {
    /// The TimeML spelling: `DATE`, `TIME`, `DURATION` or `SET`.
    pub const fn as_str(self) -> &'static str {
        match self {
            TimexKind::Date => "DATE",
            TimexKind::Time => "TIME",
            TimexKind::Duration => "DURATION",
            TimexKind::Set => "SET",
        }
    }
}

impl fmt::Display for TimexKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error of parsing a [`TimexKind`] from a string other than the four TimeML names.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("expected DATE, TIME, DURATION or SET, found {0:?}")]
pub struct UnknownTimexKind(pub String);

impl FromStr for TimexKind {
    type Err = UnknownTimexKind;

    /// Parses the TimeML spelling exactly (upper case).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "DATE" => Ok(TimexKind::Date),
            "TIME" => Ok(TimexKind::Time),
            "DURATION" => Ok(TimexKind::Duration),
            "SET" => Ok(TimexKind::Set),
            other => Err(UnknownTimexKind(other.to_string())),
        }
    }
}

/// A gold `TIMEX3` inside `<TEXT>`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GoldTimex {
    /// The `tid` attribute.
    pub tid: String,
    /// Byte range of the element's text in [`TimemlDocument::text`].
    pub span: Span,
    /// The `type` attribute.
    pub kind: TimexKind,
    /// The `value` attribute (normalised value, e.g. `1998-01-08`, `P1W`, `PRESENT_REF`).
    pub value: String,
    /// The `mod` attribute, if any (`START`, `APPROX`, ...).
    pub modifier: Option<String>,
    /// The `freq` attribute of a set, if any (`1X`, `2X`).
    pub freq: Option<String>,
    /// The `anchorTimeID` attribute, if any.
    pub anchor_time_id: Option<String>,
}

/// A gold `EVENT` inside `<TEXT>`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GoldEvent {
    /// The `eid` attribute.
    pub eid: String,
    /// Byte range of the element's text in [`TimemlDocument::text`].
    pub span: Span,
    /// The `class` attribute (`OCCURRENCE`, `REPORTING`, `STATE`, ...).
    pub class: String,
}

/// A `MAKEINSTANCE`: an instance of an event with its grammatical attributes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MakeInstance {
    /// The `eiid` attribute (instance id, referred to by links).
    pub eiid: String,
    /// The `eventID` attribute (the `eid` of the [`GoldEvent`]).
    pub event_id: String,
    /// The `tense` attribute (`PAST`, `PRESENT`, `FUTURE`, `NONE`, ...); `NONE` when absent.
    pub tense: String,
    /// The `aspect` attribute (`NONE`, `PROGRESSIVE`, `PERFECTIVE`, ...); `NONE` when absent.
    pub aspect: String,
    /// The `polarity` attribute (`POS` or `NEG`); `POS` when absent, as in the TimeML DTD.
    pub polarity: String,
    /// The `pos` attribute (`VERB`, `NOUN`, `ADJECTIVE`, ...); `NONE` when absent (system
    /// outputs often leave it out).
    pub pos: String,
    /// The `modality` attribute, if any (`would`, `could`, ...).
    pub modality: Option<String>,
}

/// One end of a [`Tlink`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum LinkEnd {
    /// An event instance, by `eiid`.
    Event(String),
    /// A time expression, by `tid` (possibly the DCT's).
    Time(String),
}

/// A `TLINK`: a temporal relation between two events/times.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Tlink {
    /// The `lid` attribute.
    pub lid: String,
    /// The `relType` attribute (`BEFORE`, `AFTER`, `INCLUDES`, `IS_INCLUDED`, ...).
    pub rel_type: String,
    /// `eventInstanceID` or `timeID`.
    pub source: LinkEnd,
    /// `relatedToEventInstance` or `relatedToTime`.
    pub target: LinkEnd,
}

/// Parses one TimeML document.
///
/// Requires a `<TimeML>` root with a `<DCT>` holding a `TIMEX3` whose `value` starts with a
/// `YYYY-MM-DD` date, and a `<TEXT>` element. A missing `<DOCID>` gives an empty id.
///
/// ```
/// let doc = tempora::timeml::parse_timeml(
///     r#"<TimeML><DOCID>d1</DOCID>
/// <DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08">19980108</TIMEX3></DCT>
/// <TEXT>Sales rose <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> &amp; fell.</TEXT>
/// </TimeML>"#,
/// )
/// .unwrap();
/// assert_eq!(doc.text, "Sales rose yesterday & fell.");
/// assert_eq!(doc.timexes[0].span.slice(&doc.text), Some("yesterday"));
/// ```
pub fn parse_timeml(input: &str) -> Result<TimemlDocument, TimemlError> {
    reader::parse(input)
}

/// Reads and parses one `.tml` file; the id falls back to the file stem when there is no
/// `<DOCID>`. Errors name the file.
pub fn read_timeml_file(path: &Path) -> Result<TimemlDocument, TimemlError> {
    let input = std::fs::read_to_string(path).map_err(|source| TimemlError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let mut doc = parse_timeml(&input).map_err(|error| TimemlError::InFile {
        path: path.to_path_buf(),
        error: Box::new(error),
    })?;
    if doc.id.is_empty() {
        if let Some(stem) = path.file_stem() {
            doc.id = stem.to_string_lossy().into_owned();
        }
    }
    Ok(doc)
}

/// Reads every `*.tml` file directly inside `dir` (not recursively), sorted by file name.
///
/// The outer error is for the directory listing itself; each file gets its own result, so one
/// bad file does not hide the others.
#[allow(clippy::type_complexity)]
pub fn read_timeml_dir(
    dir: &Path,
) -> Result<Vec<(PathBuf, Result<TimemlDocument, TimemlError>)>, std::io::Error> {
    let mut paths = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "tml") && path.is_file() {
            paths.push(path);
        }
    }
    paths.sort_by(|a, b| a.file_name().cmp(&b.file_name()));
    Ok(paths
        .into_iter()
        .map(|path| {
            let doc = read_timeml_file(&path);
            (path, doc)
        })
        .collect())
}
