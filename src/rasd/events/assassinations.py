"""Round tp404: a killing of the holder of an office, told by an attack aimed at him, is an assassination (CAMEO 186),
not a use of conventional military force (190). CAMEO codes as 186 the killing of a targeted person, typically a
political or public figure, by a sudden or secret attack; the lexicon gives «قتل», «مقتل», «مصرع» the plain 190, and
only «اغتيال» its 186. Here a killing (the ``kill`` entry, still 190 after the passes) becomes 186 where:

- its victim is the holder of a civil or state office: a PERSON target with a role whose head is in
  ``office_victim_heads`` («النائب العام هشام بركات», «رئيس المخابرات السابق أدولف نشيميريمانا»), or, where no entity is
  the target, a noun trigger followed right after by such a title («مقتل رئيس المخابرات السابق في بوروندي»);
- that victim is the one killed: no conjunct of more dead right after his name («مقتل السفير فلان وثلاثة أميركيين»:
  the dead of an attack on a consulate);
- the victim is no rebel, insurgent or militant (an actor code of such a group: a leader of a rebel movement is
  killed in its war) and the doer is no army (a ``MIL`` actor); gunmen («برصاص مسلحين مجهولين») are the usual
  assassins;
- the sentence tells no battle or strike (``clash_nouns``, ``raid_nouns``, ``air_words``, ``shelling_words``: «قتل
  المحافظ في غارة جوية» is a use of force that hit him, coded by its means), nor a mishap (``mishap_words``,
  ``accident_words``: «قتل الوزير السابق في حادث سير» is no attack at all).

Commanders and ranks of armed men («قائد الحملة»), and people of no office, are left at 190: their killing is as
often in battle or a crime as an assassination."""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import fw, nkey
from .trigger_table import plover_of
from .word_tests import bare_key_at

ASSASSINATE = "186"  # CAMEO: assassinate
KILL_CODE = "190"
KILL_ENTRY = "kill"
ARMED_ACTORS = ("REB", "INS", "UAF", "IMG", "SEP", "MIL")  # actor codes of armed groups and armies (victims)
ARMY = "MIL"  # a doer of this code kills in war, not by an assassination
BATTLE_WORDS = ("clash_nouns", "raid_nouns", "air_words", "shelling_words", "mishap_words", "accident_words")
CO_VICTIM_REACH = 2  # tokens after the victim's name read for «و» + a count of more dead («وثلاثة أميركيين»)


def _office(role: str) -> bool:
    """Whether the title ``role`` opens with a head of a civil or state office (``office_victim_heads``)."""
    words = role.split()
    return bool(words) and nkey(words[0]) in fw("office_victim_heads")


def _armed(actor: str | None) -> bool:
    """Whether the CAMEO ``actor`` code is of an armed group or an army."""
    return actor is not None and any(code in actor for code in ARMED_ACTORS)


def _victim_token(doc: Doc, ev: Event) -> int | None:
    """The last token of the victim's name in the event's sentence: the target's mention nearest after the trigger;
    None where it has none there."""
    ent = doc.entity(ev.target)
    if ent is None:
        return None
    after = [m for m in ent.mentions if ev.sentence.start <= m.start < ev.sentence.end and m.start >= ev.trigger.end]
    if not after:
        return None
    return doc.token_at(min(after, key=lambda m: m.start).end - 1)


def _more_dead(doc: Doc, k: int, end: int) -> bool:
    """Whether the tokens right after the victim's last token ``k`` join more dead to him: «و» + a number («وثلاثة
    أميركيين», «و3 آخرين»)."""
    numbers = [n for n in doc.numbers if doc.tokens[k].end <= n.start]
    for t in range(k + 1, min(end, k + 1 + CO_VICTIM_REACH)):
        tok = doc.tokens[t]
        if tok.norm_key.startswith("و") and any(tok.start <= n.start < tok.end for n in numbers):
            return True
    return False


def _official_victim(doc: Doc, ev: Event, j: int, end: int) -> bool:
    """Whether the victim of the killing whose trigger ends at token ``j`` (its sentence ends at token ``end``) holds
    a civil or state office (see the module)."""
    ent = doc.entity(ev.target)
    if ent is None:
        if ev.target is not None or ev.attrs.get("pos") != "N" or j + 1 >= end:
            return False
        return bare_key_at(doc, j + 1, "office_victim_heads") in fw("office_victim_heads")
    if ent.type != "PERSON" or _armed(ent.actor) or not any(_office(r) for r in ent.roles):
        return False
    k = _victim_token(doc, ev)
    return k is None or not _more_dead(doc, k, end)


def _in_battle(doc: Doc, a: int, b: int) -> bool:
    """Whether the sentence of tokens ``a``..``b`` tells a battle or a strike (``BATTLE_WORDS``)."""
    return any(bare_key_at(doc, t, *BATTLE_WORDS) in fw(words) for t in range(a, b) for words in BATTLE_WORDS)


def assassinations(doc: Doc, events: list[Event]) -> None:
    """Recode as 186 each killing of an office holder by an attack aimed at him (see the module), in place."""
    for ev in events:
        if ev.code != KILL_CODE or ev.attrs.get("trigger_id") != KILL_ENTRY:
            continue
        j = doc.token_at(ev.trigger.end - 1)
        rng = doc.token_range(ev.sentence)
        if j is None or not rng:
            continue
        a, b = rng.start, rng.stop
        if not _official_victim(doc, ev, j, b) or _in_battle(doc, a, b):
            continue
        src = doc.entity(ev.source)
        if src is not None and src.actor is not None and ARMY in src.actor:
            continue
        ev.code, ev.plover = ASSASSINATE, plover_of(ASSASSINATE)


__all__ = ["assassinations"]
