//! Writes TempEval-3 style TimeML documents with inline annotations.
//!
//! The text is escaped the way the TempEval-3 files are (`&`, `<`, `>` as entities; quotes and
//! apostrophes left as they are), so that parsing the output gives back the text byte for byte.
//! Annotations are inline tags in two layers, `TIMEX3` and `EVENT` (which may nest but never
//! cross); the `MAKEINSTANCE` of each event written and the `TLINK`s between written entities
//! follow `</TEXT>`, as in the TempEval-3 files.

use chrono::NaiveDate;
use serde::Serialize;

use super::{LinkEnd, TimexKind, Tlink};
use crate::Span;

/// An event to write: the `EVENT` tag and its `MAKEINSTANCE`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EventAnnotation {
    /// The `eid` (`e1`, ...).
    pub eid: String,
    /// The `eiid` of its instance (`ei1`, ...).
    pub eiid: String,
    /// Byte range in the text (the head word).
    pub span: Span,
    /// The TimeML class (`OCCURRENCE`, `REPORTING`, ...).
    pub class: String,
    /// `PAST`, `PRESENT`, `FUTURE` or `NONE`.
    pub tense: String,
    /// `PERFECTIVE`, `PROGRESSIVE`, `PERFECTIVE_PROGRESSIVE` or `NONE`.
    pub aspect: String,
    /// `POS` or `NEG`.
    pub polarity: String,
    /// `VERB` or `NOUN`.
    pub pos: String,
}

/// A time expression to write: the fields a tagger produces.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimexAnnotation {
    /// The `tid` to write (`t1`, `t2`, ...; `t0` is taken by the DCT).
    pub tid: String,
    /// Byte range in the text.
    pub span: Span,
    /// The `type` attribute.
    pub kind: TimexKind,
    /// The `value` attribute.
    pub value: String,
    /// The `mod` attribute, written when present.
    pub modifier: Option<String>,
    /// The `freq` attribute of a set, written when present (`1X`, `2X`).
    pub freq: Option<String>,
}

/// Writes a TempEval-3 style TimeML document: the XML declaration, `<TimeML>`, `<DOCID>`, a
/// `<DCT>` holding the creation-time `TIMEX3` (tid `t0`), and `<TEXT>` with a `TIMEX3` tag
/// around each annotation.
///
/// Annotations that cannot be written are skipped: empty spans, spans outside the text or not
/// on character boundaries, and annotations overlapping one already kept, where annotations
/// are considered in order of start, then longest first, then input order. Use
/// [`TimemlWriter::kept_timexes`] to learn which were kept.
///
/// ```
/// use tempora::timeml::{parse_timeml, write_timeml, TimexAnnotation, TimexKind};
/// use tempora::Span;
/// let dct = chrono::NaiveDate::from_ymd_opt(1998, 1, 8).unwrap();
/// let text = "Up 5% <&> Friday.";
/// let timex = TimexAnnotation {
///     tid: "t1".into(),
///     span: Span::new(10, 16),
///     kind: TimexKind::Date,
///     value: "1998-01-09".into(),
///     modifier: None,
///     freq: None,
/// };
/// let xml = write_timeml("d1", dct, text, &[timex]);
/// assert!(xml.contains("Up 5% &lt;&amp;&gt; <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-09\">Friday</TIMEX3>."));
/// let doc = parse_timeml(&xml).unwrap();
/// assert_eq!(doc.text, text);
/// assert_eq!(doc.timexes[0].span, Span::new(10, 16));
/// ```
pub fn write_timeml(
    doc_id: &str,
    dct: NaiveDate,
    text: &str,
    timexes: &[TimexAnnotation],
) -> String {
    TimemlWriter::new(doc_id, dct, text)
        .with_timexes(timexes)
        .write()
}

/// A TimeML document being assembled; [`write_timeml`] is the one-call form.
#[derive(Debug, Clone)]
pub struct TimemlWriter<'a> {
    doc_id: &'a str,
    dct: NaiveDate,
    text: &'a str,
    timexes: Vec<TimexAnnotation>,
    events: Vec<EventAnnotation>,
    tlinks: Vec<Tlink>,
}

/// An inline tag to insert into the text. `layer` separates kinds of annotation: tags of one
/// layer never overlap each other; tags of different layers may nest but never cross.
struct InlineTag {
    span: Span,
    layer: u8,
    open: String,
    close: &'static str,
}

const TIMEX_LAYER: u8 = 0;
const EVENT_LAYER: u8 = 1;

impl<'a> TimemlWriter<'a> {
    /// A document with the given id, creation date and text, and no annotations yet.
    pub fn new(doc_id: &'a str, dct: NaiveDate, text: &'a str) -> Self {
        TimemlWriter {
            doc_id,
            dct,
            text,
            timexes: Vec::new(),
            events: Vec::new(),
            tlinks: Vec::new(),
        }
    }

    /// Adds events (after any added before); each written event gets its `MAKEINSTANCE`.
    pub fn with_events(mut self, events: &[EventAnnotation]) -> Self {
        self.events.extend_from_slice(events);
        self
    }

    /// Adds TLINKs; one is written when both its ends are written (or are the DCT, `t0`).
    pub fn with_tlinks(mut self, tlinks: &[Tlink]) -> Self {
        self.tlinks.extend_from_slice(tlinks);
        self
    }

    /// Adds time expressions (after any added before).
    pub fn with_timexes(mut self, timexes: &[TimexAnnotation]) -> Self {
        self.timexes.extend_from_slice(timexes);
        self
    }

    /// Indices (into the timexes added, in the order added) of those that will be written;
    /// the others are skipped for the reasons given at [`write_timeml`].
    pub fn kept_timexes(&self) -> Vec<usize> {
        self.kept(TIMEX_LAYER)
    }

    /// Indices (into the events added) of those that will be written, as
    /// [`TimemlWriter::kept_timexes`].
    pub fn kept_events(&self) -> Vec<usize> {
        self.kept(EVENT_LAYER)
    }

    fn kept(&self, layer: u8) -> Vec<usize> {
        let mut kept: Vec<usize> = self
            .select()
            .into_iter()
            .filter(|(_, t)| t.layer == layer)
            .map(|(i, _)| i)
            .collect();
        kept.sort_unstable();
        kept
    }

    /// Picks the writable tags, returning (index in its layer, tag) in insertion order
    /// (start ascending, longer first).
    fn select(&self) -> Vec<(usize, InlineTag)> {
        let mut candidates: Vec<(usize, InlineTag)> = self
            .timexes
            .iter()
            .enumerate()
            .map(|(i, t)| (i, timex_tag(t)))
            .chain(
                self.events
                    .iter()
                    .enumerate()
                    .map(|(i, e)| (i, event_tag(e))),
            )
            .collect();
        candidates.sort_by_key(|(i, tag)| {
            (
                tag.span.start,
                std::cmp::Reverse(tag.span.end),
                tag.layer,
                *i,
            )
        });
        let mut kept: Vec<(usize, InlineTag)> = Vec::new();
        for (i, tag) in candidates {
            let writable = !tag.span.is_empty() && tag.span.slice(self.text).is_some();
            let fits = kept.iter().all(|(_, k)| {
                !k.span.overlaps(tag.span)
                    || (k.layer != tag.layer
                        && (k.span.contains(tag.span) || tag.span.contains(k.span)))
            });
            if writable && fits {
                kept.push((i, tag));
            }
        }
        kept
    }

    /// The document as TimeML.
    pub fn write(&self) -> String {
        let mut out = String::with_capacity(self.text.len() * 2 + 512);
        out.push_str("<?xml version=\"1.0\" ?>\n");
        out.push_str("<TimeML xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:noNamespaceSchemaLocation=\"http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd\">\n\n");
        out.push_str("<DOCID>");
        escape_text(&mut out, self.doc_id);
        out.push_str("</DOCID>\n\n");
        let dct = self.dct.format("%Y-%m-%d").to_string();
        out.push_str(&format!(
            "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"{dct}\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">{dct}</TIMEX3></DCT>\n\n"
        ));
        out.push_str("<TEXT>");
        let tags = self.select();
        self.write_text(&mut out, &tags);
        out.push_str("</TEXT>\n\n");
        let mut written: std::collections::BTreeSet<&str> = std::collections::BTreeSet::new();
        written.insert("t0");
        for (i, tag) in &tags {
            if tag.layer == TIMEX_LAYER {
                written.insert(&self.timexes[*i].tid);
            }
        }
        let mut events: Vec<usize> = tags
            .iter()
            .filter(|(_, t)| t.layer == EVENT_LAYER)
            .map(|(i, _)| *i)
            .collect();
        events.sort_unstable();
        for i in events {
            let e = &self.events[i];
            written.insert(&e.eiid);
            let mut tag = String::from("<MAKEINSTANCE");
            push_attr(&mut tag, "eventID", &e.eid);
            push_attr(&mut tag, "eiid", &e.eiid);
            push_attr(&mut tag, "tense", &e.tense);
            push_attr(&mut tag, "aspect", &e.aspect);
            push_attr(&mut tag, "polarity", &e.polarity);
            push_attr(&mut tag, "pos", &e.pos);
            tag.push_str(" />\n");
            out.push_str(&tag);
        }
        for l in &self.tlinks {
            let (s, t) = (end_id(&l.source), end_id(&l.target));
            if !(written.contains(s) && written.contains(t)) {
                continue;
            }
            let mut tag = String::from("<TLINK");
            push_attr(&mut tag, "lid", &l.lid);
            push_attr(&mut tag, "relType", &l.rel_type);
            match &l.source {
                LinkEnd::Event(x) => push_attr(&mut tag, "eventInstanceID", x),
                LinkEnd::Time(x) => push_attr(&mut tag, "timeID", x),
            }
            match &l.target {
                LinkEnd::Event(x) => push_attr(&mut tag, "relatedToEventInstance", x),
                LinkEnd::Time(x) => push_attr(&mut tag, "relatedToTime", x),
            }
            tag.push_str(" />\n");
            out.push_str(&tag);
        }
        if !self.events.is_empty() || !self.tlinks.is_empty() {
            out.push('\n');
        }
        out.push_str("</TimeML>\n");
        out
    }

    /// Writes the escaped text with the selected tags inserted; the tags nest properly because
    /// [`Self::select`] never keeps two that cross.
    fn write_text(&self, out: &mut String, tags: &[(usize, InlineTag)]) {
        let mut pos = 0;
        let mut open: Vec<&InlineTag> = Vec::new();
        for (_, tag) in tags {
            while let Some(top) = open.last().filter(|t| t.span.end <= tag.span.start) {
                escape_text(out, &self.text[pos..top.span.end]);
                pos = top.span.end;
                out.push_str(top.close);
                open.pop();
            }
            escape_text(out, &self.text[pos..tag.span.start]);
            pos = tag.span.start;
            out.push_str(&tag.open);
            open.push(tag);
        }
        while let Some(top) = open.pop() {
            escape_text(out, &self.text[pos..top.span.end]);
            pos = top.span.end;
            out.push_str(top.close);
        }
        escape_text(out, &self.text[pos..]);
    }
}

fn timex_tag(t: &TimexAnnotation) -> InlineTag {
    let mut open = String::from("<TIMEX3");
    push_attr(&mut open, "tid", &t.tid);
    push_attr(&mut open, "type", t.kind.as_str());
    push_attr(&mut open, "value", &t.value);
    if let Some(m) = &t.modifier {
        push_attr(&mut open, "mod", m);
    }
    if let Some(f) = &t.freq {
        push_attr(&mut open, "freq", f);
    }
    open.push('>');
    InlineTag {
        span: t.span,
        layer: TIMEX_LAYER,
        open,
        close: "</TIMEX3>",
    }
}

fn end_id(e: &LinkEnd) -> &str {
    match e {
        LinkEnd::Event(x) | LinkEnd::Time(x) => x,
    }
}

fn event_tag(e: &EventAnnotation) -> InlineTag {
    let mut open = String::from("<EVENT");
    push_attr(&mut open, "eid", &e.eid);
    push_attr(&mut open, "class", &e.class);
    open.push('>');
    InlineTag {
        span: e.span,
        layer: EVENT_LAYER,
        open,
        close: "</EVENT>",
    }
}

fn push_attr(out: &mut String, name: &str, value: &str) {
    out.push(' ');
    out.push_str(name);
    out.push_str("=\"");
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Escapes character data as the TempEval-3 files do: `&`, `<` and `>` only.
fn escape_text(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::parse_timeml;
    use super::*;

    fn ann(tid: &str, start: usize, end: usize) -> TimexAnnotation {
        TimexAnnotation {
            tid: tid.into(),
            span: Span::new(start, end),
            kind: TimexKind::Duration,
            value: "P1D".into(),
            modifier: Some("APPROX".into()),
            freq: None,
        }
    }

    fn dct() -> NaiveDate {
        NaiveDate::from_ymd_opt(2019, 11, 10).unwrap()
    }

    #[test]
    fn overlapping_annotations_keep_first_start_then_longest() {
        //          0123456789012345678901234
        let text = "one two three four five";
        let anns = [
            ann("a", 4, 13),  // "two three"
            ann("b", 4, 7),   // "two": same start, shorter -> dropped
            ann("c", 0, 5),   // "one t": starts first -> kept, so "a" is dropped
            ann("d", 14, 18), // "four"
            ann("e", 14, 18), // duplicate of d -> dropped (input order)
            ann("f", 8, 13),  // "three": overlaps nothing kept once a is gone -> kept
            ann("g", 20, 20), // empty -> dropped
            ann("h", 20, 99), // out of range -> dropped
        ];
        let w = TimemlWriter::new("x", dct(), text).with_timexes(&anns);
        assert_eq!(w.kept_timexes(), vec![2, 3, 5]);
        let xml = w.write();
        let doc = parse_timeml(&xml).unwrap();
        assert_eq!(doc.text, text);
        let got: Vec<_> = doc
            .timexes
            .iter()
            .map(|t| (t.tid.as_str(), t.span))
            .collect();
        assert_eq!(
            got,
            [
                ("c", Span::new(0, 5)),
                ("f", Span::new(8, 13)),
                ("d", Span::new(14, 18))
            ]
        );
        assert_eq!(doc.timexes[0].modifier.as_deref(), Some("APPROX"));
    }

    #[test]
    fn not_on_char_boundary_is_skipped() {
        let text = "Potosí now";
        let w =
            TimemlWriter::new("x", dct(), text).with_timexes(&[ann("a", 5, 6), ann("b", 8, 11)]);
        assert_eq!(w.kept_timexes(), vec![1]);
        let doc = parse_timeml(&w.write()).unwrap();
        assert_eq!(doc.text, text);
    }

    #[test]
    fn escapes_round_trip_and_header_is_tempeval_style() {
        let text = "\n A&B <c> \"q\" 'a' &amp; ]]> \n";
        let mut a = ann("t1", 3, 4);
        a.value = "say \"x\" & <y>".into();
        let xml = write_timeml("id&<1>", dct(), text, &[a.clone()]);
        assert!(xml.starts_with("<?xml version=\"1.0\" ?>\n<TimeML "));
        assert!(xml.contains("<DOCID>id&amp;&lt;1&gt;</DOCID>"));
        assert!(xml.contains("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2019-11-10\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">2019-11-10</TIMEX3></DCT>"));
        let doc = parse_timeml(&xml).unwrap();
        assert_eq!(doc.id, "id&<1>");
        assert_eq!(doc.dct, dct());
        assert_eq!(doc.text, text);
        assert_eq!(doc.timexes[0].value, a.value);
        assert_eq!(doc.timexes[0].span, a.span);
    }
}
