#!/usr/bin/env python3
"""Turn the hand decisions in spec.py into bbc_facts.jsonl (offsets computed, never typed).

    python build.py [CORPUS_DIR] [--show STORY]   (--show lists a story's quote candidates)

spec.py holds only names and indices, no story text:
  places: (surface, occurrences, geonames_id[, cc, lat, lon]) -- occurrences is "all" or a
          list of 0-based indices among the whole-word matches of surface; geonames_id None =>
          give cc, lat, lon
  quotes: (k, speaker, [speaker mention strings]) -- k indexes the quote candidates that
          quote_candidates() finds (double-mark pairs, a paragraph's unclosed quote ending at the
          paragraph end); every whole-word match of a mention string (or the chosen ones:
          (string, [indices])) becomes a speaker span
          (longer strings win over shorter overlapping ones).
Lat/lon/country come from the gazetteer for the given GeoNames id.
"""

import hashlib
import json
import os
import re
import sqlite3
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
GAZ = os.environ.get("GAZETTEER", os.path.join(REPO, "models/gazetteer/gazetteer.sqlite"))
MARKS = '"\u201c\u201d'


def read(path):
    with open(path, "rb") as f:
        b = f.read()
    try:
        return b, b.decode("utf-8")
    except UnicodeDecodeError:
        return b, b.decode("cp1252")


def quote_candidates(text):
    """(start, end) of the words inside double marks. A mark after a space (or at a line start,
    or after "(" or ":") opens a quote, any other mark closes one; an open quote followed by
    another opening mark before its close (BBC: a quote running over paragraphs, which this
    corpus often joins on one line) ends just before that mark, and one still open at the end
    of a line ends there."""
    out, start = [], None
    for m in re.finditer(f"[{MARKS}\n]", text):
        i = m.start()
        if text[i] == "\n":
            if start is not None:
                out.append((start, len(text[:i].rstrip())))
                start = None
            continue
        opener = i == 0 or text[i - 1] in " \t\n(:"
        if opener:
            if start is not None:
                out.append((start, len(text[:i].rstrip())))
            start = i + 1
        elif start is not None:
            out.append((start, i))
            start = None
    if start is not None:
        out.append((start, len(text.rstrip())))
    return out


def matches(text, s):
    return [(m.start(), m.end()) for m in re.finditer(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text)]


def build(corpus):
    sys.path.insert(0, HERE)
    from spec import HALF, SPEC

    db = sqlite3.connect(GAZ)
    lines = []
    for story, ann in SPEC.items():
        raw, text = read(os.path.join(corpus, story))
        places = []
        for p in ann.get("places", []):
            surface, occ, gid = p[:3]
            ms = matches(text, surface)
            sel = ms if occ == "all" else [ms[i] for i in occ]
            if gid is not None:
                cc, lat, lon = db.execute(
                    "select cc, lat, lon from place where id=?", (gid,)
                ).fetchone()
            else:
                cc, lat, lon = p[3:6]
            for s, e in sel:
                places.append(
                    {
                        "start": s,
                        "end": e,
                        "name": surface,
                        "geonames_id": gid,
                        "country": cc,
                        "lat": lat,
                        "lon": lon,
                        "feature": "P",
                    }
                )
        places.sort(key=lambda d: d["start"])
        cands = quote_candidates(text)
        quotes = []
        for k, speaker, mentions in ann.get("quotes", []):
            s, e = cands[k]
            spans = []
            norm = [(m, "all") if isinstance(m, str) else m for m in mentions]
            for m, occ in sorted(norm, key=lambda x: len(x[0]), reverse=True):
                ms = matches(text, m)
                for a, b in ms if occ == "all" else [ms[i] for i in occ]:
                    if not any(a < y and x < b for x, y in spans):
                        spans.append((a, b))
            assert spans or not mentions, (story, speaker)
            quotes.append(
                {
                    "start": s,
                    "end": e,
                    "speaker": speaker,
                    "speaker_spans": [list(x) for x in sorted(spans)],
                    "kind": "direct",
                }
            )
        lines.append(
            {
                "story": story,
                "sha256": hashlib.sha256(raw).hexdigest(),
                "half": HALF[story],
                "places": places,
                "quotes": quotes,
            }
        )
    with open(os.path.join(HERE, "bbc_facts.jsonl"), "w", encoding="utf-8") as f:
        for d in lines:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    return lines


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    corpus = args[0] if args else os.path.join(REPO, "..", "shared", "corpus", "bbc")
    if "--show" in sys.argv:
        for story in sys.argv[sys.argv.index("--show") + 1 :]:
            _, text = read(os.path.join(corpus, story))
            print("==", story)
            for k, (s, e) in enumerate(quote_candidates(text)):
                print(f"  q{k} [{s}:{e}] {text[s:e][:70]!r}")
    else:
        print(len(build(corpus)), "stories")
