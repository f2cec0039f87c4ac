"""Round 134 of real news: senses of meeting, hosting, targeting and talks that the trigger's entry does not tell.
«قد لا يلتقي الطرفان في كل المسائل» (sides that converge on issues: ``converging_points``) holds no meeting;
«استقبلت إيطاليا 170 ألف مهاجر», «وقد استقبلت القاعدة أرتالا من الدبابات» (a count of migrants or displaced,
``hosted_crowds``, or convoys and shipments, ``hosted_supplies``) host no visit; «ويستهدف مشروع القانون مرتكبي
الأعمال» (a law, a decree or sanctions aim at someone: ``paper_targeters``) is no attack; and «محادثات السلام»,
«محادثات لوقف إطلاق النار», «محادثات الائتلاف» (talks on peace, a truce or a coalition: ``negotiated_topics``) are
a negotiation (CAMEO 046), not mere consultation (040)."""

from __future__ import annotations

from functools import lru_cache

from ..doc import Doc
from .chunks import clause_stop
from .forms import fw, nkey
from .lexicon import Entry, Hit, lexicon

POINT_REACH = 4  # words after a meeting verb to the «في» of the points its subjects converge on
HOSTED_REACH = 8  # words after a hosting verb read for its object (past its subject, «نحو», a number)
ASIDE_REACH = 3  # words of a comma-enclosed aside after a site subject of hosting («، أمس ،»)
LIST_REACH = 12  # words after a law's aim where the acts it lists stand («مرتكبي الأعمال (اعتداءات واحتجاز رهائن)»)
TOPIC_REACH = 2  # words after «محادثات» read for what the talks are about («محادثات السلام», «محادثات سلام»)
ALL_WORDS = ("كل", "جميع", "بعض", "معظم")


def _plain(doc: Doc, t: int) -> str:
    """Token ``t``'s key less a «و» and the article («والمسائل» → «مسائل»)."""
    key = doc.tokens[t].norm_key
    if key[:1] == "و" and key[1:3] == "ال":
        key = key[1:]
    return key.removeprefix("ال")


@lru_cache(maxsize=None)  # (a fixed word list's keys: the same each call)
def _words(name: str) -> frozenset[str]:
    return frozenset(w.removeprefix("ال") for w in fw(name))


def converging(doc: Doc, hit: Hit, b: int) -> bool:
    """«قد لا يلتقي الطرفان في كل المسائل», «يلتقي في جانب واحد منها حلفاء وخصوم»: a meeting verb whose «في»
    (within ``POINT_REACH`` words, in its clause) names issues, aims or a side (``converging_points``) tells where
    views meet, no meeting held («يلتقي الوزيران في الدوحة» still is one)."""
    if hit.entry.id != "meet" or hit.pos != "V":
        return False
    points = _words("converging_points")
    for t in range(hit.j + 1, min(b - 1, hit.j + 1 + POINT_REACH)):
        if clause_stop(doc.tokens[t].text):
            return False
        if doc.tokens[t].norm_key == "في":
            k = t + 1
            if doc.tokens[k].norm_key in ALL_WORDS and k + 1 < b:
                k += 1
            return _plain(doc, k) in points
    return False


def _counted(doc: Doc, t: int, lo: int) -> bool:
    """Whether token ``t`` follows a number or a word of a count («ألف», «آلاف», «مئات»)."""
    if t - 1 < lo:
        return False
    prev = doc.tokens[t - 1].text
    return any(ch.isdigit() for ch in prev) or _plain(doc, t - 1) in _words("count_words")


def hosted_crowd(doc: Doc, hit: Hit, b: int) -> bool:
    """«وكانت قد استقبلت 170 ألف مهاجر», «وتستقبل الولاية نحو 140 ألف نازح», «استقبلت القاعدة أرتالا من
    الدبابات»: a hosting verb whose object, within ``HOSTED_REACH`` words in its clause, is a count of migrants,
    refugees or displaced (``hosted_crowds``) or convoys and shipments (``hosted_supplies``): no visit hosted
    («استقبل الرئيس وفدا يمثل اللاجئين» still hosts one); round mend812: after a site subject (``hosting_sites``:
    «استقبلت القاعدة العسكرية، أمس، أرتالا», «استقبل المستشفى جرحى») past an aside of a few words between commas,
    and crowds need no count («استقبلت الرياض الرئيس»: a capital hosting a guest, still a visit)."""
    if hit.entry.id != "host" or hit.pos != "V":
        return False
    crowds, supplies = _words("hosted_crowds"), _words("hosted_supplies")
    site = hit.j + 1 < b and _plain(doc, hit.j + 1) in _words("hosting_sites")
    aside = False
    for t in range(hit.j + 1, min(b, hit.j + 1 + HOSTED_REACH)):
        if clause_stop(doc.tokens[t].text):
            if not (site and doc.tokens[t].text in "،," and (aside or _aside(doc, t, b))):
                return False
            aside = not aside
            continue
        key = _plain(doc, t)
        if key in supplies or key in crowds and (site or _counted(doc, t, hit.j + 1)):
            return True
    return False


def _aside(doc: Doc, t: int, b: int) -> bool:
    """Round mend812: the comma ``t`` opens an aside of a few words closed by another comma («استقبلت القاعدة
    العسكرية، أمس، أرتالا»), read past after a site subject (``hosting_sites``) of a hosting verb."""
    return any(doc.tokens[k].text in ("،", ",") for k in range(t + 2, min(b, t + 2 + ASIDE_REACH)))


def paper_target(doc: Doc, hit: Hit, b: int) -> bool:
    """«ويستهدف مشروع القانون مرتكبي الأعمال», «العقوبات تستهدف شركات»: a targeting verb whose subject, the word
    right after it or right before it in its clause, is a law, a draft, a decree, a decision or sanctions
    (``paper_targeters``): what it aims at is no attack."""
    if hit.entry.id != "target" or hit.pos != "V":
        return False
    papers = _words("paper_targeters")
    if hit.j + 1 < b and _plain(doc, hit.j + 1) in papers:
        return True
    return hit.i - 1 >= 0 and not clause_stop(doc.tokens[hit.i - 1].text) and _plain(doc, hit.i - 1) in papers


def law_listed(doc: Doc, hit: Hit, hits: list[Hit], b: int) -> bool:
    """«ويستهدف مشروع القانون مرتكبي «الأعمال (اعتداءات واحتجاز رهائن...)»»: a noun of an act after a law's aim
    (``paper_target``), within ``LIST_REACH`` words after it, names a kind of act the law is about, none done (a
    verb after it, «موضحا أن تونس رفضت», is still told)."""
    return hit.pos == "N" and any(h.i < hit.i <= h.j + LIST_REACH and paper_target(doc, h, b) for h in hits)


def not_an_act(doc: Doc, hit: Hit, hits: list[Hit], b: int) -> bool:
    """Any of this module's non-events: views that converge, crowds or supplies received, a law's aim and the
    acts it lists."""
    return converging(doc, hit, b) or hosted_crowd(doc, hit, b) or paper_target(doc, hit, b) \
        or law_listed(doc, hit, hits, b)


@lru_cache(maxsize=1)
def negotiation() -> Entry:
    """The lexicon's negotiation (046), what talks on peace or a truce are."""
    return next(e for options in lexicon().values() for e, _ in options if e.id == "negotiate")


def peace_talks(doc: Doc, hit: Hit, b: int) -> bool:
    """«جولة ثانية من محادثات السلام», «محادثات سلام غير مسبوقة», «انطلاق محادثات لوقف إطلاق النار», «محادثات
    الائتلاف الحكومي»: talks whose next words (within ``TOPIC_REACH``) name peace, a truce, a settlement or a
    coalition (``negotiated_topics``) are a negotiation («محادثات مع المسؤولين» stay talks)."""
    if hit.entry.id not in ("talks", "discuss_with") or hit.pos != "N":
        return False
    topics = _words("negotiated_topics")
    for t in range(hit.j + 1, min(b, hit.j + 1 + TOPIC_REACH)):
        if clause_stop(doc.tokens[t].text):
            return False
        key = _plain(doc, t)
        if key in topics or key[:1] == "ل" and key[1:].removeprefix("ل") in topics:
            return True
    return False
