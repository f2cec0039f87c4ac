"""The persons the country passes walk over: each person of no country yet with his mentions in text order, and
every mention of a person in text order."""

from __future__ import annotations

from collections.abc import Iterator

from ..doc import Entity, Mention, mention_start


def _pair_start(p: tuple[Mention, Entity]) -> int:
    return p[0].start


def unplaced_persons(ents: list[Entity], by_entity: dict[str, list[Mention]]) -> Iterator[tuple[Entity, list[Mention]]]:
    """Each person of no country, with his mentions (``by_entity``: each entity id's) in text order; one at a
    time, so that a person placed by the caller on the way is read as placed."""
    for e in ents:
        if e.type != "PERSON" or e.country:
            continue
        yield e, sorted(by_entity.get(e.id, ()), key=mention_start)


def person_mentions(ents: list[Entity], by_entity: dict[str, list[Mention]]) -> list[tuple[Mention, Entity]]:
    """Every mention of a person with its person, in text order."""
    return sorted(((m, e) for e in ents if e.type == "PERSON" for m in by_entity.get(e.id, ())), key=_pair_start)


def take_country(e: Entity, body: Entity, origin: str) -> None:
    """``e`` takes the country of ``body`` (``country_from``: ``origin`` and the body's id) and, where it has no sector
    yet or where the body is a rebel one, the sector of the body's actor code («الأمين العام للحزب»: the party's)."""
    country, actor = body.country, body.actor
    if not country:
        return
    e.country = country
    e.attrs["country_from"] = origin + body.id
    # (a post in a rebel body is a rebel's, whatever office its title names: «عضو العلاقات الخارجية في المنظومة»)
    if (not e.attrs.get("sector") or actor == country + "REB") and actor and actor.startswith(country) \
            and len(actor) > len(country):
        e.attrs["sector"] = actor[len(country) :]
