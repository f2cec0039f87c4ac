"""The argument finder: the source, targets and location of one trigger, by its frame (``find_args``).

It reads the chunks of the trigger's sentence (events.chunks) in the order of its frame: a noun trigger's
genitive, agent phrase or light-verb subject; a verb's subject before it or its VSO phrase after it, or a passive
reading with no actor (events.subjects); the object after it, governed by the frame's prepositions
(events.objects), or for a protest one said anywhere in the sentence (events.protest); the referent of an object
pronoun; and a place after «في», nearest to the trigger.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..doc import Doc, Token
from ..text.normalize import is_arabic_letter
from .actors import (
    agent,
    can_act,
    expand_targets,
    first_conjunct,
    is_nisba,
    owner,
    partitive,
    past_honorific,
    person_after,
    phrase_after,
    relative_verb,
    resolve_title,
    visitor,
    with_group,
)
from .chunks import (
    Chunk,
    OBJECT_PRONOUNS,
    PLAIN_COMPLEMENTIZERS,
    breaks_between,
    chunk_flags,
    content_text,
    enclitic,
    first_after,
    in_time,
    is_content,
    plain_chunk,
    reflexive,
    verb_key,
)
from .forms import PLACES, bare, fw, nkey
from .lexicon import Hit
from .passive import after_tamm, relative_passive
from .phrases import (
    adjective_closes,
    first_person_past,
    lam_pronoun,
    masculine_head,
    meeting_seat,
    meeting_venue,
    negated_adjective,
    no_vso_subject,
)

_PLACE_WORDS = frozenset(nkey(w) for w in ("محافظة", "مدينة", "منطقة", "بلدة", "قرية", "ريف", "حي", "ولاية", "إقليم",
                                          "مخيم", "جزيرة", "عاصمة", "العاصمة"))
VISIT = "042"  # CAMEO: make a visit


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


def _subject_before(
    doc: Doc, chunks: list[Chunk], i: int, sent_start: int, nominal: bool, plural: bool = False
) -> Chunk | None:
    """The nearest chunk before token ``i`` in its clause, not governed by a preposition. Before a verb it must
    be a name or definite, unless the verb is plural: full agreement marks SVO («مسلحون مجهولون اغتالوا»). A verb
    right after a relative pronoun has the relative's antecedent as its subject («الجماعة التي هاجمت»)."""
    v = i  # the verb: a noun trigger's light verb right before it («الذي فرض سيطرته», «التي شنت هجوما»)
    if nominal and i - 1 > sent_start and verb_key(doc.tokens[i - 1].text) in fw("light_verbs"):
        v = i - 1
    if not nominal or v < i:
        kana = _kana_subject(doc, chunks, v, sent_start)
        if kana is not None:
            return kana
    # (a verb with an object pronoun, «القرى التي يهاجمها المستوطنون», has the antecedent as its object: its
    # subject follows it)
    if (not nominal or v < i) and v - 2 >= sent_start and bare(nkey(doc.tokens[v - 1].text), "relatives") in fw(
        "relatives"
    ) and not (v == i and enclitic(doc.tokens[v]) in OBJECT_PRONOUNS):
        before = [c for c in chunks if c.j == v - 2]
        adjective = bool(before) and before[0].entity is None and before[0].i == before[0].j and before[0].definite
        if adjective and not before[0].coord:
            # «للتنظيم المتشدد الذي»: a definite word right after a name is its adjective; the name is meant
            noun = [c for c in chunks if c.j == before[0].i - 1 and c.entity is not None]
            before = noun or before
        # a named body or person is the relative clause's subject whatever governs it outside («التصدي للتنظيم
        # الذي فرض»), a place only where nothing does («إلى ألمانيا والتي بحث» is the visitor's talks)
        if before and (before[0].prep is None and (before[0].entity is not None or before[0].definite)
                       or before[0].entity is not None and before[0].etype not in PLACES):  # fmt: skip
            return first_conjunct(doc, chunks, before[0])
    for c in reversed([c for c in chunks if c.j < i]):
        name_end = 0
        if breaks_between(doc, c.j + 1, i):
            return None
        if not nominal and partitive(doc, chunks, c) is not None:
            pass  # «العشرات من مستوطني براخة هاجموا»: the group counted is the subject
        elif c.prep is not None or c.number or (nominal and c.etype in PLACES) or (nominal and _bare_adjective(doc, c)):
            continue
        elif c.entity is None and not c.definite:
            if nominal:
                continue
            name = next((d for d in chunks if d.j == c.i - 1 and d.etype == "PERSON"), None)
            if name is not None and c.i == c.j and not c.coord and c.prep is None:
                c, name_end = name, c.j + 1  # «المتحدث باسم الجيش فيليب اغير نفى»: the rest of the name the entity layer did not take
            elif not plural:
                return None
        if not nominal:
            gap = [t for t in range(max(c.j + 1, name_end), i) if bare(nkey(doc.tokens[t].text), "auxiliaries") not in fw("auxiliaries")]
            if gap:
                return None
        return first_conjunct(doc, chunks, c)
    return None


KANA = frozenset(nkey(w) for w in ("كان", "كانت", "كانوا", "كانا", "كانتا"))
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
    if not comma and nkey(toks[v - 1].text) not in QAD:
        return None
    for t in range(v - 2, max(sent_start, v - KANA_WINDOW) - 1, -1):
        tok = toks[t]
        key = nkey(tok.text)
        if tok.text in fw("clause_breaks") or bare(key, "complementizers") in fw("complementizers"):
            return None
        if key.removeprefix("و").removeprefix("ف") not in KANA and key not in KANA:
            continue
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
        return c if can_act(doc, c) else None
    return None


ADJECTIVE_ENDINGS = ("ي", "يه", "يين", "يون", "يات", "يتين", "يتان")  # relative adjectives (folded: «ة» is «ه»)


def _bare_adjective(doc: Doc, c: Chunk) -> bool:
    """A lone unnamed definite adjective right after a word it describes («ريف حمص الشرقي», «مطار عدن الدولي»,
    «طروحات دي ميستورا الأخيرة»): no actor of its own (the run or the name before it ended at it)."""
    if c.entity is not None or c.i != c.j or c.coord or c.i == 0 or not is_content(doc.tokens[c.i - 1]):
        return False
    k = nkey(doc.tokens[c.i].text)
    if not k.startswith("ال") or len(k) < 5:
        return False
    stem = k[2:]
    return stem.endswith(ADJECTIVE_ENDINGS) or stem in fw("event_adjectives") or stem.removesuffix("ه") in fw(
        "event_adjectives")


def _nominative_plural(doc: Doc, c: Chunk) -> bool:
    """A phrase headed by a sound masculine plural in the nominative («المتظاهرون», «المسؤولون»): the case ending
    shows it is the verb's subject, never its object («وطالب المتظاهرون بـ...»; the object would be «المتظاهرين»)."""
    k = nkey(doc.tokens[c.i].text)
    return c.entity is None and len(k) >= 6 and k.startswith("ال") and k.endswith("ون")


HARM_AND_PROTEST = ("ASSAULT", "PROTEST")


def _nominal_agent(doc: Doc, hit: Hit, c: Chunk) -> bool:
    """Whether the phrase ``c`` before a noun trigger of harm or protest is its agent (for other events the
    clause's subject takes part: «وصل الرئيس في زيارة»; protesters are also found by name, see
    ``_protesters``). As the subject of a light or aspectual verb it
    is («قام مسلحون بخطف», «قوات التحالف وجهت ضربة», «بدأ التحالف بضربات»); the subject of a verb of report or of undergoing is not («أعلنت الشرطة مقتل»,
    «تعرضت القوات لهجوم», «نجا الوزير من انفجار»), nor the subject of the clause a governed noun hangs on («قتل
    جنديان في هجوم», «قتل أحد الأفراد إثر انفجار»)."""
    between = [verb_key(t.text) for t in doc.tokens[c.j + 1 : hit.i]]
    verb = verb_key(doc.tokens[c.i - 1].text) if c.i > 0 else ""  # VSO: «وقد بدأ التحالف بضربات»
    if verb in fw("light_verbs") or any(k in fw("light_verbs") for k in between):
        return True
    if verb in fw("report_verbs") or any(k in fw("report_verbs") for k in between):
        return False
    if any(c.end <= q.cue.start < doc.tokens[hit.i].start for q in doc.quotes):
        return False
    governed = any(p in ("ب", "ل") for p in hit.cand.proclitics)
    before = bare(nkey(doc.tokens[hit.i - 1].text), "prepositions") if hit.i > c.j + 1 else ""
    return not governed and before not in fw("prepositions") and before not in fw("cause_heads")


DOING_VERBS = frozenset(nkey(w) for w in ("قام", "قامت", "قاموا", "قاما", "يقوم", "تقوم", "يقومون", "يقومان"))
DOER_WINDOW = 10  # tokens from «قام» to the act it governs


def _doer(doc: Doc, chunks: list[Chunk], hit: Hit, sent_start: int) -> Chunk | None:
    """«قام مسلحون يرتدون بزات الأمن بخطف», «قامت امرأة بلجيكية اعتنقت الإسلام بتفجير نفسها», «إن قوة من الشرطة
    قامت بمداهمة»: an act governed by «بـ» after «قام» has the verb's subject as its agent, with words between."""
    if "ب" not in hit.cand.proclitics:
        return None
    for t in range(hit.i - 1, max(sent_start, hit.i - DOER_WINDOW) - 1, -1):
        tok = doc.tokens[t]
        if tok.text in fw("clause_breaks") or tok.text in ("،", ","):
            return None
        key = verb_key(tok.text)
        if key not in DOING_VERBS:
            continue
        if breaks_between(doc, t + 1, hit.i):
            return None
        run = next((c for c in chunks if c.i < t == c.j and c.entity is None), None)
        if run is not None:  # «قوة من الجيش قامت»: the word run took in the verb; its subject is the run before it
            if run.prep is not None and partitive(doc, chunks, run) is None:
                return None
            subject = plain_chunk(doc.tokens, run.i, t - 1)
            return subject if can_act(doc, subject) else None
        after = phrase_after(doc, chunks, t)
        if after is not None and after.j < hit.i:
            ok = after.prep is None and not after.number and can_act(doc, after)
            return after if ok else None
        before = _subject_before(doc, chunks, t, sent_start, nominal=False, plural=key.endswith(("وا", "ون")))
        return before if before is not None and can_act(doc, before) else None
    return None


# acts whose nisba adjective names who did them («غارة إسرائيلية»); after a killing or an abduction it names the
# victim («مقتل أمريكي»)
NATIONAL_ACTS = frozenset(("airstrike", "airraid", "strike_mil", "shell", "attack", "storm", "bombing"))


PRONOUN_COMPLEMENTIZERS = frozenset(nkey(w) for w in (
    "أنه", "إنه", "انه", "بأنه", "بانه", "أنها", "إنها", "انها", "بأنها", "بانها", "أنهم", "إنهم", "انهم", "بأنهم", "بانهم"))


def _speaker_for(doc: Doc, chunks: list[Chunk], hit: Hit, source: Chunk | None, sent_start: int) -> Chunk | None:
    """The speaker named in the sentence, where the verb told in its words has the speaker as its subject:
    a pronoun on «أنه» right before it («أكد الحلف أنه قتل 150 متمردا»: not «أنه قُتل», which has no object and is
    read as passive before this), or a phrase owned by a pronoun («قال الجيش إن طائراته قصفت», «إن قواته أطلقت»)."""
    if hit.i <= sent_start:
        return None
    if source is None:
        if verb_key(doc.tokens[hit.i - 1].text) not in PRONOUN_COMPLEMENTIZERS:
            return None
    elif not (source.entity is None and source.j < hit.i and enclitic(doc.tokens[source.j]) in OBJECT_PRONOUNS
              and source.i > sent_start
              and bare(nkey(doc.tokens[source.i - 1].text), "complementizers") in PLAIN_COMPLEMENTIZERS):
        return None
    at = doc.tokens[hit.i].start
    quote = next((q for q in doc.quotes if q.content.start <= at < q.content.end and q.speaker is not None), None)
    if quote is None:
        return None  # (an unnamed speaker, «أكدت مصادر أمنية أنها ...», is seldom the one who acted)
    named = [c for c in chunks if c.entity == quote.speaker and c.end <= at]
    return min(named, key=lambda c: abs(c.start - quote.cue.start)) if named else None


def _claimant(doc: Doc, chunks: list[Chunk], hit: Hit, sent_start: int, sent_end: int) -> Chunk | None:
    """Who claimed an attack in its sentence: «هجوم انتحاري تبنته طالبان», «وتبنت الحركة المسؤولية عن عملية
    تفجير», «أعلنت جماعة ... مسؤوليتها عن خطف»; the claimant is the subject of the claim verb."""
    keys = [verb_key(t.text) for t in doc.tokens[sent_start:sent_end]]
    for n, k in enumerate(keys):
        t = sent_start + n
        if t in range(hit.i, hit.j + 1):
            continue
        claim = k in fw("claim_verbs")
        if not claim and n + 1 < len(keys) and any(x in fw("claim_nouns") for x in keys[n + 1 : n + 6]):
            claim = k in fw("report_verbs") and k.startswith(("اعلن", "يعلن", "تعلن"))
        if not claim or (n > 0 and keys[n - 1] in fw("negations")):
            continue
        nxt = first_after(chunks, t, 2)
        run = next((c for c in chunks if c.i <= t < c.j and c.entity is None), None)
        if run is not None:  # «وتبنت الحركة المسؤولية»: the word run took in the verb; the subject follows it
            end = next((u for u in range(t + 1, run.j + 1) if keys[u - sent_start] in fw("claim_nouns")), run.j + 1)
            toks = doc.tokens
            nxt = plain_chunk(toks, t + 1, end - 1) if end > t + 1 else None
        if nxt is not None and nxt.prep is None and not nxt.number and keys[nxt.i - sent_start] not in fw("claim_nouns"):
            return nxt if can_act(doc, nxt) else None
        before = _subject_before(doc, chunks, t, sent_start, nominal=False, plural=k.endswith("وا"))
        return before if before is not None and can_act(doc, before) else None
    return None


CLAUSE_SUBJECT_WINDOW = 12  # tokens from «أن» to the verb of its clause


def _describes(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """An imperfect verb right after an indefinite noun or adjective describes it («تنظيم غير إسلامي يهدد
    الأقليات»: which threatens): that noun is its subject, so the phrase after the verb is no VSO subject."""
    k = nkey(doc.tokens[hit.i].text)
    if hit.i - 1 < sent_start or k[:1] not in ("ي", "ت"):
        return False
    prev = doc.tokens[hit.i - 1]
    p = nkey(prev.text)
    return (content_text(prev.text) and not p[:1].isdigit() and not p.startswith(("ال", "وال", "فال", "بال", "لل"))
            and p[:1] not in ("ي", "ت", "ن", "س") and p.endswith(("ي", "ه")) and not in_time(doc, prev))


def _lone_vso_phrase(doc: Doc, hit: Hit, nxt: Chunk, sent_end: int) -> bool:
    """Whether the phrase ``nxt`` after a transitive verb stands alone: no object pronoun on the verb, no
    accusative word in the phrase after its head («هاجم مسلحون مسجدا» is active), and after it (past a title's
    name and a time) a preposition, a comma or the end of the sentence."""
    toks = doc.tokens
    if enclitic(toks[hit.i]) in OBJECT_PRONOUNS or reflexive(doc, nxt.j + 1, sent_end):
        return False
    if any(nkey(toks[t].text).endswith("ا") for t in range(nxt.i + 1, nxt.j + 1)):
        return False
    t = nxt.j + 1
    while t < sent_end and (toks[t].text in ("(", ")") or verb_key(toks[t].text) in fw("not_actors")
                            or any(x.start <= toks[t].start < x.end for x in doc.mentions)):
        t += 1  # «قتل احد افراد البيشمركة (القوات الكردية)», «جرح وزير الدفاع الياس المر»
    if t >= sent_end:
        return True
    key = nkey(toks[t].text)
    return (toks[t].text in fw("clause_breaks") or toks[t].text in ("،", ",")
            or bare(key, "prepositions") in fw("prepositions"))


def _passive_pair(doc: Doc, hit: Hit, end: int) -> bool:
    """«قتل جنديان وأصيب تسعة», «ثلاثة عراقيين قتلوا وأصيب 13 آخرون»: a verb coordinated with the passive of
    wounding in the casualty report is itself passive; so is a verb written passive («اغتيل»)."""
    if nkey(doc.tokens[hit.i].text).lstrip("وف") in fw("passive_forms"):
        return True
    for t in range(hit.j + 1, min(end, hit.j + 10)):
        k = nkey(doc.tokens[t].text)
        if k[:1] == "و" and k[1:] in fw("passive_pair"):
            return True
        if doc.tokens[t].text in fw("clause_breaks") or doc.tokens[t].text in ("،", ","):
            return False
    return False


def _jurih(doc: Doc, hit: Hit) -> bool:
    """«جرح»: the unvocalised verb of wounding is read as its passive in reports («جرح وزير الدفاع في تفجير»)."""
    return hit.entry.id == "wound" and verb_key(doc.tokens[hit.i].text).startswith("جرح")


APPROXIMATORS = frozenset(nkey(w) for w in ("نحو", "حوالي", "حوالى", "قرابة"))


def _no_object(doc: Doc, hit: Hit, sent_end: int) -> bool:
    """A transitive verb of harm with nothing after it but a preposition, a time or the end of its clause is the
    unvocalised passive: «إن أربعة من الحراس قتلوا في هجوم», «خطف من منزله مساء أمس»."""
    if hit.entry.plover != "ASSAULT" or not hit.entry.obj or enclitic(doc.tokens[hit.i]) in OBJECT_PRONOUNS:
        return False  # (the passive of harm is the casualty report's; «زار الوزير في ...» is active)
    if reflexive(doc, hit.j + 1, sent_end):
        return False
    t = hit.j + 1
    while t < sent_end and (any(x.start <= doc.tokens[t].start < x.end for x in doc.times)
                            or verb_key(doc.tokens[t].text) in fw("not_actors")):
        t += 1  # «قتلوا أمس في ...»
    if t >= sent_end:
        return True
    tok = doc.tokens[t]
    key = nkey(tok.text)
    if key in APPROXIMATORS and t + 1 < sent_end and chunk_flags(doc.tokens[t + 1].text, False)[2]:
        return False  # «قتل نحو 150 متمردا»: «نحو» counts the object, it is no preposition
    if bare(key, "prepositions") in fw("prepositions"):
        # a time adverbial before the object: «خطفوا قبل ظهر أمس أميركيا», «فجروا في وقت مبكر من صباح أمس الطريق»
        for u in range(t + 1, min(sent_end - 1, t + 8)):
            if doc.tokens[u].text in fw("clause_breaks") or doc.tokens[u].text in ("،", ","):
                break
            if verb_key(doc.tokens[u].text) in fw("not_actors"):
                nxt = doc.tokens[u + 1]
                if is_content(nxt) and verb_key(nxt.text) not in fw("not_actors") and not nkey(nxt.text).startswith("و"):
                    return False
        return True
    return (tok.text in fw("clause_breaks") or tok.text in ("،", ",")
            or (key[:1] == "و" and key[1:] in fw("passive_pair")))


def _clause_subject(doc: Doc, chunks: list[Chunk], hit: Hit, sent_start: int) -> Chunk | None:
    """«قالت الشرطة إن انتحاريا يقود شاحنة مفخخة فجر نفسه», «أفادوا بأن مهاجما انتحاريا فجر نفسه»: the noun
    phrase right after «أن/إن» is the subject (the noun of «إنّ») of the verb its clause leads to, even
    indefinite and with a participial phrase between. Not where the verb carries an object pronoun: the phrase
    is then the topic it resumes («بأن عسكريين خطفهم مقاتلو الطوارق»)."""
    i = hit.i
    if enclitic(doc.tokens[i]) in OBJECT_PRONOUNS:
        return None
    for t in range(i - 1, max(sent_start, i - CLAUSE_SUBJECT_WINDOW) - 1, -1):
        tok = doc.tokens[t]
        key = nkey(tok.text)
        if (tok.text in fw("clause_breaks") or bare(key, "relatives") in fw("relatives")
                or key.removeprefix("و") in fw("subordinators")):
            return None  # the verb is in a relative or adverbial clause of its own («عندما يلتقي»)
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


_PROTESTER = re.compile(r"^[وف]?(?:[بلك]?ال|لل|[بلك])?(?:متظاهر|محتج|معتصم|مضرب)(?:ون|ين|ه|ات|ا|ي|و)?$")


def _protesters(doc: Doc, hit: Hit, sent_start: int, sent_end: int) -> Chunk | None:
    """Who protests, when no subject was found: the protesters named in the sentence («المتظاهرين»,
    «محتجون», «عشرات من المعتصمين»), the nearest to the trigger."""
    best: tuple[int, int] | None = None
    for t in range(sent_start, sent_end):
        if hit.i <= t <= hit.j or not _PROTESTER.match(nkey(doc.tokens[t].text)):
            continue
        d = abs(t - hit.i)
        if best is None or d < best[0]:
            best = (d, t)
    if best is None:
        return None
    return plain_chunk(doc.tokens, best[1], best[1])


def _after_event_noun(doc: Doc, chunks: list[Chunk], c: Chunk, after: int, preps: frozenset[str]) -> bool:
    """«على زيارة بوش»: ``c`` is the genitive of an event noun (a trigger, in no chunk) right after a
    preposition of the frame: the object of the preposition is that event, and ``c`` who did it."""
    k = c.i - 1
    if c.coord or k - 1 <= after or not is_content(doc.tokens[k]) or any(d.i <= k <= d.j for d in chunks):
        return False
    return bare(nkey(doc.tokens[k - 1].text), "prepositions") in preps


SLOGAN_HEADS = frozenset(nkey(w) for w in ("الموت", "يسقط", "ليسقط", "فليسقط", "بسقوط", "ضد"))


def _aim_after(doc: Doc, chunks: list[Chunk], t: int) -> Chunk | None:
    """The phrase a cue at token ``t`` governs: «منددين بالانقلاب», «مطالبين لجنة ... بنشر» (the addressee of a
    demand), «للمطالبة باستقالة الحكومة» (an event noun and its genitive), «الموت لأمريكا», «ضد الحكومة»."""
    key = verb_key(doc.tokens[t].text)
    nxt = phrase_after(doc, chunks, t)
    toks = doc.tokens
    loose = [u for u in (t + 1, t + 2) if u < len(toks) and is_content(toks[u]) and not any(c.i <= u <= c.j for c in chunks)]
    lone_bi = nxt is not None and nxt.i == nxt.j == t + 1 and nkey(toks[t + 1].text)[:1] == "ب"
    if loose and (nxt is None or nxt.i > loose[0] or (lone_bi and loose[0] == t + 2)):
        # a word after the cue is a trigger, in no chunk («تطالب بانهاء الحصار»): the phrase of those words
        nxt = _raw_phrase(doc, t + 1) or nxt
    if nxt is None or nxt.number:
        return None
    if key in SLOGAN_HEADS:
        return nxt if nxt.prep in (None, "ل", "ضد") else None
    if nxt.i - t == 2 and is_content(doc.tokens[t + 1]):  # «للمطالبة باستقالة الحكومة»: an event noun
        return nxt
    if nxt.prep not in (None, "ب", "ل"):
        return None
    word = nkey(doc.tokens[nxt.i].text)
    lone = nxt.i == nxt.j and word[:1] in ("ب", "ل") and not word.startswith("لل")
    if lone and owner(doc, chunks, nxt).entity is None:
        # «مطالبين بإعدامه», «منددين بالقتل», «مناهضة لكل»: a lone act or pronoun governed by «بـ/لـ» names no one;
        # «معادين للرئيس» and «تأييدا لقرار مجلس الأمن» do
        return None
    return nxt


RAW_PHRASE = 3  # words


def _raw_phrase(doc: Doc, u: int) -> Chunk | None:
    """Up to three words from token ``u`` on, triggers included, to the first punctuation, preposition, relative
    or «أن» (an event's complement where the chunks skipped its trigger words)."""
    toks = doc.tokens
    v = u
    while v < len(toks) and v - u < RAW_PHRASE:
        text = toks[v].text
        key = nkey(text)
        if (not text or not is_arabic_letter(text[0]) or bare(key, "prepositions", "relatives") in fw("prepositions")
                or bare(key, "relatives") in fw("relatives") or key in PLAIN_COMPLEMENTIZERS):
            break
        v += 1
    return plain_chunk(toks, u, v - 1) if v > u else None


def _is_aim_cue(doc: Doc, t: int) -> bool:
    key = verb_key(doc.tokens[t].text)
    return key in fw("protest_aims") or key in SLOGAN_HEADS


def _protest_aim(doc: Doc, chunks: list[Chunk], hit: Hit, sent_start: int, sent_end: int) -> Chunk | None:
    """What a protest is against or for, said by a complement in its sentence: «منددين بالانقلاب», «للمطالبة
    باستقالة الحكومة», «تأييدا لقرار مجلس الأمن», «هتافات مضادة لمحافظ مقديشو», «يهتفون ضد الحكومة», «الموت
    لأمريكا»; first after the trigger, then before it («متظاهرون معادون لحزب الشعب ألقوا ...»)."""
    for t in range(hit.j + 1, sent_end):
        if doc.tokens[t].text in fw("clause_breaks"):
            break
        if _is_aim_cue(doc, t):
            aim = _aim_after(doc, chunks, t)
            if aim is not None:
                return aim
    for t in range(hit.i - 1, sent_start - 1, -1):
        if doc.tokens[t].text in fw("clause_breaks"):
            break
        if _is_aim_cue(doc, t):
            aim = _aim_after(doc, chunks, t)
            if aim is not None and aim.j < hit.i:
                return aim
    return None


CLASH_NOUNS = frozenset(nkey(w) for w in ("مواجهات", "المواجهات", "اشتباكات", "الاشتباكات", "صدامات", "الصدامات",
                                           "مصادمات", "المصادمات"))
CLASH_WINDOW = 8  # tokens from «اشتبك» to «مع»


def _clash_side(doc: Doc, chunks: list[Chunk], sent_start: int, sent_end: int) -> Chunk | None:
    """Whom the protesters clash with, in the protest's sentence: «مواجهات بين المتظاهرين والشرطة», «اشتبك
    المتظاهرون مع الجنود»: the other side of the clash."""
    toks = doc.tokens
    for t in range(sent_start, sent_end - 1):
        key = verb_key(toks[t].text)
        if key in CLASH_NOUNS and nkey(toks[t + 1].text) == "بين":
            sides = [c for c in chunks if c.i > t + 1][:4]
            if len(sides) < 2 or sides[0].i != t + 2:
                continue
            second = next((c for c in sides[1:] if c.coord and c.i <= sides[0].j + 4), None)
            if second is None:
                continue
            if _PROTESTER.match(nkey(toks[second.i].text)):
                return sides[0]
            if any(_PROTESTER.match(nkey(toks[u].text)) for u in range(sides[0].i, second.i)):
                return second
        elif key.startswith(("اشتبك", "يشتبك")) or key in CLASH_NOUNS:
            for u in range(t + 1, min(sent_end - 1, t + CLASH_WINDOW)):
                if toks[u].text in fw("clause_breaks") or toks[u].text in ("،", ","):
                    break
                if nkey(toks[u].text) == "مع":
                    c = first_after(chunks, u, 1)
                    if c is not None and any(_PROTESTER.match(nkey(toks[w].text)) for w in range(t, u)):
                        return c
                    break
    return None


FRONT = frozenset(nkey(w) for w in ("أمام", "امام"))


def _protest_venue(doc: Doc, chunks: list[Chunk], hit: Hit, end: int, front: bool) -> Chunk | None:
    """The seat of power a protest is held at or heads for, when nothing says what it is against: «نحو مقر
    الحاكم», «خارج السفارة الصينية», «في محيط المحكمة العليا», «الى باحة البرلمان». A square, a mosque or a
    campus is only where it was («نحو ساحة الشهداء», «خارج الحرم الجامعي»), save after «أمام» where the
    trigger's frame takes it (``front``: «اعتصموا أمام مجلس المحافظة», «تظاهروا أمام برج ايفل»)."""
    toks = doc.tokens
    for t in range(hit.j + 1, end):
        if toks[t].text in fw("clause_breaks"):
            return None
        key = bare(nkey(toks[t].text), "prepositions")
        if key not in fw("venue_preps"):
            continue
        c = phrase_after(doc, chunks, t)
        if c is None or c.i != t + 1 or c.number:
            continue
        if front and key in FRONT:
            return c
        k = c.i
        if nkey(toks[k].text) in fw("venue_shells") and k < c.j:
            k += 1  # «باحة البرلمان», «مبنى المحكمة»
        head = nkey(toks[k].text)
        if (head in fw("venue_seats") and k < c.j) or head in fw("institutions"):
            return c
    return None


RELAY_VERBS = ("استهدف", "طال")  # «ضربة استهدفت X», «غارات طالت X»
GROUPS = ("ORGANIZATION",)


def is_relay(tok: Token) -> bool:
    """A targeting verb after a force trigger («غارات استهدفت ...»): it names the object, not a new event."""
    return nkey(tok.text).startswith(RELAY_VERBS)


def _pronoun_target(
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
        if rel > sent_start and bare(nkey(doc.tokens[rel].text), "relatives") in fw("relatives"):
            head = next((c for c in reversed(chunks) if c.j == rel - 1), None)
            if head is None or head.entity is not None:
                return head
            return plain_chunk(doc.tokens, rel - 1, rel - 1)  # the head noun itself, not the whole run of words before it
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
    for ent in doc.entities:
        if ent.type not in GROUPS or ent.id == own or ent.attrs.get("kind") == "gov":
            continue
        for m in ent.mentions:
            if prev_start <= m.start and m.end <= lo and (best is None or m.start > best[0]):
                best = (m.start, ent.id, ent.type)
    if at is None and enclitic(doc.tokens[i]) == "هم":
        # «وسنتعقب الإرهابين ... سنقوم باستهدافهم»: the trigger's object is a definite plural noun nearer than
        # any named group (a possessive, «معاقلهم», belongs to a group: that is left to the named groups)
        for t in range(i - 1, sent_start - 1, -1):
            word = doc.tokens[t]
            if best is not None and word.start <= best[0]:
                break
            stem = next((w.norm for w in word.words if w.kind == "stem"), "")
            if stem.startswith("ال") and stem.endswith(("ين", "ون")) and len(stem) > 6:
                return plain_chunk(doc.tokens, t, t)
    if best is None:
        return None
    tok_i = at.i if at is not None else i
    tok_j = at.j if at is not None else i
    return Chunk(tok_i, tok_j, lo, hi, best[1], best[2], at.prep if at else None, False, False, False, False)


NAMING_VERBS = frozenset(nkey(w) for w in (
    "وصفوه", "يصفونه", "وصفوها", "يصفونها", "وصفه", "يصفه", "وصفته", "تصفه", "وصفها", "يصفها", "تصفها",
    "سموه", "يسمونه", "أسموه", "اسموه", "اعتبروه", "يعتبرونه"))


def _so_called(doc: Doc, c: Chunk, preps: frozenset[str]) -> bool:
    """«على ما وصفوه بـ ...», «ضد ما يسمونه ...»: the object of the preposition is what the naming verb names."""
    toks = doc.tokens
    k = nkey(toks[c.i].text)
    return (c.i >= 2 and (k in NAMING_VERBS or k[1:] in NAMING_VERBS and k[:1] in ("و", "ف")) and nkey(toks[c.i - 1].text) == "ما"
            and bare(nkey(toks[c.i - 2].text), "prepositions") in preps)


def _adverbial(doc: Doc, c: Chunk) -> bool:
    """«على التوالي», «على نطاق واسع», «على الأقل», «على الرغم من»: «على» and such a noun make an adverb."""
    return c.prep in ("على", "علي") and c.entity is None and nkey(doc.tokens[c.i].text) in fw("adverbial_objects")


def _after_adverbials(doc: Doc, rest: list[Chunk]) -> Chunk | None:
    """The first chunk of ``rest`` past place and time adverbials («في جدة», «في جنوب لبنان», «أمس»)."""
    prev: Chunk | None = None
    for c in rest:
        in_place = c.prep == "في" or (prev is not None and prev.prep == "في" and c.prep is None and c.i == prev.j + 1)
        if not in_place and not (c.prep is None and in_time(doc, c)):
            return c
        prev = c if c.prep == "في" else prev
    return None


def _in_place_word(doc: Doc, chunks: list[Chunk], k: int) -> bool:
    """«في محافظة دير الزور»: the place name follows «في» + a place word (its own chunk)."""
    if k == 0:
        return False
    p = chunks[k - 1]
    return p.prep == "في" and p.entity is None and p.i == p.j == chunks[k].i - 1 and nkey(
        doc.tokens[p.i].text) in _PLACE_WORDS  # fmt: skip


VICTIM_NOUNS = frozenset(nkey(w) for w in ("جرحى", "قتلى", "ضحايا", "مصابين", "مصابون", "شهداء"))


DEVICE_ADJECTIVES = frozenset(nkey(w) for w in ("مفخخة", "مفخختين", "مفخخات", "ناسفة", "ناسفتين", "ناسفين", "ملغومة",
                                                "ملغومتين"))


def _device(hit: Hit) -> bool:
    """A noun trigger that is the adjective of a device («سيارة مفخخة», «عبوة ناسفة»): the phrase before it is the
    device or the clause the blast hangs on («جرح الوزير في تفجير سيارة مفخخة»), not its agent."""
    return hit.pos == "N" and hit.cand.key in DEVICE_ADJECTIVES


def _victims(hit: Hit) -> bool:
    """A noun trigger naming the victims («الجرحى», «قتلى»), not the act."""
    return hit.pos == "N" and hit.cand.key.removeprefix("ال") in VICTIM_NOUNS


def _bare_definite(text: str) -> tuple[bool, bool]:
    """(definite, indefinite accusative) of a word, its conjunction and preposition set aside: «واللقاء»,
    «للمفاوضات» are definite; «لقاءً», «ثلاثيًا» carry the accusative tanween."""
    k = verb_key(text)  # (its conjunction off)
    definite = k.startswith("ال") or (k.startswith("لل") and len(k) > 3) or (k[:1] in ("ب", "ك") and k[1:3] == "ال")
    return definite, text.endswith(("ً", "ًا", "اً", "ًى"))


def _agrees(doc: Doc, trigger: int, nxt: Chunk, person_patient: bool = False) -> bool:
    """Is the unnamed phrase right after a noun trigger no genitive of it? A definite noun heads no genitive: the
    word after it is its adjective («اللقاء الأول», «المفاوضات المضنية») or starts another clause («استمرار الهجوم
    يشكل ضغطا»); an indefinite accusative is followed by its adjective in the same case («لقاءً ثلاثيًا»)."""
    if nxt.entity is not None or nxt.i != trigger + 1:
        return False
    toks = doc.tokens
    t_def, t_acc = _bare_definite(toks[trigger].text)
    n_def, n_acc = _bare_definite(toks[nxt.i].text)
    if t_def or (t_acc and n_acc):
        return True  # (after a definite noun: its adjective, or a new clause «الهجوم يشكل»)
    k = nxt.i + 1
    while k < len(toks) and toks[k].text in ("«", '"', "(", "“"):
        k += 1  # «بتعذيب معتقلي «خلية ...»»
    after = toks[k].text if k < len(toks) else ""
    return not t_def and not n_def and _adjective_of(toks[trigger].text, toks[nxt.i].text, after, not person_patient)


ADJ_SUFFIXES = ("تين", "تان", "ات", "ين", "ون", "ان", "ه", "ا")  # (folded: «ة» is «ه»)
NISBA_ENDINGS = ("يتين", "يتان", "يات", "يين", "يون", "يان", "يه", "يا", "ي")


@lru_cache(maxsize=65536)
def _adjective_of(noun: str, word: str, after: str, nisba: bool = True) -> bool:
    """Is ``word`` the adjective of the indefinite ``noun`` before it, not its genitive («بقصف عشوائي», «هجوم
    إرهابي», «غارات مكثفة», «محادثات ثلاثية» against «قصف مواقع», «لقاء مسؤولي الحكومة»)? An adjective of the
    event adjectives' list, or a nisba («ـي/ـية») that is no noun in construct (no definite word after it: «مسؤولي
    الحكومة»), agreeing in gender: after a feminine or plural noun in «ـة/ـات» a feminine form, after a masculine
    noun no «ـة». ``nisba``: whether a nisba counts; after an act on persons («مقتل جندي», «اعتقال أمريكي») it
    names the victim, and only a listed adjective is one."""
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
    construct = nkey(after).startswith("ال")
    if w.endswith("ي") and w.startswith("م") and len(w) >= 5:
        construct = True  # «معتقلي», «مسلحي», «مستوطني»: a sound plural in construct, not a nisba
    return len(w) >= 4 and w.endswith(NISBA_ENDINGS) and not construct and not w.startswith("و")


def find_args(doc: Doc, hit: Hit, chunks: list[Chunk], sent_start: int, sent_end: int, limit: int) -> Args:
    """Apply the frame of ``hit.entry`` to the chunks of its sentence (token indices are doc.tokens indices)."""
    e = hit.entry
    args = Args()
    nominal = hit.pos == "N"
    source: Chunk | None = None
    obj_from = hit.j
    said_passive = False  # a verb read as passive by its own form or its casualty report
    if nominal:
        nxt = first_after(chunks, hit.j, 1)
        if nxt is not None and nxt.entity is None and relative_verb(doc.tokens[nxt.i].text):
            nxt = None  # «هجوم شنته الجبهة»: a relative clause, no genitive (its subject is found below)
        if adjective_closes(doc, hit):
            nxt = None  # «استهدف هجوم انتحاري الجيش التركي»: the object of the verb, no genitive
        # gen:owner: the genitive is the source only where it names someone («تصريحات ولد الشيخ»; not «تصريحات خاصة»)
        gen_src = e.gen in ("src", "owner")
        if e.gen == "src" and nxt is not None and nxt.prep is None and nxt.etype in PLACES and meeting_venue(
                e.code, nxt.etype, nxt.prep):
            args.location = nxt  # «اجتماع كوالالمبور»: where they met
            args.venue = True
            obj_from = nxt.j
        elif e.gen == "src" and nxt is not None and nxt.prep is None and nxt.etype in PLACES:
            args.targets = [nxt]  # «زيارة العراق»: the genitive place is visited, not visiting
        elif gen_src and nxt is not None and nxt.prep is None and _agrees(doc, hit.j, nxt):
            # «الزيارة المرتقبة لخادم الحرمين … سلمان»: past its adjective, the person whose act it is, if any
            source = person_after(chunks, nxt, doc)
            obj_from = source.j if source is not None else nxt.j
        elif gen_src and nxt is not None and nxt.prep is None:
            source = resolve_title(chunks, nxt, doc)
            obj_from = source.j
        if e.gen == "owner" and source is not None and source.entity is None:
            source, obj_from = None, hit.j
        if source is None:
            source = agent(doc, chunks, hit)
        if source is None and e.id in NATIONAL_ACTS and hit.j + 1 < sent_end and is_nisba(doc.tokens[hit.j + 1].text):
            source = plain_chunk(doc.tokens, hit.j + 1, hit.j + 1)  # «ضربة جوية أميركية», «القصف الإسرائيلي»
            obj_from = hit.j + 1
        if source is None:
            # «غارة جوية شنتها طائرة اميركية», «ضربة جوية نفذها الجيش»: a relative light verb names the actor
            t = next((t for t in range(hit.j + 1, min(sent_end, hit.j + 3)) if relative_verb(doc.tokens[t].text)),
                     None)  # fmt: skip
            after = phrase_after(doc, chunks, t) if t is not None else None
            if after is not None and after.prep is None and not after.number:
                source = after
                obj_from = after.j
        tamm = source is None and after_tamm(doc, hit, sent_start)
        args.passive = tamm  # «وتم استهداف تجمعات»: no actor but the agent said («من قبل»), none carried
        if source is None and not tamm:
            if not _victims(hit) and not _device(hit):
                # «الجرحى», «القتلى» name the victims, «مفخخة» the device: their agent is said, never guessed
                source = _subject_before(doc, chunks, hit.i, sent_start, nominal=True)
                if source is not None and e.plover in HARM_AND_PROTEST and not _nominal_agent(doc, hit, source):
                    source = None
            if source is None:
                # «وقام مسلحون مقنعون بخطف»: the subject of a light verb right before the act, even indefinite
                c = next((c for c in chunks if c.j == hit.i - 1), None)
                toks = doc.tokens
                if c is not None and c.prep is None and c.j > c.i and verb_key(toks[c.i].text) in fw("light_verbs"):
                    source = plain_chunk(toks, c.i + 1, c.j, c.end)
                    args.doer = True
                elif (c is not None and c.prep is None and c.i > 0 and verb_key(toks[c.i - 1].text) in fw("light_verbs")
                      and not (c.entity is None and c.i == c.j and nkey(toks[c.i].text).endswith("ا"))):
                    source = c  # (an indefinite accusative, «نفذ انتقاما», is an adverb, not the subject)
                    args.doer = True
            if source is None and e.plover in HARM_AND_PROTEST:
                source = _doer(doc, chunks, hit, sent_start)
                args.doer = source is not None
    elif first_person_past(doc, hit):
        args.speaker = True  # «التقيتُ الرئيس»: the speaker met him (stage); the phrase after is the object
    else:
            plural = hit.cand.key.endswith(("وا", "ون"))
            # «اختطفا من منزليهما على يد مسلحين»: an agent phrase makes a verb of harm passive; it names the actor
            source = agent(doc, chunks, hit) if e.plover == "ASSAULT" else None
            # (the pair may be the next verb trigger itself: «قتل وجرح سبعة آخرون»)
            named = frozenset(t for c in chunks if c.entity is not None for t in range(c.i, c.j + 1))
            relative = source is None and relative_passive(doc, hit, sent_start, sent_end, named)
            passive = source is None and (relative or _passive_pair(doc, hit, min(limit + 1, sent_end))
                                          or _no_object(doc, hit, sent_end))
            said_passive = passive
            if passive:
                args.passive = True
                # «إن شخصا قتل وأصيب أربعة»: the phrase before the passive verb is its patient, and there is no actor
                patient = _subject_before(doc, chunks, hit.i, sent_start, nominal=False, plural=plural)
                head = next((c for c in chunks if c.j == hit.i - 2), None) if relative else None
                if head is not None:  # «عن الطفل الذي قتل حرقا»: the antecedent, whatever governs it outside
                    patient = head if head.entity is not None else plain_chunk(doc.tokens, head.j, head.j)
                if patient is None:
                    patient = _clause_subject(doc, chunks, hit, sent_start)
                if patient is not None:
                    args.targets = [patient]
            if source is None and not passive:
                source = _subject_before(doc, chunks, hit.i, sent_start, nominal=False, plural=plural)
            if source is None and not passive:
                source = _clause_subject(doc, chunks, hit, sent_start)
            if source is None and not plural and not passive:
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
                        args.passive = source is None
                    elif (e.obj or _jurih(doc, hit)) and e.plover == "ASSAULT" and _lone_vso_phrase(
                            doc, hit, nxt, sent_end):
                        # «جرح وزير الدفاع الياس المر في تفجير», «خطف موظف بريطاني أمس»: a transitive verb with one
                        # phrase and then a preposition or the end is the unvocalised passive; the phrase is the patient
                        args.targets = [resolve_title(chunks, nxt, doc)]
                        args.passive = True
                    elif _describes(doc, hit, sent_start) or no_vso_subject(
                            doc, hit.i, hit.cand.key, nxt.i, masculine_head(doc, nxt.i, nxt.etype, nxt.entity)):
                        args.described = True  # «بتنظيم غير إسلامي يهدد الأقليات»: the noun before is the subject
                    elif e.obj and e.code == VISIT and nxt.etype in PLACES:
                        # «يزور الرياض», «وزارت واشنطن وفود»: a place right after a verb of visiting is where one goes;
                        # who goes is the phrase after it (VOS), else the subject carried or said before
                        args.targets = [nxt]
                        obj_from = nxt.j
                        after = first_after(chunks, nxt.j, 2)
                        if after is not None and after.prep is None and after.etype not in PLACES \
                                and visitor(doc, after) \
                                and not breaks_between(doc, nxt.j + 1, after.i):
                            source = resolve_title(chunks, after, doc)
                            obj_from = max(source.j, after.j)
                    else:
                        source = resolve_title(chunks, nxt, doc)
                        obj_from = source.j
                        if source is not nxt:
                            obj_from = max(obj_from, nxt.j)
    # skip a coordinated co-subject («ألين ونائبه ماكغورك»)
    rest = [c for c in chunks if c.i > obj_from]
    while rest and source is not None and rest[0].coord and rest[0].prep is None and rest[0].i <= obj_from + 3:
        obj_from = rest[0].j
        rest = rest[1:]
    if source is not None and source.i > hit.j and rest and rest[0].title and rest[0].i == source.j + 1:
        # the source's apposition title («استقبل الشيخ تميم ... أمير دولة قطر، ... وزراء خارجية دول ...»): the
        # object comes after the comma that closes it
        comma = next((t for t in range(rest[0].i, min(sent_end, rest[0].i + 8)) if doc.tokens[t].text in ("،", ",")),
                     None)  # fmt: skip
        if comma is not None:
            obj_from = comma
            rest = [c for c in rest if c.i > comma]
            # past the place and time adverbials that may follow it («في مكتبه ... قبل ظهر اليوم، وزراء ...»)
            bare_first = next((c for c in rest if c.prep is None and c.i <= comma + 14 and not in_time(doc, c)), None)
            if bare_first is not None:
                rest = [c for c in rest if c.i >= bare_first.i]
    venue: Chunk | None = None
    if args.targets is None:
        target: Chunk | None = None
        # the direct object may come after a place or time adverbial («استقبل الملك في جدة الرئيس السيسي»)
        first = _after_adverbials(doc, rest)
        for c in rest:
            # a verb trigger right after a preposition of the frame is a masdar («احتجاجا على رفض القضاء»): the
            # phrase after it is still this event's object, not the next clause's
            masdar = c.i - 1 == limit and c.prep is None and _after_event_noun(doc, chunks, c, hit.j, e.preps)
            if (c.i >= limit and not masdar) or breaks_between(doc, hit.j + 1, c.i, relatives=False):
                break
            if nominal and any(doc.tokens[t].text in ("،", ",") for t in range(hit.j + 1, c.i)):
                break
            if _adverbial(doc, c) or negated_adjective(doc, c.i, c.entity is not None):
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
            if c.prep is not None and c.prep in e.preps:
                if e.plover == "PROTEST" and c.prep in FRONT:
                    continue  # where they stood: what they stood against, said anywhere, comes first (_protest_venue)
                target = c
                break
            if c.prep is None and c.j > c.i and _so_called(doc, c, e.preps):
                target = plain_chunk(doc.tokens, c.i + 1, c.j, c.end)  # «احتجاجا على ما وصفوه بانتهاكات الرئيس»
                break
            if c.prep is None and _after_event_noun(doc, chunks, c, hit.j, e.preps):
                target = c  # «احتجاجا على زيارة بوش»: the protest is at the one whose act it names
                break
            if c.prep is None and c is first and not c.coord:
                if nominal and e.gen == "tgt" and c.i == hit.j + 1:
                    if _agrees(doc, hit.j, c, person_patient=e.id not in NATIONAL_ACTS):
                        continue  # «بقصف عشوائي», «القصف المتواصل»: the noun's adjective, not its object
                    k = chunks.index(c)
                    obj = chunks[k + 1] if k + 1 < len(chunks) else None
                    lam = obj is not None and obj.i == c.j + 1 and (obj.prep == "ل" or nkey(doc.tokens[obj.i].text)[:1] == "ل")
                    if lam or ((c.entity or c.definite) and lam_pronoun(doc, c.j + 1)):  # «اقتحام السلطات لمكاتب», «استهداف البنتاغون لها»
                        source, target = c, obj if lam else None  # the genitive is the agent («مقرات لها»: its own)
                    else:
                        target = c
                    break
                if not nominal and e.obj:
                    target = c
                    break
            if c.i - hit.j > 24:
                break
        if target is None and e.plover == "PROTEST":
            target = _protest_aim(doc, chunks, hit, sent_start, sent_end)
        if target is None and e.plover == "PROTEST":
            target = _clash_side(doc, chunks, sent_start, sent_end)
        if target is None and e.plover == "PROTEST":
            target = _protest_venue(doc, chunks, hit, min(limit, sent_end), bool(FRONT & e.preps))
        if target is not None:
            if target.entity is None and target.title:
                target = resolve_title(chunks, target, doc)  # «التقيا المنسق الأوروبي لشؤون ... جيل دوكيركوف»
            target = owner(doc, chunks, target)
            args.targets = expand_targets(chunks, target)
    if e.addressee and not nominal and source is not None and source.i > hit.j and source.etype != "PERSON" \
            and not _nominative_plural(doc, source):
        # «ودعا المجتمع الدولي إلى ...»: one noun phrase before the complement → it is the addressee; but a
        # person named there is the one who calls («دعا الرئيس الفرنسي فرنسوا هولاند إلى ...»)
        second = [c for c in rest if c.prep is None and c.i <= source.j + 2]
        if not second or (args.targets and args.targets[0] is source):
            args.targets = [source]
            source = None
    if source is not None and not nominal and reflexive(doc, hit.j + 1, sent_end) and source.i > hit.j:
        # «فجر نفسه»: the one who blew himself up is named before the verb, never after it
        source = _subject_before(doc, chunks, hit.i, sent_start, nominal=False)
    if source is not None and not can_act(doc, source):
        source = None
    if e.plover == "ASSAULT" and not nominal and not said_passive:
        speaker = _speaker_for(doc, chunks, hit, source, sent_start)
        if speaker is not None:
            source = speaker
            args.passive = False
    if source is None and e.plover == "ASSAULT":
        source = _claimant(doc, chunks, hit, sent_start, sent_end)
    if source is None and e.plover == "PROTEST":
        source = _protesters(doc, hit, sent_start, sent_end)
    args.source = with_group(doc, chunks, past_honorific(doc, chunks, source))
    if args.targets:
        args.targets = [t for t in (past_honorific(doc, chunks, t) for t in args.targets) if t is not None] or None
    if not args.targets:
        # «ضربة عسكرية استهدفت معاقلهم», «شنت غارات استهدفت»: the object follows a targeting verb
        k = hit.j + 1
        if k + 1 < sent_end and is_nisba(doc.tokens[k].text):
            k += 1  # «غارة جوية أميركية استهدفت»
        if k < sent_end and is_relay(doc.tokens[k]):
            nxt = first_after(chunks, k, 1)
            if nxt is not None and nxt.prep is None:
                args.targets = [owner(doc, chunks, nxt)]
    if not args.targets or (len(args.targets) == 1 and args.targets[0].entity is None):
        # the trigger's own object pronoun first («تستهدفها»: it has no other direct object), then a phrase's
        on_trigger = enclitic(doc.tokens[hit.i]) in OBJECT_PRONOUNS
        if on_trigger and args.targets and args.targets[0].prep is not None:
            on_trigger = False
        pron = _pronoun_target(
            doc, chunks, hit, None if on_trigger or not args.targets else args.targets[0], source, sent_start
        )
        if pron is not None or on_trigger:
            args.targets = [pron] if pron is not None else None
    if args.targets:
        args.targets = [with_group(doc, chunks, t) or t for t in args.targets]
    # location: «في» + a place, nearest to the trigger in the sentence
    best: tuple[int, Chunk] | None = None
    for k, c in enumerate(chunks):
        if c.etype in PLACES and (c.prep == "في" or _in_place_word(doc, chunks, k)):
            lo, hi = (hit.j + 1, c.i) if c.i > hit.j else (c.j + 1, hit.i)
            if breaks_between(doc, lo, hi, relatives=False):
                # «… في منهاتن … إن الضحايا تعرضوا للقتل»: a place of another clause (a relative clause on the
                # trigger, «الهجمات التي ضربت … في منهاتن», still tells where)
                continue
            d = abs(c.i - hit.i)
            if best is None or d < best[0]:
                best = (d, c)
    if args.location is not None:
        pass  # (the meeting's place, said in construct)
    elif best is not None:
        args.location = best[1]
    elif venue is not None:
        args.location = venue
        args.venue = True
    elif args.targets and args.targets[0].etype in PLACES and e.code.startswith("04"):
        args.location = args.targets[0]
    return args
