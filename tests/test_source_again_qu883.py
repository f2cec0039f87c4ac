"""An unnamed source called back by «المصدر/المصادر» is the source told first (round qu883, rasd.quotes.source_again):
it keeps that source's body as its affiliation (speaker none, as «مسؤول في الوزارة» speaks today) or its group
(«مصدر عسكري» MIL), and an official «في الإدارة» speaks for the one administration named before. Sources with no
body («مصادر مطلعة») and call-backs of the other number or other adjectives are left unnamed."""

from __future__ import annotations

from conftest import analyze_news


def _quote(doc, cue: str, nth: int = 0):  # type: ignore[no-untyped-def]
    return [q for q in doc.quotes if doc.text[q.cue.start : q.cue.end] == cue][nth]


def _affiliation_name(doc, q) -> str | None:  # type: ignore[no-untyped-def]
    ent = doc.entity(q.attrs.get("affiliation")) if isinstance(q.attrs.get("affiliation"), str) else None
    return ent.name if ent is not None else None


def test_source_of_a_named_body_told_outside_a_quote_is_called_back() -> None:
    doc = analyze_news("وتظاهر مئات المزارعين أمام مقر البرلمان في العاصمة، على ما أفاد مصدر في حركة حماس. "
                       "وأوضح المصدر أن الحركة ستدعم مطالب المزارعين في الجلسة المقبلة.")
    q = _quote(doc, "وأوضح")
    assert q.speaker is None
    assert _affiliation_name(doc, q) == "حركة حماس"
    assert q.actor() == q.attrs["affiliation"]


def test_source_in_a_body_that_first_acts_then_speaks() -> None:
    doc = analyze_news("وكان مصدر بارز في حركة حماس قد كشف عن عرض جديد من الوسطاء لتمديد الهدنة. "
                       "وتحدث الوسطاء عن جولة جديدة من المباحثات الأسبوع المقبل في القاهرة. "
                       "وقال المصدر إن الحركة لم ترد على العرض بعد.")
    q = _quote(doc, "وقال")
    assert q.speaker is None and _affiliation_name(doc, q) == "حركة حماس"


def test_military_source_called_back_is_the_same_group() -> None:
    doc = analyze_news("وكشف مصدر عسكري رفيع عن وصول تعزيزات جديدة إلى محيط المدينة. "
                       "وقال المصدر العسكري إن الكتائب الجديدة تضم مئات المقاتلين المدربين. "
                       "وأضاف المصدر أن الهجوم سيبدأ خلال أيام.")
    said, added = _quote(doc, "وقال"), _quote(doc, "وأضاف")
    ent = doc.entity(said.speaker)
    assert ent is not None and ent.type == "GROUP" and ent.actor is not None and ent.actor.endswith("MIL")
    assert added.speaker == said.speaker


def test_official_in_the_administration_named_before() -> None:
    doc = analyze_news("وقال مسؤولون في الإدارة الأميركية إن المفاوضات مع طهران ستستأنف الشهر المقبل. "
                       "ونقلت صحيفة «واشنطن بوست» عن مسؤول كبير في الإدارة أن الجولة المقبلة ستعقد في جنيف.")
    q = _quote(doc, "ونقلت")
    assert q.speaker is None
    assert _affiliation_name(doc, q) == "الإدارة الأميركية"


def test_source_with_no_body_stays_unnamed() -> None:
    doc = analyze_news("وقالت مصادر مطلعة إن الحكومة ستعلن موازنتها الجديدة قريبا. "
                       "وأضافت المصادر أن العجز سيتراجع هذا العام.")
    q = _quote(doc, "وأضافت")
    assert q.speaker is None and "affiliation" not in q.attrs


def test_call_back_of_the_other_number_is_not_the_body() -> None:
    doc = analyze_news("وقال مصدر في حركة حماس إن الحركة تلقت عرضا جديدا من الوسطاء. "
                       "وقالت مصادر مطلعة إن العرض يتضمن هدنة طويلة. "
                       "وأضافت المصادر أن الوسطاء ينتظرون الرد.")
    q = _quote(doc, "وأضافت")
    assert q.speaker is None and "affiliation" not in q.attrs  # the plural sources, not the one of the movement


def test_call_back_with_other_adjective_is_not_the_group() -> None:
    doc = analyze_news("وقال مصدر عسكري إن القوات تقدمت نحو المدينة. "
                       "وقالت مصادر تركية إن أنقرة تتابع التطورات. "
                       "وأكدت المصادر السورية أن المعارك مستمرة.")
    q = _quote(doc, "وأكدت")
    assert q.speaker is None and "affiliation" not in q.attrs
