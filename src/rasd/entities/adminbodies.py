"""Public bodies named by an administrative head noun and the domain they serve, which no list holds in full:
«مصلحة الزكاة والدخل», «هيئة مترو الأنفاق», «المؤسسة العامة للتأمينات الاجتماعية», «الهيئة العامة للاستثمار»,
«ديوان المظالم», «جهاز المخابرات العامة», «الاتحاد الدولي لألعاب القوى».

The head (``admin_body_heads``: هيئة، مصلحة، مؤسسة، صندوق، مجلس، ديوان، جهاز، اتحاد) is followed by a definite chain
of domain nouns (``admin_domain_nouns``): indefinite, the head takes a definite domain noun in construct («مصلحة
الزكاة») or an indefinite one before a definite one («هيئة مترو الأنفاق»); definite, it takes its rank adjectives
(``admin_body_ranks``: «العامة»; a country adjective) and a domain noun after «لـ» («للتأمينات», «لكرة القدم»). A
sport («كرة القدم», ``sport_domain_nouns``) is a domain after a federation's head only (``federation_heads``). The
chain goes on over more domain nouns, «و» + a definite one («والدخل») or an indefinite one before a definite one
(«وتقنية المعلومات») and domain adjectives (``admin_domain_adjectives``: «الاجتماعية», «المدني»); after an
indefinite head a country adjective closing it is the body's country («هيئة الإذاعة البريطانية»). No domain noun,
no body («صندوق الاقتراع», «مجلس العزاء», «مجلس إدارة»); «مصلحة» after «في» or «لـ» is an interest
(``admin_interest_heads``); «مؤسسة» needs two words after it (``admin_loose_heads``); a name already found over the
span stays (a listed «مجلس الأمن»)."""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from ..doc import Doc, Mention
from ..events.forms import fw_keys  # data only (closed word lists), no stage
from ..memo import remember
from ..text.normalize import norm_key
from .dockeys import folded_text
from .gazetteer import Entry, Gazetteer, load
from .quotedbodies import mention, _place

MAX_CHAIN = 5  # words of the domain after the head («للسياحة والتراث الوطني»)
_CLITICS = ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل", "")


@lru_cache(maxsize=1)
def _listed_prefixes() -> dict[tuple[str, ...], frozenset[str]]:
    """The first words (two or more) of the shipped gazetteer's listed bodies → the ids of the bodies they open:
    «صندوق النقد» is the short form of «صندوق النقد الدولي»."""
    out: dict[tuple[str, ...], set[str]] = {}
    for key, e in load().phrases.items():
        if isinstance(e, Entry) and e.type == "ORGANIZATION":
            for n in range(2, len(key)):
                out.setdefault(key[:n], set()).add(e.id)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=2)
def _nouns(sport: bool) -> frozenset[str]:
    """The domain nouns; a federation's (``sport_domain_nouns``: «كرة القدم») only after «اتحاد»."""
    return fw_keys("admin_domain_nouns") | (fw_keys("sport_domain_nouns") if sport else frozenset())


def _domain(k: str, sport: bool) -> str:
    """How the key ``k`` is a domain noun: «d» definite («الزكاة»), «l» after «لـ» («للتأمينات»), «c» definite after
    «و» («والدخل»), «i» indefinite («مترو»), «li» indefinite after «لـ» («لكرة»), «ci» after «و» («وتقنية»), «» none."""
    nouns = _nouns(sport)
    if k in nouns:
        return "d"
    if k.startswith("لل") and "ا" + k[1:] in nouns:
        return "l"
    if k.startswith("وال") and k[1:] in nouns:
        return "c"
    if "ال" + k in nouns:
        return "i"
    if k.startswith("و") and "ال" + k[1:] in nouns:
        return "ci"  # «وتقنية»: «و» + an indefinite one, before a definite one
    if k.startswith("ل") and "ال" + k[1:] in nouns:
        return "li"  # «لكرة», «لألعاب»: «لـ» + an indefinite one, before a definite one
    return ""


_HEADS: Final[dict[str, tuple[int, bool] | None]] = {}  # _head's answers (:mod:`rasd.memo`), None one of them


def _head(k: str) -> tuple[int, bool] | None:
    """The proclitic's letters before an administrative head in ``k`` and whether the head is definite (per token
    of every article: a pure function of the word)."""
    if k in _HEADS:
        return _HEADS[k]
    return remember(_HEADS, k, _read_head(k), 1 << 16)


def _read_head(k: str) -> tuple[int, bool] | None:
    """:func:`_head`, made."""
    heads = fw_keys("admin_body_heads")
    for p in _CLITICS:
        if not k.startswith(p):
            continue
        rest = k[len(p) :]
        if rest in heads:
            return len(p), False
        if rest.startswith("ال") and rest[2:] in heads:
            return len(p), True
        if p.endswith("ل") and rest.startswith("ل") and rest[1:] in heads:
            return len(p), True  # «للهيئة»: ل + «الهيئة», its alef unwritten
    return None


def _chain(g: Gazetteer, keys: list[str], j: int, definite: bool, sport: bool) -> int:
    """The index past the domain chain of a head at ``j - 1``; ``j`` where there is none."""
    if definite:
        while j < len(keys) and (keys[j] in fw_keys("admin_body_ranks") or keys[j].startswith("ال") and keys[j] in g.nisba):
            j += 1  # «العامة», «السعودي» (the federation's country)
        if j < len(keys) and _domain(keys[j], sport) == "l":
            end = j + 1
        elif j + 1 < len(keys) and _domain(keys[j], sport) == "li" and _domain(keys[j + 1], sport) == "d":
            end = j + 2  # «الاتحاد الدولي لألعاب القوى»
        else:
            return -1
    elif j < len(keys) and _domain(keys[j], sport) == "d":
        end = j + 1
    elif j + 1 < len(keys) and _domain(keys[j], sport) == "i" and _domain(keys[j + 1], sport) == "d":
        end = j + 2
    else:
        return -1
    while end < len(keys) and end - j < MAX_CHAIN:
        if _domain(keys[end], sport) in ("d", "c") or _adjective(g, keys[end], not definite):
            end += 1
        elif end + 1 < len(keys) and _domain(keys[end], sport) == "ci" and _domain(keys[end + 1], sport) == "d":
            end += 2  # «هيئة الاتصالات وتقنية المعلومات»
        else:
            break
    return end


def _interest(keys: list[str], i: int, off: int) -> bool:
    """«في مصلحة», «لمصلحة»: in the interest of, no body."""
    head = keys[i][off:].removeprefix("ال")
    return head in fw_keys("admin_interest_heads") and (keys[i][:off].endswith("ل") or i > 0 and keys[i - 1] == "في")


def _loose(head: str, n: int) -> bool:
    """«مؤسسة المياه» (``admin_loose_heads``: an institution of one word's service, with no town nor state to own it,
    is no body's name; :mod:`.bodies` reads it in a state's town); «المؤسسة العامة للتأمينات» is."""
    return n < 2 and head.removeprefix("ال").removeprefix("ل") in fw_keys("admin_loose_heads")


def _adjective(g: Gazetteer, k: str, country: bool) -> bool:
    """A domain adjective, or with ``country`` (after an indefinite head: «هيئة الإذاعة البريطانية») a country's;
    after a definite head's «لـ» chain a country adjective is another noun's («رئيس الاتحاد الدولي لألعاب القوى
    السنغالي ...»: the president's)."""
    return k in fw_keys("admin_domain_adjectives") or country and k.startswith("ال") and (
        k in g.nisba or k[2:] in g.nisba)


def _body_gid(g: Gazetteer, head: str, chain: list[str]) -> str:
    """«ORGH:<words>:<country>», as :mod:`.headedbodies` keys a body: a country adjective closing the chain («هيئة
    الأركان التركية») is its country, so that the body named without it joins it."""
    words = [head.removeprefix("ال").removeprefix("ل"), *(k.removeprefix("ال") for k in chain)]
    last = chain[-1]
    iso = g.nisba.get(last) or g.nisba.get(last[2:]) or "" if len(chain) > 1 and last not in fw_keys(
        "admin_domain_adjectives") else ""
    return "ORGH:" + " ".join(words[:-1] if iso else words) + ":" + iso


def admin_bodies(doc: Doc, mentions: list[Mention], g: Gazetteer) -> None:
    """Add the bodies of the module's doc (a chain stops at a mark: no one name runs over it)."""
    folded = folded_text(doc)
    if not any(h in folded for h in fw_keys("admin_body_heads")):
        return  # (a head is inside its token's key, a piece of the folded text: no token has one)
    toks = doc.tokens
    keys = [t.norm_key for t in toks]
    i = 0
    while i < len(toks):
        hit = _head(keys[i])
        sport = hit is not None and keys[i][hit[0] :].removeprefix("ال").removeprefix("ل") in fw_keys("federation_heads")
        end = _chain(g, keys, i + 1, hit[1], sport) if hit is not None else -1
        if hit is None or end < 0 or _interest(keys, i, hit[0]) or _loose(keys[i][hit[0] :], end - i - 1) or any(
                not doc.text[toks[x].end : toks[x + 1].start].isspace() for x in range(i, end - 1)):
            i += 1
            continue
        off = hit[0]
        head = keys[i][off:]
        m = mention(doc, toks[i].start + off, toks[end - 1].end, "pattern", kind="gov",
                     gid=_body_gid(g, head, keys[i + 1 : end]))
        if not str(m.attrs["gid"]).endswith(":"):
            m.attrs["country"] = str(m.attrs["gid"]).rsplit(":", 1)[1]
        words = (head if not head.startswith("ل") else "ا" + head, *keys[i + 1 : end])
        whole = g.phrases.get(words)  # round en919: the listed body's whole name, where a title took the span
        # from the gazetteer's reading («رئيس الاتحاد الدولي لألعاب القوى»: IAAF, not a state's federation)
        listed = frozenset({whole.id}) if isinstance(whole, Entry) and whole.type == "ORGANIZATION" \
            else _listed_prefixes().get(words)
        if listed is not None:
            i = end
            if len(listed) > 1 or (e := g.by_id.get(next(iter(listed)))) is None:
                continue  # the short form of more than one listed body: not told which
            m.attrs.update(gid=e.id, kind=e.kind)  # «صندوق النقد»: the listed «صندوق النقد الدولي»
            if e.actor:
                m.attrs["actor"] = e.actor
        if head.startswith("ل"):
            m.attrs["form"] = "ا" + m.text  # «للهيئة»: ل + «الهيئة»
            m.key = norm_key(str(m.attrs["form"]))
        _place(mentions, m)
        i = end
