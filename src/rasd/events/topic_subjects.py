"""Round 178: a named person or body that opens its sentence, after at most a few words of its title and set off
by a comma right before the verb, is the subject of that verb: «المحلل السياسي فلان، امتدح خلال حديث ...». The
argument rules read no subject after such a verb and carry one from an earlier sentence; the name before the comma
replaces a source named nowhere in the sentence (or none). The words before the name are titles (function words
``titles`` and its kin) or words with the article. Nothing where a preposition or a particle stands among
the words before the name («وفي حديث مع فلان، أكد»: no subject), where another trigger does, or where the name is
the event's target."""

from __future__ import annotations

from ..doc import Doc, Event
from ..text.normalize import COMMAS
from .forms import fw, fw_keys
from .source_set import name_party
from .word_tests import mention_holding, past_conjunction

TITLE_WORDS = 6  # at most this many words before the name in its sentence («المحلل السياسي السعودي»)
ACTORS = ("PERSON", "ORGANIZATION")


def _plain_title(doc: Doc, a: int, first: int, triggers: set[int]) -> bool:
    """Tokens ``a``..``first - 1`` are a few title words (each a title of the function-word lists or a word with the
    article): no preposition, particle, break nor trigger."""
    if first - a > TITLE_WORDS:
        return False
    stops = fw("prepositions") | fw("particles") | fw("circumstance_preps") | fw("clause_breaks")
    for t in range(a, first):
        tok = doc.tokens[t]
        key = tok.norm_key
        key = past_conjunction(key, 2)
        if t in triggers or tok.text in stops or key in stops or not (key.startswith("ال") or key in _titles()):
            return False  # («ووفقا لإحصاءات وكالة «رويترز»، قتل»: no title)
    return True


def _titles() -> frozenset[str]:
    return fw_keys("titles") | fw_keys("speaker_titles") | fw_keys("titles_of_visitors") \
        | fw_keys("academic_titles") | fw_keys("founder_roles")


def _named_in(doc: Doc, eid: str, start: int, end: int) -> bool:
    ent = doc.entity(eid)
    return ent is not None and any(start <= m.start < end for m in ent.mentions)


def topic_subjects(doc: Doc, events: list[Event]) -> None:
    """Give a verb right after a comma the name that opens its sentence before that comma (module docstring)."""
    triggers = {doc.token_at(ev.trigger.start) for ev in events}
    trigger_tokens = {t for t in triggers if t is not None}
    for ev in events:
        if ev.attrs.get("pos") != "V":
            continue
        if ev.source is not None and _named_in(doc, ev.source, ev.sentence.start, ev.sentence.end):
            continue
        k = doc.token_at(ev.trigger.start)
        span = doc.token_range(ev.sentence)
        a = span.start if len(span) else None
        if k is None or a is None or k - 2 < a or doc.tokens[k - 1].text not in COMMAS:
            continue
        m = mention_holding(doc, k - 2)
        if m is None or m.entity is None or m.type not in ACTORS or m.end != doc.tokens[k - 2].end \
                or m.entity == ev.target:
            continue
        first = doc.token_at(m.start)
        if first is None or not _plain_title(doc, a, first, trigger_tokens):
            continue
        name_party(ev, "source", m.entity)
