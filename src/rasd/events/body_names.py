"""Round 144 of real news: trigger words that tell no event.

A trigger inside an organisation's name: inside the span of an ORGANIZATION mention (not its first word), or a
masdar right after a word of combating in the construct state («لمناهضة», «مكافحة»: ``combat_words``) that follows
the head of a body's name within a few words («المنظمة العالمية لمناهضة التعذيب», «لجنة مكافحة الاختطاف»:
``body_heads``): the act names what the body works against, none done. A masdar of receiving with «ل» after a thing
or a place set up for it («30 خيمة لاستقبال الضيوف», «قاعة لاستقبال الزوار»: ``venue_words``) names a purpose of
objects, no one hosted. A definite threat noun (no doer in its genitive) whose «ب» names a thing coming about
(«والتهديد المباشر بتشكيل دولة»: ``emergence_words``) is a danger felt, no one threatening (a harm threatened,
«التهديد بالقتل», stays a threat)."""

from __future__ import annotations

from bisect import bisect_left

from ..doc import Doc
from .forms import bare, fw
from .lexicon import Hit
from .word_tests import clause_stop, key_at

THREAT_REACH = 2  # words after a threat noun read for its «ب» complement (one adjective between)
BODY_REACH = 3  # tokens before a word of combating read for the head of a body's name


def _in_org_span(doc: Doc, hit: Hit) -> bool:
    """Whether an organisation's mention starts before the trigger and runs to its end or past it: among the
    mentions that start before it (a prefix of :func:`_org_spans`), the furthest end reaches the trigger's end."""
    start, end = doc.tokens[hit.i].start, doc.tokens[hit.j].end
    starts, reach = doc.memoized("org_spans", ("entities",), _org_spans)
    n = bisect_left(starts, start)  # (the mentions starting before the trigger)
    return n > 0 and reach[n - 1] >= end


def _org_spans(doc: Doc) -> tuple[list[int], list[int]]:
    """The starts of the organisations' mentions, in order, and the furthest end of those up to each: made once per
    article (``Doc.memoized``, with the entities it was made from), not a scan of every mention per trigger."""
    spans = sorted((m.start, m.end) for e in doc.entities if e.type == "ORGANIZATION" for m in e.mentions)
    reach: list[int] = []
    far = -1
    for _, e in spans:
        far = max(far, e)
        reach.append(far)
    return [s for s, _ in spans], reach


def _body_combats(doc: Doc, hit: Hit, a: int) -> bool:
    if hit.pos != "N" or hit.i - 2 < a or bare(key_at(doc, hit.i - 1), "combat_words") not in fw("combat_words"):
        return False
    for t in range(hit.i - 2, max(a, hit.i - 2 - BODY_REACH) - 1, -1):
        if clause_stop(doc.tokens[t].text):
            return False
        if bare(key_at(doc, t), "body_heads") in fw("body_heads"):
            return True
    return False


def _venue_purpose(doc: Doc, hit: Hit, a: int) -> bool:
    if hit.entry.id != "host" or hit.pos != "N" or hit.i - 1 < a or not key_at(doc, hit.i).startswith("ل"):
        return False
    return bare(key_at(doc, hit.i - 1), "venue_words") in fw("venue_words")


def _looming(doc: Doc, hit: Hit, b: int) -> bool:
    if hit.entry.id != "threaten" or hit.pos != "N" or not key_at(doc, hit.i).removeprefix("و").startswith("ال"):
        return False
    for t in range(hit.j + 1, min(b, hit.j + 1 + THREAT_REACH)):
        key = key_at(doc, t)
        if key.startswith("ب"):
            return key[1:] in fw("emergence_words")
        if not key.startswith("ال"):
            return False
    return False


def in_body_name(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """Whether ``hit`` (its sentence of tokens ``a``..``b``) names a body or a purpose, no act (see the module's
    doc)."""
    return _in_org_span(doc, hit) or _body_combats(doc, hit, a) or _venue_purpose(doc, hit, a) or _looming(doc, hit, b)
