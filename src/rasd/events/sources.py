"""Who acts in one trigger's frame, for the argument finder (events.arguments): ``noun_source`` reads the source
of a noun trigger (its genitive, an agent phrase, the subject of a light verb, a relative light verb after it, the
subject before it), ``verb_source`` that of a verb trigger by word order (SVO, VSO, a relative's antecedent, the
subject of the clause) or reads the verb as passive and names its patient. Each also says where the object search
starts. ``Args`` holds what the finder gives for a trigger.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..doc import Doc, Mention, mention_start
from .agreement import disagrees, thing_before_plural
from .actors import (
    abstract_head,
    acting_noun,
    actor_phrase,
    agent,
    doing_it,
    expand_targets,
    governed,
    is_nisba,
    owner,
    person_after,
    phrase_after,
    place_head,
    relative_verb,
    resolve_title,
    surname_person,
    visitor,
)
from .chunks import (
    Chunk,
    OBJECT_PRONOUNS,
    OPENING_QUOTES,
    breaks_between,
    enclitic,
    first_after,
    in_time,
    plain_chunk,
    reflexive,
    verb_key,
)
from .light_subjects import light_verb_subject
from .forms import PLACES, fw, nkey
from .lexicon import Entry, Hit
from .objects import (
    NATIONAL_ACTS,
    agrees,
    between_sides,
    describing_verb,
    lone_object,
)
from .passive import after_tamm, relative_passive, vocalised_passive, weapon_agent
from .phrases import (
    adjective_closes,
    masculine_head,
    meeting_venue,
    no_vso_subject,
)
from .parties import before_adverbs
from .readings import (
    accusative_head,
    accused,
    cause_agent,
    coordinated_owner,
    device_noun,
    genitive_agent,
    people_before_lam,
    owner_before_and,
    possessed_after_and,
    pronoun_subject,
    relative_antecedent,
    described_antecedent,
    relative_object,
    resumed_antecedent,
    victims_noun,
)
from .attributed import coordinated_aspect
from .dead_sources import the_dead
from .kind_genitives import kind_genitive, traveller_genitive
from .carried_parties import apart_after_time, issuer_genitive, masdar_between
from .agents import able_agent, doer, doing_masdar, home_state, opener_subject, persuaded_agent, persuading, responsible
from .apposed_inserts import past_apposition
from .repelled import CONFLICT_CODES, pointed_back, repelled
from .relayed import relayed
from .relative_places import relative_place
from .sisters import sister_object
from .subject_stops import report_subject, someone_subject
from .time_apart import measured_from
from .time_subjects import subject_past_time
from .subjects import after_aspect, own_act_subject, clause_subject, manner_subject, nominal_agent, subject_before
from .vso import (
    APPROXIMATORS,
    armed_vso_object,
    describes,
    feminine_oblique_object,
    governed_first,
    jurih,
    lone_vso_phrase,
    no_object,
    oblique_object,
    pair_count,
    passive_pair,
)

VISIT = "042"  # CAMEO: make a visit
TIME_PREPS = frozenset(("قبل", "بعد", "منذ"))  # round 181: «قبل أيام», «بعد ساعات»: a time phrase, no object


@dataclass(slots=True)
class Args:
    source: Chunk | None = None
    targets: list[Chunk] | None = None
    location: Chunk | None = None
    passive: bool = False  # read as a passive with no actor named: no subject is carried from before
    described: bool = False  # the verb describes the noun before it, its unnamed subject: none is carried either
    venue: bool = False  # the location is a meeting's place said with «بـ» or in construct («اجتماع جنيف»)
    doer: bool = False  # the source is the subject of a light verb right before a noun act («قامت دبابة بقصف»), or
    # an unrecognised name past a time phrase (round 181: «أعلن قبل أيام فلان، مستشار»): kept where a repeat joins
    speaker: bool = False  # a 1st person singular verb («التقيتُ»): its subject is the quote's speaker, or none
    guessed: bool = False  # passive read from word order alone («وقصفت مواقع التنظيم»): the subject of the clause
    # before may still be meant (stage: carry.prior_subject)


HARM_AND_PROTEST = ("ASSAULT", "PROTEST")
FORCE_DOER = frozenset(("ASSAULT", "PROTEST", "COERCE"))  # round 249: «قامت الشرطة باعتقال»: arrests too
EXECUTION = "execute"  # round 245b: an execution (175 since round 245) has the doer of «قام بـ», «نفذ» as an attack does


def _light_doer(e: Entry) -> bool:
    """Whether the light verbs' doer («قام التنظيم بإعدام», «نفذ ... هجوما») is read for the act of entry ``e``."""
    return e.plover == "ASSAULT" or e.id == EXECUTION


def _willed(doc: Doc, chunks: list[Chunk], i: int, sent_start: int) -> bool:
    """Is token ``i`` right after a verb of will, refusal or attempt (``aspect_verbs``, ``refusing_verbs``), or after
    its subject right after one? The masdar there is that verb's object."""
    words = fw("aspect_verbs") | fw("refusing_verbs")
    if i - 1 < sent_start:
        return False
    if verb_key(doc.tokens[i - 1].text) in words:
        return True
    c = next((c for c in chunks if c.j == i - 1), None)
    return c is not None and c.prep is None and c.i - 1 >= sent_start and verb_key(doc.tokens[c.i - 1].text) in words


def _no_construct(doc: Doc, hit: Hit, nxt: Chunk) -> bool:
    """A noun trigger with the article («اللقاء») is in construct with nothing and takes no indefinite adjective: an
    unnamed indefinite phrase right after it («تحيات وتقدير») is neither its genitive nor its adjective. (A title there,
    «في الاجتماع وزير النفط فلان», names one who takes part, whatever its syntax.)"""
    if nxt.entity is not None or nxt.prep is not None or nxt.number or nxt.title or nxt.i != hit.j + 1:
        return False
    if not ("ال" in hit.cand.proclitics or hit.cand.key.startswith("ال")) or enclitic(doc.tokens[hit.j]):
        return False
    k = doc.tokens[nxt.i].norm_key
    return not (k.startswith("ال") or k[1:3] == "ال") and any(ch.isalpha() for ch in doc.tokens[nxt.i].text)


def _masdar_word(doc: Doc, t: int) -> bool:
    """Token ``t`` is a noun governed by «بـ/لـ» («بدعم», «لتقديم»): the second word of a verb-and-masdar trigger."""
    words = doc.tokens[t].words
    return len(words) > 1 and words[0].kind == "proclitic" and words[0].norm in ("ب", "ل")


def _listed(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """«...، وتوصيات الهيئة المتعلقة بأطروحات فلان، واللقاءات مع»: a definite noun in «و» right after a comma is a
    conjunct of a list; the phrase before the comma ends another conjunct, it is no subject of this one."""
    return hit.i - 1 > sent_start and doc.tokens[hit.i - 1].text in ("،", ",") and \
        doc.tokens[hit.i].norm_key.startswith("وال")


def _case_matter(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Round 92: «قررت المحكمة تأجيل الحكم في قضية اتهام 68 شخصا»: a noun act in the genitive of a case word (function
    words ``case_words``) is the matter of the case; the subject of the clause handles it, it did not do it."""
    return hit.i - 1 >= sent_start and doc.tokens[hit.i - 1].norm_key.removeprefix("و") in fw("case_words")


def noun_source(doc: Doc, hit: Hit, chunks: list[Chunk], sent_start: int, sent_end: int,
                args: Args) -> tuple[Chunk | None, int]:
    """The source of a noun trigger (its genitive, an agent phrase, a light verb's subject, the subject before it)
    and where its object search starts (``obj_from``); the targets, location and flags it reads on the way are set
    on ``args``."""
    e = hit.entry
    source: Chunk | None = None
    obj_from = hit.j
    nxt = first_after(chunks, hit.j, 1)
    if nxt is None and hit.j + 1 < sent_end and doc.tokens[hit.j + 1].text in OPENING_QUOTES:
        quoted = first_after(chunks, hit.j + 1, 1)  # «هجمات «القاعدة» على أميركا»: a quoted name
        nxt = quoted if quoted is not None and quoted.entity is not None and quoted.prep is None else None
    if nxt is not None and nxt.entity is None and relative_verb(doc.tokens[nxt.i].text):
        nxt = None  # «هجوم شنته الجبهة»: a relative clause, no genitive (its subject is found below)
    if nxt is not None and describing_verb(doc, hit, nxt):
        nxt = None  # «محادثات تتم بين الطرفين», «اجتماع يشمل»: a verb describes the act, no genitive
    if adjective_closes(doc, hit):
        nxt = None  # «استهدف هجوم انتحاري الجيش التركي»: the object of the verb, no genitive
    if nxt is not None and _no_construct(doc, hit, nxt):
        nxt = None  # «خلال اللقاء تحيات الملك»: a noun with the article has no genitive; the indefinite after it is another's
    sides = between_sides(doc, chunks, hit, sent_end)
    nxt = None if sides is not None else nxt  # («لقاء جمع الجهات الدائنة والمسؤولين»: no genitive)
    # gen:owner: the genitive is the source only where it names someone («تصريحات ولد الشيخ»; not «تصريحات خاصة»)
    gen_src = e.gen in ("src", "owner", "actor")
    if gen_src and enclitic(doc.tokens[hit.j]) in OBJECT_PRONOUNS:
        nxt = None  # «قتل في غاراته عشرة مدنيين»: the pronoun is the genitive, the phrase after is no owner
    if gen_src and nxt is not None and nxt.prep is None and abstract_head(doc, nxt):
        nxt = None  # «محادثات السلام», «مفاوضات سلام»: what they talk of, not who talks
    if gen_src and nxt is not None and kind_genitive(doc, chunks, hit, nxt):
        obj_from, nxt = nxt.j, None  # round ev341: «زيارة عمل لقطر»: the act's kind, not who does it; its object after
    if e.gen == "actor" and source is None:
        source = coordinated_owner(doc, chunks, hit)
    if e.plover == "ASSAULT" and source is None:
        source = owner_before_and(doc, chunks, hit)
    if e.gen == "actor" and nxt is not None and nxt.prep is None and accused(doc, chunks, hit, nxt):
        args.targets = [nxt]  # «باتهام الكويت بسرقة حقل»: whom the accusation is about
        nxt = None
    if e.gen == "actor" and nxt is not None and (agrees(doc, hit.j, nxt) or not (
            acting_noun(doc, nxt) or people_before_lam(doc, chunks, nxt))):
        # «إدانة الهجوم», «الاتهام الموجه لفلان», «انتقادات دولية»: no one who says it
        nxt = None
    if e.obj and e.gen == "src" and nxt is not None and nxt.prep is None and nxt.etype not in PLACES and not (
            hit.cand.proclitics or enclitic(doc.tokens[hit.j])) and _willed(doc, chunks, hit.i, sent_start):
        # «رفض لقاء الرئيس», «يريد الوزير لقاء الرئيس»: the one met; the verb's subject meets
        args.targets, obj_from = [resolve_title(chunks, nxt, doc) if nxt.entity is None and nxt.title else nxt], nxt.j
        nxt = None
    if e.gen == "src" and nxt is not None and nxt.prep is None and nxt.etype in PLACES and meeting_venue(
            e.code, nxt.etype, nxt.prep):
        args.location = nxt  # «اجتماع كوالالمبور»: where they met
        args.venue = True
        obj_from = nxt.j
    elif e.gen == "src" and nxt is not None and nxt.prep is None and nxt.etype in PLACES:
        args.targets = [nxt]  # «زيارة العراق»: the genitive place is visited, not visiting
    elif gen_src and nxt is not None and nxt.prep is None and agrees(doc, hit.j, nxt):
        # «الزيارة المرتقبة لخادم الحرمين … سلمان»: past its adjective, the person whose act it is, if any
        source = person_after(chunks, nxt, doc)
        obj_from = source.j if source is not None else nxt.j
    elif gen_src and nxt is not None and nxt.prep is None:
        source = surname_person(doc, resolve_title(chunks, nxt, doc))  # («تصريحات العربي»: نبيل العربي)
        obj_from = source.j
    if e.gen == "owner" and source is not None and source.entity is None:
        source, obj_from = None, hit.j
    if source is None and nxt is not None and genitive_agent(doc, chunks, hit, nxt):
        source = resolve_title(chunks, nxt, doc) if nxt.entity is None and nxt.title else nxt
        obj_from = source.j  # «منذ سيطرة القوات الحكومية على عدن»: the genitive before «على» acts
    if source is None and nxt is not None and traveller_genitive(doc, hit, nxt):
        source = resolve_title(chunks, nxt, doc) if nxt.entity is None and nxt.title else nxt
        obj_from = source.j  # round ev341: «عن مغادرة طبيبين سعوديين إلى اليمن»: who leaves
    if source is None and nxt is not None and cause_agent(doc, hit, nxt):
        source, obj_from = nxt, nxt.j  # «جراء قصف طائرات النظام»: who struck
    if sides is not None:  # «اشتباكات بين القوات النظامية وقوات المعارضة»: one side each
        source, args.targets, obj_from = sides[0], [sides[1]], sides[1].j
    if source is None:
        source = agent(doc, chunks, hit)
    if source is None and e.id in NATIONAL_ACTS and hit.j + 1 < sent_end and is_nisba(doc.tokens[hit.j + 1].text):
        source = plain_chunk(doc.tokens, hit.j + 1, hit.j + 1)  # «ضربة جوية أميركية», «القصف الإسرائيلي»
        obj_from = hit.j + 1
    if source is None:
        # «غارة جوية شنتها طائرة اميركية», «ضربة جوية نفذها الجيش»: a relative light verb names the actor
        t = next((t for t in range(hit.j + 1, min(sent_end, hit.j + 3)) if relative_verb(doc.tokens[t].text)),
                 None)  # fmt: skip
        doing = doing_it(doc, hit, sent_end) if t is None else None
        t = doing if t is None else t
        after = phrase_after(doc, chunks, t) if t is not None else None
        if after is not None and after.prep is None and not after.number:
            source = after
            obj_from = after.j
            if doing is None and after.title and after.entity is None:
                # round 280: «المباحثات التي أجراها الرئيس المصري فلان»: the title stands for the name after it
                source = resolve_title(chunks, after, doc)
                obj_from = max(obj_from, source.j)
            if doing is not None:
                # «زيارة إلى بنغلاديش قام بها رئيس الحكومة ... مودي»: a title stands for the name; the object
                # may come before «قام بها»
                source = resolve_title(chunks, after, doc)
                obj_from = max(obj_from, source.j)
                pre = next((c for c in chunks if hit.j < c.i < doing and c.prep in e.preps), None)
                if pre is not None:
                    args.targets = expand_targets(chunks, owner(doc, chunks, pre))
    tamm = source is None and after_tamm(doc, hit, sent_start)
    args.passive = tamm  # «وتم استهداف تجمعات»: no actor but the agent said («من قبل»), none carried
    if source is None and not tamm:
        source = doing_masdar(doc, chunks, hit, sent_start)  # «قيام مسلحين باختطاف»: the genitive of «قيام» acts
        source = source if source is not None else able_agent(doc, chunks, hit) or persuaded_agent(doc, chunks, hit)
        source = source if source is not None else responsible(doc, chunks, hit, sent_start)  # «كان مسؤولا عن قتل»
        if source is None and persuading(doc, hit) is not None:
            tamm = True  # round 109: «إقناع المؤتمر العام، المدعوم من فلان، بالتوقيع»: the one persuaded or no one
        source = source if source is not None else after_aspect(doc, chunks, hit, sent_start)[1]  # «قررت الحكومة اعتقال»
        if source is None and (coord := coordinated_aspect(doc, chunks, hit, sent_start))[0]:
            # «، كما بدأت في مهاجمة»: the named subject of the clause before, or none (not its object, guessed below)
            source, tamm = coord[1], coord[1] is None
        source = source if source is not None else manner_subject(doc, chunks, hit, sent_start, sent_end)
        source = source if source is not None else own_act_subject(doc, chunks, hit, sent_start)  # «نفى الجيش استهدافه»
        args.doer = source is not None
    if source is None and not tamm and _light_doer(e):
        source = light_verb_subject(doc, chunks, hit, sent_start)  # «وشن مسلحون أكراد هجوما»
        args.doer = source is not None
    if source is None and not tamm and e.plover == "PROTEST":
        source = light_verb_subject(doc, chunks, hit, sent_start, "organising_verbs")  # oe315: «ونظم الطلاب مظاهرة»
        args.doer = source is not None
    if source is None and not tamm:
        if not victims_noun(hit) and not device_noun(hit) and not _listed(doc, hit, sent_start) \
                and not _case_matter(doc, hit, sent_start) and not apart_after_time(doc, hit, sent_start) \
                and not measured_from(doc, hit, sent_start):  # round 161: «بعد يومين من الإعلان»
            # «الجرحى», «القتلى» name the victims, «مفخخة» the device: their agent is said, never guessed
            source = subject_before(doc, chunks, hit.i, sent_start, nominal=True)
            if source is not None and (not actor_phrase(doc, source) or the_dead(doc, source, sent_start)):
                # «تمنى للمجتمعين التوفيق والسداد في اجتماعهم»: an abstraction acts in nothing; round 262: «وفاة
                # الملا عمر ... مع إعلان بعض مقاتليها»: the one who died does not act
                source = None
            if source is not None and e.code[:2] in CONFLICT_CODES and repelled(doc, hit, source):
                source = None  # round 109: «تمكنت القوات من صد الهجوم»: who repels it is its target, not its doer
            if source is not None and e.code[:2] in CONFLICT_CODES and pointed_back(doc, hit, source):
                source = None  # round 109: «..., ويعد هذا الهجوم»: the act told before, not the phrase before it
            if source is not None and (e.plover in HARM_AND_PROTEST or e.plover == "COERCE") and (
                    not nominal_agent(doc, hit, source) or governed(doc, chunks, source)):
                source = None
            if source is not None and sister_object(doc, chunks, hit, source):
                source = None  # round 131: «للتنديد بممارسات عناصر التنظيم والمطالبة»: the sister's object
            if source is not None and relayed(doc, hit, source):
                source = None  # round 131: «ونقل التلفزيون اتهام شرطي بقتل»: who relays it did not do it
            if source is not None and issuer_genitive(doc, chunks, source):
                source = None  # round 74: «في قرار مجلس الشورى»: the body whose decision is cited
        if source is None:
            # «وقام مسلحون مقنعون بخطف»: the subject of a light verb right before the act, even indefinite
            c = next((c for c in chunks if c.j == before_adverbs(doc, hit.i, sent_start)), None)
            toks = doc.tokens
            if c is not None and c.prep is None and c.j > c.i and verb_key(toks[c.i].text) in fw("light_verbs"):
                source = plain_chunk(toks, c.i + 1, c.j, c.end)
                args.doer = True
            elif (c is not None and c.prep is None and c.i > 0 and verb_key(toks[c.i - 1].text) in fw("light_verbs")
                  and not (c.entity is None and c.i == c.j and toks[c.i].norm_key.endswith("ا"))
                  and not c.number):  # («نفذوا 17 ضربة»: a count of the acts)
                source = c  # (an indefinite accusative, «نفذ انتقاما», is an adverb, not the subject)
                args.doer = True
        if source is None and (e.plover in FORCE_DOER or _light_doer(e)):
            source = doer(doc, chunks, hit, sent_start)
            args.doer = source is not None
    return source, obj_from


def verb_source(doc: Doc, hit: Hit, chunks: list[Chunk], sent_start: int, sent_end: int, limit: int,
                args: Args) -> tuple[Chunk | None, int, bool]:
    """The source of a verb trigger by word order (SVO, VSO, a relative's antecedent, a clause's subject) or none
    where it reads as passive, where its object search starts (``obj_from``), and whether it was read as passive by
    its own form or its casualty report; the patient and flags it reads on the way are set on ``args``."""
    e = hit.entry
    obj_from = hit.j
    said_passive = False
    plural = hit.cand.key.endswith(("وا", "ون"))
    # «اختطفا من منزليهما على يد مسلحين»: an agent phrase makes a verb of harm passive; it names the actor
    source = (agent(doc, chunks, hit) if e.plover == "ASSAULT" else None) or responsible(doc, chunks, hit, sent_start)
    # (the pair may be the next verb trigger itself: «قتل وجرح سبعة آخرون»)
    named = frozenset(t for c in chunks if c.entity is not None for t in range(c.i, c.j + 1))
    relative = source is None and relative_passive(doc, hit, sent_start, sent_end, named)
    vowelled = source is None and vocalised_passive(doc, hit)
    passive = source is None and (relative or vowelled or passive_pair(doc, hit, min(limit + 1, sent_end))
                                  or no_object(doc, hit, sent_end))
    said_passive = passive
    if passive:
        args.passive = True
        # «إن شخصا قتل وأصيب أربعة»: the phrase before the passive verb is its patient, and there is no actor
        patient = subject_before(doc, chunks, hit.i, sent_start, nominal=False, plural=plural)
        nxt = first_after(chunks, hit.j, 2) if vowelled else None
        if nxt is not None and nxt.prep is None and not breaks_between(doc, hit.j + 1, nxt.i):
            patient = resolve_title(chunks, nxt, doc)  # «واُعتقل الناشط فلان»: the subject after it
            obj_from = max(obj_from, patient.j, nxt.j)
        head = next((c for c in chunks if c.j == hit.i - 2), None) if relative else None
        if head is not None:  # «عن الطفل الذي قتل حرقا»: the antecedent, whatever governs it outside
            patient = head if head.entity is not None else plain_chunk(doc.tokens, head.j, head.j)
        if patient is None:  # («قتل وجرح نحو 30 عنصرا»: the count after the pair, round 257)
            patient = clause_subject(doc, chunks, hit, sent_start) or pair_count(doc, chunks, hit)
        if patient is not None and not (relative or vowelled) and weapon_agent(doc, patient):
            source, patient = patient, None  # «أن طائرة من دون طيار قتلت، ...، القيادي فلان»: it struck
            args.passive = passive = said_passive = False
        if patient is not None:
            args.targets = [patient]
    resumed = resumed_antecedent(doc, chunks, hit, sent_start) if source is None and not passive else None
    if resumed is not None:  # «فلان الذي ينتقد بعض المتمردين علاقاته»: they criticise him
        source, args.targets = resumed[0], [resumed[1]]
        obj_from = max(obj_from, resumed[0].j + 1)
    if source is None and not passive:
        source = relative_antecedent(doc, chunks, hit, sent_start)  # «الجيش الذي دخل المدينة اعتقل»
        source = source or described_antecedent(doc, chunks, hit, sent_start)  # «داعش الذي وصفه بتنظيم ... يهدد»
    home = home_state(doc, hit, sent_start) if source is None and not passive else (False, None)
    if home[0]:  # «إن بلاده ترفض»: the speaker's state, named or none (none carried, no other sought)
        source = home[1]
        args.described = source is None
    if source is None and not passive and not home[0]:
        source = subject_before(doc, chunks, hit.i, sent_start, nominal=False, plural=plural)
        if thing_before_plural(doc, hit, source):
            # round oe306: «وأحرق المتظاهرون إطارات السيارات ورددوا»: the object of the verb before; who acts is
            # the subject of the verb that opens the clause
            source = opener_subject(doc, chunks, hit.i, sent_start)
            args.described = source is None  # (none carried from another sentence: «في شرق ليبيا وهتفوا»)
        town = relative_place(doc, chunks, source, sent_start) if source is not None else (False, None)
        if town[0]:  # round 188: «المتظاهرون الذين جابوا شوارع كابل نددوا»: the town is where, not who
            source, args.described = town[1], True
    if source is None and not passive and not home[0]:
        source = clause_subject(doc, chunks, hit, sent_start)
        if source is not None and disagrees(doc, hit, source):
            source = None  # «أن الحكومة مستعدة، وتعهد»: the verb's subject is the one told before (events.agreement)
    if source is None and not passive and not home[0] and someone_subject(doc, hit, sent_start):
        args.described = True  # round 97: «هناك من اتهم واشنطن»: «من» acts, unnamed; the phrase after is the object
    elif source is None and not plural and not passive and not home[0]:
        # a plural verb agrees with a subject before it (SVO) or in itself: the phrase after it is its
        # object («هاجموا المواطنين»), or it is passive («قتلوا وأصيب 13 آخرون»)
        nxt = first_after(chunks, hit.j, 2)
        if nxt is None and (count := first_after(chunks, hit.j, 3)) is not None and count.number and \
                count.prep in APPROXIMATORS and all(in_time(doc, t) for t in doc.tokens[hit.j + 1 : count.i - 1]):
            nxt = count  # round oe315: «وتظاهر أمس نحو مائتي شخص»: past a time word, the approximate count after
        if nxt is not None and nxt.i == nxt.j and nxt.entity is None and doc.tokens[nxt.i].norm_key in fw("adverbs"):
            count = first_after(chunks, nxt.j, 2)  # «وقتل حينها 14 ضابطا»: past an adverb of time, the count after
            nxt = count if count is not None and count.number else nxt
        elif nxt is not None and nxt.entity is None and nxt.prep is None and in_time(doc, nxt) and (
                count := first_after(chunks, nxt.j, 2)) is not None and count.number and count.prep is None:
            nxt = count  # round oe306: «إذ تظاهر صباح أمس المئات»: past a time phrase of its own, the count after
        elif nxt is not None and nxt.prep in TIME_PREPS and in_time(doc, nxt):
            # round 181: «أعلن قبل أيام فلان، مستشار ...»: past a time phrase the verb's subject stands after it
            past = subject_past_time(doc, chunks, nxt)
            # an unrecognised name in apposition («تيمور ...، مستشار»): kept where a repeat joins an event (dedup)
            args.doer = args.doer or (past is not nxt and past.entity is None)
            nxt = past
        nxt = None if masdar_between(doc, hit, nxt) else nxt  # round 117: «يتوعد بقتل فلان»: the act's genitive
        self_blast = nxt is not None and any(reflexive(doc, t, sent_end) for t in range(nxt.i, nxt.j + 2))
        if nxt is not None and nxt.number and nxt.prep in (None, "نحو") and (
                (not e.obj and e.plover != "ASSAULT") or self_blast):
            # «تظاهر نحو مائتي شخص», «فجر 3 انتحاريين أنفسهم»: the number phrase of an intransitive or
            # reflexive verb is its subject (of a verb of harm, «جرح 17 شخصا», the unvocalised passive's
            # patient)
            source = nxt
            obj_from = nxt.j
        elif (nxt is not None and (nxt.prep is None or (nxt.number and nxt.prep in APPROXIMATORS))
              and not breaks_between(doc, hit.j + 1, nxt.i)):
            if nxt.number:  # «قتل 5 أشخاص»: the unvocalised passive, the number phrase is the patient
                args.targets = [nxt]
                source = agent(doc, chunks, hit)  # «... على يد مسلحين»
                args.passive = args.guessed = source is None
            elif e.obj and relative_object(doc, hit, nxt, sent_start, sent_end):
                # «الغارة التي استهدفت مقر التنظيم»: the antecedent acts (none carried); the phrase after is
                # the object
                args.described = True
            elif e.obj and e.plover == "ASSAULT" and (armed := armed_vso_object(doc, chunks, nxt, sent_end)):
                source, args.targets = nxt, [resolve_title(chunks, armed, doc)]  # «استهدفت الميليشيات ...، فلانا»
            elif (e.obj or jurih(doc, hit)) and e.plover == "ASSAULT" and lone_vso_phrase(
                    doc, hit, nxt, sent_end) and not weapon_agent(doc, nxt):  # («قتلت طائرة، أمس، فلانا»)
                # «جرح وزير الدفاع الياس المر في تفجير», «خطف موظف بريطاني أمس»: a transitive verb with one
                # phrase and then a preposition or the end is the unvocalised passive; the phrase is the patient
                args.targets = [resolve_title(chunks, nxt, doc)]
                args.passive = args.guessed = True
            elif abstract_head(doc, nxt):
                # «ورفض محاولات التدخل», «يهدد الأمن»: an abstraction after the verb is its object (a masdar's
                # genitive); its subject is not said here, and none is carried from before
                args.described = True
            elif describes(doc, hit, sent_start) or no_vso_subject(
                    doc, hit.i, hit.cand.key, nxt.i, masculine_head(doc, nxt.i, nxt.etype, nxt.entity)):
                args.described = True  # «بتنظيم غير إسلامي يهدد الأقليات»: the noun before is the subject
            elif e.obj and e.code == VISIT and (nxt.etype in PLACES or place_head(doc, nxt)):
                # «يزور الرياض», «وزارت واشنطن وفود»: a place right after a verb of visiting is where one goes;
                # who goes is the phrase after it (VOS), else the subject carried or said before
                args.targets = [nxt]
                obj_from = nxt.j
                after = first_after(chunks, nxt.j, 2)
                if nxt.entity is None and nxt.definite and after is not None and after.i == nxt.j + 1 \
                        and after.prep is None and after.etype in PLACES:  # «زار العاصمة البريطانية لندن»: the named place
                    args.targets, obj_from = [after], after.j
                    after = first_after(chunks, after.j, 2)
                num = first_after(chunks, after.j, 1) if after is not None else None
                if after is not None and after.prep is None and (after.entity is None or after.etype in PLACES) \
                        and not after.number and num is not None and num.number and num.prep is None \
                        and num.i == after.j + 1:
                    # «يزور مسجد مشهد 400 ألف شخص»: the place runs on in construct; the count after it visits
                    args.targets = [plain_chunk(doc.tokens, nxt.i, after.j, after.end)]
                    after = num
                if after is not None and after.prep is None and after.etype not in PLACES \
                        and (visitor(doc, after) or after.number) \
                        and not breaks_between(doc, nxt.j + 1, after.i):
                    source = resolve_title(chunks, after, doc)
                    obj_from = max(source.j, after.j)
            elif e.obj and (pronoun_subject(doc, hit, sent_start) or accusative_head(doc, nxt)
                            or lone_object(doc, chunks, hit, nxt)
                            or oblique_object(doc, chunks, hit, nxt, sent_start)
                            or possessed_after_and(doc, hit, nxt, sent_start) or governed_first(doc, hit, nxt)
                            or feminine_oblique_object(doc, hit, nxt)):
                pass  # «أكد أنه اعتقل الناشط فلان», «أدانت شخصا آخر»: the phrase after the verb is its object
            elif accusative_head(doc, nxt) and doc.tokens[nxt.i].norm_key not in fw("adverbs"):
                # round 106: «ما قدم دعما كبيرا للاحتياطات», «أعلن بدلا من ذلك»: an accusative is no verb's subject,
                # whatever its frame; the subject is not said here, and none is carried (a null before a wrong party)
                args.described = True
            elif hit.j > hit.i and _masdar_word(doc, hit.j):
                pass  # «وتعهد بدعم الحركات»: the phrase after a verb and its masdar in «بـ» is the masdar's object
            elif report_subject(doc, nxt):
                # round 97: «وأعلن البيان تعيين الملا فلان»: the document says it (no title of the name after it);
                # none is carried where it is no actor
                source, obj_from, args.described = plain_chunk(doc.tokens, nxt.i, nxt.i), nxt.i, True
            elif plural_before_possessed(doc, nxt):
                # round 244: «فيما ينتقد آخرون علاقاته»: a sound plural with its «ن» heads no construct; the
                # possessed noun after it is the object
                source, obj_from = plain_chunk(doc.tokens, nxt.i, nxt.i), nxt.j
                args.targets = [owner_person(doc, hit, nxt.i + 1, sent_start) or plain_chunk(doc.tokens, nxt.i + 1, nxt.j, nxt.end)]
            else:
                source = resolve_title(chunks, nxt, doc)
                obj_from = source.j
                if source is not nxt:
                    obj_from = max(obj_from, nxt.j)
                if source.entity is not None and (u := past_apposition(doc, source.j, sent_end)) is not None:
                    obj_from = u - 1  # round 285: «خطفت جبهة النصرة، ذراع تنظيم القاعدة، مجموعة»: past the apposition
    return source, obj_from, said_passive


def plural_before_possessed(doc: Doc, c: Chunk) -> bool:
    """The phrase ``c`` runs from a sound masculine plural in the nominative, its «ن» kept («آخرون», «مسلحون»),
    into a noun with a pronoun («علاقاته»): two phrases, not one in construct."""
    if c.entity is not None or c.j == c.i:
        return False
    head = doc.tokens[c.i].norm_key
    return len(head) >= 5 and head.endswith("ون") and enclitic(doc.tokens[c.i + 1]) in OBJECT_PRONOUNS


def owner_person(doc: Doc, hit: Hit, k: int, sent_start: int) -> Chunk | None:
    """Round 244: the man a «ـه» on the possessed object at token ``k`` stands for («ينتقد آخرون علاقاته»: they criticise him):
    the person named last before the verb in its sentence, where no body or place is named after him."""
    lo, hi = doc.tokens[sent_start].start, doc.tokens[hit.i].start
    near = [m for m in doc.mentions if lo <= m.start and m.end <= hi and m.entity is not None]
    last = max(near, key=mention_start) if near else None
    if last is None or last.type != "PERSON" or enclitic(doc.tokens[k]) != "ه":
        return None
    i, j = doc.token_at(last.start), doc.token_at(last.end - 1)
    if i is None or j is None:
        return None
    return Chunk(i, j, last.start, last.end, last.entity, last.type, None, False, False, False, False)
