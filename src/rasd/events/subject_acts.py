"""Round ev445: a verb of force whose subject before it is a campaign noun told with its doer in a relative clause.

«لكن معظم الضربات التي نفذتها أنقرة حتى الآن استهدفت حزب العمال الكردستاني»: a verb trigger of force (CAMEO 18,
19) with no source, right after a named party (past only a time: «حتى الآن», a time expression) that is the subject
of a light verb with the act's pronoun («نفذتها», ``acting.relative_verb``) after a relative pronoun (function
words ``relatives``) on a definite campaign noun (``force_topic_nouns``: «الضربات», «الغارات»): the campaign is the
verb's subject, and the party named its doer. Not where the relative clause is on another noun («المواقع التي
زارها الوزير أمس استهدفت»: no campaign), nor where anything but a time stands between the name and the verb (the
verb then has a subject of its own). Round ev459: commas may set the time off («التي نفذتها أنقرة، حتى الآن،
استهدفت»).

Round ev1004, ``retold_campaign_doers``: «أن الولايات المتحدة وحلفاءها نفذوا 17 ضربة جوية ... . كما أشارت إلى أن سبع
ضربات نفذت قرب الحسكة واستهدفت وحدات تكتيكية»: a verb of force whose subject is a campaign noun with no doer of its
own (past «أن/إن» or the sentence's start, a count before it allowed; after it only its adjectives and a bare
passive of conducting, «نفذت قرب الحسكة», with no comma and no party named before the verb) retells part of the campaign told just before: its doer is the source of the latest noun act of that
campaign (a strike, raid or attack noun, ``force_topic_nouns``) in the sentence or the one before in its
paragraph (``RETOLD_REACH``), over a source carried from the clause's speaker («كما أشار»: he tells it, the strikes
struck).
"""

from __future__ import annotations

from ..doc import Doc, Event
from .acting import relative_verb
from .chunk_reads import in_time
from .chunks import mention_index
from .stops import clause_stop
from .forms import bare, fw, fw_keys, nkey
from .source_set import name_party

FORCE = ("18", "19")  # CAMEO: assault, fight
COMMAS = ("،", ",")  # round ev459: «أنقرة، حتى الآن، استهدفت»: the time set off by commas
UNTIL = nkey("حتى")  # «حتى الآن»: up to now (with ``so_far_words``)
FEMININE_ADJECTIVE = ("ية", "يه")  # «جوية»: a campaign noun's adjective (its key may spell «ة» as «ه»)
RETOLD_REACH = 1  # sentences before a retold campaign's verb read for the campaign's act


def _before_time(doc: Doc, t: int, first: int) -> int:
    """The token before the run of time words that ends at token ``t`` (a time expression, «حتى» + a word of
    ``so_far_words``; round ev459: and the commas that set it off, «أنقرة، حتى الآن، استهدفت»), within the sentence
    from token ``first``; ``t`` itself where none ends there."""
    toks = doc.tokens
    while t >= first:
        if in_time(doc, toks[t]) or toks[t].text in COMMAS:
            t -= 1
        elif t - 1 >= first and toks[t].norm_key in fw_keys("so_far_words") and toks[t - 1].norm_key == UNTIL:
            t -= 2
        else:
            break
    return t


def campaign_doer(doc: Doc, v: int, first: int) -> str | None:
    """The entity named as the doer in the relative clause of the campaign noun that is the subject of the verb at
    token ``v`` (module docstring), in the sentence from token ``first``; else None."""
    toks = doc.tokens
    last = _before_time(doc, v - 1, first)
    named = mention_index(doc).get(last) if last >= first else None
    s = doc.token_at(named[2]) if named is not None else None
    if named is None or s is None or s - 3 < first or doc.token_at(named[3] - 1) != last:
        return None
    if not relative_verb(toks[s - 1].text) or bare(toks[s - 2].norm_key, "relatives") not in fw("relatives"):
        return None
    return named[0] if toks[s - 3].norm_key.removeprefix("و") in fw_keys("force_topic_nouns") else None


def subject_act_doers(doc: Doc, events: list[Event]) -> None:
    """Give a verb of force with no source the doer its campaign subject's relative clause names (module
    docstring)."""
    for ev in events:
        if ev.source is not None or ev.attrs.get("pos") != "V" or not ev.code.startswith(FORCE):
            continue
        v, first = doc.token_at(ev.trigger.start), doc.token_from(ev.sentence.start)
        eid = campaign_doer(doc, v, first) if v is not None and first is not None else None
        if eid is not None and eid != ev.target:
            name_party(ev, "source", eid)
            ev.attrs["source_campaign"] = True


def _campaign_key(key: str) -> bool:
    """Whether a word key (past «و/بـ») is a campaign noun of ``force_topic_nouns``, definite or not («ضربات»)."""
    key = key.removeprefix("و")
    key = key[1:] if key.startswith("ب") and key[1:3] == "ال" else key
    nouns = fw_keys("force_topic_nouns")
    return key in nouns or "ال" + key in nouns


def _counted(doc: Doc, t: int) -> bool:
    """Whether token ``t`` is in a number of the numbers layer («سبع», «17»)."""
    return any(n.start <= doc.tokens[t].start < n.end for n in doc.numbers)


def campaign_subject(doc: Doc, v: int, first: int) -> bool:
    """Whether the verb at token ``v`` has a campaign noun of no doer for its subject: the first word past «أن/إن»
    (or the sentence's start at token ``first``) and a count, with no comma and no name but a place's between it
    and the verb («أن سبع ضربات نفذت قرب الحسكة واستهدفت»)."""
    toks, names = doc.tokens, mention_index(doc)
    s = v - 1
    while s >= first and bare(toks[s].norm_key, "complementizers") not in fw("complementizers"):
        if clause_stop(toks[s].text) or (s in names and names[s][1] != "LOCATION"):
            return False
        s -= 1
    s += 1
    while s < v and _counted(doc, s):
        s += 1
    return s < v and _campaign_key(toks[s].norm_key) and _own_words(doc, s + 1, v)


def _own_words(doc: Doc, t: int, v: int) -> bool:
    """Whether tokens ``t`` to the verb at ``v`` are the campaign's own words, no doer: its feminine adjectives
    («جوية»), then the verb, or a bare passive of conducting (``force_light_verbs``: «نفذت») and words of no actor
    («قرب الحسكة»); never a genitive («عمليات الجيش»: the army's)."""
    toks = doc.tokens
    while t < v and toks[t].norm_key.endswith(FEMININE_ADJECTIVE):
        t += 1
    if t == v:
        return True
    if toks[t].norm_key not in fw_keys("force_light_verbs"):
        return False
    return not any(toks[u].norm_key.removeprefix("ال") in fw("actor_heads") for u in range(t + 1, v))


def _campaign_doer(doc: Doc, events: list[Event], ev: Event) -> str | None:
    """The source of the latest noun act of a campaign (its trigger a ``force_topic_nouns`` word) before ``ev`` in
    its sentence or the ``RETOLD_REACH`` before it; None where that act has none."""
    at = next((n for n, s in enumerate(doc.sentences) if s.start <= ev.trigger.start < s.end), None)
    first = doc.sentences[max(0, at - RETOLD_REACH)].start if at is not None else ev.sentence.start
    para = next((p for p in doc.paragraphs if p.start <= ev.trigger.start < p.end), None)
    first = max(first, para.start) if para is not None else first  # (not past its paragraph: another story)
    for other in reversed(events):
        if other.trigger.start >= ev.trigger.start or other.trigger.start < first:
            continue
        t = doc.token_at(other.trigger.start)
        if other.attrs.get("pos") == "N" and other.code.startswith(FORCE) and t is not None and _campaign_key(
                doc.tokens[t].norm_key):
            return other.source
    return None


def retold_campaign_doers(doc: Doc, events: list[Event]) -> None:
    """Give a verb of force whose subject is a campaign noun of no doer the source of the campaign told just before
    (module docstring), over none or one carried from the clause's speaker."""
    ordered = sorted(events, key=lambda e: e.trigger.start)
    for ev in ordered:
        if ev.attrs.get("pos") != "V" or not ev.code.startswith(FORCE) or (
                ev.source is not None and not ev.attrs.get("source_carried")):
            continue
        v, first = doc.token_at(ev.trigger.start), doc.token_from(ev.sentence.start)
        if v is None or first is None or not campaign_subject(doc, v, first):
            continue
        eid = _campaign_doer(doc, ordered, ev)
        if eid is not None and eid != ev.target:
            name_party(ev, "source", eid)
            ev.attrs["source_campaign"] = True
