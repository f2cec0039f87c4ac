"""A name after «لـ» in a subject phrase headed by a person who stands in another's service or family (function words
``dependent_persons``: «الطبيبة الخاصة لوزيرة الخارجية السابقة فلانة قالت», «وقال محامٍ للمعتقل فلان»): the name
is whose doctor or lawyer it is, not who speaks; the speaker is that whole phrase, which names no one."""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.chunks import Chunk
from ..events.forms import fw, nkey

POSSESSOR_REACH = 8  # tokens from the «لـ» word to the name (the title and its adjectives between)
HEAD_REACH = 2  # tokens from the head noun to the «لـ» word (an adjective between: «الطبيبة الخاصة»)


def possessor_phrase(doc: Doc, c: Chunk, lo: int) -> Span | None:
    """The subject phrase, from its head to the name, where the named chunk ``c`` stands after a «لـ» word (no
    punctuation between) that a head of ``dependent_persons`` stands right before, or one adjective before, at or
    after token ``lo``: «الطبيبة الخاصة لوزيرة الخارجية فلانة»; None otherwise («النائب الأول لرئيس البرلمان
    فلان»: a deputy's title, which the name ends)."""
    if c.entity is None or c.etype != "PERSON":
        return None
    lam: int | None = None
    for k in range(c.i - 1, max(lo - 1, c.i - 1 - POSSESSOR_REACH), -1):
        tok = doc.tokens[k]
        if not tok.text[:1].isalpha():
            return None  # a comma or a quote mark: the name is set off, not the title's
        if any(w.kind == "proclitic" and nkey(w.norm) == "ل" for w in tok.words):
            lam = k
            break
    if lam is None:
        return None
    heads = fw("dependent_persons")
    for h in range(lam - 1, max(lo - 1, lam - 1 - HEAD_REACH), -1):
        tok = doc.tokens[h]
        if not tok.text[:1].isalpha():
            return None
        stem = next((w for w in tok.words if w.kind == "stem"), None)
        if stem is not None and nkey(stem.norm).removeprefix("ال") in heads:
            return Span(stem.start, doc.tokens[c.j].end)  # (past «و»: «ومحامي»)
    return None


RELATIVE_REACH = 30  # tokens of a relative clause set off by commas between a subject and its verb


def set_off_subject(doc: Doc, chunks: list[Chunk], v: int, lo: int) -> Chunk | None:
    """The named chunk that a relative clause set off by commas follows, the comma that closes it at token ``v``
    right before the verb («فلانة، التي تسعى للفوز بالترشيح، قالت»): the verb's subject; None where token ``v`` is no
    comma or no «، الذي/التي» opens the clause within RELATIVE_REACH tokens (from token ``lo`` on)."""
    if v <= lo or doc.tokens[v].text not in ("،", ","):
        return None
    for k in range(v - 1, max(lo, v - RELATIVE_REACH), -1):
        text = doc.tokens[k].text
        if text in (".", "؛", ";", ":", "!", "؟", "?"):
            return None
        if text in ("،", ",") and k + 1 < v and doc.tokens[k + 1].norm_key in fw("relatives"):
            return next((c for c in chunks if c.j == k - 1 and c.entity is not None), None)
    return None
