"""A prosecution or defence body named short after the article named it in full, for the ``quotes`` stage: «وأكد
فيها الادعاء» after «مكتب الادعاء العام الفيدرالي», «وأعلنت هيئة الدفاع» after «هيئة الدفاع عن رئيس الوزراء
السابق فلان»: the speaker phrase is that fuller name, the latest one before it (no entity names such a body).

The short names are ``legal_body_phrases`` in ``function_words.json``; the fuller name is the short one's last word
with a head noun before it («مكتب», «هيئة», «فريق») and definite adjectives after it («العام الفيدرالي»), or «عن» and
whom it defends (to the end of a person named within six words, else four words before a preposition or a
comma)."""

from __future__ import annotations

import re

from ..doc import Doc, Span
from ..events.forms import fw_keys, nkey

_HEADS = ("مكتب", "هييه", "هيئه", "فريق")
MAX_ADJ = 3  # definite adjectives after the body's word («العام الفيدرالي»)
MAX_DEFENDED = 6  # words after «عن» a defended person's name may end within
MAX_PLAIN = 4  # words after «عن» where no person is named there
_WORD = re.compile(r"[^\s«»\"(),،.:؛]+")


def legal_body_in_full(doc: Doc, given: Span) -> Span | None:
    """The fuller name, before ``given``, of the prosecution or defence body ``given`` names short; None where
    ``given`` is no such short name or nothing fuller names it before."""
    phrase = doc.text[given.start : given.end]
    key = " ".join(nkey(w) for w in phrase.split())
    if key.startswith("و") and key[1:] in fw_keys("legal_body_phrases"):
        key = key[1:]
    if key not in fw_keys("legal_body_phrases"):
        return None
    last = phrase.split()[-1]
    best: Span | None = None
    for m in re.finditer(r"(?<!\w)[وبل]?" + re.escape(last) + r"(?!\w)", doc.text[: given.start]):
        full = _full_at(doc, m.end() - len(last), m.end())
        if full is not None and full.end - full.start > given.end - given.start and key in " ".join(
                nkey(w) for w in doc.text[full.start : full.end].split()):
            best = full
    return best


def _full_at(doc: Doc, start: int, end: int) -> Span | None:
    """The body's name around its word at ``start``..``end``: a head noun right before it and the adjectives or
    «عن» phrase after it; None where neither widens it."""
    text = doc.text
    first = start
    before = list(_WORD.finditer(text, max(0, start - 12), start))
    if before and before[-1].end() == start - 1 and text[start - 1].isspace():
        head = nkey(before[-1].group())
        if head in _HEADS:
            start = before[-1].start()
        elif head[:1] in "وبل" and head[1:] in _HEADS:
            start = before[-1].start() + 1  # «وهيئة»: the body, not its «و»
    words: list[re.Match[str]] = []
    for w in _WORD.finditer(text, end):
        if text[(words[-1].end() if words else end) : w.start()].strip() != "":
            break  # punctuation ends the name
        words.append(w)
        if len(words) > MAX_DEFENDED:
            break
    stop = end
    if words and nkey(words[0].group()) == "عن":
        named = [m.end for e in doc.entities if e.type == "PERSON" for m in e.mentions
                 if words[0].end() < m.start and m.end <= words[min(len(words), MAX_DEFENDED) - 1].end()]
        if named:
            stop = min(named)
        else:
            preps = fw_keys("prepositions")
            for w in words[1 : MAX_PLAIN + 1]:
                if nkey(w.group()) in preps:
                    break
                stop = w.end()
    else:
        for w in words[:MAX_ADJ]:
            if not nkey(w.group()).startswith("ال"):
                break
            stop = w.end()
    if stop == end and start == first:
        return None
    return Span(start, stop)
