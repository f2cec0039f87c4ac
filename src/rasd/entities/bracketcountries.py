"""Round en375: a person of no country named right before his country in brackets, as lists of prize winners and
players give it: «حسان مبروك العتيبي (السعودية)», «حيدر عبدالله زياد من (العراق)» — that country's (its code, no
sector). The bracket holds the country's name alone (a country entity: its code is its actor), after the name or
after «من»; a bracket of anything else («(42 عامًا)», a town: «(القاهرة)», where he may only be) gives none."""

from __future__ import annotations

import re

from ..doc import Doc

# the name's end, optional «من», the bracket: what the country's mention must start right after
_OPENING = re.compile(r"\s*(?:من\s*)?\(\s*")


def bracket_countries(doc: Doc) -> None:
    """Give each person of no country the country named alone in brackets right after one of his mentions (see the
    module), in place."""
    countries = {sp.start: e for e in doc.entities if e.type == "LOCATION" and e.country and e.actor == e.country
                 for sp in e.mentions}
    if not countries:
        return
    text = doc.text
    for e in doc.entities:
        if e.type != "PERSON" or e.country:
            continue
        for sp in e.mentions:
            m = _OPENING.match(text, sp.end, sp.end + 12)
            land = countries.get(m.end()) if m else None
            span = next((x for x in land.mentions if x.start == m.end()), None) if land and m else None
            if land is None or span is None or not text[span.end : span.end + 3].lstrip().startswith(")"):
                continue
            e.country = land.country
            e.actor = e.actor or land.country
            e.attrs["country_from"] = "bracket"
            break
