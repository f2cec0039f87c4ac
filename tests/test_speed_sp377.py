"""Round sp377 (speed, output unchanged): the per-word functions asked most are memoised in module-level tables
(:mod:`rasd.memo`) instead of ``lru_cache``. A bounded table is emptied when full and answers the same after;
a function whose answer may be None or False keeps that answer (not taken for a miss); a token's text is interned,
equal to what was sliced."""

from __future__ import annotations

import pytest

from rasd.doc import Token
from rasd.entities.localplaces import B_READINGS, b_reading
from rasd.entities.shorttowns import town_word
from rasd.events.forms import fw, fw_keys, nkey
from rasd.memo import remember
from rasd.text.normalize import KEY, KEYS, norm_key
from rasd.text.number_words import maybe_number


def test_remember_empties_a_full_table_and_never_an_unbounded_one() -> None:
    table: dict[str, int] = {}
    for i, w in enumerate(("أ", "ب", "ت")):
        assert remember(table, w, i, 3) == i
    assert table == {"أ": 0, "ب": 1, "ت": 2}
    assert remember(table, "ث", 3, 3) == 3
    assert table == {"ث": 3}  # full at 3: emptied, then the new answer stored
    free: dict[str, int] = {}
    for i in range(10):
        remember(free, str(i), i, 0)
    assert len(free) == 10  # limit 0: never emptied


def test_norm_key_answers_the_same_from_its_table_and_after_the_table_is_emptied() -> None:
    word = "الإمارات"
    first = norm_key(word)
    assert first == word.translate(KEY) == "الامارات"
    assert KEYS[word] == first
    assert norm_key("".join(word)) == first  # another object with the same letters
    KEYS.clear()
    assert norm_key(word) == first
    assert nkey("وزارة") == norm_key("وزارة") == "وزاره"


def test_fw_reads_the_lexicon_and_an_unknown_list_still_fails() -> None:
    assert "." in fw("clause_breaks") and "الوزير" not in fw("clause_breaks")
    assert fw("clause_breaks") is fw("clause_breaks")  # one set, kept
    assert fw_keys("admin_body_heads") == frozenset(norm_key(w) for w in fw("admin_body_heads"))
    with pytest.raises(KeyError):
        fw("no_such_list_of_words")
    with pytest.raises(KeyError):
        fw("no_such_list_of_words")  # a failure is not stored as an answer


def test_none_and_false_answers_are_kept_and_given_back() -> None:
    # «بالرياض»: read after «بـ»; «الرياض»: no such reading, None kept as the answer
    assert b_reading("بالرياض") == ("بالرياض", "الرياض", 1)
    assert b_reading("الرياض") is None
    assert "الرياض" in B_READINGS and B_READINGS["الرياض"] is None
    assert b_reading("الرياض") is None
    assert town_word("وزارة") is None and town_word("وزارة") is None
    assert maybe_number("ثلاثة") is True
    assert maybe_number("الوزير") is False and maybe_number("الوزير") is False


def test_a_token_text_is_interned_and_equal_to_its_slice() -> None:
    text = "قال الوزير إن الوزير"
    a = Token(4, 10, text[4:10], "الوزير")
    b = Token(14, 20, text[14:20], "الوزير")
    assert a.text == b.text == "الوزير"
    assert a.text is b.text  # one object: a memo table finds it by identity
    assert a.norm_key == "الوزير"
