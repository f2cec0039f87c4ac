"""The edges of the statistical tagger's names: what at a tagged name's start or end is never part of a name (a
title, a function word, the verb before or after a person, a frequent word no name list has, «ريف» before the
place it is the countryside of), and the words and tests that tell them.

:func:`trimmed` is called by :func:`.stage.tagger_mentions` for each run the tagger labels.
"""

from __future__ import annotations

from functools import lru_cache

from ..doc import Doc, Mention, Token
from ..events.lexicon import lexicon as event_triggers  # data only (the events layer's trigger table), no stage
from ..text.normalize import has_tanween, norm_key
from .crf import load_lexicon
from .gazetteer import INITIALS, NEAR_STATES, Gazetteer, clitic_variants
from ..events.forms import fw  # data only (closed word lists), no stage
from .namerun import blessing, given_and_family, kin_after_particle
from .units import JOINERS, NASAB, QUOTES, TAKES_NEXT, circumstantial

_GOD = norm_key("الله")
# particles only a verb follows («قد ساند», «لقد دعا»)
_VERB_PARTICLES = frozenset(norm_key(w) for w in ("قد", "لقد", "وقد", "فقد", "ولقد"))


def _verb_like(surface: str, gaz: Gazetteer, *, strict: bool) -> bool:
    """A word at the edge of a tagger's person name that is none: with ``strict`` (the first word), a short
    imperfect verb in the future («ستبعد إيتو»); else (the last word) a frequent Arabic word (Zipf ≥ 4 in the
    word-frequency table) that no name list has («ناقش», «أبلغ», «بيد»)."""
    k = norm_key(surface)
    w = gaz.name_word(k)
    if w is not None and w.flags and "c" not in w.flags:
        return False
    if strict:
        return 5 <= len(k) <= 6 and k[0] == "س" and k[1] in "يتن" and w is None
    if k.startswith("ال") and k.endswith("ي"):
        return False  # «نبيل العربي», «أحمد الكردي»: a nisba ends a name as a family name
    return w is None and load_lexicon().freq.get(k, 0) >= 40


@lru_cache(maxsize=1)
def _event_verbs() -> frozenset[str]:
    """The verb forms of the event trigger lexicon: verbs that open a VSO clause before a name."""
    return frozenset(form for form, hits in event_triggers().items() if any(pos == "V" for _, pos in hits))


def _clause_verb(surface: str, gaz: Gazetteer) -> bool:
    """«أدان» in «أدان كيري»: an event verb (with «و/ف») that no name list knows as a name borne by people (only
    a transliteration list has «أدان»; «رفعت» is a man's name in Wikidata) opens no person name."""
    k = norm_key(surface)
    k = k[1:] if k[:1] in ("و", "ف") and len(k) > 3 else k
    w = gaz.name_word(k)
    return k in _event_verbs() and (w is None or not ({"g", "f", "w", "W"} & set(w.flags)))


def _verb_last(surface: str, gaz: Gazetteer) -> bool:
    """«كيري سيلتقي», «ماريا تزور»: a word in «سـ/يـ/تـ» that ends a tagger's person name is the verb after it
    where no name list has it and it is a verb of the trigger lexicon (without the future «سـ») or a frequent
    future imperfect («ستركز»)."""
    k = norm_key(surface)
    w = gaz.name_word(k)
    if (w is not None and "c" not in w.flags) or k[:1] not in ("س", "ي", "ت"):
        return False
    bare_k = k[1:] if k[0] == "س" and k[1:2] in ("ي", "ت", "ن") else k
    freq = load_lexicon().freq
    if _verb_like(surface, gaz, strict=True) and (freq.get(k, 0) >= 20 or (
            freq.get(bare_k, 0) >= 20 and gaz.name_word(bare_k) is None)):
        return True  # (a frequent word, or one without «سـ»: «سيانج» of «ليم كيت سيانج» is a foreign name)
    return bare_k[:1] in ("ي", "ت") and bare_k in _event_verbs()


def _is_stop(surface: str, gaz: Gazetteer) -> bool:
    """A function word, also with a clitic: «وأن», «بأن»."""
    return any(k in gaz.stop for k, _, _ in clitic_variants(surface))


_NEVER_INSIDE = frozenset(norm_key(w) for w in ("إن", "أن", "إنه", "أنه", "قد", "لقد", "الذي", "التي", "الذين", "كان"))
_ORGANISATION = norm_key("التنظيم")
# collective nouns for armed or political groups: alone, they name none
_GENERIC_GROUPS = frozenset(norm_key(w) for w in (
    "ميليشيا", "ميليشيات", "مليشيا", "مليشيات", "فصائل", "جماعات", "مسلحين", "مسلحون", "متمردين", "متمردون",
    "عصابات", "تنظيمات",
))  # fmt: skip


def _described_group(span: list[Token], gaz: Gazetteer) -> bool:
    """«التنظيم» and an adjective no list knows («التنظيم المتشدد», «للتنظيم الإرهابي»); not a party or a front
    («الحزب الديمقراطي», «الجبهة الشعبية» are names)."""
    head = [k for k, _, _ in clitic_variants(span[0].text) if k == _ORGANISATION]
    adj = norm_key(span[1].text)
    return bool(head) and adj.startswith("ال") and gaz.name_word(adj) is None and (head[0], adj) not in gaz.phrases


def _praises(word: str, gaz: Gazetteer) -> bool:
    """Is ``word``, before «الله», the verb of a formula with its object pronoun («رعاها», «حفظه», «يرحمه»)?
    Not a name word nor one in «ة» («عبد», «فتح», «هبة الله»)."""
    return word.endswith(("ه", "ها", "هم", "هما")) and gaz.name_word(norm_key(word)) is None


# the topic particle: «أما أوباما فيرى»: never part of a name, and «فـ» opens the answer to it after the name
TOPIC = frozenset(norm_key(w) for w in ("أما", "وأما"))


def _answer(surface: str, gaz: Gazetteer) -> bool:
    """After «أما» + a name, a word in «فـ» is the answer clause («فيرى», «فقد»), not the name's next word; not
    a given name nor a Western name word («فيصل», «فيليب»)."""
    k = norm_key(surface)
    w = gaz.name_word(k)
    return len(k) > 2 and k[0] == "ف" and not (w is not None and ({"g", "W"} & set(w.flags)))


_COUNTRYSIDE = norm_key("ريف")
_PARTY = norm_key("الحزب")
_RELATIVES = frozenset(norm_key(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان",
                                             "اللواتي", "اللاتي"))
_PARTY_HEADS = frozenset(norm_key(w) for w in ("حزب", "حركة", "جبهة"))
_NOUNS_NOT_PLACES = frozenset(norm_key(w) for w in ("المشهد", "مشهد", "ريف"))


def _keys(surface: str) -> set[str]:
    return {k for k, _, _ in clitic_variants(surface)}


_ADJECTIVE_ZIPF10 = 30  # Zipf × 10 from which «سياسي» (of «سياسيا») is a word of its own


def _adverb(surface: str, gaz: Gazetteer) -> bool:
    """An accusative adverb made of a relative adjective («سياسيا», «وعسكريا», «رسميا»): no name, place nor name
    word but a common one («سوريا», «ماريا»), and the adjective without its «ا» a frequent word."""
    if not surface.rstrip("\u064b\u064e\u0651").endswith("يا"):
        return False  # «بإيلياء» (Aelia) ends in a hamza
    freq = load_lexicon().freq
    return any(len(k) >= 5 and k.endswith("يا") and not k.startswith("ال") and (k,) not in gaz.phrases
               and "c" in getattr(gaz.name_word(k), "flags", "c") and freq.get(k[:-1], 0) >= _ADJECTIVE_ZIPF10
               for k in _keys(surface))


_PLACE_KINDS = frozenset(("city", "capital", "country", "region"))


def _place_before_name(span: list[Token], gaz: Gazetteer) -> bool:
    """Does a person run open with a place the gazetteer knows that is no given name, before a given name or
    «عبد», «أبو» («طنجة عبد الحميد ابرشان», «كركوك محمد ...»)? The place is the office's, not the man's."""
    k0, k1 = norm_key(span[0].text), norm_key(span[1].text)
    e = gaz.phrases.get((k0,))
    w0, w1 = gaz.name_word(k0), gaz.name_word(k1)
    return e is not None and e.kind in _PLACE_KINDS and not (w0 is not None and {"g", "W"} & set(w0.flags)) and (
        k1 in JOINERS or (w1 is not None and "g" in w1.flags and "c" not in w1.flags))


def _adjective_of_body(span: list[Token]) -> bool:
    """Does a body's run close with a definite relative adjective on a definite noun («المنظمة الدولية», «الهيئة
    الوطنية»)? A frequent adjective alone names nothing, but it is the name's here."""
    k1, k2 = (norm_key(t.text) for t in span[-2:]) if len(span) > 1 else ("", "")
    return k1.startswith("ال") and k2.startswith("ال") and k2.endswith(("ي", "يه")) and len(k2) > 5


def _name_first(span: list[Token], gaz: Gazetteer) -> bool:
    """Does a person run open with a name word that reads as a function word only with a proclitic taken off
    («لام أكول»: not ل + «أم»)?"""
    k = norm_key(span[0].text)
    w = gaz.name_word(k)
    return len(span) > 1 and k not in gaz.stop and w is not None and bool(set("gf") & set(w.flags)) \
        and "c" not in w.flags


def western_particle(span: list[Token], gaz: Gazetteer) -> bool:
    """Does a person run open with a Western name particle before a family name («فان نيستلروي», «دي ميستورا»)?
    The particle is the name's, though «فان» also spells «فإن» (a given name after it is no family name)."""
    if len(span) < 2 or span[0].text.replace("ـ", "") not in fw("western_name_particles"):  # («فإن»: no)
        return False
    k1 = norm_key(span[1].text)
    w = gaz.name_word(k1)
    return not _is_stop(span[1].text, gaz) and (k1,) not in gaz.titles and (w is None or "g" not in w.flags)


def _party_name(k: str, gaz: Gazetteer) -> bool:
    """Can ``k``, after «حزب», «حركة», «جبهة», open the party's name: a definite word («حزب النور») or a rare one
    («حزب كاديما»); not a common indefinite word («حزب مؤيد للأكراد»: a party described) nor its leader's
    surname («حزب ميركل»: whose party)?"""
    return (k.startswith("ال") or load_lexicon().freq.get(k, 0) < _ADJECTIVE_ZIPF10) and not gaz.official_surname(k)


def _company_context(toks: list[Token], b: int) -> bool:
    """Does a company's word stand next to ``toks[b]`` («شركة نيسان», «سيارات نيسان», «نيسان» + «سيارات»), or
    its regional arm after it («نيسان الشرق الأوسط»)? A month («نيسان», «آذار») the tagger reads as a body is the
    company there."""
    cues = fw("company_cues")
    prev = norm_key(toks[b - 1].text) if b > 0 else ""
    nxt = [norm_key(t.text) for t in toks[b + 1 : b + 3]]
    quoted = len(nxt) == 2 and toks[b + 1].text in QUOTES and b + 3 < len(toks) and toks[b + 3].text in QUOTES
    return prev in cues or bool(nxt) and (nxt[0] in cues or nxt == [norm_key("الشرق"), norm_key("الأوسط")]) or quoted


def _maker_and_model(toks: list[Token], b: int, j: int, gaz: Gazetteer) -> list[Token] | None:
    """The tagger's body run of a function word (a month: «نيسان») and a rare foreign word no list knows
    («نيسان أورفان»): a maker named by the month and its model, whole."""
    rest = [t for t in toks[b + 1 : j] if t.text not in QUOTES]
    freq = load_lexicon().freq
    if not rest or not toks[b].text.isalpha() or not all(
            t.text.isalpha() and not _is_stop(t.text, gaz) and not (k := norm_key(t.text)).startswith(("ال", "و"))
            and freq.get(k, 0) < _ADJECTIVE_ZIPF10 and gaz.name_word(k) is None and (k,) not in gaz.phrases
            for t in rest):
        return None
    return [toks[b], *rest]


def _trimmed(doc: Doc, toks: list[Token], b: int, j: int, typ: str, gaz: Gazetteer) -> list[Token] | None:
    """The name in the tagger's run ``toks[b:j]`` of type ``typ``, its edges trimmed of what is never a name;
    None where nothing of it is one."""
    if typ == "ORG" and j == b + 1 and _is_stop(toks[b].text, gaz) and _company_context(toks, b):
        return [toks[b]]  # «شركة نيسان», «نيسان الشرق الأوسط»: the car maker, not the month
    if typ == "ORG" and j > b + 1 and _is_stop(toks[b].text, gaz) and (whole := _maker_and_model(toks, b, j, gaz)):
        return whole  # «مركبة نيسان أورفان»: the maker and its model, not the month
    span = [t for t in toks[b:j] if t.text not in QUOTES]
    # a name never runs through a complementizer or a relative: «الاتحاد البريدي إن الاتحاد …» stops
    cut = next((k for k, t in enumerate(span) if k and norm_key(t.text) in _NEVER_INSIDE), None)
    if cut is not None:
        span = span[:cut]
    if typ == "PERS":  # «كيري مازحا»: an adverb of manner after the name is not part of it
        cut = next((k for k, t in enumerate(span) if k and circumstantial(t.text, gaz)), None)
        span = span if cut is None else span[:cut]
        # «علي بن أبي طالب رضي الله عنه»: a blessing after the name; «أبو طالب ابن أخيه»: his brother's son
        cut = next((k for k in range(b + 1, min(j, len(toks) - 1))
                    if blessing(norm_key(toks[k].text), norm_key(toks[k + 1].text))
                    or kin_after_particle(norm_key(toks[k + 1].text), norm_key(toks[k].text))), None)
        span = span if cut is None else [t for t in span if t.start < toks[cut].start]
    if typ in ("ORG", "LOC"):  # «أعزاز بريف حلب»: a town in the countryside of a city, two places
        cut = next((k for k, t in enumerate(span) if k and _COUNTRYSIDE in _keys(t.text)), None)
        span = span if cut is None else span[:cut]
        if cut is not None and typ == "ORG" and len(span) == 1 and any(
                (e := gaz.phrases.get((k,))) is not None and e.kind == "city" for k in _keys(span[0].text)):
            return None  # (the town is the rules', a place: «أعزاز» is no organisation here)
        if len(span) == 1 and _NOUNS_NOT_PLACES & _keys(span[0].text):
            return None  # «المشهد» (the scene), «ريف» (the countryside of what follows): no place by itself
        cut = next((k for k, t in enumerate(span) if _adverb(t.text, gaz)), None)
        if cut is not None:  # «منظمة سياسيا» (politically organised): an adverb ends no name, nor makes one; the
            # word it qualifies is no name either where it is a frequent indefinite word
            span = span[:cut]
            if not span or len(span) == 1 and not norm_key(span[0].text).startswith("ال") \
                    and load_lexicon().freq.get(norm_key(span[0].text), 0) >= _COMMON_ZIPF10:
                return None
    if typ == "ORG" and len(span) == 2 and _described_group(span, gaz):
        return None  # «للتنظيم المتشدد»: «the hard-line organisation» refers back to a group, names none
    if typ == "PERS" and span and norm_key(span[0].text).removeprefix("و") in fw("personal_pronouns"):
        return None  # «أنا مؤمن» (I believe): a run the tagger opened on a pronoun is a clause, names no one
    topic = b > 0 and norm_key(toks[b - 1].text) in TOPIC
    # drop titles and function words at the edges: the tagger's «الرئيس أوباما» is «أوباما»
    while span and not (typ == "ORG" and len(span) > 1 and (_PARTY in _keys(span[0].text) or _keys(
            span[0].text) & _PARTY_HEADS and _party_name(norm_key(span[1].text), gaz))) \
            and not (typ == "PERS" and (western_particle(span, gaz) or _name_first(span, gaz))) and (
            _is_stop(span[0].text, gaz) or (norm_key(span[0].text),) in gaz.titles or norm_key(span[0].text) in TOPIC
            or typ == "PERS" and norm_key(span[0].text).removeprefix("و") in fw("kin_nouns")
            or typ == "PERS" and len(span) > 1 and span[0].text.endswith("ى") and norm_key(span[0].text).endswith("علي")
            or typ == "PERS" and bool(_keys(span[0].text) & fw("arrest_masdars"))):  # «توقيف شودري»: no name's
        # (a kinship or relation noun before a name is his relation to the man: «حفيد مؤسس الحركة»; «على» is the
        # preposition, the name «علي» is written with «ي»: «أصدر على مهدي هاشمي حكما» is against Mehdi Hashemi)
        # (but «الحزب» heads the tagger's party: «للحزب الاشتراكي الديمقراطي» is the party, not «الاشتراكي»; so
        # do «حزب», «حركة», «جبهة» before its name: «حزب كاديما»)
        topic = topic or norm_key(span[0].text) in TOPIC
        span = span[1:]
    if topic:  # «أما أوباما فيرى»: the name ends before the answer
        cut = next((k for k, t in enumerate(span) if k and _answer(t.text, gaz)), None)
        span = span if cut is None else span[:cut]
    # (never the word after «بن», «أبو», «عبد»: «أبو العيش», «عبد السلام» end there, and no name ends in them)
    while span and _is_stop(span[-1].text, gaz) and not (typ == "PERS" and len(span) > 1
                                                         and norm_key(span[-2].text) in TAKES_NEXT
                                                         and len(norm_key(span[-1].text)) > 1) \
            and not (typ == "ORG" and _adjective_of_body(span)) and not (
                typ == "PERS" and len(span) == 2 and given_and_family(gaz, norm_key(span[0].text), norm_key(span[1].text))):
        span = span[:-1]  # («محمد الماضي»: no time noun takes «الماضي» here; the family name)
    if typ == "PERS":
        while len(span) > 1 and norm_key(span[-2].text) not in TAKES_NEXT and _verb_like(span[-1].text, gaz, strict=False):
            span = span[:-1]  # «أحمد ناقش», «كاسياس بيد»: a frequent word no name list has ends no name
        while len(span) > 1 and norm_key(span[-2].text) not in TAKES_NEXT and _verb_last(span[-1].text, gaz):
            span = span[:-1]  # «كيري سيلتقي»: the verb after its subject
        while len(span) > 1 and (_verb_like(span[0].text, gaz, strict=True) or _clause_verb(span[0].text, gaz)):
            span = span[1:]  # «ستبعد إيتو»: a future verb; «أدان كيري»: a verb of the news before its subject
    if typ == "PERS" and len(span) >= 3 and _place_before_name(span, gaz):
        span = span[1:]  # «(رئيس مجلس عمالة) طنجة عبد الحميد ابرشان»: the town the office is of, then the man
    # «وقد ساند بيير كارول بادون»: the word after «قد» is a verb, never the start of a name
    if span and b > 0 and span[0] is toks[b] and norm_key(toks[b - 1].text) in _VERB_PARTICLES:
        span = span[1:]
    if typ == "PERS" and len(span) == 1 and norm_key(span[0].text) in NASAB:
        # «وأضاف ولد الشيخ»: a particle of descent opens a short form of a name; it is no name alone
        after = norm_key(toks[b + 1].text) if b + 1 < len(toks) else ""
        if not after or not (gaz.is_name_word(after) or (after,) in gaz.titles):
            return None
        span = [span[0], toks[b + 1]]
    if not span or not any(ch.isalpha() for t in span for ch in t.text):
        return None
    if len(span) == 1 and has_tanween(span[0].text):
        return None  # «ميلاً», «أيضاً»: a word with tanween is a common noun or an adverb, never a name
    if norm_key(span[-1].text) == _GOD and (len(span) == 1 or (len(span) == 2 and _praises(span[0].text, gaz))):
        return None  # «رعاها الله», «رحمه الله»: a formula, not an entity of the news
    if typ in ("ORG", "LOC") and len(span) == 1 and any(
        k.removeprefix("ال") in _GENERIC_GROUPS for k, _, _ in clitic_variants(span[0].text)
    ):
        return None  # «والميليشيات», «الفصائل»: a kind of group, named by no one («ميليشيات الحوثي» is the rules')
    if typ == "PERS" and len(span) == 1 and b > 0 and any(n.start <= toks[b - 1].start < n.end for n in doc.numbers):
        return None  # «مجموعة خمسة زائد واحد»: a word after a number (where the numbers layer ran) is no name
    if typ == "PERS" and len(span) == 1 and span[0] is toks[b] and b > 0 and norm_key(toks[b - 1].text) in _RELATIVES:
        return None  # «المحادثات التي أشرف عليها»: the word after a relative pronoun is the verb of its clause
    if typ == "ORG" and span[0] is toks[b] and b > 0 and _keys(toks[b - 1].text) & _PARTY_HEADS:
        span = [toks[b - 1], *span]  # «حزب (الاتحاد الديمقراطي)»: the head word the tagger left out is the name's
    return span


_COMMON_ZIPF10 = 40  # Zipf × 10 of a word frequent in Arabic text (بحر, البحر, فريد)


def common_alone(surface: str, key: str, off: int, full: str, doc: Doc, gaz: Gazetteer) -> bool:
    """May the word ``surface``, read as ``key`` (its proclitic ``off`` letters off), not stand alone for the
    listed person of full name ``full``? It may not where it is a common word: a frequent word whose form with
    or without the article is frequent too («بحر البحر»: the sea, not Ahmed Bahar), unless the article writes
    the person's first name; a word that with its proclitic is a word or name of its own («فريد»: unique,
    not ف + Reed); a frequent word after a proclitic written with its hamza («بأول»: with the first, not Powell)."""
    freq = load_lexicon().freq
    whole = norm_key(surface)
    if off and (gaz.name_word(whole) is not None or freq.get(whole, 0) >= _COMMON_ZIPF10):
        return True
    if not off and any(o and freq.get(v, 0) >= _COMMON_ZIPF10 and surface[o : o + 1] in "أإآ"
                       for v, o, _ in clitic_variants(surface)):
        return True
    other = key[2:] if key.startswith("ال") else "ال" + key
    if freq.get(key, 0) < _COMMON_ZIPF10 or freq.get(other, 0) < _COMMON_ZIPF10:
        return False
    first = norm_key(full.split()[0]) if full.split() else ""
    return not any(norm_key(t.text) == first for t in doc.tokens) if first and first != key else True


def second_name(key: str, prev: str, gaz: Gazetteer) -> bool:
    """Is ``key``, a word in «و» inside a tagger's person run after ``prev``, «و» + a second man's name: an
    official's surname or, after a word that is no given name, a foreign name word («ولافروف», «خروشوف وتيتو»;
    not «مصطفى وزيري»), where the word whole is no name («وليد», «ويليام»)?"""
    if gaz.is_name_word(key):
        return False
    if gaz.official_surname(key[1:]):
        return True
    rest, before = gaz.name_word(key[1:]), gaz.name_word(prev)
    return gaz.is_name_word(key[1:]) and rest is not None and "w" in rest.flags and "g" not in rest.flags \
        and not (before is not None and "g" in before.flags)


def noun_and_nisba(keys: list[str], gaz: Gazetteer) -> bool:
    """Is a tagger's two-word person a frequent common noun and the country adjective that agrees with it («جيب
    تركي», «الجيب التركي»: a Turkish enclave), not a given name and a family name («أحمد تركي», «محمد المصري»)?"""
    if len(keys) != 2 or keys[1] not in gaz.nisba or keys[0].startswith("ال") != keys[1].startswith("ال"):
        return False
    w, freq = gaz.name_word(keys[0]), load_lexicon().freq
    return max(freq.get(keys[0], 0), freq.get(keys[0].removeprefix("ال"), 0)) >= _COMMON_ZIPF10 and (
        w is None or not any(f in w.flags for f in "gWF"))


VERB_NEGATIONS = frozenset(norm_key(w) for w in ("لن", "لم", "ولن", "ولم", "فلن", "فلم"))


def far_town(m: Mention, gaz: Gazetteer) -> bool:
    """A town outside the Arab states and their neighbours whose name a name list has («سولانا»)."""
    e = gaz.by_id.get(str(m.attrs.get("gid") or "")) if m.type == "LOCATION" and m.attrs.get("kind") == "city" else None
    return e is not None and e.country not in NEAR_STATES and gaz.name_word(m.key) is not None


def letter_runs(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Latin letters spelled in Arabic: initials before a name word are a person («جي إم بيرغر», which the tagger
    may take for a body); a run of letters alone is one body, an acronym, over all its letters («آي سي إس آر», of
    which the tagger may leave out the first)."""
    for m in mentions:
        keys = [norm_key(w.rstrip(".")) for w in m.text.split()]
        lead = next((n for n, k in enumerate(keys) if k not in INITIALS), len(keys))
        if m.type in ("ORGANIZATION", "MISC") and lead and lead == len(keys) - 1 and not m.attrs.get("gid") \
                and len(keys[-1]) >= 4 and gaz.is_name_word(keys[-1]) and not keys[-1].startswith("ال"):
            # (not «إس بي يو», «اي فاي»: a short last word is one more letter or syllable; nor «بي أوغلو», a place)
            m.type = "PERSON"
        if lead != len(keys) or len(keys) < 2 or m.type not in ("ORGANIZATION", "PERSON", "MISC"):
            continue
        start = m.start
        while start >= 2 and doc.text[start - 1] == " ":
            word = doc.text[:start - 1].rsplit(maxsplit=1)[-1:]
            w = word[0].lstrip("(«\"") if word else ""
            if norm_key(w) not in INITIALS or any(o is not m and o.end > start - 1 - len(w) and o.start < start
                                                  for o in mentions):
                break
            start -= 1 + len(w)
        if start != m.start or m.type == "PERSON" and m.source == "model":
            m.type = "ORGANIZATION"
            m.start = start
            m.text = doc.text[start : m.end]
            m.key = norm_key(m.text)


# Letters that are also function words («إن» that, «في» in, «أو» or): letters only between two others or next to the
# quotation mark or bracket that opens or closes the acronym («إن دي تي في», «بي إن بي»)
_WEAK_LETTERS = frozenset(norm_key(w) for w in ("إن", "في", "أو", "يو", "واي", "إكس", "كيو", "زد"))
_ANY_LETTERS = INITIALS | _WEAK_LETTERS
_OPENERS, _CLOSERS = frozenset("«(\"“"), frozenset("»)\"”")


def _letter_key(t: Token) -> str:
    return norm_key(t.text.rstrip("."))


def _run(toks: list[Token], a: int, b: int) -> tuple[int, int]:
    """Tokens ``a:b`` widened over the letters on both sides (a weak letter only before one more letter or a
    bracket, on the side it is taken from)."""
    def letter(i: int, step: int) -> bool:
        k = _letter_key(toks[i])
        if k in INITIALS:
            return True
        beyond = i + step
        return k in _WEAK_LETTERS and (not 0 <= beyond < len(toks) or _letter_key(toks[beyond]) in INITIALS
                                        or toks[beyond].text in (_OPENERS if step < 0 else _CLOSERS))
    def dot(i: int) -> bool:
        # «إيه. بي. سي», «سي. إن. إن»: a period right after a letter, a letter after it (a weak one too: the period
        # tells it is a letter)
        return toks[i].text == "." and 0 < i < len(toks) - 1 and toks[i].start == toks[i - 1].end \
            and _letter_key(toks[i - 1]) in _ANY_LETTERS and _letter_key(toks[i + 1]) in _ANY_LETTERS \
            and (_letter_key(toks[i - 1]) in INITIALS or _letter_key(toks[i + 1]) in INITIALS)
    while a > 0:
        if letter(a - 1, -1):
            a -= 1
        elif a > 1 and dot(a - 1):
            a -= 2
        else:
            break
    while b < len(toks):
        if letter(b, 1):
            b += 1
        elif b + 1 < len(toks) and dot(b):
            b += 2
        else:
            break
    return a, b


def acronyms(doc: Doc, mentions: list[Mention]) -> None:
    """A run of Latin letters spelled in Arabic is one body, an acronym, over all its letters: the tagger's body of
    some of them («دي تي» in «إن دي تي في», «بي» in «بي إن بي»), or, where it found none, a run of three letters
    or more that opens a quotation or a bracket («جيه إل إل»). Not a code with its number: «إم إتش 370»."""
    toks = doc.tokens
    at = {t.start: n for n, t in enumerate(toks)}
    after = {t.end: n + 1 for n, t in enumerate(toks)}  # a mention's end -> the token after its last
    taken = bytearray(len(doc.text) + 1)
    for o in mentions:
        taken[o.start : o.end] = b"\x01" * (o.end - o.start)

    def acronym(a: int, b: int) -> bool:
        nxt = next((t for t in toks[b : b + 2] if t.text not in ("-", "–")), None)
        return b - a >= 2 and sum(_letter_key(t) in INITIALS for t in toks[a:b]) >= 2 and not (
            nxt is not None and nxt.text[:1].isdigit())

    codes = []
    for m in mentions:
        a = at.get(m.start)
        if a is None or m.type not in ("ORGANIZATION", "MISC") or m.attrs.get("gid"):
            continue
        b = after.get(m.end)
        k = a
        while b is not None and k < b and _letter_key(toks[k]) in INITIALS:  # the letters it opens on
            k += 1
        if b is None or k == a:
            continue
        a2, b2 = _run(toks, a, k)
        if b > k and m.type == "MISC" and all(t.text[:1].isdigit() for t in toks[k:b]):
            # «إم إتش 370» (a flight), «إف 16» (a plane): a code with its number, over all its letters
            m.start = toks[a2].start
            m.text = doc.text[m.start : m.end]
            m.key = norm_key(m.text)
            continue
        nxt = next((t for t in toks[b2 : b2 + 2] if t.text not in ("-", "–")), None)
        if b == k and nxt is not None and nxt.text[:1].isdigit():
            codes.append(m)  # «إتش» of «إم إتش 370», «إف» of «إف - 16»: the letters of a code, no body
    for m in codes:
        mentions.remove(m)
    for m in mentions:
        a = at.get(m.start)
        if a is None or m.type not in ("ORGANIZATION", "MISC") or m.attrs.get("gid"):
            continue
        b = after.get(m.end)
        if b is None or any(_letter_key(t) not in INITIALS for t in toks[a:b]):
            continue
        a2, b2 = _run(toks, a, b)
        if (a2, b2) != (a, b) and acronym(a2, b2) and not any(taken[toks[a2].start : m.start]) \
                and not any(taken[m.end : toks[b2 - 1].end]):
            m.start, m.end = toks[a2].start, toks[b2 - 1].end
            m.text = doc.text[m.start : m.end]
            m.key = norm_key(m.text)
            taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    by_start = {o.start: o for o in mentions if o.type == "LOCATION"}
    for m in list(mentions):
        a = at.get(m.start)
        b = after.get(m.end) if a is not None else None
        if a is None or b is None or b >= len(toks) or m.type != "ORGANIZATION" or m.attrs.get("gid") \
                or b - a < 2 or any(_letter_key(t) not in _ANY_LETTERS for t in toks[a:b]):
            continue
        t = toks[b]
        town = next((by_start[k] for k in range(t.start + 1, t.start + 3) if k in by_start), None)
        if town is not None and town.end == t.end and t.start == m.end + 1 and town.attrs.get("kind") in ("city", None):
            # «بي إن بي باريبا»: a word after an acronym that only a proclitic makes a town (ب + «إريبا») is the
            # rest of the body's name
            mentions.remove(town)
            m.end = t.end
            m.text = doc.text[m.start : m.end]
            m.key = norm_key(m.text)
    for n in range(1, len(toks)):
        if toks[n - 1].text not in _OPENERS or any(taken[toks[n].start : toks[n].end]):
            continue
        a, b = _run(toks, n, n)
        if a == n and b - a >= 3 and acronym(a, b) and not any(taken[toks[a].start : toks[b - 1].end]):
            m = Mention(toks[a].start, toks[b - 1].end, doc.text[toks[a].start : toks[b - 1].end], "ORGANIZATION",
                        "letters", "", None, {})
            m.key = norm_key(m.text)
            mentions.append(m)


def join_initials(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """A person's name that ends on an initial and its period («أورين جي.», cut there as if a sentence ended) goes
    on over the name after the period: the person mention there (or the tagger's one name word of another type:
    «جاكوب جيه. ليو»), or a name word."""
    letter_runs(doc, mentions, gaz)
    acronyms(doc, mentions)
    starts = {m.start: m for m in mentions}
    for m in sorted(mentions, key=lambda m: m.start):
        words = m.text.split()
        initial = m.end  # the end of the name's last initial
        if m.type == "PERSON" and m.end + 1 < len(doc.text) and doc.text[m.end] == " " and m.end + 1 not in starts:
            nxt_word = doc.text[m.end + 1 :].split(maxsplit=1)[:1]
            if nxt_word and nxt_word[0].endswith(".") and norm_key(nxt_word[0][:-1]) in INITIALS:
                # «جيمس إي. سبيوتو»: the tagger's given name, then the initial it left out
                initial = m.end + len(nxt_word[0])
                words = [*words, nxt_word[0][:-1]]
        if m.type != "PERSON" or len(words) < 2 or norm_key(words[-1]) not in INITIALS \
                or doc.text[initial : initial + 1] != "." or m not in mentions:
            continue
        k = initial + 1
        while k < len(doc.text) and doc.text[k] == " ":
            k += 1
        nxt = starts.get(k)
        if nxt is not None and (nxt.type == "PERSON" or nxt.source == "model" and not nxt.attrs.get("gid")
                                and " " not in nxt.text and gaz.name_word(nxt.key) is not None):
            end = nxt.end
            mentions.remove(nxt)
            for key, val in nxt.attrs.items():
                m.attrs.setdefault(key, val)
        elif nxt is None and (word := doc.text[k:].split(maxsplit=1)[:1]) and gaz.is_name_word(norm_key(word[0])):
            end = k + len(word[0])
        else:
            continue
        m.end = end
        m.text = doc.text[m.start : end]
        m.key = norm_key(m.text)


_THAT = frozenset(norm_key(w) for w in ("إن", "أن", "وإن", "وأن", "فإن", "لأن", "بأن", "إنّ", "أنّ"))
COMMON_ZIPF10 = 38  # Zipf × 10 from which a word of no name list is common («ناشط»: 38, «ناجح»: 41; «دوابشة», a family: 33)


def _movement_nisba(k: str, gaz: Gazetteer) -> bool:
    """«طالباني», «حوثي»: a relative adjective, or one made of a name the gazetteer knows («طالبان»)."""
    return k.endswith("ي") and not k.startswith("ال") and (
        k in gaz.nisba or (k[:-1],) in gaz.phrases or ("ال" + k[:-1],) in gaz.phrases)


def adjective_read_as_name(toks: list[Token], b: int, span: list[Token], gaz: Gazetteer) -> bool:
    """Is the tagger's person run an adjective, no name? A nisba after a noun of a member of a group («قيادي
    طالباني», or «(قيادي) طالباني» where the tagger took the nisba alone: a Taliban leader, not Talabani); a
    frequent Arabic word after «إن/أن» and a definite noun phrase that holds no title («إن الاجتماع ناجح»,
    «أن الحكم السعودي ناجح»: the predicate, not the man named Najih), with what the tagger ran on after it."""
    keys = [norm_key(t.text) for t in span]
    members = fw("member_nouns")
    if len(span) == 2 and _keys(span[0].text) & members and _movement_nisba(keys[1], gaz):
        return True
    if span[0] is not toks[b] or b == 0:
        return False
    if len(span) == 1 and _keys(toks[b - 1].text) & members and _movement_nisba(keys[0], gaz):
        return True
    w = gaz.name_word(keys[0])
    if keys[0].startswith("ال") or (w is not None and {"w", "W"} & set(w.flags)) \
            or load_lexicon().freq.get(keys[0], 0) < COMMON_ZIPF10:
        return False
    k = b - 1
    while k >= 0 and b - k <= 3 and norm_key(toks[k].text).startswith("ال") \
            and (norm_key(toks[k].text),) not in gaz.titles:
        k -= 1
    return b - k >= 2 and k >= 0 and norm_key(toks[k].text) in _THAT
