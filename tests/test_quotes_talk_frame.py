"""Round qu466: a cue's «إن/أن» past a phrase of the speaker's talk («لـ«X» في معرض حديثه عن ...، الذي ...، وكيف
... إن:», «خلال كلمته في ... أن»): still the cue's, however far, and a relative clause on the topic does not end
it; not where no such phrase stands, nor where the relative reports an «أن» of its own."""

from __future__ import annotations

from rasd.doc import Doc, Quote

from conftest import analyze_news

FRAMED = (
    "وقال وزير الخارجية البريطاني فيليب هاموند لـ«الشرق الأوسط» في معرض حديثه عن اليمن، الذي يعتبر جزءا أساسيا "
    "من الأمن الاستراتيجي في الخليج، وكيف يدعمون الجهود هناك إن: هناك تهديدا استراتيجيا لشبه الجزيرة العربية."
)


def _said(doc: Doc, cue: str) -> list[Quote]:
    return [q for q in doc.quotes if doc.text[q.cue.start : q.cue.end] == cue]


def _name(doc: Doc, eid: str | None) -> str:
    ent = doc.entity(eid) if eid is not None else None
    return ent.name if ent is not None else ""


def test_far_colon_that_after_the_talks_topic() -> None:
    doc = analyze_news(FRAMED)
    said = _said(doc, "وقال")
    assert [doc.text[q.content.start : q.content.end] for q in said] == [
        "هناك تهديدا استراتيجيا لشبه الجزيرة العربية"]
    assert _name(doc, said[0].speaker) == "فيليب هاموند"


def test_during_his_speech_that() -> None:
    text = ("وأكد رئيس الوزراء الياباني شينزو آبي خلال كلمته في افتتاح أعمال المؤتمر الدولي الثالث للحد من مخاطر "
            "الكوارث الطبيعية الذي تستضيفه مدينة سنداي في شمال شرق البلاد منذ يوم السبت الماضي بمشاركة وفود من "
            "أكثر من مائة دولة أن بلاده ستقدم أربعة مليارات دولار للدول النامية.")
    doc = analyze_news(text)
    assert [doc.text[q.content.start : q.content.end] for q in _said(doc, "وأكد")] == [
        "بلاده ستقدم أربعة مليارات دولار للدول النامية"]


def test_no_talk_phrase_no_far_that() -> None:
    # the same long words with no phrase of his talk («عن اليمن» alone): the «إن» stays out of the cue's reach
    doc = analyze_news(FRAMED.replace("في معرض حديثه عن اليمن", "عن اليمن"))
    assert _said(doc, "وقال") == []


def test_relative_with_its_own_that_is_not_passed() -> None:
    # «عن التقرير، الذي أكد أن ...»: the report's words, not what the minister said
    text = ("وقال وزير الخارجية البريطاني فيليب هاموند لـ«الشرق الأوسط» في معرض حديثه عن التقرير الأممي الأخير، "
            "الذي أكد أن الوضع الإنساني في اليمن خطير.")
    doc = analyze_news(text)
    assert not [q for q in _said(doc, "وقال") if "الوضع الإنساني" in doc.text[q.content.start : q.content.end]]
