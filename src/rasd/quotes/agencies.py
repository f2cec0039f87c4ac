"""A news agency as a speaker: «وأكدت وكالة أنباء الأناضول أن» is the agency the entity layer names «الأناضول»,
not the phrase «وكالة أنباء»; «ووفقا للوكالة»/«وقالت الوكالة» is the news agency named last before it in the
article."""

from __future__ import annotations

import re

from ..doc import Doc, Span
from ..events.forms import nkey
from .cues import match_cue

_AGENCY = "وكاله"
_NEWS = frozenset(("انبا", "الانبا"))
_CHANNEL = frozenset(("عن", "حسب", "وحسب"))
_WORD = re.compile(r"[^\s«»\"]+")


def agency_speaker(doc: Doc, phrase: Span, at: int) -> str | None:
    """The organisation a speaker phrase headed by «وكالة» stands for: the one whose name follows «وكالة (أنباء)»
    (in quote marks or not); for the bare definite «الوكالة» (with «و/لـ»), the agency named last before character
    ``at`` as «وكالة X», not one cited as a channel («وبحسب وكالة الصحافة الفرنسية قالت الوكالة»: the rating
    agency named before, or the one named in full before with the same word after «وكالة»); None where the phrase is
    no agency's, or the last agency named is no entity."""
    words = _WORD.findall(doc.text[phrase.start : phrase.end])
    at_phrase = doc.token_at(phrase.start)
    if not words or at_phrase is None:
        return None
    tok = doc.tokens[at_phrase]
    head = tok.norm_key  # the whole word: «للوكالة» where the phrase is «وكالة»
    if head[:1] in ("و", "ب") and head[1:].endswith(_AGENCY):
        head = head[1:]  # «ووكالة», «بالوكالة»
    if head in (_AGENCY, "ل" + _AGENCY):
        return _named_at(doc, tok.start + len(tok.text) - len(words[0]))
    if head not in ("ال" + _AGENCY, "لل" + _AGENCY) or len(words) > 1:
        return None
    last: str | None = None  # the word after the last «وكالة» named: «وكالة التصنيف» named in full before
    for m in reversed(list(re.finditer(r"(?<![\w])[وبل]?وكالة(?!\w)", doc.text[:at]))):
        nxt = _WORD.search(doc.text, m.end())
        word = nkey(nxt.group()) if nxt is not None else ""
        if _cited(doc, m.start()) or (last is not None and word != last):
            continue
        eid = _named_at(doc, m.start() + len(m.group()) - len("وكالة"))
        if eid is not None:
            return eid
        last = word  # (one the entities miss, never named in full: no one)
    return None


def _cited(doc: Doc, pos: int) -> bool:
    """The word at character ``pos`` follows «according to» («بحسب», «وفقا لـ») or «عن» («نقلا عن»): an agency
    cited as the channel of what another said, not the one «الوكالة» goes on to quote."""
    k = doc.token_at(pos)
    if k is None or k == 0:
        return False
    cue = match_cue(doc, k - 1)
    return (cue is not None and cue.kind == "according") or doc.tokens[k - 1].norm_key in _CHANNEL


def _named_at(doc: Doc, pos: int) -> str | None:
    """The entity «وكالة» at character ``pos`` names: a mention that starts there («وكالة الأنباء السعودية»), or
    one whose words follow it and «أنباء» («وكالة أنباء «الأناضول»»: a name its entity has elsewhere in the
    article), an organisation."""
    text = doc.text
    m = _WORD.match(text, pos)
    if m is None:
        return None
    ends = [m.start()]
    nxt = _WORD.search(text, m.end())
    if nxt is not None and text[m.end() : nxt.start()].strip(" «\"") == "":
        ends.append(nxt.start())
        if nkey(nxt.group()) in _NEWS:
            after = _WORD.search(text, nxt.end())
            if after is not None and text[nxt.end() : after.start()].strip(" «\"") == "":
                ends.append(after.start())
    best: tuple[int, str] | None = None
    for ent in doc.entities:
        if ent.type != "ORGANIZATION":
            continue
        for mention in ent.mentions:
            name = text[mention.start : mention.end]
            if mention.start == m.start() or any(
                    text.startswith(name, s) and not text[s + len(name) : s + len(name) + 1].isalnum()
                    for s in ends[1:]):
                if best is None or len(name) > best[0]:
                    best = (len(name), ent.id)
    return best[1] if best is not None else None
