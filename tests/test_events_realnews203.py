"""Round 203 of real news: an act noun that points back takes the parties of the acts of its root told in the
sentence right before, in the same paragraph, where the article's acts of its kind name several parties
(events/pointed_back.py ``told_just_before``): «أسفرت غارات للطيران التركي ... . وأدانت الحكومة القصف»; not
across a paragraph break, not where the sentence before names two doers, not from an act of another root (a
kidnapping after a strike); a definite noun on «لـ/بـ» («للزيارة») points back as «الزيارة» does. Hand-made
sentences (paraphrases, no article text)."""

from __future__ import annotations

from conftest import news_arg

_EARLIER = "هاجم مسلحو تنظيم داعش مواقع الجيش العراقي في الرمادي أمس."
_RAIDS = " وأسفرت غارات للطيران التركي على قرية في شمال العراق عن مقتل عشرة مدنيين."


def test_shelling_condemned_takes_the_doer_of_the_raids_just_before() -> None:
    text = _EARLIER + _RAIDS + " وأدانت حكومة الإقليم القصف بشدة."
    assert news_arg(text, "القصف", "source") == "الطيران التركي"


def test_demonstrated_raids_take_the_doer_of_the_killing_just_before() -> None:
    text = _EARLIER + " ويقول الجيش التركي إنه قتل مئة مقاتل كردي في عملياته. وقالت مصادر كردية إن مدنيين قتلوا في هذه الغارات."
    assert news_arg(text, "الغارات", "source") == "الجيش التركي"


def test_no_doer_across_a_paragraph_break() -> None:
    text = _EARLIER + _RAIDS + "\nوأدانت حكومة الإقليم القصف بشدة."
    assert news_arg(text, "القصف", "source") == ""


def test_no_doer_where_the_sentence_before_names_two_doers() -> None:
    text = (_EARLIER + " وأسفرت غارات للطيران التركي على قرية عن مقتل عشرة، فيما شنت طائرات التحالف الدولي غارات على مدينة الرقة."
            " وأدانت حكومة الإقليم القصف بشدة.")
    assert news_arg(text, "القصف", "source") == ""


def test_kidnapping_takes_no_doer_from_a_strike_just_before() -> None:
    text = (_EARLIER + " وقصفت الطائرات الأميركية مقرات جبهة النصرة في إدلب."
            " وقال ناشطون إن الاختطاف أثار غضب السكان.")
    assert news_arg(text, "الاختطاف", "source") == ""


def test_visit_noun_after_a_preposition_takes_the_visitor() -> None:
    text = "زار الرئيس الفرنسي فرنسوا هولاند القاهرة أمس. وقالت مصادر إن الإعداد للزيارة استغرق شهرا."
    assert news_arg(text, "للزيارة", "source") == "فرنسوا هولاند"
