"""Both statistical NER taggers at once: the CRF's and the neural network's scores added before decoding.

The two models err differently: the CRF leans on word identity, lists and context words, the network on the
characters of a word. Each gives a score per token and label (emission) and per label pair (transition);
the ensemble adds them, the network's weighted by :data:`NEURAL_WEIGHT`, and decodes the sum with one
BIO-constrained Viterbi (a product of experts in probability terms). Document-level consistency is the CRF
tagger's (:func:`crf.consistent`).

:data:`NEURAL_WEIGHT` was chosen on the last 10% of the ANERcorp training file, with both models trained on the
other 90% (span F1, MISC dropped; ``scripts/tune_ensemble.sh`` redoes it): CRF alone 74.05, network alone 75.12;
ensemble with network weight 0.5: 76.00, 1: 76.41, 1.5: 77.14, 2: 77.36, 3: 76.95. No test file was used.
Rechecked with the word lists that hold the curated organisations (both models retrained): CRF 78.45, network
77.44; weight 1: 79.49, 1.5: 79.66, 2: 79.76, 2.5: 79.83, 3: 80.53, 4: 79.67, 5: 79.45 — 2 kept (3 is a lone peak
on 416 sentences, and both checks agree that 1.5-3 is the good range).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from .crf import DATA_DIR, Tagger, consistent
from .neural import LABELS, FloatArray, NeuralTagger, constraint_masks, decode_batches

NEURAL_WEIGHT = 2.0


class EnsembleTagger:
    """A CRF tagger and a neural tagger decoded together; the interface of :class:`crf.Tagger`."""

    def __init__(self, crf: Tagger, neural: NeuralTagger, neural_weight: float = NEURAL_WEIGHT) -> None:
        weights = crf.weights
        if weights is None or crf.scorer is None:
            raise ValueError(f"{crf.model_path}: the CRF model's weights cannot be read for the ensemble")
        if sorted(weights.labels) != sorted(LABELS):
            raise ValueError(f"{crf.model_path}: the CRF model's labels differ from the neural model's")
        self.crf, self.neural, self.weight = crf, neural, neural_weight
        self.lexicon = crf.lexicon
        self._columns = [weights.labels.index(label) for label in LABELS]  # CRF column of each neural label
        s = neural.settings
        trans_mask, start_mask = (m * (1.0 + neural_weight) for m in constraint_masks())  # always forbidding
        crf_trans = weights.trans[np.ix_(self._columns, self._columns)]
        self._trans = crf_trans + neural_weight * s.transitions + trans_mask
        self._start = neural_weight * s.start + start_mask
        self._end = neural_weight * s.end

    @classmethod
    def load(cls, directory: Path | str | None = None) -> EnsembleTagger:
        """The shipped models (cached), or those of ``directory``: a CRF model directory with the neural model
        in its ``neural`` subdirectory, as the package lays them out."""
        return _load(str(Path(directory) if directory is not None else DATA_DIR))

    def tag_many(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO labels of several sentences, a few padded batches of sentences of similar length."""
        return decode_batches(sentences, self._scores, self._trans, self._start, self._end)

    def _scores(self, batch: Sequence[Sequence[str]]) -> tuple[FloatArray, list[int]]:
        """The summed label scores ``[sentences, longest, LABELS]`` of one padded batch, and the lengths."""
        scorer = self.crf.scorer
        assert scorer is not None  # checked when built
        types: dict[str, str] | None = {} if self.crf.doc_features else None  # a second-pass model: no types yet
        net, lens = self.neural.emissions(batch)
        return scorer.emissions(batch, types)[:, :, self._columns] + self.weight * net, lens

    def tag(self, tokens: Sequence[str]) -> list[str]:
        """BIO labels (types PERS, LOC, ORG, MISC) for one sentence of surface tokens."""
        return self.tag_many([tokens])[0]

    def tag_doc(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """Tag the sentences of one document, then apply the CRF tagger's document-level consistency."""
        return consistent(sentences, self.tag_many(sentences), self.lexicon)


@lru_cache(maxsize=4)
def _load(directory: str) -> EnsembleTagger:
    return EnsembleTagger(Tagger.load(directory), NeuralTagger.load(Path(directory) / "neural"))


__all__ = ["NEURAL_WEIGHT", "EnsembleTagger"]
