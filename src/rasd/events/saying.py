"""The verbs of saying, read from the one cue table (data/events/quote_cues.tsv), for the stages that ask whether a
word is one (round 282): «قال», «وقالت», «ويضيف», «وأردفت» — a singular verb cue of either gender, past a «و» or
not, with no word it needs after it (not «جاء في», «نقل عن»). The events and entities stages had a list of them of
their own (``saying_verbs``), a copy of part of the table in the masculine only («وقال», not «وقالت»); the table
holds both genders of every verb (tests/test_quotes_realnews282.py checks each feminine past against
``text.verb_gender``)."""

from __future__ import annotations

from functools import lru_cache

from .forms import nkey, read_tsv, split_forms

_PLURAL = ("وا", "ون")  # «قالوا», «يقولون»: no single speaker


@lru_cache(maxsize=1)
def saying_keys() -> frozenset[str]:
    """The matching keys (``nkey``) of every singular verb form of the cue table, with and without «و» (see the
    module)."""
    keys: set[str] = set()
    for row in read_tsv("quote_cues.tsv"):
        row = row + [""] * (5 - len(row))
        if row[1] != "verb" or row[4].strip():
            continue
        for form in split_forms(row[2]) + split_forms(row[3]):
            key = nkey(form)
            if not key.endswith(_PLURAL) and len(key) >= 3:  # not «عد» (also «وعد», he promised)
                keys.update((key, "و" + key))
    return frozenset(keys)


@lru_cache(maxsize=1)
def saying_perfects() -> frozenset[str]:
    """The keys of the masculine singular perfect of every verb cue of the table, its first masculine form («قال»,
    «أضاف», «أوضح»): what a clause in «وقال X» opens with; not a verb that needs a word after it («نقل عن»), nor a
    defective past in «ى» («رأى», folded with «رأي», opinion: ``word_tests.defective_past`` reads it as written)."""
    keys: set[str] = set()
    for row in read_tsv("quote_cues.tsv"):
        row = row + [""] * (5 - len(row))
        forms = split_forms(row[2]) if row[1] == "verb" and not row[4].strip() else []
        if forms and len(nkey(forms[0])) >= 3 and not forms[0].endswith("ى"):
            keys.add(nkey(forms[0]))
    return frozenset(keys)
