"""Proclitics at the edges of a name (round en406).

* :func:`preposition_tails`: a person's name never runs on over a preposition glued to a common word («ووصف منتقدي
  زيارة فابيوس بالغوغائية»: he called Fabius's critics demagogues; the man is «فابيوس»). The last word of a
  PERSON mention of two words or more that is «ب», «ل» or «ك» and a common word is cut off: the word after the
  letter is definite and feminine («بالغوغائية», «للحكومة»: no surname is «ب» + «ال» + a word in «ة») or a frequent
  word of the news («بزيارة», «بحضور»), and neither it nor the whole word is a name of the lists («بلقاسم»,
  «بالمر», «لبحاح» keep theirs). Called by :mod:`.stage` after the tagger, with the other tails.
* :func:`own_waw`: the «و» a word begins with is its own where the whole word is a frequent word and what follows
  the letter is no word at all («وداعا»: farewell, not «و» + «داعا»; the segmenter, knowing neither, split it). The
  tagger's name then starts with the word whole (:func:`.tagmentions.tagger_mentions`).
"""

from __future__ import annotations

from ..doc import Doc, Mention
from ..text.normalize import norm_key
from .crf import load_lexicon
from .gazetteer import Gazetteer
from .mentionedits import reend

_PREPOSITIONS = ("ب", "ل", "ك")
_COMMON_ZIPF10 = 40  # a word this frequent in the news (Zipf × 10: «زيارة» 50, «حضور» 46) that no list has as a name
_WORD_ZIPF10 = 30  # the whole word with its «و» is at least this frequent («وداعا» 43)
_NAME_FLAGS = set("gfFWn")  # given, family, female, Western, any-name flags of the name lists (not «c»: common)


def _named(key: str, gaz: Gazetteer) -> bool:
    """Is ``key`` a name word of the lists (not only a common word that some list also holds) or a surname?"""
    w = gaz.name_word(key)
    return w is not None and bool(_NAME_FLAGS & set(w.flags)) and "c" not in w.flags or key in gaz.surnames


def _after_preposition(word: str, gaz: Gazetteer) -> bool:
    """Is ``word`` a preposition and a common word, no name (see :func:`preposition_tails`)?"""
    k = norm_key(word)
    if len(k) < 4 or k[0] not in _PREPOSITIONS or _named(k, gaz):
        return False
    rest = "ا" + k[1:] if k.startswith("لل") else k[1:]  # «للحكومة»: ل + «الحكومة», the article's alef unwritten
    bare = rest.removeprefix("ال")
    if _named(rest, gaz) or _named(bare, gaz):
        return False
    if rest.startswith("ال") and len(bare) >= 4 and bare.endswith("ه"):
        return True  # («ة» is «ه» in the key)
    return len(rest) >= 4 and load_lexicon().freq.get(rest, 0) >= _COMMON_ZIPF10  # (not «كنون»: ك + «نون»)


def preposition_tails(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Cut a preposition and the common word it is glued to off the end of a person's name (in place)."""
    for m in mentions:
        words = m.text.split()
        if m.type != "PERSON" or len(words) < 2 or not _after_preposition(words[-1], gaz):
            continue
        reend(doc, m, m.start + len(m.text.rstrip()[: -len(words[-1])].rstrip()))
        m.attrs.pop("form", None)  # (a written form of the longer span)
        m.attrs["cut_preposition"] = words[-1]


def own_waw(surface: str, gaz: Gazetteer) -> bool:
    """Is the «و» that ``surface`` begins with the word's own (see the module's doc)?"""
    k = norm_key(surface)
    if len(k) < 4 or not k.startswith("و"):
        return False
    freq = load_lexicon().freq
    rest = k[1:]
    return freq.get(k, 0) >= _WORD_ZIPF10 and rest not in freq and gaz.name_word(rest) is None \
        and ("ال" + rest) not in freq and (rest,) not in gaz.phrases
