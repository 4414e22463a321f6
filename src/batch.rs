//! Batch mode: JSON Lines in, JSON Lines out, one output line per input record, in order.
//!
//! Each input line is one [`Record`] (`{"id", "title"?, "published", "text", "url"?, "story"?}`;
//! `story` is copied to the output line for a later reduce, [`crate::merge`]). Each
//! output line is either the record's timeline,
//! `{"id": ..., "timeline": {...}, "diagnostics": [...]}`, or an error,
//! `{"id": ..., "line": N, "error": "..."}` (`id` is `null` when the line is not a JSON
//! object with an id). Nothing stops the batch: a line that is not JSON, a record without a
//! date, a line over the size limit, even a panic inside the pipeline, each becomes one error
//! line and the next record goes on. Blank lines are not records and are skipped.
//!
//! [`run`] reads a *window* of records (at most [`BatchOptions::window`] records and about
//! [`BatchOptions::window_bytes`] bytes), analyses them on every core (rayon), writes their
//! lines in input order and only then reads the next window, so memory is bounded by the
//! window (plus one record of at most [`BatchOptions::max_bytes`]), not by the input size. The output line of a record depends on
//! the record alone (not on its position, except for `line` in error lines), so that a batch
//! split across processes or machines and concatenated gives the same lines
//! (`docs/scaling.md`).
//!
//! This module does no terminal output; the command line adds the progress bar and summary.

use std::io::{BufRead, Write};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::document::{parse_date, Article, DocumentError, DEFAULT_MAX_BYTES};
use crate::{Diagnostic, Options, Span};

/// One input record of a JSON Lines batch.
#[derive(Debug, Clone, Deserialize)]
pub struct Record {
    /// The record's identifier, a string or a number; echoed as given in the output.
    pub id: serde_json::Value,
    /// The headline.
    #[serde(default)]
    pub title: Option<String>,
    /// The publish date, in any form [`parse_date`] reads.
    pub published: String,
    /// The article text (the body; no header lines are read from it).
    pub text: String,
    /// The article's URL.
    #[serde(default)]
    pub url: Option<String>,
    /// A story (or entity) key, copied to the output line so that a reduce can group the
    /// timelines by it (`tempora merge`, docs/scaling.md); tempora does not read it.
    #[serde(default)]
    pub story: Option<serde_json::Value>,
}

impl Record {
    /// The record as an [`Article`]; its spans index into `text`.
    ///
    /// ```
    /// use tempora::batch::Record;
    /// let r: Record = serde_json::from_str(
    ///     r#"{"id": "a1", "published": "2019-11-10", "text": "Police left on Friday."}"#,
    /// ).unwrap();
    /// let article = r.into_article().unwrap();
    /// assert_eq!(article.id, "a1");
    /// assert_eq!(article.published.to_string(), "2019-11-10");
    /// ```
    pub fn into_article(self) -> Result<Article, RecordError> {
        let id = match &self.id {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        let published = parse_date(&self.published).map_err(|reason| RecordError::Date {
            found: self.published.clone(),
            reason: reason.to_string(),
        })?;
        if self.text.trim().is_empty() {
            return Err(RecordError::EmptyText);
        }
        if self.text.contains('\0') {
            return Err(RecordError::Document(DocumentError::Binary {
                source_name: id,
                offset: self.text.find('\0').unwrap_or(0),
            }));
        }
        let body = Span::new(0, self.text.len());
        Ok(Article {
            id,
            title: self.title.unwrap_or_default(),
            title_span: None,
            published,
            published_span: None,
            source: None,
            url: self.url,
            text: self.text,
            body,
        })
    }
}

/// Why one record of a batch has no timeline.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RecordError {
    /// The line is not a JSON object with the expected fields.
    #[error(
        "not a record: {0}; expected {{\"id\", \"published\", \"text\", \"title\"?, \"url\"?}}"
    )]
    Json(String),
    /// The line is longer than the size limit; it was skipped without being held in memory.
    #[error("the line is longer than the limit of {limit} bytes per record")]
    TooLarge {
        /// The limit, in bytes.
        limit: u64,
    },
    /// The line is not UTF-8.
    #[error("not UTF-8 text (invalid byte at offset {0} of the line)")]
    NotUtf8(usize),
    /// The `published` field is not a date.
    #[error("cannot read the publish date {found:?}: {reason}")]
    Date {
        /// The field's value.
        found: String,
        /// What was wrong with it.
        reason: String,
    },
    /// The `text` field is empty or whitespace.
    #[error("the text is empty")]
    EmptyText,
    /// The text cannot be an article.
    #[error(transparent)]
    Document(#[from] DocumentError),
    /// The pipeline panicked on this record (a bug in tempora: please report it with the
    /// record); the batch went on.
    #[error("internal error on this record (please report it): {0}")]
    Panic(String),
}

/// How to run a batch.
#[derive(Debug, Clone, Copy)]
pub struct BatchOptions {
    /// Pipeline options.
    pub pipeline: Options,
    /// Records read, analysed and written together; bounds memory.
    pub window: usize,
    /// Longest line accepted, in bytes; longer lines become error records.
    pub max_bytes: u64,
    /// A window also ends once its records hold this many bytes, so that a window of long
    /// records stays small.
    pub window_bytes: u64,
}

impl Default for BatchOptions {
    fn default() -> Self {
        BatchOptions {
            pipeline: Options::default(),
            window: 256,
            max_bytes: DEFAULT_MAX_BYTES,
            window_bytes: 8 * 1024 * 1024,
        }
    }
}

/// Counts for a batch, so far or in total.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    /// Records read (blank lines excluded).
    pub records: u64,
    /// Records that got an error line.
    pub errors: u64,
    /// Events in all timelines.
    pub events: u64,
    /// Input bytes consumed, newlines included.
    pub bytes: u64,
}

/// One output line.
#[derive(Debug, Clone)]
pub struct Processed {
    /// The JSON line, without its newline.
    pub json: String,
    /// Whether it is an error line.
    pub failed: bool,
    /// Number of events in its timeline.
    pub events: usize,
}

#[derive(Serialize)]
struct OkLine<'a> {
    id: &'a serde_json::Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    story: Option<&'a serde_json::Value>,
    timeline: &'a crate::timeline::Timeline,
    diagnostics: &'a [Diagnostic],
}

#[derive(Serialize)]
struct ErrLine<'a> {
    id: &'a serde_json::Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    story: Option<&'a serde_json::Value>,
    line: u64,
    error: String,
}

/// An input line as read: its 1-based line number and its bytes, or the limit it broke.
#[derive(Debug)]
pub struct Line {
    /// 1-based line number in the input.
    pub number: u64,
    /// The bytes, without the newline, or `Err(limit)` when the line was too long.
    pub bytes: Result<Vec<u8>, u64>,
}

/// Processes one input line into its output line; never panics.
///
/// ```
/// use tempora::batch::process_line;
/// let out = process_line(br#"{"id": 7, "published": "2019-11-10", "text": "Police left on Friday."}"#, 1, &Default::default());
/// assert!(!out.failed);
/// assert!(out.json.starts_with(r#"{"id":7,"timeline":"#));
/// let bad = process_line(b"{not json", 2, &Default::default());
/// assert!(bad.failed);
/// assert!(bad.json.starts_with(r#"{"id":null,"line":2,"error":"not a record"#));
/// ```
pub fn process_line(bytes: &[u8], number: u64, options: &Options) -> Processed {
    let mut id = serde_json::Value::Null;
    let mut story = None;
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        process(bytes, options, &mut id, &mut story)
    }))
    .unwrap_or_else(|panic| {
        let message = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "panic".to_string());
        Err(RecordError::Panic(message))
    });
    match result {
        Ok(p) => p,
        Err(e) => error_line(&id, story.as_ref(), number, &e),
    }
}

fn process(
    bytes: &[u8],
    options: &Options,
    id: &mut serde_json::Value,
    story: &mut Option<serde_json::Value>,
) -> Result<Processed, RecordError> {
    let text = std::str::from_utf8(bytes).map_err(|e| RecordError::NotUtf8(e.valid_up_to()))?;
    // serde would also read a struct from a JSON array; a record is an object.
    if !text.trim_start().starts_with('{') {
        let found = match text.trim_start().chars().next() {
            Some('[') => "an array".to_string(),
            Some('"') => "a string".to_string(),
            Some(c) => format!("{c:?}"),
            None => "nothing".to_string(),
        };
        return Err(RecordError::Json(format!(
            "found {found}, not a JSON object"
        )));
    }
    let record: Record = match serde_json::from_str(text) {
        Ok(r) => r,
        Err(e) => {
            // Recover the id for the error line when the object has one.
            if let Ok(serde_json::Value::Object(map)) =
                serde_json::from_str::<serde_json::Value>(text)
            {
                if let Some(v) = map.get("id") {
                    *id = v.clone();
                }
                *story = map.get("story").filter(|s| !s.is_null()).cloned();
            }
            return Err(RecordError::Json(e.to_string()));
        }
    };
    *id = record.id.clone();
    *story = record.story.clone().filter(|s| !s.is_null());
    let article = record.into_article()?;
    let out = crate::reconstruct_all(std::slice::from_ref(&article), options);
    let json = serde_json::to_string(&OkLine {
        id,
        story: story.as_ref(),
        timeline: &out.timeline,
        diagnostics: &out.diagnostics,
    })
    .map_err(|e| RecordError::Json(e.to_string()))?;
    Ok(Processed {
        json,
        failed: false,
        events: out.timeline.events.len(),
    })
}

fn error_line(
    id: &serde_json::Value,
    story: Option<&serde_json::Value>,
    number: u64,
    e: &RecordError,
) -> Processed {
    let json = serde_json::to_string(&ErrLine {
        id,
        story,
        line: number,
        error: e.to_string(),
    })
    .unwrap_or_else(|_| format!("{{\"id\":null,\"line\":{number},\"error\":\"unprintable\"}}"));
    Processed {
        json,
        failed: true,
        events: 0,
    }
}

/// Reads the next non-blank line, holding at most `max_bytes + 1` of its bytes; `Ok(None)` at
/// the end of the input. `number` counts lines read so far and is advanced; `consumed` counts
/// bytes.
pub fn read_line(
    input: &mut impl BufRead,
    max_bytes: u64,
    number: &mut u64,
    consumed: &mut u64,
) -> std::io::Result<Option<Line>> {
    loop {
        let mut bytes = Vec::new();
        let mut too_long = false;
        let mut any = false;
        loop {
            let buf = input.fill_buf()?;
            if buf.is_empty() {
                break;
            }
            any = true;
            let (chunk, done) = match memchr_newline(buf) {
                Some(i) => (&buf[..i], i + 1),
                None => (buf, buf.len()),
            };
            if !too_long {
                if (bytes.len() + chunk.len()) as u64 > max_bytes {
                    too_long = true;
                    bytes = Vec::new();
                } else {
                    bytes.extend_from_slice(chunk);
                }
            }
            let found_newline = done > chunk.len();
            input.consume(done);
            *consumed += done as u64;
            if found_newline {
                break;
            }
        }
        if !any {
            return Ok(None);
        }
        *number += 1;
        if too_long {
            return Ok(Some(Line {
                number: *number,
                bytes: Err(max_bytes),
            }));
        }
        if bytes.last() == Some(&b'\r') {
            bytes.pop();
        }
        if bytes.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        return Ok(Some(Line {
            number: *number,
            bytes: Ok(bytes),
        }));
    }
}

fn memchr_newline(buf: &[u8]) -> Option<usize> {
    buf.iter().position(|&b| b == b'\n')
}

/// Runs a batch: reads `input` a window at a time, analyses each window on all cores, writes
/// one line per record to `output` in input order, and calls `progress` with the running
/// totals after each window. Returns the totals; I/O errors on `input` or `output` stop the
/// batch (records themselves never do).
pub fn run(
    mut input: impl BufRead,
    mut output: impl Write,
    options: &BatchOptions,
    mut progress: impl FnMut(&Summary),
) -> std::io::Result<Summary> {
    let window = options.window.max(1);
    let mut summary = Summary::default();
    let mut number = 0;
    let mut lines = Vec::with_capacity(window);
    loop {
        lines.clear();
        let mut held = 0u64;
        let mut ended = false;
        while lines.len() < window && held < options.window_bytes {
            match read_line(
                &mut input,
                options.max_bytes,
                &mut number,
                &mut summary.bytes,
            )? {
                Some(line) => {
                    held += line.bytes.as_ref().map_or(0, |b| b.len() as u64);
                    lines.push(line);
                }
                None => {
                    ended = true;
                    break;
                }
            }
        }
        if lines.is_empty() {
            break;
        }
        let processed: Vec<Processed> = lines
            .par_iter()
            .map(|line| match &line.bytes {
                Ok(bytes) => process_line(bytes, line.number, &options.pipeline),
                Err(limit) => error_line(
                    &serde_json::Value::Null,
                    None,
                    line.number,
                    &RecordError::TooLarge { limit: *limit },
                ),
            })
            .collect();
        for p in &processed {
            output.write_all(p.json.as_bytes())?;
            output.write_all(b"\n")?;
            summary.records += 1;
            summary.errors += u64::from(p.failed);
            summary.events += p.events as u64;
        }
        output.flush()?;
        progress(&summary);
        if ended {
            break;
        }
    }
    Ok(summary)
}
