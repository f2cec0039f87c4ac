"""Round ev594: the antecedent of a relative clause past a parenthesis set off by commas.

«أسسها الملك المؤسس عبد العزيز، رحمه الله، الذي زار مصر»: between a name and the comma that opens its relative
clause stands a parenthesis of its own, set off by two commas: a blessing («رحمه الله», «حفظه الله»: function
words ``blessing_openers``), a clause in «وهو/وهي» («فلان، وهو وزير سابق، الذي»: ``aside_pronoun_openers``), an
apposition («فلان، زعيم الحركة، الذي») or an insert of time or place («، في بيان له،»). The verb right after the
relative has the name before the opening comma as its subject: a person or a named body, never a place or a thing
(«إلى القاهرة، عاصمة مصر، التي»: no subject read here), and not one person for a plural relative («الذين»).

Round ev635: an antecedent run into the subject before it. «وأدان البيان الميليشيات التي قامت بقصف الأحياء»: right
after a verb, two definite nouns side by side are its subject and its object, not one phrase (a definite noun takes
no genitive: as ``entities.secondbody`` reads names); the relative clause is said of the object («الميليشيات»)
alone, the noun of people or of an armed body that opens the rest of the phrase.
"""

from __future__ import annotations

from collections.abc import Callable

from ..doc import Doc
from ..entities.secondbody import adjective_shape
from ..text.normalize import COMMAS
from .acting import actor_phrase
from .apposed_inserts import past_apposition
from .chunks import Chunk, plain_chunk
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


def run_object(doc: Doc, c: Chunk, verb: Callable[[int], bool]) -> Chunk:
    """The relative's antecedent ``c`` (no name, no preposition) right after a verb (``verb`` of its token) that runs a
    definite subject and a definite object together («البيان الميليشيات التي»): the object, from its first definite
    word after a definite word that is no adjective («السوري», «البحرية») and is a noun of actors (``actor_phrase``);
    else ``c`` («القوات الحكومية التي», «الفصائل المسلحة التي»)."""
    if c.entity is not None or c.prep is not None or c.i == c.j or not verb(c.i - 1):
        return c
    toks = doc.tokens
    for k in range(c.i + 1, c.j + 1):
        key = toks[k].norm_key
        if toks[k - 1].norm_key.startswith("ال") and key.startswith("ال") and not adjective_shape(key):
            rest = plain_chunk(toks, k, c.j, c.end)
            return rest if actor_phrase(doc, rest) else c
    return c
