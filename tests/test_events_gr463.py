"""Round gr463: follow-ups on announced intents and claims. An intent to run for office («أعلن نيته للترشح»,
«عزمه خوض الانتخابات») is a statement (010), no intent to cooperate; an intent to resign keeps 030 (CAMEO's
leadership change 0341 is under 03) (`events.performative.contest_after`). An act told before a closing «according
to» phrase that names a body by its bare noun («، بحسب الشرطة», «، وفقا للسلطات»; the one-word agents of the
``groups`` lexicon) is reported (`events.reported_frames.body_source`); not «وفق النظام» (a rule) nor «بحسب الخطة».
Hand-made sentences (paraphrases of news usage)."""

from __future__ import annotations

from conftest import news_date, news_event, news_modality


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


# -- an announcement reacted to has no day of its own (events.welcomed_statement.reacted_statement) --------------------


def test_announcement_criticised_has_no_day() -> None:
    text = ("واجتمع الدبلوماسيان يوم الاثنين في الدوحة. وبعد اللقاء انتقد لافروف اعلان واشنطن نيتها اتخاذ اجراءات "
            "اضافية للدفاع عن المقاتلين السوريين.")
    assert news_date(text, "اعلان") is None
    text = "وسرعان ما أعلن لافروف انتقاده بعد اللقاء، لاعلان واشنطن نيتها اتخاذ اجراءات اضافية للدفاع عن المقاتلين."
    assert news_date(text, "لاعلان") is None


def test_announcement_told_as_news_keeps_its_day() -> None:
    assert news_date("وجاء إعلان واشنطن نيتها اتخاذ اجراءات اضافية بعد اللقاء.", "إعلان") == "2015-08-02"
    text = "وأعلن لافروف انتقاده بعد اللقاء، وإعلان واشنطن نيتها اتخاذ اجراءات اضافية جاء أمس."
    assert news_date(text, "وإعلان") is not None
