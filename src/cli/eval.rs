//! `tempora eval timex GOLD_DIR...`: TempEval-3 Task A scores of the tagger on gold TimeML.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use tempora::eval::{evaluate_timex, render_text_with_limit};

/// Reads every `.tml` of the folders, tags each text with its DCT and prints the scores
/// (text, or JSON with `json`). A file that cannot be read is reported and left out.
pub fn timex(
    dirs: &[PathBuf],
    json: bool,
    errors: usize,
    options: tempora::Options,
) -> Result<ExitCode> {
    let (docs, failed) = super::read_gold_dirs(dirs)?;
    let report = evaluate_timex(&docs, |text, dct| {
        tempora::pipeline::tag_timexes_with(text, dct, &options)
    });
    let out = if json {
        serde_json::to_string_pretty(&report)? + "\n"
    } else {
        render_text_with_limit(&report, errors)
    };
    std::io::stdout().lock().write_all(out.as_bytes())?;
    Ok(if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}
