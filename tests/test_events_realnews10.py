"""Event arguments on constructions of real news, round 10: an attack noun as the subject of a verb of harm, a
vowel-marked passive, the genitive actor of an attack masdar after a killing, and a subject many words before a
noun act."""

from __future__ import annotations

from conftest import analyze_news, event_arg, event_with_trigger_at


def test_an_attack_noun_after_the_verb_is_its_subject_no_actor_is_carried() -> None:
    doc = analyze_news("وقصفت الطائرات الروسية مواقع المعارضة في حلب. واستهدف هجوم انتحاري مخفرا للشرطة في العريش.")
    ev = event_with_trigger_at(doc, "واستهدف")
    assert event_arg(doc, ev, "source") == ""
    assert "source_carried" not in ev.attrs
    assert event_arg(doc, ev, "target") == "مخفرا للشرطة"


def test_the_nisba_of_an_attack_noun_after_the_verb_is_the_actor_not_the_object() -> None:
    doc = analyze_news("وقصفت الطائرات الروسية مواقع المعارضة. وفي عام 2006، قتلت غارة جوية أميركية الزرقاوي في شمال بغداد.")
    ev = event_with_trigger_at(doc, "قتلت")
    # since round ev459 the adjective's country (built from the gazetteer) is the source entity
    assert event_arg(doc, ev, "source") in ("أميركية", "الولايات المتحدة")
    assert next(e for e in doc.entities if e.id == ev.source).country == "USA"
    assert event_arg(doc, ev, "target") == "الزرقاوي"


def test_a_relative_verb_on_an_attack_noun_takes_the_attack_s_actor() -> None:
    doc = analyze_news("وقصفت الطائرات الروسية مواقع المعارضة في حلب. وصعدت المقاومة هجماتها التي تستهدف الميليشيات الحوثية في صنعاء.")
    ev = event_with_trigger_at(doc, "تستهدف")
    assert event_arg(doc, ev, "source") == "المقاومة"
    assert event_arg(doc, ev, "target") == "الميليشيات الحوثية"


def test_a_damma_on_the_first_letter_makes_the_verb_passive() -> None:
    doc = analyze_news("وقال الوزير إن الحكومة مستمرة. واُعتقل الناشط أحمد حسن في القاهرة.")
    ev = event_with_trigger_at(doc, "واُعتقل")
    assert event_arg(doc, ev, "source") == ""
    assert event_arg(doc, ev, "target") == "أحمد حسن"


def test_a_damma_on_the_second_letter_after_hamzat_al_wasl_makes_the_verb_passive() -> None:
    doc = analyze_news("وقال الوزير إن الحكومة مستمرة. واتُّهم الناشط أحمد حسن بالتحريض.")
    ev = event_with_trigger_at(doc, "واتُّهم")
    assert event_arg(doc, ev, "source") == ""
    assert event_arg(doc, ev, "target") == "أحمد حسن"


def test_the_attack_masdar_after_a_killing_is_an_event_with_its_genitive_actor() -> None:
    doc = analyze_news("وقتل ثلاثة جنود خلال هجوم المتطرفين على نقطة عسكرية في سيناء.")
    ev = event_with_trigger_at(doc, "هجوم")
    assert ev is not event_with_trigger_at(doc, "وقتل")
    assert event_arg(doc, ev, "source") == "المتطرفين"
    assert event_arg(doc, ev, "target") == "نقطة عسكرية"


def test_a_subject_many_words_before_a_noun_act_is_not_its_agent() -> None:
    doc = analyze_news("وأبرزت الصحف دعوة وزير الداخلية الأمير محمد بن نايف إلى ضرورة رفع مستوى الحيطة في مواجهة أي مستجدات قد "
               "تطرأ في أعقاب الهجوم الانتحاري على المسجد.")
    ev = event_with_trigger_at(doc, "الهجوم الانتحاري")
    assert event_arg(doc, ev, "source") == ""
    assert event_arg(doc, ev, "target") == "المسجد"
