"""Round qu994: a verb of telling someone («أبلغ», «أخبر»: ``telling_cues``) whose addressee is its object pronoun
(«وأبلغه بأن ...», «وأبلغهم أن ...», «أخبرها أن ...», «أبلغته أن ...», «أبلغني فلان أنه ...»). The cue table holds the
forms without a pronoun only (round qu983, ``told_cue``); this reads the past form with one: its subject ending gives
the speaker's gender and number («أبلغته»: she told him; «أبلغوه»: they told him), the pronoun is whom he told and
never the speaker. Its words must be a «أن/بأن» clause within TOLD_REACH tokens of its sentence, with no quote mark
or colon before it («وأبلغهم تطمينات ... عن «...»»: what he conveyed, no words said), and not «دون أن»; inside
another's «أن/إن» words only with a name right before the verb («وأن شكري أبلغه بأن»). A carried speaker that is
the one told gives way to the teller (``told_by``).
"""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.chunks import Chunk, mention_index
from ..events.forms import bare, fw, fw_keys, nkey
from .cue_table import Cue
from .told_cue import TOLD_REACH

# the subject endings of the past (ending, gender, plural, dual), longest first; «ابلغو» + «ه» is «أبلغوه»
_SUBJECTS = (("ت", "f", False, False), ("و", "m", True, False), ("ا", "m", False, True), ("", "m", False, False))
_OBJECTS = ("هما", "هم", "هن", "ها", "ه", "ني", "كم", "ك")  # whom he told (not «نا»: «أبلغنا» is also «we told»)
_ENDS = frozenset((".", "؟", "!", ":", "؛", "«", "»", '"', "“", "”"))  # (a quote mark: his words are no «أن»)
NESTED_REACH = 40  # tokens back to the «أن/إن» of another's words the verb stands in
_NOT_SAID = frozenset(nkey(w) for w in ("دون", "بدون", "قبل", "بعد"))  # «دون أن»: no words of his


def told_pronoun_cue(doc: Doc, t: int) -> Cue | None:
    """The cue of the telling verb with an object pronoun at token ``t`` (see the module); None where the token is
    none or no «أن/بأن» clause of it follows."""
    key = doc.tokens[t].norm_key
    key = key[1:] if key[:1] in ("و", "ف") else key
    lemma = next((v for v in fw_keys("telling_cues") if key.startswith(v)), None)
    if lemma is None:
        return None
    rest = key[len(lemma):]
    obj = next((o for o in _OBJECTS if rest.endswith(o)), None)
    if obj is None:
        return None
    ending = rest[: len(rest) - len(obj)]
    subject = next((s for s in _SUBJECTS if s[0] == ending), None)
    if subject is None:
        return None
    for u in range(t + 1, min(len(doc.tokens), t + 1 + TOLD_REACH)):
        text = doc.tokens[u].text
        if text in _ENDS:
            return None
        if bare(nkey(text), "complementizers") in fw("complementizers") and not text.endswith("ء"):
            if doc.tokens[u - 1].norm_key in _NOT_SAID:
                return None
            if _nested(doc, t) and mention_index(doc).get(t - 1) is None:
                return None  # «إن المقاتلين الذين ظهروا ... أبلغوهم أن»: in another's words, no one named tells
            _, gender, plural, dual = subject
            return Cue(lemma, "verb", gender, frozenset(), plural, dual)
    return None


def _nested(doc: Doc, t: int) -> bool:
    """A «أن/إن» stands before token ``t`` in its sentence (within NESTED_REACH tokens): the verb is in the words
    another cue reports («وأن شكري أبلغه بأن»: a named subject right before it still tells)."""
    for u in range(t - 1, max(-1, t - 1 - NESTED_REACH), -1):
        text = doc.tokens[u].text
        if text in (".", "؟", "!"):
            return False
        if bare(nkey(text), "complementizers") in fw("complementizers") and not text.endswith("ء"):
            return True
    return False


def told_by(doc: Doc, t: int, speaker: str | None, via: str, sent: Span,
            chunks: list[Chunk]) -> tuple[str | None, Span | None] | None:
    """Where the speaker of the telling verb with an object pronoun at ``t`` (carried, ``via`` "carry", or the name
    right before the verb in «و»: «svo») is the one its pronoun stands for, the person named last before it in its
    sentence, with another person named before him («التقى فلان أمس علانًا وأبلغه أن») or a title before a new
    clause, «و» + a verb («وحاول رئيس الوزراء ... وهاتف الرئيس الفلسطيني فلان وقدم له التعازي وأبلغه بأنه»): the
    teller, (that person's id, None) or (None, the phrase of that title); None where it is not."""
    if via != "carry" and (via != "svo" or doc.tokens[t].norm_key[:1] not in ("و", "ف")):
        return None  # (a name right before «وأبلغه» is no subject of it: the verb opens a clause of its own)
    if speaker is None or told_pronoun_cue(doc, t) is None:
        return None
    mentions = mention_index(doc)
    first = doc.token_from(sent.start) or 0
    last = next((u for u in range(t - 1, first - 1, -1) if (m := mentions.get(u)) is not None and m[1] == "PERSON"),
                None)
    if last is None or mentions[last][0] != speaker:
        return None
    clause = False
    for u in range(last - 1, first - 1, -1):
        key = doc.tokens[u].norm_key
        if key[:1] == "و" and not key.startswith("وال") and key.isalpha() and len(key) >= 4:
            clause = True  # «وهاتف»: a new clause of the sentence
            continue
        if (m := mentions.get(u)) is not None and m[1] == "PERSON" and m[0] != speaker:
            return m[0], None  # «التقى فلان أمس علانًا وأبلغه»: the one who met him
        if not clause:
            continue
        if _title(doc, u):
            phrase = next((c for c in chunks if c.i <= u <= c.j and c.entity is None), None)
            if phrase is None:
                return None, None
            opens = next(v for v in range(phrase.i, u + 1) if _title(doc, v))  # «وحاول رئيس الوزراء»: not the verb
            return None, Span(doc.tokens[opens].start, phrase.end)
    return None


def _title(doc: Doc, u: int) -> bool:
    """The token at ``u`` is a title («رئيس», «الوزير»: titles)."""
    key = doc.tokens[u].norm_key
    return key.removeprefix("ال") in fw_keys("titles") or key in fw_keys("titles")
