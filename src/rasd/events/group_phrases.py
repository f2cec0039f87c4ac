"""Round gr390: one argument phrase read as an unnamed group of people, for the ``groups`` stage
(:mod:`.groups`, whose docstring tells the rules): :func:`read_phrase` finds the phrase's head in the agent lexicon
past its counts and members' nouns («عشرات المتظاهرين», «عناصر الميليشيات») and its country from the phrase itself
(«قوات الأمن العراقية» IRQCOP, «جيش لبنان», «الشرطة في سريلانكا»). Round cl598: split from :mod:`.groups`, which
keeps making the entities and putting them in the events' roles.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..doc import Doc, Event, Quote, Span, Token
from ..text.normalize import strip_diacritics
from .forms import fw_keys, nkey
from .gentilics import people_country
from .group_lexicon import (Head, bare_key, country_latin, country_word, demonyms, lexicon, nisba_base, peoples,
                            stem_start, word_key)
from .group_origin import from_states
from .group_partisans import partisans_of
from .leader_forces import leader_forces
from .group_sectors import described_head, described_rest

STATE_SECTORS = ("GOV", "MIL", "COP", "JUD", "LEG")  # a state's own bodies («الشرطة في سريلانكا»: its police)
COUNTRY_REACH = 3  # words after the head words where a country adjective may stand («جيش الاحتلال الإسرائيلي»)
NAMED = ("PERSON", "ORGANIZATION")  # a phrase that holds one of these is that one's (its men, its forces)
_CONJUNCTIONS = ("و", "ف")  # a token's proclitic before an argument's phrase that is no part of it (round en941)


@dataclass(slots=True)
class Found:
    """One argument phrase read as a group: its head, country, mention span, name and the event roles it fills."""

    head: Head
    country: str | None
    span: Span
    name: str
    roles: list[tuple[Event, str]] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    conjunct: bool = False  # round mn956: read past a token's «و» (round en941's re-read)
    counted: bool = False  # round mn956: a few counted of a class («تسعة من كبار المسؤولين»): a set of its own
    side: bool = False  # round ev980: an armed side placed where it fights («متمردين موالين لروسيا»: UKRREB)
    people: str | None = None  # round mn989: the people its name says, where the side took another country
    # («مسلحون أكراد» TURREB: still "Kurdish gunmen", its latin)


def _stem_form(tok: Token) -> str:
    """A token's word past its proclitics, as its form («للجيش» → «الجيش»)."""
    return "".join(w.form for w in tok.words if w.kind != "proclitic") or tok.text


def _numbered(doc: Doc, tok: Token) -> bool:
    """Whether a token is in a number of the numbers layer («سبعة», «260»)."""
    return any(n.start <= tok.start < n.end for n in doc.numbers)


def _head_at(toks: list[Token], k: int) -> tuple[Head, int] | None:
    """The lexicon row of the head at ``toks[k]`` and how many words it has (two-word forms first); None where the
    word is none, has a pronoun («قواتنا», «حكومته»: someone's), or is a singular with the article («الصحافي»: a
    person told of before)."""
    tok = toks[k]
    if any(w.kind == "enclitic" for w in tok.words):
        return None
    lex = lexicon()
    if k + 1 < len(toks) and not any(w.kind == "enclitic" for w in toks[k + 1].words):
        two = lex.get((word_key(tok), word_key(toks[k + 1])))
        if two is not None and not (two[1] and _definite(toks[k + 1])):  # («ضابط الأمن»: one officer)
            return two[0], 2
    one = lex.get((word_key(tok),))
    if one is None or one[1] and _definite(tok):
        return None
    return one[0], 1


def _definite(tok: Token) -> bool:
    """Whether a token's word past its proclitics has the article."""
    stem = [w.form for w in tok.words if w.kind != "proclitic"]
    return nkey(stem[0] if stem else tok.text).startswith("ال") or any(w.norm == "ال" for w in tok.words)


def _people_head(tok: Token) -> Head | None:
    """A people's plural as a head of its own («فلسطينيون», «الأتراك»): its people, the country's code alone."""
    key = word_key(tok)
    iso = people_country("ال" + key)
    row = peoples().get(key)
    if iso is None and row is not None and key[-1:] not in ("ي", "ه", "ا"):  # (a people of no one country, its plural)
        return Head(f"people:{row[0]}", "", row[2])  # («الأكراد»: not «اليهودية», «كردي»)
    if iso is None:
        return None
    plural = demonyms().get(iso, ("", ""))[1]
    return Head(f"people:{iso}", "", plural or f"people of {country_latin(iso)}", False)


def read_phrase(doc: Doc, span: Span) -> Found | None:
    """The group an argument phrase names (see the module), or None. Round en941: a phrase that starts past a
    token's conjunction («والأميركيون رفضوا», «بين النظام والمعارضة») has its first word in that token, which
    :meth:`Doc.tokens_in` leaves out: where the words inside name no group, the phrase is read again with that
    token (not past a preposition: «بصمود الأهالي», «بقيام مستوطنين» keep their inner head)."""
    got = _read_tokens(doc, span)
    inside = doc.token_at(span.start) if got is None else None
    if inside is not None and nkey(doc.text[doc.tokens[inside].start : span.start]) in _CONJUNCTIONS:
        again = _read_tokens(doc, Span(doc.tokens[inside].start, span.end))
        if again is not None and again.country is None and _described(doc, again):
            return None  # round mn956: «والقوات الغازية لعدن»: a party told by what it did, no code of its own
        if again is not None:
            again.conjunct = True
        return again
    return got


def _described(doc: Doc, f: Found) -> bool:
    """Whether a group's phrase goes on past its head words with an adjective of its own («القوات الغازية»; not «في»
    + a place, not a preposition's phrase)."""
    nxt = doc.token_from(f.span.start + len(f.name))
    if nxt is None or doc.tokens[nxt].start >= f.span.end:
        return False
    return _definite(doc.tokens[nxt]) and not _prepositional(doc.tokens[nxt])


def _read_tokens(doc: Doc, span: Span) -> Found | None:
    """:func:`read_phrase` on the tokens inside ``span``."""
    toks = doc.tokens_in(span)
    before = doc.token_at(span.start - 2) if span.start >= 2 else None
    if before is not None and doc.tokens[before].norm_key in fw_keys("group_any"):
        return None  # («لم تعلن أي جماعة إرهابية»: any, no one group)
    side = partisans_of(doc, toks, span) or leader_forces(doc, toks, span) if toks else None  # (round gs409, en723)
    if side is not None:
        return Found(side[0], side[1], side[2], side[3])
    if not toks or any(e.type in NAMED and any(span.start <= m.start < span.end for m in e.mentions)
                       for e in doc.entities):
        return None
    k = 0
    while k < len(toks) - 1 and (_numbered(doc, toks[k]) or nkey(toks[k].text) in fw_keys("group_quantifiers")):
        k += 1
    counted = _few_of(doc, toks, k)
    found = _head_at(toks, k)
    if (found is None or found[1] == 1) and k + 1 < len(toks) and word_key(toks[k]) in fw_keys("group_members"):
        of = k + 2 if k + 2 < len(toks) and toks[k + 1].norm_key == "من" else k + 1  # («فصائل من المعارضة»)
        if _named_word(doc, toks[of]):
            return None  # («قوات الحوثي», «عناصر الحوثي»: the body's men)
        inner = _head_at(toks, of)  # «عناصر الميليشيات», «قوات المعارضة»: the group the members are of
        if inner is not None:
            k, found = of, inner
    people = None if found is not None else _people_head(toks[k])
    if people is not None and k == 0:
        led = _led_by_head(doc, toks[0], span)
        if led is not None:
            return led if led.head.form else None  # («المسؤولين اليونانيين»: their officials; «مسلحون أكراد»: theirs)
    if found is None and people is None:
        return None
    head, width = found if found is not None else (people, 1) if people is not None else (None, 0)
    if head is None:
        return None
    end = toks[k + width - 1].end
    country = head.form[7:] if people is not None else None
    rest = described_rest(doc, head, toks[k + width :], span.end)  # («أطراف عروبية | وقومية تونسية»: en607)
    nxt = doc.token_from(end)  # (the word after the head in the text: the phrase may stop before «عن»)
    if rest and _named_word(doc, rest[0]) or nxt is not None and doc.tokens[nxt].norm_key in head.not_before:
        return None  # («مسلحا حوثيا»: the body's men; «المسؤولين عن»: those responsible)
    if head.kind and rest and not _definite(toks[k]) and not _definite(rest[0]) and country_word(word_key(rest[0])) \
            is None and not any(m.start <= rest[0].start < m.end for m in doc.mentions):
        return None  # («حكومة تكنوقراط», «حكومة وحدة وطنية»: a kind of government; not «حكومة كردستان»)
    if country is None:
        country, end = _phrase_country(doc, rest, end, toks[k + width - 1])
    if country is None and not rest:
        country, end = _adjective_after(doc, toks[k + width - 1], end)
    if country is None and head.sector in STATE_SECTORS:
        country, end = _state_in(doc, end)
        if country is None and rest and not any(_prepositional(t) for t in rest):  # («الحكومة المركزية في العراق»)
            iso, past = _state_in(doc, span.end)
            if iso is not None:
                country, end = iso, past
    if country is None:
        country, end = _body_in(doc, end)
    if country is None:
        country, end = from_states(doc, end)
    if head.owned and country is None:
        owner = _owner(doc, end)
        if owner is None:
            return None  # («مسؤولين في الحركة الانفصالية»: the movement's)
        if owner is not _OWN:
            head = Head(head.form, owner.sector, f"{owner.label} {head.label}")
    after = next((t for t in rest if t.start >= end), None)
    if head.bare and after is not None and not _prepositional(after) or head.country_only and country is None:
        return None  # («النظام الخليجي»: a system; «القيادة» alone)
    if country is None and head.home is not None:
        country = head.home  # («مستوطنين» ISRCVL: the lexicon's one country of the head, round en877)
    named = _stem_form(toks[k]) + doc.text[toks[k].end : end]
    head = described_head(head, [t for t in rest if t.end <= end])  # («جهات رسمية عراقية»: GOV; round en607)
    return Found(head, country, Span(stem_start(toks[0], doc.text), _phrase_end(head, span, end)), named,
                 counted=counted)


FEW = 100  # round mn956: a count under this before «من» names a set of men («تسعة من كبار المسؤولين»), not a crowd


def _few_of(doc: Doc, toks: list[Token], k: int) -> bool:
    """Whether the phrase opens with an exact small count, then «من» before its head (``toks[k]``): «تسعة من كبار
    المسؤولين», «خمسة من الجنود» (a set of its own), not «عشرات المتظاهرين» nor «الآلاف من العراقيين»."""
    if k < 2 or not any(t.norm_key == "من" for t in toks[1:k]):
        return False
    return any(n.start <= toks[0].start < n.end and not n.ordinal and n.value < FEW for n in doc.numbers)


def _phrase_end(head: Head, span: Span, end: int) -> int:
    """Where a group's mention ends: the argument's phrase's end, or a "described" head's name's where its joined
    adjectives run past it («أطراف عروبية | وقومية تونسية»: round en607)."""
    return max(span.end, end) if head.described else span.end


def _led_by_head(doc: Doc, tok: Token, span: Span) -> Found | None:
    """A phrase opening with a people's plural right after a listed plural head in the text is that head's adjective
    (the argument's phrase started one word late): the head's group of that people where both are definite
    («المسؤولين اليونانيين», «الصحافيين اليمنيين»), no group (a Found with an empty head) where indefinite («مسلحون
    أكراد مركزا للشرطة»: the gunmen's, the event's other party); None where no head stands right before."""
    j = doc.token_at(tok.start)
    if not j or doc.tokens[j - 1].end + 1 < tok.start or not agrees(doc.tokens[j - 1], tok):
        return None
    led = _head_at(doc.tokens, j - 1)
    code = country_word(word_key(tok))
    if led is None or led[1] != 1 or code is None:
        return None
    prev = doc.tokens[j - 1]
    if not (_definite(prev) and _definite(tok)):
        return Found(Head("", "", ""), None, span, "")
    start = stem_start(prev, doc.text)
    return Found(led[0], code, Span(start, span.end), doc.text[start : tok.end])


def _adjective_after(doc: Doc, head: Token, end: int) -> tuple[str | None, int]:
    """A definite country or people adjective right after a phrase that stops at its definite oblique plural head
    («استهدفت الغارات الناشطين الأكراد»: the phrase read «الناشطين»): its country, and where the name then ends. Only
    after «ـين» (genitive or accusative: the word after it is no object of its own) and with no proclitic («والأكراد»:
    another party). Round gs409: an indefinite nominative plural after an indefinite «ـون» head too («وشن مسلحون أكراد
    هجوما», «سوريون»), never an accusative («أكرادا», «سوريين»: the object) nor a singular («كردي»)."""
    k = doc.token_from(end)
    if k is None or doc.tokens[k].start > end + 1 or any(w.kind == "proclitic" for w in doc.tokens[k].words):
        return None, end
    tok, hk, ak = doc.tokens[k], nkey(head.text), nkey(doc.tokens[k].text)
    if not (_definite(head) and hk.endswith("ين") and _definite(tok) or not _definite(head) and hk.endswith("ون")
            and not _definite(tok) and (ak.endswith("ون") or ak[-1:] not in "يهةان")):
        return None, end
    iso = country_word(word_key(tok))
    return (iso, tok.end) if iso is not None else (None, end)


def _state_in(doc: Doc, end: int) -> tuple[str | None, int]:
    """A state's body «في» + a place right after its head in the text («الشرطة في سريلانكا», «مسؤولون في واشنطن»;
    the argument's phrase may stop before «في»): that place's country (a state's police, army or officials in a
    country are its own; not so its people: «الصحافيين في سوريا»)."""
    k = doc.token_from(end)
    if k is None or k + 1 >= len(doc.tokens) or doc.tokens[k].norm_key != "في":
        return None, end
    rest = doc.tokens[k : k + 2]
    ent = next((e for e in doc.entities if e.type == "LOCATION" and e.country
                and any(m.start == stem_start(rest[1], doc.text) for m in e.mentions)), None)
    return (ent.country, rest[1].end) if ent is not None else (None, end)


def _body_in(doc: Doc, end: int) -> tuple[str | None, int]:
    """«في» + a state's named body right after the head in the text («متشددون في البرلمان الإيراني», «مسؤولون في
    الجيش السوري»): the body's country (the members of a state's body are of its country), and where it ends."""
    k = doc.token_from(end)
    if k is None or k + 1 >= len(doc.tokens) or doc.tokens[k].norm_key != "في":
        return None, end
    at = stem_start(doc.tokens[k + 1], doc.text)
    for e in doc.entities:
        if e.type == "ORGANIZATION" and e.country and e.actor and e.actor.startswith(e.country) \
                and e.actor[len(e.country) :] in STATE_SECTORS:
            m = next((m for m in e.mentions if m.start == at), None)
            if m is not None:
                return e.country, m.end
    return None, end


def _owner(doc: Doc, end: int) -> Head | None:
    """Whose an "owned" head's men are by the «في/من» + noun after it in the text («مسؤولون في الجيش»: the army's,
    a listed head), the head's own where no «في/من» follows, None where it is another body («في الحركة»)."""
    k = doc.token_from(end)
    if k is None or doc.tokens[k].norm_key not in ("في", "من") or k + 1 >= len(doc.tokens):
        return _OWN
    inner = _head_at(doc.tokens, k + 1)
    return inner[0] if inner is not None else None


_OWN = Head("", "", "")  # (``_owner``: no «في/من» after the head: it stands for itself)


def _prepositional(tok: Token) -> bool:
    """Whether a word is a preposition or opens with one («للحكومة», «ضد»)."""
    return tok.norm_key in fw_keys("prepositions") or any(w.kind == "proclitic" and w.norm in ("ل", "ب")
                                                          for w in tok.words)


def _phrase_country(doc: Doc, rest: list[Token], end: int, head: Token) -> tuple[str | None, int]:
    """The country the words after the head give, and where the name then ends (module docstring)."""
    for n, tok in enumerate(rest[:COUNTRY_REACH]):
        if n == 0 and not agrees(head, tok):
            break  # («هاجم مستوطنون فلسطينيين»: the object, not their adjective)
        if tok.norm_key in fw_keys("prepositions") or not tok.text[:1].isalpha():
            break
        iso = country_word(word_key(tok)) or country_word(tok.norm_key)
        if iso is not None:
            return iso, tok.end
        place = next((m for m in doc.mentions if m.start <= stem_start(tok, doc.text) < m.end), None)
        if place is not None:
            ent = doc.entity(place.entity)
            if n == 0 and ent is not None and ent.type == "LOCATION" and ent.country:
                return ent.country, place.end  # «جيش لبنان»
            break
    return None, end


def agrees(head: Token, adjective: Token) -> bool:
    """Whether ``adjective`` may describe the plural ``head`` right before it: not an indefinite word after a
    definite head («المتظاهرين فلسطينيين»), nor a sound plural of another case («مستوطنون فلسطينيين»: nominative,
    then accusative); an indefinite head may be the first noun of a construct («قوات الأمن العراقية»)."""
    hk, ak = nkey(head.words[-1].form if head.words else head.text), nkey(adjective.text)
    if hk.startswith("ال") and not ak.startswith("ال"):
        return False
    if hk.endswith("ون") and strip_diacritics(adjective.text).endswith("ا") and not ak.startswith("ال"):
        return False  # round ev987: «هاجم مسلحون أكرادا»: an accusative, the object (not «خبراء»: its hamza)
    return not (hk.endswith("ون") and ak.endswith("ين") or hk.endswith("ين") and ak.endswith("ون"))


def _named_word(doc: Doc, tok: Token) -> bool:
    """Whether a word after a head is a word of the name of a body or person of the article, or its plural or
    accusative nisba («قوات الحوثي», «قوات صالح», «مسلحا حوثيا»: theirs), and no country's adjective."""
    key = word_key(tok)
    if country_word(key) is not None or len(key) < 3:
        return False
    base = nisba_base(key)
    return any(nisba_base(bare_key(nkey(w))) == base for e in doc.entities if e.type in NAMED for a in e.aliases
               for w in a.split())
