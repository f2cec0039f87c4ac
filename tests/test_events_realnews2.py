"""Events on real news, round 2: arrivals with the subject between the verb and «إلى» (people, bodies and
delegations arrive on a visit, things and troops do not), light or relative verbs are no actors, appeals with
«لـ» + an act, arriving aid. Hand-made Arabic sentences (paraphrases of constructions, other names and places)."""

from __future__ import annotations

import pytest

from rasd.doc import Doc, Event
from rasd.pipeline import Pipeline

from conftest import event_arg


def _visits(doc: Doc) -> list[Event]:
    return [e for e in doc.events if e.code == "042"]


# -- 1. VSO arrivals: «ووصل الرئيس ... إلى الرياض» ------------------------------------------------------------
@pytest.mark.parametrize("sentence, visitor, place", [
    ("ووصل الرئيس التونسي الباجي قائد السبسي إلى الدوحة أمس في زيارة رسمية.", "السبسي", "الدوحة"),
    ("ووصل وزير الخارجية الألماني، فرانك شتاينماير، إلى بغداد مساء الأحد.", "شتاينماير", "بغداد"),
    ("ووصل وفد برلماني أوروبي إلى القاهرة أمس.", "وفد", "القاهرة"),
])  # fmt: skip
def test_a_person_or_a_delegation_named_after_the_verb_arrives(pipe: Pipeline, sentence: str, visitor: str,
                                                                place: str) -> None:  # fmt: skip
    doc = pipe(sentence)
    evs = _visits(doc)
    assert len(evs) == 1
    assert visitor in event_arg(doc, evs[0], "source") and place in event_arg(doc, evs[0], "target")


@pytest.mark.parametrize("sentence", [
    "ووصلت الرسائل إلى الخرطوم في اليوم نفسه.",
    "ووصلت هجمات التنظيم إلى قلب باريس.",
    "ووصلت قوات الجيش إلى مدينة تكريت فجر اليوم.",
    "ووصلت كاسحات الألغام البريطانية إلى البحرين.",
    "ووصل عدد القتلى إلى بغداد.",
])  # fmt: skip
def test_things_troops_and_abstractions_make_no_visit(pipe: Pipeline, sentence: str) -> None:
    assert not _visits(pipe(sentence))


def test_a_name_then_a_comma_after_kana_is_the_subject(pipe: Pipeline) -> None:
    doc = pipe("وكان الشيخ تميم بن حمد، وصل أمس إلى الكويت في زيارة رسمية التقى خلالها أمير البلاد.")
    evs = _visits(doc)
    assert evs and "تميم" in event_arg(doc, evs[0], "source") and "الكويت" in event_arg(doc, evs[0], "target")


# -- 2. a light or relative verb is no actor -------------------------------------------------------------------
@pytest.mark.parametrize("sentence, trigger, actor", [
    ("وتراجع المقاتلون بعد هجوم شنه «حزب الله» على مقرات الجيش.", "هجوم", "حزب الله"),
    ("وتواجه الحكومة هجمات يشنها تنظيم داعش على مواقعها في الشرق.", "هجمات", "داعش"),
])  # fmt: skip
def test_the_subject_of_a_relative_light_verb_is_the_actor(pipe: Pipeline, sentence: str, trigger: str,
                                                            actor: str) -> None:  # fmt: skip
    doc = pipe(sentence)
    ev = next(e for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == trigger)
    assert actor in event_arg(doc, ev, "source")


@pytest.mark.parametrize("sentence, verb", [
    ("وقال المحافظ خلال اجتماع حضره عدد من المسؤولين إن الوضع مستقر.", "حضره"),
    ("وتقدم المسلحون بعد سلسلة هجمات نفذها ضد مطار المدينة.", "نفذها"),
    ("وقال الوزير في اتصال هاتفي أجرته معه الصحيفة إن الحوار مستمر.", "أجرته"),
])  # fmt: skip
def test_a_relative_verb_is_never_the_source(pipe: Pipeline, sentence: str, verb: str) -> None:
    doc = pipe(sentence)
    assert all(verb not in event_arg(doc, e, "source") for e in doc.events)


def test_fa_opens_a_new_phrase(pipe: Pipeline) -> None:
    doc = pipe("وقال إنه إذا نجحت محادثات الحكومة فليكن ذلك.")
    ev = next(e for e in doc.events if e.code == "040")
    assert "فليكن" not in event_arg(doc, ev, "source")


# -- 3. an appeal noun with «لـ» + an act ----------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "وجدد المبعوث الأممي دعوته لوقف إطلاق النار في المحافظة.",
    "ورحب الوزير بالدعوة الفرنسية لإجراء انتخابات مبكرة.",
    "وتتجدد الدعوات لتشكيل حكومة وحدة وطنية.",
])  # fmt: skip
def test_an_appeal_noun_takes_lam_and_an_act(pipe: Pipeline, sentence: str) -> None:
    assert "020" in [e.code for e in pipe(sentence).events]


def test_an_appeal_for_a_ceasefire_with_lam_takes_it_as_its_content(pipe: Pipeline) -> None:
    doc = pipe("وجدد المبعوث الأممي دعوته لوقف إطلاق النار في المحافظة.")
    ev = next(e for e in doc.events if e.code == "020")
    assert "لوقف إطلاق النار" in [doc.text[t.start : t.end] for t in ev.triggers]


def test_an_appeal_noun_to_a_definite_noun_is_no_appeal(pipe: Pipeline) -> None:
    assert "020" not in [e.code for e in pipe("وتلقى الرئيس دعوة للرئيس الفرنسي.").events]


def test_who_receives_an_invitation_does_not_make_it(pipe: Pipeline) -> None:
    doc = pipe("وقال البيان إن المدير تلقى، صباح أمس، دعوة من اللجنة للاجتماع بها.")
    ev = next(e for e in doc.events if e.code == "020")
    assert "المدير" not in event_arg(doc, ev, "source")


# -- 5. a lone adjective after the word it describes is no actor ------------------------------------------------
@pytest.mark.parametrize("sentence, trigger, adjective", [
    # (round 104: a call with no other party in a sentence of reported words is only their medium, no event; the
    # call here has a party of its own)
    ("وقال نائب مدير مطار بغداد الدولي، خلال اتصال هاتفي مع نظيره التركي، إن الرحلات مستمرة.", "اتصال هاتفي",
     "الدولي"),
    ("وتقدمت القوات في ريف حلب الشمالي، بعد سلسلة هجمات على البلدة.", "هجمات", "الشمالي"),
    ("وأوضحت الهيئة موقفها من مقترحات مارتن غريفيث الأخيرة وبالتحديد دعوته لإنشاء مجموعات عمل.", "دعوته", "الأخيرة"),
])  # fmt: skip
def test_a_lone_adjective_before_a_noun_trigger_is_no_actor(pipe: Pipeline, sentence: str, trigger: str,
                                                          adjective: str) -> None:  # fmt: skip
    doc = pipe(sentence)
    ev = next(e for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == trigger)
    assert adjective not in event_arg(doc, ev, "source")
