"""A listed body named once more with a word short of its «و» (round ents98; called by :mod:`.stage`).

«فتح تحقيق بحق حزب الشعوب الديمقراطي ... النتيجة التي حققها حزب الشعب الديمقراطي»: the second is the same party
(Turkey's HDP), its plural «الشعوب» written as the singular «الشعب». A body the rules made from its head noun
(source ``pattern``), whose words are those of one of a listed body's names but for one word that lacks an inner «و»
the listed name has, is that body where the article names the listed body by a list's name elsewhere; not where
the article names no such body («حزب الشعب الديمقراطي» alone is another country's party), nor where the form
without «و» is a listed name of its own.
"""

from __future__ import annotations

from ..doc import Mention
from ..text.normalize import norm_key
from .gazetteer import Gazetteer


def _with_waw(key: str) -> list[str]:
    """The words that insert one «و» inside ``key``, past its article («الشعب» → «الشعوب», ...)."""
    start = 3 if key.startswith("ال") else 1
    return [key[:i] + "و" + key[i:] for i in range(start, len(key))]


def variant_bodies(mentions: list[Mention], gaz: Gazetteer) -> None:
    """Give the pattern bodies that a listed body's name with one «و» more names the listed body's gid, kind and
    form (see the module), in place."""
    named = {str(m.attrs["gid"]) for m in mentions
             if m.type == "ORGANIZATION" and m.source == "gazetteer" and m.attrs.get("gid")}
    if not named:
        return
    for m in mentions:
        if m.type != "ORGANIZATION" or m.source != "pattern":
            continue
        words = [norm_key(w) for w in m.text.split()]
        if len(words) < 2 or tuple(words) in gaz.phrases:
            continue
        surface = m.text.split()
        found = {e.id: " ".join((*surface[:i], surface[i][: len(surface[i]) - len(w)] + v, *surface[i + 1 :]))
                 for i, w in enumerate(words) for v in _with_waw(w)
                 if (e := gaz.phrases.get((*words[:i], v, *words[i + 1 :]))) is not None
                 and e.type == "ORGANIZATION" and e.id in named}
        if len(found) == 1:
            gid, form = next(iter(found.items()))
            m.source = "gazetteer"
            # its name as the list writes it: «حزب الشعوب الديمقراطي», not the slip
            m.attrs = {"gid": gid, "kind": gaz.by_id[gid].kind, "form": form}
