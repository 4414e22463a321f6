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

/// True when `e` or any error under it is a closed pipe: the reader of standard output went
/// away (`tempora ... | head`, `train-tlinks cv ... | head`), which the command lines treat as
/// success rather than an error.
///
/// ```
/// let e = std::io::Error::from(std::io::ErrorKind::BrokenPipe);
/// assert!(tempora::error::is_broken_pipe(&e));
/// let e = std::io::Error::from(std::io::ErrorKind::NotFound);
/// assert!(!tempora::error::is_broken_pipe(&e));
/// ```
pub fn is_broken_pipe(e: &(dyn std::error::Error + 'static)) -> bool {
    std::iter::successors(Some(e), |e| e.source()).any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
