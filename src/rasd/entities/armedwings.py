"""Round en616: an armed wing is coded as the party whose wing it is.

A body named right before an appositive that calls it another body's armed wing takes that body's country and
actor code, as the CAMEO actor dictionaries code a wing under its parent:

- «X، الجناح العسكري لـY», «(X) الجناح المسلح لـY», «X الذراع العسكرية لـY» (``wing_nouns`` + ``wing_adjectives``
  + «لـ» + Y): «قوات حماية الشعب، الجناح العسكري لحزب العمال الكردستاني» is the PKK's (TURREB), not the Syrian
  Kurds' «وحدات حماية الشعب» (SYRREB) its name resembles;
- «X، ذراع Y العسكرية» (the construct: Y right after «ذراع», an armed adjective right after Y);
- «X التابعة لـY» (``wing_affiliations``) only where Y is an armed non-state party (its actor REB or an
  insurgent's IMG…): «كتائب عز الدين القسام التابعة لحركة حماس»; never a body of a state («الشركة التابعة
  للوزارة»: the ministry's firm keeps its own code);
- round en919: «X التابعة لـY» where X has no actor code at all and Y is an inter-governmental body (IGO…) or a
  state's own body (GOV, MIL, …): «هيئة يوروستات التابعة للاتحاد الأوروبي» is the EU's (IGOEU); not a company
  («شركة X التابعة للوزارة», ``company_nouns``), which no state's code makes a state's body.

Y must be another named body with an actor code. A body the dictionaries code as an insurgent group of its own
keeps its code («جبهة النصرة» IMGMUSNUS, «التابعة لتنظيم القاعدة»). The wing's Latin name goes where its country changes (the
gazetteer's «YPG» was the name it was mistaken for). Called by :mod:`.stage` on the finished entities.
"""

from __future__ import annotations

from ..doc import Doc, Entity
from ..events.forms import fw_keys  # data only (closed word lists), no stage
from ..text.normalize import norm_key
from .homeland import STATE_SECTORS

_AFTER = 80  # characters after the wing's name within which the appositive and its parent stand
_LEAD = " )»\"،,-–"  # what may stand between the wing's name and its appositive


def _parent_at(doc: Doc, start: int, wing: Entity) -> Entity | None:
    """The named body with an actor code one of whose mentions starts at ``start`` (a «لـ» before it allowed)."""
    for o in doc.entities:
        if o is not wing and o.type == "ORGANIZATION" and o.actor and any(
                start <= m.start <= start + 2 for m in o.mentions):
            return o
    return None


def _armed_party(e: Entity) -> bool:
    """Is ``e`` an armed non-state party (a rebel or an insurgent group: «حزب العمال الكردستاني» TURREB,
    «حركة حماس» …), whose bodies «التابعة لـ» it are its own?"""
    actor = e.actor or ""
    return "REB" in actor or actor.startswith("IMG")


def _public_parent(body: Entity, parent: Entity) -> bool:
    """May ``body``, of no actor code, take the code of ``parent`` it is «التابع لـ»: an inter-governmental body's
    or a state's own body's, and ``body`` no company?"""
    actor = parent.actor or ""
    words = body.name.split()
    if body.actor or not words or norm_key(words[0]).removeprefix("ال") in fw_keys("company_nouns"):
        return False
    return actor.startswith("IGO") or bool(parent.country) and actor[3:] in STATE_SECTORS


def _parent(doc: Doc, wing: Entity, end: int) -> Entity | None:
    """The party whose armed wing the appositive right after the wing's mention (ending at ``end``) names (or the
    public body a body of no code belongs to: :func:`_public_parent`), or None."""
    nouns, adjectives, affiliations = fw_keys("wing_nouns"), fw_keys("wing_adjectives"), fw_keys("wing_affiliations")
    tail = doc.text[end : end + _AFTER]
    lead = len(tail) - len(tail.lstrip(_LEAD))
    words: list[tuple[str, int]] = []
    pos = end + lead
    for w in tail[lead:].split()[:3]:
        at = doc.text.index(w, pos)
        words.append((w, at))
        pos = at + len(w)
    if len(words) < 2:
        return None
    (w0, a0), (w1, a1) = words[0], words[1]
    k0, k1 = norm_key(w0), norm_key(w1)
    if k0 in nouns and k1 in adjectives and len(words) == 3 and words[2][0].startswith("ل"):
        return _parent_at(doc, words[2][1], wing)  # «الجناح العسكري لحزب العمال الكردستاني»
    if k0 in affiliations and w1.startswith("ل"):
        parent = _parent_at(doc, a1, wing)  # «التابعة لحركة حماس»
        return parent if parent is not None and (_armed_party(parent) or _public_parent(wing, parent)) else None
    if k0 in nouns and not k0.startswith("ال"):
        parent = _parent_at(doc, a1, wing)  # «ذراع حزب العمال الكردستاني العسكرية»
        if parent is not None:
            ends = [m.end for m in parent.mentions if a1 <= m.start <= a1 + 2]
            rest = doc.text[ends[0] : ends[0] + 20].split() if ends else []
            if rest and norm_key(rest[0].strip("،,.»\"")) in adjectives:
                return parent
    return None


def armed_wings(doc: Doc) -> None:
    """Give each body named right before an appositive calling it another party's armed wing that party's
    country and actor (see the module), in place."""
    for e in doc.entities:
        if e.type != "ORGANIZATION" or (e.actor or "").startswith("IMG"):
            continue  # «جبهة النصرة» IMGMUSNUS «التابعة لتنظيم القاعدة»: a code of its own is kept
        for m in e.mentions:
            parent = _parent(doc, e, m.end)
            if parent is None or parent.actor == e.actor:
                continue
            armed = _armed_party(parent)
            if not armed and e.country and parent.country and parent.country != e.country:
                continue  # (a body of one state is no other state's)
            if armed and parent.country != e.country:
                e.latin = None
            e.country, e.actor = parent.country or (None if armed else e.country), parent.actor
            e.attrs["actor_from"] = "armed_wing" if armed else "affiliation"
            break
