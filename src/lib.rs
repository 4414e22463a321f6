//! tempora: event timeline reconstruction from news articles.
#![deny(missing_docs)]

pub mod diagnostic;
pub mod document;
pub mod error;
pub mod segment;
mod span;
pub mod temporal;

pub use diagnostic::{Diagnostic, Severity};
pub use error::Error;
pub use span::Span;
