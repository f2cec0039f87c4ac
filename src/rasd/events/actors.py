"""Whom a noun phrase stands for, and whether it can act.

A title stands for the name after it («منسق التحالف ... جون آلين»), an honorific for the title it opens, a count
word for the group it counts («الآلاف من المتظاهرين»), an unnamed phrase for the named body it belongs to
(«قواعد التنظيم»), coordinated names for each of them («إلى بلجيكا والأردن ومصر»); a town, a time or a relative
verb never acts (``can_act``). The argument rules (events.subjects, events.objects, events.arguments) and the
quotes layer ask these questions of the phrases they pick.
"""

from __future__ import annotations

from functools import lru_cache

from ..doc import Doc, Token
from ..entities import gazetteer
from .chunks import Chunk, breaks_between, first_after, in_time, plain_chunk, verb_key
from .forms import PLACES, bare, fw, keys_of, nkey, token_candidates
from .lexicon import Hit, lexicon, masdar, match_token
from .named import owner_gap
from .phrases import negated_adjective

TITLE_WINDOW = 10  # tokens to look for the name after a title («منسق التحالف ... جون آلين»)


def agent(doc: Doc, chunks: list[Chunk], hit: Hit) -> Chunk | None:
    """«على يد تنظيم داعش», «من قبل الشرطة» after a noun trigger: the agent."""
    keys = [nkey(t.text) for t in doc.tokens[hit.j + 1 : hit.j + 8]]
    agents = [tuple(p.split()) for p in fw("agent_preps")]
    for k in range(len(keys)):
        for ph in agents:
            if tuple(keys[k : k + len(ph)]) == ph:
                after = hit.j + 1 + k + len(ph)
                for c in chunks:
                    if c.i < after <= c.j and c.entity is None:
                        # «على يد مسلحين»: the phrase run took in «يد»; the agent is what follows it
                        toks = doc.tokens
                        return plain_chunk(toks, after, c.j, c.end)
                    if c.i >= after:
                        return owner(doc, chunks, c) if c.i - after <= 1 else None
    return None


def person_after(chunks: list[Chunk], c: Chunk, doc: Doc) -> Chunk | None:
    """The person named after ``c`` within a few words; after a plain definite phrase (no title word) the name
    must follow it with no phrase of a preposition between («اعتصم المواطنون أمام ضريح الرئيس رفيق الحريري»:
    the man is where they sat in, not who they are), nor after a plural one an unnamed phrase (a noun whose
    genitive the name is)."""
    titled = c.title or (c.entity is None and _honorific(doc.tokens[c.i]))  # («معالي | وزير الخارجية ... فلان»)
    for d in chunks:
        if d.i <= c.i:
            continue
        if d.i - c.i > TITLE_WINDOW or breaks_between(doc, c.i, d.i):
            return None
        if in_time(doc, d) and any(doc.tokens[t].text in ("،", ",") for t in range(c.j + 1, d.i)):
            return None  # «واعتقلت الشرطة، أمس الأحد، الناشط فلانا»: past a time between commas, the object
        if not titled and _quote_closes(doc, c.j + 1, d.i):
            return None  # «وقد اتفق الجانبان على ذلك»، حسبما أضاف فلان»: the name past the quote is its teller's
        if titled and (d.entity is None and d.prep is None and not d.title and not d.definite and not in_time(doc, d)
                       or any(in_time(doc, t) for t in doc.tokens[c.j + 1 : d.i])):
            return None  # «انتقد وزير الخارجية مواصلة إيران دعمها لنظام الأسد», «استقبل ولي العهد في مكتبه اليوم
            # فلانا»: past the title's object, or past the time of its act, the name is another's
        if not titled and _act_between(doc, chunks, c.j + 1, d.i):
            return None  # «وأكدت المصادر مقتل الناشط فلان»: the name is the act's, not the phrase's
        if d.etype == "PERSON":
            return d
        if not titled and (d.prep is not None or d.entity is None and not d.title and _plural_group(doc, c)):
            return None  # («انتقد المرشحون الجمهوريون إدارة أوباما»: the name is the genitive of the noun between)
    return None


def _act_between(doc: Doc, chunks: list[Chunk], i: int, j: int) -> bool:
    """Whether a noun trigger in no phrase stands among tokens i..j-1 («مقتل», «زيارة»): a name past it is its
    genitive's."""
    for t in range(i, j):
        if any(c.i <= t <= c.j for c in chunks):
            continue
        hit = match_token(doc.tokens, t)
        if hit is not None and hit.pos == "N":
            return True
    return False


def _quote_closes(doc: Doc, i: int, j: int) -> bool:
    """Whether a quotation closes among tokens i..j-1: a «»» with no «« » opened before it there."""
    opened = 0
    for t in doc.tokens[i:j]:
        if t.text == "«":
            opened += 1
        elif t.text == "»":
            if not opened:
                return True
            opened -= 1
    return False


def _plural_group(doc: Doc, c: Chunk) -> bool:
    """A phrase headed by a definite sound plural («المرشحون», «المسؤولين», «الحكومات»): a group, never one man."""
    k = nkey(doc.tokens[c.i].text)
    return c.entity is None and k.startswith("ال") and len(k) > 6 and k.endswith(("ون", "ين", "ات"))


QUOTE_MARKS = ("«", "»", '"', "“", "”")


def named_head(doc: Doc, chunks: list[Chunk], c: Chunk) -> Chunk | None:
    """«شركة بوينغ», «حركة «حماس»»: the name right after a one-word head noun (function words ``name_heads``),
    which is the head of that name; else None."""
    text = doc.tokens[c.i].text  # («وكالة» is one word: not «و» + «كالة»)
    if c.entity is not None or c.i != c.j or (verb_key(text) not in fw("name_heads") and nkey(text) not in fw("name_heads")):
        return None
    nxt = next((d for d in chunks if d.i > c.j), None)
    if nxt is None or nxt.entity is None or nxt.prep is not None or nxt.etype not in ("ORGANIZATION", "PERSON"):
        return None
    between = doc.tokens[c.j + 1 : nxt.i]
    return nxt if all(t.text in QUOTE_MARKS for t in between) else None


def resolve_title(chunks: list[Chunk], c: Chunk, doc: Doc) -> Chunk:
    """A title phrase stands for the name that follows it («منسق التحالف ... جون آلين»); an indefinite common
    phrase does not («في زيارة أولى للمدينة منذ تحريرها من ... علي عبد الله صالح»). A bare head noun right
    before a name stands for the name («شركة بوينغ», «حركة «حماس»»)."""
    named = named_head(doc, chunks, c)
    if named is not None:
        return named
    if c.entity is None and not c.title and bare(nkey(doc.tokens[c.i].text), "prepositions").removeprefix("ال") in fw(
            "institutions"):
        return c  # «وأدانت المحكمة سيدة تدعى فاطمة»: a court acts itself; the person after it is its object
    if c.title or (c.entity is None and (c.definite or _honorific(doc.tokens[c.i]))):
        p = person_after(chunks, c, doc)
        if p is not None:
            return p
    return c


def surname_person(doc: Doc, c: Chunk) -> Chunk:
    """A lone unnamed word that is the last name of a person named before it in the article stands for him
    («قال الأمين العام نبيل العربي ... تصريحات العربي»): the entity layer leaves such a word («العربي», also an
    adjective) unlinked; else ``c``."""
    if c.entity is not None or c.i != c.j or c.prep is not None or c.coord:
        return c
    k = nkey(doc.tokens[c.i].text)
    if len(k) < 4:
        return c
    for ent in doc.entities:
        if ent.type != "PERSON" or not ent.mentions or ent.mentions[0].start >= c.start:
            continue
        words = ent.name.split()
        if len(words) > 1 and nkey(words[-1]) == k:
            return Chunk(c.i, c.j, c.start, c.end, ent.id, ent.type, None, False, False, c.definite, False)
    return c


def _quantity_head(c: Chunk, doc: Doc) -> bool:
    k = nkey(doc.tokens[c.i].text)
    k = k[1:] if c.coord else k
    return c.number or k.removeprefix("ال") in fw("quantity_heads") or k in fw("quantity_heads")


def partitive(doc: Doc, chunks: list[Chunk], c: Chunk) -> Chunk | None:
    """``c`` when it is the «من» phrase of a count or group word before it («العشرات من مستوطني براخة», «مئات من
    المتظاهرين», «قوة من الشرطة»): the group counted acts."""
    if c.prep != "من":
        return None
    k = chunks.index(c)
    if k == 0:
        return None
    head = chunks[k - 1]
    if head.prep is not None or c.i - head.j > 2:
        return None
    return c if _quantity_head(head, doc) else None


def with_group(doc: Doc, chunks: list[Chunk], c: Chunk | None) -> Chunk | None:
    """A count or group word chosen alone stands with the group it counts («احتشد الآلاف من المتظاهرين»,
    «قصفت مجموعة من المتمردين», «مقتل اثنين من قادة القوات»): the phrase runs to the end of the «من» group. Its
    entity stays the head's."""
    if c is None or c.entity is not None or not _quantity_head(c, doc):
        return c
    d = next((d for d in chunks if d.i > c.j), None)
    if d is None or d.prep != "من" or d.i - c.j > 2 or d.number:
        return c
    g = next((g for g in chunks if g.i > d.j), None)
    if d.entity is None and g is not None and g.i == d.j + 1 and g.prep is None and not g.coord \
            and g.etype == "ORGANIZATION":
        # «مقتل 5 من عناصر داعش»: the body named in construct with the members counted is who they are
        return Chunk(c.i, g.j, c.start, g.end, g.entity, g.etype, c.prep, c.coord, c.title, c.definite, c.number)
    return Chunk(c.i, d.j, c.start, d.end, c.entity, c.etype, c.prep, c.coord, c.title, c.definite, c.number)


@lru_cache(maxsize=1)
def _honorific_words() -> frozenset[str]:
    """Every word of an honorific (function words ``honorifics``: «معالي», «صاحب السمو الملكي») and its forms with
    a pronoun (``honorific_pronouns``: «معاليه»), the lists the quotes layer reads."""
    return frozenset(w for phrase in fw("honorifics") for w in phrase.split()) | fw("honorific_pronouns")


def _honorific(tok: Token) -> bool:
    return verb_key(tok.text) in _honorific_words()


def past_honorific(doc: Doc, chunks: list[Chunk], c: Chunk | None) -> Chunk | None:
    """An unnamed phrase that opens with an honorific («معالي وزير الخارجية», «صاحب السمو الملكي الأمير») and
    names no person after it (``resolve_title`` takes the name where one follows: «معالي وزير الخارجية ... عادل
    الجبير») stands for the title after the honorific words, in the phrase or right after it («معالي | وزير
    الشؤون»); an honorific on a pronoun («أكد معاليه») names no one here."""
    if c is None or c.entity is not None or not _honorific(doc.tokens[c.i]):
        return c
    k = c.i
    while k <= c.j and _honorific(doc.tokens[k]):
        k += 1
    if k <= c.j:
        return plain_chunk(doc.tokens, k, c.j, c.end)
    if doc.tokens[c.j].text.endswith(("ه", "ها", "هم")):
        return None  # «معاليه», «سموه»
    nxt = next((d for d in chunks if d.i > c.j), None)
    return nxt if nxt is not None and nxt.i == c.j + 1 and nxt.prep is None and not nxt.coord else None


def is_nisba(text: str) -> bool:
    """A country adjective («الأميركية», «إسرائيلي»): the entity layer's nisba list."""
    return nkey(text) in gazetteer.load().nisba


def phrase_after(doc: Doc, chunks: list[Chunk], t: int) -> Chunk | None:
    """The phrase right after token ``t``, also where a run of words took ``t`` in («شنتها طائرة اميركية»)."""
    run = next((c for c in chunks if c.i <= t < c.j and c.entity is None), None)
    if run is not None:
        toks = doc.tokens
        return plain_chunk(toks, t + 1, run.j, run.end)
    return first_after(chunks, t, 2)


def _resumptive_light_verb(text: str) -> bool:
    """«شنتها», «نفذها», «تبناه»: a light or claim verb with the pronoun of the act before it."""
    k = verb_key(text)
    for pron in ("ها", "هم", "ه"):
        stem = k[: -len(pron)]
        if k.endswith(pron) and (stem in fw("light_verbs") or stem in fw("claim_verbs")):
            return True
    return False


DOING_WORDS = frozenset(nkey(w) for w in ("قام", "قامت", "قاموا", "قاما", "يقوم", "تقوم", "يقومون", "يقومان"))
RESUMED_BI = frozenset(nkey(w) for w in ("بها", "به", "بهما"))
DOING_WINDOW = 6  # tokens from a noun act to «قام بها» after it


def doing_it(doc: Doc, hit: Hit, sent_end: int) -> int | None:
    """«زيارة إلى بنغلاديش قام بها رئيس الحكومة», «الجولة التي يقوم بها الوزير»: «قام» + «بها» (the pronoun of the
    act) a few words after a noun act, in its clause; the token of «بها» (the actor follows it), else None."""
    toks = doc.tokens
    for t in range(hit.j + 1, min(sent_end - 1, hit.j + DOING_WINDOW)):
        if toks[t].text in ("،", ",", ".", "؛", ":"):
            return None
        if verb_key(toks[t].text) in DOING_WORDS and nkey(toks[t + 1].text) in RESUMED_BI:
            return t + 1
    return None


@lru_cache(maxsize=65536)
def relative_verb(text: str) -> bool:
    """«هجوم شنته», «هجمات يشنها», «اتصال هاتفي أجرته», «اجتماع حضره»: a light, claim or holding verb (function
    words ``holding_verbs``) with the pronoun of the act before it opens a relative clause on that act; it is no
    genitive of the act nor an actor (its subject after it may be)."""
    if _resumptive_light_verb(text):
        return True
    k = verb_key(text)
    return any(k.endswith(pron) and k[: -len(pron)] in fw("holding_verbs") for pron in ("ها", "هم", "ه"))


def first_conjunct(chunks: list[Chunk], c: Chunk, doc: Doc | None = None) -> Chunk:
    """«جون ألين، ونائبه بريت ماكغورك وصلا»: the subject is the first of the coordinated actors. With ``doc``, an
    unnamed one too where both are phrases of actors («الجيش والمقاومة الشعبية يحاصرون»: function actor_phrase)."""
    k = chunks.index(c)
    while k > 0:
        cur = chunks[k]
        prev = chunks[k - 1]
        if cur.coord and prev.prep is None and cur.i - prev.j <= 2:
            k -= 1
            continue
        if not cur.coord and prev.coord and prev.j + 1 == cur.i and prev.entity is None:
            k -= 1  # «ونائبه» + name
            continue
        break
    first = chunks[k]
    unnamed = doc is not None and c.entity is None and first.definite and first.prep is None and actor_phrase(
        doc, first) and actor_phrase(doc, c)
    return first if first.entity is not None or unnamed else c


MEMBER_LISTS = ("group_heads", "unnamed_groups", "quantity_heads", "partitive_heads")


def _member_noun(doc: Doc, c: Chunk) -> bool:
    """«عناصر», «أفراد», «مجموعة»: the head word of ``c`` names members or a part of the body in its genitive
    (not a masdar, whose genitive is its agent: «منذ إحكام المسلحين | الحوثيين سيطرتهم»)."""
    k = bare(nkey(doc.tokens[c.i].text), "prepositions")  # (its head: «منذ إحكام المسلحين» is a masdar's)
    k = k[1:] if c.prep in ("ب", "ل") and k[:1] == c.prep else k
    return any(k in fw(n) or k.removeprefix("ال") in fw(n) for n in MEMBER_LISTS)


def governed(doc: Doc, chunks: list[Chunk], c: Chunk) -> bool:
    """Whether ``c``, with no preposition of its own, is still inside a phrase a preposition governs: the genitive
    of a noun of members under it («مقتل العشرات من عناصر | تنظيم داعش»), or a conjunct of such («على حواجز
    الشمالي والفرن | والنادي»)."""
    k = chunks.index(c)
    while k > 0:
        cur, prev = chunks[k], chunks[k - 1]
        if cur.prep is not None:
            return cur is not c
        if (cur.coord and cur.i - prev.j <= 2) or (not cur.coord and prev.entity is None and prev.j + 1 == cur.i
                                                   and _member_noun(doc, prev)):
            k -= 1
            continue
        return False
    return chunks[k].prep is not None and chunks[k] is not c


def expand_targets(chunks: list[Chunk], first: Chunk) -> list[Chunk]:
    """«إلى بلجيكا والأردن ومصر وتركيا» → four targets."""
    out = [first]
    last = first
    for c in [c for c in chunks if c.i > first.j]:  # (``first`` may be part of a run of words, in no chunk)
        if c.i <= last.j:
            continue
        if not (c.coord and c.i == last.j + 1):
            break
        if c.entity is not None and c.etype == first.etype:
            out.append(c)
            last = c
        elif c.entity is None and c.title and first.etype == "PERSON":
            # «حيدر العبادي ورئيس أركان الجيش ابا بكر زيباري»
            p = next((d for d in chunks if d.i > c.j and d.i - c.j <= TITLE_WINDOW), None)
            if p is None or p.etype != "PERSON" or p.prep is not None:
                break
            out.append(p)
            last = p
        else:
            break
    return out


def owner(doc: Doc, chunks: list[Chunk], c: Chunk) -> Chunk:
    """«قواعد وتجمعات التنظيم», «تجمعات لتنظيم داعش»: a non-entity phrase stands for the entity it belongs to
    (genitive, or its «لـ» paraphrase); not a place after a compass word, which says where («مركز شرطة جنوب
    تركيا»)."""
    if c.entity is not None:
        return c
    prev = c
    for d in [d for d in chunks if d.i > c.j][:2]:
        # «معسكر «لواء المجد»», «نفق «يوروتانل»»: a head word and the quoted name of what it is
        quoted = d.entity is not None and prev.i == prev.j and all(
            t.text in QUOTE_MARKS for t in doc.tokens[prev.j + 1 : d.i])
        quoted = quoted or (prev is c and owner_gap(doc, prev, d))  # («مواقع لـ«جبهة النصرة»», «مواقع (النصرة)»)
        if (d.i != prev.j + 1 and not quoted) or (d.prep is not None and not (d.prep == "ل" and d.entity is not None)):
            break
        last = doc.tokens[prev.j].words
        if prev.j > prev.i and len(last) > 1 and last[0].kind == "proclitic" and last[0].norm == "ب":
            break  # «قرار الحكومة بغزو العراق»: the name is the object of the masdar «بغزو», not the owner
        first = doc.tokens[d.i].words
        if d.entity is None and len(first) > 1 and first[0].kind == "proclitic" and first[0].norm == "ب":
            break  # (the masdar a phrase of its own: «قرار الحكومة | بغزو العراق»)
        if d.entity is not None:
            if d.etype in PLACES and d.i > 0 and nkey(doc.tokens[d.i - 1].text) in fw("compass"):
                break
            return place_people(doc, chunks, d) or d
        prev = d
    return c


def place_people(doc: Doc, chunks: list[Chunk], c: Chunk) -> Chunk | None:
    """«وزير مالية سريلانكا», «أكراد سوريا»: a named place in the genitive of a title phrase or of a noun of the
    people of a place right before it (function words ``place_peoples``) is no party of its own: the
    whole phrase, the office or the people, is (from the title, or from the people noun past its preposition). None
    where the word before is no such head, has the article or is no phrase's last word."""
    if c.entity is None or c.etype not in PLACES or c.i == 0:
        return None
    before = next((d for d in chunks if d.j == c.i - 1 and d.entity is None and not d.number), None)
    tok = doc.tokens[c.i - 1]
    if before is None or nkey(tok.text).removeprefix("و").startswith(("ال", "بال", "لل")):
        return None
    keys = {k.removeprefix("ال") for k in keys_of(tok)}
    if before.title and not (before.coord and before.i == before.j):
        i, start, prep = before.i, before.start, before.prep
    elif not keys.isdisjoint(fw("place_peoples")):  # (not a body: «حكومة كابل», «جيش مصر» are the state)
        i, start, prep = c.i - 1, tok.start, None
        pro = tok.words[0]
        if len(tok.words) > 1 and pro.kind == "proclitic" and tok.text.startswith(pro.form):
            start += len(pro.form)  # («لأكراد سوريا»: the people, not the preposition)
    else:
        return None
    return Chunk(i, c.j, start, c.end, None, None, prep, False, before.title and i == before.i, True, False)


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
    if c.i == c.j and nkey(doc.tokens[c.i].text) in fw("adverbs"):
        return False  # «وقتل حينها 14 ضابطا»: an adverb («حينها», «آنذاك»)
    return not in_time(doc, c) and not _not_actor(doc.tokens[c.i].text) and not relative_verb(
        doc.tokens[c.i].text) and nkey(doc.tokens[c.i].text) not in fw("no_actors")  # («مباشرة», «كذلك», «الكثير»)


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
    k = bare(nkey(doc.tokens[c.i].text), "prepositions")
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
    k = nkey(doc.tokens[c.i].text)
    return any(k in fw(n) or k.removeprefix("ال") in fw(n) for n in ACTING_NOUN_LISTS)


def actor_phrase(doc: Doc, c: Chunk) -> bool:
    """Whether the unnamed phrase ``c`` before a noun act can be its agent: a title, a noun of people, of an armed
    or a governing body or of an institution («المقاومة», «الطلاب», «اللجنة المحلية»: function words
    ``actor_heads`` and the lists of ``acting_noun``), or a definite sound masculine plural or a plural nisba
    («المعتصمون», «اليونانيين»). Not an abstraction or a thing, most often the verb's object or an adverbial
    («تمنى للمجتمعين التوفيق والسداد في اجتماعهم», «وكانت فرنسا الأكثر تشددا خلال جولات المفاوضات»)."""
    if c.entity is not None or acting_noun(doc, c) or _honorific(doc.tokens[c.i]):
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
    the stage: «واستهدف هجوم انتحاري مخفرا», events.clauses)."""
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
    kinds = {(ent.actor or "")[k : k + 3] for k in range(0, len(ent.actor or ""), 3)}
    return "MED" in kinds or ("NGO" in kinds and code[:2] != PRESS_NEVER[0])
