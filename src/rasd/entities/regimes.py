"""Round 93: a regime named by its ruler («نظام الأسد», «لنظام بشار الأسد», «نظام صدام حسين», «نظام القذافي») is
the government of the ruler's state, one body with «النظام السوري» (called by :mod:`.stage`, after the tagger).

«نظام» in construct (no article; with «و/ل/ب/ف» before it) followed by a listed ruler — his full name of two
words, his surname alone («الأسد») or his given name alone («صدام», «بشار») — where every listed person of that name
held a government office of one and the same state (a given name alone only where a mention begins at
it), is an ORGANIZATION mention over «نظام» and the name: the state's
government (actor ``<ISO>GOV``), keyed as the head pattern keys «النظام السوري» (``ORGH:نظام:<ISO>``). The ruler's
person mention inside it is dropped: the regime acts, not the man. Not «النظام» (definite: «النظام السوري» is read
by the head pattern), nor a name no list holds, nor a name that persons of two states bear."""

from __future__ import annotations

from ..doc import Doc, Mention
from ..text.normalize import norm_key
from .gazetteer import Entry, Gazetteer, clitic_head_offset
from .quotedbodies import state_body

_REGIME = norm_key("نظام")
_REGIMES = frozenset((_REGIME,))


def _ruler_state(people: tuple[Entry, ...]) -> str | None:
    """The one state whose government every one of ``people`` served in, else None."""
    states = {c[0][:3] for e in people for c in e.codes if c[0][3:6] == "GOV"}
    if len(states) != 1 or not all(any(c[0][3:6] == "GOV" for c in e.codes) for e in people):
        return None
    return next(iter(states))


def _ruler(gaz: Gazetteer, first: str, second: str | None, named: bool) -> tuple[int, str] | None:
    """(words of the name, the ruler's state) of the listed ruler named by ``first`` (and ``second``), or None;
    a given name alone only where ``named`` (a mention of the tagger or the rules begins at it: «حكم» in
    «نظام حكم لسوريا» is rule, not a man called Hakam)."""
    if second is not None:
        e = gaz.phrases.get((first, second))
        if isinstance(e, Entry) and e.type == "PERSON" and (iso := _ruler_state((e,))):
            return 2, iso
    for table in (gaz.surnames, gaz.givens) if named else (gaz.surnames,):
        people = table.get(first, ())
        if people and (iso := _ruler_state(people)):
            return 1, iso
    return None


def leader_regimes(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«وإن إيران تدعم نظام الأسد» → ORGANIZATION «نظام الأسد» (SYR, SYRGOV) in place of the person «الأسد»."""
    toks = doc.tokens
    text = doc.text
    for i, tok in enumerate(toks[:-1]):
        if "نظام" not in tok.text:
            continue  # (the common case: one substring test a token)
        got = clitic_head_offset(tok.text, _REGIMES)
        if got is None:
            continue
        nxt = toks[i + 1]
        if text[tok.end : nxt.start] != " ":
            continue
        second = toks[i + 2] if i + 2 < len(toks) and text[nxt.end : toks[i + 2].start] == " " else None
        named = any(m.start == nxt.start for m in mentions)  # (of any type: the tagger may read him a place)
        ruler = _ruler(gaz, nxt.norm_key, second.norm_key if second is not None else None, named)
        if ruler is None:
            continue
        n, iso = ruler
        start, end = tok.start + got, toks[i + n].end
        # the ruler's whole name where a person mention runs on past the words read («نظام زين العابدين بن علي»)
        end = max([end, *(m.end for m in mentions if m.type == "PERSON" and m.start == nxt.start)])
        state_body(doc, mentions, start, end, "ORGH:" + _REGIME + ":" + iso, iso, iso + "GOV")
