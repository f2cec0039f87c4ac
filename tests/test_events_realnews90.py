"""Round 90 of real news: named doers left empty. A statement noun that frames a quote («...»، في تصريح لوكالة»,
«وفي تصريح لصحيفة، قال فلان») is the quote's speaker's; an attack counted with «لـ» + a name («هجوم جديد لحزب
العمال») is that name's, and a killing told in that attack («قتل جنديان في هجوم لـ...», «في غارات شنتها الطائرات»)
is the attacker's. Each with a counter-case: a quote in another sentence or with no comma, an attack with no named
doer, a bombardment whose «لـ» marks its object, a killing in another clause: a null is better than a wrong party."""

from __future__ import annotations

from conftest import news_arg, news_event


def test_a_statement_after_a_quote_is_its_speakers() -> None:
    text = "وأضاف الوزير محمد العلي: «إن الحكومة ستواصل دعم المزارعين»، في تصريح لوكالة الأنباء الرسمية."
    assert news_arg(text, "تصريح", "source") == "محمد العلي"


def test_a_statement_before_a_named_speaker_is_his() -> None:
    text = "وفي تصريح لصحيفة «الحياة»، قال المحلل السياسي خالد منصور إن الأزمة ستطول."
    assert news_arg(text, "تصريح", "source") == "خالد منصور"


def test_an_attack_counted_with_lam_and_a_name_is_that_names() -> None:
    text = "ووقع هجوم جديد لتنظيم داعش على نقطة تفتيش شمال العراق."
    assert news_arg(text, "هجوم", "source") == "تنظيم داعش"


def test_a_killing_in_an_attack_of_a_named_group_is_the_groups() -> None:
    text = "وقتل جنديان في هجوم جديد لحزب العمال الكردستاني في جنوب تركيا."
    assert news_arg(text, "وقتل", "source") == "حزب العمال الكردستاني"


def test_a_killing_in_raids_told_after_it_is_the_raiders() -> None:
    text = "وقتل خمسة مدنيين في غارات شنتها الطائرات الروسية على ريف إدلب."
    assert news_arg(text, "وقتل", "source") == "الطائرات الروسية"


# counter-cases


def test_a_statement_whose_quote_is_in_another_sentence_has_no_source() -> None:
    text = "وقال الوزير محمد العلي: «سنواصل دعم المزارعين». وفي تصريح لصحيفة محلية دعا معارضون إلى الحوار."
    doc, ev = news_event(text, "تصريح")
    assert ev.source is None


def test_a_statement_before_an_unnamed_speaker_has_no_source() -> None:
    text = "وفي تصريح لوكالة رويترز قال مصدر أمني إن الوضع هادئ في المدينة."
    doc, ev = news_event(text, "تصريح")
    assert ev.source is None


def test_a_killing_in_an_attack_with_no_named_doer_has_no_source() -> None:
    doc, ev = news_event("وقتل ثلاثة جنود في هجوم على نقطة تفتيش شمال العراق.", "وقتل")
    assert ev.source is None


def test_a_bombardment_with_lam_on_its_object_is_not_the_objects() -> None:
    text = "وتواصل قصف لمواقع تنظيم داعش في ريف الرقة."
    doc, ev = news_event(text, "قصف")
    assert ev.source is None or doc.entity(ev.source).name != "تنظيم داعش"


def test_a_killing_before_a_comma_is_not_the_raiders() -> None:
    text = "وقتل جنديان أمس في المدينة، وفي غضون ذلك شنت الطائرات الروسية غارات على ريف إدلب."
    doc, ev = news_event(text, "وقتل")
    assert ev.source is None
