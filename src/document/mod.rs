//! Reading articles: the header, the publish date, the title and the body.
//!
//! A plain-text article may start with header lines (`Published:`, `Title:`, `Source:`,
//! `URL:`, ...); the first non-empty line after them is the title unless a `Title:` header gave
//! one, or the body is a single paragraph (a one-sentence story has no headline to skip). The
//! publish date is mandatory: it comes from the header or from the caller
//! ([`ReadOptions::published`]), never from the system clock. Every offset tempora reports is a
//! byte offset into [`Article::text`], which is the source file exactly as read.
//!
//! This stage does not split the body; [`crate::segment`] does.
//!
//! # Bad input
//!
//! Every input that cannot be an article is refused with its own [`DocumentError`] variant
//! (`docs/decisions.md`, "Bad input: refuse, name it, never guess"): empty or blank files,
//! bytes that are not UTF-8 (no lossy decoding: spans are byte offsets into the file, and a
//! replacement character would shift them), binary files (NUL bytes, UTF-16), and inputs above
//! a size limit ([`Article::read_limited`], [`DEFAULT_MAX_BYTES`]), which are refused before
//! they are read into memory. A UTF-8 byte-order mark is allowed and kept in the text, so that
//! offsets stay those of the file.

mod date;

use chrono::NaiveDate;
use serde::Serialize;

use crate::Span;

pub use date::{parse_date, DateError};

/// One news article: its metadata and its full source text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Article {
    /// A short identifier, by default the file name without extension.
    pub id: String,
    /// The headline.
    pub title: String,
    /// Where the title sits in [`Article::text`], when it was read from the text.
    #[serde(skip)]
    pub title_span: Option<Span>,
    /// The publish date, the anchor of deictic phrases ("yesterday", "on Friday").
    pub published: NaiveDate,
    /// Where the publish date was read in [`Article::text`], when it came from the header.
    #[serde(skip)]
    pub published_span: Option<Span>,
    /// The path or name the article was read from, as given.
    pub source: Option<String>,
    /// The article's URL when the header gives one.
    pub url: Option<String>,
    /// The full source text, header included; spans index into it.
    #[serde(skip)]
    pub text: String,
    /// The part of [`Article::text`] after the header and the title.
    #[serde(skip)]
    pub body: Span,
}

/// How to read an article.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// The publish date to use; overrides the header's.
    pub published: Option<NaiveDate>,
    /// The identifier to use; by default derived from the source name.
    pub id: Option<String>,
}

/// The default size limit of one article, in bytes (2 MiB): some twenty times the longest
/// news article. The pipeline holds about 80 bytes per byte of text at 1 MB, and its time
/// grows faster than linearly past a few megabytes (docs/performance.md), so larger inputs
/// are refused by default; `--max-bytes` raises the limit.
pub const DEFAULT_MAX_BYTES: u64 = 2 * 1024 * 1024;

/// Why an article could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DocumentError {
    /// The input has no bytes ([`DocumentError::Blank`] when it has only whitespace).
    #[error("{source_name}: the article is empty")]
    Empty {
        /// The input's name.
        source_name: String,
    },
    /// The input has bytes, but only whitespace.
    #[error("{source_name}: the article is blank ({bytes} bytes, all whitespace)")]
    Blank {
        /// The input's name.
        source_name: String,
        /// How many bytes it has.
        bytes: usize,
    },
    /// The input looks like a binary file (it contains NUL bytes).
    #[error(
        "{source_name}: a binary file, not text (NUL byte at offset {offset}); \
         tempora reads UTF-8 text articles"
    )]
    Binary {
        /// The input's name.
        source_name: String,
        /// Offset of the first NUL byte.
        offset: usize,
    },
    /// The input is UTF-16 text (it starts with a UTF-16 byte-order mark).
    #[error(
        "{source_name}: UTF-16 text (byte-order mark {bom}); convert it to UTF-8 first, \
         e.g. `iconv -f UTF-16 -t UTF-8`"
    )]
    Utf16 {
        /// The input's name.
        source_name: String,
        /// `FF FE` or `FE FF`.
        bom: &'static str,
    },
    /// The input is larger than the size limit; it was not read.
    #[error(
        "{source_name}: too large ({size}; the limit is {limit} bytes per article): \
         split it, or raise the limit with --max-bytes"
    )]
    TooLarge {
        /// The input's name.
        source_name: String,
        /// The size found, in words ("104857600 bytes", "more than 2097152 bytes").
        size: String,
        /// The limit, in bytes.
        limit: u64,
    },
    /// The input could not be read.
    #[error("{source_name}: cannot read: {message}")]
    Io {
        /// The input's name.
        source_name: String,
        /// The system's message.
        message: String,
    },
    /// The input is not UTF-8 text.
    #[error(
        "{source_name}: not UTF-8 text (invalid byte at offset {offset}); tempora does not guess \
         encodings: convert it first, e.g. `iconv -f latin1 -t utf-8`"
    )]
    NotUtf8 {
        /// The input's name.
        source_name: String,
        /// Offset of the first invalid byte.
        offset: usize,
    },
    /// Neither the header nor the caller gave a publish date.
    #[error(
        "{source_name}: no publish date: add a header line such as `Published: 2019-11-10` \
         at the top of the article, or pass `--published 2019-11-10`"
    )]
    NoPublishDate {
        /// The input's name.
        source_name: String,
    },
    /// The header's publish date could not be understood.
    #[error("{source_name}:{line}: cannot read the publish date {found:?}: {reason}")]
    BadPublishDate {
        /// The input's name.
        source_name: String,
        /// 1-based line of the header.
        line: usize,
        /// The text after `Published:`.
        found: String,
        /// What was wrong with it.
        reason: DateError,
    },
}

/// Header keys tempora understands, lower-cased.
const HEADER_KEYS: &[(&str, HeaderKey)] = &[
    ("published", HeaderKey::Published),
    ("date", HeaderKey::Published),
    ("publication date", HeaderKey::Published),
    ("dateline", HeaderKey::Published),
    ("title", HeaderKey::Title),
    ("headline", HeaderKey::Title),
    ("source", HeaderKey::Source),
    ("url", HeaderKey::Url),
    ("author", HeaderKey::Other),
    ("by", HeaderKey::Other),
    ("byline", HeaderKey::Other),
    ("id", HeaderKey::Id),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum HeaderKey {
    Published,
    Title,
    Source,
    Url,
    Id,
    Other,
}

impl Article {
    /// Reads an article from raw bytes, as found in a file named `source_name`.
    ///
    /// ```
    /// use tempora::document::{Article, ReadOptions};
    /// let text = "Published: Sun, November 10, 2019\n\nA headline\n\nThe body.\n";
    /// let article = Article::from_bytes("news.txt", text.as_bytes(), &ReadOptions::default())?;
    /// assert_eq!(article.title, "A headline");
    /// assert_eq!(article.published.to_string(), "2019-11-10");
    /// assert_eq!(article.id, "news");
    /// # Ok::<(), tempora::document::DocumentError>(())
    /// ```
    pub fn from_bytes(
        source_name: &str,
        bytes: &[u8],
        options: &ReadOptions,
    ) -> Result<Article, DocumentError> {
        let name = || source_name.to_string();
        if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
            return Err(DocumentError::Utf16 {
                source_name: name(),
                bom: if bytes[0] == 0xff { "FF FE" } else { "FE FF" },
            });
        }
        if let Some(offset) = bytes.iter().position(|&b| b == 0) {
            return Err(DocumentError::Binary {
                source_name: name(),
                offset,
            });
        }
        let text = std::str::from_utf8(bytes).map_err(|e| DocumentError::NotUtf8 {
            source_name: name(),
            offset: e.valid_up_to(),
        })?;
        Article::from_text(source_name, text.to_string(), options)
    }

    /// Reads an article from `reader`, refusing it with [`DocumentError::TooLarge`] as soon as
    /// it has more than `max_bytes` bytes: at most `max_bytes + 1` bytes are ever held, however
    /// large the input.
    ///
    /// ```
    /// use tempora::document::{Article, DocumentError, ReadOptions};
    /// let text = "Published: 2019-11-10\n\nA headline\n\nThe body.\n";
    /// let options = ReadOptions::default();
    /// assert!(Article::read_limited("a.txt", text.as_bytes(), 1000, &options).is_ok());
    /// let err = Article::read_limited("a.txt", text.as_bytes(), 10, &options).unwrap_err();
    /// assert!(matches!(err, DocumentError::TooLarge { limit: 10, .. }));
    /// ```
    pub fn read_limited(
        source_name: &str,
        reader: impl std::io::Read,
        max_bytes: u64,
        options: &ReadOptions,
    ) -> Result<Article, DocumentError> {
        use std::io::Read;
        let mut bytes = Vec::new();
        reader
            .take(max_bytes.saturating_add(1))
            .read_to_end(&mut bytes)
            .map_err(|e| DocumentError::Io {
                source_name: source_name.to_string(),
                message: e.to_string(),
            })?;
        if bytes.len() as u64 > max_bytes {
            return Err(DocumentError::TooLarge {
                source_name: source_name.to_string(),
                size: format!("more than {max_bytes} bytes"),
                limit: max_bytes,
            });
        }
        Article::from_bytes(source_name, &bytes, options)
    }

    /// Reads the article file at `path`, checking its size in the file system before reading
    /// (a file above `max_bytes` is refused without a single read), then reading at most
    /// `max_bytes + 1` bytes in case it grows meanwhile or is not a regular file.
    pub fn read_path(
        path: &std::path::Path,
        max_bytes: u64,
        options: &ReadOptions,
    ) -> Result<Article, DocumentError> {
        let name = path.display().to_string();
        let io = |e: std::io::Error| DocumentError::Io {
            source_name: name.clone(),
            message: e.to_string(),
        };
        let file = std::fs::File::open(path).map_err(io)?;
        let meta = file.metadata().map_err(io)?;
        if meta.is_file() && meta.len() > max_bytes {
            return Err(DocumentError::TooLarge {
                source_name: name,
                size: format!("{} bytes", meta.len()),
                limit: max_bytes,
            });
        }
        Article::read_limited(&name, std::io::BufReader::new(file), max_bytes, options)
    }

    /// Reads an article from text already decoded.
    pub fn from_text(
        source_name: &str,
        text: String,
        options: &ReadOptions,
    ) -> Result<Article, DocumentError> {
        if text.is_empty() {
            return Err(DocumentError::Empty {
                source_name: source_name.to_string(),
            });
        }
        // A UTF-8 byte-order mark is not whitespace for `str::trim`; skip it (it stays in the
        // text, so that offsets are those of the file).
        let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
        if text[start..].trim().is_empty() {
            return Err(DocumentError::Blank {
                source_name: source_name.to_string(),
                bytes: text.len(),
            });
        }
        let mut published = None;
        let mut title = None;
        let mut source = None;
        let mut url = None;
        let mut id = None;
        let mut published_span = None;
        let mut offset = start;
        let mut body_start = start;
        // Header: `Key: value` lines at the top, blank lines allowed between them.
        for (index, line) in text[start..].split_inclusive('\n').enumerate() {
            let content = line.trim();
            let line_start = offset;
            offset += line.len();
            if content.is_empty() {
                body_start = offset;
                continue;
            }
            let Some((key, value)) = header_line(content) else {
                body_start = line_start;
                break;
            };
            body_start = offset;
            let value = value.trim().to_string();
            match key {
                HeaderKey::Published if options.published.is_none() => {
                    let lead = line.len() - line.trim_start().len();
                    published_span = Some(Span::new(
                        line_start + lead,
                        line_start + lead + content.len(),
                    ));
                    published = Some(parse_date(&value).map_err(|reason| {
                        DocumentError::BadPublishDate {
                            source_name: source_name.to_string(),
                            line: index + 1,
                            found: value.clone(),
                            reason,
                        }
                    })?);
                }
                HeaderKey::Published => {}
                HeaderKey::Title => title = Some(value),
                HeaderKey::Source => source = Some(value),
                HeaderKey::Url => url = Some(value),
                HeaderKey::Id => id = Some(value),
                HeaderKey::Other => {}
            }
        }
        let published =
            options
                .published
                .or(published)
                .ok_or_else(|| DocumentError::NoPublishDate {
                    source_name: source_name.to_string(),
                })?;
        let mut title_span = None;
        if title.is_none() {
            // The first non-empty line after the header is the headline, unless it is the
            // start of a body of one paragraph (below).
            let mut offset = body_start;
            for line in text[body_start..].split_inclusive('\n') {
                let start = offset;
                offset += line.len();
                let trimmed = line.trim();
                if trimmed.is_empty() {
                    continue;
                }
                if !has_headline(trimmed, &text[offset..]) {
                    break;
                }
                let lead = line.len() - line.trim_start().len();
                let span = Span::new(start + lead, start + lead + trimmed.len());
                title = Some(trimmed.to_string());
                title_span = Some(span);
                body_start = offset;
                break;
            }
        }
        let id = options
            .id
            .clone()
            .or(id)
            .unwrap_or_else(|| id_from_source(source_name));
        Ok(Article {
            id,
            title: title.unwrap_or_default(),
            title_span,
            published,
            published_span,
            source: source.or_else(|| Some(source_name.to_string())),
            url,
            body: Span::new(body_start, text.len()),
            text,
        })
    }

    /// An article from a TimeML document: its DOCID, its DCT as publish date, its TEXT as
    /// body (no header, no headline: TimeML text starts with the story).
    pub fn from_timeml(doc: &crate::timeml::TimemlDocument, source_name: &str) -> Article {
        let id = if doc.id.is_empty() {
            id_from_source(source_name)
        } else {
            doc.id.clone()
        };
        let mut article = Article::from_body(&id, &doc.text, doc.dct);
        article.source = Some(source_name.to_string());
        article
    }

    /// An article with no header and no headline: the whole `text` is body, published on
    /// `published`. For texts whose first line is not a title, such as the `<TEXT>` of a
    /// TimeML document (whose creation date comes from its `<DCT>`).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use tempora::document::Article;
    /// let published = NaiveDate::from_ymd_opt(1998, 1, 8).unwrap();
    /// let article = Article::from_body("wsj_0001", "Sales rose yesterday.\nMore text.", published);
    /// assert_eq!(article.body_text(), "Sales rose yesterday.\nMore text.");
    /// assert_eq!(article.title, "");
    /// ```
    pub fn from_body(id: &str, text: &str, published: NaiveDate) -> Article {
        Article {
            id: id.to_string(),
            title: String::new(),
            title_span: None,
            published,
            published_span: None,
            source: None,
            url: None,
            body: Span::new(0, text.len()),
            text: text.to_string(),
        }
    }

    /// The body text (after header and title).
    pub fn body_text(&self) -> &str {
        &self.text[self.body.start..self.body.end]
    }
}

/// Whether `first`, the first non-empty line after the header, is a headline, given the `rest`
/// of the text after it.
///
/// In an article of several paragraphs it is (the rule of the module doc), unless it ends with
/// a full stop: headlines are written without one, and a lead paragraph of one sentence (the
/// wire's usual lead, "Workers returned to work on Wednesday after a two-week strike.") is the
/// story's first sentence, not a title to skip. A body of one paragraph has no headline to
/// skip either: taking its first line as one would leave a one-sentence story with nothing to
/// read. Nothing after it, or a paragraph that goes on with a line in lower case (a line broken
/// inside a sentence), or a first line that ends as a sentence does, make it the body's start.
/// A headline on the line just above its story ("Floods in the valley\nThe river rose on
/// Friday.") stays a headline.
fn has_headline(first: &str, rest: &str) -> bool {
    if crate::segment::sentence::ends_with_full_stop(first) {
        return false;
    }
    let mut lines = rest.lines().map(str::trim);
    let Some(next) = lines.next().filter(|l| !l.is_empty()) else {
        // A blank line after it: a headline when more text follows.
        return !rest.trim().is_empty();
    };
    if lines.any(str::is_empty) && lines.any(|l| !l.is_empty()) {
        // A blank line further down, with text after it: several paragraphs.
        return true;
    }
    let continues = next.chars().next().is_some_and(char::is_lowercase);
    let sentence = first
        .trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', ')'])
        .ends_with(['.', '!', '?']);
    !continues && !sentence
}

/// `Key: value` when `Key` is a known header key.
fn header_line(line: &str) -> Option<(HeaderKey, &str)> {
    let (key, value) = line.split_once(':')?;
    let key = key.trim().to_ascii_lowercase();
    HEADER_KEYS
        .iter()
        .find(|(name, _)| *name == key)
        .map(|&(_, k)| (k, value))
}

/// `dir/bolivia-2019-11-10.txt` → `bolivia-2019-11-10`.
fn id_from_source(source_name: &str) -> String {
    let path = std::path::Path::new(source_name);
    path.file_stem()
        .and_then(|s| s.to_str())
        .filter(|s| !s.is_empty())
        .unwrap_or(source_name)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<Article, DocumentError> {
        Article::from_bytes("t.txt", text.as_bytes(), &ReadOptions::default())
    }

    #[test]
    fn header_title_and_body() {
        let a = read("Published: 2019-11-10\nSource: AP\n\nHeadline here\n\nBody text.\n").unwrap();
        assert_eq!(a.title, "Headline here");
        assert_eq!(a.source.as_deref(), Some("AP"));
        assert_eq!(a.body_text(), "\nBody text.\n");
        assert_eq!(a.title_span.unwrap().slice(&a.text), Some("Headline here"));
    }

    #[test]
    fn a_body_of_one_paragraph_has_no_headline() {
        // One sentence under the header: it is the story, not its headline.
        let a =
            read("Published: 2019-11-10\n\nPolice clashed with protesters on Friday.\n").unwrap();
        assert_eq!(a.title, "");
        assert_eq!(a.title_span, None);
        assert_eq!(
            a.body_text().trim(),
            "Police clashed with protesters on Friday."
        );
        // One paragraph of sentences, or one sentence broken over lines.
        for body in [
            "Police clashed on Friday.\nThe army withdrew on Saturday.",
            "Police clashed with protesters\non Friday in La Paz.",
        ] {
            let a = read(&format!("Published: 2019-11-10\n{body}\n")).unwrap();
            assert_eq!(a.title, "", "{body:?}");
            assert_eq!(a.body_text(), format!("{body}\n"));
        }
    }

    #[test]
    fn a_headline_stays_one_in_longer_articles() {
        for (text, body) in [
            // Several paragraphs: the first line is the headline, unless it ends with a full
            // stop (below); a question or an abbreviation at its end keeps it one.
            (
                "Published: 2019-11-10\n\nClashes in La Paz?\n\nPolice clashed on Friday.\n",
                "\nPolice clashed on Friday.\n",
            ),
            (
                "Published: 2019-11-10\n\nClashes in La Paz, says U.N.\n\nPolice clashed.\n",
                "\nPolice clashed.\n",
            ),
            (
                "Published: 2019-11-10\nClashes in La Paz\nPolice clashed.\n\nThey left.\n",
                "Police clashed.\n\nThey left.\n",
            ),
            // One paragraph whose first line reads as a title above a new sentence.
            (
                "Published: 2019-11-10\nClashes in La Paz\nPolice clashed on Friday.\n",
                "Police clashed on Friday.\n",
            ),
        ] {
            let a = read(text).unwrap();
            assert!(a.title.starts_with("Clashes in La Paz"), "{text:?}");
            assert_eq!(a.body_text(), body, "{text:?}");
        }
    }

    #[test]
    fn a_lead_sentence_is_not_a_headline() {
        // The wire's one-sentence lead paragraph ends with a full stop; a headline does not.
        let text = "Published: 2024-03-15\n\nWorkers returned to work on Wednesday after a \
                    two-week strike.\n\nThe union accepted the offer on Tuesday.\n";
        let a = read(text).unwrap();
        assert_eq!(a.title, "");
        assert_eq!(a.title_span, None);
        assert!(a.body_text().trim_start().starts_with("Workers returned"));
        // An initial or an abbreviation at the end is not a sentence's stop.
        for line in [
            "Storm hits U.S.",
            "Acme buys Smith Inc.",
            "Talks with John F.",
        ] {
            let a = read(&format!("Published: 2024-03-15\n\n{line}\n\nText.\n")).unwrap();
            assert_eq!(a.title, line);
        }
    }

    #[test]
    fn title_header_wins() {
        let a = read("Title: T\nPublished: November 10, 2019\nFirst line.\n").unwrap();
        assert_eq!(a.title, "T");
        assert_eq!(a.body_text(), "First line.\n");
    }

    #[test]
    fn missing_date_is_an_error_unless_given() {
        assert!(matches!(
            read("Just text.\n"),
            Err(DocumentError::NoPublishDate { .. })
        ));
        let options = ReadOptions {
            published: NaiveDate::from_ymd_opt(2020, 1, 2),
            id: None,
        };
        let a = Article::from_bytes("x", b"Just text.\n", &options).unwrap();
        assert_eq!(a.published.to_string(), "2020-01-02");
    }

    #[test]
    fn empty_and_binary() {
        assert!(matches!(read(""), Err(DocumentError::Empty { .. })));
        assert!(matches!(
            read(" \n\t\n"),
            Err(DocumentError::Blank { bytes: 4, .. })
        ));
        let err = Article::from_bytes("b.bin", &[0x50, 0xff, 0xfe], &ReadOptions::default());
        assert!(matches!(err, Err(DocumentError::NotUtf8 { offset: 1, .. })));
        let err = Article::from_bytes("b.bin", b"ab\0cd", &ReadOptions::default());
        assert!(matches!(err, Err(DocumentError::Binary { offset: 2, .. })));
        let err = Article::from_bytes("u.txt", &[0xff, 0xfe, b'a', 0], &ReadOptions::default());
        assert!(matches!(err, Err(DocumentError::Utf16 { .. })));
    }

    #[test]
    fn byte_order_mark_keeps_offsets() {
        let a = read("\u{feff}Published: 2019-11-10\n\nHeadline\n\nBody.\n").unwrap();
        assert_eq!(a.published.to_string(), "2019-11-10");
        assert_eq!(a.title_span.unwrap().slice(&a.text), Some("Headline"));
        assert_eq!(a.published_span.unwrap().start, 3);
    }

    #[test]
    fn bad_date_names_line_and_text() {
        let err = read("Published: 2019-13-45\nText\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "t.txt:1: cannot read the publish date \"2019-13-45\": month 13 does not exist"
        );
    }
}
