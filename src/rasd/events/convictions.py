"""A court that convicts, round 36 of real news: «وأدانت المحكمة سيدة وثلاثة من أبنائها», «في حال ثبوت الإدانة»,
«لإدانته في قضية اقتحام السجون» tell a conviction, legal action (CAMEO 173), not a condemnation in words (111).
The words are function words: ``court_words`` (who convicts), ``conviction_cues`` (the charge or the proof)."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ..doc import Doc, Event
from .chunks import clause_stop
from .court_acts import PASSIVE
from .forms import bare, fw, nkey
from .lexicon import Entry, Hit, plover_of

LEGAL_ACTION = "173"  # CAMEO arrest, detain, or charge with legal action
COURT_REACH = 2  # words after a verb «أدان» read for the court, its subject («وأدانت المحكمة الجنائية»)
CASES = frozenset(nkey(w) for w in ("قضية", "القضية", "قضايا"))  # «في قضية»: the case a conviction is in
CUE_REACH = 3  # words after «إدانته» read for the charge («لإدانته في قضية», «بإدانته بتهمة»)


def _key(doc: Doc, t: int) -> str:
    return bare(doc.tokens[t].norm_key, "court_words", "conviction_cues")


PASSIVE_REACH = 5  # words after «أدين» read for the charge or the penalty («وأدين الطبيب فلان الفلاني بتهمة»)


def _passive_convicted(doc: Doc, hit: Hit, b: int) -> bool:
    """Whether ``hit`` is «أدين» with a charge or a penalty (``conviction_cues``) within ``PASSIVE_REACH`` words in
    its clause («وأدين فلان بتهمة الاحتيال», «أدين بالسجن»; not the first person «أدين بشدة هذا العمل»)."""
    if doc.tokens[hit.i].norm_key.removeprefix("و") != PASSIVE:
        return False
    for t in range(hit.j + 1, min(b, hit.j + 1 + PASSIVE_REACH)):
        if clause_stop(doc.tokens[t].text):
            return False
        if _key(doc, t) in fw("conviction_cues"):
            return True
    return False


def court_conviction(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """Whether the condemnation ``hit`` is a court's verdict: a verb whose subject is a court (``court_words``
    within ``COURT_REACH`` words after it), or a noun after «ثبوت» or before a charge («في قضية», «بتهمة»:
    ``conviction_cues`` or «في قضية» within ``CUE_REACH`` words)."""
    if hit.entry.id != "condemn" or ("دان" not in hit.cand.key and "دين" not in hit.cand.key):
        return False  # («ندد», «استنكر»: words only)
    if hit.pos == "V" and _passive_convicted(doc, hit, b):
        return True  # round ev970: «وأدين فلان بتهمة الاحتيال»: convicted, the court unsaid
    if hit.pos == "V":
        for t in range(hit.j + 1, min(b, hit.j + 1 + COURT_REACH)):
            if clause_stop(doc.tokens[t].text):
                return False
            if _key(doc, t).removeprefix("ال") in fw("court_words") or _key(doc, t) in fw("court_words"):
                return True
        return False
    if hit.i - 1 >= a and _key(doc, hit.i - 1) == "ثبوت":
        return True
    for t in range(hit.j + 1, min(b, hit.j + 1 + CUE_REACH)):
        if clause_stop(doc.tokens[t].text):
            return False
        if _key(doc, t) in fw("conviction_cues") or (_key(doc, t) == "في" and t + 1 < b
                                                      and _key(doc, t + 1) in CASES):
            return True
    return False


CONDEMNATIONS = ("condemn", "convict")


def court_sequel(doc: Doc, hit: Hit, events: list[Event]) -> bool:
    """Round 37: «وأدانت المحكمة رجلا ... كما أدانت شخصا آخر»: a condemnation verb with no subject of its own
    (the caller checks) whose paragraph's last condemnation or conviction before it was a court's carries the
    court reading."""
    if hit.entry.id != "condemn" or hit.pos != "V":
        return False
    at = doc.tokens[hit.i].start
    para = next((p for p in doc.paragraphs if p.start <= at < p.end), None)
    last = None
    for ev in events:
        if ev.trigger.start < at and (para is None or para.start <= ev.trigger.start) \
                and ev.attrs.get("trigger_id") in CONDEMNATIONS:
            last = ev
    return last is not None and last.attrs.get("trigger_id") == "convict"


@lru_cache(maxsize=8)
def conviction(entry: Entry) -> Entry:
    """``entry`` (a condemnation) recoded as a court's conviction: legal action, CAMEO 173."""
    return replace(entry, id="convict", code=LEGAL_ACTION, plover=plover_of(LEGAL_ACTION))
