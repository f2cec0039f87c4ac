"""A participle that hangs on a noun of saying, for the ``quotes`` stage: «رغم تأكيدات الملك سلمان أنه ...، مؤكدا
كذلك ...» — no verb says it, the noun does («تأكيدات», «تصريحات», «إعلان»: saying_nouns), and the one named right
after that noun (its genitive) is who speaks on in the participle; round 288: so is a verb cue after «، حيث/إذ»
(«رغم تصريحات الرئيس روحاني أول من أمس، حيث اعتبر أن»), the words his statements held."""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.forms import fw, nkey
from .offices import _titles
from .cues import is_complementizer

NOUN_REACH = 8  # tokens from the named speaker to the «أن/إن» of what the noun reports
TITLE_WORDS = 3  # tokens from the noun of saying to the name, his title between («تأكيدات الملك سلمان»)


def noun_speaker(doc: Doc, t: int, sent: Span) -> str | None:
    """The person or organisation named right after the last noun of saying (saying_nouns, with «و/ب/ل» on it)
    before the participle cue at ``t`` in its sentence, with «أن/إن» within NOUN_REACH tokens after the name;
    None where no such noun stands there."""
    nouns = fw("saying_nouns")
    for k in range(t - 2, -1, -1):
        tok = doc.tokens[k]
        if tok.start < sent.start:
            return None
        key = tok.norm_key
        if key not in nouns and not (key[:1] in ("و", "ب", "ل") and key[1:] in nouns):
            continue
        named = None
        for v in range(k + 1, min(t, k + 1 + TITLE_WORDS)):
            named = next(((e.id, m.end) for e in doc.entities if e.type in ("PERSON", "ORGANIZATION")
                          for m in e.mentions if m.start == doc.tokens[v].start), None)
            if named is not None or doc.tokens[v].norm_key.removeprefix("ال") not in _titles():
                break  # «تأكيدات الملك سلمان»: his title between
        if named is None:
            return None
        after = [v for v in range(k + 2, min(t, k + 2 + NOUN_REACH)) if doc.tokens[v].start >= named[1]]
        return named[0] if any(is_complementizer(doc, v) for v in after) else None
    return None


_WHERE = frozenset(nkey(w) for w in ("حيث", "إذ"))


def where_noun_speaker(doc: Doc, t: int, sent: Span) -> str | None:
    """The one named right after a noun of saying before the verb cue at ``t`` that opens a «، حيث/إذ» clause
    («رغم تصريحات الرئيس روحاني أول من أمس، حيث اعتبر أن»: Rouhani), the clause before the comma naming no one
    else after him; None otherwise."""
    toks = doc.tokens
    if t < 3 or nkey(toks[t - 1].text) not in _WHERE or toks[t - 2].text not in ("،", ","):
        return None
    nouns = fw("saying_nouns")
    for k in range(t - 3, -1, -1):
        tok = toks[k]
        if tok.start < sent.start or tok.text in ("،", ",", ".", ":", "؛"):
            return None
        key = nkey(tok.text)
        if key not in nouns and not (key[:1] in ("و", "ب", "ل") and key[1:] in nouns):
            continue
        for v in range(k + 1, min(t - 2, k + 1 + TITLE_WORDS)):
            named = next(((e.id, m.end) for e in doc.entities if e.type in ("PERSON", "ORGANIZATION")
                          for m in e.mentions if m.start == toks[v].start), None)
            if named is not None:
                later = any(toks[k].end <= m.start < toks[t - 2].start and m.start >= named[1]
                            for e in doc.entities if e.type in ("PERSON", "ORGANIZATION") for m in e.mentions)
                return None if later else named[0]
            if nkey(toks[v].text).removeprefix("ال") not in _titles():
                return None  # «تأكيدات الملك سلمان»: his title between
        return None
    return None
