"""The proclitic readings of a word for gazetteer lookup: the word whole and without «و/ف» and «ب/ل/ك».

Moved out of :mod:`.gazetteer` (which re-exports these names) so that :func:`clitic_variants`, the most-asked
per-word function of the entity layer, reads a :mod:`rasd.memo` table instead of an ``lru_cache``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from ..events.forms import fw_keys  # data only (closed word lists), no stage
from ..memo import remember
from ..text.normalize import DIACRITICS, norm_key
from .wholenames import whole_name, whole_word

_CONJ = "وف"
_PREP = "بلك"


def _skip_letters(surface: str, n: int) -> int:
    """Surface offset after ``n`` base letters (diacritics and tatweel after a letter belong to it)."""
    i = 0
    for _ in range(n):
        i += 1
        while i < len(surface) and (DIACRITICS.match(surface[i]) or surface[i] == "\u0640"):
            i += 1
    return i


# Latin letters spelled in Arabic: a person's initials («جي إم بيرغر», «أورين جي. هاتش») or an acronym («آي سي إس آر»)
INITIALS = frozenset(norm_key(w) for w in ("جي", "جيه", "دبليو", "إتش", "إف", "إس", "آر", "بي", "سي", "دي", "كيه",
                                           "تي", "إيه", "إم", "إل", "كي", "آي", "إي"))


# clitic_variants' answers (:mod:`rasd.memo`), up to 65,536: asked ~1.07M times over the 347 sample articles, of
# a few tens of thousands of words (an lru_cache of 32,768 evicted them: 34k misses)
_VARIANTS: Final[dict[str, tuple[tuple[str, int, str], ...]]] = {}


def clitic_variants(surface: str) -> tuple[tuple[str, int, str], ...]:
    """:func:`read_clitics`, memoised (a pure function of the word)."""
    got = _VARIANTS.get(surface)
    return got if got is not None else remember(_VARIANTS, surface, read_clitics(surface), 1 << 16)


def read_clitics(surface: str) -> tuple[tuple[str, int, str], ...]:
    """Readings of a token with its proclitics removed: ``(key, surface offset of the name part, prefix)``.

    «والأردن» → [(والاردن, 0), (الاردن, 1)]; «للعراق» → [(للعراق, 0), (العراق, 1)] (لل = ل + the article
    whose alef is not written); «بداعش» → [(بداعش, 0), (داعش, 1)]. The whole token comes first.
    """
    key = norm_key(surface)
    out = [(key, 0, "")]
    if whole_name(surface) or whole_word(surface):
        return tuple(out)  # «باردو»: a name whose first letter is its own, no ب + «اردو»; «باكرا» no ب + «اكرا»
    n = 0
    k = key
    if (len(k) > 3 or k[1:] in INITIALS) and k[0] in _CONJ:
        n, k = 1, k[1:]  # («وبي بي سي»: a letter of an acronym after «و»)
        out.append((k, _skip_letters(surface, n), key[:n]))
    if (len(k) > 3 or k[1:] in INITIALS) and k[0] in _PREP:
        if k.startswith("لل"):  # ل + the article, or ل + a word in ل (للبنان)
            out.append(("ا" + k[1:], _skip_letters(surface, n + 1), key[: n + 1]))
        if k[0] != "ك" or k[1:].startswith("ال") or k[1:] in fw_keys("kaf_body_heads"):
            # «كبيرا» is not ك + «بيرا»; «كالعراق» is ك + «العراق», «كقوات الدفاع» ك + a body's head (round 76)
            out.append((k[1:], _skip_letters(surface, n + 1), key[: n + 1]))
    return tuple(out)


def clitic_keys(surface: str) -> set[str]:
    """The keys of :func:`clitic_variants`: the word whole and without each proclitic reading («والأردن» →
    {والاردن, الاردن})."""
    return {k for k, _, _ in clitic_variants(surface)}


@lru_cache(maxsize=1 << 17)  # (per token of every article and head list: a pure function of the word and the list;
# the 347 sample articles ask ~74,000 pairs: at 65,536 it evicted)
def clitic_head_offset(surface: str, heads: frozenset[str]) -> int | None:
    """Where the first reading of :func:`clitic_variants` in ``heads`` starts in ``surface`` («لخليج» → 1), or
    None where no reading is a head."""
    return next((o for k, o, _ in clitic_variants(surface) if k in heads), None)
