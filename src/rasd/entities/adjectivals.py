"""Place names that their context reads as an adjective (round 49).

Run by :mod:`.stage` on all mentions, the rules' and the tagger's together:

- :func:`adjective_places`: a place of one definite word in the feminine that is also an adjective — a country's
  adjective («السعودية»: Saudi) or a town's name that is an adjective (``adjectival_place_forms``: «القاهرة»:
  compelling, «المحمدية»: Muhammadan) — right after a definite common noun it agrees with (a feminine noun, a
  plural in «ات» or of the pattern «فعول»: «الظروف القاهرة», or another feminine adjective of the same noun) is that adjective, no place: «الرياضة
  السعودية» (Saudi sport), «العلاقات الأردنية السعودية», «المدرسة المحمدية للمهندسين». Not after a place noun in
  apposition, past its adjectives («العاصمة المصرية القاهرة», «الجارة السعودية»:
  ``place_apposition_heads``), a title, a listed name, a masculine or a plural of people («اتهم المتمردون
  السعودية»: the country, the verb's object), nor written with a proclitic («والسعودية»).
"""

from __future__ import annotations

from ..doc import Doc, Mention, Token
from ..events.forms import fw  # data only (closed word lists), no stage
from ..text.normalize import norm_key
from .gazetteer import Gazetteer, clitic_variants

_FEMININE = ("ه", "ات")  # key endings of a feminine noun or adjective (ة folds to ه) or a feminine plural
_MAX_ADJECTIVES = 3  # feminine adjectives walked back over to the noun they describe


def _definite_key(word: str) -> str | None:
    """The key of ``word`` without a proclitic where it is definite («والرياضة», «للظروف»), else None."""
    k = norm_key(word)
    if k.startswith("ال"):
        return k
    for v, _, _ in clitic_variants(word):
        if v.startswith("ال"):
            return v
    return None


def _fuul(key: str) -> bool:
    """Is the definite ``key`` a broken plural of the pattern «فعول» («الظروف», «الحدود»), which takes a feminine
    adjective?"""
    stem = key.removeprefix("ال")
    return len(stem) == 4 and stem[2] == "و" and key != stem


def _covered(mentions: list[Mention]) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in mentions]


def _inside(spans: list[tuple[int, int]], tok: Token) -> bool:
    return any(s < tok.end and tok.start < e for s, e in spans)


def _is_adjectival(m: Mention, gaz: Gazetteer) -> bool:
    """Is ``m`` a place of one definite feminine word that is also an adjective?"""
    if m.type != "LOCATION" or " " in m.text.strip():
        return False
    k = norm_key(m.text)
    if not k.startswith("ال") or not k.endswith("ه"):
        return False
    return k in gaz.nisba or k in fw("adjectival_place_forms")


def _agreeing_noun(doc: Doc, toks: list[Token], n: int, gaz: Gazetteer, spans: list[tuple[int, int]]) -> bool:
    """Does a definite feminine word no name covers stand right before the adjective at token ``n`` (a noun it
    describes or another adjective of that noun: «العلاقات الأردنية السعودية»), with no place noun in apposition
    or title before those adjectives («العاصمة المصرية القاهرة»)?"""
    steps = 0
    while n > 0:
        prev = toks[n - 1]
        if not doc.text[prev.end : toks[n].start].isspace() or _inside(spans, prev):
            return steps > 0
        k = _definite_key(prev.text)
        if k is None:
            return steps > 0
        if (k,) in gaz.titles or k in fw("place_apposition_heads"):
            return False
        if not (k.endswith(_FEMININE) or _fuul(k)):
            return steps > 0
        steps += 1
        if steps > _MAX_ADJECTIVES or not (k in gaz.nisba or k.endswith("يه")):
            return True  # the noun itself, or adjectives enough
        n -= 1  # an adjective of the same noun: look further back for a place noun in apposition
    return steps > 0


def adjective_places(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Drop the places of one definite feminine word that are the adjective of the definite noun before them."""
    toks = doc.tokens
    starts = {t.start: i for i, t in enumerate(toks)}
    spans = _covered(mentions)
    drop: set[int] = set()
    for m in mentions:
        if not _is_adjectival(m, gaz):
            continue
        n = starts.get(m.start)
        if n is None or toks[n].end != m.end:
            continue  # written with a proclitic («والسعودية», «بالقاهرة») or a suffix: no adjective of a noun
        if _agreeing_noun(doc, toks, n, gaz, spans):
            drop.add(id(m))
    if drop:
        mentions[:] = [m for m in mentions if id(m) not in drop]
