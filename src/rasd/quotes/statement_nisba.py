"""A statement named by the adjective of its issuer, for the ``quotes`` stage (round qu945): «ووفقا للبيان الأوروبي،
شهدت ...», «وقال البيان المصري إن ...». A definite statement noun («البيان», «البلاغ»: nisba_statement_nouns) with a
definite nisba adjective right after it, and no other adjective or conjunct after that («البيان الأميركي المصري
المشترك» is a joint one), is the statement of the state or international body the adjective names:

- a country's adjective («المصري», «الأميركي»: the gazetteer's nisba) is that state speaking, the article's entity of
  the country (as a bare «الحكومة» is: ``quotes.government``);
- another adjective is the international body (IGO actor) of the article with a word of its name of the adjective's
  base («الأوروبي/الأوروبية» → «الاتحاد الأوروبي»), the most mentioned one where all such bodies have one actor code.

None where the phrase is no such statement or the article has no entity for its issuer (a null rather than a guess).
"""

from __future__ import annotations

from ..doc import Doc, Span
from ..entities import gazetteer
from ..entities import attributes  # (the module: the entities layer imports the quotes stage's modules)
from ..events.forms import fw, nkey
from ..events.gentilics import country_entity
from ..events.group_lexicon import nisba_base

_CLITICS = ("و", "ف")
_PREPOSED = ("لل", "بال", "كال")  # «للبيان», «بالبيان»: a preposition written on the definite noun


def _definite(word: str) -> str | None:
    """The definite form of a token's key past «و/ف» and a preposition on it («وللبيان» → «البيان»), else None."""
    key = nkey(word)
    if key[:1] in _CLITICS and len(key) > 4:
        key = key[1:]
    if key.startswith(_PREPOSED):
        key = "ال" + key[len("لل") if key.startswith("لل") else 3:]
    return key if key.startswith("ال") else None


def _statement_noun(word: str) -> bool:
    key = _definite(word)
    return key is not None and key[2:] in {nkey(w) for w in fw("nisba_statement_nouns")}


def _base(key: str) -> str:
    return nisba_base(key.removeprefix("ال"))


def _igo(doc: Doc, adjective: str) -> str | None:
    """The international body of the article a word of whose name has the base of ``adjective`` (module note)."""
    base = _base(adjective)
    found = [e for e in doc.entities if e.type == "ORGANIZATION" and attributes.international(e.actor)
             and any(nkey(w).startswith("ال") and _base(nkey(w)) == base for w in e.name.split())]
    if not found or len({e.actor for e in found}) != 1:
        return None
    return max(found, key=lambda e: len(e.mentions)).id


def statement_issuer(doc: Doc, phrase: Span) -> str | None:
    """The entity of the state or body whose statement the speaker phrase ``phrase`` is («البيان المصري», or the
    adjective alone after «للبيان»: «الأوروبي»); None otherwise (module note)."""
    last = doc.token_from(phrase.start)
    while last is not None and last + 1 < len(doc.tokens) and doc.tokens[last + 1].end <= phrase.end:
        last += 1
    if last is None or last < 1 or doc.tokens[last].end != phrase.end:
        return None
    noun = last - 1
    if doc.tokens[noun].start < phrase.start and doc.tokens[last].start != phrase.start:
        return None  # (the phrase opens neither at the noun nor at the adjective)
    if not _statement_noun(doc.tokens[noun].text):
        return None
    adjective = nkey(doc.tokens[last].text)
    if not adjective.startswith("ال") or len(doc.tokens[last].words) != 1:
        return None
    if last + 1 < len(doc.tokens) and _definite(doc.tokens[last + 1].text) is not None:
        return None  # «البيان الأميركي المصري المشترك», «البيان الأوروبي والأميركي»: another adjective or conjunct
    iso = gazetteer.load().nisba.get(adjective) or gazetteer.load().nisba.get(adjective[2:])
    if iso is not None:
        state = country_entity(doc, iso)
        return state.id if state is not None else None
    return _igo(doc, adjective)
