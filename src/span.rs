//! Byte spans into a source text.
//!
//! Every later type (sentence, clause, time expression, event, evidence) carries a [`Span`]
//! so that a reader can go back to the exact bytes it came from. Offsets are *bytes*, not
//! characters: `&text[span.start..span.end]` is always the quoted text.

use serde::{Serialize, Serializer};

/// A half-open byte range `[start, end)` into a source text.
///
/// ```
/// use tempora::Span;
/// let text = "Potosí and Oruro";
/// let span = Span::new(0, 7);
/// assert_eq!(span.slice(text), Some("Potosí"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` (inclusive) to `end` (exclusive).
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Number of bytes covered.
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True when the span covers no byte.
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// True when `other` lies inside this span.
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The text the span covers, or `None` when it is out of range or not on char boundaries.
    pub fn slice<'a>(&self, text: &'a str) -> Option<&'a str> {
        text.get(self.start..self.end)
    }

    /// This span moved right by `offset` bytes.
    pub const fn shift(&self, offset: usize) -> Span {
        Span::new(self.start + offset, self.end + offset)
    }
}

/// Spans serialise as a two-element sequence `[start, end]`, the form the timeline format uses.
impl Serialize for Span {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        [self.start, self.end].serialize(serializer)
    }
}
