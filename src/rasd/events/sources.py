"""Who acts in one trigger's frame, for the argument finder (events.arguments): ``noun_source`` reads the source
of a noun trigger (its genitive, an agent phrase, the subject of a light verb, a relative light verb after it, the
subject before it), ``verb_source`` that of a verb trigger by word order (SVO, VSO, a relative's antecedent, the
subject of the clause) or reads the verb as passive and names its patient. Each also says where the object search
starts. ``Args`` (events.frame_args) holds what the finder gives for a trigger; ``noun_source`` is in
events.noun_sources: both re-exported here.
"""

from __future__ import annotations


from ..doc import Doc, mention_start
from .agreement import disagrees, feminine_body_after, thing_before_plural
from .actors import abstract_head, agent, place_head, resolve_title, visitor
from .frame_args import Args as Args  # re-exported: events.arguments and events.generic_means import it from here
from .noun_sources import noun_source as noun_source  # re-exported: events.arguments imports it from here
from .chunks import Chunk, OBJECT_PRONOUNS, breaks_between, enclitic, first_after, in_time, plain_chunk, reflexive
from .forms import PLACES, fw
from .lexicon import Hit
from .objects import lone_object
from .placed_objects import placed_object
from .passive import relative_passive, vocalised_passive, weapon_agent
from .phrases import masculine_head, no_vso_subject
from .readings import (
    accusative_head,
    possessed_after_and,
    pronoun_subject,
    relative_antecedent,
    described_antecedent,
    relative_object,
    resumed_antecedent,
)
from .carried_parties import masdar_between
from .described_heads import described_head
from .agents import home_state, opener_subject, responsible
from .apposed_inserts import past_apposition
from .relative_places import relative_place
from .approximated import approximate_count
from .approx_subjects import counted_vso
from .subject_stops import report_subject, someone_subject
from .time_subjects import subject_past_time
from .subjects import clause_subject, subject_before
from .new_clause_subjects import opens_clause
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


def _masdar_word(doc: Doc, t: int) -> bool:
    """Token ``t`` is a noun governed by «بـ/لـ» («بدعم», «لتقديم»): the second word of a verb-and-masdar trigger."""
    words = doc.tokens[t].words
    return len(words) > 1 and words[0].kind == "proclitic" and words[0].norm in ("ب", "ل")


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
        source = subject_before(doc, chunks, hit.i, sent_start, nominal=False, plural=plural) or described_head(
            doc, chunks, hit, sent_start)  # round ev610: «دعوات متشددة انتقدت دعوة المملكة»: the noun it describes
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
        if nxt is None and (count := first_after(chunks, hit.j, 3)) is not None and approximate_count(
                doc.tokens, count) and all(in_time(doc, t) for t in doc.tokens[hit.j + 1 : count.i - 1]):
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
              and not breaks_between(doc, hit.j + 1, nxt.i) and not opens_clause(doc, nxt, sent_end)):  # ev848: «، والأميركيون أيضًا رفضوا»
            if nxt.number and e.obj and (counted := counted_vso(doc, chunks, nxt, sent_end)) is not None:
                # round ev1026: «اقتحم نحو 150 شابا مبنى البلدية»: the count is the subject, the phrase after it the object
                source, args.targets = counted[0], [resolve_title(chunks, counted[1], doc)]
                obj_from = counted[1].j
            elif nxt.number:  # «قتل 5 أشخاص»: the unvocalised passive, the number phrase is the patient
                args.targets = [nxt]
                source = agent(doc, chunks, hit)  # «... على يد مسلحين»
                args.passive = args.guessed = source is None
            elif e.obj and relative_object(doc, hit, nxt, sent_start, sent_end):
                # «الغارة التي استهدفت مقر التنظيم»: the antecedent acts (none carried); the phrase after is
                # the object
                args.described = True
            elif e.obj and e.plover == "ASSAULT" and (armed := armed_vso_object(doc, chunks, nxt, sent_end)):
                source, args.targets = nxt, [resolve_title(chunks, armed, doc)]  # «استهدفت الميليشيات ...، فلانا»
            elif e.obj and e.plover == "ASSAULT" and (placed := placed_object(doc, chunks, hit.j + 1, nxt)):
                # round ar400: «اقتحم مئات الطلاب في تايوان مجمع الوزارة»: a place between subject and object
                source, args.targets = placed[0], [resolve_title(chunks, placed[1], doc)]
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
                            or feminine_oblique_object(doc, hit, nxt) or feminine_body_after(doc, hit.j, nxt)):
                pass  # «أكد أنه اعتقل الناشط فلان», «أدانت شخصا آخر», «فهاجم السلطة» (round en381): its object
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
