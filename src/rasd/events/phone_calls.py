"""Round ev901: a call told as made by telephone is CAMEO 041 (discuss by telephone), not the plain 040 (consult).

«جرى اتصال هاتفي بين X وY», «تلقى X اتصالا هاتفيا من Y», «أجرى X اتصالا هاتفيا مع Y», «في اتصال هاتفي
بالرئيس»: an event of a call trigger (``CALLS``) still coded 040 once every other pass has read it, with a word of
telephone (function words ``phone_words``) in its trigger or within ``PHONE_REACH`` words after it, is recoded 041
(PLOVER CONSULT, as 040); so is a 040 event that a telephone call joined as one of its triggers («وبحث الملك
في اتصال هاتفي مع الرئيس»: the talks were held by telephone). The recoding is the stage's last step, so that the passes that read a meeting's 040 (its
parties, its day, its duplicates) read the call as before. A call with no word of telephone («اتصال تلقاه من»,
«أجرى اتصالا بنظيره») stays 040, and a phone interview with the press is no event at all
(:mod:`.press_calls`).
"""

from __future__ import annotations

from ..doc import Doc, Event, Span
from .bombings import STOPS
from .forms import fw, keys_of, nkey
from .lexicon import plover_of

CONSULT = "040"
BY_PHONE = "041"  # CAMEO discuss by telephone
CALLS = ("phone", "phone_relative", "phone_made", "phone_recv", "phone_recv_vso")  # the call triggers
CALL_NOUNS = frozenset(nkey(w) for w in ("اتصال", "اتصالا", "الاتصال"))  # a call joined to another trigger
PHONE_REACH = 2  # words after the trigger read for «هاتفي» («تلقى الأمير اتصالا هاتفيا»: past the call noun)


def _phone_span(doc: Doc, span: Span) -> bool:
    """Whether a word of telephone is in the trigger ``span`` or within ``PHONE_REACH`` words after it, in its
    clause."""
    i, j = doc.token_at(span.start), doc.token_at(span.end - 1)
    if i is None or j is None:
        return False
    for t in range(i, min(len(doc.tokens), j + 1 + PHONE_REACH)):
        key = doc.tokens[t].norm_key
        if t > j and key in STOPS:
            return False
        if key.removeprefix("و") in fw("phone_words"):
            return True
    return False


def _call_noun(doc: Doc, span: Span) -> bool:
    i = doc.token_at(span.start)
    return i is not None and not keys_of(doc.tokens[i]).isdisjoint(CALL_NOUNS)


def _by_phone(doc: Doc, ev: Event) -> bool:
    """A 040 event of a call trigger told by telephone, or one a telephone call joined («وبحث الملك في اتصال هاتفي
    مع الرئيس»: the talks were held by telephone)."""
    if ev.code != CONSULT:
        return False
    if ev.attrs.get("trigger_id") in CALLS and _phone_span(doc, ev.trigger):
        return True
    return any(span != ev.trigger and _call_noun(doc, span) and _phone_span(doc, span) for span in ev.triggers)


def by_telephone(doc: Doc, events: list[Event]) -> None:
    """Recode the calls of ``events`` told as made by telephone 041 (see the module)."""
    for ev in events:
        if _by_phone(doc, ev):
            ev.code = BY_PHONE
            ev.plover = plover_of(BY_PHONE)


__all__ = ["by_telephone"]
