"""Round 162 of real news: the modality of protests and acts. A negated existential denies the act noun after it
and the present verbs of its noun's clause; an act that «قد» may start is possible; a negation that only denies the
reason («لا ... من أجل ...، بل من أجل») leaves the act told; «في حالة من» is a state, no condition; the protest
masdar of purpose of a gathering is that gathering's protest; a future time after the act an appeal calls for is
that act's, not the appeal's. Hand-made sentences (paraphrases, no article text); the articles are dated
2015-08-02."""

from __future__ import annotations

from conftest import news_date, news_modality

import rasd


def test_a_negated_existential_denies_the_act_and_its_clause() -> None:
    text = "لم تكن هناك حشود غاضبة ترفع أعلامها، وتهتف ضد الحكومة."
    assert news_modality(text, "وتهتف") == "negated"
    assert news_modality("لا توجد مظاهرات في المدينة منذ شهر.", "مظاهرات") == "negated"
    # a contrast, or a verb with a subject of its own, is told
    assert news_modality("لم تكن هناك حشود في الساحة، لكن الطلاب تظاهروا أمام الجامعة.", "تظاهروا") == "asserted"
    text = "ولا توجد هناك احتجاجات في المدينة، ويتظاهر الطلاب في العاصمة."
    assert news_modality(text, "ويتظاهر") == "asserted"
    # a copula with a definite subject denies what is said of it, not the act
    assert news_modality("لم تكن المظاهرات سلمية.", "المظاهرات") == "asserted"


def test_an_act_that_may_start_is_possible() -> None:
    assert news_modality("العصيان المدني قد تكون شرارته من المدينة الجنوبية.", "العصيان") == "hypothetical"
    assert news_modality("الاحتجاجات قد تندلع في المدينة.", "الاحتجاجات") == "hypothetical"
    # what an act already told may turn into, or who may have done it, is no doubt on the act
    assert news_modality("المظاهرات قد تتحول إلى أعمال عنف.", "المظاهرات") == "asserted"
    assert news_modality("الهجوم قد يكون من تنفيذ التنظيم.", "الهجوم") == "asserted"


def test_a_negation_of_the_reason_only_leaves_the_act_told() -> None:
    text = "وقال المنظم: نحن لا نتظاهر من أجل السلطة، بل من أجل الخبز."
    assert news_modality(text, "نتظاهر") == "reported"
    # no «بل»: the act is denied
    assert news_modality("وقال: لم نتظاهر من أجل السلطة.", "نتظاهر") == "negated"


def test_a_state_of_protest_is_no_condition() -> None:
    assert news_modality("وانسحب النواب من الجلسة في حالة من الاحتجاج على القرار.", "الاحتجاج") == "asserted"
    assert news_modality("وفي حالة الهجوم على المدينة سترد القوات.", "الهجوم") == "hypothetical"


def test_the_protest_a_gathering_is_for_is_that_gathering() -> None:
    text = "وتجمع المئات أمام السفارة أمس للاحتجاج على القرار."
    assert news_modality(text, "للاحتجاج") == "asserted"
    assert news_date(text, "للاحتجاج") == "2015-08-01"
    # a gathering still to come: its protest too
    assert news_modality("وسيتجمع الطلاب أمام الوزارة غدا للاحتجاج على القرار.", "للاحتجاج") == "planned"


def _call(text: str) -> tuple[str, str | None]:
    doc = rasd.analyze(text, date="2015-08-02")
    ev = next(e for e in doc.events if e.code.startswith("02"))
    return str(ev.modality), ev.date


def test_the_future_day_of_a_called_for_act_is_not_the_call_s() -> None:
    assert _call("وأطلق الناشطون دعوة إلى التظاهر يوم الجمعة المقبل في العاصمة.") == ("asserted", "2015-08-02")
    assert _call("ودعا الرئيس نظيره للمجيء إلى باريس في نوفمبر المقبل.") == ("asserted", "2015-08-02")
    # a call itself still to come, or dated before what it calls for
    assert _call("وستوجه الحركة الدعوة إلى التظاهر يوم الجمعة المقبل.")[0] == "planned"
    assert _call("وتوجه الحركة يوم الجمعة المقبل الدعوة إلى التظاهر.") == ("planned", "2015-08-07")
