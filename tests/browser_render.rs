//! The seed's `timelinejs` and `html` exports rendered in real clients (issue 5, part 4):
//! TimelineJS3 from npm and the self-contained page, both in headless Chromium, driven by
//! `tests/browser/run.mjs` (playwright-core).
//!
//! Skips, saying why, when Chromium, node or `tests/browser/node_modules` is missing, so that
//! `cargo test` passes on a fresh machine; `.ci/browser` installs them and sets
//! `TEMPORA_BROWSER_TESTS=require`, which turns a skip into a failure.
//! `TEMPORA_SCREENSHOTS=DIR` saves the screenshots there (`docs/img` for the docs).

use std::path::{Path, PathBuf};
use std::process::Command;

use tempora::document::{Article, ReadOptions};
use tempora::export::{render, Format};

const SEED: &str = "seeds/bolivia-2019-11-10.txt";

/// Why the browser test cannot run here, if it cannot.
fn missing(chromium: &Path, harness: &Path) -> Option<String> {
    if !chromium.exists() {
        return Some(format!(
            "no Chromium at {} (apt-get install chromium, or set CHROMIUM)",
            chromium.display()
        ));
    }
    if Command::new("node").arg("--version").output().is_err() {
        return Some("no node on PATH".to_string());
    }
    if !harness.join("node_modules/playwright-core").exists()
        || !harness.join("node_modules/@knight-lab/timelinejs").exists()
    {
        return Some(format!(
            "no node_modules in {} (run npm ci there)",
            harness.display()
        ));
    }
    None
}

#[test]
fn timelinejs_and_html_render_in_chromium() {
    let chromium = PathBuf::from(std::env::var("CHROMIUM").unwrap_or("/usr/bin/chromium".into()));
    let harness = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser");
    if let Some(why) = missing(&chromium, &harness) {
        if std::env::var("TEMPORA_BROWSER_TESTS").as_deref() == Ok("require") {
            panic!("browser test required but cannot run: {why}");
        }
        eprintln!("SKIP timelinejs_and_html_render_in_chromium: {why}; .ci/browser sets it up");
        return;
    }

    let bytes = std::fs::read(SEED).unwrap();
    let article = Article::from_bytes(SEED, &bytes, &ReadOptions::default()).unwrap();
    let timeline = tempora::reconstruct(&article).timeline;
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("browser");
    std::fs::create_dir_all(&dir).unwrap();
    let write = |name: &str, f: Format| {
        let path = dir.join(name);
        std::fs::write(&path, render(&timeline, f).unwrap()).unwrap();
        path
    };
    let json = write("seed.json", Format::Json);
    let tl = write("seed.timelinejs.json", Format::TimelineJs);
    let html = write("seed.html", Format::Html);
    let shots = std::env::var("TEMPORA_SCREENSHOTS")
        .map(PathBuf::from)
        .unwrap_or_else(|_| dir.join("screenshots"));

    let out = Command::new("node")
        .arg(harness.join("run.mjs"))
        .args(["--timeline".as_ref(), json.as_os_str()])
        .args(["--timelinejs".as_ref(), tl.as_os_str()])
        .args(["--html".as_ref(), html.as_os_str()])
        .args(["--screenshots".as_ref(), shots.as_os_str()])
        .args(["--chromium".as_ref(), chromium.as_os_str()])
        .output()
        .expect("node runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    println!("{stdout}");
    eprintln!("{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "browser checks failed:\n{stdout}");
    assert!(stdout.contains("all browser checks passed"));
}
