"""Indirect speech that runs on into a direct quotation the speaker goes on with, for the ``quotes`` stage (round
224): «قال إن ...، مضيفا: «...»», «... ، وتساءل: «...»», «...، واصفا ذلك بقوله: «...»»: what was reported ends at
the comma before the next predicate of the speaker, whose colon and quotation are his words, not the reported
clause's. Also what runs on into another source's report after «في حين/بينما/فيما» («... 10 في المائة في حين قدرت
مصادر أخرى النسبة بـ20»): the writer sets the other estimate beside it.
"""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.forms import fw, nkey
from ..text.marks import OPEN_QUOTES
from .cues import is_complementizer, match_cue, trim, source_word
from .nearest import verb_shape

COLON_REACH = 12  # tokens from the comma to the colon of the quotation that follows the next predicate


def _predicate(doc: Doc, u: int) -> bool:
    """Token ``u`` opens another predicate of the speaker: a cue (a verb, a participle: «مضيفا», «وتابع»), a verb with
    «و» («وأشار»), a word with «و» right before the colon («وتساءل:»), or an active participle in the accusative
    («واصفا», «قائلا»)."""
    k = doc.tokens[u].norm_key
    if match_cue(doc, u) is not None or (k[:1] == "و" and verb_shape(doc, u) == "strong"):
        return True
    if k[:1] == "و" and len(k) >= 4 and k.isalpha() and u + 2 < len(doc.tokens) and doc.tokens[u + 1].text == ":":
        return not k[1:].startswith("ال")  # («والسبب:»: a noun with its article, what was said)
    return len(k) == 5 and k[1] == "ا" and k.endswith("ا") and k.isalpha()


def colon_quotation_end(doc: Doc, content: Span) -> Span:
    """``content`` (indirect speech) cut at the comma before another predicate of the speaker (``_predicate``) that
    opens, within COLON_REACH tokens and with no «أن/إن» between, a colon and a quotation mark; ``content`` itself
    where none."""
    toks = doc.tokens
    ks = doc.token_range(content)
    for n in range(1, len(ks) - 1):
        k = ks[n]
        if toks[k].text not in ("،", ",") or not _predicate(doc, k + 1):
            continue
        for u in range(k + 2, min(k + 2 + COLON_REACH, len(toks) - 1)):
            if toks[u].text in ("،", ",", ".") or is_complementizer(doc, u):
                break
            if toks[u].text == ":" and toks[u + 1].text in OPEN_QUOTES:
                return trim(doc.text, content.start, toks[k - 1].end) or content
    return content


def _source_at(doc: Doc, u: int) -> bool:
    """Token ``u`` opens a source of its own: an unnamed one («مصادر»), or a mention of a person or a body."""
    tok = doc.tokens[u]
    return source_word(tok) or any(e.type in ("PERSON", "ORGANIZATION") and any(m.start == tok.start for m in e.mentions)
                                   for e in doc.entities)


def other_source_end(doc: Doc, content: Span) -> Span:
    """``content`` (indirect speech) cut before «في حين», «بينما», «فيما» (contrast_openers) right followed by a verb
    and a source of its own (``_source_at``): another's report the writer sets beside it; ``content`` itself where
    none (a dropped subject, «بينما ارتفعت الأسعار»: still what was said)."""
    toks = doc.tokens
    ks = doc.token_range(content)
    for n in range(1, len(ks) - 2):
        k = ks[n]
        if toks[k].norm_key not in fw("contrast_openers") or verb_shape(doc, k + 1) != "strong":
            continue
        bare_when = toks[k].norm_key == nkey("حين") and toks[k - 1].norm_key != nkey("في")
        if bare_when or not _source_at(doc, k + 2):
            continue  # («حين» without «في» is "when": «حين يقرأ الصحف» goes on with what was said)
        a = k - 1 if toks[k].norm_key == nkey("حين") else k
        if a > ks[0] and toks[a - 1].text in ("،", ","):
            a -= 1
        return trim(doc.text, content.start, toks[a - 1].end) or content
    return content
