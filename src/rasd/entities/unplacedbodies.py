"""Round en472: a university the text places nowhere is still of the education sector.

:mod:`.bodysectors` gives a body the text places in a country the sector its opening words name («جامعة بغداد»
IRQEDU). A university or college of no known country («جامعة هارفارد», «جامعة جورج تاون», «كلية ...») is no less a
seat of learning: it takes the sector alone, «EDU» (the CAMEO agents dictionary codes a university «~EDU»; a sector
with no country, as :mod:`.firmofficers` gives «BUS»). Only the education sector: an unplaced «محكمة» or «بنك» is as
often a foreign one named in passing whose country matters more than its kind, and those are left to the lists.

A body with a code already keeps it («جامعة الدول العربية»: IGOARL); a word alone names none («الجامعة»). Run in the
entities stage right after :mod:`.bodysectors`, on the built entities.
"""

from __future__ import annotations

from ..doc import Doc
from .bodysectors import opening_sector

_SECTORS = frozenset({"EDU"})  # the sectors a body's opening words give it with no country


def unplaced_bodies(doc: Doc) -> None:
    """Give each organisation of no country and no code the education sector its name opens with, in place."""
    for e in doc.entities:
        if e.type != "ORGANIZATION" or e.country or e.actor:
            continue
        sector = opening_sector(e.name)
        if sector in _SECTORS:
            e.actor = sector
            e.attrs["sector"] = sector
