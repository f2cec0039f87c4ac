"""Round 212: the act an anniversary is of.

- «بمناسبة مرور عام على احتلال المدينة»: the act noun after «مرور» + a span of years + «على» is of the year-month
  that many years before the article date (:func:`passing_value`), not of the article's day;
- «مرور عام على هجوم التنظيم على سنجار» and later «قتلوا خلال هجوم المتشددين على مدينة سنجار»: a violent act
  (CAMEO 18-20) on the place the anniversary names, told with no time of its own in its sentence and given the
  article date by default, is that act: it takes the same year-month (:func:`anniversary_acts`), and so does a
  violent act told right before «خلال» + it («قتلوا خلال هجوم»).
A span told loosely («أكثر من عامين», «نحو عام») gives no value.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import fw, nkey
from .lexicon import Hit
from .modality import FACTUAL
from .word_tests import doc_token_keys

YEAR_ONE = frozenset(("عام", "عاما", "سنه", "سنة", "عامًا"))
YEAR_TWO = frozenset(("عامين", "سنتين"))
YEAR_UNITS = frozenset(("عاما", "عامًا", "سنه", "سنة", "سنوات", "اعوام", "أعوام", "عام"))
PLACE_REACH = 6  # tokens after «على» to the place the anniversary's act is of («على احتلال قضاء سنجار»)
VIOLENT = frozenset(("18", "19", "20"))
DURING = frozenset(nkey(w) for w in ("خلال", "اثناء", "إثناء", "أثناء"))


def _years(doc: Doc, i: int, end: int) -> tuple[int, int] | None:
    """The span of years told from token ``i`` to «على» (before ``end``): (years, index of «على»), else None."""
    if i >= end:
        return None
    first = doc.tokens[i].norm_key
    if first in YEAR_ONE or first in YEAR_TWO:
        n, k = (1 if first in YEAR_ONE else 2), i + 1
    elif first.isascii() and first.isdigit() and 0 < int(first) < 200 and i + 1 < end \
            and doc.tokens[i + 1].norm_key in YEAR_UNITS:
        n, k = int(first), i + 2
    else:
        return None
    if k < end and doc.tokens[k].norm_key in ("على", "علي"):
        return n, k
    return None


def _passings(doc: Doc) -> list[tuple[int, int]]:
    """(years, index of «على») of each «مرور» + span of years + «على» in the text; made once per document
    (``Doc.memoized``)."""
    return doc.memoized("anniversary_passings", ("tokens",), _find_passings)


def _find_passings(doc: Doc) -> list[tuple[int, int]]:
    """:func:`_passings`, made."""
    out: list[tuple[int, int]] = []
    words = fw("anniversary_passing")
    n = len(doc.tokens) if not words.isdisjoint(doc_token_keys(doc)) else 0  # (none of the words: nothing to scan)
    for t in range(n):
        if doc.tokens[t].norm_key in words:
            found = _years(doc, t + 1, min(n, t + 4))
            if found is not None:
                out.append(found)
    return out


def passing_ends(doc: Doc, least: int) -> list[int]:
    """Round mn985: the end offsets of the «على» of each «مرور» + a span of ``least`` years or more + «على» («رغم مرور
    25 عامًا على الغزو»): an old time of the story told by the years gone since it (read by
    :func:`.retrospect.retrospective`)."""
    return [doc.tokens[on].end for years, on in _passings(doc) if years >= least]


def _back(date: str, years: int) -> str | None:
    """The year-month ``years`` before the document date ``date`` (YYYY-MM-DD)."""
    if len(date) < 7 or not date[:4].isdigit():
        return None
    return f"{int(date[:4]) - years:04d}{date[4:7]}"


def passing_value(doc: Doc, hit: Hit) -> str | None:
    """The year-month of a noun trigger right after «مرور» + a span of years + «على», else None."""
    if hit.pos != "N" or not doc.date:
        return None
    for years, on in _passings(doc):
        if on == hit.i - 1:
            return _back(doc.date, years)
    return None


def _places(doc: Doc) -> dict[str, int]:
    """The place entities named within ``PLACE_REACH`` tokens after an anniversary's «على»: id → years."""
    found: dict[str, int] = {}
    passings = _passings(doc)
    if not passings:
        return found
    for ent in doc.entities:
        if ent.type != "LOCATION":
            continue
        for m in ent.mentions:
            k = doc.token_at(m.start)
            if k is None:
                continue
            for years, on in passings:
                if on < k <= on + PLACE_REACH and not any(doc.tokens[u].text in ("،", ",", ".") for u in range(on, k)):
                    found[ent.id] = years
    return found


def anniversary_acts(doc: Doc, events: list[Event]) -> None:
    """A violent act on a place an anniversary names, with the article date by default: the anniversary's act."""
    if not doc.date:
        return
    places = _places(doc)
    if not places:
        return
    for ev in events:
        if ev.date != doc.date or ev.code[:2] not in VIOLENT or ev.modality not in FACTUAL:
            continue
        years = places.get(ev.target or "") or places.get(ev.location or "")
        if years is None:
            continue
        if any(ev.sentence.start <= ts.start < ev.sentence.end for ts in doc.times):
            continue  # a time of its own in the sentence: dated by it
        value = _back(doc.date, years)
        if value is not None:
            ev.date = value
            _during(doc, ev, events)


def _during(doc: Doc, ev: Event, events: list[Event]) -> None:
    """«قتلوا خلال هجوم المتشددين»: a violent act right before «خلال/أثناء» + the anniversary's act, given the
    article date, happened in it: its year-month."""
    k = doc.token_at(ev.trigger.start)
    if k is None or k < 2 or doc.tokens[k - 1].norm_key not in DURING:
        return
    for other in events:
        if other is ev or other.date != doc.date or other.code[:2] not in VIOLENT or other.sentence != ev.sentence:
            continue
        o = doc.token_at(other.trigger.start)
        if o is not None and o == k - 2:
            other.date = ev.date
