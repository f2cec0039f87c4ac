"""The speaker's own act joined by «و» to his reported words, with no comma, for the ``quotes`` stage: «أعلن العراق
أن الكويت هي المحافظة التاسعة عشرة وأغلق كل السفارات فيها»: once the «أن» clause has its subject and predicate, «و»
+ a past verb of the cue's gender (not of the clause's subject's) whose object follows at once («كل/جميع» or a
definite noun that names no actor: «وأغلق السفارات», not «وأغلق الجيش الطرق», a new subject inside the content) is
what the speaker did next; the content ends before it.
"""

from __future__ import annotations

from ..doc import Doc, Span
from ..text.verb_gender import past_gender
from ..entities import gazetteer
from ..events.forms import fw, nkey
from ..events.trigger_table import lexicon, past_keys
from ..events.word_tests import entity_at
from .cues import Cue, is_complementizer, trim
from .dropped_subject import past_verb

_QUANTIFIERS = frozenset({"كل", "جميع"})


def _subject_gender(doc: Doc, k: int) -> str | None:
    """The gender of the «أن» clause's subject at ``k``: feminine for a noun in «ة/ات» or a place (a country, a city),
    masculine for another definite noun that no entity holds; a person's as the entity layer gives it, a body's by
    its head word («الحكومة»: feminine, «الجيش»: masculine); None where it cannot be told."""
    word = doc.tokens[k].norm_key
    ent = entity_at(doc, k)
    if ent is not None and ent.type == "PERSON":
        known = ent.attrs.get("gender")  # round q274: «أن الوزيرة فلانة قررت»: the entity layer's gender
        return known if isinstance(known, str) else None
    if ent is not None and ent.type == "ORGANIZATION":  # round q274: «أن الحكومة قررت», «أن الجيش قرر»: its head
        return "f" if doc.tokens[k].text.endswith(("ة", "ات")) else "m" if word.startswith("ال") else None
    if ent is not None:
        return "f" if ent.type == "LOCATION" else None
    if doc.tokens[k].text.endswith(("ة", "ات")):  # (the token's own letters: the key folds «ة» to «ه»)
        return "f"
    return "m" if word.startswith("ال") and len(word) >= 5 and not word.endswith(("ى", "اء")) else None


def _object_at(doc: Doc, k: int) -> bool:
    """A definite noun that names no actor («السفارات», «الحدود»; not «الجيش», «الحكومة»: the gazetteer's heads of
    bodies) or «كل/جميع»."""
    word = doc.tokens[k].norm_key
    if word in _QUANTIFIERS:
        return True
    if not word.startswith("ال") or entity_at(doc, k) is not None or word in fw("source_heads"):
        return False
    gaz = gazetteer.load()
    key = gazetteer.phrase_of(doc.tokens[k].text)
    return key not in gaz.org_heads and key not in gaz.phrases and key[0] not in gaz.peoples  # «الجيش»: an actor


def speakers_act_end(doc: Doc, content: Span, cue: Cue) -> Span | None:
    """``content`` cut before «و» + the speaker's own past verb (see the module); None where none is found."""
    if cue.plural or cue.dual or cue.kind != "verb":
        return None
    rng = list(doc.token_range(content))
    if len(rng) < 5 or rng[0] == 0 or not is_complementizer(doc, rng[0] - 1):
        return None
    subject = _subject_gender(doc, rng[0])
    if subject is None or subject == cue.gender:
        return None
    for k in rng[2:-1]:
        tok = doc.tokens[k]
        if tok.text in ("،", ",", "«", "»", '"'):
            return None  # a comma or a quotation: other rules' ground
        word = tok.norm_key
        split = len(tok.words) == 2 and tok.words[0].kind == "proclitic"
        if not word.startswith("و") or not (split or (len(tok.words) == 1 and word not in past_keys())):
            continue  # round 282: «وأغلقت», «وأوقفت» the word layer leaves whole (not «وقف»: a verb of its own)
        verb = word[1:]
        if past_gender(verb) != cue.gender or not past_verb(word):
            continue
        if verb not in past_keys() or any(kind == "N" for _, kind in lexicon().get(verb, ())):
            continue  # a past verb of the trigger table that no noun of it spells («وأغلق»; not «ورفع»: its masdar too)
        if _object_at(doc, k + 1) and doc.tokens[k + 1].start < content.end:
            return trim(doc.text, content.start, tok.start)
    return None
