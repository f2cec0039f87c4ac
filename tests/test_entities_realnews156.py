"""Round 156: the entity taggers' feature rows and the person clusters made cheaper with the same output.
``tail_features`` gives a list (no generator), a word's one-feature lookups go through ``kept1``, ``name_only``
reads a word's cached tests before the coverage search and ``_person_cluster`` answers at once where no one was
named before. Hand-made sentences (paraphrases)."""

from __future__ import annotations

from conftest import analyze_news

from rasd.entities.crf_features import kept, kept1, token_features, spelled_features, tail_features
from rasd.entities.crf_lexicon import load_lexicon


def _mentions(doc, name: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [doc.text[m.start : m.end] for e in doc.entities if e.name == name for m in e.mentions]


def test_tail_features_is_a_list_in_order() -> None:
    lex = load_lexicon()
    toks = ["زار", "الوزير", "جون", "كيري", "بغداد", "أمس"]
    tf = [token_features(t, lex, None) for t in toks]
    tails = tail_features(tf, [t.keys.core for t in tf], lambda s: s, None, far=True)
    assert isinstance(tails, list)
    assert tails[:5] == [(0, "T-1|L=BOS|none"), (0, "L|L+1=none|common"), (0, "-3c=BOS"), (0, "+3c=كيري"),
                         (0, "c|c+1=زار|وزير")]
    row = spelled_features(toks, lex)[3]  # the spelled features of «كيري» take its tails, in order
    assert [x for x in row if "c-1|c=" in str(x) or "c|c+1=" in str(x)] == ["c-1|c=جون|كيري", "c|c+1=كيري|بغداد"]


def test_kept1_is_kept_of_one() -> None:
    get = {"b": 7}.get
    assert kept1("b", get) == kept(["b"], get) == (7,)
    assert kept1("x", get) == kept(["x"], get) == ()


def test_surnames_alone_join_the_full_names() -> None:
    doc = analyze_news("التقى وزير الخارجية الأمريكي جون كيري نظيره الروسي سيرغي لافروف في جنيف أمس. وقال كيري إن "
                       "المحادثات كانت مثمرة، فيما أكد لافروف أن الخلافات باقية.")
    assert _mentions(doc, "جون كيري") == ["جون كيري", "كيري"]
    assert _mentions(doc, "سيرغي لافروف") == ["سيرغي لافروف", "لافروف"]


def test_surname_with_no_one_named_before_stands_alone() -> None:
    doc = analyze_news("وقال كيري إن المحادثات كانت مثمرة في جنيف أمس.")
    assert [(e.type, e.name) for e in doc.entities if e.type == "PERSON"] == [("PERSON", "كيري")]


def test_another_given_name_is_no_mention_of_the_named_man() -> None:
    doc = analyze_news("التقى الرئيس محمد مرسي وفدا من الحزب أمس، وقال علي إن اللقاء كان مثمرا.")
    assert _mentions(doc, "محمد مرسي") == ["محمد مرسي"]
