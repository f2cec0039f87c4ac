"""Round 270: the pronoun on a masdar of refusal after a governing word is who refuses, not what is refused.

«في حال رفضه الانسحاب», «بعد رفضها تلقي الأوامر», «تجاه رفضها المنطقة العازلة»: a trigger of rejection (CAMEO
12) whose word carries a pronoun («رفضه», «رفضها», «رفضهم») and stands right after a word that governs a noun — a
preposition (function words ``prepositions``), a word of time (``time_before_words``, ``circumstance_preps``) or
«حال/حالة» (``condition_nouns``) — is the masdar in construct, not the finite verb «رفضه» (he refused it), which
no preposition governs: its pronoun is the one who refuses (the possessor), not its object.

So a target read from the trigger's own pronoun is dropped, and so is a source read after the trigger (the VSO
reading took the masdar's object for a subject: «بعد رفضه تنفيذ المطالب»); the source is then the one entity a
singular pronoun agrees with (``named.referent``: a person or a masculine body for «ـه», a state or a feminine body
for «ـها», in its sentence before it or the sentence before), or none where none or several agree. A source named
before the trigger is kept. Nothing for a masdar with no pronoun («بعد رفض الحكومة»: its genitive is read already)
or after a verb («أعلنت رفضها»: other rules read that one).
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import fw_keys, nkey
from .named import referent
from .source_set import name_party
from .word_tests import enclitic

REJECT = "12"  # CAMEO: reject
OWNER_PRONOUNS = ("ه", "ها", "هم", "هما")


def _governed(doc: Doc, k: int) -> bool:
    """Token ``k - 1`` (less a «و/ف» on it) is a word that governs a noun: a preposition, a word of time, «حال»."""
    if k < 1:
        return False
    key = doc.tokens[k - 1].norm_key
    words = fw_keys("prepositions") | fw_keys("time_before_words") | fw_keys("circumstance_preps") \
        | fw_keys("condition_nouns") | fw_keys("after_subordinators")
    return key in words or key[:1] in ("و", "ف") and key[1:] in words


def _span_in(span: object, lo: int, hi: int) -> bool:
    return isinstance(span, list) and len(span) == 2 and lo <= int(span[0]) and int(span[1]) <= hi


def _span_after(span: object, at: int) -> bool:
    return isinstance(span, list) and len(span) == 2 and int(span[0]) >= at


def owned_refusals(doc: Doc, events: list[Event]) -> None:
    """Make the pronoun on «في حال رفضه» the refuser, not the refused (module docstring)."""
    for ev in events:
        if not ev.code.startswith(REJECT) or ev.attrs.get("pos") != "V":
            continue
        k = doc.token_at(ev.trigger.start)
        if k is None or doc.tokens[k].end != ev.trigger.end or not _governed(doc, k):
            continue
        tok = doc.tokens[k]
        if enclitic(tok) not in OWNER_PRONOUNS:
            continue
        if _span_in(ev.attrs.get("target_span"), tok.start, tok.end):
            name_party(ev, "target", None)  # (the pronoun read as the verb's object)
        if _span_after(ev.attrs.get("source_span"), tok.end):
            name_party(ev, "source", None)  # (the masdar's object read as a subject after a verb)
        if ev.source is None and ev.attrs.get("source_span") is None:
            start = doc.token_at(ev.sentence.start)
            owner = referent(doc, k, ev.target, start if start is not None else k)
            if owner is not None:
                ev.source = owner.id
                ev.attrs["source_owner_masdar"] = True
