"""Round 52: a person described again by the words that described him when he was named («وأوضح فلان، المحلل
السياسي السعودي، أن ... . وأشار المحلل السياسي السعودي إلى أن»): the definite phrase after the cue, of two words or
more, stood right after his name (past a comma) or right before it (past one title) — that person, where only one
person was so described before the cue."""

from __future__ import annotations

from ..doc import Doc
from ..events.chunks import Chunk
from ..events.forms import fw, nkey

MIN_WORDS = 2  # a description of one word («المحلل») is too loose to name anyone again


def _words_at(doc: Doc, u: int, words: list[str]) -> bool:
    """The tokens from ``u`` on read ``words``."""
    if u < 0 or u + len(words) > len(doc.tokens):
        return False
    return all(doc.tokens[u + k].norm_key == w for k, w in enumerate(words))


def _description(doc: Doc, c: Chunk, limit: int) -> list[str]:
    """The words of the subject phrase ``c`` and the adjectives joined to it by «و» right after it («المحلل
    السياسي والاقتصادي السعودي»), up to ``limit``."""
    words = [doc.tokens[k].norm_key for k in range(c.i, c.j + 1)]
    u = c.j + 1
    while u < min(limit, len(doc.tokens)) and doc.tokens[u].norm_key.removeprefix("و").startswith("ال") and not (
            doc.tokens[u].norm_key in fw("prepositions")):
        words.append(doc.tokens[u].norm_key)
        u += 1
    return words


def _title(doc: Doc, u: int, roles: list[str]) -> bool:
    """The token at ``u`` is a title («الوزير») or one of the person's roles («الدكتور»)."""
    k = doc.tokens[u].norm_key
    return k in fw("titles") or k.removeprefix("ال") in fw("titles") or any(nkey(r) == k for r in roles)


def described_again(doc: Doc, c: Chunk, t: int, limit: int) -> str | None:
    """The one person a definite phrase ``c`` (no entity, no preposition, after the cue at ``t``) described where he
    was named before the cue; None where none or more than one."""
    if c.entity is not None or c.prep is not None or c.j - c.i + 1 < MIN_WORDS:
        return None
    words = _description(doc, c, limit)
    if not words[0].startswith("ال"):
        return None
    at = doc.tokens[t].start
    found: set[str] = set()
    for ent in doc.entities:
        if ent.type != "PERSON":
            continue
        for m in ent.mentions:
            if m.end > at:
                continue
            span = doc.token_range(m)
            if not span:
                continue
            a, b = span[0], span[-1]
            after = b + 2 if b + 1 < len(doc.tokens) and doc.tokens[b + 1].text in ("،", ",") else b + 1
            before = a - len(words)
            if (_words_at(doc, after, words) or _words_at(doc, before, words) or _field_before(doc, a, words)
                    or (a >= 1 and _title(doc, a - 1, ent.roles) and _words_at(doc, before - 1, words))):
                found.add(ent.id)
    return next(iter(found)) if len(found) == 1 else None


FIELD_REACH = 8  # tokens before a name back to the head of «الخبير في الشؤون العسكرية»


def _field_before(doc: Doc, a: int, words: list[str]) -> bool:
    """Round 246: a description of a head and a nisba («الخبير العسكري») said again of the phrase of its field that
    stood before the name at token ``a`` («الخبير في الشؤون العسكرية العميد فلان»): the same head, then «في» and a
    word of the nisba in the feminine («العسكرية»), within FIELD_REACH tokens."""
    if len(words) != 2 or not words[1].startswith("ال") or not words[1].endswith("ي"):
        return False
    field = words[1] + "ه"
    for k in range(max(0, a - FIELD_REACH), a - 2):
        if doc.tokens[k].norm_key == words[0] and doc.tokens[k + 1].norm_key == "في":
            return any(doc.tokens[u].norm_key == field for u in range(k + 2, a))
    return False
