"""A country for entities that have none, from the post or the body the text ties them to (round 53):

- a state body with a generic name («الهيئة العامة للطيران المدني», «المؤسسة العامة لـ...», «وزارة ...» that no
  rule placed) is of the one country whose state bodies its sentences name («... مجلس الوزراء السعودي ... بناء على
  طلب من الهيئة العامة ...»), else of the country the article is about (its dateline, its state agency);
- a person whose office, right after his name, is in a body named by its bare head noun («X، وكيل الوزارة لشؤون
  ...»): the last body of that head noun named before him, where those are all of one country (its sector too);
- a person appointed or moved («تعيين X على وظيفة (...) بوزارة الخارجية», «أما في وزارة الداخلية فقد تم تعيين X»)
  in a state body of one country his sentence names where the post is (after «في» or «بـ»), or named as a state
  body's representative («X ممثلاً لوزارة العمل», «ممثلا عن وزارة التجارة»; round 56);
- a person whose rank or honorific (or «المعارض», round 56) stands between his name and a country adjective
  («المرجع الإيراني آية الله X», «الجانب السعودي الأمير X», «القيادي السوري المعارض X»), read as :func:`.nationality.nisba_before` reads the adjective right before a name;
  not a royal title after a state officer's («استقبل الرئيس المصري الأمير X»: a visitor).

Called by :meth:`.resolve.Resolver.entities` after the bodies a role names, and once more with the article's own
country. A person of one country working in another keeps his own: nothing here reads where he is.
"""

from __future__ import annotations

import re

from ..doc import Doc, Entity, Mention, Span
from ..events.forms import fw, fw_keys
from ..text.normalize import norm_key
from .apposedtitles import apposed_title_country
from .gazetteer import Gazetteer, clitic_variants
from .homeland import STATE_SECTORS
from .nationality import nisba_before
from .personloops import take_country, unplaced_persons

_PUNCT = ".،,؛:()«»\"\n!?؟"
_BREAKS = "،,.؛:\n!?؟"
# a post named right after a person: «، على وظيفة», «في منصب» (the noun checked against ``post_nouns``)
_POST = re.compile(r"\s*[،,]?\s*(?:على|في|ب)\s*(\S+)")
# the words that may stand between a state body named before a person and his appointment («فقد تم تعيين»)
_LINKS = frozenset(norm_key(w) for w in ("فقد", "قد", "تم", "وتم", "فتم", "و"))


def post_countries(doc: Doc, g: Gazetteer, ents: list[Entity], mentions: dict[str, list[Mention]],
                   home: str | None = None, final: bool = False) -> None:
    """Fill the country (and sector) of the bodies and persons of the module's doc, in place; ``mentions``: each
    entity id's mentions; ``home``: the country the article is about, or None; ``final``: the call after the
    article's country was guessed (the generic bodies are read then only: that country comes before a foreign
    body their sentence names, «... بوزارة الداخلية ... جهاز المخابرات القطري»)."""
    if home is not None or final:
        _generic_bodies(doc, ents, mentions, home)
    bodies = [(m, e) for e in ents if _state_body(e) for m in mentions.get(e.id, ())]
    placed = [(m, e) for e in ents if e.type == "ORGANIZATION" and e.country for m in mentions.get(e.id, ())]
    lands = [(sp.start, str(e.country)) for e in ents if e.type == "LOCATION" and e.country
             and e.attrs.get("kind") == "country" for sp in e.mentions]
    for e, ms in unplaced_persons(ents, mentions):
        for m in ms:
            if m.source in ("coref", "anaphor"):
                continue
            iso = _party_of_country(doc, m, lands)
            if iso is not None:
                e.country = iso  # «X، الأمين العام لحزب نداء تونس»
                e.attrs["country_from"] = "party"
                break
            body = _bare_body(doc, m, placed) or _appointed(doc, m, bodies) or _represents(doc, m, bodies)
            if body is not None and body.country:
                take_country(e, body, "post:")
                break
            got = _adjective_over_title(doc, g, m)
            if got is not None:
                e.country = got[0]
                e.attrs["country_from"] = "adjective"
                if got[1] and not e.attrs.get("sector"):
                    e.attrs["sector"] = got[1]
                break
            got = apposed_title_country(g, doc.text, m)
            if got is not None:
                e.country = got[0]  # «مستشارة الأمن القومي الأميركي، X», «X، عضو لجنة ... الإيراني،»
                e.attrs["country_from"] = "apposition"
                if got[1] and not e.attrs.get("sector"):
                    e.attrs["sector"] = got[1]
                break


def _state_body(e: Entity) -> bool:
    """Is ``e`` a body of a state with its country: a government, military, legislative, judicial or security one
    (SAUGOV, USAGOV)?"""
    return e.type == "ORGANIZATION" and bool(e.country) and bool(e.actor) and str(e.actor).startswith(str(e.country)) \
        and str(e.actor)[len(str(e.country)) :] in STATE_SECTORS


def _sentence(doc: Doc, pos: int) -> Span:
    return next((s for s in doc.sentences if s.start <= pos < s.end), Span(0, len(doc.text)))


_COURT = (norm_key("المحكمة"), norm_key("محكمة"))


def _generic_bodies(doc: Doc, ents: list[Entity], mentions: dict[str, list[Mention]], home: str | None) -> None:
    """A body with a generic name of a state's body and no country or code takes ``home``, else the one country
    of the state bodies its sentences name (a bare ministry the lists read, «وزارة الداخلية», keeps its sector;
    so does a state's body named by its head noun alone, «أوضحت النيابة ... مختبر الدرك»: round en395)."""
    heads = [tuple(h.split()) for h in fw("generic_state_body_heads")]
    placed = {str(x.country) for x in ents if x.country}
    sole = home or (next(iter(placed)) if len(placed) == 1 else None)  # (the one country the article's entities
    # are of, where it guesses none)
    for e in ents:
        if e.type != "ORGANIZATION" or e.country or e.actor and not e.attrs.get("bare_sector"):
            continue
        if sole and not e.actor and any(norm_key(e.name) == b or norm_key(e.name).startswith(b + " ")
                                        for b in fw_keys("home_state_bodies")):  # («... للانتخابات البرلمانية»)
            # round ents100: «المحكمة الاتحادية», «اللجنة العليا للانتخابات» (a court, a commission every state
            # may have) in an article about one state, or naming one country only: that state's
            e.country, e.actor = sole, sole + ("JUD" if norm_key(e.name).startswith(_COURT) else "GOV")
            e.attrs["kind"] = "gov"
            e.attrs["country_from"] = "article"
            continue
        words = norm_key(e.name).split()
        lone = len(words) == 1 and bool(e.attrs.get("bare_sector"))  # «أوضحت النيابة» (round en395)
        if not lone and (len(words) < 2 or not any(tuple(words[: len(h)]) == h and len(words) > len(h)
                                                   for h in heads)):
            continue
        sents = {_sentence(doc, m.start) for m in mentions.get(e.id, ())}
        near = {str(x.country) for x in ents if x is not e and _state_body(x) for sp in x.mentions
                if any(s.start <= sp.start < s.end for s in sents)}
        iso = home or (near.pop() if len(near) == 1 else None)
        if iso:
            e.country, e.actor = iso, iso + str(e.attrs.get("bare_sector") or "GOV")
            e.attrs["kind"] = "gov"
            e.attrs["country_from"] = "article" if home else "sentence"


def _bare_body(doc: Doc, m: Mention, placed: list[tuple[Mention, Entity]]) -> Entity | None:
    """«X، وكيل الوزارة لشؤون ...», «مدير الهيئة X»: an office in a body named by its bare definite head noun right
    after or before the name; the last body with a country of that head noun named before ``m``, where all of
    them are of one country; else None."""
    text = doc.text
    rest = text[m.end : m.end + 80]
    lead = len(rest) - len(rest.lstrip(" "))
    if rest[lead : lead + 1] in ("،", ","):
        lead += 1
    after = [w.group() for w in re.finditer(r"\S+", rest[lead:])][:5]
    head = _office_head(after)
    if head is None:
        before = text[max(0, m.start - 60) : m.start]
        if before[-1:] == " ":
            words = before.split()
            for n in (2, 3, 4):
                if len(words) >= n and not any(ch in _PUNCT for ch in " ".join(words[-n:])):
                    head = _office_head(words[-n:], last=True) or head
    if head is None:
        return None
    got = [e for o, e in placed if o.end <= m.start and norm_key(e.name.split()[0]).removeprefix("ال") == head]
    return got[-1] if got and len({e.country for e in got}) == 1 else None


def _office_head(words: list[str], last: bool = False) -> str | None:
    """The head noun (without its article) of «وكيل الوزارة», «الأمين العام للحزب» opening ``words`` (office words,
    then a definite head noun of a body with no definite word after it); with ``last``, the head ends ``words``."""
    offices = fw("office_words_before_body")
    for i, w in enumerate(words):
        clean = w.rstrip("،,.:؛")
        head = next((k for k, _, _ in clitic_variants(clean) if k.startswith("ال") and k in fw("definite_body_heads")),
                    None)
        if head is not None:
            if i == 0 or last and i != len(words) - 1:
                return None
            if clean == w and i + 1 < len(words) and norm_key(words[i + 1]).startswith("ال"):
                return None  # «الوزارة الأميركية», «الحزب الحاكم»: another body's name
            return head[2:]
        if norm_key(clean) not in offices or clean != w or i == 0 and norm_key(clean) in fw("office_word_tails"):
            return None  # («المرشد العام للجماعة»: no office of the list opens «العام للجماعة»)
    return None


def _party_of_country(doc: Doc, m: Mention, lands: list[tuple[int, str]]) -> str | None:
    """«X، الأمين العام لحزب نداء تونس», «X رئيس حركة ... في السودان»: an office right after the name, in a party
    or a movement («لحزب», «لحركة») whose name, to the clause's end, names one country: that country; else None."""
    text = doc.text
    rest = text[m.end : m.end + 120]
    lead = len(rest) - len(rest.lstrip(" "))
    if rest[lead : lead + 1] in ("،", ","):
        lead += 1
    offices = fw("office_words_before_body")
    for i, w in enumerate(re.finditer(r"\S+", rest[lead:])):
        word = w.group()
        if word[:1] in "لب" and i > 0 and word[1:] in fw("party_name_heads"):
            start = m.end + lead + w.start()
            cut = next((k for k in range(start, min(len(text), start + 100)) if text[k] in _PUNCT), start + 100)
            got = {iso for at, iso in lands if start < at < cut}
            return got.pop() if len(got) == 1 else None
        if any(ch in _PUNCT for ch in word) or norm_key(word) not in offices \
                or i == 0 and norm_key(word) in fw("office_word_tails"):
            return None
    return None


def _appointed(doc: Doc, m: Mention, bodies: list[tuple[Mention, Entity]]) -> Entity | None:
    """A person appointed or moved («تعيين X»), in a sentence whose state bodies are of one country, to a post in
    one of them: after him in his clause after «بـ» or «في» («على وظيفة (سفير) بوزارة الخارجية»), or before him
    after «في» with only «فقد تم»/«، و» and the appointment word between («وفي وزارة العدل، وتعيين X»)."""
    text = doc.text
    words = [w for w in text[max(0, m.start - 50) : m.start].split() if w != "/"]
    while words and norm_key(words[-1]) in fw("academic_honorifics"):
        words.pop()  # «تعيين المهندس X», «تعيين المهندس / X»
    post = _POST.match(text, m.end)  # «... تعيين كل من: ...، وX، على وظيفة «سفير» بوزارة الخارجية»
    if post is not None and norm_key(post.group(1)) not in fw("post_nouns"):
        post = None
    if post is None and (not words or not text[m.start - 1 : m.start].isspace()
                         or norm_key(words[-1]) not in fw("appointment_words")):
        return None
    end = post.end() if post is not None else m.end
    sent = _sentence(doc, m.start)
    cands = sorted(((o, e) for o, e in bodies if sent.start <= o.start < sent.end), key=lambda x: x[0].start)
    if not cands or len({e.country for _, e in cands}) != 1:
        return None
    for o, e in cands:
        if o.start >= end:
            between = text[end : o.start]
            if len(between) <= 120 and not any(ch in _BREAKS for ch in between) and _where(text, o.start):
                return e
        elif o.end <= m.start and _where(text, o.start, after_in=True):
            gap = [norm_key(w.strip(_PUNCT)) for w in text[o.end : m.start].split()]
            if all(not w or w in _LINKS or w in fw("appointment_words") for w in gap) \
                    and text[o.end : m.start].count("،") <= 1 and ("،" in text[o.end : m.start] or "تم" in gap):
                return e  # (a new clause: «رحب مصدر في وزارة ... بتعيين X» is no post in the ministry)
    return None


def _represents(doc: Doc, m: Mention, bodies: list[tuple[Mention, Entity]]) -> Entity | None:
    """«تعيين X ممثلاً لوزارة العمل», «X ممثلا عن وزارة التجارة»: a person named as one body's representative (the
    word right after his name, «لـ» or «عن» and the state body right after it): that body; else None."""
    text = doc.text
    got = re.match(r"\s*[،,]?\s*(\S+)\s+(عن\s+)?", text[m.end : m.end + 40])
    if got is None or norm_key(got.group(1)) not in fw("representative_words"):
        return None
    at = m.end + got.end()
    for o, e in bodies:
        if o.start == at and got.group(2) or o.start == at + 1 and not got.group(2) and text[at] == "ل":
            return e
    return None


def _where(text: str, start: int, after_in: bool = False) -> bool:
    """Is the body at ``start`` named as where a post is: after «في» («وفي») or with «بـ» on its first word
    (``after_in``: after «في» only; «بوزارة العدل، ونقل X» closes the post before)?"""
    if after_in:
        words = text[max(0, start - 8) : start].split()
        return bool(words) and text[start - 1 : start].isspace() and norm_key(words[-1]) in ("في", "وفي")
    if start >= 1 and text[start - 1] == "ب" and (start < 2 or not text[start - 2].isalpha()):
        return True
    if text[start : start + 1] == "ب":
        return True
    words = text[max(0, start - 8) : start].split()
    return bool(words) and text[start - 1 : start].isspace() and norm_key(words[-1]) in ("في", "وفي")


def _adjective_over_title(doc: Doc, g: Gazetteer, m: Mention) -> tuple[str, str | None] | None:
    """«المرجع الإيراني آية الله X»: one to three words of rank or honorific right before the name, a country
    adjective right before them; the adjective's country and sector as :func:`.nationality.nisba_before` reads
    them. None after a state officer's title and before a royal one («الرئيس المصري الأمير X»)."""
    text = doc.text
    if m.start < 2 or text[m.start - 1] != " ":
        return None
    words = list(re.finditer(r"\S+", text[max(0, m.start - 60) : m.start]))
    base = max(0, m.start - 60)
    k, royal, opposed = len(words), False, False
    while k > 0 and len(words) - k < 3:
        step = 0
        if k == len(words) and norm_key(words[k - 1].group()) in fw("opposition_nouns"):
            k, opposed = k - 1, True  # «القيادي السوري المعارض X»: the opposition's, the adjective before it
            continue
        for n in (2, 1):
            if k - n < 0:
                continue
            key = tuple(norm_key(w.group()) for w in words[k - n : k])
            t = g.titles.get(key)
            if t is not None and getattr(t, "kind", "") == "rank" or " ".join(key) in fw("honorifics"):
                step, royal = n, royal or (t is not None and getattr(t, "sector", None) is not None)
                break
        if not step:
            break
        k -= step
    if k == len(words) or k < 2:
        return None
    span = text[base + words[k - 1].start() : m.start]
    if any(ch in _PUNCT for ch in span) or "  " in span:
        return None
    prev = g.titles.get((norm_key(words[k - 2].group()),))
    if royal and prev is not None and getattr(prev, "sector", None) in STATE_SECTORS \
            and getattr(prev, "kind", "") == "office":
        return None
    shifted = Mention(base + words[k].start(), m.end, "", "PERSON")
    got = nisba_before(g, text, shifted)
    return (got[0], got[1] or "OPP") if got is not None and opposed else got
