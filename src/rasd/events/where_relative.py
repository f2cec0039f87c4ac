"""Round lo499: an act in a relative clause on a named place is there (see ``location.event_location``), narrow: a
null is better than a wrong place.

- «تجربة داريا التي لم تستطع قوات النظام السيطرة عليها», «حلب التي تدور فيها المعارك», «الرقة التي يسيطر عليها
  التنظيم»: the relative right after the place (over its nisba adjective), the trigger in that clause (no comma or
  clause stop between), the clause holding a preposition with the place's pronoun within a few words of the
  trigger: «فيها» for any act (function words ``place_resumptives``), «عليها/إليها» for a visit or an act of force
  (``force_resumptives``; not «التي أشار إليها», said of it); not «منها» (from it) nor «بها» («طالب بها»).
- «دمشق التي شهدت اشتباكات»: the place as the subject of a verb of witnessing (``witness_verbs``) right after the
  relative, the noun act its object."""

from __future__ import annotations

from ..doc import Doc
from .chunks import Chunk
from .forms import PLACES, fw
from .lexicon import Hit
from .stops import clause_stop

CLAUSE_REACH = 7  # tokens from the relative to the trigger («التي لم تستطع قوات النظام السيطرة»)
PRONOUN_REACH = 2  # tokens from the trigger to the resumptive pronoun («السيطرة عليها», «يسيطر عليها»)
MOVES = ("042", "043", "14", "17", "18", "19", "20")  # visits, protest, coerce, force: «عليها/إليها» tell the place
PLACE_RELATIVES = ("التي", "الذي")  # (keys) the relative of a place, feminine or masculine


def _relative_after(doc: Doc, c: Chunk) -> int | None:
    """The token of «التي/الذي» right after the place ``c`` (over one nisba adjective: «داريا السورية التي»)."""
    toks = doc.tokens
    t = c.j + 1
    if t < len(toks) and toks[t].norm_key.startswith("ال") and toks[t].norm_key.endswith(("يه", "ي")) \
            and toks[t].norm_key not in PLACE_RELATIVES:
        t += 1
    return t if t < len(toks) and toks[t].norm_key in PLACE_RELATIVES else None


def relative_on_place(doc: Doc, hit: Hit, c: Chunk) -> bool:
    """Whether the trigger ``hit`` is in a relative clause on the named place ``c`` before it that takes the place
    back by a pronoun after a preposition («داريا التي لم تستطع قوات النظام السيطرة عليها») or by witnessing it
    («دمشق التي شهدت اشتباكات»)."""
    if c.etype not in PLACES or c.entity is None or c.j >= hit.i:
        return False
    rel = _relative_after(doc, c)
    if rel is None or not rel < hit.i <= rel + CLAUSE_REACH:
        return False
    toks = doc.tokens
    if any(clause_stop(toks[t].text) for t in range(rel + 1, hit.i)):
        return False
    if hit.pos == "N" and hit.i == rel + 2 and toks[rel + 1].norm_key in fw("witness_verbs"):
        return True  # «دمشق التي شهدت اشتباكات»
    for t in range(rel + 1, min(len(toks), hit.j + 1 + PRONOUN_REACH)):
        if t > hit.j and clause_stop(toks[t].text):
            return False
        key = toks[t].norm_key.removeprefix("و")
        if key in fw("place_resumptives") or key in fw("force_resumptives") and hit.entry.code.startswith(MOVES):
            return True
    return False
