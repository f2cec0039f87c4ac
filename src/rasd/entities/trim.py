"""The edges of the statistical tagger's names: what at a tagged name's start or end is never part of a name (a
title, a function word, the verb before or after a person, a frequent word no name list has, «ريف» before the
place it is the countryside of), and the words and tests that tell them.

:func:`trimmed` is called by :func:`.tagmentions.tagger_mentions` for each run the tagger labels. What else the
tagger's runs are checked for: a common word, an adjective or a second man in a person run in :mod:`.tagpersons`,
Latin letters spelled in Arabic (acronyms, initials) in :mod:`.acronyms`, a run that overlaps the rules' mentions in
:mod:`.reconcile`.
"""

from __future__ import annotations

from ..doc import Doc, Token
from ..events.trigger_table import verb_forms  # data only (the events layer's trigger table), no stage
from ..text.normalize import has_tanween, norm_key
from .crf import load_lexicon
from .gazetteer import Gazetteer, clitic_keys, clitic_variants
from .nameends import (accusative_noun_last, common_noun_first, plural_verb_last, relational_adjective,
                       verb_after_name)
from ..events.forms import fw, fw_keys  # data only (closed word lists), no stage
from .namerun import blessing, given_and_family, kin_after_particle, purpose_particle, quality_after_man
from .tagpersons import _COMMON_ZIPF10, COMMON_ZIPF10 as COMMON_ZIPF10  # (COMMON_ZIPF10: read here by the quotes layer)
from .units import JOINERS, NASAB, QUOTES, TAKES_NEXT, circumstantial

_TANWEEN = frozenset("\u064b\u064c\u064d")  # fathatan, dammatan, kasratan


_GOD = norm_key("الله")
# particles only a verb follows («قد ساند», «لقد دعا»)
_VERB_PARTICLES = frozenset(norm_key(w) for w in ("قد", "لقد", "وقد", "فقد", "ولقد"))
_VERB_ZIPF10 = 30  # the third person of a first-person verb is at least this frequent (Zipf × 10): «يؤيد» 38


def verb_like(surface: str, gaz: Gazetteer, *, strict: bool) -> bool:
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


def _clause_verb(surface: str, gaz: Gazetteer) -> bool:
    """«أدان» in «أدان كيري»: an event verb (with «و/ف») that no name list knows as a name borne by people (only
    a transliteration list has «أدان»; «رفعت» is a man's name in Wikidata) opens no person name."""
    k = norm_key(surface)
    k = k[1:] if k[:1] in ("و", "ف") and len(k) > 3 else k
    w = gaz.name_word(k)
    return k in verb_forms() and (w is None or not ({"g", "f", "w", "W"} & set(w.flags)))


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
    if verb_like(surface, gaz, strict=True) and (freq.get(k, 0) >= 20 or (
            freq.get(bare_k, 0) >= 20 and gaz.name_word(bare_k) is None)):
        return True  # (a frequent word, or one without «سـ»: «سيانج» of «ليم كيت سيانج» is a foreign name)
    return bare_k[:1] in ("ي", "ت") and bare_k in verb_forms()


def _first_person_verb(surface: str, gaz: Gazetteer) -> bool:
    """«نؤيد», «نرفض»: a word in «نـ» no list has as a place or a body whose «يـ» form (the third person) is a
    frequent word no name list has: the verb of «we»."""
    k = norm_key(surface)
    third = "ي" + k[1:]
    return len(k) >= 4 and k[0] == "ن" and (k,) not in gaz.phrases and gaz.name_word(third) is None \
        and load_lexicon().freq.get(third, 0) >= _VERB_ZIPF10


def _we_perfect(surface: str, gaz: Gazetteer) -> bool:
    """«أعدنا», «قررنا»: a word in «ـنا» no list has as a name or a place whose stem («أعد») and feminine perfect
    («أعدت») are both frequent: the past verb of «we», which opens no body's or place's name («أعدنا فتح»)."""
    k = norm_key(surface)
    freq = load_lexicon().freq
    return len(k) >= 5 and k.endswith("نا") and gaz.name_word(k) is None and (k,) not in gaz.phrases \
        and freq.get(k[:-2], 0) >= _COMMON_ZIPF10 and freq.get(k[:-2] + "ت", 0) >= _COMMON_ZIPF10


def _feminine_perfect(surface: str, gaz: Gazetteer) -> bool:
    """«ألقت», «أعلنت»: an indefinite word of four letters or more in «ـت», frequent, that no list has as a name or a
    place, and whose masculine («ألقى», «أعلن») is frequent too: a verb of the past (she did); not «شات»."""
    k = norm_key(surface)
    freq = load_lexicon().freq
    return len(k) >= 4 and k.endswith("ت") and not surface.startswith(("ال", "وال")) and (k,) not in gaz.phrases \
        and gaz.name_word(k) is None and freq.get(k, 0) >= _COMMON_ZIPF10 \
        and any(freq.get(k[:-1] + end, 0) >= _COMMON_ZIPF10 for end in ("", "ي", "ا"))


def _listed_from(head: str, toks: list[Token], b: int, gaz: Gazetteer) -> bool:
    """Does a listed name run from the word ``head`` over the words at ``toks[b]`` on («قناة السويس»: the canal)?"""
    return any((head, *(t.norm_key for t in toks[b : b + n - 1])) in gaz.phrases
               for n in gaz.phrases.lens.get(head, ()) if 1 < n <= len(toks) - b + 1)


def nisba_opening(toks: list[Token], i: int, gaz: Gazetteer) -> bool:
    """Round ents99: the definite country adjective at ``toks[i]`` agrees with the definite noun right before it
    («رئيس المؤتمر الليبي النوري بوسهمين»: the Libyan congress), so a name the tagger opened on it starts after it."""
    k = toks[i].norm_key
    return i > 0 and k.startswith("ال") and k in gaz.nisba and toks[i - 1].norm_key.startswith("ال") \
        and toks[i - 1].norm_key not in gaz.nisba


def _purpose_particle_last(doc: Doc, last: Token) -> bool:
    """Round ents100: is the last word of a person run the particle «كي» before an imperfect verb?"""
    k = doc.token_at(last.start)
    if k is None or k + 1 >= len(doc.tokens):
        return False
    nxt = doc.tokens[k + 1]
    return doc.text[last.end : nxt.start].isspace() and purpose_particle(last.norm_key, nxt.norm_key)


def is_stop(surface: str, gaz: Gazetteer) -> bool:
    """A function word, also with a clitic: «وأن», «بأن»."""
    return any(k in gaz.stop for k, _, _ in clitic_variants(surface))


_NEVER_INSIDE = frozenset(norm_key(w) for w in ("إن", "أن", "إنه", "أنه", "قد", "لقد", "الذي", "التي", "الذين", "كان"))
_ORGANISATION = norm_key("التنظيم")
# collective nouns for armed or political groups: alone, they name none
_GENERIC_GROUPS = frozenset(norm_key(w) for w in (
    "ميليشيا", "ميليشيات", "مليشيا", "مليشيات", "فصائل", "جماعات", "مسلحين", "مسلحون", "متمردين", "متمردون",
    "عصابات", "تنظيمات",
))  # fmt: skip


def described_group(span: list[Token], gaz: Gazetteer) -> bool:
    """«التنظيم» and an adjective no list knows («التنظيم المتشدد», «للتنظيم الإرهابي»); not a party or a front
    («الحزب الديمقراطي», «الجبهة الشعبية» are names)."""
    head = [k for k, _, _ in clitic_variants(span[0].text) if k == _ORGANISATION]
    adj = span[1].norm_key
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
_PARTY_HEADS = frozenset(norm_key(w) for w in ("حزب", "حركة", "جبهة"))
_NOUNS_NOT_PLACES = frozenset(norm_key(w) for w in ("المشهد", "مشهد", "ريف"))


_ADJECTIVE_ZIPF10 = 30  # Zipf × 10 from which «سياسي» (of «سياسيا») is a word of its own


def _adverb(surface: str, gaz: Gazetteer) -> bool:
    """An accusative adverb made of a relative adjective («سياسيا», «وعسكريا», «رسميا»): no name, place nor name
    word but a common one («سوريا», «ماريا»), and the adjective without its «ا» a frequent word."""
    if not surface.rstrip("\u064b\u064e\u0651").endswith("يا"):
        return False  # «بإيلياء» (Aelia) ends in a hamza
    freq = load_lexicon().freq
    return any(len(k) >= 5 and k.endswith("يا") and not k.startswith("ال") and (k,) not in gaz.phrases
               and "c" in getattr(gaz.name_word(k), "flags", "c") and freq.get(k[:-1], 0) >= _ADJECTIVE_ZIPF10
               for k in clitic_keys(surface))


_PLACE_KINDS = frozenset(("city", "capital", "country", "region"))


def _place_before_name(span: list[Token], gaz: Gazetteer) -> bool:
    """Does a person run open with a place the gazetteer knows that is no given name, before a given name or
    «عبد», «أبو» («طنجة عبد الحميد ابرشان», «كركوك محمد ...»)? The place is the office's, not the man's."""
    k0, k1 = span[0].norm_key, span[1].norm_key
    e = gaz.phrases.get((k0,))
    w0, w1 = gaz.name_word(k0), gaz.name_word(k1)
    return e is not None and e.kind in _PLACE_KINDS and not (w0 is not None and {"g", "W"} & set(w0.flags)) and (
        k1 in JOINERS or (w1 is not None and "g" in w1.flags and "c" not in w1.flags))


def _adjective_of_body(span: list[Token]) -> bool:
    """Does a body's run close with a definite relative adjective on a definite noun («المنظمة الدولية», «الهيئة
    الوطنية»)? A frequent adjective alone names nothing, but it is the name's here."""
    k1, k2 = (t.norm_key for t in span[-2:]) if len(span) > 1 else ("", "")
    return k1.startswith("ال") and k2.startswith("ال") and k2.endswith(("ي", "يه")) and len(k2) > 5


def _name_first(span: list[Token], gaz: Gazetteer) -> bool:
    """Does a person run open with a name word that reads as a function word only with a proclitic taken off
    («لام أكول»: not ل + «أم»)?"""
    k = span[0].norm_key
    w = gaz.name_word(k)
    return len(span) > 1 and k not in gaz.stop and w is not None and bool(set("gf") & set(w.flags)) \
        and "c" not in w.flags


def western_particle(span: list[Token], gaz: Gazetteer) -> bool:
    """Does a person run open with a Western name particle before a family name («فان نيستلروي», «دي ميستورا»)?
    The particle is the name's, though «فان» also spells «فإن» (a given name after it is no family name)."""
    if len(span) < 2 or span[0].text.replace("ـ", "") not in fw("western_name_particles"):  # («فإن»: no)
        return False
    k1 = span[1].norm_key
    w = gaz.name_word(k1)
    return not is_stop(span[1].text, gaz) and (k1,) not in gaz.titles and (w is None or "g" not in w.flags)


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
    prev = toks[b - 1].norm_key if b > 0 else ""
    nxt = [t.norm_key for t in toks[b + 1 : b + 3]]
    quoted = len(nxt) == 2 and toks[b + 1].text in QUOTES and b + 3 < len(toks) and toks[b + 3].text in QUOTES
    return prev in cues or bool(nxt) and (nxt[0] in cues or nxt == [norm_key("الشرق"), norm_key("الأوسط")]) or quoted


def _maker_and_model(toks: list[Token], b: int, j: int, gaz: Gazetteer) -> list[Token] | None:
    """The tagger's body run of a function word (a month: «نيسان») and a rare foreign word no list knows
    («نيسان أورفان»): a maker named by the month and its model, whole."""
    rest = [t for t in toks[b + 1 : j] if t.text not in QUOTES]
    freq = load_lexicon().freq
    if not rest or not toks[b].text.isalpha() or not all(
            t.text.isalpha() and not is_stop(t.text, gaz) and not (k := t.norm_key).startswith(("ال", "و"))
            and freq.get(k, 0) < _ADJECTIVE_ZIPF10 and gaz.name_word(k) is None and (k,) not in gaz.phrases
            for t in rest):
        return None
    return [toks[b], *rest]


def trimmed(doc: Doc, toks: list[Token], b: int, j: int, typ: str, gaz: Gazetteer) -> list[Token] | None:
    """The name in the tagger's run ``toks[b:j]`` of type ``typ``, its edges trimmed of what is never a name;
    None where nothing of it is one."""
    if typ == "ORG" and j == b + 1 and is_stop(toks[b].text, gaz) and _company_context(toks, b):
        return [toks[b]]  # «شركة نيسان», «نيسان الشرق الأوسط»: the car maker, not the month
    if typ == "ORG" and j > b + 1 and is_stop(toks[b].text, gaz) and (whole := _maker_and_model(toks, b, j, gaz)):
        return whole  # «مركبة نيسان أورفان»: the maker and its model, not the month
    span = [t for t in toks[b:j] if t.text not in QUOTES]
    # a name never runs through a complementizer or a relative: «الاتحاد البريدي إن الاتحاد …» stops
    cut = next((k for k, t in enumerate(span) if k and t.norm_key in _NEVER_INSIDE), None)
    if cut is not None:
        span = span[:cut]
    if typ == "PERS":  # «كيري مازحا»: an adverb of manner after the name is not part of it
        cut = next((k for k, t in enumerate(span) if k and circumstantial(t.text, gaz)), None)
        span = span if cut is None else span[:cut]
        # «علي بن أبي طالب رضي الله عنه»: a blessing after the name; «أبو طالب ابن أخيه»: his brother's son
        cut = next((k for k in range(b + 1, min(j, len(toks) - 1))
                    if blessing(toks[k].norm_key, toks[k + 1].norm_key)
                    or kin_after_particle(toks[k + 1].norm_key, toks[k].norm_key)), None)
        span = span if cut is None else [t for t in span if t.start < toks[cut].start]
    if typ in ("ORG", "LOC"):  # «أعزاز بريف حلب»: a town in the countryside of a city, two places
        cut = next((k for k, t in enumerate(span) if k and _COUNTRYSIDE in clitic_keys(t.text)), None)
        span = span if cut is None else span[:cut]
        if cut is not None and typ == "ORG" and len(span) == 1 and any(
                (e := gaz.phrases.get((k,))) is not None and e.kind == "city" for k in clitic_keys(span[0].text)):
            return None  # (the town is the rules', a place: «أعزاز» is no organisation here)
        if len(span) == 1 and _NOUNS_NOT_PLACES & clitic_keys(span[0].text):
            return None  # «المشهد» (the scene), «ريف» (the countryside of what follows): no place by itself
        cut = next((k for k, t in enumerate(span) if _adverb(t.text, gaz)), None)
        if cut is not None:  # «منظمة سياسيا» (politically organised): an adverb ends no name, nor makes one; the
            # word it qualifies is no name either where it is a frequent indefinite word
            span = span[:cut]
            if not span or len(span) == 1 and not span[0].norm_key.startswith("ال") \
                    and load_lexicon().freq.get(span[0].norm_key, 0) >= _COMMON_ZIPF10:
                return None
    if typ == "ORG" and len(span) == 2 and described_group(span, gaz):
        return None  # «للتنظيم المتشدد»: «the hard-line organisation» refers back to a group, names none
    if typ == "PERS" and span and span[0].norm_key.removeprefix("و") in fw("personal_pronouns"):
        return None  # «أنا مؤمن» (I believe): a run the tagger opened on a pronoun is a clause, names no one
    topic = b > 0 and toks[b - 1].norm_key in TOPIC
    # drop titles and function words at the edges: the tagger's «الرئيس أوباما» is «أوباما»
    while span and not (typ == "ORG" and len(span) > 1 and (_PARTY in clitic_keys(span[0].text) or clitic_keys(
            span[0].text) & _PARTY_HEADS and _party_name(span[1].norm_key, gaz))) \
            and not (typ == "PERS" and (western_particle(span, gaz) or _name_first(span, gaz))) and (
            is_stop(span[0].text, gaz) or (span[0].norm_key,) in gaz.titles or span[0].norm_key in TOPIC
            or typ == "PERS" and span[0].norm_key.removeprefix("و") in fw("kin_nouns")
            or typ == "PERS" and len(span) > 1 and span[0].text.endswith("ى") and span[0].norm_key.endswith("علي")
            or typ == "PERS" and bool(clitic_keys(span[0].text) & fw("arrest_masdars"))):  # «توقيف شودري»: no name's
        # (a kinship or relation noun before a name is his relation to the man: «حفيد مؤسس الحركة»; «على» is the
        # preposition, the name «علي» is written with «ي»: «أصدر على مهدي هاشمي حكما» is against Mehdi Hashemi)
        # (but «الحزب» heads the tagger's party: «للحزب الاشتراكي الديمقراطي» is the party, not «الاشتراكي»; so
        # do «حزب», «حركة», «جبهة» before its name: «حزب كاديما»)
        topic = topic or span[0].norm_key in TOPIC
        span = span[1:]
    if topic:  # «أما أوباما فيرى»: the name ends before the answer
        cut = next((k for k, t in enumerate(span) if k and _answer(t.text, gaz)), None)
        span = span if cut is None else span[:cut]
    # (never the word after «بن», «أبو», «عبد»: «أبو العيش», «عبد السلام» end there, and no name ends in them)
    while span and is_stop(span[-1].text, gaz) and not (typ == "PERS" and len(span) > 1
                                                         and span[-2].norm_key in TAKES_NEXT
                                                         and len(span[-1].norm_key) > 1) \
            and not (typ == "ORG" and _adjective_of_body(span)) and not (
                typ == "PERS" and len(span) == 2 and given_and_family(gaz, span[0].norm_key, span[1].norm_key)):
        span = span[:-1]  # («محمد الماضي»: no time noun takes «الماضي» here; the family name)
    if typ == "PERS":
        if len(span) > 1 and _purpose_particle_last(doc, span[-1]):
            span = span[:-1]  # «عبد الكريم الزبيدي كي يتولى»: «so that», then the verb (round ents100)
        while len(span) > 1 and span[-2].norm_key not in TAKES_NEXT and verb_like(span[-1].text, gaz, strict=False):
            span = span[:-1]  # «أحمد ناقش», «كاسياس بيد»: a frequent word no name list has ends no name
        while len(span) > 1 and span[-2].norm_key not in TAKES_NEXT and _verb_last(span[-1].text, gaz):
            span = span[:-1]  # «كيري سيلتقي»: the verb after its subject
        while len(span) > 1 and span[-2].norm_key not in TAKES_NEXT and (verb_after_name(
                span[-1].text, gaz) or plural_verb_last(span[-1].text, gaz)):
            span = span[:-1]  # «عشماوي سافر»: he travelled; «عمر انسحبا»: they two withdrew
        while len(span) > 1 and accusative_noun_last(span[-1].text, gaz):  # (no genitive after «أبي»: «آبي جهودا»)
            span = span[:-1]  # «مصطفى أوسو نوابا (للرئيس)»: as deputies, no surname
        if len(span) == 2 and quality_after_man(span[0].text, span[1].text, gaz):
            span = span[:1]  # «(الملك) فهد الحكيمة»: the counsel's adjective, no surname
        at = next((k for k in range(b, j) if toks[k] is span[0]), None) if len(span) > 1 else None
        if at is not None and nisba_opening(toks, at, gaz):
            span = span[1:]  # «رئيس المؤتمر الليبي النوري بوسهمين»: the body's adjective, no name (round ents99)
        if len(span) > 1 and common_noun_first(span[0].text, span[1].text, gaz):
            span = span[1:]  # «بريد كلينتون»: her mail
        while len(span) > 1 and (verb_like(span[0].text, gaz, strict=True) or _clause_verb(span[0].text, gaz)):
            span = span[1:]  # «ستبعد إيتو»: a future verb; «أدان كيري»: a verb of the news before its subject
    if typ in ("ORG", "LOC") and len(span) > 1 and span[0].norm_key.removeprefix("و") in fw("vicinity_nouns"):
        span = span[1:]  # «(في) محيط المشيك»: the surroundings of the place, no part of its name
        if len(span) == 1 and (k0 := span[0].norm_key).startswith("ال") and (k0,) not in gaz.phrases \
                and load_lexicon().freq.get(k0, 0) >= _VERB_ZIPF10:
            return None  # «محيط النفق», «محيط القاعدة»: round a common noun (the tunnel, the base), no place named
    if typ == "PERS" and len(span) >= 3 and _place_before_name(span, gaz):
        span = span[1:]  # «(رئيس مجلس عمالة) طنجة عبد الحميد ابرشان»: the town the office is of, then the man
    # «وقد ساند بيير كارول بادون»: the word after «قد» is a verb, never the start of a name
    if span and b > 0 and span[0] is toks[b] and toks[b - 1].norm_key in _VERB_PARTICLES:
        span = span[1:]
    if typ == "PERS" and len(span) == 1 and span[0].norm_key in NASAB:
        # «وأضاف ولد الشيخ»: a particle of descent opens a short form of a name; it is no name alone
        after = toks[b + 1].norm_key if b + 1 < len(toks) else ""
        if not after or not (gaz.is_name_word(after) or (after,) in gaz.titles):
            return None
        span = [span[0], toks[b + 1]]
    if not span or not any(ch.isalpha() for t in span for ch in t.text):
        return None
    if typ == "PERS" and len(span) == 1 and (f := next(k for k in range(b, j) if toks[k] is span[0])) > 0 \
            and clitic_keys(toks[f - 1].text) & fw("plural_kana_forms"):
        return None  # «(ليكونوا) عماد (حملة)»: the predicate of a plural «كان» (its subject in it), no name
    if typ == "PERS" and len(span) == 1 and relational_adjective(span[0].text, gaz):
        return None  # «(رياضي) أولمبي»: an adjective, no one
    if len(span) == 1 and has_tanween(span[0].text):
        return None  # «ميلاً», «أيضاً»: a word with tanween is a common noun or an adverb, never a name
    if len(span) > 1 and any(ch in _TANWEEN for t in span for ch in t.text):
        return None  # «لكيان كردي معادٍ», «مرحبًا ببايدن», «جنوبًا يمنيًا»: a run with a tanween word (any case) is a
        # phrase of common words, no name (round ents93)
    if span[-1].norm_key == _GOD and (len(span) == 1 or (len(span) == 2 and _praises(span[0].text, gaz))):
        return None  # «رعاها الله», «رحمه الله»: a formula, not an entity of the news
    first = next(k for k in range(b, j) if toks[k] is span[0])
    if len(span) == 1 and span[0].norm_key in fw("divine_names") and not (
            first and toks[first - 1].norm_key.removeprefix("و") in fw("servant_nouns")):
        return None  # «ضيوف الرحمن» (God's guests, the pilgrims): a name of God, no one's («عبد الرحمن» is a man's)
    if typ in ("ORG", "LOC") and (len(span) == 1 and _first_person_verb(span[0].text, gaz)
                                  or _we_perfect(span[0].text, gaz)):
        return None  # «نؤيد» (we support), «أعدنا فتح» (we reopened): a verb of the first person, no place
    if typ != "PERS" and len(span) > 1 and _feminine_perfect(span[-1].text, gaz):
        span = span[:-1]  # «كالام ألقت (بظلالها)»: the verb after its subject ends no name
    if typ in ("ORG", "LOC", "PERS") and len(span) == 1 and any(
        k.removeprefix("ال") in _GENERIC_GROUPS for k, _, _ in clitic_variants(span[0].text)
    ):
        return None  # «والميليشيات», «الفصائل»: a kind of group, named by no one («ميليشيات الحوثي» is the rules')
    if typ == "PERS" and len(span) == 1 and b > 0 and any(n.start <= toks[b - 1].start < n.end for n in doc.numbers):
        return None  # «مجموعة خمسة زائد واحد»: a word after a number (where the numbers layer ran) is no name
    if typ == "PERS" and len(span) == 1 and span[0] is toks[b] and b > 0 \
            and toks[b - 1].norm_key in fw_keys("relatives"):
        return None  # «المحادثات التي أشرف عليها»: the word after a relative pronoun is the verb of its clause
    if typ == "ORG" and span[0] is toks[b] and b > 0 and clitic_keys(toks[b - 1].text) & _PARTY_HEADS:
        span = [toks[b - 1], *span]  # «حزب (الاتحاد الديمقراطي)»: the head word the tagger left out is the name's
    elif typ == "ORG" and span and (f := next(k for k in range(b, j) if toks[k] is span[0])) > 0 and f - 1 <= b \
            and span[0].text.startswith("ال") and tuple(t.norm_key for t in span) not in gaz.phrases and any(
                load_lexicon().triggers.get(k) == "orghead" and k not in fw("company_nouns")
                and not _listed_from(k, toks, f, gaz) for k in clitic_keys(toks[f - 1].text)):
        span = [toks[f - 1], *span]
        # (so is an indefinite body's noun before a definite name, also one the tagger took in and the stop words
        # dropped: «وكالة (الطاقة الدولية)»; not «شركة», which a firm's name leaves out: «لشركة (الخطوط الجوية
        # البرازيلية)»)
    return span
