"""Quote marks that the event and quote rules read around a name or a word, one set each.

A rule that steps over the marks around a name («أعلن تنظيم "داعش"») or the mark that opens a quotation reads one of
these sets, so that a mark added for one reads for all; ``has_letters`` tells a word from a mark or a
number, ``has_letters_or_digits`` words or figures from blanks and marks.
"""

from __future__ import annotations

from typing import Final

OPEN_QUOTES: Final = frozenset(("«", '"', "“"))  # marks that open a quotation or a quoted name
QUOTE_MARKS: Final = OPEN_QUOTES | frozenset(("»", "”"))  # both sides of a quotation
NAME_QUOTES: Final = frozenset(("«", "»", '"'))  # the marks around a quoted name («"داعش"», ««داعش»»)
OPENING_QUOTES: Final = OPEN_QUOTES | frozenset("(")  # what opens a quoted or bracketed name right after a word
LEADING_QUOTES: Final = OPEN_QUOTES | frozenset("'")  # marks stepped over back from a word to the word before it
SENTENCE_ENDS: Final = frozenset((".", "؟", "?", "!", ":", "؛", ";"))  # marks that end a sentence or a clause of it
ENDS_AND_QUOTES: Final = SENTENCE_ENDS | NAME_QUOTES  # an end mark or a quotation mark: «قال: "..."», «للدخول.»
CUE_ENDS: Final = SENTENCE_ENDS - frozenset(";")  # where a quote cue's clause ends: the Latin «;» never ended one there


def has_letters(text: str) -> bool:
    """Whether ``text`` has a letter: a word, not a mark or a number."""
    return any(ch.isalpha() for ch in text)


def has_letters_or_digits(text: str) -> bool:
    """Whether ``text`` holds a letter or digit (not only blanks, punctuation and quote marks)."""
    return any(ch.isalnum() for ch in text)
