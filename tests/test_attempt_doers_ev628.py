"""Round ev628: the noun act after «نجح/فشل/عجز + في/عن» takes that verb's subject as its doer (as «تمكن من»);
«فشل في» makes the act negated, «نجح في» leaves it asserted."""

from __future__ import annotations

from conftest import news_arg, news_event


def test_failed_to_arrest_named_service() -> None:
    text = "وقال المعلق إن الحملة جاءت لتستر على فشل الشاباك في اعتقال منفذي الهجوم."
    _, e = news_event(text, "اعتقال")
    assert e.code == "173"
    assert e.modality == "negated"
    assert news_arg(text, "اعتقال") == "الشاباك"


def test_succeeded_in_taking_city() -> None:
    text = "ونجحت القوات العراقية في السيطرة على مدينة تكريت أمس."
    _, e = news_event(text, "السيطرة")
    assert e.modality == "asserted"
    assert news_arg(text, "السيطرة") == "القوات العراقية"


def test_could_from_still_read() -> None:
    # the «تمكن من» reading is kept
    assert news_arg("وتمكنت المقاومة الشعبية من قتل أربعة من مسلحي الميليشيات.", "قتل") == "المقاومة الشعبية"


def test_plain_in_is_no_attempt() -> None:
    # counter-case: «في» after a verb that is no verb of succeeding or failing passes no doer
    text = "وشارك الوزير في مؤتمر صحفي وتحدث عن اعتقال منفذي الهجوم."
    assert news_arg(text, "اعتقال") != "الوزير"


def test_success_after_from_is_not_read() -> None:
    # counter-case: «نجح» takes «في», not «من»: «نجح من» governs nothing here
    text = "ونجحت الخطة الأمنية من حيث اعتقال منفذي الهجوم."
    assert news_arg(text, "اعتقال") == ""
