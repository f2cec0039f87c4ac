"""Event arguments on constructions of real news, round 4: a source or target phrase is a noun phrase (no finite
verb, no second phrase inside), a title target stands for the name after it, ..."""

from __future__ import annotations

from conftest import event_arg

import rasd
from rasd.doc import Doc


def _run(text: str) -> Doc:
    return rasd.analyze(text, date="2015-08-02")


def test_a_phrase_ends_before_the_verb_after_its_definite_subject() -> None:
    # «الجيش خسر»: a definite noun heads no indefinite word; the verb after it is no part of the phrase
    doc = _run("وقال مصدر إن الجيش خسر، في تلك الاشتباكات، عشرة من جنوده.")
    clash = next(e for e in doc.events if e.plover == "ASSAULT")
    assert event_arg(doc, clash, "source") == "الجيش"


def test_the_subject_and_the_object_after_a_verb_are_two_phrases() -> None:
    doc = _run("بعد أن رفض الأول مقترح الحزب الديمقراطي بشأن التحقيق.")
    reject = next(e for e in doc.events if e.code.startswith("12"))
    assert event_arg(doc, reject, "source") == "الأول"
    assert event_arg(doc, reject, "target").startswith("مقترح")


def test_a_title_target_stands_for_the_name_after_it() -> None:
    doc = _run("وكان الوزيران قد التقيا المبعوث الأممي لشؤون اليمن جمال بن عمر، حيث تم الحديث عن الحل.")
    meet = next(e for e in doc.events if e.code == "040")
    assert event_arg(doc, meet, "target") == "جمال بن عمر"
