"""Round 81 of real news: CAMEO 18 ASSAULT against 19 FIGHT. CAMEO's 19 is «use conventional military force», the
acts of war of organised armed forces (an army, rebels at war with it); its 18 is «use unconventional violence»,
force on people outside battle: a terrorist attack, the killing of civilians by an armed group. A generic attack or
killing of the lexicon (code 190, no weapon named: «هجوم», «اعتداء», «قتل», «استهدف», «ذبح») is 180 where

- the attack noun is called terrorist («الهجمات الإرهابية الأخيرة», «اعتداءاته الإرهابية», «لهجوم إرهابي»: a word of
  ``terrorist_adjectives`` within ``ADJECTIVE_REACH`` words after it); or
- a non-state armed group does it (its source has a CAMEO actor code of an international militarised group «IMG…»
  or of rebels «…REB», or its source phrase is an extremist's noun of ``extremist_nouns``: «المتطرفون») to civilians
  (a word of ``civilian_words`` within ``TARGET_REACH`` words after the trigger: «المدنيين», «الأبرياء»,
  «المسلمين»).

An army's or rebels' fighting («هجوم الحوثيين على مأرب», «هجمات طالبان ضد القوات الأفغانية») stays 190."""

from __future__ import annotations

from ..doc import Doc
from .forms import fw, keys_of
from .lexicon import Hit

GENERIC = frozenset(("attack", "attack_masdar", "attack_dual", "kill", "target", "slaughter"))
ADJECTIVE_REACH = 2  # words after an attack noun read for «الإرهابي» («الهجمات الإرهابية», «هجمات دامية إرهابية»)
TARGET_REACH = 6  # words after the trigger read for its civilian victims («قتل المتطرفون العديد من المسلمين»)


def _word_in(doc: Doc, lo: int, hi: int, words: str) -> bool:
    return any(not keys_of(doc.tokens[t]).isdisjoint(fw(words)) for t in range(lo, hi))


def _armed_group(actor: str | None) -> bool:
    return actor is not None and (actor.startswith("IMG") or actor.endswith("REB"))


def unconventional(doc: Doc, hit: Hit, b: int, actor: str | None, source: tuple[int, int] | None) -> bool:
    """Whether the generic attack or killing ``hit`` (sentence end ``b``) is a terrorist attack or an armed
    group's violence on civilians, CAMEO 180 (see the module); ``actor`` is its source's CAMEO actor code,
    ``source`` the token range of its source phrase."""
    if hit.entry.id not in GENERIC or hit.entry.code != "190":
        return False
    if hit.pos == "N" and _word_in(doc, hit.j + 1, min(b, hit.j + 1 + ADJECTIVE_REACH), "terrorist_adjectives"):
        return True
    armed = _armed_group(actor) or (source is not None and _word_in(doc, source[0], source[1] + 1, "extremist_nouns"))
    return armed and _word_in(doc, hit.j + 1, min(b, hit.j + 1 + TARGET_REACH), "civilian_words")
