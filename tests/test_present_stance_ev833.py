"""Round ev833: a present verb of stance (a demand, a disapproval, a rejection, a threat, a coercion) with no time
of its own is what one holds or does as a rule: it takes no date from the article nor from a neighbouring «أمس»."""

from __future__ import annotations

import pytest

from rasd import analyze
from rasd.doc import Event, Span
from rasd.events.duplicates import dedup

DATE = "2015-08-06"
LEAD = "التقى الوزير نظيره الأردني أمس في عمان. "


def _dates(text: str) -> dict[str, str | None]:
    doc = analyze(text, date=DATE)
    return {doc.text[e.trigger.start:e.trigger.end]: e.date for e in doc.events}


@pytest.mark.parametrize("text, verb", [
    (LEAD + "وترفض وزارة الداخلية منح التراخيص للجمعيات الجديدة.", "وترفض"),
    ("توقفت المحادثات أمس في هاواي. ويدين معارضو الاتفاق السرية التي تلف المفاوضات.", "ويدين"),
    (LEAD + "وتحتجز الميليشيات مئات المعتقلين في القاعدة.", "وتحتجز"),
])
def test_present_stance_takes_no_day(text: str, verb: str) -> None:
    dates = _dates(text)
    assert dates[verb] is None
    assert "2015-08-05" in dates.values()  # (the lead's own act keeps its «أمس»)


@pytest.mark.parametrize("text, verb, day", [
    (LEAD + "وقال الوزير: «نطالب المجتمع الدولي بوقف العدوان».", "نطالب", DATE),  # the speaker's own: performed
    (LEAD + "وقال الوزير إنه يرفض الحديث مع المعارضة.", "يرفض", DATE),  # after «إنه»: the stance said that day
    (LEAD + "وظهر القيادي في رسالة مصورة وهو يتوعد بقتل قائد الجيش.", "يتوعد", DATE),  # «وهو»: the act shown
    ("الحكومة ترفض مطالب المعارضة", "ترفض", DATE),  # a headline
    (LEAD + "وترفض الحكومة اليوم مطالب المعارضة.", "وترفض", DATE),  # its own time
    (LEAD + "ورفضت الحكومة مطالب المعارضة.", "ورفضت", "2015-08-05"),  # a perfect: unchanged
])
def test_other_verbs_keep_their_day(text: str, verb: str, day: str) -> None:
    assert _dates(text)[verb] == day


def _criticism(text: str, at: int, doer: str) -> Event:
    start, who = text.index("ينتقد", at), text.index(doer, at)
    return Event(id="", code="111", plover="ACCUSE", trigger=Span(start, start + 5), sentence=Span(at, at + 60),
                 target="E2", date=None, triggers=[Span(start, start + 5)],
                 attrs={"pos": "V", "trigger_id": "criticize", "source_span": [who, who + len(doer)], "source_text": doer})


TOLD_TWICE = "فيما ينتقد آخرون علاقاته مع باكستان. ويتولى منصور الذي ينتقد بعض المتمردين علاقاته الوثيقة بباكستان."


def test_repeat_of_no_day_gives_its_named_doer() -> None:
    second = TOLD_TWICE.index("ويتولى")
    out = dedup([_criticism(TOLD_TWICE, 0, "آخرون"), _criticism(TOLD_TWICE, second, "بعض المتمردين")], text=TOLD_TWICE)
    assert [e.attrs.get("source_text") for e in out] == ["بعض المتمردين"]
    # the first telling names its doer: it keeps it
    out = dedup([_criticism(TOLD_TWICE, second, "بعض المتمردين"), _criticism(TOLD_TWICE, 0, "آخرون")], text=TOLD_TWICE)
    assert [e.attrs.get("source_text") for e in out] == ["بعض المتمردين"]
