"""Round ev1011: places an act filled (see ``location.event_location``).

- «في معظم أنحاء سوريا», «في مختلف مناطق سوريا», «في عدة مدن سورية»: a place right after a noun of areas
  (function words ``spread_nouns``) that words of all or most (``spread_quantifiers``) may open, the whole after
  «في» (or glued «بـ»), is where the act is (:func:`spread_place`);
- «في معظم أنحاء الضفة» after «الضفة الغربية»: a bare definite word there that opens the name of a place of two
  words or more the article named before is that place (:func:`spread_head_chunk`);
- «المظاهرات الكثيرة التي اجتاحت إسرائيل», «مظاهرات جابت شوارع المدينة», «عمت الاحتجاجات مدن سوريا»: the object
  of a verb of sweeping or spreading (``sweep_verbs``) whose subject is the noun act (in a relative clause right
  after it, right after an indefinite act, or the verb right before it) is the place it filled (:func:`swept_place`).
"""

from __future__ import annotations

from ..doc import Doc
from .chunks import Chunk
from .forms import PLACES, fw, nkey
from .lexicon import Hit
from .readings import PLACE_WORDS

SPREAD_REACH = 3  # words of the spread phrase before the place («معظم أنحاء», «مختلف مناطق»)
RELATIVE_GAP = 3  # adjectives between the act and its relative («المظاهرات الكثيرة التي اجتاحت»)
OBJECT_REACH = 3  # place words and areas between the verb of sweeping and its place («شوارع مدينة»)


def _spread_word(key: str) -> bool:
    """A noun of areas or a word of all or most (``spread_nouns``, ``spread_quantifiers``)."""
    return key in fw("spread_nouns") or key in fw("spread_quantifiers")


def _spread_opening(doc: Doc, i: int) -> bool:
    """Whether the tokens before token ``i`` are a spread phrase ending on a noun of areas, opened by «في» or a glued
    «بـ» (:func:`spread_place`)."""
    toks = doc.tokens
    if i < 2 or toks[i - 1].norm_key not in fw("spread_nouns"):
        return False
    for t in range(i - 1, max(-1, i - 1 - SPREAD_REACH), -1):
        key = toks[t].norm_key.removeprefix("و")
        if key == "في":
            return t < i - 1
        if not _spread_word(key):
            return key[:1] == "ب" and _spread_word(key[1:])
    return False


def spread_place(doc: Doc, c: Chunk) -> bool:
    """Whether the place chunk ``c`` (bare or in «لـ») comes right after a spread phrase (module)."""
    return c.etype in PLACES and c.prep in (None, "ل") and _spread_opening(doc, c.i)


def spread_head_chunk(doc: Doc, c: Chunk) -> Chunk | None:
    """The chunk ``c`` read as the place the article named before whose first word is its last word, a bare
    definite word after a spread phrase («في معظم أنحاء الضفة» → «الضفة الغربية», «أنحاء القطاع» → «قطاع غزة»);
    None otherwise."""
    if c.entity is not None or c.j <= c.i or c.prep != "في":
        return None
    toks = doc.tokens
    last = toks[c.j].norm_key
    if not last.startswith("ال") or not all(_spread_word(toks[t].norm_key) for t in range(c.i, c.j)) \
            or toks[c.j - 1].norm_key not in fw("spread_nouns"):
        return None
    for e in doc.entities:
        words = e.name.split()
        if e.type in PLACES and len(words) > 1 and last in (nkey(words[0]), nkey("ال" + words[0])) \
                and any(m.start < toks[c.j].start for m in e.mentions):
            return Chunk(c.i, c.j, c.start, c.end, e.id, e.type, "في", c.coord, c.title, c.definite, c.number)
    return None


def _sweep_verb(key: str) -> bool:
    """A verb of sweeping (``sweep_verbs``), its «و/ف» off."""
    return key in fw("sweep_verbs") or (key[:1] in ("و", "ف") and key[1:] in fw("sweep_verbs"))


def _adjectives(doc: Doc, lo: int, hi: int) -> bool:
    """Whether tokens lo..hi-1 are all definite adjectives of the act («الكثيرة», «الغاضبة»)."""
    return all(doc.tokens[t].norm_key.startswith("ال") and doc.tokens[t].norm_key.endswith(("يه", "ي", "ه"))
               for t in range(lo, hi))


def _sweep_after(doc: Doc, hit: Hit) -> int | None:
    """The token of the verb of sweeping whose subject is the noun act ``hit`` (module), or None."""
    toks = doc.tokens
    if hit.i > 0 and _sweep_verb(toks[hit.i - 1].norm_key):
        return hit.i - 1  # «عمت الاحتجاجات مدن سوريا»
    j = hit.j
    if j + 1 < len(toks) and _sweep_verb(toks[j + 1].norm_key) and not toks[hit.i].norm_key.startswith("ال"):
        return j + 1  # «مظاهرات اجتاحت المدن»
    rel = next((t for t in range(j + 1, min(len(toks), j + 2 + RELATIVE_GAP)) if toks[t].norm_key in fw("relatives")),
               None)
    if rel is None or rel + 1 >= len(toks) or not _sweep_verb(toks[rel + 1].norm_key) or not _adjectives(doc, j + 1, rel):
        return None
    return rel + 1


def swept_place(doc: Doc, chunks: list[Chunk], hit: Hit) -> Chunk | None:
    """The place the noun act ``hit`` swept or spread over (module), None where there is none."""
    if hit.pos != "N":
        return None
    verb = _sweep_after(doc, hit)
    if verb is None:
        return None
    start = hit.j + 1 if verb < hit.i else verb + 1
    if verb < hit.i:
        while start < len(doc.tokens) and start <= hit.j + RELATIVE_GAP and _adjectives(doc, start, start + 1):
            start += 1  # «عمت الاحتجاجات الغاضبة مدن سوريا»
    for t in range(start, min(len(doc.tokens), start + OBJECT_REACH + 1)):
        c = next((c for c in chunks if c.i == t and c.etype in PLACES and c.prep in (None, "ل")), None)
        if c is not None:
            return c
        key = doc.tokens[t].norm_key
        if key not in PLACE_WORDS and not _spread_word(key) and key not in fw_place_heads():
            return None
    return None


def fw_place_heads() -> frozenset[str]:
    """Words of a place the sweep goes over before its name («شوارع», «أحياء», «ساحات»)."""
    return fw("sweep_place_heads")


__all__ = ["spread_head_chunk", "spread_place", "swept_place"]
