"""Round ev307: acts told as what a reward is offered for or what an aim is, none done, read by
``modality.modality``.

- ``rewarded`` (hypothetical): «رصدت الوزارة مكافأة لمن يقدم معلومات تساعد في القبض عليه أو قتله»: an act after
  a reward noun (``REWARDS``) and «لمن/لكل من» within ``REWARD_REACH`` words is what would earn the reward, no act
  told. Not past a clause's stop, nor where «لمن» follows no reward noun («شكرا لمن قتل»). ``reward_doers`` (a
  pass): such an act has no source named before «لمن» (who offers the reward does not do it).
- ``aimed_masdar`` (planned): «الغاية هي «استهداف وتفكيك ...»», «والهدف هو ضرب التنظيم»: a noun trigger right
  after an aim noun (function words ``aim_clause_heads``) and «هو/هي» (a quotation mark between) is the aim, an
  act planned, not done. (``modality_deep.aimed_clause`` reads the aim with «أن» + a verb.)
"""

from __future__ import annotations

from ..doc import Doc, Event
from ..text.marks import OPEN_QUOTES
from .forms import fw, fw_keys, nkey
from .lexicon import Hit
from .source_set import name_party
from .word_tests import clause_stop, past_conjunction

REWARDS = fw_keys("reward_nouns")
WHOEVER = frozenset(nkey(w) for w in ("لمن", "لكل"))
REWARD_REACH = 12  # words from «لمن» to the act («لمن يقدم معلومات تساعد في القبض على فلان أو قتله»)
REWARD_BACK = 2  # words from «لمن» back to the reward noun («مكافأة مالية لمن»)
COPULAS = frozenset(nkey(w) for w in ("هو", "هي"))


def reward_whoever(doc: Doc, i: int, sent_start: int) -> int | None:
    """The token of «لمن/لكل من» after a reward noun that the act at token ``i`` is offered for (module
    docstring); None where there is none."""
    toks = doc.tokens
    for t in range(i - 1, max(sent_start, i - REWARD_REACH) - 1, -1):
        if clause_stop(toks[t].text):
            return None
        if toks[t].norm_key not in WHOEVER:
            continue
        if toks[t].norm_key == nkey("لكل") and (t + 1 >= i or toks[t + 1].norm_key != nkey("من")):
            continue
        rewarded_here = any(past_conjunction(toks[u].norm_key) in REWARDS
                            for u in range(t - 1, max(sent_start, t - REWARD_BACK) - 1, -1))
        return t if rewarded_here else None
    return None


def rewarded(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Whether ``hit`` is the act a reward is offered for (module docstring)."""
    return reward_whoever(doc, hit.i, sent_start) is not None


def reward_doers(doc: Doc, events: list[Event]) -> None:
    """An act a reward is offered for has no source named before «لمن»: who offers the reward («أعلنت الوزارة
    ... مكافأة لمن يقدم معلومات تساعد في قتله») does not do the act; whoever would is not named."""
    for ev in events:
        if ev.source is None or ev.modality != "hypothetical":
            continue
        i = doc.token_at(ev.trigger.start)
        sent = doc.token_at(ev.sentence.start)
        if i is None or sent is None:
            continue
        t = reward_whoever(doc, i, sent)
        ent = next((e for e in doc.entities if e.id == ev.source), None)
        if t is None or ent is None or any(doc.tokens[t].start <= m.start < ev.trigger.start for m in ent.mentions):
            continue
        name_party(ev, "source", None)


def aimed_masdar(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Whether the noun trigger ``hit`` follows an aim noun and «هو/هي» (module docstring)."""
    if hit.pos != "N":
        return False
    t = hit.i - 1
    if t >= sent_start and doc.tokens[t].text in OPEN_QUOTES:
        t -= 1
    if t - 1 < sent_start or doc.tokens[t].norm_key not in COPULAS:
        return False
    key = doc.tokens[t - 1].norm_key
    return key in fw("aim_clause_heads") or key[:1] in ("و", "ف") and key[1:] in fw("aim_clause_heads")
