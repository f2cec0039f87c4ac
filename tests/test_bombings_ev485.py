"""Round ev485 (hand-made sentences): a sentence that classifies the attack just told («وهو أول هجوم من نوعه»,
«وكان ذلك أعنف هجوم», «ويعد هذا القصف الأعنف») tells no new act: its noun joins the act told right before, or
yields no event; a verb of force right after «من نوعه» tells the class, no act. A bombing noun that is the subject of
«إن/أن» is the subject of the verb of attack after its phrase («أن «هجوما انتحاريا ...، استهدف»): 1831, not 190;
an attack whose bombing means is set off by a comma («هجوما على البلدة، بالسيارات المفخخة») is that bombing.
Counter-cases: a new attack told after «وهو» with a verb, a retelling with a doer of its own, an army's air strike."""

from __future__ import annotations

from conftest import analyze_news, news_codes, news_event, news_place


def _events(text: str) -> list[tuple[str, str, str | None, list[str]]]:
    """(trigger, code, date, every trigger) of each event."""
    doc = analyze_news(text)
    return [(doc.text[e.trigger.start : e.trigger.end], e.code, e.date,
             [doc.text[t.start : t.end] for t in e.triggers]) for e in doc.events]


# the retelling joins the act told right before
def test_pronoun_first_attack_joins_the_storming_before() -> None:
    text = "اقتحم انتحاري مركزا للشرطة بجرار مفخخ في بلدة دوغوبيازيد. وهو أول هجوم من نوعه منذ انهيار الهدنة."
    assert _events(text) == [("اقتحم", "1831", "2015-08-02", ["اقتحم", "هجوم"])]


def test_demonstrative_after_copula_joins_the_bombing_before() -> None:
    text = "انفجرت عبوة ناسفة بدورية للشرطة في مدينة العريش أمس. وكان ذلك أعنف هجوم تشهده المدينة منذ شهور."
    assert _events(text) == [("انفجرت", "183", "2015-08-01", ["انفجرت", "ناسفة", "هجوم"])]


def test_judging_verb_joins_the_air_strike_before_which_stays_195() -> None:
    text = "شنت طائرات حربية تابعة للتحالف غارات جوية على مواقع الحوثيين في صنعاء أمس. ويعد هذا القصف الأعنف منذ بدء العملية."
    assert [(t, c) for t, c, _, _ in _events(text)] == [("غارات جوية", "195")]


def test_joined_retelling_keeps_the_place_of_the_act() -> None:
    text = "وأفادت الوكالة بأن انتحاريا اقتحم بجرار مفخخ مركزا للدرك في مدينة دوغوبيازيد.\n\nوهو أول هجوم من نوعه منذ شهور."
    assert news_place(text, "اقتحم") == "دوغوبيازيد"


def test_retelling_after_no_single_act_yields_no_event() -> None:
    text = "وأعلنت الوزارة أنها ستبذل الجهود لحماية المدنيين. وهو أول هجوم من هذا النوع منذ سقوط الهدنة."
    assert [c for _, c, _, _ in _events(text) if c.startswith(("18", "19"))] == []


def test_verb_after_of_its_kind_is_no_act() -> None:
    text = "هاجمت سيارتان مفخختان موقعا عسكريا في حضرموت، ويعد هذا الهجوم الأكبر والأول من نوعه الذي يستهدف قوات الجيش."
    assert [t for t, _, _, _ in _events(text)] == ["هاجمت"]


# counter-cases: a new act stays
def test_pronoun_then_verb_of_a_new_attack_stays() -> None:
    text = "قال الرئيس إن الجيش مستعد. وهو يشن هجوما واسعا على معاقل المتمردين منذ الأحد."
    assert ("هجوما", "190") in news_codes(text)


def test_retelling_with_a_doer_of_its_own_and_nothing_before_stays() -> None:
    text = "ألقى الجيش القبض على خلية إرهابية أمس. وهو أول هجوم تشنه جماعة مسلحة على قاعدة عسكرية في المنطقة."
    assert "هجوم" in [t for t, _, _, _ in _events(text)]


def test_attack_not_opened_by_a_pronoun_stays() -> None:
    text = "اقتحم انتحاري مركزا للشرطة بجرار مفخخ. وكان أول هجوم للحزب قد وقع العام الماضي."
    assert ("هجوم", "190") in news_codes(text)


def test_verb_with_a_doer_of_its_own_after_its_kind_stays() -> None:
    text = "وهي عملية من نوعها تستهدف فيها القوات الحكومية معاقل التنظيم."
    assert ("تستهدف", "190") in news_codes(text)


# a bombing noun as the subject of «إن/أن»
def test_inna_bombing_noun_is_the_subject_of_the_targeting_verb() -> None:
    text = "وذكرت الوكالة أن «هجوما انتحاريا بواسطة جرار زراعي مفخخ بنحو طنين من المتفجرات، استهدف فجر الأحد مخفرا للدرك»."
    # round mend508: the verb is a trigger of the noun's event (it tells the same act), of its code
    doc, ev = news_event(text, "هجوما انتحاريا")
    assert ev.code == "1831" and "استهدف" in [doc.text[t.start : t.end] for t in ev.triggers]


def test_verb_with_a_subject_of_its_own_after_the_inna_bombing_stays_190() -> None:
    text = "وقالت الوكالة إن هجوما انتحاريا وقع في المدينة، واستهدفت القوات الأمنية مواقع المسلحين."
    assert news_codes(text) == [("هجوما انتحاريا", "1831"), ("واستهدفت", "190")]


def test_plain_subject_of_inna_before_a_targeting_verb_stays_190() -> None:
    text = "وقالت الحكومة إن الجيش، استهدف مواقع المسلحين بالمدفعية."
    assert news_event(text, "استهدف")[1].code[:2] == "19"


# the bombing means set off by a comma
def test_attack_with_rigged_cars_after_a_comma_is_a_car_bombing() -> None:
    text = "وقال مسؤول إن التنظيم شن هجوما مباغتا على البلدة، بالسيارات المفخخة، ثم خاض اشتباكات مع القوات."
    assert ("هجوما", "1832") in news_codes(text)


def test_attack_with_other_means_after_a_comma_stays_190() -> None:
    text = "وقال مسؤول إن التنظيم شن هجوما مباغتا على البلدة، بالأسلحة الثقيلة، ثم خاض اشتباكات مع القوات."
    assert ("هجوما", "190") in news_codes(text)
