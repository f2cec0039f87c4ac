"""Round gs409: a named person's critics, opponents or supporters as a group, for the ``groups`` stage
(rasd.events.groups). An argument phrase that opens with a partisan head (``data/events/agent_partisans.tsv``:
«منتقدو», «معارضو», «خصوم», «أنصار», «مؤيدو»; past a count or part, function words ``group_quantifiers``) right
before a person of the article names that person's side: in construct («منتقدو الرئيس التركي رجب طيب إردوغان»,
«خصوم كلينتون الجمهوريون», «أنصار القذافي») or with «لـ» («منتقدون لإردوغان»; also where the phrase stopped at
its head: «ويرى منتقدون للرئيس التركي رجب طيب إردوغان»), the words between the head and
the name being nothing or one of the person's titles («الرئيس التركي»; the phrase may stop at the title, the name
right after it: «أنصار العقيد معمر القذافي»).

The group: the head's sector (OPP for critics and opponents) after the person's country (TUROPP); supporters have
no sector (CAMEO has none for them) and are the person's country alone, a group only where the person has one (LBY).
One group per head and person («منتقدو إردوغان» twice is one). Nothing for a head with a pronoun («مؤيدوه»: whose
is the agent lexicon's business, none), for a person past any other word («أنصار حزب الرئيس»), or for a body's
name («أنصار الشريعة»: an organisation, no person). Critics and opponents of no person are the agent lexicon's.
"""

from __future__ import annotations

from functools import lru_cache

from ..doc import Doc, Entity, Span, Token
from .forms import fw_keys, nkey, read_tsv
from .group_lexicon import Head, bare_key, stem_start, word_key

PERSON = "PERSON"
LAM_REACH = 60  # characters after «لـ» where the person's name may start, past his title («للرئيس التركي رجب ...»)


@lru_cache(maxsize=1)
def partisan_heads() -> dict[str, Head]:
    """agent_partisans.tsv: each form's key (without the article) → its row as a lexicon head (form, sector, label)."""
    out: dict[str, Head] = {}
    for row in read_tsv("agent_partisans.tsv"):
        forms = row[0].split("|")
        head = Head(forms[0], row[1], row[2])
        for form in forms:
            out[bare_key(nkey(form))] = head
    return out


def person_at(doc: Doc, start: int, end: int) -> tuple[Entity, Span] | None:
    """The person of the article with the first mention that starts in ``[start, end]``, and that mention."""
    best: tuple[Entity, Span] | None = None
    for e in doc.entities:
        if e.type != PERSON:
            continue
        for m in e.mentions:
            if start <= m.start <= end and (best is None or m.start < best[1].start):
                best = (e, m)
    return best


def _lam_after(doc: Doc, tok: Token) -> Token | None:
    """The word right after ``tok`` in the text where it opens with «لـ» («منتقدون للرئيس»: the phrase stopped at
    its head), else None."""
    j = doc.token_from(tok.end)
    nxt = doc.tokens[j] if j is not None else None
    if nxt is None or nxt.start > tok.end + 1 or [w.norm for w in nxt.words if w.kind == "proclitic"] != ["ل"]:
        return None
    return nxt


def partisans_of(doc: Doc, toks: list[Token], span: Span) -> tuple[Head, str | None, Span, str] | None:
    """The side of a named person an argument phrase's tokens ``toks`` (of ``span``) name (module docstring): the
    group's head (its form keyed by the person, its label naming him), country, mention span and name; else None."""
    k = 0
    while k < len(toks) - 1 and nkey(toks[k].text) in fw_keys("group_quantifiers"):
        k += 1
    if any(w.kind == "enclitic" for w in toks[k].words):
        return None
    head = partisan_heads().get(word_key(toks[k]))
    nxt = toks[k + 1] if k + 1 < len(toks) else _lam_after(doc, toks[k])
    if head is None or nxt is None:
        return None
    reach = span.end + 1 if k + 1 < len(toks) else nxt.start + LAM_REACH  # (the phrase may stop at his title)
    found = person_at(doc, toks[k].end, reach)
    if found is None:
        return None
    person, mention = found
    between = nkey(doc.text[stem_start(nxt, doc.text) : mention.start].strip())
    if between.startswith("لل"):
        between = "ال" + between[2:]  # («للرئيس التركي»: ل + الرئيس التركي, its title)
    if between and between not in {nkey(r) for r in person.roles}:
        return None  # («أنصار حزب الرئيس»: another's; «منتقدو الرئيس التركي رجب طيب إردوغان»: his title)
    if not head.sector and not person.country:
        return None  # (supporters of a person of no country: no code)
    start = stem_start(toks[0], doc.text)
    label = f"{head.label} of {person.latin or person.name}"
    return Head(f"{head.form}:{person.id}", head.sector, label), person.country, \
        Span(start, max(span.end, mention.end)), doc.text[start : mention.end]
