"""Round ev1010: patients of transitive act nouns, a command's «أنها» that retells another's strikes, places an act
was near. Hand-made Arabic sentences.

- «أما» takes a noun: «أما قصف «داعش» فيأتي» is the shelling of ISIS (its genitive the patient), no verb «قَصَفَ»
  with ISIS its subject; a named topic after «أما» before its own verb still acts;
- a «لـ» phrase of a measure after a masdar's genitive («لاستهداف السكان لأكثر من عام») is no object, so the
  genitive is the patient, not the doer; a real «لـ» object keeps the genitive as the doer;
- «أعلنت القيادة المشتركة أن فرنسا وحلفاءها نفذوا ضربات ...، موضحة أنها استهدفت مواقع ومراكز»: the strikes
  retold are France's, not the command's; a ministry that tells its own planes' strikes stays their source;
- «بالقرب من مدينة X», «على بعد كيلومترين من مدينة X», «في منطقة جبلية قرب X», «ضربات نفذت قرب X واستهدفت»: X is
  the act's location; not a country after «الحدود مع», nor the town an adjective of nearness locates another by.
"""

from __future__ import annotations

from rasd.doc import Doc, Event
from rasd.pipeline import Pipeline


def _at(doc: Doc, word: str) -> Event:
    found = [e for e in doc.events if doc.text[e.trigger.start:e.trigger.end].startswith(word)]
    assert found, [(doc.text[e.trigger.start:e.trigger.end], e.code) for e in doc.events]
    return found[0]


def _name(doc: Doc, eid: str | None) -> str | None:
    ent = doc.entity(eid)
    return ent.name if ent is not None else None


def test_amma_masdar_genitive_is_the_patient(pipe: Pipeline) -> None:
    doc = pipe("أما قصف «داعش» فيأتي في سياق تفاهم مع واشنطن.")
    ev = _at(doc, "قصف")
    assert ev.code == "194" and ev.source is None and _name(doc, ev.target) == "داعش"


def test_amma_named_topic_still_acts(pipe: Pipeline) -> None:
    doc = pipe("وأما «النصرة» فقد قصفت مواقع للجيش أمس.")
    ev = _at(doc, "قصفت")
    assert _name(doc, ev.source) == "النصرة"


def test_measure_lam_is_no_object(pipe: Pipeline) -> None:
    doc = pipe("كان المتمردون يستخدمون التلال موقعا لاستهداف السكان لأكثر من عام.")
    ev = _at(doc, "لاستهداف")
    assert ev.source is None and _name(doc, ev.target) == "السكان"
    assert doc.entity(ev.target) is not None and doc.entity(ev.target).actor == "CVL"  # type: ignore[union-attr]


def test_real_lam_object_keeps_genitive_doer(pipe: Pipeline) -> None:
    doc = pipe("وندد الوزير باستهداف الحوثيين لمدينة تعز.")
    ev = _at(doc, "باستهداف")
    assert _name(doc, ev.source) == "الحوثيين" and _name(doc, ev.target) == "تعز"


def test_command_retells_anothers_strikes(pipe: Pipeline) -> None:
    doc = pipe("وأعلنت القيادة المشتركة أمس أن فرنسا وحلفاءها نفذوا ضربات جوية ضد تنظيم داعش في العراق، "
               "موضحة في بيان أنها استهدفت مواقع ومراكز.")
    ev = _at(doc, "استهدفت")
    assert _name(doc, ev.source) == "فرنسا" and doc.entity(ev.source).actor == "FRA"  # type: ignore[union-attr]
    assert _name(doc, ev.target) == "تنظيم داعش" and ev.modality == "reported"


def test_command_retells_strikes_with_owned_object(pipe: Pipeline) -> None:
    doc = pipe("وأعلنت القيادة المشتركة أمس أن فرنسا وحلفاءها نفذوا ضربات جوية ضد تنظيم داعش في العراق، "
               "موضحة في بيان أنها استهدفت مواقع للتنظيم.")
    assert _name(doc, _at(doc, "استهدفت").source) == "فرنسا"


def test_ministry_of_its_own_strikes_stays(pipe: Pipeline) -> None:
    doc = pipe("وقالت وزارة الدفاع البريطانية إن طائراتها نفذت غارات على تنظيم داعش في العراق، "
               "موضحة أنها استهدفت مواقع ومراكز.")
    ev = _at(doc, "استهدفت")
    assert _name(doc, ev.source) == "وزارة الدفاع البريطانية"


def test_near_a_town(pipe: Pipeline) -> None:
    doc = pipe("وسقطت قذيفة بالقرب من مدينة الرمادي.")
    assert _name(doc, doc.events[0].location) == "الرمادي"


def test_at_a_distance_from_a_town(pipe: Pipeline) -> None:
    doc = pipe("وهاجم مسلحون قافلة على بعد 20 كيلومترا من مدينة الموصل.")
    ev = _at(doc, "وهاجم")
    assert ev.code == "190" and _name(doc, ev.location) == "الموصل"


def test_area_near_a_region(pipe: Pipeline) -> None:
    doc = pipe("وقالت اللجنة إن القوات الخاصة اشتبكت مع مسلحين في منطقة جبلية قرب الشيشان، من دون تحديد "
               "تاريخ العملية.")
    assert _name(doc, _at(doc, "اشتبكت").location) == "الشيشان"


def test_strikes_carried_out_near_then_hit(pipe: Pipeline) -> None:
    doc = pipe("وقالت مصادر إن سبع ضربات نفذت قرب الموصل واستهدفت مواقع قتالية.")
    assert _name(doc, _at(doc, "واستهدفت").location) == "الموصل"


def test_border_with_a_country_is_no_place(pipe: Pipeline) -> None:
    doc = pipe("وقالت الشرطة إن مسلحين هاجموا حافلة بالقرب من الحدود مع سوريا.")
    assert _at(doc, "هاجموا").location is None


def test_town_near_another_is_not_the_other(pipe: Pipeline) -> None:
    doc = pipe("وهاجم مستوطنون قرية دوما القريبة من نابلس.")
    assert _name(doc, _at(doc, "وهاجم").location) != "نابلس"
