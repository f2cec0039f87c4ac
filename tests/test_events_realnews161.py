"""Round 161 of real news: «أقدم X على <act>» gives the act its doer X (events/undertaken.py); a noun act that a
span of time is measured from («بعد يومين من الإعلان») takes no subject of the clause (events/time_apart.py); the
genitive of a noun a preposition governs («مع نائب رئيس الوكالة») is no subject of a later noun act
(events/subjects.py). Hand-made sentences (paraphrases, no article text)."""

from __future__ import annotations

from conftest import analyze_news, event_arg, event_with_trigger_at, news_arg, news_event


def test_undertaking_verb_gives_the_act_its_doer() -> None:
    text = "وأقدم متظاهرون غاضبون على قطع الطريق الدولية احتجاجا على انقطاع المياه."
    assert news_arg(text, "قطع") == "متظاهرون غاضبون"


def test_undertaking_verb_with_a_named_group_across_commas() -> None:
    text = "وأقدمت جبهة النصرة، في ريف إدلب، على إعدام أحد المحامين."
    assert news_arg(text, "إعدام") == "جبهة النصرة"


def test_act_after_ala_with_no_undertaking_verb_keeps_its_own_reading() -> None:
    text = "وسيطرت القوات على قطع الطريق."
    assert news_arg(text, "قطع") != "القوات"


def test_act_measured_from_by_a_span_takes_no_clause_subject() -> None:
    text = "واجتمع الوزير مع نائب رئيس الوكالة الدولية للطاقة الذرية بعد يومين من الإعلان عن توقيع الاتفاق."
    doc, ev = news_event(text, "الإعلان")
    assert ev.source is None
    assert news_arg(text, "توقيع", "source") == ""


def test_act_after_a_bare_time_word_keeps_the_subject() -> None:
    text = "وبحث الوزير مع نظيره التركي بعد الإعلان عن الاتفاق سبل التعاون."
    assert news_arg(text, "وبحث") == "الوزير"


def test_against_phrase_after_an_attack_is_its_target() -> None:
    text = "وشن الجيش هجوما «واسع النطاق» ضد تنظيم داعش في الشمال."
    assert news_arg(text, "هجوما", "target") == "تنظيم داعش"


def test_against_phrase_after_clashes_takes_the_genitive() -> None:
    text = "وقال إن اشتباكات عنيفة تخوضها المقاومة ضد قوات الحرس الجمهوري في المدينة."
    assert news_arg(text, "اشتباكات", "target") == "قوات الحرس الجمهوري"


def test_against_phrase_after_a_promise_is_the_party_fought() -> None:
    # round 223 (plan_parties.pledged_against): a pledge to fight against a party is directed at it
    text = "وتعهد الزعيم بمواصلة الجهاد ضد الحكومة الأفغانية."
    assert news_arg(text, "وتعهد", "target") == "الحكومة الأفغانية"


def test_aviation_of_an_operation_coalition_is_the_coalition_named() -> None:
    text = "وشنت طائرات التحالف العربي غارات على صنعاء. وتزامنت غارات طيران تحالف إعادة الأمل مع هجوم للمقاومة."
    doc = analyze_news(text)
    ev = event_with_trigger_at(doc, "غارات طيران")
    assert event_arg(doc, ev, "source") == "التحالف العربي"


def test_aviation_of_a_coalition_with_none_named_stays_a_phrase() -> None:
    text = "وتزامنت غارات طيران تحالف إعادة الأمل مع هجوم للمقاومة."
    doc, ev = news_event(text, "غارات")
    src = next((e for e in doc.entities if e.id == ev.source), None)  # round ev803: the coalition's forces, a group
    assert src is not None and (src.type, src.actor) == ("GROUP", "MIL")


def test_subject_fronted_before_a_time_clause_does_the_verb_in_it() -> None:
    text = "وكانت حركة طالبان بعد أن أكدت وفاة زعيمها، أعلنت الجمعة تعيين زعيم جديد."
    assert news_arg(text, "أكدت") == "حركة طالبان"


def test_time_clause_with_its_own_subject_keeps_it() -> None:
    text = "وقال الوزير إنه بعد أن أكدت الحكومة وفاة زعيمها أعلنت الحداد."
    assert news_arg(text, "أكدت") == "الحكومة"
