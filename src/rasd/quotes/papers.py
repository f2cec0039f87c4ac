"""Documents as the speaker of a feminine verb cue they are the subject of, round 288: «وكانت وثائق نشرت في
الماضي كشفت أن ...» (the documents, a phrase: no one carried over from before), and «الكشف عن وثائق نشرها موقع
«ويكيليكس»، وأفادت بأن ...» (the body that issued them, named in their relative clause: the site). The noun is
one of leaked_paper_nouns; its issuer a named body right after a verb of issuing with the noun's pronoun
(paper_issuing_verbs: «نشرها», «سربتها»)."""

from __future__ import annotations

from ..doc import Doc, Quote, Span
from ..events.forms import fw, nkey
from ..text.marks import CUE_ENDS

DESCRIPTION_REACH = 7  # tokens of the noun's description between it and the cue
_OPENERS = frozenset(nkey(w) for w in ("و", "وكانت", "كانت", "فقد", "وقد", "لكن", "ولكن"))
_ISSUERS = frozenset(("ORGANIZATION", "PERSON"))


def paper_speakers(doc: Doc, quotes: list[Quote]) -> None:
    """Give each feminine verb cue whose subject is a documents noun before it (see the module's note) that noun's
    issuer as speaker where named, else the noun's phrase; a speaker only carried over from before gives way."""
    for q in quotes:
        if q.attrs.get("kind") != "verb" or q.attrs.get("gender") != "f" or q.attrs.get("plural") is True:
            continue
        if "speakers" in q.attrs or not (q.speaker is None and "speaker_text" not in q.attrs
                                         or q.attrs.get("via") == "carry"):
            continue
        found = _papers_before(doc, q.cue)
        if found is None:
            continue
        phrase, issuer = found
        q.speaker = issuer
        q.attrs.pop("affiliation", None)
        q.attrs.pop("body", None)
        if issuer is None:
            q.attrs["speaker_text"] = phrase
        else:
            q.attrs.pop("speaker_text", None)
        q.attrs["via"] = "papers"


def _papers_before(doc: Doc, cue: Span) -> tuple[Span, str | None] | None:
    """(the documents' phrase, their issuer's entity id or None) for the cue at ``cue``."""
    c = doc.token_from(cue.start)
    sent = doc.sentence_of(cue.start)
    if c is None or sent is None:
        return None
    first = doc.token_from(sent.start) or 0
    toks = doc.tokens
    joined = toks[c].norm_key.startswith("و") and c > 0 and toks[c - 1].text in ("،", ",")
    for k in range(c - 1, max(first - 1, c - DESCRIPTION_REACH - 2), -1):
        if toks[k].text in CUE_ENDS or (toks[k].text in ("،", ",") and not (joined and k == c - 1)):
            return None
        if toks[k].norm_key not in fw("leaked_paper_nouns"):
            continue
        issuer = _issuer(doc, k, c)
        opens = k == first or toks[k - 1].norm_key in _OPENERS
        if joined and (issuer is None or not (opens or _after_noun(doc, k))):
            return None  # «الكشف عن وثائق ...، وأفادت»: the issuer named, the noun no verb's object («وأشارت إلى
            # وثائق نشرتها الوزارة، وأكدت»: she goes on)
        if not joined and (not opens or toks[c].norm_key.startswith(("و", "ف"))):
            return None  # «وكانت وثائق ... كشفت»: the noun opens its clause and the cue goes on from it
        if issuer is None and _named_between(doc, toks[k].end, cue.start):
            return None
        end = c - 2 if joined else c - 1
        return Span(toks[k].start, toks[end].end), issuer
    return None


def _issuer(doc: Doc, k: int, c: int) -> str | None:
    """The named body or person right after a verb of issuing with the noun's pronoun after the noun at ``k``
    («وثائق نشرها موقع «ويكيليكس»»: past one word of the entity's kind before its name)."""
    toks = doc.tokens
    verb = next((j for j in range(k + 1, min(k + 3, c)) if toks[j].norm_key in fw("paper_issuing_verbs")), None)
    if verb is None:
        return None
    for e in doc.entities:
        if e.type not in _ISSUERS:
            continue
        for m in e.mentions:
            at = doc.token_from(m.start)
            if at is not None and verb < at < c and at - verb <= 3 and at <= k + DESCRIPTION_REACH:
                return e.id
    return None


def _named_between(doc: Doc, start: int, end: int) -> bool:
    """Whether a person or an organisation is named between characters ``start`` and ``end``."""
    return any(start <= m.start < end for e in doc.entities if e.type in _ISSUERS for m in e.mentions)


def _after_noun(doc: Doc, k: int) -> bool:
    """Whether the noun at ``k`` follows a preposition after a definite noun («الكشف عن وثائق»), not after a verb."""
    return k >= 2 and doc.tokens[k - 1].norm_key in _PREPOSITIONS and doc.tokens[k - 2].norm_key.startswith("ال")


_PREPOSITIONS = frozenset(nkey(w) for w in ("عن", "من", "في", "على", "إلى"))
