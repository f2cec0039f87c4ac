"""Round pr978: protest words that report no protest by people acting. Hand-made Arabic sentences.

- «احتج» after its subject, a state or an institution («إن بلاده تحتج», «وكانت اليابان احتجت»), and a protest noun
  voiced or lodged («أعربت الوزارة عن احتجاجها الشديد», «تقدمت الحكومة باحتجاج رسمي»): a protest in words
  (events.protests ``_verbal``);
- «تظاهر بالمرض», «يتظاهر بأنه»: pretends (events.protest_senses ``_pretended``);
- troops or voters gathering («احتشد الجنود», «احتشد الناخبون»), a crowd going to vote («للإدلاء بأصواتهم»): no
  protest (events.protests ``_other_crowd``);
while people who protest, demonstrate near a place («بالقرب من») or against troops, or who protest a vote, keep it.
"""

from __future__ import annotations

import pytest

from rasd.doc import Doc
from rasd.pipeline import Pipeline


def _protests(doc: Doc) -> list[tuple[str, str]]:
    return [(e.code, doc.text[e.trigger.start : e.trigger.end]) for e in doc.events if e.plover == "PROTEST"]


@pytest.mark.parametrize("sentence", [
    "وقال المتحدث باسم الحكومة إن بلاده تحتج بشدة على هذه الخطوة.",
    "وكانت اليابان احتجت على زيارة الوزير.",
    "وقالت الوزارة إن الحكومة احتجت على تصريحات المبعوث.",
    "وأعربت الوزارة عن احتجاجها الشديد على القصف.",
    "وعبر الوزير عن احتجاجه على القرار الجديد.",
    "وتقدمت الحكومة باحتجاج رسمي لدى مجلس الأمن.",
    "وتظاهر السجين بالمرض لينقل إلى المستشفى.",
    "ويتظاهر الرجل بأنه صحافي منذ سنوات.",
    "واحتشد الجنود قرب الحدود الشمالية صباح أمس.",
    "واحتشد الناخبون أمام مراكز الاقتراع في المدينة أمس.",
    "وتوجه الآلاف إلى المدارس صباح أمس للإدلاء بأصواتهم.",
])  # fmt: skip
def test_no_protest_by_people_acting(pipe: Pipeline, sentence: str) -> None:
    assert _protests(pipe(sentence)) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("والعمال احتجوا أمس أمام المصنع.", [("140", "احتجوا")]),
    ("وفي القاهرة احتج العمال أمس على تأخر الرواتب.", [("140", "احتج")]),
    ("وتظاهر الآلاف بالقرب من البرلمان أمس.", [("141", "وتظاهر")]),
    ("وتظاهر الآلاف أمس ضد القوات الأجنبية في المدينة.", [("141", "وتظاهر")]),
])  # fmt: skip
def test_people_protesting_keep_their_protest(pipe: Pipeline, sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _protests(pipe(sentence))[: len(expected)] == expected
