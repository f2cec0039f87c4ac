"""Round qu524: indirect speech ends before «لكنه/لكنها» and a verb of declining with a masdar of commenting or
disclosing after it («...، لكنه رفض الكشف عن تفاصيل», «...، لكنها امتنعت عن التعليق»): the writer's account of
the speaker, not said; not where the verb takes another object («لكنها ترفض الشروط»: still said), nor a «لكن»
with a name after it. Statement issuers («وقال بيان صادر عن X», «بيان مشترك بين X و Y», «بيان لـ X») speak as X."""

from __future__ import annotations

from rasd.doc import Doc

from conftest import analyze_news


def _contents(doc: Doc, cue: str) -> list[str]:
    return [doc.text[q.content.start : q.content.end] for q in doc.quotes if doc.text[q.cue.start : q.cue.end] == cue]


def _speakers(doc: Doc, cue: str) -> list[str]:
    out = []
    for q in doc.quotes:
        if doc.text[q.cue.start : q.cue.end] == cue:
            ent = doc.entity(q.speaker) if q.speaker is not None else None
            out.append(ent.name if ent is not None else "")
    return out


def test_refused_to_disclose_is_the_writers() -> None:
    doc = analyze_news("وقال وزير الخارجية إن الوضع على الحدود مستقر، لكنه رفض الكشف عن تفاصيل الاتفاق.")
    assert _contents(doc, "وقال") == ["الوضع على الحدود مستقر"]


def test_abstained_from_comment_is_the_writers() -> None:
    doc = analyze_news("وقالت الوزيرة إن المفاوضات مع النقابات مستمرة، لكنها امتنعت عن التعليق على موعد انتهائها.")
    assert _contents(doc, "وقالت") == ["المفاوضات مع النقابات مستمرة"]


def test_avoided_answering_is_the_writers() -> None:
    doc = analyze_news("وأكد المتحدث باسم الجيش أن القوات استعادت السيطرة على الطريق، لكنه تجنب الرد على أسئلة الصحافيين.")
    assert _contents(doc, "وأكد") == ["القوات استعادت السيطرة على الطريق"]


def test_rejecting_conditions_stays_said() -> None:
    doc = analyze_news("وقال الوزير إن الحكومة مستعدة للحوار، لكنها ترفض الشروط المسبقة.")
    assert _contents(doc, "وقال") == ["الحكومة مستعدة للحوار، لكنها ترفض الشروط المسبقة"]


def test_refusal_far_from_a_masdar_stays_said() -> None:
    doc = analyze_news("وقال المسؤول إن الحزب يؤيد الحوار، لكنه يرفض بشدة أي تدخل أجنبي في الكشف عن الحقائق.")
    assert _contents(doc, "وقال") == ["الحزب يؤيد الحوار، لكنه يرفض بشدة أي تدخل أجنبي في الكشف عن الحقائق"]


def test_statement_issuers_speak() -> None:
    doc = analyze_news("وقال بيان مشترك بين وزارة الصحة ونقابة الأطباء إن الإضراب سينتهي غدا. وأضاف بيان صادر عن الجيش "
                       "اللبناني أن الوحدات انتشرت في المدينة. وقال بيان لوزارة الداخلية السعودية إن قوات الأمن اعتقلت "
                       "خمسة مطلوبين.")
    assert _speakers(doc, "وقال") == ["وزارة الصحة", "وزارة الداخلية السعودية"]
    assert _speakers(doc, "وأضاف") == ["الجيش اللبناني"]
