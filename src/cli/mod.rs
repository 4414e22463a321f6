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
    /// headline, unless the body is one paragraph. Without a publish date in the header, pass
    /// --published.
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
        /// Keep only the events this entity takes part in (SemEval-2015 entity timelines).
        #[arg(long, value_name = "NAME")]
        about: Option<String>,
        /// Also use the orders the trained pair classifier guesses (right about half the time;
        /// listed with the rule "trained pair classifier", weaker than anything the text marks).
        #[arg(long)]
        guess_order: bool,
        #[command(flatten)]
        batch: BatchArgs,
    },
    /// Merge per-article timelines into one timeline per story (the reduce of docs/scaling.md).
    ///
    /// Reads the JSON Lines that `reconstruct --jsonl` writes (in any order, from any number
    /// of processes, concatenated), groups them by the `story` field (copied there from each
    /// input record) and writes one line per story, stories sorted:
    /// {"story", "articles", "timeline", "diagnostics", "errors"}. Events of the articles are
    /// interleaved by date and renumbered; each article's own order is kept. The exit code is
    /// 1 when any article or line had an error (they are in the output), 2 when the input
    /// cannot be read.
    Merge {
        /// JSON Lines from `reconstruct --jsonl` (`-` for standard input).
        #[arg(long, value_name = "IN.jsonl")]
        jsonl: PathBuf,
        /// The top-level field to group by.
        #[arg(long, value_name = "FIELD", default_value = "story")]
        key: String,
        /// Put lines without that field into this group instead of reporting each as an error.
        #[arg(long, value_name = "KEY")]
        missing: Option<String>,
    },
    /// Check claims about the order of events against one or more articles.
    ///
    /// Events are named by words of their trigger or summary: "clashed before shaking hands",
    /// "incident after speaking", "defiant on 2019-11-08", "took office between 2005-01-01 and
    /// 2007-12-31". Exit code 0 when every claim is entailed, 1 otherwise, 2 on input errors.
    Check {
        /// Article files.
        #[arg(required = true)]
        articles: Vec<PathBuf>,
        /// A claim (repeatable).
        #[arg(long = "claim", value_name = "CLAIM")]
        claims: Vec<String>,
        /// A YAML file with a list of claims (strings, or maps with a `claim` key).
        #[arg(long = "claims", value_name = "FILE.yaml")]
        claims_file: Option<PathBuf>,
        /// Publish date to use (overrides the header), e.g. 2019-11-10.
        #[arg(long, value_name = "DATE")]
        published: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
        format: CheckFormat,
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
        /// How partial and deictic phrases are anchored: on the publish date (news) or on
        /// the time last talked about in the passage (narrative).
        #[arg(long, value_enum, default_value_t = Profile::News)]
        profile: Profile,
    },
    /// Score tempora against gold annotation.
    #[command(subcommand)]
    Eval(EvalCommand),
    /// Write an article with its time expressions, events and relations tagged (TimeML).
    ///
    /// FILE is a plain article (with its header, as for `reconstruct`) or a TimeML `.tml`
    /// file, whose <TEXT> and <DCT> are reused. The output's <TEXT> is the input text byte for
    /// byte with TIMEX3 and EVENT tags inserted; MAKEINSTANCE and TLINK elements follow it.
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
        /// Also write tempora's events for each gold file to DIR (a TimeML file of the same
        /// name with EVENT and MAKEINSTANCE elements), for the official TempEval-3 entity
        /// scorer (docs/accuracy.md).
        #[arg(long, value_name = "DIR", hide = true)]
        dump_system: Option<PathBuf>,
    },
    /// Temporal awareness (TempEval-3 Task C) of tempora's relations on the gold events and
    /// times of each `.tml` file in GOLD_DIR.
    Tlinks {
        /// A folder of TimeML files with TLINKs, e.g. ../shared/data/tempeval3/train/TimeBank.
        gold_dir: PathBuf,
        /// Use tempora's own events and times found in the raw text (end to end), aligned to
        /// the gold ones by overlapping extents, instead of the gold entities.
        #[arg(long)]
        raw: bool,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
        /// Also write the system TLINKs of each document to DIR, one TimeML file per gold
        /// file of the same name, for the official TempEval-3 scorer (docs/accuracy.md).
        #[arg(long, value_name = "DIR", hide = true)]
        dump_system: Option<PathBuf>,
    },
    /// SemEval-2015 Task 4 timelines: each file of SYSTEM_DIR against the gold file of the
    /// same name (temporal awareness of the ranks, micro-averaged).
    Timeline {
        /// Gold timelines, e.g. ../shared/data/semeval2015-timeline-trial/gold-timelines.
        gold_dir: PathBuf,
        /// System timelines with the same file names.
        system_dir: PathBuf,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
    /// MATRES start-point relations (BEFORE/AFTER/EQUAL/VAGUE) on the gold events.
    Matres {
        /// The MATRES file, e.g. ../shared/data/matres/timebank.txt.
        matres: PathBuf,
        /// The TimeML folder of its documents, e.g. ../shared/data/tempeval3/train/TimeBank.
        gold_dir: PathBuf,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum AnnotateFormat {
    Timeml,
}

/// Batch mode and input limits (issue 6).
#[derive(Debug, clap::Args)]
struct BatchArgs {
    /// Batch mode: read JSON Lines records {"id", "published", "text", "title"?, "url"?} from
    /// this file (`-` for standard input) and write one JSON line per record to standard
    /// output, in input order: the record's timeline or {"id", "line", "error"}. The exit code
    /// is 1 when any record failed; a summary goes to standard error.
    #[arg(long, value_name = "IN.jsonl", conflicts_with_all = ["articles", "published", "output", "format", "about", "verbose"])]
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
    /// The canonical timeline (docs/timeline-format.md).
    Yaml,
    /// The same structure as JSON (schema: docs/timeline.schema.json).
    Json,
    /// A chronology table for a newsroom CMS.
    Markdown,
    /// Knight Lab TimelineJS3 JSON.
    Timelinejs,
    /// TimelineJS's Google Sheets columns, as CSV.
    TimelinejsCsv,
    /// The temporal graph for Graphviz.
    Dot,
    /// One self-contained page drawing the timeline as SVG.
    Html,
    /// SemEval-2015 Task 4 entity timeline (`rank, date, doc-sentence-token`); needs --about.
    Semeval2015,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum CheckFormat {
    Text,
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
            if tempora::error::is_broken_pipe(e.as_ref()) {
                return ExitCode::SUCCESS;
            }
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
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
            about,
            guess_order,
            batch,
        } => match &batch.jsonl {
            Some(input) => reconstruct_jsonl(input, profile, guess_order, &batch),
            None => reconstruct(
                &articles,
                published.as_deref(),
                output,
                format,
                profile,
                verbose,
                about.as_deref(),
                batch.max_bytes,
                guess_order,
            ),
        },
        Command::Merge {
            jsonl,
            key,
            missing,
        } => merge_jsonl(&jsonl, key, missing),
        Command::Check {
            articles,
            claims,
            claims_file,
            published,
            format,
        } => check(&articles, claims, claims_file, published.as_deref(), format),
        Command::Explain {
            phrase,
            published,
            tense,
            profile,
        } => explain(&phrase, &published, tense, profile),
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
                ..Options::default()
            },
        ),
        Command::Eval(what) => eval(what),
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

#[allow(clippy::too_many_arguments)] // one per command-line option
fn reconstruct(
    paths: &[PathBuf],
    published: Option<&str>,
    output: Option<PathBuf>,
    format: Format,
    profile: Profile,
    verbose: bool,
    about: Option<&str>,
    max_bytes: u64,
    guess_order: bool,
) -> Result<ExitCode> {
    let (inputs, failed) = read_inputs(paths, published, max_bytes)?;
    let articles: Vec<Article> = inputs.iter().map(|i| i.article.clone()).collect();
    let options = Options {
        profile: lib_profile(profile),
        guess_order,
    };
    let analyses = tempora::analyze_all(&articles, &options);
    let rec = tempora::timeline::reconstruct_about(&analyses, true, about);
    let mut stderr = std::io::stderr().lock();
    // Line indexes made once per article, when first needed.
    let lines: Vec<std::cell::OnceCell<render::Lines>> = articles
        .iter()
        .map(|_| std::cell::OnceCell::new())
        .collect();
    let render_at = |a: usize, d: &tempora::Diagnostic| -> String {
        let a_ = &articles[a];
        let path = a_.source.as_deref().unwrap_or(&a_.id);
        let lines = lines[a].get_or_init(|| render::Lines::new(&a_.text));
        render::diagnostic_in(path, &a_.text, lines, d)
    };
    for d in analyses.iter().flat_map(|a| &a.diagnostics) {
        if d.severity == Severity::Note && !verbose {
            continue;
        }
        if let Some(a) = articles.iter().position(|a| a.id == d.document) {
            let _ = write!(stderr, "{}", render_at(a, d));
        }
    }
    // Conflicts and dropped readings too, each statement under its words.
    let show =
        |stderr: &mut std::io::StderrLock, message: String, ev: &tempora::timeline::Evidence| {
            if let Some(k) = articles.iter().position(|a| a.id == ev.document) {
                let d = tempora::Diagnostic {
                    severity: Severity::Warning,
                    stage: "graph",
                    document: articles[k].id.clone(),
                    span: Some(ev.span),
                    message,
                };
                let _ = write!(stderr, "{}", render_at(k, &d));
            }
        };
    for (n, c) in rec.timeline.conflicts.iter().enumerate() {
        for st in &c.statements {
            show(
                &mut stderr,
                format!(
                    "conflict {}: these statements cannot all be true: {}",
                    n + 1,
                    st.says
                ),
                &st.evidence,
            );
        }
    }
    for d in &rec.timeline.dropped {
        show(
            &mut stderr,
            format!("dropped as a weaker reading: {}", d.statement.says),
            &d.statement.evidence,
        );
    }
    let format = match format {
        Format::Yaml => export::Format::Yaml,
        Format::Json => export::Format::Json,
        Format::Markdown => export::Format::Markdown,
        Format::Timelinejs => export::Format::TimelineJs,
        Format::TimelinejsCsv => export::Format::TimelineJsCsv,
        Format::Dot => export::Format::Dot,
        Format::Html => export::Format::Html,
        Format::Semeval2015 => {
            let Some(entity) = about else {
                bail!("--format semeval2015 writes an entity timeline: give the entity with --about NAME");
            };
            // Sentences are named by the file's `<s id>` when it has them, else by position.
            let sentence_id = |d: usize, span: tempora::Span| {
                tempora::eval::semeval::sentence_name(&inputs[d].sentences, &analyses[d], span)
            };
            let text = tempora::eval::semeval::write(entity, &analyses, &rec, &sentence_id);
            emit(output, &text)?;
            return Ok(if failed {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            });
        }
    };
    let text = export::render(&rec.timeline, format)?;
    emit(output, &text)?;
    Ok(if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

/// Writes `text` to the file, or to standard output.
fn emit(output: Option<PathBuf>, text: &str) -> Result<()> {
    match output {
        Some(path) => std::fs::write(&path, text)
            .with_context(|| format!("cannot write {}", path.display()))?,
        None => std::io::stdout().lock().write_all(text.as_bytes())?,
    }
    Ok(())
}

/// An article read from a file, with the sentence ids a TimeML file marks (`<s id>`).
struct Input {
    article: Article,
    sentences: Vec<(String, tempora::Span)>,
}

/// The files named on the command line, directories walked (sorted, so that runs are
/// deterministic).
fn expand(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
                .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.path()).collect())
                .unwrap_or_default();
            entries.sort();
            out.extend(expand(&entries).into_iter().filter(|p| {
                !p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with('.'))
            }));
        } else {
            out.push(path.clone());
        }
    }
    out
}

/// Article records from a JSON file (one record) or a JSON Lines file (one per line); a bad
/// record is reported with its line and skipped.
fn read_records(
    path: &std::path::Path,
    name: &str,
    lines: bool,
    published: Option<chrono::NaiveDate>,
    max_bytes: u64,
) -> Result<(Vec<Input>, bool)> {
    let size = std::fs::metadata(path)
        .with_context(|| format!("cannot read {name}"))?
        .len();
    if size > max_bytes {
        bail!("{name}: {size} bytes, more than the limit of {max_bytes} (--max-bytes)");
    }
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("{name}: cannot read as UTF-8 text"))?;
    let chunks: Vec<(usize, &str)> = if lines {
        text.lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
            .map(|(n, l)| (n + 1, l))
            .collect()
    } else {
        vec![(1, text.as_str())]
    };
    let mut out = Vec::new();
    let mut failed = false;
    for (line, chunk) in chunks {
        let record = serde_json::from_str::<tempora::batch::Record>(chunk)
            .map_err(|e| {
                anyhow::anyhow!(
                    "{name}:{line}: not a record {{id, published, text, title?, url?}}: {e}"
                )
            })
            .and_then(|r| {
                r.into_article()
                    .map_err(|e| anyhow::anyhow!("{name}:{line}: {e}"))
            });
        match record {
            Ok(mut article) => {
                if let Some(p) = published {
                    article.published = p;
                }
                article.source = Some(format!("{name}:{line}"));
                out.push(Input {
                    article,
                    sentences: Vec::new(),
                });
            }
            Err(e) => {
                eprintln!("error: {e:#}");
                failed = true;
            }
        }
    }
    Ok((out, failed))
}

/// A TimeML file as an input article, with the `<s id>` sentences it marks.
fn read_timeml_input(
    path: &std::path::Path,
    name: &str,
    published: Option<chrono::NaiveDate>,
    max_bytes: u64,
) -> Result<Input> {
    let size = std::fs::metadata(path)
        .with_context(|| format!("cannot read {name}"))?
        .len();
    if size > max_bytes {
        bail!("{name}: {size} bytes, more than the limit of {max_bytes} (--max-bytes)");
    }
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {name}"))?;
    let text = String::from_utf8(bytes).with_context(|| format!("{name}: not UTF-8"))?;
    let doc = tempora::timeml::parse_timeml(&text).with_context(|| name.to_string())?;
    let mut article = Article::from_timeml(&doc, name);
    if let Some(p) = published {
        article.published = p;
    }
    Ok(Input {
        article,
        sentences: doc.sentences,
    })
}

/// Reads every input (text with header, or TimeML `.tml`); a bad one is reported and
/// skipped, the others go on.
fn read_inputs(
    paths: &[PathBuf],
    published: Option<&str>,
    max_bytes: u64,
) -> Result<(Vec<Input>, bool)> {
    let published = published.map(publish_date).transpose()?;
    let options = ReadOptions {
        published,
        id: None,
    };
    let mut inputs = Vec::new();
    let mut failed = false;
    for path in expand(paths) {
        let name = path.display().to_string();
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if ext == "json" || ext == "jsonl" {
            // Records `{id, title?, published, text, url?}`: one per file, or one per line.
            match read_records(&path, &name, ext == "jsonl", published, max_bytes) {
                Ok((records, bad)) => {
                    inputs.extend(records);
                    failed |= bad;
                }
                Err(e) => {
                    eprintln!("error: {e:#}");
                    failed = true;
                }
            }
            continue;
        }
        let read = if ext == "tml" {
            read_timeml_input(&path, &name, published, max_bytes)
        } else {
            // Plain articles go through the library's reader: size limit before reading,
            // named errors for empty, binary and non-UTF-8 files.
            Article::read_path(&path, max_bytes, &options)
                .map(|article| Input {
                    article,
                    sentences: Vec::new(),
                })
                .map_err(anyhow::Error::from)
        };
        match read {
            Ok(input) => inputs.push(input),
            Err(e) => {
                eprintln!("error: {e:#}");
                failed = true;
            }
        }
    }
    if inputs.is_empty() {
        bail!("no article could be read");
    }
    Ok((inputs, failed))
}

/// Writes tempora's TLINKs for each gold file of `gold_dir` to a file of the same name in
/// `out_dir`: a TimeML skeleton holding only the TLINKs, which is all the official TempEval-3
/// relation scorer (`temporal_evaluation.py`) reads.
fn dump_system_tlinks(
    gold_dir: &std::path::Path,
    out_dir: &std::path::Path,
    raw: bool,
) -> Result<()> {
    use tempora::eval::gold_entities::{system_tlinks, system_tlinks_raw};
    use tempora::timeml::LinkEnd;
    std::fs::create_dir_all(out_dir)
        .with_context(|| format!("cannot create {}", out_dir.display()))?;
    for (path, doc) in tempora::timeml::read_timeml_dir(gold_dir)
        .with_context(|| format!("cannot read {}", gold_dir.display()))?
    {
        let Ok(doc) = doc else { continue };
        let links = if raw {
            system_tlinks_raw(&doc)
        } else {
            system_tlinks(&doc)
        };
        let end = |e: &LinkEnd, source: bool| match (e, source) {
            (LinkEnd::Event(id), true) => format!("eventInstanceID=\"{id}\""),
            (LinkEnd::Time(id), true) => format!("timeID=\"{id}\""),
            (LinkEnd::Event(id), false) => format!("relatedToEventInstance=\"{id}\""),
            (LinkEnd::Time(id), false) => format!("relatedToTime=\"{id}\""),
        };
        let mut xml = format!(
            "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>{}</DOCID>\n",
            doc.id
        );
        for l in &links {
            xml.push_str(&format!(
                "<TLINK lid=\"{}\" relType=\"{}\" {} {} />\n",
                l.lid,
                l.rel_type,
                end(&l.source, true),
                end(&l.target, false)
            ));
        }
        xml.push_str("</TimeML>\n");
        let name = path.file_name().unwrap_or_default();
        let out = out_dir.join(name);
        std::fs::write(&out, xml).with_context(|| format!("cannot write {}", out.display()))?;
    }
    Ok(())
}

/// Writes tempora's events for each gold file of `gold_dir` to a file of the same name in
/// `out_dir`: the gold `<TEXT>` with an `EVENT` around each system event's extent, and a
/// `MAKEINSTANCE` per event, which is what the official TempEval-3 entity scorer
/// (`evaluate_entities.py`) reads. System events whose extent overlaps one already written
/// cannot be written inline; they are counted on standard error.
fn dump_system_events(gold_dir: &std::path::Path, out_dir: &std::path::Path) -> Result<()> {
    std::fs::create_dir_all(out_dir)
        .with_context(|| format!("cannot create {}", out_dir.display()))?;
    let mut skipped = 0;
    for (path, doc) in tempora::timeml::read_timeml_dir(gold_dir)
        .with_context(|| format!("cannot read {}", gold_dir.display()))?
    {
        let Ok(doc) = doc else { continue };
        let events = tempora::eval::events::tempora_event_annotations(&doc.text);
        let writer =
            tempora::timeml::TimemlWriter::new(&doc.id, doc.dct, &doc.text).with_events(&events);
        skipped += events.len() - writer.kept_events().len();
        let out = out_dir.join(path.file_name().unwrap_or_default());
        std::fs::write(&out, writer.write())
            .with_context(|| format!("cannot write {}", out.display()))?;
    }
    if skipped > 0 {
        eprintln!("dump-system: {skipped} events not written (empty, invalid or overlapping an earlier one)");
    }
    Ok(())
}

/// Reads a folder of TimeML files; unreadable files are reported and skipped.
fn read_gold(dir: &std::path::Path) -> Result<Vec<tempora::timeml::TimemlDocument>> {
    let mut docs = Vec::new();
    for (path, doc) in tempora::timeml::read_timeml_dir(dir)
        .with_context(|| format!("cannot read {}", dir.display()))?
    {
        match doc {
            Ok(d) => docs.push(d),
            Err(e) => eprintln!("error: {}: {e}", path.display()),
        }
    }
    if docs.is_empty() {
        bail!("no TimeML document in {}", dir.display());
    }
    Ok(docs)
}

fn eval(what: EvalCommand) -> Result<ExitCode> {
    use tempora::eval::gold_entities::{evaluate_matres, evaluate_tlinks};
    let out = match what {
        EvalCommand::Timex { .. } => {
            bail!("internal: `eval timex` is dispatched before this function")
        }
        EvalCommand::Events {
            gold_dirs,
            json,
            dump_system,
        } => {
            if let Some(dir) = &dump_system {
                for gold_dir in &gold_dirs {
                    dump_system_events(gold_dir, dir)?;
                }
            }
            return eval_events(&gold_dirs, json);
        }
        EvalCommand::Tlinks {
            gold_dir,
            raw,
            json,
            dump_system,
        } => {
            if let Some(dir) = &dump_system {
                dump_system_tlinks(&gold_dir, dir, raw)?;
            }
            let r = evaluate_tlinks(&read_gold(&gold_dir)?, raw);
            if json {
                serde_json::to_string_pretty(&r)? + "\n"
            } else {
                let c = &r.overall;
                let mut t = format!(
                    "temporal awareness on {}, {} documents ({})\n\
                     precision {:.4} ({} of {} reduced system relations verified by the gold side)\n\
                     recall    {:.4} ({} of {} reduced gold relations verified by the system side)\n\
                     F1        {:.4}\n",
                    if raw { "tempora's own entities (raw text)" } else { "gold entities" },
                    r.documents,
                    gold_dir.display(),
                    r.precision,
                    c.system_verified,
                    c.system,
                    r.recall,
                    c.gold_verified,
                    c.gold_reduced,
                    r.f1
                );
                if c.gold_inconsistent + c.system_inconsistent > 0 {
                    t.push_str(&format!(
                        "({} gold and {} system relations contradict earlier ones: scored, but \
                         left out of their side's closure)\n",
                        c.gold_inconsistent, c.system_inconsistent
                    ));
                }
                t.push_str(
                    "\nper document: precision recall F1 (system/verified, gold/verified)\n",
                );
                for (id, d) in &r.per_document {
                    t.push_str(&format!(
                        "  {id:<32} {:.3} {:.3} {:.3} ({}/{}, {}/{})\n",
                        d.precision(),
                        d.recall(),
                        d.f1(),
                        d.system,
                        d.system_verified,
                        d.gold_reduced,
                        d.gold_verified
                    ));
                }
                t
            }
        }
        EvalCommand::Timeline {
            gold_dir,
            system_dir,
            json,
        } => {
            let r = tempora::eval::semeval::evaluate_dirs(&gold_dir, &system_dir).with_context(
                || {
                    format!(
                        "cannot read {} or {}",
                        gold_dir.display(),
                        system_dir.display()
                    )
                },
            )?;
            if json {
                serde_json::to_string_pretty(&r)? + "\n"
            } else {
                let c = &r.overall;
                let mut t = format!(
                    "SemEval-2015 TimeLine, {} timelines, micro-averaged\nprecision {:.4} ({} of {} reduced system relations verified)\nrecall    {:.4} ({} of {} reduced gold relations verified)\nF1        {:.4}\n\n",
                    r.timelines, r.precision, c.system_verified, c.system, r.recall, c.gold_verified, c.gold_reduced, r.f1
                );
                for (name, d) in &r.per_timeline {
                    t.push_str(&format!(
                        "  {name:<28} P {:.3} R {:.3} F1 {:.3}\n",
                        d.precision(),
                        d.recall(),
                        d.f1()
                    ));
                }
                t
            }
        }
        EvalCommand::Matres {
            matres,
            gold_dir,
            json,
        } => {
            let lines = std::fs::read_to_string(&matres)
                .with_context(|| format!("cannot read {}", matres.display()))?;
            let r = evaluate_matres(&lines, &read_gold(&gold_dir)?);
            if json {
                serde_json::to_string_pretty(&r)? + "\n"
            } else {
                let mut t = format!(
                    "MATRES start points, {} pairs ({} with both events found)\n\
                     accuracy  {:.4}\nprecision {:.4} (non-VAGUE predictions)\nrecall    {:.4} (non-VAGUE gold)\nF1        {:.4}\n\nconfusion (gold → predicted: count)\n",
                    r.pairs, r.found, r.accuracy, r.precision, r.recall, r.f1
                );
                for (g, p, n) in &r.confusion {
                    t.push_str(&format!("  {g:?} → {p:?}: {n}\n"));
                }
                t
            }
        }
    };
    std::io::stdout().lock().write_all(out.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

/// A claims file entry: a string, or a map with a `claim` key.
#[derive(Debug, serde::Deserialize)]
#[serde(untagged)]
enum ClaimEntry {
    Text(String),
    Map { claim: String },
}

fn check(
    paths: &[PathBuf],
    mut claims: Vec<String>,
    claims_file: Option<PathBuf>,
    published: Option<&str>,
    format: CheckFormat,
) -> Result<ExitCode> {
    if let Some(file) = claims_file {
        let text = std::fs::read_to_string(&file)
            .with_context(|| format!("cannot read {}", file.display()))?;
        let entries: Vec<ClaimEntry> = serde_yaml::from_str(&text)
            .with_context(|| format!("{}: expected a YAML list of claims", file.display()))?;
        claims.extend(entries.into_iter().map(|e| match e {
            ClaimEntry::Text(t) | ClaimEntry::Map { claim: t } => t,
        }));
    }
    if claims.is_empty() {
        bail!("no claim given: use --claim \"A before B\" or --claims FILE.yaml");
    }
    let parsed: Vec<tempora::check::Claim> = claims
        .iter()
        .map(|c| tempora::check::parse_claim(c))
        .collect::<Result<_, _>>()?;
    let (inputs, failed) = read_inputs(paths, published, tempora::document::DEFAULT_MAX_BYTES)?;
    let articles: Vec<Article> = inputs.into_iter().map(|i| i.article).collect();
    let (rec, _) = tempora::reason_all(&articles, &Options::default());
    let reports: Vec<tempora::check::Report> = parsed
        .iter()
        .map(|c| tempora::check::check(&rec, c))
        .collect();
    let text = match format {
        CheckFormat::Yaml => serde_yaml::to_string(&reports)?,
        CheckFormat::Json => serde_json::to_string_pretty(&reports)? + "\n",
        CheckFormat::Text => render::reports(&reports),
    };
    std::io::stdout().lock().write_all(text.as_bytes())?;
    let all = reports
        .iter()
        .all(|r| r.answer == tempora::timeline::Verdict::Entailed);
    Ok(if failed {
        ExitCode::from(2)
    } else if all {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn lib_profile(profile: Profile) -> LibProfile {
    match profile {
        Profile::News => LibProfile::News,
        Profile::Narrative => LibProfile::Narrative,
    }
}

/// `merge --jsonl`: the reduce runs in the library; here only the files and the summary.
fn merge_jsonl(input: &std::path::Path, key: String, missing: Option<String>) -> Result<ExitCode> {
    let options = tempora::merge::MergeOptions {
        key,
        missing,
        ..Default::default()
    };
    let stdin = std::io::stdin();
    let reader: Box<dyn std::io::BufRead> = if input.as_os_str() == "-" {
        Box::new(stdin.lock())
    } else {
        let file = std::fs::File::open(input)
            .with_context(|| format!("cannot read {}", input.display()))?;
        Box::new(std::io::BufReader::with_capacity(1 << 16, file))
    };
    let stdout = std::io::stdout();
    let out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let s = tempora::merge::merge(reader, out, &options)?;
    eprintln!(
        "tempora: {} lines, {} stories, {} articles, {} events, {} duplicate lines dropped, {} errors",
        s.lines, s.stories, s.articles, s.events, s.duplicates, s.errors
    );
    Ok(if s.errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// `reconstruct --jsonl`: the batch runs in the library; here only files, threads, the
/// progress bar and the summary.
fn reconstruct_jsonl(
    input: &std::path::Path,
    profile: Profile,
    guess_order: bool,
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
            guess_order,
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

fn explain(
    phrase: &str,
    published: &str,
    tense: Option<TenseArg>,
    profile: Profile,
) -> Result<ExitCode> {
    let published = publish_date(published)?;
    let tense = match tense {
        Some(TenseArg::Past) => Tense::Past,
        Some(TenseArg::Present) => Tense::Present,
        Some(TenseArg::Future) => Tense::Future,
        None => Tense::None,
    };
    let anchor = Anchor {
        tense,
        profile: lib_profile(profile),
        ..Anchor::news(published)
    };
    // Phrase by phrase, as in an article: "June 5, 1944 ... the next day".
    let found = temporal::explain_passage(phrase, &anchor);
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

/// Reads the gold documents of several folders; a file that fails to parse is reported and
/// skipped (the run continues, exit code 2 at the end).
pub(crate) fn read_gold_dirs(
    dirs: &[PathBuf],
) -> Result<(Vec<tempora::timeml::TimemlDocument>, bool)> {
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
