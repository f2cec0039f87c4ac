"""Word forms for lexicon matching: clitic-stripped lookup keys of a token, verb conjugation, data loading.

Every key is a ``norm_key`` (alef/yaa/ta-marbuta folded), so ``زيارة``, ``زيارته`` and ``بزيارة`` meet in one
dict lookup. Where the word layer has split a token into clitic words (``Token.words``), its stem comes first.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

from ..doc import Token
from ..memo import remember
from ..text.normalize import norm_key

# Proclitic layers, outermost first: conjunction, then preposition/future particle, then the article.
_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك", "س")
_ENCLITICS = ("هما", "هم", "هن", "ها", "ه", "كم", "ك", "نا", "ني")
_MIN_STEM = 2


@dataclass(slots=True, unsafe_hash=True)
class Cand:
    """One reading of a token: the lookup key and the clitics stripped to reach it."""

    key: str
    proclitics: tuple[str, ...] = ()
    enclitic: str = ""

    # written out: mypyc compiles this one, while the __init__ @dataclass makes runs as Python
    def __init__(self, key: str, proclitics: tuple[str, ...] = (), enclitic: str = "") -> None:
        self.key = key
        self.proclitics = proclitics
        self.enclitic = enclitic


def _strip_enclitic(key: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for enc in _ENCLITICS:
        if key.endswith(enc) and len(key) - len(enc) >= _MIN_STEM + 1:
            rest = key[: -len(enc)]
            out.append((rest, enc))
            if rest.endswith("ت"):  # زيارته → زيارة (ة folds to ه in norm_key)
                out.append((rest[:-1] + "ه", enc))
            if rest.endswith("ا") and len(rest) >= 4:  # round 280: التقاه → التقى, أجراها → أجرى (ى folds to ي)
                out.append((rest[:-1] + "ي", enc))
    return out


def _proclitic_readings(key: str) -> list[tuple[str, tuple[str, ...]]]:
    readings: list[tuple[str, tuple[str, ...]]] = [(key, ())]
    for conj in ("",) + _CONJ:
        if conj and not key.startswith(conj):
            continue
        k1 = key[len(conj) :]
        pro1: tuple[str, ...] = (conj,) if conj else ()
        for prep in ("",) + _PREP:
            if prep and not k1.startswith(prep):
                continue
            k2 = k1[len(prep) :]
            pro2 = pro1 + ((prep,) if prep else ())
            if prep == "ل" and k2.startswith("ل"):  # للاجتماع → ل + الاجتماع
                k2 = "ا" + k2
            if len(k2) >= _MIN_STEM and pro2:
                readings.append((k2, pro2))
            if k2.startswith("ال") and len(k2) - 2 >= _MIN_STEM and prep != "س":
                readings.append((k2[2:], pro2 + ("ال",)))
    return readings


def nkey(s: str) -> str:
    """The matching key of the event and quote layers: ``norm_key`` itself (memoised there), as a function that
    compiled callers call directly (an alias would be a variable they call as a Python object)."""
    return norm_key(s)


def stem_key(tok: Token, *, last: bool = False, form: bool = False, article: bool = True, single: bool = False,
             bare: str | None = None) -> str:
    """The key of token ``tok``'s stem word, its clitics off («وبالقرار» → «القرار»): ``nkey`` of the first ``stem``
    word's ``norm`` (``last``: of the last one; ``form``: of its ``form``); with no stem word (``single``: unless it
    has exactly one), the token's own key, or ``bare`` where given; ``article=False`` takes «ال» off the key
    («بالمسؤولين» → «مسؤولين»)."""
    stems = [w for w in tok.words if w.kind == "stem"]
    if stems and (not single or len(stems) == 1):
        word = stems[-1] if last else stems[0]
        key = nkey(word.form if form else word.norm)
    else:
        key = tok.norm_key if bare is None else bare
    return key if article else key.removeprefix("ال")


def token_candidates(tok: Token) -> tuple[Cand, ...]:
    """Lookup keys for ``tok``, least stripped first (the word layer's stem, if split, leads); kept on the token
    (``Token.readings``) for the next stage that asks."""
    got = tok.readings
    if got is not None:
        return got
    words = tok.words
    if len(words) < 2:
        got = _candidates(tok.norm or tok.text, None)
    else:
        stem = ""
        pro: list[str] = []
        for w in words:
            if w.kind == "proclitic":
                pro.append(w.norm)
            elif w.kind != "enclitic":
                stem = w.norm or w.form
        got = _candidates(tok.norm or tok.text, (stem, tuple(pro)) if stem else None)
    tok.readings = got
    return got


@lru_cache(maxsize=65536)
def _candidates(norm: str, stem: tuple[str, tuple[str, ...]] | None) -> tuple[Cand, ...]:
    out: list[Cand] = []
    seen: set[str] = set()

    def add(key: str, pro: tuple[str, ...], enc: str) -> None:
        if key and key not in seen:
            seen.add(key)
            out.append(Cand(key, pro, enc))

    if stem is not None:
        add(norm_key(stem[0]), stem[1], "")
    readings = _proclitic_readings(norm_key(norm))  # (made once: both passes below read the same list)
    for key, pro in readings:
        add(key, pro, "")
    for key, pro in readings:
        if key.endswith("ا") and len(key) >= 4:  # accusative tanwin: اتصالا → اتصال
            add(key[:-1], pro, "")
        for rest, enc in _strip_enclitic(key):
            add(rest, pro, enc)
    return tuple(out)


# The entity types that are places (the entity layer's LOCATION; GPE/LOC as other taggers name them): a place is a
# location or a target, and acts only as a state or its capital (arguments.can_act).
PLACES = ("LOCATION", "GPE", "LOC")


def bare(key: str, *sets: str) -> str:
    """``key`` without a leading «و/ف» when what remains is a word of the function-word lists ``sets`` («ومن» →
    «من»); else ``key``. ``bare(k, X) in fw(X)``: the word, or the word after «و/ف», is in the list X."""
    if key[:1] in ("و", "ف"):
        rest = key[1:]
        for s in sets:
            if rest in fw(s):
                return rest
    return key


def light_verb_before(tokens: Sequence[Token], i: int, lo: int, window: int, stop: Callable[[str], bool],
                      words: str = "force_light_verbs") -> int | None:
    """The nearest token before ``tokens[i]``, within ``window`` words and not before ``lo``, that is a light verb
    of the function-word list ``words`` («شن، نفذ، أجرى، فرض»), with one conjunction «و/ف» off only where the rest
    still reads as one («وشنت»; «فرضت» keeps its «ف»); None once a token's text meets ``stop``."""
    for k in range(i - 1, max(lo, i - window) - 1, -1):
        text = tokens[k].text
        if stop(text):
            return None
        if bare(tokens[k].norm_key, words) in fw(words):  # (the token's key, made once: ``nkey`` of its text)
            return k
    return None


def keys_of(tok: Token) -> set[str]:
    return {c.key for c in token_candidates(tok)}


def bare_keys_of(tok: Token) -> set[str]:
    """The token's key, without its article («ال», «وال»), and its readings with clitics stripped («رشاشاتها» →
    «رشاشات»): what a word list of bare nouns is matched against."""
    key = tok.norm_key
    return {key, key.removeprefix("ال"), key.removeprefix("وال")} | keys_of(tok)


# -- conjugation ------------------------------------------------------------------------------------------
def past_forms(past: str) -> set[str]:
    """Third-person perfect forms (active and, unvocalised, passive) of a 3ms perfect stem."""
    p = norm_key(past)
    forms = {p, p + "ت", p + "ا", p + "وا", p + "تا", p + "ن"}
    if p.endswith(("ا", "ي")):  # defective: دعا → دعت، دعوا؛ نفى → نفت، نفوا
        b = p[:-1]
        forms |= {b + "ت", b + "وا", b + "تا", b + "يا"}
    return forms


def present_forms(present: str) -> set[str]:
    """Imperfect forms for every person prefix (ي ت ن ا), singular, dual and plural."""
    y = norm_key(present)
    core = y[1:] if y[:1] in ("ي", "ت") else y
    forms: set[str] = set()
    for pre in ("ي", "ت", "ن", "ا"):
        if pre in ("ن", "ا") and len(core) < 3:
            continue  # «أزر», «نزر»: too short to tell from other words
        w = pre + core
        forms |= {w, w + "ون", w + "ان", w + "وا"}
        if w.endswith(("و", "ي")):  # يدعو → يدعون
            forms |= {w[:-1] + "ون", w[:-1] + "وا"}
    return forms


def split_forms(cell: str) -> list[str]:
    return [f.strip() for f in cell.split("|") if f.strip()]


# -- data -------------------------------------------------------------------------------------------------
DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "events"


def data_text(name: str) -> str:
    return (DATA_DIR / name).read_text(encoding="utf-8")


def read_tsv(name: str) -> list[list[str]]:
    rows: list[list[str]] = []
    for line in data_text(name).splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([c.strip() for c in line.split("\t")])
    return rows


@lru_cache(maxsize=1)
def function_words() -> dict[str, frozenset[str]]:
    """Closed-class word sets (function_words.json), every entry folded with ``norm_key``."""
    raw: dict[str, Any] = json.loads(data_text("function_words.json"))
    return {k: frozenset(norm_key(w) for w in v) for k, v in raw.items() if isinstance(v, list)}


# fw's and fw_keys' answers (:mod:`rasd.memo`): asked ~15,000 and ~2,000 times an article
_FW: Final[dict[str, frozenset[str]]] = {}
_FW_KEYS: Final[dict[str, frozenset[str]]] = {}


def fw(name: str) -> frozenset[str]:
    """The function-word list ``name`` (function_words.json), its words folded with ``norm_key``."""
    got = _FW.get(name)
    return got if got is not None else remember(_FW, name, function_words()[name], 0)


def fw_keys(name: str) -> frozenset[str]:
    """The words of the function-word list ``name`` as matching keys (:func:`nkey`)."""
    got = _FW_KEYS.get(name)
    return got if got is not None else remember(_FW_KEYS, name, frozenset(nkey(w) for w in fw(name)), 0)


@lru_cache(maxsize=None)  # (a fixed word list's keys without the article: the same each call)
def fw_bare_keys(name: str) -> frozenset[str]:
    """The words of the function-word list ``name`` as matching keys (:func:`nkey`) without a leading «ال»."""
    return frozenset(nkey(w).removeprefix("ال") for w in fw(name))



def plain_key(key: str) -> str:
    """A matching key without a leading «و», then the article («والمنطقة», «المنطقة» → «منطقة»); the «و» of a noun
    that opens with it (``waw_initial_nouns``: «وزير», «وكالة») stays, so «وزير الخارجية» and «الوزير» key alike
    (round en1020)."""
    if key not in fw_keys("waw_initial_nouns"):
        key = key.removeprefix("و")
    return key.removeprefix("ال")


def plain_keys(text: str) -> list[str]:
    """The matching keys (:func:`plain_key`) of the words of ``text``, to compare phrases by."""
    return [plain_key(nkey(w)) for w in text.split()]


def word_keys(text: str) -> list[str]:
    """:func:`plain_keys` less the empty ones (a word that was only «و» or «ال»)."""
    return [k for k in plain_keys(text) if k]


def key_past_and(text: str) -> str:
    """The matching key of ``text`` (:func:`nkey`) without a leading «و»."""
    return nkey(text).removeprefix("و")


@lru_cache(maxsize=64)
@lru_cache(maxsize=None)  # (a fixed word list's phrases: the same keys each call)
def phrase_keys(phrases: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(norm_key(w) for w in p.split()) for p in phrases)


def plural_key(k: str) -> bool:
    """Whether the head key ``k`` is of people in the plural: a sound plural («المحتجون», «الحوثيين») or one of the
    function words ``people_plurals`` («وزراء»); not «الرئاسة», «الوزارة», «حركة»."""
    stem = k.removeprefix("ال")
    return stem.endswith(("ون", "ين")) and len(stem) >= 5 or "ال" + stem in fw("people_plurals")


def possessed_noun(tok: Token, cand: Cand) -> bool:
    """Whether a «و» + verb reading of ``tok`` («و» + «زارته», she visited him) goes against the segmenter, which
    read the whole word as a noun in «ة» with a possessive («وزارته»: his ministry, «وزارة» + «ه»): the noun wins."""
    words = tok.words
    return ("و" in cand.proclitics and len(words) == 2 and words[0].kind == "stem" and words[0].form.endswith("ة")
            and words[1].kind == "enclitic")
