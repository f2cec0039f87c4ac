"""Round 123: «one of» acts and frames, of no day told.

«وخلال أحد اللقاءات، أبلغني ...», «في إحدى الزيارات»: one of several acts, which the article does not date. A noun
trigger right after «أحد/إحدى» (function words ``one_of_words``) takes no day (not a noun of the people an act
befell: «أحد القتلى» is one of those killed in the act told: ``casualty_words``), nor does an act of a sentence that
opens with «خلال/في/وفي/وخلال» + «أحد/إحدى» + a noun and a comma (the frame of the sentence: «في أحد الأيام،»).
The caller reads the act's own time first.

Round ti961: a statement (CAMEO 01x) told as said «في أحد خطاباته», «في إحدى مقابلاته» (``one_of_words`` + a plural
of speech, ``speech_occasion_plurals``, with a pronoun or the article) after it in its clause, or in a «، حيث قال ...»
clause that explains it («وشدد الملك على ...، حيث قال في أحد خطاباته إن»), was said on one of many occasions: no day
(:func:`one_of_speeches`).
"""

from __future__ import annotations

from ..doc import Doc
from .forms import fw, fw_bare_keys, fw_keys, nkey
from .lexicon import Hit
from .word_tests import clause_stop

OPENERS = frozenset(nkey(w) for w in ("في", "خلال", "وفي", "وخلال", "و"))
FRAME_REACH = 5  # tokens from the sentence's start to the comma that closes the frame
SPEECH_REACH = 14  # tokens after a statement trigger to «في أحد خطاباته»
SPEECH_PREPOSITIONS = frozenset(("في", "خلال", "وفي", "وخلال"))
PRONOUNS = ("هما", "هم", "هن", "ها", "ه")
STATEMENT = "01"  # make a public statement (CAMEO 01x)


def one_of(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Whether the noun trigger is «أحد/إحدى» + it, or its sentence opens with a frame of «one of»."""
    key = doc.tokens[hit.i].norm_key.removeprefix("و")
    if hit.pos == "N" and key not in fw("casualty_words") and key.startswith("ال") and hit.i > sent_start \
            and doc.tokens[hit.i - 1].norm_key.lstrip("وف") in fw("one_of_words"):
        return True
    k = sent_start
    while k < hit.i and doc.tokens[k].norm_key in OPENERS:
        k += 1
    if k == sent_start or k >= hit.i or doc.tokens[k].norm_key not in fw("one_of_words"):
        return False
    for t in range(k + 1, min(hit.i, k + 1 + FRAME_REACH)):
        if clause_stop(doc.tokens[t].text):
            return doc.tokens[t].text in ("،", ",") and t > k + 1
    return False


def one_of_speeches(doc: Doc, hit: Hit, sent_end: int) -> bool:
    """Whether the statement trigger ``hit`` is told as said «في أحد خطاباته» after it (see the module): in its
    clause, before the «أن/إن» of its words or a quote mark, or past a comma that opens «حيث» + a verb."""
    if not hit.entry.code.startswith(STATEMENT):
        return False
    for t in range(hit.j + 1, min(sent_end - 2, hit.j + 1 + SPEECH_REACH)):
        tok = doc.tokens[t]
        if tok.norm_key in fw_keys("complementizers") or any(c in tok.text for c in "«»\""):
            return False
        if clause_stop(tok.text):
            if tok.text in ("،", ",") and doc.tokens[t + 1].norm_key == "حيث":
                continue
            return False
        if tok.norm_key in SPEECH_PREPOSITIONS and doc.tokens[t + 1].norm_key.lstrip("و") in fw("one_of_words") \
                and _speech_plural(doc.tokens[t + 2].norm_key):
            return True
    return False


def _speech_plural(key: str) -> bool:
    """Whether ``key`` is a plural of speech with the article or a pronoun («خطاباته», «المقابلات»)."""
    plurals = fw_bare_keys("speech_occasion_plurals")
    if key.startswith("ال") and key[2:] in plurals:
        return True
    return any(key.endswith(p) and key[: -len(p)] in plurals for p in PRONOUNS)
