"""Round ev996: state protests re-coded as disapproval (CAMEO 111/114), welcoming crowds, air strikes told with an
aircraft subject (195), a masdar with its possessive spelt like a past verb («رفضهم»). Hand-made Arabic sentences."""

from __future__ import annotations

import pytest

from rasd.doc import Doc
from rasd.pipeline import Pipeline


def _events(doc: Doc) -> list[tuple[str, str, str | None, str | None]]:
    names = {e.id: e.name for e in doc.entities}
    return [(e.code, doc.text[e.trigger.start : e.trigger.end], names.get(e.source or ""), names.get(e.target or ""))
            for e in doc.events]


def _codes(doc: Doc) -> list[str]:
    return [e.code for e in doc.events]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("احتجت وزارة الخارجية الهولندية أمس على قرار البرلمان التركي.",
     ("111", "احتجت", "وزارة الخارجية الهولندية", "البرلمان التركي")),
    ("وكانت اليابان احتجت على تصريحات الرئيس الصيني.", ("111", "احتجت", "اليابان", "الرئيس الصيني")),
    ("وتقدمت الحكومة الليبية باحتجاج رسمي لدى تونس.", ("114", "باحتجاج", "الحكومة الليبية", None)),
    ("واستدعت وزارة الخارجية الكويتية السفير العراقي للاحتجاج على إطلاق النار.",
     ("114", "للاحتجاج", "وزارة الخارجية الكويتية", None)),
    ("وأعربت وزارة الخارجية الماليزية عن احتجاجها الشديد على اعتقال الصيادين.",
     ("114", "احتجاجها", None, None)),
])  # fmt: skip
def test_state_protest_is_disapproval(pipe: Pipeline, sentence: str,
                                      expected: tuple[str, str, str | None, str | None]) -> None:
    got = [e for e in _events(pipe(sentence)) if e[1] == expected[1]]
    assert got and got[0][0] == expected[0]
    if expected[2] is not None:
        assert got[0][2] == expected[2]
    if expected[3] is not None:
        assert got[0][3] == expected[3]
    assert "140" not in _codes(pipe(sentence))


@pytest.mark.parametrize(("sentence", "code"), [
    ("احتج مئات العمال أمس أمام المصنع على تأخر الأجور.", "140"),
    ("وخرج آلاف المتظاهرين في شوارع المدينة للاحتجاج على الغلاء.", "141"),
    ("استقال النائب احتجاجا على القانون الجديد.", None),
])  # fmt: skip
def test_people_protesting_or_resigning_stay(pipe: Pipeline, sentence: str, code: str | None) -> None:
    codes = _codes(pipe(sentence))
    assert not any(c in ("111", "114") for c in codes)
    if code is not None:
        assert code in codes


@pytest.mark.parametrize("sentence", [
    "خرج الآلاف إلى المطار لاستقبال الرئيس التونسي.",
    "واحتشد المواطنون في الساحة للترحيب بأمير البلاد.",
    "وتجمع المئات أمام الفندق مرحبين بالوفد الزائر.",
])  # fmt: skip
def test_welcoming_crowd_is_no_protest(pipe: Pipeline, sentence: str) -> None:
    assert not any(c.startswith("14") for c in _codes(pipe(sentence)))


@pytest.mark.parametrize(("sentence", "code"), [
    ("والمواقع التي تستهدفها الطائرات الحربية في الشمال.", "195"),
    ("واستهدفت المقاتلات الفرنسية مواقع المسلحين في مالي.", "195"),
    ("وهاجمت القوات الجوية معسكرا للمتمردين.", "195"),
    ("وهاجمت القوات البرية معسكرا للمتمردين.", "190"),
    ("واستهدفت القوات الحكومية البلدة.", "190"),
    ("وقصفت القوات الحكومية البلدة بالمدفعية.", "194"),
    ("وشنت المقاتلات الإسرائيلية غارات على المخيم.", "195"),
])  # fmt: skip
def test_aircraft_subject_is_air_strike(pipe: Pipeline, sentence: str, code: str) -> None:
    assert _codes(pipe(sentence))[0] == code


@pytest.mark.parametrize(("sentence", "pos_free"), [
    ("وعبر الطلاب عن رفضهم للقرار الجديد.", "رفضهم"),
    ("وجدد الوزير رفضه للمقترح الجديد.", "رفضه"),
    ("وقد انسحب بعد رفضه للشروط.", "رفضه"),
])  # fmt: skip
def test_owned_masdar_is_a_noun(pipe: Pipeline, sentence: str, pos_free: str) -> None:
    from rasd.events.lexicon import match_token

    doc = pipe(sentence)
    i = next(k for k, t in enumerate(doc.tokens) if t.text == pos_free)
    hit = match_token(doc.tokens, i)
    assert hit is not None and hit.pos == "N" and hit.entry.code == "120"


@pytest.mark.parametrize(("sentence", "word"), [
    ("رفضهم المدير وأغلق الباب.", "رفضهم"),
    ("وساومت الجماعة على من خطفتهم من الجنود.", "خطفتهم"),
])  # fmt: skip
def test_verb_with_object_pronoun_stays_a_verb(pipe: Pipeline, sentence: str, word: str) -> None:
    from rasd.events.lexicon import match_token

    doc = pipe(sentence)
    hit = match_token(doc.tokens, next(k for k, t in enumerate(doc.tokens) if t.text == word))
    assert hit is not None and hit.pos == "V"


def test_denied_protest_note_is_none(pipe: Pipeline) -> None:
    doc = pipe("وقال الناشط إن الحكومات لم تصدر حتى الآن بيانات احتجاج على الإعدامات.")
    assert [e for e in _events(doc) if e[1] == "احتجاج"] == []
