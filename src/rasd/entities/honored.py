"""Round en813: an honorific pronoun («معاليه», «سموه», «فخامته», «سماحته») refers back to a person of the rank it
is said of, and where several of that rank were named, to the one the article is about rather than a visitor named
once in passing: «وقال الجبير في مؤتمر صحفي عقده مع معالي وزير الخارجية الألماني فلان ... وشدد معاليه» is the
Saudi minister, named twice, not the German one, named last.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..doc import Mention
from ..events.forms import nkey

_CABINET = frozenset(nkey(w) for w in ("وزراء", "حكومة"))
_HONORED_TITLES = {  # an honorific pronoun -> the first words of the roles it is said of
    nkey(k): frozenset(nkey(w) for w in v) for ks, v in (
        (("معاليه", "معاليها"), ("وزير", "وزيرة", "امين", "أمين")),
        (("سموه", "سموها"), ("أمير", "أميرة", "ولي", "شيخ", "شيخة")),
        (("فخامته", "فخامتها"), ("رئيس", "رئيسة")),
        (("جلالته", "جلالتها"), ("ملك", "ملكة", "سلطان")),
        (("سماحته",), ("شيخ", "مفتي", "مرشد", "آية", "سيد", "إمام", "امام")),
    ) for k in ks
}


def honored_fits(key: str, roles: Iterable[str]) -> bool | None:
    """Whether one of ``roles`` bears the title the honorific pronoun ``key`` is said of («معاليه»: «وزير الخارجية»,
    «سموه»: «الأمير», «فخامته»: «الرئيس», not «رئيس الوزراء»); None for a word of no known title."""
    titles = _HONORED_TITLES.get(nkey(key).removeprefix("و"))
    if titles is None:
        return None
    for role in roles:
        words = [w.removeprefix("ال") for w in nkey(role).split()]
        if words and words[0] in titles and not (len(words) > 1 and words[1] in _CABINET):
            return True  # «رئيس الوزراء»: «دولته», not «فخامته»
    return False


def honored_rank(key: str, prior: list[Mention], latest: int) -> tuple[bool, int, int]:
    """How an earlier person (his ``prior`` mentions, the last at character ``latest``) ranks as the one the
    honorific pronoun ``key`` refers to: first one who holds a role of its title, then among those the one named
    most (the article's subject, «الجبير» named twice, over «وزير الخارجية الألماني فلان» named once), then the
    nearest. For a word of no known title (or a person of no such role) the nearest alone."""
    roles = [str(r) for m in prior for r in (m.attrs.get("role"), *m.attrs.get("extra_roles", ())) if r]
    if not honored_fits(key, roles):
        return False, 0, latest
    return True, len(prior), latest
