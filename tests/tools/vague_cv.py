#!/usr/bin/env python3
"""Is the gold's choice to tag a vague word predictable? A measurement, not part of tempora.

The TempEval-3 annotators tag vague words ("now", "currently", "current", "recent",
"recently", "the past", "the future", "formerly", "soon", "previously", adjective "future")
about half the time. tempora decides per word by rule (src/temporal/lexicon.rs VAGUE_WORDS,
src/temporal/grammar/relative.rs). This script asks whether a decision learned from context
would do better out of sample (docs/accuracy.md, "Vague words: rules against a learned
decision"):

1. Every occurrence of those words in TimeBank + AQUAINT is a candidate, with what tempora
   does with it now (its `annotate` output: tagged or not, and its value) and whether the gold
   has a timex over it with the value tempora gives (or would give: PRESENT_REF, PAST_REF,
   FUTURE_REF). Occurrences inside a longer tempora phrase ("recent years", "the current
   year") are not candidates: other rules decide them.
2. Since value F1 = 2v / (S + G), tagging a candidate adds one to S and, when its value is
   the gold's, one to v: the value F1 of any set of decisions follows exactly from the
   `eval timex` counts and the candidates.
3. Learned decisions are scored by 5-fold cross-validation by document, the project's
   protocol (documents in folder order, then file-name order; fold k holds documents i with
   i % 5 == k): a per-word rule learned from the training folds (tag a word when its value is
   right often enough to raise F1, i.e. in more than 41 % of its training occurrences), and
   an averaged perceptron over context features (the word; the words around it; sentence
   start; a comma after; an auxiliary or modal before; the tense and aspect tempora gives the
   nearest verbs), with positive updates weighted to move its threshold towards 41 %.

Deterministic (fixed shuffling seed). Needs a built tempora binary.
Usage: tests/tools/vague_cv.py TEMPORA_BINARY TIMEBANK_DIR AQUAINT_DIR
"""
import collections
import html
import json
import os
import random
import re
import subprocess
import sys

WORDS = {
    "now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "current": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "recent": "PAST_REF",
    "recently": "PAST_REF",
    "formerly": "PAST_REF",
    "previously": "PAST_REF",
    "the past": "PAST_REF",
    "soon": "FUTURE_REF",
    "future": "FUTURE_REF",
}
AUXILIARIES = ["will", "would", "may", "could", "might", "to", "had", "has", "have", "is",
               "are", "was", "were", "said"]


def read(xml):
    """The plain text of <TEXT>, its TIMEX3s (start, end, value) and EVENTs (start, end, eid)."""
    body = re.search(r"<TEXT>(.*)</TEXT>", xml, re.S).group(1)
    text, timexes, events, stack, pos = [], [], [], [], 0
    for piece in re.split(r"(<[^>]+>)", body):
        if piece.startswith("<TIMEX3") or piece.startswith("<EVENT"):
            attr = re.search(r'(?:value|eid)="([^"]*)"', piece)
            stack.append((pos, attr.group(1) if attr else ""))
        elif piece.startswith("</TIMEX3"):
            start, value = stack.pop()
            timexes.append((start, pos, value))
        elif piece.startswith("</EVENT"):
            start, eid = stack.pop()
            events.append((start, pos, eid))
        elif not piece.startswith("<"):
            piece = html.unescape(piece)
            text.append(piece)
            pos += len(piece)
    return "".join(text), timexes, events


def tokens(s):
    return [t.lower() for t in re.findall(r"[A-Za-z]+|[0-9]+|[^\sA-Za-z0-9]", s)]


def candidates(binary, dirs):
    docs, out = [], []
    for folder in dirs:
        for name in sorted(os.listdir(folder)):
            if not name.endswith(".tml"):
                continue
            doc = len(docs)
            docs.append(name)
            path = os.path.join(folder, name)
            gold_text, gold, _ = read(open(path, encoding="utf-8").read())
            system_xml = subprocess.run([binary, "annotate", path], capture_output=True,
                                        text=True, check=True).stdout
            text, system, events = read(system_xml)
            assert text == gold_text, name
            tenses = {m.group(1): f"{m.group(2)}_{m.group(3)}" for m in re.finditer(
                r'<MAKEINSTANCE eventID="([^"]*)"[^>]*tense="([^"]*)" aspect="([^"]*)"',
                system_xml)}
            for word, default in WORDS.items():
                for m in re.finditer(r"(?i)\b" + re.escape(word) + r"\b", text):
                    a, b = m.span()
                    sys_over = [(s, e, v) for s, e, v in system if s < b and a < e]
                    gold_over = [v for s, e, v in gold if s < b and a < e]
                    phrase = text[sys_over[0][0]:sys_over[0][1]].lower() if sys_over else word
                    if phrase not in (word, "the future", "the near future"):
                        continue
                    key = "the future" if word == "future" and sys_over else word
                    value = sys_over[0][2] if sys_over else default
                    left, right = text[max(0, a - 80):a], text[b:b + 80]
                    sentence_left = re.split(r"[.!?]\s", left)[-1]
                    sentence_right = re.split(r"[.!?]\s", right)[0]
                    before = [t for s, e, eid in events if s < a and a - s <= len(sentence_left)
                              and (t := tenses.get(eid, "NONE_NONE")) != "NONE_NONE"]
                    after = [t for s, e, eid in events if s >= b and s - b <= len(sentence_right)
                             and (t := tenses.get(eid, "NONE_NONE")) != "NONE_NONE"]
                    out.append({
                        "set": os.path.basename(os.path.normpath(folder)),
                        "doc": doc,
                        "word": key,
                        "now": 1 if sys_over else 0,
                        "right": 1 if value in gold_over else 0,
                        "features": features(key, left, right, before, after),
                    })
    return out


def features(w, left, right, before, after):
    lt = (["<s>"] * 3 + tokens(left))[-3:]
    rt = (tokens(right) + ["</s>"] * 3)[:3]
    start = left.rstrip() == "" or left.rstrip()[-1] in ".!?\"'`" or "\n" in left[-3:]
    f = ["bias", "w=" + w, "p1=" + lt[-1], "n1=" + rt[0], "p2=" + lt[-2], "n2=" + rt[1],
         f"p1w={lt[-1]}_{w}", f"wn1={w}_{rt[0]}", f"start={start}", f"wstart={w}_{start}",
         f"wcomma={w}_{rt[0] == ','}"]
    near = tokens(left)[-4:]
    f += [f"waux={w}_{x}" for x in AUXILIARIES if x in near]
    f.append(f"wnext_tense={w}_{after[0] if after else 'none'}")
    f.append(f"wprev_tense={w}_{before[-1] if before else 'none'}")
    return f


def value_f1(counts, cands, decide):
    """Value F1 (%) per set and pooled when candidate i is tagged iff decide[i]."""
    out = {}
    for name in list(counts) + ["pooled"]:
        sets = list(counts) if name == "pooled" else [name]
        v = sum(counts[s]["value"] for s in sets)
        n = sum(counts[s]["system"] + counts[s]["gold"] for s in sets)
        for c, d in zip(cands, decide):
            if c["set"] in sets:
                v += (d - c["now"]) * c["right"]
                n += d - c["now"]
        out[name] = 200 * v / n
    return out


def perceptron(train, epochs, positive_weight, seed=1):
    w, total, stamp, t = collections.defaultdict(float), collections.defaultdict(float), {}, 0
    order = list(train)
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for c in order:
            t += 1
            y = 1 if c["right"] else -1
            if y * sum(w[k] for k in c["features"]) <= 0:
                step = positive_weight if y > 0 else 1.0
                for k in c["features"]:
                    total[k] += (t - stamp.get(k, 0)) * w[k]
                    stamp[k] = t
                    w[k] += y * step
    return {k: (total[k] + (t - stamp.get(k, 0)) * w[k]) / t for k in w}


def cross_validate(cands, fit, folds=5):
    decide = [0] * len(cands)
    for k in range(folds):
        predict = fit([c for c in cands if c["doc"] % folds != k])
        for i, c in enumerate(cands):
            if c["doc"] % folds == k:
                decide[i] = predict(c)
    return decide


def per_word(train):
    seen = collections.defaultdict(lambda: [0, 0])
    for c in train:
        seen[c["word"]][0] += c["right"]
        seen[c["word"]][1] += 1
    return lambda c: int(seen[c["word"]][1] > 0 and seen[c["word"]][0] > 0.41 * seen[c["word"]][1])


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__.strip().splitlines()[-1])
    binary, *dirs = sys.argv[1:]
    counts = {}
    for d in dirs:
        report = subprocess.run([binary, "eval", "timex", d, "--json"], capture_output=True,
                                text=True, check=True).stdout
        counts[os.path.basename(os.path.normpath(d))] = json.loads(report)["overall"]["counts"]
    cands = candidates(binary, dirs)
    print("word          set       occurrences  gold value right  tagged now")
    table = collections.Counter()
    for c in cands:
        table[(c["word"], c["set"], "n")] += 1
        table[(c["word"], c["set"], "r")] += c["right"]
        table[(c["word"], c["set"], "t")] += c["now"]
    for word, s in sorted({(c["word"], c["set"]) for c in cands}):
        print(f"{word:<13} {s:<9} {table[(word, s, 'n')]:>11}  {table[(word, s, 'r')]:>16}"
              f"  {table[(word, s, 't')]:>10}")
    fmt = lambda r: "  ".join(f"{k} {v:.2f}" for k, v in r.items())
    print("value F1 (%)")
    print(f"  current rules             {fmt(value_f1(counts, cands, [c['now'] for c in cands]))}")
    print(f"  oracle (gold's choice)    {fmt(value_f1(counts, cands, [c['right'] for c in cands]))}")
    print(f"  CV per-word rule          {fmt(value_f1(counts, cands, cross_validate(cands, per_word)))}")
    for positive_weight in (1.0, 1.4, 2.0):
        for epochs in (5, 10):
            def fit(train):
                model = perceptron(train, epochs, positive_weight)
                return lambda c: int(sum(model.get(k, 0.0) for k in c["features"]) > 0)
            decide = cross_validate(cands, fit)
            print(f"  CV perceptron x{positive_weight} {epochs:>2} ep  {fmt(value_f1(counts, cands, decide))}")


if __name__ == "__main__":
    main()
