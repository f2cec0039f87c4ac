"""The argument finder: the source, targets and location of one trigger, by its frame (``find_args``).

It reads the chunks of the trigger's sentence (events.chunks) in the order of its frame: a noun trigger's
genitive, agent phrase or light-verb subject; a verb's subject before it or its VSO phrase after it, or a passive
reading with no actor (events.subjects); the object after it, governed by the frame's prepositions
(events.objects), or for a protest one said anywhere in the sentence (events.protest); the referent of an object
pronoun; and a place after «في», nearest to the trigger. The readings of single phrases next to the trigger (the
accused, an object after the verb, a victims' noun) are in events.readings; those of arguments a plain reading
misses (an owner past «لـ» or a bracket, the origin of a subject, the referent of an accusing pronoun) in
events.named.
The source of a noun trigger and that of a verb trigger (or its passive reading) are read in events.sources;
this module then finds the object, and corrects both by the rules of the modules above.
"""

from __future__ import annotations


from ..doc import Doc
from .inserts import comma_outside_inserts, past_insert
from .quantified import counted_gap, counted_object, partitive_object
from .actors import (
    QUOTE_MARKS,
    act_phrase,
    lam_act,
    actor_phrase,
    can_act,
    expand_targets,
    is_nisba,
    owner,
    past_honorific,
    resolve_title,
    said_no_actor,
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
    within_time,
    lone_adverb,
    past_adverb,
    mention_index,
    named_genitive,
    plain_chunk,
    reflexive,
    verb_between,
    verb_key,
)
from .contacts import contact_parties
from .co_subjects import past_co_subjects
from .word_tests import alternative_clause
from .grievances import banner_object, ownerless_grievance
from .host_venue import reception_venue
from .governed_objects import first_genitive, stray_object
from .doers import before_agent, frame_prep_after, governed_verb, lam_object_after, pronoun_doer
from .forms import fw, fw_keys, nkey, PLACES
from .lexicon import Hit
from .objects import (
    NATIONAL_ACTS,
    ON,
    adverbial,
    after_adverbials,
    after_event_noun,
    agrees,
    imposed_on,
    is_relay, lam_adjunct,
    lone_adjective,
    pronoun_target,
    so_called,
    trigger_adjectives,
)
from .phrases import (
    first_person_past,
    first_person_present,
    lam_pronoun,
    manner_participle,
    meeting_seat,
    meeting_venue,
    negated_adjective,
)
from .location import event_location
from .where import simultaneous_party, visited_place
from .clause_roles import charge_denier, faces_charges, hal_subject
from .named import belongs_to, origin_end, pronoun_referent
from .parties import masdar_object, named_parties
from .protocol import protocol_object
from .protest import FRONT, clash_side, crowd_sender, protest_aim, protest_venue, protesters, trigger_protesters
from .readings import (
    KILLING,
    accused_alone,
    passive_present,
    cause_striker,
    killed_thing,
    listed_masdar,
    pronoun_subject,
)
from .attributed import attributed_agent, told_party
from .held import held_parties
from .sisters import appeal_owner, sister_masdar, told_act
from .agents import claimant, genitive_name, lam_guest_host, reception_host, speaker_for, visitor_before
from .sources import Args as Args  # re-exported: the stage and the rules import it from here
from .sources import noun_source, verb_source
from .adverb_subjects import split_adverb
from .subjects import nominative_plural, subject_before
from .aspect_gaps import aspect_reading
from .subject_stops import occasion_doer, relative_vso
from .vso import calling_body, feminine_subject, named_by_title_or_people

ANNOUNCE = "010"  # CAMEO: make a statement (what is announced is no target)
SAID = ("010", "011", "012", "013", "014", "015", "016")  # CAMEO: statements, comments, denials

FORCE = ("ASSAULT", "COERCE")
AGAINST = nkey("بحق")  # the preposition of whom force is used on


ACTOR_PRONOUNS = ("ه", "ها", "هم")  # the pronoun on a noun act whose genitive is its actor («اتهامه»)


def find_args(doc: Doc, hit: Hit, chunks: list[Chunk], sent_start: int, sent_end: int, limit: int) -> Args:
    """Apply the frame of ``hit.entry`` to the chunks of its sentence (token indices are doc.tokens indices)."""
    e = hit.entry
    args = Args()
    nominal = hit.pos == "N"
    source: Chunk | None = None
    obj_from = hit.j
    said_passive = False  # a verb read as passive by its own form or its casualty report
    split_adverb(doc, hit, chunks)  # round ev361: «اجتمعت أخيرا | بالرئيس»: the adverb opens no phrase
    host = reception_host(doc, chunks, hit, sent_start)
    venue: Chunk | None = None
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
        venue = reception_venue(doc, chunks, hit.j, host)  # round 271: «وكان في استقباله بمطار طنجة، فلان»
    elif nominal:
        source, obj_from = noun_source(doc, hit, chunks, sent_start, sent_end, args)
        if (guest_host := lam_guest_host(doc, chunks, hit)) is not None:
            # round 216: «لدى استقبال فلان له»: the genitive hosts; the pronoun is the one the sentence is about
            args.targets = [source] if source is not None and source is not guest_host and source.i < hit.i else []
            source, obj_from = guest_host, guest_host.j + 1
    elif first_person_past(doc, hit) or first_person_present(hit):
        args.speaker = True  # «التقيتُ الرئيس»: the speaker met him (stage); the phrase after is the object
    elif listed_masdar(doc, chunks, hit):
        args.described = True  # «بمشاعر الاشتياق والعناد ورفض الحاضر»: a masdar of the list, no verb: no subject
    elif (aspect := aspect_reading(doc, chunks, hit, sent_start))[0]:  # «حاول المسلحون قصف المطار»: a masdar
        source = aspect[1]
    elif (hal := hal_subject(doc, chunks, hit, sent_start)) is not None:
        source = hal  # round 216: «لجأ فلان إلى صنعاء طالبا الوحدة»: a participle of state, its clause's subject
    elif e.plover == "PROTEST" and (held := trigger_protesters(doc, hit)) is not None:
        source, obj_from = held, hit.j  # round oe237: «وندد المتظاهرون بـ»: the protesters the trigger holds
    else:
        source, obj_from, said_passive = verb_source(doc, hit, chunks, sent_start, sent_end, limit, args)
    if source is not None and source.i > hit.j and source.entity is None and obj_from >= source.j:
        # «وترفض حكومة الولايات المتحدة إنقاذ ...», «رفض عائلة مؤسس حركة طالبان مبايعة ...»: the name in the genitive
        # of an unnamed subject after the trigger is part of it, not the object (an agent phrase, «من قبل», is not
        # where the object search starts)
        obj_from = max(obj_from, named_genitive(doc, chunks, source).j)
    rest = [c for c in chunks if c.i > obj_from]  # (past a coordinated co-subject: «ألين ونائبه ماكغورك», «ودول آسيان»)
    obj_from, rest = past_co_subjects(doc, chunks, source, rest, obj_from)
    if (origin := origin_end(doc, source, hit, rest, obj_from)) is not None:
        obj_from, rest = origin, [c for c in rest if c.i > origin]  # «مواطنون من القطيف»: where the subject comes from, not the object
    if source is not None and source.i > hit.j and (proto := protocol_object(doc, chunks, source, rest, nominal)) is not None:
        # the source's titles in apposition, the place and time of the meeting: the object after them (events.protocol)
        obj_from, rest = proto
    if source is not None and source.entity is not None and source.i > hit.j and rest and rest[0].prep is None and \
            rest[0].entity is None and rest[0].i == obj_from + 1 and nkey(doc.tokens[rest[0].i].text) in \
            fw("partitive_heads") and source.etype == "PERSON":
        # round 113: «وانتقد الشيخ فلان أحد مشايخ القبيلة ما يفعله»: the subject's apposition, no object
        whole = named_genitive(doc, chunks, rest[0])  # (a place in its genitive: «مشايخ عبيدة مأرب»)
        obj_from = whole.j if rest[1:] and rest[1].etype in PLACES and rest[1].j <= whole.j else rest[0].j
        rest = [c for c in rest if c.i > obj_from]
    alias: Chunk | None = None
    if source is not None and source.entity is not None and rest and rest[0].prep is None \
            and rest[0].entity == source.entity and source.j < rest[0].i <= source.j + 2 \
            and len(rest) > 1 and rest[1].prep is None and rest[1].i <= rest[0].j + 2:
        # «دعا الاتحاد الدولي لشركات الطيران «أياتا» سلطات الطيران»: the subject's own short name in apposition, the
        # object right after it
        alias, obj_from, rest = rest[0], rest[0].j, rest[1:]
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
            if (c.i >= limit and not masdar) or breaks_between(doc, hit.j + 1, c.i, relatives=nominal and e.code == ANNOUNCE):
                break  # (round 113: «تصريحاته التي اعتبر فيها الضربات ضد X»: the relative clause's, no party to them)
            if nominal and comma_outside_inserts(doc, hit.j + 1, c.i):
                break  # (not the commas around «، بالتنسيق مع قوات التحالف،»: events.inserts)
            if verb_between(doc, hit.j + 1, c.i) or manner_participle(doc, c.i, sent_end) or \
                    alternative_clause(doc, hit.j + 1, c.i):
                break  # (round 113: «إلى مفاوضات السلام أم ستخوض معركتها مع X»: the other alternative's clause)  # «رفض الوزير المقترح، واعتبرت الحكومة», «مؤكدا دعمه»: the next clause is no object
            if simultaneous_party(doc, hit, c):
                break  # round 216: «تزامن الاشتباكات مع غارات نفذها X»: another act at the same time, no party
            if adverbial(doc, c) or negated_adjective(doc, c.i, c.entity is not None):
                continue  # «لليوم السابع على التوالي», «على نطاق واسع»: an adverb, not the object of «على»
            if c.prep == "ب" and doc.tokens[c.i].norm_key[1:] in fw_keys("auspices_heads"):
                break  # round 132: «بإشراف الولايات المتحدة», «برعاية X»: who oversees, no party to it
            if meeting_seat(doc, e.code, c.i, c.entity is not None, c.prep):
                continue  # «التقى الأمير بمكتبه», «استقبل في مقره»: where they met; the one met may follow
            if nominal and venue is None and c.i <= hit.j + 3 and meeting_venue(e.code, c.etype, c.prep) \
                    and not breaks_between(doc, hit.j + 1, c.i):  # round 245: «المفاوضات التي قادتها قطر»: the
                venue = c  # «لقائه اليوم بالرياض», «اجتماع كوالالمبور»: where they met, not whom (... relative's doer)
                continue
            if venue is not None:
                if c.prep is None and not c.coord and not in_time(doc, c) and c.i - venue.j <= 3 and (
                        c.title or c.etype in ("PERSON", "ORGANIZATION")):
                    target = resolve_title(chunks, c, doc)  # «... بالرياض مبعوث الأمين العام ... ولد الشيخ»
                break
            if c.prep == AGAINST and nominal and e.plover in FORCE and c.i - 1 <= hit.j + 2:
                target = c  # «إعدامات بحق معارضين», «الاعتقالات التعسفية بحق الناشطين»: whom the force is used on
                break
            if (counted := counted_object(doc, chunks, c, e.preps)) is not None:
                target = counted  # round 106: «سيطرتها على أكثر من ثلاثة أرباع تعز»: the name counted
                break
            if c.prep is not None and c.prep in e.preps:
                if e.code in SAID and told_act(doc, c):
                    break  # round 122: «الإعلان عن إغلاق ميناء الحديدة»: the act told; its genitive is no party
                if e.plover == "PROTEST" and c.prep in FRONT:
                    continue  # where they stood: what they stood against, said anywhere, comes first (protest_venue)
                target = c
                break
            if c.prep is None and c.j > c.i and so_called(doc, c, e.preps):
                target = plain_chunk(doc.tokens, c.i + 1, c.j, c.end)  # «احتجاجا على ما وصفوه بانتهاكات الرئيس»
                break
            if c.prep is None and after_event_noun(doc, chunks, c, hit.j, e.preps):
                if e.code in SAID:  # round 122: «أعلن عن تقديم الولايات المتحدة دعما»: what is told has no party
                    break
                target = c  # «احتجاجا على زيارة بوش»: the protest is at the one whose act it names
                break
            if nominal and e.obj and e.gen == "actor" and c is first and c.i == hit.j + 1 and c.prep is None and \
                    not c.coord and c.entity is not None and enclitic(doc.tokens[hit.j]) in ACTOR_PRONOUNS:
                target = c  # round 113: «اتهامه الكويت بـ», «إدانته إسرائيل»: its pronoun the actor, the name its object
                break
            if c.prep is None and c is first and not c.coord:
                if nominal and e.gen == "tgt" and (c.i == hit.j + 1 + counted_gap(doc.tokens, hit.j, c) or
                        c.i == hit.j + 2 and c.entity is not None and doc.tokens[hit.j + 1].text in OPENING_QUOTES):
                    # (a quoted name too: «مهاجمة «داعش»», «قصف «النصرة»»)
                    if agrees(doc, hit.j, c, person_patient=e.id not in NATIONAL_ACTS):
                        continue  # «بقصف عشوائي», «القصف المتواصل»: the noun's adjective, not its object
                    # past a title, the name it stands for («استقبال أمير قطر الشيخ تميم للوزراء»)
                    holder = resolve_title(chunks, c, doc) if c.entity is None and c.title else c
                    k = chunks.index(holder)
                    obj = chunks[k + 1] if k + 1 < len(chunks) else None
                    # (past quotation marks and a bare «لـ»: «مهاجمة «النصرة» لـ«الفرقة 30»»)
                    gap = [t.norm_key for t in doc.tokens[holder.j + 1 : obj.i]] if obj is not None else []
                    lam = obj is not None and all(t in QUOTE_MARKS or t == "ل" for t in gap) and (
                        not gap or holder.entity is not None) and (
                        obj.prep == "ل" or doc.tokens[obj.i].norm_key[:1] == "ل" or "ل" in gap) and (
                        not belongs_to(doc, holder)) and not lam_adjunct(doc, obj)  # («مواقع تابعة لـX»: its owner)
                    if lam or ((c.entity or c.definite) and lam_pronoun(doc, c.j + 1)):  # «اقتحام السلطات لمكاتب», «استهداف البنتاغون لها»
                        source, target = (holder, obj) if lam else (c, None)  # the genitive is the agent («مقرات لها»: its own)
                    else:
                        target = c
                    break
                if not nominal and e.obj:
                    if enclitic(doc.tokens[hit.j]) in OBJECT_PRONOUNS and c.i > hit.j + 1 and source is not None:
                        break  # round 122: «قطريين تتهمهما واشنطن بـ«تمويل» تنظيم القاعدة»: its pronoun is its object
                    target = c
                    break
            if c.i - hit.j > 24:
                break
        if target is not None and target.i > hit.j + 1 and (seen := visited_place(doc, chunks, hit)) is not None \
                and seen.i == hit.j + 1:
            target = seen  # round 271: «بعد زيارته لمصر إلى سلطنة عمان»: the place right after the visit is visited
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
            target = owner(doc, chunks, partitive_object(doc, chunks, target))  # round 113: «على كثير من X»
            args.targets = expand_targets(chunks, target)
    if e.addressee and not nominal and source is not None and source.i > hit.j and source.etype != "PERSON" \
            and not nominative_plural(doc, source) and not feminine_subject(doc, hit, source) \
            and not (doc.tokens[source.i].norm_key.endswith("ون") and actor_phrase(doc, source)) \
            and not named_by_title_or_people(doc, hit, source) and not calling_body(doc, hit, source) \
            and not relative_vso(doc, hit, sent_start):
        # «ودعا المجتمع الدولي إلى ...»: one noun phrase before the complement → it is the addressee; but a
        # person named there is the one who calls («دعا الرئيس الفرنسي فرنسوا هولاند إلى ...»)
        after = past_insert(doc, source.j, sent_end) if origin is None else None  # round 208: «، في بيان ...، النائب»
        second = [c for c in rest if c.prep is None and (c.i <= (source.j if origin is None else origin) + 2
                                                          or c.i == after or (alias is not None and c.i <= alias.j + 2))]
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
        source = protesters(doc, chunks, hit, sent_start, sent_end)
        source = (crowd_sender(doc, chunks, source) or source) if source is not None else None  # oe345
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
        if k + 1 < sent_end and doc.tokens[k].norm_key in fw("relatives"):
            k += 1  # «القصف الذي طال المدينة»
        if k < sent_end and is_relay(doc.tokens[k]):
            nxt = first_after(chunks, k, 1)
            if nxt is not None and nxt.prep is None:
                args.targets = [owner(doc, chunks, nxt)]
    # (round 97: «خلال استقباله فلانا»: the pronoun is who receives; «التي يطالب الأكراد بتغييرها»: it resumes the
    # relative's antecedent)
    # (round 113: «تصريحاته»: the pronoun on a statement noun is who makes it, no object)
    if not act_rejected and not (nominal and e.code in SAID and not args.targets) and not (source is None and occasion_doer(doc, hit)) \
            and not relative_vso(doc, hit, sent_start) and not sister_masdar(doc, hit, sent_start) and not appeal_owner(doc, hit) and (
            not args.targets or (len(args.targets) == 1 and args.targets[0].entity is None and host is None)):
        # the trigger's own object pronoun first («تستهدفها»: it has no other direct object), then a phrase's
        on_trigger = enclitic(doc.tokens[hit.i]) in OBJECT_PRONOUNS and masdar_object(doc, chunks, hit) is None
        if on_trigger and (args.targets and args.targets[0].prep is not None or nominal and frame_prep_after(doc, hit)):
            on_trigger = False  # («غاراته عليهم»: the pronoun on the noun is who strikes; the object follows)
        doer_pron = on_trigger and nominal and not args.targets and lam_object_after(doc, hit)
        # (round 227: «باختطافها للمقاتلين»: the pronoun is who does it; the object follows)
        pron = None if doer_pron else pronoun_target(
            doc, chunks, hit, None if on_trigger or not args.targets else args.targets[0], source, sent_start
        )
        on_trigger = on_trigger and not doer_pron
        if doer_pron:
            # that object is whom it is done to (a name; a phrase is left to the readings of its genitive)
            args.targets = [c for c in chunks if c.i == hit.j + 1 and c.entity is not None][:1] or None
        if on_trigger and nominal and e.plover == "PROTEST":
            args.source = args.source or pron  # round 244: «مظاهراتهم»: the pronoun on a protest is who protests
            args.targets = None
        elif pron is not None or on_trigger:
            args.targets = [pron] if pron is not None else None
    if (referent := pronoun_referent(doc, hit, source, sent_start)) is not None:
        args.targets = [referent]  # «واتهمها بالتورط»: the one named that the pronoun agrees with
    if args.targets:
        args.targets = [with_group(doc, chunks, before_agent(doc, t)) or t for t in args.targets]
    if nominal and not args.targets and (denier := charge_denier(doc, chunks, hit, sent_start)) is not None:
        args.targets = [denier]  # round 216: «نفى فلان الاتهامات»: the charges are made against the one who denies
        own = args.source
        if own is not None and own.i <= denier.j and denier.i <= own.j:
            args.source = None  # (who denies them made none of them)
        elif own is not None and own.j < hit.i and faces_charges(doc, hit, sent_start):
            args.source = None  # ev291: «ويواجه فلان، وهو ابن فلان، اتهامات»: no one named before them made them
    if args.targets:  # round ev301: «تأجيل الزيارة إلى نهاية الأسبوع», «تدعو خصوصا إلى»: a time, an adverb is no party
        args.targets = [t for t in (past_adverb(doc, t) for t in args.targets)
                        if not within_time(doc, t) and not lone_adverb(doc, t)] or None
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
    if governed_verb(doc, hit, sent_start) and args.targets and first_genitive(chunks, hit, args.source):
        args.targets = [t for t in args.targets if not stray_object(doc, t)] or None  # round 271: «مدعومين أميركيًا»
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
    if args.targets and e.plover == "PROTEST":  # round 271: «للاحتجاج على انقطاع الكهرباء»: no party to it
        args.targets = [t for t in args.targets if not ownerless_grievance(doc, chunks, t)] or None
    if args.targets and e.plover == "PROTEST" and all(banner_object(doc, t) for t in args.targets):
        aim = protest_aim(doc, chunks, hit, sent_start, sent_end)  # round oe306: «الشعارات التي رفعها المتظاهرون»
        args.targets = [aim] if aim is not None else None
    if args.location is None:
        args.location, args.venue, args.topical = event_location(doc, chunks, hit, args.targets, venue)
    return args
