//! Serialisation of a [`Timeline`](crate::timeline::Timeline): pure formatting, no analysis.

use crate::timeline::Timeline;
use crate::Error;

/// The timeline as YAML, the canonical format (`docs/timeline-format.md`).
///
/// The output is deterministic: the same timeline gives the same bytes.
pub fn to_yaml(timeline: &Timeline) -> Result<String, Error> {
    serde_yaml::to_string(timeline).map_err(|e| Error::Export(e.to_string()))
}

/// The timeline as pretty-printed JSON, with the same structure as the YAML.
pub fn to_json(timeline: &Timeline) -> Result<String, Error> {
    serde_json::to_string_pretty(timeline).map_err(|e| Error::Export(e.to_string()))
}
