"""Round rv347: the shared word tests that review merges made many rules call instead of their own copies.

``past_conjunction`` with its ``over`` length (the dating, modality and quote rules took «و/ف» off only a longer
key), ``clause_break`` / ``clause_stop`` (end punctuation; with or without the commas) and
``gazetteer.clitic_head_offset`` (a head after a clitic, where the facility, regime and command rules read it).
Hand-made words, no pipeline run.
"""

from __future__ import annotations

from rasd.entities.gazetteer import clitic_head_offset
from rasd.events.forms import nkey
from rasd.events.word_tests import clause_break, clause_stop, past_conjunction


def test_past_conjunction_takes_the_conjunction_off_a_long_enough_key() -> None:
    assert past_conjunction(nkey("وقال")) == nkey("قال")  # four letters: «و» + a verb of three
    assert past_conjunction(nkey("فأعلن")) == nkey("أعلن")
    assert past_conjunction(nkey("وصل")) == nkey("وصل")  # three letters: the «و» is the verb's own (arrived)


def test_past_conjunction_over_four_keeps_a_short_word_whole() -> None:
    # the rules that read a verb's tense ask for five letters or more: «وأكد» keeps its «و», «وسيزور» loses it
    assert past_conjunction(nkey("وأكد"), 4) == nkey("وأكد")
    assert past_conjunction(nkey("وسيزور"), 4) == nkey("سيزور")
    assert past_conjunction(nkey("يزور"), 4) == nkey("يزور")  # no conjunction: nothing to take off


def test_clause_break_is_end_punctuation_and_clause_stop_adds_the_commas() -> None:
    assert clause_break(".") and clause_stop(".")
    assert not clause_break("،") and clause_stop("،")  # «قال الوزير، إن»: a comma stops a clause, not a sentence
    assert not clause_break("؛") and not clause_stop("؛")  # the Arabic semicolon is neither (rules that stop there say so)
    assert not clause_break("قال") and not clause_stop("قال")


def test_clitic_head_offset_finds_a_head_after_a_proclitic() -> None:
    heads = frozenset((nkey("قيادة"),))
    assert clitic_head_offset("قيادة", heads) == 0
    assert clitic_head_offset("وقيادة", heads) == 1  # «وقيادة عمليات ...»: the head starts after «و»
    assert clitic_head_offset("القيادة", heads) is None  # the definite word is another key, no head of the list
