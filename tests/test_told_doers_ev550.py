"""Round ev550: the doer a relative light verb names on an act noun («هجوم شنه مسلحون») keeps through the dedup when
the noun joins the act it is the setting of (``events.told_doers``); other sources and counter-cases stay."""

from __future__ import annotations

from conftest import analyze_news


def _events(text: str) -> list[tuple[str, list[str], str | None, str | None]]:
    doc = analyze_news(text)
    names = {x.id: x.name for x in doc.entities}
    return [(e.code, [doc.text[t.start : t.end] for t in e.triggers or [e.trigger]],
             names.get(e.source or "", e.attrs.get("source_text")), names.get(e.target or "", e.attrs.get("target_text")))
            for e in doc.events if e.plover == "ASSAULT"]


def test_the_attacks_doer_is_kept_by_the_killing() -> None:
    assert _events("قتل جنديان في هجوم شنه مسلحون.") == [("190", ["قتل", "هجوم"], "مسلحون", "جنديان")]


def test_the_ambushs_doer_is_kept_by_the_killing() -> None:
    got = _events("قتل ثلاثة جنود في كمين نفذه مسلحون قرب الحدود.")
    assert [(c, t, s) for c, t, s, _ in got] == [("190", ["قتل", "كمين"], "مسلحون")]


def test_a_named_doer_of_the_killing_is_kept() -> None:
    got = _events("قتل الجيش ثلاثة مسلحين في هجوم شنه مسلحون.")
    assert [s for _, _, s, _ in got][0] == "الجيش"


def test_a_repeat_with_no_relative_verb_lends_no_doer() -> None:
    got = _events("قتل جنديان آخران، وقتل جنديان آخران عندما أرسلت الحكومة تعزيزات.")
    assert [s for _, _, s, _ in got] == [None]
