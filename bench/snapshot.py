"""Output snapshot of the full pipeline, to prove that a speed change leaves the output as it was.

    .venv/bin/python bench/snapshot.py --save DIR     # write the outputs
    .venv/bin/python bench/snapshot.py --check DIR    # compare against them, layer by layer

Inputs: the seed (``examples/000_545e91c68c60f2ba.txt``, date 2014-10-09) and the first N (80) articles of
``saudinewsnet_sample/saudinewsnet_politics_sample.jsonl`` of the shared data folder (``--shared``, by default
``../shared/data``), read as the CLI reads them
(``rasd.io.read_items``: id from the url, date from ``date_extracted``, the crawl day). Saved per article: the
contract JSON (``Doc.to_dict``) split into layers, plus ``internal`` (token/word norms, paragraphs and
mentions, which later stages read but the JSON does not show) and ``render`` (``--format text``).
``jsonl`` is the line the CLI writes (``rasd.cli.analyze_one``, its own code path).
``--check`` prints, per layer, how many articles differ and the first few differences; exit 1 if any does.
``--layers`` restricts the comparison (e.g. ``--layers tokens,sentences,numbers,dateline,times,quotes``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "000_545e91c68c60f2ba.txt"
DEFAULT_SHARED = ROOT.parent / "shared" / "data"
SAMPLE = Path("saudinewsnet_sample") / "saudinewsnet_politics_sample.jsonl"
LAYERS = ("meta", "tokens", "sentences", "numbers", "dateline", "times", "entities", "quotes", "events",
          "internal", "render")  # fmt: skip


def _inputs(limit: int, shared: Path = DEFAULT_SHARED) -> list[tuple[str, str, str | None]]:
    """(id, text, date) of the seed and the first ``limit`` sample articles (of the shared data folder ``shared``)."""
    from rasd.io import Item, read_items

    out: list[tuple[str, str, str | None]] = [(SEED.name, SEED.read_text(encoding="utf-8"), "2014-10-09")]
    sample = shared / SAMPLE
    if not sample.is_file():
        print(f"snapshot: warning: {sample} not found; the seed only", file=sys.stderr)
        return out
    for it in read_items(str(sample)):
        if len(out) > limit:
            break
        if isinstance(it, Item):
            out.append((it.id, it.text, it.date))
    return out


def snapshot(text: str, date: str | None, id: str) -> dict[str, Any]:
    """The layers of one article's analysis, each a JSON-able value."""
    import rasd
    from rasd.cli import analyze_one
    from rasd.io import Item
    from rasd.render import render_text

    doc = rasd.analyze(text, date=date, id=id)
    d = doc.to_dict()
    return {
        "meta": {k: d[k] for k in ("id", "date", "date_source", "text", "warnings")},
        **{k: d[k] for k in ("tokens", "sentences", "numbers", "dateline", "times", "entities", "quotes", "events")},
        "internal": {
            "norms": [[t.norm, [w.norm for w in t.words]] for t in doc.tokens],
            "paragraphs": [[p.start, p.end] for p in doc.paragraphs],
            "mentions": [[m.start, m.end, m.text, m.type, m.source, m.key, m.entity] for m in doc.mentions],
            "time_anchored": [t.anchored for t in doc.times],
            "number_ordinal": [n.ordinal for n in doc.numbers],
        },
        "render": render_text(doc),
        # the exact line the CLI writes for --format jsonl (its own code path)
        "jsonl": analyze_one(Item(id=id, text=text, date=date), None, "jsonl"),
    }


def _first_diff(a: Any, b: Any, path: str = "") -> str:
    """A short description of the first place where ``a`` and ``b`` differ."""
    if type(a) is not type(b):
        return f"{path}: {a!r:.120} != {b!r:.120}"
    if isinstance(a, dict):
        for k in sorted(set(a) | set(b)):
            if k not in a or k not in b:
                return f"{path}.{k}: only in {'saved' if k in a else 'now'}"
            if a[k] != b[k]:
                return _first_diff(a[k], b[k], f"{path}.{k}")
    if isinstance(a, list):
        for i, (x, y) in enumerate(zip(a, b)):
            if x != y:
                return _first_diff(x, y, f"{path}[{i}]")
        if len(a) != len(b):
            return f"{path}: length {len(a)} != {len(b)}"
    return f"{path}: {a!r:.160} != {b!r:.160}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--save", type=Path, metavar="DIR", help="write the snapshot to DIR")
    g.add_argument("--check", type=Path, metavar="DIR", help="compare against the snapshot in DIR")
    ap.add_argument("--limit", type=int, default=80, help="sample articles after the seed (80)")
    ap.add_argument("--layers", default=",".join(LAYERS + ("jsonl",)), help="layers to compare (all)")
    ap.add_argument("--show", type=int, default=3, help="differences shown per layer (3)")
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared data folder (../shared/data)")
    args = ap.parse_args(argv)

    items = _inputs(args.limit, args.shared)
    if args.save:
        args.save.mkdir(parents=True, exist_ok=True)
        snaps = [snapshot(text, date, rid) for rid, text, date in items]
        with open(args.save / "snapshot.json", "w", encoding="utf-8") as fh:
            json.dump([[rid, s] for (rid, _, _), s in zip(items, snaps)], fh, ensure_ascii=False)
        print(f"snapshot: saved {len(snaps)} articles to {args.save}")
        return 0

    with open(args.check / "snapshot.json", encoding="utf-8") as fh:
        saved = json.load(fh)
    if [r for r, _ in saved] != [r for r, _, _ in items]:
        print("snapshot: the inputs differ from the saved ones (ids)", file=sys.stderr)
        return 2
    layers = [x for x in args.layers.split(",") if x]
    diffs: dict[str, list[str]] = {k: [] for k in layers}
    for (rid, old), (_, text, date) in zip(saved, items):
        new = snapshot(text, date, rid)
        for k in layers:
            if old.get(k) != new.get(k):
                diffs[k].append(f"{rid[-40:]}: {_first_diff(old.get(k), new.get(k))}")
    bad = False
    for k in layers:
        status = "same" if not diffs[k] else f"{len(diffs[k])} of {len(items)} articles differ"
        print(f"{k:10s} {status}")
        for line in diffs[k][: args.show]:
            print(f"    {line}")
        bad = bad or bool(diffs[k])
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
