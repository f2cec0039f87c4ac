"""A family name that is also a common word closing a name of two name words (round en975): «محمود أميري مقدم،»
(Mahmoud Amiri Moghadam; «مقدم» is also «presenter»). The name lists flag the word a family name and a name-list
word as well as a common one («c f n»); it goes on the run only as its third word or later, after name words, right
before a punctuation mark or the end of the sentence, and never with the article (a noun or a rank: «المقدم»).
"""

from __future__ import annotations

from .gazetteer import Gazetteer
from .units import Unit


def common_family_tail(g: Gazetteer, units: list[Unit], j: int, n: int) -> bool:
    """Is ``units[j + n]`` a common word that the lists name a family name, closing the name run ``units[j:j+n]``
    of two name words or more before a punctuation mark or the sentence's end?"""
    if n < 2:
        return False
    u = units[j + n]
    w = g.name_word(u.key)
    if w is None or u.punct or u.key.startswith("ال") or not {"c", "f", "n"} <= set(w.flags):
        return False
    if u.key in g.stop or (u.key,) in g.titles or u.key in g.nisba:
        return False
    end = j + n + 1 >= len(units) or units[j + n + 1].punct
    return end and all(g.is_name_word(x.key) for x in units[j : j + n])
