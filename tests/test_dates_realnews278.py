"""Round 278: event dates. The object noun of a present verb in a relative on an actor («للقوات التي تقاتل ... ضد
هجمات المسلحين») takes no day from a time before the relative (the main act's «وفي صباح أمس»); a noun after
«تتعلق بـ» («مذكرة تتعلق بتغطية المفاوضات») is a topic, of no day. Hand-made sentences, dated 2015-08-02 by
``analyze_news``: «أمس» is 2015-08-01."""

from __future__ import annotations

from conftest import news_date

DEFAULT = "2015-08-02"
YESTERDAY = "2015-08-01"


def test_describing_relative_takes_no_earlier_time() -> None:
    text = ("وفي صباح أمس خرجت في العاصمة مظاهرة كبيرة، وطالب المتظاهرون بالاعتذار للقوات الأمنية التي تقاتل "
            "للدفاع عن البلاد ضد هجمات المسلحين.")
    assert news_date(text, "هجمات") is None
    assert news_date(text, "خرجت") == YESTERDAY
    # counter-case: a perfect in the relative tells an act, which the day dates
    text = "وفي صباح أمس خرجت في العاصمة مظاهرة كبيرة ضد الحركة التي شنت هجمات على المدينة."
    assert news_date(text, "هجمات") == YESTERDAY


def test_noun_after_related_is_a_topic() -> None:
    text = "ووجه المجلس الأعلى مذكرة إلى وسائل الإعلام تتعلق بتغطية المفاوضات مع القوى الكبرى."
    assert news_date(text, "المفاوضات") is None
    assert news_date("ووجه المجلس مذكرة إلى الصحف تتعلق بالمفاوضات مع الدول الكبرى.", "بالمفاوضات") is None
    # counter-case: «بـ» + noun with no «تتعلق» before it tells the act
    assert news_date("وقام الصحفيون أمس بتغطية المفاوضات مع الدول الكبرى في فيينا.", "المفاوضات") == YESTERDAY
