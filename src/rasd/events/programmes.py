"""Round 125 of real news: trigger words that tell no event.

A programme, a system or a project named by its nouns («برنامج البيت العائلي والزيارة الخارجية», «برامج الشتم ومهاجمة
الإعلاميين»: ``programme_heads`` in the construct state) holds a noun act joined by «و» to the nouns of its name: the act names what the
programme is about, none done (the act right after the head, «برنامج الزيارة», «مشروع زيارة الوفد», is a visit
whose programme is told, and stays). A present verb of agreeing after «لا» («فإنهم لا يتفقون على التفاصيل», «لا
يتفق مع هذا الرأي») is a view not shared, no act (a perfect one, «لم يتفقوا», «لا اتفق», is an accord that failed,
and stays negated)."""

from __future__ import annotations

from ..doc import Doc
from .forms import fw
from .lexicon import Hit
from .modality import imperfect
from .word_tests import clause_stop, key_at

PROGRAMME_REACH = 4  # tokens before a «و» noun trigger read for the head of a programme's name


def programme_named(doc: Doc, hit: Hit, a: int) -> bool:
    """A noun trigger with «و» and no pronoun («والزيارة») after the head of a programme's name in the construct
    state (no article, no «و»: «والنظام والقوات الكردية والتهديد» lists a regime) and at least one other noun of the
    name, no comma, verb-like particle or end of a clause between."""
    if hit.pos != "N" or key_at(doc, hit.i)[:1] != "و" or hit.i - 2 < a \
            or any(w.kind == "enclitic" for w in doc.tokens[hit.j].words):
        return False  # («نظام والده ومقتله»: his death, an act of its own)
    for t in range(hit.i - 1, max(a, hit.i - 1 - PROGRAMME_REACH) - 1, -1):
        tok = doc.tokens[t]
        if clause_stop(tok.text) or not tok.text.isalpha():
            return False
        key = key_at(doc, t)
        if key.removeprefix("و") in fw("complementizers") or key.removeprefix("و") in fw("relatives"):
            return False
        if key in fw("programme_heads") or key[:1] in ("ب", "ل") and key[1:] in fw("programme_heads"):
            return t < hit.i - 1
    return False


def views_not_shared(doc: Doc, hit: Hit, a: int) -> bool:
    """«لا يتفقون على التفاصيل»: «لا» + a present verb of agreeing, a view not shared."""
    if hit.entry.id != "agree" or hit.pos != "V" or hit.i - 1 < a:
        return False
    key = key_at(doc, hit.i)
    return key_at(doc, hit.i - 1).removeprefix("ف").removeprefix("و") == "لا" and imperfect(key, True)
