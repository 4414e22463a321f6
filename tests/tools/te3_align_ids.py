#!/usr/bin/env python3
"""Stand-in for TimeML-Normalizer's id pairing of TIMEX3s and EVENTs (NOT official code).

The official TE3-evaluation.py first runs TimeML-Normalizer.jar (Java, H. Llorens), which gives
a system entity the id of the gold entity it pairs with, and only then runs
evaluate_entities.py, which pairs gold and system TIMEX3s and EVENTs *by id*. The jar is not
available here, so this script re-implements its pairing on characters instead of PTB tokens,
separately for TIMEX3s and for EVENTs:

  walk the entities of both annotations in document order (gold first on a tie); an entity
  that starts while an entity of the other annotation is open (covers its first character)
  takes that entity's id, unless this annotation already used that id (one-to-one, first come
  first served); otherwise it gets a fresh id.

For TIMEX3s this is the normaliser's rule, on characters. For EVENTs the normaliser pairs two
events when they begin on the same PTB token (it treats events as single tokens); the gold
EVENTs of the TempEval-3 training sets are all single tokens and tempora's are single words,
so two events overlap exactly when one starts inside the other, and the rule above gives the
same pairs except where one event overlaps two of the other side (docs/accuracy.md).

Written for tempora's cross-check with the official scorer (docs/accuracy.md); it contains no
code of the official toolkit.

Gold files are left untouched (their ids are the labels); in system files the TIMEX3 tids and
EVENT eids inside <TEXT> are rewritten, and MAKEINSTANCE eventIDs follow their EVENT.
Usage: tests/tools/te3_align_ids.py GOLD_DIR SYSTEM_DIR OUT_DIR
"""
import html
import os
import re
import sys

TAG = re.compile(r'<[^>]*>')
KINDS = (('TIMEX3', 'tid', 'tsys'), ('EVENT', 'eid', 'esys'))


def text_section(xml):
    m = re.search(r'<TEXT>(.*)</TEXT>', xml, re.S)
    return m.start(1), m.group(1)


def entities(xml, element, id_attr):
    """(start, end, id, tag_start, tag_end) in unescaped plain-text characters of <TEXT>."""
    base, body = text_section(xml)
    out, pos, plain, open_ = [], 0, 0, None
    for m in TAG.finditer(body):
        plain += len(html.unescape(body[pos:m.start()]))
        tag = m.group(0)
        if re.match(r'<%s[\s>]' % element, tag):
            ident = re.search(r'%s="([^"]*)"' % id_attr, tag).group(1)
            open_ = (plain, ident, base + m.start(), base + m.end())
        elif tag.startswith('</%s' % element) and open_ is not None:
            out.append((open_[0], plain, open_[1], open_[2], open_[3]))
            open_ = None
        pos = m.end()
    return out


def pair(gold, system, fresh_prefix):
    """Map system index -> id, following the rule in the module docstring: both sides get fresh
    labels, an entity that starts inside an open entity of the other side takes its label;
    finally a system entity that shares a label with a gold entity is given that gold id."""
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
    gold_id = {labels[0][i]: gold[i][2] for i in range(len(gold))}
    return {i: gold_id.get(labels[1][i], '%s%d' % (fresh_prefix, labels[1][i])) for i in range(len(system))}


def main(gold_dir, system_dir, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for name in sorted(os.listdir(gold_dir)):
        gold_xml = open(os.path.join(gold_dir, name), encoding='utf-8').read()
        sys_xml = open(os.path.join(system_dir, name), encoding='utf-8').read()
        rewrites = []  # (tag_start, tag_end, attribute, old id, new id)
        renamed_events = {}
        for element, id_attr, fresh in KINDS:
            g, s = entities(gold_xml, element, id_attr), entities(sys_xml, element, id_attr)
            mapping = pair(g, s, fresh)
            for i, (_, _, ident, ts, te) in enumerate(s):
                rewrites.append((ts, te, id_attr, ident, mapping[i]))
                if element == 'EVENT':
                    renamed_events[ident] = mapping[i]
        # Rewrite tags from the end so that earlier offsets stay valid.
        for ts, te, attr, old, new in sorted(rewrites, reverse=True):
            tag = sys_xml[ts:te].replace('%s="%s"' % (attr, old), '%s="%s"' % (attr, new), 1)
            sys_xml = sys_xml[:ts] + tag + sys_xml[te:]
        # MAKEINSTANCEs (after </TEXT>) follow their events, all at once.
        sys_xml = re.sub(
            r'(<MAKEINSTANCE[^>]*eventID=")([^"]*)(")',
            lambda m: m.group(1) + renamed_events.get(m.group(2), m.group(2)) + m.group(3),
            sys_xml)
        with open(os.path.join(out_dir, name), 'w', encoding='utf-8') as f:
            f.write(sys_xml)


if __name__ == '__main__':
    main(*sys.argv[1:4])
