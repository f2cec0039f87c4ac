"""Round ev987: a plural group head and its agreeing nisba or people adjective are one phrase, one party
(events.nisba_phrases), not a subject and an object."""

from __future__ import annotations

from functools import lru_cache

import rasd
from rasd.doc import Doc

from conftest import event_at as event
from conftest import event_party as party


@lru_cache(maxsize=None)
def run(text: str) -> Doc:
    return rasd.analyze(text, date="2016-03-14")


def test_rebels_with_the_houthi_nisba_are_the_houthis() -> None:
    doc = run("شن المتمردون الحوثيون هجوما على معسكر للجيش قرب مأرب.")
    ev = event(doc, "هجوما")
    src = party(doc, ev, "source")
    assert src is not None and src.actor == "YEMREB"  # (was «المتمردون» REB)
    tgt = party(doc, ev, "target")
    assert tgt is None or tgt.actor != "YEMREB"  # (was the Houthis as the object)


def test_vso_attack_subject_is_the_houthi_rebels() -> None:
    doc = run("هاجم المقاتلون الحوثيون مقرا للشرطة.")
    ev = event(doc, "هاجم")
    src = party(doc, ev, "source")
    assert src is not None and src.actor == "YEMREB"
    tgt = party(doc, ev, "target")
    assert tgt is not None and tgt.actor == "COP"


def test_object_after_the_verb_is_the_houthi_rebels() -> None:
    doc = run("استهدفت الطائرات المسلحين الحوثيين قرب صنعاء.")  # (already so: a guard)
    tgt = party(doc, event(doc, "استهدفت"), "target")
    assert tgt is not None and tgt.actor == "YEMREB"


def test_definite_kurdish_gunmen_are_the_subject() -> None:
    doc = run("هاجم المسلحون الأكراد نقطة للجيش.")
    src = party(doc, event(doc, "هاجم"), "source")
    assert src is not None and src.type == "GROUP" and src.name == "المسلحون الأكراد"
    assert src.actor == "KURREB"  # (was the target, KURUAF)


def test_definite_kurdish_gunmen_in_turkey_are_turkish_rebels() -> None:
    doc = run("هاجم المسلحون الأكراد مخفرا في ولاية هكاري جنوب شرق تركيا.")
    src = party(doc, event(doc, "هاجم"), "source")
    assert src is not None and (src.actor, src.country) == ("TURREB", "TUR")


def test_indefinite_kurdish_gunmen_with_no_place_are_kurdish_rebels() -> None:
    doc = run("هاجم مسلحون أكراد نقطة للجيش.")
    src = party(doc, event(doc, "هاجم"), "source")
    assert src is not None and src.actor == "KURREB"  # (was KURUAF)


def test_oblique_nisba_after_nominative_head_is_the_object() -> None:
    doc = run("هاجم المقاتلون الحوثيين قرب تعز أمس.")  # guard: «ـين» after «ـون», another case
    ev = event(doc, "هاجم")
    tgt = party(doc, ev, "target")
    assert tgt is not None and tgt.actor == "YEMREB"
    src = party(doc, ev, "source")
    assert src is None or src.actor != "YEMREB"


def test_army_with_country_adjective_and_object_stay_apart() -> None:
    doc = run("قصفت القوات العراقية المتمردين في الرمادي.")  # guard
    ev = event(doc, "قصفت")
    src, tgt = party(doc, ev, "source"), party(doc, ev, "target")
    assert src is not None and src.actor == "IRQMIL"
    assert tgt is not None and tgt.actor is not None and tgt.actor.endswith("REB")


def test_quote_by_the_houthi_rebels_is_theirs() -> None:
    doc = run("وقال المتمردون الحوثيون في بيان إنهم سيطروا على المدينة.")
    spk = [doc.entity(q.speaker) for q in doc.quotes if q.speaker is not None]
    assert spk and spk[0] is not None and spk[0].actor == "YEMREB"  # (was no speaker)


def test_accusative_kurdish_adjective_after_oblique_head_is_one_object() -> None:
    doc = run("اعتقلت الشرطة مسلحين أكرادا في المدينة.")
    tgt = party(doc, event(doc, "اعتقلت"), "target")
    assert tgt is not None and tgt.actor == "KURREB"  # (was «مسلحين» UAF)


def test_accusative_people_after_nominative_head_is_no_adjective() -> None:
    doc = run("هاجم مسلحون أكرادا في القرية.")  # guard: «أكرادا» is the object, not their adjective
    src = party(doc, event(doc, "هاجم"), "source")
    assert src is not None and src.actor == "UAF"
