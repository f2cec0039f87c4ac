"""Round 240: modality and dates. The act an intention noun governs is planned («أعلن عزمه زيارة»), only that one;
a noun act whose own relative clause says «قد» + a verb of taking place may happen («المفاوضات التي قد تجري»); a
battle's aim after «لـ» is no done act («معركة للسيطرة على»); «ما يحدث اليوم هو», «نعيش اليوم» are nowadays, no
day; «صباح اليوم (أمس)» is valued by the bracketed correction; deaths told as a crash's toll are no assault.
Hand-made sentences (paraphrases), dated 2015-08-02 (a Sunday) by ``analyze_news``."""

from __future__ import annotations

from conftest import analyze_news, news_date, news_modality


def _times(text: str) -> list[tuple[str, str | None]]:
    doc = analyze_news(text)
    return [(doc.text[t.start : t.end], t.value) for t in doc.times]


def _codes(text: str) -> list[tuple[str, str]]:
    doc = analyze_news(text)
    return [(e.code, doc.text[e.trigger.start : e.trigger.end]) for e in doc.events]


def test_act_of_an_intention_noun_is_planned() -> None:
    text = "وأكد الوزير اعتزامه زيارة القاهرة، والتقى بعد ذلك السفير."
    assert news_modality(text, "زيارة") == "planned"
    assert news_date(text, "زيارة") is None
    # counter-case: the act told later in the sentence is not the intention's
    assert news_modality(text, "والتقى") == "asserted"
    assert news_modality("وأعلنت الحركة نيتها شن هجوم على المدينة.", "هجوم") == "planned"
    assert news_modality("وأكد الرئيس عزمه على زيارة الرياض.", "زيارة") == "planned"
    # counter-case: no intention noun, the visit is told as done
    assert news_modality("وأكد الوزير نجاح زيارة القاهرة.", "زيارة") == "asserted"


def test_relative_may_take_place_is_hypothetical() -> None:
    text = "وتناول الاجتماع المفاوضات التي قد تجري بين الطرفين."
    assert news_modality(text, "المفاوضات") == "hypothetical"
    # counter-cases: what attacks may lead to is theirs, the attacks were; a relative of the object is not the
    # subject's
    assert news_modality("وأدان الوزير الهجمات التي قد تؤدي إلى حرب.", "الهجمات") != "hypothetical"
    assert news_modality("وتناول الاجتماع المفاوضات التي قد تجري بين الطرفين.", "الاجتماع") == "asserted"
    assert news_modality("وتناول الاجتماع المفاوضات التي جرت بين الطرفين.", "المفاوضات") == "asserted"


def test_aim_of_a_battle_is_planned() -> None:
    assert news_modality("واندلعت معركة للسيطرة على المدينة.", "للسيطرة") == "planned"
    # counter-case: an attack undergone is told as done
    assert news_modality("وتعرضت القوات لهجوم في المدينة.", "لهجوم") == "asserted"


def test_today_nowadays_in_a_generic_statement() -> None:
    assert _times("وقال إن ما يحدث اليوم هو صراع على السلطة.") == [("اليوم", "2015")]
    assert _times("نعيش اليوم مرحلة صعبة.") == [("اليوم", "2015")]
    # counter-cases: a perfect is the day's event; a visit today is today
    assert _times("وقال إن ما حدث اليوم هو هجوم.") == [("اليوم", "2015-08-02")]
    assert _times("ويزور الرئيس اليوم الرياض.") == [("اليوم", "2015-08-02")]
    assert _times("وقال إن ما يحدث اليوم في المدينة خطير.") == [("اليوم", "2015-08-02")]


def test_part_of_today_corrected_in_brackets() -> None:
    text = "وقتل عشرة أشخاص صباح اليوم (أمس) في هجوم."
    assert _times(text) == [("صباح اليوم", "2015-08-01"), ("أمس", "2015-08-01")]
    assert news_date(text, "وقتل") == "2015-08-01"
    # counter-case: a weekday in brackets glosses the day, no correction; a «أمس» later is no gloss
    assert ("صباح اليوم", "2015-08-02") in _times("وقتل عشرة أشخاص صباح اليوم في هجوم (أمس).")


def test_deaths_of_a_crash_are_no_assault() -> None:
    toll = "وسقطت أمس طائرة حربية في سوق وسط المدينة، مما أدى إلى سقوط عشرات القتلى من المدنيين."
    assert not any(c.startswith("19") for c, _ in _codes(toll))
    when = "وقال إن معظم القتلى مدنيون كانوا في السوق وقت سقوط الطائرة على البلدة."
    assert not any(c.startswith("19") for c, _ in _codes(when))
    # counter-cases: a shell that fell, or a plane that bombed, killed: an assault
    # (round mn1001: the toll of shelling or of an air strike is that act's, one 194/195 event, no 190 of its own)
    shell = "وسقطت قذيفة على سوق، مما أدى إلى سقوط قتلى."
    assert _codes(shell) == [("194", "وسقطت قذيفة")]
    bombed = "وقصفت طائرة حربية سوقا وسط المدينة، مما أدى إلى سقوط عشرات القتلى."
    assert _codes(bombed) == [("195", "وقصفت")]
