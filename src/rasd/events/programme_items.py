"""Session 53 (mo924): an act listed in a ceremony's or a visit's programme is still to come.

«ينقسم البرنامج إلى احتفال نهاري يبدأ من الساعة الواحدة ظهرا، يشمل الانتقال إلى المنصة، واستقبال الرئيس»,
«ويتضمن برنامج الزيارة لقاء مع رئيس الوزراء»: a noun trigger in the list a present verb of containing
(``programme_verbs``: «يشمل، يتضمن، ينقسم، يضم») holds, where that verb's subject is the head of a schedule
(``schedule_heads``: «البرنامج، مراسم، الفعاليات، جدول، الحفل») right after it or within ``HEAD_REACH`` tokens before
it, is what the schedule holds: planned (:func:`programme_item`). The list runs over commas and «ثم/و»; a sentence end,
a complementizer or a perfect verb of a trigger between («، واستقبل الرئيس الضيوف»; not a form that is also an
event noun, «وتوجه الملوك إلى المنصة») ends it. A perfect verb of
containing («وتضمن البرنامج زيارة ...», «شمل الحفل»: a programme carried out) is not in the list, nor is a
state's programme («البرنامج النووي يتضمن ...»: a head followed by ``state_programme_words``; ``schedule_heads`` has
no bare «برنامج», «برنامج إيران»)."""

from __future__ import annotations

from ..doc import Doc
from ..text.marks import SENTENCE_ENDS
from .forms import fw_keys
from .lexicon import Hit, masdar, past_keys
from .word_tests import key_at

ITEM_REACH = 40  # tokens back from a listed act to the verb of containing («يشمل الانتقال ...، واستقبال»)
HEAD_REACH = 12  # tokens back from the verb of containing to the head of the schedule («ينقسم البرنامج إلى احتفال
# نهاري يبدأ من الساعة الواحدة ظهرا، يشمل»)
HEAD_AFTER = 3  # tokens after the verb of containing to its subject («ويتضمن برنامج الزيارة»)


def _bare(doc: Doc, t: int) -> str:
    return key_at(doc, t).removeprefix("و")


def _schedule_head(doc: Doc, t: int) -> bool:
    """A schedule's head at token ``t``, not one of a state's programme («البرنامج النووي»)."""
    if _bare(doc, t) not in fw_keys("schedule_heads"):
        return False
    return t + 1 >= len(doc.tokens) or _bare(doc, t + 1) not in fw_keys("state_programme_words")


def _headed(doc: Doc, v: int, sent_start: int) -> bool:
    """Whether the verb of containing at token ``v`` has a schedule's head right after it or before it."""
    after = range(v + 1, min(len(doc.tokens), v + 1 + HEAD_AFTER))
    before = range(max(sent_start, v - HEAD_REACH), v)
    return any(_schedule_head(doc, t) for t in after) or any(_schedule_head(doc, t) for t in before)


def programme_item(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Whether the noun trigger is listed in a schedule a present verb of containing holds (see the module)."""
    if hit.pos != "N":
        return False
    for t in range(hit.i - 1, max(sent_start, hit.i - ITEM_REACH) - 1, -1):
        if doc.tokens[t].text in SENTENCE_ENDS:
            return False
        key = _bare(doc, t)
        if key in fw_keys("programme_verbs"):
            return _headed(doc, t, sent_start)
        if key in fw_keys("complementizers") or key in past_keys() and not masdar(key):
            return False  # (a form also a noun of the lexicon, «وتوجه الملوك إلى المنصة», is a listed item)
    return False


__all__ = ["programme_item"]
