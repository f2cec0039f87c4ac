"""A feminine participle cue after an indefinite feminine noun (quotes.cues.adjective, rv368): «إلى» after it
opens what the cue reports («كلمة مشيرة إلى أن ...»), as «أن» does. The «إلى» of the check was written «الى», a form
no token key has (keys fold «ى» to «ي»), so the cue was read as the noun's adjective and the words were lost."""

from __future__ import annotations

import rasd


def _cues(text: str) -> list[str]:
    doc = rasd.analyze(text, date="2015-08-10")
    return [doc.text[q.cue.start : q.cue.end] for q in doc.quotes]


def test_participle_before_ila_is_a_cue() -> None:
    assert _cues("وألقت الوزيرة كلمة مشيرة إلى أن الحكومة ستعمل على حل الأزمة.") == ["مشيرة"]
    assert _cues("وألقت الوزيرة كلمة مشيرة الى أن الحكومة ستعمل على حل الأزمة.") == ["مشيرة"]


def test_participle_before_another_word_stays_an_adjective() -> None:
    assert _cues("وكانت الحكومة قد اتخذت خطوة لافتة في هذا الاتجاه.") == []
    assert _cues("وألقت الوزيرة كلمة مشيرة في الحفل.") == []
