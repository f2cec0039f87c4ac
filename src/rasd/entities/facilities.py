"""Places and bodies named by a head noun of a facility or a natural feature and a name no list holds, after the
tagger (called by :mod:`.stage`): «قاعدة العند الجوية», «قصر رأس التين», «نهر التيمس», «تل مسعود» are places;
«بورصة أثينا» (an exchange and the city it is in) is an organisation, not the city alone.

The name after the head is one or two words whose last is rare in the news (Zipf × 10 under
:data:`RARE_ZIPF10`) or a listed name word, of no adjective's shape and no title or function word: not «قاعدة
بيانات», «قصر النظر», «قاعدة شعبية». A place the gazetteer or the tagger already names after the head
(«نهر الفرات», «قاعدة حميميم») is left as it is. A head of ``quoted_facility_heads`` names a place only by a name in
quotation marks («منجم «أداني كارميشايل»», not «منجم فحم»; round en451). The word lists are in
``function_words.json`` (``facility_place_heads``, ``facility_adjectives``, ``exchange_heads``)."""

from __future__ import annotations

from functools import lru_cache

from ..doc import Doc, Mention, Token
from ..events.forms import fw, fw_keys  # data only (closed word lists), no stage
from ..text.normalize import norm_key
from .crf import load_lexicon
from .dockeys import none_in
from .mentionedits import cover
from .gazetteer import Entry, Gazetteer, clitic_head_offset
from .units import OPENING_QUOTES, gap, mentions_over
from .town_facilities import facility_heads, town_facility

COMMON_ZIPF10 = 50  # a given name as frequent as this is read as its common word («كبير» 57: big)
RARE_ZIPF10 = 40  # «العند» 28, «التين» 38, «التيمس» none; «الهرم» 40, «البيانات» 51, «النظر» 52
MAX_NAME = 2  # words of the name after the head («رأس التين»)
MAX_QUOTED = 3  # words of a name in quotation marks after the head («مطار «تي فور»»)
_CLOSING_QUOTES = frozenset('"»”')


@lru_cache(maxsize=1 << 16)  # (per token of every article: a word's answer is the same each time)
def head_in(text: str, heads: frozenset[str]) -> int | None:
    """Where an indefinite head of ``heads`` starts in a token's ``text`` (after a clitic: «بقاعدة», «لبورصة»),
    else None."""
    off = clitic_head_offset(text, heads)
    if off is None and text[:1] in "وبلف" and norm_key(text[1:]) in heads:
        return 1  # «وتل»: a short head keeps its clitic in the variants
    return off


@lru_cache(maxsize=4)
def _all_heads(a: frozenset[str], b: frozenset[str], c: frozenset[str]) -> frozenset[str]:
    return a | b | c


def _plain_word(tok: Token) -> bool:
    return tok.text.isalpha()


def _adjective_shape(key: str) -> bool:
    """«الجوية», «شعبية», «العسكري»: a word ending as an adjective (nisba) does."""
    return key.endswith(("يه", "ي")) and len(key) > 3


def _name_word(tok: Token, gaz: Gazetteer) -> bool:
    """A word that may be part of a facility's name: no function word, title, head or country adjective, nor «و» and
    a frequent word («ميناء ومطار»), nor a clitic alone («معسكر لـ»)."""
    k = tok.norm_key
    if len(k) < 3 or "\u0640" in tok.text:
        return False
    if k.startswith("و") and (load_lexicon().freq.get(k[1:], 0) >= RARE_ZIPF10 or k[1:] in fw_keys("facility_place_heads")):
        return False
    return _plain_word(tok) and k not in gaz.stop and (k,) not in gaz.titles and (k,) not in gaz.org_heads \
        and k not in gaz.nisba and not k.isdigit()


def _rare(tok: Token, gaz: Gazetteer) -> bool:
    """The last word of a name: rare in the news or a listed name word, of no adjective's shape."""
    k = tok.norm_key
    if _adjective_shape(k):
        return False
    w = gaz.name_word(k)
    f = load_lexicon().freq.get(k, 0)
    # «تل مسعود»; not a common adjective that is a given name too («مستشفى كبير», round en395)
    return f < RARE_ZIPF10 or w is not None and "g" in w.flags and f < COMMON_ZIPF10


def _unknown_word(tok: Token, gaz: Gazetteer) -> bool:
    """An indefinite word no name list knows, rare in the news, of no adjective's shape: a foreign name's word."""
    k = tok.norm_key
    return _name_word(tok, gaz) and not k.startswith(("ال", "و")) and not _adjective_shape(k) \
        and gaz.name_word(k) is None and load_lexicon().freq.get(k, 0) < RARE_ZIPF10


def facility_names(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Add (in ``mentions``) the places and exchanges named by a facility head and a name; drop the mentions
    inside them (the city of an exchange, a person the tagger read in a place's name)."""
    places, exchanges, adjs = fw_keys("facility_place_heads"), fw_keys("exchange_heads"), fw_keys("facility_adjectives")
    waterways, schools = fw_keys("waterway_heads"), fw_keys("university_heads")
    quoted, firms, bodies = fw_keys("quoted_facility_heads"), fw_keys("town_named_businesses"), fw_keys("town_named_bodies")
    lodgings, sites = facility_heads()  # «فندق سوسة», «مطار بغداد» (round en631)
    if none_in(doc, waterways, places, exchanges, schools, quoted, firms, bodies, lodgings, sites):
        return  # (no head of a facility in the document: see .dockeys)
    every = _all_heads(waterways, places, exchanges) | schools | quoted | firms | bodies | lodgings | sites
    toks = doc.tokens
    i = 0
    while i < len(toks) - 1:
        tok = toks[i]
        if head_in(tok.text, every) is None:
            i += 1  # (a head of none of the three lists: one lookup)
            continue
        off = head_in(tok.text, waterways)
        if off is not None and _waterway(doc, mentions, i, off):
            i += 2
            continue
        off, k = head_in(tok.text, places), i
        if (off is not None or head_in(tok.text, quoted) is not None) and toks[i + 1].text in OPENING_QUOTES:
            i = _quoted_place(doc, mentions, gaz, i)  # «مطار «تي فور»» (round ents87)
            continue
        if off is not None:
            i = _place(doc, mentions, gaz, i, off, adjs)
            if i == k + 1 and (off := head_in(tok.text, bodies)) is not None:
                i = _town_body(doc, mentions, gaz, k, off, "")  # «مستشفى بغداد» (round en629)
            elif i == k + 1 and (off := head_in(tok.text, sites)) is not None:
                i = town_facility(doc, mentions, gaz, k, off, False)  # «مطار بغداد» (round en631)
            continue
        if (off := head_in(tok.text, lodgings)) is not None or (off := head_in(tok.text, sites)) is not None:
            i = town_facility(doc, mentions, gaz, i, off, head_in(tok.text, lodgings) is not None)  # «فندق سوسة»
            continue
        off = head_in(tok.text, firms)
        if off is not None or (off := head_in(tok.text, bodies)) is not None:
            i = _town_body(doc, mentions, gaz, i, off, "BUS" if head_in(tok.text, firms) is not None else "")
            continue
        off = head_in(tok.text, exchanges)
        if off is not None:
            i = _exchange(doc, mentions, gaz, i, off, "BUS")
            continue
        off = head_in(tok.text, schools)
        if off is not None:
            i = _exchange(doc, mentions, gaz, i, off, "EDU")  # «جامعة سنغافورة» (round ents86)
            continue
        i += 1


def _place(doc: Doc, mentions: list[Mention], gaz: Gazetteer, i: int, off: int, adjs: frozenset[str]) -> int:
    """«قاعدة العند الجوية» at ``i``: the place's mention; returns where reading goes on."""
    toks = doc.tokens
    j = 0
    for n in range(1, MAX_NAME + 1):  # the shortest name whose last word is rare: «قاعدة العند» (not «... ستسقط»)
        k = i + n
        if k >= len(toks) or not gap(doc, toks[k - 1], toks[k]) or not _name_word(toks[k], gaz) \
                or _adjective_shape(toks[k].norm_key) or n > 1 and not toks[k].text.startswith("ال"):
            break  # (a second word is a definite genitive: «رأس التين»)
        if _rare(toks[k], gaz):
            j = k + 1
            break
    if not j:
        return _city_facility(doc, mentions, i, off, adjs)
    last, name_end = toks[j - 1].text, j
    while j < len(toks) and gap(doc, toks[j - 1], toks[j]) and toks[j].norm_key in adjs:
        j += 1  # «الجوية», «العسكرية»
    if j == i + 2 and last.startswith("ال") and last.endswith(("ة", "ات")) and toks[j - 1].text == last \
            and norm_key(toks[i].text[off:]) not in fw_keys("worship_heads"):  # («كنيسة الطابغة»: a church's name)
        return i + 1  # «قاعدة المحاصصة» (a rule of quotas): a definite noun of a common noun's ending, with no
        # adjective of a facility after it
    start, end = toks[i].start + off, toks[j - 1].end
    inside = mentions_over(mentions, toks[i + 1].start, toks[j - 1].end)
    if any(m.type == "LOCATION" and m.start >= toks[i + 1].start for m in inside):
        return j  # «نهر الفرات», «قاعدة حميميم»: the listed place is named
    over = mentions_over(mentions, start, end)
    if any(m.start < start or m.end > end or m.start == start and m.end == end and "gid" in m.attrs for m in over):
        return j  # part of a longer name, or a listed one («مستشفى شيبا»: the lexicon's, with its country)
    if start and doc.text[start - 1] in OPENING_QUOTES and any(m.type == "ORGANIZATION" for m in over):
        return j  # «مستشفى «تل هاشومير»»: an institution named after the place, in quotation marks
    if any(m.type == "PERSON" and m.source == "title" and m.start == start and m.end == end for m in over):
        return j  # «المتحدثة باسم المفوضية مينا أندرييفا»: a title's person whose given name is spelled as a head
        # («مينا», Mina, no «ميناء»: round ents94)
    _replace(doc, mentions, over, start, end, "LOCATION")
    mentions[-1].key = norm_key(doc.text[start : toks[name_end - 1].end])  # one place with its adjectives or
    return j  # without them («قاعدة العند الجوية», then «قاعدة العند»)


def _short_word(tok: Token, gaz: Gazetteer) -> bool:
    """A two-letter word of a name spelled in Arabic letters («تي» of «تي فور»), no function word."""
    k = tok.norm_key
    return len(k) == 2 and k not in gaz.stop and (k,) not in gaz.titles


def _quoted_name(inner: list[Token], gaz: Gazetteer) -> bool:
    """Are the words in quotation marks after a facility head its own name (see :func:`_quoted_place`)?"""
    first = inner[0].norm_key
    if (first,) in gaz.org_heads or first in fw_keys("facility_place_heads") or first in fw_keys("name_heads") \
            or first in fw_keys("named_unit_heads"):
        return False  # («معسكر «لواء المجد»»: a unit's camp)
    several = len(inner) > 1
    if not all(_plain_word(t) and (_name_word(t, gaz) or several and _short_word(t, gaz)) for t in inner):
        return False
    return any(_rare(t, gaz) for t in inner) or several and not any(t.norm_key.startswith("ال") for t in inner)


def _quoted_place(doc: Doc, mentions: list[Mention], gaz: Gazetteer, i: int) -> int:
    """«مطار «تي فور»», «بميناء «بورت ثموث»», «قاعدة «إنجرلك»»: a facility head and a name of one to three words in
    quotation marks one of which is rare (as :func:`_rare`), or of two or three indefinite words (a foreign name
    spelled out: «تي فور»), no list's body, unit or title opening it, no listed name inside (one definite word
    only with a facility's or a country's adjective after the marks: not «على قاعدة «التحصين»», on the basis of):
    the name in the marks is the place (the tagger's body or thing over it dropped, and of that name elsewhere
    retyped). Returns where reading goes on."""
    toks = doc.tokens
    close = next((k for k in range(i + 2, min(len(toks), i + 2 + MAX_QUOTED + 1)) if toks[k].text in _CLOSING_QUOTES),
                 None)
    if close is None or close == i + 2:
        return i + 1
    inner = toks[i + 2 : close]
    if not _quoted_name(inner, gaz):
        return i + 1
    after = toks[close + 1].norm_key if close + 1 < len(toks) else ""
    if len(inner) == 1 and inner[0].norm_key.startswith("ال") and after not in fw_keys("facility_adjectives") \
            and after not in gaz.nisba:
        return i + 1  # («على قاعدة «التحصين» لقوات المعارضة»: on the basis of; «قاعدة «العند» العسكرية» is one)
    start, end = inner[0].start, inner[-1].end
    over = mentions_over(mentions, start, end)
    if any(m.attrs.get("gid") or m.type == "LOCATION" or m.source != "model" or m.start < start or m.end > end
           for m in over):
        return i + 1  # (a listed name: the list's reading)
    _replace(doc, mentions, over, start, end, "LOCATION")
    key = mentions[-1].key
    for m in mentions:  # (the tagger's body or thing of that name elsewhere is the place again: «من «إنجرلك»»)
        if m.key == key and m.source == "model" and m.type != "LOCATION" and not m.attrs.get("gid"):
            m.type = "LOCATION"
    return close + 1


def _waterway(doc: Doc, mentions: list[Mention], i: int, off: int) -> bool:
    """«قناة بنما»: a canal's noun and a listed country right after it are one place, the canal (not the
    country), in a sentence of shipping (a word of ``canal_context_words``: «السفن», «الملاحة», «الممر المائي»);
    not a television channel («قناة الكويت كانت تعرض»), nor one with a figure after it («قناة مصر 25») nor one in
    quotation marks."""
    toks = doc.tokens
    nxt = toks[i + 1]
    lo, hi = doc.text.rfind(".", 0, toks[i].start) + 1, doc.text.find(".", nxt.end)
    sentence = doc.text[lo : hi if hi >= 0 else len(doc.text)]
    if not any(w in sentence for w in fw("canal_context_words")):
        return False
    if not gap(doc, toks[i], nxt) or doc.text[max(0, toks[i].start - 2) : toks[i].start].strip() in OPENING_QUOTES:
        return False
    land = next((m for m in mentions if m.start == nxt.start and m.end == nxt.end and m.type == "LOCATION"
                 and m.attrs.get("kind") == "country"), None)
    if land is None:
        return False
    after = toks[i + 2].text if i + 2 < len(toks) else ""
    if after[:1].isdigit() or after[:1] in OPENING_QUOTES:
        return False
    start, end = toks[i].start + off, nxt.end
    if not cover(doc, mentions, start, end, "LOCATION", {}):
        return False
    if land.attrs.get("gid"):
        mentions[-1].attrs["within"] = land.attrs["gid"]  # the canal lies in the country it is named by (round 63)
    return True


def _exchange(doc: Doc, mentions: list[Mention], gaz: Gazetteer, i: int, off: int, sector: str) -> int:
    """«بورصة أثينا»: an exchange and its listed town or country are one organisation, a business of the place's
    country (``sector`` «BUS»); «جامعة الطائف»: a university named by its listed town, of its sector «EDU» (not one
    named by a country is its body too, «جامعة الكويت», not the country; round en615: but for a name that
    spells a US place as well, «جامعة كولومبيا», of no country); round en936: the town also in quotation marks
    right after the noun («جامعة «نيويورك»»: the university, named «جامعة نيويورك», not the city)."""
    toks = doc.tokens
    nxt = toks[i + 1]
    if not gap(doc, toks[i], nxt):
        return i + 1
    quoted = _quoted_town(doc, i) if sector == "EDU" else None
    if quoted is not None:
        nxt = toks[i + 2]  # «جامعة «نيويورك»»: the town in quotation marks (round en936)
    place = [m for m in mentions if m.start == nxt.start and m.type == "LOCATION"]
    if quoted is not None and not (place and place[0].end == nxt.end):
        return i + 1
    if not place:
        return _kind_adjective(doc, mentions, i, off) if sector == "EDU" else i + 1
    start, end = toks[i].start + off, place[0].end if quoted is None else quoted
    k = next((k for k, t in enumerate(toks) if t.start >= end), len(toks))
    if sector == "EDU" and k < len(toks) and gap(doc, toks[k - 1], toks[k]) and _unknown_word(toks[k], gaz) \
            and not any(m.start < toks[k].end and toks[k].start < m.end for m in mentions):
        end = toks[k].end  # «جامعة باريس ديسكارت»: the university's own name after its town (round ents88)
    elif sector == "EDU" and k < len(toks) and gap(doc, toks[k - 1], toks[k]) \
            and toks[k].norm_key in fw_keys("university_adjectives"):
        end = toks[k].end  # «جامعة فلوريدا الدولية»: the adjective of the university's kind is its name's (round en375)
    e = gaz.phrases.get(tuple(norm_key(w) for w in place[0].text.split()))
    if sector == "EDU" and not (isinstance(e, Entry) and e.type == "LOCATION"):
        return i + 1
    if not cover(doc, mentions, start, end, "ORGANIZATION", {}):
        return i + 1
    if quoted is not None:  # its name without the marks: «جامعة نيويورك»
        mentions[-1].attrs["form"] = doc.text[start : toks[i].end] + " " + place[0].text
        mentions[-1].key = norm_key(str(mentions[-1].attrs["form"]))
    if isinstance(e, Entry) and e.type == "LOCATION" and e.country and not (  # round 64: «بورصة طهران» is Iran's
            sector == "EDU" and e.kind == "country" and e.name in fw("university_homograph_countries")):
        mentions[-1].attrs.update(gid="ORGH:" + mentions[-1].key + ":" + e.country,
                                  kind="company" if sector == "BUS" else "university" if sector else "institution",
                                  country=e.country)
        if sector:
            mentions[-1].attrs["actor"] = e.country + sector
    return i + 2


def _quoted_town(doc: Doc, i: int) -> int | None:
    """Where «جامعة «نيويورك»» ends: a university's noun at ``i``, then one word alone in quotation marks (the
    town or state it is named by, written as a name in the marks), else None."""
    toks = doc.tokens
    if i + 3 >= len(toks) or toks[i + 1].text not in OPENING_QUOTES or toks[i + 3].text not in _CLOSING_QUOTES:
        return None
    return toks[i + 3].end


def _town_body(doc: Doc, mentions: list[Mention], gaz: Gazetteer, i: int, off: int, sector: str) -> int:
    """«بنك مصر», «مستشفى بغداد», «نادي القاهرة»: a business or an institution named by the listed
    town or country right after it is one organisation (as :func:`_exchange`); not one whose name goes on in a field
    («شركة مصر للطيران») or an adjective («بنك الكويت الوطني»), nor one named whole already: the lists' and the
    tagger's reading stays."""
    toks = doc.tokens
    place = next((m for m in mentions if m.start == toks[i + 1].start and (m.type == "LOCATION" or m.source ==
                  "gazetteer" and m.type == "ORGANIZATION" and _listed_place(gaz, m.text))), None)
    k = next((k for k, t in enumerate(toks) if place is not None and t.start >= place.end), len(toks))
    if place is None or k < len(toks) and gap(doc, toks[k - 1], toks[k]) and (
            toks[k].norm_key.startswith("لل") or toks[k].norm_key.startswith("ال") and _adjective_shape(toks[k].norm_key)):
        return i + 1
    key = norm_key(doc.text[toks[i].start + off : place.end])
    if any(m.type == "ORGANIZATION" and (m.key == key or m.start <= toks[i].start + off and m.end >= place.end)
           for m in mentions):
        return i + 1  # «لنادي باريس» and «نادي باريس» (the creditors' club) in quotes: a body the lists or the
        # tagger name whole here or elsewhere in the article stays theirs, of no country
    typ, place.type = place.type, "LOCATION"  # («نادي القاهرة»: the sport's reading of the town as its team)
    nxt = _exchange(doc, mentions, gaz, i, off, sector)
    place.type = typ if nxt == i + 1 else place.type
    return nxt


def _listed_place(gaz: Gazetteer, text: str) -> bool:
    e = gaz.phrases.get(tuple(norm_key(w) for w in text.split()))
    return isinstance(e, Entry) and e.type == "LOCATION"


def _kind_adjective(doc: Doc, mentions: list[Mention], i: int, off: int) -> int:
    """«جامعة فلوريدا الدولية»: a university the tagger or the lists named from its head at ``i`` takes the adjective
    of its kind right after it (``university_adjectives``: not a time's or a clause's word, «جامعة فلوريدا العام
    الماضي»). Returns where reading goes on."""
    toks = doc.tokens
    start = toks[i].start + off
    uni = next((m for m in mentions if m.start == start and m.type == "ORGANIZATION"), None)
    if uni is None:
        return i + 1
    k = next((k for k, t in enumerate(toks) if t.start >= uni.end), len(toks))
    if k < len(toks) and gap(doc, toks[k - 1], toks[k]) and toks[k].norm_key in fw_keys("university_adjectives"):
        cover(doc, mentions, start, toks[k].end, "ORGANIZATION", dict(uni.attrs))
    return i + 1


def _city_facility(doc: Doc, mentions: list[Mention], i: int, off: int, adjs: frozenset[str]) -> int:
    """«مطار عدن الدولي»: a facility head, one listed town and a facility adjective are the facility (a place; the
    town's mention inside it dropped); without the adjective («مطار عدن») the town alone stays. Returns where reading
    goes on."""
    toks = doc.tokens
    if i + 2 >= len(toks) or not gap(doc, toks[i], toks[i + 1]) or not gap(doc, toks[i + 1], toks[i + 2]) \
            or toks[i + 2].norm_key not in adjs:
        return i + 1
    town = toks[i + 1]
    over = mentions_over(mentions, toks[i].start + off, toks[i + 2].end)
    if len(over) != 1 or (over[0].start, over[0].end) != (town.start, town.end) or over[0].type != "LOCATION" \
            or over[0].attrs.get("kind") not in ("city", "capital"):
        return i + 1
    _replace(doc, mentions, over, toks[i].start + off, toks[i + 2].end, "LOCATION")
    mentions[-1].attrs["town"] = over[0].attrs.get("gazetteer")
    return i + 3


def _replace(doc: Doc, mentions: list[Mention], over: list[Mention], start: int, end: int, typ: str) -> None:
    for m in over:
        mentions.remove(m)
    text = doc.text[start:end]
    mentions.append(Mention(start, end, text, typ, "pattern", norm_key(text), None, {}))
