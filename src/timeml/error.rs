//! Errors of the TimeML reader, with positions a person can find in the file.

use std::fmt;
use std::path::PathBuf;

use serde::Serialize;

/// A place in the input: byte offset plus 1-based line and column (column counted in chars).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Position {
    /// Byte offset from the start of the input.
    pub offset: usize,
    /// 1-based line number.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
}

impl Position {
    /// The position of byte `offset` in `input` (clamped to the input's length).
    pub fn locate(input: &str, offset: usize) -> Position {
        let mut offset = offset.min(input.len());
        while !input.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &input[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        Position {
            offset,
            line,
            column,
        }
    }
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "byte {} (line {}, column {})",
            self.offset, self.line, self.column
        )
    }
}

/// Everything that can go wrong reading a TimeML document.
///
/// Messages say what was expected, what was found, and where.
#[derive(Debug, thiserror::Error)]
pub enum TimemlError {
    /// The file could not be read (missing, unreadable, or not UTF-8).
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// A parse error in a named file.
    #[error("{}: {error}", path.display())]
    InFile {
        /// The file.
        path: PathBuf,
        /// What went wrong in it.
        error: Box<TimemlError>,
    },
    /// The text is not well-formed XML at this point.
    #[error("at {at}: expected {expected}, found {found}")]
    Syntax {
        /// Where.
        at: Position,
        /// What the reader expected.
        expected: String,
        /// What it found instead.
        found: String,
    },
    /// An entity other than the five predefined ones or a valid numeric reference.
    #[error("at {at}: unknown entity {entity}; expected &amp; &lt; &gt; &quot; &apos; or a numeric character reference")]
    UnknownEntity {
        /// Where the `&` is.
        at: Position,
        /// The entity as written.
        entity: String,
    },
    /// A closing tag does not close the innermost open element.
    #[error("at {at}: expected </{expected}> (opened at {opened}), found </{found}>")]
    MismatchedTag {
        /// Where the closing tag is.
        at: Position,
        /// The element that is open.
        expected: String,
        /// Where it was opened.
        opened: Position,
        /// The closing tag found.
        found: String,
    },
    /// A closing tag with no element open, or content after the root element.
    #[error("at {at}: expected {expected}, found {found}")]
    Unexpected {
        /// Where.
        at: Position,
        /// What was expected.
        expected: String,
        /// What was found.
        found: String,
    },
    /// The input ended with elements still open.
    #[error("at {opened}: expected </{name}> to close <{name}>, found end of input")]
    Unclosed {
        /// The element left open (the innermost one).
        name: String,
        /// Where it was opened.
        opened: Position,
    },
    /// A required element is missing.
    #[error("expected a <{element}> element {context}, found none")]
    MissingElement {
        /// The element's name.
        element: &'static str,
        /// Where it should be, in words.
        context: &'static str,
    },
    /// An element occurs twice where only one is allowed.
    #[error("at {at}: expected a single <{element}> element, found a second one (the first is at {first})")]
    DuplicateElement {
        /// The element's name.
        element: &'static str,
        /// Where the second one starts.
        at: Position,
        /// Where the first one starts.
        first: Position,
    },
    /// A required attribute is missing.
    #[error("at {at}: expected attribute {attribute} on <{element}>, found none")]
    MissingAttribute {
        /// Where the element starts.
        at: Position,
        /// The element's name.
        element: String,
        /// The attribute (or, for alternatives, `a or b`).
        attribute: &'static str,
    },
    /// An attribute has a value the reader cannot use.
    #[error(
        "at {at}: expected {expected} in attribute {attribute} of <{element}>, found {value:?}"
    )]
    InvalidAttribute {
        /// Where the element starts.
        at: Position,
        /// The element's name.
        element: String,
        /// The attribute.
        attribute: &'static str,
        /// Its value as written.
        value: String,
        /// What a valid value looks like.
        expected: &'static str,
    },
}
