"""Round ev876: the maker of a plan is the doer of the steps it holds («أقرت الحكومة خطة لاستعادة المدينة، ثم
اقتحام البلدة ومحاصرتها»); rejecting a plan makes no one its doer («رفضت X خطة Y لـ»: Y's, else no one's)."""

from __future__ import annotations

import pytest

from conftest import news_arg, news_event_rows, news_modality


def _row(text: str, trigger: str) -> tuple[str, str, str | None, str | None, str]:
    rows = [r for r in news_event_rows(text) if r[1] == trigger]
    assert len(rows) == 1, news_event_rows(text)
    return rows[0]


@pytest.mark.parametrize("text, trigger, code, source, target", [
    # the maker named between the verb and the plan noun
    ("وأقرت الحكومة العراقية خطة لاستعادة مدينة الرمادي، ثم اقتحام الفلوجة ومحاصرتها خلال أسابيع.",
     "اقتحام", "190", "الحكومة العراقية", "الفلوجة"),
    # the maker before its verb, inside «إن»
    ("وقال مسؤول عسكري إن الحكومة الليبية وضعت خطة لتحرير مدينة سرت، ثم اقتحام درنة ومحاصرة تنظيم داعش فيها.",
     "ومحاصرة", "191", "الحكومة الليبية", "تنظيم داعش"),
    # «كشفت X عن خطة»: the aim the lexicon reads as «لـ» + a verb, and the step after it
    ("وكشفت الحكومة الأفغانية عن خطة لطرد حركة طالبان من ولاية قندوز ثم محاصرة مقاتليها في الجبال.",
     "لطرد", "190", "الحكومة الأفغانية", "حركة طالبان"),
    ("وكشفت الحكومة الأفغانية عن خطة لطرد حركة طالبان من ولاية قندوز ثم محاصرة مقاتليها في الجبال.",
     "محاصرة", "191", "الحكومة الأفغانية", "مقاتليها"),
    # the plan's owner named after it, whoever rejects it
    ("ورفضت الحكومة اليمنية خطة الحوثيين للسيطرة على مدينة عدن ثم محاصرة الجيش فيها.",
     "للسيطرة", "192", "الحوثيين", "عدن"),
])
def test_plan_maker_does_the_steps(text: str, trigger: str, code: str, source: str, target: str) -> None:
    assert _row(text, trigger) == (code, trigger, source, target, "planned")


def test_maker_read_as_the_pronoun_target_besieges() -> None:
    # «ومحاصرتها»: the pronoun was read as the resistance, the maker; the maker besieges, not itself
    text = ("وقال قائد ميداني إن المقاومة الشعبية الجنوبية أعدت خطة لتحرير المدن الساحلية، ثم الوصول إلى مشارف "
            "العاصمة ومحاصرتها بهدف طرد الحوثيين.")
    assert _row(text, "ومحاصرتها") == ("191", "ومحاصرتها", "المقاومة الشعبية الجنوبية", None, "planned")


@pytest.mark.parametrize("text, trigger, source", [
    ("وضعت القوات الحكومية خطة لتطهير الريف والانتقال إلى المدينة، ثم محاصرة المسلحين فيها.", "محاصرة",
     "القوات الحكومية"),
])
def test_unnamed_maker_is_the_source_phrase(text: str, trigger: str, source: str) -> None:
    # no name: the maker's definite phrase
    assert news_arg(text, trigger) == source
    assert news_modality(text, trigger) == "planned"


def test_pronoun_read_as_doer_becomes_the_target() -> None:
    text = "وأقر الجيش اليمني خطة لتحرير محافظة مأرب، ثم الوصول إلى أطراف صنعاء ومحاصرتها خلال أسابيع."
    assert _row(text, "ومحاصرتها") == ("191", "ومحاصرتها", "الجيش اليمني", "صنعاء", "planned")


@pytest.mark.parametrize("trigger, target", [("للسيطرة", "عدن"), ("محاصرة", "القوات")])
def test_rejected_plan_of_no_one_has_no_doer(trigger: str, target: str) -> None:
    text = "ورفضت الحكومة اليمنية خطة للسيطرة على مدينة عدن ثم محاصرة القوات فيها."
    assert _row(text, trigger) == ("192" if trigger == "للسيطرة" else "191", trigger, None, target, "planned")


def test_step_with_its_own_subject_keeps_it() -> None:
    # «خطة تقوم فيها قوات الصاعقة باقتحام»: the forces named in the plan storm, not the army that announced it
    text = "وأعلن الجيش الليبي خطة تقوم فيها قوات الصاعقة باقتحام بنغازي ومحاصرة المتطرفين."
    assert _row(text, "باقتحام")[2] != "الجيش الليبي"


def test_act_in_a_later_sentence_is_not_the_makers() -> None:
    text = "أعدت حركة حماس خطة لتوسيع الأنفاق. وحاصر الجيش الإسرائيلي مدينة غزة أمس."
    assert _row(text, "وحاصر") == ("191", "وحاصر", "الجيش الإسرائيلي", "غزة", "asserted")


def test_plan_of_an_intent_verb_keeps_its_subject() -> None:
    text = "ويخطط الجيش التركي لاقتحام مدينة جرابلس ثم محاصرة تنظيم داعش فيها."
    rows = {r[1]: r for r in news_event_rows(text)}
    assert rows["محاصرة"][4] == "planned"
    assert rows["محاصرة"][2] != "تنظيم داعش"
