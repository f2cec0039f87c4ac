"""The subject of a clause, for the quotes stage: the clause a participle hangs on (past a dateline, an occasion,
openers set off by a comma: SVO or VSO), a title the chunker read into a verb, the named subject of the clause
before a token, a clause «وكان» reopens, a subject between «كان» and the verb, and the doer of a verb that governs
it with «لـ» («سبق لـX أن»).
"""

from __future__ import annotations

from .own_part import own_part_end
from ..doc import Doc, Span
from ..text.verb_gender import past_feminine, past_gender
from ..events.actors import can_act, resolve_title
from ..events.agreement import feminine_body_after
from ..events.chunks import Chunk, plain_chunk
from ..events.forms import PLACES, bare, fw, nkey
from .cues import match_cue
from .edges import body_head
from .glued import glued_subject
from .named import named_after_title
from .phrases import governed, honorific_len, source_head, subject_slot, title_head
from .set_off_openers import name_aside, past_circumstance
from .spokesmen import spoken_for


def _occasion(doc: Doc, chunks: list[Chunk], a: int, t: int) -> int | None:
    """A sentence that opens with an occasion, a preposition and a verbal noun with a pronoun and its object
    («ولدى استقباله وزير الخارجية فلان»، «وخلال لقائه فلان»): the token after the object (a title through its name),
    None where it opens otherwise."""
    head = next((c for c in chunks if a <= c.i <= a + 1 and c.i < t), None)  # «وخلال» may stand outside
    if head is None or not governed(doc, head) or not any(w.kind == "enclitic" for w in doc.tokens[head.j].words):
        return None
    obj = next((c for c in chunks if c.i == head.j + 1), None)
    if obj is None or governed(doc, obj) or obj.i >= t:
        return None
    return max(obj.j, resolve_title(chunks, obj, doc).j) + 1


OPENER_REACH = 5  # tokens of a sentence's opener up to the comma that sets it off; one more for a phrase that opens
# with a preposition (round q314: «في أول تسجيل صوتي له،»; not «أيد رئيس الفلبين فلان،», the verb and its subject)
DATELINE_REACH = 8  # tokens from a dateline's place to the colon that ends it («مانيلا - «الشرق الأوسط»:»)


def _past_dateline(doc: Doc, a: int, t: int) -> int:
    """The first token after a dateline the sentence from token ``a`` opens with (a word, a dash, then a colon within
    DATELINE_REACH tokens: «مانيلا - «الشرق الأوسط»:», a brief's own in a digest), else ``a``."""
    if a + 2 >= t or doc.tokens[a + 1].text not in ("-", "–", "ـ"):
        return a
    return next((u + 1 for u in range(a + 2, min(t, a + DATELINE_REACH)) if doc.tokens[u].text == ":"), a)


def main_subject(doc: Doc, t: int, chunks: list[Chunk], sent: Span, openers: bool = True) -> Chunk | None:
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
    when = _when_clause_end(doc, a, t) if openers else None
    if when is not None:
        return _opening_subject(doc, chunks, when, t)  # «وعندما سئلت الشركة ...، اتفق فلان»: after the clause
    reach = OPENER_REACH + (1 if bare(toks[a].norm_key, "prepositions") in fw("prepositions") else 0)
    said = match_cue(doc, a)  # «أعلن محافظ عدن، كبرى مدن الجنوب، تسجيل ...»: a verb cue opens it, no opener
    for u in range(a, min(t, a + reach if occasion is None else occasion + 3)) if openers and not (
            said is not None and said.kind == "verb") else ():
        if toks[u].text in ("،", ","):  # «من جانبه،», «وفي سياق متصل،», «في أول تسجيل صوتي له،»
            named = name_aside(doc, chunks, a, u)  # not «وعبر فلان، وهو أحد ...،»: the verb's subject, an aside
            if named is not None:
                return resolved_subject(doc, chunks, named)
            a = past_circumstance(doc, u + 1, t)  # «، ومدته 30 دقيقة،» after it
            break
    else:
        a = a if occasion is None else occasion
    return _opening_subject(doc, chunks, a, t)


WHEN_REACH = 20  # tokens from a sentence-opening «وعندما» to the comma that closes its clause


def _when_clause_end(doc: Doc, a: int, t: int) -> int | None:
    """The token after the comma that closes a clause of time the sentence opens with at token ``a`` («وعندما سئلت
    الشركة عما حصلت عليه،»: temporal_conjunctions but the preposition «عند»), within WHEN_REACH tokens and before
    ``t``, with no full stop, colon, question or exclamation mark in it (round 213); None where the sentence opens
    otherwise."""
    key = doc.tokens[a].norm_key
    if key not in fw("temporal_conjunctions") or key == "عند":
        return None  # («عند» is a preposition)
    for u in range(a + 2, min(t - 1, a + WHEN_REACH)):
        text = doc.tokens[u].text
        if text in (".", ":", "؟", "!"):
            return None
        if text in ("،", ","):
            return u + 1
    return None


def _opening_subject(doc: Doc, chunks: list[Chunk], a: int, t: int) -> Chunk | None:
    """The subject of the clause that opens at token ``a`` (before ``t``), as ``main_subject`` reads it."""
    toks = doc.tokens
    part = own_part_end(doc, a)
    if a < part < t and toks[part].text not in ("،", ","):
        a = part  # «من جهته رحب الرئيس فلان، ...، مؤكدا»: for his part, then the verb (round 213)
    adverb = a + 1 < t and toks[a].norm_key in fw("adverbs") | fw("then_openers") and toks[a + 1].text not in (
        "،", ",")  # «بدوره انتقد», «ثم وجه فلان كلماته»
    if adverb:
        a += 1  # «بدوره انتقد رئيس اللجنة فلان»: the verb follows the adverb
    elif (a + 2 < t and bare(toks[a].norm_key, "auxiliaries") in fw("auxiliaries")
          and toks[a + 1].norm_key in fw("verb_particles")):
        a += 2  # round q314: «وكان قد تحدث نائب رئيس البرلمان فلان ...، محذرا»: the verb after «كان قد»
    for c in chunks:
        if adverb and c.i == a - 1 and c.j >= a and c.entity is None:
            c = plain_chunk(doc.tokens, a, c.j, c.end)  # the chunker took the adverb into the phrase after it
        if c.i < a or c.i >= t:
            continue
        if c.i > a + 2:
            return None
        plain = c.entity is None and not c.title and not honorific_len(doc, c.i)
        split = _verb_title(doc, c, t) if plain and c.i <= a + 1 else None  # «وأعرب رئيس المفوضية فلان», «وبينما
        if split is None and plain and c.i == a:  # رفض ناطق»: a verb the chunker read into the phrase after it
            glued = glued_subject(doc, c)  # «ودافع المدرب عن اختياراته،»: the verb, then its definite subject
            if glued is not None:
                return resolved_subject(doc, chunks, glued)
            continue  # the verb
        named = split or (subject_slot(doc, c.i - 1, chunks, t) if c.i > a else c)
        if named is None or feminine_body_after(doc, named.i - 1, named):
            return None  # (round en381: «فهاجم السلطة الفلسطينية قائلا»: the body is its object)
        return resolved_subject(doc, chunks, named)
    return None


def resolved_subject(doc: Doc, chunks: list[Chunk], head: Chunk) -> Chunk | None:
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
    if c.j == c.i or c.j >= t or c.prep is not None or doc.tokens[c.i].norm_key.removeprefix("و").startswith("ال"):
        return None
    rest = plain_chunk(doc.tokens, c.i + 1, c.j, c.end)
    body = doc.tokens[rest.i].norm_key  # «وأصدر المجلس الإسلامي», «وأدانت المحكمة»: a body or institution the
    if body.startswith("ال") and (body_head(body) or body.removeprefix("ال") in fw("institutions")):  # verb agrees
        feminine = body.endswith(("ه", "ات"))  # with («فهاجم السلطة»: its object)
        return rest if past_feminine(doc.tokens[c.i].norm_key) == feminine else None
    return rest if title_head(doc, rest) or source_head(doc, rest) else None


def verb_at(doc: Doc, chunks: list[Chunk], u: int, alone: bool) -> bool:
    """Token ``u`` read as a verb: a verb cue («شدد»), or the first word of a phrase (with ``alone``, all of it) that
    is no name, number or phrase of a preposition, a word with no article, no «ـه» and no «ـات» («أعرب», «يزور»)."""
    if u < 0:
        return False
    cue = match_cue(doc, u)
    if cue is not None:
        return cue.kind == "verb"
    c = next((c for c in chunks if c.i <= u <= c.j), None)
    k = doc.tokens[u].norm_key
    return (c is not None and c.i == u and (c.j == u or not alone) and c.entity is None and c.prep is None
            and not c.number and not k.startswith("ال") and not k.endswith(("ه", "ات")))


def clause_subject_before(doc: Doc, chunks: list[Chunk], u: int, lo: int, opened: bool = False) -> Chunk | None:
    """The named subject of the clause nearest before token ``u`` (from token ``lo``): a person or body not governed
    by a preposition, right after a verb («أعرب ماكونيل أنه ...، والتي قال»: VSO) or right before a present verb («X
    يزور القاهرة، ويشير»: SVO). With ``opened``, only after a verb that «فيما», «بينما», «في حين» open (contrast_openers:
    «قال X إنه ...، فيما شدد كيري ...، موضحا»), not a name inside what X said. Places are passed over; None at the
    first other name, which is no subject."""
    for c in reversed([c for c in chunks if lo <= c.i and c.j < u]):
        if c.entity is None or c.etype in PLACES:
            continue
        if c.etype not in ("PERSON", "ORGANIZATION") or governed(doc, c):
            return None
        named = resolve_title(chunks, c, doc) if c.title else c
        if opened:
            k = doc.tokens[c.i - 2].norm_key.removeprefix("و") if c.i >= 2 else ""
            return named if k in fw("contrast_openers") and verb_at(doc, chunks, c.i - 1, True) else None
        nxt = doc.tokens[c.j + 1].norm_key if c.j + 1 < u else ""
        if verb_at(doc, chunks, c.i - 1, True) or (nxt[:1] in ("ي", "ت") and verb_at(doc, chunks, c.j + 1, False)):
            return named
        return None
    return None


def reopened_subject(doc: Doc, chunks: list[Chunk], lo: int, t: int, gender: str) -> Chunk | None:
    """The subject of a new clause a comma and «وكان» open between the cue before (at token ``lo``) and the
    participle at ``t`` («اعتبر لافروف أنه ...، وكان المتحدث باسم الكرملين قد انتقد ...، معتبرا»: the spokesman,
    not Lavrov): the phrase right after «وكان/وكانت», through a title to the name it gives; None where no such clause
    stands between (the latest one counts) or where «كان» does not agree with the participle's ``gender``."""
    for k in range(t - 2, lo, -1):
        key = doc.tokens[k].norm_key
        if key[:1] != "و" or key[1:] not in fw("auxiliaries") or key[1:] in fw("verb_particles"):
            continue
        if doc.tokens[k - 1].text not in ("،", ",") or past_gender(key) != gender:
            return None
        c = next((c for c in chunks if c.i == k + 1), None)
        if c is None or governed(doc, c):
            return None
        if c.entity is None:
            named = resolve_title(chunks, c, doc)
            named = (named_after_title(doc, chunks, named, t) or named) if named.entity is None else named
            return named
        return c
    return None


def after_auxiliary(doc: Doc, chunks: list[Chunk], t: int) -> Chunk | None:
    """«وكانت حركة طالبان حذرت»: a named subject between «كان» (auxiliaries) and the verb at ``t`` (past «قد»),
    through a title before it («وكان الرئيس فلان قال»); that subject, not the phrase after the verb."""
    v = t - 1
    if v >= 0 and doc.tokens[v].norm_key in fw("verb_particles"):
        v -= 1
    c = next((c for c in chunks if c.j == v), None)
    if c is None or c.entity is None or governed(doc, c) or (c.etype in PLACES and not can_act(doc, c)):
        return None
    u = c.i - 1
    title = next((d for d in chunks if d.j == u), None)
    if title is not None and title.entity is None and title_head(doc, title) and not governed(doc, title):
        if spoken_for(doc, title, c):
            return None  # «وكان متحدث باسم الملك السابق فلان قد أعلن»: the spokesman, not the king
        u = title.i - 1
    k = doc.tokens[u].norm_key if u >= 0 else ""
    return c if bare(k, "auxiliaries") in fw("auxiliaries") else None


def governed_by_verb(doc: Doc, chunks: list[Chunk], t: int) -> Chunk | None:
    """«سبق لـX أن حذر», «كما سبق للرئيس فلان أن قال»: a verb that governs its doer with «لـ» (governing_verbs) before
    the «أن» right before the cue at ``t``: the name after «لـ» between them."""
    if t < 3 or doc.tokens[t - 1].norm_key != "ان":
        return None
    for u in range(t - 2, max(-1, t - 9), -1):
        k = doc.tokens[u].norm_key
        if bare(k, "governing_verbs") in fw("governing_verbs"):
            lam = doc.tokens[u + 1].norm_key  # «لوزير», «للرئيس», «لـ«القناة»»; not «لها» (a pronoun)
            if lam[:1] != "ل" or any(w.kind == "enclitic" for w in doc.tokens[u + 1].words):
                return None
            named = next((c for c in chunks if u < c.i < t - 1 and c.entity is not None), None)
            if named is None or named.etype in PLACES and not can_act(doc, named):
                return None
            return named
    return None
