"""Who acts in a noun trigger's frame, for the argument finder (events.arguments): ``noun_source`` reads the source
of a noun trigger (its genitive, an agent phrase, the subject of a light verb, a relative light verb after it, the
subject before it) and says where the object search starts. events.sources re-exports it.
"""

from __future__ import annotations

from ..doc import Doc
from ..text.marks import has_letters
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
    relative_verb,
    resolve_title,
    surname_person,
)
from .chunks import Chunk, OBJECT_PRONOUNS, OPENING_QUOTES, enclitic, first_after, in_time, plain_chunk, verb_key
from .known_acts import knower
from .levelled_charges import levelled_charge
from .seat_genitives import seat_genitive
from .light_subjects import light_verb_subject
from .frame_args import Args
from .forms import PLACES, fw, fw_keys
from .lexicon import Entry, Hit
from .nisba_doers import nisba_doer
from .objects import NATIONAL_ACTS, agrees, between_sides, describing_verb
from .passive import after_tamm
from .phrases import adjective_closes, meeting_venue
from .parties import before_adverbs
from .readings import (
    accused,
    cause_agent,
    coordinated_owner,
    device_noun,
    genitive_agent,
    people_before_lam,
    owner_before_and,
    victims_noun,
)
from .attributed import coordinated_aspect
from .dead_sources import the_dead
from .deemed_visitor import deemed_person
from .kind_genitives import kind_genitive, traveller_genitive
from .talk_topics import talked_topic, topic_conductor
from .carried_parties import apart_after_time, issuer_genitive
from .perpetrators import perpetrated
from .agents import able_agent, doer, doing_masdar, persuaded_agent, persuading, responsible
from .repelled import CONFLICT_CODES, pointed_back, repelled
from .relayed import relayed
from .sisters import sister_object
from .time_apart import measured_from
from .attack_subjects import result_subject
from .manner_subjects import manner_subject
from .subjects import own_act_subject, nominal_agent, subject_before
from .aspect_reach import aspect_subject
from .aspect_gaps import disagreeing_aspect
from .aspect_relatives import aspect_doer

HARM_AND_PROTEST = ("ASSAULT", "PROTEST")
FORCE_DOER = frozenset(("ASSAULT", "PROTEST", "COERCE"))  # round 249: «قامت الشرطة باعتقال»: arrests too
EXECUTION = "execute"  # round 245b: an execution (175 since round 245) has the doer of «قام بـ», «نفذ» as an attack does
LODGED_NOT = ("15", "16", "17", "18", "19", "20")  # round mn1001: acts of force, coercion or posture are no act one
# lodges or hands over («سلموا أنفسهم طوعا أثناء المواجهات»: no source of the clashes)


def _light_doer(e: Entry) -> bool:
    """Whether the light verbs' doer («قام التنظيم بإعدام», «نفذ ... هجوما») is read for the act of entry ``e``."""
    return e.plover == "ASSAULT" or e.id == EXECUTION


def _launcher(doc: Doc, chunks: list[Chunk], hit: Hit, sent_start: int) -> Chunk | None:
    """Round ev391: «وبدأت تركيا حملة ضربات جوية», «وكثفت تركيا غاراتها»: the subject of a verb of launching or
    keeping up a campaign (function words ``launching_verbs``) does the act that is its object, right after that
    subject or as the genitive of a campaign noun right after it (``campaign_nouns``); not an act further on
    («وأطلق الرئيس حربا تستهدف تنظيما متهما بالعملية»: the war is what he launched)."""
    c = light_verb_subject(doc, chunks, hit, sent_start, "launching_verbs")
    if c is None or c.j >= hit.i:
        return None
    between = [t for t in doc.tokens[c.j + 1 : hit.i] if not in_time(doc, t)]  # ev417: «واصل X الجمعة غاراته»
    return c if not between or (len(between) == 1 and between[0].norm_key in fw_keys("campaign_nouns")) else None


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
    return not (k.startswith("ال") or k[1:3] == "ال") and has_letters(doc.tokens[nxt.i].text)


def _listed(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """«...، وتوصيات الهيئة المتعلقة بأطروحات فلان، واللقاءات مع»: a definite noun in «و» right after a comma is a
    conjunct of a list; the phrase before the comma ends another conjunct, it is no subject of this one."""
    return hit.i - 1 > sent_start and doc.tokens[hit.i - 1].text in ("،", ",") and \
        doc.tokens[hit.i].norm_key.startswith("وال")


def _case_matter(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Round 92: «قررت المحكمة تأجيل الحكم في قضية اتهام 68 شخصا»: a noun act in the genitive of a case word (function
    words ``case_words``) is the matter of the case; the subject of the clause handles it, it did not do it."""
    return hit.i - 1 >= sent_start and doc.tokens[hit.i - 1].norm_key.removeprefix("و") in fw("case_words")


def _relative_past_adjective(doc: Doc, hit: Hit, sent_end: int) -> int | None:
    """Round an401: «الاحتجاجات الكثيرة التي ينظمها سائقو ...», «الهجمات الإرهابية التي شنها»: the relative light verb
    past one definite adjective of the act and its relative pronoun (function words ``relatives``), else None."""
    a, r, v = hit.j + 1, hit.j + 2, hit.j + 3
    if v >= sent_end or v >= len(doc.tokens) or doc.tokens[r].norm_key not in fw_keys("relatives"):
        return None
    adjective = doc.tokens[a]
    if not adjective.norm_key.startswith("ال") or any(m.start < adjective.end and adjective.start < m.end
                                                       for m in doc.mentions):
        return None  # (a name or an indefinite word: not the act's own adjective)
    return v if relative_verb(doc.tokens[v].text) else None


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
    if gen_src and nxt is not None and talked_topic(doc, hit, nxt):
        # round ev453: «محادثات الائتلاف الحكومي التي يجريها»: the matter talked of, no party; who holds them
        source, obj_from = topic_conductor(doc, chunks, nxt, sent_end), nxt.j
        obj_from, nxt = max(obj_from, source.j) if source is not None else obj_from, None  # («التي أجراها فلان»)
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
    elif gen_src and nxt is None and (judged := deemed_person(doc, chunks, hit.j, sent_end)) is not None:
        source, obj_from = judged, judged.j  # round ev720: «الزيارة التي عدت تاريخية لأمير الكويت فلان»
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
    if source is None and e.id in NATIONAL_ACTS:
        source = nisba_doer(doc, hit.j + 1, sent_end)  # «الهجمات الحوثية»: the body of the article
        obj_from = hit.j + 1 if source is not None else obj_from
    if source is None:
        # «غارة جوية شنتها طائرة اميركية», «ضربة جوية نفذها الجيش»: a relative light verb names the actor
        t = next((t for t in range(hit.j + 1, min(sent_end, hit.j + 3)) if relative_verb(doc.tokens[t].text)),
                 None)  # fmt: skip
        t = _relative_past_adjective(doc, hit, sent_end) if t is None else t
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
    if source is None and (aspect := aspect_doer(doc, chunks, hit, sent_end)) is not None:
        source, obj_from = aspect  # ev594: «نيران القذائف التي بدأت المقاتلات التركية تلقيها»: who throws them
    tamm = source is None and after_tamm(doc, hit, sent_start)
    args.passive = tamm  # «وتم استهداف تجمعات»: no actor but the agent said («من قبل»), none carried
    if source is None and not tamm:
        source = doing_masdar(doc, chunks, hit, sent_start)  # «قيام مسلحين باختطاف»: the genitive of «قيام» acts
        source = source if source is not None else able_agent(doc, chunks, hit) or persuaded_agent(doc, chunks, hit)
        source = source if source is not None else responsible(doc, chunks, hit, sent_start)  # «كان مسؤولا عن قتل»
        if source is None and persuading(doc, hit) is not None:
            tamm = True  # round 109: «إقناع المؤتمر العام، المدعوم من فلان، بالتوقيع»: the one persuaded or no one
        source = source if source is not None else aspect_subject(doc, chunks, hit, sent_start)  # «قررت الحكومة اعتقال»
        if source is None and (coord := coordinated_aspect(doc, chunks, hit, sent_start))[0]:
            # «، كما بدأت في مهاجمة»: the named subject of the clause before, or none (not its object, guessed below)
            source, tamm = coord[1], coord[1] is None
        source = source if source is not None else manner_subject(doc, chunks, hit, sent_start, sent_end)
        source = source if source is not None else own_act_subject(doc, chunks, hit, sent_start)  # «نفى الجيش استهدافه»
        args.doer = source is not None
    if source is None and not tamm and args.targets is None and (lev := levelled_charge(doc, chunks, hit, sent_start)):
        source, args.targets, args.doer = lev[0], [lev[1]], True  # round ar427: «وأسندت النيابة إلى المتهمين اتهامات»
    if source is None and not tamm and _light_doer(e):
        source = light_verb_subject(doc, chunks, hit, sent_start)  # «وشن مسلحون أكراد هجوما»
        source = source or _launcher(doc, chunks, hit, sent_start)  # round ev391: «وبدأت تركيا حملة ضربات جوية»
        args.doer = source is not None
    if source is None and not tamm and e.plover == "PROTEST":
        source = light_verb_subject(doc, chunks, hit, sent_start, "organising_verbs")  # oe315: «ونظم الطلاب مظاهرة»
        args.doer = source is not None
    if source is None and not tamm and e.code[:2] not in LODGED_NOT:
        source = light_verb_subject(doc, chunks, hit, sent_start, "lodging_verbs")  # mn1001: «قدمت مصر احتجاجا رسميا»
        args.doer = source is not None
    if source is None and not tamm:
        if not victims_noun(hit) and not device_noun(hit) and not _listed(doc, hit, sent_start) \
                and not _case_matter(doc, hit, sent_start) and not apart_after_time(doc, hit, sent_start) \
                and not measured_from(doc, hit, sent_start) and not result_subject(doc, hit, sent_start):  # round 161
            # «الجرحى», «القتلى» name the victims, «مفخخة» the device: their agent is said, never guessed
            source = subject_before(doc, chunks, hit.i, sent_start, nominal=True)
            if source is not None and disagreeing_aspect(doc, chunks, hit, source, sent_start):
                source = None  # round ev468: «وأعلن حزب الله ...، كما واصلت مهاجمة»: a feminine verb's act, not his
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
            if source is not None and (relayed(doc, hit, source) or knower(doc, hit, source, sent_start)):
                source = None  # round 131: «ونقل التلفزيون اتهام شرطي بقتل»; ev608: «كان يعرف الإعلان»: not the doer
            if source is not None and perpetrated(doc, hit, sent_start):
                source = None  # ev635: «فشل الشاباك في اعتقال منفذي الهجوم»: its doers are named, not who hunts them
            if source is not None and issuer_genitive(doc, chunks, source):
                source = None  # round 74: «في قرار مجلس الشورى»: the body whose decision is cited
            if source is not None and seat_genitive(doc, chunks, source):
                source = None  # round ar427: «وعقد في مقر الجامعة العربية اجتماع»: where it is held, no one's act
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
