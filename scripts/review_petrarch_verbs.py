#!/usr/bin/env python3
"""Review the PETRARCH Arabic verb dictionary against rasd's event lexicon (src/rasd/data/events/triggers.tsv).

The shipped lexicon is written and reviewed by hand; this script is the review aid that compared it with
UniversalPetrarch's CAMEO.ar.0.5.txt. For every verb line of the dictionary it prints the PETRARCH code (the
verb's own ``[code]``, else its block's), the code rasd gives the same verb (if the lexicon has it) and a verdict:

  agree      same CAMEO root (first two digits)
  recoded    rasd codes it differently on purpose (e.g. «تعهد» 182 physical assault → 030/033 pledge)
  uncoded    PETRARCH lists the verb without a code of its own (only patterns); rasd gives one
  candidate  a coded PETRARCH verb rasd does not have (to consider; many are noise from machine translation)

Usage: scripts/review_petrarch_verbs.py [--shared PATH] [--only recoded|agree|candidate] [--roots 14,18,19]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from rasd.events.lexicon import lexicon
from rasd.text.normalize import norm_key

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
BLOCK = re.compile(r"^---\s*(.+?)\s*\[(.*?)\]\s*---")
VERB = re.compile(r"^([^\s\-#&+][^\[#]*?)\s*(?:\[(\d{3,4})\])?\s*#")


def petrarch_verbs(path: Path) -> list[tuple[str, str | None, int]]:
    """(verb, code or None, line number) for every verb line of the dictionary's VERB PATTERNS part."""
    out: list[tuple[str, str | None, int]] = []
    in_verbs = False
    block_code: str | None = None
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if "VERB PATTERNS" in line:
            in_verbs = True
            continue
        if not in_verbs or not line.strip():
            continue
        m = BLOCK.match(line)
        if m:
            block_code = m.group(2) if m.group(2).strip("-") else None
            continue
        m = VERB.match(line)
        if m:
            verb = m.group(1).strip().replace("+", " ")
            out.append((verb, m.group(2) or block_code, n))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=SHARED, help="the shared data folder")
    ap.add_argument("--only", choices=("agree", "recoded", "uncoded", "candidate"))
    ap.add_argument("--roots", default="", help="only PETRARCH codes with these two-digit roots, e.g. 14,18,19")
    args = ap.parse_args(argv)
    path = args.shared / "petrarch_arabic_dicts" / "CAMEO.ar.0.5.txt"
    if not path.exists():
        print(f"missing {path}", file=sys.stderr)
        return 2
    roots = {r.strip() for r in args.roots.split(",") if r.strip()}
    index = lexicon()
    print("verb\tpetrarch\trasd\trasd_id\tverdict\tline")
    for verb, code, line in petrarch_verbs(path):
        if roots and (code is None or code[:2] not in roots):
            continue
        first = norm_key(verb.split()[0])
        ours = index.get(first, ())
        if ours:
            codes = sorted({e.code for e, _ in ours})
            ids = sorted({e.id for e, _ in ours})
            if code is None:
                verdict = "uncoded"
            else:
                verdict = "agree" if any(code[:2] == c[:2] for c in codes) else "recoded"
            row = (verb, code or "-", "|".join(codes), "|".join(ids), verdict, str(line))
        elif code is not None:
            row = (verb, code, "-", "-", "candidate", str(line))
        else:
            continue
        if args.only is None or args.only == row[4]:
            print("\t".join(row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
