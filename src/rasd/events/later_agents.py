"""Round ev301: an act with no doer takes the agent phrase told after it, past its own phrases.

«التقارب الذي أعلن عنه في ديسمبر الماضي، من قبل الرئيسين الأميركي باراك أوباما، والكوبي راوول كاسترو», «الهجمات
التي جرت داخل المجتمع من قبل العنصريين», «العمليات مستمرة من أجل اقتحام قاعدة العند ... من قبل قوات الجيش»: agent
words («من قبل», «على يد», «على أيدي»: ``late_agent_preps``) within ``REACH`` tokens after an act with no source name
who did it: the person or body named in the phrase right after them, else that unnamed phrase (up to a comma, a
preposition or a word in «و»; ``PHRASE`` words). Not where another event's trigger stands between (the agent is that nearer act's: «إعلان نبأ غزو
الكويت من قبل نظام صدام» past a statement's matter, «مقتل عقيد من قبل فلان» after a protest), past the end of the
sentence, a clause break, a comma and «و» or a verb of another subject («تلقت تدريبات على يد»), nor where the name is
the act's target.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .acting import can_act
from .chunks import and_clitic, content_text, mention_index, plain_chunk
from .forms import fw, phrase_keys
from .matter_agents import matter_chain
from .nearest_agent import agent_words_at
from .word_tests import clause_break, finite_verb
from .source_set import name_source, set_phrase

REACH = 16  # tokens from the trigger to the agent words
PHRASE = 4  # words of an unnamed agent phrase at most
STOPS = frozenset("،,.:؛;()«»\"")


def _phrase_end(doc: Doc, k: int, end: int) -> int:
    """The last token of the unnamed phrase opening at token ``k`` (up to ``PHRASE`` words)."""
    j = k
    while j + 1 < min(end, k + PHRASE):
        nxt = doc.tokens[j + 1]
        if nxt.text in STOPS or nxt.norm_key in fw("prepositions") or nxt.norm_key.startswith("و") \
                or finite_verb(nxt):
            break
        j += 1
    return j


def later_agents(doc: Doc, events: list[Event]) -> None:
    """Give an act with no source the agent phrase after it (module docstring)."""
    mentions = mention_index(doc)
    agents = phrase_keys(fw("late_agent_preps"))
    for ev in events:
        if ev.source is not None or ev.attrs.get("source_span"):
            continue
        e = doc.token_at(ev.trigger.end - 1)
        end = doc.token_from(ev.sentence.end) or len(doc.tokens)
        if e is None:
            continue
        a = agent_words_at(doc, e + 1, min(end, e + 1 + REACH))
        if a is None:
            continue
        width = next((len(p) for p in agents
                      if tuple(doc.tokens[n].norm_key for n in range(a, min(end, a + len(p)))) == p), 0)
        if width == 0:
            continue  # («برصاص», «بنيران»: weapons, read elsewhere)
        lo, hi = doc.tokens[e].end, doc.tokens[a].start
        if any(o is not ev and lo <= o.trigger.start < hi for o in events):
            continue
        if any(clause_break(doc.tokens[n].text) or finite_verb(doc.tokens[n]) for n in range(e + 1, a)):
            continue
        if any(doc.tokens[n].text in ("،", ",") and and_clitic(doc.tokens[n + 1]) for n in range(e + 1, a - 1)):
            continue  # («لإعدام عدد من أهل السنة، وطلبها رعاية ... من قبل المراجع»: another clause's)
        if matter_chain(doc, str(ev.attrs.get("pos")), ev.code, e, a):
            continue  # («إعلان نبأ غزو الكويت من قبل نظام صدام»: the announced matter's agent)
        k = a + width
        if k >= end:
            continue
        j = _phrase_end(doc, k, end)
        m = next((mentions[n] for n in range(k, j + 1) if n in mentions), None)
        if m is not None:  # (a name in the phrase: «من قبل الرئيسين الأميركي باراك أوباما»)
            if m[1] in ("PERSON", "ORGANIZATION") and m[0] != ev.target:
                name_source(ev, m[0])
                ev.attrs["source_late_agent"] = True
            continue
        phrase = plain_chunk(doc.tokens, k, j)
        if not content_text(doc.tokens[k].text) or not can_act(doc, phrase):
            continue
        set_phrase(ev, "source", doc.text, phrase.start, phrase.end)
        ev.attrs["source_late_agent"] = True
