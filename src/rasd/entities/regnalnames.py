"""Round en583: person names cut at, or run past, their own inner words.

* a monarch's or pope's regnal number right after his given name is a part of the name (``regnal_ordinals``,
  «عشر» after it too): «وقال نابليون الثالث إمبراطور فرنسا» (the tagger's «نابليون»), «لويس الرابع عشر»; not
  an ordinal of rank or order (``rank_after_ordinal`` after it: «محمد الثاني في الترتيب», «مقصد بوش الأول
  والأخير»), nor one after a family name of a listed person («بوش», «أوباما») or a definite word;
* «ولد» before a word of birth (``born_after_words``: «في», «عام», «لأسرة») is the verb «was born», no
  Mauritanian name link («إسماعيل ولد الشيخ أحمد»): «عبد الله ولد في القاهرة» names «عبد الله» alone.

A span is widened only over words no other mention covers.
"""

from __future__ import annotations

from bisect import bisect_left

from ..doc import Doc, Mention, Token
from ..events.forms import fw_keys  # data only (closed word lists), no stage
from ..text.normalize import norm_key
from ..text.numbers import is_ordinal
from .gazetteer import Gazetteer
from .units import overlapping

from .names import TEENS  # «عشر», «عشرة» of «لويس الرابع عشر»
_BORN = norm_key("ولد")


def regnal_part(k: str) -> bool:
    """Is the key ``k`` a regnal number's word («الثاني», «عشر» of «لويس الرابع عشر»), never a name by itself?"""
    return is_ordinal(k) or k in TEENS


def _adjacent(doc: Doc, a: Token, b: Token) -> bool:
    """Are the tokens ``a`` and ``b`` two words with one space between them (no punctuation)?"""
    return doc.text[a.end : b.start] == " " and b.text.isalpha()


def _regnal_end(doc: Doc, gaz: Gazetteer, mentions: list[Mention], m: Mention, toks: list[Token], i: int) -> int:
    """Where the regnal number at ``toks[i]`` after the person ``m`` ends («نابليون» + «الثالث»), or -1."""
    last = norm_key(m.text.split()[-1])
    if len(m.text.split()) >= 2 and last in fw_keys("regnal_ordinals") and toks[i].norm_key in TEENS:
        return -1 if overlapping(mentions, toks[i].start, toks[i].end) else toks[i].end  # «لويس الخامس» + «عشر»
    w = gaz.name_word(last)
    if w is None or last.startswith("ال") or last in gaz.surnames or last in gaz.stop or not toks[i].text.isalpha() \
            or toks[i].norm_key not in fw_keys("regnal_ordinals"):
        return -1
    j = i + 1 if i + 1 < len(toks) and _adjacent(doc, toks[i], toks[i + 1]) and toks[i + 1].norm_key in TEENS else i
    if j + 1 < len(toks) and _adjacent(doc, toks[j], toks[j + 1]) and toks[j + 1].norm_key in fw_keys("rank_after_ordinal"):
        return -1  # «محمد الثاني في الترتيب»: a rank
    return -1 if overlapping(mentions, toks[i].start, toks[j].end) else toks[j].end


def _born_cut(doc: Doc, m: Mention, toks: list[Token], inside: list[int]) -> int:
    """Where ``m`` ends before «ولد» read as «was born» («عبد الله ولد في القاهرة»: «عبد الله»), or -1."""
    for p, i in enumerate(inside):
        if p == 0 or toks[i].norm_key != _BORN or toks[i].text != "ولد" or i + 1 >= len(toks):
            continue
        if _adjacent(doc, toks[i], toks[i + 1]) and toks[i + 1].norm_key in fw_keys("born_after_words"):
            return toks[inside[p - 1]].end
    return -1


def name_inner_words(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Widen or cut person names at their inner words (see the module's doc)."""
    toks = doc.tokens
    at = {t.start: i for i, t in enumerate(toks)}
    for m in mentions:
        if m.type != "PERSON":
            continue
        inside = _inside(doc, m)
        end = _born_cut(doc, m, toks, inside) if len(inside) >= 3 else -1
        nxt = at.get(m.end + 1) if doc.text[m.end : m.end + 1] == " " else None
        if end < 0 and nxt is not None:
            end = _regnal_end(doc, gaz, mentions, m, toks, nxt)
        if end < 0 or end == m.end:
            continue
        m.end = end
        m.text = doc.text[m.start : m.end]
        m.key = norm_key(m.text)
        m.attrs["widened_by"] = "inner_words"


def _inside(doc: Doc, m: Mention) -> list[int]:
    """The indices of the tokens wholly inside mention ``m``: from the first token starting in it, by bisection
    (tokens are in text order), up to the first starting past its end."""
    toks = doc.tokens
    out: list[int] = []
    for i in range(bisect_left(doc.token_starts(), m.start), len(toks)):
        t = toks[i]
        if t.start > m.end:
            break
        if t.end <= m.end:
            out.append(i)
    return out
