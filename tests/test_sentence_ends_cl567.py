"""Round cl567: one shared set of sentence-end marks (``text.marks.SENTENCE_ENDS``) that the rules read."""

from __future__ import annotations

import pytest

import rasd
from rasd.events import inna_attacks, may_hold, modality_authorized, purpose_chain, shared_time, spans_before
from rasd.events.word_tests import past_conjunction
from rasd.text.marks import ENDS_AND_QUOTES, NAME_QUOTES, SENTENCE_ENDS

_CHAIN = ("ويسعى القائد إلى تجميع مقاتلين من أبناء القبائل للاستعداد لدخول المدينة{mark} وتخليصها من سيطرة "
          "التنظيم، وطرد جميع المتطرفين منها.")


def _mods(text: str, word: str) -> list[str]:
    doc = rasd.analyze(text, "2015-08-04")
    return [e.modality for e in doc.events if doc.text[e.trigger.start:e.trigger.end] == word]


def test_shared_sets() -> None:
    assert SENTENCE_ENDS == frozenset((".", "؟", "?", "!", ":", "؛", ";"))
    assert ENDS_AND_QUOTES == SENTENCE_ENDS | NAME_QUOTES and "،" not in ENDS_AND_QUOTES


def test_modules_read_the_shared_set() -> None:
    for module in (inna_attacks, may_hold, modality_authorized, spans_before):
        assert module.SENTENCE_ENDS is SENTENCE_ENDS
    for module in (purpose_chain, shared_time):
        assert module.ENDS_AND_QUOTES is ENDS_AND_QUOTES


def test_comma_keeps_the_run_of_aims() -> None:
    assert _mods(_CHAIN.format(mark="،"), "وطرد") == ["planned"]


@pytest.mark.parametrize("mark", sorted(SENTENCE_ENDS - {"."}))
def test_end_mark_ends_the_run_of_aims(mark: str) -> None:
    # («لدخول المدينة؛ وتخليصها ...، وطرد»: a new sentence, the expulsion no aim of «لدخول»; Latin «;» as «؛»)
    assert _mods(_CHAIN.format(mark=mark), "وطرد") == ["asserted"]


@pytest.mark.parametrize("name", ['"المكلا"', "«المكلا»"])
def test_quoted_name_ends_the_run_of_aims(name: str) -> None:
    text = f"ويسعى القائد إلى تجميع مقاتلين للاستعداد لدخول {name}، وتخليصها من سيطرة التنظيم، وطرد جميع المتطرفين منها."
    assert _mods(text, "وطرد") == ["asserted"]
    assert _mods(text.replace(name, "المكلا"), "وطرد") == ["planned"]


def test_shared_conjunction_stripper() -> None:
    assert past_conjunction("ومدينتي") == "مدينتي" and past_conjunction("فالرئيس") == "الرئيس"
    assert past_conjunction("وصل") == "وصل"  # (three letters: the «و» is the root's)
