"""Round 64: places an event's clause names that are not where it happened: where someone lives («القرضاوي،
المقيم في قطر، عزل ...») and the matter talks are about («يبحث الوزير خلال زيارته قضايا التسوية في سوريا»); round 74: a sea a saying
names («طالبت بوقف الأنشطة في بحر الصين الجنوبي»); round au976: a place inside a topic phrase fronted before a saying
or a meeting («وبشأن الوضع في اليمن، أكد الوزير», «وحول الموقف في سوريا خلال المفاوضات»)."""

from __future__ import annotations

from ..doc import Doc
from .chunks import Chunk, clause_stop
from .forms import fw, nkey
from .lexicon import VERBAL_CODES, Hit
from .readings import place_word
from .word_tests import finite_verb

RESIDENCE_REACH = 3  # tokens back from a place over «في» and a place word to a word of residence («المقيم في»)
TOPIC_REACH = 3  # tokens from a matter talked about to the «في» of its place («قضايا التسوية السلمية في سوريا»)
MEETINGS = "04"  # consult, visit, negotiate
FRONT_REACH = 12  # tokens from a fronted topic word to its place («وحول إمكانية وجود تغيرات ... تجاه الموقف في سوريا»)
POSSESSIVES = ("ه", "ها", "هم", "هما")  # «زيارته قضايا ...»: a noun with its owner's pronoun takes no genitive


def resident_place(doc: Doc, c: Chunk) -> bool:
    """Whether the place ``c`` is said where someone lives or stays (function words ``residence_words`` before
    its «في/بـ», over a place word: «المقيم في قطر», «المقيمين في مدينة ...»)."""
    for t in range(c.i - 1, max(0, c.i - RESIDENCE_REACH) - 1, -1):
        key = doc.tokens[t].norm_key.removeprefix("و")
        if key in fw("residence_words"):
            return True
        if key != "في" and not place_word(key):
            return False
    # («المقيم بقطر»: the place with its «بـ» is the chunk's first token)
    return c.i > 0 and doc.tokens[c.i].norm_key[:1] == "ب" \
        and doc.tokens[c.i - 1].norm_key.removeprefix("و") in fw("residence_words")


def topic_place(doc: Doc, hit: Hit, c: Chunk) -> bool:
    """Whether the place ``c`` after a meeting or a visit (CAMEO 04x) is that of the matter talked about: a word of
    such a matter (function words ``talk_topics``) as the object, not the trigger's own genitive («محادثات التسوية في
    موسكو» are in Moscow, and so are «المشاورات حول التسوية في موسكو»), within ``TOPIC_REACH`` tokens before the «في» of the place, no comma between."""
    if not hit.entry.code.startswith(MEETINGS) or c.i <= hit.j + 1 or doc.tokens[c.i - 1].norm_key != "في":
        return False
    for t in range(c.i - 2, max(hit.j, c.i - 2 - TOPIC_REACH), -1):
        if clause_stop(doc.tokens[t].text):
            return False
        if doc.tokens[t].norm_key.removeprefix("و") in fw("talk_topics"):
            before = doc.tokens[t - 1].norm_key.removeprefix("و")
            if before in fw("topic_words") or before in fw("prepositions"):
                return False  # («المشاورات حول التسوية السورية في موسكو»: the talks' own topic phrase, then where)
            return t > hit.j + 1 or doc.tokens[hit.j].text.endswith(POSSESSIVES)
    return False


def sea_topic(doc: Doc, hit: Hit, c: Chunk) -> bool:
    """Whether the place ``c`` is a sea (``kind`` «sea»: «بحر الصين الجنوبي», :mod:`..entities.seanames`) named by
    a saying, an appeal or a demand (CAMEO 01, 02, 10-13): what it is about, not where it was said (round 74)."""
    if hit.entry.code[:2] not in VERBAL_CODES or c.entity is None:
        return False
    ent = doc.entity(c.entity)
    return ent is not None and ent.attrs.get("kind") == "sea"


def fronted_topic_place(doc: Doc, hit: Hit, c: Chunk) -> bool:
    """Whether the place ``c``, before a saying, an appeal, a demand or a meeting (CAMEO 01, 02, 10-13, 04x), is inside
    a topic phrase fronted before it: a topic word (function words ``topic_words``, «وبشأن», «وحول», «وعن») that opens
    its clause (the sentence's first token or after a comma) within ``FRONT_REACH`` tokens before the place, with no
    comma and no finite verb between them («وبشأن الوضع في اليمن، أكد الوزير ...»: Yemen is what he spoke of, not
    where). A place after the trigger is :func:`.where.other_act_place`'s, but for the fronted topic's own place named
    again in what is said (round mn984: «وبشأن الوضع في اليمن أكد الوزير حرص المجلس على وحدة اليمن ...، ومخرجات
    الحوار الوطني في اليمن»: still the matter); a material act keeps the place of its topic («وعن المعارك في تعز،
    قال المصدر إن المقاومة سيطرت»: the fight may well be there)."""
    code = hit.entry.code
    if not (code[:2] in VERBAL_CODES or code.startswith(MEETINGS)):
        return False
    if c.j < hit.i:
        return _in_fronted_topic(doc, c.i)
    sent = doc.sentence_of(doc.tokens[hit.i].start)
    ent = doc.entity(c.entity)
    if sent is None or ent is None:
        return False
    return any(sent.start <= m.start < doc.tokens[hit.i].start and (t := doc.token_at(m.start)) is not None
               and _in_fronted_topic(doc, t) for m in ent.mentions)


def _in_fronted_topic(doc: Doc, i: int) -> bool:
    """Whether the place at token ``i`` is inside a topic phrase opening its clause (:func:`fronted_topic_place`)."""
    sent = doc.sentence_of(doc.tokens[i].start)
    for t in range(i - 1, max(-1, i - 1 - FRONT_REACH), -1):
        tok = doc.tokens[t]
        if clause_stop(tok.text) or (t < i - 1 and finite_verb(tok)) or (sent is not None and tok.start < sent.start):
            return False
        if tok.norm_key.removeprefix("و") in fw("topic_words"):
            before = doc.tokens[t - 1] if t > 0 else None
            return before is None or clause_stop(before.text) or (sent is not None and before.end <= sent.start)
    return False
