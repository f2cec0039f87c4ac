"""Round ents94: a Western-named writer of a newspaper or channel of one country is of that country («لافيدي موريس،
مراسلة صحيفة «واشنطن بوست»»: USA, sector MED; «كتب دان لاموث في صحيفة «واشنطن بوست»»;
«الكاتبة مورين داود، في عمودها بصحيفة «نيويورك تايمز» الأميركية»).

A person of no country yet whose name the lists read as Western (``western``, or an unknown given name before a
Western surname: «لافيدي موريس»), with right after one of his mentions
only a journalist's words (``_JOB``: «مراسلة», «الكاتب», «المحرر»; «السابقة», «الأجنبية»), «في/لدى» or «عموده/
مقاله», and then a medium's mention (an organisation whose actor is of the ``MED`` sector and of one country), takes
that country and the sector ``MED``. Not a medium after «لـ» with no journalist's word («وأوضح ميريل لصحيفة «واشنطن
بوست»»: he spoke to it), nor past a full stop or a second comma, nor an Arab name («حمدان الرحبي، مراسل صحيفة
«الشرق الأوسط»» in Yemen: a local correspondent of a foreign paper is of his own country)."""

from __future__ import annotations

import re

from ..doc import Doc, Entity, Mention
from ..text.normalize import norm_key
from .gazetteer import Gazetteer
from .personloops import take_country, unplaced_persons

_JOB = frozenset(norm_key(w) for w in (
    "مراسل", "مراسلة", "المراسل", "المراسلة", "كاتب", "كاتبة", "الكاتب", "الكاتبة", "محرر", "محررة", "المحرر",
    "المحررة", "صحافي", "صحافية", "الصحافي", "الصحافية", "صحفي", "صحفية", "الصحفي", "الصحفية", "كبير", "كبيرة",
    "مراسلي", "معلق", "المعلق", "محلل", "المحلل"))
_LINK = frozenset(norm_key(w) for w in (
    "في", "لدى", "السابق", "السابقة", "الأجنبي", "الأجنبية", "عموده", "عمودها", "مقاله", "مقالها", "مقالا",
    "مقال", "ب", "بـ"))
_WINDOW = 60


def _gap_words(gap: str) -> list[str] | None:
    """The word keys between a name and a medium, with a proclitic «ب/ل» glued to the medium as a word of its own;
    None where a full stop, a colon or a second comma parts them."""
    if any(ch in gap for ch in ".:؛!؟?\n") or gap.count("،") + gap.count(",") > 1:
        return None
    return [norm_key(w) for w in re.findall(r"[^\s،,«»\"()]+", gap)]


def _writer_of(doc: Doc, m: Mention, media: list[tuple[Mention, Entity]]) -> Entity | None:
    """The medium the words right after ``m`` make him a writer of, else None."""
    for o, body in media:
        if o.start < m.end or o.start - m.end > _WINDOW:
            continue
        words = _gap_words(doc.text[m.end : o.start])
        if words is None or not words:
            return None
        job = any(w in _JOB for w in words)
        if words[-1] == "ل":
            return body if job else None  # «مراسل لصحيفة ...»; not «وأوضح ميريل لصحيفة ...» (an addressee)
        if all(w in _JOB or w in _LINK for w in words) and (job or words[0] == "في"):
            return body
        return None
    return None


def _foreign(g: Gazetteer, e: Entity) -> bool:
    """A Western name: the entity layer read it so (``western``), or its first word is in no list and its last is a
    Western name word («لافيدي موريس»)."""
    if e.attrs.get("western"):
        return True
    words = [norm_key(w) for w in e.name.split()]
    if len(words) < 2 or any(w.startswith("ال") for w in words) or g.name_word(words[0]) is not None:
        return False
    last = g.name_word(words[-1])
    return last is not None and "w" in last.flags


def media_writers(doc: Doc, g: Gazetteer, ents: list[Entity], by_entity: dict[str, list[Mention]]) -> None:
    """Give each Western-named writer of a medium of one country that country (see the module), in place."""
    media = sorted(((o, e) for e in ents if e.type == "ORGANIZATION" and e.country and (e.actor or "").endswith("MED")
                    for o in by_entity.get(e.id, ())), key=lambda p: p[0].start)
    if not media:
        return
    for e, ms in unplaced_persons(ents, by_entity):
        if not _foreign(g, e):
            continue
        for m in ms:
            body = _writer_of(doc, m, media)
            if body is not None:
                take_country(e, body, "medium:")
                break
