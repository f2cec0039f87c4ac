"""Names that are common words in their context, and names that run on over the next word (round 43).

Run by :mod:`.stage` on all mentions, the rules' and the tagger's together:

- :func:`word_places`: a one-word place (the gazetteer's town or the tagger's place, never a country) that its
  context reads as a verb («ولن أنسى»: I will not forget, not Annecy; «اللذين صنعا»: who made), an accusative of
  specification after a comparative («الأكثر ميلا»: most inclined), a name after «ابن» («ابن سينا»), a verbal
  noun («تحاول النيل من»: to undermine) or, for a town, the surname of a person of the article («نبيل جاسم» ...
  «وأكد جاسم») is no place;
- :func:`construct_noun_last`: a person's name that ends on a frequent indefinite word before a definite common
  noun ends before it: «ابتكر السيد ميتشل سند الالتزام» (Mr Mitchell invented the moral-obligation bond);
- :func:`common_word_persons`: the tagger's person of one word that is a frequent common noun with and without the
  article, of no Arabic or Western given or family name list («سند», «السند»: a bond), is no one;
- :func:`common_word_singles` (round 45): the tagger's person or place of one word that is a common word by its
  forms — an indefinite noun or adjective frequent with the article too («بسيط», «درب», «لاجئ»), a past verb
  frequent with the feminine «ـت» («دام»: دامت), an imperfect verb frequent with the other person prefix («ترغب»:
  يرغب), a verb in «يؤ»/«تؤ» («يؤسف») — of no name list, is no one and nowhere;
- :func:`place_inside_name` (round 45): a town's name between a given name and a family name («فاطمة الزهراء
  الأنصاري») is part of the person's name, no town;
- :func:`device_heads`: «جهاز» (the service) before a body's name is part of it («جهاز المخابرات الأوكراني»);
- :func:`bracket_acronyms`: a body's acronym in brackets right after its name («(إس بي يو)») is that body.
"""

from __future__ import annotations

import re

from ..doc import Doc, Mention, Token
from ..events.forms import fw, fw_keys
from ..text.normalize import norm_key
from .crf import load_lexicon
from .gazetteer import INITIALS, PLACE_CUES, Gazetteer, clitic_head_offset, clitic_variants
from .localplaces import named_countries
from .units import JOINERS, NASAB

_NAME_SONS = frozenset(norm_key(w) for w in ("ابن", "بن", "وابن"))
_COMPARATIVES = frozenset(norm_key(w) for w in ("أكثر", "الأكثر", "أقل", "الأقل"))
_VERB_OPENERS = frozenset(norm_key(w) for w in ("لن", "لم", "كي", "لكي", "سوف", "لقد"))
_NAME_FLAGS = set("gfFW")  # an Arabic given or family name, a female or a common Western given name
_FREQUENT_ZIPF10 = 35  # Zipf × 10 of a word frequent enough to be a noun of the news («سند»: 39)
_COMMON_ZIPF10 = 38  # of a definite common noun («الالتزام»: 46)
_DEVICES = frozenset((norm_key("جهاز"),))
_WORD_TOWN_ZIPF10 = 35  # Zipf × 10 of the singular of a town's name that is also a plural («مدى»: 52)
_LATIN_ACRONYM = re.compile(r"[A-Z]{2,6}")


def _index(doc: Doc) -> tuple[list[Token], list[int]]:
    return doc.tokens, doc.token_starts()  # (the starts kept per document, not made per call)


def _token_at(toks: list[Token], pos: int) -> int | None:
    """The index of the token that holds character ``pos`` (a clitic may come before a name inside its token)."""
    lo, hi = 0, len(toks)
    while lo < hi:
        mid = (lo + hi) // 2
        if toks[mid].end <= pos:
            lo = mid + 1
        else:
            hi = mid
    return lo if lo < len(toks) and toks[lo].start <= pos else None


def _word_before(doc: Doc, toks: list[Token], n: int) -> str:
    """The key of the word before token ``n`` where only a space parts them ("" where none)."""
    if n == 0 or not doc.text[toks[n - 1].end : toks[n].start].isspace():
        return ""
    return toks[n - 1].norm_key


def _in(word: str, words: frozenset[str]) -> bool:
    """Is ``word`` (a key) one of ``words``, also after a proclitic («ولن», «فلم»)?"""
    return bool(word) and (clitic_head_offset(word, words) is not None
                           or word[:1] in "وف" and word[1:] in words)  # («ولن»: too short for clitic_variants)


def word_places(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Drop the one-word places (no country) that their context reads as a common word: after «لن», «لم», «كي»,
    «سوف», «لقد» or a relative pronoun a verb («ولن أنسى», «اللذين صنعا»); after «أكثر», «أقل» an accusative in
    «ا» («الأكثر ميلا»); after «ابن» a man's name («ابن سينا»); a verbal noun (:func:`_masdar`); and a town the
    gazetteer knows that is the last word of a person's name in the article and a name-list word, not after a
    place preposition or noun («نبيل جاسم» ... «وأكد جاسم»; not «درسدن» after a tagger's «بيتز درسدن»)."""
    toks, _ = _index(doc)
    surnames = {norm_key(m.text.split()[-1]) for m in mentions if m.type == "PERSON" and len(m.text.split()) >= 2}
    verbs = _VERB_OPENERS | fw("relatives")
    drop: set[int] = set()
    for m in mentions:
        if m.type != "LOCATION" or " " in m.text.strip() or m.attrs.get("kind") == "country":
            continue
        e = gaz.by_id.get(str(m.attrs.get("gid") or ""))
        if e is not None and e.kind == "country":
            continue
        n = _token_at(toks, m.start)
        if n is None:
            continue
        prev = _word_before(doc, toks, n)
        word = doc.text[m.start : m.end]
        town = e is not None and e.kind in ("city", "region")
        if _in(prev, verbs) and toks[n].start == m.start \
                or prev in _COMPARATIVES and word.endswith("ا") \
                or prev in _NAME_SONS \
                or town and m.key in surnames and gaz.name_word(m.key) is not None and not _in(prev, PLACE_CUES) \
                or _masdar(doc, toks, n, m, prev) or _verb_town(doc, toks, n, m, prev):
            drop.add(id(m))
    if drop:
        mentions[:] = [m for m in mentions if id(m) not in drop]


def unnamed_country_towns(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Drop a one-word town of the gazetteer (no capital) whose name is also the plural in «ات» of a frequent word
    (Zipf ≥ 3.5 in the tagger's table: «مديات», ranges, of «مدى») where nothing else in the document names its
    country and no place noun («مدينة», «بلدة») comes right before it: «ارتفعت درجات الحرارة إلى مديات غير
    مسبوقة» is no Midyat (round 79)."""
    toks, _ = _index(doc)
    freq = load_lexicon().freq
    kinds = fw_keys("place_kind_nouns")
    named: set[str] | None = None
    drop: set[int] = set()
    for m in mentions:
        if m.type != "LOCATION" or " " in m.text.strip() or m.source != "gazetteer":
            continue
        e = gaz.by_id.get(str(m.attrs.get("gid") or ""))
        stem = m.key[:-2] if m.key.endswith("ات") and not m.key.startswith("ال") else ""
        if e is None or e.kind != "city" or not e.country or len(stem) < 2 \
                or max(freq.get(stem + end, 0) for end in ("", "ه", "ي")) < _WORD_TOWN_ZIPF10 \
                or tuple(m.key.split()) in gaz.ambiguous:
            continue  # (a place of two readings is read from its context later: «بابل» in Iraq)
        n = _token_at(toks, m.start)
        if n is None or _in(_word_before(doc, toks, n), kinds):
            continue
        if named is None:
            named = named_countries(doc, [x for x in mentions if x.key != m.key], gaz)
        if e.country not in named:
            drop.add(id(m))
    if drop:
        mentions[:] = [m for m in mentions if id(m) not in drop]


def _masdar(doc: Doc, toks: list[Token], n: int, m: Mention, prev: str) -> bool:
    """Is the place ``m`` (token ``n``) named by a word that is also a verbal noun («النيل»: the Nile; «نيل»:
    obtaining, harming) that verbal noun: indefinite («لنيل الجائزة»: to win the prize; the river is «النيل»), or
    before «من» («تحاول النيل من»: to undermine) after no word of a river or place («مياه النيل من»)?"""
    bare = m.key.removeprefix("ال")
    if bare not in fw("masdar_place_names"):
        return False
    if not m.key.startswith("ال"):
        return True
    nxt = toks[n + 1].norm_key if n + 1 < len(toks) else ""
    return nxt == "من" and not _in(prev, fw("river_cues"))


def _verb_town(doc: Doc, toks: list[Token], n: int, m: Mention, prev: str) -> bool:
    """Is the town ``m`` (token ``n``) named by a word that is also a present verb (``verb_place_names``: «ينبع»
    Yanbu and «ينبع» stems) that verb: the bare word (no clitic) right before «من», «عن», «على» («رفضي للاتفاق ينبع
    من»: stems from), after no preposition, place noun or place cue («في ينبع», «ميناء ينبع», «نحو تعز من جهة»)?"""
    if m.key not in fw_keys("verb_place_names") or toks[n].start != m.start or n + 1 >= len(toks) \
            or toks[n + 1].norm_key not in {norm_key(w) for w in ("من", "عن", "على")}:
        return False
    cues = PLACE_CUES | fw("prepositions") | fw("place_kind_nouns") | fw("locative_place_heads") \
        | fw("place_heads") | fw("place_named_institutions") | fw("venue_preps")
    return not _in(prev, frozenset(norm_key(w) for w in cues))


def construct_noun_last(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«السيد ميتشل سند الالتزام» (Mr Mitchell + the bond of obligation): the last word of a person's name of
    name-list words, a common noun (frequent, Zipf ≥ 3.5, and frequent with the article too, as no surname is:
    «السند»), no Arabic given or family name (only a transliteration list has «سند»), no listed person's surname
    and not after «بن», «عبد», «أبو», right before a definite common noun of no name list, is the head of that
    construct, no part of the name («اعتبر نتنياهو الاتفاق»: a surname and the verb's object keep the name). A
    family name in «ـي» after it («علي سند الحربي») or a name word keeps it."""
    freq = load_lexicon().freq
    toks, _ = _index(doc)
    for m in mentions:
        words = m.text.split()
        if m.type != "PERSON" or m.attrs.get("gid") or len(words) < 2:
            continue
        last = norm_key(words[-1])
        w = gaz.name_word(last)
        if last.startswith("ال") or freq.get(last, 0) < _FREQUENT_ZIPF10 or last in gaz.stop \
                or freq.get("ال" + last, 0) < _COMMON_ZIPF10 or last in gaz.surnames \
                or norm_key(words[-2]) in NASAB | JOINERS or (w is not None and _NAME_FLAGS & set(w.flags)) \
                or not all(gaz.is_name_word(norm_key(x)) for x in words[:-1]):
            continue
        n = _token_at(toks, m.end)
        if n is None or toks[n].start == m.end:
            n = _token_at(toks, m.end + 1)
        if n is None or doc.text[m.end : toks[n].start] != " ":
            continue
        nxt = toks[n].norm_key
        if not nxt.startswith("ال") or len(nxt) < 5 or not nxt.isalpha() or nxt.endswith("ي") \
                or gaz.is_name_word(nxt) or nxt in gaz.nisba or freq.get(nxt, 0) < _COMMON_ZIPF10:
            continue
        rest = " ".join(words[:-1])
        m.end = m.start + len(rest)
        m.text = rest
        m.key = norm_key(rest)
        m.attrs["cut_common"] = words[-1]


def common_word_persons(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Drop the tagger's one-word persons that are common nouns: frequent (Zipf ≥ 3.8) both with and without the
    article («سند» and «السند»: a bond; «ورشة»: a workshop), in no name list as a given, family, female or common
    Western name, no listed person's surname, not after a title («الدكتور البار») and no word of a longer person's
    name in the article."""
    freq = load_lexicon().freq
    toks, _ = _index(doc)
    words = {norm_key(w).removeprefix("ال") for m in mentions if m.type == "PERSON" and len(m.text.split()) >= 2
             for w in m.text.split()}
    drop: set[int] = set()
    for m in mentions:
        if m.type != "PERSON" or m.source != "model" or m.attrs.get("gid") or m.attrs.get("role") \
                or " " in m.text.strip():
            continue
        k = m.key
        other = k[2:] if k.startswith("ال") else "ال" + k
        w = gaz.name_word(k)
        if (w is not None and _NAME_FLAGS & set(w.flags)) or k in gaz.surnames or other in gaz.surnames \
                or freq.get(k, 0) < _COMMON_ZIPF10 or freq.get(other, 0) < _COMMON_ZIPF10 \
                or k.removeprefix("ال") in words:
            continue
        n = _token_at(toks, m.start)
        prev = _word_before(doc, toks, n) if n is not None else ""
        if prev and any((v,) in gaz.titles for v, _, _ in clitic_variants(prev)):
            continue
        drop.add(id(m))
    if drop:
        mentions[:] = [m for m in mentions if id(m) not in drop]


_SINGLE_ZIPF10 = 35  # a one-word name of the tagger frequent as a word of the news
_ARTICLE_ZIPF10 = 34  # ... and with the article («اللاجئ»: 34)
_VERB_ZIPF10 = 38  # its verb form («دامت»: 42, «يرغب»: 46)
_NO_ARTICLE_ZIPF10 = 30  # a verb is hardly ever written with the article
_RARE_ZIPF10 = 30  # a word after it this rare is a name's («جبل قاسيون»)
_HAMZA_VERB = re.compile(r"^[وف]?[يتن]ؤ")


def common_word_singles(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Drop the tagger's one-word persons and places that are common words by their forms (see the module): an
    indefinite noun or adjective (Zipf ≥ 3.5, and ≥ 3.4 with the article), a past verb («دام» with «دامت» ≥ 3.8, no
    form with the article), an imperfect verb («ترغب» with «يرغب»), a verb spelt «يؤ» («يؤسف», which folds to the
    name «يوسف»); never a word of a name list (given, family, female, Western), a listed surname or place, a word of a
    longer person's name in the article, nor one after a title, nor a noun after a place noun («مدينة فريقين»; a verb
    after it is a relative clause: «مدينة ترغب»), nor one a given name or a rare word follows («جبل علي», «جبل قاسيون»: the
    head of a longer name), nor one of two letters."""
    freq = load_lexicon().freq
    toks, _ = _index(doc)
    words = {norm_key(w).removeprefix("ال") for m in mentions if m.type == "PERSON" and len(m.text.split()) >= 2
             for w in m.text.split()}
    places = fw("settlement_nouns") | fw("region_nouns")
    drop: set[int] = set()
    for m in mentions:
        if m.type not in ("PERSON", "LOCATION") or m.source != "model" or m.attrs.get("gid") or m.attrs.get("role") \
                or " " in m.text.strip() or m.attrs.get("retyped"):
            continue
        k = m.key
        if _HAMZA_VERB.match(m.text.strip()):
            drop.add(id(m))
            continue
        w = gaz.name_word(k)
        if k.startswith("ال") or (w is not None and _NAME_FLAGS & set(w.flags)) or k in gaz.surnames \
                or gaz.phrases.get((k,)) is not None or k in words or freq.get(k, 0) < _SINGLE_ZIPF10:
            continue
        n = _token_at(toks, m.start)
        prev = _word_before(doc, toks, n) if n is not None else ""
        if prev and any((v,) in gaz.titles for v, _, _ in clitic_variants(prev)) or len(k) < 3:
            continue  # («قم»: too short to tell by its forms)
        named = bool(prev) and any(v in places for v, _, _ in clitic_variants(prev))  # «مدينة فريقين»: a place
        nxt = re.match(r" ([^\s«»()،,.:؛0-9]+)", doc.text[m.end : m.end + 30])
        after = norm_key(nxt.group(1)) if nxt else ""
        given = gaz.name_word(after) if after else None
        if given is not None and "g" in given.flags or after and freq.get(after, 0) < _RARE_ZIPF10:
            continue  # «وجبل علي», «جبل قاسيون»: the head of a name that goes on over a given name or a rare word
        definite = freq.get("ال" + k, 0)
        other = ("ي" if k[0] == "ت" else "ت") + k[1:] if k[:1] in "يت" else ""
        if definite >= _ARTICLE_ZIPF10 and not named or definite < _NO_ARTICLE_ZIPF10 and (
                freq.get(k + "ت", 0) >= _VERB_ZIPF10 or other and freq.get(other, 0) >= _VERB_ZIPF10):
            drop.add(id(m))
    if drop:
        mentions[:] = [m for m in mentions if id(m) not in drop]


def place_inside_name(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«الدكتورة فاطمة الزهراء الأنصاري»: a one-word town (the gazetteer's, no country's or capital's name) right
    after a person's name that ends on a given name, and right before a family name of the lists (or a person's
    mention), is a part of that person's name: the person runs over both, the town is dropped. A place after a
    family name or before a common word («وزار محمد الزهراء الأسبوع») is left alone."""
    starts = {m.start: m for m in mentions}
    drop: set[int] = set()
    for p in mentions:
        words = p.text.split()
        w = gaz.name_word(norm_key(words[-1])) if words and p.type == "PERSON" else None
        place = starts.get(p.end + 1)
        if w is None or not set("gF") & set(w.flags) or doc.text[p.end : p.end + 1] != " " or place is None \
                or place.type != "LOCATION" or " " in place.text.strip() or id(place) in drop:
            continue
        e = gaz.by_id.get(str(place.attrs.get("gid") or ""))
        if e is None or e.kind not in ("city", "region") or doc.text[place.end : place.end + 1] != " ":
            continue
        nxt = re.match(r"\S+", doc.text[place.end + 1 : place.end + 40])
        if nxt is None:
            continue
        after = starts.get(place.end + 1)
        key = norm_key(nxt.group().rstrip("،,.:؛"))
        fam = gaz.name_word(key)
        if after is not None and after.type == "PERSON":
            end = after.end
            drop.add(id(after))
        elif fam is not None and "f" in fam.flags or key in gaz.surnames:
            end = place.end + 1 + len(nxt.group().rstrip("،,.:؛"))
        else:
            continue
        drop.add(id(place))
        p.end = end
        p.text = doc.text[p.start : end]
        p.key = norm_key(p.text)
    if drop:
        mentions[:] = [m for m in mentions if id(m) not in drop]


def device_heads(doc: Doc, mentions: list[Mention]) -> None:
    """«جهاز المخابرات الأوكراني»: a body's mention right after «جهاز» (the service; also «لجهاز», «وجهاز») starts
    at it, as the body is named."""
    toks, _ = _index(doc)
    taken = {(m.start, m.end) for m in mentions}
    for m in mentions:
        n = _token_at(toks, m.start)
        if m.type != "ORGANIZATION" or n is None or n == 0 or toks[n].start != m.start \
                or doc.text[toks[n - 1].end : m.start] != " ":
            continue
        off = clitic_head_offset(toks[n - 1].text, _DEVICES)
        if off is None or any(s < m.start and e > toks[n - 1].start for s, e in taken):
            continue
        m.start = toks[n - 1].start + off
        m.text = doc.text[m.start : m.end]
        m.key = norm_key(m.text)


def _acronym(text: str) -> bool:
    """Latin capitals («SAS») or initials spelled in Arabic («إس بي يو», «بي كيه كيه»)."""
    words = text.split()
    return bool(_LATIN_ACRONYM.fullmatch(text.strip())) or len(words) >= 2 and all(
        norm_key(w) in INITIALS or len(norm_key(w)) <= 3 for w in words) and sum(
        norm_key(w) in INITIALS for w in words) >= 2


def bracket_acronyms(doc: Doc, mentions: list[Mention]) -> None:
    """«جهاز المخابرات الأوكراني (إس بي يو)»: a body's acronym in brackets right after the body's name, itself no
    body the lists know, is that body (its list entry, or its name's key for the clustering), and so is the acronym
    alone elsewhere in the article."""
    by_start = {m.start: m for m in mentions if m.type == "ORGANIZATION"}
    alias: dict[str, Mention] = {}  # the acronym's key → the body's mention it names
    for a in mentions:
        if a.type != "ORGANIZATION":
            continue
        br = re.match(r"\s*\(\s*", doc.text[a.end : a.end + 4])
        b = by_start.get(a.end + br.end()) if br else None
        if b is None or b is a or b.attrs.get("gid") or not _acronym(b.text) \
                or not re.match(r"\s*\)", doc.text[b.end : b.end + 3]):
            continue
        alias.setdefault(b.key, a)
    for b in mentions:  # the acronym alone later in the article too («بي كيه كيه»)
        body = alias.get(b.key)
        if body is None or b.type != "ORGANIZATION" or b.attrs.get("gid") or b is body:
            continue
        b.attrs["acronym_of"] = body.text  # (the entity is named by the body's name, not this)
        if body.attrs.get("gid"):
            for k in ("gid", "kind", "country", "actor"):
                if k in body.attrs:
                    b.attrs[k] = body.attrs[k]
        else:
            b.key = body.key
