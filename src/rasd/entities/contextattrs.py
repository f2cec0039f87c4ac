"""Attributes the words right around an entity's mentions give, once the entities are built (round en355).

- «وقال الملا عمر»: a man known by a cleric's title and one name is the one the table of such men names
  (:data:`TITLED_PERSONS`); a single name after «الملا» alone is no official's surname («الملا حسن» is no
  Lebanese minister Hassan), so a lexicon link through that surname is dropped;
- «نقطتي السلوم المصرية والبردي الليبية»: a town followed by the feminine adjective of another state than the
  one the place list gives it is a town of that state (not Paraguay's «البردي»);
- «هيئة السوق المالية في فنزويلا», «الجهاز المركزي للإحصاء في السودان»: a public body of no country, named
  right before «في/بـ» and a place or body of one country, is of that country (not an embassy, a mission or an
  international body: those serve elsewhere); a military body's «المشتركة» is its services' («قيادة العمليات
  المشتركة في العراق»: Iraq's, round en451), no body of several states;
- «هيئة الإذاعة البريطانية»: a broadcaster or paper whose name gives its country is that country's media
  (``<ISO>MED``); a body of no actor named right after «صحيفة/قناة/مجلة/تلفزيون/إذاعة» (or «وكالة» + quote
  marks) is the press, of the country of the adjective after it and its kind («قناة «جيو» التلفزيونية
  الباكستانية»: PAKMED), else ``MED``;
- «النائب السابق للملا عمر الملا أختر محمد منصور»: a cleric's title inside a tagger's name opens a second man's
  name (:func:`cleric_seams`, before clustering);
- «منع حصول كيان كردي مستقل»: a tagger's «person» of no given name that ends in the indefinite adjective of a
  people is a noun and its adjective, no one (:func:`people_adjective_persons`, before clustering);
- «طائرة مقاتلة من نوع جنكدو جي – 10»: a «person» whose every mention runs into a dash and a number is a
  model's name (MISC), no person.
"""

from __future__ import annotations

import re

from ..doc import Doc, Entity, Mention
from ..text.normalize import norm_key
from .bodysectors import opening_sector
from .gazetteer import Gazetteer, clitic_keys
from .splitnames import set_span

# (title, name) → (country, actor): men the news names by a cleric's title and one name, no surname of their own
# (reviewed: Mullah Mohammed Omar, the Taliban's founder and leader; his death was told in July 2015)
TITLED_PERSONS: dict[tuple[str, str], tuple[str, str]] = {
    ("الملا", "عمر"): ("AFG", "AFGREB"),
    ("الملا", "محمد عمر"): ("AFG", "AFGREB"),
}
# a cleric's title written right before the name (with «و/لـ/بـ» on it)
_CLERIC_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:ال|لل|بال)?ملا\s+$")
_CLERIC_ROLES = frozenset({"الملا", "ملا"})

# the heads of public bodies whose seat the words after them may give
BODY_HEADS = frozenset(norm_key(w) for w in (
    "هيئة", "الهيئة", "جهاز", "الجهاز", "مجلس", "المجلس", "لجنة", "اللجنة", "وزارة", "الوزارة", "قيادة",
    "القيادة", "جامعة", "الجامعة", "البنك", "بنك", "المصرف", "مصرف", "محكمة", "المحكمة", "النيابة", "نيابة",
    "مكتب", "الحزب", "حزب", "المعهد", "معهد", "مديرية", "المديرية", "كلية", "الكلية", "مركز", "المركز",
))
# ... but not a body that serves abroad or a body of several states
_ABROAD = frozenset(norm_key(w) for w in (
    "سفارة", "السفارة", "قنصلية", "القنصلية", "بعثة", "البعثة", "ممثلية", "الممثلية", "وفد", "الوفد",
))
_INTERNATIONAL = frozenset(norm_key(w) for w in (
    "الدولي", "الدولية", "العالمي", "العالمية", "الأوروبي", "الأوروبية", "العربي", "العربية", "الأممي",
    "الأممية", "الخليجي", "الخليجية", "الإسلامي", "الإسلامية", "المشترك", "المشتركة", "الأمم", "للأمم",
))
# a military body's «joint» is its services', no states' («قيادة العمليات المشتركة», round en451)
_SERVICES_JOINT = frozenset(norm_key(w) for w in ("المشترك", "المشتركة"))
_SEAT = re.compile(r"^\s+(?:في\s+|ب(?=\S)|ل(?=\S))")

# the first words of a broadcaster's or a paper's name
MEDIA_HEADS = tuple(tuple(norm_key(w) for w in h.split()) for h in (
    "هيئة الإذاعة", "إذاعة", "الإذاعة", "تلفزيون", "التلفزيون", "قناة", "صحيفة", "جريدة", "مجلة",
))
# nouns that surely name the press before a name (not «موقع», «شبكة»: a site or a network of anything); «وكالة»
# only before quote marks («وكالة «باسيج نيوز»», not «وكالة هيئة إدارة الكوارث»)
PRESS_NOUNS = frozenset(norm_key(w) for w in ("صحيفة", "جريدة", "قناة", "مجلة", "تلفزيون", "إذاعة", "فضائية"))
_AGENCY = norm_key("وكالة")
# the words of a medium's kind between its name and its country's adjective
_MEDIUM_KINDS = frozenset(norm_key(w) for w in (
    "التلفزيونية", "الإخبارية", "الرسمية", "الحكومية", "المحلية", "اليومية", "الأسبوعية", "الفضائية",
    "الإلكترونية", "الخاصة", "المستقلة",
))
_MARKS = "«»\"'()"
_MODEL_AFTER = re.compile(r"^\s*[-–—]\s*\d")


def _mention_ids(doc: Doc) -> dict[tuple[int, int], Entity]:
    return {(m.start, m.end): e for e in doc.entities for m in e.mentions}


def titled_persons(doc: Doc) -> None:
    """«الملا عمر»: the man :data:`TITLED_PERSONS` names; «الملا حسن» linked by a surname alone: no such link."""
    for e in doc.entities:
        if e.type != "PERSON":
            continue
        titled = [m for m in e.mentions if _CLERIC_BEFORE.search(doc.text[max(0, m.start - 12):m.start])]
        if not titled:
            continue
        known = TITLED_PERSONS.get(("الملا", " ".join(doc.text[m.start:m.end] for m in titled[:1])))
        if known is None:
            known = next((TITLED_PERSONS[k] for k in TITLED_PERSONS if k[1] == e.name), None)
        if known is not None:
            if not e.country:
                e.country = known[0]
            if not e.actor or e.actor.endswith("ELI"):
                e.actor = known[1]
            e.attrs["country_from"] = e.attrs.get("country_from", "titled")
            continue
        if len(e.name.split()) == 1 and e.attrs.get("gazetteer") and e.roles \
                and set(e.roles) <= _CLERIC_ROLES and not e.attrs.get("country_from"):
            e.country = e.actor = None  # «الملا حسن»: a mullah's given name, no minister's surname
            del e.attrs["gazetteer"]


def foreign_adjective_places(doc: Doc, gaz: Gazetteer) -> None:
    """«والبردي الليبية»: a town every mention of which the feminine adjective of another state follows."""
    for e in doc.entities:
        if e.type != "LOCATION" or not e.country or str(e.attrs.get("kind", "")) == "country":
            continue
        if str(e.attrs.get("gazetteer", "")).startswith("LOC:") and str(e.attrs["gazetteer"]).count(":") == 1:
            continue  # a state itself
        isos = set()
        for m in e.mentions:
            after = doc.text[m.end:m.end + 25].split()
            word = after[0].rstrip("،,.:؛") if after and doc.text[m.end:m.end + 1] == " " else ""
            iso = gaz.nisba.get(norm_key(word)) if word.endswith("ة") and word.startswith("ال") else None
            isos.add(iso)
        if len(isos) == 1 and (iso := isos.pop()) is not None and iso != e.country:
            e.country = iso
            e.actor = None
            e.attrs["country_from"] = "adjective"


def seated_bodies(doc: Doc) -> None:
    """«هيئة السوق المالية في فنزويلا»: a public body of no country, of the country of the place or body that
    «في/بـ/لـ» brings right after its name."""
    spans = _mention_ids(doc)
    starts: dict[int, Entity] = {s: e for (s, _), e in spans.items()}
    for e in doc.entities:
        if e.type != "ORGANIZATION" or e.country or e.actor:
            continue
        words = [norm_key(w) for w in e.name.split()]
        if len(words) < 2 or words[0] not in BODY_HEADS or words[0] in _ABROAD:
            continue
        wide = set(words) & _INTERNATIONAL
        if wide and not (wide <= _SERVICES_JOINT and opening_sector(e.name) == "MIL"):
            continue
        for m in e.mentions:
            seat = _SEAT.match(doc.text[m.end:m.end + 8])
            other = starts.get(m.end + seat.end()) if seat else None
            if other is not None and other is not e and other.country and other.type in ("LOCATION", "ORGANIZATION") \
                    and not (other.actor or "").startswith(("IGO", "NGO", "IMG")):
                e.country = other.country
                e.attrs["country_from"] = "seat"
                break


def _press_country(doc: Doc, gaz: Gazetteer, start: int, end: int) -> tuple[bool, str | None]:
    """Is the name at ``start``–``end`` one a press noun opens, and the country of the adjective after it."""
    before = doc.text[max(0, start - 16):start]
    quoted = before.rstrip()[-1:] in _MARKS
    words = before.rstrip(" " + _MARKS).split()
    if not words:
        return False, None
    keys = clitic_keys(words[-1])
    if not (keys & PRESS_NOUNS or quoted and _AGENCY in keys):
        return False, None
    rest = [k for w in doc.text[end:end + 60].split() if (k := w.strip(_MARKS + "،,.:؛"))]
    while rest and norm_key(rest[0]) in _MEDIUM_KINDS:
        rest = rest[1:]
    iso = gaz.nisba.get(norm_key(rest[0])) if rest and rest[0].startswith("ال") else None
    return True, iso


def media_actors(doc: Doc, gaz: Gazetteer) -> None:
    """«هيئة الإذاعة البريطانية»: a broadcaster or paper of a known country and no actor is that country's media;
    «لصحيفة «جهان»»: a body of no actor a press noun names is the press."""
    for e in doc.entities:
        if e.type != "ORGANIZATION" or e.actor:
            continue
        words = tuple(norm_key(w) for w in e.name.split())
        if e.country and any(words[:len(h)] == h and len(words) > len(h) for h in MEDIA_HEADS):
            e.actor = e.country + "MED"
            continue
        press = [got for m in e.mentions if (got := _press_country(doc, gaz, m.start, m.end))[0]]
        if press:
            iso = e.country or next((iso for _, iso in press if iso), None)
            e.country = iso
            e.actor = (iso or "") + "MED"


def model_names(doc: Doc) -> None:
    """«جنكدو جي – 10»: no person (or body of no actor) where every mention runs into a dash and a number (a model's name)."""
    for e in doc.entities:
        if (e.type == "PERSON" and not e.roles or e.type == "ORGANIZATION" and not e.actor) and e.mentions and all(
                _MODEL_AFTER.match(doc.text[m.end:m.end + 6]) for m in e.mentions):
            e.type = "MISC"
            e.country = e.actor = None
            e.attrs.pop("gender", None)
            spans = {(m.start, m.end) for m in e.mentions}
            for m in doc.mentions:
                if (m.start, m.end) in spans:
                    m.type = "MISC"


def people_adjective_persons(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«بروز كيان كردي»: no person where no word before an indefinite people's adjective is a given name."""
    for m in list(mentions):
        words = m.text.split()
        if m.type != "PERSON" or m.attrs.get("role") or len(words) < 2 or words[-1].startswith("ال") \
                or not gaz.people_adjective(norm_key(words[-1])):
            continue
        if not any((w := gaz.name_word(norm_key(x))) is not None and "g" in w.flags for x in words[:-1]):
            mentions.remove(m)


def cleric_seams(doc: Doc, mentions: list[Mention]) -> None:
    """«للملا عمر الملا أختر محمد منصور»: two men, the one before «الملا» and the one it titles."""
    for m in list(mentions):
        at = m.text.find(" الملا ") if m.type == "PERSON" else -1
        if at <= 0:
            continue
        first = Mention(m.start, m.start + at, "", "PERSON", m.source, "", None, {})
        set_span(doc, first, m.start, m.start + at)
        set_span(doc, m, m.start + at + 7, m.end)
        mentions.append(first)


def context_attributes(doc: Doc, gaz: Gazetteer) -> None:
    titled_persons(doc)
    foreign_adjective_places(doc, gaz)
    seated_bodies(doc)
    media_actors(doc, gaz)
    model_names(doc)
