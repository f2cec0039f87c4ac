"""Round ev474: a readiness performed by a statement is an intent coded by the act it is ready for («أعلنت
استعدادها لتقديم المساعدة»: 033, «للتفاوض»: 036, else 030), said in the first person too («نعلن استعدادنا»)."""

from __future__ import annotations

from conftest import news_codes, news_event


def test_a_readiness_to_give_aid_is_an_intent_to_give_aid() -> None:
    assert news_codes("كما نعلن استعدادنا لتقديم ما يلزم من العون والمساعدة بكل وسيلة.") == [("نعلن", "033")]
    doc, e = news_event("وأعلنت إيران استعدادها لتقديم المساعدة للعراق.", "وأعلنت")
    assert e.code == "033"


def test_a_readiness_to_negotiate_is_an_intent_to_negotiate() -> None:
    doc, e = news_event("وأعلنت إيران استعدادها للتفاوض مع الغرب.", "وأعلنت")
    assert e.code == "036"
    assert news_codes("ونؤكد استعدادنا للتفاوض.") == [("ونؤكد", "036")]


def test_a_readiness_to_no_act_of_the_lexicon_stays_a_general_intent() -> None:
    doc, e = news_event("وأعلن الحزب جاهزيته للمرحلة المقبلة.", "وأعلن")
    assert e.code == "030"
    doc, e = news_event("وأكدت الحكومة استعدادها للحوار.", "وأكدت")
    assert e.code == "030"
    # a masdar of giving with no aid after it is no intent to give aid
    doc, e = news_event("وأعلنت إيران استعدادها لتقديم تنازلات.", "وأعلنت")
    assert e.code == "030"


def test_a_readiness_not_performed_is_no_intent() -> None:
    # the doer's pronoun is not on the readiness: a plain statement, as before
    doc, e = news_event("وأعلن الوزير أن استعداد القوات للهجوم اكتمل.", "وأعلن")
    assert e.code == "010"


def test_a_first_person_rejection_is_performed_too() -> None:
    assert news_codes("وأعلنا رفضنا للقرار.") == [("وأعلنا", "120")]


def test_verbal_support_for_an_actor_is_an_endorsement() -> None:
    doc, e = news_event("وتدعم الولايات المتحدة المعارضة السورية.", "وتدعم")
    assert e.code == "051"
    assert news_codes("والداعمون ثلاث قوى؛ الأولى إيران تدعم نظام الأسد.") == [("تدعم", "051")]


def test_support_for_a_thing_or_in_money_is_no_endorsement() -> None:
    # no agent object: the economy, a solution, efforts (the actor named is the object of another word)
    assert "051" not in [c for _, c in news_codes("وأكد أن المملكة تدعم الاقتصاد الوطني.")]
    assert "051" not in [c for _, c in news_codes("وقال إن سوريا تدعم أي جهود للتصدي لتنظيم داعش.")]
    # material support is aid, no endorsement
    assert "051" not in [c for _, c in news_codes("وتدعم قطر المعارضة السورية ماليا.")]
    assert "051" not in [c for _, c in news_codes("السعودية تدعم مصر بأربعة مليارات دولار.")]
