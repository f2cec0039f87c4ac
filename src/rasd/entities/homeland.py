"""The country an article is about, and which persons take it: an officer of a state — a government, military,
legislative, judicial or security office — whose title names no country (:meth:`.resolve.Resolver.entities`)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from ..doc import Doc, Entity
from ..events.forms import fw
from ..text.normalize import norm_key
from .gazetteer import Entry, Gazetteer

# the sectors of a state's officers: the article's most-named country is guessed for these alone
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "SPY", "COP"})
# a town named after a noun of settlement in an article whose own country is not known is in the country of at
# least this many of its (distinct) located places, this share of them
PLACES_MIN = 4
PLACES_SHARE = 0.7
SOLE_MIN = 3  # entities of a known country in an article that names that one only (:func:`sole_country_bodies`)
MAX_LISTED = 6  # items of a list of places after a plural head that :func:`listed_after_head` walks back over


def body_pairs(doc: Doc) -> frozenset[tuple[str, str, str]]:
    """The keys of each three words in a row of the article (the last two "" at its end), to look up what
    follows a body's head noun («البرلمان» + «العربي»)."""
    keys = [t.norm_key for t in doc.tokens] + ["", ""]
    return frozenset(zip(keys, keys[1:], keys[2:]))


def _international(g: Gazetteer, words: list[str], triples: Callable[[], frozenset[tuple[str, str, str]]]) -> bool:
    """Does the office ``words`` («رئيس البرلمان») head a body that is itself international: an international
    adjective in the title («رئيس البرلمان العربي») or after its body's noun where the article names it («البرلمان
    العربي», «الجامعة العربية»; not «الجيش العربي السوري», a state's army)?"""
    inter = fw("international_adjectives")
    for k, w in enumerate(words[1:], 1):
        if not (w.startswith("ال") and g.complements.get((w,)) is not None):
            continue  # a body that gives an office its sector («البرلمان», «الجيش»)
        after = words[k + 1 : k + 3]
        if after[:1] and after[0] in inter and not (after[1:] and _national(g, after[1])):
            return True
        if not after and any(a == w and b in inter and not _national(g, c) for a, b, c in triples()):
            return True
    return False


def _national(g: Gazetteer, k: str) -> bool:
    """Does ``k`` after an international adjective make the body one state's («الجيش العربي السوري», «الإمارات
    العربية المتحدة»)?"""
    return k in g.nisba or k == "المتحده"


def _sector_complement(g: Gazetteer, words: list[str]) -> bool:
    """Is one of ``words`` (or a phrase of them), with or without its article, a complement that gives an office
    its sector («البرلمان», «مجلس النواب», «حكومة» of «رئيس حكومة»)?"""
    for a in range(len(words)):
        for b in range(a + 1, min(len(words), a + 3) + 1):
            for ph in (tuple(words[a:b]), ("ال" + words[a], *words[a + 1 : b])):
                if g.complements.get(ph) is not None:
                    return True
    return False


def state_office(g: Gazetteer, e: Entity, triples: Callable[[], frozenset[tuple[str, str, str]]]) -> bool:
    """Does the person hold an office of a state — a government, military, legislative, judicial or security
    sector, by a title that stands alone («الرئيس», «السفير») or names its portfolio or body («وزير الطاقة»,
    «عضو مجلس الشيوخ»)? Not a bare head noun whose body the text gives as no state's («رئيس» of a bureau, a
    department of a newspaper, a charity: «رئيس قسم», «رئيس جمعية»), nor one whose last word names no sector
    («رئيس شؤون ...»), nor a head of an international body («رئيس البرلمان» of the Arab Parliament); an honorific
    («الدكتور») holds no office."""
    if e.attrs.get("sector") not in STATE_SECTORS:
        return False
    for role in e.roles:
        words = norm_key(role).split()
        if not words or _international(g, words, triples):
            continue
        head = g.titles.get((words[0],))
        if head is not None and getattr(head, "sector", None) is None and len(words) == 1:
            continue  # «الدكتور», «السيد»: an honorific
        if words[0].startswith("ال"):
            return True  # «الرئيس», «الرئيس السابق», «النائب العام»
        if words[0] in fw("heads_of_any_body"):
            # «رئيس»: the head of any body; a state's where a complement names its sector («رئيس الوزراء»,
            # «رئيس البرلمان», «رئيس حكومة بافاريا»; not «رئيس الحكومة السابق»: see below)
            if _sector_complement(g, words[1:]) and g.complements.get((words[-1],), "") is not None:
                return True
            continue
        if len(words) >= 2 and g.complements.get((words[-1],), "") is not None:
            return True  # «وزير الطاقة», «عضو مجلس الشيوخ»; not «رئيس شؤون ...»
    return False


def article_country(doc: Doc, ents: list[Entity], evidence: Counter[str]) -> str | None:
    """The one country an article is about: named in at least three of its sentences and in at least twice as
    many as any other, its dateline's place (where it has one) in it; else None."""
    top = sorted(evidence.items(), key=lambda x: (-x[1], x[0]))[:2]
    if not top or top[0][1] < 3 or (len(top) == 2 and top[0][1] < 2 * top[1][1]):
        return None
    line = next((e.country for e in ents if e.type == "LOCATION" and any(
        doc.dateline is not None and doc.dateline.place is not None and sp.start == doc.dateline.place.start
        for sp in e.mentions)), None)
    return top[0][0] if line in (None, top[0][0]) else None


def home_towns(g: Gazetteer, ents: list[Entity], home: str | None) -> None:
    """A place of no known country whose name the gazetteer has in several countries («البيضاء»: Libya, Yemen) is
    the town of the country the article is about, where that is one of them, and a state's body named without its
    country («وزارة الداخلية») is that country's (in place)."""
    if home is None:
        return
    for e in ents:
        if e.type == "LOCATION" and not e.country and home in g.towns_in.get(norm_key(e.name), ()):
            e.country = home
            e.attrs["country_from"] = "article"
        elif e.type == "ORGANIZATION" and not e.country and not e.actor and e.attrs.get("bare_sector"):
            # «وزارة الداخلية» named without its country: the ministry of the country the article is about
            e.country = home
            e.actor = home + str(e.attrs["bare_sector"])
            e.attrs["country_from"] = "article"


def sole_country_bodies(ents: list[Entity]) -> None:
    """A state's body named without its country («وزارة الداخلية») in an article that names one country only — every
    place, body and person of a known country (the press that reports it aside), at least :data:`SOLE_MIN` of
    them — is that country's (round 83; in place). An article naming two countries, or naming one once, has none."""
    isos = [e.country for e in ents if e.country and not (e.actor or "").endswith("MED")]
    if len(isos) < SOLE_MIN or len(set(isos)) != 1:
        return
    for e in ents:
        if e.type == "ORGANIZATION" and not e.country and not e.actor and e.attrs.get("bare_sector"):
            e.country = isos[0]
            e.actor = isos[0] + str(e.attrs["bare_sector"])
            e.attrs["country_from"] = "article"


def _facility_town(g: Gazetteer, name: str) -> str | None:
    """The country of the listed town a facility is named by («مطار عدن الدولي»: head, town, adjective)."""
    words = [norm_key(w) for w in name.split()]
    if len(words) != 3 or words[0] not in fw("facility_place_heads") or words[2] not in fw("facility_adjectives"):
        return None
    e = g.phrases.get((words[1],))
    return e.country if isinstance(e, Entry) and e.type == "LOCATION" else None


def local_places(doc: Doc, g: Gazetteer, ents: list[Entity], home: str | None) -> None:
    """A place the lists do not have, named after a noun of a province, district or settlement («ولاية غزني»,
    «مدينة لودر»), is in the country of the adjective right after it in some mention («مدينة تشنغدو الصينية»),
    else in the one country of the places its sentence names with theirs («بمحافظة البيضاء»), else in the country
    the article is about (in place)."""
    sents = doc.sentences
    heads = fw("region_nouns") | fw("settlement_nouns") | fw("village_plural_nouns")

    def sentence(pos: int) -> int:
        return next((k for k, s in enumerate(sents) if s.start <= pos < s.end), -1)

    located: dict[int, set[str]] = {}
    for x in ents:
        if x.type == "LOCATION" and x.country:
            for sp in x.mentions:
                located.setdefault(sentence(sp.start), set()).add(x.country)
    home = home or places_country(ents)
    twins: dict[str, str] = {}  # «دوما الفلسطينية»: a place named with its country's adjective, by its bare name
    for x in ents:
        words = norm_key(x.name).split()
        if x.type == "LOCATION" and len(words) >= 2 and words[-1].startswith("ال") and (iso := g.nisba.get(words[-1])):
            twins[" ".join(words[:-1])] = iso
    for e in ents:
        if e.type != "LOCATION" or e.country or "gazetteer" in e.attrs or e.attrs.get("kind") == "sea" \
                or norm_key(e.name.split()[0]) in fw("wide_feature_nouns") or _no_one_country(g, e.name):
            continue  # («منطقة المحيط الهادي»: an ocean is of no one country)
        if iso := _facility_town(g, e.name):
            e.country = iso  # «مطار عدن الدولي»: the listed town it is named by (facilities._city_facility)
            e.attrs["country_from"] = "local"
            continue
        if (iso := twins.get(norm_key(e.name)) or twins.get(" ".join(norm_key(e.name).split()[:-1]))):
            e.country = iso  # «قرية دوما الفلسطينية» ... «في دوما»: the country its adjective gives
            e.attrs["country_from"] = "local"
            continue
        for sp in e.mentions:
            after = doc.text[sp.end : sp.end + 20].split()
            adj = norm_key(after[0].strip("،,.:؛»")) if after else ""
            if adj.startswith("ال") and (iso := g.nisba.get(adj)):
                e.country = iso  # «مدينة تشنغدو الصينية»: its own adjective first (definite, as a name's is:
                e.attrs["country_from"] = "local"  # «لاجئ فلسطيني» is a refugee)
                break
        for sp in ([] if e.country else e.mentions):
            if iso := bracket_country(doc, g, sp.end):
                e.country = iso  # «ومدينة نصر (شرق القاهرة)»: the country of the place the bracket puts it near
                e.attrs["country_from"] = "local"
                break
        for sp in ([] if e.country else e.mentions):
            words = doc.text[max(0, sp.start - 20) : sp.start].split()
            prev = norm_key(words[-1]) if words and doc.text[sp.start - 1 : sp.start].isspace() else ""
            own = doc.text[sp.start : sp.end].split()  # «مدينة نصر»: the head noun inside the place's name
            if not (prev in heads or prev[:1] in "وبفل" and prev[1:] in heads
                    or len(own) >= 2 and norm_key(own[0]) in heads or listed_after_head(doc.text, sp.start)):
                continue
            after = doc.text[sp.end : sp.end + 20].split()
            adj = norm_key(after[0].strip("،,.:؛»")) if after and doc.text[sp.end : sp.end + 1].isspace() else ""
            if adj.endswith("يه") and not adj.startswith("ال") and not g.is_name_word(adj):
                break  # «منطقة أحراج جبلية»: a common noun with its indefinite adjective, no place's name
            near = located.get(sentence(sp.start), set())
            iso = next(iter(near)) if len(near) == 1 else home if not near or home in near else None
            # (round ents100: the article's own country among those its sentence names: «واحة الجغبوب» in a
            # sentence naming Egypt and Libya in an article about Libya)
            if iso:
                e.country = iso
                e.attrs["country_from"] = "local"
                break


def listed_after_head(text: str, start: int) -> bool:
    """Is the place at ``start`` a later item of a «و» list of one-word names right after a plural or dual noun of
    settlements («وبلدات طعوم وسرمين وتفتناز», «قريتي حندرات وباشكوي»: «سرمين», «تفتناز», «باشكوي»; round 83)? Not
    an item after a singular noun («مدينة عدن ولحج»: «لحج» is no town of «مدينة»), nor after punctuation."""
    if start < 2 or text[start - 1] != "و" or not text[start - 2].isspace():
        return False
    words = text[max(0, start - 160) : start - 1].split()
    plural = fw("village_plural_nouns")
    for n in range(1, min(len(words), MAX_LISTED + 1)):
        item, before = words[-n], norm_key(words[-n - 1])
        if not item.isalpha():
            return False
        if not item.startswith("و"):  # the first item: right after the head (with its clitic: «وبلدات»)
            return before in plural or before[:1] in "وبفل" and before[1:] in plural
    return False


def bracket_country(doc: Doc, g: Gazetteer, end: int) -> str | None:
    """The country of the place a bracket right after a place's mention (at ``end``) puts it near: «(شرق القاهرة)»,
    «(ريف دمشق)», «(جنوب غربي حلب)»: compass or outskirt words, then a place the lists know with its country."""
    got = re.match(r"\s*\(([^()\n]{3,50})\)", doc.text[end : end + 60])
    if got is None:
        return None
    words = [norm_key(w) for w in got.group(1).replace("،", " ").split()]
    k = 0
    while k < len(words) and words[k] in fw("compass"):
        k += 1
    if not k or k == len(words):
        return None
    for n in range(len(words) - k, 0, -1):
        e = g.phrases.get(tuple(words[k : k + n]))
        if isinstance(e, Entry) and e.type == "LOCATION" and e.country:
            return e.country
    return None


def places_country(ents: list[Entity]) -> str | None:
    """The one country of the places an article names where no country is named often enough to be its own: that
    of at least :data:`PLACES_MIN` of them and :data:`PLACES_SHARE` of all («زنجبار», «أبين», «تعز», «المخا» and
    one «السعودية»: Yemen)."""
    got = Counter(e.country for e in ents if e.type == "LOCATION" and e.country)
    if not got:
        return None
    iso, n = got.most_common(1)[0]
    return iso if n >= PLACES_MIN and n >= PLACES_SHARE * sum(got.values()) else None


def _no_one_country(g: Gazetteer, name: str) -> bool:
    """Is the place ``name`` of no one country: a region or body that spans several («القوقاز», «الكومنولث»), a
    verb («حي يرزق»: alive) or a common noun with an indefinite adjective («منطقة أحراج جبلية»: wooded hills)?"""
    words = norm_key(name).split()
    if not words:
        return True
    if " ".join(words) in fw("regions_of_several_countries") or (words[0][:1] == "ي" and len(words) == 1
                                                                    and not g.is_name_word(words[0])):
        return True
    return False


def agency_home(doc: Doc, g: Gazetteer, ents: list[Entity], evidence: Counter[str]) -> str | None:
    """The country of the news agency that sends an article from its own country («جدة ... واس»: the Saudi Press
    Agency, from a Saudi town): its officials named with no country are that country's, as the agency names the
    foreign ones by their state («بدولة قطر»); an article of the agency's own site with no dateline (a second part
    of a cabinet statement, «إضافة أولى») is its country's too where no other country is named more, and so is one
    from abroad that names the agency's country more than any other (the dateline's own counted); else None."""
    line = doc.dateline
    if line is None:
        site = _site_agency(g, doc.id)
        most = max(evidence.values(), default=0)
        return site if site and evidence.get(site, 0) >= most else None
    if not line.source or line.place is None:
        return None
    country = _agency(g, line.source)
    place = next((x.country for x in ents if x.type == "LOCATION" and any(
        sp.start == line.place.start for sp in x.mentions)), None)
    if country and place == country:
        return country
    # an agency's article from abroad («القاهرة ... واس») about its own country's people (a ceremony for Saudi
    # scholars in Cairo): its own country, where the article names it more than any other, the dateline's too
    others = max((n for iso, n in evidence.items() if iso != country), default=0)
    return country if country and evidence.get(country, 0) > others else None


def agency_place(doc: Doc, g: Gazetteer, ents: list[Entity], evidence: Counter[str]) -> None:
    """A dateline place of no known country («السيح ... واس») in an article a national agency sends is a town of the
    agency's country where the article names that country (or its places) and no other: the agency's own town
    (in place)."""
    line = doc.dateline
    if line is None or not line.source or line.place is None:
        return
    country = _agency(g, line.source)
    named = set(evidence) | {x.country for x in ents if x.type == "LOCATION" and x.country}
    if country is None or named != {country}:
        return
    for x in ents:
        if x.type == "LOCATION" and not x.country and any(sp.start == line.place.start for sp in x.mentions):
            x.country = country
            x.attrs["country_from"] = "agency"


def _agency(g: Gazetteer, source: str) -> str | None:
    """The country of a listed news agency (``source``: «واس»), else None."""
    e = g.phrases.get((norm_key(source),))
    return e.country if isinstance(e, Entry) and e.kind == "media" and e.country else None


def _site_agency(g: Gazetteer, doc_id: str) -> str | None:
    """The country of the listed news agency whose web site the article's id (its address) is on
    («www.spa.gov.sa/...»: the Saudi Press Agency), by the data's pairs of a site and the agency's name; else None."""
    host = doc_id.split("://", 1)[-1].split("/", 1)[0].lower()
    for pair in fw("agency_sites"):
        site, _, name = pair.partition(" ")
        if host == site or host.endswith("." + site):
            return _agency(g, name)
    return None
