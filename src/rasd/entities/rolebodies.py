"""A person's country from the body his role names (round 45), for a person no title, adjective or lexicon gives one:

- the body right after the role that follows his name, after «لـ», «بـ» or «في» («بيتر تاوبر، الأمين العام للحزب
  الاشتراكي الفرنسي»: France), or inside the role («المتحدث باسم الحكومة الفرنسية»);
- the body right after a founder's or leader's role in construct («مؤسس الحركة الإسلامية في إسرائيل», round 67):
  its country and its actor (its country alone where it has none);
- the bare head noun of a body named before in the article («... الأمين العام للحزب»: the party named before, where
  one body of that head noun with a country is named before him);
- a relation title with a possessive pronoun («ووزير خارجيته», «ورئيس وزرائها»): the country of the person named
  right before it, whose minister he is;
- a spokesman «باسم» a body of a country right before or after his name, where no role was recorded for him
  («وقال المتحدث باسم المقاومة الجنوبية، (العقيد) X», «X، المتحدث الرسمي باسم اللجنة العليا», round au954): the body's
  country and sector, as for a role that names it (:func:`.igospokesmen.spokesman_body` finds it), and a spokesman
  «باسمها/باسمه/باسمهم» the one body or person named before him that the pronoun agrees with (round qu959,
  :func:`.pronounbodies.pronoun_body`);
- an aide's role right after his name and the name of the state officer he serves right after it («ليزا موناكو،
  مستشارة الرئيس أوباما», round en936): that officer's country, of the government.

Not a body after «لدى» or «إلى» (an envoy to a state is not of it), nor a body of no one country. Called by
:meth:`.resolve.Resolver.entities` before the article's own country is guessed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..doc import Doc, Entity, Mention
from ..events.forms import fw, fw_keys
from ..text.normalize import norm_key
from .gazetteer import Gazetteer, clitic_variants
from .bodyroles import apposed_body, joined_body, take_body
from .igospokesmen import igo_spokesmen, spokesman_body
from .ledbodies import led_body, take_led
from .memberbodies import member_body, named_in_body
from .personloops import person_mentions, take_country, unplaced_persons
from .pronounbodies import pronoun_body
from .namedrebels import named_rebels
from .rebelbodies import rebel_bodies

_STAFF = frozenset(norm_key(w) for w in ("أركانه", "أركانها"))  # «رئيس أركانه»: the army's
# «... ومحافظ العاصمة X، وعدد من المسؤولين في الحكومة الأردنية»: the list's closing group of officials
_CLOSING = re.compile(r"و(?:عدد|جمع) من (?:كبار )?(?:ال)?(?:مسؤولين|وزراء|قادة|ضباط)\s+(?:في|ب)\s*(?:ال)?")
_GAP = frozenset({"في", "ب", "ل"})  # a word between a role and its body's name («مدير ... في الشركة»)
# a title with a possessive pronoun: «وزير خارجيته», «ورئيس وزرائها», «وزيرة دفاعه»
_POSSESSED = re.compile(r"(?:^|\s)و?((?:وزير|وزيرة|رئيس|رئيسة)\s+(\S+))\s*$")


def role_bodies(doc: Doc, g: Gazetteer, ents: list[Entity], mentions: dict[str, list[Mention]],
                orgs: list[tuple[Mention, Entity]]) -> None:
    """Give each person with no country the country of the body his role names (see the module), in place;
    ``mentions``: each entity id's mentions; ``orgs``: each mention of an organisation with its entity."""
    igo_spokesmen(doc, ents, mentions)  # «X، المتحدث باسم مفوضية الأمم المتحدة للاجئين»: IGOUNO (round en365)
    rebel_bodies(doc, orgs)  # «منظومة ... (الجناح الإيراني لحزب العمال الكردستاني)»: IRNREB (round en831)
    named_rebels(doc, g, orgs, [(m, e) for e in ents if e.type == "LOCATION" for m in mentions.get(e.id, ())])
    placed = [(m, e) for m, e in orgs if e.country]
    placed_all = placed + [(m, e) for e in ents if e.type == "LOCATION" and e.attrs.get("kind") == "country"
                           for m in mentions.get(e.id, ())]
    by_start = {m.start: e for m, e in placed}
    by_end = {m.end: (m, e) for m, e in placed}
    persons = person_mentions(ents, mentions)
    named = [(m, e) for m, e in orgs if e.type == "ORGANIZATION"] + persons + [
        (m, e) for e in ents if e.type == "LOCATION" and e.attrs.get("kind") == "country" for m in mentions.get(e.id, ())]
    by_org = {m.start: e for m, e in placed if e.type == "ORGANIZATION"}
    starts = {m.start for ms in mentions.values() for m in ms}
    led = {m.end: (m, e) for m, e in orgs if e.type == "ORGANIZATION" and e.actor}
    org_ends = {m.end: (m.start, e) for m, e in placed if e.type == "ORGANIZATION"}
    for e, ms in unplaced_persons(ents, mentions):
        for m in ms:
            founded = _founded(doc, m, e.roles, by_start)
            if founded is not None and founded.country:
                # (the body's actor, else its country alone: a sector his other titles gave («الشيخ») is no
                # office of that state)
                e.country, e.actor = founded.country, founded.actor or founded.country
                e.attrs["country_from"] = "role_body:" + founded.id
                break
            body = led_body(doc, m, led)  # «زعيم التنظيم السابق X»: the organisation's (round en815)
            if body is not None:
                take_led(e, body)
                break
            body = _role_body(doc, g, m, by_start, placed)
            if body is not None and body.country:
                take_country(e, body, "role_body:")
                break
            body = apposed_body(doc, g, m, by_org, starts) or joined_body(doc, m, by_org)  # «X، رئيس ... لدى البنتاغون» (round en811)
            if body is not None and body.country:
                take_body(e, body)
                break
            body = _spokesman_of(doc, m, by_org, org_ends)  # «المتحدث باسم المقاومة الجنوبية، X» (round au954)
            if body is not None and body.country:
                take_body(e, body)
                break
            body = pronoun_body(doc, g, e, m, named)  # «X، المتحدث باسمها» after «مايكروسوفت» (round qu959)
            if body is not None:
                take_body(e, body)
                break
            headed = _headed_before(doc, g, m, by_end)
            if headed is not None and headed.country:
                take_country(e, headed, "role_body:")  # «الرئيس المشارك لحزب X، Y»: the party his title heads (round 77)
                break
            member = member_body(doc, m, by_start)  # «X، أحد الناطقين باسم الوزارة» (round ents91)
            if member is not None and member.country:
                take_country(e, member, "role_body:")
                break
            unit = named_in_body(doc, m, by_end)  # «ضابطا في القوات المصرية الخاصة اسمه X» (round ents91)
            if unit is not None and unit.country:
                e.country = unit.country
                e.attrs["country_from"] = "named_in:" + unit.id
                break
            iso = _listed_with(doc, m, placed_all)
            if iso:
                e.country = iso
                e.attrs["country_from"] = "list"
                break
            head = _served_head(doc, m, persons)
            if head is not None:
                take_country(e, head, "aide_of:")  # «X، مستشارة الرئيس أوباما»: his aide (round en936)
                e.attrs["sector"] = "GOV"
                break
            got = _possessor(doc, m, persons)
            if got is not None:
                e.country, title = got
                e.attrs["country_from"] = "possessor"
                e.attrs.setdefault("sector", "MIL" if norm_key(title.split()[-1]) in _STAFF else "GOV")
                e.roles = [*e.roles, title] if title not in e.roles else e.roles
                break


def _headed_before(doc: Doc, g: Gazetteer, m: Mention,
                   by_end: dict[int, tuple[Mention, Entity]]) -> Entity | None:
    """Round 77: the body named right before the name (a comma or a space between), with a proclitic «لـ» on its
    first word and a title right before it or before its definite adjective: «الرئيس المشارك لحزب الشعوب الديمقراطي، X», «الأمين العام
    لحزب Y X»; None elsewhere (no title right there: «وجه رسالة لحزب Y، X»)."""
    before = doc.text[max(0, m.start - 4) : m.start]
    gap = len(before) - len(before.rstrip(" ،,"))
    if gap == 0 or doc.text.count("،", m.start - gap, m.start) + doc.text.count(",", m.start - gap, m.start) > 1:
        return None
    got = by_end.get(m.start - gap)
    if got is None:
        return None
    o, body = got
    if o.start < 2 or doc.text[o.start - 1] != "ل" or doc.text[o.start - 2] != " ":
        return None
    words = doc.text[max(0, o.start - 40) : o.start - 2].split()
    return body if titled_end(g, words) else None


def titled_end(g: Gazetteer, words: list[str]) -> bool:
    """Do ``words`` end on a title, of one word or two («الأمين العام», round ents99), with at most two definite
    adjectives after it («الرئيس المشارك», «الرئيس التنفيذي السابق»)? Not on a noun: «الشيخ رسالة»."""
    for drop in range(3):
        if drop and not words[len(words) - drop].startswith("ال"):
            return False
        ws = words[: len(words) - drop]
        if not ws:
            return False
        if any((k,) in g.titles for k, _, _ in clitic_variants(ws[-1])):
            return True
        if len(ws) >= 2 and (norm_key(ws[-2]), norm_key(ws[-1])) in g.titles:
            return True
    return False


def _role_span(doc: Doc, m: Mention) -> tuple[int, int] | None:
    """Where the role of mention ``m`` stands: right after his name (an apposition, after a comma or a space) or
    right before it; None where it has no role or the role is elsewhere."""
    role = str(m.attrs.get("role") or "")
    if not role:
        return None
    rest = doc.text[m.end : m.end + len(role) + 4]
    lead = len(rest) - len(rest.lstrip(" ،,"))
    if rest[lead:].startswith(role) and doc.text.count("،", m.end, m.end + lead) <= 1:
        return m.end + lead, m.end + lead + len(role)
    before = doc.text[max(0, m.start - len(role) - 4) : m.start].rstrip(" ،,")
    if before.endswith(role):
        end = m.start - (len(doc.text[: m.start]) - len(doc.text[: m.start].rstrip(" ،,")))
        return end - len(role), end
    return None


def _role_body(doc: Doc, g: Gazetteer, m: Mention, by_start: dict[int, Entity],
               placed: list[tuple[Mention, Entity]]) -> Entity | None:
    """The body (an organisation's entity) the role of ``m`` names: inside it, right after it (a proclitic «لـ»/«بـ»
    on the body's first word, or «في» before it), or by the bare head noun of a body named before ``m``."""
    span = _role_span(doc, m)
    if span is None:
        return None
    start, end = span
    inside = next((e for o, e in placed if start < o.start and o.end <= end), None)
    if inside is not None or end <= m.start:
        return inside  # (a role before the name: the adjective before the name tells, :func:`.nationality.nisba_before`)
    words = list(re.finditer(r"\S+", doc.text[end : end + 60]))
    if not words or words[0].start() != 1:
        return None
    at = end + 1
    for p in (at + 1, at + 2):  # «للحزب ...», «لحزب ...», «بالوزارة ...»: the body after its proclitic
        if p in by_start and doc.text[at] in "لب":
            return by_start[p]
    if norm_key(words[0].group()) in _GAP and len(words) > 1:
        nxt = end + words[1].start()
        got = next((by_start[p] for p in range(nxt, nxt + 3) if p in by_start), None)
        if got is not None:
            return got
    return _named_before(g, m, words[0].group(), words[1].group() if len(words) > 1 else "", placed)


def _spokesman_of(doc: Doc, m: Mention, starts: dict[int, Entity],
                  ends: dict[int, tuple[int, Entity]]) -> Entity | None:
    """Round au954: the body of a country whose spokesman ``m`` is named, «باسم» it right before or after his name,
    or right before the title recorded before his name («المتحدث باسم الجيش، العقيد X»); None elsewhere."""
    body = spokesman_body(doc, m, starts, ends)
    span = _role_span(doc, m) if body is None else None
    if span is not None and span[1] <= m.start:
        body = spokesman_body(doc, replace(m, start=span[0]), starts, ends)
    return body


def _founded(doc: Doc, m: Mention, roles: list[str], by_start: dict[int, Entity]) -> Entity | None:
    """Round 67: the body a founder's or leader's role right after the name governs, in construct («الشيخ X مؤسس
    الحركة الإسلامية في إسرائيل», its country found after «في»): the role is one of the person's roles, it ends
    in a word of ``founder_roles`` and the body's mention starts one space after it; else None."""
    rest = doc.text[m.end : m.end + 40]
    lead = len(rest) - len(rest.lstrip(" ،,"))
    for role in roles:
        words = role.split()
        if words and norm_key(words[-1]) in fw("founder_roles") and rest[lead:].startswith(role + " "):
            return by_start.get(m.end + lead + len(role) + 1)
    return None


def _named_before(g: Gazetteer, m: Mention, word: str, nxt: str,
                  placed: list[tuple[Mention, Entity]]) -> Entity | None:
    """«الأمين العام للحزب» after a party named before: the last body with a country of that head noun named before
    ``m``, where all of them are of one country and the head noun ends the phrase (no definite word of a name
    after it: «للحزب الحاكم» is another)."""
    clean = word.rstrip("،,.:؛")
    if word[:1] not in "لب" or clean == word and norm_key(nxt).startswith("ال"):
        return None
    heads = [k[2:] for k, _, _ in clitic_variants(clean) if k.startswith("ال") and (k[2:],) in g.org_heads]
    if not heads:
        return None
    got = [e for o, e in placed if o.start < m.start and norm_key(e.name.split()[0]).removeprefix("ال") == heads[0]]
    return got[-1] if got and len({e.country for e in got}) == 1 else None


def _served_head(doc: Doc, m: Mention, persons: list[tuple[Mention, Entity]]) -> Entity | None:
    """Round en936: «ليزا موناكو، مستشارة الرئيس أوباما»: the role right after ``m`` opens on a noun of a personal
    aide (``aide_role_nouns``, with «الـ» or not) and the name of a state's officer (his actor the government of his
    country) follows it after one space: that officer, else None (a role with no name after it: «مستشار الرئيس»)."""
    span = _role_span(doc, m)
    if span is None or span[0] < m.end:
        return None
    start, end = span
    words = doc.text[start:end].split()
    if len(words) < 2 or norm_key(words[0]).removeprefix("ال") not in fw_keys("aide_role_nouns"):
        return None
    head = next((e for o, e in persons if o.start == end + 1 and e is not None), None)
    if head is None or doc.text[end : end + 1] != " " or not head.country:
        return None
    sector = (head.actor or "").removeprefix(head.country) or str(head.attrs.get("sector") or "")
    return head if sector == "GOV" else None  # (his actor is given later: his sector tells it)


def _possessor(doc: Doc, m: Mention, persons: list[tuple[Mention, Entity]]) -> tuple[str, str] | None:
    """«رئيس الوزراء التونسي X ووزير خارجيته Y»: a title with a possessive pronoun right before ``m``; the country
    of the person named last before it in its sentence, and the title (without its «و»)."""
    before = doc.text[max(0, m.start - 40) : m.start]
    got = _POSSESSED.search(before)
    if got is None:
        return None
    key = norm_key(got.group(2))
    if (key[:-1] if key.endswith("ها") else key) not in {k[:-1] if k.endswith("ها") else k for k in fw("possessed_portfolios")}:
        return None
    start = m.start - len(before) + got.start()
    prev = [(o, e) for o, e in persons if o.end <= start and start - o.end <= 120
            and not any(ch in ".؟!\n" for ch in doc.text[o.end : start])]
    if not prev or not prev[-1][1].country:
        return None
    return str(prev[-1][1].country), got.group(1)


def _listed_with(doc: Doc, m: Mention, placed: list[tuple[Mention, Entity]]) -> str | None:
    """«استقبله ... وأمين عمان X، ومحافظ العاصمة Y، وعدد من المسؤولين في الحكومة الأردنية»: a person in a list of
    titled persons joined by «، و» that closes on a number of officials of a body or a country is of that country;
    None where the list is broken (a chunk with no «و», a sentence's end) or closes on nothing with a country."""
    tail = doc.text[m.end : m.end + 600]
    got = _CLOSING.search(tail)
    if got is None or any(ch in ".؟!\n:؛" for ch in tail[: got.start()]):
        return None
    chunks = tail[: got.start()].split("،")
    if len(chunks) > 12 or not all(c.strip().startswith("و") for c in chunks[1:] if c.strip()) \
            or chunks[0].strip() and not chunks[0].strip().startswith("و"):
        return None  # («X وزير الداخلية، وعدد من ...» is X's role, then the list: the role's words are no chunk)
    at = m.end + got.end()
    body = next((e for o, e in placed if at - 4 <= o.start <= at + 2), None)
    return body.country if body is not None else None
