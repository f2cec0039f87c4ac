"""Round en563: the Latin of a person named by a title alone is an English gloss of the title, not a romanised name.

«رئيس الحكومة الفرنسية» was "Reyes al-Hakuma al-Vuitton" and «النائب العام في الكويت» "al-Nayeb al-Am Vee al-Kuyt":
the romaniser reads common nouns, nisbas and prepositions as names. Each word of such a title is read from the
reviewed table ``data/gazetteer/title_glosses.tsv`` (offices, bodies, portfolios, prepositions), a listed place (its
gazetteer English name: «الكويت» "Kuwait") or a country adjective (the country's English adjective or "of <Country>").
Where a word is none of these the title keeps the romaniser's reading (a name is no title).
"""

from __future__ import annotations

from functools import lru_cache

from ..events.group_lexicon import bare_key, country_latin, demonyms
from ..text.normalize import norm_key
from .gazetteer import DATA_DIR, Gazetteer, _rows


@lru_cache(maxsize=1)
def _table() -> dict[tuple[str, ...], tuple[str, str, str]]:
    """title_glosses.tsv: the key of a form (without the article) → (English, kind, gloss before a body)."""
    return {tuple(norm_key(w) for w in r[0].split()): (r[1], r[2], r[3] if len(r) > 3 else r[1])
            for r in _rows(DATA_DIR / "title_glosses.tsv")}


def _country(iso: str) -> str:
    """A country's English name, after "the" where it takes one («USA» → "the United States")."""
    name = country_latin(iso)
    return f"the {name}" if (iso,) in _table() else name


def _segments(keys: list[str], g: Gazetteer) -> list[tuple[str, str, str, str]] | None:
    """The title's words read as (kind, English, English before a body, Arabic key of the last word); None where a
    word is neither in the table nor a listed place nor a country adjective."""
    out: list[tuple[str, str, str, str]] = []
    i = 0
    while i < len(keys):
        for n in range(min(3, len(keys) - i), 0, -1):
            got = _table().get(tuple(bare_key(k) for k in keys[i : i + n]))
            if got is not None and got[1] != "the":
                out.append((got[1], got[0], got[2], keys[i]))
                i += n
                break
            # «وزارة الخارجية السعودية»: a country's name after a definite word is its adjective
            adjective = n == 1 and i > 0 and keys[i - 1].startswith("ال") and keys[i] in g.nisba
            place = None if adjective else g.phrases.get(tuple(keys[i : i + n]))
            if place is not None and place.type == "LOCATION" and place.latin:
                iso = place.country or ""
                latin = _country(iso) if place.kind == "country" and iso else place.latin
                out.append(("place", latin, latin, keys[i]))
                i += n
                break
        else:
            iso = g.nisba.get(keys[i])
            if iso is None or f"LOC:{iso}" not in g.by_id:
                return None
            out.append(("nisba", iso, iso, keys[i]))
            i += 1
    return out


def gloss_segments(keys: list[str], g: Gazetteer) -> list[tuple[str, str, str, str]] | None:
    """The words of a name read as the table's segments (see :func:`_segments`), for bodies' glosses too."""
    return _segments(keys, g)


def country_name(iso: str) -> str:
    """A country's English name, after "the" where it takes one (see :func:`_country`)."""
    return _country(iso)


def title_gloss(name: str, roles: list[str], g: Gazetteer) -> str | None:
    """The English gloss of a person's name that is one of his titles («رئيس الحكومة الفرنسية» → "Head of the French
    Government", «وزير المالية السريلانكي» → "Minister of Finance of Sri Lanka", «النائب العام في الكويت» →
    "Attorney General in Kuwait"); None for a name that is no title of his («قائد نصر» named, titled a spokesman)
    or a title with a word the table does not know."""
    if name not in roles:
        return None
    segs = _segments([norm_key(w) for w in name.split()], g)
    if not segs or segs[0][0] not in ("head", "pre", "front") or any(
            s[0] == "head" and segs[k - 1][0] not in ("pre", "front") for k, s in enumerate(segs) if k):
        return None  # («رئيس الوزراء العراقي السفير»: a second office is another man's)
    front = [s[1] for s in segs if s[0] == "front"]
    body = [s for s in segs if s[0] != "front"]
    parts: list[list[str]] = []  # [the joiner before it, its English]
    feminine_head = any(s[0] == "head" and s[3].endswith("ه") for s in body)
    joiner = ""
    for k, (kind, eng, before_body, key) in enumerate(body):
        nxt = body[k + 1][0] if k + 1 < len(body) else ""
        if kind == "nisba":
            adjective = demonyms().get(eng, ("", ""))[0]
            # «الحكومة الفرنسية»: a feminine adjective after a feminine body of a man's office is the body's
            hosts = [j for j, s in enumerate(body[:k]) if s[0] == "noun" and s[3].endswith("ه")]
            if key.endswith("ه") and not feminine_head and hosts and adjective:
                text = parts[hosts[0]][1]
                parts[hosts[0]][1] = f"the {adjective} {text[4:]}" if text.startswith("the ") else f"{adjective} {text}"
                parts.append(["", ""])
                continue
            eng = _country(eng)
            kind = "place"
        if kind == "head" and nxt == "noun":
            eng = before_body
        if kind == "prep":
            parts.append([" ", eng])
            joiner = " "
            continue
        parts.append([joiner if parts else "", eng])
        joiner = " " if kind == "pre" else " of "
    if not parts or body[-1][0] in ("pre", "prep"):
        return None
    return " ".join(front + ["".join(j + t for j, t in parts)])
