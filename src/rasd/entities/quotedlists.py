"""Quoted names read by their neighbours, after the tagger (called by :mod:`.stage`), round 70.

- A list of quoted names joined by «،» / «و» only («وهي «بايدو»، و«علي بابا»، و«تنسينت»», «مثل «كوكا كولا»
  و«بيبسي»»), with a body among them and no person or place: its MISC members are bodies too (every MISC mention of
  the same name in the article with them). A quoted name joined by any other word («نظام «ويندوز» في
  «مايكروسوفت»») is no member. A list of MISC names alone is bodies too under a plural body noun up to eight words
  before it, in its sentence («ثلاث شركات عملاقة في مجال البيانات وهي «X»، و«Y»»: ``body_list_heads``).
- One definite word in quotes read as a body with no listed body behind it (no gazetteer id) and no lexicon
  entry, with no body noun among the two words before its quote and no nisba adjective right after it («مؤشرا على «التواطؤ»», «شعارا
  بـ«النيون»», «لـ«الكوريدور»»), is a common noun quoted, no body; a name that a body noun introduces anywhere in
  the article («مجلة «المصور»», «مجموعة «المرابطون»», «الموقع المصري «الوطن»»), or a word of a longer body named in the article («حزب العمال الكردستاني» ...
  «لـ«الكردستاني»»), keeps all its mentions. The body
  nouns are the lists of ``_HEAD_KEYS`` in ``function_words.json``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..doc import Doc, Mention
from ..events.forms import fw, fw_keys  # data only (closed word lists), no stage
from ..text.normalize import norm_key
from .gazetteer import Gazetteer, clitic_keys

_OPEN, _CLOSE = "«", "»"
_JOIN = re.compile(r"\s*(?:[،,]\s*)?(?:و\s*)?")  # what may stand between «X» and «Y» in a list
_HEAD_KEYS = ("quotation_name_heads", "quoted_media_heads", "named_body_heads", "anaphoric_body_heads", "body_heads",
              "described_body_heads", "according_body_heads", "named_group_heads", "definite_body_heads",
              "admin_body_heads", "tail_body_heads", "business_heads")
_NOT_HEADS = frozenset({"لـ", "ل", "لدى", "مدير", "رئيس", "بعنوان", "عنوان"})


def _quoted(text: str, m: Mention) -> bool:
    return m.start > 0 and text[m.start - 1] == _OPEN and text[m.end : m.end + 1] == _CLOSE


def quoted_list_bodies(doc: Doc, mentions: list[Mention]) -> None:
    """Retype the MISC members of a quoted list with a body and no person or place among them (see the module)."""
    text = doc.text
    quoted = sorted((m for m in mentions if _quoted(text, m)), key=lambda m: m.start)
    runs: list[list[Mention]] = []
    for m in quoted:
        last = runs[-1][-1] if runs else None
        gap = text[last.end + 1 : m.start - 1] if last is not None and last.end < m.start else None
        if last is not None and gap is not None and gap.strip() and _JOIN.fullmatch(gap):
            runs[-1].append(m)
        else:
            runs.append([m])
    keys: set[str] = set()
    plural = fw_keys("body_list_heads")
    for run in runs:
        types = {m.type for m in run}
        if len(run) < 2 or "MISC" not in types or types & {"PERSON", "LOCATION"}:
            continue
        if "ORGANIZATION" in types or _listed_under(text, run[0], plural):
            keys.update(m.key for m in run if m.type == "MISC")
    for m in mentions:
        if m.type == "MISC" and m.key in keys:
            m.type = "ORGANIZATION"


def _listed_under(text: str, first: Mention, plural: frozenset[str]) -> bool:
    """Is a plural body noun («شركات», «مطاعم», «صحف») among the eight words before the list, in its sentence?"""
    before = re.split(r"[.!؟?:\n]", text[max(0, first.start - 100) : first.start - 1])[-1]
    return any(clitic_keys(w.strip("،,«»")) & plural for w in before.split()[-8:])


@lru_cache(maxsize=1)  # (fixed word lists: made once, not per article)
def _heads() -> frozenset[str]:
    return frozenset(norm_key(w) for k in _HEAD_KEYS for w in fw(k) if w not in _NOT_HEADS)


def _headed(text: str, m: Mention, heads: frozenset[str]) -> bool:
    """Is there a body noun among the two words before the quote of ``m`` (with «و/بـ/لـ» off)?"""
    before = text[max(0, m.start - 60) : m.start - 1].replace("ـ", " ").split()[-2:]
    return any(clitic_keys(w.strip("،,.:«»")) & heads for w in before)


def quoted_common_bodies(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Drop the quoted common nouns read as bodies (see the module)."""
    text = doc.text
    heads = _heads()
    loose: set[str] = set()
    kept: set[str] = set()
    for m in mentions:
        if m.type != "ORGANIZATION" or not _quoted(text, m):
            continue
        after = text[m.end + 1 : m.end + 30].split()
        if _headed(text, m, heads) or (after and norm_key(after[0].strip("،,.")) in gaz.nisba):
            kept.add(m.key)  # («صحيفة «الشروق»», «الشروق» التونسية)
            continue
        k = norm_key(m.text)
        if " " not in k and k.startswith("ال") and not m.attrs.get("gid") and (k,) not in gaz.phrases:
            loose.add(m.key)  # (a person's name list flag says nothing of a body: «الجهاد», «النيون»)
    if not loose:
        return  # (no quoted common noun read as a body: nothing to drop)
    for m in mentions:  # («لـ«الكردستاني»»: the last word of «حزب العمال الكردستاني» named in the article)
        if m.type == "ORGANIZATION" and " " in m.text.strip():
            kept.update(loose & {norm_key(w) for w in m.text.split()})
    for m in list(mentions):
        if m.type == "ORGANIZATION" and m.key in loose - kept and not m.attrs.get("gid"):
            mentions.remove(m)
