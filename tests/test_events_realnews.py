"""Event precision on constructions of real news that a careful analyst rejects: a ceasefire is no assault, an
adjective is no argument, goods that arrive make no visit, a reception of aid is no diplomatic host, an honorific
is no actor. Hand-made Arabic sentences (paraphrases of constructions, other names and places)."""

from __future__ import annotations

import pytest

from rasd.doc import Doc, Event
from rasd.pipeline import Pipeline

from conftest import event_arg, event_at


def _codes(doc: Doc) -> list[str]:
    return [e.code for e in doc.events]


# -- 1. a ceasefire is no assault -------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "وجدد المبعوث الدولي دعوته لوقف إطلاق النار في الإقليم وفقا لخطة من ثلاث نقاط.",
    "وتتضمن المبادرة الوقف الفوري لإطلاق النار وتشكيل حكومة انتقالية.",
    "وقال الوزير إنه يجب أن يكون هناك انسحاب ووقف لإطلاق النار.",
    "وأنهى المسلحون وقفا أحاديا لإطلاق النار يعود إلى عام 2012.",
    "واستمر القصف رغم اتفاق وقف إطلاق النار.",
    "وطالب الزعيم الحزب بوقف هجماته.",
])  # fmt: skip
def test_a_ceasefire_or_a_halt_is_no_assault(pipe: Pipeline, sentence: str) -> None:
    doc = pipe(sentence)
    assert not [e for e in doc.events if e.plover == "ASSAULT" and "وقف" in sentence[e.trigger.start - 12 : e.trigger.end]]
    assert "0871" not in _codes(doc)  # a point of a plan, a hope or a background: no ceasefire declared


def test_an_appeal_for_a_ceasefire_takes_it_as_its_content(pipe: Pipeline) -> None:
    doc = pipe("ودعا وزير الخارجية الطرفين إلى وقف إطلاق النار في المدينة.")
    assert _codes(doc) == ["020"]
    texts = [doc.text[t.start : t.end] for t in doc.events[0].triggers]
    assert "وقف إطلاق النار" in texts


def test_a_declared_ceasefire_is_a_de_escalation(pipe: Pipeline) -> None:
    doc = pipe("وأعلن الجيش وقفا أحاديا لإطلاق النار في الجنوب.")
    ev = event_at(doc, "وقفا أحاديا لإطلاق النار")
    assert (ev.code, ev.plover) == ("0871", "RETREAT")


def test_firing_is_still_an_assault(pipe: Pipeline) -> None:
    doc = pipe("وأطلق المسلحون النار على دورية للشرطة في البلدة.")
    assert event_at(doc, "وأطلق").plover == "ASSAULT"


# -- 2. an adjective after an indefinite noun trigger is no argument -----------------------------------------
@pytest.mark.parametrize("sentence, trigger, adjective", [
    ("ورد المتمردون بقصف عشوائي على المنازل في البلدة.", "بقصف", "عشوائي"),
    ("ونفذت الطائرات غارات مكثفة على مواقع المسلحين في الشمال.", "غارات", "مكثفة"),
    ("وقرر المجلس في اجتماع طارئ رفع الحظر عن الصادرات.", "اجتماع", "طارئ"),
    ("وأجرى الوزير محادثات ثلاثية مع نظيريه في الدوحة.", "محادثات", "ثلاثية"),
    ("وقام رئيس الحكومة بزيارة خاطفة إلى المدينة أمس.", "بزيارة", "خاطفة"),
])  # fmt: skip
def test_an_adjective_after_an_indefinite_trigger_is_no_argument(pipe: Pipeline, sentence: str, trigger: str,
                                                               adjective: str) -> None:  # fmt: skip
    doc = pipe(sentence)
    ev = event_at(doc, trigger)
    assert adjective not in event_arg(doc, ev, "source") and adjective not in event_arg(doc, ev, "target")


def test_past_the_adjective_the_object_of_the_preposition_is_the_target(pipe: Pipeline) -> None:
    doc = pipe("ورد المتمردون بقصف عشوائي على المنازل في البلدة.")
    assert event_arg(doc, event_at(doc, "بقصف"), "target") == "المنازل"


@pytest.mark.parametrize("sentence, trigger, genitive", [
    ("وأعلن الجيش مقتل جنديين في كمين قرب الحدود.", "مقتل", "جنديين"),
    ("وأعلنت الوزارة مقتل جندي أفغاني أمس في هجوم قرب العاصمة.", "مقتل", "جندي"),
    ("واتهم المحامون الشرطة بتعذيب معتقلي «خلية الجبل» في السجن.", "بتعذيب", "معتقلي"),
])  # fmt: skip
def test_a_genitive_that_looks_like_a_nisba_is_still_the_target(pipe: Pipeline, sentence: str, trigger: str,
                                                                genitive: str) -> None:  # fmt: skip
    doc = pipe(sentence)
    assert genitive in event_arg(doc, event_at(doc, trigger), "target")


# -- 3./4. goods that arrive make no visit, a reception of things hosts no one ------------------------------
@pytest.mark.parametrize("sentence", [
    "وقال المسؤول إن تلك المساعدات تصل إلى مناطق السودان انطلاقا من الميناء.",
    "ووصلت إلى مطار الخرطوم أمس طائرة إغاثية محملة بالأدوية.",
    "وأكد المدير أن مطار الخرطوم الدولي جاهز لاستقبال كل المساعدات الإغاثية.",
    "وقال المحافظ إن الميناء استقبل نحو 30 باخرة متنوعة منذ بداية الشهر.",
    "وتبدأ الوزارة اليوم في استقبال طلبات الراغبين في الدراسة.",
])  # fmt: skip
def test_things_make_and_host_no_visit(pipe: Pipeline, sentence: str) -> None:
    doc = pipe(sentence)
    assert not [e for e in doc.events if e.code in ("042", "043")]


def test_a_visitor_still_arrives_and_a_guest_is_still_received(pipe: Pipeline) -> None:
    doc = pipe("ووصل إلى الخرطوم أمس وزير الخارجية المصري سامح شكري في زيارة رسمية.")
    assert [e.code for e in doc.events if e.code == "042"]
    doc = pipe("واستقبل الملك سلمان في جدة أمس الرئيس الفرنسي فرنسوا هولاند.")
    assert event_arg(doc, event_at(doc, "واستقبل"), "target") == "فرنسوا هولاند"


# -- 5. an honorific is no actor: what follows it is ------------------------------------------------------
@pytest.mark.parametrize("sentence, trigger, actor", [
    ("والتقى معالي وزير الخارجية الأستاذ خالد الفيصل نظيره الفرنسي أمس.", "والتقى", "خالد الفيصل"),
    ("وتأتي زيارة صاحب السمو الملكي الأمير محمد بن نايف إلى باريس بعد أسبوع.", "زيارة", "محمد بن نايف"),
    ("وأكد معالي وزير الشؤون البلدية ضرورة تطوير العمل.", "وأكد", "وزير الشؤون"),
])  # fmt: skip
def test_the_name_or_title_after_an_honorific_is_the_actor(pipe: Pipeline, sentence: str, trigger: str,
                                                           actor: str) -> None:  # fmt: skip
    doc = pipe(sentence)
    assert event_arg(doc, event_at(doc, trigger), "source") == actor


def test_an_honorific_pronoun_is_no_actor(pipe: Pipeline) -> None:
    doc = pipe("وأكد معاليه أن المملكة تدعم الحل السياسي.")
    assert "معالي" not in event_arg(doc, event_at(doc, "وأكد"), "source")
