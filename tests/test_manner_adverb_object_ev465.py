"""Round ev465: a lone «بـ» adverb of manner after a verb (``manner_ba_adverbs``: «بالفعل», «بالتأكيد», «بالكامل»)
is no «بـ» object of it (``events.objects.adverbial``, ``after_adverbials``), nor is a count of times («عدة مرات»,
«للمرة الثانية»: ``repeat_adverb``): «لقد التقيت بالفعل عدة مرات السيد أكينجي»: the one met is named after them."""

from __future__ import annotations

from conftest import news_arg


def test_the_one_met_past_already_and_a_count_of_times() -> None:
    text = "وقال الرئيس القبرصي: لقد التقيت بالفعل عدة مرات السيد أكينجي، وكانت اجتماعاتنا إيجابية."
    assert news_arg(text, "التقيت", "target") == "أكينجي"


def test_the_one_met_past_certainly() -> None:
    text = "وقال مسؤول إن الوزير التقى بالتأكيد عدة مرات الرئيس التركي رجب طيب أردوغان."
    assert news_arg(text, "التقى", "target") == "رجب طيب أردوغان"


def test_a_ba_object_is_still_the_one_met() -> None:
    # counter-case: «بـ» on a person is the object of «التقى بـ», no adverb to read past
    text = "وقال مسؤول إن الوزير التقى بالرئيس التركي رجب طيب أردوغان عدة مرات."
    assert news_arg(text, "التقى", "target") == "رجب طيب أردوغان"


def test_the_adverb_alone_is_no_target() -> None:
    # counter-case: nothing named after the adverb: no one met is read into it
    text = "وقال الرئيس القبرصي: لقد التقيت بالفعل عدة مرات، وكانت اجتماعاتنا إيجابية."
    assert news_arg(text, "التقيت", "target") == ""


def test_a_count_of_times_alone_is_no_target() -> None:
    # round ev465: «عدة مرات» after the verb is how often, not whom («مرات» was read as the one met)
    text = "وقال الرئيس القبرصي: لقد التقيت عدة مرات، وكانت اجتماعاتنا إيجابية."
    assert news_arg(text, "التقيت", "target") == ""


def test_the_one_met_past_a_count_of_times() -> None:
    text = "وقال الرئيس القبرصي إنه التقى عدة مرات وزير الخارجية التركي."
    assert news_arg(text, "التقى", "target") == "وزير الخارجية التركي"


def test_the_one_met_past_the_nth_time() -> None:
    text = "وقال الرئيس القبرصي إنه التقى للمرة الثانية الرئيس التركي رجب طيب أردوغان."
    assert news_arg(text, "التقى", "target") == "رجب طيب أردوغان"
