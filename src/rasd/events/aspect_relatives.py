"""Round ev594: the doer of a noun act named inside a relative clause on it, after a verb of starting.

«نيران القذائف التي بدأت المقاتلات التركية تلقيها على مواقع «داعش»», «الغارات التي واصل الطيران الروسي شنها»:
a relative pronoun right after the act (or its genitive), then a verb of starting or going on (function words
``relative_aspect_verbs``: «بدأ», «راح», «أخذ», «واصل»), then a phrase with no preposition, then a verb or masdar
whose object pronoun agrees with the relative («التي ... تلقيها», «الذي ... يشنه», «الذين ... يلاحقهم»): the
clause's subject does the act, not a prominent actor told elsewhere. Only a person, a named body or a phrase of
people acts (a town, a thing, an abstraction: none read here).
"""

from __future__ import annotations

from ..doc import Doc
from .actors import actor_phrase, can_act
from .chunks import Chunk, enclitic, verb_key
from .forms import PLACES, fw, fw_keys
from .lexicon import Hit

RELATIVE_REACH = 3  # tokens after the act to its relative pronoun («نيران القذائف التي»)
PRONOUNS = {"الذي": "ه", "التي": "ها", "الذين": "هم"}  # the resumptive pronoun each relative takes


def aspect_doer(doc: Doc, chunks: list[Chunk], hit: Hit, sent_end: int) -> tuple[Chunk, int] | None:
    """The subject of the relative clause on the act of ``hit`` (module docstring) and the token of its resuming
    verb (where the object search starts), else None."""
    toks = doc.tokens
    r = next((r for r in range(hit.j + 1, min(sent_end, hit.j + 1 + RELATIVE_REACH))
              if toks[r].norm_key in fw_keys("relatives")), None)
    if r is None or any(not toks[t].text.isalpha() for t in range(hit.j + 1, r)):
        return None  # (past a comma or a quotation mark: another noun's clause)
    pron = PRONOUNS.get(toks[r].norm_key)
    if pron is None or r + 3 >= sent_end or verb_key(toks[r + 1].text) not in fw("relative_aspect_verbs"):
        return None
    subj = next((c for c in chunks if c.i == r + 2), None)
    if subj is None or subj.prep is not None or subj.number or subj.j + 1 >= sent_end or not can_act(doc, subj):
        return None
    if subj.etype in PLACES or (subj.entity is None and not actor_phrase(doc, subj)):
        return None  # («التي بدأت المدينة تشهدها»: where it happens, not who does it)
    v = subj.j + 1
    if enclitic(toks[v]) != pron or not toks[v].text.isalpha():
        return None
    return subj, v
