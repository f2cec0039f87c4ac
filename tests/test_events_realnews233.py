"""Round 233: a call and the participle of manner after it, an accusation faced, the signing imposed, a meeting
prepared for, the object of a verb of a plural subject, the planes in a strike read as a verb after «في»."""

import pytest
from conftest import analyze_news, news_arg, news_modality


def _triggers(text: str) -> list[str]:
    doc = analyze_news(text)
    return [doc.text[e.trigger.start : e.trigger.end] for e in doc.events]


# «اتصل فلان بفلان»: a call (040), the caller its source, the «بـ» object its target


def test_call_parties() -> None:
    text = "واتصل أردوغان بالرئيس الروسي فلاديمير بوتين أمس لبحث الأزمة."
    assert news_arg(text, "واتصل") == "رجب طيب أردوغان" or news_arg(text, "واتصل") == "أردوغان"
    assert news_arg(text, "واتصل", "target") == "فلاديمير بوتين"


def test_counter_call_of_a_news_outlet_and_imperfect_relates() -> None:
    # a newspaper calling a minister for comment is no contact between parties; «يتصل بـ» is «relates to»
    assert "اتصلت" not in _triggers("وقد اتصلت «الشرق الأوسط» بالوزير محمد العبد الله للحصول على تعليق.")
    assert _triggers("وهي مسائل تتصل بالملف النووي.") == []


# the participle of manner after a call shares the caller, past a fronted phrase and commas


def test_manner_participle_past_commas_and_fronted_phrase() -> None:
    text = "وعلى إثر ذلك اتصل أردوغان بالرئيس الفلسطيني محمود عباس، هاتفيا، معلنا إدانته للهجوم."
    assert news_arg(text, "إدانته") in ("رجب طيب أردوغان", "أردوغان")


def test_counter_manner_participle_after_plural_verb() -> None:
    # «استقبلوا»: the subject is in the verb, the name after it is its object, never the participle's subject
    text = "وعلى إثر ذلك استقبلوا الرئيس الفلسطيني محمود عباس، معلنين دعمهم له، ثم أعلن الوزير إدانته للهجوم."
    assert news_arg(text, "إدانته") != "محمود عباس"


# «واجه فلان اتهامات»: the one who faces the accusation is its target, named or not


def test_unnamed_subject_faces_accusation() -> None:
    text = "وواجهت بعض العناصر بصفة عامة اتهامات بالانتماء إلى خلية إرهابية."
    assert news_arg(text, "اتهامات", "target") == "العناصر"
    assert news_arg(text, "اتهامات") == ""


def test_counter_accusation_levelled() -> None:
    # «وجهت النيابة اتهامات»: the prosecution levels them, no one faces them
    text = "ووجهت النيابة اتهامات بالفساد إلى عدد من الموظفين."
    assert news_arg(text, "اتهامات", "target") != "النيابة"


# «فرض التوقيع على»: the signing imposed is no signing (057)


@pytest.mark.parametrize("text", [
    "مما دفع الشيخ إلى فرض التوقيع على إقرار لجميع العاملين.",
    "وقرر المجلس إلزام الموظفين بالتوقيع على تعهد مكتوب.",
])
def test_imposed_signing_is_no_event(text: str) -> None:
    assert not any(t.startswith(("التوقيع", "بالتوقيع")) for t in _triggers(text))


def test_counter_signing_held() -> None:
    assert any(t.startswith("التوقيع") for t in _triggers("وشهد الوزير أمس التوقيع على الاتفاق بين البلدين."))


# «للتحضير لاجتماع مع فلان»: a meeting prepared for is still to come


def test_prepared_meeting_is_planned() -> None:
    text = "عقد وزراء خارجية دول مجلس التعاون أمس في الدوحة اجتماعا للتحضير لاجتماع مع كيري اليوم."
    assert news_modality(text, "لاجتماع") == "planned"


def test_counter_meeting_not_prepared() -> None:
    text = "عقد وزراء خارجية دول مجلس التعاون أمس في الدوحة اجتماعا تنسيقيا مع كيري."
    assert news_modality(text, "اجتماعا") == "asserted"


# «بعد مشاورات طويلة عينوا فلانا»: the name after a verb of a plural subject is its object, not the talks' party


def test_talks_before_plural_verb_not_its_object() -> None:
    text = "وبعد مشاورات طويلة عينوا الملا أختر محمد منصور أميرا جديدا."
    assert news_arg(text, "مشاورات") == ""


def test_counter_talks_person_named() -> None:
    text = "وجاءت مشاورات الرئيس محمود عباس مع الفصائل أمس."
    assert news_arg(text, "مشاورات") == "محمود عباس"


# «في قصف الطائرات التركية»: the planes in the genitive struck (read as a verb after a preposition: a masdar)


def test_planes_after_strike_read_as_verb_are_its_doer() -> None:
    text = "وقتل ستة مدنيين في قصف الطائرات التركية على القرية."
    assert news_arg(text, "قصف") == "الطائرات التركية"
    assert news_arg(text, "قصف", "target") != "الطائرات التركية"


def test_counter_planes_struck() -> None:
    # «قصف ... الطائرات» as a verb with its subject before it: no preposition, the planes are not read as doers
    text = "وقصف الجيش الطائرات الرابضة في المطار."
    assert news_arg(text, "وقصف") != "الطائرات الرابضة"
