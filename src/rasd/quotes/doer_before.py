"""Round qu711: the doer a dropped subject goes on with, for the ``quotes`` stage: «... خلال زيارة قامت بها فلانة
وزيرة الدفاع الألمانية إلى تونس. وقالت إثر لقائها ...» — the one who carried out what the sentence just before
tells («قام/قامت بـه/بها X»: performing_verbs), of the cue's gender, is the subject «وقالت» drops, not an older
speaker (a body quoted paragraphs before)."""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.forms import fw_keys, nkey

_PRONOUNS = frozenset(nkey(w) for w in ("به", "بها", "بهما", "بهم"))
_ACTORS = ("PERSON", "ORGANIZATION")


def or_doer(doc: Doc, got: tuple[str | None, Span | None], sent: tuple[Span, int, int] | None, gender: str,
            heard: dict[str, str], mentions: dict[int, tuple[str, str, int, int]]) -> tuple[str | None, Span | None]:
    """The subject ``got`` a sentence opens with; where it opens with none and it is the sentence just before the
    cue (``sent`` given), the doer of :func:`doer_before` instead."""
    if got[0] is not None or got[1] is not None or sent is None:
        return got
    return doer_before(doc, sent, gender, heard, mentions) or got


def doer_before(doc: Doc, sent: tuple[Span, int, int], gender: str, heard: dict[str, str],
                mentions: dict[int, tuple[str, str, int, int]]) -> tuple[str | None, Span | None] | None:
    """(the person or organisation, None) named right after «قامت بها» (a performing verb of the cue's ``gender``
    and its «بـ» with a pronoun) in the sentence ``sent`` (a ``sentence_token_ranges`` item); that verb's gender is
    the doer's, noted in ``heard``. The last such doer of the sentence; None where there is none."""
    _, a, b = sent
    toks = doc.tokens
    found: tuple[str | None, Span | None] | None = None
    for u in range(a, b - 2):
        verb = toks[u].norm_key.removeprefix("و")
        if verb not in fw_keys("performing_verbs") or toks[u + 1].norm_key not in _PRONOUNS:
            continue
        if ("f" if verb.endswith("ت") or verb.startswith("ت") else "m") != gender:
            continue
        got = mentions.get(u + 2)
        if got is None or got[1] not in _ACTORS or doc.tokens[u + 2].start != got[2]:
            continue
        if got[1] == "PERSON":
            heard.setdefault(got[0], gender)  # «قامت بها أورسولا ...»: the verb tells her gender
        found = (got[0], None)
    return found
