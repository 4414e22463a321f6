//! `tempora annotate FILE --format timeml`: the output's <TEXT>, tags stripped, is the input
//! text byte for byte, for a plain article and for a TimeML document.

mod common;

use std::path::Path;
use std::process::Command;

use tempora::timeml::parse_timeml;

fn annotate(path: &Path) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_tempora"))
        .args(["annotate", "--format", "timeml"])
        .arg(path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn plain_article_text_is_kept_byte_for_byte() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/bolivia-2019-11-10.txt");
    let source = std::fs::read_to_string(&path).unwrap();
    let xml = annotate(&path);
    let doc = parse_timeml(&xml).unwrap();
    assert_eq!(doc.text, source);
    assert_eq!(doc.dct.to_string(), "2019-11-10");
    let tagged: Vec<(&str, &str)> = doc
        .timexes
        .iter()
        .map(|t| (&doc.text[t.span.start..t.span.end], t.value.as_str()))
        .collect();
    assert!(tagged.contains(&("Friday", "2019-11-08")), "{tagged:?}");
    assert!(tagged.contains(&("2006", "2006")), "{tagged:?}");
}

#[test]
fn timeml_text_is_kept_byte_for_byte() {
    let Some(dir) = common::shared_data("tempeval3/train/TimeBank") else {
        return;
    };
    let mut checked = 0;
    for (path, gold) in tempora::timeml::read_timeml_dir(&dir)
        .unwrap()
        .into_iter()
        .take(25)
    {
        let gold = gold.unwrap();
        let doc = parse_timeml(&annotate(&path)).unwrap();
        assert_eq!(doc.text, gold.text, "{}", path.display());
        assert_eq!(doc.dct, gold.dct);
        checked += 1;
    }
    assert_eq!(checked, 25);
}

#[test]
fn raw_tempeval3_input_is_tagged_on_its_dct() {
    // The shape of a TempEval-3 raw input file (the task's test input): DOCID, DCT and an
    // untagged TEXT. "yesterday" must resolve against the DCT, and the DCT must be kept.
    let dir = std::env::temp_dir().join(format!("tempora-annotate-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("APW19980101.0001.tml");
    std::fs::write(
        &path,
        concat!(
            "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>APW19980101.0001</DOCID>\n",
            "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\" temporalFunction=\"false\" ",
            "functionInDocument=\"CREATION_TIME\">January 8, 1998</TIMEX3></DCT>\n",
            "<TEXT>\nShares fell yesterday &amp; rose on Friday.\n</TEXT>\n</TimeML>\n"
        ),
    )
    .unwrap();
    let xml = annotate(&path);
    std::fs::remove_dir_all(&dir).unwrap();
    let doc = parse_timeml(&xml).unwrap();
    assert_eq!(doc.id, "APW19980101.0001");
    assert_eq!(doc.dct.to_string(), "1998-01-08");
    assert_eq!(doc.dct_tid, "t0");
    assert_eq!(doc.text, "\nShares fell yesterday & rose on Friday.\n");
    let tagged: Vec<(&str, &str)> = doc
        .timexes
        .iter()
        .map(|t| (&doc.text[t.span.start..t.span.end], t.value.as_str()))
        .collect();
    assert_eq!(
        tagged,
        [("yesterday", "1998-01-07"), ("Friday", "1998-01-02")],
        "{xml}"
    );
}

#[test]
fn sets_carry_their_frequency() {
    let dir = std::env::temp_dir().join(format!("tempora-annotate-freq-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("sets.txt");
    std::fs::write(
        &path,
        "Published: 2019-11-10\n\nFares\n\nThe board meets twice a year and reports daily. \
         Trading halted at 3:30 p.m. EST.\n",
    )
    .unwrap();
    let xml = annotate(&path);
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(
        xml.contains(r#"<TIMEX3 tid="t1" type="SET" value="P1Y" freq="2X">twice a year</TIMEX3>"#),
        "{xml}"
    );
    assert!(
        xml.contains(r#"<TIMEX3 tid="t2" type="SET" value="P1D" freq="1X">daily</TIMEX3>"#),
        "{xml}"
    );
    let doc = parse_timeml(&xml).unwrap();
    assert_eq!(doc.timexes[0].freq.as_deref(), Some("2X"));
    // The zone stays out of the TIMEX3 value, as TimeBank writes "5 p.m. EST" (T17:00).
    assert!(
        xml.contains(r#"value="2019-11-10T15:30">3:30 p.m. EST</TIMEX3>"#),
        "{xml}"
    );
}

#[test]
fn events_instances_and_tlinks_round_trip_through_the_reader() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/bolivia-2019-11-10.txt");
    let source = std::fs::read_to_string(&path).unwrap();
    let xml = annotate(&path);
    let doc = parse_timeml(&xml).unwrap();
    assert_eq!(doc.text, source);
    // Every EVENT has its MAKEINSTANCE, on the event's own head word.
    assert!(doc.events.len() > 30, "{} events", doc.events.len());
    assert_eq!(doc.instances.len(), doc.events.len());
    for e in &doc.events {
        assert!(
            doc.instances.iter().any(|i| i.event_id == e.eid),
            "{}",
            e.eid
        );
    }
    let words: Vec<&str> = doc
        .events
        .iter()
        .map(|e| &doc.text[e.span.start..e.span.end])
        .collect();
    assert!(
        words.contains(&"clashed") && words.contains(&"refused"),
        "{words:?}"
    );
    // The instances carry the attributes `eval events` scores (one conversion for both):
    // finite tenses, and TimeML's non-finite ones for infinitives and participles.
    let instance = |w: &str| {
        let e = doc
            .events
            .iter()
            .find(|e| &doc.text[e.span.start..e.span.end] == w)
            .unwrap();
        doc.instances.iter().find(|i| i.event_id == e.eid).unwrap()
    };
    let clashed = instance("clashed");
    assert_eq!(
        (clashed.tense.as_str(), clashed.pos.as_str()),
        ("PAST", "VERB")
    );
    assert_eq!(instance("incident").pos, "NOUN");
    let system: Vec<_> = tempora::eval::events::tempora_events(&source);
    let mut compared = 0;
    for e in &doc.events {
        let i = doc.instances.iter().find(|i| i.event_id == e.eid).unwrap();
        if let Some(s) = system.iter().find(|s| s.span == e.span) {
            assert_eq!(Some(&i.tense), s.tense.as_ref(), "{}", e.eid);
            compared += 1;
        }
    }
    assert!(compared > 30, "only {compared} events compared");
    for tense in ["INFINITIVE", "PRESPART"] {
        assert!(doc.instances.iter().any(|i| i.tense == tense), "no {tense}");
    }
    // Every TLINK names a written instance or time (or the DCT), with a TimeML type.
    assert!(!doc.tlinks.is_empty());
    for l in &doc.tlinks {
        for end in [&l.source, &l.target] {
            let known = match end {
                tempora::timeml::LinkEnd::Event(x) => doc.instances.iter().any(|i| &i.eiid == x),
                tempora::timeml::LinkEnd::Time(x) => {
                    x == &doc.dct_tid || doc.timexes.iter().any(|t| &t.tid == x)
                }
            };
            assert!(known, "{l:?} names an entity the document does not have");
        }
        assert!(
            tempora::relation::classifier::label_of(&l.rel_type).is_some(),
            "{l:?}"
        );
    }
    // The text-marked order of the seed is among them: "clashed" before "shaking".
    let eiid = |w: &str| tempora::timeml::LinkEnd::Event(instance(w).eiid.clone());
    assert!(doc.tlinks.iter().any(|l| l.rel_type == "BEFORE"
        && l.source == eiid("clashed")
        && l.target == eiid("shaking")));
}

#[test]
fn annotated_tlinks_score_as_eval_tlinks_raw_does() {
    // Scoring the TLINKs `annotate` writes against the gold gives the figure `eval tlinks
    // --raw` gives for the same document, once tempora's ids are renamed to the gold ids of
    // the entities they overlap (as --raw names them).
    let Some(dir) = common::shared_data("tempeval3/train/TimeBank") else {
        return;
    };
    use tempora::timeml::LinkEnd;
    for (path, gold) in tempora::timeml::read_timeml_dir(&dir)
        .unwrap()
        .into_iter()
        .take(8)
    {
        let gold = gold.unwrap();
        let ours = parse_timeml(&annotate(&path)).unwrap();
        let rename = |e: &LinkEnd| -> LinkEnd {
            match e {
                LinkEnd::Time(t) if t == "t0" => LinkEnd::Time(gold.dct_tid.clone()),
                LinkEnd::Time(t) => {
                    let span = ours.timexes.iter().find(|x| &x.tid == t).unwrap().span;
                    LinkEnd::Time(
                        gold.timexes
                            .iter()
                            .find(|g| g.span.overlaps(span))
                            .map_or_else(|| format!("tempora-{t}"), |g| g.tid.clone()),
                    )
                }
                LinkEnd::Event(ei) => {
                    let eid = &ours
                        .instances
                        .iter()
                        .find(|i| &i.eiid == ei)
                        .unwrap()
                        .event_id;
                    let span = ours.events.iter().find(|x| &x.eid == eid).unwrap().span;
                    LinkEnd::Event(
                        gold.events
                            .iter()
                            .find(|g| g.span.overlaps(span))
                            .and_then(|g| gold.instances.iter().find(|i| i.event_id == g.eid))
                            .map_or_else(|| format!("tempora-{ei}"), |i| i.eiid.clone()),
                    )
                }
            }
        };
        let renamed: Vec<_> = ours
            .tlinks
            .iter()
            .map(|l| tempora::timeml::Tlink {
                source: rename(&l.source),
                target: rename(&l.target),
                ..l.clone()
            })
            .collect();
        let annotated = tempora::eval::tlinks::awareness(&gold.tlinks, &renamed);
        let raw = tempora::eval::tlinks::awareness(
            &gold.tlinks,
            &tempora::eval::gold_entities::system_tlinks_raw(&gold),
        );
        assert_eq!(
            (annotated.gold_verified, annotated.gold_reduced),
            (raw.gold_verified, raw.gold_reduced),
            "{}",
            path.display()
        );
    }
}
