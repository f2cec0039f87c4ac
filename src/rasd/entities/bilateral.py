"""Round mn947: a body named by two country adjectives is a body of the two states, not one state's.

«مجلس الأعمال الصيني - الأميركي», «مجلس الأعمال السعودي البريطاني», «غرفة التجارة العربية - البريطانية»: a
body head (``org_heads``) and its country adjective, then a second country adjective of another state, right after
it or across a dash («-», «–»), names a bilateral body. The name runs through the second adjective, and it is of
no single state: its code is the body's sector alone («BUS»), as a body of no named state is coded. One adjective
(«مجلس الأعمال المصري»), or the same state twice, stays that state's body as before.
"""

from __future__ import annotations

from collections.abc import Sequence

from .gazetteer import Gazetteer
from .namerun import nisba
from .units import Unit

DASHES = frozenset({"-", "–", "—"})


def second_state(g: Gazetteer, units: Sequence[Unit], j: int) -> tuple[int, str] | None:
    """The index just past a second country adjective after the one at ``units[j]`` (of another state, right after
    it or across a dash), and that state's code; None where none stands there."""
    first = nisba(g, units[j])
    if first is None or j + 1 >= len(units):
        return None
    k = j + 1
    if units[k].punct and units[k].tok.text in DASHES and not units[k].gap:
        k += 1
    if k >= len(units) or units[k].gap:
        return None
    other = nisba(g, units[k])
    if other is None or other == first or len(other) != 3 or len(first) != 3:
        return None
    if units[k].key.startswith("ال") != units[j].key.startswith("ال"):
        return None  # («الصيني أميركي»: no adjective of the same body)
    return k + 1, other
