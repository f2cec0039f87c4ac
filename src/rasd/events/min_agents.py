"""Round ev371: the doer of a hostile act noun told by «من» right after it.

«تلت هجوما من «جبهة النصرة» فجر أمس على مقر الفرقة», «وقوبل الرد بانتقادات حادة من فلان أسقف الكنيسة»: a noun
trigger (no finite verb) of criticising or accusing, rejecting, threatening or force (CAMEO 11, 12, 13, 18, 19, 20)
with no source, named or unnamed, followed right away (past at most ``ADJECTIVES`` adjectives of its own, :func:`
.object_adjectives.adjective_of`; a definite one after a definite noun) by «من», past a quotation mark, and a
person or organisation whose mention starts there (or a person's, past a title: «من الرئيس الأميركي فلان», «من
وزير الخارجية الأميركي فلان»), has that one as its source: «من» after an act noun names who it comes from.

Nothing where the one named is a place («هجوم من سوريا»: where from, not who), where it is the event's target,
where a word of another kind stands between («قتل عناصر من «داعش»»: the members killed, the group theirs), or where
the noun is not an act noun (a verb trigger: «قتلوا من «النصرة»»: who were killed). The «من» that the act's own
frame governs (warning of a danger, revenge on someone) is no such agent: those events are not of these families.
A bare definite head after «من» («من الجبهة») is the body it stands for where the article names exactly one that
the head opens (:func:`rasd.quotes.head_bodies.named_head_body`).
"""

from __future__ import annotations

from ..doc import Doc, Entity, Event
from ..quotes.head_bodies import named_head_body
from ..entities import gazetteer
from ..text.marks import OPEN_QUOTES
from .forms import fw_keys, nkey
from .lexicon import match_token
from .object_adjectives import adjective_of
from .source_set import name_party
from .word_tests import clause_stop, entity_starting, finite_verb, mention_holding

FAMILIES = ("11", "12", "13", "18", "19", "20")
ADJECTIVES = 2  # adjectives between the act noun and «من»
OF = nkey("من")
ACTORS = ("PERSON", "ORGANIZATION")
TITLE_WORDS = 4  # words of a title (its post, a country adjective) before a person's name


def act_adjective(noun: str, word: str, after: str) -> bool:
    """Whether ``word`` is an adjective of the act noun ``noun`` (definite after a definite noun)."""
    n, w = nkey(noun), nkey(word)
    for clitic in ("و", "ب", "ل", "ف"):
        if n.startswith(clitic + "ال"):
            n = n[1:]
            break
    if n.startswith("ال") != w.startswith("ال"):
        return False
    if n.startswith("ال"):
        noun, word = noun[2:] if noun.startswith("ال") else noun[3:], word[2:]
        after = ""
    return adjective_of(noun, word, after, nisba=True)


def titled_person(doc: Doc, n: int) -> Entity | None:
    """«من الرئيس الأميركي باراك أوباما», «لوزير الخارجية الفرنسي فلان»: the person named past at most
    ``TITLE_WORDS`` words from token ``n``: the first a title (``titles``, past a glued «ل»), the others titles,
    country adjectives or definite words (the post's genitive: «الخارجية»)."""
    toks = doc.tokens
    first = toks[n].norm_key
    if first not in fw_keys("titles") and not (first[:1] == "ل" and first[1:] in fw_keys("titles")):
        return None
    nisba = gazetteer.load().nisba
    for k in range(n + 1, min(len(toks), n + 1 + TITLE_WORDS)):
        ent = entity_starting(doc, k)
        if ent is not None:
            return ent if ent.type == "PERSON" else None
        key = toks[k].norm_key
        if key not in fw_keys("titles") and key not in nisba and not key.startswith("ال"):
            return None
    return None


def past_act_noun(doc: Doc, ev: Event) -> int | None:
    """The token right after the event's noun trigger and its adjectives (at most ``ADJECTIVES``), where the
    trigger is a noun (not a finite verb, read as a noun by the lexicon) and a token follows; else None."""
    toks = doc.tokens
    first, last = doc.token_at(ev.trigger.start), doc.token_at(ev.trigger.end - 1)
    if first is None or last is None or toks[last].end != ev.trigger.end or finite_verb(toks[first]):
        return None
    hit = match_token(toks, first)
    if hit is None or hit.pos != "N":
        return None  # («قتلوا من «النصرة»»: a verb, whose «من» tells whom the killed were of)
    noun = toks[last].text
    k = last + 1
    for _ in range(ADJECTIVES):
        if k + 1 >= len(toks) or clause_stop(toks[k].text) or mention_holding(doc, k) is not None \
                or toks[k].words[:1] and toks[k].words[0].kind == "proclitic" \
                or not act_adjective(noun, toks[k].text, toks[k + 1].text):
            break  # (no adjective bears a clitic: «لروسيا», «بدعم»)
        k += 1
    return k if k + 1 < len(toks) else None


def _agent(doc: Doc, ev: Event) -> Entity | None:
    """The person or body named by «من» right after the act noun (module docstring), or None."""
    toks = doc.tokens
    k = past_act_noun(doc, ev)
    if k is None or toks[k].norm_key != OF:
        return None
    n = k + 1
    if toks[n].text in OPEN_QUOTES and n + 1 < len(toks):
        n += 1
    ent = entity_starting(doc, n) or titled_person(doc, n)
    if ent is None and toks[n].norm_key.startswith("ال") and (n + 1 >= len(toks) or clause_stop(toks[n + 1].text)
                                                             or entity_starting(doc, n + 1) is None
                                                             and not toks[n + 1].norm_key.startswith("ال")):
        eid = named_head_body(doc, n, ev.trigger.start)  # («هجوما من الجبهة»: the body the bare head stands for)
        ent = doc.entity(eid) if eid is not None else None
    if ent is None or ent.type not in ACTORS or ent.id == ev.target:
        return None
    return ent


def min_agents(doc: Doc, events: list[Event]) -> None:
    """Give a hostile act noun with no source the doer named by «من» right after it (module docstring)."""
    for ev in events:
        if ev.source is not None or ev.attrs.get("source_text") or not ev.code.startswith(FAMILIES):
            continue
        ent = _agent(doc, ev)
        if ent is not None:
            name_party(ev, "source", ent.id)
