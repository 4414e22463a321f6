//! YAML, the canonical format: the model as serde writes it (`docs/timeline-format.md`).

use crate::timeline::Timeline;
use crate::Error;

/// The timeline as YAML, the canonical format (`docs/timeline-format.md`).
///
/// The output is deterministic: the same timeline gives the same bytes.
pub fn to_yaml(timeline: &Timeline) -> Result<String, Error> {
    serde_yaml::to_string(timeline).map_err(|e| Error::Export(e.to_string()))
}
