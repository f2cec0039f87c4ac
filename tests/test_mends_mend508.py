"""Round mend508 (hand-made sentences): the verb of attack whose subject is a bombing noun of «إن/أن» joins that
noun's event (one event, both triggers, the verb's target, place and day); a verbal act whose object is an act told
right after it stays its own event, apart from the same party's verbal act of another sentence and from one with an
object phrase of its own; an approximate «قبل قرابة/نحو ...» after «أي» restates the time told, no value of its own.
Counter-cases: a verb with a subject of its own after the bombing noun, a condemnation of no act, a plain
«قبل قرابة الشهر»."""

from __future__ import annotations

from conftest import analyze_news


def _events(text: str) -> list[tuple[str, str, list[str]]]:
    """(trigger, code, every trigger) of each event."""
    doc = analyze_news(text)
    return [(doc.text[e.trigger.start : e.trigger.end], e.code,
             [doc.text[t.start : t.end] for t in e.triggers]) for e in doc.events]


def _times(text: str) -> list[tuple[str, str | None]]:
    doc = analyze_news(text)
    return [(doc.text[t.start : t.end], t.value) for t in doc.times if t.value is not None]


# 1. the verb whose subject is the bombing noun of «إن» joins it
INNA = "وذكرت الوكالة أن «هجوما انتحاريا بواسطة جرار زراعي مفخخ، استهدف فجر الأحد مخفرا للدرك في مدينة دوغوبيازيد»."


def test_inna_verb_joins_the_bombing_noun() -> None:
    assert _events(INNA) == [("هجوما انتحاريا", "1831", ["هجوما انتحاريا", "استهدف"])]


def test_joined_bombing_takes_the_verbs_target_place_and_day() -> None:
    doc = analyze_news(INNA)
    (ev,) = doc.events
    assert (ev.date, doc.entity(ev.location).name, doc.entity(ev.target).name) == ("2015-08-02", "دوغوبيازيد", "الدرك")


def test_verb_with_its_own_subject_stays_apart() -> None:
    text = "وقالت الوكالة إن هجوما انتحاريا وقع في المدينة، واستهدفت القوات الأمنية مواقع المسلحين."
    assert [(t, c) for t, c, _ in _events(text)] == [("هجوما انتحاريا", "1831"), ("واستهدفت", "190")]


# 2. a condemnation of an act told right after it stays its own event
CRITIC = "انتقد النائب أحمد توكلي ردة فعل الحكومة على منتقدي الزيارة. "


def test_condemnation_of_an_act_stays_its_own_event() -> None:
    text = CRITIC + "وأدان توكلي تعرض عدد من الطلبة للضرب على يد ضباط الأمن."
    events = _events(text)
    assert ("انتقد", "111", ["انتقد"]) in events and ("وأدان", "111", ["وأدان"]) in events


def test_condemnation_of_an_attack_noun_stays_its_own_event() -> None:
    text = CRITIC + "وأدان توكلي الهجوم على المسجد."
    assert [t for t, c, _ in _events(text) if c == "111"] == ["انتقد", "وأدان"]


def test_condemnation_of_an_act_and_one_with_its_own_object_are_two() -> None:
    text = CRITIC + "وأدان توكلي تعرض عدد من الطلبة للضرب، وندد بمن يحاولون إغلاق فم الناس."
    assert [t for t, c, _ in _events(text) if c == "111"] == ["انتقد", "وأدان", "وندد"]


def test_condemnation_of_no_act_still_joins_the_one_before() -> None:
    text = CRITIC + "وأدان توكلي ذلك، وقال إن الهجوم على المسجد جريمة."
    assert ("انتقد", "111", ["انتقد", "وأدان"]) in _events(text)


# 3. «أي قبل قرابة الشهر» restates the time told
def test_approximate_ago_after_ay_has_no_value() -> None:
    text = "وقال المدرب إنه اعتذر رسميا لنا في أواخر شهر يونيو الماضي أي قبل قرابة الشهر فقط، وبعدها تمت المفاوضات."
    assert _times(text) == [("أواخر شهر يونيو الماضي", "2015-06-21/2015-06-30")]


def test_restated_time_dates_the_meeting() -> None:
    text = "وقال إن الوزير التقى نظيره المصري في أواخر شهر يونيو الماضي أي قبل نحو الشهر."
    assert [e.date for e in analyze_news(text).events] == ["2015-06"]


def test_plain_approximate_ago_keeps_its_value() -> None:
    assert _times("وقال إن المدرب اعتذر رسميا قبل قرابة الشهر فقط.") == [("قبل قرابة الشهر", "2015-07")]


def test_exact_ago_after_ay_keeps_its_value() -> None:
    text = "وقال إن الوزير زار القاهرة في الخامس من يونيو، أي قبل شهرين."
    assert ("قبل شهرين", "2015-06") in _times(text)
