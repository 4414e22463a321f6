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
        #[arg(required_unless_present = "jsonl")]
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
        #[command(flatten)]
        batch: BatchArgs,
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
}

/// Batch mode and input limits (issue 6).
#[derive(Debug, clap::Args)]
struct BatchArgs {
    /// Batch mode: read JSON Lines records {"id", "published", "text", "title"?, "url"?} from
    /// this file (`-` for standard input) and write one JSON line per record to standard
    /// output, in input order: the record's timeline or {"id", "line", "error"}. The exit code
    /// is 1 when any record failed; a summary goes to standard error.
    #[arg(long, value_name = "IN.jsonl", conflicts_with_all = ["articles", "published", "output", "format"])]
    jsonl: Option<PathBuf>,
    /// Refuse an article (or a JSON line) larger than this many bytes, without reading it.
    #[arg(long, value_name = "BYTES", default_value_t = tempora::document::DEFAULT_MAX_BYTES)]
    max_bytes: u64,
    /// Batch mode: worker threads (default: one per core).
    #[arg(long, value_name = "N")]
    jobs: Option<usize>,
    /// Batch mode: records analysed together; memory is bounded by this window.
    #[arg(long, value_name = "RECORDS", default_value_t = 256)]
    window: usize,
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
            batch,
        } => match &batch.jsonl {
            Some(input) => reconstruct_jsonl(input, profile, &batch),
            None => reconstruct(
                &articles,
                published.as_deref(),
                output,
                format,
                profile,
                verbose,
                batch.max_bytes,
            ),
        },
        Command::Explain {
            phrase,
            published,
            tense,
        } => explain(&phrase, &published, tense),
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
    max_bytes: u64,
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
        // The size is checked before reading (issue 6: a 100 MB file is refused, not read).
        match Article::read_path(path, max_bytes, &options) {
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
    let out = tempora::reconstruct_all(
        &articles,
        &Options {
            profile: lib_profile(profile),
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

fn lib_profile(profile: Profile) -> LibProfile {
    match profile {
        Profile::News => LibProfile::News,
        Profile::Narrative => LibProfile::Narrative,
    }
}

/// `reconstruct --jsonl`: the batch runs in the library; here only files, threads, the
/// progress bar and the summary.
fn reconstruct_jsonl(
    input: &std::path::Path,
    profile: Profile,
    args: &BatchArgs,
) -> Result<ExitCode> {
    use std::io::IsTerminal;
    if let Some(jobs) = args.jobs {
        rayon::ThreadPoolBuilder::new()
            .num_threads(jobs.max(1))
            .build_global()
            .context("cannot start the worker threads")?;
    }
    let options = tempora::batch::BatchOptions {
        pipeline: Options {
            profile: lib_profile(profile),
        },
        window: args.window.max(1),
        max_bytes: args.max_bytes,
        ..Default::default()
    };
    let stdin = std::io::stdin();
    let (reader, total): (Box<dyn std::io::BufRead>, Option<u64>) = if input.as_os_str() == "-" {
        (Box::new(stdin.lock()), None)
    } else {
        let file = std::fs::File::open(input)
            .with_context(|| format!("cannot read {}", input.display()))?;
        let len = file.metadata().ok().map(|m| m.len());
        (
            Box::new(std::io::BufReader::with_capacity(1 << 16, file)),
            len,
        )
    };
    // A bar only on a terminal: pipes and CI logs get the summary alone.
    let bar = std::io::stderr().is_terminal().then(|| {
        let bar = match total {
            Some(n) => indicatif::ProgressBar::new(n),
            None => indicatif::ProgressBar::no_length(),
        };
        let style = if total.is_some() {
            "{bar:30} {bytes}/{total_bytes} {binary_bytes_per_sec} ETA {eta} {msg}"
        } else {
            "{spinner} {bytes} {binary_bytes_per_sec} {msg}"
        };
        if let Ok(style) = indicatif::ProgressStyle::with_template(style) {
            bar.set_style(style);
        }
        bar
    });
    let started = std::time::Instant::now();
    let stdout = std::io::stdout();
    let out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let summary = tempora::batch::run(reader, out, &options, |s| {
        if let Some(bar) = &bar {
            bar.set_position(s.bytes);
            bar.set_message(format!("{} records, {} errors", s.records, s.errors));
        }
    })?;
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    let secs = started.elapsed().as_secs_f64().max(1e-9);
    eprintln!(
        "tempora: {} records, {} events, {} errors in {:.2} s ({:.0} records/s, {:.2} MB/s)",
        summary.records,
        summary.events,
        summary.errors,
        secs,
        summary.records as f64 / secs,
        summary.bytes as f64 / secs / 1e6,
    );
    Ok(if summary.errors > 0 {
        ExitCode::from(1)
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

/// A serde enum's name as written in the output ("past", "DATE").
fn serde_plain<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}
