"""Speed round 191 (start-up): what the cheaper loading must keep exactly as it was.

- python-crfsuite is imported only where the reference decoder first runs: analysing an article never needs it;
- ``Vocabulary.of`` reads the attributes in one pass: the same tables, in the same order, as one pass per table;
- the segmenter's and the numbers layer's tables are read by path (no ``importlib.resources``): the same words;
- ``normalize``'s character tables fold each character once: the same tables.
"""

from __future__ import annotations

import subprocess
import sys

from rasd import Pipeline
from rasd.entities.crf_features import NAMED, PAIRS, Vocabulary
from rasd.text import normalize
from rasd.text.clitics import rules, vocab
from rasd.text.numbers import lexicon


def test_analysis_never_imports_crfsuite() -> None:
    code = (
        "import sys, rasd\n"
        "rasd.analyze('قال وزير الخارجية إن الوفد وصل إلى الرياض أمس.', date='2015-08-02')\n"
        "print('pycrfsuite' in sys.modules, 'importlib.readers' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


Tables = tuple[dict[str, dict[tuple[str, str], int]], dict[str, dict[str, int]]]


def _reference_vocabulary(attributes: dict[str, int]) -> Tables:
    """The tables as two passes (one per kind) built them before the round."""
    pairs: dict[str, dict[tuple[str, str], int]] = {name: {} for name in PAIRS}
    for feat in attributes:
        for name, known in pairs.items():
            if feat.startswith(name):
                rest = feat[len(name) :]
                at = rest.find("|")
                while at >= 0:
                    known[rest[:at], rest[at + 1 :]] = attributes[feat]
                    at = rest.find("|", at + 1)
    values: dict[str, dict[str, int]] = {name: {} for name in NAMED}
    for feat in attributes:
        name, eq, value = feat.partition("=")
        if eq and name in values:
            values[name][value] = attributes[feat]
    return pairs, values


def test_vocabulary_one_pass_same_tables() -> None:
    feats = ["c-1|c=وزير|خارجية", "k=رياض", "T-1|L=verb|city", "L|L+1=country|none", "c|c+1=ا|ب|ج",
             "Z=k5", "b", "", "=x", "c=وفد", "L=city", "T=verb", "Lx=none", "c-1|c=a|b"]  # fmt: skip
    attributes = {f: i for i, f in enumerate(feats)}
    v = Vocabulary.of(attributes)
    pairs, values = _reference_vocabulary(attributes)
    assert {k: list(d.items()) for k, d in v.pairs.items()} == {k: list(d.items()) for k, d in pairs.items()}
    assert v.pairs["c|c+1="][("ا", "ب|ج")] == 4 and v.pairs["c|c+1="][("ا|ب", "ج")] == 4
    assert v.named["c"]("وفد") == 9 and v.named["L"]("city") == 10 and v.named["L"]("none") is None
    for name, known in values.items():
        assert all(v.named[name](value) == fid for value, fid in known.items())


def test_tables_read_by_path() -> None:
    assert "و" in rules().conjunctions
    assert vocab().counts and vocab().names
    nlp = Pipeline(["tokens", "numbers"])
    doc = nlp("وصل خمسة وعشرون جنديا إلى المدينة")
    assert [(n.text, n.value) for n in doc.numbers] == [("خمسة وعشرون", 25)]
    assert lexicon()
    assert Pipeline(["tokens", "numbers"])("وصل الجنود إلى المدينة").numbers == []  # no number word: none read


def test_normalize_tables_fold_each_character_once() -> None:
    for flags, table in normalize.TABLES.items():
        want = {ord(c): normalize.fold(c, *flags) for c in sorted(normalize.CHANGED)
                if normalize.fold(c, *flags) != c}  # fmt: skip
        assert list(table.items()) == list(want.items())
    assert normalize.normalize("إلى") == "الي"


def test_time_units_know_their_sentence() -> None:
    from rasd.time.grammar import prepare

    doc = Pipeline(["tokens", "sentences"])("وصل الوفد أمس. وغادر الوزير اليوم إلى جدة.")
    prep = prepare(doc.tokens, doc.sentences)
    n_first = next(i for i, u in enumerate(prep.units) if u.text == ".") + 1  # the first sentence ends at its stop
    assert prep.sent_of[0] == (0, n_first) and prep.sent_of[n_first - 1] == (0, n_first)
    assert prep.sent_of[n_first] == (n_first, len(prep.units)) == prep.sent_of[-1]
    assert len(prep.live) == len(prep.units) + 2 and prep.live[-2:] == [False, False]
