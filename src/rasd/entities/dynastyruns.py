"""Round ents99: a titled name that runs on over its fathers' definite names to a ruling family's one-word name.

Kuwaiti sheikhs chain their fathers' names with the article before the family's: «الشيخ جابر المبارك الحمد
الصباح», «الشيخ محمد عبد الله المبارك الصباح». The title run took one definite family name and stopped, leaving
«الصباح» (also the common word «the morning») out, and with it the man's country. After a title, the definite words
right after a name's first words, up to and with a one-word family name of ``dynasties.tsv`` and no more than
:data:`REACH` of them, are the name's (not «الشيخ محمد المبارك صباح اليوم»: no article, no family)."""

from __future__ import annotations

from .nationality import dynasty_word
from .units import Unit

REACH = 3  # definite words from the first one after the name's start to the family's name, that included


def dynasty_tail(units: list[Unit], i: int) -> bool:
    """Do the units from ``i`` on run, over definite words only, to a ruling family's one-word name («المبارك
    الحمد الصباح»)? No punctuation nor gap between them."""
    for n in range(REACH):
        if i + n >= len(units):
            return False
        u = units[i + n]
        if u.punct or (n and u.gap) or not u.key.startswith("ال"):
            return False
        if dynasty_word(u.key):
            return True
    return False
