"""Round gr436: acts that did not happen. An act that a denied interest, need or cause governs («ليس من مصلحتها
مهاجمة»: hypothetical; «لا داعي لعقد اجتماع», «ليس هناك من سبب لنرسل وفدنا ... للتفاوض»: negated;
`events.modality_need.uncalled`), and an act a rhetorical «متى/هل» + «سمعنا/رأينا» question says never came
(`events.modality_need.never_seen`); an act not hurried into («لا نتعجل في التفاوض»: hypothetical,
`events.modality_need.unhurried`); a weapon after «بقوة» («بقوة النار»: a means, no attack, `events.generic_means`).
Hand-made sentences (paraphrases of news usage)."""

from __future__ import annotations

from conftest import analyze_news, news_event


def _modality(text: str, trigger: str) -> str:
    return news_event(text, trigger)[1].modality  # type: ignore[no-any-return]


# -- a denied interest, need or cause ------------------------------------------------------------------------------


def test_act_against_a_denied_interest_is_hypothetical() -> None:
    text = "وقال المحلل إن الحركة تقاتل عدوا مشتركا، وليس من مصلحتها مهاجمة حلفاء واشنطن."
    assert _modality(text, "مهاجمة") == "hypothetical"
    text = "وقال الوزير إنه ليس في مصلحة إيران شن هجوم على جيرانها."
    assert _modality(text, "هجوم") == "hypothetical"


def test_act_no_need_or_cause_calls_for_is_negated() -> None:
    text = "وقال الرئيس إنه ليس هناك من سبب لنرسل وفدنا إلى أديس أبابا للتفاوض في الأيام المقبلة."
    assert _modality(text, "للتفاوض") == "negated"
    text = "وقال المتحدث إنه لا داعي لعقد اجتماع طارئ للمجلس."
    assert _modality(text, "اجتماع") == "negated"
    text = "وقال الوزير إنه لا مجال للتفاوض مع الجماعات الإرهابية."
    assert _modality(text, "للتفاوض") == "negated"


def test_counter_no_doubt_or_cause_of_a_real_act_or_interest_affirmed() -> None:
    # «شك» is no noun of need: what there is no doubt of is told; a cause denied for a named act asks why it came
    text = "وقال دبلوماسي إنه ليس هناك شك في أننا نجري مباحثات مع الروس."
    assert _modality(text, "مباحثات") in ("asserted", "reported")
    text = "وقال الشهود إنه لا سبب واضحا للهجوم على القرية أمس."
    assert _modality(text, "للهجوم") in ("asserted", "reported")
    # a room with no denial of being before it: the talks in it are told
    text = "وقال إن الوفد أجرى مباحثات وفتح مجالا للتفاوض مع المعارضة أمس."
    assert _modality(text, "للتفاوض") in ("asserted", "reported")
    # an interest affirmed, no denial: the act is not made hypothetical by this rule
    text = "وقال المحلل إن الحركة هاجمت حلفاء واشنطن لأن من مصلحتها مهاجمة خصومها."
    assert _modality(text, "هاجمت") in ("asserted", "reported")


# -- a rhetorical question of never hearing or seeing --------------------------------------------------------------


def test_act_a_rhetorical_question_never_heard_of_is_negated() -> None:
    text = "بل ومتى سمعنا عن استهداف الأسد لتنظيم داعش بشكل جدي؟"
    assert _modality(text, "استهداف") == "negated"
    text = "فهل رأينا هجوما واحدا على مواقع التنظيم؟"
    assert _modality(text, "هجوما") == "negated"


def test_counter_question_of_the_second_person_or_no_question() -> None:
    text = "هل سمعتم عن الهجوم على القرية؟"
    assert _modality(text, "الهجوم") == "hypothetical"
    text = "وقال السكان: سمعنا عن استهداف القرية بالقذائف أمس."
    assert _modality(text, "استهداف") in ("asserted", "reported")


# -- «بقوة» + a weapon: a means, no attack -----------------------------------------------------------------------


def _triggers(text: str) -> list[str]:
    doc = analyze_news(text)
    return [doc.text[e.trigger.start : e.trigger.end] for e in doc.events]


def test_weapon_after_by_force_of_is_no_attack() -> None:
    text = ("وأكد المصدر أن تركيا لن تدخل الأراضي السورية، مشددا على أنها سوف تحقق المنطقة الآمنة بقوة النار، "
            "وعلى المعارضة أن تستغل الغطاء.")
    assert "النار" not in _triggers(text)


def test_counter_attack_masdar_after_strongly_or_fire_opened() -> None:
    # «بقوة» strongly, before a masdar: the attack stays; «فتح النار» is an attack
    assert "الهجوم" in _triggers("ونفى الوزير بقوة الهجوم على القرية.")
    assert "فتح النار" in _triggers("وقال إن الجيش فتح النار على المتظاهرين.")


# -- an act not hurried into ---------------------------------------------------------------------------------------


def test_act_not_hurried_into_is_hypothetical() -> None:
    text = "وقال رئيس الاتحاد إن الوضع مختلف، ولذا لا نتعجل في التفاوض مع اللاعبين."
    assert _modality(text, "التفاوض") == "hypothetical"


def test_counter_act_hurried_into_or_past_lam() -> None:
    # hurried into: told; «لم» + hurry: it may have come later, told as before
    assert _modality("وقال إن الحكومة تتعجل في التفاوض مع المعارضة.", "التفاوض") in ("asserted", "reported")
    assert _modality("وقال إننا لم نتعجل في التفاوض مع المعارضة.", "التفاوض") in ("asserted", "reported")
