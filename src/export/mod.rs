//! Serialisation of a [`Timeline`]: pure formatting, no analysis.
//!
//! One file per format, each a function of the one timeline model; the same timeline always
//! gives the same bytes. `docs/formats.md` shows each on the seed article.
//!
//! | format | function | for |
//! |---|---|---|
//! | `yaml` | [`to_yaml`] | the canonical format (`docs/timeline-format.md`) |
//! | `json` | [`to_json`] | the same structure; JSON Schema in `docs/timeline.schema.json` |
//! | `markdown` | [`to_markdown`] | a chronology table for a newsroom CMS |
//! | `timelinejs` | [`to_timelinejs`] | Knight Lab TimelineJS3 JSON |
//! | `timelinejs-csv` | [`to_timelinejs_csv`] | TimelineJS's Google Sheets columns |
//! | `dot` | [`to_dot`] | the temporal graph for Graphviz |
//! | `html` | [`to_html`] | one self-contained page drawing the timeline as SVG |
//!
//! ```
//! use tempora::document::{Article, ReadOptions};
//! use tempora::export::{render, Format};
//!
//! let text = "Published: Sun, November 10, 2019\n\nPolice defiant\n\n\
//!             Some police units became openly defiant on Friday.\n";
//! let article = Article::from_bytes("police.txt", text.as_bytes(), &ReadOptions::default())?;
//! let timeline = tempora::reconstruct(&article).timeline;
//! let md = render(&timeline, Format::Markdown)?;
//! assert!(md.contains("| 8 Nov 2019 |"));
//! assert_eq!(md, render(&timeline, Format::Markdown)?); // deterministic
//! # Ok::<(), tempora::Error>(())
//! ```

mod common;
mod dot;
mod html;
mod json;
mod markdown;
mod timelinejs;
mod timelinejs_csv;
mod yaml;

pub use dot::to_dot;
pub use html::to_html;
pub use json::to_json;
pub use markdown::to_markdown;
pub use timelinejs::to_timelinejs;
pub use timelinejs_csv::to_timelinejs_csv;
pub use yaml::to_yaml;

use crate::timeline::Timeline;
use crate::Error;

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Format {
    /// YAML, the canonical format.
    Yaml,
    /// JSON with the same structure as the YAML.
    Json,
    /// A Markdown chronology table.
    Markdown,
    /// TimelineJS3 JSON.
    TimelineJs,
    /// TimelineJS's Google Sheets layout as CSV.
    TimelineJsCsv,
    /// Graphviz DOT.
    Dot,
    /// A self-contained HTML page with an SVG timeline.
    Html,
}

impl Format {
    /// Every format, in the order of the documentation.
    pub const ALL: [Format; 7] = [
        Format::Yaml,
        Format::Json,
        Format::Markdown,
        Format::TimelineJs,
        Format::TimelineJsCsv,
        Format::Dot,
        Format::Html,
    ];

    /// The name used on the command line (`--format timelinejs-csv`).
    ///
    /// ```
    /// assert_eq!(tempora::export::Format::TimelineJsCsv.name(), "timelinejs-csv");
    /// ```
    pub const fn name(self) -> &'static str {
        match self {
            Format::Yaml => "yaml",
            Format::Json => "json",
            Format::Markdown => "markdown",
            Format::TimelineJs => "timelinejs",
            Format::TimelineJsCsv => "timelinejs-csv",
            Format::Dot => "dot",
            Format::Html => "html",
        }
    }

    /// The usual file extension, without the dot.
    pub const fn extension(self) -> &'static str {
        match self {
            Format::Yaml => "yaml",
            Format::Json | Format::TimelineJs => "json",
            Format::Markdown => "md",
            Format::TimelineJsCsv => "csv",
            Format::Dot => "dot",
            Format::Html => "html",
        }
    }
}

/// The timeline in `format`, as the complete text of a file (ending in a newline).
pub fn render(timeline: &Timeline, format: Format) -> Result<String, Error> {
    Ok(match format {
        Format::Yaml => to_yaml(timeline)?,
        Format::Json => to_json(timeline)? + "\n",
        Format::Markdown => to_markdown(timeline),
        Format::TimelineJs => to_timelinejs(timeline)? + "\n",
        Format::TimelineJsCsv => to_timelinejs_csv(timeline),
        Format::Dot => to_dot(timeline),
        Format::Html => to_html(timeline),
    })
}
