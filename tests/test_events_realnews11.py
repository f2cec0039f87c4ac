"""Event arguments on constructions of real news, round 11: a relative verb with an object after it is active, a
conjunction on a two-letter light verb, the pronoun on «أنه» as the subject, an indefinite accusative as the
object, and adverbs of manner that are no argument."""

from __future__ import annotations

from conftest import news_triggers, analyze_news, event_arg, event_with_trigger_at

from rasd.events.chunks import verb_key


def test_a_relative_verb_with_an_object_after_it_is_active_the_phrase_is_the_target() -> None:
    doc = analyze_news("وكانت الغارة الجوية التي استهدفت مقر تنظيم داعش في الرقة.")
    ev = event_with_trigger_at(doc, "استهدفت")
    assert event_arg(doc, ev, "source") == ""
    assert event_arg(doc, ev, "target") == "تنظيم داعش"


def test_a_relative_verb_on_a_noun_that_cannot_act_carries_no_subject() -> None:
    doc = analyze_news("وقال الرئيس أحمد حسن إن الوضع صعب. وتحدث عن الحملة التي تهدد أمن المنطقة.")
    # (round 63: a good put at risk, «تهدد أمن المنطقة», is no threat event at all, so nothing carries a subject)
    assert [e for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == "تهدد"] == []


def test_a_relative_verb_with_the_antecedent_s_pronoun_after_it_keeps_its_subject_after_it() -> None:
    doc = analyze_news("وتحدث عن الطلاب الذين ترفض عائلاتهم سفرهم إلى الخارج.")
    ev = event_with_trigger_at(doc, "ترفض")
    assert event_arg(doc, ev, "source").startswith("عائلاتهم")  # (the phrase runs on over the object)


def test_a_conjunction_on_a_two_letter_light_verb_is_taken_off() -> None:
    assert verb_key("وشن") == "شن"
    assert verb_key("وطن") == "وطن"
    doc = analyze_news("وشن المتطرفون هجوما على نقطة عسكرية في سيناء.")
    ev = event_with_trigger_at(doc, "هجوما")
    assert event_arg(doc, ev, "source") == "المتطرفون"
    assert event_arg(doc, ev, "target") == "نقطة عسكرية"


def test_the_pronoun_on_anna_is_the_subject_the_phrase_after_the_verb_its_object() -> None:
    doc = analyze_news("وأعلنت وزارة الداخلية المصرية أنها اعتقلت الناشط أحمد حسن.")
    ev = event_with_trigger_at(doc, "اعتقلت")
    assert event_arg(doc, ev, "source") == "وزارة الداخلية المصرية"
    assert event_arg(doc, ev, "target") == "أحمد حسن"


def test_the_pronoun_on_anna_with_no_speaker_leaves_no_source() -> None:
    doc = analyze_news("وأكد أنه اعتقل الناشط أحمد حسن.")
    ev = event_with_trigger_at(doc, "اعتقل")
    assert event_arg(doc, ev, "source") == ""
    assert event_arg(doc, ev, "target") == "أحمد حسن"


def test_an_indefinite_accusative_after_the_verb_is_its_object() -> None:
    doc = analyze_news("وأدانت شخصًا آخر بالتحريض.")
    ev = event_with_trigger_at(doc, "وأدانت")
    assert "شخص" not in event_arg(doc, ev, "source")
    assert event_arg(doc, ev, "target").startswith("شخصًا آخر")


def test_a_time_with_a_pronoun_is_no_accusative_object() -> None:
    doc = analyze_news("وقتل حينها 14 ضابط أمن حين اقتحم مسلحون المباني.")
    ev = event_with_trigger_at(doc, "وقتل")
    assert event_arg(doc, ev, "target") == "14 ضابط أمن"


def test_an_adverb_of_manner_is_no_subject() -> None:
    # round ev342: a visit «بشكل متكرر» is a custom, no event (unperformed.recurring)
    assert "يزوره" not in news_triggers("والمنزل الذي يزوره بشكل متكرر يقع في الجنوب.")


def test_an_adverb_of_manner_is_no_object() -> None:
    doc = analyze_news("واعتقلت الشرطة بصورة عشوائية عشرات الناشطين.")
    ev = event_with_trigger_at(doc, "واعتقلت")
    assert "عشوائية" not in event_arg(doc, ev, "target")
    doc = analyze_news("ويهاجم المسلحون بشكل متكرر مواقع الجيش.")
    assert event_arg(doc, event_with_trigger_at(doc, "ويهاجم"), "target") == "مواقع الجيش"
