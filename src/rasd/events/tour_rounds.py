"""Round 182: «جولة» is a visit (042) only with a traveller or places.

- «واستبقت اللجنة هذه الجولة بعقد اجتماعات»: a «جولة» visit event with no source (nor source_text), no target and no place, no
  possessive pronoun on it (a traveller: «جولته») and no «إلى» or visit word after it in its clause (places:
  «جولة ثانية من زيارات ... إلى دول») is a round of something told before (talks), not travel: no event.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import fw, nkey
from .word_tests import clause_stop

TOUR_CLAUSE = 10  # words after «جولة» read for «إلى» or a visit word


def _idle_tour(doc: Doc, e: Event) -> bool:
    if e.code != "042" or e.source is not None or e.target is not None or e.location is not None \
            or e.attrs.get("source_text"):
        return False  # (an unnamed traveller: «بدأ الوزير جولات في المنطقة»)
    spans = e.triggers or [e.trigger]
    if not all(nkey(doc.text[s.start : s.end]).lstrip("و").removeprefix("ال").startswith("جول") for s in spans):
        return False
    i = doc.token_at(e.trigger.start)
    if i is None or any(w.kind == "enclitic" for w in doc.tokens[i].words):
        return False
    for t in range(i + 1, min(len(doc.tokens), i + 1 + TOUR_CLAUSE)):
        text = doc.tokens[t].text
        if clause_stop(text):
            break
        if nkey(text).lstrip("و") in fw("tour_places_words"):
            return False
    return True


def idle_tours(doc: Doc, events: list[Event]) -> list[Event]:
    """The ``events`` less the «جولة» visits with no traveller and no places."""
    return [e for e in events if not _idle_tour(doc, e)]
