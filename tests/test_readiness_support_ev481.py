"""Round ev481: past verbal support for an actor is an endorsement, 051 («أيدت مصر الحكومة اليمنية», «دعمت فرنسا
المعارضة السورية»), not support for a thing nor in money; a readiness the speaker tells of himself after «أنه/أننا»
(«أكد أنه مستعد لحل سياسي») is an intent coded by the act it is ready for, as a readiness performed (ev474)."""

from __future__ import annotations

from conftest import news_codes, news_event


def test_past_support_for_an_actor_is_an_endorsement() -> None:
    doc, e = news_event("وأيدت مصر الحكومة اليمنية.", "وأيدت")
    assert e.code == "051"
    assert doc.entity(e.source).name == "مصر" and doc.entity(e.target).name == "الحكومة اليمنية"
    doc, e = news_event("ودعمت فرنسا المعارضة السورية.", "ودعمت")
    assert e.code == "051" and doc.entity(e.source).name == "فرنسا"
    doc, e = news_event("وكانت دول الخليج دعمت العراق في الحرب.", "دعمت")
    assert e.code == "051" and doc.entity(e.target).name == "العراق"


def test_past_support_for_a_thing_or_in_money_is_no_endorsement() -> None:
    assert "051" not in [c for _, c in news_codes("وأيدت الحكومة الاتفاق.")]
    assert "051" not in [c for _, c in news_codes("ودعموا الاقتصاد الوطني.")]
    assert "051" not in [c for _, c in news_codes("ودعمت الكويت نظام صدام بالمال والعتاد.")]
    # the masdar «دعم» is no verb: the aid rule of «تقديم الدعم» stays
    assert ("تقديم الدعم", "070") in news_codes("وأعلن الوزير تقديم الدعم للاجئين.")


def test_a_stated_readiness_is_an_intent_by_the_act() -> None:
    doc, e = news_event("وكان زعيم الحوثيين أكد الأحد أنه مستعد لحل سياسي في اليمن.", "أكد")
    assert e.code == "030"
    doc, e = news_event("وأكد الوزير أننا مستعدون للتفاوض مع المعارضة.", "وأكد")
    assert e.code == "036"
    doc, e = news_event("وأكدت إيران أنها مستعدة لتقديم المساعدة للعراق.", "وأكدت")
    assert e.code == "033" and doc.entity(e.source).name == "إيران"


def test_a_readiness_to_fight_or_of_another_stays_a_statement() -> None:
    doc, e = news_event("وأكد القائد أنهم مستعدون لمقاتلة طالبان.", "وأكد")
    assert e.code == "010"
    doc, e = news_event("وأكد الوزير أن الجيش مستعد للهجوم.", "وأكد")
    assert e.code == "010"
    doc, e = news_event("وأكد الوزير أنه مستعد لذلك.", "وأكد")
    assert e.code == "010"
