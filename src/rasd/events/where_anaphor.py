"""Round 173: an act of force aimed at «المدينة/البلدة/القرية» (function words ``town_anaphors``) with no place of
its own is where the one town named before it is (see ``where_carry.carried_places``); narrow: a null is better
than a wrong place.

- «في حرض، قالت المصادر إن الطائرات شنت أعنف قصف على المدينة»: the town fronted at the start of the sentence;
- «دخلت القوات مدينة حرض أمس. وشنت الطائرات أعنف قصف على المدينة»: the town named with «مدينة» in the sentence
  before, where the sentence of the act names no place before it.
One candidate only: a sentence naming two places that are not countries (a town and its province) gives none.

Round lo464 (``witnessed_town_places``): a noun act witnessed by «المدينة» («بعد مظاهرة شهدتها المدينة», «الهجمات
التي شهدتها البلدة») is where the one town named with «مدينة/بلدة» before it in its sentence is («من مدينة الحلة،
مركز محافظة بابل ... بعد مظاهرة شهدتها المدينة»: the province is not named with «مدينة»).

Also (``visit_conjunct_places``): a meeting noun joined by «و» right after the place of a visit («نتائج زيارة ولي
العهد لمصر واجتماعه مع الرئيس») was held where the visit went."""

from __future__ import annotations

from ..doc import Doc, Entity, Event
from .forms import PLACES, fw, nkey
from .where_witness import witness_verb_after
from .word_tests import clause_stop

FORCE = ("18", "19", "20")  # assault, fight, mass violence
ANAPHOR_REACH = 4  # tokens from the act to «على المدينة» («أعنف قصف لقوات التحالف على المدينة»)
AT = ("علي", "في")  # the preposition before the town word (keys)


def _town_word_after(doc: Doc, k: int) -> str | None:
    """The town word («مدينه») of «على/في المدينة» or «بالمدينة» within reach after token ``k`` in its clause."""
    toks = doc.tokens
    anaphors = {nkey(w) for w in fw("town_anaphors")}
    for t in range(k + 1, min(len(toks), k + 1 + ANAPHOR_REACH)):
        if clause_stop(toks[t].text):
            return None
        key = toks[t].norm_key.removeprefix("و")
        if key in AT and t + 1 < len(toks) and toks[t + 1].norm_key in anaphors:
            return toks[t + 1].norm_key.removeprefix("ال")
        if key.startswith("ب") and key[1:] in anaphors:
            return key[1:].removeprefix("ال")
    return None


def _non_countries(doc: Doc, lo: int, hi: int) -> list[tuple[Entity, int]]:
    """(place entity that is not a country, token of its first mention) named in the text lo..hi."""
    found: dict[str, tuple[Entity, int]] = {}
    for e in doc.entities:
        if e.type not in PLACES or e.actor is not None:
            continue
        for m in e.mentions:
            k = doc.token_at(m.start)
            if lo <= m.start < hi and k is not None and e.id not in found:
                found[e.id] = (e, k)
    return list(found.values())


def _after_word(doc: Doc, k: int, word: str) -> bool:
    """Whether the mention at token ``k`` follows the place word ``word`` («مدينه» before «حرض»)."""
    return k > 0 and doc.tokens[k - 1].norm_key.removeprefix("و").removeprefix("ب").removeprefix("في") == word


def _fronted(doc: Doc, k: int, sent_start: int) -> bool:
    """Whether the mention at token ``k`` is fronted «في X،» at the start of its sentence."""
    first = doc.token_at(sent_start)
    return first is not None and k == first + 1 and doc.tokens[first].norm_key.removeprefix("و") == "في" \
        and k + 1 < len(doc.tokens) and doc.tokens[k + 1].text in ("،", ",")


def town_anaphor_places(doc: Doc, events: list[Event]) -> None:
    """An act of force with no place, «على/في المدينة» right after it, takes the one town named before it."""
    for ev in events:
        if ev.location is not None or not ev.code.startswith(FORCE):
            continue
        e = doc.token_at(ev.trigger.end - 1)
        word = _town_word_after(doc, e) if e is not None else None
        if word is None:
            continue
        here = _non_countries(doc, ev.sentence.start, ev.trigger.start)
        if here:
            if len(here) == 1 and (_fronted(doc, here[0][1], ev.sentence.start)
                                   or _after_word(doc, here[0][1], word)):
                ev.location = here[0][0].id
            continue
        prev = [s for s in doc.sentences if s.end <= ev.sentence.start]
        there = _non_countries(doc, prev[-1].start, prev[-1].end) if prev else []
        if len(there) == 1 and _after_word(doc, there[0][1], word):
            ev.location = there[0][0].id


def witnessed_town_places(doc: Doc, events: list[Event]) -> None:
    """A noun act with no place witnessed by a town word right after its verb of witnessing («مظاهرة شهدتها
    المدينة»: :func:`where_witness.witness_verb_after`) takes the one town named after that word before it in its
    sentence (module docstring)."""
    anaphors = {nkey(w) for w in fw("town_anaphors")}
    for ev in events:
        i, j = doc.token_at(ev.trigger.start), doc.token_at(ev.trigger.end - 1)
        if ev.location is not None or ev.attrs.get("pos") != "N" or i is None or j is None:
            continue
        verb = witness_verb_after(doc, i, j)
        if verb is None or verb + 1 >= len(doc.tokens) or doc.tokens[verb + 1].norm_key not in anaphors:
            continue
        word = doc.tokens[verb + 1].norm_key.removeprefix("ال")
        named = [e for e, k in _non_countries(doc, ev.sentence.start, ev.trigger.start) if _after_word(doc, k, word)]
        if len(named) == 1:
            ev.location = named[0].id


MEETINGS = "04"  # consult, visit, negotiate
VISIT = "042"


def visit_conjunct_places(doc: Doc, events: list[Event]) -> None:
    """A meeting noun with no place, «و» glued to it and a pronoun for the visitor, right after the mention of a visit's place (the visit told
    before it in its sentence) takes that place."""
    for ev in events:
        if ev.location is not None or not ev.code.startswith(MEETINGS) or ev.code.startswith(VISIT) \
                or ev.attrs.get("pos") != "N":
            continue
        k = doc.token_at(ev.trigger.start)
        if k is None or k == 0 or not doc.tokens[k].text.startswith("و") \
                or not doc.tokens[k].text.endswith(("ه", "ها", "هم", "هما")):
            continue  # (the visitor's own meeting, «واجتماعه»; not another's: «ومحادثات الوزير»)
        prev = doc.tokens[k - 1]
        for o in events:
            if not o.code.startswith(VISIT) or o.location is None or o.sentence.start != ev.sentence.start \
                    or o.trigger.start >= prev.start:
                continue
            place = doc.entity(o.location)
            if place is not None and any(m.end == prev.end and m.start >= prev.start for m in place.mentions):
                ev.location = o.location
                break


HER_REACH = 3  # tokens from a visit noun to «لها» (one adjective between: «زيارته الأولى لها»)


def visited_her_places(doc: Doc, events: list[Event]) -> None:
    """Round 207: a visit noun (CAMEO 042) with no place whose target is the country «لها» stands for, past at most
    one adjective («منذ زيارته الأولى لها»: see ``gentilics``), went there: that country is its place."""
    for ev in events:
        if ev.location is not None or ev.code != VISIT or ev.target is None or ev.attrs.get("pos") != "N" \
                or not ev.attrs.get("target_people"):
            continue
        place = doc.entity(ev.target)
        first = doc.token_from(ev.trigger.end)
        if place is None or place.type not in PLACES or first is None:
            continue
        if any(doc.tokens[k].norm_key in fw("pronoun_her")
               for k in range(first, min(len(doc.tokens), first + HER_REACH)) if doc.tokens[k].start < ev.sentence.end):
            ev.location = place.id
