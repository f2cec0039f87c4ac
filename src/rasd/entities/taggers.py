"""The statistical NER taggers behind one interface, and the choice between them.

``crf`` (python-crfsuite, :mod:`.crf`), ``neural`` (character CNN + BiLSTM-CRF run by onnxruntime,
:mod:`.neural`) and ``ensemble`` (both, their scores added: :mod:`.ensemble`) all take surface tokens and give BIO labels over PERS/LOC/ORG/MISC, with document-level
consistency in ``tag_doc``. The entities stage uses :data:`DEFAULT` unless the environment variable ``RASD_NER``
names another (``rasd analyze --ner``); ``rasd eval ner --tagger`` scores each.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

KINDS = ("crf", "neural", "ensemble")
DEFAULT = "ensemble"
ENV = "RASD_NER"


class NerTagger(Protocol):
    def tag(self, tokens: Sequence[str]) -> list[str]: ...

    def tag_doc(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]: ...


def chosen() -> str:
    """The tagger kind this process uses: ``RASD_NER`` when set to a known kind, else :data:`DEFAULT`."""
    kind = os.environ.get(ENV, "").strip().lower()
    if kind and kind not in KINDS:
        raise ValueError(f"{ENV}={kind!r}: the NER tagger must be one of {', '.join(KINDS)}")
    return kind or DEFAULT


def load_tagger(kind: str | None = None, directory: Path | str | None = None) -> NerTagger:
    """The shipped model of ``kind`` (default: :func:`chosen`), or one from ``directory``."""
    kind = kind or chosen()
    if kind == "neural":
        from .neural import NeuralTagger

        return NeuralTagger.load(directory)
    if kind == "ensemble":
        from .ensemble import EnsembleTagger

        return EnsembleTagger.load(directory)
    if kind == "crf":
        from .crf import Tagger

        return Tagger.load(directory)
    raise ValueError(f"unknown NER tagger {kind!r}: one of {', '.join(KINDS)}")


__all__ = ["KINDS", "DEFAULT", "ENV", "NerTagger", "chosen", "load_tagger"]
