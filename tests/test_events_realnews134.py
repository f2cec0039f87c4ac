"""Round 134 of real news: event codes and non-events. Sides that converge on issues hold no meeting; a state that
receives a count of migrants or a base that receives convoys hosts no visit; a law that targets someone, and the
acts it lists, are no attack; talks on peace, a truce or a coalition are a negotiation (046); boredom that
afflicts someone wounds no one; an aim of paving the way is no attack. Hand-made sentences (paraphrases, no article
text)."""

from __future__ import annotations

from conftest import news_codes, news_event, news_triggers


def _codes(text: str, trigger: str) -> list[str]:
    return [code for t, code in news_codes(text) if t == trigger]


# -- meetings ------------------------------------------------------------------------------------------------------


def test_sides_that_do_not_converge_on_issues_hold_no_meeting() -> None:
    text = "وفي كل شراكة قد لا يلتقي البلدان في جميع القضايا لكنهما يتفقان على الخطوط العامة."
    assert "يلتقي" not in news_triggers(text)


def test_allies_that_meet_on_one_side_hold_no_meeting() -> None:
    text = "وفي هذه الحرب الغريبة يلتقي في جانب واحد خصوم قدامى وأصدقاء."
    assert "يلتقي" not in news_triggers(text)


def test_ministers_who_meet_in_a_city_still_meet() -> None:
    doc, ev = news_event("ويلتقي وزيرا الخارجية في العاصمة القطرية غدا لبحث الأزمة.", "ويلتقي")
    assert ev.code == "040"


# -- hosting -------------------------------------------------------------------------------------------------------


def test_a_country_that_received_thousands_of_migrants_hosts_no_visit() -> None:
    text = "وأوضحت المنظمة أن اليونان استقبلت العام الماضي 90 ألف لاجئ عبر البحر."
    assert "استقبلت" not in news_triggers(text)


def test_a_base_that_received_convoys_hosts_no_visit() -> None:
    text = "وقد استقبل المطار العسكري صباح اليوم شحنات من الذخيرة والعتاد."
    assert "استقبل" not in news_triggers(text)


def test_a_president_who_receives_a_delegation_for_refugees_hosts_it() -> None:
    doc, ev = news_event("واستقبل الرئيس في قصره وفدا يمثل اللاجئين في المخيمات.", "واستقبل")
    assert ev.code == "043"


# -- targets of a law ----------------------------------------------------------------------------------------------


def test_a_law_that_targets_offenders_is_no_attack() -> None:
    text = "ويستهدف مشروع القانون الجديد مرتكبي الجرائم (هجمات واختطاف رهائن) داخل البلاد."
    assert news_codes(text) == []


def test_a_refusal_told_after_a_project_s_aim_stays() -> None:
    text = "ونفى وجود أي مشروع يستهدف أمن البلاد، موضحا أن «الحكومة رفضت دائما كل المقترحات بإقامة قواعد أجنبية»."
    assert "رفضت" in news_triggers(text) and "يستهدف" not in news_triggers(text)


def test_jets_that_target_positions_still_attack() -> None:
    triggers = news_triggers("واستهدفت الطائرات الحربية مواقع المسلحين شرق المدينة وقتلت عشرة منهم.")
    assert "واستهدفت" in triggers and "وقتلت" in triggers


def test_an_aim_of_paving_the_way_is_no_attack() -> None:
    text = "وقالت الجماعة إن خطف الرجال كان يستهدف التمهيد لاقتحام البلدة."
    assert "يستهدف" not in news_triggers(text)


# -- talks ---------------------------------------------------------------------------------------------------------


def test_peace_talks_are_a_negotiation() -> None:
    doc, ev = news_event("وأعلنت الحكومة تأجيل محادثات السلام مع المتمردين إلى الشهر المقبل.", "محادثات")
    assert ev.code == "046"


def test_talks_on_a_truce_are_a_negotiation() -> None:
    assert _codes("وقتل جنديان قبل ساعات من انطلاق محادثات لوقف إطلاق النار.", "محادثات") == ["046"]


def test_coalition_talks_are_a_negotiation() -> None:
    doc, ev = news_event("وقالت المعارضة إن محادثات الائتلاف مع الحزب الحاكم لم تحقق أي تقدم.", "محادثات")
    assert ev.code == "046"


def test_talks_with_officials_stay_consultation() -> None:
    doc, ev = news_event("وأجرى الوزير محادثات مع المسؤولين في القاهرة حول التعاون الاقتصادي.", "محادثات")
    assert ev.code == "040"


# -- feelings ------------------------------------------------------------------------------------------------------


def test_boredom_that_afflicts_the_president_wounds_no_one() -> None:
    text = "وقال النائب إن الرئيس وقع القرار لأنه أصابه الملل من العمل مع البرلمان."
    assert "أصابه" not in news_triggers(text)


def test_bullets_that_hit_protesters_wound_them() -> None:
    assert news_codes("وأصاب الرصاص خمسة متظاهرين في الساحة.") != []


def test_a_man_named_elias_who_was_wounded_stays_wounded() -> None:
    assert "وجرح" in news_triggers("وجرح النائب الياس خوري في انفجار سيارة مفخخة استهدفت موكبه.")
