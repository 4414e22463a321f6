//! `tempora eval timex GOLD_DIR...`: TempEval-3 Task A scores of the tagger on gold TimeML.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use tempora::eval::{evaluate_timex, render_text_with_limit};
use tempora::timeml::read_timeml_dir;

/// Reads every `.tml` of the folders, tags each text with its DCT and prints the scores
/// (text, or JSON with `json`). A file that cannot be read is reported and left out.
pub fn timex(
    dirs: &[PathBuf],
    json: bool,
    errors: usize,
    options: tempora::Options,
) -> Result<ExitCode> {
    let mut docs = Vec::new();
    let mut failed = false;
    for dir in dirs {
        let files = read_timeml_dir(dir)
            .with_context(|| format!("cannot list the gold folder {}", dir.display()))?;
        for (path, doc) in files {
            match doc {
                Ok(doc) => docs.push(doc),
                Err(e) => {
                    eprintln!("error: {}: {e}", path.display());
                    failed = true;
                }
            }
        }
    }
    if docs.is_empty() {
        bail!("no .tml document found in the gold folder(s)");
    }
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
