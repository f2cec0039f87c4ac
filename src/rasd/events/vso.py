"""A verb and the phrase right after it (VSO): whether that phrase is the verb's subject, its object, or the
patient of the unvocalised passive.

A lone definite phrase after a transitive verb is its subject («هاجم الجيش»), an oblique plural after a plain verb
its object («واتهم الحوثيين بتنفيذه»), a phrase after «جرح» or a verb coordinated with a passive its patient
(«جرح وزير الدفاع في تفجير», «قتلوا وأصيب 13 آخرون»); a verb of harm with nothing after it has no object; an
imperfect verb after an indefinite noun describes it. events.subjects re-exports these where the rules import
them from.
"""

from __future__ import annotations

from ..doc import Doc, Token
from ..text.verb_gender import feminine_verb, past_feminine
from .actors import head_key, partitive
from .chunks import (
    Chunk,
    OBJECT_PRONOUNS,
    breaks_between,
    clause_stop,
    chunk_flags,
    content_text,
    enclitic,
    finite_verb,
    first_after,
    in_time,
    is_content,
    manner_end,
    reflexive,
    verb_between,
    verb_key,
)
from .forms import PLACES, bare, fw, fw_keys, nkey
from .apposed_inserts import past_apposition
from .inserts import past_insert
from .lexicon import Hit
from .named_objects import named_object_after
from .passive import MANNER
from .plural_cases import case_break
from .trailing_titles import past_person_title
from .word_tests import starts_in_time


def describes(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """An imperfect verb right after an indefinite noun or adjective describes it («تنظيم غير إسلامي يهدد
    الأقليات»: which threatens): that noun is its subject, so the phrase after the verb is no VSO subject."""
    k = doc.tokens[hit.i].norm_key
    if hit.i - 1 < sent_start or k[:1] not in ("ي", "ت"):
        return False
    prev = doc.tokens[hit.i - 1]
    p = prev.norm_key
    return (content_text(prev.text) and not p[:1].isdigit() and not p.startswith(("ال", "وال", "فال", "بال", "لل"))
            and p[:1] not in ("ي", "ت", "ن", "س") and p.endswith(("ي", "ه")) and not in_time(doc, prev))


def lone_vso_phrase(doc: Doc, hit: Hit, nxt: Chunk, sent_end: int) -> bool:
    """Whether the phrase ``nxt`` after a transitive verb stands alone: no object pronoun on the verb, no
    accusative word in the phrase after its head («هاجم مسلحون مسجدا» is active), and after it (past a title's
    name and a time) a preposition, a comma or the end of the sentence."""
    toks = doc.tokens
    if enclitic(toks[hit.i]) in OBJECT_PRONOUNS or reflexive(doc, nxt.j + 1, sent_end) or named_object_after(doc, nxt):
        return False  # (round mend703: «هاجم مسلحون مطار عدن»: the named place is the object)
    if any(toks[t].norm_key.endswith("ا") for t in range(nxt.i + 1, nxt.j + 1)):
        return False
    t = nxt.j + 1
    if t < sent_end and case_break(toks[nxt.j].text, toks[t].text):
        return False  # round ev992: «هاجم المتمردون | الحوثيين.»: a plural in «ـين» after the «ـون» one, its object
    while t < sent_end and (toks[t].text in ("(", ")") or verb_key(toks[t].text) in fw("not_actors")
                            or any(x.start <= toks[t].start < x.end for x in doc.mentions)):
        t += 1  # «قتل احد افراد البيشمركة (القوات الكردية)», «جرح وزير الدفاع الياس المر»
    t = past_person_title(doc, nxt, t, sent_end)  # round ev504: «قتل هشام بركات المدعي العام في مصر»
    # past an adverb of manner: the phrase after it is the object («ويهاجم المسلحون على نحو متزايد القوافل»)
    if t + 2 < sent_end and toks[t].norm_key in ("على", "علي") and toks[t + 1].norm_key == "نحو":
        past = manner_end(toks, t + 2, sent_end, {})
        t = past if past > t + 2 else t
    elif t < sent_end:
        t = manner_end(toks, t, sent_end, {})
    if t >= sent_end:
        return True
    key = toks[t].norm_key
    if nxt.entity is not None and time_then_object(doc, t, sent_end):
        return False  # round ev413: «حيث قتلت جماعة بوكو حرام قبل أيام ذبحًا عشرة من صيادي السمك»
    if toks[t].text in ("،", ",") and (u := past_insert(doc, t - 1, sent_end)) is not None and bare_object(doc, u):
        return False  # round 216: «وهاجمت جبهة النصرة، الجمعة، مقرا للفرقة»: the object past the set-off insert
    if toks[t].text in ("،", ",") and nxt.entity is not None and nxt.prep is None \
            and (u := past_apposition(doc, t - 1, sent_end)) is not None and bare_object(doc, u):
        return False  # round 285: «خطفت جبهة النصرة، ذراع تنظيم القاعدة، أمس، مجموعة»: past the apposition
    return clause_stop(toks[t].text) or bare(key, "prepositions") in fw("prepositions")


def bare_object(doc: Doc, u: int) -> bool:
    """Round 216: whether token ``u`` opens a bare noun phrase that can be a verb's object: a content word, no
    preposition, no «و/ف» of a new clause, no time, no finite verb."""
    tok = doc.tokens[u]
    key = tok.norm_key
    return (is_content(tok) and key[:1] not in ("و", "ف") and bare(key, "prepositions") not in fw("prepositions")
            and not in_time(doc, tok) and not finite_verb(tok))


def time_then_object(doc: Doc, t: int, sent_end: int) -> bool:
    """Round ev413: whether a time told at token ``t`` (right after a named phrase after a verb), past it a manner
    masdar («ذبحًا»: ``passive.MANNER``), is followed by a bare object or a count («قتلت جماعة بوكو حرام قبل أيام
    ذبحًا عشرة من صيادي السمك»): the named phrase is then the verb's subject, not a lone passive patient."""
    toks = doc.tokens
    u = t
    while u < sent_end and starts_in_time(doc, toks[u]):
        u += 1
    if u == t:
        return False
    while u < sent_end and toks[u].norm_key in MANNER:
        u += 1
    return u < sent_end and bare_object(doc, u)


def armed_vso_object(doc: Doc, chunks: list[Chunk], nxt: Chunk, sent_end: int) -> Chunk | None:
    """«حيث استهدفت الميليشيات المتمردة على الشرعية، فلانا»: a definite armed group right after a verb of force
    (function words ``armed_heads``), with a bare phrase later in its clause past its own «على» phrase and a comma
    (the object, returned), is the verb's subject, not the patient of a passive guessed from word order."""
    if nxt.entity is not None or nxt.prep is not None or not head_key(doc, nxt).startswith("ال"):
        return None
    if head_key(doc, nxt).removeprefix("ال") not in fw("armed_heads"):
        return None
    for c in (c for c in chunks if nxt.j < c.i <= nxt.j + 8 and c.i < sent_end):
        if breaks_between(doc, nxt.j + 1, c.i) or verb_between(doc, nxt.j + 1, c.i):
            return None
        if c.prep is None and not c.number and not in_time(doc, c) and not c.coord:
            return c
    return None


def passive_pair(doc: Doc, hit: Hit, end: int) -> bool:
    """«قتل جنديان وأصيب تسعة», «ثلاثة عراقيين قتلوا وأصيب 13 آخرون»: a verb coordinated with the passive of
    wounding in the casualty report is itself passive; so is a verb written passive («اغتيل»)."""
    if doc.tokens[hit.i].norm_key.lstrip("وف") in fw("passive_forms"):
        return True
    if hit.i > 0 and _and_count(doc.tokens[hit.i - 1]) and doc.tokens[hit.i].norm_key in fw("passive_pair"):
        return True  # round ev416: «قتلوا ومئات جرحوا»: the count before it is the wounded
    for t in range(hit.j + 1, min(end, hit.j + 10)):
        k = doc.tokens[t].norm_key
        if k[:1] == "و" and k[1:] in fw("passive_pair"):
            return True
        if _and_count(doc.tokens[t]) and t + 1 < end and doc.tokens[t + 1].norm_key in fw("passive_pair"):
            return True  # round ev416: «إن نحو 260 مقاتلا قتلوا ومئات جرحوا»: a count and its verb of wounding
        if clause_stop(doc.tokens[t].text):
            return False
    return False


def _and_count(tok: Token) -> bool:
    """Round ev416: a count in «و» («ومئات», «و12»), the subject of a passive of wounding right after it."""
    return tok.norm_key[:1] == "و" and chunk_flags(tok.text, True)[2]


def pair_count(doc: Doc, chunks: list[Chunk], hit: Hit) -> Chunk | None:
    """Round 257: «قتل وجرح نحو 30 عنصرا من التنظيم»: the verb paired right after with the passive of wounding
    («وجرح/وأصيب») shares its patient: the number phrase right after the pair (bare or with «نحو/حوالي»), not a
    count of another clause later in the sentence. Not of a plural or dual verb, whose patient is before it."""
    if verb_key(doc.tokens[hit.i].text).endswith(("وا", "ا")):
        return None  # «أن 4 جنود قتلوا وأصيب 15»: a plural or dual verb agrees with its patient before it
    k = hit.j + 1
    key = doc.tokens[k].norm_key if k < len(doc.tokens) else ""
    if key[:1] != "و" or key[1:] not in fw("passive_pair"):
        return None
    nxt = first_after(chunks, k, 2)
    if nxt is None or not nxt.number or not (nxt.prep is None or nxt.prep in APPROXIMATORS):
        return None
    return shared_group(doc, chunks, nxt) or nxt


def shared_group(doc: Doc, chunks: list[Chunk], count: Chunk) -> Chunk | None:
    """Round ar427: «قتل وجرح نحو 50 وأسر العشرات من عناصر الميليشيات»: a count right before «و» + one word with no
    article (a verb) and another count whose «من» phrase follows counts that same group: the «من» phrase."""
    k = chunks.index(count) if count in chunks else -1
    if k < 0 or k + 3 >= len(chunks):
        return None
    verb, other, group = chunks[k + 1], chunks[k + 2], chunks[k + 3]
    if not (verb.coord and verb.i == verb.j == count.j + 1 and verb.prep is None and verb.entity is None
            and not doc.tokens[verb.i].norm_key[1:].startswith("ال")):
        return None
    if other.i != verb.j + 1 or other.prep is not None or not other.number:
        return None
    return group if partitive(doc, chunks, group) is not None else None


def jurih(doc: Doc, hit: Hit) -> bool:
    """«جرح»: the unvocalised verb of wounding is read as its passive in reports («جرح وزير الدفاع في تفجير»)."""
    return hit.entry.id == "wound" and verb_key(doc.tokens[hit.i].text).startswith("جرح")


APPROXIMATORS = fw_keys("approximators")


def no_object(doc: Doc, hit: Hit, sent_end: int) -> bool:
    """A transitive verb of harm with nothing after it but a preposition, a time or the end of its clause is the
    unvocalised passive: «إن أربعة من الحراس قتلوا في هجوم», «خطف من منزله مساء أمس»."""
    if hit.entry.plover != "ASSAULT" or not hit.entry.obj or enclitic(doc.tokens[hit.i]) in OBJECT_PRONOUNS:
        return False  # (the passive of harm is the casualty report's; «زار الوزير في ...» is active)
    if hit.entry.id in fw("thing_patient_entries") and hit.cand.key.endswith("وا"):
        return False  # round 182: «إن مقاتليه فجّروا خلال الهجوم أحد مقرات»: men blow up, a thing is blown up
    if reflexive(doc, hit.j + 1, sent_end):
        return False
    t = hit.j + 1
    while t < sent_end and (any(x.start <= doc.tokens[t].start < x.end for x in doc.times)
                            or verb_key(doc.tokens[t].text) in fw("not_actors")):
        t += 1  # «قتلوا أمس في ...»
    if t >= sent_end:
        return True
    tok = doc.tokens[t]
    key = tok.norm_key
    if key in APPROXIMATORS and t + 1 < sent_end and chunk_flags(doc.tokens[t + 1].text, False)[2]:
        return False  # «قتل نحو 150 متمردا»: «نحو» counts the object, it is no preposition
    if bare(key, "prepositions") in fw("prepositions"):
        # a time adverbial before the object: «خطفوا قبل ظهر أمس أميركيا», «فجروا في وقت مبكر من صباح أمس الطريق»
        for u in range(t + 1, min(sent_end - 1, t + 8)):
            if clause_stop(doc.tokens[u].text):
                break
            if verb_key(doc.tokens[u].text) in fw("not_actors"):
                nxt = doc.tokens[u + 1]
                if is_content(nxt) and verb_key(nxt.text) not in fw("not_actors") and not nxt.norm_key.startswith("و"):
                    return False
        return True
    if key in CLAUSE_OPENERS:
        return True  # round oe315: «إن مقاتلا قتل بعدما أطلقت طائرة صاروخا»: another clause opens, no object
    return clause_stop(tok.text) or (key[:1] == "و" and key[1:] in fw("passive_pair"))


# subordinators that open a clause of their own right after a verb (not «حتى», also «even»: «قتلوا حتى الأطفال»)
CLAUSE_OPENERS = fw_keys("clause_time_openers")


def oblique_plural(doc: Doc, c: Chunk) -> bool:
    """A definite sound masculine plural, plural nisba or dual in the oblique case («الحوثيين», «المتظاهرين»,
    «الطرفين») heading the phrase after a verb: its case shows it is the object, never the subject (which would be
    «الحوثيون»); not a place («البحرين») nor a name."""
    if c.entity is not None and c.etype in PLACES or c.prep is not None or c.number or in_time(doc, c):
        return False
    k = head_key(doc, c)
    if c.entity is not None and c.i != c.j:
        return False  # (a name of several words: «صلاح الدين»)
    return k.startswith("ال") and len(k) >= 7 and k.endswith("ين") and k not in PLACE_LIKE_OBLIQUES


PLACE_LIKE_OBLIQUES = fw_keys("place_like_obliques")


CLEAR_VERB_BEFORE = ("،", ",")


def plain_verb(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Whether a verb trigger reads as a verb, not as its masdar: coordinated with «و/ف» («واتهم»), opening its
    sentence or clause, or after «قد» (after a preposition or «أن», «عن قتل», «وأن رفض», it is a masdar whose
    genitive is oblique)."""
    if hit.i == sent_start or any(p in ("و", "ف") for p in hit.cand.proclitics):
        return True
    prev = doc.tokens[hit.i - 1].text
    return prev in CLEAR_VERB_BEFORE or verb_key(prev) in fw("verb_particles")


def oblique_object(doc: Doc, chunks: list[Chunk], hit: Hit, c: Chunk, sent_start: int) -> bool:
    """«وأدان الوزير الهجوم واتهم الحوثيين بتنفيذه»: an oblique plural right after a plain verb is its object; not
    the genitive of a count right after the verb with a phrase of its own after it («واقتحم عشرات المحتجين مقر
    البرلمان»: the counted people are the subject, the phrase after them the object)."""
    if not (oblique_plural(doc, c) and plain_verb(doc, hit, sent_start)):
        return False
    if c.i - 1 == hit.j + 1 and doc.tokens[c.i - 1].norm_key in fw("numerals"):
        obj = first_after(chunks, c.j, 1)
        return obj is None or obj.i != c.j + 1 or obj.prep is not None or obj.number
    return True


def feminine_oblique_object(doc: Doc, hit: Hit, c: Chunk) -> bool:
    """Round 285: «كما هاجمت مقاتلين أكراد»: an indefinite sound masculine plural in the oblique case («ـين») right
    after a feminine perfect verb cannot agree with it as its subject (that would be «هاجم مقاتلون»): it is the
    verb's object, and the subject is dropped (carried) or said before it."""
    if hit.pos != "V" or not past_feminine(hit.cand.key) or c.i != hit.j + 1 or c.entity is not None:
        return False
    if c.prep is not None or c.number or c.coord or in_time(doc, c):
        return False
    k = nkey(doc.tokens[c.i].text)
    return len(k) >= 6 and k.endswith("ين") and not k.startswith("ال") and k not in PLACE_LIKE_OBLIQUES


def feminine_subject(doc: Doc, hit: Hit, c: Chunk) -> bool:
    """«ودعت المعارضة إلى التظاهر», «وطالبت الحكومة بـ...»: a feminine perfect verb right before an unnamed feminine
    singular or plural phrase («ـة», «ـات») agrees with it: the phrase is its subject, not whom it calls on."""
    if hit.pos != "V" or not past_feminine(hit.cand.key) or c.i != hit.j + 1:
        return False
    if c.entity is not None:  # (not after a comma: «ودانت الجامعة ...، وطالبت الحكومة التركية بـ»: the clause goes on)
        return not (hit.i > 0 and doc.tokens[hit.i - 1].text in ("،", ",")) and _feminine_named(doc, c)
    return doc.tokens[c.i].norm_key.endswith(("ه", "ات"))


def _feminine_named(doc: Doc, c: Chunk) -> bool:
    """Round ev291: «ودعت مصر إلى وقف إطلاق النار», «وطالبت منظمة العفو الدولية بـ»: a named state of feminine
    gender (a country, not one of ``masculine_countries``: «ودعت العراق إلى» is whom she calls on) or a body whose
    head is a feminine noun agrees with the feminine perfect before it: it is the one who calls (the caller checks
    that the verb does not go on a clause after a comma, where the subject before it is carried)."""
    ent = doc.entity(c.entity) if c.entity is not None else None
    if ent is None or ent.type == "PERSON":
        return False
    if ent.type == "LOCATION":
        return bool(ent.actor) and len(ent.actor or "") == 3 and nkey(ent.name) not in fw("masculine_countries")
    head = doc.tokens[c.i].norm_key.removeprefix("و")
    return ent.type == "ORGANIZATION" and len(head) >= 4 and head.endswith(("ه", "ات"))


def named_by_title_or_people(doc: Doc, hit: Hit, c: Chunk) -> bool:
    """«ودعا الرئيس إلى الحوار», «وطالب الأهالي بالإفراج»: a definite title or a definite plural of people right
    after a verb of calling is its subject, not whom the subject carried from before calls on."""
    if hit.pos != "V" or c.i != hit.j + 1 or c.entity is not None or c.coord or c.prep is not None:
        return False
    k = doc.tokens[c.i].norm_key
    return (c.title and c.definite) or k in fw("people_plurals")


def calling_body(doc: Doc, hit: Hit, c: Chunk) -> bool:
    """Round ev1005: «ودعا المجلس الوطني السوري إلى الحوار», «وطالب الاتحاد الأوروبي بـ»: a named body right after
    a verb of calling, its head a definite noun of a council, union, league or party (``calling_body_heads``) with
    more words of its name after it and of the verb's gender, is the one who calls, not whom a subject carried from
    before calls on («ودعا الجيش العراقي إلى الانسحاب», «ودعا الأمم المتحدة إلى»: addressees). Not past a comma,
    where the clause goes on with the subject before it («وأدان ...، وطالب الحزب الحاكم بـ»)."""
    if hit.pos != "V" or c.i != hit.j + 1 or c.entity is None or c.etype != "ORGANIZATION" or c.coord or \
            c.prep is not None or c.j == c.i or hit.i > 0 and doc.tokens[hit.i - 1].text in ("،", ","):
        return False
    head = doc.tokens[c.i].norm_key.removeprefix("و")
    return head in fw_keys("calling_body_heads") and feminine_verb(hit.cand.key) == head.endswith("ه")


def governed_first(doc: Doc, hit: Hit, c: Chunk) -> bool:
    """The phrase right after a verb opens with «و» («كما هاجم وابل الانتقادات»: the chunker's «و») or, as the word
    layer reads its first word, with «بـ/لـ» that the chunker left on a short word («واتهمها بدعم الميليشيات»): no
    subject of the verb, whose subject is dropped (carried from before) or said before it."""
    if c.i != hit.j + 1 or c.entity is not None and not c.coord:
        return False
    words = doc.tokens[c.i].words
    return c.coord or (c.prep is None and len(words) > 1 and words[0].kind == "proclitic" and words[0].norm in ("ب", "ل")
                       and len(doc.tokens[c.i].norm_key) < 5)
