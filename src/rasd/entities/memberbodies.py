"""A person's country from the body his description names, where no title of his does (round ents91):

* «جيف ديفيس، أحد الناطقين باسم الوزارة»: «أحد/إحدى» + a plural of spokesmen or officials (spokesmen_plurals) + «باسم»
  or «في» + a body with a country (its name or its head noun read as that body before) right after the name: the
  body's country and sector;
* «ضابطا سابقا في القوات المصرية الخاصة اسمه هشام علي عشماوي»: a name right after «اسمه», «يدعى» (naming_cues)
  whose clause names, right before the cue, «في» + a body with a country and at most two of its adjectives: that
  body's country (no sector: a former officer need not serve now).
Not a body after «لدى» or «إلى» (an envoy to a state is not of it), nor across a full stop or a comma.
"""

from __future__ import annotations

import re

from ..doc import Doc, Entity, Mention
from ..events.forms import fw_keys
from ..text.normalize import norm_key
from .gazetteer import clitic_keys
from .personloops import take_country

_STOPS = ".؟!\n،,:؛«»"
_MEMBER = re.compile(r"(\S+) (\S+) (\S+) ")


def member_body(doc: Doc, m: Mention, by_start: dict[int, Entity]) -> Entity | None:
    """«X، أحد الناطقين باسم الوزارة»: the body right after «أحد + plural + باسم/في» after ``m``; None elsewhere."""
    rest = doc.text[m.end : m.end + 80]
    lead = len(rest) - len(rest.lstrip(" ،,"))
    if lead == 0 or rest[:lead].count("،") + rest[:lead].count(",") > 1:
        return None
    got = _MEMBER.match(rest[lead:])
    if got is None or norm_key(got.group(1)) not in fw_keys("one_of_words") \
            or norm_key(got.group(2)) not in fw_keys("spokesmen_plurals") \
            or norm_key(got.group(3)) not in (norm_key("باسم"), norm_key("في")):
        return None
    at = m.end + lead + got.end()
    return next((by_start[p] for p in range(at, at + 3) if p in by_start), None)


def named_in_body(doc: Doc, m: Mention, by_end: dict[int, tuple[Mention, Entity]]) -> Entity | None:
    """«ضابطا في القوات المصرية الخاصة اسمه X»: the body «في» names right before the cue before ``m``; None
    elsewhere."""
    before = doc.text[max(0, m.start - 120) : m.start]
    words = before.split()
    if not words or not before.endswith(" ") or norm_key(words[-1]) not in fw_keys("naming_cues"):
        return None
    at = m.start - 2 - len(words[-1])  # (where the word before the cue ends)
    for extra in range(3):  # the body's own adjectives between it and the cue: «الخاصة»
        got = by_end.get(at)
        if got is not None:
            o, body = got
            prev = doc.text[max(0, o.start - 4) : o.start]
            clitic = doc.text[o.start - 1 : o.start] == "ب" and doc.text[o.start - 2 : o.start - 1] == " "
            if prev.endswith(" في ") or clitic:
                return body
            return None
        if extra == 2:
            break
        head = doc.text[max(0, at - 30) : at]
        adj = head.split()[-1] if head.split() else ""
        if not adj or not head.endswith(adj) or any(ch in _STOPS for ch in adj) \
                or not any(k.startswith("ال") for k in clitic_keys(adj)):
            return None
        at -= len(adj) + 1
    return None
