"""Round 146 of real news: sources left null where the subject is a body's bare noun, the members of a body, the
two sides told by their country adjectives, a visit «من X إلى Y», or an attack «نسب بعضها إلى» a body
(events/side_sources.py). Hand-made sentences (paraphrases, no article text)."""

from __future__ import annotations

from conftest import news_arg, news_event


def test_bare_council_is_the_council_named_before() -> None:
    text = "وأصدر المجلس الأعلى للقضاء في ليبيا بيانا أمس. ونفى المجلس تلقيه أي شكوى تتعلق بالمحاكمة."
    assert news_arg(text, "ونفى") == "المجلس الأعلى للقضاء"


def test_bare_council_with_no_council_named_stays_null() -> None:
    text = "وقالت جبهة النصرة إن مقاتليها سيطروا على القرية. ونفى المجلس تلقيه أي شكوى تتعلق بالمحاكمة."
    doc, ev = news_event(text, "ونفى")
    assert ev.source is None


def test_members_of_the_council_named_before() -> None:
    text = "وعقد أعضاء مجلس الأمن الدولي جلسة مغلقة أمس. وحث الأعضاء جميع الأطراف على وقف العنف."
    assert news_arg(text, "وحث") == "مجلس الأمن الدولي"


def test_members_with_no_body_before_stay_null() -> None:
    text = "وحث الأعضاء جميع الأطراف على وقف العنف."
    doc, ev = news_event(text, "وحث")
    assert ev.source is None


def test_two_sides_by_their_adjectives() -> None:
    text = ("وأكد الوزير اليمني أن الرئيس المصري شدد على الحل السياسي في اليمن. واتفق الجانبان المصري واليمني "
            "على ذلك، بحسب ما أضاف الوزير في القاهرة.")
    assert news_arg(text, "واتفق") == "مصر"
    assert news_arg(text, "واتفق", "target") == "اليمن"


def test_bare_two_sides_take_no_country() -> None:
    text = "واتفق الجانبان على ذلك، بحسب ما أضاف الوزير في القاهرة."
    doc, ev = news_event(text, "واتفق")
    assert ev.source is None


def test_visits_from_a_union_to_a_country() -> None:
    text = "وشهدت الأشهر الماضية زيارات رفيعة المستوى من الاتحاد الأوروبي إلى تونس."
    assert news_arg(text, "زيارات") == "الاتحاد الأوروبي"


def test_visits_to_a_country_from_unnamed_delegations_stay_null() -> None:
    text = "وشهدت الأشهر الماضية زيارات رفيعة المستوى إلى تونس من وفود عديدة."
    doc, ev = news_event(text, "زيارات")
    assert ev.source is None


def test_attacks_some_attributed_to_the_group_named_before() -> None:
    text = ("وسيطر تنظيم داعش على مدن عدة في سوريا. لكن تركيا غيرت موقفها بعد هجمات دامية على أراضيها نسب "
            "بعضها إلى التنظيم المتطرف.")
    assert news_arg(text, "هجمات") == "تنظيم داعش"


def test_attacks_attributed_to_a_named_party_past_a_partitive() -> None:
    text = "وقعت هجمات دامية في أنقرة نسب بعضها إلى حزب العمال الكردستاني."
    assert news_arg(text, "هجمات") == "حزب العمال الكردستاني"


def test_attacks_attributed_to_a_bare_group_never_named_stay_null() -> None:
    text = "وقعت هجمات دامية في أنقرة نسب بعضها إلى التنظيم المتطرف."
    doc, ev = news_event(text, "هجمات")
    assert ev.source is None


def test_coordinated_that_clause_keeps_the_one_obliged() -> None:
    text = ("وقال النائب إن على الحزب أن يلقي سلاحه، ويجب على الحكومة التركية في المقابل أن توقف عملياتها، وأن تعلن "
            "بدء الحوار.")
    assert news_arg(text, "تعلن") == "الحكومة التركية"


def test_coordinated_that_clause_after_another_clause_takes_no_obliged_body() -> None:
    text = "ويجب على الحكومة التركية أن توقف عملياتها، وقال الوزير إن المعارضة يجب أن تلقي السلاح وأن تعلن قبولها الحوار."
    doc, ev = news_event(text, "تعلن")
    assert ev.source is None


def test_meeting_of_her_is_the_movement_named_long_before() -> None:
    text = ("وقالت حركة طالبان إنها ستختار قائدا جديدا. وتحدث مسؤول عن المفاوضات مع الحكومة. وقال الوزير إن الوضع "
            "صعب. ولم يشر إلى الملا منصور الذي كان قد اختير زعيما للحركة عقب اجتماع لها في باكستان.")
    assert news_arg(text, "اجتماع") == "حركة طالبان"


def test_meeting_of_her_with_no_movement_named_stays_null() -> None:
    text = "ولم يشر إلى الملا منصور الذي كان قد اختير زعيما للحركة عقب اجتماع لها في باكستان."
    doc, ev = news_event(text, "اجتماع")
    assert ev.source is None


def test_bare_council_far_after_two_councils_stays_null() -> None:
    text = ("وانتقد مجلس الأمن الدولي الهجوم. وانتقد مجلس النواب الليبي القرار. وقال الوزير إن الوضع صعب. "
            "وأضاف أن الحوار مستمر. ونفى المجلس تلقيه أي شكوى تتعلق بالمحاكمة.")
    doc, ev = news_event(text, "ونفى")
    assert ev.source is None
