"""Round 253: acts told with no day of their own that the article's date does not date either.

* ``conducted_now``: a noun act whose own relative clause (right after an indefinite noun: «هجمات يشنها التنظيم»;
  after «التي/الذي» past a definite noun's adjectives: «الغارات الجوية التي تنفذها الطائرات») opens with a present
  verb of conducting with the pronoun of the act (``conduct_verbs`` in «يـ/تـ»): acts going on, of no one day (not
  «هجمات شنها التنظيم», a perfect: acts done).
* ``conducted_before``: the same with a perfect verb of conducting after a relative («المفاوضات التي قادتها قطر»,
  «الهجوم الذي شنه المسلحون»): an act told as known, before the words that name it (``bygone.held_relative``: a
  recent day the story told before it, else none).
* ``conceded``: a noun act in a concessive phrase «على الرغم من/رغم/بالرغم من» (``concessive_heads``) or a «و»
  conjunct of it («على الرغم من الانقسامات في الحركة وإعلان وفاة زعيمها»): a known fact set against the news, not
  the news (not past a complementizer: «رغم أن الجيش شن هجوما» tells an act of its own).
"""

from __future__ import annotations

from ..doc import Doc
from .forms import fw, fw_keys
from .lexicon import Hit, match_token
from .word_tests import clause_stop, key_at

ADJECTIVE_REACH = 3  # definite adjectives between a definite noun trigger and its relative
CONCESSIVE_REACH = 12  # tokens back from a noun trigger to the head of its concessive phrase
_PRESENT = ("ي", "ت")


def _conduct_key(doc: Doc, hit: Hit, sent_end: int) -> str:
    """The key of the verb of conducting that opens the noun trigger's own relative clause («هجمات يشنها»,
    «الغارات الجوية التي تنفذها»), with «الذي/التي» for a definite noun only; "" where there is none."""
    if hit.pos != "N" or hit.j + 1 >= sent_end:
        return ""
    t = hit.j + 1
    definite = key_at(doc, hit.j).removeprefix("و").startswith(("ال", "لل"))
    while definite and t < sent_end and t - hit.j <= ADJECTIVE_REACH and key_at(doc, t).startswith("ال") \
            and key_at(doc, t) not in fw("relatives"):
        t += 1
    if t < sent_end and key_at(doc, t) in fw("relatives"):
        t += 1
    elif definite:
        return ""  # («الهجمات شنها»: no relative clause on a definite noun)
    key = key_at(doc, t) if t < sent_end else ""
    return key if key in fw_keys("conduct_verbs") else ""


def conducted_now(doc: Doc, hit: Hit, sent_end: int) -> bool:
    """A noun trigger whose relative clause opens with a present verb of conducting («هجمات يشنها التنظيم»)."""
    return _conduct_key(doc, hit, sent_end)[:1] in _PRESENT


def conducted_before(doc: Doc, hit: Hit, sent_end: int) -> bool:
    """A noun trigger whose relative clause, opened by «الذي/التي», has a perfect verb of conducting («المفاوضات
    التي قادتها قطر»)."""
    if hit.j + 1 >= sent_end:
        return False
    key = _conduct_key(doc, hit, sent_end)
    rel = any(key_at(doc, t) in fw("relatives") for t in range(hit.j + 1, min(sent_end, hit.j + 2 + ADJECTIVE_REACH)))
    return key != "" and key[:1] not in _PRESENT and rel


def conceded(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A noun trigger in a concessive phrase: back over its clause (no comma, complementizer, relative or verb
    trigger between) to «رغم» (``concessive_heads``) within ``CONCESSIVE_REACH`` tokens."""
    if hit.pos != "N":
        return False
    for t in range(hit.i - 1, max(sent_start, hit.i - CONCESSIVE_REACH) - 1, -1):
        key = key_at(doc, t)
        if clause_stop(doc.tokens[t].text) or key in fw("complementizers") or key in fw("relatives"):
            return False
        if key.removeprefix("و") in fw_keys("concessive_heads"):
            return True
        other = match_token(doc.tokens, t)
        if other is not None and other.pos == "V":
            return False
    return False
