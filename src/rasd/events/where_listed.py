"""Round 141: places the nearest «في» gives an act that belong to something else in its sentence (see
``location.event_location``), each narrow: a null is better than a wrong place.

- «الهجمات ... مسفرة عن مقتل ستة ، من بينها هجومان ... في أنقرة»: a place after the trigger past a partitive of
  things («منها», «من بينها»: function words ``thing_partitives``) is of the item listed, not of the act
  (``listed_item_place``); a partitive of people («بينهم أطفال في حلب») still goes on with the act's scene.
- «قتل 27 شخصا في أنحاء البلاد، كما فقد أربعة في منطقة ماندالاي»: a place after the trigger past a comma and
  «كما» (function words ``also_openers``) is of the clause «كما» opens (``also_clause_place``).
- «وتظاهر العشرات في السليمانية احتجاجا على الغارات التركية»: a place before a noun trigger past a word of protest
  or purpose (function words ``protest_purposes``) is where the protest was, not the act protested against
  (``protested_act_place``)."""

from __future__ import annotations

from ..doc import Doc
from .chunks import Chunk
from .forms import fw, nkey
from .lexicon import Hit
from .where_links import also_clause


def listed_item_place(doc: Doc, hit: Hit, c: Chunk) -> bool:
    """Whether the place ``c`` after the trigger ``hit`` lies past a partitive of things («، منها», «من بينها»,
    «ومن بينها»: ``thing_partitives``), so it is of an item in the list it opens."""
    if c.i <= hit.j:
        return False
    return any(_partitive(doc, t) for t in range(hit.j + 2, c.i))


def _partitive(doc: Doc, t: int) -> bool:
    """«من بينها», «، منها», «، ومنها» at token ``t`` (not «انسحبت منها»: from it)."""
    key = doc.tokens[t].norm_key.removeprefix("و")
    if key not in fw("thing_partitives"):
        return False
    prev = doc.tokens[t - 1].text
    return prev in ("،", ",") if key.startswith("من") else nkey(prev).removeprefix("و") == "من"


def also_clause_place(doc: Doc, hit: Hit, c: Chunk) -> bool:
    """Whether the place ``c`` after the trigger ``hit`` lies past a comma and «كما» (``also_openers``), not «as»
    said or shown (a verb of saying or showing after it, function words ``as_after_also``: «تعذيب الساعدي، كما ظهر
    في فيديو ... في سجن الهضبة بطرابلس»: the act's own place)."""
    if c.i <= hit.j or not also_clause(doc, hit.j + 1, c.i):
        return False
    return not any(doc.tokens[t - 1].text in ("،", ",") and doc.tokens[t].norm_key.removeprefix("و")
                   in fw("also_openers") and t + 1 < c.i and doc.tokens[t + 1].norm_key in fw("as_after_also")
                   for t in range(hit.j + 2, c.i))


def protested_act_place(doc: Doc, hit: Hit, c: Chunk) -> bool:
    """Whether the place ``c`` before the noun trigger ``hit`` lies before a word of protest or purpose
    («احتجاجا على», «تنديدا بـ»: ``protest_purposes``) that the trigger follows: the place of the protest."""
    if hit.pos != "N" or c.j >= hit.i:
        return False
    return any(doc.tokens[t].norm_key.removeprefix("و") in fw("protest_purposes") for t in range(c.j + 1, hit.i))
