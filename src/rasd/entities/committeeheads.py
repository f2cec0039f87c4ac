"""Round en601: the head of a committee of a parliament is a legislator, not a member of the government.

A title after a person's name gives him its sector («X، وزير الخارجية»: GOV). «رئيس» alone is an office of a
state (GOV), but «رئيس اللجنة المالية بمجلس الشيوخ», «رئيس لجنة الشؤون الخارجية في البرلمان» heads a committee
of a parliament (a ``legislature_nouns`` word right after the title, by «في», «بـ» or «لـ»), and the senator or
deputy who chairs a committee («السناتور X رئيس اللجنة المالية») stays a legislator: LEG. A minister who chairs a
committee («وزير الداخلية رئيس اللجنة الأمنية») keeps his office's GOV, and so does the head of a committee of no
parliament («رئيس اللجنة العليا للانتخابات»).
"""

from __future__ import annotations

from ..doc import Doc
from ..events.forms import fw  # data only (closed word lists), no stage
from ..text.normalize import norm_key
from .units import TitleHit

_PARTICLES = ("ب", "ل")  # «بمجلس الشيوخ», «للبرلمان» (and the word «في»: «في البرلمان»)


def _of_parliament(doc: Doc, hit: TitleHit) -> bool:
    """Does a legislature («مجلس الشيوخ», «البرلمان») follow the committee in the title or right after it, by
    «في», «بـ» or «لـ»?"""
    n = len(doc.text[hit.start : hit.end].split())
    words = [w.strip("،,.:؛()«»") for w in doc.text[hit.start : hit.end + 40].split()[: n + 2]]
    houses = {norm_key(h) for h in fw("legislature_nouns")}
    for i in range(2, len(words)):
        if words[i] == "في":
            rest = words[i + 1 : i + 3]
        elif words[i].startswith(_PARTICLES) and len(words[i]) > 3:
            head = "ال" + words[i][2:] if words[i].startswith("لل") else words[i][1:]  # «للبرلمان»: «ل» + «البرلمان»
            rest = [head, *words[i + 1 : i + 2]]
        else:
            continue
        keys = [norm_key(w) for w in rest]
        if keys and (keys[0] in houses or " ".join(keys) in houses):
            return True
    return False


def committee_sector(doc: Doc, hit: TitleHit, before: str | None) -> str | None:
    """The sector the title ``hit`` after a person's name gives him, his earlier sector being ``before``: LEG for
    the head of a committee of a parliament or a legislator heading a committee (see the module), else the
    title's own."""
    words = doc.text[hit.start : hit.end].split()
    if hit.sector != "GOV" or len(words) < 2 or norm_key(words[0]) not in ("رييس", "رييسه") \
            or norm_key(words[1]).removeprefix("ال") != "لجنه":
        return hit.sector
    return "LEG" if before == "LEG" or _of_parliament(doc, hit) else hit.sector
