"""Round 87: more ways a clause tells where an act was (see ``location.event_location``): a statement made from a
city, «من» + the place right after the verb or its named subject («وانتقد إردوغان من جاكرتا»); a country's land
named by its adjective («داخل الأراضي السورية» is Syria, where the article names Syria); a bare compass phrase after
the noun of a «في» phrase («في حملات لقوات الجيش شمال سيناء»); a place taken or attacked with «على» right after the
act and its doer («سيطرة القوات الحكومية على عدن»). Each is narrow: a null is better than a wrong place."""

from __future__ import annotations

from functools import lru_cache

from ..doc import Doc
from ..entities import gazetteer
from .chunks import Chunk
from .forms import PLACES, fw, nkey
from .lexicon import VERBAL_CODES, Hit
from .word_tests import clause_stop, finite_verb, verb_key

SUBJECT_REACH = 6  # tokens from a saying verb to the «من» of its place, over its subject («الرئيس التركي إردوغان»)
SUBJECT_TYPES = ("PERSON", "ORGANIZATION")
BARE_REACH = 6  # tokens back from a bare compass word to the «في» of the phrase it follows («في حملات لقوات الجيش»)
COMPASS_WORDS = 2  # «جنوب شرقي»
PHYSICAL = ("14", "17", "18", "19", "20")  # protest, coerce, assault, fight, mass violence
ATTACKS = ("18", "19", "20")  # an attack «على» a place is there («هجمات على الأراضي التركية»)
TAKEN_REACH = 4  # tokens between an attack and the «على» of the place it is on, over its doer («القوات الحكومية»)


def _country_entity(doc: Doc, iso: str) -> tuple[str, str] | None:
    """(id, type) of the entity of the country ``iso`` in ``doc`` (a place whose actor is the country itself)."""
    return next(((e.id, e.type) for e in doc.entities
                 if e.type in PLACES and e.country == iso and e.actor == iso), None)


def land_chunk(doc: Doc, hit: Hit, c: Chunk) -> Chunk | None:
    """«داخل الأراضي السورية», «في الأراضي العراقية المحتلة», for an attack also «هجمات على الأراضي التركية»: a land
    noun (function words ``land_nouns``) and a country adjective after «في/داخل/فوق» (``land_prepositions``) is
    that country, told as a «في» place, where the article names the country; None otherwise (no preposition: «لوحدة
    الأراضي العراقية», «لن تدخل الأراضي السورية»)."""
    if c.entity is not None or c.j <= c.i or c.i == 0:
        return None
    toks = doc.tokens
    if toks[c.i].norm_key in fw("capital_nouns") and c.prep in ("في", "ب"):
        return _capital_chunk(doc, c)
    # round lo418: also a plural of towns or provinces (``land_unit_nouns``: «في المدن الصينية»), after a word of
    # all or many (``land_quantifiers``: «في جميع المدن العراقية») or «من» after one (``part_nouns``: «في الكثير من»)
    n = c.i + 1 if toks[c.i].norm_key in fw("land_quantifiers") and c.j > c.i + 1 else c.i
    if toks[n].norm_key not in fw("land_nouns") and toks[n].norm_key not in fw("land_unit_nouns"):
        return None
    before = toks[c.i - 1].norm_key.removeprefix("و")
    if n == c.i and before in fw("land_quantifiers") and c.i >= 2:
        before = toks[c.i - 2].norm_key.removeprefix("و")  # «في كل | المدن العراقية»
    if before == "من" and c.i >= 3 and toks[c.i - 2].norm_key in fw("part_nouns"):
        before = toks[c.i - 3].norm_key.removeprefix("و")  # «على أجزاء من الأراضي العراقية»
    if before not in fw("land_prepositions") and not (before in ("على", "علي") and hit.entry.code.startswith(ATTACKS)):
        return None
    if toks[c.i].norm_key in fw("border_nouns") and before != "داخل":
        return None  # round 124: «داخل الحدود التركية» is in Turkey; «على الحدود السعودية» may be either side
    iso = gazetteer.load().nisba.get(toks[n + 1].norm_key) if n < c.j else None
    country = _country_entity(doc, iso) if iso is not None else None
    if country is None:
        return None
    return Chunk(c.i, c.j, c.start, c.end, country[0], country[1], "في", c.coord, c.title, c.definite, c.number)


@lru_cache(maxsize=1)
def _capitals() -> dict[str, tuple[str, ...]]:
    """iso3 → the name keys of that country's capital in the gazetteer («DZA» → «الجزاير»)."""
    found: dict[str, set[str]] = {}
    for e in gazetteer.load().phrases.values():
        if isinstance(e, gazetteer.Entry) and e.kind == "capital" and e.country:
            found.setdefault(e.country, set()).add(nkey(e.name))
    return {iso: tuple(sorted(keys)) for iso, keys in found.items()}


def _capital_chunk(doc: Doc, c: Chunk) -> Chunk | None:
    """«في العاصمة الجزائرية» (function words ``capital_nouns`` and a country adjective, no name after): the
    capital of that country where the article names it as a place («الجزائر العاصمة»); None otherwise."""
    toks = doc.tokens
    if c.j != c.i + 1:
        return None
    iso = gazetteer.load().nisba.get(toks[c.i + 1].norm_key)
    keys = _capitals().get(iso, ()) if iso is not None else ()
    for e in doc.entities:
        if e.type in PLACES and e.country == iso and e.actor is None \
                and any(nkey(e.name).split()[0] == k for k in keys if " " not in k):
            return Chunk(c.i, c.j, c.start, c.end, e.id, e.type, "في", c.coord, c.title, c.definite, c.number)
    return None


def capital_towards(doc: Doc, c: Chunk) -> Chunk | None:
    """Round 173: «إلى العاصمة الإيرانية» (a capital noun and a country adjective after «إلى»): that capital, as for
    «في» (``_capital_chunk``); the caller says whether the place is where the act was."""
    if c.entity is not None or c.j <= c.i or c.prep != "الي" or doc.tokens[c.i].norm_key not in fw("capital_nouns"):
        return None
    return _capital_chunk(doc, c)


def said_from_place(doc: Doc, chunks: list[Chunk], hit: Hit) -> Chunk | None:
    """«وانتقد إردوغان من جاكرتا الدول التي ...», «أعلن الرئيس من باريس»: a statement made from a place, «من» + the
    place right after the saying verb or right after its named subject (a person or a body), no comma or other
    preposition between; not after a verb whose complement takes «من» (function words ``from_complement_verbs``:
    «حذر من», «طلب من»), nor people from a place («وناشد مواطنون من الحديدة»: no named subject). None otherwise."""
    if hit.pos != "V" or hit.entry.code[:2] not in VERBAL_CODES:
        return None
    toks = doc.tokens
    if verb_key(toks[hit.i].text) in fw("from_complement_verbs"):
        return None
    for c in chunks:
        if c.etype not in PLACES or c.entity is None or c.i <= hit.j + 1 or c.i - hit.j > SUBJECT_REACH + 1:
            continue
        if toks[c.i - 1].norm_key != "من":
            continue
        end = c.i - 2  # the last token before «من»
        if end == hit.j:
            return c
        subject = next((s for s in chunks if s.j == end and s.i > hit.j and s.etype in SUBJECT_TYPES), None)
        if subject is None:
            return None
        if any(clause_stop(toks[t].text) or toks[t].norm_key in fw("prepositions") for t in range(hit.j + 1, end)):
            return None
        return c
    return None


def bare_compass(doc: Doc, hit: Hit, c: Chunk) -> bool:
    """Whether the place ``c`` (no preposition of its own) follows a compass word (function words ``compass``, in or
    before its name: «شمال سيناء», «جنوب شرقي الزبداني») said with no «في» after a noun of a «في» phrase («في حملات
    لقوات الجيش شمال سيناء», «في الأحياء الواقعة جنوب شرقي الزبداني»): where a protest, an arrest or an attack was.
    Not a country whose name opens with a compass word («جنوب السودان»), not after a verb, a preposition or a title
    («محافظ شمال سيناء»)."""
    if c.prep is not None or c.entity is None or not hit.entry.code.startswith(PHYSICAL):
        return False
    ent = doc.entity(c.entity)
    toks = doc.tokens
    if ent is not None and toks[c.i].norm_key in fw("compass") and c.j > c.i:
        if ent.actor is not None:
            return False  # («جنوب السودان»: the country's own name)
        s = c.i
    else:
        s = c.i
        while s > 0 and c.i - s < COMPASS_WORDS and toks[s - 1].norm_key in fw("compass"):
            s -= 1
        if s == c.i:
            return False
    if s == 0:
        return False
    prev = toks[s - 1]
    key = prev.norm_key.removeprefix("و")
    if key in fw("prepositions") or key[:1] == "ب" or clause_stop(prev.text) or finite_verb(prev) \
            or hit.i <= s - 1 <= hit.j and hit.pos == "V":
        return False  # («في شمال سوريا», «بشمال سوريا»: the rules of a «في» place; «قصفت شمال سوريا»: an object)
    if key in fw("titles") or key.removeprefix("ال") in fw("titles"):
        return False  # «محافظ شمال سيناء»: an office of the place, not where the act was
    for t in range(s - 1, max(-1, s - 1 - BARE_REACH), -1):
        text = doc.tokens[t].text
        if clause_stop(text) or (finite_verb(doc.tokens[t]) and not hit.i <= t <= hit.j):
            return False
        k = nkey(text).removeprefix("و")
        if k == "في":
            return True
        if k in fw("prepositions") or k in fw("relatives") or k in fw("complementizers"):
            return False
    return False


def taken_place(doc: Doc, target: Chunk | None, hit: Hit) -> bool:
    """«سيطرة القوات الحكومية على عدن», «هجوم الحوثيين على مأرب»: a place taken or attacked, said with «على» right
    after the act or its doer (no comma, no other preposition), is where it was (not «اعتدى العراق على الحدود
    الكويتية»: the place is no target there)."""
    if target is None or target.etype not in PLACES or target.entity is None or target.prep not in ("على", "علي") \
            or not hit.entry.code.startswith(ATTACKS) or target.i <= hit.j + 1:
        return False
    toks = doc.tokens
    on = target.i - 1
    if toks[on].norm_key not in ("على", "علي") or on - hit.j - 1 > TAKEN_REACH:
        return False
    return not any(clause_stop(toks[t].text) or toks[t].norm_key in fw("prepositions") for t in range(hit.j + 1, on))
