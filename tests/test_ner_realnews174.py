"""Round 174 (speed, output-identical): the word-list facts both NER taggers read of a word (its keys, list
classes, trigger class, shape, whether it may open a list phrase) are computed once per word
(``crf_features.word_facts``) and shared by the network's encoder and the CRF's first-sight features. They must be
exactly what each tagger computed on its own, and the taggers must tag hand-made news as before."""

from __future__ import annotations

import pytest

from rasd.entities.crf import Tagger, load_lexicon, sentence_features, token_keys
from rasd.entities.crf_features import shape, word_facts
from rasd.entities.neural import Encoder, NeuralTagger

from conftest import analyze_news, names_of_type

WORDS = ["وبالرياض", "الرياض", "وواشنطن", "أوباما", "2014", "،", "وقال", "الأمم", "وزارة", "لوزارة"]


@pytest.mark.parametrize("word", WORDS)
def test_word_facts_are_the_separate_lookups(word: str) -> None:
    lex = load_lexicon()
    k = token_keys(word)
    wf = word_facts(word, lex)
    assert wf.keys == k
    assert wf.classes == tuple(sorted(lex.word_classes(k)))
    assert wf.trig == lex.triggers.get(k.core, "")
    assert wf.shape == shape(word)
    assert wf.opens == (k.core in lex.phrases or k.bare in lex.phrases)


def test_clitic_forms_share_the_classes_of_their_core() -> None:
    lex = load_lexicon()
    # «بالرياض» and «الرياض» have one core: the same list classes; a punctuation mark has none and opens nothing
    assert word_facts("وبالرياض", lex).classes == word_facts("الرياض", lex).classes
    assert word_facts("وبالرياض", lex).keys.prefix == "وبال"
    assert word_facts("،", lex).classes == () and not word_facts("،", lex).opens
    assert word_facts("،", lex).shape == "punct"


def test_encoder_features_name_the_shared_facts() -> None:
    net = NeuralTagger.load()
    enc = Encoder(net.settings, net.lexicon)
    ix = {n: i for i, n in enumerate(net.settings.feature_names())}
    tok = enc.token("وزارة")
    wf = word_facts("وزارة", net.lexicon)
    assert tok.keys == wf.keys and tok.opens_phrase == wf.opens
    assert ix["shape=arabic"] in tok.feats
    assert wf.trig == "orghead" and ix["T=orghead"] in tok.feats  # the head word of a ministry's name
    for c in wf.classes:
        assert ("L=" + c not in ix) or ix["L=" + c] in tok.feats
    # counter-case: a number has the digit shape, no list class, no trigger
    num = enc.token("2015")
    assert ix["shape=digit"] in num.feats and ix["shape=arabic"] not in num.feats
    assert not any(ix[n] in num.feats for n in ix if n.startswith(("L=", "T=")))


def test_crf_scores_of_a_hand_made_sentence_equal_the_feature_rows() -> None:
    import numpy as np

    t = Tagger.load()
    assert t.scorer is not None and t.weights is not None
    sents = ["واستقبل وزير الخارجية بالرياض نظيره الفرنسي لوران فابيوس أمس .".split(), "وقال".split()]
    ref = t.weights.emissions([sentence_features(s, t.lexicon, None, t.vocabulary) for s in sents])
    np.testing.assert_allclose(t.scorer.emissions(sents, None), ref, rtol=0, atol=1e-9)


def test_hand_made_news_keeps_its_people_and_places() -> None:
    doc = analyze_news("واستقبل وزير الخارجية السعودي عادل الجبير في الرياض أمس نظيره الفرنسي لوران فابيوس .")
    assert "عادل الجبير" in names_of_type(doc, "PERSON")
    assert "لوران فابيوس" in names_of_type(doc, "PERSON")
    assert "الرياض" not in names_of_type(doc, "PERSON")  # counter-case: the city is no person
