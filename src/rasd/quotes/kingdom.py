"""Round 52: «المملكة» alone in the words of a Saudi news article («حسبما أعلنت المملكة», «وأعلنت المملكة أن») is
the kingdom the paper writes from, Saudi Arabia: the article's entity of that state, where the article names it."""

from __future__ import annotations

from ..doc import Doc
from ..events.forms import nkey
from ..events.gentilics import country_entity

HOME_STATE = "SAU"  # the state whose papers make the corpus (SaudiNewsNet): «المملكة» of their own words
_KINGDOM = nkey("المملكة")
HOME_REACH = 3  # tokens after an «according» cue («حسبما أعلنت المملكة») to the kingdom


def home_kingdom(doc: Doc, u: int) -> str | None:
    """The home state's entity where the token at ``u`` is «المملكة» with no name or adjective after it (not
    «المملكة المتحدة», «المملكة الأردنية»); None otherwise, or where the article does not name the state."""
    if u < 0 or u >= len(doc.tokens) or doc.tokens[u].norm_key != _KINGDOM:
        return None
    if u + 1 < len(doc.tokens) and doc.tokens[u + 1].norm_key.startswith("ال"):
        return None
    if any(m.start <= doc.tokens[u].start < m.end for m in doc.mentions):
        return None  # a name the entity layer read with it
    state = country_entity(doc, HOME_STATE)
    return state.id if state is not None else None


def according_kingdom(doc: Doc, t: int) -> str | None:
    """«حسبما أعلنت المملكة»: the home state where «المملكة» stands within HOME_REACH tokens after the «according»
    cue at ``t``, before any punctuation."""
    for u in range(t + 1, min(len(doc.tokens), t + 1 + HOME_REACH)):
        if not doc.tokens[u].text[:1].isalpha():
            return None
        found = home_kingdom(doc, u)
        if found is not None:
            return found
    return None
