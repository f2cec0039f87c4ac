"""Round ev610: an indefinite noun right before a verb that agrees with it is that verb's subject (صفة)."""

from __future__ import annotations

from conftest import news_arg


def _event(text: str, trigger: str) -> tuple[str, str]:
    return news_arg(text, trigger), news_arg(text, trigger, "target")


def test_feminine_verb_after_plural_of_things() -> None:
    src, tgt = _event("وواجهت الحكومة دعوات متشددة انتقدت دعوة المملكة.", "انتقدت")
    assert src == "دعوات متشددة"
    assert tgt == "دعوة المملكة"


def test_masculine_verb_after_masculine_noun() -> None:
    src, tgt = _event("وأكد المتحدث أن وفدا رفيعا يزور الرياض غدا.", "يزور")
    assert src == "وفدا رفيعا"
    assert tgt == "الرياض"


def test_masculine_perfect_may_be_a_masdar() -> None:
    # counter-case: «إذا رفض الكونغرس الاتفاق»: no noun before it, the subject after it
    assert _event("وقال إنه إذا رفض الكونغرس الاتفاق فستعود إيران إلى المفاوضات.", "رفض")[0] == "الكونغرس"


def test_plural_of_people_already_svo() -> None:
    src, _ = _event("وقال الوزير إن مسلحين هاجموا مركزا للشرطة في المدينة.", "هاجموا")
    assert src == "مسلحين"


def test_time_noun_is_no_subject() -> None:
    src, _ = _event("وقضى الوفد أياما زار خلالها الرياض.", "زار")
    assert src != "أياما"


def test_disagreeing_noun_is_no_subject() -> None:
    src, _ = _event("وواجهت الحكومة دعوات متشددة انتقد الوزير فيها المملكة.", "انتقد")
    assert src != "دعوات متشددة"


def test_definite_noun_keeps_its_reading() -> None:
    src, tgt = _event("وواجهت الحكومة الدعوات المتشددة انتقدت المملكة.", "انتقدت")
    assert src != "الدعوات المتشددة" or tgt is not None
