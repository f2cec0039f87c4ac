"""Round ev361: «يرفض الحديث معه»: the one «معه» stands for is the other party of the act refused or sought.

«نفى نتنياهو أنه رفض لقاء الرئيس الأميركي باراك أوباما ... لكنه قال إنه يرفض الحديث معه»: an event with no named
target (not an act of force, CAMEO 14 to 20, nor a bare statement, 010, nor an accusation: the same as
``deep_targets.partner_target``), whose trigger is followed by a masdar or a noun of talks («التفاوض», «الحديث»:
``talk_heads``; the act refused, called for or agreed on, the phrase the argument rules read as its target) and
then «معه/معها» right after it, is aimed at the one entity that pronoun agrees with in its sentence or the one
before, other than its source (``named.referent``). The masdar's phrase is then no target.

Nothing where another word stands between («يرفض الحديث في الملف معه»), where the word after the trigger is a name,
or where no one, or more than one, agrees with the pronoun.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .deep_targets import ACCUSE, NO_PARTNER, STATEMENT
from .forms import fw, nkey
from .lexicon import masdar
from .named import referent
from .source_set import name_party
from .word_tests import mention_holding

WITH = nkey("مع")
PRONOUNS = ("ه", "ها")


def partner_pronouns(doc: Doc, events: list[Event]) -> None:
    """Give an act «X الحديث معه» the one «معه» stands for as its target (module docstring)."""
    for ev in events:
        if ev.target is not None or ev.code[:2] in NO_PARTNER or ev.code == STATEMENT or ev.code.startswith(ACCUSE):
            continue
        k = doc.token_at(ev.trigger.end - 1)
        if k is None or k + 2 >= len(doc.tokens) or doc.tokens[k + 2].start >= ev.sentence.end:
            continue
        act, with_ = doc.tokens[k + 1], doc.tokens[k + 2]
        span = ev.attrs.get("target_span")
        if isinstance(span, list) and (int(span[0]) < act.start or int(span[1]) > act.end):
            continue  # (a target phrase other than the masdar)
        key = act.norm_key.removeprefix("ال")
        if mention_holding(doc, k + 1) is not None or not (masdar(key) or act.norm_key in fw("talk_heads")):
            continue
        if not with_.norm_key.startswith(WITH) or with_.norm_key[len(WITH):] not in PRONOUNS:
            continue
        sent_start = doc.token_from(ev.sentence.start)
        ent = referent(doc, k + 2, ev.source, sent_start) if sent_start is not None else None
        if ent is None or ent.type not in ("PERSON", "ORGANIZATION") and ent.attrs.get("kind") != "country":
            continue
        name_party(ev, "target", ent.id)
        ev.attrs["target_partner_pronoun"] = True
