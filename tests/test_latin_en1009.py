"""Round en1009: foreign person names no name list has — initials written as letters' names with no full stop
(«تي إس إليوت» T. S., «جورج دبليو بوش» George W.), the Greek ending «ـوس» (-os) that makes a whole name Western
(«إيو» Eu-) — a prison named by a far homonym town taking the country of its context («سجن أفين»: Iran's, not
Somalia's Ufeyn), and bodies named by a kind's adjective or a person («القوات الحكومية», «نظام الأسد»)."""

from __future__ import annotations

import pytest

from rasd import analyze
from rasd.entities.bodygloss import body_gloss
from rasd.entities.gazetteer import load
from rasd.entities.romanize import romanize


@pytest.fixture(scope="module")
def gaz():  # type: ignore[no-untyped-def]
    return load()


def test_initials_without_full_stop(gaz) -> None:  # type: ignore[no-untyped-def]
    assert romanize("تي إس إليوت", gaz).startswith("T. S. ")
    assert romanize("إتش جي ويلز", gaz).startswith("H. G. ")
    assert romanize("جورج دبليو بوش", gaz) == "George W. Bush"
    assert romanize("سوزان بي أنتوني", gaz).startswith("Susan B. ")


def test_letter_names_that_are_name_syllables_stay(gaz) -> None:  # type: ignore[no-untyped-def]
    assert "K." not in romanize("بان كي مون", gaz)
    assert "D." not in romanize("ستيفان دي ميستورا", gaz)
    assert romanize("أحمد بي", gaz).split()[-1] != "B."  # a last word is no initial


def test_greek_ending_makes_the_name_western(gaz) -> None:  # type: ignore[no-untyped-def]
    assert romanize("ديميتريس كاتسيلوتوس", gaz) == "Dimitris Katsilotos"
    assert romanize("كوستاس كاراماتوس", gaz) == "Kostas Karamatos"
    assert romanize("إيوكليد تساكالوتوس", gaz) == "Euklid Tsakalotos"
    # an Arabic name of the ending (a letter of an Arabic sound in it) keeps the Arabic reading
    assert romanize("عيدروس باحميد", gaz).startswith("Idrus ")


def test_listed_words_the_lists_had_wrong(gaz) -> None:  # type: ignore[no-untyped-def]
    assert romanize("جيمس بي. كومي", gaz, "western") == "James B. Comey"
    assert romanize("خليفة الكواري", gaz).endswith("al-Kuwari")


def _ents(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = analyze(text, "2015-05-01")
    return [(e.name, e.country, e.latin) for e in doc.entities]


def test_prison_named_by_a_far_homonym_town() -> None:
    got = _ents("قالت وكالة أنباء إيرانية إن السلطات الإيرانية نقلت الصحافي المعارض إلى سجن أفين في طهران مساء أمس.")
    evin = next(x for x in got if x[0] == "أفين")
    assert evin[1] == "IRN" and evin[2] != "Ufeyn"


def test_bodies_named_by_a_kind_or_a_person(gaz) -> None:  # type: ignore[no-untyped-def]
    assert body_gloss("القوات الحكومية", gaz) == "Government Forces"
    assert body_gloss("القوات الحكومية العراقية", gaz) == "Iraqi Government Forces"
    assert body_gloss("الجيش الوطني", gaz) == "National Army"
    assert body_gloss("القوات الحكومية الغامضة", gaz) is None
    got = _ents("حكم العقيد معمر القذافي ليبيا أربعين عاما. وسقط نظام القذافي عام 2011 بعد انتفاضة شعبية.")
    assert any(x[0] == "نظام القذافي" and x[2] == "Gaddafi Regime" for x in got), got
    assert body_gloss("نظام فلان", gaz) is None  # no person named: no gloss
