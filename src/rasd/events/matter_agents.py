"""Round 285: agent words past a statement's matter are the matter's, not the statement's.

«منذ إعلان نبأ غزو الكويت من قبل نظام صدام»: after a statement noun («إعلان») a genitive chain of three words or more
with no preposition («نبأ غزو الكويت») is what was announced; the agent words («من قبل», «على يد»: ``agent_preps``)
after it name who did that matter (the invasion), not who announced it. «إعلان الحرب من قبل إيران» (one word
between) keeps its agent.

Round ar400: agent words past a relative clause are that clause's: «صد أي هجوم ضد المعارضة التي تلقت تدريبات على
يد الأميركيين»: a relative («التي», ``relatives``) followed by a finite verb between the trigger and «على يد» makes the
agent the relative verb's (the trainers), never the trigger's (the attack); not a relative right after the trigger.
"""

from __future__ import annotations

from ..doc import Doc
from .forms import fw, fw_keys
from .word_tests import finite_verb
from .lexicon import Hit

CHAIN = 3  # words of a construct chain between the statement noun and the agent words


def matter_between(doc: Doc, hit: Hit, agent_at: int) -> bool:
    """Whether the agent words at token ``agent_at`` follow a statement noun at ``hit`` past a genitive chain of
    ``CHAIN`` words or more with no preposition, comma or «و» between (the announced matter's agent)."""
    return matter_chain(doc, hit.pos, hit.entry.code, hit.j, agent_at)


def matter_chain(doc: Doc, pos: str, code: str, j: int, agent_at: int) -> bool:
    """:func:`matter_between` for a trigger of part of speech ``pos`` and CAMEO ``code`` whose last token is ``j``
    (round ev301: `later_agents` asks it of a made event)."""
    if pos != "N" or not code.startswith("01") or agent_at - j - 1 < CHAIN:
        return False
    for t in range(j + 1, agent_at):
        key = doc.tokens[t].norm_key
        if doc.tokens[t].text in ("،", ",", "«", "»") or key in fw("prepositions") or key.startswith("و"):
            return False
    return True


def relative_between(doc: Doc, start: int, agent_at: int) -> bool:
    """Whether a relative pronoun and a finite verb right after it stand in tokens ``start`` + 1 .. ``agent_at`` - 1
    (round ar400: «هجوم ضد المعارضة التي تلقت تدريبات على يد الأميركيين»: the agent is the relative verb's); not a
    relative right after the trigger (token ``start``), whose clause is on the act itself («الهجمات التي وقعت ...
    من قبل المتطرفين»)."""
    toks = doc.tokens
    relatives = fw_keys("relatives")
    return any(toks[t].norm_key in relatives and finite_verb(toks[t + 1]) for t in range(start + 1, agent_at - 1))
