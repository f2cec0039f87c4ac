"""Relative clauses for the ``quotes`` stage: a cue right after a relative pronoun («X، الذي قال», «النيابة العامة،
التي قالت») has it for its subject, and the speaker is the name or the unnamed phrase it refers back to."""

from __future__ import annotations

from dataclasses import replace

from ..doc import Doc, Span
from ..events.actors import can_act, resolve_title
from ..events.chunks import Chunk
from ..events.forms import PLACES, bare, fw, nkey
from .apposition import APPOSITION_REACH
from .cues import QUOTE_MARK, Cue, is_complementizer
from .edges import body_head
from .glued import glued_subject
from .agreement import _agrees
from .phrases import governed, phrase_span, resumptive, title_head


_IN_NAME_OF = frozenset(nkey(w) for w in ("باسم", "بإسم"))  # «المتحدث باسم X»: X is governed, the spokesman named

def relative_subject(
    doc: Doc, t: int, cue: Cue, chunks: list[Chunk], heard: dict[str, str]
) -> tuple[str | None] | None:
    """A cue right after a relative pronoun with no subject after it («X، الذي قال», «التي أعلنت»): the relative is
    its subject, and the speaker is the name it refers back to, the phrase before it (past phrases of a preposition:
    «المتحدث باسم الحركة الذي»; a title: the name it gives), or no one where that phrase names no one. (speaker,)
    where the rule holds; None where the relative is the verb's object: a pronoun on the verb («التي أعلنها»), after
    it («الذي قال فيه»), in the «إنّ» right after it with an unnamed phrase before («المعدل الذي قال إنه»), or a
    relative that does not agree with the verb («الدول التي قال إنها»); also «في الوقت الذي» (while)."""
    v = t - 1
    if v < 1:
        return None
    rel = bare(doc.tokens[v].norm_key, "relatives")
    if rel not in fw("relatives") or any(w.kind == "enclitic" for w in doc.tokens[t].words):
        return None
    if ("f" if rel in fw("feminine_relatives") else "m") != cue.gender or (rel in fw("plural_relatives")) != cue.plural:
        return None
    nxt = doc.tokens[t + 1] if t + 1 < len(doc.tokens) else None
    if nxt is not None and resumptive(nxt):
        return None
    u = v - 1
    comma = doc.tokens[u].text in ("،", ",")  # «النيابة العامة، التي قالت إنها»: a clause about whoever spoke
    if comma:
        u -= 1
    person = _described_person(doc, chunks, u) if comma else None
    if person is not None:  # «أحمد عادل، مدير المستشفى، الذي أكد»: the man the apposition describes, after a
        return (person if _agrees(doc, person, cue.gender, heard) else None,)  # preposition too («مع فلان، مدير»)
    head = next((c for c in chunks if c.i <= u <= c.j), None)
    for _ in range(3):  # «ذبيح الله مجاهد المتحدث باسم طالبان الذي»: past the phrases of a preposition
        if head is None or not (governed(doc, head) or (head.entity is None and head.title) or (
                head.i > 0 and nkey(doc.tokens[head.i - 1].text) in _IN_NAME_OF)):  # «باسم طالبان» (round 288)
            break
        if head.title and head.entity is None:
            named = resolve_title(chunks, head, doc)
            if named.entity is not None:
                head = named
                break
        prev = next((c for c in chunks if c.j == head.i - 1), None)
        if prev is None:
            break
        head = prev
    if head is not None and doc.tokens[head.j].norm_key in fw("conjunctive_heads"):
        return None  # «في الوقت الذي أكد»: while
    if head is not None and head.entity is not None and (not governed(doc, head) or (
            comma and head.j == u and rel == doc.tokens[v].norm_key  # «من قبل وزارة الداخلية، التي»; not
            and (head.etype == "PERSON" or (head.etype == "ORGANIZATION" and rel not in fw("plural_relatives"))))):
        # «الجمهوريين، الذين يشكلون غالبية في الكونغرس، والذين»: the relative before, on the people
        ok = head.etype not in PLACES or can_act(doc, head)
        return (head.entity if ok and _agrees(doc, head.entity, cue.gender, heard) else None,)
    if not comma and nxt is not None and is_complementizer(doc, t + 1) and any(w.kind == "enclitic" for w in nxt.words):
        return None  # «معدل الضرائب الذي قال إنه أقل»: «إنه» is the relative's, the object
    return (None,)


def _described_person(doc: Doc, chunks: list[Chunk], u: int) -> str | None:
    """The person an apposition ending at token ``u`` (before «، الذي») describes: the apposition opens with a title
    phrase after a comma («مدير تجارب المطورين في «الشركة»») and a person's name stands right before that comma; None
    otherwise (a stop, «أن» or another comma first)."""
    for k in range(u, max(0, u - APPOSITION_REACH), -1):
        tok = doc.tokens[k]
        if tok.text in (".", ":", "؛", "!", "?", "؟") or is_complementizer(doc, k):
            return None
        if tok.text not in ("،", ","):
            continue
        head = next((c for c in chunks if c.i == k + 1), None)
        c = next((c for c in chunks if c.j == k - 1), None)
        if head is None or head.entity is not None or not title_head(doc, head) or c is None or c.etype != "PERSON":
            return None
        return c.entity
    return None


RELATIVE_REACH = 16  # tokens back from «والذين» to the relative it is coordinated with


def antecedent_phrase(doc: Doc, t: int, chunks: list[Chunk]) -> Span | None:
    """The unnamed phrase a relative right before the cue at ``t`` refers back to, where it is a definite phrase of
    no preposition right before the relative (past a comma: «مع النواب الذين حذروا», «النيابة العامة، التي قالت»);
    for a relative with «و» («الجمهوريين، الذين يشكلون غالبية ...، والذين حذروا»), that of the relative it is
    coordinated with. None where the phrase is governed, a name, or not definite."""
    v = t - 1
    rel = doc.tokens[v].norm_key
    if rel.startswith("و") and rel[1:] in fw("relatives"):
        v = next((u for u in range(v - 1, max(-1, v - 1 - RELATIVE_REACH), -1)
                  if doc.tokens[u].norm_key == rel[1:]), -1)
        if v < 0:
            return None
    u = v - 1 if v >= 1 and doc.tokens[v - 1].text in ("،", ",") else v
    c = next((c for c in chunks if c.j == u - 1), None)
    if c is None or c.entity is not None or c.number:
        return None
    before = doc.tokens[c.i - 1] if c.i >= 1 else None
    if c.i == c.j and before is not None and (QUOTE_MARK.fullmatch(before.text) or any(
            d.entity is not None and d.j == c.i - 1 for d in chunks)):
        return None  # «لصحيفة «فلان» الحكومية التي»: an adjective of a name
    if doc.tokens[c.i].norm_key[:1] == "و":  # «هيئة تنظيم الكهرباء والإنتاج المزدوج»: a body's name, as a whole
        d = next((d for d in chunks if d.j == c.i - 1 and d.entity is None), None)
        if d is None or not body_head(doc.tokens[d.i].norm_key):
            return None  # (not two phrases: «الطلاب والمعلمين الذين»)
        c = replace(d, j=c.j, end=c.end)
    if any(c.start <= m.start < c.end for e in doc.entities for m in e.mentions):
        return None  # «المقاومة في محافظة إب المجاورة»
    definite = [k for k in range(c.i, c.j + 1)
                if any(w.kind == "stem" and nkey(w.norm).startswith("ال") for w in doc.tokens[k].words)]
    if not definite:
        return None  # «مسؤولين كبار الذين»: no definite head
    plural = doc.tokens[v].norm_key in fw("plural_relatives")  # «معارضة الجمهوريين، الذين»: the people, not
    if not plural and u < v and governed(doc, c) and not _speaking_body(doc, c):
        return None  # «المقاومة في المدينة المجاورة، التي»: the phrase the place is said of
    k = definite[0] if plural else c.i  # the opposition; «هيئة تنظيم الكهرباء، التي»: the whole name
    return Span(doc.tokens[k].start, phrase_span(doc, c).end)


def _speaking_body(doc: Doc, c: Chunk) -> bool:
    """The phrase ``c`` after a preposition is headed by a body or an institution that speaks («من قبل النيابة
    العامة، التي قالت»), not a place or a thing said of it («في المدينة المجاورة، التي»)."""
    k = doc.tokens[c.i].norm_key.removeprefix("و")
    if c.prep is None and k[:1] in ("ل", "ب"):
        k = k[1:] if k[1:3] == "ال" else "ال" + k[2:] if k.startswith("لل") else k[1:]
    return body_head(k) or k.removeprefix("ال") in fw("institutions")


AMONG = frozenset((nkey("ممن"), nkey("ومن بين من")))


def among_whom(doc: Doc, t: int, chunks: list[Chunk]) -> Chunk | None:
    """A cue right after «ممن» («الصقور، ممن تفيد رسالتهم بأن», «المسؤولين ممن يرون أن»): «of those who» refers back
    to the group before it, who speak (not «رسالتهم», whose message it is): the definite phrase of no preposition
    right before «ممن» (past a comma and one indefinite word of manner or time: «عادة»), its verb cut off where the
    chunker read it into the phrase («يحذر الصقور»); None otherwise."""
    if t < 2 or doc.tokens[t - 1].norm_key not in AMONG:
        return None
    u = t - 2
    if doc.tokens[u].text in ("،", ","):
        u -= 1
    c = next((c for c in chunks if c.j == u), None)
    if c is not None and c.i == c.j and c.entity is None and not doc.tokens[c.i].norm_key.startswith("ال"):
        c = next((d for d in chunks if d.j == c.i - 1), None)  # «الصقور الإيرانيون عادة»: when, not who
    if c is None or governed(doc, c) or c.number:
        return None
    if c.entity is not None:
        return c
    head = glued_subject(doc, c) or c
    return head if doc.tokens[head.i].norm_key.startswith("ال") else None
