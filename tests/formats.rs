//! The export formats (issue 5, part 3): each on the seed, snapshotted and checked for its
//! format's rules; the JSON against its schema; every format deterministic and escaped.

use tempora::document::{Article, ReadOptions};
use tempora::event::{EventClass, Status};
use tempora::export::{self, Format};
use tempora::relation::{RelationKind, Sieve};
use tempora::temporal::Granularity;
use tempora::timeline::{
    Conflict, DocumentInfo, EventId, Evidence, RelationId, Sequence, Statement, Timeline,
    TimelineEvent, TimelineRelation, When, FORMAT,
};
use tempora::Span;

const SEED: &str = "seeds/bolivia-2019-11-10.txt";

fn seed() -> Timeline {
    let bytes = std::fs::read(SEED).expect("the seed article is in the repository");
    let article =
        Article::from_bytes(SEED, &bytes, &ReadOptions::default()).expect("the seed reads");
    tempora::reconstruct(&article).timeline
}

fn render(t: &Timeline, f: Format) -> String {
    export::render(t, f).unwrap_or_else(|e| panic!("{} export failed: {e}", f.name()))
}

#[test]
fn every_format_is_deterministic_and_ends_in_a_newline() {
    let (a, b) = (seed(), seed());
    for f in Format::ALL {
        let (x, y) = (render(&a, f), render(&b, f));
        assert_eq!(x, y, "{} differs between two runs", f.name());
        assert!(x.ends_with('\n'), "{} does not end in a newline", f.name());
    }
}

#[test]
fn json_output_validates_against_the_schema() {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string("docs/timeline.schema.json").expect("the schema is in docs/"),
    )
    .expect("the schema is JSON");
    let validator = jsonschema::validator_for(&schema).expect("the schema is a valid schema");
    for t in [seed(), hostile()] {
        let json: serde_json::Value =
            serde_json::from_str(&render(&t, Format::Json)).expect("the export is JSON");
        let errors: Vec<String> = validator
            .iter_errors(&json)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "schema errors:\n{}", errors.join("\n"));
    }
    // The schema is strict: it catches a field the model does not have.
    let mut json: serde_json::Value = serde_json::from_str(&render(&seed(), Format::Json)).unwrap();
    json["events"][0]["invented"] = serde_json::json!(1);
    assert!(!validator.is_valid(&json));
}

#[test]
fn markdown_of_the_seed() {
    let md = render(&seed(), Format::Markdown);
    assert!(md.contains("| # | id | When | What | Status | Order | Sources |"));
    assert!(md.contains("| 8 Nov 2019 | Some police units in Bolivia became openly defiant"));
    insta::assert_snapshot!("markdown", md);
}

#[test]
fn timelinejs_of_the_seed() {
    let t = seed();
    let text = render(&t, Format::TimelineJs);
    let tl: serde_json::Value = serde_json::from_str(&text).unwrap();
    let events = tl["events"].as_array().unwrap();
    let bounded = t
        .events
        .iter()
        .filter(|e| e.when.earliest.is_some() && e.when.latest.is_some())
        .count();
    assert_eq!(
        events.len(),
        bounded,
        "every event with both bounds, no other"
    );
    let mut ids = std::collections::BTreeSet::new();
    for e in events {
        assert!(e["start_date"]["year"].is_i64(), "{e}");
        assert!(e["display_date"].is_string());
        assert!(e["text"]["headline"].is_string());
        assert!(ids.insert(e["unique_id"].as_str().unwrap().to_string()));
    }
    let defiant = events
        .iter()
        .find(|e| e["text"]["headline"].as_str().unwrap().contains("defiant"))
        .unwrap();
    assert_eq!(
        defiant["start_date"],
        serde_json::json!({"year": 2019, "month": 11, "day": 8})
    );
    assert!(defiant.get("end_date").is_none());
    assert_eq!(defiant["display_date"], "8 Nov 2019");
    let office = events
        .iter()
        .find(|e| {
            e["text"]["headline"]
                .as_str()
                .unwrap()
                .contains("took office")
        })
        .unwrap();
    assert_eq!(office["start_date"], serde_json::json!({"year": 2006}));
    let clashed = events
        .iter()
        .find(|e| e["text"]["headline"].as_str().unwrap().contains("clashed"))
        .unwrap();
    assert_eq!(clashed["display_date"], "c. 7–10 Nov 2019");
    assert_eq!(
        clashed["end_date"],
        serde_json::json!({"year": 2019, "month": 11, "day": 10})
    );
    // The events left off the axis are listed on the title slide.
    let title = tl["title"]["text"]["text"].as_str().unwrap();
    assert!(title.contains("not on the axis"));
    assert!(title.contains("the incident at the airport"));
    insta::assert_snapshot!("timelinejs", text);
}

/// A small RFC 4180 reader, to check the CSV round-trips.
fn read_csv(s: &str) -> Vec<Vec<String>> {
    let mut rows = vec![];
    let mut row = vec![];
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    rows
}

#[test]
fn timelinejs_csv_of_the_seed() {
    let t = seed();
    let csv = render(&t, Format::TimelineJsCsv);
    let rows = read_csv(&csv);
    assert_eq!(
        rows[0].join(","),
        "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,\
         Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background"
    );
    assert!(rows.iter().all(|r| r.len() == 18), "every row has 18 cells");
    assert_eq!(rows[1][15], "title");
    let tl: serde_json::Value =
        serde_json::from_str(&render(&t, Format::TimelineJs)).expect("json");
    assert_eq!(rows.len(), 2 + tl["events"].as_array().unwrap().len());
    // The same slides as the JSON, cell for cell.
    for (row, e) in rows[2..].iter().zip(tl["events"].as_array().unwrap()) {
        assert_eq!(row[0], e["start_date"]["year"].to_string());
        assert_eq!(row[8], e["display_date"].as_str().unwrap());
        assert_eq!(row[9], e["text"]["headline"].as_str().unwrap());
        assert_eq!(row[10], e["text"]["text"].as_str().unwrap());
    }
    insta::assert_snapshot!("timelinejs_csv", csv);
}

#[test]
fn dot_of_the_seed() {
    let t = seed();
    let dot = render(&t, Format::Dot);
    for e in &t.events {
        assert!(
            dot.contains(&format!("\n    \"{}\" [label=", e.id)),
            "{}",
            e.id
        );
    }
    for r in &t.relations {
        assert!(dot.contains(&format!("\"{}\" -> \"{}\" [label=", r.source, r.target)));
    }
    insta::assert_snapshot!("dot", dot);
}

/// Graphviz itself reads the DOT, when it is installed (`.ci/browser` installs it).
#[test]
fn graphviz_accepts_the_dot() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    if Command::new("dot").arg("-V").output().is_err() {
        if std::env::var("TEMPORA_BROWSER_TESTS").as_deref() == Ok("require") {
            panic!("Graphviz required (TEMPORA_BROWSER_TESTS=require) but `dot` is missing");
        }
        eprintln!("SKIP graphviz_accepts_the_dot: no `dot` binary (apt-get install graphviz)");
        return;
    }
    for t in [seed(), hostile()] {
        let mut child = Command::new("dot")
            .arg("-Tsvg")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("dot runs");
        let dot = render(&t, Format::Dot);
        child
            .stdin
            .take()
            .unwrap()
            .write_all(dot.as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success() && out.stderr.is_empty(),
            "dot rejected the graph: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let svg = String::from_utf8(out.stdout).unwrap();
        assert!(svg.contains("<svg"));
        if t.events.len() == 2 {
            // The hostile label stays text in the SVG, not markup.
            assert!(svg.contains("&lt;script&gt;"));
        }
    }
}

#[test]
fn html_of_the_seed() {
    let t = seed();
    let html = render(&t, Format::Html);
    assert!(html.starts_with("<!DOCTYPE html>"));
    // Self-contained: nothing is loaded from anywhere, and the policy forbids it.
    assert!(html.contains("default-src 'none'"));
    for needle in ["src=\"http", "href=\"http", "url(http", "@import"] {
        assert!(!html.contains(needle), "{needle}");
    }
    assert_eq!(html.matches("<a href=\"#ev-").count(), t.events.len());
    assert_eq!(html.matches("<li id=\"ev-").count(), t.events.len());
    // Day-precise dated bars are solid; derived ranges pale; one-sided bounds fade.
    assert!(html.contains("class=\"bar dated\""));
    assert!(html.contains("class=\"bar derived\""));
    assert!(html.contains("fade-left-asserted"));
    assert!(html.contains("class=\"order unordered\""));
    insta::assert_snapshot!("html", html);
}

/// A timeline written by hand: markup and separators in every text, two documents, a conflict.
fn hostile() -> Timeline {
    let doc = |id: &str, title: &str| DocumentInfo {
        id: id.to_string(),
        title: title.to_string(),
        published: "2019-11-10".to_string(),
        source: Some(format!("{id}.txt")),
    };
    let evidence = |d: &str, q: &str| Evidence {
        document: d.into(),
        span: Span::new(0, q.len()),
        quote: q.into(),
    };
    let when = |earliest: Option<&str>, latest: Option<&str>| When {
        value: "2019-11-08".to_string(),
        granularity: Granularity::Day,
        earliest: earliest.map(str::to_string),
        latest: latest.map(str::to_string),
        earliest_end: None,
        latest_start: None,
        from: Some("on <b>Friday</b>".to_string()),
        rule: "<weekday> \"rule\", with | pipes".to_string(),
        anchor: None,
        assumption: None,
        earliest_because: vec![],
        latest_because: vec![],
        earliest_end_because: vec![],
        latest_start_because: vec![],
    };
    let quote = r#"He said "=SUM(A1)", <script>alert('x')</script> & left | ran, fast"#;
    Timeline {
        format: FORMAT,
        documents: vec![
            doc("a", "First <i>article</i>, \"quoted\""),
            doc("b", "Second & last"),
        ],
        events: vec![
            TimelineEvent {
                id: EventId::from_index(0),
                trigger: "left".to_string(),
                summary: "=HYPERLINK(\"x\") <script>alert(1)</script>".to_string(),
                status: Status::Asserted,
                class: EventClass::Occurrence,
                who: Some("He & <she>".to_string()),
                place: None,
                when: when(Some("2019-11-08T00:00"), Some("2019-11-08T23:59")),
                follows_previous: Sequence::First,
                told_as: Vec::new(),
                evidence: vec![evidence("a", quote)],
            },
            TimelineEvent {
                id: EventId::from_index(1),
                trigger: "ran".to_string(),
                summary: "ran *fast* | [link](x)".to_string(),
                status: Status::Negated,
                class: EventClass::Occurrence,
                who: None,
                place: Some("La Paz".to_string()),
                when: when(None, Some("2019-11-09T12:00")),
                follows_previous: Sequence::Unordered,
                told_as: Vec::new(),
                evidence: vec![evidence("b", "ran\nfast, \"really\"")],
            },
        ],
        relations: vec![TimelineRelation {
            id: RelationId::from_index(0),
            source: EventId::from_index(0),
            kind: RelationKind::Before,
            target: EventId::from_index(1),
            minutes: Some([60, 120]),
            sieve: Sieve::Connective,
            rule: "<a> \"after\" <b>".to_string(),
            evidence: evidence("a", quote),
        }],
        conflicts: vec![Conflict {
            statements: vec![Statement {
                says: "e1 \"left\" ends before the start of e2 \"ran\"".into(),
                events: vec![EventId::from_index(0), EventId::from_index(1)],
                evidence: evidence("a", quote),
            }],
            sentences: vec![evidence("a", quote)],
            dropped: "e2 \"ran\" ends before <e1>".into(),
            omitted: 0,
        }],
        dropped: vec![],
        unordered: vec![],
    }
}

#[test]
fn hostile_text_is_escaped_in_every_format() {
    let t = hostile();
    let html = render(&t, Format::Html);
    // Kept for a look in a browser: target/tmp/hostile.html.
    let _ = std::fs::write(
        std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("hostile.html"),
        &html,
    );
    assert!(!html.contains("<script>alert"), "raw script in the HTML");
    assert!(!html.contains("<i>article"), "raw markup in the HTML");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    // Exactly one script element: the page's own.
    assert_eq!(html.matches("<script").count(), 1);
    // Both events are named by the conflict and highlighted.
    assert_eq!(html.matches("class=\"ev asserted conflict\"").count(), 1);
    assert_eq!(html.matches("class=\"ev negated conflict\"").count(), 1);
    // Two lanes, one per article.
    assert_eq!(html.matches("class=\"lane-title\"").count(), 2);
    assert!(html.contains(">First &lt;i&gt;article&lt;/i&gt;, &quot;quoted&quot;</text>"));
    assert!(html.contains(">Second &amp; last</text>"));

    let md = render(&t, Format::Markdown);
    assert!(!md.contains("<script>"));
    for line in md.lines().filter(|l| l.starts_with("| ")) {
        let cells = line.replace(r"\|", "").matches('|').count();
        assert_eq!(cells, 8, "a cell broke the table: {line}");
    }
    assert!(md.contains("in conflict"));

    let tl: serde_json::Value = serde_json::from_str(&render(&t, Format::TimelineJs)).unwrap();
    let slide = &tl["events"][0];
    assert!(slide["text"]["headline"]
        .as_str()
        .unwrap()
        .contains("&lt;script&gt;"));
    assert!(!slide["text"]["text"].as_str().unwrap().contains("<script>"));
    assert!(slide["text"]["text"]
        .as_str()
        .unwrap()
        .contains("In conflict"));
    assert_eq!(
        slide["group"],
        "First &lt;i&gt;article&lt;/i&gt;, &quot;quoted&quot;"
    );
    // The one-sided event is not on the axis but on the title slide.
    assert_eq!(tl["events"].as_array().unwrap().len(), 1);
    assert!(tl["title"]["text"]["text"]
        .as_str()
        .unwrap()
        .contains("on or before 9 Nov 2019"));

    let csv = render(&t, Format::TimelineJsCsv);
    let rows = read_csv(&csv);
    assert!(rows.iter().all(|r| r.len() == 18));
    assert!(rows[2][9].starts_with("'=HYPERLINK"), "formula defused");

    let dot = render(&t, Format::Dot);
    assert!(dot.contains(r#"label="before\n60–120 min""#));
    assert!(dot.contains(r#"r1: <a> \"after\" <b>"#));
    assert!(dot.contains("color=\"#c0392b\""), "conflict highlighted");
}

#[test]
fn an_untitled_article_is_named_by_its_id() {
    // A story with no headline (its first paragraph is a sentence) has an empty title: the
    // headings name it by its id, and no format writes an empty name.
    let text = "Published: 2019-11-10\n\nPolice clashed with protesters on Friday.\n\nThe army withdrew.\n";
    let article = Article::from_bytes("clashes.txt", text.as_bytes(), &ReadOptions::default())
        .expect("the text reads");
    assert_eq!(article.title, "");
    let t = tempora::reconstruct(&article).timeline;
    let markdown = render(&t, Format::Markdown);
    assert!(markdown.starts_with("# clashes\n"), "{markdown}");
    assert!(
        markdown.contains("- **clashes**, published 10 Nov 2019"),
        "{markdown}"
    );
    let html = render(&t, Format::Html);
    assert!(html.contains("<h1>clashes</h1>"), "{html}");
    assert!(html.contains("<cite>clashes</cite>"), "{html}");
    let timelinejs = render(&t, Format::TimelineJs);
    assert!(timelinejs.contains("<em>clashes</em>"), "{timelinejs}");
}
