"""The subject of a cue that describes an indefinite noun, for the ``quotes`` stage: «بعد أن كانت إيران اتهمت
البحرين ... عبر توجيه اتهامات اعتبرت أن لا أساس لها»: the verb right after the bare noun opens a describing clause
(a relative clause with no «التي») whose dropped subject is the one of the sentence's own clause — the body or
state named right after a feminine verb before it («كانت إيران») — not the latest speaker quoted in an earlier
sentence (a Gulf body that voiced fears two sentences up)."""

from __future__ import annotations

from ..doc import Doc, Span
from ..text.verb_gender import past_feminine
from ..events.chunks import is_function_word, mention_index
from ..events.forms import nkey
from ..events.word_tests import finite_verb, verb_like
from .cues import Cue


def _bare_noun(doc: Doc, p: int) -> bool:
    """The token at ``p`` is a bare (indefinite) word that is no verb, name or function word: «اتهامات»."""
    tok = doc.tokens[p]
    key = tok.norm_key.removeprefix("و")
    if len(key) < 3 or not key.isalpha() or key.startswith("ال") or is_function_word(key):
        return False
    return p not in mention_index(doc) and not verb_like(tok, 4, ("ه", "ات", "ية", "ة"))


def _feminine_verb(doc: Doc, v: int) -> bool:
    """A feminine past verb at ``v`` («اتهمت»), «كانت» among them."""
    key = doc.tokens[v].norm_key.removeprefix("و")
    return past_feminine(key) and (key == "كانت" or finite_verb(doc.tokens[v]))


def described_subject(doc: Doc, t: int, cue: Cue, sent: Span, carried: str | None) -> str | None:
    """The entity the feminine verb cue at ``t`` right after a bare noun speaks for: the first body, state or person
    of the cue's clause (no comma between) named right after or before a feminine finite verb («كانت إيران
    اتهمت»); None where the cue does not describe a noun, where none is named so, or where it is ``carried``."""
    if cue.kind != "verb" or cue.plural or cue.gender != "f" or t < 3 or not _bare_noun(doc, t - 1):
        return None
    mentions = mention_index(doc)
    k = t - 2
    while k > 0 and doc.tokens[k - 1].start >= sent.start and doc.tokens[k - 1].text not in ("،", ",", ".", "؛", ":"):
        k -= 1
    for u in range(k, t - 1):
        hit = mentions.get(u)
        if hit is None or hit[1] not in ("ORGANIZATION", "LOCATION", "PERSON") or mentions.get(u - 1) == hit:
            continue
        end = max(v for v in range(u, t) if mentions.get(v) == hit)
        if _feminine_verb(doc, u - 1) or (end + 1 < t - 1 and _feminine_verb(doc, end + 1)):
            return None if hit[0] == carried else hit[0]
    return None
