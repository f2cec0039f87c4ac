"""Round q304: «أصدر فلان بيانا جاء فيه: «...»», «نشرت الوزارة تقريرا ورد فيه أن»: a cue of «جاء/ورد في»
(in_statement_cues) whose «في» carries the pronoun of a statement noun right before it (past a short qualifier of
that noun, «بيانا باللغة العربية جاء فيه») reports what the statement holds; its issuer speaks. The issuer named
set off by commas right before the noun («وأصدر المدير الإقليمي للبرنامج ...، فلان، بيانا») is that person, however
long the title before his name.
"""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.forms import fw, nkey
from ..text.verb_gender import past_gender

NOUN_REACH = 3  # tokens from the cue back to its statement noun («بيانا باللغة العربية جاء فيه»)
SET_OFF_REACH = 24  # tokens from the comma before the statement noun back to the verb that issued it
_PRONOUNS = frozenset(("ه", "ها"))
_BREAKS = frozenset((".", "،", ",", ":", "؛", "«", "»", "!", "?", "؟"))


def _in_it(doc: Doc, u: int) -> bool:
    """The token at ``u`` is «فيه/فيها»: «في» with the pronoun of a singular noun and nothing else."""
    words = [w for w in doc.tokens[u].words if not (w.kind == "proclitic")]
    return (len(words) == 2 and words[0].kind != "enclitic" and nkey(words[0].norm) == nkey("في")
            and words[1].kind == "enclitic" and nkey(words[1].norm) in _PRONOUNS)


def statement_noun_before(doc: Doc, t: int) -> int | None:
    """The token of the statement noun (statement_nouns) whose relative clause the cue at ``t`` opens: right before
    it, or past up to NOUN_REACH - 1 tokens of a qualifier with no punctuation («بيانا باللغة العربية جاء فيه»);
    None where there is none."""
    for n in range(t - 1, max(-1, t - 1 - NOUN_REACH), -1):
        tok = doc.tokens[n]
        if tok.text in _BREAKS:
            return None
        if tok.norm_key in fw("statement_nouns"):
            return n
    return None


def said_in_statement(doc: Doc, t: int) -> bool:
    """The cue at ``t`` («جاء», «ورد») has «فيه/فيها» right after it and a statement noun right before it: «أصدر
    بيانا جاء فيه:», not «جاء فيه الوزير» after a place («المكان الذي جاء فيه»: no statement)."""
    return t + 1 < len(doc.tokens) and _in_it(doc, t + 1) and statement_noun_before(doc, t) is not None


def set_off_issuer(doc: Doc, n: int) -> tuple[str, Span] | None:
    """The person named set off by commas right before the statement noun at ``n`` («وأصدر المدير الإقليمي للبرنامج
    لمنطقة ...، مهند هادي، بيانا»), with a verb of issuing (issuing_verbs) before the first comma within
    SET_OFF_REACH tokens and no stop between: his id and that mention; None otherwise."""
    if n < 4 or doc.tokens[n - 1].text not in ("،", ","):
        return None
    close = doc.tokens[n - 1].start
    person = next((e for e in doc.entities if e.type == "PERSON" for m in e.mentions
                   if m.end <= close and not doc.text[m.end:close].strip()), None)
    if person is None:
        return None
    mention = min((m for m in person.mentions if m.end <= close and not doc.text[m.end:close].strip()),
                  key=lambda m: m.start)
    at = mention.start
    first = doc.token_from(at)
    if first is None or first < 2 or doc.tokens[first - 1].text not in ("،", ","):
        return None
    for k in range(first - 2, max(-1, first - 2 - SET_OFF_REACH), -1):
        tok = doc.tokens[k]
        if tok.text in (".", ":", "؛", "«", "»") or tok.text in ("،", ","):
            return None
        if tok.norm_key.removeprefix("و").removeprefix("ف") in fw("issuing_verbs"):
            return person.id, Span(mention.start, mention.end)
    return None


def issuing_gender(doc: Doc, t: int) -> str | None:
    """The gender of the verb that issued the statement the cue at ``t`` reports («فأصدرت بيانا جاء فيه»: «f»), the
    gender its dropped subject has; None where no verb of issuing stands within SET_OFF_REACH tokens before it."""
    n = statement_noun_before(doc, t)
    if n is None:
        return None
    for k in range(n - 1, max(-1, n - 1 - SET_OFF_REACH), -1):
        key = doc.tokens[k].norm_key.removeprefix("و").removeprefix("ف")
        if doc.tokens[k].text in (".", ":", "؛"):
            return None
        if key in fw("issuing_verbs"):
            return past_gender(key)
    return None


def titled_issuer(doc: Doc, start: int, end: int) -> str | None:
    """The person named last in the issuer's phrase ``start``-``end``, his name ending it past the title that opens
    it («أصدر وزير الخارجية الأردني ناصر جودة، بيانا»: Nasser Judeh); None where no person's name ends it."""
    return next((e.id for e in doc.entities if e.type == "PERSON" for m in e.mentions
                 if start < m.start and m.end == end), None)


def sentence_issuer(doc: Doc, t: int, sent_start: int) -> str | None:
    """The person named first in the sentence before the verb of issuing with no subject of its own («وكان قد سبقه
    رئيس الدولة، فلان، في عيادة الجرحى، فأصدر بيانا جاء فيه»: the president, the subject the clause goes on with);
    None where none is named there or no such verb stands before the cue."""
    n = statement_noun_before(doc, t)
    verb = next((k for k in range(n - 1, max(-1, n - 1 - SET_OFF_REACH), -1)
                 if doc.tokens[k].norm_key.removeprefix("و").removeprefix("ف") in fw("issuing_verbs")),
                None) if n is not None else None
    if verb is None:
        return None
    end = doc.tokens[verb].start
    named = [(m.start, e.id) for e in doc.entities if e.type == "PERSON" for m in e.mentions
             if sent_start <= m.start and m.end <= end]
    return min(named)[1] if named else None
