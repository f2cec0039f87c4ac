"""Round ev996: a masdar with its possessive pronoun that is spelt like a past verb with an object pronoun
(«رفضهم»: their rejection, or he rejected them). The noun is read where the words around it take a noun: «عن»
or a verb of stating or expressing whose object it is right before it («عبروا عن رفضهم», «أكد رفضه», «جدد رفضها»:
``owned_masdar_heads``), or the masdar's object in «لـ» right after it («بعد رفضه لتنفيذ», «رفضهم للانقلاب»); the
verb where none of these holds («رفضهم الوزير وطردهم»). Other prepositions were left out on real news: «من» is also
the relative («ساومت على من خطفتهم»), and after «في/بعد/تجاه» the pronoun was resolved to the wrong doer.

Round mn1015: an act of force (``FORCE``: «أفيد عن قتله», «عند تعرضه للقذف») keeps the verb reading, as before
round ev996: its pronoun is the one it is done to, never its doer, and a sourceless one is still told. A masdar read so is a stance of the one its pronoun stands for: where the
later passes (``suffix_doers``) find no source for it, it is no event («بعد رفضها لذلك» with no owner told), and
one whose source and code are those of an act told before it in its sentence or the one before («دان المجلس ...
. وعبر المجلس عن رفضه لـ»: the same condemnation) joins that act (``owned_acts``)."""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Doc, Event, Token
from .forms import Cand, fw

FORCE = ("17", "18", "19", "20")  # CAMEO roots of acts of force (as ``aimed_force.FORCE``)


def _prefixed_object(tok: Token) -> bool:
    """Whether ``tok`` is a noun in «لـ» («للانقلاب», «لتنفيذ»): the object a masdar takes."""
    words = tok.words
    return len(words) >= 2 and words[0].norm == "ل" and words[0].kind == "proclitic" and words[1].kind == "stem"


def owned_masdar(tokens: Sequence[Token], i: int, cand: Cand, code: str = "") -> bool:
    """Whether the past-verb reading ``cand`` of ``tokens[i]`` with an object pronoun, of an entry of CAMEO ``code``,
    is the masdar with its possessive instead (see the module): a past verb's bare stem is the masdar of its form I
    («رفض»); never for an act of force (``FORCE``), whose pronoun is mostly the one it is done to."""
    words = tokens[i].words
    if code.startswith(FORCE) or len(words) < 2 or words[-1].kind != "enclitic" or words[-2].norm != cand.key:
        return False  # («خطفتهم»: a feminine past, no masdar; an act of force: «أفيد عن قتله», «عند تعرضه للقذف»)
    if i > 0 and tokens[i - 1].norm_key in fw("owned_masdar_heads"):
        return True
    return i + 1 < len(tokens) and _prefixed_object(tokens[i + 1])


def _told_before(doc: Doc, ev: Event, events: list[Event]) -> bool:
    """Whether an act of the source and code of ``ev`` is told before it in its sentence or the one before."""
    prev = [x for x in doc.sentences if x.end <= ev.sentence.start]
    lo = prev[-1].start if prev else ev.sentence.start
    return any(o is not ev and o.source == ev.source and o.code == ev.code and lo <= o.trigger.start < ev.trigger.start
               for o in events)


def owned_acts(doc: Doc, events: list[Event]) -> list[Event]:
    """The events less the owned masdars (``owned_masdar``) with no source, named or a phrase, and those that
    repeat an act of their source told just before (see the module)."""
    out: list[Event] = []
    for ev in events:
        if ev.attrs.get("owned_masdar"):
            if ev.source is None and not isinstance(ev.attrs.get("source_span"), list):
                continue
            if ev.source is not None and _told_before(doc, ev, events):
                continue
        out.append(ev)
    return out


__all__ = ["owned_acts", "owned_masdar"]
