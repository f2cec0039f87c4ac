"""Round ref276: one home for the verb-gender tests of the events and quotes stages (``rasd.text.verb_gender``):
a table of hand-made verb keys against each variant, so that each caller's variant keeps what it accepted."""

from __future__ import annotations

import pytest

from rasd.events.forms import nkey
from rasd.text.verb_gender import (
    feminine_verb,
    feminine_verb_clitic,
    feminine_verb_strict,
    loose_gender,
    past_feminine,
    past_feminine_object_off,
    past_gender,
    present_feminine,
    verb_agreement,
    verb_gender,
)

# word: past_feminine, feminine_verb, feminine_verb_clitic, feminine_verb_strict, verb_agreement, verb_gender
TABLE = [
    ("قالت", True, True, True, True, "f", "f"),
    ("وأضافت", True, True, True, True, "f", "f"),  # «و» read as part of the key but for the clitic variants
    ("تقول", False, True, True, True, "f", None),  # a bare «تـ»: only the careful reading leaves it open
    ("ستعقد", False, False, True, False, "m", None),  # the future «س»: only the clitic variant reads past it
    ("قال", False, False, False, False, "m", None),
    ("يقول", False, False, False, False, "m", "m"),
    ("تم", False, True, True, True, "f", None),  # «تم» is no feminine: the loose tests take it all the same
    ("تحدث", False, True, True, True, "f", None),  # masculine despite the «تـ»
    ("قالتا", False, False, False, False, "m", None),  # a dual
    ("قالوا", False, False, False, False, "p", None),
    ("قرارات", True, True, True, False, "f", "f"),  # a plural noun: only the strict test refuses it
    ("تتعرض", False, True, True, True, "f", "f"),
]


@pytest.mark.parametrize(("word", "past", "loose", "clitic", "strict", "agreement", "careful"), TABLE)
def test_each_variant_on_the_table(word: str, past: bool, loose: bool, clitic: bool, strict: bool, agreement: str,
                                   careful: str | None) -> None:
    key = nkey(word)
    assert past_feminine(key) is past
    assert past_gender(key) == ("f" if past else "m")
    assert feminine_verb(key) is loose
    assert loose_gender(key) == ("f" if loose else "m")
    assert feminine_verb_clitic(key) is clitic
    assert feminine_verb_strict(key) is strict
    assert verb_agreement(key) == agreement
    assert verb_gender(key) == careful


def test_the_careful_reading_takes_the_callers_perfects_as_masculine() -> None:
    assert verb_gender(nkey("تعرض")) is None
    assert verb_gender(nkey("تعرض"), ("تعرض",)) == "m"
    assert verb_gender(nkey("وتعرضت"), ("تعرض",)) == "f"
    assert verb_gender(nkey("تعرضوا"), ("تعرض",)) is None  # a plural stays unread


def test_an_object_pronoun_comes_off_before_the_past_ending() -> None:
    assert past_feminine_object_off(nkey("استقبلته"))
    assert past_feminine_object_off(nkey("قالتها"))
    assert not past_feminine_object_off(nkey("استقبله"))
    assert past_feminine_object_off(nkey("بيته"))  # (a noun reads as a past too: the caller knows it reads a verb)


def test_a_present_in_ta_has_no_noun_ending() -> None:
    assert present_feminine(nkey("تحتفظ"))
    assert present_feminine(nkey("ترفض"))
    assert not present_feminine(nkey("تصريحات"))
    assert not present_feminine(nkey("تجربة"))
    assert not present_feminine(nkey("تقل"))  # three letters
    assert not present_feminine(nkey("قالت"))
