#!/usr/bin/env python3
"""TempEval-3 .tml files -> tempora batch records, one JSON line each, on stdout.

    python3 benches/silver_to_jsonl.py ../shared/data/tempeval3/silver-sample > /tmp/silver.jsonl

id = DOCID (or the file stem), published = the DCT's value (date part), text = the content of
<TEXT> with its tags removed. Used for the batch figures of docs/performance.md; the corpus
itself stays outside the repository.
"""
import json
import pathlib
import sys
import xml.etree.ElementTree as ET

for path in sorted(pathlib.Path(sys.argv[1]).glob("*.tml")):
    root = ET.parse(path).getroot()
    docid = root.find("DOCID")
    dct = root.find("DCT/TIMEX3")
    text = root.find("TEXT")
    record = {
        "id": docid.text.strip() if docid is not None and docid.text else path.stem,
        "published": dct.get("value")[:10],
        "text": "".join(text.itertext()),
    }
    print(json.dumps(record, ensure_ascii=False))
