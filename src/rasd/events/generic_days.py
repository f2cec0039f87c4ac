"""Round ev849: a generic act (``specific`` false) is of no day, and its verdict runs along its coordinated list.

Three rules, run after the report model has set ``specific`` (:func:`apply`):

- a claim or announcement of many acts over time is a habit, not a told act: «حيث أعلنت مسؤوليتها عن الكثير من
  الهجمات» (a lead of ``many_acts_leads`` right before the act's noun, in the words after the claim);
- masdars coordinated by «،» / «و» after a generic event share its verdict: «حيث يتعرض السجناء للضرب، والحرق،
  والتعذيب بالكهرباء، والتهديد بالقتل» (each item a short segment that opens with «وال»);
- a generic event told in a «حيث» clause has no day unless its own clause names a time: «يتعرض السجناء للضرب» is
  not of the article's day; «تظاهر آلاف أمس» keeps its day.
"""

from __future__ import annotations

from bisect import bisect_left

from ..doc import Doc, Event
from . import report_model
from .forms import fw, phrase_keys
from .word_tests import sentence_end

ITEM = 5  # tokens at most in one item of a coordinated list («والتعذيب بالكهرباء»)
CLAIM_REACH = 4  # tokens after a claim where its object's lead may stand («أعلنت مسؤوليتها عن الكثير من»)
CLAIMS = ("010", "011", "012", "013", "015", "016", "017", "018", "019")
STOPS = frozenset("،,؛;.:!?؟«»()")


def _token_at(doc: Doc, offset: int) -> int:
    return bisect_left(doc.token_starts(), offset)


def _is_stop(doc: Doc, k: int) -> bool:
    return all(ch in STOPS for ch in doc.tokens[k].text)


def _clause(doc: Doc, ev: Event) -> tuple[int, int]:
    """The offsets of the trigger's clause: from the punctuation before it to the punctuation after it, in its
    sentence."""
    span = doc.token_range(ev.sentence)
    lo, hi = span.start, span.stop
    i = _token_at(doc, ev.trigger.start)
    a = i
    while a > lo and not _is_stop(doc, a - 1):
        a -= 1
    b = i
    while b < hi - 1 and not _is_stop(doc, b + 1):
        b += 1
    return doc.tokens[a].start, doc.tokens[b].end


def many_acts(doc: Doc, ev: Event, acts: frozenset[int]) -> bool:
    """Whether the claim ``ev`` has for object many acts over time: a ``many_acts_leads`` phrase within
    ``CLAIM_REACH`` words after the trigger, right before the start of an act's trigger (``acts``): «أعلنت
    مسؤوليتها عن الكثير من الهجمات»; «أعلن التنظيم مسؤوليته عن الهجوم» names one act."""
    if not ev.code.startswith(CLAIMS):
        return False
    hi = sentence_end(doc, ev)
    i = _token_at(doc, ev.trigger.start) + 1
    keys = [doc.tokens[k].norm_key for k in range(i, min(hi, i + CLAIM_REACH + 3))]
    for p in phrase_keys(fw("many_acts_leads")):
        for s in range(min(len(keys), CLAIM_REACH + 1)):
            e = s + len(p)
            if tuple(keys[s:e]) == p and i + e < hi and doc.tokens[i + e].start in acts:
                return True
    return False


def _list_items(doc: Doc, i: int, hi: int) -> list[int]:
    """The first token of each item coordinated after the item holding token ``i``: items of at most ``ITEM``
    tokens, parted by «،», each after the first opening with «وال»."""
    out: list[int] = []
    k = i
    while True:
        n = 0
        while k < hi and not _is_stop(doc, k):
            k, n = k + 1, n + 1
        if n > ITEM or k + 1 >= hi or doc.tokens[k].text not in ("،", ","):
            return out
        k += 1
        if not doc.tokens[k].norm_key.startswith("وال"):
            return out
        out.append(k)


PRESENT = ("ي", "ت", "ن")  # the prefixes of a present verb of the third and first person plural


def present_generic(doc: Doc, ev: Event) -> bool:
    """A generic act told by a present verb in a descriptive «حيث» clause (``specific`` false, the report cue
    ``present_verb``, «حيث» one or two words before, and a present prefix after «و», «ف», «ل»): «حيث يتعرض
    السجناء للضرب» tells what is done, not what was done on a day; a present act with no such lead keeps its day
    («وتهاجم الميليشيات المدنيين في المدينة», «عملية ... تستهدف مواقع المسلحين»);
    «أحرقونا» (a past verb the cue missed) is not taken."""
    if ev.attrs.get("specific", True) or "present_verb" not in (ev.attrs.get("report_cues") or []):
        return False
    k = _token_at(doc, ev.trigger.start)
    if not any(doc.tokens[j].norm_key.removeprefix("و") == "حيث" for j in range(max(0, k - 2), k)):
        return False  # only a descriptive «حيث» clause: «وتهاجم الميليشيات المدنيين» keeps its day (round 187)
    words = doc.text[ev.trigger.start : ev.trigger.end].split()
    word = words[0] if words else ""
    for clitic in ("و", "ف", "ل"):
        if len(word) > 3:
            word = word.removeprefix(clitic)
    return word.startswith(PRESENT)


def _undate(doc: Doc, ev: Event) -> None:
    """Set ``ev`` generic and of no day, unless its clause names a time («تظاهر الآلاف أمس»)."""
    ev.attrs["specific"] = False
    if ev.date is not None:
        a, b = _clause(doc, ev)
        if not any(a <= t.start < b for t in doc.times):
            ev.date = None


def apply(doc: Doc, events: list[Event]) -> None:
    """The report model (:func:`report_model.apply`), then the three rules of this module: a generic present act
    and a claim of many acts lose their day where their clause names no time; the masdars listed after a generic
    event are generic too, and of no day where it has none."""
    report_model.apply(doc, events)
    acts = frozenset(e.trigger.start for e in events)
    for ev in events:
        if present_generic(doc, ev) or ev.attrs.get("specific", True) and many_acts(doc, ev, acts):
            _undate(doc, ev)
    by_start = {e.trigger.start: e for e in events}
    for ev in [e for e in events if not e.attrs.get("specific", True)]:
        hi = sentence_end(doc, ev)
        for k in _list_items(doc, _token_at(doc, ev.trigger.start), hi):
            other = by_start.get(doc.tokens[k].start)
            if other is None or other.attrs.get("pos") != "N":
                continue
            other.attrs["specific"] = False
            if ev.date is None:
                _undate(doc, other)


__all__ = ["apply", "many_acts", "present_generic"]
