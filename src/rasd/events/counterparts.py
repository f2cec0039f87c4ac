"""Round 202: whom «نظرائه» (his counterparts) names: the body they sit in, named in the sentence or by their nisba.

A target phrase headed by a plural of counterparts (function words ``counterpart_plurals``: «نظرائه») where no
entity names the party:

- followed by «في»/«بـ» (``body_membership_prepositions``) and an organisation's name («مع نظرائه في مجلس التعاون
  الخليجي», «نظرائه برابطة دول جنوب شرقي آسيا»): that organisation;
- followed by a plural nisba («نظرائه الخليجيين»): the one organisation the article names whose name holds that
  nisba's stem («مجلس التعاون لدول الخليج العربية»). None where the article names no such body, or several.

Round 280: «ونظيره اليمني فلان»: a phrase of one singular counterpart (function words ``counterpart_singulars``:
«نظيره», «نظيرته»), with «و» or not, and at most a country adjective after it («نظيره اليمني»), stands for the person
named right after it (:func:`counterpart_named`, read by ``actors.resolve_title``): «بين الرئيس المصري فلان ونظيره
اليمني فلان», «التقى الوزير فلان ونظيره التركي فلان».
"""

from __future__ import annotations

from ..doc import Doc, Event
from ..entities import gazetteer
from .chunks import Chunk
from .forms import fw, fw_keys, nkey

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


def counterpart_named(doc: Doc, chunks: list[Chunk], c: Chunk) -> Chunk | None:
    """The person named right after the counterpart phrase ``c`` («ونظيره اليمني | عبد ربه منصور هادي»; see the
    module), else None (no name right after it: «ونظيره اليمني في القاهرة»; a plural: «نظرائه»)."""
    if c.entity is not None or c.j - c.i > 1 or c.prep is not None:
        return None
    key = doc.tokens[c.i].norm_key
    key = key[1:] if c.coord and key.startswith("و") else key
    if key not in fw_keys("counterpart_singulars"):
        return None
    if c.j > c.i and doc.tokens[c.j].norm_key not in gazetteer.load().nisba:
        return None
    return next((d for d in chunks if d.i == c.j + 1 and d.etype == "PERSON" and d.prep is None), None)


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
        key = nxt.norm_key
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
