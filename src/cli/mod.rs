//! Argument parsing, reading files, printing results and diagnostics. No analysis here.

mod annotate;
mod eval;
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
    /// Score tempora against gold annotation.
    #[command(subcommand)]
    Eval(EvalCommand),
    /// Write an article with its time expressions tagged.
    ///
    /// FILE is a plain article (with its header, as for `reconstruct`) or a TimeML `.tml`
    /// file, whose <TEXT> and <DCT> are reused. The output's <TEXT> is the input text byte for
    /// byte with TIMEX3 tags inserted.
    Annotate {
        /// The article or `.tml` file.
        file: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = AnnotateFormat::Timeml)]
        format: AnnotateFormat,
        /// Publish date to use (overrides the header or the DCT), e.g. 2019-11-10.
        #[arg(long, value_name = "DATE")]
        published: Option<String>,
        /// Write here instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
enum EvalCommand {
    /// TempEval-3 Task A: time expression extents (strict, relaxed), values and types.
    ///
    /// Tags the <TEXT> of every `.tml` file in the folders with its <DCT> as publish date and
    /// prints overall and per-document scores, then the misses, spurious timexes and wrong
    /// values and types.
    Timex {
        /// Folders of gold `.tml` files, e.g. ../shared/data/tempeval3/train/TimeBank.
        #[arg(required = true)]
        gold_dirs: Vec<PathBuf>,
        /// Print the report as JSON (all errors listed).
        #[arg(long)]
        json: bool,
        /// How many items of each error list to print.
        #[arg(long, value_name = "N", default_value_t = 20)]
        errors: usize,
        /// How partial and relative dates are anchored (narrative for histories).
        #[arg(long, value_enum, default_value_t = Profile::News)]
        profile: Profile,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum AnnotateFormat {
    Timeml,
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
        Command::Eval(EvalCommand::Timex {
            gold_dirs,
            json,
            errors,
            profile,
        }) => eval::timex(
            &gold_dirs,
            json,
            errors,
            Options {
                profile: match profile {
                    Profile::News => LibProfile::News,
                    Profile::Narrative => LibProfile::Narrative,
                },
            },
        ),
        Command::Annotate {
            file,
            format: AnnotateFormat::Timeml,
            published,
            output,
        } => annotate::timeml(
            &file,
            published.as_deref().map(publish_date).transpose()?,
            output,
        ),
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
        out.push_str(&x.render(phrase));
    }
    std::io::stdout().lock().write_all(out.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}
