"""A readable Latin form of an Arabic name: name lists first (جون → John), letter rules as the fallback.

Two styles of letter rules for a word no list has: an Arabic name in the simplified Arabic romanisation with the
short vowels that clear patterns show (فاعل «باهر» → Baher; no Arabic word opens on two consonants: «بجراح» →
Bajrah); a Western name (the entity layer's ``western`` flag, or a word with a foreign ending or «تش») in the
letters Western names are written with (غ → g, تش → ch, «وف» → ov, «سكي» → ski, و → o: «بوغدانوف» → Bogdanov)."""

from __future__ import annotations

import re

from ..text.normalize import norm_key, strip_diacritics
from .gazetteer import Gazetteer

# Fallback letter table (a readable romanisation, not a scientific transliteration).
_LETTERS = {
    "ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r",
    "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "'", "غ": "gh", "ف": "f",
    "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w", "ي": "y", "ة": "a", "ء": "'",
    "ڤ": "v", "پ": "p", "چ": "ch", "گ": "g",
}
_VOWEL_LIKE = {"و": "u", "ي": "i"}
_LONG = "اوي"
# a Western name's letters where they differ («ع» and hamza are not written), its endings and the vowel of «و»
_WEST = {**_LETTERS, "غ": "g", "ق": "k", "ع": "", "ء": "", "ذ": "th", "\x01": "ch", "\x02": "e", "\x03": "eu"}
_WEST_VOWEL = {"و": "o", "ي": "i"}
# («غروف» is the name word Grove of the tables, the end of English names: «كوسغروف» Cosgrove, «هارغروف»; not ov)
_WEST_ENDS = (("فيتش", "vich"), ("وفا", "ova"), ("سكي", "ski"), ("سكا", "ska"), ("ينكو", "enko"), ("غروف", "grove"),
              ("وف", "ov"))
_FOREIGN = ("تش", "ڤ", "پ", "چ", "گ")
# the Greek and Latin ending «ـوس» (-os, -us) of a long word with none of the letters of sounds only Arabic names have
# («تساكالوتوس» Tsakalotos, «أوليفيروس» Oliveros; not «عيدروس», «قابوس»)
_GREEK_END = "وس"
_ARABIC_SOUNDS = frozenset("عحصضطظقة")
# the Arabic names of Latin letters («كيه» K, «جيه» J, «دبليو» W): a person's initial with its full stop, «كيه.
# شانموجام» K. Shanmugam (the spellings of :data:`.clitics.INITIALS` and more; «إي» is E, «آي» folds to it)
_INITIAL_LATIN = {
    "ايه": "A", "اي": "E", "بي": "B", "سي": "C", "دي": "D", "اف": "F", "جي": "G", "اتش": "H", "اش": "H",
    "جيه": "J", "كيه": "K", "كي": "K", "ال": "L", "ام": "M", "ان": "N", "او": "O", "كيو": "Q", "ار": "R",
    "اس": "S", "تي": "T", "يو": "U", "في": "V", "دبليو": "W", "اكس": "X", "واي": "Y", "زد": "Z",
}
# «جي» opening a Western name is J («جي كي رولينغ», «جي. دي. فانس», «جي إم بيرغر»: round en1020), not where the writer
# spells J «جيه» («جاكوب جيه. ليو»); a middle initial «جي» stays G («إتش جي ويلز», «أورين جي. هاتش»)
_J_SPELT = re.compile(r"(?<!\S)جيه\.?(?!\S)")
# a letter's name between a given name and a surname is an initial with no full stop where no name syllable or
# particle is so spelt («لوريتا إي لينش» Loretta E. Lynch, «آدم بي شيف»; not «بان كي مون», «دي»/«في»/«ال»)
_MID_INITIALS = frozenset({"ايه", "اي", "بي", "تي", "اتش", "اش", "جيه", "كيه", "كيو", "ار", "اس", "دبليو", "اكس", "زد"})


def _consonant(ch: str) -> bool:
    return ch not in _LONG and ch not in "ة\x02"


def _foreign(key: str) -> bool:
    """A word with a letter or an ending no Arabic name has: «مينتشينكو», «تاغيلوف», «فيلوكليسكو»."""
    return any(x in key for x in _FOREIGN) or any(key.endswith(a) and len(key) > len(a) + 1 for a, _ in _WEST_ENDS) \
        or key.endswith(_GREEK_END) and len(key) >= 6 and not _ARABIC_SOUNDS.intersection(key)


def _arabic_letters(key: str) -> str:
    tail = ""
    if len(key) > 3 and key.endswith("وي") and (key[-3] == "ا" or _consonant(key[-3])):
        key, tail = key[: -3 if key[-3] == "ا" else -2], "awi"  # the nisba «-اوي»: «الفهداوي» Fahdawi, «بدوي»
    out = []
    for i, ch in enumerate(key):
        prev_cons = i > 0 and key[i - 1] not in _LONG
        nxt = key[i + 1] if i + 1 < len(key) else ""
        if ch in _VOWEL_LIKE and prev_cons and nxt != "ا":  # «دوابشة»: و before ا is the consonant (Dawabsha)
            out.append(_VOWEL_LIKE[ch])
        else:
            out.append(_LETTERS.get(ch, ""))
        if i == 0 and (len(key) > 2 or tail) and ch != "ا" and (_consonant(nxt) or len(key) > 2 and key[2] == "ا" and nxt in "وي") and nxt:
            # no Arabic word opens on two consonants: «بجراح» Bajrah, «مستقل» Mustaql (a م- participle is Mu-)
            out.append("u" if ch == "م" and len(key) > 3 and _consonant(key[2]) else "a")
        if i == 2 and _fa3il(key):
            out.append("e")  # فاعل: «باهر» Baher, «راجح» Rajeh, «السادس» (al-)Sades
    return ("".join(out) + tail).replace("''", "'").strip("'")


def _fa3il(key: str) -> bool:
    """The active participle's letters, فاعل or فاعلة: a consonant, alif, two consonants."""
    k = key[:-1] if key.endswith("ة") else key
    return len(k) == 4 and k[1] == "ا" and _consonant(k[0]) and k[2] != "ا" and _consonant(k[3]) and k[2] != "و"


def _western_letters(key: str) -> str:
    end = ""
    for ar, la in _WEST_ENDS:
        if key.endswith(ar) and len(key) > len(ar) + 1:
            key, end = key[: -len(ar)], la
            break
    key = key.replace("تش", "\x01")
    if key[:1] in "ا\x02" and key[1:3] == "يو" and len(key) > 3 and _consonant(key[3]):
        key = "\x03" + key[3:]  # the Greek «إيو» is Eu: «إيوكليد» Euklid
    if not end and len(key) > 2 and key[-1] == "ر" and _consonant(key[-2]) and key[-2] != "ر":
        key, end = key[:-1], "er"  # Western «-er» written «ر» after a consonant: «تونر» Toner, «روكفيلر»
    elif not end and len(key) > 3 and key.endswith("رغ") and _consonant(key[-3]):
        key, end = key[:-2], "erg"  # «غرينبرغ» Grinberg
    out = []
    for i, ch in enumerate(key):
        prev = key[i - 1] if i else ""
        nxt = key[i + 1] if i + 1 < len(key) else ""
        if ch == "ا" and i == 0 and nxt in ("و", "ي") and len(key) > 2 and _consonant(key[2]):
            continue  # the seat of an initial vowel: «أورلاندو» Orlando, «إيدوي» Edwy
        if ch == "ي" and i == 1 and key[0] in "ا\x02" and _consonant(nxt):
            out.append("e" if key[0] == "ا" else "")
        elif ch == "و" and i == 1 and key[0] == "ا" and _consonant(nxt):
            out.append("o")
        elif ch in _WEST_VOWEL and i > 0 and (_consonant(prev) or (prev == "ا" and (_consonant(nxt) or not nxt))):
            out.append(_WEST_VOWEL[ch])  # «باولو» Paolo, «كوستاس» Kostas, «أوشوا» Oshoa
        elif ch == "ي" and prev == "ي":
            continue  # «يي»: one vowel
        elif ch == "ه" and i == len(key) - 1 and _consonant(prev) and i > 1:
            out.append("e")  # «كريستيانه» Kristiane
        else:
            out.append(_WEST.get(ch, ""))
    return "".join(out) + end


def _letters(key: str, western: bool = False) -> str:
    return _western_letters(key) if western else _arabic_letters(key)


def _cap(s: str) -> str:
    return "-".join(p[:1].upper() + p[1:] for p in s.split("-"))


def _final_ta(word: str, key: str) -> str:
    """The key with a final «ة» (folded to «ه» by norm_key) written as the vowel it is read as: «دوابشة» is
    Dawabsha, not «Duabshh»; a word written with a final «ه» keeps it («الله»)."""
    return key[:-1] + "ة" if strip_diacritics(word).endswith("ة") and key.endswith("ه") else key


def _listed(key: str, gaz: Gazetteer, style: str) -> str | None:
    """The name table's Latin form of a word: its Arabic reading for an Arabic name where the lists differ (not
    Wikidata's English «Buddy» for «بادي»), "" where the word has none (the letter rules read it), None if unlisted."""
    nw = gaz.names.get(key)
    if nw is None or not nw.latin:
        return None
    if style != "arabic" or not nw.arabic:
        return nw.latin if style == "western" or not _fa3il(key) else _fa3il_vowel(key, nw.latin)
    return "" if nw.arabic == "-" else nw.arabic


_VOWEL_LETTERS = tuple("aeiou")  # (a tuple: the empty string is not in it)


def _fa3il_vowel(key: str, latin: str) -> str:
    """A listed فاعل form that drops the vowel of its second syllable («باهر» bahr, the noun «بحر»): Baher."""
    end = _LETTERS.get(key[3], "")
    body = latin[: len(latin) - len(end)]
    if end and latin.endswith(end) and sum(1 for a, b in zip(body, body[1:]) if a in "aeiou" and b not in "aeiou") == 1 \
            and body[-1:] not in _VOWEL_LETTERS and body[:1] not in _VOWEL_LETTERS:
        return body + "e" + end
    return latin


def romanize_word(word: str, gaz: Gazetteer, style: str = "") -> str:
    """``style``: "western" or "arabic" where the entity layer reads the whole name as one, else ""."""
    key = norm_key(word)
    western = style == "western" or _foreign(key)
    listed = _listed(key, gaz, "western" if western else style)
    if listed:
        return _cap(listed)
    spelt = _final_ta(word, key)  # the letters the rules read
    if western and word.lstrip("\u0640").startswith("إ"):
        spelt = "\x02" + spelt[1:]  # «إريك» Erik
    if key.startswith("ال") and len(key) > 3:
        rest = _listed(key[2:], gaz, style)
        return "al-" + _cap(rest or _letters(spelt[2:], western))
    if key.startswith("ماك") and len(key) > 4:  # ماكغورك → McGurk (غ in Western names is g)
        return "Mc" + _cap(_letters(spelt[3:].replace("غ", "ج")).replace("j", "g"))
    if key.startswith("عبدال") and len(key) > 6 and not western:  # «عبدالفتاح» written as one word
        return "Abd al-" + _cap(_listed(key[5:], gaz, style) or _letters(spelt[5:]))
    return _cap(_letters(spelt, western))


_JOINED = {"عبد": "Abd", "ابو": "Abu", "ابا": "Aba", "ابي": "Abi"}


def bare_initials(keys: list[str]) -> set[int]:
    """The places of the initials of a name written without a full stop: a run of two letters' names or more at
    its start before a name word («تي إي لورانس» T. E. Lawrence, «جي إم بيرغر»), or one of :data:`_MID_INITIALS`
    alone between two name words («لوريتا إي لينش»)."""
    run = 0
    while run < len(keys) - 1 and keys[run] in _INITIAL_LATIN:
        run += 1
    at = set(range(run)) if run >= 2 else set()
    at.update(i for i in range(1, len(keys) - 1) if keys[i] in _MID_INITIALS
              and keys[i - 1] not in _INITIAL_LATIN and keys[i + 1] not in _INITIAL_LATIN)
    return at


def romanize(name: str, gaz: Gazetteer, style: str = "", text: str = "") -> str:
    """«جون آلين» → "John Allen"; «عبد الله» → "Abdullah" (a compound name read as one where listed).
    ``style``: "western" (Western letters and listed forms) or "arabic" (the lists' Arabic readings: «راجح بادي»
    is not «Rageh Buddy») where the entity layer reads the name as one, else "" (the lists' forms). ``text``: the
    document, whose spelling of J tells what its «جي» is."""
    words = name.split()
    keys = [norm_key(w) for w in words]
    if not style and any(_foreign(k) for k in keys if k not in gaz.names):
        style = "western"  # «إيوكليد تساكالوتوس»: a name word no list has, of a Western ending, makes it Western
    bare = bare_initials(keys)
    out: list[str] = []
    i = 0
    while i < len(words):
        key = keys[i]
        if i in bare or words[i].endswith(".") and len(words) > 1 and norm_key(words[i].rstrip(".")) in _INITIAL_LATIN:
            letter = _INITIAL_LATIN[norm_key(words[i].rstrip("."))]
            if i == 0 and letter == "G" and not _J_SPELT.search(text):
                letter = "J"  # (the writer's J is no «جيه»)
            out.append(letter + ".")  # «كيه. شانموجام»: K. Shanmugam
            i += 1
            continue
        if key in _JOINED and i + 1 < len(words):
            joined = _listed(key + norm_key(words[i + 1]), gaz, "arabic")
            if joined:
                out.append(_cap(joined))
            else:
                rest = romanize_word(words[i + 1], gaz, "arabic")
                if norm_key(words[i + 1]).startswith("ال") and not rest.lower().startswith("al-"):
                    rest = "al-" + rest
                out.append(_JOINED[key] + " " + rest)
            i += 2
            continue
        nw = gaz.names.get(key) if i == 0 and len(words) > 1 and style != "arabic" else None
        if nw is not None and nw.given and (style == "western" or "w" in nw.flags.lower()):
            out.append(_cap(nw.given))  # the given name of a Western name: «باول سوليفان» Paul, not Powell
        else:
            out.append(romanize_word(words[i], gaz, style))
        i += 1
    return " ".join(out)
