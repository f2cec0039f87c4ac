"""The ``events`` stage: triggers → arguments → modality and date → one event per target → dedup."""

from __future__ import annotations


from ..doc import Doc, Event, Span
from ..pipeline import stage
from . import generic_days, lifting, told_span, where, where_carry, where_facility, where_links
from .accused_aims import aimed_at_accused
from .acting import actor_phrase
from .actors import press_actor, visitor
from ..quotes.told_outlet import told_outlet
from ..quotes.set_off_hasb import closing_source
from .arguments import Args, find_args
from .aspect_carry import aspect_prior
from .quoted_carry import impersonal_relative, other_subject_quoted, unnamed_antecedent
from .carry import antecedent_owner, carried_person_fits, clause_prior, main_over_that, prior_subject, svo_over, \
    svo_object_over
from .carried_parties import (circumstantial_other, happening_subject, object_carried, object_subject, reciprocal_unnamed,
                              unnamed_before)
from .chunks import Chunk, build_chunks, mention_index, named_genitive, plain_chunk, sentence_token_ranges
from .held import masdar_doer_fits
from .word_tests import after_noun_preposition
from .attack_subjects import attack_agent, attack_subject
from .clauses import able_subject, delegate, delegation_body, hayth_subject, repressed
from .nisba_groups import verb_group, verb_targets
from .aid_purposes import aid_targets
from .claimed_acts import told_doer
from .convictions import conviction, court_sequel
from .embargo import relayed
from .forms import PLACES
from .inner_partners import outer_partners
from .congratulated import congratulated_object
from .lexicon import Hit, find_triggers
from .joint_partners import counterpart_partner, joint_partner
from .conjuncts import conjuncts
from .dating import event_date, told_year
from .modality import FACTUAL, asked, modality
from .modality_able import shown_able
from .request_told import unnamed_request
from .said_when import said_days, shared_times
from .speaker_days import speaker_days
from .chain_days import chain_days
from .continued_days import continued_days
from .moment_days import moment_days
from .first_told import appointed_back
from .anniversary_acts import anniversary_acts
from .phone_calls import by_telephone
from .attached import named_again
from .topic_retold import body_dated, topic_retold, visit_days
from .retold_meetings import reception_days, retold_meetings
from .participle_day import participle_days
from .occasion_said import occasion_said
from .generic_means import idle_means
from .support_objects import no_parties
from .senses import not_an_event, person_releases, release_args as refusal_args, sense  # (ev495, ev505)
from .objects import trigger_adjectives
from .readings import means_noun, relative_antecedent
from .result_fold import cause_of_harm, fold_harms, fold_result, toll, toll_conjunct
from .relative_places import shared_unnamed
from .doers import teller_source
from .evaluated import judge_subject
from .duplicates import dedup
from .tour_stops import stop_places
from .carried_clauses import placed_parties
from .passes import made_passes
from .nearer_subjects import described_indefinite, nearer_named_subject, resumed_subject
from .speakers import CarriedActor, carried_actor, first_person, first_person_speaker, mention_span
from .impersonal import impersonal_exception, resumed_ma_subject
from .complements import absorbed, declared, demanded, governing, parted
from .protest_modality import called_ahead, protest_for_protest
from .protest_purpose import no_report, purpose_modality
from .protest_relatives import relative_protesters, victim_member
from .visits import TRAVEL, after_from, invitation, invitee, no_visit, receiving_verb
from .our_acts import own_act_speaker
from .specific import (SCORED, after_preposition, cues, lead_keys, light_before, passes, report_score, sentence_keys,
                       time_before, trail_keys)
from .unconventional import unconventional

BACKGROUND_WINDOW = 2  # words before a PROTEST/ASSAULT trigger that may mark it as background («بعد الهجوم»)
FRAME_WINDOW = 5  # words before it where a verb announcing an outcome cancels that («أعلنت الشرطة عن مقتل»)


def _span_attr(c: Chunk | None) -> list[int] | None:
    return [c.start, c.end] if c is not None else None


def _is_year(value: float) -> bool:
    return float(value).is_integer() and 1900 <= value <= 2100


# CAMEO: make a public statement, decline to comment, comment, consider, acknowledge, deny: what is said is no party
# (condolences and accord, 018 and 019, have the one they are offered to)
STATEMENT = ("010", "011", "012", "013", "014", "015", "016")


def _entity_type(doc: Doc, eid: str | None) -> str | None:
    ent = doc.entity(eid)
    return ent.type if ent is not None else None


def _location(doc: Doc, loc: str | None, tid: str | None, targets: list[Chunk | None]) -> str | None:
    """«سينتقل الى بلجيكا والأردن»: where the first target is the place, each destination is its own place."""
    if loc is None or tid is None or len(targets) < 2 or _entity_type(doc, tid) not in PLACES:
        return loc
    return tid if any(t is not None and t.entity == loc for t in targets) else loc


def extract_events(doc: Doc) -> list[Event]:
    mentions = mention_index(doc)
    actors: list[CarriedActor] = sorted(
        (CarriedActor(q.cue.start, who) for q in doc.quotes if not closing_source(doc, q) for who in (
            told_outlet(doc, q.cue.end) if q.attrs.get("via") == "told_outlet" else q.actor(),) if who is not None),
        key=lambda a: a.offset
    )  # (round 294: «بحسب ما أفاد به «الشرق الأوسط» فلان»: the paper, not the witness who told it the deeds; qu893:
    # not the agency of a closing «، حسب وكالة X.», who relays the sentence)
    events: list[Event] = []
    doers: set[int] = set()
    anaphors: set[int] = set()  # the id() of events told by a definite noun («الهجوم»): may name an act told before
    prev = 0
    for sent, a, b in sentence_token_ranges(doc):
        lo, prev = prev, a  # the sentence before starts at ``lo``
        if a >= b:
            continue
        # a trigger word inside a name is part of the name: «وعدن» (و + Aden, not «وعدن», they promised), «مركز
        # المعلومة للبحث والتطوير»
        hits = person_releases(doc, [Hit(h.i + a, h.j + a, h.entry, h.pos, h.cand, h.owned) for h in find_triggers(
            doc.tokens[a:b]) if h.i + a not in mentions], a, b)  # ev505: «أفرج عن 200 مليون دولار»: no release
        if not hits:
            continue
        skip = {t for h in hits for t in range(h.i, h.j + 1)}
        skip |= {t for h in hits for t in trigger_adjectives(doc, h, b, mentions)}  # «قصف جوي», «قصفا جويا»
        question = doc.tokens[b - 1].text in ("؟", "?")
        chunks = build_chunks(doc, a, b, mentions, skip, verbs=True)
        in_sent = [n for n in doc.numbers if sent.start <= n.start < sent.end]
        has_count = bool(in_sent)
        cue_ctx: tuple[frozenset[str], bool, bool] | None = None  # read once a PROTEST/ASSAULT trigger needs it
        done: list[tuple[Hit, list[Event]]] = []
        for hit in hits:
            trig = Span(doc.tokens[hit.i].start, doc.tokens[hit.j].end)
            host = absorbed(doc, hit, done)
            if host is None and done and done[-1][1] and relayed(doc, hit, done[-1][0]):
                host = done[-1][1]  # «شنت غارات استهدفت معاقله», «القصف لم يستهدف»: one event, the verb names its object
            if host is not None:
                for ev in host:
                    ev.triggers.append(trig)
                continue
            if (hit.entry.content and not declared(hit, done) and not lifting.told(doc, hit, a, b, mentions)) \
                    or demanded(doc, hit, a):
                continue
            if not_an_event(doc, hit, hits, a, b, question, mentions):
                continue  # «إعلان القاهرة»: a document's name; «الذي يسيطر على المدينة منذ»: who holds it
            hit = sense(doc, hit, hits, a, b, mentions)  # «جولات المبعوث»: talks; «هجوما حادا على منافسه»: words
            later = [h.i for h in hits if h.i > hit.j and h.pos == "V"]
            args: Args = refusal_args(doc, hit, hits, chunks, a, b, later[0] if later else b)  # ev495: «ترفض التفاوض مع كابل»
            args.targets = joint_partner(doc.tokens, chunks, hit, args.source, outer_partners(hit, hits, args.targets))  # 229; 264
            args.targets = counterpart_partner(doc, chunks, hit, args.source, args.targets)  # 280: «ونظيره فلان»
            args.targets = aimed_at_accused(doc, chunks, hit, b, args.targets)  # oe306: «احتجوا متهمين الجنود بـ»
            if (ante := relative_protesters(doc, chunks, hit, a, args.source)) is not None:
                args.source, args.passive = ante, False  # round oe315: «السكان المحليين ... الذين خرجوا إلى الشوارع»
                args.targets = [t for t in args.targets or [] if t.i > hit.j] or None
            args.source = delegation_body(doc, chunks, args.source)  # round 280: «وفد من حركة حماس التقى»
            greeted = congratulated_object(doc, chunks, hit, args)  # tf1024: «هنأ الملك سلمان على تعيينه»
            if (ma_subject := resumed_ma_subject(doc, chunks, hit)) is not None:  # round 182: «مما طالبت به النيابة»
                args.source, args.passive = ma_subject, False
                args.targets = [t for t in args.targets or [] if t is not ma_subject] or None
            if args.source is None and not args.passive and court_sequel(doc, hit, events):
                hit = Hit(hit.i, hit.j, conviction(hit.entry), hit.pos, hit.cand, hit.owned)  # «كما أدانت شخصا»: the court
            first = args.targets[0] if args.targets else None
            if hit.pos == "V" and first is not None and (
                    group := verb_group(doc, chunks, hit, args.source, first)) is not None and not victim_member(
                    doc, chunks, hit, group, args.passive):
                # «اقتحم متشددون من تنظيم داعش نقطة تفتيش»: no passive; the group acts on the phrase right after it
                args.source, args.passive = group, False
                obj = next((c for c in chunks if c.i == group.j + 1 and c.prep is None), None)
                args.targets = [obj] if obj is not None else None
            if hit.pos == "V":
                args.targets = verb_targets(doc, args.source, args.targets)  # «اقتحم مسلحون قدموا من صعدة، الاجتماع»
            args.targets = aid_targets(doc, hit.entry.code, args.targets)  # «قروضا ... للإنعاش الاقتصادي»: its aim
            if args.source is None and (able := able_subject(doc, chunks, hit, a)) is not None:
                args.source, args.passive = able, False  # «تمكنت المقاومة من قتل»: the one who could
            if (resumed := object_subject(doc, hit, args.source, a)):
                args.source = None  # round 117: «وهو يوبخ نجل القذافي ويحثه»: the object of the verb before
            if args.source is None and not args.passive and (own := resumed_subject(doc, chunks, hit, a)):
                args.source, args.targets = own, [t for t in args.targets or [] if t is not own] or None
            if happening_subject(doc, hit, args.source):
                args.source = None  # round 210: «وأكد حدوث اتفاق»: what is told, no subject
            if not args.passive and (over := main_over_that(doc, chunks, hit, a, args.source)) is not None:
                args.source = over  # round ev925: «رأت كلينتون أن الانتخابات ستكون حاسمة، ودعت إلى»
            if not args.passive and not args.speaker and (svo := svo_over(doc, chunks, hit, a, args.source)) is not None:
                args.source = svo  # round ev932: «السعودية ... ساندت الكويت، بل ونددت بالاقتحام العراقي»
            if not args.speaker and (pre := svo_object_over(doc, chunks, hit, a, args)) is not None:
                args.source, args.targets = pre, [args.source] if args.source is not None else None  # round ev960
            stated = args.source  # (round 138: a subject of reported words carries on in its sentence; not one inferred)
            if args.source is None and not args.passive:
                args.source = hayth_subject(doc, chunks, hit, a) or clause_prior(doc, chunks, hit, a, args)  # «، وطالبوا»
                args.source = args.source or aspect_prior(doc, chunks, hit, a)  # round ev291: «، كما بدأت في مهاجمة»
            if args.source is None and not args.passive and (shared := shared_unnamed(doc, hit, done)) is not None:
                args.source = shared  # round 188: «المتظاهرون الذين ... نددوا، وطالبوا»: theirs, unnamed
            if hit.entry.code.startswith("175") and hit.j + 1 < b and any(
                    h.i == hit.j + 1 and h.entry.plover == "PROTEST" for h in hits):
                protest = doc.tokens[hit.j + 1]  # «قمع الاحتجاجات»: the protest repressed (a trigger, in no chunk)
                args.targets = [Chunk(hit.j + 1, hit.j + 1, protest.start, protest.end, None, None, None, False, False,
                                      True, False)]
            if repressed(doc, hit, a):
                args.source = None  # «قمع الاحتجاجات»: the protesters' act, not the repressor's
            attack = attack_subject(doc, hit, hits, a, args.source)
            if attack is not None:
                # «واستهدف هجوم انتحاري مخفرا», «هجماتها التي تستهدف»: the attack's own agent if said near it, else
                # none; never one carried from before
                args.source = attack_agent(doc, chunks, attack, hit, find_args(doc, attack, chunks, a, b, hit.i).source)
                args.described, args.passive = True, False
                first = args.targets[0] if args.targets else None
                if first is not None and args.source is not None and first.i == args.source.i < first.j:
                    # «قتلت غارة جوية أميركية الزرقاوي»: past the attack's nisba, the verb's object
                    args.targets = [plain_chunk(doc.tokens, first.i + 1, first.j, first.end)]
            if teller_source(doc, chunks, hits, hit, args.source, a):
                args.source, args.described = None, True  # «وأدانت الوزارة خطف مدنيين»: who condemns it did not do it
            if judge_subject(doc, hit, args.source):
                args.source, args.described = None, True  # round 208: «واعتبر الرئيس المطالبة بـ ... مطلبا»
            src = told_doer(doc, hit, done, a, args)  # round ev351: «بيانا يهاجم فيه», «أعلنت مسؤوليتها عن الهجمات»
            carried = False
            carried_span: list[int] | None = None
            said = [q.actor() for q in doc.quotes if q.cue == trig and q.actor() is not None and not (
                q.attrs.get("via") == "carry" and unnamed_before(doc, args.source, hit, q.actor()))]  # round 117: «أن قرار ... يؤكد»
            if said:
                src = said[0]  # «وأكد أن ...»: the cue's speaker
            elif any(q.cue == trig and q.attrs.get("via") == "passive" for q in doc.quotes):
                args.passive = True  # «أُعلن في تل أبيب أن»: announced by no one named, no actor carried
            elif (mine := own_act_speaker(doc, hit, sent, trig, args, done)) is not None or args.speaker:
                src = mine  # «"... التقيتُ الرئيس"»; ev609: «"رغم إعلاننا ..."»: the quote's speaker
            elif first_person(doc, hit.i, a):
                we = first_person_speaker(doc, sent, trig.start, False)  # «وقال "..." أي أننا سنقوم»: the speaker acts
                if we is not None:
                    src = we
                    args.source = None
            if hit.entry.act and args.source is not None and receiving_verb(doc, hit.i, a) is not None:
                # «تلقى أمانو دعوة من اللجنة للاجتماع»: the invitee, not the one who calls; that is who it is «من»
                args.source = next((c for c in chunks if hit.j < c.i <= hit.j + 3 and c.entity is not None
                                    and after_from(doc, hit.j + 1, c.i + 1)), None)  # fmt: skip
                src = args.source.entity if args.source is not None else None
            main = governing(doc, hit, done)
            invite = invitation(doc, hit, a) if hit.pos == "N" and hit.entry.code in TRAVEL else None
            if invite is not None:
                # «وجه الملك دعوة للرئيس الروسي لزيارة المملكة»: the guest visits, later; not the host who invites
                args.source = invitee(doc, chunks, invite, hit, a)
                src = args.source.entity if args.source is not None else None
                main = None
            delegated, guest = delegate(doc, hit, a, mentions) if invite is None and hit.pos == "N" and \
                hit.entry.code in TRAVEL else (False, None)
            if delegated:
                # «فوضه رئيس الوزراء حيدر العبادي لزيارة دمشق»: the delegate visits, the one who sends him does not
                args.source = None
                src = guest
                main = None
            if main is not None and main.source is not None and not parted(doc, hit, main):
                src = main.source  # «وصلا ... بهدف الاجتماع مع»: the purpose shares the actor
                args.source = None
            # «وحلقت طائرات التحالف ... . وقصفت»: the subject of the clause before, over a passive guessed from word order
            prior = prior_subject(doc, mentions, hit, a, lo) if src is None and args.source is None and not (
                args.described or args.speaker) and (args.guessed or not args.passive) else None
            if src is None and args.source is None and hit.pos == "V" and not ((args.passive and prior is None)
                                                                               or args.described or args.speaker):
                actor = carried_actor(actors, trig.start, sent.start)
                if prior is not None and (args.passive or actor is None or actor.offset < prior[0]):
                    actor = CarriedActor(prior[0], prior[1], prior[2], hit.entry.plover or "")
                elif (near := nearer_named_subject(doc, mentions, hit, a, lo, actor.offset if actor else -1)):
                    actor = CarriedActor(near[0], near[1])  # round 138: «سيتوجه كيري ...، ثم يزور»
                src = actor.entity if actor is not None else None
                if actor is not None and src is not None and (other_subject_quoted(
                        doc, chunks, hit, src, actor.offset, events) or impersonal_relative(doc, chunks, hit.i, a)
                        or unnamed_antecedent(doc, hit.i, a) or described_indefinite(doc, chunks, mentions, hit.i, a)
                        or resumed or object_carried(doc, hit, src, a) or circumstantial_other(doc, hit, src, a)
                        or impersonal_exception(doc, hit, a, mentions)):  # round 182: «لم يعلن سوى عن»
                    src = None  # «لفتت قيادات المقاومة إلى أن القوات دخلت ...، وسيطرت»: the words name who acts
                if actor is not None and src is not None and (
                        owner := antecedent_owner(doc, chunks, hit, a, src, actor.offset)) is not None:
                    src = owner  # round 121: «منح الصندوق الأردن شهادته التي تؤكد»: the owner, not the one carried
                # the phrase is reported where the verb carries the actor of an act of its own kind («قصفت
                # الطائرات ... ودمرت»); an actor carried from a statement is too often not the one who acted
                if src is not None and reciprocal_unnamed(doc, chunks, hit, args.targets):
                    src, args.targets = None, None  # round 117: «يلتقي في جانب منها حلفاء وخصوم»: they meet
                if actor is not None and actor.plover == hit.entry.plover:
                    carried_span = actor.span
                if src is not None and not carried_person_fits(doc, hit, src):
                    src = None  # «وقد طالبوا», «كما أكدت»: the verb's dropped subject is not the man named before
                if src is not None and after_noun_preposition(doc.tokens, hit.i) and not masdar_doer_fits(doc, hit.j, src):
                    src = None  # «في رفضها», «في شن الضربات»: a masdar, no verb; its pronoun's or no one's act
                if greeted and args.targets and src == args.targets[0].entity:
                    src = None  # round tf1024: the one congratulated, carried from before, is not who congratulates
                carried = src is not None
            if (hit.entry.code in TRAVEL and no_visit(doc, hit, args, chunks)) or no_parties(doc, hit, args, a) \
                    or unnamed_request(hit, src, args) \
                    or (src is None and idle_means(doc, hit, args, a, b)):  # round 171: «لصد الهجمات», «بالطرق السلمية والتفاوض»
                continue
            if hit.entry.human and (carried or not visitor(doc, args.source)):
                continue
            if hit.entry.id == "move_to" and not carried and not visitor(doc, args.source):
                continue  # «انتقل التنفيذ إلى سوريا»: a shift; a person or a body moves (round 63)
            targets: list[Chunk | None] = list(args.targets) if args.targets else [None]
            if hit.entry.loc and not args.venue and not any(  # (round en631: «إلى مطار بغداد» is a place too)
                    t is not None and _entity_type(doc, where_facility.town_chunk(doc, t).entity) in PLACES for t in targets):
                continue  # («مشاورات جنيف»: the place, now the location, still tells the talks)
            same = protest_for_protest(main, hit)  # round 162: «تجمع المئات ... للاحتجاج على»: the gathering's own
            mod = modality(doc, hit, a, doc.quotes, purpose=(main is not None and not same) or invite is not None,
                           shown=shown_able(doc, hit, a, events))  # round 302: «قدرة (النصرة) على الخطف»
            if same and main is not None and main.modality not in FACTUAL:
                mod = main.modality  # («سيتجمعون للاحتجاج»: as the gathering)
            if mod in FACTUAL and (aim := purpose_modality(doc, hit, hits, done)) is not None:
                mod = aim  # round 196: «قررت تنظيم مسيرة غدا احتجاجا على»: the aim of a protest not held
            if question and mod != "negated" and asked(doc, hit, a):
                mod = "hypothetical"  # «هل ...؟»: asked about, not reported
            ante = relative_antecedent(doc, chunks, hit, a) if hit.pos == "V" else None
            # «الجيش الذي دخل المدينة أمس اعتقل»: the time of the relative clause before the main verb dates not it
            date, told = event_date(doc, hit, a, b, mod, doc.tokens[ante.j + 1].start if ante is not None else None)
            if date is not None and doc.date and mod == "asserted" and (date > doc.date or told_span.ahead(doc, told)):
                if called_ahead(doc, hit, told):  # round 162: «دعوة إلى التظاهر يوم الجمعة المقبل»: the call is made
                    date = doc.date
                else:
                    mod = "planned"
            if told is None and (back := appointed_back(doc, hit, events)) is not None:
                date, mod = back.date, "planned"  # round 212: «حسب موعد اللقاء»: the meeting told before, to come
            # a told happening, not a generic mention («مسلسل الاغتيالات»): a verb, or a noun with a place,
            # a time or a count in its sentence
            specific = (
                hit.pos == "V"
                or args.location is not None
                or any(sent.start <= x.start < sent.end for x in doc.times)
                or has_count
            )
            score: int | None = None
            fired: list[str] = []
            if hit.entry.plover in SCORED:
                # protest and violence words are common in generic, historical, figurative and sport use: a
                # report needs enough cues of a concrete happening (see specific.py)
                if cue_ctx is None:
                    cue_ctx = (
                        sentence_keys(doc, a, b),
                        any(mentions.get(t, ("", ""))[1] in PLACES for t in range(a, b)),
                        any(not _is_year(n.value) for n in in_sent),  # a count, not «عام 1988»
                    )
                keys, has_place, people = cue_ctx
                before = lead_keys(doc, max(a, hit.i - BACKGROUND_WINDOW), hit.i, max(a, hit.i - FRAME_WINDOW))
                score, fired = report_score(hit, hit.entry.plover, keys, has_place or args.location is not None, people,
                                            before, time_before(doc, sent.start), after_preposition(doc, hit.i, a),
                                            trail_keys(doc, hit.j, b), light_before(doc, hit.i, a))
                if no_report(doc, hit, hits, a):  # round 196: «فرقت الشرطة مظاهرة» dispersed; oe568: «سبق أن تظاهروا»
                    fired.append("dispersed")  # (the report filter's veto: see report_model.apply)
                    score += int(cues()["weights"][hit.entry.plover]["background"])
                specific = specific and passes(hit.entry.plover, score)
            if press_actor(doc, src, hit.entry.code):
                src, carried, args.source = None, False, None  # «قال سكان إن مدنيين قتلوا» after an agency's report
            made: list[Event] = []
            code = "180" if unconventional(doc, hit, a, b, next((e.actor for e in doc.entities if e.id == src), None),
                                           (args.source.i, args.source.j) if args.source is not None else None) \
                else hit.entry.code  # «الهجمات الإرهابية», «قتل المتطرفون المدنيين»: unconventional violence
            # an unnamed head's phrase runs on over the name in its genitive («جيش جنوب السودان»)
            whole_src = named_genitive(doc, chunks, args.source) if src is None and args.source is not None else None
            for tgt in targets:
                tid = tgt.entity if tgt is not None else None
                if tid is not None and tid == src:
                    continue
                whole_tgt = named_genitive(doc, chunks, tgt) if tid is None and tgt is not None else tgt
                if tid is None and whole_tgt is not None and hit.entry.code in STATEMENT and not (
                        whole_tgt.title or actor_phrase(doc, whole_tgt)):
                    whole_tgt = None  # «أعلنت اللجنة عن استبعادها لفكرة»: what is said, no party it is said to or of
                attrs: dict[str, object] = {
                    "trigger_id": hit.entry.id,
                    "pos": hit.pos,
                    "specific": specific,
                    "year": told_year(doc, hit, mod, date, told),  # round 102: a year alone, where the date is null
                    "source_span": _span_attr(whole_src if whole_src is not None else args.source),
                    "target_span": _span_attr(whole_tgt),
                    "means": means_noun(hit, hits),  # «بإطلاق النار» (see dedup)
                    # round ev342: dated by the document's day for want of a time of its own (see dedup)
                    "date_default": told is None and date is not None and date == doc.date,
                }
                # an actor phrase the entity layer left unresolved («ممثلو الدول المشاركة»)
                if whole_src is not None:
                    attrs["source_text"] = doc.text[whole_src.start : whole_src.end]
                if tid is None and whole_tgt is not None:
                    attrs["target_text"] = doc.text[whole_tgt.start : whole_tgt.end]
                if hit.owned:
                    attrs["owned_masdar"] = True  # round mn1015: dropped where its owner is not found (owned_masdars)
                if carried:
                    attrs["source_carried"] = True
                    if carried_span is not None:
                        # «قصفت الطائرات ... ودمرت»: the phrase that named the actor the verb carries
                        attrs["source_span"] = list(carried_span)
                if args.topical is not None:
                    attrs["topical"] = args.topical  # round mn984: the place it speaks of (topic_venue; round mn989: id)
                if score is not None:  # PROTEST / ASSAULT: the report cues and their score
                    attrs["report_score"] = score
                    attrs["report_cues"] = list(fired)
                ev = Event(
                    id="",
                    code=code,
                    plover=hit.entry.plover,
                    trigger=trig,
                    sentence=sent,
                    source=src,
                    target=tid,
                    location=_location(doc, args.location.entity if args.location is not None else None, tid,
                                       targets),
                    date=date,
                    modality=mod,
                    triggers=[trig],
                    attrs=attrs,
                )
                made.append(ev)
            if src is not None and not carried and hit.pos == "V" and attack is None and (
                    mod != "reported" or (stated is not None and stated.entity == src)):
                if args.source is not None and args.source.entity == src:
                    span = _span_attr(args.source)
                else:
                    span = mention_span(doc, src, trig.start)
                actors.append(CarriedActor(trig.start, src, span, hit.entry.plover or "", mod == "reported"))
                actors.sort(key=lambda x: x.offset)
            host = fold_result(attack, done, made, trig) if attack is not None and hit.pos == "N" and toll(hit) \
                else toll_conjunct(doc, hit, done, made)
            if host is not None:
                done.append((hit, host))  # round ev312: «قصفت ... ما أدى إلى مقتل»: the toll is the act's, one event
                continue
            if args.doer:
                doers.update(id(ev) for ev in made)
            if hit.pos == "N" and _definite(hit):
                anaphors.update(id(ev) for ev in made)
            done.append((hit, made))
            events.extend(made)
            if (harms := cause_of_harm(doc, hit, done[:-1], a)):
                fold_harms(events, done, harms, made)  # round ev312: «قتل سبعة جنود في هجوم انتحاري»: one event
    stop_places(doc, events)  # round mn1001: «استهلها بمصر لإجراء محادثات»: the meeting at the tour's stop
    events = dedup(events, frozenset(doers), frozenset(anaphors), doc.text, doc.entities, doc.quotes)
    events = made_passes(doc, events)  # parties told elsewhere, the toll of terror, arrivals (see passes)
    for n, ev in enumerate(events, 1):
        ev.id = f"V{n}"
    return events


def _definite(hit: Hit) -> bool:
    """A noun trigger with the article or a pronoun («الهجوم», «بالقصف», «قصفه»): it may refer back to an act."""
    return "ال" in hit.cand.proclitics or hit.cand.key.startswith("ال") or bool(hit.cand.enclitic)


@stage("events", requires=("tokens", "sentences", "entities", "times", "quotes"), assigns=("events",))
def events_stage(doc: Doc) -> None:
    # a place carried on in the same scene, from a journey to the meeting it is for, from the talks just told, from
    # the next sentence that tells where the meeting was held
    doc.events = where_links.held_next_places(doc, where_links.continued_talks_places(
        doc, where.scene_places(doc, where_links.purpose_places(doc, extract_events(doc)))))
    where_carry.carried_places(doc, doc.events)  # told again, during a visit, «هناك», «لبلاده», a campaign's place
    placed_parties(doc, doc.events)  # round 219: «أنها استهدفت مناطق» after «ضربة ... ضد X», «زيارته لموسكو»
    said_days(doc, doc.events)  # an act told in yesterday's statement is not of today
    participle_days(doc, doc.events)  # round 287: «ودعا ...، قائلا في بيان صدر أول من أمس إن»
    occasion_said(doc, doc.events)  # round dt313: «وأكد، خلال لقائه ...، مساء أمس، أن»: the meeting's day
    conjuncts(doc, doc.events)  # round 116: «سوف يكون الهجوم ...، وسيطرة», «، أمس، عبر زيارة ...، وعقده لقاءات»
    shared_times(doc, doc.events)  # round 107: «ودانت ... أول من أمس ...، وطالبت»: the time of the act coordinated
    speaker_days(doc, doc.events)  # round 242, tm592: «وبعد اللقاء انتقد», «أكد بعد قليل»: the day of the sentence before
    chain_days(doc, doc.events)  # round ti972: a statement kept apart from its speaker's first: the chain's day
    continued_days(doc, doc.events)  # round ti874: «في العاشر من يوليو، أدانت المحكمة» then «واتهمت المحكمة»: that day
    moment_days(doc, doc.events)  # round ti886: «بعد دقائق من إعلان القواعد», «في غضون ذلك»: the day of that act
    named_again(doc, doc.events)  # «الهجوم» told again: the day of the attack told before
    retold_meetings(doc, doc.events)  # round 287: «حضر اللقاء فلان» after «لدى لقائه ... أول من أمس»
    reception_days(doc, doc.events)  # round 287: «وكان الأمير وصل أمس ...، وكان في استقباله فلان»
    topic_retold(doc, doc.events)  # round 281: «بشأن استنكار الجامعة للقصف» after «ودانت الجامعة أول من أمس القصف»
    body_dated(doc, doc.events)  # round 281: «الجامعة، التي استنكرت القصف» before «ودانت الجامعة أول من أمس القصف»
    visit_days(doc, doc.events)  # round mn971: «زيارة الأمير ... إلى الأردن» after «وكان الأمير وصل أمس إلى الأردن»
    anniversary_acts(doc, doc.events)  # round 212: «مرور عام على احتلال سنجار», then «هجوم ... على سنجار»
    generic_days.apply(doc, doc.events)  # round ev849: the report model; a generic act has no day (its list too)
    by_telephone(doc, doc.events)  # round ev901: «اتصال هاتفي»: 041, once the passes that read a meeting's 040 ran


__all__ = ["events_stage", "extract_events", "dedup", "sentence_token_ranges"]
