"""Readings of the phrases next to one trigger, for the argument finder (events.arguments): whether the genitive
of an accusation is the accused (and the one phrase before «بـ» after a verb of accusing), the armed genitive of a
strike after a word of cause struck, a pronoun on a coordinated noun act stands for the genitive before, a noun trigger
names the victims or a device, the phrase after a verb is its object (an accusative, a possessed phrase after «و»,
a relative clause's object), a killed thing is no victim, and a place follows «في» + a place word.
"""

from __future__ import annotations

from ..doc import Doc
from ..text.marks import QUOTE_MARKS
from .actors import acting_noun, actor_phrase, can_act, head_in, place_people, resolve_title
from .chunks import (KANA_PAST, OBJECT_PRONOUNS, RESUMPTIVE_WINDOW, Chunk, clause_stop, enclitic, first_after, in_time,
                     resumptive, verb_key)
from .forms import PLACES, bare, fw, fw_keys, nkey
from .lexicon import Hit, match_token
from .agents import pronoun_complementizer_before
from .named import ACCUSE
from .passive import vocalised_passive

PLACE_WORDS = fw_keys("place_words")


def place_word(key: str) -> bool:
    """«مدينة», «العاصمة»: a word key of ``place_words``, with or without its article."""
    return key in PLACE_WORDS or key.removeprefix("ال") in PLACE_WORDS


def in_place_word(doc: Doc, chunks: list[Chunk], k: int) -> bool:
    """«في محافظة دير الزور»: the place name follows «في» + a place word (its own chunk)."""
    if k == 0:
        return False
    p = chunks[k - 1]
    return p.prep == "في" and p.entity is None and p.i == p.j == chunks[k].i - 1 and nkey(
        doc.tokens[p.i].text) in PLACE_WORDS  # fmt: skip


VICTIM_NOUNS = fw_keys("victim_nouns")


DEVICE_ADJECTIVES = fw_keys("device_adjectives")


def device_noun(hit: Hit) -> bool:
    """A noun trigger that is the adjective of a device («سيارة مفخخة», «عبوة ناسفة»): the phrase before it is the
    device or the clause the blast hangs on («جرح الوزير في تفجير سيارة مفخخة»), not its agent."""
    return hit.pos == "N" and hit.cand.key in DEVICE_ADJECTIVES


def victims_noun(hit: Hit) -> bool:
    """A noun trigger naming the victims («الجرحى», «قتلى»), not the act."""
    return hit.pos == "N" and hit.cand.key.removeprefix("ال") in VICTIM_NOUNS




CONJUNCT_AGENTS = 2  # co-agents in «و» passed after the genitive agent
PREP_PRONOUNS = ("ه", "ها", "هم", "هما")  # the pronouns on a frame's preposition («عليها», «بهم»)


def _coordinated_actor(doc: Doc, c: Chunk) -> bool:
    """Whether the unnamed phrase ``c`` in «و» is headed by a noun of actors («وقوات الرئيس», «ورجال المقاومة»)."""
    key = doc.tokens[c.i].norm_key.removeprefix("و")
    stem = key.removeprefix("ال")
    return any(stem in fw(n) or key in fw(n) for n in ("actor_heads", "armed_heads", "ground_units"))


def genitive_agent(doc: Doc, chunks: list[Chunk], hit: Hit, nxt: Chunk) -> bool:
    """«منذ سيطرة القوات الحكومية على عدن»: the genitive right after a noun act of force whose frame names no
    genitive role but takes a preposition (``prep:``), with that preposition's phrase right after it, is the act's
    agent: a name or a phrase of actors, no place; round ev311: a name in quote marks too («منذ سيطرة «داعش» على
    درنة»). (Of a demand, «مطالبة الحزب بالمغادرة», it is whom one asks; after
    a pronoun, «ومطالبتها الحكومة», the object.)"""
    if hit.entry.plover not in ("ASSAULT", "COERCE") or hit.entry.gen is not None or not hit.entry.preps:
        return False
    quoted = nxt.i == hit.j + 2 and doc.tokens[hit.j + 1].text in QUOTE_MARKS and nxt.entity is not None
    if hit.cand.enclitic or not (nxt.i == hit.j + 1 or quoted) or nxt.prep is not None:
        return False  # (round ev311: a name in quote marks too, «منذ سيطرة «داعش» على درنة»)
    if nxt.number or nxt.etype in PLACES or not (nxt.entity is not None or actor_phrase(doc, nxt)) or not can_act(
            doc, nxt):
        return False
    if nxt.entity is None and nxt.title:
        nxt = resolve_title(chunks, nxt, doc)  # round 106: «سيطرة الرئيس السابق فلان على»: past the name
    after = next((c for c in chunks if c.i > nxt.j), None)  # (a free preposition is a word of its own)
    if after is not None and after.prep == "في" and after.etype in PLACES and after.i <= nxt.j + 2:
        # «سيطرة المقاومة في تعز على المديرية»: past where the agent is
        nxt, after = after, next((c for c in chunks if c.i > after.j), None)
    for _ in range(CONJUNCT_AGENTS):
        if after is None or not after.coord or after.prep is not None or after.i > nxt.j + 1 or after.number or \
                after.etype in PLACES or not (after.entity is not None or _coordinated_actor(doc, after)):
            break
        # round ev311: «فسيطرة ميليشيات الحوثي وقوات صالح على صنعاء»: past a co-agent in «و» (the first acts);
        # round an401: a co-agent's title stands for the name after it («والرئيس المخلوع علي عبد الله صالح على»)
        nxt = resolve_title(chunks, after, doc) if after.entity is None and after.title else after
        after = next((c for c in chunks if c.i > nxt.j), None)
    k = nxt.j + 1 + (quoted and nxt.j + 1 < len(doc.tokens) and doc.tokens[nxt.j + 1].text in QUOTE_MARKS)
    if k < len(doc.tokens) and doc.tokens[k].norm_key in {p + s for p in hit.entry.preps for s in PREP_PRONOUNS}:
        return True  # round ev311: «منذ سيطرة الحوثيين عليها»: the preposition with a pronoun, the object
    return after is not None and after.i <= nxt.j + 2 + quoted and after.prep is not None and after.prep in hit.entry.preps


def cause_agent(doc: Doc, hit: Hit, nxt: Chunk) -> bool:
    """«جراء قصف طائرات النظام», «بسبب استهداف الميليشيات الحوثية»: after a word of cause (function words
    ``cause_words``) the genitive of a noun act of force headed by an armed group, a unit or a weapon (``armed_heads``,
    ``ground_units``, ``weapon_agents``) is who struck: the harm told is its result, and its victims are said
    elsewhere. A craft in the genitive (``craft_agents``) strikes after any word («في قصف طائرات الجيش»: the planes
    bombed; an armed group there may be the one struck, «قصف مواقع المسلحين»; shells are fired, «إطلاق قذائف»)."""
    if hit.entry.plover != "ASSAULT" or hit.cand.enclitic or hit.i == 0:
        return False  # (after a word of cause a masdar, even where its form reads as a verb: «جراء قصف»)
    if nxt.i != hit.j + 1 or nxt.prep is not None or nxt.number:
        return False
    # (round 233: or read as a verb right after a preposition, a masdar there: «العالقين في قصف طائرات ... التركية»)
    if (hit.pos == "N" or doc.tokens[hit.i - 1].norm_key in fw("prepositions")) and head_in(doc, nxt, "craft_agents"):
        # (not before a «لـ» object: «استهداف الطيران لقرى» is read with its object where the genitive is read)
        return not any(tok.norm_key.startswith("ل") for tok in doc.tokens[nxt.i + 1 : nxt.j + 2])
    return doc.tokens[hit.i - 1].norm_key in fw("cause_words") and any(
        head_in(doc, nxt, words) for words in ("armed_heads", "ground_units", "weapon_agents"))


def cause_striker(doc: Doc, chunks: list[Chunk], hit: Hit) -> Chunk | None:
    """The phrase of ``cause_agent`` after a trigger read as a verb («جراء قصف الميليشيات»: a masdar there), or None."""
    nxt = first_after(chunks, hit.j, 1) if hit.pos == "V" else None
    return nxt if nxt is not None and cause_agent(doc, hit, nxt) else None


def means_noun(hit: Hit, hits: list[Hit]) -> bool:
    """«بإطلاق النار»: a noun act governed by «بـ», or a noun trigger right after one, tells how an act was done."""
    return hit.pos == "N" and ("ب" in hit.cand.proclitics or any(
        h.j + 1 == hit.i and h.pos == "N" and "ب" in h.cand.proclitics for h in hits))


def accused(doc: Doc, chunks: list[Chunk], hit: Hit, gen: Chunk) -> bool:
    """«باتهام الكويت بسرقة حقل نفطي», «لاتهام أنقرة بدعم داعش»: the genitive of an accusation noun with the «بـ»
    phrase of what it is accused of right after it is the accused, not the accuser («اتهام الحكومة أمس أسبانيا
    بانتهاك»: the accused follows the accuser); so is a count of people in the genitive («اتهام 40 متشددا»)."""
    if hit.entry.code != ACCUSE or gen.i != hit.j + 1 or gen.j + 1 >= len(doc.tokens):
        return False
    if doc.tokens[gen.j + 1].text.startswith("بأن"):
        return False  # «اتهامات المعارضة للحكومة بأنها استخدمت»: what the accuser says
    if gen.number and gen.j > gen.i:
        return True  # «قضية اتهام 40 متشددا»: a count of people is accused, no one counted accuses
    nxt = next((c for c in chunks if c.i > gen.j), None)
    if nxt is not None and nxt.i == gen.j + 1 and nxt.prep == "ب":
        return True
    words = doc.tokens[gen.j + 1].words  # (the act accused of may be a trigger itself, no chunk: «بدعم»)
    return len(words) > 1 and words[0].kind == "proclitic" and words[0].norm == "ب"


def accused_alone(doc: Doc, chunks: list[Chunk], hit: Hit) -> Chunk | None:
    """«ويتهم مرسي ومن معه باختلاس», «واتهم الوزير بالفساد»: a singular verb of accusing with one phrase after it
    and then the «بـ» phrase of what is alleged: that phrase is the accused (a passive, or a subject said before),
    never the accuser (who would need an object of his own: «اتهم الوزير الحكومة بـ»). Not with a pronoun object
    («واتهمها»), nor a phrase that may run two definite nouns together («التقرير المسؤولين»)."""
    toks = doc.tokens
    if hit.pos != "V" or hit.entry.code != ACCUSE or enclitic(toks[hit.j]) in OBJECT_PRONOUNS:
        return None
    if hit.cand.key.endswith(("وا", "ون", "ان", "ين")):
        return None  # «يتهمون الحكومة»: the subject is in the verb
    first = next((c for c in chunks if c.i > hit.j), None)
    if first is None or first.i != hit.j + 1 or first.prep is not None or first.number or first.coord:
        return None
    name = resolve_title(chunks, first, doc) if first.entity is None and first.title else first
    definite = [t for t in range(name.i, name.j + 1) if toks[t].norm_key.startswith("ال")]
    if name.entity is None and len(definite) > 1:
        return None
    end = max(name.j, first.j)
    rest = [c for c in chunks if c.i > end]
    while rest and rest[0].coord and rest[0].prep is None and rest[0].i == end + 1:
        end, rest = rest[0].j, rest[1:]  # «الكواري والكعبي»
    while end + 1 < len(toks) and toks[end + 1].norm_key in fw("with_him"):
        end += 1  # «ومن معه»
    if end + 1 >= len(toks) or toks[end + 1].text.startswith(("بأن", "بان")):
        return None
    nxt = next((c for c in chunks if c.i > end), None)
    words = toks[end + 1].words  # (the act may be a trigger itself, no chunk: «بدعم»)
    if nxt is not None and nxt.i == end + 1 and nxt.prep == "ب":
        return name
    return name if len(words) > 1 and words[0].kind == "proclitic" and words[0].norm == "ب" else None


def passive_present(doc: Doc, hit: Hit) -> bool:
    """«ويتهم مرسي باختلاس»: a verb of accusing in the present with its accused right after it reads as a passive
    (a court's charge: «يُتهم»), or is written so; the past («واتهم الحكومة بـ») may drop a subject said before."""
    return vocalised_passive(doc, hit) or verb_key(doc.tokens[hit.i].text).startswith(("يتهم", "تتهم"))


def coordinated_owner(doc: Doc, chunks: list[Chunk], hit: Hit) -> Chunk | None:
    """«إدانة السعودية واستنكارها للجريمة»: the pronoun on a noun act coordinated right after the genitive of
    another (its agent, named) stands for that genitive."""
    if enclitic(doc.tokens[hit.j]) not in OBJECT_PRONOUNS or doc.tokens[hit.i].norm_key[:1] != "و":
        return None
    c = next((c for c in chunks if c.j == hit.i - 1), None)
    if c is None or c.prep is not None or c.entity is None or not acting_noun(doc, c) or c.i == 0:
        return None
    before = match_token(doc.tokens, c.i - 1)
    return c if before is not None and before.pos == "N" and before.entry.gen == "actor" else None


SINGULAR_OWNERS = frozenset(("ه", "ها"))


def owner_before_and(doc: Doc, chunks: list[Chunk], hit: Hit) -> Chunk | None:
    """«ضعيفة أمام التحالف وقصفه الجوي»: the pronoun on a noun act of force coordinated by «و» right after a phrase
    that can act (a name, or a noun of people or of an armed body) stands for that phrase, whatever governs it."""
    if enclitic(doc.tokens[hit.j]) not in SINGULAR_OWNERS or doc.tokens[hit.i].norm_key[:1] != "و":
        return None
    c = next((c for c in chunks if c.j == hit.i - 1), None)
    if c is None or c.number or c.prep == "ل" or not can_act(doc, c):
        return None  # («إعلان ولائها للحوثيين وسيطرتها»: the «لـ» complement of another noun)
    return c if c.entity is not None or actor_phrase(doc, c) else None


KILLING = frozenset(("kill", "assassinate"))


def killed_thing(doc: Doc, c: Chunk) -> bool:
    """An unnamed phrase whose head is a thing (weapons, vehicles, buildings: function words ``killed_things``)."""
    if c.entity is not None:
        return False
    return head_in(doc, c, "killed_things")


def pronoun_subject(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """«أكد أنه اعتقل الناشط فلان», «قالت الشرطة إنها اعتقلت»: the pronoun on «أن/إن» right before the verb is
    its subject (the speaker, found after), so the phrase after the verb is its object."""
    return hit.i > sent_start and pronoun_complementizer_before(doc, hit.i, sent_start)  # (ev291: «إنها لم تقصف»)


def accusative_head(doc: Doc, c: Chunk) -> bool:
    """«أدانت شخصا آخر», «اعتقلت مدنيا»: an unnamed indefinite phrase whose head is written in the accusative
    «ـا» (not a broken plural in «ـايا», «ضحايا») is the object of the verb before it, not its subject."""
    if c.entity is not None or c.number or c.prep is not None or in_time(doc, c) or enclitic(doc.tokens[c.i]):
        return False  # («وقتل حينها 14 ضابطا»: a time)
    k = doc.tokens[c.i].norm_key
    return (len(k) >= 4 and doc.tokens[c.i].text.rstrip("\u064b").endswith("ا")  # (not «أعضاء»)
            and not k.endswith(("ايا", "وا", "ها", "نا")) and not k.startswith(("ال", "وال")))


def possessed_after_and(doc: Doc, hit: Hit, nxt: Chunk, sent_start: int) -> bool:
    """«اقتحمت قوات الأمن مقر الجماعة واعتقلت قادتها»: right after a transitive verb coordinated with «و/ف» to a
    clause before it, an unnamed phrase of one word with a possessive pronoun of the third person (its owner named
    before) is the verb's object; the subject is the one of the verb before, carried."""
    toks = doc.tokens
    if nxt.entity is not None or nxt.i != nxt.j or nxt.i != hit.j + 1 or nxt.prep is not None or nxt.coord:
        return False
    if hit.i <= sent_start or toks[hit.i].norm_key[:1] not in ("و", "ف") or not hit.cand.proclitics:
        return False
    return enclitic(toks[nxt.i]) in OBJECT_PRONOUNS


def relative_object(doc: Doc, hit: Hit, nxt: Chunk, sent_start: int, sent_end: int) -> bool:
    """«الغارة الجوية التي استهدفت مقر تنظيم داعش»: a transitive verb right after a relative, with an unnamed phrase
    right after it, is active; its subject is the antecedent and the phrase after it its object, neither its
    subject nor a passive's patient. Not where a pronoun of the antecedent is on the verb or near after it: the
    antecedent is then the object, the phrase after the subject («التي استهدفها طيران التحالف», «الذين ترفض
    عائلاتهم عملهم», «التي يهدد صدام حسين باستهدافها»)."""
    toks = doc.tokens
    if hit.cand.enclitic in OBJECT_PRONOUNS or toks[hit.i].norm_key.endswith("ه"):
        return False  # «والذي تحتجزه جماعة»
    if (hit.i - 1 < sent_start or nxt.i != hit.j + 1 or nxt.entity is not None or nxt.title
            or bare(toks[hit.i - 1].norm_key, "relatives") not in fw("relatives")):
        return False
    return not resumptive(doc, hit.i, min(sent_end, nxt.j + 1 + RESUMPTIVE_WINDOW))


# the pronoun that resumes each relative's antecedent on a word of its clause («الذي ... علاقاته»)
RESUMING = tuple((nkey(r), p) for r, p in (("الذي", "ه"), ("التي", "ها"), ("الذين", "هم"), ("اللذان", "هما"),
                                           ("اللتان", "هما"), ("اللذين", "هما"), ("اللتين", "هما")))


def resumed_antecedent(doc: Doc, chunks: list[Chunk], hit: Hit, sent_start: int) -> tuple[Chunk, Chunk] | None:
    """«الملا فلان الذي ينتقد بعض المتمردين علاقاته»: a verb right after a relative, with no pronoun of its own, a
    phrase of people or a body after it (VSO, past a quantifier word) and right after that a possessed noun whose
    pronoun agrees with the relative: the phrase is the verb's subject and the antecedent, which the pronoun
    resumes, its object, as (subject, antecedent); the antecedent the people of a place where it names one («أكراد
    سوريا»)."""
    toks = doc.tokens
    if hit.pos != "V" or hit.i - 2 < sent_start or enclitic(toks[hit.i]) in OBJECT_PRONOUNS:
        return None
    pron = dict(RESUMING).get(toks[hit.i - 1].norm_key)
    ante = next((c for c in chunks if c.j == hit.i - 2), None)
    subj = first_after(chunks, hit.j, 2)
    if pron is None or ante is None or subj is None or subj.prep is not None or subj.number or in_time(doc, subj) \
            or not actor_phrase(doc, subj) or not can_act(doc, subj) \
            or any(clause_stop(t.text) or enclitic(t) for t in toks[hit.j + 1 : subj.i]):
        return None  # (only a quantifier between: «التي تعلن فيها تركيا نيتها» is where she tells hers)
    obj = next((c for c in chunks if c.i == subj.j + 1), None)
    if obj is None or obj.prep is not None or obj.entity is not None or enclitic(toks[obj.i]) != pron:
        return None
    return subj, place_people(doc, chunks, ante) or ante


RELATIVE_REACH = 12  # tokens back from a verb to the relative whose clause ends right before it
KANA_REACH = 4  # tokens before the antecedent where its «كان» stands («وكان وزير الخارجية جون كيري الذي»)


def relative_antecedent(doc: Doc, chunks: list[Chunk], hit: Hit, sent_start: int) -> Chunk | None:
    """«أن الجيش الذي دخل المدينة أمس اعتقل عشرات المسلحين», «وكان كيري الذي قال إن الاتفاق جيد قد انتقد إيران»: a
    perfect verb with no conjunction or object pronoun on it, after a relative clause of two words or more on the
    phrase before the relative, has that phrase as its subject, not a phrase of the clause nor one after it. Where the
    clause holds a complementizer the verb may be in what it says («الذي قال إن القوات قصفت»): only «كان» before the
    antecedent and «قد» right before the verb mark it the main one. Not where a preposition governs the antecedent
    («في الوقت الذي»), nor past a subordinator («كلما»)."""
    toks = doc.tokens
    # round ev391: an imperfect in «يـ», or one in «سـ» («نتنياهو الذي يعارض الاتفاق سيلقي كلمة»), too
    if hit.cand.proclitics not in ((), ("س",)) or hit.cand.enclitic in OBJECT_PRONOUNS or verb_key(
            toks[hit.i].text)[:1] == "ن":
        return None
    if hit.i > sent_start and _opener(toks[hit.i - 1].norm_key.lstrip("وف")):
        return None  # «جراء قصف», «كلما دعت», «ومن تخرجوا»: a masdar or another clause's verb
    said = False
    rel: int | None = None
    for t in range(hit.i - 1, max(sent_start, hit.i - RELATIVE_REACH) - 1, -1):
        k = toks[t].norm_key
        if clause_stop(toks[t].text) or k.lstrip("وف") in fw("subordinators"):
            return None
        if k in fw("relatives"):
            rel = t
            break
        said = said or k in fw("complementizers")
    if rel is None or hit.i - rel < 3 or rel <= sent_start:
        return None
    ante = next((c for c in chunks if c.j == rel - 1), None)
    if ante is None or ante.prep is not None or ante.number:
        return None
    kana = any(verb_key(toks[t].text) in KANA_PAST for t in range(max(sent_start, ante.i - KANA_REACH), ante.i))
    if said and (toks[hit.i - 1].norm_key != "قد" or not kana):
        return None  # only «وكان فلان الذي قال إن ... قد انتقد»: the pluperfect's «كان ... قد» frame the main verb
    return ante


def _opener(key: str) -> bool:
    """A word after which a verb form is a masdar or opens a clause of its own: a preposition, a cause head
    («جراء»), a subordinator («كلما»)."""
    return key in fw("prepositions") or key in fw("cause_heads") or key in fw("subordinators")


AMONG = fw_keys("among_pronouns")


def listed_masdar(doc: Doc, chunks: list[Chunk], hit: Hit) -> bool:
    """«بمشاعر الاشتياق والعناد ورفض الحاضر»: a word of a verb's shape in «و» right after the coordinated noun of a
    list a preposition governs is one more masdar of that list, no verb: no subject, its genitive is its object. So
    is one right after «من بينها» («عدة اتهامات من بينها قتل لاعب»)."""
    if hit.pos != "V" or hit.i < 2:
        return False
    if doc.tokens[hit.i - 1].norm_key in AMONG and doc.tokens[hit.i - 2].norm_key == "من":
        return True
    if not doc.tokens[hit.i].norm_key.startswith("و"):
        return False
    prev = next((c for c in chunks if c.j == hit.i - 1), None)
    if prev is None or prev.entity is None and not prev.definite or prev.entity is not None or prev.prep is not None:
        return False
    if not (prev.coord or doc.tokens[prev.i].norm_key.startswith("وال")):
        return False
    head = next((c for c in chunks if c.j == prev.i - 1), None)
    return head is not None and head.prep is not None and head.entity is None


def people_before_lam(doc: Doc, chunks: list[Chunk], c: Chunk) -> bool:
    """«انتقاد المرشحين الجمهوريين لإدارة أوباما»: a definite sound plural of people (``actor_phrase``) in the genitive
    of a statement or criticism noun, with the «لـ» phrase of whom it is about right after it, is who says it."""
    k = doc.tokens[c.i].norm_key
    if c.entity is not None or c.prep is not None or not k.startswith("ال") or not k.endswith(("ون", "ين")):
        return False
    after = next((d for d in chunks if d.i > c.j), None)
    plural = actor_phrase(doc, c) or (len(k) >= 8 and k.removeprefix("ال") not in fw("according_not_speakers"))
    return plural and after is not None and after.i == c.j + 1 and after.prep == "ل"


DESCRIBED_REACH = 5  # tokens from the «بـ» phrase of a verb of describing to the verb that describes it


def described_antecedent(doc: Doc, chunks: list[Chunk], hit: Hit, sent_start: int) -> Chunk | None:
    """«تنظيم "داعش" الذي وصفه بتنظيم غير إسلامي يهدد الأقليات»: a verb right after the «بـ» phrase of a verb of
    describing (function words ``describing_verbs``) whose object pronoun stands for a relative's antecedent says
    what that antecedent does: the antecedent (past quotation marks) is its subject; else None."""
    toks = doc.tokens
    if hit.pos != "V" or hit.cand.proclitics:
        return None
    for t in range(hit.i - 1, max(sent_start + 2, hit.i - DESCRIBED_REACH) - 1, -1):
        words = toks[t].words
        if not (len(words) > 1 and words[0].kind == "proclitic" and words[0].norm == "ب"):
            continue
        verb = toks[t - 1]
        stem = next((w.norm for w in verb.words if w.kind == "stem"), "")
        if stem not in fw("describing_verbs") or enclitic(verb) not in OBJECT_PRONOUNS:
            return None
        if toks[t - 2].norm_key not in fw("relatives"):
            return None
        ante = next((c for c in reversed(chunks) if c.j < t - 2), None)
        if ante is None or ante.prep is not None and ante.entity is None or ante.number or any(
                toks[u].text not in QUOTE_MARKS for u in range(ante.j + 1, t - 2)):
            return None
        return ante if can_act(doc, ante) else None
    return None
