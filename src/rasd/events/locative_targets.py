"""Round 154: a town is where an act is told, not whom it is aimed at. «ناقش الوزيران ... في اجتماع بالعاصمة
الماليزية كوالالمبور», «اتهم ممثل المرشد في مدينة مشهد الوزير», «جريمة نفذها مستوطنون في قرية دوما بمدينة نابلس»:
a target that is a place other than a state (a town, a province, a region, or a capital told as a place), read
from a phrase (``target_span``) whose mentions of it all stand in a locative phrase, is no target: a «في» right
before the name, or a «بـ» glued to it, or either before a place noun that heads the name (function words
``locative_place_heads``: «مدينة», «العاصمة»), over one adjective of that noun («الماليزية»). It becomes the event's
location where there is none. A target told by another phrase («وحاصرت المدينة» after «في مدينة عدن») stays; so
does a place named after «على» («الهجوم على مدينة الرمادي») or as a verb's object («قصفت الطائرات حلب»).
"""

from __future__ import annotations

from ..doc import Doc, Event
from ..entities import gazetteer
from .arrivals import target_as_location
from .forms import PLACES, fw, keys_of, nkey

BY = "ب"  # the preposition glued to a word: «بالعاصمة», «بمدينة»
STATE = "country"  # the one kind of place that is a party wherever it is named


def _glued_by(doc: Doc, k: int, start: int) -> bool:
    """Whether token ``k`` carries a «بـ» (after an optional «و») before ``start``, or before its place noun."""
    head = doc.text[doc.tokens[k].start : start] if start > doc.tokens[k].start else doc.tokens[k].text
    return nkey(head).removeprefix("و").startswith(BY)


def _head(doc: Doc, k: int) -> bool:
    """Whether token ``k`` is a place noun that heads a name (bare, or with «بـ»)."""
    return not keys_of(doc.tokens[k]).isdisjoint(fw("locative_place_heads"))


def _adjective(doc: Doc, k: int) -> bool:
    """A definite nisba adjective («الماليزية», «الفلسطينية») between a place noun and its name."""
    key = doc.tokens[k].norm_key
    return key.startswith("ال") and key.endswith(("يه", "ي"))


def _locative(doc: Doc, start: int) -> bool:
    """Whether the mention starting at ``start`` stands in a locative phrase (module docstring)."""
    k = doc.token_at(start)
    if k is None:
        return False
    if start > doc.tokens[k].start:
        return _glued_by(doc, k, start)  # «بكوالالمبور»
    t = k - 1
    if t >= 0 and _adjective(doc, t) and t - 1 >= 0 and _head(doc, t - 1):
        t -= 1  # «بالعاصمة الماليزية كوالالمبور»
    if t >= 0 and _head(doc, t):
        if _glued_by(doc, t, doc.tokens[t].start):
            return True  # «بمدينة نابلس»
        t -= 1
    return t >= 0 and doc.tokens[t].norm_key in fw("locative_prepositions")


def _kind(doc: Doc, eid: str) -> str | None:
    ent = doc.entity(eid)
    if ent is None or ent.type not in PLACES:
        return STATE  # not a place: left alone
    kind = ent.attrs.get("kind")
    if kind is None:
        kind = getattr(gazetteer.load().phrases.get(gazetteer.phrase_of(ent.name)), "kind", None)
    return str(kind) if kind is not None else STATE  # a place of no known kind is left alone


def locative_targets(doc: Doc, events: list[Event]) -> None:
    """Drop the target of each event that is a place told only in a locative phrase of its sentence (module
    docstring); it becomes the location where there is none."""
    for ev in events:
        if ev.target is None or _kind(doc, ev.target) == STATE:
            continue
        ent = doc.entity(ev.target)
        if ent is None:
            continue
        span = ev.attrs.get("target_span")
        if not isinstance(span, list) or len(span) != 2:
            continue  # a target told elsewhere («وحاصرت المدينة»: the town named before), not by its name here
        inside = [m.start for m in ent.mentions if m.start < int(span[1]) and int(span[0]) < m.end]
        if not inside or not all(_locative(doc, s) for s in inside):
            continue
        if _past_other_relative(doc, ev, min(inside)):
            ev.location = ev.location if ev.location != ev.target else None
            ev.target = None  # round 173: «إدانة ... للجريمة التي نفذها مستوطنون ... بمدينة نابلس»: the
            ev.attrs.pop("target_span", None)  # crime's place, not where the condemnation was
            ev.attrs.pop("target_text", None)
            continue
        target_as_location(ev)


def _past_other_relative(doc: Doc, ev: Event, start: int) -> bool:
    """Round 173: whether the place mention at ``start`` lies after the trigger past a relative on another noun: a
    noun with «لـ/بـ» and the article («للجريمة») or a preposition between the trigger and the relative."""
    lo, hi = doc.token_at(ev.trigger.end - 1), doc.token_at(start)
    if lo is None or hi is None or hi <= lo:
        return False
    rel = next((t for t in range(lo + 1, hi) if doc.tokens[t].norm_key in fw("relatives")), None)
    return rel is not None and any(
        doc.tokens[t].norm_key.removeprefix("و").startswith(("لل", "بال"))
        or doc.tokens[t].norm_key in fw("prepositions") for t in range(lo + 1, rel))
