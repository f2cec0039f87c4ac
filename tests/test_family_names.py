"""Round en431: a word for a family and a family name («منزل عائلة دوابشة», «نقلا عن أسرة محمدي») name the family,
no one of its members: neither the tagger's one-word mention nor a surname-only link to a person named in full."""

from __future__ import annotations

from typing import Any

from conftest import runs_doc


def _persons(doc: Any) -> dict[str, list[str]]:
    """Each person's name → the texts of its mentions."""
    return {e.name: [doc.text[m.start : m.end] for m in sorted(e.mentions, key=lambda m: m.start)]
            for e in doc.entities if e.type == "PERSON"}


def test_tagged_family_name_after_family_noun_is_no_person() -> None:
    doc = runs_doc("قتل الرضيع علي دوابشة في قرية دوما. وتفقد الوزير المصابين من عائلة دوابشة في المستشفى.",
                   ["دوابشة"], ["علي", "دوابشة"])  # (the full run last: it wins where both match)
    assert _persons(doc)["علي دوابشة"] == ["علي دوابشة"]


def test_surname_after_family_noun_is_not_linked() -> None:
    # the tagger reads no second «دوابشة»: the surname-only pass must not take it either (nor with «و»/«ل» on the noun)
    doc = runs_doc("وقال رئيس الوزراء سعد الحريري إن الحكومة باقية. وقدم الرئيس التعازي لعائلة الحريري، وزار منزل "
                   "عائلة الحريري.")
    assert _persons(doc)["سعد الحريري"] == ["سعد الحريري"]


def test_surname_alone_and_full_name_after_family_noun_stay() -> None:
    # counter-cases: the surname alone after a verb is the man; a full name after «أسرة» is still he
    doc = runs_doc("قتل الرضيع علي دوابشة في قرية دوما. وقال دوابشة إن المنزل احترق.", ["دوابشة"], ["علي", "دوابشة"])
    assert _persons(doc)["علي دوابشة"] == ["علي دوابشة", "دوابشة"]
    doc = runs_doc("وقال رئيس الوزراء سعد الحريري إن الحكومة باقية. وأضاف الحريري أن الجيران غادروا.")
    assert _persons(doc)["سعد الحريري"] == ["سعد الحريري", "الحريري"]
    doc = runs_doc("وقالت أسرة محمد مرسي إن الحكم جائر.", ["محمد", "مرسي"])
    assert _persons(doc)["محمد مرسي"] == ["محمد مرسي"]
