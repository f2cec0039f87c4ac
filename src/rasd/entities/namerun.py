"""Person-name runs for the rules (:mod:`.recognize`): how far a name runs from a word (after a title or not),
which unknown word may still be a name, when a country adjective is a given name («جورجي»), and whether a run of
name words is a Western (transliterated) name. Plain functions over the gazetteer and a sentence's units.
"""

from __future__ import annotations

from ..events.forms import fw, fw_keys  # data only (closed word lists), no stage
from ..text.normalize import norm_key
from .crf import load_lexicon
from .gazetteer import INITIALS, Entry, Gazetteer
from .counterparts import counterpart
from .cluenames import maqsura_family, participle_then_complement
from .commonfamily import common_family_tail
from .nameends import titled_conjunct
from .westsurname import madda_given, western_surname
from .slavicnames import slavic_given_pair
from .dynastyruns import dynasty_tail
from .units import DESCENT, JOINERS, NASAB, PARTICLES, Unit, circumstantial, joiner

# Words that link a title to the body it belongs to: «منسق التحالف ضد داعش», «المبعوث الخاص لمكافحة داعش».
CONNECTORS = frozenset(norm_key(w) for w in ("ضد", "لمكافحة", "لمحاربة", "مكافحة", "محاربة", "لشؤون", "لشئون", "في", "لدى",
                                             "باسم", "الى", "إلى", "لدعم"))
_VERB_PREFIX = ("ي", "ت", "ن", "س")
_AFFILIATION_PREPS = frozenset(norm_key(w) for w in ("إلى", "الى", "من", "لدى"))
_AL = norm_key("آل")
_ABD = norm_key("عبد")  # «عبد الملك», «عبد الرب»: no name ends on «عبد», whatever word follows it
_RARE_ZIPF10 = 15  # Zipf × 10 under which an unknown word is no Arabic plural («صحافيين»: 22; «كاراسين»: 0)
_PREPOSITIONS = frozenset(norm_key(w) for w in ("في", "من", "إلى", "الى", "على", "عن", "مع", "بين", "لدى"))
_COMPASS = frozenset(norm_key(w) for w in ("الجنوبي", "الشمالي", "الشرقي", "الغربي", "الجنوبية", "الشمالية"))
# the words that close a Turkish or Persian surname («جاويش أوغلو», «أخند زاده»)
NAME_FINALS = frozenset(norm_key(w) for w in ("أوغلو", "اوغلو", "أغلو", "زاده"))
MAX_NAME = 7  # «أحمد بن محمد بن راشد آل مكتوم»: a nasab chain
FAMILY_MAX_ZIPF10 = 40  # Zipf × 10 under which a definite word after «X بن Y» may be a family name (الجبير: 37)


def given_not_nisba(g: Gazetteer, units: list[Unit], j: int) -> bool:
    """Is the country adjective at ``j`` in a title a given name («جورجي»: Georgi)? So it is when it lacks the
    article after a definite word (an adjective agrees: «الرئيس الجورجي») and a name-shaped word follows it; the
    definite word may carry «و» («والأمير تركي الفيصل»: Turki, round ents99)."""
    u = units[j]
    prev = units[j - 1].key if j else ""
    if prev[:1] in "وف" and prev[1:].startswith("ال"):
        prev = prev[1:]
    if u.key.startswith("ال") or j == 0 or not prev.startswith("ال") or g.name_word(u.key) is None:
        return False
    if j + 1 >= len(units) or units[j + 1].punct or units[j + 1].gap:
        return False
    nxt = units[j + 1]
    return not nisba(g, nxt) and (g.is_name_word(nxt.key) or plausible_unknown(g, nxt, False))


def blessing(k: str, nxt: str) -> bool:
    """Do the keys ``k`` ``nxt`` open a blessing after a name («رضي الله عنه», «صلى الله عليه وسلم», «عليه
    السلام», «رحمه الله»)? It is never part of the name."""
    return f"{k} {nxt}" in fw("blessing_openers")


def kin_after_particle(k: str, prev: str) -> bool:
    """Is ``k`` after the particle of descent ``prev`` a kinsman with a pronoun («أبو طالب ابن أخيه»: his
    brother's son), which ends the name before the particle?"""
    return prev in NASAB and k in fw("kin_with_pronoun")


def clan(g: Gazetteer, k: str, prev: str) -> bool:
    """Is ``k`` after the name word ``prev`` a family name on the clan-plural pattern «الفعايلة» («جمال
    الشمايلة», «الروابدة», «البطاينة»)? The common plurals of the pattern are frequent («الأساتذة»,
    «الفلاسفة»); a clan's name is rare in the word-frequency table."""
    return len(k) == 8 and k.startswith("ال") and k[4] == "ا" and k.endswith("ه") and g.is_name_word(prev) \
        and k not in g.stop and load_lexicon().freq.get(k, 0) < _RARE_ZIPF10


def given_before_descent(g: Gazetteer, units: list[Unit], j: int) -> bool:
    """Is ``units[j]`` a given name that is also a common word (the name list flags «علي», folded with the
    preposition «على») right before «بن»/«ابن»/«بنت» and a name word: «علي بن سالم» is a name."""
    k = units[j].key
    if "g" not in getattr(g.name_word(k), "flags", "") or k in g.stop or (k,) in g.titles or j + 2 >= len(units):
        return False
    son, father = units[j + 1], units[j + 2]
    return not son.punct and not father.punct and son.key in DESCENT and (
        g.is_name_word(father.key) or father.key in JOINERS)


def nisba(g: Gazetteer, u: Unit) -> str | None:
    if u.punct:
        return None
    return g.nisba.get(u.key)


_QUALITY_ZIPF10 = 30  # «الحكيمة» (the wise, feminine): 32


_PURPOSE_PARTICLES = frozenset(norm_key(w) for w in ("كي", "لكي"))


def purpose_particle(k: str, nxt: str) -> bool:
    """Round ents100: is the word of key ``k`` the particle «كي» (so that), an imperfect verb after it («الزبيدي كي
    يتولى»: he is to take over; not «بان كي مون», where «كي» is a part of the name)?"""
    return k in _PURPOSE_PARTICLES and len(nxt) >= 4 and nxt.startswith(("ي", "ت", "ن"))


def quality_after_man(prev: str, last: str, gaz: Gazetteer) -> bool:
    """Is ``last``, after the man's given name ``prev``, the feminine adjective of quality that agrees with the
    noun before the name, no surname («مشورة الملك فهد الحكيمة»: King Fahd's wise counsel)? So it is where
    ``last`` is definite of the form «الفعيلة», a frequent word whose masculine («الحكيم») is frequent too, that
    no list has as a given, family or female name, and ``prev`` is a given name borne by men only."""
    k, p = norm_key(last), norm_key(prev)
    if len(k) != 7 or not k.startswith("ال") or k[4] != "ي" or k[-1] != "ه":
        return False
    w, pw = gaz.name_word(k), gaz.name_word(p)
    freq = load_lexicon().freq
    return (w is None or not set(w.flags) & set("gfF")) and pw is not None and "g" in pw.flags \
        and "F" not in pw.flags and freq.get(k, 0) >= _QUALITY_ZIPF10 and freq.get(k[:-1], 0) >= _QUALITY_ZIPF10


def name_run(g: Gazetteer, units: list[Unit], j: int, *, after_title: bool) -> int:
    """Number of tokens of a person name starting at ``j``."""
    n = 0
    unknown = 0
    lead_common = False
    while j + n < len(units) and n < MAX_NAME:
        u = units[j + n]
        if u.punct or (n and u.gap) or (n and circumstantial(u.tok.text, g)):
            break  # «...» ends a name, and so does «مازحا» («قال كيري مازحا»)
        k = u.key
        if u.tok.text.endswith("ى") and k.endswith("علي"):
            break  # «على» (on) folds to the name «علي»: the surface tells them apart
        if counterpart(u.tok.text):
            break  # «الوزير نظيره كمال»: «نظيره» (his counterpart) is a role, no word of a name (round en1020)
        if k[:1] in "وف" and len(u.variants) > 1 and u.variants[1][0] in g.stop:
            break  # «وأن», «فإن»: a conjunction, not a name (وان is a name in some lists)
        if n and j + n + 1 < len(units) and blessing(k, units[j + n + 1].key):
            break  # «علي بن أبي طالب رضي الله عنه»: the blessing after the name
        if n and j + n + 1 < len(units) and not units[j + n + 1].punct and purpose_particle(k, units[j + n + 1].key):
            break  # «عبد الكريم الزبيدي كي يتولى»: «so that» and a verb end the name (round ents100)
        if n == 1 and quality_after_man(units[j].tok.text, u.tok.text, g):
            break  # «مشورة الملك فهد الحكيمة»: the wise counsel of King Fahd, no surname
        if n and _affiliation(units, j + n):
            break  # «مرسي المنتمي لجماعة الإخوان»: a participle of affiliation and its complement end the name
        if n and titled_conjunct(g, units, j + n):
            break  # «جابر الأحمد الصباح وولي العهد»: «و» + the title of a second person
        if n >= 2 and units[j + n - 2].key == _AL:
            break  # «... آل الشيخ» + «أمانات المناطق»: the family after «آل» closes the name
        if n and participle_then_complement(units, j + n) and not g.is_name_word(k):
            break  # «مرسي المنتمي لجماعة»: a participle and its complement, no family name (round 80)
        if n and kin_after_particle(k, units[j + n - 1].key):
            break  # «أبو طالب ابن أخيه»: his brother's son (the particle is dropped below)
        if after_title and n == 0 and k.startswith("ال") and not (k in g.names and g.names[k].flags
                                                                  and not lone_people(g, units, j)) \
                and not family_after_title(g, units, j):
            # «الفريق الصاعد», «رئيس الوزراء الكردي»: an adjective on the title, not a name; nor «رئيس المصرف»,
            # a noun that one rare transliteration (no flag) lists as a name
            break
        # the word after «عبد», «أبو» or a nasab particle inside a name is a name whatever it is
        # («عبد ربه», «إسماعيل ولد الشيخ أحمد», «محمد بن الشيخ»)
        prev = units[j + n - 1].key if n else ""
        after_join = n > 0 and (joiner(units[j + n - 1]) and (k not in g.stop or prev == _ABD) or prev in NASAB and (
            k not in g.stop or (k,) in g.titles))
        listed = after_title and n == 0 and k.startswith("ال") and g.official_surname(k)  # «الرئيس الأسد»
        # a given name that is also a common word inside the name, before more of it («حسين أمير عبد اللهيان»)
        # and so is one that opens the name after a title, before a name word («السفير ... علي عواض عسيري»)
        inner = after_title and "g" in getattr(g.name_word(k), "flags", "") and \
            k not in g.titles.lens and k not in g.stop and j + n + 1 < len(units) and (
                n > 0 and units[j + n + 1].key in JOINERS
                or not units[j + n + 1].punct and g.is_name_word(units[j + n + 1].key)
                and (n > 0 or "w" in getattr(g.name_word(k), "flags", "")))  # (not «نظيره نظام بشار»)
        # an initial before another or before a name word: «جي إم بيرغر»
        letter = k in INITIALS and j + n + 1 < len(units) and not units[j + n + 1].punct and (
            units[j + n + 1].key in INITIALS or g.is_name_word(units[j + n + 1].key))
        # a country adjective without the article after a given name is a family name: «رها بحريني» (an adjective
        # on a definite title or name would take the article)
        family_nisba = after_title and n == 1 and k in g.nisba and not k.startswith("ال") \
            and g.is_name_word(units[j].key) and units[j].key not in g.nisba
        # the word before «أوغلو» is a surname's, whatever else it names («بولنت بوستان أوغلو»; Bustan, a town)
        turkish = n > 0 and j + n + 1 < len(units) and not units[j + n + 1].punct and units[j + n + 1].key in NAME_FINALS
        if inner and n == 0 and "c" in getattr(g.name_word(k), "flags", ""):
            lead_common = True  # a name opened on a common word takes no unknown word but a definite family name
            # («علي عبد الله صالح هجومهم»: his attack; «عز الدين الأصبحي»)
        # «المتحدثة باسم المفوضية الأوروبية مينا أندرييفا»: a given name that is also a common word before a
        # Slavic woman's surname (round ents94)
        # and so does «آن» (Anne, folded with «أن») before a foreign surname (round en456)
        slavic = after_title and n == 0 and (slavic_given_pair(g, units, j) or madda_given(g, units, j))
        # «الشيخ جابر المبارك الحمد الصباح»: the fathers' definite names up to the ruling family's (round ents99)
        dynastic = after_title and n > 0 and dynasty_tail(units, j + n)
        if after_join or listed or inner or letter or family_nisba or turkish or slavic or dynastic or g.is_name_word(k) or clan(g, k, prev) or (
                n > 0 and maqsura_family(g, u.tok.text)) or (
                given_before_descent(g, units, j + n)) or (
                after_title and n == 0 and k in g.nisba and given_not_nisba(g, units, j)) or (
                n > 0 and k in PARTICLES and j + n + 1 < len(units)) or (
            n > 0 and surname_place(g, k)
        ) or (after_title and n == 0 and given(g, u) and city(g, k)) or (after_title and western_surname(g, units, j, n)) \
                or common_family_tail(g, units, j, n):
            n += 1
            continue
        # «الشيخ محمد بن ناصر الخزيم»: after «بن» and the father's name, a definite word is the family name
        # (a rare word: «الحاكم», «الاستعداد» are nouns; Zipf < 4 in the tagger's frequency table)
        family = n >= 2 and units[j + n - 2].key in NASAB and k.startswith("ال") \
            and load_lexicon().freq.get(k, 0) < FAMILY_MAX_ZIPF10 \
            and not (k.startswith(("المت", "المست")) and j + n + 1 < len(units) and units[j + n + 1].key == "في")
        # («سمير بن عمر المتخصص في»: a participle and its complement, no family name)
        # «المواطن فيصل المضف»: after a title and a listed given name, a definite word too rare for a noun of the
        # news is the family name (a round-85 rule; adjectives on the man, «الراحل», are frequent words)
        family = family or after_title and n == 1 and given(g, units[j]) and titled_family(g, units, j + n)
        if after_title and unknown == 0 and not (lead_common and not k.startswith("ال")) \
                and plausible_unknown(g, u, n == 0, family=family):
            unknown += 1
            n += 1
            continue
        break
    while n and (units[j + n - 1].key in PARTICLES or joiner(units[j + n - 1])):
        n -= 1
    if n >= 2 and all(u.key in INITIALS for u in units[j : j + n]):
        return 0  # letters alone («إي بي جي» before an unknown «كالام»): no name read here
    return n


def _affiliation(units: list[Unit], i: int) -> bool:
    """A definite word of affiliation (function words ``affiliations``: «المنتمي», «الموالي», «المقرب») right
    before «لـ», «إلى» or «من» + a word: the participle and its complement, no family name."""
    k = units[i].key
    if not k.startswith("ال") or k not in fw_keys("affiliations") or i + 1 >= len(units) or units[i + 1].punct:
        return False
    nxt = units[i + 1].key
    return nxt in _AFFILIATION_PREPS or (nxt[:1] == "ل" and len(nxt) > 3)


def bracketed_name(g: Gazetteer, units: list[Unit], j: int) -> int:
    """Where the brackets at ``j`` close round a whole person name and nothing of the name runs on after them
    («وزير الخارجية (جون كيري)»); 0 otherwise («(العراقي حيدر) العبادي»: the name goes on outside)."""
    if j + 2 >= len(units) or units[j].tok.text != "(":
        return 0
    run = name_run(g, units, j + 1, after_title=True)
    k = j + 1 + run
    if not run or k >= len(units) or units[k].tok.text != ")":
        return 0
    if run == 1 and not g.is_name_word(units[j + 1].key):
        return 0  # one word: a listed name only
    if k + 1 < len(units) and not units[k + 1].punct and g.is_name_word(units[k + 1].key):
        return 0
    return k


def lone_people(g: Gazetteer, units: list[Unit], j: int) -> bool:
    """Is the definite word at ``j`` a people's adjective with no name word after it («رئيس الوزراء الكردي في»)?"""
    nxt = units[j + 1] if j + 1 < len(units) else None
    return g.people_adjective(units[j].key) and (nxt is None or nxt.punct or not g.is_name_word(nxt.key))


def family_after_title(g: Gazetteer, units: list[Unit], j: int) -> bool:
    """A definite word right after a title names a person only as a family name («الرئيس الأسد» yes;
    «الفريق الصاعد», «المرشح الكوري الجنوبي» no)."""
    w = g.name_word(units[j].key)
    known = g.official_surname(units[j].key)  # «الرئيس السيسي»: a listed office holder's surname
    if not known and (w is None or "f" not in w.flags or "c" in w.flags):
        return False
    nxt = units[j + 1].key if j + 1 < len(units) else ""
    return nxt not in _COMPASS


def city(g: Gazetteer, k: str) -> bool:
    e = g.phrases.get((k,))
    return isinstance(e, Entry) and e.kind == "city"


def given(g: Gazetteer, u: Unit) -> bool:
    w = g.name_word(u.key)
    return w is not None and ("W" in w.flags or "g" in w.flags) and "c" not in w.flags


def plain_name(g: Gazetteer, k: str) -> bool:
    """A word a name list has that is no common word (also where it is a town: «أورين»)."""
    return "c" not in getattr(g.name_word(k), "flags", "c")


def surname_place(g: Gazetteer, k: str) -> bool:
    """A name word that is also a small place (هاربر: Harper): a surname after a given name."""
    w = g.name_word(k)
    e = g.phrases.get((k,))
    return w is not None and "c" not in w.flags and "w" in w.flags and k not in g.stop and (
        isinstance(e, Entry) and e.kind == "city"
    )


def plausible_unknown(g: Gazetteer, u: Unit, first: bool, *, family: bool = False) -> bool:
    k = u.key
    g = g
    if len(k) < 3 or k in g.stop or k in g.nisba or (k,) in g.phrases or (k,) in g.titles:
        return False
    if (k,) in g.complements or (k,) in g.org_heads or k in CONNECTORS:
        return False
    if not all("\u0621" <= ch <= "\u064a" for ch in k):
        return False
    for v, off, _ in u.variants[1:]:
        if v in g.stop or (v,) in g.titles or (v,) in g.phrases or v in g.nisba or (v,) in g.complements:
            return False
        if (v,) in g.org_heads or g.name_word(v) is not None:
            return False
    # a rare word after a given name may end in «ين» or open with «ك/ب/ل»: a foreign surname («جورجي
    # كاراسين»), not a plural («مسلحين», Zipf 4) nor a proclitic on a word («كاراسين» is no «ك» + a word)
    freq = load_lexicon().freq
    rare = not first and len(k) >= 6 and k.endswith("ين") and freq.get(k, 0) < _RARE_ZIPF10 \
        and freq.get(k[1:], 0) < _RARE_ZIPF10 and not k.startswith("م")  # («مبتهلين»: a plural participle)
    if k.startswith(_VERB_PREFIX) or k[0] in "وف" or k.endswith(("ون", "ات", "ه")) or (k.endswith("ين") and not rare):
        return False
    if u.tok.text.endswith("ء") or (k[0] == "ا" and not k.endswith("ي") and not family):
        return False  # a verbal noun (إنشاء، إعطاء، انذاك), not a name
    if first and len(k) < 6 or len(k) < 5 and not (len(k) >= 4 and k.endswith("ي")):
        return False  # short unknown words are mostly verbs and nouns (نفى، حدوث، قيادي); ماكغورك، زيباري pass
    if k.startswith("ال") and not family and (first or not k.endswith("ي")):
        return False  # a definite noun; a family name in ال is a nisba (الصبيحي) or follows a nasab
    if k.endswith("ا"):
        return False  # an accusative adjective or noun («معروفا», «جديدا»)
    return k[0] not in "لبك" or rare  # «بتاريخ», «لاستغلال»: a proclitic on a common word


def western(g: Gazetteer, units: list[Unit], i: int, n: int) -> bool:
    """A run of name words with a foreign (transliterated) name in it: «جون كيري», «سيرغي لافروف»."""
    words = [g.name_word(u.key) for u in units[i : i + n]]
    if any(w is None for w in words) or any(u.gap for u in units[i + 1 : i + n]):
        return False
    first = words[0]
    if first is None or not ("W" in first.flags or "g" in first.flags):
        return False  # a run must open on a common given name (ماثيو, ستيفن), not «سمارت سكرين»
    if n > 1 and units[i].key in fw_keys("verb_names") and units[i + 1].key.startswith("ال"):
        return False  # «خان العروبة والدم»: a past verb before a definite noun (he betrayed), no name (round en496)
    return any(w is not None and "w" in w.flags and "g" not in w.flags and "f" not in w.flags
               and not u.key.startswith("ال") for w, u in zip(words, units[i : i + n], strict=True))


def known_before_name(g: Gazetteer, k0: str, k1: str, k2: str) -> bool:
    """Does a listed official's surname alone (``k0``: «كلينتون», «أوباما»; no given name nor common word) stand
    before a name of two words of its own (``k1`` ``k2``: «ديفيد كيندال»)? Then they are two people: «محامي
    كلينتون ديفيد كيندال» is Clinton's lawyer, David Kendall. Not before an Arabic given name (flag g) or family
    name: «العميد مبارك غازي العتيبي» is one man, named after his father."""
    return g.official_surname(k0) and g.surname_alone(k0) and not k0.startswith("ال") \
        and g.is_name_word(k1) and not g.official_surname(k1) and k1 not in PARTICLES and k1 not in JOINERS \
        and "g" not in getattr(g.name_word(k1), "flags", "g") and g.is_name_word(k2) and not k2.startswith("ال") \
        and k2 not in PARTICLES


def surname_before_given(g: Gazetteer, units: list[Unit], j: int) -> bool:
    """Does a definite title's name at ``j`` open on a listed official's surname alone (no listed person's given
    name: «بوتفليقة», not «مبارك») with an Arab given name after it («عبد القادر», «محمد»)? Then the title's
    holder is the official, named by his surname, and the given name starts another man («للرئيس بوتفليقة عبد
    القادر حجار»: the president's friend), as an Arab name never puts a family name before the given one."""
    if j + 2 >= len(units) or any(u.punct or u.gap for u in units[j + 1 : j + 3]):
        return False
    return surname_then_given(g, units[j].key, units[j + 1].key, units[j + 2].key)


def surname_then_given(g: Gazetteer, k0: str, k1: str, k2: str) -> bool:
    """:func:`surname_before_given` on the keys of the three words."""
    if k0.startswith("ال") or not (g.official_surname(k0) and g.surname_alone(k0)) or k0 in g.givens:
        return False
    return k1 == _ABD or "g" in getattr(g.name_word(k1), "flags", "") and k1 not in g.stop and k1 not in JOINERS \
        and g.is_name_word(k2)


def possessor_alone(g: Gazetteer, units: list[Unit], j: int) -> bool:
    """Is the word at ``j``, right after an indefinite title, a listed official's surname alone with no name after it
    («محامي كلينتون للصحيفة»)? Then the title is his lawyer's, his adviser's: the construct names whose, not who."""
    k = units[j].key
    if not (g.official_surname(k) and g.surname_alone(k)) or k.startswith("ال"):
        return False
    return j + 1 >= len(units) or units[j + 1].punct or not g.is_name_word(units[j + 1].key)


def given_and_family(g: Gazetteer, given_key: str, k: str) -> bool:
    """Is ``k``, a definite word the tagger runs on after a lone given name, the family name: a rare one
    («محمد» + «الأغبش»), or an adjective only a time noun takes («العام الماضي»), which no given name can
    («محمد» + «الماضي»)?"""
    w = g.name_word(given_key)
    return w is not None and "g" in w.flags and (rare_family(g, k) or k in fw("time_only_adjectives")) \
        and not quality_after_man(given_key, k, g)  # (not «فهد» + «الحكيمة», the wise)


def rare_family(g: Gazetteer, k: str) -> bool:
    """A definite word too rare for a noun or an adjective of the news («الأغبش»; not «الناطق», «الرمضانية»): the
    family name closing a given and a father's name."""
    return k.startswith("ال") and len(k) >= 5 and k.isalpha() and k not in g.stop and (k,) not in g.titles \
        and (k,) not in g.phrases and (k,) not in g.complements and (k,) not in g.org_heads and k not in g.nisba \
        and load_lexicon().freq.get(k, 0) < _RARE_ZIPF10


def titled_family(g: Gazetteer, units: list[Unit], i: int) -> bool:
    """A definite word under Zipf 4 that no list knows as a common word, title, place, body or country adjective
    («المضف»), no participle before its preposition («المتخصص في»): a family name after a title and a given name
    (round 85)."""
    k = units[i].key
    if i + 1 < len(units) and (units[i + 1].key in _PREPOSITIONS or units[i + 1].key[:1] == "ل"):
        return False
    return k.startswith("ال") and len(k) >= 5 and k.isalpha() and k not in g.stop and (k,) not in g.titles \
        and (k,) not in g.phrases and (k,) not in g.complements and (k,) not in g.org_heads and k not in g.nisba \
        and k[2:] not in g.nisba and g.name_word(k) is None and load_lexicon().freq.get(k, 0) < FAMILY_MAX_ZIPF10
