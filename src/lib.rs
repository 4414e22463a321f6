//! tempora: event timeline reconstruction from news articles.
#![deny(missing_docs)]

mod span;
pub use span::Span;
pub mod eval;
pub mod timeml;
