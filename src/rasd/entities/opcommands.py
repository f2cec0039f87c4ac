"""Round ents94: a military operations command named by its area («قيادة عمليات صلاح الدين», «قيادة عمليات
بغداد», «لقيادة عمليات الأنبار») is one organisation, the army of the area's state (called by :mod:`.stage`, after
the tagger).

«قيادة» (with «و/ل/ب/ف» before it) + «عمليات» + a listed town or province of one or two words (the gazetteer's, or a
province read only in context: ``places_context.tsv``, «صلاح الدين») is an ORGANIZATION mention over the three
words or four: country the place's, actor ``<ISO>MIL``. What the tagger read inside it goes («صلاح الدين» is no
man there, and the command is no place). Not «غرفة عمليات» (a rebel coalition's own name), nor «قيادة عمليات
النظام» (no listed place after it), nor «قائد عمليات بغداد» (a title: :mod:`.titlerun` reads it)."""

from __future__ import annotations

from ..doc import Doc, Mention
from ..text.normalize import norm_key
from .gazetteer import Entry, Gazetteer, clitic_head_offset
from .localplaces import province_table
from .quotedbodies import state_body

_COMMANDS = frozenset((norm_key("قيادة"),))
_OPERATIONS = norm_key("عمليات")
_AREA_KINDS = frozenset({"city", "capital", "region"})
_PUNCT = "«»\"()،,.:؛!?؟"


def _area(gaz: Gazetteer, keys: list[str]) -> tuple[int, str] | None:
    """(words, the state) of the listed town or province the words ``keys`` begin with (two words first), or None."""
    for n in (2, 1):
        if len(keys) < n:
            continue
        e = gaz.phrases.get(tuple(keys[:n]))
        if isinstance(e, Entry) and e.type == "LOCATION" and e.kind in _AREA_KINDS and e.country:
            return n, str(e.country)
        got = province_table().get(" ".join(keys[:n]))
        if got is not None and got[0] in _AREA_KINDS and got[1]:
            return n, got[1]
    return None


def operations_commands(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«وقال مصدر في قيادة عمليات صلاح الدين» → ORGANIZATION «قيادة عمليات صلاح الدين» (IRQ, IRQMIL)."""
    toks = doc.tokens
    text = doc.text
    for i, tok in enumerate(toks[:-2]):
        if "قياد" not in tok.text:
            continue  # (the common case: one substring test a token)
        off = clitic_head_offset(tok.text, _COMMANDS)
        if off is None or norm_key(toks[i + 1].text) != _OPERATIONS or text[tok.end : toks[i + 1].start] != " ":
            continue
        words: list[str] = []
        j = i + 2
        while j < len(toks) and len(words) < 2 and text[toks[j - 1].end : toks[j].start] == " ":
            word = toks[j].text.rstrip(_PUNCT)
            words.append(norm_key(word))
            if word != toks[j].text:
                break  # (a comma or a full stop ends the name)
            j += 1
        got = _area(gaz, words)
        if got is None:
            continue
        n, iso = got
        last = toks[i + 1 + n]
        start, end = tok.start + off, last.start + len(last.text.rstrip(_PUNCT))
        state_body(doc, mentions, start, end, "ORGH:" + norm_key(text[start:end]) + ":" + iso, iso, iso + "MIL")
