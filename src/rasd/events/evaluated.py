"""Round 167: two noun triggers that tell no event.

- a masdar that is the subject of an evaluative «تعد/يعتبر ... أمرا» clause («وتعد السيطرة عليها أمرا حيويا»):
  the act is judged, not told (``evaluative_verbs`` right before the noun, ``evaluative_heads`` after it in the
  clause);
- round 208 (:func:`judge_subject`): the subject of a verb of judging (``judging_verbs``) right after it is no
  doer of the masdar it judges right after that subject («واعتبر الرئيس المطالبة بالإصلاح مطلبا مشروعا»: others
  demand; he weighs the demand); the masdar keeps no source, none carried either;
- a pledge noun a relative clause says a document holds («التعهد الذي يتضمنه سند الالتزام», «التعهد الذي ينص
  عليه العقد»): a clause of a paper, no one pledging (``contained_verbs``).
"""

from __future__ import annotations

from ..doc import Doc
from .chunks import Chunk, clause_stop
from .forms import fw, fw_keys
from .lexicon import Hit

JUDGED_REACH = 5  # words from the masdar to «أمرا»


def judged_act(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """«وتعد السيطرة عليه أمرا حيويا»: the noun trigger right after a verb of evaluation, with «أمرا» (or
    the like) after it in its clause."""
    if hit.pos != "N" or hit.i - 1 < a:
        return False
    if doc.tokens[hit.i - 1].norm_key.removeprefix("و").removeprefix("ف") not in fw("evaluative_verbs"):
        return False
    for t in range(hit.j + 1, min(b, hit.j + 1 + JUDGED_REACH)):
        if clause_stop(doc.tokens[t].text):
            return False
        if doc.tokens[t].norm_key in fw("evaluative_heads"):
            return True
    return False


def judge_subject(doc: Doc, hit: Hit, source: Chunk | None) -> bool:
    """Whether ``source``, found for the noun act ``hit``, is the subject of a verb of judging right before it, the
    act that verb's first object right after the subject (see the module)."""
    if source is None or hit.pos != "N" or source.prep is not None or source.j + 1 != hit.i or source.i < 1:
        return False
    return doc.tokens[source.i - 1].norm_key.removeprefix("و").removeprefix("ف") in fw("judging_verbs")


def contained_pledge(doc: Doc, hit: Hit, b: int) -> bool:
    """«التعهد الذي يتضمنه سند الالتزام»: a pledge noun whose relative clause says a paper contains it."""
    if hit.pos != "N" or hit.entry.code[:2] != "03" or hit.j + 2 >= b:
        return False
    return doc.tokens[hit.j + 1].norm_key in fw_keys("singular_relatives") \
        and doc.tokens[hit.j + 2].norm_key in fw("contained_verbs")
