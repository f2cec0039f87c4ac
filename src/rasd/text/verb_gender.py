"""The gender a verb agrees in, read from its written key (``nkey``): one home for the tests the events and quotes
stages each wrote. The variants truly differ and each caller keeps its own; what each accepts:

- :func:`past_feminine` — a perfect in «ـت» only («قالت», «أضافت», «كانت»; not «تقول», not «قال»; the dual
  «قالتا» is not). Any word in «ـت» passes: the caller knows it reads a verb (``finite_verb``, a cue, an
  auxiliary). Used by ``quotes.clauses``, ``speakers_act``, ``issuers``, ``unnamed``, ``second_act``,
  ``auxiliary``, ``document_subject``, ``described_subject``, ``place_clause`` (its past) and ``events.vso``, through
  :func:`past_gender` where the caller wants "f"/"m".
- :func:`feminine_verb` — the loose test: a perfect in «ـت» or an imperfect in «تـ» («قالت», «تقول», but also
  «تم» and the masculine «تحدث», whose «تـ» is the verb's own). Used by ``events.carry``, ``clitic_parties``,
  ``carried_parties``, ``agents``, ``subjects``, ``relative_subjects``, ``subject_masdars``, ``masdar_agents``
  and ``quotes.expressed``, ``continued``, ``narrated`` (each strips its clitics «و/ف» first, as it did).
- :func:`feminine_verb_clitic` — :func:`feminine_verb` past one «و» and one «ف» and a future «س» before «يـ/تـ»
  («وأضافت», «ستعقد»). Used by ``events.nearer_subjects``.
- :func:`feminine_verb_strict` — an imperfect in «تـ», or a perfect in «ـت» that does not end a plural or a noun
  in «ـات/ـوت/ـيت» («قالت», «تقول»; not «قرارات», «بيت»; «تم», «تحدث» still pass). Used by
  ``events.subject_stops`` and ``permitted``.
- :func:`past_feminine_object_off` — :func:`past_feminine` after an object pronoun («ـه», «ـها», «ـهم» ...) is
  taken off («استقبلته»). Used by ``events.coordinated``.
- :func:`present_feminine` — an imperfect in «تـ» of four letters or more with no noun ending («ـه/ـات/ـة/ـي»:
  «تحتفظ», not «تصريحات», «تجربة»). Used by ``quotes.place_clause`` (after «و»).
- :func:`verb_agreement` — "p" for a plural in «ـوا/ـون», else "f" by :func:`feminine_verb`, else "m". Used by
  ``events.clitic_parties``, ``carried_parties`` and (plural read as masculine) ``carry``.
- :func:`verb_gender` — the careful reading: "m" for an imperfect in «يـ» or a perfect that starts with «تـ»
  of the caller's ``perfects`` («تعرض»), "f" for «تتـ» or «ـت», None for a plural («ـوا/ـن») or any other
  shape (a bare «تـ» may be either); past one «و» and one «ف». Used by ``events.undergone``.
"""

from __future__ import annotations

PLURAL_ENDINGS = ("وا", "ون")  # a verb of a plural subject: «قالوا», «يقولون»
NOT_PAST_ENDINGS = ("ات", "وت", "يت")  # words in «ـت» that are no feminine perfect: «قرارات», «صوت», «بيت»
NOUN_ENDINGS = ("ه", "ات", "ة", "ي")  # a word in «تـ» with one of these is a noun («تصريحات», «تجربة»)
OBJECT_PRONOUNS = ("هما", "هم", "ها", "ه", "كم", "نا", "ني")  # longest first


def past_feminine(key: str) -> bool:
    """A perfect in «ـت» («قالت»; not «قال», «تقول», «قالتا»)."""
    return key.endswith("ت")


def past_gender(key: str) -> str:
    """"f" for :func:`past_feminine`, else "m"."""
    return "f" if key.endswith("ت") else "m"


def feminine_verb(key: str) -> bool:
    """A perfect in «ـت» or an imperfect in «تـ» («قالت», «تقول»; also «تم», «تحدث»)."""
    return key.endswith("ت") or key.startswith("ت")


def loose_gender(key: str) -> str:
    """"f" for :func:`feminine_verb`, else "m"."""
    return "f" if key.endswith("ت") or key.startswith("ت") else "m"


def feminine_verb_clitic(key: str) -> bool:
    """:func:`feminine_verb` past one «و», one «ف» and a future «س» before «يـ/تـ» («وأضافت», «ستعقد»)."""
    key = key.removeprefix("و").removeprefix("ف")
    key = key.removeprefix("س") if key[1:2] in ("ي", "ت") else key
    return key.endswith("ت") or key.startswith("ت")


def feminine_verb_strict(key: str) -> bool:
    """An imperfect in «تـ», or a perfect in «ـت» but no word in «ـات/ـوت/ـيت» («قالت», «تقول»; not «قرارات»)."""
    return key.startswith("ت") or (key.endswith("ت") and not key.endswith(NOT_PAST_ENDINGS))


def past_feminine_object_off(word: str) -> bool:
    """:func:`past_feminine` after the first object pronoun that leaves three letters or more past a clitic «و/ف» is
    taken off («استقبلته», «قالتها»; round ev588: not «واتهم», whose «هم» is the verb's own)."""
    core = len(word) - (1 if word[:1] in ("و", "ف") else 0)
    for p in OBJECT_PRONOUNS:
        if word.endswith(p) and core - len(p) >= 3:
            return word[: -len(p)].endswith("ت")
    return word.endswith("ت")


def present_feminine(core: str) -> bool:
    """An imperfect in «تـ» of four letters or more with no noun ending («تحتفظ»; not «تصريحات», «تجربة»)."""
    return core[:1] == "ت" and len(core) >= 4 and not core.endswith(NOUN_ENDINGS)


def verb_agreement(key: str) -> str:
    """"p" for a plural in «ـوا/ـون», else "f" for :func:`feminine_verb`, else "m"."""
    if key.endswith(PLURAL_ENDINGS):
        return "p"
    return "f" if key.endswith("ت") or key.startswith("ت") else "m"


def verb_gender(key: str, perfects: tuple[str, ...] = ()) -> str | None:
    """"m" for «يـ» or a perfect that starts with one of ``perfects``, "f" for «تتـ» or «ـت», None for a plural
    («ـوا», «ـن») or another shape; past one «و» and one «ف» («وتعرضت» → "f", «يتعرض» → "m")."""
    key = key.removeprefix("و").removeprefix("ف")
    if key.endswith("وا") or key.endswith("ن"):
        return None
    if key.startswith("ي"):
        return "m"
    if key.startswith("تت") or key.endswith("ت"):
        return "f"
    return "m" if perfects and key.startswith(perfects) else None
