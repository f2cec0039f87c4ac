"""Round lo480: what the written form of an ambiguous place (``ambiguous.tsv``) tells before the countries near it
(:func:`.attach_places.disambiguate`) are asked:

- a vocalised form is one reading: «عمّان» with the shadda is Amman, «عُمان» with the damma is Oman (function
  words ``vocalised_alternatives`` / ``vocalised_mains``, read unfolded: the folding drops the marks);
- «سلطنة عمان» is the country;
- a name alone in brackets where its sentence brackets a country alone too is a country in a list of the
  countries of persons («فلان (السعودية)، وفلان (عمان)»): Oman, even with Jordan named near it."""

from __future__ import annotations

import json
from functools import lru_cache

from ..doc import Doc, Mention
from ..events.forms import data_text
from ..text.normalize import norm_key
from .gazetteer import Gazetteer

MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"  # tanwin, short vowels, shadda, sukun


@lru_cache(maxsize=None)
def _vocalised(name: str) -> tuple[str, ...]:
    """The words of the function-word list ``name`` as written, their marks kept («عمّان»)."""
    return tuple(json.loads(data_text("function_words.json"))[name])


def _bare(text: str) -> str:
    """``text`` without tatweel."""
    return text.replace("\u0640", "")


def _bracketed(doc: Doc, m: Mention) -> bool:
    """Whether ``m`` stands alone in brackets: «(عمان)»."""
    return doc.text[max(0, m.start - 2) : m.start].strip().endswith("(") \
        and doc.text[m.end : m.end + 2].strip().startswith(")")


def _bracketed_country(doc: Doc, m: Mention, mentions: list[Mention], gaz: Gazetteer) -> bool:
    """Whether another place alone in brackets in ``m``'s sentence is a country («حسان العتيبي (السعودية)»)."""
    sent = next((s for s in doc.sentences if s.start <= m.start < s.end), None)
    if sent is None:
        return False
    for o in mentions:
        if o is m or o.type != "LOCATION" or not sent.start <= o.start < sent.end or not _bracketed(doc, o):
            continue
        e = gaz.by_id.get(str(o.attrs.get("gid")))
        if e is not None and e.kind == "country":
            return True
    return False


def marked_reading(doc: Doc, m: Mention, mentions: list[Mention], gaz: Gazetteer) -> bool | None:
    """True where the form of the ambiguous place ``m`` is its alternative reading («عمّان»: Amman), False where it
    is its main one («عُمان», «سلطنة عمان», «فلان (عمان)» among bracketed countries), None where the form does not
    tell (the countries near it do)."""
    text = _bare(m.text)
    if any(text.endswith(w) for w in _vocalised("vocalised_alternatives")):
        return True
    if any(text.endswith(w) for w in _vocalised("vocalised_mains")):
        return False
    if norm_key(doc.text[max(0, m.start - 6) : m.start]).strip().endswith("سلطنه"):
        return False
    if _bracketed(doc, m) and _bracketed_country(doc, m, mentions, gaz):
        return False
    return None
