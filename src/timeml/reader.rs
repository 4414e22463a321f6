//! Builds a [`TimemlDocument`] from the token stream, checking that tags nest.

use chrono::NaiveDate;

use super::error::{Position, TimemlError};
use super::xml::{describe_found, Token, Tokenizer};
use super::{GoldEvent, GoldTimex, LinkEnd, MakeInstance, TimemlDocument, TimexKind, Tlink};
use crate::Span;

/// What an open element means to the reader.
enum Role {
    Other,
    Root,
    DocId,
    Dct,
    Text,
    Timex {
        tid: String,
        kind: TimexKind,
        value: String,
        modifier: Option<String>,
        freq: Option<String>,
        anchor_time_id: Option<String>,
        start: usize,
        order: usize,
    },
    Event {
        eid: String,
        class: String,
        start: usize,
        order: usize,
    },
    /// `<s id="3">` in SemEval-2015 TimeLine files.
    Sentence {
        id: String,
        start: usize,
    },
}

struct Open<'a> {
    name: &'a str,
    offset: usize,
    role: Role,
}

struct Attrs<'t, 'a> {
    input: &'t str,
    element: &'a str,
    offset: usize,
    attrs: &'t [(&'a str, String)],
}

impl Attrs<'_, '_> {
    fn get(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(a, _)| *a == name)
            .map(|(_, v)| v.as_str())
    }

    fn at(&self) -> Position {
        Position::locate(self.input, self.offset)
    }

    fn required(&self, name: &'static str) -> Result<String, TimemlError> {
        self.get(name)
            .map(str::to_string)
            .ok_or_else(|| TimemlError::MissingAttribute {
                at: self.at(),
                element: self.element.to_string(),
                attribute: name,
            })
    }

    fn optional(&self, name: &str) -> Option<String> {
        self.get(name).map(str::to_string)
    }

    fn either(
        &self,
        first: &'static str,
        second: &'static str,
        both: &'static str,
    ) -> Result<(bool, String), TimemlError> {
        match (self.get(first), self.get(second)) {
            (Some(v), _) => Ok((true, v.to_string())),
            (None, Some(v)) => Ok((false, v.to_string())),
            (None, None) => Err(TimemlError::MissingAttribute {
                at: self.at(),
                element: self.element.to_string(),
                attribute: both,
            }),
        }
    }

    fn invalid(&self, attribute: &'static str, value: &str, expected: &'static str) -> TimemlError {
        TimemlError::InvalidAttribute {
            at: self.at(),
            element: self.element.to_string(),
            attribute,
            value: value.to_string(),
            expected,
        }
    }
}

#[derive(Default)]
struct Builder {
    id: Option<String>,
    docid_at: Option<usize>,
    dct_at: Option<usize>,
    dct: Option<(String, String, NaiveDate)>,
    text_at: Option<usize>,
    text: String,
    timexes: Vec<(usize, GoldTimex)>,
    events: Vec<(usize, GoldEvent)>,
    instances: Vec<MakeInstance>,
    tlinks: Vec<Tlink>,
    sentences: Vec<(String, Span)>,
    order: usize,
}

pub(super) fn parse(input: &str) -> Result<TimemlDocument, TimemlError> {
    let mut stack: Vec<Open<'_>> = Vec::new();
    let mut b = Builder::default();
    let mut root_closed = false;
    let at = |offset| Position::locate(input, offset);

    for token in Tokenizer::new(input) {
        match token? {
            Token::Text { text, offset } => {
                let in_text = stack.iter().any(|o| matches!(o.role, Role::Text));
                if in_text {
                    b.text.push_str(&text);
                } else if matches!(stack.last().map(|o| &o.role), Some(Role::DocId)) {
                    b.id.get_or_insert_with(String::new).push_str(&text);
                } else if stack.is_empty() && !text.trim().is_empty() {
                    let expected = if root_closed {
                        "only whitespace or comments after </TimeML>"
                    } else {
                        "the <TimeML> root element"
                    };
                    let first = offset + (text.len() - text.trim_start().len()).min(text.len());
                    return Err(TimemlError::Unexpected {
                        at: at(offset),
                        expected: expected.to_string(),
                        found: describe_found(input, first.min(input.len())),
                    });
                }
            }
            Token::Start {
                name,
                attrs,
                self_closing,
                offset,
            } => {
                let attrs = Attrs {
                    input,
                    element: name,
                    offset,
                    attrs: &attrs,
                };
                let role = if stack.is_empty() {
                    if root_closed {
                        return Err(TimemlError::Unexpected {
                            at: at(offset),
                            expected: "only whitespace or comments after </TimeML>".to_string(),
                            found: format!("<{name}>"),
                        });
                    }
                    if name != "TimeML" {
                        return Err(TimemlError::Unexpected {
                            at: at(offset),
                            expected: "the <TimeML> root element".to_string(),
                            found: format!("<{name}>"),
                        });
                    }
                    Role::Root
                } else {
                    start_element(&mut b, &stack, name, &attrs, offset)?
                };
                if self_closing {
                    finish_element(&mut b, role);
                    if stack.is_empty() {
                        root_closed = true;
                    }
                } else {
                    stack.push(Open { name, offset, role });
                }
            }
            Token::End { name, offset } => {
                let Some(open) = stack.pop() else {
                    return Err(TimemlError::Unexpected {
                        at: at(offset),
                        expected: if root_closed {
                            "only whitespace or comments after </TimeML>".to_string()
                        } else {
                            "the <TimeML> root element".to_string()
                        },
                        found: format!("</{name}>"),
                    });
                };
                if open.name != name {
                    return Err(TimemlError::MismatchedTag {
                        at: at(offset),
                        expected: open.name.to_string(),
                        opened: at(open.offset),
                        found: name.to_string(),
                    });
                }
                finish_element(&mut b, open.role);
                if stack.is_empty() {
                    root_closed = true;
                }
            }
        }
    }
    if let Some(open) = stack.last() {
        return Err(TimemlError::Unclosed {
            name: open.name.to_string(),
            opened: at(open.offset),
        });
    }
    if !root_closed {
        return Err(TimemlError::MissingElement {
            element: "TimeML",
            context: "as the root of the document",
        });
    }
    let Some((dct_tid, dct_value, dct)) = b.dct else {
        return Err(match b.dct_at {
            None => TimemlError::MissingElement {
                element: "DCT",
                context: "inside <TimeML> (the document creation time)",
            },
            Some(_) => TimemlError::MissingElement {
                element: "TIMEX3",
                context: "inside <DCT> (the document creation time)",
            },
        });
    };
    if b.text_at.is_none() {
        return Err(TimemlError::MissingElement {
            element: "TEXT",
            context: "inside <TimeML>",
        });
    }
    b.timexes.sort_by_key(|(order, _)| *order);
    b.events.sort_by_key(|(order, _)| *order);
    Ok(TimemlDocument {
        id: b.id.map(|s| s.trim().to_string()).unwrap_or_default(),
        dct,
        dct_value,
        dct_tid,
        text: b.text,
        timexes: b.timexes.into_iter().map(|(_, t)| t).collect(),
        events: b.events.into_iter().map(|(_, e)| e).collect(),
        instances: b.instances,
        tlinks: b.tlinks,
        sentences: b.sentences,
    })
}

/// Decides the role of a start tag below the root and records what can be recorded at once.
fn start_element(
    b: &mut Builder,
    stack: &[Open<'_>],
    name: &str,
    attrs: &Attrs<'_, '_>,
    offset: usize,
) -> Result<Role, TimemlError> {
    let input = attrs.input;
    let in_text = stack.iter().any(|o| matches!(o.role, Role::Text));
    let in_dct = stack.iter().any(|o| matches!(o.role, Role::Dct));
    let once = |seen: &mut Option<usize>, element: &'static str| match *seen {
        Some(first) => Err(TimemlError::DuplicateElement {
            element,
            at: Position::locate(input, offset),
            first: Position::locate(input, first),
        }),
        None => {
            *seen = Some(offset);
            Ok(())
        }
    };
    let role = match name {
        "TEXT" if !in_text && !in_dct => {
            once(&mut b.text_at, "TEXT")?;
            Role::Text
        }
        "DCT" if !in_text && !in_dct => {
            once(&mut b.dct_at, "DCT")?;
            Role::Dct
        }
        "DOCID" if !in_text && !in_dct => {
            once(&mut b.docid_at, "DOCID")?;
            Role::DocId
        }
        "TIMEX3" if in_dct => {
            if b.dct.is_none() {
                let tid = attrs.get("tid").unwrap_or("t0").to_string();
                let value = attrs.required("value")?;
                let date = value
                    .get(..10)
                    .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
                    .ok_or_else(|| {
                        attrs.invalid(
                            "value",
                            &value,
                            "a date YYYY-MM-DD, optionally followed by a time, for the DCT",
                        )
                    })?;
                b.dct = Some((tid, value, date));
            }
            Role::Other
        }
        "TIMEX3" if in_text => {
            let tid = attrs.required("tid")?;
            let kind_raw = attrs.required("type")?;
            let kind = kind_raw
                .parse::<TimexKind>()
                .map_err(|_| attrs.invalid("type", &kind_raw, "DATE, TIME, DURATION or SET"))?;
            let value = attrs.required("value")?;
            b.order += 1;
            Role::Timex {
                tid,
                kind,
                value,
                modifier: attrs.optional("mod"),
                freq: attrs.optional("freq"),
                anchor_time_id: attrs.optional("anchorTimeID"),
                start: b.text.len(),
                order: b.order,
            }
        }
        "s" if in_text => {
            // SemEval-2015 files run sentences together ("2008</s><s id=\"2\">The"); a line
            // break keeps them apart in the text tempora reads.
            if b.text.chars().last().is_some_and(|c| !c.is_whitespace()) {
                b.text.push('\n');
            }
            Role::Sentence {
                id: attrs.optional("id").unwrap_or_default(),
                start: b.text.len(),
            }
        }
        "EVENT" if in_text => {
            b.order += 1;
            Role::Event {
                eid: attrs.required("eid")?,
                // SemEval-2015 TimeLine files give events no class.
                class: attrs.optional("class").unwrap_or_default(),
                start: b.text.len(),
                order: b.order,
            }
        }
        "MAKEINSTANCE" => {
            let none = || "NONE".to_string();
            b.instances.push(MakeInstance {
                eiid: attrs.required("eiid")?,
                event_id: attrs.required("eventID")?,
                // TimeML 1.2.1 requires tense, aspect and pos, but system outputs scored
                // by the TempEval-3 tools often leave them out, and the scorers do not need
                // them: a missing one reads as `NONE`. Polarity defaults to `POS` (the DTD's
                // own default).
                tense: attrs.optional("tense").unwrap_or_else(none),
                aspect: attrs.optional("aspect").unwrap_or_else(none),
                polarity: attrs.optional("polarity").unwrap_or_else(|| "POS".into()),
                pos: attrs.optional("pos").unwrap_or_else(none),
                modality: attrs.optional("modality"),
            });
            Role::Other
        }
        "TLINK" => {
            let lid = attrs.required("lid")?;
            let rel_type = attrs.required("relType")?;
            let (is_event, id) =
                attrs.either("eventInstanceID", "timeID", "eventInstanceID or timeID")?;
            let source = if is_event {
                LinkEnd::Event(id)
            } else {
                LinkEnd::Time(id)
            };
            let (is_event, id) = attrs.either(
                "relatedToEventInstance",
                "relatedToTime",
                "relatedToEventInstance or relatedToTime",
            )?;
            let target = if is_event {
                LinkEnd::Event(id)
            } else {
                LinkEnd::Time(id)
            };
            b.tlinks.push(Tlink {
                lid,
                rel_type,
                source,
                target,
            });
            Role::Other
        }
        _ => Role::Other,
    };
    Ok(role)
}

/// Records an element whose extent is known now that it is closed.
fn finish_element(b: &mut Builder, role: Role) {
    let end = b.text.len();
    match role {
        Role::Timex {
            tid,
            kind,
            value,
            modifier,
            freq,
            anchor_time_id,
            start,
            order,
        } => b.timexes.push((
            order,
            GoldTimex {
                tid,
                span: Span::new(start, end),
                kind,
                value,
                modifier,
                freq,
                anchor_time_id,
            },
        )),
        Role::Event {
            eid,
            class,
            start,
            order,
        } => b.events.push((
            order,
            GoldEvent {
                eid,
                span: Span::new(start, end),
                class,
            },
        )),
        Role::Sentence { id, start } => b.sentences.push((id, Span::new(start, end))),
        Role::Other | Role::Root | Role::DocId | Role::Dct | Role::Text => {}
    }
}

#[cfg(test)]
mod tests {
    use super::super::*;

    const HEAD: &str = r#"<?xml version="1.0" ?>
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08T12:00:00" temporalFunction="false" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
"#;

    fn doc(body: &str) -> String {
        format!("{HEAD}{body}\n</TimeML>\n")
    }

    #[test]
    fn reads_annotations_and_links() {
        let input = doc(concat!(
            "<TEXT>\nPrices <EVENT eid=\"e1\" class=\"OCCURRENCE\">fell</EVENT> ",
            "<SIGNAL sid=\"s1\">on</SIGNAL> ",
            "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-07\" mod=\"START\" anchorTimeID=\"t0\">Wednesday</TIMEX3>",
            " at AT&amp;T &lt;T&gt; \"quoted\" it's.\n</TEXT>\n",
            "<MAKEINSTANCE eiid=\"ei1\" eventID=\"e1\" pos=\"VERB\" tense=\"PAST\" aspect=\"NONE\" polarity=\"POS\" modality=\"would\"/>\n",
            "<TLINK lid=\"l1\" relType=\"IS_INCLUDED\" eventInstanceID=\"ei1\" relatedToTime=\"t1\" />\n",
            "<TLINK lid=\"l2\" relType=\"BEFORE\" timeID=\"t1\" relatedToEventInstance=\"ei1\" />",
        ));
        let d = parse_timeml(&input).unwrap();
        assert_eq!(d.id, "X1");
        assert_eq!(d.dct, NaiveDate::from_ymd_opt(1998, 1, 8).unwrap());
        assert_eq!(d.dct_value, "1998-01-08T12:00:00");
        assert_eq!(d.dct_tid, "t0");
        assert_eq!(
            d.text,
            "\nPrices fell on Wednesday at AT&T <T> \"quoted\" it's.\n"
        );
        assert_eq!(d.events.len(), 1);
        assert_eq!(d.events[0].span.slice(&d.text), Some("fell"));
        assert_eq!(d.events[0].class, "OCCURRENCE");
        let t = &d.timexes[0];
        assert_eq!(t.span.slice(&d.text), Some("Wednesday"));
        assert_eq!(t.kind, TimexKind::Date);
        assert_eq!(t.value, "1998-01-07");
        assert_eq!(t.modifier.as_deref(), Some("START"));
        assert_eq!(t.anchor_time_id.as_deref(), Some("t0"));
        assert_eq!(d.instances[0].modality.as_deref(), Some("would"));
        assert_eq!(d.instances[0].event_id, "e1");
        assert_eq!(d.tlinks[0].source, LinkEnd::Event("ei1".into()));
        assert_eq!(d.tlinks[0].target, LinkEnd::Time("t1".into()));
        assert_eq!(d.tlinks[1].source, LinkEnd::Time("t1".into()));
        assert_eq!(d.tlinks[1].target, LinkEnd::Event("ei1".into()));
    }

    #[test]
    fn nested_tags_keep_document_order_and_spans() {
        let input = doc(concat!(
            "<TEXT>the <TIMEX3 tid=\"t1\" type=\"DURATION\" value=\"P3D\">three <EVENT eid=\"e1\" class=\"OCCURRENCE\">days</EVENT></TIMEX3>",
            " <TIMEX3 tid=\"t2\" type=\"SET\" value=\"P1D\">daily</TIMEX3></TEXT>",
        ));
        let d = parse_timeml(&input).unwrap();
        assert_eq!(d.text, "the three days daily");
        let tids: Vec<_> = d.timexes.iter().map(|t| t.tid.as_str()).collect();
        assert_eq!(tids, ["t1", "t2"]);
        assert_eq!(d.timexes[0].span.slice(&d.text), Some("three days"));
        assert_eq!(d.events[0].span.slice(&d.text), Some("days"));
    }

    #[test]
    fn raw_input_has_no_annotations_and_dct_may_have_text_around() {
        let input = "<TimeML><DOCID> r1 </DOCID><DCT>KUALA LUMPUR, <TIMEX3 tid=\"t0\" type=\"TIME\" value=\"1997-04-01\">April 1</TIMEX3> (AFP)</DCT>\n<TITLE>T <TIMEX3 tid=\"t9\" type=\"DATE\">x</TIMEX3></TITLE><TEXT>\nJust text.\n</TEXT></TimeML>";
        let d = parse_timeml(input).unwrap();
        assert_eq!(d.id, "r1");
        assert_eq!(d.text, "\nJust text.\n");
        assert!(d.timexes.is_empty() && d.events.is_empty());
        assert!(d.instances.is_empty() && d.tlinks.is_empty());
    }

    #[test]
    fn missing_docid_gives_empty_id() {
        let input = "<TimeML><DCT><TIMEX3 value=\"2001-02-03\"/></DCT><TEXT/></TimeML>";
        let d = parse_timeml(input).unwrap();
        assert_eq!(d.id, "");
        assert_eq!(d.text, "");
        assert_eq!(d.dct_tid, "t0");
    }

    fn err(input: &str) -> String {
        match parse_timeml(input) {
            Ok(d) => panic!("expected an error, parsed {d:?}"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn malformed_inputs_give_errors_that_say_what_and_where() {
        let e = err(&doc("<TEXT>a <EVENT eid=\"e1\" class=\"X\">b</TEXT>"));
        assert!(
            e.contains("expected </EVENT>") && e.contains("found </TEXT>"),
            "{e}"
        );
        assert!(e.contains("line 5"), "{e}");

        let e = err(&format!("{HEAD}<TEXT>a"));
        assert!(
            e.contains("expected </TEXT>") && e.contains("end of input"),
            "{e}"
        );

        let e = err("<TimeML><DOCID>x</DOCID><TEXT>a</TEXT></TimeML>");
        assert!(e.contains("<DCT>"), "{e}");

        let e = err("<TimeML><DCT>no timex</DCT><TEXT>a</TEXT></TimeML>");
        assert!(e.contains("<TIMEX3>") && e.contains("<DCT>"), "{e}");

        let e = err("<TimeML><DCT><TIMEX3 tid=\"t0\" value=\"yesterday\"/></DCT><TEXT/></TimeML>");
        assert!(
            e.contains("YYYY-MM-DD") && e.contains("\"yesterday\""),
            "{e}"
        );

        let e = err(&doc(
            "<TEXT>a <TIMEX3 tid=\"t1\" type=\"DATE\">b</TIMEX3></TEXT>",
        ));
        assert!(e.contains("expected attribute value on <TIMEX3>"), "{e}");

        let e = err(&doc(
            "<TEXT>a <TIMEX3 tid=\"t1\" type=\"date\" value=\"x\">b</TIMEX3></TEXT>",
        ));
        assert!(
            e.contains("DATE, TIME, DURATION or SET") && e.contains("\"date\""),
            "{e}"
        );

        let e = err(&format!("{HEAD}<TEXT>a</TEXT>"));
        assert!(e.contains("</TimeML>"), "{e}");

        let e = err(&doc("<TEXT>a</TEXT><TEXT>b</TEXT>"));
        assert!(e.contains("second"), "{e}");

        let e = err(&doc(
            "<TEXT>a</TEXT><TLINK lid=\"l1\" relType=\"BEFORE\" relatedToTime=\"t0\"/>",
        ));
        assert!(e.contains("eventInstanceID or timeID"), "{e}");

        let e = err("<NotTimeML/>");
        assert!(e.contains("<TimeML>"), "{e}");

        let e = err("");
        assert!(e.contains("TimeML"), "{e}");

        let e = err(&format!("{}<extra/>", doc("<TEXT>a</TEXT>")));
        assert!(e.contains("after </TimeML>"), "{e}");

        let e = err(&doc("<TEXT>AT&T</TEXT>"));
        assert!(e.contains("&amp;"), "{e}");
    }

    #[test]
    fn instances_without_grammatical_attributes_read_as_none_and_pos() {
        let d = parse_timeml(&doc(concat!(
            "<TEXT><EVENT eid=\"e1\" class=\"OCCURRENCE\">fell</EVENT></TEXT>",
            "<MAKEINSTANCE eiid=\"ei1\" eventID=\"e1\"/>",
        )))
        .unwrap();
        let i = &d.instances[0];
        assert_eq!(
            (i.tense.as_str(), i.aspect.as_str(), i.pos.as_str()),
            ("NONE", "NONE", "NONE")
        );
        assert_eq!(i.polarity, "POS");
        // The ids stay required.
        assert!(parse_timeml(&doc("<TEXT>x</TEXT><MAKEINSTANCE eiid=\"ei1\"/>")).is_err());
    }

    #[test]
    fn truncations_of_a_valid_document_never_panic() {
        let full = doc(concat!(
            "<TEXT>Potosí <EVENT eid=\"e1\" class=\"OCCURRENCE\">fell</EVENT> ",
            "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-07\">Wednesday</TIMEX3> &amp;.</TEXT>",
            "<MAKEINSTANCE eiid=\"ei1\" eventID=\"e1\" pos=\"VERB\" tense=\"PAST\" aspect=\"NONE\" polarity=\"POS\"/>",
        ));
        assert!(parse_timeml(&full).is_ok());
        for (i, _) in full.char_indices() {
            let _ = parse_timeml(&full[..i]);
            let _ = parse_timeml(&full[i..]);
        }
    }
}
