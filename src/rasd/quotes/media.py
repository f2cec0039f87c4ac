"""A medium or a statement as the speaker phrase, for the ``quotes`` stage: «وقال موقع ويكيليكس» is the entity
named after the medium's word (quoted_media_heads), «وذكرت الصحيفة» the one medium the article named before it; «قال
بلاغ لرئاسة الجمهورية» / «بيان صادر عن X» speaks for the body that issued it (its entity, or the body's phrase
where the entity layer names none); and «وأكدت العائلة، وفقا لـX، رفض ...»: what «وفقا لـ» set off after a verb cue
and its subject reports is the object past its source (``according_rest``).
"""

from __future__ import annotations

import re

from ..doc import Doc, Span
from ..events.forms import fw, key_past_and, nkey
from .according_object import object_past_source

_WORD = re.compile(r"[^\s«»\"]+")
_ISSUED = frozenset(("صادر", "الصادر"))
_STATEMENTS = frozenset(("بيان", "بلاغ", "البيان", "البلاغ"))
_MEASURED = frozenset(nkey(w) for w in ("البالغ", "البالغة", "المقدر", "المقدرة", "المقدّر", "المقدّرة"))
ASIDE_REACH = 8  # tokens from an «according to» source to the comma that closes its aside
MEASURE_REACH = 7  # tokens from the figure's end back to «البالغ» («البالغ حجمه نحو 400 مليار دولار»)


def _mention_at(doc: Doc, pos: int, types: tuple[str, ...] = ("ORGANIZATION", "PERSON")) -> str | None:
    """The entity (of one of ``types``) one of whose mentions starts at character ``pos`` (or right after a quote
    mark there)."""
    for ent in doc.entities:
        if ent.type in types and any(m.start in (pos, pos + 1) for m in ent.mentions):
            return ent.id
    return None


def _is_medium(doc: Doc, ent_id: str) -> bool:
    """An organisation whose name opens with a medium's word («صحيفة واشنطن بوست») or one of whose mentions follows
    that word («موقع «ويكيليكس»», «صحيفة النهار»)."""
    ent = doc.entity(ent_id)
    if ent is None or ent.type != "ORGANIZATION":
        return False
    first = ent.name.split()[:1]
    if first and key_past_and(first[0]) in fw("quoted_media_heads"):
        return True
    for m in ent.mentions:
        before = _WORD.findall(doc.text[max(0, m.start - 12) : m.start])
        if before and key_past_and(before[-1]) in fw("quoted_media_heads"):
            return True
    return False


def medium_speaker(doc: Doc, phrase: Span, at: int) -> str | None:
    """The medium a speaker phrase names: the entity named right after its head word («موقع ويكيليكس», «صحيفة
    «الحياة»») or one whose name the phrase is; for the bare definite head alone («الصحيفة», «الموقع»), the one
    medium of that kind named before character ``at`` (None where none or more than one was)."""
    words = list(_WORD.finditer(doc.text, phrase.start, phrase.end))
    if not words:
        return None
    head = key_past_and(words[0].group())
    if head in fw("quoted_media_heads") and not (len(words) == 1 and head.startswith("ال")):
        here = _mention_at(doc, words[0].start())
        if here is not None and _is_medium(doc, here):
            return here
        if len(words) > 1:
            return _mention_at(doc, words[1].start(), ("ORGANIZATION", "MISC"))
        return None
    bare = head.removeprefix("ال")
    if len(words) > 1 or not head.startswith("ال") or bare not in fw("quoted_media_heads"):
        return None
    found: set[str] = set()
    for ent in doc.entities:
        if not any(m.end <= at for m in ent.mentions) or not _is_medium(doc, ent.id):
            continue
        first = ent.name.split()[:1]
        kinds = {key_past_and(first[0])} if first else set()
        for m in ent.mentions:
            before = _WORD.findall(doc.text[max(0, m.start - 12) : m.start])
            if before:
                kinds.add(key_past_and(before[-1]))
        if bare in kinds:
            found.add(ent.id)
    return next(iter(found)) if len(found) == 1 else None


def issuing_body(doc: Doc, phrase: Span) -> tuple[str | None, Span] | None:
    """«بلاغ لرئاسة الجمهورية», «بيان صادر عن وزارة X»: (the issuer's entity or None, the issuer's phrase) of a
    speaker phrase that is a statement of a body; None where the phrase is no such statement."""
    words = list(_WORD.finditer(doc.text, phrase.start, phrase.end))
    if len(words) < 2 or key_past_and(words[0].group()) not in _STATEMENTS:
        return None
    second = words[1]
    start: int | None = None
    if nkey(second.group()) in _ISSUED and len(words) > 3 and nkey(words[2].group()) == "عن":
        start = words[3].start()
    elif second.group().startswith("ل") and not second.group().startswith("لل") and len(second.group()) > 3:
        start = second.start() + 1
    if start is None:
        return None
    end = phrase.end
    return _mention_at(doc, start) or _mention_at(doc, start - 1), Span(start, end)


def according_rest(doc: Doc, cue_at: int, source_end: int, content: Span) -> Span | None:
    """Round q364: the object past the source of an «according to» cue set off right after a verb cue and its
    subject (``according_object``: «وأكدت العائلة، وفقا لـX، رفض ...»); None otherwise. (Round 151 took the rest of
    any clause past a source inside it — «وأضاف القطاع وفقا لتقرير لمصرف X إلى محفظته ...»: «إلى محفظته ...» —
    round q374 the whole clause: «أضاف إلى محفظته» adds to a portfolio, no cue, and the clause cut at the source
    loses its verb and subject.) ``source_end`` is kept for the callers' sake."""
    return object_past_source(doc, cue_at, content)


def measured_phrase(doc: Doc, cue_at: int, content: Span) -> Span | None:
    """«... على صعيد الاقتصاد البالغ حجمه نحو 400 مليار دولار وفقا لتقديرات الصندوق»: an «according to» cue right
    after a measured noun phrase (a noun, «البالغ/المقدر» and the figure) attributes that figure only: the content is
    the noun phrase, not the writer's whole clause; None where no such phrase ends right before the cue."""
    if content.end > cue_at or doc.text[content.end : cue_at].strip(" ،,") != "":
        return None
    last = doc.token_at(content.end - 1)
    if last is None:
        return None
    for k in range(last, max(0, last - MEASURE_REACH), -1):
        if doc.tokens[k].start < content.start:
            return None
        if key_past_and(doc.tokens[k].text) in _MEASURED and k > 0:
            noun = doc.tokens[k - 1]
            if noun.start <= content.start or not noun.norm_key.startswith("ال"):
                return None
            if not any(c.isdigit() for c in doc.text[doc.tokens[k].end : content.end]):
                return None
            return Span(noun.start, content.end)
    return None


_TOPIC = frozenset(nkey(w) for w in ("أما", "وأما"))
_SENTENCE_STOPS = (".", "!", "؟", "?", "؛")


def topic_with_predicate(doc: Doc, cue_at: int, content: Span) -> Span | None:
    """«أما الهدف الثاني ...، بحسب المتحدث باسمه، فهو منع ...»: an «according to» aside between the topic of «أما»
    (the ``content`` read before the cue at character ``cue_at``) and its predicate in «فـ» right after the comma that
    closes the aside attributes the whole proposition: the topic on to the sentence's end; None otherwise."""
    first = doc.token_from(content.start)
    if first is None or doc.tokens[first].norm_key not in _TOPIC or cue_at <= content.end:
        return None
    nxt = doc.token_from(cue_at)
    reach = (nxt or 0) + ASIDE_REACH
    while nxt is not None and nxt < min(reach, len(doc.tokens)) and doc.tokens[nxt].text not in ("،", ","):
        nxt += 1  # (the source's name may run past the mention read: to the comma that closes the aside)
    while nxt is not None and nxt < len(doc.tokens) and doc.tokens[nxt].text in ("،", ","):
        nxt += 1
    if nxt is None or nxt >= len(doc.tokens) or not doc.tokens[nxt].text.startswith("ف") or (
            "\n" in doc.text[content.end : doc.tokens[nxt].start]):
        return None
    end = nxt
    while end + 1 < len(doc.tokens) and doc.tokens[end + 1].text not in _SENTENCE_STOPS and (
            "\n" not in doc.text[doc.tokens[end].end : doc.tokens[end + 1].start]):
        end += 1
    return Span(content.start, doc.tokens[end].end)
