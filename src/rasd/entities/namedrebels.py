"""Round en850: an armed opposition body known by its name or by the words around it is coded as rebels (``REB``).

- a body named «<head> ثوار <place>» (``rebel_name_nouns``: «تجمع ثوار سوريا», «جبهة ثوار الرقة», «لواء ثوار حلب»)
  takes that place's country and ``REB`` (none when the rest names no known place: «جيش الثوار»);
- an adjective right after a body's name and outside it (``rebel_body_adjectives``: «الجبهة الوطنية المتمردة»,
  «حركة ... المسلحة») makes it ``REB``, of the body's own country, else of the one country its sentence names;
- an umbrella body, «X، الذي يضم (تحت جناحه) Y» (``umbrella_verbs``), of no actor, takes a rebel member's country
  and actor («منظومة المجتمع الديمقراطي الكردستاني، الذي يضم تحت جناحه حزب العمال الكردستاني»: TURREB).

A body with a sector of its own keeps it («الجيش الوطني» MIL, «المعارضة السورية» of a political opposition keeps
OPP unless called armed: then REB). Called by :func:`.rolebodies.role_bodies` on the organisations, after
:func:`.rebelbodies.rebel_bodies` and before their men take their codes.
"""

from __future__ import annotations

from ..doc import Doc, Entity, Mention
from ..events.forms import fw_keys  # data only (closed word lists), no stage
from ..text.normalize import norm_key
from .gazetteer import Gazetteer, phrase_of

_AFTER = 60  # characters after a name within which its adjective or relative clause stands
_RELATIVES = frozenset(norm_key(w) for w in ("الذي", "التي"))
_UNDER = frozenset(norm_key(w) for w in ("تحت",))  # «يضم تحت جناحه/مظلته»: words before the member


def _open(e: Entity) -> bool:
    """Has organisation ``e`` no sector of its own (no actor, or only its country's bare code)?"""
    return e.type == "ORGANIZATION" and (not e.actor or e.actor == e.country)


def _place_country(g: Gazetteer, words: list[str]) -> str | None:
    """The country of the place ``words`` name («سوريا» SYR, «حلب» SYR), else None."""
    entry = g.phrases.get(phrase_of(" ".join(words)))
    return entry.country if entry is not None and entry.type == "LOCATION" else None


def _named_rebels(g: Gazetteer, e: Entity) -> str | None:
    """The country of a body named «(<head>) ثوار <place>» («تجمع ثوار سوريا» SYR, «ثوار حلب» SYR), else None."""
    words = (e.name or "").split()
    at = next((i for i, w in enumerate(words[:2]) if norm_key(w) in fw_keys("rebel_name_nouns")), None)
    return _place_country(g, words[at + 1 :]) if at is not None and len(words) > at + 1 else None


def _state_head(g: Gazetteer, e: Entity) -> bool:
    """Does the name of ``e`` open on a state body's head («الجيش الوطني», «القوات الخاصة»: no rebels however
    armed)?"""
    words = (e.name or "").split()
    return bool(words) and phrase_of(words[0]) in g.org_heads


def _words_after(doc: Doc, m: Mention, n: int) -> list[tuple[str, int]]:
    """The first ``n`` words after mention ``m`` (a comma between allowed), with their offsets."""
    out: list[tuple[str, int]] = []
    pos = m.end
    for w in doc.text[m.end : m.end + _AFTER].replace("،", " ").split()[:n]:
        at = doc.text.index(w, pos)
        out.append((w, at))
        pos = at + len(w)
    return out


def _sentence_country(doc: Doc, m: Mention, places: list[tuple[Mention, Entity]]) -> str | None:
    """The one country the sentence of ``m`` names (its places' countries), else None."""
    s = doc.sentence_of(m.start)
    if s is None:
        return None
    got = {e.country for pm, e in places if e.country and s.start <= pm.start < s.end}
    return next(iter(got)) if len(got) == 1 else None


def _umbrella_member(doc: Doc, m: Mention, by_start: dict[int, Entity]) -> Entity | None:
    """The rebel body a relative clause right after ``m`` says it holds: «، الذي يضم تحت جناحه حزب العمال
    الكردستاني», else None."""
    if not doc.text[m.end : m.end + 3].lstrip(" ").startswith("،"):
        return None
    words = _words_after(doc, m, 5)
    if len(words) < 3 or norm_key(words[0][0]) not in _RELATIVES or norm_key(words[1][0]) not in fw_keys(
            "umbrella_verbs"):
        return None
    k = 2 + (2 if norm_key(words[2][0]) in _UNDER and len(words) >= 5 else 0)
    at = words[k][1] if k < len(words) else -1
    member = next((by_start[p] for p in range(at, at + 3) if p in by_start), None) if at >= 0 else None
    return member if member is not None and "REB" in (member.actor or "") else None


def named_rebels(doc: Doc, g: Gazetteer, orgs: list[tuple[Mention, Entity]],
                 places: list[tuple[Mention, Entity]]) -> None:
    """Code as ``REB`` each body of ``orgs`` (each mention of an organisation with its entity) of no sector that
    its name, an adjective after it or an umbrella clause calls armed opposition (see the module), in place;
    ``places``: each mention of a location with its entity."""
    by_start = {m.start: e for m, e in orgs}
    adjectives = fw_keys("rebel_body_adjectives")
    for m, e in orgs:
        if not _open(e):
            continue
        country = _named_rebels(g, e)
        if country:
            e.country, e.actor = country, country + "REB"
            e.attrs["actor_from"] = "rebel_name"
            continue
        after = _words_after(doc, m, 1)
        if after and doc.text[m.end : after[0][1]] == " " and norm_key(after[0][0]) in adjectives \
                and not _state_head(g, e):
            country = e.country or _sentence_country(doc, m, places)
            e.country, e.actor = country, (country or "") + "REB"
            e.attrs["actor_from"] = "rebel_adjective"
            continue
        member = _umbrella_member(doc, m, by_start)
        if member is not None:
            e.country, e.actor = member.country, member.actor
            e.attrs["actor_from"] = "rebel_umbrella"
