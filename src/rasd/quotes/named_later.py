"""An unnamed source named in the next sentence, for the ``quotes`` stage (round q374): «يقول متحدث باسم شركة X:
«...». يتابع مايكل كيسلا ...: «...»» — the next sentence opens with a cue of going on (adding_cues: «يتابع»,
«وأضاف») whose subject is a person named there for the first time: the spokesman was he, so the first quote is his
too. Only where the first quote's speaker phrase is one indefinite source word («متحدث», «مسؤول», «مصدر»: one man,
not «مصادر»), of the same gender, and nothing but punctuation stands between its words and the second cue."""

from __future__ import annotations

from ..doc import Doc, Quote, Span
from ..events.forms import fw, fw_keys, nkey
from ..text.marks import has_letters_or_digits

_BETWEEN = 6  # characters of punctuation and space between the first quote's words and the going-on cue


def named_later(doc: Doc, quotes: list[Quote]) -> None:
    """Give each quote of an unnamed single source the person the next sentence's going-on cue names (module
    note)."""
    for q, r in zip(quotes, quotes[1:]):
        phrase = q.attrs.get("speaker_text")
        if (q.speaker is not None and not q.attrs.get("spokesman_body")  # (round qu872: a spokesman's body, the man
                or not isinstance(phrase, Span) or q.attrs.get("kind") != "verb"):  # he turns out to be named next)
            continue
        if not _one_source(doc, phrase) or not _goes_on(doc, q, r):
            continue
        ent = doc.entity(r.speaker)
        if ent is None or ent.type != "PERSON" or min(m.start for m in ent.mentions) < r.cue.end:
            continue  # (a man named before: the writer would have named the spokesman then)
        q.speaker = r.speaker
        q.attrs["via"] = "named_later"
        q.attrs.pop("spokesman_body", None)
        del q.attrs["speaker_text"]


def _one_source(doc: Doc, phrase: Span) -> bool:
    """``phrase`` opens with one indefinite source word in the singular («متحدث باسم ...», «مسؤول في ...»)."""
    words = doc.text[phrase.start : phrase.end].split()
    return bool(words) and nkey(words[0]).removeprefix("و") in fw("single_source_heads")


def _goes_on(doc: Doc, q: Quote, r: Quote) -> bool:
    """``r`` is a verb cue of going on with its own subject, of ``q``'s gender, in the singular, opening the
    sentence right after ``q``'s words."""
    if r.attrs.get("kind") != "verb" or r.attrs.get("via") != "subject" or r.speaker is None:
        return False
    if r.attrs.get("gender") != q.attrs.get("gender") or q.attrs.get("plural") or r.attrs.get("plural"):
        return False
    if nkey(doc.text[r.cue.start : r.cue.end]).removeprefix("و") not in fw_keys("adding_cues"):
        return False
    gap = doc.text[q.content.end : r.cue.start]
    return len(gap) <= _BETWEEN and "." in gap and not has_letters_or_digits(gap)
