"""Round ents95: a capital right after an imperfect verb in «تـ» that carries an object pronoun is that verb's
subject, and so its state's government.

«جماعات تصنفهم واشنطن إرهابية» (groups Washington classes as terrorist), «فصائل تدعمها موسكو»: the verb agrees
with the capital (feminine, «تـ»), its object is the pronoun («ـهم», «ـها», «ـهما», «ـهن»), so the capital that
follows it is the subject: the government acts (``USAGOV``). Not a noun in «تـ» with a possessive («تجربتها»,
«تصريحاتها»: a stem in «ـت/ـة/ـات/ـي»), nor the perfect in «ـت» with a pronoun, which a noun in «ـة» shares
(«عاصمتها واشنطن»: its capital, Washington)."""

from __future__ import annotations

from ..text.verb_gender import present_feminine

_OBJECTS = ("هما", "هم", "هن", "ها")  # (longest first; «ـه» alone ends too many nouns)


def object_verb(key: str) -> bool:
    """Whether ``key`` (past one «و» or «ف») is an imperfect in «تـ» with an object pronoun («تصنفهم», «وتدعمها»)."""
    key = key.removeprefix("و").removeprefix("ف")
    for p in _OBJECTS:
        if key.endswith(p):
            stem = key[: -len(p)]
            return present_feminine(stem) and not stem.endswith("ت")
    return False
