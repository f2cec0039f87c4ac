"""Round 264: framing phrases that tell an act as not done, read by ``modality.modality`` on the keys before it.

- «ولمنع الطيران السوري من قصفه», «منعت الشرطة المحتجين من اقتحام المبنى»: the act a verb or masdar of
  preventing (``prevent_words``) keeps its object from, after «من» right before it (the object between), did not
  happen: negated after a perfect (``prevent_pasts``), else hypothetical (:func:`prevented`);
- «رغم التوقعات بالسيطرة عليها», «وسط تكهنات بشن هجوم»: a noun act in «بـ» right after a plural of expecting
  (``expectation_nouns``) is still to come (planned; :func:`expected_noun`);
- «لم يكن في وسع الرئيس أن يقف ... ليعلن»: the act of the «أن» clause of a negated capacity word
  (``capacity_words``) did not happen (negated; :func:`beyond_capacity`); not «لم يكن بوسعه إلا أن يعلن» (he did);
- «ومما تردد من أنباء عن إجراء محادثات», «شائعات عن اغتياله»: an act a rumour tells of (``rumour_nouns``, or
  «أنباء» after a verb of going round, ``rumour_verbs``), after «عن/حول» (past a masdar that carries it out) is
  told by hearsay, of no day (reported; :func:`rumoured`).
"""

from __future__ import annotations

from ..doc import Doc
from .forms import fw
from .lexicon import Hit
from .word_tests import clause_stop, key_at

PREVENT_REACH = 5  # keys from «منع» to the «من» right before the act («لمنع الطيران السوري من قصفه»)
CAPACITY_NEGATION_REACH = 3  # keys from the negation to the capacity word («لم يكن في وسع»)
RUMOUR_REACH = 3  # keys from «تردد» to «أنباء» («ما تردد من أنباء»)
_ABOUT = frozenset(("عن", "حول"))
_NEWS = frozenset(("انبا", "الانبا"))
_EXCEPT = frozenset(("الا",))


def _stripped(key: str, name: str) -> bool:
    """Whether ``key``, or ``key`` less a leading «و/ف» conjunction, is in the function words ``name`` (not
    «وسع» read as «و» + «سع»)."""
    return key in fw(name) or (key[:1] in ("و", "ف") and key[1:] in fw(name))


def prevented(hit: Hit, before: list[str]) -> str | None:
    """The modality of an act prevented (see the module), else None."""
    if len(before) < 2 or before[-1] != "من":
        return None
    for key in reversed(before[-PREVENT_REACH - 1 : -1]):
        if _stripped(key, "prevent_words"):
            return "negated" if _stripped(key, "prevent_pasts") else "hypothetical"
    return None


def expected_noun(hit: Hit, before: list[str]) -> bool:
    """A noun act in «بـ» right after a plural of expecting (see the module)."""
    return hit.pos == "N" and "ب" in hit.cand.proclitics and bool(before) \
        and _stripped(before[-1], "expectation_nouns")


def beyond_capacity(before: list[str]) -> bool:
    """An act in the «أن» clause of a negated capacity word (see the module), no «إلا» between."""
    for k, key in enumerate(before):
        if not _stripped(key, "capacity_words"):
            continue
        if not any(b in fw("negations") for b in before[max(0, k - CAPACITY_NEGATION_REACH) : k]):
            continue
        rest = before[k + 1 :]
        return any(r in fw("complementizers") for r in rest) and not any(r in _EXCEPT for r in rest)
    return False


def rumoured(hit: Hit, before: list[str]) -> bool:
    """A noun act a rumour tells of (see the module)."""
    if hit.pos != "N" or not before:
        return False
    about = len(before) - 1
    if before[about] not in _ABOUT:
        about -= 1  # («أنباء عن إجراء محادثات»: past the masdar that carries it out)
        if about < 1 or before[about] not in _ABOUT or not _stripped(before[-1], "act_light_masdars"):
            return False
    if about < 1:
        return False
    noun = before[about - 1]
    if _stripped(noun, "rumour_nouns"):
        return True
    return (noun in _NEWS or noun.removeprefix("من") in _NEWS) and any(
        _stripped(b, "rumour_verbs") for b in before[max(0, about - 1 - RUMOUR_REACH) : about - 1])


def rumour_told(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """:func:`rumoured` on the keys of the trigger's clause before it (for the dating: of no day)."""
    if hit.pos != "N":
        return False  # (``rumoured`` tells of a noun act only: no clause to read)
    before: list[str] = []
    for t in range(max(sent_start, hit.i - RUMOUR_REACH - 4), hit.i):
        before = [] if clause_stop(doc.tokens[t].text) else [*before, key_at(doc, t)]
    return rumoured(hit, before)
