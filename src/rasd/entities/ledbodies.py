"""A leader's country and actor from the body his title governs in construct right before his name (round en815).

«زعيم التنظيم السابق ناصر الوحيشي» (the organisation's former leader), where the bare «التنظيم» is a mention of
«تنظيم القاعدة» (IMGMUSALQ): a leader's noun (``founder_roles``: «زعيم», «قائد», «مؤسس», «رئيس») right before a
mention of an organisation with an actor code, at most one adjective of time (``led_body_adjectives``: «السابق»,
«الراحل») between that mention and the name, and a space alone between (no comma, no «و»): the person takes the
body's country, where it has one, and its actor («زعيم حزب العمال الكردستاني X» → TURREB; a body of no state
gives its actor alone: IMGMUSALQ).

Not a body after a preposition («زعيم في التنظيم»), not a title before another noun («زعيم كتلة التنظيم X»),
nor a body of no actor code. Only for a person of no country yet (:func:`.personloops.unplaced_persons`).
"""

from __future__ import annotations

from ..doc import Doc, Entity, Mention
from ..events.forms import fw, fw_keys, nkey
from ..text.normalize import norm_key


def led_body(doc: Doc, m: Mention, by_end: dict[int, tuple[Mention, Entity]]) -> Entity | None:
    """The organisation whose mention a leader's noun governs right before ``m`` (see the module); None
    elsewhere. ``by_end``: each organisation's mention with an actor code, by its end."""
    at = m.start - 1
    if at < 1 or doc.text[at] != " ":
        return None
    for extra in range(2):
        got = by_end.get(at)
        if got is not None:
            o, body = got
            words = doc.text[max(0, o.start - 20) : o.start].split()
            if not doc.text[: o.start].endswith(" ") or not words \
                    or norm_key(words[-1].removeprefix("و")) not in fw("founder_roles"):
                return None
            return body
        if extra:
            break
        head = doc.text[max(0, at - 20) : at]
        adj = head.split()[-1] if head.split() else ""
        if not adj or not head.endswith(" " + adj) or nkey(adj) not in fw_keys("led_body_adjectives"):
            return None
        at -= len(adj) + 1
    return None


def take_led(e: Entity, body: Entity) -> None:
    """``e`` takes the country (where it has one) and the actor code of the body he leads."""
    if body.country:
        e.country = body.country
        e.attrs["country_from"] = "led_body:" + body.id  # (no country taken, no source of one: an IGO's head)
    e.actor = body.actor or body.country
