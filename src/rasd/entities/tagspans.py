"""Checks on the statistical tagger's spans (:func:`.tagmentions.tagger_mentions`): a common word or noun taken for a
name, a place word or a name before a span, a country that is also an adjective («مالي»), a people's word
(«الأكراد»), and the tails of the document's full names the tagger split."""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Doc, Mention, Token
from ..events.forms import fw
from ..events.trigger_table import verb_forms
from ..text.marks import has_letters
from ..text.normalize import norm_key
from .gazetteer import Entry, Gazetteer, clitic_variants
from .attributes import ROYAL
from .crf import load_lexicon
from .units import QUOTES
from .namerun import FAMILY_MAX_ZIPF10
from .tagpersons import COMMON_ZIPF10
from .trim import TOPIC, is_stop


def common_noun_name(keys: list[str], text: str, doc: Doc, gaz: Gazetteer) -> bool:
    """A tagger's person name none of whose words any name list has, with a frequent word (Zipf ≥ 3.8: «مؤسس»,
    «ناشط», «يؤيد») and written once in the article: a common noun or a verb, not a name."""
    freq = load_lexicon().freq
    return all(gaz.name_word(k) is None for k in keys) and any(freq.get(k, 0) >= COMMON_ZIPF10 for k in keys) \
        and doc.text.count(text) < 2


def common_word_alone(key: str, gaz: Gazetteer) -> bool:
    """Is ``key``, one word, with or without its article, a frequent word (Zipf ≥ 3.5) that no name list has (a
    word only transliterated, «هاون» → hawn, counts as none)?"""
    freq = load_lexicon().freq
    forms = {key, key.removeprefix("ال")}
    return all((w := gaz.name_word(k)) is None or not any(f in w.flags for f in _NAME_FLAGS) for k in forms) \
        and max(freq.get(k, 0) for k in forms) >= COMMON_ALONE_ZIPF10


def quoted(doc: Doc, start: int, end: int) -> bool:
    """Do quotation marks enclose exactly the text from ``start`` to ``end``?"""
    return start > 0 and end < len(doc.text) and doc.text[start - 1] in QUOTES and doc.text[end] in QUOTES


def after_place_word(toks: list[Token], b: int, j: int, first: Token, gaz: Gazetteer) -> bool:
    """Does a word for a kind of place (island, village, mountain, river...) stand right before ``first``, the first
    word of a tagger's person (in its run ``toks[b:j]``), with no title after it («جزيرة لاريونيون»; not «مدينة
    الملك عبد الله»)?"""
    k = next((n for n in range(j - 1, b - 1, -1) if toks[n] is first), 0)
    if k == 0 or (first.norm_key,) in gaz.titles:
        return False
    prev = toks[k - 1].text
    if prev in _PLACE_WORDS or prev[:1] in "وبفل" and prev[1:] in _PLACE_WORDS:  # as written: «وأدى» is no «وادي»
        return True
    # a street, an avenue, a square: «جادة شون هويزر», «شارع جون كينيدي» (but «عن طريق محمد»: by way of him)
    key = norm_key(prev)
    street = key if key in fw("street_words") else key[1:] if key[:1] in "وبفل" else ""
    return street in fw("street_words") and not (street == "طريق" and k >= 2 and toks[k - 2].norm_key == "عن")


_PLACE_WORDS = frozenset((
    "جزيرة", "جزر", "جزيرتي", "بلدة", "قرية", "بحيرة", "نهر", "جبل", "جبال", "وادي", "سهل", "مقاطعة", "إقليم", "اقليم", "محافظة"))
# a natural feature's word is its name's first word («جبل عبد الملك»), not an administrative unit's («محافظة صلاح الدين»
# is «صلاح الدين»)
FEATURE_WORDS = frozenset(("جزيرة", "بحيرة", "نهر", "جبل", "وادي"))  # (not «سهل»: also a verb, facilitated)
_NAME_FLAGS = "gfnFw"  # a given, family, Western or listed name («c» alone, or nothing, is a word only)
COMMON_ALONE_ZIPF10 = 35
_GEO_HEADS = frozenset(norm_key(w) for w in ("جبل", "جبال", "مدينة", "منطقة", "بلدة", "قرية", "وادي", "سهل", "جزيرة",
                                              "حي", "شارع", "ميدان", "مخيم", "بحر", "نهر"))


def adjectival_place(
    toks: list[Token], tok: Token, have: list[Mention], gaz: Gazetteer
) -> tuple[Entry, int] | None:
    """A tagger's place that is a country name and also an adjective (``gaz.adjectival``: «مالي»): the country and
    the offset of its name in ``tok`` («بمالي»: 1), or None where it is the adjective — with the article
    («الدعم المالي») or right after another word that is no function word, no country noun and no place
    («دعم مالي», «مبلغ مالي»; «في مالي», «وحتى مالي», «دولة مالي», «النيجر مالي» are the country); after «و»,
    the second of two adjectives («دعم سياسي ومالي») is the adjective too."""
    i = toks.index(tok)
    prev = toks[i - 1] if i else None
    place = prev is not None and any(m.type == "LOCATION" and m.start <= prev.start < m.end for m in have)
    k0 = tok.norm_key
    if k0 in gaz.adjectival:  # bare: what comes before decides
        if prev is None or not has_letters(prev.text) or is_stop(prev.text, gaz) or place or any(
            k in gaz.country_nouns for k, _, _ in clitic_variants(prev.text)
        ):
            return gaz.adjectival[k0], 0
        return None
    for key, off, pre in clitic_variants(tok.text):  # «بمالي», «ومالي»: a preposition or a conjunction before it
        if off and key in gaz.adjectival and not key.startswith("ال"):
            if pre in ("و", "ف") and prev is not None and not place and prev.norm_key.endswith(("ي", "يه")):
                return None  # «سياسي ومالي»: a second adjective
            return gaz.adjectival[key], off
    return None


def qualified(toks: list[Token], b: int, j: int, tok: Token, gaz: Gazetteer) -> bool:
    """Is ``tok`` (inside the tagged run toks[b:j]) led by a name, a place word or a royal title: «فالتر بوش»,
    «جبال قنديل», «الخديو إسماعيل» (a royal is named by his given name: the surname lookup is not for him)?

    Not when «و» starts a new name («إردوغان وأوباما»)."""
    if tok.words and tok.words[0].kind == "proclitic" and tok.words[0].form == "و":
        return False
    k = next(n for n in range(b, j) if toks[n] is tok)
    prev = toks[k - 1].norm_key if k > 0 else ""
    return bool(gaz.name_word(prev)) and prev not in TOPIC or prev in _GEO_HEADS or prev.removeprefix("ال") in ROYAL


# the nisbas of large Arabian tribes, borne by many: a family name that alone names no one person
TRIBES = frozenset(norm_key(w) for w in (
    "العتيبي", "الزهراني", "القحطاني", "الغامدي", "الشمري", "الحربي", "المطيري", "الدوسري", "العنزي", "الشهري",
    "السبيعي", "الرشيدي", "الجهني", "الشهراني", "البقمي", "السهلي", "الهاجري", "العجمي", "المري", "اليامي",
    "البلوي", "العسيري", "الظفيري", "السلمي", "الثقفي", "الحارثي", "الأحمري", "الرويلي", "الشراري", "العمري",
    "الخثعمي", "الزهيري", "القرني", "الكعبي", "المهيري", "النعيمي", "العازمي", "الفضلي", "الصيعري"))


def people(span: Sequence[Token], gaz: Gazetteer) -> bool:
    """Is the tagger's span a word for a people, a religious community or a sect (also with a clitic, joined by
    «و» or followed by a country adjective: «للأكراد», «السنة والشيعة», «الأكراد السوريون»)? It names no body nor
    place («جبل الأكراد» is one: a place word opens it)."""
    def people(t: Token) -> bool:
        return any(k in gaz.peoples for k, _, _ in clitic_variants(t.text))

    def adjective(t: Token) -> bool:  # «السوري», also plural: «السوريون», «العراقيين»
        return any(k in gaz.nisba or (k.endswith(("ون", "ين")) and k[:-2] in gaz.nisba)
                   for k, _, _ in clitic_variants(t.text))

    if len(span) == 2 and people(span[1]) and any(p == "ل" and k in gaz.peoples for k, _, p in
                                                  clitic_variants(span[1].text)):
        return True  # «مؤيد للأكراد», «موالية للشيعة»: pro-Kurdish, of no body the tagger names
    return people(span[0]) and all(people(t) or adjective(t) for t in span[1:])


def name_tails(full: list[list[str]]) -> dict[str, list[tuple[str, ...]]]:
    """The last two or more words of each full person name of the document («ولد الشيخ أحمد» of «إسماعيل ولد
    الشيخ أحمد»), by their first word, longest first."""
    tails: dict[str, set[tuple[str, ...]]] = {}
    for words in full:
        for k in range(len(words) - 1):
            if len(words) - k >= 2:
                tails.setdefault(words[k], set()).add(tuple(words[k:]))
    return {w: sorted(ts, key=len, reverse=True) for w, ts in tails.items()}


def join_tails(toks: list[Token], labs: list[str], tails: dict[str, list[tuple[str, ...]]]) -> None:
    """Where the tagger split a known name's last words into pieces («ولد» + «أحمد» in «ولد الشيخ أحمد») or cut
    them short, relabel them as one person: the run must touch a person label and hold no other type."""
    if not tails:
        return  # (no full name in the document: no run to find)
    keys = [t.norm_key for t in toks]
    done = 0  # the first token not yet in a run read
    for i in [k for k, key in enumerate(keys) if key in tails]:  # (most words start no name's tail: skipped at once)
        if i < done:
            continue
        run = next((t for t in tails[keys[i]] if tuple(keys[i : i + len(t)]) == t), None)
        if run is None:
            continue
        j = i + len(run)
        inside = labs[i:j]
        if labs[i] != "I-PERS" and any(x.endswith("PERS") for x in inside) \
                and all(x == "O" or x.endswith("PERS") for x in inside) and not (j < len(labs) and labs[j] == "I-PERS"):
            labs[i:j] = ["B-PERS"] + ["I-PERS"] * (j - i - 1)
        done = j


def title_adjective(toks: list[Token], b: int, span: Sequence[Token], gaz: Gazetteer) -> bool:
    """Is the tagger's one-word person the adjective of a definite title right before it («القائد الناجح», the
    successful leader): a definite word that no name list has with its article, whose bare form is only a given
    name («ناجح»), no family or Western name («الدكتور البار», «الرئيس الغنوشي» are named)?"""
    if len(span) != 1 or span[0] is not toks[b] or b == 0:
        return False
    k = span[0].norm_key
    prev = toks[b - 1].norm_key
    if not k.startswith("ال") or k in gaz.names or not prev.startswith("ال") or (prev,) not in gaz.titles:
        return False
    w = gaz.name_word(k)  # («ناجح», «شجاع»: given names; «البار», «الحكيم» are family names too)
    return w is None or "g" in w.flags and not set(w.flags) & set("fwW")


def clitic_given_before(toks: list[Token], b: int, span: Sequence[Token], gaz: Gazetteer, covered: bytearray) -> bool:
    """Is the word right before the tagger's one-word definite person a given name after «ل» with the article
    («للساعدي» + «القذافي»: ل + «الساعدي»), which the tagger left off: a name word no title, of a rarer word (Zipf
    < 4: not «للمرشد»), that no rule mention covers?"""
    if len(span) != 1 or span[0] is not toks[b] or b == 0 or not span[0].norm_key.startswith("ال"):
        return False
    prev = toks[b - 1]
    if not prev.text.startswith("لل") or len(prev.text) < 5 or prev.end + 1 != span[0].start \
            or covered.find(1, prev.start, prev.end) >= 0:
        return False
    key = "ا" + prev.norm_key[1:]  # «للساعدي» → «الساعدي»
    w = gaz.name_word(key)
    return gaz.is_name_word(key) and w is not None and "c" not in w.flags \
        and (key[2:],) not in gaz.titles and load_lexicon().freq.get(key, 0) < FAMILY_MAX_ZIPF10


def region_adjective(keys: list[str]) -> bool:
    """Does a tagger's place or body end with the adjective of a region («جولة شرق أوسطية», «المنطقة الشرق
    أوسطية»): an adjective, which names no place?"""
    return bool(keys) and keys[-1].removeprefix("ال") in fw("region_adjectives")


def verbal_noun_body(toks: list[Token], span: list[Token], gaz: Gazetteer) -> bool:
    """Is a tagger's one-word body a verbal noun of the pattern «الإفعال» that governs an object with «ب» («من شأنها
    الإخلال بالأمن»): an act, no body? (Not a listed name: «الإخوان», «الأهرام».)"""
    if len(span) != 1:
        return False
    k = span[0].norm_key
    base = k.removeprefix("ال")
    if not k.startswith("ال") or len(base) != 5 or base[0] != "ا" or base[3] != "ا" or gaz.phrases.get((k,)) is not None \
            or gaz.name_word(k) is not None:
        return False
    i = toks.index(span[0])
    return i + 1 < len(toks) and toks[i + 1].norm_key.startswith("بال")


def adjective_after_noun(toks: list[Token], b: int, span: Sequence[Token], gaz: Gazetteer,
                         named: set[str]) -> bool:
    """Is the tagger's one-word person the adjective of the common noun right before it («حوار جاد», a serious
    dialogue; «عالم جديد وليد»; «والحكم الرشيد», good governance)? So it is where the word is a frequent one (Zipf
    ≥ 3.8) that the name lists have only as a given name (not a family or Western name: «سعيد», «حسن» are kept), no
    full name of the article (``named``: its words) holds it, and the word before it is a frequent common noun that
    agrees with it (both definite or neither, both with «ة» or neither: not the construct «فريق النصر») and is no
    title, verb, function word, kinship or member noun («نجل جاد», «قال جاد», «يدعي إلياس», «وعبر منصور»)."""
    if len(span) != 1 or span[0] is not toks[b] or b == 0:
        return False
    k = span[0].norm_key
    w = gaz.name_word(k)
    freq = load_lexicon().freq
    if w is None or "g" not in w.flags or set(w.flags) & set("fWc") or k in named \
            or freq.get(k, 0) < COMMON_ZIPF10 or not span[0].text.isalpha():
        return False
    prev = toks[b - 1]
    p = prev.norm_key
    bare = p[1:] if p[:1] in "وف" and len(p) > 3 else p
    pw = gaz.name_word(p)
    if not prev.text.isalpha() or p in gaz.stop or bare in gaz.stop or (bare,) in gaz.titles \
            or (pw is not None and set(pw.flags) - set("cn")) or freq.get(p, 0) < COMMON_ZIPF10:
        return False
    if bare.startswith(("ال", "بال", "كال", "لل")) != k.startswith("ال") \
            or prev.text.endswith("ة") != span[0].text.endswith("ة"):
        return False
    if bare in verb_forms() or bare[:1] == "ي" and len(bare) >= 4 \
            or bare in {norm_key(x) for x in (*fw("kinship_nouns"), *fw("kin_nouns"), *fw("member_nouns"))}:
        return False
    return True


def definite_given_before(toks: list[Token], b: int, span: Sequence[Token], gaz: Gazetteer, covered: bytearray) -> bool:
    """Is the word right before the tagger's one-word definite person a definite given name it left off («الطيب» +
    «البكوش», «الحبيب» + «الصيد»: Maghrebi given names with the article)? So it is where the name lists have it
    as no common word, title, relative adjective or function word, no rule mention covers it, and the word before
    it is no definite noun or title it could qualify («الرجل الطيب») nor a given name it completes («سيف الإسلام»)."""
    if len(span) != 1 or span[0] is not toks[b] or b == 0 or not span[0].norm_key.startswith("ال") \
            or span[0].norm_key in gaz.nisba:
        return False  # («انتفاخ البالون التركي»: a relative adjective is no family name here)
    prev = toks[b - 1]
    k = prev.norm_key
    w = gaz.name_word(k)
    if not k.startswith("ال") or w is None or "c" in w.flags or (k,) in gaz.titles or k in gaz.nisba \
            or k in gaz.stop or covered.find(1, prev.start, prev.end) >= 0 or not prev.text.isalpha():
        return False
    if b >= 2:
        pp = toks[b - 2].norm_key
        if pp.startswith("ال") or (pp,) in gaz.titles or not toks[b - 2].text.isalpha() and toks[b - 2].text not in "،," \
                or given_name(gaz, pp):
            return False  # («سيف» + «الإسلام»: the given name the definite word completes)
    return True


def given_name(gaz: Gazetteer, k: str) -> bool:
    """Do the name lists have ``k`` as a given name («سيف», «نور»)?"""
    w = gaz.name_word(k)
    return w is not None and "g" in w.flags


def given_before_surname(toks: list[Token], b: int, span: Sequence[Token], gaz: Gazetteer, covered: bytearray) -> bool:
    """Is the tagger's one-word place a family name after a given name it left off («ورائد» + «بدير»)? So it is
    where no list has the word as a place but the name lists have it (indefinite), and the word before it (with «و») is a
    given name the lists have as no common word, no title, function word or country adjective, that no rule
    mention covers, after no noun of a place or settlement («حي رائد»)."""
    if len(span) != 1 or span[0] is not toks[b] or b == 0 or not span[0].text.isalpha():
        return False
    k = span[0].norm_key
    w = gaz.name_word(k)
    if (k,) in gaz.phrases or w is None or "c" in w.flags or k in gaz.nisba or span[0].text.startswith("ال"):
        return False  # («جسور النيل»: a definite word after a plural noun is a river's name, no family's)
    prev = toks[b - 1]
    p = prev.norm_key
    p = p[1:] if p[:1] == "و" and not given_name(gaz, p) else p
    pw = gaz.name_word(p)
    if not prev.text.isalpha() or not given_name(gaz, p) or pw is None or "c" in pw.flags or (p,) in gaz.titles \
            or p in gaz.stop or p in gaz.nisba or covered.find(1, prev.start, prev.end) >= 0:
        return False
    pp = toks[b - 2].norm_key if b >= 2 else ""
    return (pp,) not in gaz.titles and pp.removeprefix("ال") not in fw("settlement_nouns") | fw("region_nouns")


def field_adjective(toks: list[Token], b: int, j: int, gaz: Gazetteer) -> bool:
    """Does the tagger's body end on a field in «لل» whose adjective it left off: «المعهد الدولي للتحليل» +
    «السياسي», «المركز الوطني للدراسات» + «الاستراتيجية»? So it is where the word after the body (``toks[j]``) is a
    definite relative adjective that agrees with the field («للتحليل السياسي»: both without «ة»; «للتنمية
    الاقتصادية», «للدراسات الاستراتيجية»: «ة» or a feminine plural, then «ية»); not a country's or a people's
    adjective («للبحوث السعودي»: of the body, not its field), nor a title."""
    if j - b < 2 or j >= len(toks) or not toks[j].text.isalpha():
        return False
    field = toks[j - 1].norm_key
    k = toks[j].norm_key
    if not field.startswith("لل") or len(field) < 5 or not k.startswith("ال") or len(k) < 6:
        return False
    feminine = field.endswith(("ه", "ات"))
    if not k.endswith("يه" if feminine else "ي") or k.endswith("ويه") and not feminine:
        return False
    return k not in gaz.nisba and not gaz.people_adjective(k) and (k,) not in gaz.titles \
        and (k.removeprefix("ال"),) not in gaz.titles and gaz.phrases.get((k,)) is None
