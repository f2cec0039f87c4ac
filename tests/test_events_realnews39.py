"""Round 39 of real news: a «طالب» that is a student makes no demand; a raid by special forces or commandos is
a ground raid (190), not an air strike (195), and what an air strike targets is one (195); a siege of people
with ideas is no siege; «البحث عن» is a search, no talks; «هجوما انتحاريا» is a suicide attack."""

from __future__ import annotations

from conftest import analyze_news, news_codes as _codes, news_has_code as _has, news_triggers as _triggers


def test_a_student_makes_no_demand() -> None:
    assert "طالب" not in _triggers("وقال محمد علي، طالب بكلية الطب، إن الامتحانات صعبة.")
    assert "طالب" not in _triggers("وكان سمير حداد طالب في جامعة القاهرة عندما بدأت الاحتجاجات.")
    assert "طالب" not in _triggers("وقال إن خالد الحربي طالب قانون في لندن.")
    # a demand still is one
    assert _has("وطالب الوزير في كلمته بوقف الحرب.", "وطالب", "100")
    assert _has("وطالب محمد علي بالإفراج عن المعتقلين.", "وطالب", "1053")  # ev523: a demand for a release


def test_a_raid_by_special_forces_is_on_the_ground() -> None:
    assert _has("ونفذت قوات خاصة غارة على مقر التنظيم في القرية.", "غارة", "190")
    assert _has("وشنت قوات الكوماندوز غارات على مواقع المسلحين.", "غارات", "190")
    assert _has("ونفذت وحدة خاصة غارة ليلية على منزل القيادي في عملية إنزال.", "غارة", "190")
    # with aircraft named, or none of a ground force, a raid still is an air strike
    assert _has("وشنت قوات خاصة غارة بمساندة طائرات مروحية.", "غارة", "195")
    assert _has("وشنت الطائرات غارة على مواقع التنظيم.", "غارة", "195")
    assert _has("وتواصلت الغارات على حلب، خاصة في الأحياء الشرقية.", "الغارات", "195")


def _trigger_codes(text: str) -> list[tuple[str, str]]:
    """(trigger, code) for every trigger of every event, those a repeat joined too."""
    doc = analyze_news(text)
    return [(doc.text[t.start : t.end], e.code) for e in doc.events for t in e.triggers]


def test_what_an_air_strike_targets_is_an_air_strike() -> None:
    text = "ونفذت طائرات التحالف ضربات ضد التنظيم في ريف حلب، كان آخرها الغارة الجوية التي استهدفت جبهة النصرة في أعزاز."
    assert ("استهدفت", "195") in _trigger_codes(text)
    assert ("استهدفت", "190") not in _trigger_codes(text)
    # an attack that targets still is one
    assert ("استهدف", "190") in _trigger_codes("وقتل عشرة في الهجوم الذي استهدف مقر الشرطة أمس.")


def test_a_siege_of_people_with_ideas_is_no_siege() -> None:
    assert "حصار" not in _triggers("وقال إن القرار خطوة على طريق حصار أصحاب الأفكار المتطرفة.")
    assert "حصار" not in _triggers("وتريد الحكومة حصار الفكر المتشدد في المدارس.")
    assert _has("وفرضت القوات حصارا على المدينة منذ أيام.", "حصارا", "191")


def test_a_search_is_no_talks() -> None:
    assert "البحث" not in _triggers("وقال إنه يجب البحث عن الفرص مع إيران في المنطقة.")
    assert _has("وبحث الوزير مع نظيره العلاقات الثنائية.", "وبحث", "040")


def test_an_accusative_suicide_attack_is_one() -> None:
    assert any(code.startswith("183") for _, code in
               _codes("وأعلنت الجماعة أن أحد مقاتليها شن هجوما انتحاريا على معسكر للجيش في المنطقة."))
    assert _has("وشن المسلحون هجوما على معسكر للجيش في المنطقة.", "هجوما", "190")


def test_a_plain_attack_after_a_suicide_bombing_repeats_it() -> None:
    text = "وشن مسلح هجوما انتحاريا على معسكر للجيش في المنطقة، وخلف الهجوم عشرات القتلى."
    codes = _trigger_codes(text)
    assert ("الهجوم", "1831") in codes
    assert ("الهجوم", "190") not in codes
    # a plain attack after a plain attack still repeats it
    assert ("الهجوم", "190") in _trigger_codes("وشن مسلحون هجوما على معسكر للجيش، وخلف الهجوم عشرات القتلى.")


def _modality(text: str, trigger: str) -> str:
    doc = analyze_news(text)
    return next(e.modality for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == trigger)


def test_a_visit_an_invitation_calls_for_past_names_is_still_to_come() -> None:
    text = "كما دعا المحافظ، المبعوث الأممي إلى اليمن، وممثلي المنظمات الدولية، لزيارة عدن للاطلاع على الأوضاع."
    assert _modality(text, "لزيارة") == "planned"
    # a trip's aim carried out, and a visit made, are told as fact
    assert _modality("وانتقل المسؤولون معه لزيارة الجرحى في المستشفيات.", "لزيارة") == "asserted"
    assert _modality("وزار الوزير عدن أمس.", "وزار") == "asserted"
