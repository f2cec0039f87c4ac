"""Round ev884: a noun act told again with the words of the act told just before takes that act's doer
(rasd.events.again_doers)."""

from __future__ import annotations

from conftest import news_arg, news_event_rows


def test_declaration_told_again_is_the_presidents() -> None:
    text = ("وفي الخامس من مارس أعلن الرئيس الغاني جون ماهاما حالة الطوارئ في شمال البلاد لستين يوما. "
            "وقال الرئيس وقتها إن إعلان حالة الطوارئ جاء بسبب تصاعد الهجمات على القرى.")
    rows = [r for r in news_event_rows(text) if r[1] == "إعلان"]
    assert rows == [("1724", "إعلان", "جون ماهاما", None, "reported")]


def test_arrest_told_again_is_the_polices() -> None:
    text = ("واعتقلت الشرطة الإيرانية الناشطة نرجس محمدي في طهران. "
            "وندد المحامي باعتقال الناشطة نرجس محمدي ووصفه بأنه تعسفي.")
    assert news_arg(text, "باعتقال") == "الشرطة الإيرانية"
    assert news_arg(text, "باعتقال", "target") == "نرجس محمدي"


def test_attack_told_again_takes_the_unnamed_gunmen() -> None:
    text = ("وهاجم مسلحون أكراد مركز الشرطة في مدينة ماردين فجر أمس. "
            "وذكرت الوكالة أن ثلاثة من المسلحين الذين شاركوا في الهجوم على مركز الشرطة قتلوا.")
    # (the verb's own source phrase, as the argument layer reads it; with its people's plural since round ev987)
    assert news_arg(text, "وهاجم") == "مسلحون أكراد"
    assert news_arg(text, "الهجوم") == "مسلحون أكراد"


def test_filler_words_after_the_noun_name_no_act() -> None:
    # «وقتل ما لا يقل عن»: the same verb with function words after it is another killing, not the one before
    text = ("وقتل مسلحون عشرة جنود في هجوم على الحدود الشمالية. "
            "وقتل ما لا يقل عن 20 مقاتلا في غارات شنتها الطائرات.")
    rows = [r for r in news_event_rows(text) if r[1] == "وقتل"]
    assert rows[0][2] == "مسلحون"
    assert rows[1][2] != "مسلحون"


def test_other_words_after_the_noun_are_another_act() -> None:
    # the declaration of a curfew is not the declaration of the state of emergency told before
    text = ("وأعلن الرئيس الغاني جون ماهاما حالة الطوارئ في شمال البلاد. "
            "وجاء إعلان حظر التجول في العاصمة بعد أيام من ذلك.")
    assert news_arg(text, "إعلان") == ""
