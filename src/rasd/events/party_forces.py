"""Round en531: the forces, aircraft or men of a named armed party («قوات الحوثي», «طيران التحالف», «عناصر التنظيم»)
as an event's source or target are that party.

An event's unnamed source or target phrase that opens on a noun of an armed party's forces, aircraft or men
(``party_force_heads``: «قوات», «طيران», «طائرات», «مقاتلات», «عناصر», «مسلحو», «ميليشيات», «وحدات»; past its
proclitics) with a definite word right after it that is a word of the name of exactly one armed party of the article,
or its nisba («قوات الحوثي» → «الميليشيات الحوثية» YEMREB; «طيران التحالف» → «التحالف العربي» IGOCOA; «عناصر
التنظيم» → «تنظيم داعش» IMGMUSISI), takes that party's entity: the party's armed arm, coded as the party, the way
PETRARCH codes «Houthi fighters» as the Houthis. An armed party: an organisation whose actor code is of an armed
sector (``REB``, ``UAF``, ``MIL``, ``IMG...``) or a coalition (``IGOCOA``). Not a word of no party or of two
(«طيران التحالف» where the article names the international and the Arab coalition: left), nor a country's
adjective («القوات الفرنسية»: the entity layer's FRAMIL), nor a word that is itself a group's head noun («عناصر
الميليشيات»: the groups stage's), nor a person («قوات هادي»: the man is no armed arm). Round ev593: a group's head
noun that with a country's adjective is the whole name of one opposition or armed party of the article is that
party («ضد قوات الجيش» where the article names «الجيش اللبناني»: :func:`_headed_party`; round en613: not an
opposition body, whose fighters are the armed opposition, REB). Round ev887: «أحد/إحدى» before
the noun of the men (``partitive_words``, ``party_member_nouns``: «أحد عناصر X», «أحد مسلحي X»), or «من» after
it («عنصر من X», its «من» read on past the phrase), is X too, and there a group head noun alone («الميليشيات») is
the last armed party named before it whose name opens with it («الميليشيات الحوثية» YEMREB: :func:`_head_anaphor`).
Called by :func:`.groups.make_groups` before it reads a phrase as a group of its own."""

from __future__ import annotations

from ..doc import Doc, Entity, Event, Token
from ..spans import JSON
from .forms import nkey
from .group_lexicon import bare_key, bare_list_keys, country_word, lexicon, nisba_base, word_key
from .source_set import take_party

_ARMED = ("REB", "UAF", "MIL")  # the actor code's sector of an armed party («YEMREB», «SYRMIL»)


def _armed(e: Entity) -> bool:
    """Is ``e`` an organisation of an armed party or a coalition («YEMREB», «IMGMUSISI», «IGOCOA»)?"""
    a = e.actor or ""
    return e.type == "ORGANIZATION" and (a.endswith(_ARMED) or a.startswith("IMG") or a == "IGOCOA")


def _party_of(doc: Doc, tok: Token) -> Entity | None:
    """The one armed party of the article one of whose name words (or their nisba) is ``tok``'s word; None where
    none or more than one is («التحالف» with both «التحالف الدولي» and «التحالف العربي»)."""
    key = word_key(tok)
    if country_word(key) is not None or len(key) < 3:
        return None
    if lexicon().get((key,)) is not None:
        return _headed_party(doc, key)
    base = nisba_base(key)
    got = [e for e in doc.entities if _armed(e)
           and any(nisba_base(bare_key(nkey(w))) == base for a in e.aliases for w in a.split())]
    return got[0] if len(got) == 1 else None


def _headed_party(doc: Doc, key: str) -> Entity | None:
    """Round ev593: the one opposition or armed party of the article named by the group head ``key`` and a country's
    adjective («قوات الجيش» → «الجيش اللبناني»; round en613: not an opposition body, whose forces are the
    armed opposition, REB: «قوات المعارضة» beside «المعارضة السورية» is SYRREB, events.armed_opposition); None where none or
    more than one is, or the name says more («الجيش السوري الحر», «الجيش الحر»: not the army of «قوات الجيش»)."""
    got = [e for e in doc.entities if _armed(e)  # (round en613: not «المعارضة السورية» OPP: events.armed_opposition)
           and any(len(ws) == 2 and bare_key(nkey(ws[0])) == key and country_word(bare_key(nkey(ws[1]))) is not None
                   for ws in (a.split() for a in e.aliases))]
    return got[0] if len(got) == 1 else None


def party_force(doc: Doc, ev: Event, role: str, phrase: JSON) -> bool:
    """Put the armed party whose forces the unnamed ``phrase`` names in the event's ``role`` (see the module);
    whether it did (never as both parties of one act)."""
    start, end = int(phrase["start"]), int(phrase["end"])
    toks = [t for t in doc.tokens if start <= t.start and t.end <= end]
    one = bool(toks) and nkey(toks[0].text) in bare_list_keys("partitive_words")  # round ev887: «أحد عناصر X»
    if one:
        toks = toks[1:]
    if len(toks) == 1 and word_key(toks[0]) in bare_list_keys("party_member_nouns"):
        toks = _of_after(doc, toks[0])  # («عنصر | من الميليشيات»: the phrase stopped before its «من»)
    if len(toks) >= 3 and toks[1].norm_key == "من" and word_key(toks[0]) in bare_list_keys("party_member_nouns"):
        toks, one = toks[:1] + toks[2:], True  # round ev887: «عنصر من الميليشيات»
    heads = bare_list_keys("party_force_heads") | (bare_list_keys("party_member_nouns") if one else frozenset())
    if len(toks) < 2 or word_key(toks[0]) not in heads:
        return False
    if not nkey(toks[1].text).startswith("ال") or any(w.kind == "enclitic" for w in toks[0].words):
        return False
    party = _party_of(doc, toks[1])
    if party is None and one:
        party = _head_anaphor(doc, toks[1])
    return party is not None and take_party(ev, role, party.id)


def _of_after(doc: Doc, tok: Token) -> list[Token]:
    """Round ev887: a members' noun and the «من» + word right after it in the text («عنصر من الميليشيات»), or the
    noun alone."""
    k = doc.token_at(tok.start)
    if k is None or k + 2 >= len(doc.tokens) or doc.tokens[k + 1].norm_key != "من":
        return [tok]
    return [tok, doc.tokens[k + 1], doc.tokens[k + 2]]


def _head_anaphor(doc: Doc, tok: Token) -> Entity | None:
    """Round ev887: «أحد عناصر الميليشيات» after «الميليشيات الحوثية»: a definite group head noun alone is the
    anaphor of the last armed party named before it whose name opens with that noun (no country's adjective in the
    name: «الجيش اللبناني» is :func:`_headed_party`'s)."""
    key = word_key(tok)
    if lexicon().get((key,)) is None:
        return None
    best: tuple[int, Entity] | None = None
    for e in doc.entities:
        if not _armed(e) or not any(len(ws) >= 2 and bare_key(nkey(ws[0])) == key
                                    and country_word(bare_key(nkey(ws[1]))) is None
                                    for ws in (a.split() for a in e.aliases)):
            continue
        before = [m.start for m in e.mentions if m.end <= tok.start]
        if before and (best is None or max(before) > best[0]):
            best = (max(before), e)
    return best[1] if best is not None else None
