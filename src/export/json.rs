//! JSON: the same structure as the YAML, described by `docs/timeline.schema.json`.

use crate::timeline::Timeline;
use crate::Error;

/// The timeline as pretty-printed JSON, with the same structure as the YAML (no trailing
/// newline; [`render`](super::render) adds one).
///
/// `docs/timeline.schema.json` is its JSON Schema; a test validates the seed's output against it.
pub fn to_json(timeline: &Timeline) -> Result<String, Error> {
    serde_json::to_string_pretty(timeline).map_err(|e| Error::Export(e.to_string()))
}
