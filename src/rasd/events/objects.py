"""What an event acts on: the tests the object finder applies to the phrases after a trigger.

Whether a phrase after a noun trigger is its adjective or its genitive («بقصف عشوائي» against «قصف مواقع»);
prepositional phrases that are adverbs, not objects («على التوالي»), and the adverbials an object may come after;
the object of a preposition that is an event noun («احتجاجا على زيارة بوش») or a thing named («على ما وصفوه
بـ»); the object a targeting verb relays («غارات استهدفت ...»); and the referent of an object pronoun
(«استهدفت معاقلهم»).
"""

from __future__ import annotations

from functools import lru_cache

from ..doc import Doc, Token
from .chunks import (
    PLAIN_COMPLEMENTIZERS,
    Chunk,
    clause_stop,
    named_genitive,
    OBJECT_PRONOUNS,
    OPENING_QUOTES,
    content_text,
    enclitic,
    finite_verb,
    head_word,
    in_time,
    is_content,
    plain_chunk,
    verb_key,
)
from .acting import is_press
from .actors import actor_phrase, is_nisba, place_people, resolve_title
from .between_reach import dual_named_sides, far_between
from .forms import bare, fw, fw_keys, nkey
from .lexicon import Hit, masdar
from .named import feminine_name
from .thing_pronouns import far_relative, kin_owned, own_relative, subject_named, thing_between
from .word_tests import clause_break

def after_event_noun(doc: Doc, chunks: list[Chunk], c: Chunk, after: int, preps: frozenset[str]) -> bool:
    """«على زيارة بوش»: ``c`` is the genitive of an event noun (a trigger, in no chunk) right after a
    preposition of the frame: the object of the preposition is that event, and ``c`` who did it."""
    k = c.i - 1
    if c.coord or k - 1 <= after or not is_content(doc.tokens[k]) or any(d.i <= k <= d.j for d in chunks):
        return False
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
            return head_word(doc.tokens, rel)
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
    if best is None or own_relative(doc, hit.i, at.j if at is not None else i, sent_start):
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
    """Token ``k`` is a bare indefinite noun (no article, no pronoun, no name, no time, no verb, no function word):
    a verb with an object pronoun right after it opens the clause that describes it («أمر نفته»)."""
    tok = doc.tokens[k]
    if not is_content(tok) or finite_verb(tok) or enclitic(tok) or in_time(doc, tok):
        return False
    if len(tok.words) != 1 or any(m.start < tok.end and tok.start < m.end for m in doc.mentions):
        return False
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
    """«على التوالي», «على نطاق واسع», «على الأقل», «على الرغم من»: «على» and such a noun make an adverb."""
    return c.prep in ("على", "علي") and c.entity is None and doc.tokens[c.i].norm_key in fw("adverbial_objects")


def after_adverbials(doc: Doc, rest: list[Chunk]) -> Chunk | None:
    """The first chunk of ``rest`` past place and time adverbials («في جدة», «في جنوب لبنان», «أمس»); None where it
    opens with a word of cause: the verb has no object («قتلوا جراء الهجمات»)."""
    prev: Chunk | None = None
    for c in rest:
        if c.prep is None and doc.tokens[c.i].norm_key in fw("cause_prepositions"):
            return None
        # (round 132: a name takes no named genitive: «في رام الله الحكومة الإسرائيلية»; «في كلمة من مقره»: the
        # «من» phrase right after an unnamed «في» phrase is its own)
        in_place = c.prep == "في" or prev is not None and prev.prep == "في" and (
            c.prep is None and c.i == prev.j + 1 and (prev.entity is None or c.entity is None)
            or c.prep == "من" and prev.entity is None and c.entity is None and c.i <= prev.j + 2)
        if not in_place and not (c.prep is None and in_time(doc, c)):
            return c
        prev = c if c.prep == "في" or in_place and c.prep == "من" else prev
    return None


def bare_definite(text: str) -> tuple[bool, bool]:
    """(definite, indefinite accusative) of a word, its conjunction and preposition set aside: «واللقاء»,
    «للمفاوضات» are definite; «لقاءً», «ثلاثيًا» carry the accusative tanween."""
    k = verb_key(text)  # (its conjunction off)
    definite = k.startswith("ال") or (k.startswith("لل") and len(k) > 3) or (k[:1] in ("ب", "ك") and k[1:3] == "ال")
    return definite, text.endswith(("ً", "ًا", "اً", "ًى"))


def agrees(doc: Doc, trigger: int, nxt: Chunk, person_patient: bool = False) -> bool:
    """Is the unnamed phrase right after a noun trigger no genitive of it? A definite noun heads no genitive: the
    word after it is its adjective («اللقاء الأول», «المفاوضات المضنية») or starts another clause («استمرار الهجوم
    يشكل ضغطا»); an indefinite accusative is followed by its adjective in the same case («لقاءً ثلاثيًا»)."""
    if nxt.entity is not None or nxt.i != trigger + 1:
        return False
    toks = doc.tokens
    t_def, t_acc = bare_definite(toks[trigger].text)
    n_def, n_acc = bare_definite(toks[nxt.i].text)
    if t_def or (t_acc and n_acc) or (not n_def and _bare_accusative(toks[trigger].text)
                                      and _bare_accusative(toks[nxt.i].text)):
        return True  # (after a definite noun: its adjective, or a new clause «الهجوم يشكل»; «حصارا خانقا»)
    k = nxt.i + 1
    while k < len(toks) and toks[k].text in ("«", '"', "(", "“"):
        k += 1  # «بتعذيب معتقلي «خلية ...»»
    after = toks[k].text if k < len(toks) else ""
    return not t_def and not n_def and adjective_of(toks[trigger].text, toks[nxt.i].text, after, not person_patient)


def _bare_accusative(text: str) -> bool:
    """An indefinite accusative written without its tanween («حصارا», «خانقا»): a word of four letters or more in
    «ـا», no plural verb («نفذوا»); an indefinite accusative heads no genitive, so the same form after it agrees."""
    k = verb_key(text)
    return len(k) >= 4 and k.endswith("ا") and not k.endswith("وا") and not k.startswith("ال")


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
    if not (_bare_accusative(trigger) or bare_definite(trigger)[1] or described):
        return None  # («تعرضت الآلية للتفجير ... على طريق»: where it was, no one it was imposed on)
    agents = {nkey(p.split()[1]) for p in fw("agent_preps") if len(p.split()) == 2 and nkey(p.split()[0]) == ON}
    for c in (c for c in chunks if hit.j < c.i):
        if c.i - hit.j > IMPOSED_WINDOW:
            return None
        if c.prep == ON:
            bad = adverbial(doc, c) or in_time(doc, c) or c.number or doc.tokens[c.i].norm_key in agents
            plain = described and not (_bare_accusative(trigger) or bare_definite(trigger)[1])
            # («واستمر الحصار على»: no adjective, no reading; «القتلى مدنيون كانوا على الارض»: past a verb, none)
            loose = plain and (c.i - hit.j < 3 or not all(any(d.i <= t <= d.j for d in chunks)
                                                         for t in range(hit.j + 1, c.i - 1)))
            return None if bad or loose else c
        if c.prep is not None or not agrees(doc, hit.j, c) or c.j > c.i:
            return None
    return None


ADJ_SUFFIXES = ("تين", "تان", "ات", "ين", "ون", "ان", "ه", "ا")  # (folded: «ة» is «ه»)
NISBA_ENDINGS = ("يتين", "يتان", "يات", "يين", "يون", "يان", "يه", "يا", "ي")


@lru_cache(maxsize=65536)
def adjective_of(noun: str, word: str, after: str, nisba: bool = True) -> bool:
    """Is ``word`` the adjective of the indefinite ``noun`` before it, not its genitive («بقصف عشوائي», «هجوم
    إرهابي», «غارات مكثفة», «محادثات ثلاثية» against «قصف مواقع», «لقاء مسؤولي الحكومة»)? An adjective of the
    event adjectives' list, or a nisba («ـي/ـية») that is no noun in construct (no definite word after it: «مسؤولي
    الحكومة»), agreeing in gender: after a feminine or plural noun in «ـة/ـات» a feminine form, after a masculine
    noun no «ـة». ``nisba``: whether a nisba counts; after an act on persons («مقتل جندي», «اعتقال أمريكي») it
    names the victim, and only a listed adjective is one (function words ``event_adjectives``; those of
    ``act_adjectives``, «مسلح», also name people, and count only where a nisba does)."""
    n, w = nkey(noun), nkey(word)
    if len(w) < 3 or word.endswith("ى") and w not in fw("event_adjectives") or not content_text(word):
        return False  # («مستشفى» is a noun; «أخرى» is on the list)
    feminine = n.endswith(("ه", "ات"))
    if feminine != w.endswith(("ه", "ات", "تين", "تان")) and not w.endswith("ا"):
        return False
    if not feminine and w.endswith(("ين", "ون", "ان")):
        return False  # a singular noun takes no plural adjective: «مقتل جنديين» is a genitive
    stem = w
    for suf in ADJ_SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            stem = w[: -len(suf)]
            break
    if w in fw("event_adjectives") or stem in fw("event_adjectives"):
        return True
    if not nisba:
        return False
    if w in fw("act_adjectives") or stem in fw("act_adjectives"):
        return True  # «هجوم مسلح», «لهجمات مباغتة»: of an act, not of persons (where «مقتل مسلح» names the victim)
    construct = nkey(after).startswith("ال")
    if w.endswith("ي") and w.startswith("م") and len(w) >= 5:
        construct = True  # «معتقلي», «مسلحي», «مستوطني»: a sound plural in construct, not a nisba
    return len(w) >= 4 and w.endswith(NISBA_ENDINGS) and not construct and not w.startswith("و")


# round ev307: perfects of taking place or being held that describe a noun act right before them («مفاوضات جرت»)
HELD_VERBS = fw_keys("held_forms")


def describing_verb(doc: Doc, hit: Hit, nxt: Chunk) -> bool:
    """«محادثات تتم بين الطرفين», «عقد اجتماع يشمل»: a lone unnamed word right after an indefinite noun act with
    the shape of an imperfect verb («يـ», or «تـ» in four letters at most, not a nisba) opens a clause that
    describes the act: it is no genitive and no one who acts. Round 197: also where the phrase runs on past that
    word («جولة تستمر أسبوعا», «اجتماع يتم فيه»), and for the longer present of «استفعل/تفاعل» («تستمر», «تتضمن»)
    and a feminine past («اجتماعات استمرت»). Round ev307: a perfect of taking place (``HELD_VERBS``: «مفاوضات
    جرت», «اجتماع عقد»)."""
    toks = doc.tokens
    if nxt.entity is not None or nxt.i != hit.j + 1 or nxt.prep is not None or nxt.number:
        return False
    if verb_key(toks[hit.i].text).startswith("ال") or enclitic(toks[hit.j]) or in_time(doc, nxt):
        return False
    k = toks[nxt.i].norm_key
    if k in HELD_VERBS:
        return True  # round ev307: «مفاوضات جرت في جنيف», «اجتماع عقد على عجل»: a perfect of taking place
    if k[:1] == "ي" and (len(k) >= 4 or k == "يتم") and not is_nisba(toks[nxt.i].text):
        return True
    if k[:1] == "ت" and 3 <= len(k) <= 4 and not k.endswith(("ي", "ه")):
        return True
    return k.startswith("تست") and len(k) >= 5 or k.startswith("تت") and len(k) >= 5 and k[3] != "ي" or (
        len(toks[nxt.i].words) == 1 and finite_verb(toks[nxt.i]))


def lone_adjective(doc: Doc, hit: Hit, c: Chunk) -> bool:
    """«قصف صاروخي», «التصريحات الطائفية», «آلة تعذيب خشبية»: one unnamed word in «ـي/ـية» right after a noun,
    as definite as it (or after a quotation mark that closes it), is that noun's adjective, never a target. Not a
    country adjective, which may name the victim («مقتل أمريكي»)."""
    if c.entity is not None or c.i != c.j or c.prep is not None or c.coord or c.number or c.i == 0:
        return False
    text = doc.tokens[c.i].text
    k = nkey(text)
    stem = k.removeprefix("ال")
    if len(stem) < 4 or not stem.endswith(("ي", "يه")) or is_nisba(text) or stem.removesuffix("ه") in fw("actor_heads"):
        return False
    nxt = doc.tokens[c.i + 1] if c.i + 1 < len(doc.tokens) else None
    opening = nxt is not None and (nxt.text in ("«", "“") or (nxt.text == '"' and doc.text[nxt.start - 1].isspace()))
    if nxt is not None and any(m.start == nxt.start for m in doc.mentions):
        return False  # («مقاتلي حزب العمال الكردستاني»)
    if opening or (nxt is not None and is_content(nxt) and nxt.norm_key.startswith("ال")):
        return False  # «مقاتلي حزب العمال», «معتقلي «خلية القيروان»»: a plural in construct, no adjective
    t = c.i - 1
    while t > 0 and doc.tokens[t].text in ('"', "»", "”"):
        t -= 1
    prev = doc.tokens[t]
    if not is_content(prev):
        return False
    definite = prev.norm_key.startswith(("ال", "وال", "بال", "لل", "فال", "وبال", "ولل"))
    return definite == k.startswith("ال")

# acts whose nisba adjective names who did them («غارة إسرائيلية»); after a killing or an abduction it names the
# victim («مقتل أمريكي»)
NATIONAL_ACTS = frozenset(("airstrike", "airraid", "strike_mil", "shell", "attack", "storm", "bombing"))


def trigger_adjectives(doc: Doc, hit: Hit, b: int, mentions: dict[int, tuple[str, str, int, int]]) -> range:
    """The adjectives right after a noun trigger that agree with it («قصف جوي», «قصفا جويا», «قصف مكثف», «الهجوم
    الإرهابي»): part of the trigger's phrase, no argument of it (tokens up to ``b``). Not a country adjective,
    which names the actor («قصف إسرائيلي») or the victim («مقتل أمريكي»); after an act on persons only a listed
    adjective, no nisba («مقتل جندي»: the victim)."""
    toks = doc.tokens
    k = hit.j + 1
    if hit.entry.plover != "ASSAULT" or (hit.pos != "N" and not _masdar_slot(doc, hit)):
        return range(k, k)  # (an act of force: the adjective of a meeting or a visit may stand before its actor)
    noun = toks[hit.j].text
    n_def, n_acc = bare_definite(noun)
    if enclitic(toks[hit.j]):  # a noun with a possessive pronoun is definite: «وقصفه الجوي», «هجماتها الإرهابية»
        n_def, noun = True, next((w.form for w in toks[hit.j].words if w.kind == "stem"), noun)
    while k < b and k - hit.j <= 2 and k not in mentions and is_content(toks[k]) and not is_nisba(toks[k].text):
        w_def, w_acc = bare_definite(toks[k].text)
        if w_def != n_def or verb_key(toks[k].text) != toks[k].norm_key or (n_acc and not w_acc and not n_def):
            break
        if toks[k].norm_key.startswith(("لل", "بال", "كال")):
            break  # a preposition's phrase, no adjective: «قصفها للأحياء السكنية»  # («وجوي» is a coordinated phrase; «قصفا» takes «جويا», not «جوي»)
        after = toks[k + 1].text if k + 1 < len(toks) else ""
        if not adjective_of(noun, toks[k].text, "" if n_def else after, hit.entry.id in NATIONAL_ACTS):
            break
        k += 1
    return range(hit.j + 1, k)


def _masdar_slot(doc: Doc, hit: Hit) -> bool:
    """Whether a trigger of a verb's shape stands where only a noun can: after a preposition, a light verb or «إن»
    («في قصف جوي», «شن قصفا جويا», «إن قصفا مدفعيا»), or with «بـ/لـ» on it («لقصف مكثف»)."""
    if any(p in ("ب", "ل") for p in hit.cand.proclitics) or bare_definite(doc.tokens[hit.i].text)[1]:
        return True  # (a written accusative tanween is a noun's: «قصفًا جويًا»)
    tok = doc.tokens[hit.j]
    if enclitic(tok) and hit.j + 1 < len(doc.tokens) and doc.tokens[hit.j + 1].norm_key.startswith("ال"):
        stem = next((w.form for w in tok.words if w.kind == "stem"), tok.text)
        if adjective_of(stem, doc.tokens[hit.j + 1].text, ""):
            return True  # a definite adjective after it: «التحالف وقصفه الجوي» is his shelling, no «he shelled it»
    if hit.j + 2 < len(doc.tokens) and doc.tokens[hit.j + 1].norm_key in fw_keys("force_means_adjectives") \
            and not enclitic(tok) and adjective_of(tok.text, doc.tokens[hit.j + 1].text, doc.tokens[hit.j + 2].text):
        return True  # round 279: «وقصف جوي على مواقع», «قصف كثيف بالقذائف»: a means or manner adjective, no object
    if hit.i == 0:
        return False
    prev = verb_key(doc.tokens[hit.i - 1].text)
    if hit.i >= 2 and hit.cand.key.endswith("ا") and verb_key(doc.tokens[hit.i - 2].text) in fw("light_verbs"):
        return True  # the accusative past the light verb's subject: «شنت الطائرات قصفا جويا»
    return prev in fw("prepositions") or prev in fw("light_verbs") or prev in PLAIN_COMPLEMENTIZERS


BETWEEN = "بين"
GATHERING = frozenset(nkey(w) for w in ("جمع", "جمعت", "يجمع", "تجمع"))  # «لقاء جمع الطرفين»


SIDE_WINDOW = 20  # words from the first side to «من جهة» that closes it


def _other_side(doc: Doc, chunks: list[Chunk], first: Chunk, sent_end: int) -> Chunk | None:
    """«بين قوات الجيش والمقاومة الشعبية، من جهة، والميليشيات ...»: the side named after «من جهة» that closes
    the first one (of several conjuncts), or None where no «من جهة» is."""
    toks = doc.tokens
    for u in range(first.j + 1, min(sent_end - 1, first.j + SIDE_WINDOW)):
        if clause_break(toks[u].text):
            return None
        if toks[u].norm_key == "من" and toks[u + 1].norm_key == nkey("جهة"):
            return next((c for c in chunks if u + 1 < c.i <= u + 4 and c.coord and c.prep is None), None)
    return None


def _unsplit_and(doc: Doc, first: Chunk, c: Chunk) -> bool:
    """«بين القوات التركية ومتمردي تنظيم ...»: the unnamed phrase right after the first side after «بين», its word in
    «و» that the word layer left whole (five letters or more), is the second side: nothing else follows «بين X»
    there."""
    k = doc.tokens[c.i].norm_key
    return c.entity is None and c.prep is None and c.i == first.j + 1 and k.startswith("و") and len(k) >= 5


def between_sides(doc: Doc, chunks: list[Chunk], hit: Hit, sent_end: int) -> tuple[Chunk, Chunk] | None:
    """«اشتباكات بين القوات النظامية وقوات المعارضة», «محادثات بين الحكومة والمعارضة», «لقاء جمع الجهات الدائنة
    لأثينا والمسؤولين اليونانيين»: the two sides of a reciprocal noun act (its frame takes «مع») named after «بين»
    or a verb of bringing together right after it (past one adjective): the first side is the source, the one
    coordinated with it (past the first one's «لـ» phrase) the target. Not where a pronoun is the first side
    («بينها وبين ...»)."""
    if hit.pos != "N" or "مع" not in hit.entry.preps:
        return None
    toks = doc.tokens
    t = hit.j + 1
    if t + 1 < sent_end and toks[t + 1].norm_key in GATHERING | {BETWEEN} and not any(
            c.i <= t <= c.j and c.entity is not None for c in chunks):
        t += 1  # «اشتباكات عنيفة بين»
    elif t + 2 < sent_end and toks[t + 2].norm_key == BETWEEN and toks[t + 1].norm_key in fw("taking_place_verbs"):
        t += 2  # «مواجهات عنيفة دارت بين»: past its adjective, a verb of taking place
    if t + 1 < sent_end and toks[t + 1].norm_key == BETWEEN and toks[t].norm_key in fw("taking_place_verbs"):
        t += 1  # «اشتباكات دارت بين»
    if t < sent_end and toks[t].norm_key not in GATHERING | {BETWEEN} and hit.entry.code.startswith("04"):
        t = far_between(doc, hit.j, sent_end) or t  # round 223: «جولة مباحثات دبلوماسية بين»
    if t >= sent_end or toks[t].norm_key not in GATHERING | {BETWEEN}:
        return None
    q = t + 1
    while q < sent_end - 1 and toks[q].text in OPENING_QUOTES and toks[t].norm_key == BETWEEN:
        q += 1  # «بين «جبهة النصرة» ومقاتلين»: a quoted name
    first = next((c for c in chunks if c.i == q and c.prep in (None, BETWEEN)), None)
    if first is None and toks[t].norm_key != BETWEEN:
        whole = next((c for c in chunks if c.i == t < c.j and c.prep is None and c.entity is None), None)
        first = plain_chunk(toks, t + 1, whole.j, whole.end) if whole is not None else None  # («جمع الجهات»)
    if first is None or first.number:
        return None
    if (dual := dual_named_sides(doc, chunks, first, sent_end)) is not None:
        return dual  # round 277: «بين الرئيسين المصري فلان ونظيره اليمني فلان»
    if first.entity is None and toks[first.i].norm_key in fw("both_sides"):
        return None  # «بين الطرفين»: both in one word
    if first.entity is None and (in_time(doc, first) or toks[first.i].norm_key in fw("not_actors")):
        return None  # «مواجهات تدور بين الحين والآخر»: from time to time
    first = resolve_title(chunks, first, doc)  # «بين الرئيس الأمريكي باراك أوباما والملك سلمان»
    whole = named_genitive(doc, chunks, first)  # «بين وحدات شرق كردستان والجيش»: the name in its genitive is its own
    second = _other_side(doc, chunks, whole, sent_end)
    if second is None:
        second = next((c for c in chunks if whole.j < c.i <= whole.j + 4 and c.i < sent_end and c.prep != "ل"), None)
        if second is not None and any(c.coord and c.prep is None and second.j < c.i <= second.j + 2 and not any(
                t.text in ("،", ",") for t in toks[second.j + 1 : c.i]) for c in chunks):
            return None  # «بين العدالة والتنمية وحزب الشعب»: three conjuncts, the sides unknown
    if second is not None and not second.coord and _unsplit_and(doc, whole, second):
        second = Chunk(second.i, second.j, second.start, second.end, second.entity, second.etype, second.prep, True,
                       second.title, second.definite, second.number)
    if second is None or not second.coord or second.prep is not None or second.number or finite_verb(toks[second.i]):
        return None
    if first.entity is None and second.entity is None and first.i == first.j and second.i == second.j and not (
            actor_phrase(doc, first) or actor_phrase(doc, second)):
        return None  # «المواجهات بين الأمم والشعوب»: two common nouns, no party named
    named = resolve_title(chunks, second, doc)
    if named is not second:
        return first, named
    start = second.start + 1 if second.entity is None and doc.text[second.start] == "و" \
        and second.start == toks[second.i].start else second.start  # (not past a «و» the chunk left: «ووزراء»)
    return first, Chunk(second.i, second.j, start, second.end, second.entity, second.etype, None, True, second.title,
                        second.definite, second.number)  # (its «و» off)
