"""Round qu959: a spokesman named by a pronoun of his principal («وقال المتحدث باسمها، X», «X، المتحدث باسمه»,
«المتحدثة الرسمية لها X», «الناطق باسمهم X») speaks for the one body or person named before him that the pronoun
agrees with: «ها» a feminine body, a country or a woman, «ه» a masculine body, a country or a man, «هم» a plural
group («الحوثيون»). He takes that principal's country and sector, as for a spokesman «باسم» a body named in full
(round au954, :func:`.igospokesmen.spokesman_body`).

The principal is looked for from the start of the sentence before the spokesman's to the phrase (or the name, where
the name comes first); where more than one body or person named there may agree (a body whose name does not tell its
gender agrees with «ها» and «ه» alike), or the one that agrees has no country, the spokesman is left as he is.
Called by :func:`.rolebodies.role_bodies` for a person no role of his placed.
"""

from __future__ import annotations

import re

from ..doc import Doc, Entity, Mention
from ..events.forms import fw_keys
from ..text.normalize import norm_key
from .gazetteer import Gazetteer

# «المتحدث باسمها», «المتحدث الرسمي باسمه», «المتحدثة الرسمية لها»: the spokesman's noun (group 1), the pronoun (2)
_PHRASE = (r"(\S+)(?: (?:الرسمي|الرسمية|الإعلامي|الإعلامية) (?:باسم|ل)| باسم)(ها|هم|ه)")
_AFTER = re.compile(_PHRASE + r"(?=[\s،,])")  # the phrase right after the name
_BEFORE = re.compile(_PHRASE + r"[\s،,]*$")  # the phrase right before the name
_ENDS = ".؟!?\n"


def _window_start(text: str, at: int) -> int:
    """The start of the sentence before the one ``at`` stands in."""
    seen = 0
    k = at - 1
    while k >= 0:
        if text[k] in _ENDS:
            while k > 0 and (text[k - 1] in _ENDS or text[k - 1].isspace() or text[k - 1] == "/"):
                k -= 1  # (one boundary of several marks, newlines and spaces)
            seen += 1
            if seen == 2:
                return k + 1
        k -= 1
    return 0


def _phrase(doc: Doc, m: Mention) -> tuple[int, str] | None:
    """Where a pronoun spokesman's phrase right before or after ``m`` starts (at most one comma between) and its
    pronoun; None where none stands there."""
    text = doc.text
    rest = text[m.end : m.end + 40]
    lead = len(rest) - len(rest.lstrip(" ،,"))
    got = _AFTER.match(text, m.end + lead)
    if got is not None and rest[:lead].count("،") + rest[:lead].count(",") <= 1 \
            and norm_key(got.group(1)) in fw_keys("spokesman_heads"):
        return got.start(), got.group(2)
    before = text[max(0, m.start - 40) : m.start]
    got = _BEFORE.search(before)
    if got is not None and before[got.end(2) :].count("،") + before[got.end(2) :].count(",") <= 1 \
            and norm_key(got.group(1).removeprefix("و")) in fw_keys("spokesman_heads"):
        return m.start - len(before) + got.start(), got.group(2)
    return None


def _genders(g: Gazetteer, e: Entity) -> frozenset[str]:
    """The pronouns an entity may be taken up by: a person's by his gender (either where none is known), a country
    «ها» or «ه», a body by the head noun of its name (a feminine head «ها», a plural of people «هم» or «ها», another
    body head «ه», a name that tells none «ها» or «ه»)."""
    if e.type == "PERSON":
        gender = e.attrs.get("gender")
        return frozenset({"ها"} if gender == "f" else {"ه"} if gender == "m" else {"ها", "ه"})
    if e.type == "LOCATION":
        return frozenset({"ها", "ه"})
    head = norm_key(e.name.split()[0]) if e.name else ""
    bare = head.removeprefix("ال")
    if bare.endswith("ه") or bare.endswith("ات"):
        return frozenset({"ها"})  # (norm_key writes «ة» as «ه»)
    if head.startswith("ال") and (bare.endswith("ون") or bare.endswith("يين")):
        return frozenset({"هم", "ها"})
    if (bare,) in g.org_heads:
        return frozenset({"ه"})
    return frozenset({"ها", "ه"})


def pronoun_body(doc: Doc, g: Gazetteer, e: Entity, m: Mention,
                 named: list[tuple[Mention, Entity]]) -> Entity | None:
    """The principal (a body or person with a country) whose spokesman mention ``m`` of ``e`` names by a pronoun
    (see the module); ``named``: each mention of a body, a country or a person with its entity."""
    got = _phrase(doc, m)
    if got is None:
        return None
    at, pronoun = got
    hi = min(at, m.start)
    lo = _window_start(doc.text, hi)
    agreeing = {o.id: o for n, o in named if lo <= n.start and n.end <= hi and o is not e
                and pronoun in _genders(g, o)}
    if len(agreeing) != 1:
        return None
    body = next(iter(agreeing.values()))
    return body if body.country else None
