"""Round 181: the doer of an act told by a noun that a verb of permission or a «الذي ... فيه» clause leaves unsaid.

- «وسمحت الحرب لتنظيم «داعش» بالسيطرة على أراض»: a masdar with «بـ» right after «سمح لـX» (function words
  ``permission_verbs``; X a person or body named, or a country) is done by X, the one allowed, not by the one who
  allows. Not where a comma or another verb stands between, nor where X is a pronoun («سمح لها بـ»).
- «انتقد الوزير فلان ...، في الوقت الذي طالب فيه بإجراء حوار»: a verb right after «الذي/التي» that follows «في +
  الوقت/حين» (function words ``conjunctive_heads``) and is followed by «فيه/فيها» and then a preposition or «أن» (no
  subject of its own) has the subject of the sentence's main verb before it: the nearest earlier event of the
  sentence with a source (entity or phrase) whose gender fits the verb (a man with a verb in «يـ» or no «ـت», a body
  or a woman with «تـ/ـت»).
"""

from __future__ import annotations

from ..doc import Doc, Event
from ..text.verb_gender import feminine_verb_strict
from .forms import fw_keys, nkey
from .source_set import copy_phrase, name_party
from .word_tests import clause_stop, defective_past, entity_within, past_conjunction

REACH = 6  # tokens from the masdar back to the verb of permission
ACTORS = ("PERSON", "ORGANIZATION")
IN_IT = frozenset(nkey(w) for w in ("فيه", "فيها"))


def _permitted_doer(doc: Doc, ev: Event, k: int) -> None:
    if not doc.tokens[k].norm_key.startswith("ب"):
        return
    for v in range(k - 1, max(-1, k - REACH - 1), -1):
        tok = doc.tokens[v]
        if clause_stop(tok.text):
            return
        if past_conjunction(tok.norm_key) not in fw_keys("permission_verbs"):
            continue
        lam = next((t for t in range(v + 1, k) if doc.tokens[t].norm_key.startswith("ل")), None)
        if lam is None:
            return  # (the one who allows may stand between: «سمحت الحرب لتنظيم داعش»)
        for t in range(lam, min(k, lam + 3)):
            ent = entity_within(doc, t)
            if ent is not None:
                if (ent.type in ACTORS or ent.actor is not None) and ent.id != ev.target:
                    name_party(ev, "source", ent.id)
                return
        return


def _fits(doc: Doc, rep: Event, feminine: bool) -> bool:
    if rep.source is None:
        return not feminine  # an unnamed phrase: a man's title («وزير الخارجية») with a verb in «يـ»
    ent = doc.entity(rep.source)
    if ent is None:
        return False
    if ent.type == "PERSON":
        return (ent.attrs.get("gender") == "f") == feminine
    return ent.type == "ORGANIZATION" or ent.actor is not None


def _while_subject(doc: Doc, events: list[Event], ev: Event, k: int) -> None:
    if k < 3 or k + 2 >= len(doc.tokens) or doc.tokens[k - 1].norm_key not in fw_keys("singular_relatives"):
        return
    head = doc.tokens[k - 2].norm_key
    if head not in fw_keys("conjunctive_heads") or not doc.tokens[k - 3].norm_key.endswith("في"):
        return
    if doc.tokens[k + 1].norm_key not in IN_IT:
        return
    nxt = doc.tokens[k + 2].norm_key
    if not (nxt[:1] in ("ب", "ل") or nxt in fw_keys("prepositions") or nxt in ("ان", "أن", "إلى", "الى", "على")):
        return
    verb = doc.tokens[k].norm_key
    if verb.endswith(("وا", "ون")) or (verb.endswith("ا") and not defective_past(doc.tokens[k].text)):
        return  # a plural or dual verb: not the one subject before
    feminine = feminine_verb_strict(verb)
    start = doc.tokens[k - 3].start
    rep = max((e for e in events if e.sentence == ev.sentence and e.trigger.start < start and e is not ev
               and e.attrs.get("pos") == "V" and (e.source is not None or isinstance(e.attrs.get("source_span"), list))),
              key=lambda e: e.trigger.start, default=None)
    if rep is None or not _fits(doc, rep, feminine):
        return
    if rep.source is not None:
        if rep.source == ev.target:
            return
        name_party(ev, "source", rep.source)
    else:
        copy_phrase(ev, "source", rep)


def permitted_doers(doc: Doc, events: list[Event]) -> None:
    """The doer of a masdar after «سمح لـX بـ», the subject of «في الوقت الذي + verb + فيه» (module docstring)."""
    for ev in events:
        if ev.source is not None or isinstance(ev.attrs.get("source_span"), list):
            continue
        k = doc.token_at(ev.trigger.start)
        if k is None:
            continue
        if ev.attrs.get("pos") == "N":
            _permitted_doer(doc, ev, k)
        elif ev.attrs.get("pos") == "V":
            _while_subject(doc, events, ev, k)
