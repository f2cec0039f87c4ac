"""Reading the phrases around a reporting cue, for the quotes stage: the phrase in the subject's place after a verb
(past addressees, adverbs, honorifics), the subject of the clause a participle hangs on, phrases governed by a
preposition, times, and the grammatical gender of a speaker.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ..doc import Doc, Span, Token
from ..events.actors import can_act, resolve_title
from ..events.chunks import Chunk, is_function_word, plain_chunk
from ..events.forms import PLACES, bare, fw, nkey
from ..text.normalize import has_tanween, norm_key
from ..time.lexicon import lexicon as time_lexicon
from .cues import _CONJ_ONLY, _QUOTE_MARK, _match_cue
from .edges import MEDIA, audience, b_source, body_head, manner_participle
from .glued import glued_subject
from .spokesmen import _spoken_for



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


def _construct_to(doc: Doc, c: Chunk) -> bool:
    """One word after «لـ» with no article, in construct with what follows («قال لقادة إسرائيل», «لوكالة»): the
    addressee's head, whose genitive (a name too) is no subject."""
    k = nkey(doc.tokens[c.i].text).removeprefix("و")
    return c.i == c.j and k[:1] == "ل" and not k.startswith("لل") and not k[1:].startswith("ال") and len(k) > 3


def _adverb(doc: Doc, c: Chunk) -> bool:
    """«أيضًا», «سابقًا», «بدوره»: one word in the accusative of manner or time, not the subject; «رسميا», «شخصيا»
    too, an adjective in «ـي» with the alif of the accusative and no article (not «ضحايا»: a plural in «ـايا»)."""
    text = doc.tokens[c.i].text
    k = nkey(text).removeprefix("و")
    return c.i == c.j and c.entity is None and (has_tanween(text) or nkey(text) in fw("adverbs") or (
        len(k) >= 4 and k.endswith("يا") and not k.endswith("ايا") and not k.startswith("ال")))


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


_CABINET = frozenset(nkey(w) for w in ("وزراء", "حكومة"))
_HONORED_TITLES = {  # an honorific pronoun -> the first words of the roles it is said of
    nkey(k): frozenset(nkey(w) for w in v) for ks, v in (
        (("معاليه", "معاليها"), ("وزير", "وزيرة", "امين", "أمين")),
        (("سموه", "سموها"), ("أمير", "أميرة", "ولي", "شيخ", "شيخة")),
        (("فخامته", "فخامتها"), ("رئيس", "رئيسة")),
        (("جلالته", "جلالتها"), ("ملك", "ملكة", "سلطان")),
        (("سماحته",), ("شيخ", "مفتي", "مرشد", "آية", "سيد", "إمام", "امام")),
    ) for k in ks
}


def _honored_title(doc: Doc, c: Chunk, roles: list[str]) -> bool | None:
    """Whether a person of ``roles`` bears the title the honorific pronoun ``c`` is said of («معاليه»: a minister,
    «سموه»: a prince, «فخامته»: a president, not a prime minister); None for a pronoun of no known title."""
    titles = _HONORED_TITLES.get(nkey(doc.tokens[c.i].text).removeprefix("و"))
    if titles is None:
        return None
    for role in roles:
        words = [w.removeprefix("ال") for w in nkey(role).split()]
        if words and words[0] in titles and not (len(words) > 1 and words[1] in _CABINET):
            return True  # «رئيس الوزراء»: «دولته», not «فخامته»
    return False


def _resumptive(tok: Token) -> bool:
    """A preposition with a pronoun («فيه», «عنها», «له»): a relative's resumptive pronoun after the verb."""
    words = [w for w in tok.words if w.kind != "proclitic" or w.norm not in _CONJ_ONLY]
    if len(words) < 2 or words[-1].kind != "enclitic":
        return False
    k = nkey(words[0].norm)
    return k in fw("prepositions") or k in fw("clitic_prepositions")


def _made_statement(doc: Doc, t: int) -> int | None:
    """«بحسب تصريحات أدلى بها فلان», «وفق بيان أصدرته الوزارة»: a statement noun right after the cue at ``t`` with a
    relative clause on it (a verb and its pronoun on a preposition): the pronoun's token, after which the subject
    stands (who made the statement); None otherwise."""
    if t + 3 >= len(doc.tokens) or not _resumptive(doc.tokens[t + 3]):
        return None
    noun = nkey(doc.tokens[t + 1].text)
    return t + 3 if noun in fw("speech_nouns") or noun in fw("statement_nouns") else None


_DEMONSTRATIVES = frozenset(nkey(w) for w in ("هذه", "هذا", "تلك", "ذلك", "هؤلاء", "أولئك"))
SAYING_THINGS = frozenset(nkey(w) for w in ("اتهامات", "مزاعم", "ادعاءات"))  # «وأكدت هذه الاتهامات»: no one, once
_SAYING_GROUPS = frozenset(nkey(w) for w in ("أوساط", "دوائر", "جهات", "أطراف", "مراجع", "مصادر")) | SAYING_THINGS


def _pointed_group(doc: Doc, u: int, c: Chunk) -> bool:
    """Token ``u`` is a demonstrative right before the phrase ``c`` headed by a source or a group of people, definite
    and named by no one («وتقول هذه الأوساط», «وترى تلك المصادر»): the subject, with its demonstrative."""
    head = nkey(doc.tokens[c.i].text).removeprefix("ال")
    return (c.i == u + 1 and nkey(doc.tokens[u].text) in _DEMONSTRATIVES and c.entity is None and c.prep is None
            and c.definite and (head in _source_heads() or head in fw("unnamed_groups") or head in _SAYING_GROUPS))


def _subject_slot(doc: Doc, t: int, chunks: list[Chunk], limit: int) -> Chunk | None:
    """The phrase in the subject's place after the verb at ``t``: the next phrase past an addressee or a short
    phrase of a preposition («قال لـ«الشرق الأوسط» مسؤول», «أكد فيه دونالد بوث»), adverbs («أكد أيضًا») and
    honorifics («أكد معالي وزير الخارجية»: the title after it), with nothing else between; none past a preposition of
    time or circumstance («أثناء», «خلال», «إثر»)."""
    at = t + 1
    skipped = False
    addressee = False  # «وأكد لرئيس الوزراء»: a title after a preposition; the name right after it is his
    for c in chunks:
        if c.i < at:
            continue
        if addressee and c.i == at and c.entity is not None:
            addressee, at = False, c.j + 1  # «وأكد لرئيس الوزراء فلان أن»: told him, not he who spoke; «قال لقادة
            # إسرائيل»: the leaders of the state, not the state
            continue
        while at < c.i and (_QUOTE_MARK.fullmatch(doc.tokens[at].text) or doc.tokens[at].text in ("،", ",")
                            or nkey(doc.tokens[at].text) in fw("clitic_prepositions")  # «لـ» before a quote mark
                            or _resumptive(doc.tokens[at])  # «في الوقت الذي أشار فيه التقرير»: a pronoun
                            or _pointed_group(doc, at, c)  # «وتقول هذه الأوساط»
                            or (at == t + 1 and _day_word(doc, at))):  # «أعلنت أمس منظومة ...»: the day first
            at += 1
        if c.i != at or c.i > limit or nkey(doc.tokens[at].text) in fw("circumstance_preps"):
            return None
        if c.i == t + 1 and c.entity is None and manner_participle(doc, c.i):
            return None  # «وتابعت منتقدة خصمها»: how she said it, the subject dropped
        if c.i == t + 1 and c.i == c.j and nkey(doc.tokens[c.i].text) in fw("saying_objects"):
            return None  # «وتابع قوله: «...»»: his words, the object; the subject dropped
        if b_source(doc, c):
            c = replace(c, prep=None)  # «وقال برلماني عراقي»: not «بـ»  # «صرّح أثناء زيارة للعراق»: an adverbial of circumstance, no subject after the verb
        n = _honorific_len(doc, c.i) if c.entity is None else 0
        if n and c.i + n <= c.j:
            return replace(c, i=c.i + n, start=doc.tokens[c.i + n].start, title=True, definite=True)
        if n or _adverb(doc, c) or (_governed(doc, c) and c.j - c.i < 2) or (
                skipped and c.entity is not None and _QUOTE_MARK.fullmatch(doc.tokens[c.i - 1].text)):
            skipped = _governed(doc, c)  # «صرح لوكالة «نوفوستي»»: the agency's name is the addressee too
            head = nkey(doc.tokens[c.i].text).removeprefix("و").removeprefix(c.prep or "").removeprefix("ال")
            addressee = skipped and c.entity is None and (c.title or head in fw("titles") or _construct_to(doc, c))
            at = c.j + 1
            continue
        if c.i == t + 1 and c.i == c.j and _day_word(doc, c.i):
            at = c.j + 1  # «وأعلنت الأحد وزارة الداخلية»: the day, then the subject
            continue
        c = _before_time(doc, c)  # «وأفاد بيان صادر | مساء أمس بأن»: the statement, then when it was issued
        if _governed(doc, c) or _is_time(doc, c):
            return None
        return c
    return None


def _before_time(doc: Doc, c: Chunk) -> Chunk:
    """An unnamed phrase that runs into a time («بيان صادر مساء أمس», «الجيش الأحد»: the chunk stops at no time word)
    up to the word before the time, where it is definite or a statement's or a source's («تخصيص يوم الاثنين» is no
    one); ``c`` where it opens with a time or holds none."""
    head = nkey(doc.tokens[c.i].text).removeprefix("و").removeprefix("ال")
    if c.entity is not None or not (c.definite or head in _source_heads() or any(
            head in fw(s) for s in ("statement_nouns", "report_nouns", "written_works"))):
        return c
    k = next((k for k in range(c.i, c.j + 1) if any(x.start < doc.tokens[k].end and doc.tokens[k].start < x.end
                                                       for x in doc.times)), -1)
    return replace(c, j=k - 1, end=doc.tokens[k - 1].end) if k > c.i else c


def _day_word(doc: Doc, u: int) -> bool:
    """Token ``u`` is one word of a day («أمس», «اليوم», «الأحد»), the whole of a time the times layer read there or
    one of its one-word days where no time was read."""
    tok = doc.tokens[u]
    if norm_key(tok.text).removeprefix("ال") not in _day_keys():
        return False
    return all(x.start >= tok.end or x.end <= tok.end for x in doc.times if x.start < tok.end and tok.start < x.end)


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


def _occasion(doc: Doc, chunks: list[Chunk], a: int, t: int) -> int | None:
    """A sentence that opens with an occasion, a preposition and a verbal noun with a pronoun and its object
    («ولدى استقباله وزير الخارجية فلان»، «وخلال لقائه فلان»): the token after the object (a title through its name),
    None where it opens otherwise."""
    head = next((c for c in chunks if a <= c.i <= a + 1 and c.i < t), None)  # «وخلال» may stand outside
    if head is None or not _governed(doc, head) or not any(w.kind == "enclitic" for w in doc.tokens[head.j].words):
        return None
    obj = next((c for c in chunks if c.i == head.j + 1), None)
    if obj is None or _governed(doc, obj) or obj.i >= t:
        return None
    return max(obj.j, resolve_title(chunks, obj, doc).j) + 1


DATELINE_REACH = 8  # tokens from a dateline's place to the colon that ends it («مانيلا - «الشرق الأوسط»:»)


def _past_dateline(doc: Doc, a: int, t: int) -> int:
    """The first token after a dateline the sentence from token ``a`` opens with (a word, a dash, then a colon within
    DATELINE_REACH tokens: «مانيلا - «الشرق الأوسط»:», a brief's own in a digest), else ``a``."""
    if a + 2 >= t or doc.tokens[a + 1].text not in ("-", "–", "ـ"):
        return a
    return next((u + 1 for u in range(a + 2, min(t, a + DATELINE_REACH)) if doc.tokens[u].text == ":"), a)


def _main_subject(doc: Doc, t: int, chunks: list[Chunk], sent: Span, openers: bool = True) -> Chunk | None:
    """The subject of the clause a participle at ``t`` hangs on: the phrase that opens the sentence (SVO) or follows
    its first word, the verb (VSO), past openers set off by a comma («ومن جهته،»); a title stands for the name after
    it. None where the sentence opens otherwise. ``openers`` off: a comma within the first words is not read as
    closing an opener (``but_subject``: «وهز فلان رأسه، لكنه»: the comma closes the clause itself)."""
    toks = doc.tokens
    a = t
    while a > 0 and toks[a - 1].start >= sent.start:
        a -= 1
    a = _past_dateline(doc, a, t)  # «مانيلا - «الشرق الأوسط»: أيد الرئيس»: the verb follows the dateline
    occasion = _occasion(doc, chunks, a, t)  # «ولدى استقباله الوزير فلان، أشاد»: the guest is not the subject
    for u in range(a, min(t, a + 5 if occasion is None else occasion + 3)) if openers else ():
        if toks[u].text in ("،", ","):  # «من جانبه،», «وفي سياق متصل،»
            a = u + 1
            break
    else:
        a = a if occasion is None else occasion
    return _opening_subject(doc, chunks, a, t)


def _opening_subject(doc: Doc, chunks: list[Chunk], a: int, t: int) -> Chunk | None:
    """The subject of the clause that opens at token ``a`` (before ``t``), as ``_main_subject`` reads it."""
    toks = doc.tokens
    adverb = a + 1 < t and nkey(toks[a].text) in fw("adverbs") | fw("then_openers") and toks[a + 1].text not in (
        "،", ",")  # «بدوره انتقد», «ثم وجه فلان كلماته»
    if adverb:
        a += 1  # «بدوره انتقد رئيس اللجنة فلان»: the verb follows the adverb
    for c in chunks:
        if adverb and c.i == a - 1 and c.j >= a and c.entity is None:
            c = plain_chunk(doc.tokens, a, c.j, c.end)  # the chunker took the adverb into the phrase after it
        if c.i < a or c.i >= t:
            continue
        if c.i > a + 2:
            return None
        plain = c.entity is None and not c.title and not _honorific_len(doc, c.i)
        split = _verb_title(doc, c, t) if plain and c.i <= a + 1 else None  # «وأعرب رئيس المفوضية فلان», «وبينما
        if split is None and plain and c.i == a:  # رفض ناطق»: a verb the chunker read into the phrase after it
            glued = glued_subject(doc, c)  # «ودافع المدرب عن اختياراته،»: the verb, then its definite subject
            if glued is not None:
                return _resolved_subject(doc, chunks, glued)
            continue  # the verb
        named = split or (_subject_slot(doc, c.i - 1, chunks, t) if c.i > a else c)
        if named is None:
            return None
        return _resolved_subject(doc, chunks, named)
    return None


def _resolved_subject(doc: Doc, chunks: list[Chunk], head: Chunk) -> Chunk | None:
    """The subject phrase ``head``, a title standing for the name it gives, but not past a plain noun; None for a
    place that cannot act."""
    named = resolve_title(chunks, head, doc)
    if named is not head and any(d.entity is None and not d.title and not (d.definite and d.i == d.j)
                                 for d in chunks if head.j < d.i < named.i):  # «رئيس اللجنة | الاقتصادية فلان»
        named = head  # «نفى المتحدث باسم الحركة نبأ وفاة زعيمها فلان»: the man named is not who spoke
    if named.entity is not None and named.etype in PLACES and not can_act(doc, named):
        return None
    return named


def _verb_title(doc: Doc, c: Chunk, t: int) -> Chunk | None:
    """A phrase that opens with a verb the chunker took into the title phrase after it («وأعرب رئيس», «ووصف الرئيس
    الأميركي»): the title phrase (from its second word, a title or a word of standing), None where the phrase goes
    on otherwise."""
    if c.j == c.i or c.j >= t or c.prep is not None or nkey(doc.tokens[c.i].text).removeprefix("و").startswith("ال"):
        return None
    rest = plain_chunk(doc.tokens, c.i + 1, c.j, c.end)
    body = nkey(doc.tokens[rest.i].text)  # «وأصدر المجلس الإسلامي», «وأدانت المحكمة»: a body or institution the
    if body.startswith("ال") and (body_head(body) or body.removeprefix("ال") in fw("institutions")):  # verb agrees
        feminine = body.endswith(("ه", "ات"))  # with («فهاجم السلطة»: its object)
        return rest if nkey(doc.tokens[c.i].text).endswith("ت") == feminine else None
    return rest if _title_head(doc, rest) or _source_head(doc, rest) else None


def _source_head(doc: Doc, c: Chunk) -> bool:
    """A phrase headed by an unnamed source («مصدر مطلع», «المصادر», «مسؤول أمني»)."""
    return nkey(doc.tokens[c.i].text).removeprefix("و").removeprefix("ال") in _source_heads()


@lru_cache(maxsize=1)
def _day_keys() -> frozenset[str]:
    """The one-word days of the times layer's tables («الأحد», «اليوم», «أمس», «غدا»), without the article."""
    table = time_lexicon()
    return frozenset(k[0].removeprefix("ال") for cat in ("weekday", "relative_day") for k in table.phrases[cat]
                     if len(k) == 1)  # fmt: skip




def _phrase_span(doc: Doc, c: Chunk, told: bool = False) -> Span:
    """The chunk's span, cut before a word written with «لـ» inside it («مصادر أمنية مطلعة لـصحيفة»: whom they
    told); with ``told`` (the subject of a verb of saying), also without the tatweel where the word is a paper, an
    agency, a channel («شهود عيان للصحيفة»; not «تقرير لصحيفة ... التي»: whose report)."""
    for u in range(c.i + 1, c.j + 1):
        words = [w for w in doc.tokens[u].words if w.kind == "proclitic" and w.norm not in _CONJ_ONLY]
        stem = next((nkey(w.norm) for w in doc.tokens[u].words if w.kind == "stem"), "")
        media = told and ((bool(words) and nkey(words[0].norm) == "ل" and stem.removeprefix("ال") in MEDIA)
                          or audience(doc, u))  # «دبلوماسي أميركي للصحافيين»: whom he told
        if doc.tokens[u].text.startswith("لـ") or media:
            return Span(c.start, doc.tokens[u - 1].end)
    return Span(c.start, c.end)


def _is_time(doc: Doc, c: Chunk) -> bool:
    """«أكد الأحد أنه»: a time after the verb, not who spoke (also where no date let the times layer read it)."""
    return any(x.start < c.end and c.start < x.end for x in doc.times) or (
        c.i == c.j and norm_key(doc.tokens[c.i].text).removeprefix("ال") in _day_keys()
    )


def _verb_at(doc: Doc, chunks: list[Chunk], u: int, alone: bool) -> bool:
    """Token ``u`` read as a verb: a verb cue («شدد»), or the first word of a phrase (with ``alone``, all of it) that
    is no name, number or phrase of a preposition, a word with no article, no «ـه» and no «ـات» («أعرب», «يزور»)."""
    if u < 0:
        return False
    cue = _match_cue(doc, u)
    if cue is not None:
        return cue.kind == "verb"
    c = next((c for c in chunks if c.i <= u <= c.j), None)
    k = nkey(doc.tokens[u].text)
    return (c is not None and c.i == u and (c.j == u or not alone) and c.entity is None and c.prep is None
            and not c.number and not k.startswith("ال") and not k.endswith(("ه", "ات")))


def _clause_subject_before(doc: Doc, chunks: list[Chunk], u: int, lo: int, opened: bool = False) -> Chunk | None:
    """The named subject of the clause nearest before token ``u`` (from token ``lo``): a person or body not governed
    by a preposition, right after a verb («أعرب ماكونيل أنه ...، والتي قال»: VSO) or right before a present verb («X
    يزور القاهرة، ويشير»: SVO). With ``opened``, only after a verb that «فيما», «بينما», «في حين» open (contrast_openers:
    «قال X إنه ...، فيما شدد كيري ...، موضحا»), not a name inside what X said. Places are passed over; None at the
    first other name, which is no subject."""
    for c in reversed([c for c in chunks if lo <= c.i and c.j < u]):
        if c.entity is None or c.etype in PLACES:
            continue
        if c.etype not in ("PERSON", "ORGANIZATION") or _governed(doc, c):
            return None
        named = resolve_title(chunks, c, doc) if c.title else c
        if opened:
            k = nkey(doc.tokens[c.i - 2].text).removeprefix("و") if c.i >= 2 else ""
            return named if k in fw("contrast_openers") and _verb_at(doc, chunks, c.i - 1, True) else None
        nxt = nkey(doc.tokens[c.j + 1].text) if c.j + 1 < u else ""
        if _verb_at(doc, chunks, c.i - 1, True) or (nxt[:1] in ("ي", "ت") and _verb_at(doc, chunks, c.j + 1, False)):
            return named
        return None
    return None


def _reopened_subject(doc: Doc, chunks: list[Chunk], lo: int, t: int, gender: str) -> Chunk | None:
    """The subject of a new clause a comma and «وكان» open between the cue before (at token ``lo``) and the
    participle at ``t`` («اعتبر لافروف أنه ...، وكان المتحدث باسم الكرملين قد انتقد ...، معتبرا»: the spokesman,
    not Lavrov): the phrase right after «وكان/وكانت», through a title to the name it gives; None where no such clause
    stands between (the latest one counts) or where «كان» does not agree with the participle's ``gender``."""
    for k in range(t - 2, lo, -1):
        key = nkey(doc.tokens[k].text)
        if key[:1] != "و" or key[1:] not in fw("auxiliaries") or key[1:] in fw("verb_particles"):
            continue
        if doc.tokens[k - 1].text not in ("،", ",") or ("f" if key.endswith("ت") else "m") != gender:
            return None
        c = next((c for c in chunks if c.i == k + 1), None)
        if c is None or _governed(doc, c):
            return None
        if c.entity is None:
            named = resolve_title(chunks, c, doc)
            named = (_named_after_title(doc, chunks, named, t) or named) if named.entity is None else named
            return named
        return c
    return None


TITLE_REACH = 14  # tokens after a title phrase's head to look for the person it names


def _title_head(doc: Doc, c: Chunk) -> bool:
    """A phrase that opens with a title («وزير», «المتحدث») or a word that names an office or a standing before a
    name (speaker_titles: «مفتي», «القيادي», «الدكتور»)."""
    return c.title or nkey(doc.tokens[c.i].text).removeprefix("و") in fw("speaker_titles")


def _title_gender(doc: Doc, chunks: list[Chunk], c: Chunk) -> str | None:
    """The gender of a title phrase right before the name ``c`` («الناشطة المدنية يسرى مجيد»: feminine, whatever
    the given name told the entity layer); None where no title stands right before it."""
    d = next((d for d in chunks if d.j == c.i - 1), None)
    if d is None or d.entity is not None or _governed(doc, d) or not _title_head(doc, d):
        return None
    return "f" if nkey(doc.tokens[d.i].text).removeprefix("و").endswith("ه") else "m"


def _named_after_title(doc: Doc, chunks: list[Chunk], c: Chunk, limit: int, noun: bool = False) -> Chunk | None:
    """The person a title phrase in the subject's place names within a few words, past what describes the title
    («مفتي السعودية السابق الشيخ فلان», «القيادي في التحالف ... وعضو لجنة ... السابق فلان»: the words of a
    preposition, names of places and bodies, definite adjectives, more titles), before ``limit`` («أن») and any comma;
    None where a plain noun, a person after a preposition, or a person right after a title in a preposition's phrase
    («مسؤول في مكتب الرئيس فلان»: the president's office) comes first. With ``noun``, any head will do (see
    _named_after_noun)."""
    if c.entity is not None or not (noun or _title_head(doc, c)):
        return None
    prev = c
    for d in chunks:
        if d.i <= c.j:
            continue
        if d.i - c.i <= TITLE_REACH and d.i < limit and _set_off_name(doc, d, prev):
            return d  # «وقالت نائبة المتحدث باسم الحكومة الألمانية، فلانة، أمس»: the name the commas set off
        if d.i - c.i > TITLE_REACH or d.i >= limit or any(
                doc.tokens[u].text in ("،", ",", ":") or _QUOTE_MARK.fullmatch(doc.tokens[u].text)
                or nkey(doc.tokens[u].text) in fw("source_outsiders") for u in range(prev.i, d.i)):
            return None
        if d.etype == "PERSON":
            after_title = _governed(doc, prev) and nkey(doc.tokens[prev.j].text).removeprefix("ال") in fw("titles")
            return None if _governed(doc, d) or after_title else d
        rest = d.i == d.j and any(e.i == d.j + 1 and e.etype == "PERSON" for e in chunks)  # «سلمى | حداد»: a name
        if d.entity is None and not (rest or _governed(doc, d) or d.definite or _title_head(doc, d)
                                     or _honorific_len(doc, d.i)):
            return None  # «في حوار», «تصريحات»: the title phrase has ended
        prev = d
    return None


def _set_off_name(doc: Doc, d: Chunk, prev: Chunk) -> bool:
    """The phrase ``d`` is a person's name right after the title phrase ending with ``prev``, between two commas
    (an apposition: «المتحدث باسم الحكومة الألمانية، فلانة، أمس»), of no preposition."""
    toks = doc.tokens
    return (d.etype == "PERSON" and prev.j + 2 <= d.i <= prev.j + 3 and toks[d.i - 1].text in ("،", ",")
            and not any(toks[u].text in ("،", ",", ":") or _QUOTE_MARK.fullmatch(toks[u].text)
                        for u in range(prev.i, d.i - 1))
            and d.j + 1 < len(toks) and toks[d.j + 1].text in ("،", ",") and not _governed(doc, d))


def _set_off_gender(doc: Doc, c: Chunk, d: Chunk, gender: str) -> bool:
    """The name ``d`` is set off by a comma after the subject phrase ``c`` whose head has the cue's ``gender``
    («وقالت نائبة المتحدث ...، فلانة،»): the head tells the gender a foreign given name does not."""
    head = nkey(doc.tokens[c.i].text).removeprefix("و")
    return doc.tokens[d.i - 1].text in ("،", ",") and ("f" if head.endswith("ه") else "m") == gender


_LEADS = frozenset(nkey(w) for w in ("بزعامة", "برئاسة", "بقيادة"))  # «المجلس بزعامة فلان»: the body led by him


def _named_after_noun(doc: Doc, chunks: list[Chunk], c: Chunk, limit: int) -> Chunk | None:
    """The person a subject phrase with a head no title list has names (``_named_after_title``: «سكرتير الدولة
    للشؤون المحلية فلان», «عالم الاجتماع الفرنسي فلان», «رئيسها فلان», «الأستاذة في جامعة ... فلانة»); None where
    the head is governed or a source («مصدر», «عناصر»: some of a body), where a leader's phrase stands between
    («المجلس الأعلى بزعامة فلان»), or where a head with no article and no pronoun takes the person, or a title
    before him, as its genitive («محامي كلينتون», «إدارة الرئيس الأميركي فلان», «منتقدو الرئيس فلان»)."""
    head = nkey(doc.tokens[c.i].text).removeprefix("و")
    if (c.entity is not None or _governed(doc, c) or c.number or is_function_word(head)
            or head in ("ما", "مما", "عما")):
        return None  # «أوضح مما فعله فلان»: no subject
    if head.removeprefix("ال") in _source_heads() or head in fw("unnamed_groups"):
        return None
    d = _named_after_title(doc, chunks, c, limit, noun=True)
    if d is None:
        return None
    between = range(c.i + 1, d.i)
    if any(nkey(doc.tokens[u].text).removeprefix("و") in _LEADS for u in between):
        return None
    bound = c.definite or any(w.kind == "enclitic" for w in doc.tokens[c.i].words)
    bound = bound or doc.tokens[d.i - 1].text in ("،", ",")  # «نائبة المتحدث باسم الحكومة، فلانة،»: set off
    if not bound and (d.i == c.i + 1 or any(nkey(doc.tokens[u].text) in fw("titles") for u in between)):
        return None
    return d


def _after_auxiliary(doc: Doc, chunks: list[Chunk], t: int) -> Chunk | None:
    """«وكانت حركة طالبان حذرت»: a named subject between «كان» (auxiliaries) and the verb at ``t`` (past «قد»),
    through a title before it («وكان الرئيس فلان قال»); that subject, not the phrase after the verb."""
    v = t - 1
    if v >= 0 and nkey(doc.tokens[v].text) in fw("verb_particles"):
        v -= 1
    c = next((c for c in chunks if c.j == v), None)
    if c is None or c.entity is None or _governed(doc, c) or (c.etype in PLACES and not can_act(doc, c)):
        return None
    u = c.i - 1
    title = next((d for d in chunks if d.j == u), None)
    if title is not None and title.entity is None and _title_head(doc, title) and not _governed(doc, title):
        if _spoken_for(doc, title, c):
            return None  # «وكان متحدث باسم الملك السابق فلان قد أعلن»: the spokesman, not the king
        u = title.i - 1
    k = nkey(doc.tokens[u].text) if u >= 0 else ""
    return c if bare(k, "auxiliaries") in fw("auxiliaries") else None


def _governed_by_verb(doc: Doc, chunks: list[Chunk], t: int) -> Chunk | None:
    """«سبق لـX أن حذر», «كما سبق للرئيس فلان أن قال»: a verb that governs its doer with «لـ» (governing_verbs) before
    the «أن» right before the cue at ``t``: the name after «لـ» between them."""
    if t < 3 or nkey(doc.tokens[t - 1].text) != "ان":
        return None
    for u in range(t - 2, max(-1, t - 9), -1):
        k = nkey(doc.tokens[u].text)
        if bare(k, "governing_verbs") in fw("governing_verbs"):
            lam = nkey(doc.tokens[u + 1].text)  # «لوزير», «للرئيس», «لـ«القناة»»; not «لها» (a pronoun)
            if lam[:1] != "ل" or any(w.kind == "enclitic" for w in doc.tokens[u + 1].words):
                return None
            named = next((c for c in chunks if u < c.i < t - 1 and c.entity is not None), None)
            if named is None or named.etype in PLACES and not can_act(doc, named):
                return None
            return named
    return None


def _person_names(doc: Doc) -> dict[str, str]:
    """The last word of every person's mention (the name or surname) -> that person (the first one named so)."""
    names: dict[str, str] = {}
    for ent in doc.entities:
        if ent.type == "PERSON":
            for m in ent.mentions:
                names.setdefault(nkey(doc.text[m.start : m.end]).split(" ")[-1], ent.id)
    return names
