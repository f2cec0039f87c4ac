"""Round 63: a country's name without its article, which the tagger reads as a place of its own.

«في عراق ما بعد الغزو» (post-invasion Iraq): a one-word place the tagger alone read, with no article, whose form
with the article is a listed country («العراق», «اليمن», «السودان») is a mention of that country (its
gazetteer id), not another place named «عراق»."""

from __future__ import annotations

from ..doc import Doc, Mention
from .gazetteer import Entry, Gazetteer


def bare_countries(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Give the tagger's one-word places that are a listed country's name less its article that country's id (in
    place)."""
    for m in mentions:
        k = m.key
        if m.type != "LOCATION" or m.source != "model" or m.attrs.get("gid") or " " in m.text.strip() \
                or k.startswith("ال") or len(k) < 3:
            continue
        got = gaz.phrases.get(("ال" + k,))
        if isinstance(got, Entry) and got.type == "LOCATION" and got.kind == "country" and got.country:
            m.attrs["gid"] = got.id
            m.attrs["kind"] = "country"
            m.attrs["form"] = "ال" + m.text.strip()  # its name is the country's: «العراق»
