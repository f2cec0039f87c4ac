"""Names that are common words in their place (round ents91):

* «تيارات الإسلام السياسي»: a religion's name with an ideology adjective after it («السياسي», «الجهادي») is a
  current of thought, no named thing: the tagger's MISC goes;
* «بقايا الناصرية», «الفكر الناصرية»: a town's name that is also an ideology's noun (ideology_places) right after a
  noun of ideas or of an era (ideology_cues) is the ideology, no place; so are its other mentions in the article
  where none of them stands after a preposition of place or a town's noun («في الناصرية», «مدينة الناصرية»);
* «منهم سوريون ومصريون، وسودانيون»: an indefinite plural of a country adjective («سودانيون», «سودانيين») is people,
  no place;
* «سؤال عسير» (round ents92): a place whose name is also an adjective (adjective_places: «عسير», difficult), bare,
  right after an indefinite word that is no preposition, title, place or institution noun, is the adjective: the
  tagger's place goes (the rules' reading is ``Recognizer._adjective_reading``); «أمير عسير», «في عسير», «نادي عسير»
  stay the region.
"""

from __future__ import annotations

from ..doc import Doc, Mention
from ..events.forms import fw, fw_keys
from ..text.normalize import norm_key
from .gazetteer import Gazetteer, clitic_keys

_PLACE_CUES = frozenset(norm_key(w) for w in ("في", "من", "إلى", "مدينة", "محافظة", "بلدة", "قضاء"))


def _next_word(text: str, end: int) -> str:
    words = text[end : end + 30].split(maxsplit=1)
    return norm_key(words[0].strip("«»\"()،,.:؛!؟")) if words and text[end : end + 1] == " " else ""


def _prev_word(text: str, start: int) -> str:
    words = text[max(0, start - 30) : start].split()
    return words[-1].strip("«»\"()،,.:؛!؟") if words and text[start - 1 : start] == " " else ""


def common_readings(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Drop the mentions read as a current of thought or as people (see the module), in place."""
    text = doc.text
    adjectives, places, cues = fw_keys("ideology_adjectives"), fw_keys("ideology_places"), fw_keys("ideology_cues")
    drop: list[Mention] = []
    ideas: set[str] = set()
    placed: set[str] = set()
    for m in mentions:
        if m.type == "MISC" and " " not in m.text and _next_word(text, m.end) in adjectives:
            drop.append(m)  # «الإسلام السياسي»
        elif m.type == "LOCATION" and m.key in places:
            before = clitic_keys(_prev_word(text, m.start)) | {norm_key(_prev_word(text, m.start))}
            if before & cues:
                ideas.add(m.key)
            elif before & _PLACE_CUES or m.start > 0 and text[m.start - 1] in "بل":
                placed.add(m.key)
        elif m.type == "LOCATION" and _plural_demonym(m.key, gaz):
            drop.append(m)
        elif m.type == "LOCATION" and m.key in fw("adjective_places") and _adjective_after_noun(doc, m, mentions, gaz):
            drop.append(m)  # «سؤال عسير»
    ideas -= placed
    if drop or ideas:
        mentions[:] = [m for m in mentions if m not in drop and not (m.type == "LOCATION" and m.key in ideas)]


def _plural_demonym(key: str, gaz: Gazetteer) -> bool:
    """«سودانيون», «سودانيين»: one indefinite word, a country adjective's stem with a plural ending."""
    if " " in key or key.startswith("ال") or not key.endswith(("يون", "يين")):
        return False
    return key[:-3] + "ي" in gaz.nisba


def _adjective_after_noun(doc: Doc, m: Mention, mentions: list[Mention], gaz: Gazetteer) -> bool:
    """Is ``m`` bare and right after an indefinite word (one space) that is no preposition, title, place, name or
    institution noun («سؤال عسير»; not «أمير عسير», «في عسير», «منطقة عسير», «نادي عسير»)?"""
    text = doc.text
    if m.text != text[m.start : m.end] or norm_key(m.text) != m.key or text[m.start - 1 : m.start] != " ":
        return False
    prev = text[max(0, m.start - 30) : m.start - 1].split()
    word = prev[-1] if prev else ""
    if not word.isalpha() or any(o.start < m.start - 1 and o.end >= m.start - 1 for o in mentions if o is not m):
        return False  # after punctuation or a number, or after another name
    k = norm_key(word)
    heads = fw("place_named_institutions") | {norm_key("نادي"), norm_key("منطقة"), norm_key("إمارة")}
    keys = clitic_keys(word) | {k}
    return not k.startswith(("ال", "وال", "لل")) and k not in fw("prepositions") \
        and not any(v in heads or (v,) in gaz.titles for v in keys) \
        and not any(t[0] in keys for t in gaz.titles if t)  # «أمير عسير»: the first word of a title («أمير منطقة»)
