"""Speed round 214 (the NER tagger's Python side): what the cheaper paths must keep exactly as it was.

- ``Vocabulary.cores`` gives a core pair's «c-1|c=» and «c|c+1=» features by one lookup: ``tail_features`` gives
  the same features, in the same order, as the two lookups per pair did (with a vocabulary and spelled out);
- ``sentence_tags`` (kept per sentence for the network and the CRF) are the lexicon's phrase tags;
- ``sentence_positions`` (kept per batch) are the same positions, read-only;
- ``TokenRows.claim`` gives each new token once, in the order first met, and only the new ones.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from rasd.entities.crf import Tagger
from rasd.entities.crf_features import (
    Feat,
    Getter,
    Vocabulary,
    kept,
    SPELLED,
    token_features,
    TokenFeatures,
    tail_features,
)
from rasd.entities.crf_lexicon import load_lexicon
from rasd.entities.crf_scores import TokenRows, sentence_positions, sentence_tags
from rasd.entities.ensemble import EnsembleTagger

SENTENCES = [
    ["قال", "وزير", "الخارجية", "السعودي", "عادل", "الجبير", "إن", "المملكة", "تدعم", "الحل", "السياسي"],
    ["واجتمع", "الأمين", "العام", "للأمم", "المتحدة", "بالرئيس", "الفرنسي", "في", "باريس", "أمس"],
    ["وأكدت", "وزارة", "الداخلية", "أن", "قوات", "الأمن", "اعتقلت", "خمسة", "أشخاص", "في", "جدة"],
    ["رئيس", "الوزراء", "رئيس", "الوزراء"],
    ["نعم"],
]


def _reference_tails(
    toks: Sequence[TokenFeatures], cores: Sequence[str], get: Getter, vocab: Vocabulary | None, *, far: bool
) -> list[tuple[int, Feat]]:
    """``tail_features`` as it was before the round: two lookups for each pair of neighbouring cores."""
    out: list[tuple[int, Feat]] = []
    pairs = SPELLED if vocab is None else vocab.pairs
    trig_class, class_class = pairs["T-1|L="].get, pairs["L|L+1="].get
    pair_before, pair_after = pairs["c-1|c="].get, pairs["c|c+1="].get
    orghead = get("orghead<=3")
    n = len(toks)
    m3 = kept(["-3c=BOS"], get) if far else ()
    p3 = kept(["+3c=EOS"], get) if far else ()
    last_orghead, left = -9, "BOS"
    for i, tf in enumerate(toks):
        c = cores[i]
        classes = tf.classes
        if classes:
            out += [(i, y) for x in classes if (y := trig_class((left, x))) is not None]
        elif (y := trig_class((left, "none"))) is not None:
            out.append((i, y))
        if i + 1 < n:
            if toks[i + 1].classes:
                joined = "/".join(classes) or "none"
                out += [(i, y) for x in toks[i + 1].classes if (y := class_class((joined, x))) is not None]
        elif (y := class_class(("/".join(classes) or "none", "EOS"))) is not None:
            out.append((i, y))
        if i - last_orghead <= 3 and orghead is not None:
            out.append((i, orghead))
        if far:
            out += [(i, y) for y in (toks[i - 3].far[0] if i >= 3 else m3)]
            out += [(i, y) for y in (toks[i + 3].far[1] if i + 3 < n else p3)]
        if i > 0 and (y := pair_before((cores[i - 1], c))) is not None:
            out.append((i, y))
        if i + 1 < n and (y := pair_after((c, cores[i + 1]))) is not None:
            out.append((i, y))
        if tf.trig == "orghead":
            last_orghead = i
        left = tf.trig
    return out


@pytest.fixture(scope="module")
def crf() -> Tagger:
    return Tagger.load()


def test_core_pairs_hold_both_tables(crf: Tagger) -> None:
    v = crf.vocabulary
    assert v is not None
    before, after = v.pairs["c-1|c="], v.pairs["c|c+1="]
    assert set(v.cores) == set(before) | set(after)
    assert all(v.cores[p] == (before.get(p), after.get(p)) for p in v.cores)
    assert ("no-such-core", "another") not in v.cores  # counter-case: an unknown pair is in neither


@pytest.mark.parametrize("far", [False, True])
def test_tail_features_as_before_with_the_vocabulary(crf: Tagger, far: bool) -> None:
    v = crf.vocabulary
    assert v is not None
    get = v.attributes.get
    found = 0
    for sent in SENTENCES:
        toks = [token_features(t, crf.lexicon, v) for t in sent]
        cores = [t.keys.core for t in toks]
        got = tail_features(toks, cores, get, v, far=far)
        assert got == _reference_tails(toks, cores, get, v, far=far)
        found += sum((a, b) in v.cores for a, b in zip(cores, cores[1:]))
    assert found > 0  # the sentences meet known core pairs («للأمم المتحدة»)


def test_tail_features_as_before_spelled_out() -> None:
    lex = load_lexicon()
    sent = ["رئيس", "الوزراء", "البريطاني", "في", "لندن"]
    toks = [token_features(t, lex, None) for t in sent]
    cores = [t.keys.core for t in toks]
    got = tail_features(toks, cores, lambda s: s, None, far=True)
    assert got == _reference_tails(toks, cores, lambda s: s, None, far=True)
    # token 1 («الوزراء»): its pair with the word before, then (its last feature) its pair with the word after
    mine = [f for i, f in got if i == 1]
    assert mine[-2:] == ["c-1|c=رييس|وزرا", "c|c+1=وزرا|بريطاني"]
    assert not [f for i, f in got if i == 4 and str(f).startswith("c|c+1=")]  # counter-case: the last word has none


def test_sentence_tags_are_the_lexicons_phrase_tags() -> None:
    lex = load_lexicon()
    for sent in SENTENCES:
        keys = [token_features(t, lex, None).keys for t in sent]
        assert list(sentence_tags(lex, tuple(sent))) == lex.phrase_tags(keys)
    tags = sentence_tags(lex, ("زار", "الأمين", "العام", "للأمم", "المتحدة", "باريس"))
    assert tags == ("", "", "", "B-org", "I-org", "")  # «للأمم المتحدة»: the listed body, its clitic aside
    assert set(sentence_tags(lex, ("نعم", "قال", "هو"))) == {""}  # counter-case: no listed phrase


def test_sentence_positions_kept_and_read_only() -> None:
    at_b, at_t = sentence_positions([2, 3, 1])
    assert at_b.tolist() == [0, 0, 1, 1, 1, 2] and at_t.tolist() == [0, 1, 0, 1, 2, 0]
    assert not at_b.flags.writeable and not at_t.flags.writeable
    again_b, _ = sentence_positions((2, 3, 1))
    assert again_b is at_b
    other_b, other_t = sentence_positions([3, 2])  # counter-case: other lengths, other positions
    assert other_b.tolist() == [0, 0, 0, 1, 1] and other_t.tolist() == [0, 1, 2, 0, 1]


def test_claim_gives_new_tokens_once_in_order() -> None:
    rows = TokenRows(8)
    new, restart = rows.claim(["قال", "الوزير", "قال", "إن"])
    assert (new, restart) == (["قال", "الوزير", "إن"], False)
    new, restart = rows.claim(["إن", "الوفد", "الوزير", "الوفد", "وصل"])
    assert (new, restart) == (["الوفد", "وصل"], False)  # counter-case: the known ones are not given again
    assert rows.of == {"قال": 0, "الوزير": 1, "إن": 2, "الوفد": 3, "وصل": 4}
    new, restart = rows.claim(["أمس", "إلى", "الرياض", "قال", "و"])
    assert restart and new == ["أمس", "إلى", "الرياض", "قال", "و"] and rows.of["أمس"] == 0


def test_ensemble_tags_a_full_name() -> None:
    labels = EnsembleTagger.load().tag(["قال", "الرئيس", "باراك", "أوباما"])
    assert labels == ["O", "O", "B-PERS", "I-PERS"]
    assert EnsembleTagger.load().tag(["قال", "الرئيس", "إن", "الوضع", "صعب"]) == ["O"] * 5  # counter-case


def test_scores_are_finite_and_zero_past_the_end(crf: Tagger) -> None:
    scorer = crf.scorer
    assert scorer is not None
    em = scorer.emissions([SENTENCES[0], SENTENCES[4]])
    assert em.shape[:2] == (2, len(SENTENCES[0])) and np.isfinite(em).all()
    assert not em[1, 1:].any() and em[1, 0].any()
