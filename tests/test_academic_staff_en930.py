"""Round en930: a person whose apposition names his university by «في/بـ» is of its education sector
(«X، أستاذ الاقتصاد في جامعة Y الأميركية»: USAEDU); a past tie or another employer named first is not."""

from __future__ import annotations

import pytest

import rasd


def _person(text: str, name: str) -> tuple[str | None, str | None]:
    doc = rasd.analyze(text, date="2015-05-01")
    e = next(e for e in doc.entities if e.type == "PERSON" and e.name == name)
    return e.country, e.actor


@pytest.mark.parametrize("text, name, want", [
    ("وقال مارك ستيفنسون، أستاذ العلوم السياسية في جامعة جورج تاون الأميركية، إن الاتفاق سيصمد.",
     "مارك ستيفنسون", ("USA", "USAEDU")),
    ("وقال كريم حداد، أستاذ القانون الدولي في جامعة بغداد، إن الحكومة أخطأت في تقدير الموقف.",
     "كريم حداد", ("IRQ", "IRQEDU")),
    ("ويرى توماس ريتشاردز، الأستاذ في جامعة تافتس، أن الأسواق ستتعافى قريبا.",
     "توماس ريتشاردز", (None, "EDU")),  # a university of no country: the sector alone (en936: «جامعة هارفارد» is
    # listed now, USAEDU; «تافتس» is on no list)
    # an academic title in construct with the college: the dean, of his own country already
    ("وقال الدكتور سامي الجبوري، عميد كلية الهندسة في جامعة بغداد، إن الطلاب عادوا إلى قاعاتهم.",
     "سامي الجبوري", ("IRQ", "IRQEDU")),
])
def test_scholar_of_university(text: str, name: str, want: tuple[str | None, str | None]) -> None:
    assert _person(text, name) == want


@pytest.mark.parametrize("text, name", [
    # a past tie after a relative pronoun tells no post
    ("وقال مارك ستيفنسون، الذي درس في جامعة هارفارد، إن الاتفاق سيصمد.", "مارك ستيفنسون"),
    # no title opens the apposition: «خريج» studied there
    ("وقال مارك ستيفنسون، خريج جامعة جورج تاون الأميركية، إن الاتفاق سيصمد.", "مارك ستيفنسون"),
    # a research centre named before the university is his employer
    ("وقال مارك ستيفنسون، الباحث في معهد بروكينغز بجامعة جورج تاون الأميركية، إن الاتفاق سيصمد.", "مارك ستيفنسون"),
])
def test_no_post_at_university(text: str, name: str) -> None:
    _, actor = _person(text, name)
    assert actor is None or not actor.endswith("EDU")
