"""Round lo408: a killing told as done «خلال/جراء/إثر» an attack with a place is where that attack was («قتل 1280
شخصا خلال هجوم المتطرفين على مدينة سنجار»; events.where_near.in_attack_places). Hand-made sentences with a
counter-case."""

from __future__ import annotations

from conftest import news_place


def test_killing_during_an_attack_on_a_town() -> None:
    text = "وقالت حكومة الإقليم إن 1280 شخصا قتلوا خلال هجوم المتطرفين على مدينة سنجار العام الماضي."
    assert news_place(text, "قتلوا") == "سنجار"


def test_killing_before_an_attack_takes_no_place_from_it() -> None:
    # counter-case: «قبل» tells another time, not the attack the killing was done in
    text = "وقالت حكومة الإقليم إن 1280 شخصا قتلوا قبل هجوم المتطرفين على مدينة سنجار العام الماضي."
    assert news_place(text, "قتلوا") != "سنجار"
