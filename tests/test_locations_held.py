"""Round lo408: a meeting noun said held further on, past its adjectives, genitives and partner, by a relative with a
verb of holding («الذي سيعقد في نيويورك») or a participle («المنعقد بالدوحة») is held there (events.where_held).
Hand-made sentences (paraphrases of the 347), each with a counter-case."""

from __future__ import annotations

from conftest import news_place


def test_participle_of_holding_with_bi_place() -> None:
    text = ("واستقبل الأمير وزراء خارجية دول مجلس التعاون، لحضور اجتماعهم المشترك مع وزير الخارجية الأميركي جون "
            "كيري المنعقد بالدوحة.")
    assert news_place(text, "اجتماعهم") == "الدوحة"


def test_relative_with_a_future_verb_of_holding() -> None:
    text = ("وقال إن المحادثات حققت تقدما سيستكمل في الاجتماع الوزاري الخامس لمنتدى التعاون بين الجانبين، الذي "
            "سيعقد في نيويورك الشهر المقبل.")
    assert news_place(text, "الاجتماع") == "نيويورك"


def test_relative_verb_with_an_object_is_not_said_of_the_meeting() -> None:
    # counter-case: «التي تعقد جلساتها في» says where the government meets, not where this meeting is
    text = "ورحب الوزير بنتائج الاجتماع الوزاري مع الحكومة التي تعقد جلساتها في نيويورك."
    assert news_place(text, "الاجتماع") != "نيويورك"


def test_participle_of_another_verb_gives_no_place() -> None:
    # counter-case: «المقيم في» is where the minister lives, not a holding
    text = ("واستقبل الأمير وزراء خارجية دول مجلس التعاون، لحضور اجتماعهم المشترك مع السفير الأميركي المقيم "
            "بالدوحة.")
    assert news_place(text, "اجتماعهم") != "الدوحة"
