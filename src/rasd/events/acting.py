"""Whether a noun phrase can act, and what kind of phrase it is.

A town, a building, a time, an adverb, a relative verb («هجوم شنته») or a masdar with a pronoun on it («انتماءه»)
never acts (``can_act``); a person, a named body, a state or its capital does. The kinds of unnamed phrase the
argument rules tell apart live here too: a phrase of actors (a title, a noun of people or of a body:
``actor_phrase``, ``acting_noun``, ``visitor``), an abstraction or an act (``abstract_head``, ``act_phrase``,
``lam_act``, ``act_head``), a place head, and the press, which reports acts of force and does not do them
(``press_actor``). events.actors re-exports these where the rules import them from.
"""

from __future__ import annotations

from functools import lru_cache

from ..doc import Doc, Entity, Token
from .chunks import Chunk, in_time, plain_chunk, verb_key
from .forms import PLACES, bare, fw, fw_keys, keys_of, nkey, token_candidates
from .lexicon import Hit, lexicon, masdar
from .phrases import negated_adjective


@lru_cache(maxsize=1)
def _honorific_words() -> frozenset[str]:
    """Every word of an honorific (function words ``honorifics``: «معالي», «صاحب السمو الملكي») and its forms with
    a pronoun (``honorific_pronouns``: «معاليه»), the lists the quotes layer reads."""
    return frozenset(w for phrase in fw("honorifics") for w in phrase.split()) | fw("honorific_pronouns")


def honorific(tok: Token) -> bool:
    """Whether ``tok`` is a word of an honorific («معالي», «سموه»)."""
    return verb_key(tok.text) in _honorific_words()


def _resumptive_light_verb(text: str) -> bool:
    """«شنتها», «نفذها», «تبناه»: a light or claim verb with the pronoun of the act before it."""
    k = verb_key(text)
    for pron in ("ها", "هم", "ه"):
        stem = k[: -len(pron)]
        if k.endswith(pron) and (stem in fw("light_verbs") or stem in fw("claim_verbs")):
            return True
    return False


@lru_cache(maxsize=65536)
def relative_verb(text: str) -> bool:
    """«هجوم شنته», «هجمات يشنها», «اتصال هاتفي أجرته», «اجتماع حضره»: a light, claim or holding verb (function
    words ``holding_verbs``) with the pronoun of the act before it opens a relative clause on that act; it is no
    genitive of the act nor an actor (its subject after it may be)."""
    if _resumptive_light_verb(text):
        return True
    k = verb_key(text)
    return any(k.endswith(pron) and k[: -len(pron)] in fw("holding_verbs") for pron in ("ها", "هم", "ه"))


ACTING_PLACES = ("country", "capital")  # a state acts, and a capital as its government; a town does not


def can_act(doc: Doc, c: Chunk) -> bool:
    """Whether a chunk can be an event's source: not a town or region (a place acts only as a state or its
    capital), not a time expression («فجر امس», «الاحد الماضي»)."""
    if c.entity is not None:
        if c.etype in PLACES:
            ent = doc.entity(c.entity)
            return ent is not None and ent.attrs.get("kind") in ACTING_PLACES
        return True
    if negated_adjective(doc, c.i, False):
        return False  # «سياسة الاستيطان غير المشروعة والحصار»: an adjective
    if place_head(doc, c):
        return False  # «مطار عدن الدولي», «مسجد مشهد»: a building or a town is where, never who
    if _owned_masdar(doc, c):
        return False  # «لم يعلن انتماءه إلى التنظيم»: his belonging is what he tells, never who tells it
    if c.i == c.j and doc.tokens[c.i].norm_key in fw("adverbs"):
        return False  # «وقتل حينها 14 ضابطا»: an adverb («حينها», «آنذاك»)
    if day_before_yesterday(doc, c.i):
        return False  # round oe306: «نظمت أول من أمس مسيرات»: a day, read as one with no document date too
    if c.i == c.j and c.entity is None and doc.tokens[c.i].norm_key in LONE_ELATIVES:
        return False  # round oe306: «وبدأت أحدث احتجاجات»: an elative alone in its phrase describes the noun after it
    return not in_time(doc, c) and not _not_actor(doc.tokens[c.i].text) and not relative_verb(
        doc.tokens[c.i].text) and doc.tokens[c.i].norm_key not in fw("no_actors")  # («مباشرة», «كذلك», «الكثير»)


DAY_BEFORE = (nkey("أول"), nkey("من"), nkey("أمس"))
LONE_ELATIVES = fw_keys("lone_elatives")


def day_before_yesterday(doc: Doc, t: int) -> bool:
    """Whether token ``t`` opens «أول من أمس» (the day before yesterday): a time, whether or not the time layer
    dated it (it dates nothing where the document has no date)."""
    toks = doc.tokens
    return t + 2 < len(toks) and tuple(toks[u].norm_key for u in range(t, t + 3)) == DAY_BEFORE


def _owned_masdar(doc: Doc, c: Chunk) -> bool:
    """An unnamed phrase headed by a masdar with a pronoun on it («انتماءه», «استعدادهم», «تأييده»): an act of the
    one the pronoun stands for, no actor."""
    words = doc.tokens[c.i].words
    if len(words) < 2 or words[-1].kind != "enclitic" or actor_phrase(doc, c):
        return False
    stem = nkey(next((w.norm or w.form for w in words if w.kind == "stem"), ""))
    if stem.endswith("ا"):
        stem += "ء"  # (a final hamza the key drops: «انتما» of «انتماء»)
    # (not the five letters of «إفعال», which a broken plural shares: «أنصاره», «أبناؤه»)
    return (len(stem) >= 6 or stem[:1] in ("ت", "م")) and masdar(stem)


def head_key(doc: Doc, c: Chunk) -> str:
    """The key of the first word of phrase ``c``, its preposition off, and «و» off before the article («والسلام»)."""
    k = bare(doc.tokens[c.i].norm_key, "prepositions")
    return k[1:] if k[:1] == "و" and k[1:3] == "ال" else k


def head_in(doc: Doc, c: Chunk, words: str) -> bool:
    """Whether the head of phrase ``c`` (without the article) is in the function word list ``words``."""
    return head_key(doc, c).removeprefix("ال") in fw(words)


def place_head(doc: Doc, c: Chunk) -> bool:
    """An unnamed phrase headed by a building or a part of a town (function words ``place_heads``)."""
    return head_in(doc, c, "place_heads")


def visitor(doc: Doc, c: Chunk | None) -> bool:
    """Whether the subject phrase ``c`` of a ``human`` trigger can travel on a visit: a person, a named body, a
    state, a title («الرئيس المصري») or a noun of people on a mission (function words ``visitors``: «وفد»,
    «مسؤولون»); never a thing or an abstraction («وصلت الاتصالات», «وصلت عمليات داعش»), nor an unnamed subject."""
    if c is None:
        return False
    if c.entity is not None:
        return c.etype in ("PERSON", "ORGANIZATION") or can_act(doc, c)
    if c.title:
        return True
    return not keys_of(doc.tokens[c.i]).isdisjoint(fw("visitors"))


ACTING_NOUN_LISTS = ("visitors", "institutions", "group_heads", "source_heads", "unnamed_groups")


def acting_noun(doc: Doc, c: Chunk) -> bool:
    """Whether the genitive ``c`` of a statement or criticism noun is who says it («إعلان الحكومة», «إدانة
    المجلس», «استنكار الرئيس»): a person, a named body or a state, a title, a noun of people or of an institution;
    not a thing or an event («إدانة الهجوم», «إعلان الحرب»), which is what the act is about."""
    if c.entity is not None:
        return can_act(doc, c)  # (a person or body always; a place only as a state or its capital)
    if c.title or visitor(doc, c):
        return True
    k = doc.tokens[c.i].norm_key
    return any(k in fw(n) or k.removeprefix("ال") in fw(n) for n in ACTING_NOUN_LISTS)


def actor_phrase(doc: Doc, c: Chunk) -> bool:
    """Whether the unnamed phrase ``c`` before a noun act can be its agent: a title, a noun of people, of an armed
    or a governing body or of an institution («المقاومة», «الطلاب», «اللجنة المحلية»: function words
    ``actor_heads`` and the lists of ``acting_noun``), or a definite sound masculine plural or a plural nisba
    («المعتصمون», «اليونانيين»). Not an abstraction or a thing, most often the verb's object or an adverbial
    («تمنى للمجتمعين التوفيق والسداد في اجتماعهم», «وكانت فرنسا الأكثر تشددا خلال جولات المفاوضات»)."""
    if c.entity is not None or acting_noun(doc, c) or honorific(doc.tokens[c.i]):
        return True  # («معالي الأمين العام»)
    k = head_key(doc, c)
    stem = k.removeprefix("ال")
    if any(stem in fw(n) or k in fw(n) for n in ("actor_heads", "quantity_heads", "partitive_heads")):
        return True  # («أحد التونسيين», «عشرات المحتجين»: a count stands for the group it counts)
    return k.startswith("ال") and len(k) >= 6 and (k.endswith("يين") or (k.endswith("ون") and stem not in fw(
        "according_not_speakers")))


def abstract_head(doc: Doc, c: Chunk) -> bool:
    """An unnamed phrase headed by an abstraction (function words ``abstract_heads``: «السلام», «الاتفاق», «محاولات
    التدخل», «الأمن»): the genitive of a noun act or the phrase after a verb that names it is what is done or talked
    of, never who acts («محادثات السلام», «رفض الاتفاق النووي», «يهدد الأمن»)."""
    if c.entity is not None or c.title or c.number:
        return False
    return head_in(doc, c, "abstract_heads")


def act_phrase(doc: Doc, chunks: list[Chunk], c: Chunk) -> bool:
    """An unnamed phrase headed by an abstraction (``abstract_head``) or a masdar («المشاركة», «الاتهامات»): an act
    or a thing, never a party («رفض الحزب المشاركة», «رفضت روسيا التدخل»). Not one with a name right after it, the
    party whose act or thing it is («مقترح الحزب الديمقراطي», «مقترح «حماس»»)."""
    if c.entity is not None or c.title or c.number or actor_phrase(doc, c):
        return False
    if any(d.i == c.j + 1 and d.entity is not None and d.prep is None for d in chunks):
        return False
    if c.j > c.i and actor_phrase(doc, plain_chunk(doc.tokens, c.i + 1, c.j, c.end)):
        return False  # (a genitive party inside the run of words)
    return abstract_head(doc, c) or any(masdar(cand.key) for cand in token_candidates(doc.tokens[c.i]))


def lam_act(doc: Doc, c: Chunk) -> bool:
    """An unnamed phrase of a masdar and its «لـ» complement («الانصياع لقرارات», «الخضوع لمطالب»): an act, whatever
    name follows, which is the complement's, not the masdar's («الخضوع لمطالب السعودية»)."""
    if c.entity is not None or c.j == c.i or c.prep is not None:
        return False
    nxt = token_candidates(doc.tokens[c.i + 1])
    return any(cand.proclitics == ("ل",) for cand in nxt) and any(
        masdar(cand.key) or len(cand.key) == 4 and cand.key[2] == "و" for cand in token_candidates(doc.tokens[c.i]))


@lru_cache(maxsize=65536)
def _not_actor(text: str) -> bool:
    """A phrase opening with a time word («فجر امس», «الخميس»), a casualty-report verb («وأصيب 13 آخرون», «وقع
    في سوق»), a claim or light verb («هجوم تبنته طالبان», «هجوم نفذ انتقاما»), «عملية» or «آخر» («في هجوم آخر»)
    names no actor."""
    k = verb_key(text)
    return k in fw("not_actors") or k in fw("claim_verbs") or k in fw("light_verbs")


def act_head(doc: Doc, c: Chunk) -> bool:
    """An unnamed phrase headed by an act, a trigger of the lexicon that names no people and no attack («رفض
    الاتفاق», «استمرار المفاوضات»): what is done, never who does it (an attack noun before a verb of harm is read in
    the stage: «واستهدف هجوم انتحاري مخفرا», events.attack_subjects)."""
    if c.entity is not None or c.title or actor_phrase(doc, c):
        return False
    index = lexicon()
    options = [o for cand in token_candidates(doc.tokens[c.i]) for o in index.get(cand.key, ())]
    return bool(options) and not any(entry.plover == "ASSAULT" for entry, _ in options)


def said_no_actor(doc: Doc, hit: Hit, c: Chunk) -> bool:
    """Whether the unnamed subject ``c`` said for ``hit`` names no actor: a building or a town («مطار عدن الدولي»);
    before or after a threat, an act, a state or a thing («رفض الاتفاق يهدد الأمن», «الإرهاب يهدد», «وتهدد المياه
    الجوفية»); after a verb of harm, a noun act that is no attack (an attack noun before one is read in the stage:
    «واستهدف هجوم انتحاري مخفرا»)."""
    if c.entity is not None:
        return False
    if place_head(doc, c):
        return True
    threat = hit.entry.code.startswith("13")
    if threat:
        return not actor_phrase(doc, c)  # (an act heading it is no actor phrase either)
    return hit.entry.plover == "ASSAULT" and c.i > hit.j and act_head(doc, c)


PRESS_NEVER = ("04", "17", "18", "19", "20")  # consult (meet, visit), coerce, assault, fight, mass violence


def press_actor(doc: Doc, eid: str | None, code: str) -> bool:
    """Whether entity ``eid`` is a newspaper or agency («الأناضول», «الشرق الأوسط»: actor code …MED) and ``code`` an
    act of force or a meeting or visit: the press reports such acts and does not do them, so it is no source of one
    (it comes there as the speaker of the quote the act is told in, carried to a verb with no subject of its own).
    A monitor or other NGO («المرصد السوري لحقوق الإنسان»: …NGO…) is none of an act of force either («قال المرصد،
    اليوم، إن 20 شخصا قتلوا»), though it meets and visits."""
    ent = doc.entity(eid)
    if ent is None or code[:2] not in PRESS_NEVER:
        return False
    kinds = actor_kinds(ent)
    return "MED" in kinds or ("NGO" in kinds and code[:2] != PRESS_NEVER[0])


def actor_kinds(ent: Entity) -> set[str]:
    """The three-letter parts of an entity's actor code («SAUMED» → {SAU, MED})."""
    actor = ent.actor or ""
    return {actor[k : k + 3] for k in range(0, len(actor), 3)}


def is_press(ent: Entity) -> bool:
    """A newspaper or agency (actor …MED): the teller of the story it is named in («لـ«الشرق الأوسط»»)."""
    return "MED" in actor_kinds(ent)
