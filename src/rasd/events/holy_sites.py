"""Round ev372: the storming of a place of worship, after the events are made (called by ``terror_doers``).

«وما أقدمت عليه قوات الاحتلال والمتطرفون اليهود من اقتحام وتدنيس للمسجد الأقصى», «جددت عصابات المستوطنين
اقتحامها للمسجد الأقصى», «بقيام مستوطنين باقتحام محيط المسجد الأقصى»: a storming (trigger ``storm``, lexicon 190)
whose object, within ``SITE_REACH`` tokens after it in its clause (past «و» + a masdar joined to it, «وتدنيس», a
word of its precincts, «محيط، باحات», or a «لـ» on the object), is a place of worship (function words
``worship_sites``) is no battle between armed forces but the forcing of a sanctuary and of the worshippers in it:
CAMEO 171 (seize or damage property; PLOVER COERCE). What an extremist group's storming of one is, 180, was read
before (``terror_doers``: a mosque is a ``terror_target_words`` target), so only a storming still coded 190 changes;
a storming of a town, a camp or a checkpoint («اقتحم مسلحون حاجزا») stays 190.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import fw_keys
from .lexicon import plover_of
from .word_tests import clause_stop

STORM = "storm"
SITE_REACH = 4  # tokens after the storming read for its place of worship («اقتحام وتدنيس للمسجد الأقصى»)
CODE = "171"


def _site(key: str) -> bool:
    """A key that names a place of worship, a «لـ/بـ/و» on it or «لل» for its article read off."""
    sites = fw_keys("worship_sites")
    forms = {key, key[1:] if key[:1] in ("ل", "ب", "و") else key, "ال" + key[2:] if key.startswith("لل") else key}
    return not forms.isdisjoint(sites)


def stormed_site(doc: Doc, ev: Event) -> bool:
    """Whether the storming ``ev`` falls on a place of worship (see the module)."""
    j = doc.token_at(ev.trigger.end - 1)
    if j is None:
        return False
    end = doc.token_from(ev.sentence.end) or len(doc.tokens)
    for t in range(j + 1, min(end, j + 1 + SITE_REACH)):
        tok = doc.tokens[t]
        if clause_stop(tok.text):
            return False
        if _site(tok.norm_key):
            return True
        if not (tok.norm_key.startswith("و") or tok.norm_key in fw_keys("precinct_words")):
            return False  # (another word: the storming's object is not a sanctuary)
    return False


def worship_storms(doc: Doc, events: list[Event]) -> None:
    """Recode as 171, in place, the stormings still coded 190 that fall on a place of worship."""
    for ev in events:
        if ev.code == "190" and ev.attrs.get("trigger_id") == STORM and stormed_site(doc, ev):
            ev.code, ev.plover = CODE, plover_of(CODE)


__all__ = ["stormed_site", "worship_storms"]
