"""An unnamed spokesman of a named body speaks for it: the body is the quote's speaker (round qu872; PETRARCH/CAMEO
code «a spokesman of X said» with X as the source), and a later «وأضاف المتحدث» alone is that body again. A named
spokesman, an official «في» a body and an anonymous source are left as they were."""

from __future__ import annotations

from conftest import analyze_news, news_quote_rows


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(cue, name) for cue, name, _phrase, _content, _direct in news_quote_rows(text)]


def test_indefinite_spokesman_of_a_movement_is_the_movement() -> None:
    rows = _speakers("وقال ناطق باسم حركة حماس إن الحركة لن تقبل بأي اتفاق لا يرفع الحصار عن القطاع.")
    assert rows == [("وقال", "حركة حماس")]


def test_official_spokesman_of_a_ministry_is_the_ministry() -> None:
    doc = analyze_news("وصرح المتحدث الرسمي باسم وزارة الخارجية المصرية بأن القاهرة سترسل وفدا إلى الخرطوم الأسبوع المقبل.")
    q = next(q for q in doc.quotes if doc.text[q.cue.start:q.cue.end] == "وصرح")
    ent = doc.entity(q.speaker)
    assert ent is not None and ent.type == "ORGANIZATION"
    assert "وزارة الخارجية" in ent.name
    assert q.actor() == q.speaker


def test_later_bare_spokesman_is_the_same_body() -> None:
    rows = _speakers("وقالت متحدثة باسم حركة حماس إن الحركة لن تقبل بأي اتفاق. "
                     "وأضافت المتحدثة أن الوسطاء لم يقدموا أي ضمانات حتى الآن.")
    assert rows == [("وقالت", "حركة حماس"), ("وأضافت", "حركة حماس")]


def test_official_of_a_body_stays_unnamed() -> None:
    doc = analyze_news("وقال مسؤول في حركة حماس إن الحركة لن تقبل بأي اتفاق لا يرفع الحصار عن القطاع.")
    q = next(q for q in doc.quotes if doc.text[q.cue.start:q.cue.end] == "وقال")
    assert q.speaker is None  # a man of the movement, unnamed: the movement is his affiliation
    ent = doc.entity(str(q.attrs.get("affiliation")))
    assert ent is not None and ent.name == "حركة حماس"


def test_named_spokesman_is_still_the_man() -> None:
    rows = _speakers("وقال المتحدث باسم حركة حماس سامي أبو زهري إن الحركة لن تقبل بأي اتفاق.")
    assert rows == [("وقال", "سامي أبو زهري")]


def test_anonymous_source_stays_null() -> None:
    rows = _speakers("وقال مسؤول عسكري إن القوات استعادت السيطرة على الطريق الرئيسي.")
    assert rows == [("وقال", None)]


def test_spokesman_of_a_body_named_before_by_its_head() -> None:
    rows = _speakers("وفتحت الشرطة البريطانية تحقيقا في الحادث. وقالت متحدثة باسم الشرطة إن فرق الإنقاذ "
                     "انتشلت جثتين من الموقع.")
    assert ("وقالت", "الشرطة البريطانية") in rows


def test_spokesman_named_in_the_next_sentence_stays_the_man() -> None:
    rows = _speakers("يقول متحدث باسم شركة «سيمنز» الألمانية لـ«الشرق الأوسط»: «نتابع التطورات عن قرب». "
                     "يتابع توماس فيبر: «السوق الإيرانية واعدة»")
    assert rows[0] == ("يقول", "توماس فيبر")
