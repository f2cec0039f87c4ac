"""Round gr463: follow-ups on announced intents and claims. An intent to run for office («أعلن نيته للترشح»,
«عزمه خوض الانتخابات») is a statement (010), no intent to cooperate; an intent to resign keeps 030 (CAMEO's
leadership change 0341 is under 03) (`events.performative.contest_after`). An act told before a closing «according
to» phrase that names a body by its bare noun («، بحسب الشرطة», «، وفقا للسلطات»; the one-word agents of the
``groups`` lexicon) is reported (`events.reported_frames.body_source`); not «وفق النظام» (a rule) nor «بحسب الخطة».
Hand-made sentences (paraphrases of news usage)."""

from __future__ import annotations

from conftest import news_event, news_modality


def _code(text: str, trigger: str) -> str:
    return news_event(text, trigger)[1].code  # type: ignore[no-any-return]


def test_intent_to_stand_for_election_is_a_statement() -> None:
    text = "وبالتزامن مع إعلان رفسنجاني نيته للترشح في انتخابات مجلس خبراء القيادة، طالب النائب بتنفيذ الحكم."
    assert _code(text, "إعلان") == "010"
    assert _code("وأعلن الرئيس السابق عن نيته بالترشح للانتخابات الرئاسية.", "وأعلن") == "010"


def test_intent_to_resign_or_to_help_keeps_its_030() -> None:
    assert _code("وكان رئيس الاتحاد قد أعلن نيته بالاستقالة من منصبه.", "أعلن") == "030"
    assert _code("وأعلن الاتحاد الأوروبي عن نيته مد السلطات التونسية بالخبرات الضرورية.", "وأعلن") == "030"


def test_act_before_a_closing_according_to_a_body_noun_is_reported() -> None:
    assert news_modality("قتل 20 شخصا في هجوم على سوق شعبي، بحسب الشرطة.", "قتل") == "reported"
    assert news_modality("وبحسب الجيش، قتل 20 مسلحا في الغارات.", "قتل") == "reported"


def test_act_before_according_to_a_rule_or_a_plan_stays_asserted() -> None:
    assert news_modality("واعتقل خمسة أشخاص، وفق النظام.", "واعتقل") == "asserted"
    assert news_modality("قتل 20 شخصا في هجوم على سوق شعبي، بحسب الخطة.", "قتل") == "asserted"
