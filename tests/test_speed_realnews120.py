"""Speed round 120 (no output change): the shared pieces made cheaper keep their answers. Hand-made sentences."""

from __future__ import annotations

from rasd.entities.crf import Lexicon, phrases_by_first, spread, token_keys
from rasd.entities.crf_lexicon import Keys

from conftest import analyze_news


def _core(words: str) -> tuple[str, ...]:
    return tuple(token_keys(w).core for w in words.split())


def test_spread_takes_the_longest_phrase_from_the_document_index() -> None:
    toks = "التقى وفد مجلس الأمن الدولي ثم مجلس الأمن".split()
    multi = {_core("مجلس الأمن"): "ORG", _core("مجلس الأمن الدولي"): "ORG"}
    labels = ["O"] * len(toks)
    want = ["O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "I-ORG"]
    assert spread(toks, labels, {}, multi) == want
    assert spread(toks, labels, {}, multi, phrases_by_first(multi)) == want  # the index built once per document
    assert [p for p, _ in phrases_by_first(multi)[_core("مجلس")[0]]] == [_core("مجلس الأمن الدولي"), _core("مجلس الأمن")]


def test_spread_leaves_a_tagged_phrase_alone() -> None:
    toks = "التقى وفد مجلس الأمن".split()
    multi = {_core("مجلس الأمن"): "ORG"}
    labels = ["O", "O", "B-LOC", "I-LOC"]
    assert spread(toks, labels, {}, multi, phrases_by_first(multi)) == labels  # (LOC/ORG: no relabelling)


def _lexicon() -> Lexicon:
    first, *rest = _core("مجلس الأمن")
    return Lexicon({}, {first: ((_core("مجلس الأمن"), "org"),)}, {}, {first: ((2, {tuple(rest): "org"}),)})


def test_phrase_tags_kept_per_sentence_are_a_fresh_list() -> None:
    lex = _lexicon()
    keys: list[Keys] = [token_keys(w) for w in "اجتمع مجلس الأمن أمس".split()]
    tags = lex.phrase_tags(keys)
    assert tags == ["", "B-org", "I-org", ""]
    tags[1] = "changed"  # a caller's list: the kept tags do not change with it
    assert lex.phrase_tags(keys) == ["", "B-org", "I-org", ""]


def test_phrase_tags_need_the_whole_phrase() -> None:
    lex = _lexicon()
    assert lex.phrase_tags([token_keys(w) for w in "اجتمع مجلس الوزراء أمس".split()]) == ["", "", "", ""]


def test_reported_clause_after_the_cue_is_the_quote() -> None:
    doc = analyze_news("وقال وزير الخارجية عادل الجبير في مؤتمر صحفي إن المملكة ستدعم الحوار بين الأطراف اليمنية.")
    assert len(doc.quotes) == 1
    q = doc.quotes[0]
    assert doc.entity(q.speaker).name == "عادل الجبير"
    assert doc.text[q.content.start : q.content.end] == "المملكة ستدعم الحوار بين الأطراف اليمنية"


def test_a_thing_revealed_is_no_quote() -> None:
    doc = analyze_news("وكشف المسؤول عن خطة جديدة لصيانة الطرق في المدينة.")
    assert doc.quotes == []
