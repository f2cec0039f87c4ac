"""Round 229: «إدانة بلاده»: a bare «بلاده» right after a noun act is its doer, never its target."""

from conftest import news_arg, news_event

COUNCIL = "جدد مجلس الوزراء السعودي إدانة بلاده واستنكارها للهجوم الذي نفذه مسلحون في القرية."
TALKS = "قال مسؤول كويتي، يقود مفاوضات بلاده مع العراق، إن الجولة المقبلة ستعقد الشهر المقبل."
STRONG = "أعرب المسؤول الأردني عن إدانة بلاده الشديدة للهجوم على المسجد."


def test_homeland_after_condemnation_is_no_target() -> None:
    assert news_arg(COUNCIL, "إدانة") == "مجلس الوزراء السعودي"
    assert news_arg(COUNCIL, "إدانة", "target") == ""
    assert news_arg(STRONG, "إدانة", "target") == ""


def test_homeland_after_talks_is_the_adjective_country() -> None:
    assert news_arg(TALKS, "مفاوضات") == "الكويت"
    assert news_arg(TALKS, "مفاوضات", "target") == "العراق"


def test_counter_homeland_with_lam_stays_target() -> None:
    # «لبلاده» (with «لـ») after the act is still its target
    text = "وقال الرئيس الفرنسي فرانسوا هولاند إن زيارة نظيره لبلاده كانت ناجحة."
    assert news_arg(text, "زيارة", "target") == "فرنسا"


def test_counter_verb_object_not_read_as_doer() -> None:
    # a verb's object «بلاده» is no genitive: the verb's subject stays the source
    text = "وقال الرئيس الفرنسي فرانسوا هولاند إن المعارضة تهاجم بلاده كل يوم."
    _, ev = news_event(text, "تهاجم")
    assert ev.attrs.get("source_national") is None
    assert news_arg(text, "تهاجم") == "المعارضة"
