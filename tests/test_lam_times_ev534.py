"""Round ev534 (hand-made sentences): a «لـ» phrase of time or of a count of occasions after an act noun and its
genitive («تواصل قصف الطائرات لليوم الثالث», «للمرة الثانية», «لأسبوع», «للعام الثاني», «لساعات») is no target:
the genitive that names who acts stays the source, and the event has no target. Counter-case: a «لـ» phrase of a
place («قصف الطائرات للمدينة») is still the target."""

from __future__ import annotations

import pytest

from conftest import analyze_news


def _parties(text: str) -> list[tuple[str, str | None, str | None]]:
    """(code, source phrase, target phrase) of each event, as the JSON output gives them."""
    doc = analyze_news(text)
    out = []
    for e in doc.events:
        d = e.to_dict(doc.text)
        src = d.get("source_text", {}).get("text") if d.get("source_text") else None
        tgt = d.get("target_text", {}).get("text") if d.get("target_text") else None
        out.append((e.code, src, tgt))
    return out


@pytest.mark.parametrize("when", ["لليوم الثالث", "للمرة الثانية", "لأسبوع", "للعام الثاني", "لساعات"])
def test_time_after_lam_is_no_target(when: str) -> None:
    assert _parties(f"تواصل قصف الطائرات {when}.") == [("195", "الطائرات", None)]


def test_place_after_lam_stays_the_target() -> None:
    assert _parties("تواصل قصف الطائرات للمدينة.") == [("195", "الطائرات", "للمدينة")]


def test_place_genitive_is_not_made_the_doer() -> None:
    (code, src, tgt), = _parties("تواصل قصف المدينة لليوم الثالث.")
    assert (code, src) == ("194", None) and tgt is not None and tgt.startswith("المدينة")
