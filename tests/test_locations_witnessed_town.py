"""Round lo464: a noun act witnessed by «المدينة» («بعد مظاهرة شهدتها المدينة») is where the one town named with
«مدينة» before it in its sentence is (events.where_anaphor.witnessed_town_places); an indefinite act witnessed with
no relative word («مظاهرة شهدتها بغداد») is where the place that witnessed it is (where_witness.witness_verb_after).
Hand-made sentences (paraphrases, no article text), each with counter-cases."""

from __future__ import annotations

from conftest import news_place


def test_act_witnessed_by_the_town_word_is_in_the_town_named_before() -> None:
    text = ("وانطلقت الدعوات من مدينة الحلة، مركز محافظة بابل، حيث توعد المتظاهرون بالتصعيد بعد مظاهرة شهدتها "
            "المدينة مؤخرا.")
    assert news_place(text, "مظاهرة") == "الحلة"
    text = "وعاد الهدوء إلى مدينة الحلة بعد المواجهات التي شهدتها المدينة أمس."
    assert news_place(text, "المواجهات") == "الحلة"


def test_indefinite_act_witnessed_by_a_named_place() -> None:
    assert news_place("وتوعد المتظاهرون بالتصعيد بعد مظاهرة شهدتها بغداد أمس.", "مظاهرة") == "بغداد"


def test_counter_no_town_named_with_the_town_word() -> None:
    # «محافظة بابل» is named with another place word: «المدينة» does not stand for it
    text = "وانطلقت الدعوات من محافظة بابل حيث توعد المتظاهرون بالتصعيد بعد مظاهرة شهدتها المدينة مؤخرا."
    assert news_place(text, "مظاهرة") is None


def test_counter_two_towns_named_before() -> None:
    text = ("وانتقلت الدعوات من مدينة الحلة إلى مدينة الناصرية حيث توعد المتظاهرون بالتصعيد بعد مظاهرة شهدتها "
            "المدينة مؤخرا.")
    assert news_place(text, "مظاهرة") is None


def test_counter_definite_act_with_no_relative_word() -> None:
    # «المظاهرة شهدتها بغداد»: a definite noun opens a clause of its own; no relative ties the place to it
    text = "وتوعد المتظاهرون بالتصعيد، والمظاهرة شهدتها بغداد أمس."
    assert news_place(text, "والمظاهرة") is None
