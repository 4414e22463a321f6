//! TimeML reader and writer on the real TempEval-3 data beside the repository
//! (`../shared/data/tempeval3`). Each test skips with a message when the data is absent.

use std::path::{Path, PathBuf};

use tempora::timeml::{
    parse_timeml, read_timeml_dir, read_timeml_file, write_timeml, TimemlDocument, TimexAnnotation,
};

const FOLDERS: [&str; 3] = [
    "tempeval3/train/TimeBank",
    "tempeval3/train/AQUAINT",
    "tempeval3/silver-sample",
];

fn data_dir() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data");
    if dir.join("tempeval3").is_dir() {
        Some(dir)
    } else {
        eprintln!(
            "skipping: TempEval-3 data not found at {} (it lives beside the repository, not in it)",
            dir.display()
        );
        None
    }
}

/// Every document of one folder, parsed; panics with the file's error if any fails.
fn load(dir: &Path) -> Vec<(PathBuf, String, TimemlDocument)> {
    let mut out = Vec::new();
    for (path, doc) in read_timeml_dir(dir).expect("list folder") {
        let doc = doc.unwrap_or_else(|e| panic!("{e}"));
        let raw = std::fs::read_to_string(&path).unwrap();
        out.push((path, raw, doc));
    }
    out
}

/// The raw content between `<TEXT>` and `</TEXT>`.
fn raw_text_section(raw: &str) -> &str {
    let start = raw.find("<TEXT>").expect("<TEXT>") + "<TEXT>".len();
    let end = raw.rfind("</TEXT>").expect("</TEXT>");
    &raw[start..end]
}

/// Independent re-implementation for the check: strip tags, decode the five entities.
fn strip_and_decode(raw: &str) -> String {
    let mut out = String::new();
    let mut rest = raw;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        rest = &rest[lt + rest[lt..].find('>').unwrap() + 1..];
    }
    out.push_str(rest);
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

fn attr<'a>(tag: &'a str, name: &str) -> &'a str {
    let key = format!(" {name}=\"");
    let start = tag.find(&key).unwrap_or_else(|| panic!("{name} in {tag}")) + key.len();
    &tag[start..start + tag[start..].find('"').unwrap()]
}

/// (id, inner text) of every `<element ...>...</element>` in the raw TEXT section, found by
/// plain string search with a nesting counter.
fn raw_elements(section: &str, element: &str, id_attr: &str) -> Vec<(String, String)> {
    let open = format!("<{element} ");
    let close = format!("</{element}>");
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = section[from..].find(&open) {
        let tag_start = from + i;
        let tag_end = tag_start + section[tag_start..].find('>').unwrap() + 1;
        let tag = &section[tag_start..tag_end];
        let (mut depth, mut pos) = (1, tag_end);
        let inner_end = loop {
            let next_open = section[pos..].find(&open).map(|j| pos + j);
            let next_close = pos + section[pos..].find(&close).expect("closing tag");
            match next_open {
                Some(o) if o < next_close => {
                    depth += 1;
                    pos = o + open.len();
                }
                _ => {
                    depth -= 1;
                    if depth == 0 {
                        break next_close;
                    }
                    pos = next_close + close.len();
                }
            }
        };
        out.push((
            attr(tag, id_attr).to_string(),
            strip_and_decode(&section[tag_end..inner_end]),
        ));
        from = tag_end;
    }
    out
}

#[test]
fn every_document_parses_and_every_gold_span_slices_to_its_inner_text() {
    let Some(data) = data_dir() else { return };
    for folder in FOLDERS {
        let docs = load(&data.join(folder));
        assert!(!docs.is_empty(), "no .tml files in {folder}");
        let (mut timexes, mut events, mut instances, mut tlinks) = (0, 0, 0, 0);
        let (mut empty_values, mut nested, mut padded, mut no_timex) = (0, 0, 0, 0);
        for (path, raw, doc) in &docs {
            let section = raw_text_section(raw);
            assert_eq!(doc.text, strip_and_decode(section), "{}", path.display());
            assert!(!doc.id.is_empty(), "{}", path.display());
            let stem = path.file_stem().unwrap().to_string_lossy();
            assert_eq!(doc.id, stem, "DOCID differs from file name");

            let raw_timexes = raw_elements(section, "TIMEX3", "tid");
            assert_eq!(raw_timexes.len(), doc.timexes.len(), "{}", path.display());
            for ((tid, inner), t) in raw_timexes.iter().zip(&doc.timexes) {
                assert_eq!(tid, &t.tid, "{}", path.display());
                assert_eq!(
                    t.span.slice(&doc.text),
                    Some(inner.as_str()),
                    "{} {tid}",
                    path.display()
                );
                empty_values += usize::from(t.value.is_empty());
                padded += usize::from(inner.trim() != inner);
            }
            let raw_events = raw_elements(section, "EVENT", "eid");
            assert_eq!(raw_events.len(), doc.events.len(), "{}", path.display());
            for ((eid, inner), e) in raw_events.iter().zip(&doc.events) {
                assert_eq!(eid, &e.eid, "{}", path.display());
                assert_eq!(
                    e.span.slice(&doc.text),
                    Some(inner.as_str()),
                    "{} {eid}",
                    path.display()
                );
            }
            nested += doc
                .events
                .iter()
                .filter(|e| doc.timexes.iter().any(|t| t.span.overlaps(e.span)))
                .count();
            assert_eq!(
                doc.instances.len(),
                raw.matches("<MAKEINSTANCE ").count(),
                "{}",
                path.display()
            );
            assert_eq!(
                doc.tlinks.len(),
                raw.matches("<TLINK ").count(),
                "{}",
                path.display()
            );
            no_timex += usize::from(doc.timexes.is_empty());
            timexes += doc.timexes.len();
            events += doc.events.len();
            instances += doc.instances.len();
            tlinks += doc.tlinks.len();
        }
        println!(
            "{folder}: {} docs, {timexes} timexes, {events} events, {instances} instances, \
             {tlinks} tlinks; {empty_values} empty timex values, {nested} events overlapping a \
             timex, {padded} timexes with surrounding whitespace, {no_timex} docs without timex",
            docs.len()
        );
    }
}

#[test]
fn raw_input_is_gold_without_annotations() {
    let Some(data) = data_dir() else { return };
    let path = data.join(FOLDERS[0]).join("ABC19980108.1830.0711.tml");
    let gold = read_timeml_file(&path).unwrap();
    let raw = write_timeml(&gold.id, gold.dct, &gold.text, &[]);
    let doc = parse_timeml(&raw).unwrap();
    assert_eq!(doc.text, gold.text);
    assert_eq!(doc.dct, gold.dct);
    assert!(doc.timexes.is_empty() && doc.events.is_empty());
}

#[test]
fn writing_gold_timexes_and_reading_back_is_lossless() {
    let Some(data) = data_dir() else { return };
    let mut n = 0;
    for folder in FOLDERS {
        for (path, _, doc) in load(&data.join(folder)) {
            let anns: Vec<TimexAnnotation> = doc
                .timexes
                .iter()
                .map(|t| TimexAnnotation {
                    tid: t.tid.clone(),
                    span: t.span,
                    kind: t.kind,
                    value: t.value.clone(),
                    modifier: t.modifier.clone(),
                    freq: t.freq.clone(),
                })
                .collect();
            let xml = write_timeml(&doc.id, doc.dct, &doc.text, &anns);
            let back = parse_timeml(&xml).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            assert_eq!(back.id, doc.id);
            assert_eq!(back.dct, doc.dct);
            assert_eq!(back.text, doc.text, "{}", path.display());
            let again: Vec<TimexAnnotation> = back
                .timexes
                .iter()
                .map(|t| TimexAnnotation {
                    tid: t.tid.clone(),
                    span: t.span,
                    kind: t.kind,
                    value: t.value.clone(),
                    modifier: t.modifier.clone(),
                    freq: t.freq.clone(),
                })
                .collect();
            assert_eq!(again, anns, "{}", path.display());
            n += 1;
        }
    }
    println!("round-tripped {n} documents");
}
