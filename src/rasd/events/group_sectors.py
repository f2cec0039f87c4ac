"""Round en607: the sector of an unnamed party named by a generic head and adjectives («أطراف عروبية وقومية
تونسية», «جهات رسمية عراقية», «قوى معارضة سورية»: agent_groups.tsv rows flagged "described", only with a country).
An adjective between the head and the country's word that tells a sector (function words ``group_sector_<SECTOR>``:
«رسمية» GOV, «أمنية» COP, «عسكرية» MIL, «معارضة» OPP, «حقوقية» HRI, «دينية» REL, «إعلامية» MED) gives the group that sector, the
first one where two do («جهات رسمية وأمنية» GOV); none where no adjective tells one («أوساط سياسية لبنانية»: the
country alone, as «الجانب الأميركي»).
The argument's phrase may stop at the «و» of joined adjectives («أطراف عروبية | وقومية تونسية»): the head's words
then run on over the adjectives right after it in the text (:func:`described_rest`), the first with «و», each a
nisba («ـية», «ـيون», «ـيين»), so the country's word at their end is read; never a noun («القوى السياسية الحكومة
العراقية»: the object) nor a word past a comma.
"""

from __future__ import annotations

from dataclasses import replace

from ..doc import Doc, Token
from .forms import fw_keys
from .group_lexicon import Head, word_key

SECTORS = ("GOV", "COP", "MIL", "OPP", "HRI", "REL", "MED")  # (the lists ``group_sector_<SECTOR>`` of function_words.json)
REACH = 3  # (adjectives after the head: group_phrases.COUNTRY_REACH)
NISBA_ENDS = ("يه", "يون", "يين")
_LABELS = {"GOV": "official", "COP": "security", "MIL": "military", "OPP": "opposition", "HRI": "rights",
           "REL": "religious", "MED": "media"}


def described_head(head: Head, adjectives: list[Token]) -> Head:
    """``head`` with the sector the first of ``adjectives`` (the words between it and its country's word) that tells
    one gives it, and that sector's word in its English label («جهات رسمية عراقية»: GOV, "official bodies"); ``head``
    itself where it is no "described" row or no adjective tells a sector."""
    if not head.described:
        return head
    for tok in adjectives:
        key = word_key(tok)
        sector = next((s for s in SECTORS if key in fw_keys(f"group_sector_{s}")), None)
        if sector is not None:
            return replace(head, sector=sector, label=f"{_LABELS[sector]} {head.label}")
    return head


def described_rest(doc: Doc, head: Head, rest: list[Token], end: int) -> list[Token]:
    """The words after a "described" head: ``rest`` (those of the phrase, which ends at ``end``) and the joined
    nisba adjectives right after the phrase in the text («أطراف عروبية» + «وقومية تونسية»; module docstring)."""
    if not head.described or len(rest) >= REACH:
        return rest
    out = list(rest)
    k = doc.token_from(end)
    while k is not None and k < len(doc.tokens) and len(out) < REACH:
        tok = doc.tokens[k]
        gap = doc.text[end : tok.start]
        joined = any(w.kind == "proclitic" and w.norm == "و" for w in tok.words)
        if gap.strip() or not word_key(tok).endswith(NISBA_ENDS) or len(out) == len(rest) and not joined:
            break
        out.append(tok)
        end, k = tok.end, k + 1
    return out
