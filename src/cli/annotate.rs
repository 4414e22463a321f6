//! `tempora annotate FILE --format timeml`: the text with TIMEX3 and EVENT tags inserted, then
//! a MAKEINSTANCE per event and the TLINKs tempora states (those `tempora eval tlinks --raw`
//! scores: each event against the DCT, the relation sieves and the trained pair classifier).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use chrono::NaiveDate;
use tempora::document::{Article, ReadOptions};
use tempora::eval::events::event_annotation;
use tempora::eval::gold_entities::{tlinks_with_ids, GoldAnalysis};
use tempora::pipeline::{self, modifier_name, timex_kind, Options};
use tempora::timeml::{parse_timeml, EventAnnotation, TimemlWriter, TimexAnnotation};

/// Tags `file` and writes TimeML. A `.tml` input (or any input starting with an XML
/// declaration or `<TimeML>`) is read as TimeML: its `<TEXT>` is tagged with its `<DCT>`;
/// anything else is read as an article with a header.
pub fn timeml(
    file: &Path,
    published: Option<NaiveDate>,
    output: Option<PathBuf>,
) -> Result<ExitCode> {
    let name = file.display().to_string();
    let bytes = std::fs::read(file).with_context(|| format!("cannot read {name}"))?;
    let stem = file
        .file_stem()
        .map_or_else(|| name.clone(), |s| s.to_string_lossy().into_owned());
    let text = String::from_utf8_lossy(&bytes);
    let head = text.trim_start();
    let is_timeml = file.extension().is_some_and(|e| e == "tml")
        || head.starts_with("<?xml")
        || head.starts_with("<TimeML");
    let (id, article) = if is_timeml {
        let doc = parse_timeml(&text).with_context(|| format!("cannot read {name} as TimeML"))?;
        let id = if doc.id.is_empty() {
            stem
        } else {
            doc.id.clone()
        };
        let article = Article::from_body(&id, &doc.text, published.unwrap_or(doc.dct));
        (id, article)
    } else {
        let options = ReadOptions {
            published,
            id: None,
        };
        let article = Article::from_bytes(&name, &bytes, &options)?;
        (article.id.clone(), article)
    };
    let timexes: Vec<TimexAnnotation> = pipeline::tag(&article, &Options::default())
        .into_iter()
        .enumerate()
        .map(|(n, t)| TimexAnnotation {
            tid: format!("t{}", n + 1),
            span: t.span,
            kind: timex_kind(t.value.kind),
            value: t.value.value,
            modifier: t.value.modifier.map(modifier_name),
            freq: t.value.freq,
        })
        .collect();
    // Events and relations come from the whole pipeline, with the classifier's guesses (as
    // `eval tlinks --raw` scores them); times keep the tagger's ids.
    let options = Options {
        guess_order: true,
        ..Options::default()
    };
    let analysis = pipeline::analyze(&article, &options);
    let time_ids: Vec<String> = analysis
        .mentions
        .iter()
        .map(|m| {
            timexes
                .iter()
                .find(|t| t.span == m.span)
                .map_or_else(String::new, |t| t.tid.clone())
        })
        .collect();
    // The timeline's own events (`event::timeline_only`) are no TimeML events: no EVENT, and
    // no id for the TLINK writer, which leaves their links out.
    let mut events: Vec<EventAnnotation> = Vec::new();
    let mut event_ids = Vec::with_capacity(analysis.events.len());
    for e in &analysis.events {
        if tempora::event::timeline_only(&analysis.seg, e) {
            event_ids.push(String::new());
        } else {
            let a = event_annotation(&article.text, e, events.len() + 1);
            event_ids.push(a.eiid.clone());
            events.push(a);
        }
    }
    let ga = GoldAnalysis {
        event_ids,
        time_ids,
        analysis,
    };
    let tlinks = tlinks_with_ids("t0", article.published, &ga);
    let xml = TimemlWriter::new(&id, article.published, &article.text)
        .with_timexes(&timexes)
        .with_events(&events)
        .with_tlinks(&tlinks)
        .write();
    match output {
        Some(path) => std::fs::write(&path, xml)
            .with_context(|| format!("cannot write {}", path.display()))?,
        None => std::io::stdout().lock().write_all(xml.as_bytes())?,
    }
    Ok(ExitCode::SUCCESS)
}
