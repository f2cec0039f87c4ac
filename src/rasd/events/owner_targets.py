"""Round ev575: the target of an act of force on a party's places is that party.

«قصفت الطائرات مواقع للمتمردين», «تقدمت القوات نحو جيوب الحوثيين», «استهدف الهجوم مواقع تابعة للقوات السورية»,
«هاجم مسلحون مركزًا للدرك»: an act of force (CAMEO 18x, 19x) with no target, whose target phrase opens with a noun of
a place held by a party (function words ``party_place_heads``: «مواقع», «مقر», «جيوب», «معاقل», «نقطة», with or
without the article), past a checkpoint's «تفتيش» or a «تابعة» (``party_place_links``), then the owner: a definite
genitive noun with no proclitic («مواقع الأكراد») or a noun with «لـ» («مواقع للأكراد», «تابعة للتنظيم»). The owner
is the target: the party named there (an organization, a group or a person; not a place), else the group its word
names, read by the groups stage from the owner on (:func:`owner_phrase`). The target phrase is kept.

Nothing for a place of no owner («مواقع أثرية», «المقر الرئيسي»), for an owner that no party is («مواقع التواصل
الاجتماعي»), for an act that is no act of force (a meeting at «المقر الرئيسي للأمم المتحدة»), nor for an owner that
is the act's source. An owner told by a pronoun («مواقعها», «مقرات لها») is left alone.
"""

from __future__ import annotations

from ..doc import Doc, Event, Span
from ..spans import JSON
from .forms import fw_keys, nkey

FORCE_PREFIXES = ("18", "19")
PARTIES = ("ORGANIZATION", "GROUP", "PERSON")
LAM = "ل"


def _bare(key: str) -> str:
    """A word's key without a «و» and the article («والمواقع» → «مواقع»)."""
    return key.removeprefix("و").removeprefix("ال")


def owner_token(doc: Doc, ev: Event) -> int | None:
    """The token of the owner of an act of force's target phrase that opens with a place-of-a-party noun (module
    docstring); None where the phrase does not, or no owner follows."""
    span = ev.attrs.get("target_span")
    if not ev.code.startswith(FORCE_PREFIXES) or not isinstance(span, list) or len(span) != 2:
        return None
    k = doc.token_at(int(span[0]))
    if k is None or _bare(doc.tokens[k].norm_key) not in fw_keys("party_place_heads"):
        return None
    k += 1
    while k < len(doc.tokens) and doc.tokens[k].norm_key in fw_keys("party_place_links"):
        k += 1
    if k >= len(doc.tokens) or doc.tokens[k].start > doc.tokens[k - 1].end + 1:
        return None  # (a comma or a line between: no genitive)
    tok = doc.tokens[k]
    clitics = [w for w in tok.words if w.kind == "proclitic"]
    if any(w.kind == "enclitic" for w in tok.words):
        return None  # («تابعة لهم», «مقرات لها»: a pronoun)
    key = nkey(tok.text)
    if [w.norm for w in clitics] == [LAM] or not clitics and key.startswith(("ال", "لل")):  # «للمتمردين» unsplit
        return k
    return None


def owner_span(doc: Doc, ev: Event, role: str, phrase: JSON) -> Span:
    """The span of an unnamed ``role`` phrase for the groups stage: for the target of an act of force on a party's
    places, from its owner on («مواقع للمتمردين» → «للمتمردين»: the rebels are the group hit); else all of it."""
    span = Span(int(phrase["start"]), int(phrase["end"]))
    k = owner_token(doc, ev) if role == "target" else None
    if k is None or not span.start < doc.tokens[k].start < span.end:
        return span
    return Span(doc.tokens[k].start, span.end)


def owner_targets(doc: Doc, events: list[Event]) -> None:
    """Give each act of force on a named party's places that party as its target (module docstring)."""
    for ev in events:
        if ev.target is not None or not ev.attrs.get("target_text"):
            continue
        k = owner_token(doc, ev)
        if k is None:
            continue
        tok = doc.tokens[k]
        for m in doc.mentions:
            ent = doc.entity(m.entity) if m.entity else None
            if tok.start <= m.start < tok.end and ent is not None and ent.type in PARTIES and ent.id != ev.source:
                ev.target = ent.id
                break
