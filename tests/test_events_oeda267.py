"""Round oe267: the report filter's feature ``act=display``: a sentence whose PROTEST triggers are only verbs of
what protesters carry, raise, chant or throw (function words ``protest_display_verbs``: «وحمل المتظاهرون
لافتات», «وهتف المحتجون») tells an act at a protest already told, not the protest; a sentence that tells the
protest itself («تظاهر», «خرج المتظاهرون») or has such a trigger beside a display verb does not get it."""

from __future__ import annotations

import pytest

from rasd.doc import Doc
from rasd.events import report_model
from rasd.events.forms import nkey
from rasd.pipeline import Pipeline


def _features(pipe: Pipeline, text: str) -> dict[str, float]:
    doc: Doc = pipe(text, date="2014-10-09")
    protest = [e for e in doc.events if e.plover == "PROTEST"]
    assert protest, "the sentence must have a PROTEST trigger for the feature to be asked"
    sent = protest[0].sentence
    evs = [e for e in doc.events if e.sentence.start == sent.start]
    return report_model.sentence_features(doc, sent, "PROTEST", evs)


@pytest.mark.parametrize(
    "text",
    [
        "وحمل المحتجون لافتات كتبت عليها عبارات تطالب بالإفراج عن المعتقلين.",
        "وهتف المتظاهرون بسقوط الوزير أمام مبنى البلدية.",
        "ورفع المعتصمون شعارات ضد قرار إغلاق المصنع.",
    ],
)
def test_display_acts_get_the_feature(pipe: Pipeline, text: str) -> None:
    assert _features(pipe, text).get("act=display") == 1.0


@pytest.mark.parametrize(
    "text",
    [
        "تظاهر مئات العمال أمس أمام مقر الشركة احتجاجا على تأخر الرواتب.",
        "خرج آلاف المتظاهرين إلى شوارع المدينة وهتفوا ضد الحكومة.",  # the protest told, then the chant
        "واعتصم عشرات الموظفين أمام الوزارة للمطالبة بحقوقهم.",
    ],
)
def test_the_protest_told_does_not(pipe: Pipeline, text: str) -> None:
    assert "act=display" not in _features(pipe, text)


def test_display_forms_are_conjugated() -> None:
    forms = report_model.display_forms()
    for word in ("حملوا", "يهتفون", "رددت", "يرفعون", "رشقوا"):
        assert nkey(word) in forms
    for word in ("تظاهروا", "خرجوا", "اعتصموا", "حمله"):
        assert nkey(word) not in forms
