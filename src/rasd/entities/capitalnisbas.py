"""Round lo418: «العاصمة القطرية» (the Qatari capital) names Doha: a capital's noun (``capital_nouns``, bare or
after «و/ب/ل/وب/ول/ف») and a country adjective right after it, with no place named right after them («العاصمة
القطرية الدوحة» names it by its name, the tagger's mention), is a mention of that country's capital (its gazetteer
id): «وتشهد العاصمة القطرية اليوم جولة مباحثات» is a round of talks in Doha, as «في الدوحة». A description, no
name: its source is «anaphor», as «التنظيم» for the group named before (ANERcorp tags no such phrase).

The capital is the country's one gazetteer capital (its spellings are one city, the one written most often in the
news is its name); none for a country whose capitals are two cities (Israel's table rows), nor where the commonest
spelling is no word of the news (a table's misspelling), nor after an adjective of no country («العاصمة الدينية»).
Called by :mod:`.stage` after the tagger."""

from __future__ import annotations

from ..doc import Doc, Mention
from ..events.forms import fw_keys  # data only (closed word lists), no stage
from ..text.normalize import norm_key
from .crf import load_lexicon
from .dockeys import doc_keys
from .gazetteer import Entry, Gazetteer, clitic_head_offset
from .units import free_span, spaced

KNOWN_ZIPF10 = 20  # the capital's commonest spelling is a word of the news («طهران» 40; not the table's «توونس»)


_MADE: dict[int, dict[str, Entry]] = {}  # id of the gazetteer → its table of capitals, made once


def _capitals(gaz: Gazetteer) -> dict[str, Entry]:
    """iso3 → the entry of that country's capital: its spelling most frequent in the news, where all its capital
    rows are one city (one Latin name) and that spelling is known (``KNOWN_ZIPF10``)."""
    made = _MADE.get(id(gaz))
    if made is not None:
        return made
    rows: dict[str, dict[str, Entry]] = {}
    for e in gaz.by_id.values():
        if isinstance(e, Entry) and e.kind == "capital" and e.country and e.type == "LOCATION":
            rows.setdefault(e.country, {})[e.id] = e
    freq = load_lexicon().freq
    out: dict[str, Entry] = {}
    for iso, found in rows.items():
        if len({e.latin for e in found.values()}) != 1:
            continue  # (two cities: no one capital to name)
        best = max(sorted(found.values(), key=lambda e: e.id), key=lambda e: freq.get(norm_key(e.name), 0))
        if freq.get(norm_key(best.name), 0) >= KNOWN_ZIPF10:
            out[iso] = best
    _MADE[id(gaz)] = out
    return out


def capital_nisbas(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«العاصمة القطرية» (no name after it) → a mention of Doha over the two words (past a clitic)."""
    nouns = frozenset(k for k in fw_keys("capital_nouns") if k.startswith("ال"))  # (the bare noun: the mention
    # starts past a clitic, «بالعاصمة» → «العاصمة»)
    if nouns.isdisjoint(doc_keys(doc)):
        return  # (no token can be read as such a noun: the per-token test below would find none; see .dockeys)
    toks = doc.tokens
    capitals: dict[str, Entry] | None = None
    for i in range(len(toks) - 1):
        off = clitic_head_offset(toks[i].text, nouns)
        if off is None:
            continue
        noun, adj = toks[i], toks[i + 1]
        iso = gaz.nisba.get(adj.norm_key)
        if iso is None or not spaced(doc, noun, adj) or not adj.text.isalpha():
            continue
        if capitals is None:
            capitals = _capitals(gaz)
        capital = capitals.get(iso)
        start, end = noun.start + off, adj.end
        if capital is None or not free_span(mentions, start, end):
            continue
        if i + 2 < len(toks) and spaced(doc, adj, toks[i + 2]) \
                and any(m.start == toks[i + 2].start and m.type == "LOCATION" for m in mentions):
            continue  # «العاصمة القطرية الدوحة»: the capital named by its name
        text = doc.text[start:end]
        mentions.append(Mention(start, end, text, "LOCATION", "anaphor", norm_key(text), None,
                                {"gid": capital.id, "kind": "capital", "form": capital.name, "via": "capital"}))
