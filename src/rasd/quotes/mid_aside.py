"""«وأن المطلوب، كما يقول لـ«الصحيفة» المستشار في الجيش، فلان، مساعدة ...»: a «كما» cue set off by commas in the
middle of what it reports, for the ``quotes`` stage: one quote whose content runs from the clause before the aside
to the sentence's end (the aside inside it), not two halves. Round qu620: its ``content_parts`` are the two halves
without the aside («هولاند» and «سيلتقي روحاني ...» of «هولاند، كما تقول مصادر الإليزيه، سيلتقي روحاني ...»)."""

from __future__ import annotations

from ..doc import Doc, Quote
from ..events.forms import fw, nkey
from ..events.word_tests import finite_verb, person_opening
from ..text.normalize import COMMAS as _COMMAS
from .cues import is_complementizer, match_cue, trim
from .according_parts import according_parts
from .editor_note import note_parts
from .reported_as import addressee_end, source_end
from .written import ASIDE_MARKS, DASHES

REST_MIN = 2  # tokens at least of the clause after the aside
SUBJECT_REACH = 5  # tokens of the subject between «إن/أن» and a dashed aside
TITLE_REACH = 6  # tokens at most of a title (and its place) before the name set off by commas


def mid_aside(doc: Doc, t: int, sent_end: int) -> tuple[int, int, int | None] | None:
    """(the character end of what the «، كما» cue at ``t`` reports, the last token its source may occupy, the
    character start of the clause where no «أن» opens it) where the cue is an aside in the middle of its sentence
    (see :func:`_aside`); None otherwise."""
    found = _aside(doc, t, sent_end)
    return (found[0], found[1], found[3]) if found is not None else None


def dashed_subject(doc: Doc, t: int, sent_end: int) -> bool:
    """Whether the «كما» cue at ``t`` is set off by dashes right after the subject of an «إن/أن» clause whose
    predicate comes after the aside («إن الاتفاق النووي – كما كتب فلان - حلّ مؤقتا ...»: no verb between «إن» and
    the dash), round 288: the aside interrupts the clause, it does not report what precedes it («أن الحكومة تملك
    ... – كما تؤكد الوزارة -» does)."""
    toks = doc.tokens
    if t < 3 or toks[t - 2].text not in DASHES or _aside(doc, t, sent_end) is None:
        return False
    for k in range(t - 3, max(-1, t - 3 - SUBJECT_REACH), -1):
        if is_complementizer(doc, k):
            return True
        if finite_verb(toks[k]) or toks[k].text in _COMMAS or match_cue(doc, k) is not None:
            return False
    return False


def aside_parts(doc: Doc, quotes: list[Quote]) -> None:
    """Round qu620: give each indirect quote whose «، كما» cue stands set off inside its content (see :func:`_aside`)
    the two halves of that content around the aside, the aside left out, as ``content_parts``."""
    toks = doc.tokens
    for q in quotes:
        if q.direct or not q.content.start < q.cue.start < q.content.end:
            continue
        t = doc.token_from(q.cue.start)
        sent = doc.sentence_of(q.cue.start)
        if t is None or sent is None:
            continue
        found = _aside(doc, t, doc.token_from(sent.end) or len(toks))
        close = found[1] + 1 if found is not None else len(toks)  # the mark after the source
        if close + 1 >= len(toks) or toks[close + 1].start >= q.content.end:
            continue
        before = trim(doc.text, q.content.start, toks[t - 2].start)
        after = trim(doc.text, toks[close + 1].start, q.content.end)
        if before is not None and after is not None:
            q.attrs["content_parts"] = [before, after]
    note_parts(doc, quotes)  # «... (يقصد فلان) ...»: the editor's note left out too (round qu711)
    according_parts(doc, quotes)  # «وأضاف القطاع وفقا لتقرير لمصرف X إلى محفظته»: the source left out (qu844)


def aside_person(doc: Doc, t: int, sent_end: int) -> str | None:
    """The person whose name the aside of the cue at ``t`` sets off by commas after his title («كما يقول
    المستشار في الجيش، فلان،»): the speaker, not one a dropped subject would carry; None otherwise."""
    found = _aside(doc, t, sent_end)
    return found[2] if found is not None else None


def _aside(doc: Doc, t: int, sent_end: int) -> tuple[int, int, str | None, int | None] | None:
    """(the character end of what the «، كما» cue at ``t`` reports, the last token its source may occupy) where the
    cue is an aside in the middle of its sentence: «، كما» + cue, the one spoken to («لـ«...»») before or after the
    source, the source (a title, the name set off by commas after it), a comma, then at least REST_MIN tokens to
    the sentence's end that open no clause of the writer's; None otherwise. Where no «أن» opens the clause but the
    sentence or a «، حيث/إذ» does (round 222), the content runs from that opening to the next comma after the
    aside, and its character start comes fourth; the source may be an unnamed one («مصادر مطلعة»)."""
    toks = doc.tokens
    if t < 3 or toks[t - 1].norm_key != "كما" or toks[t - 2].text not in ASIDE_MARKS or t + 1 >= sent_end:
        return None
    marks = DASHES if toks[t - 2].text in DASHES else _COMMAS  # «– كما كتب فلان -»: set off by dashes (round 288)
    opened = _opened_clause(doc, t)
    begun = _begun_clause(doc, t) if not opened else None  # «حيث اتفق المشاركون، كما أعلن فلان، على ...»
    if not opened and begun is None:
        return None
    u = t + 1
    spoken_to = addressee_end(doc, u, sent_end)
    if spoken_to is not None:  # «كما يقول لـ«الشرق الأوسط» فلان»: the paper before the source
        u = next((k for k in range(u, sent_end) if toks[k].start >= spoken_to), sent_end)
    if u >= sent_end:
        return None
    named = source_end(doc, u, t, sent_end)
    k = next((j for j in range(u, sent_end) if toks[j].start >= named), sent_end) if named is not None else sent_end
    person: str | None = None
    phrase = _source_phrase(doc, u, sent_end) if k >= sent_end or toks[k].text not in marks else None
    if phrase is not None:  # «كما تقول مصادر مطلعة،», «كما تقول مصادر الإليزيه،»: an unnamed source's phrase
        k = phrase
    if k >= sent_end or toks[k].text not in marks:  # «المستشار في الجيش الليبي، فلان،»: a title, then the name
        head = toks[u].norm_key
        if not (head in fw("titles") or head.startswith("ال")):
            return None
        k = next((j for j in range(u, min(sent_end, u + 1 + TITLE_REACH)) if toks[j].text in _COMMAS), sent_end)
        if k >= sent_end or k + 1 >= sent_end or any(
                is_complementizer(doc, j) or match_cue(doc, j) is not None for j in range(u, k)):
            return None
        person = person_opening(doc, toks[k + 1].start)
        name = next((m.end for m in doc.mentions if m.start == toks[k + 1].start), None) if person else None
        if name is None:
            return None
        k = next((j for j in range(k + 1, sent_end) if toks[j].start >= name), sent_end)
    if marks is DASHES:
        k = _titled_dash(doc, k, sent_end)  # «فلان - رئيس الحكومة الأسبق -»: his title set off too
    if k >= sent_end or toks[k].text not in marks:
        return None
    rest = [j for j in range(k + 1, sent_end) if toks[j].text not in (".", "،", ",")]
    if len(rest) < REST_MIN:
        return None
    first = toks[k + 1].norm_key
    if first in fw("kama_clause_openers") or first in fw("saying_participles") or first in fw("but_words"):
        return None  # «...، كما يقول فلان، رغم أن»: the writer's clause (reported_as)
    if first.startswith("و") and any(toks[j].text in ("أن", "إن") for j in range(k + 1, min(sent_end, k + 3))):
        return None
    if begun is not None:  # the clause the aside interrupts ends at the next comma (or the sentence's end)
        close = next((j for j in range(k + 1, sent_end) if toks[j].text in _COMMAS), sent_end)
        last = close - 1 if toks[close - 1].text != "." else close - 2
        if last - k < REST_MIN:
            return None
        return toks[last].end, k - 1, person, toks[begun].start
    end = toks[sent_end - 1]
    last = sent_end - 2 if end.text == "." else sent_end - 1
    return toks[last].end, k - 1, person, None


def _opened_clause(doc: Doc, t: int) -> bool:
    """What precedes «، كما» at ``t`` is a clause that «أن/إن» opens with no comma and no cue of its own after it
    («وأن المطلوب،», «إن وضع تصنيف للبشر،»): its predicate comes after the aside."""
    first = doc.sentence_of(doc.tokens[t].start)
    start = first.start if first is not None else 0
    for k in range(t - 3, -1, -1):
        tok = doc.tokens[k]
        if tok.start < start or tok.text in _COMMAS:
            return False
        if is_complementizer(doc, k):
            return True
        if match_cue(doc, k) is not None:
            return False
    return False


def _begun_clause(doc: Doc, t: int) -> int | None:
    """The first token of the clause «، كما» at ``t`` interrupts where no «أن» opens it: the sentence's start, or
    the word after «حيث/إذ» (aside_clause_openers) after a comma, with no comma, cue nor «أن» between, and at
    least REST_MIN words before the aside («حيث اتفق المشاركون،»); None otherwise."""
    first = doc.sentence_of(doc.tokens[t].start)
    start = first.start if first is not None else 0
    for k in range(t - 3, -1, -1):
        tok = doc.tokens[k]
        if tok.start < start:
            return k + 1 if t - 2 - (k + 1) >= REST_MIN else None
        if tok.text in _COMMAS:
            opener = doc.tokens[k + 1].norm_key
            return k + 2 if opener in fw("aside_clause_openers") and t - 2 - (k + 2) >= REST_MIN else None
        if is_complementizer(doc, k) or match_cue(doc, k) is not None or tok.text in ("(", ")", ":", "«", "»"):
            return None
    return 0 if t - 2 >= REST_MIN else None


def _source_phrase(doc: Doc, u: int, sent_end: int) -> int | None:
    """The comma that ends an unnamed source's phrase from token ``u`` («مصادر مطلعة،», «مصادر الإليزيه،»: a
    reporter head, then at most TITLE_REACH words, no verb, cue nor «أن»); None otherwise."""
    toks = doc.tokens
    if toks[u].norm_key not in fw("reporter_heads"):
        return None
    for j in range(u + 1, min(sent_end, u + 1 + TITLE_REACH)):
        if toks[j].text in _COMMAS:
            return j
        if (is_complementizer(doc, j) or match_cue(doc, j) is not None or finite_verb(toks[j])
                or not toks[j].text[:1].isalpha()):
            return None
    return None


def _titled_dash(doc: Doc, k: int, sent_end: int) -> int:
    """The dash that closes an aside set off by dashes where the one at ``k``, right after the source's name, opens
    his title («فلان - رئيس الحكومة الفرنسية الأسبق - حلّ»: the second), a title of at most TITLE_REACH words with
    no comma, verb, cue nor «أن»; ``k`` itself otherwise."""
    toks = doc.tokens
    if k >= sent_end or toks[k].text not in DASHES:
        return k
    head = nkey(toks[k + 1].text) if k + 1 < sent_end else ""
    if not (head in fw("titles") or head.startswith("ال")):
        return k
    for j in range(k + 2, min(sent_end, k + 2 + TITLE_REACH)):
        if toks[j].text in DASHES:
            return j if j + 1 < sent_end else k
        if (toks[j].text in _COMMAS or is_complementizer(doc, j) or match_cue(doc, j) is not None
                or finite_verb(toks[j])):
            return k
    return k
