"""Round ev992: the case endings of a sound masculine plural («ـون/ـين») and of a dual («ـان/ـين») tell subject from
object after a verb (events.plural_cases: ``definite_object``, ``case_break``; events.vso.lone_vso_phrase)."""

from __future__ import annotations

from functools import lru_cache

import rasd
from rasd.doc import Doc
from rasd.events.plural_cases import case_break, definite_object

from conftest import event_at as event
from conftest import event_party as party


@lru_cache(maxsize=None)
def run(text: str) -> Doc:
    return rasd.analyze(text, date="2019-05-20")


def test_definite_oblique_fighters_after_definite_forces_are_the_object() -> None:
    doc = run("هاجمت القوات المقاتلين الأكراد في القرية.")
    ev = event(doc, "هاجمت")
    src, tgt = party(doc, ev, "source"), party(doc, ev, "target")
    assert src is not None and (src.name, src.actor) == ("القوات", "MIL")  # (was «القوات المقاتلين»)
    assert tgt is not None and tgt.name == "المقاتلين الأكراد" and tgt.actor == "KURREB"  # (was «الأكراد»)


def test_definite_oblique_gunmen_after_militias_are_the_object() -> None:
    doc = run("قصفت الميليشيات المسلحين الأكراد داخل الوادي.")  # guard: a feminine plural head
    ev = event(doc, "قصفت")
    src, tgt = party(doc, ev, "source"), party(doc, ev, "target")
    assert src is not None and src.name == "الميليشيات"
    assert tgt is not None and tgt.name == "المسلحين الأكراد" and tgt.actor == "KURREB"


def test_nominative_rebels_then_oblique_houthis_at_sentence_end_are_subject_and_object() -> None:
    doc = run("وهاجم المتمردون الحوثيين.")
    ev = event(doc, "وهاجم") if any(doc.text[e.trigger.start : e.trigger.end] == "وهاجم" for e in doc.events) \
        else event(doc, "هاجم")
    src, tgt = party(doc, ev, "source"), party(doc, ev, "target")
    assert src is not None and src.name == "المتمردون" and src.actor == "REB"  # (was the target, no source)
    assert tgt is not None and tgt.actor == "YEMREB"


def test_nominative_dual_then_oblique_dual_are_subject_and_object() -> None:
    doc = run("هاجم المسلحان الشرطيين عند الحاجز.")
    ev = event(doc, "هاجم")
    tgt = party(doc, ev, "target")
    assert tgt is not None and tgt.name == "الشرطيين" and tgt.actor == "COP"  # (was «المسلحان الشرطيين», passive)
    assert ev.attrs.get("source_text") == "المسلحان"


def test_construct_forces_of_the_fighters_stay_one_phrase() -> None:
    doc = run("هاجمت قوات المقاتلين الأكراد بلدة حدودية.")  # guard: «قوات» has no article, a construct
    src = party(doc, event(doc, "هاجمت"), "source")
    assert src is not None and src.actor == "KURREB"


def test_lone_nominative_plural_after_a_verb_of_harm_stays_the_patient() -> None:
    doc = run("قتل المسلحون في الكمين.")  # guard: no «ـين» object after it
    ev = event(doc, "قتل")
    assert ev.source is None
    tgt = party(doc, ev, "target")
    assert tgt is not None and tgt.name == "المسلحون"


def test_phrase_tests() -> None:
    assert definite_object(("القوات",), "المقاتلين")
    assert definite_object(("القوات", "الحكومية"), "المسلحين")
    assert not definite_object(("قوات",), "المقاتلين")  # a construct: the genitive
    assert not definite_object(("الجنود",), "المسلحين")  # a plural of people: its adjective
    assert not definite_object(("الطرفين",), "المتحاربين")  # a dual: its adjective
    assert not definite_object(("الجيش",), "المصريين")  # no listed plural of an agent group
    assert case_break("المسلحان", "الجنديين")
    assert not case_break("البرلمان", "الأوروبيين")  # no dual of people
    assert not case_break("المسلحان", "جنديين")  # definiteness differs
