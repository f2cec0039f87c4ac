"""Round 130: ``specific`` on concrete attacks and clashes (the report cues of rasd.events.specific).

A killing told with its count («قتل ثمانية مدنيين», «مقتل 17 مسلحا») is a toll; a time named in the sentence
before, in the same paragraph, dates the next one; «أعلنت عن مقتل» is an announcement, not a background
(«بعد مقتل»); «بهدف» and «الفريق الركن» are no sport, «قصف عنيف» and «غارات ضد مواقع» no figure of speech or
generic mention. Hand-made sentences only.
"""

from __future__ import annotations

from conftest import news_event


def _cues(text: str, trigger: str) -> list[str]:
    return list(news_event(text, trigger)[1].attrs["report_cues"])


def test_counted_killing_is_a_toll() -> None:
    doc, ev = news_event("قتل مسلحون ثمانية مدنيين في قرية قرب الحدود.", "قتل")
    assert "toll" in ev.attrs["report_cues"]
    assert ev.attrs["rule_specific"] is True
    assert "toll" in _cues("وأعلن الجيش مقتل 17 مسلحا في اشتباكات شرق المدينة.", "مقتل")


def test_uncounted_killing_is_no_toll() -> None:
    assert "toll" not in _cues("وقال إن الحرب تسببت في قتل الأبرياء وتدمير المدن.", "قتل")


def test_time_in_the_sentence_before() -> None:
    text = "قصفت الطائرات أمس مواقع للمتمردين شمال المدينة. ودمرت الغارات مخازن للسلاح."
    assert "time_before" in _cues(text, "الغارات")


def test_time_in_another_paragraph_does_not_count() -> None:
    text = "قصفت الطائرات أمس مواقع للمتمردين شمال المدينة.\nودمرت الغارات مخازن للسلاح."
    assert "time_before" not in _cues(text, "الغارات")


def test_announced_death_is_no_background() -> None:
    assert "background" not in _cues("وأعلنت الشرطة عن مقتل ثلاثة جنود في هجوم على دورية.", "مقتل")
    assert "background" in _cues("وعززت السلطات الإجراءات الأمنية بعد مقتل ثلاثة جنود في هجوم على دورية.", "مقتل")


def test_aim_is_no_sport() -> None:
    assert "sport" not in _cues("وشنت القوات هجوما على مواقع المسلحين بهدف السيطرة على المعسكر.", "هجوما")
    assert "sport" in _cues("وهاجم المدافع لاعب الفريق المنافس خلال المباراة في الملعب.", "وهاجم")


def test_intense_shelling_is_no_figure() -> None:
    assert "figurative" not in _cues("وتعرضت المدينة لقصف عنيف من الطائرات أمس.", "لقصف")
    assert "figurative" in _cues("وهاجم النائب الحكومة بشدة في جلسة البرلمان أمس.", "وهاجم")
