//! Argument parsing, reading files, printing results and diagnostics. No analysis here.

mod render;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand, ValueEnum};
use tempora::document::{parse_date, Article, ReadOptions};
use tempora::temporal::{self, Anchor, Profile as LibProfile, Tense};
use tempora::{export, Options, Severity};

/// tempora: reconstruct what happened when, from news articles.
#[derive(Debug, Parser)]
#[command(name = "tempora", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Build the timeline of one or more articles and write it (YAML by default).
    ///
    /// An article is a text file whose first lines may be headers such as
    /// `Published: Sun, November 10, 2019`, `Title:`, `Source:`; the first other line is the
    /// headline. Without a publish date in the header, pass --published.
    Reconstruct {
        /// Article files.
        #[arg(required = true)]
        articles: Vec<PathBuf>,
        /// Publish date to use (overrides the header), e.g. 2019-11-10.
        #[arg(long, value_name = "DATE")]
        published: Option<String>,
        /// Write the timeline here instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Yaml)]
        format: Format,
        /// How partial and relative dates are anchored.
        #[arg(long, value_enum, default_value_t = Profile::News)]
        profile: Profile,
        /// Also print notes (skipped boilerplate, repeated headlines).
        #[arg(short, long)]
        verbose: bool,
    },
    /// Show how a time phrase resolves, and why.
    Explain {
        /// The phrase, e.g. "the previous three nights".
        phrase: String,
        /// The publish date to resolve against, e.g. 2019-11-10.
        #[arg(long, value_name = "DATE")]
        published: String,
        /// The tense of the clause around the phrase.
        #[arg(long, value_enum)]
        tense: Option<TenseArg>,
    },
    /// Score tempora against gold-annotated TimeML (TempEval-3) documents.
    Eval {
        #[command(subcommand)]
        what: EvalCommand,
    },
}

#[derive(Debug, Subcommand)]
enum EvalCommand {
    /// TempEval-3 Task B: event extents (strict, relaxed) and classes, per document and overall.
    ///
    /// Reads every `*.tml` file directly inside each folder. Note: the shipped event model is
    /// trained on the TempEval-3 training folders, so scores on them are in-sample
    /// (docs/accuracy.md gives the cross-validated figures).
    Events {
        /// Folders of `.tml` files, e.g. ../shared/data/tempeval3/train/TimeBank.
        #[arg(required = true, value_name = "GOLD_DIR")]
        gold_dirs: Vec<PathBuf>,
        /// Print the full report as JSON instead of text.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Format {
    Yaml,
    Json,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Profile {
    News,
    Narrative,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum TenseArg {
    Past,
    Present,
    Future,
}

/// Runs the command line; exit code 0 on success, 2 on usage or input errors.
pub fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    match dispatch(cli) {
        Ok(code) => code,
        Err(e) => {
            if is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn dispatch(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Reconstruct {
            articles,
            published,
            output,
            format,
            profile,
            verbose,
        } => reconstruct(
            &articles,
            published.as_deref(),
            output,
            format,
            profile,
            verbose,
        ),
        Command::Explain {
            phrase,
            published,
            tense,
        } => explain(&phrase, &published, tense),
        Command::Eval {
            what: EvalCommand::Events { gold_dirs, json },
        } => eval_events(&gold_dirs, json),
    }
}

fn publish_date(s: &str) -> Result<chrono::NaiveDate> {
    parse_date(s).with_context(|| format!("--published {s:?} is not a date"))
}

fn reconstruct(
    paths: &[PathBuf],
    published: Option<&str>,
    output: Option<PathBuf>,
    format: Format,
    profile: Profile,
    verbose: bool,
) -> Result<ExitCode> {
    let published = published.map(publish_date).transpose()?;
    let options = ReadOptions {
        published,
        id: None,
    };
    let mut articles = Vec::new();
    let mut failed = false;
    // A bad article is reported and skipped; the others still make the timeline.
    for path in paths {
        let name = path.display().to_string();
        let read = std::fs::read(path)
            .with_context(|| format!("cannot read {name}"))
            .and_then(|bytes| {
                Article::from_bytes(&name, &bytes, &options).map_err(anyhow::Error::from)
            });
        match read {
            Ok(article) => articles.push(article),
            Err(e) => {
                eprintln!("error: {e:#}");
                failed = true;
            }
        }
    }
    if articles.is_empty() {
        bail!("no article could be read");
    }
    let lib_profile = match profile {
        Profile::News => LibProfile::News,
        Profile::Narrative => LibProfile::Narrative,
    };
    let out = tempora::reconstruct_all(
        &articles,
        &Options {
            profile: lib_profile,
        },
    );
    let mut stderr = std::io::stderr().lock();
    for d in &out.diagnostics {
        if d.severity == Severity::Note && !verbose {
            continue;
        }
        if let Some(a) = articles.iter().find(|a| a.id == d.document) {
            let path = a.source.as_deref().unwrap_or(&a.id);
            let _ = write!(stderr, "{}", render::diagnostic(path, &a.text, d));
        }
    }
    let text = match format {
        Format::Yaml => export::to_yaml(&out.timeline)?,
        Format::Json => export::to_json(&out.timeline)? + "\n",
    };
    match output {
        Some(path) => std::fs::write(&path, text)
            .with_context(|| format!("cannot write {}", path.display()))?,
        None => std::io::stdout().lock().write_all(text.as_bytes())?,
    }
    Ok(if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

fn explain(phrase: &str, published: &str, tense: Option<TenseArg>) -> Result<ExitCode> {
    let published = publish_date(published)?;
    let tense = match tense {
        Some(TenseArg::Past) => Tense::Past,
        Some(TenseArg::Present) => Tense::Present,
        Some(TenseArg::Future) => Tense::Future,
        None => Tense::None,
    };
    let anchor = Anchor {
        tense,
        ..Anchor::news(published)
    };
    let found = temporal::explain(phrase, &anchor);
    if found.is_empty() {
        bail!("no time phrase found in {phrase:?}");
    }
    let mut out = String::new();
    for (n, x) in found.iter().enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let text = &phrase[x.span.start..x.span.end];
        out.push_str(&format!("phrase:      {text}\n"));
        if x.span.len() < phrase.trim().len() {
            out.push_str(&format!(
                "position:    bytes {}..{} of the input\n",
                x.span.start, x.span.end
            ));
        }
        out.push_str(&format!("grammar:     {}\n", x.rule));
        out.push_str(&format!("parsed:      {:?}\n", x.expr));
        match &x.value {
            Ok(v) => {
                out.push_str(&format!(
                    "value:       {} ({})\n",
                    v.value,
                    serde_plain(&v.kind)
                ));
                out.push_str(&format!("granularity: {}\n", serde_plain(&v.granularity)));
                let show = |t: Option<chrono::NaiveDateTime>| {
                    t.map_or("unbounded".to_string(), |t| {
                        t.format("%Y-%m-%dT%H:%M").to_string()
                    })
                };
                out.push_str(&format!("earliest:    {}\n", show(v.earliest)));
                out.push_str(&format!("latest:      {}\n", show(v.latest)));
                if let Some(o) = v.offset {
                    out.push_str(&format!(
                        "offset:      {} to {} minutes {} the anchor\n",
                        o.min_minutes,
                        o.max_minutes,
                        serde_plain(&o.direction)
                    ));
                }
                out.push_str(&format!("resolution:  {}\n", v.trace.resolution));
                out.push_str(&format!("anchor:      {}\n", v.trace.anchor));
                out.push_str(&format!("tense:       {}\n", serde_plain(&v.trace.tense)));
                if let Some(a) = &v.trace.assumption {
                    out.push_str(&format!("assumption:  {a}\n"));
                }
                if let Some(a) = &v.trace.alternative {
                    out.push_str(&format!("alternative: {a}\n"));
                }
            }
            Err(e) => out.push_str(&format!("unresolved:  {e}\n")),
        }
    }
    std::io::stdout().lock().write_all(out.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

/// Reads the gold documents of several folders; a file that fails to parse is reported and
/// skipped (the run continues, exit code 2 at the end).
fn read_gold_dirs(dirs: &[PathBuf]) -> Result<(Vec<tempora::timeml::TimemlDocument>, bool)> {
    let mut docs = Vec::new();
    let mut failed = false;
    for dir in dirs {
        let entries = tempora::timeml::read_timeml_dir(dir)
            .with_context(|| format!("cannot read the folder {}", dir.display()))?;
        for (path, doc) in entries {
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
        bail!("no .tml document could be read");
    }
    Ok((docs, failed))
}

fn eval_events(dirs: &[PathBuf], json: bool) -> Result<ExitCode> {
    let (docs, failed) = read_gold_dirs(dirs)?;
    let report = tempora::eval::evaluate_events(&docs, tempora::eval::tempora_events);
    let text = if json {
        serde_json::to_string_pretty(&report)? + "\n"
    } else {
        tempora::eval::render_event_text(&report)
    };
    std::io::stdout().lock().write_all(text.as_bytes())?;
    Ok(if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

/// A serde enum's name as written in the output ("past", "DATE").
fn serde_plain<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}
