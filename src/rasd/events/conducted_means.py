"""Round ev915: an act told inside the relative clause that names the doer of a crime or an attack is that doer's.

«الجريمة التي نفذها مستوطنون متطرفون في قرية ... وأدت إلى حرق طفل فلسطيني», «المجزرة التي ارتكبتها قوات النظام
بقصف سوق شعبية»: a head noun of a crime or an attack (function words ``conducted_act_heads``, or a noun act the
events layer read there), a relative pronoun, a verb of conducting with the pronoun of that head (``conduct_verbs``:
«نفذها», «ارتكبتها», «شنه») and its subject; the noun act with no doer of its own that the clause goes on to (a «بـ»
masdar of the manner: «بقصف», «بحرق»; or after «(،) وأدت/وأدى إلى», ``result_verbs``) within ``REACH`` tokens, no
other comma and no other finite verb between, is done by that subject: the head act's doer where the events layer read one,
else the person or body named right after the verb (``masdar_agents.conductor``), else the unnamed phrase of people
there (``group_phrases.read_phrase``: «مستوطنون متطرفون»). Where the act's own genitive was read as its doer («حرق
رضيع فلسطيني»: the burnt infant), that genitive is its object, the target.
"""

from __future__ import annotations

from ..doc import Doc, Event
from ..spans import Span
from ..text.normalize import COMMAS
from .chunks import mention_index
from .forms import bare, fw, fw_keys
from .group_phrases import read_phrase
from .masdar_agents import conductor
from .source_set import copy_phrase, name_party, set_phrase
from .word_tests import finite_verb

REACH = 14  # tokens from the verb of conducting to the act («نفذها مستوطنون ... في قرية دوما بمدينة نابلس وأدت إلى حرق»)
HEAD_GAP = 2  # adjectives of the head noun before the relative («الجريمة الإرهابية البشعة التي»)
PHRASE_WORDS = 3
QUOTE_MARKS = frozenset(("«", "»", '"', "“", "”"))  # words of an unnamed doer phrase after the verb («مستوطنون إسرائيليون»)


def _complement(doc: Doc, i: int, a: int) -> tuple[int, int | None] | None:
    """Where the clause's words end before the act at ``i`` (the last token before it to scan back from) and the
    token of «أدت/أدى» that leads to it, if any: a glued «بـ» manner masdar, or «(و)أدت إلى» + the act."""
    key = doc.tokens[i].norm_key
    if key.startswith("ب") and not key.startswith("بال"):  # («بحرق», «بقصف»; not a definite «بالهجوم»)
        return i - 1, None
    if i - 2 >= a and doc.tokens[i - 1].norm_key in ("الى", "الي", "إلى") and \
            bare(doc.tokens[i - 2].norm_key, "result_verbs") in fw("result_verbs") and \
            doc.tokens[i - 2].norm_key.startswith("و"):
        return i - 3, i - 2
    return None


def _head_key(key: str) -> str:
    """A word's key past «و/ف», «بـ/لـ» and the article («للجريمة», «بالهجوم», «والمجزرة»)."""
    if key[:1] in ("و", "ف") and len(key) > 4:
        key = key[1:]
    if key.startswith("لل"):
        return key[2:]
    if key[:1] in ("ب", "ل") and key[1:].startswith("ال"):
        key = key[1:]
    return key.removeprefix("ال")


def _head_event(doc: Doc, r: int, a: int, events: list[Event]) -> tuple[bool, Event | None]:
    """Whether a head noun of a crime or an attack stands before the relative at ``r`` (past ``HEAD_GAP`` words of
    its own and quotation marks: «"الجريمة الإرهابية البشعة" التي»), and the noun act read on it."""
    words = 0
    for h in range(r - 1, a - 1, -1):
        tok = doc.tokens[h]
        if tok.text in QUOTE_MARKS:
            continue
        if tok.text in COMMAS or h in mention_index(doc) or words > HEAD_GAP:
            return False, None
        words += 1
        own = next((e for e in events if e.attrs.get("pos") == "N" and e.trigger.start <= tok.start < e.trigger.end),
                   None)
        if own is not None or _head_key(tok.norm_key) in fw_keys("conducted_act_heads"):
            return True, own
    return False, None


def _conducting(doc: Doc, last: int, lead: int | None, a: int, verbs: frozenset[int]) -> int | None:
    """The verb of conducting right after a relative, within ``REACH`` tokens before ``last``, with no comma and no
    finite verb (nor a verb trigger: ``verbs``, «وطالب») between but the «وأدت» at ``lead`` (and a comma right
    before it)."""
    for k in range(last, max(a, last - REACH) - 1, -1):
        tok = doc.tokens[k]
        if tok.text in COMMAS and (lead is None or k != lead - 1) or k in verbs and k != lead:
            return None  # (a comma only right before «، وأدت إلى»: the clause's next verb)
        if tok.norm_key in fw("conduct_verbs"):
            return k if k - 1 >= a and bare(doc.tokens[k - 1].norm_key, "relatives") in fw("relatives") else None
        if finite_verb(tok) and k != lead:
            return None
    return None


def _doer_phrase(doc: Doc, k: int, end: int) -> Span | None:
    """The unnamed phrase of people right after the verb at ``k`` («مستوطنون إسرائيليون»), up to a preposition."""
    last = k
    for t in range(k + 1, min(end, k + 1 + PHRASE_WORDS)):
        tok = doc.tokens[t]
        if not tok.text.isalpha() or t in mention_index(doc) or finite_verb(tok) or \
                bare(tok.norm_key, "prepositions") in fw("prepositions") or tok.norm_key[:1] in ("ب", "ل", "و"):
            break
        last = t
    if last == k:
        return None
    found = read_phrase(doc, Span(doc.tokens[k + 1].start, doc.tokens[last].end))
    return found.span if found is not None else None


def _genitive_doer(doc: Doc, ev: Event, i: int, end: int) -> bool:
    """Whether the source phrase read is the act's own genitive, right after it."""
    span = ev.attrs.get("source_span")
    return isinstance(span, list) and len(span) == 2 and i + 1 < end and span[0] == doc.tokens[i + 1].start


def conducted_means(doc: Doc, events: list[Event]) -> None:
    """Give a noun act the doer of the crime or attack whose relative clause tells it (see the module)."""
    verbs = frozenset(t for e in events if e.attrs.get("pos") == "V"
                      for t in [doc.token_at(e.trigger.start)] if t is not None)
    for ev in events:
        if ev.source is not None or ev.attrs.get("pos") not in ("N", "V"):
            continue
        i = doc.token_at(ev.trigger.start)
        a = doc.token_at(ev.sentence.start)
        end = doc.token_from(ev.sentence.end) or len(doc.tokens)
        if i is None or a is None or (ev.attrs.get("source_span") and not _genitive_doer(doc, ev, i, end)):
            continue
        found = _complement(doc, i, a)
        if found is None or ev.attrs.get("pos") == "V" and found[1] is None:
            continue  # (a verb only where «أدت إلى» makes it a masdar: «وأدت إلى حرق رضيع», no verb's subject)
        k = _conducting(doc, found[0], found[1], a, verbs)
        if k is None:
            continue
        headed, head = _head_event(doc, k - 1, a, events)
        if not headed or head is ev:
            continue
        genitive = ev.attrs.get("source_span") if _genitive_doer(doc, ev, i, end) else None
        if head is not None and head.source is not None:
            name_party(ev, "source", head.source)
        elif head is not None and isinstance(head.attrs.get("source_span"), list):
            copy_phrase(ev, "source", head)
        else:
            eid = conductor(doc, k, end)
            phrase = _doer_phrase(doc, k, end) if eid is None else None
            if eid is not None and eid != ev.target:
                name_party(ev, "source", eid)
            elif phrase is not None:
                set_phrase(ev, "source", doc.text, phrase.start, phrase.end)
            else:
                continue
        ev.attrs["source_masdar"] = "conducted_means"
        if isinstance(genitive, list) and ev.target is None:  # («حرق رضيع فلسطيني»: the infant is burnt, no burner)
            set_phrase(ev, "target", doc.text, int(genitive[0]), int(genitive[1]))
