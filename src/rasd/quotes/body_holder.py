"""A title in construct with a body the article names («رئيس الحكومة», «وزير الداخلية» after «الحكومة اللبنانية»)
standing for the one person of that body's actor who was named with the bare title or that very title («برئاسة
الرئيس فلان»), for the ``quotes`` stage: «وقدّم رئيس الحكومة شرحًا ...، فقال» is his, not the cabinet's."""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.chunks import Chunk
from ..events.forms import fw_bare_keys, nkey, word_keys


def body_title_holder(doc: Doc, at: int, phrase: Span) -> str | None:
    """The person a title phrase of two words or more («رئيس الحكومة»: an indefinite title, then its body) stands
    for: the body is one organisation the entity layer names (a mention inside the phrase, or one whose words are
    the phrase's past the title), and exactly one person named before character ``at`` shares its actor and holds
    the title bare («الرئيس») or with those words («رئيس الحكومة»); None else (no body, no actor, two holders:
    «رئيس مجلس النواب» is not «رئيس الحكومة»)."""
    text = doc.text[phrase.start : phrase.end]
    words = text.split()
    keys = word_keys(text)
    titles = fw_bare_keys("titles")
    if len(keys) < 2 or len(words) < 2 or keys[0] not in titles or nkey(words[0]).removeprefix("و").startswith("ال"):
        return None  # «الوزير الفرنسي»: a definite title and its adjective, no body
    rest = keys[1:]
    bodies = {e.id: e for e in doc.entities if e.type == "ORGANIZATION" and e.actor is not None and any(
        (phrase.start <= m.start and m.end <= phrase.end) or word_keys(doc.text[m.start : m.end]) == rest
        for m in e.mentions)}
    actors = {e.actor for e in bodies.values()}
    if len(actors) != 1:
        return None
    actor = actors.pop()
    found = set()
    for ent in doc.entities:
        if ent.type != "PERSON" or ent.actor != actor or not any(m.end <= at for m in ent.mentions):
            continue
        for role in ent.roles:
            held = word_keys(role)
            if held[:1] == keys[:1] and (len(held) == 1 or held[1 : len(keys)] == rest):
                found.add(ent.id)
    return found.pop() if len(found) == 1 else None


def titled_chunk_holder(doc: Doc, chunks: list[Chunk], c: Chunk) -> str | None:
    """:func:`body_title_holder` of a sentence's subject chunk: a title of no name, with the body the chunker put
    in a chunk of its own right after it («رئيس» + «الحكومة»), or a phrase of both."""
    if c.entity is not None:
        return None
    end = c.end
    nxt = next((d for d in chunks if d.i == c.j + 1), None)
    if nxt is not None and nxt.etype == "ORGANIZATION" and nxt.prep is None:
        end = nxt.end
    elif c.j == c.i:
        return None
    return body_title_holder(doc, c.start, Span(doc.tokens[c.i].start, end))
