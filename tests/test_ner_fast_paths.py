"""The decoding paths of the NER taggers keep per-token tables (rasd.entities.crf_scores.TokenScorer for the CRF's
scores, the neural Encoder's rows): they must give exactly what the per-sentence features give, also when the
tables are full and start afresh, and when one batch holds more distinct tokens than a table."""

from __future__ import annotations

import numpy as np
import pytest

from rasd.entities.crf import Tagger, sentence_features
from rasd.entities.crf_scores import TokenScorer, sentence_positions
from rasd.entities.neural import Encoder, NeuralTagger

SENTENCES = [
    "قال وزير الخارجية الأميركي جون كيري إن التحالف سيواصل الغارات على تنظيم داعش في العراق وسوريا .".split(),
    "ووصل المبعوث الرئاسي الخاص ألين ونائبه بريت ماكغورك إلى بغداد اليوم .".split(),
    "وأكد الجعفري أن المجتمعين في مدينة جدة أقروا بضرورة القضاء على التنظيم .".split(),
    "واستقبل الأمير محمد بن سلمان في الرياض رئيس الوزراء العراقي حيدر العبادي .".split(),
    ["."],
    "وقال".split(),
    "الأمم المتحدة".split(),
]
TYPES = {"كيري": "PERS", "عراق": "LOC", "تحالف": "ORG"}


def _reference(t: Tagger, sents: list[list[str]], types: dict[str, str] | None) -> np.ndarray:
    assert t.weights is not None
    return t.weights.emissions([sentence_features(s, t.lexicon, types, t.vocabulary) for s in sents])


@pytest.mark.parametrize("types", [None, TYPES])
def test_token_scores_equal_the_feature_rows(types: dict[str, str] | None) -> None:
    t = Tagger.load()
    assert t.scorer is not None
    ours = t.scorer.emissions(SENTENCES, types)
    ref = _reference(t, SENTENCES, types)
    assert ours.shape == ref.shape
    assert np.abs(ref).max() > 1.0  # real scores, not zeros
    np.testing.assert_allclose(ours, ref, rtol=0, atol=1e-9)


def test_token_scores_when_the_table_fills_and_overflows() -> None:
    t = Tagger.load()
    assert t.weights is not None and t.vocabulary is not None
    small = TokenScorer(t.weights.state, t.lexicon, t.vocabulary, capacity=12)
    ref = _reference(t, SENTENCES, TYPES)
    for _ in range(2):  # the second pass meets a table already holding other tokens
        for i, s in enumerate(SENTENCES):  # one at a time: the table restarts between them
            np.testing.assert_allclose(small.emissions([s], TYPES)[0, : len(s)], ref[i, : len(s)], atol=1e-9)
    # a batch with more distinct tokens than the table holds
    np.testing.assert_allclose(small.emissions(SENTENCES, TYPES), ref, atol=1e-9)
    assert small.capacity > 12


def test_crf_labels_are_those_of_the_feature_path() -> None:
    t = Tagger.load()
    assert t.weights is not None
    feats = [sentence_features(s, t.lexicon, None, t.vocabulary) for s in SENTENCES]
    assert t.tag_many(SENTENCES) == t._run_many(feats)


def test_sentence_positions() -> None:
    at_b, at_t = sentence_positions([2, 0, 3])
    assert at_b.tolist() == [0, 0, 2, 2, 2] and at_t.tolist() == [0, 1, 0, 1, 2]


def _arrays(enc: Encoder, sents: list[list[str]]) -> dict[str, np.ndarray]:
    return enc.batch(sents)[0]


def test_encoder_tables_restart_and_grow_without_changing_the_arrays() -> None:
    net = NeuralTagger.load()
    big = Encoder(net.settings, net.lexicon)
    small = Encoder(net.settings, net.lexicon, capacity=10)
    for batch in (SENTENCES[:2], SENTENCES[2:4], SENTENCES, SENTENCES[:1]):
        ref, ours = _arrays(big, batch), _arrays(small, batch)
        assert ref.keys() == ours.keys()
        for k in ref:
            assert ref[k].dtype == ours[k].dtype and np.array_equal(ref[k], ours[k]), k
    assert small.capacity > 10  # SENTENCES has more distinct tokens than 10
    arr = _arrays(big, SENTENCES[:1])
    assert arr["feats"].sum() > len(SENTENCES[0]) * 0.5  # binary features are set, not all zero
    assert (arr["words"] > 1).any() and (arr["chars"][:, 0] == 2).all()  # known words; the word-start marker


def test_shipped_neural_graph_is_one_bidirectional_lstm_per_layer() -> None:
    import onnxruntime  # noqa: F401  (the runtime the tagger needs anyway)
    from rasd.entities.neural import DATA_DIR

    raw = (DATA_DIR / "model.onnx").read_bytes()
    # two DynamicQuantizeLSTM nodes with direction=bidirectional; no GatherElements reversal left
    assert raw.count(b"DynamicQuantizeLSTM") == 2 and raw.count(b"bidirectional") == 2
    assert b"GatherElements" not in raw


def test_padding_never_reaches_a_sentence() -> None:
    """Each sentence's scores in a padded batch are those it gets alone, but for the batch's quantization range of
    the output layer: a backward LSTM that read the padding first would move them far more."""
    net = NeuralTagger.load()
    sents = [s for s in SENTENCES if len(s) > 1]
    batch, lens = net.emissions(sents)
    for i, s in enumerate(sents):
        alone, _ = net.emissions([s])
        assert lens[i] == len(s)
        np.testing.assert_allclose(batch[i, : len(s)], alone[0], atol=0.05)
        assert (batch[i, : len(s)].argmax(-1) == alone[0].argmax(-1)).mean() > 0.9


def test_fuse_bilstm_refuses_another_graph() -> None:
    onnx = pytest.importorskip("onnx", reason="onnx (the train extra) rewrites graphs at build time only")
    from rasd.entities.neural import DATA_DIR
    from rasd.entities.neural_graph import fuse_bilstm

    with pytest.raises(ValueError):
        fuse_bilstm(onnx.load(str(DATA_DIR / "model.onnx")))  # already fused: not the export's layout
