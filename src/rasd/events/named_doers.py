"""The named body whose forces, aircraft or men do an act, as its source.

«شنت طائرات التحالف العربي غارات», «هاجم مقاتلو «داعش» نقطة التفتيش», «أعلنت سلطات إقليم كردستان»: an event with
no source whose source phrase (the one the argument rules read, left unnamed) opens with a doer's head noun (function
words ``gentilic_doer_heads``: forces, aircraft, units, troops, a government, a delegation, authorities; the men of a
group, ``member_target_nouns``; and ``named_doer_heads``: «طيران», «ميليشيات») whose genitive, right after it (past
quotation marks and one generic head of a group, «تنظيم»), is a named organisation, or a state or region (an entity
with an actor code), is done by that body: the convention the targets follow for a group's men
(:mod:`.member_targets`).

A bare definite head noun alone as the source phrase («ونفى الحزب», «لكن الجيش نفى استهدافه») is the body named
before whose name it opens, as the quotes read it (:func:`rasd.quotes.head_bodies.named_head_body`: the latest use of
that head was that body's). Nothing where a word of another kind stands between («قوات موالية لـ...», «مقاتلين أكراد»), where the genitive is a
person («قوات هادي»: whose forces are not the man), where the phrase is the source's own apposition, or where the body
is already the event's target. Round 154: a doer's head over a bare definite body head («قصفت قوات التحالف», «طيران
التحالف») is the body that bare head stands for (:func:`named_head_body`), named before. Round 131: a bare «الجيش» no body named before stands for is the army of the country
the article is about where the article names that one army anywhere (:func:`.army.home_army`).
"""

from __future__ import annotations

from ..doc import Doc, Entity, Event
from ..quotes.head_bodies import named_head_body
from .army import home_army
from .forms import fw, fw_keys, nkey, stem_key
from .member_targets import body_reached

GROUP = "ORGANIZATION"
STATE = "LOCATION"
STATE_KINDS = ("country", "region")


def _head(doc: Doc, k: int) -> bool:
    """Token ``k`` is a doer head («طائرات»), its stem's key without «و/ف» and proclitics; not with an enclitic."""
    tok = doc.tokens[k]
    key = "" if any(w.kind == "enclitic" for w in tok.words) else stem_key(tok, last=True, form=True)
    return key in fw("gentilic_doer_heads") or key in fw("named_doer_heads")


def _doer_body(ent: Entity) -> bool:
    """An organisation, or a place that acts (a state or region: an actor code or the gazetteer's kind)."""
    return ent.type == GROUP or (ent.type == STATE and (bool(ent.actor) or ent.attrs.get("kind") in STATE_KINDS))


def _phrase_key(doc: Doc, first: int, end: int) -> str:
    return " ".join(doc.tokens[k].norm_key for k in range(first, end))


def described_force(doc: Doc, first: int, end: int) -> Entity | None:
    """«أعلنت القوات الأمنية»: a bare phrase of a state's security forces (``security_force_phrases``) is the one force
    the article names by description («القوات الحكومية», «قوات النظام»: :mod:`rasd.entities.forces`), where it names
    exactly one."""
    if _phrase_key(doc, first, end) not in {nkey(p) for p in fw("security_force_phrases")}:
        return None
    phrases = [tuple(nkey(w) for w in p.split()) for p in fw("described_forces")]
    forces = [e for e in doc.entities if e.type == GROUP and e.attrs.get("kind") == "gov"
              and any(tuple(nkey(w) for w in e.name.split())[: len(p)] == p for p in phrases)]
    return forces[0] if len(forces) == 1 else None


def genitive_body(doc: Doc, k: int, end: int) -> Entity | None:
    """The body named in the genitive of the doer's head at token ``k`` (module docstring)."""
    ent = body_reached(doc, k + 1, end)
    return ent if ent is not None and _doer_body(ent) else None


def construct_body(doc: Doc, k: int, at: int) -> Entity | None:
    """Round 161: «طيران تحالف إعادة الأمل»: an indefinite body head (function words ``construct_body_heads``) at
    token ``k``, in construct with a name of its own that is no entity (an operation's), is the one organisation named
    before character ``at`` whose name opens with that head and the article («التحالف العربي»); None where the
    article names none or more than one."""
    key = doc.tokens[k].norm_key
    if key not in fw_keys("construct_body_heads") or body_reached(doc, k, k + 1) is not None:
        return None
    found = [e for e in doc.entities if e.type == GROUP and e.name.split() and nkey(e.name.split()[0]) == "ال" + key
             and any(m.end <= at for m in e.mentions)]
    return found[0] if len(found) == 1 else None


def named_doers(doc: Doc, events: list[Event]) -> None:
    """Give an event whose source phrase is a named body's forces or men that body (module docstring)."""
    for ev in events:
        span = ev.attrs.get("source_span")
        if ev.source is not None or ev.attrs.get("source_carried") or not isinstance(span, list) or len(span) != 2:
            continue
        first = doc.token_at(int(span[0]))
        end = doc.token_from(int(span[1]))
        if first is None or end is None:
            continue
        body = genitive_body(doc, first, end) if _head(doc, first) else described_force(doc, first, end)
        if body is None and end == first + 2 and _head(doc, first):
            # round 154: «قصفت قوات التحالف», «طيران التحالف»: the body the bare head in the genitive stands for
            eid = named_head_body(doc, first + 1, ev.trigger.start)
            ent = doc.entity(eid) if eid is not None else None
            body = ent if ent is not None and _doer_body(ent) else None
        if body is None and end > first + 2 and _head(doc, first):
            body = construct_body(doc, first + 1, ev.trigger.start)  # round 161: «طيران تحالف إعادة الأمل»
        if body is None and end == first + 1:
            eid = named_head_body(doc, first, ev.trigger.start)  # round 121: «ونفى المجلس», «لكن الجيش نفى»
            body = doc.entity(eid) if eid is not None else home_army(doc, first)  # round 131: named later
        if body is None or body.id == ev.target:
            continue
        ev.source = body.id
        ev.attrs.pop("source_text", None)
        ev.attrs["source_members"] = True
