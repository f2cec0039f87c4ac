"""Carrying a speaker over a dropped subject, for the quotes stage («وأضافت»): the latest speaker whose gender
agrees with the cue, unless a sentence since opened with another named subject («X، رئيس ...، حمّل»)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..doc import Doc, Quote, Span
from ..events.chunks import Chunk, is_function_word, plain_chunk
from ..events.forms import PLACES, fw, fw_keys, nkey
from .body_holder import titled_chunk_holder
from .called_subject import called_subject
from .clause_actors import bodily, relative_actor
from .bounds import resumes
from .cues import QUOTE_MARK, Cue, is_complementizer, match_cue
from .doer_before import or_doer
from .edges import MEDIA, body_head
from .expressed import expressed_cue
from .fronted import contrast_that, speaking_head
from .head_bodies import named_head_body
from .last_phrase import LAST_REACH, last_phrase
from .offices import has_office, holds_office
from .agreement import _agrees, _gender, unsexed, apposed_feminine
from .clauses import main_subject
from .phrases import SAYING_THINGS, DEMONSTRATIVES, governed, person_names, phrase_span, source_head, source_heads
from .shared_clause import clause_source, verb_opened
from .titled import quote_chunks
from .untagged import title_key
from .unnamed_staff import unmarked_speaker

@dataclass(slots=True)
class Scene:
    """Where a cue stands, for carrying a dropped subject over: the sentences (``sentence_token_ranges``), the index
    of the cue's sentence and its token, the mention index, and the named subjects of sentences found so far."""

    ranges: list[tuple[Span, int, int]]
    mentions: dict[int, tuple[str, str, int, int]]
    direct: list[Span]
    si: int = 0
    t: int = 0
    topics: dict[int, tuple[str | None, Span | None]] = field(default_factory=dict)
    held: Span | None = None  # the unnamed source («مصادر مطلعة») the last carried cue stayed with

    def at(self, si: int, t: int) -> None:
        """Move to the cue at token ``t`` of sentence ``si``; no unnamed source is held yet. (A method rather than
        attribute assignments in the caller: there mypy would take ``held`` for None until the end of the loop
        body, although the speaker search sets it, and mypyc would compile that belief.)"""
        self.si, self.t, self.held = si, t, None


def carry(doc: Doc, quotes: list[Quote], cue: Cue, heard: dict[str, str], scene: Scene | None,
           persons: bool = False) -> str | None:
    """A dropped subject continues the latest speaker whose gender agrees with the cue (with ``persons``, the latest
    person: «وقال معاليه»), unless a sentence after that speaker's quote opened with another named subject of the
    cue's gender («قال X ... . Y، حمّل الحكومة ... . وقال»: Y) — with ``scene``, which says where the cue stands. A
    plural cue («وقالوا») continues only a plural one. An unnamed source of the cue's gender quoted since holds the
    chain («وقالت مصادر مطلعة ... وأضافت»: the sources, noted in ``scene.held``), not an older named speaker."""
    gender = cue.gender
    source: Quote | None = None
    unmarked: Quote | None = None
    unknown = -1  # where a direct quotation of no known speaker stopped the search (round 246)
    for q in reversed(quotes):
        if bool(q.attrs.get("plural")) != cue.plural:
            continue
        if scene is not None and _reported_inside(doc, quotes, q, cue, scene.t):
            continue  # «وقالت صحيفة X إن الحكومة أعلنت أن ... . وأضافت»: the paper, not whom it reported
        if scene is not None and q.speaker is None and q.attrs.get("gender") == gender and _unnamed_source(doc, q):
            source = q
            break
        if scene is not None and unknown_voice(q, gender, scene):
            unknown = q.cue.start
            break  # round 246: «ويحكي فلان ... بقوله: «...». ... ويضيف:»: the one just quoted, unknown, not an older one
        if q.attrs.get("via") == "cited":
            continue  # «يشكك مصدر ...، مستندا إلى خطاب لفلان، قال فيه»: the source goes on, not the one cited
        ent = doc.entity(q.speaker)
        if q.attrs.get("body"):
            continue  # «مسؤول في الوزارة»: the ministry stood in for a man it does not name
        if ent is not None and ent.type not in PLACES and _agrees(doc, ent.id, gender, heard):
            if not persons or ent.type == "PERSON":
                if gender == "f" and _gender(doc, ent.id, heard) is None and q.attrs.get("gender") != "f":
                    unmarked = unmarked or q  # «وقال البنك»: either; one marked (or «وأعلنت X»: its verb) first
                    continue
                source = q
                break
    if unmarked is not None and (source is None or sum(q.cue.start > source.cue.start for q in quotes) > MARKED_REACH):
        source = unmarked
    shared = (verb_opened(doc, scene.t, scene.ranges[scene.si][0].start) or _comma_sharer(doc, quotes, cue, scene)
              or clause_source(doc, scene.t, scene.ranges[scene.si][0].start) if scene is not None else None)  # (q432)
    named = doc.entity(source.speaker) if source is not None else None
    if scene is not None and shared is not None and (named is None or named.type != "PERSON"):
        scene.held = shared  # «وقال الوزير الفرنسي إن ...، وأكد أن»: the same minister, not a body quoted before
        return None  # (a person named before is the title's own: «ونفى وزير خارجية الدوحة ...، وأضاف»)
    if scene is not None and not cue.plural:
        marked = source is not None and gender == "f" and _gender(doc, source.speaker or "", heard) == "f"
        topic = _topic_between(doc, scene, source.cue.start if source is not None else unknown, gender, heard, marked,
                               source.speaker if source is not None else None)
        if topic is not None:
            scene.held = topic[1]  # «وكشف مصدر ...، لكنه أكد»: an unnamed source opened the sentence, no one older
            return topic[0]
    if scene is not None and source is not None and source.speaker is None:
        held = source.attrs.get("speaker_text")
        scene.held = held if isinstance(held, Span) else None
    if scene is not None and source is None and scene.held is None:  # «... ولكنه أضاف أن ... . وأضاف أنه»: the
        last = last_phrase(quotes, cue, scene.ranges[max(0, scene.si - LAST_REACH)][0].start)  # phrase before
        scene.held = last if last is not None and nkey(_past_demonstrative(doc, last)[0]).removeprefix(
            "ال") not in SAYING_THINGS else None  # not «هذه الاتهامات»: what charges say, no one goes on
    return source.speaker if source is not None else None


UNKNOWN_REACH = 3  # sentences back to a direct quotation of no known speaker that a dropped subject goes on with


def unknown_voice(q: Quote, gender: str, scene: Scene) -> bool:
    """Round 246: ``q`` is a direct quotation of the cue's gender whose speaker neither the entity layer nor a phrase
    gives (a man named only by a family name it missed: «ويحكي المضف بداية الأحداث بقوله: «...»»), within
    UNKNOWN_REACH sentences before the cue: a dropped subject after it («ويضيف:») goes on with him, unknown, not with
    a speaker quoted before him."""
    if q.speaker is not None or "speaker_text" in q.attrs or "speakers" in q.attrs or not q.direct:
        return False
    return (q.attrs.get("gender") == gender and q.attrs.get("kind") != "according"
            and q.cue.start >= scene.ranges[max(0, scene.si - UNKNOWN_REACH)][0].start)


def _reported_inside(doc: Doc, quotes: list[Quote], q: Quote, cue: Cue, t: int) -> bool:
    """The quote ``q`` stands inside what an earlier quote reports (its cue inside that quote's content, which ends
    before the cue at ``t``), and that earlier quote's speaker, named or not, agrees with the cue: a dropped subject
    goes on with the one who reported, not with whom the report names («وقالت صحيفة X إن الحكومة أعلنت أن ...
    . وأضافت»: the paper)."""
    at = doc.tokens[t].start
    return any(p is not q and p.content.start <= q.cue.start < p.content.end <= at and p.attrs.get("gender") == cue.gender
               and bool(p.attrs.get("plural")) == cue.plural and p.attrs.get("kind") == "verb"
               and (p.speaker is not None or isinstance(p.attrs.get("speaker_text"), Span)) for p in quotes)


def _comma_sharer(doc: Doc, quotes: list[Quote], cue: Cue, scene: Scene) -> Span | None:
    """«وقال الوزير الفرنسي إن ...، وأكد أن»: a verb cue with «و» right after a comma in the sentence of the verb
    quote before it shares that quote's subject; where that is an unnamed title or source of the cue's gender and
    number (no named speaker, which the carry finds anyway), its phrase; None otherwise."""
    t = scene.t
    if t < 1 or doc.tokens[t - 1].text not in ("،", ",") or doc.tokens[t].norm_key[:1] != "و" or not quotes:
        return None
    q = quotes[-1]
    phrase = q.attrs.get("speaker_text")
    if q.cue.start < scene.ranges[scene.si][0].start or q.speaker is not None or not isinstance(phrase, Span):
        return None
    if q.attrs.get("kind") != "verb" or "speakers" in q.attrs:
        return None
    return phrase if q.attrs.get("gender") == cue.gender and bool(q.attrs.get("plural")) == cue.plural else None


MARKED_REACH = 3  # quotes back a feminine cue looks past a body of no marked gender for a feminine one


def _unnamed_source(doc: Doc, q: Quote) -> bool:
    """A verb's quote whose speaker is an indefinite source the entity layer does not name: a source word («وقالت
    مصادر مطلعة», «وقال مسؤول عراقي»; not «وقال المسؤول اليمني», who was named before), «أحد ...», or people in the
    masculine plural («مراقبون»), a man or woman no name is given for («رجل ملثم»), or a body («المجلس», «الوزارة»)."""
    phrase = q.attrs.get("speaker_text")
    if q.attrs.get("kind") != "verb" or not isinstance(phrase, Span) or "speakers" in q.attrs:
        return False
    if q.attrs.get("via") == "untagged":
        return True  # «وكان فلان الذي يقول إنه»: a name the entity layer missed spoke last
    words = _past_demonstrative(doc, phrase)
    head = nkey(words[0])
    if not body_head(head) and head.removeprefix("ال") not in fw("institutions"):
        head = head.removeprefix("و")  # «ومسؤولون»; but «وكالة», «وزارة» begin with the letter, no conjunction
    if head.removeprefix("ال") in SAYING_THINGS:
        return False  # «وأكدت هذه الاتهامات»: what the charges say, no one who goes on speaking
    if q.attrs.get("via") == "body" and unmarked_speaker(head, words) and head not in _entity_words(doc):
        return True  # «ويرى المضف», «موظف في الوزارة»: someone the entity layer left unmarked spoke last
    return head in fw("source_heads") or head in fw("anonymous_sources") or head in fw("partitive_heads") or (
        head in fw("unnamed_person_heads")) or (  # «أكد رجل ملثم ... . وأضاف»: the man goes on
        len(head) > 4 and head.endswith("ون") and not head.startswith("ال")) or (
        head.removeprefix("ال") in fw("institutions") or head.removeprefix("ال") in MEDIA) or (
        body_head(head) and (len(words) > 1 or not head.startswith("ال")))  # «وأكد المجلس ... . وقال»: the council still speaks; «وقالت صحيفة «اليوم»»: the paper


def _past_demonstrative(doc: Doc, phrase: Span) -> list[str]:
    """The words of ``phrase`` past a demonstrative it opens with («هذه الأوساط»: «الأوساط»), its head first."""
    words = doc.text[phrase.start : phrase.end].split()
    return words[1:] if len(words) > 1 and nkey(words[0]) in DEMONSTRATIVES else words


def _entity_words(doc: Doc) -> frozenset[str]:
    """The last word of every person's mention («الحذيفي» of «عبده الحذيفي») and the head of every other entity's
    name with the article («الوكالة» of «وكالة الصحافة الفرنسية»): a one-word subject that may be one of them."""
    out = set(person_names(doc))
    for ent in doc.entities:
        if ent.type != "PERSON" and ent.name:
            first = nkey(ent.name).split(" ")[0]
            out.add(first if first.startswith("ال") else "ال" + first)
    return frozenset(out)


TOPIC_REACH = 3  # sentences back a dropped subject may reach for the subject of a sentence with no quote


def _topic_between(doc: Doc, scene: Scene, after: int, gender: str, heard: dict[str, str],
                   marked: bool = False, speaker: str | None = None) -> tuple[str | None, Span | None] | None:
    """The subject, of the cue's gender, of the latest sentence that opens with one after offset ``after`` (the
    carried speaker's cue) and before the cue: the cue's own sentence where the cue is not its first word, then up to
    TOPIC_REACH sentences back; (entity, None) where it is named, (None, its phrase) where it is an unnamed source
    («وكشف مصدر مطلع ...، لكنه أكد»), None where no sentence between opens with one."""
    a = scene.ranges[scene.si][1]
    first = scene.si if scene.t > a + 1 else scene.si - 1
    other: Span | None = None  # the latest title or body a sentence since opened with («وزار رئيس الحكومة»)
    for k in range(first, max(-1, scene.si - 1 - TOPIC_REACH), -1):
        s, a, b = scene.ranges[k]
        if s.start <= after:
            break
        if any(d.start <= s.start < d.end for d in scene.direct):
            continue  # a sentence of the quoted words: its subject is not the one reported
        if k == scene.si:
            eid, phrase = _sentence_subject(doc, scene, a, scene.t)
        else:
            eid, phrase = or_doer(doc, topic(doc, scene, k), scene.ranges[k] if k == scene.si - 1 else None, gender, heard, scene.mentions)  # «زيارة قامت بها فلانة ... . وقالت» (qu711)
        if k != scene.si and eid is not None and bodily(doc, eid):
            eid = relative_actor(doc, a, b, gender) or eid  # «برئاسة فلان، الذي افتتح الجلسة ... . وأعلن»: he
        if eid is not None and gender == "f" and unsexed(doc, eid) and apposed_feminine(doc, eid, s.start, s.end):
            heard.setdefault(eid, "f")  # «فلانة، مراسلة صحيفة ...، ذكرت»: the title set off tells (round q304)
        if eid is not None and _agrees(doc, eid, gender, heard) and not (marked and _gender(doc, eid, heard) is None):
            if other is not None and has_office(doc, eid) and not holds_office(doc, eid, other):
                return None, None  # another one's title since: no one carried past it
            if other is not None and bodily(doc, eid) and title_key(nkey(_past_demonstrative(doc, other)[0])):
                return None, other  # «عقد مجلس النواب ... . وقدّم رئيس الحكومة ...، فقال»: a title no body holds
            return eid, None  # with ``marked``, a subject of no marked gender does not take over a feminine speaker
        if phrase is not None and source_gender(doc, phrase) == gender:
            if source_words(doc, phrase):
                return None, phrase
            if title_key(nkey((_past_demonstrative(doc, phrase) or [""])[0])):
                other = other or phrase  # a real title («رئيس الحكومة»), not a family name alone («التركي»)
    if other is not None and has_office(doc, speaker) and not holds_office(doc, speaker, other):
        return None, None  # «وعبّر رئيس مجلس النواب فلان ... . وقدّم رئيس الحكومة ...، فقال»: not the speaker
    return None


def topic(doc: Doc, scene: Scene, k: int) -> tuple[str | None, Span | None]:
    """The subject of sentence ``k`` of the scene (:func:`_sentence_subject`), computed once."""
    if k not in scene.topics:
        _, a, b = scene.ranges[k]
        scene.topics[k] = _sentence_subject(doc, scene, a, b)
    return scene.topics[k]


def source_gender(doc: Doc, phrase: Span) -> str | None:
    """The gender a verb agrees with for an unnamed source's phrase: feminine for «مصدر» in «ة», for «مصادر» and for
    a plural in «ات» («قيادات»), masculine for a singular one; None for a plural of people («مسؤولون», «خبراء»),
    which a singular verb does not continue."""
    head = nkey(_past_demonstrative(doc, phrase)[0])
    head = head.removeprefix("و").removeprefix("ال")
    if head.endswith("ه") or head == "مصادر" or (head.endswith("ات") and len(head) > 4):
        return "f"  # «مصدرة», «مصادر», «قيادات»: a feminine verb
    return None if head.endswith(("ون", "ين")) or head in _PLURAL_SOURCES else "m"


def source_words(doc: Doc, phrase: Span) -> bool:
    """The subject phrase a sentence opens with is an unnamed source («مصدر مطلع», «هذه المصادر»), not a title or a
    body that stops a dropped subject from reaching back past it («رئيس الحكومة», «مجلس الوزراء»)."""
    head = nkey(_past_demonstrative(doc, phrase)[0])
    return head.removeprefix("و").removeprefix("ال") in source_heads()


_PLURAL_SOURCES = frozenset(nkey(w) for w in ("أعضاء", "خبراء"))


def _sentence_subject(doc: Doc, scene: Scene, a: int, b: int) -> tuple[str | None, Span | None]:
    """The person or organisation a sentence opens with as its subject (SVO: «نبيل أبو ردينة، حمّل ...»; VSO: «وحمّل
    نبيل أبو ردينة ...») as (entity, None); an unnamed source («وكشف مصدر مطلع») as (None, its phrase); (None, None)
    where it opens otherwise."""
    if b <= a:
        return None, None
    chunks = quote_chunks(doc, a, b, scene.mentions, set())
    lead = a + 2 if a + 2 < b and contrast_that(doc, a + 1) else a  # «غير أن X، مراسلة ...، ذكرت» (round q304)
    first = next((c for c in chunks if lead <= c.i <= lead + 1 and c.entity is not None), None)  # «وظهر X، من ...»
    if first is None:
        first = _described_name(doc, chunks, a)  # «المحلل السياسي السعودي فلان، امتدح ...، وقال»
    if (first is not None and first.entity is not None and first.j + 1 < b
            and doc.tokens[first.j + 1].text in ("،", ",") and not governed(doc, first)):
        c: Chunk | None = first  # «لكن X، رئيس ...، أكد»: a name set off by its apposition, not an opener
    else:
        c = main_subject(doc, b, chunks, Span(doc.tokens[a].start, doc.tokens[b - 1].end))
    if c is not None and c.entity is None and c.j - c.i <= 1 and not governed(doc, c):
        body = named_head_body(doc, c.j, doc.tokens[c.j].start)  # (the chunker may hold the verb after «لم»)
        if body is not None:  # «ولم تذكر الوكالة ... لكنها قالت»: the agency named before
            return body, None
    called = called_subject(doc, chunks, c, b) if c is not None and not governed(doc, c) else None
    if called is not None:  # «وأجرى محام في شيكاغو يدعى فلان التحقيق»: the man it names
        return called, None
    if c is not None and c.entity is None and not governed(doc, c) and source_head(doc, c):
        return None, phrase_span(doc, c)
    holder = titled_chunk_holder(doc, chunks, c) if c is not None and not governed(doc, c) else None
    if holder is not None:  # «وقدّم رئيس الحكومة ...، فقال»: the prime minister the article names
        return holder, None
    if c is not None and c.entity is None and not governed(doc, c) and c.j > c.i and speaking_head(doc, c):
        return None, phrase_span(doc, c)  # «وأعلن رئيس الحكومة», «وكان مجلس الوزراء»: another, unnamed subject
    if c is None or c.entity is None or c.etype not in ("PERSON", "ORGANIZATION") or governed(doc, c):
        return None, None
    if _accused(doc, a, c, b):
        return None, None
    return c.entity, None


def _described_name(doc: Doc, chunks: list[Chunk], a: int) -> Chunk | None:
    """A sentence opening with a definite phrase of no preposition (a description: «المحلل السياسي السعودي») right
    before a name: the name's phrase, which the comma after it sets off as the subject (``_sentence_subject``); a
    definite word is no verb. None otherwise."""
    head = next((c for c in chunks if c.i == a), None)
    if head is None or head.entity is not None or head.prep is not None or governed(doc, head):
        return None
    if not doc.tokens[a].norm_key.removeprefix("و").startswith("ال"):
        return None
    return next((c for c in chunks if c.i == head.j + 1 and c.etype == "PERSON"), None)


ACCUSED_REACH = 14  # tokens of an apposition set off by commas after the accused («واتهم X، البالغ ...، بالدعاية»)


def _accused(doc: Doc, a: int, c: Chunk, b: int) -> bool:
    """«واتُّهم X بالدعاية», «واتهم X، البالغ من العمر 48 عاما، بالدعاية»: after a verb of accusing (accusation_verbs)
    a name with the «بـ» of the charge right after it (past an apposition between commas) is the accused — the
    passive's subject, or the object of a dropped one —, not who speaks; «واتهم X الحكومة بـ» (an object between):
    X accuses. So too after a verb of likening (likening_verbs: «وشبه «مايكروسوفت» بشركة ...، حيث أشار»: what he
    likened, the dropped subject speaks on)."""
    if not any(doc.tokens[u].norm_key.removeprefix("و") in fw("accusation_verbs") | fw("likening_verbs")
               for u in range(a, c.i)):
        return False
    u = c.j + 1
    while u < b and QUOTE_MARK.fullmatch(doc.tokens[u].text):
        u += 1  # «وشبه «مايكروسوفت» بشركة»: past the name's closing mark
    if u < b and doc.tokens[u].text in ("،", ","):
        u = next((v + 1 for v in range(u + 1, min(b, u + ACCUSED_REACH)) if doc.tokens[v].text in ("،", ",")), b)
    if u >= b:
        return False
    key = doc.tokens[u].norm_key  # «بتدبير» is often one unsegmented word
    return any(w.kind == "proclitic" and nkey(w.norm) == "ب" for w in doc.tokens[u].words) or (
        key.startswith("ب") and len(key) > 4 and not is_function_word(key))


_ITS_OWN = frozenset(nkey(w) for w in ("إلى", "الى", "على", "عن", "في", "فيه", "فيها"))
EARLIER = frozenset(nkey(w) for w in ("آنفا", "آنفًا", "سابقا", "سابقًا", "سلفا", "سلفًا", "أعلاه"))


def first_person(doc: Doc, t: int, answering: bool = False) -> bool:
    """«كما ذكرتُ آنفا», «كما قلت، ...»: a first-person cue after «كما» (a past in «ت», no subject after it: «earlier»,
    a comma or a function word; any word where ``answering``, in an interview's answer), the words of who answers."""
    if t < 1 or t + 1 >= len(doc.tokens) or doc.tokens[t - 1].norm_key.removeprefix("و") != "كما":
        return False
    if not doc.tokens[t].norm_key.endswith("ت"):
        return False
    nxt = doc.tokens[t + 1].norm_key
    if nxt in _ITS_OWN or nxt.startswith("ب"):
        return False  # «كما أشارت إلى أن», «كما أكدت على», «كما ذكرت بأن»: the verb's own preposition, she said it
    if expressed_cue(doc, t) is not None:
        return False  # «كما عبرت عنه الوزيرة: «...»»: her words, named before the colon (round 218)
    if is_complementizer(doc, t + 1):
        return False  # «...، كما أعلنت أن»: she also announced, her words reported, no «as I said» (round q304)
    return answering or nxt in EARLIER or nxt == "," or is_function_word(nxt)  # nkey folds «،» to «,»


def interviewee(doc: Doc, quotes: list[Quote]) -> str | None:
    """The person an interview is with: the speaker of its first quote, where a person («قال X ... إن» in the lead),
    else the person quoted most so far."""
    persons = [q.speaker for q in quotes if q.speaker is not None and (e := doc.entity(q.speaker)) is not None
               and e.type == "PERSON"]
    if quotes and quotes[0].speaker is not None and quotes[0].speaker in persons:
        return quotes[0].speaker
    return max(persons, key=persons.count) if persons else None


GROUP_WORDS = fw_keys("group_words")


_PARTICLES = frozenset(nkey(w) for w in ("قد", "وقد", "لقد", "ولقد"))


def group_subject(doc: Doc, scene: Scene, t: int) -> tuple[str | None, Span | None] | None:
    """The group a plural verb with a dropped subject continues («وحث الأعضاء الأطراف ... . وأكدوا», «وناشد مواطنون
    ...، وأكدوا»): the subject of the clause before it in its sentence where a comma comes right before the verb, else
    of the sentence before, where it is a plural of people (a sound plural, a broken plural of people: «الأعضاء»,
    «شهود عيان», «بعض هؤلاء») or a named organisation: (entity, None) or (None, its phrase); None otherwise."""
    s, a, b = scene.ranges[scene.si]
    if doc.tokens[t - 1].text in ("،", ",") and t - 1 > a:
        b = t
    elif scene.si > 0:
        s, a, b = scene.ranges[scene.si - 1]
        s = Span(doc.tokens[a].start, doc.tokens[b - 1].end) if b > a else s
    else:
        return None
    if b <= a or any(d.start <= doc.tokens[a].start < d.end for d in scene.direct):
        return None
    if doc.tokens[a].norm_key in _PARTICLES and a + 1 < b:
        a += 1  # «وقد عكف بعض أصدقائه على ...»: the verb after «قد» opens the clause (round q344)
    chunks = quote_chunks(doc, a, b, scene.mentions, set())
    c = _opening_subject(doc, chunks, a)
    if c is None or governed(doc, c):
        return None
    if c.entity is not None:
        return (c.entity, None) if c.etype == "ORGANIZATION" else None
    if people_group(doc, c):
        return None, phrase_span(doc, c)
    return None


def people_group(doc: Doc, c: Chunk) -> bool:
    """The phrase ``c`` is headed by a plural of people: a sound plural («المتمردون», «سياسيون»), a broken plural of
    people or a group word («الأعضاء», «خبراء», «بعض»)."""
    head = doc.tokens[c.i].norm_key.removeprefix("و")
    stem = head.removeprefix("ال")
    return stem in GROUP_WORDS or head in fw("group_heads") or (len(stem) > 4 and stem.endswith(("ون", "ين")))


def conjoined_span(doc: Doc, chunks: list[Chunk], c: Chunk) -> Span:
    """The span of the coordination of plurals of people ``c`` is a conjunct of: from the first phrase of no
    preposition, name or count joined to it by «و» right before it (without a verb the chunker read into it: «شكك
    سياسيون | وخبراء | وأكاديميون عراقيون») to the last one in «و» after it."""
    def plain(d: Chunk) -> bool:
        return d.entity is None and d.prep is None and not d.number

    first = last = c
    while first.coord:
        d = next((d for d in chunks if d.j == first.i - 1 and plain(d)), None)
        if d is not None and not people_group(doc, d) and d.j > d.i:
            d = plain_chunk(doc.tokens, d.i + 1, d.j, d.end)
        if d is None or not people_group(doc, d):
            break
        first = d
    while True:
        e = next((e for e in chunks if e.i == last.j + 1 and plain(e)), None)
        if e is None or doc.tokens[e.i].norm_key[:1] != "و" or not people_group(doc, e):
            break
        last = e
    return Span(first.start, phrase_span(doc, last).end)


def _opening_subject(doc: Doc, chunks: list[Chunk], a: int) -> Chunk | None:
    """The subject a clause from token ``a`` opens with: the phrase right after its first word where that is a verb
    («وحث الأعضاء», «وناشد مواطنون»: the verb the chunker may have read into the phrase), or the phrase it opens with
    (SVO: «الأعضاء حثوا»); None where it opens otherwise."""
    first = next((c for c in chunks if a <= c.i <= a + 1), None)
    if first is None or first.entity is not None or first.i != a:
        return first
    if doc.tokens[a].norm_key.removeprefix("و").startswith("ال"):
        return first
    if first.j > first.i:
        return plain_chunk(doc.tokens, first.i + 1, first.j, first.end)
    return next((c for c in chunks if c.i == a + 1), None)


TOPIC_OPENERS = fw_keys("about_prepositions")
TOPIC_OPENER_REACH = 20  # tokens from a fronted «وعن ...» topic at the head of the sentence to the verb


def fronted_topic(doc: Doc, scene: Scene, t: int) -> bool:
    """The verb at ``t`` follows a topic phrase its sentence opens with («وعن تقارير صحافية حول المشروع أضاف أن»,
    «وحول الأزمة قال»): what stands right before the verb is that topic, not its subject (a dropped one, carried
    over); no «أن», quote mark, colon or other cue between."""
    a = scene.ranges[scene.si][1]
    if not a + 1 < t <= a + TOPIC_OPENER_REACH:
        return False
    if doc.tokens[a].norm_key.removeprefix("و") not in TOPIC_OPENERS:
        return False
    return not any(is_complementizer(doc, u) or QUOTE_MARK.fullmatch(doc.tokens[u].text)
                   or doc.tokens[u].text in (":", ".", "؛") or match_cue(doc, u) is not None for u in range(a + 1, t))


def resumed(doc: Doc, t: int, held: Span) -> bool:
    """«وعاد وقال:», «ثم عادت وأكدت»: the cue at ``t`` with «و» right after «عاد» (resuming_verbs) has one who speaks
    again, not the document held as the unnamed source («وأشار البيان ...، وعاد وقال»: no statement returns)."""
    if not resumes(doc, t):
        return False
    words = doc.text[held.start : held.end].split()
    return bool(words) and nkey(words[0]).removeprefix("و").removeprefix("ال") in fw("report_nouns")
