"""ev832: the doer of «تمكن/نجح X من/في (استكمال) + masdar» does the masdar, a pronoun-suffixed masdar's definite
noun after it is its object, and «محاصرة» is the masdar of «حاصر» only where it governs an object."""

from __future__ import annotations

from conftest import news_event_rows


def _rows(text: str, trigger: str) -> list[tuple[str, str, str | None, str | None, str]]:
    return [r for r in news_event_rows(text) if r[1] == trigger]


def test_the_masdar_after_istikmal_has_the_able_subject_past_a_comma_and_its_object() -> None:
    text = "وأكد المصدر أن «تنظيم داعش تمكن خلال المعارك التي تدور حتى الآن، من استكمال محاصرته القوات الموجودة في مصفى بيجي»."
    assert _rows(text, "محاصرته") == [("191", "محاصرته", "تنظيم داعش", "القوات", "reported")]


def test_the_masdar_after_istikmal_without_a_comma() -> None:
    text = "وتمكنت القوات العراقية من استكمال محاصرة مدينة الفلوجة."
    assert _rows(text, "محاصرة") == [("191", "محاصرة", "القوات العراقية", "الفلوجة", "asserted")]


def test_success_with_a_continuing_masdar_gives_the_subject_to_the_act() -> None:
    text = "ونجحت القوات العراقية في مواصلة قصف مواقع تنظيم داعش."
    rows = _rows(text, "قصف")
    assert [r[2] for r in rows] == ["القوات العراقية"]


def test_a_continuing_verb_with_a_pronoun_masdar_takes_the_noun_after_as_object() -> None:
    text = "وواصل الجيش اليمني محاصرته المدينة منذ أسابيع."
    assert _rows(text, "محاصرته") == [("191", "محاصرته", "الجيش اليمني", "المدينة", "asserted")]


def test_negated_ability_negates_the_chained_act() -> None:
    text = "ولم يتمكن الجيش السوري من استكمال محاصرة المدينة."
    assert [r[4] for r in _rows(text, "محاصرة")] == ["negated"]


def test_no_force_event_for_reaching_an_agreement() -> None:
    text = "وتمكن الطرفان من الوصول إلى اتفاق بشأن الأسرى."
    assert not [r for r in news_event_rows(text) if r[0].startswith("19")]


def test_the_participle_besieged_is_no_siege() -> None:
    for text in ("وكانت القاعدة محاصرة من قبل المقاومة الشعبية.", "وقال إن النصرة صارت محاصرة لهذا غيرت خطتها.",
                 "وهي قوات منهكة ومحاصرة من كل الجهات."):
        assert not _rows(text, "محاصرة") and not _rows(text, "ومحاصرة"), text


def test_a_figurative_siege_is_no_event() -> None:
    text = "وقال الوزير إن القرار يهدف إلى محاصرة خطوات الإرهابيين."
    assert not _rows(text, "محاصرة")
