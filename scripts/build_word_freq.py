#!/usr/bin/env python
"""Rebuild ``src/rasd/data/ner/wordfreq.tsv``: how common an Arabic word is, for the NER tagger's features.

Source: the Arabic ``large`` word list of the PyPI package ``wordfreq`` (3.x; code Apache-2.0, data
CC BY-SA 4.0, Robyn Speer et al., https://github.com/rspeer/wordfreq). Needed only to rebuild this file: the
tagger reads the file, never the package. Install it for this script with ``pip install wordfreq``.

Every all-Arabic word of the list is turned into its matching key (:func:`rasd.text.normalize.norm_key`, what
:func:`rasd.entities.crf.token_keys` compares); the frequencies of words sharing a key are summed. The ``--top``
most frequent keys are kept, with their Zipf value (log10 of occurrences per billion words) times ten, rounded.
Lines: ``zipf×10<TAB>key key key ...`` (keys sharing a value on one line, most frequent value first).

    .venv/bin/python scripts/build_word_freq.py [--top N] [--out PATH]
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rasd.text.normalize import is_arabic_letter, norm_key  # noqa: E402

DEFAULT_OUT = ROOT / "src" / "rasd" / "data" / "ner" / "wordfreq.tsv"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--top", type=int, default=150_000, help="keys kept, most frequent first")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args()
    import wordfreq  # only here: not a dependency of rasd

    freq: Counter[str] = Counter()
    for word, f in wordfreq.get_frequency_dict("ar", "large").items():
        if word and all(is_arabic_letter(c) for c in word):
            key = norm_key(word)
            if len(key) >= 2:
                freq[key] += f
    by_value: dict[int, list[str]] = defaultdict(list)
    for key, f in freq.most_common(args.top):
        by_value[round((math.log10(f) + 9) * 10)].append(key)
    header = (
        "# built by scripts/build_word_freq.py from the wordfreq package (Arabic 'large' list, data CC BY-SA 4.0,"
        " Robyn Speer et al.); see README.md in this folder\n"
    )
    lines = [f"{v}\t{' '.join(sorted(keys))}" for v, keys in sorted(by_value.items(), reverse=True)]
    args.out.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{args.out}: {min(args.top, len(freq))} keys of {len(freq)}, Zipf >= {min(by_value) / 10}")


if __name__ == "__main__":
    main()
