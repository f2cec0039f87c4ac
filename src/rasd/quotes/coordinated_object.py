"""A verbal-noun object coordinated with an «أن» clause, for the ``quotes`` stage (round q274): «أعلنت فيه القوات
مرارا السيطرة عليها وأنها حررتها», «أكد فيها التزام بلاده بسداد ...، وأنها لم تتخلف», «مؤكدا وجود بعض جوانب
الفساد، وإن البرنامج سيعمل»: the cue has no «أن» of its own; what it reports is its object (a noun phrase: the
control, the commitment) and the «وأن» clause joined to it; the content opens on the object, not after «وأن».

The object opens right after the cue, past its subject (the speaker's phrase or mention), adverbs («مرارا»,
«كذلك», «فيه»), one «إلى/على» after the cue («وأشارت إلى إشادة ...») and an addressee in «لـ»; it is no preposition
and no finite verb. Not a cue whose own clause stands under an «أن» earlier in the same stretch of its sentence
(«أوضح أن حكومته ترى في X شيئا أساسيا، وأن ...»: the «وأن» may be the outer cue's), nor one with a complementizer,
colon or quotation mark between it and «وأن»."""

from __future__ import annotations

from ..doc import Doc, Quote, Span
from ..events.forms import fw, nkey
from ..events.word_tests import finite_verb
from ..text.normalize import COMMAS as _COMMAS
from .cues import is_complementizer, trim

OBJECT_REACH = 40  # tokens from the cue to the «وأن» that goes on with its object
SUBJECT_REACH = 6  # tokens after the cue its subject's phrase or name may open at («أعلنت فيه القوات الأمنية»)
_ONCE_AFTER = frozenset(nkey(w) for w in ("إلى", "على"))  # «أشار إلى», «شدد على», «أكد على»
_STOPS = frozenset((":", "«", "»", '"', ".", "؟", "!", "؛", "(", ")"))


def coordinated_objects(doc: Doc, quotes: list[Quote]) -> None:
    """Open each indirect quote that begins right after a «وأن» on the cue's noun object before it (module note)."""
    for q in quotes:
        if q.direct or q.attrs.get("kind") not in ("verb", "participle"):
            continue
        opened = _object_start(doc, q)
        if opened is not None:
            q.content = trim(doc.text, doc.tokens[opened].start, q.content.end) or q.content


def _object_start(doc: Doc, q: Quote) -> int | None:
    """The token the cue's object opens at, where ``q`` opens after a coordinated «وأن» (module note); else None."""
    c = doc.token_from(q.cue.start)
    k = doc.token_at(q.content.start)
    if c is None or k is None or k < 2:
        return None
    u = k - 1
    if not (doc.tokens[u].norm_key.startswith("و") and is_complementizer(doc, u)) or not c + 2 < u <= c + OBJECT_REACH:
        return None
    if any(is_complementizer(doc, w) or doc.tokens[w].text in _STOPS for w in range(c + 1, u)):
        return None
    if _under_that(doc, c):
        return None
    v = _past_subject(doc, q, c + 1, u)
    if v >= u - 1 or doc.tokens[v].text in _COMMAS:
        return None
    tok = doc.tokens[v]
    if tok.norm_key in fw("prepositions") or finite_verb(tok):
        return None
    return v


def _under_that(doc: Doc, c: int) -> bool:
    """The cue at token ``c`` stands under an «أن/إن» earlier in its stretch of the sentence (back to a comma or the
    sentence's start): «أن حكومته ترى»."""
    sent = doc.sentence_of(doc.tokens[c].start)
    first = doc.token_from(sent.start) if sent is not None else None
    w = c - 1
    while w >= 0 and (first is None or w >= first) and doc.tokens[w].text not in _COMMAS:
        if is_complementizer(doc, w):
            return True
        w -= 1
    return False


def _speaker_ends(doc: Doc, q: Quote) -> dict[int, int]:
    """Character starts of the speaker's phrase or mentions after the cue → their ends."""
    out: dict[int, int] = {}
    given = q.attrs.get("speaker_text")
    if isinstance(given, Span) and given.start >= q.cue.end:
        out[given.start] = given.end
    ent = doc.entity(q.speaker)
    if ent is not None:
        for m in ent.mentions:
            if m.start >= q.cue.end:
                out[m.start] = max(m.end, out.get(m.start, m.end))
    return out


def _past_subject(doc: Doc, q: Quote, v: int, u: int) -> int:
    """The first token from ``v`` (before ``u``) past the cue's subject (its title too: «الوزير فلان»), adverbs, one
    «إلى/على» and an addressee."""
    ends = _speaker_ends(doc, q)
    near = [s for s in ends if doc.tokens[v].start <= s and doc.token_at(s) is not None and (
        doc.token_at(s) or 0) < min(u, v + SUBJECT_REACH)]
    if near:
        end = ends[min(near)]
        while v < u and doc.tokens[v].start < end:
            v += 1
    adverbs = fw("adverbs") | fw("announce_adverbs")
    once = False
    while v < u:
        key = doc.tokens[v].norm_key
        if key in adverbs or (not once and key in _ONCE_AFTER):
            once = once or key in _ONCE_AFTER
            v += 1
        elif key.startswith("لل") and len(key) > 4:  # «للمسؤولين الأمنيين المصريين»: to whom it was said
            v += 1
            while v < u and doc.tokens[v].norm_key.startswith("ال"):
                v += 1
        else:
            break
    return v
