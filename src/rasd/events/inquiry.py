"""Round 47 of real news, what an inquiry word («حقق في», «التحقيق في», 090) tells: «مجلس التحقيق في حوادث
الطيران», «لجنة تحقيق» name a body (its head noun, ``inquiry_bodies``), no inquiry made; the verb «حقق/يحقق في»
investigates only a matter that can be investigated (``inquiry_matters``: a crime, an incident, a death, a file,
a case, an accusation) or with an official subject (``inquiry_officials``: the police, the prosecution, a
committee); «البطالة حققت في اليونان أعلى مستوى» achieves."""

from __future__ import annotations

from ..doc import Doc
from .chunks import clause_stop
from .forms import bare, fw, nkey
from .lexicon import Hit

SUBJECT_REACH = 3  # words before an SV inquiry verb read for its subject («الشرطة حققت في»)
IN_REACH = 4  # words after a VSO inquiry verb to its «في» («حققت الشرطة المحلية في»)


def _plain(doc: Doc, t: int) -> set[str]:
    """Token ``t``'s key without «و/ف», «ب/ل» and its article, each way it may be read."""
    key = doc.tokens[t].norm_key
    out = {key}
    for pre in ("و", "ف", "ب", "ل", "وب", "ول", "فب"):
        if key.startswith(pre) and len(key) - len(pre) > 2:
            out.add(key[len(pre):])
    return out | {k[2:] for k in out if k.startswith("ال") and len(k) > 4} | \
        {k[1:] for k in out if k.startswith("لل") and len(k) > 4}


def _official(doc: Doc, t: int) -> bool:
    return not _plain(doc, t).isdisjoint(fw("inquiry_officials"))


def _in_at(doc: Doc, hit: Hit, b: int) -> int | None:
    """The «في» the inquiry verb takes: the trigger's own last word, or within ``IN_REACH`` words after it."""
    if doc.tokens[hit.j].norm_key == "في" and hit.j > hit.i:
        return hit.j
    for t in range(hit.j + 1, min(b, hit.j + 1 + IN_REACH)):
        if clause_stop(doc.tokens[t].text):
            return None
        if doc.tokens[t].norm_key == "في":
            return t
    return None


def no_inquiry(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """Whether the inquiry trigger ``hit`` tells no inquiry (see the module's doc)."""
    if not hit.entry.id.startswith("investigate"):
        return False
    if hit.pos == "N":
        return hit.i - 1 >= a and bare(doc.tokens[hit.i - 1].norm_key, "inquiry_bodies") in fw("inquiry_bodies")
    at = _in_at(doc, hit, b)
    if at is None:
        return True
    between = range(hit.j + 1, at)
    if any(doc.tokens[t].norm_key.endswith("ا") and not _official(doc, t) for t in between):
        return True  # «يحققون تقدما في كل الجبهات»: an accusative object, what is achieved
    matter = at + 2 if at + 2 < b and doc.tokens[at + 1].norm_key in fw("matter_openers") else at + 1
    if matter < b and not _plain(doc, matter).isdisjoint(fw("inquiry_matters")):
        return False  # «حقق في الحادث», «يحقق في ملابسات مقتل»
    if any(_official(doc, t) for t in between):
        return False  # «حققت الشرطة في»: an official subject after the verb
    for t in range(hit.i - 1, max(a, hit.i - SUBJECT_REACH) - 1, -1):
        if clause_stop(doc.tokens[t].text) or doc.tokens[t].norm_key in fw("complementizers"):
            break  # round 252: «وأوضحت الهيئة أن البطالة حققت في»: the body reports, «البطالة» is the subject
        if _official(doc, t):
            return False  # «النيابة حققت في»: an official subject before it
    return True
