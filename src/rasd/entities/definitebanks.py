"""Round ne415: a bank named by the definite bank noun and an adjective of a bank's name, with no other word
(«البنك التجاري», «للبنك الأهلي», «المصرف الإسلامي», «البنك التجاري القطري»). The noun is ``bank_heads`` with the
article (and «و», «ب» or «ل» before it), the adjective is one of ``bank_name_adjectives`` (not «المركزي»: «البنك
المركزي» alone is the central bank of whichever country the text is on, left to the tagger and the lists), and a
country's adjective right after it is the bank's too. ANERcorp marks each such bank as an organisation; the tagger
misses the names it has not seen («البنك الأهلي»). A bank noun with any other word after it («البنك في», «البنك
الذي») is no name. Called by :mod:`.stage` after the tagger's mentions are settled."""

from __future__ import annotations

from ..doc import Doc, Mention
from ..events.forms import fw  # data only (closed word lists), no stage
from ..text.normalize import norm_key
from .clitics import clitic_head_offset
from .demonymnames import masculine_demonym
from .gazetteer import Gazetteer
from .units import overlapping


def definite_banks(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Add the banks named by the definite bank noun and a bank's adjective (see the module's doc)."""
    heads = frozenset("ال" + h for h in fw("bank_heads"))
    adjectives = fw("bank_name_adjectives")
    toks = doc.tokens
    for i in range(len(toks) - 1):
        if toks[i + 1].norm_key not in adjectives or doc.text[toks[i].end : toks[i + 1].start] != " ":
            continue  # (the adjective first: far rarer than the noun, and its key needs no clitic reading)
        off = clitic_head_offset(toks[i].text, heads)
        if off is None:
            continue
        j = i + 2
        if j < len(toks) and doc.text[toks[j - 1].end : toks[j].start] == " " \
                and masculine_demonym(toks[j].norm_key, gaz):
            j += 1
        start, end = toks[i].start + off, toks[j - 1].end
        if overlapping(mentions, start, end):
            continue
        text = doc.text[start:end]
        mentions.append(Mention(start, end, text, "ORGANIZATION", "pattern", norm_key(text), None,
                                {"definite_bank": True}))
