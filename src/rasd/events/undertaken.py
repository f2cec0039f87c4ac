"""Round 161: «أقدم X على <act>»: the one who undertakes the act does it. «وأقدم متظاهرون على قطع الطريق
الدولية», «أقدمت عصابة إرهابية، فجر أمس، على إحراق منزل»: an event whose trigger stands right after «على», with a
verb of undertaking (function words ``undertaking_verbs``) before it in the sentence, has as its source the phrase
between that verb and the first comma or «على» after it: the entity named there, else that phrase (a source read
elsewhere, such as a word after a verb-read trigger, «الدولية», is dropped). Nothing where the verb has no phrase of
its own («ما أقدمت عليه القوات»: «عليه» is no «على» before a trigger), or the phrase is the event's target.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import fw_keys, nkey
from .shared_time import open_between
from .source_set import copy_phrase, drop_phrase, set_phrase
from .word_tests import OBJECT_PRONOUNS, clause_break, enclitic, entity_at

REACH = 14  # tokens before «على» read for the verb
CHAIN_REACH = 6  # tokens at most from one act of the chain to the «و»/«بـ» act joined after it
STOPS = ("،", ",")


def _doer_tokens(doc: Doc, on: int) -> tuple[int, int] | None:
    """The tokens of the phrase after a verb of undertaking that the «على» at token ``on`` completes."""
    verbs = fw_keys("undertaking_verbs")
    for v in range(on - 1, max(-1, on - REACH), -1):
        text = doc.tokens[v].text
        if clause_break(text):
            return None
        key = nkey(text)
        if key in verbs or key.startswith(("و", "ف")) and key[1:] in verbs:
            end = v + 1
            while end < on and doc.tokens[end].text not in STOPS:
                end += 1
            return (v + 1, end - 1) if end > v + 1 else None
    return None


def undertaken_sources(doc: Doc, events: list[Event]) -> None:
    """Give each act right after «على» of «أقدم X على» the doer X (module docstring)."""
    for ev in events:
        k = doc.token_at(ev.trigger.start)
        if k is None or k < 2 or doc.tokens[k - 1].norm_key != nkey("على"):
            continue
        span = _doer_tokens(doc, k - 1)
        if span is None:
            continue
        ent = next((e for t in range(span[0], span[1] + 1) if (e := entity_at(doc, t)) is not None), None)
        if ent is not None:
            if ent.id != ev.target:
                ev.source = ent.id
                ev.attrs.pop("source_text", None)
            continue
        ev.source = None
        start, end = doc.tokens[span[0]].start, doc.tokens[span[1]].end
        set_phrase(ev, "source", doc.text, start, end)


def _chained(doc: Doc, a: int, k: int) -> bool:
    """Whether the act at token ``k`` is joined to the act ending at token ``a`` of an «أقدم X على» chain: a «و» or
    «بـ» on it, a few tokens on, no comma, end mark or clause opener between («إعدام محام بإطلاق النار عليه وقتله»)."""
    words = doc.tokens[k].words
    if k <= a or k - a > CHAIN_REACH or len(words) < 2 or words[0].kind != "proclitic" \
            or words[0].norm not in ("و", "ب"):
        return False
    return open_between(doc, a + 1, k, commas=True)


def _object_pronoun(doc: Doc, k: int) -> bool:
    """Whether the act at token ``k`` has a pronoun object: its own «ـه/ـها/ـهم» («وقتله») or a «عليه» one or two
    tokens on («بإطلاق النار عليه»)."""
    if enclitic(doc.tokens[k]) in OBJECT_PRONOUNS:
        return True
    return any(doc.tokens[t].words[0].norm in ("على", "علي") and enclitic(doc.tokens[t]) in OBJECT_PRONOUNS
               for t in range(k + 1, min(k + 3, len(doc.tokens))))


def _copy_party(ev: Event, head: Event, role: str) -> None:
    """Give ``ev`` the unnamed phrase of ``role`` that ``head`` has, or none."""
    drop_phrase(ev, role)
    if head.attrs.get(f"{role}_span"):
        copy_phrase(ev, role, head)
    elif head.attrs.get(f"{role}_text"):
        ev.attrs[f"{role}_text"] = head.attrs[f"{role}_text"]


def undertaken_chain(doc: Doc, events: list[Event]) -> None:
    """Round ev814: the acts joined by «و» or «بـ» to the act of «أقدم X على» have the same doer X, and their
    pronoun object is the first act's object. «أقدمت جبهة النصرة ...، على إعدام محامٍ بإطلاق النار عليه وقتله»:
    «بإطلاق» and «وقتله» are done by جبهة النصرة to «محامٍ» (not to a group named in an earlier clause). A verb
    read without a pronoun («وفر هاربا») or past a comma («، وقتل آخرون») is left as it is."""
    order = sorted(events, key=lambda e: e.trigger.start)
    for i, head in enumerate(order):
        k = doc.token_at(head.trigger.start)
        if k is None or k < 2 or doc.tokens[k - 1].norm_key != nkey("على") or _doer_tokens(doc, k - 1) is None:
            continue
        if head.source is None and "source_text" not in head.attrs:
            continue
        a = doc.token_at(head.trigger.end - 1)
        for ev in order[i + 1:]:
            j = doc.token_at(ev.trigger.start)
            if a is None or j is None or ev.sentence.start != head.sentence.start or not _chained(doc, a, j):
                break
            pron = _object_pronoun(doc, j)
            if ev.attrs.get("pos") != "N" and not pron:
                break
            ev.source = head.source
            _copy_party(ev, head, "source")
            if pron:
                ev.target = head.target
                _copy_party(ev, head, "target")
            elif ev.target is not None and ev.target == ev.source:
                ev.target = None
            a = doc.token_at(ev.trigger.end - 1)
