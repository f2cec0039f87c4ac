"""Round q364: the name apposed to an unnamed subject phrase of a verb cue, which ``speakers._speaker`` would else
leave to the phrase's body (``unnamed.body``): that person speaks.

Two shapes, each with the name agreeing with the verb:

- the phrase's genitive is a name and a person's name follows it at once («وقال محامي كلينتون ديفيد كيندال»,
  «وقال المتحدث باسم كلينتون نيك ميريل»): the first name is whose lawyer or spokesman he is, the second is he;
- the phrase is set off by a comma, then up to ``TITLE_RUN`` title words (``untagged_titled.title_word``, the
  feminine too) or given names the entity layer left out of the name (``untagged_titled.name_word``), then a
  person's name that the next comma or the words said close («قالت رئيسة كتلة ... في برلمان الإقليم، النائبة وحيدة
  ياقو هرمز، إنه»); not where the words after the comma are no title («مسؤول في الوزارة، طلب عدم ذكر اسمه، إن») or
  where a person is named inside the phrase («مصادر مقربة من فلان، ...»: whose sources).
"""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.chunks import Chunk, mention_index
from ..events.forms import fw
from ..text.normalize import COMMAS
from .agreement import _agrees
from .cues import Cue
from .untagged_titled import name_word, title_word

TITLE_RUN = 3  # title words or left-out given names between the comma and the name («النائبة وحيدة»)
PHRASE_REACH = 16  # tokens from the phrase's head to the comma that sets the name off


def apposed_speaker(doc: Doc, chunks: list[Chunk], c: Chunk, limit: int, cue: Cue,
                    heard: dict[str, str]) -> tuple[str, str] | None:
    """(the person, «apposed») named in apposition to the unnamed subject phrase ``c`` of ``cue`` before token
    ``limit`` (where the words said open), of the cue's gender; None where no such name follows."""
    after = [d for d in chunks if c.j < d.i < limit]
    second = _second_name(c, after)
    if second is not None:
        return (second, "apposed") if _agrees(doc, second, cue.gender, heard) else None
    set_off = _set_off_name(doc, c, after, limit)
    if set_off is None or not (_agrees(doc, set_off[0], cue.gender, heard) or set_off[1] == cue.gender):
        return None
    return set_off[0], "apposed"


def _second_name(c: Chunk, after: list[Chunk]) -> str | None:
    """The person right after a name right after the phrase ``c`` («محامي كلينتون ديفيد كيندال»)."""
    if len(after) < 2:
        return None
    first, second = after[0], after[1]
    if first.i != c.j + 1 or first.entity is None or first.prep is not None:
        return None
    if second.i != first.j + 1 or second.prep is not None or second.coord or second.etype != "PERSON":
        return None
    return second.entity if second.entity != first.entity else None


def _set_off_name(doc: Doc, c: Chunk, after: list[Chunk], limit: int) -> tuple[str, str | None] | None:
    """The person set off by commas after the phrase ``c``, titles or a left-out given name before him («، النائبة
    وحيدة ياقو هرمز،»), and the gender his title gives him («النائبة»: feminine, whatever the name told the entity
    layer; None without a title)."""
    toks = doc.tokens
    comma = next((k for k in range(c.j + 1, min(limit, c.i + PHRASE_REACH)) if toks[k].text in COMMAS), None)
    if comma is None:
        return None
    if any(d.etype == "PERSON" for d in after if d.i < comma):
        return None  # «مصادر مقربة من فلان،»: whose sources, the name after the comma another's
    named = next((d for d in after if d.i > comma and d.entity is not None), None)
    if named is None or named.etype != "PERSON" or named.entity is None or named.prep is not None:
        return None
    if named.i - comma - 1 > TITLE_RUN:
        return None
    titles = [u for u in range(comma + 1, named.i) if title_word(toks[u].norm_key)]
    if not all(u in titles or name_word(doc, u) or former(doc, titles, u) for u in range(comma + 1, named.i)):
        return None
    end = named.j + 1
    if end < limit and toks[end].text not in COMMAS:
        return None
    gender = None if not titles else "f" if toks[titles[0]].norm_key.endswith("ه") else "m"
    return named.entity, gender


def former(doc: Doc, titles: list[int], u: int) -> bool:
    """Round qu983: token ``u`` is an adjective of the office (led_body_adjectives: «السابق», «الراحل», «الحالي»)
    after a title word («الملك السابق أحمد فؤاد»), which joins the title to the name as the title itself does."""
    return bool(titles) and titles[0] < u and doc.tokens[u].norm_key in fw("led_body_adjectives")


def set_off_extended(doc: Doc, given: Span) -> Span | None:
    """Round qu983: the unnamed speaker text ``given`` run on over a person set off by commas right after it, a
    title (and its «السابق») before his name («وأشارت أسرة آخر ورثة الأسرة العلوية، الملك السابق أحمد فؤاد، في
    بيان»: the heir its genitive names, whose family speaks; he was not taken for the speaker, the verb's gender not
    his); None where no such name follows."""
    toks = doc.tokens
    k = doc.token_from(given.end)
    if k is None or toks[k].text not in COMMAS:
        return None
    titles: list[int] = []
    u = k + 1
    while u < len(toks) and u <= k + TITLE_RUN and (title_word(toks[u].norm_key) or former(doc, titles, u)):
        if title_word(toks[u].norm_key):
            titles.append(u)
        u += 1
    mention = mention_index(doc).get(u)
    if not titles or mention is None or mention[1] != "PERSON" or mention[2] != toks[u].start:
        return None
    end = doc.token_from(mention[3])
    return Span(given.start, mention[3]) if end is not None and toks[end].text in COMMAS else None
