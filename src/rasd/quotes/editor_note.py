"""Round qu711: a bracketed note of the editor inside a quote, for the ``quotes`` stage: «الذين يقاطعون إسرائيل موجودون
في البيت الأبيض (يقصد مستشارة الأمن القومي الأميركي، سوزان رايس)», «في ظل حكمه (أي الملا منصور) ستعزز», «من قبل
الجهات التي تطالب بذلك (في إشارة إلى بعض الفصائل المسلحة)» — the writer says whom the speaker meant; those are not
the speaker's words. The quote keeps its content span and gets ``content_parts``: the content without the notes (the
machinery of :func:`rasd.quotes.mid_aside.aside_parts`)."""

from __future__ import annotations

from ..doc import Doc, Quote, Span
from ..events.forms import fw, fw_keys, nkey
from .cues import trim
from .phrases import DEMONSTRATIVES


def note_parts(doc: Doc, quotes: list[Quote]) -> None:
    """Give each quote with an editor's note in brackets inside its content (see :func:`_note_end`) and no
    ``content_parts`` yet the pieces of its content around the notes as ``content_parts``."""
    text = doc.text
    for q in quotes:
        if "content_parts" in q.attrs:
            continue
        parts: list[Span] = []
        start = q.content.start
        at = text.find("(", q.content.start, q.content.end)
        while at >= 0:
            end = _note_end(text, at, q.content.end)
            if end is not None:
                part = trim(text, start, at)
                if part is not None:
                    parts.append(part)
                start = end
            at = text.find("(", max(at + 1, start), q.content.end)
        if start == q.content.start:
            continue  # no note
        last = trim(text, start, q.content.end) if start < q.content.end else None
        if last is not None:
            parts.append(last)
        if parts:
            q.attrs["content_parts"] = parts


def _note_end(text: str, at: int, limit: int) -> int | None:
    """The character end (past its «)», or ``limit`` where it is not closed before) of the editor's note whose «(»
    stands at ``at``: it opens with a verb of meaning (editor_note_openers: «(يقصد ...)»), «في إشارة» (writer_gloss_
    openers), or «أي» before a definite word or a demonstrative («(أي الملا منصور)», «(أي تلك التي ...)»; not «(أي
    صاروخ ...)»: the speaker's «any»); None where the brackets hold anything else («(تموز)», «(حسب قوله)»)."""
    close = text.find(")", at + 1, limit)
    inner = text[at + 1 : close if close >= 0 else limit].split()
    if not inner:
        return None
    first = nkey(inner[0])
    if first == nkey("أي"):
        nxt = nkey(inner[1]) if len(inner) > 1 else ""
        if not (nxt.startswith("ال") or nxt in DEMONSTRATIVES):
            return None
    elif first not in fw_keys("editor_note_openers") and not any(
            [nkey(w) for w in phrase.split(" ")] == [nkey(w) for w in inner[: len(phrase.split(" "))]]
            for phrase in fw("writer_gloss_openers")):
        return None
    return close + 1 if close >= 0 else limit
