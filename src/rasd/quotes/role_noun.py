"""A bare definite role noun as a cue's subject, for the ``quotes`` stage (round q274): «وقال فلان: «...». وأضاف
المحامي: «...»»: the lawyer is the man just quoted, not an unnamed lawyer. The noun is a profession one names a
person by again (described_person_nouns, anaphoric_role_nouns: «المحامي», «الخبير», «الطبيبة»), alone in the
speaker phrase; the quote before it, in the same sentence or the one before, has a named person for speaker, of the
cue's gender and number, who holds no other role (none, or one with that noun: «محامي الأسرة»); no other person is
named between the two cues. A later quote carried on with the same phrase («وأوضح أن») goes with him too.
Where a person named earlier holds that very role («المحامي فلان») the speaker layer has found him already."""

from __future__ import annotations

from ..doc import Doc, Quote, Span
from ..events.forms import fw_keys, nkey, word_keys


def _role_nouns() -> frozenset[str]:
    return fw_keys("described_person_nouns") | fw_keys("anaphoric_role_nouns")


def role_holders(doc: Doc, quotes: list[Quote]) -> None:
    """Give each quote whose speaker phrase is a bare definite role noun the person quoted just before (module
    note), and the quotes after it that carry on with that phrase."""
    for i, q in enumerate(quotes):
        phrase = q.attrs.get("speaker_text")
        if q.speaker is not None or not isinstance(phrase, Span) or q.attrs.get("via") == "role_noun":
            continue
        noun = _bare_role(doc, phrase)
        if noun is None:
            continue
        person = _just_quoted(doc, quotes, i, noun)
        if person is None:
            continue
        for r in quotes[i:]:
            if r.speaker is None and r.attrs.get("speaker_text") == phrase:
                r.speaker = person
                r.attrs["via"] = "role_noun"
                del r.attrs["speaker_text"]


def _bare_role(doc: Doc, phrase: Span) -> str | None:
    """The role noun's key where ``phrase`` is that noun alone with the article («المحامي»); else None."""
    words = doc.text[phrase.start : phrase.end].split()
    if len(words) != 1:
        return None
    key = nkey(words[0])
    if not key.startswith("ال") or key.removeprefix("ال") not in _role_nouns():
        return None
    return key.removeprefix("ال")


def _just_quoted(doc: Doc, quotes: list[Quote], i: int, noun: str) -> str | None:
    """The named person the quote before ``quotes[i]`` has for speaker, where he may be the one the role noun
    ``noun`` names again (module note); else None."""
    q = quotes[i]
    before = [p for p in quotes[:i] if p.cue.start < q.cue.start]
    if not before:
        return None
    p = before[-1]
    ent = doc.entity(p.speaker)
    if ent is None or ent.type != "PERSON":
        return None
    if p.attrs.get("gender") != q.attrs.get("gender") or bool(p.attrs.get("plural")) or bool(q.attrs.get("plural")):
        return None
    sent = doc.sentence_of(q.cue.start)
    prior = [s for s in doc.sentences if sent is not None and s.end <= sent.start]
    opens = prior[-1].start if prior else (sent.start if sent is not None else q.cue.start)
    if p.cue.start < opens:
        return None
    if ent.roles and not any(noun in word_keys(role) for role in ent.roles):
        return None  # «وقال الوزير فلان ... . وأضاف المحامي»: another man
    if any(p.cue.start <= m.start < q.cue.start for e in doc.entities if e.type == "PERSON" and e.id != ent.id
           for m in e.mentions):
        return None
    return ent.id
