//! `tempora annotate FILE --format timeml`: the output's <TEXT>, tags stripped, is the input
//! text byte for byte, for a plain article and for a TimeML document.

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
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/tempeval3/train/TimeBank");
    if !dir.is_dir() {
        eprintln!("skipping: TempEval-3 data not found at {}", dir.display());
        return;
    }
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
