"""Round en365: a rank or honorific at the end of an office is a role of its own: «مبعوث الملك للمملكة العربية
السعودية الدكتور باسم عوض الله» holds the office «مبعوث الملك للمملكة العربية السعودية» and the rank «الدكتور»;
«قائد الفرقة العقيد X» the office «قائد الفرقة» and the rank «العقيد».

The last word is a title of kind ``rank`` (titles.tsv: «الدكتور», «المهندس», «الأمير», «اللواء»), and what stands
before it is a whole role: two words or more («وزير الخارجية الأستاذ»), or a rank itself («الأمير الدكتور»). Not
one office word and its complement («قائد اللواء»: the brigade's commander, «اللواء» the brigade).
"""

from __future__ import annotations

from ..doc import Doc
from ..text.normalize import norm_key
from .gazetteer import Gazetteer


def _rank(g: Gazetteer, word: str) -> bool:
    t = g.titles.get((norm_key(word),))
    return t is not None and getattr(t, "kind", "") == "rank"


def rank_roles(doc: Doc, g: Gazetteer) -> None:
    """Split the rank off the end of each person's office (see the module), in place; the order of the roles kept,
    the rank right after its office, none twice."""
    for e in doc.entities:
        if e.type != "PERSON" or not e.roles:
            continue
        out: list[str] = []
        for role in e.roles:
            words = role.split()
            if len(words) >= 2 and _rank(g, words[-1]) and (len(words) >= 3 or _rank(g, words[0])):
                parts = [" ".join(words[:-1]).rstrip("،,"), words[-1]]  # («أمير الكويت، الشيخ»: the office)
            else:
                parts = [role]
            out.extend(p for p in parts if p not in out)
        e.roles = out
