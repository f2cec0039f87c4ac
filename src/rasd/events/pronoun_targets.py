"""Round 113: a target said by a singular pronoun, for an event the argument rules left with none.

- «وضرورة محاسبتها وفرض عقوبات عليها»: a preposition of the trigger's frame that aims an act («على», «ضد») with a
  pronoun on it («عليها», «ضده»), within ``REACH`` words after the trigger and no comma, verb or clause break before
  it, stands for the one entity named before it that the pronoun agrees with (``named.referent``: a person or a
  masculine body for «ـه», a state or a feminine body for «ـها»); only for acts aimed at parties (CAMEO 11–17:
  criticism, rejection, threats, protest, sanctions, coercion; not force or seizure, whose «عليها» is mostly a
  town), and not where a place other than a country is named between that entity and the pronoun; after a statement
  noun, whose own pronoun is who makes it (no object), any such preposition («وإعلانه الحرب عليه»).
- «القبض على فلان أو قتله»: an act of force on persons (CAMEO 17–19) with a singular object pronoun on it, right
  after «أو/و», is done to that one entity too.

- ev434: «أن يتم اعتقاله إداريا»: an act of force on persons (CAMEO 17–19) said as a masdar right after «تم/يتم/جرى»
  (``passive.after_tamm``) with a singular pronoun on it is done to the one it stands for (``named.referent``, else
  for «ـه» the person named last before it, ``named.nearest_person``).

- round 132: «بإعدام فلان لإدانته في قضية»: a coercive noun act (CAMEO 17) with «لـ» and a singular pronoun and no
  object after it, right after the name of an agreeing person or body, is done to that one (``_lam_masdar``).

- ev952: «صدام حسين يحشد قواته ...، ويهدد أمنها», «ويشجب إسرائيل ويطالبها بفتح»: a verb of demand or threat
  (CAMEO 10, 13) with a singular object pronoun on it, or a threat whose object right after it is a noun of what a
  party holds as its own (``threatened_own_nouns``: «أمنها», «استقراره») with that pronoun, is aimed at the one
  entity the pronoun agrees with (``named.referent``); not right after a relative pronoun or «من/ما», whose
  pronoun resumes the antecedent («المواقع التي استهدفها»).

Nothing where none or more than one entity agree, or it is the event's own source: a null is better than a wrong
party.
"""

from __future__ import annotations

from ..doc import Doc, Entity, Event
from ..text.normalize import COMMAS
from .forms import PLACES, fw, nkey
from .lexicon import match_token
from .named import nearest_person, referent
from .passive import after_tamm
from .source_set import name_party
from .word_tests import breaks_between, enclitic, finite_verb

AIMING = (nkey("على"), nkey("ضد"))  # (keys) the prepositions of a frame that aim an act at a party
REACH = 4  # words from the trigger to the preposition
FORCE = ("17", "18", "19")
SAID = ("010", "011", "012", "013", "014", "015", "016")  # CAMEO: statements, whose pronoun is who makes them
AIMED_CODES = ("11", "12", "13", "14", "16", "17")  # CAMEO: acts whose «عليه/ضده» is a party, not a place
OR_AND = (nkey("أو"), "و")


def _aimed_pronoun(doc: Doc, k: int, end: int, said: bool) -> int | None:
    """The token of «عليها/ضده» within ``REACH`` words after the trigger at ``k`` that the trigger's frame takes (any
    where ``said``: «وإعلانه الحرب عليه», what is declared is aimed at him)."""
    hit = match_token(doc.tokens, k)
    if hit is None:
        return None
    for t in range(hit.j + 1, min(end, hit.j + 1 + REACH)):
        tok = doc.tokens[t]
        if tok.text in COMMAS or finite_verb(tok) or breaks_between(doc, t, t + 1):
            return None
        words = tok.words
        if len(words) == 2 and words[0].kind == "stem" and words[1].kind == "enclitic":
            key = words[0].norm
            if key in AIMING and (said or key in hit.entry.preps) and words[1].norm in ("ه", "ها"):
                return t
            return None
    return None


def _coordinated_pronoun(doc: Doc, ev: Event, k: int, first: int) -> int | None:
    """The trigger at ``k`` itself, an act of force with a pronoun right after «أو/و» («أو قتله», «واعتقاله»)."""
    if not ev.code.startswith(FORCE) or k <= first:
        return None
    hit = match_token(doc.tokens, k)
    if hit is None or (hit.cand.enclitic or enclitic(doc.tokens[k])) not in ("ه", "ها"):
        return None
    prev = doc.tokens[k - 1].norm_key
    if prev in OR_AND and not hit.cand.proclitics:
        return k
    return k if hit.cand.proclitics == ("و",) and prev not in COMMAS else None


def _lam_masdar(doc: Doc, ev: Event, k: int, end: int) -> Entity | None:
    """«بإعدام فلان لإدانته في قضية»: the name right before «لـ» + a coercive masdar with its pronoun (module
    docstring); None where a bare word follows it (its object: the pronoun is then who acts)."""
    tok = doc.tokens[k]
    if not ev.code.startswith("17") or ev.attrs.get("pos") != "N" or k < 1 or len(tok.words) != 3:
        return None
    if tok.words[0].norm != "ل" or enclitic(tok) not in ("ه", "ها"):
        return None
    if k + 1 < end and doc.tokens[k + 1].norm_key not in fw("prepositions") and doc.tokens[k + 1].text not in COMMAS:
        return None
    before = doc.tokens[k - 1]
    for m in doc.mentions:
        ent = doc.entity(m.entity) if m.entity is not None and m.end == before.end else None
        if ent is not None and (ent.type == "PERSON" or enclitic(tok) == "ها" and ent.attrs.get("kind") == "country"):
            return ent if ent.id != ev.source else None
    return None


def _tamm_pronoun(doc: Doc, ev: Event, k: int, first: int) -> int | None:
    """The trigger at ``k`` itself, a masdar of force with a singular pronoun right after «تم/يتم» («يتم اعتقاله»)."""
    if not ev.code.startswith(FORCE) or ev.attrs.get("pos") != "N":
        return None
    hit = match_token(doc.tokens, k)
    if hit is None or (hit.cand.enclitic or enclitic(doc.tokens[k])) not in ("ه", "ها"):
        return None
    return k if after_tamm(doc, hit, first) else None


OBJECT_CODES = ("10", "13")  # CAMEO: demand, threaten: a verb whose object pronoun is a party
THREAT = "13"
RESUMING = (nkey("من"), nkey("ما"))  # free relatives whose clause's pronoun resumes them


def _verb_object(doc: Doc, ev: Event, k: int, first: int, end: int) -> int | None:
    """The token with the pronoun that stands for the party a verb of demand or threat at ``k`` is aimed at: the
    verb itself («ويطالبها»), or for a threat the noun of its own right after it («ويهدد أمنها»)."""
    if not ev.code.startswith(OBJECT_CODES) or ev.attrs.get("pos") != "V":
        return None
    hit = match_token(doc.tokens, k)
    if hit is None or hit.j != k:
        return None
    rels = fw("relatives")
    if any(doc.tokens[i].norm_key in rels or doc.tokens[i].norm_key in RESUMING for i in range(max(first, k - 2), k)):
        return None
    if (hit.cand.enclitic or enclitic(doc.tokens[k])) in ("ه", "ها"):
        return k
    if not ev.code.startswith(THREAT) or k + 1 >= end:
        return None
    words = doc.tokens[k + 1].words
    if len(words) == 2 and words[0].kind == "stem" and words[1].kind == "enclitic" and words[1].norm in ("ه", "ها") \
            and words[0].norm in fw("threatened_own_nouns"):
        return k + 1
    return None


def _place_between(doc: Doc, ent: Entity, t: int) -> bool:
    """A place other than a country named between the last mention of ``ent`` before token ``t`` and ``t``: the
    pronoun may stand for it («سيطرة ... على مدينة ...، ثم فرض حصار عليها»)."""
    at = doc.tokens[t].start
    last = max((m.end for m in ent.mentions if m.end <= at), default=-1)
    return any(m.entity is not None and last <= m.start and m.end <= at and m.type in PLACES and (
        (other := doc.entity(m.entity)) is None or other.attrs.get("kind") != "country") for m in doc.mentions)


def pronoun_targets(doc: Doc, events: list[Event]) -> None:
    """Give an event with no target the one entity its frame's pronoun stands for (module docstring)."""
    for ev in events:
        if ev.target is not None:
            continue
        k = doc.token_at(ev.trigger.start)
        first = doc.token_at(ev.sentence.start)
        end = doc.token_from(ev.sentence.end) or len(doc.tokens)
        if k is None or first is None:
            continue
        said = ev.code in SAID and ev.attrs.get("pos") == "N"
        t = _aimed_pronoun(doc, k, end, said) if ev.code.startswith(AIMED_CODES) or said else None
        rule = "aimed"
        if t is None and ev.attrs.get("target_span") is None:
            t, rule = _coordinated_pronoun(doc, ev, k, first), "coordinated"
        if t is None and ev.attrs.get("target_span") is None:
            t, rule = _tamm_pronoun(doc, ev, k, first), "tamm"
        if t is None:
            t, rule = _verb_object(doc, ev, k, first, end), "verb_object"
            span = ev.attrs.get("target_span")
            if t is not None and span is not None and not (t > k and list(span)[0] == doc.tokens[t].start):
                t = None  # (only the owned noun itself may stand as the unnamed phrase: «أمنها»)
        lam = _lam_masdar(doc, ev, k, end) if t is None and ev.attrs.get("target_span") is None else None
        if lam is not None:
            t, rule = k, "lam"
        if t is None:
            continue
        ent = lam or referent(doc, t, ev.source, first)
        if ent is None and rule == "tamm":
            ent = nearest_person(doc, t, ev.source, first, enclitic(doc.tokens[t]))
        if ent is None or ent.id == ev.source or _place_between(doc, ent, t):
            continue
        name_party(ev, "target", ent.id)
        ev.attrs["target_pronoun"] = rule
