"""A body named by its full name and by that name without its last words, in one article (round en896).

«حزب الدعوة الإسلامية» ... «حزب الدعوة», «الاتحاد الكولومبي لكرة القدم» ... «الاتحاد الكولومبي»: the shorter name
of two words or more is the body whose name runs on over it by a creed or platform adjective or an election
committee's level (``short_body_tails``), or by a «لـ» complement of its field («لكرة القدم», «لألعاب القوى»), when
it is the only body so named in the article. Two bodies that both run on over one short name («اللجنة المركزية
لحزب X» and «... لحزب Y») leave it apart, and so does a place or nation adjective («وزارة الداخلية» beside «وزارة
الداخلية الاتحادية», «المقاومة الشعبية الجنوبية»: that is a body of a country or a region of its own), a
preposition («تنظيم القاعدة في جزيرة العرب») or a product's name («أوبر إكس»).

Round en907: a state's forces named as the forces of one of its bodies are that body («قوات الجيش التركي» is «الجيش
التركي», «القوات البحرية المصرية» is «البحرية المصرية»: :func:`force_bodies`); a group named with and without the
head word of its name («أنصار بيت المقدس» ... «تنظيم «بيت المقدس»», «أحرار الشام» ... «لواء أحرار الشام»:
:func:`headless_groups`) is one group where one of the two names is the lexicon's and the shorter is named as a group,
not a place («بيت المقدس» is Jerusalem too).

Round en910: a company named by its name and then without its trailing company word («أثيكس غروب» ... «أثيكس»,
«X القابضة» ... «X»: ``company_name_tails``) is one company, where one body alone is so named (:func:`company_shorts`).

Round en920: a body whose names are its longest name and that name cut short («اللجنة العليا للانتخابات» ...
«اللجنة العليا») is the short form of a longer name as a body of one name is («اللجنة العليا للانتخابات البرلمانية»);
a body no list knows named by a listed body's name less its last nisba adjective («الاتحاد الإسلامي» of «الاتحاد
الإسلامي الكردستاني», the lexicon's party) is that body: :func:`qualified_bodies`."""

from __future__ import annotations

from collections.abc import Iterator

from ..doc import Doc
from ..events.forms import fw, fw_keys
from ..text.normalize import norm_key
from .coref import Cluster
from .forces import FORCE_GID
from .units import QUOTES

_FORCES = frozenset(norm_key(w) for w in ("قوات", "القوات"))
_ARMY = norm_key("الجيش")
_SUPPORTERS = norm_key("أنصار")  # («أنصار حزب X»: the party's supporters, not a body of that name)


def _runs_on(short: list[str], full: list[str]) -> bool:
    """Is ``full`` the name ``short`` with a tail of its own name after it (see the module's doc)?"""
    n = len(short)
    if n < 2 or not 1 <= len(full) - n <= 2 or full[:n] != short:
        return False
    rest = full[n:]
    return (len(rest) == 1 and rest[0] in fw("short_body_tails")) or _field(rest[0])


def _field(key: str) -> bool:
    """Is ``key`` a «لـ» complement naming a body's field («لكره», «للعبه», «للشرطه»), no article-bearing word?"""
    return key.startswith("ل") and not key.startswith("ال") and len(key) >= 4


def _cut(doc: Doc, c: Cluster) -> bool:
    """Does a mention of ``c`` run on in the text over a tail the mention left out («المعهد الملكي» of «المعهد
    الملكي للإدارة الترابية»): no short form, the full name of another body?"""
    for m in c.mentions:
        rest = doc.text[m.end : m.end + 24].split()
        k = norm_key(rest[0]) if rest else ""
        if k in fw("short_body_tails") or _field(k):
            return True
    return False


def _listed(c: Cluster) -> bool:
    """Is ``c`` a body of the lexicon's, not one a head noun names («ORGH:»: its name is all that is known)?"""
    return c.gid is not None and not c.gid.startswith("ORGH:")


def _one_name_bodies(clusters: list[Cluster]) -> Iterator[tuple[Cluster, list[str]]]:
    """Each body of ``clusters`` (not a person; organisations' mentions only) named by one name alone, with the words
    of that name, asked as the walk goes: one joined to another before its turn (gone from ``clusters``) is passed
    over. The short names :func:`qualified_bodies`, :func:`headless_groups` and :func:`company_shorts` try."""
    for c in list(clusters):
        if c not in clusters or c.kind == "person" or not c.mentions:
            continue
        keys = {m.key for m in c.mentions}
        if len(keys) == 1 and all(m.type == "ORGANIZATION" for m in c.mentions):
            yield c, next(iter(keys)).split()


def _named_bodies(clusters: list[Cluster]) -> Iterator[tuple[Cluster, list[str]]]:
    """Each body of ``clusters`` (organisations' mentions only) with the words of its longest name, where each of its
    other names is that name cut short («اللجنة العليا للانتخابات» ... «اللجنة العليا» ... «اللجنة», round en920), asked
    as the walk goes like :func:`_one_name_bodies`."""
    for c in list(clusters):
        if c not in clusters or c.kind == "person" or not c.mentions:
            continue
        if not all(m.type == "ORGANIZATION" for m in c.mentions):
            continue
        names = sorted({tuple(m.key.split()) for m in c.mentions}, key=len)
        if names[-1] and all(names[-1][: len(n)] == n for n in names):
            yield c, list(names[-1])


def _listed_nisba(short: list[str], c: Cluster, full: Cluster) -> bool:
    """Is ``full`` a body of the lexicon's named ``short`` and one nisba adjective («الاتحاد الإسلامي الكردستاني»),
    ``c`` a body no list knows («الاتحاد الإسلامي»: no gid at all) whose name ends on a creed or platform adjective
    (``short_body_tails``)? Then the short name is the listed party's, less its nation, not a body of its own (round
    en920). A body of a kind every state has («البنك المركزي» beside «البنك المركزي الأوروبي») and two bodies a head
    noun names («وزارة الداخلية» beside «وزارة الداخلية الاتحادية», «المقاومة الشعبية» beside «... الجنوبية») stay
    apart."""
    if c.gid is not None or not _listed(full) or short[-1] not in fw("short_body_tails"):
        return False
    for m in full.mentions:
        ws = m.key.split()
        if len(ws) == len(short) + 1 and ws[:-1] == short:
            tail = ws[-1]
            if tail.startswith("ال") and len(tail) >= 6 and tail.endswith(("ي", "يه")):
                return True
    return False


def qualified_bodies(doc: Doc, clusters: list[Cluster]) -> None:
    """Join each body named by a short form of one other body's full name to it (see the module's doc)."""
    for c, short in _named_bodies(clusters):
        if len(short) < 2 or _cut(doc, c):
            continue
        hits = [o for o in clusters if o is not c and o.kind != "person" and any(
            m.type == "ORGANIZATION" and _runs_on(short, m.key.split()) for m in o.mentions)]
        if not hits:
            hits = [o for o in clusters if o is not c and o.kind != "person" and _listed_nisba(short, c, o)]
        if len(hits) != 1:
            continue
        full = hits[0]
        if _listed(c) and _listed(full):
            continue  # (two bodies the lexicon knows apart)
        keep, gone = (c, full) if _listed(c) else (full, c)
        keep.mentions.extend(gone.mentions)
        keep.mentions.sort(key=lambda m: m.start)
        clusters.remove(gone)


def _join(keep: Cluster, gone: Cluster, clusters: list[Cluster]) -> None:
    """Move the mentions of ``gone`` into ``keep`` and drop ``gone`` (in place)."""
    keep.mentions.extend(gone.mentions)
    keep.mentions.sort(key=lambda m: m.start)
    clusters.remove(gone)


def force_bodies(clusters: list[Cluster]) -> None:
    """«القوات البحرية المصرية» (``ORGH:قوات بحريه:EGY``) where the article names «البحرية المصرية» (``ORGH:بحريه:EGY``)
    too: the forces of a state's body named with its country are that body; so is a described force named as the
    army's forces («قوات الجيش التركي», ``FORCE_GID``), which joins «الجيش التركي» (only those mentions: «قوات
    النظام» joined to it stays a force of its own). In place."""
    by_gid = {c.gid: c for c in clusters if c.gid is not None and c.gid.startswith("ORGH:")}
    for c in list(clusters):
        gid = c.gid or ""
        if not gid.startswith("ORGH:") or gid.endswith(":") or c not in clusters:
            continue
        head, iso = gid[5:].rsplit(":", 1)
        if gid.startswith(FORCE_GID):
            army = by_gid.get("ORGH:" + _ARMY.removeprefix("ال") + ":" + iso)
            moved = [m for m in c.mentions if m.key.split()[:2] in ([f, _ARMY] for f in _FORCES)]
            if army is None or army is c or not moved:
                continue
            army.mentions.extend(moved)
            army.mentions.sort(key=lambda m: m.start)
            c.mentions = [m for m in c.mentions if not any(m is x for x in moved)]
            if not c.mentions:
                clusters.remove(c)
            continue
        words = head.split()
        if len(words) < 2 or words[0] not in {f.removeprefix("ال") for f in _FORCES}:
            continue
        body = by_gid.get("ORGH:" + " ".join(words[1:]) + ":" + iso)
        if body is not None and body is not c and body in clusters:
            _join(body, c, clusters)


def _as_group(doc: Doc, c: Cluster) -> bool:
    """Is every mention of ``c`` named as a group: right after a noun of a group or a body («تنظيم «بيت المقدس»»,
    «منظمة», «جماعة»: ``violent_group_nouns``) or a verb of claiming («تبنت»), or right before a claim's noun
    («... مسؤوليتها»)?"""
    for m in c.mentions:
        ti = doc.token_at(m.start)
        if ti is None:
            return False
        b = ti - 1
        while b >= 0 and doc.tokens[b].text in QUOTES:
            b -= 1
        a = doc.token_at(m.end - 1)
        a = a + 1 if a is not None else len(doc.tokens)
        while a < len(doc.tokens) and doc.tokens[a].text in QUOTES:
            a += 1
        before = doc.tokens[b].norm_key if b >= 0 else ""
        after = doc.tokens[a].norm_key if a < len(doc.tokens) else ""
        if not (before in fw("violent_group_nouns") or before.removeprefix("و") in fw("violent_group_nouns")
                or before in fw("claim_verbs") or after in fw("claim_nouns")):
            return False
    return True


def headless_groups(doc: Doc, clusters: list[Cluster]) -> None:
    """Join a group named without the head word of its name to it (see the module's doc; in place): the one body
    whose name is a head word (``group_name_heads``) and the shorter name of two words or more. Where the shorter
    is the lexicon's («أحرار الشام»), the longer («لواء أحرار الشام») joins it, save «أنصار» + a body's name (its
    supporters); where the longer is («أنصار بيت المقدس»), the shorter joins it only where each of its mentions is
    named as a group («منظمة «بيت المقدس»», not «المسجد الأقصى في بيت المقدس»). Two the lexicon lists apart stay."""
    for c, short in _one_name_bodies(clusters):
        if len(short) < 2:
            continue
        hits = [(o, heads) for o in clusters if o is not c and o.kind != "person" and (heads := {
            ws[0] for m in o.mentions if m.type == "ORGANIZATION" and (ws := m.key.split())[1:] == short
            and ws[0] in fw("group_name_heads")})]
        if len(hits) != 1:
            continue
        full, heads = hits[0]
        if _listed(c) == _listed(full):
            continue  # (two the lexicon lists apart, or two it knows neither: no telling)
        if _listed(c):
            if _SUPPORTERS not in heads:
                _join(c, full, clusters)
        elif _as_group(doc, c):
            _join(full, c, clusters)


def company_shorts(doc: Doc, clusters: list[Cluster]) -> None:
    """Join a body named by one name alone to the one body named by that name and a company word after it (see the
    module's doc; in place). Two the lexicon lists apart stay apart."""
    for c, short in _one_name_bodies(clusters):
        if short[-1] in fw_keys("company_name_tails"):
            continue
        hits = [o for o in clusters if o is not c and o.kind != "person" and any(
            m.type == "ORGANIZATION" and (ws := m.key.split())[:-1] == short and ws[-1] in fw_keys("company_name_tails")
            for m in o.mentions)]
        if len(hits) != 1 or _listed(c) and _listed(hits[0]):
            continue
        keep, gone = (c, hits[0]) if _listed(c) else (hits[0], c)
        _join(keep, gone, clusters)
