"""Trigger words that name no act told, and executions kept apart from other killings, round 34 of real news: an
aim («غايتها السيطرة»); the wounded as people and the act they are named by («زار جرحى الاعتداء»); anyone who
would («ضد كل من يهدد»); a notice posted on something («عليها إعلان»); deaths in floods told with «بالفيضانات» or
beside another death; two executions of different captives, or an execution and a killing in battle, told in one
sentence are two events."""

from __future__ import annotations

from conftest import analyze_news, news_has_code as _has


def _groups(text: str) -> list[list[str]]:
    doc = analyze_news(text)
    return [[doc.text[t.start : t.end] for t in e.triggers] for e in doc.events]


def test_an_aim_is_no_seizure() -> None:
    assert not _has("وقال إن أهداف الجماعة بعيدة عن مطالب الناس، غايتها السيطرة وبناء دولتها.", "السيطرة", "192")
    assert not _has("وأكد أن التنظيم هدفه السيطرة على الموارد.", "السيطرة", "192")
    # a seizure told still is one
    assert _has("وأكد أن المقاتلين أحكموا السيطرة على البلدة أمس.", "السيطرة", "192")
    assert _has("وأخرج الرئيس القمة عن هدفها باتهام جيرانه بسرقة النفط.", "باتهام", "112")


def test_the_wounded_visited_are_no_new_attack() -> None:
    groups = _groups("وقال الوزير إنه زار جرحى الاعتداء الإرهابي الذي وقع في القرية، في المستشفى.")
    assert not any("جرحى" in g or "الاعتداء" in g for g in groups)
    assert ["زار"] in groups
    assert not _has("وأجرى المستشفى عملية جراحية لأحد جرحى المقاومة في المدينة.", "جرحى", "190")
    # wounded who fell in an attack still tell one
    assert any("جرحى" in g for g in _groups("وأسفر القصف عن سقوط جرحى في صفوف المدنيين."))


def test_anyone_who_would_is_no_threat_told() -> None:
    assert not _has("وأكد الملك وقوف بلاده مع مصر ضد كل من يهدد أمنها.", "يهدد", "130")
    assert not _has("ودعا الوزير إلى محاسبة كل من يعتدي على المستشفيات.", "يعتدي", "180")
    # a named actor that threatens still does
    assert _has("وقال إن المسلحين يهددون حياة المدنيين.", "يهددون", "130")


def test_a_notice_posted_on_something_is_no_statement() -> None:
    assert not _has("وقرب المطعم لافتة كبيرة، عليها إعلان يقول إن الوجبة مجانية.", "إعلان", "010")
    assert _has("ورحب الوزير بإعلان الحكومة عن خطة جديدة.", "بإعلان", "010")


def test_deaths_in_floods_are_no_act_of_force() -> None:
    assert not _has("وقال المسؤول إن أربعين شخصا لقوا مصرعهم وتضرر الآلاف بالفيضانات.", "مصرعهم", "190")
    assert not _has("وقالت السلطات إن مائة شخص لقوا مصرعهم بسبب الأمطار التي أدت إلى مصرع خمسين آخرين.",
                    "مصرعهم", "190")
    # a death in an attack still is one
    assert _has("ولقي خمسة جنود مصرعهم في هجوم للمسلحين على الحاجز.", "مصرعهم", "190")


def test_two_executions_of_different_captives_are_two_events() -> None:
    groups = _groups("وقال الشهود إن التنظيم بدأ بإعدام عناصر من مسلحيه كما قام التنظيم بإعدام شخصين من سكان المدينة.")
    assert sum(1 for g in groups if any("بإعدام" in t for t in g)) == 2


def test_an_execution_is_no_killing_in_battle() -> None:
    groups = _groups("وقتل قائد عسكري في اشتباكات مع القوات، في وقت أقدمت الجبهة في المدينة على إعدام محام"
                     " بإطلاق النار عليه بتهمة التخابر.")
    execution = next(g for g in groups if "إعدام" in g)
    assert "وقتل" not in execution
