"""A person's country from a title with a country adjective set off from his name by a comma (round 56; called by
:func:`.posts.post_countries`):

- before the name: «مستشارة الأمن القومي الأميركي، سوزان رايس»: the clause before the comma opens with a title of
  office or rank (or its verb and then the title) and ends with a definite country adjective, the name right
  after the comma;
- after the name: «X، عضو لجنة الأمن القومي والسياسة الخارجية الإيراني، ...»: the clause after the comma opens
  with a title of office and ends with a definite country adjective before the next punctuation; a title of two
  words gives its own sector («X، النائبة العمومية الأميركية»: JUD, not the LEG of «النائبة»; round qn428).

Not where the clause names an envoy «لدى» a state or a state noun before the adjective («سفير ... لدى المملكة
المغربية», «... الجمهورية اليمنية»), nor where it names two countries' adjectives or any place of a country
(«مراسل ... في واشنطن»: where he works, not his own)."""

from __future__ import annotations

from ..doc import Mention
from ..events.forms import fw
from ..text.normalize import norm_key
from .gazetteer import Entry, Gazetteer, clitic_variants

_STOPS = ".،,؛:()«»\"\n!?؟"
_MAX_WORDS = 8  # the words of the clause (the title, its complements and the adjective)


def apposed_title_country(g: Gazetteer, text: str, m: Mention) -> tuple[str, str | None] | None:
    """The country of the titled clause set off by a comma right before or right after ``m``, and the sector its
    words give (a body's complement: «في الجيش الليبي» MIL; else the title's: «رئيس الحكومة» GOV); else None."""
    before = text[max(0, m.start - 120) : m.start]
    if before.endswith(("، ", ", ")):
        clause = before[:-2]
        cut = max(clause.rfind(ch) for ch in _STOPS)
        words = clause[cut + 1 :].split()
        # the title opens the clause or follows its verb («وقالت مستشارة ...، X»)
        got = _titled(g, words) or _titled(g, words[1:]) if len(words) <= _MAX_WORDS + 1 else None
        if got is not None:
            return got
    after = text[m.end : m.end + 160]
    if after.startswith(("، ", ", ")):
        rest = after[2:]
        end = next((i for i, ch in enumerate(rest) if ch in _STOPS), None)
        if end is not None:  # (a clause that runs past the window is not read)
            return _titled(g, rest[:end].split())
    return None


def _title(g: Gazetteer, word: str) -> tuple[bool, str | None]:
    """Is ``word`` (with its clitics; a feminine title by its masculine: «مستشارة») a title of office or rank, and
    its sector?"""
    for k, _, _ in clitic_variants(word):
        for key in (k, k[:-1] if k.endswith("ه") else k):
            t = g.titles.get((key,)) or g.titles.get((key.removeprefix("ال"),))
            if t is not None and getattr(t, "kind", "") in ("office", "rank"):
                return True, getattr(t, "sector", None)
    return False, None


def _titled(g: Gazetteer, words: list[str]) -> tuple[str, str | None] | None:
    """The country of the adjective that ends ``words`` where the first is a title and nothing bars it, and the
    sector of the clause."""
    if not 2 <= len(words) <= _MAX_WORDS:
        return None
    titled, sector = _title(g, words[0])
    pair = g.titles.get((norm_key(words[0]), norm_key(words[1])))
    if getattr(pair, "kind", "") in ("office", "rank"):
        titled, sector = True, getattr(pair, "sector", None)  # «النائبة العمومية الأميركية»: JUD, not «النائبة» LEG
    if not titled:
        return None
    last = norm_key(words[-1])
    if not last.startswith("ال") or last not in g.nisba:
        return _local_office(g, words, sector)
    keys = [norm_key(w) for w in words]
    if any(k in fw("envoy_prepositions") for k in keys) or keys[-2] in fw("state_nouns"):
        return None
    isos = {g.nisba[k] for k in keys if k in g.nisba}
    for k in keys[1:]:
        for v, _, _ in clitic_variants(k):
            e = g.phrases.get((v,))
            if isinstance(e, Entry) and e.type == "LOCATION" and e.country:
                isos.add(e.country)
    if len(isos) != 1:
        return None
    return isos.pop(), _sector(g, keys, sector)


def _sector(g: Gazetteer, keys: list[str], sector: str | None) -> str | None:
    """The sector of a titled clause: a body's complement after the title («في الجيش الليبي» MIL), else the
    title's own (``sector``)."""
    comp = next((str(c) for k in keys[1:] for v, _, _ in clitic_variants(k) if (c := g.complements.get((v,)))
                 and str(c) != "-"), None)
    return comp or sector


_LOCAL_TAIL = 3  # words of the town's name that ends a local office's clause («ديار بكر»)


def _local_office(g: Gazetteer, words: list[str], sector: str | None) -> tuple[str, str | None] | None:
    """Round en395: «النائب العام لمدينة ديار بكر، X», «رئيس بلدية ديار بكر، X»: a title whose clause ends with a
    listed town (no country: an envoy «للعراق» serves it from abroad) of a known country, the town its genitive or
    after «لـ» (not «في/بـ»: where he works, «مراسل ... في واشنطن»), the clause naming no other country: a local
    office of the town's country; that country and the title's sector."""
    keys = [norm_key(w) for w in words]
    if any(k in fw("envoy_prepositions") or k in fw("local_office_bars") for k in keys):
        return None
    two = g.titles.get(tuple(keys[:2]))  # «النائب العام» (JUD), not «النائب» (LEG)
    if two is not None and getattr(two, "kind", "") in ("office", "rank"):
        sector = getattr(two, "sector", None) or sector
    for n in range(min(_LOCAL_TAIL, len(words) - 1), 0, -1):
        tail = keys[-n:]
        lead = clitic_variants(words[-n - 1])
        if any(pre == "ب" and v in fw("locative_place_heads") for v, _, pre in lead):
            continue  # «بمدينة X»: where the office is, not whose
        for v, _, pre in clitic_variants(words[-n]):
            if pre not in ("", "ل"):
                continue
            e = g.phrases.get((v, *tail[1:]))
            if isinstance(e, Entry) and e.type == "LOCATION" and e.country and e.kind not in ("country", "region"):
                isos = {g.nisba[k] for k in keys if k in g.nisba} | {e.country}
                return (e.country, _sector(g, keys, sector)) if len(isos) == 1 else None
    return None
