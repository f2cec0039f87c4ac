"""Round 175: the one a causative verb makes keen or reluctant about an act is the act's doer. «وقد يجعل ذلك
الأوروبيين أكثر ترددًا حيال إعادة فرض عقوبات ضد طهران»: an act with no source that follows a preposition of
attitude (function words ``attitude_prepositions``: «حيال», «تجاه», «إزاء»; at most one word between: «إعادة») is done
by the object of a causative verb (function words ``causative_verbs``: «يجعل») a few words before, past a
demonstrative subject («ذلك»). The object must be a name (its entity), a people's plural of a country the article
names (that country), or a people's plural of a region or a union («الأوروبيين»: the phrase, no entity is made up);
a common noun («المواطنين») gives nothing.
"""

from __future__ import annotations

from ..doc import Doc, Event
from ..entities import gazetteer
from .forms import fw, fw_keys, nkey
from .gentilics import country_entity, people_country
from .word_tests import clause_stop, entity_within

PREP_REACH = 3  # words from the preposition of attitude to the act («حيال إعادة فرض»)
VERB_REACH = 6  # words from the causative verb to the preposition («يجعل ذلك الأوروبيين أكثر ترددًا حيال»)
DEMONSTRATIVES = frozenset(nkey(w) for w in ("ذلك", "هذا", "هذه", "تلك", "الأمر"))


def _regional_people(word: str) -> bool:
    """A definite people's plural of a region or a union («الأوروبيين», «الأفارقة» not covered): «ال...يين/يون»
    whose «...ي» is an international adjective (function words ``international_adjectives``) or a country's."""
    key = nkey(word)
    if not key.startswith("ال") or len(key) <= 6 or not key.endswith(("يين", "يون")):
        return False
    adjective = key[:-3] + "ي"
    return adjective in fw_keys("international_adjectives") or adjective in gazetteer.load().nisba


def _preposition_before(doc: Doc, k: int) -> int | None:
    for t in range(k - 1, max(-1, k - 1 - PREP_REACH), -1):
        text = doc.tokens[t].text
        if clause_stop(text):
            return None
        if nkey(text).removeprefix("و") in fw_keys("attitude_prepositions"):
            return t
    return None


def _made_object(doc: Doc, p: int) -> int | None:
    """The object of the causative verb a few words before the preposition at ``p``."""
    for t in range(p - 1, max(-1, p - 1 - VERB_REACH), -1):
        text = doc.tokens[t].text
        if clause_stop(text):
            return None
        if text in fw("causative_verbs") or nkey(text) in fw_keys("causative_verbs"):
            o = t + 1
            if o < p and doc.tokens[o].norm_key in DEMONSTRATIVES:
                o += 1
            return o if o < p else None
    return None


def made_actors(doc: Doc, events: list[Event]) -> None:
    """Give an act of attitude's object its source (module docstring)."""
    for ev in events:
        if ev.source is not None or ev.attrs.get("source_span"):
            continue
        k = doc.token_at(ev.trigger.start)
        p = _preposition_before(doc, k) if k is not None else None
        o = _made_object(doc, p) if p is not None else None
        if o is None:
            continue
        word = doc.tokens[o].text
        ent = entity_within(doc, o)
        if ent is None:
            iso = people_country(word)
            ent = country_entity(doc, iso) if iso is not None else None
        if ent is not None:
            if ent.id != ev.target:
                ev.source = ent.id
        elif _regional_people(word):
            ev.attrs["source_span"] = [doc.tokens[o].start, doc.tokens[o].end]
            ev.attrs["source_text"] = word
