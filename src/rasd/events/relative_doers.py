"""Round ev476: a plural relative clause whose verb takes a direct object is done by the relative's antecedent.

«التحقيق مع المتطرفين الذين هددوا الرئيس», «المستوطنين الذين حرقوا أيضا منزلا آخر»: a plural verb (``ـوا``,
``ـون``) right after a plural relative («الذين», «اللواتي», «اللاتي»; past «طالما/قد», function words
``relative_gap_words``), with no conjunction and no pronoun on it, and a phrase with no preposition right after it
(past an adverb such as «أيضا»), is active: the phrase is its object, and its doer is the relative's antecedent,
the phrase that ends right before the relative (past a comma): a body or a group named there (not one person), or
an unnamed definite phrase of people (:func:`.acting.actor_phrase`, or one sound plural: «المتطرفين»). Only where
the argument finder read no source of its own («تلاحق الشرطة المسلحين الذين اختطفوا»: kept as it was).

Nothing where no phrase follows, or a preposition, or a time: the unvocalised plural may be the passive of a verb
done to the antecedent («الشبان السود الذين قتلوا في حوادث إطلاق نار», «الضباط الذين يتهمون بقضايا»,
«الذين اعتقلوا أمس»: who were killed, accused, arrested).
"""

from __future__ import annotations

from ..doc import Doc
from ..text.verb_gender import verb_agreement
from .acting import actor_phrase, can_act
from .chunks import Chunk, in_time
from .forms import fw_keys
from .lexicon import Hit
from .word_tests import verb_key


def relative_verb_at(doc: Doc, hit: Hit, sent_start: int) -> int | None:
    """The token of the plural relative before the verb of ``hit``, past one word of ``relative_gap_words``
    («الذين طالما ناشدوا»), else None."""
    r = hit.i - 1
    if r > sent_start and doc.tokens[r].norm_key in fw_keys("relative_gap_words"):
        r -= 1
    return r if r > sent_start and doc.tokens[r].norm_key in fw_keys("plural_only_relatives") else None


def acting_relative(doc: Doc, chunks: list[Chunk], hit: Hit, sent_start: int) -> int | None:
    """The token of the plural relative whose antecedent does the act of ``hit`` (module docstring), else None."""
    if hit.pos != "V" or hit.cand.proclitics or hit.cand.enclitic or hit.i != hit.j:
        return None
    if verb_agreement(verb_key(doc.tokens[hit.i].text)) != "p":
        return None
    r = relative_verb_at(doc, hit, sent_start)
    if r is None:
        return None
    nxt = hit.j + 1
    while nxt < len(doc.tokens) and doc.tokens[nxt].norm_key in fw_keys("lone_adverbs"):
        nxt += 1  # «الذين حرقوا أيضا منزلا آخر»
    obj = next((c for c in chunks if c.i == nxt), None)
    if obj is None or obj.prep is not None or obj.coord or in_time(doc, obj):
        return None
    return r


ACTORS = ("ORGANIZATION", "GROUP")  # (not one person: «فريق المبعوث فلان، الذين» is the team, not the envoy)
PLURAL_ENDS = ("ين", "ون")  # a sound masculine plural: «الذين» is said of people («المتطرفين الذين»)


def relative_antecedent(doc: Doc, chunks: list[Chunk], r: int, sent_start: int) -> Chunk | None:
    """The phrase of people that ends right before the relative at token ``r`` (past a comma): a body or a group
    named there, an unnamed phrase of people, or one definite sound plural («المتطرفين»), else None."""
    b = r - 1
    if doc.tokens[b].text in ("،", ",") and b > sent_start:
        b -= 1
    c = next((c for c in chunks if c.j == b), None)
    if c is None or not can_act(doc, c):
        return None
    if c.entity is not None:
        return c if c.etype in ACTORS else None
    key = doc.tokens[c.j].norm_key
    if not key.startswith("ال"):
        return None  # («الذين» after an indefinite phrase: no antecedent of its own)
    return c if actor_phrase(doc, c) or (c.i == c.j and key.endswith(PLURAL_ENDS) and len(key) >= 6) else None
