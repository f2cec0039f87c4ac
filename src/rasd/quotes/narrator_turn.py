"""The narrator taking over again after an indirect quote, for the ``quotes`` stage: «أكد عدد من زعماء الحزب أنهم
سيحبطون هذه الاتفاقية ووعدوا بعرقلة مسيرتها»: what they said is «سيحبطون هذه الاتفاقية»; «ووعدوا» is a second main
verb of the speakers themselves (a past verb of the cue's person, number and gender after a content whose own main
verb is future or present), and may be a new cue of its own. So is a reporting, calling or promising verb after a
past content when a complementizer or a preposition governs what follows it («أكد أنه التقى الوزير وحذر من ...»).
Not «قال إن المسلحين هاجموا القرية وقتلوا عشرة» (the content's own past verbs, of its own subject), nor «أكد أنهم
سيواصلون القتال وسيدافعون عن المدينة» (a future goes on with the content).
"""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.forms import fw, fw_keys, nkey
from ..events.modality_links import future_verb
from ..events.trigger_table import lexicon, past_keys
from .cue_table import cue_index
from .cues import Cue, is_complementizer, trim
from .speakers_act import speakers_act_end

TURN_REACH = 3  # content tokens read for its own main verb («أن رئيس الوزراء سيزور»: the subject before it)
_GOVERNING = frozenset(nkey(w) for w in ("إلى", "على", "من", "عن"))
_PRONOUN_AGREEMENT = {"ه": ("m", "s"), "ها": ("f", "s"), "هم": ("m", "p"), "هن": ("f", "p"), "هما": ("m", "d")}


def _governed(doc: Doc, k: int) -> bool:
    """Token ``k`` opens what a reporting verb governs: «أن/إن» or a word with «بـ», or «إلى/على/من/عن»."""
    if k >= len(doc.tokens):
        return False
    word = doc.tokens[k].norm_key
    return is_complementizer(doc, k) or word in _GOVERNING or (word.startswith("ب") and len(word) > 3)


def _imperfect(key: str) -> bool:
    """An imperfect of four letters or more with no noun ending («يرون», «تدرس»; not «تصريحات», «تجربة»)."""
    return len(key) >= 4 and key[0] in ("ي", "ت", "ن") and not key.endswith(("ة", "ه", "ات", "ي"))


def _imperfect_agreement(key: str) -> tuple[str, str]:
    """(gender, number) of a present or future verb («سيحبطون»: m/p, «تدرس»: f/s, «يعتزمان»: m/d)."""
    core = key[1:] if future_verb(key) else key
    number = "p" if core.endswith(("ون", "وا")) else "d" if core.endswith("ان") and len(core) >= 6 else "s"
    return ("f" if core.startswith("ت") else "m"), number


def _own_verb(doc: Doc, rng: list[int]) -> tuple[int, bool] | None:
    """The content's own main verb among its first TURN_REACH tokens: (its index, whether it is future or present);
    «لن/سوف» make a present future, «لم» a past."""
    particle = ""
    for i, k in enumerate(rng[:TURN_REACH]):
        key = doc.tokens[k].norm_key
        if key in ("لن", "سوف", "لا", "لم", "قد"):
            particle = key
            continue
        if key in past_keys() and not future_verb(key) and not any(pos == "N" for _, pos in lexicon().get(key, ())):
            return k, False  # «تفقد»: a perfect in «تـ» read first (round qu597)
        if future_verb(key) or (_imperfect(key) and particle != "لم"):
            return k, True
        if i > 0 and not key.startswith("ال"):
            return None  # no verb where one was due
    return None


def _past_agreement(verb: str) -> tuple[str, str]:
    """(gender, number) of a past verb («وعدوا»: m/p, «أكدت»: f/s, «أكد»: m/s)."""
    if verb.endswith("وا"):
        return "m", "p"
    if verb.endswith("تا"):
        return "f", "d"
    return ("f" if verb.endswith("ت") else "m"), "s"


def _stance(verb: str) -> bool:
    """A past verb that reports, calls or promises («أكد», «حذروا», «دعا», «وعدوا»)."""
    cue = cue_index().get(verb)
    plain = verb.removesuffix("وا")
    return (cue is not None and cue.kind == "verb" and not verb.startswith(("ي", "ت"))) or verb in fw(
        "call_verbs_past") or plain in fw("call_verbs_past") or verb in fw_keys("promise_perfects")


def narrator_turn_end(doc: Doc, t: int, content: Span, cue: Cue) -> Span | None:
    """``content`` cut before «و» + the speaker's own next past verb (see the module): of the cue's agreement, or
    of the pronoun on «أن» where the cue ``t`` stands before its subject (a singular verb before a plural subject:
    «أكد عدد من الزعماء أنهم ...»); None where none is found."""
    if cue.kind != "verb" or cue.dual:
        return None
    rng = list(doc.token_range(content))
    if len(rng) < 3 or rng[0] == 0 or not is_complementizer(doc, rng[0] - 1):
        return None
    opener = doc.tokens[rng[0] - 1].norm_key
    suffix = next((p for p in ("هما", "هم", "هن", "ها", "ه") if opener.endswith(p)), None)
    own = _own_verb(doc, rng)
    if own is None or (suffix is None and (own[0] == rng[0] or doc.tokens[own[0]].norm_key.startswith("ت"))):
        return None  # no verb, or a bare «أن» with no subject before its verb
    wanted = (cue.gender, "p" if cue.plural else "s")
    subject = _PRONOUN_AGREEMENT[suffix] if suffix is not None else (
        _imperfect_agreement(doc.tokens[own[0]].norm_key) if own[1] else _past_agreement(doc.tokens[own[0]].norm_key))
    vso = not cue.plural and rng[0] - 1 > t + 1 and doc.tokens[t + 1].norm_key not in fw("prepositions") and not \
        doc.tokens[t + 1].text.startswith(("ب", "ل"))  # «أكد عدد من الزعماء أن»: its subject after it
    stops = fw("relatives") | fw("subordinators")
    for k in rng[rng.index(own[0]) + 1:]:
        tok = doc.tokens[k]
        if tok.text in ("«", "»", '"') or tok.norm_key in stops or is_complementizer(doc, k):
            return None  # a quotation, a relative or a clause of its own: whose verb follows is not told
        word = tok.norm_key
        split = len(tok.words) == 2 and tok.words[0].kind == "proclitic"
        if not word.startswith("و") or not (split or (len(tok.words) == 1 and word not in past_keys())):
            continue
        verb = word[1:]
        got = _past_agreement(verb)
        if (got[1] != wanted[1] or (not cue.plural and got[0] != wanted[0])) and not (
                vso and cue.gender == "m" and got == ("m", "p")):
            continue  # not the speaker's person («قال ... وقتلوا»)
        if suffix is None and got == subject:
            continue  # «إن الحكومة تدرس الأمر واتخذت»: the content's own subject may do it
        governed = _governed(doc, k + 1)
        if suffix is None and got[1] == "s" and not governed:
            continue  # «إن الأوضاع تتحسن وعاد النازحون»: a singular verb before a subject of its own
        stance = _stance(verb) and governed
        known = verb in past_keys() and not any(pos == "N" for _, pos in lexicon().get(verb, ()))
        if (own[1] and (known or stance)) or (stance and suffix is not None):  # (past content: «أنه» only)
            return trim(doc.text, content.start, tok.start)
    return None


def own_acts_end(doc: Doc, t: int, content: Span, cue: Cue) -> Span:
    """``content`` cut before the speaker's own act («أن X هي Y وأغلق كل السفارات», ``speakers_act_end``) and then
    before his next past verb («أنهم سيحبطون هذه الاتفاقية ووعدوا», :func:`narrator_turn_end`)."""
    content = speakers_act_end(doc, content, cue) or content
    return narrator_turn_end(doc, t, content, cue) or content
