"""Round en365: a newspaper, agency or channel of no country that the text ties to a body or a man of one country
takes that country and the press code of it: «صحيفة «آرمان» المقربة من هاشمي رفسنجاني» (IRNMED), «وكالة «باسيج
نيوز» المقربة من الحرس الثوري» (IRNMED), «قناة «X» التابعة لحزب الله» (LBNMED).

The medium is an organisation whose code is the bare press code (``MED``) or none, named after a noun of the press
(``media_nouns``: «صحيفة», «وكالة», «قناة»); right after its mention (past its closing quotation mark) stands a
phrase of closeness (``media_ties``: «المقربة من», «الموالية لـ», «التابعة لـ», «الناطقة باسم») and right after
that an entity of one country. Not a medium the text leaves untied («تلفزيون «فوكس»»), nor one tied by a pronoun
(«قناة «المسيرة» الموالية له»: whose is left to the reader).

Round en375 (:func:`home_media`): a medium still of no country in an article about one country (named in three of
its sentences at least and twice as often as any other: :func:`.homeland.article_country`) is that country's press:
an outlet the lists do not know, quoted in a report on Yemen or Venezuela, is the local press («قناة (يمان)»,
«صحيفة «كاروي ديل كاروني» المحلية»); the press of another country is listed or named with its adjective.
"""

from __future__ import annotations

import re

from ..doc import Doc, Entity
from ..events.forms import fw
from ..text.normalize import norm_key

_CLOSERS = "»\")” "


def _press_named(doc: Doc, e: Entity) -> bool:
    """Is one of the entity's mentions named after a noun of the press («صحيفة «آرمان»», «لوكالة «باسيج نيوز»»)?"""
    nouns = {norm_key(w) for w in fw("media_nouns")}
    for sp in e.mentions:
        words = doc.text[max(0, sp.start - 20) : sp.start].replace("«", " ").replace('"', " ").split()
        if words and any(norm_key(words[-1]).removeprefix(p) in nouns for p in ("", "ل", "ب", "و", "ول", "وب")):
            return True
    return False


def _tied_to(doc: Doc, end: int, starts: dict[int, Entity]) -> Entity | None:
    """The entity named right after a phrase of closeness right after ``end``; None elsewhere."""
    text = doc.text
    at = end
    while at < len(text) and text[at] in _CLOSERS and at - end < 4:
        at += 1
    words = list(re.finditer(r"\S+", text[at : at + 60]))
    if not words or words[0].start() != 0:
        return None
    for phrase in fw("media_ties"):
        parts = phrase.split()
        if len(words) <= len(parts) - (parts[-1] == "ل"):
            continue
        if parts[-1] == "ل":  # «التابعة لحزب الله», «الموالية لـ«الحوثيين»»: the entity after the clitic
            w = words[len(parts) - 1]
            if [norm_key(x.group()) for x in words[: len(parts) - 1]] != parts[:-1] or not w.group().startswith("ل"):
                continue
            pos = at + w.start() + 1
        else:
            if [norm_key(x.group()) for x in words[: len(parts)]] != parts:
                continue
            pos = at + words[len(parts)].start()
        pos += 1 if text[pos : pos + 1] == "ـ" else 0
        return starts.get(pos) or starts.get(pos + 1)  # (past an opening quotation mark)
    return None


def media_ties(doc: Doc) -> None:
    """Give each untied-country medium the country of the body or man the text ties it to (see the module), in
    place."""
    starts = {sp.start: e for e in doc.entities for sp in e.mentions}
    for e in doc.entities:
        if e.type != "ORGANIZATION" or e.country or e.actor not in (None, "MED") or not _press_named(doc, e):
            continue
        for sp in e.mentions:
            other = _tied_to(doc, sp.end, starts)
            if other is not None and other is not e and other.country:
                e.country, e.actor = other.country, other.country + "MED"
                break


def home_media(doc: Doc, home: str | None) -> None:
    """Give each medium still of no country (the bare ``MED`` a press noun gave: «صحيفة», «قناة»; not a web site of
    no code, which may be any country's: «موقع «أنستغرام»») the country the article is about, ``home`` (see the
    module), in place."""
    if home is None:
        return
    for e in doc.entities:
        if e.type == "ORGANIZATION" and not e.country and e.actor == "MED":
            e.country, e.actor = home, home + "MED"
