"""Round cl598: the one stripper of «و/ف» and «و/ب/ل» on the front of a word (rasd.text.prefixes)."""

from __future__ import annotations

from rasd.events.aim_named import bare_key
from rasd.events.forms import nkey
from rasd.text.marks import CUE_ENDS, SENTENCE_ENDS
from rasd.text.prefixes import CLITIC_PREFIXES, past_and, past_clitics, token_past_and
from rasd import analyze


def test_past_and_strips_one_conjunction() -> None:
    assert past_and(nkey("وسيكون")) == nkey("سيكون")
    assert past_and(nkey("فهاجم")) == nkey("هاجم")
    assert past_and(nkey("ووزير")) == nkey("وزير")  # one «و» only
    assert past_and(nkey("بحسب")) == nkey("بحسب")  # «ب» is no conjunction
    assert past_and("") == ""


def test_past_and_within_a_list() -> None:
    preps = frozenset((nkey("من"), nkey("في")))
    assert past_and(nkey("ومن"), preps) == nkey("من")
    assert past_and(nkey("فرضيات"), preps) == nkey("فرضيات")  # «رضيات» is no word of the list
    assert past_and(nkey("من"), preps) == nkey("من")


def test_past_and_other_prefixes() -> None:
    heads = frozenset((nkey("حصيلة"),))
    assert past_and(nkey("لحصيلة"), heads, CLITIC_PREFIXES) == nkey("حصيلة")
    assert past_and(nkey("فحصيلة"), heads, CLITIC_PREFIXES) == nkey("فحصيلة")  # «ف» not among them
    assert past_and(nkey("لحصيلة"), heads) == nkey("لحصيلة")  # «ل» not among «و/ف»


def test_past_clitics_in_turn_each_once() -> None:
    assert past_clitics(nkey("وبحسب")) == nkey("حسب")
    assert past_clitics(nkey("ولحين")) == nkey("حين")
    assert past_clitics(nkey("وللمرصد")) == nkey("لمرصد")  # one «ل»
    assert past_clitics(nkey("بوصول")) == nkey("وصول")  # «و» is read first: not after «ب»
    assert past_clitics(nkey("وبحسب"), ("و", "ب")) == nkey("حسب")
    assert past_clitics(nkey("ولحين"), ("و", "ب")) == nkey("لحين")


def test_token_past_and_reads_the_segmentation() -> None:
    doc = analyze("وسيكون الاتفاق مؤقتا تحت ثلاث فرضيات.", date="2015-05-01")
    keys = [token_past_and(t) for t in doc.tokens]
    assert keys[0] == nkey("سيكون")
    assert nkey("فرضيات") in keys  # the «ف» of «فرضيات» is a letter of the word
    assert [bare_key(doc, t) for t in range(len(doc.tokens))] == keys


def test_cue_ends_are_the_sentence_ends_but_the_latin_semicolon() -> None:
    assert CUE_ENDS == frozenset((".", ":", "؛", "!", "?", "؟"))
    assert ";" in SENTENCE_ENDS and ";" not in CUE_ENDS
