"""The neural NER network in two graphs (rasd.entities.neural_graph.split_chars): the character CNN runs once per
distinct word and its vector is kept in the encoder's per-token tables; the rest of the network reads the vectors.
The scores must be those of the CNN run over each batch's distinct words, to the bit, also when the tables start
afresh or grow."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from rasd.entities.neural import (
    CHARS_FILE,
    DATA_DIR,
    MODEL_FILE,
    Batch,
    Encoder,
    FloatArray,
    IntArray,
    NeuralTagger,
    OnnxCharNet,
    onnx_emitter,
)

SENTENCES = [
    "أعلن وزير الداخلية التونسي لطفي بن جدو أن قوات الأمن اعتقلت خمسة مسلحين في ولاية القصرين .".split(),
    "وبحث الرئيس الفرنسي مع نظيره اللبناني في باريس دعم الجيش اللبناني .".split(),
    "وقالت منظمة العفو الدولية إن السلطات أفرجت عن المعتقلين .".split(),
    "والتقى الوزير بالرئيس في القصرين .".split(),
    ["."],
]


class _Counting:
    """A char net that counts the words it is asked for."""

    def __init__(self) -> None:
        self.net = OnnxCharNet(DATA_DIR / CHARS_FILE)
        self.rows = 0

    def __call__(self, chars: IntArray) -> FloatArray:
        self.rows += len(chars)
        return self.net(chars)


class _PerBatch:
    """The network as one graph: the CNN over each batch's distinct words, then the rest (the unsplit model's way)."""

    def __init__(self) -> None:
        self.chars = OnnxCharNet(DATA_DIR / CHARS_FILE)
        self.rest = onnx_emitter(DATA_DIR / MODEL_FILE)

    def __call__(self, arrays: Batch) -> FloatArray:
        rest = {k: v for k, v in arrays.items() if k != "chars"}
        rest["char_vec"] = self.chars(arrays["chars"])
        return self.rest(rest)


def test_shipped_model_is_split() -> None:
    tagger = NeuralTagger.load()
    arrays, _ = tagger.encoder.batch(SENTENCES[:2])
    assert "char_vec" in arrays and "chars" not in arrays
    assert arrays["char_vec"].dtype == np.float32 and arrays["char_vec"].shape[1] > 0
    assert np.abs(arrays["char_vec"]).max() > 0.1  # real vectors, not the zeros of a table never written


@pytest.mark.parametrize("capacity", [1 << 16, 9])
def test_kept_vectors_give_the_per_batch_scores_to_the_bit(capacity: int) -> None:
    shipped = NeuralTagger.load()
    whole = NeuralTagger(shipped.settings, shipped.lexicon, _PerBatch())
    split = NeuralTagger(shipped.settings, shipped.lexicon, onnx_emitter(DATA_DIR / MODEL_FILE), _Counting())
    split.encoder = Encoder(shipped.settings, shipped.lexicon, capacity=capacity, char_net=_Counting())
    for batch in (SENTENCES[:2], SENTENCES[1:4], SENTENCES, SENTENCES[3:4], SENTENCES[:1]):
        ref, ref_lens = whole.emissions(batch)
        got, lens = split.emissions(batch)
        assert lens == ref_lens and got.shape == ref.shape
        assert np.array_equal(got, ref)
    if capacity < 10:
        assert split.encoder.capacity > capacity  # one batch held more distinct words than the tables: they grew
    assert split.tag_many(SENTENCES) == whole.tag_many(SENTENCES)


def test_the_cnn_runs_once_per_distinct_word() -> None:
    shipped = NeuralTagger.load()
    counting = _Counting()
    enc = Encoder(shipped.settings, shipped.lexicon, char_net=counting)
    base = counting.rows  # the encoder asks once for a vector's width
    enc.batch(SENTENCES[:2])
    first = counting.rows - base
    assert first == len({t for s in SENTENCES[:2] for t in s})
    enc.batch(SENTENCES[:2])  # every word known: no CNN run
    assert counting.rows - base == first
    enc.batch([["في", "القصرين", "الجديدة"]])  # one new word of three
    assert counting.rows - base == first + 1


def test_an_encoder_without_char_net_gives_characters() -> None:
    shipped = NeuralTagger.load()
    arrays, _ = Encoder(shipped.settings, shipped.lexicon).batch(SENTENCES[:1])
    assert "chars" in arrays and "char_vec" not in arrays
    assert arrays["chars"].dtype == np.int64 and (arrays["chars"][:, 0] == 2).all()  # the word-start marker


def _toy_whole() -> Any:
    """chars -> Gather(emb) -> ReduceMax -> Gather(index) -> Add(feats) -> emissions: a tiny net of the same cut."""
    onnx = pytest.importorskip("onnx", reason="onnx (the train extra) rewrites graphs at build time only")
    from onnx import TensorProto, helper, numpy_helper

    emb = numpy_helper.from_array(np.arange(40, dtype=np.float32).reshape(10, 4) % 7, "emb")
    nodes = [
        helper.make_node("Gather", ["emb", "chars"], ["e"], name="e"),
        helper.make_node("ReduceMax", ["e"], ["v"], name="v", axes=[1], keepdims=0),
        helper.make_node("Gather", ["v", "index"], ["at"], name="at", axis=0),
        helper.make_node("Add", ["at", "feats"], ["emissions"], name="out"),
    ]
    inputs = [
        helper.make_tensor_value_info("chars", TensorProto.INT64, ["distinct", 3]),
        helper.make_tensor_value_info("index", TensorProto.INT64, ["batch", "time"]),
        helper.make_tensor_value_info("feats", TensorProto.FLOAT, ["batch", "time", 4]),
    ]
    out = [helper.make_tensor_value_info("emissions", TensorProto.FLOAT, ["batch", "time", 4])]
    model = helper.make_model(helper.make_graph(nodes, "toy", inputs, out, [emb]), opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    return model


def test_split_chars_composes_to_the_whole_graph() -> None:
    import onnxruntime as ort

    from rasd.entities.neural_graph import split_chars

    whole = _toy_whole()
    head, tail = split_chars(whole)
    assert [i.name for i in head.graph.input] == ["chars"] and [o.name for o in head.graph.output] == ["char_vec"]
    assert [i.name for i in tail.graph.input] == ["char_vec", "index", "feats"]
    assert {i.name for i in tail.graph.initializer} == set()  # the embedding went with the character part
    run = [ort.InferenceSession(m.SerializeToString(), providers=["CPUExecutionProvider"]) for m in (whole, head, tail)]
    chars = np.array([[1, 2, 3], [4, 0, 9], [5, 5, 5]], dtype=np.int64)
    index = np.array([[0, 1, 2], [2, 2, 0]], dtype=np.int64)
    feats = np.full((2, 3, 4), 0.5, dtype=np.float32)
    ref = run[0].run(None, {"chars": chars, "index": index, "feats": feats})[0]
    vec = run[1].run(None, {"chars": chars})[0]
    got = run[2].run(None, {"char_vec": vec, "index": index, "feats": feats})[0]
    assert np.array_equal(ref, got) and ref.max() > 0.5


def test_split_chars_refuses_a_split_graph() -> None:
    onnx = pytest.importorskip("onnx", reason="onnx (the train extra) rewrites graphs at build time only")
    from rasd.entities.neural_graph import split_chars

    with pytest.raises(ValueError):
        split_chars(onnx.load(str(DATA_DIR / MODEL_FILE)))  # the shipped one reads char_vec already
