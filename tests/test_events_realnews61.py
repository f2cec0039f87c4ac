"""Round 61 of real news: the sources of violence. A monitor or the press that tells of a killing is no one who
killed («قال المرصد ...، اليوم (الأحد)، إن 20 شخصا قتلوا»; «وتوقعت المصادر هجوما»); a killing told as the result
of raids is the raiders' («أسفرت غارات للطيران التركي على قرية عن مقتل ...»); the pronoun on a masdar of doing
(«قيامها باختطاف») stands for the subject of its clause where they agree."""

from __future__ import annotations

from conftest import news_arg, news_event


def test_a_monitor_that_tells_of_a_killing_did_not_kill() -> None:
    text = "قال المرصد السوري لحقوق الإنسان، اليوم (الأحد)، إن 20 شخصا قتلوا حين سقطت قذيفة على سوق في المدينة."
    assert news_arg(text, "قتلوا", "source") == ""
    assert news_arg(text, "قتلوا", "target") == "20 شخصا"
    # what it says the planes did, the planes did
    text = "وقال المرصد السوري لحقوق الإنسان إن الطائرات الحربية قتلت 31 شخصا في المدينة."
    assert news_arg(text, "قتلت", "source") == "الطائرات الحربية"


def test_unnamed_sources_that_expect_an_attack_make_none() -> None:
    text = "وتوقعت هذه المصادر هجوما وشيكا على المدينة."
    assert news_arg(text, "هجوما", "source") == ""
    assert news_arg(text, "هجوما", "target") == "المدينة"
    # an army that launches one makes it
    text = "وشن الجيش هجوما وشيكا على المدينة."
    assert news_arg(text, "هجوما", "source") == "الجيش"


def _toll_host(text: str, act: str, toll: str) -> str:
    """Round ev312: the toll is a trigger of the act's event (one event); that event's source phrase."""
    doc, ev = news_event(text, act)
    assert toll in [doc.text[t.start : t.end] for t in ev.triggers]
    assert toll not in [doc.text[e.trigger.start : e.trigger.end] for e in doc.events]
    return news_arg(text, act, "source")


def test_a_killing_that_raids_resulted_in_is_the_raiders() -> None:
    # round ev312: the killing is the raids' toll, one event (its expectations were on a separate killing event)
    text = "وأسفرت غارات للطيران التركي على قرية في الشمال عن مقتل ثمانية مدنيين."
    assert news_arg(text, "غارات", "source") == "الطيران التركي"
    assert _toll_host(text, "غارات", "مقتل") == "الطيران التركي"
    text = "وأسفرت غارات للطيران التركي، فجر أمس، على قرية في الشمال عن مقتل ثمانية مدنيين."
    assert _toll_host(text, "غارات", "مقتل") == "الطيران التركي"
    text = "وأدى القصف الإسرائيلي على غزة إلى مقتل عشرة أشخاص."
    assert _toll_host(text, "القصف", "مقتل") == "الإسرائيلي"
    # after «ما/مما», the act of force of the clause before
    text = "وأفاد ناشطون بأن قوات النظام قصفت مناطق في البلدة ما أدى إلى مقتل 3 مواطنين."
    assert _toll_host(text, "قصفت", "مقتل") == "قوات النظام"
    text = "وقامت المروحيات بقصف الخلية في المنطقة، مما أسفر عن مقتل 6 مسلحين."
    assert _toll_host(text, "بقصف", "مقتل") == "المروحيات"
    # a killing with no attack before it has no one named
    text = "وأسفر الحادث عن مقتل عشرة أشخاص."
    assert news_arg(text, "مقتل", "source") == ""


def test_the_pronoun_on_a_masdar_of_doing_is_the_clauses_subject() -> None:
    text = "وأعلنت الجماعة قيامها باختطاف جنديين."
    assert news_arg(text, "باختطاف", "source") == "الجماعة"
    text = "وأعلن المسلحون قيامهم باختطاف جنديين."
    assert news_arg(text, "باختطاف", "source") == "المسلحون"
    text = "وأكد الجيش قيامه بقصف مواقع المتمردين."
    assert news_arg(text, "بقصف", "source") == "الجيش"
    # a pronoun that does not agree with the subject stands for someone else
    text = "واتهم الجيش الجماعة بعد قيامها باختطاف جنديين."
    assert news_arg(text, "باختطاف", "source") != "الجيش"
    # the genitive of «إقدام» dares
    text = "وأدان الوزير إقدام مسلحين على قتل الصحفي."
    assert news_arg(text, "قتل", "source") == "مسلحين"
