"""Event triggers on constructions of real news, round 19: an attack made of words is a criticism (CAMEO 111), not an
assault («شن هجوما حادا على منافسه», «هاجم ... قائلا», «أصدر بيانا يهاجم فيه», «الهجوم على الاتفاق»); «السيطرة
على» a thing that is no place (prices, coverage, a movement's leaders) is no seizure; a meeting verb whose subject
or partner is an abstraction or a force joining up («تلتقي المصالح», «يلتقي اللاوعي بالوعي») is no meeting. Real
attacks, seizures of places and meetings of people stay."""

from __future__ import annotations

from conftest import analyze_news


def _codes(text: str, trigger: str) -> list[str]:
    doc = analyze_news(text)
    at = doc.text.index(trigger)
    return [e.code for e in doc.events if any(t.start == at for t in e.triggers)]


def test_a_sharp_attack_on_a_rival_is_criticism() -> None:
    assert _codes("شن المرشح الديمقراطي أمس هجوما حادا على منافسه في الانتخابات.", "هجوما") == ["111"]
    assert _codes("وشن النائب هجوما لاذعا على وزير المالية بسبب الميزانية.", "هجوما") == ["111"]
    # an armed attack stays an assault
    assert _codes("شن مسلحون هجوما عنيفا على مركز للشرطة في المدينة أمس.", "هجوما") == ["190"]


def test_an_attack_followed_by_a_speech_participle_is_criticism() -> None:
    assert _codes("وهاجم الوزير المعارضة قائلا إنها لا تملك برنامجا.", "وهاجم") == ["111"]
    assert _codes("ركز الخطيب هجومه على الحكومة متهما إياها بالفساد.", "هجومه") == ["111"]
    assert _codes("وهاجم مقاتلو التنظيم نقطة تفتيش قرب الحدود.", "وهاجم") == ["190"]


def test_an_attack_hosted_by_a_statement_is_criticism() -> None:
    assert _codes("وأصدر الحزب بيانا يهاجم فيه رئيس الوزراء.", "يهاجم") == ["111"]


def test_an_attack_on_a_decision_or_accord_is_criticism() -> None:
    assert _codes("وبدأ نواب متشددون الهجوم على الاتفاق بعد توقيعه.", "الهجوم") == ["111"]
    assert _codes("كما هاجمت النائبة قرارات الحكومة السابقة حول الدعم.", "هاجمت") == ["111"]


def test_control_over_no_place_is_no_seizure() -> None:
    assert _codes("وتمكنت المنظمة من السيطرة على أسعار النفط خلال العام.", "السيطرة") == []
    assert _codes("سيطرت الأخبار المحلية على التغطية الإعلامية هذا الأسبوع.", "سيطرت") == []
    assert _codes("ويريد القائد الشاب أن يسيطر على قياديي الحركة.", "يسيطر") == []
    # control over a place is a seizure
    assert _codes("وتمكنت القوات من السيطرة على مطار المدينة أمس.", "السيطرة") == ["192"]
    assert _codes("وسيطر المسلحون على قاعدة عسكرية في الشمال.", "وسيطر") == ["192"]


def test_abstractions_that_meet_hold_no_meeting() -> None:
    assert _codes("وتلتقي المصالح الروسية مع المصالح الأميركية في هذا الملف.", "وتلتقي") == []
    assert _codes("وهنا يلتقي اللاوعي بالوعي في خطاب واحد.", "يلتقي") == []
    assert _codes("ويلتقي الوزير مع رؤية الحكومة في هذه القضية.", "ويلتقي") == []
    # people who meet hold a meeting
    assert _codes("والتقى وزير الخارجية أمس نظيره الروسي في الدوحة.", "والتقى") == ["040"]
    assert _codes("ويلتقي الرئيس مع قادة الأحزاب اليوم.", "ويلتقي") == ["040"]


def test_forces_joining_up_hold_no_meeting() -> None:
    assert _codes("ومن المقرر أن تلتقي قوة من الجيش مع قوة أخرى قرب المدينة.", "تلتقي") == []
    assert _codes("زار الأمير القاهرة ويلتقي بقواته المرابطة هناك.", "ويلتقي") == ["040"]


def test_a_time_after_since_and_another_event_dates_that_event() -> None:
    doc = analyze_news("وهذا ثاني هجوم منذ توقيع الاتفاق بين الحكومة والمعارضة قبل خمسة أيام.")
    at = doc.text.index("هجوم")
    assert [e.date for e in doc.events if e.trigger.start == at] == ["2015-08-02"]
    # a time right after «منذ» is no other event's («يقاتل منذ 2 أبريل»); one after the trigger still dates it
    doc = analyze_news("شن المسلحون هجوما على مركز للشرطة يوم الخميس الماضي.")
    at = doc.text.index("هجوما")
    assert [e.date for e in doc.events if e.trigger.start == at] == ["2015-07-30"]
