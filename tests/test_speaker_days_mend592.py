"""Round mend592: an occasion's day goes on only to what the same speaker says next (``events.speaker_days``): a
speech act whose own sentence tells another subject after its verb («واتهم المتمردون الحكومة») is not the last
speaker's, whatever source it had when the day was carried. Hand-made sentences, dated 2015-08-02 by
``analyze_news`` («أمس»: 2015-08-01)."""

from __future__ import annotations

from conftest import news_date

LEAD = "تبدأ في أديس أبابا اليوم جولة جديدة من مفاوضات السلام بين الحكومة والمتمردين.\n\n"
WARNED = ("وحذر الرئيس الأميركي باراك أوباما أمس، الحكومة من أن الولايات المتحدة ستتحرك وفق خطة أخرى.\n\n"
          "ويعيش معظم سكان البلاد في حالة عوز شديد.\n\n")


def test_counter_another_subject_after_the_verb_keeps_the_article_day() -> None:
    text = LEAD + WARNED + "واتهم المتمردون الحكومة بتجويع السكان في المناطق الشمالية."
    assert news_date(text, "واتهم") == "2015-08-02"


def test_counter_another_subject_after_an_opening_verb_of_statement() -> None:
    text = LEAD + WARNED + "وأكد المتمردون أن الحكومة تمنع وصول المساعدات."
    assert news_date(text, "وأكد") == "2015-08-02"


def test_the_warning_speaker_named_again_keeps_the_day() -> None:
    text = LEAD + WARNED + "وأكد أوباما أن بلاده تدعم جهود الوسطاء الأفارقة."
    assert news_date(text, "وأكد") == "2015-08-01"

