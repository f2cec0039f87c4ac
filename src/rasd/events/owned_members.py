"""Round ev623: a reported clause that opens on the reporting body's own men names that body as the doer of its
act: «وأصدرت قوات حماية الشعب، أمس، بيانا كشفت فيه أن إحدى وحداتها نفذت عملية تفجير أنبوب نفط»: «ـها» of
«وحداتها» is the body that reports, so the blast is its act (the source the events layer left empty). Likewise
«أعلنت الحركة أن أحد مقاتليها شن هجوما», «وأشار التنظيم إلى أن مجموعة من مقاتليه اقتحمت بوابة الجيش».

The clause is the content of an indirect quote whose speaker (or the body an unnamed speaker speaks for) is named
and no person (a spokesman's «مقاتليها» is his body's, not his); it opens on a noun of armed men or means
(``owned_member_nouns``: «وحداتها», «مقاتليه», «قواتها») with a pronoun of the third person, alone or after a word
of part (``one_of_words`` «إحدى», or ``member_quantifiers_of`` + «من»: «مجموعة من»). An event with no source
whose trigger comes within ``REACH`` words after that noun, with no clause stop between (the clause's verb
«نفذت», or the act it governs «عملية تفجير»), and whose read source phrase (if any) lies in that opening, gets the
speaker as source.
"""

from __future__ import annotations

from ..doc import Doc, Event
from ..spans import Quote
from .forms import fw_keys, nkey
from .source_set import name_party
from .word_tests import clause_stop

REACH = 3  # words from the member noun to the trigger: «وحداتها نفذت عملية تفجير»
PERSON = "PERSON"
OWNER_PRONOUNS = frozenset({nkey("ها"), nkey("ه"), nkey("هم")})
OF = nkey("من")


def _member_token(doc: Doc, t: int) -> int | None:
    """The token of the owned member noun a clause opens on at token ``t`` («إحدى وحداتها», «مجموعة من مقاتليه»):
    None where it opens on none."""
    if t >= len(doc.tokens):
        return None
    key = doc.tokens[t].norm_key
    if key in fw_keys("one_of_words"):
        t += 1
    elif key in fw_keys("member_quantifiers_of") and t + 1 < len(doc.tokens) and doc.tokens[t + 1].norm_key == OF:
        t += 2
    if t >= len(doc.tokens):
        return None
    words = doc.tokens[t].words
    if len(words) != 2 or words[1].kind != "enclitic" or words[1].norm not in OWNER_PRONOUNS:
        return None
    return t if nkey(words[0].norm) in fw_keys("owned_member_nouns") else None


def _owner(doc: Doc, q: Quote) -> str | None:
    """The named body that reports the quote: its actor where that is no person."""
    who = q.actor()
    ent = doc.entity(who) if who is not None else None
    return who if ent is not None and ent.type != PERSON else None


def owned_members(doc: Doc, events: list[Event]) -> None:
    """Give an act of the reporting body's own men that body as source (module doc)."""
    opened = []
    for q in doc.quotes:
        t = doc.token_from(q.content.start)
        m = _member_token(doc, t) if not q.direct and t is not None else None
        who = _owner(doc, q) if m is not None else None
        if m is not None and who is not None:
            opened.append((q, m, who))
    for ev in events:
        if ev.source is not None:
            continue
        k = doc.token_at(ev.trigger.start)
        span = ev.attrs.get("source_span")
        for q, m, who in opened:
            if k is None or not q.content.start <= ev.trigger.start < q.content.end or not 0 < k - m <= REACH:
                continue
            if isinstance(span, list) and not (q.content.start <= span[0] and span[1] <= doc.tokens[m].end):
                continue
            if any(clause_stop(doc.tokens[j].text) for j in range(m + 1, k)) or who == ev.target:
                continue
            name_party(ev, "source", who)
            break
