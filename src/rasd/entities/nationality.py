"""A person's nationality from the adjective of a country right before his name («العراقي إبراهيم عواد», «المعارض
السوري عبد الرحمن الحاج», «رئيس اللجنة في البرلمان الإيراني أحمد توكلي»), and the sector of the noun it qualifies
where the text says it («المعارض»: the opposition; «عضو الائتلاف السوري»: the body's own code)."""

from __future__ import annotations

from functools import lru_cache

from ..doc import Mention
from ..events.forms import fw
from ..text.normalize import norm_key
from .gazetteer import DATA_DIR, Entry, Gazetteer, clitic_variants
from .sectornouns import calling_sector

# how far back the words before a name are read (the adjective, its noun and a body's name before them)
_WINDOW = 80
FORMER = ("السابق", "الأسبق", "الاسبق", "السابقة", "سابق")  # a former office: the title no longer holds
_FORMER_KEYS = frozenset(norm_key(w) for w in FORMER)


def nisba_before(g: Gazetteer, text: str, m: Mention) -> tuple[str, str | None] | None:
    """The country of the adjective that stands right before the mention (no punctuation between) and the sector
    of what it qualifies: a listed body that ends with it («الائتلاف السوري»: OPP of SYROPP), an opposition noun
    («المعارض السوري») or a body of the state («البرلمان الإيراني»: LEG). ``None`` where no country adjective stands
    there; where it qualifies a country noun («الجمهورية اليمنية»: an envoy to Yemen) or follows «لدى» (an envoy «لدى
    المملكة المغربية» is not Moroccan); and where it closes a body with no title before it: the body is then the
    subject of a verb and the man its object («وتتهم وزارة الخزانة الأميركية الكواري», «اعتقلت الشرطة البريطانية
    ...»), while «رئيس اللجنة في البرلمان الإيراني أحمد توكلي» is a member of the body. An adjective of two words
    is read whole («الرئيس الكوري الجنوبي X», round en433)."""
    if m.start < 2 or text[m.start - 1] != " " or text[m.start - 2] in " \n":
        return None
    words = text[max(0, m.start - _WINDOW) : m.start].split()
    if len(words) >= 2 and norm_key(words[-1]) in _FORMER_KEYS and any(
            k in g.nisba for k, _, _ in clitic_variants(words[-2])):
        words = words[:-1]  # «عضو اللجنة في البرلمان العراقي السابق X»: the adjective before «السابق»
    if not words:
        return None
    pairs = [k + " " + norm_key(words[-1]) for k, _, _ in clitic_variants(words[-2])] if len(words) >= 2 else []
    last = next((k for k in pairs if k in g.nisba), None)
    if last is not None:
        words = words[:-1]  # «الملياردير الكوري الجنوبي X»: an adjective of two words (round en433)
    else:
        last = next((k for k, _, _ in clitic_variants(words[-1]) if k in g.nisba), None)
    if last is None:
        return _opposition_in(g, words)
    iso = g.nisba[last]
    before = [norm_key(w.strip("«»\"()،,")) for w in words[-10:-1]]
    if before and before[-1] in fw("state_nouns"):
        return None
    if any(k in fw("envoy_prepositions") for k in before[-3:]):
        return None
    sector: str | None = None
    body = 0  # how many words before the adjective the body it closes starts
    for n in range(min(4, len(before)), 0, -1):
        got = g.phrases.get((*before[-n:], last))
        if isinstance(got, Entry) and got.type == "ORGANIZATION" and got.actor and got.actor.startswith(iso):
            sector, body = got.actor[len(iso) :] or None, n
            break
    if not body:
        body = next((n for n in range(1, min(4, len(before)) + 1) if (before[-n],) in g.org_heads
                     or (before[-n],) in g.complements), 0)
    raw = [w.strip("«»\"()،,") for w in words[-10:-1]]
    if body and not any((k,) in g.titles for w in raw[: len(raw) - body] if w for k, _, _ in clitic_variants(w)):
        # (a title with its «و»: «... وعضو اللجنة في البرلمان العراقي X»)
        return None
    if sector is None and before and before[-1] in fw("opposition_nouns"):
        sector = "OPP"
    elif sector is None and before and (comp := g.complements.get((before[-1],))) and str(comp) != "-":
        sector = str(comp)
    elif sector is None:
        sector = calling_sector(before)  # «الداعية السعودي X»: REL; «المذيع الكويتي X»: MED
    return iso, sector


def body_after_role(g: Gazetteer, text: str, m: Mention) -> str | None:
    """The country of a state body named with its adjective after «في» in the role that follows the name, before
    any punctuation: «محمد الأهدل مدير مكتب الشؤون الثقافية في القنصلية اليمنية» (YEM); None elsewhere (not
    after «لدى»: an envoy to a state is not of it)."""
    rest = text[m.end : m.end + 200]
    lead = len(rest) - len(rest.lstrip(" ،,"))
    extra = m.attrs.get("extra_roles")
    roles = [str(r) for r in (m.attrs.get("role"), *(extra if isinstance(extra, list) else ())) if r]
    role = next((r for r in roles if rest[lead:].startswith(r)), None)
    if role is None:
        return None
    tail = rest[lead + len(role) :]
    cut = next((i for i, ch in enumerate(tail) if ch in _STOPS), len(tail))
    words = [norm_key(w) for w in tail[:cut].split()[:8]]
    for i, w in enumerate(words[:-2]):
        if w != "في":
            continue
        for n in (2, 1):
            head = tuple(words[i + 1 : i + 1 + n])
            if len(head) == n and head in g.org_heads and i + 1 + n < len(words) and words[i + 1 + n] in g.nisba:
                return g.nisba[words[i + 1 + n]]
        return None  # the first «في» decides
    return None


_STOPS = frozenset(".،,؛:()«»\"\n!?؟")


def employer_country(g: Gazetteer, text: str, m: Mention) -> str | None:
    """The country of the town a scholar's institution is named after, in the clause right before his name or the
    one that follows it: «أستاذ علم الاجتماع بجامعات طهران الدكتور حسن هاشميان», «X، الباحث في معهد واشنطن»
    (the town's country); None where no academic title comes before the institution's noun («خريج جامعة
    القاهرة»: he studied there)."""
    before = text[max(0, m.start - 160) : m.start]
    cut = max((before.rfind(ch) for ch in _STOPS), default=-1)
    after = text[m.end : m.end + 160]
    lead = len(after) - len(after.lstrip(" ،,"))
    end = next((i for i, ch in enumerate(after[lead:]) if ch in _STOPS), len(after) - lead)
    for clause in (before[cut + 1 :], after[lead : lead + end]):
        words = clause.split()
        title = next((i for i, w in enumerate(words) if norm_key(w).removeprefix("و").removeprefix("ال")
                      in fw("academic_titles")), None)
        if title is None:
            continue
        for i in range(title + 1, len(words) - 1):
            if not {k.removeprefix("ال") for k, _, _ in clitic_variants(words[i])} & fw("academic_bodies"):
                continue
            for n in (2, 1):
                e = g.phrases.get(tuple(norm_key(w) for w in words[i + 1 : i + 1 + n]))
                if isinstance(e, Entry) and e.type == "LOCATION" and e.country and len(words) > i + n \
                        and e.kind in ("city", "capital"):  # (a country's name is often a state's or a
                    # founder's: «جامعة كولومبيا» is in New York)
                    return e.country
            break
    return None


def _opposition_in(g: Gazetteer, words: list[str]) -> tuple[str, str | None] | None:
    """«القيادي المعارض في حلب X»: an opposition noun, «في» and a town or country of one state right before the
    name: that state's opposition."""
    if len(words) < 3 or norm_key(words[-2]) != "في" or norm_key(words[-3]) not in fw("opposition_nouns"):
        return None
    e = g.phrases.get((norm_key(words[-1]),))
    if isinstance(e, Entry) and e.type == "LOCATION" and e.country and e.kind in ("city", "capital", "country"):
        return e.country, "OPP"
    return None


@lru_cache(maxsize=1)
def _dynasties() -> dict[tuple[str, ...], tuple[str, bool]]:
    """The families of dynasties.tsv: the keys of a name's last words → (country, only after a royal title)."""
    out: dict[tuple[str, ...], tuple[str, bool]] = {}
    for line in (DATA_DIR / "dynasties.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            form, iso, titled = line.split("\t")
            out[tuple(norm_key(w) for w in form.split())] = (iso, titled == "1")
    return out


def dynasty_word(key: str) -> bool:
    """Is ``key`` a ruling family's name of one word («الصباح», «القاسمي»)?"""
    return (key,) in _dynasties()


def dynasty_country(name: str, royal: bool) -> str | None:
    """The country of a ruling family whose name ends the person's («زايد بن سلطان آل نهيان»: ARE; «الأمير طلال
    بن سعود بن عبد العزيز», with ``royal`` (a royal or sheikh's title): SAU); else None."""
    keys = tuple(norm_key(w) for w in name.split())
    for n in (3, 2, 1):
        got = _dynasties().get(keys[-n:]) if len(keys) > n else None
        if got is not None and (royal or not got[1]):
            return got[0]
    return None
