"""Round 229: «جدد المجلس إدانة بلاده واستنكارها», «يقود مفاوضات بلاده مع الجار»: a bare «بلاده/بلادها» right after a
noun act (``homeland_words``, no preposition or «و» on it) is the act's subjective genitive, its doer, never its
target: a ``target_text`` on it is dropped; an event with no source gets the country of its owner (the speaker or
the person named before it, as ``homelands``), else the one country the relative adjectives of the sentence before it
name, where no named party stands there («أوضح مسؤول كويتي، يقود مفاوضات بلاده»)."""

from __future__ import annotations

from ..doc import Doc, Event
from ..entities import gazetteer
from .forms import fw
from .homelands import homeland_owner, make_country
from .source_set import drop_phrase, name_party


def _genitive_homeland(doc: Doc, ev: Event) -> int | None:
    """The token of a bare «بلاده» right after the noun trigger of ``ev``, else None."""
    if ev.attrs.get("pos") != "N":
        return None
    k = doc.token_from(ev.trigger.end)
    if k is None or k == 0 or doc.tokens[k].start >= ev.sentence.end or doc.tokens[k - 1].end != ev.trigger.end:
        return None
    return k if doc.tokens[k].norm_key in fw("homeland_words") else None


def _adjective_owner(doc: Doc, ev: Event, k: int) -> str | None:
    """The one country named by a relative adjective between the sentence start and ``k``, no party named there."""
    lo, hi = ev.sentence.start, doc.tokens[k].start
    if any(lo <= m.start and m.end <= hi for e in doc.entities for m in e.mentions):
        return None
    nisba = gazetteer.load().nisba
    isos = {nisba[key] for x in doc.token_range(ev.sentence) if x < k
            for key in (doc.tokens[x].norm_key.removeprefix("و"),) if key in nisba}
    return next(iter(isos)) if len(isos) == 1 else None


def homeland_genitives(doc: Doc, events: list[Event]) -> None:
    """Read «إدانة بلاده» as the country's act (module docstring)."""
    for ev in events:
        k = _genitive_homeland(doc, ev)
        if k is None:
            continue
        tok = doc.tokens[k]
        span = ev.attrs.get("target_span")
        if ev.target is None and isinstance(span, list) and len(span) == 2 and span[0] == tok.start:
            drop_phrase(ev, "target")
        if ev.source is not None or ev.attrs.get("source_span") is not None:
            continue
        iso = homeland_owner(doc, k, ev.sentence) or _adjective_owner(doc, ev, k)
        ent = make_country(doc, iso, tok.start, tok.end) if iso is not None else None
        if ent is not None and ent.id != ev.target:
            name_party(ev, "source", ent.id)
            ev.attrs["source_national"] = "homeland"
