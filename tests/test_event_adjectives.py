"""A noun trigger's adjective is not its actor: a definite noun heads no genitive («اللقاء الأول»), and an
indefinite accusative is followed by its adjective («لقاءً ثلاثيًا»); past the adjective, the person whose act
it is still counts («الزيارة المرتقبة للملك سلمان»). Hand-made Arabic sentences."""

from __future__ import annotations

import pytest

from rasd.events.objects import bare_definite
from rasd.pipeline import Pipeline

from conftest import event_arg, event_at


def test_definite_and_accusative_forms() -> None:
    assert bare_definite("واللقاء") == (True, False)
    assert bare_definite("للمفاوضات") == (True, False)
    assert bare_definite("لقاءً") == (False, True)
    assert bare_definite("ثلاثيًا") == (False, True)
    assert bare_definite("زيارة") == (False, False)


@pytest.mark.parametrize("sentence, trigger, adjective", [
    ("وهذا هو اللقاء الأول الذي يجمع الوزير بنظرائه منذ الاتفاق.", "اللقاء", "الأول"),
    ("وجاء الاتفاق بعد المفاوضات المضنية بين الطرفين.", "المفاوضات", "المضنية"),
    ("وقال المحلل إن استمرار الهجوم يشكل عامل ضغط كبير على المتمردين.", "الهجوم", "يشكل"),
])  # fmt: skip
def test_a_definite_nouns_adjective_is_not_its_actor(pipe: Pipeline, sentence: str, trigger: str,
                                                     adjective: str) -> None:  # fmt: skip
    doc = pipe(sentence)
    assert adjective not in event_arg(doc, event_at(doc, trigger), "source")


def test_past_an_accusative_adjective_the_named_parties_meet(pipe: Pipeline) -> None:
    doc = pipe("وسيعقد وزير الخارجية الروسي سيرغي لافروف لقاءً ثلاثيًا يضم لافروف مع نظيره الأميركي جون كيري.")
    ev = event_at(doc, "لقاءً")
    assert "ثلاثي" not in event_arg(doc, ev, "source")
    assert event_arg(doc, ev, "source") == "سيرغي لافروف"


def test_the_person_after_the_adjective_is_the_actor(pipe: Pipeline) -> None:
    doc = pipe("وبحث الوزير الزيارة المرتقبة لخادم الحرمين الشريفين الملك سلمان بن عبد العزيز إلى روسيا.")
    assert event_arg(doc, event_at(doc, "الزيارة"), "source") == "سلمان بن عبد العزيز"


def test_a_genitive_after_an_indefinite_noun_is_still_the_actor(pipe: Pipeline) -> None:
    doc = pipe("وتأتي زيارة الرئيس الفرنسي فرنسوا هولاند إلى القاهرة بعد أسبوع.")
    assert event_arg(doc, event_at(doc, "زيارة"), "source") == "فرنسوا هولاند"
