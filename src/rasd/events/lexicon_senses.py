"""Round ev1019: the senses of act words the lexicon read nowhere before (rows ``liberate``, ``retake``,
``reach_agreement``, ``congratulate``, ``warn_threat`` of triggers.tsv), told apart at the word layer.

* The masdars «تحرير», «استعادة», «التوصل» mostly name an act planned, aimed at or failed («خطة لاستكمال تحرير باقي
  المدن», «لاستعادة الرمادي», «دون التوصل إلى اتفاق»): one is read as done only right after a word that tells it
  so (``taking_told_before``: «بعد تحرير عدن», «تمكنت من تحرير الحوطة»), within ``TOLD_REACH`` tokens, and not
  as a step of a route planned (``route_masdars`` before it: «التوجه إلى صنعاء مباشرة بعد تحرير تعز»).
* The bare «توصل» (verb and masdar alike) after a word of a chance or a hope is a masdar of an agreement not
  reached («فرص توصل اليونان إلى اتفاق», ``agreement_hoped_before``); after a word telling it done it is the
  masdar, its genitive the source («بعد توصل الخصوم لاتفاق»).
* «هنأ» (congratulate) folds to the key of «هنا» (here): it is read only where the hamza is written in the word.
* «حذر ... من عواقب» is a threat (CAMEO 130) only where the one warned is the verb's object pronoun («حذرهم من
  عواقب»); a warning of consequences to no one named is a pessimistic comment (row ``warn``, 012).

:func:`sense_fits` is the gate :func:`rasd.events.lexicon.match_token` asks of each of these rows.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Token
from .forms import Cand, fw_keys, token_candidates
from .word_tests import clause_break

__all__ = ["sense_fits"]

TOLD_MASDARS = frozenset({"liberate", "retake", "reach_agreement"})
ROUTE_REACH = 6  # tokens back from the told word to a masdar of a move toward a place («السير نحو مأرب، بعد تحرير»)
TOLD_REACH = 2  # tokens back from the masdar to the word telling it done («بعد تحرير», «تمكنت من تحرير»)
AMBIGUOUS_AGREEMENT = "توصل"  # the past verb and the masdar of row reach_agreement, spelt alike
HAMZA_STEMS = ("هنأ", "هنئ")  # congratulate, as written («هنأ», «يهنئ», «تهنئة»; harakat and shadda dropped)
HARAKAT = frozenset(chr(c) for c in range(0x064B, 0x0653))


def told_taking(tokens: Sequence[Token], i: int) -> bool:
    """Whether a word of ``taking_told_before`` stands within ``TOLD_REACH`` tokens before ``tokens[i]``."""
    words = fw_keys("taking_told_before")
    return any(tokens[k].norm_key in words for k in range(max(0, i - TOLD_REACH), i))


def planned_route(tokens: Sequence[Token], i: int) -> bool:
    """Whether a masdar of a move (``route_masdars``) stands within ``ROUTE_REACH`` tokens before the told word of
    the masdar at ``tokens[i]``, in its sentence: the taking is a step of a route planned («التوجه إلى صنعاء مباشرة
    بعد تحرير تعز»)."""
    moves = fw_keys("route_masdars")
    for k in range(i - 1, max(-1, i - 1 - TOLD_REACH - ROUTE_REACH), -1):
        if clause_break(tokens[k].text):
            return False
        if any(c.key in moves for c in token_candidates(tokens[k])):
            return True  # (with its clitics: «بالتوجه إلى»)
    return False


def written_hamza(tok: Token) -> bool:
    """Whether the raw word is «هنأ» with its hamza written (not «هنا», here)."""
    bare = "".join(ch for ch in tok.text if ch not in HARAKAT)
    return any(stem in bare for stem in HAMZA_STEMS)


def directed_warning(tok: Token, cand: Cand) -> bool:
    """Whether the warning verb carries the one warned as its object pronoun («حذرهم», «وحذرتها»)."""
    return bool(cand.enclitic) or any(w.kind == "enclitic" for w in tok.words)


def bare_agreement(cand: Cand) -> bool:
    """Whether the reading is the bare «توصل», verb and masdar spelt alike."""
    return cand.key == AMBIGUOUS_AGREEMENT and not cand.proclitics and not cand.enclitic


def hoped_agreement(tokens: Sequence[Token], i: int, cand: Cand) -> bool:
    """Whether the bare «توصل» at ``tokens[i]`` (verb and masdar spelt alike) follows a word of a chance or a hope
    (``agreement_hoped_before``): a masdar of an agreement not reached («فرص توصل اليونان إلى اتفاق»)."""
    return bare_agreement(cand) and i > 0 \
        and any(c.key in fw_keys("agreement_hoped_before") for c in token_candidates(tokens[i - 1]))  # «بفرص»


def sense_fits(entry_id: str, tokens: Sequence[Token], i: int, cand: Cand, pos: str) -> bool:
    """Whether the reading of ``tokens[i]`` as row ``entry_id`` (as ``pos``) keeps its sense (see the module);
    rows this module does not know always fit."""
    if entry_id == "reach_agreement" and (hoped_agreement(tokens, i, cand) or pos == "V" and bare_agreement(cand)
                                          and told_taking(tokens, i)):
        return False  # («بعد توصل الخصوم لاتفاق»: the masdar, its genitive the source; the noun reading decides)
    if entry_id in TOLD_MASDARS:
        return pos == "V" or told_taking(tokens, i) and not planned_route(tokens, i)
    if entry_id == "congratulate":
        return written_hamza(tokens[i])
    if entry_id == "warn_threat":
        return pos == "V" and directed_warning(tokens[i], cand)
    return True
