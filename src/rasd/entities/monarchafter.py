"""Round en570: a monarch's office named right after a man's name («فرنسوا جوزيف إمبراطور النمسا», «عبد الله
الثاني ملك الأردن») is his title the same way it is before it (:mod:`.monarchtitles`): the name's mention takes
the office as its role, the state's country and the government's sector (a crown of a state that is no monarchy
now: a former office, ELI).

The words right after the name (or its comma) are a monarch's noun (``monarch_nouns``, a monarchy of now only:
«ملك الأردن») or a crown's noun (``crown_nouns``, any state: «إمبراطور النمسا»), then a state's name (the
gazetteer's country, one to three words), then the clause goes on or ends: not another name («استقبل أوباما ملك
الأردن عبد الله الثاني»: the office is the next man's). Not a listed person of another country («التقى أوباما ملك
الأردن»: the object of his verb), not a one-word name («استقبل أوباما ملك الأردن»; «محمد أمير قطر»: «أمير» a given
name too), not a mention that already has an office."""

from __future__ import annotations

import re

from ..doc import Doc, Mention
from ..events.forms import fw_keys
from ..text.normalize import norm_key
from .gazetteer import Entry, Gazetteer
from .royalnames import MONARCHIES_NOW

_MAX_STATE = 3  # words of a state's name
_WORD = re.compile(r"[^\s،,.؛:()«»\"!?؟]+")


def _other_country(gaz: Gazetteer, m: Mention, iso: str) -> bool:
    """Is ``m`` a listed person of a country other than ``iso`` (another man than the state's monarch)?"""
    got = gaz.phrases.get(tuple(m.key.split()))
    if not isinstance(got, Entry) or got.kind != "person":
        return False
    countries = {c[:3] for c, _, _ in got.codes} | ({got.country} if got.country else set())
    return bool(countries) and iso not in countries


def monarch_after(doc: Doc, gaz: Gazetteer, m: Mention, mentions: list[Mention]) -> tuple[int, str, bool] | None:
    """(where the office ends, its country, whether it is a past one) of a monarch's office named right after
    ``m``, or None."""
    text = doc.text
    at = m.end + (2 if text[m.end : m.end + 2] in ("، ", ", ") else 1)
    if text[at - 1 : at] != " ":
        return None
    words = [w for w in _WORD.finditer(text, at, min(len(text), at + 80))]
    if len(words) < 2 or words[0].start() != at:
        return None
    head = norm_key(words[0].group())
    monarch, crown = head in fw_keys("monarch_nouns"), head in fw_keys("crown_nouns")
    if not (monarch or crown):
        return None
    for n in range(min(_MAX_STATE, len(words) - 1), 0, -1):
        span = words[1 : n + 1]
        if any(text[a.end() : b.start()] != " " for a, b in zip(words[: n], span)):
            continue  # (the noun and its state are one phrase, with no stop between)
        got = gaz.phrases.get(tuple(norm_key(w.group()) for w in span))
        if not (isinstance(got, Entry) and got.type == "LOCATION" and got.kind == "country" and got.country):
            continue
        iso, end = str(got.country), span[-1].end()
        if not (crown or iso in MONARCHIES_NOW) or _other_country(gaz, m, iso):
            return None
        if any(o.type == "PERSON" and end <= o.start <= end + 1 for o in mentions):
            return None  # «ملك الأردن عبد الله الثاني»: the next man's office
        return end, iso, crown and iso not in MONARCHIES_NOW
    return None


def monarch_titles_after(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Give each person's mention the monarch's office named right after it (see the module), in place."""
    for m in mentions:
        if m.type != "PERSON" or m.attrs.get("title_kind") == "office" or m.attrs.get("role_country") \
                or len(m.text.split()) < 2:
            continue  # (one word: «أوباما ملك الأردن», an object as likely; «محمد أمير»: a given name)
        got = monarch_after(doc, gaz, m, mentions)
        if got is None:
            continue
        end, iso, past = got
        role = doc.text[m.end : end].strip(" ،,")
        if m.attrs.get("role"):
            m.attrs["extra_roles"] = [*m.attrs.get("extra_roles", []), role]
        else:
            m.attrs["role"] = role
        m.attrs.update(sector="ELI" if past else "GOV", role_country=iso, title_kind="office")
