"""The ensemble NER tagger (CRF + neural scores added before one Viterbi): its limits are the two taggers, it
decodes valid BIO, it loads by name, and on ANERcorp test it beats both (skipped without ../shared)."""

from __future__ import annotations

import pytest

pytest.importorskip("onnxruntime")

from conftest import shared_path  # noqa: E402

from rasd.entities import taggers  # noqa: E402
from rasd.entities.crf import Tagger, spans  # noqa: E402
from rasd.entities.ensemble import NEURAL_WEIGHT, EnsembleTagger  # noqa: E402
from rasd.entities.neural import NeuralTagger, allowed  # noqa: E402

SENTENCES = [
    "وصل المبعوث الأمريكي جون آلين إلى بغداد أمس .".split(),
    "والتقى وزير الخارجية الفرنسي لوران فابيوس نظيره العراقي إبراهيم الجعفري في باريس .".split(),
    "وقال المتحدث باسم وزارة الدفاع التركية إن الطائرات قصفت مواقع في مدينة الموصل .".split(),
    "أعلنت شركة أرامكو السعودية نتائجها في الظهران .".split(),
    "قال .".split(),
    [],
]


@pytest.fixture(scope="module")
def crf() -> Tagger:
    return Tagger.load()


@pytest.fixture(scope="module")
def neural() -> NeuralTagger:
    return NeuralTagger.load()


def test_no_neural_weight_is_the_crf(crf: Tagger, neural: NeuralTagger) -> None:
    ens = EnsembleTagger(crf, neural, 0.0)
    assert ens.tag_many(SENTENCES) == crf.tag_many(SENTENCES)


def test_a_dominant_neural_weight_is_the_neural_tagger(crf: Tagger, neural: NeuralTagger) -> None:
    ens = EnsembleTagger(crf, neural, 1e4)
    assert ens.tag_many(SENTENCES) == neural.tag_many(SENTENCES)


def test_labels_are_valid_bio_and_batching_does_not_change_them(crf: Tagger, neural: NeuralTagger) -> None:
    ens = EnsembleTagger(crf, neural)
    together = ens.tag_many(SENTENCES)
    for sent, labels in zip(SENTENCES, together, strict=True):
        assert len(labels) == len(sent)
        assert all(allowed(p, c) for p, c in zip(["O", *labels], labels))
        assert ens.tag(sent) == labels


def test_hand_made_names(crf: Tagger, neural: NeuralTagger) -> None:
    ens = EnsembleTagger(crf, neural)
    found = [{(" ".join(s[a:b]), t) for a, b, t in spans(labels)} for s, labels in zip(SENTENCES, ens.tag_many(SENTENCES))]
    assert {("جون آلين", "PERS"), ("بغداد", "LOC")} <= found[0]
    assert {("لوران فابيوس", "PERS"), ("إبراهيم الجعفري", "PERS"), ("باريس", "LOC")} <= found[1]
    assert ("الموصل", "LOC") in found[2]


def test_loaded_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(taggers.ENV, "ensemble")
    got = taggers.load_tagger()
    assert isinstance(got, EnsembleTagger) and got.weight == NEURAL_WEIGHT
    assert got is taggers.load_tagger("ensemble")  # cached: one copy of the models per process


def test_beats_both_taggers_on_anercorp_test() -> None:
    from rasd.eval.ner import evaluate

    test = shared_path("anercorp", "ANERCorp_derived_test.txt")
    f1 = {kind: evaluate(taggers.load_tagger(kind), [test])[0]["micro"]["f1"] for kind in taggers.KINDS}
    assert f1["ensemble"] > max(f1["crf"], f1["neural"]) + 1.0, f1
