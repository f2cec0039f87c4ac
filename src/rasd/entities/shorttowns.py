"""Towns of two letters after a place noun (called by :mod:`.stage`), round 59: «في محافظة إب», «مدينة قم
الإيرانية». The gazetteer leaves out names this short (a word alone is mostly a particle or part of a name); the
build writes the region's large ones to ``places_short.tsv`` and they are read only right after a noun of
``place_kind_nouns`` («محافظة», «مدينة», «مديرية») and before a punctuation mark, a definite word, a function word
or a compass word («محافظة إب جنوب العاصمة»), not before another name word («مدينة بن قردان»).

Round lo429: the hand-curated ``places_headed.tsv`` adds towns and provinces whose name is also a frequent word or a
given name («العمارة», «حجة», «عمران», left out of the gazetteer for that), read only right after such a noun too
(«في مدينة العمارة», «محافظة حجة»), before any word: the noun before them is what tells the place."""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from ..doc import Doc, Mention
from ..memo import remember
from ..events.forms import fw_keys  # data only (closed word lists), no stage
from ..text.normalize import norm_key
from .dockeys import none_in
from .gazetteer import DATA_DIR, Gazetteer, clitic_head_offset
from .localplaces import keyed_places

_PUNCT = "«»\"()،,.:؛!?؟"


@lru_cache(maxsize=1)
def _towns() -> dict[str, tuple[str, str]]:
    """Key → (iso3, latin) of ``places_short.tsv`` and of ``places_headed.tsv``."""
    out: dict[str, tuple[str, str]] = {}
    path = DATA_DIR / "places_short.tsv"
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        form, iso3, latin = (line.split("\t") + ["", ""])[:3]
        out[norm_key(form)] = (iso3, latin)
    for k, (_kind, iso3, latin) in _headed().items():
        out[k] = (iso3, latin)
    return out


@lru_cache(maxsize=1)
def _headed() -> dict[str, tuple[str, str, str]]:
    """Key → (kind, iso3, latin) of ``places_headed.tsv`` (towns named by a frequent word: see the module's doc)."""
    return keyed_places("places_headed.tsv")


# _town_word's answers (:mod:`rasd.memo`; per token of every article: a pure function of the word and the table)
_TOWN_WORDS: Final[dict[str, tuple[str, str] | None]] = {}


def town_word(text: str) -> tuple[str, str] | None:
    """The word (its punctuation stripped) and its key where the key is a short town of the table, else None."""
    if text in _TOWN_WORDS:
        return _TOWN_WORDS[text]
    word = text.rstrip(_PUNCT)
    k = norm_key(word)
    return remember(_TOWN_WORDS, text, (word, k) if k in _towns() else None, 1 << 16)


def short_towns(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Add the two-letter towns after a place noun (see the module's doc)."""
    towns = _towns()
    if not towns:
        return
    heads = fw_keys("place_kind_nouns")
    if none_in(doc, heads):
        return  # (no token can be read as a place noun: no town after one)
    compass = fw_keys("compass")
    toks = doc.tokens
    for i, t in enumerate(toks[:-1]):
        nxt = toks[i + 1]
        got = town_word(nxt.text)
        if got is None:
            continue  # (most words: one cached lookup)
        word, k = got
        if clitic_head_offset(t.text, heads) is None:
            continue
        if doc.text[t.end : nxt.start].strip() or any(m.start < nxt.start + len(word) and nxt.start < m.end
                                                      for m in mentions):
            continue
        headed = _headed().get(k)
        if headed is None and word == nxt.text and i + 2 < len(toks):
            after = toks[i + 2]
            a = after.norm_key
            if not (after.text[:1] in _PUNCT or a.startswith("ال") or a in gaz.stop or a in compass):
                continue  # «مدينة بن قردان»: the short word opens a longer name
        end = nxt.start + len(word)
        iso3, _ = towns[k]
        mentions.append(Mention(nxt.start, end, word, "LOCATION", "pattern", k, None,
                                {"kind": headed[0] if headed else "city", "short_town": iso3}))

