"""An official the article names by his title only, a person of his own (round en530).

«وقال وزير مالية سريلانكا إن ...», «وأعلن قائد شرطة محافظة الأنبار اعتقال ...», «وقال وزير الخارجية الفرنسي»: a
title phrase of one office, of a country its words name (a country, a place of one, a nisba), that no named person
of the article holds and that nothing before linked to anyone, is a PERSON entity: its name the phrase, its role
the title, its country and sector those of the title (LKAGOV, IRQCOP). The same phrase again is the same person,
and a later bare «الوزير» links to him as to a named one (:meth:`.coref.Coreference.titles_only`).

No entity for a title with a name after it («وزير الخارجية جون كيري»), a title a named person of the article holds
(of his country and head, before or after it: «الوزير الفرنسي» → Fabius), a former office («وزير سابق»), an
indefinite title («وزير إسرائيلي»), a relation («نظيره») or a title of no country («الأمين العام»).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..doc import Doc, Mention
from ..events.forms import fw_bare_keys, fw_keys, nkey, plain_keys
from ..events.word_tests import past_conjunction
from ..text.normalize import norm_key
from .gazetteer import actor_at
from .nationality import FORMER
from .ownname import named_right_after
from .units import Found, TitleHit

if TYPE_CHECKING:
    from .coref import Cluster, Coreference

_GONE = (*FORMER, "المخلوع", "الراحل", "الراحلة", "المستقيل", "المقال")  # no longer in office


def _held(hit: TitleHit, text: str, persons: Sequence[Cluster]) -> bool:
    """Does a named person of the article hold a title of the hit's first head word and country, anywhere in it
    («رئيس الحكومة الهندية» after «رئيس الوزراء الهندي نارندرا مودي»)?"""
    first = hit.head.split()[0]
    if any(str(m.attrs.get("head") or "").split()[:1] == [first] and m.attrs.get("role_country") in (
            hit.country, None) for c in persons for m in c.mentions):
        return True
    opening = plain_keys(text)[:2]  # «أسامة البار، أمين العاصمة المقدسة ...»: a role after his name
    return any(plain_keys(str(r))[:2] == opening for c in persons for m in c.mentions
               for r in (m.attrs.get("role"), *m.attrs.get("extra_roles", ())) if r)


def _listed(hit: TitleHit, date: str | None, persons: Sequence[Cluster], res: Coreference) -> bool:
    """Is a named person of the article with no title in it a listed one of the hit's country and sector, whom the
    title may name («وقال خالد العطية ... وأكد وزير خارجية الدوحة»: Attiyah, QATGOV)?"""
    for c in persons:
        entry = res.g.by_id.get(c.entry) if c.entry else None
        if entry is None or entry.country != hit.country or any(m.attrs.get("role") for m in c.mentions):
            continue
        actor = (actor_at(entry.codes, date) if entry.codes else None) or entry.actor or ""
        if actor[3:6] == hit.sector:
            return True
    return False


def _apart(doc: Doc, hit: TitleHit, mentions: Sequence[Mention]) -> bool:
    """Does the hit run on over words not its own: a place after a definite word, which no genitive follows
    («وزار الوزير فرنسا», «ويزور وزير الخارجية الإيراني الكويت»: the place visited), or a place after a
    preposition the head alone governs («أضاف الوزير في القاهرة», «السفير لدى المملكة»: where he is, not his
    country)?"""
    words = doc.text[hit.start : hit.end].split()
    preps = fw_keys("prepositions")
    if len(words) > 1 and nkey(words[1]) in preps:
        return True
    for m in mentions:
        if m.type == "LOCATION" and hit.start < m.start < hit.end:
            before = doc.text[hit.start : m.start].split()
            if before and nkey(before[-1]) not in preps and nkey(before[-1]).removeprefix("و").startswith("ال"):
                return True
    return False


def _named_beside(doc: Doc, hit: TitleHit, mentions: Sequence[Mention]) -> bool:
    """Is the title apposed to a person's name: the name after it, past a comma or its post's place («السفير
    البريطاني لدى المملكة جون جنكنز», «سفير اليابان لدى مصر، جيرو كوداما»), or the name before it and a comma
    («لوريتا لينش، النائبة العامة الأميركية»)?"""
    for p in mentions:
        if p.type != "PERSON":
            continue
        if p.end <= hit.start and doc.text[p.end : hit.start].strip() == "،":
            return True
        if p.start < hit.end:
            continue
        gap = doc.text[hit.end : p.start].replace("،", " ").split()
        if not gap or (len(gap) == 1 and "،" not in doc.text[hit.end : p.start]):
            return True  # («وزيرة المهجرين اللبنانية أليس شبطيني»: a given name the tagger left out)
        preps = fw_keys("prepositions")
        if nkey(gap[0]) in preps and 1 < len(gap) <= 3 and not any(nkey(w) in preps for w in gap[1:]):
            return True  # («لدى المملكة»: a place the tagger may not name)
    return False


def _own(doc: Doc, hit: TitleHit, mentions: Sequence[Mention]) -> bool:
    """Is the hit a title of its own: no mention in it but a place's («المتحدث باسم الكرملين», «زعيم الحوثيين»: the
    body speaks and acts), and definite by its article or by a place's name it ends with («وزير مالية سريلانكا»,
    not «وزير إسرائيلي»)?"""
    if any(m.start < hit.end and hit.start < m.end and (m.type != "LOCATION" or m.start <= hit.start)
           for m in mentions):
        return False
    return hit.definite or any(m.end == hit.end and m.type == "LOCATION" for m in mentions)


def _governed(doc: Doc, hit: TitleHit, mentions: Sequence[Mention]) -> bool:
    """Is the title no subject of its own: an adjective of the definite noun right before it («الحزب الحاكم في
    اليونان», «اللجنة الرئيسة»), the genitive of a body or of its members («قوات الرئيس اليمني»: owner_party_heads,
    group_members), of a person of his («ممثل الرئيس الروسي»: title_holder_possessors) or the chair of a meeting
    («برئاسة رئيس مجلس الوزراء»: led_by_words)?"""
    before = doc.text[max(0, hit.start - 40) : hit.start]
    if not before.endswith(" "):
        return True  # «للرئيس»: the title starts inside a word (its article elided after «ل»)
    words = before.split()
    if not words or not words[-1][-1:].isalpha():
        return False
    key = plain_keys(words[-1])[0]
    bare = past_conjunction(nkey(words[-1]))
    if hit.definite and (bare.startswith(("ال", "لل", "بال", "كال")) or any(
            m.end == hit.start - 1 for m in mentions)):  # («لحزب سيريزا الحاكم في اليونان»)
        return True
    return any(key in fw_bare_keys(n) for n in (  # (after «معالي» the quotes layer finds who holds it: honorifics)
        "owner_party_heads", "group_members", "led_by_words", "title_holder_possessors", "honorifics"))


def _overrun(doc: Doc, hit: TitleHit) -> bool:
    """Does the hit run into a second title after a definite one («استقبل الوزير السفير الأميركي»: two men), over a
    word glued to «بـ/لـ/كـ» («اتصل الرئيس الفرنسي بالعاهل الأردني»: whom he called), or follow an untagged name of
    two words, the title his («لكن رحمة أمان وزير الداخلية الإندونيسي قال»)?"""
    from ..quotes.untagged_titled import name_word, title_word  # (the quotes package loads the entity layer)

    first, last = doc.token_at(hit.start), doc.token_at(hit.end - 1)
    if first is None or last is None:
        return False
    lead = nkey(doc.tokens[first].text).removeprefix("و")
    if lead.startswith("ال") and any(title_word(doc.tokens[t].norm_key) for t in range(first + 1, last + 1)):
        return True
    if any(w.kind == "proclitic" and nkey(w.form) in ("ب", "ل", "ك") for t in range(first + 1, last + 1)
           for w in doc.tokens[t].words):
        return True
    before = [t for t in (first - 2, first - 1) if t >= 0 and doc.tokens[t].text.isalpha()
              and not nkey(doc.tokens[t].text).startswith("ال") and name_word(doc, t)]
    return not lead.startswith("ال") and len(before) == 2


def _holder(doc: Doc, hit: TitleHit, found: Found, persons: Sequence[Cluster], mentions: Sequence[Mention],
            res: Coreference) -> bool:
    """Does the hit name an office holder of its own (the module's doc)?"""
    if hit.person is not None or hit.relation or hit.kind != "office" or hit.country is None or hit.sector is None:
        return False
    words = doc.text[hit.start : hit.end].split()
    if len(words) < 2 or any(w in _GONE for w in words) or nkey(words[0]) in fw_keys("spokesman_heads"):
        return False  # (a spokesman: the body he speaks for acts, `rasd.quotes`)
    if hit.head in fw_bare_keys("title_holder_envoy_heads"):
        return False  # «المبعوث اليمني»: the envoy to Yemen as often as Yemen's
    if not hit.definite and any(nkey(w) in fw_keys("prepositions") for w in words):
        return False  # «سفير سعودي لدى قبرص»: an indefinite title, its place no part of its name
    if _governed(doc, hit, mentions) or _apart(doc, hit, mentions) or _named_beside(doc, hit, mentions) \
            or _overrun(doc, hit):
        return False
    return (_own(doc, hit, mentions) and not _held(hit, doc.text[hit.start : hit.end], persons)
            and not _listed(hit, doc.date, persons, res) and not named_right_after(doc, hit, found))


def title_holders(doc: Doc, found: Found, clusters: list[Cluster], mentions: Sequence[Mention],
                  res: Coreference) -> list[Mention]:
    """New PERSON mentions (one cluster per distinct phrase, added to ``clusters``) of the officials named by their
    title only («وزير مالية سريلانكا» → a person of role «وزير مالية سريلانكا», LKA, GOV), and the bare titles
    after them that stand for them («وأضاف الوزير»)."""
    from .coref import Cluster  # (coref imports this package's modules at load)

    persons = [c for c in clusters if c.kind == "person"]
    out: list[Mention] = []
    by_phrase: dict[str, Cluster] = {}
    for hit in sorted(found.titles, key=lambda h: h.start):
        if not _holder(doc, hit, found, persons, mentions, res):
            continue
        text = doc.text[hit.start : hit.end]
        key = norm_key(text)
        m = Mention(hit.start, hit.end, text, "PERSON", "coref", key, None, {
            "via": "title-holder", "head": hit.head, "role": text, "sector": hit.sector,
            "role_country": hit.country, "title_kind": hit.kind})
        if key not in by_phrase:
            by_phrase[key] = Cluster(kind="person")
            clusters.append(by_phrase[key])
        by_phrase[key].mentions.append(m)
        out.append(m)
    if out:
        covered = bytearray(len(doc.text))
        for m in (*mentions, *out):
            covered[m.start : m.end] = b"\x01" * (m.end - m.start)
        out += res.titles_only(doc, found, list(by_phrase.values()), covered)
    return out
