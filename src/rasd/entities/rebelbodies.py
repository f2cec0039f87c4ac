"""Round en831: a body called a wing of an armed non-state party is coded as its own country's rebels (``REB``),
not as the bare country code that stands for that country's government.

A body of known country that no list nor rule has given a sector yet, right after one of whose mentions an
appositive calls it a wing (``wing_nouns``) of a party whose actor code has ``REB``, takes its country's ``REB``:
«منظومة المجتمع الحر الديمقراطي (الجناح الإيراني لحزب العمال الكردستاني)» in a sentence on Iran is IRNREB (the
PKK is TURREB), and so is whoever holds a post in it («X، مسؤول العلاقات في المنظومة»: :mod:`.rolebodies`), and
the armed wing named as its own (``.armedwings``: «وحدات حماية شرق كردستان، الجناح العسكري لمنظومة ...»).

A body with a sector of its own keeps it («الحرس الثوري الإيراني» IRNMIL), as does a body of no country and a
wing of a party that is no armed one («الجناح الشبابي لحزب الخضر»). Called by :func:`.rolebodies.role_bodies` on
the organisations before their men take their codes.
"""

from __future__ import annotations

from ..doc import Doc, Entity, Mention
from ..events.forms import fw_keys  # data only (closed word lists), no stage
from ..text.normalize import norm_key

_LEAD = " («\"،,-–"  # what may stand between a body's name and its appositive
_AFTER = 60  # characters after the name within which the appositive's three words stand


def _rebel_wing(doc: Doc, m: Mention, body: Entity, by_start: dict[int, Entity]) -> bool:
    """Does an appositive right after mention ``m`` call ``body`` a wing of an armed non-state party (one of
    ``by_start``, the organisations by the start of a mention, whose code has ``REB``): «(الجناح الإيراني لحزب
    العمال الكردستاني)»?"""
    tail = doc.text[m.end : m.end + _AFTER]
    lead = len(tail) - len(tail.lstrip(_LEAD))
    if lead == 0:
        return False
    pos = m.end + lead
    words: list[tuple[str, int]] = []
    for w in tail[lead:].split()[:3]:
        at = doc.text.index(w, pos)
        words.append((w, at))
        pos = at + len(w)
    if len(words) < 3 or norm_key(words[0][0]) not in fw_keys("wing_nouns") or not words[2][0].startswith("ل"):
        return False
    at = words[2][1]
    parent = next((by_start[p] for p in range(at, at + 3) if p in by_start), None)  # (a «لـ» before its name)
    return parent is not None and parent is not body and "REB" in (parent.actor or "")


def rebel_bodies(doc: Doc, orgs: list[tuple[Mention, Entity]]) -> None:
    """Give each body of ``orgs`` (each mention of an organisation with its entity) of known country and no sector
    that an appositive calls an armed party's wing its country's ``REB`` code, in place."""
    by_start = {m.start: e for m, e in orgs}
    for m, e in orgs:
        if e.type != "ORGANIZATION" or not e.country or e.actor and e.actor != e.country:
            continue
        if _rebel_wing(doc, m, e, by_start):
            e.actor = e.country + "REB"
            e.attrs["actor_from"] = "rebel_wing"
