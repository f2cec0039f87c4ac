"""Given names that are frequent common nouns, read by their context (round 62).

- :func:`common_givens`: a one-word person whose word is a given name that is also a frequent common noun
  (``common_noun_givens``: «مالك» owner, «صدام» clash) is that noun where a mention of it heads a construct
  before a definite or a frequent noun («مالك المطعم», «مالك مطعم», «صدام «الولاءات»») and the article never
  names him by a longer name («مالك بن نبي», «صدام حسين») nor after a title («الشيخ مالك»): then all its bare
  mentions go;
- :func:`coached_clubs`: «درب» (the verb «درّب», coached) before a club's name («درب النصر») or after a relative
  pronoun («الذي درب الفريق») is no place named «درب ...» (a path);
- :func:`listed_given_pairs`: a listed given name and a rare word, in a list before «، و» and a person's name
  («عارف الزوكا، وياسر العوضي»), is a person;
- :func:`phrase_givens` (round 89): common phrases read as names: a part of the day before a day word
  («صباح اليوم», «مساء الجمعة»: no «صباح»), «في صالح X» / «لصالح الحكومة» (in the interest of: no «صالح»),
  «جنة عدن» (the Garden of Eden: no Aden), «حسن» before an abstract noun («حسن النية», «حسن الجوار»: good faith,
  good neighbourliness: no person «حسن»).
"""

from __future__ import annotations

import re

from ..doc import Doc, Mention
from ..events.forms import fw
from ..text.normalize import norm_key
from .crf import load_lexicon
from .gazetteer import Gazetteer, clitic_variants
from .sport import CLUBS, CLUBS_IN_SPORT

_NEXT_WORD = re.compile(r"[\s«\"“']*([\u0621-\u064a\u0640\u064b-\u0652]+)")
_PREV_WORD = re.compile(r"([\u0621-\u064a\u0640\u064b-\u0652]+)[\s«\"“']*$")
_NAME_FLAGS = set("gfFW")
_FREQUENT_ZIPF10 = 38  # an indefinite noun of the news after the name («مطعم»)


def _next_key(doc: Doc, end: int) -> str:
    m = _NEXT_WORD.match(doc.text, end)
    return norm_key(m.group(1)) if m else ""


def _prev_key(doc: Doc, start: int) -> str:
    m = _PREV_WORD.search(doc.text, max(0, start - 40), start)
    return norm_key(m.group(1)) if m else ""


def _titled(prev: str, gaz: Gazetteer) -> bool:
    return bool(prev) and any((v,) in gaz.titles for v, _, _ in clitic_variants(prev))


def _common_noun(key: str, gaz: Gazetteer) -> bool:
    """A definite word, or an indefinite one frequent in the news («مطعم», «شركة»), that is no name: no listed
    given or family name, no surname («أمين الجميل», «صدام حسين»)."""
    if len(key) < 3 or (not key.startswith("ال") and load_lexicon().freq.get(key, 0) < _FREQUENT_ZIPF10):
        return False
    w = gaz.name_word(key)
    return not (w is not None and _NAME_FLAGS & set(w.flags)) and key not in gaz.surnames \
        and key[2:] not in gaz.surnames


def common_givens(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Drop the bare mentions of a listed common-noun given name read as the noun (see the module)."""
    words = fw("common_noun_givens")
    bare: dict[str, list[Mention]] = {}
    named: set[str] = set()
    for m in mentions:
        if m.type != "PERSON":
            continue
        parts = [norm_key(w) for w in m.text.split()]
        hits = {p for p in parts if p in words}
        if not hits:
            continue
        if len(parts) > 1 or m.attrs.get("role") or _titled(_prev_key(doc, m.start), gaz):
            named |= hits
        else:
            bare.setdefault(parts[0], []).append(m)
    drop: set[int] = set()
    for word, ms in bare.items():
        if word in named:
            continue
        if any(_common_noun(_next_key(doc, m.end), gaz) for m in ms):
            drop |= {id(m) for m in ms}
    if drop:
        mentions[:] = [m for m in mentions if id(m) not in drop]


def coached_clubs(doc: Doc, mentions: list[Mention]) -> None:
    """Drop a place «درب X» whose X is a club named by a common word («درب النصر»: coached al-Nassr)."""
    verbs = {norm_key(w) for w in ("درب", "ودرب")}
    relatives = {norm_key(w) for w in ("الذي", "التي", "اللذين", "الذين")}
    keep: list[Mention] = []
    for m in mentions:
        parts = m.text.split()
        if m.type == "LOCATION" and len(parts) == 2 and norm_key(parts[0]) in verbs \
                and (norm_key(parts[1]) in CLUBS | CLUBS_IN_SPORT or _prev_key(doc, m.start) in relatives):
            continue
        keep.append(m)
    if len(keep) != len(mentions):
        mentions[:] = keep


_RARE_ZIPF10 = 30  # a family name the lists do not hold is rare in the news («الزوكا»: none)


def listed_given_pairs(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """A listed Arabic given name and a rare word after it, in a list of persons right before «، و» and a
    person's name («هما عارف الزوكا، وياسر العوضي»), is a person: added where no mention covers them."""
    freq = load_lexicon().freq
    toks = doc.tokens
    persons = sorted((m.start, m) for m in mentions if m.type == "PERSON" and " " in m.text.strip())
    starts = {s for s, _ in persons}
    taken = [(m.start, m.end) for m in mentions]
    for i in range(len(toks) - 3):
        a, b, comma = toks[i], toks[i + 1], toks[i + 2]
        if comma.text not in ("،", ",") or not a.text.isalpha() or not b.text.isalpha() \
                or not doc.text[a.end : b.start].isspace():
            continue
        nxt = toks[i + 3]
        if not (nxt.text.startswith("و") and (nxt.start + 1 in starts or nxt.start in starts)):
            continue
        ka, kb = a.norm_key, b.norm_key
        w = gaz.name_word(ka)
        if w is None or "g" not in w.flags or freq.get(kb, 0) >= _RARE_ZIPF10 or gaz.name_word(kb) is not None \
                or (kb,) in gaz.titles or any(s < b.end and a.start < e for s, e in taken):
            continue
        mentions.append(Mention(a.start, b.end, doc.text[a.start : b.end], "PERSON", "pattern",
                                norm_key(doc.text[a.start : b.end])))


_DIGITS = re.compile(r"[\s«\"“'(]*[0-9\u0660-\u0669]")
_FAVOUR_CLITICS = frozenset(("ل", "ول", "فل"))


def _word_prefix(doc: Doc, start: int) -> str:
    """The letters of the mention's word before its start (a proclitic the mention leaves out: «لـ»)."""
    i = start
    while i > 0 and doc.text[i - 1].isalpha():
        i -= 1
    return doc.text[i:start]


def _day_part(doc: Doc, m: Mention) -> bool:
    """«صباح اليوم», «مساء أمس», «صباح الجمعة», «صباح 5 أغسطس»: a part of the day, no person."""
    parts = [norm_key(w) for w in m.text.split()]
    if len(parts) > 1:
        return parts[0] in fw("day_part_givens") and parts[1] in fw("day_part_day_words") \
            and _prev_key(doc, m.start) not in fw("day_part_givens")
    return day_part_at(doc, m.start, m.end)


def day_part_at(doc: Doc, start: int, end: int) -> bool:
    """The word at ``start:end`` is «صباح»/«مساء» before a day word or a date («صباح اليوم», «مساء 12 أغسطس»)."""
    return norm_key(doc.text[start:end]) in fw("day_part_givens") \
        and _prev_key(doc, start) not in fw("day_part_givens") \
        and (_next_key(doc, end) in fw("day_part_day_words") or _DIGITS.match(doc.text, end) is not None)


def favour_at(doc: Doc, start: int, end: int) -> bool:
    """The word at ``start:end`` is «صالح» right after the preposition «في» and before a word («تصب في صالح
    الأسد»: in the interest of)."""
    return norm_key(doc.text[start:end]) == norm_key("صالح") and _word_prefix(doc, start) == "" \
        and _prev_key(doc, start) == norm_key("في") and bool(_next_key(doc, end))


def goodness_at(doc: Doc, start: int, end: int) -> bool:
    """The word at ``start:end`` is the noun «حسن» (goodness) heading an abstract noun («حسن النية», «من حسن
    حظه»: not «حسن البنا», «حسن روحاني»)."""
    return norm_key(doc.text[start:end]) == norm_key("حسن") and _next_key(doc, end) in fw("goodness_nouns")


def phrase_word_at(doc: Doc, start: int, end: int) -> bool:
    """The one word at ``start:end`` is a common phrase's, not a name's («صباح اليوم», «في صالح الأسد», «حسن
    النية»)."""
    return day_part_at(doc, start, end) or favour_at(doc, start, end) or goodness_at(doc, start, end)


def _in_favour(doc: Doc, m: Mention, gaz: Gazetteer) -> bool:
    """«تصب في صالح الأسد», «لصالح الحكومة»: the noun «صالح» (interest) before a word, no person."""
    parts = [norm_key(w) for w in m.text.split()]
    if not parts or parts[0] != norm_key("صالح") or m.attrs.get("role"):
        return False
    first_end = m.start + len(m.text.split()[0])
    if _word_prefix(doc, m.start) in _FAVOUR_CLITICS:
        nxt = parts[1] if len(parts) > 1 else _next_key(doc, m.end)
        return bool(nxt) and _common_noun(nxt, gaz)  # «الموالية لصالح الصماد» keeps the man
    return favour_at(doc, m.start, first_end)


def phrase_givens(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Drop the mentions of a common phrase read as a name (see the module)."""
    drop: set[int] = set()
    named: set[str] = set()
    favour: list[Mention] = []
    for m in mentions:
        if m.type == "PERSON" and (_day_part(doc, m) or " " not in m.text and goodness_at(doc, m.start, m.end)):
            drop.add(id(m))
        elif m.type == "PERSON" and _in_favour(doc, m, gaz):
            favour.append(m)
        elif m.type == "PERSON":
            named.add(m.text)
        elif m.type == "LOCATION" and norm_key(m.text) == norm_key("عدن") \
                and _prev_key(doc, m.start) in fw("garden_words"):
            drop.add(id(m))
    drop |= {id(m) for m in favour if " " not in m.text or m.text not in named}  # «صالح الأسد» named elsewhere stays
    if drop:
        mentions[:] = [m for m in mentions if id(m) not in drop]
