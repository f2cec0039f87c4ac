"""Round 165: talks «بين» two peoples' officials are between their countries. «الاجتماعات التي جرت بين المسؤولين
الأتراك والإيرانيين»: a talk or meeting event (CAMEO 03 to 06) with neither source nor target, followed in its clause
within a few words by «بين» and a head noun with a country adjective (``gentilic_heads``: «المسؤولين الأتراك») or a
people's plural, then «و» and another country adjective or people's plural, has the first country as its source and
the second as its target, where the article names both (country entities) and they differ.
"""

from __future__ import annotations

from ..doc import Doc, Event
from ..entities import gazetteer
from .forms import fw, nkey
from .gentilics import country_entity, people_country
from .word_tests import clause_stop

REACH = 5  # tokens from the trigger to «بين»
TALK_FAMILIES = ("03", "04", "05", "06")


def _country(word: str) -> str | None:
    """The country of a country adjective or a people's plural (with no «و»)."""
    return gazetteer.load().nisba.get(nkey(word)) or people_country(word)


def _pair(doc: Doc, k: int) -> tuple[str, str] | None:
    """The two countries of «بين» at token ``k``: «المسؤولين الأتراك والإيرانيين» or «الأتراك والإيرانيين»."""
    toks = doc.tokens
    n = k + 1
    if n < len(toks) and toks[n].norm_key in fw("gentilic_heads"):
        n += 1
    if n + 1 >= len(toks):
        return None
    first = _country(toks[n].text)
    second_word = toks[n + 1].norm_key
    if first is None or not second_word.startswith("و"):
        return None
    second = _country(second_word[1:])
    return (first, second) if second is not None and second != first else None


def between_peoples(doc: Doc, events: list[Event]) -> None:
    """Give a talk between two peoples' officials its two countries (module docstring)."""
    for ev in events:
        if ev.source is not None or ev.target is not None or ev.code[:2] not in TALK_FAMILIES:
            continue
        if ev.attrs.get("source_span") or ev.attrs.get("target_span"):
            continue
        first = doc.token_from(ev.trigger.end)
        if first is None:
            continue
        for k in range(first, min(len(doc.tokens), first + REACH)):
            if clause_stop(doc.tokens[k].text):
                break
            if doc.tokens[k].norm_key != nkey("بين"):
                continue
            pair = _pair(doc, k)
            src = country_entity(doc, pair[0]) if pair is not None else None
            tgt = country_entity(doc, pair[1]) if pair is not None else None
            if src is not None and tgt is not None:
                ev.source, ev.target = src.id, tgt.id
                ev.attrs.pop("source_text", None)
                ev.attrs.pop("target_text", None)
            break
