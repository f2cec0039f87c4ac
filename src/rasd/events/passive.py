"""Passive readings of a harm verb or noun, round 2 of real news: a relative clause whose harm verb has no
object after it («الأهداف التي قصفت تقع ...», «الطفل الذي قتل حرقا») is the unvocalised passive, its antecedent
the patient; a masdar after «تم/جرى» («وتم استهداف تجمعات ...») names no actor but its agent phrase («من
قبل»/«على يد»); a verb written with the passive's damma («قُتل», «اُعتقل», «اتُّهم») is passive. Each reads a few words around one trigger; the argument finder (events.arguments) acts on them.
Round ev413: so is a verb of accusing after a relative with only its «بـ» charge after it («الذي اتهم بعدم حماية»).
"""

from __future__ import annotations

from ..doc import Doc
from .chunks import OBJECT_PRONOUNS, Chunk, clause_stop
from .forms import bare, fw, fw_keys, nkey
from .lexicon import Hit
from .word_tests import starts_in_time

# «تم/جرى + masdar»: the impersonal verbs of a passive act (with «و/ف» and the future «س» written on)
TAMM = fw_keys("tamm_forms")  # («يجري لقاءاته»: he holds them)
# manner masdars of killing in the accusative: «قتل حرقا» (burnt to death) is no object of the verb
MANNER = frozenset(nkey(w) for w in ("حرقا", "ذبحا", "خنقا", "شنقا", "رميا", "طعنا", "غرقا", "جوعا", "صبرا",
                                     "حرقاً", "ذبحاً", "خنقاً", "شنقاً", "طعناً"))


OPERATION_WORDS = frozenset(nkey(w) for w in ("عملية", "عمليات"))


def after_tamm(doc: Doc, hit: Hit, a: int) -> bool:
    """«وتم استهداف تجمعات الميليشيات», «وجرى اعتقال خالد», «سيتم الإعلان»: a noun trigger right after an
    impersonal verb of happening is the passive act; the phrase before «تم» is no actor of it."""
    if hit.pos != "N" or hit.i - 1 < a:
        return False
    key = doc.tokens[hit.i - 1].norm_key
    if key in OPERATION_WORDS and hit.i - 2 >= a:
        key = doc.tokens[hit.i - 2].norm_key  # «وتمت عملية الاعتقال من جديد»
    for _ in range(2):
        if key in TAMM:
            return True
        key = key[1:] if key[:1] in ("و", "ف", "س") and len(key) > 2 else key
    return key in TAMM


def _imperfect_verb(doc: Doc, t: int, named: bool) -> bool:
    """A short imperfect verb that opens the main clause after a relative one («التي قصفت | تقع في»,
    «الذي اعتقل أمس | ينتمي»): «يـ/تـ» + three or four letters, no plural or feminine noun ending, no name."""
    key = doc.tokens[t].norm_key
    return (not named and key[:1] in ("ي", "ت") and 3 <= len(key) <= 5 and not key.endswith(("ات", "ه", "ا"))
            and not key.startswith("ال"))


HARM = ("ASSAULT", "COERCE")


def relative_passive(doc: Doc, hit: Hit, a: int, b: int, named: frozenset[int]) -> bool:
    """«الأهداف التي قصفت تقع في مناطق», «الطفل الذي قتل حرقا», «الرجل الذي اعتقل أمس ينتمي»: a transitive verb
    of harm or arrest right after a relative, with no object pronoun and nothing after it (past a time) but the
    next clause's verb or a manner masdar (for arrest also a preposition or the clause's end: «الذي اعتقل في»), is
    the unvocalised passive: the antecedent is what was struck. ``named``: the tokens inside entity mentions;
    ``a``..``b``: the sentence's tokens."""
    e = hit.entry
    if hit.pos == "V" and e.id in fw("charge_passive_entries") and hit.i - 1 >= a:
        return _charged(doc, hit, b)  # round ev413: «والجيش التركي الذي اتهم بعدم حماية السكان»
    if hit.pos != "V" or e.plover not in HARM or not e.obj or hit.i - 1 < a:
        return False
    t = _past_bare_relative(doc, hit, b)
    if t < 0:
        return False
    if t >= b:
        return e.plover == "COERCE"  # (of harm, the existing reading of a verb with no object takes it)
    key = doc.tokens[t].norm_key
    if e.plover == "COERCE" and (clause_stop(doc.tokens[t].text) or bare(key, "prepositions") in fw("prepositions")):
        return True
    return key in MANNER or _imperfect_verb(doc, t, t in named)


def _past_bare_relative(doc: Doc, hit: Hit, b: int) -> int:
    """The token after a verb right after a relative pronoun with no object pronoun on it, past the times told
    right after it («الذي اعتقل أمس»); -1 where the word before is no relative or the verb carries an object."""
    if bare(doc.tokens[hit.i - 1].norm_key, "relatives") not in fw("relatives"):
        return -1
    tok = doc.tokens[hit.i]
    if hit.cand.enclitic in OBJECT_PRONOUNS or (len(tok.words) > 1 and tok.words[-1].kind == "enclitic"):
        return -1
    t = hit.j + 1
    while t < b and starts_in_time(doc, doc.tokens[t]):
        t += 1
    return t


CHARGE_IN_REACH = 5  # tokens of a «في» phrase between the verb of accusing and its «بـ» charge («في وثائقي أول»)


def _charged(doc: Doc, hit: Hit, b: int) -> bool:
    """Round ev413: «الجيش التركي الذي اتهم بعدم حماية السكان», «فلان الذي اتهم في وثائقي أول بعلاقته بالمنشطات»:
    a verb of accusing (``charge_passive_entries``) right after a relative, with no object pronoun, whose next words
    (past a time and a short «في» phrase) are the «بـ» charge, accuses no one named: it is the unvocalised passive,
    its antecedent the one accused («الذي اتهم الحكومة بـ» has its object and stays active)."""
    t = _past_bare_relative(doc, hit, b)
    if t < 0:
        return False
    if t < b and doc.tokens[t].norm_key == nkey("في"):
        u = t + 1
        while u < b and u <= t + CHARGE_IN_REACH and not clause_stop(doc.tokens[u].text) and not _bi(doc, u):
            u += 1
        t = u
    return t < b and _bi(doc, t)


def _bi(doc: Doc, t: int) -> bool:
    """Whether token ``t`` opens with the preposition «بـ» written on a word («بعدم», «بالدعاية»)."""
    words = doc.tokens[t].words
    return len(words) > 1 and words[0].kind == "proclitic" and words[0].norm == "ب"


DAMMA = "\u064f"
MARKS = frozenset(chr(c) for c in range(0x064B, 0x0653))  # tanwin, short vowels, shadda, sukun
WASL = ("ا", "إ")  # hamzat al-wasl of a derived form («اُعتقل», «اتُّهم», «اعتُقل», «استُهدف»)


def _letters(text: str) -> list[tuple[str, str]]:
    """(letter, its vowel marks) for each letter of ``text``."""
    out: list[tuple[str, str]] = []
    for ch in text:
        if ch in MARKS:
            if out:
                out[-1] = (out[-1][0], out[-1][1] + ch)
        elif ch != "\u0640":  # (tatweel)
            out.append((ch, ""))
    return out


def vocalised_passive(doc: Doc, hit: Hit) -> bool:
    """«قُتل», «وأُصيب», «واُعتقل», «اتُّهم», «اعتُقل»: a past verb written with a damma on its first letter (on the
    hamza of a derived form, or on its second or third letter after the hamzat al-wasl) is passive, whatever its
    unvocalised form could be. An imperfect prefix with a damma («يُعلن») is the active of a derived form: never
    read so."""
    if hit.pos != "V":
        return False
    letters = _letters(doc.tokens[hit.i].text)
    if len(letters) > 3 and letters[0][0] in ("و", "ف") and DAMMA not in letters[0][1]:
        letters = letters[1:]  # the conjunction
    if len(letters) < 3 or letters[0][0] in ("ي", "ت", "ن"):
        return False
    if DAMMA in letters[0][1]:
        return True
    return letters[0][0] in WASL and not letters[0][1] and any(DAMMA in m for _, m in letters[1:3])


def weapon_agent(doc: Doc, c: Chunk) -> bool:
    """«أن طائرة من دون طيار قتلت، في سوريا ...، القيادي فلان»: an unnamed phrase headed by an aircraft or a weapon
    (function words ``weapon_agents``) before a verb of harm is what struck, never the patient of a passive."""
    k = bare(doc.tokens[c.i].norm_key, "prepositions")
    return c.entity is None and c.prep is None and k.removeprefix("ال") in fw("weapon_agents")
