"""Round ents94: a person's name ends before an adverbial of manner («بشكل», «بصورة», «بصفة»: ``manner_openers``)
that a title's name run took in («ولم يذكر رئيس الوزراء شينزو آبي بشكل مباشر»: the man is «شينزو آبي»; called by
:mod:`.stage`, after the tagger).

A PERSON mention of two words or more whose second word or a later one is a manner opener ends at the last word
before it (its trailing spaces left out). Not the first word (no person's name begins with one), nor a mention of
any other type («مؤسسة بشكل ...» is none of this rule's)."""

from __future__ import annotations

import re

from ..doc import Doc, Mention
from ..events.forms import fw_keys  # data only (closed word lists), no stage
from ..text.normalize import norm_key

_WORD = re.compile(r"\S+")


def manner_tails(doc: Doc, mentions: list[Mention]) -> None:
    """«شينزو آبي بشكل مباشر» → «شينزو آبي» (in place)."""
    openers = fw_keys("manner_openers")
    for m in mentions:
        if m.type != "PERSON" or " " not in m.text:
            continue
        words = list(_WORD.finditer(m.text))
        cut = next((w for w in words[1:] if norm_key(w.group()) in openers), None)
        if cut is None:
            continue
        end = m.start + len(m.text[: cut.start()].rstrip())
        span = doc.text[m.start : end]
        attrs = dict(m.attrs)
        if isinstance(attrs.get("form"), str):
            attrs.pop("form")  # (a written form of the longer span)
        m.end, m.text, m.key, m.attrs = end, span, norm_key(span), attrs
