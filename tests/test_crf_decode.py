"""The CRF tagger decodes with the model's own weights in numpy (rasd.entities.crf.Weights): the labels must be
python-crfsuite's, sentence by sentence."""

from __future__ import annotations

import numpy as np

from conftest import shared_path
from rasd.entities.crf import Tagger, read_weights, sentence_features
from rasd.entities.decode import viterbi
from rasd.eval.ner import read_conll

SENTENCES = [
    "قال وزير الخارجية الأميركي جون كيري إن التحالف سيواصل الغارات على تنظيم داعش في العراق وسوريا .".split(),
    "ووصل المبعوث الرئاسي الخاص ألين ونائبه بريت ماكغورك إلى بغداد اليوم .".split(),
    "وأكد الجعفري أن المجتمعين أقروا بضرورة القضاء على التنظيم .".split(),
    [],
    ["."],
]


def _both(t: Tagger, sents: list[list[str]]) -> tuple[list[list[str]], list[list[str]]]:
    feats = [sentence_features(s, t.lexicon, None, t.vocabulary) for s in sents]
    return t._run_many(feats), [t._run(f) for f in feats]


def test_weights_are_read_from_the_shipped_model() -> None:
    t = Tagger.load()
    w = read_weights(t.model_path)
    assert w is not None and t.weights is not None
    assert set(w.labels) >= {"O", "B-PERS", "I-PERS", "B-LOC", "B-ORG"}
    assert w.state.shape == (len(w.attributes) + 1, len(w.labels)) and not w.state[-1].any()
    assert np.count_nonzero(w.trans) > 0 and np.count_nonzero(w.state) > 1000


def test_same_labels_as_crfsuite_on_hand_made_sentences() -> None:
    t = Tagger.load()
    ours, theirs = _both(t, SENTENCES)
    assert ours == theirs
    assert "B-PERS" in ours[0] and "B-LOC" in ours[0]


def test_same_labels_as_crfsuite_on_anercorp_test() -> None:
    t = Tagger.load()
    sents = [s for s, _ in read_conll(shared_path("anercorp", "ANERCorp_derived_test.txt"))][:1500]
    ours, theirs = _both(t, sents)
    assert sum(a != b for a, b in zip(ours, theirs, strict=True)) == 0


def test_viterbi_first_best_on_ties_and_padding() -> None:
    em = np.zeros((2, 3, 2))
    em[1, :2] = [[0.0, 1.0], [1.0, 0.0]]
    trans = np.zeros((2, 2))
    zero = np.zeros(2)
    assert viterbi(em, [3, 2], trans, zero, zero) == [[0, 0, 0], [1, 0]]  # all tied: label 0, as CRFsuite


def test_viterbi_is_the_best_path_by_enumeration() -> None:
    """Round sp367 reads each step's best score at its argmax: every path the batch decodes must still be the
    highest-scoring one (the first in label order on ties), found here by trying every path of short sentences."""
    import itertools

    rng = np.random.default_rng(367)
    for trial in range(40):
        n_labels, lens = 3, [int(x) for x in rng.integers(0, 5, size=4)]
        em = rng.normal(size=(4, max(lens), n_labels))
        trans, start, end = rng.normal(size=(n_labels, n_labels)), rng.normal(size=n_labels), rng.normal(size=n_labels)
        if trial % 2:  # coarse scores: ties
            em, trans, start, end = (np.round(x) for x in (em, trans, start, end))
        for i, path in enumerate(viterbi(em, lens, trans, start, end)):
            n = lens[i]
            if n == 0:
                assert path == []
                continue

            def score(p: tuple[int, ...], i: int = i, n: int = n) -> float:
                total = start[p[0]] + end[p[-1]] + sum(em[i, t, p[t]] for t in range(n))
                return float(total + sum(trans[p[t - 1], p[t]] for t in range(1, n)))

            best = max(score(p) for p in itertools.product(range(n_labels), repeat=n))
            assert score(tuple(path)) == best
