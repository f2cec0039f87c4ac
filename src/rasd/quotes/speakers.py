"""Who said it, for the ``quotes`` stage: the speaker of a reporting cue from its subject (after the verb, VSO,
past addressees, adverbs and honorifics; or right before it, SVO), from the clause a participle hangs on («مشيرا إلى
أن»), from «according to» («وفقا لـ»), from the organisation of an unnamed source («مسؤول في الوزارة»), or carried
over a dropped subject with gender agreement («وأضافت»), unless a sentence in between opened with another named
subject. Also the unnamed speaker's phrase («وقالت مصادر قضائية») and the passive reading of «يعتبر».
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..doc import Doc, Quote, Span, Token
from ..events.arguments import Chunk, bare, can_act, build_chunks, resolve_title
from ..events.forms import fw, nkey
from ..text.normalize import norm_key
from ..time.lexicon import lexicon as time_lexicon
from .cues import _CONJ_ONLY, _QUOTE_MARK, Cue, _is_complementizer, _next_at

PLACES = ("LOCATION", "GPE", "LOC")  # a place speaks only as an explicit subject («قالت مصر»)


@dataclass(slots=True)
class Scene:
    """Where a cue stands, for carrying a dropped subject over: the sentences (``sentence_token_ranges``), the index
    of the cue's sentence and its token, the mention index, and the named subjects of sentences found so far."""

    ranges: list[tuple[Span, int, int]]
    mentions: dict[int, tuple[str, str, int, int]]
    direct: list[Span]
    si: int = 0
    t: int = 0
    topics: dict[int, str | None] = field(default_factory=dict)



def _gender(doc: Doc, eid: str, heard: dict[str, str]) -> str | None:
    """An entity's grammatical gender: a person's from the entity layer, else the gender of the verb it was first
    the subject of right after (``heard``: «وقالت كاسلو»), else masculine."""
    ent = doc.entity(eid)
    if ent is None:
        return None
    if ent.type == "PERSON":
        known = ent.attrs.get("gender")
        return known if isinstance(known, str) else heard.get(eid, "m")
    head = ent.name.split()[0] if ent.name else ""
    if head.endswith("ة") or head.endswith("ات"):
        return "f"
    return None  # countries, agencies: either agreement is written


def _unsexed(doc: Doc, eid: str) -> bool:
    """A person whose gender neither a title nor a given name told the entity layer."""
    ent = doc.entity(eid)
    return ent is not None and ent.type == "PERSON" and not isinstance(ent.attrs.get("gender"), str)


def _agrees(doc: Doc, eid: str | None, gender: str, heard: dict[str, str]) -> bool:
    if eid is None:
        return False
    g = _gender(doc, eid, heard)
    return g is None or g == gender



def _speaker(
    doc: Doc, t: int, cue: Cue, chunks: list[Chunk], quotes: list[Quote], sent: Span, limit: int,
    heard: dict[str, str], bodies: set[int], scene: Scene,
) -> tuple[str | None, str]:
    """(speaker, how it was found) of the cue at token ``t``; ``heard`` collects the gender a verb gave a person
    (see _gender). How: «subject» (after the verb, or right before it), «clause» (a participle's clause or the cue
    before it), «carry» (a dropped subject), «according», «body» (an unnamed source's organisation), «none»."""
    if cue.kind == "participle":
        prior = [q for q in quotes if q.cue.start >= sent.start]
        if prior:  # «وقال X إن ...، مشيرا»: the speaker of the cue before it in the sentence, named or not
            if prior[-1].speaker is not None or "speaker_text" in prior[-1].attrs:
                return prior[-1].speaker, "clause"
        subject = _main_subject(doc, t, chunks, sent)  # else the subject of the clause it hangs on
        if subject is not None and subject.entity is None:
            return _body(doc, chunks, subject, t, bodies), "body"
        if subject is not None:
            return (subject.entity if _agrees(doc, subject.entity, cue.gender, heard) else None), "clause"
        return _carry(doc, quotes, cue, heard, scene), "carry"
    after = [c for c in chunks if c.i > t]
    if cue.kind == "according" or cue.next:
        at = _next_at(doc, t, cue) if cue.next else t
        after = [c for c in after if at is not None and at < c.i <= at + 3]
        for c in after:
            if c.entity is not None:
                return c.entity, "according"
            if c.title:  # «نقل عن نائب مدير عام الصندوق ميتسوهيرو فوروساوا»: the person the title names
                named = resolve_title(chunks, c, doc)
                if named.entity is not None:
                    return named.entity, "according"
        return None, "none"
    first = _subject_slot(doc, t, chunks, limit)
    if first is not None and _honorific_pronoun(doc, first):
        return (_carry(doc, quotes, cue, heard, None, persons=True)
                or _last_person(doc, t, cue.gender, heard)), "anaphor"
    if first is not None:
        c = resolve_title(chunks, first, doc)
        if c.entity is not None and c is first and _unsexed(doc, c.entity) and c.entity not in heard:
            heard[c.entity] = cue.gender  # «وقالت كاسلو»: the verb agrees with the name right after it
        if c.entity is not None and (_agrees(doc, c.entity, cue.gender, heard) or c is not first):
            return c.entity, "subject"
        if c.entity is None and c.title and c.definite:
            return _carry(doc, quotes, cue, heard, None), "title"  # «وأوضح الوزير الفرنسي» → the minister quoted before
        if c.entity is None:
            return _body(doc, chunks, c, t, bodies), "body"  # «مسؤول في وزارة الخارجية»: the ministry, better than no one
    relative = _relative_subject(doc, t, cue, chunks, heard) if first is None else None
    if relative is not None:
        return relative[0], "relative"
    # SVO: the name right before the cue; a state or its capital too where the cue opens no new clause («لكن طهران
    # تقول», not «زار الرئيس مصر وقال»)
    opens = nkey(doc.tokens[t].text)[:1] in ("و", "ف")
    v = t - 1  # «وكانت الوزارة قد أعلنت», «أما الحركة فقد أعلنت»: the subject before «قد»
    if v >= 0 and nkey(doc.tokens[v].text) in fw("verb_particles"):
        opens = opens or nkey(doc.tokens[v].text)[:1] in ("و", "ف")
        v -= 1
    before = [c for c in chunks if c.j == v and c.prep is None and c.entity is not None
              and (c.etype not in PLACES or (not opens and can_act(doc, c)))]  # fmt: skip
    if before and _agrees(doc, before[0].entity, cue.gender, heard):
        return before[0].entity, "svo"
    if not opens and (_says_head(doc, v) or any(c.j == v and c.prep is None and c.entity is None and c.definite
                                                 and not _is_time(doc, c) for c in chunks)):  # fmt: skip
        return None, "none"  # «والحقائق تقول لنا إن», «أنباء تقول»: an unnamed subject right before the verb
    return _carry(doc, quotes, cue, heard, scene), "carry"


def _relative_subject(
    doc: Doc, t: int, cue: Cue, chunks: list[Chunk], heard: dict[str, str]
) -> tuple[str | None] | None:
    """A cue right after a relative pronoun with no subject after it («X، الذي قال», «التي أعلنت»): the relative is
    its subject, and the speaker is the name it refers back to, the phrase before it (past phrases of a preposition:
    «المتحدث باسم الحركة الذي»; a title: the name it gives), or no one where that phrase names no one. (speaker,)
    where the rule holds; None where the relative is the verb's object: a pronoun on the verb («التي أعلنها»), after
    it («الذي قال فيه»), in the «إنّ» right after it with an unnamed phrase before («المعدل الذي قال إنه»), or a
    relative that does not agree with the verb («الدول التي قال إنها»); also «في الوقت الذي» (while)."""
    v = t - 1
    if v < 1:
        return None
    rel = bare(nkey(doc.tokens[v].text), "relatives")
    if rel not in fw("relatives") or any(w.kind == "enclitic" for w in doc.tokens[t].words):
        return None
    if ("f" if rel in fw("feminine_relatives") else "m") != cue.gender or (rel in fw("plural_relatives")) != cue.plural:
        return None
    nxt = doc.tokens[t + 1] if t + 1 < len(doc.tokens) else None
    if nxt is not None and _resumptive(nxt):
        return None
    u = v - 1
    comma = doc.tokens[u].text in ("،", ",")  # «النيابة العامة، التي قالت إنها»: a clause about whoever spoke
    if comma:
        u -= 1
    head = next((c for c in chunks if c.i <= u <= c.j), None)
    for _ in range(3):  # «ذبيح الله مجاهد المتحدث باسم طالبان الذي»: past the phrases of a preposition
        if head is None or not (_governed(doc, head) or (head.entity is None and head.title)):
            break
        if head.title and head.entity is None:
            named = resolve_title(chunks, head, doc)
            if named.entity is not None:
                head = named
                break
        prev = next((c for c in chunks if c.j == head.i - 1), None)
        if prev is None:
            break
        head = prev
    if head is not None and nkey(doc.tokens[head.j].text) in fw("conjunctive_heads"):
        return None  # «في الوقت الذي أكد»: while
    if head is not None and head.entity is not None and not _governed(doc, head):
        ok = head.etype not in PLACES or can_act(doc, head)
        return (head.entity if ok and _agrees(doc, head.entity, cue.gender, heard) else None,)
    if not comma and nxt is not None and _is_complementizer(doc, t + 1) and any(w.kind == "enclitic" for w in nxt.words):
        return None  # «معدل الضرائب الذي قال إنه أقل»: «إنه» is the relative's, the object
    return (None,)


def _resumptive(tok: Token) -> bool:
    """A preposition with a pronoun («فيه», «عنها», «له»): a relative's resumptive pronoun after the verb."""
    words = [w for w in tok.words if w.kind != "proclitic" or w.norm not in _CONJ_ONLY]
    if len(words) < 2 or words[-1].kind != "enclitic":
        return False
    k = nkey(words[0].norm)
    return k in fw("prepositions") or k in fw("clitic_prepositions")


def _says_head(doc: Doc, v: int) -> bool:
    """A source or report right before the verb, at ``v`` («عن مصادر قالت», «أنباء تقول», «تقارير تفيد»): the
    subject of the describing clause the verb opens."""
    if v < 0:
        return False
    head = nkey(doc.tokens[v].text).removeprefix("ال")
    return head in _source_heads() or head in fw("report_nouns")


def _governed(doc: Doc, c: Chunk) -> bool:
    """A phrase after a preposition: a free one, a clitic on its first word («لنا», «بهذا الخصوص»), or «لـ» before
    a quote mark («لـ«الشرق الأوسط»»), which the chunker does not see."""
    if c.prep is not None:
        return True
    words = [w for w in doc.tokens[c.i].words if w.kind == "proclitic" and w.norm not in _CONJ_ONLY]
    if c.entity is None and words and nkey(words[0].norm) in fw("clitic_prepositions"):
        return True
    u = c.i - 1
    while u >= 0 and _QUOTE_MARK.fullmatch(doc.tokens[u].text):
        u -= 1
    if u < 0 or u == c.i - 1:
        return False
    k = nkey(doc.tokens[u].text)
    return k in fw("clitic_prepositions") or k in fw("prepositions")


def _adverb(doc: Doc, c: Chunk) -> bool:
    """«أيضًا», «سابقًا», «بدوره»: one word in the accusative of manner or time, not the subject."""
    text = doc.tokens[c.i].text
    return c.i == c.j and c.entity is None and ("\u064b" in text or nkey(text) in fw("adverbs"))


def _honorific_len(doc: Doc, u: int) -> int:
    """How many tokens from ``u`` make an honorific («معالي», «صاحب السمو الملكي»), 0 where none."""
    keys: list[str] = []
    for w in range(u, min(len(doc.tokens), u + 3)):
        keys.append(nkey(doc.tokens[w].text))
    for n in (3, 2, 1):
        if len(keys) >= n and " ".join(keys[:n]) in fw("honorifics"):
            return n
    return 0


def _honorific_pronoun(doc: Doc, c: Chunk) -> bool:
    """«معاليه», «سموه»: an honorific with a pronoun, which refers back like one."""
    return c.i == c.j and c.entity is None and nkey(doc.tokens[c.i].text) in fw("honorific_pronouns")


def _subject_slot(doc: Doc, t: int, chunks: list[Chunk], limit: int) -> Chunk | None:
    """The phrase in the subject's place after the verb at ``t``: the next phrase past an addressee or a short
    phrase of a preposition («قال لـ«الشرق الأوسط» مسؤول», «أكد فيه دونالد بوث»), adverbs («أكد أيضًا») and
    honorifics («أكد معالي وزير الخارجية»: the title after it), with nothing else between."""
    at = t + 1
    skipped = False
    for c in chunks:
        if c.i < at:
            continue
        while at < c.i and (_QUOTE_MARK.fullmatch(doc.tokens[at].text) or doc.tokens[at].text in ("،", ",")
                            or nkey(doc.tokens[at].text) in fw("clitic_prepositions")):  # «لـ» before a quote mark
            at += 1
        if c.i != at or c.i > limit:
            return None
        n = _honorific_len(doc, c.i) if c.entity is None else 0
        if n and c.i + n <= c.j:
            return replace(c, i=c.i + n, start=doc.tokens[c.i + n].start, title=True, definite=True)
        if n or _adverb(doc, c) or (_governed(doc, c) and c.j - c.i < 2) or (
                skipped and c.entity is not None and _QUOTE_MARK.fullmatch(doc.tokens[c.i - 1].text)):
            skipped = _governed(doc, c)  # «صرح لوكالة «نوفوستي»»: the agency's name is the addressee too
            at = c.j + 1
            continue
        if _governed(doc, c) or _is_time(doc, c):
            return None
        return c
    return None


def _source_body(doc: Doc, chunks: list[Chunk], c: Chunk) -> str | None:
    """The organisation an unnamed source belongs to («مسؤول في وزارة الخارجية», «مصادر في الحزب الجمهوري»,
    «متحدث باسم الحركة»): an organisation named within three words after a source word, with no comma between."""
    if nkey(doc.tokens[c.i].text).removeprefix("ال") not in _source_heads():
        return None
    if any(nkey(doc.tokens[u].text) in fw("source_outsiders") for u in range(c.i + 1, c.j + 1)):
        return None  # «مصادر مقربة من الحركة»: close to it, not of it
    for d in chunks:
        if d.i <= c.j:
            continue
        if d.i - c.j > 3 or any(doc.tokens[u].text in ("،", ",") for u in range(c.j + 1, d.i)) or _addressee(doc, d):
            return None  # «مصادر محلية لـ«الشرق الأوسط»»: the paper they spoke to
        if d.entity is not None:
            return d.entity if d.etype == "ORGANIZATION" else None
    return None


def _body(doc: Doc, chunks: list[Chunk], c: Chunk, t: int, bodies: set[int]) -> str | None:
    """``_source_body``, noting the cue at ``t`` in ``bodies`` where it names one."""
    body = _source_body(doc, chunks, c)
    if body is not None:
        bodies.add(t)
    return body


def _last_person(doc: Doc, t: int, gender: str, heard: dict[str, str]) -> str | None:
    """«وقال معاليه» where no one was quoted before: the person named last before the cue, of the cue's gender."""
    at = doc.tokens[t].start
    best: tuple[int, str] | None = None
    for ent in doc.entities:
        if ent.type != "PERSON" or not _agrees(doc, ent.id, gender, heard):
            continue
        for m in ent.mentions:
            if m.end <= at and (best is None or m.start > best[0]):
                best = (m.start, ent.id)
    return best[1] if best is not None else None


def _addressee(doc: Doc, c: Chunk) -> bool:
    """A phrase after «لـ» (a clitic, or before a quote mark): whom the words were said to."""
    if c.prep == "ل":
        return True
    words = [w for w in doc.tokens[c.i].words if w.kind == "proclitic" and w.norm not in _CONJ_ONLY]
    if words and nkey(words[0].norm) == "ل":
        return True
    u = c.i - 1
    while u >= 0 and _QUOTE_MARK.fullmatch(doc.tokens[u].text):
        u -= 1
    return 0 <= u < c.i - 1 and nkey(doc.tokens[u].text) == "ل"


@lru_cache(maxsize=1)
def _source_heads() -> frozenset[str]:
    return frozenset(k.removeprefix("ال") for k in fw("source_heads"))


def _main_subject(doc: Doc, t: int, chunks: list[Chunk], sent: Span) -> Chunk | None:
    """The subject of the clause a participle at ``t`` hangs on: the phrase that opens the sentence (SVO) or follows
    its first word, the verb (VSO), past openers set off by a comma («ومن جهته،»); a title stands for the name after
    it. None where the sentence opens otherwise."""
    toks = doc.tokens
    a = t
    while a > 0 and toks[a - 1].start >= sent.start:
        a -= 1
    for u in range(a, min(t, a + 5)):  # «من جانبه،», «وفي سياق متصل،»: an opener, then the clause
        if toks[u].text in ("،", ","):
            a = u + 1
            break
    for c in chunks:
        if c.i < a or c.i >= t:
            continue
        if c.i > a + 2:
            return None
        if c.i == a and c.entity is None and not c.title and not _honorific_len(doc, c.i):
            continue  # the verb
        named = _subject_slot(doc, c.i - 1, chunks, t) if c.i > a else c
        if named is None:
            return None
        head = named
        named = resolve_title(chunks, named, doc)
        if named is not head and any(d.entity is None and not d.title for d in chunks if head.j < d.i < named.i):
            named = head  # «نفى المتحدث باسم الحركة نبأ وفاة زعيمها فلان»: the man named is not who spoke
        if named.entity is not None and named.etype in PLACES and not can_act(doc, named):
            return None
        return named
    return None


def _clause_phrase(doc: Doc, t: int, chunks: list[Chunk], quotes: list[Quote], sent: Span) -> Span | None:
    """The unnamed speaker a participle takes over: that of the cue before it in the sentence, else the unnamed
    subject of its clause («نفى المتحدث باسم الحركة ...، مشيرا»)."""
    before = [q for q in quotes if q.cue.start >= sent.start]
    if before:
        phrase = before[-1].attrs.get("speaker_text")
        return phrase if isinstance(phrase, Span) else None
    c = _main_subject(doc, t, chunks, sent)
    if c is None or c.entity is not None or _honorific_pronoun(doc, c) or c.coord or c.number:
        return None
    head = nkey(doc.tokens[c.i].text)
    if not (c.title or head.removeprefix("ال") in _source_heads() or head in fw("institutions")):
        return None  # «ففي ليلة وضحاها»: no one who speaks
    return _phrase_span(doc, c)


def _read_passive(doc: Doc, t: int, chunks: list[Chunk], limit: int) -> bool:
    """«يُعتبر الحد الأدنى», «تعتبر سلبية»: a verb of considering read as a passive (or with two objects and no
    subject) where no «أن» follows it and the phrase after it names no one."""
    if nkey(doc.tokens[t].text).removeprefix("و") not in fw("passive_readable_cues") or limit == t + 1:
        return False
    first = _subject_slot(doc, t, chunks, limit)
    if first is None:
        return True
    named = resolve_title(chunks, first, doc)
    return named.entity is None or (named.etype in PLACES and not can_act(doc, named))


@lru_cache(maxsize=1)
def _day_keys() -> frozenset[str]:
    """The one-word days of the times layer's tables («الأحد», «اليوم», «أمس», «غدا»), without the article."""
    table = time_lexicon()
    return frozenset(k[0].removeprefix("ال") for cat in ("weekday", "relative_day") for k in table.phrases[cat]
                     if len(k) == 1)  # fmt: skip


def _speaker_phrase(doc: Doc, t: int, cue: Cue, chunks: list[Chunk], limit: int) -> Span | None:
    """The unnamed subject right after a verb cue («وقالت مصادر قضائية», «وقال مسؤول أمني»), as a span."""
    if cue.kind in ("participle", "according") or cue.next:
        return None
    c = _subject_slot(doc, t, chunks, limit)
    if c is None or c.entity or _honorific_pronoun(doc, c):
        return None
    if _is_complementizer(doc, c.i) or nkey(doc.tokens[c.i].text) in ("الا", "والا"):
        return None  # «وعد ألا يبني»: the clause said, not who said it
    return _phrase_span(doc, c)


def _phrase_span(doc: Doc, c: Chunk) -> Span:
    """The chunk's span, cut before a word written with «لـ» inside it («مصادر أمنية مطلعة لـصحيفة»: whom they
    told)."""
    for u in range(c.i + 1, c.j + 1):
        words = [w for w in doc.tokens[u].words if w.kind == "proclitic" and w.norm not in _CONJ_ONLY]
        if doc.tokens[u].text.startswith("لـ"):
            return Span(c.start, doc.tokens[u - 1].end)
    return Span(c.start, c.end)


def _is_time(doc: Doc, c: Chunk) -> bool:
    """«أكد الأحد أنه»: a time after the verb, not who spoke (also where no date let the times layer read it)."""
    return any(x.start < c.end and c.start < x.end for x in doc.times) or (
        c.i == c.j and norm_key(doc.tokens[c.i].text).removeprefix("ال") in _day_keys()
    )


def _carry(doc: Doc, quotes: list[Quote], cue: Cue, heard: dict[str, str], scene: Scene | None,
           persons: bool = False) -> str | None:
    """A dropped subject continues the latest speaker whose gender agrees with the cue (with ``persons``, the latest
    person: «وقال معاليه»), unless a sentence after that speaker's quote opened with another named subject of the
    cue's gender («قال X ... . Y، حمّل الحكومة ... . وقال»: Y) — with ``scene``, which says where the cue stands. A
    plural cue («وقالوا») continues only a plural one."""
    gender = cue.gender
    source: Quote | None = None
    for q in reversed(quotes):
        if bool(q.attrs.get("plural")) != cue.plural:
            continue
        ent = doc.entity(q.speaker)
        if q.attrs.get("body"):
            continue  # «مسؤول في الوزارة»: the ministry stood in for a man it does not name
        if ent is not None and ent.type not in PLACES and _agrees(doc, ent.id, gender, heard):
            if not persons or ent.type == "PERSON":
                source = q
                break
    if scene is not None and not cue.plural:
        topic = _topic_between(doc, scene, source.cue.start if source is not None else -1, gender, heard)
        if topic is not None:
            return topic
    return source.speaker if source is not None else None


TOPIC_REACH = 3  # sentences back a dropped subject may reach for the subject of a sentence with no quote


def _topic_between(doc: Doc, scene: Scene, after: int, gender: str, heard: dict[str, str]) -> str | None:
    """The named subject, of the cue's gender, of the latest sentence that opens with one after offset ``after``
    (the carried speaker's cue) and before the cue: the cue's own sentence where the cue is not its first word, then
    up to TOPIC_REACH sentences back."""
    a = scene.ranges[scene.si][1]
    first = scene.si if scene.t > a + 1 else scene.si - 1
    for k in range(first, max(-1, scene.si - 1 - TOPIC_REACH), -1):
        s, a, b = scene.ranges[k]
        if s.start <= after:
            return None
        if any(d.start <= s.start < d.end for d in scene.direct):
            continue  # a sentence of the quoted words: its subject is not the one reported
        if k == scene.si:
            eid = _sentence_subject(doc, scene, a, scene.t)
        else:
            if k not in scene.topics:
                scene.topics[k] = _sentence_subject(doc, scene, a, b)
            eid = scene.topics[k]
        if eid is not None and _agrees(doc, eid, gender, heard):
            return eid
    return None


def _sentence_subject(doc: Doc, scene: Scene, a: int, b: int) -> str | None:
    """The person or organisation a sentence opens with as its subject (SVO: «نبيل أبو ردينة، حمّل ...»; VSO: «وحمّل
    نبيل أبو ردينة ...»), None where it opens otherwise."""
    if b <= a:
        return None
    chunks = build_chunks(doc, a, b, scene.mentions, set())
    first = next((c for c in chunks if c.i <= a + 1), None)
    if (first is not None and first.entity is not None and first.j + 1 < b
            and doc.tokens[first.j + 1].text in ("،", ",") and not _governed(doc, first)):
        c: Chunk | None = first  # «لكن X، رئيس ...، أكد»: a name set off by its apposition, not an opener
    else:
        c = _main_subject(doc, b, chunks, Span(doc.tokens[a].start, doc.tokens[b - 1].end))
    if c is None or c.entity is None or c.etype not in ("PERSON", "ORGANIZATION") or _governed(doc, c):
        return None
    return c.entity

