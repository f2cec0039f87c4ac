"""The CRF scorer sums weight rows by the features' attribute ids as they are (round pf626: no int() per feature):
with the shipped model's vocabulary every feature of a token and every combined feature is already an int, and
the scores are those of the spelled-out path."""

import numpy as np

from rasd.entities.crf import Tagger, sentence_features
from rasd.entities.crf_features import tail_features, token_features

SENTENCES = [
    ["قال", "الرئيس", "باراك", "أوباما", "إن", "واشنطن", "ستدعم", "الأردن"],
    ["وأعلنت", "وزارة", "الخارجية", "السعودية", "في", "الرياض", "عن", "اجتماع", "لمجلس", "الأمن"],
    ["التقى", "الملك", "سلمان", "بن", "عبد", "العزيز", "رئيس", "الوزراء", "البريطاني", "في", "لندن"],
    ["."],
]


def test_token_features_are_attribute_ids() -> None:
    tagger = Tagger.load()
    assert tagger.vocabulary is not None
    for sent in SENTENCES:
        for tok in sent:
            tf = token_features(tok, tagger.lexicon, tagger.vocabulary)
            for part in (tf.own, *tf.context, *tf.far):
                assert all(type(f) is int for f in part), tok


def test_combined_features_are_attribute_ids() -> None:
    tagger = Tagger.load()
    vocab = tagger.vocabulary
    assert vocab is not None
    for sent in SENTENCES:
        toks = [token_features(t, tagger.lexicon, vocab) for t in sent]
        tail = tail_features(toks, [t.keys.core for t in toks], vocab.attributes.get, vocab, far=False)
        assert all(type(f) is int for _, f in tail)


def test_scorer_matches_the_feature_path() -> None:
    tagger = Tagger.load()
    assert tagger.scorer is not None and tagger.weights is not None
    got = tagger.scorer.emissions(SENTENCES, {"أوباما": "PERS"})
    feats = [sentence_features(s, tagger.lexicon, {"أوباما": "PERS"}, tagger.vocabulary) for s in SENTENCES]
    want = tagger.weights.emissions(feats)  # type: ignore[arg-type]
    assert got.shape == want.shape
    assert np.allclose(got, want)
    assert tagger.tag(SENTENCES[0])[2:4] == ["B-PERS", "I-PERS"]
    assert tagger.tag(SENTENCES[3]) == ["O"]
