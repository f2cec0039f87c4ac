"""A title's complement and name, for the ``quotes`` stage: the speaker text of an unnamed title runs on to the name
it is in construct with, which the phrase left out as a mention of its own («وزير خارجية سنغافورة»: not «وزير
خارجية»), and a person's name right after the title that the entity layer missed is who speaks."""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.chunks import is_function_word, mention_index
from ..events.forms import nkey
from .cues import is_complementizer, match_cue
from .foreign_run import foreign_run
from .untagged import name_like, title_key


def run_to_complement(doc: Doc, given: Span) -> Span:
    """``given`` with the closing quote mark of a name it opens, or up to the end of the mention right after it where ``given`` opens with a title and ends with a
    word in construct (no article, no tanween: «وزير خارجية») and the mention follows with nothing between (no
    preposition, comma or «و» on it); ``given`` itself otherwise."""
    text = doc.text[given.start : given.end]
    if (run := foreign_run(doc, given)) is not None:
        return run  # «وقالت إيه سو ميات:»: the rest of the foreign name
    if text.count("«") > text.count("»") and doc.text[given.end : given.end + 1] == "»":
        return Span(given.start, given.end + 1)  # «عضو في «شورى كويتا»»: the name's closing mark
    words = text.split()
    head = nkey(words[0]) if words else ""
    if len(words) < 2 or not (title_key(head) or title_key(head.removeprefix("و"))):
        return given
    last = nkey(words[-1])
    if last.startswith("ال") or last.endswith("ا") or not last.isalpha():
        return given
    index = mention_index(doc)
    u = next((k for k, tok in enumerate(doc.tokens) if tok.start >= given.end), None)
    if u is None or u not in index or index[u][2] != doc.tokens[u].start or len(doc.tokens[u].words) != 1:
        return given
    if doc.text[given.end : doc.tokens[u].start].strip():
        return given
    return Span(given.start, index[u][3])


NAME_AFTER = 3  # words of a name right after a title that the entity layer missed, at most
PLACE_WORDS = 4  # words of the place a title is held in, before the name set off by commas, at most


def missed_name(doc: Doc, given: Span) -> Span | None:
    """The name right after the unnamed title ``given`` that the entity layer missed or took for a place («وقالت
    المتحدثة باسم المفوضية الأوروبية فلانة علانية إن»): two or three bare words (no article, clitic, function word,
    title or cue; no person's mention), the last name-like, then «:»، «إن/أن» or a comma; None otherwise."""
    words = doc.text[given.start : given.end].split()
    head = nkey(words[0]) if words else ""
    if not words or not (title_key(head) or title_key(head.removeprefix("و"))):
        return None
    index = mention_index(doc)
    u = next((k for k, tok in enumerate(doc.tokens) if tok.start >= given.end), None)
    if u is None or doc.text[given.end : doc.tokens[u].start].strip():
        return None
    return _name_from(doc, u, index)


def set_off_name(doc: Doc, given: Span) -> Span | None:
    """The name the entity layer missed after the unnamed title ``given`` and a place it holds the title in, set
    off by commas («وقال رئيس اتحاد الجاليات في الولاية، فلان علاني، في تصريحات»): a phrase of «في» of at most
    PLACE_WORDS words, a comma, then the name as :func:`missed_name` reads it (a comma after it); None otherwise."""
    words = doc.text[given.start : given.end].split()
    head = nkey(words[0]) if words else ""
    if not words or not (title_key(head) or title_key(head.removeprefix("و"))):
        return None
    u = doc.token_from(given.end)
    if u is None or doc.text[given.end : doc.tokens[u].start].strip() or doc.tokens[u].norm_key not in ("في", "فى"):
        return None
    for c in range(u + 2, min(len(doc.tokens) - 1, u + 2 + PLACE_WORDS)):
        if doc.tokens[c].text in ("،", ","):
            name = _name_from(doc, c + 1, mention_index(doc))
            if name is None or doc.tokens[doc.token_from(name.end) or 0].text not in ("،", ","):
                return None
            return name
        if match_cue(doc, c) is not None or is_complementizer(doc, c):
            return None
    return None


def _name_from(doc: Doc, u: int, index: dict[int, tuple[str, str, int, int]]) -> Span | None:
    """Two or three bare words from token ``u``, the last name-like, then «:»، «إن/أن» or a comma (missed_name)."""
    for end in range(u + 1, min(len(doc.tokens), u + 1 + NAME_AFTER)):  # the first word too: «الوزير عن تفاؤله،»
        tok = doc.tokens[end - 1]
        key = tok.norm_key
        first = end - 1 == u  # the first word is read for its form alone: a name of its own may start there
        if (len(tok.words) != 1 or not key.isalpha() or tok.text.startswith(("ال", "لل")) or is_function_word(key)
                or title_key(key) or match_cue(doc, end - 1) is not None
                or (not first and index.get(end - 1, ("", ""))[1] == "PERSON")):
            return None
        nxt = doc.tokens[end]
        if end > u + 1 and name_like(doc, end - 1) and (nxt.text in (":", "،", ",") or is_complementizer(doc, end)):
            return Span(doc.tokens[u].start, tok.end)
    return None
