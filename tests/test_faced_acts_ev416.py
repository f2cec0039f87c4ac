"""Round ev416: an act faced is undergone (``events.faced``): the subject of a verb of facing («واجه», «تواجه»)
whose direct object is a noun act of criticism, accusation or force is that act's target (VSO, SVO after «لا تزال»,
or a count after «فيها»)."""

from __future__ import annotations

from conftest import news_arg


def test_vso_subject_faces_criticism() -> None:
    text = "وتواجه الحكومة انتقادات حادة من المعارضة."
    assert news_arg(text, "انتقادات", "target") == "الحكومة"


def test_subject_after_la_tazal_faces_attacks() -> None:
    text = ("فالمدينة التي اختبرت خمس محاولات فاشلة لعقد هدنة، لا تزال قوات المعارضة فيها تواجه الهجمات، "
            "رغم الحصار العسكري.")
    assert "المعارضة" in news_arg(text, "الهجمات", "target")


def test_a_count_after_fiha_faces_charges() -> None:
    text = "وفي القضية التي نظرت فيها المحكمة الجنائية، وواجه فيها 32 شخصا اتهامات تتعلق بالمشاركة في أنشطة إرهابية."
    assert news_arg(text, "اتهامات", "target") == "32 شخصا"


def test_an_act_after_another_act_is_no_object_of_the_verb() -> None:
    # counter-case: «رغم الحصار» follows the object: the siege is not faced by the subject
    text = ("فالمدينة التي اختبرت خمس محاولات فاشلة لعقد هدنة، لا تزال قوات المعارضة فيها تواجه الهجمات، "
            "رغم الحصار العسكري.")
    assert news_arg(text, "الحصار", "target") == ""


def test_an_act_past_another_verb_is_not_faced() -> None:
    # counter-case: the attacks are the object of «شنت», not of «تواجه»: the government does not face them here
    text = "وتواجه الحكومة منذ أن شنت المعارضة هجمات على مقارها أزمة خانقة."
    assert news_arg(text, "هجمات", "target") != "الحكومة"
