"""Round ev361: the one person a full title phrase of no name stands for, where the article gave him that title.

«جولة مباحثات جمعت وزير الخارجية الأميركي بنظرائه الخليجيين» after «وزير الخارجية الأميركي جون كيري»: a phrase of
two words or more, a title («وزير») and what qualifies it, with no name in it, is the one person named before it
one of whose roles is that phrase word for word. A country adjective agreeing with a feminine noun before it
(«وزير الخارجية الأميركية») counts as its masculine. Nothing where no one or two people hold it («وزير الخارجية»
alone is no role of «وزير الخارجية الأميركي»: the words must be the same, not a part).
"""

from __future__ import annotations

from ..doc import Doc
from .forms import fw_bare_keys, nkey, word_keys

PERSON = "PERSON"
PLACE = "LOCATION"
NISBA_FEMININE = "يه"  # the matching key of «ـية», a nisba's feminine («الأميركية»)
NISBA = "ي"
RUN_ON = 80  # characters after a phrase read for the rest of a role it runs on into


def _title_keys(text: str) -> tuple[str, ...]:
    """The words of ``text`` to compare titles by: :func:`word_keys`, a feminine nisba as its masculine."""
    keys = word_keys(text)
    return tuple(k[: -len(NISBA_FEMININE)] + NISBA if n and k.endswith(NISBA_FEMININE) else k
                 for n, k in enumerate(keys))


def role_holder(doc: Doc, start: int, end: int, anywhere: bool = False) -> str | None:
    """The one person named before offset ``start`` who holds the title phrase ``doc.text[start:end]`` word for word
    (module docstring); None where the phrase is no title of two words or more, holds a name, or is held by no one
    or by more than one person. With ``anywhere`` (round ev487), a person named anywhere in the article, and a role
    the phrase runs on into in the text («السفير الألماني | لدى القاهرة») counts as the phrase's."""
    keys = _title_keys(doc.text[start:end])
    words = doc.text[start:end].split()
    if len(keys) < 2 or not words or nkey(words[0]).removeprefix("ال") not in fw_bare_keys("titles"):
        return None
    if any(start < m.end and m.start < end for ent in doc.entities if ent.type != PLACE for m in ent.mentions):
        return None  # (a name in it: the entity rules read it; a country adjective is no name)
    after = _title_keys(doc.text[end : end + RUN_ON]) if anywhere else ()
    found = {ent.id for ent in doc.entities if ent.type == PERSON
             and any(anywhere or m.end <= start for m in ent.mentions)
             and any(_held(_title_keys(r), keys, after) for r in ent.roles)}
    return found.pop() if len(found) == 1 else None


def _held(role: tuple[str, ...], keys: tuple[str, ...], after: tuple[str, ...]) -> bool:
    """The role is the phrase ``keys``, or the phrase and the words ``after`` it in the text («السفير الألماني» +
    «لدى القاهرة» of the role «السفير الألماني لدى القاهرة»)."""
    n = len(keys)
    return role == keys or (len(role) > n and role[:n] == keys and after[: len(role) - n] == role[n:])
