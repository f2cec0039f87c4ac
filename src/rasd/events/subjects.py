"""Who acts: the subject of a trigger by word order.

A subject before the verb (SVO: a name or definite phrase, any phrase where the verb is plural, the antecedent of
a relative, the phrase after «كان ... قد» or after «أن/إن»); agents told indirectly (the doer of «قام بـ», the
claimant, the speaker, the host) are in ``agents``; the tests of a verb followed by one phrase (VSO: its subject,
its object, or the patient of the unvocalised passive) in ``vso``.
"""

from __future__ import annotations

from ..doc import Doc
from ..text.verb_gender import PLURAL_ENDINGS, feminine_verb
from .actors import actor_phrase, can_act, first_conjunct, partitive, resolve_title
from .carried_parties import governed_members
from .chunks import (
    Chunk,
    OBJECT_PRONOUNS,
    PLAIN_COMPLEMENTIZERS,
    RESUMPTIVE_WINDOW,
    breaks_between,
    clause_stop,
    enclitic, finite_verb,
    in_time, is_content, kana_before,
    plain_chunk, time_tail, within_time,
    resumptive,
    verb_key,
)
from .co_subjects import NOMINAL_AGENT_WINDOW, agent_gap
from .counted_subjects import counted_kana_subject
from .described_subjects import construct_actor, described_name
from .entourage import entourage_head
from .aside_antecedents import aside_antecedent, run_object
from .governed_names import governed_apposition
from .governed_subjects import governed_subject
from .inserts import before_insert
from .forms import PLACES, bare, fw, fw_keys, nkey
from .lexicon import Hit, match_token
from .repelled import among_aside
from .said_asides import said_aside_start
from .subject_stops import era_genitive, participle_start, sequence_subject, set_off
from .word_tests import clause_break, oblique_resumed
from .opening_perfects import own_act_verb, verb_word
from .approx_subjects import counted_aspect


def subject_before(
    doc: Doc, chunks: list[Chunk], i: int, sent_start: int, nominal: bool, plural: bool = False
) -> Chunk | None:
    """The nearest chunk before token ``i`` in its clause, not governed by a preposition. Before a verb it must
    be a name or definite, unless the verb is plural: full agreement marks SVO («مسلحون مجهولون اغتالوا»). A verb
    right after a relative pronoun has the relative's antecedent as its subject («الجماعة التي هاجمت»)."""
    v = i  # the verb: a noun trigger's light verb right before it («الذي فرض سيطرته», «التي شنت هجوما»)
    if nominal and i - 1 > sent_start and verb_key(doc.tokens[i - 1].text) in fw("light_verbs"):
        v = i - 1
    if not nominal or v < i:
        kana = _kana_subject(doc, chunks, v, sent_start) or counted_kana_subject(doc, chunks, v, sent_start)  # ev351
        if kana is not None:
            return kana
    # (a verb with an object pronoun, «القرى التي يهاجمها المستوطنون», has the antecedent as its object: its
    # subject follows it)
    if nominal and sequence_subject(doc, i, sent_start):
        return None  # round 97: «، كما تناول اللقاء»: the noun is the subject of the verb before it
    if (not nominal or v < i) and v - 2 >= sent_start and bare(doc.tokens[v - 1].norm_key, "relatives") in fw(
        "relatives"
    ) and not (v == i and enclitic(doc.tokens[v]) in OBJECT_PRONOUNS) and not oblique_resumed(doc, v - 1, v):
        closing = doc.tokens[v - 2].text in ("»", '"') and v - 3 >= sent_start  # round 138: «و«جبهة النصرة» التي»
        before = [c for c in chunks if c.j == v - 2 or (closing and c.j == v - 3 and c.entity is not None)]
        after_comma = False
        if not before and v - 3 >= sent_start and doc.tokens[v - 2].text in ("،", ",") and not resumptive(doc, v, v + 1 + RESUMPTIVE_WINDOW):
            # «وقالت هيئة الكهرباء، التي أكدت»: the antecedent before the comma that opens the relative clause
            # (a body or people, definite or in construct with a definite noun: «هيئة الكهرباء»; not one man
            # before a plural relative: «المبعوث فلان، الذين التقوا» are his team)
            before = [c for c in chunks if c.j == v - 3 and c.prep is None and (c.entity is not None or (
                (c.definite or doc.tokens[c.j].norm_key.startswith("ال")) and actor_phrase(doc, c)))
                and not (c.etype == "PERSON" and doc.tokens[v - 1].norm_key in fw_keys("plural_only_relatives"))]
            after_comma = bool(before)
            if not before and (head := entourage_head(doc, chunks, v - 3) or aside_antecedent(doc, chunks, v - 3, sent_start)):
                before = [head]  # round 106: «فلان والوفد المرافق له، الذي يزور»: the one it goes with
        adjective = bool(before) and before[0].entity is None and before[0].i == before[0].j and before[0].definite
        if adjective and not before[0].coord:
            # «للتنظيم المتشدد الذي»: a definite word right after a name is its adjective; the name is meant
            noun = [c for c in chunks if c.j == before[0].i - 1 and c.entity is not None]
            before = noun or before
        # a named body or person is the relative clause's subject whatever governs it outside («التصدي للتنظيم
        # الذي فرض»), a place only where nothing does («إلى ألمانيا والتي بحث» is the visitor's talks)
        if before and (before[0].prep is None and (before[0].entity is not None or before[0].definite or after_comma)
                       or before[0].entity is not None and before[0].etype not in PLACES
                       or _plural_antecedent(doc, before[0], v)):  # fmt: skip
            if before[0].coord and before[0].entity is not None and bare(doc.tokens[v - 1].norm_key, "relatives") \
                    in fw_keys("singular_relatives"):
                return before[0]  # round 138: «تنظيم القاعدة، وجبهة النصرة التي أعلنت»: the one conjunct it agrees with
            return run_object(doc, first_conjunct(chunks, before[0], doc), lambda t: t >= sent_start and _verb_word(doc, t))
    end = i if nominal else said_aside_start(doc, participle_start(doc, i, sent_start), sent_start)  # round 97, qu620
    for c in reversed([c for c in chunks if c.j < end]):
        name_end = 0
        if breaks_between(doc, c.j + 1, end) or (nominal and set_off(doc, c.j + 1, i)):
            return None  # (round 97: «، وذلك خلال استقباله»: said of the whole clause before)
        able = _able_within(doc, c) if nominal else None
        if able is not None and can_act(doc, able) and actor_phrase(doc, able):
            # round 193: «في الأسبوع الأول لتتمكن الميليشيات من إعادة السيطرة»: a phrase the word run took in (not
            # «من محورين تمكن خلالها من استعادة السيطرة»: no phrase of an actor after the verb, read on)
            return able
        if c.i == c.j and c.entity is None and bare(doc.tokens[c.i].norm_key, "pronoun_quantifiers") in fw(
                "pronoun_quantifiers"):
            return quantified(doc, chunks, c, sent_start)  # «مصر والأردن، وجميعها حثت»: all of them, named before
        if not nominal and partitive(doc, chunks, c) is not None:
            pass  # «العشرات من مستوطني براخة هاجموا»: the group counted is the subject
        elif c.prep is not None or c.number or (nominal and c.etype in PLACES) or (nominal and _bare_adjective(doc, c)):
            continue
        elif (not nominal or time_tail(doc, chunks, c, sent_start)) and within_time(doc, c):
            continue  # ev988: «وفي اتهامات مشابهة الأسبوع الماضي اتهم فلان»: a time is no verb's subject (a noun
            # trigger's search stops at it, as before: past it lies another clause's subject; au991: not at the
            # weekday of «اليوم (الاثنين)», an adverb as the bare «اليوم» the chunker leaves out)
        elif nominal and governed_members(doc, chunks, c):
            continue  # round 117: «لجنة تضم 23 عضوا من أعضاء مجلس النواب»: the members' body, in a governed phrase
        elif nominal and among_aside(doc, c, sent_start):
            continue  # round 109: «فصائل بينها «الفرقة 30»، تلت هجوما»: one counted among others, no subject
        elif _governed_adjective(doc, chunks, c) or _governed_conjunct(doc, chunks, c) or (
                nominal and governed_apposition(doc, chunks, c)):
            continue  # «وفي اليوم التالي أعدم التنظيم»: the adjective of a noun a preposition governs is no subject
        elif nominal and (_temporal_genitive(doc, chunks, c, sent_start) or era_genitive(doc, chunks, c)):
            continue  # «لم تتأخر القوات منذ انطلاق المقاومة في تقديم المساعدات»: the time phrase's genitive
        elif nominal and _vso_object(doc, chunks, c, sent_start):
            continue  # «وأخرج صدام القمة عن هدفها باتهام الكويت»: the verb's object; its named subject acts
        elif nominal and c.entity is None and c.i > sent_start and verb_word(doc, c.i - 1, sent_start):
            if own_act_verb(doc, c.i - 1, c, i):  # ch424: also «وقرر الجيش مهاجمتهم», the masdar right after
                # round 131: «تمكنت قواتنا الأمنية من استعادة السيطرة»: the able verb's subject, none before it
                return c if can_act(doc, c) and actor_phrase(doc, c) else None
            continue  # «ولفتت الانتباه إلى إعلان», «وتضاربت المعلومات حول أسباب الهجوم»: another verb's subject or object
        elif nominal and c.coord and c.i > sent_start and _verb_word(doc, c.i - 1):
            continue  # «كما هاجم وابل الانتقادات»: a phrase in «و» right after a verb is no one's subject
        elif c.entity is None and not c.definite:
            if nominal:
                continue
            name = next((d for d in chunks if d.j == c.i - 1 and d.etype == "PERSON"), None)
            if name is not None and c.i == c.j and not c.coord and c.prep is None:
                c, name_end = name, c.j + 1  # «المتحدث باسم الجيش فيليب اغير نفى»: the rest of the name the entity layer did not take
            elif not plural and not construct_actor(doc, c):  # ev581: «إن قوات المعارضة نفذت»
                return None
        if not nominal:
            c, name_end = described_name(doc, chunks, c, name_end)  # ev380: «تنظيم داعش الإرهابي أعلن»
            gap = [t for t in range(max(c.j + 1, name_end), end) if bare(doc.tokens[t].norm_key, "auxiliaries") not in fw("auxiliaries")
                   and doc.tokens[t].norm_key not in fw("future")  # («أمانو سوف يلتقي»; ev848: «، والأميركيون أيضًا رفضوا»)
                   and not (c.coord and t == c.j + 1 and doc.tokens[t].norm_key in fw("lone_adverbs"))
                   and not (t == c.j + 1 and c.entity is not None and doc.tokens[t].text in CLOSING_QUOTES)]  # (round 106: «قسم من قادة «جبهة النصرة» أعلن»)
            if gap or _after_verb(doc, c, i, sent_start):
                return None
        return first_conjunct(chunks, c, doc)
    return None


CLOSING_QUOTES = ("»", '"', "”")


def _able_within(doc: Doc, c: Chunk) -> Chunk | None:
    """Round 193: the phrase after a verb of ability (function words ``ability_verbs``, with «لـ/و/ف» on it:
    «لتتمكن») that a word run took into the chunk ``c`` («الأسبوع الأول لتتمكن الميليشيات», «تمكنت الميليشيات»):
    the verb's subject."""
    if c.entity is not None:
        return None
    if c.i > 0 and c.prep is None and _ability_word(doc.tokens[c.i - 1].text):
        return c  # («ثم تمكنت الميليشيات من»: a verb the tagger left unmarked)
    for t in range(c.i, c.j):
        if _ability_word(doc.tokens[t].text):
            return plain_chunk(doc.tokens, t + 1, c.j, c.end)
    return None


def _ability_word(text: str) -> bool:
    key = nkey(text)
    for lead in ("", "ل", "و", "ف", "ول", "فل"):
        if key.startswith(lead) and key[len(lead):] in fw("ability_verbs"):
            return True
    return False


def _temporal_genitive(doc: Doc, chunks: list[Chunk], c: Chunk, sent_start: int) -> bool:
    """Round 92: the chunk ``c`` is the genitive of an unnamed noun right after a word of time («منذ انطلاق
    المقاومة», «بعد وصول الوفد»: function words ``time_before_words``): it tells when, and is no subject of a noun
    act after it."""
    d = next((d for d in chunks if d.j == c.i - 1), None)
    if d is None or d.entity is not None or d.i != d.j or d.number or finite_verb(doc.tokens[d.i]):
        return False
    if d.prep is not None:
        return nkey(d.prep).removeprefix("و") in fw("time_before_words")
    return d.i - 1 >= sent_start and doc.tokens[d.i - 1].norm_key.removeprefix("و") in fw("time_before_words")


def _vso_object(doc: Doc, chunks: list[Chunk], c: Chunk, sent_start: int) -> bool:
    """The chunk ``c`` is the object of a VSO clause: right after a named subject (a person or a body, no place) that
    stands right after a finite verb («وأخرج صدام القمة»); not a person after a person (one name in two runs)."""
    d = next((d for d in chunks if d.j == c.i - 1), None)
    if d is None or d.prep is not None or d.entity is None or d.entity == c.entity or d.etype in PLACES:
        return False
    if c.etype == "PERSON" or c.prep is not None or d.i - 1 < sent_start or not actor_phrase(doc, c):
        return False  # (an abstraction there, «واستذكر فلان المبادرة ... بدعوة», is no one's subject either way)
    v = d.i - 1
    if finite_verb(doc.tokens[v]):
        return True
    # an unknown perfect in «و» that opens its clause («، وأخرج»): one word, no article, no «ـة»
    k = doc.tokens[v].norm_key
    opens = v == sent_start or doc.tokens[v - 1].text in ("،", ",")
    return opens and k[:1] == "و" and len(k) >= 4 and not k[1:].startswith("ال") and not k.endswith(("ه", "ات")) \
        and not any(e.i <= v <= e.j and (e.i < v or e.entity is not None) for e in chunks)


def _after_verb(doc: Doc, c: Chunk, i: int, sent_start: int) -> bool:
    """«استهدفت الطائرات مواقع الحزب وقصفتها»: a verb in «و/ف» has no subject right before it where a verb stands
    before that phrase in its clause: the phrase is that verb's; the «و» verb shares its subject."""
    if verb_key(doc.tokens[i].text) == doc.tokens[i].norm_key:
        return False
    for t in range(c.i - 1, sent_start - 1, -1):
        if breaks_between(doc, t, t + 1) or clause_stop(doc.tokens[t].text):
            return False
        if _verb_word(doc, t):
            return True
    return False


def _verb_word(doc: Doc, t: int) -> bool:
    """Token ``t`` is a finite verb, by its shape or as a verb trigger («هاجم»)."""
    m = match_token(doc.tokens, t)
    return finite_verb(doc.tokens[t]) or (m is not None and m.pos == "V")


def quantified(doc: Doc, chunks: list[Chunk], c: Chunk, sent_start: int) -> Chunk | None:
    """What a quantifier with a pronoun («جميعها», «كلهم»: function words ``pronoun_quantifiers``) at chunk ``c``
    refers back to: the phrase right before it (past a comma and a relative pronoun), unless a preposition governs it, its first conjunct
    where it is a list («شاركت مصر والأردن والسعودية، وجميعها حثت»: Egypt ...); else None, never the quantifier."""
    k = c.i - 1
    while k >= sent_start and doc.tokens[k].text in ("،", ","):
        k -= 1
    if k > sent_start and doc.tokens[k].norm_key in fw("relatives"):
        k -= 1  # «الدول الخليجية، التي كلها رفضت القرار»: the relative's antecedent
        while k >= sent_start and doc.tokens[k].text in ("،", ","):
            k -= 1
    before = next((d for d in chunks if d.j == k), None)
    if before is None or before.prep is not None or before.number or in_time(doc, before):
        return None
    return first_conjunct(chunks, before, doc)


QAD = frozenset(nkey(w) for w in ("قد", "لقد"))
KANA_WINDOW = 16  # tokens from «كان» to «قد»


def _kana_subject(doc: Doc, chunks: list[Chunk], v: int, sent_start: int) -> Chunk | None:
    """«وكانت كتائب القسام، الجناح العسكري لحماس، قد أطلقت», «وكانت مجموعة من الطلاب قد اقتحمت»: a verb right
    after «قد» whose clause opens with «كان» has the phrase right after «كان» as its subject, definite or not,
    with an apposition or a participial phrase between. A verb right after a comma has it too where it is a
    name that runs up to that comma («وكان الأمير محمد بن سلمان، وصل أمس إلى الأردن»)."""
    toks = doc.tokens
    if v - 2 < sent_start:
        return None
    comma = toks[v - 1].text in ("،", ",")  # «وكان الأمير محمد بن سلمان، وصل أمس»: the phrase, a comma, the verb
    if not comma and toks[v - 1].norm_key not in QAD:
        return None
    t = kana_before(doc, v - 2, max(sent_start, v - KANA_WINDOW), False)
    if t is None:
        return None
    c = next((c for c in chunks if c.j > t), None)
    if c is None or c.i >= v - 1 or c.prep is not None or c.number:
        return None
    if any(is_content(toks[u]) for u in range(t + 1, c.i)):
        return None  # «وكان الاحد الماضي قد شهد»: a time or another word first, no subject there
    if c.i <= t:  # the word run took in «كان»: the subject is the rest of it
        c = plain_chunk(toks, t + 1, c.j, c.end)
    if comma:
        c = resolve_title(chunks, c, doc)
        if c.j != v - 2 or c.entity is None:
            return None  # only a name that runs right up to the comma: else the comma closes something else
    elif c.entity is None and c.title and (named := resolve_title(chunks, c, doc)).j < v - 1:
        c = named  # «وكان الرئيس باراك أوباما قد وعد»: the name before «قد» (ev457: past it, the verb's object)
    return c if can_act(doc, c) else None


ADJECTIVE_ENDINGS = ("ي", "يه", "يين", "يون", "يات", "يتين", "يتان")  # relative adjectives (folded: «ة» is «ه»)


def _bare_adjective(doc: Doc, c: Chunk) -> bool:
    """A lone unnamed definite adjective right after a word it describes («ريف حمص الشرقي», «مطار عدن الدولي»,
    «طروحات دي ميستورا الأخيرة»): no actor of its own (the run or the name before it ended at it)."""
    if c.entity is not None or c.i != c.j or c.coord or c.i == 0 or not is_content(doc.tokens[c.i - 1]):
        return False
    k = doc.tokens[c.i].norm_key
    if not k.startswith("ال") or len(k) < 5:
        return False
    stem = k[2:]
    return stem.endswith(ADJECTIVE_ENDINGS) or stem in fw("event_adjectives") or stem.removesuffix("ه") in fw(
        "event_adjectives")


def _governed_adjective(doc: Doc, chunks: list[Chunk], c: Chunk) -> bool:
    """A lone definite relative adjective after a definite noun that a preposition governs («في اليوم التالي»,
    «في الأسبوع الماضي»; the noun in a chunk of its own or in none, as a time word is)."""
    if c.entity is not None or c.i != c.j or c.coord or c.i < 2:
        return False
    k = doc.tokens[c.i].norm_key
    if not k.startswith("ال") or len(k) < 5 or not k[2:].endswith(ADJECTIVE_ENDINGS[:2]):
        return False
    noun = doc.tokens[c.i - 1].norm_key
    if not noun.startswith("ال"):
        return False
    own = next((d for d in chunks if d.i <= c.i - 1 <= d.j), None)
    if own is not None:
        return own.i == own.j and own.prep is not None
    return bare(doc.tokens[c.i - 2].norm_key, "prepositions") in fw("prepositions")


def _governed_conjunct(doc: Doc, chunks: list[Chunk], c: Chunk) -> bool:
    """«المدعوم بالدبابات والمدفعية الثقيلة»: a phrase coordinated right after one a preposition governs is
    governed too: no subject. (The name in the genitive of a governed masdar is its agent: «بتقدم الجيش».) Its
    «و» read from the word where the chunker did not mark it («والمدرعات»)."""
    prev = next((d for d in chunks if d.j == c.i - 1), None)
    coord = c.coord or (c.entity is None and doc.tokens[c.i].norm_key.startswith("وال"))
    return coord and prev is not None and prev.prep is not None


def _plural_antecedent(doc: Doc, c: Chunk, v: int) -> bool:
    """Round 244: «وعدد من الصحافيين الذين رفضوا الانصياع»: a definite plural governed by a preposition (a partitive)
    right before «الذين» is the subject of the plural verb right after it (a verb before its own subject stays
    singular: the plural ending agrees with the antecedent)."""
    return (c.entity is None and c.definite and bare(doc.tokens[v - 1].norm_key, "relatives") == "الذين"
            and verb_key(doc.tokens[v].text).endswith(("وا", "ون")) and not enclitic(doc.tokens[v]))


def nominative_plural(doc: Doc, c: Chunk) -> bool:
    """A phrase headed by a sound masculine plural in the nominative («المتظاهرون», «المسؤولون»): the case ending
    shows it is the verb's subject, never its object («وطالب المتظاهرون بـ...»; the object would be «المتظاهرين»)."""
    k = doc.tokens[c.i].norm_key
    return c.entity is None and len(k) >= 6 and k.startswith("ال") and k.endswith("ون")




def nominal_agent(doc: Doc, hit: Hit, c: Chunk) -> bool:
    """Whether the phrase ``c`` before a noun trigger of harm, protest or coercion is its agent (for other events the
    clause's subject takes part: «وصل الرئيس في زيارة»; protesters are also found by name, see
    ``protesters``). As the subject of a light or aspectual verb it
    is («قام مسلحون بخطف», «قوات التحالف وجهت ضربة», «بدأ التحالف بضربات»); the subject of a verb of report or of undergoing is not («أعلنت الشرطة مقتل»,
    «تعرضت القوات لهجوم», «نجا الوزير من انفجار»), nor the subject of the clause a governed noun hangs on («قتل
    جنديان في هجوم», «قتل أحد الأفراد إثر انفجار»), nor who handles its case («لملف الاعتداء», ``case_words``)."""
    between = [verb_key(t.text) for t in doc.tokens[c.j + 1 : hit.i]]
    verb = verb_key(doc.tokens[c.i - 1].text) if c.i > 0 else ""  # VSO: «وقد بدأ التحالف بضربات»
    if verb in fw("light_verbs") or any(k in fw("light_verbs") for k in between):
        return True
    if hit.entry.plover == "ASSAULT" and agent_gap(doc, c, hit.i) > NOMINAL_AGENT_WINDOW:  # (ev728: past a co-subject)
        return False  # «أشار فلان ... إلى عدم وجود قدرة ... على صد هجوم»: a subject many words back is not the agent
    if verb in fw("report_verbs") or any(k in fw("report_verbs") for k in between):
        return False
    if any(c.end <= q.cue.start < doc.tokens[hit.i].start for q in doc.quotes):
        return False
    if _cue_subject(doc, c):
        return False  # round 92: «وقال عباس بعد عملية إحراق المنزل»: the speaker of a cue is not the agent
    if hit.entry.plover == "COERCE" and any(bare(k, "prepositions") in fw("prepositions") for k in between):
        return False  # «المحتجين ضد قرار الاعتقال»: an arrest in a phrase a preposition governs, no act of theirs
    governed = any(p in ("ب", "ل") for p in hit.cand.proclitics)
    before = bare(doc.tokens[hit.i - 1].norm_key, "prepositions") if hit.i > c.j + 1 else ""
    topic = doc.tokens[hit.i - 1].norm_key.removeprefix("و")
    if topic in fw("topic_words") and topic != "عن":  # («كشفت الشرطة عن اعتقال»: its own act)
        return False  # «خضعوا للتحقيق على أيدي الشرطة حيال تفجيرات»: who speaks of an act or inquires into it
    if bare(topic, "clitic_prepositions")[:1] in ("ل", "ب") and topic[1:] in fw("case_words") or topic in fw("case_words"):
        return False  # «انتقادات لكلينتون بسبب إدارتها لملف الاعتداء»: who handles the case of an act did not do it
    return not governed and before not in fw("prepositions") and before not in fw("cause_heads")


CUE_TITLE_WINDOW = 3  # title words between a quote's cue and the name of its speaker («وقال الرئيس الفلسطيني فلان»)


def _cue_subject(doc: Doc, c: Chunk) -> bool:
    """Round 92: the phrase ``c`` is the speaker of a quote whose cue stands right before it, or a few title words
    before its name («وقال عباس», «وقال الرئيس محمود عباس»): who speaks of an act told after him did not do it."""
    starts = {doc.tokens[k].start for k in range(max(0, c.i - 1 - CUE_TITLE_WINDOW), c.i)}
    for q in doc.quotes:
        if q.cue.start not in starts:
            continue
        if c.i > 0 and q.cue.start == doc.tokens[c.i - 1].start:
            return True
        if c.entity is not None and q.actor() == c.entity:
            return True
    return False


CLAUSE_SUBJECT_WINDOW = 12  # tokens from «أن» to the verb of its clause


def clause_subject(doc: Doc, chunks: list[Chunk], hit: Hit, sent_start: int) -> Chunk | None:
    """«قالت الشرطة إن انتحاريا يقود شاحنة مفخخة فجر نفسه», «أفادوا بأن مهاجما انتحاريا فجر نفسه»: the noun
    phrase right after «أن/إن» is the subject (the noun of «إنّ») of the verb its clause leads to, even
    indefinite and with a participial phrase between. Not where the verb carries an object pronoun: the phrase
    is then the topic it resumes («بأن عسكريين خطفهم مقاتلو الطوارق»)."""
    i = hit.i
    if enclitic(doc.tokens[i]) in OBJECT_PRONOUNS:
        return None
    for t in range(i - 1, max(sent_start, i - CLAUSE_SUBJECT_WINDOW) - 1, -1):
        tok = doc.tokens[t]
        key = tok.norm_key
        if (clause_break(tok.text) or bare(key, "relatives") in fw("relatives")
                or key.removeprefix("و") in fw("subordinators")):
            return None  # the verb is in a relative or adverbial clause of its own («عندما يلتقي»)
        if key == "فقد" and t - 1 >= sent_start and doc.tokens[t - 1].text in ("،", ","):
            return None  # round 244: «أن X هي القضية، فقد قتل المتطرفون»: «فقد» opens a clause of its own (VSO)
        if key in PLAIN_COMPLEMENTIZERS:
            c = next((c for c in chunks if c.i > t), None)
            if c is None or c.j >= i or any(is_content(doc.tokens[u]) for u in range(t + 1, c.i)):
                return None
            k = chunks.index(c)
            group = partitive(doc, chunks, chunks[k + 1]) if k + 1 < len(chunks) else None
            if group is not None and group.j < i:
                return group  # «إن العشرات من مستوطني براخة هاجموا»
            return None if c.prep is not None or c.number or c.etype in PLACES else c
        if bare(key, "complementizers") in fw("complementizers"):
            return None
    return None


def after_aspect(doc: Doc, chunks: list[Chunk], hit: Hit, sent_start: int) -> tuple[bool, Chunk | None]:
    """«حاول المسلحون قصف مطار عدن», «قررت الحكومة اعتقال», «تحاول استهداف»: a verb trigger right after an
    attempt, a start, a continuation, a decision or a wish (function words ``aspect_verbs``), or after its subject
    right after one, is its masdar: the subject of that verb acts, and the phrase after the trigger is its object.
    (True, the subject or None where it is said before or carried), else (False, None)."""
    toks = doc.tokens
    t = hit.i - 1
    if t < sent_start or (hit.pos == "N" and (hit.cand.proclitics or enclitic(toks[hit.j]))):
        return False, None  # (a governed or owned masdar: «بدأ بقصف», «واصلت قصفها» have their own readings)
    key = verb_key(toks[t].text)
    if key in fw("aspect_verbs"):
        return True, subject_before(doc, chunks, t, sent_start, nominal=False, plural=key.endswith(("وا", "ون")))
    inserted = before_insert(doc, t, sent_start)  # round 244: «وبدأت مقاتلات تركية، منذ أواخر يوليو، مهاجمة»
    t = inserted if inserted is not None else t
    c = next((c for c in chunks if c.j == t), None)
    if inserted is not None and c is not None and c.coord and c.prep is None:  # «مقاتلات وقوات تركية»: both
        c = next((Chunk(p.i, c.j, p.start, c.end, c.entity, c.etype, None, False, False, p.definite, False)
                  for p in chunks if p.j == c.i - 1 and p.prep is None and p.j > p.i), c)
    subject = governed_subject(doc, chunks, c, sent_start, "aspect_verbs") or counted_aspect(doc, c, sent_start)
    if subject is None:
        return False, None  # (also «بدأ عقد سلسلة اجتماعات»: the phrase is the aspect verb's object, not its subject)
    return True, subject if can_act(doc, subject) else None


def own_act_subject(doc: Doc, chunks: list[Chunk], hit: Hit, sent_start: int) -> Chunk | None:
    """«ونفى الجيش استهدافه أي منطقة», «ونفت الحكومة اعتقالها المعارضين»: a masdar owned by a pronoun right after
    the subject of a verb of denying, announcing or justifying (function words ``own_act_verbs``) names that
    subject's own act: the subject, where the verb's form agrees with the pronoun, is the source."""
    toks = doc.tokens
    pron = enclitic(toks[hit.j])
    if hit.pos != "N" or hit.cand.proclitics or pron not in OBJECT_PRONOUNS:
        return None
    c = next((c for c in chunks if c.j == hit.i - 1), None)
    if c is None or c.prep is not None or c.number or c.coord or c.i - 1 < sent_start:
        return None
    key = verb_key(toks[c.i - 1].text)
    if key not in fw("own_act_verbs"):
        return None
    plural, feminine = key.endswith(PLURAL_ENDINGS), feminine_verb(key)
    if pron != ("هم" if plural else "ها" if feminine else "ه"):
        return None
    subject = resolve_title(chunks, c, doc)
    return subject if can_act(doc, subject) and (subject.entity is not None or actor_phrase(doc, subject)) else None
