"""Round 63: the tagger's one-word organisation that is an adjective agreeing with the definite noun before it.

«قيادات اليسار «الراديكالي»» (the radical left), «مجلس الأمن القومي» (national security): a one-word body the
tagger alone read, of the form «ال…ي» (a definite relative adjective), right after a definite word with no
proclitic and no mark but a space or a quotation mark between, qualifies that noun: it names no body. A body
coordinated or governed by a preposition («والأهلي بالكأس») has its proclitic on it and stays, as does one after a
word with a proclitic («بالسوبر والأهلي»), and so does one a longer body named in the article ends on
(«الحزب الديمقراطي الكردستاني» ... «الكردستاني»: its short name, maybe)."""

from __future__ import annotations

import re

from ..doc import Doc, Mention
from ..text.normalize import norm_key

_PREV = re.compile(r"(?:^|[\s«»\"(])([\u0621-\u064a\u0640\u064b-\u0652]+)[ «»\"]*$")


def adjective_bodies(doc: Doc, mentions: list[Mention]) -> None:
    """Drop the tagger's one-word organisations that are a definite relative adjective after a definite noun (in
    place)."""
    drop: set[int] = set()
    ends = {norm_key(m.text.split()[-1]) for m in mentions if m.type == "ORGANIZATION" and len(m.text.split()) >= 2}
    for m in mentions:
        k = m.key
        if m.type != "ORGANIZATION" or m.source != "model" or m.attrs.get("gid") or " " in m.text.strip() \
                or not (k.startswith("ال") and k.endswith("ي") and len(k) >= 6):
            continue
        if k in ends:
            continue  # the short name of a body that ends on it
        if m.start > 0 and not (doc.text[m.start - 1].isspace() or doc.text[m.start - 1] in "«\""):
            continue  # («والأهلي»: a clitic before it, read apart by the tokenizer)
        prev = _PREV.search(doc.text, max(0, m.start - 40), m.start)
        if prev is None:
            continue
        pk = norm_key(prev.group(1))
        if pk.startswith("ال") and len(pk) >= 4:
            drop.add(id(m))
    if drop:
        mentions[:] = [m for m in mentions if id(m) not in drop]


def participle_bodies(doc: Doc, mentions: list[Mention]) -> None:
    """Round en365: drop the tagger's two-word organisation that is a participle and its object after «لـ»,
    qualifying the definite noun right before it: «الشركة المنظمة للاحتفالية» (the company organising the
    celebration): «المنظمة» (definite, «الم…ة», feminine like its noun) and «للاحتفالية»; no body is named. Not
    a body of more words («المنظمة العربية للتنمية الزراعية»), nor one after a mark or a proclitic («وقالت
    المنظمة للصحافيين»: a verb before it), nor one the lists know (in place)."""
    drop: set[int] = set()
    for m in mentions:
        words = m.text.split()
        if m.type != "ORGANIZATION" or m.source != "model" or m.attrs.get("gid") or len(words) != 2:
            continue
        head, obj = norm_key(words[0]), norm_key(words[1])
        if not (head.startswith("الم") and head.endswith("ه") and len(head) >= 6 and obj.startswith("لل")):
            continue
        if m.start == 0 or doc.text[m.start - 1] != " ":
            continue
        prev = _PREV.search(doc.text, max(0, m.start - 40), m.start)
        pk = norm_key(prev.group(1)) if prev is not None else ""
        if pk.startswith("ال") and pk.endswith("ه") and len(pk) >= 5:
            drop.add(id(m))
    if drop:
        mentions[:] = [m for m in mentions if id(m) not in drop]
