"""Round ev594: the antecedent of a relative clause past a parenthesis set off by commas.

«أسسها الملك المؤسس عبد العزيز، رحمه الله، الذي زار مصر»: between a name and the comma that opens its relative
clause stands a parenthesis of its own, set off by two commas: a blessing («رحمه الله», «حفظه الله»: function
words ``blessing_openers``), a clause in «وهو/وهي» («فلان، وهو وزير سابق، الذي»: ``aside_pronoun_openers``), an
apposition («فلان، زعيم الحركة، الذي») or an insert of time or place («، في بيان له،»). The verb right after the
relative has the name before the opening comma as its subject: a person or a named body, never a place or a thing
(«إلى القاهرة، عاصمة مصر، التي»: no subject read here), and not one person for a plural relative («الذين»).
"""

from __future__ import annotations

from ..doc import Doc
from ..text.normalize import COMMAS
from .apposed_inserts import past_apposition
from .chunks import Chunk
from .forms import fw_keys, nkey
from .inserts import past_insert
from .word_tests import clause_break

ASIDE_REACH = 8  # tokens back from the comma before the relative to the comma that opens the parenthesis
ACTORS = ("PERSON", "ORGANIZATION", "GROUP")


def _parenthesis(doc: Doc, u: int, k: int) -> bool:
    """Whether the tokens between the commas at ``u`` and ``k`` are a parenthesis (module docstring)."""
    toks = doc.tokens
    words = " ".join(nkey(t.text) for t in toks[u + 1 : min(k, u + 3)])  # («رضي الله عنه»: its first two words)
    if words in fw_keys("blessing_openers") or toks[u + 1].norm_key in fw_keys("aside_pronoun_openers"):
        return True
    return past_apposition(doc, u - 1, len(toks)) == k + 1 or past_insert(doc, u - 1, len(toks)) == k + 1


def aside_antecedent(doc: Doc, chunks: list[Chunk], t: int, sent_start: int) -> Chunk | None:
    """Where token ``t`` closes a parenthesis before «، الذي/التي» (token ``t + 1`` the comma, ``t + 2`` the
    relative), the person or named body before the parenthesis: the relative clause's subject; else None."""
    toks = doc.tokens
    if t + 2 >= len(toks) or toks[t + 1].text not in COMMAS:
        return None
    u = next((k for k in range(t, max(sent_start, t - ASIDE_REACH) - 1, -1)
              if toks[k].text in COMMAS or clause_break(toks[k].text)), None)
    if u is None or u <= sent_start or u == t or toks[u].text not in COMMAS or not _parenthesis(doc, u, t + 1):
        return None
    c = next((c for c in chunks if c.j == u - 1), None)
    if c is None or c.prep is not None or c.entity is None or c.etype not in ACTORS:
        return None
    if c.etype == "PERSON" and toks[t + 2].norm_key in fw_keys("plural_only_relatives"):
        return None  # («المبعوث فلان، ...، الذين»: his team, not he)
    return c
