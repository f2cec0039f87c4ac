"""Tests on the statistical tagger's person runs that tell a word of no one's name from a name: a surname of a listed
official that is a common word alone («بحر»: the sea), «و» + a second man's name inside the run («كيري ولافروف»), a
common noun and its country adjective («جيب تركي»), an adjective read as a name («قيادي طالباني», «إن الاجتماع
ناجح»); and the frequency thresholds of a common word they share with :mod:`.trim` and the quotes layer.

Called by :func:`.tagmentions.tagger_mentions`.
"""

from __future__ import annotations

from ..doc import Doc, Token
from ..events.forms import fw, fw_keys  # data only (closed word lists), no stage
from ..text.normalize import norm_key
from .crf import load_lexicon
from .gazetteer import Gazetteer, clitic_keys, clitic_variants


_COMMON_ZIPF10 = 40  # Zipf × 10 of a word frequent in Arabic text (بحر, البحر, فريد)


def common_alone(surface: str, key: str, off: int, full: str, doc: Doc, gaz: Gazetteer) -> bool:
    """May the word ``surface``, read as ``key`` (its proclitic ``off`` letters off), not stand alone for the
    listed person of full name ``full``? It may not where it is a common word: a frequent word whose form with
    or without the article is frequent too («بحر البحر»: the sea, not Ahmed Bahar), unless the article writes
    the person's first name; a word that with its proclitic is a word or name of its own («فريد»: unique,
    not ف + Reed); a frequent word after a proclitic written with its hamza («بأول»: with the first, not Powell)."""
    freq = load_lexicon().freq
    whole = norm_key(surface)
    if off and (gaz.name_word(whole) is not None or freq.get(whole, 0) >= _COMMON_ZIPF10):
        return True
    if not off and any(o and freq.get(v, 0) >= _COMMON_ZIPF10 and surface[o : o + 1] in "أإآ"
                       for v, o, _ in clitic_variants(surface)):
        return True
    other = key[2:] if key.startswith("ال") else "ال" + key
    if freq.get(key, 0) < _COMMON_ZIPF10 or freq.get(other, 0) < _COMMON_ZIPF10:
        return False
    first = norm_key(full.split()[0]) if full.split() else ""
    return not any(t.norm_key == first for t in doc.tokens) if first and first != key else True


def second_name(key: str, prev: str, gaz: Gazetteer) -> bool:
    """Is ``key``, a word in «و» inside a tagger's person run after ``prev``, «و» + a second man's name: an
    official's surname or, after a word that is no given name, a foreign name word («ولافروف», «خروشوف وتيتو»;
    not «مصطفى وزيري»), where the word whole is no name («وليد», «ويليام»)?"""
    if gaz.is_name_word(key):
        return False
    if gaz.official_surname(key[1:]):
        return True
    rest, before = gaz.name_word(key[1:]), gaz.name_word(prev)
    return gaz.is_name_word(key[1:]) and rest is not None and "w" in rest.flags and "g" not in rest.flags \
        and not (before is not None and "g" in before.flags)


def noun_and_nisba(keys: list[str], gaz: Gazetteer) -> bool:
    """Is a tagger's two-word person a frequent common noun and the country adjective that agrees with it («جيب
    تركي», «الجيب التركي»: a Turkish enclave), not a given name and a family name («أحمد تركي», «محمد المصري»)?"""
    if len(keys) != 2 or keys[1] not in gaz.nisba or keys[0].startswith("ال") != keys[1].startswith("ال"):
        return False
    w, freq = gaz.name_word(keys[0]), load_lexicon().freq
    return max(freq.get(keys[0], 0), freq.get(keys[0].removeprefix("ال"), 0)) >= _COMMON_ZIPF10 and (
        w is None or not any(f in w.flags for f in "gWF"))


_THAT = frozenset(norm_key(w) for w in ("إن", "أن", "وإن", "وأن", "فإن", "لأن", "بأن", "إنّ", "أنّ"))
COMMON_ZIPF10 = 38  # Zipf × 10 from which a word of no name list is common («ناشط»: 38, «ناجح»: 41; «دوابشة», a family: 33)


def _movement_nisba(k: str, gaz: Gazetteer) -> bool:
    """«طالباني», «حوثي»: a relative adjective, or one made of a name the gazetteer knows («طالبان»)."""
    return k.endswith("ي") and not k.startswith("ال") and (
        k in gaz.nisba or (k[:-1],) in gaz.phrases or ("ال" + k[:-1],) in gaz.phrases)


def adjective_read_as_name(toks: list[Token], b: int, span: list[Token], gaz: Gazetteer) -> bool:
    """Is the tagger's person run an adjective, no name? A nisba after a noun of a member of a group («قيادي
    طالباني», or «(قيادي) طالباني» where the tagger took the nisba alone: a Taliban leader, not Talabani); a
    frequent Arabic word after «إن/أن» and a definite noun phrase that holds no title («إن الاجتماع ناجح»,
    «أن الحكم السعودي ناجح»: the predicate, not the man named Najih), with what the tagger ran on after it."""
    keys = [t.norm_key for t in span]
    members = fw("member_nouns")
    if len(span) == 2 and clitic_keys(span[0].text) & members and _movement_nisba(keys[1], gaz):
        return True
    if span[0] is not toks[b] or b == 0:
        return False
    if len(span) == 1 and clitic_keys(toks[b - 1].text) & members and _movement_nisba(keys[0], gaz):
        return True
    w = gaz.name_word(keys[0])
    if keys[0].startswith("ال") or (w is not None and {"w", "W"} & set(w.flags)) \
            or load_lexicon().freq.get(keys[0], 0) < COMMON_ZIPF10:
        return False
    k = b - 1
    while k >= 0 and b - k <= 3 and toks[k].norm_key.startswith("ال") \
            and (toks[k].norm_key,) not in gaz.titles:
        k -= 1
    return b - k >= 2 and k >= 0 and toks[k].norm_key in _THAT



_ADJECTIVE_NAME_FLAGS = "gfFw"  # a given, family, female or Western name word («n», seen in a list, is not enough)
_RELATIVE_ZIPF10 = 30  # «نبوي» (prophetic): 31


def frequent_adjective(keys: list[str], first: str, prev: str, named: set[str], gaz: Gazetteer) -> bool:
    """Is a tagger's person run (its first word written ``first``), after the word ``prev``, an adjective of that
    noun, no name? A frequent word alone, of no relative form, that no list has as a given, family or Western name
    and no full name of the article holds, after a noun that is no title nor name: definite after a definite or
    possessed noun («الحديث الشريف», «أسرته الغنية»: his rich family), indefinite and feminine after an
    indefinite feminine noun («أسرة غنية»); or a run that an indefinite
    relative adjective of no name list opens after an indefinite noun («بحديث نبوي شريف»: a saying of the Prophet;
    not «الأمير مولاي الحسن»)."""
    freq = load_lexicon().freq
    p = norm_key(prev)
    if len(keys) == 1:
        w, pw = gaz.name_word(keys[0]), gaz.name_word(p)
        k, definite = keys[0], keys[0].startswith("ال")
        if k.endswith("ي") or k in named or freq.get(k, 0) < COMMON_ZIPF10 \
                or (w is not None and set(_ADJECTIVE_NAME_FLAGS) & set(w.flags)) or (p,) in gaz.titles \
                or (pw is not None and set(_ADJECTIVE_NAME_FLAGS) & set(pw.flags)):
            return False  # («القرضاوي», «المالكي»: a family name of the relative form)
        if definite:  # «الحديث الشريف», «أسرته الغنية»: after a definite or a possessed noun
            return p.startswith("ال") or p.endswith(("ته", "تها", "تهم", "تنا"))
        return k.endswith("ه") and p.endswith("ه") and not p.startswith("ال")  # «أسرة غنية»
    return first.endswith("ي") and keys[0].endswith("ي") and not keys[0].startswith("ال") \
        and gaz.name_word(keys[0]) is None and keys[0] not in gaz.nisba and freq.get(keys[0], 0) >= _RELATIVE_ZIPF10 \
        and not p.startswith("ال") and gaz.name_word(p) is None and (p,) not in gaz.titles and bool(p)


_FROM = norm_key("من")
_PLURAL_ZIPF10 = 25  # «المالكين» (the owners): 32, «مالكين»: 25


def common_noun_reading(toks: list[Token], b: int, span: list[Token], gaz: Gazetteer) -> bool:
    """Is a tagger's one-word person a common noun in this position, no name? The noun of age after «من» after a
    form of «بلغ» («البالغ من العمر 48 عاما»: aged 48, no man named al-Omar); or a sound masculine plural in
    construct, its «ن» dropped before the definite noun it owns («مالكي البيوت»: the owners of the houses, no man
    named Malki): a word in «ي» whose plurals in «ين» with and without the article are frequent words, that no list
    has as a given name, before a definite word of no name nor country adjective."""
    if len(span) != 1 or span[0] is not toks[b]:
        return False
    key = span[0].norm_key
    if key.startswith("ال") and b >= 2 and toks[b - 1].norm_key == _FROM \
            and any(k in fw_keys("reach_age_verbs") for k in clitic_keys(toks[b - 2].text)):
        return True
    if key.startswith("ال") or not key.endswith("ي") or b + 1 >= len(toks) or len(key) < 4:
        return False
    w, freq = gaz.name_word(key), load_lexicon().freq
    nxt = toks[b + 1].norm_key
    return (w is None or not any(f in w.flags for f in "gF")) and nxt.startswith("ال") and len(nxt) > 3 \
        and not gaz.is_name_word(nxt) and nxt not in gaz.nisba and (nxt,) not in gaz.phrases \
        and freq.get(key[:-1] + "ين", 0) >= _PLURAL_ZIPF10 and freq.get("ال" + key[:-1] + "ين", 0) >= _PLURAL_ZIPF10


def relative_after_indefinite(keys: list[str], prev: str, named: set[str], gaz: Gazetteer) -> bool:
    """Is a tagger's one-word person a relative adjective of the indefinite masculine noun right before it («أهم
    شريان بري»: a land artery, no Berri)? So it is where the word, in «ي», is frequent, without the article, and no
    full name of the article holds it («نبيه بري» ... «وأكد بري»), no given name, frequent in its other forms too
    («برية», «البري»), and the noun before it is frequent, indefinite, without «ة» (a feminine noun would take
    «برية»: «زيارة بري» is Berri's visit), and no verb, title, function word nor name word."""
    if len(keys) != 1:
        return False
    k, p = keys[0], norm_key(prev)
    freq = load_lexicon().freq
    if not k.endswith("ي") or k.startswith("ال") or k in named or freq.get(k, 0) < COMMON_ZIPF10 or k in gaz.nisba:
        return False
    w = gaz.name_word(k)
    if (w is not None and set("gfF") & set(w.flags)) or freq.get(k + "ه", 0) < COMMON_ZIPF10 \
            or freq.get("ال" + k, 0) < COMMON_ZIPF10:
        return False  # an adjective is as frequent in the feminine and with the article («برية», «البري»): not
        # «كيري», «خامنئي», nor a given name («هادي»)
    pw = gaz.name_word(p)
    return prev.isalpha() and not p.startswith(("ال", "و", "ف", "ي", "ت", "ب", "ل")) and not p.endswith(("ه", "ا")) \
        and freq.get(p, 0) >= _RELATIVE_ZIPF10 and p not in gaz.stop and (p,) not in gaz.titles \
        and (pw is None or not set(_ADJECTIVE_NAME_FLAGS) & set(pw.flags))
