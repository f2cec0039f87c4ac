"""The clause a participle cue hangs on, round 24 of real news: the subject of the closest verb before it in its
sentence, not of the one the sentence opens with. A verb after a fronted phrase («عقب مراسم التوقيع أشاد رئيس
الوزراء ...، قائلا», «وعما إذا كانت لديه مخاوف يجيب مستشار رئيس البرلمان قائلا») has its subject right after it;
a verb in «، و» with its subject dropped («...، إضافة إلى أن كيري بحث ...، ونوه إلى ...، قائلا») shares that of the
verb before it.
"""

from __future__ import annotations

from ..doc import Doc, Span
from ..entities.gazetteer import load as load_gazetteer, phrase_of
from ..events.chunks import Chunk, finite_verb, is_function_word, plain_chunk
from ..events.forms import bare, fw, nkey
from ..events.word_tests import past_conjunction
from ..text.marks import CUE_ENDS
from .cues import is_complementizer, match_cue
from .fronted import speaking_head
from .agreement import _agrees
from .clauses import main_subject, resolved_subject
from .named import named_after_title
from .phrases import governed, is_time, source_head, title_head
from .plural_fronted import agreeing_subject, fronted_plural_subject

NEAREST_REACH = 30  # tokens back from a participle to the verb of its clause

_ACTORS = ("PERSON", "ORGANIZATION")
_MA = frozenset(("ما", "مما", "فيما"))  # «ما» before a verb: «وهو ما أكده», «فيما يتعلق»


def participle_subject(doc: Doc, t: int, chunks: list[Chunk], sent: Span) -> Chunk | None:
    """The subject of the clause the participle at ``t`` hangs on: that of the closest verb before it whose subject
    is read (see _nearest_subject), else the sentence's own (``main_subject``); an unnamed one that agrees with it."""
    lo = t
    while lo > 0 and doc.tokens[lo - 1].start >= sent.start:
        lo -= 1
    return agreeing_subject(doc, t, _nearest_subject(doc, chunks, t, lo) or main_subject(doc, t, chunks, sent))


def _plain(doc: Doc, u: int) -> bool:
    """Token ``u`` may be a verb: no name, article, title, number or function word, nor a word in «ـة/ـات/ـاء»."""
    tok = doc.tokens[u]
    if any(m.start < tok.end and tok.start < m.end for m in doc.mentions) or any(ch.isdigit() for ch in tok.text):
        return False
    k = tok.norm_key
    stem = past_conjunction(k)
    return not (stem.startswith("ال") or stem in fw("titles") or is_function_word(k) or is_function_word(stem)
                or not stem.isalpha())


def verb_shape(doc: Doc, u: int) -> str | None:
    """«strong» where token ``u`` reads as a verb (a verb cue, a finite verb's shape, a present verb in «يـ»),
    «weak» where it may be one (a past verb of four letters in «أ»: «أشاد»), None otherwise."""
    cue = match_cue(doc, u)
    if cue is not None:
        return "strong" if cue.kind == "verb" else None
    if not _plain(doc, u):
        return None
    tok = doc.tokens[u]
    if finite_verb(tok):
        return "strong"
    k = tok.norm_key
    stem = past_conjunction(k, 4)
    if stem.endswith(("ه", "ات", "ين", "ون", "ء")):
        return None
    if stem.startswith("ي") and len(stem) >= 4:
        return "strong"
    return "weak" if stem.startswith("ا") and len(stem) == 4 else None


def _subject_after(doc: Doc, chunks: list[Chunk], u: int, t: int) -> Chunk | None:
    """The subject right after the verb at ``u`` (a person or body, or a phrase of one who may speak unnamed), the
    title standing for the name it gives; None where none stands there, or where it is a definite title with no name
    («وأعربت المحامية الإيرانية»: one named before, as a verb cue carries it)."""
    c = next((c for c in chunks if c.i <= u + 1 <= c.j), None)
    if c is None or c.j >= t:
        return None
    if c.i <= u:
        if c.entity is not None:
            return None
        c = plain_chunk(doc.tokens, u + 1, c.j, c.end)
    if governed(doc, c) or c.number or (c.entity is not None and c.etype not in _ACTORS):
        return None
    named = resolved_subject(doc, chunks, c)
    if c.entity is None and not speaking_head(doc, c) and (named is None or named.etype != "PERSON" or not c.definite):
        return None  # (a definite phrase that names a person: «المعارض السوري فلان»; not «لقاء فلان»)
    if named is not None and named.entity is None:
        named = named_after_title(doc, chunks, named, t) or named
    if named is None or named.entity is not None:
        return named
    if named.definite and (title_head(doc, named) or phrase_of(doc.tokens[named.i].text) in load_gazetteer().titles):
        return None
    d = next((d for d in chunks if d.i == named.j + 1 and d.j < t), None)  # «مستشار رئيس | البرلمان»: the
    if d is not None and d.entity is None and d.definite and not governed(doc, d) and not is_time(doc, d):
        named = plain_chunk(doc.tokens, named.i, d.j, d.end)  # genitive the chunker left out
    return named


def _subject_before(doc: Doc, chunks: list[Chunk], u: int, lo: int) -> Chunk | None:
    """A person or body right before token ``u`` (SVO: «أن كيري بحث», «: الرئيس فلان يدعو»), at the opening of a
    clause (the sentence's, after a comma, a colon, a dash or «أن»; its title too), not after a preposition or a
    verb («وحين يسأل عن الرئيس فلان يجيب»: whom he was asked about)."""
    c = next((c for c in chunks if c.j == u - 1), None)
    if c is None or c.entity is None or c.etype not in _ACTORS or governed(doc, c):
        return None
    title = next((d for d in chunks if d.j == c.i - 1 and d.entity is None and title_head(doc, d)), None)
    k = (title or c).i - 1
    if k < lo or doc.tokens[k].text in ("،", ",", ":", "-", "–") or is_complementizer(doc, k):
        return c
    return None


def _nearest_subject(doc: Doc, chunks: list[Chunk], t: int, lo: int) -> Chunk | None:
    """The subject of the closest verb before the participle at ``t`` (from token ``lo``), not one of a relative
    clause («الجهود التي يبذلها الجيش»): the person or body right before it (SVO: «الرئيس فلان يدعو الملك»), else the
    phrase right after it (VSO); through a verb in «، و» with no subject of its own («...، ونوه إلى»), that of the
    verb before it. A verb after «ما» with no subject («فيما يتعلق بـ») is passed over. None at a stop, a «أن»
    (not «على أن» of the verb's complement) or a verb whose subject is not read there."""
    carry = False
    for u in range(t - 1, max(lo, t - NEAREST_REACH) - 1, -1):
        tok = doc.tokens[u]
        before = doc.tokens[u - 1].norm_key if u > lo else ""
        if is_complementizer(doc, u) and before == nkey("على"):
            continue  # «وصنفت المفوضية المخيم على أنه من أفضل المخيمات، منوهة»: the verb's complement, its clause
        if tok.text in CUE_ENDS or is_complementizer(doc, u):
            return None
        if bare(before, "relatives") in fw("relatives"):
            continue  # «التي يبذلها»: a relative clause's verb
        joined = before in ("،", ",") and tok.norm_key[:1] == "و" and _plain(doc, u)
        after_ma = before.removeprefix("و") in _MA and _plain(doc, u)  # «وهو ما استبعده المعارض فلان»
        shape = verb_shape(doc, u) or ("strong" if joined or after_ma else None)
        fronted = fronted_plural_subject(doc, chunks, u, lo, t) if _plain(doc, u) else None
        if fronted is not None:
            return fronted  # «لكن أنصار البيئة طعنوا على القرار قائلين»: the plural verb's fronted subject (qu836)
        if shape is not None or (carry and _plain(doc, u)):
            svo = _subject_before(doc, chunks, u, lo)
            if svo is not None:
                return svo
        if shape is not None:
            vso = _subject_after(doc, chunks, u, t)
            if vso is not None:
                return vso
        if joined:
            carry = True  # «، ونوه إلى»: the subject of the verb before
        elif shape == "strong" and not after_ma:
            return None
    return None


def _titled_clause(doc: Doc, t: int, sent: Span) -> bool:
    """The clause the participle at ``t`` hangs on has for its subject a definite title with no name after it, right
    after a verb («ولذلك دعا المبعوث الأممي الفصائل ...، مؤكدا»): one named before, a person (not a body quoted
    since, whose adjective the title may bear: «الأممي»)."""
    lo = t
    while lo > 0 and doc.tokens[lo - 1].start >= sent.start:
        lo -= 1
    for v in range(t - 1, max(lo, t - NEAREST_REACH), -1):
        tok = doc.tokens[v]
        if tok.text in CUE_ENDS or is_complementizer(doc, v):
            return False
        k = tok.norm_key
        if not (k.startswith("ال") and k[2:] in fw("titles")) or v - 1 < lo:
            continue
        before = doc.tokens[v - 1].norm_key
        verb = verb_shape(doc, v - 1) is not None or (
            _plain(doc, v - 1) and len(before.removeprefix("و")) == 3 and not before.endswith(("ه", "ة")))
        if not verb:
            continue
        end = doc.tokens[min(t, v + NAMED_REACH) - 1].end
        return not any(e.type == "PERSON" and any(tok.end <= m.start < end for m in e.mentions) for e in doc.entities)
    return False


NAMED_REACH = 8  # tokens after a title in which the name it gives would stand


def titled_subject(doc: Doc, chunks: list[Chunk], subject: Chunk | None, t: int, sent: Span) -> bool:
    """A participle at ``t`` whose clause has for its subject a definite title with no name, no source's («المتحدث») (``subject``,
    the one read: «ولذلك دعا المبعوث الأممي الفصائل الليبية، التي ...، إلى فعل ذلك، مؤكدا»; where none was read, one
    ``_titled_clause`` finds): a person named before said it, not a body quoted since."""
    if subject is None:
        return _titled_clause(doc, t, sent)
    return (subject.entity is None and subject.title and subject.definite and subject.prep is None
            and not source_head(doc, subject))  # («ورد الناطق ...، قائلا»: the spokesman, not whom he speaks for)


def temporal_subject(doc: Doc, chunks: list[Chunk], t: int, sent: Span, gender: str,
                      heard: dict[str, str]) -> str | None:
    """A verb cue right after «عندما/حين/بعدما» (temporal_conjunctions) with no subject of its own («فإن تصريحات
    فلان في الدوحة أضافت عقدة، عندما قال:»): the person or body of the main clause before it in its sentence, the
    closest one named there not after a preposition (places passed over), where the cue agrees with it; else None."""
    if t < 1 or doc.tokens[t - 1].norm_key not in fw("temporal_conjunctions"):
        return None
    for c in reversed([c for c in chunks if c.j < t - 1 and doc.tokens[c.i].start >= sent.start]):
        if c.entity is None or c.etype not in _ACTORS or governed(doc, c):
            continue
        return c.entity if _agrees(doc, c.entity, gender, heard) else None
    return None


def dropped_verb_before(doc: Doc, chunks: list[Chunk], t: int, sent: Span) -> bool:
    """The participle at ``t`` follows right after a verb (not a cue) that has no subject of its own before it
    («وحين يسأل عن فلان يجيب مؤكدا»: he answers, affirming): that verb's subject is dropped, the one named before,
    not a phrase elsewhere in the sentence."""
    u = t - 1
    if u < 0 or doc.tokens[u].start < sent.start or match_cue(doc, u) is not None:
        return False
    if verb_shape(doc, u) != "strong":
        return False
    lo = u
    while lo > 0 and doc.tokens[lo - 1].start >= sent.start:
        lo -= 1
    if _subject_before(doc, chunks, u, lo) is not None or fronted_plural_subject(doc, chunks, u, lo, t) is not None:
        return False
    c = next((c for c in chunks if c.j == u - 1), None)  # «مصدر مطلع يجيب مؤكدا»: an unnamed one before it
    return c is None or c.entity is not None or c.prep is not None or governed(doc, c) or c.number
