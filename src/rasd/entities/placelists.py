"""Lists of places set off by commas or dashes (round 79), called by :mod:`.stage` after the «و» lists
(:func:`.unitseams.place_lists`).

«جبهات القتال عدن - العند - بلة - الضالع - سناح»; «(بغداد، بابل، كربلاء، النجف، الديوانية، المثنى، واسط)»: items of
one to three words parted by «،» or «-» (the last one may open with «و»: «، ونينوى»), three items or more, two of
them places the lists know. There

- an item that is a province of ``places_context.tsv`` (a common word or a given name elsewhere: «المثنى», «واسط»,
  «الضالع», «صلاح الدين») is that province, a place of its country (:mod:`.localcountries` gives the country where
  the article names it);
- an item of one word that no list holds (no function word, title, body head or country adjective), or that the
  tagger read as a body or a person, is a place too («بلة», «سناح»), of no country: between two places of the
  list, or at its end after two places and closed by punctuation;
- an item the tagger read as a person or a body that the lists know as a place is that place (as another mention
  of the article reads it: «القنيطرة» in Syria).

A list of persons or bodies («محمد، علي، وخالد») has no two places in it and is left alone.
"""

from __future__ import annotations

from ..doc import JSON, Doc, Mention, Token
from ..text.normalize import norm_key
from .gazetteer import Entry, Gazetteer
from .localplaces import province_table
from .units import overlapping

_SEPARATORS = frozenset(("،", ",", "-", "–"))
_CLOSERS = frozenset(("،", ",", ".", ")", "»", "؛", ":", "-", "–"))
_MAX_ITEM = 3  # words of one item («صلاح الدين», «دير الزور»)


def _first_item(toks: list[Token], mentions: list[Mention], i: int) -> tuple[int, int] | None:
    """The item right before the separator ``i``: a mention's words that end there (up to three), else the one word."""
    if i == 0 or not toks[i - 1].text.isalpha():
        return None
    end = toks[i - 1].end
    for m in mentions:
        if m.end == end:
            s = i - 1
            while s > 0 and toks[s].start > m.start and i - s < _MAX_ITEM:
                s -= 1
            if toks[s].start <= m.start:
                return (s, i)
    return (i - 1, i)


def _chains(toks: list[Token], mentions: list[Mention]) -> list[list[tuple[int, int]]]:
    """Runs of items parted by one kind of separator, each item of one to three word tokens."""
    out: list[list[tuple[int, int]]] = []
    n = len(toks)
    i = 0
    while i < n:
        if toks[i].text not in _SEPARATORS:
            i += 1
            continue
        sep = "-" if toks[i].text in ("-", "–") else "،"
        # the item before the first separator: the words right before it (up to three, back to punctuation)
        chain: list[tuple[int, int]] = []
        k = i
        while k < n and toks[k].text in _SEPARATORS and ("-" if toks[k].text in ("-", "–") else "،") == sep:
            j = k + 1
            while j < n and j - (k + 1) <= _MAX_ITEM and toks[j].text.isalpha() and toks[j].text not in _SEPARATORS:
                j += 1
            if j == k + 1 or j - (k + 1) > _MAX_ITEM:
                break
            chain.append((k + 1, j))
            k = j
        if len(chain) >= 2:
            first = _first_item(toks, mentions, i)
            if first is not None:
                chain.insert(0, first)
            out.append(chain)
        i = max(k, i + 1)
    return out


def _mention_over(mentions: list[Mention], start: int, end: int) -> Mention | None:
    return next((m for m in mentions if m.start == start and m.end == end), None)


def _unknown_word(gaz: Gazetteer, text: str) -> bool:
    k = norm_key(text)
    return len(k) >= 3 and text.isalpha() and k not in gaz.stop and (k,) not in gaz.titles \
        and (k,) not in gaz.org_heads and k not in gaz.nisba and (k,) not in gaz.phrases and not k.startswith("و")


def _place_attrs(gaz: Gazetteer, mentions: list[Mention], key: str) -> JSON:
    """The reading of a listed place named ``key``: the one another mention of the article has (read from its
    context: «القنيطرة» in Syria), else the lists' own; {} where no list holds it."""
    same = next((m for m in mentions if m.type == "LOCATION" and m.key == key and m.attrs.get("gid")), None)
    if same is not None:
        return {"gid": same.attrs["gid"], "kind": same.attrs.get("kind")}
    e = gaz.phrases.get(tuple(key.split()))
    return {"gid": e.id, "kind": e.kind} if isinstance(e, Entry) and e.type == "LOCATION" else {}


def list_places(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Read the items of comma and dash lists of places (see the module's doc); in place."""
    toks = doc.tokens
    if not any(t.text in _SEPARATORS for t in toks):
        return
    table = province_table()
    for chain in _chains(toks, mentions):
        spans = [(toks[a].start, toks[b - 1].end) for a, b in chain]
        # an item's one mention, the whole item or the item after «و» (that clitic outside the span)
        def_place: list[bool] = []
        for st, en in spans:
            m = _mention_over(mentions, st, en) or _mention_over(mentions, st + 1, en)
            def_place.append(m is not None and m.type == "LOCATION")
        rows = [table.get(norm_key(doc.text[st:en])) is not None for st, en in spans]
        if sum(def_place) + sum(r and not p for r, p in zip(rows, def_place)) < 2:
            continue
        for n, (st, en) in enumerate(spans):
            text = doc.text[st:en]
            row = table.get(norm_key(text))
            m = _mention_over(mentions, st, en)
            if def_place[n] or row is None or (m is None and overlapping(mentions, st, en)):
                continue
            if m is not None:
                mentions.remove(m)
            mentions.append(Mention(st, en, text, "LOCATION", "pattern", norm_key(text), None, {"kind": row[0]}))
            def_place[n] = True
        for n, (st, en) in enumerate(spans):
            if def_place[n]:
                continue
            a, b = chain[n]
            text = doc.text[st:en]
            key = norm_key(text)
            m = _mention_over(mentions, st, en)
            if b - a != 1:
                continue
            between = 0 < n < len(spans) - 1 and def_place[n - 1] and def_place[n + 1]
            last = n == len(spans) - 1 and n >= 2 and def_place[n - 1] and def_place[n - 2] \
                and (b >= len(toks) or toks[b].text in _CLOSERS)
            if not (between or last):
                continue
            if m is not None and m.type in ("PERSON", "ORGANIZATION") and not m.attrs.get("gid"):
                m.type = "LOCATION"
                m.attrs = _place_attrs(gaz, mentions, key)
                def_place[n] = True
            elif m is None and not overlapping(mentions, st, en) and _unknown_word(gaz, text):
                mentions.append(Mention(st, en, text, "LOCATION", "pattern", key, None, {}))
                def_place[n] = True
