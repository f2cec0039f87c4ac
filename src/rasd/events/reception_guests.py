"""Round ev957: the guest of a reception told by a noun with no guest of its own.

- «وقد أجريت لولي ولي العهد مراسم استقبال رسمية», «وأقيمت له مراسم استقبال»: the guest is the «لـ» phrase right
  before the ceremony noun (``reception_ceremony_heads``), or right after the reception noun and its adjective
  («مراسم استقبال رسمية للرئيس فلان»); a pronoun there («له», «لها») stands for the visitor told before;
- «وصل الرئيس فلان إلى عمان ... . وأقيمت مراسم استقبال رسمية»: with no «لـ» phrase, the visitor of the arrival,
  visit or reception told last before it;
- «وكان في استقبال الأمير ... . كما كان في الاستقبال السفير فلان»: a reception list carried on by the bare
  definite noun (``reception_places.opens_reception``) receives the visitor told last before it.

Only a reception noun (CAMEO 043) with no target and no pronoun of its own («استقباله» is ``reception_visitors``');
the visitor told before is the guest of the last arrival, visit or reception (CAMEO 042, 043) before it in the
article, which must have one (no other arrival between: a null is better than a wrong guest) and not be the host;
the host stays the source where one is named; the party of the «لـ» phrase, read as the source by the argument
rules («أجريت للملك فلان مراسم استقبال»: no host named), is the guest and no source.
"""

from __future__ import annotations

from ..doc import Doc, Event, Token
from ..text.normalize import norm_key
from .clitic_parties import pronoun_fits
from .forms import fw
from .reception_places import opens_reception
from .source_set import name_party
from .word_tests import enclitic, entity_within, has_letters, lam_clitic, past_conjunction, sentence_index

RECEIVE = "043"
VISITS = ("042", "043")  # make and host a visit: the visitor is the source of the one, the target of the other
PARTIES = ("PERSON", "ORGANIZATION", "LOCATION")


def _words(tokens: list[Token]) -> list[Token]:
    """The tokens of words (any letter), punctuation left out."""
    return [t for t in tokens if has_letters(t.norm_key)]


def _guest_told(events: list[Event], ev: Event) -> str | None:
    """The visitor of the arrival, visit or reception told last before ``ev`` (none where it names none)."""
    prior = [p for p in events if p is not ev and p.code.startswith(VISITS) and p.trigger.start < ev.trigger.start]
    if not prior:
        return None
    p = max(prior, key=lambda o: o.trigger.start)
    guest = p.target if p.code.startswith(RECEIVE) else p.source
    return guest if guest is not None and guest != ev.source else None


def _lam_guest(doc: Doc, k: int, events: list[Event], ev: Event) -> str | None | bool:
    """The party of the «لـ» phrase at token ``k``: its entity, or the visitor told before for «له/لها»; False
    where token ``k`` is no «لـ» phrase, None where it is one naming no party."""
    tok = doc.tokens[k]
    stem = "".join(w.norm for w in tok.words if w.kind != "enclitic" and w.norm != "و")
    pron = enclitic(tok)
    if stem == "ل" and pron in ("ه", "ها"):
        guest = _guest_told(events, ev)
        return guest if guest is not None and pronoun_fits(doc, pron, guest) else None
    if not lam_clitic(doc, k) and not (tok.norm_key.startswith("ول") and len(tok.words) > 2
                                       and tok.words[1].norm == "ل"):
        return False
    ent = entity_within(doc, k)
    return ent.id if ent is not None and ent.type in PARTIES else None


def _ceremony_guest(doc: Doc, k: int, events: list[Event], ev: Event) -> str | None | bool:
    """For a reception noun at token ``k`` right after a ceremony noun: the «لـ» phrase's party before the
    ceremony noun or after the reception noun (and one adjective); False where it is no such noun, True where it
    is one with no «لـ» phrase."""
    if k < 1 or past_conjunction(doc.tokens[k - 1].norm_key) not in fw("reception_ceremony_heads") \
            or enclitic(doc.tokens[k]) or doc.tokens[k].norm_key.startswith(norm_key("ال")):
        return False
    lo, hi = ev.sentence.start, ev.sentence.end
    head = k - 1
    if head >= 1 and doc.tokens[head - 1].text in ("،", ","):
        head -= 1  # «أجريت لفلان، مراسم استقبال»
    # before: the «لـ» token whose phrase runs up to the ceremony noun («أجريت للرئيس الفرنسي فلان مراسم»)
    for j in range(head - 1, -1, -1):
        if doc.tokens[j].start < lo or not has_letters(doc.tokens[j].text):
            break
        found = _lam_guest(doc, j, events, ev)
        if found is False:
            continue
        if isinstance(found, str) and enclitic(doc.tokens[j]):
            return found if j == head - 1 else None  # «له مراسم»
        end = doc.tokens[head - 1].end
        named = [m.entity for m in doc.mentions if m.entity is not None and m.end == end
                 and doc.tokens[j].start <= m.start < end]
        ent = doc.entity(named[0]) if len(set(named)) == 1 else None
        return ent.id if ent is not None and ent.type in PARTIES else None
    # after: «مراسم استقبال رسمية للرئيس فلان»
    for j in (k + 1, k + 2):
        if j >= len(doc.tokens) or doc.tokens[j].start >= hi or not has_letters(doc.tokens[j].text):
            break
        found = _lam_guest(doc, j, events, ev)
        if found is not False:
            return found
        if entity_within(doc, j) is not None:
            return None  # «مراسم استقبال الرئيس»: a genitive of its own
    return True


def reception_guests(doc: Doc, events: list[Event]) -> None:
    """Give a reception noun with no guest of its own the guest its sentence or the article tells (docstring)."""
    for ev in sorted(events, key=lambda v: v.trigger.start):
        k = doc.token_at(ev.trigger.start)
        if ev.target is not None or not ev.code.startswith(RECEIVE) or ev.attrs.get("pos") != "N" or k is None:
            continue
        guest: str | None = None
        ceremony = _ceremony_guest(doc, k, events, ev)
        if isinstance(ceremony, str):
            guest = ceremony
            if ev.source == guest:
                name_party(ev, "source", None)  # «أجريت للملك فلان مراسم استقبال»: the one honoured hosts no one
        elif ceremony is True:
            guest = _guest_told(events, ev)
        elif ceremony is False and doc.tokens[k].norm_key == norm_key("الاستقبال"):
            n = sentence_index(doc, ev.trigger.start)
            if n is not None and opens_reception(_words(doc.tokens_in(doc.sentences[n]))) == ev.trigger.start:
                guest = _guest_told(events, ev)
        if guest is not None and guest != ev.source:
            name_party(ev, "target", guest)


__all__ = ["reception_guests"]
