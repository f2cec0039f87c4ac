"""Bodies named by a construction, after the tagger (called by :mod:`.stage`), round 54: a numbered military unit
(«الفرقة 30», «اللواء 93», «الفرقة 30 مشاة»: a division or brigade and its number, the tagger's MISC or nothing), a
news site or paper named in quotation marks after its noun and its adjectives («الموقع المصري «الوطن»», «موقع «ميدل
إيست آي»»: the whole quoted name) and the group of six powers named by its figures («مجموعة «5+1»», «دول (5+1)»:
the listed group, whose «+» the tokenizer splits). The nouns are ``numbered_unit_heads``, ``quoted_media_heads`` and
``p5_group_heads`` in ``function_words.json``."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from ..doc import Doc, Mention, Token
from ..events.forms import fw, fw_keys  # data only (closed word lists), no stage
from ..text.normalize import norm_key
from .gazetteer import Gazetteer

P5_ID = "ORG:P5PLUS1"
MAX_MEDIA_ADJ = 3  # adjectives between a site's noun and its quoted name («الموقع الإخباري المصري «...»»)
MAX_MEDIA_NAME = 40  # characters of a quoted name («ميدل إيست آي»)
_CLITICS = ("و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")
_LONGEST_FIRST = tuple(sorted(_CLITICS, key=len, reverse=True))
_DEFINITE = ("ال", "لل", "بال", "وال", "فال", "كال")  # a definite word, also after a proclitic («للقوات»)


def _heads(key: str) -> frozenset[str]:
    """The nouns of a list and their forms with a proclitic («والفرقة», «لموقع», «للموقع»)."""
    return _forms(tuple(fw(key)))


@lru_cache(maxsize=8)
def _forms(words: tuple[str, ...]) -> frozenset[str]:
    out = set()
    for w in words:
        k = norm_key(w)
        out.add(k)
        for p in _CLITICS:
            out.add(p + k)
            if p.endswith("ل") and k.startswith("ال"):
                out.add(p + k[1:])  # «للموقع»: ل + «الموقع», its alef unwritten
    return frozenset(out)


def clitic_length(key: str, forms: frozenset[str]) -> int:
    """The letters of a proclitic before a listed form («والقوات»: 1, «للدول»: 1, «للموقع»: 1), 0 for the bare form,
    -1 where it is none of them."""
    if key in forms:
        return 0
    if key[:1] not in "وفبل":
        return -1  # (every proclitic starts with one of these letters)
    for p in _LONGEST_FIRST:
        rest = key[len(p) :]
        if key.startswith(p) and (rest in forms or p.endswith("ل") and "ا" + rest in forms):
            return len(p)
    return -1


@lru_cache(maxsize=64)
def clitic_forms(forms: frozenset[str]) -> frozenset[str]:
    """Every key :func:`clitic_length` reads as a form of ``forms`` (0 or more): the forms, each after a proclitic,
    and after a proclitic in «ل» without its alef («للدول»)."""
    out = set(forms)
    for p in _CLITICS:
        for f in forms:
            out.add(p + f)
            if p.endswith("ل") and f.startswith("ا"):
                out.add(p + f[1:])
    return frozenset(out)


def _clitic_off(key: str, heads: str) -> int:
    """The letters of the proclitic before a noun of the list ``heads`` («والفرقة»: 1), 0 where none."""
    return max(0, clitic_length(key, fw(heads)))


@lru_cache(maxsize=1)
def _number_re() -> re.Pattern[str]:
    return re.compile(r"[ \t]+([0-9٠-٩]{1,3})(?![0-9٠-٩]|[.,][0-9])")


def _place(mentions: list[Mention], m: Mention, keep_org: bool = True) -> bool:
    """Put ``m`` in ``mentions`` over the mentions inside it or overlapping it (not over an organisation that
    already holds the span, with ``keep_org``); False where one such holds it."""
    over = [o for o in mentions if o.start < m.end and m.start < o.end]
    if keep_org and any(o.type == "ORGANIZATION" and o.start <= m.start and m.end <= o.end for o in over):
        return False
    if any(o.start < m.start or o.end > m.end for o in over if o.type in ("PERSON", "ORGANIZATION")):
        return False  # a name reaching out of it: not ours to cut
    for o in over:
        mentions.remove(o)
    mentions.append(m)
    return True


def mention(doc: Doc, start: int, end: int, source: str, **attrs: object) -> Mention:
    text = doc.text[start:end]
    return Mention(start, end, text, "ORGANIZATION", source, norm_key(text.strip('"«»“”() ')), None, dict(attrs))


def state_body(doc: Doc, mentions: list[Mention], start: int, end: int, gid: str, iso: str, actor: str) -> None:
    """Put in place of the mentions over [start, end) (what the tagger read inside the name) the ORGANIZATION
    mention of a body of the state ``iso`` named by the span (kind ``gov``, keyed ``gid``, actor code ``actor``):
    a regime named by its ruler (:mod:`.regimes`), an operations command named by its area (:mod:`.opcommands`)."""
    mentions[:] = [m for m in mentions if m.end <= start or m.start >= end]
    span = doc.text[start:end]
    mentions.append(Mention(start, end, span, "ORGANIZATION", "pattern", norm_key(span), None,
                            {"gid": gid, "kind": "gov", "country": iso, "actor": actor}))


def numbered_units(doc: Doc, mentions: list[Mention]) -> None:
    """«الفرقة 30», «اللواء 93 مشاة», «الفرقة «30»»: a definite division, brigade or battalion noun and its number
    (one to three digits) are an armed unit, an organisation (the tagger types it MISC or leaves it); its side (a
    state's army or a rebel group) the name does not say. Not an indefinite noun («فرقة 30 جنديا») nor a date
    («اللواء 30 عاما»: a noun of counting after it)."""
    heads = _heads("numbered_unit_heads")
    toks = doc.tokens
    for i, t in enumerate(toks[:-1]):
        k = t.norm_key
        if k not in heads:
            continue
        m = _number_re().match(doc.text, t.end)
        if m is None:
            continue
        end = m.end(1)
        rest = doc.text[end:].lstrip()
        after = rest.split(maxsplit=1)[0] if rest else ""
        if after and norm_key(after.strip("،,.")) in fw("counted_nouns_after_number"):
            continue  # «اللواء 30 عاما»
        if after and norm_key(after.strip("،,.»")) in _heads("numbered_unit_arms"):
            end = doc.text.index(after, end) + len(after.rstrip("،,.»"))  # «الفرقة 30 مشاة»
        off = _clitic_off(k, "numbered_unit_heads")
        base = k[off:] if k[off:] in fw("numbered_unit_heads") else "ا" + k[off:]  # «للفرقة»: ل + «الفرقة»
        m_ = mention(doc, t.start + off, end, "pattern", kind="mil", gid=f"ORGH:unit:{base} {m.group(1)}:")
        if base != k[off:]:
            m_.attrs["form"] = "ا" + m_.text
            m_.key = norm_key(str(m_.attrs["form"]))
        _place(mentions, m_)


def _unit_adjective(text: str, nisba: Mapping[str, str]) -> bool:
    """A definite adjective of a relative shape («الساحلية», «الجبلي») that names no country («المصري»)."""
    k = norm_key(text)
    return text.startswith("ال") and text.endswith(("ي", "ية")) and len(k) > 5 and k not in nisba \
        and k.removesuffix("ه") not in nisba


def _unit_own_name(t: Token, nxt: Token | None, mentions: list[Mention], gaz: Gazetteer) -> bool:
    """Is ``t``, right after a unit's noun and ordinal, the unit's own name: one indefinite word read as a person
    alone (by the tagger or after the title «قائد اللواء الأول»), no given name of any list nor a title, with a
    title or rank right after it, the commander's, ``nxt`` («اللواء الأول حزم العميد X»; not «قائد اللواء الأول
    محمد ...», a man, nor «قائد اللواء الأول كوفمان إن ...»)?"""
    k = t.norm_key
    w = gaz.name_word(k)
    return nxt is not None and (nxt.norm_key,) in gaz.titles and not k.startswith("ال") and t.text.isalpha() \
        and (w is None or "g" not in w.flags) and (k,) not in gaz.titles and k not in gaz.stop and any(
            m.type == "PERSON" and m.source in ("model", "title") and m.start == t.start and m.end == t.end
            for m in mentions)


def ordinal_units(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«الجيش الثالث الميداني», «والفرقة الرابعة», «اللواء الأول مشاة»: a definite army, division, brigade or
    battalion noun and an ordinal of its gender (``unit_ordinals``), with up to two arms or descriptors after it
    (``unit_ordinal_tails``), are an armed unit (an organisation, its side unsaid). «الجيش» alone or with a
    nationality stays what it was; an ordinal of the other gender («الفرقة الأول») is no unit's name. The tagger's
    MISC names that open on an indefinite unit noun (``named_unit_heads``: «لواء المجد») are organisations too."""
    heads = _heads("ordinal_unit_heads")
    ordinals = fw_keys("unit_ordinals")
    tails = fw_keys("unit_ordinal_tails")
    nisba = gaz.nisba
    toks = doc.tokens
    for i, t in enumerate(toks[:-1]):
        k = t.norm_key
        if k not in heads:
            continue
        o = toks[i + 1]
        if o.norm_key not in ordinals or doc.text[t.end : o.start].strip():
            continue
        if t.text.endswith("ة") != o.text.endswith(("ة", "ى")):
            continue  # the ordinal agrees with its noun
        end = o.end
        j = i + 2
        while j < len(toks) and j - i <= 3 and not doc.text[toks[j - 1].end : toks[j].start].strip() and (
                toks[j].norm_key in tails or j == i + 2 and _unit_adjective(toks[j].text, nisba)):
            end = toks[j].end  # «الميداني», «مشاة»; «الفرقة الأولى الساحلية»
            j += 1
        if j < len(toks) and not doc.text[toks[j - 1].end : toks[j].start].strip() \
                and _unit_own_name(toks[j], toks[j + 1] if j + 1 < len(toks) else None, mentions, gaz):
            end = toks[j].end  # «اللواء الأول حزم»: the brigade's own name, no man (round ents90)
        off = _clitic_off(k, "ordinal_unit_heads")
        base = k[off:] if k[off:] in fw("ordinal_unit_heads") else "ا" + k[off:]
        m_ = mention(doc, t.start + off, end, "pattern", kind="mil")
        m_.attrs["gid"] = f"ORGH:unit:{base} {norm_key(doc.text[o.start : end])}:"
        if base != k[off:]:
            m_.attrs["form"] = "ا" + m_.text
            m_.key = norm_key(str(m_.attrs["form"]))
        _place(mentions, m_)
    unit_nouns = fw_keys("named_unit_heads")
    for m in mentions:
        words = m.text.strip("«»\"").split()
        if m.type == "MISC" and len(words) >= 2 and norm_key(words[0]) in unit_nouns:
            m.type = "ORGANIZATION"  # «لواء المجد», «كتائب حزب الله»: an armed unit the tagger took for a thing


def construct_units(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«لواء شهداء اليرموك», «وكتائب أحرار الشام»: an indefinite unit noun (``named_unit_heads``), an indefinite noun
    and a definite word, joined, are an armed group (an organisation) over what the tagger read inside it (the
    place «اليرموك»); not «لواء للقوات البرية» (a definite word after a proclitic), not a rank («برتبة لواء ركن»: no definite word), not «لواء الإسكندرونة» (a definite word
    right after the noun: a district), nor where a name reaches out of the span; the middle word is no function
    word, title, number or given name («للواء أحمد العسيري»: to the general)."""
    heads = _heads("named_unit_heads")
    toks = doc.tokens
    for i, t in enumerate(toks[:-2]):
        k = t.norm_key
        if k not in heads:
            continue
        mid, last = toks[i + 1], toks[i + 2]
        if doc.text[t.end : mid.start].strip() or doc.text[mid.end : last.start].strip():
            continue
        word = last.text.rstrip("،,.:؛»\"")
        mk = mid.norm_key
        if not mid.text.isalpha() or mk.startswith(_DEFINITE) or len(mk) < 3 or mk in gaz.stop \
                or (mk,) in gaz.titles or not word.startswith("ال") or not word.isalpha() or len(word) < 4:
            continue
        w = gaz.name_word(mk)
        if k.startswith("لل") or w is not None and "g" in w.flags:
            continue  # «للواء أحمد العسيري»: to the general; a given name after the noun
        off = _clitic_off(k, "named_unit_heads")
        _place(mentions, mention(doc, t.start + off, last.start + len(word), "pattern", kind="group"))


def protection_units(doc: Doc, mentions: list[Mention]) -> None:
    """«وحدات حماية شرق كردستان», «قوة حماية سنجار»: an indefinite unit noun (``protection_unit_heads``), a noun of
    protection, at most one compass word and a place the rules or the tagger read, all side by side, are an armed
    group named after the land it guards (an organisation over the place); not «قوات لحماية كردستان» nor «قوات
    حماية في كردستان» (a preposition: what forces do), nor a definite head («القوات»: a description)."""
    heads, protect = _heads("protection_unit_heads"), fw_keys("protection_nouns")
    places = {m.start: m for m in mentions if m.type == "LOCATION"}
    toks = doc.tokens
    for i, t in enumerate(toks[:-2]):
        k = t.norm_key
        if k not in heads or k.startswith("لل") or toks[i + 1].norm_key not in protect:
            continue
        j = i + 2
        if toks[j].norm_key in fw_keys("compass") and j + 1 < len(toks):
            j += 1
        place = places.get(toks[j].start)
        if place is None or doc.text[t.end : place.start].count(" ") != j - i or "\n" in doc.text[t.end : place.start]:
            continue
        off = _clitic_off(k, "protection_unit_heads")
        _place(mentions, mention(doc, t.start + off, place.end, "pattern", kind="group"))


@lru_cache(maxsize=1)
def _quoted_name_re() -> re.Pattern[str]:
    """A name in «...», (...), "..." or “...” right after a medium's noun (round ents92: «الأسبوعية (9 داي)»)."""
    n = MAX_MEDIA_NAME
    return re.compile(r'\s*(?:«([^«»\n]{2,%d})»|\(([^()\n]{2,%d})\)|"([^"\n]{2,%d})"|“([^“”\n]{2,%d})”)' % (n, n, n, n))


def media_names(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«الموقع المصري «الوطن»», «صحيفة «الوطن»», «موقع «ميدل إيست آي»»: a news site's or paper's noun, up to two
    adjectives («المصري», «الإخباري») and a name in quotation marks right after them: the quoted name is the
    medium, whole (not the tagger's part of it); a listed organisation there stays the gazetteer's."""
    heads = _heads("quoted_media_heads")
    toks = doc.tokens
    for i, t in enumerate(toks):
        if t.norm_key not in heads:
            continue
        definite = t.norm_key.lstrip("وفبل").startswith("ا") or t.norm_key.startswith("لل")
        feminine = t.text.endswith("ة")
        j = i + 1
        while j < len(toks) and j - i <= MAX_MEDIA_ADJ and definite:
            a = toks[j].norm_key
            if not (a.startswith("ال") and len(a) > 4 and (a.endswith(("ي", "يه")) or feminine and a.endswith("ه"))):
                break  # a relative adjective, or any feminine one agreeing with a feminine noun («المحافظة»)
            j += 1
        if j >= len(toks):
            continue
        pos = toks[j - 1].end
        rest = doc.text[pos : pos + MAX_MEDIA_NAME + 3]
        q = _quoted_name_re().match(rest)
        if q is None:
            continue
        g = next(k for k in range(1, 5) if q.group(k) is not None)
        name = q.group(g)
        words = [norm_key(w) for w in name.split()]
        if not words or not any(w.isalpha() for w in name.split()) or len(words) > 4 or words[0] in gaz.stop \
                or sum(w in gaz.stop for w in words) > 1:
            continue  # a quoted clause («إن الحكومة قررت»), not a name («ميدل إيست آي»)
        if g > 1 and re.search("[A-Za-z]", name):
            continue  # «موقع (باز فيد–Buzzfeed)»: a name and its Latin spelling in brackets, left as read
        start = pos + q.start(g)
        start += len(name) - len(name.lstrip())
        end = pos + q.end(g) - (len(name) - len(name.rstrip()))
        _place(mentions, mention(doc, start, end, "quoted", kind="media"))


def p5_group(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«مجموعة «5+1»», «ومجموعة 5+1», «دول (5+1)», «المجموعة الدولية (5+1)»: the listed group of six powers, its
    figures split by the tokenizer."""
    e = gaz.by_id.get(P5_ID)
    if e is None:
        return
    heads = _heads("p5_group_heads")
    for m in re.finditer(r"[«(\"/]?\s*5\s*\+\s*1\s*[»)\"/]?", doc.text):
        before = doc.text[max(0, m.start() - 40) : m.start()].split()
        if not before:
            continue
        k = len(before) - 1
        if norm_key(before[k]) in ("الدوليه",) and k:
            k -= 1  # «المجموعة الدولية (5+1)»
        if norm_key(before[k]) not in heads:
            continue
        if k and norm_key(before[k - 1]) in heads:
            k -= 1  # «دول مجموعة 5+1»: the group's name
        words = before[k:]
        start = doc.text.rfind(" ".join(words), 0, m.start() + 1)
        if start < 0:
            continue
        start += _clitic_off(norm_key(words[0]), "p5_group_heads")
        end = m.start() + len(m.group(0).rstrip())
        if doc.text[end - 1 : end] in "»)\"/" and doc.text[m.start() : m.start() + 1] not in "«(\"/":
            end -= 1
        _place(mentions, mention(doc, start, end, "gazetteer", gid=e.id, kind=e.kind), keep_org=False)
