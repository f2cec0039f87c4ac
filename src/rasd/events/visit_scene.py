"""Round lo408: a meeting told right after a visit's place, in the visit's own clause, was held where the visit went
(see ``where_carry.carried_places``); narrow: a null is better than a wrong place.

- «يزور القاهرة ويلتقي بالرئيس السيسي», «زار الجزائر، والتقى الرئيس الجزائري»: a meeting verb joined to the visit;
- «زيارة ولي العهد إلى القاهرة، واجتماعه مع الرئيس»: a meeting noun joined past a comma;
- «الذي يصل إلى كوالالمبور اليوم للمشاركة في اجتماعات آسيان», «بزيارة رسمية لإيران ... لمناقشة»: its purpose.

A meeting (CAMEO 04, not a visit itself) with no place of its own takes the place of the nearest visit (CAMEO 042)
told before it in its sentence where the visit's place is named after the visit's trigger and at most
``SCENE_REACH`` tokens before the meeting, with nothing between that opens another scene: no end punctuation,
complementizer, quotation, «كما» (another act told alongside) nor word of time order («بعد/قبل/منذ»: another
time, so maybe another place). Nothing where the visit itself follows «بعد/قبل» («بعد زيارته لمصر، التقى»: the
meeting may be elsewhere), where the meeting names its own venue after it («والتقينا برئيس النيجر في القمة
الأفريقية»), nor for a meeting noun joined by «و» with no pronoun for the visitor (another party's talks: «زيارة ولي
العهد لمصر ومحادثات الوزير مع نظيره الأردني»)."""

from __future__ import annotations

from ..doc import Doc, Event
from ..spans import Span
from .forms import fw, fw_bare_keys
from .stops import clause_stop
from .word_tests import enclitic

MEETINGS = "04"  # consult, visit, negotiate, mediate
VISIT = "042"
SCENE_REACH = 8  # tokens from the visit's place to the meeting («اليوم للمشاركة في اجتماعات»)
QUOTES = ("«", "»", '"')


def _told_in(ev: Event, sentence: Span) -> Span | None:
    """The event's first trigger in ``sentence`` (a merged event keeps the triggers of each telling)."""
    return next((t for t in ev.triggers or [ev.trigger] if sentence.start <= t.start < sentence.end), None)


def _order_word(key: str) -> bool:
    """A word of time order that is not «during» («بعد», «قبل», «منذ»): another time, maybe another place."""
    return key.removeprefix("و") in fw("time_before_words") and key.removeprefix("و") not in fw("during_words")


def _opens_scene(doc: Doc, lo: int, hi: int) -> bool:
    """Whether tokens lo..hi-1 hold end punctuation, a complementizer, a quotation, «كما» or a word of time order."""
    for t in range(lo, hi):
        tok = doc.tokens[t]
        key = tok.norm_key.removeprefix("و")
        if tok.text in fw("clause_breaks") or key in fw("complementizers") or key in fw("as_words") \
                or _order_word(tok.norm_key) or any(q in tok.text for q in QUOTES):
            return True
    return False


def _other_party(doc: Doc, ev: Event, k: int) -> bool:
    """Whether the meeting at token ``k`` is a noun joined by «و» with no pronoun for the visitor («ومحادثات
    الوزير»: another party's, not «واجتماعه»)."""
    tok = doc.tokens[k]
    return ev.attrs.get("pos") == "N" and tok.text.startswith("و") and not enclitic(tok)


def _own_venue(doc: Doc, k: int) -> bool:
    """Whether the clause of the meeting at token ``k`` names a gathering it was held at («في القمة الأفريقية»)."""
    toks = doc.tokens
    heads = fw_bare_keys("convened_meetings") | fw_bare_keys("gathering_heads")
    for t in range(k + 1, len(toks) - 1):
        if clause_stop(toks[t].text):
            return False
        if toks[t].norm_key == "في" and toks[t + 1].norm_key.removeprefix("ال") in heads:
            return True
    return False


def _visit_before(events: list[Event], ev: Event, at: int) -> tuple[Event, Span] | None:
    """The visit told nearest before character ``at`` in the sentence of ``ev``, with its trigger there."""
    best: tuple[Event, Span] | None = None
    for v in events:
        if v is ev or v.code != VISIT:
            continue
        told = _told_in(v, ev.sentence)
        if told is not None and told.end <= at and (best is None or told.start > best[1].start):
            best = (v, told)
    return best


def visit_scene_places(doc: Doc, events: list[Event]) -> None:
    """Give a meeting told in a visit's clause right after the visit's place that place (module docstring)."""
    for ev in events:
        if ev.location is not None or not ev.code.startswith(MEETINGS) or ev.code == VISIT:
            continue
        got = _visit_before(events, ev, ev.trigger.start)
        if got is None or got[0].location is None:
            continue
        visit, told = got
        place = doc.entity(visit.location)
        k = doc.token_at(ev.trigger.start)
        first = doc.token_at(told.start)
        if place is None or k is None or first is None:
            continue
        ends = [m.end for m in place.mentions if told.end <= m.start and m.end <= ev.trigger.start]
        after = doc.token_from(max(ends)) if ends else None
        if after is None or after > k or k - after > SCENE_REACH:
            continue
        if _opens_scene(doc, after, k) or (first > 0 and _order_word(doc.tokens[first - 1].norm_key)) \
                or _own_venue(doc, k) or _other_party(doc, ev, k):
            continue
        ev.location = place.id
