"""Round 202: whom «نظرائه» (his counterparts) names: the body they sit in, named in the sentence or by their nisba.

A target phrase headed by a plural of counterparts (function words ``counterpart_plurals``: «نظرائه») where no
entity names the party:

- followed by «في»/«بـ» (``body_membership_prepositions``) and an organisation's name («مع نظرائه في مجلس التعاون
  الخليجي», «نظرائه برابطة دول جنوب شرقي آسيا»): that organisation;
- followed by a plural nisba («نظرائه الخليجيين»): the one organisation the article names whose name holds that
  nisba's stem («مجلس التعاون لدول الخليج العربية»). None where the article names no such body, or several.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import fw, nkey

ORGANIZATION = "ORGANIZATION"
NISBA_ENDS = ("يين", "يون")


def _org_at(doc: Doc, start: int, end: int) -> str | None:
    for m in doc.mentions:
        if m.entity is not None and m.type == ORGANIZATION and start <= m.start < end:
            return m.entity
    return None


def _nisba_body(doc: Doc, word: str) -> str | None:
    k = nkey(word).removeprefix("ال")
    end = next((e for e in NISBA_ENDS if k.endswith(e)), None)
    if end is None or len(k) - len(end) < 3:
        return None
    stem = k[: -len(end)]
    found: list[str] = []
    for e in doc.entities:
        if e.type != ORGANIZATION:
            continue
        words = [nkey(w).removeprefix("ال") for w in e.name.split()]
        if any(w == stem or w == stem + "ي" for w in words) and e.id not in found:
            found.append(e.id)
    return found[0] if len(found) == 1 else None


def counterpart_targets(doc: Doc, events: list[Event]) -> None:
    for ev in events:
        span = ev.attrs.get("target_span")
        if ev.target is not None or not ev.attrs.get("target_text") or not isinstance(span, list) or len(span) != 2:
            continue
        k = doc.token_at(int(span[0]))
        if k is None or k + 1 >= len(doc.tokens):
            continue
        head = nkey(doc.text[int(span[0]) : doc.tokens[k].end])  # (past a clitic: see arg_edges)
        if head not in fw("counterpart_plurals"):
            continue
        nxt = doc.tokens[k + 1]
        if nxt.start >= ev.sentence.end:
            continue
        key = nkey(nxt.text)
        body: str | None = None
        if key in fw("body_membership_prepositions") and k + 2 < len(doc.tokens):
            body = _org_at(doc, doc.tokens[k + 2].start, doc.tokens[k + 2].end)
        elif key[:1] in fw("body_membership_prepositions"):
            body = _org_at(doc, nxt.start, nxt.end)
        else:
            body = _nisba_body(doc, nxt.text)
        if body is None or body == ev.source:
            continue
        ev.target = body
        ev.attrs.pop("target_text", None)
