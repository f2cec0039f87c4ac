"""A Western compound given name written with a hyphen between spaces («جان - كلود يونكر»): the tagger's or the
rules' two person mentions on either side of the hyphen are one man's name when the first is one Western given name
and the second opens with another (the flag ``W`` of the name lists). Also the particle «لو» (Le, La, Lo) between a
person's last name-list word and a family name («مارين لو بان»): it is Arabic «لو» (if) too, so only there."""

from __future__ import annotations

import re

from ..doc import Doc, Mention
from ..events.forms import fw  # data only (closed word lists), no stage
from ..text.normalize import norm_key
from .gazetteer import Gazetteer
from .crf import load_lexicon
from .mentionedits import absorb, cover, reend

_HYPHEN = re.compile(r"\s*[-‐–]\s*")
_LE2 = re.compile(r"(?<!\w)(\w+) لو (\w+)(?=$|[\s،,.؛:])")
_RARE = 40  # an unknown word's most frequency (per the lexicon) to be a foreign family name


def _western(word: str, gaz: Gazetteer) -> bool:
    w = gaz.name_word(norm_key(word))
    return w is not None and "W" in w.flags


def hyphen_givens(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Join «جان» and «كلود يونكر» across « - » into «جان - كلود يونكر» (one mention, Doc.text's span)."""
    starts = {m.start: m for m in mentions if m.type == "PERSON"}
    for m in sorted(mentions, key=lambda m: m.start):
        if m.type != "PERSON" or " " in m.text.strip() or not _western(m.text, gaz):
            continue
        gap = _HYPHEN.match(doc.text, m.end)
        if gap is None or "-" not in gap.group() and "‐" not in gap.group() and "–" not in gap.group():
            continue
        if m not in mentions:
            continue  # (absorbed before; asked last: a look through the list, and the tests above are pure)
        nxt = starts.get(gap.end())
        if nxt is None or nxt is m or nxt not in mentions or not nxt.text.split() \
                or not _western(nxt.text.split()[0], gaz):
            continue
        absorb(doc, mentions, m, nxt)


def _western_word(key: str, gaz: Gazetteer) -> bool:
    """A word of the Western name lists (Wikidata transliteration or a Western given name)."""
    w = gaz.name_word(key)
    return w is not None and bool(set("wW") & set(w.flags))


def _verb(key: str) -> bool:
    """A verb of being, becoming or an auxiliary («كان», «بات»): what follows «لو» (if) as a verb."""
    return any(key in fw(name) for name in ("auxiliaries", "being_verbs", "becoming_verbs", "concessive_verbs",
                                             "past_being", "wants"))


def _family_after_le(last: str, k: str, gaz: Gazetteer) -> bool:
    """Is ``k``, after «لو» after the name word ``last``, a family name: a Western name-list word (or, after a
    Western given name, a rare word no list knows), no verb, preposition, title, definite or two-letter word, nor a
    complementizer but one a Western name spells too («بان»: Pan, Pen)?"""
    if _verb(k) or len(k) < 3 or k in fw("complementizers") and not _western_word(k, gaz) \
            or k in fw("prepositions") or (k,) in gaz.titles or k.startswith(("ال", "و")):
        return False
    lw = gaz.name_word(last)
    rare = gaz.name_word(k) is None and load_lexicon().freq.get(k, 0) < _RARE
    return _western_word(k, gaz) or lw is not None and "W" in lw.flags and rare


def le_particles(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«مارين لو بان»: «لو» (Le, La) between a Western name-list word and a family name (see
    :func:`_family_after_le`) is the particle of the family name: a person's mention ending on the first word takes
    «لو» and the family name; with none there, a Western name word of no common word's reading and no function word
    before «لو» opens a new person's. Not «لو كان», «لو أراد», «نود لو أن» («if»)."""
    for hit in _LE2.finditer(doc.text):
        x, y = hit.span(1), hit.span(2)
        last, k = norm_key(hit.group(1)), norm_key(hit.group(2))
        if not _western_word(last, gaz) or not _family_after_le(last, k, gaz):
            continue
        m = next((o for o in mentions if o.end == x[1] and o.type == "PERSON"), None)
        if any(o is not m and o.start < y[1] and o.end > x[0] and not (o.type == "PERSON" and o.start == y[0])
               for o in mentions):
            continue  # another name over «لو» or the words
        nxt = next((o for o in mentions if o.start == y[0] and o.type == "PERSON"), None)
        if m is None:
            w = gaz.name_word(last)
            if last in gaz.stop or w is None or "c" in w.flags:
                continue  # (a common word before «لو»: «if» after it)
            cover(doc, mentions, x[0], y[1] if nxt is None else nxt.end, "PERSON", {})
        elif nxt is not None:
            absorb(doc, mentions, m, nxt)  # the tagger's «بان ...»: one name with the given name
        else:
            reend(doc, m, y[1])
