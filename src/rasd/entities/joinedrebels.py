"""Round en875: a rebel body's name whose words are joined by «و», cut by the tagger at the first «و».

«حركة العدل والمساواة المتمردة» (Sudan's JEM): the tagger reads «حركة العدل», and the «و» words of the name
(«والمساواة») are left out. An organisation mention that opens on the head noun of a movement, front or army
(``joined_rebel_heads``: «حركة», «جبهة», «جيش»), followed by one to three words each glued to «و» and then, after
one space, an adjective that calls it an armed rebel body (``rebel_body_adjectives``: «المتمردة», «المسلحة»), runs
over the «و» words: the adjective closes the name, so the «و» words are part of it, not a second conjunct. The
adjective stays out of the name (:mod:`.namedrebels` reads it to code the body ``REB``). The same cut name elsewhere
in the article followed by the same «و» words («أعلنت حركة العدل والمساواة أمس») is widened too.

Not a listed body (its own name is known), nor a name the «و» words follow with no such adjective anywhere in the
article («وزارة العدل والمساواة»? a head this module does not take), nor where another mention would be cut.
Called by :mod:`.stage` after the tagger's mentions are in."""

from __future__ import annotations

import re

from ..doc import Doc, Mention
from ..events.forms import fw  # data only (closed word lists), no stage
from ..text.normalize import norm_key
from .mentionedits import reend

MAX_JOINED = 3  # «و» words of a name after the tagger's cut («والمساواة», «والتحرير والبناء»)
_WAW_WORD = re.compile(r" (و[\u0621-\u064a\u0640\u064b-\u0652]{3,})(?=[\s«»\"(),.،:؛!?؟]|$)")
_WORD = re.compile(r" ([\u0621-\u064a\u0640\u064b-\u0652]+)(?=[\s«»\"(),.،:؛!?؟]|$)")


def _waw_words(text: str, at: int) -> list[re.Match[str]]:
    """The words glued to «و» right after offset ``at``, one space apart (at most :data:`MAX_JOINED`)."""
    out: list[re.Match[str]] = []
    while len(out) < MAX_JOINED:
        got = _WAW_WORD.match(text, at)
        if got is None:
            break
        out.append(got)
        at = got.end()
    return out


def _joined_end(doc: Doc, m: Mention) -> int | None:
    """Where the name of ``m`` ends past its «و» words and before a rebel adjective, else None."""
    words = _waw_words(doc.text, m.end)
    adjectives = fw("rebel_body_adjectives")
    while words:
        nxt = _WORD.match(doc.text, words[-1].end())
        if nxt is not None and norm_key(nxt.group(1)) in adjectives:
            return words[-1].end()
        words.pop()  # (a shorter run: «حركة X وY وZ المتمردة»'s last word may be the adjective's own noun)
    return None


def _widen(doc: Doc, mentions: list[Mention], m: Mention, end: int) -> None:
    """Let ``m`` end at ``end``, dropping the mentions inside its new words; none where one runs past ``end``."""
    inside = [o for o in mentions if o is not m and m.end <= o.start < end]
    if any(o.end > end for o in inside):
        return
    for o in inside:
        mentions.remove(o)
    reend(doc, m, end)


def joined_rebel_names(doc: Doc, mentions: list[Mention]) -> None:
    """Widen an organisation cut before the «و» words of its name where a rebel adjective closes them (see the
    module), and the same cut name elsewhere in the article followed by the same words (in place)."""
    heads = fw("joined_rebel_heads")
    cut: dict[str, str] = {}  # the cut name's key → the «و» words that complete it
    for m in list(mentions):
        words = m.text.split()
        if m.type != "ORGANIZATION" or m.attrs.get("gid") or len(words) < 2 or norm_key(words[0]) not in heads:
            continue
        end = _joined_end(doc, m)
        if end is not None:
            cut[m.key] = doc.text[m.end : end]
            _widen(doc, mentions, m, end)
    if not cut:
        return
    for m in list(mentions):
        tail = cut.get(m.key) if m.type == "ORGANIZATION" else None
        after = m.end + len(tail or "")
        if tail and doc.text.startswith(tail, m.end) and not (after < len(doc.text) and doc.text[after].isalpha()):
            _widen(doc, mentions, m, after)
