"""A title word right after a definite title that is the given name of the man named after it (round en851):
«النائب حاكم الزاملي» is MP Hakim al-Zamili, no «deputy governor»: a definite noun («النائب», «السيناتور»,
«الوزير») takes no indefinite noun after it as its complement, so an indefinite office word listed as a name
(«حاكم») opens the name when an unknown family name of the form «الفلاني» follows it."""

from __future__ import annotations

from .counterparts import counterpart
from .crf import load_lexicon
from .gazetteer import Gazetteer
from .namerun import FAMILY_MAX_ZIPF10
from .units import Unit


def _family_shaped(g: Gazetteer, key: str) -> bool:
    """«الزاملي», «الكربولي»: a definite word in «ي» that is no country or people adjective and no frequent word
    of the news («العراقي», «الثاني», «الحالي»)."""
    return key.startswith("ال") and key.endswith("ي") and len(key) > 5 and key not in g.nisba \
        and key[2:] not in g.nisba and load_lexicon().freq.get(key, 0) < FAMILY_MAX_ZIPF10 \
        and not g.people_adjective(key)


def given_after_definite_title(g: Gazetteer, units: list[Unit], j: int, definite_title: bool) -> int:
    """The number of name words after the indefinite title word at ``j``, right after the definite title that
    opened the run, when that word is a name of the name lists before a family name (1 for «الزاملي» of «النائب
    حاكم الزاملي»), else 0: not «النائب العام», nor a word the name lists lack, nor one before a frequent word."""
    if not definite_title or j + 1 >= len(units) or units[j + 1].punct or units[j].key.startswith("ال") \
            or counterpart(units[j].tok.text):
        return 0  # («الوزير نظيره كمال»: his counterpart, no name «نظيره»: round en1020)
    w = g.name_word(units[j].key)
    nxt = units[j + 1].key
    return int(w is not None and "n" in w.flags and (g.is_name_word(nxt) or _family_shaped(g, nxt)))
