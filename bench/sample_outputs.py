"""A seeded random sample of quotes or events from a snapshot, printed with their context, for judging by hand.

    .venv/bin/python bench/snapshot.py --save /tmp/snap --limit 347
    .venv/bin/python bench/sample_outputs.py /tmp/snap quotes [--n 50] [--seed 20261130]
    .venv/bin/python bench/sample_outputs.py /tmp/snap events
    .venv/bin/python bench/sample_outputs.py /tmp/snap events --plover PROTEST --n 0   # every PROTEST event
    .venv/bin/python bench/sample_outputs.py /tmp/snap entities
    .venv/bin/python bench/sample_outputs.py /tmp/snap times

Precision on real news has no gold here: a person reads each printed item and marks it right or wrong (for a quote:
is it speech, and is the speaker right; for an event: is it an event of that code, are source, target and modality
right; for an entity: is it a real entity of that type with the right span, and are its country and actor code
right; it is shown at its first mention, marked, with the sentence around it; for a time expression: is it one, is
its span whole, and is its value right against the article's date, printed with it). The seed article is left out. The same snapshot and seed give the same sample, so a judged figure can be
rechecked.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path
from typing import Any


def _name(v: dict[str, Any], item: dict[str, Any], key: str) -> str:
    names = {e["id"]: e["name"] for e in v["entities"]}
    if item.get(key) in names:
        return str(names[item[key]])
    phrase = item.get(f"{key}_text")
    return f"[{phrase['text']}]" if isinstance(phrase, dict) else "-"


def _entity_head(e: dict[str, Any]) -> str:
    """«ORG منظمة العفو الدولية country=- actor=NGO roles=-  (3 mentions)»."""
    roles = ",".join(e.get("roles") or []) or "-"
    return (f"{e['type']} {e['name']}  country={e.get('country') or '-'} actor={e.get('actor') or '-'} "
            f"roles={roles}  ({len(e['mentions'])} mentions)")  # fmt: skip


def _entity_context(v: dict[str, Any], e: dict[str, Any]) -> str:
    """The sentence of the entity's first mention, the mention marked ⟦...⟧ (the text around it where no sentence
    holds it)."""
    text = v["meta"]["text"]
    first = min(e["mentions"], key=lambda m: (m["start"], m["end"]))
    lo, hi = max(0, first["start"] - 110), first["end"] + 80
    for s in v["sentences"]:
        if s["start"] <= first["start"] < s["end"]:
            lo, hi = max(s["start"], first["start"] - 220), min(s["end"], first["end"] + 160)
            break
    context = f"{text[lo : first['start']]} ⟦{text[first['start'] : first['end']]}⟧ {text[first['end'] : hi]}"
    return context.replace("\n", " ")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("snapshot", type=Path, help="a directory written by bench/snapshot.py --save")
    ap.add_argument("layer", choices=("quotes", "events", "entities", "times"))
    ap.add_argument("--n", type=int, default=50)
    ap.add_argument("--seed", type=int, default=20261130)
    ap.add_argument("--plover", help="events only: draw from the events of this PLOVER category (PROTEST, ASSAULT...)")
    args = ap.parse_args(argv)
    data = json.loads((args.snapshot / "snapshot.json").read_text(encoding="utf-8"))
    docs = dict(data) if isinstance(data, list) else data
    items = []
    for doc_id, v in docs.items():
        if doc_id.startswith("000_"):
            continue
        text = v["meta"]["text"]
        for item in v[args.layer]:
            if args.plover and args.layer == "events" and item.get("plover") != args.plover:
                continue
            if args.layer == "entities":
                items.append((doc_id, _entity_head(item), _entity_context(v, item)))
                continue
            at = {"quotes": item.get("cue"), "events": item.get("trigger")}.get(args.layer, item)
            context = f"{text[max(0, at['start'] - 110) : at['start']]} ⟦{text[at['start'] : at['end']]}⟧ "
            context += text[at["end"] : at["end"] + 80]
            if args.layer == "quotes":
                head = f"speaker={_name(v, item, 'speaker')}{' direct' if item['direct'] else ''}"
            elif args.layer == "times":
                head = f"{item['kind']} = {item['value']}  (article date {v['meta']['date']}, {v['meta']['date_source']})"
            else:
                head = (f"{item['code']} {item.get('plover') or '-'} source={_name(v, item, 'source')} "
                        f"target={_name(v, item, 'target')} {item['modality']} where={_name(v, item, 'location')} "
                        f"date={item.get('date') or '-'}")  # fmt: skip
            items.append((doc_id, head, context.replace("\n", " ")))
    print(f"{len(items)} {args.layer} in {len(docs) - 1} articles; sample of {len(items) if args.n <= 0 else min(args.n, len(items))}, seed {args.seed}")
    n = len(items) if args.n <= 0 else min(args.n, len(items))
    for i, (doc_id, head, context) in enumerate(random.Random(args.seed).sample(items, n)):
        print(f"{i} {doc_id[-40:]}  {head}\n    {context}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
