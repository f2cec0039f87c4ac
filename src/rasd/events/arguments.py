"""The argument finder: the source, targets and location of one trigger, by its frame (``find_args``).

It reads the chunks of the trigger's sentence (events.chunks) in the order of its frame: a noun trigger's
genitive, agent phrase or light-verb subject; a verb's subject before it or its VSO phrase after it, or a passive
reading with no actor (events.subjects); the object after it, governed by the frame's prepositions
(events.objects), or for a protest one said anywhere in the sentence (events.protest); the referent of an object
pronoun; and a place after «في», nearest to the trigger. The readings of single phrases next to the trigger (the
accused, an object after the verb, a victims' noun) are in events.readings; those of arguments a plain reading
misses (an owner past «لـ» or a bracket, the origin of a subject, the referent of an accusing pronoun) in
events.named.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..doc import Doc
from .actors import (
    abstract_head,
    QUOTE_MARKS,
    act_phrase,
    lam_act,
    acting_noun,
    actor_phrase,
    agent,
    can_act,
    doing_it,
    expand_targets,
    governed,
    is_nisba,
    owner,
    past_honorific,
    person_after,
    phrase_after,
    place_head,
    relative_verb,
    resolve_title,
    said_no_actor,
    surname_person,
    visitor,
    with_group,
)
from .chunks import (
    Chunk,
    OBJECT_PRONOUNS,
    OPENING_QUOTES,
    breaks_between,
    enclitic,
    first_after,
    in_time,
    mention_index,
    named_genitive,
    plain_chunk,
    reflexive,
    verb_between,
    verb_key,
)
from .clauses import light_verb_subject
from .contacts import contact_parties
from .doers import before_agent, frame_prep_after, governed_verb, pronoun_doer
from .forms import PLACES, fw, nkey
from .lexicon import Hit
from .objects import (
    NATIONAL_ACTS,
    ON,
    adverbial,
    after_adverbials,
    after_event_noun,
    agrees,
    between_sides,
    describing_verb,
    imposed_on,
    is_relay,
    lone_adjective,
    lone_object,
    pronoun_target,
    so_called,
    trigger_adjectives,
)
from .passive import after_tamm, relative_passive, vocalised_passive, weapon_agent
from .phrases import (
    adjective_closes,
    first_person_past,
    first_person_present,
    lam_pronoun,
    manner_participle,
    masculine_head,
    meeting_seat,
    meeting_venue,
    negated_adjective,
    no_vso_subject,
)
from .location import event_location
from .where import visited_place
from .named import belongs_to, origin_end, pronoun_referent
from .parties import before_adverbs, masdar_object, named_parties
from .protocol import protocol_object
from .protest import FRONT, clash_side, protest_aim, protest_venue, protesters
from .readings import (
    KILLING,
    accusative_head,
    accused,
    accused_alone,
    passive_present,
    cause_agent,
    cause_striker,
    coordinated_owner,
    device_noun,
    genitive_agent,
    killed_thing,
    people_before_lam,
    listed_masdar,
    owner_before_and,
    possessed_after_and,
    pronoun_subject,
    relative_antecedent,
    described_antecedent,
    relative_object,
    resumed_antecedent,
    victims_noun,
)
from .attributed import attributed_agent, coordinated_aspect, told_party
from .held import held_parties
from .agents import able_agent, claimant, doer, doing_masdar, genitive_name, home_state, persuaded_agent, reception_host, speaker_for, visitor_before
from .subjects import (
    after_aspect,
    own_act_subject,
    clause_subject,
    manner_subject,
    nominal_agent,
    nominative_plural,
    subject_before,
)
from .vso import (
    APPROXIMATORS,
    armed_vso_object,
    describes,
    feminine_subject,
    governed_first,
    named_by_title_or_people,
    jurih,
    lone_vso_phrase,
    no_object,
    oblique_object,
    passive_pair,
)

VISIT = "042"  # CAMEO: make a visit
ANNOUNCE = "010"  # CAMEO: make a statement (what is announced is no target)


@dataclass(slots=True)
class Args:
    source: Chunk | None = None
    targets: list[Chunk] | None = None
    location: Chunk | None = None
    passive: bool = False  # read as a passive with no actor named: no subject is carried from before
    described: bool = False  # the verb describes the noun before it, its unnamed subject: none is carried either
    venue: bool = False  # the location is a meeting's place said with «بـ» or in construct («اجتماع جنيف»)
    doer: bool = False  # the source is the subject of a light verb right before a noun act («قامت دبابة بقصف»)
    speaker: bool = False  # a 1st person singular verb («التقيتُ»): its subject is the quote's speaker, or none
    guessed: bool = False  # passive read from word order alone («وقصفت مواقع التنظيم»): the subject of the clause
    # before may still be meant (stage: carry.prior_subject)


HARM_AND_PROTEST = ("ASSAULT", "PROTEST")
FORCE = ("ASSAULT", "COERCE")
AGAINST = nkey("بحق")  # the preposition of whom force is used on


def find_args(doc: Doc, hit: Hit, chunks: list[Chunk], sent_start: int, sent_end: int, limit: int) -> Args:
    """Apply the frame of ``hit.entry`` to the chunks of its sentence (token indices are doc.tokens indices)."""
    e = hit.entry
    args = Args()
    nominal = hit.pos == "N"
    source: Chunk | None = None
    obj_from = hit.j
    said_passive = False  # a verb read as passive by its own form or its casualty report
    host = reception_host(doc, chunks, hit, sent_start)
    if host is not None:
        # «وكان في استقباله رئيس الحكومة فلان»: the host is named after «كان في استقبال»; the guest is the genitive,
        # or the one its pronoun stands for, named before
        source = host
        obj_from = host.j
        gen = first_after(chunks, hit.j, 1)
        if enclitic(doc.tokens[hit.j]) in OBJECT_PRONOUNS:
            guest = subject_before(doc, chunks, hit.i, sent_start, nominal=True) or visitor_before(doc, chunks, hit, sent_start)
        elif verb_key(doc.tokens[hit.i].text).startswith("ال"):
            guest = None
        else:
            guest = genitive_name(doc, chunks, gen) if gen is not None else None
        args.targets = [guest] if guest is not None else []
    elif nominal:
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
        sides = between_sides(doc, chunks, hit, sent_end)
        nxt = None if sides is not None else nxt  # («لقاء جمع الجهات الدائنة والمسؤولين»: no genitive)
        # gen:owner: the genitive is the source only where it names someone («تصريحات ولد الشيخ»; not «تصريحات خاصة»)
        gen_src = e.gen in ("src", "owner", "actor")
        if gen_src and enclitic(doc.tokens[hit.j]) in OBJECT_PRONOUNS:
            nxt = None  # «قتل في غاراته عشرة مدنيين»: the pronoun is the genitive, the phrase after is no owner
        if gen_src and nxt is not None and nxt.prep is None and abstract_head(doc, nxt):
            nxt = None  # «محادثات السلام», «مفاوضات سلام»: what they talk of, not who talks
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
            source, obj_from = nxt, nxt.j  # «منذ سيطرة القوات الحكومية على عدن»: the genitive before «على» acts
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
            source = source if source is not None else after_aspect(doc, chunks, hit, sent_start)[1]  # «قررت الحكومة اعتقال»
            if source is None and (coord := coordinated_aspect(doc, chunks, hit, sent_start))[0]:
                # «، كما بدأت في مهاجمة»: the named subject of the clause before, or none (not its object, guessed below)
                source, tamm = coord[1], coord[1] is None
            source = source if source is not None else manner_subject(doc, chunks, hit, sent_start, sent_end)
            source = source if source is not None else own_act_subject(doc, chunks, hit, sent_start)  # «نفى الجيش استهدافه»
            args.doer = source is not None
        if source is None and not tamm and e.plover == "ASSAULT":
            source = light_verb_subject(doc, chunks, hit, sent_start)  # «وشن مسلحون أكراد هجوما»
            args.doer = source is not None
        if source is None and not tamm:
            if not victims_noun(hit) and not device_noun(hit):
                # «الجرحى», «القتلى» name the victims, «مفخخة» the device: their agent is said, never guessed
                source = subject_before(doc, chunks, hit.i, sent_start, nominal=True)
                if source is not None and not actor_phrase(doc, source):
                    source = None  # «تمنى للمجتمعين التوفيق والسداد في اجتماعهم»: an abstraction acts in nothing
                if source is not None and (e.plover in HARM_AND_PROTEST or e.plover == "COERCE") and (
                        not nominal_agent(doc, hit, source) or governed(doc, chunks, source)):
                    source = None
            if source is None:
                # «وقام مسلحون مقنعون بخطف»: the subject of a light verb right before the act, even indefinite
                c = next((c for c in chunks if c.j == before_adverbs(doc, hit.i, sent_start)), None)
                toks = doc.tokens
                if c is not None and c.prep is None and c.j > c.i and verb_key(toks[c.i].text) in fw("light_verbs"):
                    source = plain_chunk(toks, c.i + 1, c.j, c.end)
                    args.doer = True
                elif (c is not None and c.prep is None and c.i > 0 and verb_key(toks[c.i - 1].text) in fw("light_verbs")
                      and not (c.entity is None and c.i == c.j and nkey(toks[c.i].text).endswith("ا"))
                      and not c.number):  # («نفذوا 17 ضربة»: a count of the acts)
                    source = c  # (an indefinite accusative, «نفذ انتقاما», is an adverb, not the subject)
                    args.doer = True
            if source is None and e.plover in HARM_AND_PROTEST:
                source = doer(doc, chunks, hit, sent_start)
                args.doer = source is not None
    elif first_person_past(doc, hit) or first_person_present(hit):
        args.speaker = True  # «التقيتُ الرئيس»: the speaker met him (stage); the phrase after is the object
    elif listed_masdar(doc, chunks, hit):
        args.described = True  # «بمشاعر الاشتياق والعناد ورفض الحاضر»: a masdar of the list, no verb: no subject
    elif (aspect := after_aspect(doc, chunks, hit, sent_start))[0]:  # «حاول المسلحون قصف المطار»: a masdar
        source = aspect[1]
    else:
            plural = hit.cand.key.endswith(("وا", "ون"))
            # «اختطفا من منزليهما على يد مسلحين»: an agent phrase makes a verb of harm passive; it names the actor
            source = agent(doc, chunks, hit) if e.plover == "ASSAULT" else None
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
                if patient is None:
                    patient = clause_subject(doc, chunks, hit, sent_start)
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
            if source is None and not passive and not home[0]:
                source = clause_subject(doc, chunks, hit, sent_start)
            if source is None and not plural and not passive and not home[0]:
                # a plural verb agrees with a subject before it (SVO) or in itself: the phrase after it is its
                # object («هاجموا المواطنين»), or it is passive («قتلوا وأصيب 13 آخرون»)
                nxt = first_after(chunks, hit.j, 2)
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
                                    or possessed_after_and(doc, hit, nxt, sent_start) or governed_first(doc, hit, nxt)):
                        pass  # «أكد أنه اعتقل الناشط فلان», «أدانت شخصا آخر»: the phrase after the verb is its object
                    else:
                        source = resolve_title(chunks, nxt, doc)
                        obj_from = source.j
                        if source is not nxt:
                            obj_from = max(obj_from, nxt.j)
    if source is not None and source.i > hit.j and source.entity is None and obj_from >= source.j:
        # «وترفض حكومة الولايات المتحدة إنقاذ ...», «رفض عائلة مؤسس حركة طالبان مبايعة ...»: the name in the genitive
        # of an unnamed subject after the trigger is part of it, not the object (an agent phrase, «من قبل», is not
        # where the object search starts)
        obj_from = max(obj_from, named_genitive(doc, chunks, source).j)
    # skip a coordinated co-subject («ألين ونائبه ماكغورك»)
    rest = [c for c in chunks if c.i > obj_from]
    while rest and source is not None and rest[0].coord and rest[0].prep is None and rest[0].i <= obj_from + 3:
        obj_from = rest[0].j
        rest = rest[1:]
    if (origin := origin_end(doc, source, hit, rest, obj_from)) is not None:
        obj_from, rest = origin, rest[1:]  # «مواطنون من القطيف»: where the subject comes from, not the object
    if source is not None and source.i > hit.j and (proto := protocol_object(doc, chunks, source, rest, nominal)) is not None:
        # the source's titles in apposition, the place and time of the meeting: the object after them (events.protocol)
        obj_from, rest = proto
    venue: Chunk | None = None
    act_rejected = False
    if args.targets is None:
        target: Chunk | None = None
        # the direct object may come after a place or time adverbial («استقبل الملك في جدة الرئيس السيسي»)
        first = after_adverbials(doc, rest)
        for c in rest:
            # a verb trigger right after a preposition of the frame is a masdar («احتجاجا على رفض القضاء»): the
            # phrase after it is still this event's object, not the next clause's
            masdar = c.i - 1 == limit and c.prep is None and after_event_noun(doc, chunks, c, hit.j, e.preps)
            if (nominal and e.gen == "actor" and e.code != ANNOUNCE and c.i == obj_from + 1 and source is not None
                    and source.i > hit.j and c.prep == "ل"):
                target = c  # «انتقادات المعارضة للحكومة»: the «لـ» phrase right after the agent in the genitive
                break
            if (c.i >= limit and not masdar) or breaks_between(doc, hit.j + 1, c.i, relatives=False):
                break
            if nominal and any(doc.tokens[t].text in ("،", ",") for t in range(hit.j + 1, c.i)):
                break
            if verb_between(doc, hit.j + 1, c.i) or manner_participle(doc, c.i, sent_end):
                break  # «رفض الوزير المقترح، واعتبرت الحكومة», «مؤكدا دعمه»: the next clause is no object
            if adverbial(doc, c) or negated_adjective(doc, c.i, c.entity is not None):
                continue  # «لليوم السابع على التوالي», «على نطاق واسع»: an adverb, not the object of «على»
            if meeting_seat(doc, e.code, c.i, c.entity is not None, c.prep):
                continue  # «التقى الأمير بمكتبه», «استقبل في مقره»: where they met; the one met may follow
            if nominal and venue is None and c.i <= hit.j + 3 and meeting_venue(e.code, c.etype, c.prep):
                venue = c  # «لقائه اليوم بالرياض», «اجتماع كوالالمبور»: where they met, not whom
                continue
            if venue is not None:
                if c.prep is None and not c.coord and not in_time(doc, c) and c.i - venue.j <= 3 and (
                        c.title or c.etype in ("PERSON", "ORGANIZATION")):
                    target = resolve_title(chunks, c, doc)  # «... بالرياض مبعوث الأمين العام ... ولد الشيخ»
                break
            if c.prep == AGAINST and nominal and e.plover in FORCE and c.i - 1 <= hit.j + 2:
                target = c  # «إعدامات بحق معارضين», «الاعتقالات التعسفية بحق الناشطين»: whom the force is used on
                break
            if c.prep is not None and c.prep in e.preps:
                if e.plover == "PROTEST" and c.prep in FRONT:
                    continue  # where they stood: what they stood against, said anywhere, comes first (protest_venue)
                target = c
                break
            if c.prep is None and c.j > c.i and so_called(doc, c, e.preps):
                target = plain_chunk(doc.tokens, c.i + 1, c.j, c.end)  # «احتجاجا على ما وصفوه بانتهاكات الرئيس»
                break
            if c.prep is None and after_event_noun(doc, chunks, c, hit.j, e.preps):
                target = c  # «احتجاجا على زيارة بوش»: the protest is at the one whose act it names
                break
            if c.prep is None and c is first and not c.coord:
                if nominal and e.gen == "tgt" and (c.i == hit.j + 1 or c.i == hit.j + 2 and c.entity is not None
                                                   and doc.tokens[hit.j + 1].text in OPENING_QUOTES):
                    # (a quoted name too: «مهاجمة «داعش»», «قصف «النصرة»»)
                    if agrees(doc, hit.j, c, person_patient=e.id not in NATIONAL_ACTS):
                        continue  # «بقصف عشوائي», «القصف المتواصل»: the noun's adjective, not its object
                    # past a title, the name it stands for («استقبال أمير قطر الشيخ تميم للوزراء»)
                    holder = resolve_title(chunks, c, doc) if c.entity is None and c.title else c
                    k = chunks.index(holder)
                    obj = chunks[k + 1] if k + 1 < len(chunks) else None
                    # (past quotation marks and a bare «لـ»: «مهاجمة «النصرة» لـ«الفرقة 30»»)
                    gap = [nkey(t.text) for t in doc.tokens[holder.j + 1 : obj.i]] if obj is not None else []
                    lam = obj is not None and all(t in QUOTE_MARKS or t == "ل" for t in gap) and (
                        not gap or holder.entity is not None) and (
                        obj.prep == "ل" or nkey(doc.tokens[obj.i].text)[:1] == "ل" or "ل" in gap) and (
                        not belongs_to(doc, holder))  # («مواقع تابعة لتنظيم داعش»: its owner, no agent)
                    if lam or ((c.entity or c.definite) and lam_pronoun(doc, c.j + 1)):  # «اقتحام السلطات لمكاتب», «استهداف البنتاغون لها»
                        source, target = (holder, obj) if lam else (c, None)  # the genitive is the agent («مقرات لها»: its own)
                    else:
                        target = c
                    break
                if not nominal and e.obj:
                    target = c
                    break
            if c.i - hit.j > 24:
                break
        if target is None and nominal and e.plover in FORCE and ON not in e.preps:
            target = imposed_on(doc, chunks, hit)  # «فرضت القوات حصارا خانقا على المدينة»
        if target is None and e.plover == "PROTEST":
            target = protest_aim(doc, chunks, hit, sent_start, sent_end)
        if target is None and e.plover == "PROTEST":
            target = clash_side(doc, chunks, sent_start, sent_end)
        if target is None and e.plover == "PROTEST":
            target = protest_venue(doc, chunks, hit, min(limit, sent_end), bool(FRONT & e.preps))
        if target is not None and e.id == "reject" and (lam_act(doc, target) or target.prep is None and act_phrase(doc, chunks, target)):
            act_rejected = True  # «رفضت إيران الانصياع لقرارات مجلس الأمن»: the act is the object, none of its phrases
        elif target is not None:
            if target.entity is None and target.title:
                target = resolve_title(chunks, target, doc)  # «التقيا المنسق الأوروبي لشؤون ... جيل دوكيركوف»
            target = owner(doc, chunks, target)
            args.targets = expand_targets(chunks, target)
    if e.addressee and not nominal and source is not None and source.i > hit.j and source.etype != "PERSON" \
            and not nominative_plural(doc, source) and not feminine_subject(doc, hit, source) \
            and not (nkey(doc.tokens[source.i].text).endswith("ون") and actor_phrase(doc, source)) \
            and not named_by_title_or_people(doc, hit, source):
        # «ودعا المجتمع الدولي إلى ...»: one noun phrase before the complement → it is the addressee; but a
        # person named there is the one who calls («دعا الرئيس الفرنسي فرنسوا هولاند إلى ...»)
        second = [c for c in rest if c.prep is None and c.i <= (source.j if origin is None else origin) + 2]
        if not second or (args.targets and args.targets[0] is source):
            args.targets = [source]
            source = None
    if source is not None and not nominal and reflexive(doc, hit.j + 1, sent_end) and source.i > hit.j:
        # «فجر نفسه»: the one who blew himself up is named before the verb, never after it
        source = subject_before(doc, chunks, hit.i, sent_start, nominal=False)
    if source is not None and said_no_actor(doc, hit, source):
        source, args.described = None, True  # «رفض الاتفاق يهدد الأمن»: none is carried from before either
    if source is not None and not can_act(doc, source):
        source = None
    if (e.plover == "ASSAULT" or pronoun_subject(doc, hit, sent_start)) and not nominal and not said_passive:
        speaker = speaker_for(doc, chunks, hit, source, sent_start)
        if speaker is not None:
            source = speaker
            args.passive = False
    if source is None and e.plover == "ASSAULT":
        source = claimant(doc, chunks, hit, sent_start, sent_end)
    if source is None and e.plover == "PROTEST":
        source = protesters(doc, hit, sent_start, sent_end)
    if (striker := cause_striker(doc, chunks, hit)) is not None:  # «جراء قصف الميليشيات»: who struck, no patient
        source, args.passive, args.targets = striker, False, [t for t in args.targets or [] if t.i > striker.j] or None
    if (charged := accused_alone(doc, chunks, hit)) is not None:  # «ويتهم مرسي ومن معه باختلاس»: the accused
        source = source if source is not None and source.j < hit.i else None  # («كانت إيران اتهمت البحرين بـ»)
        args.targets, args.passive = [charged], source is None and (args.passive or passive_present(doc, hit))
    source, args.targets = contact_parties(doc, chunks, hit, sent_start, source, args.targets)  # «تلقى اتصالا من»
    source, args.targets = named_parties(doc, chunks, hit, (sent_start, sent_end), source, args.targets)  # «غارات لطائرات التحالف»
    args.source = with_group(doc, chunks, past_honorific(doc, chunks, source))
    if args.targets:
        args.targets = [t for t in (past_honorific(doc, chunks, t) for t in args.targets) if t is not None] or None
    if not args.targets and not act_rejected:
        # «ضربة عسكرية استهدفت معاقلهم», «شنت غارات استهدفت»: the object follows a targeting verb
        k = max(hit.j + 1, trigger_adjectives(doc, hit, sent_end, mention_index(doc)).stop)  # «قصفا جويا طال»
        if k + 1 < sent_end and is_nisba(doc.tokens[k].text):
            k += 1  # «غارة جوية أميركية استهدفت»
        if k + 1 < sent_end and nkey(doc.tokens[k].text) in fw("relatives"):
            k += 1  # «القصف الذي طال المدينة»
        if k < sent_end and is_relay(doc.tokens[k]):
            nxt = first_after(chunks, k, 1)
            if nxt is not None and nxt.prep is None:
                args.targets = [owner(doc, chunks, nxt)]
    if not act_rejected and (not args.targets or (len(args.targets) == 1 and args.targets[0].entity is None and host is None)):
        # the trigger's own object pronoun first («تستهدفها»: it has no other direct object), then a phrase's
        on_trigger = enclitic(doc.tokens[hit.i]) in OBJECT_PRONOUNS and masdar_object(doc, chunks, hit) is None
        if on_trigger and (args.targets and args.targets[0].prep is not None or nominal and frame_prep_after(doc, hit)):
            on_trigger = False  # («غاراته عليهم»: the pronoun on the noun is who strikes; the object follows)
        pron = pronoun_target(
            doc, chunks, hit, None if on_trigger or not args.targets else args.targets[0], source, sent_start
        )
        if pron is not None or on_trigger:
            args.targets = [pron] if pron is not None else None
    if (referent := pronoun_referent(doc, hit, source, sent_start)) is not None:
        args.targets = [referent]  # «واتهمها بالتورط»: the one named that the pronoun agrees with
    if args.targets:
        args.targets = [with_group(doc, chunks, before_agent(doc, t)) or t for t in args.targets]
    if args.targets:  # «قصف صاروخي», «التصريحات الطائفية»: the noun's adjective is no target
        args.targets = [t for t in args.targets if not lone_adjective(doc, hit, t)] or None
    if args.targets and e.id in ("demand", "threaten"):  # «طالب الحكومة بالإفراج», «يهدد بتوسيع»: no party to it
        args.targets = [t for t in args.targets if t.entity is not None or t.prep != "ب"] or None
    if args.targets and e.id == "reject":  # «رفضت روسيا التدخل», «رفض المشاركة»: the act rejected is no party to it
        args.targets = [t for t in args.targets if t.prep is not None or not act_phrase(doc, chunks, t)] or None
    if args.targets and e.id in KILLING:
        # «تدمير مستودعين لتخزين الأسلحة وقتل من فيها»: only people are killed; a thing is no victim
        args.targets = [t for t in args.targets if not killed_thing(doc, t)] or None
    if not args.targets and (visited := visited_place(doc, chunks, hit, obj_from)) is not None:
        args.targets = [visited]  # «زيارة رسمية للأردن»: the place visited
    if governed_verb(doc, hit, sent_start) and not args.targets and args.source is not None and args.source.i > hit.j \
            and args.source.etype in (None, "PERSON"):
        # «في قتل شرطيين»: a masdar; the one phrase after it is its object, not its subject (a genitive before an
        # object, «قتل المسلحين ثلاثة جنود», is the agent)
        args.targets, args.source, args.described, args.passive = [args.source], None, True, False
    if nominal and (pron_doer := pronoun_doer(doc, hit, args.targets, args.source, sent_start)) is not None:
        args.source = pron_doer  # «بعد سيطرتها على المدينة»: the one named before that the pronoun stands for
    if args.source is not None and told_party(doc, hit, args.source):
        args.source = None  # «وكشفت مصادر لـ«الشرق الأوسط» عن وصول تهديدات»: the one told, not who threatens
    args.source, args.targets = held_parties(doc, chunks, hit, sent_start, args.source, args.targets)  # «هجماتهم»
    if args.source is None and (credited := attributed_agent(doc, chunks, hit, (sent_start, sent_end))) is not None:
        args.source, args.passive = credited, False  # «بمبادرة من الرئيس», «ونسب الهجوم إلى الحزب»
    if args.location is None:
        args.location, args.venue = event_location(doc, chunks, hit, args.targets, venue)
    return args
