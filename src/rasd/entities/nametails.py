"""Round 64: a body's name cut before the adjective that ends it.

«مصرف أبوظبي الإسلامي», «بنك الكويت الوطني» (a bank's head noun, one word of its name and an adjective of a
bank's name: ``bank_heads``, ``bank_name_adjectives``), «مجلس الأمن القومي», «حزب الأمة القومي», «جبهة التحرير
الوطني» (a council's, party's or front's head noun, one word and an adjective of such a body's name:
``tail_body_heads``, ``tail_body_adjectives``): a two-word organisation mention followed, after one space, by such
an adjective of the head's gender no other mention covers takes the adjective; a bank's head noun before a place and a bank's adjective
(«بنك قطر الوطني») is the bank, not the place. A listed body that the longer name is not
(«مجلس الأمن» of the UN inside «مجلس الأمن القومي», a state's council) loses its listing. The word lists are in
``function_words.json``."""

from __future__ import annotations

import re

from ..doc import Doc, Mention
from ..events.forms import fw  # data only (closed word lists), no stage
from ..text.normalize import norm_key
from .gazetteer import clitic_head_offset
from .mentionedits import reend

_NEXT = re.compile(r" ([\u0621-\u064a\u0640]+)(?=[\s«»\"(),.،:؛!?؟]|$)")


def _adjectives(head: str) -> frozenset[str]:
    if head in fw("bank_heads"):
        return fw("bank_name_adjectives")
    if head in fw("tail_body_heads"):
        return fw("tail_body_adjectives")
    return frozenset()


def _place_bank(doc: Doc, m: Mention, starts: set[int]) -> None:
    """«مصرف الشارقة الإسلامي», «بنك قطر الوطني»: a bank's head noun, a place the lists know and an adjective of a
    bank's name are one bank, no place (``m`` made the bank in place)."""
    if m.start < 1 or doc.text[m.start - 1] != " ":
        return
    # (the adjective after first: it is rarer than a word before, and reading it costs no clitic variants)
    nxt = _NEXT.match(doc.text, m.end)
    if nxt is None or norm_key(nxt.group(1)) not in fw("bank_name_adjectives") or nxt.start(1) in starts:
        return
    words = doc.text[max(0, m.start - 12) : m.start].split()
    if not words:
        return
    off = clitic_head_offset(words[-1], fw("bank_heads"))
    if off is None:
        return
    m.start = m.start - 1 - len(words[-1]) + off
    reend(doc, m, nxt.end(1))
    m.type, m.source, m.attrs = "ORGANIZATION", "model", {"tag": "ORG"}


def adjective_tails(doc: Doc, mentions: list[Mention]) -> None:
    """Widen two-word organisation mentions over the name adjective that follows them (in place)."""
    starts = {m.start for m in mentions}
    for m in mentions:
        if m.type == "LOCATION":
            _place_bank(doc, m, starts)
            continue
        words = m.text.split()
        if m.type != "ORGANIZATION" or len(words) != 2:
            continue
        adjectives = _adjectives(norm_key(words[0]))
        if not adjectives:
            continue
        nxt = _NEXT.match(doc.text, m.end)
        if nxt is None or norm_key(nxt.group(1)) not in adjectives or nxt.start(1) in starts:
            continue
        if norm_key(words[0]).endswith("ه") != norm_key(nxt.group(1)).endswith("ه"):
            continue  # of the head's gender («جبهة ... الوطنية»); «لقاعدة حزب الله الشعبية» qualifies the base
        reend(doc, m, nxt.end(1))
        if m.source == "gazetteer":  # («مجلس الأمن» of the UN): the longer name is another body
            m.source = "model"
            m.attrs = {"tag": "ORG"}


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    his = [h for h in (text.find(".", end), text.find("\n", end)) if h >= 0]
    return lo, min(his) if his else len(text)


def movement_countries(doc: Doc, mentions: list[Mention]) -> None:
    """Round 64: a movement or front named by its head and adjectives with no country of its own («الجبهة
    الشعبية») in a sentence that names one country only, after «في» («قيادات اليسار في تونس، مثل «الجبهة
    الشعبية»»), is of that country (in place); a sentence of two countries or none gives it none."""
    for m in mentions:
        if m.type != "ORGANIZATION" or m.attrs.get("kind") != "movement" or m.attrs.get("country"):
            continue
        lo, hi = _sentence(doc.text, m.start, m.end)
        isos = {str(o.attrs["gid"])[4:] for o in mentions if lo <= o.start < hi and o.type == "LOCATION"
                and o.attrs.get("kind") == "country" and str(o.attrs.get("gid", "")).startswith("LOC:")}
        if len(isos) != 1:
            continue
        iso = next(iter(isos))
        if not any(lo <= o.start < hi and str(o.attrs.get("gid")) == "LOC:" + iso
                   and norm_key(doc.text[max(lo, o.start - 3) : o.start].strip()) == "في" for o in mentions):
            continue  # (the country named as the place of the news, not as an actor)
        m.attrs["country"] = iso
