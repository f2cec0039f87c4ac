"""Round en472: a cleric's two-word title is no part of the name it comes before.

«رجل الدين علي السيستاني»: the tagger reads «الدين» as the second half of a compound given name («نور الدين»,
«صلاح الدين») and takes «الدين علي السيستاني» for the man. Where a person's mention opens with the second word of a
two-word cleric's title or religious calling (the function-word lists ``cleric_titles`` and ``religious_nouns``:
«رجل الدين», «عالم الدين», «آية الله», «حجة الإسلام») whose first word stands right before it, or opens with the
whole title, the title is cut off the span and becomes the mention's role (so :mod:`.clerics` reads him a cleric).

A compound given name that is no such title stays whole («الشيخ نور الدين محمد», «رجل الأعمال علي»: «نور الدين»
and «رجل الأعمال» are in neither list), and a mention that would keep no name after the title is left alone.
Called by :mod:`.stage` on the mentions, before clustering.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..doc import Doc, Mention
from ..events.forms import fw_keys  # data only (closed word lists), no stage
from ..text.normalize import norm_key
from .splitnames import set_span

_LISTS = ("cleric_titles", "religious_nouns")
_BACK = 30  # characters read before a mention for the title's first word
_CLITICS = ("و", "ف", "ل")  # a conjunction or preposition written on the title's first word («ورجل الدين»)


@lru_cache(maxsize=1)  # (fixed word lists: the same each article)
def _two_word_titles() -> frozenset[str]:
    """The keys of the two-word cleric's titles and religious callings (both lists)."""
    keys: frozenset[str] = frozenset().union(*(fw_keys(n) for n in _LISTS))
    return frozenset(k for k in keys if len(k.split()) == 2)


def _bare(key: str) -> list[str]:
    """``key`` and, where it carries one, the key without a conjunction or preposition written on it."""
    return [key] + [key[1:] for c in _CLITICS if key.startswith(c) and len(key) > 3]


def _title_end(doc: Doc, m: Mention, titles: frozenset[str]) -> int | None:
    """Where the cleric's title that opens ``m`` (in full, or its second word after the first) ends, or None."""
    words = [(w.start(), w.end()) for w in re.finditer(r"\S+", doc.text[m.start : m.end])]
    if len(words) < 2:
        return None
    keys = [norm_key(doc.text[m.start + a : m.start + b]) for a, b in words]
    if any(f"{k} {keys[1]}" in titles for k in _bare(keys[0])) and len(words) >= 3:
        return m.start + words[2][0]  # the whole title inside the span («رجل الدين علي السيستاني»)
    before = doc.text[max(0, m.start - _BACK) : m.start]
    if not before.endswith(" ") or not before.strip():
        return None
    prev = norm_key(before.split()[-1])
    if any(f"{k} {keys[0]}" in titles for k in _bare(prev)):
        return m.start + words[1][0]  # its second word only («رجل» before «الدين علي السيستاني»)
    return None


def cleric_title_spans(doc: Doc, mentions: list[Mention]) -> None:
    """Cut a two-word cleric's title off the persons' mentions it opens (see the module), in place."""
    titles = _two_word_titles()
    for m in mentions:
        if m.type != "PERSON":
            continue
        end = _title_end(doc, m, titles)
        if end is None:
            continue
        head = doc.text[m.start : end].split()
        title = doc.text[m.start : end].strip() if len(head) == 2 else None
        set_span(doc, m, end, m.end)
        if not m.attrs.get("role"):
            prev = doc.text[max(0, m.start - _BACK) : m.start].split()
            m.attrs["role"] = title or " ".join(prev[-2:])
