"""An office written before a title and a name: «عضو لجنة الأمن والدفاع النيابية النائب محمد الكربولي», «رئيس لجنة
العلاقات الخارجية في مجلس الشيوخ السيناتور بوب كوركر». The title right before the name («النائب», «السيناتور») is
his role already; the office with its body before it (a member or chair of a committee) is his too (round en851)."""

from __future__ import annotations

from ..doc import Doc, Mention
from .units import Found, TitleHit


def _outer_office(doc: Doc, hit: TitleHit, found: Found,
                  bodies: dict[int, Mention]) -> tuple[TitleHit, Mention] | None:
    """The free office title whose body ends right before ``hit`` («عضو» + «لجنة الأمن والدفاع النيابية» before
    «النائب»), or None («وطالب النائب محمد الكربولي»: nothing before the title)."""
    body = bodies.get(_end_before(doc, hit.start))
    if body is None:
        return None
    for outer in found.titles:
        if outer is hit or outer.person is not None or outer.relation or outer.kind != "office":
            continue
        gap = doc.text[outer.end : body.start]
        if outer.start < body.start and (outer.end >= body.start or not gap.strip()):
            return outer, body
    return None


def role_chains(doc: Doc, found: Found, mentions: list[Mention]) -> None:
    """Give a person named after «<office> <body> <title>» the office with its body as a role besides the title:
    «عضو لجنة الأمن والدفاع النيابية النائب محمد الكربولي» has roles «النائب» and «عضو لجنة الأمن والدفاع
    النيابية». Not an office cut off by a comma or a verb («رئيس اللجنة، قال النائب ...»)."""
    bodies = {m.end: m for m in mentions if m.type == "ORGANIZATION"}
    for hit in found.titles:
        person = hit.person
        if person is None or hit.relation or not person.attrs.get("role"):
            continue
        found_outer = _outer_office(doc, hit, found, bodies)
        if found_outer is None:
            continue
        outer, body = found_outer
        role = doc.text[outer.start : body.end]
        if role not in person.attrs.get("extra_roles", ()):
            person.attrs["extra_roles"] = [*person.attrs.get("extra_roles", []), role]
        outer.person = person


def _end_before(doc: Doc, k: int) -> int:
    """The offset before the spaces that end at ``k``."""
    while k > 0 and doc.text[k - 1] == " ":
        k -= 1
    return k
