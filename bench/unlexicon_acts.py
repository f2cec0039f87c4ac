"""Count the words near entities in the sentences of an analysed JSONL (``rasd analyze --format jsonl``) that make no
event and that no reading of which is a key of the events trigger lexicon: candidates for new lexicon entries
(round ev1012). A rough key (clitics off, the most stripped reading) groups the forms; stop words are left out.

    PYTHONPATH=src python bench/unlexicon_acts.py OUT.jsonl [--window 4] [--top 80] [--all-sentences]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from rasd.doc import Token
from rasd.events.forms import token_candidates
from rasd.events.lexicon import word_in_lexicon
from rasd.text.normalize import norm_key

WORD = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u0640\u064B-\u0652]+")
STOPWORDS = Path(__file__).resolve().parents[1] / "src/rasd/data/gazetteer/stopwords.txt"


def _stops() -> set[str]:
    out: set[str] = set()
    for line in STOPWORDS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.update(norm_key(w) for w in line.split())
    return out


def _key(word: str) -> str:
    """The most stripped reading of a word (its clitics off): a rough lemma to group forms by."""
    cands = token_candidates(Token(0, len(word), word, word, []))
    return min((c.key for c in cands), key=len) if cands else norm_key(word)


def count(path: str, window: int, all_sentences: bool) -> tuple[Counter[str], dict[str, Counter[str]], dict[str, str]]:
    stops = _stops()
    counts: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    example: dict[str, str] = {}
    for line in open(path, encoding="utf-8"):
        doc = json.loads(line)
        text = doc["text"]
        ev_spans = [(t["start"], t["end"]) for e in doc["events"] for t in e.get("triggers") or [e["trigger"]]]
        ev_sents = {(e["sentence"]["start"], e["sentence"]["end"]) for e in doc["events"]}
        mentions = sorted((m["start"], m["end"]) for e in doc["entities"] for m in e["mentions"])
        aid = doc["id"].split("/")[5] if doc["id"].count("/") > 5 else doc["id"]
        for s in doc["sentences"]:
            if not all_sentences and (s["start"], s["end"]) in ev_sents:
                continue
            words = [(m.start() + s["start"], m.end() + s["start"], m.group())
                     for m in WORD.finditer(text[s["start"]:s["end"]])]
            near: set[int] = set()
            for a, b in mentions:
                if not (s["start"] <= a < s["end"]):
                    continue
                idx = [k for k, (ws, we, _) in enumerate(words) if ws < b and we > a]
                if idx:
                    near.update(range(max(0, idx[0] - window), min(len(words), idx[-1] + window + 1)))
                    near.difference_update(idx)
            for k in sorted(near):
                ws, we, w = words[k]
                if any(ws < b and we > a for a, b in ev_spans) or len(norm_key(w)) < 3:
                    continue
                if norm_key(w) in stops or word_in_lexicon(norm_key(w)):
                    continue
                key = _key(w)
                if key in stops:
                    continue
                counts[key] += 1
                forms[key][w] += 1
                example.setdefault(key, f"{aid}@{ws}")
    return counts, forms, example


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("jsonl")
    ap.add_argument("--window", type=int, default=4)
    ap.add_argument("--top", type=int, default=80)
    ap.add_argument("--all-sentences", action="store_true", help="also sentences that make an event")
    args = ap.parse_args()
    counts, forms, example = count(args.jsonl, args.window, args.all_sentences)
    for key, n in counts.most_common(args.top):
        shown = " ".join(f"{w}:{c}" for w, c in forms[key].most_common(5))
        print(f"{n}\t{key}\t{example[key]}\t{shown}")


if __name__ == "__main__":
    main()
