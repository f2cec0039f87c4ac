"""What an event acts on: the tests the object finder applies to the phrases after a trigger.

Whether a phrase after a noun trigger is its adjective or its genitive («بقصف عشوائي» against «قصف مواقع»);
prepositional phrases that are adverbs, not objects («على التوالي»), and the adverbials an object may come after;
the object of a preposition that is an event noun («احتجاجا على زيارة بوش») or a thing named («على ما وصفوه
بـ»); the object a targeting verb relays («غارات استهدفت ...»); and the referent of an object pronoun
(«استهدفت معاقلهم»). Whether a phrase is the trigger's adjective is in events.object_adjectives, the two sides of a
meeting («بين X و Y») in events.two_sides: both re-exported here.
"""

from __future__ import annotations


from ..doc import Doc, Token
from .object_adjectives import (  # re-exported: the argument rules import these from here
    NATIONAL_ACTS as NATIONAL_ACTS,
    adjective_of as adjective_of,
    agrees as agrees,
    bare_definite as bare_definite,
    describing_verb as describing_verb,
    lone_adjective as lone_adjective,
    trigger_adjectives as trigger_adjectives,
)
from .object_adjectives import bare_accusative
from .two_sides import between_sides as between_sides  # re-exported: noun_sources and parties import it here
from .chunks import (
    Chunk,
    clause_stop,
    OBJECT_PRONOUNS,
    enclitic,
    OPENING_QUOTES,
    finite_verb,
    head_word,
    in_time,
    is_content,
    plain_chunk,
    verb_key,
)
from .acting import is_press
from .compared import compared_mention
from .actors import place_people
from .forms import PLACES, bare, fw, fw_keys, nkey
from .lexicon import Hit, masdar
from .named import feminine_name
from .thing_pronouns import far_relative, kin_owned, own_relative, subject_named, thing_between

def after_event_noun(doc: Doc, chunks: list[Chunk], c: Chunk, after: int, preps: frozenset[str]) -> bool:
    """«على زيارة بوش»: ``c`` is the genitive of an event noun (a trigger, in no chunk) right after a
    preposition of the frame: the object of the preposition is that event, and ``c`` who did it."""
    k = c.i - 1
    if c.coord or k - 1 <= after or not is_content(doc.tokens[k]) or any(d.i <= k <= d.j for d in chunks):
        return False
    if agrees(doc, k, c):
        return False  # round ev453: «ستدعو إلى اجتماع موسع لحل»: the noun's adjective, no genitive nor party
    return bare(doc.tokens[k - 1].norm_key, "prepositions") in preps


RELAY_VERBS = ("استهدف", "طال")  # «ضربة استهدفت X», «غارات طالت X»
GROUPS = ("ORGANIZATION",)


def is_relay(tok: Token) -> bool:
    """A targeting verb after a force trigger («غارات استهدفت ...»): it names the object, not a new event."""
    return tok.norm_key.startswith(RELAY_VERBS)


def lone_object(doc: Doc, chunks: list[Chunk], hit: Hit, nxt: Chunk) -> bool:
    """«سبع ضربات نفذت ... واستهدفت وحدات تكتيكية ومواقع قتالية»: after a targeting verb (``RELAY_VERBS``), an
    unnamed phrase with no other bare phrase after it in its clause than its own conjuncts is what was targeted, not
    who targeted (that is said before: a targeting verb always has an object)."""
    if hit.pos != "V" or not verb_key(doc.tokens[hit.i].text).startswith(("استهدف", "تستهدف", "يستهدف")):
        return False  # (not «طال»: «طالب» shares its letters)
    if nxt.entity is not None or nxt.number or nxt.prep is not None or enclitic(doc.tokens[nxt.i]):
        return False  # («يستهدف أمنها»: a thing of someone's, no target of a strike)
    head = doc.tokens[nxt.i].norm_key
    if head.startswith("ال") and masdar(head[2:]):
        return False  # «كان يستهدف التمهيد لاجتياح»: what is aimed at, an act
    for c in (c for c in chunks if c.i > nxt.j):
        if any(clause_stop(t.text) or finite_verb(t) for t in doc.tokens[nxt.j + 1 : c.i]):
            break
        if c.prep is None and not c.coord and not in_time(doc, c):
            return False  # «استهدفت وحدات للجيش مواقع التنظيم»: the second bare phrase is the object
        if c.prep == "من" and c.i <= nxt.j + 2:
            return False  # «وحدات من الجيش»: a part of a body, which acts (its object may run into the phrase)
    return True


def pronoun_target(
    doc: Doc, chunks: list[Chunk], hit: Hit, target: Chunk | None, source: Chunk | None, sent_start: int
) -> Chunk | None:
    """The referent of an object pronoun: on a phrase after the trigger («استهدفت معاقلهم»: the strongholds of
    them) or on the trigger itself («باستهدافهم», «تستهدفها»). After a relative («الأهداف التي تستهدفها») the
    pronoun resumes the head noun before it; otherwise it is the nearest group named before it in this sentence
    or the one before (not the source): «... على يد تنظيم داعش ... ضربة عسكرية استهدفت معاقلهم» → ISIS."""
    if target is not None:
        if enclitic(doc.tokens[target.j]) not in OBJECT_PRONOUNS:
            return None
        at, i = target, target.i
    else:
        if enclitic(doc.tokens[hit.i]) not in OBJECT_PRONOUNS:
            return None
        at, i = None, hit.i
        rel = i - 1
        near = rel > sent_start and bare(doc.tokens[rel].norm_key, "relatives") in fw("relatives")
        far = None if near else far_relative(doc, i, sent_start)  # round 132: «الذين سيقوم التنظيم بإعدامهم»
        if near or far is not None and far > sent_start:
            rel = far if far is not None else rel
            head = next((c for c in reversed(chunks) if c.j == rel - 1), None)
            if head is not None and head.prep is not None and head.etype == "LOCATION":
                return None  # round 122: «للمقاتلين الأكراد في سوريا الذين تتهمهم»: the noun before «في», unnamed
            if head is None or head.entity is not None:  # («أكراد سوريا الذين يهددهم»: the people, not the place)
                return place_people(doc, chunks, head) or head if head is not None else None
            return head_word(doc.tokens, rel - 1)  # the head noun itself, not the whole run of words before it
        if hit.pos == "V" and rel > sent_start and source is not None and source.i > hit.j and \
                _indefinite_head(doc, rel):
            # round 122: «وهو أمر نفته الوزارة»: with its subject after it, the clause describes that noun and its
            # pronoun resumes it (not «هجوما واسعا تستهدفه»: the noun is that verb's subject)
            return None if len(doc.tokens[rel].words) == 2 else head_word(doc.tokens, rel)  # («بتصريحات»: a thing)
    if at is not None and kin_owned(doc, at.j):
        return None  # round 132: «حث فلان والده»: a relative of someone's, no group
    if at is None:
        lo, hi = doc.tokens[i].start, doc.tokens[i].end
    else:
        lo, hi = at.start, at.end
    own = source.entity if source is not None else None
    prev_start = 0
    for sent in doc.sentences:
        if sent.start >= doc.tokens[sent_start].start:
            break
        prev_start = sent.start
    best: tuple[int, str, str] | None = None
    pron = enclitic(doc.tokens[at.j if at is not None else i])
    for ent in doc.entities:
        if ent.type not in GROUPS or ent.id == own or ent.attrs.get("kind") == "gov" or is_press(ent):
            continue  # (nor the paper that is told: it tells of the act, it is none of its parties)
        for m in ent.mentions:
            name = doc.text[m.start : m.end]
            feminine = feminine_name(doc, m.start, name)
            if pron == "ه" and feminine or pron == "ها" and not (feminine or any(
                    nkey(w).endswith("ه") and not nkey(w).endswith("الله") for w in name.split())):
                continue  # «أقدمت جبهة النصرة على إعدام محام ... وقتله»: «ـه» is no feminine body; «ـها» none with no
                # feminine word («تنظيم القاعدة ... معاقلها» is; «حزب العمال ... قصفها» is not)
            if prev_start <= m.start and m.end <= lo and (best is None or m.start > best[0]):
                best = (m.start, ent.id, ent.type)
    if at is None and enclitic(doc.tokens[i]) in ("هم", "هما"):
        # «وسنتعقب الإرهابين ... سنقوم باستهدافهم»: the trigger's object is a definite plural noun nearer than
        # any named group (a possessive, «معاقلهم», belongs to a group: that is left to the named groups); round
        # 122: an indefinite one («خطف مقاتلين معتدلين ... ومهاجمتهم», «قطريين تتهمهما») leaves it unnamed (not a
        # verb's «ـون»: «الذين باتوا يسيطرون»)
        for t in range(i - 1, sent_start - 1, -1):
            word = doc.tokens[t]
            if best is not None and word.start <= best[0]:
                break
            stem = next((w.norm for w in word.words if w.kind == "stem"), "")
            if stem.startswith("ال") and stem.endswith(("ين", "ون")) and len(stem) > 6:
                return plain_chunk(doc.tokens, t, t) if enclitic(doc.tokens[i]) == "هم" else None
            if best is not None and stem.endswith(("ين", "ون")) and len(stem) >= 6 and stem[:1] not in "ليت" and \
                    not any(m.start <= word.start < m.end for m in doc.mentions):
                return None
    if best is None or own_relative(doc, hit.i, at.j if at is not None else i, sent_start) \
            or compared_mention(doc, best[0]):  # ev486: «النصرة أكثر ذكاء من «داعش»، ... خطفتهم»: compared with only
        return None  # round 132: «الذين يرفضون زج أبنائهم»: their own
    if pron == "ه" and thing_between(doc, best[0], lo):
        return None  # round 132: «في البرنامج الأميركي ...، لأن المعارضة رفضته»: the thing, no party
    if source is not None and source.entity is None and (named := doc.entity(best[1])) is not None and \
            subject_named(doc, doc.tokens[source.i].text, named):
        return None  # round 132: «ونفى المجلس تلقيه»: the subject's own
    tok_i = at.i if at is not None else i
    tok_j = at.j if at is not None else i
    return Chunk(tok_i, tok_j, lo, hi, best[1], best[2], at.prep if at else None, False, False, False, False)


def _indefinite_head(doc: Doc, k: int) -> bool:
    """Token ``k`` is a bare indefinite noun (no article, no pronoun, no name, no time, no verb, no function word),
    or one in a clitic preposition («بتصريحات»; round nb411): a verb with an object pronoun right after it opens the
    clause that describes it («أمر نفته», «أدلى بتصريحات انتقدتها»)."""
    tok = doc.tokens[k]
    if not is_content(tok) or finite_verb(tok) or enclitic(tok) or in_time(doc, tok):
        return False
    prep = len(tok.words) == 2 and tok.words[0].form in fw("clitic_prepositions")  # nb411: «أدلى بتصريحات انتقدتها»
    if len(tok.words) != 1 and not prep or any(m.start < tok.end and tok.start < m.end for m in doc.mentions):
        return False
    if prep:  # (a noun after a clitic preposition: no verb, no «ال»)
        return not nkey(tok.words[1].form).startswith("ال") and len(nkey(tok.words[1].form)) >= 3
    key = tok.norm_key
    if bare(key, "after_subordinators", "condition_nouns") in fw("after_subordinators") | fw("condition_nouns"):
        return False  # («حال رفضها», «فور إعلانه»: a subordinator, not a noun described)
    return not key.startswith("ال") and key[:1] not in ("ي", "ت") and len(key) >= 3


NAMING_VERBS = fw_keys("describing_forms")


def so_called(doc: Doc, c: Chunk, preps: frozenset[str]) -> bool:
    """«على ما وصفوه بـ ...», «ضد ما يسمونه ...»: the object of the preposition is what the naming verb names."""
    toks = doc.tokens
    k = toks[c.i].norm_key
    return (c.i >= 2 and (k in NAMING_VERBS or k[1:] in NAMING_VERBS and k[:1] in ("و", "ف")) and toks[c.i - 1].norm_key == "ما"
            and bare(toks[c.i - 2].norm_key, "prepositions") in preps)


def adverbial(doc: Doc, c: Chunk) -> bool:
    """«على التوالي», «على نطاق واسع», «على الأقل», «على الرغم من»: «على» and such a noun make an adverb; round ev465:
    so does a lone «بـ» adverb of manner (``manner_ba_adverbs``: «التقيت بالفعل عدة مرات السيد أكينجي»), no «بـ»
    object of the verb («التقى بـ»)."""
    if c.prep == "ب" and c.i == c.j and c.entity is None:
        return doc.tokens[c.i].norm_key in fw_keys("manner_ba_adverbs")
    return c.prep in ("على", "علي") and c.entity is None and doc.tokens[c.i].norm_key in fw("adverbial_objects")


def after_adverbials(doc: Doc, rest: list[Chunk]) -> Chunk | None:
    """The first chunk of ``rest`` past place and time adverbials («في جدة», «في جنوب لبنان», «أمس») and an occasion
    with its complement (round ev416: «خلال زيارته للدوحة»); None where it opens with a word of cause: the verb has no
    object («قتلوا جراء الهجمات»)."""
    prev: Chunk | None = None
    occasion: Chunk | None = None
    for c in rest:
        if c.prep is None and doc.tokens[c.i].norm_key in fw("cause_prepositions"):
            return None
        if c.prep == "ب" and adverbial(doc, c) or repeat_adverb(doc, c):
            continue  # round ev465: «التقيت بالفعل عدة مرات السيد أكينجي»: adverbs of manner, of times; object after
        if c.prep in fw("circumstance_preps") or occasion_complement(doc, c, occasion):
            occasion = c  # round ev416: «سيلتقي خلال زيارته للدوحة نظيريه»: an occasion and its complement
            continue
        # (round 132: a name takes no named genitive: «في رام الله الحكومة الإسرائيلية»; «في كلمة من مقره»: the
        # «من» phrase right after an unnamed «في» phrase is its own)
        in_place = c.prep == "في" or prev is not None and prev.prep == "في" and (
            c.prep is None and c.i == prev.j + 1 and (prev.entity is None or c.entity is None)
            and not _no_genitive(doc, prev, c)
            or c.prep == "من" and prev.entity is None and c.entity is None and c.i <= prev.j + 2)
        if not in_place and not (c.prep is None and in_time(doc, c)):
            return c
        prev = c if c.prep == "في" or in_place and c.prep == "من" else prev
    return None


def repeat_adverb(doc: Doc, c: Chunk) -> bool:
    """Round ev465: «عدة مرات», «مرة أخرى», «للمرة الثانية»: a count of times (its head in ``repeat_heads``, bare or
    after «لـ», with one adjective or none and no title nor name in it) is an adverb, no object of the verb."""
    if c.entity is not None or c.title or c.prep not in (None, "ل") or c.j > c.i + 1:
        return False
    key = doc.tokens[c.i].norm_key
    if c.prep == "ل" and key.startswith("ل"):
        key = "ال" + key[2:] if key.startswith("لل") else key[1:]  # («للمرة»: «لـ» and the article)
    return key in fw_keys("repeat_heads")


def lam_time(doc: Doc, c: Chunk | None) -> bool:
    """Round ev534: «تواصل قصف الطائرات لليوم الثالث», «للمرة الثانية», «لأسبوع», «للعام الثاني», «لساعات»: an
    unnamed «لـ» phrase (split off or glued) whose head is a unit of time or a count of occasions (function words
    ``recurring_units``, ``repeat_heads``, ``lam_time_heads``, ``lam_adverbials``) is a time, no «لـ» object."""
    if c is None or c.entity is not None or c.title:
        return False
    key = doc.tokens[c.i].norm_key
    if key in fw("lam_adverbials"):
        return True
    if c.prep != "ل":
        if not key.startswith("ل") or len(key) < 3:
            return False
        key = "ال" + key[2:] if key.startswith("لل") else key[1:]
    head = key.removeprefix("ال")
    return head in fw_keys("recurring_units") or head in fw_keys("lam_time_heads") or key in fw_keys("repeat_heads")


def lam_adjunct(doc: Doc, c: Chunk | None) -> bool:
    """Round ev1010: the «لـ» phrase ``c`` opens a measure or a purpose (a word of ``lam_object_stops`` after «لـ»),
    no object of the masdar before it («لاستهداف المواطنين لأكثر من مدينة»: the citizens are the object, no doer
    before an object in «لـ»). Not a time (:func:`lam_time`: «إحراق مستوطنين لليوم الثالث منازل», whose genitive
    is the doer of the object after the time)."""
    if c is None or lam_time(doc, c):
        return False
    key = doc.tokens[c.i].norm_key
    if c.prep != "ل" and not key.startswith("ل"):
        return False
    keys = (key, key[1:], "ال" + key[2:] if key.startswith("لل") else key[1:])
    return any(k in fw_keys("lam_object_stops") or k.removeprefix("ال") in fw_keys("lam_object_stops") for k in keys)


def occasion_complement(doc: Doc, c: Chunk, occasion: Chunk | None) -> bool:
    """Round ev416: whether ``c`` is the «لـ/إلى» complement of an occasion noun after «خلال/أثناء/لدى» («خلال
    زيارته للدوحة»): right after the occasion's chunk (past quotation marks and a bare «لـ»: «خلال حديث
    لـ«الشرق الأوسط»»), or right after a noun with a pronoun (a trigger, in no chunk) that such a word governs.
    Round ev457: the «إلى» may be written apart («خلال زيارته إلى الدوحة»), and a place with no preposition right
    after that noun is its object too («خلال زيارته الرياض»: the place visited, not the one met)."""
    lam = c.prep in ("ل", "الي", "إلى", "الى")
    if occasion is not None:
        gap = doc.tokens[occasion.j + 1 : c.i]
        return all(t.text in OPENING_QUOTES or t.norm_key == "ل" for t in gap) and (
            lam or any(t.norm_key == "ل" for t in gap))
    k = c.i - 1 if lam and c.i >= 1 and doc.tokens[c.i - 1].norm_key == c.prep else c.i  # «إلى» written apart
    if not (lam or c.prep is None and c.etype in PLACES) or k < 2:
        return False
    return bool(enclitic(doc.tokens[k - 1])) and doc.tokens[k - 2].norm_key in fw("circumstance_preps")


def _no_genitive(doc: Doc, prev: Chunk, c: Chunk) -> bool:
    """Round ev416: «واعتقلت قوات الأمن في المدينة ناشطين», «واتهمت شخصيات في طالبان أوساطا موالية»: a phrase
    with no article and no name («ناشطين», «أوساطا»; no time, no adverb) right after a «في» phrase that ends
    on a word with the article or on a name takes no genitive there (a definite noun is in construct with none, an
    adjective would agree with it): it is no part of the place but the verb's object. Only a phrase with no
    definite word in it or right after it (no construct with one)."""
    key = doc.tokens[c.i].norm_key
    if key in fw("adverbs") or key in fw("habit_adverbs"):
        return False  # («في بريطانيا عادة ما»: an adverb)
    if c.entity is not None or c.definite or in_time(doc, c) or any(
            _definite(doc.tokens[t].norm_key) for t in range(c.i, min(c.j + 2, len(doc.tokens)))) or (
            c.j + 1 < len(doc.tokens) and is_content(doc.tokens[c.j + 1])
            and bare(doc.tokens[c.j + 1].norm_key, "prepositions") not in fw("prepositions")
            and doc.tokens[c.j + 1].norm_key[:1] not in ("ب", "ل")):
        return False  # (a noun in construct with a definite word or a name, or with a word after it, may be the
        # place's apposition: «في دونيتسك معقل الانفصاليين», «في موسكو معالي وزير خارجية روسيا»)
    return prev.entity is not None or _definite(doc.tokens[prev.j].norm_key)


def _definite(key: str) -> bool:
    """A word with the article, or a preposition glued to it («بالمدينة»)."""
    return key.startswith("ال") or key[1:3] == "ال" and key[:1] in ("ب", "ل", "ك")


ON = nkey("على")
IMPOSED_WINDOW = 4  # words from a noun act of force to the «على» phrase of whom it is imposed on


def imposed_on(doc: Doc, chunks: list[Chunk], hit: Hit) -> Chunk | None:
    """«فرضت القوات حصارا خانقا على المدينة», «تفرض حصارا على المخيم»: the «على» phrase right after an indefinite
    accusative noun act of force (a light verb's object) whose frame takes no «على», past the noun's own
    adjectives only, is whom it is imposed on; not an adverb («على نطاق واسع»), a time, or the agent («على أيدي
    مسلحين», function words ``agent_preps``)."""
    trigger = doc.tokens[hit.j].text
    # (a definite noun past an adjective of its own: «والحصار الجائر على قطاع غزة»)
    described = bare_definite(trigger)[0] and not hit.cand.proclitics[-1:] == ("ل",)
    if not (bare_accusative(trigger) or bare_definite(trigger)[1] or described):
        return None  # («تعرضت الآلية للتفجير ... على طريق»: where it was, no one it was imposed on)
    agents = {nkey(p.split()[1]) for p in fw("agent_preps") if len(p.split()) == 2 and nkey(p.split()[0]) == ON}
    for c in (c for c in chunks if hit.j < c.i):
        if c.i - hit.j > IMPOSED_WINDOW:
            return None
        if c.prep == ON:
            bad = adverbial(doc, c) or in_time(doc, c) or c.number or doc.tokens[c.i].norm_key in agents
            plain = described and not (bare_accusative(trigger) or bare_definite(trigger)[1])
            # («واستمر الحصار على»: no adjective, no reading; «القتلى مدنيون كانوا على الارض»: past a verb, none)
            loose = plain and (c.i - hit.j < 3 or not all(any(d.i <= t <= d.j for d in chunks)
                                                         for t in range(hit.j + 1, c.i - 1)))
            return None if bad or loose else c
        if c.prep is not None or not agrees(doc, hit.j, c) or c.j > c.i:
            return None
    return None


