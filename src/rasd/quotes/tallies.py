"""The author of a tally, for the ``quotes`` stage: «بحسب حصيلة للمرصد السوري» is the body named right after the tally
noun (tally_nouns: «حصيلة», «إحصائيات», «أرقام»), or by the head of its name alone where one body of the article has
that head («بحسب حصيلة للمرصد» after «المرصد السوري لحقوق الإنسان»), and «وبحسب الحصيلة» refers back to the tallies the article named
before («وأصدرت منظمة X حصيلة ...», «ووفقا لإحصائيات منظمة X»): their author, where they have one and only one.
"""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.forms import fw, nkey
from ..text.prefixes import past_clitics
from .reports import named_author, entity_starting

ISSUER_REACH = 4  # tokens from an issuing verb to the tally noun, past its subject («أصدرت منظمة العفو الدولية حصيلة»)
_CLITICS = ("و", "ب", "ل", "ف")


def _tally(key: str) -> str | None:
    """The tally noun a token key carries, past one or two clitics and «ال»: «وبحسب» no, «لإحصائيات» «إحصائيات»,
    «الحصيلة» «حصيلة»; None otherwise."""
    for _ in range(2):
        if key in fw("tally_nouns"):
            return key
        if key.startswith("ال") and key[2:] in fw("tally_nouns"):
            return key[2:]
        if key.startswith("لل") and key[2:] in fw("tally_nouns"):
            return key[2:]
        if not key.startswith(_CLITICS):
            return None
        key = key[1:]
    return key if key in fw("tally_nouns") else None


def _issuer(doc: Doc, k: int) -> str | None:
    """«وأصدرت منظمة X حصيلة»: the person or body named between an issuing verb (issuing_verbs) and the tally noun at
    token ``k``, the verb's subject; None otherwise."""
    for v in range(k - 1, max(-1, k - 1 - ISSUER_REACH), -1):
        if doc.tokens[v].norm_key.removeprefix("و") in fw("issuing_verbs"):
            if v + 1 >= k:
                return None
            return entity_starting(doc, doc.tokens[v + 1].start, doc.tokens[v + 1].start + 1)
    return None


def _short_body(doc: Doc, u: int, at: int) -> str | None:
    """«حصيلة للمرصد»: the token ``u`` after an indefinite tally noun is «لل» + a head, and the one organisation named
    before character ``at`` whose name opens with «ال» + that head («المرصد السوري لحقوق الإنسان») is the author;
    None otherwise."""
    if u >= len(doc.tokens):
        return None
    key = doc.tokens[u].norm_key
    if not key.startswith("لل") or len(key) < 5:
        return None
    found = {e.id for e in doc.entities if e.type == "ORGANIZATION" and e.name.split()
             and nkey(e.name.split()[0]) == "ال" + key[2:] and any(m.end <= at for m in e.mentions)}
    return next(iter(found)) if len(found) == 1 else None


def tally_author(doc: Doc, phrase: Span, at: int) -> str | None:
    """A speaker phrase headed by a tally noun: the body named right after an indefinite one («حصيلة للمرصد»); for
    a definite one alone («الحصيلة»), the one author of the tallies the article named before character ``at`` (named
    after the noun, or the subject of its issuing verb), where the last of them has one. None otherwise."""
    i = doc.token_at(phrase.start)
    if i is None:
        return None
    key = past_clitics(doc.tokens[i].norm_key, ("و", "ب"))
    if _tally(key) is None:
        return None
    if not key.startswith("ال"):
        return named_author(doc, i) or _short_body(doc, i + 1, at)
    if doc.token_at(max(phrase.start, phrase.end - 1)) != i:
        return None
    authors: list[str] = []
    last: str | None = None
    for k in range(i):
        tok = doc.tokens[k]
        if tok.start >= at:
            break
        if _tally(tok.norm_key) is None:
            continue
        author = named_author(doc, k) or _issuer(doc, k)
        if author is not None:
            authors.append(author)
        last = author
    return last if last is not None and len(set(authors)) == 1 else None
