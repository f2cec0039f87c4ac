"""A press review's dropped subject, round 288: «سلطت الصحف السودانية الصادرة اليوم الضوء على ... . وأشارت إلى أن
...»: a feminine verb cue with no subject of its own, after newspapers («الصحف», «صحيفة «الرياض»»: press_nouns)
were made the subject of a feminine verb since the last quote, speaks for those newspapers (the paper named, else
the phrase «الصحف السودانية»), not for no one nor for a speaker quoted before them; and the next such cue goes on
with the papers the one before spoke for («وأشارت إلى أن ... . وتطرقت إلى تنفيذ التحالف ... . وقالت إن»)."""

from __future__ import annotations

from ..doc import Doc, Entity, Quote, Span
from ..events.forms import fw_keys, nkey
from ..events.word_tests import finite_verb
from ..text.verb_gender import past_feminine
from .cues import QUOTE_MARK

PRESS_REACH = 1500  # characters from the newspapers to the cue
_PRESS = fw_keys("press_nouns")
_OPENING = frozenset(nkey(w) for w in ("إلى", "أن", "بأن", "إن", ":", "على", "عن"))  # what a dropped subject's cue
# reports with
_BARE_ONE = frozenset(nkey(w) for w in ("الصحيفة", "الجريدة"))
_ADJECTIVE_ENDINGS = ("يه", "يين", "ية")  # (keys fold «ة» to «ه»)


def press_speakers(doc: Doc, quotes: list[Quote]) -> None:
    """Give each feminine verb cue whose subject was dropped the newspapers of the press review it goes on (see the
    module's note), where they were named as a subject after the last quote before it."""
    for n, q in enumerate(quotes):
        if q.attrs.get("kind") != "verb" or q.attrs.get("gender") != "f" or q.attrs.get("plural") is True:
            continue
        if "speakers" in q.attrs or q.attrs.get("via") not in ("carry", "none") or "speaker_text" in q.attrs:
            continue
        c = doc.token_from(q.cue.start)
        if c is None or _subject_after(doc, c):
            continue
        prior = max((p for p in quotes[:n] if p.cue.start < q.cue.start), key=lambda p: p.cue.start, default=None)
        since = prior.cue.end if prior is not None else 0
        press = _press_subject(doc, max(since, q.cue.start - PRESS_REACH), c)
        told = prior.attrs.get("speaker_text") if prior is not None else None
        if press is None and prior is not None and prior.attrs.get("via") == "press" and (
                prior.speaker is not None or isinstance(told, Span)) and q.cue.start - prior.cue.end <= PRESS_REACH:
            press = (prior.speaker, told if isinstance(told, Span) else prior.cue)  # «وأشارت ... . وقالت»: on
        if press is None:
            continue
        speaker, phrase = press
        after = max(phrase.end, since)
        held = doc.entity(q.speaker) if q.speaker is not None else None
        if held is not None and is_medium(held) and any(after <= m.start < q.cue.start for m in held.mentions):
            continue  # «اهتمت بهذا الموضوع، أيضا، صحيفة «X»، وقالت»: the paper carried is named after them
        q.speaker = speaker
        q.attrs.pop("affiliation", None)
        q.attrs.pop("body", None)
        if speaker is None:
            q.attrs["speaker_text"] = phrase
        q.attrs["via"] = "press"


def _subject_after(doc: Doc, c: int) -> bool:
    """Whether the cue at ``c`` has words of its own between it and what it reports (a subject, not «إلى/أن»)."""
    nxt = doc.tokens[c + 1].norm_key if c + 1 < len(doc.tokens) else ""
    return nxt not in _OPENING


def _press_subject(doc: Doc, start: int, c: int) -> tuple[str | None, Span] | None:
    """The last newspapers after character ``start`` and before the cue at ``c`` that are the subject of a
    feminine past verb right before them («سلطت الصحف السودانية», «وقالت صحيفة «الرياض»»): (the paper's entity
    where named, the phrase); None where none are."""
    toks = doc.tokens
    found: tuple[str | None, Span] | None = None
    for k in range(1, c):
        if toks[k].start < start or toks[k].norm_key not in _PRESS:
            continue
        verb = toks[k - 1]
        opening = doc.sentence_of(verb.start)
        if not (finite_verb(verb) and past_feminine(nkey(verb.text))) or opening is None or opening.start != verb.start:
            continue  # «سلطت الصحف ...» opening its sentence; not «...، وشكرت الصحف» (its object)
        end = k
        while end + 1 < c and end - k < 2 and toks[end + 1].norm_key.startswith("ال") and nkey(
                toks[end + 1].text).endswith(_ADJECTIVE_ENDINGS):
            end += 1  # «الصحف السودانية»
        named = _entity_at(doc, toks[k].start, toks[min(c - 1, end + 8)].end)  # «صحيفة «X»» tagged whole
        if named is not None:
            end = next((j for j in range(k, c) if any(
                m.start == toks[k].start and m.end == toks[j].end for e in doc.entities if e.id == named
                for m in e.mentions)), end)
        elif end + 1 < c and QUOTE_MARK.fullmatch(toks[end + 1].text):
            close = next((j for j in range(end + 2, min(c, end + 8)) if QUOTE_MARK.fullmatch(toks[j].text)), None)
            if close is not None:
                named = _entity_at(doc, toks[end + 2].start, toks[close].start)
                end = close
        elif end + 1 < c:
            named = _entity_at(doc, toks[end + 1].start, toks[end + 1].end)
            end = end + 1 if named is not None else end
        if named is None and toks[k].norm_key in _BARE_ONE and end == k:
            continue  # «ونقلت الصحيفة»: the one paper named before, whoever that is (not a phrase of its own)
        found = (named, Span(toks[k].start, toks[end].end))
    return found


def _entity_at(doc: Doc, start: int, end: int) -> str | None:
    """The organisation named from character ``start`` within ``end``; None where none is."""
    for e in doc.entities:
        if e.type == "ORGANIZATION" and any(m.start == start and m.end <= end for m in e.mentions):
            return e.id
    return None


def is_medium(entity: Entity) -> bool:
    """Whether an entity is a medium («صحيفة نيويورك تايمز»: its actor code ends in MED, or its name opens with a
    press noun)."""
    actor = entity.actor or ""
    return actor.endswith("MED") or nkey(entity.name.split(" ")[0]) in _PRESS
