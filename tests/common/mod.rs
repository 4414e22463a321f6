//! Helpers shared by the tests that read the corpora beside the repository
//! (`../shared/data`, never copied into it).

#![allow(dead_code)] // each test file uses its own subset

use std::path::{Path, PathBuf};

use tempora::timeml::{read_timeml_dir, TimemlDocument};

/// `../shared/data/<sub>` when it exists; otherwise says that the test is skipped, and why.
pub fn shared_data(sub: &str) -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data")
        .join(sub);
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!(
            "skipping: {} not found (the corpora live beside the repository, not in it)",
            dir.display()
        );
        None
    }
}

/// Every `.tml` document of `dir`, parsed; panics naming the file that fails.
pub fn timeml_docs(dir: &Path) -> Vec<TimemlDocument> {
    read_timeml_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .into_iter()
        .map(|(path, doc)| doc.unwrap_or_else(|e| panic!("{}: {e}", path.display())))
        .collect()
}

/// The TempEval-3 training documents, TimeBank then AQUAINT, or `None` (skipped) without them.
pub fn tempeval3_train() -> Option<Vec<TimemlDocument>> {
    let dir = shared_data("tempeval3/train")?;
    Some(
        ["TimeBank", "AQUAINT"]
            .iter()
            .flat_map(|folder| timeml_docs(&dir.join(folder)))
            .collect(),
    )
}
