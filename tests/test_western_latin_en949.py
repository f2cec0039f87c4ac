"""Round en949: the Latin form of Western names written in Arabic. A word the name table reads as a surname keeps
its given-name form as a Western first name («باول»: Colin Powell, and Paul as a first name); «خ» writes the
Spanish J («خوان» Juan, not «Huans»); the English «-grove» («غروف», a name word of the tables) is no Russian -ov."""

from __future__ import annotations

import pytest

from conftest import analyze_news, entity_named
from rasd.entities.gazetteer import load
from rasd.entities.romanize import romanize, romanize_word
from rasd.text.normalize import norm_key


@pytest.fixture(scope="module")
def gaz():  # type: ignore[no-untyped-def]
    return load()


def test_paul_as_a_first_name_powell_as_a_surname(gaz) -> None:  # type: ignore[no-untyped-def]
    assert romanize("باول سوليفان", gaz, "western") == "Paul Sullivan"
    # counter-cases: the surname, alone or after a given name, stays Powell
    assert romanize("كولن باول", gaz, "western") == "Colin Powell"
    assert romanize("باول", gaz, "western") == "Powell"
    assert romanize_word("باول", gaz) == "Powell"


def test_paul_in_a_news_sentence() -> None:
    doc = analyze_news("وقال الباحث الأمريكي باول سوليفان إن المفاوضات النووية ستستأنف الأسبوع المقبل في جنيف.")
    assert entity_named(doc, "باول سوليفان").latin == "Paul Sullivan"
    doc = analyze_news("وكان وزير الخارجية الأمريكي الأسبق كولن باول قد زار المنطقة عام 2003.")
    assert entity_named(doc, "كولن باول").latin == "Colin Powell"


def test_spanish_j_written_kha(gaz) -> None:  # type: ignore[no-untyped-def]
    assert romanize("خوان كريستوبال", gaz, "western") == "Juan Cristóbal"
    assert romanize_word("خورخي", gaz, "western") == "Jorge"
    assert romanize_word("خافيير", gaz, "western") == "Javier"
    # counter-cases: an Arabic «خ» name keeps its Kh, and one rigour line's «Juli» does not replace Khouli
    assert romanize_word("خالد", gaz) == "Khaled"
    assert gaz.names[norm_key("خولي")].latin == "khouli"
    assert gaz.names[norm_key("خلودنكو")].latin == "holodenko"


def test_grove_is_no_russian_ov(gaz) -> None:  # type: ignore[no-untyped-def]
    for w in ("كوسغروف", "مارسغروف"):
        assert norm_key(w) not in gaz.names, w
    assert romanize("أندرو كوسغروف", gaz, "western") == "Andrew Kosgrove"
    assert romanize_word("مارسغروف", gaz, "western").endswith("sgrove")
    # counter-cases: Russian -ov names stay -ov
    assert romanize_word("زوبراكوف", gaz, "western").endswith("kov")
    assert romanize("سيرغي لافروف", gaz, "western") == "Sergei Lavrov"
