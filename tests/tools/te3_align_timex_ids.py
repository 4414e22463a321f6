#!/usr/bin/env python3
"""Stand-in for TimeML-Normalizer's TIMEX3 id pairing (NOT official code).

The official TE3-evaluation.py first runs TimeML-Normalizer.jar (Java, H. Llorens), which gives
a system timex the id of the gold timex it overlaps, and only then runs evaluate_entities.py,
which pairs gold and system timexes *by id*. The jar is not available here, so this script
re-implements its pairing rule on characters instead of PTB tokens:

  walk the timexes of both annotations in document order (gold first on a tie); a timex that
  starts while a timex of the other annotation is open (covers its first character) takes that
  timex's id, unless this annotation already used that id (one-to-one, first come first served);
  otherwise it gets a fresh id.

Written for tempora's cross-check with the official scorer (docs/accuracy.md); it contains no
code of the official toolkit.

Gold files are left untouched (their ids are the labels); system TIMEX3 tids in <TEXT> are
rewritten. Usage: tests/tools/te3_align_timex_ids.py GOLD_DIR SYSTEM_DIR OUT_DIR
"""
import html
import os
import re
import sys

TAG = re.compile(r'<[^>]*>')


def text_section(xml):
    m = re.search(r'<TEXT>(.*)</TEXT>', xml, re.S)
    return m.start(1), m.group(1)


def timexes(xml):
    """(start, end, tid, tag_start, tag_end) in unescaped plain-text characters of <TEXT>."""
    base, body = text_section(xml)
    out, pos, plain, open_ = [], 0, 0, None
    for m in TAG.finditer(body):
        plain += len(html.unescape(body[pos:m.start()]))
        tag = m.group(0)
        if tag.startswith('<TIMEX3'):
            tid = re.search(r'tid="([^"]*)"', tag).group(1)
            open_ = (plain, tid, base + m.start(), base + m.end())
        elif tag.startswith('</TIMEX3') and open_ is not None:
            out.append((open_[0], plain, open_[1], open_[2], open_[3]))
            open_ = None
        pos = m.end()
    return out


def pair(gold, system):
    """Map system index -> id, following the normalizer's rule: both sides get fresh labels, a
    timex that starts inside an open timex of the other side takes its label; finally a system
    timex that shares a label with a gold timex is given that gold timex's tid."""
    events = [(t[0], 0, i) for i, t in enumerate(gold)] + [(t[0], 1, i) for i, t in enumerate(system)]
    events.sort()
    sides = [gold, system]
    labels = [dict(), dict()]  # index -> label
    used = [set(), set()]
    fresh = 0
    for start, a, i in events:
        other = 1 - a
        chosen = None
        for j, t in enumerate(sides[other]):
            if t[0] <= start < t[1] and j in labels[other]:
                if labels[other][j] not in used[a]:
                    chosen = labels[other][j]
                break
        if chosen is None:
            fresh += 1
            chosen = fresh
        labels[a][i] = chosen
        used[a].add(chosen)
    gold_tid = {labels[0][i]: gold[i][2] for i in range(len(gold))}
    return {i: gold_tid.get(labels[1][i], 'tsys%d' % labels[1][i]) for i in range(len(system))}


def main(gold_dir, system_dir, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for name in sorted(os.listdir(gold_dir)):
        gold_xml = open(os.path.join(gold_dir, name), encoding='utf-8').read()
        sys_xml = open(os.path.join(system_dir, name), encoding='utf-8').read()
        g, s = timexes(gold_xml), timexes(sys_xml)
        mapping = pair(g, s)
        # Rewrite tags from the end so that earlier offsets stay valid.
        for i in sorted(range(len(s)), key=lambda i: -s[i][3]):
            _, _, tid, ts, te = s[i]
            tag = sys_xml[ts:te].replace('tid="%s"' % tid, 'tid="%s"' % mapping[i], 1)
            sys_xml = sys_xml[:ts] + tag + sys_xml[te:]
        with open(os.path.join(out_dir, name), 'w', encoding='utf-8') as f:
            f.write(sys_xml)


if __name__ == '__main__':
    main(*sys.argv[1:4])
