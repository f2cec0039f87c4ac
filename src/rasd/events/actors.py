"""Whom a noun phrase stands for.

A title stands for the name after it («منسق التحالف ... جون آلين»), an honorific for the title it opens, a count word
for the group it counts («الآلاف من المتظاهرين»), an unnamed phrase for the named body it belongs to («قواعد التنظيم»),
coordinated names for each of them («إلى بلجيكا والأردن ومصر»). ``can_act`` and the phrase kinds are in events.acting
(re-exported). The argument rules (events.subjects, objects, arguments) and the quotes ask these of their phrases.
"""

from __future__ import annotations

from ..doc import Doc
from ..entities import gazetteer
from ..text.marks import QUOTE_MARKS as QUOTE_MARKS  # (re-exported: agents reads it here)
from .acting import honorific
from .acting import (  # re-exported: the argument rules and the quotes layer import these from here
    abstract_head as abstract_head,
    act_phrase as act_phrase,
    acting_noun as acting_noun,
    actor_phrase as actor_phrase,
    can_act as can_act,
    head_in as head_in,
    head_key as head_key,
    lam_act as lam_act,
    place_head as place_head,
    press_actor as press_actor,
    relative_verb as relative_verb,
    said_no_actor as said_no_actor,
    visitor as visitor,
)
from .counterparts import counterpart_named
from .kin_titles import kin_or_honorific
from .chunks import Chunk, breaks_between, first_after, in_time, plain_chunk, verb_key
from .forms import PLACES, bare, fw, fw_keys, keys_of, nkey, phrase_keys
from .lexicon import Hit, match_token
from .matter_agents import matter_between, relative_between
from .named import owner_gap
from .own_titles import parted_person
from .unit_heads import head_kind, serves
from .word_tests import plural_past

TITLE_WINDOW = 10  # tokens to look for the name after a title («منسق التحالف ... جون آلين»)


def agent(doc: Doc, chunks: list[Chunk], hit: Hit) -> Chunk | None:
    """«على يد تنظيم داعش», «من قبل الشرطة» after a noun trigger: the agent."""
    keys = [t.norm_key for t in doc.tokens[hit.j + 1 : hit.j + 8]]
    agents = phrase_keys(fw("agent_preps"))
    for k in range(len(keys)):
        for ph in agents:
            if tuple(keys[k : k + len(ph)]) == ph:
                after = hit.j + 1 + k + len(ph)
                if matter_between(doc, hit, hit.j + 1 + k) or relative_between(doc, hit.j + 1, hit.j + 1 + k):
                    return None  # round 285: «إعلان نبأ غزو الكويت من قبل نظام صدام»: the matter's agent
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
    titled = c.title or (c.entity is None and honorific(doc.tokens[c.i]))  # («معالي | وزير الخارجية ... فلان»)
    for d in chunks:
        if d.i <= c.i:
            continue
        if d.i - c.i > TITLE_WINDOW or breaks_between(doc, c.i, d.i):
            return None
        if any(plural_past(doc.tokens[t].text) for t in range(c.j + 1, d.i)):
            return None  # round 233: «وبعد مشاورات طويلة عينوا فلانا»: past a verb of a plural subject, its object
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
        if titled and _act_between(doc, chunks, c.j + 1, d.i, governed=True):
            return None  # round 216: «وأكد الرئيس خلال استقبال الوزير فلان له»: the name is the act's genitive
        if titled and d.prep == "مع":
            return None  # round 117: «لقاء الوزير ... لقاء مع الشيخ فلان»: whom he meets
        if d.etype == "PERSON":  # (round ar427: not past a place and an office of his own, nor a «و» verb's clause)
            return None if parted_person(doc, chunks, c, d, titled) else d
        if not titled and (d.prep is not None or d.entity is None and not d.title and _plural_group(doc, c)):
            return None  # («انتقد المرشحون الجمهوريون إدارة أوباما»: the name is the genitive of the noun between)
    return None


def _act_between(doc: Doc, chunks: list[Chunk], i: int, j: int, governed: bool = False) -> bool:
    """Whether a noun trigger in no phrase stands among tokens i..j-1 («مقتل», «زيارة»): a name past it is its
    genitive's. Round 216, ``governed``: only one right after a preposition («خلال استقبال», «لدى لقاء»)."""
    for t in range(i, j):
        if any(c.i <= t <= c.j for c in chunks):
            continue
        if governed and (t == i or doc.tokens[t - 1].norm_key not in fw("prepositions")):
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
    k = doc.tokens[c.i].norm_key
    return c.entity is None and k.startswith("ال") and len(k) > 6 and k.endswith(("ون", "ين", "ات"))


def named_head(doc: Doc, chunks: list[Chunk], c: Chunk) -> Chunk | None:
    """«شركة بوينغ», «حركة «حماس»»: the name right after a one-word head noun (function words ``name_heads``),
    which is the head of that name; else None."""
    text = doc.tokens[c.i].text  # («وكالة» is one word: not «و» + «كالة»)
    kind = head_kind(text)  # ev413: also an acting unit, «حملة كلينتون», «إدارة كابل» (``unit_heads``)
    if c.entity is not None or c.i != c.j or kind is None:
        return None
    nxt = next((d for d in chunks if d.i > c.j), None)
    if nxt is None or nxt.entity is None or nxt.prep is not None or not serves(doc, nxt, kind):
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
    if (named := counterpart_named(doc, chunks, c)) is not None:
        return named  # round 280: «ونظيره اليمني فلان»
    if c.entity is None and not c.title and bare(doc.tokens[c.i].norm_key, "prepositions").removeprefix("ال") in fw(
            "institutions"):
        return c  # «وأدانت المحكمة سيدة تدعى فاطمة»: a court acts itself; the person after it is its object
    if c.title or (c.entity is None and (c.definite or kin_or_honorific(doc, c))):  # (ev822: «أخيه الملك فلان»)
        p = person_after(chunks, c, doc)
        if p is not None and p.i == c.j + 1 and doc.tokens[c.j].norm_key in fw("principal_heads"):
            # round 138: «اتهم ممثل خامنئي في مشهد»: a post in construct with its principal, not him
            return Chunk(c.i, p.j, c.start, p.end, None, None, c.prep, c.coord, c.title, c.definite, False)
        if p is not None:
            return p
    return c


def surname_person(doc: Doc, c: Chunk) -> Chunk:
    """A lone unnamed word that is the last name of a person named before it in the article stands for him
    («قال الأمين العام نبيل العربي ... تصريحات العربي»): the entity layer leaves such a word («العربي», also an
    adjective) unlinked; else ``c``."""
    if c.entity is not None or c.i != c.j or c.prep is not None or c.coord:
        return c
    k = doc.tokens[c.i].norm_key
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
    k = doc.tokens[c.i].norm_key
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


ALSO_WORDS = frozenset(nkey(w) for w in ("أيضا", "أيضًا", "أيضاً", "كذلك"))


def with_group(doc: Doc, chunks: list[Chunk], c: Chunk | None) -> Chunk | None:
    """A count or group word chosen alone stands with the group it counts («احتشد الآلاف من المتظاهرين»,
    «قصفت مجموعة من المتمردين», «مقتل اثنين من قادة القوات»): the phrase runs to the end of the «من» group. Its
    entity stays the head's."""
    if c is None or c.entity is not None or not _quantity_head(c, doc):
        return c
    d = next((d for d in chunks if d.i > c.j), None)
    if d is None or d.prep != "من" or d.number or (d.i - c.j > 2 and not (
            d.i - c.j == 3 and doc.tokens[c.j + 1].norm_key in ALSO_WORDS)):
        return c  # (round oe306: past «أيضا»: «واحتشدت مجموعات صغيرة أيضا من المتظاهرين»)
    g = next((g for g in chunks if g.i > d.j), None)
    if d.entity is None and g is not None and g.i == d.j + 1 and g.prep is None and not g.coord \
            and g.etype == "ORGANIZATION":
        # «مقتل 5 من عناصر داعش»: the body named in construct with the members counted is who they are
        return Chunk(c.i, g.j, c.start, g.end, g.entity, g.etype, c.prep, c.coord, c.title, c.definite, c.number)
    return Chunk(c.i, d.j, c.start, d.end, c.entity, c.etype, c.prep, c.coord, c.title, c.definite, c.number)


def past_honorific(doc: Doc, chunks: list[Chunk], c: Chunk | None) -> Chunk | None:
    """An unnamed phrase that opens with an honorific («معالي وزير الخارجية», «صاحب السمو الملكي الأمير») and
    names no person after it (``resolve_title`` takes the name where one follows: «معالي وزير الخارجية ... عادل
    الجبير») stands for the title after the honorific words, in the phrase or right after it («معالي | وزير
    الشؤون»); an honorific on a pronoun («أكد معاليه») names no one here."""
    if c is None or c.entity is not None or not honorific(doc.tokens[c.i]):
        return c
    k = c.i
    while k <= c.j and honorific(doc.tokens[k]):
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


DOING_WORDS = fw_keys("doing_forms") | fw_keys("sending_forms")  # round 227: the future; ev391: «بعث بها»
RESUMED_BI = frozenset(nkey(w) for w in ("بها", "به", "بهما"))
DOING_WINDOW = 6  # tokens from a noun act to «قام بها» after it


def doing_it(doc: Doc, hit: Hit, sent_end: int) -> int | None:
    """«زيارة إلى بنغلاديش قام بها رئيس الحكومة», «الجولة التي يقوم بها الوزير», «برقية التعزية التي بعث بها الملك»:
    «قام» or a verb of sending + «بها» a few words after a noun act, in its clause; the token of «بها», else None."""
    toks = doc.tokens
    for t in range(hit.j + 1, min(sent_end - 1, hit.j + DOING_WINDOW)):
        if toks[t].text in ("،", ",", ".", "؛", ":"):
            return None
        if verb_key(toks[t].text) in DOING_WORDS and toks[t + 1].norm_key in RESUMED_BI:
            return t + 1
    return None


def first_conjunct(chunks: list[Chunk], c: Chunk, doc: Doc | None = None) -> Chunk:
    """«جون ألين، ونائبه بريت ماكغورك وصلا»: the subject is the first of the coordinated actors. With ``doc``, an
    unnamed one too where both are phrases of actors («الجيش والمقاومة الشعبية يحاصرون»: function actor_phrase)."""
    k = chunks.index(c)
    while k > 0:
        cur, prev = chunks[k], chunks[k - 1]
        if cur.coord and prev.prep is None and cur.i - prev.j <= 2:
            k -= 1
            continue
        if not cur.coord and prev.coord and prev.j + 1 == cur.i and prev.entity is None:
            k -= 1  # «ونائبه» + name
            continue
        break
    first = chunks[k]
    if k > 0 and chunks[k - 1].title and chunks[k - 1].j + 1 == first.i and first.etype not in (None, "PERSON"):
        return c  # ch424: «رئيس لجنة الأشغال العامة والنقل النيابية فلان»: the title's genitive body is no conjunct
    unnamed = doc is not None and c.entity is None and first.definite and first.prep is None and actor_phrase(
        doc, first) and actor_phrase(doc, c)
    return first if first.entity is not None or unnamed else c


MEMBER_LISTS = ("group_heads", "unnamed_groups", "quantity_heads", "partitive_heads")


def _member_noun(doc: Doc, c: Chunk) -> bool:
    """«عناصر», «أفراد», «مجموعة»: the head word of ``c`` names members or a part of the body in its genitive
    (not a masdar, whose genitive is its agent: «منذ إحكام المسلحين | الحوثيين سيطرتهم»)."""
    k = bare(doc.tokens[c.i].norm_key, "prepositions")  # (its head: «منذ إحكام المسلحين» is a masdar's)
    k = k[1:] if c.prep in ("ب", "ل") and k[:1] == c.prep else k
    return any(k in fw(n) or k.removeprefix("ال") in fw(n) for n in MEMBER_LISTS)


def governed(doc: Doc, chunks: list[Chunk], c: Chunk) -> bool:
    """Whether ``c``, with no preposition of its own, is still inside a phrase a preposition governs: the genitive
    of a noun of members under it («مقتل العشرات من عناصر | تنظيم داعش»), or a conjunct of such («على حواجز
    الشمالي والفرن | والنادي»)."""
    if c not in chunks:
        return False  # (a phrase cut out of a chunk: «لتتمكن | الميليشيات», subjects._able_within)
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
            if d.etype in PLACES and d.i > 0 and doc.tokens[d.i - 1].norm_key in fw("compass"):
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
    if before is None or tok.norm_key.removeprefix("و").startswith(("ال", "بال", "لل")):
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
