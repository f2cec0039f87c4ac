"""Round ev494: the force that announces an arrest or an operation's killing is its doer.

«أعلنت قوات الأمن في وقت سابق عن اعتقال العشرات», «أعلن الجيش عن مقتل 20 مسلحا في عملية عسكرية»: a masdar of
arrest (CAMEO 173), or of a killing told as done «في عملية/خلال حملة» (``force_operation_words``, within
``OPERATION_REACH`` tokens, no clause break between), with no doer of its own, right after the subject of a verb of
announcing (``announce_verbs``) that names a state's armed force or police (actor sector MIL/COP, or a name opening
with ``announcing_force_heads``: «قوات الأمن العراقية»), past at most ``INSERT_REACH`` words («في وقت سابق»,
«عن»: no other act, name or clause break between), is done by that force. A ministry or any other announcer
tells a toll of acts done by others («أعلنت وزارة الصحة مقتل 20 في تفجير»: no doer), and an army that announces
its own dead in a bombing («أعلن الجيش مقتل خمسة من جنوده في تفجير») is no doer either (no operation told).

Round ev940: a time between commas is passed over («أعلنت الشرطة البريطانية، أمس، عن توقيف فلان»:
``word_tests.time_insert_tokens``), and so is a body joined to the force by «و» (``_co_announcer_end``: «ومكتب النيابة
العامة البريطانية»: it announces with the force, the force arrests). The act so given its announcer is the force's
claim: reported, as ``condemned.announced`` reads one right after the announcing verb.

Round mn971: an armed group announces the killings its fighters did (sector REB: «أعلنت وحدات حماية شرق كردستان،
الجناح العسكري لمنظومة ...، عن مقتل قائد بارز في الحرس الثوري خلال اشتباكات»), clashes are an operation
(``clash_operation_words``: «اشتباكات», «معارك», «مواجهات»), and an apposition between commas after the announcer's
name («، الجناح العسكري لـ...،», at most ``APPOSED_REACH`` tokens: :func:`_apposed_tokens`) is passed over, names
in it too.
"""

from __future__ import annotations

from ..doc import Doc, Entity, Event
from .forms import fw_keys, nkey
from .source_set import copy_phrase, name_party
from .stops import clause_stop
from .word_tests import time_insert_tokens

ARREST = "173"  # CAMEO: arrest, detain
FIGHT = "19"  # CAMEO: fight (round mn971: the clashes an announced killing was done in)
KILLING = ("18", "19", "20")  # CAMEO: assault, fight, mass violence
FORCE_SECTORS = ("MIL", "COP", "REB")  # actor sectors of armed forces, police and (mn971) armed rebels
INSERT_REACH = 5  # words between the announcer's name and the act («في وقت سابق عن»)
OPERATION_REACH = 12  # words from the killing to «في عملية» (mn971: 12, «مقتل قائد بارز في ... وعدد من الجنود خلال»)
APPOSED_REACH = 18  # round mn971: tokens of an apposition between commas after the announcer («، الجناح العسكري لـ...،»)
COMMA = "،"
ABOUT = "عن"
OPERATION_OPENERS = ("في", "خلال", "اثر", "إثر", "أثناء", "اثناء")  # «في عملية», «خلال حملة»


def _force_name(doc: Doc, ent: Entity | None, text: str) -> bool:
    """Whether the subject ``ent`` (or, unnamed, the phrase ``text``) is a state's armed force or police: a MIL/COP
    actor («الجيش اللبناني»: LBNMIL) or a name opening with a force's head noun («قوات الأمن العراقية»)."""
    if ent is not None and ent.type not in ("ORGANIZATION", "GROUP"):
        return False
    words = (ent.name if ent is not None else text).split()
    actor = ent.actor if ent is not None else None
    return (actor or "").endswith(FORCE_SECTORS) or bool(words) and nkey(words[0]) in fw_keys("announcing_force_heads")


def _verb_subject(doc: Doc, k: int) -> tuple[Entity | None, int] | None:
    """Round mn971: the force named right after a verb of announcing at token ``k`` that no event holds («أعلنت
    وحدات حماية شرق كردستان، ...، عن مقتل»), with the character its name ends at; None where there is none."""
    if k + 1 >= len(doc.tokens) or nkey(doc.tokens[k].text).lstrip("وف") not in fw_keys("announce_verbs"):
        return None
    nxt = doc.tokens[k + 1].start
    m = next((m for m in doc.mentions if m.start == nxt and m.entity is not None), None)
    ent = doc.entity(m.entity) if m is not None and m.entity is not None else None
    return (ent, m.end) if ent is not None and m is not None and _force_name(doc, ent, "") else None


def _subject(doc: Doc, a: Event) -> tuple[Entity | None, int] | None:
    """The force that is the subject of the announcing event ``a``, named right after its verb («أعلنت قوات الأمن»),
    with the character its name ends at; None where ``a`` is no verb of announcing or its subject no force."""
    k = doc.token_at(a.trigger.start)
    if k is None or k + 1 >= len(doc.tokens) or nkey(doc.tokens[k].text).lstrip("وف") not in fw_keys("announce_verbs"):
        return None
    nxt = doc.tokens[k + 1].start
    ent = doc.entity(a.source)
    if ent is not None:
        m = next((m for m in ent.mentions if m.start == nxt), None)
        return (ent, m.end) if m is not None and _force_name(doc, ent, "") else None
    span = a.attrs.get("source_span")
    text = a.attrs.get("source_text")
    if isinstance(span, list) and len(span) == 2 and span[0] == nxt and isinstance(text, str) \
            and _force_name(doc, None, text):
        return None, int(span[1])
    return None


def _operation_after(doc: Doc, ev: Event, t: int) -> int | None:
    """The token of a force's operation named within ``OPERATION_REACH`` words after the killing at token ``t``
    («مقتل 20 مسلحا في عملية عسكرية»), no clause break between; None where there is none."""
    for k in range(t + 1, min(len(doc.tokens), t + 1 + OPERATION_REACH)):
        tok = doc.tokens[k]
        if tok.start >= ev.sentence.end or clause_stop(tok.text):
            return None
        key = tok.norm_key.removeprefix("و")
        if (key in fw_keys("force_operation_words") or key in fw_keys("clash_operation_words")) and doc.tokens[k - 1].norm_key in OPERATION_OPENERS \
                or key[:1] == "ب" and key[1:] in fw_keys("force_operation_words"):
            return k
    return None


def _co_announcer_end(doc: Doc, end: int, before: int) -> int:
    """Round ev940: where a body joined by «و» right after the force's name (its name opening there or one head noun
    on) ends («أعلنت الشرطة البريطانية ومكتب النيابة العامة، أمس، عن توقيف»: the force arrests, the other
    announces with it); ``end`` where none is."""
    k = doc.token_at(end + 1)
    if k is None or not doc.tokens[k].text.startswith("و"):
        return end
    last = doc.tokens[min(k + 1, len(doc.tokens) - 1)].start  # (or past one head noun: «ومكتب النيابة العامة»)
    ends = [m.end for e in doc.entities if e.type in ("ORGANIZATION", "GROUP") for m in e.mentions
            if doc.tokens[k].start <= m.start <= last and m.end < before]
    return max(ends, default=end)


def _apposed_tokens(doc: Doc, t: int, first: int) -> set[int]:
    """Round mn971: the tokens of an apposition between commas that ends right before the act at token ``t`` (or
    before its «عن»), at most ``APPOSED_REACH`` tokens, none before token ``first`` («، الجناح العسكري لمنظومة
    المجتمع الحر الديمقراطي (...)، عن مقتل»); empty where there is none."""
    j = t - 1
    if j > first and doc.tokens[j].norm_key == ABOUT:
        j -= 1
    if j <= first or doc.tokens[j].text != COMMA:
        return set()
    for i in range(j - 1, max(first, j - APPOSED_REACH) - 1, -1):
        if doc.tokens[i].text == COMMA:
            return set(range(i, j + 1))
    return set()


def _announcing(doc: Doc, ev: Event, t: int,
                by_start: dict[int, Event]) -> tuple[Event | None, Entity | None] | None:
    """The announcing event whose force subject ends at most ``INSERT_REACH`` words before the act at token ``t``
    (no other act, name or clause break between; a time between commas is passed over:
    :func:`.word_tests.time_insert_tokens`), with the force's entity (None: an unnamed phrase)."""
    first = doc.token_at(ev.sentence.start) or 0
    apposed = _apposed_tokens(doc, t, first)
    floor = max(-1, t - 2 - INSERT_REACH - 6 - len(apposed))
    inserts = time_insert_tokens(doc, floor + 1, t) | apposed
    for k in range(t - 1, floor, -1):
        tok = doc.tokens[k]
        if tok.start < ev.sentence.start or clause_stop(tok.text) and k not in inserts:
            return None
        a = by_start.get(tok.start)
        found = _subject(doc, a) if a is not None else _verb_subject(doc, k)
        if a is None and found is None:
            continue
        if found is None:
            return None
        end = _co_announcer_end(doc, found[1], ev.trigger.start)
        between = [j for j in range(k + 1, t) if doc.tokens[j].start >= end and j not in inserts]
        named = any(m.start >= end and m.end <= ev.trigger.start and doc.token_at(m.start) not in apposed
                    for e in doc.entities for m in e.mentions)
        return (a, found[0]) if len(between) <= INSERT_REACH and not named else None
    return None


def announced_doers(doc: Doc, events: list[Event]) -> None:
    """Give an announced arrest or operation's killing with no doer the force that announces it (module docstring)."""
    by_start = {o.trigger.start: o for o in events}
    for ev in events:
        if ev.source is not None or ev.attrs.get("source_text") or ev.attrs.get("pos") != "N" \
                or not (ev.code.startswith(ARREST) or ev.code.startswith(KILLING)):
            continue
        t = doc.token_at(ev.trigger.start)
        op = _operation_after(doc, ev, t) if t is not None else None
        if t is None or not ev.code.startswith(ARREST) and op is None:
            continue
        found = _announcing(doc, ev, t, by_start)
        if found is None:
            continue
        a, force = found
        if force is not None and force.id == ev.target:
            continue
        if force is not None:
            name_party(ev, "source", force.id)
        elif a is not None:
            copy_phrase(ev, "source", a)
        ev.attrs["source_announcer"] = True
        if ev.modality == "asserted":
            ev.modality = "reported"  # round ev940: the force's claim, as condemned.announced reads it


def announced_clashes(doc: Doc, events: list[Event]) -> None:
    """Round mn971: the clashes an announced killing was done in («عن مقتل قائد ... خلال اشتباكات»: an event of
    fight, CAMEO 19, with no party) are between the killing's doer (its announcer) and the one it was done to, told
    as the announcer's claim too. Run once the targets are read (``late_targets``: «قائد بارز في الحرس الثوري»)."""
    for ev in events:
        t = doc.token_at(ev.trigger.start)
        if not ev.attrs.get("source_announcer") or ev.source is None or ev.target is None or t is None:
            continue
        op = _operation_after(doc, ev, t)
        if op is not None and doc.tokens[op].norm_key.removeprefix("و") in fw_keys("clash_operation_words"):
            _clash_sides(ev, doc.tokens[op].start, events)


def _clash_sides(ev: Event, start: int, events: list[Event]) -> None:
    """The fight event with no party whose trigger starts at ``start`` takes ``ev``'s source and target."""
    for o in events:
        if o.trigger.start == start and o.code.startswith(FIGHT) and o.source is None and o.target is None \
                and not o.attrs.get("source_text") and not o.attrs.get("target_text"):
            name_party(o, "source", str(ev.source))
            name_party(o, "target", str(ev.target))
            if o.modality == "asserted":
                o.modality = ev.modality
