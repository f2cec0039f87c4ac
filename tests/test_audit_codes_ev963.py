"""Round ev963: an audit's wrong event codes and modality faults, each with a counter-case that must not change.

(a) bombs seized or found and blown up by security forces are disposed of, no bombing (183);
(b) «استهداف» of companies, investors or tourists for trade or investment is a market aimed at, no force (190);
(c) «إعلان القاهرة», a declaration's name, is no announcement;
(d) a visit done («الزيارة التي قام بها») is no plan; «وألا يستهدفوا» in a call is a wish not to act: negated."""

from __future__ import annotations

from conftest import news_event_rows, news_modality


def _codes(text: str) -> list[tuple[str, str]]:
    return [(code, trigger) for code, trigger, _src, _tgt, _mod in news_event_rows(text)]


def _bombings(text: str) -> list[tuple[str, str]]:
    return [(c, t) for c, t in _codes(text) if c.startswith("18")]


# (a) controlled detonations

def test_seized_bombs_detonated_are_no_bombing() -> None:
    assert _bombings("وقال المتحدث إن الفرق المختصة تولت تفجير العبوات المضبوطة في منطقة نائية.") == []


def test_bombs_seized_by_the_doer_are_no_bombing() -> None:
    assert _bombings("وفجرت قوات الهندسة العسكرية أمس عبوات ناسفة ضبطتها في مخزن للمسلحين جنوب المدينة.") == []


def test_defused_bombs_found_are_no_bombing() -> None:
    assert _bombings("وفككت القوات الأمنية عبوات ناسفة عثرت عليها قرب الجسر.") == []


def test_forces_blowing_up_car_bombs_are_no_bombing() -> None:
    assert _bombings("وقال المسؤول إن القوات تمكنت من تفجير وتدمير ثلاث عربات مفخخة قبل وصولها إلى الحاجز.") == []


def test_detonation_listed_with_defusing_is_no_bombing() -> None:
    assert _bombings("وأعلن الجيش تفجير خمس سيارات مفخخة تابعة للتنظيم في ريف المدينة وتفكيك عشرات الألغام.") == []


def test_bombing_of_a_patrol_stays_a_bombing() -> None:
    rows = news_event_rows("وقتل ثلاثة جنود في تفجير عبوة ناسفة استهدفت دوريتهم شمال بغداد.")
    assert ("183", "تفجير") in [(r[0], r[1]) for r in rows]


def test_gunmen_detonating_a_bomb_stay_a_bombing() -> None:
    rows = news_event_rows("وفجر مسلحون عبوة ناسفة لدى مرور دورية لقوات الأمن في المدينة.")
    assert [(r[0], r[1], r[2]) for r in rows if r[1] == "وفجر"] == [("183", "وفجر", "مسلحون")]


def test_attack_on_forces_with_a_car_bomb_stays() -> None:
    assert ("1832", "وهاجم") in _codes("وهاجم مسلحون قوات الأمن بتفجير سيارة مفخخة قرب الحاجز.")


# (b) a market aimed at

def test_targeting_foreign_companies_for_investment_is_no_force() -> None:
    codes = _codes("وأكد الوزير أن الحكومة تعمل على استهداف الشركات الأجنبية لجذب الاستثمارات إلى البلاد.")
    assert not [c for c, _t in codes if c.startswith("19")]
    assert ("010", "وأكد") in codes


def test_targeting_investors_and_tourists_in_a_season_is_no_force() -> None:
    text = "وتسعى الهيئة إلى استهداف المستثمرين الخليجيين والسياح الأوروبيين خلال الموسم السياحي المقبل."
    assert not [c for c, _t in _codes(text) if c.startswith("19")]


def test_company_shelled_stays_an_attack() -> None:
    codes = _codes("واستهدف المسلحون شركة نفط أجنبية بقذائف الهاون.")
    assert [c for c, t in codes if t == "واستهدف"] == ["194"]


def test_threat_to_target_tourists_stays_a_threat_of_force() -> None:
    rows = news_event_rows("وهدد التنظيم باستهداف السياح الأجانب في المنتجعات.")
    assert [(r[0], r[3]) for r in rows if r[1] == "وهدد"] == [("130", "السياح الأجانب")]


# (c) a declaration's name

def test_named_declaration_is_no_announcement() -> None:
    assert [c for c, _t in _codes("وأكد الجانبان التزامهما بإعلان القاهرة الصادر في ختام القمة.")] == ["010"]
    assert _codes("وصدر إعلان الرياض في ختام المؤتمر بمشاركة واسعة.") == []


def test_city_announcing_stays_an_event() -> None:
    rows = news_event_rows("وأعلنت الرياض أمس دعمها للحكومة.")
    assert [(r[1], r[2]) for r in rows] == [("وأعلنت", "الرياض")]


# (d) modality

def test_visit_done_is_no_plan() -> None:
    text = "وأكد الوزير أن بلاده تولي أهمية كبيرة للزيارة التي قام بها الرئيس إلى موسكو."
    assert news_modality(text, "للزيارة") == "reported"
    assert news_modality("وسيبحث الوزير خلال الزيارة التي قام بها إلى موسكو ملفات عدة.", "الزيارة") == "asserted"


def test_visit_to_be_made_stays_planned() -> None:
    text = "وأكد الوزير أن بلاده تولي أهمية كبيرة للزيارة التي سيقوم بها الرئيس إلى موسكو."
    assert news_modality(text, "للزيارة") == "planned"


def test_call_not_to_target_is_negated() -> None:
    text = "ودعا الشيخ أنصاره إلى التظاهر سلميا وألا يستهدفوا رجال الأمن أو المنشآت العامة."
    assert news_modality(text, "يستهدفوا") == "negated"
    assert news_modality("ودعا الشيخ أنصاره إلى ألا يستهدفوا رجال الأمن.", "يستهدفوا") == "negated"


def test_threat_after_or_else_is_not_negated() -> None:
    assert news_modality("وطالب المتظاهرين بالانسحاب وإلا سيستهدفهم الجيش.", "سيستهدفهم") == "planned"


def test_detonation_in_a_list_of_forces_gains_is_no_bombing() -> None:
    text = ("وأضاف المسؤول أن «القوات الأمنية تمكنت كذلك من تدمير ثلاثة منازل، وقتل مسلحين وتدمير مخزن للذخيرة، "
            "وتفجير 50 عبوة ناسفة في المنطقة».")
    assert _bombings(text) == []
    assert [(c, t) for c, t in _codes(text) if t == "وقتل"] == [("190", "وقتل")]
