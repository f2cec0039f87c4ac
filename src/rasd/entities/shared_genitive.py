"""Round mn947: a body head that shares its genitive state with a noun coordinated after it is that state's body.

«نقل تحيات القيادة ... لحكومة وشعب الإمارات», «إلى حكومة وشعب المملكة»: a body head («حكومة») with no
complement of its own, then «و» and a noun of ``shared_genitive_conjuncts`` («وشعب»), then a country's name: the
two heads govern the one genitive, so the head is a mention of its own, that state's body (the country keeps its own
mention), named by the head and the country's name («حكومة الإمارات»: round en975, not a bare «حكومة»). A head with a genitive of its own («حكومة الأردن ولحكومة مصر») is read as before.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..events.forms import fw_keys
from .gazetteer import Entry, Gazetteer
from .units import Unit


def shared_state(g: Gazetteer, units: Sequence[Unit], j: int) -> tuple[str, str] | None:
    """The state of the country named after «و» + a shared noun at ``units[j]`` (module docstring) and the country's
    name as written (the head's mention takes it for its name: «حكومة الإمارات», round en975), or None."""
    if j + 1 >= len(units) or units[j].punct or units[j].gap or units[j].key not in fw_keys(
            "shared_genitive_conjuncts") or units[j + 1].punct or units[j + 1].gap:
        return None
    for n in range(min(4, len(units) - j - 1), 0, -1):
        e = g.phrases.get(tuple(u.key for u in units[j + 1 : j + 1 + n]))
        if isinstance(e, Entry) and e.kind == "country" and e.country:
            return e.country, " ".join(u.tok.text for u in units[j + 1 : j + 1 + n])
    return None
