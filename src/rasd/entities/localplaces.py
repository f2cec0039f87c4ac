"""Local places that no list names alone (called by :mod:`.stage`), round 60.

- A province whose name is also a common word (``places_context.tsv``: «البيضاء» white, «الضالع» complicit) is
  read in its country's context only (the document names that country, one of its places or its people) and only
  where the word cannot be the common one: after a place noun («محافظة البيضاء», «بمحافظة الضالع»), with an
  attached preposition («بالضالع», «للبيضاء»), after a preposition («في البيضاء»), after «و» right after another
  place («مأرب والبيضاء»), or after a noun of a front or an area (``area_front_nouns``: «جبهة الضالع», «بريف حماه»);
  there not before a definite word it would govern («من حماة الوطن»: protectors; round 73). After a
  definite noun or a name it stays an adjective («الراية البيضاء», «روسيا البيضاء», «الدار البيضاء»). After a
  place noun it is read without the context too, with no country (البيضاء is also a Libyan city).
- A district or a road junction: «حي» (``district_heads``) or «مثلث» (``junction_heads``), indefinite, then a
  definite word («حي الحكمة», «بحي الراشدين», «مثلث العند») is a place, whatever the word's frequency: the district
  is its name after «حي» (as ANERcorp marks it: «حي [الحكمة]»), the junction the head and the name; not «حي سكني»,
  «الحي», nor a junction of listed places named after it («مثلث أبين ولحج»), nor a title («حي الشيخ ...») or a
  function word.
- A palace: «قصر» (``palace_heads``) and one definite word, after «في», «إلى», «داخل», «أمام» or «بـ» and followed by
  the city it is in («في قصر السلام بجدة», «في قصر الشعب في دمشق») is a place; «قصر المدة» (shortness) has
  neither, «من قصر النظر» no such preposition.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from ..doc import Doc, Mention, Token
from ..memo import remember
from ..events.forms import fw_keys  # data only (closed word lists), no stage
from ..text.normalize import norm_key
from .dockeys import doc_prefix_keys, folded_text
from .gazetteer import ARAB_STATES, DATA_DIR, Entry, Gazetteer, clitic_head_offset, clitic_variants, hamza_misread
from .units import gap, mentions_over

_PUNCT = "«»\"()،,.:؛!?؟"
_PREPOSITIONS = frozenset(norm_key(w) for w in ("في", "إلى", "الى", "من", "على", "عن", "نحو", "قرب", "داخل"))
_AT = frozenset(norm_key(w) for w in ("في", "إلى", "الى", "داخل", "أمام"))  # (not «من قصر النظر»: from shortness)


def keyed_places(file: str) -> dict[str, tuple[str, str, str]]:
    """Key of the form → its other three columns (kind, iso3, a name) of a place table of four columns in the
    gazetteer's data folder (``#`` comments; empty where the file is absent)."""
    out: dict[str, tuple[str, str, str]] = {}
    path = DATA_DIR / file
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        form, kind, iso3, name = (line.split("\t") + ["", "", ""])[:4]
        out[norm_key(form)] = (kind, iso3, name)
    return out


@lru_cache(maxsize=1)
def province_table() -> dict[str, tuple[str, str, str]]:
    """Key → (kind, iso3, name) of ``places_context.tsv``."""
    return keyed_places("places_context.tsv")


def _is(tok: Token, keys: frozenset[str]) -> bool:
    """The token is one of ``keys``, alone or after proclitics («بمحافظة», «وجبهة»)."""
    return clitic_head_offset(tok.text.rstrip(_PUNCT), keys) is not None


def named_countries(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> set[str]:
    """The countries the document names (:func:`_countries`)."""
    return _countries(doc, mentions, gaz)


def _countries(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> set[str]:
    """The countries the document names: its places' countries and its people's adjectives («اليمنية»)."""
    out: set[str] = set()
    for m in mentions:
        if m.type != "LOCATION":
            continue
        e = gaz.by_id.get(str(m.attrs.get("gid") or "")) or gaz.phrases.get(tuple(m.key.split()))
        if e is not None and getattr(e, "country", None):
            out.add(str(e.country))
    for t in doc.tokens:
        for k, _, _ in clitic_variants(t.text.rstrip(_PUNCT)):
            if k in gaz.nisba:
                out.add(gaz.nisba[k])
    return out


def _construct(doc: Doc, toks: list[Token], i: int) -> bool:
    """Is the word at ``i`` right before a definite word that is no relative adjective («حماة الوطن»: protectors of
    the homeland; not «حماة الغربي»)? (Only an indefinite word governs one: «على الضالع المدعو ...» is the place.)"""
    if i + 1 >= len(toks) or not gap(doc, toks[i], toks[i + 1]) or toks[i].text.rstrip(_PUNCT) != toks[i].text:
        return False
    nxt = toks[i + 1].text.rstrip(_PUNCT)
    return nxt.startswith("ال") and nxt.isalpha() and not nxt.endswith(("ي", "ية"))


def context_provinces(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Add the provinces named by a common word where the context reads them (see the module's doc)."""
    table = province_table()
    folded = folded_text(doc)  # (a reading's key is a substring of the folded text, or «ا» + one after «لل»)
    if not any((k[1:] if k.startswith("ا") else k) in folded for k in table):
        return
    toks = doc.tokens
    hits = [(i, k, off, pre) for i, t in enumerate(toks) for k, off, pre in clitic_variants(t.text.rstrip(_PUNCT))
            if k in table]
    if not hits:
        return
    countries: set[str] | None = None
    kinds, areas = fw_keys("place_kind_nouns"), fw_keys("area_front_nouns")
    for i, k, off, pre in hits:
        tok = toks[i]
        start, end = tok.start + off, tok.start + len(tok.text.rstrip(_PUNCT))
        if mentions_over(mentions, start, end):
            continue
        prev = toks[i - 1] if i and gap(doc, toks[i - 1], tok) else None
        after_kind = prev is not None and not pre and _is(prev, kinds)
        if not after_kind:
            if countries is None:
                countries = _countries(doc, mentions, gaz)
            if table[k][1] not in countries:
                continue
            if "ب" in pre or "ل" in pre:
                pass  # «بالضالع»: a preposition attached
            elif pre == "و":
                if prev is None or not any(m.end == prev.end and m.type == "LOCATION" for m in mentions):
                    continue  # «مأرب والبيضاء»: another place right before
            elif pre or prev is None or not (prev.norm_key in _PREPOSITIONS or _is(prev, areas)):
                continue
            if not k.startswith("ال") and _construct(doc, toks, i):
                continue  # «من حماة الوطن»: the common noun before the noun it governs
        kind, name = table[k][0], table[k][2]
        attrs: dict[str, object] = {"kind": kind}
        if name and norm_key(name) == k:
            attrs["form"] = name  # «حماه»: the province's written name, «حماة»
        mentions.append(Mention(start, end, doc.text[start:end], "LOCATION", "pattern", k, None, attrs))


@lru_cache(maxsize=1 << 18)  # (per token of every article and head list: a pure function of the word and the list)
def _head_off(text: str, heads: frozenset[str]) -> int | None:
    """Where an indefinite head of ``heads`` starts in a token (after «و», «ب», «ل», «ف»: «بحي», «وبمثلث»)."""
    n = 0
    while n < 2 and len(text) > n + 1 and text[n] in "وبلف" and norm_key(text[n:]) not in heads:
        n += 1
    return n if norm_key(text[n:]) in heads else None


def _definite_word(tok: Token, gaz: Gazetteer, *, stop_ok: bool = False) -> bool:
    """A definite word of a name: no title, no body's head, no function word (``stop_ok``: a listed one allowed,
    «قصر السلام» where the city after the palace shows the name)."""
    k = tok.norm_key
    return tok.text.startswith("ال") and tok.text.isalpha() and len(k) > 3 and (stop_ok or k not in gaz.stop) \
        and (k,) not in gaz.titles and (k,) not in gaz.org_heads


def _put(doc: Doc, mentions: list[Mention], start: int, end: int) -> bool:
    """A place from ``start`` to ``end``, over the mentions inside it (the tagger's «الحكمة» alone); not over a
    longer name or a listed place inside it («حي الجزائر» stays the country's name)."""
    over = mentions_over(mentions, start, end)
    if any(m.start < start or m.end > end for m in over) or any(m.type == "LOCATION" and m.source != "model"
                                                                for m in over):
        return False
    for m in over:
        mentions.remove(m)
    text = doc.text[start:end]
    mentions.append(Mention(start, end, text, "LOCATION", "pattern", norm_key(text), None, {"kind": "district"}))
    return True


def district_names(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Add the districts and junctions named by «حي»/«مثلث» and a definite word (see the module's doc)."""
    districts, junctions = fw_keys("district_heads"), fw_keys("junction_heads")
    keys = doc_prefix_keys(doc)
    if districts.isdisjoint(keys) and junctions.isdisjoint(keys):
        return  # (no token reads as a head: see .dockeys)
    toks = doc.tokens
    for i, tok in enumerate(toks[:-1]):
        off = _head_off(tok.text, districts)
        whole = off is None
        if whole:
            off = _head_off(tok.text, junctions)
        if off is None:
            continue
        nxt = toks[i + 1]
        if not gap(doc, tok, nxt) or not _definite_word(nxt, gaz):
            continue
        if any(m.start == nxt.start and m.type == "LOCATION" and m.source != "model" for m in mentions):
            continue  # «مثلث أبين ولحج»: listed places named after the head
        _put(doc, mentions, tok.start + off if whole else nxt.start, nxt.end)


def palace_names(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Add the palaces named after a preposition and followed by their city (see the module's doc)."""
    heads = fw_keys("palace_heads")
    if heads.isdisjoint(doc_prefix_keys(doc)):
        return
    toks = doc.tokens
    for i, tok in enumerate(toks[1:-2], start=1):
        off = _head_off(tok.text, heads)
        if off is None or (off == 0 and toks[i - 1].norm_key not in _AT) or tok.text[:off] in ("و", "ف"):
            continue
        nxt, city = toks[i + 1], toks[i + 2]
        if not (gap(doc, tok, nxt) and gap(doc, nxt, city) and _definite_word(nxt, gaz, stop_ok=True)):
            continue
        if city.norm_key in _PREPOSITIONS and i + 3 < len(toks):
            city = toks[i + 3]
        if not any(m.type == "LOCATION" and city.start <= m.start < city.end and m.attrs.get("kind") in
                   ("city", "capital") for m in mentions):
            continue
        _put(doc, mentions, tok.start + off, nxt.end)


def _noun_before(prev: Token, nouns: frozenset[str], gaz: Gazetteer) -> bool:
    """Is ``prev`` a noun of a place, a front, a body or a person («المقاومة», «مصدر», «القوات», «الوزير»), also
    with the article or a proclitic?"""
    for v, _, _ in clitic_variants(prev.text):
        for k in (v, v.removeprefix("ال")):
            if k in nouns or (k,) in gaz.titles or (k,) in gaz.org_heads:
                return True
    return False


# _b_reading's answers (:mod:`rasd.memo`; per token of every article: a pure function of the word)
B_READINGS: Final[dict[str, tuple[str, str, int] | None]] = {}


def b_reading(text: str) -> tuple[str, str, int] | None:
    """The word (its punctuation stripped), key and offset of its reading after «بـ» or «وبـ», if any."""
    if text in B_READINGS:
        return B_READINGS[text]
    word = text.rstrip(_PUNCT)
    got = next(((word, k, off) for k, off, pre in clitic_variants(word) if pre in ("ب", "وب")), None)
    return remember(B_READINGS, text, got, 1 << 16)


@lru_cache(maxsize=1)  # (fixed word lists: joined once, not per article)
def _town_nouns() -> frozenset[str]:
    """The nouns before which :func:`clitic_towns` reads a town after «بـ»."""
    return fw_keys("place_kind_nouns") | fw_keys("area_front_nouns") | fw_keys("facility_place_heads") \
        | fw_keys("glued_town_nouns")


def clitic_towns(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«مصدر في المقاومة بمأرب», «قذيفة بتعز»: a short town of an Arab state after «بـ» (or «وبـ»), which the
    gazetteer's lookup leaves out («بابها» is no ب + «أبها»), right after a name or a noun of a place, a front, a
    body or a person (``place_kind_nouns``, ``area_front_nouns``, ``glued_town_nouns``, a title, a body's head;
    not «المساس بحرمة»: with the sanctity); not a given name («بجاسم»), nor before a definite word
    it would govern («بصور الأقمار»: with pictures), nor a noun with the pronoun «ه» («بجده»: with his grandfather)."""
    nouns = _town_nouns()
    toks = doc.tokens
    for i in range(1, len(toks)):
        tok = toks[i]
        got = b_reading(tok.text)
        if got is None:
            continue
        word, k, off = got
        e = gaz.phrases.get((k,))
        if not isinstance(e, Entry) or e.type != "LOCATION" or e.kind not in ("city", "capital") \
                or e.country not in ARAB_STATES or hamza_misread(word[off:], e) \
                or e.name.endswith("ة") and word.endswith("ه"):
            continue
        start, end = tok.start + off, tok.start + len(word)
        prev = toks[i - 1]
        if mentions_over(mentions, start, end) or not gap(doc, prev, tok):
            continue
        if not (any(m.end == prev.end for m in mentions) or _noun_before(prev, nouns, gaz)):
            continue
        w = gaz.name_word(k)
        if w is not None and "g" in w.flags:
            continue  # «بجاسم»: with a man of that name
        if word == tok.text and i + 1 < len(toks) and gap(doc, tok, toks[i + 1]) \
                and toks[i + 1].text.startswith("ال") and toks[i + 1].norm_key not in gaz.stop:
            continue
        mentions.append(Mention(start, end, word[off:], "LOCATION", "pattern", k, None,
                                {"gid": e.id, "kind": e.kind}))


def resort_persons(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«في منتجع كامب ديفيد», «معسكر النصر»: a name the tagger read as a person right after the noun of a resort or
    a camp (``resort_heads``) names the place (the name alone, as ANERcorp marks «منتجع [بغنداران]»); a listed
    person, or one read by a title, stays a person."""
    heads = fw_keys("resort_heads")
    if heads.isdisjoint(doc_prefix_keys(doc)):
        return
    toks = doc.tokens
    starts = {t.start: i for i, t in enumerate(toks)}
    for m in [m for m in mentions if m.type == "PERSON" and m.source == "model" and not m.attrs.get("gid")]:
        i = starts.get(m.start)
        if not i or not gap(doc, toks[i - 1], toks[i]):
            continue
        if _head_off(toks[i - 1].text, heads) is None:
            continue
        end = m.end
        j = i
        while j + 1 < len(toks) and toks[j + 1].end <= m.end:
            j += 1
        if j > i and toks[j].text.startswith("بال"):
            end = toks[j - 1].end  # «معسكر النصر بالشعيب»: the camp, then the place it is in
        mentions.remove(m)
        text = doc.text[m.start : end]
        mentions.append(Mention(m.start, end, text, "LOCATION", "pattern", norm_key(text), None, {"kind": "site"}))
