"""Round 292: acts told as an ability or an eagerness, none done (hypothetical), read by ``modality.modality``.

- «وأشار إلى قدرة التنظيم على الخطف»: a noun act right after «على» with a noun of ability (function words
  ``ability_nouns``: «قدرة، إمكانية») within ``ABILITY_REACH`` tokens before it, its owner between and no clause's
  edge: what someone can do, not what was done (:func:`able_to`). «عدم قدرتهم على السيطرة» is read before it
  (negated: ``modality_may``);
- «إن الجمهوريين متحمسون لاتهام الإدارة»: a noun act in «لـ» right after an adjective of eagerness (``eager_words``:
  «متحمس، متلهف، تواق»): an act wished (:func:`eager_for`);
- «اختيار واحد من بين ثلاثة خيارات: المصادقة على الاتفاقية، ورفض المصادقة عليها»: an act listed after a noun of
  options (``option_words``) within ``OPTION_REACH`` tokens of its sentence, «:» or «بين» between them: a choice
  still open (:func:`an_option`). «الخيار العسكري أدى إلى قصف المدينة» (no list opened) stays as it is;
- «وأبدى تطلعه أيضا في أن يسهم هذا الحوار في حث الجانب الأميركي»: an act in the clause of a noun of hope
  (``desire_nouns``: «تطلعه، تطلعها») that takes it with «في/أن/بأن» (one word between at most) is wished
  (:func:`desired`); «تلبية لرغبة الشعب قصفت القوات» (no «في/أن» after the noun) stays as it is. Round ev372: a
  noun of will («رغبة»: ``will_nouns``) takes its owner's intention, planned (``intent_frames.willed``).
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import fw_keys
from .lexicon import Hit
from .word_tests import clause_stop, entity_at

OPTION_REACH = 12  # tokens from the options noun to the act («خيارات: المصادقة على الاتفاقية، ورفض»)
ABILITY_REACH = 5  # tokens from the ability noun to the act («قدرة (النصرة) على الخطف»: its owner in brackets)


def _ability_noun(doc: Doc, hit: Hit, sent_start: int) -> int | None:
    """The noun of ability that governs a noun act right after «على» (see the module), else None."""
    if hit.pos != "N" or hit.i - 2 < sent_start:
        return None
    if doc.tokens[hit.i - 1].norm_key not in ("على", "علي"):
        return None
    for t in range(hit.i - 2, max(sent_start, hit.i - 2 - ABILITY_REACH) - 1, -1):
        text = doc.tokens[t].text
        if clause_stop(text) and text not in ("(", ")", "«", "»"):
            return None
        if doc.tokens[t].norm_key.lstrip("و") in fw_keys("ability_nouns") | fw_keys("inability_nouns"):
            return t
    return None


def able_to(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A noun act right after «على» that a noun of ability governs (see the module)."""
    return _ability_noun(doc, hit, sent_start) is not None


def shown_able(doc: Doc, hit: Hit, sent_start: int, told: list[Event]) -> bool:
    """Round 302: «وخطفت جبهة النصرة ثمانية عناصر ...» then «بدليل قدرة (النصرة) على الخطف»: the ability its
    owner (named between the noun of ability and «على») showed by an act of the same code the article told before
    as done; the act is real, not hypothetical (``modality`` leaves :func:`able_to` aside). «قدرة الجيش على
    السيطرة» with no seizure by the army told before stays hypothetical."""
    noun = _ability_noun(doc, hit, sent_start)
    if noun is None:
        return False
    owners = {e.id for t in range(noun + 1, hit.i - 1) if (e := entity_at(doc, t)) is not None}
    return bool(owners) and any(ev.code == hit.entry.code and ev.source in owners
                                and ev.modality in ("asserted", "reported") for ev in told)


def eager_for(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A noun act in «لـ» right after an adjective of eagerness (see the module)."""
    if hit.pos != "N" or "ل" not in hit.cand.proclitics or hit.i - 1 < sent_start:
        return False
    return doc.tokens[hit.i - 1].norm_key.lstrip("و") in fw_keys("eager_words")


def an_option(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """An act listed after a noun of options and «:» or «بين» (see the module)."""
    opened = False
    for t in range(hit.i - 1, max(sent_start, hit.i - OPTION_REACH) - 1, -1):
        tok = doc.tokens[t]
        if tok.text in (":", "بين") or tok.norm_key == "بين":
            opened = True
        elif tok.norm_key.lstrip("و") in fw_keys("option_words"):
            return opened
    return False


def desired(before: list[str]) -> bool:
    """An act after a noun of desire and its «في/أن» in the trigger's clause (``before``: its keys, see the module)."""
    wants = fw_keys("desire_nouns")
    for k, key in enumerate(before):
        if key.lstrip("و") in wants and any(nxt in ("في", "ان", "بان") for nxt in before[k + 1 : k + 3]):
            return True
    return False


__all__ = ["able_to", "an_option", "desired", "eager_for", "shown_able"]
