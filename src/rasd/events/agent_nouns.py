"""Round 286: a noun of the doers is no act. «وترك القتلة وراءهم رسالة», «اعتقلت الشرطة قتلة الصحفي»: «قتلة»
(the broken plural «قَتَلة» of «قاتل», the killers), written with its «ة», names the people who killed, not a
killing; the kill entry reads it as «قتل» + a suffix, so it is no event here. «قتله» (his killing, «قتلَه» he
killed him), with «ه», stays the act; the killing itself, where told («مقتل الصحفي»), is an event of its own."""

from __future__ import annotations

import re

from ..doc import Doc
from ..text.normalize import strip_diacritics
from .lexicon import Hit

KILLERS = re.compile(r"^[وف]?(?:[بلك]|لل)?(?:ال)?قتلة$")  # «القتلة», «وقتلة», «للقتلة», «بالقتلة»


def killers(doc: Doc, hit: Hit) -> bool:
    """Whether the kill noun ``hit`` is «قتلة», the killers (see the module)."""
    if hit.entry.id != "kill" or hit.pos != "N" or hit.i != hit.j:
        return False
    return KILLERS.match(strip_diacritics(doc.tokens[hit.i].text).replace("\u0640", "")) is not None


__all__ = ["killers"]
