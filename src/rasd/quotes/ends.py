"""Where reported words begin and end, for the ``quotes`` stage: a content that opens a line with a dateline
(«رانغون - «الشرق الأوسط»: قتل 27 شخصا ...، حسبما أفاد مسؤول») begins after it; a report that goes on in «، وإن
...» clauses ends with the last of them, not in the writer's narration that follows with no «إن» («إن A، وإن B،
وتشهد المدينة مواجهات ...»); nor does one run on into the writer's background «، وكان فلان قد ...», nor into what came shortly after it («أعلن أن
الحكومة فتحت المعابر وبعدها بقليل انطلقت سيول من الناس»: the writer's narration of the aftermath), nor into the
writer's word to his readers («يقولون إنها دلالة على ...، رغم أنكم لو تأملتم الموقف»).
"""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.forms import fw_keys, nkey
from ..text.normalize import COMMAS as _COMMAS
from .clauses import _past_dateline
from .cues import is_complementizer, match_cue, trim
from .narrator_link import narrator_link_end
from .nearest import verb_shape
from .writer_turn import writer_turn_end

BACKGROUND_REACH = 6  # tokens from «، وكان» to the «قد» of the writer's background clause («، وكان فلان قد انتقد»)


def past_dateline(doc: Doc, content: Span) -> Span:
    """``content`` begun after the dateline it opens a line with («PLACE - SOURCE:»), else as it is."""
    if content.start > 0 and doc.text[content.start - 1] != "\n":
        return content
    a = doc.token_at(content.start)
    b = doc.token_at(max(content.start, content.end - 1))
    if a is None or b is None:
        return content
    u = _past_dateline(doc, a, b)
    return (trim(doc.text, doc.tokens[u].start, content.end) or content) if a < u <= b else content


def finite(doc: Doc, u: int) -> bool:
    """Token ``u`` («و» + a word) reads as a finite verb: the shape ``verb_shape`` calls strong, or a present verb
    in «تـ» («وتشهد», «وتسعى»), not a noun of «تفعيل/تفاعل» («وتطوير», «وتعاون») or in «ـات/ـة»."""
    if verb_shape(doc, u) == "strong":
        return True
    stem = doc.tokens[u].norm_key[1:]
    return (stem.startswith("ت") and 4 <= len(stem) <= 5 and stem.isalpha() and not stem.endswith(("ه", "ات", "ي"))
            and not (len(stem) == 5 and (stem[2] == "ا" or stem[3] == "ي")))


def _named_at(doc: Doc, u: int) -> bool:
    """A name (a mention of an entity) begins at token ``u``."""
    return u < len(doc.tokens) and any(m.start == doc.tokens[u].start for e in doc.entities for m in e.mentions)


def reported_clauses_end(doc: Doc, content: Span, plural: bool) -> Span:
    """An indirect ``content`` whose report goes on in a «، وإن/وأن» clause ends at the comma after the last such
    clause where a clause opens with «و» and a finite verb, no cue, with a name of its own for subject («، وتشهد أبين
    مواجهات»: the writer goes on, no «إن» reports it) or in the plural of a ``plural`` cue («يؤكدون أن ...، وأن ...،
    ويتهمون الحكومة»: the speakers go on to another act). Not a verb with no subject named («وأنه يولد ...، ويشعر
    بالذنب»: the same «أن» clause). As it is where no «وإن» clause goes on in it."""
    a = doc.token_at(content.start)
    b = doc.token_at(max(content.start, content.end - 1))
    if a is None or b is None:
        return content
    coordinated = False
    for u in range(a + 1, b):
        if doc.tokens[u].text not in _COMMAS:
            continue
        nxt = doc.tokens[u + 1]
        if nxt.norm_key.startswith("و") and is_complementizer(doc, u + 1):
            coordinated = True
        elif (coordinated and nxt.norm_key.startswith("و") and match_cue(doc, u + 1) is None and finite(doc, u + 1)
              and (_named_at(doc, u + 2) or (plural and nxt.norm_key.endswith(("ون", "وا"))))):
            return trim(doc.text, content.start, doc.tokens[u - 1].end) or content
    return content


def background_end(doc: Doc, content: Span) -> Span:
    """An indirect ``content`` that runs on into «، وكان X قد + verb» with a name for X («...، وكان المتحدث باسم
    الكرملين قد انتقد الخطط»): the writer's background, no part of what was said; it ends at the comma. As it is
    otherwise. First, the narrator's clause that links back to the words («، وقد تزامن هذا الكلام مع»:
    ``narrator_link_end``)."""
    content = writer_turn_end(doc, narrator_link_end(doc, content))  # «...، فيما أعلن الجيش» (qu565)
    a = doc.token_at(content.start)
    b = doc.token_at(max(content.start, content.end - 1))
    if a is None or b is None:
        return content
    for u in range(a + 1, b - 2):
        if doc.tokens[u].text not in _COMMAS or doc.tokens[u + 1].norm_key not in ("وكان", "وكانت"):
            continue
        ahead = range(u + 2, min(b, u + 2 + BACKGROUND_REACH))
        had = next((v for v in ahead if doc.tokens[v].norm_key == "قد"), None)
        if had is not None and any(_named_at(doc, v) for v in range(u + 2, had)):
            return trim(doc.text, content.start, doc.tokens[u - 1].end) or content
    return content


_AFTER_IT = fw_keys("after_it_words")
_AFTER = frozenset(nkey(w) for w in ("وبعد", "وعقب"))
_THAT_ONE = frozenset(nkey(w) for w in ("ذلك", "هذا", "ذاك"))
_SHORTLY = fw_keys("shortly_after_words")


def aftermath_end(doc: Doc, content: Span) -> Span:
    """An indirect ``content`` that runs on into «وبعدها بقليل» / «وبعد ذلك بساعات» (after it, by a measure of time:
    _SHORTLY) and a finite verb («... فتحت المعابر وبعدها بقليل انطلقت سيول»): what came after what was said, the
    writer's narration; it ends before «وبعدها». Not «ثم» (the speaker's own sequence: «دخلت القوات ثم اتجهت»), nor
    «وبعدها» with no measure. As it is otherwise."""
    a = doc.token_at(content.start)
    b = doc.token_at(max(content.start, content.end - 1))
    if a is None or b is None:
        return content
    for u in range(a + 1, b - 1):
        key = doc.tokens[u].norm_key
        v = u + 1 if key in _AFTER_IT else u + 2 if key in _AFTER and doc.tokens[u + 1].norm_key in _THAT_ONE else 0
        if v == 0 or v + 1 > b or doc.tokens[v].norm_key not in _SHORTLY:
            continue
        if verb_shape(doc, v + 1) == "strong":
            return trim(doc.text, content.start, doc.tokens[u - 1].end) or content
    return content


_DESPITE = frozenset(nkey(w) for w in ("رغم", "ورغم", "برغم", "وبرغم", "مع"))
_THAT_YOU = frozenset(nkey(w) for w in ("أنكم", "أنك", "أنكن"))


def reader_address_end(doc: Doc, content: Span) -> Span:
    """An indirect ``content`` that runs on past a comma into «رغم أنكم/أنك» (despite that you, the readers: «...، رغم
    أنكم لو تأملتم الموقف لاكتشفتم»): the writer turning to his readers, no part of the third person's words; it ends at
    the comma. As it is otherwise."""
    a = doc.token_at(content.start)
    b = doc.token_at(max(content.start, content.end - 1))
    if a is None or b is None:
        return content
    for u in range(a + 1, b - 1):
        if doc.tokens[u].text in _COMMAS and doc.tokens[u + 1].norm_key in _DESPITE and nkey(
                doc.tokens[u + 2].text) in _THAT_YOU:
            return trim(doc.text, content.start, doc.tokens[u - 1].end) or content
    return content
