"""Round mend847: the steps chained in a plan's aim are planned («أعدت خطة لاستكمال ...، ثم الوصول إلى مشارف
العاصمة ومحاصرتها»), and a demonstrative with a noun of what is said («هذه الاتهامات») is no speaker phrase of the
statement verb that confirms it."""

from __future__ import annotations

import pytest

from rasd import analyze
from rasd.events.cue_speakers import said_content

DATE = "2015-08-01"


def _acts(text: str) -> dict[str, tuple[str, str | None]]:
    doc = analyze(text, date=DATE)
    return {doc.text[e.trigger.start:e.trigger.end]: (e.modality, e.date) for e in doc.events}


@pytest.mark.parametrize("text, trigger", [
    ("وقال القائد إن المقاومة أعدت خطة لاستكمال تحرير المدن الجنوبية، ثم الوصول إلى مشارف العاصمة ومحاصرتها "
     "بهدف إبعاد الحوثيين.", "ومحاصرتها"),
    ("وضعت القوات الحكومية خطة لتطهير الريف والانتقال إلى المدينة، ثم محاصرة المسلحين فيها.", "محاصرة"),
    ("ويخطط الجيش لاستعادة الطريق الساحلي، ثم اقتحام البلدة ومحاصرتها خلال أيام.", "ومحاصرتها"),
])
def test_plan_steps_are_planned(text: str, trigger: str) -> None:
    acts = _acts(text)
    assert acts[trigger] == ("planned", None)


@pytest.mark.parametrize("text, trigger", [
    # an act told as done in a clause of its own, after the plan
    ("أعدت الحكومة خطة لإعمار المدينة، وحاصرت القوات الحوثيين في الضواحي أمس.", "وحاصرت"),
    # a plan told as carried out
    ("نفذ الجيش خطته لاستعادة الطريق ثم محاصرة المسلحين في البلدة أمس.", "محاصرة"),
    # no plan at all: the same chain told as done
    ("استكملت القوات تحرير المدن الجنوبية، ثم وصلت إلى مشارف العاصمة ومحاصرتها أمس.", "ومحاصرتها"),
])
def test_acts_done_stay_done(text: str, trigger: str) -> None:
    acts = _acts(text)
    assert acts[trigger][0] != "planned"


@pytest.mark.parametrize("phrase, expected", [
    ("هذه الاتهامات", True),
    ("تلك المعلومات", True),
    ("هذه التصريحات", True),
    ("هذا التقرير", False),  # a report may be the one that confirms
    ("هذه المصادر", False),
    ("الاتهامات", False),
])
def test_said_content(phrase: str, expected: bool) -> None:
    assert said_content(phrase) is expected


def test_accusations_confirmed_are_no_speaker() -> None:
    text = ("وكشفت قناة ألمانية عن تعاطي رياضيين للمنشطات. وأكدت هذه الاتهامات التي تناولتها أيضا صحيفة بريطانية، "
            "بالقول: «لا يزال الرياضيون في حماية دائمة».")
    doc = analyze(text, date=DATE)
    confirm = [e for e in doc.events if doc.text[e.trigger.start:e.trigger.end] == "وأكدت"]
    assert len(confirm) == 1
    assert confirm[0].attrs.get("source_text") is None


def test_sources_confirm_with_their_phrase() -> None:
    text = ("وقالت الشرطة إن الهجوم وقع ليلا. وأكدت مصادر أمنية مطلعة، بالقول: «لقد قتل ثلاثة من الحراس».")
    doc = analyze(text, date=DATE)
    confirm = [e for e in doc.events if doc.text[e.trigger.start:e.trigger.end] == "وأكدت"]
    assert len(confirm) == 1
    assert confirm[0].attrs.get("source_text") == "مصادر أمنية مطلعة"
