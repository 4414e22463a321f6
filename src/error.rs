//! The crate error: one enum wrapping each stage's own error.
//!
//! Only the stages that can refuse a whole document have errors here; a phrase that cannot be
//! resolved is a [`Diagnostic`](crate::Diagnostic), not an error, and the document goes on.

use crate::document::DocumentError;

/// Anything that stops tempora from producing a timeline for a document.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The article could not be read (no publish date, empty, not UTF-8, ...).
    #[error(transparent)]
    Document(#[from] DocumentError),
    /// The timeline could not be written.
    #[error("cannot serialise the timeline: {0}")]
    Export(String),
}
