"""Round oe366: protests' parties and protesters' acts. Hand-made Arabic sentences.

- the addressee of a purpose masdar of demanding or calling («لمطالبة الحكومة بالاستقالة») is the protest's target
  (function words ``protest_calls``), not the protesters' own side called on;
- a purpose masdar («احتجاجا») is done by the subject of the protest verb it depends on (events.purpose_doers);
- protesters who attack or besiege riot (CAMEO 145, ``riot_entries``), as those who storm do; armed men assault;
- «اعتدى على» has no direct object: the phrase after it is its subject (trigger assault_on);
- «فضلا عن» (in addition to) is no party of an act (function words ``lone_adverbs``);
- «في فجر اليوم», «فجر الخميس»: dawn, no detonation (events.assaults);
- protesters named right after a verb of throwing, smashing or occupying protest (triggers protest_throw,
  protest_smash, protest_occupy); a speech, an arrest, an army's occupation or an idiom is none.
"""

from __future__ import annotations

import pytest

from rasd.doc import Doc, Event
from rasd.pipeline import Pipeline


def _events(doc: Doc, plover: str) -> list[Event]:
    return [e for e in doc.events if e.plover == plover]


def _party(doc: Doc, e: Event, role: str) -> str | None:
    """The words of the event's party ``role``: its span, else its entity's first mention."""
    span = e.attrs.get(f"{role}_span")
    if isinstance(span, list):
        return doc.text[span[0] : span[1]]
    eid = e.source if role == "source" else e.target
    ent = doc.entity(eid)
    return doc.text[ent.mentions[0].start : ent.mentions[0].end] if ent is not None else None


def _trigger(doc: Doc, e: Event) -> str:
    return doc.text[e.trigger.start : e.trigger.end]


@pytest.mark.parametrize(("sentence", "target"), [
    ("وتظاهر الآلاف امس لمطالبة الحكومة بالاستقالة.", "الحكومة"),
    ("واعتصم العمال امس لمطالبة الشركة بصرف رواتبهم المتأخرة.", "الشركة"),
])  # fmt: skip
def test_the_one_a_protest_demands_of_is_its_target(pipe: Pipeline, sentence: str, target: str) -> None:
    doc = pipe(sentence)
    assert [_party(doc, e, "target") for e in _events(doc, "PROTEST")] == [target]


@pytest.mark.parametrize("sentence", [
    "وتجمع آلاف المتظاهرين أمس في سابورو لدعوة المواطنين للمشاركة في المسيرة.",
    "وتظاهر الآلاف امس للمطالبة بالاستقالة.",
])  # fmt: skip
def test_own_side_called_on_or_no_addressee_is_no_target(pipe: Pipeline, sentence: str) -> None:
    doc = pipe(sentence)
    protests = _events(doc, "PROTEST")
    assert protests and all(_party(doc, e, "target") is None for e in protests)


def test_purpose_masdar_is_done_by_the_protesters(pipe: Pipeline) -> None:
    doc = pipe("ووصل الرئيس الأميركي جورج بوش الى جاكرتا امس، وتظاهر الآلاف احتجاجا على الزيارة.")
    masdar = next(e for e in _events(doc, "PROTEST") if _trigger(doc, e) == "احتجاجا")
    assert _party(doc, masdar, "source") == "الآلاف"


def test_purpose_masdar_after_another_act_keeps_its_doer(pipe: Pipeline) -> None:
    doc = pipe("وأعلن الرئيس جورج بوش امس، احتجاجا على القرار، سحب سفيره.")
    masdar = next(e for e in _events(doc, "PROTEST") if _trigger(doc, e) == "احتجاجا")
    assert _party(doc, masdar, "source") == "جورج بوش"


@pytest.mark.parametrize("sentence", [
    "وقد هاجم آلاف المتظاهرين مكتب رئيس الوزراء في وسط بانكوك.",
    "وحاصر المتظاهرون مبنى البرلمان.",
    "وقال إن المتظاهرين حاصروا مبنى البرلمان.",
])  # fmt: skip
def test_protesters_who_attack_riot(pipe: Pipeline, sentence: str) -> None:
    doc = pipe(sentence)
    assert [e.code for e in _events(doc, "PROTEST")] == ["145"]
    assert _events(doc, "ASSAULT") == []


@pytest.mark.parametrize("sentence", [
    "وهاجمت قوات الامن المتظاهرين بالهراوات واستخدمت الغاز المسيل للدموع.",
    "وأوضح المصدر أن قوات الأمن حاصرت المتظاهرين في أماكن تجمعهم.",
])  # fmt: skip
def test_protesters_attacked_or_besieged_riot_not(pipe: Pipeline, sentence: str) -> None:
    """The protesters as the object of the attack (after another subject, or in the accusative right after the
    verb) are attacked: the act is force, no riot."""
    doc = pipe(sentence)
    assert [e.code for e in _events(doc, "ASSAULT")] in (["190"], ["191"])
    assert all(e.code != "145" for e in _events(doc, "PROTEST"))


def test_armed_men_who_attack_assault(pipe: Pipeline) -> None:
    doc = pipe("وقد هاجم آلاف المسلحين مكتب رئيس الوزراء في وسط بانكوك.")
    assert [e.code for e in _events(doc, "ASSAULT")] == ["190"]
    assert _events(doc, "PROTEST") == []


@pytest.mark.parametrize(("sentence", "code"), [
    ("وألقى عشرات المتظاهرين الحجارة على جرافات اسرائيلية في قرية نعلين.", "145"),
    ("وحطم المتظاهرون واجهات المحال التجارية.", "145"),
    ("ويحتل المتظاهرون منذ الثلاثاء مقر الحكومة في بانكوك.", "144"),
])  # fmt: skip
def test_protesters_acts(pipe: Pipeline, sentence: str, code: str) -> None:
    doc = pipe(sentence)
    assert [e.code for e in _events(doc, "PROTEST")] == [code]
    assert _party(doc, _events(doc, "PROTEST")[0], "source") in ("المتظاهرين", "المتظاهرون")


@pytest.mark.parametrize("sentence", [
    "وألقى المتظاهرون كلمات امام البرلمان.",
    "وألقت الشرطة القبض على عشرات المتظاهرين.",
    "واحتلت القوات الاسرائيلية الضفة الغربية عام 1967.",
    "وكسر المتظاهرون حاجز الخوف.",
])  # fmt: skip
def test_speech_arrest_occupation_and_idiom_are_no_protest(pipe: Pipeline, sentence: str) -> None:
    assert _events(pipe(sentence), "PROTEST") == []


@pytest.mark.parametrize(("sentence", "source", "target"), [
    ("واعتدت الشرطة على المصلين بالضرب.", "الشرطة", "المصلين"),
    ("واعتدى المتظاهرون على رجال الشرطة.", "المتظاهرون", "رجال الشرطة"),
    ("واعتدى عليه مجهولون امس.", "مجهولون", None),
])  # fmt: skip
def test_the_subject_of_assaulting_on_is_its_doer(pipe: Pipeline, sentence: str, source: str,
                                                  target: str | None) -> None:
    """«اعتدى على» takes no direct object (trigger assault_on reads «على» only): the phrase after it is its
    subject, the one who assaults."""
    doc = pipe(sentence)
    (ev,) = _events(doc, "ASSAULT")
    assert (_party(doc, ev, "source"), _party(doc, ev, "target")) == (source, target)


def test_the_passive_of_assaulting_on_has_no_doer(pipe: Pipeline) -> None:
    doc = pipe("وقد اعتدي على رجل أمن أمام المبنى.")
    (ev,) = _events(doc, "ASSAULT")
    assert (_party(doc, ev, "source"), _party(doc, ev, "target")) == (None, "رجل أمن")


def test_in_addition_to_is_no_party(pipe: Pipeline) -> None:
    """«فضلا عن» (in addition to) opens no party (function words ``lone_adverbs``)."""
    doc = pipe("أعلنت الشرطة الافغانية أن 20 مدنيا قتلوا امس فضلا عن 4 من رجال الشرطة في هجوم انتحاري.")
    assert all(_party(doc, e, "target") != "فضلا" for e in _events(doc, "ASSAULT"))


def test_the_killed_before_in_addition_to_stay_the_target(pipe: Pipeline) -> None:
    doc = pipe("وقتل 20 مدنيا امس فضلا عن 4 من رجال الشرطة في هجوم انتحاري.")
    killing = next(e for e in _events(doc, "ASSAULT") if _trigger(doc, e) == "وقتل")
    assert _party(doc, killing, "target") == "20 مدنيا"


@pytest.mark.parametrize("sentence", [
    "وفي فجر اليوم انقلبت سيارة على الطريق السريع.",
    "وقعت الحادثة فجر الخميس عندما انقلبت سيارة.",
])  # fmt: skip
def test_dawn_is_no_detonation(pipe: Pipeline, sentence: str) -> None:
    """«فجر» after a preposition or before a day word is the noun of dawn (events.assaults._dawn)."""
    assert _events(pipe(sentence), "ASSAULT") == []


@pytest.mark.parametrize("sentence", [
    "وقال ان انتحاريا فجر سيارة مفخخة قرب مركز للشرطة امس.",
    "وفجر الانتحاري نفسه امس في سوق مزدحم.",
])  # fmt: skip
def test_a_bomber_still_detonates(pipe: Pipeline, sentence: str) -> None:
    assert [e.code[:3] for e in _events(pipe(sentence), "ASSAULT")] == ["183"]
