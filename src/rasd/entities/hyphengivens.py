"""A Western compound given name written with a hyphen between spaces («جان - كلود يونكر»): the tagger's or the
rules' two person mentions on either side of the hyphen are one man's name when the first is one Western given name
and the second opens with another (the flag ``W`` of the name lists)."""

from __future__ import annotations

import re

from ..doc import Doc, Mention
from ..text.normalize import norm_key
from .gazetteer import Gazetteer
from .mentionedits import absorb

_HYPHEN = re.compile(r"\s*[-‐–]\s*")


def _western(word: str, gaz: Gazetteer) -> bool:
    w = gaz.name_word(norm_key(word))
    return w is not None and "W" in w.flags


def hyphen_givens(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Join «جان» and «كلود يونكر» across « - » into «جان - كلود يونكر» (one mention, Doc.text's span)."""
    starts = {m.start: m for m in mentions if m.type == "PERSON"}
    for m in sorted(mentions, key=lambda m: m.start):
        if m.type != "PERSON" or " " in m.text.strip() or not _western(m.text, gaz):
            continue
        gap = _HYPHEN.match(doc.text, m.end)
        if gap is None or "-" not in gap.group() and "‐" not in gap.group() and "–" not in gap.group():
            continue
        if m not in mentions:
            continue  # (absorbed before; asked last: a look through the list, and the tests above are pure)
        nxt = starts.get(gap.end())
        if nxt is None or nxt is m or nxt not in mentions or not nxt.text.split() \
                or not _western(nxt.text.split()[0], gaz):
            continue
        absorb(doc, mentions, m, nxt)
