"""The speaker's own second act after his reported words, for the ``quotes`` stage: «اعتبر أن الاتفاق يفتح الطريق
أمام الفوضى، ودعا إلى حوار»: the call (call_verbs_past, a past verb of the cue's gender and number) is what he did
next, not what he said; so is taking up a subject («، وتطرق إلى قضية X»: topic_verbs_past, round q374); so is an
estimate with its own «أن» («وأضافت أن الجيش يحاصر القاعدة، ورجحت أن تحمل الساعات المقبلة أخبارا»:
estimate_verbs_past, no cue of the table); the indirect content ends at the comma before it.
"""

from __future__ import annotations

from ..doc import Doc, Span
from ..text.verb_gender import past_gender
from ..events.forms import fw, fw_keys, nkey
from .cues import Cue, is_complementizer, trim


def second_act_end(doc: Doc, content: Span, cue: Cue) -> Span | None:
    """``content`` cut at «، و» + a past verb of calling («، ودعا», «، وطالبت») or of estimating with «أن» right after
    it («، ورجحت أن», «، وتوقع أن») whose gender is that of the singular ``cue``, or at «، كما» + a past verb of
    briefing (``_briefing``: «، كما وضع الرئيس المصري في صورة التطورات»); None where no such verb follows a comma in
    it."""
    if cue.plural:
        return None
    if cue.kind == "participle":
        return _praised_after(doc, content, cue)
    if cue.kind != "verb":
        return None
    for k in doc.token_range(content):
        tok = doc.tokens[k]
        if tok.text not in ("،", ",") or k + 1 >= len(doc.tokens):
            continue
        word = doc.tokens[k + 1].norm_key
        if doc.tokens[k + 1].start < content.end and word == "كما" and _briefing(doc, k + 2, content, cue):
            return trim(doc.text, content.start, tok.start)  # «...، كما وضع الرئيس المصري في صورة التطورات»
        if doc.tokens[k + 1].start >= content.end or not word.startswith("و"):
            continue
        estimate = word[1:] in fw_keys("estimate_verbs_past") and k + 2 < len(doc.tokens) and is_complementizer(
            doc, k + 2)  # «، ورجحت أن»: an estimate of its own
        if word[1:] not in fw("call_verbs_past") and word[1:] not in fw_keys("topic_verbs_past") and not estimate:
            continue
        if past_gender(word) != cue.gender:
            continue
        return trim(doc.text, content.start, tok.start)
    return None


def _praised_after(doc: Doc, content: Span, cue: Cue) -> Span | None:
    """Round q308: the words of a participle cue cut at «، و» + a past verb of praise of the participle's gender
    (praise_verbs_past) that names no subject right after it: «وأشار المحافظ إلى ...، مؤكدا أن رئيس الوزراء تفقد
    الأحياء، وأشاد بصمود السكان»: the praise goes on with the one who affirms (as the events layer reads it,
    ``events.participle_subjects``), no part of what he affirmed; not «...، وأشاد الوزير بـ» (a subject of its own)."""
    for k in doc.token_range(content):
        if doc.tokens[k].text not in ("،", ",") or k + 2 >= len(doc.tokens):
            continue
        verb = doc.tokens[k + 1]
        word = verb.norm_key
        if verb.start >= content.end or not word.startswith("و") or word[1:] not in fw_keys("praise_verbs_past"):
            continue
        if past_gender(word) != cue.gender:
            continue
        nxt = doc.tokens[k + 2].start
        if any(m.start == nxt for m in doc.mentions):
            continue  # («، وأشاد الوزير فلان بـ»: its own subject)
        return trim(doc.text, content.start, doc.tokens[k].start)
    return None


BRIEFING_REACH = 5  # tokens from «وضع» to the «صورة» of «وضعه في صورة التطورات» (whom he briefed between)


def _briefing(doc: Doc, k: int, content: Span, cue: Cue) -> bool:
    """Round q274: token ``k`` (right after «، كما») is a past verb of briefing of the cue's gender: «أطلع» («كما
    أطلع الوزير على ...»), or «وضع» with «في صورة/الصورة» within BRIEFING_REACH tokens («كما وضع الرئيس المصري في
    صورة التطورات»: he briefed him, a second act); not «كما وضعت الحكومة خطة» (a thing done, said)."""
    if k >= len(doc.tokens) or doc.tokens[k].start >= content.end:
        return False
    verb = doc.tokens[k].norm_key
    if verb not in fw_keys("briefing_verbs_past") or ("f" if verb.endswith("ت") else "m") != cue.gender:
        return False
    if verb.startswith("ا"):
        return True
    last = min(len(doc.tokens) - 1, k + BRIEFING_REACH)
    return any(doc.tokens[v].norm_key == "في" and doc.tokens[v + 1].norm_key in fw_keys("briefing_pictures")
               and doc.tokens[v + 1].start < content.end for v in range(k + 1, last))
